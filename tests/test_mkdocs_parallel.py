"""MkDocs on every core: the serial build's bytes, or MkDocs' own serial build.

Small sites written here (not from seeds), built by the real `mkdocs build
--strict` with the project's hooks, in child processes (workers are forked,
and pytest may run threads).
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from annotated_news import mkdocs_parallel

from .conftest import ROOT

ARTICLES = 12


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def small_site(root: Path, plugins: list[str], home_title: bool = False) -> Path:
    """A docs folder and its mkdocs.yml; returns the config file.

    The pages in the navigation have a subtitle and an icon in their front
    matter, and the home page no title in the navigation unless `home_title`:
    every page's navigation shows them, as read from those pages.
    """
    docs = root / "docs"
    (docs / "articles").mkdir(parents=True)
    (docs / "index.md").write_text(
        "---\nicon: material/home\n---\n\n# Front page\n\nSee [about](about.md#who).\n",
        encoding="utf-8",
    )
    (docs / "about.md").write_text(
        "---\nsubtitle: Who writes here\n---\n\n# About\n\n## Who\n\nUs.\n",
        encoding="utf-8",
    )
    for i in range(ARTICLES):
        (docs / "articles" / f"a{i}.md").write_text(
            f"# Article {i}\n\n## Part {i}\n\nText {i}, back [home](../index.md).\n",
            encoding="utf-8",
        )
    config = {
        "site_name": "Small",
        "site_url": "http://127.0.0.1:8000/",
        "docs_dir": str(docs),
        "theme": {"name": "material", "font": False},
        "plugins": plugins,
        "hooks": [str(ROOT / "annotated_news" / "mkdocs_hooks.py")],
        "markdown_extensions": ["attr_list", {"toc": {"permalink": True}}],
        "validation": {"anchors": "warn", "unrecognized_links": "warn"},
        "not_in_nav": "/articles/\n",
        "nav": [
            {"Front page": "index.md"} if home_title else "index.md",
            {"About us": "about.md"},
        ],
    }
    path = root / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


def run_mkdocs(
    config: Path, site: Path, jobs: str, extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `mkdocs build --strict` with `jobs` workers (the hooks' variable)."""
    env = {
        **os.environ,
        "ANNOTATED_NEWS_SEARCH_INDEX": "off",
        mkdocs_parallel.JOBS_VARIABLE: jobs,
        "ANNOTATED_NEWS_MKDOCS_MIN_PAGES": "0",
        "NO_MKDOCS_2_WARNING": "1",
        **(extra or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config, "-d", site],
        cwd=config.parent,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def mkdocs_build(config: Path, site: Path, jobs: str) -> str:
    """Run `mkdocs build --strict`; return its log."""
    done = run_mkdocs(config, site, jobs)
    assert done.returncode == 0, done.stderr
    return done.stderr


@pytest.mark.site
@pytest.mark.parametrize("home_title", [True, False], ids=["titled", "untitled"])
def test_workers_render_the_navigation_as_the_serial_build_does(
    tmp_path: Path, home_title: bool
) -> None:
    """Titles and front matter of pages in the navigation reach every page."""
    config = small_site(tmp_path, plugins=[], home_title=home_title)
    assert "on 2 workers" not in mkdocs_build(config, tmp_path / "serial", "1")
    log = mkdocs_build(config, tmp_path / "parallel", "2")
    assert f"built {ARTICLES + 2} pages on 2 workers" in log
    serial = tree(tmp_path / "serial")
    article = serial["articles/a3/index.html"].decode()
    assert "Front page" in article and "Who writes here" in article  # the nav
    assert tree(tmp_path / "parallel") == serial


@pytest.mark.site
def test_a_plugin_with_page_events_gets_mkdocs_own_serial_build(
    tmp_path: Path,
) -> None:
    """Material's search plugin indexes every page; one log line says why."""
    config = small_site(tmp_path, plugins=["search"])
    log = mkdocs_build(config, tmp_path / "site", "2")
    assert "on 2 workers" not in log
    lines = [line for line in log.splitlines() if "building pages serially" in line]
    assert len(lines) == 1, log
    assert "plugin 'material/search' has on_page_context" in lines[0]
    index = json.loads((tmp_path / "site/search/search_index.json").read_text())
    indexed = {doc["location"].partition("#")[0] for doc in index["docs"]}
    assert indexed == {"", "about/"} | {f"articles/a{i}/" for i in range(ARTICLES)}


def fake_mkdocs(**steps: object) -> SimpleNamespace:
    from mkdocs.commands import build as mkbuild

    return SimpleNamespace(
        _populate_page=steps.get("_populate_page", mkbuild._populate_page),
        _build_page=steps.get("_build_page", mkbuild._build_page),
    )


def test_the_pinned_mkdocs_passes_the_checks() -> None:
    import mkdocs
    from mkdocs.commands import build as mkbuild

    assert mkdocs_parallel.mkdocs_reason(mkbuild, mkdocs.__version__) is None


def test_another_mkdocs_version_or_step_signature_is_refused() -> None:
    def build_page(page: object, config: object, files: object) -> None:
        del page, config, files

    reason = mkdocs_parallel.mkdocs_reason(fake_mkdocs(), "1.6.2")
    assert reason is not None and "MkDocs 1.6.2 is not a version" in reason
    changed = fake_mkdocs(_build_page=build_page)
    reason = mkdocs_parallel.mkdocs_reason(changed, "1.6.1")
    assert reason == (
        "MkDocs 1.6.1's _build_page is (page, config, files), "
        "not (page, config, doc_files, nav, env, dirty, excluded)"
    )
    missing = fake_mkdocs(_populate_page=None)
    reason = mkdocs_parallel.mkdocs_reason(missing, "1.6.1")
    assert reason is not None and "_populate_page is missing" in reason


def test_a_refused_mkdocs_leaves_the_pages_to_mkdocs_with_one_log_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mkdocs.commands import build as mkbuild

    monkeypatch.setattr(
        mkdocs_parallel,
        "SIGNATURES",
        {**mkdocs_parallel.SIGNATURES, "_build_page": ("page", "renamed")},
    )
    monkeypatch.setattr(mkdocs_parallel, "can_fork", lambda: True)
    monkeypatch.setenv(mkdocs_parallel.JOBS_VARIABLE, "2")
    monkeypatch.setenv("ANNOTATED_NEWS_MKDOCS_MIN_PAGES", "0")
    page_file = SimpleNamespace(
        src_uri="index.md", abs_src_path=str(ROOT / "README.md")
    )
    files = SimpleNamespace(documentation_pages=lambda inclusion: [page_file])
    nav = SimpleNamespace(pages=[SimpleNamespace(title="Home")])
    original = mkbuild._populate_page
    # A handler of its own: an in-process MkDocs build elsewhere in the run
    # stops its loggers from propagating to pytest's capture.
    messages: list[str] = []
    handler = logging.Handler(logging.INFO)
    handler.emit = lambda record: messages.append(record.getMessage())  # type: ignore[method-assign]
    logger = mkdocs_parallel.log
    logger.addHandler(handler)
    level = logger.level
    logger.setLevel(logging.INFO)  # setLevel, not the attribute: it clears a cache
    try:
        mkdocs_parallel.start(nav, config=None, files=files, serial=False)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    assert mkbuild._populate_page is original
    assert not mkdocs_parallel._done
    assert messages == [
        "building pages serially: MkDocs 1.6.1's _build_page is "
        "(page, config, doc_files, nav, env, dirty, excluded), not (page, renamed)"
    ]


def plugin_config(events: dict[str, list[tuple[str, object]]]) -> SimpleNamespace:
    hooks_module = SimpleNamespace(__file__=str(mkdocs_parallel.HOOKS_FILE))
    origins = {method: name for pairs in events.values() for name, method in pairs}
    plugins = SimpleNamespace(
        events={event: [m for _, m in pairs] for event, pairs in events.items()},
        _event_origins=origins,
    )
    config = {"hooks": {"hooks.py": hooks_module}}
    return SimpleNamespace(plugins=plugins, get=config.get)


def test_which_plugin_events_keep_the_workers() -> None:
    def handler() -> None: ...

    def other() -> None: ...

    own = ("hooks.py", handler)
    ok = plugin_config(
        {
            "nav": [own],
            "page_content": [own],
            "post_page": [own],
            "config": [("tags", other)],
            "env": [],
        }
    )
    assert mkdocs_parallel.plugins_reason(ok) is None
    foreign_env = plugin_config({"nav": [own], "env": [("blog", other)]})
    assert mkdocs_parallel.plugins_reason(foreign_env) == (
        "plugin 'blog' has on_env, which needs every page in one process"
    )
    own_markdown = plugin_config({"page_markdown": [own]})
    assert mkdocs_parallel.plugins_reason(own_markdown) is None
    own_context = plugin_config({"page_context": [own]})
    assert mkdocs_parallel.plugins_reason(own_context) == (
        "the project's hooks have on_page_context, not checked for workers"
    )


def test_a_released_page_keeps_its_title_and_drops_its_text(tmp_path: Path) -> None:
    """A worker frees each page it wrote; later pages still read its title."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files
    from mkdocs.structure.pages import Page

    config = load_config(str(small_site(tmp_path, plugins=[])))
    files = get_files(config)
    page = Page(None, files.get_file_from_path("articles/a1.md"), config)
    page.read_source(config)
    page.render(config, files)
    assert page.title == "Article 1" and page.content and page.toc
    mkdocs_parallel._release(page)
    assert page.title == "Article 1"
    assert (page.markdown, page.content, list(page.toc)) == ("", "", [])
    assert page.present_anchor_ids is None and page.links_to_anchors is None


def test_links_to_anchors_already_seen_are_not_kept_for_the_check() -> None:
    """Only links MkDocs must still check stay: unknown target or missing anchor."""
    anchors = {"a.md": {"x", "y"}, "b.md": None}
    links = {
        "a.md": {"x": "a/#x", "z": "a/#z"},
        "b.md": {"x": "b/#x"},  # a page without anchors (not rendered)
        "c.md": {"x": "c/#x"},  # a page not built yet
    }
    kept = mkdocs_parallel._unchecked(links, anchors)
    assert kept == {"a.md": {"z": "a/#z"}, "b.md": {"x": "b/#x"}, "c.md": {"x": "c/#x"}}
    assert mkdocs_parallel._unchecked({"a.md": {"y": "a/#y"}}, anchors) == {}
    assert mkdocs_parallel._unchecked(None, anchors) is None


def index_files(bundle: Path) -> dict[str, bytes]:
    """A Pagefind bundle's files but its filters (Pagefind writes those in
    an order of its own each run, hence their names and the entry's hash)."""
    return {
        name: data
        for name, data in tree(bundle).items()
        if not name.startswith("filter/")
        and not name.endswith(".pf_meta")
        and name != "pagefind-entry.json"
    }


@pytest.mark.site
def test_the_search_index_runs_beside_the_pages_after_the_articles(
    tmp_path: Path,
) -> None:
    """The workers write the article pages first; the index starts on them then.

    The index is the one the serial build writes after all pages.
    """
    config = small_site(tmp_path, plugins=[])
    env = {"ANNOTATED_NEWS_SEARCH_INDEX": "on", "ANNOTATED_NEWS_MKDOCS_MIN_PAGES": "0"}
    serial = run_mkdocs(config, tmp_path / "serial", "1", env)
    assert serial.returncode == 0, serial.stderr
    assert "beside the other pages" not in serial.stderr
    done = run_mkdocs(config, tmp_path / "parallel", "2", env)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if "Pagefind indexed" in line]
    assert len(lines) == 1 and "beside the other pages" in lines[0], done.stderr
    assert f"Pagefind indexed {ARTICLES} pages" in lines[0]
    bundle = index_files(tmp_path / "parallel" / "pagefind")
    assert bundle == index_files(tmp_path / "serial" / "pagefind")
    assert sum(name.startswith("fragment/") for name in bundle) == ARTICLES


def test_pages_the_index_reads_are_built_first_biggest_first(tmp_path: Path) -> None:
    sizes = {"index.md": 50, "articles/a.md": 10, "big.md": 90, "articles/b.md": 30}
    pages = []
    for name, size in sizes.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x" * size, encoding="utf-8")
        pages.append(SimpleNamespace(src_uri=name, abs_src_path=str(path)))
    first = mkdocs_parallel._order(pages, lambda uri: uri.startswith("articles/"))
    assert first == ["articles/b.md", "articles/a.md", "big.md", "index.md"]
    assert mkdocs_parallel._order(pages, None) == [
        "big.md",
        "index.md",
        "articles/b.md",
        "articles/a.md",
    ]
