"""Altair chart builders: the timeline of estimates, the divergence dot plot, the spread.

Builders take the claims frame (or a derived table), the claimant colours and the interface
strings, and return an `alt.Chart`/`alt.LayerChart`; they draw nothing themselves. Each layer is
named in the spec (`name`) so tests and the app can find it.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Mapping
from typing import Any

import altair as alt
import pandas as pd

from figures.strings import Strings, load_strings
from figures.table import _prepared, cumulative_by_claimant, latest_steps

SELECTION = "pick"  # the point-selection parameter: clicked claim ids
MEDIAN = "#D55E00"  # the median line of the spread chart
FONT = "Source Sans Pro, Helvetica, Arial, sans-serif"


# Altair's data transformer and theme are process-wide: one conversion at a time.
_ALTAIR_GLOBALS = threading.Lock()


def vega_lite_spec(chart: alt.TopLevelMixin) -> dict[str, Any]:
    """The chart's Vega-Lite spec, for `st.vega_lite_chart`, without a second validation.

    The spec is what `chart.to_dict()` gives under the "none" theme (Altair's default theme
    sets 300-pixel sizes), except that it is not validated against the Vega-Lite schema again
    (the builders' specs are validated by their tests; validating a four-layer chart costs
    about a tenth of a second) and that each data frame stays a frame under `datasets`, named
    by a hash of its content, for Streamlit to send as Arrow.

    >>> frame = pd.DataFrame({"x": [1, 2], "y": [3, 4]})
    >>> spec = vega_lite_spec(alt.Chart(frame).mark_point().encode(x="x:Q", y="y:Q"))
    >>> name = spec["data"]["name"]
    >>> spec["datasets"][name] is frame, "config" in spec
    (True, False)
    """
    frames: dict[str, pd.DataFrame] = {}

    def keep(data: Any) -> Any:
        if not isinstance(data, pd.DataFrame):
            return alt.to_values(data)  # other frame libraries: inline rows
        digest = hashlib.sha1(pd.util.hash_pandas_object(data, index=False).to_numpy())
        digest.update(repr([(c, str(t)) for c, t in data.dtypes.items()]).encode())
        name = f"data-{digest.hexdigest()[:20]}"
        frames[name] = data
        return {"name": name}

    with _ALTAIR_GLOBALS:
        alt.data_transformers.register("fourchette_frames", keep)
        with alt.theme.enable("none"), alt.data_transformers.enable("fourchette_frames"):
            spec = chart.to_dict(validate=False)
    if frames:
        spec["datasets"] = {**spec.get("datasets", {}), **frames}
    return spec


def _strings(strings: Strings | None) -> Strings:
    return strings or load_strings("en")


def figure_texts(best, low, high, s: Strings) -> list[str]:
    """Each claim's figure as stated: "2 000", or "200–999" for a range or vague amount."""
    out = []
    for b, lo, hi in zip(best, low, high, strict=True):
        if pd.notna(b):
            out.append(s.number(b))
        elif pd.notna(lo) and pd.notna(hi):
            out.append(f"{s.number(lo)}–{s.number(hi)}")
        else:
            out.append(s.number(lo if pd.notna(lo) else hi))
    return out


def chart_table(frame: pd.DataFrame, strings: Strings | None = None) -> pd.DataFrame:
    """The plotted columns only, with display texts (figure, qualifier, date, hedged)."""
    s = _strings(strings)
    data = _prepared(frame)
    plotted = data["date"].notna() & data["value_plot"].notna()
    if not plotted.all():  # taking rows copies every column: only when some are left out
        data = data[plotted]
    out = pd.DataFrame(
        {
            "claim_id": data["claim_id"].astype(str),
            "metric": data["metric"],
            "date": data["date"],
            "value_plot": data["value_plot"],
            "value_lo": data["value_lo"],
            "value_hi": data["value_hi"],
            "has_range": data["has_range"],
            "claimant_label": data["claimant_label"],
            "hedged": data["hedged"],
            "increment": data["increment"],
            "figure_text": figure_texts(
                data["value_best"].astype("float64"),
                data["value_low"].astype("float64"),
                data["value_high"].astype("float64"),
                s,
            ),
            "qualifier_text": [s.t(f"qualifiers.{q}") for q in data["qualifier"]],
            "date_text": data["claim_date"],
            "outlet": data["outlet"],
            "quote": data["quote"],
        },
        index=data.index,
    )
    if "value_cumulative" in data.columns:
        out["value_cumulative"] = data["value_cumulative"]
    # One claim, many reports (figures.clusters.claims_view): a row is a claim; without the
    # clusters each row is its own single report.
    sizes = data["cluster_size"] if "cluster_size" in data.columns else 1
    out["cluster_size"] = pd.Series(sizes, index=data.index).fillna(1).astype("int64")
    out["reports_text"] = [
        s.t("reports.count", n=s.number(n)) if n > 1 else s.t("reports.single")
        for n in out["cluster_size"]
    ]
    checked = data["checked"] if "checked" in data.columns else False
    out["checked"] = pd.Series(checked, index=data.index).fillna(False).astype(bool)
    out["checked_text"] = [
        s.t("review.checked_yes" if c else "review.checked_no") for c in out["checked"]
    ]
    return out.reset_index(drop=True)


def _color(colors: Mapping[str, str], present: list[str], legend: bool = True) -> alt.Color:
    domain = [c for c in colors if c in set(present)] or present
    return alt.Color(
        "claimant_label:N",
        scale=alt.Scale(domain=domain, range=[colors.get(c, "#ABABAB") for c in domain]),
        legend=alt.Legend(
            orient="top",
            columns=3,
            title=None,
            symbolType="circle",
            symbolOpacity=1,
            symbolStrokeWidth=2,
            labelLimit=280,
        )
        if legend
        else None,
    )


def _number_axis(s: Strings, title: str, log: bool = False) -> alt.Axis:
    sep = "\u202f" if s.get("number.thousands") == " " else ","
    label = f"replace(format(datum.value, ',~r'), /,/g, '{sep}')"
    if log:
        # On a log axis, label only 1, 2 and 5 times a power of ten: the rest is clutter.
        label = f"test(/^[125]0*$/, format(datum.value, 'd')) ? {label} : ''"
    return alt.Axis(
        title=title,
        labelExpr=label,
        grid=True,
        gridDash=[2, 3],
        tickCount=6,
    )


def _date_axis(s: Strings) -> alt.Axis:
    # Month names come from the interface strings: Vega's own time format is English only.
    months = s.get("summary.months_short") or []
    names = "[" + ", ".join(f"'{m}'" for m in months) + "]"
    return alt.Axis(
        title=None,
        grid=False,
        labelExpr=f"{names}[month(datum.value)] + ' ' + year(datum.value)",
        tickCount={"interval": "month", "step": 1},
        labelOverlap=True,
    )


def _config(font_scale: float) -> alt.Config:
    """Shared look: no frame, sans-serif, dark text; `font_scale` > 1 for presentation mode."""
    size = round(12 * font_scale)
    return alt.Config(
        font=FONT,
        view=alt.ViewConfig(strokeWidth=0),
        axis=alt.AxisConfig(
            labelFontSize=size,
            titleFontSize=size + 1,
            labelColor="#222",
            titleColor="#222",
            domainColor="#888",
        ),
        legend=alt.LegendConfig(labelFontSize=size, labelColor="#222"),
        text=alt.MarkConfig(fontSize=size + 1),
    )


def _configure(chart: alt.LayerChart, font_scale: float) -> alt.LayerChart:
    """`chart` with the shared look (`_config`), set in place on the chart just built: each
    `configure_*` call would copy the chart, and copying a layer chart copies every layer."""
    chart.config = _config(font_scale)
    return chart


def _tooltips(s: Strings) -> list[alt.Tooltip]:
    return [
        alt.Tooltip("claimant_label:N", title=s.t("columns.claimant")),
        alt.Tooltip("figure_text:N", title=s.t("columns.figure")),
        alt.Tooltip("qualifier_text:N", title=s.t("columns.qualifier")),
        alt.Tooltip("date_text:N", title=s.t("columns.claim_date")),
        alt.Tooltip("outlet:N", title=s.t("columns.outlet")),
        alt.Tooltip("quote:N", title=s.t("columns.quote")),
        alt.Tooltip("reports_text:N", title=s.t("reports.tooltip")),
        alt.Tooltip("checked_text:N", title=s.t("review.checked")),
    ]


def _top_size(data: pd.DataFrame) -> int:
    return max(int(data["cluster_size"].max()) if len(data) else 1, 2)


def _size(s: Strings, data: pd.DataFrame, ring: bool = False) -> alt.Size:
    """Mark area grows with the number of reports of the claim (1 report: the usual size).

    `ring`: the larger scale of the ring drawn around checked claims (no legend).
    """
    top = _top_size(data)
    low, step = (260, 90) if ring else (80, 60)
    legend = None
    if not ring and (data["cluster_size"] > 1).any():
        legend = alt.Legend(
            title=s.t("reports.legend"),
            orient="top",
            values=sorted({1, min(top, 8), top}),
            format="d",
            symbolType="circle",
            symbolFillColor="#9A9A9A",
            symbolStrokeColor="#555555",
            symbolOpacity=1,
            titleFontWeight="normal",
        )
    return alt.Size(
        "cluster_size:Q",
        scale=alt.Scale(domain=[1, top], range=[low, low + step * min(top, 8)], clamp=True),
        legend=legend,
    )


def estimates_timeline(
    frame: pd.DataFrame,
    colors: Mapping[str, str],
    strings: Strings | None = None,
    log: bool = False,
    cumulative: bool = False,
    until: str | None = None,
    height: int = 420,
    font_scale: float = 1.0,
) -> alt.LayerChart:
    """Estimates over time for the claims given (filter to one metric first).

    Layers: `steps` (each claimant's latest estimate, step-after line), `ranges` (low-high
    rules for ranges and vague amounts), `checked` (a dark ring around claims a person checked,
    when the frame has the review's `checked` column), `points` (filled circles; hollow when
    hedged; triangles for increments; area by `cluster_size`, the claim's number of reports;
    click selects the claim id into the `pick` parameter). Give it one row per claim
    (`figures.clusters.claims_view`) to draw one mark per claim. `log` switches the y scale;
    `cumulative` adds increments to the claimant's previous total (see
    `figures.table.cumulative_by_claimant`), otherwise increments are plotted at their own size.
    """
    s = _strings(strings)
    source = _prepared(frame)
    if cumulative:
        source = cumulative_by_claimant(source)
        moved = source["increment"] & source["value_cumulative"].notna()
        shift = source["value_cumulative"] - source["value_plot"]
        for column in ("value_plot", "value_lo", "value_hi"):
            source[column] = source[column].where(~moved, source[column] + shift)
    data = chart_table(source, s)
    steps_source = source.assign(increment=False) if cumulative else source
    steps = latest_steps(steps_source, until)
    if log:
        data = data[(data["value_lo"] > 0) & (data["value_plot"] > 0)]
        steps = steps[steps["value_plot"] > 0]
    present = sorted(data["claimant_label"].unique())
    color = _color(colors, present)
    y_scale = alt.Scale(type="log" if log else "linear", zero=not log, nice=True)
    x = alt.X("date:T", title=s.t("columns.claim_date"), axis=_date_axis(s))
    y_title = s.t("columns.figure")
    pick = alt.selection_point(name=SELECTION, fields=["claim_id"], on="click", clear="dblclick")

    step_layer = (
        alt.Chart(steps, name="steps")
        .mark_line(interpolate="step-after", strokeWidth=1.6, opacity=0.55)
        .encode(
            x=x,
            y=alt.Y("value_plot:Q", scale=y_scale, axis=_number_axis(s, y_title, log)),
            color=color,
            detail="claimant_label:N",
        )
    )
    range_layer = (
        alt.Chart(data[data["has_range"]], name="ranges")
        .mark_rule(strokeWidth=3, opacity=0.45, strokeCap="round")
        .encode(x=x, y=alt.Y("value_lo:Q", scale=y_scale), y2="value_hi:Q", color=color)
    )
    point_layer = (
        alt.Chart(data, name="points")
        .mark_point(size=90, strokeWidth=2, opacity=1)
        .encode(
            x=x,
            y=alt.Y("value_plot:Q", scale=y_scale, axis=_number_axis(s, y_title, log)),
            color=color,
            fill=alt.when(alt.datum.hedged)
            .then(alt.value("white"))
            .otherwise(_color(colors, present, legend=False)),
            shape=alt.Shape(
                "increment:N",
                scale=alt.Scale(domain=[False, True], range=["circle", "triangle-up"]),
                legend=None,
            ),
            size=_size(s, data),
            strokeWidth=alt.when(pick).then(alt.value(4)).otherwise(alt.value(2)),
            tooltip=_tooltips(s),
        )
        .add_params(pick)
    )
    checked = data[data["checked"]]
    checked_layer = (
        alt.Chart(checked, name="checked")
        .mark_point(shape="circle", filled=False, color="#222222", strokeWidth=1.2, opacity=0.9)
        .encode(
            x=x,
            y=alt.Y("value_plot:Q", scale=y_scale),
            size=_size(s, data, ring=True),
            tooltip=_tooltips(s),
        )
    )
    chart = alt.layer(
        step_layer,
        range_layer,
        checked_layer,
        point_layer,
        resolve=alt.Resolve(scale=alt.ScaleResolveMap(color="shared", size="independent")),
        width="container",
        height=height,
    )
    return _configure(chart, font_scale)


def divergence_dotplot(
    latest: pd.DataFrame,
    colors: Mapping[str, str],
    strings: Strings | None = None,
    log: bool = False,
    height: int | None = None,
    font_scale: float = 1.0,
) -> alt.LayerChart:
    """Each claimant's latest estimate (a row of `figures.table.latest_estimates`) on one axis.

    Layers: `ranges` (low-high rules), `points` (hollow when hedged; clickable like the
    timeline), `labels` (the figure as stated). Claimants are sorted by figure.
    """
    s = _strings(strings)
    data = chart_table(latest, s)
    if log:
        data = data[(data["value_lo"] > 0) & (data["value_plot"] > 0)]
    present = sorted(data["claimant_label"].unique())
    order = data.sort_values("value_plot", ascending=False)["claimant_label"].tolist()
    x_scale = alt.Scale(type="log" if log else "linear", zero=not log, nice=True)
    y = alt.Y("claimant_label:N", sort=order, title=None, axis=alt.Axis(labelLimit=420))
    color = _color(colors, present, legend=False)
    pick = alt.selection_point(name=SELECTION, fields=["claim_id"], on="click", clear="dblclick")
    figure_title = s.t("columns.figure")
    base = alt.Chart(data)
    ranges = base.mark_rule(strokeWidth=4, opacity=0.4, strokeCap="round").encode(
        x=alt.X("value_lo:Q", scale=x_scale), x2="value_hi:Q", y=y, color=color
    )
    points = (
        base.mark_point(size=160, strokeWidth=2.5, opacity=1)
        .encode(
            x=alt.X("value_plot:Q", scale=x_scale, axis=_number_axis(s, figure_title, log)),
            y=y,
            color=color,
            fill=alt.when(alt.datum.hedged).then(alt.value("white")).otherwise(color),
            tooltip=_tooltips(s),
        )
        .add_params(pick)
    )
    labels = base.mark_text(align="left", dx=12, fontWeight="bold").encode(
        x=alt.X("value_hi:Q", scale=x_scale), y=y, text="figure_text:N", color=color
    )
    rows = max(len(order), 1)
    chart = alt.layer(
        ranges.properties(name="ranges"),
        points.properties(name="points"),
        labels.properties(name="labels"),
        width="container",
        height=height or int((40 + 36 * rows) * font_scale),
    )
    return _configure(chart, font_scale)


def spread_texts(data: pd.DataFrame, periods: pd.Series, s: Strings) -> pd.DataFrame:
    """Display texts of a spread table (period, low, median, high, max/min ratio), added to
    a copy, for the tooltips of `spread_chart` and of the consensus band."""
    data = data.copy()
    data["period_text"] = [s.date(p.strftime("%Y-%m")) for p in pd.to_datetime(periods)]
    data["ratio_text"] = data["ratio"].map(lambda r: "—" if pd.isna(r) else f"×{r:.1f}")
    for column in ("low", "median", "high"):
        data[f"{column}_text"] = data[column].map(s.number)
    return data


def spread_tooltips(s: Strings) -> list[alt.Tooltip]:
    """Tooltips of a spread per period: period, low, median, high, ratio, claimants."""
    return [
        alt.Tooltip("period_text:N", title=s.t("columns.period")),
        alt.Tooltip("low_text:N", title=s.t("columns.low")),
        alt.Tooltip("median_text:N", title=s.t("columns.median")),
        alt.Tooltip("high_text:N", title=s.t("columns.high")),
        alt.Tooltip("ratio_text:N", title=s.t("columns.ratio")),
        alt.Tooltip("n_claimants:Q", title=s.t("columns.n_claimants")),
    ]


def spread_chart(
    spread: pd.DataFrame,
    strings: Strings | None = None,
    log: bool = False,
    height: int = 300,
    font_scale: float = 1.0,
) -> alt.LayerChart:
    """The spread per period (a frame of `figures.table.spread_by_period` for one metric).

    Layers: `band` (lowest to highest figure stated, shaded), `median` (line with points).
    """
    s = _strings(strings)
    data = spread.copy()
    data["period"] = pd.to_datetime(data["period"])
    data = spread_texts(data, data["period"], s)
    if log:
        data = data[data["low"] > 0]
    y_scale = alt.Scale(type="log" if log else "linear", zero=not log, nice=True)
    x = alt.X("period:T", title=s.t("columns.period"), axis=_date_axis(s))
    tips = spread_tooltips(s)
    band = (
        alt.Chart(data, name="band")
        .mark_rule(opacity=0.3, color="#0072B2", strokeWidth=16)
        .encode(
            x=x,
            y=alt.Y("low:Q", scale=y_scale, axis=_number_axis(s, s.t("columns.figure"), log)),
            y2="high:Q",
            tooltip=tips,
        )
    )
    median = (
        alt.Chart(data, name="median")
        .mark_line(
            point=alt.OverlayMarkDef(size=60, filled=True, color=MEDIAN),
            color=MEDIAN,
            strokeWidth=2,
        )
        .encode(x=x, y=alt.Y("median:Q", scale=y_scale), tooltip=tips)
    )
    chart = alt.layer(band, median, width="container", height=height)
    return _configure(chart, font_scale)
