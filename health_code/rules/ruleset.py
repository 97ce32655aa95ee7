"""The colour rules as versioned data: ids, colours, parameters and their wording."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from health_code.rules.facts import Colour

LOCALES = ("zh-CN", "zh-HK", "en")

COLOUR_NAMES = {
    "zh-CN": {Colour.GREEN: "绿码", Colour.YELLOW: "黄码", Colour.RED: "红码"},
    "zh-HK": {Colour.GREEN: "綠碼", Colour.YELLOW: "黃碼", Colour.RED: "紅碼"},
    "en": {Colour.GREEN: "green", Colour.YELLOW: "yellow", Colour.RED: "red"},
}


@dataclass(frozen=True)
class Rule:
    """One rule: colour None means the colour comes from the fact (partner code, override)."""

    id: str
    colour: Colour | None
    description: Mapping[str, str]  # per locale, formatted with params
    summary: Mapping[str, str]  # per locale, str.format templates; dates come in CST
    params: Mapping[str, int] = field(default_factory=dict)
    clears: tuple[str, ...] = ()  # ids of the rules whose colour this rule can lift

    def __post_init__(self) -> None:
        # Frozen is not enough: a shared dict could still be edited after publication.
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    def describe(self, locale: str) -> str:
        """Return the rule's description in the locale, with its parameters filled in."""
        return self.description[locale].format(**self.params)


@dataclass(frozen=True)
class RuleSet:
    """A published, versioned set of rules; every assessment names the version it used."""

    version: str
    rules: tuple[Rule, ...]

    def __post_init__(self) -> None:
        ids = [rule.id for rule in self.rules]
        if len(set(ids)) != len(ids):
            raise ValueError(f"duplicate rule ids in ruleset {self.version}")
        unknown = {target for rule in self.rules for target in rule.clears} - set(ids)
        if unknown:
            raise ValueError(f"rules clear unknown rule ids: {sorted(unknown)}")

    def rule(self, rule_id: str) -> Rule:
        """Return the rule with this id, or raise KeyError."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def _texts(zh_cn: str, zh_hk: str, en: str) -> Mapping[str, str]:
    return MappingProxyType({"zh-CN": zh_cn, "zh-HK": zh_hk, "en": en})


# Listed from the rule that wins outright down to the rule that only lifts a colour.
RULESET = RuleSet(
    version="2026.11-1",
    rules=(
        Rule(
            id="manual_override",
            colour=None,
            description=_texts(
                "卫生健康部门人工设定的颜色在有效期内优先于其他所有规则："
                "部门的决定在到期或经申诉改变前为最终决定。",
                "衞生健康部門人工設定的顏色在有效期內優先於其他所有規則："
                "部門的決定在到期或經申訴改變前為最終決定。",
                "A colour set by the health authority wins over every other rule while in force: "
                "the authority's decision is final until it lapses or an appeal changes it.",
            ),
            summary=_texts(
                "卫生健康部门设为{colour}：{reason}",
                "衞生健康部門設為{colour}：{reason}",
                "Set to {colour} by the health authority: {reason}",
            ),
        ),
        Rule(
            id="positive_test",
            colour=Colour.RED,
            params={"days": 14},
            description=_texts(
                "核酸检测阳性：采样起 {days} 天内为红码。",
                "核酸檢測陽性：採樣起 {days} 天內為紅碼。",
                "Positive test: red for {days} days from sampling.",
            ),
            summary=_texts(
                "{sampled:%Y-%m-%d %H:%M} 采样核酸检测阳性",
                "{sampled:%Y-%m-%d %H:%M} 採樣核酸檢測陽性",
                "Positive test sampled {sampled:%Y-%m-%d %H:%M}",
            ),
        ),
        Rule(
            id="isolation_order",
            colour=Colour.RED,
            description=_texts(
                "隔离令有效期间为红码。",
                "隔離令有效期間為紅碼。",
                "Red while an isolation order is in force.",
            ),
            summary=_texts(
                "{start:%Y-%m-%d} 起隔离：{reason}",
                "{start:%Y-%m-%d} 起隔離：{reason}",
                "Isolation order from {start:%Y-%m-%d}: {reason}",
            ),
        ),
        Rule(
            id="close_contact",
            colour=Colour.RED,
            description=_texts(
                "被列为密切接触者期间为红码。",
                "被列為密切接觸者期間為紅碼。",
                "Red while listed as a close contact.",
            ),
            summary=_texts(
                "{listed:%Y-%m-%d} 被判定为密切接触者",
                "{listed:%Y-%m-%d} 被判定為密切接觸者",
                "Listed as a close contact on {listed:%Y-%m-%d}",
            ),
        ),
        Rule(
            id="high_risk_travel",
            colour=Colour.RED,
            params={"days": 14},
            description=_texts(
                "离开高风险地区（离开时该地区为高风险）后 {days} 天内为红码。",
                "離開高風險地區（離開時該地區為高風險）後 {days} 天內為紅碼。",
                "Red for {days} days after leaving an area that was high-risk "
                "when the person left it.",
            ),
            summary=_texts(
                "{left:%Y-%m-%d} 从 {region} (高风险地区) 离开",
                "{left:%Y-%m-%d} 從 {region} (高風險地區) 離開",
                "Left {region} (high-risk area) on {left:%Y-%m-%d}",
            ),
        ),
        Rule(
            id="high_risk_travel_cooldown",
            colour=Colour.YELLOW,
            params={"days": 7},
            description=_texts(
                "高风险地区红码期结束后，再黄码 {days} 天（健康监测）。",
                "高風險地區紅碼期結束後，再黃碼 {days} 天（健康監測）。",
                "After the high-risk red period, yellow for {days} more days (health monitoring).",
            ),
            summary=_texts(
                "{left:%Y-%m-%d} 从 {region} (高风险地区) 离开，健康监测期",
                "{left:%Y-%m-%d} 從 {region} (高風險地區) 離開，健康監測期",
                "Left {region} (high-risk area) on {left:%Y-%m-%d}; monitoring period",
            ),
        ),
        Rule(
            id="medium_risk_travel",
            colour=Colour.YELLOW,
            params={"days": 14},
            description=_texts(
                "离开中风险地区（离开时该地区为中风险）后 {days} 天内为黄码。",
                "離開中風險地區（離開時該地區為中風險）後 {days} 天內為黃碼。",
                "Yellow for {days} days after leaving an area that was medium-risk "
                "when the person left it.",
            ),
            summary=_texts(
                "{left:%Y-%m-%d} 从 {region} (中风险地区) 离开",
                "{left:%Y-%m-%d} 從 {region} (中風險地區) 離開",
                "Left {region} (medium-risk area) on {left:%Y-%m-%d}",
            ),
        ),
        Rule(
            id="symptoms_declared",
            colour=Colour.YELLOW,
            params={"days": 14},
            description=_texts(
                "最近一次健康申报有症状：申报起 {days} 天内为黄码。",
                "最近一次健康申報有症狀：申報起 {days} 天內為黃碼。",
                "Yellow for {days} days when the latest declaration reports symptoms.",
            ),
            summary=_texts(
                "{declared:%Y-%m-%d} 申报有症状",
                "{declared:%Y-%m-%d} 申報有症狀",
                "Symptoms declared on {declared:%Y-%m-%d}",
            ),
        ),
        Rule(
            id="partner_region_code",
            colour=None,
            description=_texts(
                "其他地区转码在有效期内计入：黄码或红码至少为该颜色，绿码仅作展示。",
                "其他地區轉碼在有效期內計入：黃碼或紅碼至少為該顏色，綠碼僅作展示。",
                "A valid code converted from another region counts: its yellow or red makes "
                "at least that colour; its green is shown but changes nothing.",
            ),
            summary=_texts(
                "{region} 转码为{colour}，有效至 {expires:%Y-%m-%d %H:%M}",
                "{region} 轉碼為{colour}，有效至 {expires:%Y-%m-%d %H:%M}",
                "Converted from {region}: {colour}, valid until {expires:%Y-%m-%d %H:%M}",
            ),
        ),
        Rule(
            id="cleared_by_negative_tests",
            colour=Colour.GREEN,
            params={"min_gap_hours": 24, "within_hours": 72},
            clears=("high_risk_travel_cooldown", "medium_risk_travel", "symptoms_declared"),
            description=_texts(
                "黄码开始后采样的两次核酸阴性（间隔不少于 {min_gap_hours} 小时，"
                "且在 {within_hours} 小时内）解除该黄码；不解除红码。",
                "黃碼開始後採樣的兩次核酸陰性（間隔不少於 {min_gap_hours} 小時，"
                "且在 {within_hours} 小時內）解除該黃碼；不解除紅碼。",
                "Two negative tests sampled after a yellow began, at least {min_gap_hours} h "
                "apart and within {within_hours} h, lift that yellow; they never lift red.",
            ),
            summary=_texts(
                "{first:%Y-%m-%d %H:%M}、{second:%Y-%m-%d %H:%M} 两次核酸阴性，解除：{cleared}",
                "{first:%Y-%m-%d %H:%M}、{second:%Y-%m-%d %H:%M} 兩次核酸陰性，解除：{cleared}",
                "Negative tests sampled {first:%Y-%m-%d %H:%M} and {second:%Y-%m-%d %H:%M} "
                "lifted: {cleared}",
            ),
        ),
    ),
)

COMBINATION = _texts(
    "人工设定在有效期内决定颜色；否则取所有有效规则中最严重的颜色（红 > 黄 > 绿），无则为绿码。",
    "人工設定在有效期內決定顏色；否則取所有有效規則中最嚴重的顏色（紅 > 黃 > 綠），無則為綠碼。",
    "A manual override in force decides the colour; otherwise the worst colour of the rules "
    "in force wins (red > yellow > green), and green when none applies.",
)


def ruleset_document(ruleset: RuleSet = RULESET) -> dict:
    """Return the rule set as a JSON-compatible document the authority can read."""
    return {
        "version": ruleset.version,
        "combination": dict(COMBINATION),
        "rules": [
            {
                "id": rule.id,
                "colour": rule.colour.value if rule.colour else None,
                "colour_source": "rule" if rule.colour else "fact",
                "description": {locale: rule.describe(locale) for locale in LOCALES},
                "params": dict(rule.params),
                "clears": list(rule.clears),
            }
            for rule in ruleset.rules
        ],
    }
