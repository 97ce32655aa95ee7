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


class Duplicate(Exception):
    """A repository refused a write that would break a uniqueness rule.

    Repositories raise it in place of the database driver's own error, so engines can
    decide what a clash means (a conflict, or a race to re-read) without importing pymongo.
    """

    def __init__(self, collection: str = "", fields: tuple[str, ...] = ()):
        super().__init__(f"duplicate in {collection or 'collection'} on {', '.join(fields)}")
        self.collection = collection
        self.fields = fields


class CapReached(Exception):
    """A counted limit would be passed (dependants per guardian, bookings per slot …).

    Raised by a repository inside the transaction that would pass it, so the write rolls back.
    """

    def __init__(self, side: str):
        super().__init__(side)
        self.side = side  # which count was full, e.g. "guardian" or "person"


class StepUpRequired(ServiceError):
    """A higher or fresher assurance is needed before the action (one answer for every feature).

    The HTTP shell answers 403 `auth.step_up_required` with `errors` = `details`:
    {"required_level": "L2" | "L3", "methods": [...], "max_age_seconds": n}; the client
    performs one method (the step-up endpoint records it on the session) and retries.
    """

    def __init__(self, required_level: str, methods, max_age_seconds: int):
        super().__init__("auth.step_up_required", "forbidden")
        self.details = {
            "required_level": required_level,
            "methods": list(methods),
            "max_age_seconds": max_age_seconds,
        }


class Details(dict):
    """Machine details an error carries as they are (not field messages to translate)."""
