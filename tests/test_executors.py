"""The per-article work on any Executor, and on a Dask cluster.

The cluster is a Dask `LocalCluster` of two worker processes started here;
the build is the command line with `--executor dask://HOST:PORT`, in a child
process. Its docs/ must be the local build's, byte for byte.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from annotated_news import executors
from annotated_news.build import build
from annotated_news.config import SiteConfig

from .conftest import ROOT
from .test_build import make_seeds, tree


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "build_site.py", *map(str, args)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A local Dask cluster of two worker processes; yields its dask:// address."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        scheduler_port=0,
        dashboard_address=":0",  # its HTTP server binds even without a dashboard
    ) as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tcp://")
        yield "dask://" + address.removeprefix("tcp://")


def test_a_dask_cluster_builds_the_local_build_s_bytes(
    tmp_path: Path, scheduler: str
) -> None:
    seeds = make_seeds(tmp_path / "seeds")
    local = cli("--seeds", seeds, "--docs", tmp_path / "local", "--no-cache")
    assert local.returncode == 0, local.stderr
    on_dask = cli(
        *("--seeds", seeds, "--docs", tmp_path / "dask"),
        *("--cache", tmp_path / "cache", "--executor", scheduler),
    )
    assert on_dask.returncode == 0, on_dask.stderr
    address = scheduler.replace("dask://", "tcp://")
    assert f"annotated on dask {address}" in on_dask.stderr
    assert f"on dask {address}" in on_dask.stderr.split("render:")[1]
    expected = tree(tmp_path / "local")
    assert len(expected) > 40
    assert tree(tmp_path / "dask") == expected
    # The cache entries were written here, from what the workers sent back.
    again = cli(
        *("--seeds", seeds, "--docs", tmp_path / "again"),
        *("--cache", tmp_path / "cache", "--jobs", "1"),
    )
    seeds_count = len(list(seeds.glob("*.txt")))
    assert f"{seeds_count} seeds, {seeds_count} from the cache" in again.stderr
    assert tree(tmp_path / "again") == expected


def test_messages_from_cluster_workers_name_the_seeds_as_given(
    tmp_path: Path, scheduler: str
) -> None:
    seeds = make_seeds(tmp_path / "seeds")
    (seeds / "zz_undated.txt").write_text("No date header.\n", encoding="utf-8")
    relative = os.path.relpath(seeds, ROOT)
    local = cli("--seeds", relative, "--docs", tmp_path / "d", "--no-cache")
    on_dask = cli(
        *("--seeds", relative, "--docs", tmp_path / "d", "--no-cache"),
        *("--executor", scheduler),
    )
    assert local.returncode == on_dask.returncode == 1
    assert f"{relative}/zz_undated.txt:1: " in local.stderr
    assert on_dask.stderr == local.stderr


def test_any_executor_gives_the_same_bytes(tmp_path: Path) -> None:
    """A plain Executor without `share`: the shared data goes with each task."""
    seeds = make_seeds(tmp_path / "seeds")

    def docs(name: str, **options: object) -> dict[str, bytes]:
        config = SiteConfig(seeds_dir=seeds, docs_dir=tmp_path / name)
        build(config, jobs=1, **options)  # type: ignore[arg-type]
        return tree(tmp_path / name)

    with ThreadPoolExecutor(2) as pool:
        assert docs("threads", executor=pool) == docs("here")


def test_executor_spec_problems_are_one_line(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path / "seeds")
    bad = cli("--seeds", seeds, "--docs", tmp_path / "d", "--executor", "spark://x:1")
    assert bad.returncode == 2
    assert bad.stderr.splitlines()[-1] == (
        "build_site.py: error: unknown executor 'spark://x:1': use 'local' or "
        "'dask://HOST:PORT' (the address of a Dask scheduler)"
    )
    assert executors.check_executor("dask://10.0.0.5:8786") == "dask://10.0.0.5:8786"
    with pytest.raises(executors.ConfigError):
        executors.check_executor("dask://host")


def test_workers_with_other_code_are_named() -> None:
    ours = executors.code_digest()
    found = {"tcp://a:1": ours, "tcp://b:2": "0" * 32, "tcp://c:3": "failed: x"}
    assert executors.other_code(found, ours) == ["tcp://b:2", "tcp://c:3"]
    assert executors.other_code({"tcp://a:1": ours}, ours) == []
