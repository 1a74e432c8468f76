"""The review store: decisions applied, undone, kept across re-extraction, shared, and safe
against concurrent writers, killed writers and files that are not ours."""

from __future__ import annotations

import doctest
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import asdict, replace
from pathlib import Path

import pandas as pd
import pytest

import review.fields
import review.schema
import review.store
from extract.claim import COLUMNS, Claim, to_frame
from extract.corpus import Article
from review import (
    ADDED_RULE,
    CURRENT_VERSION,
    REVIEW_COLUMNS,
    ReviewStore,
    ReviewStoreError,
    ReviewValueError,
    content_hash,
    default_path,
)
from review.schema import APPLICATION_ID, SQLITE_MAGIC, Migration, migrate

WRITER = Path(__file__).resolve().parent / "review_writer.py"

BODY_A = (
    "Selon le NIS, 11 000 soldats nord-coréens ont été déployés en Russie. "
    "Kyiv affirme que 3 000 d'entre eux ont été tués.\n"
)
BODY_B = "The Pentagon said about 1,000 North Korean soldiers were wounded.\n"


def claim(article_id: str, body: str, quote: str, **fields: object) -> Claim:
    """A tidy-table row for `quote` in `body`, with plain defaults."""
    start = body.index(quote)
    values: dict[str, object] = {
        "claim_id": f"{article_id}:{start}",
        "article_id": article_id,
        "outlet": "Outlet",
        "url": "",
        "published": "2025-01-15",
        "language": "fr",
        "published_inferred": False,
        "metric": "deployed",
        "value_best": None,
        "value_low": None,
        "value_high": None,
        "qualifier": "exact",
        "increment": False,
        "hedged": False,
        "claimant": "",
        "claimant_country": "",
        "claim_date": "2025-01-15",
        "claim_date_precision": "day",
        "subject": "KP",
        "quote": quote,
        "sentence": quote,
        "span_start": start,
        "span_end": start + len(quote),
        "rule": "test",
    }
    return Claim(**(values | fields))


DEPLOYED = claim(
    "a",
    BODY_A,
    "11 000 soldats nord-coréens ont été déployés",
    value_best=11000,
    claimant="South Korean intelligence (NIS)",
    claimant_country="KR",
)
KILLED = claim(
    "a",
    BODY_A,
    "3 000 d'entre eux ont été tués",
    metric="killed",
    value_best=3000,
    claimant="Ukraine",
)
WOUNDED = claim(
    "b",
    BODY_B,
    "about 1,000 North Korean soldiers were wounded",
    metric="wounded",
    value_best=1000,
    qualifier="approx",
    language="en",
)
BODIES = {"a": BODY_A, "b": BODY_B}


def article(article_id: str, body: str, published: str = "2025-01-15") -> Article:
    return Article(article_id, f"{article_id}.txt", body, "", "Outlet", "", published, "fr")


@pytest.fixture
def frame() -> pd.DataFrame:
    return to_frame([DEPLOYED, KILLED, WOUNDED])


@pytest.fixture
def store(tmp_path: Path) -> ReviewStore:
    return ReviewStore(tmp_path / "review.sqlite")


def row(c: Claim) -> dict[str, object]:
    return asdict(c)


def status_of(reviewed: pd.DataFrame) -> dict[str, str]:
    return dict(zip(reviewed["claim_id"], reviewed["review_status"], strict=True))


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


# -- the doctests (review/ is not in pytest's testpaths) -----------------------------------


@pytest.mark.parametrize("module", [review.fields, review.schema, review.store], ids=str)
def test_doctests(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


# -- creation and the setting --------------------------------------------------------------


def test_created_on_first_use_with_marker_version_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "new" / "review.sqlite"
    store = ReviewStore(path)
    assert path.exists()
    assert store.version() == CURRENT_VERSION
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        versions = [v for (v,) in conn.execute("SELECT version FROM schema_version")]
    assert versions == list(range(1, CURRENT_VERSION + 1))


def test_path_setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("FOURCHETTE_REVIEW_DB", raising=False)
    assert default_path() == Path(review.store.__file__).parent.parent / "data" / "review.sqlite"
    monkeypatch.setenv("FOURCHETTE_REVIEW_DB", str(tmp_path / "elsewhere.sqlite"))
    assert ReviewStore().path == tmp_path / "elsewhere.sqlite"


def test_reopening_keeps_decisions(tmp_path: Path, frame: pd.DataFrame) -> None:
    ReviewStore(tmp_path / "r.sqlite").confirm(row(DEPLOYED), BODY_A, "Ana")
    reopened = ReviewStore(tmp_path / "r.sqlite")
    assert status_of(reopened.apply(frame, BODIES))["a:14"] == "confirmed"


def test_an_empty_file_becomes_a_review_database(tmp_path: Path) -> None:
    path = tmp_path / "review.sqlite"
    path.touch()
    assert ReviewStore(path).version() == CURRENT_VERSION


# -- files that are not ours: refused, left byte for byte ----------------------------------


def _foreign_sqlite(path: Path, journal: str = "delete") -> None:
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA journal_mode = {journal}")
        conn.execute("CREATE TABLE notes (x TEXT)")
        conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.close()


def _other_application(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA application_id = 1234")
    conn.close()


def _damaged_fourchette(path: Path) -> None:
    source = path.with_name("good.sqlite")
    store = ReviewStore(source)
    for i in range(30):  # enough pages that a cut-off copy loses some
        store.note(row(DEPLOYED), BODY_A, f"note {i} " + "x" * 4000, "Ana")
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    for leftover in source.parent.glob("good.sqlite*"):
        leftover.unlink()


def _newer_fourchette(path: Path) -> None:
    ReviewStore(path)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_version VALUES (99, 'from the future', 'later')")
    conn.close()


FOREIGN = {
    "text file": lambda p: p.write_text("claim_id,article_id\na:1,a\n"),
    "CSV with a BOM": lambda p: p.write_bytes(b"\xef\xbb\xbfclaim_id\n"),
    "SQLite header then garbage": lambda p: p.write_bytes(SQLITE_MAGIC + bytes(range(256)) * 20),
    "another program's SQLite": _foreign_sqlite,
    "another program's SQLite in WAL mode": lambda p: _foreign_sqlite(p, "wal"),
    "SQLite with another application id": _other_application,
    "a truncated review database": _damaged_fourchette,
    "a review database from a newer version": _newer_fourchette,
}


@pytest.mark.parametrize("make", FOREIGN.values(), ids=FOREIGN.keys())
def test_foreign_or_corrupt_file_is_refused_and_untouched(tmp_path: Path, make) -> None:
    path = tmp_path / "review.sqlite"
    make(path)
    before = path.read_bytes()
    files_before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(ReviewStoreError) as error:
        ReviewStore(path)
    assert str(path) in str(error.value)
    assert "untouched" in str(error.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before


def test_a_folder_at_the_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReviewStoreError, match="is a folder"):
        ReviewStore(tmp_path)


# -- migrations ----------------------------------------------------------------------------


def _version_1_database(path: Path) -> None:
    """A database as the first release wrote it: schema 1 and two decisions."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    assert migrate(conn, path, target=1) == 1
    rows = [
        ("2025-03-01T10:00:00.000000Z", "Ana", "confirm", None, None, "confirm", DEPLOYED),
        ("2025-03-01T10:05:00.000000Z", "Ana", "correct", "value_best", 3000, 3500, KILLED),
    ]
    for at, reviewer, action, field, old, new, c in rows:
        conn.execute(
            "INSERT INTO changes (at, reviewer, article_id, article_hash, span_start, span_end, "
            "quote, action, field, old_value, new_value) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                at,
                reviewer,
                c.article_id,
                content_hash(BODIES[c.article_id]),
                c.span_start,
                c.span_end,
                c.quote,
                action,
                field,
                json.dumps(old),
                json.dumps(new),
            ),
        )
    conn.execute("COMMIT")
    conn.close()


def test_migrating_from_version_1_keeps_every_decision(tmp_path: Path, frame: pd.DataFrame) -> None:
    path = tmp_path / "review.sqlite"
    _version_1_database(path)
    store = ReviewStore(path)
    assert store.version() == CURRENT_VERSION
    log = store.log()
    assert [c.action for c in log] == ["confirm", "correct"]
    assert len({c.entry_id for c in log}) == 2 and all(c.batch for c in log)
    reviewed = store.apply(frame, BODIES).set_index("claim_id")
    assert reviewed.loc["a:14", "review_status"] == "confirmed"
    assert reviewed.loc["a:87", ["value_best", "review_status"]].tolist() == [3500, "corrected"]
    store.undo()  # migrated entries can be undone like new ones
    assert store.apply(frame, BODIES).set_index("claim_id").loc["a:87", "value_best"] == 3000


def test_a_failing_migration_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "review.sqlite"
    ReviewStore(path).confirm(row(DEPLOYED), BODY_A, "Ana")

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("disk full in the middle of a migration")

    steps = (*review.schema.MIGRATIONS, Migration(CURRENT_VERSION + 1, "broken", broken))
    monkeypatch.setattr(review.schema, "MIGRATIONS", steps)
    with pytest.raises(ReviewStoreError, match="nothing was saved"):
        ReviewStore(path)
    monkeypatch.undo()
    store = ReviewStore(path)
    assert store.version() == CURRENT_VERSION
    assert len(store.log()) == 1
    with sqlite3.connect(path) as conn:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables


# -- apply: the reviewed table -------------------------------------------------------------


def test_apply_without_decisions_adds_the_review_columns_only(
    store: ReviewStore, frame: pd.DataFrame
) -> None:
    reviewed = store.apply(frame, BODIES)
    assert reviewed.columns.tolist() == [*COLUMNS, *REVIEW_COLUMNS]
    pd.testing.assert_frame_equal(reviewed[list(COLUMNS)], frame)
    assert set(reviewed["review_status"]) == {"unreviewed"}


def test_apply_confirm_reject_correct_add(store: ReviewStore, frame: pd.DataFrame) -> None:
    original = frame.copy()
    store.confirm(row(DEPLOYED), BODY_A, "Ana")
    store.reject(row(WOUNDED), BODY_B, "Bob")
    store.correct(row(KILLED), BODY_A, {"value_best": 3500, "claim_date": "2025-02"}, "Bob")
    start = BODY_A.index("Kyiv")
    store.add(
        article("a", BODY_A),
        start,
        start + 4,
        {"metric": "killed", "value_low": 100, "value_high": 200, "claimant_country": "UA"},
        "Ana",
        quote="Kyiv",
    )
    reviewed = store.apply(frame, BODIES)
    pd.testing.assert_frame_equal(frame, original)  # a new table; the input is untouched
    assert reviewed["claim_id"].tolist() == ["a:14", "a:70", "a:87"]  # reading order
    assert status_of(reviewed) == {"a:14": "confirmed", "a:70": "added", "a:87": "corrected"}
    by_id = reviewed.set_index("claim_id")
    assert by_id.loc["a:14", "reviewed_by"] == "Ana"
    killed = by_id.loc["a:87"]
    assert (killed["value_best"], killed["claim_date"], killed["claim_date_precision"]) == (
        3500,
        "2025-02",
        "month",
    )
    assert killed["corrected_fields"] == "value_best;claim_date"
    added = by_id.loc["a:70"]
    assert added["rule"] == ADDED_RULE
    assert added["quote"] == BODY_A[added["span_start"] : added["span_end"]] == "Kyiv"
    assert added["sentence"].startswith("Kyiv affirme")
    assert (added["qualifier"], added["claim_date"], added["outlet"]) == (
        "range",
        "2025-01-15",
        "Outlet",
    )
    assert reviewed.dtypes.to_dict() == store.apply(frame, BODIES).dtypes.to_dict()
    assert reviewed[list(COLUMNS)].dtypes.equals(frame.dtypes)
    kept = store.apply(frame, BODIES, keep_rejected=True)
    assert status_of(kept)["b:18"] == "rejected"


def test_a_later_decision_overrides_an_earlier_one(store: ReviewStore, frame: pd.DataFrame) -> None:
    store.reject(row(DEPLOYED), BODY_A, "Ana")
    store.confirm(row(DEPLOYED), BODY_A, "Bob")
    assert status_of(store.apply(frame, BODIES))["a:14"] == "confirmed"


def test_correcting_to_the_same_value_records_nothing(store: ReviewStore) -> None:
    assert store.correct(row(DEPLOYED), BODY_A, {"value_best": 11000}, "Ana") == []
    assert store.log() == []


def test_fields_corrected_together_are_checked_together(
    store: ReviewStore, frame: pd.DataFrame
) -> None:
    with pytest.raises(ReviewValueError, match="value_best 11000 > value_high 5000"):
        store.correct(row(DEPLOYED), BODY_A, {"value_high": 5000}, "Ana")
    changes = {"value_best": None, "value_low": 4000, "value_high": 5000, "qualifier": "range"}
    assert len(store.correct(row(DEPLOYED), BODY_A, changes, "Ana")) == 4
    deployed = store.apply(frame, BODIES).set_index("claim_id").loc["a:14"]
    assert pd.isna(deployed["value_best"])
    assert (deployed["value_low"], deployed["value_high"]) == (4000, 5000)


def test_a_note_alone_leaves_the_claim_unreviewed(store: ReviewStore, frame: pd.DataFrame) -> None:
    store.note(row(KILLED), BODY_A, "ask the Kyiv desk", "Ana")
    killed = store.apply(frame, BODIES).set_index("claim_id").loc["a:87"]
    assert (killed["review_status"], killed["review_note"]) == ("unreviewed", "ask the Kyiv desk")


def test_an_added_claim_can_be_corrected_and_rejected(
    store: ReviewStore, frame: pd.DataFrame
) -> None:
    start = BODY_B.index("1,000")
    store.add(
        article("b", BODY_B), start, start + 5, {"metric": "casualties", "value_best": 1000}, "Ana"
    )
    added = store.apply(frame, BODIES).set_index("claim_id").loc[f"b:{start}"]
    store.correct(added, BODY_B, {"value_best": 1200}, "Bob")
    again = store.apply(frame, BODIES).set_index("claim_id").loc[f"b:{start}"]
    assert (again["value_best"], again["review_status"]) == (1200, "added")
    store.reject(again, BODY_B, "Bob")
    assert f"b:{start}" not in store.apply(frame, BODIES)["claim_id"].tolist()


def test_a_claim_added_to_an_article_without_extracted_claims(store: ReviewStore) -> None:
    body = "Officials counted 500 deployed troops.\n"
    start = body.index("500")
    store.add(
        article("c", body), start, start + 3, {"metric": "deployed", "value_best": 500}, "Ana"
    )
    reviewed = store.apply(to_frame([]), {"c": body})
    assert reviewed[["claim_id", "value_best", "review_status"]].values.tolist() == [
        ["c:18", 500, "added"]
    ]


def test_apply_needs_every_body(store: ReviewStore, frame: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="no body given for the articles b"):
        store.apply(frame, {"a": BODY_A})


# -- undo ----------------------------------------------------------------------------------


def test_undo_reverts_the_last_change_and_keeps_history(
    store: ReviewStore, frame: pd.DataFrame
) -> None:
    store.confirm(row(DEPLOYED), BODY_A, "Ana")
    store.correct(row(KILLED), BODY_A, {"value_best": 3500, "hedged": True}, "Ana")
    undone = store.undo()
    assert [(c.field, c.new_value) for c in undone] == [("value_best", 3500), ("hedged", True)]
    reviewed = store.apply(frame, BODIES).set_index("claim_id")
    assert reviewed.loc["a:87", ["value_best", "hedged", "review_status"]].tolist() == [
        3000,
        False,
        "unreviewed",
    ]
    assert reviewed.loc["a:14", "review_status"] == "confirmed"
    actions = [c.action for c in store.log()]
    assert actions == ["confirm", "correct", "correct", "undo", "undo"]  # nothing deleted
    store.undo()
    store.undo()  # nothing left to undo: no error, no entry
    assert set(store.apply(frame, BODIES)["review_status"]) == {"unreviewed"}
    assert len(store.log()) == 6


def test_undo_by_reviewer_leaves_the_others_changes(
    store: ReviewStore, frame: pd.DataFrame
) -> None:
    store.confirm(row(DEPLOYED), BODY_A, "Ana")
    store.reject(row(KILLED), BODY_A, "Bob")
    assert [c.reviewer for c in store.undo("Ana")] == ["Ana"]
    statuses = status_of(store.apply(frame, BODIES, keep_rejected=True))
    assert (statuses["a:14"], statuses["a:87"]) == ("unreviewed", "rejected")
    assert store.undo("Ana") == []


def test_undo_restores_an_earlier_correction(store: ReviewStore, frame: pd.DataFrame) -> None:
    store.correct(row(KILLED), BODY_A, {"value_best": 3500}, "Ana")
    store.correct(row(KILLED), BODY_A, {"value_best": 4000}, "Ana")
    store.undo()
    assert store.apply(frame, BODIES).set_index("claim_id").loc["a:87", "value_best"] == 3500


# -- re-extraction: keys survive, orphans are listed ---------------------------------------


def test_decisions_follow_the_text_not_the_file_name(
    store: ReviewStore, frame: pd.DataFrame
) -> None:
    store.correct(row(WOUNDED), BODY_B, {"value_best": 1100}, "Ana")
    renamed = to_frame([replace(WOUNDED, article_id="b-renamed", claim_id="b-renamed:16")])
    reviewed = store.apply(renamed, {"b-renamed": BODY_B})
    assert reviewed["value_best"].tolist() == [1100]
    assert store.orphans(renamed, {"b-renamed": BODY_B}).empty


def test_changed_article_text_orphans_its_decisions_never_drops_them(
    store: ReviewStore, frame: pd.DataFrame
) -> None:
    store.confirm(row(DEPLOYED), BODY_A, "Ana")
    store.correct(row(KILLED), BODY_A, {"value_best": 3500}, "Bob")
    start = BODY_A.index("Kyiv")
    store.add(article("a", BODY_A), start, start + 4, {"metric": "killed", "value_best": 9}, "Ana")
    store.confirm(row(WOUNDED), BODY_B, "Ana")
    # The outlet updated article a: one sentence in front shifts every span.
    new_body = "Mise à jour. " + BODY_A
    new_frame = to_frame(
        [
            claim("a", new_body, DEPLOYED.quote, value_best=11000),
            claim("a", new_body, KILLED.quote, metric="killed", value_best=3000),
            WOUNDED,
        ]
    )
    bodies = {"a": new_body, "b": BODY_B}
    reviewed = store.apply(new_frame, bodies)
    assert status_of(reviewed) == {"a:27": "unreviewed", "a:100": "unreviewed", "b:18": "confirmed"}
    orphans = store.orphans(new_frame, bodies)
    assert orphans["reason"].tolist() == ["article text changed"] * 3
    assert sorted(orphans["quote"]) == sorted([DEPLOYED.quote, KILLED.quote, "Kyiv"])
    assert set(orphans["review_status"]) == {"confirmed", "corrected", "added"}
    assert json.loads(orphans.set_index("quote").loc[KILLED.quote, "corrections"]) == {
        "value_best": 3500
    }
    assert store.progress(new_frame, bodies).reviewed == 1
    # Back to the old text (the outlet reverted): the decisions apply again.
    assert status_of(store.apply(frame, BODIES))["a:87"] == "corrected"
    assert store.orphans(frame, BODIES).empty


def test_a_span_the_extractor_no_longer_finds_is_an_orphan(
    store: ReviewStore, frame: pd.DataFrame
) -> None:
    store.confirm(row(KILLED), BODY_A, "Ana")
    without = frame[frame["claim_id"] != "a:87"]
    orphans = store.orphans(without, BODIES)
    assert orphans[["quote", "reason"]].values.tolist() == [
        [KILLED.quote, "claim no longer extracted"]
    ]
    only_b = frame[frame["article_id"] == "b"]
    assert store.orphans(only_b, {"b": BODY_B})["reason"].tolist() == ["article not in this table"]


# -- progress and the next claim to review -------------------------------------------------


def test_progress_and_next_unreviewed(store: ReviewStore, frame: pd.DataFrame) -> None:
    assert str(store.progress(frame, BODIES)) == "0 of 3 claims reviewed"
    assert store.next_unreviewed(frame, BODIES) == "a:14"
    store.confirm(row(DEPLOYED), BODY_A, "Ana")
    store.reject(row(WOUNDED), BODY_B, "Ana")
    progress = store.progress(frame, BODIES)
    assert (progress.reviewed, progress.total) == (2, 3)
    assert progress.by_status == {
        "unreviewed": 1,
        "confirmed": 1,
        "corrected": 0,
        "rejected": 1,
        "added": 0,
    }
    assert store.next_unreviewed(frame, BODIES) == "a:87"
    assert store.next_unreviewed(frame, BODIES, after="a:87") == "a:87"  # wraps around
    store.confirm(row(KILLED), BODY_A, "Ana")
    assert store.next_unreviewed(frame, BODIES) is None
    assert str(store.progress(frame, BODIES)) == "3 of 3 claims reviewed"


# -- export and import ---------------------------------------------------------------------


def _review_some(store: ReviewStore) -> None:
    store.confirm(row(DEPLOYED), BODY_A, "Ana")
    store.correct(
        row(KILLED),
        BODY_A,
        {"value_best": None, "value_low": 2000, "qualifier": "at_least", "hedged": True},
        "Bob",
    )
    store.note(row(KILLED), BODY_A, "Chiffre « prudent », voir l'AFP\nsecond line", "Bob")
    start = BODY_A.index("Kyiv")
    store.add(article("a", BODY_A), start, start + 4, {"metric": "killed", "value_best": 9}, "Ana")
    store.reject(row(WOUNDED), BODY_B, "Ana")
    store.undo("Ana")


@pytest.mark.parametrize("suffix", ["csv", "json"])
def test_export_import_round_trip_and_idempotence(
    tmp_path: Path, frame: pd.DataFrame, suffix: str
) -> None:
    first = ReviewStore(tmp_path / "first.sqlite")
    _review_some(first)
    exported = tmp_path / f"decisions.{suffix}"
    assert first.export_decisions(exported) == len(first.log()) == 9
    second = ReviewStore(tmp_path / "second.sqlite")
    result = second.import_decisions(exported, reviewer="Chloé")
    assert (result.imported, result.skipped) == (9, 0)
    pd.testing.assert_frame_equal(
        second.apply(frame, BODIES, keep_rejected=True),
        first.apply(frame, BODIES, keep_rejected=True),
    )
    log = second.log()
    assert {c.imported_by for c in log} == {"Chloé"}
    again = second.import_decisions(exported, reviewer="Chloé")
    assert (again.imported, again.skipped) == (0, 9)
    assert second.log() == log
    assert first.import_decisions(exported, reviewer="Ana").imported == 0


def test_merging_two_newsrooms_does_not_depend_on_import_order(
    tmp_path: Path, frame: pd.DataFrame
) -> None:
    paris, seoul = ReviewStore(tmp_path / "paris.sqlite"), ReviewStore(tmp_path / "seoul.sqlite")
    paris.correct(row(KILLED), BODY_A, {"value_best": 3500}, "Ana")
    seoul.confirm(row(DEPLOYED), BODY_A, "Min")
    seoul.correct(row(KILLED), BODY_A, {"value_best": 3200}, "Min")  # later: wins
    paris.export_decisions(tmp_path / "paris.json")
    seoul.export_decisions(tmp_path / "seoul.csv")
    one, two = ReviewStore(tmp_path / "one.sqlite"), ReviewStore(tmp_path / "two.sqlite")
    for store, files in ((one, ["paris.json", "seoul.csv"]), (two, ["seoul.csv", "paris.json"])):
        for name in files:
            store.import_decisions(tmp_path / name, reviewer="Desk")
    merged = one.apply(frame, BODIES)
    pd.testing.assert_frame_equal(merged, two.apply(frame, BODIES))
    assert merged.set_index("claim_id").loc["a:87", "value_best"] == 3200


def test_a_hand_made_csv_without_ids_imports_once(tmp_path: Path, frame: pd.DataFrame) -> None:
    path = tmp_path / "hand.csv"
    path.write_text(
        "at,action,article_id,article_hash,span_start,span_end,field,new_value\n"
        f"2025-03-01T09:00:00.000000Z,correct,a,{content_hash(BODY_A)},87,117,value_best,3300\n",
        encoding="utf-8",
    )
    store = ReviewStore(tmp_path / "r.sqlite")
    assert store.import_decisions(path, reviewer="Ana").imported == 1
    assert store.import_decisions(path, reviewer="Ana").imported == 0
    killed = store.apply(frame, BODIES).set_index("claim_id").loc["a:87"]
    assert (killed["value_best"], killed["reviewed_by"]) == (3300, "Ana")


BAD_ENTRIES = {
    "unknown action": {"action": "delete"},
    "metric out of the enum": {"field": "metric", "new_value": "injured"},
    "negative figure": {"new_value": -3},
    "impossible date": {"field": "claim_date", "new_value": "2025-02-30"},
    "unknown country": {"field": "claimant_country", "new_value": "UK"},
    "field that is not correctable": {"field": "quote", "new_value": "x"},
    "hash that is not sha256": {"article_hash": "abc"},
    "empty span": {"span_end": 87},
    "time in the future": {"at": "2999-01-01T00:00:00.000000Z"},
    "time without zone": {"at": "2025-03-01 09:00"},
    "undo naming nothing": {"action": "undo", "undoes": None},
}


@pytest.mark.parametrize("change", BAD_ENTRIES.values(), ids=BAD_ENTRIES.keys())
def test_an_invalid_entry_imports_nothing(tmp_path: Path, change: dict[str, object]) -> None:
    good = {
        "format": "fourchette-review-decisions",
        "entries": [
            {
                "entry_id": "good1",
                "at": "2025-03-01T09:00:00.000000Z",
                "reviewer": "Ana",
                "action": "confirm",
                "article_hash": content_hash(BODY_A),
                "span_start": 87,
                "span_end": 117,
            }
        ],
    }
    bad = good["entries"][0] | {"entry_id": "bad1", "action": "correct", "field": "value_best"}
    bad |= {"new_value": 1} | change
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(good | {"entries": [*good["entries"], bad]}), encoding="utf-8")
    store = ReviewStore(tmp_path / "r.sqlite")
    with pytest.raises(ReviewValueError, match="entry 2"):
        store.import_decisions(path, reviewer="Ana")
    assert store.log() == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not JSON"),
        ('{"entries": []}', "not a Fourchette decisions file"),
    ],
    ids=["text", "JSON of something else"],
)
def test_an_unreadable_decisions_file_is_refused(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "decisions.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReviewValueError, match=message):
        ReviewStore(tmp_path / "r.sqlite").import_decisions(path, reviewer="Ana")


def test_export_refuses_an_unknown_format(store: ReviewStore, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.csv or \.json"):
        store.export_decisions(tmp_path / "decisions.xlsx")


# -- validation ----------------------------------------------------------------------------

CORRECTIONS_REFUSED = [
    ("metric", "injured", "not one of deployed"),
    ("qualifier", "about", "not one of exact"),
    ("value_best", -1, "negative"),
    ("value_best", 2.5, "whole number"),
    ("value_best", True, "whole number"),
    ("value_best", "many", "whole number"),
    ("value_low", 20000, "value_low 20000 > value_best 11000"),
    ("value_best", None, "a claim needs a figure"),
    ("claim_date", "2025-13", "not a date"),
    ("claim_date", "2025-02-29", "not a date"),
    ("claim_date", "15/01/2025", "not a date"),
    ("claim_date", "2025-1-5", "not a date"),
    ("claimant_country", "UK", "not an ISO 3166 country code or NATO"),
    ("claimant_country", "UA;UA", "twice"),
    ("claimant_country", "UA,KR", "not an ISO 3166"),
    ("subject", "North Korea", "not an ISO 3166 country code"),
    ("hedged", "maybe", "true or false"),
    ("increment", 1, "true or false"),
    ("claimant", "NIS\nKCNA", "one line"),
    ("sentence", "x", "not a field a reviewer can correct"),
]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    CORRECTIONS_REFUSED,
    ids=[f"{f}={v!r}" for f, v, _ in CORRECTIONS_REFUSED],
)
def test_a_bad_correction_is_refused_and_not_recorded(
    store: ReviewStore, field: str, value: object, message: str
) -> None:
    with pytest.raises(ReviewValueError, match=message):
        store.correct(row(DEPLOYED), BODY_A, {field: value}, "Ana")
    assert store.log() == []


CORRECTIONS_ACCEPTED = [
    ("claimant_country", "ua; kr", "UA;KR"),
    ("claimant_country", "NATO", "NATO"),
    ("claimant_country", "", ""),
    ("value_best", "12000", 12000),
    ("value_best", 12000.0, 12000),
    ("claim_date", "2025", "2025"),
    ("claim_date", "2024-02-29", "2024-02-29"),
    ("hedged", "true", True),
    ("subject", "ru", "RU"),
    ("claimant", "  Kyiv Independent ", "Kyiv Independent"),
]


@pytest.mark.parametrize(
    ("field", "value", "stored"),
    CORRECTIONS_ACCEPTED,
    ids=[f"{f}={v!r}" for f, v, _ in CORRECTIONS_ACCEPTED],
)
def test_a_correction_is_stored_in_canonical_form(
    store: ReviewStore, frame: pd.DataFrame, field: str, value: object, stored: object
) -> None:
    store.correct(row(DEPLOYED), BODY_A, {field: value}, "Ana")
    assert store.log()[-1].new_value == stored
    assert store.apply(frame, BODIES).set_index("claim_id").loc["a:14", field] == stored


ADDS_REFUSED = [
    ({"quote": "Selon"}, "is not body"),
    ({"start": 60, "end": 300}, "not inside"),
    ({"start": 13, "end": 14, "quote": " "}, "blank"),
    ({"values": {"metric": "killed"}}, "needs a figure"),
    ({"values": {"value_best": 3}}, "metric: an added claim needs one"),
    ({"values": {"metric": "killed", "value_best": 3, "rule": "x"}}, "not fields"),
    ({"published": ""}, "no published date"),
]


@pytest.mark.parametrize(("change", "message"), ADDS_REFUSED, ids=[m for _, m in ADDS_REFUSED])
def test_a_bad_added_claim_is_refused(
    store: ReviewStore, change: dict[str, object], message: str
) -> None:
    start = BODY_A.index("Kyiv")
    args = {"start": start, "end": start + 4, "quote": "Kyiv"} | change
    values = change.get("values", {"metric": "killed", "value_best": 3})
    with pytest.raises(ReviewValueError, match=message):
        store.add(
            article("a", BODY_A, published=str(change.get("published", "2025-01-15"))),
            args["start"],
            args["end"],
            values,
            "Ana",
            quote=args["quote"],
        )
    assert store.log() == []


@pytest.mark.parametrize("name", ["", "   ", None, "Ana\nBob"], ids=repr)
def test_a_decision_needs_a_reviewer_name(store: ReviewStore, name: object) -> None:
    with pytest.raises(ReviewValueError, match="reviewer"):
        store.confirm(row(DEPLOYED), BODY_A, name)  # type: ignore[arg-type]


def test_a_row_from_another_version_of_the_text_is_refused(store: ReviewStore) -> None:
    with pytest.raises(ReviewValueError, match="is not body"):
        store.confirm(row(DEPLOYED), "Mise à jour. " + BODY_A, "Ana")


# -- two writers at once, a writer killed mid-write ----------------------------------------


def _spawn(*args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_many_openers_of_a_new_store_at_the_same_moment_all_succeed(tmp_path: Path) -> None:
    # Each opener creates or finds the schema and switches the file to WAL; the switch does
    # not wait for other connections, and the three reads that identify a file must see one
    # state. Threads open their own connections, as processes do (30 rounds of 8).
    failures: list[str] = []
    for round_ in range(30):
        path = tmp_path / f"review{round_}.sqlite"
        barrier = threading.Barrier(8)

        def open_store(path: Path = path, barrier: threading.Barrier = barrier) -> None:
            barrier.wait()
            try:
                ReviewStore(path)
            except Exception as error:  # noqa: BLE001 - any failure is what this test counts
                failures.append(repr(error))

        threads = [threading.Thread(target=open_store) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert ReviewStore(path).log() == []
    assert failures == []


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path, go, count = tmp_path / "review.sqlite", tmp_path / "go", 100
    # Both create the database at the same moment too: no file exists yet.
    writers = [_spawn(path, "append", name, count, go) for name in ("ana", "bob")]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    go.touch()
    spans = []
    for writer in writers:
        out, errors = writer.communicate(timeout=300)
        assert writer.returncode == 0, errors
        spans.append([float(t) for t in out.split()[-2:]])
    (start_a, end_a), (start_b, end_b) = spans
    assert start_a < end_b and start_b < end_a  # both were writing during the same time
    log = ReviewStore(path).log()
    assert len(log) == 2 * count
    assert len({c.entry_id for c in log}) == 2 * count
    for name in ("ana", "bob"):
        notes = [c.new_value for c in log if c.reviewer == name]
        assert notes == [f"{name} {i}" for i in range(count)]
    stamps = [c.at for c in log]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert integrity(path) == "ok"


def test_a_writer_killed_inside_its_transaction_leaves_no_trace(
    tmp_path: Path, frame: pd.DataFrame
) -> None:
    path = tmp_path / "review.sqlite"
    ReviewStore(path).confirm(row(DEPLOYED), BODY_A, "Ana")
    # 400 notes of 40 kB: more than SQLite's page cache, so pages spill to the WAL before
    # the kill; they must not count without a commit.
    writer = _spawn(path, "hold", 400)
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "holding", (
        writer.stderr.read() if writer.stderr else ""
    )
    assert path.with_name("review.sqlite-wal").stat().st_size > 1_000_000
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=30)
    assert integrity(path) == "ok"
    store = ReviewStore(path)
    assert [c.action for c in store.log()] == ["confirm"]
    store.reject(row(KILLED), BODY_A, "Bob")  # still writable
    assert status_of(store.apply(frame, BODIES, keep_rejected=True))["a:87"] == "rejected"


@pytest.mark.parametrize("delay", [0.05, 0.2, 0.5], ids=lambda d: f"killed after {d}s")
def test_a_writer_killed_at_a_random_moment_leaves_whole_batches(
    tmp_path: Path, delay: float
) -> None:
    path = tmp_path / "review.sqlite"
    writer = _spawn(path, "batches", 1_000_000)
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "started"
    time.sleep(delay)
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=30)
    assert integrity(path) == "ok"
    log = ReviewStore(path).log()
    assert len(log) >= 3 and len(log) % 3 == 0  # each batch of three whole, or absent
    for batch in {c.batch for c in log}:
        assert len([c for c in log if c.batch == batch]) == 3
    last = {c.field: c.new_value for c in log[-3:]}
    assert last["value_low"] + 1 == last["value_best"] == last["value_high"] - 1


# -- with the real extractor ---------------------------------------------------------------


def test_the_extractors_table_and_bodies_fit_the_store(
    store: ReviewStore, write_article, tmp_path: Path
) -> None:
    from extract import claims_frame
    from review import load_bodies

    write_article(
        "seoul.txt",
        "---\npublished: 2025-01-15\nlanguage: fr\n---\n"
        "Selon le renseignement sud-coréen, 11 000 soldats nord-coréens ont été déployés.\n",
    )
    frame = claims_frame(tmp_path)
    bodies = load_bodies([tmp_path])
    assert len(frame) >= 1 and set(bodies) == {"seoul"}
    first = frame.iloc[0]
    store.correct(first, bodies["seoul"], {"value_best": 12000}, "Ana")
    reviewed = store.apply(frame, bodies)
    assert reviewed.loc[0, ["value_best", "review_status"]].tolist() == [12000, "corrected"]
    assert str(store.progress(frame, bodies)) == f"1 of {len(frame)} claims reviewed"
