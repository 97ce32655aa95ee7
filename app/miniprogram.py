"""Serve the mock mini-program (static files under miniprogram/) at /mp/, and lead / there."""

from pathlib import Path

from flask import Blueprint, redirect, send_from_directory

ROOT = Path(__file__).resolve().parent.parent / "miniprogram"
# Only our own files may run or load (the health-code QR is drawn on a canvas in the page).
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)

miniprogram = Blueprint("miniprogram", __name__, url_prefix="/mp")


@miniprogram.record_once
def _lead_the_root_here(state):
    # A newcomer opening the server's address lands in the mini-program, not on a 404.
    state.app.add_url_rule("/", "root", lambda: redirect("/mp/", code=302))


@miniprogram.get("")
@miniprogram.get("/")
def index():
    """Serve the single page of the mini-program."""
    return send_from_directory(ROOT, "index.html")


@miniprogram.get("/<path:filename>")
def asset(filename: str):
    """Serve a script, stylesheet or image of the mini-program (404 envelope when missing)."""
    # Module scripts must be served as JavaScript whatever the system's MIME table says.
    javascript = filename.endswith((".js", ".mjs"))
    return send_from_directory(ROOT, filename, mimetype="text/javascript" if javascript else None)


@miniprogram.after_request
def _harden(response):
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    # A new deployment must reach phones at once; files are small and revalidate cheaply.
    response.headers["Cache-Control"] = "no-cache"
    return response
