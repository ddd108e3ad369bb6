"""A render worker forked while this process renders must not inherit a held lock.

`parallel.map_chunks_beside` replaces retired render workers: the pool forks
the new one from its own thread while this process renders pages through the
same Jinja environment. Any lock that environment takes on the way to a
template is held at some instant of that; a worker forked at that instant
would find it held for ever (seen once as a build that hung under load, its
worker asleep in futex_wait).
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from annotated_news.render.env import make_env

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def _locks_held_during_get_template(env: object) -> list[threading.Lock]:
    """The locks a `get_template` call takes, found on the template cache."""
    cache = getattr(env, "cache", None)
    lock = getattr(cache, "_wlock", None)
    return [lock] if lock is not None else []


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_worker_forked_mid_get_template_can_render() -> None:
    env = make_env(TEMPLATES)
    name = env.list_templates()[0]
    env.get_template(name)  # compiled before the fork, as `build.warm` does
    held = _locks_held_during_get_template(env)
    for lock in held:  # this process, inside `get_template` at the fork
        lock.acquire()
    pid = os.fork()
    if pid == 0:  # the worker: the next page it renders gets its template
        try:
            env.get_template(name)
        finally:
            os._exit(0)
    for lock in held:
        lock.release()
    deadline = time.monotonic() + 20
    status = 0
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.05)
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        pytest.fail("the forked worker waited for a lock this process held")
    assert os.waitstatus_to_exitcode(status) == 0
