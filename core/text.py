"""Text people type: normalised, and checked for what cannot be shown or printed.

Names, nicknames, addresses and reasons end up on screens, in logs and drawn into images
(venue posters, certificate cards). Control and format characters, line and paragraph
separators, private-use and unassigned code points, and long runs of combining marks
("Zalgo") break layout engines and can disguise text, so input refuses them and drawing
removes whatever an earlier release stored.
"""

import unicodedata

# Cc control, Cf format (bidi overrides, zero-width), Cs surrogates, Co private use,
# Cn unassigned, Zl/Zp line and paragraph separators.
_UNSHOWABLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
MAX_COMBINING_RUN = 3  # enough for real scripts (Vietnamese, Thai), not for stacked marks


def normalise(text: str, *, fold_width: bool = False) -> str:
    """Return text composed (NFC) without outer spaces; fold_width also folds compatibility
    forms (NFKC: full-width letters and digits become ASCII) — for codes and numbers only,
    since it would also turn Chinese full-width punctuation (，。：) into ASCII."""
    return unicodedata.normalize("NFKC" if fold_width else "NFC", text).strip()


def text_problem(text: str, *, multiline: bool = False) -> str | None:
    """Return why text cannot be accepted ('control_characters', 'combining_marks') or None."""
    run = 0
    for char in text:
        category = unicodedata.category(char)
        if category in _UNSHOWABLE and not (multiline and char == "\n"):
            return "control_characters"
        run = run + 1 if category in ("Mn", "Me") else 0
        if run > MAX_COMBINING_RUN:
            return "combining_marks"
    return None


def printable(text: str, limit: int = 200) -> str:
    """Return text safe to draw: one line, showable characters only, short combining runs."""
    kept, run = [], 0
    for char in unicodedata.normalize("NFKC", text)[: limit * 4]:
        category = unicodedata.category(char)
        if category in _UNSHOWABLE or category == "Zs":
            char, category = " ", "Zs"
        run = run + 1 if category in ("Mn", "Me") else 0
        if run <= MAX_COMBINING_RUN:
            kept.append(char)
    return " ".join("".join(kept).split())[:limit]
