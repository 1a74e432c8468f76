"""The review store: reporters' decisions on extracted claims, kept in an append-only log.

Every decision (confirm, reject, correct a field, add a missed claim, note) is one row of the
`changes` table in a SQLite file; nothing is ever updated or deleted there. The current
decisions are derived from the log by replaying it (`ReviewStore.decisions`), and
`ReviewStore.apply` turns an extracted claims frame into the reviewed one.

A claim is keyed by the sha256 of its article's body plus its span (`ClaimKey`), not by a row
number or a file name, so decisions survive re-extraction and renamed files. When an
article's text changes, its decisions stop matching; they are kept and listed by
`ReviewStore.orphans`, never dropped.

Writes run in one `BEGIN IMMEDIATE` transaction each, in WAL mode with a busy timeout: two
processes writing at once both land, and a process killed mid-write leaves no partial change.

>>> import tempfile
>>> from extract.claim import COLUMNS
>>> body = "Selon le NIS, 11 000 soldats ont été déployés."
>>> row = dict.fromkeys(COLUMNS, "") | {
...     "claim_id": "a:14", "article_id": "a", "metric": "deployed", "value_best": 11000,
...     "value_low": None, "value_high": None, "qualifier": "exact", "increment": False,
...     "hedged": False, "published_inferred": False, "claim_date": "2025-01",
...     "claim_date_precision": "month", "subject": "KP", "quote": body[14:39],
...     "span_start": 14, "span_end": 39}
>>> frame = pd.DataFrame([row])
>>> with tempfile.TemporaryDirectory() as folder:
...     store = ReviewStore(Path(folder) / "review.sqlite")
...     _ = store.correct(row, body, {"value_best": 12000}, reviewer="Ana")
...     reviewed = store.apply(frame, {"a": body})
...     print(store.progress(frame, {"a": body}))
1 of 1 claims reviewed
>>> print(*reviewed.loc[0, ["value_best", "review_status", "reviewed_by", "corrected_fields"]])
12000 corrected Ana value_best
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import pandas as pd

from extract.claim import BOOL_COLUMNS
from review.fields import (
    CORRECTABLE,
    ReviewValueError,
    check_claim,
    date_precision,
    parse_field,
    parse_note,
    parse_reviewer,
)
from review.schema import (
    CURRENT_VERSION,
    ReviewStoreError,
    check_file,
    check_intact,
    entry_id_of,
    identify,
    migrate,
    schema_version,
)

ENV_VAR = "FOURCHETTE_REVIEW_DB"  # the setting: where the review database lives
DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "review.sqlite"
BUSY_TIMEOUT = 30.0  # seconds a writer waits for another one before giving up

STATUSES = ("unreviewed", "confirmed", "corrected", "rejected", "added")
# Columns `apply` adds to the claims frame, after the tidy table's.
REVIEW_COLUMNS = (
    "review_status",  # one of STATUSES
    "reviewed_by",  # reviewer of the latest decision in force, "" when unreviewed
    "reviewed_at",  # its UTC time, YYYY-MM-DDTHH:MM:SS.ffffffZ, "" when unreviewed
    "review_note",  # the reviewer's note, "" when none
    "corrected_fields",  # fields whose value a reviewer changed, joined by ";"
)
ADDED_RULE = "review.added"  # the rule column of a claim a reviewer added
ACTIONS = ("confirm", "reject", "correct", "add", "note", "undo")
EXPORT_FIELDS = (
    "entry_id",
    "batch",
    "at",
    "reviewer",
    "action",
    "article_id",
    "article_hash",
    "span_start",
    "span_end",
    "quote",
    "field",
    "old_value",
    "new_value",
    "undoes",
)
EXPORT_FORMAT = "fourchette-review-decisions"
_STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"  # fixed width, so text order is time order
_HEX64 = re.compile(r"[0-9a-f]{64}")
_ENTRY_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")
_FUTURE_SLACK = dt.timedelta(days=1)  # clocks differ; an entry from next year is an error


def default_path() -> Path:
    """The review database's path: `$FOURCHETTE_REVIEW_DB`, else data/review.sqlite.

    >>> os.environ.pop(ENV_VAR, None) and None
    >>> default_path().parts[-2:]
    ('data', 'review.sqlite')
    """
    setting = os.environ.get(ENV_VAR, "").strip()
    return Path(setting).expanduser() if setting else DEFAULT_PATH


def content_hash(body: str) -> str:
    """The key of an article's text: sha256 of its body (as `read_article` returns it).

    >>> content_hash("abc")[:12]
    'ba7816bf8f01'
    """
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ClaimKey:
    """What a decision is attached to: the article's text and the claim's span in it."""

    article_hash: str  # content_hash(body)
    span_start: int  # the claim's quote is body[span_start:span_end]
    span_end: int
    article_id: str = field(default="", compare=False)  # for display only, not part of the key


class ArticleLike(Protocol):
    """What `ReviewStore.add` reads of an article (`extract.corpus.Article` fits)."""

    article_id: str
    body: str
    outlet: str
    url: str
    published: str
    language: str


@dataclass(frozen=True)
class Change:
    """One row of the audit log."""

    seq: int  # order in which this database recorded it
    entry_id: str  # stable id, kept across export and import
    batch: str  # entries written by one call share it; undo reverts a whole batch
    at: str  # UTC, YYYY-MM-DDTHH:MM:SS.ffffffZ
    reviewer: str
    action: str  # one of ACTIONS
    article_id: str
    article_hash: str
    span_start: int
    span_end: int
    quote: str
    field: str | None  # the corrected field ("correct"), else None
    old_value: Any  # value before (correct, note, add); for undo, the undone entry's new one
    new_value: Any  # value after; for "add" the whole claim as a dict
    undoes: str | None  # the entry_id an undo entry cancels
    imported_by: str  # who imported it from a shared file; "" if made here

    @property
    def key(self) -> ClaimKey:
        return ClaimKey(self.article_hash, self.span_start, self.span_end, self.article_id)


@dataclass
class Decision:
    """What the log says about one claim now (undone entries left out)."""

    key: ClaimKey
    quote: str
    verdict: str | None = None  # "confirmed", "rejected" or None
    corrections: dict[str, Any] = field(default_factory=dict)  # field -> reviewer's value
    added: dict[str, Any] | None = None  # the whole claim, when a reviewer added it
    note: str = ""
    reviewed_by: str = ""  # reviewer of the latest entry in force
    reviewed_at: str = ""


@dataclass(frozen=True)
class Progress:
    """How far the review of a table has come."""

    reviewed: int  # claims with a decision (confirmed, corrected, rejected, added)
    total: int  # extracted claims plus added ones
    by_status: dict[str, int]  # count of each of STATUSES

    def __str__(self) -> str:
        return f"{self.reviewed} of {self.total} claims reviewed"


@dataclass(frozen=True)
class ImportResult:
    imported: int  # entries new to this database
    skipped: int  # entries it already held (same entry_id): importing twice changes nothing


def load_bodies(paths: Iterable[str | os.PathLike[str]]) -> dict[str, str]:
    """article_id -> body of every readable article under `paths` (what `apply` needs)."""
    from extract.corpus import iter_articles

    return {article.article_id: article.body for article in iter_articles(paths)}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _plain(value: Any) -> Any:
    """A frame cell as a JSON-able Python value (NA -> None, numpy scalars -> Python)."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()
    return value


def _encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)


class ReviewStore:
    """Reviewers' decisions in a SQLite file, created (with its schema) on first use.

    `path` defaults to `default_path()`. A file there that is not a Fourchette review
    database raises `ReviewStoreError` and is left byte-for-byte as it was.

    Each method opens its own short connection, so one store may serve several threads
    (Streamlit sessions) and several processes may share the file.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, timeout: float = BUSY_TIMEOUT):
        self.path = Path(path) if path is not None else default_path()
        self.timeout = timeout
        check_file(self.path)
        # Identify before taking any lock, so a foreign database is only ever read.
        if self.path.exists():
            with contextlib.closing(self._connect()) as conn:
                if identify(conn, self.path) == "ours":
                    check_intact(conn, self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._write(check=False) as conn:
            migrate(conn, self.path)
        self._use_wal()

    def _use_wal(self) -> None:
        """Switch the file to WAL (persistent: readers never block writers). The switch
        needs the file to itself and SQLite does not wait for it: another process opening
        the store at the same moment makes it fail at once, so it is retried until the busy
        timeout."""
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                with contextlib.closing(self._connect()) as conn:
                    conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                if time.monotonic() > deadline:
                    raise ReviewStoreError(self.path, f"cannot be opened ({error})") from None
                time.sleep(0.01)

    # -- connections and transactions ------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        except sqlite3.Error as error:
            raise ReviewStoreError(self.path, f"cannot be opened ({error})") from None
        conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
        return conn

    @contextlib.contextmanager
    def _write(self, check: bool = True) -> Iterator[sqlite3.Connection]:
        """One write transaction: BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""
        conn = self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
            if check and identify(conn, self.path) != "ours":
                raise ReviewStoreError(self.path, "is no longer a review database")
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            raise ReviewStoreError(
                self.path, f"write failed, nothing was saved ({error})"
            ) from None
        finally:
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            conn.close()

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """One consistent snapshot for reading."""
        conn = self._connect()
        try:
            conn.execute("BEGIN")
            identify(conn, self.path)
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            raise ReviewStoreError(self.path, f"read failed ({error})") from None
        finally:
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            conn.close()

    def version(self) -> int:
        """The schema version of the file (`review.schema.CURRENT_VERSION` once opened)."""
        with self._read() as conn:
            return schema_version(conn)

    # -- the log ---------------------------------------------------------------------------

    @staticmethod
    def _changes(conn: sqlite3.Connection, where: str = "", args: tuple = ()) -> list[Change]:
        conn.row_factory = sqlite3.Row
        try:
            rows = conn.execute(
                "SELECT seq, entry_id, batch, at, reviewer, action, article_id, article_hash, "
                "span_start, span_end, quote, field, old_value, new_value, undoes, imported_by "
                f"FROM changes {where} ORDER BY seq",
                args,
            ).fetchall()
        finally:
            conn.row_factory = None
        return [
            Change(
                **{
                    **dict(row),
                    "old_value": _decode(row["old_value"]),
                    "new_value": _decode(row["new_value"]),
                }
            )
            for row in rows
        ]

    def log(self) -> list[Change]:
        """Every change ever recorded, oldest first (undo entries included)."""
        with self._read() as conn:
            return self._changes(conn)

    def log_frame(self) -> pd.DataFrame:
        """The audit log as a table, values as JSON text (for a history view)."""
        changes = self.log()
        columns = list(Change.__dataclass_fields__)
        frame = pd.DataFrame([vars(c) for c in changes], columns=columns)
        for column in ("old_value", "new_value"):
            frame[column] = [_encode(v) for v in frame[column]]
        return frame

    def _stamps(self, conn: sqlite3.Connection, count: int) -> list[str]:
        """Strictly increasing UTC times after every entry already in the log, so replay
        order is the order changes were made even when two land in the same microsecond."""
        now = _now()
        last = conn.execute("SELECT max(at) FROM changes").fetchone()[0]
        if last is not None:
            after = dt.datetime.strptime(last, _STAMP).replace(tzinfo=dt.UTC)
            now = max(now, after + dt.timedelta(microseconds=1))
        return [(now + dt.timedelta(microseconds=i)).strftime(_STAMP) for i in range(count)]

    def _append(
        self,
        conn: sqlite3.Connection,
        key: ClaimKey,
        quote: str,
        reviewer: str,
        entries: list[tuple[str, str | None, Any, Any]],
    ) -> list[Change]:
        """Write (action, field, old, new) entries for one claim as one batch."""
        batch = uuid.uuid4().hex
        stamps = self._stamps(conn, len(entries))
        for (action, name, old, new), at in zip(entries, stamps, strict=True):
            conn.execute(
                "INSERT INTO changes (entry_id, batch, at, reviewer, action, article_id, "
                "article_hash, span_start, span_end, quote, field, old_value, new_value) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    uuid.uuid4().hex,
                    batch,
                    at,
                    reviewer,
                    action,
                    key.article_id,
                    key.article_hash,
                    key.span_start,
                    key.span_end,
                    quote,
                    name,
                    _encode(old),
                    _encode(new),
                ),
            )
        return self._changes(conn, "WHERE batch = ?", (batch,))

    # -- decisions -------------------------------------------------------------------------

    @staticmethod
    def _replay(changes: list[Change]) -> dict[ClaimKey, Decision]:
        """The decisions in force: changes in time order, undone ones left out, the latest
        value of each field winning (so merging two reviewers' files gives one answer)."""
        undone = {c.undoes for c in changes if c.action == "undo"}
        decisions: dict[ClaimKey, Decision] = {}
        for change in sorted(changes, key=lambda c: (c.at, c.entry_id)):
            if change.action == "undo" or change.entry_id in undone:
                continue
            decision = decisions.setdefault(change.key, Decision(change.key, change.quote))
            if change.action == "confirm":
                decision.verdict = "confirmed"
            elif change.action == "reject":
                decision.verdict = "rejected"
            elif change.action == "correct" and change.field:
                decision.corrections[change.field] = change.new_value
            elif change.action == "add":
                decision.added = dict(change.new_value)
            elif change.action == "note":
                decision.note = change.new_value or ""
            decision.reviewed_by, decision.reviewed_at = change.reviewer, change.at
        return decisions

    def decisions(self) -> dict[ClaimKey, Decision]:
        """Every claim's decision in force, derived from the log."""
        return self._replay(self.log())

    def _decision(self, conn: sqlite3.Connection, key: ClaimKey) -> Decision | None:
        changes = self._changes(
            conn,
            "WHERE (article_hash = ? AND span_start = ? AND span_end = ?) OR action = 'undo'",
            (key.article_hash, key.span_start, key.span_end),
        )
        return self._replay(changes).get(key)

    # -- recording decisions ---------------------------------------------------------------

    @staticmethod
    def key_of(claim: Mapping[str, Any] | pd.Series, body: str) -> ClaimKey:
        """The key of a claims-frame row, checked against its article's body.

        The row's quote, when it has one, must be body[span_start:span_end]: a row and a body
        from different versions of an article would otherwise attach a decision to a span
        that says something else.
        """
        start, end = _plain(claim["span_start"]), _plain(claim["span_end"])
        _check_span(start, end, body)
        quote = claim.get("quote")
        if isinstance(quote, str) and quote and quote != body[start:end]:
            raise ReviewValueError(
                f"the claim's quote {quote!r} is not body[{start}:{end}] of this article text"
            )
        return ClaimKey(content_hash(body), start, end, str(claim.get("article_id") or ""))

    def confirm(
        self, claim: Mapping[str, Any] | pd.Series, body: str, reviewer: str
    ) -> list[Change]:
        """A person checked the claim against its source and it is right."""
        return self._verdict("confirm", claim, body, reviewer)

    def reject(
        self, claim: Mapping[str, Any] | pd.Series, body: str, reviewer: str
    ) -> list[Change]:
        """The claim is wrong (not a claim, a duplicate ...): dropped from the reviewed table."""
        return self._verdict("reject", claim, body, reviewer)

    def _verdict(
        self, action: str, claim: Mapping[str, Any] | pd.Series, body: str, reviewer: str
    ) -> list[Change]:
        key, name = self.key_of(claim, body), parse_reviewer(reviewer)
        quote = body[key.span_start : key.span_end]
        with self._write() as conn:
            return self._append(conn, key, quote, name, [(action, None, None, action)])

    def note(
        self, claim: Mapping[str, Any] | pd.Series, body: str, text: str, reviewer: str
    ) -> list[Change]:
        """Attach a note to the claim (replacing the previous one; "" clears it)."""
        key, name, text = self.key_of(claim, body), parse_reviewer(reviewer), parse_note(text)
        with self._write() as conn:
            decision = self._decision(conn, key)
            old = decision.note if decision else ""
            if old == text:
                return []
            quote = body[key.span_start : key.span_end]
            return self._append(conn, key, quote, name, [("note", "note", old, text)])

    def correct(
        self,
        claim: Mapping[str, Any] | pd.Series,
        body: str,
        changes: Mapping[str, Any],
        reviewer: str,
    ) -> list[Change]:
        """Set fields of the claim, validated together (one batch; one undo reverts it).

        `changes` maps correctable fields (`review.fields.CORRECTABLE`) to new values; a
        value equal to the current one is not recorded. The claim after the change must
        still hold low <= best <= high. Returns the entries written.
        """
        key, name = self.key_of(claim, body), parse_reviewer(reviewer)
        new = {f: parse_field(f, v) for f, v in changes.items()}
        with self._write() as conn:
            decision = self._decision(conn, key)
            current = {f: _plain(claim.get(f)) for f in CORRECTABLE}
            if decision is not None:
                current |= {f: decision.added[f] for f in CORRECTABLE} if decision.added else {}
                current |= decision.corrections
            check_claim(current | new)
            entries = [("correct", f, current[f], v) for f, v in new.items() if current[f] != v]
            if not entries:
                return []
            quote = body[key.span_start : key.span_end]
            return self._append(conn, key, quote, name, entries)

    def add(
        self,
        article: ArticleLike,
        span_start: int,
        span_end: int,
        values: Mapping[str, Any],
        reviewer: str,
        quote: str | None = None,
    ) -> list[Change]:
        """Add a claim the extractor missed, from a span selected in the article.

        The quote is the article's own text, body[span_start:span_end]; a `quote` given by the
        caller (the selection) must equal it. `values` holds correctable fields: `metric` and
        a figure are required; `qualifier` defaults from the figures given (exact, range,
        at_least, at_most), `claim_date` to the published date, the flags to False and the
        texts to "".
        """
        body, name = article.body, parse_reviewer(reviewer)
        _check_span(span_start, span_end, body)
        text = body[span_start:span_end]
        if quote is not None and quote != text:
            raise ReviewValueError(f"the selection {quote!r} is not body[{span_start}:{span_end}]")
        if not text.strip():
            raise ReviewValueError("the selected span is blank")
        unknown = set(values) - set(CORRECTABLE)
        if unknown:
            raise ReviewValueError(f"{', '.join(sorted(unknown))}: not fields of a claim")
        if "metric" not in values:
            raise ReviewValueError("metric: an added claim needs one")
        claim = _new_claim(article, span_start, span_end, values)
        key = ClaimKey(content_hash(body), span_start, span_end, article.article_id)
        with self._write() as conn:
            return self._append(conn, key, text, name, [("add", None, None, claim)])

    def undo(self, reviewer: str | None = None) -> list[Change]:
        """Cancel the last change (of `reviewer`, when given) that is still in force.

        The whole batch of that change is cancelled by appending undo entries; history is
        never deleted. Returns the entries undone ([] when there is nothing to undo).
        """
        name = parse_reviewer(reviewer) if reviewer is not None else None
        with self._write() as conn:
            changes = self._changes(conn)
            undone = {c.undoes for c in changes if c.action == "undo"}
            live = [c for c in changes if c.action != "undo" and c.entry_id not in undone]
            mine = [c for c in live if name is None or c.reviewer == name]
            if not mine:
                return []
            batch = [c for c in live if c.batch == mine[-1].batch]
            new_batch = uuid.uuid4().hex
            for change, at in zip(batch, self._stamps(conn, len(batch)), strict=True):
                conn.execute(
                    "INSERT INTO changes (entry_id, batch, at, reviewer, action, article_id, "
                    "article_hash, span_start, span_end, quote, field, old_value, new_value, "
                    "undoes) VALUES (?, ?, ?, ?, 'undo', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        uuid.uuid4().hex,
                        new_batch,
                        at,
                        name or change.reviewer,
                        change.article_id,
                        change.article_hash,
                        change.span_start,
                        change.span_end,
                        change.quote,
                        change.field,
                        _encode(change.new_value),
                        _encode(change.old_value),
                        change.entry_id,
                    ),
                )
            return batch

    # -- the reviewed table ----------------------------------------------------------------

    def apply(
        self,
        frame: pd.DataFrame,
        bodies: Mapping[str, str],
        keep_rejected: bool = False,
    ) -> pd.DataFrame:
        """The reviewed claims table: a new frame, `frame` is not modified.

        `frame` is the full extraction (the tidy table); `bodies` maps every article_id read
        (including articles with no extracted claim) to its body. Corrections are applied,
        added claims appended (rule "review.added"), rejected claims dropped, or kept and
        marked when `keep_rejected` (for a review view). The `REVIEW_COLUMNS` are added.
        Decisions that match nothing are not lost: see `orphans`.
        """
        _require(frame, ("article_id", "span_start", "span_end"))
        hashes = _hashes(frame, bodies)
        decisions = self.decisions()
        out = frame.reset_index(drop=True)
        out["review_status"] = "unreviewed"
        for column in REVIEW_COLUMNS[1:]:
            out[column] = ""
        keys = _row_keys(out, hashes)
        decided = [(position, key) for position, key in enumerate(keys) if key in decisions]
        matched = {key for _, key in decided}
        if decided:
            positions = [position for position, _ in decided]
            records = out.iloc[positions].to_dict("records")
            rows = [
                _reviewed_row({c: _plain(v) for c, v in record.items()}, decisions[key])
                for record, (_, key) in zip(records, decided, strict=True)
            ]
            reviewed = _like(pd.DataFrame(rows, columns=out.columns, index=positions), out)
            out = pd.concat([out.drop(index=positions), reviewed]).sort_index(kind="stable")
        rows = []
        by_hash: dict[str, list[str]] = {}
        for article_id, article_hash in hashes.items():
            by_hash.setdefault(article_hash, []).append(article_id)
        for key, decision in decisions.items():
            if decision.added is None or key in matched:
                continue
            for article_id in by_hash.get(key.article_hash, []):
                row = dict(decision.added) | {"article_id": article_id}
                rows.append(_reviewed_row(row, decision))
        if rows:
            added = pd.DataFrame(rows, columns=out.columns)
            out = pd.concat([out, _like(added, out)], ignore_index=True)
        if not keep_rejected:
            out = out[out["review_status"] != "rejected"]
        return _in_reading_order(out, frame, bodies)

    def orphans(self, frame: pd.DataFrame, bodies: Mapping[str, str]) -> pd.DataFrame:
        """Decisions that match no claim of this extraction, with the reason; kept, not lost.

        Reasons: "article text changed" (same article_id, new content hash), "claim no
        longer extracted" (same text, no row at that span), "article not in this table".
        """
        _require(frame, ("article_id", "span_start", "span_end"))
        hashes = _hashes(frame, bodies)
        present = set(_row_keys(frame, hashes))
        current = set(hashes.values())
        rows = []
        for key, decision in self.decisions().items():
            if key in present or (decision.added is not None and key.article_hash in current):
                continue
            if key.article_hash in current:
                reason = "claim no longer extracted"
            elif key.article_id in hashes:
                reason = "article text changed"
            else:
                reason = "article not in this table"
            rows.append(
                {
                    "article_id": key.article_id,
                    "article_hash": key.article_hash,
                    "span_start": key.span_start,
                    "span_end": key.span_end,
                    "quote": decision.quote,
                    "review_status": _status(decision, None),
                    "corrections": _encode(decision.added or decision.corrections),
                    "review_note": decision.note,
                    "reviewed_by": decision.reviewed_by,
                    "reviewed_at": decision.reviewed_at,
                    "reason": reason,
                }
            )
        columns = [
            "article_id", "article_hash", "span_start", "span_end", "quote", "review_status",
            "corrections", "review_note", "reviewed_by", "reviewed_at", "reason",
        ]  # fmt: skip
        return pd.DataFrame(rows, columns=columns)

    def progress(self, frame: pd.DataFrame, bodies: Mapping[str, str]) -> Progress:
        """Reviewed of total claims ("212 of 340 claims reviewed") and a count per status."""
        status = self.apply(frame, bodies, keep_rejected=True)["review_status"]
        counts = {s: int((status == s).sum()) for s in STATUSES}
        return Progress(len(status) - counts["unreviewed"], len(status), counts)

    def next_unreviewed(
        self, frame: pd.DataFrame, bodies: Mapping[str, str], after: str | None = None
    ) -> str | None:
        """The claim_id of the next unreviewed claim in reading order, after `after` (a
        claim_id) and wrapping around; None when every claim has been reviewed."""
        reviewed = self.apply(frame, bodies, keep_rejected=True)
        ids = reviewed["claim_id"].tolist()
        todo = (reviewed["review_status"] == "unreviewed").tolist()
        start = ids.index(after) + 1 if after in ids else 0
        for position in [*range(start, len(ids)), *range(start)]:
            if todo[position]:
                return ids[position]
        return None

    # -- sharing ---------------------------------------------------------------------------

    def export_decisions(self, path: str | os.PathLike[str]) -> int:
        """Write the whole log to `path` (.csv or .json); the number of entries written.

        The file is written next to its destination and renamed into place, so a reader
        never sees half a file.
        """
        target = Path(path)
        fmt = _format(target)
        entries = [_exported(c) for c in self.log()]
        if fmt == "json":
            text = json.dumps(
                {"format": EXPORT_FORMAT, "schema": CURRENT_VERSION, "entries": entries},
                ensure_ascii=False,
                indent=1,
            )
        else:
            buffer = io.StringIO()
            writer = csv.DictWriter(buffer, fieldnames=EXPORT_FIELDS, lineterminator="\n")
            writer.writeheader()
            for entry in entries:
                writer.writerow(entry | {k: _encode(entry[k]) for k in ("old_value", "new_value")})
            text = buffer.getvalue()
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
                out.write(text)
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        return len(entries)

    def import_decisions(self, path: str | os.PathLike[str], reviewer: str) -> ImportResult:
        """Merge a file written by `export_decisions` (here or in another newsroom).

        Entries already present (same entry_id) are skipped, so importing a file twice
        changes nothing. Every entry is validated first; one bad entry imports nothing.
        `reviewer` is recorded as the importer and names entries that came without one.
        """
        importer = parse_reviewer(reviewer)
        source = Path(path)
        raw = _read_entries(source)
        entries = [
            _checked_entry(e, importer, f"{source}: entry {i + 1}") for i, e in enumerate(raw)
        ]
        imported = skipped = 0
        with self._write() as conn:
            for entry in entries:
                exists = conn.execute(
                    "SELECT 1 FROM changes WHERE entry_id = ?", (entry["entry_id"],)
                ).fetchone()
                if exists:
                    skipped += 1
                    continue
                conn.execute(
                    f"INSERT INTO changes ({', '.join(EXPORT_FIELDS)}, imported_by) "
                    f"VALUES ({', '.join('?' * (len(EXPORT_FIELDS) + 1))})",
                    [
                        _encode(entry[k]) if k in ("old_value", "new_value") else entry[k]
                        for k in EXPORT_FIELDS
                    ]
                    + [importer],
                )
                imported += 1
        return ImportResult(imported, skipped)


# -- helpers of the reviewed table ---------------------------------------------------------


def _check_span(start: Any, end: Any, body: str) -> None:
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        raise ReviewValueError(f"span: offsets must be whole numbers, got {start!r}, {end!r}")
    if not 0 <= start < end <= len(body):
        raise ReviewValueError(f"span: [{start}, {end}) is not inside a {len(body)}-char body")


def _require(frame: pd.DataFrame, columns: Iterable[str]) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"the claims frame lacks the columns {', '.join(missing)}")


def _hashes(frame: pd.DataFrame, bodies: Mapping[str, str]) -> dict[str, str]:
    missing = sorted(set(frame["article_id"].unique()) - set(bodies))
    if missing:
        raise ValueError(f"no body given for the articles {', '.join(map(str, missing[:5]))}")
    return {article_id: content_hash(body) for article_id, body in bodies.items()}


def _row_keys(frame: pd.DataFrame, hashes: Mapping[str, str]) -> list[ClaimKey]:
    columns = (frame[c].tolist() for c in ("article_id", "span_start", "span_end"))
    return [ClaimKey(hashes[a], int(s), int(e), a) for a, s, e in zip(*columns, strict=True)]


def _status(decision: Decision, base: Mapping[str, Any] | None) -> str:
    """One of STATUSES for a claim with this decision (`base`: its extracted values)."""
    if decision.verdict == "rejected":
        return "rejected"
    if decision.added is not None:
        return "added"
    changed = _changed_fields(decision, base)
    if changed:
        return "corrected"
    if decision.verdict == "confirmed" or decision.corrections:
        return "confirmed"  # a correction to the same value is a check of that value
    return "unreviewed"  # only a note


def _changed_fields(decision: Decision, base: Mapping[str, Any] | None) -> list[str]:
    return [f for f, v in decision.corrections.items() if base is None or _plain(base.get(f)) != v]


def _reviewed_row(base: dict[str, Any], decision: Decision) -> dict[str, Any]:
    """`base` (an extracted row, or an added claim) with the decision applied."""
    extracted = None if decision.added is not None else base
    row = dict(base)
    if decision.added is not None:
        row |= {k: v for k, v in decision.added.items() if k != "article_id"}
        row["claim_id"] = f"{row['article_id']}:{row['span_start']}"
        row["rule"] = ADDED_RULE
    row |= decision.corrections
    if "claim_date" in decision.corrections:
        row["claim_date_precision"] = date_precision(row["claim_date"])
    row["review_status"] = _status(decision, extracted)
    row["corrected_fields"] = ";".join(_changed_fields(decision, extracted))
    row["reviewed_by"] = decision.reviewed_by if row["review_status"] != "unreviewed" else ""
    row["reviewed_at"] = decision.reviewed_at if row["review_status"] != "unreviewed" else ""
    row["review_note"] = decision.note
    return row


def _like(rows: pd.DataFrame, out: pd.DataFrame) -> pd.DataFrame:
    """Reviewed or added rows with the dtypes of `out` (Int64 figures, bool flags ...)."""
    for column in out.columns:
        if column in BOOL_COLUMNS:
            rows[column] = rows[column].fillna(False)
        with contextlib.suppress(TypeError, ValueError):
            rows[column] = rows[column].astype(out[column].dtype)
    return rows


def _in_reading_order(
    out: pd.DataFrame, frame: pd.DataFrame, bodies: Mapping[str, str]
) -> pd.DataFrame:
    """Articles in the frame's order (then those only in `bodies`), claims by offset."""
    order = {a: i for i, a in enumerate(dict.fromkeys([*frame["article_id"].unique(), *bodies]))}
    position = out["article_id"].map(order)
    out = out.assign(_article=position).sort_values(["_article", "span_start"], kind="stable")
    return out.drop(columns="_article").reset_index(drop=True)


def _new_claim(
    article: ArticleLike, start: int, end: int, values: Mapping[str, Any]
) -> dict[str, Any]:
    """The whole tidy-table row of a claim a reviewer added (claim_id and rule aside)."""
    parsed = {f: parse_field(f, v) for f, v in values.items()}
    figures = {f: parsed.get(f) for f in ("value_best", "value_low", "value_high")}
    check_claim(figures)
    if "qualifier" not in parsed:
        low, best, high = figures["value_low"], figures["value_best"], figures["value_high"]
        parsed["qualifier"] = (
            "exact" if best is not None
            else "range" if low is not None and high is not None
            else "at_least" if low is not None
            else "at_most"
        )  # fmt: skip
    if "claim_date" not in parsed:
        if not article.published:
            raise ReviewValueError("claim_date: the article has no published date; give one")
        parsed["claim_date"] = parse_field("claim_date", article.published)
    defaults = {"increment": False, "hedged": False, "claimant": "", "claimant_country": ""}
    claim = {
        "article_id": article.article_id,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published,
        "language": article.language,
        "published_inferred": False,
        "subject": "",
        **defaults,
        **figures,
        **parsed,
    }
    claim["claim_date_precision"] = date_precision(claim["claim_date"])
    claim |= {
        "quote": article.body[start:end],
        "sentence": _sentence(article.body, start, end, article.language),
        "span_start": start,
        "span_end": end,
    }
    return claim


def _sentence(body: str, start: int, end: int, language: str) -> str:
    """The sentences of the body that the span overlaps, as the extractor cuts them."""
    from extract.lexicon import LexiconError, load_lexicon
    from extract.text import normalize, split_sentences

    try:
        abbreviations = load_lexicon(language).get("sentence", {}).get("abbreviations", [])
    except (LexiconError, OSError, ValueError):
        abbreviations = []
    overlapping = [
        s
        for s in split_sentences(normalize(body), abbreviations)
        if s.start < end and start < s.end
    ]
    if not overlapping:
        return body[start:end]
    return body[overlapping[0].start : overlapping[-1].end]


# -- helpers of export and import ----------------------------------------------------------


def _format(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in ("csv", "json"):
        raise ValueError(f"{path}: decisions are exported as .csv or .json, not {path.suffix!r}")
    return suffix


def _exported(change: Change) -> dict[str, Any]:
    return {k: getattr(change, k) for k in EXPORT_FIELDS}


def _read_entries(path: Path) -> list[dict[str, Any]]:
    """The raw entries of an exported file; values decoded from JSON text in a CSV."""
    fmt = _format(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ReviewValueError(f"{path}: cannot be read ({error})") from None
    if fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise ReviewValueError(f"{path}: not JSON ({error})") from None
        if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
            raise ReviewValueError(f"{path}: not a Fourchette decisions file")
        entries = data.get("entries")
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise ReviewValueError(f"{path}: 'entries' must be a list of objects")
        return entries
    reader = csv.DictReader(io.StringIO(text))
    missing = {"at", "action", "article_hash", "span_start", "span_end"} - set(
        reader.fieldnames or []
    )
    if missing:
        raise ReviewValueError(f"{path}: not a decisions CSV (no {', '.join(sorted(missing))})")
    entries = []
    for number, row in enumerate(reader, start=2):
        entry: dict[str, Any] = {k: (v if v != "" else None) for k, v in row.items() if k}
        for key in ("old_value", "new_value"):
            try:
                entry[key] = _decode(entry.get(key))
            except json.JSONDecodeError:
                raise ReviewValueError(f"{path}: line {number}: {key} is not JSON") from None
        entries.append(entry)
    return entries


def _checked_entry(raw: Mapping[str, Any], importer: str, where: str) -> dict[str, Any]:
    """One imported entry, validated like a decision made here; canonical values."""
    try:
        return _check_entry(raw, importer)
    except (ReviewValueError, TypeError, ValueError) as error:
        raise ReviewValueError(f"{where}: {error}") from None


def _check_entry(raw: Mapping[str, Any], importer: str) -> dict[str, Any]:
    entry = {k: raw.get(k) for k in EXPORT_FIELDS}
    action = entry["action"]
    if action not in ACTIONS:
        raise ReviewValueError(f"action {action!r} is not one of {', '.join(ACTIONS)}")
    at = str(entry["at"] or "")
    try:
        when = dt.datetime.strptime(at, _STAMP).replace(tzinfo=dt.UTC)
    except ValueError:
        raise ReviewValueError(f"at {at!r} is not a UTC time YYYY-MM-DDTHH:MM:SS.ffffffZ") from None
    if when > _now() + _FUTURE_SLACK:
        raise ReviewValueError(f"at {at} is in the future")
    if not _HEX64.fullmatch(str(entry["article_hash"] or "")):
        raise ReviewValueError("article_hash must be 64 lowercase hex digits (sha256)")
    start, end = int(entry["span_start"]), int(entry["span_end"])
    if not 0 <= start < end:
        raise ReviewValueError(f"span [{start}, {end}) is empty or negative")
    entry |= {"span_start": start, "span_end": end}
    entry["reviewer"] = parse_reviewer(entry["reviewer"] or importer)
    entry["article_id"] = str(entry["article_id"] or "")
    entry["quote"] = str(entry["quote"] or "")
    name = entry["field"]
    if action == "correct":
        entry["new_value"] = parse_field(str(name), entry["new_value"])
    elif action == "add":
        entry["field"] = None
        if not isinstance(entry["new_value"], dict):
            raise ReviewValueError("an added claim's new_value must be an object")
        claim = dict(entry["new_value"])
        for f in CORRECTABLE:
            claim[f] = parse_field(f, claim.get(f))
        check_claim(claim)
        if (claim.get("span_start"), claim.get("span_end")) != (start, end):
            raise ReviewValueError("an added claim's span differs from the entry's")
        entry["new_value"] = claim
    elif action == "note":
        entry["field"] = "note"
        entry["new_value"] = parse_note(entry["new_value"] or "")
    elif action in ("confirm", "reject"):
        entry["field"] = None
    if action == "undo":
        if not entry["undoes"] or not _ENTRY_ID.fullmatch(str(entry["undoes"])):
            raise ReviewValueError("an undo entry must name the entry it undoes")
    else:
        entry["undoes"] = None
    if entry["entry_id"] is None:
        entry["entry_id"] = entry_id_of(dict(entry))
    if not _ENTRY_ID.fullmatch(str(entry["entry_id"])):
        raise ReviewValueError(f"entry_id {entry['entry_id']!r} is not a plain id")
    entry["batch"] = str(entry["batch"] or entry["entry_id"])
    return entry
