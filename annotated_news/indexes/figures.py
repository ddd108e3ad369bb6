"""The figure ledger: the same quantity reported by several articles.

Two figures of two related articles (see `related.py`) are the same quantity
when their rates agree (the same rate, or one of them gives none: "3,000
arrests" and "3,000 arrests a day" are one quantity whose rate one article
drops, and the ledger flags it) and

- the same value (and, for a range, the same high end) and compatible units:
  percentages with percentages, amounts in the same unit ("USD", or "USD per
  barrel", never one with the other); counted nouns that
  share a content word ("National Guard troops" / "National Guard members");
  or, for counts of at least `MIN_PEOPLE_TOTAL`, nouns for the same kind of
  people: a workforce ("personnel" / "federal agents") or the people it acts
  on ("migrants" / "arrests"); "person" goes with both;
- or, for counts (not percentages or amounts), values within `MAX_RATIO` of each
  other, the same specific counted thing ("20,000 National Guard troops" /
  "21,000 National Guard troops"; a unit of measure alone, "tonnes", is no
  specific thing) and sentences that share a name few
  articles name (see `related.RARE_DF`): the ledger then flags that the
  values differ.

Counts must also stand in sentences that name a common person or
organisation; percentages and amounts need only the articles to share a name
(every article of the group with every other), since "the bottom 10 percent"
or "$147 billion" often stand in a sentence that names no one. An outlet's
own name ("(Reuters) -", "told NBC News") is not a shared name here. Two
different numbers of one article's body are never one quantity.

"3,000 ICE agents" and "3,000 migrants a day" differ in the kind of people
counted, and stay apart. Counts under `MIN_COUNT` ("two sources") are not in
the ledger: they count sources, not reported quantities.

Each group records, per article, its values, qualifiers, units and rates,
and flags where the articles differ. An article is compared by the figures
of its body; its headline and standfirst count only when its body does not
give the quantity, so that a headline's short form ("5,000 agents" over
"more than 5,000 agents") is never a difference of the article with itself.
"""

from __future__ import annotations

import bisect
import dataclasses as dc
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..annotators.units import MEASURE_WORDS as UNIT_MEASURE_WORDS
from ..ids import IdAllocator, value_words, words_of
from ..model import Article, BlockKind, Figure, Span
from .kept import Kept, PairsFound
from .places import Place
from .related import RARE_DF, Related

if TYPE_CHECKING:
    from . import Corpus

MIN_PEOPLE_TOTAL = 100
MIN_COUNT = 10
MAX_RATIO = 1.1
"""Close values (`near_values`): "20,000" and "21,000" troops, not "60,500"
and "75,000" tonnes, which are two shipments more often than one reported
two ways."""
HEADER_BLOCKS = frozenset({BlockKind.HEADLINE, BlockKind.STANDFIRST})
PERCENT = "percent"
PERCENT_UNITS = frozenset({"percent", "%", "per cent", "pct", "percentage"})
CURRENCIES = frozenset(
    """
usd dollar dollars $ eur euro euros € gbp pound pounds £ yen jpy cny yuan
""".split()
)
WORKFORCE = frozenset(
    """
agent employee staff staffer personnel officer official troop member worker soldier
prosecutor investigator guardsman deputy marshal
""".split()
)
SUBJECTS = frozenset(
    """
migrant immigrant arrest detainee deportation removal detention refugee resident
citizen voter student child children adult patient victim alien prisoner inmate
""".split()
)
ANYONE = frozenset({"person", "people", "persons", "individual"})
GENERIC = frozenset(
    {
        "federal",
        "additional",
        "current",
        "former",
        "new",
        "other",
        "more",
        "daily",
        "senior",
        "and",
        "or",
        "of",
        "the",
        "a",
        "an",
    }
)
RATES = {
    "daily": "day",
    "a day": "day",
    "per day": "day",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annually": "year",
    "annual": "year",
}
WORD_RE = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*|%")


def singular(word: str) -> str:
    """A plain plural made singular ("troops" -> "troop"), enough for units."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us")):
        return word[:-1]
    return word


def rate_of(figure: Figure) -> str | None:
    """The figure's rate, normalised ("daily", "a day" -> "day")."""
    if not figure.rate:
        return None
    rate = figure.rate.lower().strip()
    return RATES.get(rate, rate.removeprefix("a ").removeprefix("per "))


@functools.lru_cache(maxsize=1 << 14)
def unit_words(unit: str) -> frozenset[str]:
    """Content words of a unit, lower-case, singular, without generic modifiers.

    Cached: the ledger asks for the words of the same few thousand units
    hundreds of thousands of times.
    """
    return (
        frozenset(
            singular(w.lower().replace("’", "").replace("'", ""))
            for w in WORD_RE.findall(unit)
        )
        - GENERIC
    )


def is_percent(figure: Figure) -> bool:
    """Whether a figure is a percentage, however the unit is written.

    Percentage points are not percentages: they count a difference.
    """
    return _percent_unit(figure.unit)


@functools.lru_cache(maxsize=1 << 14)
def _percent_unit(written: str) -> bool:
    unit = written.lower().strip()
    if "point" in unit:
        return False
    return unit in PERCENT_UNITS or unit.startswith(("percent", "per cent"))


MEASURE_WORDS = frozenset(
    singular(w.lower()) for spelling in UNIT_MEASURE_WORDS for w in spelling.split()
) | frozenset({"per", "day", "week", "month", "year", "hour"})
"""Words of units of measure and rates: "tonnes", "barrels per day" name how
much, not what, and two close amounts of tonnes are not one quantity."""


def specific_words(figure: Figure) -> frozenset[str]:
    """The words of the counted thing beyond generic nouns for people."""
    return frozenset(
        unit_words(figure.unit) - WORKFORCE - SUBJECTS - ANYONE - CURRENCIES
    )


def in_ledger(figure: Figure) -> bool:
    """Whether a figure can be a reported quantity worth comparing."""
    if is_percent(figure) or figure.rate or is_amount(figure):
        return True
    return figure.value >= MIN_COUNT


def same_value_keys(figure: Figure, strict: bool = False) -> frozenset[tuple[str, ...]]:
    """Keys of the same value shared by compatible figures (see the docstring).

    Keys leave the rate out: `rates_agree` checks it. `strict` keys leave out
    what "person" alone would match: a figure that drops its rate joins one
    that gives it only when both name what they count.
    """
    return _value_keys(figure.value, figure.high, figure.unit, strict)


@functools.lru_cache(maxsize=1 << 12)  # a pair's candidates come together
def _value_keys(
    number: float, high: float | None, unit: str, strict: bool
) -> frozenset[tuple[str, ...]]:
    value = f"{number:g}" + (f"-{high:g}" if high is not None else "")
    if _percent_unit(unit):
        return frozenset({(value, PERCENT)})
    words = unit_words(unit)
    if words & CURRENCIES:
        # An amount is the same only in the same unit: "18 dlrs" (a cost) and
        # "18 dlrs a barrel" (a price) share the currency and nothing else.
        return frozenset({(value, "amount", *sorted(words))})
    keys: set[tuple[str, ...]] = {(value, "word", w) for w in words - ANYONE}
    anyone = frozenset() if strict else ANYONE
    if number >= MIN_PEOPLE_TOTAL:
        if words & (WORKFORCE | anyone):
            keys.add((value, "class", "workforce"))
        if words & (SUBJECTS | anyone):
            keys.add((value, "class", "subjects"))
    return frozenset(keys)


def rates_agree(a: Figure, b: Figure) -> bool:
    """The same rate, or a rate that one of the two does not give."""
    ra, rb = rate_of(a), rate_of(b)
    return ra == rb or not ra or not rb


def is_amount(figure: Figure) -> bool:
    """Whether a figure is a sum of money."""
    return bool(unit_words(figure.unit) & CURRENCIES)


def compatible(a: Figure, b: Figure) -> bool:
    """Whether two figures count the same thing at the same value."""
    if rate_of(a) != rate_of(b):
        return rates_agree(a, b) and bool(
            same_value_keys(a, strict=True) & same_value_keys(b, strict=True)
        )
    return bool(same_value_keys(a) & same_value_keys(b))


def needs_shared_sentence_name(a: Figure, b: Figure) -> bool:
    """Counts must stand near a common name; percentages and amounts need not."""
    return not ((is_percent(a) and is_percent(b)) or (is_amount(a) and is_amount(b)))


def near_values(a: Figure, b: Figure) -> bool:
    """Different but close counts of the same specific counted thing."""
    if (
        a.value == b.value
        or min(a.value, b.value) <= 0
        or is_percent(a)
        or is_percent(b)
        # Close prices and sums are different ones (a price a month later),
        # not one sum reported two ways.
        or is_amount(a)
        or is_amount(b)
        or a.high is not None
        or b.high is not None
    ):
        return False
    words = specific_words(a)
    return (
        bool(words - MEASURE_WORDS)
        and words == specific_words(b)
        and rate_of(a) == rate_of(b)
        and max(a.value, b.value) / min(a.value, b.value) <= MAX_RATIO
    )


@dc.dataclass(frozen=True, slots=True)
class Flag:
    """Where the articles of a group differ: value, qualifier, unit or rate."""

    kind: str
    """"value", "qualifier", "unit" or "rate"."""
    options: list[tuple[Figure, list[Article]]]
    """Each distinct wording (an example figure) and the articles that use it."""


@dc.dataclass(slots=True)
class FigureGroup:
    """Mentions of one quantity across articles."""

    places: list[tuple[Place, Figure]]
    """In corpus order of the articles, then text order."""
    anchor: str = ""
    """Id of the group's row on the figures pages (`fg-<value>-<unit words>`)."""

    @property
    def articles(self) -> list[Article]:
        """Distinct articles in the group."""
        seen: dict[str, Article] = {}
        for place, _ in self.places:
            seen.setdefault(place.article.slug, place.article)
        return list(seen.values())

    @property
    def values(self) -> list[float]:
        """The distinct values (the low end of a range), smallest first."""
        return sorted({f.value for _, f in self.places})

    @property
    def rate(self) -> str | None:
        """The rate its figures give (some may drop it: see `flags`)."""
        return next((r for _, f in self.places if (r := rate_of(f))), None)

    def flags(self, among: Iterable[Article] | None = None) -> list[Flag]:
        """Where the articles (all, or `among`) differ, per aspect.

        Each article is compared by `compared_places`: its body's figures.
        """
        keep = {a.slug for a in among} if among is not None else None
        per: dict[str, list[tuple[Place, Figure]]] = defaultdict(list)
        for p, f in self.places:
            if keep is None or p.article.slug in keep:
                per[p.article.slug].append((p, f))
        places = [pf for items in per.values() for pf in compared_places(items)]
        out = []
        for kind, key in figure_aspects():
            per_article: dict[str, set[str]] = defaultdict(set)
            for place, figure in places:
                per_article[place.article.slug].add(key(figure).casefold())
            if len({frozenset(v) for v in per_article.values()}) <= 1:
                continue
            options: dict[str, tuple[Figure, list[Article]]] = {}
            for place, figure in places:
                _, articles = options.setdefault(key(figure).casefold(), (figure, []))
                if place.article not in articles:
                    articles.append(place.article)
            out.append(Flag(kind, list(options.values())))
        return out


def figure_aspects() -> list[tuple[str, Callable[[Figure], str]]]:
    """The aspects in which two wordings of one quantity can differ, in words."""
    return [
        ("value", value_text),
        ("qualifier", lambda f: f.qualifier or ""),
        ("unit", lambda f: " ".join(f.unit.split())),
        ("rate", lambda f: f"a {r}" if (r := rate_of(f)) else ""),
    ]


def value_text(figure: Figure) -> str:
    """A figure's value in words: "21,000", "8 to 16"."""

    def show(v: float) -> str:
        return f"{int(v):,}" if v == int(v) else f"{v:,.6g}"

    high = f" to {show(figure.high)}" if figure.high is not None else ""
    return show(figure.value) + high


def in_body(article: Article, span: Span) -> bool:
    """Whether a span lies in the article's body (not headline or standfirst)."""
    i = bisect.bisect_right(article.blocks, span.start, key=lambda b: b.span.start)
    return i == 0 or article.blocks[i - 1].kind not in HEADER_BLOCKS


def compared_places(
    items: list[tuple[Place, Figure]],
) -> list[tuple[Place, Figure]]:
    """One article's figures of a group that its wording is judged by.

    Its body's figures; its headline's and standfirst's only when the body
    gives none.
    """
    body = [(p, f) for p, f in items if in_body(p.article, p.span)]
    return body or items


def outlet_pages(corpus: Corpus) -> frozenset[str]:
    """Name pages of the outlets that publish the articles ("Reuters").

    An outlet names itself in its dateline and credits ("(Reuters) -",
    "told NBC News"), so its name in two sentences says nothing about what
    they report: it never joins two figures.
    """
    outlets = {a.meta.outlet.casefold() for a in corpus.articles if a.meta.outlet}
    return frozenset(
        r.page for r in corpus.entities.records if r.name.casefold() in outlets
    )


def _context(
    corpus: Corpus, article: Article, outlets: frozenset[str]
) -> Callable[[Figure], frozenset[str]]:
    """Names (record pages) in the sentence of each figure of an article.

    The outlets' own names are left out (`outlet_pages`).
    """
    starts = [s.span.start for s in article.sentences]
    names: dict[int, set[str]] = defaultdict(set)
    for mention in article.entities:
        page = corpus.entities.record(mention).page
        if page in outlets:
            continue
        i = bisect.bisect_right(starts, mention.span.start) - 1
        names[i].add(page)

    def of(figure: Figure) -> frozenset[str]:
        return frozenset(
            names.get(bisect.bisect_right(starts, figure.span.start) - 1, ())
        )

    return of


def _keyed(figures: list[Figure]) -> dict[tuple[str, ...], list[int]]:
    """Figure indexes by every key that can match another article's figure."""
    out: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, figure in enumerate(figures):
        keys = set(same_value_keys(figure))
        if specific_words(figure):
            keys.add(("near", rate_of(figure) or "", *sorted(specific_words(figure))))
        for key in keys:
            out[key].append(i)
    return out


class _Comparer:
    """Compares the ledger figures of two related articles."""

    def __init__(
        self,
        corpus: Corpus,
        by_slug: dict[str, Article],
        figures: dict[str, list[Figure]],
        rare: set[str],
        outlets: frozenset[str],
    ) -> None:
        self.corpus = corpus
        self.by_slug = by_slug
        self.figures = figures
        self.rare = rare
        self.outlets = outlets
        self.contexts: dict[str, Callable[[Figure], frozenset[str]]] = {}
        self.keyed: dict[str, dict[tuple[str, ...], list[int]]] = {}
        self.read: dict[str, str] = {}

    def names(self, slug: str) -> str:
        """What a comparison reads of the site's names, for one article.

        Each mention's name page, whether it is rare and whether it is an
        outlet's, in text order.
        """
        found = self.read.get(slug)
        if found is None:
            record = self.corpus.entities.record
            rare, outlets = self.rare, self.outlets
            pages = (record(m).page for m in self.by_slug[slug].entities)
            found = self.read[slug] = "\0".join(
                f"{p}\1{p in rare}\1{p in outlets}" for p in pages
            )
        return found

    def __call__(self, a: str, b: str) -> PairsFound:
        """The figures of `a` and `b` (indexes in the ledger's lists) that match.

        Each match says whether their sentences name someone in common: a
        match without is a weak link (`build_figure_ledger`).
        """
        for slug in (a, b):
            if slug not in self.keyed:
                self.keyed[slug] = _keyed(self.figures[slug])
                self.contexts[slug] = _context(
                    self.corpus, self.by_slug[slug], self.outlets
                )
        keyed, contexts, figures, rare = (
            self.keyed,
            self.contexts,
            self.figures,
            self.rare,
        )
        small, large = sorted((keyed[a], keyed[b]), key=len)
        candidates = {
            (i, j) if small is keyed[a] else (j, i)
            for key, mine in small.items()
            for i in mine
            for j in large.get(key, ())
        }
        found: list[tuple[int, int, bool]] = []
        for i, j in sorted(candidates):
            fa, fb = figures[a][i], figures[b][j]
            shared = contexts[a](fa) & contexts[b](fb)
            if shared and (
                compatible(fa, fb) or (shared & rare and near_values(fa, fb))
            ):
                found.append((i, j, True))
            elif compatible(fa, fb) and not needs_shared_sentence_name(fa, fb):
                found.append((i, j, False))
        return tuple(found)


Node = tuple[str, int]
"""A ledger figure: its article's slug and its index in `in_ledger` figures."""


class _Groups:
    """Figures joined into quantities, with what may not be joined.

    A union-find whose sets also keep, per article, the values of its body
    figures, and the names every article of the set shares. Two sets are
    not joined when that would give one article's body two different values
    (two numbers of one text are two quantities: "14.7 mln bpd, down from
    16 mln" are not one figure reported twice), nor, by a weak link, when
    their articles would share no name (see `build_figure_ledger`).
    """

    def __init__(
        self,
        figures: dict[str, list[Figure]],
        by_slug: dict[str, Article],
        names: Callable[[str], frozenset[str]],
    ) -> None:
        self.figures = figures
        self.by_slug = by_slug
        self.names = names
        self.parent: dict[Node, Node] = {}
        self.values: dict[Node, dict[str, frozenset[tuple[float, float | None]]]] = {}
        self.common: dict[Node, frozenset[str]] = {}

    def find(self, x: Node) -> Node:
        parent = self.parent
        if x not in parent:
            parent[x] = x
            slug, i = x
            figure = self.figures[slug][i]
            body = in_body(self.by_slug[slug], figure.span)
            self.values[x] = (
                {slug: frozenset({(figure.value, figure.high)})} if body else {}
            )
            self.common[x] = self.names(slug)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(self, a: Node, b: Node, strong: bool) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        va, vb = self.values[ra], self.values[rb]
        if any(len(va[s] | vb[s]) > 1 for s in va.keys() & vb.keys()):
            return
        common = self.common[ra] & self.common[rb]
        if not strong and not common:
            return
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        merged = dict(va)
        for slug, values in vb.items():
            merged[slug] = merged.get(slug, frozenset()) | values
        self.values[keep] = merged
        self.common[keep] = common
        del self.values[gone], self.common[gone]


def build_figure_ledger(
    corpus: Corpus, related: Related, kept: Kept | None = None
) -> list[FigureGroup]:
    """Group figures of the same quantity; keep groups seen in 2+ articles.

    Links are joined strongest first: the same value in sentences that name
    someone in common, then close values there (`near_values`), then weak
    links (percentages and amounts of related articles whose sentences name
    no one in common), which join only articles that all share a name, so
    that a chain of related articles (A and B share one name, B and C
    another) never makes one quantity of A's and C's unrelated "3 percent".

    With `kept`, a related pair compared by the last build (`kept.py`: same
    two articles, same names around their figures) is not compared again.
    """
    by_slug = {a.slug: a for a in corpus.articles}
    figures: dict[str, list[Figure]] = {
        a.slug: [f for f in a.figures if in_ledger(f)] for a in corpus.articles
    }
    outlets = outlet_pages(corpus)
    rare = {r.page for r in corpus.entities.records if len(r.articles) <= RARE_DF}
    compare = _Comparer(corpus, by_slug, figures, rare, outlets)
    links: list[tuple[int, Node, Node, bool]] = []
    for a, b in related.pairs():
        if not figures[a] or not figures[b]:
            continue
        key = None
        if kept:
            key = kept.pair_key(
                by_slug[a], by_slug[b], compare.names(a), compare.names(b)
            )
        found = kept.found_pairs(key) if kept and key else None
        if found is None:
            found = compare(a, b)
            if kept and key:
                kept.keep_pairs(key, found)
        for i, j, strong in found:
            same = figures[a][i].value == figures[b][j].value
            rank = 0 if strong and same else 1 if strong else 2
            links.append((rank, (a, i), (b, j), strong))

    @functools.cache
    def names(slug: str) -> frozenset[str]:
        record = corpus.entities.record
        return frozenset(record(m).page for m in by_slug[slug].entities) - outlets

    groups_of = _Groups(figures, by_slug, names)
    links.sort(key=lambda link: link[0])  # stable: pair order within a rank
    for _, x, y, strong in links:
        groups_of.join(x, y, strong)
    parent = groups_of.parent
    find = groups_of.find
    members: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    for node in list(parent):
        members[find(node)].append(node)
    order = {a.slug: n for n, a in enumerate(corpus.articles)}
    groups = []
    for nodes in members.values():
        nodes.sort(key=lambda n: (order[n[0]], figures[n[0]][n[1]].span.start))
        group = FigureGroup(
            [(corpus.place(by_slug[s], figures[s][i]), figures[s][i]) for s, i in nodes]
        )
        if len(group.articles) > 1:
            groups.append(group)
    groups.sort(
        key=lambda g: (
            g.values[0],
            g.rate or "",
            g.places[0][0].anchor,
            g.places[0][0].article.slug,
        )
    )
    alloc = IdAllocator()
    for group in groups:
        figure = group.places[0][1]
        base = "-".join(["fg", *value_words(figure.value), *words_of(figure.unit)[:3]])
        group.anchor = alloc.take([base])
    return groups
