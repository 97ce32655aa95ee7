"""Uploaded materials: PDF, JPEG or PNG, recognised by their first bytes, kept in the database.

The type a browser claims is ignored; only the content decides. Files are served back as
attachments with their recognised type and `nosniff`, never inline, so an upload can never
run as a page of this site.
"""

from core.errors import ServiceError
from services.usecases.reasons import as_key

SIGNATURES = (
    (b"%PDF-", "pdf", "application/pdf"),
    (b"\xff\xd8\xff", "jpg", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png", "image/png"),
)
MAX_NAME = 120


def sniff(content: bytes) -> tuple[str, str] | None:
    """Return (file type, media type) of PDF, JPEG or PNG content, else None."""
    for magic, file_type, media_type in SIGNATURES:
        if content.startswith(magic):
            return file_type, media_type
    return None


class Uploads:
    def __init__(self, uploads, cases, staff, max_bytes: int, clock):
        self.uploads, self.cases, self.staff = uploads, cases, staff
        self.max_bytes, self.clock = max_bytes, clock

    def store(self, account_id: str, filename: str, content: bytes) -> dict:
        """Keep one file for a later application; refuse other types and oversized files."""
        if len(content) > self.max_bytes:
            raise ServiceError("services.upload_too_large", "invalid", limit=self.max_bytes)
        if not content:
            raise ServiceError("services.upload_empty", "invalid")
        kind = sniff(content)
        if kind is None:
            raise ServiceError("services.upload_type", "invalid", errors={"file": [as_key("type")]})
        stored = self.uploads.insert(
            {
                "account_id": account_id,
                "filename": _safe_name(filename, kind[0]),
                "file_type": kind[0],
                "media_type": kind[1],
                "size": len(content),
                "content": content,
                "case_id": None,
                "created_at": self.clock(),
            }
        )
        return {k: v for k, v in stored.items() if k != "content"}

    def for_resident(self, account_id: str, upload_id) -> dict:
        upload = self.uploads.find(upload_id)
        if upload is None or upload["account_id"] != account_id:
            raise ServiceError("services.upload_not_found", "not_found")
        return upload

    def for_clerk(self, username: str, upload_id) -> dict:
        """Return a case's upload to a clerk of the case's department."""
        upload = self.uploads.find(upload_id)
        case = upload and upload.get("case_id") and self.cases.find_by_id(upload["case_id"])
        member = self.staff.find_by_username(username) or {}
        if not case or case["department"] != member.get("department"):
            raise ServiceError("services.upload_not_found", "not_found")
        return upload


def _safe_name(filename: str, file_type: str) -> str:
    # Only the last path part, printable, short; the extension follows the content.
    base = (filename or "upload").replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(c for c in base if c.isprintable() and c not in '"<>;')[:MAX_NAME]
    stem = base.rsplit(".", 1)[0] or "upload"
    return f"{stem}.{file_type}"
