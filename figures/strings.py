"""Interface strings (French and English) read from `figures/i18n/<lang>.yaml`.

Code holds keys, the YAML files hold words: adding a language is a new file.

>>> s = load_strings("en")
>>> s.t("metrics.killed")
'Killed'
>>> s.t("claims.count", n=3)
'3 claims'
>>> load_strings("fr").number(12000)
'12\\u202f000'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

I18N_DIR = Path(__file__).with_name("i18n")
DEFAULT_LANGUAGE = "fr"


def available_languages() -> list[str]:
    """The interface languages, default first.

    >>> available_languages()[:2]
    ['fr', 'en']
    """
    found = sorted(p.stem for p in I18N_DIR.glob("*.yaml"))
    return [DEFAULT_LANGUAGE, *(x for x in found if x != DEFAULT_LANGUAGE)]


def flatten(tree: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested mapping -> dotted keys ({"a": {"b": 1}} -> {"a.b": 1}); lists stay values."""
    flat: dict[str, Any] = {}
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, name + "."))
        else:
            flat[name] = value
    return flat


@dataclass(frozen=True)
class Strings:
    """One language's interface strings, looked up by dotted key."""

    language: str
    table: dict[str, Any]

    def t(self, key: str, **values: object) -> str:
        """The string at `key`, formatted with `values`; the key itself when missing."""
        text = self.table.get(key)
        if not isinstance(text, str):
            return key
        return text.format(**values) if values else text

    def get(self, key: str) -> Any:
        return self.table.get(key)

    def number(self, value: float | int | None) -> str:
        """A whole number with the language's thousands separator ('—' when missing).

        French uses a narrow no-break space, so a figure never breaks across lines.
        """
        if value is None or value != value:  # NaN
            return "—"
        sep = self.table.get("number.thousands", ",")
        if sep == " ":
            sep = "\u202f"
        return f"{round(value):,}".replace(",", sep)

    def date(self, iso: str | None) -> str:
        """An ISO date at its precision in words: '30 April 2025', 'April 2025', '2025'."""
        if not iso:
            return "—"
        parts = iso.split("-")
        months = self.table.get("summary.months") or []
        try:
            year = parts[0]
            if len(parts) == 1:
                return year
            month = months[int(parts[1]) - 1]
            if len(parts) == 2:
                return f"{month} {year}"
            return self.t("summary.date_format", day=int(parts[2]), month=month, year=year)
        except (ValueError, IndexError):
            return iso


# libyaml's safe loader when PyYAML was built with it (a few times faster), else the Python one.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load_strings(language: str = DEFAULT_LANGUAGE) -> Strings:
    """Load `i18n/<language>.yaml`; an unknown language falls back to the default."""
    path = I18N_DIR / f"{language}.yaml"
    if not path.exists():
        language, path = DEFAULT_LANGUAGE, I18N_DIR / f"{DEFAULT_LANGUAGE}.yaml"
    with path.open(encoding="utf-8") as handle:
        tree = yaml.load(handle, Loader=_SAFE_LOADER) or {}
    return Strings(language, flatten(tree))
