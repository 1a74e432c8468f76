"""The review database's schema: an identity check, a version table and ordered migrations.

A Fourchette review database is a SQLite file whose header carries `APPLICATION_ID` and whose
`schema_version` table lists the migrations applied. `open_checked` refuses any other file
(text, corrupt, another program's SQLite database) before a single byte of it is written;
`migrate` brings ours to the current version inside the caller's write transaction, so a
process killed halfway through a migration leaves the previous version intact.

To change the schema, append a `Migration` to `MIGRATIONS`; never edit a published one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

APPLICATION_ID = 0x46524348  # "FRCH" in the SQLite header: this file is a Fourchette review DB
SQLITE_MAGIC = b"SQLite format 3\x00"


class ReviewStoreError(Exception):
    """The review database cannot be used: not ours, corrupt, too new, locked, unwritable.

    `str()` is one line naming the file: "PATH: reason".
    """

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


@dataclass(frozen=True)
class Migration:
    version: int  # the schema version this step produces
    description: str  # one line, kept in the schema_version table
    apply: Callable[[sqlite3.Connection], None]  # runs inside the open write transaction


def _v1_log(conn: sqlite3.Connection) -> None:
    # The audit log. Values are JSON text so None, numbers, booleans and text keep their type.
    conn.execute(
        """
        CREATE TABLE changes (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- order in which this file recorded it
            at TEXT NOT NULL,            -- UTC, YYYY-MM-DDTHH:MM:SS.ffffffZ (sorts as time)
            reviewer TEXT NOT NULL,      -- the name typed in the sidebar
            article_id TEXT NOT NULL,    -- for display; the key is the hash and the span
            article_hash TEXT NOT NULL,  -- sha256 of the article body, hex
            span_start INTEGER NOT NULL, -- the claim's quote: body[span_start:span_end]
            span_end INTEGER NOT NULL,
            quote TEXT NOT NULL,         -- the quote at the time, to find an orphan again
            action TEXT NOT NULL,        -- confirm, reject, correct, add, note (v2: undo)
            field TEXT,                  -- the corrected field; NULL otherwise
            old_value TEXT,              -- JSON
            new_value TEXT               -- JSON
        )
        """
    )


def entry_id_of(row: dict[str, object]) -> str:
    """A stable id derived from an entry's content (for entries that came without one).

    >>> len(entry_id_of({"at": "2025-01-01T00:00:00.000000Z", "action": "confirm"}))
    32
    """
    content = {
        k: row.get(k) for k in sorted(row) if k not in ("seq", "entry_id", "batch", "imported_by")
    }
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()[:32]


def _v2_ids_and_undo(conn: sqlite3.Connection) -> None:
    # Entry ids make imports idempotent; a batch groups the entries of one action (undone
    # together); an undo entry names the entry it cancels.
    for column in ("entry_id", "batch", "undoes"):
        conn.execute(f"ALTER TABLE changes ADD COLUMN {column} TEXT")
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT * FROM changes").fetchall()
    conn.row_factory = None
    ids: list[tuple[str, int]] = []
    seen: set[str] = set()
    for row in rows:
        entry = entry_id_of(dict(row))
        if entry in seen:  # two identical rows (same microsecond): still two entries
            entry = entry_id_of({**dict(row), "duplicate": row["seq"]})
        seen.add(entry)
        ids.append((entry, row["seq"]))
    conn.executemany(
        "UPDATE changes SET entry_id = ?, batch = ? WHERE seq = ?",
        [(entry, entry, seq) for entry, seq in ids],
    )
    conn.execute("CREATE UNIQUE INDEX changes_entry_id ON changes (entry_id)")


def _v3_provenance_and_lookup(conn: sqlite3.Connection) -> None:
    # Who imported an entry from a shared file ("" for entries made here); claim lookups.
    conn.execute("ALTER TABLE changes ADD COLUMN imported_by TEXT NOT NULL DEFAULT ''")
    conn.execute("CREATE INDEX changes_claim ON changes (article_hash, span_start, span_end)")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "audit log of review changes", _v1_log),
    Migration(2, "entry ids, batches and undo", _v2_ids_and_undo),
    Migration(3, "import provenance and claim index", _v3_provenance_and_lookup),
)
CURRENT_VERSION = MIGRATIONS[-1].version


def check_file(path: Path) -> None:
    """Refuse, by its first bytes and without opening it as a database, a file that is not
    SQLite: a text file, a corrupt header. An absent or empty file is fine (created later).
    """
    if path.is_dir():
        raise ReviewStoreError(path, "is a folder, not a review database file")
    if not path.exists():
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise ReviewStoreError(path, f"cannot be read ({error.strerror})") from None
    if head and head != SQLITE_MAGIC:
        raise ReviewStoreError(
            path, "is not a Fourchette review database (not a SQLite file); it was left untouched"
        )


def check_intact(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a damaged review database (a truncated copy, a disk error) before using it."""
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as error:
        problems = [str(error)]
    if problems != ["ok"]:
        raise ReviewStoreError(
            path,
            f"is damaged ({'; '.join(problems[:3])}); it was left untouched — "
            "restore a backup or point FOURCHETTE_REVIEW_DB to a new file",
        )


def schema_version(conn: sqlite3.Connection) -> int:
    """The version recorded in an opened Fourchette database (0 when it has no table yet)."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if row is None:
        return 0
    return conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def identify(conn: sqlite3.Connection, path: Path) -> str:
    """'ours', 'empty' or a `ReviewStoreError` for anything else; reads only.

    'empty' is a zero-length file or a SQLite database with no table, no application id and
    no user version: it holds nothing to lose, so it may become a review database.
    """
    # One read transaction for the three reads: outside one, another process creating the
    # database could commit between them (no marker yet, then its tables).
    own = not conn.in_transaction
    try:
        if own:
            conn.execute("BEGIN")
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise ReviewStoreError(
            path, f"is not a usable review database ({error}); it was left untouched"
        ) from None
    finally:
        if own and conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
    if application_id == APPLICATION_ID:
        return "ours"
    if application_id == 0 and user_version == 0 and objects == 0:
        return "empty"
    raise ReviewStoreError(
        path,
        "is a SQLite database of another program (no Fourchette review marker); "
        "it was left untouched — set FOURCHETTE_REVIEW_DB to another file",
    )


def migrate(conn: sqlite3.Connection, path: Path, target: int | None = None) -> int:
    """Apply the missing migrations up to `target` (default: the latest) inside the open
    transaction; returns the version reached.

    The caller holds a write transaction (BEGIN IMMEDIATE), so concurrent openers wait and
    then find the work done, and a crash rolls every step back together.
    """
    if identify(conn, path) == "empty":
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(
            """
            CREATE TABLE schema_version (
                version INTEGER PRIMARY KEY,
                applied_at TEXT NOT NULL,
                description TEXT NOT NULL
            )
            """
        )
    version, latest = schema_version(conn), MIGRATIONS[-1].version
    if version > latest:
        raise ReviewStoreError(
            path,
            f"was written by a newer Fourchette (schema {version}, this one knows "
            f"{latest}); upgrade Fourchette to use it — the file was left untouched",
        )
    target = latest if target is None else target
    for step in MIGRATIONS:
        if version < step.version <= target:
            step.apply(conn)
            conn.execute(
                "INSERT INTO schema_version VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ'), ?)",
                (step.version, step.description),
            )
            version = step.version
    return version
