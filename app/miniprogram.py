"""Serve the mock mini-program (static files under miniprogram/) at /mp/."""

from pathlib import Path

from flask import Blueprint, send_from_directory

ROOT = Path(__file__).resolve().parent.parent / "miniprogram"
# Only our own files may run or load; the QR image arrives as a blob: URL made from a fetch.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' blob:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)

miniprogram = Blueprint("miniprogram", __name__, url_prefix="/mp")


@miniprogram.get("")
@miniprogram.get("/")
def index():
    """Serve the single page of the mini-program."""
    return send_from_directory(ROOT, "index.html")


@miniprogram.get("/<path:filename>")
def asset(filename: str):
    """Serve a script, stylesheet or image of the mini-program (404 envelope when missing)."""
    return send_from_directory(ROOT, filename)


@miniprogram.after_request
def _harden(response):
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    # A new deployment must reach phones at once; files are small and revalidate cheaply.
    response.headers["Cache-Control"] = "no-cache"
    return response
