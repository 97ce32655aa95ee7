"""Certificate status for verifiers: an online lookup, or a saved revocation list offline.

Both answer the same shape for an identifier: {"status": "valid"} or {"status": "revoked",
"reason": …, "revoked_at": ISO 8601}; the online lookup answers None for an identifier the
register does not hold. The saved list (revoked.json) is

    {"generated_at": ISO 8601, "revoked": [{"identifier", "reason", "revoked_at"}, …]}

and speaks for the moment it was generated: an offline verifier should fetch it often.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from ecert.metadata import REVOKED, VALID

StatusLookup = Callable[[str], "dict | None"]


class RevocationListError(ValueError):
    """The revocation document is not one this module wrote."""


class RevocationList:
    def __init__(self, revoked: dict[str, dict], generated_at: datetime) -> None:
        self._revoked, self.generated_at = revoked, generated_at

    def status(self, identifier: str) -> dict:
        """Return the status of a certificate as of the list's generation."""
        entry = self._revoked.get(identifier)
        return {"status": REVOKED, **entry} if entry else {"status": VALID}

    def __len__(self) -> int:
        return len(self._revoked)

    def to_dict(self) -> dict:
        """Return the document verifiers save as revoked.json."""
        return {
            "generated_at": self.generated_at.isoformat(),
            "revoked": [{"identifier": key, **entry} for key, entry in self._revoked.items()],
        }

    @classmethod
    def from_dict(cls, document: object) -> RevocationList:
        """Load a saved revocation list; raise RevocationListError if it is not one."""
        try:
            revoked = {
                entry["identifier"]: {"reason": entry["reason"], "revoked_at": entry["revoked_at"]}
                for entry in document["revoked"]
            }
            return cls(revoked, datetime.fromisoformat(document["generated_at"]))
        except (KeyError, TypeError, ValueError) as error:
            raise RevocationListError(f"not a revocation list: {error}") from error


def revocation_list(certificates, now: datetime) -> RevocationList:
    """Return the current revocation list from a CertificateRepository."""
    revoked = {
        record["identifier"]: {
            "reason": record["revocation_reason"],
            "revoked_at": record["revoked_at"].isoformat(),
        }
        for record in certificates.revoked()
    }
    return RevocationList(revoked, now)


def online_status(certificates) -> StatusLookup:
    """Return a status lookup reading the certificate register (for online verification)."""

    def lookup(identifier: str) -> dict | None:
        record = certificates.find(identifier)
        if record is None:
            return None
        if record["status"] != REVOKED:
            return {"status": VALID}
        revoked_at = record["revoked_at"].isoformat()
        return {"status": REVOKED, "reason": record["revocation_reason"], "revoked_at": revoked_at}

    return lookup
