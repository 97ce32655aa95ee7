"""Validate a batch of certificates to issue (rows parsed from CSV or JSON) before any is.

The API applies a batch all-or-nothing: it issues only when `rejected` is empty, and shows
each rejected row by number (1 = the first data row, the line after a CSV header).
Columns are the holder keys (holder_name, holder_code_type, holder_code, valid_from,
valid_until) and the type's field names; an address comes as two columns,
`<field>.area` and `<field>.line`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ecert.catalogue import get_type
from ecert.validation import check_content

MAX_ROWS = 5000


@dataclass(frozen=True)
class BatchReport:
    accepted: list[dict] = field(default_factory=list)  # clean content, in row order
    rejected: list[dict] = field(default_factory=list)  # {"row": n, "errors": {…}}

    @property
    def ok(self) -> bool:
        """Tell whether every row may be issued."""
        return not self.rejected


def fold_columns(row: dict) -> dict:
    """Return a row with `name.part` columns folded into {name: {part: value}}."""
    folded: dict = {}
    for key, value in row.items():
        if isinstance(key, str) and "." in key:
            name, part = key.split(".", 1)
            folded.setdefault(name, {})
            if isinstance(folded[name], dict):
                folded[name][part] = value
        else:
            folded[key] = value
    # An address left wholly blank in a CSV is a missing value, not a half-filled one.
    return {
        key: None if isinstance(value, dict) and not any(value.values()) else value
        for key, value in folded.items()
    }


def validate_rows(type_slug: str, rows: list) -> BatchReport:
    """Check every row against the type's schema; report each rejected row by number."""
    certificate_type = get_type(type_slug)
    if len(rows) > MAX_ROWS:
        return BatchReport(
            rejected=[{"row": MAX_ROWS + 1, "errors": {"rows": ["ecert.field.too_many_rows"]}}]
        )
    report, seen = BatchReport(), {}
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            report.rejected.append(
                {"row": number, "errors": {"row": ["ecert.field.not_an_object"]}}
            )
            continue
        clean, errors = check_content(certificate_type, fold_columns(row))
        if errors:
            report.rejected.append({"row": number, "errors": errors})
            continue
        first = seen.setdefault(json.dumps(clean, sort_keys=True), number)
        if first != number:
            report.rejected.append(
                {"row": number, "errors": {"row": ["ecert.field.duplicate_row"]}, "same_as": first}
            )
        else:
            report.accepted.append(clean)
    return report
