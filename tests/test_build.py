"""The build at scale: annotation cache, parallel workers, incremental writes.

No timings here (speed is `make bench`'s job): these tests check that the
fast paths give exactly the bytes of the plain ones and skip what they claim.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from annotated_news import cache_packs, parallel, seeds
from annotated_news.build import BuildReport, build, read_articles
from annotated_news.config import SiteConfig
from annotated_news.errors import SeedErrors
from annotated_news.indexes import build_corpus
from annotated_news.render.context import Page
from annotated_news.render.pages import corpus_wide, page_makers

from .conftest import ROOT, SEEDS

EXTRA = 6
"""Derived seeds added to the repository's two, so that work is cut in chunks."""


def make_seeds(folder: Path) -> Path:
    """The repository's seeds plus variants of one (other dates and headlines)."""
    shutil.copytree(SEEDS, folder)
    base = (SEEDS / "003_0f36b1109f0a2ec0.txt").read_text(encoding="utf-8")
    rest = base.partition("\n")[2]
    for i in range(1, EXTRA + 1):
        headline = f" date 2025-05-{10 + i:02d} Variant {i} of the operation story"
        (folder / f"1{i:02d}_variant.txt").write_text(
            f"{headline}\n{rest}", encoding="utf-8"
        )
    (folder / "101_variant.yml").write_text("outlet: Variant Wire\n", encoding="utf-8")
    return folder


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run(
    tmp: Path, seeds_dir: Path, name: str, jobs: int = 1, cache: bool = True
) -> tuple[BuildReport, Path]:
    docs = tmp / name
    config = SiteConfig(
        seeds_dir=seeds_dir, docs_dir=docs, cache_dir=tmp / "cache" if cache else None
    )
    return build(config, jobs=jobs), docs


@pytest.fixture
def seed_dir(tmp_path: Path) -> Path:
    return make_seeds(tmp_path / "seeds")


# The cache ------------------------------------------------------------------


def test_results_made_in_this_process_are_not_pickled_on_the_way(
    tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One process: pickled only for the cache entry, never loaded again.

    (With a cache, the render manifest also pickles page contexts to digest
    them: those are not results, so only pickled results are counted then.
    The listing pages built before the render stage are held packed: those
    are not results either.)
    """
    import pickle

    from annotated_news import build as build_module

    calls: list[str] = []
    dumps, loads = pickle.dumps, pickle.loads

    def counted_dumps(obj: object, *args: Any, **kwargs: Any) -> bytes:
        calls.append(
            "dumps"
            if isinstance(obj, seeds.Annotated)
            else "pages"
            if isinstance(obj, list) and all(isinstance(p, Page) for p in obj)
            else "digest"
        )
        return dumps(obj, *args, **kwargs)

    def counted_loads(data: bytes) -> object:
        found = loads(data)
        is_pages = isinstance(found, list) and all(isinstance(p, Page) for p in found)
        # A cache pack's header (a tuple of keys) is not a result either.
        is_header = isinstance(found, tuple)
        calls.append("pages" if is_pages else "digest" if is_header else "loads")
        return found

    monkeypatch.setattr(seeds.pickle, "dumps", counted_dumps)
    monkeypatch.setattr(build_module.pickle, "loads", counted_loads)
    n = len(list(seed_dir.glob("*.txt")))
    report, docs = run(tmp_path, seed_dir, "no-cache", cache=False)
    assert (report.articles, [c for c in calls if c != "pages"]) == (n, [])
    report, cached_docs = run(tmp_path, seed_dir, "with-cache")
    assert [c for c in calls if c not in ("digest", "pages")] == ["dumps"] * n
    assert tree(cached_docs) == tree(docs)


def _slotted_fields(obj: object, seen: set[int]) -> list[tuple[str, object]]:
    """Every field of every model object reachable from `obj`, with its value."""
    import dataclasses as dc

    if id(obj) in seen:
        return []
    seen.add(id(obj))
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [f for item in obj for f in _slotted_fields(item, seen)]
    if isinstance(obj, dict):
        return [f for kv in obj.items() for f in _slotted_fields(kv, seen)]
    if not dc.is_dataclass(obj):
        return []
    out: list[tuple[str, object]] = []
    for field in dc.fields(obj):
        value = getattr(obj, field.name)
        out.append((f"{type(obj).__name__}.{field.name}", value))
        out += _slotted_fields(value, seen)
    return out


def test_a_cached_article_loads_back_equal_field_by_field(tmp_path: Path) -> None:
    """The cache pickles model objects as calls of makers written per class
    (`seeds._maker`): loaded back, every object has every field it had.

    The seeds have quotes, figures, dates, names, credits and a note.
    """
    import pickle

    classes: set[str] = set()
    for path in sorted(SEEDS.glob("*.txt")):
        annotated = seeds.annotate_seed(path)
        data = pickle.dumps(annotated, protocol=pickle.HIGHEST_PROTOCOL)
        assert b"_make_Span" in data  # the makers are used, not dataclasses'
        loaded = pickle.loads(data)
        assert loaded == annotated
        before = _slotted_fields(annotated, set())
        after = _slotted_fields(loaded, set())
        assert [(n, repr(v)) for n, v in after] == [(n, repr(v)) for n, v in before]
        classes |= {name.partition(".")[0] for name, _ in before}
    assert {"Figure", "Quote", "DateMention", "EntityMention", "Credit", "Note"} <= (
        classes
    )


def test_the_cycle_collector_is_back_after_a_paused_block() -> None:
    import gc

    from annotated_news.build import collector_paused

    assert gc.isenabled()
    try:
        with pytest.raises(KeyError), collector_paused():
            assert not gc.isenabled()
            made = [[n] for n in range(1000)]
            raise KeyError("x")
        assert gc.isenabled()
        assert gc.get_freeze_count() >= len(made)  # what it made is frozen
        gc.unfreeze()
        gc.disable()
        with collector_paused():
            pass
        assert not gc.isenabled()  # it stays as the caller had it
    finally:
        gc.enable()
        gc.unfreeze()


def test_unchanged_seeds_come_from_the_cache_with_the_same_output(
    tmp_path: Path, seed_dir: Path
) -> None:
    first, docs = run(tmp_path, seed_dir, "docs")
    assert first.cached == 0
    fresh = tree(docs)
    second, docs = run(tmp_path, seed_dir, "docs2")
    assert second.cached == first.articles == EXTRA + 2
    assert tree(docs) == fresh


def test_a_changed_seed_or_sidecar_misses_the_cache(
    tmp_path: Path, seed_dir: Path
) -> None:
    run(tmp_path, seed_dir, "docs")
    seed = seed_dir / "102_variant.txt"
    seed.write_text(
        seed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8"
    )
    assert run(tmp_path, seed_dir, "docs")[0].cached == EXTRA + 1
    (seed_dir / "101_variant.yml").write_text("outlet: Other Wire\n", encoding="utf-8")
    report, docs = run(tmp_path, seed_dir, "docs")
    assert report.cached == EXTRA + 1
    assert "Other Wire" in "".join(p.read_text() for p in docs.glob("articles/*.md"))
    # Entries of seeds that changed are dropped: one per seed remains.
    assert len(cached_keys(tmp_path / "cache")) == EXTRA + 2


def test_a_change_of_the_annotating_code_misses_the_cache(
    tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Seeds older than the racy window, so that the keys remembered from the
    # first build are trusted by their file times (as on a slow machine):
    # the new code must still find keys of its own.
    old = time.time() - 60
    for seed in seed_dir.iterdir():
        os.utime(seed, (old, old))
    run(tmp_path, seed_dir, "docs")
    monkeypatch.setattr(seeds, "fingerprint", lambda: "0123456789abcdef-other-code")
    report, _ = run(tmp_path, seed_dir, "docs")
    assert report.cached == 0
    # The entries of the old code are removed with their folder (beside the
    # folders: the render manifest, one file; the compiled templates' folder,
    # build.compiled_folder, is kept).
    folders = sorted(p.name for p in (tmp_path / "cache").iterdir() if p.is_dir())
    assert folders == ["0123456789abcdef", "templates"]


def cached_keys(cache: Path) -> list[str]:
    """The keys of every entry in the cache's packs (a key twice: listed twice)."""
    return [
        key
        for pack in cache.glob("*/*" + cache_packs.SUFFIX)
        for key, _, _ in cache_packs.read_header(pack) or ()
    ]


def test_a_damaged_entry_is_a_miss(tmp_path: Path, seed_dir: Path) -> None:
    _, docs = run(tmp_path, seed_dir, "docs")
    packs = list((tmp_path / "cache").glob("*/*" + cache_packs.SUFFIX))
    assert packs
    for pack in packs:
        # Each entry's bytes overwritten in place: the packs' headers still
        # read, every entry fails to load.
        data = bytearray(pack.read_bytes())
        for _, at, length in cache_packs.read_header(pack) or ():
            data[at : at + length] = b"x" * length
        pack.write_bytes(bytes(data))
    report, again = run(tmp_path, seed_dir, "docs2")
    assert report.cached == 0
    assert tree(again) == tree(docs)


def test_a_torn_pack_is_a_miss_and_is_removed(tmp_path: Path, seed_dir: Path) -> None:
    _, docs = run(tmp_path, seed_dir, "docs")
    for pack in (tmp_path / "cache").glob("*/*" + cache_packs.SUFFIX):
        pack.write_bytes(pack.read_bytes()[:-1])  # one byte short of its header
    report, again = run(tmp_path, seed_dir, "docs2")
    assert report.cached == 0
    assert tree(again) == tree(docs)
    # The torn packs are gone; what the second build stored is whole.
    assert sorted(cached_keys(tmp_path / "cache")) == sorted(report_keys(tmp_path))
    assert run(tmp_path, seed_dir, "docs3")[0].cached == report.articles


def report_keys(tmp_path: Path) -> list[str]:
    """The keys the seeds of the last build have (from the kept seed keys)."""
    import pickle

    _, entries = pickle.loads((tmp_path / "cache" / "seed-keys.pickle").read_bytes())
    return [entry[3] for entry in entries.values()]


def test_the_fingerprint_covers_every_module_the_article_stage_imports() -> None:
    code = (
        "import sys, annotated_news.seeds; print('\\n'.join(m.__file__ for m in "
        "list(sys.modules.values()) if m.__name__.startswith('annotated_news') "
        "and getattr(m, '__file__', None)))"
    )  # namespace folders have none
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    hashed = {p.resolve() for p in seeds.code_files()}
    assert out
    for module in out:
        assert Path(module).resolve() in hashed, module
    # The later stages are not hashed: editing a template's code keeps the cache.
    later = [
        p
        for p in hashed
        if p.relative_to(seeds.PACKAGE).parts[0] in ("indexes", "render", "export")
    ]
    assert later == []  # parse/ and annotators/ import no later stage
    assert seeds.PACKAGE / "annotators" / "__init__.py" in hashed
    assert seeds.PACKAGE / "parse" / "notes.py" in hashed
    assert seeds.PACKAGE / "index_parts.py" in hashed


CACHED_RE = re.compile(r"annotate: (\d+) seeds, (\d+) from the cache")


def test_editing_a_render_or_index_module_keeps_the_cache(
    tmp_path: Path, seed_dir: Path
) -> None:
    """In a copy of the package: later stages edited, then a parse module."""
    checkout = tmp_path / "checkout"
    shutil.copytree(
        seeds.PACKAGE,
        checkout / "annotated_news",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    (checkout / "templates").symlink_to(ROOT / "templates")
    env = {**os.environ, "PYTHONPATH": str(checkout)}

    def cached() -> tuple[int, int]:
        log = subprocess.run(
            [
                *(sys.executable, "-m", "annotated_news", "--seeds", str(seed_dir)),
                *("--docs", str(tmp_path / "docs"), "--cache", str(tmp_path / "cache")),
            ],
            cwd=tmp_path,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stderr
        found = CACHED_RE.search(log)
        assert found, log
        return int(found.group(1)), int(found.group(2))

    def edit(*parts: str) -> None:
        with (checkout / "annotated_news").joinpath(*parts).open("a") as module:
            module.write("\n# edited\n")

    where = subprocess.run(
        [sys.executable, "-c", "import annotated_news; print(annotated_news.__file__)"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert Path(where.strip()).parent == checkout / "annotated_news"
    seeds_count = len(list(seed_dir.glob("*.txt")))
    assert cached() == (seeds_count, 0)
    for parts in [
        ("render", "notes.py"),
        ("render", "article.py"),
        ("render", "escape.py"),
        ("indexes", "places.py"),
        ("indexes", "__init__.py"),
        ("export", "annotations.py"),
        ("build.py",),
    ]:
        edit(*parts)
    assert cached() == (seeds_count, seeds_count)
    edit("parse", "notes.py")
    assert cached() == (seeds_count, 0)
    # The indexes' per-article parts are cached with the annotations: the
    # code that finds them is part of the key (render and index modules,
    # edited above, are not), so editing it finds every part again.
    assert cached() == (seeds_count, seeds_count)
    edit("index_parts.py")
    assert cached() == (seeds_count, 0)


# Parallel and reproducible -----------------------------------------------------

DRIVER = """
import sys
import time
from pathlib import Path
if sys.argv[1] == "reversed":  # list the seed folder in the other order
    listed = Path.iterdir
    Path.iterdir = lambda self: iter(sorted(listed(self), reverse=True))
from annotated_news.cli import main
sys.exit(main(sys.argv[2:]))
"""


def cli_build(
    seeds_dir: Path, docs: Path, order: str, hash_seed: str, *options: str
) -> str:
    """Build in a fresh process (no other thread: workers can be forked); its log."""
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    return subprocess.run(
        [
            sys.executable,
            "-c",
            DRIVER,
            order,
            "--seeds",
            str(seeds_dir),
            "--docs",
            str(docs),
            *options,
        ],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stderr


def test_parallel_and_serial_builds_give_the_same_bytes(
    tmp_path: Path, seed_dir: Path
) -> None:
    cli_build(seed_dir, tmp_path / "serial", "sorted", "1", "--jobs", "1", "--no-cache")
    log = cli_build(
        seed_dir, tmp_path / "parallel", "reversed", "2", "--jobs", "2", "--no-cache"
    )
    assert re.search(r"^annotate: .* on 2 workers", log, re.M), log
    assert re.search(r"^render: .* on 2 workers", log, re.M), log
    serial = tree(tmp_path / "serial")
    assert len(serial) > 20
    assert tree(tmp_path / "parallel") == serial
    # And from the cache that the parallel workers filled.
    cli_build(
        seed_dir,
        tmp_path / "cached",
        "reversed",
        "3",
        "--jobs",
        "2",
        "--cache",
        str(tmp_path / "cache"),
    )
    cli_build(
        seed_dir,
        tmp_path / "cached",
        "sorted",
        "4",
        "--jobs",
        "2",
        "--cache",
        str(tmp_path / "cache"),
    )
    assert tree(tmp_path / "cached") == serial


def test_the_work_really_is_cut_into_chunks_for_workers(
    tmp_path: Path, seed_dir: Path
) -> None:
    pids = list(parallel.map_chunks(_pid, None, list(range(40)), jobs=2, chunk_size=4))
    assert len(set(pids)) >= 2 and os.getpid() not in pids


def _pid(shared: None, chunk: object) -> int:
    del shared, chunk
    import time

    time.sleep(0.02)  # long enough that both workers take chunks
    return os.getpid()


def test_bad_seeds_in_workers_are_all_reported_by_file_and_line(
    tmp_path: Path, seed_dir: Path
) -> None:
    (seed_dir / "050_bad.txt").write_text(" date 2025-13-45 Impossible\nText.\n")
    (seed_dir / "150_empty.txt").write_text("")
    with pytest.raises(SeedErrors) as caught:
        run(tmp_path, seed_dir, "docs", jobs=2)
    messages = [e.message() for e in caught.value.errors]
    assert messages == [
        f"{seed_dir / '050_bad.txt'}:1: impossible date '2025-13-45' "
        "(write a real publication date as YYYY-MM-DD)",
        f"{seed_dir / '150_empty.txt'}:1: empty file "
        "(start with ' date YYYY-MM-DD' and the article text)",
    ]
    assert not (tmp_path / "docs").exists()


# Incremental --------------------------------------------------------------------


def test_an_edit_rewrites_only_the_files_whose_bytes_change(
    tmp_path: Path, seed_dir: Path
) -> None:
    _, docs = run(tmp_path, seed_dir, "docs")
    before = tree(docs)
    stat = {name: (docs / name).stat() for name in before}
    seed = seed_dir / "104_variant.txt"
    seed.write_text(
        seed.read_text(encoding="utf-8")
        + "\nAn editor added this line without names.\n",
        encoding="utf-8",
    )
    report, _ = run(tmp_path, seed_dir, "docs")
    after = tree(docs)
    assert report.cached == EXTRA + 1
    changed = {n for n in after if before.get(n) != after[n]}
    assert set(report.write.written) == changed
    page = next(n for n in changed if n.startswith("articles/2025-05-14-variant-4"))
    assert changed - {page} <= {"index.md", "annotations.jsonld"}
    for name in report.write.unchanged:  # the same file: same inode and mtime
        now = (docs / name).stat()
        assert (now.st_ino, now.st_mtime_ns) == (
            stat[name].st_ino,
            stat[name].st_mtime_ns,
        ), name
    # The incremental result is the full build's.
    _, full = run(tmp_path, seed_dir, "full", cache=False)
    assert tree(full) == after


# MkDocs on every core -------------------------------------------------------------

MKDOCS_DRIVER = """
import logging, sys
logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
from annotated_news.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.site
def test_mkdocs_pages_built_by_workers_are_the_serial_build_s_bytes(
    tmp_path: Path, seed_dir: Path
) -> None:
    def site(name: str, jobs: str) -> str:
        env = {
            **os.environ,
            "ANNOTATED_NEWS_SEARCH_INDEX": "off",
            "ANNOTATED_NEWS_MKDOCS_JOBS": jobs,
            "ANNOTATED_NEWS_MKDOCS_MIN_PAGES": "0",
            "NO_MKDOCS_2_WARNING": "1",
        }
        return subprocess.run(
            [
                sys.executable,
                "-c",
                MKDOCS_DRIVER,
                "--seeds",
                str(seed_dir),
                "--docs",
                str(tmp_path / "docs"),
                "--site",
                str(tmp_path / name),
                "--config-file",
                str(ROOT / "mkdocs.yml"),
                "--quiet",
            ],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stderr

    assert "pages on 2 workers" not in site("serial", "1")
    assert "pages on 2 workers" in site("parallel", "2")
    serial = tree(tmp_path / "serial")
    assert sum(name.endswith(".html") for name in serial) > 30
    assert tree(tmp_path / "parallel") == serial


def test_the_summary_line_counts_what_the_pages_count(tmp_path: Path) -> None:
    """Quotes as the home page counts them; the form `make bench` parses."""
    from tools.benchmark.__main__ import SUMMARY_RE

    report, docs = run(tmp_path, SEEDS, "docs")
    line = report.summary()
    home = (docs / "index.md").read_text(encoding="utf-8")
    quotes = re.search(r"(\d+) quotes, ", home)
    assert quotes, home[:500]
    assert f" {quotes.group(1)} quotes, " in line, line
    assert re.search(r"\d+ scare quotes?, ", line), line
    assert "0 warnings; " in line and SUMMARY_RE.search(line), line
    again, _ = run(tmp_path, SEEDS, "docs")
    assert "0 files written, " in again.summary()
    edited = tmp_path / "edited"
    shutil.copytree(SEEDS, edited)
    seed = edited / "000_356ed7786aea7bd9.txt"
    seed.write_text(
        seed.read_text(encoding="utf-8") + "\nOne more closing line.\n",
        encoding="utf-8",
    )
    config = SiteConfig(seeds_dir=edited, docs_dir=docs, cache_dir=tmp_path / "cache")
    changed = build(config, jobs=1).summary()
    assert SUMMARY_RE.search(changed), changed


def test_with_here_this_process_and_a_worker_share_the_chunks_in_order() -> None:
    # Without fork (another thread runs: a test plugin's), only workers run.
    fork = parallel.can_fork()
    found = list(
        parallel.map_chunks(
            _pid_and_chunk, None, list(range(60)), jobs=2, chunk_size=3, here=True
        )
    )
    assert [n for _, chunk in found for n in chunk] == list(range(60))
    pids = {pid for pid, _ in found}
    assert (os.getpid() in pids) is fork and len(pids) >= 2


def _pid_and_chunk(shared: None, chunk: Sequence[int]) -> tuple[int, list[int]]:
    del shared
    import time

    time.sleep(0.02)
    return os.getpid(), list(chunk)


FIRST_HERE = """
import multiprocessing, os, time
from annotated_news import parallel

def job(shared, chunk):
    time.sleep(0.02)  # long enough that the worker takes chunks too
    return os.getpid(), list(chunk), len(multiprocessing.active_children())

assert parallel.can_fork()
found = list(parallel.map_chunks(
    job, None, list(range(40)), jobs=2, chunk_size=3, here=True, first_here=7
))
# One chunk, run here before any worker is forked: no memory page is shared yet.
assert found[0] == (os.getpid(), list(range(7)), 0), found[0]
assert [n for _, chunk, _ in found for n in chunk] == list(range(40))
assert all(len(chunk) == 3 for _, chunk, _ in found[1:-1])
assert any(pid != os.getpid() for pid, _, _ in found[1:])
"""


BESIDE = """
import multiprocessing, os, time
from annotated_news import parallel

def job(shared, chunk):
    time.sleep(0.05 if chunk[0] < 7 else 0.01)
    return os.getpid(), list(chunk), len(multiprocessing.active_children())

assert parallel.can_fork()
items = list(range(7, 47))
found = list(parallel.map_chunks_beside(job, None, list(range(47)), 2, 4, beside=7))
# Every item once; each chunk's start is its first item.
assert sorted(n for _, (_, chunk, _) in found for n in chunk) == list(range(47))
assert all(start == chunk[0] for start, (_, chunk, _) in found)
# The first 7 run here, alone, in order, while a worker runs the others ...
own = [(chunk, alive) for _, (pid, chunk, alive) in found if pid == os.getpid()]
assert [chunk for chunk, _ in own[:7]] == [[n] for n in range(7)], own
assert all(alive == 1 for _, alive in own[:7]), own
# ... whose results come between them, before the last of them is done.
others = [chunk for _, (_, chunk, _) in found if chunk[0] >= 7]
assert [n for chunk in others for n in chunk] == items
first_other = next(i for i, (_, (_, chunk, _)) in enumerate(found) if chunk[0] >= 7)
assert first_other < 7, [chunk for _, (_, chunk, _) in found]
# One job: everything here, in order, the first 7 as one chunk.
alone = list(parallel.map_chunks_beside(job, None, list(range(47)), 1, 4, beside=7))
assert alone[0][0] == 0 and alone[0][1][1] == list(range(7))
assert [n for _, (_, chunk, _) in alone for n in chunk] == list(range(47))
"""


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork"
)
@pytest.mark.parametrize(
    "script",
    [
        # map_chunks: the first items, one chunk, run here before any fork.
        FIRST_HERE,
        # map_chunks_beside (the render stage's corpus-wide pages): the first
        # items run here one by one while a worker runs the rest.
        BESIDE,
    ],
    ids=["first_here", "beside"],
)
def test_the_first_items_run_in_this_process(script: str) -> None:
    # A fresh process, so that no test plugin's thread rules out fork.
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def test_page_makers_start_with_the_corpus_wide_pages() -> None:
    # build.render_site runs the first corpus_wide() makers in its own process
    # (beside its workers).
    corpus = build_corpus(read_articles(SiteConfig(seeds_dir=SEEDS))[0])
    makers = page_makers(corpus)
    wide = corpus_wide(makers, corpus)
    first = [page.path for make in makers[:wide] for page in make()]
    assert "index.md" in first and "timeline.md" in first and "quotes.md" in first
    assert {"crosslinks.md", "people.md", "stories.md"} <= set(first)
    assert not any(path.startswith("articles/") for path in first)
    rest = [page.path for make in makers[wide:] for page in make()]
    assert not {"index.md", "timeline.md", "quotes.md", "figures.md"} & set(rest)
