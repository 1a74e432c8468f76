#!/usr/bin/env bash
# Everything CI checks: setup (with the browser), lint, format, then every test and doctest.
# Extra arguments go to pytest:  bash scripts/test.sh -k corpus -x
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh --browser

echo "== ruff check"
.venv/bin/ruff check .
echo "== ruff format --check"
.venv/bin/ruff format --check .
echo "== pytest"
.venv/bin/python -m pytest "$@"
