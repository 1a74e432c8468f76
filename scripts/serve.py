"""Start the dashboard: `streamlit run app.py` with the given options, and meanwhile import
the modules the first page needs.

    python scripts/serve.py [streamlit options]      (what scripts/dashboard.sh runs)

Streamlit runs app.py only when a browser opens the page, and app.py's first run begins by
importing pandas, pyarrow, Altair and Fourchette's modules (about a second on a quiet 2-core
machine). Here a thread imports them once the server is ready, while the browser is still
loading the page, so that first run finds them imported. Only imports: nothing is computed or
read, and a module that fails to import is left for app.py to report.
"""

from __future__ import annotations

import importlib
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What app.py's first run imports, heaviest first. streamlit.emojis: Streamlit loads its emoji
# table (a large regular expression) for the first widget label that is not ASCII, which the
# French interface has at once.
MODULES = (
    "pandas",
    "pyarrow",
    "altair",
    "streamlit.emojis",
    "review",
    "figures.charts",
    "figures.clusters",
    "figures.corpus_cache",
    "figures.export",
    "figures.palette",
    "figures.table",
    "figures.text",
    "figures.urlstate",
)


def option(args: list[str], name: str, default: str) -> str:
    """The value of `--name value` or `--name=value` among streamlit's options."""
    for i, arg in enumerate(args):
        if arg == name and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return default


def import_when_ready(health: str, timeout: float = 60.0) -> None:
    """Wait until the server answers its health check (its start is not slowed: it listens
    before it is ready), then import."""
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never a proxy
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with direct.open(health, timeout=0.5) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        time.sleep(0.03)
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # app.py imports it again and says what failed
            continue
    # Streamlit's first element of a process checks whether it runs in a REPL with
    # `inspect.stack()`, which from the script's deep stack reads the source of every frame
    # (a few tenths of a second); from this thread's short stack it costs little, and the
    # check is then done. A private function: if it moves, nothing happens here.
    try:
        from streamlit.delta_generator import _maybe_print_use_warning

        _maybe_print_use_warning()
    except Exception:  # only a head start: the first element does it otherwise
        pass


def main(args: list[str]) -> None:
    sys.path.insert(0, str(ROOT))  # where streamlit puts app.py's folder too
    address = option(args, "--server.address", "") or "127.0.0.1"
    host = "127.0.0.1" if address in ("0.0.0.0", "::") else address
    port = option(args, "--server.port", "8501")
    base = option(args, "--server.baseUrlPath", "").strip("/")
    health = f"http://{host}:{port}/{base + '/' if base else ''}_stcore/health"
    threading.Thread(
        target=import_when_ready, args=(health,), name="fourchette-imports", daemon=True
    ).start()
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", str(ROOT / "app.py"), *args]
    cli.main()


if __name__ == "__main__":
    main(sys.argv[1:])
