"""Time health-code QR images, token issuing and offline verification; print the figures.

    python bench/qr_png.py [--n 300]

Compares qrcode's default path (automatic mask choice, fit, drawing) with our renderer
(fixed mask, matrix drawn with pillow). Prints figures only; never passes or fails on time.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

# Run as a script, Python puts bench/ (not the repo root) on sys.path; add the root so the
# health_code package imports without installing the project.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import qrcode  # noqa: E402

from health_code.codes.health_token import TokenClaims, issue_token, verify_token  # noqa: E402
from health_code.codes.qr import render_qr_png  # noqa: E402
from signing_keys import KeySet, generate_key  # noqa: E402


def _time_per_call(function: Callable[[], object], n: int) -> float:
    """Return mean seconds per call over n calls, after one warm-up call."""
    function()
    start = time.perf_counter()
    for _ in range(n):
        function()
    return (time.perf_counter() - start) / n


def _library_default_png(token: str) -> bytes:
    buffer = io.BytesIO()
    qrcode.make(token).save(buffer, format="PNG")
    return buffer.getvalue()


def _row(label: str, seconds: float, unit: str) -> str:
    return f"{label:<46} {seconds * 1000:8.3f} ms   {1 / seconds:10,.0f} {unit}/s"


def main() -> None:
    """Run the benchmark and print per-call times and throughputs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="iterations per measurement")
    n = parser.parse_args().n
    now = datetime.now(UTC)
    key = generate_key(now)
    keys = KeySet().with_key(key)
    claims = TokenClaims("green", "00112233445566778899", "张*明", now, now + timedelta(minutes=5))
    token = issue_token(claims, key)

    default = _time_per_call(lambda: _library_default_png(token), n)
    ours = _time_per_call(lambda: render_qr_png(token, "green"), n)
    issue = _time_per_call(lambda: issue_token(claims, key), n)
    verify = _time_per_call(lambda: verify_token(token, keys, now), n)

    print(f"token: {len(token)} characters, n = {n}")
    print(_row("(a) qrcode.make(token) -> PNG (default path)", default, "images"))
    print(_row("(b) render_qr_png(token, colour)", ours, "images"))
    print(_row("(c) issue_token", issue, "tokens"))
    print(_row("(d) verify_token (offline)", verify, "verifications"))
    print(f"default / ours: {default / ours:.1f}x")


if __name__ == "__main__":
    main()
