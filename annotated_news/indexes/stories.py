"""Stories: the articles that report the same events, grouped.

Two articles are *linked* when

- they were published at most `MAX_GAP_DAYS` apart,
- they share at least one person or organisation that few articles name (at
  most `related.RARE_DF`), and
- their shared evidence weighs at least `MIN_EVIDENCE`: each statement both
  quote and each quote of one traced to the other's words (an echo) weighs
  `QUOTE_WEIGHT`; each quantity of the figure ledger both report, each rare
  name both write and each day both mention as an event (other than either's
  publication day) weighs 1.

One shared name, however often named, never links two articles: a president
or a city named by unrelated stories adds 1, and three more shared things are
needed. Candidate pairs are the notable pairs of `pairs.py` (related articles
and articles quoting a common statement), so the work grows with the number
of articles, not its square.

Stories are built from the links strongest first (then the nearest dates,
then the slugs, so the result does not depend on the order seeds are read
in); two groups are joined only if the joined group spans at most
`MAX_SPAN_DAYS` of publication, so that chains of links do not sweep a
season's coverage into one story. A story has at least two articles; an
article is in at most one story.

A story's id is the date of its first article and the slugs of its
`ID_NAMES` most-named people and organisations ("2025-06-04-stephen-miller-
immigration-and-customs-enforcement"): it does not change when seeds are
renamed, nor when an article that names the same people is added after the
first. Its title is made of the names its articles share, nothing else.
"""

from __future__ import annotations

import dataclasses as dc
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..ids import IdAllocator
from ..model import Article, Credit, Figure, Kind, Precision
from ..slugs import short_hash, slug
from .entities import EntityRecord
from .figures import (
    FigureGroup,
    compared_places,
    figure_aspects,
    is_percent,
    rate_of,
    value_text,
)
from .pairs import ArticlePair
from .places import Place
from .quotes import Appearance, Statement
from .related import RARE_DF
from .timeline import DateGroup, DateKey, Event

if TYPE_CHECKING:
    from . import Corpus

MAX_GAP_DAYS = 7
"""Two articles published further apart are not linked directly."""
MAX_SPAN_DAYS = 14
"""A story's articles are published within this many days."""
MIN_EVIDENCE = 4
"""Weight of shared evidence that links two articles."""
QUOTE_WEIGHT = 2
"""Weight of a shared statement or a traced quote."""
ID_NAMES = 2
TITLE_NAMES = 3
MAX_ID = 72


@dc.dataclass(frozen=True, slots=True)
class Link:
    """Why two articles belong to one story."""

    a: str
    b: str
    evidence: int
    gap: int
    """Days between their publication."""

    @property
    def order(self) -> tuple[int, int, str, str]:
        """Strongest first, then nearest, then by slug."""
        return (-self.evidence, self.gap, self.a, self.b)


def event_days(article: Article) -> set[str]:
    """Days the article mentions, other than its own publication day."""
    own = article.meta.date.isoformat()
    return {
        d.value
        for d in article.dates
        if d.precision is Precision.DAY and not d.modifier and d.value != own
    }


def link_of(pair: ArticlePair) -> Link | None:
    """The link between the two articles of a pair, if they are linked."""
    gap = abs((pair.a.meta.date - pair.b.meta.date).days)
    if gap > MAX_GAP_DAYS:
        return None
    rare = sum(
        1 for r in pair.people + pair.organizations if len(r.articles) <= RARE_DF
    )
    if not rare:
        return None
    days = event_days(pair.a) & event_days(pair.b)
    days -= {pair.a.meta.date.isoformat(), pair.b.meta.date.isoformat()}
    evidence = (
        QUOTE_WEIGHT * (len(pair.statements) + len(pair.echoes))
        + len(pair.figures)
        + rare
        + len(days)
    )
    if evidence < MIN_EVIDENCE:
        return None
    a, b = sorted((pair.a.slug, pair.b.slug))
    return Link(a, b, evidence, gap)


def group_articles(articles: list[Article], links: Iterable[Link]) -> list[list[str]]:
    """Join linked articles, strongest links first, within `MAX_SPAN_DAYS`.

    Returns the groups of two or more articles, as slugs.
    """
    date = {a.slug: a.meta.date for a in articles}
    parent = {a.slug: a.slug for a in articles}
    span = {a.slug: (a.meta.date, a.meta.date) for a in articles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in sorted(links, key=lambda k: k.order):
        ra, rb = find(link.a), find(link.b)
        if ra == rb:
            continue
        start = min(span[ra][0], span[rb][0])
        end = max(span[ra][1], span[rb][1])
        if (end - start).days > MAX_SPAN_DAYS:
            continue
        root, other = min(ra, rb), max(ra, rb)
        parent[other] = root
        span[root] = (start, end)
    members: dict[str, list[str]] = defaultdict(list)
    for s in date:
        members[find(s)].append(s)
    return [m for m in members.values() if len(m) > 1]


@dc.dataclass(frozen=True, slots=True)
class NameCount:
    """A person or organisation and how much a story names it."""

    record: EntityRecord
    articles: int
    """How many of the story's articles name it."""
    mentions: int


@dc.dataclass(frozen=True, slots=True)
class Difference:
    """How one article's wording of a claim differs from the others'."""

    aspect: str
    """"value", "qualifier", "unit", "rate", "speaker" or "words"."""
    mine: tuple[str, ...]
    """This article's wording of the aspect ("" for none)."""
    others: tuple[str, ...]
    """The other articles' wordings."""

    def describe(self) -> str:
        """In words: "qualifier: up to (others: none)".

        What this article writes that the others do not, and what they write
        that it does not (all its wordings when it only lacks some).
        """
        others = [v for v in self.others if v not in self.mine] or self.others
        return f"{self.own()} (others: {_show(others)})"

    def own(self) -> str:
        """This article's side alone: "qualifier: up to", "unit: personnel"."""
        mine = [v for v in self.mine if v not in self.others] or self.mine
        return f"{self.aspect}: {_show(mine)}"


def _show(values: Iterable[str]) -> str:
    """Wordings in a list, an empty one as "none"."""
    return ", ".join(v or "none" for v in values) or "none"


@dc.dataclass(frozen=True, slots=True)
class Cell:
    """One article's report of a claim."""

    article: Article
    places: tuple[Place, ...]
    """Where the article reports it, in text order; the first is linked."""
    differences: tuple[Difference, ...] = ()

    @property
    def place(self) -> Place:
        """The place a link to the cell lands on."""
        return self.places[0]

    @property
    def text(self) -> str:
        """The article's words, as written (its first place)."""
        return self.places[0].exact

    @property
    def differs(self) -> str:
        """What differs from the other articles, in words ("" when nothing)."""
        return "; ".join(d.describe() for d in self.differences)


@dc.dataclass(slots=True)
class Claim:
    """Something several articles of a story report: a row of its matrix."""

    kind: str
    """"figure", "statement" or "event"."""
    label: str
    cells: list[Cell]
    """One per article that reports it, in the story's article order."""
    anchor: str = ""
    """Id of the row on the story page."""

    def cell_of(self, article: Article) -> Cell | None:
        """The article's cell, or None when it does not report the claim."""
        return next((c for c in self.cells if c.article is article), None)

    @property
    def differs(self) -> bool:
        """Whether some article reports it differently."""
        return any(c.differences for c in self.cells)


@dc.dataclass(frozen=True, slots=True)
class StoryCredit:
    """A source one of the story's articles credits."""

    article: Article
    credit: Credit
    place: Place


@dc.dataclass(slots=True)
class Story:
    """Articles that report the same events."""

    id: str
    title: str
    articles: list[Article]
    """Oldest first, then by title and slug."""
    names: list[NameCount]
    """People and organisations named by two or more of its articles, most
    named first."""
    claims: list[Claim] = dc.field(default_factory=list)
    statements: list[Statement] = dc.field(default_factory=list)
    """Every statement its articles quote (also those only one quotes)."""
    events: list[DateGroup] = dc.field(default_factory=list)
    """Its articles' dated events, grouped as on the timeline."""
    credits: list[StoryCredit] = dc.field(default_factory=list)
    """What each of its articles credits, in article then text order."""

    @property
    def start(self) -> dt.date:
        """Publication date of its first article."""
        return self.articles[0].meta.date

    @property
    def end(self) -> dt.date:
        """Publication date of its last article."""
        return max(a.meta.date for a in self.articles)

    @property
    def page(self) -> str:
        """Its page, relative to docs/."""
        return f"stories/{self.id}.md"

    @property
    def outlets(self) -> list[str]:
        """Outlets of its articles, in article order, once each."""
        return list(
            dict.fromkeys(a.meta.outlet for a in self.articles if a.meta.outlet)
        )

    def names_of(self, kind: Kind) -> list[NameCount]:
        """Its people or its organisations, most named first."""
        return [n for n in self.names if n.record.kind is kind]

    def appearances(self, statement: Statement) -> list[Appearance]:
        """A statement's appearances in this story's articles."""
        mine = {a.slug for a in self.articles}
        return [a for a in statement.appearances if a.article.slug in mine]


def _article_order(article: Article) -> tuple[str, str, str]:
    return (article.meta.date.isoformat(), article.meta.title, article.slug)


def story_names(corpus: Corpus, articles: list[Article]) -> list[NameCount]:
    """Names written by two or more of the articles, most named first.

    Ranked by how many of the articles name it, then mentions, then by how
    few articles of the whole site name it (the more specific first), then
    by name.
    """
    per_article: Counter[int] = Counter()
    mentions: Counter[int] = Counter()
    records: dict[int, EntityRecord] = {}
    for article in articles:
        for record in corpus.entities.by_article.get(article.slug, ()):
            per_article[id(record)] += 1
            records[id(record)] = record
        for mention in article.entities:
            mentions[id(corpus.entities.record(mention))] += 1
    names = [
        NameCount(records[k], n, mentions[k]) for k, n in per_article.items() if n > 1
    ]
    names.sort(
        key=lambda c: (
            -c.articles,
            -c.mentions,
            len(c.record.articles),
            c.record.name,
            c.record.kind.value,
        )
    )
    return names


def title_of(names: list[NameCount]) -> str:
    """A neutral title: its three most-named names ("A, B and C").

    `names` is ranked by how many of the story's articles name each, so the
    names every article writes come first; when fewer than three are in all
    of them, the names most of them write fill the title (a story of seven
    articles that all name only the White House is not titled "White
    House" alone).
    """
    shown = [n.record.name for n in names[:TITLE_NAMES]]
    if not shown:
        return "Articles that quote the same statements"
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + " and " + shown[-1]


def id_options(start: dt.date, names: list[NameCount], first: Article) -> list[str]:
    """Ids of growing length; the last is made unique by the first article."""

    def of(count: int) -> str:
        keys = [n.record.key for n in names[:count]]
        return slug("-".join([start.isoformat(), *keys]), max_length=MAX_ID)

    options = [of(ID_NAMES), of(ID_NAMES + 1)]
    options.append(f"{options[-1]}-{short_hash(first.slug)}")
    return list(dict.fromkeys(options))


# Claims


def _figure_claims(
    corpus: Corpus, group: FigureGroup, story: Story, order: dict[str, int]
) -> Claim | None:
    mine = [(p, f) for p, f in group.places if p.article.slug in order]
    by_article: dict[str, list[tuple[Place, Figure]]] = defaultdict(list)
    for place, figure in mine:
        by_article[place.article.slug].append((place, figure))
    if len(by_article) < 2:
        return None
    shown = {s: compared_places(p) for s, p in by_article.items()}
    differences = _differences({s: [f for _, f in items] for s, items in shown.items()})
    cells = [
        Cell(
            items[0][0].article,
            tuple(p for p, _ in items),
            differences.get(s, ()),
        )
        for s, items in sorted(shown.items(), key=lambda kv: order[kv[0]])
    ]
    figures = [f for _, items in shown.items() for _, f in items]
    return Claim("figure", figure_label(figures), cells)


def figure_label(figures: list[Figure]) -> str:
    """A plain label: the value, the longest unit given, the rate if any.

    "3,000 migrants a day" for "3,000" (arrests, a day) and "3,000 migrants
    a day"; the cells show each article's own wording.
    """
    first = figures[0]
    if is_percent(first):
        text = f"{value_text(first)}%"
    else:
        units = Counter(f.unit for f in figures)
        unit = max(units, key=lambda u: (units[u], len(u.split()), len(u), u))
        text = f"{value_text(first)} {unit}".strip()
    rate = next((r for f in figures if (r := rate_of(f))), None)
    return f"{text} a {rate}" if rate else text


def _differences(
    per_article: dict[str, list[Figure]],
) -> dict[str, tuple[Difference, ...]]:
    """Per article, the aspects in which its wordings differ from the others'.

    An article differs in an aspect when its set of wordings is not the one
    most articles give (when no set is given by more articles than any
    other, every article whose set is not shared by all differs). Wordings
    are compared without case; they are shown as the first article writes
    them.
    """
    out: dict[str, list[Difference]] = defaultdict(list)
    for aspect, key in figure_aspects():
        shown: dict[str, str] = {}
        sets: dict[str, tuple[str, ...]] = {}
        for s, fs in per_article.items():
            for f in fs:
                shown.setdefault(key(f).casefold(), key(f))
            sets[s] = tuple(sorted({key(f).casefold() for f in fs}))
        if len(set(sets.values())) <= 1:
            continue
        counts = Counter(sets.values())
        top = max(counts.values())
        modes = [v for v, n in counts.items() if n == top]
        common = modes[0] if len(modes) == 1 else None
        for s, values in sets.items():
            if values == common:
                continue
            others = sorted({v for o, vs in sets.items() if o != s for v in vs})
            out[s].append(
                Difference(
                    aspect,
                    tuple(shown[v] for v in values),
                    tuple(shown[v] for v in others),
                )
            )
    return {s: tuple(d) for s, d in out.items()}


def _statement_claim(
    corpus: Corpus, statement: Statement, order: dict[str, int]
) -> Claim | None:
    mine = [a for a in statement.appearances if a.article.slug in order]
    if len(mine) < 2:
        return None
    mine.sort(key=lambda a: order[a.article.slug])
    speakers = {a.article.slug: (a.speaker or "",) for a in mine}
    lengths = {a.article.slug: (str(len(a.words)),) for a in mine}
    out: dict[str, list[Difference]] = defaultdict(list)
    for aspect, values in (("speaker", speakers), ("words quoted", lengths)):
        if len(set(values.values())) <= 1:
            continue
        for s, v in values.items():
            others = tuple(
                sorted({x for o, vs in values.items() if o != s for x in vs})
            )
            if v not in [values[o] for o in values if o != s]:
                out[s].append(Difference(aspect, v, others))
    cells = [
        Cell(a.article, tuple(a.places), tuple(out.get(a.article.slug, ())))
        for a in mine
    ]
    speaker = statement.speaker or "speaker not given"
    first = mine[0]
    return Claim("statement", f"{speaker}: {first.place.exact}", cells)


def _event_claim(group: DateGroup, order: dict[str, int]) -> Claim | None:
    by_article: dict[str, list[Event]] = defaultdict(list)
    for event in group.events:
        if event.place is not None and event.article.slug in order:
            by_article[event.article.slug].append(event)
    if len(by_article) < 2:
        return None
    cells = [
        Cell(events[0].article, tuple(e.place for e in events if e.place))
        for s, events in sorted(by_article.items(), key=lambda kv: order[kv[0]])
    ]
    return Claim("event", group.key.label, cells)


def is_event_date(key: DateKey) -> bool:
    """Dates precise enough to be one event: a day, a week, a part of a month."""
    return key.precision in (Precision.DAY, Precision.WEEK) or (
        key.precision is Precision.MONTH and bool(key.modifier)
    )


def _fill(corpus: Corpus, stories: list[Story], story_of: dict[str, Story]) -> None:
    """Claims, statements and timelines of every story, in one pass each."""
    orders = {id(s): {a.slug: n for n, a in enumerate(s.articles)} for s in stories}

    def stories_in(articles: Iterable[Article]) -> list[Story]:
        found = {
            id(story_of[a.slug]): story_of[a.slug]
            for a in articles
            if a.slug in story_of
        }
        return list(found.values())

    for group in corpus.figure_groups:
        for story in stories_in(group.articles):
            claim = _figure_claims(corpus, group, story, orders[id(story)])
            if claim:
                story.claims.append(claim)
    for statement in corpus.statements:
        for story in stories_in(statement.articles):
            story.statements.append(statement)
            claim = _statement_claim(corpus, statement, orders[id(story)])
            if claim:
                story.claims.append(claim)
    for dated in corpus.timeline.groups:
        # One pass over the group's events, however many stories it holds (a
        # year's group can hold events of thousands of articles).
        per_story: dict[int, tuple[Story, list[Event]]] = {}
        for event in dated.events:
            found = story_of.get(event.article.slug)
            if found is not None:
                per_story.setdefault(id(found), (found, []))[1].append(event)
        for owner, mine in per_story.values():
            of_story = DateGroup(dated.key, mine)
            owner.events.append(of_story)
            if is_event_date(dated.key):
                claim = _event_claim(of_story, orders[id(owner)])
                if claim:
                    owner.claims.append(claim)
    # Figures, then statements: reported by most articles first, then in the
    # order the earliest article that reports them gives them (a story's
    # lead and headline first). Events in date order.
    kinds = {"figure": 0, "statement": 1, "event": 2}
    for story in stories:
        story.credits = [
            StoryCredit(article, credit, corpus.place(article, credit))
            for article in story.articles
            for credit in article.credits
        ]
        order = orders[id(story)]
        story.claims.sort(
            key=lambda c: (
                (kinds[c.kind], 0, 0, 0)
                if c.kind == "event"
                else (
                    kinds[c.kind],
                    -len(c.cells),
                    order[c.cells[0].article.slug],
                    min(p.span.start for p in c.cells[0].places),
                )
            )
        )
        alloc = IdAllocator()
        for claim in story.claims:
            claim.anchor = alloc.take(
                [f"c-{claim.kind}-{slug(claim.label, max_length=48) or 'claim'}"]
            )


def build_stories(corpus: Corpus) -> list[Story]:
    """Group the corpus's articles into stories, newest story first.

    Newest by the date of its last article, then by id.
    """
    by_slug = {a.slug: a for a in corpus.articles}
    links = [link for pair in corpus.pairs if (link := link_of(pair))]
    stories = []
    for slugs in group_articles(corpus.articles, links):
        articles = sorted((by_slug[s] for s in slugs), key=_article_order)
        names = story_names(corpus, articles)
        stories.append(
            Story(
                id="",
                title=title_of(names),
                articles=articles,
                names=names,
            )
        )
    stories.sort(key=lambda s: (s.start, _article_order(s.articles[0])))
    alloc = IdAllocator()
    for story in stories:
        story.id = alloc.take(id_options(story.start, story.names, story.articles[0]))
    story_of = {a.slug: s for s in stories for a in s.articles}
    _fill(corpus, stories, story_of)
    stories.sort(key=lambda s: (-s.end.toordinal(), s.id))
    return stories
