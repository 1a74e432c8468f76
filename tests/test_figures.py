"""figures/: derived tables on tiny hand-made frames, chart specs, safe HTML, strings."""

from __future__ import annotations

import importlib.util
import re
import sys

import pandas as pd
import pytest
import yaml

from figures import (
    ColumnsError,
    claimant_colors,
    cumulative_by_claimant,
    divergence_dotplot,
    estimates_timeline,
    export_chart,
    filter_claims,
    highlight_article,
    latest_estimates,
    load_strings,
    overview,
    parse_claim_date,
    prepare,
    spread_by_period,
    spread_chart,
    summary_sentence,
)
from figures.strings import available_languages, flatten
from figures.table import _fill, latest_steps


def frame(*rows: dict) -> pd.DataFrame:
    """A claims table from partial rows (the other columns get neutral values)."""
    return _fill(pd.DataFrame(list(rows)))


def claim(claimant, value, day, metric="killed", **extra) -> dict:
    precision = {3: "day", 2: "month", 1: "year"}[len(day.split("-"))]
    return dict(
        claimant=claimant,
        value_best=value,
        claim_date=day,
        claim_date_precision=precision,
        metric=metric,
        **extra,
    )


# A tiny corpus: two claimants on deaths, one vague, one hedged, one increment on deployments.
TINY = frame(
    claim("NIS", 100, "2024-12-19", language="en", outlet="Yonhap"),
    claim("NIS", 300, "2025-01-13", language="fr", outlet="Le Monde"),
    claim("Zelensky", 3000, "2025-01", language="fr", outlet="Le Monde", hedged=True),
    claim("", None, "2025-02-01", value_low=200, value_high=999, qualifier="vague", outlet="AFP"),
    claim("NIS", 600, "2025-04-30", outlet="Yonhap"),
    claim("JCS", 11000, "2025-01-04", metric="deployed", outlet="Yonhap"),
    claim("JCS", 3000, "2025-03-27", metric="deployed", increment=True, outlet="Yonhap"),
)


# --- parsing and preparation -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "precision", "expected"),
    [
        ("2025-04-30", "day", "2025-04-30"),
        ("2025-01", "month", "2025-01-15"),
        ("2025", "year", "2025-07-01"),
        ("2025-02-30", "day", None),
        ("", "day", None),
        ("soon", "day", None),
    ],
    ids=["day", "month-mid", "year-mid", "impossible-day", "empty", "garbage"],
)
def test_parse_claim_date(text, precision, expected):
    parsed = parse_claim_date(text, precision)
    assert (None if pd.isna(parsed) else parsed.date().isoformat()) == expected


def test_missing_columns_are_named():
    with pytest.raises(ColumnsError, match="claimant"):
        prepare(pd.DataFrame({"metric": ["killed"]}))


def test_prepare_is_a_new_frame_and_idempotent():
    before = TINY.copy()
    once = prepare(TINY)
    twice = prepare(once)
    pd.testing.assert_frame_equal(TINY, before)
    pd.testing.assert_frame_equal(once, twice)


@pytest.mark.parametrize(
    ("row", "point", "lo", "hi"),
    [
        (dict(value_best=600), 600, 600, 600),
        (dict(value_best=3000, value_low=3000), 3000, 3000, 3000),
        (dict(value_best=8000, value_high=8000), 8000, 8000, 8000),
        (dict(value_low=200, value_high=800), 400, 200, 800),
        (dict(value_low=5000), 5000, 5000, 5000),
    ],
    ids=["exact", "at-least", "at-most", "range-geometric-middle", "lone-low-bound"],
)
def test_point_and_bounds(row, point, lo, hi):
    p = prepare(frame(dict(claim_date="2025-01-01", **row))).iloc[0]
    assert (p["value_plot"], p["value_lo"], p["value_hi"]) == (point, lo, hi)


def test_unattributed_claim_is_labelled_by_outlet():
    p = prepare(TINY)
    assert "(AFP)" in set(p["claimant_label"])


# --- filters ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "n"),
    [
        ({}, 7),
        ({"metric": "killed"}, 5),
        ({"metric": ["killed", "deployed"]}, 7),
        ({"claimants": ["NIS"]}, 3),
        ({"claimants": ["(AFP)"]}, 1),
        ({"languages": ["fr"]}, 2),
        ({"outlets": ["Yonhap"]}, 4),
        ({"subjects": ["RU"]}, 0),
        ({"date_from": "2025-01-14"}, 4),
        ({"date_to": "2025-01-13"}, 3),
        ({"date_from": "2025-01-01", "date_to": "2025-01-31"}, 3),
        ({"include_hedged": False}, 6),
        ({"include_vague": False}, 6),
        ({"metric": "killed", "claimants": ["NIS"], "date_to": "2025-02-01"}, 2),
    ],
    ids=[
        "none",
        "metric",
        "metrics",
        "claimant",
        "unattributed",
        "language",
        "outlet",
        "subject",
        "from",
        "to",
        "month-precision-mid-month",
        "no-hedged",
        "no-vague",
        "combined",
    ],
)
def test_filter_claims(kwargs, n):
    assert len(filter_claims(TINY, **kwargs)) == n


def test_filter_returns_a_copy():
    out = filter_claims(TINY, metric="killed")
    out["metric"] = "x"
    assert (TINY["metric"] != "x").all()


# --- latest estimates, spread, cumulative -------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("2024-12-31", {"NIS": 100}),
        ("2025-01-13", {"NIS": 300}),
        ("2025-01-20", {"NIS": 300, "Zelensky": 3000}),
        ("2025-12-31", {"NIS": 600, "Zelensky": 3000, "(AFP)": 447}),
    ],
    ids=["first", "same-day", "month-claim-counts-from-15th", "all"],
)
def test_latest_estimates(as_of, expected):
    latest = latest_estimates(TINY, as_of, metric="killed")
    got = {r.claimant_label: round(r.value_plot) for r in latest.itertuples()}
    assert got == expected


def test_latest_estimates_leave_increments_out():
    latest = latest_estimates(TINY, "2025-12-31", metric="deployed")
    assert latest["value_plot"].tolist() == [11000]


def test_spread_by_period():
    spread = spread_by_period(TINY[TINY["metric"] == "killed"])
    jan = spread[spread["period"] == pd.Timestamp("2025-01-01")].iloc[0]
    assert (jan["low"], jan["median"], jan["high"], jan["ratio"]) == (300, 1650, 3000, 10)
    feb = spread[spread["period"] == pd.Timestamp("2025-02-01")].iloc[0]
    assert (feb["low"], feb["high"], feb["n_claimants"]) == (200, 999, 1)


def test_spread_of_nothing_is_an_empty_frame():
    assert spread_by_period(TINY.iloc[0:0]).empty


def test_cumulative_adds_increments_to_the_last_total():
    out = cumulative_by_claimant(TINY[TINY["metric"] == "deployed"])
    assert out["value_cumulative"].tolist() == [11000, 14000]


def test_latest_steps_close_at_the_right_edge():
    steps = latest_steps(TINY[TINY["metric"] == "killed"], until="2025-06-30")
    nis = steps[steps["claimant_label"] == "NIS"]
    assert nis["value_plot"].tolist() == [100, 300, 600, 600]
    assert nis["date"].iloc[-1] == pd.Timestamp("2025-06-30")


def test_overview():
    o = overview(TINY)
    assert (o["articles"], o["claims"], o["outlets"], o["claimants"]) == (7, 7, 3, 3)
    assert (o["first"], o["last"]) == ("2024-12-19", "2025-04-30")


# --- palette --------------------------------------------------------------------------------


def test_palette_is_stable_under_filtering():
    everything = claimant_colors(prepare(TINY))
    some = claimant_colors(prepare(TINY))
    assert everything == some
    assert len(set(everything.values())) == len(everything)


# --- charts (specs) ------------------------------------------------------------------------


def layer(spec: dict, name: str) -> dict:
    return next(lay for lay in spec["layer"] if lay.get("name") == name)


def rows(spec: dict, lay: dict) -> list[dict]:
    return spec["datasets"][lay.get("data", spec.get("data"))["name"]]


def test_timeline_layers_and_encodings():
    data = prepare(TINY[TINY["metric"] == "killed"])
    spec = estimates_timeline(data, claimant_colors(data), load_strings("en")).to_dict()
    assert [lay["name"] for lay in spec["layer"]] == ["steps", "ranges", "checked", "points"]
    points = layer(spec, "points")
    enc = points["encoding"]
    assert (enc["x"]["field"], enc["x"]["type"]) == ("date", "temporal")
    assert (enc["y"]["field"], enc["y"]["type"]) == ("value_plot", "quantitative")
    assert enc["color"]["field"] == "claimant_label"
    assert enc["fill"]["condition"]["test"] == "datum.hedged"
    assert {t["field"] for t in enc["tooltip"]} >= {"claimant_label", "quote", "outlet"}
    assert len(rows(spec, points)) == 5
    assert [p["name"] for p in spec["params"]] == ["pick"]
    assert spec["params"][0]["select"]["fields"] == ["claim_id"]
    ranges = layer(spec, "ranges")
    assert ranges["encoding"]["y2"]["field"] == "value_hi"
    assert len(rows(spec, ranges)) == 1  # only the vague amount has a bar
    steps = layer(spec, "steps")
    assert steps["mark"]["interpolate"] == "step-after"


def test_timeline_log_scale():
    data = prepare(TINY[TINY["metric"] == "killed"])
    spec = estimates_timeline(data, claimant_colors(data), log=True).to_dict()
    assert layer(spec, "points")["encoding"]["y"]["scale"]["type"] == "log"


def test_timeline_cumulative_moves_increments():
    data = prepare(TINY[TINY["metric"] == "deployed"])
    plain = estimates_timeline(data, claimant_colors(data)).to_dict()
    summed = estimates_timeline(data, claimant_colors(data), cumulative=True).to_dict()
    values = lambda s: sorted(r["value_plot"] for r in rows(s, layer(s, "points")))  # noqa: E731
    assert values(plain) == [3000, 11000]
    assert values(summed) == [11000, 14000]


def test_timeline_colours_follow_the_palette():
    data = prepare(TINY)
    colors = claimant_colors(data)
    spec = estimates_timeline(data[data["metric"] == "killed"], colors).to_dict()
    scale = layer(spec, "points")["encoding"]["color"]["scale"]
    assert dict(zip(scale["domain"], scale["range"], strict=True)) == {
        k: colors[k] for k in scale["domain"]
    }


def test_divergence_dotplot():
    latest = latest_estimates(TINY, "2025-12-31", metric="killed")
    spec = divergence_dotplot(latest, claimant_colors(prepare(TINY))).to_dict()
    assert [lay["name"] for lay in spec["layer"]] == ["ranges", "points", "labels"]
    points = layer(spec, "points")
    assert points["encoding"]["y"]["field"] == "claimant_label"
    assert points["encoding"]["y"]["sort"][0] == "Zelensky"  # highest first
    assert len(rows(spec, points)) == 3


def test_spread_chart():
    spread = spread_by_period(TINY[TINY["metric"] == "killed"])
    spec = spread_chart(spread, load_strings("fr")).to_dict()
    band = layer(spec, "band")
    assert (band["encoding"]["y"]["field"], band["encoding"]["y2"]["field"]) == ("low", "high")
    assert layer(spec, "median")["encoding"]["y"]["field"] == "median"


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_export_has_title_and_source(fmt):
    data = prepare(TINY[TINY["metric"] == "killed"])
    image = export_chart(
        estimates_timeline(data, claimant_colors(data)), fmt, "Killed", "Source: test", scale=1
    )
    if fmt == "svg":
        text = image.decode()
        assert "Killed" in text and "Source: test" in text
    else:
        assert image.startswith(b"\x89PNG")


# --- article text ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "spans", "active", "expected"),
    [
        (
            "About 600 died.",
            [(6, 9, "a:6")],
            None,
            '<p>About <mark title="a:6">600</mark> died.</p>',
        ),
        (
            "<script>alert(1)</script> 600",
            [(26, 29)],
            None,
            "<p>&lt;script&gt;alert(1)&lt;/script&gt; <mark>600</mark></p>",
        ),
        ("a 1 b 2", [(2, 3, "x"), (6, 7, "y")], "y", None),
        (
            "overlap 1234",
            [(8, 12, "x"), (10, 12, "y")],
            None,
            '<p>overlap <mark title="x">1234</mark></p>',
        ),
        ("p1\n\np2 5", [(7, 8)], None, "<p>p1</p><p>p2 <mark>5</mark></p>"),
        ("short", [(3, 99)], None, "<p>sho<mark>rt</mark></p>"),
    ],
    ids=["plain", "script-escaped", "active", "overlap-merged", "paragraphs", "clipped"],
)
def test_highlight_article(body, spans, active, expected):
    out = highlight_article(body, spans, active=active)
    assert "<script>" not in out
    if expected is not None:
        assert out == f'<div class="fourchette-article">{expected}</div>'
    else:
        assert '<mark class="active" id="claim-y" title="y">2</mark>' in out


def test_highlighted_text_is_the_body():
    body = "Des <i>centaines</i> & 3 000 soldats"
    out = highlight_article(body, [(4, 9), (24, 29)])
    text = re.sub(r"<[^>]+>", "", out.replace("<br>", "\n"))
    import html

    assert html.unescape(text) == body


# --- the teachers' sentence, strings -----------------------------------------------------------


KILLED = frame(
    claim("NIS", 600, "2025-04-30", subject="KP"),
    claim("UK", 2000, "2025-04-02", subject="KP"),
    claim("NIS", 100, "2024-12-19", subject="KP"),
)


@pytest.mark.parametrize(
    ("lang", "as_of", "expected"),
    [
        (
            "en",
            "2025-04-30",
            "On 30 April 2025, estimates of North Korean deaths ranged from 600 to 2,000 "
            "(2 claimants).",
        ),
        (
            "fr",
            "2025-04-30",
            "Au 30 avril 2025, les estimations du nombre de soldats nord-coréens tués allaient "
            "de 600 à 2\u202f000 (2 sources).",
        ),
        (
            "en",
            "2025-01-01",
            "On 1 January 2025, the only estimate of North Korean deaths was 100 (NIS).",
        ),
        (
            "en",
            "2024-01-01",
            "On 1 January 2024, no estimate of North Korean deaths had been stated.",
        ),
    ],
    ids=["en-range", "fr-range", "en-single", "en-none"],
)
def test_summary_sentence(lang, as_of, expected):
    assert summary_sentence(KILLED, "killed", as_of, load_strings(lang)) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "On 30 April 2025, estimates of Rwandan deaths ranged from 600 to 2,000 (2 claimants).",
        ),
        (
            "fr",
            "Au 30 avril 2025, les estimations du nombre de soldats rwandais tués allaient de 600 "
            "à 2\u202f000 (2 sources).",
        ),
    ],
)
def test_summary_sentence_names_any_countrys_troops(lang, expected):
    # troops of a country the interface strings do not name: the world file's adjective
    rwandan = frame(
        claim("NIS", 600, "2025-04-30", subject="RW"),
        claim("UK", 2000, "2025-04-02", subject="RW"),
    )
    assert summary_sentence(rwandan, "killed", "2025-04-30", load_strings(lang)) == expected


@pytest.mark.parametrize(
    ("code", "words"),
    [("IN", "soldats indiens"), ("NP", "soldats népalais"), ("TR", "soldats (TR)")],
    ids=["plural ending", "invariable", "no simple demonym"],
)
def test_french_summary_puts_any_countrys_demonym_in_the_plural(code, words):
    troops = frame(claim("NIS", 600, "2025-04-30", subject=code))
    sentence = summary_sentence(troops, "killed", "2025-04-30", load_strings("fr"))
    assert f"du nombre de {words} tués" in sentence


def test_interface_languages_have_the_same_keys():
    tables = {}
    for lang in available_languages():
        with open(f"figures/i18n/{lang}.yaml", encoding="utf-8") as handle:
            tables[lang] = set(flatten(yaml.safe_load(handle)))
    assert tables["fr"] == tables["en"]
    assert set(available_languages()) >= {"fr", "en"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_metric_and_qualifier_is_translated(lang):
    # extract/claim.py is read on its own: the package's other modules may still be in progress.
    spec = importlib.util.spec_from_file_location("claim_contract", "extract/claim.py")
    contract = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = contract
    spec.loader.exec_module(contract)
    METRICS, QUALIFIERS = contract.METRICS, contract.QUALIFIERS  # noqa: N806

    s = load_strings(lang)
    for metric in METRICS:
        assert s.get(f"metrics.{metric}") and s.get(f"summary.what.{metric}")
    for qualifier in QUALIFIERS:
        assert s.get(f"qualifiers.{qualifier}")


def test_export_takes_more_rows_than_altairs_default_limit():
    many = frame(*(claim("NIS", 100 + i, "2025-01-01") for i in range(5001)))
    image = export_chart(spread_chart(spread_by_period(many)), "svg", "Many", "Source: test")
    assert image.startswith(b"<svg")
    spec = estimates_timeline(prepare(many), claimant_colors(prepare(many)))
    assert export_chart(spec, "png", "Many", "Source: test", scale=1).startswith(b"\x89PNG")


def test_charts_have_no_frame_and_one_font():
    data = prepare(TINY[TINY["metric"] == "killed"])
    for chart in (
        estimates_timeline(data, claimant_colors(data)),
        divergence_dotplot(latest_estimates(data), claimant_colors(data)),
        spread_chart(spread_by_period(data)),
    ):
        config = chart.to_dict()["config"]
        assert config["view"]["strokeWidth"] == 0
        assert "Helvetica" in config["font"]


def test_summary_sentence_leaves_vague_amounts_out_of_the_range_when_figures_exist():
    from figures.strings import load_strings
    from figures.table import _fill
    from figures.text import summary_sentence

    frame = _fill(
        pd.DataFrame(
            {
                "claimant": ["A", "B", "C"],
                "metric": ["deployed"] * 3,
                "value_best": [11000, 12000, None],
                "value_low": [None, None, 20000],
                "value_high": [None, None, 99999],
                "qualifier": ["approx", "exact", "vague"],
                "claim_date": ["2025-04-01", "2025-04-02", "2025-04-03"],
            }
        )
    )
    sentence = summary_sentence(frame, "deployed", "2025-04-30", load_strings("en"))
    assert "from 11,000 to 12,000 (2 claimants)" in sentence
    only_vague = frame[frame["qualifier"] == "vague"]
    sentence = summary_sentence(only_vague, "deployed", "2025-04-30", load_strings("en"))
    assert "20,000" in sentence and "99,999" in sentence
