"""The lexicons load and validate; the loader refuses broken ones; the code holds no words."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

from extract import lexicon
from extract.lexicon import (
    LexiconError,
    available_languages,
    load_claimants,
    load_country_names,
    load_lexicon,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_language_lexicons_load(lang):
    data = load_lexicon(lang)
    assert data["language"] == lang
    assert set(data["metrics"]) == {"deployed", "killed", "wounded", "casualties", "captured"}
    assert all(data["metrics"].values()), "every metric has words"


def test_available_languages():
    assert available_languages() == ["en", "fr"]


def test_claimants_load_with_countries():
    claimants = load_claimants()
    names = {c.name: c for c in claimants}
    assert names["South Korean intelligence (NIS)"].country == "KR"
    assert names["NATO"].country == "NATO"
    assert all(c.aliases for c in claimants)
    assert load_country_names()["UA"] == "Ukrainian"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_country_of_a_lexicon_has_an_english_adjective(lang):
    codes = set(load_lexicon(lang)["countries"]) - {""}
    assert codes - set(load_country_names()) == set()
    assert {"FR", "PL", "SE"} <= codes


def _write(tmp_path: Path, name: str, data: object) -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture
def lexicon_dir(tmp_path, monkeypatch):
    """Point the loader at an empty folder, with the caches cleared around the test."""
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    for loader in (load_lexicon, load_claimants, load_country_names):
        loader.cache_clear()
    yield tmp_path
    for loader in (load_lexicon, load_claimants, load_country_names):
        loader.cache_clear()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ({"language": "xx", "metricz": {}}, "unknown key 'metricz'"),
        ({"metrics": {"killed": "tués"}}, "expected a list of strings"),
        ({"metrics": {"murdered": ["x"]}}, "unknown key 'murdered'"),
        ({"hedges": ["(unclosed"]}, r"bad pattern '\(unclosed'"),
        ({"troop_nouns": ["(?:a+)+"]}, "nested repetition"),
        ({"dates": {"months": ["janvier"]}}, "expected a mapping"),
    ],
    ids=["unknown key", "not a list", "unknown metric", "bad pattern", "nested", "wrong shape"],
)
def test_loader_refuses_broken_language_lexicon(lexicon_dir, content, message):
    _write(lexicon_dir, "xx.yaml", content)
    with pytest.raises(LexiconError, match=message) as error:
        load_lexicon("xx")
    assert "xx.yaml" in str(error.value)


def test_loader_names_a_missing_language(lexicon_dir):
    with pytest.raises(LexiconError, match="no lexicon for language 'de'"):
        load_lexicon("de")


def test_loader_refuses_unreadable_yaml(lexicon_dir):
    (lexicon_dir / "xx.yaml").write_text("metrics: [unclosed\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="xx.yaml: cannot read lexicon"):
        load_lexicon("xx")


def test_loader_refuses_an_alias_of_two_claimants(lexicon_dir):
    _write(
        lexicon_dir,
        "claimants.yaml",
        {
            "claimants": [
                {"name": "A", "country": "KR", "aliases": ["Seoul"]},
                {"name": "B", "country": "KR", "aliases": ["Seoul"]},
            ]
        },
    )
    with pytest.raises(LexiconError, match="alias 'Seoul' already belongs to 'A'"):
        load_claimants()


def test_loader_refuses_a_claimant_without_aliases(lexicon_dir):
    _write(lexicon_dir, "claimants.yaml", {"claimants": [{"name": "A", "country": "KR"}]})
    with pytest.raises(LexiconError, match="needs a name and aliases"):
        load_claimants()


def _words_of(lang: str) -> set[str]:
    """Plain words (letters only, 4+) of one language's claim and number lexicons."""
    words: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, str):
            words.update(w.casefold() for w in value.split() if w.isalpha() and len(w) >= 4)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    for path in (
        ROOT / "data/lexicons" / f"{lang}.yaml",
        ROOT / "data/lexicons/numbers" / f"{lang}.yaml",
    ):
        collect(yaml.safe_load(path.read_text("utf-8")))
    return words


def _lexicon_words() -> set[str]:
    """French words of the lexicons that are not English too: the code is written in English
    (identifiers, messages, canonical keys such as "killed"), so only the other language's
    words can tell a lexicon entry that slipped into the code."""
    return _words_of("fr") - _words_of("en")


def _code_strings(path: Path) -> list[str]:
    """String constants of a module, docstrings left out."""
    tree = ast.parse(path.read_text("utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        _without_verbose_comments(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def _without_verbose_comments(text: str) -> str:
    """Multi-line strings are VERBOSE patterns: their "# ..." line ends are comments."""
    if "\n" not in text:
        return text
    return "\n".join(re.sub(r"(?<!\\)#.*$", "", line) for line in text.splitlines())


@pytest.mark.parametrize("module", sorted((ROOT / "extract").glob("*.py")), ids=lambda p: p.name)
def test_no_lexicon_word_in_extractor_code(module):
    words = _lexicon_words()
    found = {
        word
        for text in _code_strings(module)
        for word in text.replace("_", " ").split()
        if word.casefold() in words
    }
    assert not found, f"{module.name} holds language words that belong in data/lexicons: {found}"
