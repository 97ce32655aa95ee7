"""Applying and following cases: submit, drafts, my cases, withdraw, 补正, pay, rate, uploads."""

from urllib.parse import quote

from flask import Response, current_app, request

from api.cases.schemas import (
    ApplicationSchema,
    CaseSchema,
    DraftSchema,
    FollowUpSchema,
    IdempotencyHeaderSchema,
    NoteSchema,
    PaymentSchema,
    RateSchema,
    RatingSchema,
    ResubmissionSchema,
    UploadSchema,
)
from api.common import PageQuerySchema, current_account_id, page, page_of
from app.container import container
from app.smorest import Blueprint

blp = Blueprint(
    "cases",
    __name__,
    url_prefix="/api/v1",
    description="Applying for services and following my cases (办件进度)",
)
# Multipart overhead on top of the file itself.
_UPLOAD_SLACK = 64 * 1024


@blp.route("/services/<objectid:item_id>/applications", methods=["POST"])
@blp.refuses(409)
@blp.resident_required
@blp.arguments(IdempotencyHeaderSchema, location="headers")
@blp.arguments(ApplicationSchema)
@blp.response(201, CaseSchema)
def apply(headers, body, item_id):
    """Apply (send an Idempotency-Key: a retry answers the case the first try made)."""
    applying = container().applying
    return applying.submit(current_account_id(), item_id, body, headers["key"])


@blp.route("/services/<objectid:item_id>/drafts", methods=["PUT"])
@blp.resident_required
@blp.arguments(ApplicationSchema)
@blp.response(200, DraftSchema)
def save_draft(body, item_id):
    """Save what I have filled in so far (one draft per service and person)."""
    return container().applying.save_draft(current_account_id(), item_id, body)


@blp.route("/drafts", methods=["GET"])
@blp.resident_required
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, page_of(DraftSchema))
def my_drafts(query):
    """List my drafts, last changed first."""
    drafts = container().applying.drafts_of
    return page(drafts(current_account_id(), query["limit"], query["offset"]))


@blp.route("/drafts/<objectid:draft_id>", methods=["GET"])
@blp.resident_required
@blp.response(200, DraftSchema)
def get_draft(draft_id):
    """Resume a draft."""
    return container().applying.draft(current_account_id(), draft_id)


@blp.route("/drafts/<objectid:draft_id>", methods=["DELETE"])
@blp.resident_required
@blp.response(204)
def delete_draft(draft_id):
    """Throw a draft away."""
    container().applying.delete_draft(current_account_id(), draft_id)


@blp.route("/cases", methods=["GET"])
@blp.resident_required
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, page_of(CaseSchema))
def my_cases(query):
    """List the cases I submitted (for me or as an agent), newest first."""
    return page(container().my_cases.list(current_account_id(), query["limit"], query["offset"]))


@blp.route("/cases/<objectid:case_id>", methods=["GET"])
@blp.resident_required
@blp.response(200, CaseSchema)
def my_case(case_id):
    """Show one of my cases: status, timeline, due day, payment, certificate, rating."""
    return container().my_cases.show(current_account_id(), case_id)


@blp.route("/cases/<objectid:case_id>/withdrawal", methods=["POST"])
@blp.refuses(409)
@blp.resident_required
@blp.arguments(NoteSchema)
@blp.response(200, CaseSchema)
def withdraw(body, case_id):
    """Withdraw a case that has not ended (a paid fee is refunded)."""
    return container().my_cases.withdraw(current_account_id(), case_id, body["note"])


@blp.route("/cases/<objectid:case_id>/resubmission", methods=["POST"])
@blp.refuses(409)
@blp.resident_required
@blp.arguments(ResubmissionSchema)
@blp.response(200, CaseSchema)
def resubmit(body, case_id):
    """Send a case back after a correction request (补正), with corrected answers."""
    return container().my_cases.resubmit(current_account_id(), case_id, body["values"])


@blp.route("/cases/<objectid:case_id>/payment", methods=["GET"])
@blp.resident_required
@blp.response(200, PaymentSchema)
def payment(case_id):
    """Show the payment order of a case with a fee."""
    return container().payments.order_for(current_account_id(), case_id)


@blp.route("/cases/<objectid:case_id>/payment/mock-pay", methods=["POST"])
@blp.refuses(409)
@blp.resident_required
@blp.response(200, PaymentSchema)
def mock_pay(case_id):
    """Pay at the mock gateway; it calls back with a signed notification (mock provider)."""
    return container().payments.pay_mock(current_account_id(), case_id)


@blp.route("/cases/<objectid:case_id>/rating", methods=["POST"])
@blp.refuses(409)
@blp.resident_required
@blp.arguments(RateSchema)
@blp.response(201, RatingSchema)
def rate(body, case_id):
    """Rate a completed case once (好差评, 1–5); 1–2 opens a rectification task."""
    ratings = container().ratings
    return ratings.rate(current_account_id(), case_id, body["score"], body["comment"])


@blp.route("/cases/<objectid:case_id>/rating/follow-up", methods=["POST"])
@blp.refuses(409)
@blp.resident_required
@blp.arguments(FollowUpSchema)
@blp.response(201, RatingSchema)
def follow_up(body, case_id):
    """Add my one later comment (追评) to my rating."""
    return container().ratings.follow_up(current_account_id(), case_id, body["comment"])


@blp.route("/uploads", methods=["POST"])
@blp.refuses(422)
@blp.resident_required
@blp.doc(
    requestBody={
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {"file": {"type": "string", "format": "binary"}},
                    "required": ["file"],
                }
            }
        },
    }
)
@blp.response(201, UploadSchema)
def upload():
    """Upload a material (PDF, JPEG or PNG, checked by content; its own size limit)."""
    request.max_content_length = current_app.config["SERVICES_UPLOAD_MAX_BYTES"] + _UPLOAD_SLACK
    content, name = b"", ""
    for sent in request.files.values():  # close every spooled part, not just ours
        if sent.name == "file":
            content, name = sent.read(), sent.filename
        sent.close()
    return container().uploads.store(current_account_id(), name, content)


@blp.route("/uploads/<objectid:upload_id>", methods=["GET"])
@blp.resident_required
@blp.response(200, content_type="application/octet-stream", description="the file, as sent")
def download(upload_id):
    """Download one of my uploads (always as an attachment)."""
    return attachment(container().uploads.for_resident(current_account_id(), upload_id))


def attachment(upload: dict) -> Response:
    """Answer a stored upload as a download that no browser renders inline or sniffs."""
    name = upload["filename"]
    plain = name.encode("ascii", "replace").decode().replace("?", "_")
    headers = {
        "Content-Disposition": f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(name)}",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
    }
    return Response(bytes(upload["content"]), mimetype=upload["media_type"], headers=headers)
