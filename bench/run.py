"""Measure the app's hot paths under gunicorn beside bare-Flask baselines; print the figures.

    python bench/run.py [--duration 10] [--connections 32] [--targets me,...]

Prints figures only: a benchmark never passes or fails on time. See bench/README.md.
"""

import argparse
import functools
import importlib.metadata
import os
import platform
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import asdict, replace
from datetime import UTC, datetime
from pathlib import Path

# Run as a script, Python puts bench/ (not the repo root) on sys.path; add the root so the
# `app` and `bench` packages import without installing the project.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pymongo  # noqa: E402

from bench import cpu, harness, load, report, roundtrips  # noqa: E402
from bench.baselines import seed_read_collection  # noqa: E402
from bench.ecert_seed import seed_ecert  # noqa: E402
from bench.health_code_seed import (  # noqa: E402
    cli_staff_adder,
    seed_health_code,
    seed_population,
)
from bench.services_seed import seed_services  # noqa: E402
from bench.targets import BASELINES, BenchContext, Target, select_targets  # noqa: E402

RESULTS = Path(__file__).with_name("results") / "latest.json"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=10, help="seconds measured per target")
    parser.add_argument("--warmup", type=float, default=2, help="seconds discarded per target")
    parser.add_argument("--connections", type=int, default=32, help="keep-alive connections")
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="measure baselines and targets this many times over; medians are reported",
    )
    parser.add_argument("--targets", help="comma-separated app targets (default: all registered)")
    parser.add_argument("--driver", choices=("auto", "wrk", "python"), default="auto")
    parser.add_argument("--workers", type=int, help="override gunicorn.conf.py's workers")
    parser.add_argument("--threads", type=int, help="override gunicorn.conf.py's threads")
    parser.add_argument(
        "--worker-class",
        choices=("sync", "gthread"),
        help="override gunicorn.conf.py's worker class (sync ignores --threads)",
    )
    parser.add_argument(
        "--population",
        type=int,
        default=0,
        help="other people's health records and sessions to store first (e.g. 10000)",
    )
    parser.add_argument(
        "--services-catalogue",
        choices=("seeded", "generated"),
        default="seeded",
        help="services targets on the 146 seeded items or a generated 25,000-item catalogue",
    )
    return parser.parse_args(argv)


def _versions() -> str:
    names = ("gunicorn", "Flask", "pymongo", "SecantusDB")
    return ", ".join(f"{n} {importlib.metadata.version(n)}" for n in names)


def _commit() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=harness.REPO, capture_output=True, text=True
    )
    return done.stdout.strip() or "unknown"


def build_header(args, settings: harness.GunicornSettings, driver: str) -> dict:
    return {
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": _commit(),
        "cpu_count": os.cpu_count(),
        "load_average": os.getloadavg()[0],
        "python": platform.python_version(),
        "versions": _versions(),
        "gunicorn": asdict(settings),
        "driver": driver,
        "connections": args.connections,
        "duration_s": args.duration,
        "warmup_s": args.warmup,
        "services_catalogue": args.services_catalogue,
        "population": args.population,
    }


# One-time bodies (presentation tokens) made per second of load: more than the app serves.
BODIES_PER_SECOND = 300


def requests_for(target: Target, url: str, ctx: BenchContext, args) -> tuple:
    """Return (warm-up request, measured request); one-time bodies are never shared by both."""
    headers, path = target.headers_factory(ctx), target.path_for(ctx)
    if target.bodies_factory is None:
        request = load.Request(url, target.method, path, headers, target.body_for(ctx))
        return request, request
    warm = target.bodies_for(ctx, 1 + int(args.warmup * BODIES_PER_SECOND))
    measured = target.bodies_for(ctx, int(args.duration * BODIES_PER_SECOND))
    make = functools.partial(load.Request, url, target.method, path, headers, None)
    return make(warm[1:] or warm), make(measured)


def measure(target: Target, server, ctx: BenchContext, db_pid: int, args, driver: str):
    """Check the target answers 2xx, warm up, then drive it and note who used the CPU."""
    warmup, request = requests_for(target, server.url, ctx, args)
    first = warmup.body if warmup.bodies is None else warmup.bodies[0]
    status, body = harness.send(server.url, target.method, warmup.path, first, warmup.headers)
    if not 200 <= status < 300:
        raise RuntimeError(f"{target.name} answered HTTP {status} before load: {body}")
    if args.warmup > 0:
        load.drive(warmup, driver, args.warmup, args.connections)
    pids = server.pids()
    before = [cpu.cpu_seconds(pids), cpu.cpu_seconds([db_pid]), cpu.machine_busy_seconds()]
    started = time.monotonic()
    result = load.drive(request, driver, args.duration, args.connections)
    wall = time.monotonic() - started
    after = [cpu.cpu_seconds(pids), cpu.cpu_seconds([db_pid]), cpu.machine_busy_seconds()]
    if request.bodies and result.requests > len(request.bodies):
        print(f"  {result.requests - len(request.bodies)} requests reused a body", file=sys.stderr)
    return report.Measurement(
        target, result, *map(functools.partial(_cores, wall=wall), before, after)
    )


def _cores(before: float | None, after: float | None, wall: float) -> float | None:
    return None if before is None or after is None else (after - before) / wall


def count_roundtrips(env: dict, targets: list[Target], ctx: BenchContext) -> dict[str, float]:
    """Database commands per request of each app target, counted in this process."""
    from app import create_app

    roundtrips.register()
    settings = {name: env[name] for name in ("MONGODB_URI", "MONGODB_DB", "APP_ENV", "LOG_LEVEL")}
    app = create_app({**settings, "RATELIMIT_ENABLED": False})
    client = app.test_client()
    return {target.name: roundtrips.per_request(client, target, ctx)[0] for target in targets}


def start_servers(stack: ExitStack, workdir: Path, settings) -> tuple[dict, int, object]:
    """Start the database, seed the read collection, start the three gunicorn servers."""
    db = harness.start_database(workdir)
    stack.callback(db.stop)
    db_name = f"bench_{secrets.token_hex(4)}"
    # Closing ends the client's sessions on the server: give up soon if it is already gone.
    client = pymongo.MongoClient(db.uri, serverSelectionTimeoutMS=3000)
    stack.callback(client.close)
    seed_read_collection(client[db_name])
    env = harness.server_env(db.uri, db_name)
    servers = {}
    for name in ("app", "bare", "pymongo"):
        servers[name] = harness.GunicornServer(name, settings, env, workdir)
        stack.callback(servers[name].stop)
    for server in servers.values():
        server.wait_ready()
    cpu.wait_idle([pid for s in servers.values() for pid in s.pids()])
    return servers, db.process.pid, client[db_name]


def run(args, settings, driver: str, targets: list[Target], workdir: Path) -> list[list]:
    """Measure the baselines and the targets, round after round; one list per round."""
    rounds = []
    with ExitStack() as stack:
        servers, db_pid, bench_db = start_servers(stack, workdir, settings)
        sender = functools.partial(harness.send, servers["app"].url)
        add_staff = cli_staff_adder(servers["app"].env, harness.REPO)
        ctx = seed_health_code(sender, harness.seed_resident(sender), add_staff)
        ctx = seed_ecert(sender, ctx, add_staff)
        generated = args.services_catalogue == "generated"
        ctx = seed_services(sender, ctx, bench_db, generated)
        if args.population:
            seed_population(bench_db, args.population)
        ops = count_roundtrips(servers["app"].env, targets, ctx)
        ops.update({"bare": 0.0, "pymongo": 1.0, "pymongo-write": 2.0})
        for number in range(1, args.rounds + 1):
            measurements = []
            for target in [*BASELINES, *targets]:
                of = f" (round {number} of {args.rounds})" if args.rounds > 1 else ""
                print(f"measuring {target.name}{of}: {target.label} ...", file=sys.stderr)
                measured = measure(target, servers[target.server], ctx, db_pid, args, driver)
                measurements.append(replace(measured, db_ops=ops.get(target.name)))
            rounds.append(measurements)
    return rounds


def summarise(rounds: list[list], merged: list[dict]) -> str:
    """Each round's table, then the medians over the rounds (median_results of them)."""
    parts = [f"round {n}\n{report.format_table(m)}\n" for n, m in enumerate(rounds, 1)]
    labels = {m.target.name: m.target.label for m in rounds[0]}
    parts.append(f"medians of {len(rounds)} rounds\n{report.format_summary(merged, labels)}")
    return "\n".join(parts)


def _interrupt(signum, _frame):
    raise KeyboardInterrupt(signal.Signals(signum).name)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    targets = select_targets(args.targets)
    settings = harness.production_settings(args.workers, args.threads, args.worker_class)
    header = build_header(args, settings, load.choose_driver(args.driver))
    report.print_header(header)
    # Both signals raise KeyboardInterrupt, so the ExitStack stops every server and the
    # database (SIGINT explicitly too: a shell starts background jobs with SIGINT ignored).
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _interrupt)
    workdir = Path(tempfile.mkdtemp(prefix="shengshi-bench-"))
    try:
        rounds = run(args, settings, header["driver"], targets, workdir)
    except KeyboardInterrupt:
        shutil.rmtree(workdir, ignore_errors=True)
        print("\ninterrupted; everything started was stopped", file=sys.stderr)
        return 130
    except BaseException:
        print(f"bench failed; everything started was stopped (logs in {workdir})", file=sys.stderr)
        raise
    shutil.rmtree(workdir, ignore_errors=True)
    per_round = [report.as_json(measurements, header)["results"] for measurements in rounds]
    merged = report.median_results(per_round)
    print(report.format_table(rounds[0]) if len(rounds) == 1 else summarise(rounds, merged))
    document = {**header, "rounds": len(rounds), "results": merged}
    if len(rounds) > 1:
        document["per_round"] = per_round
    report.write_json(document, RESULTS)
    print(f"\nwritten to {RESULTS.relative_to(harness.REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
