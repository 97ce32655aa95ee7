"""Public security and exit-entry certificates: identity cards, permits, passports."""

from core.departments import BY_SLUG
from ecert.catalogue.fields import (
    BIRTH_DATE,
    HOUSEHOLD_ADDRESS,
    NATIONALITY,
    PHOTO,
    RESIDENCE_ADDRESS,
    SEX,
    certificate_number,
    plain,
)
from ecert.catalogue.schema import CertificateType

POLICE, EXIT_ENTRY = BY_SLUG["public_security"], BY_SLUG["exit_entry"]
ENDORSEMENTS = ("tourism", "visiting_relatives", "business", "study", "other", "none")
PERMIT_NUMBER = certificate_number(("通行证号码", "通行證號碼", "Permit number"))
PASSPORT_NUMBER = certificate_number(("护照号码", "護照號碼", "Passport number"))
ENDORSEMENT = plain(
    "endorsement", "en", "enum", ("签注", "簽注", "Endorsement"), choices=ENDORSEMENTS
)

TYPES = (
    CertificateType(
        "resident_id_card",
        "001",
        POLICE,
        ("居民身份证", "居民身份證", "Resident Identity Card"),
        # Sex and ethnicity stay in the issuer's register: with them the token would no
        # longer fit a phone-screen QR code (see MAX_DISCLOSABLE).
        (BIRTH_DATE, HOUSEHOLD_ADDRESS),
        typical=("holder_name", "age_over_18", "household_in_guangdong"),
        holder_doc_types=("resident_id",),
    ),
    CertificateType(
        "household_register",
        "002",
        POLICE,
        ("居民户口簿", "居民戶口簿", "Household Register"),
        (
            BIRTH_DATE,
            HOUSEHOLD_ADDRESS,
            plain(
                "household_kind",
                "hk",
                "enum",
                ("户别", "戶別", "Household kind"),
                choices=("family", "collective"),
            ),
        ),
        typical=("holder_name", "household_in_guangdong"),
        holder_doc_types=("resident_id",),
    ),
    CertificateType(
        "residence_permit",
        "003",
        POLICE,
        ("广东省居住证", "廣東省居住證", "Guangdong Residence Permit"),
        (
            RESIDENCE_ADDRESS,
            plain("residence_area", "ra", "area", ("居住地区", "居住地區", "Area of residence")),
        ),
        typical=("holder_name", "address"),
        holder_doc_types=("resident_id",),
    ),
    CertificateType(
        "hmt_residence_permit",
        "004",
        POLICE,
        (
            "港澳台居民居住证",
            "港澳台居民居住證",
            "Residence Permit for Hong Kong, Macao and Taiwan Residents",
        ),
        (BIRTH_DATE, RESIDENCE_ADDRESS, PERMIT_NUMBER),
        typical=("holder_name", "age_over_18"),
        holder_doc_types=("residence_permit",),
    ),
    CertificateType(
        "no_criminal_record",
        "005",
        POLICE,
        ("无犯罪记录证明", "無犯罪記錄證明", "Certificate of No Criminal Record"),
        (
            plain("purpose", "pu", "string", ("用途", "用途", "Purpose"), max_length=30),
            plain(
                "finding",
                "fd",
                "enum",
                ("查询结果", "查詢結果", "Finding"),
                choices=("no_record_found",),
            ),
        ),
        typical=("holder_name", "holder_code"),
    ),
    CertificateType(
        "passport",
        "001",
        EXIT_ENTRY,
        ("普通护照", "普通護照", "Ordinary Passport"),
        (BIRTH_DATE, PASSPORT_NUMBER, PHOTO),
        typical=("holder_name", "number"),
        holder_doc_types=("resident_id",),
    ),
    CertificateType(
        "hk_macao_travel_permit",
        "002",
        EXIT_ENTRY,
        (
            "往来港澳通行证",
            "往來港澳通行證",
            "Exit-Entry Permit for Travelling to and from Hong Kong and Macao",
        ),
        (BIRTH_DATE, PERMIT_NUMBER, ENDORSEMENT),
        typical=("holder_name", "number"),
        holder_doc_types=("resident_id",),
    ),
    CertificateType(
        "taiwan_travel_permit",
        "003",
        EXIT_ENTRY,
        ("往来台湾通行证", "往來台灣通行證", "Travel Permit to and from Taiwan"),
        (BIRTH_DATE, PERMIT_NUMBER, ENDORSEMENT),
        typical=("holder_name", "number"),
        holder_doc_types=("resident_id",),
    ),
    CertificateType(
        "hk_macao_resident_permit",
        "004",
        EXIT_ENTRY,
        (
            "港澳居民来往内地通行证",
            "港澳居民來往內地通行證",
            "Mainland Travel Permit for Hong Kong and Macao Residents",
        ),
        (
            BIRTH_DATE,
            plain(
                "home_region",
                "hr",
                "enum",
                ("居民类别", "居民類別", "Resident of"),
                choices=("HK", "MO"),
            ),
        ),
        typical=("holder_name", "age_over_18"),
        holder_doc_types=("hk_macao_permit",),
    ),
    CertificateType(
        "taiwan_resident_permit",
        "005",
        EXIT_ENTRY,
        (
            "台湾居民来往大陆通行证",
            "台灣居民來往大陸通行證",
            "Mainland Travel Permit for Taiwan Residents",
        ),
        (BIRTH_DATE,),
        typical=("holder_name", "age_over_18"),
        holder_doc_types=("taiwan_permit",),
    ),
    CertificateType(
        "foreign_permanent_id",
        "006",
        EXIT_ENTRY,
        (
            "外国人永久居留身份证",
            "外國人永久居留身份證",
            "Foreign Permanent Resident ID Card",
        ),
        (BIRTH_DATE, NATIONALITY, SEX),
        typical=("holder_name", "nationality"),
        holder_doc_types=("foreign_permanent_id",),
    ),
)
