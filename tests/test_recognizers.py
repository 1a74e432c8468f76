"""`find_numbers` against the number specs of Microsoft Recognizers-Text (MIT, copied with its
licence under tests/peers/recognizers/).

Only the cases whose expected results are plain numbers (integer or decimal subtypes) are used:
cases marked NotSupported, fractions, powers and ordinals are skipped, and so are the cases that
read the article alone ("un", "une", "a", "an") as 1, which Fourchette does on purpose not do.
A case passes when the values found equal the expected ones (as multisets, small tolerance);
the pass rate per language must reach `FLOOR`.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from extract.numbers import find_numbers

SPECS = Path(__file__).resolve().parent / "peers" / "recognizers"
FLOOR = 0.90
PLAIN_SUBTYPES = {"integer", "decimal"}
LONE_ARTICLES = {"un", "une", "a", "an"}
FILES = {"fr": "French_NumberModel.json", "en": "English_NumberModel.json"}


def _expected_value(resolution: dict[str, Any], lang: str) -> float:
    value = resolution["value"]
    if lang == "fr":
        value = value.replace(",", ".")  # the French spec writes decimals with a comma
    return float(value)


def plain_cases(lang: str) -> list[tuple[str, list[float]]]:
    """(input, expected values) of the spec's cases that expect plain numbers."""
    cases = json.loads((SPECS / FILES[lang]).read_text(encoding="utf-8"))
    selected = []
    for case in cases:
        if any("NotSupported" in key for key in case):
            continue
        results = case["Results"]
        if any(r["Resolution"].get("subtype") not in PLAIN_SUBTYPES for r in results):
            continue
        if any(r["Text"].strip().casefold() in LONE_ARTICLES for r in results):
            continue
        values = sorted(_expected_value(r["Resolution"], lang) for r in results)
        selected.append((case["Input"], values))
    return selected


def passes(text: str, expected: list[float], lang: str) -> bool:
    found = sorted(value for _, _, value in find_numbers(text, lang))
    return len(found) == len(expected) and all(
        math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9) for a, b in zip(found, expected, strict=True)
    )


@pytest.mark.parametrize("lang", sorted(FILES))
def test_spec_cases_are_selected(lang: str) -> None:
    assert len(plain_cases(lang)) >= 60


@pytest.mark.parametrize("lang", sorted(FILES))
def test_pass_rate_on_recognizers_number_spec(lang: str) -> None:
    cases = plain_cases(lang)
    failures = [
        (text, expected, [v for _, _, v in find_numbers(text, lang)])
        for text, expected in cases
        if not passes(text, expected, lang)
    ]
    rate = 1 - len(failures) / len(cases)
    print(f"\nRecognizers-Text NumberModel ({lang}): {rate:.1%} of {len(cases)} plain cases pass")
    for text, expected, found in failures:
        print(f"  miss {text!r}: expected {expected}, found {found}")
    assert rate >= FLOOR, f"{lang}: pass rate {rate:.1%} < {FLOOR:.0%}; misses: {failures}"
