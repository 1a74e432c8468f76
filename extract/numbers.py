"""Find numbers and countable amounts in running text.

Two layers, both driven by the per-language data in `data/lexicons/numbers/<lang>.yaml`:

- `find_numbers` locates every number, written in digits (`10 000`, `10.000`, `10,000`, `1,5`,
  `12k`, `1.5 million`) or in words (`six cents`, `two thousand`, `un millier`), and returns
  `(start, end, value)` with offsets into the original text. Spelled-out numbers are read by
  text_to_num, only on the spans the number-word pattern marked.
- `find_amounts` keeps the numbers that count things, with their qualifier cue (`environ`,
  `more than`, `up to`, `3,000 or more`), joins ranges (`entre 10 000 et 12 000`), adds the vague
  amounts (`des milliers`, `tens of thousands`) and drops dates, years, ages, money,
  percentages, units, durations, times and model numbers.

No language word lives here: adding a language means adding a YAML file.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any

import regex
from text_to_num import text2num

from extract.lexicon import LEXICON_DIR, LexiconError, check_patterns, load_yaml, validate
from extract.text import Scanner, Tokens

NUMBER_LEXICON_DIR: Path = LEXICON_DIR / "numbers"

QUALIFIER_CUES = ("approx", "at_least", "at_most")

# Bounds of the vague amounts (DESIGN.md): "des centaines / hundreds" 200..999 and so on.
VAGUE_BOUNDS: dict[str, tuple[int, int]] = {
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens_of_thousands": (20_000, 99_999),
    "hundreds_of_thousands": (200_000, 999_999),
}

# Schema of data/lexicons/numbers/<lang>.yaml (see `extract.lexicon.validate`).
NUMBER_SCHEMA: dict[str, Any] = {
    "language": str,
    "separators": {"decimal": list, "thousands": list},  # literal characters
    "number_words": list,  # words text_to_num reads, as patterns
    "articles": list,  # "un", "a": a number only before a multiplier
    "joiners": list,  # "et", "and" inside a spelled number
    "decimal_words": list,  # "virgule", "point"
    "negative_words": list,  # "minus"
    "multipliers": dict,  # pattern -> factor: "millions?": 1000000, "centaines?": 100
    "approximate_multipliers": list,  # multipliers that make the figure approximate
    "multiplier_joiners": list,  # "de" in "une dizaine de milliers"
    "fractions": dict,  # "1/2" -> patterns of that fraction of the multiplier after: "half"
    "half_after": list,  # "and a half", « et demi » after a number of thousands or millions
    "suffixes": dict,  # case-sensitive abbreviation after digits -> factor: "k": 1000
    "decimal_suffixes": dict,  # the same, glued to a decimal only: "1.4m" (not "500m")
    "not_numbers": list,  # phrases whose number words are not numbers ("pour cent")
    "cues": {kind: list for kind in QUALIFIER_CUES},  # before the number
    "postfix_cues": {kind: list for kind in QUALIFIER_CUES},  # right after it
    "cue_gaps": list,  # an adverb between a cue and its number: « dépasse désormais 2 300 »
    "ranges": {"between": list, "between_links": list, "from": list, "links": list},
    "vague": {kind: list for kind in VAGUE_BOUNDS},
    "exclude": {
        "after": list,  # units, money, percentages, durations, ages right after the number
        "unit_links": list,  # "de", "of" between the number and such a word
        "before": list,  # money signs, "aged", reference numbers right before it
        "months": list,  # month names: a day number next to one is a date
        "date_links": list,  # "et le" in "8 et le 13 octobre"
    },
}

_FRACTION = re.compile(r"[1-9]/[1-9]")  # a key of `fractions`: "3/4"
_TIMEOUT_PER_CHAR = 5e-6  # seconds: regex calls may take 5 s per MB before giving up
_CUE_WINDOW = 80  # characters searched around a number for a cue, a unit, a link
_MAX_NUMBER = 2000  # characters: no number is longer
_YEARS = (1900, 2100)  # a bare number in this span is read as a year
_MAX_DAY = 31


@dataclass(frozen=True)
class Amount:
    start: int  # offset where the amount begins, qualifier cue included
    end: int  # end offset (exclusive), after the number or vague word
    number_start: int  # offset of the figure itself (without the qualifier cue)
    best: int | None  # point figure; None for range and vague
    low: int | None
    high: int | None
    qualifier: str  # exact, approx, at_least, at_most, range, vague
    rule: str  # name of the rule that fired, e.g. "amount.digits", "amount.vague"


@dataclass(frozen=True)
class _Number:
    start: int
    end: int
    value: float
    kind: str  # digits or words
    bare: bool  # digits only, no separator, decimal, suffix or multiplier: maybe a year or day
    factor: float  # product of the multipliers and suffix (1 when none)
    approx: bool  # an approximate multiplier: "une centaine", "un millier"


# ---------------------------------------------------------------------------------------------
# Language data


@cache
def load_number_lexicon(lang: str) -> dict[str, Any]:
    """The validated number data of one language.

    >>> load_number_lexicon("fr")["separators"]["decimal"]
    [',']
    >>> load_number_lexicon("xx")
    Traceback (most recent call last):
    extract.lexicon.LexiconError: no number lexicon for language 'xx'
    """
    path = NUMBER_LEXICON_DIR / f"{lang}.yaml"
    if not path.is_file():
        raise LexiconError(f"no number lexicon for language {lang!r}")
    data = load_yaml(path)
    validate(data, NUMBER_SCHEMA, path.name)
    for key, shape in NUMBER_SCHEMA.items():
        if shape is list and key in data:
            check_patterns(data[key], f"{path.name}.{key}")
        elif key == "fractions" and key in data:
            for fraction, patterns in data[key].items():
                if not isinstance(patterns, list) or not _FRACTION.fullmatch(str(fraction)):
                    raise LexiconError(
                        f"{path.name}.{key}.{fraction}: expected a fraction ('1/2') and a list"
                    )
                check_patterns(patterns, f"{path.name}.{key}.{fraction}")
        elif shape is dict and key in data:
            check_patterns(list(data[key]), f"{path.name}.{key}")
            for word, factor in data[key].items():
                if not isinstance(factor, int) or factor <= 0:
                    raise LexiconError(f"{path.name}.{key}.{word}: expected a positive integer")
        elif isinstance(shape, dict) and key != "separators":
            for sub, patterns in data.get(key, {}).items():
                check_patterns(patterns, f"{path.name}.{key}.{sub}")
    for sub, chars in data.get("separators", {}).items():
        if not all(len(char) == 1 and not char.isalnum() for char in chars):
            raise LexiconError(f"{path.name}.separators.{sub}: expected single non-digit chars")
    return data


def _phrase(pattern: str) -> str:
    """A lexicon phrase as a pattern: a space matches any whitespace, ' matches ' and ’."""
    pattern = pattern.replace("#", r"\#")
    return regex.sub(r" +", r"\\s+", pattern).replace("'", "['’]")


def _any(patterns: Sequence[str]) -> str:
    """One non-capturing alternation, longest pattern first; never matches when empty."""
    if not patterns:
        return "(?!)"
    return "(?:" + "|".join(_phrase(p) for p in sorted(patterns, key=len, reverse=True)) + ")"


def _chars(chars: Sequence[str]) -> str:
    """A character class of literal characters (spaces included, safe under VERBOSE)."""
    return "[" + "".join(f"\\u{ord(c):04x}" for c in chars) + "]" if chars else "(?!)"


# Word edges: a number word or cue must not be glued to letters or digits.
_START = r"(?<![\p{L}\p{N}])"
_END = r"(?![\p{L}\p{N}])"
_INLINE_SPACE = r"[\t\x20\xa0\u202f]"


@dataclass(frozen=True)
class _Grammar:
    lang: str
    candidates_source: str  # of `candidates`, compiled only when a text needs it
    candidates_at_word: Any  # compiled patterns (regex.Pattern): the two parts of `candidates`
    candidates_at_sign: Any
    numbers: Any
    number_groups: dict[str, int]  # group numbers of `numbers` by name
    number_word: Any
    multiplier_word: Any
    vague: Any
    cue_before: Any
    postfix: Any
    range_between: Any
    range_from: Any
    range_link: Any
    range_between_link: Any
    after: Any
    before: Any
    month_after: Any
    month_before: Any
    multipliers: tuple[tuple[Any, int], ...]
    approximate: Any
    fraction: Any  # a fraction, then a multiplier: "half a million", « un demi-million »
    fraction_values: tuple[tuple[Any, float], ...]
    half_after: Any  # "and a half", « et demi », matched right after a number
    suffixes: dict[str, int]
    articles: frozenset[str]
    thousands: str
    decimal: str

    @cached_property
    def candidates(self) -> Any:
        """Where numbers may begin, in one search over a text (when it is not scanned by
        words: rare, so compiled on first use)."""
        return regex.compile(self.candidates_source, regex.VERBOSE | regex.V0)


def _lower_pattern(pattern: str) -> str:
    """A pattern for lowercased text: its letters lowered, escapes (\\S, \\P{L}) kept."""
    escaped = r"(?<!\\)(?<!\\[pPN]\{[^}]{0,40})(?<!\(\?)"  # \S, \p{Lu}, (?P<name>
    return regex.sub(escaped + r"\p{Lu}", lambda m: m.group().lower(), pattern)


def _trie(patterns: Sequence[str]) -> str:
    """An alternation grouped by first letter: the engine rejects most words at one letter."""
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for pattern in patterns:
        head, rest = pattern[:1], pattern[1:]
        if head.isalpha() and rest[:1] not in ("?", "*", "+", "{", ""):
            groups.setdefault(head, []).append(rest)
        else:
            others.append(pattern)
    branches = [f"{regex.escape(head)}{_any(rests)}" for head, rests in groups.items()]
    branches += [_phrase(pattern) for pattern in others]
    return "(?:" + "|".join(branches) + ")" if branches else "(?!)"


def _candidate_patterns(data: dict[str, Any]) -> tuple[str, str]:
    """Where a number may begin, matched on lowercased text: a first, fast pass.

    Two parts: at the start of a word (digits, a number word, an article before one), and
    at a minus sign or a leading decimal separator.
    """
    articles = data.get("articles", [])
    words = [
        word
        for word in data.get("number_words", [])
        if not any(regex.fullmatch(word, article, regex.I) for article in articles)
    ]
    starters = [*words, *data.get("negative_words", []), *data.get("not_numbers", [])]
    followers = [*data.get("number_words", []), *data.get("multipliers", {})]
    decimal = _chars(data.get("separators", {}).get("decimal", []))
    at_word = rf"""
        \b (?: \d+                                             # digits
              | {_trie(starters)} \b                           # a number word: million
              | {_any(articles)} \s+ (?= {_trie(followers)} \b )  # an article before one
            )
    """
    at_sign = rf"[-−] \x20{{0,2}} (?= \d ) | {decimal} (?= \d )"  # a minus, a leading decimal
    return _lower_pattern(at_word), _lower_pattern(at_sign)


def _number_pattern(data: dict[str, Any]) -> str:
    """The grammar of one number, from small named pieces."""
    seps = data.get("separators", {})
    thousands = _chars(seps.get("thousands", []))
    decimal = _chars(seps.get("decimal", []))
    space = _INLINE_SPACE
    word = _START + _any(data.get("number_words", [])) + _END
    article = _START + _any(data.get("articles", [])) + _END
    multiplier = _START + _any(list(data.get("multipliers", {}))) + _END
    suffix = "(?-i:" + _any([regex.escape(s) for s in data.get("suffixes", {})]) + ")"
    decimal_suffix = (
        "(?-i:" + _any([regex.escape(s) for s in data.get("decimal_suffixes", {})]) + ")"
    )
    joiner = _any(data.get("joiners", []))
    word_sep = rf"(?: {space}*-{space}* | {space}+ (?: {joiner} {space}+ )? )"
    multiplier_sep = rf"(?: {space}+ (?: {_any(data.get('multiplier_joiners', []))} {space}* )? )"
    blocked = _any(data.get("not_numbers", []))
    negative = _any(data.get("negative_words", []))
    decimal_word = _any(data.get("decimal_words", []))
    return rf"""
    {_START}
    (?:
    (?P<blocked> {blocked} {_END} )                            # "pour cent": no number inside
    |
    (?P<sign>
        (?<! [\p{{L}}\p{{N}}.,)\]] \x20{{0,2}} )                 # a minus, not a dash
        (?: [-−] (?! \x20 )
          | (?<! \n \x20{{0,3}} ) [-−] \x20{{1,2}} )    # nor a bullet opening a line: "- 11,000"
      | {_START} {negative} {space}+                           # "minus five"
    )?
    (?:
        (?P<digits>
            {_START} (?: \d{{1,3}} (?: {thousands} \d{{3}} ){{1,5}}   # 10 000, 10.000, 10,000
                       | \d{{1,18}} )                            # 10000
            (?: {decimal} \d{{1,12}} )?                          # ,5
          | (?<! [\p{{L}}\p{{N}}.,] ) {decimal} \d{{1,12}}           # ,08
        )
        (?! \d | {decimal} \d )                                 # so 180.25ml does not give 180
        (?: \x20{{0,2}} (?P<suffix> {suffix} )                    # 12k, 3 M
          | (?<= {decimal} \d{{1,12}} ) (?P<suffix> {decimal_suffix} )  # 1.4m, not 500m
        )?
        {_END}                                                  # 29km is no number
      |
        (?: (?P<article> {article} ) {space}+ (?= {multiplier} ) )?   # "a hundred"
        (?P<words> {word} (?: {word_sep} {word} ){{0,40}} )       # deux cent trois
        (?: {space}+ {decimal_word} {space}+                      # two hundred point zero three
            (?P<fraction> {word} (?: {word_sep} {word} ){{0,10}} ) )?
        (?! -\p{{L}} )                                          # twenty-first, three-year
      |
        (?P<lone> {article} ) (?= {space}+ {multiplier} )       # "a dozen", "un millier"
    )
    (?: {space}+ (?P<mult> {multiplier} )                        # 1,5 million, trois douzaines
        (?: {multiplier_sep} (?P<mult> {multiplier} ) ){{0,2}}     # une dizaine de milliers
    )?
    )
    """


def _cues(groups: dict[str, Sequence[str]]) -> str:
    """One alternation of every cue, longest first, each inside a group named by its kind."""
    cues = [(pattern, kind) for kind, patterns in groups.items() for pattern in patterns]
    cues.sort(key=lambda cue: len(cue[0]), reverse=True)
    return "(?: " + " | ".join(f"(?P<{kind}> {_phrase(p)} )" for p, kind in cues) + " )"


def _gap(gaps: Sequence[str]) -> str:
    """An optional word between a cue and its number (`cue_gaps`), or nothing."""
    return rf" (?: \s+ {_any(gaps)} )?" if gaps else ""


def _ending_at(body: str) -> Any:
    """`body` (plus spaces) ending exactly at `endpos`, searched backwards: one attempt."""
    flags = regex.IGNORECASE | regex.VERBOSE | regex.V0 | regex.REVERSE
    return regex.compile(rf"{_START} {body} \s* \Z", flags)


@cache
def _grammar(lang: str) -> _Grammar:
    data = load_number_lexicon(lang)
    flags = regex.IGNORECASE | regex.VERBOSE | regex.V0
    exclude = data.get("exclude", {})
    ranges = data.get("ranges", {})
    months = _any(exclude.get("months", []))
    unit_link = _any(exclude.get("unit_links", []))
    after = (  # not a letter nor a digit after the unit: "M23" is a name, not metres
        rf"\s* (?: - \s* )? (?: {unit_link} \s* )?"
        # a currency's country, one or two capitalised words: "50 million Ugandan shillings"
        r" (?: (?-i:\p{Lu}\p{Ll}+) \s+ ){0,2}"
        rf" {_any(exclude.get('after', []))} (?![\p{{L}}\p{{N}}])"
    )
    day = rf"(?: \s* {_any(exclude.get('date_links', []))} \s* \d{{1,2}} )?"
    # vague patterns are tried from the largest size down: "des centaines de milliers" first
    vague = {kind: data.get("vague", {}).get(kind, []) for kind in reversed(VAGUE_BOUNDS)}
    vague_pattern = " | ".join(
        f"(?P<{kind}> {_trie(patterns)} )" for kind, patterns in vague.items() if patterns
    )
    multiplier_sep = rf"\s+ (?: {_any(data.get('multiplier_joiners', []))} \s* )?"
    numbers = regex.compile(_number_pattern(data), flags)
    at_word, at_sign = _candidate_patterns(data)
    fractions = {  # pattern -> the fraction it names
        pattern: int(key.split("/")[0]) / int(key.split("/")[1])
        for key, patterns in data.get("fractions", {}).items()
        for pattern in patterns
    }
    return _Grammar(
        lang=lang,
        candidates_source=f"{at_word} | {at_sign}",
        candidates_at_word=regex.compile(at_word, regex.VERBOSE | regex.V0),
        candidates_at_sign=regex.compile(at_sign, regex.VERBOSE | regex.V0),
        numbers=numbers,
        number_groups=dict(numbers.groupindex),
        number_word=regex.compile(_START + _any(data.get("number_words", [])) + _END, flags),
        multiplier_word=regex.compile(
            rf"{multiplier_sep} {_START} {_any(list(data.get('multipliers', {})))} {_END}",
            flags,
        ),
        vague=regex.compile(  # on lowercased text, like the candidates
            _lower_pattern(rf"\b (?: {vague_pattern} ) {_END}"), regex.VERBOSE | regex.V0
        ),
        cue_before=_ending_at(_cues(data.get("cues", {})) + _gap(data.get("cue_gaps", []))),
        postfix=regex.compile(rf"\s* {_cues(data.get('postfix_cues', {}))} {_END}", flags),
        range_between=_ending_at(_any(ranges.get("between", []))),
        range_from=_ending_at(_any(ranges.get("from", []))),
        range_link=regex.compile(rf"\s* {_any(ranges.get('links', []))} \s*", flags),
        range_between_link=regex.compile(
            rf"\s+ {_any(ranges.get('between_links', []))} \s+", flags
        ),
        after=regex.compile(after, flags),
        before=_ending_at(_any(exclude.get("before", []))),
        month_after=regex.compile(rf"{day} \s+ {months} (?![\p{{L}}])", flags),
        month_before=_ending_at(months),
        multipliers=tuple(
            (regex.compile(_phrase(word), regex.IGNORECASE), factor)
            for word, factor in data.get("multipliers", {}).items()
        ),
        approximate=regex.compile(_any(data.get("approximate_multipliers", [])), regex.I),
        fraction=re.compile(
            rf"(?<![\w-])(?:{'|'.join(f'(?:{f})' for f in fractions) or '(?!)'})[ -]*"
            rf"(?:(?:{'|'.join(data.get('articles', [])) or '(?!)'})\s+)?"
            rf"(?P<mult>{'|'.join(f'(?:{m})' for m in data.get('multipliers', {}))})(?![\w-])",
            re.IGNORECASE,
        ),
        fraction_values=tuple(
            (re.compile(rf"(?:{pattern})\Z", re.IGNORECASE), float(value))
            for pattern, value in fractions.items()
        ),
        half_after=re.compile(
            rf"\s+(?:{'|'.join(f'(?:{h})' for h in data.get('half_after', [])) or '(?!)'})"
            r"(?![\w-])",
            re.IGNORECASE,
        ),
        suffixes={**data.get("suffixes", {}), **data.get("decimal_suffixes", {})},
        articles=frozenset(a.casefold() for a in data.get("articles", [])),
        thousands="".join(data.get("separators", {}).get("thousands", [])),
        decimal="".join(data.get("separators", {}).get("decimal", [])),
    )


def _timeout(text: str) -> float:
    return 1.0 + len(text) * _TIMEOUT_PER_CHAR


# ---------------------------------------------------------------------------------------------
# Numbers


@lru_cache(maxsize=4096)
def _words_value(span: str, lang: str) -> float | None:
    """The value of a run of number words, or None when it is not one number."""
    span = regex.sub(r"\s*-\s*", "-", regex.sub(r"\s+", " ", span.strip()))
    try:
        return float(text2num(span, lang))
    except (ValueError, IndexError, KeyError, AttributeError):
        pass
    # text_to_num does not know every scale ("trillion", "lakh"): compose around multipliers
    grammar = _grammar(lang)
    total, current, after_multiplier = 0.0, 0.0, False
    pieces = [(m.start(), m.end()) for m in regex.finditer(r"[^\s-]+", span)]
    run: list[str] = []

    def flush() -> bool:
        nonlocal current
        if run:
            try:
                current += float(text2num(" ".join(run), lang))
            except (ValueError, IndexError, KeyError, AttributeError):
                return False
            run.clear()
        return True

    for start, end in pieces:
        token = span[start:end]
        factor = _multiplier_factor(token, lang)
        if factor is None:
            if grammar.number_word.fullmatch(token):
                run.append(token)
                after_multiplier = False
            continue  # a joiner ("and")
        if not flush():
            return None
        if current == 0 and after_multiplier:
            total *= factor  # "three lakh crore"
        else:
            current = (current or 1.0) * factor
            if factor >= 1000:
                total, current = total + current, 0.0
        after_multiplier = True
    if not flush() or (total == 0 and current == 0 and not pieces):
        return None
    return total + current


@lru_cache(maxsize=1024)
def _multiplier_factor(word: str, lang: str) -> int | None:
    for pattern, factor in _grammar(lang).multipliers:
        if pattern.fullmatch(word):
            return factor
    return None


def _fraction_value(span: str, lang: str) -> float | None:
    """The digits after a spelled decimal separator; word by word when the first reads 0."""
    tokens = span.split()
    whole = _words_value(span, lang)
    if whole is not None and _words_value(tokens[0], lang) != 0:  # leading zeros read one by one
        return float("0." + str(int(whole)))
    digits = ""
    for token in tokens:
        value = _words_value(token, lang)
        if value is None:
            return None
        digits += str(int(value))
    return float("0." + digits) if digits else None


def _digits_value(surface: str, grammar: _Grammar) -> float:
    for char in grammar.thousands:
        surface = surface.replace(char, "")
    for char in grammar.decimal:
        surface = surface.replace(char, ".")
    return float(surface)


def _split_words(
    text: str, start: int, end: int, grammar: _Grammar
) -> Iterator[tuple[int, int, float]]:
    """A run of number words that is not one number, read as several, longest first."""
    tokens = [m.span() for m in grammar.number_word.finditer(text, start, end)]
    i = 0
    while i < len(tokens):
        for j in range(min(len(tokens), i + 8), i, -1):
            value = _words_value(text[tokens[i][0] : tokens[j - 1][1]], grammar.lang)
            if value is not None:
                yield tokens[i][0], tokens[j - 1][1], value
                i = j
                break
        else:
            i += 1


def _lowered(text: str) -> str:
    """`text` in lower case, or `text` itself when lowering would shift offsets ("İ")."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text


# Characters on which the words of `extract.text.tokenize` (`re`, on normalised text) and
# the word boundaries of the `regex` patterns here agree (checked over all of Unicode; "ʼ"
# is a letter that normalisation turns into an apostrophe; "Σ" lowers by its context, so
# a word lowered alone could differ from the same word in the lowered text). A text of
# these only is scanned word by word; any other text takes the whole-text search.
_TOKEN_UNSAFE = re.compile(
    "[^\x00-\xb1\xb4-\xb8\xba\xbb\xbf-\u02bb\u02bd-\u02ff\u0370-\u03a2\u03a4-\u0482\u048a-\u052f"
    "\u2000-\u200b\u200e-\u203e\u2041-\u2053\u2055-\u206f\u20a0-\u20cf]"
)
# The same, plus the safe characters whose lower case is not ("Ⱥ" lowers to "ⱥ", U+2C65;
# "İ" too, but it changes the text's length, and such a text is not lowered): searched
# in a text, it says whether the text or its same-length lowering holds an unsafe one.
_TOKEN_UNSAFE_LOWERED = re.compile(
    "[^\x00-\xb1\xb4-\xb8\xba\xbb\xbf-\u0239\u023b-\u023d\u023f-\u02bb\u02bd-\u02ff"
    "\u0370-\u03a2\u03a4-\u0482\u048a-\u052f"
    "\u2000-\u200b\u200e-\u203e\u2041-\u2053\u2055-\u206f\u20a0-\u20cf]"
)


@cache
def _word_scanner(lang: str, lower: bool = True) -> Scanner:
    """The scanner of candidates and vague amounts; `lower`: it lowers the words itself."""
    grammar = _grammar(lang)
    return Scanner([grammar.candidates_at_word, grammar.vague], on_re=False, lower=lower)


def _find_candidates(
    text: str, lowered: str, grammar: _Grammar, tokens: Tokens | None
) -> tuple[list[int], Iterable[Any]]:
    """Where numbers may begin, and the vague amounts, in lowercased text.

    With the text's words (`tokens`), only the words that can start a candidate are tried
    (`Scanner`), plus the minus signs and decimal separators; otherwise (or when the text
    holds characters on which the two word notions differ) one search over the whole text.
    Both give the same spans.
    """
    unsafe = _TOKEN_UNSAFE if lowered is text else _TOKEN_UNSAFE_LOWERED  # one search
    if tokens is None or unsafe.search(text):
        timeout = _timeout(text)
        starts = [c.start() for c in grammar.candidates.finditer(lowered, timeout=timeout)]
        # Read now: the timeout's clock starts with the iterator, and the numbers are
        # scanned before the vague amounts are read (on a slow machine that alone spent it).
        return starts, list(grammar.vague.finditer(lowered, timeout=timeout))
    # The words keep their case: each lowers to its slice of `lowered` (no unsafe character),
    # and the scanner lowers them itself, only when they are new to its caches. When
    # lowering would shift offsets, `lowered` is the text itself, scanned as it is.
    at_word, vague = _word_scanner(grammar.lang, lowered is not text).scan(lowered, tokens)
    at_sign = grammar.candidates_at_sign.finditer(lowered, timeout=_timeout(text))
    return sorted([m.start() for m in at_word] + [m.start() for m in at_sign]), vague


def _find_number_matches(
    text: str, lowered: str, grammar: _Grammar, starts: list[int] | None = None
) -> Iterator[Any]:
    """Matches of the number grammar, tried only where the candidate pass says one may begin.

    The candidate pass runs case-sensitively on lowercased text, several times faster than a
    case-insensitive scan with the whole grammar; it falls back to the original text when
    lowering changes its length (offsets must stay valid).
    """
    if starts is None:
        starts, _ = _find_candidates(text, lowered, grammar, None)
    position = 0
    for start in starts:
        if start < position:
            continue  # inside the number just read
        # bounded: a number is at most 41 words, so the attempt never runs far
        match = grammar.numbers.match(text, start, start + _MAX_NUMBER)
        if match is not None and match.end() > start:
            yield match
            position = match.end()


def _scan(
    text: str, lang: str, lowered: str = "", starts: list[int] | None = None
) -> list[_Number]:
    """Every number of `text`, with what `find_amounts` needs to judge it."""
    grammar = _grammar(lang)
    found: list[_Number] = []
    # Groups by number: the `regex` module looks names up slowly.
    slot = grammar.number_groups
    names = ("blocked", "sign", "suffix", "digits", "lone", "words", "fraction")
    slots = tuple(slot[name] for name in names)
    for match in _find_number_matches(text, lowered or _lowered(text), grammar, starts):
        blocked, signed, suffix, digits, lone, words, fraction = match.group(*slots)
        if blocked is not None:
            continue
        multipliers = match.captures(slot["mult"])
        factor = 1.0
        for word in multipliers:
            factor *= _multiplier_factor(word.casefold(), lang) or 1
        approx = any(grammar.approximate.fullmatch(word) for word in multipliers)
        if suffix:
            factor *= grammar.suffixes[suffix]
        sign = -1.0 if signed else 1.0
        start = match.start(slot["sign"]) if signed else match.start()
        if digits is not None:
            value = _digits_value(digits, grammar)
            bare = digits.isdigit() and factor == 1.0
            found.append(
                _Number(start, match.end(), sign * value * factor, "digits", bare, factor, approx)
            )
            continue
        if lone is not None:
            found.append(_Number(start, match.end(), sign * factor, "words", False, factor, approx))
            continue
        words_start, words_end = match.span(slot["words"])
        if not multipliers and words.casefold() in grammar.articles:
            continue  # "un soldat": an article, not a number
        value = _words_value(words, lang)
        if value is None:  # not one number: read its pieces, the last one takes the multipliers
            pieces = list(_split_words(text, words_start, words_end, grammar))
            for piece_start, piece_end, piece in pieces[:-1]:
                if text[piece_start:piece_end].casefold() not in grammar.articles:
                    found.append(_Number(piece_start, piece_end, piece, "words", False, 1.0, False))
            if not pieces:
                continue
            words_start, _, value = pieces[-1]
            if not multipliers and text[words_start:words_end].casefold() in grammar.articles:
                continue
            start = words_start if start == match.start() else start
        if fraction is not None:
            fraction_value = _fraction_value(fraction, lang)
            if fraction_value is None:
                found.append(_Number(start, words_end, sign * value, "words", False, 1.0, False))
                continue
            value += fraction_value
        found.append(
            _Number(start, match.end(), sign * value * factor, "words", False, factor, approx)
        )
    return _with_fractions(text, found, grammar)


def _with_fractions(text: str, found: list[_Number], grammar: _Grammar) -> list[_Number]:
    """Fractions of a multiplier: before it ("half a million", « un demi-million », "a
    quarter of a million", "half a dozen"), or a half after a number of thousands or more
    ("a million and a half", « deux millions et demi », "two and a half million").

    >>> [n.value for n in _scan("nearly half a million, a quarter of a million", "en")]
    [500000.0, 250000.0]
    >>> [n.value for n in _scan("un million et demi, une demi-douzaine, deux ans et demi", "fr")]
    [1500000.0, 6.0, 2.0]
    >>> [n.value for n in _scan("two and a half thousand", "en")]
    [2500.0]
    """
    fractions = []
    for match in grammar.fraction.finditer(text):
        factor = _multiplier_factor(match.group("mult").casefold(), grammar.lang)
        if factor is None:
            continue
        # "two and a half million": the number before, and a half, of the multiplier
        before = [n for n in found if n.end <= match.start()][-1:]
        half = grammar.half_after.match(text, before[0].end) if before else None
        if half is not None and half.end() >= match.start("mult") - 1:
            value = (before[0].value + 0.5) * factor
            fractions.append(
                _Number(before[0].start, match.end(), value, "words", False, factor, False)
            )
            continue
        head = text[match.start() : match.start("mult")].rstrip(" -")
        if len(head.split()) > 1 and head.rsplit(None, 1)[-1].casefold() in grammar.articles:
            head = head.rsplit(None, 1)[0]  # "half a": the fraction is "half"
        value = next((v for p, v in grammar.fraction_values if p.search(head)), None)
        if value is not None:
            fractions.append(
                _Number(match.start(), match.end(), value * factor, "words", False, factor, False)
            )
    if fractions:
        found = [
            n for n in found if not any(f.start < n.end and n.start < f.end for f in fractions)
        ]
        found = sorted(found + fractions, key=lambda n: n.start)
    for index, number in enumerate(found):
        half = grammar.half_after.match(text, number.end)
        if (
            half is not None
            and (number.kind == "words" or number.factor > 1)  # not "1,000 and a half"
            and number.value >= 1000
            and number.value % 1000 == 0
        ):
            unit = 1000 ** int(math.log(number.value, 1000) + 1e-9)  # "un million et demi"
            found[index] = replace(number, end=half.end(), value=number.value + unit / 2)
    return found


def postfix_at(text: str, end: int, lang: str) -> bool:
    """Whether a qualifier cue follows a number ending at `end` ("-odd", "or so", "plus").

    >>> postfix_at("some 12,000-odd troops", 11, "en"), postfix_at("a 12-year war", 4, "en")
    (True, False)
    """
    return _grammar(lang).postfix.match(text, end, end + _CUE_WINDOW) is not None


def find_numbers(text: str, lang: str) -> list[tuple[int, int, float]]:
    """Every number in running text (digits or words), (start, end, value), offsets into text.

    >>> find_numbers("environ 10 000 soldats, puis 1,5 millier et six cents autres", "fr")
    [(8, 14, 10000.0), (29, 40, 1500.0), (44, 53, 600.0)]
    >>> find_numbers("a hundred, 12k and 10,000, not a soldier", "en")
    [(0, 9, 100.0), (11, 14, 12000.0), (19, 25, 10000.0)]
    >>> find_numbers("Kim Jong Un", "fr")
    []
    """
    return [(n.start, n.end, n.value) for n in _scan(text, lang)]


# ---------------------------------------------------------------------------------------------
# Amounts


# What glues a number to its neighbours when it is not a count. Language-neutral; bounded
# repetitions keep them linear on any text. The first one ends at the number (searched backwards).
_GLUED_BEFORE = regex.compile(
    r"""(?: [/=_@\#] \S{0,80}            # inside a URL or an identifier: ".../2207941"
          | \d{4} - (?: \d{1,2} - )?       # the month or the day of an ISO date: "2024-12-24"
          | \p{L} -                        # a model number: "SA-22"
          | \d [:/]                        # a time or a fraction: "10:30", "1/2"
        ) \Z""",
    regex.VERBOSE | regex.REVERSE,
)
# A name or noun and a comma right before a figure: with a comma after it too, a small figure
# is an age in apposition ("Daniel Cho, 58, said"). Language-neutral.
_APPOSITION_BEFORE = re.compile(r"[^\W\d_], \Z")
_MAX_AGE = 120
_GLUED_AFTER = regex.compile(
    r"""(?: \S{0,80} [/=_@]                # inside a URL or an identifier
          | - \d{1,2} - \d{1,2} (?!\d)      # the year of an ISO date
          | [:/] \d                         # a time or a fraction: "10:30", "24/7"
        )""",
    regex.VERBOSE,
)


_WORD_AFTER = re.compile(r"[ \u00a0\u202f]\w")  # a word right after a figure: what it counts


def _is_count(text: str, number: _Number, grammar: _Grammar) -> bool:
    """Whether a number may count people: not a date, year, age, sum, unit, time or model."""
    value = number.value
    if value < 0 or abs(value - round(value)) > 1e-6:
        return False
    window = max(0, number.start - _CUE_WINDOW)
    if (
        number.bare
        and _YEARS[0] <= value <= _YEARS[1]
        and not (
            grammar.cue_before.search(text, window, number.start)
            and _WORD_AFTER.match(text, number.end)
        )
    ):
        return False  # a year: "en 2025", "until at least 2030."; not "au moins 2000 morts"
    if _is_day(text, number, grammar):
        return False  # a day: "le 23 décembre", "December 15"
    ahead = number.end + _CUE_WINDOW
    if grammar.after.match(text, number.end, ahead):
        return False  # a unit, a sum, a percentage, a duration, an age
    if grammar.before.search(text, window, number.start):
        return False  # "$20", "aged 20"
    if _GLUED_BEFORE.search(text, window, number.start):
        return False
    if (
        number.bare
        and value <= _MAX_AGE
        and text[number.end : number.end + 1] == ","
        and _APPOSITION_BEFORE.search(text, window, number.start)
    ):
        return False  # an age between commas after a name: "The tyrant, 41, sent"
    return not _GLUED_AFTER.match(text, number.end, ahead)


_SPACED_DASH = re.compile(r"[ ]+[-–—]+[ ]+")  # "June 4 — Fifty-four": a dateline's dash


def _is_day(text: str, number: _Number, grammar: _Grammar) -> bool:
    """Whether a number is a date's day, a month's name right after or before it."""
    return (
        number.bare
        and 1 <= number.value <= _MAX_DAY
        and (
            grammar.month_after.match(text, number.end, number.end + _CUE_WINDOW) is not None
            or grammar.month_before.search(text, max(0, number.start - _CUE_WINDOW), number.start)
            is not None
        )
    )


def _qualify(text: str, number: _Number, grammar: _Grammar) -> tuple[int, str]:
    """The start of the cue before the number (or the number) and the qualifier it gives."""
    window = max(0, number.start - _CUE_WINDOW)
    cue = grammar.cue_before.search(text, window, number.start)
    postfix = grammar.postfix.match(text, number.end, number.end + _CUE_WINDOW)
    if cue is not None:
        return cue.start(), cue.lastgroup or "approx"
    if postfix is not None:
        return number.start, postfix.lastgroup or "approx"
    return number.start, "approx" if number.approx else "exact"


def _point_amount(text: str, number: _Number, grammar: _Grammar) -> Amount:
    start, qualifier = _qualify(text, number, grammar)
    best = round(number.value)
    low = best if qualifier == "at_least" else None
    high = best if qualifier == "at_most" else None
    rule = "amount.approx_noun" if number.approx else f"amount.{number.kind}"
    return Amount(start, number.end, number.start, best, low, high, qualifier, rule)


def _range_amount(text: str, low: _Number, high: _Number, grammar: _Grammar) -> Amount | None:
    """`low` and `high` as a range ("entre 10 000 et 12 000", "10,000-12,000"), or None."""
    window = max(0, low.start - _CUE_WINDOW)
    if high.start - low.end > _CUE_WINDOW:
        return None
    between = grammar.range_between.search(text, window, low.start)
    opener = between or grammar.range_from.search(text, window, low.start)
    linked = grammar.range_link.fullmatch(text, low.end, high.start) or (
        between and grammar.range_between_link.fullmatch(text, low.end, high.start)
    )
    if not linked:
        return None
    low_value = low.value
    if high.factor > 1 and low.factor == 1:
        low_value *= high.factor  # "2 to 3 million"
    elif low.bare and not high.bare and low_value < 1000 and low_value * 1000 <= high.value:
        low_value *= 1000  # "10 à 12 000"
    elif low.kind == high.kind == "words" and low.factor == 1 and low_value < 100:
        # "onze à douze mille", "eleven to twelve thousand", "deux à trois cents": the
        # scale closing the range is the first number's too, when it is of its order
        scale = next((s for s in (1_000_000, 1000, 100) if high.value % s == 0), 1)
        if low_value * scale <= high.value < low_value * scale * 10:
            low_value *= scale
    if not low_value < high.value:
        return None
    start = opener.start() if opener else low.start
    return Amount(
        start, high.end, low.start, None, round(low_value), round(high.value), "range",
        "amount.range",
    )  # fmt: skip


def _vague_amounts(text: str, grammar: _Grammar, matches: Iterable[Any]) -> list[Amount]:
    """Vague amounts ("des milliers", "tens of thousands") in lowercased `text`, from the
    matches of `grammar.vague`."""
    found = []
    for match in matches:
        ahead = match.end() + _CUE_WINDOW
        if grammar.after.match(text, match.end(), ahead) or grammar.multiplier_word.match(
            text, match.end(), ahead
        ):
            continue  # "des milliers de kilomètres", "hundreds of millions"
        low, high = VAGUE_BOUNDS[match.lastgroup or "thousands"]
        found.append(
            Amount(match.start(), match.end(), match.start(), None, low, high, "vague",
                   "amount.vague")
        )  # fmt: skip
    return found


def _first_to_start(
    numbers: list[_Number], vague: list[Amount]
) -> tuple[list[_Number], list[Amount]]:
    """Drop what overlaps an earlier span: a vague amount may hold a number word."""
    spans = sorted([*numbers, *vague], key=lambda span: (span.start, -span.end))
    kept_numbers: list[_Number] = []
    kept_vague: list[Amount] = []
    covered = 0
    for span in spans:
        if span.start < covered:
            continue
        covered = span.end
        if isinstance(span, Amount):
            kept_vague.append(span)
        else:
            kept_numbers.append(span)
    return kept_numbers, kept_vague


def find_amounts(text: str, lang: str, tokens: Tokens | None = None) -> list[Amount]:
    """Countable amounts: numbers with their qualifier cues, ranges and vague amounts.

    Excludes dates, years, ages, ordinals, money, percentages, units (km, hectares...),
    durations (weeks...), times, and parts of names ("Kim Jong Un" is not a number).
    `tokens`, the words of `text` or of `normalize(text)` (`extract.text.tokenize`), make
    the search faster when the caller has them.

    >>> [(a.best, a.qualifier) for a in find_amounts("près de 10 000 soldats le 23 décembre", "fr")]
    [(10000, 'approx')]
    >>> [(a.low, a.high, a.qualifier) for a in find_amounts("between 300 and 1,000 troops", "en")]
    [(300, 1000, 'range')]
    >>> [(a.low, a.high, a.qualifier) for a in find_amounts("des milliers de morts", "fr")]
    [(2000, 9999, 'vague')]
    """
    grammar = _grammar(lang)
    lowered = _lowered(text)
    starts, vague_matches = _find_candidates(text, lowered, grammar, tokens)
    numbers, vague = _first_to_start(
        _scan(text, lang, lowered, starts), _vague_amounts(lowered, grammar, vague_matches)
    )
    amounts: list[Amount] = list(vague)
    i = 0
    while i < len(numbers):
        number = numbers[i]
        if i + 1 < len(numbers):
            following = numbers[i + 1]
            ranged = _range_amount(text, number, following, grammar)
            if ranged is not None:
                if _is_count(text, following, grammar) and _is_count(text, number, grammar):
                    amounts.append(ranged)
                elif _is_day(text, number, grammar) and (
                    following.value > _MAX_DAY
                    or _SPACED_DASH.fullmatch(text, number.end, following.start)
                ):
                    i += 1  # a dateline's day, a dash, a figure: "June 4 - 54 soldiers"
                    continue  # (not the days of a period, "June 4-6")
                i += 2
                continue
            if _ALTERNATIVE.fullmatch(text, number.end, following.start) and not _is_count(
                text, following, grammar
            ):
                i += 1  # "18 ou 19 ans", "two or three weeks": the unit counts both
                continue
            if _is_score(text, number, following):
                i += 2  # "lost 2-1", "3-3": a score counts no one
                continue
        if _is_count(text, number, grammar):
            amounts.append(_point_amount(text, number, grammar))
        i += 1
    return sorted(amounts, key=lambda amount: amount.start)


def _is_score(text: str, first: _Number, second: _Number) -> bool:
    """Two small bare numbers joined by a dash, the second no larger ("2-1"): a score or a
    tally of a match, not a range (a range rises: "10-12").

    >>> from collections import namedtuple
    >>> N = namedtuple("N", "start end value bare")
    >>> _is_score("lost 2-1", N(5, 6, 2, True), N(7, 8, 1, True))
    True
    >>> _is_score("10-12", N(0, 2, 10, True), N(3, 5, 12, True))
    False
    """
    return (
        first.bare
        and second.bare
        and second.value <= first.value <= _MAX_SCORE
        and _DASH.fullmatch(text, first.end, second.start) is not None
    )


_MAX_SCORE = 99
_DASH = re.compile(r"[-–]")


# Between two numbers given as alternatives: a dash, a slash or one short word ("ou", "or",
# "à", "to"). Language-neutral: no lexicon word is needed to see the pair.
_ALTERNATIVE = re.compile(r"[ ]?[-–/][ ]?|[ ]+\w{1,2}[ ]+")
