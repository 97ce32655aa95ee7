"""Pure-Python closed-loop load generator, run as its own process when wrk is absent.

Reads a JSON spec on stdin (url, method, path, headers, body or bodies, duration, connections),
keeps one keep-alive http.client connection per thread, and prints one JSON object of figures.
Its own CPU use (one interpreter, one GIL) caps what it can offer: see the "load cpu" column.
"""

import http.client
import itertools
import json
import math
import sys
import threading
import time
from urllib.parse import urlsplit


def percentile(sorted_values: list[float], pct: float) -> float:
    """Nearest-rank percentile of an ascending list (0.0 when empty)."""
    if not sorted_values:
        return 0.0
    rank = math.ceil(pct / 100 * len(sorted_values))
    return sorted_values[min(max(rank, 1), len(sorted_values)) - 1]


def _bodies(spec: dict):
    """Return a function giving the next body to send (one body, or a list taken in turn)."""
    if not spec.get("bodies"):
        body = json.dumps(spec["body"]).encode() if spec["body"] is not None else None
        return lambda: body
    encoded = [json.dumps(body).encode() for body in spec["bodies"]]
    turn, lock = itertools.count(), threading.Lock()

    def following():
        with lock:
            return encoded[next(turn) % len(encoded)]

    return following


def _worker(spec: dict, deadline: float, stats: dict, next_body) -> None:
    parts = urlsplit(spec["url"])
    has_body = spec["body"] is not None or bool(spec.get("bodies"))
    headers = dict(spec["headers"], **({"Content-Type": "application/json"} if has_body else {}))
    connection = None
    while time.perf_counter() < deadline:
        if connection is None:
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        body = next_body()
        started = time.perf_counter()
        try:
            connection.request(spec["method"], spec["path"], body=body, headers=headers)
            response = connection.getresponse()
            response.read()
        except (OSError, http.client.HTTPException):
            stats["errors"] += 1
            connection.close()
            connection = None
            continue
        stats["latencies"].append(time.perf_counter() - started)
        if not 200 <= response.status < 300:
            stats["non_2xx"] += 1
    if connection is not None:
        connection.close()


def run(spec: dict) -> dict:
    """Drive the spec and return requests, duration, p50/p99 and error counts."""
    per_thread = [{"latencies": [], "errors": 0, "non_2xx": 0} for _ in range(spec["connections"])]
    started = time.perf_counter()
    deadline = started + spec["duration"]
    next_body = _bodies(spec)
    threads = [
        threading.Thread(target=_worker, args=(spec, deadline, stats, next_body))
        for stats in per_thread
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies = sorted(value for stats in per_thread for value in stats["latencies"])
    return {
        "requests": len(latencies),
        "duration_s": elapsed,
        "p50_ms": percentile(latencies, 50) * 1000,
        "p99_ms": percentile(latencies, 99) * 1000,
        "errors": sum(stats["errors"] for stats in per_thread),
        "non_2xx": sum(stats["non_2xx"] for stats in per_thread),
    }


if __name__ == "__main__":
    print(json.dumps(run(json.load(sys.stdin))))
