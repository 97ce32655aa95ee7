"""Liveness and face comparison against the real-name photo (real-person level L3)."""

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class FaceCheck:
    live: bool
    matched: bool
    score: float


class FaceProvider(Protocol):
    def verify(self, person_reference: str, liveness_token: str) -> FaceCheck:
        """Compare a liveness capture (opaque token from the client SDK) with the person."""


class MockFaceProvider:
    """Pass any capture token except those starting with 'fail' (no match) or 'spoof'."""

    def verify(self, person_reference: str, liveness_token: str) -> FaceCheck:
        if liveness_token.startswith("spoof"):
            return FaceCheck(live=False, matched=False, score=0.0)
        if liveness_token.startswith("fail"):
            return FaceCheck(live=True, matched=False, score=0.31)
        return FaceCheck(live=True, matched=True, score=0.97)
