"""School enrolment, student aid and qualification services (教育)."""

from functools import partial

from services.catalogue import fields as f
from services.catalogue import materials as m
from services.catalogue.build import service, t
from services.catalogue.fields import field, select

_item = partial(service, "education")

STUDENT_NAME = field(
    "student_name",
    "text",
    t("学生姓名", "學生姓名", "Pupil's name"),
    validation={"max_length": 40},
)
STUDENT_ID = field(
    "student_id_number", "id_number", t("学生证件号码", "學生證件號碼", "Pupil's ID number")
)
GUARDIAN = select(
    "guardian_relation",
    t("申请人与学生关系", "申請人與學生關係", "You are the pupil's"),
    (
        ("father", t("父亲", "父親", "Father")),
        ("mother", t("母亲", "母親", "Mother")),
        ("guardian", t("其他监护人", "其他監護人", "Other guardian")),
    ),
)
HOME_PROOF = m.upload(
    "home_proof",
    t(
        "房产证明或租赁登记备案证明",
        "房產證明或租賃登記備案證明",
        "Proof of home ownership or registered tenancy",
    ),
)

ITEMS = (
    _item(
        1,
        sub=1,
        region="440100",
        name=t(
            "义务教育小学一年级入学报名",
            "義務教育小學一年級入學報名",
            "Enrol a child in the first year of primary school",
        ),
        keywords=("小学报名", "幼升小", "一年级报名", "小学入学"),
        themes=("schooling",),
        conditions=(
            t(
                "当年8月31日前年满6周岁的适龄儿童",
                "當年8月31日前年滿6周歲的適齡兒童",
                "Children who turn six by 31 August of the year",
            ),
        ),
        materials=(
            m.HOUSEHOLD_REGISTER,
            m.certificate("birth_medical_certificate"),
            HOME_PROOF,
            m.certificate("residence_permit", required=False),
        ),
        form=(STUDENT_NAME, STUDENT_ID, GUARDIAN, *f.APPLICANT, f.HOUSEHOLD_REGION),
        legal_days=30,
        promised_days=20,
        delivery=("electronic",),
    ),
    _item(
        1,
        sub=2,
        region="440100",
        name=t(
            "义务教育初中一年级入学报名",
            "義務教育初中一年級入學報名",
            "Enrol a child in the first year of lower secondary school",
        ),
        keywords=("小升初", "初一报名", "初中入学"),
        themes=("schooling",),
        conditions=(
            t(
                "应届小学毕业生",
                "應屆小學畢業生",
                "Pupils finishing primary school this year",
            ),
        ),
        materials=(m.HOUSEHOLD_REGISTER, HOME_PROOF),
        form=(STUDENT_NAME, STUDENT_ID, GUARDIAN, *f.APPLICANT),
        legal_days=30,
        promised_days=20,
        delivery=("electronic",),
    ),
    _item(
        2,
        region="440300",
        name=t(
            "非户籍适龄儿童积分入学申请",
            "非戶籍適齡兒童積分入學申請",
            "Points-based school place for non-local children",
        ),
        keywords=("积分入学", "随迁子女入学", "外地孩子上学"),
        themes=("schooling", "residence"),
        conditions=(
            t(
                "父母一方持有效居住证并在本市连续缴纳社会保险",
                "父母一方持有效居住證並在本市連續繳納社會保險",
                "A parent holds a valid residence permit and pays social insurance here",
            ),
        ),
        materials=(
            m.certificate("residence_permit"),
            m.HOUSEHOLD_REGISTER,
            m.certificate("birth_medical_certificate"),
            HOME_PROOF,
        ),
        form=(STUDENT_NAME, STUDENT_ID, GUARDIAN, *f.APPLICANT),
        legal_days=40,
        promised_days=30,
        delivery=("electronic",),
    ),
    _item(
        3,
        item_type="benefit",
        name=t(
            "普通高中国家助学金申请",
            "普通高中國家助學金申請",
            "Apply for the national grant for high-school students",
        ),
        keywords=("助学金", "高中助学金", "学生资助"),
        themes=("schooling", "hardship"),
        conditions=(
            t(
                "全日制普通高中在校学生中的家庭经济困难学生",
                "全日制普通高中在校學生中的家庭經濟困難學生",
                "Full-time high-school students from households in financial hardship",
            ),
        ),
        materials=(m.HOUSEHOLD_REGISTER, m.HOUSEHOLD_INCOME),
        form=(
            STUDENT_NAME,
            STUDENT_ID,
            field(
                "school",
                "text",
                t("就读学校", "就讀學校", "School"),
                validation={"max_length": 80},
            ),
            *f.APPLICANT,
            f.BANK_ACCOUNT,
        ),
        legal_days=30,
        promised_days=20,
    ),
    _item(
        4,
        name=t("学历证明书办理", "學歷證明書辦理", "Proof of education for a lost diploma"),
        keywords=("毕业证丢了", "补办毕业证", "学历证明"),
        themes=("documents", "employment"),
        conditions=(
            t(
                "广东省普通高校或中等职业学校毕业证书遗失或损毁",
                "廣東省普通高校或中等職業學校畢業證書遺失或損毀",
                "A lost or damaged diploma from a Guangdong school",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.upload(
                "enrolment_record",
                t(
                    "学籍档案或毕业生登记表",
                    "學籍檔案或畢業生登記表",
                    "School record or graduate form",
                ),
            ),
        ),
        form=(
            *f.APPLICANT,
            field(
                "school",
                "text",
                t("毕业学校", "畢業學校", "School"),
                validation={"max_length": 40},
            ),
            field("graduated_on", "date", t("毕业时间", "畢業時間", "Graduation date")),
        ),
        legal_days=20,
        promised_days=10,
        delivery=("electronic", "express"),
        result="graduation_certificate",
    ),
    _item(
        5,
        item_type="licensing",
        name=t("教师资格认定", "教師資格認定", "Teacher qualification"),
        keywords=("教师资格证", "认定教师资格", "教资认定"),
        themes=("employment",),
        conditions=(
            t(
                "取得教师资格考试合格证明，普通话水平和体检符合要求",
                "取得教師資格考試合格證明，普通話水平和體檢符合要求",
                "Passed the teacher exam, with the Mandarin level and health check required",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.certificate("graduation_certificate"),
            m.upload(
                "mandarin_certificate",
                t(
                    "普通话水平测试等级证书",
                    "普通話水平測試等級證書",
                    "Mandarin proficiency certificate",
                ),
            ),
            m.upload("health_check", t("体检合格证明", "體檢合格證明", "Health check pass")),
        ),
        form=(
            *f.APPLICANT,
            select(
                "school_level",
                t("资格种类", "資格種類", "Qualification"),
                (
                    ("kindergarten", t("幼儿园", "幼兒園", "Kindergarten")),
                    ("primary", t("小学", "小學", "Primary")),
                    ("secondary", t("中学", "中學", "Secondary")),
                ),
            ),
        ),
        legal_days=60,
        promised_days=30,
        visits=1,
        online_depth=3,
        delivery=("express", "pickup"),
        result="teacher_qualification",
    ),
    _item(
        6,
        name=t("中小学转学申请", "中小學轉學申請", "Change school"),
        keywords=("转学", "转校", "中小学转学"),
        themes=("schooling",),
        conditions=(
            t(
                "因户籍迁移、监护人工作调动或居住地变更需转学",
                "因戶籍遷移、監護人工作調動或居住地變更需轉學",
                "A move, or a guardian's new job, means a new school",
            ),
        ),
        materials=(m.HOUSEHOLD_REGISTER, HOME_PROOF),
        form=(
            STUDENT_NAME,
            STUDENT_ID,
            GUARDIAN,
            *f.APPLICANT,
            field(
                "current_school",
                "text",
                t("原就读学校", "原就讀學校", "Current school"),
                validation={"max_length": 80},
            ),
            f.REASON,
        ),
        legal_days=20,
        promised_days=10,
    ),
    _item(
        7,
        name=t("普通高考报名", "普通高考報名", "Register for the national college entrance exam"),
        keywords=("高考报名", "高考", "考大学报名"),
        themes=("schooling",),
        conditions=(
            t(
                "具有高级中等教育学校毕业或同等学历，符合广东报考条件",
                "具有高級中等教育學校畢業或同等學歷，符合廣東報考條件",
                "Finished upper secondary school or equivalent and eligible in Guangdong",
            ),
        ),
        materials=(m.ID_CARD, m.HOUSEHOLD_REGISTER, m.PHOTO),
        form=(
            *f.APPLICANT,
            select(
                "subject_track",
                t("首选科目", "首選科目", "Main subject"),
                (
                    ("physics", t("物理", "物理", "Physics")),
                    ("history", t("历史", "歷史", "History")),
                ),
            ),
        ),
        legal_days=20,
        promised_days=10,
        delivery=("electronic",),
    ),
)
