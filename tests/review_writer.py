"""A review-store writer run as a separate process by tests/test_review_store.py.

    python tests/review_writer.py DB append NAME N GO   "ready", then N notes, one transaction
                                                        each, once the file GO exists, then
                                                        "wrote START END" (times)
    python tests/review_writer.py DB hold N             one transaction with N entries, then
                                                        "holding" on stdout and sleep (killed)
    python tests/review_writer.py DB batches N          corrections of three fields, one batch
                                                        per transaction, forever (killed)

Every mode writes to the claim `CLAIM` of the article `BODY`.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from review.store import ClaimKey, ReviewStore, content_hash  # noqa: E402

BODY = "Selon le NIS, 11 000 soldats ont été déployés.\n"
CLAIM = {"article_id": "writer", "span_start": 14, "span_end": 39, "quote": BODY[14:39]}
FIELDS = {
    "metric": "deployed",
    "value_best": 11000,
    "value_low": None,
    "value_high": None,
    "qualifier": "exact",
    "increment": False,
    "hedged": False,
    "claimant": "",
    "claimant_country": "",
    "claim_date": "2025",
    "subject": "KP",
}


def append(store: ReviewStore, name: str, count: int, go: Path) -> None:
    print("ready", flush=True)
    while not go.exists():
        time.sleep(0.005)
    started = time.time()
    for i in range(count):
        store.note(CLAIM, BODY, f"{name} {i}", reviewer=name)
    print("wrote", started, time.time(), flush=True)


def hold(store: ReviewStore, count: int) -> None:
    key = ClaimKey(content_hash(BODY), 14, 39, "writer")
    with store._write() as conn:
        entries = [("note", "note", "", f"uncommitted {i} " + "x" * 40_000) for i in range(count)]
        store._append(conn, key, CLAIM["quote"], "killed", entries)
        print("holding", flush=True)
        time.sleep(600)


def batches(store: ReviewStore, count: int) -> None:
    claim = CLAIM | FIELDS
    for i in range(1, count + 1):
        low = i * 10
        values = {"value_low": low, "value_best": low + 1, "value_high": low + 2}
        store.correct(claim, BODY, values, reviewer="batches")
        if i == 1:
            print("started", flush=True)


def main(argv: list[str]) -> None:
    store = ReviewStore(argv[0])
    mode = argv[1]
    if mode == "append":
        append(store, argv[2], int(argv[3]), Path(argv[4]))
    elif mode == "hold":
        hold(store, int(argv[2]))
    elif mode == "batches":
        batches(store, int(argv[2]))
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
