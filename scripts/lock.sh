#!/usr/bin/env bash
# Re-lock the dependency tree: requirements.in -> requirements.txt, requirements-dev.in ->
# requirements-dev.txt, every package pinned with its hashes. Run after editing a .in file.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv-lock/bin/pip-compile ]; then
  "${PYTHON:-python3}" -m venv .venv-lock
  .venv-lock/bin/pip install --quiet --disable-pip-version-check pip-tools==7.6.2
fi
compile() {
  .venv-lock/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
    --no-emit-index-url --no-emit-find-links --output-file "$2" "$1"
}
compile requirements.in requirements.txt
compile requirements-dev.in requirements-dev.txt
