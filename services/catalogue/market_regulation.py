"""Business registration, food licences and consumer complaints (市场监管)."""

from functools import partial

from services.catalogue import fields as f
from services.catalogue import materials as m
from services.catalogue.build import rule, service, t
from services.catalogue.fields import field

_item = partial(service, "market_regulation", item_type="licensing")

BUSINESS_NAME = field(
    "business_name",
    "text",
    t("字号名称", "字號名稱", "Business name"),
    prefill="cert.individual_business_licence.business_name",
    validation={"max_length": 40},
)
BUSINESS_ADDRESS = field(
    "business_address",
    "text",
    t("经营场所", "經營場所", "Business premises"),
    prefill="cert.individual_business_licence.business_address",
    validation={"max_length": 60},
)
CREDIT_CODE = field(
    "credit_code",
    "text",
    t("统一社会信用代码", "統一社會信用代碼", "Unified social credit code"),
    prefill="cert.individual_business_licence.credit_code",
    validation={"pattern": "^[0-9A-HJ-NPQRTUWXY]{18}$"},
)
BUSINESS_LICENCE = m.certificate("individual_business_licence")
PREMISES = m.upload(
    "premises_proof",
    t("经营场所使用证明", "經營場所使用證明", "Proof you may use the premises"),
)
_SOLE_TRADER = t(
    "有经营能力的自然人，以个人或家庭经营",
    "有經營能力的自然人，以個人或家庭經營",
    "Individuals able to run a business, alone or as a family",
)

ITEMS = (
    _item(
        1,
        sub=1,
        name=t("个体工商户设立登记", "個體工商戶設立登記", "Register as an individual business"),
        keywords=("个体户注册", "办营业执照", "开店", "个体户营业执照", "注册个体户"),
        themes=("business",),
        conditions=(_SOLE_TRADER,),
        materials=(m.ID_CARD, PREMISES),
        form=(
            *f.APPLICANT,
            field(
                "business_name",
                "text",
                t("字号名称", "字號名稱", "Business name"),
                validation={"max_length": 40},
            ),
            field(
                "business_address",
                "text",
                t("经营场所", "經營場所", "Business premises"),
                validation={"max_length": 60},
            ),
            field(
                "business_scope",
                "textarea",
                t("经营范围", "經營範圍", "What the business does"),
                validation={"max_length": 60},
            ),
        ),
        legal_days=15,
        promised_days=1,
        instant=(
            rule("age_between", min=18),
            rule("level_at_least", level="L2"),
            rule("lacks_certificate", certificate="individual_business_licence"),
        ),
        delivery=("electronic", "express"),
        result="individual_business_licence",
        result_sources={"premises": "form.business_address", "scope": "form.business_scope"},
    ),
    _item(
        1,
        sub=2,
        name=t(
            "个体工商户变更登记", "個體工商戶變更登記", "Change an individual business's details"
        ),
        keywords=("个体户变更", "营业执照变更", "个体户改地址"),
        themes=("business",),
        conditions=(
            t(
                "个体工商户名称、经营场所、经营范围等登记事项发生变化",
                "個體工商戶名稱、經營場所、經營範圍等登記事項發生變化",
                "The name, premises or scope of the business has changed",
            ),
        ),
        materials=(BUSINESS_LICENCE, PREMISES),
        form=(*f.APPLICANT, CREDIT_CODE, BUSINESS_NAME, BUSINESS_ADDRESS),
        legal_days=15,
        promised_days=1,
        instant=(
            rule("holds_certificate", certificate="individual_business_licence"),
            rule("no_open_case"),
        ),
        delivery=("electronic", "express"),
        result="individual_business_licence",
        result_sources={
            "business_credit_code": "cert.individual_business_licence.business_credit_code",
            "premises": "form.business_address",
            "scope": "cert.individual_business_licence.scope",
        },
        result_match={"individual_business_licence": {"business_credit_code": "credit_code"}},
    ),
    _item(
        1,
        sub=3,
        name=t("个体工商户注销登记", "個體工商戶註銷登記", "Close an individual business"),
        keywords=("个体户注销", "注销营业执照", "关店"),
        themes=("business",),
        conditions=(
            t(
                "个体工商户不再从事经营活动，已结清税款",
                "個體工商戶不再從事經營活動，已結清稅款",
                "The business has stopped trading and settled its taxes",
            ),
        ),
        materials=(BUSINESS_LICENCE,),
        form=(*f.APPLICANT, CREDIT_CODE, BUSINESS_NAME),
        legal_days=15,
        promised_days=1,
    ),
    _item(
        2,
        name=t(
            "有限责任公司设立登记",
            "有限責任公司設立登記",
            "Register a limited liability company",
        ),
        keywords=("开公司", "注册公司", "公司注册", "企业开办"),
        themes=("business",),
        objects=("legal_person",),
        conditions=(
            t(
                "有符合规定的公司名称、住所、章程和股东",
                "有符合規定的公司名稱、住所、章程和股東",
                "A lawful name, address, articles of association and shareholders",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.upload("articles", t("公司章程", "公司章程", "Articles of association")),
            PREMISES,
            m.upload(
                "shareholder_ids",
                t("股东身份证明", "股東身份證明", "Shareholders' identity documents"),
                max_files=20,
            ),
        ),
        form=(
            *f.APPLICANT,
            field(
                "company_name",
                "text",
                t("企业名称", "企業名稱", "Company name"),
                validation={"max_length": 80},
            ),
            field(
                "registered_capital_fen",
                "number",
                t("注册资本（分）", "註冊資本（分）", "Registered capital (fen)"),
                validation={"min": 1, "max": 10_000_000_000_000},
            ),
            field(
                "business_address",
                "text",
                t("住所", "住所", "Registered address"),
                validation={"max_length": 120},
            ),
        ),
        legal_days=15,
        promised_days=1,
        delivery=("electronic", "express"),
    ),
    _item(
        3,
        name=t("食品经营许可", "食品經營許可", "Food business licence"),
        keywords=("食品经营许可证", "开餐馆", "餐饮许可证", "小餐饮"),
        themes=("business",),
        objects=("natural_person", "legal_person"),
        conditions=(
            t(
                "持有营业执照，具有与经营的食品品种、数量相适应的场所和设备",
                "持有營業執照，具有與經營的食品品種、數量相適應的場所和設備",
                "A business licence and premises and equipment fit for the food you sell",
            ),
        ),
        materials=(
            BUSINESS_LICENCE,
            m.upload(
                "premises_layout",
                t("经营场所平面布局图", "經營場所平面佈局圖", "Floor plan of the premises"),
            ),
            m.upload(
                "food_safety_rules",
                t("食品安全管理制度", "食品安全管理制度", "Food safety procedures"),
            ),
        ),
        form=(*f.APPLICANT, CREDIT_CODE, BUSINESS_NAME, BUSINESS_ADDRESS),
        legal_days=20,
        promised_days=10,
        delivery=("electronic",),
    ),
    _item(
        4,
        item_type="public_service",
        name=t(
            "个体工商户年度报告", "個體工商戶年度報告", "Annual report of an individual business"
        ),
        keywords=("个体户年报", "工商年报", "年报"),
        themes=("business",),
        conditions=(
            t(
                "上一年度已登记的个体工商户，每年1月1日至6月30日报送",
                "上一年度已登記的個體工商戶，每年1月1日至6月30日報送",
                "Businesses registered last year, between 1 January and 30 June",
            ),
        ),
        materials=(BUSINESS_LICENCE,),
        form=(
            *f.APPLICANT,
            CREDIT_CODE,
            field(
                "turnover_fen",
                "number",
                t("营业额（分）", "營業額（分）", "Turnover (fen)"),
                validation={"min": 0, "max": 100_000_000_000},
            ),
        ),
        legal_days=1,
        promised_days=0,
        instant=(rule("holds_certificate", certificate="individual_business_licence"),),
    ),
    _item(
        5,
        item_type="public_service",
        name=t("消费投诉", "消費投訴", "Make a consumer complaint"),
        keywords=("12315", "投诉商家", "消费维权", "退货纠纷"),
        themes=("legal",),
        conditions=(
            t(
                "消费者因购买商品或接受服务与经营者发生消费者权益争议",
                "消費者因購買商品或接受服務與經營者發生消費者權益爭議",
                "A dispute with a seller over goods or a service you bought",
            ),
        ),
        materials=(
            m.upload(
                "purchase_proof",
                t("购物凭证或服务单据", "購物憑證或服務單據", "Receipt or proof of purchase"),
                required=False,
            ),
        ),
        form=(
            *f.APPLICANT,
            field(
                "seller",
                "text",
                t("被投诉经营者", "被投訴經營者", "Seller complained about"),
                validation={"max_length": 80},
            ),
            field(
                "complaint",
                "textarea",
                t("投诉内容", "投訴內容", "What happened"),
                validation={"min_length": 10, "max_length": 1000},
            ),
        ),
        legal_days=7,
        promised_days=5,
        min_level="L1",
    ),
    _item(
        6,
        item_type="public_service",
        name=t("企业名称自主申报", "企業名稱自主申報", "Reserve a company name"),
        keywords=("核名", "公司起名", "名称预先核准", "查名字"),
        themes=("business",),
        objects=("natural_person", "legal_person"),
        conditions=(
            t(
                "拟设立企业的投资人",
                "擬設立企業的投資人",
                "Investors about to set up a company",
            ),
        ),
        materials=(m.ID_CARD,),
        form=(
            *f.APPLICANT,
            field(
                "company_name",
                "text",
                t("拟申报名称", "擬申報名稱", "Name you want"),
                validation={"max_length": 80},
            ),
        ),
        legal_days=1,
        promised_days=0,
        instant=(rule("level_at_least", level="L2"),),
    ),
)
