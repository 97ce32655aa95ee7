"""Gunicorn config for bench servers: passed with -c so the project's gunicorn.conf.py is not
auto-loaded (its on_starting hook would start another database and seed demo data).

Worker class, workers and threads come on the command line from bench/harness.py, identical
for the app and the baselines.
"""

accesslog = None
loglevel = "warning"
