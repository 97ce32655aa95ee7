"""Seeding for the e-certificate targets: the bench resident's five certificates, a bank counter.

The bench resident (already real-named by bench/health_code_seed.py) is issued the demo
certificates through the issuer API; a verifier organisation with one desk account is
registered through the admin API; one-time presentation tokens for the verification target
are made through the wallet API, right before that target is measured (they live 180 s).
"""

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from app.seed_ecert import DEMO_CERTIFICATES
from bench.health_code_seed import HOLDER_NAME, holder_document
from bench.targets import BenchContext

PASSWORD = "bench-ecert-password"  # only ever used in the throwaway database of one run
SHOWN = {"purpose": "identity_check", "disclose": ["holder_name", "age_over_18"]}
BANK = {
    "code": "bench-bank",
    "name": "压测银行网点",
    "staff": ["bench-desk"],
    "purposes": [
        {
            "code": "identity_check",
            "name": "核验身份",
            "fields": {"driving_licence": ["holder_name", "age_over_18"]},
        }
    ],
}


def seed_ecert(sender, ctx: BenchContext, add_staff) -> BenchContext:
    """Issue the certificates, register the bank, log its desk in; return the context."""
    tokens = {}
    for username, role in (
        ("bench-issuer", "issuer"),
        ("bench-admin", "admin"),
        ("bench-desk", "verifier"),
    ):
        add_staff(username, PASSWORD, role)
        login = {"username": username, "password": PASSWORD}
        tokens[role] = _expect(sender("POST", "/api/v1/auth/staff-tokens", login), 201)[
            "access_token"
        ]
    document = holder_document()
    for type_slug, valid_from, valid_until, fields in DEMO_CERTIFICATES:
        request = {
            "type": type_slug,
            "holder_name": HOLDER_NAME,
            "holder_code_type": document["doc_type"],
            "holder_code": document["doc_number"],
            "valid_from": valid_from,
            "valid_until": valid_until,
            "fields": fields,
        }
        _expect(
            sender("POST", "/api/v1/issuer/certificates", request, _bearer(tokens["issuer"])), 201
        )
    bank = _expect(sender("POST", "/api/v1/admin/verifiers", BANK, _bearer(tokens["admin"])), 201)
    resident = _bearer(ctx.access_token)
    held = _expect(sender("GET", "/api/v1/wallet/certificates", None, resident), 200)["items"]
    licence = next(item["id"] for item in held if item["type"] == "driving_licence")
    presentation = {"verifier_id": bank["id"], **SHOWN}
    path = f"/api/v1/wallet/certificates/{licence}/presentations"

    def fresh_tokens(count: int) -> list[dict]:
        def one(_number):
            return {"token": _expect(sender("POST", path, presentation, resident), 201)["token"]}

        with ThreadPoolExecutor(8) as pool:
            return list(pool.map(one, range(count)))

    extras = {
        "desk_token": tokens["verifier"],
        "licence_id": licence,
        "presentation": presentation,
        "fresh_tokens": fresh_tokens,
    }
    return replace(ctx, extras={**ctx.extras, **extras})


def _bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def _expect(reply: tuple[int, dict | None], status: int) -> dict:
    if reply[0] != status:
        raise RuntimeError(
            f"e-certificate seeding got HTTP {reply[0]} (wanted {status}): {reply[1]}"
        )
    return reply[1]
