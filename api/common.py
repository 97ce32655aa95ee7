"""Small pieces every resource uses: who is calling, base schemas, ids and pages."""

import marshmallow as ma
from flask import g
from flask_jwt_extended import get_jwt, get_jwt_identity

from accounts.audit import Actor
from app.addresses import client_address

MAX_PAGE = 100


class Schema(ma.Schema):
    """Base schema: unknown fields are refused, not silently dropped."""

    class Meta:
        unknown = ma.RAISE


class ObjectIdString(ma.fields.Field):
    """A stored ObjectId shown as its 24 hexadecimal characters."""

    def _serialize(self, value, attr, obj, **kwargs):
        return None if value is None else str(value)


def Id(**kwargs) -> ObjectIdString:  # noqa: N802 - reads as a field type in schemas
    """The `id` of a stored document: its `_id`, as a string."""
    return ObjectIdString(attribute="_id", dump_only=True, **kwargs)


class PageQuerySchema(Schema):
    limit = ma.fields.Integer(
        load_default=20,
        validate=ma.validate.Range(min=1, max=MAX_PAGE),
        metadata={"description": f"items per page (1-{MAX_PAGE})"},
    )
    offset = ma.fields.Integer(
        load_default=0,
        validate=ma.validate.Range(min=0, max=1_000_000),
        metadata={"description": "items to skip"},
    )


_PAGES: dict[str, type[ma.Schema]] = {}


def page_of(item_schema: type[ma.Schema]) -> type[ma.Schema]:
    """Return the schema of one page of items: {items: [...], total: n}."""
    name = item_schema.__name__.removesuffix("Schema") + "PageSchema"
    if name not in _PAGES:
        _PAGES[name] = type(
            name,
            (Schema,),
            {
                "items": ma.fields.List(ma.fields.Nested(item_schema), required=True),
                "total": ma.fields.Integer(
                    required=True, metadata={"description": "how many items there are in all"}
                ),
            },
        )
    return _PAGES[name]


def page(result: tuple[list, int]) -> dict:
    """Shape an engine's (items, total) as a page."""
    items, total = result
    return {"items": items, "total": total}


def current_actor(kind: str | None = None, actor_id: str | None = None) -> Actor:
    """Describe the caller for the audit trail (the token's subject when logged in)."""
    if kind is None:
        claims = get_jwt()
        kind, actor_id = claims.get("kind", "anonymous"), get_jwt_identity()
    return Actor(kind=kind, id=actor_id, address=client_address(), request_id=g.get("request_id"))


def current_account_id() -> str:
    """Return the logged-in resident's account id."""
    return get_jwt_identity()


def optional_account_id() -> str | None:
    """Return the resident's account id when a valid resident token came, else None."""
    from flask_jwt_extended import verify_jwt_in_request

    verify_jwt_in_request(optional=True)
    claims = get_jwt()
    return get_jwt_identity() if claims.get("kind") == "resident" else None
