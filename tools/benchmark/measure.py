"""Run one stage as a child process: wall time, CPU time and peak memory.

Peak memory is sampled from /proc every 0.1 s as the proportional set size
(PSS) of the child and all its descendants together, so forked workers that
share pages are not counted twice; the largest single process's peak RSS
(from wait4) is kept too.
"""

from __future__ import annotations

import dataclasses as dc
import os
import subprocess
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO

SAMPLE_SECONDS = 0.1


@dc.dataclass(frozen=True, slots=True)
class Run:
    """What one child process cost."""

    wall: float
    cpu: float
    """User plus system seconds of the child and its waited-for descendants."""
    peak_mb: float
    """Peak PSS of the process tree, sampled (MB)."""
    max_rss_mb: float
    """Peak RSS of the largest single process (MB)."""
    stdout: str
    stderr: str
    samples: tuple[tuple[float, float], ...] = ()
    """(seconds since the start, PSS MB of the process tree), every 0.1 s."""
    stderr_lines: tuple[tuple[float, str], ...] = ()
    """Each line of stderr with the second it arrived."""

    def peak_between(self, start: float, end: float) -> float:
        """Peak PSS (MB) sampled from `start` to `end` seconds."""
        return max((mb for t, mb in self.samples if start <= t <= end), default=0.0)


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rpartition(")")[2].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _pss_kb(pid: int) -> int:
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    for line in text.splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return 0


def tree_pss_mb(root: int) -> float:
    """PSS of a process and all its descendants (MB)."""
    tree = _children()
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _pss_kb(pid)
        todo.extend(tree.get(pid, ()))
    return total / 1024


def _drain(stream: IO[str], into: list[str]) -> None:
    into.append(stream.read())


def _drain_lines(
    stream: IO[str], into: list[str], lines: list[tuple[float, str]], started: float
) -> None:
    for line in stream:
        lines.append((time.perf_counter() - started, line.rstrip("\n")))
        into.append(line)


def run(
    argv: Sequence[str],
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    check: bool = True,
) -> Run:
    """Run a command to its end and measure it.

    Raises:
        RuntimeError: when it exits non-zero and `check` is set.
    """
    started = time.perf_counter()
    with subprocess.Popen(
        list(argv),
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        peak = 0.0
        samples: list[tuple[float, float]] = []
        lines: list[tuple[float, str]] = []
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.wait(SAMPLE_SECONDS):
                mb = tree_pss_mb(proc.pid)
                samples.append((time.perf_counter() - started, mb))
                peak = max(peak, mb)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        out: list[str] = []
        err: list[str] = []
        assert proc.stdout is not None and proc.stderr is not None
        readers = [
            threading.Thread(target=_drain, args=(proc.stdout, out), daemon=True),
            threading.Thread(
                target=_drain_lines,
                args=(proc.stderr, err, lines, started),
                daemon=True,
            ),
        ]
        for reader in readers:
            reader.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        for reader in readers:
            reader.join()
        sampler.join()
    result = Run(
        wall,
        usage.ru_utime + usage.ru_stime,
        peak,
        usage.ru_maxrss / 1024,
        "".join(out),
        "".join(err),
        tuple(samples),
        tuple(lines),
    )
    if check and proc.returncode != 0:
        raise RuntimeError(
            f"{' '.join(argv)} exited with {proc.returncode}:\n{result.stderr[-3000:]}"
        )
    return result
