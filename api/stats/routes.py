"""The reform figures (改革成效) measured from real cases."""

import marshmallow as ma

from api.common import Schema
from app.container import container
from app.smorest import Blueprint

blp = Blueprint("stats", __name__, url_prefix="/api/v1", description="Reform figures")

SHARE = "{count, total, share} (share null when there is nothing to count)"


class ReformSchema(Schema):
    since = ma.fields.AwareDateTime()
    until = ma.fields.AwareDateTime()
    cases = ma.fields.Integer(metadata={"description": "cases received in the period"})
    zero_visit_services = ma.fields.Dict(metadata={"description": SHARE})
    instant_services = ma.fields.Dict(metadata={"description": SHARE})
    online_completion = ma.fields.Dict(metadata={"description": SHARE})
    instant_approvals = ma.fields.Dict(metadata={"description": SHARE})
    processing_time = ma.fields.Dict(
        metadata={"description": "{cases, average_days, average_promised_days, within_promise}"}
    )
    prefilled_fields = ma.fields.Dict(metadata={"description": SHARE})
    certificate_materials = ma.fields.Dict(metadata={"description": SHARE})
    visits = ma.fields.Dict(metadata={"description": "{required, avoided: share}"})
    departments = ma.fields.List(
        ma.fields.Dict(), allow_none=True, metadata={"description": "admin only: per department"}
    )


@blp.route("/stats/reform", methods=["GET"])
@blp.response(200, ReformSchema)
def reform():
    """Show the reform figures of the last year (public summary)."""
    return container().reform.figures()


@blp.route("/admin/stats/reform", methods=["GET"])
@blp.staff_required("admin")
@blp.response(200, ReformSchema)
def reform_details():
    """Show the reform figures with each department's (admin)."""
    return container().reform.figures(detailed=True)
