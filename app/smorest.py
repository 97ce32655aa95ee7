"""flask-smorest Api and Blueprint with our error envelope and documented bearer auth."""

import http
from functools import wraps

import flask_smorest
import marshmallow as ma
from flask import current_app

from app.errors import handle_http_exception
from app.verified_tokens import VerifiedTokens, verify_access
from core.errors import ServiceError

BEARER = "bearerAuth"
# Every operation can answer these: the database out of reach (503), a failure of ours (500).
ALWAYS = (500, 503)


class ErrorSchema(ma.Schema):
    """The one error envelope every failure answers with (documentation only)."""

    code = ma.fields.Integer(required=True, metadata={"description": "the HTTP status"})
    status = ma.fields.String(required=True, metadata={"description": "the status's name"})
    message = ma.fields.String(
        required=True, metadata={"description": "what went wrong, in the reader's language"}
    )
    errors = ma.fields.Dict(
        required=True,
        keys=ma.fields.String(),
        metadata={"description": "field name → messages beside that field (may nest)"},
    )
    error = ma.fields.String(
        required=True, metadata={"description": "stable machine key, e.g. health_code.expired"}
    )


class Api(flask_smorest.Api):
    """The API; its HTTP errors use the envelope, and it documents bearer auth."""

    ERROR_SCHEMA = ErrorSchema

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
    def refuses(*statuses: int):
        """Document the refusals a view can answer beyond the generic ones (409, 429 …)."""

        def decorator(function):
            function._apidoc = dict(getattr(function, "_apidoc", {}))
            function._apidoc["refusals"] = tuple(statuses)
            return function

        return decorator

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
        responses = doc.setdefault("responses", {})
        for status in (*doc_info.get("refusals", ()), *ALWAYS):
            responses[str(status)] = http.HTTPStatus(status).name
        if doc.get("requestBody"):
            responses["400"] = http.HTTPStatus(400).name  # malformed JSON, too deep
            responses["413"] = http.HTTPStatus(413).name
        auth = doc_info.get("auth")
        if auth:
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
            claims = verify_access(_verified_tokens(), current_app_sessions(), refresh)
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


def document_missing_resources(spec) -> None:
    """Document 404 on every operation whose path names a resource by id."""
    # apispec keeps the paths in this dict until the document is rendered.
    for path, operations in spec._paths.items():
        if "{" not in path:
            continue
        for operation in operations.values():
            if isinstance(operation, dict) and "responses" in operation:
                # A reference, not the bare name: apispec has already resolved names to
                # references by the time the paths are complete.
                not_found = {"$ref": f"#/components/responses/{http.HTTPStatus(404).name}"}
                operation["responses"].setdefault("404", not_found)


def _verified_tokens() -> VerifiedTokens:
    return current_app.extensions.setdefault("verified_tokens", VerifiedTokens())


def current_app_sessions():
    return current_app.extensions["container"].sessions
