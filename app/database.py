"""One MongoClient per process: the configured server or the embedded one."""

import os

import pymongo
from flask import current_app

from app.embedded_db import EmbeddedDatabase

_clients: dict[str, pymongo.MongoClient] = {}
_embedded: dict[str, EmbeddedDatabase] = {}


def start_embedded(data_dir: str) -> str:
    """Start (once per process) the embedded server storing under data_dir; return its URI."""
    path = os.path.abspath(os.path.join(data_dir, "db"))
    if path not in _embedded:
        os.makedirs(data_dir, exist_ok=True)
        log_path = os.path.join(data_dir, "secantus.log")
        _embedded[path] = EmbeddedDatabase(path, log_path).start()
    return _embedded[path].uri


def client_for(uri: str) -> pymongo.MongoClient:
    """Return this process's client for uri, creating it on first use."""
    if uri not in _clients:
        _clients[uri] = pymongo.MongoClient(
            uri, tz_aware=True, appname="shengshi", serverSelectionTimeoutMS=5000
        )
    return _clients[uri]


def init_database(app) -> None:
    """Connect the app to its database, starting the embedded server if no URI is set."""
    if not app.config["MONGODB_URI"]:
        app.config["MONGODB_URI"] = start_embedded(app.config["DATA_DIR"])
    app.extensions["mongo_db"] = client_for(app.config["MONGODB_URI"])[app.config["MONGODB_DB"]]


def get_db():
    """Return the current app's database."""
    return current_app.extensions["mongo_db"]
