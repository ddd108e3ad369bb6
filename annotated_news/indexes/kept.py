"""Index results kept between builds, found by what they were made from.

Some of an index's work reads only a few articles: the echo search of one
article (`quotes.find_echoes`) reads that article and its related articles;
the comparison of two related articles' figures (`figures.build_figure_ledger`)
reads those two articles and, of the name index, each of their mentions'
name page and whether that name is rare. Each result is kept under a digest
of what it read: the articles' cache keys (their text, annotations and ids)
and slugs, the names read, and the code that made it (`Kept.code`: every
module of the package, as the render manifest digests them, and Python's
version; a change to any module means a whole rebuild of these results). The next build looks each one up and does
the work again only where the digest is new: after an edit, for the edited
article, the articles related to it, and pairs whose names changed.

Everything is checked, nothing trusted: an article without a cache key is
searched every time, a file that cannot be read is an empty store, and a
store of other code is not used. The store lives in the cache folder, one
file, rewritten after each build with only the entries that build used.
"""

from __future__ import annotations

import dataclasses as dc
import hashlib
import os
import pickle
import sys
from collections.abc import Iterable
from pathlib import Path

from ..model import Article

NAME = "index-kept.pickle"
FORMAT = "3"

PairsFound = tuple[tuple[int, int, bool], ...]
"""Figures of two related articles that match: indexes into each one's
ledger figures (`figures.in_ledger`), and whether their sentences name
someone in common (a strong link; `figures.build_figure_ledger`)."""
EchoFound = tuple[str, int, int, int, int, str]
"""An echo as kept: the quoting article's slug, the quote's start and end,
the start and end of the same words unquoted in the searched article, and
their element id there."""


@dc.dataclass(slots=True)
class Kept:
    """Kept index results of one build, and the cache keys they are found by."""

    keys: dict[str, str]
    """Cache key by seed name, of this build's articles."""
    code: str = ""
    """A digest of the code that made the results (`load`)."""
    echoes: dict[str, tuple[EchoFound, ...]] = dc.field(default_factory=dict)
    """Digest of an article and its related articles -> its echoes."""
    pairs: dict[str, PairsFound] = dc.field(default_factory=dict)
    """Digest of two related articles and their names -> their matching figures."""
    used: set[str] = dc.field(default_factory=set)
    """The digests this build looked up or stored: the next store keeps these."""

    def _key(self, what: str, articles: Iterable[Article], *more: str) -> str | None:
        """A digest of the code, articles by cache key and slug, and `more`."""
        # One string hashed once (the same bytes as hashing each piece in
        # turn): about 30,000 keys at 10,000 articles, at every build.
        parts = [f"{FORMAT}\0{self.code}\0{what}"]
        keys = self.keys
        for one in articles:
            key = keys.get(one.seed)
            if key is None:
                return None
            parts.append(f"\0{one.seed}\0{one.slug}\0{key}")
        parts.extend(f"\0{len(text)}\0{text}" for text in more)
        return hashlib.blake2b("".join(parts).encode(), digest_size=16).hexdigest()

    def echo_key(self, article: Article, partners: list[Article]) -> str | None:
        """The digest an article's echo search is kept under (None: not kept)."""
        return self._key("echoes", (article, *partners))

    def found_echoes(self, key: str) -> tuple[EchoFound, ...] | None:
        """The echoes kept under a digest, if any."""
        found = self.echoes.get(key)
        if found is not None:
            self.used.add(key)
        return found

    def keep_echoes(self, key: str, found: tuple[EchoFound, ...]) -> None:
        """Keep the echoes an article's search found."""
        self.echoes[key] = found
        self.used.add(key)

    def pair_key(
        self, a: Article, b: Article, names_a: str, names_b: str
    ) -> str | None:
        """The digest a comparison of two articles' figures is kept under.

        `names_a` and `names_b`: what the comparison reads of the name index
        (`figures._Comparer.names`).
        """
        return self._key("figure pairs", (a, b), names_a, names_b)

    def found_pairs(self, key: str) -> PairsFound | None:
        """The matching figures kept under a digest, if any."""
        found = self.pairs.get(key)
        if found is not None:
            self.used.add(key)
        return found

    def keep_pairs(self, key: str, found: PairsFound) -> None:
        """Keep the matching figures a comparison found."""
        self.pairs[key] = found
        self.used.add(key)


def load(cache_dir: Path | None, keys: dict[str, str], code: str) -> Kept:
    """The results the last build kept (none: an empty store).

    `code` is a digest of the code that runs (the build's
    `manifest.code_digest`: every module of the package): results of other
    code are not used.
    """
    kept = Kept(keys, f"{code} {sys.version}")
    if cache_dir is None:
        return kept
    try:
        found = pickle.loads((cache_dir / NAME).read_bytes())
    except Exception:  # missing or damaged: search everything again
        return kept
    if isinstance(found, tuple) and len(found) == 3 and found[0] == kept.code:
        kept.echoes, kept.pairs = found[1], found[2]
    return kept


def save(cache_dir: Path | None, kept: Kept) -> None:
    """Store the results this build used, for the next build."""
    if cache_dir is None:
        return
    used = kept.used
    echoes = {k: v for k, v in kept.echoes.items() if k in used}
    pairs = {k: v for k, v in kept.pairs.items() if k in used}
    target = cache_dir / NAME
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".{NAME}.{os.getpid()}")
        temp.write_bytes(
            pickle.dumps((kept.code, echoes, pairs), protocol=pickle.HIGHEST_PROTOCOL)
        )
        temp.replace(target)
    except OSError:
        pass  # without it the next build searches everything again
