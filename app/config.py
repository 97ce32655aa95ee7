"""Settings read from the environment, with development defaults."""

import os

from app.settings_table import SETTINGS, Setting

SECRET_NAMES = (
    "SECRET_KEY",
    "JWT_SECRET_KEY",
    "PII_KEY",
    "BLIND_INDEX_KEY",
    "HEALTH_CODE_KEK",
    "ECERT_KEK",
    "PAYMENT_NOTIFY_SECRET",
)
DEFAULT_SECRETS = {s.name: s.default for s in SETTINGS if s.name in SECRET_NAMES}


class ConfigError(RuntimeError):
    """Raised when the configuration cannot run safely."""


def _parse(setting: Setting, raw: str):
    if setting.kind is bool:
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if setting.kind is int:
        return int(raw)
    return raw


def load_config(overrides: dict | None = None) -> dict:
    """Build the Flask config from defaults, the environment and explicit overrides."""
    config = {}
    for setting in SETTINGS:
        raw = os.environ.get(setting.name)
        config[setting.name] = setting.default if raw is None else _parse(setting, raw)
    config.update(overrides or {})
    config["TESTING"] = config["APP_ENV"] == "testing"
    _check_lifetimes(config)
    _check_production(config)
    return config


def _check_lifetimes(config: dict) -> None:
    # flask-jwt-extended leaves exp out of a token with a zero lifetime: it would never expire.
    for name in ("ACCESS_TOKEN_MINUTES", "REFRESH_TOKEN_DAYS"):
        if config[name] <= 0:
            raise ConfigError(f"{name} must be a positive number, not {config[name]}")


def _check_production(config: dict) -> None:
    if config["APP_ENV"] not in ("development", "testing", "production"):
        raise ConfigError(
            f"APP_ENV must be development, testing or production: {config['APP_ENV']}"
        )
    if config["APP_ENV"] != "production":
        return
    weak = [name for name, value in DEFAULT_SECRETS.items() if config.get(name) == value]
    if weak:
        raise ConfigError("production refuses default secrets; set " + ", ".join(weak))
    if config["SMS_PROVIDER"] == "outbox":
        raise ConfigError("production refuses the outbox SMS provider; set SMS_PROVIDER")
