"""Service halls (办事大厅) where counter visits are booked, with the departments they serve."""

from services.catalogue.build import t

_COUNTER_DEPARTMENTS = [
    "public_security",
    "traffic_police",
    "exit_entry",
    "civil_affairs",
    "health",
    "natural_resources",
    "housing_fund",
    "disabled_federation",
    "human_resources",
    "education",
    "justice",
]

HALLS = (
    {
        "code": "gz-tianhe",
        "name": t("广州市天河区政务服务中心", "廣州市天河區政務服務中心", "Tianhe Service Centre"),
        "region": "440100",
        "address": t("广州市天河区华观路1933号", "廣州市天河區華觀路1933號", "1933 Huaguan Rd"),
        "departments": _COUNTER_DEPARTMENTS,
        "capacity": 4,
    },
    {
        "code": "gz-yuexiu",
        "name": t("广州市越秀区政务服务中心", "廣州市越秀區政務服務中心", "Yuexiu Service Centre"),
        "region": "440100",
        "address": t("广州市越秀区东风中路", "廣州市越秀區東風中路", "Dongfeng Middle Rd"),
        "departments": _COUNTER_DEPARTMENTS,
        "capacity": 4,
    },
    {
        "code": "sz-futian",
        "name": t("深圳市福田区行政服务大厅", "深圳市福田區行政服務大廳", "Futian Service Hall"),
        "region": "440300",
        "address": t("深圳市福田区福中三路", "深圳市福田區福中三路", "Fuzhong 3rd Rd"),
        "departments": _COUNTER_DEPARTMENTS,
        "capacity": 6,
    },
    {
        "code": "sz-exit-entry",
        "name": t("深圳市出入境办证大厅", "深圳市出入境辦證大廳", "Shenzhen Exit-Entry Hall"),
        "region": "440300",
        "address": t("深圳市福田区深南大道", "深圳市福田區深南大道", "Shennan Blvd"),
        "departments": ["exit_entry"],
        "capacity": 8,
    },
)
