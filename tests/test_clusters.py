"""figures/clusters.py: one claim, many reports. Each rule on tiny hand-built frames, tables and
chart specs."""

from __future__ import annotations

import pandas as pd
import pytest

from figures.charts import spread_chart
from figures.clusters import (
    BAND_COLUMNS,
    CLUSTER_COLUMNS,
    STATS_COLUMNS,
    claimants_compatible,
    claims_view,
    cluster_claims,
    consensus_band,
    consensus_chart,
    date_span,
    figure_precision,
    has_now_cue,
    period_stats,
    reports_chart,
    same_figure,
    same_figures,
)
from figures.table import ColumnsError, _fill

NIS = ("South Korean intelligence (NIS)", "KR")
NIS_SHORT = ("South Korean intelligence", "KR")
SEOUL = ("South Korean government", "KR")
PENTAGON = ("US military", "US")
KYIV = ("Ukrainian government", "UA")
UNNAMED = ("", "")


def report(
    article: str,
    value: int | None,
    claim_date: str,
    who: tuple[str, str] = NIS,
    qualifier: str = "approx",
    published: str | None = None,
    rule: str = "date.statement",
    **extra: object,
) -> dict:
    """One row: `article` says `who` gave `value` on `claim_date` (published that day unless
    told); `rule="date.published"` marks a claim date that fell back to the published date."""
    precision = {3: "day", 2: "month", 1: "year"}[len(claim_date.split("-"))]
    row = {
        "article_id": article,
        "outlet": f"Outlet {article}",
        "published": published or claim_date,
        "claimant": who[0],
        "claimant_country": who[1],
        "value_best": value,
        "qualifier": qualifier,
        "claim_date": claim_date,
        "claim_date_precision": precision,
        "rule": rule,
    }
    if qualifier == "at_least":
        row["value_low"] = value
    if qualifier == "at_most":
        row["value_high"] = value
    row.update(extra)
    return row


def fallback(article: str, value: int, published: str, **extra: object) -> dict:
    """A report whose claim date fell back to its published date."""
    return report(article, value, published, rule="date.published", **extra)


def frame(*rows: dict) -> pd.DataFrame:
    return _fill(pd.DataFrame(list(rows)))


def layer_rows(spec: dict, layer: dict) -> list[dict]:
    """The data rows a layer of a chart spec draws (its own data, else the chart's)."""
    return spec["datasets"][(layer.get("data") or spec["data"])["name"]]


def groups(clustered: pd.DataFrame) -> list[list[str]]:
    """The clusters as sorted lists of article ids, sorted."""
    found = clustered.groupby("cluster_id")["article_id"].apply(sorted).tolist()
    return sorted(found)


# --- figures -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "unit"),
    [(2000, 100), (10000, 1000), (11000, 1000), (4700, 100), (2500, 100), (300, 10), (47, 1)],
    ids=lambda x: str(x),
)
def test_figure_precision(value: int, unit: int) -> None:
    assert figure_precision(value) == unit


SAME_FIGURE = [
    (2000, 2000, True),
    (1980, 2000, True),
    (2049, 2000, True),
    (1900, 2000, False),
    (10400, 10000, True),
    (11000, 10000, False),
    (12000, 11000, False),
    (4700, 5000, False),
    (2600, 2500, False),
    (1100, 1000, False),
    (104, 100, True),
    (47, 50, False),
]


@pytest.mark.parametrize(
    ("a", "b", "same"), SAME_FIGURE, ids=[f"{a} vs {b}" for a, b, _ in SAME_FIGURE]
)
def test_same_figure_within_rounding(a: int, b: int, same: bool) -> None:
    assert same_figure(a, b) is same
    assert same_figure(b, a) is same


SHAPES = [
    (("point", (2000,)), ("point", (2000,)), True, "approx 2 000 = exact 2 000"),
    (("at_least", (10000,)), ("at_least", (10000,)), True, "at least = at least"),
    (("at_least", (300,)), ("point", (300,)), True, "at least 300 = 300"),
    (("at_most", (8000,)), ("point", (8000,)), True, "up to 8 000 = 8 000"),
    (("at_least", (3000,)), ("at_most", (3000,)), False, "at least != at most"),
    (("interval", (200, 999)), ("interval", (200, 999)), True, "hundreds = hundreds"),
    (("interval", (10000, 12000)), ("point", (11000,)), False, "range != point"),
    (("interval", (10000, 12000)), ("interval", (10000, 15000)), False, "other high end"),
    (None, ("point", (1,)), False, "no figure"),
]


@pytest.mark.parametrize(("a", "b", "same"), [s[:3] for s in SHAPES], ids=[s[3] for s in SHAPES])
def test_qualifiers_interplay(a, b, same: bool) -> None:
    assert same_figures(a, b) is same
    assert same_figures(b, a) is same


# --- claimants, dates, now ---------------------------------------------------------------------

CLAIMANTS = [
    (NIS, NIS, True, "same"),
    (NIS_SHORT, NIS, True, "generic name of the same institution"),
    (SEOUL, NIS, False, "other institution, same country"),
    (PENTAGON, NIS, False, "other country"),
    (("US and South Korean officials", "US;KR"), NIS, False, "other country set"),
    (
        ("South Korean officials and US", "KR;US"),
        ("US and South Korean officials", "US;KR"),
        True,
        "country set order",
    ),
    (UNNAMED, NIS, True, "article's own voice"),
    (("Western officials", ""), PENTAGON, True, "no country: unnamed"),
]


@pytest.mark.parametrize(
    ("a", "b", "ok"), [c[:3] for c in CLAIMANTS], ids=[c[3] for c in CLAIMANTS]
)
def test_claimants_compatible(a, b, ok: bool) -> None:
    assert claimants_compatible(*a, *b) is ok
    assert claimants_compatible(*b, *a) is ok


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("2025-09-02", ("2025-09-02", "2025-09-02")),
        ("2025-09", ("2025-09-01", "2025-09-30")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2025", ("2025-01-01", "2025-12-31")),
        ("", None),
        ("2025-13", None),
    ],
    ids=["day", "month", "leap month", "year", "empty", "invalid"],
)
def test_date_span(text: str, span) -> None:
    found = date_span(text)
    assert (found and tuple(d.isoformat() for d in found)) == (span or None)


@pytest.mark.parametrize(
    ("text", "language", "cue"),
    [
        ("The Pentagon now believes that around 10,000 soldiers", "en", True),
        ("so far 2,000 have been killed", "en", True),
        ("Seoul said 2,000 were killed", "en", False),
        ("le NIS estime désormais à 2 000 le nombre de morts", "fr", True),
        ("le NIS estime à 2 000 le nombre de morts", "fr", False),
        ("the snowy nowhere", "en", False),
        ("now", "xx", False),
    ],
    ids=lambda x: str(x)[:40],
)
def test_now_cue_from_lexicon(text: str, language: str, cue: bool) -> None:
    assert has_now_cue(text, language) is cue


# --- the clustering rule ----------------------------------------------------------------------

CASES = [
    # rounding and qualifiers
    ("2 000 approx vs 2 000", [report("a", 2000, "2025-09-02"),
      report("b", 2000, "2025-09-02", qualifier="exact")], [["a", "b"]]),
    ("1 980 vs about 2 000", [report("a", 1980, "2025-09-02", qualifier="exact"),
      report("b", 2000, "2025-09-02")], [["a", "b"]]),
    ("10 000 vs 11 000", [report("a", 10000, "2025-09-02"), report("b", 11000, "2025-09-02")],
     [["a"], ["b"]]),
    ("at least 10 000 twice", [report("a", 10000, "2025-09-02", qualifier="at_least"),
      report("b", 10000, "2025-09-02", qualifier="at_least")], [["a", "b"]]),
    ("at least 300 vs 300", [report("a", 300, "2025-01-13", qualifier="at_least"),
      report("b", 300, "2025-01-13", qualifier="exact")], [["a", "b"]]),
    ("at least vs at most", [report("a", 3000, "2025-02-27", qualifier="at_least"),
      report("b", 3000, "2025-02-27", qualifier="at_most")], [["a"], ["b"]]),
    ("hundreds twice", [report("a", None, "2024-12-19", qualifier="vague", value_low=200,
      value_high=999), report("b", None, "2024-12-19", qualifier="vague", value_low=200,
      value_high=999)], [["a", "b"]]),
    ("range vs its middle", [report("a", None, "2025-02-27", qualifier="range",
      value_low=10000, value_high=12000), report("b", 11000, "2025-02-27")], [["a"], ["b"]]),
    ("increment vs total", [report("a", 3000, "2025-03-27", increment=True),
      report("b", 3000, "2025-03-27")], [["a"], ["b"]]),
    ("other metric", [report("a", 3000, "2025-03-27"),
      report("b", 3000, "2025-03-27", metric="wounded")], [["a"], ["b"]]),
    ("other subject", [report("a", 3000, "2025-03-27"),
      report("b", 3000, "2025-03-27", subject="RU")], [["a"], ["b"]]),
    # claim dates at their precisions
    ("month holds the day", [report("a", 2000, "2025-09"), report("b", 2000, "2025-09-02")],
     [["a", "b"]]),
    ("year holds the day", [report("a", 2000, "2025"), report("b", 2000, "2025-06-01")],
     [["a", "b"]]),
    ("next month", [report("a", 2000, "2025-09"), report("b", 2000, "2025-10-02")],
     [["a"], ["b"]]),
    ("one day apart (time zones)", [report("a", 300, "2025-01-13"),
      report("b", 300, "2025-01-14")], [["a", "b"]]),
    ("three days apart", [report("a", 300, "2025-01-13"), report("b", 300, "2025-01-16")],
     [["a"], ["b"]]),
    # claimants
    ("NIS and South Korean intelligence", [report("a", 100, "2024-12-19", who=NIS_SHORT),
      report("b", 100, "2024-12-19")], [["a", "b"]]),
    ("NIS and Seoul", [report("a", 600, "2025-10-24", who=SEOUL),
      report("b", 600, "2025-10-24")], [["a"], ["b"]]),
    ("Pentagon and NIS, same figure and day", [report("a", 11000, "2024-12-24", who=PENTAGON),
      report("b", 11000, "2024-12-24")], [["a"], ["b"]]),
    ("US;KR and KR", [report("a", 10000, "2024-12-19", who=("US and South Korean officials",
      "US;KR")), report("b", 10000, "2024-12-19")], [["a"], ["b"]]),
    ("unnamed repeats NIS", [report("a", 2000, "2025-09"),
      fallback("b", 2000, "2025-10-24", claimant="", claimant_country="")], [["a", "b"]]),
    ("unnamed, two claimants gave it", [report("a", 11000, "2024-10-17", who=KYIV),
      report("b", 11000, "2024-12-24"), fallback("c", 11000, "2025-01-23", claimant="",
      claimant_country=""), fallback("d", 11000, "2025-04-28", claimant="Western officials",
      claimant_country="")], [["a"], ["b"], ["c", "d"]]),
    ("two rows of one article", [report("a", 4000, "2025-01", who=KYIV),
      fallback("a", 4000, "2025-01-23", who=UNNAMED, span_start=9)], [["a"], ["a"]]),
    # sequence: a change in between makes a second estimate
    ("A-A, no change", [report("a", 2000, "2025-09"), fallback("b", 2000, "2026-01")],
     [["a", "b"]]),
    ("A-B-A", [report("a", 10000, "2024-10-23"), report("b", 15000, "2025-04-30"),
      fallback("c", 10000, "2026-01")], [["a"], ["b"], ["c"]]),
    ("A-B-A, B by another claimant", [report("a", 10000, "2024-10-23"),
      report("b", 15000, "2025-04-30", who=PENTAGON), fallback("c", 10000, "2026-01")],
     [["a", "c"], ["b"]]),
    ("A-B-A, B an increment", [report("a", 10000, "2024-10-23"),
      report("b", 3000, "2025-02-27", increment=True), fallback("c", 10000, "2026-01")],
     [["a", "c"], ["b"]]),
    ("A-B-A, B same day as A", [report("a", 1500, "2024-10-18"), report("b", 12000,
      "2024-10-18"), fallback("c", 1500, "2024-10-25")], [["a", "c"], ["b"]]),
    ("A-B-A, all dated months apart", [report("a", 300, "2025-01"), report("b", 600,
      "2025-04-30"), report("c", 300, "2025-09")], [["a"], ["b"], ["c"]]),
    # "now": a figure restated later "now" is a new estimate
    ("no now cue: a repeat", [report("a", 2000, "2025-09"),
      fallback("b", 2000, "2026-01", sentence="NIS says about 2,000 were killed")],
     [["a", "b"]]),
    ("now cue (en)", [report("a", 2000, "2025-09"),
      fallback("b", 2000, "2026-01", sentence="NIS now says about 2,000 were killed")],
     [["a"], ["b"]]),
    ("désormais (fr)", [report("a", 2000, "2025-09"), fallback("b", 2000, "2026-01",
      language="fr", sentence="Le NIS estime désormais à 2 000 le nombre de morts.")],
     [["a"], ["b"]]),
    ("now, reported twice the same day", [
      fallback("a", 2000, "2026-01-10", sentence="NIS now puts the toll at 2,000"),
      fallback("b", 2000, "2026-01-10", sentence="NIS now puts the toll at 2,000")],
     [["a", "b"]]),
]  # fmt: skip


@pytest.mark.parametrize(("rows", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_clustering_rule(rows: list[dict], expected: list[list[str]]) -> None:
    assert groups(cluster_claims(frame(*rows))) == sorted(expected)


def test_date_taken_from_the_first_report_of_the_cluster() -> None:
    f = frame(
        report("a", 2000, "2025-09", published="2025-10-24"),
        fallback("b", 2000, "2026-01"),
        fallback("c", 2000, "2026-02-03", outlet=""),
    )
    c = cluster_claims(f).set_index("article_id")
    assert c["claim_date"].to_dict() == {"a": "2025-09", "b": "2025-09", "c": "2025-09"}
    assert c["claim_date_precision"].tolist() == ["month"] * 3
    assert c["date_from_cluster"].to_dict() == {"a": False, "b": True, "c": True}
    assert c["claim_date_original"].to_dict() == {"a": "2025-09", "b": "2026-01", "c": "2026-02-03"}
    assert c["claim_date_precision_original"].tolist() == ["month", "month", "day"]


def test_date_donor_is_the_earliest_published_dated_report() -> None:
    f = frame(
        fallback("a", 300, "2025-01-14"),  # first published, but its date is a fallback
        report("b", 300, "2025-01-13", published="2025-01-20"),
        report("c", 300, "2025-01", published="2025-04-30"),
    )
    c = cluster_claims(f).set_index("article_id")
    assert c["cluster_id"].nunique() == 1
    assert c.loc["a", "claim_date"] == "2025-01-13"
    assert c.loc["a", "date_from_cluster"]
    assert c.loc["a", "cluster_id"] == "a:0"  # named after the first report all the same


def test_no_date_fill_without_a_dated_report() -> None:
    c = cluster_claims(frame(fallback("a", 300, "2025-01-14"), fallback("b", 300, "2025-01-20")))
    assert c["cluster_id"].nunique() == 1
    assert not c["date_from_cluster"].any()
    assert c["claim_date"].tolist() == ["2025-01-14", "2025-01-20"]


def test_cluster_columns_first_last_outlets() -> None:
    f = frame(
        report("b", 300, "2025-01-13", published="2025-01-23", outlet="KBS World"),
        report("a", 300, "2025-01-13", published="2025-01-13", outlet="KBS World"),
        report("c", 300, "2025-01", published="2025-04-30", outlet=""),
        report("d", 600, "2025-04-30"),
    )
    c = cluster_claims(f)
    assert set(CLUSTER_COLUMNS) <= set(c.columns)
    row = c[c["article_id"] == "b"].iloc[0]
    assert row["cluster_id"] == "a:1"  # the first published report's claim_id
    assert row["first_report"] == "a:1" and row["last_report"] == "c:2"
    assert row["first_published"] == "2025-01-13" and row["last_published"] == "2025-04-30"
    assert row["cluster_size"] == 3
    assert row["cluster_outlets"] == 2  # KBS World twice, and an empty outlet (its article)
    assert c.set_index("article_id")["report_rank"].to_dict() == {"b": 2, "a": 1, "c": 3, "d": 1}


def test_cluster_ids_do_not_depend_on_row_order_and_input_is_not_mutated() -> None:
    f = frame(
        report("a", 2000, "2025-09", published="2025-10-24"),
        fallback("b", 2000, "2026-01"),
        report("c", 10000, "2024-10-23"),
        report("d", 15000, "2025-04-30"),
        fallback("e", 10000, "2026-01"),
    )
    before = f.copy()
    forward = cluster_claims(f).set_index("claim_id")["cluster_id"]
    backward = cluster_claims(f.iloc[::-1]).set_index("claim_id")["cluster_id"]
    pd.testing.assert_frame_equal(f, before)
    assert forward.sort_index().equals(backward.sort_index())
    assert cluster_claims(f.iloc[::-1])["claim_id"].tolist() == f["claim_id"].tolist()[::-1]


def test_missing_columns_and_empty_frame() -> None:
    with pytest.raises(ColumnsError, match="claimant"):
        cluster_claims(pd.DataFrame({"metric": ["killed"]}))
    empty = cluster_claims(frame(report("a", 1, "2025")).iloc[:0])
    assert empty.empty and set(CLUSTER_COLUMNS) <= set(empty.columns)


def test_optional_columns_get_defaults() -> None:
    f = frame(report("a", 2000, "2025-09"), report("b", 2000, "2025-09-02"))
    c = cluster_claims(f.drop(columns=["claimant_country", "sentence", "rule", "published"]))
    assert c["cluster_id"].nunique() == 1


# --- claims view, statistics, band ------------------------------------------------------------


def nis_story() -> pd.DataFrame:
    """NIS: 300 killed in January (three reports), 600 in April; Kyiv: 3 800 in January."""
    return frame(
        report("a", 300, "2025-01-13", published="2025-01-13"),
        report("b", 300, "2025-01-13", published="2025-01-23", qualifier="exact"),
        report("c", 300, "2025-01", published="2025-04-30", qualifier="at_least"),
        report("d", 3800, "2025-01-05", who=KYIV, qualifier="exact"),
        report("e", 600, "2025-04-30"),
        report("f", None, "2025-04-02", who=PENTAGON, qualifier="vague", value_low=200,
               value_high=999),
        report("g", 3000, "2025-03-27", increment=True),
    )  # fmt: skip


def test_claims_view_one_row_per_claim() -> None:
    view = claims_view(cluster_claims(nis_story()))
    assert len(view) == 5
    first = view.set_index("cluster_id").loc["a:0"]
    assert first["claim_id"] == "a:0"
    assert first["cluster_size"] == 3 and first["cluster_outlets"] == 3
    assert first["last_report"] == "c:2"
    assert first["report_outlets"] == "Outlet a; Outlet b; Outlet c"
    assert "date_from_cluster" not in view.columns


def test_claims_view_clusters_a_raw_frame() -> None:
    assert len(claims_view(nis_story())) == 5


def test_claims_view_names_an_unnamed_first_report() -> None:
    f = frame(
        fallback("a", 2000, "2025-10-24", claimant="", claimant_country=""),
        report("b", 2000, "2025-10-24", published="2025-10-30"),
    )
    view = claims_view(cluster_claims(f))
    assert view[["claim_id", "claimant", "claimant_country"]].values.tolist() == [
        ["a:0", NIS[0], "KR"]
    ]


def test_claims_view_takes_the_most_specific_claimant() -> None:
    f = frame(
        report("a", 100, "2024-12-19", who=NIS_SHORT),
        report("b", 100, "2024-12-19", published="2024-12-20"),
    )
    view = claims_view(cluster_claims(f))
    assert view[["claim_id", "claimant"]].values.tolist() == [["a:0", NIS[0]]]


def test_period_stats_counts_claims_not_reports() -> None:
    stats = period_stats(nis_story())
    assert list(stats.columns) == list(STATS_COLUMNS)
    january, april = stats.iloc[0], stats.iloc[1]
    assert january["period"] == pd.Timestamp("2025-01-01")
    assert (january["n_claims"], january["n_reports"], january["n_claimants"]) == (2, 4, 2)
    assert (january["low"], january["median"], january["high"]) == (300.0, 2050.0, 3800.0)
    assert january["ratio"] == pytest.approx(3800 / 300)
    assert pd.isna(january["previous_period"]) and pd.isna(january["median_change"])
    # April: NIS 600 and the Pentagon's "hundreds" (200..999: low end 200, high end 999,
    # point figure the geometric middle); the March increment is not a total.
    assert (april["n_claims"], april["low"], april["high"]) == (2, 200.0, 999.0)
    assert april["median"] == pytest.approx((600 + (200 * 999) ** 0.5) / 2)
    assert april["previous_period"] == pd.Timestamp("2025-01-01")
    assert april["median_change"] == pytest.approx(april["median"] - 2050.0)
    assert april["median_change_ratio"] == pytest.approx(april["median"] / 2050.0)
    assert len(stats) == 2


def test_period_stats_quarterly_and_empty() -> None:
    stats = period_stats(nis_story(), freq="Q")
    assert stats["n_claims"].tolist() == [2, 2]  # the March increment is not a total
    assert stats["n_reports"].tolist() == [4, 2]
    empty = period_stats(nis_story().iloc[:0])
    assert empty.empty and list(empty.columns) == list(STATS_COLUMNS)


def test_period_stats_draws_with_the_spread_chart() -> None:
    spec = spread_chart(period_stats(nis_story())).to_dict()
    assert [layer["name"] for layer in spec["layer"]] == ["band", "median"]


def test_consensus_band_carries_latest_estimates() -> None:
    band = consensus_band(nis_story())
    assert list(band.columns) == list(BAND_COLUMNS)
    assert band["period_end"].dt.strftime("%Y-%m-%d").tolist() == [
        "2025-01-31",
        "2025-02-28",
        "2025-03-31",
        "2025-04-30",
    ]
    assert band["n_claimants"].tolist() == [2, 2, 2, 3]
    assert band["low"].tolist() == [300.0, 300.0, 300.0, 200.0]
    assert band["high"].tolist() == [3800.0, 3800.0, 3800.0, 3800.0]
    assert band.loc[0, "median"] == 2050.0
    assert band.loc[3, "median"] == 600.0  # NIS moved to 600; Pentagon ~447; Kyiv 3 800


def test_consensus_band_repeat_does_not_refresh_an_estimate() -> None:
    # NIS 2 000 (Sept), re-reported undated in January: one claim dated September, so the
    # band in January still holds it, as of September.
    f = frame(
        report("a", 2000, "2025-09", published="2025-10-24"),
        report("b", 5000, "2025-11-02", who=PENTAGON),
        fallback("c", 2000, "2026-01"),
    )
    band = consensus_band(f)
    assert band["period"].dt.strftime("%Y-%m").tolist() == ["2025-09", "2025-10", "2025-11"]
    assert band["high"].tolist() == [2000.0, 2000.0, 5000.0]


def test_consensus_band_empty() -> None:
    band = consensus_band(nis_story().iloc[:0])
    assert band.empty and list(band.columns) == list(BAND_COLUMNS)


# --- charts ------------------------------------------------------------------------------------


def test_reports_chart_spec() -> None:
    clustered = cluster_claims(nis_story())
    spec = reports_chart(clustered, "a:0").to_dict()
    layers = {layer["name"]: layer for layer in spec["layer"]}
    assert list(layers) == ["claim_date", "points"]
    points = layers["points"]
    assert points["mark"]["type"] == "point"
    assert points["encoding"]["x"]["field"] == "report_date"
    assert points["encoding"]["x"]["type"] == "temporal"
    assert points["encoding"]["y"]["field"] == "outlet_label"
    assert points["encoding"]["y"]["sort"] == ["Outlet a", "Outlet b", "Outlet c"]
    data = layer_rows(spec, points)
    assert [row["claim_id"] for row in data] == ["a:0", "b:1", "c:2"]
    assert [row["report_date"][:10] for row in data] == ["2025-01-13", "2025-01-23", "2025-04-30"]
    rule = layers["claim_date"]
    assert rule["mark"]["type"] == "rule"
    assert layer_rows(spec, rule)[0]["claim_date"].startswith("2025-01-13")


def test_reports_chart_unknown_claim() -> None:
    with pytest.raises(ColumnsError, match="no claim"):
        reports_chart(cluster_claims(nis_story()), "zz:0")


def test_consensus_chart_spec() -> None:
    band = consensus_band(nis_story())
    spec = consensus_chart(band[band["metric"] == "killed"]).to_dict()
    layers = {layer["name"]: layer for layer in spec["layer"]}
    assert list(layers) == ["band", "median"]
    area = layers["band"]
    assert area["mark"]["type"] == "area"
    assert area["encoding"]["y"]["field"] == "low"
    assert area["encoding"]["y2"]["field"] == "high"
    assert area["encoding"]["x"]["field"] == "period_end"
    assert area["encoding"]["x"]["type"] == "temporal"
    line = layers["median"]
    assert line["mark"]["type"] == "line"
    assert line["encoding"]["y"]["field"] == "median"
    assert len(layer_rows(spec, area)) == 4


def test_consensus_chart_log_drops_non_positive() -> None:
    band = pd.DataFrame(
        {
            "metric": ["killed"] * 2,
            "period": pd.to_datetime(["2025-01-01", "2025-02-01"]),
            "period_end": pd.to_datetime(["2025-01-31", "2025-02-28"]),
            "n_claimants": [1, 2],
            "low": [0.0, 100.0],
            "median": [0.0, 200.0],
            "high": [0.0, 300.0],
            "ratio": [float("nan"), 3.0],
        }
    )
    spec = consensus_chart(band, log=True).to_dict()
    area = spec["layer"][0]
    assert area["encoding"]["y"]["scale"]["type"] == "log"
    assert len(layer_rows(spec, area)) == 1


def test_claims_of_an_article_without_any_date_are_clustered():
    """An article with no published date (a saved page without one) gives undated claims:
    they must cluster without overflowing date arithmetic."""
    from extract import extract_claims

    text = "Selon le NIS, environ 11 000 soldats nord-coréens ont été déployés."
    rows = [
        extract_claims(text, article_id=name, language="fr", published="")[0] for name in ("a", "b")
    ]
    from extract.claim import to_frame

    frame = to_frame(rows)
    assert (frame["claim_date"] == "").all()
    clustered = cluster_claims(frame)
    assert clustered["cluster_id"].nunique() == 1
