"""Disability certificates and support of the Disabled Persons' Federation (残联)."""

from functools import partial

from services.catalogue import fields as f
from services.catalogue import materials as m
from services.catalogue.build import service, t
from services.catalogue.fields import field, select

_item = partial(service, "disabled_federation")

DISABILITY_CERTIFICATE = m.certificate("disability_certificate")
DISABILITY_KIND = select(
    "disability_kind",
    t("残疾类别", "殘疾類別", "Kind of disability"),
    (
        ("visual", t("视力残疾", "視力殘疾", "Visual")),
        ("hearing", t("听力残疾", "聽力殘疾", "Hearing")),
        ("speech", t("言语残疾", "言語殘疾", "Speech")),
        ("physical", t("肢体残疾", "肢體殘疾", "Physical")),
        ("intellectual", t("智力残疾", "智力殘疾", "Intellectual")),
        ("mental", t("精神残疾", "精神殘疾", "Mental")),
        ("multiple", t("多重残疾", "多重殘疾", "Multiple")),
    ),
    prefill="cert.disability_certificate.disability_kind",
)
_HOLDER = t(
    "持有第二代中华人民共和国残疾人证",
    "持有第二代中華人民共和國殘疾人證",
    "You hold a second-generation disability certificate",
)

ITEMS = (
    _item(
        1,
        sub=1,
        item_type="confirmation",
        name=t("残疾人证新办", "殘疾人證新辦", "Apply for a disability certificate"),
        keywords=("办残疾证", "残疾证", "申请残疾证", "残疾评定"),
        themes=("disability",),
        conditions=(
            t(
                "符合残疾标准的广东省户籍居民，经指定医院残疾评定",
                "符合殘疾標準的廣東省戶籍居民，經指定醫院殘疾評定",
                "Guangdong residents assessed as disabled by a designated hospital",
            ),
        ),
        materials=(m.ID_CARD, m.HOUSEHOLD_REGISTER, m.PHOTO, m.MEDICAL_RECORDS),
        form=(*f.APPLICANT, DISABILITY_KIND, f.HOUSEHOLD_REGION),
        legal_days=30,
        promised_days=20,
        visits=1,
        online_depth=3,
        appointment=True,
        delivery=("pickup", "express"),
        result="disability_certificate",
        result_sources={"disability_category": "form.disability_kind", "photo": "material.photo"},
    ),
    _item(
        1,
        sub=2,
        item_type="confirmation",
        name=t("残疾人证换领", "殘疾人證換領", "Renew a disability certificate"),
        keywords=("残疾证到期", "换残疾证", "残疾证换证"),
        themes=("disability",),
        conditions=(
            _HOLDER,
            t(
                "残疾人证有效期满或残疾等级发生变化",
                "殘疾人證有效期滿或殘疾等級發生變化",
                "The certificate expires or the grade has changed",
            ),
        ),
        materials=(DISABILITY_CERTIFICATE, m.PHOTO),
        form=(*f.APPLICANT, DISABILITY_KIND, f.DELIVERY_ADDRESS),
        legal_days=30,
        promised_days=15,
        delivery=("express",),
        result="disability_certificate",
        result_sources={"disability_category": "form.disability_kind", "photo": "material.photo"},
    ),
    _item(
        1,
        sub=3,
        item_type="confirmation",
        name=t("残疾人证迁移", "殘疾人證遷移", "Move a disability certificate to a new area"),
        keywords=("残疾证迁移", "残疾证转入"),
        themes=("disability", "residence"),
        conditions=(
            _HOLDER,
            t("户籍已迁移", "戶籍已遷移", "Your household registration has moved"),
        ),
        materials=(DISABILITY_CERTIFICATE, m.HOUSEHOLD_REGISTER),
        form=(*f.APPLICANT, f.HOUSEHOLD_REGION),
        legal_days=20,
        promised_days=10,
        result="disability_certificate",
        result_sources={
            name: f"cert.disability_certificate.{name}"
            for name in ("disability_category", "disability_grade", "photo")
        },
    ),
    _item(
        2,
        item_type="benefit",
        name=t(
            "残疾人辅助器具适配补贴申请",
            "殘疾人輔助器具適配補貼申請",
            "Subsidy for assistive devices",
        ),
        keywords=("辅具补贴", "轮椅补贴", "助听器补贴", "假肢补贴"),
        themes=("disability",),
        conditions=(
            _HOLDER,
            t(
                "经评估需要适配辅助器具",
                "經評估需要適配輔助器具",
                "Assessed as needing an assistive device",
            ),
        ),
        materials=(
            DISABILITY_CERTIFICATE,
            m.upload(
                "device_assessment",
                t("辅助器具适配评估意见", "輔助器具適配評估意見", "Assistive device assessment"),
            ),
        ),
        form=(
            *f.APPLICANT,
            field(
                "device",
                "text",
                t("辅助器具名称", "輔助器具名稱", "Device"),
                validation={"max_length": 40},
            ),
            f.BANK_ACCOUNT,
        ),
        legal_days=20,
        promised_days=15,
    ),
    _item(
        3,
        item_type="benefit",
        name=t(
            "残疾儿童康复救助申请",
            "殘疾兒童康復救助申請",
            "Rehabilitation support for a disabled child",
        ),
        keywords=("残疾儿童康复", "自闭症康复救助", "儿童康复补贴"),
        themes=("disability", "medical"),
        conditions=(
            t(
                "0至6岁视力、听力、言语、肢体、智力等残疾儿童和孤独症儿童",
                "0至6歲視力、聽力、言語、肢體、智力等殘疾兒童和孤獨症兒童",
                "Children aged 0 to 6 with a disability or autism",
            ),
        ),
        materials=(
            m.HOUSEHOLD_REGISTER,
            m.certificate("birth_medical_certificate"),
            m.MEDICAL_RECORDS,
        ),
        form=(
            field(
                "child_name",
                "text",
                t("儿童姓名", "兒童姓名", "Child's name"),
                prefill="cert.birth_medical_certificate.child_name",
                validation={"max_length": 40},
            ),
            *f.APPLICANT,
            DISABILITY_KIND,
        ),
        legal_days=20,
        promised_days=15,
    ),
)
