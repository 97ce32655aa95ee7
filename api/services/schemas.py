"""Schemas of the catalogue: items, guides, search and browse filters, admin edits."""

import marshmallow as ma

from api.common import Id, PageQuerySchema, Schema
from core.departments import BY_SLUG as DEPARTMENTS
from services.catalogue.build import REGIONS
from services.catalogue.themes import BY_SLUG as THEMES
from services.catalogue.themes import LIFE_EVENT, THEME
from services.usecases.catalogue_admin import EDITABLE

TEXT = ma.fields.Dict(
    keys=ma.fields.String(), values=ma.fields.String(), metadata={"description": "zh-CN, zh-HK, en"}
)


def _slugs(kind: str) -> list[str]:
    return [slug for slug, theme in THEMES.items() if theme["kind"] == kind]


class ServiceQuerySchema(PageQuerySchema):
    q = ma.fields.String(
        load_default=None,
        validate=ma.validate.Length(max=256),
        metadata={"description": "Chinese, pinyin or initials (jsz, gjj); ranked by relevance"},
    )
    department = ma.fields.String(load_default=None, validate=ma.validate.OneOf(DEPARTMENTS))
    theme = ma.fields.String(load_default=None, validate=ma.validate.OneOf(_slugs(THEME)))
    life_event = ma.fields.String(load_default=None, validate=ma.validate.OneOf(_slugs(LIFE_EVENT)))
    region = ma.fields.String(
        load_default=None,
        validate=ma.validate.OneOf(REGIONS),
        metadata={"description": "GB/T 2260 city code; province-wide services included"},
    )
    zero_visit = ma.fields.Boolean(load_default=None, metadata={"description": "零跑动 only"})


class ServiceItemSchema(Schema):
    """A catalogue entry as lists show it (the guide without its form and conditions)."""

    id = Id()
    implementation_code = ma.fields.String(metadata={"description": "实施编码"})
    basic_code = ma.fields.String(metadata={"description": "基本编码"})
    item_type = ma.fields.String()
    name = TEXT
    department = ma.fields.String()
    department_code = ma.fields.String(metadata={"description": "unified social credit code"})
    region = ma.fields.String()
    service_object = ma.fields.List(ma.fields.String())
    themes = ma.fields.List(ma.fields.String())
    keywords = ma.fields.List(ma.fields.String())
    time_limits = ma.fields.Dict(metadata={"description": "{legal_days, promised_days}"})
    fee_fen = ma.fields.Integer(metadata={"description": "fee in fen (0: free)"})
    visits = ma.fields.Integer(metadata={"description": "counter visits (0: 零跑动)"})
    online_depth = ma.fields.Integer()
    instant = ma.fields.Dict(allow_none=True, metadata={"description": "秒办 rules, or null"})
    appointment = ma.fields.Boolean()
    delivery = ma.fields.List(ma.fields.String())
    min_level = ma.fields.String(metadata={"enum": ["L1", "L2", "L3"]})
    result_certificate = ma.fields.String(allow_none=True)
    guide_version = ma.fields.Integer()
    status = ma.fields.String(metadata={"enum": ["published", "withdrawn"]})
    match = ma.fields.String(
        metadata={"description": "search only: how it matched (name, keyword, pinyin, …)"}
    )


class PersonalSchema(Schema):
    applicant = ma.fields.String(metadata={"description": "masked name of who applies"})
    agent = ma.fields.Dict(allow_none=True, metadata={"description": "代办: the agent"})
    prefilled = ma.fields.List(
        ma.fields.Dict(), metadata={"description": "[{field, value, source}] offered values"}
    )
    materials_covered = ma.fields.List(
        ma.fields.Dict(),
        metadata={"description": "[{material, certificate, identifier}] a certificate stands in"},
    )
    step_up = ma.fields.Dict(
        allow_none=True,
        metadata={"description": "{required_level, methods, max_age_seconds} when below"},
    )


class GuideSchema(ServiceItemSchema):
    """The guide (办事指南): everything, and for a logged-in resident what pre-fill offers."""

    conditions = ma.fields.List(TEXT)
    materials = ma.fields.List(
        ma.fields.Dict(), metadata={"description": "{id, name, required, certificate, upload}"}
    )
    form = ma.fields.List(
        ma.fields.Dict(),
        metadata={"description": "{name, type, label, required, prefill, validation, options}"},
    )
    personal = ma.fields.Nested(PersonalSchema, allow_none=True)
    favourite = ma.fields.Boolean(
        allow_none=True, metadata={"description": "among my favourites (null without a resident)"}
    )


class GuideQuerySchema(Schema):
    dependant_id = ma.fields.String(
        load_default=None,
        validate=ma.validate.Regexp("^[0-9a-f]{24}$"),
        metadata={"description": "pre-fill for a dependant I look after (代办)"},
    )


class HotQuerySchema(Schema):
    limit = ma.fields.Integer(load_default=8, validate=ma.validate.Range(min=1, max=50))


class ThemeSchema(Schema):
    slug = ma.fields.String()
    kind = ma.fields.String(metadata={"enum": [LIFE_EVENT, THEME]})
    name = TEXT


class ServiceDepartmentSchema(Schema):
    slug = ma.fields.String()
    credit_code = ma.fields.String()
    name = TEXT


class AdminServiceQuerySchema(PageQuerySchema):
    status = ma.fields.String(
        load_default=None, validate=ma.validate.OneOf(("published", "withdrawn"))
    )


class GuideEditSchema(Schema):
    guide_version = ma.fields.Integer(
        required=True, metadata={"description": "the version the edit starts from"}
    )
    changes = ma.fields.Dict(
        required=True,
        validate=ma.validate.Length(min=1),
        metadata={"description": "fields to replace: " + ", ".join(EDITABLE)},
    )


class GuideVersionSchema(GuideSchema):
    id = ma.fields.Constant(None, dump_only=True)
    kept_at = ma.fields.AwareDateTime()
