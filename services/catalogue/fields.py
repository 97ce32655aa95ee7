"""Form fields (表单字段): what the front end renders and what pre-fill may fill.

A field: name, type, three-language label, required, prefill source (`profile.<field>`,
`cert.<slug>.<field>` or None), validation, and options for a select.
"""

from services.catalogue.build import t

# Field type → the validation keys it understands.
FIELD_TYPES = {
    "text": ("pattern", "min_length", "max_length"),
    "textarea": ("min_length", "max_length"),
    "number": ("min", "max"),
    "date": ("min", "max"),
    "phone": (),
    "email": (),
    "id_number": (),
    "region": ("prefix",),
    "select": (),
    "boolean": (),
}


def field(name, field_type, label, *, required=True, prefill=None, validation=None, options=None):
    """Return one form field."""
    entry = {
        "name": name,
        "type": field_type,
        "label": label,
        "required": required,
        "prefill": prefill,
        "validation": dict(validation or {}),
    }
    if options is not None:
        entry["options"] = [{"value": value, "label": text} for value, text in options]
    return entry


def select(name, label, options, *, required=True, prefill=None):
    """Return a select field from (value, label) pairs."""
    return field(name, "select", label, required=required, prefill=prefill, options=options)


APPLICANT_NAME = field(
    "applicant_name",
    "text",
    t("申请人姓名", "申請人姓名", "Applicant's name"),
    prefill="profile.name",
    validation={"max_length": 40},
)
ID_NUMBER = field(
    "id_number", "id_number", t("证件号码", "證件號碼", "ID number"), prefill="profile.doc_number"
)
PHONE = field("phone", "phone", t("联系电话", "聯絡電話", "Phone number"), prefill="profile.phone")
APPLICANT = (APPLICANT_NAME, ID_NUMBER, PHONE)

CONTACT_ADDRESS = field(
    "contact_address",
    "text",
    t("联系地址", "聯絡地址", "Contact address"),
    prefill="profile.address",
    validation={"max_length": 120},
)
DELIVERY_ADDRESS = field(
    "delivery_address",
    "text",
    t("证件邮寄地址", "證件郵寄地址", "Address to post the result to"),
    prefill="profile.address",
    validation={"max_length": 120},
)
RESIDENCE_REGION = field(
    "residence_region",
    "region",
    t("居住地区", "居住地區", "Area you live in"),
    prefill="profile.region",
    validation={"prefix": "44"},
)
HOUSEHOLD_REGION = field(
    "household_region",
    "region",
    t("户籍所在地", "戶籍所在地", "Place of household registration"),
    prefill="cert.household_register.region",
)
BANK_ACCOUNT = field(
    "bank_account",
    "text",
    t("收款银行账号", "收款銀行賬號", "Bank account to pay into"),
    prefill="cert.social_security_card.bank_account",
    validation={"pattern": "^[0-9]{12,19}$"},
)
BANK_NAME = field(
    "bank_name",
    "text",
    t("开户银行", "開戶銀行", "Bank"),
    prefill="cert.social_security_card.bank",
    validation={"max_length": 40},
)
REASON = field(
    "reason",
    "textarea",
    t("申请事由", "申請事由", "Reason for applying"),
    validation={"max_length": 500},
)
EMAIL = field(
    "email", "email", t("电子邮箱", "電郵地址", "Email"), required=False, prefill="profile.email"
)
DELIVERY_METHOD = select(
    "delivery_method",
    t("领取方式", "領取方式", "How to receive the result"),
    (
        ("express", t("快递邮寄", "速遞郵寄", "By courier")),
        ("pickup", t("窗口领取", "窗口領取", "Collect at the counter")),
    ),
)
OPTIONAL_DELIVERY_ADDRESS = {**DELIVERY_ADDRESS, "required": False}
GENDER_OPTIONS = (
    ("male", t("男", "男", "Male")),
    ("female", t("女", "女", "Female")),
)
RELATION_OPTIONS = (
    ("father", t("父亲", "父親", "Father")),
    ("mother", t("母亲", "母親", "Mother")),
    ("spouse", t("配偶", "配偶", "Spouse")),
    ("child", t("子女", "子女", "Child")),
    ("other", t("其他亲属", "其他親屬", "Other relative")),
)
