"""Fourchette's extractor: news articles in, one row per numeric claim out.

The public entry points are `extract_claims` (one article's text), `claims_frame` (files and
folders to the tidy table) and `find_numbers` (every number in running text).
"""

from extract.claim import COLUMNS, Claim, to_frame
from extract.corpus import Article, ArticleError, read_article
from extract.numbers import Amount, find_amounts, find_numbers
from extract.pipeline import claims_frame, extract_article, extract_claims

__all__ = [
    "COLUMNS",
    "Amount",
    "Article",
    "ArticleError",
    "Claim",
    "claims_frame",
    "extract_article",
    "extract_claims",
    "find_amounts",
    "find_numbers",
    "read_article",
    "to_frame",
]
