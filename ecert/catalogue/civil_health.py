"""Civil affairs and health certificates: marriage, allowances, birth, vaccination, licences."""

from core.departments import BY_SLUG
from ecert.catalogue.fields import (
    BIRTH_DATE,
    PHOTO,
    certificate_number,
    issue_date,
    personal,
    plain,
)
from ecert.catalogue.schema import CertificateType

CIVIL, HEALTH = BY_SLUG["civil_affairs"], BY_SLUG["health"]

SPOUSE_CODE = personal(
    "spouse_code", "sc", "string", ("配偶证件号码", "配偶證件號碼", "Spouse's document number")
)
REGISTERED_ON = personal("registered_on", "rd", "date", ("登记日期", "登記日期", "Date registered"))
PRACTICE_PLACE = plain(
    "practice_place", "pp", "string", ("执业机构", "執業機構", "Place of practice"), max_length=40
)


def _marital(slug, number, names, spouse_labels):
    spouse = personal("spouse_name", "sn", "string", spouse_labels)
    return CertificateType(
        slug,
        number,
        CIVIL,
        names,
        (spouse, SPOUSE_CODE, REGISTERED_ON, certificate_number(("字号", "字號", "Serial"))),
        typical=("holder_name", "spouse_name", "registered_on"),
    )


TYPES = (
    _marital(
        "marriage_certificate",
        "001",
        ("结婚证", "結婚證", "Marriage Certificate"),
        ("配偶姓名", "配偶姓名", "Spouse's name"),
    ),
    _marital(
        "divorce_certificate",
        "002",
        ("离婚证", "離婚證", "Divorce Certificate"),
        ("原配偶姓名", "原配偶姓名", "Former spouse's name"),
    ),
    CertificateType(
        "minimum_living_allowance",
        "003",
        CIVIL,
        ("最低生活保障证", "最低生活保障證", "Minimum Living Allowance Certificate"),
        (
            personal("household_size", "hs", "integer", ("保障人数", "保障人數", "People covered")),
            personal(
                "monthly_amount_fen",
                "am",
                "integer",
                ("月保障金额（分）", "月保障金額（分）", "Monthly allowance (fen)"),
            ),
            plain("granted_in", "ga", "area", ("保障地区", "保障地區", "Area granting")),
        ),
        typical=("holder_name", "household_size"),
    ),
    CertificateType(
        "elderly_preferential_card",
        "004",
        CIVIL,
        ("老年人优待证", "老年人優待證", "Senior Citizen Preferential Card"),
        (BIRTH_DATE, PHOTO),
        typical=("holder_name", "age_over_60"),
    ),
    CertificateType(
        "birth_medical_certificate",
        "001",
        HEALTH,
        ("出生医学证明", "出生醫學證明", "Medical Certificate of Birth"),
        (
            BIRTH_DATE,
            personal("mother_name", "mn", "string", ("母亲姓名", "母親姓名", "Mother's name")),
            plain("birth_area", "ba", "area", ("出生地", "出生地", "Place of birth")),
        ),
        typical=("holder_name", "birth_date", "mother_name"),
    ),
    CertificateType(
        "vaccination_certificate",
        "002",
        HEALTH,
        ("预防接种证", "預防接種證", "Vaccination Certificate"),
        (
            BIRTH_DATE,
            personal(
                "doses_recorded",
                "ds",
                "integer",
                ("已接种剂次", "已接種劑次", "Doses recorded"),
            ),
            plain("clinic_area", "ca", "area", ("接种单位地区", "接種單位地區", "Clinic area")),
        ),
        typical=("holder_name", "doses_recorded"),
    ),
    CertificateType(
        "physician_licence",
        "003",
        HEALTH,
        ("医师执业证书", "醫師執業證書", "Physician Practising Certificate"),
        (
            # On the public register of practitioners, so not personal.
            certificate_number(("证书编码", "證書編碼", "Certificate number"), personal_=False),
            plain(
                "practice_category",
                "pc",
                "enum",
                ("执业类别", "執業類別", "Category"),
                choices=("clinical", "chinese_medicine", "dental", "public_health"),
            ),
            plain(
                "practice_scope", "ps", "string", ("执业范围", "執業範圍", "Scope"), max_length=20
            ),
            PRACTICE_PLACE,
        ),
        typical=("holder_name", "holder_code"),
    ),
    CertificateType(
        "nurse_licence",
        "004",
        HEALTH,
        ("护士执业证书", "護士執業證書", "Nurse Practising Certificate"),
        (
            certificate_number(("证书编号", "證書編號", "Certificate number"), personal_=False),
            PRACTICE_PLACE,
            issue_date(),
        ),
        typical=("holder_name", "holder_code"),
    ),
)
