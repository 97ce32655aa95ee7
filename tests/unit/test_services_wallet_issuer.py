"""出证 through the wallet engine: a completed case's certificate is issued and linked.

The wallet's storage is not wired into the app yet, so this drives `WalletIssuer` against
the e-certificate engine over its in-memory repositories (tests/ecert_factories.py).
"""

import base64
import copy

from app.security.pii import PiiCipher
from services.usecases.certificates import WalletIssuer
from tests.ecert_factories import make_engine, resident_id

PII = PiiCipher(base64.b64encode(bytes(32)).decode(), "blind-index-key")


class MemoryCases:
    def __init__(self, case: dict) -> None:
        self.case = copy.deepcopy(case)

    def set_fields(self, case_id, changes: dict) -> dict:
        self.case.update(changes)
        return copy.deepcopy(self.case)


def completed_case(**form) -> dict:
    return {
        "_id": "c1",
        "number": "X202603020001",
        "implementation_code": "0704001000440000114400006Y9DKRP414",
        "applicant": "person-index-1",
        "result_certificate": "employment_registration",
        "status": 11,
        "outcome": "approved",
        "holder": {
            "doc_type": "resident_id",
            "doc_number_enc": PII.encrypt(resident_id(), "document"),
            "name_enc": PII.encrypt("王小明", "name"),
        },
        "form": {"applicant_name": "王小明", "employer": "示例公司", **form},
    }


def test_a_completed_case_gets_its_certificate_in_the_applicants_wallet():
    engine = make_engine()
    cases = MemoryCases(completed_case())
    issuer = WalletIssuer(engine.issuance, cases, PII, engine.clock)
    fields = {
        "number": "JY2026000123",
        "employment_status": "unemployed",
        "registered_in": "440106",
    }

    linked = issuer.issue_result(cases.case, fields)

    assert linked["certificate"]["status"] == "issued"
    record = engine.certificates.find(linked["certificate"]["identifier"])
    assert record["person_index"] == "person-index-1"
    assert record["holder_name"] == "王小明" and record["holder_code"] == resident_id()
    assert record["service_item"] == cases.case["implementation_code"]
    assert record["fields"]["number"] == "JY2026000123"


def test_content_the_certificate_refuses_is_recorded_not_lost():
    engine = make_engine()
    cases = MemoryCases(completed_case())
    issuer = WalletIssuer(engine.issuance, cases, PII, engine.clock)

    linked = issuer.issue_result(cases.case, {"employment_status": "nonsense"})

    assert linked["certificate"]["status"] == "failed"
    assert linked["certificate"]["reason"].startswith("ecert.")
    assert engine.certificates.records == {}


def test_a_service_without_a_result_certificate_issues_nothing():
    engine = make_engine()
    case = {**completed_case(), "result_certificate": None}
    assert (
        WalletIssuer(engine.issuance, MemoryCases(case), PII, engine.clock).issue_result(case, {})
        is None
    )
