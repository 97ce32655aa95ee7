"""The error every engine raises; the HTTP shell maps its kind to a status."""

KINDS = (
    "bad_request",
    "invalid",
    "unauthorized",
    "forbidden",
    "not_found",
    "conflict",
    "rate_limited",
    "unavailable",
)


class ServiceError(Exception):
    """A refusal a user can act on, named by a stable machine key such as 'auth.code_expired'."""

    def __init__(
        self,
        key: str,
        kind: str = "invalid",
        *,
        retry_after: int | None = None,
        errors: dict | None = None,
        **params,
    ):
        if kind not in KINDS:
            raise ValueError(f"unknown error kind {kind!r}")
        super().__init__(key)
        self.key = key
        self.kind = kind
        self.retry_after = retry_after
        self.errors = errors or {}
        self.params = params
