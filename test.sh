#!/usr/bin/env bash
# Install what the tests need and run them all (unit, API against a SecantusDB server, browser).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/bootstrap.sh
bootstrap_python requirements.txt requirements-dev.txt
bootstrap_fonts
apt_install zbar-tools chromium
.venv/bin/ruff check .
.venv/bin/ruff format --check . >/dev/null || { .venv/bin/ruff format --diff . | head -40; exit 1; }
exec .venv/bin/python -m pytest "$@"
