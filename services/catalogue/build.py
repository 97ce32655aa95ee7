"""Builders that turn a department file's compact entries into national item data.

A 基本编码 here has the national shape: item type (2 digits), main item (5 digits: our
department number and a sequence), sub item (3 digits). The 实施编码 of an item as one
body implements it in one place is the 基本编码, the region (GB/T 2260) and the
implementing department's unified social credit code: 10 + 6 + 18 = 34 characters.
The numbers are ours, not the national catalogue's.
"""

import copy

from core.departments import BY_SLUG

# 事项类型: the national item types we use, with the code that opens a 基本编码.
ITEM_TYPES = {
    "licensing": "01",  # 行政许可
    "levy": "04",  # 行政征收
    "benefit": "05",  # 行政给付
    "confirmation": "07",  # 行政确认
    "other_power": "10",  # 其他行政权力
    "public_service": "20",  # 公共服务
}
# Fixed rather than derived from the order of core.departments, so codes never move.
DEPARTMENT_NUMBERS = {
    "public_security": "01",
    "traffic_police": "02",
    "exit_entry": "03",
    "human_resources": "04",
    "housing_fund": "05",
    "civil_affairs": "06",
    "health": "07",
    "education": "08",
    "taxation": "09",
    "market_regulation": "10",
    "natural_resources": "11",
    "medical_insurance": "12",
    "disabled_federation": "13",
    "transport": "14",
    "veterans_affairs": "15",
    "justice": "16",
    "housing_construction": "17",
    "degree_committee": "18",
}
# GB/T 2260 codes of Guangdong and its prefecture-level cities.
REGIONS = {
    "440000": "广东省",
    "440100": "广州市",
    "440200": "韶关市",
    "440300": "深圳市",
    "440400": "珠海市",
    "440500": "汕头市",
    "440600": "佛山市",
    "440700": "江门市",
    "440800": "湛江市",
    "440900": "茂名市",
    "441200": "肇庆市",
    "441300": "惠州市",
    "441400": "梅州市",
    "441500": "汕尾市",
    "441600": "河源市",
    "441700": "阳江市",
    "441800": "清远市",
    "441900": "东莞市",
    "442000": "中山市",
    "445100": "潮州市",
    "445200": "揭阳市",
    "445300": "云浮市",
}
SERVICE_OBJECTS = ("natural_person", "legal_person")
DELIVERY = ("electronic", "express", "pickup")
LEVELS = ("L1", "L2", "L3")
# 网上办理深度: 1 information online, 2 forms and booking online, 3 applied and pre-checked
# online but finished at a counter, 4 全程网办 (the whole service online).
ONLINE_DEPTHS = (1, 2, 3, 4)


def t(zh_cn: str, zh_hk: str, en: str) -> dict:
    """Return a text in the three languages the app speaks."""
    return {"zh-CN": zh_cn, "zh-HK": zh_hk, "en": en}


def basic_code(item_type: str, department: str, main: int, sub: int = 0) -> str:
    """Return the 10-digit 基本编码 of a main item (and sub item) of a department."""
    return f"{ITEM_TYPES[item_type]}{DEPARTMENT_NUMBERS[department]}{main:03d}{sub:03d}"


def implementation_code(basic: str, region: str, department: str) -> str:
    """Return the 实施编码: 基本编码 + region + the implementing department's credit code."""
    return f"{basic}{region}{BY_SLUG[department].credit_code}"


def service(
    department: str,
    main: int,
    *,
    name: dict,
    keywords: tuple,
    themes: tuple,
    conditions: tuple,
    materials: tuple,
    form: tuple,
    legal_days: int,
    promised_days: int,
    sub: int = 0,
    item_type: str = "public_service",
    region: str = "440000",
    objects: tuple = ("natural_person",),
    fee_fen: int = 0,
    visits: int = 0,
    online_depth: int = 4,
    instant: tuple | None = None,
    appointment: bool = False,
    delivery: tuple = ("electronic",),
    min_level: str = "L2",
    result: str | None = None,
    result_values: dict | None = None,
    result_sources: dict | None = None,
    result_match: dict | None = None,
) -> dict:
    """Return one catalogue item as a plain dict, its codes derived from its place.

    `result_values`: result-certificate fields the department decides (失业登记 →
    employment_status unemployed); `result_sources`: fields read from elsewhere
    (`form.<field>`, `address.<region field>.<text field>`, `cert.<slug>.<field>`,
    `material.<id>`, `clerk`); `result_match`: which held certificate a `cert.` read means
    ({slug: {certificate field: form field}}). services/result_content.py has the rest.
    """
    basic = basic_code(item_type, department, main, sub)
    # Only where given, so items without them keep their seed fingerprint (guide version).
    issuing = {
        key: value
        for key, value in (
            ("result_values", result_values),
            ("result_sources", result_sources),
            ("result_match", result_match),
        )
        if value
    }
    return copy.deepcopy(
        {
            "implementation_code": implementation_code(basic, region, department),
            "basic_code": basic,
            "item_type": item_type,
            "name": name,
            "department": department,
            "department_code": BY_SLUG[department].credit_code,
            "region": region,
            "service_object": list(objects),
            "themes": list(themes),
            "conditions": list(conditions),
            "materials": list(materials),
            "time_limits": {"legal_days": legal_days, "promised_days": promised_days},
            "fee_fen": fee_fen,
            "visits": visits,
            "online_depth": online_depth,
            "instant": {"rules": list(instant)} if instant is not None else None,
            "appointment": appointment,
            "delivery": list(delivery),
            "min_level": min_level,
            "result_certificate": result,
            "keywords": list(keywords),
            "form": list(form),
            **issuing,
        }
    )


def rule(kind: str, **params) -> dict:
    """Return one instant-approval rule as data."""
    return {"rule": kind, **params}
