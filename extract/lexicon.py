"""Load and validate the language data under `data/lexicons/`.

Every French or English word the extractor knows lives in those YAML files, keyed by
canonical English names; this module reads them, checks them against a schema (unknown
keys, wrong types, patterns that do not compile, an alias claimed by two claimants) and
raises `LexiconError` naming the file and the key at fault.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import regex
import yaml

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicons"


# libyaml's safe loader when PyYAML was built with it (several times faster), else Python's.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LexiconError(ValueError):
    """A lexicon file is missing, unreadable or does not fit its schema."""


def load_yaml(path: Path) -> dict[str, Any]:
    """Read one YAML mapping, with errors that name the file."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise LexiconError(f"{path}: cannot read lexicon: {error}") from error
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: a lexicon must be a mapping at top level")
    return data


def validate(data: Mapping[str, Any], schema: Mapping[str, Any], where: str) -> None:
    """Check `data` against `schema`: same keys, and each value of the schema's shape.

    A schema value is `str`, `list` (of strings), `dict` (of strings to strings or to lists
    of strings) or a nested schema (a mapping). Missing keys are allowed; unknown keys are not.

    >>> validate({"a": ["x"]}, {"a": list}, "demo")
    >>> validate({"b": 1}, {"a": list}, "demo")
    Traceback (most recent call last):
    extract.lexicon.LexiconError: demo: unknown key 'b' (known: a)
    >>> validate({"a": {False: ["Oslo"]}}, {"a": dict}, "demo")  # YAML's bare "NO:"
    Traceback (most recent call last):
    extract.lexicon.LexiconError: demo.a: key False is a boolean (quote it: 'NO')
    """
    for key, value in data.items():
        if isinstance(key, bool):  # YAML reads a bare NO, yes, on, off as a boolean
            raise LexiconError(f"{where}: key {key!r} is a boolean (quote it: 'NO')")
        if key not in schema:
            raise LexiconError(f"{where}: unknown key {key!r} (known: {', '.join(schema)})")
        shape = schema[key]
        here = f"{where}.{key}"
        if isinstance(shape, Mapping):
            if not isinstance(value, Mapping):
                raise LexiconError(f"{here}: expected a mapping")
            validate(value, shape, here)
        elif shape is list:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise LexiconError(f"{here}: expected a list of strings")
        elif shape is dict:
            if not isinstance(value, Mapping):
                raise LexiconError(f"{here}: expected a mapping")
            for sub, item in value.items():
                if isinstance(sub, bool):
                    raise LexiconError(f"{here}: key {sub!r} is a boolean (quote it: 'NO')")
                ok = isinstance(item, (str, int)) or (
                    isinstance(item, list) and all(isinstance(v, str) for v in item)
                )
                if not ok:
                    raise LexiconError(f"{here}.{sub}: expected a string or a list of strings")
        elif not isinstance(value, shape):
            raise LexiconError(f"{here}: expected {shape.__name__}")


# A group holding a repetition, itself repeated: "(a+)+", "(?:\\w+\\s*)*". Such patterns can
# take exponential time on hostile text, so lexicons may not use them.
_NESTED_REPETITION = regex.compile(r"\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)[+*{]")


def check_patterns(patterns: list[str], where: str) -> None:
    """Every entry must compile as a `regex` pattern and repeat no repetition.

    Most entries are plain phrases (`_PLAIN_PATTERN`), which always compile: only the
    others are compiled here, since compiling (pure Python in `regex`) is what makes
    loading the lexicons slow.

    >>> check_patterns(["tués?", r"mis\\s+hors\\s+de\\s+combat"], "demo")
    >>> check_patterns(["(?:a+b)+"], "demo")
    Traceback (most recent call last):
    extract.lexicon.LexiconError: demo: bad pattern '(?:a+b)+': nested repetition
    >>> check_patterns(["a)"], "demo")
    Traceback (most recent call last):
    extract.lexicon.LexiconError: demo: bad pattern 'a)': unbalanced parenthesis at position 1
    """
    for pattern in patterns:
        if not _PLAIN_PATTERN.fullmatch(pattern):
            try:
                regex.compile(pattern)
            except regex.error as error:
                raise LexiconError(f"{where}: bad pattern {pattern!r}: {error}") from error
        if _NESTED_REPETITION.search(pattern):
            raise LexiconError(f"{where}: bad pattern {pattern!r}: nested repetition")


def _plain_pattern(depth: int) -> str:
    """The source of `_PLAIN_PATTERN`: a subset of the `regex` syntax whose every string
    compiles, with groups nested up to `depth` levels (1: groups hold no group).

    Literal characters (none of the metacharacters), `.`, the classes `\\s \\w \\d` and
    their negations, escaped punctuation, sets of such characters (`[’']`, `[^,.;:]`; no
    range, a hyphen only first or last, no `^ | & ~` inside: set operators in V1), each
    optionally followed by one quantifier (`?`, `*`, `+`, lazy or not); `\\b`;
    alternatives; groups (capturing, `(?:`) that may be quantified too, and lookarounds
    that may not. A quantifier always follows something it can repeat, and parentheses and
    brackets always balance, so the `regex` parser accepts every such string.
    """
    escape = r"\\(?:[sSwWdD]|[^\w\s])"
    single = rf"(?:[^\\.^$|?*+()\[\]{{}}]|\.|{escape})"
    member = rf"(?:[^\\\[\]\-^|&~]|{escape})"
    char_set = rf"\[\^?-?{member}+-?\]"
    quantifier = r"(?:[?*+]\??)?"
    atoms = rf"(?:{single}|{char_set}){quantifier}|\\b"
    for _ in range(depth):
        alternation = rf"(?:{atoms})*(?:\|(?:{atoms})*)*"
        atoms = (
            rf"(?:{single}|{char_set}|\((?:\?:)?{alternation}\)){quantifier}"
            rf"|\\b|\(\?(?:=|!|<=|<!){alternation}\)"
        )
    return rf"(?:{atoms})*(?:\|(?:{atoms})*)*"


# Matched against lexicon entries only (short, trusted text), on the standard `re` engine:
# every token is told apart by its first character, so it cannot backtrack far.
_PLAIN_PATTERN = re.compile(_plain_pattern(1))  # deeper: more entries, slower to compile


# The per-language claim lexicon (data/lexicons/<lang>.yaml). Values are lists of phrases
# written as `regex` patterns (case-insensitive, matched on word boundaries).
LANGUAGE_SCHEMA: dict[str, Any] = {
    "language": str,
    "metrics": {
        metric: list for metric in ("deployed", "killed", "wounded", "casualties", "captured")
    },
    "troop_nouns": list,  # nouns that count people under arms: soldiers, troops, sappers
    "among": list,  # "among the", « parmi les »: after a metric word, before an other noun
    "belonging": list,  # "of the", « de » between a troop noun and whose troops: "of the M23"
    "person_nouns": list,  # nouns of a country's people (nationals): counted only as a metric says
    "other_nouns": list,  # nouns that make a number not a troop count (workers, shells...)
    "not_deployed": list,  # "brought home", « portés disparus »: troops counted, not sent
    "exchanges": list,  # "swap", « échange »: troops coming home near one were prisoners
    "returns": list,  # the not_deployed words of troops coming back ("came home", « libérés »)
    "subjects": dict,  # ISO code -> demonyms and names that tag whose troops are counted
    "increment": list,  # "autres", "supplémentaires", "additional", "more"
    "partitive_increment": list,  # "autres" that splits a total rather than adds to it
    "hedges": list,  # conditional and hearsay cues
    "now": list,  # "désormais", "now": a current figure
    "not_claims": list,  # general facts and capabilities: "usually", "capable of"
    "unit_sizes": list,  # "groupes de", "groups of": the figure after is a group's size
    "share_cues": list,  # "dont", "including", "contre": a share of the previous figure
    "pronoun_counts": list,  # "they were", « ils étaient »: before a bare figure, its troops
    "comparisons": list,  # "down from", « contre »: a bare figure compared with the claim before
    "coordinations": list,  # "and", "et": a figure with no metric counts what the one before did
    "hypotheticals": list,  # "if", "si": a sentence or clause opening with one claims nothing
    "concessives": list,  # "even if", "même si": no condition on a figure before them
    "rates": list,  # "a day", "par jour": right after the counted noun, a rate, not a count
    "rates_before": list,  # "daily", "averaging", « en moyenne »: before the figure, a rate too
    "partitive_pronouns": list,  # "of them", "d'entre eux": troops named before, after a figure
    "loss_verbs": list,  # "lost", « perdu »: a casualties word that, counting fewer than
    # 900, counts the dead ("the regiment lost nine men")
    "partitive_figures": list,  # "of the", "des": "3,000 of the 11,000 soldiers sent"
    "how_many": list,  # "how many", "combien": a bare figure answering one counts what it asks
    "auxiliaries": list,  # "had been", "ont été": before a loss word, it is the clause's verb
    "contrasts": list,  # "but", "mais": a metric word past one is not the figure's before it
    "label_openings": list,  # "c'est le nombre de": a line's figure, its colon, then its noun
    "inclusions": list,  # "compris", "included": a metric word before one is part of a total
    "inclusions_before": list,  # "y compris les", "including the": the same, before the word
    "totals": list,  # "total", "bilan": a figure of one with no metric counts what the last did
    "comparatives": list,  # "more than", "plus que": what follows is another estimate
    "captor_verbs": list,  # « détient »: a capture verb whose subject is the captor
    "remarks": list,  # ", a figure that": after a figure, a remark whose speaker judges it
    "number_of": list,  # "the number of", "le nombre de": the troops a later figure counts
    "definite_articles": list,  # "the", "aux": a figure right after one inherits no source
    "stated_participles": list,  # "announced": ... unless one follows it ("the 600 announced")
    "possessives": list,  # "leurs", "its": whose troops is the last country named before
    "own_possessives": list,  # "its", « ses »: singular ones; with no country named before
    # in the sentence outside its sources, the speaking institution's own troops
    "stateless": list,  # "foreign", « étrangers », "peacekeepers": troops of no one country
    "places_before": list,  # "in", "près de": a country named after one is a place, not whose
    "attribution": {
        "before": list,  # cue before the source: "selon", "according to"
        "verbs": list,  # statement verbs: "a déclaré", "said", "estime"
        "carry": list,  # a sentence carrying the previous source: "selon lui", "he added"
        "pronouns": list,  # subject pronouns that carry the previous source before a verb
        "unnamed": list,  # anonymous sources: "officials", "des sources"
        "agents": list,  # "par", "by": the source after a passive verb ("estimated by the NIS")
        "passives": list,  # "estimated", "estimé": at N ... by X (the agent after the figure)
        "complementizers": list,  # "que", "that": where the reported content begins
        "inverted_subjects": list,  # "le", "son", "the": open a subject after an incise verb
        "conjunctions": list,  # "et", "and", ",": joining joint claimants
        "own_voice": list,  # "our estimate", "nous retenons": the article's own figure
        "experts": list,  # "researcher", "chercheuse": a person named beside one is a claimant
        "expert_roles": dict,  # label -> words describing an expert ("academic": "teaches")
        "demonstratives": list,  # « ces derniers », "the latter": the last source named before
        "expert_bodies": list,  # "of the Tokyo Institute": after "Name, ", the person is an expert
        "honorifics": list,  # "Dr", "Pr": before an expert's name
        "relative_carry": list,  # "selon laquelle", "according to which": the source before
        "relative_possessives": list,  # "whose", "dont le": "South Korea, whose spy agency"
        "kin_groups": dict,  # name -> patterns: families' and veterans' groups, who speak
        # for their own soldiers (their country is that of the troops counted)
        "side_openings": list,  # « côté », "on the": before a people's adjective opening a
        # sentence, the side whose bare institutions speak next (« Côté indien, l'armée »)
        "side_closings": list,  # "side": after that adjective ("On the Pakistani side,")
        "relative_pronouns": list,  # "which", « qui »: a relative clause's dates describe
        "expert_references": list,  # "the", "le": before an expert's title, the expert
        "first_person": list,  # "I", "je", "ma": an interviewee's own figure
        "interview": list,  # "interview", "entretien": the lead sentence dating an interview
        "affiliations": dict,  # ISO code -> places an expert works at ("parisien", "London")
        "inverting_relatives": list,  # "dont", "que": the verb after one has its subject after it
        "documents": list,  # "le document", "the report" opening a sentence: the source's own
        "object_markers": list,  # "at", "de": a statement verb's figure follows ("put it at 300")
        "carry_kinds": dict,  # kind -> words of carry cues naming one ("agency", "ministère")
        "titles": list,  # "spokesperson", "porte-parole": before a person named for a source
        "locatives": list,  # "in", "à": a source name after one is a place
        "posted": list,  # "diplomats", "attachés": a capital named as their post is not theirs
        "citing": list,  # "citing", "citant": the cited source's figure, whoever relays it
        "participles": list,  # "saying", "affirmant": after a comma, the main clause's subject
        "relaying": list,  # "relayed", "briefing": a lawmaker passing on an agency named after
        "follows": list,  # "as follows", "voici": a sentence announcing the figures after it
        "origins": list,  # "comes from", "émane de": who wrote the document a sentence is about
        "fronted_clauses": list,  # "after", "lorsque": a clause before the main one
        "back_references": list,  # "C'est ce qu'": names who stated the sentence before
        "bare_institutions": list,  # "the defence ministry": a dateline's capital places it
        "senders": list,  # "has sent", « a envoyé »: the source named before sends, not speaks
        "expert_leads": list,  # "leads", « dirige »: after a person's name, before a research body
        "person_pronouns": list,  # "he", « elle »: a cue's pronoun standing for a person
        "body_pronouns": list,  # "it": a cue's pronoun standing for a body its sentence named
        "possessed_institutions": list,  # "its defence ministry": of the country last named
        "body_heads": list,  # "Observatory", « Observatoire »: the head noun of a body's name
        "object_prepositions": list,  # "into the": the name after is no verb's subject
        "coalition_nouns": list,  # "coalition": named by who leads it, then alone
        "coalition_led_before": list,  # "-led": the leader before the coalition's noun
        "coalition_led_after": list,  # « menée par »: the leader after the coalition's noun
        "events_after": list,  # "agreement", "talks": after a capital, an event named by a place
        "events_before": list,  # « accord de », « sommet de »: before a capital, the same
        "sender_gaps": list,  # "has", "is preparing to", « en outre »: between the two
    },
    "countries": dict,  # ISO code -> demonyms qualifying an institution ("sud-coréen")
    "institutions": dict,  # institution kind -> nouns ("renseignement", "officials")
    "dates": {
        "months": dict,  # month number (1..12) -> names
        "weekdays": dict,  # weekday number (0 = Monday) -> names
        "relative": dict,  # yesterday, last_week, this_month, that_time, that_day... -> phrases
        "previous_weekday": list,  # "last", "dernier" with a weekday: before the published day
        "units": dict,  # day, week, month, year -> phrases ("days", "semaines", "ans")
        "one": list,  # articles counting one unit: "un an plus tôt", "a year earlier"
        "ago_before": list,  # "il y a" before a count of units: back from the published date
        "ago_after": list,  # "ago" after a count of units
        "later": list,  # "later", "plus tard" after a count of units: on from the last date
        "earlier": list,  # "earlier", "plus tôt" after a count of units: back from the last date
        "parts": dict,  # early, mid, late -> phrases ("début", "fin")
        "seasons": dict,  # spring, summer, autumn, winter -> names
        "day_suffixes": list,  # "er" in "1er", "th" in "15th"
        "day_alone": list,  # "le", "on the" before a day and a comma: the month last named
        "prepositions": list,  # "le", "on", "en", "in": before a date
        "since": list,  # "depuis", "since": the date after starts a period, not a statement
        "event_nouns": list,  # "war", « guerre »: a year naming one dates the event, not a
        # statement ("the 2020 war", "the war of 1982", « la guerre de 2020 »)
        "event_links": list,  # "of", « de »: between an event noun and its year
        "decades": list,  # "(?P<year>\\d{3}0)s", « années (?P<year>...) »: a decade long
        # over makes a figure of its clause history
        "as_of": list,  # "in", "en": between a figure and the date of its estimate
        "deadlines": list,  # "by", "d'ici": a month after one, later in the year, is a target
    },
    "sentence": {
        "abbreviations": list,  # tokens ending in "." that do not end a sentence
    },
}


@cache
def load_lexicon(lang: str) -> dict[str, Any]:
    """The validated claim lexicon of one language."""
    path = LEXICON_DIR / f"{lang}.yaml"
    if not path.is_file():
        raise LexiconError(f"{path}: no lexicon for language {lang!r}")
    data = load_yaml(path)
    validate(data, LANGUAGE_SCHEMA, path.name)
    for section in ("metrics", "attribution"):
        for key, phrases in data.get(section, {}).items():
            check_patterns(phrases, f"{path.name}.{section}.{key}")
    for key in (
        "troop_nouns",
        "person_nouns",
        "other_nouns",
        "not_deployed",
        "increment",
        "partitive_increment",
        "hedges",
        "now",
        "not_claims",
        "unit_sizes",
        "share_cues",
        "pronoun_counts",
        "comparisons",
        "coordinations",
        "hypotheticals",
        "concessives",
        "places_before",
        "possessives",
        "own_possessives",
        "number_of",
        "totals",
        "remarks",
        "captor_verbs",
        "comparatives",
        "partitive_pronouns",
        "loss_verbs",
        "how_many",
        "auxiliaries",
        "belonging",
        "among",
    ):
        check_patterns(data.get(key, []), f"{path.name}.{key}")
    _check_country_codes(data.get("countries", {}), f"{path.name}.countries")
    _check_country_codes(data.get("subjects", {}), f"{path.name}.subjects")
    # Whose troops, for every other country of the world too (hand-written wins); who speaks
    # for them is read apart (`world_countries`), as adding them to the patterns of the
    # lexicon's `countries` would make those slow.
    listed = data.get("subjects", {})
    world = world_subjects(lang)
    subjects = {**listed, **{code: p for code, p in world.items() if code not in listed}}
    # and the armed groups of each country ("40 M23 fighters")
    for code, names in group_subjects().items():
        subjects[code] = [*subjects.get(code, []), *names]
    data["subjects"] = subjects
    return data


def _check_country_codes(countries: dict, where: str) -> None:
    """Country codes are strings: YAML reads a bare NO (Norway) as false.

    >>> _check_country_codes({False: "Norwegian"}, "demo")
    Traceback (most recent call last):
    extract.lexicon.LexiconError: demo: country code False is not a string (quote it: 'NO')
    """
    for code in countries:
        if not isinstance(code, str):
            raise LexiconError(f"{where}: country code {code!r} is not a string (quote it: 'NO')")


def available_languages() -> list[str]:
    """Languages that have a claim lexicon, e.g. ['en', 'fr']."""
    return sorted(p.stem for p in LEXICON_DIR.glob("*.yaml") if p.stem != "claimants")


@dataclass(frozen=True)
class Claimant:
    name: str  # canonical name, e.g. "South Korean intelligence (NIS)"
    country: str  # ISO 3166 codes joined by ";", NATO, or ""
    aliases: tuple[str, ...]  # regex patterns, any language
    kind: str  # institution kind: intelligence, military, government, state_media, person...
    later: tuple[str, ...] = ()  # short names standing for it once an alias has named it
    # (language, pattern): names that stand for it only as a statement's subject, before the
    # language's statement verbs (`world_forms`): "Rwanda said"
    speaking: tuple[tuple[str, str], ...] = ()


CLAIMANT_SCHEMA: dict[str, Any] = {
    "name": str,
    "country": str,
    "aliases": list,
    "kind": str,
    "later": list,
}


@cache
def load_claimants() -> tuple[Claimant, ...]:
    """The claimant gazetteer (data/lexicons/claimants.yaml), validated.

    An alias may belong to one claimant only: two claimants sharing an alias would make
    attribution depend on file order.
    """
    path = LEXICON_DIR / "claimants.yaml"
    data = load_yaml(path)
    entries = data.get("claimants")
    if not set(data) <= {"claimants", "countries"} or not isinstance(entries, list):
        raise LexiconError(f"{path.name}: expected the keys 'claimants' (a list) and 'countries'")
    claimants: list[Claimant] = []
    owner: dict[str, str] = {}
    for index, entry in enumerate(entries):
        where = f"{path.name}.claimants[{index}]"
        if not isinstance(entry, Mapping) or not {"name", "aliases"} <= set(entry):
            raise LexiconError(f"{where}: each claimant needs a name and aliases")
        validate(entry, CLAIMANT_SCHEMA, where)
        check_patterns(entry["aliases"], where)
        check_patterns(entry.get("later", []), where)
        for alias in entry["aliases"]:
            key = alias.casefold()
            if key in owner and owner[key] != entry["name"]:
                raise LexiconError(f"{where}: alias {alias!r} already belongs to {owner[key]!r}")
            owner[key] = entry["name"]
        claimants.append(
            Claimant(
                name=entry["name"],
                country=entry.get("country", ""),
                aliases=tuple(entry["aliases"]),
                kind=entry.get("kind", ""),
                later=tuple(entry.get("later", [])),
            )
        )
    return tuple(claimants)


@cache
def load_country_names() -> dict[str, str]:
    """English adjective of each country code, for claimants named from a demonym.

    >>> load_country_names()["KR"]
    'South Korean'
    """
    path = LEXICON_DIR / "claimants.yaml"
    names = load_yaml(path).get("countries", {})
    validate({"countries": names}, {"countries": dict}, path.name)
    _check_country_codes(names, f"{path.name}.countries")
    world = {country.code: country.adjective for country in load_world()}
    return {**world, **{str(code): str(name) for code, name in names.items()}}


_PLAIN_DEMONYM = re.compile(r"([^\W\d_][\w-]*)(?:\(\?:([\w|]+)\)\?)?")


def world_demonym(code: str, lang: str) -> tuple[str, tuple[str, ...]] | None:
    """A country's first demonym in a language, as a word and its optional endings, when
    the file writes it that simply ('rwandais(?:e|es)?'); None otherwise.

    >>> world_demonym("IN", "fr")
    ('indien', ('ne', 'nes', 's'))
    >>> world_demonym("RW", "fr")
    ('rwandais', ('e', 'es'))
    """
    country = next((c for c in load_world() if c.code == code), None)
    names = country.languages.get(lang) if country is not None else None
    if names is None or not names.demonyms:
        return None
    plain = _PLAIN_DEMONYM.fullmatch(names.demonyms[0])
    if plain is None:
        return None
    return plain.group(1), tuple(plain.group(2).split("|")) if plain.group(2) else ()


# The countries of the world (data/lexicons/world/countries.yaml): what the lexicons and the
# gazetteer hold for the countries written there by hand, made for every other country.
WORLD_FILE = Path("world") / "countries.yaml"  # under LEXICON_DIR; optional
_PLACEHOLDER = re.compile(r"\{(name|demonym|capital|the|of)\}")


@dataclass(frozen=True)
class WorldNames:
    """One country's names in one language, ambiguous forms left out."""

    names: tuple[str, ...]  # patterns
    articles: tuple[str, ...]  # the article of each name (a key of the language's articles)
    demonyms: tuple[str, ...]  # adjectives and people nouns ("Rwandans", « Rwandais »)
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    adjective: str  # English, names its claimants: "Rwandan military"
    languages: Mapping[str, WorldNames]


@dataclass(frozen=True)
class WorldForms:
    """How one language's entries are made from a country's names (the file's `forms`)."""

    countries: tuple[str, ...]  # templates: the words making an institution a country's
    speaker: str  # template: the country as a statement's subject
    between: tuple[str, ...]  # words between it and the verb ("has")
    verbs: tuple[str, ...]  # statement verbs ("said")
    articles: Mapping[str, Mapping[str, str]]  # article -> {"the": ..., "of": ...}


WORLD_FORMS_SCHEMA: dict[str, Any] = {
    "countries": list,
    "speaker": str,
    "between": list,
    "verbs": list,
}  # and "articles": article -> {"the": pattern, "of": pattern}, checked apart


WORLD_SCHEMA: dict[str, Any] = {  # the world file's keys, at every level (see data/README.md)
    "countries": dict,  # code -> a country
    "ambiguous": list,  # of a country: its forms left out
    "adjective": str,  # of a country, in English: names its claimants
    "names": list,  # of a country in a language: patterns, or {name, article}
    "name": str,
    "article": str,  # a key of the language's `articles`
    "demonyms": list,
    "nouns": list,
    "capitals": list,
    "forms": dict,  # language -> how its entries are made (WORLD_FORMS_SCHEMA, `articles`)
    "articles": dict,  # article -> {the, of}
    "the": str,
    "of": str,
}


@cache
def _world_file() -> dict[str, Any]:
    """The world file's data; none when the lexicons have no world file."""
    path = LEXICON_DIR / WORLD_FILE
    if not path.is_file():
        return {"countries": {}}
    data = load_yaml(path)
    if not set(data) <= {"countries", "forms"} or not isinstance(data.get("countries"), dict):
        raise LexiconError(f"{path}: expected the keys 'countries' and 'forms'")
    return data


@cache
def world_forms(lang: str) -> WorldForms:
    """The world file's forms of one language (empty when it has none).

    >>> world_forms("en").speaker.endswith("(?<!against\\\\s){name}")
    True
    """
    where = f"{WORLD_FILE}.forms.{lang}"
    forms = (_world_file().get("forms") or {}).get(lang) or {}
    validate({k: v for k, v in forms.items() if k != "articles"}, WORLD_FORMS_SCHEMA, where)
    articles: dict[str, dict[str, str]] = {}
    for article, parts in (forms.get("articles") or {}).items():
        if not isinstance(parts, Mapping) or set(parts) != {"the", "of"}:
            raise LexiconError(f"{where}.articles.{article}: expected 'the' and 'of'")
        articles[str(article)] = {key: str(value) for key, value in parts.items()}
    for index, template in enumerate([*forms.get("countries", []), forms.get("speaker", "")]):
        kinds = {m.group(1) for m in _PLACEHOLDER.finditer(template)} - {"the", "of"}
        if template and len(kinds) != 1:
            raise LexiconError(
                f"{where}: template {index} needs one of {{name}}, {{demonym}}, {{capital}}"
            )
    return WorldForms(
        countries=tuple(forms.get("countries", [])),
        speaker=forms.get("speaker", ""),
        between=tuple(forms.get("between", [])),
        verbs=tuple(forms.get("verbs", [])),
        articles=articles,
    )


@cache
def load_world() -> tuple[Country, ...]:
    """The countries of the world file, validated (errors name the file and the key).

    >>> rwanda = next(c for c in load_world() if c.code == "RW")
    >>> rwanda.adjective, rwanda.languages["fr"].capitals
    ('Rwandan', ('Kigali',))
    >>> any(c.code == "TD" and "Chad" in c.languages["en"].names for c in load_world())
    False
    """
    data = _world_file()
    countries = []
    for code, entry in data["countries"].items():
        here = f"{WORLD_FILE}.countries.{code}"
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{2}", code):
            raise LexiconError(f"{here}: a country code is two capital letters (quote 'NO')")
        if not isinstance(entry, Mapping) or not all(isinstance(k, str) for k in entry):
            raise LexiconError(f"{here}: expected languages and 'ambiguous'")
        ambiguous = entry.get("ambiguous") or []
        if not isinstance(ambiguous, list) or not all(isinstance(a, str) for a in ambiguous):
            raise LexiconError(f"{here}.ambiguous: expected a list of strings")
        english = entry.get("en") or {}
        adjective = english.get("adjective") if isinstance(english, Mapping) else None
        if not isinstance(adjective, str) or not adjective:
            raise LexiconError(f"{here}.en.adjective: expected a string")
        languages = {
            lang: _world_names(names or {}, ambiguous, f"{here}.{lang}", lang)
            for lang, names in entry.items()
            if lang != "ambiguous"
        }
        countries.append(Country(code, adjective, languages))
    return tuple(countries)


def _world_names(entry: Mapping, ambiguous: list[str], where: str, lang: str) -> WorldNames:
    """One language's names of a country, validated, without the ambiguous ones."""
    allowed = {"names", "demonyms", "nouns", "capitals", "adjective"}
    if not isinstance(entry, Mapping) or not set(entry) <= allowed:
        raise LexiconError(f"{where}: expected the keys {', '.join(sorted(allowed))}")
    known = world_forms(lang).articles
    names: list[str] = []
    articles: list[str] = []
    for index, item in enumerate(entry.get("names") or []):
        name, article = (
            (item.get("name"), item.get("article"))
            if isinstance(item, Mapping)
            else (
                item,
                "",
            )
        )
        if not isinstance(name, str) or not name or (known and article not in known):
            raise LexiconError(
                f"{where}.names[{index}]: expected a pattern"
                + (f" and an article ({', '.join(known)})" if known else "")
            )
        names.append(name)
        articles.append(str(article or ""))
    lists = {}
    for key in ("demonyms", "nouns", "capitals"):
        value = entry.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise LexiconError(f"{where}.{key}: expected a list of strings")
        lists[key] = value
    check_patterns(names + lists["demonyms"] + lists["nouns"] + lists["capitals"], where)

    def clear(pattern: str) -> bool:  # the pattern matches none of the ambiguous forms whole
        return not any(re.fullmatch(pattern, form, re.IGNORECASE) for form in ambiguous)

    kept = [(n, a) for n, a in zip(names, articles, strict=True) if clear(n)]
    return WorldNames(
        names=tuple(n for n, _ in kept),
        articles=tuple(a for _, a in kept),
        demonyms=tuple(p for p in lists["demonyms"] + lists["nouns"] if clear(p)),
        capitals=tuple(p for p in lists["capitals"] if clear(p)),
    )


def _fill(template: str, names: WorldNames, forms: WorldForms) -> list[str]:
    """A template made with each of a country's names, demonyms or capitals."""
    kind = next(
        m.group(1) for m in _PLACEHOLDER.finditer(template) if m.group(1) not in ("the", "of")
    )
    if kind == "name":
        filled = []
        for name, article in zip(names.names, names.articles, strict=True):
            parts = forms.articles.get(article, {"the": "", "of": ""})
            filled.append(
                template.replace("{name}", name)
                .replace("{the}", parts["the"])
                .replace("{of}", parts["of"])
            )
        return filled
    values = names.demonyms if kind == "demonym" else names.capitals
    return [template.replace("{" + kind + "}", value) for value in values]


def world_subjects(lang: str) -> dict[str, list[str]]:
    """Whose troops, for every country of the world file: its names and demonyms (not its
    capital, which names a government speaking far more often than troops: « Londres
    estime »).

    >>> world_subjects("fr")["RW"][1:]
    ['Rwanda', '[Pp]ays\\\\s+des\\\\s+[Mm]ille\\\\s+[Cc]ollines', 'rwandais(?:e|es)?', \
'Rwandais(?:e|es)?']
    """
    return {
        c.code: [*names.names, *names.demonyms]
        for c in load_world()
        if (names := c.languages.get(lang)) and (names.names or names.demonyms)
    }


def world_countries(lang: str) -> dict[str, list[str]]:
    """Who speaks, for every country of the world file: the words that make an institution
    that country's (the templates `forms.<lang>.countries`).

    >>> world_countries("en")["RW"][:4]
    ['Rwandans?', 'Rwandese', "Republic\\\\s+of\\\\s+Rwanda's", "Rwanda's"]
    >>> world_countries("fr")["RW"][2:4]
    ['de\\\\s+(?:la\\\\s+)?République\\\\s+du\\\\s+Rwanda', 'du\\\\s+Rwanda']
    """
    forms = world_forms(lang)
    found: dict[str, list[str]] = {}
    for country in load_world():
        names = country.languages.get(lang)
        if names is None:
            continue
        words = [word for template in forms.countries for word in _fill(template, names, forms)]
        if words:
            found[country.code] = list(dict.fromkeys(words))
    return found


CITIES_FILE = Path("world") / "cities.yaml"  # under LEXICON_DIR; optional
SUCCESSIONS_FILE = Path("world") / "successions.yaml"  # under LEXICON_DIR; optional


@dataclass(frozen=True)
class Succession:
    """A state that ended (`code`), the day it ended and the state that took its seat."""

    code: str
    ended: dt.date
    successor: str


@cache
def load_successions() -> tuple[Succession, ...]:
    """The successions file: states that ended and their successors, validated.

    >>> [(s.code, s.ended.isoformat(), s.successor) for s in load_successions()]
    [('SU', '1991-12-26', 'RU')]
    """
    path = LEXICON_DIR / SUCCESSIONS_FILE
    if not path.is_file():
        return ()
    data = load_yaml(path)
    entries = data.get("successions")
    if set(data) != {"successions"} or not isinstance(entries, Mapping):
        raise LexiconError(
            f"{path.name}: expected the key 'successions' (code -> ended, successor)"
        )
    codes = {country.code for country in load_world()}
    found = []
    for code, entry in entries.items():
        where = f"{SUCCESSIONS_FILE}.successions.{code}"
        if not isinstance(entry, Mapping) or set(entry) != {"ended", "successor"}:
            raise LexiconError(f"{where}: expected exactly 'ended' and 'successor'")
        successor = entry["successor"]
        for value in (code, successor):
            if not isinstance(value, str) or (codes and value not in codes):
                raise LexiconError(f"{where}: {value!r} is not a country code of the world file")
        ended = entry["ended"]
        if not isinstance(ended, dt.date) or isinstance(ended, dt.datetime):
            raise LexiconError(f"{where}.ended: expected a date (YYYY-MM-DD)")
        found.append(Succession(code, ended, successor))
    return tuple(found)


@cache
def load_cities() -> dict[str, tuple[str, ...]]:
    """The cities file: country code -> patterns of its cities other than the capital that
    open dispatches' datelines ("Jammu", "Goma", « Saint-Pétersbourg »), validated.

    >>> "Jammu" in load_cities()["IN"]
    True
    """
    path = LEXICON_DIR / CITIES_FILE
    if not path.is_file():
        return {}
    data = load_yaml(path)
    entries = data.get("cities")
    if set(data) != {"cities"} or not isinstance(entries, Mapping):
        raise LexiconError(f"{path.name}: expected the key 'cities' (country code -> patterns)")
    codes = {country.code for country in load_world()}
    cities = {}
    for code, patterns in entries.items():
        where = f"{CITIES_FILE}.cities.{code}"
        if not isinstance(code, str) or (codes and code not in codes):
            raise LexiconError(f"{where}: not a country code of the world file (quote 'NO')")
        if not isinstance(patterns, list) or not all(isinstance(p, str) and p for p in patterns):
            raise LexiconError(f"{where}: expected a list of patterns")
        check_patterns(patterns, where)
        cities[code] = tuple(patterns)
    return cities


def _world_list(file: Path, key: str) -> list:
    """The list a world file holds under its only key `key` (empty when there is no file)."""
    path = LEXICON_DIR / file
    if not path.is_file():
        return []
    data = load_yaml(path)
    entries = data.get(key)
    if set(data) != {key} or not isinstance(entries, list):
        raise LexiconError(f"{path.name}: expected the key {key!r} (a list)")
    return entries


def _own_aliases(owner: dict[str, str], aliases: list[str], name: str, where: str) -> None:
    """Give `aliases` to the claimant `name` in `owner` (case-folded alias -> claimant):
    an alias belongs to one claimant only."""
    for alias in aliases:
        key = alias.casefold()
        if key in owner and owner[key] != name:
            raise LexiconError(f"{where}: alias {alias!r} already belongs to {owner[key]!r}")
        owner[key] = name


GROUPS_FILE = Path("world") / "groups.yaml"  # under LEXICON_DIR; optional
GROUP_KIND = "armed_group"  # the claimant kind of the groups file's entries
GROUP_SCHEMA: dict[str, Any] = {  # each entry of the groups file (see data/README.md)
    "name": str,  # canonical claimant name, "M23 rebels" (a state's forces: "Rwandan military")
    "country": str,  # where the group is based: a code of the world file
    "aliases": list,  # patterns, any language, case-sensitive
    "kind": str,  # armed_group (the default), or military: a state's forces ("FARDC", "RDF")
}
GROUP_KINDS = ("armed_group", "military")


@dataclass(frozen=True)
class Group:
    name: str
    country: str
    aliases: tuple[str, ...]
    kind: str = "armed_group"


@cache
def load_groups() -> tuple[Group, ...]:
    """The groups file's entries, validated: armed groups (rebels, militias, private military
    companies) and states' forces known by their own name ("FARDC"); each is a claimant of
    its own and names whose troops a figure counts.

    >>> m23 = next(g for g in load_groups() if g.name == "M23 rebels")
    >>> m23.country, m23.aliases[0]
    ('CD', 'M23')
    """
    entries = _world_list(GROUPS_FILE, "groups")
    if not entries:
        return ()
    codes = {country.code for country in load_world()}
    owner = {alias.casefold(): c.name for c in load_claimants() for alias in c.aliases}
    groups = []
    adjectives = {country.code: country.adjective for country in load_world()}
    required = {"country", "aliases"}
    for index, entry in enumerate(entries):
        where = f"{GROUPS_FILE}.groups[{index}]"
        if not isinstance(entry, Mapping) or not required <= set(entry) <= set(GROUP_SCHEMA):
            raise LexiconError(f"{where}: expected the keys {', '.join(GROUP_SCHEMA)}")
        validate(entry, GROUP_SCHEMA, where)
        check_patterns(entry["aliases"], where)
        if codes and entry["country"] not in codes:
            raise LexiconError(f"{where}: country {entry['country']!r} is not in the world file")
        kind = entry.get("kind", GROUP_KIND)
        if kind not in GROUP_KINDS:
            raise LexiconError(f"{where}: kind {kind!r} is not one of {', '.join(GROUP_KINDS)}")
        # a state's forces speak as that state's military, named like the world file's
        name = entry.get("name") or f"{adjectives.get(entry['country'], entry['country'])} military"
        if kind == GROUP_KIND and not entry.get("name"):
            raise LexiconError(f"{where}: an armed group needs a name")
        _own_aliases(owner, entry["aliases"], name, where)
        groups.append(Group(name, entry["country"], tuple(entry["aliases"]), kind))
    return tuple(groups)


LEADERS_FILE = Path("world") / "leaders.yaml"  # under LEXICON_DIR; optional
LEADER_SCHEMA: dict[str, Any] = {  # each entry of the leaders file (see data/README.md)
    "name": str,  # the person's name, "George W. Bush"
    "country": str,  # whom they speak for: a code of the world file
    "role": str,  # one of LEADER_ROLES
    "aliases": list,  # patterns, any language, case-sensitive
}
LEADER_ROLES = {  # role -> how a claimant's name says it ("UK head of government")
    "head_of_state": "head of state",
    "head_of_government": "head of government",
    "defence_minister": "defence minister",
    "foreign_minister": "foreign minister",
    "military_chief": "military chief",
}


@dataclass(frozen=True)
class Leader:
    name: str
    country: str
    role: str
    aliases: tuple[str, ...]


@cache
def load_leaders() -> tuple[Leader, ...]:
    """The leaders file's entries, validated: people who speak for a state in war news
    (heads of state and government, defence and foreign ministers, armed forces chiefs); each
    is a claimant of their country ("George W. Bush announced the dispatch of 21,500 more
    soldiers": US). An alias belongs to one claimant only, the gazetteer's and the groups
    file's included.

    >>> bush = next(leader for leader in load_leaders() if leader.name == "George W. Bush")
    >>> bush.country, bush.role
    ('US', 'head_of_state')
    """
    entries = _world_list(LEADERS_FILE, "leaders")
    if not entries:
        return ()
    codes = {country.code for country in load_world()}
    owner = {alias.casefold(): c.name for c in load_claimants() for alias in c.aliases}
    owner.update(
        (alias.casefold(), group.name) for group in load_groups() for alias in group.aliases
    )
    leaders = []
    for index, entry in enumerate(entries):
        where = f"{LEADERS_FILE}.leaders[{index}]"
        if not isinstance(entry, Mapping) or set(entry) != set(LEADER_SCHEMA):
            raise LexiconError(f"{where}: expected the keys {', '.join(LEADER_SCHEMA)}")
        validate(entry, LEADER_SCHEMA, where)
        check_patterns(entry["aliases"], where)
        if codes and entry["country"] not in codes:
            raise LexiconError(f"{where}: country {entry['country']!r} is not in the world file")
        if entry["role"] not in LEADER_ROLES:
            raise LexiconError(
                f"{where}: role {entry['role']!r} is not one of {', '.join(LEADER_ROLES)}"
            )
        _own_aliases(owner, entry["aliases"], entry["name"], where)
        leaders.append(
            Leader(entry["name"], entry["country"], entry["role"], tuple(entry["aliases"]))
        )
    return tuple(leaders)


def group_subjects() -> dict[str, list[str]]:
    """The groups file's names by country, which name whose troops a figure counts ("40 M23
    fighters": CD, "1,000 RDF soldiers": RW).

    >>> group_subjects()["CD"][:2]
    ['M23', 'AFC/M23']
    """
    found: dict[str, list[str]] = {}
    for group in load_groups():
        found.setdefault(group.country, []).extend(group.aliases)
    return found


@cache
def world_claimants() -> tuple[Claimant, ...]:
    """A government for every country of the world file: named by its capital (`aliases`),
    or by the country as the subject of a statement verb (`speaking`: "Rwanda said",
    « le Rwanda affirme »); then the armed groups of the groups file (`load_groups`), and the
    people of the leaders file (`load_leaders`).
    Aliases the gazetteer holds already are left out; a country whose government the
    gazetteer holds speaks as that government ("the United States said": "US government").

    >>> rwanda = next(c for c in world_claimants() if c.country == "RW")
    >>> rwanda.name, rwanda.kind, rwanda.aliases
    ('Rwandan government', 'government', ('Kigali',))
    >>> korea = next(c for c in world_claimants() if c.country == "KR")
    >>> korea.name, korea.aliases  # Seoul is in the gazetteer
    ('South Korean government', ())
    """
    hand = load_claimants()
    taken = {alias.casefold() for claimant in hand for alias in claimant.aliases}
    # The gazetteer's government of a country, else its state ("North Korean state").
    governed = {
        c.country: c
        for kind in ("state", "government")
        for c in reversed(hand)
        if c.kind == kind and c.country
    }
    claimants = []
    for country in load_world():
        held = governed.get(country.code)
        aliases: list[str] = []
        speaking: list[tuple[str, str]] = []
        for lang, names in country.languages.items():
            if held is None:
                aliases += [c for c in names.capitals if c.casefold() not in taken]
            forms = world_forms(lang)
            if forms.speaker and forms.verbs:
                speaking += [(lang, form) for form in _fill(forms.speaker, names, forms)]
        if aliases or speaking:
            claimants.append(
                Claimant(
                    held.name if held else f"{country.adjective} government",
                    country.code,
                    tuple(dict.fromkeys(aliases)),
                    held.kind if held else "government",
                    speaking=tuple(speaking),
                )
            )
    claimants += [
        Claimant(
            g.name,
            g.country,
            tuple(a for a in g.aliases if a.casefold() not in taken),
            g.kind,
        )
        for g in load_groups()
    ]
    # People who speak for their state, one claimant per state and office ("George W. Bush"
    # and "Barack Obama" are the "US head of state", as Putin is the "Russian government" in
    # the gazetteer); a person's pronoun carries to them ("he added").
    offices: dict[tuple[str, str], list[str]] = {}
    for leader in load_leaders():
        offices.setdefault((leader.country, leader.role), []).extend(_found_by(leader.aliases))
    claimants += [
        Claimant(_office(country, role), country, tuple(aliases), "person")
        for (country, role), aliases in offices.items()
    ]
    return tuple(claimants)


def _office(country: str, role: str) -> str:
    """A leader's claimant: their country's adjective and their office ("US head of state")."""
    return f"{load_country_names().get(country, country)} {LEADER_ROLES[role]}"


def _found_by(aliases: tuple[str, ...]) -> tuple[str, ...]:
    """The aliases that find a person: not those that end with another of their aliases, a
    single word ("President\\s+Nixon" when "Nixon" alone names him), which finds every place
    the longer one would (smaller patterns compile faster).

    >>> aliases = (r"Richard\\s+Nixon", r"President\\s+Nixon", "Nixon", r"Nixon\\s+Doctrine")
    >>> kept = _found_by(aliases)
    >>> [alias.replace(r"\\s+", " ") for alias in kept]
    ['Nixon', 'Nixon Doctrine']
    """
    words = {alias for alias in aliases if _WORD_ALIAS.fullmatch(alias)}
    return tuple(
        alias
        for alias in aliases
        if not any(alias != word and alias.endswith(rf"\s+{word}") for word in words)
    )


_WORD_ALIAS = re.compile(r"[^\W\d_][\w'-]*")  # an alias that is one literal word
