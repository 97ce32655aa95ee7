"""What the engine needs from outside, as protocols the API layer implements.

Repositories return plain dicts and raise core.errors.Duplicate on uniqueness clashes.
Only these three are called by the engine's own code; docs/services.md sketches the
repositories the use-cases (applying, clerk workbench, ratings) will add.
"""

from typing import Protocol


class CaseNumberCounter(Protocol):
    def next_sequence(self, implementation_code: str, day: str) -> int:
        """Atomically return the next daily sequence (1, 2, …) of a service on a China day."""


class HeldCertificates(Protocol):
    """The wallet engine's answer to the one question services ask it."""

    def valid_certificates(self, person_index: str, type_slug: str) -> list[dict]:
        """Return the valid certificates of a type that a person holds (plain dicts).

        Each: {"type", "identifier", "status": "valid", "issued_on", "valid_until" (ISO
        day or None for long-term), "fields": {field: value}} with the fields named in
        services.catalogue.certificates.
        """


class OpenCases(Protocol):
    def has_open_case(self, person_index: str, implementation_code: str) -> bool:
        """Say whether a person has a case of a service that has not ended yet."""
