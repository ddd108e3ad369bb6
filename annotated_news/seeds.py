"""The per-article stage: read, parse, annotate and id one seed; cached.

An annotated article depends only on its seed, its sidecar and the code that
reads and annotates it. The cache keeps each result under a hash of exactly
that: the seed's path and bytes, the sidecar's bytes, and a fingerprint of the
annotating code and of the libraries it uses. The annotating code is this
module and every module of the package it imports, directly or through
others (read from their source, `code_files`), with the other files of their
folders; the later stages (indexes, rendering, export, MkDocs) are not among
them, so editing those keeps the cache. Any change to one of them gives a new
key, so an entry is never stale; entries no build uses are removed.
"""

from __future__ import annotations

import ast
import contextlib
import copyreg
import dataclasses as dc
import hashlib
import importlib.metadata
import operator
import os
import pickle
import re
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from . import model
from .annotators.entities.capitalised import capitalised_words
from .cache_packs import Packs, prune, write_pack
from .errors import SeedError, SeedErrors
from .files import read_regular
from .ids import assign_ids
from .index_parts import IndexParts, NameParts, index_parts
from .model import Article, Span
from .parse.article import parse_article
from .reader import MAX_SEED_BYTES, read_seed
from .sidecar import sidecar_bytes, sidecar_path

PACKAGE = Path(__file__).resolve().parent
CACHE_FORMAT = "3"
LIBRARIES = ("sentencex", "python-slugify", "text-unidecode", "PyYAML")

Ids = dict[tuple[str, Span], str]


@dc.dataclass(frozen=True, slots=True)
class Annotated:
    """One seed after the per-article stage."""

    article: Article
    ids: Ids
    """Element ids of its annotations and sentences (`assign_ids`)."""
    warnings: tuple[str, ...]
    parts: IndexParts | None = None
    """Its parts of the site-wide indexes (`index_parts.py`)."""


def _module_file(package: Path, parts: Sequence[str]) -> Path | None:
    """The file of a module of the package (`parts` below the package), if any."""
    if not parts:
        return package / "__init__.py"
    base = package.joinpath(*parts)
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def _type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _statements(body: Sequence[ast.AST]) -> Iterator[ast.AST]:
    """Every statement, nested ones too (lazy imports in functions).

    Not those under `if TYPE_CHECKING:`, which never run.
    """
    for node in body:
        yield node
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            if (
                field == "body"
                and isinstance(node, ast.If)
                and _type_checking(node.test)
            ):
                continue
            inner = getattr(node, field, None)
            if isinstance(inner, list):
                yield from _statements(inner)


def _imported(package: Path, path: Path) -> set[Path]:
    """Files of the package that a module imports, anywhere in it (even lazily)."""
    tree = ast.parse(path.read_bytes(), filename=str(path))
    here = (package.name, *path.relative_to(package).parent.parts)
    found: set[Path] = set()
    for node in _statements(tree.body):
        if isinstance(node, ast.Import):
            modules = [tuple(alias.name.split(".")) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = here[: len(here) - node.level + 1] if node.level else ()
            module = (*base, *node.module.split(".")) if node.module else base
            modules = [module, *((*module, alias.name) for alias in node.names)]
        else:
            continue
        for module in modules:
            if module[:1] == (package.name,):
                file = _module_file(package, module[1:])
                if file is not None:
                    found.add(file)
    return found


def code_files(package: Path = PACKAGE, root: str = "seeds.py") -> list[Path]:
    """The files the per-article stage runs: `root` and what it imports, in turn.

    With the `__init__.py` of each folder on the way (Python runs them) and the
    data files beside each module (a module may read them).
    """
    todo, seen = [package / root], set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        folder = path.parent
        while folder != package.parent:
            todo.append(folder / "__init__.py")
            folder = folder.parent
        todo.extend(_imported(package, path))
    data = {
        other
        for path in seen
        for other in path.parent.iterdir()
        if other.is_file() and other.suffix not in (".py", ".pyc")
    }
    return sorted(seen | data)


_FOUND: dict[str, str] = {}
"""The fingerprint once found, or kept by its files' stat (`code_key.py`)."""


def fingerprint() -> str:
    """Hash of the code and libraries the per-article stage runs."""
    found = _FOUND.get("")
    if found is None:
        found = _FOUND[""] = fingerprint_of(code_files())
    return found


def keep_fingerprint(found: str) -> None:
    """Take a fingerprint found before, by a build whose files had not changed."""
    _FOUND[""] = found


def runtime() -> str:
    """What the fingerprint holds besides the code: formats, Python, libraries."""
    versions = []
    for name in LIBRARIES:
        try:
            version = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            version = "-"
        versions.append(f"\0{name}={version}")
    return f"{CACHE_FORMAT} {sys.version} {sys.platform}" + "".join(versions)


def fingerprint_of(files: list[Path], package: Path = PACKAGE) -> str:
    """The fingerprint of the code files (`code_files`) and the runtime."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(runtime().encode())
    for path in files:
        digest.update(f"\0{path.relative_to(package).as_posix()}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def seed_key(path: Path) -> str | None:
    """The cache key of a seed: its path, its bytes and its sidecar's bytes.

    None when the seed cannot be read (the stage then reports why).
    """
    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"{fingerprint()}\0".encode() + os.fsencode(path) + b"\0")
    # The same checked reads as the reader's: a FIFO named like a seed must
    # not hang the build here, before the reader can refuse it.
    try:
        digest.update(read_regular(path, MAX_SEED_BYTES))
        sidecar = sidecar_bytes(sidecar_path(path))
    except SeedError:
        return None
    digest.update(b"\0no sidecar" if sidecar is None else b"\0sidecar\0" + sidecar)
    return digest.hexdigest()


def annotate_seed(path: Path) -> Annotated:
    """Read, parse and annotate one seed and give its elements their ids.

    Raises:
        SeedError: when the seed or its sidecar cannot be published.
    """
    # Imported on first use: a build that annotates nothing never compiles
    # the annotators' rules (`annotators/__init__.py`).
    from .annotators.run import annotate

    raw = read_seed(path)
    article = annotate(parse_article(raw))
    # Read once here and cached with the article: the site's lone surnames
    # read every article's words at each build (`indexes/surnames.py`).
    article.capitalised = capitalised_words(article)
    # Found here, on every core, and cached: the index stage, in the build's
    # own process, only joins them (10,000 articles: CPU s serial before).
    return Annotated(article, assign_ids(article), raw.warnings, index_parts(article))


# Pickling frozen dataclasses with slots goes through dataclasses'
# `__setstate__`, which looks up the fields of every object: loading 10,000
# cached articles (800,000 objects) took seconds. Each class below is pickled
# as a call of its own maker, a module-level function written out for its
# fields (`_make_Span(start, end)`): it sets each slot directly, with no loop
# and no field lookup (3.7x faster than a generic loop over the fields).
_SLOTTED: tuple[type, ...] = (
    model.Span,
    model.Block,
    model.Sentence,
    model.Figure,
    model.Quote,
    model.DateMention,
    model.EntityMention,
    model.Credit,
    model.ArticleMeta,
    model.Note,
    NameParts,
    IndexParts,
    Annotated,
)


def _maker(cls: type) -> Callable[..., Any]:
    """A module-level function that makes a `cls` from its field values."""
    names = [f.name for f in dc.fields(cls)]
    body = "".join(f"    _set(obj, {n!r}, {n})\n" for n in names)
    source = f"def _make_{cls.__name__}({', '.join(names)}):\n"
    source += f"    obj = _new(_cls)\n{body}    return obj\n"
    space: dict[str, Any] = {"_new": object.__new__, "_set": object.__setattr__}
    space["_cls"] = cls
    exec(source, space)  # the source is made above, from field names only
    made: Callable[..., Any] = space[f"_make_{cls.__name__}"]
    made.__module__ = __name__
    globals()[made.__name__] = made  # pickle finds it by module and name
    return made


def _reducer(cls: type) -> Callable[[Any], tuple[Any, tuple[Any, ...]]]:
    make = _maker(cls)
    getter = operator.attrgetter(*(f.name for f in dc.fields(cls)))
    if len(dc.fields(cls)) == 1:
        return lambda obj: (make, (getter(obj),))
    return lambda obj: (make, getter(obj))


for _cls in _SLOTTED:
    copyreg.pickle(_cls, _reducer(_cls))


# The name of a code's folder in the cache: the fingerprint's first 16 digits.
CODE_FOLDER_RE = re.compile(r"[0-9a-f]{16}")


@dc.dataclass(frozen=True, slots=True)
class SeedCache:
    """Annotated seeds by key, as pickles packed under `root/<fingerprint>/`.

    Packed by the chunk of seeds that made them (`cache_packs`): a file per
    entry cost the annotate stage a tenth of its time in creating files.
    """

    root: Path
    _read: dict[Path, Packs] = dc.field(default_factory=dict, compare=False, repr=False)
    """The packs read so far, by folder (one folder per code)."""

    @property
    def folder(self) -> Path:
        """Where entries of the current code live."""
        return self.root / fingerprint()[:16]

    def load(self, key: str) -> Annotated | None:
        """Return the entry of a key, or None."""
        data = self.entry(key)
        return None if data is None else self.loaded(data)

    def entry(self, key: str) -> memoryview | None:
        """The pickled entry of a key (held until `close`), or None."""
        folder = self.folder
        packs = self._read.get(folder)
        if packs is None:
            packs = self._read[folder] = Packs(folder)
        return packs.get(key)

    @staticmethod
    def loaded(data: memoryview) -> Annotated | None:
        """An entry unpickled (None: damaged, a miss)."""
        try:
            found = pickle.loads(data)
        except Exception:  # a damaged entry is a miss
            return None
        return found if isinstance(found, Annotated) else None

    def close(self) -> None:
        """Let go of the packs read by `load` (their bytes are held until then)."""
        for packs in self._read.values():
            packs.close()
        self._read.clear()

    def store(self, key: str, data: bytes) -> None:
        """Store one pickled entry (a pack of one); see `store_all`."""
        self.store_all([(key, data)])

    def store_all(self, entries: Sequence[tuple[str, bytes]]) -> None:
        """Store pickled entries as one pack; a reader sees all of it or nothing."""
        # A cache that cannot be written only makes the next build slower.
        with contextlib.suppress(OSError):
            write_pack(self.folder, entries)

    @property
    def compiled(self) -> Path:
        """The compiled templates' folder, kept here (`build.compiled_folder`)."""
        return self.root / "templates"

    def keep_only(self, keys: set[str]) -> int:
        """Remove entries of other keys and of other code; return how many.

        Entries of other code go with their folder; in this code's folder,
        packs are removed or merged (`cache_packs.prune`).
        """
        if self.root.is_dir():
            for other in self.root.iterdir():
                # Only the folders of other code that this cache made: a cache
                # folder pointed at a folder of the user's keeps the rest
                if (
                    other.is_dir()
                    and CODE_FOLDER_RE.fullmatch(other.name)
                    and other != self.folder
                ):
                    shutil.rmtree(other, ignore_errors=True)
        if not self.folder.is_dir():
            return 0
        return prune(self.folder, keys)


KeyFound = tuple[str | None, Any]
"""A seed's cache key found by the worker and what the build keeps of it
(`seed_keys.found_key`: the key, and its `seed_keys.Entry` or None)."""

SeedResult = tuple[
    str, Annotated | bytes | list[tuple[str, int, str, str]], KeyFound | None
]
"""("ok", the Annotated seed or its pickle, key) or ("error", the fields of
each SeedError, key), per seed; the key only when the worker found it
(`AnnotateJob.find_key`)."""


@dc.dataclass(frozen=True, slots=True)
class AnnotateJob:
    """What every call of `annotate_chunk` in one build shares."""

    cache: SeedCache | None
    """Where the worker stores each result; None: the caller stores them."""
    travel: bool
    """Results go to another process: they travel pickled (the cache entry's
    bytes). Else they stay objects, pickled only for the cache."""
    folder: Path | None = None
    """The seeds folder as an absolute path, for workers that work in another
    folder (a cluster); messages still name the seeds as the build was given
    them."""
    find_key: Callable[[Path], KeyFound] | None = None
    """Set when the cache holds nothing to find: each seed's key is found
    here, by the worker that reads it (`seed_keys.found_key`), and sent back
    with its result. The build's process finding them first kept the other
    core idle (10,000 seeds: 0.9 to 1.0 CPU s before the first worker)."""


def _as_given(text: str, real: Path, given: Path) -> str:
    """A message about `real` (absolute) as it reads about `given`."""
    shown = "" if str(given.parent) == "." else str(given.parent) + os.sep
    return text.replace(str(real.parent) + os.sep, shown)


def annotate_chunk(
    job: AnnotateJob, chunk: Sequence[tuple[Path, str | None]]
) -> list[SeedResult]:
    """Annotate seeds, and store each result in `job.cache`, if there is one."""
    out: list[SeedResult] = []
    stored: list[tuple[str, bytes]] = []
    for path, key in chunk:
        real = job.folder / path.name if job.folder else path
        keyed: KeyFound | None = None
        if job.find_key is not None:
            keyed = job.find_key(real)
            key = keyed[0]
        try:
            annotated = annotate_seed(real)
        except (SeedError, SeedErrors) as err:  # several: a sidecar's notes
            found = err.errors if isinstance(err, SeedErrors) else [err]
            out.append(
                (
                    "error",
                    [
                        (_as_given(str(e.path), real, path), e.line, e.problem, e.fix)
                        for e in found
                    ],
                    keyed,
                )
            )
            continue
        if real != path:
            warnings = tuple(_as_given(w, real, path) for w in annotated.warnings)
            annotated = dc.replace(annotated, warnings=warnings)
        # A seed edited while it was read must not be stored under its old key.
        store = job.cache is not None and key is not None and seed_key(path) == key
        data = (
            pickle.dumps(annotated, protocol=pickle.HIGHEST_PROTOCOL)
            if store or job.travel
            else b""
        )
        if store:
            assert key is not None
            stored.append((key, data))
        out.append(("ok", data if job.travel else annotated, keyed))
    if job.cache is not None:
        # One pack for the chunk: a file per seed cost 0.45 ms a seed here.
        job.cache.store_all(stored)
    return out
