"""Public documents for offline verifiers: health-code keys and the colour rules."""

from flask import jsonify

from app.container import container
from app.smorest import Blueprint
from health_code.rules.ruleset import ruleset_document

blp = Blueprint(
    "public_documents",
    __name__,
    url_prefix="/",
    description="Public keys and rules for verifiers and holders",
)


@blp.route("/.well-known/health-code-keys.json", methods=["GET"])
@blp.response(200, description="JWK-style Ed25519 keys with kid, valid_from and retired_at")
def health_code_keys():
    """Publish the health-code verification keys, so scanners can verify offline."""
    response = jsonify(container().health_keys.published())
    response.headers["Cache-Control"] = "public, max-age=300"
    return response


@blp.route("/api/v1/health-code/rules", methods=["GET"])
@blp.response(200, description="The versioned colour rule set")
def health_code_rules():
    """Show the colour rules in force, with their parameters and wording."""
    return jsonify(ruleset_document())
