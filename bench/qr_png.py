"""Time health-code QR images, token issuing and offline verification; print the figures.

    python bench/qr_png.py [--n 300] [--rounds 7]

Each figure is the median of several rounds, and every ratio compares two measurements taken
in the same round (on a shared machine a single run swings by tens of percent). Times are
thread CPU time, which other processes disturb less than wall time. Prints figures only;
never passes or fails on time.

- QR image: qrcode's default path (automatic mask choice, fit, drawing) against ours (fixed
  mask, codewords computed in qr_codewords, matrix drawn with pillow). Target: ≥ 10×.
- Offline verification: verify_token (parse, Base45, signature, claims, time window)
  against a raw Ed25519 verify of the same signed bytes. Target: ≥ 0.9×.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

# Run as a script, Python puts bench/ (not the repo root) on sys.path; add the root so the
# health_code package imports without installing the project.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import qrcode  # noqa: E402

from health_code.codes.health_token import (  # noqa: E402
    FRAMING,
    TokenClaims,
    issue_token,
    verify_token,
)
from health_code.codes.qr import render_qr_png  # noqa: E402
from signing_keys import KeySet, generate_key  # noqa: E402


def _seconds_per_call(function: Callable[[], object], n: int) -> float:
    """Return thread-CPU seconds per call over n calls, after one warm-up call."""
    function()
    start = time.thread_time()
    for _ in range(n):
        function()
    return (time.thread_time() - start) / n


def _library_default_png(token: str) -> bytes:
    buffer = io.BytesIO()
    qrcode.make(token).save(buffer, format="PNG")
    return buffer.getvalue()


def _row(label: str, seconds: float, unit: str) -> str:
    return f"{label:<50} {seconds * 1000:8.3f} ms   {1 / seconds:10,.0f} {unit}/s"


def _rounds(measures: dict[str, Callable[[], float]], rounds: int) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {name: [] for name in measures}
    for _ in range(rounds):
        for name, measure in measures.items():
            results[name].append(measure())
    return results


def main() -> None:
    """Run the benchmark and print medians of per-call times, throughputs and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="iterations per measurement")
    parser.add_argument("--rounds", type=int, default=7, help="rounds; medians are printed")
    args = parser.parse_args()
    n, now = args.n, datetime.now(UTC)
    key = generate_key(now)
    keys = KeySet().with_key(key)
    claims = TokenClaims("green", "00112233445566778899", "张*明", now, now + timedelta(minutes=5))
    token = issue_token(claims, key)
    frame = FRAMING.parse(token)
    public, signed = key.private_key.public_key(), FRAMING.context + frame.payload

    results = _rounds(
        {
            "default": lambda: _seconds_per_call(lambda: _library_default_png(token), n // 3),
            "ours": lambda: _seconds_per_call(lambda: render_qr_png(token, "green"), n),
            "issue": lambda: _seconds_per_call(lambda: issue_token(claims, key), n * 10),
            "raw": lambda: _seconds_per_call(
                lambda: public.verify(frame.signature, signed), n * 10
            ),
            "verify": lambda: _seconds_per_call(lambda: verify_token(token, keys, now), n * 10),
        },
        args.rounds,
    )
    median = {name: statistics.median(values) for name, values in results.items()}
    qr_ratios = [d / o for d, o in zip(results["default"], results["ours"], strict=True)]
    verify_ratios = [r / v for r, v in zip(results["raw"], results["verify"], strict=True)]

    print(f"token: {len(token)} characters; medians of {args.rounds} rounds (thread CPU time)")
    print(_row("(a) qrcode.make(token) -> PNG (default path)", median["default"], "images"))
    print(_row("(b) render_qr_png(token, colour)", median["ours"], "images"))
    print(_row("(c) issue_token (Ed25519 sign + Base45)", median["issue"], "tokens"))
    print(_row("(d) raw Ed25519 verify of the same bytes", median["raw"], "verifications"))
    print(_row("(e) verify_token (offline, everything)", median["verify"], "verifications"))
    print(
        f"QR image, default / ours: {statistics.median(qr_ratios):.1f}x "
        f"(rounds {min(qr_ratios):.1f}-{max(qr_ratios):.1f}; target >= 10)"
    )
    print(
        f"offline verification, verify_token / raw verify rate: "
        f"{statistics.median(verify_ratios):.2f}x "
        f"(rounds {min(verify_ratios):.2f}-{max(verify_ratios):.2f}; target >= 0.9)"
    )


if __name__ == "__main__":
    main()
