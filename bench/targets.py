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
    # For a path that names something seeding made (e.g. a catalogue item's id).
    path_factory: Callable[[BenchContext], str] | None = None

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"

    def path_for(self, ctx: BenchContext) -> str:
        """Return the path to request, built from the seeding when the target asks for that."""
        return self.path_factory(ctx) if self.path_factory else self.path

    def body_for(self, ctx: BenchContext) -> dict | None:
        """Return the body to send, built now from the seeding when the target asks for that."""
        return self.body_factory(ctx) if self.body_factory else self.body


def bearer(ctx: BenchContext) -> dict[str, str]:
    """Headers of the seeded resident's access token."""
    return {"Authorization": f"Bearer {ctx.access_token}"}


BARE = Target("bare", "GET", "/ping", server="bare")
PYMONGO = Target("pymongo", "GET", "/read", server="pymongo")
BASELINES = (BARE, PYMONGO)


# Later issues add their hot paths here, e.g. Target("health-code", "GET", "/api/v1/health-code",
# bearer); `bench/run.py --targets` selects them by name.
def operator_bearer(ctx: BenchContext) -> dict[str, str]:
    """Headers of the seeded checkpoint operator (bench/health_code_seed.py)."""
    return {"Authorization": f"Bearer {ctx.extras['operator_token']}"}


def scan_body(ctx: BenchContext) -> dict:
    """A scan of a code the bench resident has just shown."""
    return {"token": ctx.extras["fresh_code"](), "checkpoint": "bench gate"}


def services_submit_path(ctx: BenchContext) -> str:
    """The applications of the service bench/services_seed.py prepared a body for."""
    return f"/api/v1/services/{ctx.extras['services_item']}/applications"


def services_body(ctx: BenchContext) -> dict:
    return ctx.extras["services_body"]


TARGETS = [
    Target("me", "GET", "/api/v1/me", bearer),
    Target("health-code", "GET", "/api/v1/health-code", bearer),
    Target(
        "checkpoint-scan",
        "POST",
        "/api/v1/checkpoint/scans",
        operator_bearer,
        body_factory=scan_body,
    ),
    Target("services-search-initials", "GET", "/api/v1/services?q=jsz"),
    Target("services-search-chinese", "GET", "/api/v1/services?q=%E6%8A%A4%E7%85%A7"),
    Target("services-browse-theme", "GET", "/api/v1/services?life_event=birth"),
    Target(
        "services-submit",
        "POST",
        "/api/v1/services/<id>/applications",
        bearer,
        body_factory=services_body,
        path_factory=services_submit_path,
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
