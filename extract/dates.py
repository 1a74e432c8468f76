"""Dates in running text: find them, then resolve them against the published date.

`find_dates` locates date expressions ("le 23 décembre", "on Monday last week", "fin
décembre", "mid-January", "à l'époque") with the words of the language's lexicon;
`resolve_date` turns one into an ISO date at its precision (day, month or year), anchored on
the published date; `infer_published` guesses a missing published date from the text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

import regex

from extract.lexicon import load_lexicon
from extract.text import Scanned, Scanner, Tokens, longest_first_key, normalize

YEAR = r"(?:19|20)\d{2}"
_DIGITS = re.compile(r"\d+")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MONTH = re.compile(r"\d{4}-\d{2}")
_ISO_YEAR = re.compile(r"\d{4}")


class DateMention(NamedTuple):
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    relative: str = ""  # today, yesterday, this_week, last_week, this_month, last_month,
    # this_year, last_year, that_time, that_day
    season: str = ""
    count: int = 0  # units back ("two weeks ago": 2), or on when negative ("5 days later": -5)
    unit: str = ""  # day, week, month or year
    from_last: bool = False  # counted from the date last mentioned ("later", "plus tôt")


class Anchor(NamedTuple):
    """A known date at its precision: the published date, or a date resolved earlier."""

    date: dt.date
    precision: str  # day, month, year

    @property
    def iso(self) -> str:
        return format_date(self.date, self.precision)


def format_date(date: dt.date, precision: str) -> str:
    """ISO text at a precision.

    >>> format_date(dt.date(2025, 4, 28), "month")
    '2025-04'
    """
    return {"day": date.isoformat(), "month": date.isoformat()[:7], "year": str(date.year)}[
        precision
    ]


def parse_iso(text: str) -> Anchor | None:
    """An ISO date at day, month or year precision, or None.

    >>> parse_iso("2026-01")
    Anchor(date=datetime.date(2026, 1, 1), precision='month')
    >>> parse_iso("not a date") is None
    True
    """
    text = (text or "").strip()
    try:
        if _ISO_DAY.fullmatch(text):
            return Anchor(dt.date.fromisoformat(text), "day")
        if _ISO_MONTH.fullmatch(text):
            return Anchor(dt.date(int(text[:4]), int(text[5:7]), 1), "month")
        if _ISO_YEAR.fullmatch(text):
            return Anchor(dt.date(int(text), 1, 1), "year")
    except ValueError:
        return None
    return None


def _alternation(names: Any) -> str:
    items = sorted({str(n) for n in (names or [])}, key=longest_first_key)
    return "|".join(f"(?:{n})" for n in items) or "(?!)"


@dataclass(frozen=True)
class _DateGrammar:
    pattern: regex.Pattern
    months: tuple[tuple[int, re.Pattern], ...]
    weekdays: tuple[tuple[int, re.Pattern], ...]
    relatives: tuple[tuple[str, re.Pattern], ...]
    seasons: tuple[tuple[str, re.Pattern], ...]
    units: tuple[tuple[str, re.Pattern], ...]
    lang: str
    one: frozenset[str] = frozenset()  # articles counting one unit ("un an", "a year")


@cache
def _grammar(lang: str) -> _DateGrammar:
    dates = load_lexicon(lang).get("dates", {})
    month = _alternation(n for names in dates.get("months", {}).values() for n in names)
    weekday = _alternation(n for names in dates.get("weekdays", {}).values() for n in names)
    relative = _alternation(n for names in dates.get("relative", {}).values() for n in names)
    season = _alternation(n for names in dates.get("seasons", {}).values() for n in names)
    part = _alternation(n for names in dates.get("parts", {}).values() for n in names)
    previous = _alternation(dates.get("previous_weekday", []))
    unit = _alternation(n for names in dates.get("units", {}).values() for n in names)
    ago_before = _alternation(dates.get("ago_before", []))
    ago_after = _alternation(dates.get("ago_after", []))
    later = _alternation(dates.get("later", []))
    earlier = _alternation(dates.get("earlier", []))
    day_before = _alternation(dates.get("day_alone", []))
    suffix = _alternation(dates.get("day_suffixes", []))
    day = rf"(?:[12]\d|3[01]|0?[1-9])(?:{suffix})?"
    pattern = regex.compile(
        rf"""
        (?<![\w-])
        (?:
          (?:(?P<weekday>{weekday})[ ,]+)?               # "lundi", "Monday,"
          (?:(?:{part})[ ]*)?                             # "début", "mid-", "late"
          (?:
            (?P<day1>{day})[ ]+(?P<month1>{month})        # "28 avril"
            (?:[ ,]+(?P<year1>{YEAR}))?
          | (?P<month2>{month})[ ]+(?P<day2>{day})(?!\d|[,.]\d|[ ]\d{{3}}(?!\d))  # "December 23",
                                                          # not "May 1,500", "janvier 4 000"
            (?:,?[ ]+(?P<year2>{YEAR}))?
          | (?P<month3>{month})(?:[ ,]+(?P<year3>{YEAR}))?  # "octobre 2024", "January"
          )
        | (?:(?P<previous1>{previous})[ ]+)?              # "last Monday"
          (?P<weekday_alone>{weekday})
          (?:[ ]+(?:(?P<weekday_rel>{relative})|(?P<previous2>{previous})))?  # "lundi dernier"
        | (?P<ago1>{ago_before})[ ]+                      # "il y a deux mois"
          (?P<count1>\d{{1,2}}|[\w-]+)[ ]+(?P<unit1>{unit})
        | (?P<count2>\d{{1,2}}|[\w-]+)[ ]+(?P<unit2>{unit})[ ]+  # "two weeks ago",
          (?:(?P<ago2>{ago_after})|(?P<later>{later})|(?P<earlier>{earlier}))  # "5 jours plus tard"
        | (?:{day_before})[ ]+(?P<day3>{day})(?=[ ]*,)        # "Le 19, le NIS": its month
                                                          # is the one last mentioned
        | (?P<season>{season})(?:[ ]+(?P<season_year>{YEAR}))?
        | (?P<relative>{relative})
        | (?:(?:{part})[ ]*)?(?P<year_alone>{YEAR})(?![\d])   # "2025", "mid-2025"
        )
        (?![\w])
        """,
        regex.VERBOSE | regex.IGNORECASE | regex.VERSION0,
    )

    def table(section: str, end: str = "$") -> tuple[tuple[Any, re.Pattern], ...]:
        return tuple(
            (key, re.compile(rf"^(?:{_alternation(names)}){end}", re.IGNORECASE))
            for key, names in dates.get(section, {}).items()
        )

    return _DateGrammar(
        pattern,
        table("months", end=r"(?!\w)"),  # matched in the text: a name may look ahead
        table("weekdays"),
        table("relative"),
        table("seasons"),
        table("units"),
        lang,
        frozenset(word.lower() for word in dates.get("one", [])),
    )


def date_patterns(lang: str) -> list[regex.Pattern]:
    """The patterns `find_dates` reads the matches of."""
    return [_grammar(lang).pattern]


@cache
def _scanner(lang: str) -> Scanner:
    return Scanner(date_patterns(lang))


def _lookup(table: tuple[tuple[Any, re.Pattern], ...], text: str | None) -> Any:
    if not text:
        return None
    for key, pattern in table:
        if pattern.match(text):
            return key
    return None


def find_dates(
    text: str, lang: str, tokens: Tokens | None = None, scanned: Scanned | None = None
) -> list[DateMention]:
    """Date expressions in text (normalised or not), in order.

    `tokens` and `scanned` (the matches of `date_patterns(lang)`) come with normalised text.

    >>> [(m.day, m.month) for m in find_dates("le 23 décembre, puis en mars", "fr")]
    [(23, 12), (None, 3)]
    >>> find_dates("on Monday last week", "en")[0].relative
    'last_week'
    """
    grammar = _grammar(lang)
    found: list[DateMention] = []
    if scanned is None:
        norm = text if tokens is not None else normalize(text)
        scanned = _scanner(lang).matches(norm, tokens)
    matches = scanned[grammar.pattern]
    for match in matches:
        groups = match.groupdict()
        year = next((int(groups[k]) for k in ("year1", "year2", "year3") if groups[k]), None)
        month_group = next((k for k in ("month1", "month2", "month3") if groups[k]), None)
        day_text = groups["day1"] or groups["day2"]
        if month_group:
            day = int(_DIGITS.match(day_text).group()) if day_text else None
            # Read in its text: a month name may look ahead ("Apr" before a day or year).
            month_text = match.string[match.start(month_group) :]
            found.append(
                DateMention(
                    match.start(),
                    match.end(),
                    year=year,
                    month=int(_lookup(grammar.months, month_text)),
                    day=day,
                    weekday=_weekday(grammar, groups["weekday"]),
                )
            )
        elif groups["weekday_alone"]:
            found.append(
                DateMention(
                    match.start(),
                    match.end(),
                    weekday=_weekday(grammar, groups["weekday_alone"]),
                    relative=(
                        "previous"
                        if groups["previous1"] or groups["previous2"]
                        else str(_lookup(grammar.relatives, groups["weekday_rel"]) or "")
                    ),
                )
            )
        elif groups["day3"]:
            day = int(_DIGITS.match(groups["day3"]).group())
            found.append(DateMention(match.start(), match.end(), day=day))
        elif groups["unit1"] or groups["unit2"]:
            count = _count(groups["count1"] or groups["count2"], grammar)
            if count is None:
                continue  # "the weeks ago" or a word that is no number
            found.append(
                DateMention(
                    match.start(),
                    match.end(),
                    count=-count if groups["later"] else count,
                    unit=str(_lookup(grammar.units, groups["unit1"] or groups["unit2"])),
                    from_last=bool(groups["later"] or groups["earlier"]),
                )
            )
        elif groups["season"]:
            season_year = groups["season_year"]
            found.append(
                DateMention(
                    match.start(),
                    match.end(),
                    year=int(season_year) if season_year else None,
                    season=str(_lookup(grammar.seasons, groups["season"])),
                )
            )
        elif groups["relative"]:
            found.append(
                DateMention(
                    match.start(),
                    match.end(),
                    relative=str(_lookup(grammar.relatives, groups["relative"])),
                )
            )
        elif groups["year_alone"]:
            found.append(DateMention(match.start(), match.end(), year=int(groups["year_alone"])))
    return _with_relative_years(found, matches[0].string if matches else text)


def _with_relative_years(found: list[DateMention], text: str) -> list[DateMention]:
    """A month followed by "this year" or "last year" ("In January this year") is one date,
    in the published year or the one before."""
    merged: list[DateMention] = []
    for mention in found:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and mention.relative in ("this_year", "last_year")
            and previous.month is not None
            and previous.year is None
            and not previous.relative
            and not text[previous.end : mention.start].strip(" ,")
        ):
            merged[-1] = previous._replace(end=mention.end, relative=mention.relative)
            continue
        merged.append(mention)
    return merged


def _count(text: str, grammar: _DateGrammar) -> int | None:
    """How many units a relative date counts: digits, a number word ("deux", "five") or an
    article counting one ("un an plus tôt", "a year earlier")."""
    if text.isdigit():
        return int(text)
    if text.lower() in grammar.one:
        return 1
    lang = grammar.lang
    from extract.numbers import find_numbers  # numbers imports nothing from dates

    found = find_numbers(text, lang)
    if len(found) != 1 or found[0][:2] != (0, len(text)):
        return None
    value = found[0][2]
    return int(value) if value == int(value) and 0 < value < 100 else None


def _weekday(grammar: _DateGrammar, text: str | None) -> int | None:
    value = _lookup(grammar.weekdays, text)
    return None if value is None else int(value)


_SEASON_MONTH = {"spring": 4, "summer": 7, "autumn": 10, "winter": 1}


def resolve_date(
    mention: DateMention, anchor: Anchor | None, last: Anchor | None = None
) -> Anchor | None:
    """The date a mention stands for, at its precision, or None when it cannot be placed.

    Dates without a year are the latest such date not after the anchor (the published
    date); a weekday needs a day-precision anchor, else it keeps the anchor's precision.

    >>> pub = parse_iso("2024-12-24")
    >>> resolve_date(DateMention(0, 0, weekday=0), pub).iso
    '2024-12-23'
    >>> resolve_date(DateMention(0, 0, month=12, day=23), parse_iso("2025-01-04")).iso
    '2024-12-23'
    >>> resolve_date(DateMention(0, 0, weekday=0, relative="previous"), parse_iso("2025-01-20")).iso
    '2025-01-13'
    >>> resolve_date(DateMention(0, 0, weekday=0, relative="last_week"),
    ...              parse_iso("2025-01-23")).iso
    '2025-01-13'
    >>> resolve_date(DateMention(0, 0, count=2, unit="week"), pub).iso  # two weeks ago
    '2024-12-10'
    >>> resolve_date(DateMention(0, 0, day=19), pub, parse_iso("2024-12")).iso  # "Le 19,"
    '2024-12-19'
    >>> last = parse_iso("2024-10-18")
    >>> resolve_date(DateMention(0, 0, count=-5, unit="day", from_last=True), None, last).iso
    '2024-10-23'
    """
    if mention.relative == "that_time":
        return last
    if mention.relative == "that_day":  # "the same day": only a day just written
        return last if last is not None and last.precision == "day" else None
    if mention.from_last:  # "cinq jours plus tard", "two days earlier": from the last date
        return None if last is None else _resolve_relative(mention, last)
    if mention.day is not None and mention.month is None:  # "Le 19,": the last month named
        if last is None or last.precision == "year":
            return None
        try:
            return Anchor(last.date.replace(day=mention.day), "day")
        except ValueError:
            return None
    if mention.month is not None:
        if mention.year is not None:
            year = mention.year
        elif anchor is None:
            return None
        elif mention.relative in ("this_year", "last_year"):  # "in January this year"
            year = anchor.date.year - (mention.relative == "last_year")
        else:
            year = anchor.date.year
            later = (mention.month, mention.day or 1) > (anchor.date.month, anchor.date.day)
            if anchor.precision != "year" and later:
                year -= 1
        try:
            if mention.day is not None:
                return Anchor(dt.date(year, mention.month, mention.day), "day")
            return Anchor(dt.date(year, mention.month, 1), "month")
        except ValueError:
            return None
    if mention.season:
        if mention.year is not None:
            return Anchor(dt.date(mention.year, 1, 1), "year")
        if anchor is None:
            return None
        year = anchor.date.year - (_SEASON_MONTH[mention.season] > anchor.date.month)
        return Anchor(dt.date(year, 1, 1), "year")
    if mention.year is not None:
        return Anchor(dt.date(mention.year, 1, 1), "year")
    if anchor is None:
        return None
    return _resolve_relative(mention, anchor)


def _shifted(date: dt.date, count: int, unit: str) -> dt.date:
    """`date` moved back by `count` units (forward when `count` is negative)."""
    if unit == "year":
        return date.replace(
            year=date.year - count, day=min(date.day, 28 if date.month == 2 else 31)
        )
    if unit == "month":
        months = date.year * 12 + date.month - 1 - count
        return dt.date(months // 12, months % 12 + 1, 1)
    return date - dt.timedelta(days=count * (7 if unit == "week" else 1))


def _resolve_relative(mention: DateMention, anchor: Anchor) -> Anchor | None:
    date = anchor.date
    if mention.unit:  # "il y a deux semaines": at the anchor's precision, a month at most
        if anchor.precision == "year":
            return anchor
        # A count of months from a day is a month; a year later than a day is that day.
        precision = "month" if mention.unit == "month" else anchor.precision
        try:
            return Anchor(_shifted(date, mention.count, mention.unit), precision)
        except (ValueError, OverflowError):
            return None
    if mention.weekday is not None:
        if anchor.precision != "day":
            return anchor
        back = (date.weekday() - mention.weekday) % 7
        if mention.relative == "previous":  # "last Monday": before the anchor's day
            back = back or 7
        elif mention.relative == "last_week":
            back += 7 if back < date.weekday() + 1 else 0
        return Anchor(date - dt.timedelta(days=back), "day")
    relative = mention.relative
    if relative == "today":
        return anchor
    if relative == "yesterday":
        if anchor.precision != "day":
            return anchor
        return Anchor(date - dt.timedelta(days=1), "day")
    if relative in ("this_week", "last_week"):
        days = 7 if relative == "last_week" else 0
        shifted = date - dt.timedelta(days=days) if anchor.precision == "day" else date
        return Anchor(shifted, "month" if anchor.precision != "year" else "year")
    if relative == "this_month":  # "earlier this month": the month of the anchor
        if anchor.precision == "year":
            return anchor
        return Anchor(date.replace(day=1), "month")
    if relative == "this_year":
        return Anchor(dt.date(date.year, 1, 1), "year")
    if relative == "last_month":
        if anchor.precision == "year":
            return anchor
        first = date.replace(day=1) - dt.timedelta(days=1)
        return Anchor(first.replace(day=1), "month")
    if relative == "last_year":
        return Anchor(dt.date(date.year - 1, 1, 1), "year")
    return None


def infer_published(text: str, lang: str) -> Anchor | None:
    """Guess a missing published date from the text.

    A weekday with a day and month ("ce lundi 28 avril") fixes the year among the years
    mentioned (the latest first, then the next one); otherwise the latest year mentioned,
    at year precision.

    >>> infer_published("L'annonce de ce lundi 28 avril. Un accord signé en juin 2024.", "fr")
    Anchor(date=datetime.date(2025, 4, 28), precision='day')
    """
    mentions = find_dates(text, lang)
    years = sorted({m.year for m in mentions if m.year is not None}, reverse=True)
    if not years:
        return None
    candidates = [years[0] + 1, *years]
    for mention in mentions:
        if mention.weekday is None or mention.day is None or mention.month is None:
            continue
        for year in [mention.year] if mention.year else candidates:
            try:
                date = dt.date(year, mention.month, mention.day)
            except ValueError:
                continue
            if date.weekday() == mention.weekday:
                return Anchor(date, "day")
    return Anchor(dt.date(years[0], 1, 1), "year")
