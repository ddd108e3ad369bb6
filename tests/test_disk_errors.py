"""Disk full, a read-only or impossible folder, a permission error.

Each is one line naming the path and the cause, the old output is left
exactly as it was, and there is no traceback. Real conditions where the
machine allows them: a 200 KB tmpfs and a read-only bind mount in a private
mount namespace (`unshare -m`, needs root or user namespaces), folders made
read-only or unreadable with chmod (as an unprivileged user: as root, through
`setpriv`). An injected `OSError(ENOSPC)` covers the same paths everywhere.
"""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from annotated_news.cli import main

from .conftest import ROOT

GOOD = " date 2025-06-04 A fine headline\nA fine paragraph of text.\n"
NOBODY = 65534


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_ino)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def big_seed(path: Path) -> Path:
    """A seed whose pages need about 1 MB: more than the tiny tmpfs holds."""
    words = ("the council said on Tuesday that it would spend 4 million pounds "
             "on the pier and Ana Ruiz said it was “a good day” for the town").split()  # fmt: skip
    rng = random.Random(1)
    body = "\n".join(
        " ".join(rng.choice(words) for _ in range(60)) + "." for _ in range(300)
    )
    path.write_text(f" date 2025-06-05 Big\n{body}\n", encoding="utf-8")
    return path


def one_line(err: str, cause: str, kept: str) -> None:
    assert "Traceback" not in err
    assert err.count("\n") == 1, err
    assert err.startswith("error: ") and cause in err and kept in err, err


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder another user can enter (pytest's own tmp folder is 0700)."""
    folder = Path(tempfile.mkdtemp(prefix="disk-errors-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(folder)


def unprivileged() -> list[str]:
    """The command prefix that runs a process without root's file access."""
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: chmod cannot stop root")
    return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]


def mount_namespace() -> list[str]:
    """The command prefix of a private mount namespace, or skip."""
    command = ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-rm"]
    if not shutil.which("unshare"):
        pytest.skip("unshare not found")
    probe = subprocess.run([*command, "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("no private mount namespace here (needs root or user namespaces)")
    return command


def driver(prefix: list[str], root: Path, *extra: str, **env: str) -> dict[str, object]:
    """Run tests/disk_driver.py: a first build, then one with the big seed."""
    result = subprocess.run(
        [*prefix, sys.executable, "-m", "tests.disk_driver",
         str(root / "seeds"), str(root / "out"), str(big_seed(root / "big.txt")),
         *extra],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1",
             **env},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    found: dict[str, object] = json.loads(result.stdout)
    return found


def prepare(root: Path, owner: int | None = None) -> None:
    (root / "seeds").mkdir()
    (root / "seeds" / "a.txt").write_text(GOOD)
    (root / "out").mkdir()
    if owner is not None:
        for path in [root, *root.rglob("*")]:
            os.chown(path, owner, owner)


def test_a_full_disk_is_one_line_and_keeps_the_old_docs(tmp_path: Path) -> None:
    prefix = mount_namespace()
    prepare(tmp_path)
    mount = f'mount -t tmpfs -o size=200k tmpfs {tmp_path / "out"} && exec "$@"'
    found = driver([*prefix, "sh", "-c", mount, "sh"], tmp_path)
    assert found["first"] == 0 and found["second"] == 1
    one_line(str(found["err"]), "No space left on device", "was left as it was")
    assert found["kept"] is True
    assert found["left"] == ["docs"]  # no staging folder, no lock file


@pytest.mark.site
def test_a_full_disk_while_mkdocs_writes_keeps_docs_and_site(tmp_path: Path) -> None:
    """10 MB hold the first site (3.5 MB) and the second docs (5 MB), not its
    site (9 MB): the disk fills while MkDocs writes."""
    prefix = mount_namespace()
    prepare(tmp_path)
    mount = f'mount -t tmpfs -o size=10m tmpfs {tmp_path / "out"} && exec "$@"'
    found = driver([*prefix, "sh", "-c", mount, "sh"], tmp_path, "--site",
                   str(ROOT / "mkdocs.yml"))  # fmt: skip
    assert found["first"] == 0 and found["second"] == 1, found
    one_line(str(found["err"]), "No space left on device", "were left as they were")
    assert found["kept"] is True
    assert found["left"] == ["docs", "site"]


def test_a_read_only_file_system_is_one_line(tmp_path: Path) -> None:
    prefix = mount_namespace()
    if os.geteuid() != 0:
        pytest.skip("a read-only bind mount needs root")
    prepare(tmp_path)
    found = driver(prefix, tmp_path, DRIVER_REMOUNT_RO="1")
    assert found["first"] == 0 and found["second"] == 1
    one_line(str(found["err"]), "Read-only file system", "was left as it was")
    assert found["kept"] is True


def test_a_read_only_parent_folder_is_one_line(shared_tmp: Path) -> None:
    prefix = unprivileged()
    prepare(shared_tmp, NOBODY if prefix else None)
    found = driver(prefix, shared_tmp, DRIVER_READ_ONLY="1")
    assert found["first"] == 0 and found["second"] == 1
    one_line(str(found["err"]), "Permission denied", "was left as it was")
    assert found["kept"] is True
    assert found["left"] == ["docs"]


@pytest.mark.parametrize("what", ["folder", "file"])
def test_unreadable_seeds_are_one_line(shared_tmp: Path, what: str) -> None:
    prefix = unprivileged()
    prepare(shared_tmp, NOBODY if prefix else None)
    seeds = shared_tmp / "seeds"
    (seeds if what == "folder" else seeds / "a.txt").chmod(0)
    result = subprocess.run(
        [*prefix, sys.executable, "-m", "annotated_news", "--seeds", str(seeds),
         "--docs", str(shared_tmp / "out" / "docs"), "--no-cache", "-j1"],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert result.returncode == 1
    expected = (
        f"error: cannot list the seeds folder '{seeds}': Permission denied\n"
        if what == "folder"
        else f"{seeds}/a.txt:1: cannot read the file: Permission denied (check "
        "that it exists and is readable)\n"
    )
    assert result.stderr.startswith(expected), result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("when", [1, 3])
def test_an_injected_enospc_keeps_the_old_docs(
    make_seed: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    when: int,
) -> None:
    seeds = make_seed("a.txt", GOOD).parent
    docs = tmp_path / "docs"
    args = ["--seeds", str(seeds), "--docs", str(docs), "-j1", "--no-cache"]
    assert main([*args, "--quiet"]) == 0
    before = snapshot(docs)
    make_seed("b.txt", GOOD.replace("fine", "second"))
    real, calls = Path.write_bytes, []

    def full(self: Path, data: bytes) -> int:
        calls.append(self)
        if len(calls) >= when:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", full)
    capsys.readouterr()
    assert main([*args, "--quiet"]) == 1
    err = capsys.readouterr().err
    one_line(err, "No space left on device", f"'{docs}' was left as it was")
    assert f"at '{calls[-1]}'" in err  # the file it could not write
    assert snapshot(docs) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "seeds"]


@pytest.mark.site
def test_an_injected_enospc_in_mkdocs_keeps_docs_and_site(
    make_seed: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from mkdocs import utils

    seeds = make_seed("a.txt", GOOD).parent
    docs, site = tmp_path / "docs", tmp_path / "site"
    args = ["--seeds", str(seeds), "--docs", str(docs), "--site", str(site),
            "--config-file", str(ROOT / "mkdocs.yml"), "-j1", "--no-cache",
            "--quiet"]  # fmt: skip
    assert main(args) == 0
    before = snapshot(docs), snapshot(site)
    make_seed("b.txt", GOOD.replace("fine", "second"))

    def full(content: bytes, output_path: str) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), output_path)

    monkeypatch.setattr(utils, "write_file", full)
    capsys.readouterr()
    assert main(args) == 1
    err = capsys.readouterr().err
    one_line(err, "No space left on device", "were left as they were")
    assert (snapshot(docs), snapshot(site)) == before


@pytest.mark.parametrize("option", ["--docs", "--site", "--cache"])
def test_a_folder_under_a_file_is_one_line(
    make_seed: Callable[..., Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    option: str,
) -> None:
    seeds = make_seed("a.txt", GOOD).parent
    (tmp_path / "file").write_text("x")
    args = {"--docs": str(tmp_path / "docs"), option: str(tmp_path / "file" / "out")}
    status = main(["--seeds", str(seeds), *[x for kv in args.items() for x in kv]])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"cannot be made: '{tmp_path / 'file'}' is a file" in err


def test_missing_parent_folders_are_created(
    make_seed: Callable[..., Path], tmp_path: Path
) -> None:
    seeds = make_seed("a.txt", GOOD).parent
    docs, cache = tmp_path / "a" / "b" / "docs", tmp_path / "c" / "d" / "cache"
    args = ["--seeds", str(seeds), "--docs", str(docs), "--cache", str(cache)]
    assert main([*args, "-j1", "--quiet"]) == 0
    assert (docs / "index.md").is_file() and cache.is_dir()


@pytest.mark.parametrize("option", ["--docs", "--cache"])
def test_a_parent_that_cannot_be_made_is_one_line(
    make_seed: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    option: str,
) -> None:
    """Permission denied while making a missing parent (a folder of another
    user): one line naming the folder, nothing written, the old docs kept."""
    seeds = make_seed("a.txt", GOOD).parent
    docs = tmp_path / "docs"
    assert main(["--seeds", str(seeds), "--docs", str(docs), "-j1", "--quiet"]) == 0
    before = snapshot(docs)
    locked = tmp_path / "locked"
    real = Path.mkdir

    def denied(self: Path, *args: object, **kwargs: object) -> None:
        if self == locked or locked in self.parents:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", denied)
    out = {"--docs": docs, "--cache": tmp_path / "cache"} | {
        option: locked / "x" / "out"
    }
    capsys.readouterr()
    status = main(["--seeds", str(seeds), *[str(x) for kv in out.items() for x in kv],
                   "-j1", "--quiet"])  # fmt: skip
    err = capsys.readouterr().err
    assert status == 1
    one_line(err, "Permission denied", "as it was")
    assert str(locked) in err
    assert snapshot(docs) == before
    assert not locked.exists()


def test_a_mount_point_as_output_folder_is_one_clear_line(tmp_path: Path) -> None:
    """A docs folder that is a mount point (a container's volume) cannot be
    renamed: the build said 'Device or resource busy'; it now says why."""
    prefix = mount_namespace()
    prepare(tmp_path)
    docs = tmp_path / "out" / "docs"
    docs.mkdir()
    mount = f'mount -t tmpfs -o size=1m tmpfs {docs} && exec "$@"'
    result = subprocess.run(
        [*prefix, "sh", "-c", mount, "sh", sys.executable, "-m", "annotated_news",
         "--seeds", str(tmp_path / "seeds"), "--docs", str(docs), "--no-cache",
         "-j1", "--quiet"],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == (
        f"error: docs folder '{docs}' is a mount point, which a build cannot "
        "replace (it renames a new folder into its place): give a folder "
        "inside it, or mount the folder above it\n"
    )


def test_the_seeds_under_another_path_are_still_the_seeds(tmp_path: Path) -> None:
    """The same folder under two paths (a bind mount here; a case-insensitive
    file system does it with 'Seeds' and 'seeds') is not seen by comparing
    paths; '--docs' naming the seeds that way is refused all the same, as a
    folder no build made, and the seeds keep their bytes."""
    prefix = mount_namespace()
    prepare(tmp_path)
    alias = tmp_path / "alias"
    alias.mkdir()
    mount = f'mount --bind {tmp_path} {alias} && exec "$@"'
    result = subprocess.run(
        [*prefix, "sh", "-c", mount, "sh", sys.executable, "-m", "annotated_news",
         "--seeds", str(tmp_path / "seeds"), "--docs", str(alias / "seeds"),
         "--no-cache", "-j1", "--quiet"],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert "holds files a build did not make ('a.txt')" in result.stderr
    assert (tmp_path / "seeds" / "a.txt").read_text() == GOOD
