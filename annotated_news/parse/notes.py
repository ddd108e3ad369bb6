"""Editorial notes from sidecars: where each sits in the text (the parse part).

A note names the text it annotates as a W3C TextQuoteSelector does: `exact`
words, and optionally the `prefix` just before or the `suffix` just after
them to choose one of several matches. Runs of whitespace match any
whitespace, and straight and typographic quotation marks match each other;
nothing else is loose. A note whose text is not found, or found more than once
without prefix or suffix to choose, stops the build: nothing is dropped.

The note itself is Markdown read by markdown-it-py with HTML disabled (raw
HTML shows as written). Only paragraphs, emphasis, code and links are
Markdown; links must be `http(s)://` addresses, paths of this site from its
root (`/articles/<slug>/#q-…`, `/quotes/`) or anchors of the article
(`#q-…`).

`render/notes.py` turns a note into Markdown. This part runs in the
per-article stage and imports neither the indexes nor the renderer, so that
editing them keeps the annotation cache (`seeds.py`).
"""

from __future__ import annotations

import dataclasses as dc
import re
from functools import cache
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..errors import SeedError
from ..model import Article, Note, Span

QUOTE_CLASSES = {
    "'": "['’‘]",
    "’": "['’‘]",
    "‘": "['’‘]",
    '"': '["“”]',
    "“": '["“”]',
    "”": '["“”]',
}
EXTERNAL_RE = re.compile(r"^https?://[^\s\\]+$", re.IGNORECASE)
SITE_RE = re.compile(r"^/(?!/)[A-Za-z0-9._~/-]*(?:#[A-Za-z0-9._~-]*)?$")
ANCHOR_RE = re.compile(r"^#[A-Za-z0-9._~-]+$")
LINK_RULE = (
    "links must start with https://, http://, / (a page of this site, "
    "as in the address bar) or # (a place in this article)"
)


def _pattern(words: str) -> str:
    """A regex for text: any whitespace between words, quotes either way."""
    return r"\s+".join(
        "".join(QUOTE_CLASSES.get(c) or re.escape(c) for c in word)
        for word in words.split()
    )


def short(text: str, limit: int = 48) -> str:
    """Text for a message: one line, cut at `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def locate(text: str, note: Note) -> tuple[list[Span], int]:
    """Where a note's selector matches the text.

    Returns:
        The spans that match `exact` with its prefix and suffix, and how many
        spans match `exact` alone.
    """
    exact = [Span(m.start(), m.end()) for m in re.finditer(_pattern(note.exact), text)]
    before = re.compile(_pattern(note.prefix) + r"\s*$") if note.prefix else None
    after = re.compile(r"\s*" + _pattern(note.suffix)) if note.suffix else None
    margin = 2 * max(len(note.prefix or ""), len(note.suffix or "")) + 8
    chosen = [
        s
        for s in exact
        if (before is None or before.search(text, max(0, s.start - margin), s.start))
        and (after is None or after.match(text, s.end, s.end + margin))
    ]
    return chosen, len(exact)


class _NoteParser(MarkdownIt):
    def validateLink(self, url: str) -> bool:
        """Accept every link, so that `link_problems` sees and refuses them.

        markdown-it would otherwise leave `javascript:` links as plain text.
        """
        return True


@cache
def parser() -> MarkdownIt:
    """markdown-it-py with HTML off and only the inline syntax notes may use."""
    return _NoteParser("zero", {"html": False}).enable(
        ["emphasis", "link", "autolink", "backticks", "escape", "newline", "entity"]
    )


def inline_tokens(body: str) -> list[list[Token]]:
    """The inline tokens of each paragraph of a note."""
    return [t.children or [] for t in parser().parse(body) if t.type == "inline"]


def link_problems(body: str) -> list[str]:
    """Links of a note that are not allowed, as written in the note."""
    return [
        str(token.attrs.get("href", ""))
        for paragraph in inline_tokens(body)
        for token in paragraph
        if token.type == "link_open" and not _allowed(str(token.attrs.get("href", "")))
    ]


def _allowed(href: str) -> bool:
    return bool(EXTERNAL_RE.match(href) or SITE_RE.match(href) or ANCHOR_RE.match(href))


@dc.dataclass(frozen=True, slots=True)
class NoteProblem:
    """Why a note cannot be placed, before it becomes a `SeedError`."""

    problem: str
    fix: str


def check_note(text: str, note: Note, seed: str) -> Span | NoteProblem:
    """Place a note in the text, or say why it cannot be placed."""
    what = f"note “{short(note.body, 40)}”"
    refused = link_problems(note.body)
    if refused:
        return NoteProblem(
            f"{what}: link “{short(refused[0])}” is not allowed", LINK_RULE
        )
    spans, matches = locate(text, note)
    looked = f"“{short(note.exact)}”"
    if note.prefix or note.suffix:
        looked += (f" after “{short(note.prefix)}”" if note.prefix else "") + (
            f" before “{short(note.suffix)}”" if note.suffix else ""
        )
    if len(spans) == 1:
        return spans[0]
    if not spans and not matches:
        return NoteProblem(
            f"{what}: text {looked} not found in {seed}",
            "copy the exact words from the article, or remove the note",
        )
    if not spans:
        return NoteProblem(
            f"{what}: text {looked} not found in {seed} ({matches} without "
            "prefix/suffix)",
            "make prefix/suffix the words just before/after it",
        )
    return NoteProblem(
        f"{what}: text {looked} found {len(spans)} times in {seed}",
        "add prefix: or suffix: with the words just before or after the one meant",
    )


def anchor_notes(article: Article, sidecar: Path) -> list[SeedError]:
    """Place every note of an article; keep them in text order.

    Returns:
        One error per note that cannot be placed (the article keeps only the
        placed notes, but any error stops the build).
    """
    placed: list[Note] = []
    errors = []
    for note in article.notes:
        where = check_note(article.text, note, article.seed)
        if isinstance(where, NoteProblem):
            errors.append(SeedError(sidecar, note.line, where.problem, where.fix))
        elif any(p.span == where for p in placed):
            errors.append(
                SeedError(
                    sidecar,
                    note.line,
                    f"two notes on the same text “{short(note.exact)}”",
                    "merge them into one note",
                )
            )
        else:
            placed.append(dc.replace(note, span=where))
    article.notes = sorted(
        placed, key=lambda n: (n.span.start, n.span.end) if n.span else (0, 0)
    )
    return errors


def notes_on(article: Article, span: Span) -> list[Note]:
    """The notes whose text overlaps a span (a quote's, a figure's)."""
    return [n for n in article.notes if n.span and n.span.overlaps(span)]
