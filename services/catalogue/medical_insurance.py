"""Medical insurance (医保) services: vouchers, transfers, treatment elsewhere, claims."""

from functools import partial

from services.catalogue import fields as f
from services.catalogue import materials as m
from services.catalogue.build import rule, service, t
from services.catalogue.fields import field, select

_item = partial(service, "medical_insurance")

VOUCHER = m.certificate("medical_insurance_voucher")
_INSURED = t(
    "参加广东省基本医疗保险的人员",
    "參加廣東省基本醫療保險的人員",
    "Members of Guangdong's basic medical insurance",
)

# Which scheme the voucher names; the resident knows it (employee or resident insurance).
_SCHEME = select(
    "scheme",
    t("参保类型", "參保類型", "Insurance scheme"),
    (
        ("employee", t("职工基本医疗保险", "職工基本醫療保險", "Employee medical insurance")),
        (
            "urban_rural_resident",
            t(
                "城乡居民基本医疗保险",
                "城鄉居民基本醫療保險",
                "Urban and rural residents' insurance",
            ),
        ),
    ),
)

ITEMS = (
    _item(
        1,
        name=t("医保电子凭证激活", "醫保電子憑證激活", "Activate your medical insurance e-voucher"),
        keywords=("医保码", "激活医保码", "医保电子凭证", "医保卡"),
        themes=("medical", "social_security"),
        conditions=(_INSURED,),
        materials=(m.ID_CARD,),
        form=(*f.APPLICANT, _SCHEME),
        legal_days=1,
        promised_days=0,
        instant=(
            rule("level_at_least", level="L3"),
            rule("lacks_certificate", certificate="medical_insurance_voucher"),
        ),
        min_level="L3",
        result="medical_insurance_voucher",
    ),
    _item(
        2,
        name=t(
            "基本医疗保险关系转移接续",
            "基本醫療保險關係轉移接續",
            "Transfer your medical insurance between provinces",
        ),
        keywords=("医保转移", "医保转入", "医保跨省转移"),
        themes=("medical", "social_security", "employment"),
        conditions=(
            t(
                "跨统筹地区流动就业，已在转入地参保",
                "跨統籌地區流動就業，已在轉入地參保",
                "Moved to work elsewhere and insured in the new place",
            ),
        ),
        materials=(m.ID_CARD,),
        form=(
            *f.APPLICANT,
            field("from_region", "region", t("转出地", "轉出地", "Transferring from")),
        ),
        legal_days=45,
        promised_days=15,
    ),
    _item(
        3,
        name=t("异地就医备案", "異地就醫備案", "Register for treatment in another province"),
        keywords=("异地就医", "跨省就医备案", "异地医保备案"),
        themes=("medical", "travel"),
        conditions=(
            _INSURED,
            t(
                "异地长期居住、工作、转诊就医或临时外出就医",
                "異地長期居住、工作、轉診就醫或臨時外出就醫",
                "Living or working elsewhere, referred there, or treated while away",
            ),
        ),
        materials=(VOUCHER,),
        form=(
            *f.APPLICANT,
            field(
                "destination_region", "region", t("就医地", "就醫地", "Where you will be treated")
            ),
            select(
                "filing_kind",
                t("备案类型", "備案類型", "Reason"),
                (
                    ("resident", t("异地长期居住", "異地長期居住", "Living there")),
                    ("worker", t("常驻异地工作", "常駐異地工作", "Working there")),
                    ("referral", t("转诊转院", "轉診轉院", "Referred")),
                    ("temporary", t("临时外出就医", "臨時外出就醫", "Treated while away")),
                ),
            ),
            field("from_date", "date", t("开始日期", "開始日期", "From")),
        ),
        legal_days=1,
        promised_days=0,
        instant=(rule("holds_certificate", certificate="medical_insurance_voucher"),),
    ),
    _item(
        4,
        item_type="benefit",
        name=t("生育津贴申领", "生育津貼申領", "Claim maternity allowance"),
        keywords=("生育津贴", "产假工资", "领生育津贴", "生育保险"),
        themes=("birth", "social_security"),
        conditions=(
            t(
                "用人单位为职工连续足额缴纳生育保险满12个月",
                "用人單位為職工連續足額繳納生育保險滿12個月",
                "Your employer paid maternity insurance in full for 12 months in a row",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.certificate("birth_medical_certificate"),
            m.MEDICAL_RECORDS,
        ),
        form=(
            *f.APPLICANT,
            field("birth_date_of_child", "date", t("分娩日期", "分娩日期", "Date of delivery")),
            f.BANK_NAME,
            f.BANK_ACCOUNT,
        ),
        legal_days=20,
        promised_days=10,
    ),
    _item(
        5,
        item_type="confirmation",
        name=t(
            "门诊特定病种待遇认定",
            "門診特定病種待遇認定",
            "Recognition of an outpatient chronic condition",
        ),
        keywords=("门特", "慢性病认定", "门慢", "特殊病种"),
        themes=("medical",),
        conditions=(
            _INSURED,
            t(
                "经定点医疗机构确诊患有门诊特定病种",
                "經定點醫療機構確診患有門診特定病種",
                "Diagnosed with a listed condition by an approved hospital",
            ),
        ),
        materials=(VOUCHER, m.MEDICAL_RECORDS),
        form=(
            *f.APPLICANT,
            field(
                "condition",
                "text",
                t("病种名称", "病種名稱", "Condition"),
                validation={"max_length": 40},
            ),
            field(
                "hospital",
                "text",
                t("确诊医院", "確診醫院", "Hospital that diagnosed it"),
                validation={"max_length": 80},
            ),
        ),
        legal_days=15,
        promised_days=5,
    ),
    _item(
        6,
        item_type="benefit",
        name=t("医疗费用零星报销", "醫療費用零星報銷", "Claim back medical costs"),
        keywords=("医保报销", "手工报销", "看病报销", "医药费报销"),
        themes=("medical",),
        conditions=(
            _INSURED,
            t(
                "因急诊、异地未备案等原因未能直接结算的医疗费用",
                "因急診、異地未備案等原因未能直接結算的醫療費用",
                "Costs that could not be settled directly, such as emergencies elsewhere",
            ),
        ),
        materials=(VOUCHER, m.MEDICAL_BILLS, m.MEDICAL_RECORDS, m.BANK_CARD),
        form=(
            *f.APPLICANT,
            field(
                "amount_fen",
                "number",
                t("医疗费用总额（分）", "醫療費用總額（分）", "Total costs (fen)"),
                validation={"min": 1, "max": 1_000_000_000},
            ),
            f.BANK_NAME,
            f.BANK_ACCOUNT,
        ),
        legal_days=30,
        promised_days=20,
    ),
    _item(
        7,
        name=t(
            "城乡居民基本医疗保险参保登记",
            "城鄉居民基本醫療保險參保登記",
            "Join the residents' medical insurance scheme",
        ),
        keywords=("新生儿参保", "居民医保参保", "学生医保", "办医保"),
        themes=("medical", "birth", "schooling"),
        conditions=(
            t(
                "不属于职工医保覆盖范围的广东省户籍或持居住证的居民，含新生儿和在校学生",
                "不屬於職工醫保覆蓋範圍的廣東省戶籍或持居住證的居民，含新生兒和在校學生",
                "Residents outside the employee scheme, including newborns and students",
            ),
        ),
        materials=(m.HOUSEHOLD_REGISTER, m.certificate("residence_permit", required=False)),
        form=(
            field(
                "insured_name",
                "text",
                t("参保人姓名", "參保人姓名", "Name of the person insured"),
                validation={"max_length": 40},
            ),
            field(
                "insured_id_number",
                "id_number",
                t("参保人证件号码", "參保人證件號碼", "ID number of the person insured"),
            ),
            *f.APPLICANT,
            f.HOUSEHOLD_REGION,
        ),
        legal_days=5,
        promised_days=1,
    ),
    _item(
        8,
        name=t(
            "职工医保个人账户家庭共济",
            "職工醫保個人賬戶家庭共濟",
            "Share your medical insurance account with family",
        ),
        keywords=("家庭共济", "医保共济", "医保给家人用"),
        themes=("medical",),
        conditions=(
            t(
                "职工医保参保人，将个人账户绑定配偶、父母、子女共同使用",
                "職工醫保參保人，將個人賬戶綁定配偶、父母、子女共同使用",
                "Employees linking their account to a spouse, parent or child",
            ),
        ),
        materials=(VOUCHER, m.HOUSEHOLD_REGISTER),
        form=(
            *f.APPLICANT,
            field(
                "relative_name",
                "text",
                t("共济人姓名", "共濟人姓名", "Relative's name"),
                validation={"max_length": 40},
            ),
            field(
                "relative_id_number",
                "id_number",
                t("共济人证件号码", "共濟人證件號碼", "Relative's ID number"),
            ),
            select("relation", t("关系", "關係", "Relation"), f.RELATION_OPTIONS[:4]),
        ),
        legal_days=1,
        promised_days=0,
        instant=(
            rule("holds_certificate", certificate="medical_insurance_voucher"),
            rule("level_at_least", level="L3"),
        ),
        min_level="L3",
    ),
    _item(
        9,
        name=t(
            "参保缴费凭证打印",
            "參保繳費憑證打印",
            "Print proof of medical insurance contributions",
        ),
        keywords=("医保证明", "医保缴费记录", "医保参保证明"),
        themes=("medical", "social_security"),
        conditions=(_INSURED,),
        materials=(m.ID_CARD,),
        form=(*f.APPLICANT,),
        legal_days=1,
        promised_days=0,
        instant=(rule("level_at_least", level="L2"),),
    ),
)
