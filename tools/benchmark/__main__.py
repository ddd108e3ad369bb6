"""Build speed and size from 1,000 to 10,000 articles; writes benchmarks/build.md.

    python -m tools.benchmark [--sizes 1000,2500,10000] [--quick] [--no-search]

For each step of the ladder (see ladder.py), in a temporary folder, each
stage runs as its own process and is timed with its peak memory:

1. `build_site.py` with an empty annotation cache (per-stage seconds from
   its summary line);
2. `mkdocs build --strict` with the Pagefind search index the hook writes
   (when MkDocs builds in workers, it runs beside the pages after the
   article pages; the hook's log line gives its seconds, `SearchBeside`);
3. the search index as a stage of its own only when the build did not write
   it (MkDocs built serially), with the command the hook runs;
4. the floor: a bare `mkdocs build --strict` of the same texts as plain
   Markdown, the project's mkdocs.yml without hooks, articles not in the nav;
5. incremental: one seed edited, then `build_site.py` (cache warm),
   `mkdocs build --dirty` and the search index again.

At the largest step it searches the site in headless Chromium. Benchmarks are
not tests: nothing here runs in `make test`.
"""

from __future__ import annotations

import argparse
import dataclasses as dc
import datetime as dt
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from annotated_news.search import index_command
from tools.evaluate.__main__ import commit
from tools.folder import ToolFolderError, claim

from . import ladder, measure
from .search import SearchResult

ROOT = Path(__file__).resolve().parent.parent.parent
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"
SIZES = (1000, 2500, 10000)
QUERIES = ("oil", "president", "election")
PAGE_LIMIT = 500 * 1024
SUMMARY_RE = re.compile(
    r"(\d+) files? written, (\d+) unchanged, (\d+) removed; "
    r"([\d.]+) s(?: \((.*)\))?"
)
STAGE_RE = re.compile(r"^(\w+): .*\(([\d.]+) s, CPU ([\d.]+) s\)$", re.M)


@dc.dataclass(slots=True)
class Build:
    """One build_site.py run."""

    run: measure.Run
    stages: dict[str, float]
    written: int
    unchanged: int
    cpu: dict[str, float] = dc.field(default_factory=dict)
    """CPU seconds of each stage, from build_site.py's log lines."""
    peak: dict[str, float] = dc.field(default_factory=dict)
    """Peak PSS (MB) of the process tree during each stage: the samples
    between the stage's log line and the one before."""


@dc.dataclass(slots=True)
class Step:
    """Everything measured at one size."""

    articles: int
    seed_bytes: int
    full: Build
    mkdocs: measure.Run
    search: measure.Run | SearchBeside
    """The index: a stage of its own, or what the hook said it took beside
    the pages (its time is then inside `mkdocs`)."""
    floor: measure.Run
    site_bytes: int
    html_pages: int
    largest: list[tuple[str, int]]
    """Largest files of the site (path, bytes)."""
    over_limit: list[tuple[str, int]]
    """HTML pages over PAGE_LIMIT."""
    docs_bytes: int = 0
    """Bytes of the generated docs/ (Markdown and exports)."""
    incremental: Build | None = None
    inc_mkdocs: measure.Run | None = None
    inc_search: measure.Run | None = None

    @property
    def total(self) -> float:
        alone = self.search.wall if isinstance(self.search, measure.Run) else 0.0
        return self.full.run.wall + self.mkdocs.wall + alone

    @property
    def inc_total(self) -> float | None:
        if not (self.incremental and self.inc_mkdocs and self.inc_search):
            return None
        return self.incremental.run.wall + self.inc_mkdocs.wall + self.inc_search.wall


@dc.dataclass(slots=True)
class SearchBeside:
    """The index written inside `mkdocs build`, beside the other pages."""

    pages: int
    wall: float
    """Seconds from its start to its end."""
    waited: float
    """Seconds the build waited for it after its own pages."""


BESIDE_RE = re.compile(
    r"Pagefind indexed ([0-9]+) pages in ([0-9.]+) s, beside the other pages "
    r"\(waited ([0-9.]+) s"
)


def search_beside(built: measure.Run) -> SearchBeside | None:
    found = BESIDE_RE.search(built.stderr)
    if found is None:
        return None
    return SearchBeside(
        int(found.group(1)), float(found.group(2)), float(found.group(3))
    )


def python(*args: str | Path) -> list[str]:
    return [sys.executable, *map(str, args)]


def env() -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def build_site(seeds: Path, docs: Path, cache: Path, jobs: int) -> Build:
    run = measure.run(
        python(
            "build_site.py",
            "--seeds",
            seeds,
            "--docs",
            docs,
            "--cache",
            cache,
            "--jobs",
            str(jobs),
        ),
        cwd=ROOT,
        env=env(),
    )
    found = SUMMARY_RE.search(run.stdout)
    if not found:
        raise RuntimeError(f"no summary line in: {run.stdout!r}")
    stages = {}
    for part in (found.group(5) or "").split(", "):
        name, _, seconds = part.rpartition(" ")
        if name:
            stages[name] = float(seconds)
    cpu = {m.group(1): float(m.group(3)) for m in STAGE_RE.finditer(run.stderr)}
    peak: dict[str, float] = {}
    since = 0.0
    for at, line in run.stderr_lines:
        stage = STAGE_RE.match(line)
        if stage:
            peak[stage.group(1)] = run.peak_between(since, at)
            since = at
    return Build(run, stages, int(found.group(1)), int(found.group(2)), cpu, peak)


def mkdocs(docs: Path, site: Path, *options: str) -> measure.Run:
    return measure.run(
        python(
            "-m", "tools.benchmark.stage", ROOT / "mkdocs.yml", docs, site, *options
        ),
        cwd=ROOT,
        env=env(),
    )


def search_index(site: Path) -> measure.Run:
    # The build's own command (annotated_news/search.py): its glob and exclusions.
    return measure.run(index_command(site), cwd=ROOT, env=env())


def site_files(site: Path) -> list[tuple[str, int]]:
    return sorted(
        (
            (p.relative_to(site).as_posix(), p.stat().st_size)
            for p in site.rglob("*")
            if p.is_file()
        ),
        key=lambda f: -f[1],
    )


def run_step(
    work: Path, pool: Path, stems: list[str], n: int, jobs: int, incremental: bool
) -> Step:
    folder = work / f"step-{n}"
    seeds = ladder.make_step(pool, stems, n, folder / "seeds")
    seed_bytes = sum(p.stat().st_size for p in seeds.iterdir())
    docs, site, cache = folder / "docs", folder / "site", folder / ".cache"
    # A cold build, as run_build_step's: a second run into the same --work
    # had found the last run's cache and docs (annotate 3 s, not 36).
    for old in (docs, site, cache):
        shutil.rmtree(old, ignore_errors=True)
    print(f"[{n}] build_site.py", file=sys.stderr, flush=True)
    full = build_site(seeds, docs, cache, jobs)
    print(f"[{n}] mkdocs build (with the search index)", file=sys.stderr, flush=True)
    built = mkdocs(docs, site, "--search")
    indexed: measure.Run | SearchBeside | None = search_beside(built)
    if indexed is None:  # a serial build indexed after it: time it alone
        print(f"[{n}] search index", file=sys.stderr, flush=True)
        built = mkdocs(docs, site)
        indexed = search_index(site)
    files = site_files(site)
    docs_bytes = sum(size for _, size in site_files(docs))
    html = [f for f in files if f[0].endswith(".html")]
    print(f"[{n}] bare mkdocs build", file=sys.stderr, flush=True)
    floor_docs = ladder.make_floor_docs(seeds, folder / "floor-docs")
    floor = mkdocs(floor_docs, folder / "floor-site", "--floor")
    shutil.rmtree(folder / "floor-site", ignore_errors=True)
    others = [f for f in files if not f[0].endswith(".html")]
    step = Step(
        n,
        seed_bytes,
        full,
        built,
        indexed,
        floor,
        site_bytes=sum(size for _, size in files),
        html_pages=len(html),
        largest=html[:8] + others[:2],
        over_limit=[f for f in html if f[1] > PAGE_LIMIT],
        docs_bytes=docs_bytes,
    )
    if incremental:
        print(
            f"[{n}] one seed edited: build_site.py, mkdocs --dirty, search index",
            file=sys.stderr,
            flush=True,
        )
        ladder.edit_one_seed(seeds)
        step.incremental = build_site(seeds, docs, cache, jobs)
        step.inc_mkdocs = mkdocs(docs, site, "--dirty")
        step.inc_search = search_index(site)
    return step


@dc.dataclass(slots=True)
class BuildStep:
    """`--build-only`: build_site.py alone, cold and after a one-seed edit."""

    articles: int
    full: Build
    incremental: Build


def run_build_step(
    work: Path, pool: Path, stems: list[str], n: int, jobs: int
) -> BuildStep:
    folder = work / f"step-{n}"
    seeds = ladder.make_step(pool, stems, n, folder / "seeds")
    docs, cache = folder / "docs", folder / ".cache"
    shutil.rmtree(docs, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    print(f"[{n}] build_site.py", file=sys.stderr, flush=True)
    full = build_site(seeds, docs, cache, jobs)
    print(f"[{n}] one seed edited: build_site.py", file=sys.stderr, flush=True)
    ladder.edit_one_seed(seeds)
    return BuildStep(n, full, build_site(seeds, docs, cache, jobs))


def memory_table(steps: list[BuildStep]) -> str:
    """Peak memory of each cold build, per article and between steps."""
    rows = [
        "| articles | build_site.py s (CPU s) | peak MB (stage) | KB per article "
        "| KB per added article | one seed edited s (CPU s) | edit ÷ cold (CPU) "
        "| files written by the edit |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    before: BuildStep | None = None
    for s in steps:
        f, i = s.full, s.incremental
        stage = max(f.peak, key=lambda k: f.peak[k]) if f.peak else "?"
        added = (
            num(
                (f.run.peak_mb - before.full.run.peak_mb)
                * 1024
                / (s.articles - before.articles)
            )
            if before
            else ""
        )
        rows.append(
            f"| {num(s.articles)} | {wall_cpu(f.run)} | {num(f.run.peak_mb)} ({stage}) "
            f"| {num(f.run.peak_mb * 1024 / s.articles)} | {added} "
            f"| {wall_cpu(i.run)} | {i.run.cpu / f.run.cpu:.2f} | {num(i.written)} |"
        )
        before = s
    return "\n".join(rows)


def build_only_report(
    steps: list[BuildStep], command: str, load: tuple[str, str]
) -> str:
    pairs = [(s.articles, s.full, s.incremental) for s in steps]
    names: list[str] = []
    for _, f, i in pairs:
        names += [k for k in dict.fromkeys((*f.stages, *i.stages)) if k not in names]
    stages = [
        "| articles | build | "
        + " | ".join(f"{n} s (CPU s) peak MB" for n in names)
        + " |",
        "|" + "---:|" * (len(names) + 2),
    ]
    for n, f, i in pairs:
        for label, b in (("full", f), ("one seed edited", i)):
            stages.append(
                f"| {num(n)} | {label} | "
                + " | ".join(
                    f"{num(b.stages.get(k, 0), 2)} ({num(b.cpu.get(k, 0), 2)}) "
                    f"{num(b.peak.get(k, 0))}"
                    for k in names
                )
                + " |"
            )
    return (
        "## build_site.py alone: memory by size\n\n"
        + memory_table(steps)
        + "\n\n## Where build_site.py spends its time\n\n"
        + "\n".join(stages)
        + f"\n\n`{command}` on {os.cpu_count()} cores; load average {load[0]} at "
        f"the start, {load[1]} at the end (peak MB: PSS of the process tree, "
        "sampled every 0.1 s)."
    )


# Tables ---------------------------------------------------------------------


def num(value: float, digits: int = 0) -> str:
    return f"{value:,.{digits}f}"


def wall_cpu(run: measure.Run) -> str:
    return f"{num(run.wall, 1)} ({num(run.cpu, 1)})"


def mb(value: float) -> str:
    return num(value / 1024 / 1024, 1)


def searched(search: measure.Run | SearchBeside) -> str:
    if isinstance(search, measure.Run):
        return wall_cpu(search)
    return f"{num(search.wall, 1)} in mkdocs build (waited {num(search.waited, 1)})"


def search_peak(search: measure.Run | SearchBeside) -> str:
    if isinstance(search, measure.Run):
        return num(search.peak_mb)
    return "in mkdocs"


def main_table(steps: list[Step]) -> str:
    head = (
        "| articles | build | build_site.py s (CPU s) | articles/s "
        "| mkdocs build s (CPU s) | search index s (CPU s) | total s "
        "| bare mkdocs s (CPU s) | total ÷ bare "
        "| peak MB: build_site / mkdocs / search | site MB | KB per article "
        "| files written |\n|" + "---:|" * 13
    )
    rows = [head]
    for s in steps:
        f = s.full
        rows.append(
            f"| {num(s.articles)} | full | {num(f.run.wall, 1)} ({num(f.run.cpu, 1)}) "
            f"| {num(s.articles / f.run.wall)} | {wall_cpu(s.mkdocs)} "
            f"| {searched(s.search)} | {num(s.total, 1)} | {wall_cpu(s.floor)} "
            f"| {s.total / s.floor.wall:.2f} | {num(f.run.peak_mb)} / "
            f"{num(s.mkdocs.peak_mb)} / {search_peak(s.search)} | {mb(s.site_bytes)} "
            f"| {num(s.site_bytes / s.articles / 1024, 1)} | {num(f.written)} |"
        )
        i = s.incremental
        if i and s.inc_mkdocs and s.inc_search and s.inc_total is not None:
            rows.append(
                f"| {num(s.articles)} | one seed edited | {num(i.run.wall, 2)} "
                f"({num(i.run.cpu, 1)}) | | {wall_cpu(s.inc_mkdocs)}, --dirty "
                f"| {wall_cpu(s.inc_search)} | {num(s.inc_total, 1)} | | "
                f"| {num(i.run.peak_mb)} / {num(s.inc_mkdocs.peak_mb)} / "
                f"{num(s.inc_search.peak_mb)} | | | {num(i.written)} |"
            )
    return "\n".join(rows)


def stage_table(steps: list[Step]) -> str:
    names: list[str] = []
    for s in steps:
        for b in (s.full, s.incremental):
            names += [k for k in (b.stages if b else {}) if k not in names]
    rows = [
        "| articles | build | "
        + " | ".join(f"{n} s (CPU s) peak MB" for n in names)
        + " | seconds per 1,000 articles |",
        "|" + "---:|" * (len(names) + 3),
    ]
    for s in steps:
        for label, b in (("full", s.full), ("one seed edited", s.incremental)):
            if b:
                rows.append(
                    f"| {num(s.articles)} | {label} | "
                    + " | ".join(
                        f"{num(b.stages.get(n, 0), 2)} ({num(b.cpu.get(n, 0), 2)}) "
                        f"{num(b.peak.get(n, 0))}"
                        for n in names
                    )
                    + f" | {num(b.run.wall / s.articles * 1000, 2)} |"
                )
    return "\n".join(rows)


def pages_table(steps: list[Step]) -> str:
    rows = [
        "| articles | HTML pages | pages over 500 KB | largest pages; largest other "
        "files |",
        "|---:|---:|---:|---|",
    ]
    for s in steps:
        largest = ", ".join(f"`{p}` {num(size / 1024)} KB" for p, size in s.largest)
        rows.append(
            f"| {num(s.articles)} | {num(s.html_pages)} | {len(s.over_limit)} "
            f"| {largest} |"
        )
    return "\n".join(rows)


def growth(steps: list[Step]) -> str:
    if len(steps) < 2:
        return ""
    a, b = steps[0], steps[-1]

    def ratio(x: float, y: float) -> str:
        return f"{y / x:.2f}"

    lines = [
        f"| per article, {num(a.articles)} → {num(b.articles)} | at {num(a.articles)} "
        f"| at {num(b.articles)} | ratio |",
        "|---|---:|---:|---:|",
        f"| seed bytes | {num(a.seed_bytes / a.articles)} | {num(b.seed_bytes / b.articles)} "
        f"| {ratio(a.seed_bytes / a.articles, b.seed_bytes / b.articles)} |",
        f"| site bytes | {num(a.site_bytes / a.articles)} | {num(b.site_bytes / b.articles)} "
        f"| {ratio(a.site_bytes / a.articles, b.site_bytes / b.articles)} |",
        f"| docs/ bytes | {num(a.docs_bytes / a.articles)} "
        f"| {num(b.docs_bytes / b.articles)} "
        f"| {ratio(a.docs_bytes / a.articles, b.docs_bytes / b.articles)} |",
        *(
            f"| peak MB per 1,000 articles: {name} "
            f"| {num(x.peak_mb / a.articles * 1000, 1)} "
            f"| {num(y.peak_mb / b.articles * 1000, 1)} "
            f"| {ratio(x.peak_mb / a.articles, y.peak_mb / b.articles)} |"
            for name, x, y in (
                ("build_site.py", a.full.run, b.full.run),
                ("mkdocs", a.mkdocs, b.mkdocs),
                *(
                    [("search index", a.search, b.search)]
                    if isinstance(a.search, measure.Run)
                    and isinstance(b.search, measure.Run)
                    else []
                ),
            )
        ),
        f"| build_site.py ms | {num(a.full.run.wall / a.articles * 1000, 2)} "
        f"| {num(b.full.run.wall / b.articles * 1000, 2)} "
        f"| {ratio(a.full.run.wall / a.articles, b.full.run.wall / b.articles)} |",
        f"| build_site.py CPU ms | {num(a.full.run.cpu / a.articles * 1000, 2)} "
        f"| {num(b.full.run.cpu / b.articles * 1000, 2)} "
        f"| {ratio(a.full.run.cpu / a.articles, b.full.run.cpu / b.articles)} |",
        f"| whole build ms | {num(a.total / a.articles * 1000, 2)} "
        f"| {num(b.total / b.articles * 1000, 2)} "
        f"| {ratio(a.total / a.articles, b.total / b.articles)} |",
    ]
    return "\n".join(lines)


def search_table(n: int, result: SearchResult) -> str:
    ui = (
        f"{result.ui_seconds:.2f}"
        if result.ui_seconds is not None
        else "no search dialog"
    )
    return "\n".join(
        [
            "| articles | queries | first result, search dialog s (“/”, type, first result) "
            "| first result, API s "
            "| Pagefind KB per search (max) | all KB in that time | KB to load the page |",
            "|---:|---|---:|---:|---:|---:|---:|",
            f"| {num(n)} | {', '.join(result.queries)} | {ui} | {result.api_seconds:.2f} "
            f"| {num(result.search_kb)} ({num(result.search_kb_max)}) "
            f"| {num(result.after_load_kb)} | {num(result.page_kb)} |",
        ]
    )


def report(
    steps: list[Step],
    searched: tuple[int, SearchResult] | None,
    command: str,
    load: tuple[str, str],
) -> str:
    parts = [
        "## Build\n",
        main_table(steps),
        "\n\n## Where build_site.py spends its time\n",
        stage_table(steps),
        "\n\n## Page sizes\n",
        pages_table(steps),
    ]
    if len(steps) > 1:
        parts += ["\n\n## Growth\n", growth(steps)]
    if searched:
        parts += [
            "\n\n## Search (headless Chromium, Pagefind)\n",
            search_table(*searched),
        ]
    parts.append(
        f"\n\n`{command}` on {os.cpu_count()} cores; load average "
        f"{load[0]} at the start, {load[1]} at the end (the machine is shared: "
        "wall times are noisy; CPU seconds are steadier)."
    )
    return "".join(parts)


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.benchmark", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, SIZES)),
        help="ladder steps (default: 1000,2500,10000)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="1,000 articles only, no incremental step, no browser",
    )
    parser.add_argument(
        "--no-search",
        action="store_true",
        help="skip the search measurement in Chromium",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=0,
        help="build_site.py --jobs (default: one per core)",
    )
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument(
        "--work",
        type=Path,
        default=None,
        help="keep the seeds, docs and sites in this folder",
    )
    parser.add_argument(
        "--no-write",
        action="store_true",
        help="print the tables without writing benchmarks/build.md",
    )
    parser.add_argument(
        "--build-only",
        action="store_true",
        help="only build_site.py (cold, then one seed edited) at each size; "
        "prints its memory and stage tables (never writes benchmarks/build.md)",
    )
    args = parser.parse_args(argv)
    sizes = (
        [1000]
        if args.quick
        else [int(s.replace("_", "")) for s in args.sizes.split(",")]
    )
    if not args.corpora.is_dir():
        print(f"corpora not found at {args.corpora}", file=sys.stderr)
        return 1
    command = (
        "make bench"
        if argv is None and len(sys.argv) == 1
        else (
            "python -m tools.benchmark "
            + " ".join(sys.argv[1:] if argv is None else argv)
        )
    )
    started_load = load_average()
    if args.work:  # it replaces step folders there: never a folder of the user's
        try:
            claim(args.work, "replaces its seeds, docs and sites").record(
                ["pool", *(f"step-{n}" for n in sizes)]
            )
        except ToolFolderError as err:
            print(f"error: {err}", file=sys.stderr)
            return 1
    work = args.work or Path(tempfile.mkdtemp(prefix="annotated-news-bench-"))
    try:
        pool = work / "pool"
        pool.mkdir(parents=True, exist_ok=True)
        stems = ladder.make_pool(pool, args.corpora)
        if args.build_only:
            built = [run_build_step(work, pool, stems, n, args.jobs) for n in sizes]
            print(build_only_report(built, command, (started_load, load_average())))
            return 0
        steps = []
        for n in sizes:
            if n > len(stems):
                print(
                    f"[{n}] {len(stems)} seeds in the union; "
                    f"{n - len(stems)} derived (see ladder.py)",
                    file=sys.stderr,
                )
            steps.append(run_step(work, pool, stems, n, args.jobs, not args.quick))
        searched = None
        if steps and not (args.quick or args.no_search):
            from .search import measure as search

            print(
                f"[{steps[-1].articles}] search in Chromium",
                file=sys.stderr,
                flush=True,
            )
            searched = (
                steps[-1].articles,
                search(work / f"step-{steps[-1].articles}" / "site", QUERIES),
            )
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    text = report(steps, searched, command, (started_load, load_average()))
    print(text)
    if not args.no_write:
        out = ROOT / "benchmarks" / "build.md"
        out.parent.mkdir(exist_ok=True)
        out.write_text(
            f"# Build speed and size\n\nMeasured by `{command}` on {dt.date.today()} at "
            f"commit {commit()}. Seeds: the union of polnear, tempeval3-silver and "
            "reuters21578 (../shared/corpora) in a fixed order, cut at each size "
            "(see tools/benchmark/ladder.py).\n\n" + text + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
