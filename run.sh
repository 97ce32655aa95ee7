#!/usr/bin/env bash
# Install what the app needs and serve the API and the mini-program at http://127.0.0.1:8000
# on the embedded database with demo data (set MONGODB_URI to use a real MongoDB).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/bootstrap.sh
bootstrap_python requirements.txt
bootstrap_fonts
if [[ "${HTTPS:-}" =~ ^(1|true|yes|on)$ ]]; then
  # gunicorn.conf.py makes or reuses the certificate and logs the address phones open.
  echo "Shengshi: https://${BIND:-0.0.0.0:8443}  (TLS_CERT/TLS_KEY, or a development certificate under ${DATA_DIR:-var}/tls)"
else
  echo "Shengshi: http://${BIND:-127.0.0.1:8000}  (API /api/v1, spec /openapi.json, mini-program /mp/)"
fi
exec .venv/bin/gunicorn -c gunicorn.conf.py wsgi:app
