"""Editorial notes as HTML for the pages (the render part of notes).

Where a note sits and whether its links are allowed is decided when the
article is parsed (`parse/notes.py`). Here only paragraphs, emphasis, code and
links become HTML; text is escaped. Notes are raw HTML in the pages (no
Markdown inside HTML, so MkDocs needs no md_in_html: issue 14); site links
are the built URLs (`built_url`), which the hooks check as MkDocs checks
Markdown links (`raw_links.py`): the page and the anchor must exist.
"""

from __future__ import annotations

from ..indexes.places import page_link
from ..model import Article, Note, Span
from ..parse.notes import EXTERNAL_RE, inline_tokens, notes_on
from .escape import escape_attr, escape_text
from .urls import built_url


def site_link(href: str, article_page: str, from_page: str) -> str:
    """A site path or anchor as a link to the Markdown source, from `from_page`.

    `/articles/x/#q-1` -> `../articles/x.md#q-1` (from `quotes.md`); `#q-1`
    is an anchor of the note's own article page.
    """
    path, _, fragment = href.partition("#")
    if not path:
        target = article_page
    else:
        target = path.strip("/")
        if not target.endswith(".md"):
            target = (target or "index") + ".md"
    link = page_link(target, from_page) + (f"#{fragment}" if fragment else "")
    return link or "#"


def note_html(
    note: Note, article_page: str, from_page: str, inline: bool = False
) -> str:
    """The note as HTML for a page: paragraphs, or one line (`inline`).

    `inline` is for the lists and tables of index pages. Text is escaped, so
    nothing in a note becomes markup but its emphasis, code and links.
    """
    paragraphs = []
    for tokens in inline_tokens(note.body):
        out: list[str] = []
        closers: list[str] = []
        for token in tokens:
            kind = token.type
            if kind == "text":
                out.append(escape_text(token.content))
            elif kind in ("softbreak", "hardbreak"):
                out.append(" " if inline or kind == "softbreak" else "<br>")
            elif kind == "code_inline":
                out.append(f"<code>{escape_text(token.content)}</code>")
            elif kind in ("em_open", "em_close", "strong_open", "strong_close"):
                tag = "em" if kind.startswith("em") else "strong"
                out.append(f"<{'/' if kind.endswith('close') else ''}{tag}>")
            elif kind == "link_open":
                href = str(token.attrs.get("href", ""))
                if EXTERNAL_RE.match(href):
                    out.append(f'<a href="{escape_attr(href)}" rel="noopener">')
                else:
                    link = site_link(href, article_page, from_page)
                    out.append(f'<a href="{built_url(link, from_page)}">')
                closers.append("</a>")
            elif kind == "link_close":
                out.append(closers.pop())
        paragraphs.append("".join(out))
    if inline:
        return " ".join(paragraphs)
    return "\n".join(f"<p>{p}</p>" for p in paragraphs)


def inline_notes(article: Article, span: Span, from_page: str) -> tuple[str, ...]:
    """The notes on an annotation, as one line of HTML for an index page."""
    if not article.notes:  # most articles: index pages ask 100,000s of times
        return ()
    page = f"articles/{article.slug}.md"
    return tuple(
        note_html(n, page, from_page, inline=True) for n in notes_on(article, span)
    )
