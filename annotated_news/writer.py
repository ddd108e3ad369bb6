"""The one writer: puts complete folders in place atomically, together.

A build never edits an output folder in place. It writes the new tree in a
staging folder beside it, then swaps the two folders in one
`renameat2(RENAME_EXCHANGE)` call (Linux), or two renames elsewhere. A
failure or an interrupt before the swap leaves the folder exactly as it was,
and a reader of the folder sees the old tree or the new one, never a mix.
Files whose bytes did not change are hard-linked from the old tree, so they
keep their inode and modification time and tools that watch the folder see
only what really changed.

`docs/` and `site/` are staged first and swapped last, one right after the
other (`swap_all`): when MkDocs fails on the staged docs, neither folder
changes. Only regular files of an old tree are reused: a symlink or a FIFO
planted in `docs/` is not carried into the new tree. Entries whose name
starts with "." are the user's (a build writes none): each is linked into
the new tree as it is (`carry_dot_entries`), so a `.git` or `.DS_Store`
outlives every build.

Staging folders are named `.staging-<folder>-<pid>-<random>`. A build holds
the lock of its output folders (`locks.py`) while it stages them, so the
staging folders of a dead build can be removed safely: only those whose
process is no longer running are, never a running build's.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import dataclasses as dc
import errno
import filecmp
import os
import secrets
import shutil
import subprocess
import sys
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from pathlib import Path, PurePosixPath

from .errors import OutputError, RenderError
from .folders import (
    MADE_LIST,
    STAGING_PREFIX,
    first_names,
    is_dot_entry,
    made_text,
    read_made,
    staging_pattern,
)
from .locks import is_running

RENAME_EXCHANGE = 2
AT_FDCWD = -100
NO_EXCHANGE = (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP)
"""renameat2 errors that mean: this file system cannot exchange."""


@dc.dataclass(frozen=True, slots=True)
class WriteReport:
    """What a write changed."""

    written: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]

    @property
    def changed(self) -> bool:
        """Whether anything in the folder changed."""
        return bool(self.written or self.removed)


def _safe_relative(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise RenderError(f"refusing to write outside the output folder: {name!r}")
    return path


def _relative_name(name: str) -> str:
    """`_safe_relative(name).as_posix()`, without a path made for a plain name."""
    if name[:1] not in ("", "/") and not {"", ".", ".."} & set(name.split("/")):
        return name  # nothing to normalise or refuse
    return _safe_relative(name).as_posix()


def _existing_files(root: Path) -> set[str]:
    """Regular files of a tree (not symlinks, FIFOs or devices), by relative path.

    Not those under a name starting with "." (the user's: `carry_dot_entries`).

    Types come from the folder listing (`os.scandir`): no stat and no `Path`
    per file (an edit at 10,000 articles lists 18,000 files).
    """
    if not root.is_dir() or root.is_symlink():
        return set()
    found = set()
    todo = [("", os.fspath(root))]
    while todo:
        prefix, folder = todo.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue  # as `os.walk` does: an unreadable folder lists nothing
        for entry in entries:
            if is_dot_entry(entry.name):
                continue
            if entry.is_dir(follow_symlinks=False):
                todo.append((f"{prefix}{entry.name}/", entry.path))
            elif entry.is_file(follow_symlinks=False):
                found.add(prefix + entry.name)
    return found


def _link_tree(source: Path, dest: Path) -> None:
    """Link every file under `source` (a folder or not) at `dest`, as it is.

    Symlinks, FIFOs and devices are linked too (never followed): they are
    the user's, carried over, never read or written through.
    """
    if not source.is_dir() or source.is_symlink():
        try:
            os.link(source, dest, follow_symlinks=False)
        except OSError:  # a file system without hard links
            shutil.copy2(source, dest, follow_symlinks=False)
        return
    dest.mkdir()
    shutil.copystat(source, dest, follow_symlinks=False)
    for child in source.iterdir():
        _link_tree(child, dest / child.name)


def carry_dot_entries(old: Path, new: Path) -> None:
    """Link the entries of `old` whose name starts with "." into `new`, as they are.

    At any depth whose folder the new tree also has (a `.DS_Store` in an
    article folder that is gone goes with it; one whose folder stays, stays).
    The old tree is left as it is: an interrupted build loses nothing.
    """
    if not old.is_dir() or old.is_symlink():
        return
    todo = [(old, new)]
    while todo:
        folder, into = todo.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            dest = into / entry.name
            if is_dot_entry(entry.name):
                if not dest.is_symlink() and not dest.exists():
                    _link_tree(folder / entry.name, dest)
            elif entry.is_dir(follow_symlinks=False) and dest.is_dir():
                todo.append((folder / entry.name, dest))


def _users_files(target: Path, before: set[str], new: set[str]) -> set[str]:
    """Files of `target` its last build did not write (the user's), checked.

    Empty without the build's list (`MADE_LIST`: a folder of an older build,
    whose every file is the build's, as before).

    Raises:
        RenderError: when the new tree writes a file where the user has one.
    """
    made = read_made(target)
    if made is None:
        return set()
    users = before - made
    clash = sorted(users & new)
    if clash:
        raise RenderError(
            f"'{target}' holds files no build made where this build writes "
            f"({first_names(clash)}): move them, then build again"
        )
    return users


def users_files(folder: Path) -> list[str]:
    """The files of an output folder that its last build did not write."""
    made = read_made(folder)
    return [] if made is None else sorted(_existing_files(folder) - made)


def _link_files(source: Path, into: Path, names: Collection[str]) -> None:
    """Link files of one tree into another, at the same relative paths."""
    for name in sorted(names):
        dest = into / name
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source / name, dest)
        except OSError:
            shutil.copy2(source / name, dest)


def keep_users_files(old: Path, new: Path) -> None:
    """Put the user's files and dot entries of `old` into the tree `new`.

    For a tree made whole elsewhere (MkDocs' site): its files are the
    build's, listed in its `MADE_LIST`; the files of `old` its last build
    did not write are linked in, as are its dot entries.

    Raises:
        RenderError: when the new tree has a file where the user has one.
    """
    files = _existing_files(new)
    users = _users_files(old, _existing_files(old), files)
    _link_files(old, new, users)
    (new / MADE_LIST).write_text(made_text(files), encoding="utf-8")
    carry_dot_entries(old, new)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically; return False where the OS cannot."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(
        AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE
    )
    if result != 0:
        err = ctypes.get_errno()
        if err in NO_EXCHANGE:
            return False
        raise OSError(err, os.strerror(err), str(b))
    return True


def _remove(path: Path) -> None:
    """Remove a staging folder, or only the link if it is a symlink."""
    if path.is_symlink():
        path.unlink(missing_ok=True)
    else:
        shutil.rmtree(path, ignore_errors=True)


REMOVE_BESIDE = 2000
"""Files of a tree from which the build leaves its removal to a process of
its own (`remove_beside`): deleting the 18,000 links of a 10,000-article
`docs/` took 0.76 s of wall time (0.15 CPU s) at the end of every build."""

_REMOVER = "import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)"
_removers: list[subprocess.Popen[bytes]] = []
"""Removing processes started here, until they are seen to have ended."""


def remove_beside(path: Path) -> subprocess.Popen[bytes] | None:
    """Remove a staging folder in a process that may outlive this one.

    The build returns while its old tree is being deleted: nothing reads a
    staging folder, and one left behind (the process killed) is removed by
    the next build (`remove_stale_staging`: its builder is no longer
    running). Where no process can be started, it is removed here (None).
    """
    _removers[:] = [p for p in _removers if p.poll() is None]
    if path.is_symlink():
        _remove(path)
        return None
    try:
        process = subprocess.Popen(
            [sys.executable, "-I", "-S", "-c", _REMOVER, os.fspath(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # not stopped by the terminal's Ctrl-C
        )
    except OSError:
        _remove(path)
        return None
    _removers.append(process)
    return process


def remove_stale_staging(target: Path) -> list[Path]:
    """Remove staging folders left by builds that were killed; return them.

    Only folders named like `target`'s staging folders whose process is no
    longer running: another build's staging folder is never touched.
    """
    if not target.parent.is_dir():
        return []
    pattern = staging_pattern(target)
    removed = []
    for entry in target.parent.iterdir():
        match = pattern.fullmatch(entry.name)
        if not match:
            continue
        pid = int(match.group(1))
        if pid == os.getpid() or is_running(pid):
            continue
        _remove(entry)
        removed.append(entry)
    return removed


@contextlib.contextmanager
def staging_folder(
    target: Path, beside: Callable[[], bool] | None = None
) -> Iterator[Path]:
    """Yield a new empty folder beside `target`; removed unless swapped in.

    Its name is new (PID and a random part), so it never reuses a folder
    that exists. At the end it holds the old tree when it was swapped in:
    when `beside()` says so, a process of its own removes it
    (`remove_beside`).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(target)
    name = f"{STAGING_PREFIX}{target.name}-{os.getpid()}-{secrets.token_hex(4)}"
    staging = target.parent / name
    staging.mkdir()
    try:
        yield staging
    finally:
        if beside is not None and beside():
            remove_beside(staging)
        else:
            _remove(staging)


def swap_into_place(staging: Path, target: Path) -> None:
    """Make `staging` the new `target`; the old tree ends up in `staging`."""
    if target.exists() and _exchange(staging, target):
        return
    if target.exists():
        old = staging.with_name(staging.name + "-old")
        target.rename(old)
        try:
            staging.rename(target)
        except OSError:
            old.rename(target)
            raise
        old.rename(staging)
    else:
        staging.rename(target)
        staging.mkdir()


def swap_all(pairs: Sequence[tuple[Path, Path]]) -> None:
    """Swap each (staging, target) in order; if one fails, undo those done.

    Each swap is one system call, and they run one right after the other
    once everything is staged: the folders change together or not at all.
    """
    done: list[tuple[Path, Path]] = []
    try:
        for staging, target in pairs:
            swap_into_place(staging, target)
            done.append((staging, target))
    except BaseException:
        for staging, target in reversed(done):
            with contextlib.suppress(OSError):
                swap_into_place(staging, target)
        raise


@dc.dataclass(frozen=True, slots=True)
class Plan:
    """The files of a new tree, compared with the tree in place."""

    target: Path
    files: dict[str, bytes]
    report: WriteReport

    @property
    def needed(self) -> bool:
        """Whether the folder must be replaced (changed, or not there yet)."""
        return self.report.changed or not self.target.is_dir()


def plan_tree(
    files: Mapping[str, str | bytes], target: Path, kept: Collection[str] = ()
) -> Plan:
    """Compare a new tree (relative POSIX path -> content) with `target`.

    `kept` names files of the new tree that are already in `target` as they
    must be (the caller knows it without their bytes): they are linked into
    the new tree unread, like unchanged files.
    """
    encoded = {
        _safe_relative(name).as_posix(): data.encode("utf-8")
        if isinstance(data, str)
        else data
        for name, data in files.items()
    }
    before = _existing_files(target)
    written, unchanged = [], []
    for given in kept:
        name = _safe_relative(given).as_posix()
        if name in encoded or name not in before:
            raise RenderError(f"cannot keep '{name}' of '{target}': build again")
        unchanged.append(name)
    for name, data in sorted(encoded.items()):
        old = target / name
        if (
            name in before
            and old.stat().st_size == len(data)
            and old.read_bytes() == data
        ):
            unchanged.append(name)
        else:
            written.append(name)
    removed = sorted(before - encoded.keys() - set(unchanged))
    report = WriteReport(tuple(written), tuple(sorted(unchanged)), tuple(removed))
    return Plan(target, encoded, report)


def fill(plan: Plan, staging: Path) -> None:
    """Write a planned tree into a staging folder (unchanged files linked)."""
    for name in plan.report.unchanged:
        dest = staging / name
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(plan.target / name, dest)
        except OSError:
            shutil.copy2(plan.target / name, dest)
    for name in plan.report.written:
        dest = staging / name
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(plan.files[name])
    carry_dot_entries(plan.target, staging)


def _same_file(target: Path, before: Collection[str], name: str, data: bytes) -> bool:
    """Whether `target` already holds file `name` with exactly these bytes."""
    if name not in before:
        return False
    old = target / name
    return old.stat().st_size == len(data) and old.read_bytes() == data


@dc.dataclass(slots=True)
class Placer:
    """Puts files of a `Stager`'s new tree in its staging folder, in any process.

    It writes, and says whether each file was already in `target` as it is,
    the way `Stager.add` does; the `Stager` records the names (`placed`) and
    refuses the same name twice.
    """

    target: Path
    staging: Path
    before: Collection[str]
    """The files of `target` (relative paths)."""
    made: set[str] = dc.field(default_factory=set)
    """Folders of the staging tree this process has made."""

    def put(self, given: str, data: bytes) -> bool:
        """Write one file unless `target` has it already; whether it had."""
        name = _relative_name(given)
        same = _same_file(self.target, self.before, name, data)
        if not same:
            self.write(name, data)
        return same

    def write(self, name: str, data: bytes) -> None:
        """Write one file of the staging tree."""
        self.folder(name)
        (self.staging / name).write_bytes(data)

    def folder(self, name: str) -> None:
        """Make the staging folder of a file, once per folder and process."""
        folder = name.rpartition("/")[0]
        if folder not in self.made:
            (self.staging / folder).mkdir(parents=True, exist_ok=True)
            self.made.add(folder)


class Stager:
    """Writes a new tree file by file as it is made, beside the tree in place.

    The streaming form of `plan_tree` + `fill`: each file is compared with
    the one in `target` when it arrives; an equal file is linked (at the
    end), any other written into the staging folder, which `open_staging`
    makes only when the first file must be written. The new tree holds only
    what was added or kept: `finish` links the unchanged files and says
    which files of `target` are gone. Nothing touches `target` itself.
    """

    def __init__(self, target: Path, open_staging: Callable[[], Path]) -> None:
        self.target = target
        self._open = open_staging
        self._staging: Path | None = None
        self._before = _existing_files(target)
        self._seen: set[str] = set()
        self._placer: Placer | None = None
        self.written: list[str] = []
        self.unchanged: list[str] = []

    @property
    def big(self) -> bool:
        """Whether the tree in place has `REMOVE_BESIDE` files or more."""
        return len(self._before) >= REMOVE_BESIDE

    @property
    def staging(self) -> Path:
        """The staging folder (made on first use)."""
        if self._staging is None:
            self._staging = self._open()
        return self._staging

    def _name(self, given: str) -> str:
        name = _relative_name(given)
        if name in self._seen:
            raise RenderError(f"two files of the site at '{name}'")
        self._seen.add(name)
        return name

    def add(self, given: str, data: str | bytes) -> None:
        """One file of the new tree (text is written as UTF-8)."""
        name = self._name(given)
        encoded = data.encode("utf-8") if isinstance(data, str) else data
        same = _same_file(self.target, self._before, name, encoded)
        if not same:
            self.placer().write(name, encoded)
        (self.unchanged if same else self.written).append(name)

    def placer(self) -> Placer:
        """What writes this tree's files in another process (makes the staging).

        A forked worker that renders pages writes them itself with it, and
        this process only records them (`placed`): the files' creation costs
        system time (0.1 to 0.7 ms a file here), which the build's process
        would otherwise spend on every page of the site.
        """
        if self._placer is None:
            self._placer = Placer(self.target, self.staging, self._before)
        return self._placer

    def placed(self, given: str, same: bool) -> None:
        """A file `Placer.put` has put (`same`: the one in `target` is it)."""
        name = self._name(given)
        (self.unchanged if same else self.written).append(name)

    def add_file(self, given: str, made: Path) -> None:
        """A file of the new tree already written at `made` (moved or dropped)."""
        name = self._name(given)
        same = name in self._before and filecmp.cmp(
            self.target / name, made, shallow=False
        )
        if same:
            made.unlink()
        else:
            made.replace(self._dest(name))
        (self.unchanged if same else self.written).append(name)

    def _dest(self, name: str) -> Path:
        self.placer().folder(name)
        return self.staging / name

    def keep(self, given: str) -> None:
        """A file already in `target` as it must be (linked unread)."""
        name = self._name(given)
        if name not in self._before:
            raise RenderError(f"cannot keep '{name}' of '{self.target}': build again")
        self.unchanged.append(name)

    def finish(self) -> tuple[WriteReport, Path | None]:
        """Link the unchanged files; the report and the folder to swap in.

        No folder (None) when the tree in place is already the new one.
        """
        # Files a user added (not on the last build's list) stay, linked in.
        users = _users_files(self.target, self._before, self._seen)
        removed = sorted(self._before - self._seen - users)
        report = WriteReport(
            tuple(sorted(self.written)), tuple(sorted(self.unchanged)), tuple(removed)
        )
        if not report.changed and self.target.is_dir():
            if read_made(self.target) != self._seen:  # an older build's folder
                listed = self.target / f"{MADE_LIST}.{os.getpid()}"
                listed.write_text(made_text(self._seen), encoding="utf-8")
                listed.replace(self.target / MADE_LIST)
            return report, None
        staging = self.staging
        # Plain strings: a `Path` made per kept file cost more than its link.
        source, into = os.fspath(self.target) + os.sep, os.fspath(staging) + os.sep
        placer = self.placer()
        for name in self.unchanged:
            placer.folder(name)
            try:
                os.link(source + name, into + name)
            except OSError:
                shutil.copy2(source + name, into + name)
        (staging / MADE_LIST).write_text(made_text(self._seen), encoding="utf-8")
        _link_files(self.target, staging, users)
        carry_dot_entries(self.target, staging)
        return report, staging


def output_error(err: OSError, label: str, kept: Sequence[Path]) -> OutputError:
    """One line: what could not be written, why, and what was left as it was."""
    where = err.filename or (kept[0] if kept else "?")
    left = " and ".join(f"'{k}'" for k in kept)
    verb = "was" if len(kept) == 1 else "were"
    return OutputError(
        f"cannot write the {label} at '{where}': {err.strerror or err}; "
        f"{left} {verb} left as {'it' if len(kept) == 1 else 'they'} {verb}"
    )


def write_tree(files: Mapping[str, str | bytes], target: Path) -> WriteReport:
    """Replace the content of `target` with exactly `files`, atomically.

    Args:
        files: relative POSIX path -> content (text is written as UTF-8).
        target: the output folder ("docs").

    Returns:
        Which files were written, left as they were, or removed.

    Raises:
        OutputError: when the disk is full, the folder read-only, ...
    """
    plan = plan_tree(files, target)
    if not plan.needed:
        return plan.report
    try:
        with staging_folder(target) as staging:
            fill(plan, staging)
            swap_into_place(staging, target)
    except OSError as err:
        raise output_error(err, "output folder", [target]) from None
    return plan.report
