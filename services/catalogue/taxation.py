"""Personal tax and contribution services of the provincial tax service (税务)."""

from functools import partial

from services.catalogue import fields as f
from services.catalogue import materials as m
from services.catalogue.build import rule, service, t
from services.catalogue.fields import field, select

_item = partial(service, "taxation")

TAX_YEAR = field(
    "tax_year",
    "number",
    t("纳税年度", "納稅年度", "Tax year"),
    validation={"min": 2019, "max": 2100},
)
_TAXPAYER = t(
    "在广东省办理纳税申报的自然人纳税人",
    "在廣東省辦理納稅申報的自然人納稅人",
    "Individual taxpayers filing in Guangdong",
)

ITEMS = (
    _item(
        1,
        item_type="other_power",
        name=t(
            "个人所得税综合所得年度汇算",
            "個人所得稅綜合所得年度匯算",
            "Annual individual income tax reconciliation",
        ),
        keywords=("个税汇算", "个税退税", "退税", "年度汇算"),
        themes=("tax", "employment"),
        conditions=(
            _TAXPAYER,
            t(
                "次年3月1日至6月30日内办理",
                "次年3月1日至6月30日內辦理",
                "Between 1 March and 30 June of the following year",
            ),
        ),
        materials=(m.ID_CARD, m.BANK_CARD),
        form=(*f.APPLICANT, TAX_YEAR, f.BANK_NAME, f.BANK_ACCOUNT),
        legal_days=20,
        promised_days=10,
    ),
    _item(
        2,
        item_type="other_power",
        name=t(
            "个人所得税专项附加扣除填报",
            "個人所得稅專項附加扣除填報",
            "Claim special additional income tax deductions",
        ),
        keywords=("专项附加扣除", "个税扣除", "子女教育扣除", "房贷扣除"),
        themes=("tax",),
        conditions=(_TAXPAYER,),
        materials=(m.ID_CARD,),
        form=(
            *f.APPLICANT,
            TAX_YEAR,
            select(
                "deduction",
                t("扣除项目", "扣除項目", "Deduction"),
                (
                    ("children_education", t("子女教育", "子女教育", "Children's education")),
                    ("continuing_education", t("继续教育", "繼續教育", "Further education")),
                    (
                        "housing_loan_interest",
                        t("住房贷款利息", "住房貸款利息", "Home loan interest"),
                    ),
                    ("housing_rent", t("住房租金", "住房租金", "Rent")),
                    ("elderly_support", t("赡养老人", "贍養老人", "Supporting parents")),
                    (
                        "infant_care",
                        t("3岁以下婴幼儿照护", "3歲以下嬰幼兒照護", "Care of a child under 3"),
                    ),
                ),
            ),
        ),
        legal_days=1,
        promised_days=0,
        instant=(rule("level_at_least", level="L2"),),
    ),
    _item(
        3,
        item_type="public_service",
        name=t(
            "开具个人税收完税证明", "開具個人稅收完稅證明", "Certificate of individual tax paid"
        ),
        keywords=("完税证明", "纳税证明", "个税证明", "纳税记录"),
        themes=("tax", "home_buying", "schooling"),
        conditions=(_TAXPAYER,),
        materials=(m.ID_CARD,),
        form=(
            *f.APPLICANT,
            field("from_month", "date", t("起始月份", "起始月份", "From")),
            field("to_month", "date", t("截止月份", "截止月份", "To")),
        ),
        legal_days=1,
        promised_days=0,
        result="tax_payment_certificate",
        result_values={"tax_kind": "individual_income"},
    ),
    _item(
        4,
        item_type="public_service",
        name=t(
            "自然人代开增值税发票",
            "自然人代開增值稅發票",
            "Have an invoice issued for your freelance income",
        ),
        keywords=("代开发票", "个人开发票", "劳务费发票"),
        themes=("tax", "employment"),
        conditions=(
            t(
                "取得劳务报酬等应税收入的自然人",
                "取得勞務報酬等應稅收入的自然人",
                "Individuals with taxable income such as service fees",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.upload("service_contract", t("劳务合同或协议", "勞務合同或協議", "Service contract")),
        ),
        form=(
            *f.APPLICANT,
            field(
                "buyer_name",
                "text",
                t("付款方名称", "付款方名稱", "Payer's name"),
                validation={"max_length": 80},
            ),
            field(
                "amount_fen",
                "number",
                t("开票金额（分）", "開票金額（分）", "Invoice amount (fen)"),
                validation={"min": 1, "max": 1_000_000_000},
            ),
        ),
        legal_days=1,
        promised_days=1,
    ),
    _item(
        5,
        item_type="levy",
        name=t("车辆购置税申报", "車輛購置稅申報", "File vehicle purchase tax"),
        keywords=("购置税", "买车交税", "车辆购置税"),
        themes=("tax", "vehicles"),
        objects=("natural_person", "legal_person"),
        conditions=(
            t(
                "购买、进口或受赠应税车辆，自取得之日起60日内申报",
                "購買、進口或受贈應稅車輛，自取得之日起60日內申報",
                "Bought, imported or received a taxable vehicle; file within 60 days",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.upload(
                "purchase_invoice",
                t("机动车销售统一发票", "機動車銷售統一發票", "New-car sale invoice"),
            ),
        ),
        form=(
            *f.APPLICANT,
            field(
                "vin",
                "text",
                t("车辆识别代号", "車輛識別代號", "Vehicle identification number"),
                validation={"pattern": "^[A-HJ-NPR-Z0-9]{17}$"},
            ),
        ),
        legal_days=1,
        promised_days=0,
        instant=(rule("level_at_least", level="L2"), rule("no_open_case")),
    ),
    _item(
        6,
        item_type="levy",
        name=t("契税申报", "契稅申報", "File deed tax on a home"),
        keywords=("契税", "买房交税", "房屋契税"),
        themes=("tax", "home_buying", "property"),
        conditions=(
            t(
                "承受土地、房屋权属转移的单位和个人",
                "承受土地、房屋權屬轉移的單位和個人",
                "Buyers taking over land or a home",
            ),
        ),
        materials=(m.ID_CARD, m.PURCHASE_CONTRACT),
        form=(
            *f.APPLICANT,
            field(
                "property_address",
                "text",
                t("房屋坐落", "房屋坐落", "Property address"),
                validation={"max_length": 120},
            ),
            field(
                "price_fen",
                "number",
                t("成交价格（分）", "成交價格（分）", "Price (fen)"),
                validation={"min": 1, "max": 100_000_000_000},
            ),
        ),
        legal_days=5,
        promised_days=1,
        objects=("natural_person", "legal_person"),
    ),
    _item(
        7,
        item_type="levy",
        name=t(
            "城乡居民医疗保险费缴纳",
            "城鄉居民醫療保險費繳納",
            "Pay the residents' medical insurance contribution",
        ),
        keywords=("医保缴费", "交医保", "居民医保缴费", "城乡医保"),
        themes=("tax", "medical", "social_security"),
        conditions=(
            t(
                "已参加广东省城乡居民基本医疗保险的人员，在集中缴费期内缴纳",
                "已參加廣東省城鄉居民基本醫療保險的人員，在集中繳費期內繳納",
                "Members of Guangdong's residents' scheme, during the payment period",
            ),
        ),
        materials=(m.ID_CARD,),
        form=(
            *f.APPLICANT,
            TAX_YEAR,
            f.HOUSEHOLD_REGION,
        ),
        legal_days=1,
        promised_days=0,
        instant=(rule("level_at_least", level="L2"),),
    ),
    _item(
        8,
        item_type="levy",
        name=t(
            "城乡居民养老保险费缴纳",
            "城鄉居民養老保險費繳納",
            "Pay the residents' pension contribution",
        ),
        keywords=("养老保险缴费", "交养老保险", "城乡养老缴费"),
        themes=("tax", "social_security", "elderly"),
        conditions=(
            t(
                "已参加广东省城乡居民基本养老保险的人员",
                "已參加廣東省城鄉居民基本養老保險的人員",
                "Members of Guangdong's residents' pension scheme",
            ),
        ),
        materials=(m.ID_CARD,),
        form=(
            *f.APPLICANT,
            TAX_YEAR,
            select(
                "contribution_band",
                t("缴费档次", "繳費檔次", "Contribution band"),
                (
                    ("180", t("每年180元", "每年180元", "180 yuan a year")),
                    ("600", t("每年600元", "每年600元", "600 yuan a year")),
                    ("1200", t("每年1200元", "每年1200元", "1,200 yuan a year")),
                    ("3600", t("每年3600元", "每年3600元", "3,600 yuan a year")),
                ),
            ),
        ),
        legal_days=1,
        promised_days=0,
        instant=(rule("level_at_least", level="L2"),),
    ),
)
