"""The shape of a certificate type: names, issuing department, type code and field schema.

A field is personal when it identifies or describes the holder (name, numbers, birth date,
address, photo reference, health or family facts); personal fields travel in tokens only
as selectively disclosable claims. Other fields (licence class, school, validity) are plain
claims every verifier sees. Each field has a long name (API, batch rows, verification
output) and a short claim name (inside tokens, where every byte lands in a QR code).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.departments import Department
from identity.documents import DOC_TYPES

KINDS = ("string", "date", "enum", "integer", "decimal", "area", "address", "photo")
LANGUAGES = ("zh-CN", "zh-HK", "en")

# Holder claims every certificate has (GB/T 36903 holder name and holder code).
HOLDER_NAME, HOLDER_CODE = "holder_name", "holder_code"
# Derived claims: answers computed by the issuer so a holder can prove a fact without the data.
AGE_OVER_18, AGE_OVER_60, HOUSEHOLD_IN_GUANGDONG = (
    "age_over_18",
    "age_over_60",
    "household_in_guangdong",
)
ENGINE_CLAIMS = {
    HOLDER_NAME: "n",
    HOLDER_CODE: "hc",
    AGE_OVER_18: "o18",
    AGE_OVER_60: "o60",
    HOUSEHOLD_IN_GUANGDONG: "hgd",
}
# Claim names the token format itself uses; no field may take one.
RESERVED_CLAIMS = frozenset(
    {"id", "vf", "vu", "cnf", "_sd", "_sd_alg", "...", "iss", "sub", "aud", "iat", "exp"}
    | {"nbf", "nonce", "sd_hash", "typ", "status"}
    | set(ENGINE_CLAIMS.values())
)
# The issuer JWT carries one 43-character digest per disclosable claim; past this many the
# presentation stops fitting a phone-screen QR code (see docs/ecert.md, "Size").
MAX_DISCLOSABLE = 7


@dataclass(frozen=True)
class Field:
    name: str
    claim: str
    kind: str
    personal: bool
    labels: tuple[str, str, str]  # zh-CN, zh-HK, en
    required: bool = True
    choices: tuple[str, ...] = ()
    max_length: int = 60
    # An address whose area code is the holder's household registration (户籍).
    household: bool = False

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"field {self.name}: unknown kind {self.kind!r}")
        if (self.kind == "enum") != bool(self.choices):
            raise ValueError(f"field {self.name}: choices go with kind enum only")
        if self.household and self.kind != "address":
            raise ValueError(f"field {self.name}: only an address can be the household")

    def label(self, language: str = "zh-CN") -> str:
        """Return the field's label in a language (zh-CN, zh-HK or en)."""
        return dict(zip(LANGUAGES, self.labels, strict=True)).get(language, self.labels[2])


@dataclass(frozen=True)
class CertificateType:
    slug: str
    number: str  # three digits, unique within the defining department
    department: Department  # issues the certificate
    names: tuple[str, str, str]  # zh-CN, zh-HK, en
    fields: tuple[Field, ...]
    # What a presentation screen preselects (2-3 disclosable names): the usual 亮证 ask.
    typical: tuple[str, ...]
    holder_doc_types: tuple[str, ...] = DOC_TYPES
    defined_by: Department | None = None  # defaults to the issuing department

    @property
    def type_code(self) -> str:
        """Return the GB/T 36904 type code: defining department's credit code + number."""
        return (self.defined_by or self.department).credit_code + self.number

    @property
    def issuer_code(self) -> str:
        """Return the issuing department's unified social credit code."""
        return self.department.credit_code

    def name(self, language: str = "zh-CN") -> str:
        """Return the type's name in a language (zh-CN, zh-HK or en)."""
        return dict(zip(LANGUAGES, self.names, strict=True)).get(language, self.names[2])

    def field(self, name: str) -> Field | None:
        """Return the field called `name`, or None."""
        return next((field for field in self.fields if field.name == name), None)

    def derived_claims(self) -> tuple[str, ...]:
        """Return the derived claims this type carries (by the fields it has)."""
        derived = ()
        if any(f.name == "birth_date" and f.kind == "date" for f in self.fields):
            derived += (AGE_OVER_18, AGE_OVER_60)
        if any(field.household for field in self.fields):
            derived += (HOUSEHOLD_IN_GUANGDONG,)
        return derived

    def disclosable(self) -> tuple[str, ...]:
        """Return the long names a holder chooses among: personal fields and derived claims."""
        personal = tuple(field.name for field in self.fields if field.personal)
        return (HOLDER_NAME, HOLDER_CODE, *personal, *self.derived_claims())

    def claim_names(self) -> dict[str, str]:
        """Return long name → short claim name for everything a token of this type can hold."""
        names = {field.name: field.claim for field in self.fields}
        names.update(
            {name: ENGINE_CLAIMS[name] for name in self.disclosable() if name in ENGINE_CLAIMS}
        )
        return names
