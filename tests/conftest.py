"""Shared fixtures: write article files, run the command line in a real subprocess, serve
saved pages from a local web server (127.0.0.1 only)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
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
        env = {**no_proxy_env(), "PYTHONIOENCODING": "utf-8"}
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


# --- a local web server for the URL ingestion tests ----------------------------------------

FIXTURES = ROOT / "tests" / "fixtures"
SLOW_SECONDS = 3.0  # how long the slow page waits before answering (tests use a 1 s timeout)


def _pages() -> dict[str, tuple[int, str, bytes]]:
    """Route -> (status, Content-Type, body) served by `page_server`."""
    html = FIXTURES / "html"
    fr = (html / "fr-koursk-pertes.html").read_bytes()
    en = (html / "en-pentagon-troops.htm").read_bytes()
    cp1252 = (html / "fr-seoul-cp1252.html").read_bytes()
    return {
        "/fr/koursk-pertes": (200, "text/html; charset=utf-8", fr),
        "/fr/koursk-pertes?utm_source=newsletter": (200, "text/html; charset=utf-8", fr),
        "/en/pentagon": (200, "text/html", en),
        "/fr/seoul-cp1252": (200, "text/html; charset=windows-1252", cp1252),
        "/missing": (404, "text/html", b"<html><body><h1>Not found</h1></body></html>"),
        "/photo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)),
        "/report.pdf": (200, "application/pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
        "/pdf-said-html": (200, "text/html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
        "/no-text": (
            200,
            "text/html",
            b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
        ),
        "/german": (
            200,
            "text/html",
            b'<html lang="de"><body><article><p>Nach Angaben aus Seoul wurden rund 11.000 '
            b"nordkoreanische Soldaten nach Russland geschickt, hie\xc3\x9f es am Montag in einer "
            b"Erkl\xc3\xa4rung des Geheimdienstes.</p></article></body></html>",
        ),
    }


HUGE_BYTES = 6 * 1024 * 1024  # over the 5 MB cap


class _Handler(BaseHTTPRequestHandler):
    pages: dict[str, tuple[int, str, bytes]] = {}
    seen: list[tuple[str, str]] = []  # (path, User-Agent) of each request

    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        self.seen.append((self.path, self.headers.get("User-Agent", "")))
        try:
            if self.path == "/slow":
                time.sleep(SLOW_SECONDS)
                self._send(200, "text/html", b"<html><body><p>Too late.</p></body></html>")
            elif self.path == "/huge":  # announced: refused on the Content-Length
                self._send(200, "text/html", b"<html><body><p>" + b"x" * HUGE_BYTES)
            elif self.path == "/huge-unannounced":  # streamed: refused while reading
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(b"<html><body><p>")
                for _ in range(HUGE_BYTES // 65536 + 1):
                    self.wfile.write(b"y" * 65536)
            elif self.path in self.pages:
                self._send(*self.pages[self.path])
            else:
                self._send(404, "text/html", b"<html><body>Not found</body></html>")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout, size cap): that is the point

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass  # quiet test output


@dataclass
class PageServer:
    """A web server on 127.0.0.1 serving saved pages; `url(route)` gives a page's URL."""

    base: str
    seen: list[tuple[str, str]]

    def url(self, route: str) -> str:
        return self.base + route


@pytest.fixture(scope="session")
def page_server() -> Iterator[PageServer]:
    """A threaded HTTP server on a free port of 127.0.0.1, for the whole session."""
    _Handler.pages = _pages()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.block_on_close = False
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield PageServer(f"http://127.0.0.1:{server.server_address[1]}", _Handler.seen)
    finally:
        server.shutdown()
        server.server_close()


def no_proxy_env() -> dict[str, str]:
    """The environment without proxy settings: the tests talk to 127.0.0.1 only."""
    return {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium driven by Playwright (the browser tests skip or fail before this
    when /usr/bin/chromium is missing; see tests/browser_conftest.py)."""
    from playwright.sync_api import sync_playwright

    from tests.browser_conftest import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()
