"""Article text with its claims highlighted (safe HTML), and the sentence teachers quote."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import date

import pandas as pd
import regex

from extract.lexicon import load_country_names, world_demonym
from figures.strings import Strings
from figures.table import figure_range, latest_estimates

Span = tuple[int, int] | tuple[int, int, str]


def highlight_article(body: str, spans: Iterable[Span], active: str | None = None) -> str:
    """The article as HTML, every claim span wrapped in `<mark>`; all text escaped.

    Spans are (start, end) or (start, end, claim_id) offsets into `body`; a span overlapping an
    earlier one is merged into it (a mark cannot straddle another), out-of-range spans are
    clipped. The claim whose id is `active` gets `class="active"` and an `id` to scroll to.
    Paragraphs (blank lines) become `<p>`; the article text is never trusted as HTML.

    >>> highlight_article("Lost <b>600</b> men.", [(8, 11, "a:10")], active="a:10")
    '<div class="fourchette-article"><p>Lost &lt;b&gt;<mark class="active" id="claim-a-10" \
title="a:10">600</mark>&lt;/b&gt; men.</p></div>'
    """
    clean: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], s[1])):
        start, end = max(0, int(span[0])), min(len(body), int(span[1]))
        key = str(span[2]) if len(span) > 2 else ""
        if end <= start:
            continue
        if clean and start < clean[-1][1]:
            prev = clean[-1]
            keep = prev[2] if prev[2] == active or key != active else key
            clean[-1] = (prev[0], max(prev[1], end), keep)
            continue
        clean.append((start, end, key))
    pieces: list[str] = []
    cursor = 0
    for start, end, key in clean:
        pieces.append(html.escape(body[cursor:start]))
        attrs = ""
        if key and key == active:
            attrs = f' class="active" id="claim-{_html_id(key)}"'
        if key:
            attrs += f' title="{html.escape(key)}"'
        pieces.append(f"<mark{attrs}>{html.escape(body[start:end])}</mark>")
        cursor = end
    pieces.append(html.escape(body[cursor:]))
    text = "".join(pieces).strip()
    paragraphs = [p.strip().replace("\n", "<br>") for p in text.split("\n\n") if p.strip()]
    return (
        '<div class="fourchette-article">' + "".join(f"<p>{p}</p>" for p in paragraphs) + ("</div>")
    )


def _html_id(key: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in key)


def summary_sentence(
    frame: pd.DataFrame,
    metric: str,
    as_of: date | str,
    strings: Strings,
    subjects: Sequence[str] | None = None,
) -> str:
    """The one sentence a teacher needs, from each claimant's latest estimate as of a date.

    The range runs from the lowest low end to the highest high end (see `figures.table`) of
    the estimates stated with figures; vague amounts ("des dizaines de milliers", 20 000 to
    99 999 by convention) are left out of it when there is any other estimate, since their
    conventional bounds are not figures anyone stated (the chart still shows them).

    >>> from figures.strings import load_strings
    >>> from figures.table import _fill
    >>> f = _fill(pd.DataFrame({"claimant": ["A", "B"], "value_best": [600, 2000],
    ...     "claim_date": ["2025-04-30", "2025-04-02"]}))
    >>> summary_sentence(f, "killed", "2025-04-30", load_strings("en"))
    'On 30 April 2025, estimates of North Korean deaths ranged from 600 to 2,000 (2 claimants).'
    """
    latest = latest_estimates(frame, as_of, metric=metric)
    day = pd.Timestamp(as_of).date().isoformat()
    # The troops named are those of the estimates quoted (else of every claim of the metric).
    counted = latest if len(latest) else frame[frame["metric"] == metric]
    subject = _subject_words(counted, subjects, strings)
    what = strings.t(f"summary.what.{metric}", subject=subject)
    what = " ".join(what.split())
    when = strings.date(day)
    if "qualifier" in latest.columns:
        stated = latest[latest["qualifier"] != "vague"]
        latest = stated if len(stated) else latest
    bounds = figure_range(latest)
    if bounds is None:
        return strings.t("summary.none", date=when, what=what)
    low, high = bounds
    if len(latest) == 1 and low == high:
        row = latest.iloc[0]
        return strings.t(
            "summary.single",
            date=when,
            what=what,
            value=strings.number(low),
            claimant=row["claimant_label"],
        )
    return strings.t(
        "summary.range",
        date=when,
        what=what,
        low=strings.number(low),
        high=strings.number(high),
        n=latest["claimant_label"].nunique(),
    )


def _subject_words(frame: pd.DataFrame, subjects: Sequence[str] | None, strings: Strings) -> str:
    codes = list(subjects) if subjects else sorted(set(frame.get("subject", [])))
    if len(codes) != 1:
        return strings.t("summary.subject_any")
    word = strings.get(f"summary.subjects.{codes[0]}")
    if not isinstance(word, str) and strings.get("summary.subject_world_adjective"):
        word = load_country_names().get(codes[0])  # any country's: "Rwandan deaths"
    plural = strings.get("summary.subject_world_plural")
    if not isinstance(word, str) and isinstance(plural, str) and plural:
        # the world file's demonym, in the plural the sentence needs: « soldats indiens »
        demonym = world_demonym(codes[0], strings.language)
        if demonym is not None:
            stem, endings = demonym
            word = stem + plural if plural in endings else stem
    return word if isinstance(word, str) else strings.t("summary.subject_unknown", code=codes[0])


_SENTENCE_END = regex.compile(r"(?<=[.!?…»”\"])\s+|\n+")
_WORD = regex.compile(r"\S+")


def sentence_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of an article body: split after . ! ? and at line breaks.

    Offsets point into `body` (surrounding spaces left out), so a span picked in the dashboard
    is `body[start:end]` exactly.

    >>> body = "Seoul said 600 died. Kyiv said more.\\nA new line"
    >>> [body[a:b] for a, b in sentence_spans(body)]
    ['Seoul said 600 died.', 'Kyiv said more.', 'A new line']
    """
    spans, start = [], 0
    for match in [*_SENTENCE_END.finditer(body), None]:
        end = match.start() if match else len(body)
        piece = body[start:end]
        if piece.strip():
            left = start + len(piece) - len(piece.lstrip())
            spans.append((left, start + len(piece.rstrip())))
        if match:
            start = match.end()
    return spans


def word_spans(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each word (run of non-spaces) of `body[start:end]`, as body offsets.

    >>> body = "Seoul said 600 died."
    >>> [body[a:b] for a, b in word_spans(body, 6, 20)]
    ['said', '600', 'died.']
    """
    return [(start + m.start(), start + m.end()) for m in _WORD.finditer(body[start:end])]
