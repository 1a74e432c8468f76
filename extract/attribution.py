"""Who states a figure: claimant mentions, attribution cues, and the rules that join them.

A *mention* is a span naming a source: a gazetteer alias ("NIS", "le Pentagone"), an
institution qualified by demonyms ("les autorités sud-coréennes", "US and South Korean
officials") or an unnamed source ("officials"). A *cue* is a span that attributes a
statement: a preposition before the source ("selon", "according to"), a statement verb
after it ("a déclaré", "said"), or a phrase carrying the previous source ("selon lui",
"he said").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice
from typing import Any, NamedTuple

import regex

from extract.dates import find_dates
from extract.lexicon import (
    load_cities,
    load_claimants,
    load_country_names,
    load_lexicon,
    load_world,
    world_claimants,
    world_countries,
    world_forms,
)
from extract.numbers import find_numbers
from extract.text import (
    Scanned,
    Scanner,
    Tokens,
    dispatched,
    group_index,
    longest_first,
    longest_first_key,
    phrase_pattern,
    phrase_source,
    standard_phrase_pattern,
    starts,
)

# Kinds of claimant that pass on another source's figure (see data/lexicons/claimants.yaml).
RELAY_KINDS = ("relay", "media")
UNNAMED = "unnamed"
# Families' and veterans' groups: they speak for their own soldiers, so their country is
# that of the troops a figure counts (the pipeline sets it)
KIN = "kin"


# Spans found in text are named tuples: immutable, hashable, and several times cheaper to
# make than frozen dataclasses (an article makes about a hundred).
class Mention(NamedTuple):
    start: int
    end: int
    name: str  # canonical claimant name
    country: str  # ISO codes joined by ";", NATO, or ""
    kind: str  # intelligence, military, government, media, relay, unnamed ...


class Cue(NamedTuple):
    start: int
    end: int
    kind: str  # before, verb, carry


@dataclass(frozen=True)
class _Attribution:
    gazetteer: tuple[tuple[regex.Pattern | re.Pattern, tuple[Mention, ...]], ...]  # `_gazetteer`
    demonym_institution: regex.Pattern
    countries: re.Pattern  # searched inside a mention: one named group per country
    country_codes: dict[str, str]  # the group name of each country -> its code
    institutions: tuple[tuple[str, re.Pattern], ...]
    unnamed: regex.Pattern
    kin: regex.Pattern  # families' and veterans' groups ("veterans' associations")
    kin_names: tuple[tuple[str, re.Pattern], ...]  # the name of each, read inside a match
    before: regex.Pattern
    verbs: regex.Pattern
    carry: regex.Pattern
    complementizer: re.Pattern
    inverted: re.Pattern  # an inverted subject after an incise verb, to the clause's end
    title: re.Pattern  # a title opening an apposition: "porte-parole adjoint du ..."
    determiner: re.Pattern  # a determiner opening an apposition's body: "the State Department"
    posted: re.Pattern  # ends right before the capital where unnamed diplomats serve
    agent: re.Pattern  # "by", "par" after a passive statement verb
    participle: re.Pattern  # "saying", "affirmant": a statement verb whose subject is the clause's
    conjunction: re.Pattern
    person_after: re.Pattern  # a title and a person's name right after a source
    experts: regex.Pattern  # titles of people who give estimates of their own ("chercheuse")
    expert_roles: tuple[tuple[str, re.Pattern], ...]  # a label, the words that describe one
    expert_bodies: regex.Pattern  # a research body after "Name, " ("of the Tokyo Institute")
    expert_named: re.Pattern  # a person's name and a comma, right before a research body
    expert_reference: re.Pattern  # a determiner right before a title pointing back ("le ")
    expert_after: re.Pattern  # a person's name right after an expert's title
    expert_before: re.Pattern  # a person's name, then a few words, then the title (at \\Z)
    expert_fronted: re.Pattern  # after a title opening its sentence: ", " and the name
    affiliations: tuple[tuple[str, re.Pattern], ...]  # where an expert works -> country
    description_more: re.Pattern  # a description going on: "(IRAC), à Paris", "in Seoul"
    locative: re.Pattern  # ends right before a name used as a place ("stood in Pyongyang")
    side_opening: re.Pattern  # ends right before a people's side ("On the [Pakistani] side")
    side_closing: re.Pattern  # ends a fronted phrase naming a side ("On the Pakistani [side]")
    object_preposition: re.Pattern  # ends right before a name a preposition governs ("into the")
    bare_institution: re.Pattern  # "the defence ministry": an institution without its country
    possessed_institution: re.Pattern  # "its defence ministry": the country last named
    relative: re.Pattern  # ends right before a verb whose subject follows it ("dont faisait état")
    sender: re.Pattern  # right after a source: a verb of sending troops, maybe after auxiliaries
    expert_lead: re.Pattern  # "Marta Kidane leads the": a person's name and a verb of leading
    event_after: re.Pattern  # right after a capital: "agreement", "talks" (an event's name)
    event_before: re.Pattern  # ending right before a capital: « accord de », « sommet de »
    body_name: re.Pattern  # a research or monitoring body's name ("Syrian Observatory for ...")
    body_head: re.Pattern  # one of its head nouns anywhere ("Observatory"), looked for first
    coalition: re.Pattern  # a coalition's noun anywhere ("coalition")
    led_coalition: re.Pattern  # "-led coalition" (group `before`), « coalition menée par »
    # Every other country of the world (`world_countries`): where its words may start (its
    # names and demonyms: the subjects' pattern; its capital: the gazetteer's), the words
    # themselves with a group per country (matched there), the institutions they make a
    # country's ("the Rwandan army")
    world_starts: re.Pattern
    world_subjects: frozenset[int]  # the subjects' groups that are such countries
    world: re.Pattern
    world_codes: tuple[str, ...]
    institution: re.Pattern  # any institution word, matched where one may start
    lang: str = ""


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in sorted(set(patterns), key=longest_first_key)) or "(?!)"


@cache
def attribution_patterns(lang: str) -> _Attribution:
    """The compiled attribution patterns of one language (cached)."""
    lexicon = load_lexicon(lang)
    attribution = lexicon.get("attribution", {})
    gazetteer = _gazetteer()
    countries = lexicon.get("countries", {})
    demonym = _alternation([p for names in countries.values() for p in names])
    institution = _alternation(
        [p for names in lexicon.get("institutions", {}).values() for p in names]
    )
    conjunction = _alternation(attribution.get("conjunctions", []))
    demonyms = rf"(?:{demonym})(?:\s*(?:{conjunction})\s*(?:{demonym})){{0,4}}"
    whose = _alternation(attribution.get("relative_possessives", []))
    demonym_institution = regex.compile(
        rf"""
        (?<!\w)
        (?: {demonyms}\s+(?:\w+\s+)??(?:{institution})        # "US and South Korean officials"
          | (?:{institution})(?:\s+\w+)??\s+{demonyms}        # "responsables américains"
          | {demonyms},?\s+(?:{whose})\s*(?:\w+\s+)??(?:{institution})  # "Seoul, whose spy agency"
        )
        (?!\w)
        """,
        regex.VERBOSE | regex.IGNORECASE | regex.VERSION0,
    )
    # a demonstrative ("ces derniers") is a pronoun too, one that names the last source
    pronoun = _alternation(attribution.get("pronouns", []) + attribution.get("demonstratives", []))
    honorific = _alternation(attribution.get("honorifics", []))
    verbs = _alternation(attribution.get("verbs", []))
    carry = _alternation(attribution.get("carry", []))
    return _Attribution(
        lang=lang,
        gazetteer=gazetteer,
        demonym_institution=demonym_institution,
        countries=re.compile(
            "|".join(
                f"(?P<c{index}>{phrase_source(names)})"
                for index, names in enumerate(countries.values())
            )
            or "(?!)",
            re.IGNORECASE,
        ),
        country_codes={f"c{index}": str(code) for index, code in enumerate(countries)},
        institutions=tuple(
            (str(kind), standard_phrase_pattern(names))
            for kind, names in lexicon.get("institutions", {}).items()
        ),
        unnamed=phrase_pattern(attribution.get("unnamed", [])),
        kin=phrase_pattern(
            [p for patterns in attribution.get("kin_groups", {}).values() for p in patterns]
        ),
        kin_names=tuple(
            (str(name), standard_phrase_pattern(patterns))
            for name, patterns in attribution.get("kin_groups", {}).items()
        ),
        before=phrase_pattern(attribution.get("before", [])),
        verbs=phrase_pattern(attribution.get("verbs", [])),
        carry=regex.compile(
            rf"(?<!\w)(?:{carry}|(?:{pronoun})\s+(?:\w+\s+){{0,2}}?(?:{verbs}))(?!\w)",
            regex.IGNORECASE | regex.VERSION0,
        ),
        complementizer=standard_phrase_pattern(attribution.get("complementizers", [])),
        # A word or two (a date: "hier soir", "mardi") may come between the verb and the
        # subject's determiner: ", a annoncé hier soir l'état-major sud-africain à Pretoria."
        inverted=re.compile(
            r"(?:[ ]+\w+){0,2}?[ ]+"
            rf"(?:{_alternation(attribution.get('inverted_subjects', [])) or '(?!)'})"
            r"[ ]*\w+[^,;:.]{0,60}(?:[,.;:]|$)"
        ),
        agent=re.compile(  # a date of a word or two may come first: "promis en juin par"
            rf"((?:\s+[\w'’]+){{0,2}}?)\s+(?:{_alternation(attribution.get('agents', []))})\s+",
            re.IGNORECASE,
        ),
        conjunction=re.compile(rf"^\s*(?:{conjunction})\s*$", re.IGNORECASE),
        participle=re.compile(
            rf"(?:{_alternation(attribution.get('participles', [])) or '(?!)'})", re.IGNORECASE
        ),
        title=re.compile(
            rf"[ ]*(?:{_alternation(attribution.get('titles', [])) or '(?!)'})(?![\w'’-])",
            re.IGNORECASE,
        ),
        determiner=re.compile(
            rf"[ ]*(?:{_alternation(attribution.get('inverted_subjects', [])) or '(?!)'})"
            r"(?:[ ]+|(?<=['’]))",
            re.IGNORECASE,
        ),
        person_after=re.compile(  # maybe after the title's complement and a comma: "le
            # médiateur ukrainien pour les droits humains, Dmytro Lubinets"
            r"(?:(?:[ ]+[^\W\d_A-Z][\w'’-]*){1,4},)?"
            rf"[ ]+(?:(?i:{_alternation(attribution.get('titles', []))})[ ]+)?"
            r"(?P<name>[^\W\d_a-z][\w'’]+(?:[ ][^\W\d_a-z][\w'’-]+){1,2})(?![\w'’-])"
        ),
        experts=phrase_pattern(
            attribution.get("experts", [])
            + [p for words in attribution.get("expert_roles", {}).values() for p in words]
        ),
        expert_roles=tuple(
            (label, re.compile(rf"(?:{_alternation(words)})\Z", re.IGNORECASE))
            for label, words in attribution.get("expert_roles", {}).items()
        ),
        expert_bodies=phrase_pattern(attribution.get("expert_bodies", []), ignore_case=False),
        expert_named=re.compile(rf"(?<![\w'’-]){_PERSON},[ ]+\Z"),
        expert_reference=re.compile(
            rf"(?i:(?<![\w'’])(?:{_alternation(attribution.get('expert_references', []))})[ ]?)\Z"
        ),
        expert_after=re.compile(rf"[ ]+(?:(?:{honorific})[ ]+)?{_PERSON}"),
        expert_before=re.compile(rf"(?<![\w'’-]){_PERSON}(?:,[ ]+|[ ]+)(?:[\w'’.-]+[ ]+){{0,5}}\Z"),
        # one or two segments before the name: "Chercheuse dans un institut parisien, où
        # elle suit depuis quinze ans les armées d'Asie, Hélène Marchetti"
        expert_fronted=re.compile(
            rf"(?:[^.,;:?!\n]{{0,120}},[ ]+){{1,2}}(?:(?:{honorific})[ ]+)?{_PERSON}"
        ),
        relative=re.compile(
            rf"(?<![\w-])(?:{_alternation(attribution.get('inverting_relatives', []))})\s*\Z",
            re.IGNORECASE,
        ),
        locative=re.compile(
            rf"(?<![\w-])(?:{_alternation(attribution.get('locatives', []))})\s+\Z", re.IGNORECASE
        ),
        posted=re.compile(  # "diplomats in", « attachés militaires occidentaux en poste à »
            rf"(?<![\w-])(?:{_alternation(attribution.get('posted', [])) or '(?!)'})"
            rf"(?:[ ]+[\w'’-]+){{0,4}}?[ ]+(?:{_alternation(attribution.get('locatives', []))})"
            r"[ ]+\Z",
            re.IGNORECASE,
        ),
        side_opening=re.compile(
            rf"(?<![\w-])(?:{_alternation(attribution.get('side_openings', []))})\s+\Z",
            re.IGNORECASE,
        ),
        side_closing=re.compile(
            rf"\s+(?:{_alternation(attribution.get('side_closings', []))})\Z", re.IGNORECASE
        ),
        object_preposition=re.compile(
            rf"(?<![\w-])(?:{_alternation(attribution.get('object_prepositions', []))})[ ]*\Z",
            re.IGNORECASE,
        ),
        bare_institution=re.compile(
            rf"(?<![\w-])(?:{_alternation(attribution.get('bare_institutions', []))})(?![\w-])",
            re.IGNORECASE,
        ),
        possessed_institution=re.compile(
            r"(?<![\w-])(?:"
            + _alternation(attribution.get("possessed_institutions", []))
            + r")(?![\w-])",
            re.IGNORECASE,
        ),
        event_after=re.compile(
            rf"[ ]+(?:{_alternation(attribution.get('events_after', []))})(?![\w-])",
            re.IGNORECASE,
        ),
        event_before=re.compile(
            rf"(?<![\w-])(?:{_alternation(attribution.get('events_before', []))})[ ]*\Z",
            re.IGNORECASE,
        ),
        expert_lead=re.compile(
            rf"(?<![\w'’-]){_PERSON_BOUNDED}[ ]+"
            rf"(?:{_alternation(attribution.get('expert_leads', []))})"
            r"[ ]+(?:the|an?|le|la|les|un|une|l['’])[ ]*"
        ),
        sender=re.compile(
            rf"(?:[ ]+(?:{_alternation(attribution.get('sender_gaps', []))})){{0,4}}[ ]+"
            rf"(?:{_alternation(attribution.get('senders', []))})(?![\w-])",
            re.IGNORECASE,
        ),
        description_more=re.compile(
            r"(?:[ ]*\([^()\n]{0,60}\))?,?[ ]+"
            rf"(?i:{_alternation(attribution.get('locatives', []))})[ ]+(?:l['’])?[^\W\d_a-z]"
            r"[\w'’-]*"
        ),
        body_name=_body_name_pattern(attribution.get("body_heads", [])),
        body_head=re.compile("|".join(attribution.get("body_heads", [])) or "(?!)"),
        coalition=re.compile(
            rf"(?<![\w-])(?:{_alternation(attribution.get('coalition_nouns', []))})(?![\w-])",
            re.IGNORECASE,
        ),
        led_coalition=_led_coalition_pattern(
            attribution.get("coalition_nouns", []),
            attribution.get("coalition_led_before", []),
            attribution.get("coalition_led_after", []),
        ),
        affiliations=tuple(
            (str(code), standard_phrase_pattern(names, ignore_case=False))  # "us" is not "US"
            for code, names in attribution.get("affiliations", {}).items()
        ),
        **_world_patterns(lang, countries, institution),
    )


@cache
def subject_names(lang: str) -> tuple[re.Pattern, tuple[str, ...]]:
    """Every subject (whose troops) of the lexicon, a group each ("s3"), for the scanner:
    as many as the countries of the world, so dispatched (`dispatched`); and the code of
    each group."""
    subjects = load_lexicon(lang).get("subjects", {})
    groups = [
        (f"s{index}", sorted({n for n in names if n}, key=longest_first_key))
        for index, names in enumerate(subjects.values())
    ]
    opening = r"(?<![\w-])"
    pattern = re.compile(opening + dispatched(groups, suffix=r"(?![\w-])"), re.IGNORECASE)
    alternatives = [name for _, names in groups for name in names]
    return starts(pattern, alternatives, opening), tuple(str(code) for code in subjects)


def _world_patterns(lang: str, countries: dict, institution: str) -> dict[str, Any]:
    """The patterns reading who speaks for the countries of the world file that the
    lexicon's `countries` does not list (see `_world_described`)."""
    world = {code: words for code, words in world_countries(lang).items() if code not in countries}
    return {
        "world_starts": subject_names(lang)[0],
        "world_subjects": frozenset(
            index for index, code in enumerate(subject_names(lang)[1]) if code in world
        ),
        "world": re.compile(
            dispatched(
                [
                    (f"w{i}", sorted(words, key=longest_first_key))
                    for i, words in enumerate(world.values())
                ],
                suffix=r"(?!\w)",
            ),
            re.IGNORECASE,
        ),
        "world_codes": tuple(world),
        "institution": re.compile(rf"(?<!\w)(?:{institution})(?!\w)", re.IGNORECASE),
    }


# A person's name: two capitalised words ("Lena Hart", "Lee Seong-kweun").
_PERSON = r"(?P<name>[^\W\d_a-z][\w'’-]+[ ][^\W\d_a-z][\w'’-]+)(?![\w'’-])"
# The same with bounded words, for a search over a whole text (linear on any text)
_PERSON_BOUNDED = r"(?P<name>[^\W\d_a-z][\w'’-]{1,30}[ ][^\W\d_a-z][\w'’-]{1,30})(?![\w'’-])"


@cache
def _gazetteer() -> tuple[tuple[regex.Pattern | re.Pattern, tuple[Mention, ...]], ...]:
    """One pattern per claimant of the gazetteer file, with its record; one for the leaders
    file's people and one for all the world file's governments and groups, with a group per
    claimant (`_template`). The gazetteer is the same in every language."""
    hand = tuple(
        (
            regex.compile(rf"(?<!\w)(?:{_alternation(list(c.aliases))})(?!\w)", regex.VERSION1),
            (Mention(0, 0, c.name, c.country, c.kind),),
        )
        for c in load_claimants()
    )
    everyone = world_claimants()
    world = tuple(c for c in everyone if c.kind != "person")
    # The leaders file's people, in a pattern of their own: the scanner tries it only where
    # their names may begin, and a capital's name does not try them all.
    people = tuple(c for c in everyone if c.kind == "person")
    if people:
        written = [alias for c in people for alias in c.aliases]
        source = dispatched([(f"g{i}", c.aliases) for i, c in enumerate(people)], ignore_case=False)
        hand += (
            (
                starts(re.compile(rf"(?<!\w)(?:{source})(?!\w)"), written, r"(?<!\w)"),
                tuple(Mention(0, 0, c.name, c.country, c.kind) for c in people),
            ),
        )
    if not world:
        return hand
    # A group per government, named by where it is written and its index: "g3" (aliases),
    # "en3" (a name, in English, before a statement verb); dispatched (`dispatched`).
    parts = [dispatched([(f"g{i}", c.aliases) for i, c in enumerate(world)], ignore_case=False)]
    written = [alias for c in world for alias in c.aliases]  # every alternative, for `starts`
    for lang in sorted({lang for c in world for lang, _ in c.speaking}):
        forms = world_forms(lang)
        # What the speaker template puts before the name (lookbehinds), written once.
        opening = forms.speaker.split("{", 1)[0]
        names = [
            (f"{lang}{i}", [p.removeprefix(opening) for w, p in c.speaking if w == lang])
            for i, c in enumerate(world)
        ]
        written += [name for _, alternatives in names for name in alternatives]
        # A relative clause may come between ("Argentina, which still claims the islands,
        # counts 649 dead"): the language's `relative_pronouns`, to the next comma.
        pronouns = load_lexicon(lang).get("attribution", {}).get("relative_pronouns", [])
        clause = rf"(?:,\s+(?:{'|'.join(pronouns)})\b[^,.;:«»\"\n]{{1,100}},)?" if pronouns else ""
        verb = (
            rf"(?={clause}\s+(?:(?:{'|'.join(forms.between)})\s+)?"
            rf"(?:{'|'.join(forms.verbs)})(?!\w))"
        )
        parts.append(f"{opening}{dispatched(names, ignore_case=False)}{verb}")
    pattern = starts(re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)"), written, r"(?<!\w)")
    return (*hand, (pattern, tuple(Mention(0, 0, c.name, c.country, c.kind) for c in world)))


def _template(match: re.Match, templates: tuple[Mention, ...]) -> Mention:
    """The claimant a gazetteer match names: its pattern's, or its group's."""
    return templates[0] if len(templates) == 1 else templates[group_index(match)]


def find_mentions(
    text: str, lang: str, tokens: Tokens | None = None, scanned: Scanned | None = None
) -> list[Mention]:
    """Source mentions in normalised text, non-overlapping, longest first where they clash.

    `scanned` holds the matches of `mention_patterns(lang)` when the caller scanned the
    text already (one pass for every family of patterns).

    >>> [(m.name, m.country) for m in find_mentions("Selon le NIS et les autorités "
    ...  "sud-coréennes", "fr")]
    [('South Korean intelligence (NIS)', 'KR'), ('South Korean government', 'KR')]
    """
    patterns = attribution_patterns(lang)
    if scanned is None:
        scanned = _mention_scanner(lang).matches(text, tokens)
    gazetteer = [scanned[pattern] for pattern, _ in patterns.gazetteer]
    institutions = scanned[patterns.demonym_institution]
    unnamed = scanned[patterns.unnamed]
    named: list[Mention] = []  # gazetteer sources with a country: the NIS, the Pentagon
    others: list[Mention] = []  # unspecified sources, institution + demonyms, unnamed ones
    countries = scanned[patterns.world_starts]  # names of countries, longest first
    for (_, templates), matches in zip(patterns.gazetteer, gazetteer, strict=True):
        for m in matches:
            if len(templates) > 1 and _inside_longer(m, countries):
                continue  # "Republic of the Congo" in "Democratic Republic of the Congo"
            template = _template(m, templates)
            (named if template.country else others).append(
                Mention(m.start(), m.end(), template.name, template.country, template.kind)
            )
    names = load_country_names()
    described = [_demonym_mention(match, patterns, names) for match in institutions]
    if scanned[patterns.world_starts] or len(patterns.gazetteer[-1][1]) > 1:
        described = _world_described(text, scanned, patterns, names, described)
    others += described
    # Lawmakers of another country ("a Russian lawmaker") are not the ones the gazetteer
    # knows as relaying an agency: the demonym's country speaks.
    starts = [d.start for d in described]
    named = [m for m in named if m.kind != "relay" or not _of_another_country(m, described, starts)]
    # A capital's possessive names whose institution follows ("Kyiv's General Staff",
    # "Moscow's defence ministry"): the institution speaks, not the capital's government.
    named = [m for m in named if not _possessive_place(text, m, described, starts)]
    others += [Mention(m.start(), m.end(), "unnamed sources", "", UNNAMED) for m in unnamed]
    others += [_kin_mention(m, patterns) for m in scanned[patterns.kin]]
    # A named source wins over what overlaps it ("South Korea's National Intelligence
    # Service" is the NIS, not "South Korea's ... intelligence"); then longest first, then
    # leftmost, each span kept only if it overlaps no kept one.
    kept = longest_first(named)
    rest = [m for m in longest_first(others) if not _overlaps_any(m, kept)]
    merged = _merge_adjacent(text, sorted(kept + rest, key=lambda m: m.start))
    merged = _with_later_names(text, merged)
    if any(m.kind == STATE_MEDIA for m in merged):
        merged = _state_media(text, merged, names)
    leads = list(islice(patterns.expert_lead.finditer(text), MAX_EXPERTS))
    if scanned[patterns.experts] or scanned[patterns.expert_bodies] or leads:
        merged = _with_experts(
            text,
            merged,
            scanned[patterns.experts],
            patterns,
            scanned[patterns.expert_bodies],
            leads,
        )
    return _with_surnames(text, merged, patterns.person_after)


def posted_places(text: str, lang: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` without the capitals where unnamed diplomats serve: in « des diplomates en
    poste à Asmara » or "a Western defence attaché in Asmara", Asmara is their post, not
    whose they are (`posted`).

    >>> text = "Selon des diplomates en poste à Kinshasa, 3 000 soldats restent déployés."
    >>> [m.name for m in posted_places(text, "fr", find_mentions(text, "fr"))]
    ['unnamed sources']
    """
    posted = attribution_patterns(lang).posted
    return [m for m in mentions if not posted.search(text, max(0, m.start - POSTED_REACH), m.start)]


POSTED_REACH = 80  # characters from a capital back to the diplomats posted there


def placed_institutions(text: str, lang: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` and the institutions named without their country (`bare_institutions`:
    "the defence ministry", « le ministère de la Défense ») that a capital places: the one
    of a dispatch's dateline ("SEOUL, Nov 5 (Agency) -"), or one named as a place just before
    them in their sentence (« À Séoul, le ministère de la Défense estimait »); else the
    country of the same institution named before, or of the only country whose institutions
    of its kind were named before ("the Israel Defense Forces ... the army"), or, with none
    of its kind and no dateline, of any kind when every source named before is of that
    country ("the Mozambican government ... the army"). Not when the article named the same
    kind of institution of another country before, nor when a source or a complement follows
    ("the defence ministry in Moscow", "the army of ...").

    >>> body = "SEOUL, Nov 5 (Wire) - The defence ministry said 3,000 soldiers were sent."
    >>> [(m.name, m.country) for m in placed_institutions(body, "en", [])]
    [('South Korean military', 'KR')]
    """
    patterns = attribution_patterns(lang)
    # a bound for hostile text: each one placed is checked against the ones before it
    found = list(islice(patterns.bare_institution.finditer(text), MAX_BARE_INSTITUTIONS))
    if not found:
        return mentions
    dateline = _dateline_country(text)
    if dateline and _foreign_bureau(text, lang, dateline, mentions):
        dateline = ""  # a foreign bureau ("BANGKOK - ... in Myanmar"): no side of the story
    names = load_country_names()
    kept = list(mentions)
    looked = 0  # institutions placed by the troops their sentence counts
    for match in found:
        start, end = match.span()
        if any(m.start < end and start < m.end for m in kept):
            continue
        if _COMPLEMENT.match(text, end) or any(end <= m.start < end + 25 for m in kept):
            continue  # "the army of Kim Jong Un", "the defence ministry in Moscow"
        kind = next((k for k, p in patterns.institutions if p.search(match.group())), "")
        if not kind:
            continue
        # the place just before it, else the dateline's, else the country of the same
        # institution the article named before ("Ukraine's General Staff ... according to
        # the General Staff")
        words = [w.lower() for w in _WORD.findall(match.group()) if len(w) >= _LONG_WORD]
        same = {
            m.country
            for m in kept
            if m.kind == kind
            and m.country
            and m.end <= start
            and all(w in text[m.start : m.end].lower() for w in words)
        } or {  # else any institution of its kind named before: "Israel's military ... the army"
            m.country for m in kept if m.kind == kind and m.country and m.end <= start
        }
        code = _place_before(text, start, kept, patterns) or _country_place_before(
            text, start, lang, patterns
        )  # a place its sentence opens with says whose, whatever came before
        if not code and not dateline and not same:
            # else the one country whose institutions of any kind the article named before,
            # when its sources named before are all of that country ("The Mozambican
            # government asked for help ... The army said"; not after Kadyrov and "Ukraine's
            # armed forces": whose defence ministry?)
            named = {m.country for m in kept if m.country and m.end <= start}
            same = {
                m.country
                for m in kept
                if m.country
                and m.end <= start
                and any(p.search(text, m.start, m.end) for _, p in patterns.institutions)
            }
            if named != same:
                same = set()
        if not code and not dateline and len(same) != 1 and looked < MAX_SENTENCE_LOOKUPS:
            looked += 1  # a bound for hostile text: each reads its sentence's figures
            code = _sentence_country(text, start, end, lang, kept)
        if not code:
            code = dateline or (next(iter(same)) if len(same) == 1 else "")
            if not code or any(
                m.kind == kind
                and m.country not in ("", code)
                and m.end <= start
                # an institution named, not a capital that may be a place ("east of Kabul")
                and any(
                    p.search(text, m.start, m.end) for k, p in patterns.institutions if k == kind
                )
                for m in kept
            ):
                continue  # "Russia's defence ministry ... the defence ministry": which one?
        kept.append(Mention(start, end, f"{names.get(code, code)} {kind}", code, kind))
    return sorted(kept, key=lambda m: m.start)


def _sentence_country(text: str, start: int, end: int, lang: str, kept: list[Mention]) -> str:
    """The one country whose troops its sentence counts (a name or a demonym in a figure's
    noun phrase: « 53 militaires français ont été tués, rappelle l'état-major », "26
    Nigerien soldiers were killed, the army said"), for an institution nothing else places;
    none when the sentence counts two countries' troops, or when a source of another
    country was named before it."""
    opening = max(0, start - _SENTENCE_REACH)
    marks = list(_SENTENCE_MARK.finditer(text, opening, start))
    opening = marks[-1].end() if marks else opening
    closing = _SENTENCE_MARK.search(text, end, end + _SENTENCE_REACH)
    sentence = text[opening : closing.start() if closing else end + _SENTENCE_REACH]
    figures = [figure_end for _, figure_end, _ in find_numbers(sentence, lang)]
    if not figures:
        return ""
    subjects, codes = subject_names(lang)
    locative = attribution_patterns(lang).locative
    named = {
        codes[group_index(m)]
        for m in subjects.finditer(sentence)
        # a place names no troops ("4,500 soldiers in Somalia")
        if not locative.search(sentence, max(0, m.start() - 12), m.start())
        and any(
            0 <= m.start() - figure_end <= _NOUN_PHRASE
            and not _CLAUSE_MARK.search(sentence, figure_end, m.start())
            for figure_end in figures
        )
    }
    if len(named) != 1:
        return ""
    code = next(iter(named))
    if any(m.country and m.country != code and m.end <= start for m in kept):
        return ""
    return code


_NOUN_PHRASE = 30  # characters from a figure to the name of whose troops it counts
_CLAUSE_MARK = re.compile(r"[,;:()]")
_SENTENCE_REACH = 400  # characters around an institution to its sentence's bounds
MAX_SENTENCE_LOOKUPS = 50  # institutions per article placed by their sentence's troops
MAX_BARE_INSTITUTIONS = 200  # institutions named without their country, per article


def _body_name_pattern(heads: list[str]) -> re.Pattern:
    """A body's name around one of its capitalised head nouns (`body_heads`): capitalised
    words and the head, then its complement in capitalised words ("Syrian Observatory for
    Human Rights"), or the head and up to eight words before its acronym in brackets («
    Observatoire syrien des droits de l'homme (OSDH) ») or before a comma (« l'Observatoire
    syrien des droits de l'homme, basé au Royaume-Uni, »)."""
    if not heads:
        return re.compile("(?!)")
    head = "|".join(heads)
    # words of bounded length, tested from their capital first: a long run of letters and
    # apostrophes ("l'l'l'...") costs each position one test, not a scan to its end
    cap = r"[^\W\d_a-z][\w'’-]{0,40}"
    # not an article nor a place ("The Britain-based Syrian Observatory")
    lead = (
        rf"(?=[^\W\d_a-z])(?!(?:The|A|An|Le|La|Les|L['’]|Un|Une)[ ])(?![\w'’-]{{0,40}}-based){cap}"
    )
    link = r"(?:of|for|on|and|the|de|des|du|d['’]|la|le|l['’]|et|pour)"
    complement = rf"(?:(?:[ ]+{link})+[ ]*{cap}(?:[ ]+(?:{link}[ ]+)*{cap}){{0,5}})"
    return re.compile(
        rf"(?P<name>(?:{lead}[ ]+){{1,3}}(?P<head>{head}){complement}?)(?:{_acronym('acronym')})?"
        rf"|(?P<name2>(?P<head2>{head}){complement})(?:{_acronym('acronym2')})?"
        rf"|(?P<name3>(?P<head3>{head})(?:[ ]+[\w'’-]{{1,40}}|[ ]*\w{{1,40}}['’]){{1,8}}?)"
        rf"{_acronym('acronym3')}"
        rf"|(?P<name4>(?P<head4>{head})(?:[ ]+[\w'’-]{{1,40}}|[ ]*\w{{1,40}}['’]){{1,8}}?)"
        r"(?=,[ ])"
    )


def _led_coalition_pattern(nouns: list[str], before: list[str], after: list[str]) -> re.Pattern:
    """A coalition named by who leads it, the leader before it (group `before`: "the
    Saudi-led coalition", the words from "-led") or after it (group `after`: « la coalition
    menée par l'Arabie saoudite », the words up to the leader)."""
    noun = _alternation(nouns)
    gap = r"[ ]+(?:[\w-]{1,30}[ ]+){0,2}?"  # "-led military coalition", « coalition arabe menée »
    return re.compile(
        rf"(?P<before>(?:{_alternation(before)}){gap}(?:{noun}))(?![\w-])"
        rf"|(?<![\w-])(?P<after>(?:{noun})[ ]+(?:[\w-]{{1,30}}[ ]+){{0,2}}?"
        rf"(?:{_alternation(after)})[ ]+)",
        re.IGNORECASE,
    )


def led_coalitions(text: str, lang: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` and the coalitions the text names by the country leading them
    (`coalition_led_before`, `coalition_led_after`): a claimant of that country, kind
    `military`, named "<adjective>-led coalition"; later, the coalition's noun alone ("the
    coalition said", « une source de la coalition ») stands for the last one named. The
    leader's own name inside it is not a source of its own.

    >>> body = "The Saudi-led coalition said 160 Houthis were killed. The coalition added..."
    >>> [(body[m.start : m.end], m.name, m.country) for m in led_coalitions(body, "en", [])]
    [('Saudi-led coalition', 'Saudi-led coalition', 'SA'), ('coalition', \
'Saudi-led coalition', 'SA')]
    """
    patterns = attribution_patterns(lang)
    if not patterns.coalition.search(text):  # most articles name none: one quick search
        return mentions
    subjects, codes = subject_names(lang)
    names = load_country_names()
    led: list[Mention] = []
    for match in islice(patterns.led_coalition.finditer(text), _MAX_BODIES):
        if match.group("before") is not None:
            # the leader's name ends right where "-led" begins: "the United States-led"
            window = text[max(0, match.start() - 40) : match.start()]
            leader = [m for m in subjects.finditer(window) if m.end() == len(window)]
            offset = match.start() - len(window)
            start, end = offset + (leader[-1].start() if leader else 0), match.end()
        else:
            # the leader's name right after "par", maybe after an article: « par l'Arabie »
            window = text[match.end() : match.end() + 60]
            leader = [m for m in subjects.finditer(window) if m.start() <= 4][:1]
            start, end = match.start(), match.end() + (leader[0].end() if leader else 0)
        if not leader:
            continue
        code = codes[group_index(leader[-1])]
        led.append(Mention(start, end, f"{names.get(code, code)}-led coalition", code, "military"))
    if not led:
        return mentions
    later: list[Mention] = []
    for found in islice(patterns.coalition.finditer(text, led[0].end), _MAX_NAMED):
        if any(c.start <= found.start() < c.end for c in led):
            continue
        last = [c for c in led if c.end <= found.start()][-1]
        later.append(Mention(found.start(), found.end(), last.name, last.country, "military"))
    added = sorted(led + later, key=lambda m: m.start)
    kept = [m for m in mentions if not _overlaps_any(m, added)]
    return sorted(kept + added, key=lambda m: m.start)


def defined_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` and, later in the text, the acronym a source's name is given in brackets
    right after it ("the Rapid Support Forces (RSF) ... an RSF spokesman"), standing for
    that source. Bounded for hostile text (`_MAX_BODIES` acronyms, `_MAX_NAMED` uses).

    >>> body = "The Rapid Support Forces (RSF) denied it. An RSF spokesman said 40 had died."
    >>> [(body[m.start : m.end], m.name) for m in defined_acronyms(body, find_mentions(body, "en"))]
    [('Rapid Support Forces', 'Rapid Support Forces'), ('RSF', 'Rapid Support Forces')]
    """
    defined: dict[str, tuple[Mention, int]] = {}  # acronym: its source, the bracket's end
    for mention in mentions:
        found = _DEFINED.match(text, mention.end)
        if found is not None and mention.kind not in (UNNAMED, "relay"):
            defined.setdefault(found.group(1), (mention, found.end()))
        if len(defined) >= _MAX_BODIES:
            break
    # The initials of a name the text gave in full stand for it later, brackets or not
    # ("Sudan's Rapid Support Forces ... the RSF said", « les Forces de soutien rapide ...
    # les FSR »): acronyms of three letters or more only, so that "US" or "UN" never do.
    capitals = set(_CAPITALS.findall(text))
    if capitals:
        for mention in mentions:
            if len(defined) >= _MAX_BODIES:
                break
            if mention.kind in (UNNAMED, "relay"):
                continue
            for acronym in _initials(text[mention.start : mention.end]):
                if acronym in capitals:
                    defined.setdefault(acronym, (mention, mention.end))
    if not defined:
        return mentions
    kept = sorted(mentions, key=lambda m: m.start)
    added: list[Mention] = []
    for acronym, (source, after) in defined.items():
        uses = re.compile(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])").finditer(text, after)
        for use in islice(uses, _MAX_NAMED):
            span = Mention(use.start(), use.end(), source.name, source.country, source.kind)
            if not _overlaps_any(span, kept):
                added.append(span)
    return sorted(kept + added, key=lambda m: m.start) if added else mentions


_DEFINED = re.compile(r"[ ]+\(([A-Z][A-Za-z]{1,7})\)")  # " (RSF)" right after a name
_CAPITALS = re.compile(r"(?<![\w-])[A-Z]{3,7}(?![\w-])")  # "RSF", "SOHR": an acronym's form
_MIN_INITIALS = 3


def _initials(name: str) -> list[str]:
    """The acronyms a name's words make, from its first word and from each later one: the
    initial of each capitalised word or word of four letters or more (not "de", "for").

    >>> _initials("Sudan's Rapid Support Forces")
    ['SRSF', 'RSF']
    >>> _initials("Forces de soutien rapide")
    ['FSR']
    """
    letters = [w[0].upper() for w in _WORD.findall(name) if w[0].isupper() or len(w) >= 4]
    return [
        "".join(letters[i:])
        for i in range(len(letters) - _MIN_INITIALS + 1)
        if letters[i].isalpha()
    ]


def _acronym(group: str) -> str:
    """An acronym in brackets after a name, in the named group `group`: " (SOHR)"."""
    return rf"[ ]+\((?P<{group}>[A-Z][A-Za-z]{{1,7}})\)"


def described_bodies(text: str, lang: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` and the research or monitoring bodies the text names and places: a name
    around one of `body_heads`, described right after it ("the Syrian Observatory for Human
    Rights, a UK-based monitor", « l'Observatoire syrien des droits de l'homme (OSDH), une
    ONG basée au Royaume-Uni ») or just before it ("the Britain-based Syrian Observatory"), in
    a country `affiliations` or a capital names. Later, its acronym and its head noun after
    "the", « l' » ("the Observatory said", « l'OSDH a ajouté ») stand for it. A body the
    gazetteer names already is left as it is there, and its head noun stands for it too.

    >>> body = ("The Syrian Observatory for Human Rights, a UK-based monitor, said 300 had "
    ...         "died. The Observatory put the toll at 298.")
    >>> [(body[m.start : m.end], m.name, m.country) for m in described_bodies(body, "en", [])]
    [('Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights', 'GB'), \
('The Observatory', 'Syrian Observatory for Human Rights', 'GB')]
    """
    patterns = attribution_patterns(lang)
    if not patterns.body_head.search(text):  # most articles name no such body: one quick search
        return mentions
    kept = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in kept]

    def overlaps(start: int, end: int) -> bool:  # `_overlaps_any` on the kept starts
        before = bisect_left(starts, end)
        return before > 0 and kept[before - 1].end > start

    def listed(start: int, end: int) -> Mention | None:  # a research body of the gazetteer
        return next(
            (m for m in kept if m.start <= start and end <= m.end and m.kind == "research"), None
        )

    def keep(mention: Mention) -> None:
        at = bisect_left(starts, mention.start)
        starts.insert(at, mention.start)
        kept.insert(at, mention)

    # Each body named, with the country its description gives (when it has one).
    named: list[tuple[int, int, str, str, str, str]] = []  # start, end, name, acronym, ...
    for match in patterns.body_name.finditer(text):
        if len(named) >= _MAX_NAMED:  # hostile text: an article names a few bodies
            break
        which = next(g for g in ("name", "name2", "name3", "name4") if match.group(g))
        start, end = match.span(which)
        if _inside_word(text, start) or (overlaps(start, end) and not listed(start, end)):
            continue
        acronym = match.group("acronym") or match.group("acronym2") or match.group("acronym3") or ""
        # its apposition, to the next comma: "..., a UK-based monitor, said"
        after = ""
        if text.startswith(",", match.end()):
            stop = _APPOSITION_END.search(text, match.end() + 1, min(len(text), match.end() + 160))
            after = text[match.end() : stop.start() if stop else min(len(text), match.end() + 160)]
        line = text.rfind("\n", 0, start) + 1
        before = text[max(line, start - 30) : start]
        country = _described_country(
            text, match.end(), match.end() + len(after), kept, patterns, after
        ) or next((c for c, p in patterns.affiliations if p.search(before)), "")
        head = next(match.group(g) for g in ("head", "head2", "head3", "head4") if match.group(g))
        name = match.group(which)
        owner = _POSSESSOR.match(name)
        if owner and not overlaps(start, end):
            # a country's own body: "Ukraine's Coordination Headquarters for the Treatment of
            # Prisoners of War", "Iran's Foundation of Martyrs"
            code = _country_named(owner.group(1))
            if code:
                country = country or code
                start, name = start + owner.end(), name[owner.end() :]
        named.append((start, match.end(), name, acronym, head, country))
    # A body described once is placed wherever it is named: its description may come with
    # a later mention (« un nouveau bilan de l'OSDH. ... l'Observatoire ..., basé au
    # Royaume-Uni »).
    known: dict[str, str] = {}
    for _, _, name, acronym, _, country in named:
        if country:
            known.setdefault(name, country)
            if acronym:
                known.setdefault(acronym, country)
    for acronym in {a for _, _, _, a, _, _ in named if a and a not in known}:
        # its acronym alone, described: « L'OSDH, basé au Royaume-Uni, »
        occurrences = re.finditer(rf"(?<![\w-]){re.escape(acronym)},", text)
        for found in islice(occurrences, _MAX_BODIES):
            stop = _APPOSITION_END.search(text, found.end(), min(len(text), found.end() + 160))
            where = text[found.end() : stop.start() if stop else min(len(text), found.end() + 160)]
            country = _described_country(
                text, found.end(), found.end() + len(where), kept, patterns, where
            )
            if country:
                known[acronym] = country
                break
    added = 0
    later_named = False  # a head noun standing for a body the gazetteer knows
    scanned: set[str] = set()  # the later names already looked for
    for start, match_end, name, acronym, head, country in named:
        if added >= _MAX_BODIES:
            break
        country = country or known.get(name, "") or known.get(acronym, "")
        end = start + len(name)
        shorts: tuple[tuple[str, bool], ...] = ((name, True), (acronym, True), (head, False))
        if overlaps(start, end):
            # a body the gazetteer knows ("the Syrian Observatory for Human Rights"): later,
            # its head noun after an article stands for it too ("The Observatory put")
            known_body = listed(start, end)
            if known_body is None:
                continue
            label, country, shorts = known_body.name, known_body.country, ((head, False),)
        elif not country:
            continue
        else:
            label = f"{name} ({acronym})" if acronym else name
            keep(Mention(start, end, label, country, "research"))
            added += 1
        # later, its name again, its acronym, or its head noun after an article
        for short, alone in shorts:
            if not short or short in scanned:
                continue
            scanned.add(short)
            later = re.compile(
                rf"(?:(?i:the|l['’]|la|le)[ ]*)?(?<![\w-]){re.escape(short)}(?![\w-])"
            )
            for found in later.finditer(text, match_end):
                if not overlaps(*found.span()) and (alone or found.group() != short):
                    keep(Mention(found.start(), found.end(), label, country, "research"))
                    later_named = True
    return kept if added or later_named else mentions


_POSSESSOR = re.compile(r"([^\W\d_a-z][\w-]{0,40}(?:[ ][^\W\d_a-z][\w-]{0,40})?)['’]s[ ]+")
_MAX_BODIES = 20  # bodies an article's text may place: beyond, hostile or not an article
_MAX_NAMED = 200  # names of bodies read in one text
_APPOSITION_END = re.compile(r"[,.;!?\n]")


def _described_country(
    text: str,
    start: int,
    end: int,
    mentions: list[Mention],
    patterns: _Attribution,
    where: str,
) -> str:
    """The country a description (`where`, the text from `start` to `end`) places a body or
    a person in: a place or adjective of `affiliations`, or a capital named as a place."""
    country = next((code for code, pattern in patterns.affiliations if pattern.search(where)), "")
    if country:
        return country
    return (
        next(
            (
                m.country
                for m in mentions
                if start <= m.start < end
                and m.kind in ("government", "state")
                and patterns.locative.search(text, max(0, m.start - 12), m.start)
            ),
            "",
        )
        or next(  # a city of the world files in a name ("l'université Toulouse-Jean-Jaurès")
            (
                code
                for word in _PLACE_WORD.findall(where)[:_PLACE_WORDS]
                if (code := _place_country(word))
            ),
            "",
        )
    )


def placed_relays(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions`, with lawmakers named by a common noun alone ("a lawmaker", « un député »,
    "Lawmakers said") placed in the country of the capital a dispatch's dateline opens
    with, when that is another country than the gazetteer's: in a dispatch from Khartoum, «
    un député » sits in Sudan's parliament.

    >>> body = "KHARTOUM - Un député a affirmé que 500 soldats avaient péri."
    >>> [(m.name, m.country) for m in placed_relays(body, find_mentions(body, "fr"))]
    [('Sudanese lawmakers', 'SD')]
    """
    relays = [m for m in mentions if m.kind == "relay" and _bare_noun(text, m)]
    if not relays:
        return mentions
    code = _dateline_country(text)
    if not code:
        return mentions
    names = load_country_names()

    def placed(m: Mention) -> Mention:  # "South Korean lawmakers" -> "Sudanese lawmakers"
        own = names.get(m.country, m.country)
        rest = m.name[len(own) :] if own and m.name.startswith(own) else f" {m.name}"
        return m._replace(name=f"{names.get(code, code)}{rest}", country=code)

    return [placed(m) if m in relays and m.country != code else m for m in mentions]


def _bare_noun(text: str, mention: Mention) -> bool:
    """Whether a mention is a common noun alone ("lawmaker", « députés »), not a name: one
    word in lower case, but for a capital opening its sentence ("Lawmakers said")."""
    word = text[mention.start : mention.end]
    if not _ONE_LOWER_WORD.fullmatch(word[:1].lower() + word[1:]):
        return False
    return (
        word[:1].islower()
        or _OPENS_SENTENCE.search(text, max(0, mention.start - 4), mention.start) is not None
    )


_ONE_LOWER_WORD = re.compile(r"[^\W\d_A-Z]+")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?»\"]\s+|\n\s*|[-–—]\s+)\Z")
_COMPLEMENT = re.compile(r"[ ]+(?:of|de|du|des|d['’])[ ]*(?-i:[^\W\d_a-z])", re.IGNORECASE)
_DATELINE = re.compile(r"[ \t]*([^\W\d_][^\W\d_'’.-]*(?:(?:[ '’.]+|-)[^\W\d_][^\W\d_'’.-]*){0,2})")
_DATELINE_END = re.compile(r"[ ]*(?:,|\(|[-–—:])")
_SENTENCE_MARK = re.compile(r"[.!?\n]")


def _dateline_country(text: str) -> str:
    """The country of the capital a dispatch's first line opens with ("SEOUL, Nov 5 -",
    "New Delhi:", « KIEV, 25 oct. - »): a government's alias read without case."""
    line = _DATELINE.match(text, len(text) - len(text.lstrip()))
    if line is None or not _DATELINE_END.match(text, line.end()):
        return ""
    country = _DATELINE_COUNTRY.match(text, line.end())  # "USHUAIA (Argentine), 2 avril"
    if country is not None:
        return _country_named(country.group(1)) or _capital_country(line.group(1))
    return _capital_country(line.group(1))


def _foreign_bureau(text: str, lang: str, code: str, mentions: list[Mention]) -> bool:
    """Whether a dispatch's dateline is a foreign bureau's: the body never names its country
    again (by a source, its name or its people) but names another as the place of the events
    ("BANGKOK - ... surrendered in Myanmar"); not a capital reporting on its own side
    ("SEOUL - The defence ministry said ... South Korea").

    >>> _foreign_bureau("BANGKOK, Jan 6 - The army said 300 soldiers surrendered in Myanmar.",
    ...     "en", "TH", [])
    True
    >>> _foreign_bureau("SEOUL, Nov 5 - The defence ministry said 3,000 were sent.", "en", "KR", [])
    False
    """
    if any(code in m.country.split(";") for m in mentions):
        return False
    line = _DATELINE.match(text, len(text) - len(text.lstrip()))
    subjects, codes = subject_names(lang)
    locative = attribution_patterns(lang).locative
    elsewhere = False
    for match in subjects.finditer(text, line.end() if line else 0):
        found = codes[group_index(match)]
        if found == code:
            return False
        elsewhere = elsewhere or (
            locative.search(text, max(0, match.start() - 12), match.start()) is not None
        )
    return elsewhere


_DATELINE_COUNTRY = re.compile(r"[ ]*\(([^\W\d_][^()\n]{1,40})\)")


@lru_cache(maxsize=1024)  # bounded: a hostile corpus's first lines cannot grow it forever
def _country_named(name: str) -> str:
    """The country of the world file a name names in any language ("Argentine",
    "Democratic Republic of the Congo"), read without case; empty when none does.

    >>> _country_named("Argentine"), _country_named("Agence")
    ('AR', '')
    """
    for country in load_world():
        for names in country.languages.values():
            if any(re.fullmatch(pattern, name, re.IGNORECASE) for pattern in names.names):
                return country.code
    return ""


_PLACE_WORD = re.compile(r"(?<![\w'’])[^\W\d_a-z][^\W\d_]{2,30}(?![\w'’])")  # "Toulouse"
_PLACE_WORDS = 12  # capitalised words of a description looked up as places


@cache
def _places() -> tuple[re.Pattern, tuple[str, ...]]:
    """One pattern of the world files' capitals and cities, a group each, and the country
    code of each group."""
    entries = [
        (capital, country.code)
        for country in load_world()
        for names in country.languages.values()
        for capital in names.capitals
    ]
    entries += [(city, code) for code, cities in load_cities().items() for city in cities]
    pattern = "|".join(f"(?P<p{index}>{place})" for index, (place, _) in enumerate(entries))
    return re.compile(pattern or "(?!)", re.IGNORECASE), tuple(code for _, code in entries)


def _place_country(word: str) -> str:
    """The country of a capital or a city of the world files that `word` names, or "".

    >>> _place_country("Budapest"), _place_country("Toulouse"), _place_country("Hungarian")
    ('HU', 'FR', '')
    """
    pattern, codes = _places()
    found = pattern.fullmatch(word)
    return codes[int(found.lastgroup[1:])] if found is not None and found.lastgroup else ""


@lru_cache(maxsize=1024)  # bounded: a hostile corpus's first lines cannot grow it forever
def _capital_country(place: str) -> str:
    """The country whose government an alias names `place` ("SEOUL", "New Delhi"), else
    whose capital or other city of the world files it is ("JAMMU"), read without case;
    empty when none is.

    >>> _capital_country("SEOUL"), _capital_country("JAMMU"), _capital_country("DONETSK")
    ('KR', 'IN', '')
    """
    for claimant in (*load_claimants(), *world_claimants()):
        if claimant.kind not in ("government", "state") or not claimant.country:
            continue
        if ";" in claimant.country:
            continue
        if any(re.fullmatch(alias, place, re.IGNORECASE) for alias in claimant.aliases):
            return claimant.country
    # then the capitals of the world file, in any language ("PARIS", "KABOUL")
    for country in load_world():
        for names in country.languages.values():
            if any(re.fullmatch(capital, place, re.IGNORECASE) for capital in names.capitals):
                return country.code
    # then the other cities dispatches are filed from ("JAMMU", « GOMA »)
    for code, cities in load_cities().items():
        if any(re.fullmatch(city, place, re.IGNORECASE) for city in cities):
            return code
    return ""


def _place_before(text: str, start: int, mentions: list[Mention], patterns: _Attribution) -> str:
    """The country of a capital named as a place right before `start`, after a locative
    and before a comma, in the same sentence (« À Séoul, le ministère »)."""
    for mention in reversed(mentions):
        if mention.end > start:
            continue
        if mention.kind not in ("government", "state") or not mention.country:
            return ""
        between = text[mention.end : start]
        if (
            _PLACE_GAP.fullmatch(between)
            and patterns.locative.search(text, max(0, mention.start - 12), mention.start)
            and not _SENTENCE_MARK.search(between)
        ):
            return mention.country
        return ""
    return ""


_PLACE_GAP = re.compile(r"[ ]*,[ ]*")


def _country_place_before(text: str, start: int, lang: str, patterns: _Attribution) -> str:
    """The country named as a place right before `start`, after a locative opening the
    sentence and before a comma (« Au Kenya, le ministère des Affaires étrangères »; not
    "killed in Ukraine, the foreign ministry said"), or as the side a phrase opening the
    sentence names (« Côté indien, l'armée reconnaît », "On the Pakistani side, the
    information minister asserted").

    >>> text = "Côté indien, l'armée reconnaît la mort de trois soldats."
    >>> _country_place_before(text, text.index("l'armée"), "fr", attribution_patterns("fr"))
    'IN'
    """
    window = text[max(0, start - 50) : start]
    comma = _PLACE_COMMA.search(window)
    if comma is None:
        return ""
    place = window[: comma.start()]
    closing = patterns.side_closing.search(place)
    if closing is not None:  # "On the Pakistani side"
        place = place[: closing.start()]
    subjects, codes = subject_names(lang)
    named = [m for m in subjects.finditer(place) if m.end() == len(place)]
    if not named:
        return ""
    at = named[-1].start()
    placed = patterns.locative.search(place, max(0, at - 12), at) or patterns.side_opening.search(
        place, max(0, at - 12), at
    )
    opening = max(0, start - 50) + placed.start() if placed is not None else 0
    if placed is None or not (opening == 0 or _OPENING.search(text[max(0, opening - 3) : opening])):
        return ""
    return codes[group_index(named[-1])]


_WORD = re.compile(r"[\w-]+")
_LONG_WORD = 4  # the words of an institution's name an earlier one must hold ("General Staff")
_PLACE_COMMA = re.compile(r"[ ]*,[ ]*\Z")
_OPENING = re.compile(r"[.!?\n»\"][ ]*\Z")  # the end of the sentence before


def _inside_longer(match: re.Match, names: list[re.Match]) -> bool:
    """Whether a match starts inside a longer one of `names` (in text order, not
    overlapping), past its start."""
    at = bisect_right([n.start() for n in names], match.start()) - 1
    return at >= 0 and names[at].start() < match.start() < names[at].end()


def _world_described(
    text: str,
    scanned: Scanned,
    patterns: _Attribution,
    names: dict[str, str],
    described: list[Mention],
) -> list[Mention]:
    """`described` (in text order, not overlapping) and the institutions that a country of
    the world file makes its own: its words right before one, or a word before it ("the
    Rwandan army", "Burundi's defence ministry", "a Kigali-based research group"), or right
    after one, or a word after it ("l'armée du Rwanda", "les autorités burundaises"), as
    the lexicon's demonyms and institutions do (`demonym_institution`).

    >>> [(m.name, m.country) for m in find_mentions("Selon l'armée burundaise, 40 tués.", "fr")]
    [('Burundian military', 'BI')]
    """
    # Where such a country is named (a name, a demonym, a capital); its words may open a
    # word or two before ("of the DRC", « de la RDC »): each start is tried.
    capitals = scanned[patterns.gazetteer[-1][0]] if len(patterns.gazetteer[-1][1]) > 1 else []
    subjects = [
        m for m in scanned[patterns.world_starts] if group_index(m) in patterns.world_subjects
    ]
    spans: list[tuple[int, int, re.Match]] = []
    tried: set[int] = set()
    for found in [*subjects, *capitals]:
        for start in _word_starts(text, found.start(), 2):
            if start in tried:
                continue
            tried.add(start)
            word = patterns.world.match(text, start)
            if word is None or word.end() < found.end():
                continue
            # its institution after it ("Rwandan army"), or before it ("armée du Rwanda")
            for position in _next_words(text, word.end()):
                institution = patterns.institution.match(text, position)
                if institution:
                    spans.append((start, institution.end(), word))
                    break
            for position in _word_starts(text, start, 3)[:-1]:
                institution = patterns.institution.match(text, position)
                if institution and start in _next_words(text, institution.end()):
                    spans.append((position, word.end(), word))
                    break
    kept = list(described)
    for start, end, word in sorted(spans, key=lambda item: item[0]):
        mention = Mention(start, end, "", "", "")
        if _overlaps_any(mention, kept) or "\n" in text[start:end]:
            continue
        code = patterns.world_codes[group_index(word)]
        span = text[start:end]
        kind = next((k for k, p in patterns.institutions if p.search(span)), "officials")
        kept.append(Mention(start, end, f"{names.get(code, code)} {kind}", code, kind))
        kept.sort(key=lambda m: m.start)
    return kept


_WORD_START = re.compile(r"(?<![\w-])\w")  # after an apostrophe too: « l'armée »


def _word_starts(text: str, position: int, before: int) -> list[int]:
    """Where the `before` words preceding `position` start, farthest first, then `position`."""
    window = text[max(0, position - 30) : position]
    found = [m.start() + position - len(window) for m in _WORD_START.finditer(window)]
    return [*found[-before:], position]


_SPACES = re.compile(r"[ ]+")
_WORD_AND_SPACES = re.compile(r"[\w'-]+[ ]+")


def _next_words(text: str, position: int) -> list[int]:
    """Where the next word after `position` starts (past spaces), and the one after it."""
    spaces = _SPACES.match(text, position)
    if spaces is None:
        return []
    word = _WORD_AND_SPACES.match(text, spaces.end())
    return [spaces.end(), word.end()] if word else [spaces.end()]


def _of_another_country(relay: Mention, described: list[Mention], starts: list[int]) -> bool:
    """Whether a demonym and institution around a relay name another country than its own
    ("a Russian lawmaker" around "lawmaker"). `starts`: where each of `described` starts.
    The scanner's matches of one pattern do not overlap, so only the last one starting at or
    before the relay can hold it (bisect)."""
    at = bisect_right(starts, relay.start) - 1
    if at < 0:
        return False
    around = described[at]
    return relay.end <= around.end and bool(around.country) and around.country != relay.country


STATE_MEDIA = "state_media"  # the claimant kind of a state's media named without its country
STATE_MEDIA_REACH = 400  # characters back to the country a state's media belongs to


def _state_media(text: str, mentions: list[Mention], names: dict[str, str]) -> list[Mention]:
    """A state's media named without its country ("state media", « la télévision d'État »)
    belong to the state whose country was named last before them, close by; the claimant is
    that country's state.

    >>> text = "Pyongyang has never published a toll. In December, state media reported 9 dead."
    >>> [(m.name, m.country, m.kind) for m in find_mentions(text, "en")][-1]
    ('North Korean state media', 'KP', 'state')
    """
    resolved = []
    for index, mention in enumerate(mentions):
        if mention.kind == STATE_MEDIA:
            following = mentions[index + 1] if index + 1 < len(mentions) else None
            if following is not None and following.start - mention.end <= 2:
                continue  # named: "the state news agency RIA Novosti" is RIA Novosti
            country = next(
                (
                    m.country
                    for m in reversed(mentions[:index])
                    if mention.start - m.end <= STATE_MEDIA_REACH
                    and m.country
                    and ";" not in m.country
                    and m.kind in ("state", "government")
                ),
                "",
            )
            name = f"{names.get(country, country)} {mention.name}" if country else mention.name
            mention = mention._replace(name=name, country=country, kind="state")
        resolved.append(mention)
    return resolved


def _possessive_place(
    text: str, named: Mention, described: list[Mention], starts: list[int]
) -> bool:
    """Whether a named source is only the place word opening an institution of the same
    country ("Kyiv" in "Kyiv's General Staff", "Stockholm-based"). `starts`: where each of
    `described` starts (bisect: the scanner's matches do not overlap).

    >>> text = "Kyiv's General Staff now counts more than a million"
    >>> [(text[m.start : m.end], m.name) for m in find_mentions(text, "en")]
    [("Kyiv's General Staff", 'Ukrainian military')]
    """
    at = bisect_right(starts, named.start) - 1
    if at < 0 or described[at].start != named.start or described[at].end <= named.end:
        return False
    around = described[at]
    # "Kyiv's General Staff", "a Stockholm-based research group"
    return around.country == named.country and text.startswith(("'s", "-"), named.end)


def _with_later_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Short names that stand for a claimant once one of its aliases has named it ("North
    Korean leader Kim Jong Un ... In December, Kim mourned nine sappers"): `later` in the
    gazetteer.

    >>> text = "Kim Jong Un visited the site. Later, Kim said 9 sappers died."
    >>> [(text[m.start : m.end], m.name) for m in find_mentions(text, "en")]
    [('Kim Jong Un', 'North Korean state'), ('Kim', 'North Korean state')]
    """
    later = _later_patterns()
    if not later:
        return mentions
    first: dict[str, Mention] = {}
    for mention in mentions:
        if mention.name in later:
            first.setdefault(mention.name, mention)
    if not first:
        return mentions
    starts = [m.start for m in mentions]
    added = []
    for name, mention in first.items():
        for match in later[name].finditer(text, mention.end):
            if _inside_word(text, match.start()):
                continue
            before = bisect_right(starts, match.start())
            if before > 0 and mentions[before - 1].end > match.start():
                continue  # inside another name ("Kim Jong Un" again, "Kim Byung-kee")
            added.append(mention._replace(start=match.start(), end=match.end()))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _inside_word(text: str, start: int, also: str = "") -> bool:
    """Whether a match starting at `start` continues a word (a letter, digit, "_" or "-"
    before it, or one of `also`). Checked here rather than by a lookbehind: a pattern that
    opens with its letters is searched several times faster by the `re` engine.

    >>> _inside_word("Hakim", 2), _inside_word("a Kim", 2), _inside_word("l'Kim", 2, "'")
    (True, False, True)
    """
    if not start:
        return False
    before = text[start - 1]
    return before.isalnum() or before in "_-" or before in also


@cache
def _later_patterns() -> dict[str, re.Pattern]:
    """The `later` short names of each claimant that has some, as one pattern each."""
    return {
        # no lookbehind: a pattern opening with its letters is searched much faster; the
        # word boundary before a match is checked by the caller
        c.name: re.compile(rf"(?:{_alternation(list(c.later))})(?![\w-])")
        for c in load_claimants()
        if c.later
    }


def _with_experts(
    text: str,
    mentions: list[Mention],
    titles: list[re.Match],
    patterns: _Attribution,
    bodies: Sequence[re.Match] = (),
    leads: Sequence[re.Match] = (),
) -> list[Mention]:
    """People named beside an expert's title ("Hélène Varaine, chercheuse dans un institut
    parisien", "researcher Lena Hart", "Chercheuse associée ..., Hélène Varaine"): each is
    a claimant of their own, from the country of the place they work at when one is named;
    the sources named inside that description do not speak ("a researcher in Washington").
    Later, the person's surname, given name or full name (a transcript's "ALAN GREER:")
    stands for them.

    >>> text = "Lena Hart, a researcher in Washington, puts it at 7,000. Hart adds that..."
    >>> [(text[m.start : m.end], m.name, m.country) for m in find_mentions(text, "en")]
    [('Lena Hart', 'Lena Hart (researcher)', 'US'), ('Hart', 'Lena Hart (researcher)', 'US')]

    A person named with a research body and no title is one too (`bodies`): "Kenji Morita,
    of the Tokyo Institute of Peninsula Studies".

    >>> text = "Kenji Morita, of the Tokyo Institute of Peninsula Studies, said so. Morita added"
    >>> [(text[m.start : m.end], m.name, m.country) for m in find_mentions(text, "en")][1]
    ('Morita', 'Kenji Morita (Tokyo Institute of Peninsula Studies)', 'JP')
    """
    experts: list[tuple[Mention, int, int]] = []  # the person, the span describing them
    found_at = [(title, _expert_at) for title in titles[:MAX_EXPERTS]]
    found_at += [(body, _expert_of) for body in bodies[:MAX_EXPERTS]]
    found_at += [(lead, _expert_leading) for lead in leads[:MAX_EXPERTS]]
    for title, read in found_at:
        found = read(text, title, mentions, patterns)
        if found is None:
            continue
        overlap = next((e for e in experts if found[1] < e[2] and e[1] < found[2]), None)
        if overlap is None:
            experts.append(found)
        elif not overlap[0].country and found[0].start == overlap[0].start:
            # The same person's second title says where they work ("Spécialiste des forces
            # nord-coréennes, Claire Mounier est chercheuse à l'Institut ... de Lyon").
            person = overlap[0]._replace(country=found[0].country)
            experts[experts.index(overlap)] = (person, overlap[1], max(overlap[2], found[2]))
    if not experts:
        return mentions
    kept = [m for m in mentions if not any(e[1] <= m.start < e[2] for e in experts)]
    people = [e[0] for e in experts]
    # Later references: each word of the name, and the full name in capitals.
    learned: dict[str, tuple[int, Mention]] = {}
    for person, _, end in experts:
        full = text[person.start : person.end]
        for form in (*full.split(), full.upper(), full.split()[-1].upper()):
            if len(form) > 2:
                learned.setdefault(form, (end, person))
    people += _named_again(text, learned, kept, also="'’")  # "Lena's", not "l'Hart"
    people += _title_references(text, titles, experts, people, kept, patterns.expert_reference)
    return sorted(kept + people, key=lambda m: m.start)


def _title_references(
    text: str,
    titles: list[re.Match],
    experts: list[tuple[Mention, int, int]],
    people: list[Mention],
    mentions: list[Mention],
    reference: re.Pattern,
) -> list[Mention]:
    """An expert's title after a determiner that points back ("Pour le chercheur, ...",
    "the researcher said"), outside any introduction: the expert named last before it."""
    found = []
    for title in titles[:MAX_EXPERTS]:
        start = title.start()
        if any(e[1] <= start < e[2] for e in experts):
            continue  # the title of an introduction ("Lena Hart, a researcher at")
        window = max(0, start - REFERENCE_REACH)
        before = reference.search(text[window:start])
        named = [p for p in people if p.end <= start]
        if before is None or not named:
            continue
        begin = window + before.start()
        if any(m.start < title.end() and begin < m.end for m in mentions):
            continue
        last = max(named, key=lambda p: p.start)
        found.append(last._replace(start=begin, end=title.end()))
    return found


REFERENCE_REACH = 8  # characters of a determiner before an expert's title ("cette ")


def _named_again(
    text: str, learned: dict[str, tuple[int, Mention]], mentions: list[Mention], also: str = ""
) -> list[Mention]:
    """Later mentions of names learned from a source or an expert (`learned`: a name ->
    where it was named, whom it stands for), outside `mentions` and words (`_inside_word`).

    One pass for every name; mentions do not overlap, so the one that may hold a match is the
    last starting before it (bisect), whatever the number of mentions.
    """
    names = "|".join(re.escape(name) for name in sorted(learned, key=longest_first_key))
    starts = [m.start for m in mentions]
    found = []
    for match in re.finditer(rf"(?:{names})(?![\w-])", text):
        if _inside_word(text, match.start(), also):
            continue
        named_at, source = learned[match.group()]
        before = bisect_right(starts, match.start())
        inside = before > 0 and mentions[before - 1].end > match.start()
        if match.start() >= named_at and not inside:
            found.append(source._replace(start=match.start(), end=match.end()))
    return found


def _expert_at(
    text: str, title: re.Match, mentions: list[Mention], patterns: _Attribution
) -> tuple[Mention, int, int] | None:
    """The person an expert's title describes, and the span of that description (from the
    name or the title to the end of its clause), or None."""
    start, end = title.start(), title.end()
    # A source's own staff ("GUR analyst Andrii Yusov") speak for the source.
    if any(0 <= start - m.end <= 2 for m in mentions if m.kind != UNNAMED):
        return None
    name: re.Match | None = None
    before = patterns.expert_before.search(text, max(0, start - 80), start)
    if before is not None and _ends_with_demonym(before.group("name"), patterns.lang):
        before = None  # "The Hungarian historian Eszter Halmi": a people, not a person
    if before is not None:
        name, described = before, before.end("name")
    else:
        after = patterns.expert_after.match(text, end)
        if after is None:  # « l'historienne marocaine Nadia Lamrani »
            demonym = _demonym_at(text, end + 1, patterns.lang)
            if demonym is not None and text[end : end + 1] == " ":
                after = patterns.expert_after.match(text, demonym.end())
        if after is None:
            line = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1)
            if text[line:start].strip(" \n«\"'’(—–-").count(" ") <= 1:  # opens its sentence
                after = patterns.expert_fronted.match(text, end)
        if after is None:
            return None
        name, described = after, start
    if any(m.start < name.end("name") and name.start("name") < m.end for m in mentions):
        return None  # a known source's name ("Kim Jong Un"), not an expert's
    stop = _DESCRIPTION_END.search(text, end, min(len(text), end + 150))
    region_end = stop.start() if stop else min(len(text), end + 150)
    if region_end <= name.end("name"):  # "l'historien Marc Dufour, de l'université de Genève,"
        stop = _DESCRIPTION_END.search(text, name.end("name") + 1, name.end("name") + 100)
        region_end = stop.start() if stop and text[name.end("name")] == "," else name.end("name")
    region_start = min(described, name.start("name"))
    where = text[region_start:region_end]
    more = patterns.description_more.match(text, region_end)  # "(IRAC), à Paris"
    if more is not None:
        where += more.group()
    country = (
        next((code for code, pattern in patterns.affiliations if pattern.search(where)), "")
        or _title_demonym(text, title, patterns.lang)
        or _described_country(text, region_start, region_end, mentions, patterns, where)
    )
    label = next(
        (role for role, words in patterns.expert_roles if words.fullmatch(title.group())),
        title.group().lower(),
    )
    person = Mention(
        name.start("name"), name.end("name"), f"{name.group('name')} ({label})", country, "expert"
    )
    return person, region_start, region_end


def _demonym_at(text: str, position: int, lang: str) -> re.Match | None:
    """A people's adjective (a subject's name in lower case: « marocaine ») at `position`."""
    if not lang or not text[position : position + 1].islower():
        return None
    pattern, _ = subject_names(lang)
    return pattern.match(text, position)


def _ends_with_demonym(name: str, lang: str) -> bool:
    """Whether a name's last word is a people's adjective ("The Hungarian")."""
    if not lang:
        return False
    pattern, _ = subject_names(lang)
    last = name.split()[-1] if name.split() else ""
    return pattern.fullmatch(last) is not None


def _title_demonym(text: str, title: re.Match, lang: str) -> str:
    """The country of a people's adjective right after an expert's title (« l'historienne
    marocaine Nadia Lamrani ») or right before it, maybe past one word in lower case ("the
    Hungarian military historian"): the expert's country.

    >>> text = "l'historien hongrois Gábor Reményi"
    >>> title = attribution_patterns("fr").experts.search(text)
    >>> _title_demonym(text, title, "fr")
    'HU'
    """
    if not lang:
        return ""
    pattern, codes = subject_names(lang)
    after = _demonym_at(text, title.end() + 1, lang) if text[title.end() :][:1] == " " else None
    if after is not None:
        return codes[group_index(after)]
    before = _BEFORE_TITLE.search(text, max(0, title.start() - 60), title.start())
    if before is None:
        return ""
    found = pattern.fullmatch(text, before.start("word"), before.end("word"))
    return codes[group_index(found)] if found is not None else ""


# the word before an expert's title, past one word in lower case: "Hungarian (military) historian"
_BEFORE_TITLE = re.compile(
    r"(?<![\w'’-])(?P<word>[^\W\d_a-z][\w-]{1,30})[ ]+(?:[a-z]{3,20}[ ]+)?\Z"
)
MAX_EXPERTS = 20  # expert titles looked at in one article: a bound for hostile text
_CAPITAL = re.compile(r"[^\W\d_a-z]")


def _expert_leading(
    text: str, lead: re.Match, mentions: list[Mention], patterns: _Attribution
) -> tuple[Mention, int, int] | None:
    """The person named before a verb of leading a body ("Marta Kidane leads the Horn
    Conflict Data Project, an independent research group based in London"), and the span of
    that description to its sentence's end; labelled by the body's capitalised name, from the
    country the description names."""
    begin, end = lead.span("name")
    if any(m.start < end and begin < m.end for m in mentions):
        return None  # a known source's name, not an expert's
    stop = _SENTENCE_END.search(text, lead.end(), min(len(text), lead.end() + 200))
    region_end = stop.start() if stop else min(len(text), lead.end() + 200)
    where = text[lead.end() : region_end]
    # "based in London", or a capital named as a place: "based in Nairobi"
    country = _described_country(text, lead.end(), region_end, mentions, patterns, where)
    body = _BODY_NAME.search(where)
    if body is None:
        return None
    person = Mention(begin, end, f"{lead.group('name')} ({body.group()})", country, "expert")
    return person, begin, region_end


_SENTENCE_END = re.compile(r"[.?!\n]")
# A body's capitalised name: "Horn Conflict Data Project", "Busan Center for Security Studies"
_BODY_NAME = re.compile(
    r"[^\W\d_a-z][\w'’-]*(?:[ ]+(?:(?:of|for|on|and|de|des|du|d['’]|et|la|le)[ ]+)?"
    r"[^\W\d_a-z][\w'’-]*)+"
)


def _expert_of(
    text: str, body: re.Match, mentions: list[Mention], patterns: _Attribution
) -> tuple[Mention, int, int] | None:
    """The person a research body describes right after their name and a comma ("Kenji
    Morita, of the Tokyo Institute of Peninsula Studies,", « Claire Vasseur, de l'Institut
    d'études stratégiques de Lyon, »), and the span of that description; labelled by the
    body's name."""
    start = body.start()
    named = patterns.expert_named.search(text, max(0, start - 60), start)
    if named is None:
        return None
    if any(m.start < named.end("name") and named.start("name") < m.end for m in mentions):
        return None  # a known source's name, not an expert's
    stop = _DESCRIPTION_END.search(text, body.end(), min(len(text), body.end() + 150))
    region_end = stop.start() if stop else min(len(text), body.end() + 150)
    where = text[start:region_end]
    more = patterns.description_more.match(text, region_end)  # "(IRAC), à Paris"
    if more is not None:
        where += more.group()
    country = next((code for code, pattern in patterns.affiliations if pattern.search(where)), "")
    capital = _CAPITAL.search(text, start, region_end)  # the body's name: "Tokyo Institute"
    label = text[capital.start() if capital else start : region_end].strip()
    begin, end = named.span("name")
    person = Mention(begin, end, f"{named.group('name')} ({label})", country, "expert")
    return person, begin, region_end


_DESCRIPTION_END = re.compile(r"[,;:.?!()\n]")


def _with_surnames(text: str, mentions: list[Mention], person_after: re.Pattern) -> list[Mention]:
    """Later mentions of a person named right after a source and maybe a title ("GUR
    spokesperson Andrii Yusov ... , Yusov added"): the surname alone stands for that source.

    The surname is the name's last word, or its first when the last is a hyphenated given
    name ("Lee Seong-kweun": Lee).

    >>> text = "According to GUR spokesperson Andrii Yusov, 300 were killed, Yusov added."
    >>> [(text[m.start : m.end], m.country) for m in find_mentions(text, "en")]
    [('GUR', 'UA'), ('Yusov', 'UA')]
    """
    learned: dict[str, tuple[int, Mention]] = {}  # surname -> where it was named, its source
    for mention in mentions:
        if mention.kind in ("media", UNNAMED) or len(learned) >= MAX_SURNAMES:
            continue
        person = person_after.match(text, mention.end)
        if person is None:
            continue
        words = person.group("name").split()
        surname = words[0] if "-" in words[-1] else words[-1]
        learned.setdefault(surname, (person.end(), mention))
    if not learned:
        return mentions
    added = _named_again(text, learned, mentions)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


MAX_SURNAMES = 20  # people named after a source in one article: a bound for hostile text


def _merge_adjacent(text: str, mentions: list[Mention]) -> list[Mention]:
    """One mention for a source named twice in a row ("le député Lee Seong-kweun": a title,
    then a name, of the same claimant), so that what follows the name follows the mention.

    >>> [(m.start, m.end) for m in _merge_adjacent("député Lee", [
    ...     Mention(0, 6, "lawmakers", "KR", "relay"), Mention(7, 10, "lawmakers", "KR", "relay")])]
    [(0, 10)]
    """
    merged: list[Mention] = []
    for mention in mentions:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.name == mention.name
            and last.kind == mention.kind
            and mention.start - last.end <= 2
            and text[last.end : mention.start].isspace()
        ):
            merged[-1] = Mention(last.start, mention.end, last.name, last.country, last.kind)
        else:
            merged.append(mention)
    return merged


def _overlaps_any(span: Mention, kept: list[Mention]) -> bool:
    """Whether `span` overlaps one of `kept` (in text order, not overlapping each other):
    the last kept span starting before `span` ends is the only candidate."""
    before = bisect_left([k.start for k in kept], span.end)
    return before > 0 and kept[before - 1].end > span.start


def mention_patterns(lang: str) -> list[regex.Pattern | re.Pattern]:
    """The patterns `find_mentions` reads the matches of."""
    patterns = attribution_patterns(lang)
    return [p for p, _ in patterns.gazetteer] + [
        patterns.demonym_institution,
        patterns.unnamed,
        patterns.kin,
        patterns.experts,
        patterns.expert_bodies,
        patterns.world_starts,
    ]


def cue_patterns(lang: str) -> list[regex.Pattern]:
    """The patterns `find_cues` reads the matches of."""
    patterns = attribution_patterns(lang)
    return [patterns.carry, patterns.before, patterns.verbs]


@cache
def _mention_scanner(lang: str) -> Scanner:
    return Scanner(mention_patterns(lang))


@cache
def _cue_scanner(lang: str) -> Scanner:
    return Scanner(cue_patterns(lang))


def _kin_mention(match: re.Match, patterns: _Attribution) -> Mention:
    """A families' or veterans' group, named by the first of `kin_groups` it matches.

    >>> text = "The Association of Families of Sri Lankans in Russia puts the number at 600."
    >>> [(m.name, m.kind) for m in find_mentions(text, "en")]
    [("families' association", 'kin')]
    """
    span = match.group()
    name = next((n for n, pattern in patterns.kin_names if pattern.search(span)), "")
    return Mention(match.start(), match.end(), name, "", KIN)


def _demonym_mention(match: re.Match, patterns: _Attribution, names: dict[str, str]) -> Mention:
    span = match.group()
    found = list(patterns.countries.finditer(span))
    codes = [(m.start(), patterns.country_codes[m.lastgroup]) for m in found]
    kind = next(
        (k for k, pattern in patterns.institutions if pattern.search(span)),
        "officials",
    )
    ordered = list(dict.fromkeys(code for _, code in codes))
    # a region, not a country, is named by its own capitalised word ("Gulf military")
    region = next((m.group() for m in found if not patterns.country_codes[m.lastgroup]), "")
    adjectives = " and ".join(
        region if not code and region[:1].isupper() else names.get(code, code) for code in ordered
    )
    country = ";".join(code for code in ordered if code)
    return Mention(match.start(), match.end(), f"{adjectives} {kind}".strip(), country, kind)


def find_cues(
    text: str, lang: str, tokens: Tokens | None = None, scanned: Scanned | None = None
) -> list[Cue]:
    """Attribution cues in normalised text, in order, carry cues winning over plain verbs.

    `scanned` holds the matches of `cue_patterns(lang)` when the caller scanned the text.

    >>> [c.kind for c in find_cues("Selon lui, il a assuré que", "fr")]
    ['carry', 'carry']
    """
    if scanned is None:
        scanned = _cue_scanner(lang).matches(text, tokens)
    carry, before, verbs = (scanned[pattern] for pattern in cue_patterns(lang))
    found = [Cue(m.start(), m.end(), "carry") for m in carry]
    found += [Cue(m.start(), m.end(), "before") for m in before]
    found += [Cue(m.start(), m.end(), "verb") for m in verbs]
    # Carry cues win over the verbs inside them ("a-t-il rappelé"); then leftmost first.
    rank = {"carry": 0, "before": 1, "verb": 2}
    found.sort(key=lambda c: (c.start, rank[c.kind]))
    kept: list[Cue] = []
    for cue in found:
        if kept and cue.start < kept[-1].end:
            if rank[cue.kind] < rank[kept[-1].kind]:
                kept[-1] = cue
            continue
        kept.append(cue)
    return kept


def join_mentions(mentions: list[Mention]) -> Mention:
    """One claimant for sources named together ("Kyiv et Séoul" -> UA;KR)."""
    if len(mentions) == 1:
        return mentions[0]
    names = list(dict.fromkeys(m.name for m in mentions))
    countries = list(dict.fromkeys(c for m in mentions for c in m.country.split(";") if c))
    return Mention(
        mentions[0].start,
        mentions[-1].end,
        " and ".join(names),
        ";".join(countries),
        mentions[0].kind,
    )


def _only_dates(gap: str, lang: str) -> bool:
    """Whether `gap` is a date and the word leading to it ("en juin", "on Monday", "mardi").

    >>> _only_dates(" en juin", "fr"), _only_dates(" mardi", "fr"), _only_dates(" l'envoi", "fr")
    (True, True, False)
    """
    dates = find_dates(gap, lang)
    if not dates:
        return False
    words = list(_GAP_WORDS.finditer(gap))
    return all(
        word.start() >= dates[0].start
        or (index + 1 < len(words) and words[index + 1].start() == dates[0].start)
        for index, word in enumerate(words)
    ) and dates[-1].end >= len(gap.rstrip())


_GAP_WORDS = re.compile(r"[\w'’]+")


def cue_source(
    text: str,
    cue: Cue,
    mentions: list[Mention],
    lang: str,
    stop: int,
    *,
    after_content: bool = False,
) -> Mention | None:
    """The source a `before` or `verb` cue attributes to, from the sentence's mentions.

    `stop` is where the reported content begins (the amount, when the cue comes before
    it): the source must be named before it. Sources named together are joined.
    `after_content`: the amount stands before the cue, so an incise verb's subject is
    the name after it ("..., a affirmé lundi Volodymyr Zelensky dans son allocution").
    """
    patterns = attribution_patterns(lang)
    if cue.kind == "before":
        after = [m for m in mentions if cue.end <= m.start and m.end <= stop]
        # The first source not past the comma closing the cue's phrase: "D'après les
        # recoupements dont on dispose, Pyongyang a envoyé" names the content's subject, not
        # who speaks ("According to the US, South Korea and Ukraine" still joins all three,
        # however far the last is).
        if not after or after[0].start > cue.end + 60 or "," in text[cue.end : after[0].start]:
            return None
        return _with_joined(text, after, patterns, forward=True)
    if cue.kind != "verb":
        return None
    by = patterns.agent.match(text, cue.end)  # "it was estimated by the NIS that"
    if by and by.group(1) and not _only_dates(by.group(1), lang):
        by = None  # "annoncé l'envoi par Pyongyang de": an object, then its own agent
    if by:
        agent = [m for m in mentions if by.end() <= m.start <= by.end() + 6 and m.end <= stop]
        if agent:
            return _with_joined(text, agent, patterns, forward=True)
    # A participle after a comma (", saying Pyongyang had sent") has the main clause's
    # subject: the first source of the sentence, however long the clause before it
    # and whatever it names ("a jugé les chiffres de Séoul sous-estimés, évoquant ...").
    participle = patterns.participle.match(text, cue.start, cue.end)  # "putting the dead at"
    if (
        participle
        and _INCISE.search(text, max(0, cue.start - 4), cue.start)
        and (participle.end() == cue.end or not text[participle.end()].isalnum())
    ):
        first = [m for m in mentions if m.end <= cue.start and m.kind != "media"]
        if first and not patterns.locative.search(
            text, max(0, first[0].start - 12), first[0].start
        ):
            return first[0]
    # An incise after the content (", a estimé de son côté le Pentagone"): the speaker is
    # the name right after the verb, not a name of the content before the comma.
    if _INCISE.search(text, max(0, cue.start - 4), cue.start):
        after = [m for m in mentions if cue.end <= m.start <= cue.end + 25 and m.end <= stop]
        if (
            after
            and not patterns.complementizer.search(text[cue.end : after[0].start])
            and (
                _CLAUSE_END.match(text, after[0].end)
                # After the content, the name a date word or two from the verb is its
                # subject, whatever follows it: "..., a affirmé lundi soir Volodymyr
                # Zelensky dans son allocution quotidienne."
                or (
                    after_content
                    and after[0].kind != "relay"
                    and _FEW_WORDS.fullmatch(text, cue.end, after[0].start)
                    and not patterns.locative.search(
                        text, max(0, after[0].start - 12), after[0].start
                    )
                )
            )
        ):
            return after[0]
        person = after_content and _INVERTED_NAME.match(text, cue.end)
        if person and not patterns.complementizer.search(text, cue.end, person.end()):
            # A person the gazetteer does not know, then a title naming a body: "...,
            # a déclaré mardi Vedant Patel, porte-parole adjoint du département d'État."
            # Not the content's names before the comma.
            named = [
                m
                for m in mentions
                if cue.end <= m.start < person.end()
                and m.kind != "relay"
                and not patterns.locative.search(text, max(0, m.start - 12), m.start)
            ] or _in_apposition(text, person.end(), mentions, patterns, stop)
            return named[0] if named else None
    # The subject, then an apposition between commas, then the verb; a name inside the
    # apposition is not the speaker ("The Center for Strategic and International Studies,
    # a Washington think tank, estimates").
    for mention in reversed([m for m in mentions if m.end <= cue.start]):
        if cue.start - mention.end > _APPOSITION_REACH:
            break
        if _APPOSITION.fullmatch(text, mention.end, cue.start):
            return mention
    inverted = _INCISE.search(text, max(0, cue.start - 4), cue.start) and patterns.inverted.match(
        text, cue.end
    )
    if inverted and not patterns.complementizer.search(text, cue.end, inverted.end()):
        # ", rappelait mercredi le Département fédéral de l'économie dans son communiqué,":
        # the source named in the inverted subject; else ", a affirmé le général": a speaker
        # not known, not the content's name.
        named = [
            m
            for m in mentions
            if cue.end <= m.start < inverted.end() and m.end <= stop and m.kind != "relay"
        ]
        if not named and text[inverted.end() - 1 : inverted.end()] == ",":
            named = _in_apposition(text, inverted.end(), mentions, patterns, stop)
        return named[0] if named else None
    # A relative clause puts its subject after the verb: "les 11 000 hommes dont faisaient
    # état les services occidentaux à l'automne".
    if patterns.relative.search(text, max(0, cue.start - 8), cue.start):
        after = [m for m in mentions if cue.end <= m.start <= cue.end + 12 and m.end <= stop]
        if after:
            return after[0]
    before = [
        m
        for m in mentions
        if m.end <= cue.start
        and cue.start - m.end <= 60
        and not patterns.complementizer.search(text[m.end : cue.start])
    ]
    # A place is not the speaker when a source is named too ("Shoigu stood in Pyongyang and
    # announced"); alone, it says whose ("À Séoul, le ministère de la Défense estimait").
    placed = [m for m in before if patterns.locative.search(text, max(0, m.start - 12), m.start)]
    if placed and len(placed) < len(before):
        before = [m for m in before if m not in placed]
    # A name a preposition governs is no verb's subject: "Nepalis recruited into the Russian
    # army, officials told", « sous contrat avec l'armée russe, un chiffre que ... jugent ».
    before = [
        m
        for m in before
        if not patterns.object_preposition.search(text, max(0, m.start - 30), m.start)
    ]
    if before:
        return _with_joined(text, before, patterns, forward=False)
    # Inverted: "..., said the Pentagon." The source closes the clause; in "believes
    # Pyongyang dispatched" the name after the verb is the reported content. After a
    # closing quote the name right after the verb is the speaker, whatever follows it
    # ("« ... », a annoncé samedi Volodymyr Zelensky sur le réseau X").
    after = [m for m in mentions if cue.end <= m.start <= cue.end + 25 and m.end <= stop]
    if (
        after
        and not patterns.complementizer.search(text[cue.end : after[0].start])
        and (
            _CLAUSE_END.match(text, after[0].end)
            or _AFTER_QUOTE.search(text, max(0, cue.start - 6), cue.start)
        )
    ):
        return after[0]
    return None


_CLAUSE_END = re.compile(
    r"\s*(?:[,.;:)»\n(]|$)"
)  # "(" opens an acronym: "... du renseignement (NIS)"
_APPOSITION_SPAN = re.compile(r"[^;:.!?«»\"\n]{0,120}")  # an apposition, to its sentence's end


def _in_apposition(
    text: str, start: int, mentions: list[Mention], patterns: _Attribution, stop: int
) -> list[Mention]:
    """The source an apposition after an unnamed inverted subject names: the body of the
    title it opens with (", a affirmé mardi le général Oleksandr Kovalenko, chef adjoint du
    renseignement militaire ukrainien (GUR), lors d'une conférence") or the person's name
    it is (", a affirmé le secrétaire d'État américain, Antony Blinken."); not a place ("à
    Kiev", "de retour de Kiev"), nor a name of reported content ("..., ajoutant que")."""
    end = _APPOSITION_SPAN.match(text, start).end()
    if not patterns.title.match(text, start):
        named = [m for m in mentions if m.start >= start]
        if not named or named[0].end > stop:
            return []
        gap = text[start : named[0].start]
        if gap.strip() and not patterns.determiner.fullmatch(gap):
            return []
        # The person's name, or the body a title follows: ", the State Department spokesman,"
        closed = _CLAUSE_END.match(text, named[0].end) or (
            gap.strip() and patterns.title.match(text, named[0].end)
        )
        return named[:1] if closed else []
    for m in mentions:
        if m.start < start or m.end > stop:
            continue
        if m.start >= end or m.kind == "relay":
            return []
        if patterns.complementizer.search(text, start, m.start):
            return []
        if not patterns.locative.search(text, max(0, m.start - 12), m.start):
            return [m]
    return []


_INCISE = re.compile(r",[ ]*$")
_FEW_WORDS = re.compile(r"(?:[ ]+[\w'’]+){0,2}[ ]+")  # "lundi soir ": a date between verb and name
# A person's name after an incise verb and a date word or two, then an apposition's comma.
_INVERTED_NAME = regex.compile(
    r"(?:[ ]+\w+){0,2}?[ ]+\p{Lu}[\w'’-]*(?:[ ]+\p{Lu}[\w'’-]*){1,3}[ ]*,"
)
_AFTER_QUOTE = re.compile(r"[»\"][ ]*,?[ ]*$")
# ", an apposition without a clause break," and at most one word (an adverb) before the verb.
_APPOSITION = re.compile(r"\)?,[^,;:.()«»\"\n]{3,160},[ ]+(?:\w+[ ]+)?")
_APPOSITION_REACH = 200


def _with_joined(
    text: str, candidates: list[Mention], patterns: _Attribution, *, forward: bool
) -> Mention:
    """The mention nearest the cue, with the ones joined to it by conjunctions."""
    ordered = candidates if forward else list(reversed(candidates))
    group = [ordered[0]]
    worded = False  # a list is joint when a word joins it ("Kyiv, Seoul and Washington")
    for mention in ordered[1:]:
        left, right = (group[-1], mention) if forward else (mention, group[-1])
        gap = text[left.end : right.start]
        if not patterns.conjunction.match(gap):
            break
        group.append(mention)
        worded = worded or _COMMA_ONLY.fullmatch(gap) is None
    if not worded:  # "According to the NIS, Pyongyang has sent": a comma alone joins nothing
        group = group[:1]
    return join_mentions(sorted(group, key=lambda m: m.start))


_COMMA_ONLY = re.compile(r"\s*,\s*")
