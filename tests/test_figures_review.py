"""What the dashboard adds for claims vs reports and the review: claim marks of a filtered
frame, the "checked by a person" ring, the mark size per number of reports, the sentence and
word spans the "add a claim" selection is built from, and "any" in the URL."""

from __future__ import annotations

import pandas as pd
import pytest

from figures.charts import chart_table, estimates_timeline
from figures.clusters import claims_view, cluster_claims
from figures.palette import claimant_colors
from figures.strings import load_strings
from figures.table import prepare
from figures.text import sentence_spans, word_spans
from figures.urlstate import ANY, Param, read_query, write_query
from tests.test_clusters import KYIV, nis_story


def clustered(statuses: dict[str, str] | None = None) -> pd.DataFrame:
    frame = nis_story()
    frame["review_status"] = [(statuses or {}).get(a, "unreviewed") for a in frame["article_id"]]
    return prepare(cluster_claims(frame))


def layer(spec: dict, name: str) -> dict:
    return next(lay for lay in spec["layer"] if lay.get("name") == name)


def rows(spec: dict, lay: dict) -> list[dict]:
    return spec["datasets"][lay.get("data", spec.get("data"))["name"]]


def test_claims_view_of_a_filtered_frame_keeps_every_claim() -> None:
    data = clustered()
    without_first = data[data["article_id"] != "a"]  # the NIS 300 claim's first report
    view = claims_view(without_first).set_index("cluster_id")
    assert len(view) == 5
    assert view.loc["a:0", "claim_id"] == "b:1"  # the first report present stands for it
    assert view.loc["a:0", "cluster_size"] == 3  # the claim's reports in the corpus
    assert view.loc["a:0", "n_reports_shown"] == 2


@pytest.mark.parametrize(
    ("statuses", "checked"),
    [
        ({}, set()),
        ({"c": "confirmed"}, {"a:0"}),  # one report checked: the claim was checked
        ({"d": "corrected", "e": "added"}, {"d:3", "e:4"}),
        ({"e": "unreviewed"}, set()),
    ],
    ids=["none", "a-later-report", "corrected-and-added", "unreviewed"],
)
def test_claims_view_says_whether_a_person_checked_the_claim(statuses, checked) -> None:
    view = claims_view(clustered(statuses))
    assert set(view.loc[view["checked"], "cluster_id"]) == checked


def test_claims_view_label_follows_the_most_specific_claimant() -> None:
    data = clustered()
    data.loc[data["article_id"] == "a", ["claimant", "claimant_label"]] = ""
    view = claims_view(data).set_index("cluster_id")
    assert view.loc["a:0", "claimant_label"] == view.loc["a:0", "claimant"] != ""


def test_timeline_of_claims_one_mark_per_claim_sized_by_reports() -> None:
    data = clustered({"d": "confirmed"})
    view = prepare(claims_view(data))
    view = view[view["metric"] == "killed"]
    spec = estimates_timeline(view, claimant_colors(view), load_strings("en")).to_dict()
    points = rows(spec, layer(spec, "points"))
    assert len(points) == len(view)
    by_id = {p["claim_id"]: p for p in points}
    assert by_id["a:0"]["cluster_size"] == 3 and by_id["a:0"]["reports_text"] == "3 reports"
    assert layer(spec, "points")["encoding"]["size"]["field"] == "cluster_size"
    ring = rows(spec, layer(spec, "checked"))
    assert [r["claim_id"] for r in ring] == ["d:3"]
    assert by_id["d:3"]["checked_text"] == "yes"
    tooltips = {t["field"] for t in layer(spec, "points")["encoding"]["tooltip"]}
    assert {"reports_text", "checked_text"} <= tooltips


def test_chart_table_of_plain_reports_counts_one_report_each() -> None:
    table = chart_table(prepare(nis_story()))
    assert set(table["cluster_size"]) == {1} and not table["checked"].any()


BODY = "Seoul said 600 died.  Kyiv said « more ».\n\nA line without a stop\nLast one!"


@pytest.mark.parametrize(
    ("index", "sentence", "words"),
    [
        (0, "Seoul said 600 died.", ["Seoul", "said", "600", "died."]),
        (1, "Kyiv said « more ».", ["Kyiv", "said", "«", "more", "»."]),
        (2, "A line without a stop", ["A", "line", "without", "a", "stop"]),
        (3, "Last one!", ["Last", "one!"]),
    ],
    ids=["full-stop", "guillemets", "line-break", "exclamation"],
)
def test_sentences_and_words_are_offsets_into_the_body(index, sentence, words) -> None:
    spans = sentence_spans(BODY)
    start, end = spans[index]
    assert BODY[start:end] == sentence
    assert [BODY[a:b] for a, b in word_spans(BODY, start, end)] == words


def test_sentence_spans_of_an_empty_body() -> None:
    assert sentence_spans("") == [] and sentence_spans(" \n ") == []


def test_url_any_round_trip_for_a_list_with_a_default() -> None:
    spec = {"subjects": Param("list", ("KP",))}
    assert write_query({"subjects": ["KP"]}, spec) == {}
    assert write_query({"subjects": ["KP", "RU"]}, spec) == {"subjects": ["KP", "RU"]}
    assert read_query(write_query({"subjects": []}, spec), spec) == {"subjects": []}
    assert read_query({"subjects": [ANY]}, spec, {"subjects": ["KP"]}) == {"subjects": []}


def test_kyiv_is_not_checked_by_a_report_of_another_claim() -> None:
    view = claims_view(clustered({"a": "confirmed"})).set_index("cluster_id")
    kyiv = view[view["claimant"] == KYIV[0]]
    assert not kyiv["checked"].any()
