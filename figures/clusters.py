"""One claim, many reports: group the rows of the claims table into claims, and their figures.

The same figure travels: a claimant states it once, then outlets repeat it for months. Each
row of the tidy table is a *report*; `cluster_claims` groups reports into *claims* (clusters)
so charts and statistics can count claims, not reports.

The rule
--------
Rows are taken per (metric, subject), in claim-date order (a row whose claim date fell back to
the published date is placed at its publication, the latest it can have been stated). A row
joins an earlier cluster when all of these hold:

1. **Same figures within rounding** (`same_figure`): a figure is read to at most two
   significant digits of its round part ("2 000" stands for 1 950..2 049, "10 000" for
   9 500..10 499, "4 700" for 4 650..4 749), and two figures agree when they are equal once
   rounded to the coarser of their two precisions. So 1 980 and "about 2 000" agree; 10 000 and
   11 000, 4 700 and 5 000 do not.
2. **Compatible qualifiers** (`same_figures`): "about" is not a different figure, so exact and
   approx agree; a one-sided bound agrees with a point figure of the same value ("at least
   300" and "300": outlets drop and add the bound) but "at least N" never agrees with "at most
   N"; ranges and vague amounts agree with ranges and vague amounts whose two bounds agree.
   An increment ("3 000 more") only agrees with an increment.
3. **Compatible claimants** (`claimants_compatible`): the same country set (`claimant_country`,
   "UA;KR" = {UA, KR}) and one claimant's name words contained in the other's ("South Korean
   intelligence" and "South Korean intelligence (NIS)"; not "South Korean government"). An
   *unnamed* side (empty claimant, or a claimant without a country: the gazetteer's "Western
   officials", "intelligence services (unspecified)") is compatible with anyone; but an
   unnamed row joins a named claim only when a single claimant (or compatible claimants) gave
   that figure at a compatible date; when several did, the rule cannot tell whose figure it
   repeats, and the row only joins other unnamed reports of the figure.
4. **Compatible claim dates** (`date_span`): the dates overlap at their precisions ("2025-09"
   contains 2025-09-02, "2025" any day of 2025), with a `day_tolerance` (1 day: a Seoul
   briefing is the previous day in Washington). A date that fell back to the published date
   (`rule` contains `date.published`) only says "stated on or before publication".
5. **Different articles**: the extractor keeps one row per claim per article, so two rows of
   one article are two claims.
6. **No change in between** (the sequence rule): a row does not join a claim if a claimant
   compatible with both gave a *different* figure (same metric, subject and increment flag)
   after that claim and before the row. The same claimant giving the same figure months apart
   after a different figure in between is two estimates.
7. **"Now" is new**: a row whose sentence carries the language's `now` cue (lexicon key `now`:
   "now", "désormais", ...) states the figure as of its own date: a fallback date is then taken
   as the statement date, not as an upper bound, so a figure restated later "now" is a new
   estimate.

Among several candidate claims, the row joins the latest one. A row that joins no claim starts
a new one.

Reports are ordered by publication (`published`, then claim date, article id, offset); the
*first report* is the earliest published. A report whose claim date fell back to its published
date takes the claim date of its cluster's first report that has a date of its own, and says so
in `date_from_cluster` (its original date stays in `claim_date_original`).

Ranges and vague amounts in the statistics follow `figures.table`: the point figure is
`value_best`, else the geometric middle of `value_low`..`value_high`; the lowest figure of a
period is the lowest *low end*, the highest the highest *high end*; increments are not totals
and are left out of the statistics.
"""

from __future__ import annotations

import calendar
from bisect import bisect_right, insort
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache

import altair as alt
import numpy as np
import pandas as pd
import regex

from extract.lexicon import LexiconError, load_lexicon
from extract.text import phrase_pattern
from figures.charts import (
    MEDIAN,
    _configure,
    _date_axis,
    _number_axis,
    _strings,
    spread_texts,
    spread_tooltips,
)
from figures.strings import Strings
from figures.table import (
    ColumnsError,
    latest_estimates,
    parse_claim_date,
    prepare,
    require_columns,
)

# Columns `cluster_claims` needs; the others of the tidy table are optional (see OPTIONAL).
CLUSTER_NEEDED = (
    "claim_id",
    "article_id",
    "metric",
    "value_best",
    "value_low",
    "value_high",
    "qualifier",
    "claimant",
    "claim_date",
    "subject",
)
# Optional columns and the value a missing one takes.
OPTIONAL: dict[str, object] = {
    "outlet": "",
    "published": "",
    "language": "",
    "increment": False,
    "claimant_country": "",
    "claim_date_precision": "",
    "sentence": "",
    "quote": "",
    "rule": "",
    "span_start": 0,
}
# The columns `cluster_claims` adds (stable names for the dashboard).
CLUSTER_COLUMNS = (
    "cluster_id",  # claim_id of the cluster's first report
    "cluster_size",  # number of reports (rows) of the claim
    "cluster_outlets",  # distinct outlets (an empty outlet counts as its article)
    "first_report",  # claim_id of the first report (earliest published)
    "last_report",  # claim_id of the last report (latest published)
    "first_published",  # published date of the first report (ISO at its precision)
    "last_published",  # published date of the last report
    "report_rank",  # 1 for the first report of its claim, 2 for the next ...
    "now_cue",  # the row's sentence carries the language's "now" cue
    "date_from_cluster",  # the claim date was taken from the cluster's first dated report
    "claim_date_original",  # the row's claim date as extracted
    "claim_date_precision_original",  # its precision as extracted
)
# Marks a claim date that fell back to the article's published date (see extract/dates.py).
FALLBACK_RULE = "date.published"
DAY_TOLERANCE = 1


# --- figures ----------------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def figure_precision(value: int) -> int:
    """The rounding unit of a stated figure: its round part, at most two significant digits.

    >>> [figure_precision(v) for v in (2000, 10000, 11000, 4700, 300, 47, 0)]
    [100, 1000, 1000, 100, 10, 1, 1]
    """
    value = abs(int(value))
    if value < 10:
        return 1
    zeros = len(str(value)) - len(str(value).rstrip("0"))
    return 10 ** min(zeros, len(str(value)) - 2)


def _round_to(value: int, unit: int) -> int:
    return ((int(value) + unit // 2) // unit) * unit


@lru_cache(maxsize=1 << 16)
def same_figure(a: int, b: int) -> bool:
    """Two stated figures agree once rounded to the coarser of their precisions.

    >>> same_figure(2000, 2000), same_figure(1980, 2000), same_figure(10400, 10000)
    (True, True, True)
    >>> same_figure(11000, 10000), same_figure(4700, 5000), same_figure(1100, 1000)
    (False, False, False)
    """
    unit = max(figure_precision(a), figure_precision(b))
    return _round_to(a, unit) == _round_to(b, unit)


# Which figure shapes can be one claim: "about" and "exactly" are one figure; a one-sided bound
# agrees with a point of the same value, not with the opposite bound.
_SHAPES_AGREE = {
    ("point", "point"),
    ("point", "at_least"),
    ("point", "at_most"),
    ("at_least", "at_least"),
    ("at_most", "at_most"),
    ("interval", "interval"),
}


def _int_or_none(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def figure_shape(
    qualifier: str, best: int | None, low: int | None, high: int | None
) -> tuple[str, tuple[int, ...]] | None:
    """(shape, figures) of a row: point, at_least, at_most (one figure) or interval (two).

    >>> figure_shape("approx", 2000, None, None), figure_shape("at_least", 3000, 3000, None)
    (('point', (2000,)), ('at_least', (3000,)))
    >>> figure_shape("vague", None, 200, 999)
    ('interval', (200, 999))
    """
    if qualifier in ("range", "vague") or (best is None and low is not None and high is not None):
        return ("interval", (low, high)) if low is not None and high is not None else None
    if qualifier == "at_least":
        figure = best if best is not None else low
        return ("at_least", (figure,)) if figure is not None else None
    if qualifier == "at_most":
        figure = best if best is not None else high
        return ("at_most", (figure,)) if figure is not None else None
    figure = best if best is not None else (low if low is not None else high)
    return ("point", (figure,)) if figure is not None else None


@lru_cache(maxsize=1 << 16)
def same_figures(
    a: tuple[str, tuple[int, ...]] | None, b: tuple[str, tuple[int, ...]] | None
) -> bool:
    """Two `figure_shape`s are one claim's figure (rule points 1 and 2 of the module doc).

    >>> same_figures(("point", (2000,)), ("at_least", (2000,)))
    True
    >>> same_figures(("at_least", (3000,)), ("at_most", (3000,)))
    False
    >>> same_figures(("interval", (200, 999)), ("interval", (200, 999)))
    True
    """
    if a is None or b is None:
        return False
    if (a[0], b[0]) not in _SHAPES_AGREE and (b[0], a[0]) not in _SHAPES_AGREE:
        return False
    return len(a[1]) == len(b[1]) and all(
        same_figure(x, y) for x, y in zip(a[1], b[1], strict=True)
    )


# --- claimants ----------------------------------------------------------------------------------

_WORD = regex.compile(r"\w+")


def _countries(text: str) -> frozenset[str]:
    return frozenset(c.strip() for c in (text or "").split(";") if c.strip())


def is_unnamed(claimant: str, country: str) -> bool:
    """An unnamed claimant: the article's own voice ("") or a source without a country.

    >>> is_unnamed("", ""), is_unnamed("Western officials", ""), is_unnamed("NATO", "NATO")
    (True, True, False)
    """
    return not (claimant or "").strip() or not _countries(country)


@cache
def claimants_compatible(a: str, a_country: str, b: str, b_country: str) -> bool:
    """Rule point 3: same country set and nested names, or one side unnamed.

    >>> claimants_compatible("South Korean intelligence", "KR",
    ...     "South Korean intelligence (NIS)", "KR")
    True
    >>> claimants_compatible("South Korean government", "KR",
    ...     "South Korean intelligence (NIS)", "KR")
    False
    >>> claimants_compatible("US military", "US", "South Korean intelligence (NIS)", "KR")
    False
    >>> claimants_compatible("", "", "US military", "US")
    True
    """
    if is_unnamed(a, a_country) or is_unnamed(b, b_country):
        return True
    if _countries(a_country) != _countries(b_country):
        return False
    words_a = set(_WORD.findall(a.casefold()))
    words_b = set(_WORD.findall(b.casefold()))
    return words_a <= words_b or words_b <= words_a


# --- dates ----------------------------------------------------------------------------------


def date_span(text: str) -> tuple[date, date] | None:
    """First and last day of an ISO date at its precision (None when empty or invalid).

    >>> date_span("2025-09")
    (datetime.date(2025, 9, 1), datetime.date(2025, 9, 30))
    >>> date_span("2025-09-02"), date_span("")
    ((datetime.date(2025, 9, 2), datetime.date(2025, 9, 2)), None)
    >>> date_span("2024")[1]
    datetime.date(2024, 12, 31)
    """
    parts = (text or "").strip().split("-") if isinstance(text, str) else []
    try:
        if len(parts) == 3:
            day = date(int(parts[0]), int(parts[1]), int(parts[2]))
            return day, day
        if len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if len(parts) == 1 and parts[0]:
            year = int(parts[0])
            return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None
    return None


@cache
def _now_pattern(language: str) -> regex.Pattern | None:
    try:
        phrases = load_lexicon(language).get("now", [])
    except LexiconError:
        return None
    return phrase_pattern(phrases)


def has_now_cue(text: str, language: str) -> bool:
    """The text carries the language's `now` cue (lexicon key `now`).

    >>> has_now_cue("Seoul now puts the toll at 2,000", "en")
    True
    >>> has_now_cue("Seoul put the toll at 2,000", "en"), has_now_cue("anything", "xx")
    (False, False)
    """
    pattern = _now_pattern(language or "")
    return bool(pattern is not None and text and pattern.search(text))


# --- clustering ---------------------------------------------------------------------------------


@dataclass
class _Report:
    position: int  # row position in the frame
    article: str
    figure: tuple[str, tuple[int, ...]] | None
    increment: bool
    claimant: tuple[str, str]  # (name, country)
    named: bool
    start: date | None  # None: open (a fallback date only bounds the claim date above)
    end: date | None  # None: unknown
    undated: bool  # the claim date is the published date, an upper bound


@dataclass(eq=False)
class _Cluster:
    index: int
    members: list[_Report]
    figure: tuple[str, tuple[int, ...]] | None
    increment: bool
    start: date | None
    end: date | None
    dated: bool  # a member has a date of its own
    claimants: list[tuple[str, str]] = field(default_factory=list)  # distinct named claimants
    articles: set[str] = field(default_factory=set)
    # (country set, start) under which the cluster sits in `_Claims.by_country`, if it does.
    indexed: tuple[frozenset[str], date] | None = None


def _overlap(a_start, a_end, b_start, b_end, tolerance: timedelta) -> bool:
    """Whether two date spans overlap within `tolerance`; None is an open end (an article
    without any date), which overlaps everything on that side."""
    if a_start is not None and b_end is not None and a_start > b_end + tolerance:
        return False
    return not (b_start is not None and a_end is not None and b_start > a_end + tolerance)


def _compatible_with_all(claimant: tuple[str, str], others: Sequence[tuple[str, str]]) -> bool:
    return all(claimants_compatible(*claimant, *other) for other in others)


def _figure_bin(figure: tuple[str, tuple[int, ...]] | None) -> int:
    """A log-scale bin of a figure's first value; agreeing figures fall in adjacent bins.

    Agreeing figures differ by at most a tenth of the larger one (two significant digits at
    least), a ratio below 10 ** 0.05, so bins 0.05 wide in log10 put them one bin apart at most.
    """
    if figure is None:
        return -(10**6)
    value = figure[1][0]
    return int(np.floor(np.log10(value) / 0.05)) if value > 0 else -(10**6) + 1


class _Claims:
    """The claims formed so far in one (metric, subject) group, indexed for the rule."""

    def __init__(self, tolerance: timedelta) -> None:
        self.tolerance = tolerance
        self.by_bin: dict[tuple[bool, int], list[_Cluster]] = {}
        # Clusters with a date of their own, by start: the evidence of rule point 6.
        self.timeline: list[tuple[date, int, _Cluster]] = []
        # The same for named clusters, per country set: named claimants are compatible only
        # within one country set, so a named report need not scan the other countries' claims.
        self.by_country: dict[frozenset[str], list[tuple[date, int, _Cluster]]] = {}

    def add(self, cluster: _Cluster) -> None:
        key = (cluster.increment, _figure_bin(cluster.figure))
        self.by_bin.setdefault(key, []).append(cluster)

    def moved(self, cluster: _Cluster, before: date | None, dated_before: bool) -> None:
        """Keep the timeline in start order after `cluster` changed."""
        if dated_before and before is not None:
            self.timeline.remove((before, cluster.index, cluster))
        if cluster.dated and cluster.start is not None:
            insort(self.timeline, (cluster.start, cluster.index, cluster), key=lambda t: t[:2])
        self.reindex(cluster)

    def reindex(self, cluster: _Cluster) -> None:
        """Keep `by_country` in step with the cluster's start and first named claimant."""
        new = None
        if cluster.dated and cluster.start is not None and cluster.claimants:
            new = (_countries(cluster.claimants[0][1]), cluster.start)
        if new == cluster.indexed:
            return
        if cluster.indexed is not None:
            countries, start = cluster.indexed
            self.by_country[countries].remove((start, cluster.index, cluster))
        if new is not None:
            timeline = self.by_country.setdefault(new[0], [])
            insort(timeline, (new[1], cluster.index, cluster), key=lambda t: t[:2])
        cluster.indexed = new

    def candidates(self, report: _Report) -> list[_Cluster]:
        found = _figure_bin(report.figure)
        pool = [
            c
            for b in (found - 1, found, found + 1)
            for c in self.by_bin.get((report.increment, b), ())
        ]
        return [
            c
            for c in pool
            if _overlap(c.start, c.end, report.start, report.end, self.tolerance)
            and report.article not in c.articles
            and same_figures(c.figure, report.figure)
            and _compatible_with_all(report.claimant, c.claimants)
        ]

    def changed_in_between(self, report: _Report, cluster: _Cluster) -> bool:
        """Rule point 6: a compatible claimant gave a different figure after `cluster`, before
        `report` (only clusters with a date of their own are evidence)."""
        if cluster.end is None:
            return False
        tolerance = self.tolerance
        after = cluster.end + tolerance
        if report.undated:
            if report.end is None:
                return False
            bound = report.end
        elif report.start is None:
            return False
        else:
            bound = report.start - tolerance
        # Evidence must be compatible with the report and the cluster's claimants: a named
        # side restricts it to that side's country set (see `by_country`).
        if report.named:
            timeline = self.by_country.get(_countries(report.claimant[1]), [])
        elif cluster.claimants:
            timeline = self.by_country.get(_countries(cluster.claimants[0][1]), [])
        else:
            timeline = self.timeline
        first = bisect_right(timeline, after, key=lambda t: t[0])
        for other_start, _, other in timeline[first:]:
            if other_start > bound:
                break
            if other is cluster or other.increment != report.increment or other.end is None:
                continue
            if report.undated and other.end > report.end:
                continue
            if not report.undated and other.end >= bound:
                continue
            if not other.claimants or same_figures(other.figure, report.figure):
                continue
            if _compatible_with_all(report.claimant, other.claimants) and all(
                _compatible_with_all(c, other.claimants) for c in cluster.claimants
            ):
                return True
        return False

    def choose(self, report: _Report) -> _Cluster | None:
        candidates = self.candidates(report)
        if not report.named:
            # An unnamed report goes to a named claim only when one claimant gave the figure.
            owners = [c.claimants[0] for c in candidates if c.claimants]
            if not all(_compatible_with_all(owner, owners) for owner in owners):
                candidates = [c for c in candidates if not c.claimants]
        candidates = [c for c in candidates if not self.changed_in_between(report, c)]
        if not candidates:
            return None
        return max(candidates, key=lambda c: (c.start or date.min, c.index))

    def join(self, cluster: _Cluster, report: _Report) -> None:
        before, dated_before = cluster.start, cluster.dated
        cluster.members.append(report)
        cluster.articles.add(report.article)
        if report.named and report.claimant not in cluster.claimants:
            cluster.claimants.append(report.claimant)
        start = max(cluster.start or date.min, report.start or date.min)
        end = min(cluster.end or date.max, report.end or date.max)
        if start <= end:  # dates only overlapping within the tolerance keep the cluster's span
            cluster.start = None if start == date.min else start
            cluster.end = None if end == date.max else end
        cluster.dated = cluster.dated or not report.undated
        if (cluster.start, cluster.dated) != (before, dated_before):
            self.moved(cluster, before, dated_before)
        else:
            self.reindex(cluster)  # it may have got its first named claimant


def _with_defaults(frame: pd.DataFrame) -> pd.DataFrame:
    require_columns(frame, CLUSTER_NEEDED)
    out = frame.copy()
    for column, default in OPTIONAL.items():
        if column not in out.columns:
            out[column] = default
    for column in (
        "claim_id",
        "article_id",
        "outlet",
        "published",
        "language",
        "metric",
        "qualifier",
        "claimant",
        "claimant_country",
        "claim_date",
        "claim_date_precision",
        "subject",
        "sentence",
        "quote",
        "rule",
    ):
        out[column] = out[column].fillna("").astype(str)
    for column in ("value_best", "value_low", "value_high"):
        out[column] = pd.to_numeric(out[column], errors="coerce").astype("Int64")
    if out["increment"].dtype != bool:
        out["increment"] = out["increment"].map(
            lambda v: str(v).strip().lower() in ("true", "1", "yes")
        )
    return out


def _reports(frame: pd.DataFrame) -> list[_Report]:
    reports = []
    rows = zip(
        frame["article_id"],
        frame["qualifier"],
        frame["value_best"],
        frame["value_low"],
        frame["value_high"],
        frame["increment"],
        frame["claimant"],
        frame["claimant_country"],
        frame["claim_date"],
        frame["published"],
        frame["rule"],
        frame["now_cue"],
        strict=True,
    )
    for position, row in enumerate(rows):
        article, qualifier, best, low, high, inc, claimant, country = row[:8]
        claim_date, published, rule, now = row[8:]
        span = date_span(claim_date) or date_span(published)
        fallback = FALLBACK_RULE in rule or date_span(claim_date) is None
        undated = fallback and not now
        start, end = span if span else (None, None)
        reports.append(
            _Report(
                position=position,
                article=article,
                figure=figure_shape(
                    qualifier, _int_or_none(best), _int_or_none(low), _int_or_none(high)
                ),
                increment=bool(inc),
                claimant=(claimant, country),
                named=not is_unnamed(claimant, country),
                start=None if undated else start,
                end=end,
                undated=undated,
            )
        )
    return reports


def _report_order(frame: pd.DataFrame) -> np.ndarray:
    """Rank of each row (by position) in publication order, earliest published first."""
    keys = pd.DataFrame(
        {
            "published": pd.to_datetime([parse_claim_date(p) for p in frame["published"]]),
            "claimed": pd.to_datetime([parse_claim_date(c) for c in frame["claim_date"]]),
            "article_id": frame["article_id"].to_numpy(),
            "span_start": pd.to_numeric(frame["span_start"], errors="coerce").fillna(0).to_numpy(),
        }
    )
    ordered = keys.sort_values(
        ["published", "claimed", "article_id", "span_start"], kind="stable", na_position="last"
    )
    rank = np.empty(len(keys), dtype=np.int64)
    rank[ordered.index.to_numpy()] = np.arange(len(keys))
    return rank


def cluster_claims(frame: pd.DataFrame, day_tolerance: int = DAY_TOLERANCE) -> pd.DataFrame:
    """The claims table with each report assigned to its claim (the rule: module doc).

    Returns a new frame, rows in the input order, with the columns of `CLUSTER_COLUMNS` added:
    `cluster_id` (the claim_id of the claim's first report, so stable across runs),
    `cluster_size`, `cluster_outlets`, `first_report`/`last_report` (claim_ids of the earliest
    and latest published reports), `first_published`/`last_published` (their published
    dates), `report_rank`, `now_cue`, `date_from_cluster` and the original claim date. Filled
    dates replace `claim_date`/`claim_date_precision`.

    >>> from figures.table import _fill
    >>> f = _fill(pd.DataFrame({
    ...     "article_id": ["a", "b", "c"], "outlet": ["X", "Y", "Z"],
    ...     "published": ["2025-10-24", "2026-01", "2026-02-10"],
    ...     "claimant": ["NIS"] * 3, "qualifier": ["approx", "approx", "exact"],
    ...     "value_best": [2000, 2000, 2500],
    ...     "claim_date": ["2025-09", "2026-01", "2026-02-10"],
    ...     "claim_date_precision": ["month", "month", "day"],
    ...     "rule": ["date.statement", "date.published", "date.statement"]}))
    >>> f["claimant_country"] = "KR"
    >>> c = cluster_claims(f)
    >>> c[["cluster_id", "cluster_size", "claim_date", "date_from_cluster"]].values.tolist()
    [['a:0', 2, '2025-09', False], ['a:0', 2, '2025-09', True], ['c:2', 1, '2026-02-10', False]]
    """
    out = _with_defaults(frame)
    out["now_cue"] = [
        has_now_cue(f"{quote} {sentence}", language)
        for quote, sentence, language in zip(
            out["quote"], out["sentence"], out["language"], strict=True
        )
    ]
    reports = _reports(out)
    tolerance = timedelta(days=day_tolerance)
    label = np.zeros(len(out), dtype=np.int64)
    next_index = 0
    groups = out.groupby(["metric", "subject"], sort=False).indices
    for positions in groups.values():
        members = [reports[p] for p in positions]
        # Claim-date order; a fallback date is placed at its upper bound, after dated rows.
        members.sort(
            key=lambda r: (r.start or r.end or date.max, r.undated, r.position),
        )
        claims = _Claims(tolerance)
        for report in members:
            chosen = claims.choose(report)
            if chosen is None:
                chosen = _Cluster(
                    index=next_index,
                    members=[],
                    figure=report.figure,
                    increment=report.increment,
                    start=None,
                    end=None,
                    dated=False,
                )
                next_index += 1
                claims.add(chosen)
            claims.join(chosen, report)
            label[report.position] = chosen.index
    return _describe(out, label)


def _describe(out: pd.DataFrame, label: np.ndarray) -> pd.DataFrame:
    """Name each cluster after its first report and add the per-claim columns."""
    rank = _report_order(out)
    outlets = np.where(out["outlet"] != "", out["outlet"], "(" + out["article_id"] + ")")
    fell_back = np.array([FALLBACK_RULE in rule for rule in out["rule"]], dtype=bool)
    no_date = (out["claim_date"] == "").to_numpy(dtype=bool)
    work = pd.DataFrame(
        {
            "label": label,
            "rank": rank,
            "claim_id": out["claim_id"].to_numpy(),
            "published": out["published"].to_numpy(),
            "outlet_key": outlets,
            "own_date": ~fell_back & ~no_date,
            "claim_date": out["claim_date"].to_numpy(),
            "precision": out["claim_date_precision"].to_numpy(),
            "undated": (fell_back | no_date) & ~out["now_cue"].to_numpy(dtype=bool),
        }
    ).sort_values("rank", kind="stable")
    grouped = work.groupby("label", sort=False)
    first = grouped.head(1).set_index("label")
    last = grouped.tail(1).set_index("label")
    donors = work[work["own_date"]].groupby("label", sort=False).head(1).set_index("label")
    per_row = work.sort_index()
    labels = per_row["label"]
    result = out.copy()
    result["cluster_id"] = labels.map(first["claim_id"]).to_numpy()
    result["cluster_size"] = labels.map(grouped.size()).to_numpy().astype("int64")
    result["cluster_outlets"] = labels.map(grouped["outlet_key"].nunique()).to_numpy()
    result["first_report"] = result["cluster_id"]
    result["last_report"] = labels.map(last["claim_id"]).to_numpy()
    result["first_published"] = labels.map(first["published"]).to_numpy()
    result["last_published"] = labels.map(last["published"]).to_numpy()
    result["report_rank"] = (grouped.cumcount() + 1).sort_index().to_numpy()
    result["claim_date_original"] = out["claim_date"]
    result["claim_date_precision_original"] = out["claim_date_precision"]
    fill = per_row["undated"].to_numpy() & labels.isin(donors.index).to_numpy()
    donor_date = labels.map(donors["claim_date"]).to_numpy()
    donor_precision = labels.map(donors["precision"]).to_numpy()
    result["claim_date"] = np.where(fill, donor_date, out["claim_date"]).astype(str)
    result["claim_date_precision"] = np.where(
        fill, donor_precision, out["claim_date_precision"]
    ).astype(str)
    result["date_from_cluster"] = fill.astype(bool)
    result["cluster_outlets"] = result["cluster_outlets"].astype("int64")
    return result


def _clustered(frame: pd.DataFrame) -> pd.DataFrame:
    return frame if "cluster_id" in frame.columns else cluster_claims(frame)


# --- derived tables -----------------------------------------------------------------------------

VIEW_COLUMNS = (
    "cluster_size",
    "cluster_outlets",
    "first_report",
    "last_report",
    "first_published",
    "last_published",
    "report_outlets",
    "n_reports_shown",
)
# Review statuses that mean a person checked the claim against its source (review.STATUSES).
CHECKED_STATUSES = ("confirmed", "corrected", "added")


def claims_view(clustered: pd.DataFrame) -> pd.DataFrame:
    """One row per claim (cluster), for plotting one mark per claim.

    Each row holds the first report's fields (its `claim_id` equals `cluster_id`) with the
    cluster's claim date, plus `cluster_size`, `cluster_outlets`, `first_report`,
    `last_report`, `first_published`, `last_published` and `report_outlets` (the outlets in
    publication order, joined by "; "). The claimant is the most specific one the reports
    name (most words: "South Korean intelligence (NIS)" over "South Korean intelligence"; a
    named one over an unnamed first report), with its country. Rows follow the
    input order of the first reports. A frame without `cluster_id` is clustered first.

    A filtered frame (some reports left out) is represented by its first report *present*,
    and `n_reports_shown` counts the reports present. With the review's `review_status`
    column, `checked` says whether a person checked any report of the claim (confirmed,
    corrected or added it).

    >>> from figures.table import _fill
    >>> f = _fill(pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"],
    ...     "published": ["2025-01-02", "2025-01-03"], "claimant": ["", "NIS"],
    ...     "value_best": [300, 300], "claim_date": ["2025-01-02", "2025-01-02"]}))
    >>> f["claimant_country"] = ["", "KR"]
    >>> v = claims_view(cluster_claims(f))
    >>> v[["claim_id", "claimant", "cluster_size", "report_outlets"]].values.tolist()
    [['a:0', 'NIS', 2, 'X; Y']]
    """
    data = _clustered(frame=clustered)
    require_columns(data, ["cluster_id", "report_rank"])
    # Only the columns the outlets and names need: sorting copies every column it is given.
    needed = ["cluster_id", "report_rank", "outlet", "article_id", "claimant"]
    needed += [c for c in ("claimant_country",) if c in data.columns]
    ordered = data[needed].sort_values(["cluster_id", "report_rank"], kind="stable")
    outlets = np.where(
        ordered["outlet"] != "", ordered["outlet"], "(" + ordered["article_id"] + ")"
    )
    # Each claim's outlets in publication order, once each (a loop: a grouped `agg` with a
    # Python function costs a frame slice per claim, 10x slower on thousands of claims).
    seen: dict[str, dict[str, None]] = {}
    for cluster_id, outlet in zip(ordered["cluster_id"].tolist(), outlets.tolist(), strict=True):
        seen.setdefault(cluster_id, {})[outlet] = None
    report_outlets = pd.Series({k: "; ".join(v) for k, v in seen.items()}, dtype=object)
    named = ordered[ordered["claimant"].fillna("") != ""]
    if "claimant_country" in named.columns:
        named = named[named["claimant_country"].fillna("") != ""]
    # The most specific name a report gives ("South Korean intelligence (NIS)" over "South
    # Korean intelligence"), so one claimant keeps one label across claims.
    named = named.assign(_words=named["claimant"].str.count(r"\w+"))
    named = named.sort_values(
        ["cluster_id", "_words", "report_rank"], ascending=[True, False, True]
    )
    specific = named.groupby("cluster_id", sort=False).head(1).set_index("cluster_id")
    # The first report present stands for the claim (a filtered frame may lack the first).
    first_rank = data.groupby("cluster_id", sort=False)["report_rank"].transform("min")
    view = data[data["report_rank"] == first_rank].drop_duplicates("cluster_id").copy()
    view["report_outlets"] = view["cluster_id"].map(report_outlets)
    view["n_reports_shown"] = view["cluster_id"].map(data.groupby("cluster_id").size())
    if "review_status" in data.columns:
        checked = data["review_status"].isin(CHECKED_STATUSES)
        view["checked"] = view["cluster_id"].map(checked.groupby(data["cluster_id"]).any())
        view["checked"] = view["checked"].fillna(False).astype(bool)
    renamed = view["cluster_id"].isin(specific.index)
    for column in ("claimant", "claimant_country"):
        if column in view.columns:
            view.loc[renamed, column] = view.loc[renamed, "cluster_id"].map(specific[column])
    if "claimant_label" in view.columns:  # a prepared frame: its label follows the name
        view.loc[renamed, "claimant_label"] = view.loc[renamed, "claimant"]
    return view.drop(columns=["report_rank", "date_from_cluster"]).reset_index(drop=True)


def _claims_for_stats(frame: pd.DataFrame) -> pd.DataFrame:
    view = prepare(claims_view(_clustered(frame)))
    return view[~view["increment"] & view["date"].notna() & view["value_plot"].notna()]


STATS_COLUMNS = (
    "metric",
    "period",
    "n_claims",
    "n_reports",
    "n_claimants",
    "low",
    "median",
    "high",
    "ratio",
    "previous_period",
    "median_change",
    "median_change_ratio",
)


def period_stats(frame: pd.DataFrame, freq: str = "M") -> pd.DataFrame:
    """Per metric and period, the claims (clusters, not reports) stated in it.

    Columns (`STATS_COLUMNS`): metric; period (start of the period, Timestamp); n_claims
    (distinct claims); n_reports (their reports); n_claimants (distinct `claimant_label`);
    low (the lowest low end: the minimum), median (of the point figures), high (the highest
    high end: the maximum), ratio (high / low); previous_period (the metric's previous period
    *with claims*, NaT for the first), median_change (this median minus that period's median)
    and median_change_ratio (this median / that median). A claim falls in the period of its
    claim date. Ranges and vague amounts: see the module doc (`value_best`, else the
    geometric middle of the bounds; bounds for low and high). Increments are left out. The
    columns low, median, high, ratio and n_claimants match `figures.table.spread_by_period`,
    so `figures.charts.spread_chart` draws this table as is.

    >>> from figures.table import _fill
    >>> f = _fill(pd.DataFrame({"article_id": ["a", "b", "c", "d"],
    ...     "claimant": ["A", "A", "B", "A"], "value_best": [600, 600, 2000, 1000],
    ...     "claim_date": ["2025-04-02", "2025-04-02", "2025-04-30", "2025-05-03"]}))
    >>> f["claimant_country"] = ["KR", "KR", "UA", "KR"]
    >>> s = period_stats(f)
    >>> s[["n_claims", "n_reports", "low", "median", "high", "median_change"]].to_dict("records")
    ... # doctest: +NORMALIZE_WHITESPACE
    [{'n_claims': 2, 'n_reports': 3, 'low': 600.0, 'median': 1300.0, 'high': 2000.0,
      'median_change': nan},
     {'n_claims': 1, 'n_reports': 1, 'low': 1000.0, 'median': 1000.0, 'high': 1000.0,
      'median_change': -300.0}]
    """
    claims = _claims_for_stats(frame)
    if claims.empty:
        return pd.DataFrame(columns=list(STATS_COLUMNS))
    claims = claims.assign(period=claims["date"].dt.to_period(freq).dt.start_time)
    stats = (
        claims.groupby(["metric", "period"], sort=True)
        .agg(
            n_claims=("cluster_id", "nunique"),
            n_reports=("cluster_size", "sum"),
            n_claimants=("claimant_label", "nunique"),
            low=("value_lo", "min"),
            median=("value_plot", "median"),
            high=("value_hi", "max"),
        )
        .reset_index()
    )
    stats["ratio"] = np.where(stats["low"] > 0, stats["high"] / stats["low"], np.nan)
    by_metric = stats.groupby("metric", sort=False)
    stats["previous_period"] = by_metric["period"].shift(1)
    previous = by_metric["median"].shift(1)
    stats["median_change"] = stats["median"] - previous
    stats["median_change_ratio"] = np.where(previous > 0, stats["median"] / previous, np.nan)
    stats["n_reports"] = stats["n_reports"].astype("int64")
    return stats[list(STATS_COLUMNS)]


BAND_COLUMNS = ("metric", "period", "period_end", "n_claimants", "low", "median", "high", "ratio")


def consensus_band(frame: pd.DataFrame, freq: str = "M") -> pd.DataFrame:
    """Per metric and period, the span of the claimants' latest estimates as of the period end.

    For every period from the metric's first claim to the last claim of the table (empty
    periods included: an estimate holds until its claimant states another), each claimant's
    latest total claim stated on or before `period_end` (`figures.table.latest_estimates` on
    `claims_view`, so a repeated report does not refresh an estimate). Columns
    (`BAND_COLUMNS`): metric, period (start), period_end (last day), n_claimants, low (lowest
    low end), median (of the point figures), high (highest high end), ratio (high / low).

    >>> from figures.table import _fill
    >>> f = _fill(pd.DataFrame({"article_id": ["a", "b", "c"], "claimant": ["A", "B", "A"],
    ...     "value_best": [100, 300, 600],
    ...     "claim_date": ["2025-01-10", "2025-02-10", "2025-04-10"]}))
    >>> f["claimant_country"] = ["KR", "UA", "KR"]
    >>> b = consensus_band(f)
    >>> b[["period_end", "n_claimants", "low", "high"]].astype(str).values.tolist()
    ... # doctest: +NORMALIZE_WHITESPACE
    [['2025-01-31', '1', '100.0', '100.0'], ['2025-02-28', '2', '100.0', '300.0'],
     ['2025-03-31', '2', '100.0', '300.0'], ['2025-04-30', '2', '300.0', '600.0']]
    """
    claims = _claims_for_stats(frame)
    if claims.empty:
        return pd.DataFrame(columns=list(BAND_COLUMNS))
    periods = claims["date"].dt.to_period(freq)
    first_by_metric = periods.groupby(claims["metric"]).min()
    rows = []
    for period in pd.period_range(periods.min(), periods.max(), freq=periods.min().freq):
        end = period.end_time.normalize()
        latest = latest_estimates(claims, end.date())
        for metric, group in latest.groupby("metric", sort=True):
            if period < first_by_metric[metric]:
                continue
            low, high = float(group["value_lo"].min()), float(group["value_hi"].max())
            rows.append(
                {
                    "metric": metric,
                    "period": period.start_time,
                    "period_end": end,
                    "n_claimants": len(group),
                    "low": low,
                    "median": float(group["value_plot"].median()),
                    "high": high,
                    "ratio": high / low if low > 0 else np.nan,
                }
            )
    band = pd.DataFrame(rows, columns=list(BAND_COLUMNS))
    return band.sort_values(["metric", "period"]).reset_index(drop=True)


# --- charts -------------------------------------------------------------------------------------


def _label(s: Strings, key: str, default: str) -> str:
    # Interface words live in figures/i18n; a key not yet there shows its English default.
    text = s.get(key)
    return text if isinstance(text, str) else default


def reports_table(clustered: pd.DataFrame, cluster_id: str) -> pd.DataFrame:
    """The reports of one claim in publication order, with a plotting `report_date`.

    `report_date` is the published date (mid-period when only a month is known), else the
    claim date; `outlet_label` is the outlet, or the article id in brackets.
    """
    require_columns(clustered, ["cluster_id", "report_rank"])
    rows = clustered[clustered["cluster_id"] == cluster_id].sort_values("report_rank")
    if rows.empty:
        raise ColumnsError(f"no claim with cluster_id {cluster_id!r}")
    published = [parse_claim_date(p) for p in rows["published"]]
    claimed = [parse_claim_date(c) for c in rows["claim_date"]]
    return pd.DataFrame(
        {
            "claim_id": rows["claim_id"].to_numpy(),
            "report_rank": rows["report_rank"].to_numpy(),
            "report_date": pd.to_datetime(
                [p if pd.notna(p) else c for p, c in zip(published, claimed, strict=True)]
            ),
            "published": rows["published"].to_numpy(),
            "outlet_label": np.where(
                rows["outlet"] != "", rows["outlet"], "(" + rows["article_id"] + ")"
            ),
            "claimant": rows["claimant"].to_numpy(),
            "claim_date": rows["claim_date"].to_numpy(),
            "date_from_cluster": rows["date_from_cluster"].to_numpy(),
            "quote": rows["quote"].to_numpy(),
            "url": rows["url"].to_numpy() if "url" in rows.columns else "",
        }
    )


def reports_chart(
    clustered: pd.DataFrame,
    cluster_id: str,
    strings: Strings | None = None,
    height: int | None = None,
    font_scale: float = 1.0,
) -> alt.LayerChart:
    """How one claim spread across outlets over time: x report date, y outlet, one point each.

    Layers: `claim_date` (a dashed rule at the claim's own date, when it has one) and
    `points` (one per report, outlets sorted by first report; tooltips with the quote).
    """
    s = _strings(strings)
    data = reports_table(clustered, cluster_id)
    data["published_text"] = [s.date(p) for p in data["published"]]
    data["claim_date_text"] = [s.date(c) for c in data["claim_date"]]
    order = list(dict.fromkeys(data["outlet_label"]))
    y = alt.Y("outlet_label:N", sort=order, title=None, axis=alt.Axis(labelLimit=320))
    x = alt.X(
        "report_date:T",
        title=_label(s, "columns.published", "Published"),
        axis=_date_axis(s),
        scale=alt.Scale(padding=18),  # no point drawn half off the edge
    )
    points = (
        alt.Chart(data, name="points")
        .mark_point(size=120, filled=True, opacity=0.9, color="#0072B2")
        .encode(
            x=x,
            y=y,
            tooltip=[
                alt.Tooltip("outlet_label:N", title=s.t("columns.outlet")),
                alt.Tooltip("published_text:N", title=_label(s, "columns.published", "Published")),
                alt.Tooltip("claim_date_text:N", title=s.t("columns.claim_date")),
                alt.Tooltip("claimant:N", title=s.t("columns.claimant")),
                alt.Tooltip("quote:N", title=s.t("columns.quote")),
            ],
        )
    )
    first_date = parse_claim_date(str(data["claim_date"].iloc[0]))
    rule_data = pd.DataFrame({"claim_date": [first_date]}).dropna()
    rule = (
        alt.Chart(rule_data, name="claim_date")
        .mark_rule(strokeDash=[4, 3], color=MEDIAN, strokeWidth=1.5)
        .encode(x=alt.X("claim_date:T"))
    )
    rows = max(len(order), 1)
    chart = alt.layer(
        rule, points, width="container", height=height or int((40 + 32 * rows) * font_scale)
    )
    return _configure(chart, font_scale)


def consensus_chart(
    band: pd.DataFrame,
    strings: Strings | None = None,
    log: bool = False,
    height: int = 300,
    font_scale: float = 1.0,
) -> alt.LayerChart:
    """The consensus range over time (a frame of `consensus_band` for one metric).

    Layers: `band` (area from the lowest to the highest latest estimate, y/y2, step-after:
    an estimate holds until the next period end) and `median` (the median latest estimate).
    """
    s = _strings(strings)
    data = band.copy()
    data["period_end"] = pd.to_datetime(data["period_end"])
    data = spread_texts(data, data["period"], s)
    if log:
        data = data[data["low"] > 0]
    y_scale = alt.Scale(type="log" if log else "linear", zero=not log, nice=True)
    x = alt.X("period_end:T", title=s.t("columns.period"), axis=_date_axis(s))
    tips = spread_tooltips(s)
    area = (
        alt.Chart(data, name="band")
        .mark_area(opacity=0.3, color="#0072B2", interpolate="step-after")
        .encode(
            x=x,
            y=alt.Y("low:Q", scale=y_scale, axis=_number_axis(s, s.t("columns.figure"), log)),
            y2="high:Q",
            tooltip=tips,
        )
    )
    median = (
        alt.Chart(data, name="median")
        .mark_line(color=MEDIAN, strokeWidth=2, interpolate="step-after")
        .encode(x=x, y=alt.Y("median:Q", scale=y_scale), tooltip=tips)
    )
    chart = alt.layer(area, median, width="container", height=height)
    return _configure(chart, font_scale)


__all__ = [
    "BAND_COLUMNS",
    "CLUSTER_COLUMNS",
    "STATS_COLUMNS",
    "claimants_compatible",
    "claims_view",
    "cluster_claims",
    "consensus_band",
    "consensus_chart",
    "date_span",
    "figure_precision",
    "figure_shape",
    "has_now_cue",
    "period_stats",
    "reports_chart",
    "reports_table",
    "same_figure",
    "same_figures",
]
