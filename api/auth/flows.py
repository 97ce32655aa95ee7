"""Login flows that combine engines (kept out of the views so each view stays one call)."""

from flask import request

from accounts.phones import normalise_phone
from api.common import current_actor
from app.container import container
from app.tokens import issue_token_pair
from core.errors import ServiceError
from providers.wechat import InvalidWechatCode


def _resident_tokens(account: dict) -> dict:
    grant = container().sessions.open(
        str(account["_id"]), "resident", (), request.user_agent.string
    )
    return {**issue_token_pair(grant), "kind": "resident", "roles": []}


def phone_login(phone: str, code: str) -> dict:
    """Check the SMS code, find or create the account, open a session."""
    try:
        container().sms.check_code(phone, code)
    except ServiceError:
        container().audit.record(
            "resident.login",
            "failed",
            current_actor("anonymous"),
            subject="phone:" + container().sms.phone_index(phone)[:16],
        )
        raise
    account = container().residents.login_by_phone(phone, current_actor("anonymous"))
    return _resident_tokens(account)


def wechat_login(body: dict) -> dict:
    """Log in by WeChat identity; link it to a phone account the first time."""
    try:
        session = container().wechat.code_to_session(body["code"])
    except InvalidWechatCode:
        raise ServiceError("auth.wechat_code_invalid", "unauthorized") from None
    account = container().residents.login_by_wechat(session.openid, current_actor("anonymous"))
    if account is None:
        if not body.get("phone") or not body.get("sms_code"):
            raise ServiceError(
                "auth.wechat_needs_phone",
                "invalid",
                errors={"phone": ["auth.wechat_needs_phone"]},
            )
        phone = normalise_phone(body["phone"])
        container().sms.check_code(phone, body["sms_code"])
        actor = current_actor("anonymous")
        account = container().residents.login_by_phone(phone, actor, "wechat")
        account = container().residents.link_wechat(account, session.openid, actor)
    return _resident_tokens(account)
