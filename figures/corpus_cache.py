"""A disk cache of the extracted claims table, keyed by the corpus files and the extractor.

The key hashes every article file's relative name, size and modification time, plus the
extractor's version, so a warm start reads one Parquet file instead of re-extracting, and
any change to the corpus or the extractor's code or lexicons invalidates it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def _article_entries(folder: str | os.PathLike[str]) -> list[tuple[str, os.stat_result]]:
    """(path relative to `folder`, stat) of every article file, sorted; hidden entries skipped.

    Plain strings and `os.scandir` (which reads the stat with the listing): a 10 000-file
    corpus is listed in a few tens of milliseconds.
    """
    root = os.fspath(folder)
    found: list[tuple[str, os.stat_result]] = []
    pending = [""]
    while pending:
        relative = pending.pop()
        with os.scandir(os.path.join(root, relative) if relative else root) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                name = f"{relative}/{entry.name}" if relative else entry.name
                if entry.is_dir():
                    pending.append(name)
                elif entry.name.lower().endswith(ARTICLE_SUFFIXES):
                    found.append((name, entry.stat()))
    found.sort(key=lambda item: item[0])
    return found


def article_files(folder: str | os.PathLike[str]) -> list[Path]:
    """The article files under `folder`, sorted (hidden files and folders skipped)."""
    root = Path(folder)
    return [root / name for name, _ in _article_entries(folder)]


def corpus_key(folder: str | os.PathLike[str], version: str) -> str:
    """A hash of the corpus files' names, sizes and mtimes and of the extractor version.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = (Path(d) / "a.txt").write_text("x")
    ...     k1 = corpus_key(d, "v1")
    ...     k2 = corpus_key(d, "v2")
    ...     _ = (Path(d) / "b.txt").write_text("y")
    ...     k3 = corpus_key(d, "v1")
    >>> len({k1, k2, k3})
    3
    """
    digest = hashlib.sha256(version.encode())
    lines = [f"{name}\0{st.st_size}\0{st.st_mtime_ns}\n" for name, st in _article_entries(folder)]
    digest.update("".join(lines).encode())
    return digest.hexdigest()[:24]


def source_version(paths: Iterable[str | os.PathLike[str]]) -> str:
    """A hash of the contents of the files under `paths` (code and lexicons)."""
    digest = hashlib.sha256()
    for base in paths:
        base = Path(base)
        files = sorted(base.rglob("*")) if base.is_dir() else [base]
        for path in files:
            if path.is_file() and path.suffix in (".py", ".yaml", ".yml", ".toml", ".json"):
                digest.update(str(path.name).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def extractor_version(root: str | os.PathLike[str], package_version: str = "") -> str:
    """The extractor's version for the cache key: its code and lexicons under `root`."""
    root = Path(root)
    return package_version + source_version([root / "extract", root / "data" / "lexicons"])


def default_cache_dir() -> Path:
    """$FOURCHETTE_CACHE, else $XDG_CACHE_HOME/fourchette, else ~/.cache/fourchette."""
    if os.environ.get("FOURCHETTE_CACHE"):
        return Path(os.environ["FOURCHETTE_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "fourchette"


def cached_table(
    key: str, build: Callable[[], pd.DataFrame], cache_dir: str | os.PathLike[str] | None = None
) -> tuple[pd.DataFrame, bool]:
    """(table, hit): the Parquet file for `key` when present, else `build()` written there.

    A cache that cannot be read or written is ignored (the table is rebuilt).
    """
    folder = Path(cache_dir) if cache_dir else default_cache_dir()
    path = folder / f"claims-{key}.parquet"
    if path.exists():
        try:
            return pd.read_parquet(path), True
        except (OSError, ValueError):
            pass
    table = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        table.to_parquet(partial, index=False)
        partial.replace(path)
    except (OSError, ValueError):
        pass
    return table, False
