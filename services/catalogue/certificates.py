"""The certificate types services may name, and the fields forms may read from them.

Slugs and issuers follow the e-certificate catalogue (the ecert engine owns it). Every
certificate has the GB/T 36903 metadata fields below; a type adds the data items that
forms pre-fill from (`cert.<slug>.<field>`). Dates are ISO 8601 days.
"""

from services.catalogue.build import t

COMMON_FIELDS = ("holder_name", "holder_code", "number", "issuer", "issued_on", "valid_until")

# slug: (names, type-specific fields)
CERTIFICATE_TYPES = {
    "resident_id_card": (
        t("居民身份证", "居民身份證", "Resident identity card"),
        ("gender", "birth_date", "address"),
    ),
    "household_register": (
        t("居民户口簿", "居民戶口簿", "Household register"),
        ("household_number", "head_name", "relation_to_head", "address", "region"),
    ),
    "residence_permit": (
        t("广东省居住证", "廣東省居住證", "Guangdong residence permit"),
        ("address", "region"),
    ),
    "hmt_residence_permit": (
        t(
            "港澳台居民居住证",
            "港澳台居民居住證",
            "Residence permit for HK, Macao and Taiwan residents",
        ),
        ("address", "region"),
    ),
    "no_criminal_record": (
        t("无犯罪记录证明", "無犯罪記錄證明", "Certificate of no criminal record"),
        ("purpose",),
    ),
    "driving_licence": (
        t("机动车驾驶证", "機動車駕駛證", "Driving licence"),
        ("licence_class", "first_issued_on", "address"),
    ),
    "vehicle_licence": (
        t("机动车行驶证", "機動車行駛證", "Vehicle licence"),
        ("plate_number", "vehicle_type", "vin", "registered_on", "inspection_due"),
    ),
    "vehicle_registration": (
        t("机动车登记证书", "機動車登記證書", "Vehicle registration certificate"),
        ("plate_number", "vin", "registered_on"),
    ),
    "passport": (t("普通护照", "普通護照", "Passport"), ("gender", "birth_date")),
    "hk_macao_travel_permit": (
        t("往来港澳通行证", "往來港澳通行證", "Exit-entry permit for travel to HK and Macao"),
        ("endorsement_until",),
    ),
    "taiwan_travel_permit": (
        t("往来台湾通行证", "往來台灣通行證", "Travel permit to Taiwan"),
        ("endorsement_until",),
    ),
    "hk_macao_resident_permit": (
        t(
            "港澳居民来往内地通行证",
            "港澳居民來往內地通行證",
            "Mainland travel permit for HK and Macao residents",
        ),
        ("gender", "birth_date"),
    ),
    "taiwan_resident_permit": (
        t(
            "台湾居民来往大陆通行证",
            "台灣居民來往大陸通行證",
            "Mainland travel permit for Taiwan residents",
        ),
        ("gender", "birth_date"),
    ),
    "foreign_permanent_id": (
        t("外国人永久居留身份证", "外國人永久居留身份證", "Foreign permanent resident ID card"),
        ("nationality", "gender", "birth_date"),
    ),
    "marriage_certificate": (
        t("结婚证", "結婚證", "Marriage certificate"),
        ("spouse_name", "spouse_code", "registered_on"),
    ),
    "divorce_certificate": (
        t("离婚证", "離婚證", "Divorce certificate"),
        ("former_spouse_name", "registered_on"),
    ),
    "minimum_living_allowance": (
        t("最低生活保障证", "最低生活保障證", "Minimum living allowance certificate"),
        ("household_size", "monthly_amount_fen"),
    ),
    "elderly_preferential_card": (
        t("老年人优待证", "老年人優待證", "Senior citizen card"),
        ("birth_date",),
    ),
    "birth_medical_certificate": (
        t("出生医学证明", "出生醫學證明", "Medical certificate of birth"),
        ("child_name", "child_gender", "born_on", "birthplace", "mother_name", "father_name"),
    ),
    "vaccination_certificate": (
        t("预防接种证", "預防接種證", "Vaccination certificate"),
        ("child_name", "born_on"),
    ),
    "physician_licence": (
        t("医师执业证书", "醫師執業證書", "Physician practising certificate"),
        ("practice_category", "practice_scope", "workplace"),
    ),
    "nurse_licence": (
        t("护士执业证书", "護士執業證書", "Nurse practising certificate"),
        ("workplace",),
    ),
    "social_security_card": (
        t("社会保障卡", "社會保障卡", "Social security card"),
        ("card_number", "bank", "bank_account"),
    ),
    "employment_registration": (
        t("就业创业证", "就業創業證", "Employment and entrepreneurship certificate"),
        ("employment_status", "employer"),
    ),
    "vocational_skill_certificate": (
        t("职业技能等级证书", "職業技能等級證書", "Vocational skill level certificate"),
        ("occupation", "skill_level"),
    ),
    "retirement_certificate": (
        t("退休证", "退休證", "Retirement certificate"),
        ("retired_on", "former_employer"),
    ),
    "graduation_certificate": (
        t("毕业证书", "畢業證書", "Graduation certificate"),
        ("school", "major", "education_level", "graduated_on"),
    ),
    "teacher_qualification": (
        t("教师资格证书", "教師資格證書", "Teacher qualification certificate"),
        ("school_level", "subject"),
    ),
    "degree_certificate": (
        t("学位证书", "學位證書", "Degree certificate"),
        ("school", "degree", "awarded_on"),
    ),
    "real_estate_certificate": (
        t("不动产权证书", "不動產權證書", "Real estate title certificate"),
        ("unit_number", "property_address", "area_m2", "use", "ownership_share"),
    ),
    "individual_business_licence": (
        t("个体工商户营业执照", "個體工商戶營業執照", "Individual business licence"),
        ("business_name", "credit_code", "operator", "business_address", "business_scope"),
    ),
    "medical_insurance_voucher": (
        t("医保电子凭证", "醫保電子憑證", "Medical insurance e-voucher"),
        ("insured_region", "insurance_kind"),
    ),
    "disability_certificate": (
        t("中华人民共和国残疾人证", "中華人民共和國殘疾人證", "Disability certificate"),
        ("disability_kind", "disability_grade", "guardian_name"),
    ),
    "veteran_preferential_card": (
        t("退役军人优待证", "退役軍人優待證", "Veteran preferential card"),
        ("discharged_on",),
    ),
    "housing_fund_deposit_certificate": (
        t("住房公积金缴存证明", "住房公積金繳存證明", "Housing provident fund deposit certificate"),
        ("account_number", "employer", "monthly_deposit_fen", "balance_fen"),
    ),
    "tax_payment_certificate": (
        t("税收完税证明", "稅收完稅證明", "Tax payment certificate"),
        ("tax_period", "tax_paid_fen"),
    ),
    "road_transport_qualification": (
        t(
            "道路运输从业人员从业资格证",
            "道路運輸從業人員從業資格證",
            "Road transport qualification",
        ),
        ("qualification_kind",),
    ),
    "lawyer_licence": (
        t("律师执业证", "律師執業證", "Lawyer practising certificate"),
        ("law_firm",),
    ),
}


def certificate_name(slug: str) -> dict:
    """Return the three-language name of a certificate type."""
    return CERTIFICATE_TYPES[slug][0]


def certificate_fields(slug: str) -> tuple[str, ...]:
    """Return every field a form may read from a certificate of this type."""
    return COMMON_FIELDS + CERTIFICATE_TYPES[slug][1]
