"""出证 content: every field of a service's result certificate, and where each one came from.

A department fills the certificate it issues from, in this order:

1. what it decides for the service (`result_values` on the item: 失业登记 → unemployed);
2. where the item points a field (`result_sources`): `form.<field>` under another name,
   `address.<region field>.<text field>` (an address from two form fields),
   `cert.<slug>.<field>` of a certificate the applicant holds (a renewed driving licence
   keeps its first issue day), `material.<id>` for the photo the applicant handed in, or
   `clerk` (the clerk decides, whatever the system would generate); these come before what
   the system would generate, so a change registration keeps its code and a transfer its
   first registration day; a source that finds nothing leaves the field to the clerk;
3. what the system generates: the certificate number from the case number, the completion
   day (China time) for `issued_on` / `registered_on`, an area from the form's region field
   or the service's region, an individual business's credit code;
4. what the applicant's document says: birth date (and sex) from an ID number;
5. a form field of the same name;
6. what the clerk enters when completing (`remaining` says which; nothing for 秒办).

`result_plan(item)` is what a case keeps at submission, so a case is completed under the
guide it was made under.
"""

from dataclasses import dataclass, field
from datetime import date

from ecert.catalogue.schema import CertificateType, Field
from ecert.catalogue.values import is_blank
from identity.documents import DocumentError, normalise_document
from services.business_codes import individual_business_code

VALID_YEARS = 10
COMPLETION_DAYS = frozenset({"issued_on", "registered_on"})
AREAS = frozenset({"registered_in", "residence_area", "granted_in", "insured_in", "clinic_area"})
SOURCE_KINDS = {
    "form": "form",
    "address": "form",
    "cert": "certificate",
    "material": "material",
    "clerk": "clerk",
}


@dataclass(frozen=True)
class ResultFacts:
    """What the builder reads about one completed case (gathered by the use-case)."""

    case_number: str
    completed_on: date
    holder: dict  # name, doc_type, doc_number (in the clear)
    form: dict
    # slug → fields of the applicant's valid certificates of that type, newest first
    held: dict = field(default_factory=dict)
    materials: dict = field(default_factory=dict)  # material id → reference to the file


def result_plan(item: dict) -> dict | None:
    """Return what a case keeps to build its result certificate, or None for no certificate."""
    if not item.get("result_certificate"):
        return None
    areas = [entry["name"] for entry in item["form"] if entry["type"] == "region"]
    return {
        "certificate": item["result_certificate"],
        "values": dict(item.get("result_values") or {}),
        "sources": dict(item.get("result_sources") or {}),
        "match": dict(item.get("result_match") or {}),
        "region": item["region"],
        "area_field": areas[0] if areas else None,
    }


def wallet_reads(plan: dict) -> list[str]:
    """Return the certificate types whose fields the plan reads from the applicant's wallet."""
    return sorted(
        {source.split(".")[1] for source in plan["sources"].values() if source.startswith("cert.")}
    )


def build_content(kind: CertificateType, plan: dict, facts: ResultFacts) -> tuple[dict, dict]:
    """Return (the certificate's content so far, field name → where its value came from)."""
    content = _holder_and_validity(facts)
    sources = {}
    for entry in kind.fields:
        value, source = _resolve(entry, plan, facts)
        if not is_blank(value):
            content[entry.name], sources[entry.name] = value, source
    return content, sources


def remaining(kind: CertificateType, content: dict) -> list[Field]:
    """Return the fields nobody filled: what the clerk still supplies (required or not)."""
    return [entry for entry in kind.fields if is_blank(content.get(entry.name))]


def with_clerk_values(kind: CertificateType, content: dict, given: dict) -> tuple[dict, dict]:
    """Return (content with the clerk's values, errors for values the clerk may not give)."""
    open_names = {entry.name for entry in remaining(kind, content)}
    known = {entry.name for entry in kind.fields}
    errors = {
        str(name)[:40]: ["services.field.fixed" if name in known else "ecert.field.unknown"]
        for name in given
        if name not in open_names
    }
    merged = {**content, **{k: v for k, v in given.items() if k in open_names}}
    return merged, errors


def describe(entry: Field) -> dict:
    """Return a field as a screen needs it to ask the clerk for it."""
    return {
        "name": entry.name,
        "kind": entry.kind,
        "required": entry.required,
        "label": dict(zip(("zh-CN", "zh-HK", "en"), entry.labels, strict=True)),
        "choices": list(entry.choices),
        "max_length": entry.max_length if entry.kind in ("string", "address") else None,
    }


def certificate_number(case_number: str) -> str:
    """Return the certificate number of a case: the case number without the department code."""
    # 基本编码 (10) + region (6) + department credit code (18) + day (8) + sequence: the
    # credit code adds nothing the 基本编码 and region do not already fix.
    return case_number[:16] + case_number[34:] if len(case_number) > 34 else case_number


def _holder_and_validity(facts: ResultFacts) -> dict:
    start = facts.completed_on
    try:
        until = start.replace(year=start.year + VALID_YEARS)
    except ValueError:  # 29 February
        until = start.replace(year=start.year + VALID_YEARS, day=28)
    holder = facts.holder
    return {
        "holder_name": holder["name"],
        "holder_code_type": holder["doc_type"],
        "holder_code": holder["doc_number"],
        "valid_from": start.isoformat(),
        "valid_until": until.isoformat(),
    }


def _resolve(entry: Field, plan: dict, facts: ResultFacts) -> tuple[object, str | None]:
    name = entry.name
    if name in plan["values"]:
        return plan["values"][name], "decided"
    if name in plan["sources"]:
        source = plan["sources"][name]
        return _read(source, plan, facts), SOURCE_KINDS[source.split(".")[0]]
    for value, source in (
        (_generated(entry, plan, facts), "generated"),
        (_from_document(name, facts.holder), "applicant"),
        (facts.form.get(name), "form"),
    ):
        if not is_blank(value):
            return value, source
    return None, None


def _read(source: str, plan: dict, facts: ResultFacts):
    kind, _, rest = source.partition(".")
    if kind == "form":
        return facts.form.get(rest)
    if kind == "material":
        return facts.materials.get(rest)
    if kind == "clerk":
        return None
    if kind == "address":
        area, _, line = rest.partition(".")
        parts = {"area": facts.form.get(area), "line": facts.form.get(line)}
        return None if any(is_blank(part) for part in parts.values()) else parts
    slug, _, name = rest.partition(".")
    chosen = _held(slug, plan.get("match", {}).get(slug) or {}, facts)
    return (chosen or {}).get(name)


def _held(slug: str, match: dict, facts: ResultFacts) -> dict | None:
    """Return the certificate a read means: the newest, or the one matching the form."""
    for fields in facts.held.get(slug) or []:
        if all(fields.get(name) == facts.form.get(form_name) for name, form_name in match.items()):
            return fields
    return None


def _generated(entry: Field, plan: dict, facts: ResultFacts):
    if entry.name == "number":
        return certificate_number(facts.case_number)
    if entry.name in COMPLETION_DAYS and entry.kind == "date":
        return facts.completed_on.isoformat()
    if entry.name in AREAS and entry.kind == "area":
        area = facts.form.get(plan["area_field"]) if plan["area_field"] else None
        return area or plan["region"]
    if entry.name == "business_credit_code":
        return individual_business_code(plan["region"], facts.case_number)
    return None


def _from_document(name: str, holder: dict):
    if name not in ("birth_date", "sex"):
        return None
    try:
        document = normalise_document(holder["doc_type"], holder["doc_number"])
    except DocumentError:
        return None
    if name == "birth_date":
        return document.birth_date.isoformat() if document.birth_date else None
    if holder["doc_type"] == "resident_id":
        return "male" if int(document.number[16]) % 2 else "female"
    return None
