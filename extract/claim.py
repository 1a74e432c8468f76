"""The tidy table's contract: one frozen `Claim` per numeric claim, and `to_frame`.

The fields are the columns of DESIGN.md, in order; `data/README.md` documents each one and
a test checks that the two agree.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

METRICS = ("deployed", "killed", "wounded", "casualties", "captured")
QUALIFIERS = ("exact", "approx", "at_least", "at_most", "range", "vague")
PRECISIONS = ("day", "month", "year")


@dataclass(frozen=True)
class Claim:
    claim_id: str  # "article_id:span_start", stable across runs
    article_id: str  # file name without extension
    outlet: str  # publication, from the front matter
    url: str  # source address, from the front matter
    published: str  # publication date, ISO at its precision
    language: str  # fr, en ...
    published_inferred: bool  # `published` was missing and inferred from the text
    metric: str  # one of METRICS
    value_best: int | None  # the point figure stated; None for a range or vague amount
    value_low: int | None  # lower bound stated ("plus de", range, vague amount)
    value_high: int | None  # upper bound stated ("jusqu'à", range, vague amount)
    qualifier: str  # one of QUALIFIERS
    increment: bool  # the figure adds to an earlier one ("3 000 autres", "additional")
    hedged: bool  # conditional mood or hearsay ("auraient été tués", "reportedly")
    claimant: str  # canonical claimant; "" when the article states it on its own
    claimant_country: str  # ISO 3166 alpha-2 codes joined by ";", NATO, or ""
    claim_date: str  # when the figure was stated, ISO at its precision
    claim_date_precision: str  # one of PRECISIONS
    subject: str  # ISO code of the troops counted (KP for North Korean soldiers)
    quote: str  # exact text of the claim: body[span_start:span_end]
    sentence: str  # the sentence around the quote
    span_start: int  # offset of the quote in the article body
    span_end: int  # end offset (exclusive) of the quote in the article body
    rule: str  # which rule produced the row


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Claim))
INT_COLUMNS = ("value_best", "value_low", "value_high")
BOOL_COLUMNS = ("published_inferred", "increment", "hedged")


def to_frame(claims: list[Claim]) -> pd.DataFrame:
    """The tidy table: one row per claim, the columns of DESIGN.md with stable dtypes.

    >>> to_frame([]).columns.tolist() == list(COLUMNS)
    True
    """
    import pandas as pd  # loaded here: the command line writes CSV without it

    # Column by column from the attributes: `asdict` copies each record recursively.
    frame = pd.DataFrame(
        {column: [getattr(c, column) for c in claims] for column in COLUMNS},
        columns=list(COLUMNS),
    )
    for column in INT_COLUMNS:
        frame[column] = frame[column].astype("Int64")
    for column in BOOL_COLUMNS:
        frame[column] = frame[column].astype(bool)
    for column in ("span_start", "span_end"):
        frame[column] = frame[column].astype("int64")
    return frame


def write_csv(claims: list[Claim], stream: IO[str]) -> None:
    """The tidy table as CSV, byte for byte what `to_frame(claims).to_csv(index=False)` writes,
    without loading pandas (the command line's default output).

    >>> import io
    >>> out = io.StringIO()
    >>> write_csv([], out)
    >>> out.getvalue().split(",")[:3]
    ['claim_id', 'article_id', 'outlet']
    """
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(COLUMNS)
    # None (a missing bound) is written as an empty field, as pandas writes <NA>.
    writer.writerows(map(attrgetter(*COLUMNS), claims))
