"""Benchmark harness: the app under gunicorn beside bare-Flask baselines (see bench/README.md)."""
