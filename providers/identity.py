"""Check a document number against the holder's name (公安 real-name check)."""

from dataclasses import dataclass
from typing import Protocol


class ProviderUnavailable(RuntimeError):
    """The external service did not answer; the caller may try again later."""


@dataclass(frozen=True)
class IdentityCheck:
    matched: bool
    reference: str


class IdentityProvider(Protocol):
    def check(self, doc_type: str, doc_number: str, name: str) -> IdentityCheck:
        """Say whether this document belongs to a person of this name."""


class MockIdentityProvider:
    """Accept any well-formed name, except the test names that stand for failures.

    '不匹配' in the name means 'no such person with this name'; '超时' means the
    service is down. This lets demos and tests reach every branch without a network.
    """

    def check(self, doc_type: str, doc_number: str, name: str) -> IdentityCheck:
        if "超时" in name:
            raise ProviderUnavailable("mock identity provider: simulated outage")
        matched = "不匹配" not in name and "MISMATCH" not in name.upper()
        return IdentityCheck(matched=matched, reference=f"mock-{doc_type}-{doc_number[-4:]}")
