"""Print the figures as an aligned table and keep them as JSON; never a pass or a fail."""

import json
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
    "vs bare",
    "vs pymongo",
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


def _row(m: Measurement, bare_rps: float | None, pymongo_rps: float | None) -> list[str]:
    def cores(value):
        return "-" if value is None else f"{value:.2f}"

    def times(value):
        return "-" if value is None else f"{value:.2f}x"

    return [
        m.target.name,
        m.target.label,
        f"{m.load.rps:,.0f}",
        f"{m.load.p50_ms:.1f}",
        f"{m.load.p99_ms:.1f}",
        str(m.load.errors + m.load.non_2xx),
        times(_ratio(m.load.rps, bare_rps)),
        times(_ratio(m.load.rps, pymongo_rps)),
        cores(m.server_cores),
        cores(m.db_cores),
        cores(m.load_cores),
        cores(m.other_cores),
        cores(m.cpu_ms_per_request),
    ]


def baseline_rps(measurements: list[Measurement], name: str) -> float | None:
    return next((m.load.rps for m in measurements if m.target.name == name), None)


def format_table(measurements: list[Measurement]) -> str:
    """Align every measurement under the column headings (numbers right-aligned)."""
    bare, pymongo = baseline_rps(measurements, "bare"), baseline_rps(measurements, "pymongo")
    rows = [list(COLUMNS)] + [_row(m, bare, pymongo) for m in measurements]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]

    def line(row):
        cells = [
            cell.ljust(w) if i < 2 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        return "  ".join(cells)

    return "\n".join([line(rows[0]), line(["-" * w for w in widths]), *map(line, rows[1:])])


def as_json(measurements: list[Measurement], header: dict) -> dict:
    """The run's settings and every figure, for bench/results/latest.json."""
    bare, pymongo = baseline_rps(measurements, "bare"), baseline_rps(measurements, "pymongo")
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
            "ratio_vs_bare": _round(_ratio(m.load.rps, bare)),
            "ratio_vs_pymongo": _round(_ratio(m.load.rps, pymongo)),
            "cores": {
                "server": _round(m.server_cores),
                "db": _round(m.db_cores),
                "load": _round(m.load_cores),
                "other": _round(m.other_cores),
            },
            "cpu_ms_per_request": _round(m.cpu_ms_per_request),
        }
        for m in measurements
    ]
    return {**header, "results": results}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def write_json(document: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
