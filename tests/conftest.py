"""Shared fixtures: write article files, run the command line in a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def write_article(tmp_path: Path) -> Callable[..., Path]:
    """Factory: `write_article("name.txt", "text" or b"bytes", folder=tmp_path)` -> the path."""

    def write(name: str, content: str | bytes, folder: Path = tmp_path) -> Path:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        return path

    return write


@pytest.fixture
def run_cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run `python -m extract ARGS...` from the repository root; text output, UTF-8."""

    def run(*args: str | os.PathLike[str]) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        return subprocess.run(
            [sys.executable, "-m", "extract", *map(str, args)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=300,
        )

    return run
