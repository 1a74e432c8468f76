"""The command line: output formats with exactly the tidy table's columns, stdout, exit codes.

Format and exit-code tests run `main()` in process with a one-claim-per-article stand-in for
the extractor (monkeypatched), so they check the CLI, not the extraction; the end-to-end
tests at the bottom run the real pipeline in a subprocess.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from extract import pipeline
from extract.__main__ import main
from extract.claim import COLUMNS, Claim
from extract.corpus import Article

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"


def fake_claim(article: Article) -> Claim:
    quote = article.body.split("\n")[0][:20]
    return Claim(
        claim_id=f"{article.article_id}:0",
        article_id=article.article_id,
        outlet=article.outlet,
        url=article.url,
        published=article.published,
        language=article.language,
        published_inferred=False,
        metric="deployed",
        value_best=None,
        value_low=2000,
        value_high=9999,
        qualifier="vague",
        increment=False,
        hedged=True,
        claimant="",
        claimant_country="",
        claim_date=article.published,
        claim_date_precision="day",
        subject="KP",
        quote=quote,
        sentence=quote,
        span_start=0,
        span_end=len(quote),
        rule="fake",
    )


@pytest.fixture
def fake_pipeline(monkeypatch):
    monkeypatch.setattr(pipeline, "extract_article", lambda article: [fake_claim(article)])


@pytest.fixture
def corpus(write_article) -> Path:
    """Two small articles in a folder of their own."""
    write_article("corpus/fr-1.txt", "---\npublished: 2025-04\nlanguage: fr\n---\nDes milliers.\n")
    return write_article(
        "corpus/en-1.md", "---\noutlet: KBS\nlanguage: en\n---\nThousands.\n"
    ).parent


READERS = {
    "csv": lambda path: pd.read_csv(path, keep_default_na=False),
    "parquet": pd.read_parquet,
    "json": lambda path: pd.DataFrame(json.loads(Path(path).read_text(encoding="utf-8"))),
}


@pytest.mark.parametrize("fmt", list(READERS))
def test_output_has_exactly_the_columns(fake_pipeline, corpus, tmp_path, fmt):
    out = tmp_path / f"claims.{fmt}"
    assert main([str(corpus), "-o", str(out)]) == 0
    frame = READERS[fmt](out)
    assert frame.columns.tolist() == list(COLUMNS)
    assert sorted(frame["article_id"]) == ["en-1", "fr-1"]
    assert frame.loc[frame["article_id"] == "fr-1", "published"].tolist() == ["2025-04"]


def test_json_is_utf8_records_not_ascii_escaped(fake_pipeline, write_article, tmp_path):
    folder = write_article("kp.txt", "---\nlanguage: fr\n---\nSéoul : des milliers.\n").parent
    out = tmp_path / "claims.json"
    assert main([str(folder), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Séoul" in text and "\\u00e9" not in text
    [record] = json.loads(text)
    assert list(record) == list(COLUMNS)
    assert (record["value_best"], record["value_low"], record["hedged"]) == (None, 2000, True)


def test_parquet_keeps_the_table_dtypes(fake_pipeline, corpus, tmp_path):
    out = tmp_path / "claims.parquet"
    assert main([str(corpus), "-o", str(out)]) == 0
    frame = pd.read_parquet(out)
    assert str(frame["value_low"].dtype) == "Int64"
    assert frame["value_best"].isna().all()
    assert frame["hedged"].dtype == bool


def test_stdout_csv_without_output(fake_pipeline, corpus, capsysbinary):
    assert main([str(corpus)]) == 0
    captured = capsysbinary.readouterr()
    frame = pd.read_csv(io.BytesIO(captured.out), keep_default_na=False)
    assert frame.columns.tolist() == list(COLUMNS)
    assert len(frame) == 2
    assert captured.err == b""


@pytest.mark.parametrize(
    "argv",
    [["x.txt", "-o", "claims.xlsx"], ["x.txt", "-o", "claims"], []],
    ids=["unknown extension", "no extension", "no path"],
)
def test_bad_usage_exits_2(argv, capsys):
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_unknown_extension_is_refused_before_reading(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main([str(tmp_path / "missing.txt"), "-o", str(tmp_path / "claims.xlsx")])
    err = capsys.readouterr().err
    assert "unknown output extension" in err
    assert "missing.txt" not in err  # usage is checked before any file


def test_no_article_read_exits_1_and_writes_nothing(fake_pipeline, tmp_path, capsys):
    out = tmp_path / "claims.csv"
    assert main([str(tmp_path / "missing"), "-o", str(out)]) == 1
    assert not out.exists()
    assert capsys.readouterr().err.splitlines() == [
        f"{tmp_path / 'missing'}: no such file or folder",
        "no article could be read; nothing written",
    ]


def test_an_extractor_failure_costs_one_line_not_the_run(monkeypatch, corpus, tmp_path, capsys):
    def flaky(article: Article) -> list[Claim]:
        if article.article_id == "fr-1":
            raise RuntimeError("boom")
        return [fake_claim(article)]

    monkeypatch.setattr(pipeline, "extract_article", flaky)
    out = tmp_path / "claims.csv"
    assert main([str(corpus), "-o", str(out)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"{corpus / 'fr-1.txt'}: extraction failed: RuntimeError: boom"
    ]
    assert pd.read_csv(out)["article_id"].tolist() == ["en-1"]


def test_unwritable_output_exits_1(fake_pipeline, corpus, tmp_path, capsys):
    out = tmp_path / "no such folder" / "claims.csv"
    assert main([str(corpus), "-o", str(out)]) == 1
    assert capsys.readouterr().err.startswith(f"{out}: cannot write the table")


# --- end to end: the real pipeline in a subprocess -----------------------------------------


def test_help(run_cli):
    result = run_cli("--help")
    assert result.returncode == 0
    assert "usage: python -m extract" in result.stdout
    assert "claim_date_precision" in result.stdout


def test_bad_extension_in_a_subprocess_exits_2(run_cli, tmp_path):
    result = run_cli(ARTICLES, "-o", tmp_path / "claims.txt")
    assert result.returncode == 2
    assert "unknown output extension" in result.stderr


@pytest.mark.parametrize("fmt", list(READERS))
def test_embedded_corpus_end_to_end(run_cli, tmp_path, fmt):
    out = tmp_path / f"claims.{fmt}"
    result = run_cli(ARTICLES, "-o", out)
    assert (result.returncode, result.stderr) == (0, "")
    frame = READERS[fmt](out)
    assert frame.columns.tolist() == list(COLUMNS)
    assert len(frame) > 0
    assert set(frame["article_id"]) <= {path.stem for path in ARTICLES.glob("*.txt")}


def test_embedded_corpus_to_stdout(run_cli):
    result = run_cli(ARTICLES)
    assert result.returncode == 0
    frame = pd.read_csv(io.StringIO(result.stdout), keep_default_na=False)
    assert frame.columns.tolist() == list(COLUMNS)
    assert len(frame) > 0


TRICKY = [
    pytest.param("plain", id="plain"),
    pytest.param('« 10 000 », a-t-il dit, "environ"', id="commas-and-quotes"),
    pytest.param("line one\nline two\r\n", id="line-breaks"),
    pytest.param("", id="empty"),
    pytest.param(" leading and trailing spaces ", id="spaces"),
    pytest.param("tab\there; semicolon", id="tab"),
]


@pytest.mark.parametrize("text", TRICKY)
def test_csv_without_pandas_is_byte_for_byte_what_pandas_writes(text):
    """The CLI writes CSV with the csv module (pandas is not loaded): the same bytes."""
    from dataclasses import replace

    from extract.claim import to_frame, write_csv

    article = Article("a", "a.txt", text or "x", text, text, text, "2025-01", "fr")
    claims = [
        replace(fake_claim(article), quote=text, sentence=text, outlet=text),
        replace(fake_claim(article), value_best=12000, value_low=None, increment=True),
    ]
    out = io.StringIO(newline="")
    write_csv(claims, out)
    assert out.getvalue() == to_frame(claims).to_csv(index=False)


def test_the_cli_does_not_load_pandas_for_csv(tmp_path):
    """Importing pandas costs about half a second: CSV output must not pay for it."""
    import subprocess
    import sys

    code = (
        "import sys; from extract.__main__ import main; "
        f"main([{str(ARTICLES)!r}, '-o', {str(tmp_path / 'c.csv')!r}]); "
        "print('pandas' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"
    assert (tmp_path / "c.csv").read_text(encoding="utf-8").startswith("claim_id,")
