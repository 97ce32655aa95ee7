# Shared set-up for run.sh and test.sh: a virtual environment and the Debian packages needed.

PYTHON=${PYTHON:-python3}

bootstrap_python() {
  # Install the locked, hashed dependency tree(s) given (requirements.txt, requirements-dev.txt).
  if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
  fi
  local stamp=".venv/.installed-$(cat "$@" | sha256sum | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    local args=()
    for lock in "$@"; do args+=(-r "$lock"); done
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes "${args[@]}"
    touch "$stamp"
  fi
}

apt_install() {
  # Install Debian packages that are missing (needs root, as on the project's machines).
  local missing=()
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "missing Debian packages: ${missing[*]} (install them as root)" >&2
    return 1
  fi
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

bootstrap_fonts() {
  # Chinese text in generated images (venue posters, certificate cards) needs a CJK font.
  apt_install fonts-wqy-microhei || echo "warning: no CJK font; images will lack Chinese text" >&2
}
