"""A longer fuzzing run of the properties in tests/test_fuzz.py.

    .venv/bin/python scripts/fuzz.py --minutes 10
    .venv/bin/python scripts/fuzz.py --minutes 1 --only "read_article on arbitrary bytes"

Each property runs in batches of hypothesis examples, in turn, until the time is up. The
script prints how many inputs each property tried and every distinct failure (hypothesis's
shrunk falsifying example); exit status 1 if anything failed.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

ROOT = Path(__file__).resolve().parent.parent
BATCH = 200  # examples per hypothesis run: long enough to explore, short to share the time


def load_properties() -> ModuleType:
    """tests/test_fuzz.py as a module (tests/ is not a package)."""
    sys.path.insert(0, str(ROOT))
    spec = importlib.util.spec_from_file_location(
        "fuzz_properties", ROOT / "tests" / "test_fuzz.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _counted(check: Callable[..., None], name: str, tried: Counter[str]) -> Callable[[tuple], None]:
    """`check` on one generated tuple of arguments, counting the inputs tried."""

    def counted(args: tuple) -> None:
        tried[name] += 1
        check(*args)

    return counted


def run(minutes: float, only: list[str] | None) -> int:
    """Fuzz until `minutes` have passed; print the counts and failures; 1 if any failed."""
    properties = load_properties().PROPERTIES
    names = only or list(properties)
    unknown = set(names) - set(properties)
    if unknown:
        print(f"unknown property: {', '.join(sorted(unknown))}", file=sys.stderr)
        print(f"known: {', '.join(properties)}", file=sys.stderr)
        return 2
    tried: Counter[str] = Counter()
    failures: dict[tuple[str, str], str] = {}
    deadline = time.monotonic() + minutes * 60
    batch_settings = settings(
        max_examples=BATCH,
        deadline=None,
        database=None,  # every batch explores afresh
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )
    while time.monotonic() < deadline:
        for name in names:
            if time.monotonic() >= deadline:
                break
            check, strategies = properties[name]

            try:
                batch_settings(given(st.tuples(*strategies))(_counted(check, name, tried)))()
            except InvalidArgument:
                raise  # the harness is wrong, not the code under test
            except Exception as error:  # a property failed: keep it, go on with the others
                summary = traceback.format_exception_only(type(error), error)[-1].strip()
                key = (name, summary[:200])
                if key not in failures:
                    failures[key] = "".join(traceback.format_exception(error))
                    print(f"FAILED {name}: {summary}", flush=True)
    print(f"\n{sum(tried.values())} inputs tried in {minutes:g} min")
    for name in names:
        print(f"  {tried[name]:8d}  {name}")
    if not failures:
        print("no failure")
        return 0
    print(f"\n{len(failures)} distinct failure(s):")
    for (name, _), details in failures.items():
        print(f"\n=== {name}\n{details}")
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=5.0, help="how long to run (default 5)")
    parser.add_argument(
        "--only", action="append", metavar="PROPERTY", help="run only this property (repeatable)"
    )
    args = parser.parse_args(argv)
    return run(args.minutes, args.only)


if __name__ == "__main__":
    sys.exit(main())
