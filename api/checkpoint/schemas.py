"""Schemas of checkpoint scanning."""

import marshmallow as ma

from api.common import Schema
from api.fields import Text
from app.i18n import translate
from health_code.usecases.scanning import OFFLINE_BATCH_LIMIT


def _token():
    return ma.fields.String(
        required=True,
        validate=ma.validate.Length(min=1, max=1000),
        metadata={"description": "the text read from the QR code"},
    )


def _checkpoint():
    return Text(required=True, max_length=100, metadata={"example": "深圳北站 B2 入口"})


class ScanRequestSchema(Schema):
    token = _token()
    checkpoint = _checkpoint()


class ScanResultSchema(Schema):
    passed = ma.fields.Boolean(metadata={"description": "green code, valid token: let through"})
    reason = ma.fields.String(
        metadata={
            "description": (
                "ok, colour_yellow, colour_red, malformed, bad_signature, expired, not_yet_valid, "
                "unknown_key, key_retired, unknown_subject, card_revoked"
            )
        }
    )
    message = ma.fields.Function(
        lambda scan: translate(f"scan.{scan['reason']}"),
        metadata={"description": "what the operator should do, in the reader's language"},
    )
    colour = ma.fields.String(allow_none=True, metadata={"description": "live colour now"})
    token_colour = ma.fields.String(allow_none=True, metadata={"description": "colour when shown"})
    masked_name = ma.fields.String(allow_none=True)
    kind = ma.fields.String(
        allow_none=True, metadata={"description": "P personal, F family, C card"}
    )
    expires_at = ma.fields.AwareDateTime(allow_none=True)
    at = ma.fields.AwareDateTime()
    checkpoint = ma.fields.String()


class OfflineScanSchema(Schema):
    id = ma.fields.UUID(
        required=True,
        metadata={"description": "made by the scanning device; a record sent twice is kept once"},
    )
    token = _token()
    checkpoint = _checkpoint()
    scanned_at = ma.fields.AwareDateTime(
        required=True, metadata={"description": "when the device scanned the code"}
    )

    @ma.post_load
    def _canonical_id(self, data, **kwargs):
        data["id"] = str(data["id"])  # one spelling per id, whatever case the device sent
        return data


class OfflineBatchSchema(Schema):
    scans = ma.fields.List(
        ma.fields.Nested(OfflineScanSchema),
        required=True,
        validate=ma.validate.Length(min=1, max=OFFLINE_BATCH_LIMIT),
        metadata={"description": f"1 to {OFFLINE_BATCH_LIMIT} passages made offline"},
    )


class OfflineScanAnswerSchema(Schema):
    id = ma.fields.String(metadata={"description": "the record's id, as sent"})
    status = ma.fields.String(
        metadata={
            "description": (
                "recorded (stored now), duplicate (stored by an earlier upload; nothing new), "
                "refused (not stored: see error and message)"
            )
        }
    )
    error = ma.fields.String(
        allow_none=True,
        dump_default=None,
        metadata={"description": "refused only: scan.offline.in_future, too_old or id_taken"},
    )
    message = ma.fields.Function(
        lambda answer: translate(answer.get("error") or f"scan.{answer['passage']['reason']}")
    )
    passed = ma.fields.Boolean(allow_none=True, dump_default=None, attribute="passage.passed")
    reason = ma.fields.String(
        allow_none=True,
        dump_default=None,
        attribute="passage.reason",
        metadata={"description": "the verdict as of the scan's own time (as for online scans)"},
    )
    token_colour = ma.fields.String(
        allow_none=True, dump_default=None, attribute="passage.token_colour"
    )
    masked_name = ma.fields.String(
        allow_none=True, dump_default=None, attribute="passage.masked_name"
    )
    scanned_at = ma.fields.AwareDateTime(allow_none=True, dump_default=None, attribute="passage.at")


class OfflineBatchAnswerSchema(Schema):
    items = ma.fields.List(ma.fields.Nested(OfflineScanAnswerSchema), required=True)
