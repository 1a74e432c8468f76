"""`python -m extract --reviewed` applies the decisions stored by the dashboard."""

from __future__ import annotations

import pandas as pd

from extract.corpus import read_article
from extract.pipeline import extract_article
from review import ReviewStore

ARTICLE = """---
title: Test
published: 2025-04-30
language: fr
---
Selon le NIS, environ 11 000 soldats nord-coréens ont été déployés. Selon Kiev, 300 soldats
nord-coréens ont été tués et 2 700 ont été blessés.
"""


def test_reviewed_output_applies_confirmations_corrections_and_rejections(
    write_article, run_cli, tmp_path
):
    path = write_article("a.txt", ARTICLE)
    article = read_article(path)
    claims = {c.value_best: c for c in extract_article(article)}
    db = tmp_path / "review.sqlite"
    store = ReviewStore(db)
    store.confirm(claims[11000].__dict__, article.body, "ana")
    store.correct(claims[300].__dict__, article.body, {"value_best": 350}, "ana")
    store.reject(claims[2700].__dict__, article.body, "ben")

    raw = run_cli(path, "-o", tmp_path / "raw.csv")
    done = run_cli(path, "--reviewed", "--review-db", db, "-o", tmp_path / "reviewed.csv")
    assert raw.returncode == done.returncode == 0, done.stderr

    raw_table = pd.read_csv(tmp_path / "raw.csv")
    table = pd.read_csv(tmp_path / "reviewed.csv")
    assert sorted(raw_table["value_best"]) == [300, 2700, 11000]
    assert sorted(table["value_best"]) == [350, 11000]
    status = dict(zip(table["value_best"], table["review_status"], strict=True))
    assert status == {350: "corrected", 11000: "confirmed"}


def test_reviewed_with_a_foreign_database_fails_clearly_and_leaves_it(
    write_article, run_cli, tmp_path
):
    path = write_article("a.txt", ARTICLE)
    foreign = tmp_path / "notes.sqlite"
    foreign.write_bytes(b"my own notes, not a database")
    done = run_cli(path, "--reviewed", "--review-db", foreign, "-o", tmp_path / "out.csv")
    assert done.returncode == 1
    assert str(foreign) in done.stderr
    assert foreign.read_bytes() == b"my own notes, not a database"
    assert not (tmp_path / "out.csv").exists()
