"""The dashboard in a real browser: Playwright drives Debian's Chromium against `streamlit run`.

Skipped (with the reason) when /usr/bin/chromium is missing, unless CI is set: under CI these
tests must run. Screenshots of every view go to tests/output/screenshots/.
"""

from __future__ import annotations

import csv
import io
import os
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from figures import filter_claims, prepare  # noqa: E402
from tests.browser_conftest import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    gold_claims,
    start_server,
    stop_server,
)

SHOTS = ROOT / "tests" / "output" / "screenshots"
IDLE = '.stApp[data-test-script-state="notRunning"]'
POINTS = '[data-testid="stVegaLiteChart"] svg g.points_marks path'

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists() and not os.environ.get("CI"),
        reason=f"{CHROMIUM} not found (set CI=true to make these tests fail instead)",
    ),
]


@pytest.fixture(scope="module")
def claims_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("claims") / "claims.csv"
    gold_claims().to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def claims(claims_file) -> pd.DataFrame:
    return prepare(pd.read_csv(claims_file, keep_default_na=False, na_values={"value_best": [""]}))


@pytest.fixture(scope="module")
def server(claims_file, tmp_path_factory):
    folder = tmp_path_factory.mktemp("server")
    env = {"FOURCHETTE_CLAIMS": str(claims_file), "FOURCHETTE_CACHE": str(folder / "cache")}
    process, url = start_server(env, folder / "streamlit.log")
    try:
        yield url
    finally:
        stop_server(process)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()


def settle(page, timeout: float = 30_000) -> None:
    """Wait until the script has run and the page is idle."""
    page.wait_for_selector('[data-testid="stMainBlockContainer"]', timeout=timeout)
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE, timeout=timeout)
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE, timeout=timeout)


def open_view(page, server: str, query: str) -> None:
    page.goto(f"{server}/?{query}")
    settle(page)


def shoot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize(
    ("name", "query"),
    [
        ("overview", "view=overview"),
        ("timeline", "view=timeline&metric=casualties"),
        ("timeline-log-en", "view=timeline&metric=deployed&log=1&lang=en"),
        ("divergence", "view=divergence&metric=killed&asof=2025-04-30"),
        ("claims", "view=claims&metric=deployed"),
        ("article", "view=article&article=en-2025-04-30-nis-4700-casualties"),
        ("method", "view=method&lang=en"),
        ("presentation", "view=divergence&metric=casualties&present=1"),
    ],
)
def test_screenshots_of_each_view(page, server, name, query):
    open_view(page, server, query)
    if "timeline" in name or "divergence" in name or "presentation" in name:
        page.wait_for_selector('[data-testid="stVegaLiteChart"] svg', timeout=30_000)
    assert not page.locator('[data-testid="stException"]').count()
    shoot(page, name)


def test_timeline_has_one_mark_per_claim(page, server, claims):
    open_view(page, server, "view=timeline&metric=casualties")
    page.wait_for_selector(POINTS, timeout=30_000)
    expected = (claims["metric"] == "casualties").sum()
    assert page.locator(POINTS).count() == expected


def test_filter_change_updates_chart_and_url(page, server, claims):
    open_view(page, server, "view=timeline&metric=casualties")
    page.wait_for_selector(POINTS, timeout=30_000)
    page.locator('[data-testid="stButtonGroup"] button', has_text="Soldats déployés").click()
    page.wait_for_url("**metric=deployed**", timeout=30_000)
    settle(page)
    expected = (claims["metric"] == "deployed").sum()
    page.wait_for_function(
        f"document.querySelectorAll('{POINTS}').length === {expected}", timeout=30_000
    )
    # A sidebar filter: French articles only.
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.locator('[data-testid="stCheckbox"]').filter(has_text="vagues").click()
    page.wait_for_url("**vague=0**", timeout=30_000)
    settle(page)
    expected = len(filter_claims(claims, metric="deployed", include_vague=False))
    page.wait_for_function(
        f"document.querySelectorAll('{POINTS}').length === {expected}", timeout=30_000
    )


def test_deep_link_restores_the_view(page, server):
    open_view(page, server, "view=divergence&lang=en&metric=killed&asof=2025-04-30")
    summary = page.locator(".fourchette-summary")
    summary.wait_for(timeout=30_000)
    assert summary.inner_text().startswith("On 30 April 2025, estimates of North Korean deaths")
    selected = page.locator('[data-testid="stButtonGroup"] button[aria-checked="true"]')
    labels = selected.all_inner_texts()
    assert "Divergence" in labels and "Killed" in labels


def test_point_click_shows_the_sentence(page, server, claims):
    open_view(page, server, "view=timeline&metric=casualties&lang=en")
    page.wait_for_selector(POINTS, timeout=30_000)
    page.locator(POINTS).last.click(force=True)
    page.wait_for_url("**claim=**", timeout=30_000)
    settle(page)
    sentence = page.locator(".fourchette-sentence")
    sentence.wait_for(timeout=30_000)
    quote = sentence.locator("mark").inner_text()
    assert quote in set(claims["quote"])
    shoot(page, "timeline-clicked")
    page.get_by_role("button", name="Article →").click()
    page.wait_for_url("**view=article**", timeout=30_000)
    settle(page)
    active = page.locator(".fourchette-article mark.active")
    active.wait_for(timeout=30_000)
    assert active.inner_text() == quote
    shoot(page, "article-from-click")


def test_csv_download_has_the_filtered_rows(page, server, claims):
    open_view(page, server, "view=claims&metric=deployed&languages=fr")
    with page.expect_download(timeout=30_000) as download:
        page.get_by_role("button", name="Télécharger le tableau (CSV)").click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    expected = filter_claims(claims, metric="deployed", languages=["fr"])
    assert len(rows) == len(expected)
    assert {r["claim_id"] for r in rows} == set(expected["claim_id"])
    assert {r["language"] for r in rows} == {"fr"}


def test_presentation_mode_hides_the_sidebar(page, server):
    open_view(page, server, "view=timeline&metric=casualties")
    assert page.locator('[data-testid="stSidebar"]').is_visible()
    page.locator(
        '[data-testid="stSidebar"] [data-testid="stCheckbox"], [data-testid="stSidebar"] label'
    ).filter(has_text="présentation").first.click()
    page.wait_for_url("**present=1**", timeout=30_000)
    settle(page)
    page.wait_for_selector('[data-testid="stVegaLiteChart"] svg', timeout=30_000)
    assert not page.locator('[data-testid="stSidebar"]').is_visible()
    assert page.locator('[data-testid="stVegaLiteChart"]').count() == 1


def test_table_row_selection_opens_the_article(page, server, claims):
    open_view(page, server, "view=claims&metric=killed&lang=en")
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.wait_for(timeout=30_000)
    page.wait_for_timeout(500)
    box = grid.bounding_box()
    # The grid is a canvas: click the first row's selection box (header and rows are 35 px).
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)
    page.wait_for_url("**claim=**", timeout=30_000)
    settle(page)
    active = page.locator(".fourchette-article mark.active")
    active.wait_for(timeout=30_000)
    killed = claims[claims["metric"] == "killed"]
    newest = killed.sort_values(["date", "claim_id"]).iloc[-1]
    assert active.inner_text() == newest["quote"]
    shoot(page, "claims-row-selected")


@pytest.mark.parametrize(("fmt", "magic"), [("PNG", b"\x89PNG"), ("SVG", b"<svg")])
def test_chart_download(page, server, fmt, magic):
    open_view(page, server, "view=divergence&metric=killed&asof=2025-04-30&lang=en")
    page.get_by_text("On 30 April 2025, estimates of North Korean deaths").wait_for(timeout=30_000)
    settle(page)
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name=f"⬇ {fmt}").first.click()
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(magic)
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / f"export-divergence.{fmt.lower()}").write_bytes(data)
    if fmt == "SVG":
        text = data.decode("utf-8")
        assert "Killed: each claimant" in text and "Source: Fourchette" in text
        assert "On 30 April 2025, estimates of North Korean deaths ranged" in text
