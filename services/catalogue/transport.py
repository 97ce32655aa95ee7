"""Road transport qualifications and permits of the transport department (交通运输)."""

from functools import partial

from services.catalogue import fields as f
from services.catalogue import materials as m
from services.catalogue.build import rule, service, t
from services.catalogue.fields import field

_item = partial(service, "transport", item_type="licensing")

QUALIFICATION = m.certificate("road_transport_qualification")
DRIVING_LICENCE = m.certificate("driving_licence")
_DRIVER = t(
    "取得相应准驾车型机动车驾驶证满3年，无重大以上交通责任事故",
    "取得相應準駕車型機動車駕駛證滿3年，無重大以上交通責任事故",
    "Three years with the right driving licence and no serious at-fault accidents",
)
_OPERATOR = ("natural_person", "legal_person")

ITEMS = (
    _item(
        1,
        sub=1,
        name=t(
            "道路运输从业人员从业资格证换证补证",
            "道路運輸從業人員從業資格證換證補證",
            "Renew or replace a road transport qualification",
        ),
        keywords=("从业资格证换证", "货运资格证", "客运资格证", "从业资格证"),
        themes=("employment", "driving"),
        conditions=(
            t(
                "从业资格证有效期届满前30日内或遗失、损毁",
                "從業資格證有效期屆滿前30日內或遺失、損毀",
                "Within 30 days before expiry, or lost or damaged",
            ),
        ),
        materials=(QUALIFICATION, DRIVING_LICENCE),
        form=(*f.APPLICANT, f.DELIVERY_ADDRESS),
        legal_days=10,
        promised_days=3,
        instant=(
            rule("certificate_expires_within", certificate="road_transport_qualification", days=30),
            rule("holds_certificate", certificate="driving_licence"),
            rule("no_open_case"),
        ),
        delivery=("electronic", "express"),
        result="road_transport_qualification",
        result_sources={"qualification": "cert.road_transport_qualification.qualification"},
    ),
    _item(
        2,
        name=t(
            "网络预约出租汽车驾驶员证申请",
            "網絡預約出租汽車駕駛員證申請",
            "Licence to drive for a ride-hailing platform",
        ),
        keywords=("网约车驾驶员证", "网约车资格证", "跑网约车"),
        themes=("employment", "driving"),
        conditions=(
            _DRIVER,
            t(
                "无交通肇事犯罪、危险驾驶犯罪记录，通过网约车驾驶员考试",
                "無交通肇事犯罪、危險駕駛犯罪記錄，通過網約車駕駛員考試",
                "No traffic crime record, and passed the ride-hailing driver exam",
            ),
        ),
        materials=(DRIVING_LICENCE, m.certificate("no_criminal_record"), m.ID_CARD),
        form=(
            *f.APPLICANT,
            field(
                "platform",
                "text",
                t("服务平台", "服務平台", "Platform"),
                validation={"max_length": 40},
            ),
        ),
        legal_days=20,
        promised_days=10,
        delivery=("electronic", "express"),
        result="road_transport_qualification",
        result_values={"qualification": "taxi"},
    ),
    _item(
        3,
        name=t(
            "巡游出租汽车驾驶员从业资格注册",
            "巡遊出租汽車駕駛員從業資格註冊",
            "Register as a taxi driver",
        ),
        keywords=("出租车司机注册", "的士司机", "出租车资格注册"),
        themes=("employment", "driving"),
        conditions=(
            t(
                "取得巡游出租汽车驾驶员从业资格证，与出租汽车经营者签订劳动合同",
                "取得巡遊出租汽車駕駛員從業資格證，與出租汽車經營者簽訂勞動合同",
                "A taxi driver qualification and a contract with a taxi company",
            ),
        ),
        materials=(
            QUALIFICATION,
            m.upload("labour_contract", t("劳动合同", "勞動合同", "Employment contract")),
        ),
        form=(
            *f.APPLICANT,
            field(
                "company",
                "text",
                t("出租汽车企业", "出租汽車企業", "Taxi company"),
                validation={"max_length": 80},
            ),
        ),
        legal_days=10,
        promised_days=5,
    ),
    _item(
        4,
        name=t(
            "道路普通货物运输经营许可",
            "道路普通貨物運輸經營許可",
            "Licence to run a road freight business",
        ),
        keywords=("货运经营许可", "道路运输经营许可证", "开货运公司"),
        themes=("business", "vehicles"),
        objects=_OPERATOR,
        conditions=(
            t(
                "有与经营业务相适应并经检测合格的车辆，有符合规定的驾驶人员",
                "有與經營業務相適應並經檢測合格的車輛，有符合規定的駕駛人員",
                "Inspected vehicles fit for the business and qualified drivers",
            ),
        ),
        materials=(
            m.certificate("individual_business_licence", required=False),
            m.certificate("vehicle_licence"),
            m.upload(
                "safety_rules",
                t("安全生产管理制度", "安全生產管理制度", "Safety management procedures"),
            ),
        ),
        form=(
            *f.APPLICANT,
            field(
                "vehicle_count",
                "number",
                t("车辆数量", "車輛數量", "Number of vehicles"),
                validation={"min": 1, "max": 10_000},
            ),
        ),
        legal_days=20,
        promised_days=10,
        delivery=("electronic", "express"),
    ),
    _item(
        5,
        item_type="public_service",
        name=t("道路运输证年审", "道路運輸證年審", "Annual review of a road transport certificate"),
        keywords=("营运证年审", "运输证年审", "营运车辆年审"),
        themes=("vehicles", "business"),
        objects=_OPERATOR,
        conditions=(
            t(
                "营运车辆已完成综合性能检测，技术等级达标",
                "營運車輛已完成綜合性能檢測，技術等級達標",
                "The commercial vehicle passed its performance test",
            ),
        ),
        materials=(
            m.certificate("vehicle_licence"),
            m.upload(
                "performance_report",
                t(
                    "车辆综合性能检测报告",
                    "車輛綜合性能檢測報告",
                    "Vehicle performance test report",
                ),
            ),
        ),
        form=(
            *f.APPLICANT,
            field(
                "plate_number",
                "text",
                t("号牌号码", "號牌號碼", "Number plate"),
                prefill="cert.vehicle_licence.plate_number",
                validation={"pattern": "^[\\u4e00-\\u9fff][A-Z][A-Z0-9]{5,6}$"},
            ),
        ),
        legal_days=5,
        promised_days=1,
        instant=(rule("holds_certificate", certificate="vehicle_licence"), rule("no_open_case")),
    ),
    _item(
        6,
        name=t(
            "超限运输车辆行驶公路许可",
            "超限運輸車輛行駛公路許可",
            "Permit to move an oversize load on public roads",
        ),
        keywords=("超限运输许可", "大件运输许可", "超限证"),
        themes=("vehicles", "business"),
        objects=_OPERATOR,
        conditions=(
            t(
                "载运不可解体物品，车货总体外廓尺寸或总质量超过规定限值",
                "載運不可解體物品，車貨總體外廓尺寸或總質量超過規定限值",
                "An indivisible load over the size or weight limits",
            ),
        ),
        materials=(
            m.certificate("vehicle_licence"),
            m.upload(
                "route_plan",
                t("运输方案和护送方案", "運輸方案和護送方案", "Route and escort plan"),
            ),
        ),
        form=(
            *f.APPLICANT,
            field(
                "gross_weight_kg",
                "number",
                t("车货总质量（千克）", "車貨總質量（千克）", "Gross weight (kg)"),
                validation={"min": 1, "max": 1_000_000},
            ),
            field("travel_date", "date", t("通行日期", "通行日期", "Date of travel")),
        ),
        legal_days=15,
        promised_days=5,
    ),
)
