"""People and organisations: the two lists and one page per entity.

`people.md` lists people most mentioned first; when they do not fit, or when
some have no page of their own, it shows the most mentioned and links to
`people/a-z/<letter>.md`, every person by name. Which names have a page, and
where the others' entries are, is decided by `indexes/entity_places.py`. An
entity's page gives its names, titles, quotes and every mention grouped by
article, continued on `people/<key>/<n>.md` when long.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

from ..indexes import Corpus
from ..indexes.entities import EntityRecord, NameReason
from ..indexes.entity_places import entity_place, has_page, needs_az
from ..indexes.entity_places import letter_of as letter_of  # quote_pages uses it
from ..indexes.places import page_link
from ..model import Article, EntityMention, Kind, Quote
from .context import (
    Link,
    ListingPage,
    MentionGroup,
    MentionLine,
    MentionSection,
    Page,
    Paragraph,
    QuoteSection,
    Section,
    TableRow,
    TableSection,
)
from .items import Links, article_link, day_label, excerpt, outlet_of, quote_item
from .paging import Limits, pager, part_path, split
from .parts import Keyed, Part
from .wording import counted, plural

MAX_OUTLETS = 5
"""Articles named for a spelling before "N more"."""
KINDS = (
    (Kind.PERSON, "people.md", "People", "person"),
    (Kind.ORGANIZATION, "organizations.md", "Organisations", "organisation"),
)


def entity_row(corpus: Corpus, record: EntityRecord, from_page: str) -> TableRow:
    """A row of an entity list: name and variants, articles, mentions.

    On the page of a name's own entry (a name without a page), the row has
    the entry's anchor and the name links to where its article names it.
    """
    place = entity_place(record)
    anchor = None
    href = place.link(from_page)
    if place.anchor and place.page == from_page:
        anchor = place.anchor
        article, mention = record.mentions[0]
        href = corpus.place(article, mention).link(from_page)
    name: list[str | Link] = [Link(record.name, href)]
    if record.variants:
        name.append(" (also written “" + "”, “".join(record.variants) + "”)")
    return TableRow(
        [tuple(name), (str(len(record.articles)),), (str(len(record.mentions)),)],
        anchor=anchor,
    )


def _table(
    anchor: str,
    title: str,
    rows: list[TableRow],
    level: int = 2,
    more: Link | None = None,
) -> TableSection:
    return TableSection(
        anchor=anchor,
        title=title,
        level=level,
        more=more,
        headers=["Name", "Articles", "Mentions"],
        align=["---", "---:", "---:"],
        layout="fit",
        rows=rows,
    )


def entity_lists(corpus: Corpus, limits: Limits) -> Iterator[Page]:
    """`people.md`, `organizations.md` and their A-Z pages when long."""
    for part in entity_plan(corpus, limits):
        yield from part()


def row_shows(record: EntityRecord, from_page: str) -> Any:
    """What `entity_row` shows of a name, for a part's input digest.

    Its name, spellings, counts and place; on its own entry's page, the
    article (by its cache key: the anchor is in it) and mention it links to.
    """
    place = entity_place(record)
    first = None
    if place.anchor and place.page == from_page:
        article, mention = record.mentions[0]
        first = (Keyed(article), mention)
    return (
        record.name,
        record.variants,
        len(record.articles),
        len(record.mentions),
        place,
        first,
    )


def entity_plan(corpus: Corpus, limits: Limits) -> Iterator[Part]:
    """The name lists and their A-Z pages as parts, one page each."""
    for kind, path, title, _ in KINDS:
        records = sorted(
            corpus.entities.of_kind(kind),
            key=lambda r: (-len(r.mentions), -len(r.articles), r.name),
        )
        pages = split(records, lambda r: 120 + len(r.name), limits)
        if len(pages) == 1 and not needs_az(corpus.entities.az, kind):
            yield Part(
                path,
                ("whole", title, [row_shows(r, path) for r in records]),
                partial(_name_list, corpus, path, title, len(records), records, None),
            )
            continue
        folder = path.removesuffix(".md")
        letters: list[tuple[str, str]] = []
        for letter, parts in corpus.entities.az.get(kind, []):
            base = f"{folder}/a-z/{letter}.md"
            letters.append((letter, base))
            for n, part in enumerate(parts, start=1):
                here = part_path(base, n)
                yield Part(
                    here,
                    (
                        "letter",
                        base,
                        letter,
                        title,
                        n,
                        len(parts),
                        [row_shows(r, here) for r in part],
                    ),
                    partial(_letter_page, corpus, base, letter, title, n, parts, path),
                )
        top = records[: limits.items]
        yield Part(
            path,
            ("top", title, len(records), letters, [row_shows(r, path) for r in top]),
            partial(_name_list, corpus, path, title, len(records), top, letters),
        )


def _intro(title: str, count: int) -> Paragraph:
    return (
        f"{count} {title.lower()}, most mentioned first, with the number "
        "of articles that name them. Spellings that differ between articles "
        "are joined and shown.",
    )


def _name_list(
    corpus: Corpus,
    path: str,
    title: str,
    count: int,
    shown: list[EntityRecord],
    letters: list[tuple[str, str]] | None,
) -> Page:
    """A name list: every name (`letters` None), or the most mentioned and A-Z links."""
    intro: list[Paragraph] = [_intro(title, count)]
    heading = title
    if letters is not None:
        links = [
            Link(
                letter.upper() if letter != "other" else "other",
                page_link(base, path),
            )
            for letter, base in letters
        ]
        intro.append(("By name: ", *_join(links, " · ")))
        heading = f"The {len(shown)} most mentioned"
    return ListingPage(
        path=path,
        title=title,
        description=f"{title} named in the articles, most mentioned first.",
        searchable=False,
        heading=title,
        intro=intro,
        sections=[
            _table("list", heading, [entity_row(corpus, r, path) for r in shown])
        ],
    )


def _join(links: list[Link], sep: str) -> list[str | Link]:
    out: list[str | Link] = []
    for n, link in enumerate(links):
        if n:
            out.append(sep)
        out.append(link)
    return out


def _letter_page(
    corpus: Corpus,
    base: str,
    letter: str,
    title: str,
    n: int,
    parts: list[list[EntityRecord]],
    index: str,
) -> Page:
    """Part `n` of a letter's A–Z pages, in the parts `indexes/entity_places.py` made."""
    shown = letter.upper() if letter != "other" else "other names"
    path = part_path(base, n)
    return ListingPage(
        path=path,
        title=f"{title}: {shown}" + (f" ({n})" if n > 1 else ""),
        description=f"{title} whose name starts with {shown}.",
        searchable=False,
        heading=f"{title}: {shown}",
        intro=[
            (
                Link(
                    f"All {title.lower()}, most mentioned first",
                    page_link(index, path),
                ),
            )
        ],
        sections=[
            _table("list", shown, [entity_row(corpus, r, path) for r in parts[n - 1]])
        ],
        pager=pager(base, n, len(parts)),
    )


def _about(record: EntityRecord, noun: str) -> list[Paragraph]:
    """The names and titles an entity is written with."""
    out: list[Paragraph] = []
    kind = noun.capitalize()
    if record.titles:
        titles = sorted(record.titles, key=lambda t: (-record.titles[t], t))
        out.append((f"{kind}; described as “" + "”, “".join(titles) + "”.",))
    else:
        out.append((f"{kind}.",))
    forms = sorted(record.forms.items(), key=lambda kv: (-kv[1], kv[0]))
    out.append(("Written as: " + ", ".join(f"“{f}” ({n})" for f, n in forms) + ".",))
    if record.variants:
        why = {
            NameReason.OFFICIAL: "the official name (on the site’s list of official "
            "names of public bodies)",
            NameReason.BRACKETED: "the name an article writes with its acronym in "
            "brackets",
            NameReason.USAGE: "the spelling most articles use",
        }[record.reason]
        out.append(
            (
                f"Spellings joined here: “{record.name}” and “"
                + "”, “".join(record.variants)
                + f"”; shown as “{record.name}”, "
                f"{why}.",
            )
        )
        by_slug = {a.slug: a for a in record.articles}
        writers: dict[str, list[str]] = {}
        for article_slug, names in sorted(record.spellings.items()):
            for name in sorted(names):
                writers.setdefault(name, []).append(outlet_of(by_slug[article_slug]))
        for name, outlets in sorted(writers.items()):
            shown = ", ".join(outlets[:MAX_OUTLETS])
            if len(outlets) > MAX_OUTLETS:
                shown += f" and {len(outlets) - MAX_OUTLETS} more articles"
            out.append((f"“{name}” is written in {shown}.",))
    return out


def _mentions(
    corpus: Corpus,
    article: Article,
    mentions: list[EntityMention],
    from_page: str,
    n: int,
) -> MentionGroup:
    lines: dict[str, MentionLine] = {}
    for mention in mentions:
        place = corpus.place(article, mention)
        line = lines.setdefault(
            place.sentence_anchor, MentionLine(excerpt(place.sentence), [])
        )
        line.links.append(Link(place.exact, place.link(from_page)))
    return MentionGroup(
        f"article-{n}",
        article_link(article, from_page),
        article.meta.outlet,
        f"{day_label(article)} · {counted(len(mentions), 'mention')}",
        list(lines.values()),
    )


def entity_pages(corpus: Corpus, links: Links, limits: Limits) -> Iterator[Page]:
    """One page per person and organisation, in parts when long."""
    for kind, index, _, noun in KINDS:
        for record in corpus.entities.of_kind(kind):
            if has_page(record):
                yield from record_pages(corpus, links, record, index, noun, limits)


def record_pages(
    corpus: Corpus,
    links: Links,
    record: EntityRecord,
    index: str,
    noun: str,
    limits: Limits,
) -> Iterator[Page]:
    mentions_in: dict[str, list[EntityMention]] = {a.slug: [] for a in record.articles}
    for article, mention in record.mentions:
        mentions_in[article.slug].append(mention)
    number = {a.slug: n for n, a in enumerate(record.articles, start=1)}
    # Quotes first, then the mentions article by article; (article, None) is an
    # article's mentions.
    items: list[tuple[Article, Quote | None]] = [
        *links.quotes_by.get(record.page, []),
        *((a, None) for a in record.articles),
    ]

    def size(item: tuple[Article, Quote | None]) -> int:
        article, quote = item
        return 600 if quote else 250 + 350 * len(mentions_in[article.slug])

    parts = split(items, size, limits)
    base = record.page
    for n, part in enumerate(parts, start=1):
        path = part_path(base, n)
        sections: list[Section] = []
        quotes = [quote_item(corpus, links, a, q, path) for a, q in part if q]
        if quotes:
            sections.append(QuoteSection(anchor="quotes", title="Quotes", items=quotes))
        groups = [
            _mentions(corpus, a, mentions_in[a.slug], path, number[a.slug])
            for a, q in part
            if q is None
        ]
        if groups:
            sections.append(
                MentionSection(
                    anchor="mentions",
                    title="Mentions",
                    intro=[
                        (
                            f"{counted(len(record.mentions), 'mention')} in "
                            f"{counted(len(record.articles), 'article')}.",
                        )
                    ],
                    groups=groups,
                )
            )
        intro = _about(record, noun) if n == 1 else []
        intro.append((Link(f"All {plural(noun)}", page_link(index, path)),))
        yield ListingPage(
            path=path,
            title=record.name + (f" ({n})" if n > 1 else ""),
            description=f"{record.name}: every mention and quote in the articles.",
            searchable=False,
            heading=record.name,
            intro=intro,
            sections=sections,
            pager=pager(base, n, len(parts)),
        )
