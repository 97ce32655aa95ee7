"""Rows of a bulk import read from an uploaded CSV file whose header names the API's fields.

Spreadsheets save CSV as UTF-8 (with or without a byte-order mark) or, on Chinese Windows,
as GB 18030; both are read. Times are taken as people type them: with an offset, or without
one as China time ("2026-11-05 08:30", "2026/11/5 8:30", a date alone is its midnight).
Errors name a row by its number in the file with the header as row 1, as a spreadsheet
numbers its rows; an empty cell is a field left out.
"""

import csv
import io
import re

import marshmallow as ma

ENCODINGS = ("utf-8-sig", "gb18030")
LOCAL_TIME = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")


def read_rows(data: bytes, row_schema: ma.Schema, max_rows: int) -> list[dict]:
    """Return the file's rows loaded by row_schema, or raise every error found at once."""
    records = csv.reader(io.StringIO(_decode(data), newline=""), strict=True)
    try:
        header = [name.strip() for name in next(records, [])]
        _check_columns(header, row_schema)
        rows, errors = _load(records, header, row_schema, max_rows)
    except csv.Error:
        raise ma.ValidationError({"file": ["import.csv_malformed"]}) from None
    if errors:
        raise ma.ValidationError({"rows": errors})
    if not rows:
        raise ma.ValidationError({"file": ["import.csv_empty"]})
    return rows


def _decode(data: bytes) -> str:
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ma.ValidationError({"file": ["import.csv_encoding"]})


def _check_columns(header: list[str], row_schema: ma.Schema) -> None:
    if not any(header):
        raise ma.ValidationError({"file": ["import.csv_empty"]})
    known = set(row_schema.load_fields)
    required = {name for name, field in row_schema.load_fields.items() if field.required}
    problems = {name: ["import.column_missing"] for name in sorted(required - set(header))}
    problems |= {name: ["import.column_unknown"] for name in header if name not in known}
    problems |= {name: ["import.column_repeated"] for name in header if header.count(name) > 1}
    if problems:
        raise ma.ValidationError({"columns": problems})


def _load(records, header, row_schema, max_rows):
    fields = row_schema.load_fields
    times = {name for name, field in fields.items() if isinstance(field, ma.fields.DateTime)}
    rows, errors = [], {}
    for number, cells in enumerate(records, start=2):
        if not any(cell.strip() for cell in cells):
            continue  # a blank line in the file, as spreadsheets leave at the end
        if len(rows) + len(errors) == max_rows:
            raise ma.ValidationError({"file": ["import.csv_too_many_rows"]})
        if any(cell.strip() for cell in cells[len(header) :]):
            errors[str(number)] = {"row": ["import.csv_extra_cells"]}
            continue
        values = {
            name: _with_offset(cell.strip()) if name in times else cell
            for name, cell in zip(header, cells, strict=False)
            if cell.strip()
        }
        try:
            rows.append(row_schema.load(values))
        except ma.ValidationError as error:
            errors[str(number)] = error.messages
    return rows, errors


def _with_offset(text: str) -> str:
    """Write a local time typed without an offset as ISO 8601 in China time."""
    match = LOCAL_TIME.fullmatch(text)
    if not match:
        return text
    year, month, day, hour, minute, second = (int(part or 0) for part in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}+08:00"
