"""Invariants of the extraction, checked on generated article-like text (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import extract_claims
from extract.claim import METRICS, PRECISIONS, QUALIFIERS

# Pieces that make the rules fire: numbers in many formats, cue words, dates, punctuation.
PIECES = [
    "10 000",
    "10\u00a0000",
    "10\u202f000",
    "10.000",
    "10,000",
    "1,5 millier",
    "12k",
    "deux",
    "two thousand",
    "une centaine",
    "des milliers",
    "tens of thousands",
    "entre 10 et 12",
    "11,000 to 12,000",
    "environ",
    "plus de",
    "at least",
    "up to",
    "jusqu'à",
    "soldats",
    "soldiers",
    "nord-coréens",
    "North Korean",
    "tués",
    "killed",
    "blessés",
    "wounded",
    "pertes",
    "casualties",
    "prisonniers",
    "captured",
    "envoyés",
    "sent",
    "autres",
    "more",
    "selon",
    "according to",
    "a déclaré",
    "said",
    "Selon lui",
    "he said",
    "le NIS",
    "Kyiv",
    "Séoul",
    "lundi",
    "Monday",
    "le 23 décembre",
    "in early October",
    "à l'époque",
    "last week",
    "2024",
    "auraient",
    "reportedly",
    "dont",
    "including",
    ",",
    ".",
    ";",
    ":",
    "«",
    "»",
    "(",
    ")",
    "\n",
    "\n\n",
    "-",
    "'",
    "\u2019",
]
words = st.sampled_from(PIECES) | st.text(min_size=1, max_size=8)
article_text = st.lists(words, max_size=60).map(" ".join)


def check(text: str, lang: str, published: str) -> None:
    for claim in extract_claims(text, article_id="p", language=lang, published=published):
        assert claim.quote == text[claim.span_start : claim.span_end]
        assert 0 <= claim.span_start < claim.span_end <= len(text)
        values = [v for v in (claim.value_low, claim.value_best, claim.value_high) if v is not None]
        assert values and values == sorted(values)
        assert claim.metric in METRICS
        assert claim.qualifier in QUALIFIERS
        assert claim.claim_date_precision in (*PRECISIONS, "")
        assert claim.claim_id == f"p:{claim.span_start}"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_text, st.sampled_from(["fr", "en"]), st.sampled_from(["2025-04-30", "2026-01", ""]))
def test_extraction_invariants_on_article_like_text(text, lang, published):
    check(text, lang, published)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["fr", "en", ""]))
def test_extraction_never_raises_on_arbitrary_text(text, lang):
    check(text, lang, "2025-04-30")
