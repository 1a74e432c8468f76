"""Fourchette's review: reporters' decisions on extracted claims, never lost.

`ReviewStore` keeps every decision (confirm, reject, correct, add, note, undo) in an
append-only audit log in a SQLite file (`$FOURCHETTE_REVIEW_DB`, default data/review.sqlite)
and derives the reviewed claims table from it:

    store = ReviewStore()
    frame = extract.claims_frame(paths)
    bodies = load_bodies(paths)                  # article_id -> body
    store.confirm(frame.iloc[0], bodies[frame.article_id[0]], reviewer="Ana")
    reviewed = store.apply(frame, bodies)        # + REVIEW_COLUMNS
    store.orphans(frame, bodies)                 # decisions whose article text changed
"""

from review.fields import CORRECTABLE, ReviewValueError
from review.schema import CURRENT_VERSION, ReviewStoreError
from review.store import (
    ADDED_RULE,
    ENV_VAR,
    REVIEW_COLUMNS,
    STATUSES,
    Change,
    ClaimKey,
    Decision,
    ImportResult,
    Progress,
    ReviewStore,
    content_hash,
    default_path,
    load_bodies,
)

__all__ = [
    "ADDED_RULE",
    "CORRECTABLE",
    "CURRENT_VERSION",
    "ENV_VAR",
    "REVIEW_COLUMNS",
    "STATUSES",
    "Change",
    "ClaimKey",
    "Decision",
    "ImportResult",
    "Progress",
    "ReviewStore",
    "ReviewStoreError",
    "ReviewValueError",
    "content_hash",
    "default_path",
    "load_bodies",
]
