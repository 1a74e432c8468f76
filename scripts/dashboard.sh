#!/usr/bin/env bash
# Start the dashboard: setup, then `streamlit run app.py` on $PORT (default 8501), through
# scripts/serve.py (which imports the first page's modules while the browser loads it).
# Extra arguments go to streamlit:  PORT=8600 bash scripts/dashboard.sh --server.headless true
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh
exec .venv/bin/python scripts/serve.py --server.port "${PORT:-8501}" "$@"
