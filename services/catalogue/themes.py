"""Life events (人生事件) and themes (主题) that group the catalogue for browsing."""

from services.catalogue.build import t

LIFE_EVENT = "life_event"
THEME = "theme"

# (slug, kind, names): slugs are stable; the mini-program and links use them.
THEMES = (
    ("birth", LIFE_EVENT, t("生育", "生育", "Having a baby")),
    ("schooling", LIFE_EVENT, t("入学", "入學", "Starting school")),
    ("employment", LIFE_EVENT, t("就业", "就業", "Work")),
    ("marriage", LIFE_EVENT, t("结婚", "結婚", "Marriage")),
    ("home_buying", LIFE_EVENT, t("购房", "購房", "Buying a home")),
    ("renting", LIFE_EVENT, t("租房", "租房", "Renting a home")),
    ("retirement", LIFE_EVENT, t("退休", "退休", "Retirement")),
    ("travel", LIFE_EVENT, t("出行", "出行", "Travel")),
    ("medical", LIFE_EVENT, t("就医", "就醫", "Seeing a doctor")),
    ("residence", LIFE_EVENT, t("落户", "落戶", "Household registration")),
    ("driving", LIFE_EVENT, t("驾车", "駕車", "Driving")),
    ("business", LIFE_EVENT, t("开办", "開辦", "Starting a business")),
    ("unemployment", LIFE_EVENT, t("失业", "失業", "Losing a job")),
    ("elderly", LIFE_EVENT, t("养老", "養老", "Old age")),
    ("disability", LIFE_EVENT, t("助残", "助殘", "Disability")),
    ("hardship", LIFE_EVENT, t("救助", "救助", "Hardship")),
    ("bereavement", LIFE_EVENT, t("身后事", "身後事", "After a death")),
    ("social_security", THEME, t("社会保障", "社會保障", "Social security")),
    ("housing_fund", THEME, t("住房公积金", "住房公積金", "Housing provident fund")),
    ("tax", THEME, t("纳税", "納稅", "Tax")),
    ("documents", THEME, t("证件办理", "證件辦理", "Identity and travel documents")),
    ("property", THEME, t("不动产", "不動產", "Real estate")),
    ("vehicles", THEME, t("车辆", "車輛", "Vehicles")),
    ("legal", THEME, t("法律服务", "法律服務", "Legal services")),
    ("veterans", THEME, t("退役军人", "退役軍人", "Veterans")),
    ("greater_bay_area", THEME, t("便利湾区", "便利灣區", "Greater Bay Area")),
)
BY_SLUG = {slug: {"slug": slug, "kind": kind, "name": name} for slug, kind, name in THEMES}
