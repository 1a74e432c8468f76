"""The command line: `python -m extract PATH... [-o OUT]` writes the tidy table of claims.

Each bad file costs one line on stderr ("PATH: reason") and the others are still read. Exit
status: 0 if at least one article was read, 1 if none was, 2 for bad usage.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from extract.claim import COLUMNS, Claim, to_frame
from extract.corpus import ARTICLE_SUFFIXES, ArticleError, iter_articles

FORMATS = {".csv": "csv", ".parquet": "parquet", ".json": "json"}

EPILOG = f"""\
examples:
  python -m extract data/articles -o claims.csv
  python -m extract a.txt b.md more/ -o claims.parquet
  python -m extract data/articles > claims.csv

Folders are read recursively ({", ".join(ARTICLE_SUFFIXES)} files). Each bad file is one line
on stderr, "PATH: reason", and the others are still read.

{textwrap.fill("The table has one row per claim; columns: " + ", ".join(COLUMNS) + ".", 79)}

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
        "paths", nargs="+", metavar="PATH", help="article files or folders of articles"
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


def write_table(frame: pd.DataFrame, output: str | None, fmt: str) -> None:
    """Write the tidy table to `output` in format `fmt` (CSV on stdout when no output)."""
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
    paths: Sequence[str], report: Callable[[ArticleError], object]
) -> tuple[list[Claim], int]:
    """Claims of every readable article under `paths`, and how many articles were read.

    Each bad file, and each article the extractor fails on, goes to `report` as an
    `ArticleError`; the others are still processed.
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
    return claims, read


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    fmt = output_format(args.output)
    if fmt is None:
        parser.error(f"unknown output extension for {args.output!r} (use .csv, .parquet or .json)")

    def report(error: ArticleError) -> None:
        print(error, file=sys.stderr, flush=True)

    claims, read = collect_claims(args.paths, report)
    if read == 0:
        print("no article could be read; nothing written", file=sys.stderr)
        return 1
    try:
        write_table(to_frame(claims), args.output, fmt)
    except OSError as error:
        print(f"{args.output}: cannot write the table: {error.strerror or error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
