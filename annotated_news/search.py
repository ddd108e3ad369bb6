"""The search index: Pagefind over the article pages, plus one record per quote.

Pagefind (PyPI `pagefind` with its bundled binary, nothing downloaded) indexes
the built site: only pages with `data-pagefind-body` (the articles) are read,
so index pages that repeat the articles stay out. Pagefind 1.5 splits a page
into sub-results at headings only, so each quote is added as its own record:
its URL is the quote's permalink, its title "Speaker: “opening words…”", and
it carries the `speaker`, `article` and `outlet` filters. The records come
from the page's schema.org JSON-LD (one `Quotation` per quote), so search and
structured data cannot disagree.

The `pagefind` package's asyncio client reads one reply per 0.1 s (500 s for
5,000 records), so this module speaks the binary's `--service` protocol
itself: base64-encoded JSON messages separated by commas on stdin and stdout.
It asks for the bundle's files and writes them itself (see `write_bundle`).
"""

from __future__ import annotations

import base64
import dataclasses as dc
import json
import subprocess
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from .errors import SiteError
from .render.jsonld import JSON_LD_RE

QUOTE_MARKS = "“”\"‘’'« »"
TITLE_WORDS = 8
BATCH = 2000
"""Records sent before waiting for their replies (keeps the pipes flowing)."""
EXCLUDE = [".headerlink", ".an-meta"]
"""Page chrome kept out of the index besides `data-pagefind-ignore` elements."""
NO_SPEAKER = "Speaker not given"


class SearchIndexError(SiteError):
    """Pagefind could not index the site."""


@dc.dataclass(frozen=True, slots=True)
class QuoteRecord:
    """One quote as a search result of its own."""

    url: str
    """Site-root URL of the quote's permalink: `/articles/<slug>/#q-…`."""
    title: str
    content: str
    speaker: str
    article: str
    outlet: str | None

    def payload(self, index_id: int) -> dict[str, Any]:
        """The service message that adds this record."""
        filters = {"speaker": [self.speaker], "article": [self.article]}
        if self.outlet:
            filters["outlet"] = [self.outlet]
        return {"type": "AddRecord", "index_id": index_id, "url": self.url,
                "content": self.content, "language": "en",
                # Pagefind searches meta values too: the title only, so that a
                # quote does not match the words of its article's headline.
                "meta": {"title": self.title},
                "filters": filters, "sort": None}


def opening(text: str, words: int = TITLE_WORDS) -> str:
    """The first words of a quote, without its quotation marks, "…" if cut."""
    parts = text.strip(QUOTE_MARKS).split()
    cut = " ".join(parts[:words]).rstrip(",;:")
    return cut + "…" if len(parts) > words else cut


def quote_title(speaker: str, text: str) -> str:
    """`Abigail Jackson: “Keeping President Trump’s promise to deport illegal…”`."""
    return f"{speaker}: “{opening(text)}”"


def quote_records(page_url: str, page_html: str) -> list[QuoteRecord]:
    """The quote records of a built article page, from its JSON-LD.

    Args:
        page_url: the page's URL relative to the site root (`articles/x/`).
        page_html: the built page.
    """
    match = JSON_LD_RE.search(page_html)
    if not match:
        return []
    graph = json.loads(match.group(1)).get("@graph", [])
    news: dict[str, Any] = next(
        (n for n in graph if n.get("@type") == "NewsArticle"), {})
    headline = news.get("headline", "")
    outlet = (news.get("publisher") or {}).get("name")
    records = []
    for item in graph:
        if item.get("@type") != "Quotation":
            continue
        anchor = item["url"].rpartition("#")[2]
        speaker = (item.get("creator") or {}).get("name") or NO_SPEAKER
        text = item["text"]
        records.append(QuoteRecord(
            url=f"/{page_url}#{anchor}",
            title=quote_title(speaker, text),
            content=f"{text} — {speaker}",
            speaker=speaker,
            article=headline,
            outlet=outlet,
        ))
    return records


class PagefindService:
    """A minimal client of `pagefind --service` (requests in, replies out)."""

    def __init__(self) -> None:
        from pagefind.service import get_executable

        binary = get_executable()
        if binary is None:
            raise SearchIndexError("the Pagefind binary is missing "
                                   "(pip install 'pagefind[bin]')")
        self.process = subprocess.Popen(
            [str(binary), "--service"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.sent = 0
        self.replies: dict[int, dict[str, Any]] = {}
        self.done = threading.Condition()
        self.closed = False
        assert self.process.stdout is not None
        self.reader = threading.Thread(target=self._read, args=(self.process.stdout,),
                                       daemon=True)
        self.reader.start()

    def _read(self, stdout: IO[bytes]) -> None:
        pending = b""
        while chunk := stdout.read1(1 << 16):  # type: ignore[attr-defined]
            *messages, pending = (pending + chunk).split(b",")
            with self.done:
                for message in messages:
                    reply = json.loads(base64.b64decode(message))
                    self.replies[reply.get("message_id") or 0] = reply["payload"]
                self.done.notify_all()
        with self.done:
            self.closed = True
            self.done.notify_all()

    def send(self, payload: dict[str, Any]) -> int:
        """Queue a request; return its message id."""
        assert self.process.stdin is not None
        self.sent += 1
        message = {"message_id": self.sent, "payload": payload}
        self.process.stdin.write(base64.b64encode(json.dumps(message).encode()) + b",")
        return self.sent

    def reply(self, message_id: int) -> dict[str, Any]:
        """Wait for the reply to a request; raise on an error reply."""
        assert self.process.stdin is not None
        self.process.stdin.flush()
        with self.done:
            self.done.wait_for(lambda: message_id in self.replies or self.closed)
            if message_id not in self.replies:
                raise SearchIndexError("the Pagefind service stopped")
            payload = self.replies.pop(message_id)
        if payload.get("type") == "Error":
            raise SearchIndexError(f"Pagefind: {payload.get('message')}")
        return payload

    def call(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Send one request and wait for its reply."""
        return self.reply(self.send(payload))

    def close(self) -> None:
        """Stop the service."""
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait(timeout=30)
        self.reader.join(timeout=30)
        if self.process.stdout:
            self.process.stdout.close()


def index_site(site_dir: Path, records: Iterable[QuoteRecord]) -> tuple[int, int]:
    """Write `site_dir/pagefind/`: the article pages and the quote records.

    Returns:
        The number of search entries written (article pages and quotes) and
        of quote records among them.

    Raises:
        SearchIndexError: when Pagefind fails.
    """
    service = PagefindService()
    try:
        config = {"exclude_selectors": EXCLUDE}
        index_id = service.call({"type": "NewIndex", "config": config})["index_id"]
        service.call({"type": "AddDir", "index_id": index_id,
                      "path": str(site_dir.resolve()), "glob": None})
        batch: list[int] = []
        count = 0
        for record in records:
            batch.append(service.send(record.payload(index_id)))
            if len(batch) == BATCH:
                for message_id in batch:
                    service.reply(message_id)
                count += len(batch)
                batch = []
        for message_id in batch:
            service.reply(message_id)
        count += len(batch)
        files = service.call({"type": "GetFiles", "index_id": index_id})["files"]
    finally:
        service.close()
    write_bundle(site_dir / "pagefind", files)
    entry = json.loads((site_dir / "pagefind" / "pagefind-entry.json").read_text())
    return sum(lang["page_count"] for lang in entry["languages"].values()), count


def write_bundle(folder: Path, files: list[dict[str, str]]) -> None:
    """Write the search bundle the service returned (paths relative to folder).

    The service's own WriteFiles answers before its last writes reach the
    disk (tokio files are not flushed), so a service that stops right after
    it can leave files cut short: here Python writes every file whole.
    """
    root = folder.resolve()
    for file in files:
        path = (root / file["path"]).resolve()
        if not path.is_relative_to(root):
            raise SearchIndexError(f"Pagefind returned a path outside the bundle: "
                                   f"{file['path']}")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(file["content"]))
