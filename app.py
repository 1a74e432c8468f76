"""Fourchette's dashboard: layout only. Statistics and charts come from `figures/`.

Run: `streamlit run app.py`. Environment:
  FOURCHETTE_ARTICLES  the corpus folder (default data/articles), extracted at start and cached
  FOURCHETTE_CLAIMS    optional: a ready claims table (.csv/.parquet) to show instead
  FOURCHETTE_CACHE     where the extracted table is cached on disk (default ~/.cache/fourchette)

Every filter, the metric, the view and the selected claim live in the URL as canonical tokens
(see `figures.urlstate`), so a copied link reopens the same view in either language.
"""

from __future__ import annotations

import html
import os
import tempfile
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from figures import charts, corpus_cache, export, palette, table, text, urlstate
from figures.strings import Strings, available_languages, load_strings
from figures.urlstate import Param

ROOT = Path(__file__).resolve().parent
ARTICLES = os.environ.get("FOURCHETTE_ARTICLES", str(ROOT / "data" / "articles"))
CLAIMS_FILE = os.environ.get("FOURCHETTE_CLAIMS", "")
VIEWS = ("overview", "timeline", "divergence", "claims", "article", "method")
DERIVED = ("value_plot", "value_lo", "value_hi", "has_range", "date", "claimant_label")
MAX_TABLE_ROWS = 5000  # rows drawn in the claims table (the CSV download has them all)
MAX_UPLOAD_BYTES = 2_000_000

# The URL's parameters; each is also a session-state key (the "model" value).
SPEC: dict[str, Param] = {
    "view": Param("str", "overview"),
    "lang": Param("str", "fr"),
    "metric": Param("str", "killed"),
    "claimants": Param("list", ()),
    "subjects": Param("list", ()),
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
}

ss = st.session_state


# --- data (cached) ------------------------------------------------------------------------


def _extract():
    import extract  # the extractor is imported lazily: a broken extractor leaves a message

    return extract


@st.cache_data(ttl=30, show_spinner=False)
def corpus_cache_key(folder: str) -> str:
    return corpus_cache.corpus_key(folder, corpus_cache.extractor_version(ROOT))


@st.cache_resource(show_spinner=False)
def load_base(folder: str, claims_file: str, key: str) -> pd.DataFrame:
    """The prepared claims table (shared by sessions: figures never mutate their input)."""
    if claims_file:
        path = Path(claims_file)
        raw = pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path)
    else:
        extract = _extract()
        raw, _ = corpus_cache.cached_table(key, lambda: extract.claims_frame([folder]))
    return table.prepare(raw)


@st.cache_data(ttl=30, show_spinner=False)
def article_paths(folder: str) -> dict[str, str]:
    return {p.stem: str(p) for p in corpus_cache.article_files(folder)}


@st.cache_data(max_entries=512, show_spinner=False)
def load_article(path: str) -> dict[str, Any]:
    return asdict(_extract().read_article(path))


def claims() -> pd.DataFrame:
    """The corpus table plus this session's uploads."""
    key = "" if CLAIMS_FILE else corpus_cache_key(ARTICLES)
    base = load_base(ARTICLES, CLAIMS_FILE, key)
    uploads = ss.get("_uploads", {})
    if not uploads:
        return base
    return pd.concat([base, *(u["claims"] for u in uploads.values())], ignore_index=True)


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
    return frame[[c for c in frame.columns if c not in DERIVED]]


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
    }
    for key, value in urlstate.read_query(query, SPEC, choices).items():
        ss[key] = value
    ss["_seeded"] = True


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
    """The selected claim's sentence, with who/when/where and a link to its article."""
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
    ]
    st.caption(" · ".join(meta))
    st.button(
        s.t("views.article") + " →",
        key=f"open_article_{where}",
        on_click=set_state,
        kwargs={"view": "article", "article": row["article_id"]},
    )


def on_chart_select(chart_key: str) -> None:
    picked = ss[chart_key].selection.get(charts.SELECTION) or []
    if picked:
        set_state(claim=str(picked[0].get("claim_id", "")))


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


def view_timeline(frame: pd.DataFrame, s: Strings, colors, present: bool, n: int) -> None:
    metric = ss["metric"]
    title = s.t("timeline.heading", metric=s.t(f"metrics.{metric}"))
    st.subheader(title)
    if frame.empty:
        st.info(s.t("app.no_data"))
        return
    chart = charts.estimates_timeline(
        frame,
        colors,
        s,
        log=ss["log"],
        cumulative=ss["cumulative"],
        height=620 if present else 440,
        font_scale=1.6 if present else 1.0,
    )
    st.altair_chart(
        chart,
        key="chart_timeline",
        on_select=lambda: on_chart_select("chart_timeline"),
        selection_mode=[charts.SELECTION],
    )
    if present:
        return
    st.caption(s.t("timeline.legend_note"))
    chart_downloads(chart, title, s, n, f"timeline-{metric}")
    claim_card(frame, s, "timeline")


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
    summary = text.summary_sentence(frame, metric, as_of, s)
    st.html(f'<div class="fourchette-summary">{html.escape(summary)}</div>')
    latest = table.latest_estimates(frame, as_of, metric=metric)
    st.subheader(title)
    chart = charts.divergence_dotplot(
        latest, colors, s, log=ss["log"], font_scale=1.6 if present else 1.0
    )
    st.altair_chart(
        chart,
        key="chart_divergence",
        on_select=lambda: on_chart_select("chart_divergence"),
        selection_mode=[charts.SELECTION],
    )
    if present:
        return
    chart_downloads(chart, title, s, n, f"divergence-{metric}", subtitle=summary)
    claim_card(frame, s, "divergence")
    st.subheader(s.t("divergence.spread_heading"))
    spread = table.spread_by_period(frame)
    spread = spread[spread["metric"] == metric]
    spread_fig = charts.spread_chart(spread, s, log=ss["log"])
    st.altair_chart(spread_fig, key="chart_spread")
    chart_downloads(spread_fig, s.t("divergence.spread_heading"), s, n, f"spread-{metric}")
    shown = pd.DataFrame(
        {
            s.t("columns.period"): [s.date(p.strftime("%Y-%m")) for p in spread["period"]],
            s.t("columns.low"): spread["low"].map(s.number),
            s.t("columns.median"): spread["median"].map(s.number),
            s.t("columns.high"): spread["high"].map(s.number),
            s.t("columns.ratio"): spread["ratio"].map(lambda r: f"×{r:.1f}"),
            s.t("columns.n_claimants"): spread["n_claimants"],
        }
    )
    st.dataframe(shown, hide_index=True, key="spread_table")


def on_table_select() -> None:
    rows = ss["claims_table"].selection.get("rows") or []
    ids = ss.get("_table_ids", [])
    if rows and rows[0] < len(ids):
        set_state(claim=ids[rows[0]])


def view_claims(frame: pd.DataFrame, s: Strings) -> None:
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
            "claim_date": shown["claim_date"],
            "metric": shown["metric"].map(lambda m: s.t(f"metrics.{m}")),
            "figure": figures_of(shown, s),
            "qualifier": shown["qualifier"].map(lambda q: s.t(f"qualifiers.{q}")),
            "claimant": shown["claimant_label"],
            "hedged": shown["hedged"],
            "increment": shown["increment"],
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
        reader(frame, s, row["article_id"])


def reader(frame: pd.DataFrame, s: Strings, article_id: str) -> None:
    """One article, every claim highlighted, the claims listed beside it."""
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
        starts, ends = mine["span_start"].astype(int), mine["span_end"].astype(int)
        spans = list(zip(starts, ends, mine["claim_id"], strict=True))
        st.html(text.highlight_article(art.get("body", ""), spans, active=ss.get("claim")))
    with right:
        st.markdown(f"**{s.t('article.claims_in')}** ({len(mine)})")
        for row, figure in zip(mine.itertuples(), figures_of(mine, s), strict=True):
            active = "▶ " if row.claim_id == ss.get("claim") else ""
            st.markdown(
                f"{active}**{figure}** {s.t('metrics.' + row.metric).lower()} — "
                f"{html.escape(row.claimant_label)}, {row.claim_date}  \n"
                f"<span class='fourchette-note'>“{html.escape(row.quote)}”</span>",
                unsafe_allow_html=True,
            )


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


def sidebar(frame: pd.DataFrame, s: Strings) -> None:
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
    for key in ("claimants", "subjects", "languages", "outlets", "from", "to", "claim"):
        set_state(**{key: SPEC[key].default if SPEC[key].kind != "list" else []})
    set_state(hedged=True, vague=True, log=False, cumulative=False)
    ss.pop("w_dates", None)


def main() -> None:
    st.set_page_config(page_title="Fourchette", page_icon="⑂", layout="wide")
    try:
        everything = claims()
    except Exception as error:  # no corpus, broken extractor: say so
        s = load_strings(st.query_params.get("lang", "fr"))
        st.error(s.t("app.corpus_error", error=error))
        return
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
        sidebar(everything, s)
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
        if view in ("timeline", "divergence", "claims") or present:
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
    chosen = table.filter_claims(everything, **filters)
    of_metric = chosen[chosen["metric"] == ss["metric"]]

    if present:
        view = view if view in ("timeline", "divergence") else "timeline"
    if view == "overview":
        view_overview(chosen, s)
    elif view == "timeline":
        view_timeline(of_metric, s, colors, present, n_articles)
    elif view == "divergence":
        view_divergence(of_metric, s, colors, present, n_articles)
    elif view == "claims":
        view_claims(of_metric, s)
    elif view == "article":
        view_article(everything, s)
    else:
        view_method(everything, s)
    sync_url()


main()
