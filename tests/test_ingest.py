"""Real-world input: saved web pages, and pages fetched from a list of URLs.

Saved pages are the fixtures under tests/fixtures/html (realistic pages with a menu, a cookie
banner, share buttons, scripts, `onerror=`, `javascript:` links and a comment section, each
boilerplate piece tagged with a *-MARKER word). Fetching runs against `page_server`, a local
server on 127.0.0.1; a guard makes any other address fail the test.
"""

from __future__ import annotations

import hashlib
import socket
import urllib.request
from pathlib import Path

import pandas as pd
import pytest

from extract import extract_article
from extract.corpus import ArticleError, find_article_files, known_languages, read_article
from extract.ingest import (
    USER_AGENT,
    Page,
    article_text,
    content_hash,
    ingest_urls,
    looks_like_html,
    read_urls,
)

HTML = Path(__file__).resolve().parent / "fixtures" / "html"
BOILERPLATE = [
    "NAV-MENU-MARKER",
    "COOKIE-BANNER-MARKER",
    "SHARE-MARKER",
    "JS-LINK-MARKER",
    "ONERROR-MARKER",
    "SCRIPT-BODY-MARKER",
    "INLINE-SCRIPT-MARKER",
    "COMMENT-MARKER",
    "FOOTER-MARKER",
    "RELATED-MARKER",
    "Laisser un commentaire",
    "Partager sur",
    "Tout accepter",
    "javascript:",
    "alert(",
    "<",
]


@pytest.fixture(autouse=True)
def only_localhost(monkeypatch):
    """Fail any connection to an address other than 127.0.0.1 made by this process."""
    connect = socket.create_connection

    def guarded(address, *args, **kwargs):
        assert address[0] == "127.0.0.1", f"tried to contact {address[0]}"
        return connect(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", guarded)


def direct_opener() -> urllib.request.OpenerDirector:
    """An opener that ignores any proxy settings: straight to 127.0.0.1."""
    return urllib.request.build_opener(urllib.request.ProxyHandler({}))


# --- saved pages --------------------------------------------------------------------------

SAVED_PAGES = [
    # (file, title, outlet, url, published, language, claim sentence kept, (metric, value))
    (
        "fr-koursk-pertes.html",
        "Koursk : Kiev chiffre les pertes nord-coréennes",
        "Le Journal Exemple",
        "https://www.journal-exemple.fr/international/2025/01/14/koursk-pertes",
        "2025-01-14",
        "fr",
        "Selon le renseignement militaire ukrainien (GUR), environ 3 000 soldats nord-coréens "
        "ont été tués ou blessés depuis leur arrivée sur le front",
        ("casualties", 3000),
    ),
    (
        "en-pentagon-troops.htm",
        "Pentagon: about 10,000 North Korean troops in Russia",
        "Example Daily",
        "",
        "2024-10-28",
        "en",
        "The Pentagon said on Monday that about 10,000 North Korean troops have been sent to "
        "Russia for training",
        ("deployed", 10000),
    ),
    (
        "fr-seoul-cp1252.html",
        "Séoul : « plus de 11 000 soldats » déployés",
        "L’Exemple du Matin",
        "",
        "2024-12-19",
        "fr",
        "plus de 11 000 soldats nord-coréens se trouvaient désormais en Russie",
        ("deployed", 11000),
    ),
]
SAVED_IDS = [row[0] for row in SAVED_PAGES]


@pytest.mark.parametrize(
    ("name", "title", "outlet", "url", "published", "language", "sentence", "claim"),
    SAVED_PAGES,
    ids=SAVED_IDS,
)
def test_saved_page_metadata_and_main_text(
    name, title, outlet, url, published, language, sentence, claim
):
    article = read_article(HTML / name)
    assert article.article_id == Path(name).stem
    assert (article.title, article.outlet, article.url) == (title, outlet, url)
    assert (article.published, article.language) == (published, language)
    assert sentence in article.body
    assert claim in {(c.metric, c.value_best or c.value_low) for c in extract_article(article)}


@pytest.mark.parametrize("name", SAVED_IDS)
@pytest.mark.parametrize("boilerplate", BOILERPLATE)
def test_saved_page_boilerplate_is_left_out(name, boilerplate):
    assert boilerplate not in read_article(HTML / name).body


@pytest.mark.parametrize("name", SAVED_IDS)
def test_claims_of_a_saved_page_quote_its_text(name):
    article = read_article(HTML / name)
    claims = extract_article(article)
    assert claims
    for claim in claims:
        assert claim.quote == article.body[claim.span_start : claim.span_end]
        assert not any(marker in claim.sentence for marker in BOILERPLATE)


def test_html_content_is_sniffed_whatever_the_extension(write_article):
    page = (HTML / "en-pentagon-troops.htm").read_bytes()
    article = read_article(write_article("saved-as.txt", page))
    assert article.title == "Pentagon: about 10,000 North Korean troops in Russia"
    assert "SCRIPT-BODY-MARKER" not in article.body


def test_tags_in_a_text_article_stay_text(write_article):
    """A .txt article quoting markup is read as text, never as a page (nothing runs)."""
    body = (
        "The NIS said about 11,000 soldiers were sent. <script>alert('x')</script> "
        '<img src=x onerror="alert(1)"> <a href="javascript:alert(2)">link</a>\n'
    )
    article = read_article(write_article("quote.txt", "---\nlanguage: en\n---\n" + body))
    assert article.body == body


SNIFF = [
    ("<!DOCTYPE html><html><body>x</body></html>", True),
    ("\ufeff\n  <html lang='en'>", True),
    ('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', True),
    ("<!-- saved from url=(0020)https://a.example/ -->\n<html>", True),
    ("<body><p>x</p></body>", True),
    ("Plain text with <html> further on.", False),
    ("---\ntitle: <html>\n---\nBody", False),
    ("<p>A fragment is not a page</p>", False),
    ("", False),
]


@pytest.mark.parametrize(("text", "expected"), SNIFF, ids=[repr(t[:30]) for t, _ in SNIFF])
def test_looks_like_html(text, expected):
    assert looks_like_html(text) is expected


def test_folder_scans_pick_up_saved_pages(tmp_path, write_article):
    for name in ("a.html", "b.HTM", "c.txt"):
        write_article(name, (HTML / "en-pentagon-troops.htm").read_bytes())
    write_article("d.css", "body {}")
    files, errors = find_article_files([tmp_path])
    assert errors == []
    assert [f.name for f in files] == ["a.html", "b.HTM", "c.txt"]


def test_page_with_no_main_text_is_an_error(write_article):
    path = write_article("menu.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert str(caught.value) == (f"{path}: HTML page with no article text (no main content found)")


def test_page_in_a_language_without_lexicon_is_an_error(write_article):
    path = write_article(
        "de.html",
        '<html lang="de"><body><article><p>Rund 11.000 nordkoreanische Soldaten wurden nach '
        "Russland geschickt, sagte der Geheimdienst am Montag in Seoul.</p></article>"
        "</body></html>",
    )
    with pytest.raises(ArticleError, match=r"unknown language 'de' \(known: "):
        read_article(path)


def test_saved_page_through_the_cli(run_cli, tmp_path):
    out = tmp_path / "claims.csv"
    result = run_cli(HTML, "-o", out)
    assert (result.returncode, result.stderr) == (0, "")
    frame = pd.read_csv(out, keep_default_na=False)
    assert set(frame["article_id"]) == {Path(name).stem for name in SAVED_IDS}
    assert not frame["sentence"].str.contains("MARKER").any()


# --- article files written for fetched pages -----------------------------------------------

TITLES = [
    "Koursk : Kiev annonce les pertes",
    '"Cité": [1] {a} & *b* !c | > % @ `d` - e',
    "- a dash first",
    "title # with a hash",
    "a\ttab and\nnew line",
    "",
    "'single' quotes",
]


@pytest.mark.parametrize("title", TITLES, ids=[repr(t) for t in TITLES])
def test_stored_front_matter_reads_back(write_article, title):
    page = Page("Le NIS a parlé de 11 000 soldats.\n", title, "KBS", "http://a/b?c=1#d", "", "fr")
    article = read_article(write_article("stored.txt", article_text(page)))
    assert article.title == " ".join(title.split())
    assert (article.outlet, article.url, article.body) == ("KBS", "http://a/b?c=1#d", page.body)


def test_one_quoted_value_does_not_change_how_the_others_read(write_article):
    """Found by scripts/fuzz.py: once one value is quoted the block is read as YAML, where
    a plain ',' is no string; such values are quoted too."""
    page = Page("Le NIS a parlé de 11 000 soldats.\n", ",", "'", "", "", "fr")
    article = read_article(write_article("stored.txt", article_text(page)))
    assert (article.title, article.outlet) == (",", "'")


def test_content_hash_ignores_blank_space_only():
    assert content_hash("Un texte.\n") == content_hash("  Un\ttexte.")
    assert content_hash("Un texte.") != content_hash("Un texte!")


def test_read_urls_skips_comments_and_reports_an_empty_list(write_article):
    links = write_article("links.txt", "# my list\n\nhttp://127.0.0.1/a\nhttp://127.0.0.1/b # x\n")
    assert read_urls(links) == ["http://127.0.0.1/a", "http://127.0.0.1/b"]
    with pytest.raises(ArticleError, match="no URL in this list"):
        read_urls(write_article("none.txt", "# nothing yet\n"))


# --- fetching from the local server --------------------------------------------------------

BAD_URLS = [
    # (id, route, reason)
    ("slow", "/slow", "timed out after 1 s"),
    ("404", "/missing", "HTTP error 404 Not Found"),
    ("huge, announced", "/huge", "page too large (6.0 MB, limit 5.0 MB)"),
    ("huge, streamed", "/huge-unannounced", "page too large (over 5.0 MB limit)"),
    ("an image", "/photo.png", "not an HTML page (Content-Type image/png)"),
    ("a PDF", "/report.pdf", "not an HTML page (Content-Type application/pdf)"),
    ("a PDF said HTML", "/pdf-said-html", "binary file (a PDF document), not text"),
    ("no main text", "/no-text", "HTML page with no article text (no main content found)"),
    ("German", "/german", f"unknown language 'de' (known: {', '.join(known_languages())})"),
]
GOOD_URLS = ["/fr/koursk-pertes", "/en/pentagon", "/fr/seoul-cp1252"]


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` and a hash of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.mark.parametrize(
    ("route", "reason"), [r[1:] for r in BAD_URLS], ids=[r[0] for r in BAD_URLS]
)
def test_bad_url_is_one_error_and_stores_nothing(page_server, tmp_path, route, reason):
    store = tmp_path / "store"
    store.mkdir()
    (store / "kept.txt").write_text("---\nlanguage: en\n---\nAn article already here.\n")
    before = snapshot(store)
    errors: list[ArticleError] = []
    url = page_server.url(route)
    stored = ingest_urls([url], store, errors.append, timeout=1, opener=direct_opener())
    assert stored == []
    assert [str(e) for e in errors] == [f"{url}: {reason}"]
    assert snapshot(store) == before


def test_urls_are_fetched_stored_once_and_read_back(page_server, tmp_path):
    store = tmp_path / "store"
    urls = [page_server.url(route) for route in GOOD_URLS]
    copy = page_server.url("/fr/koursk-pertes?utm_source=newsletter")  # same text again
    errors: list[ArticleError] = []
    stored = ingest_urls([*urls, copy, urls[0]], store, errors.append, opener=direct_opener())
    assert errors == []
    assert len(stored) == 3 == len(list(store.iterdir()))
    articles = [read_article(path) for path in stored]
    assert [a.url for a in articles] == urls
    assert [a.published for a in articles] == ["2025-01-14", "2024-10-28", "2024-12-19"]
    assert [a.language for a in articles] == ["fr", "en", "fr"]
    assert articles[0].outlet == "Le Journal Exemple"
    assert articles[2].title == "Séoul : « plus de 11 000 soldats » déployés"  # cp1252 header
    assert stored[0].name.startswith("2025-01-14-koursk-kiev-chiffre-les-pertes-nord-coreennes-")
    assert not any(marker in a.body for a in articles for marker in BOILERPLATE)
    # A second run finds every text already stored and changes nothing.
    before = snapshot(store)
    again = ingest_urls(urls, store, errors.append, opener=direct_opener())
    assert (again, errors, snapshot(store)) == (stored, [], before)


def test_fetch_names_fourchette_in_its_user_agent(page_server, tmp_path):
    ingest_urls([page_server.url("/en/pentagon")], tmp_path, print, opener=direct_opener())
    assert (
        "/en/pentagon",
        USER_AGENT,
    ) in page_server.seen
    assert "Fourchette" in USER_AGENT


OTHER_BAD_URLS = [
    ("ftp://127.0.0.1/a.html", "not an http(s) URL"),
    ("not a url", "not an http(s) URL"),
    ("http://127.0.0.1:9/closed", "cannot connect: Connection refused"),
]


@pytest.mark.parametrize(("url", "reason"), OTHER_BAD_URLS, ids=[u for u, _ in OTHER_BAD_URLS])
def test_unusable_urls(tmp_path, url, reason):
    errors: list[ArticleError] = []
    assert ingest_urls([url], tmp_path / "s", errors.append, opener=direct_opener()) == []
    assert [str(e) for e in errors] == [f"{url}: {reason}"]
    assert not (tmp_path / "s").exists()


def test_urls_through_the_cli(page_server, run_cli, tmp_path):
    """The whole command: good pages stored and extracted, each bad URL one stderr line."""
    store = tmp_path / "articles"
    store.mkdir()
    kept = store / "already-here.txt"
    kept.write_text(
        "---\nlanguage: fr\npublished: 2025-03\n---\nSelon Kiev, 4 000 soldats ont été tués.\n"
    )
    before = snapshot(store)
    routes = [*GOOD_URLS, "/fr/koursk-pertes?utm_source=newsletter", *(r[1] for r in BAD_URLS)]
    links = tmp_path / "links.txt"
    links.write_text("# test list\n" + "\n".join(page_server.url(r) for r in routes) + "\n")
    out = tmp_path / "claims.csv"

    def run():
        return run_cli("--urls", links, "--store", store, "--timeout", "1", "-o", out)

    result = run()
    expected = [f"{page_server.url(route)}: {reason}" for _, route, reason in BAD_URLS]
    assert result.stderr.splitlines() == expected
    assert result.returncode == 0
    new = sorted(set(snapshot(store)) - set(before))
    assert len(new) == 3
    assert {k: v for k, v in snapshot(store).items() if k in before} == before
    frame = pd.read_csv(out, keep_default_na=False)
    assert set(frame["article_id"]) == {Path(name).stem for name in new}
    assert {"casualties", "deployed"} <= set(frame["metric"])
    # Offline, the stored files alone give the same table.
    offline = tmp_path / "offline.csv"
    stored_files = [store / name for name in new]
    assert run_cli(*stored_files, "-o", offline).returncode == 0
    pd.testing.assert_frame_equal(
        pd.read_csv(offline, keep_default_na=False).sort_values("claim_id", ignore_index=True),
        frame.sort_values("claim_id", ignore_index=True),
    )
    # Run again: nothing new stored, nothing changed.
    after_first = snapshot(store)
    second = run()
    assert second.stderr.splitlines() == expected
    assert snapshot(store) == after_first


def test_cli_needs_paths_or_urls(run_cli):
    result = run_cli()
    assert result.returncode == 2
    assert "give article files or folders, or --urls LINKS" in result.stderr


def test_cli_missing_url_list(run_cli, tmp_path):
    result = run_cli("--urls", tmp_path / "nope.txt", "--store", tmp_path / "s")
    assert result.stderr.splitlines() == [
        f"{tmp_path / 'nope.txt'}: cannot read file: No such file or directory",
        "no article could be read; nothing written",
    ]
    assert result.returncode == 1
    assert not (tmp_path / "s").exists()
