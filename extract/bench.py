"""Speed benchmark: `python -m extract.bench [--mb 5] [--repeat 1]`.

Builds a corpus of at least `--mb` megabytes from `data/articles/*.txt` repeated (in a
temporary folder, each copy with its own article id), then measures:

- the command line, `python -m extract TMPDIR -o out.csv`, in one subprocess, timed from
  process start to exit (imports and writing the table included);
- in process: reading only (`iter_articles`), then reading and extracting
  (`extract_article` on each article).

Each measurement runs `--repeat` times; the best run is reported, with MB/s, articles/s and
peak resident memory (`resource.getrusage`).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from extract.corpus import iter_articles

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "data" / "articles"


@dataclass(frozen=True)
class Run:
    name: str
    seconds: float
    megabytes: float
    articles: int
    peak_mb: float  # peak resident memory of the measured process

    def line(self) -> str:
        return (
            f"{self.name:<28} {self.seconds:8.2f} s {self.megabytes / self.seconds:8.2f} MB/s "
            f"{self.articles / self.seconds:9.1f} articles/s   peak {self.peak_mb:7.1f} MB"
        )


def build_corpus(folder: Path, megabytes: float, source: Path = SOURCE) -> tuple[int, int]:
    """Copy the source articles into `folder` until it holds `megabytes`; (files, bytes)."""
    originals = [(path.stem, path.read_bytes()) for path in sorted(source.glob("*.txt"))]
    if not originals:
        raise SystemExit(f"no .txt articles in {source}")
    target = megabytes * 1024 * 1024
    files = size = copy = 0
    while size < target:
        for stem, raw in originals:
            (folder / f"{stem}--copy{copy:04d}.txt").write_bytes(raw)
            files += 1
            size += len(raw)
        copy += 1
    return files, size


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # ru_maxrss is in kB on Linux


def time_cli(folder: Path, out: Path, megabytes: float, articles: int) -> Run:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "extract", str(folder), "-o", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"the CLI failed ({result.returncode}):\n{result.stderr}")
    if result.stderr:
        lines = result.stderr.splitlines()
        print(f"  the CLI reported {len(lines)} bad file(s), e.g. {lines[0]}")
    return Run(
        "CLI subprocess (end to end)",
        seconds,
        megabytes,
        articles,
        _peak_mb(resource.RUSAGE_CHILDREN),
    )


def time_in_process(name: str, work: Callable[[], int], megabytes: float) -> Run:
    start = time.perf_counter()
    articles = work()
    seconds = time.perf_counter() - start
    return Run(name, seconds, megabytes, articles, _peak_mb(resource.RUSAGE_SELF))


def best_of(repeat: int, measure: Callable[[], Run]) -> Run:
    return min((measure() for _ in range(repeat)), key=lambda run: run.seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m extract.bench", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; best reported")
    args = parser.parse_args(argv)
    if args.mb <= 0 or args.repeat < 1:
        parser.error("--mb must be positive and --repeat at least 1")

    with tempfile.TemporaryDirectory(prefix="fourchette-bench-") as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        files, size = build_corpus(folder, args.mb)
        megabytes = size / 1024 / 1024
        print(f"corpus: {files} articles, {megabytes:.2f} MB (from {SOURCE.relative_to(ROOT)})")

        def read_only() -> int:
            return sum(1 for _ in iter_articles([folder]))

        print(
            best_of(
                args.repeat, lambda: time_in_process("read only (in process)", read_only, megabytes)
            ).line()
        )
        try:
            from extract.pipeline import extract_article
        except ImportError as error:
            print(f"extraction not measured: the pipeline cannot be imported ({error})")
            return 1

        def read_and_extract() -> int:
            count = 0
            for article in iter_articles([folder]):
                extract_article(article)
                count += 1
            return count

        print(
            best_of(
                args.repeat,
                lambda: time_in_process("read + extract (in process)", read_and_extract, megabytes),
            ).line()
        )
        out = Path(tmp) / "out.csv"
        print(best_of(args.repeat, lambda: time_cli(folder, out, megabytes, files)).line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
