"""An edit renders only what it reaches, and gives the bytes of a cold build.

The manifest (`annotated_news/manifest.py`) keeps each page's context digest
and each article's export part. These tests compare an incremental build
with a cold one (no cache, no manifest), and check what was rendered and
written against what really changed.
"""

from __future__ import annotations

import gc
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from annotated_news import build as build_module
from annotated_news import manifest
from annotated_news.build import BuildReport, annotate_seeds, build
from annotated_news.config import SiteConfig
from annotated_news.indexes import build_corpus
from annotated_news.render.context import Page
from annotated_news.render.pages import build_pages

from .test_build import make_seeds, tree

EDITED = "104_variant.txt"


@pytest.fixture
def seed_dir(tmp_path: Path) -> Path:
    return make_seeds(tmp_path / "seeds")


def run(
    tmp: Path, seeds_dir: Path, name: str, cache: bool = True
) -> tuple[BuildReport, Path]:
    docs = tmp / name
    config = SiteConfig(
        seeds_dir=seeds_dir, docs_dir=docs, cache_dir=tmp / "cache" if cache else None
    )
    return build(config, jobs=1), docs


def cold(tmp: Path, seeds_dir: Path, name: str) -> dict[str, bytes]:
    _, docs = run(tmp, seeds_dir, name, cache=False)
    return tree(docs)


def contexts(seeds_dir: Path) -> dict[str, Page]:
    """Every page's context, by path: what a page is made from."""
    read = annotate_seeds(SiteConfig(seeds_dir=seeds_dir, docs_dir=Path("unused")))
    return {p.path: p for p in build_pages(build_corpus(read.articles, read.ids))}


def replace_once(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # One word of a quote.
        ("a source of tension", "a source of friction"),
        # A name joins another article's (its pages, cards and lists change).
        ("Stephen Miller", "Stephen Mueller"),
    ],
)
def test_an_edit_renders_and_writes_only_the_pages_whose_inputs_changed(
    tmp_path: Path, seed_dir: Path, old: str, new: str
) -> None:
    before = cold(tmp_path, seed_dir, "cold-before")
    inputs_before = contexts(seed_dir)
    run(tmp_path, seed_dir, "docs")
    replace_once(seed_dir / EDITED, old, new)
    report, docs = run(tmp_path, seed_dir, "docs")
    after = tree(docs)
    assert after == cold(tmp_path, seed_dir, "cold-after")
    # Written: exactly the files whose bytes changed.
    changed = {n for n in after if before.get(n) != after[n]}
    assert set(report.write.written) == changed
    # Rendered anew: exactly the pages whose Markdown changed, each one of
    # the pages whose context changed. (Some pages whose context changed
    # keep their file: a context field the template does not show.)
    inputs_after = contexts(seed_dir)
    new_context = {
        path for path, page in inputs_after.items() if inputs_before.get(path) != page
    }
    assert set(report.rendered) == {n for n in changed if n.endswith(".md")}
    assert set(report.rendered) <= new_context
    assert any(p.startswith("articles/2025-05-14-variant-4") for p in report.rendered)
    assert len(report.rendered) < len([n for n in after if n.endswith(".md")]) / 2


def test_a_build_with_nothing_changed_renders_nothing(
    tmp_path: Path, seed_dir: Path
) -> None:
    first, docs = run(tmp_path, seed_dir, "docs")
    assert first.rendered  # no manifest yet: every page
    again, _ = run(tmp_path, seed_dir, "docs")
    assert again.rendered == ()
    assert again.write.written == () and again.write.removed == ()
    assert tree(docs) == cold(tmp_path, seed_dir, "cold")


def test_a_page_changed_by_hand_is_rendered_again(
    tmp_path: Path, seed_dir: Path
) -> None:
    _, docs = run(tmp_path, seed_dir, "docs")
    page = docs / "people.md"
    page.write_text(page.read_text(encoding="utf-8") + "hand edit\n", "utf-8")
    report, _ = run(tmp_path, seed_dir, "docs")
    assert report.rendered == ("people.md",)
    assert tree(docs) == cold(tmp_path, seed_dir, "cold")


def count_exports(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The seeds whose export part is made from now on (filled as it runs)."""
    made: list[str] = []
    real = build_module.article_lines

    def counting(corpus, article, site):  # type: ignore[no-untyped-def]
        made.append(article.seed)
        return real(corpus, article, site)

    monkeypatch.setattr(build_module, "article_lines", counting)
    return made


def test_unchanged_articles_keep_their_export_part(
    tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(tmp_path, seed_dir, "docs")
    made = count_exports(monkeypatch)
    replace_once(seed_dir / EDITED, "a source of tension", "a source of friction")
    _, docs = run(tmp_path, seed_dir, "docs")
    assert made == [EDITED]
    assert tree(docs) == cold(tmp_path, seed_dir, "cold")


def count_events(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The slugs whose `timeline.json` events are made from now on, by where:
    in the render tasks, or at the end in the build's process alone."""
    made: dict[str, list[str]] = {"tasks": [], "end": []}
    where = ["tasks"]
    real_text, real_file = build_module.event_text, build_module.timeline_from_parts

    def text(events, site_url):  # type: ignore[no-untyped-def]
        made[where[0]].append(events[0].article.slug)
        return real_text(events, site_url)

    def timeline(*args, **kwargs):  # type: ignore[no-untyped-def]
        where[0] = "end"
        try:
            return real_file(*args, **kwargs)
        finally:
            where[0] = "tasks"

    monkeypatch.setattr(build_module, "event_text", text)
    monkeypatch.setattr(build_module, "timeline_from_parts", timeline)
    return made


@pytest.mark.parametrize("cache", [True, False])
def test_timeline_events_are_made_by_the_render_tasks(
    tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch, cache: bool
) -> None:
    expected = cold(tmp_path, seed_dir, "cold")
    made = count_events(monkeypatch)
    _, docs = run(tmp_path, seed_dir, "docs", cache=cache)
    assert tree(docs) == expected
    read = annotate_seeds(SiteConfig(seeds_dir=seed_dir, docs_dir=Path("unused")))
    corpus = build_corpus(read.articles, read.ids)
    events = json.loads(expected["timeline.json"])["events"]
    assert len(made["tasks"]) == len(events) > len(corpus.articles)
    assert made["end"] == []
    if cache:  # an edit makes the edited article's events only, in its task
        made["tasks"].clear()
        replace_once(seed_dir / EDITED, "a source of tension", "a source of friction")
        _, docs = run(tmp_path, seed_dir, "docs")
        edited = next(a.slug for a in corpus.articles if a.seed == EDITED)
        assert set(made["tasks"]) == {edited}
        assert made["end"] == []
        assert tree(docs) == cold(tmp_path, seed_dir, "cold-after")


def test_a_manifest_of_other_code_or_a_damaged_one_is_not_used(
    tmp_path: Path, seed_dir: Path
) -> None:
    run(tmp_path, seed_dir, "docs")
    cache = tmp_path / "cache"
    templates = SiteConfig(seeds_dir=seed_dir, docs_dir=tmp_path).templates_dir
    code = manifest.code_digest(templates.resolve())
    assert manifest.load(cache, code).pages
    assert manifest.load(cache, "other code") == manifest.Manifest("other code")
    (cache / manifest.NAME).write_bytes(b"not a pickle")
    assert manifest.load(cache, code) == manifest.Manifest(code)
    report, docs = run(tmp_path, seed_dir, "docs")
    assert len(report.rendered) == len([n for n in tree(docs) if n.endswith(".md")])


def test_a_docs_folder_replaced_by_another_is_rendered_whole(
    tmp_path: Path, seed_dir: Path
) -> None:
    _, docs = run(tmp_path, seed_dir, "docs")
    shutil.rmtree(docs)
    report, _ = run(tmp_path, seed_dir, "docs")
    assert len(report.rendered) == len([n for n in tree(docs) if n.endswith(".md")])
    assert tree(docs) == cold(tmp_path, seed_dir, "cold")


def test_a_collection_changed_by_hand_is_exported_whole(
    tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Parts are read back from docs/annotations.jsonld only while it is the
    file the last build wrote: edited by hand, every part is made again."""
    _, docs = run(tmp_path, seed_dir, "docs")
    made = count_exports(monkeypatch)
    export = docs / "annotations.jsonld"
    export.write_text(export.read_text(encoding="utf-8") + " ", "utf-8")
    report, _ = run(tmp_path, seed_dir, "docs")
    assert sorted(made) == sorted(p.name for p in seed_dir.glob("*.txt"))
    assert report.write.written == ("annotations.jsonld",)
    assert tree(docs) == cold(tmp_path, seed_dir, "cold")


def test_an_edit_of_one_seed_renders_in_the_builds_process(
    tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = SiteConfig(
        seeds_dir=seed_dir, docs_dir=tmp_path / "docs", cache_dir=tmp_path / "cache"
    )
    jobs: list[int] = []
    real = build_module.map_chunks_beside

    def spy(*args: Any, **kwargs: Any) -> Any:
        jobs.append(args[3])  # the processes the render stage may use
        return real(*args, **kwargs)

    monkeypatch.setattr(build_module, "map_chunks_beside", spy)
    build(config, jobs=2)
    assert jobs == [2]  # every page rendered: a worker may share them
    replace_once(seed_dir / EDITED, "a source of tension", "a source of friction")
    report = build(config, jobs=2)
    assert jobs == [2, 1]
    assert report.rendered
    assert tree(config.docs_dir) == cold(tmp_path, seed_dir, "cold-after")


def test_an_edit_takes_its_digests_with_the_collector_paused(
    tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = SiteConfig(
        seeds_dir=seed_dir, docs_dir=tmp_path / "docs", cache_dir=tmp_path / "cache"
    )
    collecting: list[bool] = []
    real = build_module.render_chunk

    def spy(shared: Any, chunk: Any) -> Any:
        collecting.append(gc.isenabled())
        return real(shared, chunk)

    monkeypatch.setattr(build_module, "render_chunk", spy)
    build(config, jobs=1)
    # Every page rendered through Jinja: its cycles are the collector's.
    assert collecting and all(collecting)
    collecting.clear()
    replace_once(seed_dir / EDITED, "a source of tension", "a source of friction")
    report = build(config, jobs=1)
    assert report.rendered
    assert collecting and not any(collecting)
    assert gc.isenabled()  # and on again after the build
    assert tree(config.docs_dir) == cold(tmp_path, seed_dir, "cold-after")
