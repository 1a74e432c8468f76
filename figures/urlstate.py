"""The dashboard's state as URL query parameters: parse (validated) and write (non-defaults).

Values in the URL are canonical, language-independent tokens (`metric=killed`,
`view=timeline`), so a link copied from the French interface opens the same view in English.
(Streamlit's `bind="query-params"` writes the *displayed* option labels, which change with
the interface language; that is why the app syncs the URL through these two functions.)

>>> spec = {"metric": Param("str", "deployed"), "claimants": Param("list", ()),
...         "hedged": Param("bool", True), "asof": Param("date", None)}
>>> query = {"metric": ["killed"], "claimants": ["NIS", "Evil"], "hedged": ["0"],
...          "asof": ["2025-04-30"]}
>>> state = read_query(query, spec, {"claimants": ["NIS", "UK"]})
>>> state["metric"], state["claimants"], state["hedged"], state["asof"].isoformat()
('killed', ['NIS'], False, '2025-04-30')
>>> write_query(state, spec)
{'metric': 'killed', 'claimants': ['NIS'], 'hedged': '0', 'asof': '2025-04-30'}

A list whose default is not empty writes "any" as `*`:

>>> spec = {"subjects": Param("list", ("KP",))}
>>> write_query({"subjects": []}, spec), read_query({"subjects": ["*"]}, spec)
({'subjects': ['*']}, {'subjects': []})
>>> read_query({}, spec)
{'subjects': ['KP']}
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

ANY = "*"  # an empty list ("any") in the URL, for a list whose default is not empty


@dataclass(frozen=True)
class Param:
    kind: str  # str, list, bool or date
    default: Any


def _values(query: Mapping[str, Any], key: str) -> list[str]:
    raw = query.get(key)
    if raw is None:
        return []
    if isinstance(raw, str):
        return [raw]
    return [str(v) for v in raw]


def parse_date(text: str) -> date | None:
    """An ISO day, or None."""
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        return None


def read_query(
    query: Mapping[str, Any],
    spec: Mapping[str, Param],
    choices: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, Any]:
    """Validated state from query parameters; a missing or invalid value gets its default.

    `choices` restricts a parameter to known values (unknown ones are dropped).
    """
    choices = choices or {}
    state: dict[str, Any] = {}
    for key, param in spec.items():
        values = _values(query, key)
        if param.kind == "list" and values == [ANY]:
            state[key] = []
            continue
        allowed = choices.get(key)
        if allowed is not None:
            values = [v for v in values if v in allowed]
        value: Any = param.default
        if param.kind == "list":
            value = list(dict.fromkeys(values)) if values else list(param.default)
        elif values and param.kind == "str":
            value = values[0]
        elif values and param.kind == "bool":
            value = values[0].lower() in ("1", "true", "yes", "on")
        elif values and param.kind == "date":
            value = parse_date(values[0]) or param.default
        state[key] = value
    return state


def _token(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_query(state: Mapping[str, Any], spec: Mapping[str, Param]) -> dict[str, Any]:
    """The query parameters for `state`: only values that differ from their defaults."""
    query: dict[str, Any] = {}
    for key, param in spec.items():
        value = state.get(key, param.default)
        if value is None or value == param.default:
            continue
        if param.kind == "list":
            if list(value) == list(param.default):
                continue
            query[key] = [_token(v) for v in value] or [ANY]
        else:
            query[key] = _token(value)
    return query
