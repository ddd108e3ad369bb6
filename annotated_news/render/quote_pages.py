"""The quotes: `quotes.md`, split by speaker letter when it grows.

`quotes.md` starts with the statements several articles quote and the quoted
words that stand unquoted in another article (quote provenance), then every
quote by speaker, most quoted first, then words in quotation marks that are
not speech. When that does not fit one page, `quotes.md` keeps the first
entries of each list and the rest moves to `quotes/shared.md`,
`quotes/provenance.md`, `quotes/<letter>.md` (speakers by name) and
`quotes/in-quotation-marks.md`, each in parts when needed.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

from ..indexes import Corpus
from ..indexes.entity_places import EntityPlace, entity_place
from ..indexes.places import page_link
from ..indexes.quotes import Echo, Statement
from ..model import Article, Quote, QuoteKind, Span
from ..slugs import slug
from .context import (
    EchoSection,
    Link,
    ListingPage,
    Page,
    Paragraph,
    QuoteItem,
    QuoteSection,
    Section,
    StatementSection,
    TableRow,
    TableSection,
)
from .entity_pages import letter_of
from .items import (
    Links,
    echo_item,
    outlet_of,
    quote_item,
    speaker_record,
    statement_item,
)
from .paging import Limits, pager, part_path, spill_parts, split
from .parts import Part, as_listed
from .wording import heading_case

PATH = "quotes.md"
INTRO: Paragraph = (
    "Every quote in the articles, by speaker. Statements quoted by several "
    "articles are listed once with each article’s wording; quoted words that "
    "stand as plain text in another article are traced to it.",
)
UNATTRIBUTED = "speaker not given"
ECHOES = "@echoes"
"""Key of `Links.where` for the page that lists the traced quotes."""


def _span_chars(span: Span, limit: int) -> int:
    return min(span.end - span.start, limit)


def _link_chars(article: Article) -> int:
    """About the characters of a link to a place in an article, label included."""
    return len(outlet_of(article)) + len(article.slug) + 40


def _statement_size(statement: Statement) -> int:
    """About the Markdown characters of a listed statement, from the index.

    Cheap (no entry built): the plan sizes every shared statement.
    """
    return (
        200
        + sum(
            _link_chars(a.article)
            + sum(_span_chars(p.span, 300) + len(a.article.slug) + 50 for p in a.places)
            + 60
            for a in statement.appearances
        )
        * 6
        // 5
    )


def _echo_size(echo: Echo) -> int:
    """About the Markdown characters of a traced quote, from the index."""
    return (
        500
        + (
            _span_chars(echo.quote.span, 400)
            + _span_chars(echo.source.sentence_span, 300)
            + _link_chars(echo.quote.article)
            + _link_chars(echo.source.article)
        )
        * 6
        // 5
    )


def _quote_size(item: tuple[Article, Quote]) -> int:
    return _span_chars(item[1].span, 400) + 450


def statement_section(
    corpus: Corpus,
    statements: list[Statement],
    path: str,
    more: Link | None = None,
    shown: tuple[int, Callable[[str], str]] | None = None,
) -> StatementSection:
    """Statements several articles quote, each with every article's wording.

    `shown`: on an overview, the quotes each statement shows and where its
    full entry is (a link from `path` to its anchor); None shows all.
    """
    return StatementSection(
        anchor="shared-statements",
        title="Statements quoted in several articles",
        items=[
            statement_item(corpus, s, path)
            if shown is None
            else statement_item(corpus, s, path, shown[0], shown[1](s.anchor))
            for s in statements
        ],
        more=more,
    )


def echo_section(
    corpus: Corpus,
    links: Links,
    echoes: list[Echo],
    path: str,
    more: Link | None = None,
) -> EchoSection:
    """Quoted words and the article where they stand unquoted."""
    return EchoSection(
        anchor="echoes",
        title="Quoted words that stand unquoted in another article",
        intro=[
            (
                "The words are quoted in one article and written without quotation "
                "marks in the other; both places are linked.",
            )
        ],
        items=[echo_item(corpus, links, e, path) for e in echoes],
        more=more,
    )


class _Speakers:
    """Quotes grouped by speaker, with an anchor per speaker unique on a page."""

    def __init__(self, corpus: Corpus, spoken: list[tuple[Article, Quote]]) -> None:
        self.corpus = corpus
        self.by: dict[str, list[tuple[Article, Quote]]] = defaultdict(list)
        self.place_of: dict[str, EntityPlace | None] = {}
        for article, quote in spoken:
            record = speaker_record(corpus, quote)
            name = record.name if record else (quote.speaker or UNATTRIBUTED)
            self.by[name].append((article, quote))
            self.place_of.setdefault(name, entity_place(record) if record else None)
        self.order = sorted(
            self.by, key=lambda s: (s == UNATTRIBUTED, -len(self.by[s]), s.casefold())
        )

    def sections(
        self, links: Links, names: list[str], path: str, level: int
    ) -> list[Section]:
        """A section per speaker, with all their quotes."""
        taken: set[str] = set()
        return [
            self.section(
                links, name, self.by[name], path, self.anchor(name, taken), level
            )
            for name in names
        ]

    def section(
        self,
        links: Links,
        name: str,
        quotes: list[tuple[Article, Quote]],
        path: str,
        anchor: str,
        level: int,
    ) -> QuoteSection:
        """A speaker's heading, a link to their page, and the quotes given."""
        place = self.place_of[name]
        intro: list[Paragraph] = (
            [(Link(f"All about {name}", place.link(path)),)] if place else []
        )
        items: list[QuoteItem] = [
            quote_item(self.corpus, links, a, q, path) for a, q in quotes
        ]
        return QuoteSection(
            anchor=anchor,
            title=name if place else heading_case(name),
            level=level,
            intro=intro,
            items=items,
        )

    @staticmethod
    def anchor(name: str, taken: set[str]) -> str:
        base = "speaker-" + (slug(name)[:60] or "x")
        anchor, n = base, 2
        while anchor in taken:
            anchor, n = f"{base}-{n}", n + 1
        taken.add(anchor)
        return anchor


def quote_pages(corpus: Corpus, links: Links, limits: Limits) -> Iterator[Page]:
    """`quotes.md` and, when it does not fit, its continuation pages."""
    for part in quote_plan(corpus, links, limits):
        yield part.make()


class _Shows:
    """What a listed quote, statement or echo shows, for a part's digest."""

    def __init__(self, corpus: Corpus, links: Links) -> None:
        self.corpus = corpus
        self.links = links

    def speaker(self, quote: Quote) -> Any:
        record = speaker_record(self.corpus, quote)
        return (quote.speaker, record.name, entity_place(record)) if record else None

    def quote(self, item: tuple[Article, Quote]) -> Any:
        """`quote_item`: the quote in its article, its speaker, its "also in"."""
        article, quote = item
        key = (article.slug, quote.span)
        return (
            article,
            quote,
            as_listed(self.corpus, article, quote),
            self.speaker(quote),
            self.links.statement_of.get(key),
            self.links.echo_sources.get(key),
        )

    def statement(self, statement: Statement) -> Any:
        """`statement_item`: the statement and its first part's speaker."""
        return (statement, self.speaker(statement.appearances[0].parts[0]))

    def echo(self, echo: Echo) -> Any:
        """`echo_item`: the echo, its quote's article and speaker."""
        quote = next(q for q in echo.quote.article.quotes if q.span == echo.quote.span)
        return (echo, echo.quote.article, self.speaker(quote))


def quote_plan(corpus: Corpus, links: Links, limits: Limits) -> Iterator[Part]:
    """The quote listing's pages as planned, without building them.

    Records in `links.where` the page of each shared statement and of the
    traced quotes (`ECHOES`).
    """
    shared = sorted(
        (s for s in corpus.statements if len(s.appearances) > 1),
        key=lambda s: (-len(s.appearances), s.anchor),
    )
    spoken = [
        (a, q)
        for a in corpus.articles
        for q in a.quotes
        if q.quote_kind is not QuoteKind.SCARE
    ]
    scare = [
        (a, q)
        for a in corpus.articles
        for q in a.quotes
        if q.quote_kind is QuoteKind.SCARE
    ]
    speakers = _Speakers(corpus, spoken)
    shows = _Shows(corpus, links)
    total = (
        sum(map(_statement_size, shared))
        + sum(map(_echo_size, corpus.echoes))
        + sum(map(_quote_size, spoken + scare))
    )
    count = len(shared) + len(corpus.echoes) + len(spoken) + len(scare)
    if total <= limits.page_chars and count <= limits.items:
        for statement in shared:
            links.where[statement.anchor] = PATH
        links.where[ECHOES] = PATH
        yield Part(
            PATH,
            (
                "whole",
                [shows.statement(s) for s in shared],
                [shows.echo(e) for e in corpus.echoes],
                [
                    (n, speakers.place_of[n], [shows.quote(q) for q in speakers.by[n]])
                    for n in speakers.order
                ],
                [shows.quote(q) for q in scare],
            ),
            partial(_whole_page, corpus, links, shared, speakers, scare),
        )
        return
    back = ("All quotes", PATH)
    links.where[ECHOES] = "quotes/provenance.md"
    yield from spill_parts(
        "quotes/shared.md",
        "Statements quoted in several articles",
        "Statements several articles quote.",
        shared,
        _statement_size,
        limits,
        partial(_statement_sections, corpus),
        back,
        shows.statement,
        lambda s, path: links.where.__setitem__(s.anchor, path),
    )
    yield from spill_parts(
        "quotes/provenance.md",
        "Quoted words that stand unquoted in another article",
        "Quote provenance.",
        corpus.echoes,
        _echo_size,
        limits,
        partial(_echo_sections, corpus, links),
        back,
        shows.echo,
    )
    yield from spill_parts(
        "quotes/in-quotation-marks.md",
        "In quotation marks, not attributed speech",
        "Words in quotation marks that are not speech.",
        scare,
        _quote_size,
        limits,
        partial(_scare_sections, corpus, links),
        back,
        shows.quote,
    )
    letters: list[tuple[str, str]] = []
    found: dict[str, str] = {}  # speaker -> page and anchor of their first quotes
    by_letter = sorted(speakers.order, key=lambda s: (letter_of(s), s.casefold()))
    for letter, names in itertools.groupby(by_letter, key=letter_of):
        base = f"quotes/{letter}.md"
        shown = letter.upper() if letter != "other" else "other"
        rows = [(n, q) for n in names for q in speakers.by[n]]
        parts = split(rows, lambda r: _quote_size(r[1]), limits)
        for k, part in enumerate(parts, start=1):
            path = part_path(base, k)
            taken: set[str] = set()
            listed = []
            for name, of_name in itertools.groupby(part, key=lambda r: r[0]):
                anchor = _Speakers.anchor(name, taken)
                found.setdefault(name, f"{path}#{anchor}")
                listed.append((name, anchor, [q for _, q in of_name]))
            yield Part(
                path,
                (
                    "letter",
                    base,
                    shown,
                    k,
                    len(parts),
                    [
                        (n, a, speakers.place_of[n], [shows.quote(q) for q in quotes])
                        for n, a, quotes in listed
                    ],
                ),
                partial(
                    _letter_page, corpus, links, speakers, base, shown, k, parts, listed
                ),
            )
        letters.append((base, shown))
    top = [
        (n, found[n], len(speakers.by[n])) for n in speakers.order[: limits.overview]
    ]
    yield Part(
        PATH,
        (
            "overview",
            [shows.statement(s) for s in shared[: limits.overview]],
            [shows.echo(e) for e in corpus.echoes[: limits.overview]],
            len(shared),
            len(corpus.echoes),
            top,
            letters,
            limits,
        ),
        partial(_overview_page, corpus, links, shared, top, letters, limits),
    )


def _statement_sections(
    corpus: Corpus, items: list[Statement], path: str
) -> list[Section]:
    return [statement_section(corpus, items, path)]


def _echo_sections(
    corpus: Corpus, links: Links, items: list[Echo], path: str
) -> list[Section]:
    return [echo_section(corpus, links, items, path)]


def _scare_sections(
    corpus: Corpus, links: Links, items: list[tuple[Article, Quote]], path: str
) -> list[Section]:
    return [
        QuoteSection(
            anchor="scare-quotes",
            title="In quotation marks",
            items=[quote_item(corpus, links, a, q, path) for a, q in items],
        )
    ]


def _whole_page(
    corpus: Corpus,
    links: Links,
    shared: list[Statement],
    speakers: _Speakers,
    scare: list[tuple[Article, Quote]],
) -> Page:
    sections: list[Section] = [
        statement_section(corpus, shared, PATH),
        echo_section(corpus, links, corpus.echoes, PATH),
    ]
    sections += speakers.sections(links, speakers.order, PATH, 2)
    sections.append(
        QuoteSection(
            anchor="scare-quotes",
            title="In quotation marks, not attributed speech",
            items=[quote_item(corpus, links, a, q, PATH) for a, q in scare],
        )
    )
    return _main_page([INTRO], sections)


def _main_page(intro: list[Paragraph], sections: list[Section]) -> Page:
    """`quotes.md`."""
    return ListingPage(
        path=PATH,
        title="Quotes",
        description="Every quote in the articles, by speaker.",
        searchable=False,
        heading="Quotes",
        intro=intro,
        sections=sections,
    )


def _letter_page(
    corpus: Corpus,
    links: Links,
    speakers: _Speakers,
    base: str,
    shown: str,
    k: int,
    parts: list[list[tuple[str, tuple[Article, Quote]]]],
    listed: list[tuple[str, str, list[tuple[Article, Quote]]]],
) -> Page:
    path = part_path(base, k)
    return ListingPage(
        path=path,
        title=f"Quotes: speakers {shown}" + (f" ({k})" if k > 1 else ""),
        description=f"Quotes by speakers whose name starts with {shown}.",
        searchable=False,
        heading=f"Quotes: speakers {shown}",
        intro=[(Link("All quotes", page_link(PATH, path)),)],
        sections=[
            speakers.section(links, name, quotes, path, anchor, 2)
            for name, anchor, quotes in listed
        ],
        pager=pager(base, k, len(parts)),
    )


def _overview_page(
    corpus: Corpus,
    links: Links,
    shared: list[Statement],
    top: list[tuple[str, str, int]],
    letters: list[tuple[str, str]],
    limits: Limits,
) -> Page:
    letter_links: list[str | Link] = []
    for base, shown in letters:
        letter_links += [
            " · " if letter_links else "",
            Link(shown, page_link(base, PATH)),
        ]
    table = TableSection(
        anchor="speakers",
        title="Most quoted",
        headers=["Speaker", "Quotes"],
        align=["---", "---:"],
        layout="fit",
        rows=[
            TableRow([(Link(n, _at(at, PATH)),), (str(count),)]) for n, at, count in top
        ],
    )
    sections = [
        statement_section(
            corpus,
            shared[: limits.overview],
            PATH,
            more=_more(len(shared), "statements", "quotes/shared.md", limits),
        ),
        echo_section(
            corpus,
            links,
            corpus.echoes[: limits.overview],
            PATH,
            more=_more(
                len(corpus.echoes), "traced quotes", "quotes/provenance.md", limits
            ),
        ),
        table,
    ]
    return _main_page(
        [
            INTRO,
            ("Speakers by name: ", *letter_links),
            (
                Link(
                    "Words in quotation marks that are not speech",
                    page_link("quotes/in-quotation-marks.md", PATH),
                ),
            ),
        ],
        sections,
    )


def _at(target: str, from_page: str) -> str:
    """A link to "page.md#anchor" from another page."""
    page, _, anchor = target.partition("#")
    return page_link(page, from_page) + "#" + anchor


def _more(count: int, noun: str, page: str, limits: Limits) -> Link | None:
    if count <= limits.overview:
        return None
    return Link(f"All {count} {noun}", page)
