"""From an article's text to its claims: the pipeline and the claim rules.

`extract_claims` reads as the pipeline: normalise, split sentences, find amounts, then for
each amount decide its metric, subject, increment and hedging, who states it and when.
Each decision is an ordered cascade from the strongest evidence to the weakest, and the
`rule` column records which step decided.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from copy import copy
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import regex

from extract.attribution import (
    KIN,
    RELAY_KINDS,
    UNNAMED,
    Cue,
    Mention,
    attribution_patterns,
    cue_patterns,
    cue_source,
    defined_acronyms,
    described_bodies,
    find_cues,
    find_mentions,
    join_mentions,
    led_coalitions,
    mention_patterns,
    placed_institutions,
    placed_relays,
    posted_places,
    subject_names,
)
from extract.claim import Claim, to_frame
from extract.corpus import Article, ArticleError, guess_language, iter_articles, known_languages
from extract.dates import (
    Anchor,
    DateMention,
    date_patterns,
    find_dates,
    infer_published,
    parse_iso,
    resolve_date,
)
from extract.lexicon import load_country_names, load_groups, load_lexicon, load_successions
from extract.numbers import Amount, find_amounts, postfix_at
from extract.text import (
    Scanned,
    Scanner,
    Sentence,
    group_index,
    longest_first,
    normalize,
    phrase_pattern,
    split_sentences,
    standard,
    standard_phrase_pattern,
    tokenize,
)

if TYPE_CHECKING:
    import pandas as pd

# Distances, in characters, within which a cue belongs to an amount.
METRIC_WINDOW = 90  # a metric word around the figure
NOUN_PHRASE_WORDS = 4  # words after the figure that still belong to its noun phrase
INHERIT_SENTENCES = 2  # an unattributed figure right after attributed ones continues them
_STATELESS = "-"  # the subject of troops of no one country ("foreign fighters"): written ""
METRIC_ORDER = ("casualties", "killed", "wounded", "captured", "deployed")


@dataclass(frozen=True)
class _Rules:
    """The compiled claim patterns of one language.

    Metric words and troop nouns are found by the article's `Scanner` (`regex` patterns);
    the others are searched in short windows around each figure, on the faster `re`
    engine (`standard_phrase_pattern`).
    """

    lang: str
    metrics: tuple[tuple[str, regex.Pattern], ...]
    troop_noun: regex.Pattern
    troop_noun_at: re.Pattern  # the same, matched at a word of a noun phrase
    deployed_at: re.Pattern  # the deployed metric's words, on the standard engine
    other_noun: re.Pattern
    not_deployed: re.Pattern  # a word saying the troops counted are not sent (« rapatriés »)
    exchange: re.Pattern  # a prisoner exchange named near troops coming home ("swap")
    returns: re.Pattern  # the `not_deployed` words of troops coming back ("came home")
    person_noun: re.Pattern  # "nationals": people a metric word counts, no troops by itself
    # Whose troops: the subjects a text names, with their patterns (`_with_subjects` fills
    # them per text; the language's rules hold none, as a lexicon may list every country).
    subjects: tuple[tuple[str, re.Pattern], ...]
    captor: re.Pattern  # a metric verb whose subject holds the prisoners (« détient »)
    subject_names: re.Pattern  # every subject, a group each ("s3"), for the scanner
    subject_codes: tuple[str, ...]  # the code of each group
    increment: re.Pattern
    partitive: re.Pattern
    hedge: re.Pattern
    not_claim: re.Pattern
    unit_size: re.Pattern  # ends right before a figure that is a group's size
    share: re.Pattern  # ends right before a figure that is a share of the previous one
    pronoun_count: re.Pattern  # "they were", « ils étaient » right before a bare figure
    comparison: re.Pattern  # "down from", « contre » right before a bare figure
    coordination: re.Pattern  # ends right before a figure coordinated with the previous one
    hypothetical: re.Pattern  # opens a hypothetical sentence or clause ("If", "Même si")
    hypothetical_in: re.Pattern  # the same phrases anywhere ("Asked what would happen if")
    concessive: re.Pattern  # "even if", "même si": no condition on what comes before
    rate: re.Pattern  # starts right after a counted noun that makes the figure a rate
    rate_before: re.Pattern  # "daily", "averaging": before the figure or its metric word
    place: re.Pattern  # ends right before a country named as a place ("détenus près de Kiev")
    now: re.Pattern  # "aujourd'hui", "now": a figure of the published day
    own_voice: re.Pattern  # "our estimate", "nous retenons": the article's own figure
    first_person: re.Pattern  # "I", "je", "ma": an interviewee speaking for themselves
    interview: re.Pattern  # "interview", "entretien": the sentence that dates an interview
    document: re.Pattern  # "Le document", "The report" opening a sentence: the last source's
    object_marker: re.Pattern  # "at", "de" ending a cue right before its figure ("put it at")
    object_opening: re.Pattern  # the same opening a figure's own words ("d'environ 600")
    passive: re.Pattern  # "estimated at", "estimé à" (and a qualifier) ending before a figure
    agent_after: re.Pattern  # the figure's words, then "by", "par", matched at its end
    coordinated: re.Pattern  # "and", "et" (a word conjunction) ending right before a verb
    conjunction_word: re.Pattern  # the same conjunctions, anywhere
    conjunction_gap: re.Pattern  # nothing but one ("tués et quelque 5 000 blessés")
    clause_conjunction: re.Pattern  # a comma and one: ", and", ", et" (a new clause)
    remark: re.Pattern  # after a figure, a remark on it: ", a figure that", ", un chiffre que"
    relative_carry: re.Pattern  # a carry cue pointing to the source before it: "selon laquelle"
    demonstrative: re.Pattern  # a pronoun naming the last source mentioned: « ces derniers »
    comparative: re.Pattern  # "more than", "plus que": a cue after one reports another figure
    auxiliary: re.Pattern  # "had been", "ont été" ending right before a word
    since_phrase: re.Pattern  # "depuis le début du", "since the": a period's words before a noun
    carry_kinds: tuple[tuple[str, re.Pattern], ...]  # kind -> carry cues naming it ("the agency")
    number_of: re.Pattern  # "the number of", "le nombre de": the troops a later figure counts
    total: re.Pattern  # "the total had reached", "un bilan supérieur à": ends before a figure
    of_them_in: re.Pattern  # right after a figure: "of them (were) in the Kursk region"
    of_them: re.Pattern  # right after a figure: "of them", "d'entre eux" (people counted)
    loss_verb: re.Pattern  # "lost", « perdu »: a verb of losing, the whole metric word
    of_the: re.Pattern  # between two figures: "3,000 of the 11,000 soldiers", "3 000 des 11 000"
    how_many: re.Pattern  # "how many", "combien": a question whose answer is a bare figure
    possessive: re.Pattern  # "leurs", "its": whose is the last country named before
    stateless: re.Pattern  # "foreign", « étrangers »: troops of no one country
    person_pronoun: re.Pattern  # "he", « elle »: opening a cue, a person named before
    body_pronoun: re.Pattern  # "it": opening a cue, a body named before in its sentence
    possessive_before: re.Pattern  # the same, ending right before a metric word ("leurs pertes")
    own_possessive: re.Pattern  # "its", « ses »: a possessive that may name the speaker's own
    belonging: re.Pattern  # "of the", « de » after a troop noun: "fighters of the M23"
    troop_before: re.Pattern  # a troop noun (and "of the") ending right before a word
    title_before: re.Pattern  # a person's title ending right before a word ("porte-parole")
    among: re.Pattern  # "among the", « parmi les » right after a metric word
    definite_before: re.Pattern  # a definite article right before a figure: "the 11,000 men"
    stated_after: re.Pattern  # a statement's participle in a figure's next words: "annoncés"
    complementizer: re.Pattern
    contrast: re.Pattern  # "but", "mais": a metric word past one is another clause's
    inclusion: re.Pattern  # "compris", "included": after a metric word naming a part
    inclusion_before: re.Pattern  # "y compris les", "including the": before one
    relaying: re.Pattern  # "relayed", "briefing": between a lawmaker and the agency relayed
    follows: re.Pattern  # "as follows", "voici": a sentence announcing the figures after it
    label_opening: re.Pattern  # "c'est le nombre de": after a figure's colon, before its noun
    origin: re.Pattern  # "comes from", "émane de": who wrote the document a sentence is about
    since: re.Pattern  # ends right before a date that starts a period ("depuis la")
    since_clause: re.Pattern  # a period's opening word earlier in a date's clause
    event_after: re.Pattern  # right after a date: the event it names ("[the 2020] war")
    decade: re.Pattern  # a decade ("the 1990s", « les années 1990 »), its first year `year`
    event_before: re.Pattern  # right before a date: the event it names ("the war of [1982]")
    since_clause_tight: re.Pattern  # the same with no comma between ("since X began in")
    relative_clause: re.Pattern  # ", which ...", « , qui ... » open up to the end of a window
    relative_opening: re.Pattern  # "who", « qui »: right after a noun, a clause describing it
    as_of: re.Pattern  # between a figure and the date of its estimate ("600 in April")
    deadline: re.Pattern  # "by", "d'ici": a later month after one is a target, not a date
    statement_verbs: re.Pattern  # "said", "a déclaré": the attribution lexicon's verbs
    locative: re.Pattern  # ends right before a source's name used as a place ("in Kyiv")
    citing: re.Pattern  # a cue naming where a figure comes from ("citing", "citant")
    fronted: re.Pattern  # opens a sentence with a subordinate clause ("After X briefed it,")
    back_reference: re.Pattern  # opens a sentence that attributes the previous one ("C'est ce qu'")
    back_reference_in: re.Pattern  # the same phrases anywhere ("..., c'est ce qu'a déclaré")
    abbreviations: tuple[str, ...]


@cache
def claim_rules(lang: str) -> _Rules:
    """Compile the language's claim lexicon once."""
    lexicon = load_lexicon(lang)
    troop_noun = phrase_pattern(lexicon.get("troop_nouns", []))
    # "war", « guerre »: the event a year next to one names (`event_after`, `event_before`)
    event_nouns = "|".join(lexicon.get("dates", {}).get("event_nouns", [])) or "(?!)"
    return _Rules(
        lang=lang,
        metrics=tuple(
            (metric, phrase_pattern(lexicon.get("metrics", {}).get(metric, [])))
            for metric in METRIC_ORDER
        ),
        troop_noun=troop_noun,
        troop_noun_at=standard(troop_noun),
        deployed_at=standard_phrase_pattern(lexicon.get("metrics", {}).get("deployed", [])),
        other_noun=standard_phrase_pattern(lexicon.get("other_nouns", [])),
        not_deployed=standard_phrase_pattern(lexicon.get("not_deployed", [])),
        exchange=standard_phrase_pattern(lexicon.get("exchanges", [])),
        returns=standard_phrase_pattern(lexicon.get("returns", [])),
        person_noun=standard_phrase_pattern(lexicon.get("person_nouns", [])),
        captor=standard_phrase_pattern(lexicon.get("captor_verbs", [])),
        subjects=(),
        subject_names=subject_names(lang)[0],
        subject_codes=subject_names(lang)[1],
        increment=standard_phrase_pattern(lexicon.get("increment", [])),
        partitive=standard_phrase_pattern(lexicon.get("partitive_increment", [])),
        hedge=standard_phrase_pattern(lexicon.get("hedges", [])),
        not_claim=standard_phrase_pattern(lexicon.get("not_claims", [])),
        unit_size=_just_before(lexicon.get("unit_sizes", [])),
        share=_just_before(lexicon.get("share_cues", [])),
        pronoun_count=_just_before(lexicon.get("pronoun_counts", [])),
        comparison=_just_before(lexicon.get("comparisons", [])),
        coordination=_just_before(lexicon.get("coordinations", [])),
        hypothetical_in=standard_phrase_pattern(lexicon.get("hypotheticals", [])),
        concessive=standard_phrase_pattern(lexicon.get("concessives", [])),
        # leading punctuation and footnote markers ("⁴ If the true ratio were...")
        hypothetical=_opening(lexicon.get("hypotheticals", []), lead=r"[\W_¹²³⁰-⁹]*"),
        rate=_just_after(lexicon.get("rates", [])),
        rate_before=standard_phrase_pattern(lexicon.get("rates_before", [])),
        place=_just_before(lexicon.get("places_before", [])),
        now=standard_phrase_pattern(lexicon.get("now", [])),
        own_voice=standard_phrase_pattern(lexicon.get("attribution", {}).get("own_voice", [])),
        first_person=standard_phrase_pattern(
            lexicon.get("attribution", {}).get("first_person", [])
        ),
        interview=standard_phrase_pattern(lexicon.get("attribution", {}).get("interview", [])),
        document=_opening(lexicon.get("attribution", {}).get("documents", [])),
        object_marker=_just_before(
            lexicon.get("attribution", {}).get("object_markers", []), elided=True
        ),
        object_opening=re.compile(
            "(?:{})(?:[ ]+|(?<=['’]))".format(
                "|".join(lexicon.get("attribution", {}).get("object_markers", [])) or "(?!)"
            ),
            re.IGNORECASE,
        ),
        passive=re.compile(
            r"(?<![\w-])(?:{})\s+(?:{})(?:\s+|(?<=['’]))(?:[\w'’]+\s+){{0,3}}$".format(
                "|".join(lexicon.get("attribution", {}).get("passives", [])) or "(?!)",
                "|".join(lexicon.get("attribution", {}).get("object_markers", [])) or "(?!)",
            ),
            re.IGNORECASE,
        ),
        agent_after=re.compile(
            r"[^,;:.()«»\"\n]{{0,40}}?\s(?:{})\s+".format(
                "|".join(lexicon.get("attribution", {}).get("agents", [])) or "(?!)"
            ),
            re.IGNORECASE,
        ),
        coordinated=_just_before(_word_conjunctions(lexicon)),
        auxiliary=_just_before(lexicon.get("auxiliaries", [])),
        conjunction_word=re.compile(
            r"(?<![\w-])(?:{})(?![\w-])".format("|".join(_word_conjunctions(lexicon)) or "(?!)"),
            re.IGNORECASE,
        ),
        comparative=standard_phrase_pattern(lexicon.get("comparatives", [])),
        demonstrative=standard_phrase_pattern(
            lexicon.get("attribution", {}).get("demonstratives", [])
        ),
        relative_carry=standard_phrase_pattern(
            lexicon.get("attribution", {}).get("relative_carry", [])
        ),
        remark=re.compile(  # after the comma that opens the remark
            r",[ ]*(?:{})(?![\w-])".format("|".join(lexicon.get("remarks", [])) or "(?!)"),
            re.IGNORECASE,
        ),
        clause_conjunction=re.compile(
            r",[ ]*(?:{})[ ]+".format("|".join(_word_conjunctions(lexicon)) or "(?!)"),
            re.IGNORECASE,
        ),
        conjunction_gap=re.compile(
            r"[ ]*,?[ ]*(?:{})[ ]+".format("|".join(_word_conjunctions(lexicon)) or "(?!)"),
            re.IGNORECASE,
        ),
        carry_kinds=tuple(
            (str(kind), standard_phrase_pattern(phrases))
            for kind, phrases in lexicon.get("attribution", {}).get("carry_kinds", {}).items()
        ),
        number_of=standard_phrase_pattern(lexicon.get("number_of", [])),
        of_them=_just_after(lexicon.get("partitive_pronouns", [])),
        loss_verb=re.compile(
            rf"(?:{'|'.join(lexicon.get('loss_verbs', [])) or '(?!)'})", re.IGNORECASE
        ),
        of_the=re.compile(
            r"[ ]+(?:{})[ ]+".format("|".join(lexicon.get("partitive_figures", [])) or "(?!)"),
            re.IGNORECASE,
        ),
        of_them_in=_of_them_in(
            lexicon.get("partitive_pronouns", []), lexicon.get("places_before", [])
        ),
        how_many=standard_phrase_pattern(lexicon.get("how_many", [])),
        total=re.compile(
            rf"(?:{standard_phrase_pattern(lexicon.get('totals', [])).pattern})"
            r"(?:[ ]+[\w'’]+){0,4}?(?:[ ]+|(?<=\w)['’])\Z",  # "n'en compte qu'environ"
            re.IGNORECASE,
        ),
        possessive=standard_phrase_pattern(lexicon.get("possessives", [])),
        stateless=standard_phrase_pattern(lexicon.get("stateless", [])),
        person_pronoun=standard_phrase_pattern(
            lexicon.get("attribution", {}).get("person_pronouns", [])
        ),
        body_pronoun=standard_phrase_pattern(
            lexicon.get("attribution", {}).get("body_pronouns", [])
        ),
        possessive_before=_just_before(lexicon.get("possessives", [])),
        own_possessive=standard_phrase_pattern(lexicon.get("own_possessives", [])),
        among=re.compile(
            r"[ ]+(?:{})[ ]+".format("|".join(lexicon.get("among", [])) or "(?!)"), re.IGNORECASE
        ),
        title_before=_just_before(lexicon.get("attribution", {}).get("titles", [])),
        troop_before=_just_before(
            [
                rf"(?:{'|'.join(lexicon.get('troop_nouns', []))})"
                rf"(?:\s+(?:{'|'.join(lexicon.get('belonging', [])) or '(?!)'}))?"
            ],
            elided=True,
        ),
        belonging=re.compile(
            r"[ ]+(?:{})(?:[ ]+|(?<=['’]))".format(
                "|".join(lexicon.get("belonging", [])) or "(?!)"
            ),
            re.IGNORECASE,
        ),
        definite_before=_just_before(lexicon.get("definite_articles", [])),
        stated_after=re.compile(
            r"(?:[ ]+[\w'’-]+){0,2}?[ ]+(?:%s)(?![\w-])"
            % ("|".join(lexicon.get("stated_participles", [])) or "(?!)"),
            re.IGNORECASE,
        ),
        contrast=standard_phrase_pattern(lexicon.get("contrasts", [])),
        relaying=standard_phrase_pattern(lexicon.get("attribution", {}).get("relaying", [])),
        follows=standard_phrase_pattern(lexicon.get("attribution", {}).get("follows", [])),
        label_opening=re.compile(
            rf"(?:{'|'.join(lexicon.get('label_openings', [])) or '(?!)'})\s*", re.IGNORECASE
        ),
        origin=standard_phrase_pattern(lexicon.get("attribution", {}).get("origins", [])),
        inclusion=_just_after(lexicon.get("inclusions", [])),
        inclusion_before=_just_before(lexicon.get("inclusions_before", [])),
        complementizer=standard_phrase_pattern(
            lexicon.get("attribution", {}).get("complementizers", [])
        ),
        since=_since(lexicon.get("dates", {}).get("since", [])),
        decade=re.compile(
            rf"(?<![\w-])(?:{'|'.join(lexicon.get('dates', {}).get('decades', [])) or '(?!)'})"
            r"(?![\w-])",
            re.IGNORECASE,
        ),
        event_after=re.compile(
            rf"[ ]+(?:(?-i:[^\W\d_a-z])[\w'’-]*[ ]+)?(?:{event_nouns})(?![\w-])", re.IGNORECASE
        ),
        event_before=re.compile(
            rf"(?<![\w-])(?:{event_nouns})"
            rf"[ ]+(?:{'|'.join(lexicon.get('dates', {}).get('event_links', [])) or '(?!)'})[ ]*$",
            re.IGNORECASE,
        ),
        since_clause=re.compile(
            rf"(?<![\w-])(?:{'|'.join(lexicon.get('dates', {}).get('since', [])) or '(?!)'})"
            r"\b(?!\s*,)[^;:.!?\n]{0,50}$",
            re.IGNORECASE,
        ),
        since_clause_tight=re.compile(
            rf"(?<![\w-])(?:{'|'.join(lexicon.get('dates', {}).get('since', [])) or '(?!)'})"
            r"\b[^,;:.!?\n]{1,50}$",
            re.IGNORECASE,
        ),
        relative_clause=re.compile(
            r",\s*(?:"
            + ("|".join(lexicon.get("attribution", {}).get("relative_pronouns", [])) or "(?!)")
            + r")\b[^,;:.!?\n«»\"]{0,100}$",
            re.IGNORECASE,
        ),
        relative_opening=re.compile(
            r"\s+(?:"
            + ("|".join(lexicon.get("attribution", {}).get("relative_pronouns", [])) or "(?!)")
            + r")\s",
            re.IGNORECASE,
        ),
        as_of=_as_of(lexicon.get("dates", {}).get("as_of", [])),
        deadline=standard_phrase_pattern(lexicon.get("dates", {}).get("deadlines", [])),
        since_phrase=re.compile(
            rf"(?<![\w-])(?:{'|'.join(lexicon.get('dates', {}).get('since', [])) or '(?!)'})"
            r"(?:\s+|(?<=['’]))(?:(?-i:[^\W\d_A-ZÀ-ÖØ-Þ])[^\W\d_]*(?:\s+|['’])){0,3}$",
            re.IGNORECASE,
        ),
        statement_verbs=standard_phrase_pattern(lexicon.get("attribution", {}).get("verbs", [])),
        locative=_just_before(lexicon.get("attribution", {}).get("locatives", [])),
        citing=_opening(lexicon.get("attribution", {}).get("citing", []), lead=""),
        fronted=_opening(
            lexicon.get("attribution", {}).get("fronted_clauses", []), tail=r"[^,;:.]*,"
        ),
        back_reference_in=standard_phrase_pattern(
            lexicon.get("attribution", {}).get("back_references", [])
        ),
        back_reference=_opening(lexicon.get("attribution", {}).get("back_references", [])),
        abbreviations=tuple(lexicon.get("sentence", {}).get("abbreviations", [])),
    )


def _word_conjunctions(lexicon: dict) -> list[str]:
    """The conjunctions of `attribution.conjunctions` that are words ("and", not ",")."""
    conjunctions = lexicon.get("attribution", {}).get("conjunctions", [])
    return [word for word in conjunctions if re.search(r"\w", word)]


def _opening(phrases: list[str], *, lead: str = r"[«\"(\[ ]*", tail: str = "") -> re.Pattern:
    """A phrase matched where a sentence or clause opens (after `lead`: quotes, brackets),
    then `tail` ("After Seoul briefed NATO," runs to its comma)."""
    body = "|".join(f"(?:{p})" for p in phrases) or "(?!)"
    return re.compile(rf"{lead}(?:{body})(?![\w-]){tail}", re.IGNORECASE)


def _of_them_in(pronouns: list[str], places: list[str]) -> re.Pattern:
    """Right after a figure: a partitive pronoun (group `pronoun`), a few words, a place
    preposition and a capitalised name within three words ("of them were in the Kursk")."""
    pronoun = "|".join(f"(?:{p})" for p in pronouns) or "(?!)"
    place = "|".join(f"(?:{p})" for p in places) or "(?!)"
    return re.compile(
        rf"(?P<pronoun>[ ]+(?i:{pronoun}))(?:[ ]+[\w'’]+){{0,3}}?[ ]+(?i:{place})"
        r"[ ]+(?:[\w'’]+[ ]+){0,3}?[^\W\d_a-z]"
    )


def _just_before(phrases: list[str], elided: bool = False) -> re.Pattern:
    """A phrase that ends just before a position (search it in a short window ending there),
    after spaces or, when `elided`, right after its apostrophe ("d'environ")."""
    body = "|".join(f"(?:{p})" for p in phrases) or "(?!)"
    end = r"(?:\s+|(?<=['’]))$" if elided else r"\s+$"
    return re.compile(rf"(?<![\w-])(?:{body}){end}", re.IGNORECASE)


def _just_after(phrases: list[str]) -> re.Pattern:
    """A phrase that starts right after a position (matched there, after spaces)."""
    body = "|".join(f"(?:{p})" for p in phrases) or "(?!)"
    return re.compile(rf"[ ]*(?:{body})(?![\w-])", re.IGNORECASE)


def _since(phrases: list[str]) -> re.Pattern:
    """A period's opening word, and an article, ending just before a date."""
    body = "|".join(f"(?:{p})" for p in phrases) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{body})(?:\s+\w+'?)?\s*$", re.IGNORECASE)


def _as_of(phrases: list[str]) -> re.Pattern:
    """The gap between a figure and the date right after it: spaces, maybe a preposition
    and an article ("about 2,000 in September", "11,000 in the spring")."""
    body = "|".join(f"(?:{p})" for p in phrases) or "(?!)"
    return re.compile(rf"[ ]+(?:(?:{body})[ ]+)?(?:(?:the|l[ae])[ ]+|l')?", re.IGNORECASE)


def _starts_period(text: str, date: DateMention, rules: _Rules) -> bool:
    """Whether a date opens a period ("since mid-January"): it dates no statement."""
    return rules.since.search(text, max(0, date.start - 20), date.start) is not None


def _names_event(text: str, date: DateMention, rules: _Rules) -> bool:
    """Whether a date names an event ("the 2020 war", « la guerre de 2020 »): it dates no
    statement.

    >>> text = "about 3,800 soldiers killed in the 2020 war"
    >>> _names_event(text, find_dates(text, "en")[0], claim_rules("en"))
    True
    """
    return bool(
        rules.event_after.match(text, date.end)
        or rules.event_before.search(text, max(0, date.start - 40), date.start)
    )


class _Span(NamedTuple):
    start: int
    end: int
    label: str


@dataclass
class _Context:
    """What the article has said so far: sources, dates, claims."""

    published: Anchor | None
    last_source: Mention | None = None  # the source a pronoun or "selon lui" points back to
    last_source_sentence: int = -10
    attributed: list[tuple[int, Mention]] = field(default_factory=list)  # sentence, source
    source_dates: dict[str, Anchor] = field(default_factory=dict)  # claimant -> its last date
    last_claim: tuple[int, Mention | None, Anchor | None, str] | None = None
    last_figure: tuple[int, str, str] | None = None  # sentence, metric, subject of a claim
    last_whole: tuple[int, str, str] | None = None  # the same, of the last claim not a share
    introduced: tuple[int, Mention] | None = None  # a sentence with a speaker and no figure
    # a sentence with no figure that names a source and dates it: (its index, the countries
    # of the sources it names, the date) ("Mercredi, c'était au tour de Séoul de livrer ses
    # chiffres.": the next sentence's South Korean statement was made on Wednesday)
    dated_turn: tuple[int, int, frozenset[str], Anchor] | None = None  # and its paragraph
    # The sentence, last date with its year, its paragraph, whether someone spoke then.
    year_anchor: tuple[int, Anchor, int, bool] | None = None
    # written, its paragraph
    paragraph: int = -1  # the paragraph of the sentence being read
    list_source: Mention | None = None  # the source a list's title names ("How the NIS count")
    # A sentence announcing what follows ("Their summary table reads as follows."): its
    # paragraph and source; the figures after it in the paragraph are that source's.
    follows: tuple[int, Mention, Anchor | None] | None = None  # and the date it gives
    entry: bool = False  # whether the current sentence is an entry of a list or timeline
    last_date: Anchor | None = None
    past_date: Anchor | None = None  # the same, of the last one before the published day
    heading: tuple[int, Anchor] | None = None  # paragraph, date of a dated entry ("May 4.")
    # A date standing alone as its own paragraph ("MONDAY 4 NOVEMBER", « Avril 2025 »): the
    # day or month of a live blog's or a chronology's section, until the next one.
    section: Anchor | None = None
    previous: tuple[int, list[Mention]] | None = None  # the sentence before: start, mentions
    voices: dict[int, Mention] = field(default_factory=dict)  # paragraph -> who speaks in it
    turns: frozenset[int] = frozenset()  # the paragraphs a speaker's label opens
    asked: dict[int, str] = field(default_factory=dict)  # sentence -> metric its question asked
    last_claim_paragraph: int = -1
    # The years the article keeps writing (`_era`): the time it is about, whose figures are
    # not another era's history ("the 1982 war" in an anniversary, a retrospective of 1980-88)
    era: frozenset[int] = frozenset()
    last_by_kind: dict[str, Mention] = field(default_factory=dict)  # kind -> last one named


def extract_claims(
    text: str,
    *,
    article_id: str = "",
    outlet: str = "",
    url: str = "",
    published: str = "",
    language: str = "",
    title: str = "",
) -> list[Claim]:
    """Every numeric claim of one article body, in text order.

    >>> claims = extract_claims(
    ...     "Selon le NIS, environ 11 000 soldats nord-coréens ont été déployés.",
    ...     article_id="demo", published="2024-12-19", language="fr")
    >>> [(c.metric, c.value_best, c.qualifier, c.claimant_country, c.subject) for c in claims]
    [('deployed', 11000, 'approx', 'KR', 'KP')]
    >>> claims[0].quote
    'environ 11 000 soldats nord-coréens ont été déployés'
    """
    if not text or not text.strip():
        return []
    # 1. Language and anchor date: the published date, inferred from the text if missing.
    lang = language if language in known_languages() else (guess_language(text) or "en")
    rules = claim_rules(lang)
    anchor = parse_iso(published)
    published_inferred = False
    if anchor is None:
        anchor = infer_published(text, lang)
        published_inferred = anchor is not None
    # 2. One normalisation (same length: offsets stay valid), then sentences.
    norm = normalize(text)
    sentences = split_sentences(norm, rules.abbreviations)
    # 3. Candidates: amounts, source mentions, attribution cues and dates of the whole text.
    tokens = tokenize(norm)
    amounts = [a for a in find_amounts(text, lang, tokens) if _countable(a)]
    scanned = _scanner(lang).matches(norm, tokens)  # every phrase family, one pass
    mentions = find_mentions(norm, lang, scanned=scanned)
    mentions = posted_places(norm, lang, mentions)  # "diplomats in Asmara" are not Eritrea's
    mentions = placed_institutions(norm, lang, mentions)  # "SEOUL - The defence ministry"
    mentions = placed_relays(norm, mentions)  # "KHARTOUM - Un député a affirmé"
    mentions = described_bodies(norm, lang, mentions)  # "the X Observatory, a UK-based monitor"
    mentions = led_coalitions(norm, lang, mentions)  # "the Saudi-led coalition said"
    mentions = defined_acronyms(norm, mentions)  # "the Rapid Support Forces (RSF) ... RSF"
    cues = find_cues(norm, lang, scanned=scanned)
    dates = find_dates(norm, lang, scanned=scanned)
    if dates:  # a figure inside a date ("Le 19,", "il y a deux mois") counts nobody
        amounts = [a for a in amounts if not any(d.start <= a.start < d.end for d in dates)]
        # and a year that a qualifier made a count ("au moins 2000 morts") dates nothing
        dates = [d for d in dates if not any(a.number_start <= d.start < a.end for a in amounts)]
        # A dateline's date ("KYIV, Nov 5 (Agency) -") dates the dispatch, not a statement.
        dates = [d for d in dates if not _in_dateline(norm, d)]
    # "Environ 2 000. C'est le nombre de soldats tués": a figure standing alone is labelled
    # by the sentence after it; the two are read as one.
    sentences = _labelled_figures(norm, sentences, amounts, rules)
    metric_spans, troops = _metric_spans(rules, scanned)
    rules = _with_subjects(rules, scanned)  # whose troops: only the ones the text names
    # "Russia's numbers are far higher. Its defence ministry claimed": that country's.
    mentions = _possessed_institutions(norm, sentences, mentions, rules)
    # A metric word closing a carry cue is the speaker's verb: "The death toll, it added, now
    # stands at 2,300" adds no troops.
    carried = {c.end for c in cues if c.kind == "carry"}
    if carried:
        metric_spans = [s for s in metric_spans if s.end not in carried]
    # "Casualties among the dispatched forces are estimated to exceed 5,000": a sending
    # verb between an article and a troop noun describes the troops; it counts nothing.
    metric_spans = [s for s in metric_spans if not _attributive(norm, s, rules)]
    # "le total des pertes, blessés compris, atteindrait 4 700", "the total number of
    # casualties, including the wounded, now exceeds 6,000": a part the total includes.
    # "Depuis le début du déploiement, environ 2 300 militaires auraient été tués", "since
    # the deployment began": a metric word naming a period's start counts nothing.
    metric_spans = [
        s
        for s in metric_spans
        if not rules.inclusion.match(norm, s.end)
        and not rules.inclusion_before.search(norm, max(0, s.start - 20), s.start)
        and not rules.since_phrase.search(norm, max(0, s.start - 40), s.start)
    ]
    # A name right after a large figure is what it counts, not who speaks ("an estimated
    # 10,000 North Korean military personnel are now in Russia, one of the officials said");
    # a few speakers are both ("according to two lawmakers").
    counted = {a.end + 1 for a in amounts if _size(a) >= 100 and norm[a.end : a.end + 1] == " "}
    mentions = [m for m in mentions if m.start not in counted]
    # So is an armed group after any figure or a troop noun ("84 Wagner fighters", « 84
    # combattants de Wagner »): whose troops, not who speaks.
    after_figure = {a.end + 1 for a in amounts}
    mentions = [
        m
        for m in mentions
        if m.name not in _group_names()
        or not (m.start in after_figure or _group_of_troops(norm, m, rules))
    ]
    # A source that is the subject of a verb sending troops sends them; it does not speak
    # ("According to the agency, the North has sent roughly 15,000 soldiers", « Pyongyang a
    # en outre envoyé 6 000 hommes, a précisé le député »).
    patterns = attribution_patterns(lang)
    mentions = [m for m in mentions if not patterns.sender.match(norm, m.end)]
    # A capital naming an event does not speak ("the Pretoria agreement", « l'accord de
    # Pretoria »).
    mentions = [
        m
        for m in mentions
        if m.kind not in ("government", "state")
        or not (
            patterns.event_after.match(norm, m.end)
            or patterns.event_before.search(norm, max(0, m.start - 40), m.start)
        )
    ]

    @cache
    def default_subject() -> str:  # only when some figure does not say whose troops
        return _default_subject(
            norm,
            title,
            amounts,
            _outside(troops, mentions),
            metric_spans,
            rules,
            _people(norm, rules, scanned),
        )

    years = Counter(d.year for d in dates if d.year is not None)
    context = _Context(
        published=anchor,
        voices=_voices(norm, sentences, mentions, rules.interview, rules.place),
        turns=_turns(norm, sentences, metric_spans),
        asked=_asked(norm, sentences, metric_spans, troops, rules),
        era=_era(years),
    )
    meta = {
        "article_id": article_id,
        "outlet": outlet or "",
        "url": url or "",
        "published": anchor.iso if anchor else (published or ""),
        "language": lang,
        "published_inferred": published_inferred,
    }
    _interview_dates(norm, sentences, dates, rules, context)
    claims: list[Claim] = []
    seen: set[tuple] = set()
    last_key: tuple = ()
    last_increment = False
    stated: set[tuple] = set()  # the figures a source stated (metric, values)

    @cache
    def quoted() -> tuple[list[tuple[int, int]], list[int]]:  # only when a figure may be quoted
        return _quotations(norm), [s.end for s in sentences]  # the quotations, sentence ends

    speakers: list[Mention | None] = []  # who spoke last, before each sentence

    def following_end(index: int) -> int:
        return sentences[index + 1].end if index + 1 < len(sentences) else len(norm)

    by_start = _Buckets(amounts, mentions, cues, dates, metric_spans)
    for index, sentence in enumerate(sentences):
        speakers.append(context.last_source)
        context.paragraph = sentence.paragraph
        inside = [
            a for a in by_start.take(0, sentence.start, sentence.end) if a.end <= sentence.end
        ]
        here = _Sentence(
            index,
            sentence,
            norm,
            by_start.take(1, sentence.start, sentence.end),
            _sentence_cues(
                by_start.take(2, sentence.start, sentence.end),
                by_start.take(1, sentence.start, sentence.end),
                norm,
                rules,
            ),
            by_start.take(3, sentence.start, sentence.end),
            lang,
            by_start.take(1, sentence.end, following_end(index)),
            inside,
            (
                _pointed_back(index, sentences, by_start, norm, rules, context, quoted, speakers)
                if inside
                else None
            ),
        )
        spans = by_start.take(4, sentence.start, sentence.end)
        # 4. Each amount of the sentence: metric, subject, increment, hedging, source, date.
        heading = _heading_date(here, context)
        if heading is not None:
            context.heading = (sentence.paragraph, heading)
            if (
                _date_only(here)
                and (
                    index + 1 == len(sentences)
                    or sentences[index + 1].paragraph != sentence.paragraph
                )
                and (index == 0 or sentences[index - 1].paragraph != sentence.paragraph)
            ):
                context.section = heading  # a paragraph of its own: a section's date
        _list_entry(here, context, heading is not None)
        new = _sentence_claims(here, inside, spans, rules, context, default_subject)
        # 5. Remember who spoke and when, for the sentences that point back.
        _remember(here, context, bool(new))
        for claim_fields in new:
            _state_of_its_day(claim_fields)
            # The same figure from the same source on the same day is one claim, even
            # worded again with another qualifier ("6,000 casualties" then "more than 6,000").
            best = claim_fields["value_best"]
            key = (
                claim_fields["metric"],
                best,
                claim_fields["value_low"] if best is None else None,
                claim_fields["value_high"] if best is None else None,
                claim_fields["claimant_country"],
                claim_fields["claim_date"],
            )
            # one row per claim per article, the first statement; but "six others" right
            # after six is no restatement (« la mort de six soldats. Samedi, six autres »)
            if key in seen and not (
                claim_fields["increment"] and key == last_key and not last_increment
            ):
                continue
            if not claim_fields["increment"] and (
                (not key[4] and key[:4] + key[5:] in seen)
                or (not claim_fields["claimant"] and key[:4] in stated)
            ):
                # the figure again with no one to say it, after a source stated it on any
                # day ("the one soldier killed it had announced"): a reminder, not a claim;
                # not "six others" (« six autres militaires ont été tués »)
                continue
            seen.add(key)
            seen.add(key[:4] + key[5:])
            last_key, last_increment = key, claim_fields["increment"]
            if key[4]:
                stated.add(key[:4])
            start, end = claim_fields.pop("span")
            claims.append(
                Claim(
                    claim_id=f"{article_id}:{start}",
                    **meta,
                    **claim_fields,
                    quote=text[start:end],
                    sentence=text[sentence.start : sentence.end],
                    span_start=start,
                    span_end=end,
                )
            )
    return claims


def _voices(
    text: str,
    sentences: list[Sentence],
    mentions: list[Mention],
    interview: re.Pattern,
    place: re.Pattern | None = None,
) -> dict[int, Mention]:
    """Who speaks in each paragraph, where the layout says so: a transcript's speaker label
    ("ALAN GREER: I think...", "JCS OPERATIONS OFFICER: Our assessment..."), a source named
    in it or the one its last word was introduced with (« GÉNÉRAL QUÉMÉNEUR : » after « le
    général Yann Quéméneur, porte-parole de l'état-major des armées »; not a place, `place`);
    and the
    answers of an interview (the paragraphs after its questions, which end with "?"),
    spoken by the expert the introduction names, or, when the introduction says it is an
    interview (`interview`), by the first source it names ("a spokesman for Ukraine's
    Defence Intelligence ... The interview has been edited").

    >>> text = ("Hélène Varaine est chercheuse à Paris.\\nEt les pertes ?\\nJ'estime 3 000."
    ...         "\\nEt les prisonniers ?\\nDeux.")
    >>> interview = claim_rules("fr").interview
    >>> voices = _voices(text, split_sentences(text), find_mentions(text, "fr"), interview)
    >>> {paragraph: (mention.name, mention.country) for paragraph, mention in voices.items()}
    {2: ('Hélène Varaine (chercheuse)', 'FR'), 4: ('Hélène Varaine (chercheuse)', 'FR')}
    """
    voices: dict[int, Mention] = {}
    starts: dict[int, int] = {}  # paragraph -> where it starts
    ends: dict[int, int] = {}
    for sentence in sentences:
        starts.setdefault(sentence.paragraph, sentence.start)
        ends[sentence.paragraph] = sentence.end
    speakers = [m for m in mentions if m.kind not in ("media", UNNAMED)]
    if speakers:
        first = {m.start: m for m in speakers}
        words: dict[str, int] | None = None  # computed once, for the first label that needs it
        speaker_starts = [m.start for m in speakers]
        for paragraph, start in starts.items():
            opening = first.get(start)
            if opening is not None and _LABEL.match(text, opening.end):  # "Kyiv: Ukraine ..."
                voices[paragraph] = opening
                continue
            label = _SPEAKER_LABEL.match(text, start)
            if label is None:
                continue
            index = bisect_left(speaker_starts, start)
            inside = [
                m for m in speakers[index : index + 1] if m.end <= label.end("name")
            ]  # the first source named from the label's start, if it is in the label
            if not inside and words is None:
                words = _running_words(text)
            found = (
                inside[0]
                if inside
                else _introduced_as(text, label, speakers, speaker_starts, words, place)
            )
            if found is not None:
                voices[paragraph] = found
    questions = [p for p in starts if _QUESTION.search(text, starts[p], ends[p])]
    if len(questions) < 2:
        return voices
    lead = starts[questions[0]]  # the introduction ends where the first question starts
    introduced = [m for m in mentions if m.kind == "expert" and m.start < lead]
    if not introduced and interview.search(text, 0, lead):
        introduced = [m for m in speakers if m.start < lead]
        # a person or a research body the lead names over the governments whose news it
        # recalls ("North Korea admitted ... We asked Hana Seo, who tracks the deployment at
        # the Yeouido Centre for Defence Analysis, a private research institute in Seoul")
        interviewees = [m for m in introduced if m.kind in _INTERVIEWEE_KINDS]
        introduced = interviewees or introduced
    if not introduced:
        return voices
    asked = set(questions)
    for paragraph in starts:
        if paragraph > questions[0] and paragraph not in asked:
            voices.setdefault(paragraph, introduced[0])
    return voices


def _turns(text: str, sentences: list[Sentence], metric_spans: list[_Span]) -> frozenset[int]:
    """The paragraphs a speaker's label opens ("REPORTER: ", « ANIMATRICE : »), in a text
    where two labels at least do so; not a fact box's heading ("KILLED: 2,500"), whose label
    is a metric word.

    >>> text = "HOST: How many died?\\n\\nDANA WHITLOCK: About 100.\\n\\nKILLED: 100"
    >>> sorted(_turns(text, split_sentences(text), [_Span(49, 55, "killed")]))
    [0, 1]
    """
    starts: dict[int, int] = {}
    for sentence in sentences:
        starts.setdefault(sentence.paragraph, sentence.start)
    metric_starts = sorted(span.start for span in metric_spans)
    turns = {}
    for paragraph, start in starts.items():
        label = _SPEAKER_LABEL.match(text, start)
        if label is None:
            continue
        index = bisect_left(metric_starts, start)  # the first metric word from the label on
        if index == len(metric_starts) or metric_starts[index] >= label.end():
            turns[paragraph] = label.group("name").strip()
    return frozenset(turns) if len(set(turns.values())) >= 2 else frozenset()


def _introduced_as(
    text: str,
    label: re.Match,
    speakers: list[Mention],
    starts: list[int],
    words: dict[str, int],
    place: re.Pattern | None,
) -> Mention | None:
    """The source a speaker label's last word was introduced with: the first one named
    within `_INTRODUCTION_REACH` characters after the word's first use in running text
    (`words`, from `_running_words`), in its sentence, not as a place ("Mykola Horban, a
    former officer who now heads the Dnipro Institute", « le général Quéméneur,
    porte-parole de l'état-major »). `speakers` are in text order, `starts` theirs."""
    names = _LABEL_WORD.findall(label.group("name"))
    after = words.get(names[-1].casefold()) if names else None
    if after is None:
        return None
    reach = text[after : after + _INTRODUCTION_REACH]
    stop = _SENTENCE_END.search(reach)
    end = after + (stop.start() if stop else len(reach))
    index = bisect_left(starts, after)
    for mention in speakers[index:]:
        if mention.end > end:
            break
        if place is not None and place.search(text, max(0, mention.start - 20), mention.start):
            continue  # "our correspondent in Seoul"
        return mention
    return None


def _running_words(text: str) -> dict[str, int]:
    """Each word's end where the text first uses it in running text, not in capitals (a
    label, a name in capitals), by its case-folded form: one pass over the text.

    >>> _running_words("HORBAN: Hi. Mykola Horban heads it.")["horban"]
    25
    """
    found: dict[str, int] = {}
    for match in _LABEL_WORD.finditer(text):
        word = match.group()
        if not word.isupper():
            found.setdefault(word.casefold(), match.end())
    return found


_INTERVIEWEE_KINDS = ("person", "expert", "research")
_LABEL = re.compile(r"[ ]*:[ ]")  # after a speaker's name opening a paragraph
# A speaker's label opening a paragraph, in capitals, maybe with a note in brackets, before a
# colon: "JCS OPERATIONS OFFICER: ", « OKSANA MELNYK (TRADUCTION) : », "MAJ. GEN. ODUYA: "
_SPEAKER_LABEL = re.compile(
    r"(?P<name>[^\W\d_a-zß-ÿ](?:[^\W\d_a-zß-ÿ]|[ .'’-]){0,59}?)[ ]*(?:\([^()\n]{1,40}\)[ ]*)?:[ ]"
)
_LABEL_WORD = re.compile(r"[^\W\d_]{3,}")
_SENTENCE_END = re.compile(r"[.!?](?:[ \n]|\Z)|\n")
_INTRODUCTION_REACH = 140
_QUESTION = re.compile(r"\?[ »\"”’)]*\Z")  # a paragraph that ends with a question mark


def _interview_dates(
    text: str,
    sentences: list[Sentence],
    dates: list[DateMention],
    rules: _Rules,
    context: _Context,
) -> None:
    """When an interview was given, from the lead before its first answer ("This interview,
    conducted by phone on Monday, has been edited"): the interviewee's statements are of
    that day, unless a sentence dates one itself."""
    if not context.voices or not dates:
        return
    first = min(context.voices)  # the first paragraph someone speaks in
    for index, sentence in enumerate(sentences):
        if sentence.paragraph >= first:
            return
        if not rules.interview.search(text, sentence.start, sentence.end):
            continue
        for mention in dates:
            if sentence.start <= mention.start < sentence.end:
                resolved = _resolve(mention, context, index)
                if resolved is not None:
                    for voice in {v.name for v in context.voices.values()}:
                        _source_spoke(context, voice, resolved)
                    return


def _asked(
    text: str,
    sentences: list[Sentence],
    metric_spans: list[_Span],
    troops: list[_Span],
    rules: _Rules,
) -> dict[int, str]:
    """The sentences that answer a question asking how many ("Combien de soldats restent en
    Russie ?"), and the metric it asks: the answer's bare figure ("Je dirais une dizaine de
    milliers") counts it. An answer runs to the next question, at most three sentences, in
    the question's paragraph or the next one.

    >>> text = "Combien de soldats sont morts ? Environ 2 000, selon Séoul."
    >>> rules = claim_rules("fr")
    >>> spans, troops = _metric_spans(rules, _scanner("fr").matches(text, tokenize(text)))
    >>> _asked(text, split_sentences(text), spans, troops, rules)
    {1: 'killed'}
    """
    asked: dict[int, str] = {}
    if "?" not in text:
        return asked
    spans = _Buckets(metric_spans, troops)  # sliced per sentence: linear in hostile text
    for index, sentence in enumerate(sentences):
        if not _QUESTION.search(text, sentence.start, sentence.end) or not rules.how_many.search(
            text, sentence.start, sentence.end
        ):
            continue
        inside = spans.take(0, sentence.start, sentence.end)
        has_troops = bool(spans.take(1, sentence.start, sentence.end))
        metric = inside[0].label if inside else "deployed" if has_troops else None
        if metric is None:
            continue
        for answer in range(index + 1, min(index + 4, len(sentences))):
            following = sentences[answer]
            if following.paragraph > sentence.paragraph + 1 or _QUESTION.search(
                text, following.start, following.end
            ):
                break
            asked[answer] = metric
    return asked


def _in_dateline(text: str, date: DateMention) -> bool:
    """Whether a date is a dispatch's dateline: after a line's capitalised place names and a
    comma, before an optional agency in brackets and a dash."""
    return bool(
        _DATELINE_BEFORE.search(text, max(0, date.start - 60), date.start)
        and _DATELINE_AFTER.match(text, date.end)
    )


_DATELINE_BEFORE = re.compile(
    r"(?:\A|\n)[^\S\n]*[^\W\d_a-z]{2,}(?:[ /.'-]+[^\W\d_a-z]{2,})*,[ ]+\Z"
)
_DATELINE_AFTER = re.compile(r"[^\S\n]*(?:\([^()\n]{1,60}\)[^\S\n]*)?[-–—]")


class _Buckets:
    """Lists of spans sorted by start, sliced by offsets in O(log n) (bisect)."""

    def __init__(self, *lists: list) -> None:
        self.lists = [sorted(items, key=lambda item: item.start) for items in lists]
        self.starts = [[item.start for item in items] for items in self.lists]

    def take(self, which: int, start: int, end: int) -> list:
        starts = self.starts[which]
        return self.lists[which][bisect_left(starts, start) : bisect_left(starts, end)]


def _size(amount: Amount) -> int:
    """The largest value of an amount (its best, or the top of its range)."""
    return max(v for v in (amount.best, amount.low, amount.high) if v is not None)


def _lowest(amount: Amount) -> int:
    """The smallest value of an amount (its best, or the bottom of its range)."""
    return min(v for v in (amount.best, amount.low, amount.high) if v is not None)


FEW_LOST = 900  # soldiers lost fewer than this are dead; more, a toll of killed and wounded
LOSS_GLOSS = 30  # characters after the soldiers lost where a casualties word says what they are


def _small_word(amount: Amount) -> bool:
    """A small figure in words ("two government officials"): a count of people only with a
    troop or metric noun, and never the content that a cue's date stays out of."""
    return amount.rule.endswith("words") and _size(amount) < 100


@cache
def _group_names() -> frozenset[str]:
    """The claimant names of the groups file: armed groups and a state's forces."""
    return frozenset(group.name for group in load_groups())


def _labelled_figures(
    text: str, sentences: list[Sentence], amounts: list[Amount], rules: _Rules
) -> list[Sentence]:
    """Join a sentence that is only a figure ("Environ 2 000.", "Two.") to the next one of
    its paragraph when that one opens with a label ("C'est le nombre de", "That's the
    number of"), as a newsletter's figures of the week are written.

    >>> from extract.text import split_sentences
    >>> body = "Environ 2 000. C'est le nombre de soldats tués. Le reste suit."
    >>> found = find_amounts(body, "fr")
    >>> joined = _labelled_figures(body, split_sentences(body), found, claim_rules("fr"))
    >>> [body[s.start : s.end] for s in joined]
    ["Environ 2 000. C'est le nombre de soldats tués.", 'Le reste suit.']
    """
    if len(sentences) < 2 or not amounts:
        return sentences
    starts = {a.start: a for a in amounts}
    joined: list[Sentence] = []
    index = 0
    while index < len(sentences):
        sentence = sentences[index]
        after = sentences[index + 1] if index + 1 < len(sentences) else None
        amount = starts.get(sentence.start)
        if (
            amount is not None
            and after is not None
            and after.paragraph == sentence.paragraph
            and _FIGURE_STOP.fullmatch(text, amount.end, sentence.end)
            and rules.label_opening.match(text, after.start, after.end)
        ):
            joined.append(Sentence(sentence.start, after.end, sentence.paragraph))
            index += 2
            continue
        joined.append(sentence)
        index += 1
    return joined


_FIGURE_STOP = re.compile(r"\s*[.!…]\s*")  # a figure's own full stop, nothing else


def _countable(amount: Amount) -> bool:
    """Troop counts are whole people: at least one, and not absurdly many."""
    values = [v for v in (amount.best, amount.low, amount.high) if v is not None]
    return bool(values) and all(1 <= v < 10**8 for v in values)


@dataclass(eq=False)
class _Sentence:
    index: int
    span: Sentence
    text: str  # the whole normalised body
    mentions: list[Mention]
    cues: list[Cue]
    dates: list[DateMention]
    lang: str
    next_mentions: list[Mention]  # sources named in the next sentence
    amounts: list[Amount] = field(default_factory=list)  # the figures of the sentence
    # Who the next sentence says stated this one ("C'est ce qu'a déclaré le NIS"), and when.
    pointed: tuple[Mention, Anchor | None, str] | None = None  # and the rule that found it

    @cached_property
    def fronted_end(self) -> int | None:
        """Where a clause put first ("When ...,", "After ...,") ends, if the sentence opens
        with one (matched once: every cue of the sentence may ask)."""
        found = claim_rules(self.lang).fronted.match(self.text, self.start, self.end)
        return found.end() if found else None

    @cached_property
    def general(self) -> bool:
        """Whether a general-fact cue ("usually", "capable of") is anywhere in the sentence."""
        return claim_rules(self.lang).not_claim.search(self.text, self.start, self.end) is not None

    @cached_property
    def conditions(self) -> list[tuple[int, bool]]:
        """Where condition words ("if", "si") start in the sentence, and whether they are
        part of a concession ("even if", "même si")."""
        rules = claim_rules(self.lang)
        concessions = [m.span() for m in rules.concessive.finditer(self.text, self.start, self.end)]
        return [
            (m.start(), any(a <= m.start() < b for a, b in concessions))
            for m in rules.hypothetical_in.finditer(self.text, self.start, self.end)
        ]

    @cached_property
    def possessives(self) -> list[int]:
        """Where possessives ("leurs", "its") start in the sentence."""
        pattern = claim_rules(self.lang).possessive
        return [m.start() for m in pattern.finditer(self.text, self.start, self.end)]

    @cached_property
    def back_references(self) -> list[re.Match]:
        """Clauses pointing back to what precedes them ("c'est ce qu'a déclaré")."""
        pattern = claim_rules(self.lang).back_reference_in
        return list(pattern.finditer(self.text, self.start, self.end))

    @cached_property
    def outside_carry(self) -> list[Mention]:
        """Mentions that are not part of a carry cue, computed once per sentence."""
        carries = [c for c in self.cues if c.kind == "carry"]
        return [
            m for m in self.mentions if all(m.end <= c.start or m.start >= c.end for c in carries)
        ]

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


@cache
def _scanner(lang: str) -> Scanner:
    """One scanner for the phrase families of the whole text: metric words and troop
    nouns, source mentions, attribution cues, dates."""
    rules = claim_rules(lang)
    return Scanner(
        [
            *(pattern for _, pattern in rules.metrics),
            rules.troop_noun,
            rules.subject_names,
            *mention_patterns(lang),
            *cue_patterns(lang),
            *date_patterns(lang),
        ]
    )


def _possessed_institutions(
    text: str, sentences: list[Sentence], mentions: list[Mention], rules: _Rules
) -> list[Mention]:
    """`mentions` and the institutions a possessive gives a country (`possessed_institutions`
    of the attribution lexicon: "its defence ministry", « son état-major »): the last country
    or demonym named before it in its sentence, else the first named in the sentence before
    (its subject), outside the names of sources ("Russia's numbers are far higher. Its
    defence ministry claimed" is Russia's).

    >>> text = "Russia's numbers are far higher. Its defence ministry claimed 1,113 had come."
    >>> rules = claim_rules("en")
    >>> rules = _with_subjects(rules, _scanner("en").matches(text, tokenize(text)))
    >>> found = _possessed_institutions(text, split_sentences(text), [], rules)
    >>> [(m.name, m.country) for m in found]
    [('Russian military', 'RU')]
    """
    patterns = attribution_patterns(rules.lang)
    found = list(patterns.possessed_institution.finditer(text))
    if not found or not rules.subjects:
        return mentions
    names = load_country_names()
    starts = [s.start for s in sentences]
    spans = sorted((m.start, m.end) for m in mentions)
    span_starts = [start for start, _ in spans]

    def inside(position: int) -> bool:  # within a source's name
        at = bisect_right(span_starts, position) - 1
        return at >= 0 and spans[at][1] > position

    added: list[Mention] = []
    for match in found[:_MAX_POSSESSED]:
        start, end = match.span()
        if inside(start) or inside(end - 1):
            continue
        at = bisect_right(starts, start) - 1
        own = sentences[at].start if at >= 0 else 0
        before = sentences[at - 1].start if at > 0 else own
        # the last named in its sentence, else the first of the sentence before (its subject:
        # "Russia, which calls the Colombians mercenaries, has its own numbers. Its ...")
        named = _countries_named(text, own, start, rules, inside)
        if not named:
            named = _countries_named(text, before, own, rules, inside)[:1]
        kind = next((k for k, p in patterns.institutions if p.search(match.group())), "")
        if kind and named:
            code = named[-1][1]
            added.append(Mention(start, end, f"{names.get(code, code)} {kind}", code, kind))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


_MAX_POSSESSED = 200  # "its army" an article may name: beyond, hostile text


def _countries_named(
    text: str, start: int, end: int, rules: _Rules, inside: Callable[[int], bool]
) -> list[tuple[int, str]]:
    """The countries and demonyms named between `start` and `end` (a sentence or two), not
    `inside` the names of sources, in text order: (position, code)."""
    found = [
        (named.start(), code)
        for code, pattern in rules.subjects
        for named in pattern.finditer(text, start, end)
        if not inside(named.start())
    ]
    return sorted(found)


def _with_subjects(rules: _Rules, scanned: Scanned) -> _Rules:
    """The rules with the subjects (whose troops) a text names, from its scan: every
    subject search in the text tries those few, however many the lexicon lists."""
    present = sorted({group_index(m) for m in scanned[rules.subject_names]})
    subjects = tuple((rules.subject_codes[i], _subject_pattern(rules.lang, i)) for i in present)
    found = copy(rules)  # `dataclasses.replace` would check every field again: slower
    object.__setattr__(found, "subjects", subjects)
    return found


@cache
def _subject_pattern(lang: str, index: int) -> re.Pattern:
    """The names of one subject of the lexicon (compiled when a text first names it)."""
    return standard_phrase_pattern(list(load_lexicon(lang).get("subjects", {}).values())[index])


@cache
def _subject_scanner(lang: str) -> Scanner:
    """The subjects' names alone, for a short text scanned apart (an article's title)."""
    return Scanner([claim_rules(lang).subject_names])


def _metric_spans(rules: _Rules, scanned: Scanned) -> tuple[list[_Span], list[_Span]]:
    """Metric words of the whole text (a compound, "tués ou blessés", hides its parts),
    and the troop nouns."""
    found = [
        _Span(m.start(), m.end(), metric)
        for metric, pattern in rules.metrics
        for m in scanned[pattern]
    ]
    troops = scanned[rules.troop_noun]
    return longest_first(found), [_Span(m.start(), m.end(), "troop") for m in troops]


def _group_of_troops(text: str, mention: Mention, rules: _Rules) -> bool:
    """Whether an armed group is named after a troop noun, as whose troops ("84 combattants
    de Wagner", "fighters of the M23"); not after a title's adjective (« le porte-parole
    militaire des Houthis »: their spokesman, who speaks)."""
    troop = rules.troop_before.search(text, max(0, mention.start - 40), mention.start)
    if troop is None:
        return False
    return rules.title_before.search(text, max(0, troop.start() - 30), troop.start()) is None


def _attributive(text: str, span: _Span, rules: _Rules) -> bool:
    """Whether a deployment's word is an adjective: after a definite article, before a
    troop noun ("the dispatched forces", "the deployed troops").

    >>> text = "Casualties among the dispatched forces exceed 5,000."
    >>> rules = claim_rules("en")
    >>> spans, _ = _metric_spans(rules, _scanner("en").matches(text, tokenize(text)))
    >>> [(text[s.start : s.end], _attributive(text, s, rules)) for s in spans]
    [('Casualties', False), ('dispatched', True)]
    """
    return (
        span.label == "deployed"
        and text.startswith(" ", span.end)
        and rules.definite_before.search(text, max(0, span.start - 8), span.start) is not None
        and rules.troop_noun.match(text, span.end + 1) is not None
    )


def _not_sent(
    text: str,
    amount: Amount,
    noun_end: int,
    left_limit: int,
    right_limit: int,
    rules: _Rules,
    returned: bool = False,
) -> bool:
    """Whether a troop count's own verb says the troops are not sent (`not_deployed`; with
    `returned`, that they came back: `returns`, not "missing"): right
    before the figure ("brought home 230 Ukrainian soldiers",
    « récupéré 185 de ses soldats »), or within the clause's first words after its noun
    (« 115 militaires ukrainiens ont retrouvé leur pays », "had returned").

    >>> rules = claim_rules("en")
    >>> text = "Kyiv brought home 230 soldiers. 3,000 troops arrived, replacing men who returned."
    >>> first, second = find_amounts(text, "en")
    >>> _not_sent(text, first, text.index(" soldiers") + 9, 0, len(text), rules)
    True
    >>> _not_sent(text, second, text.index(" arrived"), 0, len(text), rules)
    False
    """
    words = rules.returns if returned else rules.not_deployed
    start = max(left_limit, amount.start - NOT_SENT_REACH)
    if _SENT_BEFORE.search(text, start, amount.start) is not None:
        before = text[start : amount.start]
        last = list(words.finditer(before))
        if last and _JUST_SPACE.fullmatch(before, last[-1].end()):
            return True
    end = min(right_limit, noun_end + NOT_SENT_REACH)
    stop = _BREAK.search(text, noun_end, end)
    after = text[noun_end : stop.start() if stop else end]
    found = words.search(after)
    return found is not None and len(after[: found.start()].split()) <= NOT_SENT_WORDS


NOT_SENT_REACH = 40  # characters looked at before a figure and after its noun
NOT_SENT_WORDS = 4  # words between a troop noun and a verb saying the troops are not sent
_SENT_BEFORE = re.compile(r"\w")
_JUST_SPACE = re.compile(r"\s+")


def _sentence_claims(
    here: _Sentence,
    amounts: list[Amount],
    spans: list[_Span],
    rules: _Rules,
    context: _Context,
    default_subject: Callable[[], str],
) -> list[dict]:
    text = here.text
    if not amounts:
        return []
    results: list[dict] = []
    subjects: list[str] = []  # each result's subject, `_STATELESS` kept
    left_limit = here.start
    previous_metrics: list[str] = []
    metric_starts = {span.start for span in spans}
    taken: _Span | None = None  # a metric word a part took from the whole after it
    unsent: int | None = None  # the end of troops counted as not sent (`_not_sent`)
    others: tuple[int, int] | None = None  # the last figure counting others, its phrase's end
    for position, amount in enumerate(amounts):
        right_limit = amounts[position + 1].start if position + 1 < len(amounts) else here.end
        before = text[max(here.start, amount.start - BEFORE_REACH) : amount.start]
        size = _size(amount)
        # "32-member alliance", "three-year war": a figure in a compound adjective.
        compound = (
            text[amount.end : amount.end + 1] == "-"
            and text[amount.end + 1 : amount.end + 2].isalpha()
            and not postfix_at(text, amount.end, here.lang)  # "some 12,000-odd troops"
        )
        if (
            compound
            # "the Three Brotherhood Alliance said": a number inside a source's name
            or any(m.start <= amount.start and amount.end <= m.end for m in here.mentions)
            or rules.unit_size.search(before)
            or _general(text, amount, here, rules)
            or _historical(text, amount, here, context)
            or _hypothetical(text, amount, here, rules, after=False)
        ):
            left_limit = amount.end
            continue
        noun_end, noun = _noun_phrase(text, amount, right_limit, metric_starts, rules)
        if noun == "other":
            left_limit = amount.end
            others = (position, noun_end)
            continue
        # "27 civilians have been killed ... and more than 120 wounded", « 63 civils tués et
        # près de 300 blessés »: a figure with no noun, joined to one that counts others,
        # counts them too.
        if (
            noun == "unknown"
            and others is not None
            and others[0] == position - 1
            and not _SENTENCE_BREAK.search(text, others[1], amount.start)
            and not rules.troop_noun.search(text, others[1], amount.start)
            and rules.conjunction_word.search(text, others[1], amount.start)
        ):
            left_limit = amount.end
            continue
        metric, cue, side, distance = _resolve_metric(
            text,
            amount,
            noun_end,
            [s for s in spans if s is not taken] if taken is not None else spans,
            left_limit,
            right_limit,
            rules.complementizer,
            amounts[position + 1] if position + 1 < len(amounts) else None,
            rules.contrast,
            rules,
        )
        # « l'Ukraine détient deux prisonniers nord-coréens »: a verb of the same metric before
        # the figure, its noun right after it (maybe after demonyms: "holds two North Korean
        # prisoners"); the noun is what the figure counts.
        if side == "left" and cue is not None and text[amount.end : amount.end + 1] == " ":
            head = next(
                (s for s in spans if s.start == amount.end + 1 or s.start == noun_end + 1), None
            )
            if head is not None and head.label == metric:
                cue, side, distance = head, "right", 0
        # "The regiment lost nine men": the few a unit loses are its dead; "Russia has lost
        # 851,120 troops": a large total counts the killed and the wounded.
        if (
            metric == "casualties"
            and cue is not None
            and _lowest(amount) < FEW_LOST
            and rules.loss_verb.fullmatch(text, cue.start, cue.end)
            # « perdu plus de 400 hommes, tués ou blessés »: what it says they are
            and not any(
                s.label == "casualties" and noun_end <= s.start < noun_end + LOSS_GLOSS
                for s in spans
            )
        ):
            metric = "killed"
        # "for the loss of nine soldiers killed or wounded": what the gloss says they are
        if (
            metric == "killed"
            and side == "left"
            and any(s.label == "casualties" and noun_end <= s.start <= noun_end + 1 for s in spans)
        ):
            metric = "casualties"
        # "deux blessés parmi les habitants", "two wounded among the residents": not troops.
        if cue is not None and side == "right":
            among = rules.among.match(text, cue.end)
            if among is not None and rules.other_noun.match(text, among.end()):
                left_limit = amount.end
                continue
        # "more than 3,000 of the roughly 11,000 soldiers sent to Russia had been killed or
        # wounded": the part counts what the clause says of the whole, past the whole's own
        # metric word.
        following = amounts[position + 1] if position + 1 < len(amounts) else None
        if (
            metric is None
            and following is not None
            and rules.of_the.fullmatch(text, amount.end, following.start)
        ):
            whole_limit = amounts[position + 2].start if position + 2 < len(amounts) else here.end
            whole_end, whole = _noun_phrase(text, following, whole_limit, metric_starts, rules)
            _, own, _, _ = _resolve_metric(
                text, following, whole_end, spans, following.start, whole_limit,
                rules.complementizer, None, rules.contrast,
            )  # fmt: skip
            after = own.end if own is not None and own.start >= whole_end else whole_end
            brk = _BREAK.search(text, after, whole_limit)
            later = [s for s in spans if after <= s.start < (brk.start() if brk else whole_limit)]
            if own is not None and later:
                metric, cue, side = later[0].label, later[0], "partitive"
            elif own is not None and whole == "troop" and own.start >= whole_end:
                # "About 3,000 of the 11,000 soldiers had been killed": the part's; the whole
                # is the troops sent.
                metric, cue, side = own.label, own, "partitive"
                taken = own
        # "around 2,500 of those casualties were deaths": the metric word after a partitive
        # names the whole; one later in the clause says what the part is.
        part = rules.of_them.match(text, amount.end) if cue is not None else None
        if part is not None and side == "right" and cue.start - part.end() <= 1:
            brk = _BREAK.search(text, cue.end, here.end)
            later = [
                s
                for s in spans
                if cue.end <= s.start < (brk.start() if brk else here.end) and s.label != metric
            ]
            if later:
                metric, cue = later[0].label, later[0]
        # "Quelque 2 000 soldats envoyés combattre aux côtés de la Russie ont été tués", "300 of
        # the engineers sent earlier had been killed": a sending participle qualifies the
        # noun; the loss after an auxiliary, in the same clause, is what the figure counts.
        whole_of = position > 0 and rules.of_the.fullmatch(
            text, amounts[position - 1].end, amount.start
        )  # "3 000 des quelque 11 000 soldats envoyés ... ont été tués": the whole was sent
        if metric == "deployed" and side == "right" and cue is not None and not whole_of:
            loss = _main_loss(text, cue, spans, noun_end, right_limit, rules)
            if loss is not None:
                metric, cue = loss.label, loss
        # "have lost about 2,500 soldiers killed": a loss verb before the figure, a killed or
        # wounded word right after its noun says which losses.
        if side == "left" and metric == "casualties":
            exact = next(
                (
                    s
                    for s in spans
                    if noun_end <= s.start <= noun_end + 1 and s.label in ("killed", "wounded")
                ),
                None,
            )
            if exact is not None:
                metric, cue, side = exact.label, exact, "right"
        share = bool(results) and bool(rules.share.search(before))
        own = side in ("right", "noun") and (
            distance == 0 or (distance <= 2 and not _BREAK.search(text, amount.end, cue.start))
        )  # "dont 600 morts", "of whom 25,200 were killed": the share's own metric word
        if share and not own:
            # "dont 1 120", "including 300": a share of the previous figure, same metric.
            metric, cue, side = results[-1]["metric"], None, "share"
        # A small spelled-out figure ("deux", "two") counts people only with a troop noun,
        # as the head of a metric noun ("les deux prisonniers") or of people taken up by a
        # partitive ("neuf d'entre eux, tués"), not in "les deux pays".
        adjacent = side in ("right", "noun") and distance == 0
        # "Of those, eight had died", « Quatre autres ont été blessés »: the figure opens its
        # clause and is the subject of the loss, only an auxiliary between (not someone:
        # "One was wounded"; not a ratio's « un sur huit aurait été tué »).
        adjacent = (
            adjacent
            or (
                side == "right"
                and cue is not None
                and size > 1
                # "91 had been recruited and eight had died": after a coordination too
                and (
                    not before.strip()
                    or before.rstrip()[-1] in _CLAUSE_OPENERS
                    or rules.coordination.search(before)
                )
                # past "others" ("One peacekeeper was killed and four others were wounded"),
                # where the auxiliary may be left out ("three were killed and three others wounded")
                and (
                    _auxiliary_gap(text, _past_partitive(text, noun_end, rules), cue.start, rules)
                    or _past_partitive(text, noun_end, rules) > noun_end
                    and not text[_past_partitive(text, noun_end, rules) : cue.start].strip()
                )
            )
        )
        # "One of the soldiers captured", « l'un des deux »: someone, not a count.
        if size == 1 and _small_word(amount) and rules.of_the.match(text, amount.end):
            left_limit = amount.end
            continue
        if (
            _small_word(amount)
            and noun not in ("troop", "person")
            and not adjacent
            and not (size > 1 and rules.of_them.match(text, amount.end))  # not "One of them"
        ):
            left_limit = amount.end
            continue
        # "killed 84 Wagner fighters and 47 Malian soldiers": troops joined to a loss before
        # them count the same loss.
        if (
            metric is None
            and noun == "troop"
            and results
            and results[-1]["metric"] in _LOSSES
            and rules.coordination.search(before)
        ):
            metric, cue, side = results[-1]["metric"], None, "coordination"
        # "1,500 North Koreans and 2,000 Russians were killed", « 3 500 Népalais, 2 000
        # Indiens et 900 Cubains auraient signé un contrat »: troops listed before a shared
        # predicate count what it says.
        if metric is None and noun == "troop" and following is not None:
            listed = _listed_metric(text, amounts, position, noun_end, spans, here.end, rules)
            if listed is not None:
                metric, cue, side = listed.label, None, "list"  # its own noun quoted
        # Troop numbers with no metric word are deployments, when large enough to be one;
        # not when their clause says they came home, were freed or are missing ("brought home
        # 230 Ukrainian soldiers", « 115 militaires ukrainiens ont retrouvé leur pays »).
        if metric is None and noun == "troop":
            if _not_sent(text, amount, noun_end, left_limit, right_limit, rules) or (
                unsent is not None  # "... 230 Ukrainian soldiers and 248 Russian servicemen"
                and unsent == left_limit
                and rules.coordination.search(before)
            ):
                unsent = amount.end
                # back from captivity in a prisoner exchange: prisoners ("a swap agreed in
                # Istanbul ... 303 Ukrainian servicemen had returned home")
                if rules.exchange.search(text, here.start, here.end) and _not_sent(
                    text, amount, noun_end, left_limit, right_limit, rules, returned=True
                ):
                    metric, cue, side = "captured", None, "exchange"
            elif size >= 100:
                metric, cue, side = "deployed", None, "troop_noun"
        # "the number of North Korean troops in Russia had fallen to about 9,000"
        if metric is None and noun == "unknown" and size >= 100 and _number_of(here, amount, rules):
            metric, cue, side = "deployed", None, "number_of"
        # A table row counting troops in an earlier cell ("additional troops | 25,000").
        if metric is None and noun == "unknown" and size >= 100:
            row = _table_row(here, amount)
            if row is not None and rules.troop_noun_at.search(text, row[0], row[1]):
                metric, cue, side = "deployed", None, "table"
        # "3,000 casualties in December and 4,000 by January": what the figure before counted.
        # A comma too, in a series ("300 in January, 600 in April and 2,000 in September").
        if (
            metric is None
            and noun == "unknown"
            and results
            and (rules.coordination.search(before) or _SERIES_COMMA.search(before))
        ):
            metric, cue, side = results[-1]["metric"], None, "coordination"
        # "Another 1,000 are expected": a bare increment counts what the last claim counted.
        if (
            metric is None
            and noun == "unknown"
            and context.last_figure is not None
            and here.index - context.last_figure[0] <= INHERIT_SENTENCES
            and _bare_increment(text, amount, here.start, rules)
        ):
            metric, cue, side = context.last_figure[1], None, "increment"
        # "That is down from 13,000 in June", « ils étaient près de 11 000 »: a bare figure
        # compared with the claim of the sentence before, or counted by a pronoun standing
        # for its troops, counts what that claim counted.
        if (
            metric is None
            and noun == "unknown"
            and not results
            and context.last_figure is not None
            and here.index - context.last_figure[0] <= 1
            and (rules.comparison.search(before) or rules.pronoun_count.search(before))
        ):
            metric, cue, side = context.last_figure[1], None, "compared"
        # "By April, the NIS reckoned the total had reached about 15,000": a total, toll or
        # tally with no metric word counts what the claim before it counted.
        if (
            metric is None
            and noun == "unknown"
            and size >= 100
            and context.last_whole is not None
            and here.index - context.last_whole[0] <= INHERIT_SENTENCES
            and rules.total.search(text, max(here.start, amount.start - 60), amount.start)
        ):
            metric, cue, side = context.last_whole[1], None, "total"
        # "By the end of October the Pentagon was speaking of around 10,000": a bare figure
        # that a statement verb gives as its object counts what a metric word before the
        # verb in its sentence names ("le nombre de ses morts, que le NIS estime à environ
        # 2 000"), else what the claim before counted.
        governing = (
            next(
                (
                    c
                    for c in here.cues
                    if c.kind in ("verb", "carry")  # "whom it estimates at about 4,000"
                    and 0 <= amount.start - c.end <= _OBJECT_REACH
                    and "," not in text[c.end : amount.start]
                    and _object_of(text, c, amount, rules)
                ),
                None,
            )
            if metric is None and noun == "unknown" and size >= 100
            else None
        )
        if governing is not None and _BARE_END.match(text, amount.end):
            named = [s for s in spans if left_limit <= s.start and s.end <= governing.start]
            if named:
                metric, cue, side = named[-1].label, named[-1], "object"
            elif rules.troop_noun_at.search(text, max(left_limit, here.start), governing.start):
                # "the construction troops and deminers, whom it estimates at about 4,000"
                metric, cue, side = "deployed", None, "object"
            elif (
                context.last_whole is not None
                and here.index - context.last_whole[0] <= INHERIT_SENTENCES
            ):
                metric, cue, side = context.last_whole[1], None, "object"
        # "Combien de soldats restent en Russie ? — Je dirais une dizaine de milliers": a
        # bare figure answering how many counts what the question asked.
        if metric is None and noun == "unknown" and size >= 100 and here.index in context.asked:
            metric, cue, side = context.asked[here.index], None, "asked"
        # "There are already 11,000 of them in the Kursk region": a figure of troops named
        # just before, placed somewhere, is a deployment.
        if (
            metric is None
            and noun == "unknown"
            and size >= 100
            and (of_them := rules.of_them_in.match(text, amount.end))
            and rules.troop_noun.search(
                text, context.previous[0] if context.previous else here.start, here.end
            )
        ):
            metric, cue, side = "deployed", None, "of_them"
            noun_end = of_them.end("pronoun")
        # A condition after the figure ("... 100,000 men if the world failed to act") makes
        # it hypothetical, unless the figure counts the people its head noun names, who
        # exist whatever is done with them ("holds two North Korean prisoners and offered
        # to send them home if they ask").
        if (
            metric is not None
            and here.conditions
            and not (side in ("right", "noun") and distance == 0)
            and _condition_after(text, amount, here) is not None
        ):
            left_limit = amount.end
            continue
        if metric is None or _is_rate(text, amount, noun_end, cue, side, rules):
            left_limit = amount.end
            continue
        subject = _resolve_subject(
            text, amount, noun_end, cue, rules, spans, here.start, here.mentions
        )
        # a possessive anywhere before the figure's noun or metric word ("leurs pertes")
        reach = max(noun_end, cue.start if cue is not None else 0)
        if not subject and here.possessives and here.possessives[0] < reach:
            cues = _clause_cues(text, amount, cue, spans, here.start)
            subject = _possessor(here, amount, noun_end, cues, context, rules)
        # "dont 250 000 morts"; "of whom 25,200 were killed and 36,200 wounded": a figure
        # joined to the one before counts the same troops unless it says whose.
        joined = (
            share or side == "coordination" or bool(results and rules.coordination.search(before))
        )
        # "13,712 foreign mercenaries", « 7 400 mercenaires étrangers », "180 peacekeepers":
        # troops of no one country, not the article's (nor those it is joined to after).
        if not subject and _stateless(text, amount, noun_end, rules):
            subject = _STATELESS
        # "13,712 foreign mercenaries ... and 6,108 of them": a part counts the troops of
        # the figure just before it.
        if (
            not subject
            and context.last_figure is not None
            and here.index - context.last_figure[0] <= 1
            and rules.of_them.match(text, amount.end)
        ):
            subject = context.last_figure[2]
        if joined and not subject:
            subject = subjects[-1]
        if side == "total" and not subject and context.last_whole is not None:
            subject = context.last_whole[2]
        if side in ("increment", "compared") and not subject and context.last_figure is not None:
            subject = context.last_figure[2]
        subject = subject or default_subject()
        subjects.append(subject)
        increment = _resolve_increment(
            text, amount, right_limit, rules, metric, previous_metrics, left_limit, here.cues
        )
        clause_start = max(left_limit, here.start)
        clause_end = max(noun_end, cue.end if cue else 0, amount.end)
        hedged = bool(rules.hedge.search(text, clause_start, min(right_limit, clause_end + 40)))
        # "auraient été tués et quelque 5 000 blessés", "quelque 11 000 à l'automne, puis
        # environ 4 000": a figure coordinated with the one before shares its verb, and its
        # conditional.
        if not hedged and results and results[-1]["hedged"]:
            # ... or the total it is part of: « seraient massés ..., sur un total de plus de
            # 10 000 envoyés ».
            gap = results[-1]["span"][1]
            hedged = (
                side == "coordination"
                or bool(rules.conjunction_gap.fullmatch(text, gap, amount.start))
                or (
                    amount.start - gap <= TOTAL_GAP
                    and not any(gap <= c.start < amount.start for c in here.cues)
                    and bool(rules.total.search(text, gap, amount.start))
                )
            )
        source, source_rule, cue_used = _resolve_source(here, amount, context, hedged)
        if (
            source_rule == "inherited"
            and metric == "captured"
            and size < FEW_PRISONERS
            and not hedged  # reported in the conditional: still someone's figure
            and context.last_figure is not None
            and context.last_figure[1] != "captured"
        ):
            # "Two North Korean prisoners captured that month are still held in Ukraine":
            # a handful of prisoners, people one can name, is a fact the article states, not
            # the figure of whoever it quoted last about other losses.
            source, source_rule = None, "fact"
        if source is not None and source.kind == KIN and not source.country:
            source = _kin_source(source, subject)
        # "from 100 in December 2024 to roughly 300 in January 2025": the date right after a
        # figure is its estimate's, except after a verb of sending ("sent 3,000 in May").
        sending = (metric, side) == ("deployed", "left")
        as_of = None if sending else _as_of_date(here, amount, context)
        if as_of is not None:
            date, date_rule = as_of, "as_of"
        else:
            date, date_rule = _resolve_claim_date(
                here, amount, source, cue_used, source_rule, context
            )
        start = min(amount.start, cue.start if cue else amount.start)
        end = max(amount.end, noun_end, cue.end if cue else amount.end)
        results.append(
            {
                "metric": metric,
                "value_best": amount.best,
                "value_low": amount.low,
                "value_high": amount.high,
                "qualifier": amount.qualifier,
                "increment": increment,
                "hedged": hedged,
                "claimant": source.name if source else "",
                "claimant_country": source.country if source else "",
                "claim_date": date.iso if date else "",
                "claim_date_precision": date.precision if date else "",
                "subject": "" if subject == _STATELESS else subject,
                "rule": f"{amount.rule}|metric.{side}|source.{source_rule}|date.{date_rule}",
                "span": (start, end),
            }
        )
        previous_metrics.append(metric)
        # A metric word right after this figure is its own; the next figure looks past it.
        left_limit = max(amount.end, noun_end, cue.end if (cue and side == "right") else 0)
        if source_rule != "fact":  # the figures after it still follow the last speaker
            context.last_claim = (here.index, source, date, source_rule)
        context.last_claim_paragraph = here.span.paragraph
        context.last_figure = (here.index, metric, subject)
        if not share:
            context.last_whole = (here.index, metric, subject)  # not "dont 250 000 morts"
    return results


def _kin_source(source: Mention, subject: str) -> Mention:
    """A families' or veterans' group speaks for its own soldiers: it is of the country of
    the troops its figure counts.

    >>> claim = extract_claims("Veterans' groups estimate that between 2,000 and 3,000 "
    ...   "former Colombian servicemen are fighting in Ukrainian units.", language="en")[0]
    >>> claim.claimant, claim.claimant_country
    ("Colombian veterans' association", 'CO')
    """
    if not subject or subject == _STATELESS or ";" in subject:
        return source
    adjective = load_country_names().get(subject, "")
    name = f"{adjective} {source.name}" if adjective else source.name
    return source._replace(name=name, country=subject)


def _as_of_date(here: _Sentence, amount: Amount, context: _Context) -> Anchor | None:
    """The date right after a figure, when only a preposition comes between them (not after
    its noun: "48 240 hommes en janvier" counts January's losses, stated later). A month
    without its year after a deadline word, later in the year than the published date, is a
    target ("about 10,000 by December" in October): no date of the estimate."""
    rules = claim_rules(here.lang)
    for mention in here.dates:
        if mention.start >= amount.end:
            if rules.as_of.fullmatch(here.text, amount.end, mention.start) and not (
                _starts_period(here.text, mention, rules)
            ):
                if (
                    mention.year is None
                    and mention.month is not None
                    and context.published is not None
                    and mention.month > context.published.date.month
                    and rules.deadline.search(here.text, amount.end, mention.start)
                ):
                    return None
                return _resolve(mention, context, here.index)
            break
    return None


def _number_of(here: _Sentence, amount: Amount, rules: _Rules) -> bool:
    """Whether the figure gives "the number of" troops named before it in its sentence."""
    text = here.text
    window = max(here.start, amount.start - NUMBER_OF_REACH)
    found = [m.end() for m in rules.number_of.finditer(text, window, amount.start)]
    if not found:
        return False
    end = min(amount.start, found[-1] + 60)
    if rules.troop_noun_at.search(text, found[-1], end):  # "the number of engineering troops"
        return True
    return any(  # "the number of North Koreans still in Russia"
        _DEMONYM_NOUN.fullmatch(m.group())
        for _, pattern in rules.subjects
        for m in pattern.finditer(text, found[-1], end)
    )


NUMBER_OF_REACH = 150  # characters from "the number of" to the figure it is given


_SERIES_COMMA = re.compile(r",\s*\Z")


def _listed_metric(
    text: str,
    amounts: list[Amount],
    position: int,
    noun_end: int,
    spans: list[_Span],
    sentence_end: int,
    rules: _Rules,
) -> _Span | None:
    """The metric word after a list of troop figures that only commas and a conjunction
    join, each with its troop noun: the first of them on the right of a later figure
    ("1,500 North Koreans and 2,000 Russians were killed": killed, for both)."""
    metric_starts = {span.start for span in spans}
    end = noun_end
    for index in range(position + 1, min(len(amounts), position + _LIST_REACH)):
        following = amounts[index]
        gap = text[end : following.start].strip(" ,")
        # only a conjunction, maybe after a short complement of the troops ("six soldats de
        # l'armée de terre et cinq membres de l'armée de l'air figurent parmi les morts")
        conjunction = rules.conjunction_word.search(gap)
        if (
            gap
            and not rules.conjunction_word.fullmatch(gap)
            and not (
                conjunction is not None
                and conjunction.end() == len(gap)
                and _COMPLEMENT_GAP.fullmatch(gap, 0, conjunction.start())
            )
        ) or "\n" in gap:
            return None
        limit = amounts[index + 1].start if index + 1 < len(amounts) else sentence_end
        following_end, noun = _noun_phrase(text, following, limit, metric_starts, rules)
        if noun != "troop":
            return None
        metric, cue, side, _ = _resolve_metric(
            text, following, following_end, spans, following.start, limit,
            rules.complementizer, None, rules.contrast, rules,
        )  # fmt: skip
        if metric is not None:
            return cue if side == "right" else None
        end = following_end
    return None


_LIST_REACH = 6  # figures a list of troop figures sharing one predicate may hold
# a short complement of troops, lower-case words only: "de l'armée de terre", "from the army"
_COMPLEMENT_GAP = re.compile(r"(?:[^\W\d_A-Z][\w'’-]{0,20}[ ]){1,6}")


def _bare_increment(text: str, amount: Amount, sentence_start: int, rules: _Rules) -> bool:
    """An increment word right before or after a figure with no noun ("another 1,000",
    "1 000 de plus")."""
    before = _GAP_WORD.findall(text, max(sentence_start, amount.start - 20), amount.start)
    after = (
        rules.increment.match(text, amount.end + 1)
        if text[amount.end : amount.end + 1] == " "
        else None
    )
    return bool(after) or bool(before and rules.increment.fullmatch(before[-1]))


def _is_rate(
    text: str, amount: Amount, noun_end: int, cue: _Span | None, side: str, rules: _Rules
) -> bool:
    """A rate, not a count: "92 casualties a day", "900 pertes par jour"."""
    ends = {amount.end, noun_end}
    if cue is not None and side in ("right", "noun"):
        ends.add(cue.end)
    if any(rules.rate.match(text, end) for end in ends):
        return True
    # "daily losses averaging more than 1,500", « des pertes quotidiennes de 1 500 »
    # « attirent chaque mois quelque 30 000 volontaires »: just before the figure too
    start = cue.start - RATE_REACH if cue is not None and side == "left" else amount.start
    start = max(0, min(start, amount.start - RATE_REACH), amount.start - RATE_WINDOW)
    return rules.rate_before.search(text, start, amount.number_start) is not None


RATE_REACH = 16  # characters before a figure or its metric word where "daily" is read
RATE_WINDOW = 60  # characters before a figure beyond which no rate word is read


def _general(text: str, amount: Amount, here: _Sentence, rules: _Rules) -> bool:
    """A general fact or a capability in the figure's clause ("a battalion usually numbers
    1,000", "capable of sending 100,000"), not a claim; another clause of the sentence
    ("the agency, usually cautious, put the dead at 2,000") does not count."""
    if not here.general:
        return False
    start = _clause_start(text, here.start, amount.start)
    # An attribution between commas does not end the clause: « la Corée du Nord serait
    # capable, selon lui, d'envoyer jusqu'à un demi-million de soldats ».
    if start > here.start:
        previous = _clause_start(text, here.start, start - 1)
        if start - previous <= INCISE_LENGTH and any(
            previous <= c.start < start for c in here.cues
        ):
            start = _clause_start(text, here.start, max(here.start, previous - 1))
    stop = _CLAUSE_BREAK.search(text, amount.end, here.end)
    found = rules.not_claim.search(text, start, stop.start() if stop else here.end)
    if (
        found is not None
        and rules.returns.search(text, found.start(), found.end())
        and rules.exchange.search(text, here.start, here.end)
        # its own verb, no other figure between ("185 militaires et 20 civils ... rentrés")
        and not any(amount.end <= a.start < found.start() for a in here.amounts)
    ):
        return False  # back home from a prisoner exchange: prisoners ("had returned home")
    return found is not None


INCISE_LENGTH = 30  # characters of an attribution between commas (", selon lui,")


def _era(years: Counter) -> frozenset[int]:
    """The years an article is about: each written `ERA_MENTIONS` times, and each run of
    years `ERA_GAP` apart at most written `ERA_CLUSTER` times in all.

    >>> sorted(_era(Counter({1980: 1, 1982: 2, 1986: 1, 1988: 1, 1950: 1, 2024: 3})))
    [1980, 1982, 1986, 1988, 2024]
    >>> sorted(_era(Counter({1950: 2, 1953: 1, 2024: 1, 2025: 2})))
    []
    """
    era = {year for year, count in years.items() if count >= ERA_MENTIONS}
    run: list[int] = []
    for year in [*sorted(years), None]:
        if run and (year is None or year - run[-1] > ERA_GAP):
            if sum(years[y] for y in run) >= ERA_CLUSTER:
                era.update(run)
            run = []
        if year is not None:
            run.append(year)
    return frozenset(era)


def _historical(text: str, amount: Amount, here: _Sentence, context: _Context) -> bool:
    """A figure of history: its clause names a year long before publication ("les chiffres de
    1950 et les trois millions de morts"), so it counts another war's dead, not a claim;
    unless the article keeps writing that year (an anniversary of the war it is about)."""
    if context.published is None:
        return False
    start = _clause_start(text, here.start, amount.start)
    stop = _CLAUSE_BREAK.search(text, amount.end, here.end)
    end = stop.start() if stop else here.end
    # "a war in the early 1990s that killed some 30,000", « au début des années 1990, au prix
    # d'une guerre qui a fait quelque 30 000 morts »: a decade over long before, in the
    # sentence up to the figure's clause end
    rules = claim_rules(here.lang)
    if any(
        context.published.date.year - (int(m.group("year")) + 9) > HISTORY_YEARS
        for m in rules.decade.finditer(text, here.start, end)
    ):
        return True
    return any(
        start <= d.start < end
        and d.year is not None
        and context.published.date.year - d.year > HISTORY_YEARS
        and d.year not in context.era
        # "more than 4,300 peacekeepers have died in UN service since 1948": a period from
        # then to now
        and not _starts_period(text, d, rules)
        and not _dates_statement(text, d, amount, here)
        and not _in_statement(text, d, amount, here)
        for d in here.dates
    )


STATEMENT_DATE_REACH = 40  # characters from a date to the cue of the statement it dates


def _dates_statement(text: str, date: DateMention, amount: Amount, here: _Sentence) -> bool:
    """Whether a date just before a source's cue, itself before the figure, dates the
    statement ("In 2001 the Eritrean government said that 19,000 Eritrean soldiers had
    died"): a claim made long ago, not a fact of history."""
    return any(
        cue.kind in ("verb", "before")
        and date.end <= cue.start <= date.end + STATEMENT_DATE_REACH
        and cue.end <= amount.start
        and not any(date.end <= a.start < cue.start for a in here.amounts)
        and cue_source(text, cue, here.mentions, here.lang, amount.start) is not None
        for cue in here.cues
    )


def _in_statement(text: str, date: DateMention, amount: Amount, here: _Sentence) -> bool:
    """Whether a year long past is written inside what a named source states, after its cue
    and its figure, the period it counts ("Vietnam's government said on Monday that 1.1
    million soldiers were killed between 1954 and 1975"): a statement about history, a
    claim; not a year before the figure ("selon l'historien, la guerre de 1950-1953 a fait
    3 millions de morts")."""
    return any(
        cue.kind in ("verb", "before")
        and cue.end <= amount.start
        and amount.end <= date.start
        and cue_source(text, cue, here.mentions, here.lang, amount.start) is not None
        for cue in here.cues
    )


def _hypothetical(
    text: str, amount: Amount, here: _Sentence, rules: _Rules, *, after: bool = True
) -> bool:
    """A figure of a sentence that opens with a condition ("If Pyongyang sent 20,000 more,
    Russia would..."), or after a condition in its own clause ("..., even if it sent 50,000
    men", "Asked what would happen if it sent 50,000 more"), or (with `after`) before one
    ("could send as many as 100,000 men if the world failed to act")."""
    if rules.hypothetical.match(text, here.start, amount.start):
        return True
    # or a part of it that does, after a colon ("Un calcul simple : si le contingent
    # atteignait 20 000 hommes, les mêmes 4 000 pertes n'en représenteraient que 20 %").
    part = text.rfind(":", here.start, amount.start)
    part = max(part, text.rfind(";", here.start, amount.start))
    if part >= 0 and rules.hypothetical.match(text, part + 1, amount.start):
        return True
    conditions = here.conditions
    if not conditions:
        return False
    start = _clause_start(text, here.start, amount.start)
    # or a condition inside its clause, before it ("Asked what would happen if it sent
    # 50,000")
    if any(start <= position < amount.start for position, _ in conditions):
        return True
    return after and _condition_after(text, amount, here) is not None


def _condition_after(text: str, amount: Amount, here: _Sentence) -> int | None:
    """Where a condition starts after a figure in its clause ("could send as many as 100,000
    men if the world failed to act"), if one does; a concession ("3 000 tués même si ce
    chiffre...") puts no condition."""
    stop = _CLAUSE_BREAK.search(text, amount.end, here.end)
    end = stop.start() if stop else here.end
    return next(
        (p for p, conceded in here.conditions if amount.start < p < end and not conceded), None
    )


def _clause_start(text: str, sentence_start: int, position: int) -> int:
    """Where the clause holding `position` starts, within its sentence."""
    return max(
        [sentence_start, *(m.end() for m in _CLAUSE_BREAK.finditer(text, sentence_start, position))]
    )


# Where a clause ends: ; : ( ), or a comma before a space (not the comma of "10,000").
_CLAUSE_BREAK = re.compile(r"[;:()]|,(?=\s)")

_GAP_WORD = re.compile(r"\w+(?:-\w+)*")
_DIGIT = re.compile(r"\d")
_STOP = re.compile(r"[;:()«»\"]")
_APPOSED = re.compile(r"\s*,\s*")  # between a figure's noun phrase and a word in apposition
APPOSED_DISTANCE = 2  # words a metric word in apposition counts as further away


def _noun_phrase(
    text: str, amount: Amount, limit: int, metric_starts: set[int], rules: _Rules
) -> tuple[int, str]:
    """End of the figure's noun phrase and its kind: troop, other or unknown.

    Looks at the next few words for a troop noun ("10 000 soldats nord-coréens") or a noun
    that is not one ("10 000 conteneurs", "tens of thousands of artillery shells"),
    skipping function words, demonyms, increment words and modifiers; it stops at a metric
    word ("3 000 had been killed by drones" is about people) or punctuation.
    """
    position, seen = amount.end, 0
    end = amount.end
    # "10,000 or so: North Korean troops still in Russia": a figure opening a line of a list
    # is labelled by the words after its colon.
    label = _LABEL_COLON.match(text, amount.end, limit)
    stop = label is None and _LABEL_STOP.match(text, amount.end, limit)
    if (label or stop) and _LINE_OPENING.search(text, max(0, amount.start - 8), amount.start):
        # "15 000 : c'est, selon le NIS, le nombre de militaires envoyés"; after a full stop
        # (a figure standing alone, `_labelled_figures`), only with such an opening.
        opened = (label or stop).end()
        defined = rules.label_opening.match(text, opened, limit)
        if defined:
            position = defined.end()
        elif label:
            position = opened
        if "," not in text[amount.end : position]:  # not past an aside naming a source
            end = position  # the label belongs to the phrase: "Deux : ce sont les prisonniers"
    while seen < NOUN_PHRASE_WORDS and position < limit:
        match = _GAP_WORD.search(text, position, limit)
        if match and match.start() in metric_starts and not seen:
            # A noun of events right after the figure, though a metric word's ("two
            # deployments", "deux rotations"): what it counts is not people.
            other = rules.other_noun.match(text, match.start(), limit)
            if other and other.end() >= match.end():
                return other.end(), "other"
        if match and match.start() in metric_starts and not seen:
            # A metric word as the modifier of a troop noun right after it ("two wounded
            # North Korean soldiers"): the phrase goes on to that noun.
            head = _modified_troop_noun(text, match.end(), limit, rules)
            if head is not None:
                return head, "troop"
        if not match or match.start() in metric_starts:
            break
        gap = text[position : match.start()]
        if _BREAK.search(gap):
            break
        for pattern, label in (
            (rules.troop_noun_at, "troop"),
            (rules.other_noun, "other"),
            (rules.person_noun, "person"),  # "twelve Indian nationals have been killed"
        ):
            noun = pattern.match(text, match.start(), limit)
            # A troop noun anywhere in the phrase; another noun only as its head or right
            # after a modifier ("artillery shells"), not in "1,000 of them in drone strikes",
            # nor as the modifier of a troop noun ("drone operators").
            if noun and label == "other" and rules.troop_noun_at.match(text, noun.end() + 1):
                continue
            if noun and (label == "troop" or seen <= 2):
                return _extend_demonym(text, noun.end(), limit, rules), label
        subject = next(
            (m for _, p in rules.subjects if (m := p.match(text, match.start(), limit))), None
        )
        if subject and _DEMONYM_NOUN.fullmatch(subject.group()) and not seen:
            return subject.end(), "troop"  # "12,000 North Koreans", "11 000 Nord-Coréens"
        if subject and rules.place.search(text, max(amount.end, match.start() - 20), match.start()):
            break  # a place ("tous deux détenus près de Kiev"), not whose troops
        if subject:
            end = position = subject.end()
        else:
            # Function and increment words right after the figure still belong to its
            # phrase ("des milliers d'autres"), a content word ends it.
            if end == position and (
                len(match.group()) <= 2 or rules.increment.fullmatch(match.group())
            ):
                end = match.end()
            position = match.end()
        seen += 1
    return end, "unknown"


def _modified_troop_noun(text: str, position: int, limit: int, rules: _Rules) -> int | None:
    """The end of a troop noun after `position` with only demonyms before it ("[wounded]
    North Korean soldiers"), or None."""
    for _ in range(MODIFIED_WORDS + 1):
        match = _GAP_WORD.search(text, position, limit)
        if match is None or text[position : match.start()].strip():
            return None
        noun = rules.troop_noun_at.match(text, match.start(), limit)
        if noun:
            return _extend_demonym(text, noun.end(), limit, rules)
        subject = next(
            (m for _, p in rules.subjects if (m := p.match(text, match.start(), limit))), None
        )
        if subject is None:
            return None
        position = subject.end()
    return None


MODIFIED_WORDS = 3  # demonym words between a metric modifier and its troop noun
_BREAK = re.compile(r"[,.;:()]")
_SENTENCE_BREAK = re.compile(r"[.;:()]")
_LABEL_COLON = re.compile(r"(?:[ ]\w{1,3}){0,2}\s?:[ ]")  # "10,000 or so: ", "2 : "
_LABEL_STOP = re.compile(r"[.!…][ ](?=\w)")  # "Environ 2 000. C'est le nombre de", joined
_LINE_OPENING = re.compile(r"(?:\A|\n)[\W_]*\Z")  # only bullets and spaces before, on its line
# A demonym used as a noun right after a figure: capitalised and plural ("North Koreans",
# "Nord-Coréens"); the adjective is singular in English and lower case in French.
_DEMONYM_NOUN = re.compile(r"[^\W\d_a-z][^\n]*s")


_GAP_SPACES = re.compile(r"[ ]{1,2}")


def _extend_demonym(text: str, position: int, limit: int, rules: _Rules) -> int:
    """Extend a noun phrase over a following demonym ("soldats nord-coréens"), or a group
    or country whose troops they are ("combattants de Wagner", "fighters of the M23")."""
    gap = _GAP_SPACES.match(text[position:limit])
    of = rules.belonging.match(text, position, limit)
    for start in (position + gap.end() if gap else None, of.end() if of else None):
        if start is None:
            continue
        for _, pattern in rules.subjects:
            match = pattern.match(text, start, limit)
            if match:
                return match.end()
    return position


def _resolve_metric(
    text: str,
    amount: Amount,
    noun_end: int,
    spans: list[_Span],
    left_limit: int,
    right_limit: int,
    complementizer: re.Pattern,
    following: Amount | None = None,
    contrast: re.Pattern | None = None,
    rules: _Rules | None = None,
) -> tuple[str | None, _Span | None, str, float]:
    """The metric of a figure: the nearest metric word, counted in words.

    Words of the figure's own noun phrase do not count as distance, and a metric word
    already taken by the previous figure is out of reach (`left_limit`).
    """
    best: tuple[float, _Span, str, float] | None = None
    for span in spans:
        apposed = False
        if noun_end <= span.start < min(right_limit, noun_end + METRIC_WINDOW):
            if complementizer.search(text, noun_end, span.start) or (
                contrast is not None and contrast.search(text, noun_end, span.start)
            ):
                continue  # another clause's ("11,000 were sent, and that Pyongyang would send")
            if _DIGIT.search(text, noun_end, span.start):
                continue  # past another number ("exceeded 6,000, or roughly 40% of the force")
            distance = _distance(text, noun_end, span.start)
            side = "right"
            if _APPOSED.match(text, noun_end, span.start):
                # In apposition after a comma ("la capture de deux soldats, blessés"): a state
                # of the people counted, weaker than a word that governs the figure (but
                # still right after it when it is the only one).
                apposed = True
            # A word in the next clause, right before the next figure, is that one's
            # ("fewer than 9,000, and the number killed at well over 2,000"), unless that
            # figure is a small word that counts no one without a noun ("en deux vagues").
            if (
                following is not None
                and span.end <= following.start
                and _distance(text, span.end, following.start) <= 1
                and _BREAK.search(text, noun_end, span.start)
                and not _small_word(following)
            ):
                continue
            # "put the number of troops at around 7,000 and the number killed since 2024 at
            # about 2,500": past a conjunction, the object of the next figure's "at".
            if (
                rules is not None
                and following is not None
                and span.end <= following.start
                and rules.conjunction_word.search(text, amount.end, span.start)
                and rules.object_marker.search(
                    text, max(span.end, following.start - 12), following.start
                )
            ):
                continue
            # « n'avoir perdu qu'une centaine de combattants et avoir tué plus de 600 soldats
            # indiens »: past a conjunction, a verb right before the next figure governs it.
            if (
                rules is not None
                and following is not None
                and span.end <= following.start
                and _distance(text, span.end, following.start) <= 1
                and not _BREAK.search(text, span.end, following.start)
                and not rules.conjunction_word.search(text, span.end, following.start)
                and rules.conjunction_word.search(text, amount.end, span.start)
                and not _small_word(following)
            ):
                continue
        elif amount.start <= span.start < noun_end:
            distance, side = 0, "noun"
        elif (
            left_limit <= span.start
            and span.end <= amount.start <= span.end + METRIC_WINDOW
            and (
                not complementizer.search(text, span.end, amount.start)
                # « n'avoir perdu qu'une centaine »: right after a loss, « que » restricts
                or (
                    span.label in _LOSSES  # not "added that 200 soldiers had been killed"
                    and complementizer.fullmatch(text[span.end : amount.start].strip())
                )
            )
        ):
            # A verb right before the figure governs it ("ont tué 50 soldats envoyés"),
            # otherwise the word after the figure is closer in meaning at equal distance.
            # So does a noun whose complement the figure is ("la capture de deux soldats
            # nord-coréens blessés", "the capture of two wounded soldiers").
            gap = len(_GAP_WORD.findall(text, span.end, amount.start))
            if rules is not None and _complement_of(text, span, amount, rules):
                gap = 0
            distance, side = (gap + 0.5 if gap else -0.25), "left"
        else:
            continue
        if _STOP.search(text, min(span.end, amount.end), max(span.start, amount.start)):
            distance += 3
        ranked = distance + (APPOSED_DISTANCE if apposed else 0)
        if best is None or ranked < best[0]:
            best = (ranked, span, side, distance)
    if best is None:
        return None, None, "none", float("inf")
    return best[1].label, best[1], best[2], best[3]


def _complement_of(text: str, span: _Span, amount: Amount, rules: _Rules) -> bool:
    """Whether the figure is the complement of the metric word before it, only "of", « de »
    between them ("the capture of two", « la capture de deux »)."""
    of = rules.belonging.match(text, span.end, amount.start)
    return of is not None and of.end() == amount.start


def _main_loss(
    text: str, sending: _Span, spans: list[_Span], noun_end: int, limit: int, rules: _Rules
) -> _Span | None:
    """The loss word that is the verb of a clause whose subject a sending participle
    qualifies ("soldats envoyés en Russie ont été tués"), or None: the participle must have no
    auxiliary of its own, but in a relative clause right after the noun ("soldiers who were
    sent to Kursk have been killed"); the loss word must follow one, with no clause break
    between."""
    if rules.auxiliary.search(
        text, max(noun_end, sending.start - 25), sending.start
    ) and not rules.relative_opening.match(text, noun_end):
        return None  # "ont été envoyés": the sending is the verb
    for span in spans:
        if span.start < sending.end or span.start >= limit or span.label not in _LOSSES:
            continue
        if span.start - sending.end > MAIN_LOSS_REACH or _BREAK.search(
            text, sending.end, span.start
        ):
            return None
        if rules.auxiliary.search(text, max(sending.end, span.start - 25), span.start):
            return span
        return None
    return None


TOTAL_GAP = 60  # characters between a figure's claim and the total it is part of
MAIN_LOSS_REACH = 80  # characters from a sending participle to the clause's loss verb


_CLAUSE_OPENERS = ",;:(—–"  # the marks after which a figure opens its clause


def _past_partitive(text: str, position: int, rules: _Rules) -> int:
    """Past a partitive increment word right after `position` ("four [others]")."""
    found = (
        rules.partitive.match(text, position + 1) if text[position : position + 1] == " " else None
    )
    return found.end() if found else position


def _auxiliary_gap(text: str, start: int, end: int, rules: _Rules) -> bool:
    """Whether only an auxiliary ("had", "have been", « ont été ») lies between two offsets."""
    found = rules.auxiliary.search(text, start, end)
    return found is not None and not text[start : found.start()].strip()


def _distance(text: str, start: int, end: int) -> int:
    """Words between two offsets, not counting one- and two-letter words (de, d', of, à)."""
    return sum(1 for word in _GAP_WORD.findall(text, start, end) if len(word) > 2)


def _stateless(text: str, amount: Amount, noun_end: int, rules: _Rules) -> bool:
    """Whether a figure counts troops of no one country (`stateless`): a word of its noun
    phrase, or right after it, maybe past a closing quote (« 7 400 « mercenaires » étrangers
    »), or, with no troop noun, one of the two words after the figure ("180 peacekeepers").
    """
    end = max(noun_end, amount.end)
    if rules.stateless.search(text, amount.end, end):
        return True
    gap = _QUOTE_GAP.match(text, end)
    if gap is None:
        return False
    if rules.stateless.match(text, gap.end()):
        return True
    word = _ONE_WORD.match(text, gap.end()) if noun_end <= amount.end else None
    return bool(word and rules.stateless.match(text, word.end()))


_QUOTE_GAP = re.compile(r"[ ]*[»\"”’]?[ ]*")  # spaces, maybe a closing quote
_ONE_WORD = re.compile(r"[\w’'-]+[ ]+")


def _resolve_subject(
    text: str,
    amount: Amount,
    noun_end: int,
    cue: _Span | None,
    rules: _Rules,
    spans: Iterable[_Span] = (),
    sentence_start: int = 0,
    names: Sequence[Mention] = (),
) -> str:
    """Whose troops: a demonym in the figure's noun phrase ("10 000 soldats nord-coréens"),
    outside the names of sources (`names`: "15 000 : c'est, selon le Service national du
    renseignement sud-coréen, le nombre de soldats"), else one attached to the metric word
    ("Russia's losses", "pertes nord-coréennes", "North Korean battle casualties"), else one
    attached to another metric word earlier in the figure's clause ("put Russia's losses at
    about 350,000 dead")."""
    for code, pattern in rules.subjects:
        for match in pattern.finditer(text, amount.end, noun_end):
            if not any(n.start <= match.start() < n.end for n in names):
                return code
    if cue is None:
        return ""
    found = _attached_subject(text, amount.start, cue, rules)
    if found:
        return found
    clause_start = _clause_start(text, sentence_start, amount.start)
    for span in reversed(list(spans)):
        if clause_start <= span.start and span.end <= amount.start and span is not cue:
            found = _attached_subject(text, amount.start, span, rules)
            if found:
                return found
    return ""


def _clause_cues(
    text: str, amount: Amount, cue: _Span | None, spans: list[_Span], sentence_start: int
) -> list[_Span]:
    """The figure's metric word, then the other metric words of its clause before it."""
    clause_start = _clause_start(text, sentence_start, amount.start)
    earlier = [
        span
        for span in reversed(spans)
        if clause_start <= span.start and span.end <= amount.start and span is not cue
    ]
    return [cue, *earlier] if cue is not None else earlier


def _possessor(
    here: _Sentence,
    amount: Amount,
    noun_end: int,
    cues: list[_Span],
    context: _Context,
    rules: _Rules,
) -> str:
    """Whose troops a possessive says ("2,000 of its soldiers", "leurs pertes" before the
    figure's metric word or another one of its clause): the last country or demonym named
    before it, in its sentence or the one before, outside the names of sources
    ("l'état-major ukrainien évaluait leurs pertes": not Ukraine's) and of places."""
    text = here.text
    found = rules.possessive.search(text, amount.end, noun_end)
    position = found.start() if found else -1
    for cue in cues:
        if position >= 0:
            break
        before = rules.possessive_before.search(text, max(here.start, cue.start - 12), cue.start)
        position = before.start() if before else -1
    if position < 0:
        return ""
    # The names of who speaks, not of who the content is about ("l'état-major ukrainien
    # affirme que l'armée russe a perdu 1 040 hommes ... ses pertes": Russia's).
    speakers = [
        found
        for c in here.cues
        if c.kind in ("before", "verb")
        and (found := cue_source(text, c, here.mentions, here.lang, here.end)) is not None
    ]
    own = [
        m
        for m in speakers
        if m.end <= position and m.kind in _ARMED_KINDS and m.country and ";" not in m.country
    ]
    if own and own[-1].country != "NATO" and rules.own_possessive.match(text, position):
        # "its" after an armed force's statement cue, no one else named between them: its
        # own ("Pakistani troops kept up fire, and the Army said one of its soldiers had been
        # killed"); a name after the speaker still wins ("the army said Pyongyang sent more
        # of its troops"). A government's or an agency's "its" may be the country the text
        # is about ("North Korea's role is small: Seoul's spy agency said 2,000 of its
        # soldiers had died")
        speaker = own[-1]
        named = any(
            not rules.place.search(text, max(speaker.end, match.start() - 20), match.start())
            for _code, pattern in rules.subjects
            for match in pattern.finditer(text, speaker.end, position)
        )
        if not named:
            return speaker.country
    windows = [(here.start, position, speakers)]
    if context.previous is not None:
        windows.append((context.previous[0], here.start, context.previous[1]))
    for index, (start, end, mentions) in enumerate(windows):
        last: tuple[int, str] | None = None
        for code, pattern in rules.subjects:
            for match in pattern.finditer(text, start, end):
                named = any(m.start <= match.start() < m.end for m in mentions)
                place = rules.place.search(text, max(start, match.start() - 20), match.start())
                if not (named or place) and (last is None or match.start() > last[0]):
                    last = (match.start(), code)
        if last is not None:
            return last[1]
        if index == 0 and rules.own_possessive.match(text, position):
            # no one else named: the speaking institution's own ("The Chadian government puts
            # its dead at more than 60", « le Tchad déplore la mort de 36 de ses soldats »)
            own = [
                m.country
                for m in speakers
                if m.start < position
                and m.kind in _OWN_TROOPS_KINDS
                and m.country
                and ";" not in m.country
            ]
            if own and own[-1] != "NATO":
                return own[-1]
    return ""


_OWN_TROOPS_KINDS = ("government", "military", "state", "intelligence", "armed_group")
_ARMED_KINDS = ("military", "armed_group")  # whose "its soldiers" are their own


def _attached_subject(text: str, figure: int, cue: _Span, rules: _Rules) -> str:
    """The demonym or name attached to a metric word ("pertes russes", "Russia's losses"),
    for the figure starting at `figure`."""
    for code, pattern in rules.subjects:
        # An adjective right after the metric noun ("pertes nord-coréennes"), not a name
        # ("supplied Moscow"): adjectives of nationality are written in lower case.
        after = pattern.match(text, cue.end + 1)
        if after and text[cue.end] == " " and after.group()[0].islower():
            return code
        if rules.captor.fullmatch(text, cue.start, cue.end):
            continue  # « l'Ukraine détient ... soldats russes »: the captor, not whose troops
        for match in pattern.finditer(text, max(0, cue.start - 40), cue.start):
            gap = text[match.end() : cue.start]
            # Between the figure and its metric word, only an adjective right before the
            # word is the losses' own ("About 950,000: total Russian losses").
            between = figure < cue.start and match.end() > figure
            if _ATTACHED.fullmatch(gap) and not (between and not _ADJACENT.fullmatch(gap)):
                return code
    return ""


# "Russian losses", "Russia's losses", "Russia's overall personnel losses"
_ATTACHED = re.compile(r"\s+(?:\w+\s+)?|'s\s+(?:\w+\s+){0,2}|\s*")
_ADJACENT = re.compile(r"[ ]")


_LOSSES = frozenset({"killed", "wounded", "casualties", "captured"})  # metrics that lose troops


def _resolve_increment(
    text: str,
    amount: Amount,
    right_limit: int,
    rules: _Rules,
    metric: str,
    previous_metrics: list[str],
    left_limit: int,
    cues: Sequence[Cue] = (),
) -> bool:
    """An increment word in the noun phrase or just before the figure ("added", "3 000 autres").

    "autres" after a figure of another metric splits a total ("300 tués, 2 700 autres
    blessés"): partitive, not an increment; so does any increment word between losses of
    two kinds ("About 200 were killed, and another 70 were wounded"). The word closing a
    carry cue is the speaker's ("The death toll, it added, now stands at 2,300").
    """
    if metric in _LOSSES and any(m != metric and m in _LOSSES for m in previous_metrics):
        return False
    reach = _BREAK.search(text, amount.end, min(right_limit, amount.end + 90))
    stop = reach.start() if reach else min(right_limit, amount.end + 90)
    after = rules.increment.search(text, amount.end, stop)
    if after:
        if rules.partitive.fullmatch(after.group()) and any(m != metric for m in previous_metrics):
            return False
        gap = len(_GAP_WORD.findall(text, amount.end, after.start()))
        if gap <= NOUN_PHRASE_WORDS + 3:
            return True
    start = max(left_limit, amount.start - 30)
    carried = {c.end for c in cues if c.kind == "carry"}
    before = [
        m for m in rules.increment.finditer(text, start, amount.start) if m.end() not in carried
    ]
    return bool(before) and not rules.partitive.fullmatch(before[-1].group())


def _resolve_source(
    here: _Sentence, amount: Amount, context: _Context, hedged: bool = False
) -> tuple[Mention | None, str, Cue | None]:
    """Who states the figure: the nearest attribution cue of the sentence, then the figures
    just before it, then nobody (the article states it on its own)."""
    ranked: list[tuple[int, Cue, Mention, str]] = []
    rules = claim_rules(here.lang)
    mentions = _outside_carry(here)
    cited = _citation(here, amount)
    if cited is not None:  # "plus de 6 000 tués ou blessés (Defence Intelligence, 2025)"
        return cited[0], "citation", None
    agent = _passive_agent(here, amount, rules)
    if agent is not None:  # "le contingent, estimé à quelque 11 000 hommes par le NIS"
        if agent.kind in RELAY_KINDS:  # "estimé à 600 par un député" relaying the NIS
            agent = _behind_relay(agent, here, agent.start, context)
        return agent, "passive", None
    voice = context.voices.get(here.span.paragraph)
    own = rules.own_voice.search(here.text, here.start, amount.start)
    if own is None:
        # "..., at least 20,000 have passed through Russia, by this website's count.", in a
        # sentence with no statement cue but its own ("website's count").
        after = rules.own_voice.search(here.text, amount.end, here.end)
        if after is not None and not any(
            c.kind in ("before", "verb") and not after.start() <= c.start < after.end()
            for c in here.cues
        ):
            own = after
    # An interviewee's "I think", or their "our estimate" (their service's): theirs.
    first_person = voice is not None and (
        own or rules.first_person.search(here.text, here.start, here.end)
    )
    if own and not first_person and not _quoted_at(here.text, here.start, own.start()):
        # "Our own estimate ... is that between 2,800 and 3,400", "nous retenons": the
        # article's own figure, not the last source's; inside quotation marks, the quoted
        # speaker's ("\"My own guess is that ... 4,000,\" he told the audience").
        return None, "own", None
    if own and here.pointed is not None and here.pointed[2] == "quoted":
        # "\"My own estimate is that ... 1,500 have been killed,\"" opening a quotation after
        # "he said": the quoted speaker's own figure ("estimate" is no cue of another's).
        return here.pointed[0], "quoted", None
    pointing = _pointing_after(here, amount, mentions)
    if pointing is not None:  # "« ... 4 000 tués », c'est ce qu'a déclaré fin mars le JCS"
        source, cue = pointing
        return _resolve_relay(source, here, cue, context), "pointed", cue
    speaker: Mention | None = None  # the source of the sentence's last cue so far
    subject: Mention | None = None  # the source of the last statement cue so far
    subject_cue: Cue | None = None  # and that cue
    carried = any(c.kind == "carry" for c in here.cues)
    for cue in here.cues:
        if cue.kind == "carry":
            # A pronoun after a speaker of the same sentence is that speaker ("Le NIS
            # parlait de 2 000 morts ; en avril, il comptait 4 000 blessés"), or after a
            # source the sentence opens with ("Quant au renseignement ukrainien, il aurait
            # évoqué...").
            # A cue naming a kind ("l'agence faisait état") takes the last source of that
            # kind, not a speaker of another kind ("lorsque Pyongyang avait reconnu...").
            kind = _kind_source(here, cue, context)
            same = speaker if kind is None or (speaker and speaker.kind == kind.kind) else None
            latter = _latter(here, cue, context, rules)
            source = latter or (
                _antecedent(here, cue, rules)
                or same
                or _person_before(here, cue, rules)
                or _body_before(here, cue, rules)
                or _fronted_source(here, cue)
                or _fronted_clause_source(here, cue, rules)  # "When X ..., in December, it spoke"
                or kind
            )
            if (
                source is None
                and rules.possessive.search(here.text, cue.start, cue.end)
                and context.last_source_sentence
                < here.index - (POSSESSIVE_PERSON_REACH if _is_person(context.last_source) else 1)
            ):
                # "Its spokesman said", « Selon sa porte-parole »: the institution just named,
                # not a source of sentences ago.
                continue
            source, rule = source or context.last_source, "carry"
        else:
            if cue.kind == "verb" and any(
                c.kind == "carry"
                and c.end <= cue.start
                and _CARRY_OBJECT.fullmatch(here.text, c.end, cue.start)
                for c in here.cues
            ):
                # The object of a pronoun's verb ("Cités par la BBC, ils avancent le
                # chiffre d'un millier"): the pronoun's cue names the speaker.
                continue
            stop = amount.start if cue.end <= amount.start else here.end
            source = cue_source(
                here.text, cue, mentions, here.lang, stop, after_content=cue.start >= amount.end
            )
            rule = cue.kind
            named = cue_source(here.text, cue, mentions, here.lang, here.end) if carried else None
            if named is not None and named.kind not in ("media", UNNAMED):
                speaker = named
            if source is None and cue.kind == "verb" and not ranked:
                source = _fronted_clause_source(here, cue)  # "When X ..., in December, it spoke of"
            if source is None and cue.kind == "verb" and cue.start >= amount.end:
                source = _inverted_kind(here, cue, context)  # ", a rappelé l'agence sud-coréenne"
            if (
                source is not None
                and cue.kind == "verb"
                and subject is not None
                and subject_cue is not None
                and source.start >= subject_cue.end
                and rules.coordinated.search(here.text, max(here.start, cue.start - 8), cue.start)
            ):
                # A verb coordinated with a statement shares its subject; a name in that
                # statement's content is not it (« le JCS estimait qu'environ 3 000 soldats
                # avaient rejoint la Russie, et chiffrait à quelque 4 000 les pertes »).
                source = subject
            if (
                source is None
                and cue.kind == "verb"
                and subject is not None
                and rules.coordinated.search(here.text, max(here.start, cue.start - 8), cue.start)
                and any(cue.end <= d.start <= cue.end + COORDINATED_DATE_REACH for d in here.dates)
            ):
                # "The agency told lawmakers that ... had died, and said on November 4 that
                # some 10,000 remained": the coordinated verb's subject is the one before, and
                # its own date dates the figures after it ("and said at least 3,000 had
                # arrived over January" keeps the statement before).
                source = subject
            if source is not None:
                subject, subject_cue = source, cue
        if source is None:
            continue
        # A source named after the figure, in another clause ("...; Kyiv said"); a colon
        # right after the figure opens its gloss ("About 950,000: Russian losses, according
        # to Ukraine's General Staff").
        after = amount.end
        gloss = _GLOSS.match(here.text, after)
        if cue.start >= after and _CLAUSE.search(
            here.text, gloss.end() if gloss else after, cue.start
        ):
            continue
        # A source named after another figure past a comma, when one is named before this
        # one: "le NIS a indiqué que ... environ 8 000, contre près de 12 000 selon l'état-major
        # (JCS)" ("les 1 000 démineurs et les 5 000 ouvriers promis par Moscou" share theirs).
        if (
            cue.start >= after
            and any(
                after <= a.start and a.end <= cue.start and _BREAK.search(here.text, after, a.start)
                for a in here.amounts
            )
            and any(c.kind in ("before", "verb") and c.end <= amount.start for c in here.cues)
        ):
            continue
        # Another clause after the figure, with its own speaker: "Ukraine's General Staff said
        # that Russian losses had passed 750,000, and Britain's defence ministry reckons that".
        if cue.start >= after and source.start >= after:
            joined = rules.clause_conjunction.search(here.text, after, source.start)
            if joined is not None and any(
                c.kind in ("before", "verb") and c.end <= amount.start for c in here.cues
            ):
                continue
        # A remark on the figure, with its own speaker, who judges it: "Pyongyang prévoit
        # d'envoyer quelque 10 000 hommes, un ordre de grandeur que Kiev juge sous-estimé".
        if (
            cue.start >= after
            and source.start >= after
            and rules.remark.search(
                here.text, max(after, source.start - REMARK_REACH), source.start
            )
            and any(c.kind in ("before", "verb") and c.end <= amount.start for c in here.cues)
        ):
            continue
        # A verb coordinated after the figure shares the subject of the statement before it:
        # "Ukrainian officials said that Pyongyang had sent some 12,000 soldiers, and warned
        # that..." (not "Pyongyang ... warned").
        if (
            cue.start >= after
            and cue.kind == "verb"
            and rules.coordinated.search(here.text, max(here.start, cue.start - 8), cue.start)
            and any(c.kind in ("before", "verb") and c.end <= amount.start for c in here.cues)
        ):
            continue
        distance = amount.start - cue.end if cue.end <= amount.start else cue.start - amount.end
        ranked.append((max(distance, 0), cue, source, rule))
    if ranked:
        ranked.sort(key=lambda r: r[0])
        _, cue, source, rule = ranked[0]
        if (
            rule == "carry"
            and cue.start >= amount.end
            and not any(cue.end <= d.start <= cue.end + CARRY_DATE_REACH for d in here.dates)
        ):
            # "X told MPs on 1 July that ... 2,000 killed, a figure he described as an
            # estimate": the pronoun after the figure, with no date of its own, is the
            # speaker already named; their statement cue is the one that dates it.
            stated = [r for r in ranked if r[3] != "carry" and r[2].name == source.name]
            if stated:
                _, cue, source, rule = stated[0]
        # "Citing Ukrainian intelligence, a Pentagon spokesman said": a figure another
        # country's source is cited for is that source's, as a lawmaker's relayed figure is
        # the agency's; the statement's date stays the speaker's. Zelensky citing his own
        # commander stays Zelensky's.
        citing = claim_rules(here.lang).citing
        cited = [
            r[2]
            for r in ranked
            if citing.match(here.text, r[1].start, r[1].end)
            and r[2].kind not in (UNNAMED, "media")
            and r[2].country
            and r[2].country != source.country
        ]
        if cited:
            return cited[0], "cited", cue
        return _resolve_relay(source, here, cue, context), rule, cue
    if first_person:  # an interviewee's own figure ("Pour ma part, j'estime qu'entre...")
        return voice, "voice", None
    row = _table_row(here, amount)
    if row is not None:  # "South Korea, NIS | 30 Apr 2025 | killed | ~2,000"
        named = [
            m
            for m in here.mentions
            if row[0] <= m.start and m.end <= row[1] and m.kind not in ("media", UNNAMED)
        ]
        if named:
            # The most precise name of the first cell naming one ("Ukraine, GUR": the GUR).
            cell_end = here.text.find("|", named[0].end, row[1])
            source = [m for m in named if m.end <= cell_end][-1]
            if source.kind in RELAY_KINDS:  # "Rep. Lee, relaying the NIS | ..."
                source = _behind_relay(source, here, source.start, context)
            return source, "table", None
    introduced = _introduced_by_colon(here, amount)
    if introduced is not None:  # "Mercredi, le NIS devant les députés : 15 000 soldats"
        source, cue = introduced
        return _resolve_relay(source, here, cue, context), "colon", cue
    led = _line_led(here, amount)
    if led is not None:  # "NIS (Séoul), 19 décembre 2024 : tués, au moins 100"
        source, cue = led
        return _resolve_relay(source, here, cue, context), "line", cue
    # "... 11 000 soldats. C'est ce qu'a déclaré le NIS."; a quoted statement ("Voici son
    # message. « Nos soldats ont capturé deux militaires ... »"), unless the sentence has an
    # attribution of its own, even one naming nobody known.
    if here.pointed is not None and not (
        here.pointed[2] == "quoted" and any(c.kind != "carry" for c in here.cues)
    ):
        return here.pointed[0], here.pointed[2], None
    # After a sentence that only introduces a speaker ("Le NIS a dit s'attendre à de
    # nouveaux départs."), reported speech is the speaker's: a figure in the conditional
    # ("Pyongyang préparerait l'envoi de 6 000"), or one whose own attribution names nobody
    # known (", a affirmé le général"). A plain statement is the article's own.
    reported = hedged or any(c.kind in ("before", "verb") for c in here.cues)
    # A statement cue whose speaker is not known still dates the figure ("Samedi, un
    # général affirmait que...").
    unnamed = _nearest_cue(here, amount)
    if context.entry and context.list_source is not None:  # "How the NIS count has moved"
        return context.list_source, "list", unnamed
    if context.follows is not None and context.follows[0] == here.span.paragraph:
        return context.follows[1], "follows", unnamed  # "... reads as follows. Killed: 2,500"
    if reported and context.introduced is not None and context.introduced[0] == here.index - 1:
        return context.introduced[1], "introduced", unnamed
    if voice is not None and context.last_claim_paragraph != here.span.paragraph:
        # An answer of an interview, a speaker's turn in a transcript: a figure no one else
        # is named for is the speaker's, not the one of the paragraph before.
        return voice, "voice", unnamed
    if (
        context.last_claim
        and here.index - context.last_claim[0] <= INHERIT_SENTENCES
        # a turn of someone the text does not place (a host, a reporter) takes no figure
        # from another speaker's turn
        and not (
            here.span.paragraph in context.turns
            and context.last_claim_paragraph != here.span.paragraph
        )
        and not (
            rules.definite_before.search(here.text, max(here.start, amount.start - 8), amount.start)
            and not rules.stated_after.match(here.text, amount.end, here.end)
            and not hedged
            and not any(c.kind == "before" for c in here.cues)
        )
        and not (
            # "In 1988, Cuba had about 50,000 soldiers in Angola" after the source of a
            # figure of 1991, in a paragraph of its own: a fact of history, no one's
            context.last_claim_paragraph != here.span.paragraph
            and not hedged
            and not here.cues
            and _years_before(here, context, context.last_claim[2]) >= HISTORY_GAP
        )
    ):
        # "That is more than half of the 11,000 men Pyongyang sent": a figure recalled with a
        # definite article is the known quantity, not a new estimate of the last source; one
        # recalled as stated is still that source's ("les quelque 600 annoncés en avril"), as
        # is one in reported speech (« Ces pertes représenteraient plus de la moitié des
        # quelque 11 000 soldats ») or in a sentence attributed with "selon" or "according to"
        # (« aux quelque 11 000 hommes dépêchés à l'automne, selon le rapport publié jeudi »).
        return context.last_claim[1], "inherited", unnamed
    return None, "none", unnamed


HISTORY_GAP = 2  # years before the last claim's date from which a sentence's date is history


def _years_before(here: _Sentence, context: _Context, last: Anchor | None) -> int:
    """How many years before `last` the earliest date of the sentence is (0 without one)."""
    if last is None:
        return 0
    years = [
        last.date.year - resolved.date.year
        for resolved in (_resolve(d, context, here.index) for d in here.dates)
        if resolved is not None
    ]
    return max(years, default=0)


def _quoted_at(text: str, start: int, position: int) -> bool:
    """Whether `position` is inside quotation marks opened since `start` (a sentence's).

    >>> _quoted_at('"My own guess is 4,000," he said.', 0, 1), _quoted_at("My guess", 0, 0)
    (True, False)
    """
    before = text[start:position]
    opened = before.count("«") + before.count("“")
    closed = before.count("»") + before.count("”")
    return opened > closed or before.count('"') % 2 == 1


def _kind_source(here: _Sentence, cue: Cue, context: _Context) -> Mention | None:
    """The last source of the kind a carry cue names ("the agency", "l'état-major"), when
    `attribution.carry_kinds` says which: "North Korea admitted the deployment, and the NIS
    said ... By September the agency's estimate had risen" is the NIS's."""
    text = here.text[cue.start : cue.end]
    for kind, pattern in claim_rules(here.lang).carry_kinds:
        if pattern.search(text):
            return context.last_by_kind.get(kind)
    return None


def _inverted_kind(here: _Sentence, cue: Cue, context: _Context) -> Mention | None:
    """The source of the kind an incise's inverted subject names, after the figure (« ...,
    a rappelé l'agence sud-coréenne, qui n'exclut pas ... »: the NIS), when it is the last
    source named, and no people's adjective in the subject names another country."""
    patterns = attribution_patterns(here.lang)
    if not _INCISE_COMMA.search(here.text, max(0, cue.start - 4), cue.start):
        return None
    inverted = patterns.inverted.match(here.text, cue.end)
    if inverted is None:
        return None
    for kind, pattern in claim_rules(here.lang).carry_kinds:
        if pattern.search(here.text, cue.end, inverted.end()):
            source = context.last_by_kind.get(kind)
            if source is None or source != context.last_source:
                return None  # another source spoke since: "l'agence" may be a news agency
            names, codes = subject_names(here.lang)
            named = {
                codes[group_index(m)] for m in names.finditer(here.text, cue.end, inverted.end())
            }
            return source if named <= {source.country} else None
    return None


_INCISE_COMMA = re.compile(r",\s*\Z")


def _antecedent(here: _Sentence, cue: Cue, rules: _Rules) -> Mention | None:
    """The source a relative carry cue points back to, named right before it ("sur
    l'évaluation américaine rendue publique lundi, selon laquelle environ 10 000", "a report
    by the Pentagon, according to which")."""
    if not rules.relative_carry.fullmatch(here.text, cue.start, cue.end):
        return None
    named = [
        m
        for m in here.mentions
        if m.end <= cue.start
        and cue.start - m.end <= ANTECEDENT_REACH
        and m.kind not in ("media", UNNAMED)
    ]
    return named[-1] if named else None


ANTECEDENT_REACH = 60  # characters from a source to the relative cue that points back to it


def _person_before(here: _Sentence, cue: Cue, rules: _Rules) -> Mention | None:
    """The person named last before a personal pronoun's cue in its sentence ("The figure
    came from Volodymyr Zelensky in February, when he said"), not a source of the sentences
    before."""
    if not rules.person_pronoun.match(here.text, cue.start):
        return None
    people = [m for m in here.mentions if m.end <= cue.start and m.kind in ("person", "expert")]
    return people[-1] if people else None


def _body_before(here: _Sentence, cue: Cue, rules: _Rules) -> Mention | None:
    """The body named last before a cue opening with its pronoun, in its sentence ("The NIS
    gave a figure in March, when it estimated about 6,000"), not a source of the sentences
    before; nor a person, a people's media or unnamed officials; nor a name of the content
    the cue closes ("the Russian army had lost 62,400 personnel, it said": who spoke before)."""
    if not rules.body_pronoun.match(here.text, cue.start):
        return None
    bodies = [
        m
        for m in here.mentions
        if m.end <= cue.start and m.kind not in ("person", "expert", "media", "relay", UNNAMED)
    ]
    if not bodies or any(bodies[-1].end <= a.start < cue.start for a in here.amounts):
        return None
    return bodies[-1]


def _latter(here: _Sentence, cue: Cue, context: _Context, rules: _Rules) -> Mention | None:
    """The source a demonstrative pronoun opening a cue names ("Ces derniers font état de",
    "celui-ci juge que", "the latter puts"): the last one the sentence before named, not a
    name of its own sentence ("Contrairement à la Maison Blanche, ..., celui-ci juge")."""
    if context.previous is None or not rules.demonstrative.match(here.text, cue.start):
        return None
    named = [m for m in context.previous[1] if m.kind not in ("media", UNNAMED)]
    if not named:
        return None
    last = named[-1]
    if last.kind == "relay":  # "les députés" relaying the agency the sentence named
        agencies = [m for m in named if m.kind not in RELAY_KINDS]
        return agencies[-1] if agencies else None
    return last


def _fronted_source(here: _Sentence, cue: Cue) -> Mention | None:
    """A named source put first in the sentence, before a comma, that a pronoun cue takes
    up ("Quant au renseignement militaire ukrainien, il aurait évoqué"), or the subject
    opening a clause that a colon ends ("Britain's Defence Intelligence sits in between: in
    June it put")."""
    colon = here.text.find(":", here.start, cue.start)
    if colon >= 0:  # "Britain's Defence Intelligence sits in between: in June it put"
        named = [m for m in here.mentions if m.end <= colon and m.kind not in ("media", UNNAMED)]
        # One source, maybe named twice ("Ukraine's military intelligence agency (HUR)").
        if (
            named
            and len({m.country for m in named}) == 1
            and len(here.text[here.start : named[0].start].split()) <= 1
        ):
            return named[-1]
    comma = here.text.find(",", here.start, cue.start)
    if comma < 0 or here.text.find(",", comma + 1, cue.start) >= 0:
        return None
    named = [m for m in here.mentions if m.end <= comma and m.kind not in ("media", UNNAMED)]
    if len(named) != 1 or here.text[named[0].end : comma].strip():
        return None
    # The source closes a short opening ("Quant au renseignement ukrainien,"), not a longer
    # circumstance ("Dans un message publié mardi et repris par le Kyiv Post,").
    return named[0] if len(here.text[here.start : named[0].start].split()) <= 3 else None


def _fronted_clause_source(
    here: _Sentence, cue: Cue, rules: _Rules | None = None
) -> Mention | None:
    """The first source named in a clause put first ("When ...,", "After ...,"), for a cue
    soon after it that names no one: "When South Korea's spy agency first put a number on
    the losses, in December, it spoke of at least 100" (the pronoun takes up that subject).
    With `rules`, a pronoun's cue: a name after a complementizer is what the clause reports,
    not its subject ("Après avoir rappelé que Washington ..., elle a estimé")."""
    end = here.fronted_end
    if end is None or not 0 <= cue.start - end <= FRONTED_REACH:
        return None
    named = [m for m in here.mentions if m.end <= end and m.kind not in ("media", UNNAMED, "relay")]
    if not named:
        return None
    if rules is not None and rules.complementizer.search(here.text, here.start, named[0].start):
        return None
    return named[0]


FRONTED_REACH = 30  # characters from a clause put first to the cue whose subject it names


def _citation(here: _Sentence, amount: Amount) -> tuple[Mention, DateMention | None] | None:
    """A source cited in brackets right after the figure's words, maybe with a date ("environ
    2 000 morts (NIS, 2025)", "killed: about 2,000 (NIS, today)", "3 000 : les renforts
    envoyés en janvier (JCS, mars 2025)"): the source and the last date of the brackets.

    The brackets hold only sources and dates (and a couple of words, "South Korea's NIS"),
    in the figure's own clause; a list's colon right after the figure glosses it. Without
    a year, no source may be named between the figure and the brackets: "(NIS)" after
    "the National Intelligence Service" spells out that name.
    """
    text = here.text
    later = [a.start for a in here.amounts if a.start > amount.start]
    found = _CITATION.search(text, amount.end, min([here.end, *later]))
    if found is None or found.start() > amount.end + CITATION_REACH:
        return None
    gloss = _GLOSS.match(text, amount.end)
    if _CITATION_GAP.search(text, gloss.end() if gloss else amount.end, found.start()):
        return None
    inner_start, inner_end = found.start() + 1, found.end() - 1
    named = [
        m
        for m in here.mentions
        if inner_start <= m.start and m.end <= inner_end and m.kind not in ("media", UNNAMED)
    ]  # several sources cited together state it jointly ("(NIS, 2025 ; Zelensky, 2025)")
    if not named:
        return None
    dates = [d for d in here.dates if inner_start <= d.start and d.end <= inner_end]
    if not any(d.year is not None for d in dates) and any(
        amount.end <= m.start < found.start() for m in here.mentions
    ):
        return None
    rest = text[inner_start:inner_end]
    for span in sorted([*named, *dates], key=lambda s: s.start, reverse=True):
        rest = rest[: span.start - inner_start] + " " + rest[span.end - inner_start :]
    if len(_CITATION_WORD.findall(rest)) > CITATION_WORDS:
        return None  # a remark in brackets ("(a figure the NIS disputes)"), no citation
    return join_mentions(named), (dates[-1] if dates else None)


CITATION_REACH = 60  # characters from a figure to the bracket citing its source (its start)
CITATION_WORDS = 2  # words in the brackets besides sources and dates ("South Korea's")
_CITATION = re.compile(r"\([^()\n]{2,80}\)")
_CITATION_GAP = re.compile(r"[.;:!?()]")  # a citation is in the figure's own clause
_CITATION_WORD = re.compile(r"\w[\w'’-]*")


def _passive_agent(here: _Sentence, amount: Amount, rules: _Rules) -> Mention | None:
    """The agent of an estimate's passive participle that ends right before the figure and
    names its source after the figure's words, in the same clause ("the contingent,
    estimated at some 11,000 men by South Korean intelligence"); "sent by Pyongyang" is no
    estimate: its agent is who sends."""
    text = here.text
    if not rules.passive.search(text, max(here.start, amount.start - PASSIVE_REACH), amount.start):
        return None
    by = rules.agent_after.match(text, amount.end, here.end)
    if by is None:
        return None
    return next(
        (
            m
            for m in here.mentions
            if by.end() <= m.start <= by.end() + 6 and m.kind not in ("media", UNNAMED)
        ),
        None,
    )


PASSIVE_REACH = 60  # characters from an estimate's participle to its figure


def _table_row(here: _Sentence, amount: Amount) -> tuple[int, int, int] | None:
    """The row of a table written as text ("Source | Date | What is counted | Figure") that
    holds the figure: where the row starts, where the figure's cell starts, where it ends;
    None when it has fewer than two cell separators. A line break ends a sentence, so the
    row is the figure's sentence (searched within it: a long line costs no more)."""
    text, start, end = here.text, here.start, here.end
    if text.count("|", start, end) < 2:
        return None
    return start, text.rfind("|", start, amount.start) + 1, end


def _introduced_by_colon(here: _Sentence, amount: Amount) -> tuple[Mention, Cue] | None:
    """The source that is the subject of a clause ending with a colon before the figures
    ("Mercredi dernier, le renseignement sud-coréen a tenté de combler ce vide devant les
    députés : quelque 15 000 soldats..."), with a cue on it (the dates before and after it
    are its statement's)."""
    colon = here.text.rfind(":", here.start, amount.start)
    if colon < 0:
        return None
    rules = claim_rules(here.lang)
    fronted = rules.fronted.match(here.text, here.start, colon)
    start = max(
        fronted.end() if fronted else here.start, here.text.rfind(";", here.start, colon) + 1
    )
    if any(start <= a.start < colon for a in here.amounts):
        return None  # a clause with a figure of its own is content, not who speaks
    named = [
        m
        for m in here.mentions
        if start <= m.start
        and m.end <= colon
        and m.kind != UNNAMED
        and not rules.locative.search(here.text, max(here.start, m.start - 20), m.start)
    ]
    # An outlet only when it is the clause's only source ("The Kyiv Independent publishes
    # its own count: at least 7,000"): its relay, if it names one, is found after.
    named = [m for m in named if m.kind != "media"] or named
    if not named:
        return None
    # The first source, or the one whose tally the colon opens when it is not a relay
    # ("the admissions from Moscow and Pyongyang, and a new NIS tally: roughly 15,000").
    mention = named[0]
    last = named[-1]
    if last is not mention and last.kind != "relay" and _TALLY_OF.match(here.text, last.end):
        mention = last
    return mention, Cue(mention.start, mention.end, "verb")  # dates around it date it


_TALLY_OF = re.compile(r"(?:(?:'s)?[ ]+[\w-]+)?[ ]*:")  # "NIS tally:", « du NIS : »


def _line_led(here: _Sentence, amount: Amount) -> tuple[Mention, Cue] | None:
    """The source opening a line of data written as text, whose cells a comma, a semicolon
    or a dash ends and whose figures a colon or a semicolon introduces ("South Korean
    intelligence (NIS); 18 Oct 2024; sent: 1,500", "NIS (Séoul), 19 décembre 2024 : tués,
    au moins 100"), with a cue on it (the line's date is its statement's). A line of prose,
    ending with a full stop, is no such line.

    >>> [(c.claimant_country, c.claim_date) for c in extract_claims(
    ...     "NIS; 13 Jan 2025; killed: 300; wounded: 2,700\\n", language="en",
    ...     published="2026-02-10")]
    [('KR', '2025-01-13'), ('KR', '2025-01-13')]
    """
    text, start = here.text, here.start
    if start and text[start - 1] != "\n":
        return None
    end = here.end
    while end > start and text[end - 1] in " \n":
        end -= 1
    if text[end - 1 : end] in _END_MARKS:
        return None
    bullet = _BULLET_MARK.match(text, start)
    opening = bullet.end() if bullet else start
    first = next((m for m in here.mentions if m.start >= opening), None)
    if first is None or first.start != opening or first.kind in ("media", UNNAMED):
        return None
    cell = _CELL_END.match(text, first.end)
    if cell is None or cell.end() > amount.start:
        return None
    if not _INTRODUCED.search(text, cell.end() - 1, amount.start):
        return None
    return first, Cue(first.start, first.end, "verb")


_CELL_END = re.compile(r"(?:[ ]*\([^()\n]{1,40}\))?[ ]*[;,:|—–-]")  # "(Séoul)," "; "
_INTRODUCED = re.compile(r"[:;]")


def _list_entry(here: _Sentence, context: _Context, dated: bool) -> None:
    """Follow lists: a title line naming a source ("How the NIS count has moved", no end
    mark, no figure) gives that source to the entries below it (lines opening with a date
    or a bullet), until a line that is no entry."""
    text = here.text
    if context.list_source is None and not dated and text[here.end - 1] in _END_MARKS:
        context.entry = False  # most sentences: no list open, and no title
        return
    line = text.rfind("\n", 0, here.start) + 1
    context.entry = dated or bool(_BULLET_MARK.match(text, line))
    if context.entry:
        return
    context.list_source = None
    if here.amounts or text[here.end - 1 : here.end] in _END_MARKS:
        return
    next_line = text.find("\n", here.end)
    if line != here.start or (next_line != -1 and text[here.end : next_line].strip()):
        return  # a title is a line of its own
    rules = claim_rules(here.lang)
    context.list_source = next(
        (
            m
            for m in here.mentions
            if m.kind not in ("media", UNNAMED)
            and not rules.locative.search(text, max(here.start, m.start - 20), m.start)
        ),
        None,
    )


_BULLET_MARK = re.compile(r"[ ]*[-–—•*][ ]+")
_END_MARKS = (".", "!", "?", "…", "»", '"', ")")


def _nearest_cue(here: _Sentence, amount: Amount) -> Cue | None:
    """The statement cue nearest a figure in its sentence, not past a ";" or ":" (a carry cue
    only when it names someone of its own: "Its spokesman said on Tuesday that")."""
    best: tuple[int, Cue] | None = None
    possessive = claim_rules(here.lang).possessive
    for cue in here.cues:
        if cue.kind == "carry" and not possessive.search(here.text, cue.start, cue.end):
            continue
        if cue.end <= amount.start:
            if _CLAUSE.search(here.text, cue.end, amount.start):
                continue
            distance = amount.start - cue.end
        else:
            if _CLAUSE.search(here.text, amount.end, cue.start):
                continue
            distance = cue.start - amount.end
        if best is None or distance < best[0]:
            best = (distance, cue)
    return best[1] if best else None


def _pointing_after(
    here: _Sentence, amount: Amount, mentions: list[Mention]
) -> tuple[Mention, Cue] | None:
    """The source named after a figure by a clause that points back to it, in the same
    sentence ("..., c'est ce qu'a déclaré fin mars l'état-major", "...: that's according
    to the NIS"), with the cue that names it."""
    back = next((m for m in here.back_references if m.start() >= amount.end), None)
    if back is None:
        return None
    for cue in here.cues:
        if cue.start < back.start():
            continue
        named = [
            m
            for m in mentions
            if cue.end <= m.start <= cue.end + 60 and m.kind not in ("media", UNNAMED)
        ]
        source = (
            cue_source(here.text, cue, mentions, here.lang, here.end)
            if cue.kind == "before"
            else None
        )
        source = source or (named[0] if named else None)
        if source is not None:
            return source, cue
    # No cue after it ("..., and it comes from our National Intelligence Service"): the
    # first source it names.
    named = [
        m
        for m in mentions
        if back.end() <= m.start <= back.end() + 60 and m.kind not in ("media", UNNAMED)
    ]
    return (named[0], Cue(back.start(), back.end(), "before")) if named else None


def _pointed_back(
    index: int,
    sentences: list[Sentence],
    by_start: _Buckets,
    text: str,
    rules: _Rules,
    context: _Context,
    quoted: Callable[[], tuple[list[tuple[int, int]], list[int]]],
    speakers: list[Mention | None],
) -> tuple[Mention, Anchor | None, str] | None:
    """Who the text says stated this sentence when the sentence itself does not, and when:

    - a next sentence that opens by pointing back ("C'est ce qu'a déclaré mercredi le
      NIS.", "That's according to the NIS");
    - for a sentence inside a quotation, the attribution right after its closing mark
      ("« ... 8 000 hommes ... Un nouveau contingent ... », explique-t-il"), else who was
      speaking where the quotation opens (a statement quoted after "Voici son message.").
    """
    sentence = sentences[index]

    # The next sentence, or one closing the sentences before it in its paragraph ("Around
    # 3,000 had been killed. Some 1,000 fresh soldiers joined them. That is the assessment
    # the NIS gave") when this one and those between attribute nothing themselves.
    def attributes(between: Sentence) -> bool:
        return any(c.kind != "carry" for c in by_start.take(2, between.start, between.end))

    reach = 1 if attributes(sentence) else POINTING_REACH
    for ahead in range(index + 1, min(index + 1 + reach, len(sentences))):
        following = sentences[ahead]
        if ahead > index + 1 and following.paragraph != sentence.paragraph:
            break
        if rules.back_reference.match(text, following.start, following.end):
            found = _attributed_in(following.start, following.end, by_start, text, rules, context)
            return (*found, "pointed") if found else None
        if attributes(following):
            break  # a sentence with an attribution of its own between them
    spans, ends = quoted()
    at = bisect_left(spans, (sentence.start + 2, 0)) - 1  # the last one opening by here
    if at < 0 or spans[at][1] <= sentence.start:
        return None
    opening, closing = spans[at]
    first = bisect_left(ends, opening + 1)  # the sentence where it opens
    last = bisect_left(ends, closing)  # and where it closes
    cue_after = by_start.take(2, closing, sentences[last].end if last < len(sentences) else closing)
    if cue_after and _QUOTE_TO_CUE.fullmatch(text, closing, cue_after[0].start):
        after = _attributed_in(
            closing,
            sentences[last].end,
            by_start,
            text,
            rules,
            context,
            (sentences[first].start, opening),
        )
        if after is not None:
            return (*after, "pointed")
    # A quoted statement (a sentence or more, not a phrase) opening the sentence quotes who
    # spoke before it; opening inside a sentence, who that sentence named ("Il a déclaré :
    # « ...").
    if not _STATEMENT_END.search(text, opening, closing):
        return None
    if opening <= sentences[first].start + 1:
        speaker = speakers[first]
    else:
        speaker = speakers[first + 1] if first < index else None
    return (speaker, None, "quoted") if speaker is not None else None


BEFORE_REACH = 60  # characters before a figure where a share or coordination cue ends
HISTORY_YEARS = 10  # a date this many years before publication is history, not a statement
ERA_MENTIONS = 3  # a year written this many times is the article's subject, not history
# A war of a few years: years written no more than `ERA_GAP` years apart (in a chain),
# `ERA_CLUSTER` times or more in all, are the article's subject too ("1980" once, "1982"
# twice, "1986" once and "1988" once in a retrospective of an eight-year war)
ERA_GAP = 4
ERA_CLUSTER = 5
FEW_PRISONERS = 100  # prisoners fewer than this, with no source of their own, are a fact
RELAY_REACH = 90  # characters from a relay to the agency named after it
_RELAY_BREAK = re.compile(r"[,;:.!?()]")
CARRY_DATE_REACH = 40  # characters after a carry cue where a date is its statement's
COORDINATED_DATE_REACH = 12  # characters after a coordinated verb where a date is its own
POINTING_REACH = 4  # sentences ahead where one pointing back still covers this one
_QUOTE_MARK = re.compile(r'[«»"]')
_QUOTE_TO_CUE = re.compile(r"[ ,]{0,3}")  # between a closing mark and its attribution
_STATEMENT_END = re.compile(r"[.!?…][ \n»\"]")  # a quotation holding a sentence end
_QUOTE_LIMIT = 6000  # characters beyond which an unclosed mark is not taken as a quotation


def _quotations(text: str) -> list[tuple[int, int]]:
    """The quotations of a text, (offset of the opening mark, offset after the closing one).

    « » nest; a straight quote closes the one it opened. A mark that opens a paragraph while
    a quotation is open continues it (a quotation over several paragraphs reopens each one).
    A quotation that does not close, or runs on too long, is dropped.

    >>> text = '« Un. » "Deux. Trois."'
    >>> [text[a:b] for a, b in _quotations(text)]
    ['« Un. »', '"Deux. Trois."']
    >>> _quotations('"Deux.\\n"Trois."')  # reopened on a new paragraph
    [(0, 15)]
    """
    spans: list[tuple[int, int]] = []
    opened, mark, depth = -1, "", 0
    for match in _QUOTE_MARK.finditer(text):
        position, char = match.start(), match.group()
        if opened >= 0 and position - opened > _QUOTE_LIMIT:
            opened, depth = -1, 0  # never closed: not a quotation
        line = text.rfind("\n", 0, position) + 1
        paragraph_start = not text[line:position].strip()
        if opened < 0:
            if char != "»":
                opened, mark, depth = position, char, 1
        elif paragraph_start and char == mark:
            continue  # the same quotation, reopened on a new paragraph
        elif mark == "«" and char == "«":
            depth += 1
        elif (mark == "«" and char == "»") or (mark == '"' and char == '"'):
            depth -= 1
            if depth == 0:
                spans.append((opened, position + 1))
                opened = -1
    return spans


def _attributed_in(
    start: int,
    end: int,
    by_start: _Buckets,
    text: str,
    rules: _Rules,
    context: _Context,
    quoted: tuple[int, int] | None = None,
) -> tuple[Mention, Anchor | None] | None:
    """The source of the first attribution cue between two offsets (a carry cue: the last
    source named in the sentence where a quotation opens, before its opening mark, `quoted`:
    "Zelensky a déclaré : « ... », a-t-il ajouté"; else the one spoken of last, not a name
    inside the quotation), or the first source named there, with the first date there."""
    mentions = by_start.take(1, start, end)
    source = None
    for cue in by_start.take(2, start, end):
        if cue.kind == "carry":
            before = by_start.take(1, *quoted) if quoted is not None else []
            earlier = [m for m in before if m.kind != "media" and m.end <= quoted[1]]
            source = earlier[-1] if earlier else context.last_source
        else:
            source = cue_source(text, cue, mentions, rules.lang, end)
        if source is not None:
            break
    if source is None:
        named = [m for m in mentions if m.kind != UNNAMED]
        source = named[0] if named else None
    if source is None:
        return None
    for mention in by_start.take(3, start, end):
        if not _starts_period(text, mention, rules):
            date = resolve_date(mention, context.published, _last_for(mention, context))
            if date is not None:
                return source, date
    return source, None


def _sentence_cues(cues: list[Cue], mentions: list[Mention], text: str, rules: _Rules) -> list[Cue]:
    """A carry cue that runs into a named source ("Selon l'agence officielle KCNA") names
    a new source: it is a `before` cue, not a pointer to the previous one. One that ends
    with its verb ("The document says Pyongyang could"), or a complementizer between ("He
    added that Pyongyang had sent"), is followed by the reported content."""
    fixed = []
    for cue in cues:
        named = [m for m in mentions if m.kind != UNNAMED and cue.start < m.end and m.end > cue.end]
        if (
            cue.kind == "carry"
            and named
            and named[0].start <= cue.end + 12
            and "," not in text[cue.end : named[0].start]  # "selon lui, la Russie a perdu"
            and not _ends_with_verb(text, cue, rules)
            # "He added that Pyongyang had sent": the reported content's subject
            and not rules.complementizer.search(text, cue.end, named[0].start)
        ):
            fixed.append(Cue(cue.start, min(cue.end, named[0].start), "before"))
        else:
            fixed.append(cue)
    return fixed


def _ends_with_verb(text: str, cue: Cue, rules: _Rules) -> bool:
    verbs = [m.end() for m in rules.statement_verbs.finditer(text, cue.start, cue.end)]
    return bool(verbs) and verbs[-1] == cue.end


def _outside_carry(here: _Sentence) -> list[Mention]:
    """Mentions that are not part of a carry cue ("ces mêmes sources" is no new source)."""
    return here.outside_carry


def _resolve_relay(source: Mention, here: _Sentence, cue: Cue, context: _Context) -> Mention:
    """Find the source behind an unnamed source, a lawmaker or an outlet.

    An unnamed source takes the source named with it (`_name_unnamed`). A relay (a
    lawmaker, an outlet) passes on the figure of another source (`_behind_relay`).
    """
    # "l'un de ses responsables", "its officials": the last source's own people, not an
    # outlet named before them ("Dans un entretien publié par un quotidien iranien, l'un de
    # ses responsables a affirmé")
    possessed = _possessed_unnamed(source, here, context)
    if possessed is not None:
        return possessed
    source = _name_unnamed(source, here, cue)
    if source.kind == UNNAMED:
        source = _unnamed_again(source, here, context)
    if source.kind not in RELAY_KINDS:
        return source
    return _behind_relay(source, here, min(cue.start, source.start), context)


def _possessed_unnamed(source: Mention, here: _Sentence, context: _Context) -> Mention | None:
    """The last source, for unnamed sources after a possessive ("Ses analystes avancent",
    "its officials said": its own people), when it has a country."""
    last = context.last_source
    if (
        source.kind == UNNAMED
        and last is not None
        and last.kind not in (UNNAMED, "media")
        and last.country
        and claim_rules(here.lang).possessive_before.search(
            here.text, max(here.start, source.start - 8), source.start
        )
    ):
        return last
    return None


def _unnamed_again(source: Mention, here: _Sentence, context: _Context) -> Mention:
    """Unnamed sources of the same kind as ones named just before, with their country
    ("South Korean government officials said on Thursday ... one of the officials said"):
    those. The word must be the same ("official", not "analyst"). After a possessive ("Ses
    analystes", "its officials"), the last source named."""
    # "Ses analystes avancent", "its officials said": the last source's own people.
    possessed = _possessed_unnamed(source, here, context)
    if possessed is not None:
        return possessed
    word = here.text[source.start : source.end].lower().rstrip("s")
    recent: list[tuple[int, Mention]] = []  # the last claim's source, then recent speakers
    if context.last_claim is not None and context.last_claim[1] is not None:
        recent.append((context.last_claim[0], context.last_claim[1]))
    for index, earlier in reversed(context.attributed):
        if here.index - index > INHERIT_SENTENCES:
            break  # in sentence order: older ones are further back
        recent.append((index, earlier))
    for index, earlier in sorted(recent, key=lambda pair: -pair[0]):  # newest first
        if here.index - index > INHERIT_SENTENCES:
            continue
        named = here.text[earlier.start : earlier.end + 12].lower()  # "government officials"
        if earlier.country and word in named:
            return earlier
    return source


def _name_unnamed(source: Mention, here: _Sentence, cue: Cue) -> Mention:
    """An unnamed source ("a senior official") takes the institution named right before it
    ("UN officials in Zagreb"), else the one its own words name ("un responsable du
    renseignement militaire (GUR)"), else the source named with it before the cue
    ("Shoigu, Russia's top official, said"), else the one it confides to before the
    reported content ("des sources ont confié à la presse sud-coréenne que")."""
    if source.kind != UNNAMED:
        return source
    mentions = _outside_carry(here)
    # The institution right before them is theirs, not a place after them: "UN officials in
    # Zagreb said", "Pentagon officials in Kyiv".
    owner = next(
        (
            m
            for m in mentions
            if m.end <= source.start
            and not here.text[m.end : source.start].strip()
            and m.kind not in (UNNAMED, "media")
        ),
        None,
    )
    if owner is not None:
        return owner
    own = next(
        (
            m
            for m in mentions
            if source.end <= m.start <= source.end + UNNAMED_OF_REACH
            and m.kind not in (UNNAMED, "media")
            and not _UNNAMED_OF_BREAK.search(here.text, source.end, m.start)
        ),
        None,
    )
    if own is not None:
        return own
    rules = claim_rules(here.lang)
    # not a source whose reported clause names them: "the BBC reported that Western
    # officials believed" (the officials are not the BBC's); nor one a preposition governs:
    # "recruited into the Russian army, officials told"
    governed = attribution_patterns(here.lang).object_preposition
    named = [
        m
        for m in mentions
        if m.kind != UNNAMED
        and m.end <= cue.start
        and not (
            m.end <= source.start and rules.complementizer.search(here.text, m.end, source.start)
        )
        and not governed.search(here.text, max(0, m.start - 30), m.start)
    ]
    if not named and cue.kind == "verb":
        opening = rules.complementizer.search(here.text, cue.end, here.end)
        if opening:
            named = [
                m
                for m in mentions
                if m.kind != UNNAMED and cue.end <= m.start and m.end <= opening.start()
            ][:1]
    return named[-1] if named else source


UNNAMED_OF_REACH = 40  # characters from an unnamed source to the institution it belongs to
_UNNAMED_OF_BREAK = re.compile(r"[,;:.«»\"]")  # a clause or quotation between them


_CARRY_OBJECT = re.compile(r"[ ]+(?:[\w'’]+[ ]+)?")  # a pronoun's verb, then "le" and its object

_REPORTED_SPEAKERS = (UNNAMED, "officials", "intelligence")  # not content: "that Pyongyang sent"
_REPORTED_SUBJECT = re.compile(r"[ ]*(?:[\w'’-]+[ ]+){0,2}")  # "that [the] [Western] officials"


def _behind_relay(
    source: Mention, here: _Sentence, before: int, context: _Context, *, cues: bool = True
) -> Mention:
    """The institution a relay passes on: one another cue of the sentence attributes (when
    `cues`), else one named before `before`, else one attributed or named nearby."""
    mentions = _outside_carry(here)
    remark = claim_rules(here.lang).remark
    for cue in here.cues if cues else ():
        if cue.kind in ("before", "verb") and not (
            cue.start > before
            and remark.search(here.text, max(before, cue.start - REMARK_REACH), cue.start)
        ):  # not a speaker judging the figure ("..., un ordre de grandeur que Kiev juge")
            other = cue_source(here.text, cue, mentions, here.lang, here.end)
            if other is not None:
                other = _name_unnamed(other, here, cue)
            if other is not None and other.kind not in RELAY_KINDS and other.kind != UNNAMED:
                return other
    if source.kind == "media":
        # "the BBC reported that Western officials believed ...": the officials the outlet
        # reports, right after its complementizer, are who speak
        complementizer = claim_rules(here.lang).complementizer
        for m in mentions:
            if m.kind not in _REPORTED_SPEAKERS or not 0 <= m.start - source.end <= RELAY_REACH:
                continue
            opening = complementizer.search(here.text, source.end, m.start)
            if opening is not None and _REPORTED_SUBJECT.fullmatch(
                here.text, opening.end(), m.start
            ):
                return m
    named = [
        m
        for m in here.mentions
        if m.kind not in RELAY_KINDS and m.kind != UNNAMED and m.end <= before
    ]
    if named:
        return named[-1]
    # Named after the relay, past a word of relaying: "according to lawmaker Lee, who relayed
    # a closed-door briefing by South Korea's National Intelligence Service".
    # Not past a comma: "the lawmakers who relayed the briefing, Pyongyang has sent" names
    # the content's subject.
    relaying = claim_rules(here.lang).relaying
    for m in here.mentions:
        if m.start < source.end or m.start - source.end > RELAY_REACH:
            continue
        word = relaying.search(here.text, source.end, m.start)
        if (
            word is not None
            and m.kind not in RELAY_KINDS
            and m.kind != UNNAMED
            and not _RELAY_BREAK.search(here.text, word.end(), m.start)
        ):
            return m
    # An outlet passes on a source of another country only when it was named beside it in
    # the sentence before ("officials who spoke to the BBC ... According to the BBC report");
    # else it reports its own findings ("The report, published by The New York Times, said").
    named_before = context.previous is not None and any(
        p.name == source.name for p in context.previous[1]
    )
    for index, m in reversed(context.attributed):
        if here.index - index > INHERIT_SENTENCES:
            break  # the list is in sentence order: older ones are further back
        if m.kind not in RELAY_KINDS:
            if (
                source.kind == "media"
                and source.country not in ("", m.country)
                and not named_before
            ):
                return source
            return m

    # Further back or in the next sentence, only an institution of the relay's own country:
    # a lawmaker in Seoul passes on Seoul's agency, not "Moscou" named next.
    def own(m: Mention) -> bool:
        return m.kind not in RELAY_KINDS and m.kind != UNNAMED and m.country == source.country

    earlier = [m for _, m in context.attributed if own(m)]
    if source.country and earlier:
        return earlier[-1]
    upcoming = [
        m
        for m in here.next_mentions
        if m.kind not in RELAY_KINDS
        and m.kind != UNNAMED
        and (not source.country or m.country == source.country)
    ]
    return upcoming[0] if upcoming else source


def _resolve_claim_date(
    here: _Sentence,
    amount: Amount,
    source: Mention | None,
    cue: Cue | None,
    source_rule: str,
    context: _Context,
) -> tuple[Anchor | None, str]:
    """When the figure was stated, strongest evidence first.

    1. a date in the attribution itself ("a déclaré lundi", "Lundi, le GUR a affirmé",
       "according to a note published on 15 June"), 2. the last date this source spoke
       at, earlier in the article, 3. the date of the figures this one continues, 4. the
       published date. Dates inside the reported content ("envoyés au début de 2025") are
       dates of the event counted, never the claim date.
    """
    # The figure's own cue first, then a reporting cue after the figure ("Seoul's spy agency
    # believes 2,000 died, lawmakers said on Thursday": the statement is Thursday's).
    # A cue followed by a figure of its own reports that one ("qui évaluait en avril à 600").
    rules = claim_rules(here.lang)
    reporting = [
        c
        for c in here.cues
        if c is not cue
        and c.kind != "carry"
        and c.start >= amount.end
        and not any(a.start >= c.end for a in here.amounts)
        # "900,000, roughly 40 percent more than the institute estimated a year ago"
        and not rules.comparative.search(here.text, max(amount.end, c.start - 80), c.start)
    ]
    zones = [z for c in [cue, *reporting] for z in _statement_zones(here, amount, c)]
    if source_rule == "colon" and cue is not None:
        # the words between the source and its colon: "NIS, November 2025: around 10,000"
        colon = here.text.find(":", cue.end, amount.start)
        if colon >= 0:
            zones.insert(1, (cue.end, colon))
    # A date right after another figure is that figure's ("down from 10,000 estimated in
    # March"), not the statement's.
    others = [
        a.end for a in here.amounts if a is not amount and a.end <= here.end and a.end != amount.end
    ]
    for zone in zones:
        # Before the cue, the date nearest to it ("L'été venu, ..., et, début septembre, le
        # NIS évaluait"); after it, the first.
        before_cue = cue is not None and zone[1] == cue.start
        inside_cue = cue is not None and zone == (cue.start, cue.end)
        for mention in reversed(here.dates) if before_cue else here.dates:
            if (
                zone[0] <= mention.start < zone[1]
                # inside the cue, a year after the losses it puts at a figure is the
                # losses' ("put the army's losses in Hungary in 1956 at 669 killed"); not a
                # month or a day ("put casualties in June at", "as of February 29, at")
                and not (
                    inside_cue
                    and mention.year is not None
                    and mention.month is None
                    and any(
                        pattern.search(here.text, cue.start, mention.start)
                        for _, pattern in rules.metrics
                    )
                )
                and not _starts_period(here.text, mention, rules)
                and not _names_event(here.text, mention, rules)  # "killed in the 2020 war"
                # "since the full-scale invasion began in February 2022, putting them at"
                and not rules.since_clause_tight.search(
                    here.text, max(here.start, mention.start - 60), mention.start
                )
                and not any(
                    end <= mention.start and rules.as_of.fullmatch(here.text, end, mention.start)
                    for end in others
                )
                # "The panel, which monitors an embargo first imposed in 2004, said on
                # Tuesday": a relative clause describing the speaker, closed before the cue
                and not (
                    before_cue
                    and "," in here.text[mention.end : zone[1]]
                    and rules.relative_clause.search(
                        here.text, max(here.start, mention.start - 110), mention.start
                    )
                )
            ):
                last = _last_date_before(here, mention, context)
                if mention.relative in POINTING_BACK or mention.from_last:
                    # "that day", "two days later": from the date just written before it
                    resolved = resolve_date(mention, context.published, last)
                else:
                    resolved = _resolve(mention, context, here.index)
                if resolved is not None:
                    if source is not None:
                        _source_spoke(context, source.name, resolved)
                    return resolved, "statement"
    label = _label_date(here, amount, context)
    if label is not None and source is not None:
        return label, "label"
    cited = _citation(here, amount) if source_rule == "citation" else None
    if cited is not None and cited[1] is not None and (cited[1].month or cited[1].relative):
        # "(NIS, April)", "(NIS, today)", "(JCS, mars 2025)": the date the citation gives
        resolved = _resolve(cited[1], context, here.index)
        if resolved is not None:
            return resolved, "citation"
    if source_rule == "citation":  # the citation's year, unless the sentence dates it
        year = cited[1].year if cited is not None and cited[1] is not None else None
        # A date of that year before the figure, with no other figure between them: "En
        # octobre 2024, le NIS annonçait 1 500 soldats (NIS, 2024)".
        for mention in reversed(here.dates):
            between = any(mention.end <= a.start < amount.start for a in here.amounts)
            if mention.year == year and mention.end <= amount.start and not between:
                resolved = _resolve(mention, context, here.index)
                if resolved is not None:
                    return resolved, "statement"
        if year is not None:
            return Anchor(dt.date(year, 1, 1), "year"), "citation"
    if source_rule == "follows" and context.follows is not None and context.follows[2]:
        return context.follows[2], "follows"  # the date the announcing sentence gives
    if source_rule == "table":  # the row's date, in whichever cell
        row = _table_row(here, amount)
        for mention in here.dates:
            if row is not None and row[0] <= mention.start < row[2]:
                resolved = _resolve(mention, context, here.index)
                if resolved is not None:
                    return resolved, "table"
    if source_rule == "pointed":  # the first date of the clause or sentence that points back
        pointed = here.pointed[1] if here.pointed is not None and cue is None else None
        if cue is not None:
            rules = claim_rules(here.lang)
            after = [d for d in here.dates if d.start >= cue.start]
            for mention in after:
                if not _starts_period(here.text, mention, rules):
                    pointed = resolve_date(mention, context.published, _last_for(mention, context))
                    if pointed is not None:
                        break
        if pointed is not None:
            if source is not None:
                _source_spoke(context, source.name, pointed)
            return pointed, "pointed"
    if here.pointed is not None and here.pointed[2] == "pointed" and here.pointed[1] is not None:
        # A source named in the sentence, dated by the next one pointing back ("Selon le NIS,
        # ... 3 000 soldats de plus. L'information a été rapportée mercredi par la députée").
        if source is not None:
            _source_spoke(context, source.name, here.pointed[1])
        return here.pointed[1], "pointed"
    if context.heading is not None and context.heading[0] == here.span.paragraph:
        # A dated entry ("April 30, 2025. The NIS tells lawmakers..."): its date.
        if source is not None:
            _source_spoke(context, source.name, context.heading[1])
        return context.heading[1], "heading"
    if context.section is not None:
        # An entry under a section's date (a live blog's "MONDAY 4 NOVEMBER"): that date.
        if source is not None:
            _source_spoke(context, source.name, context.section)
        return context.section, "section"
    known = context.source_dates.get(source.name) if source is not None else None
    # "plus de 8 000 militaires russes sont aujourd'hui détenus": a figure of today, not of
    # the source's statement of a year ago (one of the last days is today's).
    clause = _clause_start(here.text, here.start, amount.start)
    stop = _CLAUSE_BREAK.search(here.text, amount.end, here.end)
    if (
        context.published is not None
        and (known is None or (context.published.date - _period_end(known)).days > NOW_DAYS)
        and claim_rules(here.lang).now.search(here.text, clause, stop.start() if stop else here.end)
    ):
        return context.published, "now"
    if known is not None:
        return known, "source"
    turn = context.dated_turn
    if (
        turn is not None
        and turn[:2] == (here.index - 1, here.span.paragraph)
        and source is not None
        and source.country
        and set(source.country.split(";")) <= turn[2]
    ):
        # "Mercredi, c'était au tour de Séoul de livrer ses chiffres. Le NIS a expliqué
        # que ...": the sentence before, with no figure, dated its country's statement.
        return turn[3], "turn"
    if source_rule == "inherited" and context.last_claim and context.last_claim[2]:
        return context.last_claim[2], "inherited"
    return context.published, "published"


POINTING_BACK = ("that_time", "that_day")  # relative dates that take the date last written


def _source_spoke(context: _Context, name: str, date: Anchor) -> None:
    """Remember when a source spoke: its latest statement, which an undated "the NIS also
    said" most likely continues ("On Tuesday the NIS said...; in April it had said...")."""
    if context.published is not None and (
        context.published.date.year - date.date.year > HISTORY_YEARS
    ):
        return  # history ("les conventions de Genève de 1949"), not a statement
    known = context.source_dates.get(name)
    if known is None or date.date >= known.date:
        context.source_dates[name] = date


def _heading_date(here: _Sentence, context: _Context) -> Anchor | None:
    """The date heading an entry of a timeline or a live blog: a sentence that is only a
    date ("October 18, 2024.", "3 juin :"), or a date opening its line or its sentence before
    a dash or a colon ("Dec. 19, 2024 - at least 100 killed", "- 31 octobre : ...")."""
    if not here.dates:
        return None
    date = here.dates[0]
    if len(here.dates) == 1:
        rest = here.text[here.start : date.start] + here.text[date.end : here.end]
        if _PUNCTUATION_ONLY.fullmatch(rest) is not None:
            return _resolve(date, context, here.index)
    # its line's or its sentence's opening: a timeline may run its entries in one paragraph
    # ("Octobre 2024 : ... . Décembre 2024 : ... onze mille hommes, selon Séoul.")
    line = max(here.text.rfind("\n", 0, date.start) + 1, here.start)
    if _BULLET.fullmatch(here.text, line, date.start) and _ENTRY_SEPARATOR.match(
        here.text, date.end
    ):
        return _resolve(date, context, here.index)
    return None


def _date_only(here: _Sentence) -> bool:
    """Whether the sentence is one date and punctuation ("MONDAY 4 NOVEMBER", "May 4.")."""
    if len(here.dates) != 1:
        return False
    date = here.dates[0]
    rest = here.text[here.start : date.start] + here.text[date.end : here.end]
    return _PUNCTUATION_ONLY.fullmatch(rest) is not None


_BULLET = re.compile(r"[ ]*(?:[-–—•*][ ]+)?")  # what may precede a date opening a line
_ENTRY_SEPARATOR = re.compile(r"[ ]*[-–—:][ ]")  # between an entry's date and its text


_PUNCTUATION_ONLY = re.compile(r"[\W_]*")


def _label_date(here: _Sentence, amount: Amount, context: _Context) -> Anchor | None:
    """The date of a label opening the sentence up to a colon, with no figure of its own,
    before the statement it introduces (« Dépêche du 19 décembre 2024 : un député
    sud-coréen ... fait état d'au moins 100 soldats tués »)."""
    colon = here.text.find(":", here.start, min(amount.start, here.start + LABEL_REACH))
    if colon < 0 or any(here.start <= a.start < colon for a in here.amounts):
        return None
    label = here.text[here.start : colon]
    stated = any(here.start <= c.start < colon for c in here.cues) or any(
        here.start <= m.start < colon for m in here.mentions
    )  # "Both governments said in 1989 that the real totals were higher: Tehran spoke of"
    if not stated and ("," in label or len(label.split()) > LABEL_WORDS):
        return None  # a clause, not a label: "Its contingents have been hit this year:"
    rules = claim_rules(here.lang)
    dated = [
        d
        for d in here.dates
        if here.start <= d.start
        and d.end <= colon
        # "Troops sent since October 2024: about 16,000": the counted event's period
        and not _starts_period(here.text, d, rules)
        and not _names_event(here.text, d, rules)
        and not rules.since_clause.search(here.text, max(here.start, d.start - 60), d.start)
    ]
    return _resolve(dated[-1], context, here.index) if dated else None


LABEL_REACH = 80  # characters from a sentence's start to the colon closing its label
LABEL_WORDS = 6  # words of a label at most (« Allocution télévisée du 4 janvier 2025 »)


def _statement_zones(here: _Sentence, amount: Amount, cue: Cue | None) -> list[tuple[int, int]]:
    """Stretches of the sentence where a date dates the statement, not the event."""
    if cue is None:
        return []
    text = here.text
    rules = claim_rules(here.lang)
    # Inside the cue's own words: "put in April at roughly 15,000".
    zones: list[tuple[int, int]] = [(cue.start, cue.end)]
    # Before the cue, when the cue comes before the figure: "Lundi, le GUR a affirmé que".
    if cue.end <= amount.start:
        # From the clause's start, but never back over another figure: a date there belongs
        # to that figure's content ("Since August 6, ... lost 62,400 men, it said: 25,200
        # killed").
        start = max(
            [
                here.start,
                *(m.end() for m in _CLAUSE.finditer(text, here.start, cue.start)),
                *(
                    a.end
                    for a in here.amounts
                    if a.end <= cue.start and a is not amount and not _small_word(a)
                ),
            ]
        )
        zones.append((start, cue.start))
    # After the cue, up to where the reported content starts (a complementizer, the figure).
    stop = amount.start if cue.end <= amount.start else here.end
    complementizer = rules.complementizer.search(text, cue.end, stop)
    if complementizer:
        zones.append((cue.end, complementizer.start()))
    else:
        comma = text.find(",", cue.end, stop)
        # The source named after "selon" runs to its comma ("D'après une évaluation du
        # renseignement ukrainien rapportée mercredi par une chaîne américaine, ..."), or
        # over an apposition to the next one ("According to the BBC report, published on
        # Wednesday, an estimated 11,000...").
        if cue.kind == "before" and comma >= 0:
            second = text.find(",", comma + 1, stop)
            if second < 0 and cue.start > amount.end:  # "..., selon le NIS, début septembre."
                second = stop
            if second >= 0 and not any(comma < a.start < second for a in here.amounts):
                comma = second
        # An apposition right after the cue, or after one adverb ("Zelenskyy's last estimate,
        # in January 2025, was 4,000", "évoquait pourtant, dès la fin décembre, plus d'un
        # millier") is about the statement too.
        elif comma >= 0 and len(text[cue.end : comma].split()) <= 1:
            second = text.find(",", comma + 1, stop)
            if second >= 0 and not any(comma < a.start < second for a in here.amounts):
                comma = second
        # After the figure, what follows its statement verb is about the statement ("...,"
        # Zelensky said of North Korea's soldiers in his nightly address on Monday).
        after = cue.start >= amount.end and not any(a.start >= cue.end for a in here.amounts)
        reach = 100 if cue.kind == "before" or after else 40
        zones.append((cue.end, min(stop, comma if comma >= 0 else stop, cue.end + reach)))
    # The figure as the object of the statement verb ("Seoul first spoke of 1,500 soldiers in
    # October 2024", "put losses at more than 6,000 killed and wounded last June"): a date
    # within its next few words, in its clause, dates the statement.
    if (
        cue.kind == "verb"
        and cue.end <= amount.start
        and amount.start - cue.end <= _OBJECT_REACH
        and not any(cue.end <= a.start < amount.start for a in here.amounts)
        and _object_of(text, cue, amount, rules)
    ):
        words = list(_GAP_WORD.finditer(text, amount.end, min(here.end, amount.end + 60)))
        end = words[min(len(words), _OBJECT_WORDS) - 1].end() if words else amount.end
        brk = _BREAK.search(text, amount.end, end)
        zones.append((amount.end, brk.start() if brk else end))
    return zones


_OBJECT_REACH = 40  # characters from a statement verb to its object figure ("put the dead at")
_BARE_END = re.compile(r"[ ]?(?:[,.;:!?)»]|\Z)")  # a figure with no words of its own after it


def _object_of(text: str, cue: Cue, amount: Amount, rules: _Rules) -> bool:
    """Whether the figure is the object of the cue's verb: a marker ends the cue's words right
    before it ("put the dead at 300", "spoke of 1,500") or opens the figure's own words
    ("parlait d'environ 600")."""
    return bool(
        rules.object_marker.search(text, cue.start, amount.start)
        or rules.object_opening.match(text, amount.start, amount.number_start)
    )


_OBJECT_WORDS = 5  # words after the figure where a date still dates the statement


_CLAUSE = re.compile(r"[:;]")
_GLOSS = re.compile(r"[ ]?:")  # a colon right after a figure: what follows glosses it


def _last_date_before(here: _Sentence, pointing: DateMention, context: _Context) -> Anchor | None:
    """The date a pointing-back date takes: the last one written before it in the sentence,
    else the last one of the text (`_last_for`); not a date opening a period a figure follows
    ("sent to Libya since December 2019 at around 18,000, of whom some 10,750 had returned
    by then": the time of the count, not its period's start), though the date of « depuis
    septembre 2022, quand Choïgou avait fait état de 5 937 morts »."""
    rules = claim_rules(here.lang)
    earlier = [
        d
        for d in here.dates
        if d.end <= pointing.start
        and not (
            _starts_period(here.text, d, rules)
            and any(d.end <= a.start and a.end <= pointing.start for a in here.amounts)
        )
    ]
    for mention in reversed(earlier):
        resolved = resolve_date(mention, context.published, context.last_date)
        if resolved is not None:
            return resolved
    return _last_for(pointing, context)


def _last_for(mention: DateMention, context: _Context) -> Anchor | None:
    """The date last written that a mention resolves from: "à l'époque", "at the time" point
    to the past, never to a date of the publication's day ("Un an plus tard, ...")."""
    return context.past_date if mention.relative == "that_time" else context.last_date


_OPENING = 4  # characters before a date that still opens its sentence ("Le 5 mai")
_INCISE_OPENING = re.compile(r",\s*(?:\w{1,3}\s+|\w['’])?\Z")  # ", the ", ", l'", ", "


def _remember(here: _Sentence, context: _Context, has_claims: bool) -> None:
    """Update who was speaking and the last date mentioned, after a sentence."""
    rules = claim_rules(here.lang)
    # The first source the sentence names, not a place ("Speaking in Kyiv, Zelensky said")
    # nor a name in a clause put before the main one ("After Seoul briefed it, Rutte said").
    fronted = rules.fronted.match(here.text, here.start, here.end)
    main = fronted.end() if fronted else here.start
    first = next(
        (
            m
            for m in here.mentions
            if m.kind not in ("media", UNNAMED)
            and m.start >= main
            and not rules.locative.search(here.text, max(here.start, m.start - 20), m.start)
        ),
        None,
    )
    if first is not None and first.kind == "relay":
        first = _behind_relay(first, here, first.start, context, cues=False)
    # A sentence that carries the previous source ("..., it said") keeps it: the names
    # in its reported content ("the Russian army had lost") are not new speakers; so does
    # one about the source's document ("Le document ... dresse un état des lieux de la
    # présence militaire de Pyongyang").
    document = rules.document.match(here.text, here.start)
    carried = any(c.kind == "carry" for c in here.cues) or bool(document)
    speakers = []  # the sources of the sentence's attribution cues
    after = []  # those whose cue follows the sentence's last figure
    for cue in here.cues:
        if cue.kind in ("before", "verb"):
            source = cue_source(here.text, cue, _outside_carry(here), here.lang, here.end)
            if source is not None and source.kind not in ("media", UNNAMED):
                context.attributed.append((here.index, source))
                speakers.append(source)
                if (
                    (not here.amounts or cue.start >= here.amounts[-1].end)
                    and (
                        (
                            "," in here.text[max(here.start, cue.start - 3) : cue.start]
                            and source.start >= cue.end
                        )
                        or (  # "..., the foreign ministry said on Thursday."
                            source.end <= cue.start
                            and not here.text[source.end : cue.start].strip()
                            and _INCISE_OPENING.search(
                                here.text, max(here.start, source.start - 8), source.start
                            )
                        )
                    )
                ):
                    after.append(source)  # an incise: "..., a précisé l'état-major"
    # A sentence's speaker, named after the content ("Le contingent serait passé de 11 000
    # à 14 000 hommes, a précisé l'état-major"), is whom "la même source" or "il" takes
    # up next, not the content's first name (nor a speaker of a clause before the figures:
    # "les deux prisonniers dont Kiev a annoncé la capture").
    if after and first is not None and first not in speakers:
        spoke = after[-1]
        if spoke.kind == "relay":
            spoke = _behind_relay(spoke, here, spoke.start, context, cues=False)
        first = spoke
    if first is not None and not carried:
        context.last_source = first
        context.last_source_sentence = here.index
    origin = rules.origin.search(here.text, here.start, here.end) if document else None
    if origin is not None:  # "Le document ... émanerait du ministère russe de la Défense"
        author = next((m for m in here.mentions if m.start >= origin.end()), None)
        if author is not None and author.kind not in ("media", UNNAMED):
            context.last_source = author
            context.last_source_sentence = here.index
    if speakers and not here.amounts:
        speaker = speakers[0]
        if speaker.kind == "relay":
            speaker = _behind_relay(speaker, here, speaker.start, context, cues=False)
        context.introduced = (here.index, speaker)
    if context.follows is not None and context.follows[0] != here.span.paragraph:
        context.follows = None
    if not here.amounts and rules.follows.search(here.text, here.start, here.end):
        # "Their summary table, with figures as of the end of May, reads as follows."
        announcer = speakers[0] if speakers else (context.last_source if carried else first)
        if announcer is not None:
            dated = (
                _resolve(d, context, here.index)
                for d in here.dates
                if not _starts_period(here.text, d, rules)
            )
            # A colon closing its paragraph announces the paragraph after it ("The passage
            # on North Korea, as published by his office, reads:").
            scope = here.span.paragraph + (here.text[here.end - 1] == ":")
            context.follows = (scope, announcer, next(filter(None, dated), None))
    context.previous = (here.start, here.mentions)
    for mention in here.mentions:  # in text order: the last of each kind wins
        if mention.kind not in ("media", UNNAMED, "relay", "expert"):
            context.last_by_kind[mention.kind] = mention
    if not here.dates:
        return
    resolved = [(d, _resolve(d, context, here.index)) for d in here.dates]
    if not has_claims and (first is not None or speakers):
        # Not a date of the content a "selon" after it attributes ("des défenseurs capturés au
        # printemps 2022, selon l'état-major"), unless it opens the sentence ("Lundi, selon").
        content = [c.start for c in here.cues if c.kind == "before"]
        stated = [
            r
            for d, r in resolved
            if r is not None
            and not _starts_period(here.text, d, rules)
            and not (d.start > here.start + _OPENING and any(d.end <= c for c in content))
        ]
        # The sentence's first source and those its cues attribute ("Mercredi, devant les
        # députés, le NIS a livré son évaluation": the lawmakers and the NIS spoke then).
        # An expert's introduction ("who has tracked the deployment since October 2024")
        # dates no statement of theirs.
        who_spoke = [m for m in (first, *speakers) if m is not None]
        who_spoke = [m for m in who_spoke if m.kind != "expert" or m in speakers]
        for who in dict.fromkeys(m.name for m in who_spoke):
            if stated:
                _source_spoke(context, who, stated[0])
        countries = frozenset(c for m in who_spoke for c in m.country.split(";") if c)
        # the date opening the sentence ("Mercredi, c'était au tour de Séoul"), not one of a
        # clause about something else ("ATMIS, which took over on January 1")
        opening = [
            r
            for d, r in resolved
            if r is not None and r.precision == "day" and d.start < here.start + _OPENING
        ]
        if (
            opening
            and countries
            and (
                context.published is None
                or context.published.date.year - opening[0].date.year <= HISTORY_YEARS
                or opening[0].date.year in context.era
            )
        ):
            context.dated_turn = (here.index, here.span.paragraph, countries, opening[0])
    # The last date the narrative is at: not the start of a period ("shipped 12 million
    # shells since 2023. ... the same day" is not 2023).
    # "since the deployment began in the autumn of 2024", "depuis son incursion du 6 août":
    # background, neither the narrative's date nor its year.
    current = [
        (d, r)
        for d, r in resolved
        if r is not None
        and not _starts_period(here.text, d, rules)
        and not _names_event(here.text, d, rules)
        and not rules.since_clause.search(here.text, max(here.start, d.start - 60), d.start)
    ]
    if current:
        context.last_date = current[-1][1]
        past = [
            r for _, r in current if context.published is None or r.date < context.published.date
        ]
        if past:
            context.past_date = past[-1]
    # The year of the narrative: a date with its year written, or one that took the year of
    # the narrative ("l'automne 2024. Le 18 octobre... Cinq jours plus tard... En décembre").
    written = [
        r
        for d, r in current
        if (
            d.year is not None
            or d.from_last
            or d.relative == "this_year"  # « au début de cette année »: no longer 2024
            or (d.month is not None and r != resolve_date(d, context.published, context.last_date))
        )
    ]
    if written:
        stated = has_claims or first is not None or bool(speakers)
        context.year_anchor = (here.index, written[-1], here.span.paragraph, stated)


REMARK_REACH = 80  # characters from a remark's opening (", a figure that") to its speaker
POSSESSIVE_PERSON_REACH = 3  # sentences back a possessive cue may reach a person ("ses")


def _is_person(source: Mention | None) -> bool:
    """A person named as such (an expert, a leader): their possessive reaches further."""
    return source is not None and source.kind in ("person", "expert")


NOW_DAYS = 7  # a source's statement this recent is "now" for a figure said to be current
NARRATIVE_SENTENCES = 2  # how many sentences a written year carries to dates without one
NARRATIVE_REACH_DAYS = 730  # a written year older than this (two years) is background
TIMELINE_REACH_DAYS = 1095  # from a statement's date, within its paragraph: three years


def _period_end(anchor: Anchor) -> dt.date:
    """The last day an anchor covers (its year's or month's end, or the day itself)."""
    if anchor.precision == "year":
        return dt.date(anchor.date.year, 12, 31)
    if anchor.precision == "month":
        following = anchor.date.replace(day=28) + dt.timedelta(days=4)
        return following - dt.timedelta(days=following.day)
    return anchor.date


def _resolve(mention: DateMention, context: _Context, index: int) -> Anchor | None:
    """`resolve_date`, and a date without a year right after one with a year takes that year
    when it is not past the published date ("Il a fallu attendre l'automne 2024. Le 18
    octobre, le NIS..." in an article of 2026: 18 October 2024, not 2025). Only a date of
    the last two years: an older one is background ("the invasion of February 2022")."""
    resolved = resolve_date(mention, context.published, _last_for(mention, context))
    anchor = context.year_anchor
    if (
        resolved is None
        or mention.year is not None
        or mention.relative in ("this_year", "last_year")
        or mention.month is None
        or anchor is None
        or index - anchor[0] > NARRATIVE_SENTENCES
        or context.published is None
    ):
        return resolved
    if anchor[1].precision == "year" and anchor[2] != context.paragraph:
        return resolved  # a year alone ("during 2025") sets no narrative past its paragraph
    year = anchor[1].date.year
    timeline = anchor[2] == context.paragraph and anchor[3]
    reach = TIMELINE_REACH_DAYS if timeline else NARRATIVE_REACH_DAYS
    retrospective = year in context.era and context.published.date.year - year > HISTORY_YEARS
    if (context.published.date - _period_end(anchor[1])).days > reach and not retrospective:
        # Background ("the invasion of February 2022"), not the narrative; a timeline of
        # statements ("Le 18 octobre 2024, le NIS affirme ... Le 23 décembre, ...") reaches
        # further back within its paragraph; so does a year of the era a retrospective is
        # about, long ago (« En janvier 1987, ... Le 12 janvier, Téhéran affirme »).
        return resolved
    try:
        candidate = dt.date(year, mention.month, mention.day or 1)
    except ValueError:
        return resolved
    if anchor[1].precision != "year" and candidate < anchor[1].date.replace(day=1):
        # Before the date just written: the narrative has moved on to the next year ("four
        # days later [23 December 2024] ... In mid-January"), or it is not the same one.
        try:
            candidate = candidate.replace(year=year + 1)
        except ValueError:
            return resolved
    if candidate > context.published.date:
        return resolved
    return Anchor(candidate, resolved.precision)


def _state_of_its_day(fields: dict[str, object]) -> None:
    """The claimant's state as of the claim's date (`load_successions`): Russia speaking
    before the Soviet Union ended is the Soviet Union ("Moscow says 100,300 troops were in
    Afghanistan", 1988), and the Soviet Union speaking after it is Russia. The claimant's
    name follows ("Russian government" -> "Soviet government").

    >>> fields = {"claimant": "Russian government", "claimant_country": "RU",
    ...           "claim_date": "1988-05"}
    >>> _state_of_its_day(fields); fields["claimant"], fields["claimant_country"]
    ('Soviet government', 'SU')
    """
    country, date = fields.get("claimant_country") or "", fields.get("claim_date") or ""
    successions = load_successions()
    if not country or not successions or not _ISO_START.match(date):
        return
    parts = [int(part) for part in date.split("-")]
    start = dt.date(parts[0], *(parts[1:] + [1, 1])[:2])  # the first day the date covers
    names = load_country_names()
    codes = country.split(";")
    for succession in successions:
        before = start < succession.ended
        old, new = (
            (succession.successor, succession.code)
            if before
            else (succession.code, succession.successor)
        )
        if old not in codes:
            continue
        codes = [new if code == old else code for code in codes]
        claimant = fields.get("claimant") or ""
        adjective = names.get(old, "")
        if adjective and claimant.startswith(adjective + " "):
            fields["claimant"] = names.get(new, new) + claimant[len(adjective) :]
    fields["claimant_country"] = ";".join(codes)


_ISO_START = re.compile(r"\d{4}(?:-\d{2}){0,2}\Z")


def _outside(spans: list[_Span], mentions: list[Mention]) -> list[_Span]:
    """The spans that are not part of a source's name: "militaire" in "le renseignement
    militaire ukrainien" names an institution, it counts no troops."""
    starts = [m.start for m in mentions]
    kept = []
    for span in spans:
        before = bisect_left(starts, span.end)  # mentions starting before the span ends
        if not (before and mentions[before - 1].end > span.start):
            kept.append(span)
    return kept


def _default_subject(
    norm: str,
    title: str,
    amounts: list[Amount],
    troops: list[_Span],
    metric_spans: list[_Span],
    rules: _Rules,
    people: list[str] | None = None,
) -> str:
    """Whose troops the article counts when a figure does not say.

    The demonym most often in its figures' noun phrases (counted twice), next to a troop
    noun ("North Korean troops", "soldats nord-coréens") or naming who sends troops
    ("Pyongyang could dispatch", "la Corée du Nord enverrait"), anywhere in the text; the
    title's own signals count double, and each country it names, not as a place ("en
    Ukraine"), once; at equal counts, the title's first demonym or name.
    """
    counts = _subject_counts(norm, amounts, troops, metric_spans, rules, people)
    heading = normalize(title or norm[:300])
    # `rules` knows the body's subjects; the title has its own
    scanned = _subject_scanner(rules.lang).matches(heading)
    rules = _with_subjects(claim_rules(rules.lang), scanned)
    if title:  # its troop nouns and senders (its figures' phrases have troop nouns too)
        title_troops = [
            _Span(m.start(), m.end(), "troop") for m in rules.troop_noun_at.finditer(heading)
        ]
        title_senders = [
            _Span(m.start(), m.end(), "deployed") for m in rules.deployed_at.finditer(heading)
        ]
        people = _people(heading, rules, scanned)
        found = _subject_counts(heading, [], title_troops, title_senders, rules, people)
        for code, count in found.items():
            counts[code] = counts.get(code, 0) + 2 * count
        # Whose losses the title counts ("Un million de pertes russes", "Russia's losses").
        for metric, pattern in rules.metrics:
            if metric == "deployed":
                continue
            for match in standard(pattern).finditer(heading):
                span = _Span(match.start(), match.end(), metric)
                code = _attached_subject(heading, len(heading), span, rules)
                if code:
                    counts[code] = counts.get(code, 0) + 2
    first_in_title: dict[str, int] = {}
    for code, pattern in rules.subjects:
        match = pattern.search(heading)
        if match:
            first_in_title[code] = match.start()
    if title:  # a country the title names, not as a place ("en Ukraine"), tips the balance
        for code, start in first_in_title.items():
            if not rules.place.search(heading, max(0, start - 20), start):
                counts[code] = counts.get(code, 0) + 1
    candidates = list(counts) or list(first_in_title)
    if not candidates:
        return ""
    # Most counted; at equal counts, the one the title names first, else the one counted
    # first (a list, not a set: the same answer in every process).
    return min(candidates, key=lambda code: (-counts.get(code, 0), first_in_title.get(code, 10**9)))


def _people(text: str, rules: _Rules, scanned: Scanned | None = None) -> list[str]:
    """The codes of the demonyms used as nouns in a text ("the North Koreans"), from the
    article's scan when given."""
    names = rules.subject_names
    return [
        rules.subject_codes[group_index(match)]
        for match in (scanned[names] if scanned is not None else names.finditer(text))
        if _DEMONYM_NOUN.fullmatch(match.group())
    ]


def _subject_counts(
    norm: str,
    amounts: list[Amount],
    troops: list[_Span],
    metric_spans: list[_Span],
    rules: _Rules,
    people: list[str] | None = None,
) -> dict[str, int]:
    """Whose troops the text's signals name, counted by code (see `_default_subject`).

    `people`: the codes of the demonyms used as nouns in the text, when the caller has
    them from the article's scanner; otherwise they are searched here (a short title).
    """
    counts: dict[str, int] = {}
    metric_starts = {span.start for span in metric_spans}
    for amount in amounts:
        noun_end, _ = _noun_phrase(
            norm, amount, min(len(norm), amount.end + 80), metric_starts, rules
        )
        for code, pattern in rules.subjects:
            if pattern.search(norm, amount.end, noun_end):
                counts[code] = counts.get(code, 0) + 2
    # Demonyms used as nouns name people: "singled out the North Koreans", "les Nord-Coréens".
    if people is None:
        people = _people(norm, rules)
    for code in people:
        counts[code] = counts.get(code, 0) + 1
    senders = [span for span in metric_spans if span.label == "deployed"]
    for span in [*troops, *senders]:
        for code, pattern in rules.subjects:
            before = pattern.search(norm, max(0, span.start - 25), span.start)
            after = (
                pattern.match(norm, span.end + 1)
                if span.label == "troop" and norm[span.end : span.end + 1] == " "
                else None
            )
            if (before and _ATTACHED.fullmatch(norm[before.end() : span.start])) or after:
                counts[code] = counts.get(code, 0) + 1
    return counts


def extract_article(article: Article) -> list[Claim]:
    """The claims of one read article."""
    return extract_claims(article.body, **article.metadata())


def claims_frame(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    on_error: Callable[[ArticleError], None] | None = None,
) -> pd.DataFrame:
    """The tidy table of every article under `paths` (files or folders).

    Bad files are passed to `on_error` (ignored when it is None) and the rest is read.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    claims: list[Claim] = []
    for article in iter_articles([Path(p) for p in paths], on_error or (lambda error: None)):
        claims.extend(extract_article(article))
    return to_frame(claims)
