"""The application factory."""

import logging

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from accounts.audit import Actor
from app.config import load_config
from app.container import build_container, container
from app.converters import OBJECT_ID_SPEC, ObjectIdConverter
from app.database import (
    before_close,
    close_rate_limit_storage,
    get_db,
    init_database,
    rate_limit_storage_options,
)
from app.errors import register_error_handlers
from app.extensions import api, jwt, limiter
from app.request_log import configure_logging, init_request_log
from app.stateless import NoSessions
from app.step_up_answer import register_step_up_answer
from app.tokens import configure_jwt
from core.clock import Clock
from models import ensure_indexes
from models.migrations import migrate

log = logging.getLogger(__name__)


def create_app(overrides: dict | None = None) -> Flask:
    """Create the app: config, database, engines, extensions, routes."""
    app = Flask(__name__, static_folder=None)
    app.session_interface = NoSessions()
    app.config.update(load_config(overrides))
    app.json.ensure_ascii = False
    configure_logging(app.config["LOG_LEVEL"])
    if app.config["TRUSTED_PROXIES"]:
        hops = app.config["TRUSTED_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    init_database(app)
    db = app.extensions["mongo_db"]
    ensure_indexes(db)
    clock = Clock()
    migrate(db, clock())
    app.extensions["container"], app.extensions["wiring"] = build_container(db, app.config, clock)
    _finish_interrupted_deletions(app.extensions["container"])
    _init_extensions(app)
    register_error_handlers(app)
    register_step_up_answer(app)
    init_request_log(app)
    from api import register_blueprints
    from app.cli import register_cli
    from app.miniprogram import miniprogram
    from app.probes import probes

    app.register_blueprint(probes)
    app.register_blueprint(miniprogram)
    register_blueprints(api, app)
    register_cli(app)
    return app


def _finish_interrupted_deletions(engines) -> None:
    """Finish account deletions a failure left midway (every step is safe to run again)."""
    try:
        finished = engines.account_deletion.finish_pending(Actor(kind="system", id="startup"))
    except Exception:  # a stuck deletion is retried next time; it must not stop the app
        log.exception("could not finish interrupted account deletions at start")
        return
    if finished:
        log.warning("finished interrupted account deletions", extra={"accounts": finished})


def _init_extensions(app: Flask) -> None:
    app.config.update(_openapi_settings())
    app.config["RATELIMIT_STORAGE_URI"] = _limiter_storage(app.config)
    app.config["RATELIMIT_STORAGE_OPTIONS"] = rate_limit_storage_options(app.config)
    configure_jwt(app, jwt, lambda: container().sessions)
    jwt.init_app(app)
    limiter.init_app(app)
    before_close("rate-limit storage", lambda: close_rate_limit_storage(limiter))
    api.init_app(app)
    app.url_map.converters["objectid"] = ObjectIdConverter
    api.register_converter(ObjectIdConverter, lambda _converter: dict(OBJECT_ID_SPEC))


def _limiter_storage(config: dict) -> str:
    if config["RATELIMIT_STORAGE_URI"]:
        return config["RATELIMIT_STORAGE_URI"]
    if config["TESTING"]:
        return "memory://"
    return config["MONGODB_URI"]


def _openapi_settings() -> dict:
    return {
        "API_TITLE": "Shengshi API",
        "API_VERSION": "v1",
        "OPENAPI_VERSION": "3.1.0",
        "OPENAPI_URL_PREFIX": "/",
        "OPENAPI_JSON_PATH": "openapi.json",
        "API_SPEC_OPTIONS": {
            "info": {
                "description": (
                    "省事 — residents' services, e-certificates and health codes. "
                    "Errors use one envelope: {code, status, message, errors, error}."
                )
            }
        },
    }


__all__ = ["create_app", "get_db", "container"]
