"""Derived tables from the tidy claims table: filters, latest estimates, spreads, overview.

Every function takes the claims frame (columns of `extract.claim.COLUMNS`), checks the columns
it needs and returns a new frame; none mutates its input.

How ranges and vague amounts are treated (one rule everywhere):

- the *point* figure of a claim (`value_plot`) is `value_best` when stated; for a range or a
  vague amount it is the geometric mean of `value_low` and `value_high` (the middle of the bar
  on a log axis, and of the right order of magnitude on a linear one); a lone bound stands for
  itself;
- the *low* and *high* ends of a claim (`value_lo`, `value_hi`) are its stated bounds, or the
  point figure when a side is open ("plus de 3 000" spans 3 000..3 000);
- spreads and summaries use the low ends for their minimum and the high ends for their maximum,
  so a vague "hundreds" (200..999) widens the range honestly rather than being hidden.

Claim dates at month or year precision are placed at the *middle* of their period (the 15th of
the month, 1 July of the year): the placement error is then at most half the period, and a
"January" statement is neither drawn before nor after every dated statement of January.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date, datetime

import numpy as np
import pandas as pd

# The columns of the tidy table the figures read; the other columns are carried along.
NEEDED = (
    "claim_id",
    "article_id",
    "outlet",
    "url",
    "language",
    "metric",
    "value_best",
    "value_low",
    "value_high",
    "qualifier",
    "increment",
    "hedged",
    "claimant",
    "claim_date",
    "claim_date_precision",
    "subject",
    "quote",
)


class ColumnsError(ValueError):
    """The frame lacks columns a figure needs."""


def require_columns(frame: pd.DataFrame, columns: Iterable[str] = NEEDED) -> None:
    """Raise `ColumnsError` naming every missing column.

    >>> require_columns(pd.DataFrame({"metric": []}), ["metric", "claimant"])
    Traceback (most recent call last):
    ...
    figures.table.ColumnsError: missing columns: claimant
    """
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ColumnsError("missing columns: " + ", ".join(missing))


def parse_claim_date(text: str, precision: str | None = None) -> pd.Timestamp:
    """The plotting date of an ISO claim date at its precision (mid-period, see module doc).

    >>> parse_claim_date("2025-04-30")
    Timestamp('2025-04-30 00:00:00')
    >>> parse_claim_date("2025-01", "month")
    Timestamp('2025-01-15 00:00:00')
    >>> parse_claim_date("2025")
    Timestamp('2025-07-01 00:00:00')
    >>> parse_claim_date("")
    NaT
    """
    text = (text or "").strip() if isinstance(text, str) else ""
    parts = text.split("-")
    try:
        if len(parts) == 3:
            return pd.Timestamp(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2:
            return pd.Timestamp(int(parts[0]), int(parts[1]), 15)
        if len(parts) == 1 and parts[0]:
            return pd.Timestamp(int(parts[0]), 7, 1)
    except ValueError:
        pass
    return pd.NaT


def prepare(frame: pd.DataFrame) -> pd.DataFrame:
    """A new frame with the derived columns every figure uses.

    Adds `date` (plotting date), `value_plot`, `value_lo`, `value_hi` (floats, see module
    doc), `claimant_label` (the claimant, or the outlet in brackets when the article states the
    figure itself) and `has_range` (a bar is drawn). Idempotent.

    >>> row = dict(claim_id="a:0", article_id="a", outlet="Le Monde", url="", language="fr",
    ...     metric="killed", value_best=None, value_low=200, value_high=999, qualifier="vague",
    ...     increment=False, hedged=False, claimant="", claim_date="2025-01",
    ...     claim_date_precision="month", subject="KP", quote="des centaines")
    >>> p = prepare(pd.DataFrame([row]))
    >>> p.loc[0, "claimant_label"], float(p.loc[0, "value_lo"]), float(p.loc[0, "value_hi"])
    ('(Le Monde)', 200.0, 999.0)
    >>> round(p.loc[0, "value_plot"])
    447
    """
    require_columns(frame)
    if "value_plot" in frame.columns:
        return frame.copy()
    out = typed(frame)
    best = out["value_best"].astype("float64").to_numpy(na_value=np.nan)
    low = out["value_low"].astype("float64").to_numpy(na_value=np.nan)
    high = out["value_high"].astype("float64").to_numpy(na_value=np.nan)
    both = ~np.isnan(low) & ~np.isnan(high)
    with np.errstate(invalid="ignore"):
        middle = np.where((low > 0) & (high > 0), np.sqrt(low * high), (low + high) / 2)
    plot = np.where(
        ~np.isnan(best), best, np.where(both, middle, np.where(np.isnan(low), high, low))
    )
    out["value_plot"] = plot.astype("float64")
    out["value_lo"] = np.where(np.isnan(low), plot, low).astype("float64")
    out["value_hi"] = np.where(np.isnan(high), plot, high).astype("float64")
    out["has_range"] = (out["value_lo"] < out["value_hi"]).astype(bool)
    # Few distinct claim dates: parse each once.
    codes, pairs = pd.MultiIndex.from_arrays(
        [out["claim_date"], out["claim_date_precision"]]
    ).factorize()
    days = pd.DatetimeIndex([parse_claim_date(day, precision) for day, precision in pairs])
    out["date"] = days.take(codes) if len(codes) else pd.DatetimeIndex([])
    out["claimant_label"] = np.where(
        out["claimant"] != "", out["claimant"], "(" + out["outlet"].replace("", "?") + ")"
    )
    return out


def typed(frame: pd.DataFrame) -> pd.DataFrame:
    """A new frame with clean types: figures as `Int64`, flags as bools, texts as strings
    ("" when missing). `prepare` starts with it; tidy columns only, no derived ones.

    >>> t = typed(pd.DataFrame({"value_best": ["12", None], "value_low": [None, 3],
    ...     "value_high": [None, 9], "increment": ["true", None], "hedged": [0, 1],
    ...     "claimant": ["NIS", None], "outlet": "X", "quote": "q", "url": "", "subject": "",
    ...     "language": "en", "qualifier": "exact", "claim_date": None,
    ...     "claim_date_precision": None}))
    >>> t["value_best"].tolist(), t["increment"].tolist(), t["claimant"].tolist()
    ([12, <NA>], [True, False], ['NIS', ''])
    """
    out = frame.copy()
    for column in ("value_best", "value_low", "value_high"):
        out[column] = pd.to_numeric(out[column], errors="coerce").astype("Int64")
    for column in ("increment", "hedged"):
        if out[column].dtype != bool:
            out[column] = out[column].map(_as_bool).astype(bool)
    for column in ("claimant", "outlet", "quote", "url", "subject", "language", "qualifier"):
        out[column] = out[column].fillna("").astype(str)
    for column in ("claim_date", "claim_date_precision"):
        out[column] = out[column].fillna("").astype(str)
    return out


def _as_bool(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return False
    return bool(value)


def _prepared(frame: pd.DataFrame) -> pd.DataFrame:
    return frame if "value_plot" in frame.columns else prepare(frame)


def _as_timestamp(value: date | datetime | str | pd.Timestamp | None) -> pd.Timestamp | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        parsed = parse_claim_date(value)
        return None if pd.isna(parsed) else parsed
    return pd.Timestamp(value)


def filter_claims(
    frame: pd.DataFrame,
    metric: str | Sequence[str] | None = None,
    claimants: Sequence[str] | None = None,
    subjects: Sequence[str] | None = None,
    languages: Sequence[str] | None = None,
    outlets: Sequence[str] | None = None,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    include_hedged: bool = True,
    include_vague: bool = True,
) -> pd.DataFrame:
    """The claims matching every filter given (None or empty means "any"), as a new frame.

    Claimants are matched on `claimant_label` (so an unattributed claim is matched by its
    bracketed outlet). Dates compare the plotting date (mid-period for month precision).
    `include_vague=False` drops vague amounts ("des centaines") but keeps ranges.

    >>> f = _fill(pd.DataFrame({"metric": ["killed", "killed"], "qualifier": ["exact", "vague"],
    ...     "value_best": [300, None], "value_low": [None, 200], "value_high": [None, 999]}))
    >>> len(filter_claims(f, metric="killed")), len(filter_claims(f, include_vague=False))
    (2, 1)
    """
    out = _prepared(frame)
    return out[
        filter_mask(
            out,
            metric,
            claimants,
            subjects,
            languages,
            outlets,
            date_from,
            date_to,
            include_hedged,
            include_vague,
        )
    ]


def filter_mask(
    frame: pd.DataFrame,
    metric: str | Sequence[str] | None = None,
    claimants: Sequence[str] | None = None,
    subjects: Sequence[str] | None = None,
    languages: Sequence[str] | None = None,
    outlets: Sequence[str] | None = None,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    include_hedged: bool = True,
    include_vague: bool = True,
) -> pd.Series:
    """`filter_claims` as a boolean Series on `frame`'s index, to combine with other
    conditions before taking the rows once (a table of long quotes is costly to copy).

    >>> f = _fill(pd.DataFrame({"metric": ["killed", "wounded"], "value_best": [3, 4]}))
    >>> filter_mask(f, metric="killed").tolist()
    [True, False]
    """
    out = _prepared(frame)
    mask = pd.Series(True, index=out.index)
    if metric:
        metrics = [metric] if isinstance(metric, str) else list(metric)
        mask &= out["metric"].isin(metrics)
    for column, wanted in (
        ("claimant_label", claimants),
        ("subject", subjects),
        ("language", languages),
        ("outlet", outlets),
    ):
        if wanted:
            mask &= out[column].isin(list(wanted))
    start, end = _as_timestamp(date_from), _as_timestamp(date_to)
    if start is not None:
        mask &= out["date"] >= start
    if end is not None:
        mask &= out["date"] <= end
    if not include_hedged:
        mask &= ~out["hedged"]
    if not include_vague:
        mask &= out["qualifier"] != "vague"
    return mask


def _order(frame: pd.DataFrame) -> pd.DataFrame:
    # Latest = latest plotting date; same day: the later publication, then the later span.
    keys = [c for c in ("date", "published", "article_id", "span_start") if c in frame.columns]
    return frame.sort_values(keys, kind="stable")


def latest_estimates(
    frame: pd.DataFrame, as_of: date | str | None = None, metric: str | None = None
) -> pd.DataFrame:
    """Each claimant's latest total estimate per metric stated on or before `as_of`.

    Increments ("3 000 more") are not totals and are left out. One row per (metric,
    claimant_label), sorted by metric then point figure.

    >>> f = pd.DataFrame({"metric": ["killed"] * 3, "claimant": ["A", "A", "B"],
    ...     "value_best": [100, 300, 600], "claim_date": ["2025-01-01", "2025-02-01", "2025-03"],
    ...     "claim_date_precision": ["day", "day", "month"]})
    >>> latest_estimates(_fill(f), "2025-02-20")[["claimant_label", "value_plot"]].values.tolist()
    [['A', 300.0]]
    """
    out = _prepared(frame)
    if metric:
        out = out[out["metric"] == metric]
    out = out[~out["increment"] & out["date"].notna() & out["value_plot"].notna()]
    cutoff = _as_timestamp(as_of)
    if cutoff is not None:
        out = out[out["date"] <= cutoff]
    latest = _order(out).groupby(["metric", "claimant_label"], sort=False).tail(1)
    return latest.sort_values(["metric", "value_plot", "claimant_label"]).reset_index(drop=True)


def spread_by_period(frame: pd.DataFrame, freq: str = "M") -> pd.DataFrame:
    """Per metric and period, how far the claims stated in that period diverge.

    Columns: metric, period (start of period, Timestamp), n_claims, n_claimants, low (lowest
    low end), median (of point figures), high (highest high end), ratio (high / low). Increments
    are left out (they are not totals). `freq` is a pandas period alias ("M", "Q", "Y").

    >>> f = pd.DataFrame({"metric": ["killed"] * 3, "claimant": ["A", "B", "C"],
    ...     "value_best": [600, 2000, 1000], "claim_date": ["2025-04-30", "2025-04-02", "2025-05"],
    ...     "claim_date_precision": ["day", "day", "month"]})
    >>> spread_by_period(_fill(f))[["low", "median", "high", "ratio"]].values.tolist()
    [[600.0, 1300.0, 2000.0, 3.3333333333333335], [1000.0, 1000.0, 1000.0, 1.0]]
    """
    out = _prepared(frame)
    out = out[~out["increment"] & out["date"].notna() & out["value_plot"].notna()]
    columns = ["metric", "period", "n_claims", "n_claimants", "low", "median", "high", "ratio"]
    if out.empty:
        return pd.DataFrame(columns=columns)
    out = out.assign(period=out["date"].dt.to_period(freq).dt.start_time)
    grouped = out.groupby(["metric", "period"], sort=True)
    spread = grouped.agg(
        n_claims=("claim_id", "size"),
        n_claimants=("claimant_label", "nunique"),
        low=("value_lo", "min"),
        median=("value_plot", "median"),
        high=("value_hi", "max"),
    ).reset_index()
    spread["ratio"] = np.where(spread["low"] > 0, spread["high"] / spread["low"], np.nan)
    return spread[columns]


def figure_range(latest: pd.DataFrame) -> tuple[float, float] | None:
    """(lowest low end, highest high end) over a frame of estimates, or None when empty."""
    if latest.empty:
        return None
    return float(latest["value_lo"].min()), float(latest["value_hi"].max())


def cumulative_by_claimant(frame: pd.DataFrame) -> pd.DataFrame:
    """Adds `value_cumulative`: each claimant's running total per metric.

    Rows are taken in date order per (metric, claimant_label): a total resets the running
    figure, an increment adds its point figure to it (an increment with no earlier total starts
    from zero).

    >>> f = pd.DataFrame({"metric": ["deployed"] * 3, "claimant": ["A"] * 3,
    ...     "value_best": [11000, 3000, 1000], "increment": [False, True, True],
    ...     "claim_date": ["2025-01-01", "2025-03-27", "2025-05-01"],
    ...     "claim_date_precision": ["day"] * 3})
    >>> cumulative_by_claimant(_fill(f))["value_cumulative"].tolist()
    [11000.0, 14000.0, 15000.0]
    """
    out = _order(_prepared(frame))
    totals: list[float] = []
    running: dict[tuple[str, str], float] = {}
    for metric, claimant, value, inc in zip(
        out["metric"], out["claimant_label"], out["value_plot"], out["increment"], strict=True
    ):
        key = (metric, claimant)
        if pd.isna(value):
            totals.append(running.get(key, np.nan))
            continue
        running[key] = running.get(key, 0.0) + value if inc else value
        totals.append(running[key])
    out = out.assign(value_cumulative=np.array(totals, dtype="float64"))
    return out.sort_index()


def latest_steps(frame: pd.DataFrame, until: date | str | None = None) -> pd.DataFrame:
    """The points of each claimant's "latest estimate" step line, per metric.

    Totals only (increments are left out), in date order, plus a closing point at `until`
    (default: the last date in the frame) so the line runs to the right edge. Columns:
    metric, claimant_label, date, value_plot.
    """
    out = _prepared(frame)
    cols = ["metric", "claimant_label", "date", "value_plot"]
    totals = ~out["increment"] & out["date"].notna() & out["value_plot"].notna()
    # Only the columns the steps and their order need: sorting copies every column taken.
    order = [c for c in ("published", "article_id", "span_start") if c in out.columns]
    out = out.loc[totals, cols + order]
    if out.empty:
        return pd.DataFrame(columns=cols)
    end = _as_timestamp(until) or out["date"].max()
    # Same claimant, same day, several figures: the last stated is the estimate that day.
    out = _order(out).groupby(["metric", "claimant_label", "date"], sort=False).tail(1)
    last = out.groupby(["metric", "claimant_label"], sort=False).tail(1).copy()
    last = last[last["date"] < end]
    last["date"] = end
    steps = pd.concat([out[cols], last[cols]], ignore_index=True)
    return steps.sort_values(["metric", "claimant_label", "date"]).reset_index(drop=True)


def overview(frame: pd.DataFrame) -> dict[str, object]:
    """Headline counts of a claims table.

    >>> f = pd.DataFrame({"article_id": ["a", "a", "b"], "outlet": ["X", "X", "Y"],
    ...     "language": ["fr", "fr", "en"], "metric": ["killed"] * 3, "claimant": ["A"] * 3,
    ...     "value_best": [1, 2, 3], "claim_date": ["2025-01", "2025-02-01", "2024"],
    ...     "claim_date_precision": ["month", "day", "year"]})
    >>> o = overview(_fill(f))
    >>> o["articles"], o["claims"], o["outlets"], o["languages"], o["first"], o["last"]
    (2, 3, 2, ['en', 'fr'], '2024', '2025-02-01')
    """
    out = _prepared(frame)
    dated = out[out["date"].notna()].sort_values("date")
    return {
        "articles": int(out["article_id"].nunique()),
        "claims": len(out),
        "outlets": int(out.loc[out["outlet"] != "", "outlet"].nunique()),
        "claimants": int(out.loc[out["claimant"] != "", "claimant"].nunique()),
        "languages": sorted(x for x in out["language"].unique() if x),
        "first": dated["claim_date"].iloc[0] if len(dated) else None,
        "last": dated["claim_date"].iloc[-1] if len(dated) else None,
    }


def metric_headlines(frame: pd.DataFrame, as_of: date | str | None = None) -> pd.DataFrame:
    """Per metric: the latest estimates' range across claimants and the most recent one.

    Columns: metric, n_claimants, low, high, latest_value, latest_claimant, latest_date.
    """
    latest = latest_estimates(frame, as_of)
    rows = []
    for metric, group in latest.groupby("metric", sort=False):
        newest = _order(group).iloc[-1]
        rows.append(
            {
                "metric": metric,
                "n_claimants": len(group),
                "low": float(group["value_lo"].min()),
                "high": float(group["value_hi"].max()),
                "latest_value": float(newest["value_plot"]),
                "latest_claimant": newest["claimant_label"],
                "latest_date": newest["claim_date"],
            }
        )
    columns = ["metric", "n_claimants", "low", "high", "latest_value", "latest_claimant"]
    return pd.DataFrame(rows, columns=[*columns, "latest_date"])


def counts_by(frame: pd.DataFrame, column: str, sep: str | None = None) -> pd.DataFrame:
    """Number of claims per value of `column`, most frequent first (columns: column, claims).

    With `sep`, a value is split into parts counted each ("a|b" counts for a and for b).

    >>> counts_by(pd.DataFrame({"rule": ["a|b", "a"]}), "rule", sep="|").values.tolist()
    [['a', 2], ['b', 1]]
    """
    require_columns(frame, [column])
    values = frame[column].fillna("").astype(str)
    if sep:
        values = values.str.split(sep).explode()
    counts = values.value_counts()
    return pd.DataFrame({column: counts.index, "claims": counts.to_numpy()})


def _fill(frame: pd.DataFrame) -> pd.DataFrame:
    """Fill the tidy-table columns a hand-made example frame leaves out (for examples, tests)."""
    out = frame.copy()
    n = len(out)
    defaults: dict[str, object] = {
        "article_id": [f"a{i}" for i in range(n)],
        "outlet": "",
        "url": "",
        "published": "",
        "language": "en",
        "metric": "killed",
        "value_best": None,
        "value_low": None,
        "value_high": None,
        "qualifier": "exact",
        "increment": False,
        "hedged": False,
        "claimant": "",
        "claim_date": "",
        "claim_date_precision": "day",
        "subject": "KP",
        "quote": "",
        "sentence": "",
        "span_start": 0,
        "span_end": 0,
        "rule": "",
    }
    for column, value in defaults.items():
        if column not in out.columns:
            out[column] = value
    if "claim_id" not in out.columns:
        out["claim_id"] = [f"{a}:{i}" for i, a in enumerate(out["article_id"])]
    return out
