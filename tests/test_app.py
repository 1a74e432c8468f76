"""The dashboard through Streamlit's AppTest: views, filters, deep links, selection, uploads.

The app reads a fixed claims table built from the gold tables (`FOURCHETTE_CLAIMS`), so these
tests check the layout and its wiring, not the extractor's recall.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from figures import filter_claims, prepare  # noqa: E402
from tests.browser_conftest import gold_claims  # noqa: E402

APP = str(ROOT / "app.py")
NIS = "South Korean intelligence (NIS)"
VIEWS = ["overview", "timeline", "divergence", "claims", "article", "method"]


@pytest.fixture(scope="module")
def claims_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("claims") / "claims.csv"
    gold_claims().to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def claims(claims_file) -> pd.DataFrame:
    return prepare(pd.read_csv(claims_file, keep_default_na=False, na_values={"value_best": [""]}))


@pytest.fixture
def app(claims_file, tmp_path, monkeypatch):
    monkeypatch.setenv("FOURCHETTE_CLAIMS", str(claims_file))
    monkeypatch.setenv("FOURCHETTE_CACHE", str(tmp_path / "cache"))

    def start(**query: str | list[str]) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=30)
        for key, value in query.items():
            at.query_params[key] = value
        return at.run()

    return start


def charts(at: AppTest) -> list[dict]:
    """Each chart's Vega-Lite spec, its datasets decoded into lists of rows."""
    specs = []
    for element in at.get("vega_lite_chart"):
        spec = json.loads(element.proto.spec)
        spec["datasets"] = {
            d.name: pa.ipc.open_stream(d.data.data).read_all().to_pylist()
            for d in element.proto.datasets
        }
        specs.append(spec)
    return specs


def layer_rows(spec: dict, name: str) -> list[dict]:
    layer = next(lay for lay in spec["layer"] if lay.get("name") == name)
    data = layer.get("data") or spec.get("data")
    return spec["datasets"][data["name"]]


def qp(at: AppTest, key: str) -> list[str]:
    value = at.query_params.get(key, [])
    return [value] if isinstance(value, str) else list(value)


def no_errors(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_view_renders(app, view, lang):
    at = app(view=view, lang=lang)
    no_errors(at)
    assert at.session_state["view"] == view
    if view in ("timeline", "divergence"):
        assert charts(at)


def test_french_is_the_default(app):
    at = app()
    assert at.session_state["lang"] == "fr"
    assert any("Vue d'ensemble" in str(b.options) for b in at.segmented_control)


def test_timeline_shows_the_metric_claims(app, claims):
    at = app(view="timeline", metric="casualties")
    points = layer_rows(charts(at)[0], "points")
    expected = claims[claims["metric"] == "casualties"]
    assert sorted(p["claim_id"] for p in points) == sorted(expected["claim_id"])


@pytest.mark.parametrize(
    ("widget", "value", "filters"),
    [
        (
            "w_claimants",
            ["South Korean intelligence (NIS)"],
            {"claimants": ["South Korean intelligence (NIS)"]},
        ),
        ("w_languages", ["en"], {"languages": ["en"]}),
        ("w_vague", False, {"include_vague": False}),
    ],
    ids=["claimant", "language", "no-vague"],
)
def test_filters_change_the_chart_and_the_url(app, claims, widget, value, filters):
    at = app(view="timeline", metric="deployed")
    before = layer_rows(charts(at)[0], "points")
    element = at.multiselect(key=widget) if widget != "w_vague" else at.checkbox(key=widget)
    element.set_value(value).run()
    no_errors(at)
    after = layer_rows(charts(at)[0], "points")
    expected = filter_claims(claims, metric="deployed", **filters)
    assert len(after) == len(expected) < len(before)
    assert at.query_params  # the filter is in the URL
    name = widget.removeprefix("w_")
    assert name in at.query_params


def test_metric_switch_changes_chart_and_url(app, claims):
    at = app(view="timeline")
    at.segmented_control(key="w_metric").set_value("deployed").run()
    assert qp(at, "metric") == ["deployed"]
    points = layer_rows(charts(at)[0], "points")
    assert len(points) == (claims["metric"] == "deployed").sum()


def test_log_scale_from_the_url(app):
    at = app(view="timeline", metric="deployed", log="1")
    spec = charts(at)[0]
    points = next(lay for lay in spec["layer"] if lay.get("name") == "points")
    assert points["encoding"]["y"]["scale"]["type"] == "log"


def test_deep_link_restores_state(app, claims):
    query = dict(
        view="divergence",
        lang="en",
        metric="killed",
        claimants=["South Korean intelligence (NIS)", "Western officials"],
        asof="2025-04-30",
        vague="0",
    )
    at = app(**query)
    no_errors(at)
    state = at.session_state
    assert (state["view"], state["lang"], state["metric"]) == ("divergence", "en", "killed")
    assert state["claimants"] == query["claimants"]
    assert state["asof"].isoformat() == "2025-04-30"
    assert state["vague"] is False
    # The URL keeps what it was given (canonical tokens, not labels), defaults left out.
    assert "metric" not in at.query_params
    for key, value in query.items():
        if key == "metric":
            continue
        assert qp(at, key) == (value if isinstance(value, list) else [value])
    sentence = " ".join(str(h.proto.body) for h in at.get("html"))
    assert "On 30 April 2025, estimates of North Korean deaths ranged from" in sentence


def test_dates_outside_the_corpus_are_clamped(app):
    at = app(view="timeline", **{"from": "1990-01-01", "to": "2099-12-31"})
    no_errors(at)


def test_invalid_url_values_fall_back_to_defaults(app):
    at = app(view="nowhere", metric="<script>", claimants=["Nobody"], asof="yesterday")
    no_errors(at)
    assert at.session_state["view"] == "overview"
    assert at.session_state["claimants"] == []


def test_selected_claim_opens_its_article_under_the_table(app, claims):
    # AppTest cannot click a grid row (tests/test_browser.py does); the selection callback
    # stores the claim id in the state and the URL, which this deep link sets directly.
    at = app(view="claims", metric="killed")
    ids = at.session_state["_table_ids"]
    at = app(view="claims", metric="killed", claim=ids[0])
    no_errors(at)
    row = claims[claims["claim_id"] == ids[0]].iloc[0]
    bodies = " ".join(str(h.proto.body) for h in at.get("html"))
    assert 'class="active"' in bodies
    assert f'title="{row["claim_id"]}"' in bodies


def test_open_article_button_switches_view(app, claims):
    claim_id = claims[claims["metric"] == "killed"]["claim_id"].iloc[0]
    at = app(view="timeline", metric="killed", claim=claim_id)
    at.button(key="open_article_timeline").click().run()
    no_errors(at)
    article_id = claim_id.rsplit(":", 1)[0]
    assert at.session_state["view"] == "article"
    assert qp(at, "article") == [article_id]
    bodies = " ".join(str(h.proto.body) for h in at.get("html"))
    assert "fourchette-article" in bodies and "<mark" in bodies


def test_article_text_is_escaped(app, claims):
    at = app(view="article", article=claims["article_id"].iloc[0])
    bodies = [str(h.proto.body) for h in at.get("html")]
    article_html = next(b for b in bodies if "fourchette-article" in b and "<div" in b)
    assert "<script" not in article_html


def test_csv_download_has_the_filtered_rows(app, claims):
    at = app(view="claims", metric="deployed", languages=["fr"])
    no_errors(at)
    expected = filter_claims(claims, metric="deployed", languages=["fr"])
    caption = " ".join(c.value for c in at.caption)
    assert f"{len(expected)} affirmations" in caption


def upload(at: AppTest, name: str, data: bytes) -> AppTest:
    at.file_uploader(key="upload").upload(name, data, "text/plain")
    return at.run()


GOOD = """---
title: Test article
outlet: Test Post
published: 2025-05-02
language: en
---
South Korea's spy agency said on Friday that around 600 North Korean soldiers have been killed.
"""


def test_upload_adds_an_article(app, claims):
    at = app(view="overview")
    at = upload(at, "test-upload.txt", GOOD.encode())
    no_errors(at)
    assert "test-upload" in at.session_state["_uploads"]
    assert any("test-upload.txt" in s.value for s in [*at.success, *at.info])
    found = at.session_state["_uploads"]["test-upload"]["claims"]
    assert at.metric[0].value == str(claims["article_id"].nunique() + 1)
    assert at.metric[1].value == str(len(claims) + len(found))
    assert found.empty or set(found["article_id"]) == {"test-upload"}


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("binary.txt", bytes(range(256)) * 40),
        ("empty.txt", b""),
        ("unclosed.md", b"---\ntitle: never closed\n"),
        (
            "fr-2025-01-13-nis-300-tues.txt",
            (ROOT / "data/articles/fr-2025-01-13-nis-300-tues.txt").read_bytes(),
        ),
    ],
    ids=["binary", "empty", "unclosed-front-matter", "already-in-corpus"],
)
def test_bad_upload_fails_cleanly(app, name, data):
    at = app(view="overview")
    before = at.metric[1].value
    at = upload(at, name, data)
    assert not at.exception
    assert any(name in e.value for e in at.error)
    assert not any(tempfile.gettempdir() in e.value for e in at.error)  # names the upload
    assert at.session_state["_uploads"] == {}
    assert at.metric[1].value == before


def test_presentation_mode_shows_the_chart_alone(app):
    at = app(view="timeline", present="1")
    no_errors(at)
    assert not at.sidebar.children or not list(at.sidebar)
    assert len(charts(at)) == 1
    assert not at.get("download_button")
    at.button(key="exit_present").click().run()
    assert "present" not in at.query_params


def test_language_switch_keeps_filters(app):
    at = app(view="timeline", metric="deployed", claimants=[NIS])
    at.segmented_control(key="w_lang").set_value("en").run()
    no_errors(at)
    assert at.session_state["claimants"] == [NIS]
    assert at.session_state["metric"] == "deployed"
    assert qp(at, "lang") == ["en"] and qp(at, "claimants") == [NIS]
    assert any("Timeline" in str(b.options) for b in at.segmented_control)


def test_upload_of_a_saved_web_page(app):
    page = (
        "<html><head><title>Seoul update</title></head><body><article><h1>Seoul update</h1>"
        "<p>South Korea's spy agency said on 2 May 2025 that around 600 North Korean soldiers "
        "have been killed in Russia's Kursk region, and that more troops could follow.</p>"
        "<p>Lawmakers briefed by the agency said the figure was an estimate.</p>"
        "</article></body></html>"
    )
    at = upload(app(view="overview"), "seoul-update.html", page.encode())
    assert not at.exception
    assert not at.error, [e.value for e in at.error]
    assert "seoul-update" in at.session_state["_uploads"]


def test_corpus_is_extracted_once_then_read_from_the_disk_cache(tmp_path, monkeypatch):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    for name in ("en-2025-04-30-nis-4700-casualties.txt", "fr-2025-01-13-nis-300-tues.txt"):
        (corpus / name).write_bytes((ROOT / "data" / "articles" / name).read_bytes())
    cache = tmp_path / "cache"
    monkeypatch.delenv("FOURCHETTE_CLAIMS", raising=False)
    monkeypatch.setenv("FOURCHETTE_ARTICLES", str(corpus))
    monkeypatch.setenv("FOURCHETTE_CACHE", str(cache))
    at = AppTest.from_file(APP, default_timeout=60).run()
    no_errors(at)
    cached = list(cache.glob("claims-*.parquet"))
    assert len(cached) == 1
    table = pd.read_parquet(cached[0])
    assert set(table["article_id"]) <= {p.stem for p in corpus.iterdir()}
    assert at.metric[1].value == str(len(table))
    # A new file changes the key: the next start extracts again, into a second cache file.
    (corpus / "extra.txt").write_text("---\nlanguage: en\n---\nNothing to count here.\n")
    from figures import corpus_cache

    version = corpus_cache.extractor_version(ROOT)
    assert corpus_cache.corpus_key(corpus, version) not in cached[0].name


@pytest.mark.parametrize("view", VIEWS)
def test_an_empty_corpus_renders_every_view(view, tmp_path, monkeypatch):
    (tmp_path / "articles").mkdir()
    monkeypatch.delenv("FOURCHETTE_CLAIMS", raising=False)
    monkeypatch.setenv("FOURCHETTE_ARTICLES", str(tmp_path / "articles"))
    monkeypatch.setenv("FOURCHETTE_CACHE", str(tmp_path / "cache"))
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["view"] = view
    no_errors(at.run())


def test_a_missing_corpus_says_so(tmp_path, monkeypatch):
    monkeypatch.delenv("FOURCHETTE_CLAIMS", raising=False)
    monkeypatch.setenv("FOURCHETTE_ARTICLES", str(tmp_path / "nowhere"))
    monkeypatch.setenv("FOURCHETTE_CACHE", str(tmp_path / "cache"))
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    (message,) = [e.value for e in at.error]
    assert message.startswith("Le corpus n'a pas pu être lu : ") and "nowhere" in message
