"""The government departments the engines name: who issues certificates and handles services.

The unified social credit codes are made for this project (well-formed under GB 32100,
with correct check characters), not the departments' real codes.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Department:
    slug: str
    credit_code: str
    name_zh_cn: str
    name_zh_hk: str
    name_en: str

    def name(self, language: str = "zh-CN") -> str:
        """Return the department's name in a language (zh-CN, zh-HK or en)."""
        return {"zh-CN": self.name_zh_cn, "zh-HK": self.name_zh_hk}.get(language, self.name_en)


DEPARTMENTS = (
    Department(
        "public_security",
        "114400005BXN8TK7B2",
        "广东省公安厅",
        "廣東省公安廳",
        "Guangdong Public Security Department",
    ),
    Department(
        "traffic_police",
        "11440000PF3312GAXT",
        "广东省公安厅交通管理局",
        "廣東省公安廳交通管理局",
        "Guangdong Traffic Police Bureau",
    ),
    Department(
        "exit_entry",
        "11440000R6EJFAK5KW",
        "广东省公安厅出入境管理局",
        "廣東省公安廳出入境管理局",
        "Guangdong Exit and Entry Administration",
    ),
    Department(
        "human_resources",
        "114400006Y9DKRP414",
        "广东省人力资源和社会保障厅",
        "廣東省人力資源和社會保障廳",
        "Guangdong Human Resources and Social Security Department",
    ),
    Department(
        "housing_fund",
        "1244010009HC72WPW6",
        "广州住房公积金管理中心",
        "廣州住房公積金管理中心",
        "Guangzhou Housing Provident Fund Management Centre",
    ),
    Department(
        "civil_affairs",
        "11440000JY14BCWG60",
        "广东省民政厅",
        "廣東省民政廳",
        "Guangdong Civil Affairs Department",
    ),
    Department(
        "health",
        "114400005AG3BAJ80B",
        "广东省卫生健康委员会",
        "廣東省衛生健康委員會",
        "Health Commission of Guangdong Province",
    ),
    Department(
        "education",
        "11440000B519C0DY2P",
        "广东省教育厅",
        "廣東省教育廳",
        "Guangdong Education Department",
    ),
    Department(
        "taxation",
        "11440000Y4HBQW9027",
        "国家税务总局广东省税务局",
        "國家稅務總局廣東省稅務局",
        "Guangdong Provincial Tax Service, State Taxation Administration",
    ),
    Department(
        "market_regulation",
        "11440000A1NRXN9EJC",
        "广东省市场监督管理局",
        "廣東省市場監督管理局",
        "Guangdong Administration for Market Regulation",
    ),
    Department(
        "natural_resources",
        "1144000082CN3QG85G",
        "广东省自然资源厅",
        "廣東省自然資源廳",
        "Guangdong Natural Resources Department",
    ),
    Department(
        "medical_insurance",
        "114400008XGLX512RE",
        "广东省医疗保障局",
        "廣東省醫療保障局",
        "Guangdong Healthcare Security Administration",
    ),
    Department(
        "disabled_federation",
        "51440000LGL9U4DAY9",
        "广东省残疾人联合会",
        "廣東省殘疾人聯合會",
        "Guangdong Disabled Persons' Federation",
    ),
    Department(
        "transport",
        "114400009QH4Q0099H",
        "广东省交通运输厅",
        "廣東省交通運輸廳",
        "Guangdong Transport Department",
    ),
    Department(
        "veterans_affairs",
        "11440000N48NUQ2A6A",
        "广东省退役军人事务厅",
        "廣東省退役軍人事務廳",
        "Guangdong Veterans Affairs Department",
    ),
    Department(
        "justice",
        "114400008GY7B4NKEW",
        "广东省司法厅",
        "廣東省司法廳",
        "Guangdong Justice Department",
    ),
    Department(
        "housing_construction",
        "11440000CKXCMH7J14",
        "广东省住房和城乡建设厅",
        "廣東省住房和城鄉建設廳",
        "Guangdong Housing and Urban-Rural Development Department",
    ),
    Department(
        "degree_committee",
        "1144000012DJ77RKXR",
        "广东省学位委员会",
        "廣東省學位委員會",
        "Guangdong Academic Degrees Committee",
    ),
)
BY_SLUG = {department.slug: department for department in DEPARTMENTS}
BY_CREDIT_CODE = {department.credit_code: department for department in DEPARTMENTS}
