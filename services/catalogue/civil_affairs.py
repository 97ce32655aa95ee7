"""Marriage registration, social assistance and elderly care services (民政)."""

from functools import partial

from services.catalogue import fields as f
from services.catalogue import materials as m
from services.catalogue.build import rule, service, t
from services.catalogue.fields import field

_item = partial(service, "civil_affairs")

SPOUSE_NAME = field(
    "spouse_name",
    "text",
    t("对方姓名", "對方姓名", "Your partner's name"),
    validation={"max_length": 40},
)
SPOUSE_ID = field(
    "spouse_id_number",
    "id_number",
    t("对方证件号码", "對方證件號碼", "Your partner's ID number"),
)
BOOKING_DATE = field(
    "booking_date", "date", t("预约登记日期", "預約登記日期", "Date you book to register")
)
SPOUSE_DOCUMENTS = m.upload(
    "spouse_documents",
    t("对方身份证和户口簿", "對方身份證和戶口簿", "Your partner's ID card and household register"),
)
JOINT_PHOTO = m.upload(
    "joint_photo",
    t("双方近期半身免冠合影照片", "雙方近期半身免冠合照", "A recent photo of the two of you"),
    types=("jpg", "png"),
    max_files=1,
)
_HARDSHIP_FORM = (*f.APPLICANT, f.HOUSEHOLD_REGION, f.BANK_NAME, f.BANK_ACCOUNT, f.REASON)

ITEMS = (
    _item(
        1,
        sub=1,
        item_type="confirmation",
        name=t("内地居民结婚登记", "內地居民結婚登記", "Register a marriage"),
        keywords=("结婚", "领证", "结婚登记", "领结婚证", "预约结婚"),
        themes=("marriage",),
        conditions=(
            t(
                "男方年满22周岁、女方年满20周岁，双方均无配偶且自愿结婚",
                "男方年滿22周歲、女方年滿20周歲，雙方均無配偶且自願結婚",
                "He is 22 or over, she is 20 or over, both unmarried and willing",
            ),
            t(
                "双方亲自到婚姻登记机关办理",
                "雙方親自到婚姻登記機關辦理",
                "Both of you come to the registry in person",
            ),
        ),
        materials=(m.ID_CARD, m.HOUSEHOLD_REGISTER, SPOUSE_DOCUMENTS, JOINT_PHOTO),
        form=(*f.APPLICANT, SPOUSE_NAME, SPOUSE_ID, BOOKING_DATE),
        legal_days=1,
        promised_days=0,
        visits=1,
        online_depth=3,
        appointment=True,
        delivery=("pickup",),
        result="marriage_certificate",
        result_sources={"spouse_code": "form.spouse_id_number"},
    ),
    _item(
        1,
        sub=2,
        item_type="confirmation",
        name=t("内地居民离婚登记", "內地居民離婚登記", "Register a divorce by agreement"),
        keywords=("离婚", "协议离婚", "离婚登记"),
        themes=("marriage",),
        conditions=(
            t(
                "双方自愿离婚，对子女抚养、财产及债务处理达成一致",
                "雙方自願離婚，對子女撫養、財產及債務處理達成一致",
                "Both agree to divorce and on children, property and debts",
            ),
            t(
                "申请后经过30日离婚冷静期，期满后30日内双方亲自申请发证",
                "申請後經過30日離婚冷靜期，期滿後30日內雙方親自申請發證",
                "A 30-day cooling-off period, then both ask in person within 30 days",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.HOUSEHOLD_REGISTER,
            m.certificate("marriage_certificate"),
            m.upload(
                "divorce_agreement",
                t("离婚协议书", "離婚協議書", "Divorce agreement"),
            ),
        ),
        form=(*f.APPLICANT, SPOUSE_NAME, SPOUSE_ID, BOOKING_DATE),
        legal_days=1,
        promised_days=0,
        visits=2,
        online_depth=3,
        appointment=True,
        delivery=("pickup",),
        result="divorce_certificate",
        result_sources={"spouse_code": "form.spouse_id_number"},
    ),
    _item(
        1,
        sub=3,
        item_type="confirmation",
        name=t("补领结婚证", "補領結婚證", "Replace a marriage certificate"),
        keywords=("结婚证丢了", "补办结婚证", "结婚证补领"),
        themes=("marriage", "documents"),
        conditions=(
            t(
                "结婚证遗失或损毁，婚姻关系仍然存续",
                "結婚證遺失或損毀，婚姻關係仍然存續",
                "The certificate is lost or damaged and you are still married",
            ),
        ),
        materials=(m.ID_CARD, m.HOUSEHOLD_REGISTER, JOINT_PHOTO),
        form=(*f.APPLICANT, SPOUSE_NAME, SPOUSE_ID),
        legal_days=5,
        promised_days=1,
        visits=1,
        online_depth=3,
        appointment=True,
        delivery=("pickup",),
        result="marriage_certificate",
        result_sources={
            "spouse_code": "form.spouse_id_number",
            "registered_on": "cert.marriage_certificate.registered_on",
        },
    ),
    _item(
        2,
        item_type="public_service",
        name=t(
            "婚姻登记档案查询",
            "婚姻登記檔案查詢",
            "Look up your marriage registration record",
        ),
        keywords=("婚姻状况证明", "婚姻记录查询", "单身证明"),
        themes=("marriage", "home_buying"),
        conditions=(t("查询本人婚姻登记记录", "查詢本人婚姻登記記錄", "Your own records only"),),
        materials=(m.ID_CARD,),
        form=(*f.APPLICANT,),
        legal_days=3,
        promised_days=0,
        instant=(rule("level_at_least", level="L3"),),
        min_level="L3",
    ),
    _item(
        3,
        item_type="benefit",
        name=t("最低生活保障申请", "最低生活保障申請", "Apply for the minimum living allowance"),
        keywords=("低保", "申请低保", "最低生活保障"),
        themes=("hardship",),
        conditions=(
            t(
                "共同生活的家庭成员人均收入低于当地低保标准，且财产状况符合规定",
                "共同生活的家庭成員人均收入低於當地低保標準，且財產狀況符合規定",
                "Household income per head below the local line, with assets within limits",
            ),
        ),
        materials=(m.ID_CARD, m.HOUSEHOLD_REGISTER, m.HOUSEHOLD_INCOME),
        form=(
            *_HARDSHIP_FORM,
            field(
                "household_size",
                "number",
                t("共同生活家庭人口", "共同生活家庭人口", "People in the household"),
                validation={"min": 1, "max": 20},
            ),
        ),
        legal_days=30,
        promised_days=20,
        result="minimum_living_allowance",
    ),
    _item(
        4,
        item_type="benefit",
        name=t(
            "特困人员救助供养申请",
            "特困人員救助供養申請",
            "Apply for support as a person in extreme poverty",
        ),
        keywords=("特困供养", "五保", "特困人员"),
        themes=("hardship", "elderly", "disability"),
        conditions=(
            t(
                "无劳动能力、无生活来源，且无法定赡养、抚养、扶养义务人或其无履行能力",
                "無勞動能力、無生活來源，且無法定贍養、撫養、扶養義務人或其無履行能力",
                "Unable to work, without income, and with no one bound and able to support you",
            ),
        ),
        materials=(m.ID_CARD, m.HOUSEHOLD_REGISTER, m.HOUSEHOLD_INCOME),
        form=_HARDSHIP_FORM,
        legal_days=30,
        promised_days=20,
    ),
    _item(
        5,
        item_type="benefit",
        name=t("临时救助申请", "臨時救助申請", "Apply for emergency assistance"),
        keywords=("临时救助", "急难救助", "生活困难救助"),
        themes=("hardship",),
        conditions=(
            t(
                "因火灾、交通事故、突发重大疾病等导致基本生活暂时出现严重困难",
                "因火災、交通事故、突發重大疾病等導致基本生活暫時出現嚴重困難",
                "A fire, accident, sudden illness or similar has left you in acute hardship",
            ),
        ),
        materials=(m.ID_CARD, m.HOUSEHOLD_INCOME, m.MEDICAL_RECORDS),
        form=_HARDSHIP_FORM,
        legal_days=15,
        promised_days=10,
    ),
    _item(
        6,
        item_type="benefit",
        name=t("高龄老人津贴申领", "高齡老人津貼申領", "Claim the old-age allowance"),
        keywords=("高龄津贴", "长寿金", "老人补贴", "长寿保健金"),
        themes=("elderly",),
        conditions=(
            t(
                "年满80周岁的广东省户籍老年人",
                "年滿80周歲的廣東省戶籍老年人",
                "Aged 80 or over and registered in Guangdong",
            ),
        ),
        materials=(m.ID_CARD, m.HOUSEHOLD_REGISTER),
        form=(*f.APPLICANT, f.BANK_NAME, f.BANK_ACCOUNT),
        legal_days=20,
        promised_days=10,
        instant=(
            rule("age_between", min=80),
            rule("household_region", prefixes=["44"]),
            rule("no_open_case"),
        ),
    ),
    _item(
        7,
        item_type="public_service",
        name=t("老年人优待证申领", "老年人優待證申領", "Apply for a senior citizen card"),
        keywords=("老人证", "敬老卡", "老年人优待证", "长者卡"),
        themes=("elderly", "travel"),
        conditions=(
            t(
                "年满60周岁的广东省户籍老年人或常住老年人",
                "年滿60周歲的廣東省戶籍老年人或常住老年人",
                "Aged 60 or over, registered or living in Guangdong",
            ),
        ),
        materials=(m.ID_CARD, m.PHOTO),
        form=(*f.APPLICANT, f.DELIVERY_ADDRESS),
        legal_days=10,
        promised_days=5,
        instant=(
            rule("age_between", min=60),
            rule("household_region", prefixes=["44"]),
            rule("no_open_case"),
        ),
        delivery=("electronic", "express"),
        result="elderly_preferential_card",
        result_sources={"photo": "material.photo"},
    ),
    _item(
        8,
        item_type="benefit",
        name=t(
            "困难残疾人生活补贴和重度残疾人护理补贴申请",
            "困難殘疾人生活補貼和重度殘疾人護理補貼申請",
            "Apply for the disability living and care subsidies",
        ),
        keywords=("残疾人两项补贴", "残疾人生活补贴", "残疾人护理补贴"),
        themes=("disability", "hardship"),
        conditions=(
            t(
                "持有第二代残疾人证，属低保家庭或残疾等级为一、二级",
                "持有第二代殘疾人證，屬低保家庭或殘疾等級為一、二級",
                "Holding a disability certificate, in a low-income household or at grade 1 or 2",
            ),
        ),
        materials=(m.certificate("disability_certificate"), m.ID_CARD),
        form=(
            *f.APPLICANT,
            field(
                "disability_grade",
                "text",
                t("残疾等级", "殘疾等級", "Disability grade"),
                prefill="cert.disability_certificate.disability_grade",
                validation={"max_length": 10},
            ),
            f.BANK_ACCOUNT,
        ),
        legal_days=20,
        promised_days=15,
    ),
    _item(
        9,
        item_type="benefit",
        name=t(
            "基本殡葬服务费用减免",
            "基本殯葬服務費用減免",
            "Waiver of basic funeral service fees",
        ),
        keywords=("殡葬补贴", "丧葬费减免", "惠民殡葬"),
        themes=("bereavement",),
        conditions=(
            t(
                "逝者为广东省户籍居民或在粤死亡的常住人口，实行火化",
                "逝者為廣東省戶籍居民或在粵死亡的常住人口，實行火化",
                "The deceased lived in Guangdong and is cremated",
            ),
        ),
        materials=(m.DEATH_PROOF, m.ID_CARD),
        form=(
            field(
                "deceased_name",
                "text",
                t("逝者姓名", "逝者姓名", "Name of the deceased"),
                validation={"max_length": 40},
            ),
            field(
                "deceased_id_number",
                "id_number",
                t("逝者身份证号码", "逝者身份證號碼", "ID number of the deceased"),
            ),
            *f.APPLICANT,
            f.BANK_ACCOUNT,
        ),
        legal_days=10,
        promised_days=5,
    ),
    _item(
        10,
        item_type="confirmation",
        name=t("收养登记", "收養登記", "Register an adoption"),
        keywords=("收养", "领养孩子", "收养登记"),
        themes=("birth",),
        conditions=(
            t(
                "收养人年满30周岁，无不利于被收养人健康成长的违法犯罪记录",
                "收養人年滿30周歲，無不利於被收養人健康成長的違法犯罪記錄",
                "Adopters aged 30 or over with no record that endangers the child",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.HOUSEHOLD_REGISTER,
            m.certificate("no_criminal_record"),
            m.upload(
                "adoption_assessment",
                t("收养能力评估报告", "收養能力評估報告", "Adoption suitability assessment"),
            ),
        ),
        form=(*f.APPLICANT, f.CONTACT_ADDRESS, f.REASON),
        legal_days=30,
        promised_days=20,
        visits=1,
        online_depth=3,
        appointment=True,
        delivery=("pickup",),
    ),
)
