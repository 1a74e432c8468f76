"""Validation of what a reviewer may write: one parser per correctable field, one row check.

Every value that enters the review store goes through `parse_field` (one field) and
`check_claim` (the invariants between fields), whether it comes from the dashboard, the
command line or an imported file. Errors are `ReviewValueError` with one readable line.

>>> parse_field("value_best", "12000")
12000
>>> parse_field("claimant_country", "ua; kr")
'UA;KR'
>>> parse_field("claim_date", "2025-02-30")
Traceback (most recent call last):
...
review.fields.ReviewValueError: claim_date: '2025-02-30' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd

from extract.claim import METRICS, QUALIFIERS


class ReviewValueError(ValueError):
    """A value a reviewer (or an imported file) gave that the tidy table cannot hold."""


# ISO 3166-1 alpha-2, the officially assigned codes (249). A standard, not language data.
_ISO_3166_ALPHA_2 = """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
    BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
    DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
    GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
    KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
    MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
    PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
    SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
    VN VU WF WS YE YT ZA ZM ZW
"""
ISO_COUNTRIES = frozenset(_ISO_3166_ALPHA_2.split())
# Groups a claimant may speak for besides one country (DESIGN.md: "ISO codes ..., NATO").
CLAIMANT_GROUPS = frozenset({"NATO"})

INT_FIELDS = ("value_best", "value_low", "value_high")
BOOL_FIELDS = ("increment", "hedged")
# What a reviewer may correct, in the order of the tidy table.
CORRECTABLE = (
    "metric",
    "value_best",
    "value_low",
    "value_high",
    "qualifier",
    "increment",
    "hedged",
    "claimant",
    "claimant_country",
    "claim_date",
    "subject",
)
MAX_TEXT = 300  # a claimant name or a reviewer name longer than this is a paste gone wrong
MAX_NOTE = 5_000


def _is_missing(value: Any) -> bool:
    """None, NaN and pandas' NA all mean "no value"."""
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)


def _one_line(field: str, value: Any, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise ReviewValueError(f"{field}: expected text, got {value!r}")
    text = value.strip()
    if any(ch in text for ch in "\r\n\t") or not text.isprintable():
        raise ReviewValueError(f"{field}: {value!r} must be one line of printable text")
    if len(text) > limit:
        raise ReviewValueError(f"{field}: longer than {limit} characters")
    return text


def parse_count(field: str, value: Any) -> int | None:
    """A figure: a whole number >= 0, or None for "not stated".

    >>> parse_count("value_low", 3000), parse_count("value_low", None), parse_count("value_low", "")
    (3000, None, None)
    >>> parse_count("value_low", -5)
    Traceback (most recent call last):
    ...
    review.fields.ReviewValueError: value_low: -5 is negative
    """
    if _is_missing(value) or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ReviewValueError(f"{field}: expected a whole number, got {value!r}")
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = int(value.strip())
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, numbers.Integral):
        raise ReviewValueError(f"{field}: expected a whole number, got {value!r}")
    if value < 0:
        raise ReviewValueError(f"{field}: {value!r} is negative")
    return int(value)


def parse_flag(field: str, value: Any) -> bool:
    """A yes/no field (increment, hedged).

    >>> parse_flag("hedged", "true"), parse_flag("hedged", False)
    (True, False)
    """
    if isinstance(value, bool):
        return value
    if hasattr(value, "dtype") and getattr(value.dtype, "kind", "") == "b":  # numpy bool
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise ReviewValueError(f"{field}: expected true or false, got {value!r}")


def _choice(options: tuple[str, ...]) -> Callable[[str, Any], str]:
    def parse(field: str, value: Any) -> str:
        text = _one_line(field, value)
        if text not in options:
            raise ReviewValueError(f"{field}: {value!r} is not one of {', '.join(options)}")
        return text

    return parse


def parse_date(field: str, value: Any) -> str:
    """An ISO date at day, month or year precision, checked against the calendar.

    >>> parse_date("claim_date", "2025-04"), parse_date("claim_date", " 2024 ")
    ('2025-04', '2024')
    """
    text = _one_line(field, value)
    parts = text.split("-")
    try:
        if not 1 <= len(parts) <= 3 or [len(p) for p in parts] != [4, 2, 2][: len(parts)]:
            raise ValueError(text)
        numbers_ = [int(p) for p in parts] + [1] * (3 - len(parts))
        dt.date(*numbers_)
    except ValueError:
        raise ReviewValueError(
            f"{field}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
        ) from None
    return text


def date_precision(date: str) -> str:
    """day, month or year, from the shape of an ISO date (the claim_date_precision column).

    >>> date_precision("2025-04-28"), date_precision("2025-04"), date_precision("2025")
    ('day', 'month', 'year')
    """
    return {3: "day", 2: "month", 1: "year"}[len(date.split("-"))]


def parse_countries(field: str, value: Any) -> str:
    """ISO 3166 alpha-2 codes (or NATO) joined by ";", or "" for none; order kept.

    >>> parse_countries("claimant_country", "US;KR;UA"), parse_countries("claimant_country", "")
    ('US;KR;UA', '')
    >>> parse_countries("claimant_country", "UK")
    Traceback (most recent call last):
    ...
    review.fields.ReviewValueError: claimant_country: 'UK' is not an ISO 3166 country code or NATO
    """
    if _is_missing(value):
        return ""
    text = _one_line(field, value)
    codes = [c.strip().upper() for c in text.split(";")] if text else []
    for code in codes:
        if code not in ISO_COUNTRIES and code not in CLAIMANT_GROUPS:
            raise ReviewValueError(f"{field}: {code!r} is not an ISO 3166 country code or NATO")
    if len(set(codes)) != len(codes):
        raise ReviewValueError(f"{field}: {text!r} names a country twice")
    return ";".join(codes)


def parse_subject(field: str, value: Any) -> str:
    """The ISO 3166 code of the troops counted (KP), or "" when unknown.

    >>> parse_subject("subject", "kp")
    'KP'
    """
    if _is_missing(value):
        return ""
    code = _one_line(field, value).upper()
    if code and code not in ISO_COUNTRIES:
        raise ReviewValueError(f"{field}: {value!r} is not an ISO 3166 country code")
    return code


def parse_claimant(field: str, value: Any) -> str:
    """A canonical claimant name, one line; "" when the article states the figure itself."""
    return "" if _is_missing(value) else _one_line(field, value)


PARSERS: dict[str, Callable[[str, Any], Any]] = {
    "metric": _choice(METRICS),
    "value_best": parse_count,
    "value_low": parse_count,
    "value_high": parse_count,
    "qualifier": _choice(QUALIFIERS),
    "increment": parse_flag,
    "hedged": parse_flag,
    "claimant": parse_claimant,
    "claimant_country": parse_countries,
    "claim_date": parse_date,
    "subject": parse_subject,
}


def parse_field(field: str, value: Any) -> Any:
    """The canonical value of one correctable field, or `ReviewValueError`.

    >>> parse_field("metric", "killed")
    'killed'
    >>> parse_field("quote", "x")
    Traceback (most recent call last):
    ...
    review.fields.ReviewValueError: quote: not a field a reviewer can correct
    """
    parser = PARSERS.get(field)
    if parser is None:
        raise ReviewValueError(f"{field}: not a field a reviewer can correct")
    return parser(field, value)


def check_claim(values: Mapping[str, Any]) -> None:
    """The invariants between fields of one claim: a figure is stated, low <= best <= high.

    >>> check_claim({"value_low": 100, "value_best": 50, "value_high": None})
    Traceback (most recent call last):
    ...
    review.fields.ReviewValueError: value_low 100 > value_best 50
    """
    figures = [(f, values.get(f)) for f in ("value_low", "value_best", "value_high")]
    stated = [(f, v) for f, v in figures if not _is_missing(v)]
    if not stated:
        raise ReviewValueError("a claim needs a figure: value_best, value_low or value_high")
    for (low_field, low), (high_field, high) in zip(stated, stated[1:], strict=False):
        if low > high:
            raise ReviewValueError(f"{low_field} {low} > {high_field} {high}")


def parse_reviewer(value: Any) -> str:
    """A reviewer's name as typed in the sidebar: one non-empty line.

    >>> parse_reviewer("  Ana  ")
    'Ana'
    """
    name = _one_line("reviewer", value if value is not None else "")
    if not name:
        raise ReviewValueError("reviewer: a name is needed to record a decision")
    return name


def parse_note(value: Any) -> str:
    """A free-text note (several lines allowed); "" clears it."""
    if not isinstance(value, str):
        raise ReviewValueError(f"note: expected text, got {value!r}")
    if len(value) > MAX_NOTE:
        raise ReviewValueError(f"note: longer than {MAX_NOTE} characters")
    return value.strip()
