"""The story pages (`stories/<id>.md`) and the list of stories (`stories.md`)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import partial
from typing import Any

from ..indexes import Corpus
from ..indexes.entities import EntityRecord
from ..indexes.entity_places import entity_place
from ..indexes.places import entity_link, page_link, page_url
from ..indexes.stories import Claim, Story, StoryCredit
from ..indexes.timeline import date_label
from ..model import Article, Credit, Kind, Precision, SourceKind
from .context import (
    Inline,
    Link,
    ListingPage,
    Page,
    Paragraph,
    TableRow,
    TableSection,
    Tag,
)
from .items import excerpt, outlet_of
from .paging import Limits, spill
from .parts import Keyed, Part
from .story_context import (
    CreditCard,
    CreditGraph,
    GraphEdge,
    GraphNode,
    SaidItem,
    SpeakerItem,
    StoryArticle,
    StoryPage,
)
from .timeline_pages import group_view
from .wording import counted, heading_case

LIST_PATH = "stories.md"
MAX_ROWS = 80
"""Claims shown in a story's matrix (most reported first); stories.json has all."""
MAX_NAMES = 6
"""People and organisations named in a story's header, each."""
CELL_CHARS = 240
KIND_LABELS = {"figure": "Figure", "statement": "Statement", "event": "Event"}
CREDIT_COLUMNS: list[tuple[str, tuple[SourceKind, ...]]] = [
    ("Outlets", (SourceKind.OUTLET,)),
    ("Documents and data", (SourceKind.DOCUMENT, SourceKind.DATA)),
    ("People and organisations", (SourceKind.PERSON, SourceKind.ORGANIZATION)),
    ("Unnamed sources", (SourceKind.ANONYMOUS,)),
]
# The citation drawing: sizes in CSS pixels, drawn at its own size (labels
# stay 13 px on a phone: the drawing is narrower than a phone's column).
GRAPH_WIDTH = 340
GRAPH_ROW = 30
GRAPH_TOP = 44
GRAPH_LEFT_X = 130
GRAPH_RIGHT_X = 210
GRAPH_LABEL_CHARS = 17
GRAPH_LINE = 14  # px from one line of a label to the next


def date_span(story: Story) -> str:
    """A story's dates: "4 June 2025", "4–6 June 2025", "28 May – 2 June 2025"."""
    start, end = story.start, story.end
    if start == end:
        return date_label(start.isoformat(), Precision.DAY)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{date_label(end.isoformat(), Precision.DAY)}"
    if start.year == end.year:
        return f"{start.day} {start:%B} – {date_label(end.isoformat(), Precision.DAY)}"
    return (
        f"{date_label(start.isoformat(), Precision.DAY)} – "
        f"{date_label(end.isoformat(), Precision.DAY)}"
    )


def story_labels(story: Story) -> dict[str, str]:
    """How the story page names each of its articles, by slug.

    By its outlet, with the day where the story has several articles of
    that outlet ("NBC News, 5 Jun"). An article with no outlet is "Article
    of 5 Jun": its whole headline in a matrix column's header, and again in
    each claim's block on a phone, was most of the page (READER.md: a
    headline is never cut); "The articles" gives each label its headline.
    Labels that would repeat are numbered in the story's order.
    """
    per_outlet = Counter(a.meta.outlet for a in story.articles if a.meta.outlet)
    labels: dict[str, str] = {}
    for article in story.articles:
        outlet = article.meta.outlet
        day = f"{article.meta.date.day} {article.meta.date:%b}"
        if not outlet:
            labels[article.slug] = f"Article of {day}"
        else:
            labels[article.slug] = (
                f"{outlet}, {day}" if per_outlet[outlet] > 1 else outlet
            )
    repeats = Counter(labels.values())
    seen: Counter[str] = Counter()
    for slug, label in labels.items():
        if repeats[label] > 1:
            seen[label] += 1
            labels[slug] = f"{label} ({seen[label]})"
    return labels


def story_articles(story: Story, path: str) -> list[StoryArticle]:
    """The story's articles as columns, labelled by `story_labels`."""
    labels = story_labels(story)
    out = []
    for article in story.articles:
        label = labels[article.slug]
        source = f"articles/{article.slug}.md"
        out.append(
            StoryArticle(
                link_short=Link(label, page_link(source, path)),
                outlet=article.meta.outlet or "",
                date=date_label(article.meta.date.isoformat(), Precision.DAY),
                date_iso=article.meta.date.isoformat(),
                title=article.meta.title,
                link=Link(article.meta.title, page_link(source, path)),
                url=page_url(source, path),
                label=label,
            )
        )
    return out


def matrix_cell(claim: Claim, article: Article, path: str) -> Paragraph:
    """One article's cell: its wordings, linked; what differs; or "Not reported"."""
    cell = claim.cell_of(article)
    if cell is None:
        return ("Not reported",)
    seen: dict[str, Link] = {}
    for place in cell.places:
        text = excerpt(place.exact, CELL_CHARS)
        seen.setdefault(text, Link(text, place.link(path)))
    pieces: list[Inline] = []
    for n, link in enumerate(seen.values()):
        pieces += [" · "] * bool(n) + [link]
    # As on the figures ledger: a tag per aspect saying this article's side
    # ("unit: personnel"); the other cells' tags say theirs.
    for difference in cell.differences:
        pieces += [" ", Tag(difference.own())]
    return tuple(pieces)


def differs_label(aspect: str) -> str:
    """The callout of an aspect: "Unit differs", "Words quoted differ"."""
    verb = "differ" if aspect.split()[0].endswith("s") else "differs"
    return f"{heading_case(aspect)} {verb}"


def claim_cell(claim: Claim) -> Paragraph:
    """The row's name, and a callout per aspect in which its articles differ."""
    pieces: list[Inline] = [
        f"{KIND_LABELS[claim.kind]}: {excerpt(claim.label, CELL_CHARS)}"
    ]
    aspects = dict.fromkeys(d.aspect for c in claim.cells for d in c.differences)
    pieces += [Tag(differs_label(aspect), "differs") for aspect in aspects]
    return tuple(pieces)


def matrix_table(
    story: Story, claims: list[Claim], columns: list[StoryArticle], path: str
) -> TableSection:
    """The coverage matrix: a row per claim, a column per article."""
    return TableSection(
        anchor="matrix-table",
        title="What each article reports",
        headers=["Claim", *(c.label for c in columns)],
        align=["---"] * (len(columns) + 1),
        rows=[
            TableRow(
                [
                    claim_cell(claim),
                    *(matrix_cell(claim, a, path) for a in story.articles),
                ],
                anchor=claim.anchor,
            )
            for claim in claims
        ],
        layout="stack",
    )


def outlet_summary(story: Story) -> str:
    """Its outlets, and how many articles give none.

    "NBC News, The Independent and 2 with no outlet given"; "no outlet
    given" when none does.
    """
    missing = sum(1 for a in story.articles if not a.meta.outlet)
    if not story.outlets:
        return "no outlet given"
    named = ", ".join(story.outlets)
    return named + (f" and {missing} with no outlet given" * bool(missing))


def header(corpus: Corpus, story: Story, path: str) -> list[Paragraph]:
    """Dates, outlets, number of articles, the most-named people and orgs."""
    facts: list[Paragraph] = [
        (
            f"{date_span(story)} · {counted(len(story.articles), 'article')}"
            f"{' from' if story.outlets else ','} {outlet_summary(story)}.",
        )
    ]
    for kind, noun in ((Kind.PERSON, "People"), (Kind.ORGANIZATION, "Organisations")):
        names = story.names_of(kind)[:MAX_NAMES]
        if not names:
            continue
        line: list[str | Link] = [f"{noun} most named: "]
        for n, name in enumerate(names):
            line += [", "] * bool(n)
            line.append(Link(name.record.name, entity_link(name.record, path)))
            count = counted(name.mentions, "mention") if n == 0 else str(name.mentions)
            if name.articles < len(story.articles):
                count += f", in {name.articles} of {len(story.articles)} articles"
            line.append(f" ({count})")
        facts.append((*line, "."))
    del corpus
    return facts


def spellings(corpus: Corpus, story: Story, path: str) -> list[Paragraph]:
    """Names the story's articles write differently: each spelling, linked."""
    out: list[Paragraph] = []
    labels = story_labels(story)
    for name in story.names:
        record = name.record
        written = {
            a.slug: frozenset(record.spellings[a.slug])
            for a in story.articles
            if a.slug in record.spellings
        }
        if len(set(written.values())) < 2:
            continue
        line: list[str | Link] = [
            Link(record.name, entity_link(record, path)),
            " is written ",
        ]
        for n, article in enumerate(a for a in story.articles if a.slug in written):
            place = corpus.place(
                article, corpus.entities.first_mention(record, article)
            )
            line += ["; "] * bool(n)
            line.append(
                Link(
                    "“" + "”, “".join(sorted(written[article.slug])) + "”",
                    place.link(path),
                )
            )
            line.append(f" in {labels[article.slug]}")
        out.append((*line, "."))
    return out


def speakers(corpus: Corpus, story: Story, path: str) -> list[SpeakerItem]:
    """Every speaker quoted in the story, with their statements and outlets."""
    by: dict[str, list[SaidItem]] = defaultdict(list)
    pages: dict[str, Link | None] = {}
    labels = story_labels(story)
    for statement in story.statements:
        mine = story.appearances(statement)
        if not mine:
            continue
        first = mine[0]
        name = statement.speaker or "Speaker not given"
        if name not in pages:
            quote = first.parts[0]
            record = (
                corpus.entities.named(quote.speaker_kind, quote.speaker)
                if quote.speaker and quote.speaker_kind
                else None
            )
            pages[name] = (
                Link(record.name, entity_link(record, path)) if record else None
            )
        text = " … ".join(p.exact for p in first.places)
        by[name].append(
            SaidItem(
                excerpt(text, 300),
                Link(labels[first.article.slug], first.place.link(path)),
                tuple(Link(labels[a.article.slug], a.place.link(path)) for a in mine),
            )
        )
    order = sorted(by, key=lambda s: (s == "Speaker not given", -len(by[s]), s))
    # A speaker described, not named, leads its entry capitalised, as on the
    # quotes page ("the draft" -> "The draft").
    return [SpeakerItem(heading_case(s), pages[s], tuple(by[s])) for s in order]


def credits_table(story: Story, columns: list[StoryArticle], path: str) -> TableSection:
    """Per article, what it credits, by kind; unnamed sources counted."""
    rows = []
    for article, column in zip(story.articles, columns, strict=True):
        mine = [c for c in story.credits if c.article is article]
        cells: list[Paragraph] = [(column.link_short,)]
        for _, kinds in CREDIT_COLUMNS:
            of_kind = [c for c in mine if c.credit.source_kind in kinds]
            firsts: dict[str, tuple[StoryCredit, int]] = {}
            for c in of_kind:
                first, n = firsts.get(c.credit.source, (c, 0))
                firsts[c.credit.source] = (first, n + 1)
            pieces: list[str | Link] = []
            if SourceKind.ANONYMOUS in kinds and of_kind:
                numbers = [c.credit.count for c in of_kind if c.credit.count]
                pieces.append(
                    counted(len(of_kind), "mention")
                    + (
                        f" (numbers given: {', '.join(str(n) for n in numbers)})"
                        if numbers
                        else " (no number given)"
                    )
                    + ": "
                )
            for n, (c, times) in enumerate(firsts.values()):
                pieces += ["; "] * bool(n)
                pieces.append(
                    Link(
                        c.credit.source + (f" ({times} times)" if times > 1 else ""),
                        c.place.link(path),
                    )
                )
            cells.append(tuple(pieces) if pieces else ("None",))
        rows.append(TableRow(cells))
    return TableSection(
        anchor="credits-table",
        title="Who each article credits",
        headers=["Article", *(name for name, _ in CREDIT_COLUMNS)],
        align=["---"] * (len(CREDIT_COLUMNS) + 1),
        rows=rows,
        layout="stack",
    )


def label_lines(label: str) -> tuple[str, ...]:
    """A drawing's label in lines of about `GRAPH_LABEL_CHARS`, broken between words.

    Never cut with "…" (READER.md): "The New York Times" was "The New York…".
    """
    lines: list[str] = []
    for word in label.split():
        if lines and len(lines[-1]) + 1 + len(word) <= GRAPH_LABEL_CHARS:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return tuple(lines) or ("",)


def _node(x: int, y: int, label: str, href: str, anchor: str) -> GraphNode:
    lines = label_lines(label)
    # The lines centred on the dot: the first one's baseline above it.
    first = y + 4 - (len(lines) - 1) * GRAPH_LINE // 2
    return GraphNode(x, y, label, href, anchor, lines, first)


def credit_graph(
    story: Story, columns: list[StoryArticle], path: str
) -> CreditGraph | None:
    """Which article credits which outlet; None when none credits an outlet."""
    outlets: dict[str, list[StoryCredit]] = defaultdict(list)
    pairs: dict[tuple[int, str], list[StoryCredit]] = defaultdict(list)
    index = {a.slug: n for n, a in enumerate(story.articles)}
    for c in story.credits:
        if c.credit.source_kind is SourceKind.OUTLET:
            outlets[c.credit.source].append(c)
            pairs[(index[c.article.slug], c.credit.source)].append(c)
    if not outlets:
        return None
    citing = sorted({i for i, _ in pairs})
    cited = sorted(outlets, key=lambda o: (-len(outlets[o]), o))
    rows = max(len(citing), len(cited))
    most = max(
        len(label_lines(x)) for x in [*cited, *(columns[i].label for i in citing)]
    )
    row = max(GRAPH_ROW, most * GRAPH_LINE + 8)  # a long name's lines need room
    height = GRAPH_TOP + rows * row

    def y_of(n: int, count: int) -> int:
        free = (rows - count) * row // 2
        return GRAPH_TOP + free + n * row + row // 2

    left_y = {i: y_of(n, len(citing)) for n, i in enumerate(citing)}
    right_y = {o: y_of(n, len(cited)) for n, o in enumerate(cited)}
    by_outlet = {a.meta.outlet: a for a in story.articles if a.meta.outlet}
    articles = tuple(
        _node(GRAPH_LEFT_X, left_y[i], columns[i].label, columns[i].url, "end")
        for i in citing
    )
    nodes = []
    for outlet in cited:
        own = by_outlet.get(outlet)
        href = (
            page_url(f"articles/{own.slug}.md", path)
            if own
            else outlets[outlet][0].place.url(path)
        )
        nodes.append(_node(GRAPH_RIGHT_X, right_y[outlet], outlet, href, "start"))
    edges = tuple(
        GraphEdge(
            GRAPH_LEFT_X + 5,
            left_y[i],
            GRAPH_RIGHT_X - 5,
            right_y[outlet],
            min(1 + len(found), 6),
            found[0].place.url(path),
            f"{columns[i].label} credits {outlet} "
            f"{counted(len(found), 'time', grouped=False)}",
        )
        for (i, outlet), found in sorted(pairs.items())
    )
    return CreditGraph(
        width=GRAPH_WIDTH,
        height=height,
        title="Which article credits which outlet",
        description=(
            "Left, the story's articles that credit another outlet; right, the "
            "outlets they credit. A line joins an article to each outlet it "
            "credits; the thicker the line, the more often."
        ),
        left_heading="Article",
        right_heading="Credits",
        heading_y=20,
        left_x=GRAPH_LEFT_X,
        right_x=GRAPH_RIGHT_X,
        articles=articles,
        outlets=tuple(nodes),
        edges=edges,
        line_gap=GRAPH_LINE,
    )


def story_plan(corpus: Corpus) -> Iterator[Part]:
    """Each story's page as a part: its input digest is taken of `story_shows`."""
    for story in corpus.stories:
        yield Part(
            story.page, story_shows(corpus, story), partial(story_page, corpus, story)
        )


def _name_shows(record: EntityRecord | None) -> Any:
    """What a story page shows of a name it links to: the name and its place."""
    return (record.name, entity_place(record)) if record else None


def story_shows(corpus: Corpus, story: Story) -> Any:
    """What a story page shows, for its input digest.

    Its articles by cache key (the page shows their words, dates, credits
    and anchors), its claims, statements, dates and credits, and of each
    name it shows: its name and place, how much the story names it, its
    spellings and first mention in each of the story's articles; of each
    speaker: the name and place.
    """
    entities = corpus.entities
    names = [
        (
            _name_shows(n.record),
            n.record.kind,
            n.articles,
            n.mentions,
            [
                (
                    a.slug,
                    sorted(n.record.spellings[a.slug]),
                    entities.first_mention(n.record, a),
                )
                for a in story.articles
                if a.slug in n.record.spellings
            ],
        )
        for n in story.names
    ]
    speakers = []
    for statement in story.statements:
        mine = story.appearances(statement)
        quote = mine[0].parts[0] if mine else None
        record = (
            entities.named(quote.speaker_kind, quote.speaker)
            if quote and quote.speaker and quote.speaker_kind
            else None
        )
        speakers.append((mine, _name_shows(record)))
    return (
        story.id,
        story.title,
        [Keyed(a) for a in story.articles],
        names,
        story.claims,
        story.statements,
        speakers,
        story.events,
        story.credits,
    )


def story_page(corpus: Corpus, story: Story) -> StoryPage:
    """The context of one story page."""
    path = story.page
    columns = story_articles(story, path)
    claims = sorted(story.claims, key=lambda c: -len(c.cells))[:MAX_ROWS]
    shown = [c for c in story.claims if c in claims]  # keep the story's order
    left_out = len(story.claims) - len(shown)
    note = (
        "One row per claim that two or more of the articles report; one column "
        "per article. A cell gives the article’s wording, linked to its place; "
        "“not reported” means the article does not report it. Where the "
        "articles differ, the claim says in what (“Unit differs”) and each "
        "cell says its own wording of it (“unit: personnel”)."
    )
    if left_out:
        note += (
            f" The {len(shown)} claims most reported are shown; "
            f"{counted(left_out, 'more claim')} are in stories.json."
        )
    return StoryPage(
        path=path,
        title=story.title,
        description=(
            f"{counted(len(story.articles), 'article')} on one story, "
            f"{date_span(story)}: what each reports, who said what, who they credit."
        ),
        searchable=False,
        heading=story.title,
        facts=header(corpus, story, path),
        articles=columns,
        matrix=matrix_table(story, shown, columns, path),
        matrix_note=note,
        spellings=spellings(corpus, story, path),
        speakers=speakers(corpus, story, path),
        credits=credits_table(story, columns, path),
        graph=credit_graph(story, columns, path),
        timeline=[group_view(g, path) for g in story.events],
        back=Link("All stories", page_link(LIST_PATH, path)),
    )


def _list_rows(stories: list[Story], path: str) -> list[TableRow]:
    return [
        TableRow(
            [
                (Link(story.title, page_link(story.page, path)),),
                (date_span(story),),
                (outlet_summary(story),),
                (str(len(story.articles)),),
                (str(len(story.claims)),),
            ]
        )
        for story in stories
    ]


def _list_section(stories: list[Story], path: str, title: str) -> TableSection:
    return TableSection(
        anchor="stories",
        title=title,
        headers=["Story", "Dates", "Outlets", "Articles", "Shared claims"],
        align=["---", "---", "---", "---:", "---:"],
        rows=_list_rows(stories, path),
    )


INTRO = (
    "A story is a group of articles that report the same events: they quote "
    "the same statements, give the same quantities, name the same people and "
    "organisations that few other articles name, and were published within a "
    "few days of each other. Each story’s page lines the articles up side by "
    "side."
)


def story_pages(corpus: Corpus, limits: Limits) -> Iterator[Page]:
    """The list of stories (newest first, by their last article) and its parts."""
    stories = corpus.stories
    in_stories = sum(len(s.articles) for s in stories)
    count = (
        f"{counted(len(stories), 'story')}, "
        f"grouping {counted(in_stories, 'article')} of {len(corpus.articles):,}."
    )

    def size(story: Story) -> int:
        return 300 + len(story.title) + 40 * len(story.outlets)

    parts = list(
        spill(
            LIST_PATH,
            "Stories",
            "Articles grouped by the story they report, newest first.",
            stories,
            size,
            limits,
            lambda part, p: [_list_section(part, p, "Stories, newest first")],
            ("Home", "index.md"),
        )
    )
    first = parts[0]
    intro: list[Paragraph] = [(INTRO,), (count,)]
    if not stories:
        intro.append(("No two articles report the same events yet.",))
    yield ListingPage(
        path=first.path,
        title=first.title,
        description=first.description,
        searchable=False,
        heading="Stories",
        intro=intro,
        sections=first.sections if stories else [],
        pager=first.pager,
    )
    yield from parts[1:]


def article_story_link(corpus: Corpus, article: Article, from_page: str) -> Link | None:
    """A link to the story an article belongs to, for its page (None: none)."""
    story = corpus.story_of(article)
    if story is None:
        return None
    return Link(story.title, page_link(story.page, from_page))


KIND_LABELS_CREDIT = {
    SourceKind.OUTLET: "Outlet",
    SourceKind.DOCUMENT: "Document",
    SourceKind.DATA: "Data",
    SourceKind.PERSON: "Person",
    SourceKind.ORGANIZATION: "Organisation",
    SourceKind.ANONYMOUS: "Unnamed sources",
}


def credit_card(
    corpus: Corpus, article: Article, credit: Credit, from_page: str
) -> CreditCard:
    """The facts of a credit's card, for the article page (`from_page`)."""
    story = corpus.story_of(article)
    source_link: Link | None = None
    if credit.source_kind in (SourceKind.PERSON, SourceKind.ORGANIZATION):
        kind = (
            Kind.PERSON
            if credit.source_kind is SourceKind.PERSON
            else Kind.ORGANIZATION
        )
        record = corpus.entities.named(kind, credit.source)
        if record:
            source_link = Link(record.name, entity_link(record, from_page))
    also: list[Link] = []
    if story is not None:
        if credit.source_kind is SourceKind.OUTLET:
            own = next(
                (a for a in story.articles if a.meta.outlet == credit.source), None
            )
            if own is not None:
                source_link = Link(
                    own.meta.title, page_link(f"articles/{own.slug}.md", from_page)
                )
        seen = {article.slug}
        for c in story.credits:
            if c.credit.source == credit.source and c.article.slug not in seen:
                seen.add(c.article.slug)
                also.append(Link(outlet_of(c.article), c.place.link(from_page)))
    return CreditCard(
        anchor=corpus.anchor(article, "credit", credit.span),
        as_written=article.slice(credit.span),
        cue=article.slice(credit.cue) if credit.cue else "",
        source=credit.source,
        source_kind=credit.source_kind.value,
        kind_label=KIND_LABELS_CREDIT[credit.source_kind],
        count=credit.count,
        source_link=source_link,
        story=Link(story.title, page_link(story.page, from_page)) if story else None,
        also=tuple(also),
    )
