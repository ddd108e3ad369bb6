"""Search in headless Chromium: time to the first result and bytes transferred.

The built site is served over HTTP on 127.0.0.1. Each query runs in a fresh
browser context (empty cache), so it pays for loading Pagefind's index
chunks as a first search does:

- UI: press "/" (which opens the site's search dialog and starts loading
  Pagefind), type the query and wait for the first result link: what a
  reader waits for, Pagefind's script, WebAssembly and index chunks included;
- API: `pagefind.search()` and the first result's data, from a script.

Searches start from an article page. Bytes are the response bodies and
headers fetched after the page loaded, until one second after the first
result: those of Pagefind's files (the search), and everything (the theme
fetches its sitemap for instant navigation in the same time).
"""

from __future__ import annotations

import dataclasses as dc
import functools
import http.server
import statistics
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SEARCH_BOX = "#an-search-modal input"
"""The search dialog's input (templates/theme/assets/search.js)."""
RESULT = "#an-search-modal .pf-result-link"
SETTLE_MS = 1000

API_SEARCH = """async ([bundle, query]) => {
  const t0 = performance.now();
  const pagefind = await import(bundle + "pagefind.js");
  // A site indexed in parts (annotated_news/search.py): merged, as search.js does.
  const listed = await fetch(bundle + "shards.json");
  const parts = listed.ok ? (await listed.json()).shards : [];
  for (const part of parts) await pagefind.mergeIndex(bundle + part);
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
    """Pagefind's files transferred for one search (median)."""
    search_kb_max: float
    after_load_kb: float
    """Everything transferred in the same time (median)."""
    page_kb: float
    """Transferred to load the article page (median)."""
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


def start_page(site: Path) -> str:
    """The URL path of an article page (the first one)."""
    first = min(
        (p for p in (site / "articles").iterdir() if p.is_dir()), key=lambda p: p.name
    )
    return f"articles/{first.name}/"


def measure(site: Path, queries: Sequence[str]) -> SearchResult:
    """Search the built site in headless Chromium."""
    from playwright.sync_api import Error, sync_playwright

    ui: list[float] = []
    api: list[float] = []
    search_kb: list[float] = []
    after_kb: list[float] = []
    page_kb: list[float] = []
    first_results = 0
    with serve(site) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            for n, query in enumerate(queries):
                for mode in ("ui", "api"):
                    context = browser.new_context()
                    page = context.new_page()
                    fetched: list[tuple[str, int]] = []

                    def count(
                        request: Any, into: list[tuple[str, int]] = fetched
                    ) -> None:
                        sizes = request.sizes()
                        into.append(
                            (
                                request.url,
                                sizes["responseBodySize"]
                                + sizes["responseHeadersSize"],
                            )
                        )

                    page.on("requestfinished", count)
                    page.goto(base + start_page(site), wait_until="load")
                    page.wait_for_load_state("networkidle")
                    loaded = sum(size for _, size in fetched)
                    fetched.clear()
                    if mode == "ui":
                        started = time.perf_counter()
                        page.keyboard.press("/")
                        try:
                            page.wait_for_selector(SEARCH_BOX, timeout=20_000)
                        except Error:
                            context.close()
                            continue
                        page.keyboard.type(query)
                        page.wait_for_selector(RESULT, timeout=60_000)
                        ui.append(time.perf_counter() - started)
                    else:
                        seconds, results = page.evaluate(
                            API_SEARCH, [base + "pagefind/", query]
                        )
                        api.append(seconds / 1000)
                        first_results = results if n == 0 else first_results
                    page.wait_for_timeout(SETTLE_MS)
                    if mode == "ui" or not ui:
                        search_kb.append(
                            sum(size for url, size in fetched if "/pagefind/" in url)
                            / 1024
                        )
                        after_kb.append(sum(size for _, size in fetched) / 1024)
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
        after_load_kb=statistics.median(after_kb),
        page_kb=statistics.median(page_kb),
        results=first_results,
    )
