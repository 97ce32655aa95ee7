"""The catalogue of e-certificate types (电子证照目录): every type the wallet knows.

Each type has a GB/T 36904 type code (the defining department's 18-character unified social
credit code + a 3-digit number), names in zh-CN / zh-HK / en, its issuing department from
`core.departments`, and a field schema saying which fields are personal. The services engine
names types only by slug (see docs/ecert.md).
"""

from core.errors import ServiceError
from ecert.catalogue import (
    civil_health,
    identity_documents,
    property_benefits,
    vehicles,
    work_education,
)
from ecert.catalogue.schema import (
    AGE_OVER_18,
    AGE_OVER_60,
    HOLDER_CODE,
    HOLDER_NAME,
    HOUSEHOLD_IN_GUANGDONG,
    MAX_DISCLOSABLE,
    CertificateType,
    Field,
)

TYPES: tuple[CertificateType, ...] = (
    *identity_documents.TYPES,
    *vehicles.TYPES,
    *civil_health.TYPES,
    *work_education.TYPES,
    *property_benefits.TYPES,
)
BY_SLUG = {certificate_type.slug: certificate_type for certificate_type in TYPES}
BY_TYPE_CODE = {certificate_type.type_code: certificate_type for certificate_type in TYPES}


def get_type(slug: str) -> CertificateType:
    """Return the certificate type called `slug`; refuse an unknown slug."""
    if not isinstance(slug, str) or slug not in BY_SLUG:
        raise ServiceError("ecert.unknown_type", "not_found", type=str(slug)[:40])
    return BY_SLUG[slug]


def type_for_code(type_code: str) -> CertificateType | None:
    """Return the certificate type with a GB/T 36904 type code, or None."""
    return BY_TYPE_CODE.get(type_code)


__all__ = [
    "AGE_OVER_18",
    "AGE_OVER_60",
    "BY_SLUG",
    "BY_TYPE_CODE",
    "HOLDER_CODE",
    "HOLDER_NAME",
    "HOUSEHOLD_IN_GUANGDONG",
    "MAX_DISCLOSABLE",
    "TYPES",
    "CertificateType",
    "Field",
    "get_type",
    "type_for_code",
]
