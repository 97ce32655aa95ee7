"""What the bench measures: the baselines and the app's hot paths (later issues append theirs)."""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class BenchContext:
    """What seeding produced, for building each target's request."""

    access_token: str
    account_id: str
    extras: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Target:
    """One request shape driven against one server ("app", "bare" or "pymongo")."""

    name: str
    method: str
    path: str
    headers_factory: Callable[[BenchContext], dict[str, str]] = lambda _ctx: {}
    body: dict | None = None
    server: str = "app"
    # For a body that must be fresh when the target is measured (e.g. a short-lived token).
    body_factory: Callable[[BenchContext], dict] | None = None
    # The same-run baseline this target is held to: the database work it cannot avoid.
    baseline: str = "pymongo"
    # For requests that must each differ (one-time tokens): (ctx, how many) → the bodies the
    # driver sends in turn.
    bodies_factory: Callable[[BenchContext, int], list[dict]] | None = None

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"

    def path_for(self, ctx: BenchContext) -> str:
        """Return the path with the seeding's ids filled in ({licence_id} …)."""
        return self.path.format(**ctx.extras)

    def body_for(self, ctx: BenchContext) -> dict | None:
        """Return the body to send, built now from the seeding when the target asks for that."""
        return self.body_factory(ctx) if self.body_factory else self.body

    def bodies_for(self, ctx: BenchContext, count: int) -> list[dict] | None:
        """Return `count` bodies to send in turn, built now, or None for one body throughout."""
        return self.bodies_factory(ctx, count) if self.bodies_factory else None


def bearer(ctx: BenchContext) -> dict[str, str]:
    """Headers of the seeded resident's access token."""
    return {"Authorization": f"Bearer {ctx.access_token}"}


BARE = Target("bare", "GET", "/ping", server="bare", baseline="bare")
PYMONGO = Target("pymongo", "GET", "/read", server="pymongo")
PYMONGO_WRITE = Target(
    "pymongo-write", "POST", "/read-write", server="pymongo", baseline="pymongo-write"
)
BASELINES = (BARE, PYMONGO, PYMONGO_WRITE)


# Later issues add their hot paths here, e.g. Target("health-code", "GET", "/api/v1/health-code",
# bearer); `bench/run.py --targets` selects them by name.
def operator_bearer(ctx: BenchContext) -> dict[str, str]:
    """Headers of the seeded checkpoint operator (bench/health_code_seed.py)."""
    return {"Authorization": f"Bearer {ctx.extras['operator_token']}"}


def scan_body(ctx: BenchContext) -> dict:
    """A scan of a code the bench resident has just shown."""
    return {"token": ctx.extras["fresh_code"](), "checkpoint": "bench gate"}


def checkin_body(ctx: BenchContext) -> dict:
    """A check-in at the bench venue (its printed code)."""
    return {"venue_token": ctx.extras["venue_token"]}


def desk_bearer(ctx: BenchContext) -> dict[str, str]:
    """Headers of the seeded bank desk (bench/ecert_seed.py)."""
    return {"Authorization": f"Bearer {ctx.extras['desk_token']}"}


def presentation_body(ctx: BenchContext) -> dict:
    """What the bench resident shows: name and age_over_18 of the licence, to the bank."""
    return ctx.extras["presentation"]


def one_time_tokens(ctx: BenchContext, count: int) -> list[dict]:
    """Fresh, unused presentation tokens, one per verification."""
    return ctx.extras["fresh_tokens"](count)


def services_body(ctx: BenchContext) -> dict:
    return ctx.extras["services_body"]


TARGETS = [
    Target("me", "GET", "/api/v1/me", bearer),
    # Everything the mini-program asks for one display: the QR is drawn from this answer.
    Target("health-code", "GET", "/api/v1/health-code", bearer),
    Target("family", "GET", "/api/v1/family/dependants", bearer),
    Target(
        "venue-checkin",
        "POST",
        "/api/v1/venue-checkins",
        bearer,
        body_factory=checkin_body,
        baseline="pymongo-write",
    ),
    Target(
        "checkpoint-scan",
        "POST",
        "/api/v1/checkpoint/scans",
        operator_bearer,
        body_factory=scan_body,
        baseline="pymongo-write",
    ),
    Target("wallet", "GET", "/api/v1/wallet/certificates", bearer),
    Target(
        "present",
        "POST",
        "/api/v1/wallet/certificates/{licence_id}/presentations",
        bearer,
        body_factory=presentation_body,
        baseline="pymongo-write",
    ),
    Target(
        "verify",
        "POST",
        "/api/v1/ecert/verifications",
        desk_bearer,
        bodies_factory=one_time_tokens,
        baseline="pymongo-write",
    ),
    Target("services-search-initials", "GET", "/api/v1/services?q=jsz"),
    Target("services-search-chinese", "GET", "/api/v1/services?q=%E6%8A%A4%E7%85%A7"),
    Target("services-browse-theme", "GET", "/api/v1/services?life_event=birth"),
    Target(
        "services-submit",
        "POST",
        "/api/v1/services/{services_item}/applications",
        bearer,
        body_factory=services_body,
        baseline="pymongo-write",
    ),
]


def select_targets(names: str | None) -> list[Target]:
    """Return the registered app targets named in a comma-separated list (all when None)."""
    if not names:
        return list(TARGETS)
    known = {target.name: target for target in TARGETS}
    wanted = [name.strip() for name in names.split(",") if name.strip()]
    unknown = [name for name in wanted if name not in known]
    if unknown:
        raise SystemExit(f"unknown targets {unknown}; registered: {sorted(known)}")
    return [known[name] for name in wanted]
