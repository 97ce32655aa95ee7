"""Liveness and readiness probes for load balancers and orchestrators."""

import pymongo
from flask import Blueprint, jsonify
from pymongo.errors import PyMongoError

from app.database import get_db
from app.errors import error_response

probes = Blueprint("probes", __name__)
# Probes time out after a second or two; waiting the client's full server-selection time
# (5 s) would tie up a worker per probe while the database is down.
READINESS_TIMEOUT_SECONDS = 2


@probes.get("/healthz")
def healthz():
    """Say the process is alive."""
    return jsonify(status="ok")


@probes.get("/readyz")
def readyz():
    """Say whether the database answers (503 when it does not)."""
    try:
        with pymongo.timeout(READINESS_TIMEOUT_SECONDS):
            get_db().client.admin.command("ping")
    except PyMongoError:
        return error_response(503, "server.unavailable")
    return jsonify(status="ready", database="ok")
