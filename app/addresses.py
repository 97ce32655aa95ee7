"""The client's address as rate limits and the audit trail see it."""

from flask import request


def client_address() -> str:
    """Return the remote address (after ProxyFix, when TRUSTED_PROXIES is set)."""
    return request.remote_addr or "unknown"
