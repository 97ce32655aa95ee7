"""Services for veterans (退役军人事务)."""

from functools import partial

from services.catalogue import fields as f
from services.catalogue import materials as m
from services.catalogue.build import rule, service, t
from services.catalogue.fields import field

_item = partial(service, "veterans_affairs")

DISCHARGE = m.upload(
    "discharge_certificate",
    t("退役证件", "退役證件", "Discharge certificate"),
)
_VETERAN = t(
    "户籍在广东省的退役军人",
    "戶籍在廣東省的退役軍人",
    "Veterans registered in Guangdong",
)

ITEMS = (
    _item(
        1,
        name=t("退役军人优待证申领", "退役軍人優待證申領", "Apply for a veteran preferential card"),
        keywords=("优待证", "退役军人优待证", "军人优待证"),
        themes=("veterans",),
        conditions=(_VETERAN,),
        materials=(m.ID_CARD, DISCHARGE, m.PHOTO),
        form=(
            *f.APPLICANT,
            field("discharged_on", "date", t("退役时间", "退役時間", "Date of discharge")),
            f.DELIVERY_ADDRESS,
        ),
        legal_days=30,
        promised_days=20,
        delivery=("express", "electronic"),
        result="veteran_preferential_card",
        result_sources={"photo": "material.photo"},
    ),
    _item(
        2,
        item_type="confirmation",
        name=t("退役军人信息采集", "退役軍人信息採集", "Register your veteran record"),
        keywords=("退役军人信息采集", "退役登记", "军人信息采集"),
        themes=("veterans",),
        conditions=(_VETERAN,),
        materials=(m.ID_CARD, DISCHARGE),
        form=(*f.APPLICANT, f.CONTACT_ADDRESS),
        legal_days=5,
        promised_days=1,
        instant=(rule("household_region", prefixes=["44"]), rule("no_open_case")),
    ),
    _item(
        3,
        item_type="benefit",
        name=t(
            "优抚对象抚恤补助金申领",
            "優撫對象撫卹補助金申領",
            "Claim a pension or allowance as an entitled veteran or family",
        ),
        keywords=("抚恤金", "优抚补助", "伤残抚恤"),
        themes=("veterans", "hardship"),
        conditions=(
            t(
                "经认定的残疾军人、烈士遗属、因公牺牲军人遗属等优抚对象",
                "經認定的殘疾軍人、烈士遺屬、因公犧牲軍人遺屬等優撫對象",
                "Recognised disabled veterans and families of fallen service members",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.upload(
                "entitlement_proof",
                t("优抚对象证件", "優撫對象證件", "Proof of entitlement"),
            ),
        ),
        form=(*f.APPLICANT, f.BANK_NAME, f.BANK_ACCOUNT),
        legal_days=30,
        promised_days=20,
    ),
)
