"""Access tokens this process has already verified, so a repeat costs a dict lookup.

A phone sends the same access token with every request for its 15 minutes. Decoding it
again each time (base64 checks, HMAC, JSON) was a fifth of a request's CPU. The cache is
keyed by the whole token text, so only the exact bytes verified before can hit it; a hit
still checks the expiry and asks the session states whether the session was revoked.
"""

import threading
import time
from collections import OrderedDict

from flask import g, request
from flask_jwt_extended import get_jwt, get_jwt_header, verify_jwt_in_request
from flask_jwt_extended.exceptions import RevokedTokenError

from core.errors import ServiceError

MAX_TOKENS = 100_000


class VerifiedTokens:
    def __init__(self, max_tokens: int = MAX_TOKENS):
        self._tokens: OrderedDict[str, tuple[dict, dict]] = OrderedDict()
        self._lock = threading.Lock()
        self.max_tokens = max_tokens

    def get(self, token: str) -> tuple[dict, dict] | None:
        """Return (header, claims) of a token verified before and not yet expired."""
        entry = self._tokens.get(token)
        if entry is None or entry[1]["exp"] <= time.time():
            return None
        return entry

    def put(self, token: str, header: dict, claims: dict) -> None:
        with self._lock:
            self._tokens[token] = (header, claims)
            if len(self._tokens) > self.max_tokens:
                self._tokens.popitem(last=False)


def verify_access(tokens: VerifiedTokens, sessions, refresh: bool) -> dict:
    """Verify the request's bearer token (cached for access tokens); return its claims."""
    token = _bearer()
    entry = tokens.get(token) if token and not refresh else None
    if entry is None:
        verify_jwt_in_request(refresh=refresh)
        if token and not refresh:
            tokens.put(token, get_jwt_header(), get_jwt())
        return get_jwt()
    header, claims = entry
    if claims.get("type") != "access":
        verify_jwt_in_request(refresh=refresh)  # the library's own refusal of the wrong type
    state = sessions.check(claims["sid"], claims["sub"], claims.get("kind", ""), claims["roles"])
    if state == "foreign":
        raise ServiceError("auth.invalid_token", "unauthorized")
    if state != "active":
        raise RevokedTokenError(header, claims)
    # Where flask-jwt-extended keeps a verified token, so get_jwt() works as after its check.
    g._jwt_extended_jwt_header, g._jwt_extended_jwt = header, claims
    g._jwt_extended_jwt_user, g._jwt_extended_jwt_location = {"loaded_user": None}, "headers"
    return claims


def _bearer() -> str | None:
    value = request.headers.get("Authorization", "")
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token else None
