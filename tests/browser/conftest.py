"""Headless Chromium for the browser tests: Debian's `chromium` driven by Playwright (installed
by bin/test-browser-setup; Playwright's own browser download is never used). Without either,
every browser test is skipped with a message saying what is missing."""
from __future__ import annotations

import os
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest




def chromium_path() -> str | None:
    for candidate in (os.environ.get("CHROMIUM"), shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests need the playwright package: run bin/test-browser-setup")
    path = chromium_path()
    if path is None:
        pytest.skip("browser tests need headless Chromium (Debian's `chromium`): "
                    "run bin/test-browser-setup, or set CHROMIUM=/path/to/chromium")
    # Playwright's sync API keeps an event loop in this thread, which makes Django refuse ORM
    # calls; the tests' ORM calls between browser steps are plain synchronous code. Allowed
    # only while the browser is up (module scope), so other test files keep the check.
    before = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as p:
            try:
                browser = p.chromium.launch(executable_path=path, args=["--no-sandbox"])
            except Exception as exc:  # a broken or incompatible install is not our bug
                pytest.skip(f"headless Chromium at {path} would not start: {exc}")
            yield browser
            browser.close()
    finally:
        if before is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = before


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 900, "height": 800})
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    yield page
    context.close()


class _Publisher(BaseHTTPRequestHandler):
    pages: dict[str, str] = {}

    def do_GET(self):  # noqa: N802 (http.server's naming)
        body = self.pages.get(self.path.split("?")[0])
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write((body or "not found").encode())

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def publisher():
    """A publisher's site on another origin than the live server (127.0.0.1 vs localhost),
    so the widget's API calls are really cross-origin."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Publisher)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture
def host_page(page, live_server, publisher):
    """Open a publisher's article page with the given HTML in its body; its own CSS is
    deliberately hostile (red monospace list items) to show the widget is isolated."""
    def open_(body: str, *, path: str = "/article", hash: str = "", lang: str = "en"):
        _Publisher.pages[path] = (
            f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><style>'
            "body{font:20px Georgia,serif;color:#111} li{color:rgb(255,0,0)!important;"
            "font-family:monospace!important} button{background:red!important}"
            f"</style></head><body><h1>A news article</h1>{body}</body></html>")
        page.goto(publisher + path + hash)
        return page
    return open_


@pytest.fixture
def screenshot_dir(tmp_path) -> Path:
    """docs/screenshots when SCREENSHOTS=docs (to refresh the README's), else a temp dir."""
    if os.environ.get("SCREENSHOTS") == "docs":
        return Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    return tmp_path
