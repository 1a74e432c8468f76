"""One colour per claimant, colour-blind-safe and the same in every chart.

Okabe & Ito's palette (without its yellow, too pale on white) followed by hues of Paul Tol's
"muted" scheme that stay apart from them (Tol's schemes are designed for colour-blind
readers). Claimants are ranked once on the whole table (most claims first, then name), so
filtering never repaints a claimant; beyond the palette, claimants are grey.
"""

from __future__ import annotations

import pandas as pd

PALETTE = (
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#000000",  # black
    "#882255",  # Tol: wine
    "#44AA99",  # Tol: teal
    "#999933",  # Tol: olive
    "#332288",  # Tol: indigo
    "#DDCC77",  # Tol: sand
)
OTHER = "#ABABAB"


def claimant_colors(frame: pd.DataFrame, column: str = "claimant_label") -> dict[str, str]:
    """Claimant label -> colour, most frequent claimants first.

    >>> f = pd.DataFrame({"claimant_label": ["B", "A", "A"]})
    >>> claimant_colors(f)
    {'A': '#0072B2', 'B': '#D55E00'}
    """
    counts = frame[column].fillna("").astype(str).value_counts()
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return {name: PALETTE[i] if i < len(PALETTE) else OTHER for i, (name, _) in enumerate(ranked)}
