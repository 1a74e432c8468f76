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
from figures.clusters import claims_view, cluster_claims  # noqa: E402
from tests.browser_conftest import (  # noqa: E402
    CHROMIUM,
    gold_claims,
    start_server,
    stop_server,
)

SHOTS = ROOT / "tests" / "output" / "screenshots"
IDLE = '.stApp[data-test-script-state="notRunning"]'
POINTS = '[data-testid="stVegaLiteChart"] svg g.points_marks path'
CHECKED = '[data-testid="stVegaLiteChart"] svg g.checked_marks path'
DOMINANT = {"subjects": ["KP"]}  # the app's default subject filter (the corpus's dominant one)

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


def n_marks(claims: pd.DataFrame, **filters) -> int:
    """The number of marks the timeline draws: one per claim (cluster), dated, with a figure."""
    clustered = prepare(cluster_claims(claims.drop(columns=["value_plot"])))
    view = claims_view(filter_claims(clustered, **(DOMINANT | filters)))
    return int((view["date"].notna() & view["value_plot"].notna()).sum())


@pytest.fixture(scope="module")
def server(claims_file, tmp_path_factory):
    folder = tmp_path_factory.mktemp("server")
    env = {
        "FOURCHETTE_CLAIMS": str(claims_file),
        "FOURCHETTE_CACHE": str(folder / "cache"),
        "FOURCHETTE_REVIEW_DB": str(folder / "review.sqlite"),
    }
    process, url = start_server(env, folder / "streamlit.log")
    try:
        yield url
    finally:
        stop_server(process)


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
        ("reports", "view=reports&metric=killed&lang=en"),
        ("divergence-full-en", "view=divergence&metric=deployed&lang=en"),
        (
            "article-review",
            "view=article&article=001_c97ca63faf2e1bde&claim=001_c97ca63faf2e1bde:1904&lang=en",
        ),
    ],
)
def test_screenshots_of_each_view(page, server, name, query):
    open_view(page, server, query)
    if any(word in name for word in ("timeline", "divergence", "presentation", "reports")):
        page.wait_for_selector('[data-testid="stVegaLiteChart"] svg', timeout=30_000)
    assert not page.locator('[data-testid="stException"]').count()
    shoot(page, name)


def test_timeline_has_one_mark_per_claim(page, server, claims):
    open_view(page, server, "view=timeline&metric=casualties")
    page.wait_for_selector(POINTS, timeout=30_000)
    expected = n_marks(claims, metric="casualties")
    assert page.locator(POINTS).count() == expected < (claims["metric"] == "casualties").sum()


def test_filter_change_updates_chart_and_url(page, server, claims):
    open_view(page, server, "view=timeline&metric=casualties")
    page.wait_for_selector(POINTS, timeout=30_000)
    page.locator('[data-testid="stButtonGroup"] button', has_text="Soldats déployés").click()
    page.wait_for_url("**metric=deployed**", timeout=30_000)
    settle(page)
    expected = n_marks(claims, metric="deployed")
    page.wait_for_function(
        f"document.querySelectorAll('{POINTS}').length === {expected}", timeout=30_000
    )
    # A sidebar filter: French articles only.
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.locator('[data-testid="stCheckbox"]').filter(has_text="vagues").click()
    page.wait_for_url("**vague=0**", timeout=30_000)
    settle(page)
    expected = n_marks(claims, metric="deployed", include_vague=False)
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
    expected = filter_claims(claims, metric="deployed", languages=["fr"], **DOMINANT)
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


@pytest.fixture(scope="module")
def review_server(claims_file, tmp_path_factory):
    """A server of its own: the review test writes decisions other tests must not see."""
    folder = tmp_path_factory.mktemp("review-server")
    env = {
        "FOURCHETTE_CLAIMS": str(claims_file),
        "FOURCHETTE_CACHE": str(folder / "cache"),
        "FOURCHETTE_REVIEW_DB": str(folder / "review.sqlite"),
    }
    process, url = start_server(env, folder / "streamlit.log")
    try:
        yield url
    finally:
        stop_server(process)


def tooltips(page, selector: str, until: str | None = None) -> list[str]:
    """The tooltip texts of the marks matched by `selector`, hovered one by one (a mark hidden
    under another shows no tooltip of its own and is skipped); stops at one holding `until`."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    texts = []
    for index in range(page.locator(selector).count()):
        page.mouse.move(5, 5)
        page.locator(selector).nth(index).hover(force=True)
        tip = page.locator("#vg-tooltip-element")
        try:
            tip.wait_for(state="visible", timeout=3_000)
        except PlaywrightTimeout:
            continue
        texts.append(" ".join(tip.inner_text().split()))
        if until and until in texts[-1]:
            break
    page.mouse.move(5, 5)
    return texts


def test_review_confirm_correct_reload_shows_the_corrected_figure(page, review_server, claims):
    killed = filter_claims(claims, metric="killed", **DOMINANT)
    claim = killed.sort_values("claim_id").iloc[0]
    query = f"view=article&article={claim['article_id']}&claim={claim['claim_id']}&lang=en"
    open_view(page, review_server, query)
    name = page.get_by_label("Your name (reviewer)")
    name.fill("Ana")
    name.press("Enter")
    settle(page)
    confirm = page.get_by_role("button", name="✓ Confirm")
    confirm.wait_for(timeout=30_000)
    page.wait_for_function(
        "[...document.querySelectorAll('button')].some("
        "b => b.innerText.includes('Confirm') && !b.disabled)",
        timeout=30_000,
    )
    confirm.click()
    settle(page)
    page.get_by_text("Claim confirmed.").wait_for(timeout=30_000)
    assert page.get_by_text("1 of ").first.is_visible()
    # Correct the figure in the edit form.
    editor = page.locator('[data-testid="stExpander"]').filter(has_text="Correct the fields")
    editor.locator("summary").click()
    figure = editor.get_by_label("Figure", exact=True)
    figure.fill("2345")
    figure.press("Tab")
    editor.get_by_role("button", name="Save the corrections").click()
    settle(page)
    page.get_by_text("Corrected: Figure.").wait_for(timeout=30_000)
    shoot(page, "review-corrected")
    # A new session (reload): the decision is in the database, the chart shows it.
    open_view(page, review_server, "view=timeline&metric=killed&lang=en")
    page.wait_for_selector(POINTS, timeout=30_000)
    page.wait_for_selector(CHECKED, timeout=30_000)
    assert page.locator(CHECKED).count() == 1  # the ring of the one checked claim
    (checked,) = tooltips(page, CHECKED)
    assert "Figure 2,345" in checked and "Checked by a person yes" in checked
    points = tooltips(page, POINTS, until="Figure 2,345")
    assert any("Figure 2,345" in p and "Checked by a person yes" in p for p in points)
    shoot(page, "review-timeline-after-reload")
