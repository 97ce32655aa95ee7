"""The registry of personal-data sources: what the export collects and the deletion erases.

Each engine that stores something about a resident registers one source per kind of data
(usually one per collection) in `app/container.py`:

    personal_data.add(CheckinData(CheckinRepository(db)))

A source has
- `name`: its key in the export file (snake_case, unique);
- `export(subject)`: the resident's data as plain values (dicts, lists, strings, numbers,
  datetimes), never a sealed or secret value; None leaves it out of the file;
- `erase(subject)`: erase or anonymise it and return how many records changed. It must be
  idempotent — a deletion interrupted midway is finished by running every source again;
- `erases` / `keeps`: {"zh-CN", "zh-HK", "en"} texts the resident reads before confirming a
  deletion — what goes, and what stays and why (None when there is nothing to say).

The account itself (its profile, its final anonymisation) is not a source: export and
deletion handle it first and last.
"""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

LANGUAGES = ("zh-CN", "zh-HK", "en")


@dataclass(frozen=True)
class Subject:
    """Whose data: the account, and the person index that names them once real-named."""

    account_id: str
    person_index: str | None
    phone: str  # for sources keyed by the number (decrypted only for this)
    actor: Any = None  # who asked, for the audit entries a source writes


class Source(Protocol):
    name: str
    erases: dict | None
    keeps: dict | None

    def export(self, subject: Subject) -> Any: ...

    def erase(self, subject: Subject) -> int: ...


class PersonalData:
    """Sources in registration order: exported in that order, erased in that order."""

    def __init__(self):
        self._sources: list[Source] = []

    def add(self, source: Source) -> None:
        """Register a source; its name must be new and its texts in all three languages."""
        if not source.name.isidentifier() or source.name in self.names():
            raise ValueError(
                f"personal-data source name {source.name!r} is taken or not snake_case"
            )
        for texts in (source.erases, source.keeps):
            if texts is not None and (tuple(texts) != LANGUAGES or not all(texts.values())):
                raise ValueError(f"{source.name}: texts need {LANGUAGES}, in that order")
        self._sources.append(source)

    def names(self) -> list[str]:
        return [source.name for source in self._sources]

    def source(self, name: str) -> Source:
        """Return the registered source of that name (KeyError if there is none)."""
        found = next((source for source in self._sources if source.name == name), None)
        if found is None:
            raise KeyError(name)
        return found

    def export(self, subject: Subject) -> dict:
        """Collect every source's data of the subject as plain JSON values."""
        collected = {}
        for source in self._sources:
            data = source.export(subject)
            if data is not None:
                collected[source.name] = plain(data)
        return collected

    def erase(self, subject: Subject) -> dict:
        """Erase or anonymise every source in order; return the count each one changed."""
        return {source.name: source.erase(subject) for source in self._sources}

    def plan(self) -> dict:
        """Say what a deletion erases and what it keeps (and why), source by source."""
        return {
            "erased": [{"source": s.name, "text": s.erases} for s in self._sources if s.erases],
            "kept": [{"source": s.name, "text": s.keeps} for s in self._sources if s.keeps],
        }


def plain(value: Any) -> Any:
    """Turn stored values into JSON ones: ISO 8601 times, ids as strings (`_id` as `id`)."""
    if isinstance(value, dict):
        return {("id" if key == "_id" else str(key)): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)  # ObjectId and other stored ids
