"""Charts as PNG or SVG files (vl-convert), with title, source note and date on the image."""

from __future__ import annotations

import altair as alt

FORMATS = ("png", "svg")


def framed(
    chart: alt.TopLevelMixin, title: str, note: str, width: int = 820, subtitle: str = ""
) -> dict:
    """The chart's Vega-Lite spec under a title and over a grey source note.

    The chart's own `configure_*` settings are kept; a "container" width becomes `width`
    pixels, because an image has no container.
    """
    with alt.data_transformers.disable_max_rows():  # an image may hold every claim
        spec = chart.to_dict()
    config = spec.pop("config", {})
    schema = spec.pop("$schema", None)
    datasets = spec.pop("datasets", {})
    if spec.get("width") == "container":
        spec["width"] = width
    footer = {
        "text": note,
        "orient": "bottom",
        "anchor": "start",
        "fontSize": 11,
        "color": "#555",
        "fontWeight": "normal",
        "offset": 12,
    }
    top = {
        "vconcat": [{"vconcat": [spec], "title": footer}],
        "title": {
            "text": title,
            "anchor": "start",
            "fontSize": 18,
            "offset": 14,
            **(
                {"subtitle": subtitle, "subtitleFontSize": 14, "subtitleColor": "#333"}
                if subtitle
                else {}
            ),
        },
        "config": config,
        "datasets": datasets,
        "padding": 16,
        "background": "white",
    }
    if schema:
        top["$schema"] = schema
    return top


def export_chart(
    chart: alt.TopLevelMixin,
    fmt: str,
    title: str,
    note: str,
    scale: float = 2.0,
    subtitle: str = "",
) -> bytes:
    """The chart as PNG or SVG bytes, with its title (and subtitle) and source note.

    >>> import pandas as pd
    >>> c = alt.Chart(pd.DataFrame({"x": [1, 2]})).mark_point().encode(x="x:Q")
    >>> export_chart(c, "svg", "Title", "Source: test")[:4]
    b'<svg'
    >>> export_chart(c, "png", "Title", "Source: test")[:8]
    b'\\x89PNG\\r\\n\\x1a\\n'
    """
    import vl_convert as vlc  # imported on first export: it is slow to load, and rarely used

    spec = framed(chart, title, note, subtitle=subtitle)
    if fmt == "png":
        return vlc.vegalite_to_png(spec, scale=scale)
    if fmt == "svg":
        return vlc.vegalite_to_svg(spec).encode("utf-8")
    raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")
