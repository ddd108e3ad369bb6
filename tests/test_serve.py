"""`make serve`: the real `mkdocs serve` rebuilds after a seed is edited.

The project is copied to a temporary folder (its seeds, and a mkdocs.yml
whose hooks and theme point back at the repository), built once as
`make serve` does, then served with the Makefile's options. Editing a seed
must show on the served page without restarting anything, and the page of
the other article must keep its file (the rebuild rewrites only what changed).
"""

from __future__ import annotations

import gzip
import http.server
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from annotated_news.serve_search import STATUS
from tools.benchmark.serve import fetch, free_port, start_serve, status

from .conftest import ROOT, SEEDS, relocated_config

pytestmark = pytest.mark.site

EDITED = "000_356ed7786aea7bd9.txt"
NEW_SENTENCE = "Editors added this sentence about Quillfeather Harbour while serving."


def wait_for(check: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.5)
    pytest.fail(f"gave up after {seconds} s waiting for {what}")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "mkdocs.yml").write_text(relocated_config(), encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "build_site.py"),
            "--seeds",
            str(tmp_path / "seeds"),
            "--docs",
            str(tmp_path / "docs"),
            "--quiet",
        ],
        check=True,
        cwd=tmp_path,
    )
    return tmp_path


@pytest.fixture
def server(project: Path) -> Iterator[str]:
    port = free_port()
    log = (project / "serve.log").open("w", encoding="utf-8")
    proc = start_serve(project, port, log)
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for(lambda: fetch(base) is not None, 120, "mkdocs serve to answer")
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
        log.close()


def article_path(docs: Path, phrase: str) -> str:
    """The URL path of the article page whose Markdown holds `phrase`."""
    found = [
        p
        for p in (docs / "articles").glob("*.md")
        if phrase in p.read_text(encoding="utf-8")
    ]
    assert len(found) == 1, found
    return f"articles/{found[0].stem}/"


def test_an_edited_seed_shows_on_the_served_page(project: Path, server: str) -> None:
    edited = article_path(project / "docs", "shifting resources and reorganization")
    other = next(
        p
        for p in (project / "docs" / "articles").glob("*.md")
        if f"articles/{p.stem}/" != edited
    )
    other_inode = other.stat().st_ino
    page = fetch(server + edited)
    assert page is not None and "Quillfeather" not in page

    seed = project / "seeds" / EDITED
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.rstrip("\n") + "\n\n" + NEW_SENTENCE + "\n", encoding="utf-8")

    wait_for(
        lambda: "Quillfeather Harbour" in (fetch(server + edited) or ""),
        120,
        "the edit to reach the served page",
    )
    served = fetch(server + edited) or ""
    # Annotated like any other text: the new sentence has its own anchor.
    assert re.search(r'id="s-editors-added-this-sentence[^"]*"', served), served[:2000]
    # The other article's Markdown was not rewritten (same file, not a copy).
    assert other.stat().st_ino == other_inode
    log = (project / "serve.log").read_text(encoding="utf-8")
    assert "Traceback" not in log, log


def served_status(server: str) -> dict[str, object]:
    return dict(json.loads(fetch(server + STATUS) or "{}"))


def indexed_text(site: Path) -> str:
    """Every page's words in a Pagefind bundle (its fragments are gzipped)."""
    return "".join(
        gzip.decompress(f.read_bytes()).decode("utf-8")
        for f in (site / "pagefind" / "fragment").iterdir()
    )


def test_the_search_index_catches_up_after_an_edit(project: Path, server: str) -> None:
    """The index is rebuilt after the page reloads; pages say where to ask."""
    edited = article_path(project / "docs", "shifting resources and reorganization")
    page = fetch(server + edited) or ""
    meta = re.search(r'<meta name="an-search-status" content="([^"]+)">', page)
    assert meta, page[:3000]
    assert urllib.parse.urljoin(server + edited, meta[1]) == server + STATUS
    wait_for(
        lambda: served_status(server).get("indexing") is False,
        120,
        "the first search index",
    )
    first = served_status(server)["version"]

    seed = project / "seeds" / EDITED
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.rstrip("\n") + "\n\n" + NEW_SENTENCE + "\n", encoding="utf-8")
    wait_for(
        lambda: (
            served_status(server).get("version") != first
            and served_status(server).get("indexing") is False
        ),
        120,
        "the search index of the edit",
    )
    log = (project / "serve.log").read_text(encoding="utf-8")
    found = re.findall(r"Pagefind is indexing (\S+) in the background", log)
    assert found, log
    assert "Quillfeather Harbour" in indexed_text(Path(found[-1])), log
    assert "search index updated" in log and "Traceback" not in log, log


def test_a_body_cut_short_is_asked_again_not_a_crash() -> None:
    """MkDocs' server can send a file it is writing again: a body shorter
    than its Content-Length. The timing tool treats it as no answer yet."""

    class Short(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "33")
            self.end_headers()
            self.wfile.write(b'{"state": "indexing", "seq": 1}')  # 32 bytes

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Short)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        assert fetch(url) is None
        assert status(url) == {}
    finally:
        server.shutdown()
        server.server_close()
