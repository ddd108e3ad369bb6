"""People and organisations joined across articles.

Each article names entities by its own canonical names ("Noem" in one,
"Kristi Noem" in the other). Here they are joined site-wide. Every rule looks
names up in a dictionary keyed by what must be equal, so joining takes time
linear in the number of distinct names.

Both kinds: names equal but for case, spaces and punctuation are one
("HIllary Clinton" / "Hillary Clinton", "US Marshals Service" / "U.S. Marshals
Service").

People:

- a one-word name joins the full name it is the surname of ("Noem" ->
  "Kristi Noem"), or the regnal name of ("Leo" -> "Leo XIV"), when there is
  only one such full name on the site, or when one of them has at least four
  fifths of the mentions of all of them ("Obama" -> "Barack Obama" when
  "Michelle Obama" is rarely named). Otherwise (a tie) it is joined to none
  and keeps a record of its own: the site does not guess between people;
- a name of first and last word only joins the longer name with middle names
  ("Robert Prevost" -> "Robert Francis Prevost") when the site has exactly one
  such longer name;
- a full name an article writes for a person it calls otherwise ("Pope Leo
  XIV, born Robert Francis Prevost") joins that person, and through it the
  names it would join ("Robert Prevost" in another article).

Organisations:

- "X Department" and "Department of X" are one;
- an acronym joins the only name whose initials spell it, or the official
  name that `official_names.txt` gives for it when an article writes that name
  ("DOJ" -> "Department of Justice");
- names with the same initials that differ only in their last word, both
  generic organisation words ("Drug Enforcement Administration" / "Drug
  Enforcement Agency"), are one organisation; the other spellings are kept as
  *variants* so that pages show them;
- a name that is the last words of exactly one longer name ("Catholic
  Church" / "Roman Catholic Church") joins it when some article writes it as
  the short form of that name (an article writes both).

The name a record is shown under, among the names the articles write:

1. a name on the list of official names (`official_names.txt`);
2. a name an article writes followed by its acronym in brackets ("Drug
   Enforcement Administration (DEA)"): the text's own evidence;
3. then full names before acronyms and one-word names, the name written by the
   most articles, with the most mentions, the longest, the first
   alphabetically.
"""

from __future__ import annotations

import dataclasses as dc
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from enum import StrEnum
from importlib import resources

from ..annotators.entities.join import short_name
from ..annotators.gender import is_given_name
from ..annotators.lexicon import ORG_WORDS
from ..annotators.vocabulary.honorifics import NAME_SUFFIXES
from ..annotators.vocabulary.letters import without_possessive
from ..index_parts import NameParts, name_parts
from ..model import Article, EntityMention, Kind
from ..slugs import short_hash, slug
from .entity_places import AzLayout, EntityPlace, plan_places

ACRONYM_RE = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,})$")
DEPARTMENT_RE = re.compile(r"^(?P<x>[A-Z][\w ]+?) Department$")
NORM_RE = re.compile(r"[\W_]+")
ALONE_ARTICLES = 2
"""Articles that must call a person by the surname alone, from cues of
their own, before the site calls that surname the person where an article
gives no cue (`known_surnames`)."""
DOMINANT = 0.8
"""Share of a surname's full-name mentions that lets a lone surname join them."""


class NameReason(StrEnum):
    """Why a record is shown under its name, when it has several spellings."""

    OFFICIAL = "official"
    """The name is on the list of official names."""
    BRACKETED = "bracketed"
    """An article writes the name with its acronym in brackets."""
    USAGE = "usage"
    """The name most articles write."""


def norm(name: str) -> str:
    """A name without case, spaces, punctuation or a leading "the"."""
    text = name.casefold()
    text = text.removeprefix("the ")
    return NORM_RE.sub("", text)


@dc.dataclass(frozen=True, slots=True)
class OfficialNames:
    """The list of official names of well-known bodies, with their acronyms."""

    by_norm: dict[str, str]
    """Normalised official name -> official name."""
    by_acronym: dict[str, str]
    """Acronym as written -> official name."""

    @classmethod
    def parse(cls, text: str) -> OfficialNames:
        """Read `name | acronym | ...` lines; `#` starts a comment."""
        by_norm: dict[str, str] = {}
        by_acronym: dict[str, str] = {}
        for line in text.splitlines():
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            name, *acronyms = (p.strip() for p in line.split("|"))
            by_norm[norm(name)] = name
            for acronym in acronyms:
                if acronym:
                    by_acronym[acronym] = name
        return cls(by_norm, by_acronym)


@functools.cache
def official_names() -> OfficialNames:
    """The package's list of official names (read once)."""
    text = (
        resources.files(__package__)
        .joinpath("official_names.txt")
        .read_text(encoding="utf-8")
    )
    return OfficialNames.parse(text)


@dc.dataclass(slots=True)
class EntityRecord:
    """One person or organisation across the whole site."""

    key: str
    """Slug used for its page: `people/<key>.md` or `organizations/<key>.md`."""
    name: str
    kind: Kind
    names: set[str] = dc.field(default_factory=set)
    """Every per-article canonical name joined into this record."""
    reason: NameReason = NameReason.USAGE
    forms: Counter[str] = dc.field(default_factory=Counter)
    """Surface forms as written ("Miller", "ICE"), with counts."""
    titles: Counter[str] = dc.field(default_factory=Counter)
    mentions: list[tuple[Article, EntityMention]] = dc.field(default_factory=list)
    articles: list[Article] = dc.field(default_factory=list)
    """Articles that name this entity, in corpus order, without repeats."""
    spellings: dict[str, set[str]] = dc.field(default_factory=dict)
    """Per article slug: the full spellings that article writes."""
    place: EntityPlace | None = None
    """Where links to it go (`entity_places.py`: its page, or an A–Z entry)."""

    @property
    def variants(self) -> list[str]:
        """Other full spellings of the name (not acronyms or short forms)."""
        return sorted(n for n in self.names if n != self.name and is_spelling(n, self))

    @property
    def folder(self) -> str:
        """The docs/ folder of its page."""
        return "people" if self.kind is Kind.PERSON else "organizations"

    @property
    def page(self) -> str:
        """Its page, relative to docs/."""
        return f"{self.folder}/{self.key}.md"


def is_spelling(name: str, record: EntityRecord) -> bool:
    """Whether a name is a full spelling of the record, not a short form."""
    if ACRONYM_RE.match(name):
        return False
    if record.kind is Kind.PERSON:
        return " " in name
    return not record.name.endswith(" " + name)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _department_key(name: str) -> str:
    """'Justice Department' and 'Department of Justice' share a key."""
    m = DEPARTMENT_RE.match(name)
    if m:
        return f"Department of {m['x']}"
    return name


class _Union:
    def __init__(self, names: list[str]) -> None:
        self.parent: dict[str, str] = {n: n for n in names}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _join_equal(names: list[str], union: _Union) -> None:
    first: dict[str, str] = {}
    for name in names:
        union.union(name, first.setdefault(norm(name), name))


def _join_people(names: list[str], counts: Counter[str], union: _Union) -> None:
    by_surname: dict[str, list[str]] = defaultdict(list)
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in names:
        if " " in name:
            words = name.split()
            by_surname[short_name(words)].append(name)
            if len(words) > 2:
                by_ends[(words[0], words[-1])].append(name)
    for name in names:
        words = name.split()
        longer = by_ends.get((words[0], words[-1])) if len(words) == 2 else None
        if longer and len({union.find(n) for n in longer}) == 1:
            union.union(name, longer[0])  # "Robert Prevost" -> "Robert Francis Prevost"
    for name in names:
        if " " in name or name not in by_surname:
            continue
        root = _owner(by_surname[name], counts, union)
        if root is not None:
            union.union(name, root)


def _owner(fulls: list[str], counts: Counter[str], union: _Union) -> str | None:
    """The one person full names of a surname name, or None (a tie).

    One person when every name joins one record, or when one record has
    `DOMINANT` of their mentions.
    """
    totals: Counter[str] = Counter()
    for full in fulls:
        totals[union.find(full)] += counts[full]
    root, top = min(totals.items(), key=lambda kv: (-kv[1], kv[0]))
    return root if top >= DOMINANT * sum(totals.values()) else None


def _join_orgs(
    names: list[str], union: _Union, forms: dict[str, set[str]] | None = None
) -> None:
    full = [n for n in names if not ACRONYM_RE.match(n)]
    if forms:
        _join_suffixes(full, union, forms)
    by_department: dict[str, str] = {}
    for name in full:
        union.union(name, by_department.setdefault(_department_key(name), name))
    # Same initials, same words but the last, both last words generic.
    by_stem: dict[tuple[str, tuple[str, ...]], str] = {}
    for name in full:
        words = name.split()
        if len(words) >= 2 and words[-1].lower() in ORG_WORDS:
            stem = (_initials(name), tuple(w.lower() for w in words[:-1]))
            union.union(name, by_stem.setdefault(stem, name))
    roots_by_initials: dict[str, set[str]] = defaultdict(set)
    for name in full:
        if len(_initials(name)) >= 2:
            roots_by_initials[_initials(name)].add(union.find(name))
    written = {norm(n): n for n in full}
    official = official_names()
    for name in names:
        if not ACRONYM_RE.match(name) and name not in official.by_acronym:
            continue
        listed = official.by_acronym.get(name)
        if listed and norm(listed) in written:
            union.union(name, written[norm(listed)])
            continue
        roots = roots_by_initials.get(name.replace(".", ""), set())
        if len(roots) == 1:
            union.union(name, next(iter(roots)))


def _join_suffixes(full: list[str], union: _Union, forms: dict[str, set[str]]) -> None:
    """Join "Catholic Church" to "Roman Catholic Church" (see the module docstring).

    `forms` gives, per canonical name, the words its mentions are written with.
    """
    by_suffix: dict[str, list[str]] = defaultdict(list)
    for name in full:
        words = name.split()
        for k in range(1, len(words) - 1):
            if words[:k] != ["The"]:
                by_suffix[" ".join(words[k:])].append(name)
    for name in full:
        longer = by_suffix.get(name)
        if (
            longer
            and len({union.find(n) for n in longer}) == 1
            and any(name in forms.get(n, ()) for n in longer)
        ):
            union.union(name, longer[0])


@dc.dataclass(slots=True)
class _NameStats:
    """What the articles say about one per-article canonical name."""

    mentions: int = 0
    articles: set[str] = dc.field(default_factory=set)
    forms: set[str] = dc.field(default_factory=set)
    """The words its mentions are written with ("Catholic Church")."""
    bracketed: bool = False
    """Some article writes it followed by its acronym in brackets."""
    titled: bool = False
    """Some article writes a title before it ("Secretary")."""


def _other_names(of_kind: dict[str, _NameStats]) -> dict[str, set[str]]:
    """Full names an article writes for a person it names otherwise.

    "Pope Leo XIV, born Robert Francis Prevost": that article's mentions of
    "Robert Francis Prevost" have the canonical name "Leo XIV"
    (`annotators/entities/aliases.py`), so an article that names only
    "Robert Prevost" joins Leo XIV through the name the first one wrote.
    """
    found: dict[str, set[str]] = defaultdict(set)
    for name, s in of_kind.items():
        for form in s.forms:
            if " " in form and norm(form) != norm(name):
                found[form].add(name)
    return found


def _is_acronym_of(acronym: str, name: str) -> bool:
    """Whether an acronym written in brackets after an organisation's name is its."""
    return (
        acronym.replace(".", "") == _initials(name)
        or official_names().by_acronym.get(acronym) == name
    )


def _pick_name(names: set[str], stats: dict[str, _NameStats]) -> tuple[str, NameReason]:
    """The name a record is shown under, and why (see the module docstring)."""
    official = official_names().by_norm

    def key(n: str) -> tuple[bool, bool, bool, bool, int, int, int, str]:
        s = stats[n]
        return (
            norm(n) not in official,
            not s.bracketed,
            bool(ACRONYM_RE.match(n)),
            " " not in n,
            -len(s.articles),
            -s.mentions,
            -len(n),
            n,
        )

    name = min(names, key=key)
    spellings = [n for n in names if not ACRONYM_RE.match(n)]
    if len(spellings) > 1 and norm(name) in official:
        return name, NameReason.OFFICIAL
    if len(spellings) > 1 and stats[name].bracketed:
        return name, NameReason.BRACKETED
    return name, NameReason.USAGE


@dc.dataclass(slots=True)
class EntityIndex:
    """All entity records, and the way from a mention to its record."""

    records: list[EntityRecord]
    """Most articles first, then most mentions, then by name."""
    by_local: dict[tuple[Kind, str], EntityRecord]
    by_article: dict[str, list[EntityRecord]] = dc.field(default_factory=dict)
    """Per article slug: its records in the order they are first named."""
    first: dict[tuple[str, bool, str], EntityMention] = dc.field(default_factory=dict)
    """(record key, whether a person, article slug) -> the first mention there.

    Keyed by what makes its page (`EntityRecord.page`) without making the
    page's path: an article page asks this of every name it shows, and of
    the other articles of each (tens of thousands of calls at 2,000
    articles)."""
    az: AzLayout = dc.field(default_factory=dict)
    """The A–Z pages of each kind (`entity_places.py`)."""

    def record(self, mention: EntityMention) -> EntityRecord:
        """Return the site-wide record of a mention."""
        return self.by_local[(mention.kind, mention.canonical)]

    def named(self, kind: Kind, name: str) -> EntityRecord | None:
        """Return the record a per-article canonical name belongs to, if any."""
        return self.by_local.get((kind, name))

    def of_kind(self, kind: Kind) -> list[EntityRecord]:
        """Records of one kind, most mentioned first."""
        return [r for r in self.records if r.kind is kind]

    def first_mention(self, record: EntityRecord, article: Article) -> EntityMention:
        """The record's first mention in an article that names it."""
        return self.first[(record.key, record.kind is Kind.PERSON, article.slug)]


NamesOf = Mapping[str, NameParts]
"""The name parts of articles by slug (`index_parts.NameParts`)."""


def names_of(articles: list[Article], given: NamesOf | None) -> NamesOf:
    """The articles' name parts: those given, else found from their mentions."""
    if given is not None:
        return given
    return {a.slug: name_parts(a) for a in articles}


def _name_stats(
    articles: list[Article], names: NamesOf, people: bool = False
) -> dict[tuple[Kind, str], _NameStats]:
    """What the articles say of each name, from their parts (`index_parts.py`).

    With `people`, of people's names only, and no brackets read.
    """
    stats: dict[tuple[Kind, str], _NameStats] = defaultdict(_NameStats)
    for article in articles:
        slug = article.slug
        found = names[slug]
        for kind, name, form, count in found.forms:
            if people and kind is not Kind.PERSON:
                continue
            s = stats[(kind, name)]
            s.mentions += count
            s.articles.add(slug)
            s.forms.add(form)
        for kind, name, _, _ in found.titles:
            if not people or kind is Kind.PERSON:
                stats[(kind, name)].titled = True
        if not people:
            for name, acronym in found.bracketed:
                if _is_acronym_of(acronym, name):
                    stats[(Kind.ORGANIZATION, name)].bracketed = True
    return stats


def _people_union(of_kind: dict[str, _NameStats]) -> tuple[list[str], _Union]:
    """Every person's name (with the other names articles write) and their union."""
    names = sorted(of_kind)
    also = _other_names(of_kind)
    every = sorted({*names, *also})
    union = _Union(every)
    _join_equal(every, union)
    for other, owners in also.items():
        for owner in owners:
            union.union(other, owner)
    _join_people(every, Counter({n: s.mentions for n, s in of_kind.items()}), union)
    return every, union


def known_surnames(
    articles: list[Article], names: NamesOf | None = None
) -> dict[str, str]:
    """Surnames of one person on the site, each with that person's full name.

    The surnames (`short_name`) of the full names articles write for people,
    when those names are of one person or one has four fifths of their
    mentions (`_owner`: the rule that joins a lone surname), and some
    article calls that person by the surname alone, from a cue of its own
    ("Noem said"): a misread full name ("Hillary Just") or a person named
    once gives no surname to the site. Not one that an article reads alone
    as an organisation ("Ford said it would"): the site has seen it name
    something else. A full name must open with a given name or an initial, or be written
    after a title somewhere (`_person_shaped`).

    `names`: the articles' name parts by slug (`names_of`), of their own
    mentions: no site mention is read.
    """
    names = names_of(articles, names)
    stats = _name_stats(articles, names, people=True)
    people = {n: s for (_, n), s in stats.items()}
    every, union = _people_union(people)
    counts = Counter({n: s.mentions for n, s in people.items()})
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in every:
        if " " in name:
            by_surname[short_name(name.split())].append(name)
    alone: dict[tuple[str, str], set[str]] = defaultdict(set)
    """Per bare form written alone and the root of the person it names: the
    articles that write it so."""
    lone_orgs: set[str] = set()
    for article in articles:
        for kind, name, form, _ in names[article.slug].forms:
            if kind is Kind.ORGANIZATION:
                if " " not in name:
                    lone_orgs.add(name)
            elif " " not in form:
                alone[(without_possessive(form), union.find(name))].add(article.slug)
    found: dict[str, str] = {}
    for surname, fulls in by_surname.items():
        if " " in surname or surname in lone_orgs or surname in NAME_SUFFIXES:
            continue
        root = _owner(fulls, counts, union)
        if root is None or len(alone.get((surname, root), ())) < ALONE_ARTICLES:
            continue
        group = [n for n in fulls if union.find(n) == root]
        if not any(_person_shaped(n, people.get(n)) for n in group):
            continue
        found[surname] = root
    return found


INITIAL_RE = re.compile(r"^[A-Z]\.$")


def _person_shaped(name: str, stats: _NameStats | None) -> bool:
    """A full name that opens with a given name or an initial, or has a title.

    Not a place or a group the annotator read as a person ("Las Vegas",
    "Southeast Manchester"): the site lends no surname of those.
    """
    first = name.split()[0]
    return (
        is_given_name(first)
        or INITIAL_RE.match(first) is not None
        or (stats is not None and stats.titled)
    )


def build_entity_index(
    articles: list[Article], parts: NamesOf | None = None
) -> EntityIndex:
    """Join the entity mentions of all articles into site-wide records.

    `parts`: the articles' name parts by slug (`names_of`), of every mention
    the article has, site mentions too.
    """
    every = names_of(articles, parts)
    stats = _name_stats(articles, every)
    records: list[EntityRecord] = []
    by_local: dict[tuple[Kind, str], EntityRecord] = {}
    for kind in (Kind.PERSON, Kind.ORGANIZATION):
        names = sorted(n for k, n in stats if k is kind)
        of_kind = {n: stats[(kind, n)] for n in names}
        if kind is Kind.PERSON:
            _, union = _people_union(of_kind)
        else:
            union = _Union(names)
            _join_equal(names, union)
            _join_orgs(names, union, {n: s.forms for n, s in of_kind.items()})
        groups: dict[str, set[str]] = defaultdict(set)
        for name in names:
            groups[union.find(name)].add(name)
        for members in groups.values():
            name, reason = _pick_name(members, of_kind)
            record = EntityRecord(
                key=slug(name) or "entity",
                name=name,
                kind=kind,
                names=members,
                reason=reason,
            )
            records.append(record)
            for member in members:
                by_local[(kind, member)] = record
    index = EntityIndex(records, by_local)
    for article in articles:
        at = article.slug
        for mention in article.entities:
            by_local[(mention.kind, mention.canonical)].mentions.append(
                (article, mention)
            )
        written = every[at]
        # Forms and titles added up name by name in the order of their first
        # mention: the same counts in the same order as mention by mention.
        mine: dict[int, EntityRecord] = {}
        for kind, name, form, count in written.forms:
            record = by_local[(kind, name)]
            record.forms[form] += count
            if id(record) not in mine:
                mine[id(record)] = record
                record.articles.append(article)
            if is_spelling(name, record):
                record.spellings.setdefault(at, set()).add(name)
        for kind, name, title, count in written.titles:
            if title:
                by_local[(kind, name)].titles[title] += count
        index.by_article[at] = list(mine.values())
    records.sort(key=lambda r: (-len(r.articles), -len(r.mentions), r.name))
    _unique_keys(records)
    index.first = {
        (r.key, r.kind is Kind.PERSON, s): m
        for r in records
        for s, m in _firsts(r).items()
    }
    index.az = plan_places(records)
    return index


def _firsts(record: EntityRecord) -> dict[str, EntityMention]:
    out: dict[str, EntityMention] = {}
    for article, mention in record.mentions:
        out.setdefault(article.slug, mention)
    return out


def _unique_keys(records: list[EntityRecord]) -> None:
    """Give records that slug alike distinct keys, independent of order."""
    by_key: dict[tuple[str, str], list[EntityRecord]] = defaultdict(list)
    for record in records:
        by_key[(record.folder, record.key)].append(record)
    for same in by_key.values():
        if len(same) > 1:
            for record in sorted(same, key=lambda r: r.name)[1:]:
                record.key = f"{record.key}-{short_hash(record.name, 4)}"
