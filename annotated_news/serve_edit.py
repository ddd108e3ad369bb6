"""`mkdocs serve`: an edited article is shown first, the site catches up after.

A one-seed edit needs the whole build (every index, the corpus-wide pages,
MkDocs, Pagefind) before the site is right again: 20 s and more at 10,000
articles. The reader of the edited page should not wait for that. So the
server's builder (`EditBuilder`, put in place at `on_serve`) does this when
only seeds (or their sidecars) changed:

1. The fast page: each edited seed is read and annotated here, its article
   page rendered from a corpus of that article alone, and turned into HTML
   by MkDocs' own per-page steps with the configuration, files, navigation
   and theme of the last build (kept at `on_post_build`). The page says
   "Links to other pages are being updated" (`NOTE`): built from its one
   article it lacks what other articles give it (links to them, its story,
   the names' places they decide). Its file gets the modification time 0,
   so the next `--dirty` build rebuilds it whatever its source says.
   MkDocs' build loop then reloads the browser.
2. The site catches up in a thread: MkDocs' own builder (on_pre_build runs
   the incremental `build_site`, MkDocs `--dirty` converts the changed
   pages, Pagefind re-indexes in the background), then the browser reloads
   again, onto pages equal to a cold build's. A newer edit stops it (the
   build child is ended) and starts over.

Anything else (a template or a seed added or removed, a seed that cannot be
published, an article whose page is not where the last build put it, a
MkDocs whose private parts used here were not checked) takes MkDocs' usual
path: the whole build before the reload, with the same messages as before.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import PAGE_TEMPLATES, PROJECT_TEMPLATES
from .errors import SeedError, SeedErrors

MKDOCS_VERSIONS = ("1.6.1",)
"""MkDocs versions whose private parts used here were checked: the per-page
steps of `mkdocs.commands.build` and LiveReloadServer's epochs."""
NOTE = "Links to other pages are being updated."
NOTE_HTML = (
    '<div class="admonition info an-catching-up" role="status" '
    f"data-pagefind-ignore><p>{NOTE}</p></div>"
)
ARTICLE_OPEN = '<article class="md-content__inner md-typeset">'
"""Material's page content opens with this; the note goes right after it."""
DELAY = "ANNOTATED_NEWS_SERVE_CATCH_UP_DELAY"
"""Seconds the site waits before it catches up (tests: the fast page is
seen first whatever the machine's speed)."""
MAX_EDITED = 5
"""More seeds changed at once (a checkout, a copy): the whole build only."""

Snapshot = dict[str, tuple[int, int]]
"""Modification time and size of each file, by path."""


class BuildStopped(Exception):
    """The build child was stopped: a newer edit came in."""


def snapshot(folders: list[Path]) -> Snapshot:
    """Modification time and size of every file under `folders`."""
    found: Snapshot = {}
    todo = []
    for folder in folders:
        if folder.is_file():  # the MkDocs configuration, watched as well
            stat = folder.stat()
            found[str(folder)] = (stat.st_mtime_ns, stat.st_size)
        else:
            todo.append(str(folder))
    while todo:
        with contextlib.suppress(OSError), os.scandir(todo.pop()) as entries:
            for entry in entries:
                with contextlib.suppress(OSError):  # removed meanwhile
                    # Not through a link to a folder: a seed replaced by a
                    # link to '..' made each change walk the whole project,
                    # again inside itself, 40 links deep.
                    if entry.is_dir(follow_symlinks=False):
                        todo.append(entry.path)
                    else:
                        stat = entry.stat()
                        found[entry.path] = (stat.st_mtime_ns, stat.st_size)
    return found


def edited_seeds(before: Snapshot, after: Snapshot, seeds: Path) -> list[Path]:
    """The seeds whose text or sidecar changed; [] when it is more than that.

    A file added or removed, or anything changed outside `seeds`, needs the
    whole build (it may move or add pages), as do many seeds at once.
    """
    if before.keys() != after.keys():
        return []
    changed = [Path(p) for p, found in after.items() if before[p] != found]
    edited: set[Path] = set()
    for path in changed:
        seed = path.with_suffix(".txt")
        if path.parent != seeds or path.suffix not in (".txt", ".yml"):
            return []
        if str(seed) not in after:
            return []
        edited.add(seed)
    return sorted(edited) if len(edited) <= MAX_EDITED else []


def article_markdown(seed: Path, templates: Path) -> tuple[str, str]:
    """The page path and Markdown of a seed's article, from it alone.

    Raises:
        SeedError: when the seed cannot be published.
    """
    from .indexes import build_corpus
    from .render.env import render_page
    from .render.pages import first_article_page, page_makers
    from .seeds import annotate_seed

    annotated = annotate_seed(seed)
    article = annotated.article
    corpus = build_corpus([article], {article.seed: annotated.ids})
    makers = page_makers(corpus)
    page = makers[first_article_page(makers, corpus)]()[0]
    return page.path, render_page(_env(templates), page)


_envs: dict[Path, Any] = {}


def _env(templates: Path) -> Any:
    """The templates' environment, kept between edits (Jinja reloads changes)."""
    if templates not in _envs:
        from .render.env import make_env

        _envs[templates] = make_env(templates)
    return _envs[templates]


def _front_matter_line(text: str, key: str) -> str | None:
    for line in text.split("\n", 30)[1:30]:
        if line == "---":
            return None
        if line.startswith(key + ":"):
            return line
    return None


def same_article(old_file: Path, markdown: str) -> bool:
    """Whether the page at `old_file` is the one of the same seed."""
    try:
        with old_file.open(encoding="utf-8") as handle:
            head = "".join(line for _, line in zip(range(30), handle, strict=False))
    except OSError:
        return False
    found = _front_matter_line(head, "seed")
    return found is not None and found == _front_matter_line(markdown, "seed")


class _ThisThreadsWarnings(logging.Filter):
    def __init__(self) -> None:
        super().__init__()
        self.thread = threading.get_ident()

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno != logging.WARNING or record.thread != self.thread


@contextlib.contextmanager
def quiet_warnings() -> Iterator[None]:
    """No warnings about the page made from one article here.

    Its links to places the rest of the site decides may point nowhere yet;
    the whole build checks every link again.
    """
    handlers = logging.getLogger("mkdocs").handlers
    quiet = _ThisThreadsWarnings()
    for handler in handlers:
        handler.addFilter(quiet)
    try:
        yield
    finally:
        for handler in handlers:
            handler.removeFilter(quiet)


@dataclass(frozen=True)
class LastBuild:
    """What MkDocs' last complete build had: what a page is built with."""

    config: Any
    files: Any
    nav: Any
    env: Any


def page_html(last: LastBuild, src_uri: str, markdown: str) -> str | None:
    """A page's HTML made by MkDocs' per-page steps, None if it is not a page."""
    from mkdocs.commands import build as mkbuild
    from mkdocs.structure.files import File, InclusionLevel
    from mkdocs.structure.pages import Page

    config, files = last.config, last.files
    old = files.get_file_from_path(src_uri)
    if old is None or not old.is_documentation_page():
        return None
    with tempfile.TemporaryDirectory(prefix="serve-page-") as out:
        file = File(
            src_uri,
            None,
            out,
            config.use_directory_urls,
            dest_uri=old.dest_uri,
            inclusion=old.inclusion,
        )
        file.content_string = markdown
        page = Page(None, file, config)
        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
        with quiet_warnings():
            mkbuild._populate_page(page, config, files)
            mkbuild._build_page(page, config, doc_files, last.nav, last.env)
        return Path(file.abs_dest_path).read_text(encoding="utf-8")


def with_note(html: str) -> str | None:
    """The page with the note that the site is catching up (None: no place)."""
    at = html.find(ARTICLE_OPEN)
    if at < 0:
        return None
    at += len(ARTICLE_OPEN)
    return html[:at] + NOTE_HTML + html[at:]


def write_stale(path: Path, text: str) -> None:
    """Write a page whole, dated 0: the next `--dirty` build replaces it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".serve-tmp")
    temporary.write_text(text, encoding="utf-8")
    os.utime(temporary, ns=(0, 0))
    temporary.replace(path)


def release_pages(files: Any, nav: Any) -> None:
    """Let the built pages' text go (only the navigation's pages are read again)."""
    keep = {id(page) for page in nav.pages}
    for file in files.documentation_pages():
        page = file.page
        if page is not None and id(page) not in keep:
            page.markdown = page.content = None
            page.toc = []


class BuildChild:
    """The build child of on_pre_build, which a newer edit may stop."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[str] | None = None
        self._stopped = False

    def run(self, command: list[str]) -> tuple[int, str, str]:
        """Run `command`: its exit status, output and errors.

        Raises:
            BuildStopped: when `stop` was called while it ran.
        """
        with self._lock:
            self._stopped = False
            self._process = subprocess.Popen(
                command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
            process = self._process
        out, err = process.communicate()
        with self._lock:
            self._process = None
            if self._stopped:
                raise BuildStopped("a newer edit came in")
        return process.returncode, out, err

    def stop(self) -> None:
        """End the build child, if one runs (its docs/ is left as it was).

        It is interrupted as Ctrl-C would (it removes its staging folders
        and its workers); killed if it has not ended 10 s later.
        """
        with self._lock:
            process = self._process
            if process is None or process.poll() is not None:
                return
            self._stopped = True
            process.send_signal(signal.SIGINT if os.name == "posix" else signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def serve_reason(server: Any, version: str) -> str | None:
    """Why the fast page cannot be used with this MkDocs, or None."""
    from mkdocs.commands import build as mkbuild

    if version not in MKDOCS_VERSIONS:
        return (
            f"MkDocs {version} was not checked (checked: {', '.join(MKDOCS_VERSIONS)})"
        )
    for name in ("_epoch_cond", "_rebuild_cond", "_visible_epoch", "_wanted_epoch"):
        if not hasattr(server, name):
            return f"MkDocs' live reload server has no {name}"
    for name in ("_populate_page", "_build_page"):
        if not callable(getattr(mkbuild, name, None)):
            return f"MkDocs has no {name}"
    return None


def reload_browsers(server: Any) -> None:
    """Make MkDocs' live reload reload every page shown (a new epoch).

    Skipped while its build loop is building: that build ends in a reload.
    """
    from mkdocs.livereload import _timestamp

    with server._rebuild_cond, server._epoch_cond:
        if server._wanted_epoch != server._visible_epoch:
            return
        server._wanted_epoch = server._visible_epoch = _timestamp()
        server._epoch_cond.notify_all()


def hold_requests(server: Any) -> int:
    """Make MkDocs' server hold page requests, as during its own builds.

    The site catches up in a thread of ours, and MkDocs writes the built
    pages in place: without this, a page asked for then could be read half
    written. Returns the epoch to `release_requests` with.
    """
    from mkdocs.livereload import _timestamp

    with server._rebuild_cond, server._epoch_cond:
        # Epochs are milliseconds: a new one must differ from the last.
        epoch: int = max(_timestamp(), server._visible_epoch + 1)
        server._wanted_epoch = epoch
        return epoch


def release_requests(server: Any, epoch: int) -> None:
    """Answer the held requests and reload the pages shown.

    If MkDocs' own loop started a build meanwhile (a newer edit), its epoch
    stays wanted: requests then wait for that build, as they would.
    """
    with server._rebuild_cond, server._epoch_cond:
        server._visible_epoch = epoch
        server._epoch_cond.notify_all()


class EditBuilder:
    """The serve loop's builder: the fast page first, then the whole site."""

    def __init__(
        self,
        server: Any,
        builder: Callable[[], None],
        root: Path,
        child: BuildChild,
        last: Callable[[], LastBuild | None],
        log: Callable[[str], None],
        config_file: Path | None = None,
    ) -> None:
        self._server = server
        self._builder = builder
        self._seeds = root / "seeds"
        self._watched = [root / "seeds", root / "templates", PROJECT_TEMPLATES]
        if config_file is not None:
            self._watched.append(config_file)
        self._child = child
        self._last = last
        self._log = log
        self._lock = threading.Lock()
        """One MkDocs build or fast page at a time (they share its config)."""
        self._snapshot = self._now()
        self._thread: threading.Thread | None = None
        self._held: int | None = None
        """The epoch requests are held at while the catch-up writes the site."""
        self._stop = threading.Event()
        threading.Thread(target=self._warm, daemon=True).start()

    def _warm(self) -> None:
        """Make one seed's page now, unseen: the first edit then waits for no import.

        The annotators' and renderer's imports and compiling the templates
        took 2 s of the first edit at 10,000 articles on a busy machine;
        once warm, an article's Markdown takes 0.05 s.
        """
        with self._lock, contextlib.suppress(Exception):  # tried again at the edit
            seed = min(self._seeds.glob("*.txt"), default=None)
            if seed is not None:
                article_markdown(seed, PAGE_TEMPLATES)

    def _now(self) -> Snapshot:
        return snapshot(self._watched)

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        """Show edited articles at once and let the site catch up, or build."""
        started = time.perf_counter()
        now = self._now()
        if now == self._snapshot and self._thread and self._thread.is_alive():
            # The watcher told again of a change already seen (one save can
            # be two events): the site is catching up with it; a whole build
            # now would stop that and do the same work again.
            self._log("nothing new since the last change: the site goes on catching up")
            return
        seeds = edited_seeds(self._snapshot, now, self._seeds)
        self._snapshot = now
        changes = time.perf_counter() - started
        self.stop()
        with self._lock:
            why = (
                self._show(seeds, started, changes)
                if seeds
                else "not only seeds changed"
            )
            if why:
                self._log(f"the whole build before the page: {why}")
                self._builder(*args, **kwargs)
                return
        self._stop.clear()
        self._thread = threading.Thread(target=self._catch_up, daemon=True)
        self._thread.start()

    def _show(self, seeds: list[Path], started: float, changes: float) -> str | None:
        """Write the fast page of each seed, or say why one cannot have one.

        Its log line gives the seconds of each step: finding what changed,
        waiting (for the site to stop catching up, or for the warm-up),
        making the article's Markdown, making its HTML.
        """
        last = self._last()
        if last is None:
            return "no complete build yet"
        pages: list[tuple[Path, str]] = []
        clock = {
            "changes": changes,
            "wait": time.perf_counter() - started - changes,
            "article": 0.0,
            "page": 0.0,
        }
        for seed in seeds:
            try:
                found = self._page(seed, last, clock)
            except (SeedError, SeedErrors):  # the whole build says why, once
                return f"{seed.name} cannot be published"
            except Exception as err:  # a page that cannot be made here
                return f"{seed.name} was not shown: {type(err).__name__}: {err}"
            if isinstance(found, str):
                return found
            pages.append(found)
        for dest, html in pages:
            write_stale(dest, html)
        laps = ", ".join(f"{name} {s:.2f}" for name, s in clock.items())
        self._log(
            f"shown first: {', '.join(s.name for s in seeds)} in "
            f"{time.perf_counter() - started:.2f} s ({laps}); the site catches up"
        )
        return None

    def _page(
        self, seed: Path, last: LastBuild, clock: dict[str, float]
    ) -> tuple[Path, str] | str:
        """Where the fast page of `seed` goes and its HTML, or why it has none.

        Raises:
            SeedError: when the seed cannot be published.
        """
        lap = time.perf_counter()
        path, markdown = article_markdown(seed, PAGE_TEMPLATES)
        if not same_article(Path(last.config.docs_dir) / path, markdown):
            return f"{seed.name} has a new page"
        clock["article"] += time.perf_counter() - lap
        lap = time.perf_counter()
        html = page_html(last, path, markdown)
        html = with_note(html) if html is not None else None
        if html is None:
            return f"{path} is not a page of the last build"
        clock["page"] += time.perf_counter() - lap
        return Path(last.files.get_file_from_path(path).abs_dest_path), html

    def writing(self) -> None:
        """MkDocs starts writing the site (`on_env`): if it is catching up, hold.

        MkDocs holds requests during the builds of its own loop, not during
        the catch-up's, which runs in our thread.
        """
        if threading.current_thread() is self._thread and self._held is None:
            self._held = hold_requests(self._server)

    def _catch_up(self) -> None:
        if self._stop.wait(float(os.environ.get(DELAY, "0") or 0)):
            return
        caught_up = False
        try:
            with self._lock:
                if self._stop.is_set():
                    return
                self._builder()
            caught_up = not self._stop.is_set()
            if caught_up:
                # Said before the held requests go through: whoever is shown
                # the caught-up site finds the line in the log already (a
                # test read the log between the two under load).
                self._log("the site has caught up")
        except BuildStopped:
            return
        except Exception as err:  # MkDocs logged it; the fast pages stay
            self._log(f"the site could not catch up: {err}")
            return
        finally:
            held, self._held = self._held, None
            if held is not None:  # and so the pages shown reload
                release_requests(self._server, held)
        if caught_up and held is None:
            reload_browsers(self._server)

    def stop(self) -> None:
        """Stop the site catching up (a newer edit) and wait for it."""
        self._stop.set()
        self._child.stop()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()

    def wait(self) -> None:
        """Wait until the site has caught up (tests)."""
        thread = self._thread
        if thread is not None:
            thread.join()


def log_lines(
    log: Callable[[str], None],
    error: Callable[[str], None],
    status: int,
    out: str,
    err: str,
) -> None:
    """Pass the build child's lines on (its errors as errors when it failed)."""
    for line in err.splitlines():
        (log if status == 0 else error)(line)
    for line in out.splitlines():
        log(line)
