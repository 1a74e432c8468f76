"""Fuzzing: article-like text, article files and arbitrary bytes never break the invariants.

Strategies build what real input looks like (numbers in every format, cue words, dates,
front matter, HTML fragments) and plain garbage. Each property is a `check_*` function over
generated values, registered in `PROPERTIES`; the tests run a bounded number of examples, and
`scripts/fuzz.py --minutes N` runs the same properties for longer and prints what failed.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import extract_claims
from extract.claim import METRICS, PRECISIONS, QUALIFIERS
from extract.corpus import Article, ArticleError, read_article
from extract.ingest import Page, _one_line, article_text

# --- strategies ---------------------------------------------------------------------------

SEPARATORS = [" ", "\u00a0", "\u202f", ".", ",", "'", ""]
SPELLED = [
    "deux",
    "trois mille",
    "cent",
    "dix mille",
    "une centaine",
    "un millier",
    "des milliers",
    "des dizaines de milliers",
    "two thousand",
    "hundreds",
    "tens of thousands",
    "a dozen",
    "1,5 millier",
    "1.5 million",
    "12k",
    "10 K",
]
CUES = [
    "environ",
    "près de",
    "plus de",
    "au moins",
    "jusqu'à",
    "entre",
    "et",
    "about",
    "around",
    "more than",
    "at least",
    "up to",
    "between",
    "and",
    "to",
    "selon",
    "d'après",
    "a déclaré",
    "according to",
    "said",
    "reportedly",
    "auraient été",
    "autres",
    "additional",
    "dont",
    "including",
    "soldats",
    "troupes",
    "soldiers",
    "troops",
    "nord-coréens",
    "North Korean",
    "tués",
    "killed",
    "blessés",
    "wounded",
    "pertes",
    "casualties",
    "capturés",
    "prisonniers",
    "captured",
    "déployés",
    "envoyés",
    "deployed",
    "sent",
    "le NIS",
    "the Pentagon",
    "Kyiv",
    "Séoul",
    "le renseignement ukrainien",
    "des sources",
]
DATES = [
    "lundi",
    "Monday",
    "le 23 décembre 2024",
    "on Dec. 23",
    "en octobre",
    "in early October",
    "au début de 2025",
    "last week",
    "la semaine dernière",
    "2024",
    "2025-01-14",
    "14/01/2025",
    "à l'époque",
    "hier",
    "yesterday",
]
HTML_FRAGMENTS = [
    "<p>",
    "</p>",
    "<br>",
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(2)">',
    '<a href="javascript:alert(3)">lien</a>',
    "&amp;",
    "&nbsp;",
    "&#8239;",
    "<!--",
    "-->",
    "<![CDATA[",
    "<div class='share'>Partager</div>",
    "<nav>Accueil</nav>",
    "<html>",
    "<body>",
]
PUNCTUATION = [",", ".", ";", ":", "«", "»", "(", ")", '"', "'", "\u2019", "-", "–", "\n", "\n\n"]


@st.composite
def numbers(draw: st.DrawFn) -> str:
    """A number as articles write it: grouped thousands, decimals, spelled out, ranges."""
    kind = draw(st.sampled_from(["grouped", "plain", "decimal", "spelled", "range"]))
    if kind == "grouped":
        value = draw(st.integers(1000, 10**7))
        separator = draw(st.sampled_from(SEPARATORS))
        return f"{value:,}".replace(",", separator)
    if kind == "plain":
        return str(draw(st.integers(0, 10**9)))
    if kind == "decimal":
        whole, part = draw(st.integers(0, 99)), draw(st.integers(0, 9))
        unit = draw(st.sampled_from(["millier", "milliers", "million", "thousand", "k", ""]))
        return f"{whole}{draw(st.sampled_from([',', '.']))}{part} {unit}".strip()
    if kind == "spelled":
        return draw(st.sampled_from(SPELLED))
    low, high = sorted(draw(st.lists(st.integers(1, 100_000), min_size=2, max_size=2)))
    form = draw(st.sampled_from(["entre {} et {}", "{} to {}", "{}-{}", "de {} à {}", "{} à {}"]))
    return form.format(low, high)


words = st.one_of(
    numbers(),
    st.sampled_from(CUES),
    st.sampled_from(DATES),
    st.sampled_from(PUNCTUATION),
    st.text(min_size=1, max_size=6),
)
article_body = st.lists(words, max_size=80).map(" ".join)
html_body = st.lists(words | st.sampled_from(HTML_FRAGMENTS), max_size=60).map(" ".join)

front_matter_values = {
    "title": st.text(max_size=40) | st.sampled_from(["Koursk : bilan", '"Séoul"', "[a, b]"]),
    "outlet": st.text(max_size=20),
    "url": st.sampled_from(["https://a.example/x?y=1#z", "", "not a url"]),
    "published": st.sampled_from(["2025-04-28", "2026-01", "2024", "2025-02-30", "hier", ""]),
    "language": st.sampled_from(["fr", "en", "EN-gb", "de", "", "xx"]),
    "tags": st.sampled_from(["[war]", "{a: b}", "- x"]),
}


@st.composite
def article_files(draw: st.DrawFn) -> tuple[str, bytes]:
    """A file name and bytes: a front matter file, a saved page, or something broken."""
    body = draw(article_body)
    kind = draw(st.sampled_from(["front matter", "no front matter", "html", "broken"]))
    if kind == "front matter":
        keys = draw(st.lists(st.sampled_from(list(front_matter_values)), unique=True))
        lines = [f"{key}: {draw(front_matter_values[key])}" for key in keys]
        text = "---\n" + "\n".join(lines) + "\n---\n" + body
        name = "article.txt"
    elif kind == "no front matter":
        text, name = body, "article.md"
    elif kind == "html":
        lang = draw(st.sampled_from(["fr", "en", "de", ""]))
        text = (
            f'<!DOCTYPE html><html lang="{lang}"><head><title>{draw(st.text(max_size=20))}'
            f"</title></head><body><nav>Accueil Monde</nav><article><p>{draw(html_body)}</p>"
            f"<p>{body}</p></article><div class='comments'>Laisser un commentaire</div>"
            "</body></html>"
        )
        name = draw(st.sampled_from(["page.html", "page.htm", "page.txt"]))
    else:
        text = draw(st.sampled_from(["---\n", "---\ntitle: x\n", "---\n: :\n---\n", ""])) + body
        name = "broken.txt"
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    return name, text.encode(encoding, errors="replace")


# --- properties ---------------------------------------------------------------------------


def check_claims(text: str, language: str, published: str) -> None:
    """Extraction never raises, and every claim is consistent with the text."""
    for claim in extract_claims(text, article_id="f", language=language, published=published):
        assert claim.quote == text[claim.span_start : claim.span_end]
        assert 0 <= claim.span_start < claim.span_end <= len(text)
        bounds = [v for v in (claim.value_low, claim.value_best, claim.value_high) if v is not None]
        assert bounds and bounds == sorted(bounds), (claim.value_low, claim.value_best)
        assert claim.metric in METRICS
        assert claim.qualifier in QUALIFIERS
        assert claim.claim_date_precision in (*PRECISIONS, "")
        assert claim.claim_id == f"f:{claim.span_start}"
        assert claim.sentence and claim.quote in claim.sentence


def _read(name: str, content: bytes) -> Article | None:
    """`read_article` on a file of these bytes: the Article, or None for an ArticleError."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(content)
        try:
            article = read_article(path)
        except ArticleError as error:
            assert str(error).startswith(f"{path}: ") and "\n" not in str(error)
            return None
    assert article.body.strip() and "\r" not in article.body
    return article


def check_arbitrary_bytes(name: str, content: bytes) -> None:
    """Whatever the bytes, reading a file raises nothing but a one-line ArticleError."""
    _read(name, content)


def check_article_file(file: tuple[str, bytes]) -> None:
    """A generated article file reads cleanly or fails clearly; what reads, extracts."""
    article = _read(*file)
    if article is not None:
        check_claims(article.body, article.language, article.published)


def check_stored_front_matter(title: str, outlet: str, body: str) -> None:
    """An article file written for a fetched page reads back with the same fields."""
    if len(body.split()) == 0:
        return
    page = Page(body.strip() + "\n", title, outlet, "https://a.example/p", "2025-04", "fr")
    article = _read("stored.txt", article_text(page).encode("utf-8"))
    if article is None:  # only a body that is not text (control characters) may fail
        return
    assert (article.title, article.outlet) == (_one_line(title), _one_line(outlet))
    assert (article.url, article.published, article.language) == (page.url, "2025-04", "fr")


PROPERTIES: dict[str, tuple[Callable[..., None], tuple[st.SearchStrategy, ...]]] = {
    "claims on article-like text": (
        check_claims,
        (
            article_body,
            st.sampled_from(["fr", "en", ""]),
            st.sampled_from(["2025-04-30", "2026-01", ""]),
        ),
    ),
    "claims on arbitrary text": (
        check_claims,
        (st.text(max_size=400), st.sampled_from(["fr", "en", ""]), st.just("2025-04-30")),
    ),
    "read_article on arbitrary bytes": (
        check_arbitrary_bytes,
        (st.sampled_from(["a.txt", "a.md", "a.html"]), st.binary(max_size=2000)),
    ),
    "read_article on article files": (check_article_file, (article_files(),)),
    "stored front matter reads back": (
        check_stored_front_matter,
        (st.text(max_size=60), st.text(max_size=30), article_body),
    ),
}

FAST = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _property_test(name: str) -> Callable[[], None]:
    check, strategies = PROPERTIES[name]
    return FAST(given(*strategies)(check))


test_claims_on_article_like_text = _property_test("claims on article-like text")
test_claims_on_arbitrary_text = _property_test("claims on arbitrary text")
test_read_article_on_arbitrary_bytes = _property_test("read_article on arbitrary bytes")
test_read_article_on_article_files = _property_test("read_article on article files")
test_stored_front_matter_reads_back = _property_test("stored front matter reads back")
