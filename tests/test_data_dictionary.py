"""data/README.md documents every column, metric, qualifier and lexicon key the code knows."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.claim import COLUMNS, METRICS, QUALIFIERS
from extract.corpus import GUESS_SCHEMA
from extract.lexicon import (
    CLAIMANT_SCHEMA,
    GROUP_SCHEMA,
    LANGUAGE_SCHEMA,
    LEADER_SCHEMA,
    WORLD_FORMS_SCHEMA,
    WORLD_SCHEMA,
)
from extract.numbers import NUMBER_SCHEMA
from review import REVIEW_COLUMNS

README = (Path(__file__).resolve().parent.parent / "data" / "README.md").read_text("utf-8")


def _documented_rows() -> set[str]:
    """Names in the first cell of every table row: | `name` | ..."""
    names = set()
    for line in README.splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 2 and cells[1].startswith("`") and cells[1].endswith("`"):
            names.add(cells[1].strip("`"))
    return names


DOCUMENTED = _documented_rows()


@pytest.mark.parametrize("column", COLUMNS)
def test_every_column_is_documented(column):
    assert column in DOCUMENTED


def test_columns_are_documented_in_order():
    positions = [README.index(f"| `{column}` |") for column in COLUMNS]
    assert positions == sorted(positions)


@pytest.mark.parametrize("column", REVIEW_COLUMNS)
def test_every_review_column_is_documented(column):
    assert column in DOCUMENTED


@pytest.mark.parametrize("name", [*METRICS, *QUALIFIERS])
def test_every_metric_and_qualifier_is_documented(name):
    assert name in DOCUMENTED


@pytest.mark.parametrize(
    ("schema", "where"),
    [
        (LANGUAGE_SCHEMA, "lexicons/<lang>.yaml"),
        (NUMBER_SCHEMA, "lexicons/numbers/<lang>.yaml"),
        (GUESS_SCHEMA, "lexicons/guess/<lang>.yaml"),
        ({"countries": dict, "claimants": list}, "lexicons/claimants.yaml"),
        ({**WORLD_SCHEMA, **WORLD_FORMS_SCHEMA}, "lexicons/world/countries.yaml"),
        ({"groups": list, **GROUP_SCHEMA}, "lexicons/world/groups.yaml"),
        ({"cities": dict}, "lexicons/world/cities.yaml"),
        ({"leaders": list, **LEADER_SCHEMA}, "lexicons/world/leaders.yaml"),
        ({"successions": dict, "ended": str, "successor": str}, "lexicons/world/successions.yaml"),
    ],
    ids=[
        "claims",
        "numbers",
        "guess",
        "claimants",
        "world",
        "groups",
        "cities",
        "leaders",
        "successions",
    ],
)
def test_every_lexicon_key_is_documented(schema, where):
    section = README[README.index(f"### `{where}`") :]
    section = section[: section.find("\n### ", 1) if "\n### " in section[1:] else None]
    for key in schema:
        assert f"| `{key}` |" in section, f"{where}: key {key!r} is not documented"


def test_no_documented_key_is_unknown_to_the_code():
    known = (
        set(COLUMNS)
        | set(METRICS)
        | set(QUALIFIERS)
        | set(LANGUAGE_SCHEMA)
        | set(NUMBER_SCHEMA)
        | set(GUESS_SCHEMA)
        | set(CLAIMANT_SCHEMA)
        | set(REVIEW_COLUMNS)
        | set(WORLD_SCHEMA)
        | set(WORLD_FORMS_SCHEMA)
        | set(GROUP_SCHEMA)
        | set(LEADER_SCHEMA)
        | {"countries", "claimants", "groups", "cities", "leaders", "successions", "ended"}
        | {"successor"}
    )
    assert known >= DOCUMENTED, sorted(DOCUMENTED - known)
