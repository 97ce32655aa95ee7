"""What a rate of requests costs, from the per-request CPU and database commands of a bench run.

Reads the JSON that `bench/run.py` wrote (default `bench/results/latest.json`) and prints, for
every app target, the app tier's CPU and the database's load at the chosen rate:

    app cores = rate × app CPU seconds per request ÷ utilisation
    db commands per second = rate × db commands per request

Nothing is measured here; it is arithmetic on a measured run, printed as a Markdown table so
that docs/scaling.md can quote it as it is.

    .venv/bin/python bench/capacity.py --rate 60000 --utilisation 0.7
"""

import argparse
import json
import math
import sys
from pathlib import Path

DEFAULT_RESULTS = Path(__file__).with_name("results") / "latest.json"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", nargs="?", type=Path, default=DEFAULT_RESULTS)
    parser.add_argument("--rate", type=float, default=60_000, help="requests per second")
    parser.add_argument(
        "--utilisation", type=float, default=0.7, help="share of each core the plan may use"
    )
    return parser.parse_args(argv)


def plan_rows(document: dict, rate: float, utilisation: float) -> list[dict]:
    """One row per app target that has the figures the arithmetic needs."""
    rows = []
    for result in document["results"]:
        app_ms = result.get("app_cpu_ms_per_request")
        if result["server"] != "app" or app_ms is None:
            continue
        db_ops = result.get("db_ops_per_request")
        rows.append(
            {
                "name": result["name"],
                "request": f"{result['method']} {result['path']}",
                "rps": result["rps"],
                "app_ms": app_ms,
                "db_ms": result.get("db_cpu_ms_per_request"),
                "db_ops": db_ops,
                "cores": math.ceil(round(rate * app_ms / 1000 / utilisation, 6)),
                "db_ops_per_s": None if db_ops is None else rate * db_ops,
            }
        )
    return rows


def _number(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "–"
    return f"{value:,.{digits}f}" if digits else f"{value:,.0f}"


def format_plan(document: dict, rows: list[dict], rate: float, utilisation: float) -> str:
    settings = document["gunicorn"]
    lines = [
        f"run {document['started_at']} (commit {document['commit']}), "
        f"{document['cpu_count']} CPUs, gunicorn {settings['worker_class']} "
        f"{settings['workers']}×{settings['threads']}, {document['versions']}",
        f"at {rate:,.0f} requests a second, cores used to {utilisation:.0%}:",
        "",
        "| target | request | measured req/s | app CPU ms/req | SecantusDB CPU ms/req "
        f"| db commands/req | app cores for {rate:,.0f}/s | db commands/s |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        lines.append(
            f"| {row['name']} | `{row['request']}` | {_number(row['rps'], 0)} "
            f"| {_number(row['app_ms'])} | {_number(row['db_ms'])} | {_number(row['db_ops'], 1)} "
            f"| {row['cores']:,} | {_number(row['db_ops_per_s'], 0)} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.results.exists():
        print(f"no results at {args.results}: run bench/run.py first", file=sys.stderr)
        return 2
    document = json.loads(args.results.read_text())
    rows = plan_rows(document, args.rate, args.utilisation)
    if not rows:
        print("the run has no app targets with CPU figures (rerun bench/run.py)", file=sys.stderr)
        return 2
    print(format_plan(document, rows, args.rate, args.utilisation))
    return 0


if __name__ == "__main__":
    sys.exit(main())
