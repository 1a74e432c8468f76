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
from figures.clusters import claims_view, cluster_claims  # noqa: E402
from scripts import serve  # noqa: E402
from tests.browser_conftest import gold_claims  # noqa: E402

APP = str(ROOT / "app.py")
NIS = "South Korean intelligence (NIS)"
VIEWS = ["overview", "timeline", "divergence", "reports", "claims", "article", "method"]
DOMINANT = {"subjects": ["KP"]}  # the default subject filter: the corpus's most frequent


@pytest.fixture(scope="module")
def claims_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("claims") / "claims.csv"
    gold_claims().to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def claims(claims_file) -> pd.DataFrame:
    return prepare(pd.read_csv(claims_file, keep_default_na=False, na_values={"value_best": [""]}))


@pytest.fixture(scope="module")
def clustered(claims_file) -> pd.DataFrame:
    """The gold claims grouped into claims, as the app groups them (before any filter)."""
    raw = pd.read_csv(claims_file, keep_default_na=False, na_values={"value_best": [""]})
    return prepare(cluster_claims(prepare(raw).drop(columns=["value_plot"])))


def claim_ids(clustered: pd.DataFrame, **filters) -> set[str]:
    """The claims (one mark each) the app plots for these filters (default subject included)."""
    return set(claims_view(filter_claims(clustered, **(DOMINANT | filters)))["claim_id"])


@pytest.fixture(autouse=True)
def review_db(tmp_path, monkeypatch) -> Path:
    """Every test reviews into a database of its own, never data/review.sqlite."""
    path = tmp_path / "review.sqlite"
    monkeypatch.setenv("FOURCHETTE_REVIEW_DB", str(path))
    return path


@pytest.fixture
def app(claims_file, tmp_path, monkeypatch):
    monkeypatch.setenv("FOURCHETTE_CLAIMS", str(claims_file))
    monkeypatch.setenv("FOURCHETTE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("FOURCHETTE_REVIEW_DB", str(tmp_path / "review.sqlite"))

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


def test_timeline_shows_one_mark_per_claim(app, clustered):
    at = app(view="timeline", metric="casualties")
    points = layer_rows(charts(at)[0], "points")
    expected = claim_ids(clustered, metric="casualties")
    assert sorted(p["claim_id"] for p in points) == sorted(expected)
    reports = clustered[clustered["metric"] == "casualties"]
    assert len(points) < len(reports)  # repeated figures are drawn once
    assert any(p["cluster_size"] > 1 for p in points)  # marks are sized by their reports
    assert sum(p["cluster_size"] for p in points) <= len(reports)


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
def test_filters_change_the_chart_and_the_url(app, clustered, widget, value, filters):
    at = app(view="timeline", metric="deployed")
    before = layer_rows(charts(at)[0], "points")
    element = at.multiselect(key=widget) if widget != "w_vague" else at.checkbox(key=widget)
    element.set_value(value).run()
    no_errors(at)
    after = layer_rows(charts(at)[0], "points")
    expected = claim_ids(clustered, metric="deployed", **filters)
    assert {p["claim_id"] for p in after} == expected
    assert len(after) < len(before)
    assert at.query_params  # the filter is in the URL
    name = widget.removeprefix("w_")
    assert name in at.query_params


def test_metric_switch_changes_chart_and_url(app, clustered):
    at = app(view="timeline")
    at.segmented_control(key="w_metric").set_value("deployed").run()
    assert qp(at, "metric") == ["deployed"]
    points = layer_rows(charts(at)[0], "points")
    assert len(points) == len(claim_ids(clustered, metric="deployed"))


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
    expected = filter_claims(claims, metric="deployed", languages=["fr"], **DOMINANT)
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
    assert at.metric[0].value == str(
        len(filter_claims(claims, **DOMINANT)["article_id"].unique()) + 1
    )
    expected = filter_claims(claims, **DOMINANT)
    assert at.metric[1].value == str(len(expected) + (found["subject"] == "KP").sum())
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
    files = list(cache.glob("claims-*.parquet"))
    cached = [f for f in files if not f.name.startswith("claims-clusters-")]
    assert len(cached) == 1
    assert len(files) == 2  # the grouping of the extraction into claims is kept too
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


# --- claims vs reports ---------------------------------------------------------------------


def table_with(at: AppTest, column: str) -> pd.DataFrame:
    """The first table shown with this column (tables are not widgets: no key lookup)."""
    return next(d.value for d in at.dataframe if column in d.value.columns)


def repeated_claim(clustered: pd.DataFrame) -> pd.Series:
    """The first report of the most repeated claim of the gold table."""
    firsts = clustered[clustered["report_rank"] == 1].sort_values(
        ["cluster_size", "claim_id"], ascending=[False, True]
    )
    return firsts.iloc[0]


def test_selecting_a_claim_lists_its_reports(app, clustered):
    claim = repeated_claim(clustered)
    at = app(view="timeline", metric=claim["metric"], claim=claim["claim_id"])
    no_errors(at)
    reports = clustered[clustered["cluster_id"] == claim["cluster_id"]]
    assert claim["cluster_size"] == len(reports) > 1
    listed = table_with(at, "Citation")
    assert len(listed) == len(reports)
    assert set(listed["Citation"]) == set(reports["quote"])


def test_reports_view_draws_one_point_per_report(app, clustered):
    claim = repeated_claim(clustered)
    at = app(view="reports", metric=claim["metric"], lang="en")
    no_errors(at)
    assert at.selectbox(key="w_reports_claim").value == claim["cluster_id"]  # most repeated
    (spec,) = [c for c in charts(at) if any(lay.get("name") == "claim_date" for lay in c["layer"])]
    points = layer_rows(spec, "points")
    reports = clustered[clustered["cluster_id"] == claim["cluster_id"]]
    assert sorted(p["claim_id"] for p in points) == sorted(reports["claim_id"])


def test_divergence_counts_claims_not_reports(app, clustered):
    at = app(view="divergence", metric="killed", lang="en")
    no_errors(at)
    killed = filter_claims(clustered, metric="killed", **DOMINANT)
    n_claims = len(claim_ids(clustered, metric="killed"))
    assert n_claims < len(killed)
    captions = " ".join(c.value for c in at.caption)
    assert f"{n_claims} claims from {len(killed)} reports" in captions
    table = table_with(at, "Reports")
    assert table["Claims"].sum() <= n_claims  # increments and undated claims left out
    assert (table["Claims"] <= table["Reports"]).all()
    band = [c for c in charts(at) if any(lay.get("name") == "band" for lay in c["layer"])]
    assert band, "the consensus band and the spread chart are drawn"


def test_the_default_subject_is_the_dominant_one(app, claims):
    at = app(view="claims", metric="deployed", lang="en")
    assert at.session_state["subjects"] == ["KP"]
    assert "subjects" not in at.query_params  # the default stays out of the URL
    at.multiselect(key="w_subjects").set_value([]).run()
    assert qp(at, "subjects") == ["*"]  # "any" is kept in the URL
    everything = filter_claims(claims, metric="deployed")
    assert f"{len(everything)} claims" in " ".join(c.value for c in at.caption)
    again = app(view="claims", metric="deployed", lang="en", subjects="*")
    assert again.session_state["subjects"] == []


# --- review --------------------------------------------------------------------------------


def killed_claim(claims: pd.DataFrame) -> pd.Series:
    killed = filter_claims(claims, metric="killed", **DOMINANT)
    return killed.sort_values("claim_id").iloc[0]


def review_at(app, claim: pd.Series, **query: str) -> AppTest:
    at = app(view="article", article=claim["article_id"], claim=claim["claim_id"], **query)
    at.text_input(key="reviewer").set_value("Ana").run()
    no_errors(at)
    return at


def progress(at: AppTest) -> str:
    return next(c.value for c in at.caption if "reviewed" in c.value or "vérifiées" in c.value)


def submit(at: AppTest, label: str) -> AppTest:
    next(b for b in at.button if b.label == label).click()
    return at.run()


def timeline_values(at: AppTest, metric: str) -> dict[str, float]:
    at.segmented_control(key="w_view").set_value("timeline").run()
    at.segmented_control(key="w_metric").set_value(metric).run()
    points = layer_rows(charts(at)[0], "points")
    return {p["claim_id"]: p["value_plot"] for p in points}


def test_review_without_a_name_is_disabled(app, claims):
    claim = killed_claim(claims)
    at = app(view="article", article=claim["article_id"], claim=claim["claim_id"])
    assert at.button(key="rv_confirm").disabled
    assert any("nom" in i.value for i in at.info)


def test_confirm_correct_reject_undo(app, claims, tmp_path):
    claim = killed_claim(claims)
    at = review_at(app, claim, lang="en")
    total = len(claims)
    assert progress(at) == f"0 of {total} claims reviewed"
    at.button(key="rv_confirm").click().run()
    no_errors(at)
    assert progress(at) == f"1 of {total} claims reviewed"
    assert any("confirmed" in s.value for s in at.success)
    # Correct the figure: the chart shows the corrected figure, marked as checked.
    at.number_input(key=f"rv_{claim['claim_id']}_value_best").set_value(2345)
    at = submit(at, "Save the corrections")
    no_errors(at)
    assert any(s.value == "Corrected: Figure." for s in at.success)
    values = timeline_values(at, "killed")
    assert 2345 in values.values()
    spec = charts(at)[0]
    assert any(r["value_plot"] == 2345 for r in layer_rows(spec, "checked"))
    # The raw extraction, for comparison, still has the extractor's figure.
    at.toggle(key="w_raw").set_value(True).run()
    assert 2345 not in {p["value_plot"] for p in layer_rows(charts(at)[0], "points")}
    at.toggle(key="w_raw").set_value(False).run()
    # Reject: out of the chart; the "rejected" status filter finds it.
    at.segmented_control(key="w_view").set_value("article").run()
    at.button(key="rv_reject").click().run()
    no_errors(at)
    assert 2345 not in timeline_values(at, "killed").values()
    at.multiselect(key="w_status").set_value(["rejected"]).run()
    assert qp(at, "status") == ["rejected"]
    at.segmented_control(key="w_view").set_value("claims").run()
    assert "1 claims" in " ".join(c.value for c in at.caption)
    # Undo the rejection: the corrected figure is back.
    at.multiselect(key="w_status").set_value([]).run()
    at.button(key="rv_undo").click().run()
    no_errors(at)
    assert 2345 in timeline_values(at, "killed").values()


def test_an_invalid_correction_says_why(app, claims):
    claim = killed_claim(claims)
    at = review_at(app, claim, lang="en")
    at.text_input(key=f"rv_{claim['claim_id']}_claim_date").set_value("2025-02-30")
    at = submit(at, "Save the corrections")
    assert not at.exception
    (message,) = [e.value for e in at.error]
    assert message.startswith("Not saved: claim_date") and "2025-02-30" in message
    assert progress(at).startswith("0 of")


def test_add_a_claim_from_a_selection(app, claims):
    claim = killed_claim(claims)
    at = review_at(app, claim, lang="en")
    article_id = claim["article_id"]
    body = (ROOT / "data" / "articles" / f"{article_id}.txt").read_text(encoding="utf-8")
    sentence = at.selectbox(key=f"add_sentence_{article_id}")
    index = len(sentence.options) - 1
    sentence.set_value(index).run()
    words = at.select_slider(key=f"add_words_{article_id}_{index}")
    words.set_value((0, 1)).run()
    at.selectbox(key=f"add_{article_id}_metric").set_value("wounded")
    at.number_input(key=f"add_{article_id}_value_best").set_value(77)
    at.text_input(key=f"add_{article_id}_claim_date").set_value("2025-05")
    at = submit(at, "Add the claim")
    no_errors(at)
    added = next(s.value for s in at.success if s.value.startswith("Claim added"))
    quote = added.split("“", 1)[1].rsplit("”", 1)[0]
    assert quote in body and len(quote.split()) == 2
    assert progress(at) == f"1 of {len(claims) + 1} claims reviewed"
    at.multiselect(key="w_status").set_value(["added"]).run()
    at.segmented_control(key="w_view").set_value("claims").run()
    at.segmented_control(key="w_metric").set_value("wounded").run()
    assert "1 claims" in " ".join(c.value for c in at.caption)
    assert 77 in timeline_values(at, "wounded").values()


def test_next_unreviewed_goes_through_the_corpus(app, claims):
    claim = killed_claim(claims)
    at = review_at(app, claim)
    at.button(key="rv_confirm").click().run()
    at.button(key="rv_next").click().run()
    no_errors(at)
    assert at.session_state["view"] == "article"
    picked = at.session_state["claim"]
    assert picked and picked != claim["claim_id"]
    assert qp(at, "claim") == [picked]


def test_import_twice_changes_nothing(app, claims, tmp_path, monkeypatch):
    from review import ReviewStore

    claim = killed_claim(claims)
    body = (ROOT / "data" / "articles" / f"{claim['article_id']}.txt").read_text("utf-8")
    shared = ReviewStore(tmp_path / "other.sqlite")
    from extract.corpus import read_article

    body = read_article(ROOT / "data" / "articles" / f"{claim['article_id']}.txt").body
    shared.confirm(claim, body, "Bo")
    shared.note(claim, body, "checked against the briefing", "Bo")
    exported = tmp_path / "decisions.json"
    assert shared.export_decisions(exported) == 2
    at = review_at(app, claim, lang="en")
    at.file_uploader(key="rv_import").upload(
        "decisions.json", exported.read_bytes(), "application/json"
    )
    at.run()
    no_errors(at)
    assert any("2 decisions imported, 0 already present" in s.value for s in at.success)
    assert progress(at).startswith("1 of")
    at.file_uploader(key="rv_import").upload(
        "decisions.json", exported.read_bytes(), "application/json"
    )
    at.run()
    assert any("0 decisions imported, 2 already present" in s.value for s in at.success)
    assert progress(at).startswith("1 of")


def test_a_foreign_file_at_the_review_path_leaves_the_app_read_only(
    claims_file, tmp_path, monkeypatch
):
    foreign = tmp_path / "review.sqlite"
    foreign.write_text("not a database, and it must stay so\n")
    monkeypatch.setenv("FOURCHETTE_CLAIMS", str(claims_file))
    monkeypatch.setenv("FOURCHETTE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("FOURCHETTE_REVIEW_DB", str(foreign))
    for view in ("timeline", "article"):
        at = AppTest.from_file(APP, default_timeout=30)
        at.query_params["view"] = view
        at.query_params["lang"] = "en"
        at.run()
        assert not at.exception
        (message,) = [e.value for e in at.error]
        assert message.startswith("Review database: ") and str(foreign) in message
        if view == "timeline":
            assert charts(at)
    assert foreign.read_text() == "not a database, and it must stay so\n"


def test_orphaned_decisions_are_listed_in_the_method(app, claims, tmp_path):
    from extract.corpus import read_article
    from review import ReviewStore

    claim = killed_claim(claims)
    body = read_article(ROOT / "data" / "articles" / f"{claim['article_id']}.txt").body
    # A decision taken on an earlier version of the article's text: it matches no claim now.
    earlier = body.replace(claim["quote"], claim["quote"] + " (updated)")
    moved = claim.copy()
    ReviewStore(tmp_path / "review.sqlite").confirm(moved, earlier, "Ana")
    at = app(view="method", lang="en")
    no_errors(at)
    orphans = table_with(at, "Why")
    assert orphans["Why"].tolist() == ["article text changed"]
    assert orphans["Quote"].tolist() == [claim["quote"]]
    assert any("match no claim now (1)" in m.value for m in at.markdown)


def test_a_note_is_kept_with_the_claim(app, claims, tmp_path):
    from review import ReviewStore

    claim = killed_claim(claims)
    at = review_at(app, claim, lang="en")
    at.text_area(key=f"rv_{claim['claim_id']}_note").set_value("Figure from the NIS briefing.")
    at.button(key="rv_note_save").click().run()
    no_errors(at)
    assert any(s.value == "Note saved." for s in at.success)
    (entry,) = ReviewStore(tmp_path / "review.sqlite").log()
    assert (entry.action, entry.new_value, entry.reviewer) == (
        "note",
        "Figure from the NIS briefing.",
        "Ana",
    )


# --- scripts/serve.py: how the server is started ----------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--server.port", "8600"], "8600"),
        (["--server.headless", "true", "--server.port=8601"], "8601"),
        (["--server.headless", "true"], "8501"),
    ],
    ids=["--server.port 8600", "--server.port=8601", "no port given"],
)
def test_serve_reads_the_port_streamlit_is_given(args, expected):
    assert serve.option(args, "--server.port", "8501") == expected


@pytest.mark.parametrize("module", serve.MODULES)
def test_serve_warms_modules_that_exist(module):
    """serve.py skips a module it cannot import (app.py reports it): a renamed one would
    silently no longer be imported ahead, so each name must import."""
    import importlib

    assert importlib.import_module(module)
