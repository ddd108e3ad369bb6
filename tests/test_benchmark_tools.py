"""The benchmark's own parts: derived seeds past the pool, peaks per stage."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotated_news.build import read_articles
from annotated_news.config import SiteConfig
from annotated_news.reader import list_seeds, read_seed
from tools.benchmark import edit_reach, ladder, measure

from .conftest import ROOT, SEEDS
from .test_build import make_seeds


def test_steps_past_the_pool_add_derived_seeds_that_read(tmp_path: Path) -> None:
    pool = tmp_path / "pool"
    pool.mkdir()
    for seed in SEEDS.iterdir():
        (pool / seed.name).write_bytes(seed.read_bytes())
    (pool / "leap.txt").write_text(
        " date 2016-02-29 A headline\nFirst paragraph.\nSecond paragraph.\n",
        encoding="utf-8",
    )
    (pool / "leap.yml").write_text("slug: pinned-slug\noutlet: X\n", encoding="utf-8")
    stems = sorted(p.stem for p in pool.glob("*.txt"))
    out = ladder.make_step(pool, stems, 4 * len(stems), tmp_path / "step")
    seeds = list_seeds(out)
    assert len(seeds) == 4 * len(stems)
    raws = {p.name: read_seed(p) for p in seeds}
    assert raws["leap-r1.txt"].date.isoformat() == "2044-02-29"
    assert raws["leap-r3.txt"].date.isoformat() == "2100-02-28"  # not a leap year
    assert raws["leap-r1.txt"].sidecar.slug is None  # pinned slugs would clash
    assert raws["leap-r1.txt"].sidecar.outlet == "X"
    assert raws["leap-r1.txt"].first_line_text == "First paragraph."


def test_a_stage_s_peak_is_the_samples_between_its_log_lines() -> None:
    run = measure.Run(
        wall=3.0,
        cpu=1.0,
        peak_mb=90.0,
        max_rss_mb=50.0,
        stdout="",
        stderr="",
        samples=((0.5, 10.0), (1.5, 90.0), (2.5, 30.0)),
    )
    assert run.peak_between(0.0, 1.0) == 10.0
    assert run.peak_between(1.0, 3.0) == 90.0
    assert run.peak_between(2.6, 3.0) == 0.0


def test_the_memory_table_gives_kb_per_article_and_per_added_article() -> None:
    from tools.benchmark.__main__ import Build, BuildStep, memory_table

    def build(peak: float, cpu: float, written: int) -> Build:
        run = measure.Run(
            wall=cpu, cpu=cpu, peak_mb=peak, max_rss_mb=peak, stdout="", stderr=""
        )
        return Build(run, {}, written, 0, {}, {"index": peak / 2, "render": peak})

    steps = [
        BuildStep(1000, build(300, 10, 2000), build(200, 2, 9)),
        BuildStep(3000, build(700, 30, 6000), build(500, 3, 9)),
    ]
    rows = memory_table(steps).splitlines()[2:]
    assert rows[0].startswith("| 1,000 | 10.0 (10.0) | 300 (render) | 307 |  |")
    # (700 - 300) MB over 2,000 more articles: 204.8 KB each.
    assert rows[1].startswith("| 3,000 | 30.0 (30.0) | 700 (render) | 239 | 205 |")
    assert rows[1].endswith("| 3.0 (3.0) | 0.10 | 9 |")


def test_the_stage_ladder_gives_memory_per_article_and_per_added_article() -> None:
    from tools.benchmark.stage_ladder import table

    def run(peak: float) -> measure.Run:
        return measure.Run(2.0, 1.0, peak, peak, "", "")

    rows = table([(1000, run(100.0), run(120.0)), (3000, run(300.0), run(240.0))])
    one, three = rows.splitlines()[2:]
    assert one == "| 1,000 | 2.0 (1.0) | 100 | 102 |  | 2.0 (1.0) | 120 | 123 |  |"
    # 200 MB more for 2,000 more articles: 102 KB each; Pagefind 120 MB, 61 KB each.
    assert (
        three == "| 3,000 | 2.0 (1.0) | 300 | 102 | 102 | 2.0 (1.0) | 240 | 82 | 61 |"
    )


def test_edit_reach_counts_what_the_benchmark_s_edit_changes(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path / "seeds")
    config = SiteConfig(seeds_dir=seeds, cache_dir=tmp_path / "cache")
    names = sorted(p.name for p in seeds.glob("*.txt"))
    middle = seeds / names[len(names) // 2]
    text = middle.read_bytes()
    name, found = edit_reach.reach(config)
    assert name == middle.name
    assert middle.read_bytes() == text  # edited elsewhere: the step stays
    # The edit adds a date (3 March 2021), a figure and a name to one
    # article: its page changes, not every article page; the new date comes
    # in the timeline and the plan's places.
    pages, total = found["article pages"]
    slug = next(a.slug for a in read_articles(config)[0] if a.seed == name)
    assert slug in pages
    assert len(pages) < total
    assert [k for k in found["timeline dates"][0] if "2021-03-03" in k]
    assert "t-2021-03-03" in found["plan's places"][0]


def test_render_parts_times_every_page_of_a_cold_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from annotated_news.build import build
    from tools.benchmark import render_parts

    seeds = make_seeds(tmp_path / "step" / "seeds")
    config = SiteConfig(
        seeds_dir=seeds,
        docs_dir=tmp_path / "step" / "docs",
        cache_dir=tmp_path / "step" / ".cache",
    )
    report = build(config, jobs=1)
    assert render_parts.main([str(tmp_path / "step")]) == 0
    out = capsys.readouterr().out
    head, *rows = out.splitlines()
    pages = sum(1 for p in config.docs_dir.rglob("*.md"))
    assert head.startswith(f"{report.articles} articles, {pages} pages: ")
    kinds = {row.split(" (")[0].strip() for row in rows[:-1]}
    assert {"article pages", "listing parts", "names' pages"} <= kinds
    counted = sum(int(row.split(" (")[1].split(")")[0]) for row in rows[:-1])
    assert counted == pages
    assert "article.md.j2" in rows[-1] and "listing.md.j2" in rows[-1]


def test_the_serve_benchmark_never_empties_a_folder_of_the_users(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--work` is the tool's project folder: it replaces `seeds/` in it. A
    project of the user's (run from the checkout with `--work .`) kept its
    seeds only until that replacement: refused, untouched."""
    from tools.benchmark import serve

    project = tmp_path / "project"
    (project / "seeds").mkdir(parents=True)
    (project / "seeds" / "mine.txt").write_text(" date 2025-06-04 Mine\nText.\n")
    with pytest.raises(SystemExit) as stopped:
        serve.main(["--seeds", str(SEEDS), "--work", str(project)])
    assert stopped.value.code == 2
    assert "holds files no tool made ('seeds')" in capsys.readouterr().err
    assert (project / "seeds" / "mine.txt").read_text().startswith(" date")
    assert sorted(p.name for p in project.iterdir()) == ["seeds"]


def _corpus(root: Path) -> Path:
    """A BBC-shaped corpus of one article of my own."""
    story = root / "bbc-news-2225" / "business" / "001.txt"
    story.parent.mkdir(parents=True)
    story.write_text(
        "Mill reopens\n\nThe old paper mill reopened on Tuesday with 40 workers.\n",
        encoding="utf-8",
    )
    return root


def _users_seeds(folder: Path) -> dict[str, bytes]:
    """A seeds folder of the user's: one seed named like the tool's, one not."""
    folder.mkdir(parents=True)
    (folder / "bbc_business-001.txt").write_text(" date 2025-06-04 Mine\nMy text.\n")
    (folder / "mine.txt").write_text(" date 2025-06-05 Also mine\nMore text.\n")
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_corpus_seeds_never_writes_into_a_folder_of_the_users(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`tools.corpus_seeds bbc seeds` overwrote the user's seed of the same
    name and filled their seeds folder with others' texts, exiting 0."""
    from tools import corpus_seeds

    corpora = _corpus(tmp_path / "corpora")
    seeds = tmp_path / "seeds"
    before = _users_seeds(seeds)
    status = corpus_seeds.main(["bbc", str(seeds), "--corpora", str(corpora)])
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1 and err.startswith("error: "), err
    assert "no tool made ('bbc_business-001.txt', 'mine.txt')" in err
    assert {p.name: p.read_bytes() for p in seeds.iterdir()} == before


def test_corpus_seeds_writes_its_own_folder_again_never_through_a_link(
    tmp_path: Path,
) -> None:
    from tools import corpus_seeds

    corpora = _corpus(tmp_path / "corpora")
    out = tmp_path / "out"
    assert corpus_seeds.main(["bbc", str(out), "--corpora", str(corpora)]) == 0
    seed = out / "bbc_business-001.txt"
    assert seed.read_text().startswith(" date 2005-01-01 The old paper mill")
    letter = tmp_path / "letter.txt"
    letter.write_text("the user's letter")
    seed.unlink()
    seed.symlink_to(letter)
    assert corpus_seeds.main(["bbc", str(out), "--corpora", str(corpora)]) == 0
    assert letter.read_text() == "the user's letter"
    assert not seed.is_symlink() and seed.read_text().startswith(" date 2005")


def test_corpus_seeds_never_writes_into_the_checkout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tools import corpus_seeds

    corpora = _corpus(tmp_path / "corpora")
    out = ROOT / "tests" / "fixtures" / "no-such-corpus-out"
    assert corpus_seeds.main(["bbc", str(out), "--corpora", str(corpora)]) == 1
    assert "inside the project" in capsys.readouterr().err
    assert not out.exists()


def test_the_benchmarks_never_replace_folders_in_a_folder_of_the_users(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--work` of `tools.benchmark` and `tools.benchmark.stage_ladder`:
    the step and site folders there are removed and made again."""
    from tools.benchmark import __main__ as benchmark
    from tools.benchmark import stage_ladder

    work = tmp_path / "work"
    before = _users_seeds(work / "step-1000")
    corpora = _corpus(tmp_path / "corpora")
    args = ["--work", str(work), "--corpora", str(corpora), "--quick", "--no-write"]
    assert benchmark.main(args) == 1
    assert "no tool made ('step-1000')" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:
        stage_ladder.main([str(tmp_path), "--work", str(work)])
    assert stopped.value.code == 2
    assert "no tool made ('step-1000')" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in (work / "step-1000").iterdir()} == before
    assert sorted(p.name for p in work.iterdir()) == ["step-1000"]


def test_the_serve_benchmark_never_replaces_the_seeds_it_copies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--seeds W/seeds --work W` on a folder the tool made: it removed
    `W/seeds` and then copied it from where it had been (the seeds deleted);
    `--work` inside `--seeds` copied the seeds into themselves."""
    from tools.benchmark import serve
    from tools.folder import MARK

    work = tmp_path / "work"
    (work / "seeds").mkdir(parents=True)
    (work / MARK).write_text("seeds\nserve.log\n")
    (work / "seeds" / "mine.txt").write_text(" date 2025-06-04 Mine\nText.\n")
    for args in (
        ["--seeds", str(work / "seeds"), "--work", str(work)],
        ["--seeds", str(work / "seeds"), "--work", str(work / "seeds" / "w")],
    ):
        with pytest.raises(SystemExit) as stopped:
            serve.main(args)
        assert stopped.value.code == 2
        assert "seeds folder" in capsys.readouterr().err
    assert (work / "seeds" / "mine.txt").read_text().startswith(" date")
    assert sorted(p.name for p in (work / "seeds").iterdir()) == ["mine.txt"]
