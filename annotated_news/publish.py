"""Render the Markdown site with `mkdocs build --strict`, in-process.

The project's MkDocs hooks add the search index after the build. The build
writes into a staging folder; the caller swaps it in (with `docs/`) only when
MkDocs passed strict mode, so a failure leaves both folders as they were.

A strict-mode warning names a generated page, which the user never wrote.
When the warning is about a link of a sidecar note (a site link to a page or
anchor that does not exist), the message points back to the sidecar file and
the line of that note instead.
"""

from __future__ import annotations

import dataclasses as dc
import logging
import re
from collections.abc import Sequence
from pathlib import Path

from .errors import RenderError, SeedError, SeedErrors, shown
from .model import Article
from .parse.notes import EXTERNAL_RE, inline_tokens
from .render.notes import site_link
from .render.urls import built_url
from .sidecar import sidecar_path
from .writer import keep_users_files, output_error, staging_folder, swap_into_place

LINK_WARNING_RE = re.compile(
    r"Doc file '(?P<page>[^']+)' contains (?:a|an absolute|an unrecognized "
    r"relative) link(?: to)? '(?P<link>[^']*)'"
)
LINK_FIX = (
    "link to a page of this site as the address bar shows it "
    "(/articles/<slug>/#<anchor>), or remove the link"
)


@dc.dataclass(frozen=True, slots=True)
class NoteLink:
    """A site link written in a sidecar note."""

    sidecar: Path
    line: int
    href: str
    """As written in the note ("/articles/x/#q-1")."""
    article_page: str
    """The Markdown page of the note's article ("articles/x.md")."""


@dc.dataclass(frozen=True, slots=True)
class Origins:
    """Where generated pages and their links come from, for messages."""

    links: tuple[NoteLink, ...] = ()
    pages: dict[str, Path] = dc.field(default_factory=dict)
    """Generated article page -> its seed file."""


def origins_of(articles: Sequence[Article], seeds_dir: Path) -> Origins:
    """The note links and article pages of every article."""
    links = []
    pages = {}
    for article in articles:
        page = f"articles/{article.slug}.md"
        pages[page] = seeds_dir / article.seed
        sidecar = sidecar_path(seeds_dir / article.seed)
        for note in article.notes:
            for paragraph in inline_tokens(note.body):
                for token in paragraph:
                    href = str(token.attrs.get("href", ""))
                    if token.type == "link_open" and not EXTERNAL_RE.match(href):
                        links.append(NoteLink(sidecar, note.line, href, page))
    return Origins(tuple(links), pages)


def explain(
    warnings: Sequence[str], origins: Origins, config_file: Path = Path("mkdocs.yml")
) -> list[SeedError]:
    """Turn MkDocs' warnings into messages that name the file to fix.

    A warning about a link that a note's site link became names the
    sidecar and the note's line (once, though the note shows on several
    pages); any other warning names the generated page and, for an article
    page, its seed.
    """
    out: dict[tuple[str, int, str], SeedError] = {}
    for warning in warnings:
        match = LINK_WARNING_RE.search(warning)
        note = _note_of(match, origins) if match else None
        if note:
            key = (str(note.sidecar), note.line, note.href)
            out.setdefault(
                key,
                SeedError(
                    note.sidecar,
                    note.line,
                    f"note link '{note.href}' leads to no page or anchor of the "
                    f"site (MkDocs: {warning})",
                    LINK_FIX,
                ),
            )
            continue
        page = match.group("page") if match else None
        seed = origins.pages.get(page) if page else None
        where = Path(page) if page else config_file
        out.setdefault(
            (str(where), 0, warning),
            SeedError(
                seed or where,
                1,
                f"{'the page made from it ' if seed else ''}fails mkdocs build "
                f"--strict: {warning}",
                "report this page and message as a bug"
                if page
                else "fix the MkDocs configuration",
            ),
        )
    return list(out.values())


def _note_of(match: re.Match[str], origins: Origins) -> NoteLink | None:
    """The note whose site link MkDocs or the hooks warned about.

    Notes are raw HTML (their links are built URLs, which the hooks check:
    `raw_links.py`); a Markdown link to the source is matched too.
    """
    page, link = match.group("page"), match.group("link")
    for note in origins.links:
        source = site_link(note.href, note.article_page, page)
        if link in (source, built_url(source, page)):
            return note
    return None


class _Collect(logging.Handler):
    """Keeps MkDocs' warnings (and prints nothing)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def mkdocs_build(
    config_file: Path, docs_dir: Path, site_dir: Path, origins: Origins | None = None
) -> None:
    """Run `mkdocs build --strict` from `docs_dir` into `site_dir` (in-process).

    Raises:
        SeedErrors: for strict-mode warnings, each naming the file to fix.
        RenderError: when MkDocs fails without a warning to explain.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    handler = _Collect()
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(handler)
    try:
        config = load_config(
            str(config_file),
            docs_dir=str(docs_dir.resolve()),
            site_dir=str(site_dir.resolve()),
            strict=True,
        )
        build(config)
    except MkDocsException as err:
        if handler.messages:
            found = explain(handler.messages, origins or Origins(), config_file)
            raise SeedErrors(found) from None
        raise RenderError(f"mkdocs build --strict failed: {shown(str(err))}") from None
    finally:
        mkdocs_log.removeHandler(handler)


def publish_site(
    config_file: Path,
    docs_dir: Path,
    site_dir: Path,
    origins: Origins | None = None,
) -> None:
    """Build `docs_dir` with MkDocs into `site_dir`, atomically.

    Raises:
        SeedErrors: for strict-mode warnings (the site is left as it was).
        RenderError: when MkDocs fails otherwise.
        OutputError: when the site folder cannot be written.
    """
    try:
        with staging_folder(site_dir) as staging:
            mkdocs_build(config_file, docs_dir, staging, origins)
            keep_users_files(site_dir, staging)
            swap_into_place(staging, site_dir)
    except OSError as err:
        raise output_error(err, "site folder", [site_dir]) from None
