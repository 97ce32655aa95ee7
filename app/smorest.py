"""flask-smorest Api and Blueprint with our error envelope and documented bearer auth."""

import http
from functools import wraps

import flask_smorest
from flask_jwt_extended import get_jwt, verify_jwt_in_request

from app.errors import handle_http_exception
from core.errors import ServiceError

BEARER = "bearerAuth"


class Api(flask_smorest.Api):
    """The API; its HTTP errors use the envelope, and it documents bearer auth."""

    def init_app(self, app, *, spec_kwargs=None):
        super().init_app(app, spec_kwargs=spec_kwargs)
        self.spec.components.security_scheme(
            BEARER, {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
        )

    def handle_http_exception(self, error):
        return handle_http_exception(error)


class Blueprint(flask_smorest.Blueprint):
    """A blueprint whose auth decorators also write the operation's security and 401/403."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._prepare_doc_cbks.append(self._prepare_auth_doc)

    @staticmethod
    def resident_required(func=None, *, refresh: bool = False):
        """Require a live resident access token (or refresh token when refresh=True)."""
        return _guard(func, kinds=("resident",), roles=(), refresh=refresh)

    @staticmethod
    def staff_required(*roles: str):
        """Require a live staff token holding one of roles."""
        return lambda func: _guard(func, kinds=("staff",), roles=roles, refresh=False)

    @staticmethod
    def login_required(func=None, *, refresh: bool = False):
        """Require a live token of a resident or a staff member."""
        return _guard(func, kinds=("resident", "staff"), roles=(), refresh=refresh)

    @staticmethod
    def _prepare_auth_doc(doc, doc_info, *, app, **kwargs):
        auth = doc_info.get("auth")
        if auth:
            responses = doc.setdefault("responses", {})
            responses["401"] = http.HTTPStatus(401).name
            if auth.get("roles") or auth["kinds"] != ("resident", "staff"):
                responses["403"] = http.HTTPStatus(403).name
            doc["security"] = [{BEARER: []}]
            # Who may call it, for client generators and the README's API table.
            doc["x-token-kinds"] = list(auth["kinds"])
            if auth.get("roles"):
                doc["x-roles"] = list(auth["roles"])
        return doc


def _guard(func, *, kinds, roles, refresh):
    def decorator(function):
        @wraps(function)
        def wrapper(*args, **kwargs):
            verify_jwt_in_request(refresh=refresh)
            claims = get_jwt()
            if claims.get("kind") not in kinds:
                key = "auth.resident_only" if kinds == ("resident",) else "auth.forbidden_role"
                raise ServiceError(key, "forbidden")
            held = set(claims.get("roles") or ())
            if roles and not held & set(roles):
                raise ServiceError("auth.forbidden_role", "forbidden", required=list(roles))
            return function(*args, **kwargs)

        wrapper._apidoc = dict(getattr(function, "_apidoc", {}))
        wrapper._apidoc["auth"] = {"kinds": kinds, "roles": roles}
        return wrapper

    return decorator if func is None else decorator(func)
