"""Birth, vaccination, family planning and practitioner services (卫生健康)."""

from functools import partial

from services.catalogue import fields as f
from services.catalogue import materials as m
from services.catalogue.build import rule, service, t
from services.catalogue.fields import field, select

_item = partial(service, "health")

CHILD_NAME = field(
    "child_name",
    "text",
    t("新生儿姓名", "新生兒姓名", "Baby's name"),
    prefill="cert.birth_medical_certificate.child_name",
    validation={"max_length": 40},
)
_PRACTITIONER_FORM_EXTRA = field(
    "workplace",
    "text",
    t("执业机构", "執業機構", "Workplace"),
    validation={"max_length": 40},
)

ITEMS = (
    _item(
        1,
        sub=1,
        item_type="confirmation",
        name=t(
            "出生医学证明首次签发",
            "出生醫學證明首次簽發",
            "Issue a baby's medical certificate of birth",
        ),
        keywords=("出生证", "出生医学证明", "办出生证"),
        themes=("birth",),
        conditions=(
            t(
                "在广东省具有助产资质的医疗机构内出生的新生儿",
                "在廣東省具有助產資質的醫療機構內出生的新生兒",
                "Babies born in a Guangdong hospital licensed for deliveries",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.upload(
                "father_id",
                t("父亲身份证明", "父親身份證明", "Father's identity document"),
                required=False,
            ),
        ),
        form=(
            CHILD_NAME,
            select(
                "child_gender",
                t("新生儿性别", "新生兒性別", "Baby's sex"),
                f.GENDER_OPTIONS,
            ),
            field("child_born_on", "date", t("出生日期", "出生日期", "Date of birth")),
            *f.APPLICANT,
        ),
        legal_days=10,
        promised_days=3,
        delivery=("electronic", "pickup"),
        result="birth_medical_certificate",
    ),
    _item(
        1,
        sub=2,
        item_type="confirmation",
        name=t(
            "出生医学证明补发换发",
            "出生醫學證明補發換發",
            "Replace or correct a medical certificate of birth",
        ),
        keywords=("出生证丢了", "补办出生证", "出生证换发"),
        themes=("birth", "documents"),
        conditions=(
            t(
                "出生医学证明遗失、损毁或信息有误",
                "出生醫學證明遺失、損毀或資料有誤",
                "The certificate is lost, damaged or wrong",
            ),
        ),
        materials=(m.ID_CARD, m.HOUSEHOLD_REGISTER),
        form=(CHILD_NAME, *f.APPLICANT, f.REASON),
        legal_days=20,
        promised_days=10,
        visits=1,
        online_depth=3,
        delivery=("pickup",),
        result="birth_medical_certificate",
        result_sources={
            name: f"cert.birth_medical_certificate.{name}"
            for name in ("birth_date", "mother_name", "birth_area")
        },
    ),
    _item(
        2,
        item_type="public_service",
        name=t("预防接种证办理", "預防接種證辦理", "Get a child's vaccination certificate"),
        keywords=("疫苗本", "接种证", "打疫苗", "预防接种"),
        themes=("birth", "schooling", "medical"),
        conditions=(
            t(
                "居住在广东省的儿童，由监护人申请",
                "居住在廣東省的兒童，由監護人申請",
                "Children living in Guangdong; a guardian applies",
            ),
        ),
        materials=(m.certificate("birth_medical_certificate"),),
        form=(
            CHILD_NAME,
            field(
                "child_born_on",
                "date",
                t("出生日期", "出生日期", "Date of birth"),
                prefill="cert.birth_medical_certificate.born_on",
            ),
            *f.APPLICANT,
        ),
        legal_days=5,
        promised_days=1,
        instant=(
            rule("holds_certificate", certificate="birth_medical_certificate"),
            rule("no_open_case"),
        ),
        result="vaccination_certificate",
        result_values={"doses_recorded": 0},
    ),
    _item(
        3,
        item_type="public_service",
        name=t("生育登记", "生育登記", "Register a pregnancy"),
        keywords=("准生证", "生孩子", "生育服务登记", "怀孕登记", "生育证"),
        themes=("birth",),
        conditions=(
            t(
                "夫妻双方至少一方为广东省户籍或在广东居住",
                "夫妻雙方至少一方為廣東省戶籍或在廣東居住",
                "At least one of the couple is registered or living in Guangdong",
            ),
        ),
        materials=(m.ID_CARD, m.certificate("marriage_certificate", required=False)),
        form=(
            *f.APPLICANT,
            field(
                "spouse_name",
                "text",
                t("配偶姓名", "配偶姓名", "Spouse's name"),
                required=False,
                prefill="cert.marriage_certificate.spouse_name",
                validation={"max_length": 40},
            ),
            field(
                "children_count",
                "number",
                t("现有子女数", "現有子女數", "Children you have now"),
                validation={"min": 0, "max": 20},
            ),
        ),
        legal_days=1,
        promised_days=0,
        instant=(rule("level_at_least", level="L2"), rule("no_open_case")),
    ),
    _item(
        4,
        item_type="licensing",
        name=t("医师执业注册", "醫師執業註冊", "Register to practise as a doctor"),
        keywords=("医师注册", "医师执业证", "执业医师注册"),
        themes=("employment",),
        conditions=(
            t(
                "取得医师资格，受聘于医疗卫生机构",
                "取得醫師資格，受聘於醫療衛生機構",
                "A qualified doctor employed by a health institution",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.upload(
                "physician_qualification",
                t("医师资格证书", "醫師資格證書", "Physician qualification certificate"),
            ),
            m.upload(
                "health_check",
                t(
                    "六个月内的健康体检证明",
                    "六個月內的健康體檢證明",
                    "Health check from the last six months",
                ),
            ),
        ),
        form=(*f.APPLICANT, _PRACTITIONER_FORM_EXTRA),
        legal_days=20,
        promised_days=5,
        objects=("natural_person",),
        result="physician_licence",
        result_sources={"practice_place": "form.workplace"},
    ),
    _item(
        5,
        item_type="licensing",
        name=t("护士执业注册", "護士執業註冊", "Register to practise as a nurse"),
        keywords=("护士注册", "护士执业证", "护士证"),
        themes=("employment",),
        conditions=(
            t(
                "通过护士执业资格考试，受聘于医疗卫生机构",
                "通過護士執業資格考試，受聘於醫療衛生機構",
                "Passed the nursing exam and employed by a health institution",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.upload(
                "exam_result",
                t("护士执业资格考试合格证明", "護士執業資格考試合格證明", "Nursing exam pass"),
            ),
        ),
        form=(*f.APPLICANT, _PRACTITIONER_FORM_EXTRA),
        legal_days=20,
        promised_days=5,
        result="nurse_licence",
        result_sources={"practice_place": "form.workplace"},
    ),
    _item(
        6,
        item_type="public_service",
        name=t(
            "免费孕前优生健康检查预约",
            "免費孕前優生健康檢查預約",
            "Book a free pre-pregnancy health check",
        ),
        keywords=("孕前检查", "免费孕检", "备孕检查"),
        themes=("birth", "medical"),
        conditions=(
            t(
                "计划怀孕的夫妇，至少一方为广东省户籍或在粤居住",
                "計劃懷孕的夫婦，至少一方為廣東省戶籍或在粵居住",
                "Couples planning a pregnancy, one of them registered or living in Guangdong",
            ),
        ),
        materials=(m.ID_CARD,),
        form=(
            *f.APPLICANT,
            field("preferred_date", "date", t("预约日期", "預約日期", "Preferred date")),
        ),
        legal_days=5,
        promised_days=2,
        visits=1,
        online_depth=3,
        appointment=True,
        delivery=("electronic",),
    ),
    _item(
        7,
        item_type="confirmation",
        name=t(
            "从业人员预防性健康检查",
            "從業人員預防性健康檢查",
            "Health certificate for food and public-place workers",
        ),
        keywords=("健康证", "办健康证", "食品从业健康证"),
        themes=("employment", "business"),
        conditions=(
            t(
                "从事食品生产经营或公共场所服务的从业人员",
                "從事食品生產經營或公共場所服務的從業人員",
                "Workers in food businesses or public-facing services",
            ),
        ),
        materials=(m.ID_CARD, m.PHOTO),
        form=(*f.APPLICANT, f.RESIDENCE_REGION),
        legal_days=7,
        promised_days=3,
        fee_fen=4500,
        visits=1,
        online_depth=3,
        appointment=True,
        delivery=("electronic",),
    ),
    _item(
        8,
        item_type="benefit",
        name=t(
            "计划生育家庭特别扶助金申请",
            "計劃生育家庭特別扶助金申請",
            "Special support for family-planning households",
        ),
        keywords=("独生子女家庭扶助", "失独家庭补助", "计生特扶"),
        themes=("elderly", "hardship"),
        conditions=(
            t(
                "独生子女死亡或伤残，女方年满49周岁",
                "獨生子女死亡或傷殘，女方年滿49周歲",
                "The only child died or is disabled, and the mother is 49 or over",
            ),
        ),
        materials=(m.ID_CARD, m.HOUSEHOLD_REGISTER, m.certificate("marriage_certificate")),
        form=(*f.APPLICANT, f.BANK_ACCOUNT, f.REASON),
        legal_days=30,
        promised_days=20,
    ),
)
