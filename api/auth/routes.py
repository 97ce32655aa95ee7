"""Log in by SMS code, WeChat or staff password; refresh and log out."""

from datetime import UTC, datetime

from flask import current_app, request
from flask_jwt_extended import get_jwt, get_jwt_identity

from accounts.phones import normalise_phone
from api.auth import flows
from api.auth.schemas import (
    LogoutSchema,
    PhoneLoginSchema,
    SmsCodeRequestSchema,
    SmsCodeSentSchema,
    StaffLoginSchema,
    TokenPairSchema,
    WechatLoginSchema,
)
from api.common import current_actor
from app.addresses import client_address
from app.container import container
from app.extensions import limiter
from app.i18n import translate
from app.smorest import Blueprint
from app.tokens import issue_token_pair

blp = Blueprint("auth", __name__, url_prefix="/api/v1/auth", description="Log in and out")


def _setting(name):
    return lambda: current_app.config[name]


# A body without a username is refused by its schema (422) and never counted; it still needs a
# non-empty key, which the limiter would otherwise log as an error.
NO_USERNAME = "-"


def _staff_username() -> str:
    body = request.get_json(silent=True)
    username = str(body.get("username", ""))[:64] if isinstance(body, dict) else ""
    return username or NO_USERNAME


def _staff_username_here() -> str:
    return f"{_staff_username()}@{client_address()}"


def _failed(response) -> bool:
    """Count wrong passwords only: a clerk logging in many times a day is never locked."""
    return response.status_code == 401


def _locked_out(breached) -> None:
    """Tell the real user (audit trail, notice at their next login) that a lock began."""
    username = _staff_username()
    if username:
        until = datetime.fromtimestamp(breached.reset_at, UTC)
        actor = current_actor("staff", username)
        container().staff.note_lockout(username, until, actor, str(breached.limit))


NOTICE_KEYS = {
    "failed_logins": "staff.notice.failed_logins",
    "locked_out": "staff.notice.locked_out",
}


@blp.route("/sms-codes", methods=["POST"])
@blp.refuses(429)
@limiter.limit(_setting("SMS_PER_ADDRESS_LIMIT"))
@blp.arguments(SmsCodeRequestSchema)
@blp.response(201, SmsCodeSentSchema)
def send_sms_code(body):
    """Send a 6-digit login code to a mainland mobile number."""
    resend_after = container().sms.send_code(normalise_phone(body["phone"]))
    return {"resend_after": resend_after, "expires_in": current_app.config["SMS_CODE_TTL_SECONDS"]}


@blp.route("/tokens", methods=["POST"])
@blp.refuses(429)
@limiter.limit(_setting("LOGIN_PER_ADDRESS_LIMIT"))
@blp.arguments(PhoneLoginSchema)
@blp.response(201, TokenPairSchema)
def log_in_with_code(body):
    """Exchange a phone number and its SMS code for tokens; the account is made on first login."""
    return flows.phone_login(normalise_phone(body["phone"]), body["code"])


@blp.route("/tokens", methods=["DELETE"])
@blp.login_required
@blp.response(200, LogoutSchema)
def log_out():
    """Log out this device: its tokens stop working (every server within 1 s)."""
    container().sessions.close(get_jwt()["sid"], get_jwt_identity())
    return {"sessions_closed": 1}


@blp.route("/tokens/all", methods=["DELETE"])
@blp.login_required
@blp.response(200, LogoutSchema)
def log_out_everywhere():
    """Log out every device of this account."""
    return {"sessions_closed": container().sessions.close_all(get_jwt_identity())}


@blp.route("/tokens/refresh", methods=["POST"])
@blp.login_required(refresh=True)
@blp.response(201, TokenPairSchema)
def refresh_tokens():
    """Swap the refresh token (sent as the bearer token) for a new pair; reuse revokes it."""
    claims = get_jwt()
    grant = container().sessions.rotate(claims["sid"], claims["jti"], get_jwt_identity())
    return {**issue_token_pair(grant), "kind": grant.kind, "roles": list(grant.roles)}


@blp.route("/wechat", methods=["POST"])
@blp.refuses(409, 429)
@limiter.limit(_setting("LOGIN_PER_ADDRESS_LIMIT"))
@blp.arguments(WechatLoginSchema)
@blp.response(201, TokenPairSchema)
def log_in_with_wechat(body):
    """Log in from the mini-program with a wx.login code; the first time, also link a phone."""
    return flows.wechat_login(body)


class _StaffLimits:
    """Wrong passwords lock a username at one address, so others cannot lock a clerk out;
    a slower ceiling per username bounds guessing from many addresses."""

    per_username_here = limiter.limit(
        _setting("STAFF_LOGIN_LIMIT"),
        key_func=_staff_username_here,
        scope="staff-username-address",
        deduct_when=_failed,
        on_breach=_locked_out,
    )
    per_username = limiter.limit(
        _setting("STAFF_LOGIN_USERNAME_LIMIT"),
        key_func=_staff_username,
        scope="staff-username",
        deduct_when=_failed,
        on_breach=_locked_out,
    )
    per_address = limiter.limit(
        _setting("STAFF_LOGIN_ADDRESS_LIMIT"), scope="staff-address", deduct_when=_failed
    )


@blp.route("/staff-tokens", methods=["POST"])
@blp.refuses(401, 403, 429)
@_StaffLimits.per_username_here
@_StaffLimits.per_username
@_StaffLimits.per_address
@blp.arguments(StaffLoginSchema)
@blp.response(201, TokenPairSchema)
def log_in_staff(body):
    """Log a staff member in with username and password; the token carries their roles.

    `notices` tells them what happened since their last login (failed attempts, locks).
    A disabled account is refused (403); after an administrator reset the password, the
    one-time password logs in only together with `new_password` (403 until then).
    """
    staff, notices = container().staff.authenticate(
        body["username"],
        body["password"],
        current_actor("staff", body["username"]),
        body["new_password"],
    )
    grant = container().sessions.open(
        staff["username"], "staff", staff["roles"], request.user_agent.string
    )
    for notice in notices:
        notice["message"] = translate(NOTICE_KEYS[notice["kind"]], notice)
    return {**issue_token_pair(grant), "kind": "staff", "roles": staff["roles"], "notices": notices}


__all__ = ["blp"]
