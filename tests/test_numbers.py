"""The numbers layer: `find_numbers`, `find_amounts` and their language data.

Tables are grouped by where the examples came from: the formats the project card lists, the
gold quotes of the corpus (the main quality bar), the exclusions, the lexicon loader, and
properties on arbitrary text.
"""

from __future__ import annotations

import csv
import io
import re
import time
import tokenize
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.lexicon import LexiconError
from extract.numbers import (
    NUMBER_LEXICON_DIR,
    VAGUE_BOUNDS,
    Amount,
    find_amounts,
    find_numbers,
    load_number_lexicon,
)

ROOT = Path(__file__).resolve().parent.parent
NBSP, NNBSP = "\u00a0", "\u202f"
LANGS = ("fr", "en")


def single_number(text: str, lang: str) -> tuple[str, float]:
    """The one number of `text`: its surface and value."""
    found = find_numbers(text, lang)
    assert len(found) == 1, found
    start, end, value = found[0]
    return text[start:end], value


def amounts_of(text: str, lang: str) -> list[tuple[int | None, int | None, int | None, str]]:
    return [(a.best, a.low, a.high, a.qualifier) for a in find_amounts(text, lang)]


# ---------------------------------------------------------------------------------------------
# Number formats (from the project card): (lang, text, surface of the number, value)

FORMATS = [
    ("fr", "10 000 soldats", "10 000", 10_000),
    ("fr", f"10{NBSP}000 soldats", f"10{NBSP}000", 10_000),
    ("fr", f"10{NNBSP}000 soldats", f"10{NNBSP}000", 10_000),
    ("fr", f"1{NNBSP}234{NNBSP}567 habitants", f"1{NNBSP}234{NNBSP}567", 1_234_567),
    ("fr", "10.000 soldats", "10.000", 10_000),
    ("fr", "quelque 3'000 soldats", "3'000", 3_000),  # Swiss usage
    ("fr", "les 11\u2019000 militaires", "11\u2019000", 11_000),
    ("fr", "septante soldats", "septante", 70),
    ("fr", "une septantaine de soldats", "une septantaine", 70),  # Belgium, Switzerland
    ("fr", "une huitantaine de soldats", "une huitantaine", 80),
    ("fr", "une nonantaine de militaires", "une nonantaine", 90),
    ("fr", "10000 soldats", "10000", 10_000),
    ("fr", "1,5 soldat", "1,5", 1.5),
    ("fr", "1,5 millier de soldats", "1,5 millier", 1_500),
    ("fr", "2,5 millions de soldats", "2,5 millions", 2_500_000),
    ("fr", "12k soldats", "12k", 12_000),
    ("fr", "six cents soldats", "six cents", 600),
    ("fr", "dix mille soldats", "dix mille", 10_000),
    ("fr", "deux soldats", "deux", 2),
    ("fr", "quatre-vingt-dix-neuf soldats", "quatre-vingt-dix-neuf", 99),
    ("fr", "soixante et onze soldats", "soixante et onze", 71),
    ("fr", "une centaine de soldats", "une centaine", 100),
    ("fr", "un millier de soldats", "un millier", 1_000),
    ("fr", "une dizaine de milliers de soldats", "une dizaine de milliers", 10_000),
    ("fr", "trois douzaines d'obus", "trois douzaines", 36),
    ("fr", "Près d’un millier de blessés", "un millier", 1_000),
    ("en", "10,000 troops", "10,000", 10_000),
    ("en", "10 000 troops", "10 000", 10_000),
    ("en", f"10{NBSP}000 troops", f"10{NBSP}000", 10_000),
    ("en", f"10{NNBSP}000 troops", f"10{NNBSP}000", 10_000),
    ("en", "10000 troops", "10000", 10_000),
    ("en", "1.5 troops", "1.5", 1.5),
    ("en", "1.5 thousand troops", "1.5 thousand", 1_500),
    ("en", "1.5 million troops", "1.5 million", 1_500_000),
    ("en", "12k troops", "12k", 12_000),
    ("en", "$1.2bn", "1.2bn", 1_200_000_000),
    ("en", "lost 1.4m troops", "1.4m", 1_400_000),  # "m" after a decimal: millions
    ("en", "1.4 m of snow", "1.4", 1.4),  # "m" apart from the number: metres
    ("en", "two thousand troops", "two thousand", 2_000),
    ("en", "one thousand deminers", "one thousand", 1_000),
    ("en", "a hundred soldiers", "a hundred", 100),
    ("en", "a dozen soldiers", "a dozen", 12),
    ("en", "one hundred and six soldiers", "one hundred and six", 106),
    ("en", "twenty-one soldiers", "twenty-one", 21),
    ("en", "Two soldiers", "Two", 2),
    # a dash opening a line is a bullet, not a minus sign; a minus elsewhere is one
    ("en", "Key figures\n- 11,000 soldiers", "11,000", 11_000),
    ("fr", "Chiffres\n  – 300 morts", "300", 300),
    ("en", "(-5 soldiers)", "-5", -5),
    # fractions of a multiplier, before it or after it
    ("en", "nearly half a million soldiers", "half a million", 500_000),
    ("en", "a quarter of a million dead", "a quarter of a million", 250_000),
    ("en", "three quarters of a million men", "three quarters of a million", 750_000),
    ("en", "half a dozen prisoners", "half a dozen", 6),
    ("en", "a million and a half casualties", "a million and a half", 1_500_000),
    ("en", "two and a half thousand troops", "two and a half thousand", 2_500),
    ("fr", "près d'un demi-million de soldats", "un demi-million", 500_000),
    ("fr", "un quart de million de morts", "un quart de million", 250_000),
    ("fr", "une demi-douzaine de prisonniers", "une demi-douzaine", 6),
    ("fr", "un million et demi de tués et de blessés", "un million et demi", 1_500_000),
    ("fr", "deux millions et demi d'hommes", "deux millions et demi", 2_500_000),
    ("fr", "un millier et demi de soldats", "un millier et demi", 1_500),
    ("fr", "3 millions et demi d'hommes", "3 millions et demi", 3_500_000),
    # a half after a small number, or after digits alone, is no part of a count
    ("fr", "depuis deux ans et demi", "deux", 2),
    ("en", "1,000 and a half-hearted", "1,000", 1_000),
]


@pytest.mark.parametrize(
    ("lang", "text", "surface", "value"), FORMATS, ids=[f"{r[0]}:{r[1]}" for r in FORMATS]
)
def test_number_formats(lang: str, text: str, surface: str, value: float) -> None:
    found_surface, found_value = single_number(text, lang)
    assert found_surface == surface
    assert found_value == pytest.approx(value)


NO_NUMBER = [
    ("fr", "Kim Jong Un"),
    ("en", "Kim Jong Un"),
    ("fr", "un soldat et une femme"),
    ("en", "a soldier and an officer"),
    ("fr", "le premier contingent"),
    ("fr", "le 1er novembre"),
    ("en", "the 3rd battalion"),
    ("en", "the twenty-first century"),
    ("fr", "une route de 29km"),
    ("en", "the 180ml liquid"),
    ("en", "a 500m stretch of road"),  # "m" after an integer: metres
    ("fr", "quarante pour cent"),
]


@pytest.mark.parametrize(("lang", "text"), NO_NUMBER, ids=[f"{r[0]}:{r[1]}" for r in NO_NUMBER])
def test_words_that_are_not_numbers(lang: str, text: str) -> None:
    numbers = find_numbers(text, lang)
    assert numbers == [] or all(text[s:e].strip() for s, e, _ in numbers)
    if text != "quarante pour cent":
        assert numbers == []


def test_pour_cent_keeps_the_number_but_not_cent() -> None:
    assert find_numbers("quarante pour cent", "fr") == [(0, 8, 40.0)]


def test_several_numbers_keep_their_offsets() -> None:
    text = "Entre 10 000 et 12 000 soldats, dont deux mille blessés et 1,5 million d'obus."
    found = find_numbers(text, "fr")
    assert [(text[s:e], v) for s, e, v in found] == [
        ("10 000", 10_000),
        ("12 000", 12_000),
        ("deux mille", 2_000),
        ("1,5 million", 1_500_000),
    ]


def test_words_that_do_not_make_one_number_are_read_one_by_one() -> None:
    assert [v for _, _, v in find_numbers("vingt et un ou vingt-deux", "fr")] == [21, 22]
    assert [v for _, _, v in find_numbers("deux trois", "fr")] == [2, 3]


# ---------------------------------------------------------------------------------------------
# Amounts with qualifiers, ranges and vague amounts (from the project card and DESIGN.md):
# (lang, text, surface of the amount, (best, low, high, qualifier))

AMOUNTS = [
    ("en", "In Kursk alone, 300, by Kyiv's count", "300", (300, None, None, "exact")),
    # a dateline's day, a dash, then the figure: no range from the day
    ("en", "KAMPALA, June 4 - 54 soldiers died", "54", (54, None, None, "exact")),
    ("en", "KAMPALA, June 4 — Fifty-four soldiers", "Fifty-four", (54, None, None, "exact")),
    ("fr", "SÉOUL, 5 novembre - 300 soldats", "300", (300, None, None, "exact")),
    ("en", "casualties above 3,000", "above 3,000", (3000, 3000, None, "at_least")),
    ("fr", "au-delà de 3 000 morts", "au-delà de 3 000", (3000, 3000, None, "at_least")),
    # the signs of tables and briefs
    ("en", "~15,000 troops", "~15,000", (15000, None, None, "approx")),
    ("en", ">6,000 casualties", ">6,000", (6000, 6000, None, "at_least")),
    ("fr", "< 9 000 soldats", "< 9 000", (9000, None, 9000, "at_most")),
    ("fr", "≈ 3 000 morts", "≈ 3 000", (3000, None, None, "approx")),
    # approximations
    ("fr", "environ 2 000 soldats", "environ 2 000", (2000, None, None, "approx")),
    ("fr", "près de 10 000 soldats", "près de 10 000", (10000, None, None, "approx")),
    ("fr", "quelque 200 soldats", "quelque 200", (200, None, None, "approx")),
    ("fr", "autour de 500 soldats", "autour de 500", (500, None, None, "approx")),
    ("fr", "approximativement 500 soldats", "approximativement 500", (500, None, None, "approx")),
    ("fr", "pourrait approcher les 12 000", "approcher les 12 000", (12000, None, None, "approx")),
    ("fr", "une centaine de morts", "une centaine", (100, None, None, "approx")),
    ("fr", "un millier de blessés", "un millier", (1000, None, None, "approx")),
    ("fr", "une dizaine de milliers", "une dizaine de milliers", (10000, None, None, "approx")),
    ("fr", "quelque 1,5 millier de soldats", "quelque 1,5 millier", (1500, None, None, "approx")),
    ("fr", "près d'un millier de blessés", "près d'un millier", (1000, None, None, "approx")),
    ("en", "about 11,000 troops", "about 11,000", (11000, None, None, "approx")),
    ("en", "around 600 soldiers", "around 600", (600, None, None, "approx")),
    ("en", "roughly 2,700 wounded", "roughly 2,700", (2700, None, None, "approx")),
    ("en", "nearly 1,000 wounded", "nearly 1,000", (1000, None, None, "approx")),
    ("en", "almost 1,000 wounded", "almost 1,000", (1000, None, None, "approx")),
    ("en", "some 4,700 casualties", "some 4,700", (4700, None, None, "approx")),
    ("en", "approximately 500 troops", "approximately 500", (500, None, None, "approx")),
    ("en", "an estimated 11,000 soldiers", "an estimated 11,000", (11000, None, None, "approx")),
    ("en", "close to 3,000 troops", "close to 3,000", (3000, None, None, "approx")),
    # lower bounds
    ("fr", "plus de 3 000 soldats", "plus de 3 000", (3000, 3000, None, "at_least")),
    ("fr", "plus d'un millier de morts", "plus d'un millier", (1000, 1000, None, "at_least")),
    ("fr", "au moins 30 soldats", "au moins 30", (30, 30, None, "at_least")),
    ("fr", "au moins une centaine de morts", "au moins une centaine", (100, 100, None, "at_least")),
    ("fr", "au-delà de 5 000 soldats", "au-delà de 5 000", (5000, 5000, None, "at_least")),
    ("fr", "ont dépassé les 5 000", "dépassé les 5 000", (5000, 5000, None, "at_least")),
    # an adverb between the cue and its figure; a negated "exceed" bounds it from above
    (
        "fr",
        "dépasserait désormais 2 300",
        "dépasserait désormais 2 300",
        (2300, 2300, None, "at_least"),
    ),
    (
        "fr",
        "le bilan approche plutôt les 3 000",
        "approche plutôt les 3 000",
        (3000, None, None, "approx"),
    ),
    (
        "fr",
        "n'ont jamais dépassé 2 000 hommes",
        "jamais dépassé 2 000",
        (2000, None, 2000, "at_most"),
    ),
    ("fr", "ne dépassaient pas les 500", "ne dépassaient pas les 500", (500, None, 500, "at_most")),
    ("en", "has never exceeded 1,200 men", "never exceeded 1,200", (1200, None, 1200, "at_most")),
    ("en", "the number was closer to 2,000", "closer to 2,000", (2000, None, None, "approx")),
    ("en", "are estimated to exceed 5,000", "exceed 5,000", (5000, 5000, None, "at_least")),
    ("en", "does not exceed 300 men", "does not exceed 300", (300, None, 300, "at_most")),
    ("fr", "pas moins de 300 morts", "pas moins de 300", (300, 300, None, "at_least")),
    ("fr", "3 000 ou plus", "3 000", (3000, 3000, None, "at_least")),
    ("en", "more than 3,000 troops", "more than 3,000", (3000, 3000, None, "at_least")),
    ("en", "over 3,000 troops", "over 3,000", (3000, 3000, None, "at_least")),
    ("en", "at least 100 dead", "at least 100", (100, 100, None, "at_least")),
    ("en", "At least a hundred soldiers", "At least a hundred", (100, 100, None, "at_least")),
    ("en", "no fewer than 300 dead", "no fewer than 300", (300, 300, None, "at_least")),
    ("en", "climbed past 3,000", "past 3,000", (3000, 3000, None, "at_least")),
    ("en", "the total had passed 6,000", "passed 6,000", (6000, 6000, None, "at_least")),
    ("fr", "un bilan supérieur à 5 000", "supérieur à 5 000", (5000, 5000, None, "at_least")),
    ("fr", "un total inférieur à 5 000", "inférieur à 5 000", (5000, None, 5000, "at_most")),
    ("fr", "un total proche de 900 000", "proche de 900 000", (900000, None, None, "approx")),
    ("en", "losses exceeded 600,000", "exceeded 600,000", (600000, 600000, None, "at_least")),
    ("en", "3,000 or more soldiers", "3,000", (3000, 3000, None, "at_least")),
    # upper bounds
    ("fr", "jusqu'à 3 000 soldats", "jusqu'à 3 000", (3000, None, 3000, "at_most")),
    ("fr", "jusqu’à 3 000 soldats", "jusqu’à 3 000", (3000, None, 3000, "at_most")),
    ("fr", "moins de 500 soldats", "moins de 500", (500, None, 500, "at_most")),
    ("en", "as many as 8,000 troops", "as many as 8,000", (8000, None, 8000, "at_most")),
    ("en", "up to 3,000 troops", "up to 3,000", (3000, None, 3000, "at_most")),
    ("en", "fewer than 500 troops", "fewer than 500", (500, None, 500, "at_most")),
    ("en", "less than 500 troops", "less than 500", (500, None, 500, "at_most")),
    ("en", "no more than 500 troops", "no more than 500", (500, None, 500, "at_most")),
    # a postfix cue qualifies the figure, outside its span ("5,000-plus", "3k+")
    ("en", "5,000-plus casualties", "5,000", (5000, 5000, None, "at_least")),
    ("en", "3k+ troops", "3k", (3000, 3000, None, "at_least")),
    ("fr", "5 000+ soldats", "5 000", (5000, 5000, None, "at_least")),
    # ranges
    (
        "fr",
        "entre 10 000 et 12 000 hommes",
        "entre 10 000 et 12 000",
        (None, 10000, 12000, "range"),
    ),  # noqa: E501
    ("fr", "10 000 à 12 000 soldats", "10 000 à 12 000", (None, 10000, 12000, "range")),
    ("fr", "de 10 000 à 12 000 soldats", "de 10 000 à 12 000", (None, 10000, 12000, "range")),
    ("fr", "10 à 12 000 soldats", "10 à 12 000", (None, 10000, 12000, "range")),
    ("en", "10,000-12,000 troops", "10,000-12,000", (None, 10000, 12000, "range")),
    ("en", "11,000 to 12,000 troops", "11,000 to 12,000", (None, 11000, 12000, "range")),
    ("en", "between 300 and 1,000 soldiers", "between 300 and 1,000", (None, 300, 1000, "range")),
    ("en", "from 2 to 3 million people", "from 2 to 3 million", (None, 2000000, 3000000, "range")),
    # a scale in words closing a range in words is the first number's too
    ("fr", "onze à douze mille soldats", "onze à douze mille", (None, 11000, 12000, "range")),
    (
        "fr",
        "entre deux et trois cents morts",
        "entre deux et trois cents",
        (None, 200, 300, "range"),
    ),
    (
        "en",
        "eleven to twelve thousand troops",
        "eleven to twelve thousand",
        (None, 11000, 12000, "range"),
    ),
    ("en", "between two and 300 troops", "between two and 300", (None, 2, 300, "range")),
    # vague amounts
    ("fr", "des centaines de soldats", "des centaines", (None, 200, 999, "vague")),
    ("fr", "plusieurs centaines de soldats", "plusieurs centaines", (None, 200, 999, "vague")),
    ("fr", "des milliers de soldats", "des milliers", (None, 2000, 9999, "vague")),
    ("fr", "plusieurs milliers de soldats", "plusieurs milliers", (None, 2000, 9999, "vague")),
    (
        "fr",
        "des dizaines de milliers de soldats",
        "des dizaines de milliers",
        (None, 20000, 99999, "vague"),
    ),
    ("en", "hundreds of troops", "hundreds", (None, 200, 999, "vague")),
    ("en", "several hundred troops", "several hundred", (None, 200, 999, "vague")),
    ("en", "thousands of troops", "thousands", (None, 2000, 9999, "vague")),
    ("en", "several thousand troops", "several thousand", (None, 2000, 9999, "vague")),
    ("en", "tens of thousands of troops", "tens of thousands", (None, 20000, 99999, "vague")),
    # exact figures
    ("fr", "3 000 autres ont été envoyés", "3 000", (3000, None, None, "exact")),
    ("fr", "les deux prisonniers", "deux", (2, None, None, "exact")),
    ("en", "one thousand deminers", "one thousand", (1000, None, None, "exact")),
    ("en", "a toll of 3,000 casualties", "3,000", (3000, None, None, "exact")),
    # a year-like figure with a qualifier and what it counts after it is a count
    ("fr", "au moins 2000 morts", "au moins 2000", (2000, 2000, None, "at_least")),
    ("en", "about 2000 troops", "about 2000", (2000, None, None, "approx")),
    # the definite article before an approximate multiplier: « avoisinait le millier »
    ("fr", "le nombre de morts avoisinait le millier", "le millier", (1000, None, None, "approx")),
    ("fr", "au millier de sapeurs annoncés", "au millier", (1000, None, None, "approx")),
    # "exceeds", « dépasse », without an article before the figure: at least
    (
        "fr",
        "le nombre de morts pourrait dépasser le millier",
        "dépasser le millier",
        (1000, 1000, None, "at_least"),
    ),
    (
        "fr",
        "les pertes dépassaient 6 000 tués",
        "dépassaient 6 000",
        (6000, 6000, None, "at_least"),
    ),
    # a unit's letter glued to digits after a figure is a name, not the unit ("M23", not metres)
    ("en", "killed 40 M23 fighters", "40", (40, None, None, "exact")),
]


@pytest.mark.parametrize(
    ("lang", "text", "surface", "expected"), AMOUNTS, ids=[f"{r[0]}:{r[1]}" for r in AMOUNTS]
)
def test_amounts(lang: str, text: str, surface: str, expected: tuple) -> None:
    amounts = find_amounts(text, lang)
    assert [(a.best, a.low, a.high, a.qualifier) for a in amounts] == [expected]
    assert text[amounts[0].start : amounts[0].end] == surface


def test_amount_offsets_point_at_cue_and_figure() -> None:
    text = "Selon Séoul, environ 2 000 soldats sont morts."
    (amount,) = find_amounts(text, "fr")
    assert text[amount.start : amount.end] == "environ 2 000"
    assert text[amount.number_start : amount.end] == "2 000"
    assert amount.rule == "amount.digits"


def test_vague_bounds_follow_the_design() -> None:
    assert VAGUE_BOUNDS["hundreds"] == (200, 999)
    assert VAGUE_BOUNDS["thousands"] == (2_000, 9_999)
    assert VAGUE_BOUNDS["tens_of_thousands"] == (20_000, 99_999)


# ---------------------------------------------------------------------------------------------
# Not amounts (from the project card): each text must yield no amount at all.

EXCLUSIONS = [
    # the number of an infographic's part
    ("en", "PANEL 3 | Who else has been sent"),
    ("en", "Figure 2: soldiers killed"),
    ("fr", "ENCADRÉ 2 | Les renforts envoyés"),
    # a unit after the second of two alternatives counts both
    ("fr", "des conscrits de 18 ou 19 ans"),
    ("en", "for two or three weeks"),
    ("fr", "le 23 décembre"),
    ("fr", "entre le 8 et le 13 octobre"),
    ("fr", "le 1er novembre"),
    ("fr", "en 2025"),
    ("fr", "l'année 2025"),
    ("fr", "en 2024"),
    ("fr", "un soldat de 25 ans"),
    ("fr", "le premier contingent"),
    ("fr", "10 millions d'euros"),
    ("fr", "500 €"),
    ("fr", "40 %"),
    ("en", "a 40 m² flat"),
    ("fr", "le soldat et la recrue"),
    ("fr", "un terrain de 300 m2"),
    ("en", "fees of up to 900,000 rupees"),
    ("fr", "payés 200 000 roupies"),
    ("fr", "40 pour cent"),
    ("fr", "à 30 km de la frontière"),
    ("fr", "sur 50 kilomètres"),
    ("fr", "1 000 hectares"),
    ("fr", "pendant trois jours"),
    ("fr", "deux semaines"),
    ("fr", "24 heures"),
    ("fr", "des milliers de kilomètres"),
    ("fr", "des missiles SA-22"),
    ("fr", "Kim Jong Un"),
    ("fr", "à 14:30"),
    ("fr", "à 15 h 30"),
    ("fr", "https://exemple.fr/article/4091558"),
    ("fr", "publié le 2024-12-17"),
    ("en", "December 15"),
    ("en", "from June 4-6"),  # the days of a period
    ("en", "on December 15, troops"),
    ("en", "in 2024"),
    ("en", "until at least 2030."),  # a qualifier, but nothing counted after it
    ("en", "Around 2000, Kim"),
    ("en", "aged 20"),
    ("en", "the men, aged 20 and 26, told interrogators"),  # the second of two ages
    ("fr", "les prisonniers, âgés de 20 et 26 ans"),
    ("en", "Kim Jong Un, who is 42, opened a museum"),
    ("en", "The team lost 2-1 in extra time"),  # a score
    ("en", "a 3-3 draw"),
    ("en", "(paper, 41 pages)"),
    ("en", "most of those sent are aged between 18 and 25"),
    ("fr", "un rapport de 41 pages"),
    ("fr", "Tableau 2 - Pertes nord-coréennes"),  # a table's number
    ("en", "Table 2 - North Korean losses"),
    ("en", "a joint statement by 50 countries condemning the deployment"),  # countries
    ("fr", "une déclaration de 50 pays condamnant le déploiement"),
    ("en", "The tyrant, 41, sent them"),  # an age in apposition
    ("fr", "SÉOUL, 27 déc 2024 (AFP)"),  # a month abbreviated without its dot
    ("fr", "Kim Jong-un, 42, n'était pas là"),
    ("en", "a 20-year-old soldier"),
    ("en", "the 3rd battalion"),
    ("en", "a second wave"),
    ("en", "$20 million"),
    ("en", "5 billion won"),
    ("en", "about 50 million Ugandan shillings"),  # a currency named with its country
    ("en", "300 Hong Kong dollars"),
    ("fr", "2 millions de francs CFA"),
    ("en", "40 percent"),
    ("en", "40%"),
    ("en", "10 kilometers"),
    ("en", "170-millimeter guns"),
    ("en", "155 mm shells"),
    ("en", "two days"),
    ("en", "for weeks"),
    ("en", "three years"),
    ("en", "Kim Jong Un"),
    ("en", "hundreds of millions of dollars"),
    ("en", "thousands of kilometers"),
]


@pytest.mark.parametrize(("lang", "text"), EXCLUSIONS, ids=[f"{r[0]}:{r[1]}" for r in EXCLUSIONS])
def test_not_amounts(lang: str, text: str) -> None:
    assert amounts_of(text, lang) == []


# ---------------------------------------------------------------------------------------------
# Gold quotes of the corpus (tests/gold/*.csv, articles in data/articles): the main quality bar.
# Each quote holds one amount, with the gold value_best / low / high and qualifier.


def _article_language(article_id: str) -> str:
    text = (ROOT / "data" / "articles" / f"{article_id}.txt").read_text(encoding="utf-8")
    found = re.search(r"^language:\s*(\w+)", text, re.MULTILINE)
    assert found, article_id
    return found.group(1)


def _gold_rows() -> list[tuple[str, str, str, tuple]]:
    rows = []
    for table in sorted((ROOT / "tests" / "gold").glob("*.csv")):
        with table.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):

                def value(key: str, row: dict = row) -> int | None:
                    return int(row[key]) if row[key] else None

                expected = (
                    value("value_best"),
                    value("value_low"),
                    value("value_high"),
                    row["qualifier"],
                )
                rows.append((table.stem, row["article_id"], row["quote"], expected))
    return rows


GOLD = _gold_rows()


def test_gold_tables_are_there() -> None:
    assert len(GOLD) >= 70


@pytest.mark.parametrize(
    ("table", "article_id", "quote", "expected"),
    GOLD,
    ids=[f"{table}:{quote[:50]}" for table, _, quote, _ in GOLD],
)
def test_gold_quotes(table: str, article_id: str, quote: str, expected: tuple) -> None:
    assert amounts_of(quote, _article_language(article_id)) == [expected]


@pytest.mark.parametrize(
    ("table", "article_id", "quote", "expected"),
    GOLD,
    ids=[f"{table}:{quote[:50]}" for table, _, quote, _ in GOLD],
)
def test_gold_quotes_in_their_article(
    table: str, article_id: str, quote: str, expected: tuple
) -> None:
    """In the whole article too: context must not glue the figure to its neighbours."""
    text = (ROOT / "data" / "articles" / f"{article_id}.txt").read_text(encoding="utf-8")
    where = text.find(quote)
    assert where >= 0, "quote not in the article"
    inside = [
        (a.best, a.low, a.high, a.qualifier)
        for a in find_amounts(text, _article_language(article_id))
        if where <= a.number_start < where + len(quote)
    ]
    assert inside == [expected]


# ---------------------------------------------------------------------------------------------
# Language data


@pytest.mark.parametrize("lang", LANGS)
def test_number_lexicons_load(lang: str) -> None:
    data = load_number_lexicon(lang)
    assert data["language"] == lang
    assert data["number_words"] and data["cues"]["approx"] and data["exclude"]["after"]


def test_every_number_lexicon_file_loads() -> None:
    for path in NUMBER_LEXICON_DIR.glob("*.yaml"):
        assert load_number_lexicon(path.stem)


BAD_LEXICONS = [
    ({"language": "xx", "colour": ["red"]}, "unknown key 'colour'"),
    ({"cues": {"approx": ["(unclosed"]}}, "bad pattern"),
    ({"multipliers": {"mille": -3}}, "positive integer"),
    ({"separators": {"decimal": ["ab"]}}, "single non-digit"),
    ({"cues": {"maybe": ["peut-être"]}}, "unknown key 'maybe'"),
]


@pytest.mark.parametrize(("content", "message"), BAD_LEXICONS, ids=[m for _, m in BAD_LEXICONS])
def test_bad_lexicons_raise(
    content: dict, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import extract.numbers as numbers

    (tmp_path / "zz.yaml").write_text(yaml.safe_dump(content), encoding="utf-8")
    monkeypatch.setattr(numbers, "NUMBER_LEXICON_DIR", tmp_path)
    load_number_lexicon.cache_clear()
    try:
        with pytest.raises(LexiconError, match=message):
            load_number_lexicon("zz")
    finally:
        load_number_lexicon.cache_clear()


def test_no_language_word_in_the_code() -> None:
    """Number words of the lexicons (4 letters and more) are not in numbers.py's code: names
    and one-line strings (docstrings, comments and commented patterns hold examples)."""
    source = (ROOT / "extract" / "numbers.py").read_text(encoding="utf-8")
    code_words: set[str] = set()
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        one_line_string = token.type == tokenize.STRING and "\n" not in token.string
        if token.type == tokenize.NAME or one_line_string:
            code_words |= set(re.findall(r"\w+", token.string.casefold()))
    for lang in LANGS:
        data = load_number_lexicon(lang)
        lexicon_words = {
            word
            for key in ("number_words", "articles", "joiners", "decimal_words")
            for pattern in data.get(key, [])
            for word in re.findall(r"[^\W\d_]{4,}", pattern.casefold())
        }
        assert not lexicon_words & code_words, lexicon_words & code_words


# ---------------------------------------------------------------------------------------------
# Properties and adversarial inputs


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from(LANGS))
def test_numbers_and_amounts_never_raise_and_stay_in_text(text: str, lang: str) -> None:
    for start, end, _ in find_numbers(text, lang):
        assert 0 <= start < end <= len(text)
    for amount in find_amounts(text, lang):
        assert isinstance(amount, Amount)
        assert 0 <= amount.start <= amount.number_start < amount.end <= len(text)
        if amount.best is not None:
            assert amount.low is None or amount.low <= amount.best
            assert amount.high is None or amount.best <= amount.high
        if amount.low is not None and amount.high is not None:
            assert amount.low <= amount.high


NUMBERISH = st.lists(
    st.sampled_from(
        [
            "1", "10 000", "1,5", "2.000", "12k", "deux", "cent", "mille", "un", "une",
            "million", "environ", "plus de", "entre", "et", "à", "-", "des", "milliers",
            "two", "thousand", "a", "hundred", "about", "between", "and", "to", "%", "km",
            "décembre", "2024", " ", "\u202f", "(", ".", ",", "'",
        ]
    ),
    max_size=40,
).map(" ".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(NUMBERISH, st.sampled_from(LANGS))
def test_numberish_text_keeps_the_invariants(text: str, lang: str) -> None:
    for amount in find_amounts(text, lang):
        assert 0 <= amount.start <= amount.number_start < amount.end <= len(text)
        assert text[amount.start : amount.end] == text[amount.start : amount.end].strip()
        if amount.best is not None:
            assert amount.low is None or amount.low <= amount.best
            assert amount.high is None or amount.best <= amount.high


ADVERSARIAL = ["1 ", "environ ", "((((", "deux ", "a ", "1,", "un millier ", "- ", "1-"]


@pytest.mark.parametrize("piece", ADVERSARIAL, ids=[repr(p) for p in ADVERSARIAL])
def test_repetitive_input_is_linear(piece: str) -> None:
    text = piece * 100_000
    started = time.perf_counter()
    find_amounts(text, "fr")
    find_amounts(text, "en")
    assert time.perf_counter() - started < 20


def test_unsafe_lowered_pattern_matches_text_or_its_lowering() -> None:
    """`_TOKEN_UNSAFE_LOWERED` finds a character exactly when the text or its lowering holds
    an unsafe one (for every character below U+2100, beyond which all are unsafe)."""
    from extract.numbers import _TOKEN_UNSAFE, _TOKEN_UNSAFE_LOWERED

    for code in range(0x2100):
        char = chr(code)
        lowered = char.lower()
        if len(lowered) != 1:
            continue  # lowering changes the length: such a text is scanned unlowered
        expected = bool(_TOKEN_UNSAFE.search(char) or _TOKEN_UNSAFE.search(lowered))
        assert bool(_TOKEN_UNSAFE_LOWERED.search(char)) is expected, hex(code)
    assert _TOKEN_UNSAFE_LOWERED.search("\U0001f600")  # beyond: unsafe either way


def test_vague_amounts_are_read_before_their_timeout_can_run_out(monkeypatch) -> None:
    """The whole-text search's timeout clock starts with its iterator: the vague amounts are
    read at once, so time spent elsewhere before they are used (scanning the numbers, a slow
    machine) cannot make them time out. CI once failed on 200 000 characters of "1 "."""
    from extract import numbers

    monkeypatch.setattr(numbers, "_timeout", lambda text: 0.2)
    text = "des milliers de soldats " + "1 " * 1_000
    grammar = numbers._grammar("fr")
    lowered = numbers._lowered(text)
    _, vague = numbers._find_candidates(text, lowered, grammar, None)
    started = time.process_time()
    while time.process_time() - started < 0.4:  # other work, longer than the timeout
        pass
    assert [text[m.start() : m.end()] for m in vague] == ["des milliers"]
