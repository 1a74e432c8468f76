"""Real-world articles in: saved HTML pages, and web pages fetched from a list of URLs.

A saved page is read through trafilatura: the main text (no menus, cookie banners, share
buttons or comment sections) and its metadata (title, site name, published date, URL,
language). A fetched page is stored as a plain `.txt` article with front matter, so that the
corpus can be read again offline and gives the same table; the same text fetched twice (by
content hash) is stored once, and no file already stored is ever changed.

Pages are fetched with urllib rather than trafilatura's `fetch_url`: that one answers None
without saying why (a 404, a timeout and a PDF look alike), and a clear reason per URL is the
point here.

>>> page = parse_html(
...     '<html lang="fr"><head><title>Koursk</title></head><body><article>'
...     "<p>Environ 11 000 soldats ont été déployés, selon le renseignement sud-coréen.</p>"
...     "</article></body></html>")
>>> page.language, page.title, page.body
('fr', 'Koursk', 'Environ 11 000 soldats ont été déployés, selon le renseignement sud-coréen.\\n')
"""

from __future__ import annotations

import hashlib
import os
import time
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import regex
import yaml

from extract.corpus import (
    MAX_BYTES,
    ArticleError,
    _check_language,
    _parse_simple_lines,
    _read_bytes,
    _StringLoader,
    decode_text,
    find_article_files,
    parse_published,
    read_article,
    split_front_matter,
)

HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = "Fourchette/0.1 (news figures research tool; polite single fetches)"
TIMEOUT = 20.0  # seconds for the whole download of one page
CHUNK = 64 * 1024
HASH_LENGTH = 12  # hex characters of the content hash in a stored file's name
SLUG_WORDS = 8
MIN_WORDS = 5  # fewer words than this in the main text: a menu or an error page, no article

# The start of an HTML document, after any blank space, comments or XML declaration.
HTML_START = regex.compile(
    r"""
    \A\ufeff?\s*                           # a BOM, blank space
    (?:<\?xml[^>]{0,200}\?>\s*)?            # an XML declaration (XHTML)
    (?:<!--.{0,2000}?-->\s*){0,5}           # comments, e.g. "saved from url="
    <(?:!doctype\s+html|html|head|body)\b   # the document itself
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
)
# A charset declared in the first bytes of a page: <meta charset> or http-equiv.
META_CHARSET = regex.compile(
    rb"""
    <meta\s[^>]{0,300}?                     # a meta element
    charset\s*=\s*["']?                     # its charset, quoted or not
    (?P<charset>[\w.:-]{1,40})
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
SAVED_FROM = regex.compile(r"<!--\s*saved from url=\(\d+\)(?P<url>\S+?)\s*-->", regex.IGNORECASE)
# Characters YAML cannot hold in a front matter value (C0/C1 controls, surrogates...).
NOT_YAML_PRINTABLE = regex.compile(
    r"[^\x09\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
# Labels browsers treat as Windows-1252 (the WHATWG encoding standard).
WINDOWS_1252_LABELS = frozenset(
    {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "ascii", "us-ascii"}
)


@dataclass(frozen=True)
class Page:
    """The main text of a web page and its metadata; "" when unknown."""

    body: str  # main text, paragraphs on their own lines
    title: str
    outlet: str  # the site's name, else its host name
    url: str
    published: str  # YYYY-MM-DD, YYYY-MM or YYYY as found by trafilatura (htmldate)
    language: str  # as the page declares it (lang attribute), not checked here

    def front_matter(self) -> dict[str, str]:
        """The fields of an article file's front matter."""
        return {
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published,
            "language": self.language,
        }


def looks_like_html(text: str) -> bool:
    """True when `text` is an HTML document (whatever the file is called).

    >>> looks_like_html("<!DOCTYPE html><html>..."), looks_like_html("  <html lang='fr'>")
    (True, True)
    >>> looks_like_html("---\\ntitle: x\\n---\\nLe <b>texte</b>.")
    False
    """
    return HTML_START.match(text[:5000], timeout=1) is not None


def declared_charset(raw: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 kB, as a Python codec name.

    >>> declared_charset(b'<head><meta charset="ISO-8859-1">')
    'cp1252'
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
    'utf-8'
    >>> declared_charset(b'<meta charset="no-such-codec">') is None
    True
    """
    match = META_CHARSET.search(raw[:4096], timeout=1)
    return _codec(match["charset"].decode("ascii", "replace")) if match else None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in WINDOWS_1252_LABELS:
        return "cp1252"
    import codecs

    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A page cannot really be UTF-16 without a BOM; browsers read such a label as UTF-8.
    return "utf-8" if name.startswith("utf-16") else name


def decode_html(raw: bytes, path: str | os.PathLike[str], header_charset: str | None = None) -> str:
    """An HTML page's text: BOM, then UTF-8, then the declared charset, then detection."""
    declared = _codec(header_charset) or declared_charset(raw)
    return decode_text(raw, path, declared=declared)


def parse_html(html: str, path: str | os.PathLike[str] = "<html>", url: str = "") -> Page:
    """The main text and metadata of one HTML page; `ArticleError` when it has no text."""
    from trafilatura import bare_extraction  # imported late: only HTML pays for it
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise ArticleError(path, "HTML page that cannot be parsed")
    language = _page_language(tree)
    saved_from = SAVED_FROM.search(html[:5000], timeout=1)
    url = url or (saved_from["url"] if saved_from else "")
    document = bare_extraction(
        tree,
        url=url or None,
        with_metadata=True,
        include_comments=False,  # comment sections are not the article
        include_links=False,
        include_images=False,
        include_tables=True,  # figures are sometimes given in a table
        # No extensive search: a date picked from the running text is worse than none
        # (the extractor then infers the published date from the text, and says so).
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    body = (getattr(document, "text", None) or "").strip()
    if len(body.split()) < MIN_WORDS:  # trafilatura's fallbacks return a menu's few words
        raise ArticleError(path, "HTML page with no article text (no main content found)")
    host = urllib.parse.urlsplit(url or document.url or "").hostname or ""
    return Page(
        body=body + "\n",
        title=_one_line(document.title),
        outlet=_one_line(document.sitename) or host.removeprefix("www."),
        url=_one_line(url or document.url),
        published=_one_line(document.date),
        language=language,
    )


def _page_language(tree: object) -> str:
    """The language the page declares: <html lang>, else a content-language meta."""
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")  # type: ignore[attr-defined]
    if not lang:
        metas = tree.xpath(  # type: ignore[attr-defined]
            '//meta[translate(@http-equiv, "CONTENTLAG", "contentlag")="content-language"]/@content'
            ' | //meta[@property="og:locale"]/@content'
        )
        lang = metas[0] if metas else ""
    return _one_line(lang).replace("_", "-")


def _one_line(value: object) -> str:
    """A metadata value as one clean line that YAML can hold."""
    if not isinstance(value, str):
        return ""
    spaced = " ".join(value.split())  # line breaks and tabs first: they separate words
    return " ".join(NOT_YAML_PRINTABLE.sub("", spaced).split())


# --- fetching -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Fetched:
    """A downloaded page: its bytes and the charset its headers declare."""

    url: str
    content: bytes
    charset: str | None


def fetch(
    url: str,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    opener: urllib.request.OpenerDirector | None = None,
) -> Fetched:
    """Download one HTML page, or raise `ArticleError(url, reason)` saying why not.

    The timeout bounds the whole download (a server trickling bytes is cut off too), the
    size cap is checked on the announced length and again while reading, and the user
    agent names Fourchette.
    """
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise ArticleError(url, "not an http(s) URL")
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"}
    )
    deadline = time.monotonic() + timeout
    opener = opener or urllib.request.build_opener()
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            if content_type not in HTML_TYPES:
                raise ArticleError(url, f"not an HTML page (Content-Type {content_type})")
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise ArticleError(url, f"page too large ({_size(int(length), max_bytes)})")
            content = _read_capped(response, url, deadline, timeout, max_bytes)
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as error:
        raise ArticleError(url, f"HTTP error {error.code} {error.reason}") from error
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):
            raise ArticleError(url, f"timed out after {timeout:g} s") from error
        raise ArticleError(url, f"cannot connect: {_strerror(reason)}") from error
    except TimeoutError as error:
        raise ArticleError(url, f"timed out after {timeout:g} s") from error
    except (OSError, ValueError) as error:
        if isinstance(error, ArticleError):
            raise
        raise ArticleError(url, f"download failed: {_strerror(error)}") from error
    return Fetched(url=url, content=content, charset=charset)


def _read_capped(response, url: str, deadline: float, timeout: float, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise ArticleError(url, f"timed out after {timeout:g} s")
        chunk = response.read(CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise ArticleError(url, f"page too large (over {_megabytes(max_bytes)} limit)")
        chunks.append(chunk)


def _size(size: int, limit: int) -> str:
    return f"{_megabytes(size)}, limit {_megabytes(limit)}"


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def _strerror(error: object) -> str:
    return str(getattr(error, "strerror", None) or error)


# --- storing ------------------------------------------------------------------------------


def content_hash(body: str) -> str:
    """A hash of an article's text that ignores blank space, so copies match.

    >>> content_hash("Un  texte.\\n") == content_hash(" Un texte.")
    True
    """
    canonical = " ".join(unicodedata.normalize("NFC", body).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def article_text(page: Page) -> str:
    """An article file's text: front matter (each value read back as written), then body.

    >>> print(article_text(Page("Corps.\\n", '"Cité": [1]', "", "", "2025-04", "fr")), end="")
    ---
    title: "\\"Cité\\": [1]"
    outlet:
    url:
    published: 2025-04
    language: fr
    ---
    Corps.
    """
    import json

    lines = ["---"]
    for key, value in page.front_matter().items():
        value = _one_line(value)
        if value and not _reads_plain(key, value):
            value = json.dumps(value, ensure_ascii=False)  # a YAML double-quoted string
        lines.append(f"{key}: {value}".rstrip())
    lines.append("---")
    return "\n".join(lines) + "\n" + page.body


def _reads_plain(key: str, value: str) -> bool:
    """Whether `key: value` reads back as `value`, both line by line and through YAML (the
    reader uses YAML for the whole block as soon as one value is quoted)."""
    line = f"{key}: {value}"
    if _parse_simple_lines(line, plain=True) != {key: value}:
        return False
    try:
        return yaml.load(line, Loader=_StringLoader) == {key: value}  # noqa: S506 (safe)
    except yaml.YAMLError:
        return False


def stored_hashes(store: Path) -> dict[str, Path]:
    """The content hash of every article already in `store`, to spot copies."""
    hashes: dict[str, Path] = {}
    if not store.is_dir():
        return hashes
    files, _ = find_article_files([store])
    for file in files:
        try:
            hashes.setdefault(content_hash(read_article(file).body), file)
        except ArticleError:
            continue  # a bad file there is reported when the store is read, not here
    return hashes


def file_name(page: Page, digest: str) -> str:
    """A stored article's file name: date, a slug of the title, and the content hash.

    >>> file_name(Page("", "Séoul : 11 000 soldats envoyés", "", "", "2024-12", "fr"), "ab" * 32)
    '2024-12-seoul-11-000-soldats-envoyes-abababababab.txt'
    """
    ascii_title = unicodedata.normalize("NFKD", page.title).encode("ascii", "ignore").decode()
    words = regex.findall(r"[a-z0-9]+", ascii_title.lower(), timeout=1)[:SLUG_WORDS]
    parts = [page.published, "-".join(words), digest[:HASH_LENGTH]]
    return "-".join(part for part in parts if part) + ".txt"


def store_page(page: Page, store: Path, known: dict[str, Path]) -> Path:
    """Write `page` as a new article file in `store`, or return the copy already there.

    Nothing already in `store` is modified: a new file is written aside, then linked to its
    final name, which fails rather than replace an existing file.
    """
    digest = content_hash(page.body)
    if digest in known:
        return known[digest]
    store.mkdir(parents=True, exist_ok=True)
    final = store / file_name(page, digest)
    temporary = store / f".{final.name}.{os.getpid()}.part"
    temporary.write_text(article_text(page), encoding="utf-8")
    try:
        os.link(temporary, final)
    except FileExistsError:
        pass  # same name, same hash: the same text, stored by an earlier run
    finally:
        temporary.unlink()
    known[digest] = final
    return final


def ingest_urls(
    urls: Iterable[str],
    store: str | os.PathLike[str],
    on_error: Callable[[ArticleError], object],
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    opener: urllib.request.OpenerDirector | None = None,
) -> list[Path]:
    """Fetch each URL, store each new article in `store`; the stored files, in URL order.

    Each URL that fails (download, not HTML, no text, unreadable metadata) goes to
    `on_error` as one `ArticleError(url, reason)` and the others go on.
    """
    store = Path(store)
    known = stored_hashes(store)
    stored: list[Path] = []
    for url in dict.fromkeys(urls):  # each URL once, in order
        try:
            page = ingest_url(url, timeout, max_bytes, opener)
            path = store_page(page, store, known)
        except ArticleError as error:
            on_error(error)
            continue
        except OSError as error:
            on_error(ArticleError(url, f"cannot store the article: {_strerror(error)}"))
            continue
        if path not in stored:
            stored.append(path)
    return stored


def ingest_url(
    url: str,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    opener: urllib.request.OpenerDirector | None = None,
) -> Page:
    """Fetch and read one page; its metadata is checked as a stored file's would be."""
    fetched = fetch(url, timeout, max_bytes, opener)
    html = decode_html(fetched.content, url, fetched.charset)
    page = parse_html(html, url, url=url)
    # Check now what reading the stored file would refuse (a bad date, a language with no
    # lexicon), so that no file is stored that the corpus cannot read.
    fields, _ = split_front_matter(article_text(page), url)
    parse_published(fields.get("published", ""), url)
    _check_language(fields.get("language", ""), url)
    return page


def read_urls(path: str | os.PathLike[str]) -> list[str]:
    """The URLs listed in a text file: one a line; blank lines and `#` comments skipped.

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
    ...     _ = f.write("# seeds\\nhttps://a.example/1\\n\\n  https://b.example/2  # kept\\n")
    >>> read_urls(f.name)
    ['https://a.example/1', 'https://b.example/2']
    """
    raw = _read_bytes(Path(path), MAX_BYTES)
    urls = []
    for line in decode_text(raw, path).splitlines():
        line = line.split(" #", 1)[0].strip()
        if line and not line.startswith("#"):
            urls.append(line)
    if not urls:
        raise ArticleError(path, "no URL in this list (one URL a line)")
    return urls
