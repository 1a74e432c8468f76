"""Read article files robustly: front matter, encodings, bad input, folders.

An article file is text with an optional front matter (DESIGN.md, "Article input"):

    ---
    title: ...
    published: 2025-04-28
    language: fr
    ---
    body ...

A saved web page (`.html`, `.htm`, or any file whose content is an HTML document) is read
through trafilatura (`extract.ingest`): its main text is the body, its metadata fill the
same fields.

`read_article` returns an `Article` or raises `ArticleError` with one clear line saying what
is wrong with the file (empty, binary, too large, undecodable, broken front matter, impossible
date, unknown language, no text). `iter_articles` reads files and folders, reports each bad
file through a callback and goes on with the others.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as folder:
...     path = Path(folder) / "kcna-2025.txt"
...     _ = path.write_text("---\\npublished: 2025-04\\nlanguage: fr\\n---\\nLe texte.\\n")
...     article = read_article(path)
>>> article.article_id, article.published, article.language, article.body
('kcna-2025', '2025-04', 'fr', 'Le texte.\\n')
"""

from __future__ import annotations

import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import regex
import yaml

from extract.lexicon import LEXICON_DIR, LexiconError, load_yaml, validate

MAX_BYTES = 5 * 1024 * 1024  # a news article is a few kB; anything larger is not one
# What a folder scan picks up (a file named on the command line is always read).
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FRONT_MATTER_KEYS = ("title", "outlet", "url", "published", "language")
FALLBACK_LANGUAGES = ("fr", "en")  # when no claim lexicon is installed yet
GUESS_DIR = LEXICON_DIR / "guess"
GUESS_SCHEMA: dict[str, Any] = {"language": str, "stopwords": list}
GUESS_MIN_HITS = 3  # fewer function words than this: too little text to tell
GUESS_SAMPLE = 20_000  # characters of body looked at to guess the language
PREFERRED_LEGACY_ENCODINGS = ("cp1252",)  # Windows-1252 (a superset of Latin-1 for text)
CONTROL_SHARE = 0.02  # more control characters than this: binary, not text

# File signatures of formats that are sometimes saved with a .txt name by mistake.
MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)

# Simple patterns run on the standard `re` engine, several times faster than `regex` on them.
FRONT_MATTER_FENCE = re.compile(r"---[ \t]*")
# The line that closes it, searched from the second line on.
FRONT_MATTER_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
# The key of a `key: value` front matter line.
FRONT_MATTER_KEY = re.compile(r"[A-Za-z_][\w-]*")
# What YAML would read differently when it opens a value: quote, flow, anchor, tag, block.
YAML_INDICATORS = frozenset("'\"[{&*!|>%@`-")
CONTROL_CHAR = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # not \t \n \r \f
PUBLISHED = re.compile(
    r"""
    (?P<year>\d{4})
    (?:-(?P<month>\d{1,2})         # optional month
      (?:-(?P<day>\d{1,2})         # optional day
        (?:[T\s][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?  # a time of day, dropped
      )?
    )?
    """,
    re.VERBOSE,
)
WORD = regex.compile(r"\p{L}+")


class ArticleError(ValueError):
    """A file that cannot be read as an article; `str()` is one line: "PATH: reason".

    >>> str(ArticleError("a b.txt", "empty file"))
    'a b.txt: empty file'
    """

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = str(path)
        self.reason = " ".join(reason.split())  # one line, whatever the cause said
        super().__init__(f"{self.path}: {self.reason}")


@dataclass(frozen=True)
class Article:
    article_id: str  # file name without extension
    path: str  # where it was read from
    body: str  # text after the front matter, line endings normalised to "\n"
    title: str  # front matter, "" if missing
    outlet: str  # front matter, "" if missing
    url: str  # front matter, "" if missing
    published: str  # YYYY-MM-DD, YYYY-MM, YYYY or "" if missing
    language: str  # fr, en ... from the front matter or guessed; "" if unknown

    def metadata(self) -> dict[str, str]:
        """The extractor's keyword arguments: `extract_claims(article.body, **metadata)`."""
        return {
            "article_id": self.article_id,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published,
            "language": self.language,
            "title": self.title,
        }


def read_article(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> Article:
    """Read one article file; raise `ArticleError` saying what is wrong with a bad one."""
    path = Path(path)
    # Stage 1: bytes, without ever loading a file too large to be an article.
    raw = _read_bytes(path, max_bytes)
    # Stage 2: text, whatever the encoding, refusing binary content.
    html = path.suffix.lower() in HTML_SUFFIXES or _starts_like_html(raw)
    text = decode_text(raw, path, declared=_declared_charset(raw) if html else None)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text or text.isspace():  # `not text.strip()`, without copying the text
        raise ArticleError(path, "empty file (only blank space)")
    # Stage 3: front matter and body; a web page's main text and metadata.
    if html or _looks_like_html(text):
        fields, body = _read_html(text, path)
    else:
        fields, body = split_front_matter(text, path)
    if not body or body.isspace():
        raise ArticleError(path, "no text after the front matter")
    # Stage 4: check and complete the metadata.
    published = parse_published(fields.get("published", ""), path)
    language = _check_language(fields.get("language", ""), path) or guess_language(body)
    return Article(
        article_id=path.stem,
        path=str(path),
        body=body,
        title=fields.get("title", ""),
        outlet=fields.get("outlet", ""),
        url=fields.get("url", ""),
        published=published,
        language=language,
    )


def _starts_like_html(raw: bytes) -> bool:
    head = raw[:5000]
    if b"<" not in head:  # no tag, no HTML document: the usual article file, decided here
        return False
    return _looks_like_html(head.removeprefix(b"\xef\xbb\xbf").decode("latin-1"))


def _looks_like_html(text: str) -> bool:
    if "<" not in text[:5000]:  # what `looks_like_html` reads holds no tag: not HTML
        return False
    from extract.ingest import looks_like_html  # its module loads only for tagged text

    return looks_like_html(text)


def _declared_charset(raw: bytes) -> str | None:
    from extract.ingest import declared_charset

    return declared_charset(raw)


def _read_html(text: str, path: Path) -> tuple[dict[str, str], str]:
    from extract.ingest import parse_html  # trafilatura is loaded only for web pages

    page = parse_html(text, path)
    return page.front_matter(), page.body


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        status = os.stat(path)
        if stat.S_ISDIR(status.st_mode):
            raise ArticleError(path, "is a folder, not a file")
        size = status.st_size
        if size > max_bytes:
            sizes = f"{_megabytes(size)}, limit {_megabytes(max_bytes)}"
            raise ArticleError(path, f"file too large for an article ({sizes})")
        with open(path, "rb") as stream:
            # The size just read, plus one byte, rather than the limit: a buffer of the
            # file's size. A shorter read is the end of the file; a full one means that the
            # file has grown since stat (or reports no size): read on, up to the limit.
            raw = stream.read(size + 1)
            if len(raw) > size:
                raw += stream.read(max_bytes - size)
    except OSError as error:
        raise ArticleError(path, f"cannot read file: {error.strerror or error}") from error
    if len(raw) > max_bytes:
        raise ArticleError(path, f"file too large for an article (limit {_megabytes(max_bytes)})")
    if not raw:
        raise ArticleError(path, "empty file")
    return raw


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def decode_text(
    raw: bytes, path: str | os.PathLike[str] = "<bytes>", declared: str | None = None
) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else detected.

    `declared` is the encoding a web page declares (a Python codec name): it is trusted when
    the bytes are not UTF-8 and decode with it, before any guess.

    >>> decode_text("Séoul".encode("utf-8-sig"))
    'Séoul'
    >>> decode_text("Séoul".encode("utf-16"))
    'Séoul'
    >>> decode_text("Séoul".encode("cp1252"), declared="cp1252")
    'Séoul'
    >>> decode_text(b"%PDF-1.7 ...")
    Traceback (most recent call last):
    extract.corpus.ArticleError: <bytes>: binary file (a PDF document), not text
    """
    for magic, kind in MAGIC_NUMBERS:
        if raw.startswith(magic):
            raise ArticleError(path, f"binary file ({kind}), not text")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"  # the BOM says which byte order
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as error:
            raise ArticleError(path, f"cannot decode text as UTF-16: {error.reason}") from error
    elif b"\x00" in raw:
        raise ArticleError(path, "binary file (contains NUL bytes), not text")
    else:
        text = _decode_8bit(raw, path, declared)
    if "\x00" in text or _control_share(text) > CONTROL_SHARE:
        raise ArticleError(path, "binary file (control characters), not text")
    return text


def _decode_8bit(raw: bytes, path: str | os.PathLike[str], declared: str | None = None) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return raw.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong declaration: guess instead, as browsers do
    from charset_normalizer import from_bytes  # imported late: only odd files pay for it

    matches = list(from_bytes(raw))
    if not matches:
        raise ArticleError(path, "cannot decode text (not UTF-8, UTF-16 or a known encoding)")
    best = matches[0]
    # On short texts the detector cannot tell cp1250 from cp1252 (same chaos, near-same
    # coherence); a legacy fr/en file is Windows-1252, so it wins such near-ties.
    for match in matches:
        near_tie = match.chaos <= best.chaos + 0.01 and match.coherence >= best.coherence - 0.05
        if near_tie and match.encoding in PREFERRED_LEGACY_ENCODINGS:
            return str(match)
    return str(best)


def _control_share(text: str) -> float:
    sample = text[:10_000]
    if CONTROL_CHAR.search(sample) is None:
        return 0.0
    return len(CONTROL_CHAR.findall(sample)) / len(sample)


# Every scalar stays a string: `2025-04-28` and `2026-01` are text, not dates or numbers.
_YAML_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available


class _StringLoader(_YAML_BASE):  # type: ignore[misc, valid-type]
    """A safe YAML loader that resolves no implicit types."""


_StringLoader.yaml_implicit_resolvers = {}


def split_front_matter(text: str, path: str | os.PathLike[str] = "<text>") -> tuple[dict, str]:
    """The front matter's fields (strings, "" when empty) and the body after it.

    >>> split_front_matter("---\\ntitle: Koursk : Kiev annonce\\nurl:\\n---\\nCorps")
    ({'title': 'Koursk : Kiev annonce', 'url': ''}, 'Corps')
    >>> split_front_matter("No front matter.\\n")
    ({}, 'No front matter.\\n')
    """
    # Line by line through offsets: the body is sliced once, not split into lines and joined.
    first_end = text.find("\n")
    if not FRONT_MATTER_FENCE.fullmatch(text, 0, len(text) if first_end < 0 else first_end):
        return {}, text
    closing = None if first_end < 0 else FRONT_MATTER_CLOSING.search(text, first_end + 1)
    if closing is None:
        raise ArticleError(path, "front matter opened with '---' on line 1 is never closed")
    block = text[first_end + 1 : max(first_end + 1, closing.start() - 1)]
    body = text[closing.end() + 1 :]  # after the closing line's line break, if any
    return _parse_front_matter(block, path), body


def _parse_front_matter(block: str, path: str | os.PathLike[str]) -> dict[str, str]:
    # Plain `key: value` lines (nearly every file) are read directly: YAML would read them
    # the same, ten times slower. Anything else goes through YAML.
    data = _parse_simple_lines(block, plain=True)
    if data is not None:
        return _front_matter_fields(data, path)
    try:
        data = yaml.load(block, Loader=_StringLoader)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as error:
        data = _parse_simple_lines(block)
        if data is None:
            where = getattr(error, "problem_mark", None)
            line = f" (line {where.line + 2})" if where is not None else ""
            problem = getattr(error, "problem", None) or "not YAML"
            reason = f"broken front matter{line}: {problem}; expected 'key: value' lines"
            raise ArticleError(path, reason) from error
    return _front_matter_fields(data, path)


def _front_matter_fields(data: object, path: str | os.PathLike[str]) -> dict[str, str]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else "a single value"
        raise ArticleError(path, f"front matter is {kind}, not 'key: value' lines")
    fields: dict[str, str] = {}
    for key, value in data.items():
        if key not in FRONT_MATTER_KEYS:
            continue  # other keys (tags, author...) are allowed and ignored
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise ArticleError(path, f"front matter key {key!r} must be a single value")
        fields[key] = value.strip()
    return fields


def _parse_simple_lines(block: str, plain: bool = False) -> dict[str, str] | None:
    """`key: value` lines read literally, or None if some line is not of that form.

    With `plain`, also None when YAML would read a value differently (a quote, a flow list,
    a comment...), so that YAML reads those.

    >>> _parse_simple_lines("title: Koursk : Kiev\\nurl:"), _parse_simple_lines("- a")
    ({'title': 'Koursk : Kiev', 'url': ''}, None)
    >>> _parse_simple_lines('title: "Séoul"', plain=True) is None
    True
    """
    data: dict[str, str] = {}
    for line in block.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, colon, value = line.partition(":")
        if not colon or not FRONT_MATTER_KEY.fullmatch(key.rstrip()):
            return None
        if value and value[0] not in " \t":
            return None  # "key:value" is one string to YAML, not a pair
        value = value.strip()
        if plain and (value[:1] in YAML_INDICATORS or " #" in value or "\t#" in value):
            return None
        data[key.rstrip()] = value
    return data


def parse_published(value: str, path: str | os.PathLike[str] = "<text>") -> str:
    """A `published` value as ISO at its precision; a time of day is dropped.

    >>> parse_published("2025-4-28"), parse_published("2026-01"), parse_published("")
    ('2025-04-28', '2026-01', '')
    >>> parse_published("2025-02-30")
    Traceback (most recent call last):
    extract.corpus.ArticleError: <text>: impossible published date '2025-02-30'
    """
    if not value:
        return ""
    match = PUBLISHED.fullmatch(value)
    if match is None:
        raise ArticleError(
            path, f"published date {value!r} is not of the form YYYY-MM-DD, YYYY-MM or YYYY"
        )
    year, month, day = match["year"], match["month"], match["day"]
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError as error:
        raise ArticleError(path, f"impossible published date {value!r}") from error
    parts = [year] + [f"{int(part):02d}" for part in (month, day) if part]
    return "-".join(parts)


@cache
def known_languages() -> tuple[str, ...]:
    """Languages the extractor has a lexicon for (fr, en until the lexicons exist)."""
    try:
        from extract.lexicon import available_languages

        languages = tuple(available_languages())
    except (ImportError, OSError, LexiconError):
        languages = ()
    return languages or FALLBACK_LANGUAGES


def _check_language(value: str, path: str | os.PathLike[str]) -> str:
    if not value:
        return ""
    code = value.strip().lower().replace("_", "-").split("-")[0]  # fr-FR -> fr
    known = known_languages()
    if code not in known:
        raise ArticleError(path, f"unknown language {value!r} (known: {', '.join(known)})")
    return code


@cache
def _load_stopwords() -> dict[str, frozenset[str]]:
    stopwords: dict[str, frozenset[str]] = {}
    for lang in known_languages():
        file = GUESS_DIR / f"{lang}.yaml"
        if file.is_file():
            data = load_yaml(file)
            validate(data, GUESS_SCHEMA, file.name)
            stopwords[lang] = frozenset(word.casefold() for word in data.get("stopwords", []))
    return stopwords


def guess_language(text: str) -> str:
    """The known language whose function words are most frequent in `text`; "" if unclear.

    >>> guess_language("The troops were sent to the front, and they said it was over.")
    'en'
    >>> guess_language("Les soldats ont été envoyés sur le front, selon Séoul.")
    'fr'
    >>> guess_language("12 000 / 3 800")
    ''
    """
    counts: Counter[str] = Counter(
        word.casefold() for word in WORD.findall(text[:GUESS_SAMPLE], timeout=5)
    )
    scores = sorted(
        ((sum(counts[word] for word in words), lang) for lang, words in _load_stopwords().items()),
        reverse=True,
    )
    if not scores or scores[0][0] < GUESS_MIN_HITS:
        return ""
    if len(scores) > 1 and scores[0][0] < 1.5 * scores[1][0]:
        return ""  # too close to call: a mixed or unknown-language text
    return scores[0][1]


def find_article_files(
    paths: Iterable[str | os.PathLike[str]],
) -> tuple[list[Path], list[ArticleError]]:
    """The article files named by `paths` (files, or folders scanned recursively), and errors.

    A folder yields its article files (`ARTICLE_SUFFIXES`), sorted; a file named directly is
    always taken (reading it says what is wrong with it). A path that does not exist, a
    folder with no article and a folder symlink that loops back are reported; a file reached
    twice is kept once.
    """
    files: list[Path] = []
    errors: list[ArticleError] = []
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found, loops = _scan_folder(path)
            errors.extend(loops)
            if not found and not loops:
                suffixes = ", ".join(ARTICLE_SUFFIXES)
                errors.append(ArticleError(path, f"no article files ({suffixes}) in this folder"))
        elif path.is_file():
            found = [(path, os.path.realpath(path))]
        elif path.is_symlink():
            errors.append(ArticleError(path, "broken or looping symbolic link"))
            continue
        else:
            errors.append(ArticleError(path, "no such file or folder"))
            continue
        for file, key in found:
            if key not in seen:
                seen.add(key)
                files.append(file)
    return files, errors


def _scan_folder(folder: Path) -> tuple[list[tuple[Path, str]], list[ArticleError]]:
    """Article files under `folder`, each with its real path (sorted by path), and the
    symlink loops; each real folder is walked once, so symlink loops end."""
    found: list[tuple[Path, str]] = []
    loops: list[ArticleError] = []
    visited: set[str] = set()
    for here, dirs, names in os.walk(folder, followlinks=True):
        real = os.path.realpath(here)
        if real in visited:
            dirs[:] = []
            continue
        visited.add(real)
        kept = []
        for name in sorted(dirs):
            sub = os.path.join(here, name)
            target = os.path.realpath(sub)
            if name.startswith("."):
                continue  # .git, .venv and the like hold no articles
            if os.path.islink(sub) and (target == real or real.startswith(target + os.sep)):
                reason = "symbolic link loop (points back to a parent folder), skipped"
                loops.append(ArticleError(sub, reason))
                continue
            kept.append(name)
        dirs[:] = kept
        for name in sorted(names):
            if name.startswith(".") or not name.lower().endswith(ARTICLE_SUFFIXES):
                continue
            file = os.path.join(here, name)
            # The real path of a file that is no link is its real folder's, plus its name
            # (one lstat instead of `realpath`'s one per path component).
            key = os.path.realpath(file) if os.path.islink(file) else os.path.join(real, name)
            found.append((Path(file), key))
    return sorted(found, key=lambda pair: pair[0]), loops


def iter_articles(
    paths: Iterable[str | os.PathLike[str]],
    on_error: Callable[[ArticleError], object] | None = None,
) -> Iterator[Article]:
    """Every readable article under `paths`; each bad file goes to `on_error` (default: skip).

    Files are read one at a time, as the iteration asks for them.
    """
    files, errors = find_article_files(paths)
    for error in errors:
        if on_error is not None:
            on_error(error)
    for file in files:
        try:
            article = read_article(file)
        except ArticleError as error:
            if on_error is not None:
                on_error(error)
            continue
        yield article
