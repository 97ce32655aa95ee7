"""Degree certificates (学位)."""

from services.catalogue import fields as f
from services.catalogue import materials as m
from services.catalogue.build import service, t
from services.catalogue.fields import field

ITEMS = (
    service(
        "degree_committee",
        1,
        item_type="public_service",
        name=t("学位证明书办理", "學位證明書辦理", "Proof of a degree for a lost certificate"),
        keywords=("学位证丢了", "补办学位证", "学位证明"),
        themes=("documents", "employment"),
        conditions=(
            t(
                "在广东省高校获得学位，学位证书遗失或损毁",
                "在廣東省高校獲得學位，學位證書遺失或損毀",
                "A degree from a Guangdong university whose certificate is lost or damaged",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.certificate("graduation_certificate", required=False),
            m.upload(
                "loss_statement",
                t("学位证书遗失声明", "學位證書遺失聲明", "Statement of loss"),
            ),
        ),
        form=(
            *f.APPLICANT,
            field(
                "university",
                "text",
                t("授予学位单位", "授予學位單位", "Awarding university"),
                prefill="cert.graduation_certificate.school",
                validation={"max_length": 40},
            ),
            field("awarded_on", "date", t("授予时间", "授予時間", "Date awarded")),
        ),
        legal_days=20,
        promised_days=10,
        delivery=("electronic", "express"),
        result="degree_certificate",
        result_sources={"school": "form.university", "conferred_on": "form.awarded_on"},
    ),
)
