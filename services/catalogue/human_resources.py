"""Social security cards, pensions, unemployment and employment services (人社)."""

from functools import partial

from services.catalogue import fields as f
from services.catalogue import materials as m
from services.catalogue.build import rule, service, t
from services.catalogue.fields import field, select

_item = partial(service, "human_resources")

SOCIAL_SECURITY_CARD = m.certificate("social_security_card")
_INSURED = t(
    "在广东省参加社会保险的人员",
    "在廣東省參加社會保險的人員",
    "Insured under Guangdong's social insurance",
)
_EMPLOYER = field(
    "employer",
    "text",
    t("工作单位", "工作單位", "Employer"),
    validation={"max_length": 80},
)

ITEMS = (
    _item(
        1,
        sub=1,
        name=t("社会保障卡申领", "社會保障卡申領", "Apply for a social security card"),
        keywords=("社保卡", "办社保卡", "申请社保卡", "第三代社保卡"),
        themes=("social_security", "employment", "medical"),
        conditions=(
            _INSURED,
            t(
                "尚未持有广东省有效社会保障卡",
                "尚未持有廣東省有效社會保障卡",
                "You do not hold a valid Guangdong card yet",
            ),
        ),
        materials=(m.ID_CARD, m.PHOTO),
        form=(
            *f.APPLICANT,
            select(
                "bank",
                t("合作银行", "合作銀行", "Partner bank"),
                (
                    ("icbc", t("工商银行", "工商銀行", "ICBC")),
                    ("ccb", t("建设银行", "建設銀行", "China Construction Bank")),
                    ("boc", t("中国银行", "中國銀行", "Bank of China")),
                    ("abc", t("农业银行", "農業銀行", "Agricultural Bank of China")),
                ),
            ),
            f.DELIVERY_ADDRESS,
        ),
        legal_days=20,
        promised_days=10,
        delivery=("express", "electronic"),
        result="social_security_card",
        result_sources={"photo": "material.photo"},
    ),
    _item(
        1,
        sub=2,
        name=t(
            "社会保障卡补换",
            "社會保障卡補換",
            "Replace a lost or damaged social security card",
        ),
        keywords=("补办社保卡", "社保卡丢了", "社保卡坏了", "换社保卡"),
        themes=("social_security",),
        conditions=(
            t(
                "社会保障卡遗失、损坏或需换领新一代卡，已办理挂失",
                "社會保障卡遺失、損壞或需換領新一代卡，已辦理掛失",
                "The card is lost, damaged or due for the new generation, and reported",
            ),
        ),
        materials=(m.ID_CARD, m.PHOTO),
        form=(*f.APPLICANT, f.DELIVERY_ADDRESS),
        legal_days=20,
        promised_days=10,
        fee_fen=2000,
        delivery=("express",),
        result="social_security_card",
        result_sources={"photo": "material.photo"},
    ),
    _item(
        1,
        sub=3,
        name=t(
            "社会保障卡临时挂失",
            "社會保障卡臨時掛失",
            "Report a lost social security card",
        ),
        keywords=("社保卡挂失", "挂失社保卡"),
        themes=("social_security",),
        conditions=(
            t(
                "持有广东省社会保障卡的参保人",
                "持有廣東省社會保障卡的參保人",
                "Holders of a Guangdong social security card",
            ),
        ),
        materials=(SOCIAL_SECURITY_CARD,),
        form=(*f.APPLICANT,),
        legal_days=1,
        promised_days=0,
        instant=(rule("holds_certificate", certificate="social_security_card"),),
    ),
    _item(
        2,
        name=t(
            "个人参保证明查询打印",
            "個人參保證明查詢打印",
            "Print your social insurance record",
        ),
        keywords=("社保证明", "参保证明", "社保缴费证明", "社保记录"),
        themes=("social_security", "employment", "schooling"),
        conditions=(_INSURED,),
        materials=(m.ID_CARD,),
        form=(
            *f.APPLICANT,
            field("from_month", "date", t("起始月份", "起始月份", "From")),
            field("to_month", "date", t("截止月份", "截止月份", "To")),
        ),
        legal_days=1,
        promised_days=0,
        instant=(rule("level_at_least", level="L2"),),
    ),
    _item(
        3,
        item_type="benefit",
        name=t("失业保险金申领", "失業保險金申領", "Claim unemployment benefit"),
        keywords=("失业金", "领失业金", "失业保险金", "失业补助"),
        themes=("unemployment", "social_security"),
        conditions=(
            t(
                "失业前用人单位和本人已缴纳失业保险费满1年",
                "失業前用人單位和本人已繳納失業保險費滿1年",
                "At least a year of unemployment insurance paid before losing the job",
            ),
            t(
                "非因本人意愿中断就业，已进行失业登记并有求职要求",
                "非因本人意願中斷就業，已進行失業登記並有求職要求",
                "Lost the job involuntarily, registered as unemployed and looking for work",
            ),
        ),
        materials=(m.ID_CARD, m.EMPLOYMENT_ENDED, m.BANK_CARD),
        form=(*f.APPLICANT, f.BANK_NAME, f.BANK_ACCOUNT, _EMPLOYER),
        legal_days=10,
        promised_days=5,
    ),
    _item(
        4,
        item_type="confirmation",
        name=t("失业登记", "失業登記", "Register as unemployed"),
        keywords=("失业登记", "登记失业", "我失业了"),
        themes=("unemployment", "employment"),
        conditions=(
            t(
                "法定劳动年龄内、有劳动能力和就业要求、处于无业状态",
                "法定勞動年齡內、有勞動能力和就業要求、處於無業狀態",
                "Of working age, able and wanting to work, and without a job",
            ),
        ),
        materials=(m.ID_CARD,),
        form=(*f.APPLICANT, f.RESIDENCE_REGION, _EMPLOYER),
        legal_days=5,
        promised_days=1,
        instant=(rule("age_between", min=16, max=64), rule("no_open_case")),
        result="employment_registration",
        result_values={"employment_status": "unemployed"},
    ),
    _item(
        5,
        item_type="confirmation",
        name=t("就业登记", "就業登記", "Register employment"),
        keywords=("就业登记", "就业创业证", "办就业证"),
        themes=("employment",),
        objects=("natural_person", "legal_person"),
        conditions=(
            t(
                "与用人单位建立劳动关系或从事个体经营、灵活就业",
                "與用人單位建立勞動關係或從事個體經營、靈活就業",
                "Employed, self-employed or in flexible work",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.upload("labour_contract", t("劳动合同", "勞動合同", "Employment contract")),
        ),
        form=(*f.APPLICANT, _EMPLOYER),
        legal_days=5,
        promised_days=1,
        result="employment_registration",
        result_values={"employment_status": "employed"},
    ),
    _item(
        6,
        item_type="benefit",
        name=t(
            "职工正常退休申请",
            "職工正常退休申請",
            "Apply to retire and draw the basic pension",
        ),
        keywords=("退休", "办退休", "退休手续", "养老金申领", "领养老金"),
        themes=("retirement", "social_security", "elderly"),
        conditions=(
            t(
                "达到法定退休年龄，累计缴费满规定年限",
                "達到法定退休年齡，累計繳費滿規定年限",
                "At statutory retirement age with enough contribution years",
            ),
        ),
        materials=(m.ID_CARD, SOCIAL_SECURITY_CARD, m.BANK_CARD),
        form=(*f.APPLICANT, f.BANK_NAME, f.BANK_ACCOUNT, f.CONTACT_ADDRESS),
        legal_days=20,
        promised_days=10,
        min_level="L3",
        result="retirement_certificate",
    ),
    _item(
        7,
        name=t(
            "基本养老保险关系转移接续",
            "基本養老保險關係轉移接續",
            "Transfer your pension insurance between provinces",
        ),
        keywords=("社保转移", "养老保险转移", "社保转入广东"),
        themes=("social_security", "employment"),
        conditions=(
            t(
                "跨省流动就业，已在新就业地参保",
                "跨省流動就業，已在新就業地參保",
                "Moved to work in another province and insured there",
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
        8,
        name=t(
            "城乡居民基本养老保险参保登记",
            "城鄉居民基本養老保險參保登記",
            "Join the urban and rural residents' pension scheme",
        ),
        keywords=("居民养老保险", "城乡养老保险", "农村养老保险"),
        themes=("social_security", "elderly"),
        conditions=(
            t(
                "年满16周岁（不含在校学生），非职工基本养老保险参保人员",
                "年滿16周歲（不含在校學生），非職工基本養老保險參保人員",
                "Aged 16 or over, not a student and not in the employee scheme",
            ),
        ),
        materials=(m.ID_CARD, m.HOUSEHOLD_REGISTER),
        form=(*f.APPLICANT, f.HOUSEHOLD_REGION),
        legal_days=5,
        promised_days=1,
        instant=(
            rule("age_between", min=16),
            rule("household_region", prefixes=["44"]),
            rule("no_open_case"),
        ),
    ),
    _item(
        9,
        item_type="confirmation",
        name=t(
            "养老金领取资格认证",
            "養老金領取資格認證",
            "Confirm you still qualify for your pension",
        ),
        keywords=("养老金认证", "退休认证", "刷脸认证", "生存认证"),
        themes=("retirement", "elderly", "social_security"),
        conditions=(
            t(
                "在广东省领取养老金的退休人员，每年认证一次",
                "在廣東省領取養老金的退休人員，每年認證一次",
                "Pensioners paid in Guangdong, once a year",
            ),
        ),
        materials=(m.certificate("retirement_certificate"),),
        form=(*f.APPLICANT,),
        legal_days=1,
        promised_days=0,
        instant=(
            rule("holds_certificate", certificate="retirement_certificate"),
            rule("level_at_least", level="L3"),
        ),
        min_level="L3",
    ),
    _item(
        10,
        item_type="benefit",
        name=t("职业技能提升补贴申领", "職業技能提升補貼申領", "Claim a skills upgrade subsidy"),
        keywords=("技能补贴", "考证补贴", "技能提升补贴"),
        themes=("employment",),
        conditions=(
            t(
                "参加失业保险满1年，取得职业技能等级证书之日起12个月内申请",
                "參加失業保險滿1年，取得職業技能等級證書之日起12個月內申請",
                "A year of unemployment insurance; apply within 12 months of the certificate",
            ),
        ),
        materials=(m.certificate("vocational_skill_certificate"), SOCIAL_SECURITY_CARD),
        form=(
            *f.APPLICANT,
            field(
                "skill_level",
                "text",
                t("技能等级", "技能等級", "Skill level"),
                prefill="cert.vocational_skill_certificate.skill_level",
                validation={"max_length": 20},
            ),
            f.BANK_ACCOUNT,
        ),
        legal_days=20,
        promised_days=15,
    ),
    _item(
        11,
        item_type="confirmation",
        name=t("工伤认定申请", "工傷認定申請", "Apply for a work injury finding"),
        keywords=("工伤", "工伤认定", "上班受伤"),
        themes=("employment", "social_security", "medical"),
        objects=("natural_person", "legal_person"),
        conditions=(
            t(
                "职工在工作时间和工作场所内因工作原因受到事故伤害，自事故发生之日起1年内申请",
                "職工在工作時間和工作場所內因工作原因受到事故傷害，自事故發生之日起1年內申請",
                "Injured at work for work reasons; apply within a year of the accident",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.upload("labour_contract", t("劳动合同", "勞動合同", "Employment contract")),
            m.MEDICAL_RECORDS,
        ),
        form=(
            *f.APPLICANT,
            _EMPLOYER,
            field("injured_on", "date", t("受伤日期", "受傷日期", "Date of injury")),
            f.REASON,
        ),
        legal_days=60,
        promised_days=40,
        visits=1,
        online_depth=3,
        delivery=("pickup", "express"),
    ),
    _item(
        12,
        name=t(
            "灵活就业人员参保登记",
            "靈活就業人員參保登記",
            "Join social insurance as a freelancer",
        ),
        keywords=("灵活就业参保", "个人交社保", "自由职业社保"),
        themes=("social_security", "employment"),
        conditions=(
            t(
                "无雇工的个体工商户、非全日制从业人员及其他灵活就业人员",
                "無僱工的個體工商戶、非全日制從業人員及其他靈活就業人員",
                "Sole traders, part-time and other flexible workers",
            ),
        ),
        materials=(m.ID_CARD,),
        form=(*f.APPLICANT, f.RESIDENCE_REGION),
        legal_days=5,
        promised_days=1,
        instant=(rule("age_between", min=16, max=59), rule("no_open_case")),
    ),
    _item(
        13,
        item_type="other_power",
        name=t(
            "劳动人事争议仲裁申请", "勞動人事爭議仲裁申請", "Apply for labour dispute arbitration"
        ),
        keywords=("劳动仲裁", "拖欠工资", "劳动纠纷"),
        themes=("employment", "legal"),
        conditions=(
            t(
                "与用人单位发生劳动争议，自知道权利被侵害之日起1年内申请",
                "與用人單位發生勞動爭議，自知道權利被侵害之日起1年內申請",
                "A dispute with your employer, within a year of learning of it",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.upload(
                "dispute_evidence",
                t("争议相关证据", "爭議相關證據", "Evidence of the dispute"),
                max_files=20,
            ),
        ),
        form=(*f.APPLICANT, _EMPLOYER, f.REASON),
        legal_days=5,
        promised_days=5,
        visits=1,
        online_depth=3,
        delivery=("pickup", "express"),
    ),
)
