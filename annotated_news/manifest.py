"""What the last build rendered, so that an edit renders only what changed.

A page's Markdown is a function of its context (a `render.context.Page`)
and of the templates and code that render it. The manifest keeps, for each
page path, a digest of its Markdown (`build.page_digest`), and the size and
modification time of the file the build left in `docs/`. The next build
writes only pages whose digest changed or whose file is no longer the one
it wrote; the others keep their files untouched. An article page also has
a digest of its inputs (`render.inputs`): when it is unchanged, its context
is not even built. An article's part of `annotations.jsonld` is found
by a digest of everything it is made from (the article's cache key, its
slug, the names its mentions join, the site's URL): the manifest keeps where
the part is in the file the build left in `docs/` (bytes, not the part: the
collection is 215 MB at 10,000 articles), and the file's stat. So are the
events of `timeline.json`, each found by its article's cache key and slug,
the sentence it is of and the site's URL.

Everything is checked, nothing trusted: a different code or template
digest, an unreadable manifest or a file changed by hand means render again.
The manifest lives in the cache folder (`--cache`), one file, written after
`docs/` is in place; a build without a cache renders everything.
"""

from __future__ import annotations

import dataclasses as dc
import functools
import hashlib
import io
import operator
import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent
NAME = "render-manifest.pickle"
FORMAT = "6"
"""Of the manifest's contents (6: page digests are of the Markdown, not the
context)."""

Stat = tuple[int, int]
"""A file's size and modification time (ns)."""


class _Digester(pickle.Pickler):
    """Pickles a dataclass as its class and its fields' values, in order.

    Only for digests, never loaded. Pickle's own way for a slotted dataclass
    calls `dataclasses`' Python `__getstate__` per object, which looks up the
    fields again each time: half of what digesting every page cost.
    """

    def reducer_override(self, obj: Any) -> Any:
        kind: type = type(obj)
        getter = _fields_of(kind)
        if getter is None:
            return NotImplemented
        return kind, getter(obj)


@functools.cache
def _fields_of(kind: type) -> Callable[[Any], tuple[Any, ...]] | None:
    """The values of a dataclass's fields, as one tuple (None: no dataclass)."""
    if not dc.is_dataclass(kind):
        return None
    names = [f.name for f in dc.fields(kind)]
    if len(names) == 1:
        one = operator.attrgetter(names[0])
        return lambda obj: (one(obj),)
    return operator.attrgetter(*names) if names else lambda obj: ()


def digest(value: Any) -> str:
    """A digest of a picklable value (equal digests: equal values).

    Equal values may give different digests (pickle keeps the order of sets
    and shares repeated objects): that only renders a page again.
    """
    buffer = io.BytesIO()
    _Digester(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return hashlib.blake2b(buffer.getbuffer(), digest_size=16).hexdigest()


@functools.cache
def code_digest(templates_dir: Path) -> str:
    """A digest of everything that renders a context: code and templates."""
    h = hashlib.blake2b(digest_size=16)
    h.update(FORMAT.encode())
    files = sorted(PACKAGE.rglob("*.py")) + sorted(
        p for p in templates_dir.rglob("*") if p.is_file()
    )
    for path in files:
        h.update(b"\0" + os.fsencode(path) + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


def stat_of(path: Path | str) -> Stat | None:
    """A file's size and modification time, or None when it is not a file."""
    try:
        found = os.stat(path)  # noqa: PTH116 (a str path: no Path made per page)
    except OSError:
        return None
    return (found.st_size, found.st_mtime_ns)


def stats_of(docs: Path, paths: Iterable[str]) -> Iterator[Stat | None]:
    """`stat_of` each page path under `docs`.

    With plain strings: a `Path` made per page cost more than the stat
    (18,000 pages at 10,000 articles, at every build).
    """
    base = os.fspath(docs) + os.sep
    for path in paths:
        yield stat_of(base + path)


@dc.dataclass(slots=True)
class Manifest:
    """Digests of the last build's pages and export parts."""

    code: str = ""
    """`code_digest` of that build (another one: nothing is reused)."""
    pages: dict[str, tuple[str, Stat]] = dc.field(default_factory=dict)
    """Page path -> (digest of the Markdown, stat of the file written)."""
    exports: dict[str, tuple[int, int, int]] = dc.field(default_factory=dict)
    """Export-part digest -> (count, first byte, end byte) in `export`."""
    export: str = ""
    """The collection's path under docs/."""
    export_stat: Stat | None = None
    """Its stat as the build left it (another: no part is reused)."""
    inputs: dict[str, tuple[str, tuple[str, ...]]] = dc.field(default_factory=dict)
    """Page path -> digest of what the page is made of and the listing
    anchors it read (`render.inputs`): an equal digest keeps the page
    without building its context. Article pages and names' first pages
    have one."""
    pages_of: dict[str, tuple[str, ...]] = dc.field(default_factory=dict)
    """First page path -> every page made with it (a name's pages in parts)."""
    events: dict[str, tuple[int, int]] = dc.field(default_factory=dict)
    """Event key (`build.event_key`) -> its first and end byte in `timeline`."""
    timeline: str = ""
    """The timeline file's path under docs/."""
    timeline_stat: Stat | None = None
    """Its stat as the build left it (another: no event is reused)."""

    def reusable(self, docs: Path) -> dict[str, str]:
        """Page path -> digest, for pages whose file is still the one written."""
        pages = self.pages
        return {
            path: pages[path][0]
            for path, now in zip(pages, stats_of(docs, pages), strict=True)
            if now == pages[path][1]
        }

    def parts(self, docs: Path) -> dict[str, tuple[int, int, int]]:
        """Export parts that can be read back from the collection in `docs`."""
        if not self.export or stat_of(docs / self.export) != self.export_stat:
            return {}
        return self.exports

    def event_parts(self, docs: Path) -> dict[str, tuple[int, int]]:
        """Events that can be read back from the timeline file in `docs`."""
        if not self.timeline or stat_of(docs / self.timeline) != self.timeline_stat:
            return {}
        return self.events


def load(cache_dir: Path | None, code: str) -> Manifest:
    """The manifest of the last build with this code; empty when there is none."""
    if cache_dir is None:
        return Manifest(code)
    try:
        found = pickle.loads((cache_dir / NAME).read_bytes())
    except Exception:  # missing or damaged: render everything
        return Manifest(code)
    if not isinstance(found, Manifest) or found.code != code:
        return Manifest(code)
    return found


def save(
    cache_dir: Path | None,
    code: str,
    docs: Path,
    pages: Iterable[tuple[str, str]],
    exports: dict[str, tuple[int, int, int]],
    export: str,
    inputs: dict[str, tuple[str, tuple[str, ...]]] | None = None,
    parts: dict[str, tuple[str, ...]] | None = None,
    timeline: tuple[str, dict[str, tuple[int, int]]] = ("", {}),
) -> None:
    """Record this build's pages as they now are in `docs`.

    `pages` gives each page's path and the digest of its Markdown; `exports`
    where each export part is in the collection `export`; `inputs` the
    input digest of pages that have one; `timeline` the timeline file and
    where each event is in it.
    """
    if cache_dir is None:
        return
    manifest = Manifest(
        code,
        {},
        exports,
        export,
        stat_of(docs / export),
        dict(inputs or {}),
        dict(parts or {}),
        timeline[1],
        timeline[0],
        stat_of(docs / timeline[0]) if timeline[0] else None,
    )
    listed = list(pages)
    for (path, found), stat in zip(
        listed, stats_of(docs, (path for path, _ in listed)), strict=True
    ):
        if stat is not None:
            manifest.pages[path] = (found, stat)
    target = cache_dir / NAME
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".{NAME}.{os.getpid()}")
        temp.write_bytes(pickle.dumps(manifest, protocol=pickle.HIGHEST_PROTOCOL))
        temp.replace(target)
    except OSError:
        pass  # without a manifest the next build renders everything
