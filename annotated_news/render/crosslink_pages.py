"""The cross-link overview: what each pair of articles shares, and where they differ.

`crosslinks.md` draws the most connected articles and the names they share,
lists the pairs of articles that share something notable (highest score
first; see `indexes/pairs.py`) except pairs of one story, which are
summarised by a link to the story's page (it lines up all its articles),
then the names, statements, traced quotes
and figures several articles share, each shortened to its first entries with
a link to the full list; a shared statement or quantity shows its first
`Limits.mentions` quotes or mentions and links to its full entry (the most
shared ones are listed first, and they grow with the corpus). Pairs past the first page continue on
`crosslinks/pairs.md`, in parts, up to `Limits.pairs` in all.
"""

from __future__ import annotations

import dataclasses as dc
from collections.abc import Iterator

from ..indexes import Corpus
from ..indexes.entities import EntityRecord
from ..indexes.entity_places import entity_place
from ..indexes.pairs import ArticlePair
from ..indexes.places import page_link
from ..model import Article, Kind
from .context import (
    Link,
    ListingPage,
    Page,
    PairItem,
    PairSection,
    Paragraph,
    Section,
    TableRow,
    TableSection,
)
from .figure_pages import ledger_section
from .items import Links, article_link, excerpt, flag_text, group_value, outlet_of
from .paging import Limits, measure, spill, split
from .quote_pages import ECHOES, echo_section, statement_section
from .wording import counted

PATH = "crosslinks.md"
PAIRS_PATH = "crosslinks/pairs.md"
MAX_NAMES = 12
"""Names listed per kind in a pair before "N more"."""
MAX_ENTRIES = 10
"""Statements, traced quotes and differences listed per pair (figures: twice)."""
DRAWN_ARTICLES = 8
DRAWN_NAMES = 16


def _names(records: list[EntityRecord], from_page: str) -> list[str | Link]:
    out: list[str | Link] = []
    for n, record in enumerate(records[:MAX_NAMES]):
        if n:
            out.append(", ")
        out.append(Link(record.name, entity_place(record).link(from_page)))
    if len(records) > MAX_NAMES:
        out.append(f" and {len(records) - MAX_NAMES} more")
    return out


def _at(links: Links, anchor: str, from_page: str) -> str:
    page = links.where.get(anchor)
    return (page_link(page, from_page) + "#" + anchor) if page else ""


def pair_item(corpus: Corpus, links: Links, pair: ArticlePair, path: str) -> PairItem:
    """A pair of articles: counts, what they share, where they differ."""
    a, b = pair.a, pair.b
    shared: list[Paragraph] = []
    if pair.people:
        shared.append(("People: ", *_names(pair.people, path)))
    if pair.organizations:
        shared.append(("Organisations: ", *_names(pair.organizations, path)))
    for statement in pair.statements[:MAX_ENTRIES]:
        words = statement.appearances[0].places[0].exact
        target = _at(links, statement.anchor, path)
        label = f"{statement.speaker or 'Speaker not given'}: {excerpt(words, 120)}"
        shared.append(("Statement: ", Link(label, target) if target else label))
    shared += [
        (
            "Quoted words ",
            excerpt(echo.quote.exact, 120),
            " quoted in ",
            Link(outlet_of(echo.quote.article), echo.quote.link(path)),
            ", unquoted in ",
            Link(outlet_of(echo.source.article), echo.source.link(path)),
        )
        for echo in pair.echoes[:MAX_ENTRIES]
    ]
    if pair.figures:
        figures: list[str | Link] = ["Figures: "]
        for n, group in enumerate(pair.figures[: 2 * MAX_ENTRIES]):
            if n:
                figures.append(", ")
            target = _at(links, group.anchor, path)
            value = group_value(group)
            figures.append(Link(value, target) if target else value)
        if len(pair.figures) > 2 * MAX_ENTRIES:
            figures.append(f" and {len(pair.figures) - 2 * MAX_ENTRIES} more")
        shared.append(tuple(figures))
    differences: list[Paragraph] = []
    for group, flags in pair.figure_flags:
        target = _at(links, group.anchor, path)
        value = group_value(group)
        differences.append(
            (
                Link(value, target) if target else value,
                ": ",
                "; ".join(flag_text(f) for f in flags),
            )
        )
    for record in pair.spellings:
        first_a = corpus.place(a, corpus.entities.first_mention(record, a))
        first_b = corpus.place(b, corpus.entities.first_mention(record, b))
        differences.append(
            (
                Link(record.name, entity_place(record).link(path)),
                " is written ",
                Link(
                    "“" + "”, “".join(sorted(record.spellings[a.slug])) + "”",
                    first_a.link(path),
                ),
                f" in {outlet_of(a)} and ",
                Link(
                    "“" + "”, “".join(sorted(record.spellings[b.slug])) + "”",
                    first_b.link(path),
                ),
                f" in {outlet_of(b)}",
            )
        )
    for diff in pair.quote_differences:
        target = _at(links, diff.statement.anchor, path)
        label = f"Statement by {diff.statement.speaker or 'a speaker not given'}"
        notes = []
        if diff.speakers[0] != diff.speakers[1]:
            notes.append(
                f"speaker named “{diff.speakers[0] or 'not given'}” in "
                f"{outlet_of(a)}, “{diff.speakers[1] or 'not given'}” in "
                f"{outlet_of(b)}"
            )
        if diff.words != (0, 0) and (
            diff.words[0] != diff.words[1] or diff.parts[0] != diff.parts[1]
        ):
            notes.append(
                f"{outlet_of(a)} quotes {_words(diff.words[0], diff.parts[0])}, "
                f"{outlet_of(b)} {_words(diff.words[1], diff.parts[1])}"
            )
        differences.append(
            (Link(label, target) if target else label, ": ", "; ".join(notes))
        )
    if len(differences) > MAX_ENTRIES:
        rest = len(differences) - MAX_ENTRIES
        differences = [*differences[:MAX_ENTRIES], (f"and {rest} more",)]
    counts = [
        counted(len(pair.people), "person"),
        counted(len(pair.organizations), "organisation"),
        counted(len(pair.statements), "statement"),
        counted(len(pair.echoes), "traced quote"),
        counted(len(pair.figures), "figure"),
        counted(pair.differences, "difference"),
    ]
    title = f"{a.meta.title} and {b.meta.title}"
    return PairItem(
        pair.anchor,
        title,
        Link(outlet_of(a), article_link(a, path).href),
        Link(outlet_of(b), article_link(b, path).href),
        counts,
        shared,
        differences,
    )


def _words(words: int, parts: int) -> str:
    return counted(words, "word") + (f" in {parts} parts" if parts > 1 else "")


def pair_section(
    corpus: Corpus,
    links: Links,
    pairs: list[ArticlePair],
    path: str,
    more: Link | None = None,
) -> PairSection:
    """Pairs of articles and what they share."""
    return PairSection(
        anchor="pairs",
        title="Pairs of articles",
        more=more,
        intro=[
            (
                "Each pair of articles that shares a statement, a traced quote, a "
                "figure or at least two names that few articles name, most shared "
                "first.",
            )
        ],
        items=[pair_item(corpus, links, p, path) for p in pairs],
    )


def _entity_table(
    records: list[EntityRecord], kind: Kind, title: str, index: str, limits: Limits
) -> TableSection:
    shared = [r for r in records if r.kind is kind]
    shown = shared[: limits.overview]
    more = (
        Link(f"All {title.lower()}", page_link(index, PATH))
        if len(shared) > len(shown)
        else None
    )
    rows = []
    for record in shown:
        name: list[str | Link] = [Link(record.name, entity_place(record).link(PATH))]
        if record.variants:
            name.append(" (also written “" + "”, “".join(record.variants) + "”)")
        rows.append(
            TableRow(
                [
                    tuple(name),
                    (str(len(record.articles)),),
                    (str(len(record.mentions)),),
                ],
                anchor=f"x-{record.folder}-{record.key}",
            )
        )
    return TableSection(
        anchor=f"shared-{index.removesuffix('.md')}",
        title=f"{title} in several articles",
        more=more,
        headers=["Name", "Articles", "Mentions"],
        align=["---", "---:", "---:"],
        layout="fit",
        rows=rows,
    )


def _numbered(articles: list[Article]) -> list[str | Link]:
    """The key to a matrix's columns: "1. <article> · 2. <article> …"."""
    out: list[str | Link] = []
    for n, article in enumerate(articles, 1):
        out += [" · "] * (n > 1) + [f"{n}. ", article_link(article, PATH)]
    return out


def matrix(
    corpus: Corpus, pairs: list[ArticlePair], shown: set[str]
) -> TableSection | None:
    """Which of the most connected articles name which shared names.

    A table (scrolling sideways on a phone): a row per name, a column per
    article. Left out when every name is in every article: the lists below
    say that already.
    """
    articles: list[Article] = []
    for pair in pairs:
        for article in (pair.a, pair.b):
            if article not in articles and len(articles) < DRAWN_ARTICLES:
                articles.append(article)
    if len(articles) < 3:
        return None
    named: dict[str, set[str]] = {}
    records: dict[str, EntityRecord] = {}
    for article in articles:
        for record in corpus.entities.by_article.get(article.slug, ()):
            if record.page in shown:
                named.setdefault(record.page, set()).add(article.slug)
                records[record.page] = record
    rows = sorted(
        (p for p, slugs in named.items() if len(slugs) > 1),
        key=lambda p: (-len(named[p]), len(records[p].articles), records[p].name),
    )[:DRAWN_NAMES]
    if not rows or all(len(named[p]) == len(articles) for p in rows):
        return None
    headers = ["Name"] + [f"{n}. {outlet_of(a)}" for n, a in enumerate(articles, 1)]
    return TableSection(
        anchor="names-by-article",
        title="Names in the most connected articles",
        intro=[
            (
                "A column per article (numbered as listed here), a row per name "
                "several of them name; ● marks the articles that name it.",
            ),
            tuple(_numbered(articles)),
        ],
        headers=headers,
        align=["---"] + ["---:"] * len(articles),
        rows=[
            TableRow(
                [
                    (Link(records[p].name, page_link(records[p].page, PATH)),),
                    *(("●" if a.slug in named[p] else "",) for a in articles),
                ]
            )
            for p in rows
        ],
        layout="scroll",
    )


def story_pair_section(
    corpus: Corpus, within: dict[str, int], limits: Limits
) -> TableSection | None:
    """Pairs of articles of one story: one row per story, linking to it."""
    if not within:
        return None
    stories = [s for s in corpus.stories if s.id in within]
    shown = stories[: limits.overview]
    return TableSection(
        anchor="story-pairs",
        title="Pairs within a story",
        intro=[
            (
                "Pairs of articles of the same story are not listed one by one: "
                "each story’s page lines all its articles up side by side.",
            )
        ],
        headers=["Story", "Articles", "Pairs"],
        align=["---", "---:", "---:"],
        rows=[
            TableRow(
                [
                    (Link(s.title, page_link(s.page, PATH)),),
                    (str(len(s.articles)),),
                    (str(within[s.id]),),
                ]
            )
            for s in shown
        ],
        more=Link(f"All {len(corpus.stories)} stories", page_link("stories.md", PATH))
        if len(stories) > len(shown)
        else None,
    )


def crosslink_pages(corpus: Corpus, links: Links, limits: Limits) -> Iterator[Page]:
    """`crosslinks.md` and the continuation of its list of pairs."""
    within: dict[str, int] = {}
    apart = []
    for pair in corpus.pairs:
        story = corpus.story_of(pair.a)
        if story is not None and story is corpus.story_of(pair.b):
            within[story.id] = within.get(story.id, 0) + 1
        else:
            apart.append(pair)
    pairs = apart[: limits.pairs]

    sizes: dict[int, int] = {}

    def size(pair: ArticlePair) -> int:
        # Asked twice per pair (the overview's split, then the list's).
        found = sizes.get(id(pair))
        if found is None:
            found = sizes[id(pair)] = measure(pair_item(corpus, links, pair, PATH))
        return found

    # The overview keeps a third of a page for the pairs, the rest for the lists.
    first = split(
        pairs,
        size,
        dc.replace(limits, items=limits.overview, page_chars=limits.page_chars // 3),
    )[0]
    more = None
    if len(pairs) > len(first):
        more = Link(
            f"All {len(pairs)} pairs"
            + (
                f" (of {len(apart)}, the {limits.pairs} most shared)"
                if len(apart) > len(pairs)
                else ""
            ),
            page_link(PAIRS_PATH, PATH),
        )
        yield from spill(
            PAIRS_PATH,
            "Pairs of articles",
            "What each pair of articles shares.",
            pairs,
            size,
            limits,
            lambda part, path: [pair_section(corpus, links, part, path)],
            ("Cross-links", PATH),
        )
    shared_records = [r for r in corpus.entities.records if len(r.articles) > 1]
    people = _entity_table(shared_records, Kind.PERSON, "People", "people.md", limits)
    orgs = _entity_table(
        shared_records, Kind.ORGANIZATION, "Organisations", "organizations.md", limits
    )
    rows = {row.anchor for row in people.rows + orgs.rows}
    shown = {r.page for r in shared_records if f"x-{r.folder}-{r.key}" in rows}
    statements = sorted(
        (s for s in corpus.statements if len(s.appearances) > 1),
        key=lambda s: (-len(s.appearances), s.anchor),
    )
    by_story = story_pair_section(corpus, within, limits)
    # An entry shows its first mentions, then links to itself in its full list.
    entries = (limits.mentions, lambda anchor: _at(links, anchor, PATH))
    sections: list[Section] = [
        *([by_story] if by_story else []),
        # Every pair within a story: no empty list of pairs after them.
        *(
            [pair_section(corpus, links, first, PATH, more)]
            if first or not by_story
            else []
        ),
        people,
        orgs,
        statement_section(
            corpus,
            statements[: limits.overview],
            PATH,
            more=_more(
                len(statements),
                "statements",
                links,
                statements[0].anchor if statements else "",
                limits,
            ),
            shown=entries,
        ),
        echo_section(
            corpus,
            links,
            corpus.echoes[: limits.overview],
            PATH,
            more=_more(len(corpus.echoes), "traced quotes", links, ECHOES, limits),
        ),
        ledger_section(
            sorted(corpus.figure_groups, key=lambda g: (-len(g.articles), g.anchor))[
                : limits.overview
            ]
            if len(corpus.figure_groups) > limits.overview
            else corpus.figure_groups,
            PATH,
            more=_more(
                len(corpus.figure_groups),
                "shared quantities",
                links,
                corpus.figure_groups[0].anchor if corpus.figure_groups else "",
                limits,
            ),
            shown=entries,
        ),
    ]
    counts = (
        f"{counted(len(corpus.articles), 'article')}; "
        f"{counted(len(corpus.pairs), 'pair of articles')} sharing something notable"
        + (
            f" ({sum(within.values()):,} of them within "
            f"{counted(len(within), 'story')}); "
            if within
            else "; "
        )
        + f"{counted(len(shared_records), 'name')}, {counted(len(statements), 'statement')}, "
        f"{counted(len(corpus.echoes), 'traced quote')} and "
        f"{counted(len(corpus.figure_groups), 'quantity')} in more than one article."
    )
    yield ListingPage(
        path=PATH,
        title="Cross-links",
        description="What the articles share and where they differ.",
        searchable=False,
        heading="Cross-links",
        intro=[
            (
                "Where the articles meet and where they differ: for each pair of articles, "
                "the people, organisations, statements and figures both report, and the "
                "differences in their wording. Every entry links to its place in each "
                "article.",
            ),
            (counts,),
        ],
        sections=[m, *sections] if (m := matrix(corpus, first, shown)) else sections,
    )


def _more(
    count: int, noun: str, links: Links, anchor: str, limits: Limits
) -> Link | None:
    """A link to the full list, on the page that lists `anchor` first."""
    if count <= limits.overview or anchor not in links.where:
        return None
    return Link(f"All {count} {noun}", page_link(links.where[anchor], PATH))
