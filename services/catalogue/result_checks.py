"""Check how an item fills its result certificate (出证), with the wallet's own validation.

Every item: decided values fit their fields, sources name real form fields, materials and
certificate fields, and a form field feeding the certificate cannot hold a value the
certificate refuses. An instant (秒办) item completes with no clerk, so its certificate is
built from a sample applicant, form, wallet and photo and must pass
`ecert.validation.check_content` with nothing left over, and every source it relies on must
be certain: a required form field or material, a certificate an instant rule makes the
applicant hold.
"""

from datetime import date

from ecert.catalogue import BY_SLUG as ECERT_TYPES
from ecert.catalogue.values import FieldValueError, normalise_value
from ecert.validation import check_content
from services.result_content import ResultFacts, build_content, result_plan

SAMPLE_HOLDER = {"name": "王小明", "doc_type": "resident_id", "doc_number": "440106199003071231"}
SAMPLE_DAY = date(2026, 12, 2)
SAMPLE_UPLOAD = "5f0c1a2b3c4d5e6f7a8b9c0d"  # an upload id: what a photo reference is
_FORM_SAMPLES = {
    "text": "示例",
    "textarea": "示例",
    "date": "2026-01-05",
    "number": 1,
    "region": "440106",
    "phone": "13900000000",
    "email": "a@example.com",
    "id_number": "440106199003071231",
    "boolean": True,
}
_FIELD_SAMPLES = {
    "string": "示例",
    "date": "2016-03-01",
    "integer": 1,
    "decimal": "1",
    "area": "440106",
    "address": {"area": "440106", "line": "广州市天河区体育西路1号"},
    "photo": "photo-reference-0001",
}
_HOLDING_RULES = ("holds_certificate", "certificate_expires_within")


def result_problems(item: dict) -> list[str]:
    """Return what is wrong with how an item fills its result certificate."""
    kind = ECERT_TYPES.get(item.get("result_certificate"))
    if kind is None:
        given = [k for k in ("result_values", "result_sources", "result_match") if item.get(k)]
        return [f"{k} without a result certificate the wallet knows" for k in given]
    problems = _decided(item, kind) + _sources(item, kind) + _form_fits(item, kind)
    if item.get("instant") and not problems:
        problems += _instant(item, kind)
    return problems


def _decided(item: dict, kind) -> list[str]:
    problems = []
    for name, value in (item.get("result_values") or {}).items():
        entry = kind.field(name)
        if entry is None:
            problems.append(f"result value for unknown field {name!r}")
            continue
        try:
            normalise_value(entry, value)
        except FieldValueError as error:
            problems.append(f"result value {name!r}: {error.reason}")
    return problems


def _sources(item: dict, kind) -> list[str]:
    form = {entry["name"] for entry in item["form"]}
    materials = {material["id"] for material in item["materials"]}
    problems = []
    for name, source in (item.get("result_sources") or {}).items():
        entry = kind.field(name)
        if entry is None:
            problems.append(f"result source for unknown field {name!r}")
        elif not _source_exists(source, entry, form, materials):
            problems.append(f"result source {source!r} of {name!r} names nothing")
    reads = {s.split(".")[1] for s in (item.get("result_sources") or {}).values() if "." in s}
    for slug, pairs in (item.get("result_match") or {}).items():
        other = ECERT_TYPES.get(slug)
        if slug not in reads or other is None:
            problems.append(f"result match for {slug!r}, which no source reads")
        elif any(other.field(c) is None or f not in form for c, f in pairs.items()):
            problems.append(f"result match for {slug!r} names unknown fields")
    return problems


def _source_exists(source: str, entry, form: set, materials: set) -> bool:
    kind, _, rest = source.partition(".")
    if kind == "clerk":
        return not rest
    if kind == "form":
        return rest in form
    if kind == "address":
        area, _, line = rest.partition(".")
        return entry.kind == "address" and {area, line} <= form
    if kind == "material":
        return entry.kind == "photo" and rest in materials
    slug, _, name = rest.partition(".")
    other = ECERT_TYPES.get(slug) if kind == "cert" else None
    return other is not None and other.field(name) is not None


def _form_fits(item: dict, kind) -> list[str]:
    """A form field feeding the certificate must not accept what the certificate refuses."""
    declared, decided = item.get("result_sources") or {}, item.get("result_values") or {}
    form = {entry["name"]: entry for entry in item["form"]}
    problems = []
    for entry in kind.fields:
        source = declared.get(entry.name, "form." + entry.name)
        if entry.name in decided or not source.startswith("form."):
            continue
        form_field = form.get(source[5:])
        if form_field and not _fits(form_field, entry):
            problems.append(f"form field {source[5:]!r} accepts values {entry.name!r} refuses")
    return problems


def _fits(form_field: dict, entry) -> bool:
    longest = (form_field.get("validation") or {}).get("max_length")
    if form_field["type"] in ("text", "textarea"):
        return entry.kind == "string" and longest is not None and longest <= entry.max_length
    if form_field["type"] == "select":
        values = {option["value"] for option in form_field["options"]}
        return entry.kind == "string" or (entry.kind == "enum" and values <= set(entry.choices))
    allowed = {"date": ("date",), "number": ("integer", "decimal"), "region": ("area",)}
    return entry.kind in allowed.get(form_field["type"], ("string",))


def _instant(item: dict, kind) -> list[str]:
    plan = result_plan(item)
    form = {entry["name"]: _form_sample(entry) for entry in item["form"]}
    facts = ResultFacts(
        case_number=f"{item['implementation_code']}{SAMPLE_DAY:%Y%m%d}0001",
        completed_on=SAMPLE_DAY,
        holder=SAMPLE_HOLDER,
        form=form,
        held={slug: [_held_sample(slug, plan, form)] for slug in ECERT_TYPES},
        materials={material["id"]: SAMPLE_UPLOAD for material in item["materials"]},
    )
    content, sources = build_content(kind, plan, facts)
    errors = check_content(kind, content)[1]
    problems = [f"instant, but its certificate is refused: {n} {r}" for n, r in errors.items()]
    needed = {name: source for name, source in sources.items() if kind.field(name).required}
    return problems + _uncertain(item, plan, needed)


def _uncertain(item: dict, plan: dict, sources: dict) -> list[str]:
    """Name the sources of required fields a real applicant of an instant service may lack."""
    rules = (item.get("instant") or {}).get("rules") or []
    held = {rule["certificate"] for rule in rules if rule["rule"] in _HOLDING_RULES}
    required_form = {entry["name"] for entry in item["form"] if entry["required"]}
    uploads = {m["id"] for m in item["materials"] if m["required"] and m.get("upload")}
    problems = []
    for name, source in sources.items():
        declared = plan["sources"].get(name, "")
        kind, _, rest = declared.partition(".")
        if source == "form" and not set(_form_names(declared, name)) <= required_form:
            problems.append(f"instant, but {name!r} comes from an optional form field")
        elif source == "certificate" and rest.split(".")[0] not in held:
            problems.append(f"instant, but {name!r} reads a certificate no rule requires")
        elif source == "material" and rest not in uploads:
            problems.append(f"instant, but {name!r} needs a material that may be missing")
    return problems


def _form_names(declared: str, name: str) -> list[str]:
    kind, _, rest = declared.partition(".")
    if kind == "address":
        return rest.split(".")
    return [rest] if kind == "form" else [name]


def _form_sample(entry: dict):
    if entry["type"] == "select":
        return entry["options"][0]["value"]
    return _FORM_SAMPLES.get(entry["type"], "示例")  # an unknown type is another check's problem


def _held_sample(slug: str, plan: dict, form: dict) -> dict:
    fields = {
        entry.name: entry.choices[0] if entry.choices else _FIELD_SAMPLES[entry.kind]
        for entry in ECERT_TYPES[slug].fields
    }
    for name, form_name in (plan["match"].get(slug) or {}).items():
        fields[name] = form.get(form_name)
    return fields
