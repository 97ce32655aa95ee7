"""Profile one app target in-process (Flask test client, real SecantusDB); print where time goes.

    python bench/profile_target.py [--target me] [--requests 500] [--top 25]

Single-threaded and unloaded: it shows the per-request cost, not the behaviour under load
that bench/run.py measures. The thread-CPU figure is steadier than wall time on a busy machine;
the database's own work (another process) is given beside it as its CPU per request.
"""

import argparse
import cProfile
import io
import pstats
import secrets
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

# Run as a script, Python puts bench/ (not the repo root) on sys.path; add the root.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import create_app  # noqa: E402
from bench import cpu, harness  # noqa: E402
from bench.ecert_seed import seed_ecert  # noqa: E402
from bench.health_code_seed import seed_health_code  # noqa: E402
from bench.targets import select_targets  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def test_client_sender(client):
    """A seeding sender that goes through the Flask test client."""

    def send(method, path, body=None, headers=None):
        response = client.open(path, method=method, json=body, headers=headers)
        return response.status_code, response.get_json(silent=True)

    return send


def time_calls(call, n: int, clock=time.perf_counter) -> float:
    """Mean milliseconds per call over n calls."""
    started = clock()
    for _ in range(n):
        call()
    return (clock() - started) * 1000 / n


def package_of(filename: str) -> str:
    """Name the distribution or project package a profiled function lives in."""
    if "site-packages/" in filename:
        return filename.split("site-packages/", 1)[1].split("/", 1)[0].removesuffix(".py")
    if filename.startswith(str(REPO)):
        return Path(filename).relative_to(REPO).parts[0].removesuffix(".py") + " (ours)"
    return "builtins" if filename.startswith("~") else "stdlib"


def print_by_package(stats: pstats.Stats, requests: int) -> None:
    """Print own time per package, per request, largest first."""
    totals = defaultdict(float)
    for (filename, _line, _name), (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():
        totals[package_of(filename)] += tottime
    everything = sum(totals.values())
    print("\nown time by package under cProfile (ms/request, share):")
    for package, seconds in sorted(totals.items(), key=lambda item: -item[1]):
        print(f"  {seconds * 1000 / requests:8.3f}  {seconds / everything:6.1%}  {package}")


def profile(args, db_uri: str, db_pid: int) -> None:
    target = select_targets(args.target)[0]
    app = create_app(
        {
            "MONGODB_URI": db_uri,
            "MONGODB_DB": f"bench_{secrets.token_hex(4)}",
            "APP_ENV": "development",
            "RATELIMIT_ENABLED": False,
            "LOG_LEVEL": "WARNING",
        }
    )
    client = app.test_client()
    sender = test_client_sender(client)
    staff = app.extensions["container"].staff

    def add_staff(user, secret, role):
        staff.create(user, secret, [role])

    ctx = seed_health_code(sender, harness.seed_resident(sender), add_staff)
    ctx = seed_ecert(sender, ctx, add_staff)
    headers, path = target.headers_factory(ctx), target.path_for(ctx)
    # One-time bodies (presentation tokens): one per call, made before any timing.
    needed = 50 + 2 * args.requests + args.requests
    bodies = iter(target.bodies_for(ctx, needed) or [])

    def call():
        body = next(bodies) if target.bodies_factory else target.body_for(ctx)
        response = client.open(path, method=target.method, json=body, headers=headers)
        assert 200 <= response.status_code < 300, response.get_json()

    def ping():
        app.extensions["mongo_db"].command("ping")

    time_calls(call, 50)
    for clock in (time.perf_counter, time.thread_time):
        db_before = cpu.cpu_seconds([db_pid])
        per_call = time_calls(call, args.requests, clock)
        db_ms = (cpu.cpu_seconds([db_pid]) - db_before) * 1000 / args.requests
        print(
            f"{clock.__name__}: {target.name} {target.label} "
            f"{per_call:.3f} ms/request unprofiled (database CPU {db_ms:.3f} ms/request); "
            f"database ping {time_calls(ping, 500, clock):.3f} ms"
        )
    profiler = cProfile.Profile()  # the default C timer: a Python timer would distort shares
    profiler.runcall(lambda: [call() for _ in range(args.requests)])
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    print_by_package(stats, args.requests)
    stats.strip_dirs().sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)
    print(out.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", default="me")
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="shengshi-profile-"))
    db = harness.start_database(workdir)
    try:
        profile(args, db.uri, db.process.pid)
    finally:
        db.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
