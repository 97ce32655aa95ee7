"""Real estate registration (不动产登记) of the natural resources department.

The province's published targets: ordinary registrations within 5 working days, mortgage
registrations within 3.
"""

from functools import partial

from services.catalogue import fields as f
from services.catalogue import materials as m
from services.catalogue.build import rule, service, t
from services.catalogue.fields import field

_item = partial(service, "natural_resources", item_type="confirmation")

PROPERTY_ADDRESS = field(
    "property_address",
    "text",
    t("不动产坐落", "不動產坐落", "Property address"),
    prefill="cert.real_estate_certificate.property_address",
    validation={"max_length": 60},
)
UNIT_NUMBER = field(
    "unit_number",
    "text",
    t("不动产单元号", "不動產單元號", "Real estate unit number"),
    prefill="cert.real_estate_certificate.unit_number",
    validation={"pattern": "^[0-9A-Z]{28}$"},
)
TITLE = m.certificate("real_estate_certificate")
_OBJECTS = ("natural_person", "legal_person")

ITEMS = (
    _item(
        1,
        item_type="public_service",
        name=t(
            "不动产登记资料查询",
            "不動產登記資料查詢",
            "Look up real estate records",
        ),
        keywords=("房产查询", "查房产", "名下房产查询", "有房证明", "无房证明"),
        themes=("property", "home_buying", "schooling"),
        conditions=(
            t(
                "权利人查询本人名下的不动产登记结果",
                "權利人查詢本人名下的不動產登記結果",
                "Owners looking up what is registered in their own name",
            ),
        ),
        materials=(m.ID_CARD,),
        form=(*f.APPLICANT, f.RESIDENCE_REGION),
        legal_days=1,
        promised_days=0,
        instant=(rule("level_at_least", level="L3"),),
        min_level="L3",
    ),
    _item(
        2,
        sub=1,
        name=t(
            "存量房转移登记",
            "存量房轉移登記",
            "Register the transfer of a second-hand home",
        ),
        keywords=("二手房过户", "房产过户", "买二手房办证"),
        themes=("property", "home_buying"),
        objects=_OBJECTS,
        conditions=(
            t(
                "买卖双方已签订存量房买卖合同并完成网签备案，已缴纳相关税费",
                "買賣雙方已簽訂存量房買賣合同並完成網簽備案，已繳納相關稅費",
                "A signed and filed sale contract, with the taxes paid",
            ),
        ),
        materials=(m.ID_CARD, TITLE, m.PURCHASE_CONTRACT),
        form=(*f.APPLICANT, PROPERTY_ADDRESS, UNIT_NUMBER),
        legal_days=30,
        promised_days=5,
        fee_fen=8000,
        visits=1,
        online_depth=3,
        appointment=True,
        delivery=("electronic", "pickup", "express"),
        result="real_estate_certificate",
        result_sources={"location": "form.property_address"},
    ),
    _item(
        2,
        sub=2,
        name=t(
            "新建商品房转移登记",
            "新建商品房轉移登記",
            "Register ownership of a new-build home",
        ),
        keywords=("新房办证", "一手房办证", "办房产证"),
        themes=("property", "home_buying"),
        conditions=(
            t(
                "开发企业已办理首次登记，购房人已缴清房款和契税",
                "開發企業已辦理首次登記，購房人已繳清房款和契稅",
                "The developer registered the building; you paid in full, deed tax included",
            ),
        ),
        materials=(m.ID_CARD, m.PURCHASE_CONTRACT, m.certificate("tax_payment_certificate")),
        form=(*f.APPLICANT, PROPERTY_ADDRESS),
        legal_days=30,
        promised_days=5,
        fee_fen=8000,
        delivery=("electronic", "express"),
        result="real_estate_certificate",
        result_sources={"location": "form.property_address"},
    ),
    _item(
        3,
        sub=1,
        name=t("抵押权首次登记", "抵押權首次登記", "Register a mortgage"),
        keywords=("房屋抵押登记", "房贷抵押", "抵押登记"),
        themes=("property", "home_buying"),
        objects=_OBJECTS,
        conditions=(
            t(
                "已签订借款合同和抵押合同，不动产已登记",
                "已簽訂借款合同和抵押合同，不動產已登記",
                "Loan and mortgage contracts signed over registered property",
            ),
        ),
        materials=(TITLE, m.LOAN_CONTRACT),
        form=(*f.APPLICANT, PROPERTY_ADDRESS, UNIT_NUMBER),
        legal_days=30,
        promised_days=3,
        fee_fen=8000,
        delivery=("electronic",),
    ),
    _item(
        3,
        sub=2,
        name=t("抵押权注销登记", "抵押權註銷登記", "Discharge a mortgage"),
        keywords=("房屋解押", "房贷还清解押", "注销抵押"),
        themes=("property",),
        objects=_OBJECTS,
        conditions=(
            t(
                "主债权已消灭，抵押权人同意注销",
                "主債權已消滅，抵押權人同意註銷",
                "The loan is repaid and the lender agrees",
            ),
        ),
        materials=(
            TITLE,
            m.upload(
                "release_consent",
                t("抵押权人同意注销证明", "抵押權人同意註銷證明", "Lender's discharge letter"),
            ),
        ),
        form=(*f.APPLICANT, PROPERTY_ADDRESS, UNIT_NUMBER),
        legal_days=30,
        promised_days=1,
        instant=(
            rule("holds_certificate", certificate="real_estate_certificate"),
            rule("no_open_case"),
        ),
    ),
    _item(
        4,
        name=t(
            "不动产权证书补证换证",
            "不動產權證書補證換證",
            "Replace a real estate title certificate",
        ),
        keywords=("房产证丢了", "补办房产证", "房产证换证"),
        themes=("property", "documents"),
        objects=_OBJECTS,
        conditions=(
            t(
                "不动产权证书遗失、灭失或破损",
                "不動產權證書遺失、滅失或破損",
                "The certificate is lost, destroyed or damaged",
            ),
        ),
        materials=(m.ID_CARD, TITLE),
        form=(*f.APPLICANT, PROPERTY_ADDRESS, UNIT_NUMBER, f.REASON),
        legal_days=30,
        promised_days=10,
        fee_fen=8000,
        delivery=("electronic", "express"),
        result="real_estate_certificate",
        result_sources={
            "location": "form.property_address",
            "floor_area_m2": "cert.real_estate_certificate.floor_area_m2",
            "land_use": "cert.real_estate_certificate.land_use",
        },
        result_match={"real_estate_certificate": {"location": "property_address"}},
    ),
    _item(
        5,
        name=t("继承不动产转移登记", "繼承不動產轉移登記", "Register inherited property"),
        keywords=("继承房产", "房产继承过户", "遗产过户"),
        themes=("property", "bereavement"),
        conditions=(
            t(
                "因继承、受遗赠取得不动产权利，继承权已经公证或生效法律文书确认",
                "因繼承、受遺贈取得不動產權利，繼承權已經公證或生效法律文書確認",
                "Property inherited or bequeathed, confirmed by a notary or a court",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.DEATH_PROOF,
            m.upload(
                "inheritance_deed",
                t(
                    "继承权公证书或生效法律文书",
                    "繼承權公證書或生效法律文書",
                    "Notarised inheritance or court order",
                ),
            ),
        ),
        form=(*f.APPLICANT, PROPERTY_ADDRESS),
        legal_days=30,
        promised_days=10,
        fee_fen=8000,
        visits=1,
        online_depth=3,
        appointment=True,
        delivery=("pickup", "express"),
        result="real_estate_certificate",
        result_sources={"location": "form.property_address"},
    ),
)
