"""The benchmark's own parts: derived seeds past the pool, peaks per stage."""

from __future__ import annotations

from pathlib import Path

from annotated_news.reader import list_seeds, read_seed
from tools.benchmark import ladder, measure

from .conftest import SEEDS


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
