"""Work and education certificates: social security, skills, retirement, schooling, practice."""

from core.departments import BY_SLUG
from ecert.catalogue.fields import (
    BIRTH_DATE,
    PHOTO,
    certificate_number,
    issue_date,
    personal,
    plain,
)
from ecert.catalogue.schema import CertificateType

HR, EDUCATION = BY_SLUG["human_resources"], BY_SLUG["education"]
DEGREES, TRANSPORT, JUSTICE = (
    BY_SLUG["degree_committee"],
    BY_SLUG["transport"],
    BY_SLUG["justice"],
)
SCHOOL = plain("school", "sch", "string", ("学校", "學校", "School"), max_length=40)
PUBLIC_NUMBER = certificate_number(("证书编号", "證書編號", "Certificate number"), personal_=False)

TYPES = (
    CertificateType(
        "social_security_card",
        "001",
        HR,
        ("社会保障卡", "社會保障卡", "Social Security Card"),
        (
            certificate_number(("社会保障卡卡号", "社會保障卡卡號", "Card number")),
            PHOTO,
            issue_date(),
        ),
        typical=("holder_name", "number"),
    ),
    CertificateType(
        "employment_registration",
        "002",
        HR,
        ("就业创业证", "就業創業證", "Employment and Entrepreneurship Certificate"),
        (
            certificate_number(),
            personal(
                "employment_status",
                "es",
                "enum",
                ("就业状态", "就業狀態", "Employment status"),
                choices=("employed", "unemployed", "self_employed"),
            ),
            plain("registered_in", "ri", "area", ("登记地区", "登記地區", "Area registered")),
        ),
        typical=("holder_name", "employment_status"),
    ),
    CertificateType(
        "vocational_skill_certificate",
        "003",
        HR,
        ("职业技能等级证书", "職業技能等級證書", "Vocational Skill Level Certificate"),
        (
            PUBLIC_NUMBER,
            plain("occupation", "oc", "string", ("职业（工种）", "職業（工種）", "Occupation")),
            plain(
                "skill_level",
                "lv",
                "enum",
                ("技能等级", "技能等級", "Skill level"),
                choices=("1", "2", "3", "4", "5"),
            ),
            issue_date(),
        ),
        typical=("holder_name", "holder_code"),
    ),
    CertificateType(
        "retirement_certificate",
        "004",
        HR,
        ("退休证", "退休證", "Retirement Certificate"),
        (
            BIRTH_DATE,
            personal("retired_on", "rt", "date", ("退休日期", "退休日期", "Date of retirement")),
            personal("employer", "em", "string", ("原工作单位", "原工作單位", "Former employer")),
        ),
        typical=("holder_name", "age_over_60"),
    ),
    CertificateType(
        "graduation_certificate",
        "001",
        EDUCATION,
        ("毕业证书", "畢業證書", "Graduation Certificate"),
        (
            PUBLIC_NUMBER,
            SCHOOL,
            plain("major", "mj", "string", ("专业", "專業", "Major"), max_length=30),
            plain(
                "education_level",
                "el",
                "enum",
                ("层次", "層次", "Level"),
                choices=("junior_college", "undergraduate", "postgraduate", "secondary"),
            ),
            plain("graduated_on", "gd", "date", ("毕业日期", "畢業日期", "Date of graduation")),
        ),
        typical=("holder_name", "holder_code"),
    ),
    CertificateType(
        "teacher_qualification",
        "002",
        EDUCATION,
        ("教师资格证书", "教師資格證書", "Teacher Qualification Certificate"),
        (
            PUBLIC_NUMBER,
            plain(
                "school_stage",
                "st",
                "enum",
                ("资格种类", "資格種類", "Qualification for"),
                choices=("kindergarten", "primary", "junior", "senior", "vocational", "university"),
            ),
            plain("subject", "sj", "string", ("任教学科", "任教學科", "Subject"), max_length=20),
        ),
        typical=("holder_name", "holder_code"),
    ),
    CertificateType(
        "degree_certificate",
        "001",
        DEGREES,
        ("学位证书", "學位證書", "Degree Certificate"),
        (
            PUBLIC_NUMBER,
            SCHOOL,
            plain(
                "degree",
                "dg",
                "enum",
                ("学位", "學位", "Degree"),
                choices=("bachelor", "master", "doctor"),
            ),
            plain(
                "discipline", "dc", "string", ("学科门类", "學科門類", "Discipline"), max_length=20
            ),
            plain("conferred_on", "cf", "date", ("授予日期", "授予日期", "Date conferred")),
        ),
        typical=("holder_name", "holder_code"),
    ),
    CertificateType(
        "road_transport_qualification",
        "001",
        TRANSPORT,
        (
            "道路运输从业人员从业资格证",
            "道路運輸從業人員從業資格證",
            "Road Transport Practitioner Qualification Certificate",
        ),
        (
            plain(
                "qualification",
                "qc",
                "enum",
                ("从业资格类别", "從業資格類別", "Qualification"),
                choices=("passenger", "freight", "dangerous_goods", "taxi", "instructor"),
            ),
            issue_date(),
        ),
        typical=("holder_name", "holder_code"),
    ),
    CertificateType(
        "lawyer_licence",
        "001",
        JUSTICE,
        ("律师执业证", "律師執業證", "Lawyer's Practising Certificate"),
        (
            PUBLIC_NUMBER,
            plain("law_firm", "lf", "string", ("执业机构", "執業機構", "Law firm"), max_length=40),
            plain(
                "practice_kind",
                "pk",
                "enum",
                ("执业类别", "執業類別", "Practice"),
                choices=("full_time", "part_time", "public", "corporate"),
            ),
        ),
        typical=("holder_name", "holder_code"),
    ),
)
