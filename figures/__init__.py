"""Fourchette's figures: the claims table -> derived tables and Altair charts.

Pure functions, no Streamlit: `app.py` lays them out.
"""

from figures.charts import divergence_dotplot, estimates_timeline, spread_chart
from figures.export import export_chart
from figures.palette import claimant_colors
from figures.strings import Strings, load_strings
from figures.table import (
    ColumnsError,
    cumulative_by_claimant,
    filter_claims,
    latest_estimates,
    overview,
    parse_claim_date,
    prepare,
    require_columns,
    spread_by_period,
)
from figures.text import highlight_article, summary_sentence

__all__ = [
    "ColumnsError",
    "Strings",
    "claimant_colors",
    "cumulative_by_claimant",
    "divergence_dotplot",
    "estimates_timeline",
    "export_chart",
    "filter_claims",
    "highlight_article",
    "latest_estimates",
    "load_strings",
    "overview",
    "parse_claim_date",
    "prepare",
    "require_columns",
    "spread_by_period",
    "spread_chart",
    "summary_sentence",
]
