"""How long an edit takes to show under `make serve`.

    python -m tools.benchmark.serve --seeds DIR [--work DIR]

Copies the seeds into a project folder (with the repository's mkdocs.yml,
its hooks and theme pointing back here), builds it once as `make serve`
does, starts the real `mkdocs serve` with the Makefile's options, then
appends a sentence to one seed and measures, from the moment the file is
saved: when the article's served page holds the sentence (what a reader of
the page sees after the live reload: the page made from the edited article
alone, `annotated_news/serve_edit.py`), when the page no longer says the
site is catching up (the whole incremental build and MkDocs are done), and
when the search index holding it is in place (`search-status.json`, see
`annotated_news/serve_search.py`).
"""

from __future__ import annotations

import argparse
import html
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

from tools.folder import ToolFolderError, claim

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = "Editors added this sentence about Quillfeather Harbour while serving."
SHOWN = "added this sentence about"
"""Words of the sentence no annotation splits (found in the page's HTML)."""
POLL = 0.05
NOTE = "Links to other pages are being updated."
"""What the page says while the site catches up (`serve_edit.NOTE`)."""


def relocated_config(root: Path = ROOT) -> str:
    """The project's mkdocs.yml, usable from another folder.

    Its hooks file and theme folder are relative to the file; here they point
    back at the repository at `root`.
    """
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    hooks, theme = "  - annotated_news/mkdocs_hooks.py", "custom_dir: templates/theme"
    assert hooks in config and theme in config
    return config.replace(
        hooks, f"  - {root / 'annotated_news' / 'mkdocs_hooks.py'}"
    ).replace(theme, f"custom_dir: {root / 'templates' / 'theme'}")


def free_port() -> int:
    """A port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_serve(project: Path, port: int, log: IO[str]) -> subprocess.Popen[str]:
    """`mkdocs serve` of `project` with the Makefile's options (`serve:`)."""
    command = ["serve", "--dev-addr", f"127.0.0.1:{port}", "--livereload"]
    command += ["--dirty", "--no-strict", "-f", str(project / "mkdocs.yml")]
    return subprocess.Popen(
        [sys.executable, "-m", "mkdocs", *command],
        cwd=project,
        env={
            **os.environ,
            "SITE_URL": f"http://127.0.0.1:{port}/",
            "NO_MKDOCS_2_WARNING": "1",
        },
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # stopped with its children by os.killpg
    )


def fetch(url: str) -> str | None:
    """The body at `url`, or None while nothing answers there."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, http.client.HTTPException, OSError):
        # HTTPException: a body cut short (IncompleteRead), as when the
        # server sends a file that is being written again.
        return None


def wait_for(check: Callable[[], bool], seconds: float, what: str) -> float:
    """Poll `check` until it holds; the seconds it took."""
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        if check():
            return time.perf_counter() - started
        time.sleep(POLL)
    raise SystemExit(f"gave up after {seconds:.0f} s waiting for {what}")


def page_of(docs: Path, seed: str) -> str:
    """The URL path of the article page of `seed` (its front matter's `seed`)."""
    for page in sorted((docs / "articles").glob("*.md")):
        with page.open(encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("seed: "):
                    if html.unescape(json.loads(line[6:])) == seed:
                        return f"articles/{page.stem}/"
                    break
    raise SystemExit(f"no article page has seed: {seed}")


def status(base: str) -> dict[str, object]:
    try:
        return dict(json.loads(fetch(base + "search-status.json") or "{}"))
    except ValueError:  # read while it was being written: ask again
        return {}


LOG = "serve.log"
"""The server's log, in the project folder."""
MADE = ("seeds", "docs", "mkdocs.yml", LOG)
"""What the tool makes at the top of its project folder."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=Path, required=True)
    parser.add_argument("--work", type=Path, help="project folder (default: temporary)")
    parser.add_argument("--timeout", type=float, default=3600)
    args = parser.parse_args(argv)
    # The server runs in a session of its own (so that it stops with its
    # children); stop it too when this tool is stopped (`timeout`, kill).
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    # The tool replaces `seeds/`, `docs/` and `mkdocs.yml` in its folder: a
    # folder of the user's (`--work .` in a checkout) is refused.
    work = args.work or Path(tempfile.mkdtemp(prefix="serve-bench-"))
    try:  # a folder holding `serve.log` was marked so before `tools/folder.py`
        claim(
            work,
            "replaces the seeds, docs and mkdocs.yml",
            made=lambda name: (work / LOG).is_file() and name in MADE,
            apart=[("seeds folder", args.seeds)],
        ).record(MADE)
    except ToolFolderError as err:
        parser.error(str(err))
    shutil.rmtree(work / "seeds", ignore_errors=True)
    shutil.copytree(args.seeds, work / "seeds")
    (work / "mkdocs.yml").write_text(relocated_config(), encoding="utf-8")
    build = [sys.executable, str(ROOT / "build_site.py"), "--quiet"]
    subprocess.run(
        [*build, "--seeds", str(work / "seeds"), "--docs", str(work / "docs")],
        check=True,
    )

    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    log = (work / LOG).open("w", encoding="utf-8")
    server = start_serve(work, port, log)
    try:
        ready = wait_for(lambda: fetch(base) is not None, args.timeout, "mkdocs serve")
        wait_for(
            lambda: status(base).get("indexing") is False,
            args.timeout,
            "the first index",
        )
        first = status(base).get("version")
        seed = sorted((work / "seeds").glob("*.txt"))[0]
        url = base + page_of(work / "docs", seed.name)
        text = seed.read_text(encoding="utf-8")
        seed.write_text(text.rstrip("\n") + "\n\n" + SENTENCE + "\n", encoding="utf-8")
        saved = time.perf_counter()
        wait_for(
            lambda: SHOWN in (fetch(url) or ""),
            args.timeout,
            "the edit on the served page",
        )
        page = time.perf_counter() - saved
        wait_for(
            lambda: NOTE not in (fetch(url) or NOTE),
            args.timeout,
            "the site to catch up",
        )
        whole = time.perf_counter() - saved
        wait_for(
            lambda: (
                status(base).get("version") != first
                and status(base).get("indexing") is False
            ),
            args.timeout,
            "the search index of the edit",
        )
        index = time.perf_counter() - saved
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
        log.close()
    articles = len(list((work / "seeds").glob("*.txt")))
    print(f"| {articles:,} | {ready:.1f} | {page:.2f} | {whole:.2f} | {index:.2f} |")
    print(
        "(articles | first serve s | edit -> page shown s | edit -> site caught up s"
        f" | edit -> search index s); log: {work / LOG}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
