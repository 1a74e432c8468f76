"""Benchmark the dashboard on a synthetic corpus: first chart after start, rerun after a filter.

    python bench/dashboard.py [--articles 10000] [--jobs 2] [--out bench/out]

1. generates the corpus (bench/make_corpus.py) unless it is already there;
2. warms the disk cache of the claims table (the app's own cache key), timing the extraction;
3. starts the dashboard on the corpus as scripts/dashboard.sh does (scripts/serve.py) and
   times, in Chromium, server start -> first chart drawn (warm cache), with the steps between
   (health answered, page loaded and its websocket open, the timeline's spec received);
4. times the server-side rerun after a filter change (AppTest, script run only), and in the
   browser the click -> chart redrawn round trip;
5. the same first chart on the 74 gold claims, and the floor: a bare Streamlit page holding a
   two-point chart, which no dashboard can beat on the same machine.
Prints the figures; targets: rerun <= 0.3 s, first chart <= 3 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.make_corpus import make_corpus  # noqa: E402
from figures import corpus_cache  # noqa: E402
from tests.browser_conftest import CHROMIUM, CHROMIUM_ARGS, start_server, stop_server  # noqa: E402

CHART = '[data-testid="stVegaLiteChart"] svg, [data-testid="stVegaLiteChart"] canvas'
IDLE = '.stApp[data-test-script-state="notRunning"]'


def _extract_chunk(paths: list[str]):
    import extract

    return extract.claims_frame(paths)


def warm_cache(corpus: Path, cache: Path, jobs: int) -> tuple[float, int, bool, Path]:
    """Build the app's cache file for `corpus` (in `jobs` processes).

    Returns (seconds, rows, hit, cache file).
    """
    import pandas as pd

    key = corpus_cache.corpus_key(corpus, corpus_cache.extractor_version(ROOT))
    files = [str(p) for p in corpus_cache.article_files(corpus)]

    def build():
        chunks = [files[i::jobs] for i in range(jobs)]
        with ProcessPoolExecutor(jobs) as pool:
            frames = list(pool.map(_extract_chunk, chunks))
        return pd.concat(frames, ignore_index=True).sort_values("claim_id", ignore_index=True)

    start = time.perf_counter()
    table, hit = corpus_cache.cached_table(key, build, cache)
    return time.perf_counter() - start, len(table), hit, cache / f"claims-{key}.parquet"


def key_time(corpus: Path, repeats: int = 3) -> float:
    """Seconds to compute the cache key (stat every file, hash the extractor's sources)."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        corpus_cache.corpus_key(corpus, corpus_cache.extractor_version(ROOT))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def first_chart(env: dict[str, str], log: Path) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        marks: dict[str, float] = {}

        def mark(name: str) -> None:
            marks.setdefault(name, time.perf_counter() - start)

        def watch(socket) -> None:  # the page's websocket: the script runs once it opens
            mark("socket_open")

            def received(payload) -> None:  # the timeline's spec: the server built the chart
                if isinstance(payload, bytes) and b'"layer"' in payload:
                    mark("spec_received")

            socket.on("framereceived", received)

        page.on("websocket", watch)
        start = time.perf_counter()
        process, url = start_server(env, log)
        try:
            healthy = time.perf_counter() - start
            page.goto(f"{url}/?view=timeline&metric=killed")
            page.wait_for_selector(CHART, timeout=120_000)
            drawn = time.perf_counter() - start
            page.wait_for_selector(IDLE, timeout=120_000)
            # Filter change in the browser: click another metric, wait for the new chart.
            clicks = []
            for label in ("Blessés", "Tués", "Blessés", "Tués"):
                t0 = time.perf_counter()
                page.get_by_role("radio", name=label, exact=True).click()
                page.wait_for_function(
                    f"document.querySelector('button[role=radio][aria-checked=true]')"
                    f" && [...document.querySelectorAll('button[role=radio][aria-checked=true]')]"
                    f".some(b => b.innerText.trim() === '{label}')"
                )
                page.wait_for_timeout(50)
                page.wait_for_selector(IDLE, timeout=120_000)
                page.wait_for_selector(CHART, timeout=120_000)
                clicks.append(time.perf_counter() - t0)
        finally:
            stop_server(process)
            browser.close()
    return {
        "healthy": healthy,
        "socket_open": marks.get("socket_open", float("nan")),
        "spec_received": marks.get("spec_received", float("nan")),
        "first_chart": drawn,
        "click_round_trip": statistics.median(clicks),
    }


# The floor: a page holding nothing but a two-point chart, as Streamlit and Chromium draw it on
# this machine; no dashboard can show its first chart sooner.
BARE_APP = """import streamlit as st

st.vega_lite_chart(
    {
        "data": {"values": [{"x": 1, "y": 2}, {"x": 2, "y": 3}]},
        "mark": "point",
        "encoding": {"x": {"field": "x", "type": "quantitative"},
                     "y": {"field": "y", "type": "quantitative"}},
    }
)
"""


def bare_first_chart(folder: Path, repeats: int = 3) -> list[float]:
    """Seconds from `streamlit run` of BARE_APP to its chart drawn in Chromium."""
    import tempfile

    from playwright.sync_api import sync_playwright

    times = []
    with tempfile.TemporaryDirectory(dir=folder) as tmp, sync_playwright() as playwright:
        app = Path(tmp) / "bare.py"
        app.write_text(BARE_APP, encoding="utf-8")
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(repeats):
            page = browser.new_page()
            start = time.perf_counter()
            process, url = start_server({}, Path(tmp) / "bare.log", script=app)
            try:
                page.goto(url)
                page.wait_for_selector(CHART, timeout=60_000)
                times.append(time.perf_counter() - start)
            finally:
                stop_server(process)
                page.close()
        browser.close()
    return times


def rerun_times(env: dict[str, str], repeats: int = 5) -> dict[str, float]:
    from streamlit.testing.v1 import AppTest

    os.environ.update(env)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    at.query_params["view"] = "timeline"
    start = time.perf_counter()
    at.run()
    first = time.perf_counter() - start
    if at.exception or at.error:
        raise RuntimeError([e.value for e in [*at.exception, *at.error]])
    claimants = at.multiselect(key="w_claimants").options
    times: dict[str, list[float]] = {"metric": [], "claimant": [], "view_claims": []}
    for i in range(repeats):
        t0 = time.perf_counter()
        at.segmented_control(key="w_metric").set_value(("wounded", "killed")[i % 2]).run()
        times["metric"].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        at.multiselect(key="w_claimants").set_value(claimants[: 1 + i % 2]).run()
        times["claimant"].append(time.perf_counter() - t0)
    for _ in range(3):
        t0 = time.perf_counter()
        at.segmented_control(key="w_view").set_value("claims").run()
        times["view_claims"].append(time.perf_counter() - t0)
        at.segmented_control(key="w_view").set_value("timeline").run()
    out = {f"rerun_{k}": statistics.median(v) for k, v in times.items()}
    out["first_run_in_process"] = first
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--skip-browser", action="store_true")
    parser.add_argument("--table", type=Path, help="an already extracted table to show")
    parser.add_argument(
        "--no-pin",
        dest="pin",
        action="store_false",
        help="let the app compute the cache key itself (re-extracts if the extractor changed)",
    )
    args = parser.parse_args(argv)

    corpus = args.out / f"corpus-{args.articles}"
    cache = args.out / "cache"
    if not corpus.exists() or len(list(corpus.glob("*.txt"))) != args.articles:
        start = time.perf_counter()
        make_corpus(corpus, args.articles, claims=5, seed=1)
        print(f"corpus: {args.articles} articles generated in {time.perf_counter() - start:.1f} s")
    if args.table:
        table = args.table
        print(f"claims: {table} (given, not re-extracted)")
    else:
        seconds, rows, hit, table = warm_cache(corpus, cache, args.jobs)
        state = "cache hit" if hit else f"extracted with {args.jobs} processes"
        print(f"claims: {rows} rows ({state}) in {seconds:.1f} s")
    print(f"cache key (stat {args.articles} files + hash the extractor): {key_time(corpus):.3f} s")
    env = {
        "FOURCHETTE_ARTICLES": str(corpus),
        "FOURCHETTE_CACHE": str(cache),
        # A review database of the benchmark's own, never the repository's data/review.sqlite.
        "FOURCHETTE_REVIEW_DB": str(args.out / "review.sqlite"),
    }
    if args.pin or args.table:
        # The extractor may change while the benchmark runs (a new cache key, a re-extraction):
        # the app reads the warmed cache file itself; the key time above is the difference.
        env["FOURCHETTE_CLAIMS"] = str(table)
    figures = rerun_times(env)
    for name, value in figures.items():
        print(f"{name}: {value:.3f} s")
    if not args.skip_browser:
        browser = first_chart(env, args.out / "streamlit.log")
        print(f"server start -> /_stcore/health: {browser['healthy']:.2f} s")
        print(f"server start -> page loaded, websocket open: {browser['socket_open']:.2f} s")
        print(f"server start -> timeline spec received: {browser['spec_received']:.2f} s")
        print(f"server start -> first chart drawn (warm cache): {browser['first_chart']:.2f} s")
        print(f"browser: metric click -> chart redrawn: {browser['click_round_trip']:.2f} s")
        # The same on the 74 gold claims: what Streamlit and Chromium cost on this machine.
        from tests.browser_conftest import gold_claims

        small = args.out / "gold-claims.csv"
        gold_claims().to_csv(small, index=False)
        baseline = first_chart({**env, "FOURCHETTE_CLAIMS": str(small)}, args.out / "base.log")
        print(
            f"baseline, 74 gold claims: first chart drawn {baseline['first_chart']:.2f} s"
            f" (health {baseline['healthy']:.2f}, websocket {baseline['socket_open']:.2f},"
            f" spec {baseline['spec_received']:.2f})"
        )
        floor = bare_first_chart(args.out)
        print(
            "floor, a bare Streamlit page with a two-point chart: first chart drawn "
            + ", ".join(f"{t:.2f}" for t in floor)
            + " s"
        )
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
