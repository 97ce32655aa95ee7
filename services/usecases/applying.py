"""Apply for a service: drafts, then a submission checked, pre-filled and numbered.

In order: the idempotency key (a retried submit answers the case the first one made) →
the item → who applies (themselves or a dependant) → the step-up answer below the
service's level → the wallet's certificates → pre-fill → form and materials checks →
provenance → instant approval (a paid service waits for its fee) → case number → stored.
Side effects (uploads attached, messages, payment order, certificate) follow the insert,
so a losing duplicate submission leaves none behind.
"""

import hashlib
import json

from core.errors import Duplicate, ServiceError, StepUpRequired
from services.assurance import step_up_needed
from services.cases import case_summary, new_case
from services.forms import check_materials, validate_form
from services.instant_approval import Decision, applicant_facts, decide
from services.prefill import gather_certificates, prefill, provenance
from services.result_content import result_plan
from services.statuses import COMPLETED
from services.usecases.cases import case_view
from services.usecases.reasons import keyed_reasons

AWAITING_PAYMENT = "awaiting_payment"


class Applying:
    def __init__(self, catalogue, people, wallet, cases, drafts, uploads, numbers, mover, deps):
        self.catalogue, self.people, self.wallet = catalogue, people, wallet
        self.cases, self.drafts, self.uploads = cases, drafts, uploads
        self.numbers, self.mover = numbers, mover
        self.payments, self.pii, self.calendar, self.clock = deps

    def save_draft(self, account_id: str, item_id, body: dict) -> dict:
        """Keep what the resident has typed so far; one draft per service and person."""
        item = self.catalogue.item(item_id)
        key = {
            "account_id": account_id,
            "implementation_code": item["implementation_code"],
            "for": body.get("dependant_id"),
        }
        fields = {
            "item_id": item["_id"],
            "item_name": item["name"],
            "values": body.get("values") or {},
            "certificate_materials": body.get("certificate_materials") or [],
            "materials": body.get("materials") or {},
            "updated_at": self.clock(),
        }
        return self.drafts.save(key, fields)

    def draft(self, account_id: str, draft_id) -> dict:
        found = self.drafts.find_of_account(draft_id, account_id)
        if found is None:
            raise ServiceError("services.draft_not_found", "not_found")
        return found

    def drafts_of(self, account_id: str, limit: int, offset: int):
        return self.drafts.page_of_account(account_id, limit, offset)

    def delete_draft(self, account_id: str, draft_id) -> None:
        if not self.drafts.delete(draft_id, account_id):
            raise ServiceError("services.draft_not_found", "not_found")

    def submit(self, account_id: str, item_id, body: dict, idempotency_key: str | None) -> dict:
        """Make a case from a submission, or answer the case this key already made."""
        return case_view(self._submit(account_id, item_id, body, idempotency_key), self.clock())

    def _submit(self, account_id: str, item_id, body: dict, idempotency_key: str | None) -> dict:
        fingerprint = _fingerprint(item_id, body)
        if idempotency_key:
            earlier = self._earlier(account_id, idempotency_key, fingerprint)
            if earlier:
                return earlier
        item = self.catalogue.item(item_id)
        applicant = self.people.applicant(account_id, body.get("dependant_id"))
        details = step_up_needed(item, applicant.level)
        if details:
            raise StepUpRequired(**details)
        case = self._checked_case(item, applicant, body)
        case.update(idempotency_key=idempotency_key, fingerprint=fingerprint)
        try:
            self.cases.insert(case)
        except Duplicate:
            earlier = self._earlier(account_id, idempotency_key, fingerprint)
            if earlier is None:
                raise
            return earlier
        return self._after_insert(case, item, body)

    def _earlier(self, account_id: str, key: str | None, fingerprint: str) -> dict | None:
        earlier = self.cases.find_by_key(account_id, key) if key else None
        if earlier is not None and earlier["fingerprint"] != fingerprint:
            raise ServiceError("services.idempotency_key_reused", "conflict")
        return earlier

    @keyed_reasons
    def _checked_case(self, item: dict, applicant, body: dict) -> dict:
        held = gather_certificates(self.wallet, applicant.person_index, item)
        offered = prefill(item, applicant.profile, held)
        values = validate_form(item["form"], body.get("values") or {})
        upload_ids = _upload_ids(body.get("materials") or {})
        files = {str(u["_id"]): u for u in self.uploads.find_meta(upload_ids, applicant.account_id)}
        uploads = _upload_types(body.get("materials") or {}, files)
        certified = list(body.get("certificate_materials") or [])
        check_materials(item, offered, certified, uploads)
        record = provenance(offered, values, certified, [m for m, ids in uploads.items() if ids])
        now = self.clock()
        open_case = self.cases.has_open_case(applicant.person_index, item["implementation_code"])
        facts = applicant_facts(applicant.profile, held, applicant.level, open_case)
        decision = decide(item, facts, now)
        pending = decision if item["fee_fen"] and decision.instant else None
        if pending:
            decision = Decision(False, AWAITING_PAYMENT, decision.checked)
        number = self.numbers.issue(item["implementation_code"], now)
        case = new_case(
            item, number, applicant.person_index, now, values, record, decision, self.calendar
        )
        case.update(self._context(item, applicant, offered, certified, body, files))
        if pending:
            case["instant"]["pending_payment"] = True
        case["summary"] = case_summary(case, self.calendar)
        return case

    def _context(self, item, applicant, offered, certified, body, files) -> dict:
        agent = applicant.agent
        return {
            "item_id": item["_id"],
            "guide_version": item.get("guide_version", 1),
            "result_certificate": item.get("result_certificate"),
            "result_plan": result_plan(item),
            "submitted_by": applicant.account_id,
            "applicant_account": applicant.account_id if agent is None else None,
            "applicant_name": applicant.masked_name,
            "agent_account": agent["account_id"] if agent else None,
            "agent": agent,
            "holder": {
                "doc_type": applicant.profile["doc_type"],
                "doc_number_enc": self.pii.encrypt(applicant.profile["doc_number"], "document"),
                "name_enc": self.pii.encrypt(applicant.profile["name"], "name"),
            },
            "materials": {
                "certificates": {
                    mid: offered["materials"][mid]["identifier"]
                    for mid in certified
                    if mid in offered["materials"]
                },
                "uploads": {
                    mid: [i for i in _strings(ids) if i in files]
                    for mid, ids in (body.get("materials") or {}).items()
                },
            },
            "payment": {"status": "due" if item["fee_fen"] else "none", "order_no": None},
            "certificate": None,
        }

    def _after_insert(self, case: dict, item: dict, body: dict) -> dict:
        self.uploads.attach(_upload_ids(body.get("materials") or {}), case["_id"])
        self.drafts.delete_key(
            {
                "account_id": case["submitted_by"],
                "implementation_code": item["implementation_code"],
                "for": body.get("dependant_id"),
            }
        )
        self.catalogue.used(case)
        for event in case["timeline"]:
            self.mover.announce(case, event)
        if item["fee_fen"]:
            case = self.payments.open_order(case)
        if case["status"] == COMPLETED:
            case = self.mover.completed(case)
        return case


def _strings(ids) -> list[str]:
    """Return the ids given as strings (anything else names no upload)."""
    return [i for i in ids if isinstance(i, str)]


def _upload_ids(materials: dict) -> list:
    return [i for ids in materials.values() for i in _strings(ids)]


def _upload_types(materials: dict, files: dict) -> dict:
    return {
        mid: [files[i]["file_type"] for i in _strings(ids) if i in files]
        for mid, ids in materials.items()
    }


def _fingerprint(item_id, body: dict) -> str:
    text = json.dumps([str(item_id), body], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()
