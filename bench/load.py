"""Drive one target from a separate process: wrk when installed, else bench/pydriver.py."""

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

PYDRIVER = Path(__file__).with_name("pydriver.py")

# wrk's done() hook prints one JSON line; the --latency distribution above it is for humans.
_WRK_DONE = """
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_s": %.6f, "p50_ms": %.3f, "p99_ms": %.3f, '
    .. '"errors": %d, "non_2xx": %d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3,
    latency:percentile(99) / 1e3, e.connect + e.read + e.write + e.timeout, e.status))
end
"""


@dataclass(frozen=True)
class Request:
    """A fully built request: where it goes and exactly what is sent."""

    url: str
    method: str
    path: str
    headers: dict
    body: dict | None
    bodies: list[dict] | None = None  # one per request, in turn (one-time tokens)


@dataclass(frozen=True)
class LoadResult:
    requests: int
    duration_s: float
    p50_ms: float
    p99_ms: float
    errors: int  # connection errors and timeouts
    non_2xx: int
    driver_cpu_s: float

    @property
    def rps(self) -> float:
        return self.requests / self.duration_s if self.duration_s else 0.0


def choose_driver(preference: str) -> str:
    """Return "wrk" or "python" for a preference of "auto", "wrk" or "python"."""
    has_wrk = shutil.which("wrk") is not None
    if preference == "wrk" and not has_wrk:
        raise SystemExit("--driver wrk asked for, but wrk is not installed")
    if preference == "auto":
        return "wrk" if has_wrk else "python"
    return preference


def drive(request: Request, driver: str, duration: float, connections: int) -> LoadResult:
    """Run closed-loop load for duration seconds over keep-alive connections; return figures."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    runner = _run_wrk if driver == "wrk" else _run_python
    figures = runner(request, duration, connections)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return LoadResult(**figures, driver_cpu_s=used)


def _lua_string(value: str) -> str:
    if "]==]" in value:
        raise ValueError(f"cannot quote {value!r} for wrk")
    return f"[==[{value}]==]"


# Each wrk thread has its own Lua state: thread i sends bodies i, i + n, i + 2n, … so no two
# threads send the same one.
_WRK_BODIES = """
local threads, counter = 0, 0
function setup(thread)
  threads = threads + 1
  thread:set("first", threads)
end
function init(args)
  counter = first
end
function request()
  local body = bodies[(counter - 1) % #bodies + 1]
  counter = counter + threads_total
  return wrk.format(nil, nil, nil, body)
end
"""


def _wrk_script(request: Request, threads: int) -> str:
    lines = [f"wrk.method = {_lua_string(request.method)}"]
    headers = dict(request.headers)
    if request.body is not None or request.bodies:
        headers.setdefault("Content-Type", "application/json")
    if request.body is not None:
        lines.append(f"wrk.body = {_lua_string(json.dumps(request.body))}")
    # The spaces matter: `headers[[==[` would open a Lua long string instead of indexing.
    lines += [f"wrk.headers[ {_lua_string(k)} ] = {_lua_string(v)}" for k, v in headers.items()]
    if request.bodies:
        quoted = ",\n".join(_lua_string(json.dumps(body)) for body in request.bodies)
        lines += [f"bodies = {{{quoted}}}", f"threads_total = {threads}", _WRK_BODIES]
    return "\n".join(lines) + "\n" + _WRK_DONE


def _run_wrk(request: Request, duration: float, connections: int) -> dict:
    threads = max(1, min(connections, os.cpu_count() or 1))
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(_wrk_script(request, threads))
        script.flush()
        command = [
            "wrk",
            "--latency",
            "-t",
            str(threads),
            "-c",
            str(connections),
            "-d",
            f"{max(1, round(duration))}s",
            "--timeout",
            "10s",
            "-s",
            script.name,
            request.url + request.path,
        ]
        done = subprocess.run(
            command, capture_output=True, text=True, check=True, timeout=duration + 60
        )
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("BENCH_JSON ")), None)
    if line is None or done.stderr.strip():
        raise RuntimeError(f"wrk failed:\n{done.stdout}\n{done.stderr}")
    return json.loads(line.removeprefix("BENCH_JSON "))


def _run_python(request: Request, duration: float, connections: int) -> dict:
    spec = {
        "url": request.url,
        "method": request.method,
        "path": request.path,
        "headers": request.headers,
        "body": request.body,
        "bodies": request.bodies,
        "duration": duration,
        "connections": connections,
    }
    done = subprocess.run(
        [sys.executable, str(PYDRIVER)],
        input=json.dumps(spec),
        capture_output=True,
        text=True,
        check=True,
        timeout=duration + 60,
    )
    return json.loads(done.stdout)
