"""Print the figures as an aligned table and keep them as JSON; never a pass or a fail."""

import json
import statistics
from dataclasses import dataclass
from pathlib import Path

from bench.baselines import READ_DOCS
from bench.load import LoadResult
from bench.targets import Target

COLUMNS = (
    "target",
    "request",
    "req/s",
    "p50 ms",
    "p99 ms",
    "errors",
    "db ops/req",
    "vs bare",
    "baseline",
    "vs baseline",
    "p99 vs baseline",
    "srv cpu",
    "db cpu",
    "load cpu",
    "other cpu",
    "cpu ms/req",
)


@dataclass(frozen=True)
class Measurement:
    """One target's load figures and the cores each party used meanwhile."""

    target: Target
    load: LoadResult
    server_cores: float | None
    db_cores: float | None
    busy_cores: float | None  # the whole machine, whoever used it
    db_ops: float | None = None  # database commands per request (bench/roundtrips.py)

    @property
    def load_cores(self) -> float:
        return self.load.driver_cpu_s / self.load.duration_s if self.load.duration_s else 0.0

    @property
    def cpu_ms_per_request(self) -> float | None:
        """Server plus database CPU per request: steadier than req/s on a shared machine."""
        if None in (self.server_cores, self.db_cores) or not self.load.rps:
            return None
        return (self.server_cores + self.db_cores) / self.load.rps * 1000

    @property
    def app_ms_per_request(self) -> float | None:
        """The gunicorn master's and workers' CPU per request: what app nodes must supply."""
        if self.server_cores is None or not self.load.rps:
            return None
        return self.server_cores / self.load.rps * 1000

    @property
    def db_ms_per_request(self) -> float | None:
        """The database process's CPU per request."""
        if self.db_cores is None or not self.load.rps:
            return None
        return self.db_cores / self.load.rps * 1000

    @property
    def other_cores(self) -> float | None:
        """Cores used by processes outside the bench (others' work skews the figures)."""
        if None in (self.busy_cores, self.server_cores, self.db_cores):
            return None
        return max(0.0, self.busy_cores - self.server_cores - self.db_cores - self.load_cores)


def print_header(header: dict) -> None:
    """Print the run's settings above the table, so figures are read with their context."""
    g = header["gunicorn"]
    print(f"Shengshi bench  {header['started_at']}  commit {header['commit']}")
    print(
        f"machine: {header['cpu_count']} CPUs, load average {header['load_average']:.2f} at "
        f"start; Python {header['python']}; {header['versions']}"
    )
    print(
        f"gunicorn, same for app and baselines: worker_class={g['worker_class']} "
        f"workers={g['workers']} threads={g['threads']} timeout={g['timeout']}"
    )
    print(
        f"load: {header['driver']} in its own process, {header['connections']} keep-alive "
        f"connections, closed loop, {header['duration_s']:g} s per target after "
        f"{header['warmup_s']:g} s warm-up"
    )
    print(
        f"database: one embedded SecantusDB process; pymongo baseline reads 1 of {READ_DOCS:,} "
        f"docs by _id; services catalogue: {header.get('services_catalogue', 'seeded')}\n",
        flush=True,
    )


def _ratio(value: float, base: float | None) -> float | None:
    return value / base if base else None


def _row(m: Measurement, by_name: dict[str, Measurement]) -> list[str]:
    def cores(value):
        return "-" if value is None else f"{value:.2f}"

    def times(value):
        return "-" if value is None else f"{value:.2f}x"

    bare, base = by_name.get("bare"), by_name.get(m.target.baseline)
    return [
        m.target.name,
        m.target.label,
        f"{m.load.rps:,.0f}",
        f"{m.load.p50_ms:.1f}",
        f"{m.load.p99_ms:.1f}",
        str(m.load.errors + m.load.non_2xx),
        "-" if m.db_ops is None else f"{m.db_ops:.2f}",
        times(_ratio(m.load.rps, bare and bare.load.rps)),
        m.target.baseline,
        times(_ratio(m.load.rps, base and base.load.rps)),
        times(_ratio(m.load.p99_ms, base and base.load.p99_ms)),
        cores(m.server_cores),
        cores(m.db_cores),
        cores(m.load_cores),
        cores(m.other_cores),
        cores(m.cpu_ms_per_request),
    ]


def format_table(measurements: list[Measurement]) -> str:
    """Align every measurement under the column headings (numbers right-aligned)."""
    by_name = {m.target.name: m for m in measurements}
    return _aligned([list(COLUMNS)] + [_row(m, by_name) for m in measurements], left={0, 1})


def _aligned(rows: list[list[str]], left: set[int], header_left: bool = False) -> str:
    """Rows under their heading row and a rule; columns in left (and, if asked, the
    headings) left-aligned, every other cell right-aligned."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]

    def line(row, all_left=False):
        cells = [
            cell.ljust(w) if all_left or i in left else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        return "  ".join(cells).rstrip()

    rule = line(["-" * w for w in widths])
    return "\n".join([line(rows[0], header_left), rule, *map(line, rows[1:])])


def as_json(measurements: list[Measurement], header: dict) -> dict:
    """The run's settings and every figure, for bench/results/latest.json."""
    by_name = {m.target.name: m for m in measurements}
    rps = {name: m.load.rps for name, m in by_name.items()}
    p99 = {name: m.load.p99_ms for name, m in by_name.items()}
    results = [
        {
            "name": m.target.name,
            "server": m.target.server,
            "method": m.target.method,
            "path": m.target.path,
            "requests": m.load.requests,
            "duration_s": round(m.load.duration_s, 3),
            "rps": round(m.load.rps, 1),
            "p50_ms": round(m.load.p50_ms, 3),
            "p99_ms": round(m.load.p99_ms, 3),
            "errors": m.load.errors,
            "non_2xx": m.load.non_2xx,
            "db_ops_per_request": _round(m.db_ops),
            "baseline": m.target.baseline,
            "ratio_vs_bare": _round(_ratio(m.load.rps, rps.get("bare"))),
            "ratio_vs_baseline": _round(_ratio(m.load.rps, rps.get(m.target.baseline))),
            "p99_ratio_vs_baseline": _round(_ratio(m.load.p99_ms, p99.get(m.target.baseline))),
            "cores": {
                "server": _round(m.server_cores),
                "db": _round(m.db_cores),
                "load": _round(m.load_cores),
                "other": _round(m.other_cores),
            },
            "cpu_ms_per_request": _round(m.cpu_ms_per_request),
            "app_cpu_ms_per_request": _round(m.app_ms_per_request),
            "db_cpu_ms_per_request": _round(m.db_ms_per_request),
        }
        for m in measurements
    ]
    return {**header, "results": results}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def write_json(document: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


SUMMED = ("requests", "errors", "non_2xx")  # a median would hide an error of one round


def median_results(rounds: list[list[dict]]) -> list[dict]:
    """Merge the per-round results (as_json's "results") target by target.

    Every figure is the median over the rounds, ratios included: each round's ratio compares
    measurements a few seconds apart, so a drift of the machine's speed over a whole run
    cancels out of it, and the median of those ratios is what the run reports. Counts of
    requests and errors are summed; the spread of the ratio is kept beside it.
    """
    merged = []
    for rows in zip(*rounds, strict=True):
        out = dict(rows[0])
        for key, value in rows[0].items():
            if key in SUMMED:
                out[key] = sum(row[key] for row in rows)
            elif isinstance(value, dict):
                out[key] = {k: _median([row[key][k] for row in rows]) for k in value}
            elif isinstance(value, int | float) or value is None:
                out[key] = _median([row[key] for row in rows])
        ratios = [row["ratio_vs_baseline"] for row in rows if row["ratio_vs_baseline"]]
        out["ratio_vs_baseline_range"] = [min(ratios), max(ratios)] if ratios else None
        out["rounds"] = len(rows)
        merged.append(out)
    return merged


def _median(values: list) -> float | None:
    numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
    return round(statistics.median(numbers), 3) if numbers else None


SUMMARY_COLUMNS = (
    "target",
    "request",
    "req/s",
    "p50 ms",
    "p99 ms",
    "errors",
    "db ops/req",
    "baseline",
    "vs baseline",
    "(range)",
    "p99 vs baseline",
    "app cpu ms/req",
    "db cpu ms/req",
)


def format_summary(merged: list[dict], labels: dict[str, str]) -> str:
    """The medians over rounds, aligned as format_table aligns one round."""

    def number(value, pattern):
        return "-" if value is None else pattern.format(value)

    rows = [list(SUMMARY_COLUMNS)]
    for r in merged:
        spread = r["ratio_vs_baseline_range"]
        rows.append(
            [
                r["name"],
                labels[r["name"]],
                number(r["rps"], "{:,.0f}"),
                number(r["p50_ms"], "{:.1f}"),
                number(r["p99_ms"], "{:.1f}"),
                str(r["errors"] + r["non_2xx"]),
                number(r["db_ops_per_request"], "{:.2f}"),
                r["baseline"],
                number(r["ratio_vs_baseline"], "{:.2f}x"),
                "-" if spread is None else f"{spread[0]:.2f}-{spread[1]:.2f}",
                number(r["p99_ratio_vs_baseline"], "{:.2f}x"),
                number(r["app_cpu_ms_per_request"], "{:.2f}"),
                number(r["db_cpu_ms_per_request"], "{:.2f}"),
            ]
        )
    return _aligned(rows, left={0, 1, 7}, header_left=True)
