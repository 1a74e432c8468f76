"""Reading article files: front matter, encodings, language guess, folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extract.corpus import (
    GUESS_DIR,
    GUESS_SCHEMA,
    Article,
    ArticleError,
    find_article_files,
    guess_language,
    iter_articles,
    known_languages,
    read_article,
)
from extract.lexicon import load_yaml, validate

FR_BODY = "Les soldats nord-coréens ont été envoyés en Russie, selon le renseignement de Séoul.\n"
EN_BODY = "The troops were sent to Russia, and officials said that the first units had arrived.\n"

# --- front matter -------------------------------------------------------------------------

FRONT_MATTER = [
    # (file text, expected fields: title, outlet, url, published, language, body)
    (
        "---\ntitle: T\noutlet: KBS\nurl: http://x/y?a=1\npublished: 2025-04-28\n"
        "language: fr\n---\n" + FR_BODY,
        ("T", "KBS", "http://x/y?a=1", "2025-04-28", "fr", FR_BODY),
    ),
    ("---\npublished: 2026-01\nlanguage: fr\n---\n" + FR_BODY, ("", "", "", "2026-01", "fr", None)),
    ("---\npublished: 2024\nlanguage: en\n---\n" + EN_BODY, ("", "", "", "2024", "en", None)),
    (
        "---\ntitle:\noutlet:\nurl:\npublished: 2025-04-28\nlanguage: fr\n---\n" + FR_BODY,
        ("", "", "", "2025-04-28", "fr", None),
    ),
    (
        "---\ntitle: Koursk : Kiev annonce les pertes\nlanguage: fr\n---\n" + FR_BODY,
        ("Koursk : Kiev annonce les pertes", "", "", "", "fr", None),
    ),
    (
        '---\ntitle: "Séoul: premier bilan"\npublished: 2025-04-28\nlanguage: fr\n---\n' + FR_BODY,
        ("Séoul: premier bilan", "", "", "2025-04-28", "fr", None),
    ),
    (
        "---\ntitle: Séoul # a YAML comment\npublished: 2026-01\nlanguage: fr\n---\n" + FR_BODY,
        ("Séoul", "", "", "2026-01", "fr", None),
    ),
    (
        "---\npublished: 2025-04-28T09:30:00Z\nlanguage: EN-gb\n---\n" + EN_BODY,
        ("", "", "", "2025-04-28", "en", None),
    ),
    (
        "---\ntags: [war, kursk]\nauthor: {name: X}\nlanguage: en\n---\n" + EN_BODY,
        ("", "", "", "", "en", None),
    ),
    ("---\nlanguage: en\n...\n" + EN_BODY, ("", "", "", "", "en", EN_BODY)),
    ("---\n---\n" + EN_BODY, ("", "", "", "", "en", EN_BODY)),
    ("---  \n# a comment\nlanguage: fr\n---\n" + FR_BODY, ("", "", "", "", "fr", FR_BODY)),
    (FR_BODY, ("", "", "", "", "fr", FR_BODY)),
    ("\n\n" + EN_BODY, ("", "", "", "", "en", "\n\n" + EN_BODY)),
]


@pytest.mark.parametrize(
    ("text", "expected"), FRONT_MATTER, ids=[repr(t[:50]) for t, _ in FRONT_MATTER]
)
def test_front_matter(write_article, text, expected):
    article = read_article(write_article("a-1.txt", text))
    title, outlet, url, published, language, body = expected
    assert (article.title, article.outlet, article.url) == (title, outlet, url)
    assert (article.published, article.language) == (published, language)
    if body is not None:
        assert article.body == body


def test_article_id_path_and_metadata(write_article):
    path = write_article("sub/fr-2025-01-13-nis.md", "---\nlanguage: fr\n---\n" + FR_BODY)
    article = read_article(str(path))
    assert isinstance(article, Article)
    assert article.article_id == "fr-2025-01-13-nis"
    assert article.path == str(path)
    assert article.metadata() == {
        "article_id": "fr-2025-01-13-nis",
        "outlet": "",
        "url": "",
        "published": "",
        "language": "fr",
        "title": "",
    }


def test_embedded_corpus_reads_cleanly():
    errors: list[ArticleError] = []
    articles = list(
        iter_articles([Path(__file__).parent.parent / "data" / "articles"], errors.append)
    )
    assert errors == []
    assert len(articles) >= 25
    assert {a.language for a in articles} == {"fr", "en"}
    assert all(a.published and a.body.strip() for a in articles)


# --- encodings and line endings -----------------------------------------------------------

TEXT = (
    "---\ntitle: Séoul réagit\nlanguage: fr\n---\n"
    "Près de 3 000 soldats ont été déployés, selon l’État-major.\n"
)
ENCODINGS = [
    ("utf-8", TEXT.encode("utf-8")),
    ("utf-8 with BOM", TEXT.encode("utf-8-sig")),
    ("utf-16 LE with BOM", b"\xff\xfe" + TEXT.encode("utf-16-le")),
    ("utf-16 BE with BOM", b"\xfe\xff" + TEXT.encode("utf-16-be")),
    ("windows-1252", TEXT.encode("cp1252")),
    ("latin-1", TEXT.replace("’", "'").encode("latin-1")),
]


@pytest.mark.parametrize(("name", "raw"), ENCODINGS, ids=[name for name, _ in ENCODINGS])
def test_encodings(write_article, name, raw):
    article = read_article(write_article("enc.txt", raw))
    assert article.title == "Séoul réagit"
    assert article.language == "fr"
    expected = TEXT.split("---\n", 2)[2]
    if name == "latin-1":
        expected = expected.replace("’", "'")
    assert article.body == expected


def _page(head: str) -> str:
    return (
        f"<!DOCTYPE html>\n<html lang='fr'><head>{head}<title>Séoul réagit</title></head>\n"
        "<body><article><p>Près de 3 000 soldats ont été déployés, selon l’État-major, "
        "qui cite des sources militaires à Séoul.</p></article></body></html>\n"
    )


HTML_BODY = (
    "Près de 3 000 soldats ont été déployés, selon l’État-major, "
    "qui cite des sources militaires à Séoul.\n"
)
HTML_ENCODINGS = [
    # (id, bytes of a saved page): each must read to the same title and body
    ("utf-8, declared", _page('<meta charset="utf-8">').encode("utf-8")),
    ("utf-8, undeclared", _page("").encode("utf-8")),
    (
        "utf-8 with BOM, declared windows-1252",
        _page('<meta charset="windows-1252">').encode("utf-8-sig"),
    ),
    ("utf-16 with BOM", _page('<meta charset="utf-16">').encode("utf-16")),
    ("windows-1252, <meta charset>", _page('<meta charset="windows-1252">').encode("cp1252")),
    (
        "windows-1252 declared iso-8859-1 (read as Windows-1252, like browsers)",
        _page("<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>").encode(
            "cp1252"
        ),
    ),
    ("windows-1252, undeclared (detected)", _page("").encode("cp1252")),
    (
        "windows-1252, declared utf-8 by mistake (detected)",
        _page('<meta charset="utf-8">').encode("cp1252"),
    ),
    (
        "windows-1252, declared an unknown charset",
        _page('<meta charset="x-nope">').encode("cp1252"),
    ),
    ("CRLF line endings", _page('<meta charset="utf-8">').replace("\n", "\r\n").encode("utf-8")),
]


@pytest.mark.parametrize(("name", "raw"), HTML_ENCODINGS, ids=[name for name, _ in HTML_ENCODINGS])
def test_html_encodings(write_article, name, raw):
    article = read_article(write_article("page.html", raw))
    assert (article.title, article.language) == ("Séoul réagit", "fr")
    assert article.body == HTML_BODY


LINE_ENDINGS = [
    ("windows", "\r\n"),
    ("old mac", "\r"),
]


@pytest.mark.parametrize(("name", "newline"), LINE_ENDINGS, ids=[n for n, _ in LINE_ENDINGS])
def test_line_endings_normalised(write_article, name, newline):
    article = read_article(write_article("le.txt", TEXT.replace("\n", newline)))
    assert article.title == "Séoul réagit"
    assert article.body == TEXT.split("---\n", 2)[2]


def test_mixed_line_endings(write_article):
    raw = "---\r\nlanguage: en\n---\rFirst line.\r\nSecond line.\rThird.\n"
    article = read_article(write_article("mixed.txt", raw))
    assert article.body == "First line.\nSecond line.\nThird.\n"
    assert "\r" not in article.body


# --- language guess -----------------------------------------------------------------------

GUESSES = [
    (FR_BODY * 2, "fr"),
    (EN_BODY * 2, "en"),
    ("Kim Jong Un: 12 000, 3 800, 600.", ""),
    ("", ""),
    ("Die Soldaten wurden nach Russland geschickt.", ""),
]


@pytest.mark.parametrize(("text", "expected"), GUESSES, ids=[repr(t[:40]) for t, _ in GUESSES])
def test_guess_language(text, expected):
    assert guess_language(text) == expected


def test_missing_language_is_guessed_from_the_body(write_article):
    assert read_article(write_article("g.txt", "---\ntitle: X\n---\n" + EN_BODY)).language == "en"
    assert read_article(write_article("h.txt", "Chiffres : 3 000, 600.\n")).language == ""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_guess_word_lists_are_valid_data(lang):
    data = load_yaml(GUESS_DIR / f"{lang}.yaml")
    validate(data, GUESS_SCHEMA, f"{lang}.yaml")
    assert data["language"] == lang
    assert len(data["stopwords"]) == len(set(data["stopwords"])) >= 20


def test_guess_word_lists_do_not_overlap():
    lists = {
        lang: set(load_yaml(path)["stopwords"])
        for lang in known_languages()
        if (path := GUESS_DIR / f"{lang}.yaml").is_file()
    }
    for lang, words in lists.items():
        for other, other_words in lists.items():
            if other != lang:
                assert not words & other_words, (lang, other)


# --- finding files ------------------------------------------------------------------------


def test_folders_are_scanned_recursively_sorted_without_duplicates(tmp_path, write_article):
    b = write_article("b.txt", EN_BODY)
    a = write_article("a.md", EN_BODY)
    c = write_article("deep/er/c.TXT", EN_BODY)
    write_article("notes.csv", "x,y\n")
    write_article(".hidden/d.txt", EN_BODY)
    write_article(".e.txt", EN_BODY)
    files, errors = find_article_files([tmp_path, b, str(tmp_path)])
    assert errors == []
    assert files == [tmp_path / "a.md", tmp_path / "b.txt", c]
    assert a in files


def test_a_named_file_is_taken_whatever_its_extension(write_article):
    path = write_article("article.text", EN_BODY)
    assert find_article_files([path]) == ([path], [])


def test_symlink_loop_is_reported_once_and_does_not_hang(tmp_path, write_article):
    write_article("corpus/one.txt", EN_BODY)
    write_article("corpus/sub/two.txt", EN_BODY)
    os.symlink(tmp_path / "corpus", tmp_path / "corpus" / "sub" / "loop")
    files, errors = find_article_files([tmp_path / "corpus"])
    assert [f.name for f in files] == ["one.txt", "two.txt"]
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'corpus' / 'sub' / 'loop'}: symbolic link loop "
        "(points back to a parent folder), skipped"
    ]


def test_symlink_to_a_sibling_folder_is_followed_once(tmp_path, write_article):
    write_article("real/one.txt", EN_BODY)
    os.symlink(tmp_path / "real", tmp_path / "alias")
    files, errors = find_article_files([tmp_path])
    assert errors == []
    assert [f.name for f in files] == ["one.txt"]


def test_file_symlink_loop_is_an_error(tmp_path):
    os.symlink(tmp_path / "self.txt", tmp_path / "self.txt")
    files, errors = find_article_files([tmp_path / "self.txt"])
    assert files == []
    assert [e.reason for e in errors] == ["broken or looping symbolic link"]


MISSING = [
    ("missing file", "nope.txt", "no such file or folder"),
    ("empty folder", "empty/", "no article files (.txt, .md, .html, .htm) in this folder"),
]


@pytest.mark.parametrize(("name", "rel", "reason"), MISSING, ids=[m[0] for m in MISSING])
def test_paths_without_articles_are_errors(tmp_path, name, rel, reason):
    (tmp_path / "empty").mkdir()
    files, errors = find_article_files([tmp_path / rel])
    assert files == []
    assert [(e.path, e.reason) for e in errors] == [(str(tmp_path / rel.rstrip("/")), reason)]


def test_iter_articles_reports_bad_files_and_goes_on(tmp_path, write_article):
    write_article("good-1.txt", EN_BODY)
    write_article("bad.txt", b"")
    write_article("good-2.txt", FR_BODY)
    errors: list[ArticleError] = []
    ids = [a.article_id for a in iter_articles([tmp_path, tmp_path / "nope"], errors.append)]
    assert ids == ["good-1", "good-2"]
    assert sorted(e.reason for e in errors) == ["empty file", "no such file or folder"]


def test_iter_articles_without_callback_skips_bad_files(tmp_path, write_article):
    write_article("bad.txt", b"%PDF-1.4")
    write_article("good.txt", EN_BODY)
    assert [a.article_id for a in iter_articles([tmp_path])] == ["good"]
