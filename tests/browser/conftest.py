"""Fixtures of the browser tests: the built site served on 127.0.0.1, Chromium.

The site is built once per session from the repository's seeds, with
`SITE_URL` set to the test server's address (the canonical links, JSON-LD
and exports name it). Chromium is Debian's (`/usr/bin/chromium`, or `$CHROMIUM`),
driven by Playwright for Python; Playwright's own browser download is not
used. Every request that leaves 127.0.0.1 is refused and recorded, so the
tests also prove that the site works offline.

Without Chromium (or Playwright) the tests skip with a message saying how to
enable them; in CI (`REQUIRE_BROWSER=1`) they fail instead.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from ..conftest import SEEDS, browser_required, build_site_in

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
NODE_MODULES = Path(__file__).parent / "node_modules"
INTEROP = Path(__file__).parent.parent / "fixtures" / "interop"
AXE = NODE_MODULES / "axe-core" / "axe.min.js"
HOW = (
    "install Debian's Chromium (sudo apt-get install chromium) or set CHROMIUM "
    "to a Chromium binary, then run make test"
)


def unavailable(why: str) -> None:
    """Skip, or fail when CI requires the browser tests to run."""
    if browser_required():
        pytest.fail(f"browser tests required (REQUIRE_BROWSER=1) but {why}")
    pytest.skip(f"browser tests skipped: {why}; to run them, {HOW}")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    timeout = 5  # close idle connections (Chromium preconnects) before teardown

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def served_site(root: Path, seeds: Path) -> Iterator[str]:
    """Build `seeds` into root/site with `SITE_URL` set to where it is served.

    Yields the site's root URL; the server stops on exit.
    """
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root / "site"))
    )
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    try:
        shutil.copytree(seeds, root / "seeds")
        with mock.patch.dict(os.environ, {"SITE_URL": url}):
            status = build_site_in(root)
        assert status == 0
        thread.start()
        yield url
    finally:
        if thread.is_alive():
            server.shutdown()
            thread.join()
        server.server_close()


@pytest.fixture(scope="session")
def site_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder the seeds' site is built in (its docs/ and site/)."""
    return tmp_path_factory.mktemp("browser-site")


@pytest.fixture(scope="session")
def base_url(site_root: Path) -> Iterator[str]:
    """Build the seeds into a site and serve it; yield its root URL."""
    with served_site(site_root, SEEDS) as url:
        yield url


@pytest.fixture(scope="session")
def interop_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder the interop fixture's site is built in."""
    return tmp_path_factory.mktemp("interop-site")


@pytest.fixture(scope="session")
def interop_url(interop_root: Path) -> Iterator[str]:
    """The hostile interop fixture (tests/fixtures/interop) built and served."""
    with served_site(interop_root, INTEROP) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium through Playwright."""
    if not CHROMIUM.exists():
        unavailable(f"no Chromium at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright for Python is not installed")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


class Visit:
    """One browser context: its page, and what went wrong while it ran."""

    def __init__(self, browser: Any, base_url: str, **options: Any) -> None:
        self.base_url = base_url
        self.context = browser.new_context(
            viewport={"width": 1280, "height": 800}, **options
        )
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._local_only)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda err: self.errors.append(str(err)))
        self.page.on(
            "console", lambda msg: msg.type == "error" and self.errors.append(msg.text)
        )

    def _local_only(self, route: Any) -> None:
        if route.request.url.startswith(self.base_url):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def go(self, path: str) -> Any:
        """Open a page of the site (a real navigation) and wait for its scripts."""
        self.page.goto(self.base_url + path)
        self.page.wait_for_function(
            "document.documentElement.classList.contains('an-js')"
            " && !!document.getElementById('an-search')"
        )
        return self.page

    def close(self) -> None:
        self.context.close()


@contextlib.contextmanager
def checked_visit(browser: Any, base_url: str, **options: Any) -> Iterator[Visit]:
    """A fresh context (light palette unless `options` say otherwise), closed
    on exit, where no page error happened and nothing was fetched outside."""
    options.setdefault("color_scheme", "light")
    visit = Visit(browser, base_url, **options)
    try:
        yield visit
    finally:
        visit.close()
    assert visit.errors == []
    assert visit.outside == []


@pytest.fixture
def visit(browser: Any, base_url: str) -> Iterator[Visit]:
    """A fresh context in the light palette; no errors, nothing fetched outside."""
    with checked_visit(browser, base_url) as visit:
        yield visit


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core's script (npm ci in tests/browser, done by make test)."""
    if not AXE.exists():
        unavailable(
            f"axe-core is not installed at {AXE} (npm ci --prefix "
            "tests/browser; make test does it when npm is present)"
        )
    return AXE.read_text(encoding="utf-8")
