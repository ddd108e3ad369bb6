"""`make serve`: the real `mkdocs serve` rebuilds after a seed is edited.

The project is copied to a temporary folder (its seeds, and a mkdocs.yml
whose hooks and theme point back at the repository), built once as
`make serve` does, then served with the Makefile's options. Editing a seed
must show on the served page without restarting anything, and the page of
the other article must keep its file (the rebuild rewrites only what changed).
"""

from __future__ import annotations

import difflib
import gzip
import http.server
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotated_news.serve_edit import (
    DELAY,
    NOTE,
    BuildChild,
    BuildStopped,
    EditBuilder,
    edited_seeds,
    hold_requests,
    release_requests,
    snapshot,
)
from annotated_news.serve_search import STATUS
from tools.benchmark.serve import fetch, status

from .conftest import ROOT, relocated_config
from .serving import (
    EDITED,
    EDITED_PHRASE,
    add_sentence,
    article_path,
    built_project,
    serving,
    wait_for,
)

pytestmark = pytest.mark.site


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return built_project(tmp_path)


@pytest.fixture
def slow_catch_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """The site waits 20 s before it catches up: the fast page is seen first."""
    monkeypatch.setenv(DELAY, "20")


@pytest.fixture
def server(project: Path) -> Iterator[str]:
    with serving(project) as base:
        yield base


def shows(url: str, words: str, seconds: float, what: str) -> str:
    """The served page at `url` once it holds `words`."""
    wait_for(lambda: words in (fetch(url) or ""), seconds, what)
    return fetch(url) or ""


def test_an_edited_seed_shows_on_the_served_page(project: Path, server: str) -> None:
    edited = article_path(project / "docs", EDITED_PHRASE)
    other = next(
        p
        for p in (project / "docs" / "articles").glob("*.md")
        if f"articles/{p.stem}/" != edited
    )
    other_inode = other.stat().st_ino
    page = fetch(server + edited)
    assert page is not None and "Quillfeather" not in page

    add_sentence(project)

    served = shows(
        server + edited, "Quillfeather Harbour", 120, "the edit to reach the page"
    )
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
    edited = article_path(project / "docs", EDITED_PHRASE)
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

    add_sentence(project)
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


def served_site(project: Path) -> Path:
    """The folder `mkdocs serve` builds into (named in its log)."""
    log = (project / "serve.log").read_text(encoding="utf-8")
    found = re.findall(r"Pagefind is indexing (\S+) in the background", log)
    assert found, log
    return Path(found[-1])


def without_reload(page: str | None) -> str:
    """A served page without the live reload script (its epoch changes)."""
    return re.sub(r"<script>\s*var livereload.*?</script>", "", page or "", flags=re.S)


SKIPPED = ("pagefind", ".pagefind-next", ".pagefind-old", STATUS, "sitemap.xml")


def site_files(site: Path) -> dict[str, bytes]:
    """Every file of the site but the search index. The index's folders are
    pruned before they are read: Pagefind may still be swapping them in
    (`.pagefind-next` can vanish between listing the site and reading it)."""
    files: dict[str, bytes] = {}
    for folder, subfolders, names in os.walk(site):
        here = Path(folder)
        if here == site:
            subfolders[:] = [d for d in subfolders if not d.startswith(SKIPPED)]
        for name in names:
            relative = str((here / name).relative_to(site))
            if not relative.startswith(SKIPPED):
                files[relative] = (here / name).read_bytes()
    return files


def comparable(files: dict[str, bytes]) -> dict[str, bytes]:
    """Files without what only served pages have: the tag that tells
    search.js where to ask about the index (and the blank lines around it)."""
    return {
        path: re.sub(
            rb"\n[ \t]*(?=\n)",
            b"",
            re.sub(rb'<meta name="an-search-status" content="[^"]*">', b"", text),
        )
        for path, text in files.items()
    }


def first_difference(a: dict[str, bytes], b: dict[str, bytes], paths: list[str]) -> str:
    """The first lines that differ in the first file that differs."""
    if not paths:
        return ""
    lines = difflib.unified_diff(
        a[paths[0]].decode("utf-8", "replace").splitlines(),
        b[paths[0]].decode("utf-8", "replace").splitlines(),
        "served/" + paths[0],
        "cold/" + paths[0],
        lineterm="",
    )
    return "\n".join(list(lines)[:40])


def cold_site(project: Path, base: str, out: Path) -> Path:
    """`build_site.py` + `mkdocs build` of the project's seeds, as served."""
    env = {**os.environ, "SITE_URL": base, "NO_MKDOCS_2_WARNING": "1"}
    (out / "mkdocs.yml").write_text(relocated_config(), encoding="utf-8")
    command = [sys.executable, str(ROOT / "build_site.py"), "--quiet"]
    command += ["--seeds", str(project / "seeds"), "--docs", str(out / "docs")]
    command += ["--config-file", str(out / "mkdocs.yml")]
    subprocess.run(command, check=True, cwd=out, env=env)
    env["ANNOTATED_NEWS_SEARCH_INDEX"] = "off"
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(out / "mkdocs.yml")],
        check=True,
        cwd=out,
        env=env,
    )
    return out / "site"


def test_the_edited_article_shows_first_then_the_site_catches_up(
    slow_catch_up: None,
    project: Path,
    server: str,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The edit is served before the whole build runs, with a note; then the
    whole build replaces it and the site is a cold build's, file for file."""
    edited = article_path(project / "docs", EDITED_PHRASE)
    add_sentence(project)

    first = shows(server + edited, "Quillfeather Harbour", 60, "the edited page")
    assert NOTE in first, first[:3000]
    assert re.search(r'id="s-editors-added-this-sentence[^"]*"', first)
    # The whole build has not run yet: docs/ does not hold the sentence.
    assert "Quillfeather" not in (project / "docs" / edited.rstrip("/")).with_suffix(
        ".md"
    ).read_text(encoding="utf-8")

    wait_for(
        lambda: NOTE not in (fetch(server + edited) or NOTE),
        120,
        "the site to catch up",
    )
    final = fetch(server + edited) or ""
    assert "Quillfeather Harbour" in final
    log = (project / "serve.log").read_text(encoding="utf-8")
    assert "the site has caught up" in log and "Traceback" not in log, log
    served = comparable(site_files(served_site(project)))
    cold = comparable(
        site_files(cold_site(project, server, tmp_path_factory.mktemp("cold")))
    )
    assert served.keys() == cold.keys()
    differ = [p for p in served if served[p] != cold[p]]
    assert differ == [], first_difference(served, cold, differ)


def test_a_newer_edit_is_shown_and_the_site_catches_up_with_both(
    slow_catch_up: None, project: Path, server: str
) -> None:
    """An edit while the site catches up: its page is shown at once, and the
    site catches up with both edits (the older catch-up is stopped)."""
    edited = article_path(project / "docs", EDITED_PHRASE)
    add_sentence(project)
    shows(server + edited, "Quillfeather Harbour", 60, "the first edit")
    seed = project / "seeds" / EDITED
    second = "A second sentence about Brackenmoor Quay was added later."
    seed.write_text(
        seed.read_text(encoding="utf-8") + "\n" + second + "\n", encoding="utf-8"
    )
    page = shows(server + edited, "Brackenmoor Quay", 60, "the second edit")
    assert NOTE in page and "Quillfeather Harbour" in page
    wait_for(
        lambda: NOTE not in (fetch(server + edited) or NOTE),
        120,
        "the site to catch up",
    )
    final = fetch(server + edited) or ""
    assert "Quillfeather Harbour" in final and "Brackenmoor Quay" in final
    log = (project / "serve.log").read_text(encoding="utf-8")
    assert log.count("shown first") == 2, log
    assert log.count("the site has caught up") == 1, log
    assert "Traceback" not in log, log


def test_a_seed_that_cannot_be_published_keeps_the_old_page(
    project: Path, server: str
) -> None:
    edited = article_path(project / "docs", EDITED_PHRASE)
    before = without_reload(fetch(server + edited))
    seed = project / "seeds" / EDITED
    seed.write_bytes(seed.read_bytes() + b"\n\nNot UTF-8: \xff\xfe\n")

    wait_for(
        lambda: "build refused" in (project / "serve.log").read_text(encoding="utf-8"),
        120,
        "the refusal",
    )
    log = (project / "serve.log").read_text(encoding="utf-8")
    # The same one line as build_site.py's, naming the file and line.
    refused = [line for line in log.splitlines() if line.startswith("ERROR")]
    assert len(refused) == 2, log
    assert f"{EDITED}:" in refused[0] and "not UTF-8" in refused[0], log
    assert "build refused: 1 problem(s)" in refused[1], log
    assert "shown first" not in log and "Traceback" not in log, log
    assert without_reload(fetch(server + edited)) == before


def test_only_seed_edits_take_the_fast_path(tmp_path: Path) -> None:
    seeds, templates = tmp_path / "seeds", tmp_path / "templates"
    seeds.mkdir()
    templates.mkdir()
    for name in ("a.txt", "a.yml", "b.txt"):
        (seeds / name).write_text("x", encoding="utf-8")
    (templates / "page.j2").write_text("x", encoding="utf-8")
    before = snapshot([seeds, templates])

    def after(path: Path, text: str) -> list[Path]:
        path.write_text(text, encoding="utf-8")
        found = edited_seeds(before, snapshot([seeds, templates]), seeds)
        path.write_text("x", encoding="utf-8")
        os.utime(path, ns=(before[str(path)][0],) * 2)
        return found

    assert after(seeds / "b.txt", "yy") == [seeds / "b.txt"]
    assert after(seeds / "a.yml", "yy") == [seeds / "a.txt"]  # its seed's page
    assert after(templates / "page.j2", "yy") == []  # every page: the whole build
    assert edited_seeds(before, before, seeds) == []
    (seeds / "c.txt").write_text("new", encoding="utf-8")  # a new page
    assert edited_seeds(before, snapshot([seeds, templates]), seeds) == []


def test_a_newer_edit_stops_the_build_child() -> None:
    """The build of an older edit is stopped, not waited for."""
    child = BuildChild()
    raised: list[BaseException] = []

    def run() -> None:
        try:
            child.run([sys.executable, "-c", "import time; time.sleep(60)"])
        except BuildStopped as err:
            raised.append(err)

    thread = threading.Thread(target=run)
    thread.start()
    started = time.monotonic()
    while child._process is None and time.monotonic() - started < 10:
        time.sleep(0.05)
    child.stop()
    thread.join(timeout=20)
    assert not thread.is_alive()
    assert len(raised) == 1
    assert time.monotonic() - started < 20
    # A run after a stop is not taken for stopped.
    assert child.run([sys.executable, "-c", "print('done')"])[0:2] == (0, "done\n")


def test_the_catch_up_holds_requests_while_mkdocs_writes_the_site(
    tmp_path: Path,
) -> None:
    """MkDocs holds page requests during its own loop's builds so that no
    page is read half written; the catch-up builds in our thread, so it must
    hold them itself from `on_env` (pages are written from there on) to the
    end, then answer them (and reload the pages shown)."""
    from mkdocs.livereload import LiveReloadServer

    server = LiveReloadServer(lambda: None, "127.0.0.1", 0, str(tmp_path))
    try:
        held_while_writing(server, tmp_path)
    finally:
        server.server_close()


def held_while_writing(server: Any, tmp_path: Path) -> None:
    during: list[bool] = []

    def build() -> None:  # MkDocs' build, as far as the hooks see it
        edits.writing()  # on_env
        during.append(server._visible_epoch != server._wanted_epoch)

    edits = EditBuilder(server, build, tmp_path, BuildChild(), lambda: None, print)
    before = server._visible_epoch
    edits._thread = threading.Thread(target=edits._catch_up)
    edits._thread.start()
    edits.wait()
    assert during == [True]  # a request then waits (serve_request's condition)
    assert server._visible_epoch == server._wanted_epoch != before

    # Called from any other thread (MkDocs' own loop builds): nothing held.
    edits.writing()
    assert server._visible_epoch == server._wanted_epoch


def test_a_build_of_mkdocs_loop_started_meanwhile_stays_awaited() -> None:
    """A newer edit: MkDocs' loop takes a new epoch while the catch-up still
    holds; releasing the catch-up's must leave requests waiting for it."""
    from mkdocs.livereload import LiveReloadServer

    server = LiveReloadServer(lambda: None, "127.0.0.1", 0, ".")
    try:
        time.sleep(0.002)  # epochs are in milliseconds
        held = hold_requests(server)
        assert server._visible_epoch != server._wanted_epoch == held
        with server._rebuild_cond:  # what MkDocs' _build_loop does
            server._wanted_epoch = held + 1
        release_requests(server, held)
        assert server._visible_epoch == held != server._wanted_epoch
    finally:
        server.server_close()


def test_a_repeated_change_event_leaves_the_catch_up_running(tmp_path: Path) -> None:
    """One save can reach the watcher as two events: the second finds nothing
    new and must neither stop the catch-up nor start a whole build; a real
    change to the MkDocs configuration still builds."""
    (tmp_path / "seeds").mkdir()
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\n", encoding="utf-8")
    builds: list[str] = []
    lines: list[str] = []
    edits = EditBuilder(
        None,
        lambda: builds.append("whole"),
        tmp_path,
        BuildChild(),
        lambda: None,
        lines.append,
        config,
    )
    # a catch-up under way, which ends when it is stopped (`EditBuilder.stop`)
    edits._thread = threading.Thread(target=edits._stop.wait, args=(30,))
    edits._thread.start()
    edits()
    assert builds == [] and edits._thread.is_alive()
    assert "nothing new since the last change" in lines[-1]
    config.write_text("site_name: changed title\n", encoding="utf-8")
    edits()
    assert builds == ["whole"]


def test_a_link_to_a_folder_among_the_seeds_is_not_walked(tmp_path: Path) -> None:
    """A seed replaced by a link to '..' (or a link to a big folder) while
    serving: every change then walked the whole project again inside
    itself, 40 links deep, before anything was rebuilt. A link is one entry
    (its target's time and size); a link to a file still shows its edits."""
    seeds = tmp_path / "project" / "seeds"
    seeds.mkdir(parents=True)
    for n in range(50):
        (tmp_path / "project" / f"file-{n}.txt").write_text("x", encoding="utf-8")
    (seeds / "a.txt").symlink_to("..")
    (seeds / "loop").symlink_to(".")
    (tmp_path / "kept.txt").write_text("x", encoding="utf-8")
    (seeds / "b.txt").symlink_to(tmp_path / "kept.txt")
    found = snapshot([seeds])
    assert sorted(Path(p).name for p in found) == ["a.txt", "b.txt", "loop"]
    (tmp_path / "kept.txt").write_text("an edit", encoding="utf-8")
    assert edited_seeds(found, snapshot([seeds]), seeds) == [seeds / "b.txt"]
