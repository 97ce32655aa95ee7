"""The clerk's workbench: the department's queue, case actions, uploads, rectifications."""

from flask_jwt_extended import get_jwt_identity

from api.cases.routes import attachment
from api.cases.schemas import CaseSchema
from api.common import page, page_of
from api.workbench.schemas import (
    ActionSchema,
    ClerkCaseSchema,
    CloseRectificationSchema,
    QueueQuerySchema,
    RectificationQuerySchema,
    RectificationSchema,
)
from app.container import container
from app.smorest import Blueprint

blp = Blueprint(
    "workbench",
    __name__,
    url_prefix="/api/v1/workbench",
    description="Clerk workbench: my department's cases (clerk)",
)


@blp.route("/cases", methods=["GET"])
@blp.staff_required("clerk")
@blp.arguments(QueueQuerySchema, location="query")
@blp.response(200, page_of(CaseSchema))
def queue(query):
    """List my department's cases in one queue, oldest first."""
    workbench = container().workbench
    return page(
        workbench.queue(get_jwt_identity(), query["queue"], query["limit"], query["offset"])
    )


@blp.route("/cases/<objectid:case_id>", methods=["GET"])
@blp.staff_required("clerk")
@blp.response(200, ClerkCaseSchema)
def show(case_id):
    """Show a case of my department: form, materials, timeline, the certificate to issue."""
    return container().workbench.show(get_jwt_identity(), case_id)


@blp.route("/cases/<objectid:case_id>/actions", methods=["POST"])
@blp.refuses(409)
@blp.staff_required("clerk")
@blp.arguments(ActionSchema)
@blp.response(200, CaseSchema)
def act(body, case_id):
    """Accept, refuse, ask for correction, process, start or end a special procedure, complete."""
    return container().workbench.act(get_jwt_identity(), case_id, body)


@blp.route("/uploads/<objectid:upload_id>", methods=["GET"])
@blp.staff_required("clerk")
@blp.response(200, content_type="application/octet-stream", description="the file, as sent")
def upload(upload_id):
    """Download a material uploaded to a case of my department (as an attachment)."""
    return attachment(container().uploads.for_clerk(get_jwt_identity(), upload_id))


@blp.route("/rectifications", methods=["GET"])
@blp.staff_required("clerk")
@blp.arguments(RectificationQuerySchema, location="query")
@blp.response(200, page_of(RectificationSchema))
def rectifications(query):
    """List my department's rectification tasks opened by bad ratings (整改)."""
    workbench = container().workbench
    tasks = workbench.rectifications_of(
        get_jwt_identity(), query["status"], query["limit"], query["offset"]
    )
    return page(tasks)


@blp.route("/rectifications/<objectid:task_id>/close", methods=["POST"])
@blp.staff_required("clerk")
@blp.arguments(CloseRectificationSchema)
@blp.response(200, RectificationSchema)
def close_rectification(body, task_id):
    """Close a rectification task with what was done; the resident sees the outcome."""
    return container().workbench.close_rectification(get_jwt_identity(), task_id, body["outcome"])
