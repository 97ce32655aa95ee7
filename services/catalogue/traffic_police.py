"""Driving licence and vehicle services of the traffic police (交警)."""

from functools import partial

from services.catalogue import fields as f
from services.catalogue import materials as m
from services.catalogue.build import rule, service, t
from services.catalogue.fields import field

_item = partial(service, "traffic_police")

PLATE_NUMBER = field(
    "plate_number",
    "text",
    t("号牌号码", "號牌號碼", "Number plate"),
    prefill="cert.vehicle_licence.plate_number",
    validation={"pattern": "^[\\u4e00-\\u9fff][A-Z][A-Z0-9]{5,6}$", "max_length": 8},
)
LICENCE_CLASS = field(
    "licence_class",
    "text",
    t("准驾车型", "准駕車型", "Licence class"),
    prefill="cert.driving_licence.licence_class",
    validation={"pattern": "^[A-DMNP][1-3]?[A-Z]?$", "max_length": 3},
)
DRIVER_MEDICAL = m.upload(
    "driver_medical",
    t(
        "机动车驾驶人身体条件证明",
        "機動車駕駛人身體條件證明",
        "Driver's medical fitness certificate",
    ),
)
INSURANCE = m.upload(
    "compulsory_insurance",
    t("交强险保险单", "交強險保險單", "Compulsory motor insurance policy"),
)
DRIVING_LICENCE = m.certificate("driving_licence")
VEHICLE_LICENCE = m.certificate("vehicle_licence")
_RENEW = t(
    "持有本人机动车驾驶证，身体条件符合驾驶要求",
    "持有本人機動車駕駛證，身體條件符合駕駛要求",
    "You hold the driving licence and are medically fit to drive",
)

ITEMS = (
    _item(
        1,
        sub=1,
        item_type="licensing",
        name=t(
            "机动车驾驶证有效期满换证",
            "機動車駕駛證有效期滿換證",
            "Renew a driving licence that is about to expire",
        ),
        keywords=("换驾照", "驾驶证", "驾照到期", "驾驶证到期", "驾驶证换证"),
        themes=("driving", "documents"),
        conditions=(
            _RENEW,
            t(
                "驾驶证有效期满前90日内申请",
                "駕駛證有效期滿前90日內申請",
                "Within 90 days before the licence expires",
            ),
        ),
        materials=(DRIVING_LICENCE, m.ID_CARD, DRIVER_MEDICAL, m.PHOTO),
        form=(*f.APPLICANT, LICENCE_CLASS, f.DELIVERY_ADDRESS),
        legal_days=5,
        promised_days=1,
        fee_fen=1000,
        instant=(
            rule("holds_certificate", certificate="driving_licence"),
            rule("certificate_expires_within", certificate="driving_licence", days=90),
            rule("age_between", max=69),
            rule("no_open_case"),
        ),
        delivery=("electronic", "express"),
        result="driving_licence",
        result_sources={
            "photo": "material.photo",
            "licence_class": "cert.driving_licence.licence_class",
            "first_issued_on": "cert.driving_licence.first_issued_on",
        },
    ),
    _item(
        1,
        sub=2,
        item_type="licensing",
        name=t("机动车驾驶证遗失补证", "機動車駕駛證遺失補證", "Replace a lost driving licence"),
        keywords=("补驾照", "驾照丢了", "驾驶证补办", "驾驶证遗失"),
        themes=("driving", "documents"),
        conditions=(
            t(
                "驾驶证遗失，且未被公安机关扣押或暂扣",
                "駕駛證遺失，且未被公安機關扣押或暫扣",
                "The licence is lost and not held by the police",
            ),
        ),
        materials=(DRIVING_LICENCE, m.ID_CARD),
        form=(*f.APPLICANT, LICENCE_CLASS, f.DELIVERY_ADDRESS),
        legal_days=5,
        promised_days=1,
        fee_fen=1000,
        instant=(rule("holds_certificate", certificate="driving_licence"), rule("no_open_case")),
        delivery=("electronic", "express"),
        result="driving_licence",
        result_sources={
            "photo": "cert.driving_licence.photo",
            "licence_class": "cert.driving_licence.licence_class",
            "first_issued_on": "cert.driving_licence.first_issued_on",
        },
    ),
    _item(
        1,
        sub=3,
        item_type="licensing",
        name=t("机动车驾驶证损毁换证", "機動車駕駛證損毀換證", "Replace a damaged driving licence"),
        keywords=("驾照坏了", "驾驶证损坏", "驾照磨损"),
        themes=("driving", "documents"),
        conditions=(
            t(
                "驾驶证污损、破损无法辨认",
                "駕駛證污損、破損無法辨認",
                "The licence is soiled or damaged beyond reading",
            ),
        ),
        materials=(DRIVING_LICENCE, m.ID_CARD),
        form=(*f.APPLICANT, LICENCE_CLASS, f.DELIVERY_ADDRESS),
        legal_days=5,
        promised_days=1,
        fee_fen=1000,
        delivery=("express",),
        result="driving_licence",
        result_sources={
            "photo": "cert.driving_licence.photo",
            "licence_class": "cert.driving_licence.licence_class",
            "first_issued_on": "cert.driving_licence.first_issued_on",
        },
    ),
    _item(
        2,
        item_type="other_power",
        name=t(
            "提交机动车驾驶人身体条件证明",
            "提交機動車駕駛人身體條件證明",
            "Send in a driver's medical fitness certificate",
        ),
        keywords=("70岁驾驶人体检", "提交体检证明", "老年驾驶人体检"),
        themes=("driving", "elderly"),
        conditions=(
            t(
                "年满70周岁的驾驶人每年提交一次身体条件证明",
                "年滿70周歲的駕駛人每年提交一次身體條件證明",
                "Drivers aged 70 or over send one every year",
            ),
        ),
        materials=(DRIVER_MEDICAL,),
        form=(*f.APPLICANT,),
        legal_days=1,
        promised_days=0,
        instant=(
            rule("age_between", min=70),
            rule("holds_certificate", certificate="driving_licence"),
        ),
    ),
    _item(
        3,
        item_type="licensing",
        name=t("机动车驾驶证审验", "機動車駕駛證審驗", "Driving licence review"),
        keywords=("驾照审验", "驾驶证年审", "驾驶证审验教育"),
        themes=("driving",),
        conditions=(
            t(
                "大中型客货车驾驶人每年审验；其他驾驶人在有效期内记分未满12分的换证时审验",
                "大中型客貨車駕駛人每年審驗；其他駕駛人在有效期內記分未滿12分的換證時審驗",
                "Drivers of large vehicles every year; others at renewal if under 12 points",
            ),
        ),
        materials=(DRIVING_LICENCE,),
        form=(*f.APPLICANT, LICENCE_CLASS),
        legal_days=5,
        promised_days=3,
    ),
    _item(
        4,
        item_type="confirmation",
        name=t(
            "机动车检验标志电子凭证核发",
            "機動車檢驗標誌電子憑證核發",
            "Electronic inspection sticker for a vehicle",
        ),
        keywords=("年检", "车辆年检", "免检", "年审", "检验标志"),
        themes=("vehicles", "driving"),
        conditions=(
            t(
                "6年以内的非营运小微型客车免于上线检测，按期申领检验标志",
                "6年以內的非營運小微型客車免於上線檢測，按期申領檢驗標誌",
                "Private cars under six years old skip the test and claim the sticker on time",
            ),
        ),
        materials=(VEHICLE_LICENCE, INSURANCE),
        form=(*f.APPLICANT, PLATE_NUMBER),
        legal_days=1,
        promised_days=0,
        instant=(rule("holds_certificate", certificate="vehicle_licence"), rule("no_open_case")),
    ),
    _item(
        5,
        sub=1,
        item_type="confirmation",
        name=t("补领机动车行驶证", "補領機動車行駛證", "Replace a lost vehicle licence"),
        keywords=("补行驶证", "行驶证丢了", "行驶证补办"),
        themes=("vehicles",),
        objects=("natural_person", "legal_person"),
        conditions=(
            t(
                "机动车所有人的行驶证遗失、灭失或损毁",
                "機動車所有人的行駛證遺失、滅失或損毀",
                "The owner's vehicle licence is lost or destroyed",
            ),
        ),
        materials=(VEHICLE_LICENCE, m.ID_CARD),
        form=(*f.APPLICANT, PLATE_NUMBER, f.DELIVERY_ADDRESS),
        legal_days=1,
        promised_days=1,
        fee_fen=1000,
        instant=(rule("holds_certificate", certificate="vehicle_licence"), rule("no_open_case")),
        delivery=("express",),
        result="vehicle_licence",
        result_sources={
            name: f"cert.vehicle_licence.{name}"
            for name in ("plate", "vin", "vehicle_kind", "use", "registered_on")
        },
        result_match={"vehicle_licence": {"plate": "plate_number"}},
    ),
    _item(
        5,
        sub=2,
        item_type="confirmation",
        name=t("补领机动车号牌", "補領機動車號牌", "Replace a lost number plate"),
        keywords=("补车牌", "车牌丢了", "补牌"),
        themes=("vehicles",),
        objects=("natural_person", "legal_person"),
        conditions=(
            t(
                "机动车号牌灭失、丢失或者损毁",
                "機動車號牌滅失、丟失或者損毀",
                "A number plate is lost or destroyed",
            ),
        ),
        materials=(VEHICLE_LICENCE, m.ID_CARD),
        form=(*f.APPLICANT, PLATE_NUMBER, f.DELIVERY_ADDRESS),
        legal_days=15,
        promised_days=5,
        fee_fen=5000,
        delivery=("express",),
    ),
    _item(
        6,
        item_type="confirmation",
        name=t("机动车转移登记", "機動車轉移登記", "Transfer a vehicle to a new owner"),
        keywords=("过户", "二手车过户", "车辆过户", "卖车"),
        themes=("vehicles",),
        objects=("natural_person", "legal_person"),
        conditions=(
            t(
                "机动车所有权已依法转移，车辆未被查封、抵押，交通违法已处理完毕",
                "機動車所有權已依法轉移，車輛未被查封、抵押，交通違法已處理完畢",
                "Ownership has passed; the car is not seized or mortgaged, and fines are settled",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.certificate("vehicle_registration"),
            m.upload(
                "transfer_invoice",
                t("二手车销售统一发票", "二手車銷售統一發票", "Used-car sale invoice"),
            ),
            INSURANCE,
        ),
        form=(*f.APPLICANT, PLATE_NUMBER),
        legal_days=2,
        promised_days=1,
        fee_fen=1000,
        visits=1,
        online_depth=3,
        appointment=True,
        delivery=("pickup", "express"),
        result="vehicle_licence",
        result_sources={"plate": "form.plate_number", "registered_on": "clerk"},
    ),
    _item(
        7,
        item_type="confirmation",
        name=t("机动车注册登记", "機動車註冊登記", "Register a new vehicle"),
        keywords=("上牌", "新车上牌", "上车牌", "选号"),
        themes=("vehicles", "driving"),
        objects=("natural_person", "legal_person"),
        conditions=(
            t(
                "新购机动车已缴纳车辆购置税并投保交强险",
                "新購機動車已繳納車輛購置稅並投保交強險",
                "Purchase tax paid and compulsory insurance bought for the new car",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.upload(
                "purchase_invoice",
                t("机动车销售统一发票", "機動車銷售統一發票", "New-car sale invoice"),
            ),
            m.upload(
                "conformity_certificate",
                t("机动车整车出厂合格证", "機動車整車出廠合格證", "Vehicle conformity certificate"),
            ),
            INSURANCE,
        ),
        form=(
            *f.APPLICANT,
            field(
                "vin",
                "text",
                t("车辆识别代号", "車輛識別代號", "Vehicle identification number"),
                validation={"pattern": "^[A-HJ-NPR-Z0-9]{17}$", "max_length": 17},
            ),
        ),
        legal_days=2,
        promised_days=1,
        fee_fen=12000,
        visits=1,
        online_depth=3,
        appointment=True,
        delivery=("pickup", "express"),
        result="vehicle_registration",
    ),
    _item(
        8,
        item_type="confirmation",
        name=t("机动车解除抵押登记", "機動車解除抵押登記", "Release a vehicle mortgage"),
        keywords=("车辆解押", "解除抵押", "车贷还清解押"),
        themes=("vehicles",),
        objects=("natural_person", "legal_person"),
        conditions=(
            t(
                "机动车所担保的贷款已还清，抵押权人同意解除抵押",
                "機動車所擔保的貸款已還清，抵押權人同意解除抵押",
                "The car loan is repaid and the lender agrees to release",
            ),
        ),
        materials=(
            m.certificate("vehicle_registration"),
            m.upload(
                "release_consent",
                t("抵押权人解除抵押证明", "抵押權人解除抵押證明", "Lender's release letter"),
            ),
        ),
        form=(*f.APPLICANT, PLATE_NUMBER),
        legal_days=2,
        promised_days=1,
    ),
    _item(
        9,
        item_type="other_power",
        name=t(
            "交通违法处理及罚款缴纳",
            "交通違法處理及罰款繳納",
            "Settle a traffic offence and pay the fine",
        ),
        keywords=("处理违章", "违章", "违章缴费", "交罚款", "违章处理"),
        themes=("driving", "vehicles"),
        conditions=(
            t(
                "电子监控记录的交通违法，当事人对违法事实无异议",
                "電子監控記錄的交通違法，當事人對違法事實無異議",
                "Camera-recorded offences you do not dispute",
            ),
        ),
        materials=(DRIVING_LICENCE, VEHICLE_LICENCE),
        form=(
            *f.APPLICANT,
            PLATE_NUMBER,
            field(
                "offence_number",
                "text",
                t("违法记录编号", "違法記錄編號", "Offence record number"),
                validation={"pattern": "^[0-9A-Z]{10,20}$"},
            ),
        ),
        legal_days=1,
        promised_days=0,
        instant=(
            rule("holds_certificate", certificate="driving_licence"),
            rule("level_at_least", level="L2"),
        ),
    ),
    _item(
        10,
        item_type="public_service",
        name=t("机动车驾驶人考试预约", "機動車駕駛人考試預約", "Book a driving test"),
        keywords=("约考", "考驾照", "科目一预约", "预约考试"),
        themes=("driving",),
        conditions=(
            t(
                "已在驾校报名并受理驾驶证申请，学习时间符合规定",
                "已在駕校報名並受理駕駛證申請，學習時間符合規定",
                "Enrolled in a driving school with the required training hours",
            ),
        ),
        materials=(m.ID_CARD,),
        form=(
            *f.APPLICANT,
            field(
                "preferred_date",
                "date",
                t("意向考试日期", "意向考試日期", "Preferred test date"),
            ),
        ),
        legal_days=10,
        promised_days=5,
        fee_fen=5000,
        visits=1,
        online_depth=3,
        appointment=True,
        delivery=("electronic",),
    ),
    _item(
        11,
        item_type="confirmation",
        name=t("临时行驶车号牌核发", "臨時行駛車號牌核發", "Temporary number plate"),
        keywords=("临牌", "临时号牌", "临时车牌"),
        themes=("vehicles",),
        objects=("natural_person", "legal_person"),
        conditions=(
            t(
                "新购机动车未办理注册登记需临时上道路行驶",
                "新購機動車未辦理註冊登記需臨時上道路行駛",
                "A new car not yet registered that needs to be driven",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.upload(
                "purchase_invoice",
                t("机动车销售统一发票", "機動車銷售統一發票", "New-car sale invoice"),
            ),
            INSURANCE,
        ),
        form=(
            *f.APPLICANT,
            field(
                "vin",
                "text",
                t("车辆识别代号", "車輛識別代號", "Vehicle identification number"),
                validation={"pattern": "^[A-HJ-NPR-Z0-9]{17}$"},
            ),
        ),
        legal_days=1,
        promised_days=0,
        fee_fen=500,
        instant=(rule("level_at_least", level="L2"), rule("no_open_case")),
    ),
)
