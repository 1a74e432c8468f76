"""The command line: `python -m extract PATH... [--urls LINKS] [-o OUT]` writes the claims table.

Each bad file or URL costs one line on stderr ("PATH: reason" or "URL: reason") and the others
are still read. Pages fetched from `--urls` are first stored as article files (`--store`,
default data/articles) so that the corpus reads again offline. Exit status: 0 if at least one
article was read, 1 if none was, 2 for bad usage.
"""

from __future__ import annotations

import argparse
import io
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from extract.claim import COLUMNS, Claim, to_frame, write_csv
from extract.corpus import ARTICLE_SUFFIXES, MAX_BYTES, ArticleError, iter_articles

if TYPE_CHECKING:
    import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_STORE = ROOT / "data" / "articles"
DEFAULT_TIMEOUT = 20.0

FORMATS = {".csv": "csv", ".parquet": "parquet", ".json": "json"}

EPILOG = f"""\
examples:
  python -m extract data/articles -o claims.csv
  python -m extract a.txt b.md more/ -o claims.parquet
  python -m extract data/articles > claims.csv
  python -m extract --urls links.txt -o claims.csv
  python -m extract data/articles --reviewed -o reviewed.csv

Folders are read recursively ({", ".join(ARTICLE_SUFFIXES)} files); saved web pages are read
through trafilatura (main text and metadata). With --urls, each page of the list (one URL a
line, # comments) is fetched, stored as a .txt article in the store folder unless the same
text is already there, and extracted; nothing already stored is changed. Each bad file or URL
is one line on stderr, "PATH: reason", and the others are still read.

{textwrap.fill("The table has one row per claim; columns: " + ", ".join(COLUMNS) + ".", 79)}

With --reviewed, the reporters' decisions stored by the dashboard (confirmed, corrected,
rejected and added claims) are applied: rejected claims are left out, corrections applied,
added claims appended, and review columns added (review_status, reviewed_by, reviewed_at,
review_note, corrected_fields). Decisions that no longer match the articles are kept in the
database and counted on stderr.

Exit status: 0 if at least one article was read, 1 if none, 2 for bad usage.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m extract",
        description="Extract every numeric claim about troops from news articles "
        "into one tidy table.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="article files or folders of articles"
    )
    parser.add_argument(
        "--urls", metavar="LINKS", help="a text file of web page URLs to fetch, one a line"
    )
    parser.add_argument(
        "--store",
        metavar="DIR",
        default=str(DEFAULT_STORE),
        help="where fetched pages are stored as articles (default: data/articles)",
    )
    parser.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=float,
        default=DEFAULT_TIMEOUT,
        help=f"time allowed to download one page (default: {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument(
        "--reviewed",
        action="store_true",
        help="apply the review decisions stored by the dashboard",
    )
    parser.add_argument(
        "--review-db",
        metavar="PATH",
        help="review database (default: $FOURCHETTE_REVIEW_DB, else data/review.sqlite)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="output file: .csv, .parquet or .json (records, UTF-8); CSV on stdout if omitted",
    )
    return parser


def output_format(output: str | None) -> str | None:
    """The table format `output` asks for by its extension; None if it has no known one.

    >>> output_format("claims.parquet"), output_format(None), output_format("claims.xlsx")
    ('parquet', 'csv', None)
    """
    if output is None or output == "-":
        return "csv"
    return FORMATS.get(Path(output).suffix.lower())


def write_table(frame: pd.DataFrame | list[Claim], output: str | None, fmt: str) -> None:
    """Write the tidy table to `output` in format `fmt` (CSV on stdout when no output).

    A list of claims is written as CSV directly (pandas is not even loaded); the other
    formats, and a reviewed table, go through a data frame.
    """
    if isinstance(frame, list) and fmt == "csv":
        if output is None or output == "-":
            stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
            write_csv(frame, stream)
            stream.flush()
            stream.detach()  # leave sys.stdout open
        else:
            with open(output, "w", encoding="utf-8", newline="") as stream:
                write_csv(frame, stream)
        return
    if isinstance(frame, list):
        frame = to_frame(frame)
    if output is None or output == "-":
        sys.stdout.buffer.write(frame.to_csv(index=False).encode("utf-8"))
        sys.stdout.flush()
    elif fmt == "csv":
        frame.to_csv(output, index=False, encoding="utf-8")
    elif fmt == "parquet":
        frame.to_parquet(output, index=False)
    else:
        frame.to_json(output, orient="records", force_ascii=False, indent=1)


def collect_claims(
    paths: Sequence[str],
    report: Callable[[ArticleError], object],
    bodies: dict[str, str] | None = None,
) -> tuple[list[Claim], int]:
    """Claims of every readable article under `paths`, and how many articles were read.

    Each bad file, and each article the extractor fails on, goes to `report` as an
    `ArticleError`; the others are still processed. The bodies of the articles read go
    into `bodies` (article_id -> body) when it is given.
    """
    from extract.pipeline import extract_article  # the heavy part, loaded once usage is valid

    claims: list[Claim] = []
    read = 0
    for article in iter_articles(paths, on_error=report):
        try:
            found = extract_article(article)
        except Exception as error:  # one article's failure must not lose the whole run
            report(
                ArticleError(article.path, f"extraction failed: {type(error).__name__}: {error}")
            )
            continue
        claims.extend(found)
        read += 1
        if bodies is not None:
            bodies[article.article_id] = article.body
    return claims, read


def fetch_articles(
    links: str, store: str, timeout: float, report: Callable[[ArticleError], object]
) -> list[Path]:
    """Fetch the pages listed in the file `links` into `store`; the article files to read."""
    from extract.ingest import ingest_urls, read_urls  # trafilatura, loaded only when needed

    try:
        urls = read_urls(links)
    except ArticleError as error:
        report(error)
        return []
    return ingest_urls(urls, store, report, timeout=timeout, max_bytes=MAX_BYTES)


def reviewed(frame: pd.DataFrame, bodies: dict[str, str], db: str | None) -> pd.DataFrame:
    """The table with the stored review decisions applied; orphans counted on stderr."""
    from review import ReviewStore

    store = ReviewStore(db)
    orphans = store.orphans(frame, bodies)
    if len(orphans):
        print(
            f"{store.path}: {len(orphans)} review decision(s) match no claim of these articles "
            "(kept in the database; see the dashboard's review section)",
            file=sys.stderr,
        )
    return store.apply(frame, bodies)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    fmt = output_format(args.output)
    if fmt is None:
        parser.error(f"unknown output extension for {args.output!r} (use .csv, .parquet or .json)")
    if not args.paths and not args.urls:
        parser.error("give article files or folders, or --urls LINKS")
    if not args.timeout > 0:
        parser.error("--timeout must be a positive number of seconds")

    def report(error: ArticleError) -> None:
        print(error, file=sys.stderr, flush=True)

    paths = list(args.paths)
    if args.urls:
        paths.extend(
            str(path) for path in fetch_articles(args.urls, args.store, args.timeout, report)
        )
    bodies: dict[str, str] = {}
    claims, read = collect_claims(paths, report, bodies)
    if read == 0:
        print("no article could be read; nothing written", file=sys.stderr)
        return 1
    table: pd.DataFrame | list[Claim] = claims
    if args.reviewed:
        from review import ReviewStoreError

        try:
            table = reviewed(to_frame(claims), bodies, args.review_db)
        except ReviewStoreError as error:  # a foreign or damaged database: left untouched
            print(error, file=sys.stderr)
            return 1
    try:
        write_table(table, args.output, fmt)
    except OSError as error:
        print(f"{args.output}: cannot write the table: {error.strerror or error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
