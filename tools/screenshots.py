"""Screenshots of every kind of page, for people to look at.

`make screenshots` (`python -m tools.screenshots [--out DIR]`) builds the
seeds into a temporary folder, serves the site on 127.0.0.1 and has Debian's
Chromium (headless, through Playwright) write one PNG per kind of page, width
and palette: `<kind>-<width>-<light|dark>.png` in `--out` (default
/tmp/annotated-news-screenshots, outside the repository). Kinds: home,
article, timeline, figures, crosslinks, quotes, person, organisation, stories
(when the site has a stories page), story (the first story's page, when there
is one) and article-card (an article with its first
annotation card open, when the article has cards). Pages are shot whole
(`--viewport` shoots only the first screen); a card is shot in the viewport,
where it opens.

Each line printed names a file and says whether the page scrolls sideways
(`scrollWidth > clientWidth`), the first thing to look for.
"""

from __future__ import annotations

import argparse
import dataclasses as dc
import functools
import http.server
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

from tools.folder import ToolFolder, ToolFolderError, claim

ROOT = Path(__file__).resolve().parent.parent
SHOT_RE = re.compile(r"[a-z-]+-\d+-(?:light|dark)\.png")
"""The names of the screenshots (`take`)."""
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HEIGHTS = {390: 844, 1280: 900}
"""Viewport height per width: a phone and a laptop (READER.md)."""

CARD_OPENERS = (
    ".an-body mark.an-figure[aria-expanded='false']",
    ".an-body [aria-expanded='false'], .an-body [popovertarget]",
)
"""What opens an annotation card inside an article's text (a disclosure
button, or a Popover API invoker), in order of preference: a figure's card
(value, unit, other articles' wording) when the article has one."""

SIDEWAYS = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


@dc.dataclass(frozen=True, slots=True)
class Shot:
    """One kind of page: its name and its URL path in the site."""

    kind: str
    path: str
    card: bool = False
    """Open the first annotation card before the screenshot."""


def first_dir(folder: Path) -> str | None:
    """The name of the first sub-folder (by name), or None."""
    dirs = (
        sorted(p.name for p in folder.iterdir() if p.is_dir())
        if folder.is_dir()
        else []
    )
    return dirs[0] if dirs else None


def most_mentioned(docs: Path, folder: str) -> str | None:
    """The first `folder/<slug>/` its index page links to (most mentioned first)."""
    index = docs / f"{folder}.md"
    if index.is_file():
        # Its tables are raw HTML: links are the built URLs (`url` filter),
        # relative to the index page's own URL (`folder/`).
        found = re.search(r'href="(?!a-z/)([^/"#.]+)/"', index.read_text("utf-8"))
        if found:
            return f"{folder}/{found[1]}/"
    return None


def shots_of(site: Path, docs: Path) -> list[Shot]:
    """The kinds of page the built site has, each with one URL."""
    shots = [Shot("home", "")]
    article = first_dir(site / "articles")
    if article:
        shots.append(Shot("article", f"articles/{article}/"))
    shots.extend(
        Shot(kind, f"{kind}/")
        for kind in ("timeline", "figures", "crosslinks", "quotes", "stories")
        if (site / kind / "index.html").is_file()
    )
    story = first_dir(site / "stories")
    if story:
        shots.append(Shot("story", f"stories/{story}/"))
    for kind, folder in (("person", "people"), ("organisation", "organizations")):
        path = most_mentioned(docs, folder)
        if path:
            shots.append(Shot(kind, path))
    if article:
        shots.append(Shot("article-card", f"articles/{article}/", card=True))
    return shots


class _Quiet(http.server.SimpleHTTPRequestHandler):
    timeout = 5  # close idle connections (Chromium preconnects)

    def log_message(self, format: str, *args: Any) -> None:
        del format, args


@contextmanager
def server(folder: Path) -> Iterator[tuple[http.server.ThreadingHTTPServer, str]]:
    """An HTTP server for `folder` on a free port (not yet serving) and its URL."""
    handler = functools.partial(_Quiet, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    try:
        yield httpd, f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.server_close()


def build(seeds: Path, work: Path, url: str) -> Path:
    """Build `seeds` into `work/site` with `site_url` = `url`; return the site."""
    from annotated_news.cli import main

    with mock.patch.dict(os.environ, {"SITE_URL": url, "NO_MKDOCS_2_WARNING": "1"}):
        status = main(
            [
                "--seeds",
                str(seeds),
                "--docs",
                str(work / "docs"),
                "--site",
                str(work / "site"),
                "--config-file",
                str(ROOT / "mkdocs.yml"),
                "--quiet",
            ]
        )
    if status != 0:
        raise SystemExit(f"screenshots: the build of {seeds} failed (status {status})")
    return work / "site"


def open_card(page: Any) -> bool:
    """Open the first annotation card of the page; False when it has none."""
    found = (page.locator(selector).first for selector in CARD_OPENERS)
    opener = next((o for o in found if o.count()), None)
    if opener is None:
        return False
    opener.scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, -innerHeight / 4)")
    # Where a person clicks: the middle of what they see. Playwright's own
    # click refused a mark that opens its paragraph ("<p> intercepts pointer
    # events") though every point of it is the mark's and a click there
    # opens its card.
    box = opener.bounding_box()
    if box is None:
        return False
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_timeout(300)
    return True


def take(
    browser: Any,
    base: str,
    shot: Shot,
    width: int,
    scheme: str,
    out: ToolFolder,
    whole: bool,
) -> str:
    """Write one screenshot; return the line to print about it."""
    context = browser.new_context(
        viewport={"width": width, "height": HEIGHTS.get(width, 900)},
        color_scheme=scheme,
        reduced_motion="reduce",
    )
    try:
        page = context.new_page()
        page.goto(base + shot.path, wait_until="load")
        page.wait_for_load_state("networkidle")
        page.evaluate("document.fonts.ready")
        name = f"{shot.kind}-{width}-{scheme}.png"
        if shot.card and not open_card(page):
            return f"{name}: skipped (no annotation card on {shot.path})"
        sideways = page.evaluate(SIDEWAYS)
        out.record([name])
        (out.path / name).unlink(missing_ok=True)  # never written through a link
        page.screenshot(path=str(out.path / name), full_page=whole and not shot.card)
        flag = f"SCROLLS SIDEWAYS by {sideways} px" if sideways > 0 else "fits"
        return f"{out.path / name}: {flag}"
    finally:
        context.close()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tools.screenshots", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(tempfile.gettempdir()) / "annotated-news-screenshots",
        help="folder for the PNGs (default: %(default)s)",
    )
    parser.add_argument(
        "--seeds", type=Path, default=ROOT / "seeds", help="default: the repository's"
    )
    parser.add_argument(
        "--widths", default="390,1280", help="viewport widths (default: %(default)s)"
    )
    parser.add_argument(
        "--only", default="", help="comma-separated kinds to shoot (default: all)"
    )
    parser.add_argument(
        "--viewport", action="store_true", help="shoot the first screen, not the page"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    out: Path = args.out.resolve()
    if out == ROOT or ROOT in out.parents:
        print(
            f"screenshots: {out} is inside the repository; choose a folder outside it"
        )
        return 2
    if not CHROMIUM.exists():
        print(f"screenshots: no Chromium at {CHROMIUM} (set CHROMIUM)")
        return 2
    from playwright.sync_api import sync_playwright

    widths = [int(w) for w in args.widths.split(",") if w]
    only = {k for k in args.only.split(",") if k}
    try:  # PNGs of an unmarked folder were made by this tool before it was marked
        folder = claim(
            out,
            "writes screenshots",
            outside=None,
            made=lambda name: bool(SHOT_RE.fullmatch(name)),
        )
    except ToolFolderError as err:
        print(f"screenshots: {err}")
        return 2
    with tempfile.TemporaryDirectory(prefix="screenshots-") as tmp:
        work = Path(tmp)
        shutil.copytree(args.seeds, work / "seeds")
        with server(work / "site") as (httpd, base):
            site = build(work / "seeds", work, base)
            thread = threading.Thread(target=httpd.serve_forever, daemon=True)
            thread.start()
            try:
                with sync_playwright() as pw:
                    browser = pw.chromium.launch(
                        executable_path=str(CHROMIUM), args=ARGS
                    )
                    try:
                        for shot in shots_of(site, work / "docs"):
                            if only and shot.kind not in only:
                                continue
                            for width in widths:
                                for scheme in ("light", "dark"):
                                    print(
                                        take(
                                            browser,
                                            base,
                                            shot,
                                            width,
                                            scheme,
                                            folder,
                                            not args.viewport,
                                        ),
                                        flush=True,
                                    )
                    finally:
                        browser.close()
            finally:
                httpd.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
