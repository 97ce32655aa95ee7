#!/usr/bin/env bash
# Install what the app needs and serve the API and the mini-program at http://127.0.0.1:8000
# on the embedded database with demo data (set MONGODB_URI to use a real MongoDB).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/bootstrap.sh
bootstrap_python requirements.txt
bootstrap_fonts
echo "Shengshi: http://${BIND:-127.0.0.1:8000}  (API /api/v1, spec /openapi.json, mini-program /mp/)"
exec .venv/bin/gunicorn -c gunicorn.conf.py wsgi:app
