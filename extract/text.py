"""Text plumbing shared by the claim rules: one normalisation, sentences, phrase patterns.

Normalisation maps typographic variants to one character each (no-break spaces, curly
apostrophes, non-breaking hyphens) with a same-length translation, so every offset found in
the normalised text is an offset into the original one.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, compress
from typing import NamedTuple, Protocol, TypeVar

import regex

# Regex calls on article text stop after this many seconds: a safety net, since the patterns
# themselves are written without nested repetition.
TIMEOUT = 2.0

_SAME_LENGTH = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u202f": " ",  # narrow no-break space
        "\u2009": " ",  # thin space
        "\u2019": "'",  # right single quotation mark, the usual apostrophe
        "\u2018": "'",
        "\u02bc": "'",
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",
        "\u00ad": "-",  # soft hyphen
        "\u201c": '"',
        "\u201d": '"',
        "\t": " ",
    }
)


# The characters `normalize` replaces, and one pattern that finds them: most of a text has
# none, and replacing only the matches is much faster than translating every character.
_REPLACEMENTS = {chr(code): char for code, char in _SAME_LENGTH.items()}
_VARIANT = re.compile("[" + "".join(re.escape(char) for char in _REPLACEMENTS) + "]")


def normalize(text: str) -> str:
    """Same-length normalisation: offsets stay valid.

    >>> normalize("l\u2019arm\u00e9e sud\u2011cor\u00e9enne")
    "l'armée sud-coréenne"
    >>> len(normalize("a\u202fb")) == len("a\u202fb")
    True
    """
    return _VARIANT.sub(_replacement, text)


def _replacement(match: re.Match) -> str:
    return _REPLACEMENTS[match.group()]


def phrase_pattern(phrases: Iterable[str], *, ignore_case: bool = True) -> regex.Pattern:
    """One alternation of lexicon phrases, longest first, on word boundaries.

    Spaces in a phrase match any run of spaces; phrases are `regex` patterns already.

    >>> bool(phrase_pattern(["plus\\\\s+de", "plus"]).match("plus de"))
    True
    >>> phrase_pattern(["tués?"]).search("abattués") is None
    True
    """
    flags = regex.VERSION0 | (regex.IGNORECASE if ignore_case else 0)
    return regex.compile(phrase_source(phrases), flags)


def standard_phrase_pattern(phrases: Iterable[str], *, ignore_case: bool = True) -> re.Pattern:
    """`phrase_pattern` on the standard `re` engine, for searches in short windows.

    Several times faster to compile and to run on these alternations; lexicon phrases
    cannot nest repetitions (the loader refuses them), so they cannot backtrack
    catastrophically and need no timeout.

    >>> standard_phrase_pattern(["tués?"]).search("30 tués, 5 blessés").group()
    'tués'
    """
    return re.compile(phrase_source(phrases), re.IGNORECASE if ignore_case else 0)


def longest_first_key(pattern: str) -> tuple[int, str]:
    """Sort key of an alternation's patterns: longest first, then in text order, so that the
    same lexicon makes the same pattern in every process (a set's order depends on it).

    >>> sorted({"tués?", "morts", "tués ou blessés"}, key=longest_first_key)
    ['tués ou blessés', 'morts', 'tués?']
    """
    return -len(pattern), pattern


def phrase_source(phrases: Iterable[str]) -> str:
    """The source of `phrase_pattern`, for a pattern made of several (not compiled).

    >>> phrase_source(["tués?", "morts"])
    '(?<![\\\\w-])(?:(?:morts)|(?:tués?))(?![\\\\w-])'
    """
    parts = sorted({p for p in phrases if p}, key=longest_first_key)
    if not parts:
        return r"(?!)"
    body = "|".join(f"(?:{p})" for p in parts)
    return rf"(?<![\w-])(?:{body})(?![\w-])"


_WORDS = re.compile(r"(\w+)")  # split on it: separators and words alternate


class Tokens(NamedTuple):
    """The words of a text as columns: where each starts and ends, and its text; `gaps`
    holds the text between each word and the next (None: `Scanner.scan` slices it)."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    gaps: list[str] | None = None


def tokenize(text: str) -> Tokens:
    """Words of a text, for `Scanner.scan`; compute once per text and share.

    One split and running sums of the piece lengths: no Python loop over the words.

    >>> tokenize("l'armée, 10 000")
    Tokens(starts=[0, 2, 9, 12], ends=[1, 7, 11, 15], words=['l', 'armée', '10', '000'], \
gaps=["'", ', ', ' '])
    """
    pieces = _WORDS.split(text)  # separator, word, separator, ..., separator
    offsets = list(accumulate(map(len, pieces)))  # where each piece ends
    return Tokens(offsets[:-1:2], offsets[1::2], pieces[1::2], pieces[2:-1:2])


class Scanner:
    """Run many patterns over a text in one pass over its words.

    A pattern is tried only where a word starts that can begin one of its matches: which
    patterns a word can begin is decided once per distinct word (a partial match of the
    word alone, with `regex`) and cached, so a text costs one tokenisation plus a few
    anchored matches, instead of one full scan per pattern. The anchored matches use the
    standard `re` engine, several times faster on these simple alternations; lexicon
    patterns cannot nest repetitions (the loader refuses them), so they cannot backtrack
    catastrophically. Matches of one pattern do not overlap (leftmost first).

    >>> killed, out = phrase_pattern(["tués?"]), phrase_pattern([r"mis\\s+hors\\s+de\\s+combat"])
    >>> found = Scanner([killed, out]).scan("30 tués, 5 mis hors de combat")
    >>> [[m.group() for m in matches] for matches in found]
    [['tués'], ['mis hors de combat']]
    """

    def __init__(
        self, patterns: Iterable[regex.Pattern], *, on_re: bool = True, lower: bool = False
    ) -> None:
        """`on_re=False` keeps the anchored matches on `regex` (for `regex`-only syntax).

        `lower=True`: the text scanned is the lowercased text of the tokens' words (which
        may keep their case: each lowers to its own slice of the text), for patterns
        written for lowercased text.
        """
        self.patterns = tuple(patterns)
        self.fast = tuple(
            p if isinstance(p, re.Pattern) else standard(p) if on_re else p for p in self.patterns
        )
        self._ids = tuple(map(id, self.patterns))  # the keys of `matches` (`Scanned`)
        # where each may start: itself, or the shorter pattern of its first words (`starts`)
        self.partials = tuple(_STARTS.get(p, p) for p in self.patterns)
        self.lower = lower
        self._starts: dict[str, tuple[int, ...]] = {}
        self._pairs: dict[tuple[str, str, str], tuple[int, ...]] = {}

    def _candidates(self, word: str) -> tuple[int, ...]:
        """The patterns a word can begin, among those its first letters can begin ("m",
        then "mi", then "million"): a cold cache costs a few tests per word, not one per
        pattern."""
        found = self._starts.get(word)
        if found is not None:
            return found
        shorter = word[: min(len(word) - 1, 2)]
        among = self._candidates(shorter) if shorter else range(len(self.patterns))
        found = tuple(index for index in among if _partial(self.partials[index], word))
        if len(self._starts) < _CACHE_LIMIT:  # bounded: hostile text cannot grow it forever
            self._starts[word] = found
        return found

    def _word_candidates(self, word: str) -> tuple[int, ...]:
        """`_candidates` of a word of the tokens (lowered first with `lower`)."""
        found = self._starts.get(word)
        if found is None:
            found = self._candidates(word.lower() if self.lower else word)
            if len(self._starts) < _CACHE_LIMIT:
                self._starts[word] = found
        return found

    def _pair(self, text: str, start: int, end: int, key: tuple[str, str, str]) -> tuple[int, ...]:
        """The patterns that can begin at a word (`key`: the word, the gap after it and the
        next word; `text[start:end]` is their text): the word's candidates that its next
        word can continue ("de la", not "de 300"), when that word is near."""
        found = self._word_candidates(key[0])
        if found and end - len(key[2]) - start <= _PAIR_REACH:
            pair = text[start:end]
            found = tuple(index for index in found if _partial(self.partials[index], pair))
        if len(self._pairs) < _CACHE_LIMIT:
            self._pairs[key] = found
        return found

    def scan(self, text: str, tokens: Tokens | None = None) -> list[list]:
        """Matches of each pattern, in text order (`tokens` from `tokenize(text)`).

        A word's candidates are narrowed by the text up to the end of the next word: a
        match starting here must go through that text (a partial match of it), so function
        words ("de", "the") only try the phrases their next word can continue. The result
        is cached by the word, the gap and the next word: a warm text costs one lookup per
        word, then a loop over the words that can begin some pattern.
        """
        starts, ends, words, gaps = tokens if tokens is not None else tokenize(text)
        found: list[list] = [[] for _ in self.patterns]  # re.Match or regex.Match
        if not words:
            return found
        if gaps is None:
            gaps = [text[end:start] for end, start in zip(ends, starts[1:], strict=False)]
        keys = list(zip(words, gaps, words[1:], strict=False))
        candidates = list(map(self._pairs.get, keys))
        candidates.append(self._word_candidates(words[-1]))  # the last word has no next
        if None in candidates:
            candidates = [
                known if known is not None else self._pair(text, start, end, key)
                for known, key, start, end in zip(candidates, keys, starts, ends[1:], strict=False)
            ] + candidates[-1:]
        reached = [0] * len(self.patterns)
        fast = self.fast
        # Most words begin no pattern: the loop only visits those with candidates.
        for position in compress(range(len(candidates)), candidates):
            start = starts[position]
            for index in candidates[position]:
                if start < reached[index]:
                    continue
                match = fast[index].match(text, start)
                if match and match.end() > start:
                    found[index].append(match)
                    reached[index] = match.end()
        return found

    def matches(self, text: str, tokens: Tokens | None = None) -> Scanned:
        """`scan` keyed by pattern, for callers that share one pass over a text."""
        return Scanned(zip(self._ids, self.scan(text, tokens), strict=True))


def _partial(pattern: regex.Pattern, text: str) -> bool:
    """Whether `text` is the start of a match of `pattern` (or holds one at its start).

    A short text (a word, a word and the next) is matched without the timeout, whose clock
    costs more than such a match: the scanner's patterns nest no repetition, so on a few
    dozen characters they cannot take long. Longer texts keep the timeout.
    """
    if len(text) <= _SHORT:
        return pattern.match(text, partial=True) is not None
    return pattern.match(text, partial=True, timeout=TIMEOUT) is not None


class Scanned(dict):
    """The matches of each pattern of one scan, looked up by the pattern object itself: a
    standard pattern hashes its whole compiled program (77 µs for the countries of the
    world), so the dictionary is keyed by identity."""

    def __getitem__(self, pattern: regex.Pattern | re.Pattern) -> list:
        return super().__getitem__(id(pattern))

    def __contains__(self, pattern: object) -> bool:
        return super().__contains__(id(pattern))

    def __setitem__(self, pattern: regex.Pattern | re.Pattern, matches: list) -> None:
        super().__setitem__(id(pattern), matches)


# Patterns too long to compile with `regex` (its compiler is pure Python: seconds for the
# countries of the world), matched on the standard engine: the scanner finds where they may
# start with a short `regex` pattern of their alternatives' first words (`starts`).
_STARTS: dict[re.Pattern, regex.Pattern] = {}


def starts(pattern: re.Pattern, alternatives: Iterable[str], opening: str = "") -> re.Pattern:
    """Give a long standard pattern, the alternation of `alternatives` (after `opening`), to
    the scanner with the pattern of their first two words, which begins wherever it may
    begin (each of its matches starts with one of them): the scanner tries it there only.

    >>> names = [r"Democratic\\s+Republic\\s+of\\s+the\\s+Congo", "Rwanda"]
    >>> found = Scanner([starts(re.compile("|".join(names)), names)])
    >>> [m.group() for m in found.scan("the Democratic Republic of the Congo and Rwanda")[0]]
    ['Democratic Republic of the Congo', 'Rwanda']
    """
    words = sorted({_first_words(a) for a in alternatives}, key=longest_first_key)
    flags = regex.VERSION0 | (regex.IGNORECASE if pattern.flags & re.IGNORECASE else 0)
    _STARTS[pattern] = regex.compile(f"{opening}(?:{'|'.join(f'(?:{w})' for w in words)})", flags)
    return pattern


def _first_words(pattern: str, count: int = 2) -> str:
    """A pattern up to its `count`-th space or `\\s` outside any group or set: what a match of
    it starts with. Two words, as many as the scanner reads to tell where a pattern may begin
    (a word and the next one): « [Ll]a\\s+RDC » begins at "la RDC", not at every "la".

    >>> print(_first_words(r"S(?:ain)?t\\.?\\s+Vincent\\s+and"), _first_words(r"(?:New\\s+York)-a"))
    S(?:ain)?t\\.?\\s+Vincent (?:New\\s+York)-a
    """
    depth = 0
    index = 0
    while index < len(pattern):
        char = pattern[index]
        space = char == " " or (char == "\\" and pattern[index + 1 : index + 2] == "s")
        if space and depth == 0:
            count -= 1
            if count == 0:
                return pattern[:index] or pattern
        if char == "\\":
            index += 2
            continue
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        index += 1
    return pattern


_CACHE_LIMIT = 200_000  # entries per scanner cache
_PAIR_REACH = 40  # characters from a word to the next one beyond which it is not narrowed
_SHORT = 64  # characters: a partial match on a text this short needs no timeout


@cache
def standard(pattern: regex.Pattern) -> re.Pattern:
    """The same pattern for the standard `re` engine (lexicon patterns use common syntax)."""
    flags = 0
    if pattern.flags & regex.IGNORECASE:
        flags |= re.IGNORECASE
    if pattern.flags & regex.VERBOSE:
        flags |= re.VERBOSE
    return re.compile(pattern.pattern, flags)


@cache
def _word_pattern() -> regex.Pattern:
    return regex.compile(r"[\w][\w'-]*", regex.VERSION1)


def words(text: str) -> list[str]:
    """Words of a stretch of text (letters, digits, inner apostrophes and hyphens).

    >>> words("l'armée sud-coréenne, 10 000")
    ["l'armée", 'sud-coréenne', '10', '000']
    """
    return _word_pattern().findall(text, timeout=TIMEOUT)


class _Span(Protocol):
    start: int
    end: int


SpanT = TypeVar("SpanT", bound=_Span)


def longest_first(spans: Iterable[SpanT]) -> list[SpanT]:
    """The spans that overlap no longer one (at equal length, no earlier one), in text order.

    Each span is checked against its neighbours among the kept ones (bisect), not all.

    >>> from collections import namedtuple
    >>> Span = namedtuple("Span", "start end")
    >>> longest_first([Span(0, 4), Span(3, 9), Span(9, 12), Span(10, 11)])
    [Span(start=3, end=9), Span(start=9, end=12)]
    """
    chosen: list[SpanT] = []  # in the order they were kept
    starts: list[int] = []  # the kept spans by start: their ends are in order too
    ends: list[int] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        # The kept spans that start before this one ends; the last of them ends last.
        before = bisect_left(starts, span.end)
        if before and ends[before - 1] > span.start:
            continue
        at = bisect_left(starts, span.start)
        starts.insert(at, span.start)
        ends.insert(at, span.end)
        chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


@dataclass(frozen=True)
class Sentence:
    start: int  # offset of the first character in the body
    end: int  # offset after the last character
    paragraph: int  # index of the paragraph (blank-line or line-break separated)


# A sentence ends at ., ! or ? (closing quotes allowed) before a space and a capital, a
# digit or an opening quote; a line break always ends one. The boundary is tried only at
# the end marks and line breaks (`_MARK`, one fast pass over the text), with the standard
# `re` engine (no nested repetition: it cannot backtrack); the next character is captured
# and `_starts_sentence` keeps only capitals and digits (`re` has no Unicode letter classes).
_MARK = re.compile(r"[.!?…\n]")
_BOUNDARY = re.compile(
    r"""
    (?P<stop>[.!?…])               # the end mark
    [»"')\]]{0,3}                  # closing quotes or brackets
    (?:[¹²³⁰-⁹]{1,3}|\[\d{1,3}\])?  # a footnote marker ("drones.⁴ If", "morts.[3] Les")
    (?P<space>[ ]+)                # space before the next sentence
    (?=(?:[«"(\[][ ]?)?(?P<next>\w))  # the next sentence's first character ("« Nous")
    |
    (?P<newline>\n+[ ]*)           # a line break (the spaces before it end the sentence)
    """,
    re.VERBOSE,
)
_LAST_WORD = re.compile(r"([\w.'-]+)$")


def _starts_sentence(char: str) -> bool:
    """A capital letter or a decimal digit (the Unicode categories Lu and Nd).

    >>> [_starts_sentence(c) for c in "Aé9É_"]
    [True, False, True, True, False]
    """
    return char.isdecimal() or unicodedata.category(char) == "Lu"


def split_sentences(text: str, abbreviations: Iterable[str] = ()) -> list[Sentence]:
    """Sentences of a body, with offsets; line breaks start new paragraphs.

    >>> body = "M. Lee a parlé. Il a dit 10 000.\\nSuite ici."
    >>> [body[s.start:s.end] for s in split_sentences(normalize(body), ["M"])]
    ['M. Lee a parlé.', 'Il a dit 10 000.', 'Suite ici.']
    """
    abbreviation = _abbreviation_pattern(tuple(abbreviations))
    sentences: list[Sentence] = []
    start, paragraph = 0, 0
    reached = 0
    for mark in _MARK.finditer(text):
        if mark.start() < reached:
            continue  # inside the boundary just read
        match = _BOUNDARY.match(text, mark.start())
        if match is None:
            continue
        reached = match.end()
        if match.group("newline") is not None:
            end = match.start()
            _add(sentences, text, start, end, paragraph)
            start, paragraph = match.end(), paragraph + 1
            continue
        if not _starts_sentence(match.group("next")):
            continue
        end = match.start("space")
        before = _LAST_WORD.search(text, max(start, match.start("stop") - 12), match.start("stop"))
        if (
            abbreviation is not None
            and before
            and text[match.start("stop")] == "."
            and abbreviation.match(before.group(1).rstrip("."))
        ):
            continue
        _add(sentences, text, start, end, paragraph)
        start = match.end()
    _add(sentences, text, start, len(text), paragraph)
    return sentences


@cache
def _abbreviation_pattern(abbreviations: tuple[str, ...]) -> re.Pattern | None:
    if not abbreviations:
        return None
    return re.compile(r"^(?:" + "|".join(a for a in abbreviations if a) + r")$", re.IGNORECASE)


# No real sentence is this long; a longer run (a list, a table flattened to text, hostile
# input) is cut at spaces into pieces of at most this many characters, which bounds the work
# the claim rules do per sentence and keeps extraction linear in the length of the text.
MAX_SENTENCE = 1500


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        sentences.append(Sentence(start, cut, paragraph))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        sentences.append(Sentence(start, end, paragraph))


def dispatched(
    groups: Sequence[tuple[str, Sequence[str]]], *, ignore_case: bool = True, suffix: str = ""
) -> str:
    """An alternation of named groups of alternatives, each group `(?P<name>...)` in order,
    written so that the standard engine tries, at a position, only the alternatives that can
    start with its character: a lookahead on that character opens a branch holding them
    (the groups become `name_k`, `group_index` reads the index back). The same matches as
    the plain alternation, many times faster when it is long (thousands of country names).

    An alternative whose first character cannot be told (`\\w`, a group) is in every branch,
    and in a last one for the other characters. `suffix` follows each group.

    >>> source = dispatched([("s0", ["Rwandans?", "Kigali"]), ("s1", ["Burundi", r"\\d+"])])
    >>> pattern = re.compile(source, re.IGNORECASE)
    >>> [(m.group(), group_index(m)) for m in pattern.finditer("Rwandan, kigali and 12 Burundi")]
    [('Rwandan', 0), ('kigali', 0), ('12', 1), ('Burundi', 1)]
    """
    firsts = [
        [_first_characters(a, ignore_case) for a in alternatives] for _, alternatives in groups
    ]
    keys = sorted({c for sets in firsts for first in sets if first is not None for c in first})
    branches = []
    for char in [*keys, None]:
        inside = []
        for (name, alternatives), sets in zip(groups, firsts, strict=True):
            chosen = [
                a
                for a, first in zip(alternatives, sets, strict=True)
                if first is None or (char is not None and char in first)
            ]
            if chosen:
                body = "|".join(f"(?:{a})" for a in chosen)
                inside.append(f"(?P<{name}_{len(branches)}>{body}){suffix}")
        if inside:
            lookahead = f"(?={re.escape(char)})" if char is not None else ""
            branches.append(f"{lookahead}(?:{'|'.join(inside)})")
    return f"(?:{'|'.join(branches) or '(?!)'})"


def group_index(match: re.Match) -> int:
    """The index in the name of the group a match of a grouped pattern went through ("s12"
    and "s12_3" are group 12).

    >>> group_index(re.match("(?P<g7_2>a)", "a"))
    7
    """
    return int(_GROUP_NUMBER.search(match.lastgroup).group())


_GROUP_NUMBER = re.compile(r"\d+")


def _first_characters(pattern: str, ignore_case: bool) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with (lower case with `ignore_case`:
    the branch's lookahead ignores case too), or None when they cannot be told simply.

    >>> sorted(_first_characters(r"[ÉE]tat-major", False)), _first_characters(r"\\w+", False)
    (['E', 'É'], None)
    >>> sorted(_first_characters(r"(?<!of\\s)Rwanda", True))
    ['r']
    """
    found = _FIRST.match(pattern)
    if found is None:
        return _group_first_characters(pattern, ignore_case)
    chars = {found.group("char")} if found.group("char") else set(found.group("set"))
    if ignore_case:
        chars = {c.lower() for c in chars}
        if any(len(c) != 1 or c.upper().lower() != c for c in chars):
            return None  # a letter whose cases do not round-trip ("ß", "İ"): not simple
    return frozenset(chars)


def _group_first_characters(pattern: str, ignore_case: bool) -> frozenset[str] | None:
    """The first characters of a pattern opening with a group of alternatives that each
    tell theirs ("(?:Yulia|Ioulia)\\s+Tymoshenko": I, Y), or None.

    >>> sorted(_group_first_characters(r"(?:Yulia|[Ii]oulia)\\s+Tymoshenko", False))
    ['I', 'Y', 'i']
    >>> sorted(_group_first_characters(r"(?:Dzhokhar\\s+)?Dudayev", False))
    ['D']
    >>> sorted(_group_first_characters(r"(?<!Islam\\s)(?:Gaddafi|Kadhafi)", False))
    ['G', 'K']
    """
    opening = _LOOKBEHINDS.match(pattern).end()
    if not pattern.startswith("(?:", opening):
        return None
    depth, start, parts = 0, opening + 3, []
    index = opening + 3
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            close = pattern.find("]", index + 1)
            if close < 0:
                return None
            index = close + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                parts.append(pattern[start:index])
                break
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    else:
        return None  # unbalanced
    chars: set[str] = set()
    after = pattern[index + 1 :]
    if after[:1] in ("?", "*"):  # the group may be skipped: what follows it may open too
        rest = after[1:]
        found = _first_characters(rest, ignore_case) if rest and rest[:1] not in "?+" else None
        if found is None:
            return None
        chars |= found
    elif after[:1] == "{":
        return None
    for part in parts:
        found = _first_characters(part, ignore_case) if part else None
        if found is None:
            return None
        chars |= found
    return frozenset(chars)


_LOOKBEHINDS = re.compile(r"(?:\(\?<[!=][^()]*\))*")


# A pattern's first character after its lookbehinds: a letter or digit, or a set of them
# ("[Pp]", "[ÉE]"), not followed by a repetition that may skip it.
_FIRST = re.compile(r"(?:\(\?<[!=][^()]*\))*(?:(?P<char>[^\W_])|\[(?P<set>[^\W_]+)\])(?![?*]|\{0)")
