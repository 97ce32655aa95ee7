"""Demo e-certificates: the demo resident's wallet and a bank counter that verifies them."""

from core.errors import ServiceError

SEED_ISSUER = "seed"
HOME = {"area": "440304", "line": "深圳市福田区福中三路1号"}
# Five certificates from four issuing departments.
DEMO_CERTIFICATES = (
    ("resident_id_card", "2020-03-01", "2040-03-01", {"birth_date": "1990-01-01", "address": HOME}),
    (
        "household_register",
        "2008-06-01",
        None,
        {"birth_date": "1990-01-01", "address": HOME, "household_kind": "family"},
    ),
    (
        "driving_licence",
        "2024-08-15",
        "2036-08-15",
        {
            "birth_date": "1990-01-01",
            "photo": "demo-photo-0001",
            "licence_class": "C1",
            "first_issued_on": "2012-08-15",
        },
    ),
    (
        "social_security_card",
        "2025-05-20",
        "2035-05-20",
        {"number": "440300D15600003X", "photo": "demo-photo-0001", "issued_on": "2025-05-20"},
    ),
    (
        "degree_certificate",
        "2012-07-01",
        None,
        {
            "number": "1055942012000123",
            "school": "中山大学",
            "degree": "bachelor",
            "discipline": "计算机科学与技术",
            "conferred_on": "2012-07-01",
        },
    ),
)
BANK = {
    "code": "icbc-th",
    "name": "中国工商银行广州天河支行",
    "credit_code": None,
    "staff": ["verifier"],
    "active": True,
    "purposes": [
        {
            "code": "open_account",
            "name": "开立个人账户",
            "fields": {
                "resident_id_card": ["holder_name", "holder_code", "age_over_18"],
                "household_register": ["holder_name", "household_in_guangdong"],
            },
        },
        {
            "code": "identity_check",
            "name": "核验身份",
            "fields": {"driving_licence": ["holder_name", "holder_code", "age_over_18"]},
        },
        {
            "code": "loan",
            "name": "个人贷款",
            "fields": {
                "social_security_card": ["holder_name", "number", "issued_on"],
                "degree_certificate": ["holder_name", "school", "degree"],
            },
        },
    ],
}


def seed_wallet(container, holder: dict) -> list[str]:
    """Issue the demo certificates the holder {name, doc_type, doc_number} lacks."""
    person_index = container.residents.person_index(holder["doc_type"], holder["doc_number"])
    held = {record["type"] for record in container.wallet.held(person_index)}
    created = []
    for type_slug, valid_from, valid_until, fields in DEMO_CERTIFICATES:
        if type_slug in held:
            continue
        request = {
            "type": type_slug,
            "holder_name": holder["name"],
            "holder_code_type": holder["doc_type"],
            "holder_code": holder["doc_number"],
            "valid_from": valid_from,
            "valid_until": valid_until,
            "fields": fields,
        }
        container.issuer_console.issue(request, SEED_ISSUER)
        created.append(f"certificate {type_slug}")
    return created


def seed_verifier(container) -> list[str]:
    """Register the demo bank counter with the demo `verifier` staff account."""
    try:
        container.verifier_registry.register(BANK, SEED_ISSUER)
    except ServiceError:  # registered already
        return []
    return [f"verifier organisation {BANK['code']} ({BANK['name']})"]
