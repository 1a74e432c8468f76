"""Helpers shared by tests/test_app.py and tests/test_browser.py (not a conftest: imported).

`gold_claims` builds a claims table from the hand-made gold tables and the embedded corpus,
so the dashboard's tests do not move with the extractor's recall: every row is a real quote
located in its article's body (`body[span_start:span_end] == quote`).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
GOLD = (ROOT / "tests" / "gold" / "seeds.csv", ROOT / "tests" / "gold" / "dev.csv")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _precision(day: str) -> str:
    return {3: "day", 2: "month", 1: "year"}[len(day.split("-"))]


def gold_claims() -> pd.DataFrame:
    """The gold rows as a full claims table (columns of `extract.claim.COLUMNS`)."""
    from extract.claim import COLUMNS
    from extract.corpus import read_article

    gold = pd.concat([pd.read_csv(p, dtype=str, keep_default_na=False) for p in GOLD])
    rows = []
    for record in gold.to_dict("records"):
        article = read_article(ARTICLES / f"{record['article_id']}.txt")
        start = article.body.find(record["quote"])
        if start < 0:
            continue
        end = start + len(record["quote"])
        # The sentence: from the previous full stop or line break to the next one.
        left = max(article.body.rfind(". ", 0, start) + 2, article.body.rfind("\n", 0, start) + 1)
        stops = [i for i in (article.body.find(". ", end), article.body.find("\n", end)) if i >= 0]
        right = min(stops) + 1 if stops else len(article.body)
        rows.append(
            {
                **record,
                "claim_id": f"{article.article_id}:{start}",
                "outlet": article.outlet,
                "url": article.url,
                "published": article.published,
                "language": article.language,
                "published_inferred": False,
                "hedged": False,
                "increment": record["increment"] == "true",
                "claim_date_precision": _precision(record["claim_date"]),
                "sentence": article.body[left:right].strip(),
                "span_start": start,
                "span_end": end,
                "rule": "gold",
            }
        )
    frame = pd.DataFrame(rows)
    for column in ("value_best", "value_low", "value_high"):
        frame[column] = pd.to_numeric(frame[column].replace("", None)).astype("Int64")
    return frame[list(COLUMNS)].drop_duplicates("claim_id").reset_index(drop=True)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(
    env: dict[str, str], log_path: Path, timeout: float = 60.0, script: Path | None = None
):
    """`streamlit run app.py` on a free loopback port, started as scripts/dashboard.sh starts
    it (scripts/serve.py); returns (process, base URL). With `script`, plain
    `streamlit run script` in the script's folder instead (the benchmark's bare page).

    Waits for `/_stcore/health`; the caller terminates the process.
    """
    import os
    import subprocess
    import sys
    import time
    import urllib.request

    port = free_port()
    launcher = (
        [str(ROOT / "scripts" / "serve.py")]
        if script is None
        else ["-m", "streamlit", "run", str(script.resolve())]
    )
    command = [
        sys.executable,
        *launcher,
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
    ]
    log = log_path.open("w")
    process = subprocess.Popen(
        command,
        cwd=ROOT if script is None else script.parent,
        env={**os.environ, **env},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early, see {log_path}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read().strip() == b"ok":
                    return process, url
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError(f"streamlit did not answer within {timeout} s, see {log_path}")


def stop_server(process) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except Exception:
        process.kill()
        process.wait(timeout=10)
