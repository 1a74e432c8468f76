"""Fourchette's dashboard: layout only. Statistics and charts come from `figures/`.

Run: `streamlit run app.py`. Environment:
  FOURCHETTE_ARTICLES  the corpus folder (default data/articles), extracted at start and cached
  FOURCHETTE_CLAIMS    optional: a ready claims table (.csv/.parquet) to show instead
  FOURCHETTE_CACHE     where the extracted table is cached on disk (default ~/.cache/fourchette)

Every filter, the metric, the view and the selected claim live in the URL as canonical tokens
(see `figures.urlstate`), so a copied link reopens the same view in either language.
"""

from __future__ import annotations

import hashlib
import html
import os
import tempfile
from dataclasses import asdict
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pandas as pd
import streamlit as st
from altair.utils.schemapi import disable_debug_mode

import review
from figures import charts, clusters, corpus_cache, export, palette, table, text, urlstate
from figures.strings import Strings, available_languages, load_strings
from figures.urlstate import Param

ROOT = Path(__file__).resolve().parent
ARTICLES = os.environ.get("FOURCHETTE_ARTICLES", str(ROOT / "data" / "articles"))
CLAIMS_FILE = os.environ.get("FOURCHETTE_CLAIMS", "")
VIEWS = ("overview", "timeline", "divergence", "reports", "claims", "article", "method")
DERIVED = ("value_plot", "value_lo", "value_hi", "has_range", "date", "claimant_label")
# Columns of `figures.clusters` kept out of the CSV (cluster_id and cluster_size are kept).
INTERNAL = (
    "now_cue",
    "claim_date_original",
    "claim_date_precision_original",
    "first_report",
    "last_report",
)
MAX_TABLE_ROWS = 5000  # rows drawn in the claims table (the CSV download has them all)
MAX_UPLOAD_BYTES = 2_000_000

# The URL's parameters; each is also a session-state key (the "model" value).
SPEC: dict[str, Param] = {
    "view": Param("str", "overview"),
    "lang": Param("str", "fr"),
    "metric": Param("str", "killed"),
    "claimants": Param("list", ()),
    "subjects": Param("list", ()),  # default: the corpus's dominant subject (see main)
    "languages": Param("list", ()),
    "outlets": Param("list", ()),
    "from": Param("date", None),
    "to": Param("date", None),
    "hedged": Param("bool", True),
    "vague": Param("bool", True),
    "log": Param("bool", False),
    "cumulative": Param("bool", False),
    "asof": Param("date", None),
    "claim": Param("str", ""),
    "article": Param("str", ""),
    "present": Param("bool", False),
    "status": Param("list", ()),  # review statuses shown; empty: every claim not rejected
    "raw": Param("bool", False),  # the raw extraction instead of the reviewed table
}

STATUS_ICONS = {
    "unreviewed": "○",
    "confirmed": "✓",
    "corrected": "✎",
    "rejected": "✗",
    "added": "+",
}

ss = st.session_state

# Altair validates each object it builds against the Vega-Lite schema, for its error messages;
# the builders' specs are validated by their tests, and each rerun builds its charts anew.
disable_debug_mode()


# --- data (cached) ------------------------------------------------------------------------


def _extract():
    import extract  # the extractor is imported lazily: a broken extractor leaves a message

    return extract


@st.cache_data(ttl=30, show_spinner=False)
def corpus_cache_key(folder: str) -> str:
    return corpus_cache.corpus_key(folder, corpus_cache.extractor_version(ROOT))


@st.cache_resource(show_spinner=False)
def load_base(folder: str, claims_file: str, key: str) -> pd.DataFrame:
    """The extracted claims table, tidy columns with clean types (shared by sessions)."""
    if claims_file:
        path = Path(claims_file)
        raw = pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path)
    else:
        extract = _extract()
        raw, _ = corpus_cache.cached_table(key, lambda: extract.claims_frame([folder]))
    # Clean types only: the derived columns are computed once, on the grouped table.
    return tidy(table.typed(raw))


@st.cache_data(ttl=30, show_spinner=False)
def article_paths(folder: str) -> dict[str, str]:
    return {p.stem: str(p) for p in corpus_cache.article_files(folder)}


@st.cache_resource(show_spinner=False)
def load_corpus_bodies(folder: str, key: str) -> dict[str, str]:
    """article_id -> body of every article of the corpus (what the review store keys on)."""
    try:
        paths = list(article_paths(folder).values())
    except OSError:
        return {}
    return review.load_bodies(paths) if paths else {}


@st.cache_data(max_entries=512, show_spinner=False)
def load_article(path: str) -> dict[str, Any]:
    return asdict(_extract().read_article(path))


@st.cache_resource(show_spinner=False)
def open_store(path: str) -> review.ReviewStore:
    """The review database (created on first use); a foreign file raises, never cached."""
    return review.ReviewStore(path)


def store() -> review.ReviewStore | None:
    """This run's review store, or None (read-only) with the reason kept for the page."""
    if "_store_run" in ss:
        return ss["_store_run"]
    found: review.ReviewStore | None = None
    try:
        found = open_store(str(review.default_path()))
        ss.pop("_store_error", None)
    except (review.ReviewStoreError, OSError) as error:
        ss["_store_error"] = str(error)
    ss["_store_run"] = found
    return found


def sources(with_bodies: bool = True) -> Any:
    """(the extraction of the corpus and this session's uploads, their bodies, a cache key);
    without the bodies, (table, key): reading every article takes seconds on a large corpus."""
    key = "" if CLAIMS_FILE else corpus_cache_key(ARTICLES)
    base = load_base(ARTICLES, CLAIMS_FILE, key)
    uploads = ss.get("_uploads", {})
    if uploads:
        base = pd.concat([base, *(tidy(u["claims"]) for u in uploads.values())], ignore_index=True)
    table_key = f"{ARTICLES}|{CLAIMS_FILE}|{key}|{'|'.join(sorted(uploads))}"
    if not with_bodies:
        return base, table_key
    bodies = load_corpus_bodies(ARTICLES, key or CLAIMS_FILE)
    if uploads:
        bodies = bodies | {a: u["article"]["body"] for a, u in uploads.items()}
    return base, bodies, table_key


def body_of(article_id: str) -> str:
    """One article's body, as `review.load_bodies` reads it (the key of its decisions)."""
    return article(article_id)["body"]


@st.cache_resource(max_entries=8, show_spinner=False)
def clustered_table(_frame: pd.DataFrame, key: str, persist: bool = False) -> pd.DataFrame:
    """Reports grouped into claims (`figures.clusters`: ~5 s on 15k rows, ~35 s on 52k), cached
    in memory and shared, not copied (figures never mutate their input). With `persist`, also
    on disk beside the extracted table, so a new server starts without regrouping; only the
    extraction's own grouping is persisted (each correction would otherwise leave a file),
    with the derived columns of `table.prepare`, so a start reads it ready to plot."""
    if not persist:
        return table.prepare(clusters.cluster_claims(_frame))
    grouped, _ = corpus_cache.cached_table(
        f"clusters-prepared-{key}", lambda: table.prepare(clusters.cluster_claims(_frame))
    )
    return table.prepare(grouped)  # a copy when read back ready (prepare is idempotent)


def unreviewed(raw: pd.DataFrame) -> pd.DataFrame:
    out = raw.assign(review_status="unreviewed")
    for column in review.REVIEW_COLUMNS[1:]:
        out[column] = ""
    return out


def claims(raw_mode: bool = False) -> pd.DataFrame:
    """Every claim of the corpus and uploads, reviewed (or raw), grouped into claims.

    Rejected claims are kept (status "rejected", each its own claim) for the review
    filter; every other view leaves them out. The log is read once per run; the tables
    derived from it are cached per log version.
    """
    raw, key = sources(with_bodies=False)
    reviews = store()
    if reviews is not None and not raw_mode:
        try:
            log = reviews.log()
            if log:  # no decision yet: no need to read every article's body
                version = f"{reviews.path}:{len(log)}:{log[-1].entry_id}"
                bodies = sources()[1]
                ss["_table_key"] = f"{key}|{version}"
                return grouped_claims(
                    lambda: reviews.apply(raw, bodies, keep_rejected=True), f"{key}|{version}"
                )
        except review.ReviewStoreError as error:
            ss["_store_error"] = str(error)
    ss["_table_key"] = f"{key}|raw"
    return grouped_claims(lambda: unreviewed(raw), f"{key}|raw")


@st.cache_resource(max_entries=8, show_spinner=False)
def grouped_claims(_reviewed: Any, key: str) -> pd.DataFrame:
    """`claims()` for one version of the table and the log (`_reviewed` makes the table)."""
    reviewed = _reviewed()
    rejected = reviewed["review_status"] == "rejected"
    kept = reviewed[~rejected].reset_index(drop=True)
    # Grouping depends on the claims' fields, not on who checked them: a confirmation or a
    # note reuses the cached groups; a correction, an addition or a rejection regroups.
    fields = kept[[c for c in kept.columns if c not in review.REVIEW_COLUMNS]]
    digest = hashlib.sha1(pd.util.hash_pandas_object(fields, index=False).to_numpy()).hexdigest()
    as_extracted = not reviewed["review_status"].isin(["corrected", "added", "rejected"]).any()
    grouped = clustered_table(fields, digest, persist=as_extracted)  # rows in the input order
    kept = grouped.assign(**{c: kept[c].to_numpy() for c in review.REVIEW_COLUMNS})
    if not rejected.any():
        return kept
    dropped = table.prepare(reviewed[rejected]).assign(
        cluster_size=1, cluster_outlets=1, report_rank=1, date_from_cluster=False
    )
    dropped["cluster_id"] = dropped["claim_id"]
    return pd.concat([kept, dropped], ignore_index=True)


def article(article_id: str) -> dict[str, Any]:
    upload = ss.get("_uploads", {}).get(article_id)
    if upload:
        return upload["article"]
    path = article_paths(ARTICLES).get(article_id)
    if path is None:
        raise FileNotFoundError(article_id)
    return load_article(path)


def figures_of(frame: pd.DataFrame, s: Strings) -> list[str]:
    return charts.figure_texts(frame["value_best"], frame["value_low"], frame["value_high"], s)


def tidy(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[[c for c in frame.columns if c not in DERIVED and c not in INTERNAL]]


def marks(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per claim (cluster) of the reports given (this run's filtered table)."""
    if frame.empty:
        return frame.assign(n_reports_shown=0, checked=False)
    return claim_marks(frame, ss.get("_marks_key") or repr(frame["claim_id"].tolist()))


@st.cache_resource(max_entries=32, show_spinner=False)
def claim_marks(_frame: pd.DataFrame, key: str) -> pd.DataFrame:
    """`figures.clusters.claims_view`, cached per table version and filters (`_marks_key`)."""
    return clusters.claims_view(_frame)


# --- state: URL <-> session ---------------------------------------------------------------


def seed_state(frame: pd.DataFrame) -> None:
    """On a session's first run, read the URL into the model keys (validated)."""
    if "_seeded" in ss:
        return
    query = {k: st.query_params.get_all(k) for k in st.query_params}
    choices = {
        "view": VIEWS,
        "lang": available_languages(),
        "metric": metric_options(frame),
        "claimants": sorted(frame["claimant_label"].unique()),
        "subjects": sorted(frame["subject"].unique()),
        "languages": sorted(frame["language"].unique()),
        "outlets": sorted(frame["outlet"].unique()),
        "status": review.STATUSES,
    }
    for key, value in urlstate.read_query(query, SPEC, choices).items():
        ss[key] = value
    ss["_seeded"] = True


def dominant_subject(frame: pd.DataFrame) -> str | None:
    """The most frequent subject (troops counted): the default of the subject filter."""
    counts = frame.loc[frame["subject"] != "", "subject"].value_counts()
    return str(counts.index[0]) if len(counts) else None


def sync_url() -> None:
    model = {key: ss.get(key, param.default) for key, param in SPEC.items()}
    wanted = urlstate.write_query(model, SPEC)
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    normal = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    if normal != current:
        st.query_params.from_dict(wanted)


def bound(name: str, widget, *args: Any, **kwargs: Any) -> Any:
    """A widget whose value is the model key `name` (kept while the widget is not drawn)."""
    wkey = f"w_{name}"
    if wkey not in ss:
        ss[wkey] = ss[name]
    value = widget(*args, key=wkey, **kwargs)
    ss[name] = value
    return value


def set_state(**values: Any) -> None:
    """Change model values from a callback; their widgets are re-seeded on the next run."""
    for key, value in values.items():
        ss[key] = value
        ss.pop(f"w_{key}", None)


def metric_options(frame: pd.DataFrame) -> list[str]:
    known = [k.split(".", 1)[1] for k in load_strings("en").table if k.startswith("metrics.")]
    present = set(frame["metric"].unique())
    return [m for m in known if m in present] + sorted(present - set(known)) or known


# --- pieces -------------------------------------------------------------------------------


def style(s: Strings, present: bool) -> None:
    css = """
    .fourchette-article { font-family: Georgia, 'Times New Roman', serif; font-size: 1.05rem;
      line-height: 1.65; max-width: 46rem; }
    .fourchette-article mark { background: #FFE8A3; padding: 0 .1em; border-radius: 2px; }
    .fourchette-article mark.active { background: #F5B700; outline: 2px solid #8A5A00; }
    .fourchette-sentence { font-family: Georgia, serif; font-size: 1.1rem; line-height: 1.5;
      border-left: 4px solid #0072B2; padding: .4rem .9rem; background: #F4F8FB; }
    .fourchette-sentence mark { background: #FFE8A3; }
    .fourchette-summary { font-size: 1.35rem; font-weight: 600; line-height: 1.35;
      margin: .3rem 0 1rem 0; color: #111; }
    .fourchette-note { color: #555; font-size: .9rem; }
    .block-container { padding-top: 2.5rem; }
    """
    if present:
        css += """
        [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
        [data-testid="stHeader"] { display: none !important; }
        .stApp { background: #FFFFFF; color: #000; }
        .stApp p, .stApp li, .stApp label { font-size: 1.35rem !important; color: #000; }
        .fourchette-summary { font-size: 2.1rem; color: #000; }
        h1, h2, h3 { color: #000 !important; }
        .block-container { max-width: 100% !important; padding-top: 1.5rem !important; }
        """
    st.html(f"<style>{css}</style>")


def sentence_html(row: pd.Series) -> str:
    sentence, quote = str(row.get("sentence") or ""), str(row.get("quote") or "")
    at = sentence.find(quote) if quote else -1
    if at < 0:
        body = html.escape(sentence or quote)
    else:
        body = (
            html.escape(sentence[:at])
            + f"<mark>{html.escape(quote)}</mark>"
            + html.escape(sentence[at + len(quote) :])
        )
    return f'<div class="fourchette-sentence">{body}</div>'


def claim_card(frame: pd.DataFrame, s: Strings, where: str) -> None:
    """The selected claim's sentence, with who/when/where, its reports and its article."""
    claim_id = ss.get("claim", "")
    if not claim_id:
        st.caption(s.t("timeline.click_hint"))
        return
    rows = frame[frame["claim_id"] == claim_id]
    if rows.empty:
        return
    row = rows.iloc[0]
    st.markdown(f"**{s.t('article.selected')}**")
    st.html(sentence_html(row))
    figure = figures_of(rows.head(1), s)[0]
    meta = [
        f"{s.t('columns.figure')}: {figure} ({s.t('qualifiers.' + row['qualifier'])})",
        f"{s.t('columns.claimant')}: {row['claimant_label']}",
        f"{s.t('columns.claim_date')}: {row['claim_date']}",
        f"{s.t('columns.outlet')}: {row['outlet']}",
        status_text(row, s),
    ]
    st.caption(" · ".join(meta))
    cols = st.columns([1, 1, 3])
    cols[0].button(
        s.t("views.article") + " →",
        key=f"open_article_{where}",
        on_click=set_state,
        kwargs={"view": "article", "article": row["article_id"]},
    )
    size = int(row.get("cluster_size", 1) or 1)
    if size > 1:
        cols[1].button(
            s.t("reports.open") + " →",
            key=f"open_reports_{where}",
            on_click=set_state,
            kwargs={"view": "reports"},
        )
    reports_list(frame, row, s)


def reports_list(frame: pd.DataFrame, row: pd.Series, s: Strings) -> None:
    """The reports of the selected claim: which outlets repeated it, and when."""
    cluster_id = row.get("cluster_id")
    if not isinstance(cluster_id, str) or "report_rank" not in frame.columns:
        return
    reports = clusters.reports_table(frame, cluster_id)
    st.markdown(f"**{s.t('reports.list_heading', n=len(reports))}**")
    st.dataframe(
        pd.DataFrame(
            {
                s.t("columns.published"): [s.date(p) for p in reports["published"]],
                s.t("columns.outlet"): reports["outlet_label"],
                s.t("columns.claimant"): reports["claimant"],
                s.t("columns.claim_date"): [
                    s.date(d) + (" *" if filled else "")
                    for d, filled in zip(
                        reports["claim_date"], reports["date_from_cluster"], strict=True
                    )
                ],
                s.t("columns.quote"): reports["quote"],
                "url": reports["url"],
            }
        ),
        hide_index=True,
        key=f"reports_of_{cluster_id}",
        column_config={
            "url": st.column_config.LinkColumn(
                s.t("columns.url"), display_text=s.t("columns.open_link")
            )
        },
    )
    if reports["date_from_cluster"].any():
        st.caption(s.t("reports.date_from_cluster"))


def status_text(row: pd.Series, s: Strings) -> str:
    status = str(row.get("review_status") or "unreviewed")
    words = f"{STATUS_ICONS.get(status, '')} {s.t('review.status.' + status)}"
    if row.get("reviewed_by"):
        words += " " + s.t("review.by", name=row["reviewed_by"])
    return words


def on_chart_select(chart_key: str) -> None:
    picked = ss[chart_key].selection.get(charts.SELECTION) or []
    if picked:
        set_state(claim=str(picked[0].get("claim_id", "")))


def draw_chart(chart, key: str, selectable: bool = False) -> None:
    """An Altair chart drawn from its spec (`charts.vega_lite_spec`: not validated again);
    `selectable`: a click on a claim selects it (the `pick` parameter)."""
    spec = charts.vega_lite_spec(chart)
    if not selectable:
        st.vega_lite_chart(spec, key=key)
        return
    st.vega_lite_chart(
        spec,
        key=key,
        on_select=lambda: on_chart_select(key),
        selection_mode=[charts.SELECTION],
    )


def chart_downloads(
    chart, title: str, s: Strings, n_articles: int, name: str, subtitle: str = ""
) -> None:
    note = " · ".join(
        [
            s.t("app.source_note", articles=n_articles),
            s.t("app.made_on", date=s.date(date.today().isoformat())),
        ]
    )
    cols = st.columns([1, 1, 6])
    for col, fmt in zip(cols, ("png", "svg"), strict=False):
        col.download_button(
            f"⬇ {s.t('export.' + fmt)}",
            data=lambda fmt=fmt: export.export_chart(chart, fmt, title, note, subtitle=subtitle),
            file_name=f"fourchette-{name}.{fmt}",
            mime="image/png" if fmt == "png" else "image/svg+xml",
            key=f"dl_{name}_{fmt}",
            on_click="ignore",
            help=s.t("export.download_chart"),
        )


# --- views --------------------------------------------------------------------------------


def view_overview(frame: pd.DataFrame, s: Strings) -> None:
    o = table.overview(frame)
    cols = st.columns(5)
    cols[0].metric(s.t("overview.articles"), s.number(o["articles"]))
    cols[1].metric(s.t("overview.claims"), s.number(o["claims"]))
    cols[2].metric(s.t("overview.outlets"), s.number(o["outlets"]))
    cols[3].metric(s.t("overview.claimants"), s.number(o["claimants"]))
    cols[4].metric(s.t("overview.languages"), ", ".join(o["languages"]) or "—")
    st.caption(f"{s.t('overview.span')} : {s.date(o['first'])} → {s.date(o['last'])}")
    st.subheader(s.t("overview.latest_heading"))
    heads = table.metric_headlines(frame)
    order = {m: i for i, m in enumerate(metric_options(frame))}
    heads = heads.sort_values("metric", key=lambda c: c.map(order))
    for row in heads.itertuples():
        values = dict(
            value=s.number(row.latest_value),
            claimant=row.latest_claimant,
            date=row.latest_date,
        )
        if row.n_claimants > 1:
            line = s.t(
                "overview.latest_line",
                low=s.number(row.low),
                high=s.number(row.high),
                n=row.n_claimants,
                **values,
            )
        else:
            line = s.t("overview.latest_single", **values)
        c1, c2 = st.columns([1, 3], vertical_alignment="center")
        c1.button(
            f"**{s.t('metrics.' + row.metric)}** →",
            key=f"overview_{row.metric}",
            type="tertiary",
            on_click=set_state,
            kwargs={"view": "timeline", "metric": row.metric},
        )
        c2.markdown(html.escape(line).replace("*", "\\*"))


def view_timeline(
    frame: pd.DataFrame, everything: pd.DataFrame, s: Strings, colors, present: bool, n: int
) -> None:
    metric = ss["metric"]
    title = s.t("timeline.heading", metric=s.t(f"metrics.{metric}"))
    st.subheader(title)
    if frame.empty:
        st.info(s.t("app.no_data"))
        return
    chart = charts.estimates_timeline(
        marks(frame),
        colors,
        s,
        log=ss["log"],
        cumulative=ss["cumulative"],
        height=620 if present else 440,
        font_scale=1.6 if present else 1.0,
    )
    draw_chart(chart, "chart_timeline", selectable=True)
    if present:
        return
    st.caption(s.t("timeline.legend_note") + " " + s.t("timeline.claims_note"))
    chart_downloads(chart, title, s, n, f"timeline-{metric}")
    claim_card(everything, s, "timeline")


def view_divergence(frame: pd.DataFrame, s: Strings, colors, present: bool, n: int) -> None:
    metric = ss["metric"]
    title = s.t("divergence.heading", metric=s.t(f"metrics.{metric}"))
    dated = frame["date"].dropna()
    if dated.empty:
        st.subheader(title)
        st.info(s.t("app.no_data"))
        return
    first, last = dated.min().date(), dated.max().date()
    if ss.get("asof") is None or not first <= ss["asof"] <= last:
        ss["asof"] = last
        ss.pop("w_asof", None)
    as_of = bound(
        "asof",
        st.slider,
        s.t("filters.as_of"),
        min_value=first,
        max_value=last,
        format="YYYY-MM-DD",
    )
    claims_only = marks(frame)  # a repeated report does not count as a new estimate
    summary = text.summary_sentence(claims_only, metric, as_of, s)
    st.html(f'<div class="fourchette-summary">{html.escape(summary)}</div>')
    latest = table.latest_estimates(claims_only, as_of, metric=metric)
    st.subheader(title)
    chart = charts.divergence_dotplot(
        latest, colors, s, log=ss["log"], font_scale=1.6 if present else 1.0
    )
    draw_chart(chart, "chart_divergence", selectable=True)
    if present:
        return
    chart_downloads(chart, title, s, n, f"divergence-{metric}", subtitle=summary)
    st.caption(s.t("divergence.counted", claims=len(claims_only), reports=len(frame)))
    claim_card(frame, s, "divergence")

    st.subheader(s.t("divergence.consensus_heading"))
    band = clusters.consensus_band(frame)
    band = band[band["metric"] == metric]
    if band.empty:
        st.info(s.t("app.no_data"))
    else:
        band_fig = clusters.consensus_chart(band, s, log=ss["log"])
        draw_chart(band_fig, "chart_consensus")
        st.caption(s.t("divergence.consensus_note"))
        chart_downloads(band_fig, s.t("divergence.consensus_heading"), s, n, f"consensus-{metric}")

    st.subheader(s.t("divergence.spread_heading"))
    stats = clusters.period_stats(frame)
    stats = stats[stats["metric"] == metric]
    if stats.empty:
        st.info(s.t("app.no_data"))
        return
    spread_fig = charts.spread_chart(stats, s, log=ss["log"])
    draw_chart(spread_fig, "chart_spread")
    chart_downloads(spread_fig, s.t("divergence.spread_heading"), s, n, f"spread-{metric}")
    st.dataframe(spread_table(stats, s), hide_index=True, key="spread_table")


def spread_table(stats: pd.DataFrame, s: Strings) -> pd.DataFrame:
    """`figures.clusters.period_stats` with the interface's words and number formats."""

    def change(value: float, ratio: float) -> str:
        if pd.isna(value):
            return "—"
        sign = "+" if value > 0 else "−" if value < 0 else "±"
        return f"{sign}{s.number(abs(value))}" + (f" (×{ratio:.2f})" if pd.notna(ratio) else "")

    return pd.DataFrame(
        {
            s.t("columns.period"): [s.date(p.strftime("%Y-%m")) for p in stats["period"]],
            s.t("columns.n_claims"): stats["n_claims"],
            s.t("columns.n_reports"): stats["n_reports"],
            s.t("columns.n_claimants"): stats["n_claimants"],
            s.t("columns.low"): stats["low"].map(s.number),
            s.t("columns.median"): stats["median"].map(s.number),
            s.t("columns.high"): stats["high"].map(s.number),
            s.t("columns.ratio"): stats["ratio"].map(lambda r: "—" if pd.isna(r) else f"×{r:.1f}"),
            s.t("columns.change"): [
                change(v, r)
                for v, r in zip(stats["median_change"], stats["median_change_ratio"], strict=True)
            ],
        }
    )


def claim_label(row: pd.Series, s: Strings) -> str:
    figure = figures_of(pd.DataFrame([row]), s)[0]
    return s.t(
        "reports.option",
        figure=figure,
        claimant=row["claimant_label"],
        date=s.date(row["claim_date"]),
        n=int(row["cluster_size"]),
    )


def view_reports(frame: pd.DataFrame, everything: pd.DataFrame, s: Strings, n: int) -> None:
    """How one claim spread across outlets over time."""
    metric = ss["metric"]
    title = s.t("reports.heading", metric=s.t(f"metrics.{metric}"))
    st.subheader(title)
    view = marks(frame)
    if view.empty:
        st.info(s.t("app.no_data"))
        return
    view = view.sort_values(["cluster_size", "date"], ascending=[False, False])
    labels = {row.cluster_id: claim_label(row, s) for _, row in view.iterrows()}
    picked = everything.loc[everything["claim_id"] == ss.get("claim", ""), "cluster_id"]
    current = picked.iloc[0] if len(picked) and picked.iloc[0] in labels else next(iter(labels))
    if ss.get("w_reports_claim") != current:
        ss["w_reports_claim"] = current
    st.selectbox(
        s.t("reports.choose"),
        list(labels),
        format_func=labels.get,
        key="w_reports_claim",
        on_change=lambda: set_state(claim=ss["w_reports_claim"]),
    )
    st.caption(s.t("reports.explain"))
    chart = clusters.reports_chart(everything, current, s)
    draw_chart(chart, "chart_reports")
    chart_downloads(chart, title, s, n, f"reports-{metric}")
    row = everything[everything["claim_id"] == current].iloc[0]
    st.html(sentence_html(row))
    reports_list(everything, row, s)


def on_table_select() -> None:
    rows = ss["claims_table"].selection.get("rows") or []
    ids = ss.get("_table_ids", [])
    if rows and rows[0] < len(ids):
        set_state(claim=ids[rows[0]])


def view_claims(frame: pd.DataFrame, everything: pd.DataFrame, s: Strings) -> None:
    st.subheader(s.t("claims.heading"))
    st.caption(s.t("claims.count", n=s.number(len(frame))) + " · " + s.t("claims.select_hint"))
    st.download_button(
        "⬇ " + s.t("claims.download_csv"),
        data=tidy(frame).to_csv(index=False).encode("utf-8"),
        file_name="fourchette-claims.csv",
        mime="text/csv",
        key="dl_csv",
        on_click="ignore",
    )
    shown = frame.sort_values(["date", "claim_id"], ascending=False).head(MAX_TABLE_ROWS)
    ss["_table_ids"] = shown["claim_id"].tolist()
    display = pd.DataFrame(
        {
            "review_status": [
                f"{STATUS_ICONS.get(x, '')} {s.t('review.status.' + x)}"
                for x in shown["review_status"]
            ],
            "claim_date": shown["claim_date"],
            "metric": shown["metric"].map(lambda m: s.t(f"metrics.{m}")),
            "figure": figures_of(shown, s),
            "qualifier": shown["qualifier"].map(lambda q: s.t(f"qualifiers.{q}")),
            "claimant": shown["claimant_label"],
            "hedged": shown["hedged"],
            "increment": shown["increment"],
            "cluster_size": shown["cluster_size"].fillna(1).astype(int),
            "quote": shown["quote"],
            "outlet": shown["outlet"],
            "url": shown["url"],
        }
    )
    config = {c: s.t(f"columns.{c}") for c in display.columns if c != "url"}
    config["url"] = st.column_config.LinkColumn(
        s.t("columns.url"), display_text=s.t("columns.open_link")
    )
    config["quote"] = st.column_config.TextColumn(s.t("columns.quote"), width="large")
    st.dataframe(
        display,
        hide_index=True,
        column_config=config,
        on_select=on_table_select,
        selection_mode="single-row",
        key="claims_table",
        height=420,
    )
    if ss.get("claim") and ss["claim"] in set(shown["claim_id"]):
        row = frame[frame["claim_id"] == ss["claim"]].iloc[0]
        st.divider()
        reader(everything, s, row["article_id"])


def reader(frame: pd.DataFrame, s: Strings, article_id: str) -> None:
    """One article, every claim highlighted, the claims listed beside it, with their review."""
    try:
        art = article(article_id)
    except Exception as error:  # an unreadable file must not break the page
        st.warning(s.t("article.not_found", error=error))
        return
    mine = frame[frame["article_id"] == article_id].sort_values("span_start")
    left, right = st.columns([3, 2])
    with left:
        st.markdown(f"### {html.escape(art.get('title') or article_id)}")
        meta = [x for x in (art.get("outlet"), art.get("published")) if x]
        st.caption(" · ".join(meta))
        if art.get("url"):
            st.link_button(s.t("article.open_source"), art["url"])
        kept = mine[mine["review_status"] != "rejected"]
        starts, ends = kept["span_start"].astype(int), kept["span_end"].astype(int)
        spans = list(zip(starts, ends, kept["claim_id"], strict=True))
        st.html(text.highlight_article(art.get("body", ""), spans, active=ss.get("claim")))
    with right:
        st.markdown(f"**{s.t('article.claims_in')}** ({len(mine)})")
        for row, figure in zip(mine.itertuples(), figures_of(mine, s), strict=True):
            active = row.claim_id == ss.get("claim")
            line, button = st.columns([6, 1], vertical_alignment="top")
            icon = STATUS_ICONS.get(row.review_status, "")
            struck = "~~" if row.review_status == "rejected" else ""
            line.markdown(
                f"{'▶ ' if active else ''}{icon} {struck}**{figure}** "
                f"{s.t('metrics.' + row.metric).lower()}{struck} — "
                f"{html.escape(row.claimant_label)}, {row.claim_date}  \n"
                f"<span class='fourchette-note'>“{html.escape(row.quote)}”</span>",
                unsafe_allow_html=True,
            )
            button.button(
                "✎",
                key=f"pick_{row.claim_id}",
                help=s.t("review.pick"),
                on_click=set_state,
                kwargs={"claim": row.claim_id},
                type="tertiary",
            )
        chosen = mine[mine["claim_id"] == ss.get("claim")]
        if len(chosen):
            st.divider()
            review_panel(chosen.iloc[0], s)
        st.divider()
        add_claim_form(art, s)


def view_article(frame: pd.DataFrame, s: Strings) -> None:
    ids = sorted(frame["article_id"].unique())
    paths = sorted(set(ids) | set(article_paths(ARTICLES)) | set(ss.get("_uploads", {})))
    if not paths:
        st.info(s.t("article.none"))
        return
    if ss.get("article") not in paths:
        selected = frame[frame["claim_id"] == ss.get("claim", "")]["article_id"]
        ss["article"] = selected.iloc[0] if len(selected) else paths[0]
        ss.pop("w_article", None)
    article_id = bound("article", st.selectbox, s.t("article.choose"), paths)
    reader(frame, s, article_id)


# --- review -------------------------------------------------------------------------------


def reviewer() -> str:
    return str(ss.get("reviewer") or "").strip()


def say(kind: str, message: str) -> None:
    """Keep a review message for the next run (callbacks run before the page is drawn)."""
    ss["_review_msg"] = (kind, message)


def review_messages(s: Strings) -> None:
    if ss.get("_store_error"):
        st.error(s.t("review.store_error", error=ss["_store_error"]))
    message = ss.pop("_review_msg", None)
    if message:
        kind, words = message
        (st.error if kind == "error" else st.success)(words)


def run_review(action: str, s: Strings, *args: Any) -> bool:
    """One write to the review store; errors become a message, never an exception."""
    reviews = store()
    if reviews is None:
        say("error", s.t("review.read_only"))
        return False
    try:
        written = getattr(reviews, action)(*args)
    except review.ReviewValueError as error:
        say("error", s.t("review.invalid", error=error))
        return False
    except review.ReviewStoreError as error:
        say("error", s.t("review.store_error", error=error))
        return False
    if not written and action != "undo":
        say("success", s.t("review.nothing_changed"))
        return False
    return True


def plain(value: Any) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return value.item() if hasattr(value, "item") else value


def claim_record(row: pd.Series) -> dict[str, Any]:
    return {k: plain(v) for k, v in row.items()}


def on_verdict(action: str, claim: dict[str, Any], lang: str) -> None:
    s = load_strings(lang)
    body = body_of(claim["article_id"])
    if run_review(action, s, claim, body, reviewer()):
        say("success", s.t(f"review.done_{action}"))


def on_correct(claim: dict[str, Any], lang: str) -> None:
    s = load_strings(lang)
    prefix = f"rv_{claim['claim_id']}_"
    changes = {}
    for field in review.CORRECTABLE:
        value = ss.get(prefix + field)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, str):
            value = value.strip()
        old = claim.get(field)
        if (value in (None, "") and old in (None, "")) or value == old:
            continue
        changes[field] = value
    if not changes:
        say("success", s.t("review.nothing_changed"))
        return
    body = body_of(claim["article_id"])
    if run_review("correct", s, claim, body, changes, reviewer()):
        say("success", s.t("review.done_correct", fields=field_labels(changes, s)))


def on_note(claim: dict[str, Any], lang: str) -> None:
    s = load_strings(lang)
    note = ss.get(f"rv_{claim['claim_id']}_note", "")
    if run_review("note", s, claim, body_of(claim["article_id"]), note, reviewer()):
        say("success", s.t("review.done_note"))


def field_label(field: str, s: Strings) -> str:
    """A correctable field's name in the interface language."""
    words = s.get(f"review.fields.{field}") or s.get(f"columns.{field}")
    return words if isinstance(words, str) else field


def field_labels(fields: Any, s: Strings) -> str:
    names = fields.split(";") if isinstance(fields, str) else list(fields)
    return ", ".join(field_label(f, s) for f in names if f)


def review_panel(row: pd.Series, s: Strings) -> None:
    """Confirm, reject, correct or annotate the selected claim."""
    claim = claim_record(row)
    st.markdown(f"**{s.t('review.heading')}** · {status_text(row, s)}")
    if row.get("corrected_fields"):
        st.caption(s.t("review.corrected_fields", fields=field_labels(row["corrected_fields"], s)))
    if store() is None:
        st.caption(s.t("review.read_only"))
        return
    if ss.get("raw"):
        st.caption(s.t("review.raw_mode"))
        return
    name = reviewer()
    if not name:
        st.info(s.t("review.need_name"))
    lang = ss["lang"]
    cols = st.columns(2)
    cols[0].button(
        "✓ " + s.t("review.confirm"),
        key="rv_confirm",
        disabled=not name,
        on_click=on_verdict,
        args=("confirm", claim, lang),
        use_container_width=True,
    )
    cols[1].button(
        "✗ " + s.t("review.reject"),
        key="rv_reject",
        disabled=not name,
        on_click=on_verdict,
        args=("reject", claim, lang),
        use_container_width=True,
    )
    prefix = f"rv_{claim['claim_id']}_"
    with (
        st.expander(s.t("review.edit"), expanded=False),
        st.form(key=f"rv_form_{claim['claim_id']}", border=False),
    ):
        claim_inputs(prefix, claim, s)
        st.form_submit_button(
            s.t("review.save"),
            disabled=not name,
            on_click=on_correct,
            args=(claim, lang),
            type="primary",
        )
    with st.expander(s.t("review.note"), expanded=bool(claim.get("review_note"))):
        st.text_area(
            s.t("review.note"),
            value=claim.get("review_note") or "",
            key=prefix + "note",
            label_visibility="collapsed",
        )
        st.button(
            s.t("review.save_note"),
            key="rv_note_save",
            disabled=not name,
            on_click=on_note,
            args=(claim, lang),
        )


def claim_inputs(prefix: str, claim: dict[str, Any], s: Strings) -> None:
    """Validated inputs for every correctable field (values checked again by the store)."""
    from extract.claim import METRICS, QUALIFIERS

    metric = claim.get("metric")
    c1, c2 = st.columns(2)
    c1.selectbox(
        s.t("columns.metric"),
        METRICS,
        index=METRICS.index(metric) if metric in METRICS else 0,
        format_func=lambda m: s.t(f"metrics.{m}"),
        key=prefix + "metric",
    )
    qualifier = claim.get("qualifier")
    c2.selectbox(
        s.t("columns.qualifier"),
        QUALIFIERS,
        index=QUALIFIERS.index(qualifier) if qualifier in QUALIFIERS else 0,
        format_func=lambda q: s.t(f"qualifiers.{q}"),
        key=prefix + "qualifier",
    )
    cols = st.columns(3)
    for col, field in zip(cols, ("value_low", "value_best", "value_high"), strict=True):
        value = claim.get(field)
        col.number_input(
            s.t(f"review.fields.{field}"),
            min_value=0,
            value=int(value) if value is not None else None,
            step=1,
            format="%d",
            key=prefix + field,
        )
    c1, c2 = st.columns(2)
    c1.text_input(
        s.t("columns.claimant"), value=claim.get("claimant") or "", key=prefix + "claimant"
    )
    c2.text_input(
        s.t("review.fields.claimant_country"),
        value=claim.get("claimant_country") or "",
        key=prefix + "claimant_country",
        help=s.t("review.country_help"),
    )
    c1, c2 = st.columns(2)
    c1.text_input(
        s.t("columns.claim_date"),
        value=claim.get("claim_date") or "",
        key=prefix + "claim_date",
        help=s.t("review.date_help"),
    )
    c2.text_input(
        s.t("columns.subject"),
        value=claim.get("subject") or "",
        key=prefix + "subject",
        help=s.t("review.country_help"),
    )
    c1, c2 = st.columns(2)
    c1.checkbox(
        s.t("columns.increment"), value=bool(claim.get("increment")), key=prefix + "increment"
    )
    c2.checkbox(s.t("columns.hedged"), value=bool(claim.get("hedged")), key=prefix + "hedged")


def on_add(article_id: str, lang: str) -> None:
    s = load_strings(lang)
    art = article(article_id)
    body = art["body"]
    start, end = ss.get(f"add_span_{article_id}") or (None, None)
    if start is None:
        say("error", s.t("review.no_span"))
        return
    values: dict[str, Any] = {}
    prefix = f"add_{article_id}_"
    for field in review.CORRECTABLE:
        value = ss.get(prefix + field)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, str):
            value = value.strip()
        if value in (None, "") or (field == "qualifier" and value == "auto"):
            continue
        if field in ("increment", "hedged") and not value:
            continue
        values[field] = value
    fields = ("article_id", "body", "outlet", "url", "published", "language")
    article_ns = SimpleNamespace(**{f: art.get(f) or "" for f in fields})
    if run_review("add", s, article_ns, start, end, values, reviewer(), body[start:end]):
        say("success", s.t("review.done_add", quote=body[start:end]))


def add_claim_form(art: dict[str, Any], s: Strings) -> None:
    """Add a claim the extractor missed: its span comes from a selection in the text."""
    if store() is None or ss.get("raw"):
        return
    from extract.claim import METRICS, QUALIFIERS

    article_id, body = art["article_id"], art.get("body", "")
    sentences = text.sentence_spans(body)
    if not sentences:
        return
    with st.expander(s.t("review.add_heading")):
        st.caption(s.t("review.add_help"))
        # The first sentence with a figure in digits is the likeliest to hold a missed claim.
        numbered = [i for i, (a, b) in enumerate(sentences) if any(c.isdigit() for c in body[a:b])]
        index = st.selectbox(
            s.t("review.add_sentence"),
            range(len(sentences)),
            index=numbered[0] if numbered else 0,
            format_func=lambda i: shorten(body[sentences[i][0] : sentences[i][1]], 110),
            key=f"add_sentence_{article_id}",
        )
        words = text.word_spans(body, *sentences[index])
        if len(words) > 1:
            first, last = st.select_slider(
                s.t("review.add_words"),
                options=range(len(words)),
                value=(0, len(words) - 1),
                format_func=lambda i: body[words[i][0] : words[i][1]],
                key=f"add_words_{article_id}_{index}",
            )
        else:
            first = last = 0
        start, end = words[first][0], words[last][1]
        ss[f"add_span_{article_id}"] = (start, end)
        st.html(
            '<div class="fourchette-sentence">'
            + html.escape(body[sentences[index][0] : start])
            + f"<mark>{html.escape(body[start:end])}</mark>"
            + html.escape(body[end : sentences[index][1]])
            + "</div>"
        )
        prefix = f"add_{article_id}_"
        with st.form(key=f"add_form_{article_id}", border=False):
            c1, c2 = st.columns(2)
            c1.selectbox(
                s.t("columns.metric"),
                METRICS,
                format_func=lambda m: s.t(f"metrics.{m}"),
                key=prefix + "metric",
            )
            c2.selectbox(
                s.t("columns.qualifier"),
                ("auto", *QUALIFIERS),
                format_func=lambda q: s.t("review.auto") if q == "auto" else s.t(f"qualifiers.{q}"),
                key=prefix + "qualifier",
            )
            cols = st.columns(3)
            for col, field in zip(cols, ("value_low", "value_best", "value_high"), strict=True):
                col.number_input(
                    s.t(f"review.fields.{field}"),
                    min_value=0,
                    value=None,
                    step=1,
                    format="%d",
                    key=prefix + field,
                )
            c1, c2 = st.columns(2)
            c1.text_input(s.t("columns.claimant"), key=prefix + "claimant")
            c2.text_input(
                s.t("review.fields.claimant_country"),
                key=prefix + "claimant_country",
                help=s.t("review.country_help"),
            )
            c1, c2 = st.columns(2)
            c1.text_input(
                s.t("columns.claim_date"),
                key=prefix + "claim_date",
                help=s.t("review.date_help_add"),
            )
            c2.text_input(
                s.t("columns.subject"),
                value=next(iter(SPEC["subjects"].default), ""),
                key=prefix + "subject",
                help=s.t("review.country_help"),
            )
            c1, c2 = st.columns(2)
            c1.checkbox(s.t("columns.increment"), key=prefix + "increment")
            c2.checkbox(s.t("columns.hedged"), key=prefix + "hedged")
            st.form_submit_button(
                s.t("review.add"),
                disabled=not reviewer(),
                on_click=on_add,
                args=(article_id, ss["lang"]),
                type="primary",
            )


def shorten(words: str, limit: int) -> str:
    words = " ".join(words.split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


def view_method(frame: pd.DataFrame, s: Strings) -> None:
    st.subheader(s.t("method.heading"))
    st.markdown(s.t("method.body"))
    st.markdown(f"#### {s.t('method.metrics_heading')}")
    st.markdown(
        "\n".join(
            f"- **{s.t('metrics.' + m)}** — {s.t('metric_help.' + m)}"
            for m in metric_options(frame)
        )
    )
    st.markdown(f"#### {s.t('method.qualifiers_heading')}")
    qualifiers = [k.split(".", 1)[1] for k in s.table if k.startswith("qualifier_help.")]
    st.markdown(
        "\n".join(
            f"- **{s.t('qualifiers.' + q)}** — {s.t('qualifier_help.' + q)}" for q in qualifiers
        )
    )
    st.markdown(f"#### {s.t('method.limits_heading')}")
    st.markdown(s.t("method.limits"))
    st.markdown(f"#### {s.t('method.rules_heading')}")
    counts = table.counts_by(frame, "rule", sep="|").rename(
        columns={"rule": s.t("columns.rule"), "claims": s.t("columns.claims")}
    )
    st.dataframe(counts, hide_index=True, key="rules_table")
    review_method(s)


def review_method(s: Strings) -> None:
    """The review's state: counts per status and the decisions that match no claim now."""
    st.markdown(f"#### {s.t('review.method_heading')}")
    st.markdown(s.t("review.method_body"))
    reviews = store()
    if reviews is None:
        st.caption(s.t("review.read_only"))
        return
    raw, bodies, _ = sources()
    try:
        orphans = reviews.orphans(raw, bodies)
    except review.ReviewStoreError as error:
        st.error(s.t("review.store_error", error=error))
        return
    st.markdown(f"##### {s.t('review.orphans_heading', n=len(orphans))}")
    if orphans.empty:
        st.caption(s.t("review.no_orphans"))
        return
    shown = orphans[
        ["article_id", "quote", "review_status", "reviewed_by", "reviewed_at", "reason"]
    ]
    st.dataframe(
        shown.rename(columns=lambda c: s.t(f"review.orphan_columns.{c}")),
        hide_index=True,
        key="orphans_table",
    )


# --- uploads ------------------------------------------------------------------------------


def ingest(name: str, data: bytes) -> tuple[dict[str, Any], pd.DataFrame]:
    """Read and extract one uploaded article; raises on any problem."""
    extract = _extract()
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValueError(f"more than {MAX_UPLOAD_BYTES // 1_000_000} MB")
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in Path(name).name) or "upload"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / safe
        path.write_bytes(data)
        try:
            art = extract.read_article(path)
        except Exception as error:  # the message names the temporary copy: name the upload
            raise ValueError(str(error).replace(str(path), name)) from error
    if art.article_id in article_paths(ARTICLES) or art.article_id in ss.get("_uploads", {}):
        raise ValueError(f"an article named {art.article_id!r} is already in the corpus")
    result = extract.extract_claims(
        art.body,
        article_id=art.article_id,
        outlet=art.outlet,
        url=art.url,
        published=art.published,
        language=art.language,
    )
    raw = result if isinstance(result, pd.DataFrame) else extract.to_frame(list(result))
    return asdict(art), table.prepare(raw)


def uploads(s: Strings) -> None:
    with st.expander(s.t("upload.heading")):
        files = st.file_uploader(
            s.t("upload.heading"),
            type=["txt", "md", "html", "htm"],
            accept_multiple_files=True,
            help=s.t("upload.help"),
            key="upload",
            label_visibility="collapsed",
        )
        done = ss.setdefault("_upload_done", {})
        store = ss.setdefault("_uploads", {})
        added = False
        for file in files or []:
            token = f"{file.name}:{file.size}:{getattr(file, 'file_id', '')}"
            if token not in done:
                try:
                    art, found = ingest(file.name, file.getvalue())
                    store[art["article_id"]] = {"article": art, "claims": found}
                    done[token] = ("ok", len(found))
                    added = True
                except Exception as error:  # any bad file: a message, nothing changed
                    done[token] = ("error", str(error) or type(error).__name__)
            status, detail = done[token]
            if status == "error":
                st.error(s.t("upload.failed", name=file.name, error=detail))
            elif detail:
                st.success(s.t("upload.added", name=file.name, n=detail))
            else:
                st.info(s.t("upload.empty", name=file.name))
        if added:
            st.rerun()  # the page above was drawn without the new claims


# --- page ---------------------------------------------------------------------------------


def on_undo(lang: str) -> None:
    s = load_strings(lang)
    reviews = store()
    if reviews is None:
        say("error", s.t("review.read_only"))
        return
    try:
        undone = reviews.undo(reviewer())
    except (review.ReviewValueError, review.ReviewStoreError) as error:
        say("error", s.t("review.invalid", error=error))
        return
    say("success", s.t("review.done_undo", n=len(undone)) if undone else s.t("review.no_undo"))


def on_next(lang: str) -> None:
    s = load_strings(lang)
    reviews = store()
    if reviews is None:
        return
    raw, bodies, _ = sources()
    try:
        found = reviews.next_unreviewed(raw, bodies, after=ss.get("claim") or None)
    except review.ReviewStoreError as error:
        say("error", s.t("review.store_error", error=error))
        return
    if found is None:
        say("success", s.t("review.all_done"))
        return
    set_state(claim=found, article=found.rsplit(":", 1)[0], view="article")


def export_bytes() -> bytes:
    reviews = store()
    if reviews is None:
        return b""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "decisions.json"
        reviews.export_decisions(path)
        return path.read_bytes()


def import_file(file, s: Strings) -> None:
    """Merge an exported decisions file once per upload (importing twice changes nothing)."""
    done = ss.setdefault("_imports_done", {})
    token = f"{file.name}:{file.size}:{getattr(file, 'file_id', '')}"
    if token in done:
        kind, words = done[token]
    elif not reviewer():
        kind, words = "error", s.t("review.need_name")
    else:
        suffix = Path(file.name).suffix.lower()
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"decisions{suffix if suffix in ('.csv', '.json') else '.json'}"
            path.write_bytes(file.getvalue())
            try:
                result = store().import_decisions(path, reviewer())
                kind = "success"
                words = s.t("review.imported", n=result.imported, skipped=result.skipped)
            except (review.ReviewValueError, review.ReviewStoreError, ValueError) as error:
                message = str(error).replace(str(path), file.name)
                kind, words = "error", s.t("review.import_failed", name=file.name, error=message)
        done[token] = (kind, words)
        if kind == "success":
            ss["_import_rerun"] = True
    (st.error if kind == "error" else st.success)(words)


def review_sidebar(frame: pd.DataFrame, s: Strings, raw_mode: bool) -> None:
    """The reviewer's name, progress, the reviewed/raw switch and sharing decisions."""
    st.markdown(f"### {s.t('review.heading')}")
    st.text_input(s.t("review.name"), key="reviewer", placeholder=s.t("review.name_hint"))
    reviews = store()
    if reviews is None:
        st.caption(s.t("review.read_only"))
    status = frame["review_status"]
    total, done = len(status), int((status != "unreviewed").sum())
    st.progress(done / total if total else 0.0)
    st.caption(s.t("review.progress", reviewed=s.number(done), total=s.number(total)))
    bound("raw", st.toggle, s.t("review.raw"), help=s.t("review.raw_help"))
    bound(
        "status",
        st.multiselect,
        s.t("review.status_filter"),
        review.STATUSES,
        format_func=lambda x: f"{STATUS_ICONS[x]} {s.t('review.status.' + x)}",
        placeholder=s.t("review.status_any"),
    )
    cols = st.columns([3, 2])
    cols[0].button(
        "→ " + s.t("review.next"),
        key="rv_next",
        disabled=reviews is None or raw_mode,
        on_click=on_next,
        args=(ss["lang"],),
        use_container_width=True,
    )
    cols[1].button(
        "↶ " + s.t("review.undo"),
        key="rv_undo",
        disabled=reviews is None or not reviewer() or raw_mode,
        on_click=on_undo,
        args=(ss["lang"],),
        use_container_width=True,
    )
    if reviews is None:
        return
    with st.expander(s.t("review.share")):
        st.download_button(
            "⬇ " + s.t("review.export"),
            data=export_bytes,
            file_name="fourchette-review.json",
            mime="application/json",
            key="rv_export",
            on_click="ignore",
        )
        file = st.file_uploader(
            s.t("review.import"),
            type=["json", "csv"],
            key="rv_import",
            help=s.t("review.import_help"),
        )
        if file is not None:
            import_file(file, s)
        if ss.pop("_import_rerun", False):
            st.rerun()


def sidebar(frame: pd.DataFrame, s: Strings, raw_mode: bool = False) -> None:
    with st.sidebar:
        bound(
            "lang",
            st.segmented_control,
            s.t("app.language"),
            available_languages(),
            format_func=str.upper,
            required=True,
        )
        st.toggle(
            s.t("app.presentation"),
            value=False,
            key="w_present_toggle",
            on_change=set_state,
            kwargs={"present": True},
        )
        review_sidebar(frame, s, raw_mode)
        st.markdown(f"### {s.t('app.filters')}")
        options = lambda col: sorted(x for x in frame[col].unique() if x)  # noqa: E731
        for name, column in (
            ("claimants", "claimant_label"),
            ("subjects", "subject"),
            ("languages", "language"),
            ("outlets", "outlet"),
        ):
            bound(
                name,
                st.multiselect,
                s.t(f"filters.{name}"),
                options(column),
                placeholder=s.t("filters.any"),
            )
        dated = frame["date"].dropna()
        if not dated.empty:
            first, last = dated.min().date(), dated.max().date()
            if "w_dates" not in ss:
                clamp = lambda day: min(max(day, first), last)  # noqa: E731
                ss["w_dates"] = (clamp(ss["from"] or first), clamp(ss["to"] or last))
            picked = st.date_input(
                s.t("filters.dates"),
                min_value=first,
                max_value=last,
                key="w_dates",
                format="YYYY-MM-DD",
            )
            if isinstance(picked, tuple | list) and len(picked) == 2:
                ss["from"] = picked[0] if picked[0] > first else None
                ss["to"] = picked[1] if picked[1] < last else None
        bound("hedged", st.checkbox, s.t("filters.include_hedged"))
        bound("vague", st.checkbox, s.t("filters.include_vague"))
        st.divider()
        bound("log", st.toggle, s.t("filters.scale_log"))
        bound("cumulative", st.toggle, s.t("filters.cumulative"))
        st.button(s.t("filters.reset"), key="reset", on_click=reset_filters)
        uploads(s)


def reset_filters() -> None:
    for key in ("claimants", "subjects", "languages", "outlets", "from", "to", "claim", "status"):
        default = SPEC[key].default
        set_state(**{key: list(default) if SPEC[key].kind == "list" else default})
    set_state(hedged=True, vague=True, log=False, cumulative=False)
    ss.pop("w_dates", None)


def main() -> None:
    # A Material icon (a fork): "⑂" is no emoji, so Streamlit took it for an image path (a
    # favicon that never loaded, after importing PIL and numpy to try).
    st.set_page_config(page_title="Fourchette", page_icon=":material/call_split:", layout="wide")
    ss.pop("_store_run", None)  # the review store is looked up once per run
    raw_mode = ss.get("w_raw", ss.get("raw", st.query_params.get("raw") in ("1", "true")))
    try:
        everything = claims(raw_mode=bool(raw_mode))
    except Exception as error:  # no corpus, broken extractor: say so
        s = load_strings(st.query_params.get("lang", "fr"))
        st.error(s.t("app.corpus_error", error=error))
        return
    dominant = dominant_subject(everything)
    SPEC["subjects"] = Param("list", (dominant,) if dominant else ())
    seed_state(everything)
    for name in SPEC:  # widgets changed by the user since the last run: their values first
        if f"w_{name}" in ss:
            ss[name] = ss[f"w_{name}"]
    s = load_strings(ss["lang"])
    present = bool(ss["present"])
    style(s, present)
    colors = palette.claimant_colors(everything)
    n_articles = everything["article_id"].nunique()

    if present:
        st.button(
            "✕ " + s.t("app.exit_presentation"),
            key="exit_present",
            on_click=set_state,
            kwargs={"present": False},
        )
    else:
        sidebar(everything, s, bool(raw_mode))
        st.markdown(f"## {s.t('app.title')}")
        st.caption(s.t("app.tagline"))

    view_col, metric_col = st.container(), st.container()
    with view_col:
        if not present:
            bound(
                "view",
                st.segmented_control,
                "view",
                VIEWS,
                format_func=lambda v: s.t(f"views.{v}"),
                required=True,
                label_visibility="collapsed",
            )
    view = ss["view"]
    metrics = metric_options(everything)
    if ss["metric"] not in metrics:
        ss["metric"] = metrics[0]
        ss.pop("w_metric", None)
    with metric_col:
        if view in ("timeline", "divergence", "reports", "claims") or present:
            bound(
                "metric",
                st.segmented_control,
                s.t("filters.metric"),
                metrics,
                format_func=lambda m: s.t(f"metrics.{m}"),
                required=True,
                label_visibility="collapsed",
            )
    filters = dict(
        claimants=ss["claimants"],
        subjects=ss["subjects"],
        languages=ss["languages"],
        outlets=ss["outlets"],
        date_from=ss["from"],
        date_to=ss["to"],
        include_hedged=ss["hedged"],
        include_vague=ss["vague"],
    )
    status = everything["review_status"]
    shown = status.isin(ss["status"]) if ss["status"] else status != "rejected"
    # One mask, rows taken once per table (each take copies every quote and sentence).
    kept = shown & table.filter_mask(everything, **filters)
    of_metric = everything[kept & (everything["metric"] == ss["metric"])]
    # The claims of `of_metric` depend on the table's version and these choices only.
    ss["_marks_key"] = repr([ss.get("_table_key"), ss["metric"], ss["status"], filters])
    review_messages(s)

    if present:
        view = view if view in ("timeline", "divergence") else "timeline"
    if view == "overview":
        view_overview(everything[kept], s)
    elif view == "timeline":
        view_timeline(of_metric, everything, s, colors, present, n_articles)
    elif view == "divergence":
        view_divergence(of_metric, s, colors, present, n_articles)
    elif view == "reports":
        view_reports(of_metric, everything, s, n_articles)
    elif view == "claims":
        view_claims(of_metric, everything, s)
    elif view == "article":
        view_article(everything, s)
    else:
        view_method(everything, s)
    sync_url()


main()
