"""Hostile pages in the corpus never run in the dashboard (a real Chromium, issue 5).

Article text is untrusted: a saved page and a text article carrying `<script>`, `onerror=`
and `javascript:` links are read into the corpus; the article reader must show them as text,
no script may run and no dialog may open.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.browser_conftest import CHROMIUM, start_server, stop_server

IDLE = '.stApp[data-test-script-state="notRunning"]'

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists() and not os.environ.get("CI"),
        reason=f"{CHROMIUM} not found (set CI=true to make these tests fail instead)",
    ),
]

# Each payload sets window.__pwned or opens a dialog if it ever runs.
PAYLOADS = (
    '<script>window.__pwned = 1; alert("script")</script>',
    '<img src="x" onerror="window.__pwned = 2; alert(\'onerror\')">',
    "<a href=\"javascript:window.__pwned = 3; alert('link')\">lien</a>",
    "<svg onload=\"window.__pwned = 4; alert('svg')\"></svg>",
)

TEXT_ARTICLE = (
    "---\ntitle: Hostile <script>alert('title')</script>\npublished: 2025-04-30\n"
    "language: fr\n---\n"
    "Selon le NIS, environ 11 000 soldats nord-coréens ont été déployés "
    + " ".join(PAYLOADS)
    + ". D'après Kiev, 300 soldats nord-coréens ont été tués.\n"
)

HTML_PAGE = f"""<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Page hostile</title>
<script>window.__pwned = 5; alert("head")</script></head>
<body onload="window.__pwned = 6; alert('body')">
<nav><a href="javascript:alert('nav')">Accueil</a></nav>
<article><h1>Renforts nord-coréens</h1>
<p>Selon le NIS, environ 11 000 soldats nord-coréens ont été déployés en Russie, a indiqué
l'agence lundi, tandis que Kiev évoque des pertes importantes dans la région de Koursk.</p>
<p>D'après Kiev, 300 soldats nord-coréens ont été tués depuis le début de leur engagement,
un bilan que Pyongyang n'a jamais confirmé. {PAYLOADS[1]} {PAYLOADS[0]}</p>
<p>Les analystes estiment que ces chiffres restent invérifiables de source indépendante.</p>
</article></body></html>
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    articles = folder / "articles"
    articles.mkdir()
    (articles / "hostile-text.txt").write_text(TEXT_ARTICLE, encoding="utf-8")
    (articles / "hostile-page.html").write_text(HTML_PAGE, encoding="utf-8")
    env = {
        "FOURCHETTE_ARTICLES": str(articles),
        "FOURCHETTE_CACHE": str(folder / "cache"),
        "FOURCHETTE_REVIEW_DB": str(folder / "review.sqlite"),
    }
    process, url = start_server(env, folder / "streamlit.log")
    try:
        yield url
    finally:
        stop_server(process)


@pytest.mark.parametrize("article", ["hostile-text", "hostile-page"])
def test_hostile_article_is_shown_as_text_and_never_runs(server, browser, article):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        for query in (f"view=article&article={article}", "view=claims", "view=timeline"):
            page.goto(f"{server}/?{query}")
            page.wait_for_selector('[data-testid="stMainBlockContainer"]', timeout=60_000)
            page.wait_for_timeout(500)
            page.wait_for_selector(IDLE, timeout=60_000)
            page.wait_for_timeout(1000)  # time for an injected handler to fire
            assert page.evaluate("() => window.__pwned") is None, query
        page.goto(f"{server}/?view=article&article={article}")
        page.wait_for_selector(IDLE, timeout=60_000)
        page.wait_for_timeout(500)
        main = page.inner_text('[data-testid="stMainBlockContainer"]')
        assert "11 000 soldats" in main  # the article is there, its claims highlighted
        if article == "hostile-text":
            assert "<script>" in main  # shown as text, not parsed as markup
        # No element the payloads would create exists in the page.
        assert page.locator('[data-testid="stMainBlockContainer"] script').count() == 0
        assert page.locator("[onerror], [onload]").count() == 0
        assert page.locator('a[href^="javascript:"]').count() == 0
        SHOTS = Path(__file__).resolve().parent / "output" / "screenshots"
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{article}.png"), full_page=True)
    finally:
        context.close()
    assert dialogs == []
