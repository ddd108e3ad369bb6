"""People and organisations joined across articles.

Each article names entities by its own canonical names ("Noem" in one,
"Kristi Noem" in the other). Here they are joined site-wide:

- a person named by one word joins the only person with that surname;
- an acronym joins the only organisation whose initials it spells;
- "X Department" and "Department of X" are one organisation;
- names with the same initials that differ only in their last, generic word
  ("Drug Enforcement Administration" / "Drug Enforcement Agency") are one
  organisation, and the other spelling is kept as a *variant* so that pages
  can flag it.
"""

from __future__ import annotations

import dataclasses as dc
import re
from collections import Counter, defaultdict

from ..annotators.lexicon import ORG_WORDS
from ..model import Article, EntityMention, Kind
from ..slugs import short_hash, slug

ACRONYM_RE = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,})$")
DEPARTMENT_RE = re.compile(r"^(?P<x>[A-Z][\w ]+?) Department$")


@dc.dataclass(slots=True)
class EntityRecord:
    """One person or organisation across the whole site."""

    key: str
    """Slug used for its page: `people/<key>.md` or `organizations/<key>.md`."""
    name: str
    kind: Kind
    names: set[str] = dc.field(default_factory=set)
    """Every per-article canonical name joined into this record."""
    forms: Counter[str] = dc.field(default_factory=Counter)
    """Surface forms as written ("Miller", "ICE"), with counts."""
    titles: Counter[str] = dc.field(default_factory=Counter)
    mentions: list[tuple[Article, EntityMention]] = dc.field(default_factory=list)
    _articles: tuple[int, list[Article]] = dc.field(default=(-1, []), init=False,
                                                    repr=False, compare=False)
    """`articles`, with the number of mentions it was computed from."""

    @property
    def variants(self) -> list[str]:
        """Other full spellings of the name (not acronyms or short forms)."""
        return sorted(
            n for n in self.names
            if n != self.name and " " in n and not _is_short_form(n, self.name)
        )

    @property
    def articles(self) -> list[Article]:
        """Articles that name this entity, in corpus order, without repeats."""
        count, found = self._articles
        if count != len(self.mentions):  # computed once: pages ask per mention
            seen: dict[str, Article] = {}
            for article, _ in self.mentions:
                seen.setdefault(article.slug, article)
            found = list(seen.values())
            self._articles = (len(self.mentions), found)
        return found

    @property
    def folder(self) -> str:
        """The docs/ folder of its page."""
        return "people" if self.kind is Kind.PERSON else "organizations"

    @property
    def page(self) -> str:
        """Its page, relative to docs/."""
        return f"{self.folder}/{self.key}.md"


def _is_short_form(name: str, full: str) -> bool:
    return full.endswith(" " + name) or bool(ACRONYM_RE.match(name))


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _department_key(name: str) -> str:
    """'Justice Department' and 'Department of Justice' share a key."""
    m = DEPARTMENT_RE.match(name)
    if m:
        return f"Department of {m['x']}"
    return name


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _join_people(names: set[str], union: _Union) -> None:
    full = [n for n in names if " " in n]
    by_surname: dict[str, set[str]] = defaultdict(set)
    for name in full:
        by_surname[name.split()[-1]].add(name)
    for name in names:
        if " " not in name and len(by_surname.get(name, ())) == 1:
            union.union(name, next(iter(by_surname[name])))


def _join_orgs(names: set[str], union: _Union) -> None:
    full = sorted(n for n in names if not ACRONYM_RE.match(n))
    by_initials: dict[str, set[str]] = defaultdict(set)
    for name in full:
        if len(_initials(name)) >= 2:
            by_initials[_initials(name)].add(_department_key(name))
    by_key: dict[str, str] = {}
    for name in full:
        key = _department_key(name)
        if key in by_key:
            union.union(name, by_key[key])
        by_key.setdefault(key, name)
    for name in names:
        if ACRONYM_RE.match(name):
            keys = by_initials.get(name.replace(".", ""), set())
            if len(keys) == 1:
                union.union(name, by_key[next(iter(keys))])
    # Same initials, same words but the last, both last words generic: every
    # such pair shares a bucket, so only names within a bucket are compared.
    buckets: dict[tuple[str, tuple[str, ...]], list[str]] = defaultdict(list)
    for name in full:
        words = name.split()
        if len(words) >= 2 and words[-1].lower() in ORG_WORDS:
            buckets[(_initials(name), tuple(words[:-1]))].append(name)
    for bucket in buckets.values():
        for a in bucket:
            for b in bucket:
                if a < b and _variant(a, b):
                    union.union(a, b)


def _variant(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    return (
        len(wa) == len(wb) >= 2
        and wa[:-1] == wb[:-1]
        and wa[-1].lower() in ORG_WORDS
        and wb[-1].lower() in ORG_WORDS
    )


def _pick_name(names: set[str], counts: Counter[str]) -> str:
    """The name a record is shown under: full, most used, then longest."""
    return min(
        names,
        key=lambda n: (bool(ACRONYM_RE.match(n)), " " not in n, -counts[n],
                       -len(n), n),
    )


@dc.dataclass(slots=True)
class EntityIndex:
    """All entity records, and the way from a mention to its record."""

    records: list[EntityRecord]
    by_local: dict[tuple[Kind, str], EntityRecord]

    def record(self, mention: EntityMention) -> EntityRecord:
        """Return the site-wide record of a mention."""
        return self.by_local[(mention.kind, mention.canonical)]

    def named(self, kind: Kind, name: str) -> EntityRecord | None:
        """Return the record a per-article canonical name belongs to, if any."""
        return self.by_local.get((kind, name))

    def of_kind(self, kind: Kind) -> list[EntityRecord]:
        """Records of one kind, most mentioned first."""
        return [r for r in self.records if r.kind is kind]


def build_entity_index(articles: list[Article]) -> EntityIndex:
    """Join the entity mentions of all articles into site-wide records."""
    counts: Counter[tuple[Kind, str]] = Counter()
    for article in articles:
        for mention in article.entities:
            counts[(mention.kind, mention.canonical)] += 1
    records: list[EntityRecord] = []
    by_local: dict[tuple[Kind, str], EntityRecord] = {}
    for kind in (Kind.PERSON, Kind.ORGANIZATION):
        names = {n for k, n in counts if k is kind}
        union = _Union()
        for name in names:
            union.find(name)
        (_join_people if kind is Kind.PERSON else _join_orgs)(names, union)
        groups: dict[str, set[str]] = defaultdict(set)
        for name in names:
            groups[union.find(name)].add(name)
        name_counts = Counter({n: c for (k, n), c in counts.items() if k is kind})
        for members in groups.values():
            name = _pick_name(members, name_counts)
            record = EntityRecord(key=slug(name) or "entity", name=name, kind=kind,
                                  names=members)
            records.append(record)
            for member in members:
                by_local[(kind, member)] = record
    for article in articles:
        for mention in article.entities:
            record = by_local[(mention.kind, mention.canonical)]
            record.mentions.append((article, mention))
            record.forms[article.slice(mention.span)] += 1
            if mention.title:
                record.titles[mention.title] += 1
    records.sort(key=lambda r: (-len(r.articles), -len(r.mentions), r.name))
    _unique_keys(records)
    return EntityIndex(records, by_local)


def _unique_keys(records: list[EntityRecord]) -> None:
    """Give records that slug alike distinct keys, independent of order."""
    by_key: dict[tuple[str, str], list[EntityRecord]] = defaultdict(list)
    for record in records:
        by_key[(record.folder, record.key)].append(record)
    for same in by_key.values():
        if len(same) > 1:
            for record in sorted(same, key=lambda r: r.name)[1:]:
                record.key = f"{record.key}-{short_hash(record.name, 4)}"
