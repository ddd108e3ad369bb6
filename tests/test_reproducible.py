"""Two builds of the same seeds give byte-identical docs/.

Whatever order the files are listed in, whatever PYTHONHASHSEED is, and
wherever the seeds folder lives.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT, SEEDS
from .test_refusals import snapshot

FIXTURES = Path(__file__).parent / "fixtures" / "hostile"


def build(seeds: Path, docs: Path, hash_seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [
            sys.executable,
            "build_site.py",
            "--seeds",
            str(seeds),
            "--docs",
            str(docs),
            "--quiet",
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )


def copy_in_order(files: list[Path], folder: Path) -> None:
    """Create the files in this order, so that directory listings differ."""
    folder.mkdir(parents=True)
    for path in files:
        shutil.copy(path, folder / path.name)


def test_builds_are_byte_identical(tmp_path: Path) -> None:
    files = sorted([*SEEDS.iterdir(), *FIXTURES.iterdir()])
    copy_in_order(files, tmp_path / "a" / "seeds")
    copy_in_order(files[::-1], tmp_path / "b" / "seeds")
    build(tmp_path / "a" / "seeds", tmp_path / "a" / "docs", "1")
    build(tmp_path / "b" / "seeds", tmp_path / "b" / "docs", "4242")
    first = {k: v[0] for k, v in snapshot(tmp_path / "a" / "docs").items()}
    second = {k: v[0] for k, v in snapshot(tmp_path / "b" / "docs").items()}
    assert len(first) > 20
    assert first == second
