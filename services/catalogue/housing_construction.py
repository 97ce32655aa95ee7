"""Public rental housing and tenancy filing (住房城乡建设)."""

from functools import partial

from services.catalogue import fields as f
from services.catalogue import materials as m
from services.catalogue.build import rule, service, t
from services.catalogue.fields import field

_item = partial(service, "housing_construction")

PROPERTY_ADDRESS = field(
    "property_address",
    "text",
    t("房屋地址", "房屋地址", "Address of the home"),
    validation={"max_length": 120},
)

ITEMS = (
    _item(
        1,
        region="440100",
        item_type="benefit",
        name=t("公共租赁住房申请", "公共租賃住房申請", "Apply for public rental housing"),
        keywords=("公租房", "申请公租房", "保障房", "廉租房"),
        themes=("renting", "hardship"),
        conditions=(
            t(
                "本市户籍中低收入住房困难家庭，或符合条件的新就业无房职工",
                "本市戶籍中低收入住房困難家庭，或符合條件的新就業無房職工",
                "Low-income households short of housing, or eligible newly employed workers",
            ),
        ),
        materials=(m.ID_CARD, m.HOUSEHOLD_REGISTER, m.HOUSEHOLD_INCOME),
        form=(
            *f.APPLICANT,
            field(
                "household_size",
                "number",
                t("家庭人口", "家庭人口", "People in the household"),
                validation={"min": 1, "max": 20},
            ),
            f.HOUSEHOLD_REGION,
        ),
        legal_days=60,
        promised_days=40,
    ),
    _item(
        2,
        region="440300",
        item_type="confirmation",
        name=t("房屋租赁登记备案", "房屋租賃登記備案", "File a tenancy"),
        keywords=("租房备案", "租赁备案", "租房合同备案"),
        themes=("renting", "schooling"),
        objects=("natural_person", "legal_person"),
        conditions=(
            t(
                "出租人与承租人已签订房屋租赁合同",
                "出租人與承租人已簽訂房屋租賃合同",
                "Landlord and tenant have signed a tenancy agreement",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.RENTAL_CONTRACT,
            m.certificate("real_estate_certificate", required=False),
        ),
        form=(
            *f.APPLICANT,
            PROPERTY_ADDRESS,
            field("lease_start", "date", t("租赁起始日", "租賃起始日", "Tenancy starts")),
            field("lease_end", "date", t("租赁截止日", "租賃截止日", "Tenancy ends")),
        ),
        legal_days=3,
        promised_days=1,
        instant=(rule("level_at_least", level="L2"), rule("no_open_case")),
    ),
    _item(
        3,
        item_type="public_service",
        name=t(
            "商品房买卖合同网签备案查询",
            "商品房買賣合同網簽備案查詢",
            "Check that a home sale contract is filed",
        ),
        keywords=("网签查询", "购房合同备案查询", "网签备案"),
        themes=("home_buying", "property"),
        conditions=(
            t(
                "购房人查询本人签订的商品房买卖合同",
                "購房人查詢本人簽訂的商品房買賣合同",
                "Buyers checking their own contract",
            ),
        ),
        materials=(m.ID_CARD,),
        form=(
            *f.APPLICANT,
            field(
                "contract_number",
                "text",
                t("合同编号", "合同編號", "Contract number"),
                validation={"pattern": "^[0-9A-Z-]{6,30}$"},
            ),
        ),
        legal_days=1,
        promised_days=0,
        instant=(rule("level_at_least", level="L2"),),
    ),
)
