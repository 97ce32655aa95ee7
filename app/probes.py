"""Liveness and readiness probes for load balancers and orchestrators."""

from flask import Blueprint, jsonify
from pymongo.errors import PyMongoError

from app.database import get_db
from app.errors import error_response

probes = Blueprint("probes", __name__)


@probes.get("/healthz")
def healthz():
    """Say the process is alive."""
    return jsonify(status="ok")


@probes.get("/readyz")
def readyz():
    """Say whether the database answers (503 when it does not)."""
    try:
        get_db().client.admin.command("ping")
    except PyMongoError:
        return error_response(503, "server.unavailable")
    return jsonify(status="ready", database="ok")
