"""Access and refresh JWTs for sessions, and the JWT loaders that answer with the envelope."""

import logging
from datetime import timedelta

from flask import current_app
from flask_jwt_extended import create_access_token, create_refresh_token

from app.errors import error_response
from core.errors import ServiceError

log = logging.getLogger(__name__)


def issue_token_pair(grant) -> dict:
    """Mint an access token and a refresh token whose jti is the session's current one."""
    claims = {"kind": grant.kind, "roles": list(grant.roles), "sid": grant.session_id}
    access = create_access_token(grant.subject, additional_claims=claims)
    refresh = create_refresh_token(
        grant.subject, additional_claims={**claims, "jti": grant.refresh_jti}
    )
    lifetime = current_app.config["JWT_ACCESS_TOKEN_EXPIRES"]
    return {
        "access_token": access,
        "refresh_token": refresh,
        "token_type": "Bearer",
        "expires_in": int(lifetime.total_seconds()),
    }


def configure_jwt(app, jwt, session_service) -> None:
    """Set token lifetimes and algorithms, check sessions, and answer failures with the envelope."""
    app.config["JWT_ACCESS_TOKEN_EXPIRES"] = timedelta(minutes=app.config["ACCESS_TOKEN_MINUTES"])
    app.config["JWT_REFRESH_TOKEN_EXPIRES"] = timedelta(days=app.config["REFRESH_TOKEN_DAYS"])
    app.config["JWT_ALGORITHM"] = "HS256"
    app.config["JWT_DECODE_ALGORITHMS"] = ["HS256"]
    app.config["JWT_TOKEN_LOCATION"] = ["headers"]

    @jwt.token_in_blocklist_loader
    def _revoked(_header, payload):
        state = session_service().check(
            str(payload.get("sid", "")),
            str(payload.get("sub", "")),
            str(payload.get("kind", "")),
            payload.get("roles") or (),
        )
        if state == "foreign":
            # Only someone holding the signing key can make such a token: say so loudly.
            log.warning("token names a session that is not its own", extra={"sid": payload["sid"]})
            raise ServiceError("auth.invalid_token", "unauthorized")
        return state != "active"

    jwt.unauthorized_loader(lambda _reason: error_response(401, "auth.missing_token"))
    jwt.invalid_token_loader(lambda _reason: error_response(401, "auth.invalid_token"))
    jwt.expired_token_loader(lambda _h, _p: error_response(401, "auth.expired_token"))
    jwt.revoked_token_loader(lambda _h, _p: error_response(401, "auth.revoked_token"))
    jwt.needs_fresh_token_loader(lambda _h, _p: error_response(401, "auth.invalid_token"))
    jwt.user_lookup_error_loader(lambda _h, _p: error_response(401, "auth.revoked_token"))
    jwt.token_verification_failed_loader(lambda _h, _p: error_response(401, "auth.invalid_token"))
