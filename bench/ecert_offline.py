"""Time e-certificate work in one process: offline verification against raw Ed25519, and the rest.

    python bench/ecert_offline.py [--n 2000]

An offline verification (python -m ecert.verify_cli's check, from saved keys and a saved
revocation list) checks two Ed25519 signatures — the issuer's seal and the holder's key
binding — plus disclosures, digests and dates; the raw verify rows show what the two
signatures alone cost. Times are this thread's CPU time per call. Prints figures only;
never passes or fails on time.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

# Run as a script, Python puts bench/ (not the repo root) on sys.path; add the root.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.clock import Clock  # noqa: E402
from core.errors import Duplicate  # noqa: E402
from ecert.issuance import Issuance  # noqa: E402
from ecert.presentation import Presenter  # noqa: E402
from ecert.qr import render_png  # noqa: E402
from ecert.revocations import RevocationList  # noqa: E402
from ecert.sd_jwt import b64url_decode, split  # noqa: E402
from ecert.seals import IssuerKeys, IssuerSeals  # noqa: E402
from ecert.verification import verify_presentation  # noqa: E402
from ecert.wallet_keys import WalletKeys, wallet_keys_from_dict  # noqa: E402
from identity.documents import mod11_2_check_char  # noqa: E402

KEK = bytes(range(32))
AUDIENCE = "v:bench-bank"


class Keys:
    """Key documents kept in memory (the KeyRepository interface)."""

    def __init__(self) -> None:
        self.documents: dict[str, dict] = {}

    def all(self) -> list[dict]:
        return list(self.documents.values())

    def insert(self, document: dict) -> None:
        if document["_id"] in self.documents:
            raise Duplicate("keys", ("_id",))
        self.documents[document["_id"]] = dict(document)

    def retire(self, kid: str, at) -> bool:
        return False


class Certificates:
    """Certificate records kept in memory (enough of CertificateRepository to issue)."""

    def __init__(self) -> None:
        self.serial = 0

    def next_serial(self, type_code: str, issuer_code: str) -> int:
        self.serial += 1
        return self.serial

    def insert(self, record: dict) -> None:
        pass


def _per_call(function: Callable[[], object], n: int) -> float:
    # CPU time of this thread: on a machine shared with other work it is far steadier than
    # wall time, and nothing here waits for anything else.
    function()
    started = time.thread_time()
    for _ in range(n):
        function()
    return (time.thread_time() - started) / n


def _row(label: str, seconds: float, unit: str) -> str:
    return f"{label:<58} {seconds * 1000:8.3f} ms   {1 / seconds:10,.0f} {unit}/s"


def _licence(issuance: Issuance) -> dict:
    number = "44030419900101123" + mod11_2_check_char("44030419900101123")
    content = {
        "holder_name": "陈小明",
        "holder_code_type": "resident_id",
        "holder_code": number,
        "valid_from": "2024-08-15",
        "valid_until": "2036-08-15",
        "birth_date": "1990-01-01",
        "photo": "demo-photo-0001",
        "licence_class": "C1",
        "first_issued_on": "2012-08-15",
    }
    return issuance.issue("driving_licence", "bench-person", content)


def main() -> None:
    """Issue a licence in memory, present it, and time the steps; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="iterations per measurement")
    n = parser.parse_args().n
    now = datetime.now(UTC)
    clock = Clock(lambda: now)
    issuers: dict[str, Keys] = {}
    seals = IssuerSeals(lambda code: issuers.setdefault(code, Keys()), KEK, clock)
    wallet = WalletKeys(Keys(), KEK, clock)
    issuance = Issuance(Certificates(), seals, wallet, clock)
    presenter = Presenter(wallet, clock)
    record = _licence(issuance)
    shown = presenter.present(
        record, ("holder_name", "age_over_18"), audience=AUDIENCE, purpose="核验身份"
    )
    # What an offline verifier saved: the published documents, read back.
    issuer_keys = IssuerKeys.from_dict(seals.public_keys([record["issuer_code"]]).to_dict())
    wallet_keys = wallet_keys_from_dict(wallet.to_dict())
    revocations = RevocationList({}, now)

    def offline():
        return verify_presentation(
            shown.token, issuer_keys, wallet_keys, now, audience=AUDIENCE, revocations=revocations
        )

    assert offline().valid
    issuer_jwt, _disclosures, kb_jwt = split(shown.token)
    seal = seals.signing_key(record["issuer_code"])
    public = seal.private_key.public_key()
    signed, signature = issuer_jwt.rsplit(".", 1)
    message, raw_signature = signed.encode(), b64url_decode(signature)

    def raw_verify():
        public.verify(raw_signature, message)

    figures = [
        ("offline verification (verify_presentation, two signatures)", offline, "verifications"),
        ("raw Ed25519 verify (cryptography, one signature)", raw_verify, "signatures"),
        ("issue (sign the SD-JWT, 6 disclosures)", lambda: _licence(issuance), "certificates"),
        (
            "present (KB-JWT signed, 2 disclosures)",
            lambda: presenter.present(
                record, ("holder_name", "age_over_18"), audience=AUDIENCE, purpose="核验身份"
            ),
            "presentations",
        ),
        (
            "QR PNG of the presentation (ecert.qr.render_png)",
            lambda: render_png(shown.token),
            "images",
        ),
    ]
    print(f"presentation token: {len(shown.token)} characters; n = {n}")
    timed = {}
    for label, function, unit in figures:
        runs = n if "PNG" not in label else max(50, n // 20)
        timed[label] = _per_call(function, runs)
        print(_row(label, timed[label], unit))
    ratio = timed[figures[0][0]] / timed[figures[1][0]]
    print(f"offline verification / one raw Ed25519 verify: {ratio:.1f}x")


if __name__ == "__main__":
    main()
