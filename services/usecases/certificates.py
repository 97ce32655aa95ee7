"""出证: a completed case whose service issues a certificate puts it in the applicant's wallet.

This is the one seam between services and the wallet's issuing side. `WalletIssuer` builds the
certificate's content (`services.result_content`: what the department decided, where the item
points, what the system generates, the applicant's document, the form, the clerk), calls the
wallet engine (`ecert.issuance.Issuance.issue`) and links the case to the certificate, or
records why it could not be issued (the case itself stays approved). A clerk completing a
case is told beforehand what is left to supply, and refused before the case moves when a
value is missing or wrong.
"""

from core.errors import ServiceError
from ecert.catalogue import get_type
from ecert.validation import check_content
from services.result_content import (
    ResultFacts,
    build_content,
    describe,
    remaining,
    result_plan,
    wallet_reads,
    with_clerk_values,
)
from services.time_limits import china_date


class WalletIssuer:
    def __init__(self, issuance, cases, pii, clock, wallet=None):
        self.issuance, self.cases, self.pii, self.clock = issuance, cases, pii, clock
        self.wallet = wallet

    def to_supply(self, case: dict) -> dict | None:
        """Return what the clerk sees before completing: fields filled (by source) and left."""
        plan = _plan(case)
        if plan is None:
            return None
        kind = get_type(plan["certificate"])
        content, sources = build_content(kind, plan, self._facts(case, plan, log=False))
        return {
            "type": kind.slug,
            "type_name": dict(zip(("zh-CN", "zh-HK", "en"), kind.names, strict=True)),
            "filled": [{"name": name, "source": source} for name, source in sources.items()],
            "to_supply": [describe(entry) for entry in remaining(kind, content)],
        }

    def check_clerk_values(self, case: dict, given: dict) -> None:
        """Refuse a completion whose certificate would be refused, before the case moves."""
        plan = _plan(case)
        if plan is None:
            return
        kind = get_type(plan["certificate"])
        content, _ = build_content(kind, plan, self._facts(case, plan, log=False))
        merged, errors = with_clerk_values(kind, content, given or {})
        errors = {**check_content(kind, merged)[1], **errors}
        if errors:
            raise ServiceError("services.certificate_fields_invalid", "invalid", errors=errors)

    def issue_result(self, case: dict, fields: dict) -> dict | None:
        """Issue the service's result certificate to the applicant; record the link or why not."""
        plan = _plan(case)
        if plan is None:
            return None
        slug = plan["certificate"]
        try:
            kind = get_type(slug)
            content, _ = build_content(kind, plan, self._facts(case, plan, log=True))
            merged, errors = with_clerk_values(kind, content, fields or {})
            if errors:
                raise ServiceError("services.certificate_fields_invalid", "invalid", errors=errors)
            record = self.issuance.issue(
                slug, case["applicant"], merged, service_item=case["implementation_code"]
            )
        except ServiceError as refusal:
            link = {"type": slug, "status": "failed", "reason": refusal.key}
            link["errors"] = refusal.errors
        else:
            link = {"type": slug, "status": "issued", "identifier": record["identifier"]}
        return self.cases.set_fields(case["_id"], {"certificate": link})

    def _facts(self, case: dict, plan: dict, *, log: bool) -> ResultFacts:
        holder = case["holder"]
        ended = case.get("ended_at") or self.clock()
        return ResultFacts(
            case_number=case["number"],
            completed_on=china_date(ended),
            holder={
                "name": self.pii.decrypt(holder["name_enc"], "name"),
                "doc_type": holder["doc_type"],
                "doc_number": self.pii.decrypt(holder["doc_number_enc"], "document"),
            },
            form=dict(case.get("form") or {}),
            held=self._held(case, plan, log),
            materials=_material_references(case),
        )

    def _held(self, case: dict, plan: dict, log: bool) -> dict:
        if self.wallet is None:
            return {}
        reader = {"kind": "application", "id": str(case["_id"]), "name": case.get("number")}
        return {
            slug: self.wallet.certificate_fields(case["applicant"], slug, reader if log else None)
            for slug in wallet_reads(plan)
        }


def _plan(case: dict) -> dict | None:
    """Return the case's plan; a case made before plans were kept gets one from what it has."""
    if not case.get("result_certificate"):
        return None
    if case.get("result_plan"):
        return case["result_plan"]
    # Earlier cases kept `result_fields`: a fixed value or "form.<field>" per certificate field.
    kept = case.get("result_fields") or {}
    sources = {k: v for k, v in kept.items() if isinstance(v, str) and v.startswith("form.")}
    code = case["implementation_code"]
    item = {
        "result_certificate": case["result_certificate"],
        "result_values": {k: v for k, v in kept.items() if k not in sources},
        "result_sources": sources,
        "region": code[10:16],
        "form": [],
    }
    return result_plan(item)


def _material_references(case: dict) -> dict:
    """Return material id → the first file handed in for it: a photo's opaque reference."""
    uploads = (case.get("materials") or {}).get("uploads") or {}
    return {material: ids[0] for material, ids in uploads.items() if ids}
