"""Generate a synthetic corpus for benchmarks: N articles of ~5 claim sentences each.

The sentences are the gold claims' paragraphs from the embedded corpus (French and English),
with their grouped figures rescaled (x0.5 to x2) so values vary; each article gets a random
outlet, publication date (2024-10 to 2026-01) and the language of its sentences. Deterministic
for a given seed.

    python bench/make_corpus.py OUT_DIR [--articles 10000] [--claims 5] [--seed 1]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOLD = (ROOT / "tests" / "gold" / "seeds.csv", ROOT / "tests" / "gold" / "dev.csv")
ARTICLES = ROOT / "data" / "articles"
# A figure written with a group separator ("2 000", "2,000", "2.000"): safe to rescale (years
# and day numbers never have one).
GROUPED = re.compile(r"(?<![\d.,])(\d{1,3})([ \u00a0\u202f,.])(\d{3})(?![\d])")
FIRST, LAST = date(2024, 10, 1), date(2026, 1, 31)


def load_paragraphs() -> dict[str, list[tuple[str, int]]]:
    """Per language, the embedded corpus's paragraphs holding gold claims, with their count."""
    from extract.corpus import read_article

    quotes: dict[str, set[str]] = {}
    for path in GOLD:
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                quotes.setdefault(row["article_id"], set()).add(row["quote"])
    found: dict[str, list[tuple[str, int]]] = {}
    for article_id, wanted in sorted(quotes.items()):
        article = read_article(ARTICLES / f"{article_id}.txt")
        for paragraph in article.body.split("\n\n"):
            n = sum(q in paragraph for q in wanted)
            if n:
                found.setdefault(article.language, []).append((paragraph.strip(), n))
    return found


def rescale(paragraph: str, rng: random.Random) -> str:
    factor = rng.choice((0.5, 0.75, 1, 1, 1.25, 1.5, 2))

    def replace(match: re.Match) -> str:
        value = int(match.group(1) + match.group(3))
        scaled = max(1000, round(value * factor, -2))
        head, tail = divmod(int(scaled), 1000)
        return f"{head}{match.group(2)}{tail:03d}"

    return GROUPED.sub(replace, paragraph)


def make_corpus(out: Path, articles: int, claims: int, seed: int) -> int:
    rng = random.Random(seed)
    paragraphs = load_paragraphs()
    languages = sorted(paragraphs)
    outlets = [f"Outlet {i:02d}" for i in range(40)]
    span = (LAST - FIRST).days
    out.mkdir(parents=True, exist_ok=True)
    for n in range(articles):
        language = rng.choice(languages)
        published = FIRST + timedelta(days=rng.randrange(span))
        chosen: list[str] = []
        total = 0
        while total < claims:  # paragraphs until about `claims` gold claims
            paragraph, n_claims = rng.choice(paragraphs[language])
            chosen.append(rescale(paragraph, rng))
            total += n_claims
        body = "\n\n".join(chosen)
        text = (
            "---\n"
            f"title: Synthetic article {n}\n"
            f"outlet: {rng.choice(outlets)}\n"
            f"url: https://example.org/{n}\n"
            f"published: {published.isoformat()}\n"
            f"language: {language}\n"
            "---\n"
            f"{body}\n"
        )
        (out / f"synthetic-{n:05d}.txt").write_text(text, encoding="utf-8")
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--claims", type=int, default=5, help="gold claims per article (about)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    n = make_corpus(args.out, args.articles, args.claims, args.seed)
    print(f"{n} articles written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
