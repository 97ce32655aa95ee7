"""Traffic police certificates: driving licence, vehicle licence, vehicle registration."""

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

TRAFFIC = BY_SLUG["traffic_police"]
LICENCE_CLASSES = (
    "A1",
    "A2",
    "A3",
    "B1",
    "B2",
    "C1",
    "C2",
    "C3",
    "C4",
    "C5",
    "D",
    "E",
    "F",
    "M",
    "N",
    "P",
)
VEHICLE_KINDS = ("small_car", "large_bus", "medium_bus", "truck", "motorcycle", "trailer", "other")
VEHICLE_USES = ("private", "operating", "official", "other")

PLATE = personal("plate", "pl", "string", ("号牌号码", "號牌號碼", "Number plate"), max_length=10)
VIN = personal("vin", "vin", "string", ("车辆识别代号", "車輛識別代號", "VIN"), max_length=17)
VEHICLE_KIND = plain(
    "vehicle_kind", "vk", "enum", ("车辆类型", "車輛類型", "Vehicle type"), choices=VEHICLE_KINDS
)
REGISTERED_ON = plain("registered_on", "rg", "date", ("注册日期", "註冊日期", "Date registered"))

TYPES = (
    CertificateType(
        "driving_licence",
        "001",
        TRAFFIC,
        ("机动车驾驶证", "機動車駕駛證", "Motor Vehicle Driving Licence"),
        (
            BIRTH_DATE,
            PHOTO,
            plain(
                "licence_class",
                "cls",
                "enum",
                ("准驾车型", "准駕車型", "Licence class"),
                choices=LICENCE_CLASSES,
            ),
            plain(
                "first_issued_on", "fi", "date", ("初次领证日期", "初次領證日期", "First issued")
            ),
        ),
        typical=("holder_name", "age_over_18"),
        holder_doc_types=(
            "resident_id",
            "hk_macao_permit",
            "taiwan_permit",
            "foreign_permanent_id",
        ),
    ),
    CertificateType(
        "vehicle_licence",
        "002",
        TRAFFIC,
        ("机动车行驶证", "機動車行駛證", "Motor Vehicle Licence"),
        (
            PLATE,
            VIN,
            VEHICLE_KIND,
            plain("use", "us", "enum", ("使用性质", "使用性質", "Use"), choices=VEHICLE_USES),
            REGISTERED_ON,
        ),
        typical=("holder_name", "plate"),
    ),
    CertificateType(
        "vehicle_registration",
        "003",
        TRAFFIC,
        ("机动车登记证书", "機動車登記證書", "Motor Vehicle Registration Certificate"),
        (
            certificate_number(("登记证书编号", "登記證書編號", "Registration number")),
            PLATE,
            VIN,
            VEHICLE_KIND,
            REGISTERED_ON,
            issue_date(),
        ),
        typical=("holder_name", "plate", "vin"),
    ),
)
