"""Pre-fill (预填): form values from the profile and e-certificates, and what the applicant did.

The wallet is asked only "the valid certificates of type T that person P holds"
(`HeldCertificates` in services.repositories); everything else here is pure. What was
pre-filled and what was typed, and which materials came from certificates and which were
uploaded, is recorded per case: those counts are the reform figures.
"""

from datetime import date

from services.forms import clean_value

# The profile a use-case passes in: plain values, never encrypted or masked forms.
PROFILE_FIELDS = (
    "name",
    "phone",
    "doc_type",
    "doc_number",
    "birth_date",
    "gender",
    "address",
    "region",
    "household_region",
    "email",
)


def certificate_types_needed(item: dict) -> list[str]:
    """Return the certificate types the item's materials and pre-filled fields read."""
    slugs = {material["certificate"] for material in item["materials"] if material["certificate"]}
    for field in item["form"]:
        source = field.get("prefill") or ""
        if source.startswith("cert."):
            slugs.add(source.split(".")[1])
    return sorted(slugs)


def gather_certificates(wallet, person_index: str, item: dict) -> dict[str, list[dict]]:
    """Ask the wallet once per needed type for the applicant's valid certificates."""
    return {
        slug: list(wallet.valid_certificates(person_index, slug))
        for slug in certificate_types_needed(item)
    }


def prefill(item: dict, profile: dict, certificates: dict[str, list[dict]]) -> dict:
    """Return pre-filled values with their sources, and the materials certificates cover."""
    values, sources = {}, {}
    for field in item["form"]:
        source = field.get("prefill")
        value = _read(source, profile, certificates) if source else None
        if value is None or value == "":
            continue
        cleaned, reasons = clean_value(field, value)
        # A value the form would refuse is left for the applicant rather than shown wrong.
        if not reasons:
            values[field["name"]], sources[field["name"]] = cleaned, source
    materials = {}
    for material in item["materials"]:
        chosen = newest_certificate(certificates.get(material["certificate"]) or [])
        if material["certificate"] and chosen is not None:
            materials[material["id"]] = {
                "certificate": material["certificate"],
                "identifier": chosen.get("identifier"),
            }
    return {"values": values, "sources": sources, "materials": materials}


def provenance(prefilled: dict, values: dict, certificate_materials, uploaded_materials) -> dict:
    """Record which submitted fields kept their pre-filled value and where materials came from.

    A pre-filled field the applicant changed counts as typed; an empty optional one counts
    as neither. A material counts as from a certificate only if pre-fill offered it.
    """
    offered = prefilled["values"]
    kept = sorted(n for n, v in values.items() if n in offered and offered[n] == v)
    typed = sorted(n for n, v in values.items() if v not in (None, "") and n not in kept)
    from_certificates = sorted(set(certificate_materials) & set(prefilled["materials"]))
    uploaded = sorted(set(uploaded_materials) - set(from_certificates))
    return {
        "fields_prefilled": kept,
        "fields_typed": typed,
        "materials_from_certificates": from_certificates,
        "materials_uploaded": uploaded,
    }


def _read(source: str, profile: dict, certificates: dict[str, list[dict]]):
    kind, _, rest = source.partition(".")
    if kind == "profile":
        return profile.get(rest)
    slug, _, name = rest.partition(".")
    chosen = newest_certificate(certificates.get(slug) or [])
    if chosen is None:
        return None
    value = (chosen.get("fields") or {}).get(name, chosen.get(name))
    # Dates reach forms as ISO days, whatever the wallet stores.
    return value.isoformat()[:10] if isinstance(value, date) else value


def newest_certificate(held: list[dict]) -> dict | None:
    """Return the most recently issued valid certificate, so a renewal replaces the old one."""
    valid = [cert for cert in held if cert.get("status", "valid") == "valid"]
    return max(valid, key=lambda cert: str(cert.get("issued_on") or ""), default=None)
