"""The bench's arithmetic: medians over rounds, and the capacity docs/scaling.md quotes."""

import json

from bench.capacity import main, plan_rows
from bench.report import median_results

RUN = {
    "started_at": "2026-12-02T12:00:00+00:00",
    "commit": "abc1234",
    "cpu_count": 2,
    "versions": "gunicorn 27.0.1",
    "gunicorn": {"worker_class": "gthread", "workers": 4, "threads": 4, "timeout": 30},
    "results": [
        {"name": "pymongo", "server": "pymongo", "method": "GET", "path": "/read", "rps": 900.0},
        {
            "name": "health-code",
            "server": "app",
            "method": "GET",
            "path": "/api/v1/health-code",
            "rps": 700.0,
            "app_cpu_ms_per_request": 1.4,
            "db_cpu_ms_per_request": 0.6,
            "db_ops_per_request": 1.0,
        },
        {
            "name": "checkpoint-scan",
            "server": "app",
            "method": "POST",
            "path": "/api/v1/checkpoint/scans",
            "rps": 300.0,
            "app_cpu_ms_per_request": 2.1,
            "db_cpu_ms_per_request": 1.9,
            "db_ops_per_request": 2.0,
        },
    ],
}


def test_cores_are_the_rate_times_the_cpu_per_request_over_the_utilisation():
    rows = {row["name"]: row for row in plan_rows(RUN, rate=60_000, utilisation=0.7)}

    assert set(rows) == {"health-code", "checkpoint-scan"}  # baselines are not planned for
    assert rows["health-code"]["cores"] == 120  # 60,000 × 1.4 ms = 84 cores busy ÷ 0.7
    assert rows["checkpoint-scan"]["cores"] == 180
    assert rows["checkpoint-scan"]["db_ops_per_s"] == 120_000


def test_the_table_names_the_run_it_came_from(tmp_path, capsys):
    path = tmp_path / "run.json"
    path.write_text(json.dumps(RUN))

    assert main([str(path), "--rate", "60000"]) == 0

    out = capsys.readouterr().out
    assert "commit abc1234" in out
    assert (
        "| health-code | `GET /api/v1/health-code` | 700 | 1.40 | 0.60 | 1.0 | 120 | 60,000 |"
        in out
    )


def test_a_missing_run_says_what_to_do(tmp_path, capsys):
    assert main([str(tmp_path / "none.json")]) == 2
    assert "run bench/run.py first" in capsys.readouterr().err


def _round(rps: float, ratio: float, errors: int) -> list[dict]:
    row = {"name": "health-code", "server": "app", "baseline": "pymongo", "rps": rps}
    row |= {"requests": 100, "errors": errors, "non_2xx": 0, "ratio_vs_baseline": ratio}
    return [row | {"cores": {"server": rps / 1000, "db": None}, "db_ops_per_request": None}]


def test_rounds_report_the_median_of_each_rounds_ratio_and_every_error():
    rounds = [_round(700, 0.7, 0), _round(900, 0.9, 2), _round(800, 0.75, 0)]

    (merged,) = median_results(rounds)

    assert merged["ratio_vs_baseline"] == 0.75  # the median of the rounds' own ratios
    assert merged["ratio_vs_baseline_range"] == [0.7, 0.9]
    assert merged["rps"] == 800
    assert merged["errors"] == 2  # an error in any round is reported, not averaged away
    assert merged["requests"] == 300
    assert merged["cores"] == {"server": 0.8, "db": None}
    assert merged["rounds"] == 3
