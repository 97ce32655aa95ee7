"""Property, business, insurance, benefit and tax certificates."""

from core.departments import BY_SLUG
from ecert.catalogue.fields import PHOTO, certificate_number, issue_date, personal, plain
from ecert.catalogue.schema import CertificateType

TYPES = (
    CertificateType(
        "real_estate_certificate",
        "001",
        BY_SLUG["natural_resources"],
        ("不动产权证书", "不動產權證書", "Real Estate Title Certificate"),
        (
            certificate_number(("不动产权证号", "不動產權證號", "Title number")),
            personal("location", "lc", "string", ("坐落", "坐落", "Location"), max_length=60),
            plain(
                "floor_area_m2", "fa", "decimal", ("面积（㎡）", "面積（㎡）", "Floor area (m²)")
            ),
            plain(
                "land_use",
                "lu",
                "enum",
                ("用途", "用途", "Use"),
                choices=("residential", "commercial", "industrial", "other"),
            ),
            issue_date(("登簿日期", "登簿日期", "Date registered")),
        ),
        typical=("holder_name", "number"),
    ),
    CertificateType(
        "individual_business_licence",
        "001",
        BY_SLUG["market_regulation"],
        ("个体工商户营业执照", "個體工商戶營業執照", "Individual Business Licence"),
        (
            # A business's registration is public (national enterprise credit register).
            plain(
                "business_credit_code",
                "uc",
                "string",
                ("统一社会信用代码", "統一社會信用代碼", "Unified social credit code"),
                max_length=18,
            ),
            plain(
                "business_name", "bn", "string", ("名称", "名稱", "Business name"), max_length=40
            ),
            plain("premises", "pr", "string", ("经营场所", "經營場所", "Premises"), max_length=60),
            plain("scope", "sp", "string", ("经营范围", "經營範圍", "Scope"), max_length=60),
            issue_date(("注册日期", "註冊日期", "Date registered")),
        ),
        typical=("holder_name",),
    ),
    CertificateType(
        "medical_insurance_voucher",
        "001",
        BY_SLUG["medical_insurance"],
        ("医保电子凭证", "醫保電子憑證", "Medical Insurance e-Voucher"),
        (
            certificate_number(("医保编号", "醫保編號", "Insurance number")),
            plain(
                "scheme",
                "sm",
                "enum",
                ("参保类型", "參保類型", "Scheme"),
                choices=("employee", "urban_rural_resident"),
            ),
            plain("insured_in", "ii", "area", ("参保地", "參保地", "Insured in")),
        ),
        typical=("holder_name", "number"),
    ),
    CertificateType(
        "disability_certificate",
        "001",
        BY_SLUG["disabled_federation"],
        ("中华人民共和国残疾人证", "中華人民共和國殘疾人證", "Disability Certificate of the PRC"),
        (
            # Disability category and grade are health data: disclosed only by choice.
            personal(
                "disability_category",
                "dk",
                "enum",
                ("残疾类别", "殘疾類別", "Category"),
                choices=(
                    "visual",
                    "hearing",
                    "speech",
                    "physical",
                    "intellectual",
                    "mental",
                    "multiple",
                ),
            ),
            personal(
                "disability_grade",
                "dg",
                "enum",
                ("残疾等级", "殘疾等級", "Grade"),
                choices=("1", "2", "3", "4"),
            ),
            PHOTO,
        ),
        typical=("holder_name", "holder_code"),
    ),
    CertificateType(
        "veteran_preferential_card",
        "001",
        BY_SLUG["veterans_affairs"],
        ("退役军人优待证", "退役軍人優待證", "Veteran Preferential Card"),
        (
            certificate_number(("卡号", "卡號", "Card number")),
            PHOTO,
            plain(
                "card_kind",
                "ck",
                "enum",
                ("持证类别", "持證類別", "Card for"),
                choices=("veteran", "martyr_family", "serviceman_family"),
            ),
        ),
        typical=("holder_name", "number"),
    ),
    CertificateType(
        "housing_fund_deposit_certificate",
        "001",
        BY_SLUG["housing_fund"],
        ("住房公积金缴存证明", "住房公積金繳存證明", "Housing Provident Fund Deposit Certificate"),
        (
            certificate_number(("个人账号", "個人賬號", "Account number")),
            personal(
                "employer", "em", "string", ("缴存单位", "繳存單位", "Employer"), max_length=40
            ),
            personal(
                "monthly_deposit_fen",
                "md",
                "integer",
                ("月缴存额（分）", "月繳存額（分）", "Monthly deposit (fen)"),
            ),
            plain("deposit_since", "dsn", "date", ("初缴日期", "初繳日期", "Depositing since")),
        ),
        typical=("holder_name", "monthly_deposit_fen"),
    ),
    CertificateType(
        "tax_payment_certificate",
        "001",
        BY_SLUG["taxation"],
        ("税收完税证明", "稅收完稅證明", "Tax Payment Certificate"),
        (
            certificate_number(("证明号码", "證明號碼", "Certificate number"), personal_=False),
            personal(
                "amount_fen",
                "am",
                "integer",
                ("实缴税额（分）", "實繳稅額（分）", "Tax paid (fen)"),
            ),
            plain(
                "tax_kind",
                "tk",
                "enum",
                ("税种", "稅種", "Tax"),
                choices=("individual_income", "property", "vehicle_vessel", "other"),
            ),
            plain("period", "pd", "string", ("所属期间", "所屬期間", "Period"), max_length=23),
        ),
        typical=("holder_name", "amount_fen"),
    ),
)
