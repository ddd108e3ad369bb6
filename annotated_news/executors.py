"""Where the per-article work runs: this machine's processes, or a Dask cluster.

`--executor local` (the default) runs it in worker processes forked on this
machine (`parallel.py`). `--executor dask://HOST:PORT` sends it to the
scheduler of a Dask distributed cluster (the optional `dask` extra). Any
`concurrent.futures.Executor` can run it (`build(..., executor=...)`); one
with a `share` method (`SharingExecutor`) sends the data every task needs
once per worker instead of once per task.

Dask workers read the seeds and the page templates by the paths this
machine gives them and run this package's code: they need the same version
of the package and the same folders (one machine, or a shared file system).
Everything else stays here: the cache, the indexes, writing docs/, MkDocs
and Pagefind.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import Any, ParamSpec, TypeVar, cast

from .errors import ConfigError

LOCAL = "local"
DASK_RE = re.compile(
    r"^dask://(?P<host>[A-Za-z0-9.\-]+|\[[0-9A-Fa-f:.]+\]):(?P<port>\d{1,5})$"
)
P = ParamSpec("P")
T = TypeVar("T")


class SharingExecutor(Executor):
    """An Executor that also sends data to all its workers once (`share`)."""

    def __init__(
        self,
        inner: Executor,
        share: Callable[[Any], Any],
        workers: int,
        close: Callable[[], None],
        name: str,
    ) -> None:
        self.inner = inner
        self._share = share
        self.workers = workers
        """Tasks that run at once (worker threads of the cluster)."""
        self._close = close
        self.name = name

    def submit(
        self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs
    ) -> Future[T]:
        """Run `fn(*args, **kwargs)` on a worker; `share` handles count as values."""
        return self.inner.submit(fn, *args, **kwargs)

    def share(self, value: Any) -> Any:
        """Send `value` to every worker; return a handle to pass to `submit`."""
        return self._share(value)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Stop and let go of the workers."""
        try:
            # Dask's ClientExecutor takes no cancel_futures; its shutdown
            # without waiting cancels what has not run.
            self.inner.shutdown(wait and not cancel_futures)
        finally:
            self._close()


def code_digest() -> str:
    """Hash of this package's Python files: a cluster's workers must match it."""
    package = Path(__file__).resolve().parent
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def other_code(found: Mapping[str, object], ours: str) -> list[str]:
    """The workers whose `code_digest` is not `ours` (or who could not say)."""
    return sorted(worker for worker, digest in found.items() if digest != ours)


def check_executor(spec: str) -> str:
    """Return `spec` if it names an executor, else raise ConfigError."""
    if spec == LOCAL or DASK_RE.match(spec):
        return spec
    raise ConfigError(
        f"unknown executor {spec!r}: use 'local' or 'dask://HOST:PORT' "
        "(the address of a Dask scheduler)"
    )


def open_executor(spec: str) -> SharingExecutor | None:
    """The executor named by `spec`; None for local processes.

    Raises:
        ConfigError: a bad spec, Dask not installed, no scheduler there, no
            workers, or workers that run other code than this process.
    """
    named = DASK_RE.match(check_executor(spec))
    if named is None:
        return None
    try:
        from distributed import Client
    except ImportError:
        raise ConfigError(
            f"--executor {spec} needs Dask distributed: "
            "pip install 'annotated-news[dask]'"
        ) from None
    address = f"tcp://{named['host']}:{named['port']}"
    try:
        # distributed's functions carry no types: Any, as mypy --strict sees them.
        client: Any = cast(Any, Client)(address, timeout=10, set_as_default=False)
    except OSError as err:
        raise ConfigError(f"no Dask scheduler at {address}: {err}") from None

    found: dict[str, object]
    try:
        found = client.run(code_digest)
    except Exception as err:  # e.g. workers without this module: other code
        found = {"workers": f"failed: {err}"}
    stale = other_code(found, code_digest())
    if not found or stale:
        client.close()
        if not found:
            raise ConfigError(f"the Dask scheduler at {address} has no workers")
        raise ConfigError(
            f"{len(stale)} of {len(found)} Dask workers at {address} run other "
            f"code of annotated_news than this build (first: {stale[0]}): install "
            "this version on them and restart them"
        )

    def share(value: Any) -> Any:
        # A list of one: scatter would split a tuple into its items.
        return client.scatter([value], broadcast=True, hash=False)[0]

    workers = sum(client.nthreads().values()) or 1
    return SharingExecutor(
        client.get_executor(pure=False), share, workers, client.close, f"dask {address}"
    )
