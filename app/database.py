"""One MongoClient per process: the configured server or the embedded one, closed in order."""

import atexit
import os
from urllib.parse import parse_qsl, urlsplit

import pymongo
from flask import current_app
from pymongo.errors import PyMongoError

from app.embedded_db import EmbeddedDatabase

DEFAULT_TIMEOUT_MS = 2000

_clients: dict[tuple[str, int], pymongo.MongoClient] = {}
_embedded: dict[str, EmbeddedDatabase] = {}
_before_close: dict[str, object] = {}  # name -> callable closing something that uses a client


def start_embedded(data_dir: str) -> str:
    """Start (once per process) the supervised server storing under data_dir; return its URI."""
    path = os.path.abspath(os.path.join(data_dir, "db"))
    if path not in _embedded:
        os.makedirs(data_dir, exist_ok=True)
        log_path = os.path.join(data_dir, "secantus.log")
        _embedded[path] = EmbeddedDatabase(path, log_path).start(supervise=True)
    return _embedded[path].uri


def connection_options(timeout_ms: int) -> dict:
    """Return client options that give up quickly on a server that cannot be reached."""
    return {"serverSelectionTimeoutMS": timeout_ms, "connectTimeoutMS": timeout_ms}


def client_options(uri: str, timeout_ms: int) -> dict:
    """Return the options of the app's client: quick to give up, durable writes."""
    options = {"tz_aware": True, "appname": "shengshi", **connection_options(timeout_ms)}
    # A write is acknowledged only once it is in the server's journal, so it survives a
    # crash of the database process (README, Durability). A write concern named in the
    # URI (w=…, journal=…) is the operator's choice and wins.
    if not {"w", "journal"} & {name.lower() for name, _ in parse_qsl(urlsplit(uri).query)}:
        options["journal"] = True
    return options


def client_for(uri: str, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> pymongo.MongoClient:
    """Return this process's client for uri, creating it on first use."""
    key = (uri, timeout_ms)
    if key not in _clients:
        if not _clients:
            # Registered after the embedded server's own exit hook, so it runs first.
            atexit.register(close_all)
        _clients[key] = pymongo.MongoClient(uri, **client_options(uri, timeout_ms))
    return _clients[key]


def close_client(uri: str) -> None:
    """Close and forget this process's clients for uri (its server is going away)."""
    for key in [key for key in _clients if key[0] == uri]:
        _clients.pop(key).close()


def before_close(name: str, callback) -> None:
    """Have callback() run at exit before the clients close (one callback per name)."""
    _before_close[name] = callback


def close_all() -> None:
    """Close what this process opened, users first: the clients, then the embedded server."""
    for callback in list(_before_close.values()):
        callback()
    for client in list(_clients.values()):
        client.close()
    _clients.clear()
    for server in list(_embedded.values()):
        server.stop()


def init_database(app) -> None:
    """Connect the app to its database, starting the embedded server if no URI is set."""
    if not app.config["MONGODB_URI"]:
        app.config["MONGODB_URI"] = start_embedded(app.config["DATA_DIR"])
    client = client_for(app.config["MONGODB_URI"], app.config["MONGODB_TIMEOUT_MS"])
    app.extensions["mongo_db"] = client[app.config["MONGODB_DB"]]


def rate_limit_storage_options(config: dict) -> dict:
    """Return the options of the rate-limit storage's own client (limits makes it)."""
    # Counters need no journal: losing a minute of them in a crash is harmless.
    return {
        "database_name": config["MONGODB_DB"],
        **connection_options(config["MONGODB_TIMEOUT_MS"]),
    }


def close_rate_limit_storage(limiter) -> None:
    """Close the rate-limit storage's client while the database still answers.

    limits' MongoDB storage makes its client lazily and closes it in __del__, which at
    interpreter exit would make one (the database is gone by then) and print a traceback.
    """
    from limits.storage import MongoDBStorageBase

    storage = getattr(limiter, "_storage", None)  # None: the limiter never got its storage
    if not isinstance(storage, MongoDBStorageBase):
        return
    try:
        client = storage.storage
    except PyMongoError:  # made, but its indexes could not be: close it all the same
        client = storage.storage
    client.close()


def get_db():
    """Return the current app's database."""
    return current_app.extensions["mongo_db"]
