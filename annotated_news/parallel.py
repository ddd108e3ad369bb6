"""Run per-item work on every core: chunks in worker processes, results in order.

Workers are forked, so they inherit what the parent holds (the corpus, for
rendering) without copying it. Forking a process that runs other threads (a
live-reload server) can deadlock, so there the work either runs in freshly
started workers, which get their shared data pickled, or here.

Given a `concurrent.futures.Executor` (a Dask cluster, `executors.py`), the
chunks run there instead; the shared data goes to its workers once when the
executor can `share` it, else with every chunk.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor
from typing import Any, TypeVar

S = TypeVar("S")
T = TypeVar("T")
R = TypeVar("R")

_shared: Any = None
"""What the running task shares with its workers (inherited, or set on start)."""


def available_cores() -> int:
    """CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether workers can be forked safely (POSIX, no other thread running)."""
    return (
        "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


def _start_worker(shared: Any) -> None:
    # Ctrl-C reaches every process of the terminal: the parent handles it
    # (and stops the workers); a worker printing its own traceback is noise.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if shared is not None:
        global _shared
        _shared = shared


def _run(task: tuple[Callable[[Any, Any], Any], Any]) -> Any:
    func, chunk = task
    return func(_shared, chunk)


def chunked(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """Consecutive slices of at most `size` items."""
    return [items[i : i + size] for i in range(0, len(items), max(1, size))]


def workers(items: int, jobs: int, chunk_size: int, inherit_only: bool = False) -> int:
    """How many worker processes `map_chunks` starts (1: it runs here)."""
    chunks = -(-items // max(1, chunk_size))
    if jobs <= 1 or chunks <= 1 or (inherit_only and not can_fork()):
        return 1
    return min(jobs, chunks)


def map_chunks(
    func: Callable[[S, Sequence[T]], R],
    shared: S,
    items: Sequence[T],
    jobs: int,
    chunk_size: int,
    inherit_only: bool = False,
    executor: Executor | None = None,
    recycle: int | None = None,
    here: bool = False,
    first_here: int = 0,
) -> Iterator[R]:
    """Yield `func(shared, chunk)` for consecutive chunks of `items`, in order.

    Args:
        func: a module-level function (workers find it by name).
        shared: data every call needs; forked workers inherit it.
        items: what to work on, cut into chunks.
        jobs: worker processes; 1 runs everything here.
        chunk_size: items per call; bigger chunks cost less to send.
        inherit_only: `shared` is too big to pickle; without fork, run here.
        executor: run the chunks there instead (then `jobs` and
            `inherit_only` do not apply).
        recycle: chunks a forked worker runs before a new one replaces it.
            What a worker caches and the parent's pages it copies by
            touching them (reference counts) are then freed every few
            chunks: its memory stays that of a few chunks, not of all.
        here: with forked workers, this process runs chunks too, and one
            worker fewer is started. A memory page that either process
            writes after the fork (a reference count of an object it reads)
            is then held twice, so each worker costs up to what the two
            processes touch between its fork and its end; `recycle` bounds
            that.
        first_here: with `here`, the first this many items are one chunk
            that this process runs before it forks any worker: work that
            reads all of `shared` (a page listing every article) writes the
            reference count of every object. Done beside a forked worker, by
            either process, it splits every shared memory page in two.
    """
    lead = min(first_here, len(items)) if here else 0
    chunks = ([items[:lead]] if lead else []) + chunked(items[lead:], chunk_size)
    if executor is not None:
        yield from _on_executor(executor, func, shared, chunks)
        return
    jobs = workers(len(items), jobs, chunk_size, inherit_only)
    fork = can_fork()
    if jobs == 1:
        for chunk in chunks:
            yield func(shared, chunk)
        return
    if lead and fork and here:
        yield func(shared, chunks[0])
        chunks = chunks[1:]
        if not chunks:
            return
    global _shared
    initargs: tuple[Any] = (None,)
    if fork:
        method = "fork"
        _shared = shared
    else:
        method = (
            "forkserver"
            if "forkserver" in multiprocessing.get_all_start_methods()
            else "spawn"
        )
        initargs = (shared,)
    context = multiprocessing.get_context(method)
    if fork:
        # A forked worker shares the parent's memory until it writes to it.
        # The cycle collector writes to every object it scans: frozen, the
        # inherited objects are never scanned, so their pages stay shared.
        gc.freeze()
    here = here and fork
    try:
        # The pool forks its workers here, before any progress bar's thread.
        with context.Pool(
            jobs - here,
            initializer=_start_worker,
            initargs=initargs,
            maxtasksperchild=recycle if fork else None,
        ) as pool:
            if here:
                yield from _shared_with_here(pool, jobs - 1, func, shared, chunks)
            else:
                yield from pool.imap(_run, [(func, chunk) for chunk in chunks])
    finally:
        _shared = None
        if fork:
            gc.unfreeze()


def map_chunks_beside(
    func: Callable[[S, Sequence[T]], R],
    shared: S,
    items: Sequence[T],
    jobs: int,
    chunk_size: int,
    beside: int,
    executor: Executor | None = None,
    recycle: int | None = None,
) -> Iterator[tuple[int, R]]:
    """Yield (start, `func(shared, chunk)`): every item, in chunks, once.

    `start` is the index in `items` of the chunk's first item. The first
    `beside` items are each a chunk of one that this process runs while
    forked workers start on the other chunks (no core waits for them); their
    results come between the others', which come in order. Without forked
    workers (one job, an executor, a process that cannot fork) this is
    `map_chunks(..., here=True, first_here=beside)`, in order.

    A memory page this process writes while a worker lives (the reference
    counts of what it reads) is held twice until that worker ends: with
    `recycle`, each worker lives a few chunks, so what is held twice is what
    this process touches in that time, not all it reads.
    """
    lead = min(beside, len(items))
    rest = range(lead, len(items), max(1, chunk_size))
    starts = [0, *rest] if lead else list(rest)
    jobs = workers(len(items), jobs, chunk_size, inherit_only=True)
    if executor is not None or jobs == 1 or lead == 0 or not can_fork():
        yield from zip(
            starts,
            map_chunks(
                func,
                shared,
                items,
                jobs,
                chunk_size,
                inherit_only=True,
                executor=executor,
                recycle=recycle,
                here=True,
                first_here=lead,
            ),
            strict=True,
        )
        return
    chunks = chunked(items[lead:], chunk_size)
    global _shared
    _shared = shared
    # A forked worker shares the parent's memory until it writes to it; the
    # cycle collector would write to every inherited object it scans.
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(
            jobs - 1,
            initializer=_start_worker,
            initargs=(None,),
            maxtasksperchild=recycle,
        ) as pool:
            for k, result in _beside(
                pool, jobs - 1, func, shared, items[:lead], chunks
            ):
                yield (-1 - k if k < 0 else lead + k * chunk_size), result
    finally:
        _shared = None
        gc.unfreeze()


def _shared_with_here(
    pool: Any,
    width: int,
    func: Callable[[S, Sequence[T]], R],
    shared: S,
    chunks: list[Sequence[T]],
) -> Iterator[R]:
    """Yield each chunk's result in order; the pool and this process share them."""
    for _, result in _beside(pool, width, func, shared, [], chunks):
        yield result


BESIDE_AHEAD = 4
"""Chunks per worker given ahead while this process runs its own items: one
of them may take longer than a chunk, and an idle worker wastes its core."""


def _beside(
    pool: Any,
    width: int,
    func: Callable[[S, Sequence[T]], R],
    shared: S,
    own: Sequence[T],
    chunks: list[Sequence[T]],
) -> Iterator[tuple[int, R]]:
    """Yield (-1 - n, result) for own item n and (k, result) for chunk k.

    This process runs each of `own` alone, one after another, and between
    them yields the chunks' results that are ready, in order; the pool gets
    a few chunks per worker ahead. Then the chunks' results follow in order:
    the pool gets up to two chunks per worker ahead, and while the next
    result is not ready, this process runs the next chunk nobody has taken.
    """
    done: dict[int, Any] = {}
    taken = 0
    index = 0

    def give(most: int) -> None:
        nonlocal taken
        ahead = sum(1 for i in range(index, taken) if not isinstance(done[i], _Here))
        while taken < len(chunks) and ahead < most:
            done[taken] = pool.apply_async(_run, ((func, chunks[taken]),))
            taken, ahead = taken + 1, ahead + 1

    for n, item in enumerate(own):
        give(BESIDE_AHEAD * width)
        yield -1 - n, func(shared, [item])
        while index < taken and done[index].ready():
            yield index, done.pop(index).get()
            index += 1
    while index < len(chunks):
        give(2 * width)
        found = done[index]
        if not (isinstance(found, _Here) or found.ready() or taken == len(chunks)):
            done[taken] = _Here(func(shared, chunks[taken]))
            taken += 1
            continue
        del done[index]
        yield index, found.value if isinstance(found, _Here) else found.get()
        index += 1


class _Here:
    """A chunk's result computed in this process."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def _on_executor(
    executor: Executor,
    func: Callable[[S, Sequence[T]], R],
    shared: S,
    chunks: list[Sequence[T]],
) -> Iterator[R]:
    if not chunks:
        return
    share = getattr(executor, "share", None)
    handle = share(shared) if callable(share) else shared
    futures = [executor.submit(func, handle, chunk) for chunk in chunks]
    try:
        for future in futures:
            yield future.result()
    finally:
        for future in futures:
            future.cancel()


def _in_child(
    out: Any, func: Callable[[Any, Any], Any], shared: Any, chunk: Any
) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # as `_start_worker`
    try:
        done = func(shared, chunk)
    except BaseException:  # the caller runs the chunk again, and sees the error
        out.send((False, None))
    else:
        out.send((True, done))
    out.close()


def started(
    func: Callable[[S, Sequence[T]], R], shared: S, chunk: Sequence[T]
) -> Callable[[], R]:
    """Start `func(shared, chunk)` in a forked process; the call returned waits.

    For a little work this process would otherwise do before or after
    something else of its own (an edited seed annotated while the others
    are loaded from the cache): the two run on two cores. The result comes
    back pickled. Without fork (another thread runs), or if the child
    fails, the call returned runs `func` here.
    """
    if not can_fork():
        return lambda: func(shared, chunk)
    context = multiprocessing.get_context("fork")
    reader, writer = context.Pipe(duplex=False)
    # Daemonic: should this process fail before it waits for the result (an
    # interrupt while it loads), the child is ended at its exit, not joined
    # while blocked on a pipe no one reads.
    child = context.Process(
        target=_in_child, args=(writer, func, shared, chunk), daemon=True
    )
    child.start()
    writer.close()

    def result() -> R:
        try:
            ok, done = reader.recv()
        except EOFError:  # the child ended without a word
            ok, done = False, None
        finally:
            reader.close()
            child.join()
        return done if ok else func(shared, chunk)

    return result
