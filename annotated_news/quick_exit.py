"""Ending the command line's process without freeing what the build made.

A build holds millions of objects until it ends (every article with its
annotations, the indexes, the site plan, the digests). Freed one by one, they
cost time twice: when the build returns (its stages' locals) and when the
interpreter shuts down (what modules still hold). At 5,000 articles that is
about 0.5 s of the 6 s a one-seed edit takes, and it grows with the corpus.

The command line (`build_site.py`, `python -m annotated_news`) ends right
after the build: `run` keeps the build's objects (`keep`) and ends the
process with `os._exit` once its output is flushed, as mypy does. A build
called as a function (tests, `make serve`'s builder) keeps nothing: `keep`
does nothing unless `run` is on the stack.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import NoReturn

_kept: list[object] | None = None


def keep(*objects: object) -> None:
    """Hold objects until the process ends, when `run` is ending it."""
    if _kept is not None:
        _kept.extend(objects)


def run(main: Callable[[], int]) -> NoReturn:
    """Run `main` and end the process with its status, freeing nothing.

    Only for a process that ends here: nothing after `main` runs, atexit
    handlers included (the build leaves none: its worker pools, temporary
    folders and locks are closed by their `with` blocks before it returns).
    """
    global _kept
    _kept = []
    try:
        status = main()
    except SystemExit as done:  # argparse's --help, --version and usage errors
        code = done.code
        status = code if isinstance(code, int) else (0 if code is None else 1)
        if code is not None and not isinstance(code, int):
            sys.stderr.write(f"{code}\n")  # as the interpreter shows it
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
