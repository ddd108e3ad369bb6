"""Search in headless Chromium: time to the first result and bytes transferred.

The built site is served over HTTP on 127.0.0.1. Each query runs in a fresh
browser context (empty cache), so it pays for loading Pagefind's index
chunks as a first search does:

- UI: type into the site's search box and wait for the first result element
  (includes the Pagefind UI's wait after typing);
- API: `pagefind.search()` and the first result's data, from a script.

Bytes are the response bodies and headers fetched after the page loaded,
until one second after the first result.
"""

from __future__ import annotations

import dataclasses as dc
import functools
import http.server
import statistics
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SEARCH_BOX = "#an-search input, .pagefind-ui__search-input"
RESULT = ".pagefind-ui__result"
SETTLE_MS = 1000

UI_SEARCH = """async ([box, result, query]) => {
  const input = document.querySelector(box);
  const t0 = performance.now();
  input.value = query;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  await new Promise((done) => {
    const look = () => document.querySelector(result) ? done() : requestAnimationFrame(look);
    look();
  });
  return performance.now() - t0;
}"""

API_SEARCH = """async (query) => {
  const t0 = performance.now();
  const pagefind = await import(new URL("pagefind/pagefind.js", document.baseURI).href);
  const found = await pagefind.search(query);
  if (found.results.length) await found.results[0].data();
  return [performance.now() - t0, found.results.length];
}"""


@dc.dataclass(frozen=True, slots=True)
class SearchResult:
    """Medians over the queries."""

    queries: tuple[str, ...]
    ui_seconds: float | None
    """None when the page has no search box."""
    api_seconds: float
    search_kb: float
    """Transferred for one search (median)."""
    search_kb_max: float
    page_kb: float
    """Transferred to load the home page (median)."""
    results: int
    """Results of the first query (API)."""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        del format, args


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve a folder over HTTP; yield its base URL."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def measure(site: Path, queries: Sequence[str]) -> SearchResult:
    """Search the built site in headless Chromium."""
    from playwright.sync_api import sync_playwright

    ui: list[float] = []
    api: list[float] = []
    search_kb: list[float] = []
    page_kb: list[float] = []
    first_results = 0
    with serve(site) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            for n, query in enumerate(queries):
                for mode in ("ui", "api"):
                    context = browser.new_context()
                    page = context.new_page()
                    fetched: list[int] = []

                    def count(request: Any, into: list[int] = fetched) -> None:
                        sizes = request.sizes()
                        into.append(sizes["responseBodySize"] + sizes["responseHeadersSize"])

                    page.on("requestfinished", count)
                    page.goto(base, wait_until="networkidle")
                    loaded = sum(fetched)
                    fetched.clear()
                    if mode == "ui":
                        if page.locator(SEARCH_BOX).count() == 0:
                            context.close()
                            continue
                        ui.append(page.evaluate(UI_SEARCH, [SEARCH_BOX, RESULT, query]) / 1000)
                    else:
                        seconds, results = page.evaluate(API_SEARCH, query)
                        api.append(seconds / 1000)
                        first_results = results if n == 0 else first_results
                    page.wait_for_timeout(SETTLE_MS)
                    if mode == "ui" or not ui:
                        search_kb.append(sum(fetched) / 1024)
                        page_kb.append(loaded / 1024)
                    context.close()
        finally:
            browser.close()
    return SearchResult(
        queries=tuple(queries),
        ui_seconds=statistics.median(ui) if ui else None,
        api_seconds=statistics.median(api),
        search_kb=statistics.median(search_kb),
        search_kb_max=max(search_kb),
        page_kb=statistics.median(page_kb),
        results=first_results,
    )
