"""Small pieces every resource uses: who is calling, and base schemas."""

import marshmallow as ma
from flask import g
from flask_jwt_extended import get_jwt, get_jwt_identity

from accounts.audit import Actor
from app.addresses import client_address


class Schema(ma.Schema):
    """Base schema: unknown fields are refused, not silently dropped."""

    class Meta:
        unknown = ma.RAISE


def current_actor(kind: str | None = None, actor_id: str | None = None) -> Actor:
    """Describe the caller for the audit trail (the token's subject when logged in)."""
    if kind is None:
        claims = get_jwt()
        kind, actor_id = claims.get("kind", "anonymous"), get_jwt_identity()
    return Actor(kind=kind, id=actor_id, address=client_address(), request_id=g.get("request_id"))


def current_account_id() -> str:
    """Return the logged-in resident's account id."""
    return get_jwt_identity()
