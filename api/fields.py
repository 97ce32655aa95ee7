"""Input fields that normalise what people type and refuse what cannot be shown."""

import re

import marshmallow as ma

from core.text import normalise, text_problem

_DIGITS = re.compile(r"[0-9]+")


class Text(ma.fields.String):
    """Typed text: NFKC-normalised and trimmed, no control characters, a length cap.

    `plain=True` also refuses angle brackets (names and nicknames have no use for markup);
    `multiline=True` keeps line breaks (longer free text such as reasons); `fold_width=True`
    turns full-width letters and digits into ASCII (document numbers, codes).
    """

    def __init__(
        self, *, max_length: int, min_length=1, plain=False, multiline=False, fold_width=False, **kw
    ):
        super().__init__(validate=ma.validate.Length(min=min_length or None, max=max_length), **kw)
        self.plain, self.multiline, self.fold_width = plain, multiline, fold_width

    def _deserialize(self, value, attr, data, **kwargs):
        raw = super()._deserialize(value, attr, data, **kwargs)
        text = normalise(raw, fold_width=self.fold_width)
        problem = text_problem(text, multiline=self.multiline)
        if problem:
            raise ma.ValidationError(f"field.{problem}")
        if self.plain and ("<" in text or ">" in text):
            raise ma.ValidationError("field.markup")
        return text


class Digits(ma.fields.String):
    """A string of ASCII digits (full-width digits typed on a Chinese keyboard become ASCII)."""

    def __init__(self, *, length: int | None = None, **kwargs):
        if length is not None:
            kwargs["validate"] = ma.validate.Length(equal=length)
        super().__init__(**kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        digits = normalise(super()._deserialize(value, attr, data, **kwargs), fold_width=True)
        if not _DIGITS.fullmatch(digits):
            raise ma.ValidationError("field.not_digits")
        return digits
