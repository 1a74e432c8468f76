#!/usr/bin/env bash
# Set up Fourchette: a .venv with the requirements; with --browser, Debian's chromium too.
# Safe to run again: it only does what is missing. Works from any directory.
#   bash scripts/setup.sh [--browser]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
BROWSER=0
for arg in "$@"; do
  case "$arg" in
    --browser) BROWSER=1 ;;
    -h|--help) sed -n '2,4p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "setup.sh: unknown option: $arg" >&2; exit 2 ;;
  esac
done

# Python 3.11 or newer: the first that fits among the usual names.
find_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3 python3.13 python3.12 python3.11; do
    [ -n "$candidate" ] || continue
    command -v "$candidate" >/dev/null 2>&1 || continue
    if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if [ ! -x "$VENV/bin/python" ]; then
  PY="$(find_python)" || { echo "setup.sh: Python 3.11+ not found (set PYTHON=...)" >&2; exit 1; }
  echo "setup.sh: creating $VENV with $("$PY" --version)"
  "$PY" -m venv "$VENV"
fi

# pip is quick when everything is already installed; it uses the machine's configured index.
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$ROOT/requirements.txt"
echo "setup.sh: Python packages ready in $VENV"

if [ "$BROWSER" = 1 ]; then
  if [ -x /usr/bin/chromium ]; then
    echo "setup.sh: chromium already installed (/usr/bin/chromium)"
  elif [ "$(id -u)" != 0 ]; then
    echo "setup.sh: skipping chromium: /usr/bin/chromium is missing and installing it needs root" \
      "(run: sudo apt-get install -y chromium); browser tests will be skipped"
  elif ! command -v apt-get >/dev/null 2>&1; then
    echo "setup.sh: skipping chromium: no apt-get here (not Debian/Ubuntu); browser tests will be skipped"
  else
    echo "setup.sh: installing Debian chromium"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y chromium
  fi
fi
