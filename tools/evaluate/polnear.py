"""Read PolNeAR (brat standoff attributions over US election news).

See ../shared/corpora/polnear/SOURCE.md. Offsets are code points into the
article text, which is used unchanged (title line included), so annotations
made by the build line up with the corpus's own.

Some articles were annotated by several annotators (the annotator id ends the
`.ann` file name). One file is used per article, the first in sorted order,
so that every run reads the same labels.
"""

from __future__ import annotations

import csv
import dataclasses as dc
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

# Records are split before each "T<n>\t" or "E<n>\t": a few surface strings
# hold newlines (spans across paragraphs), so plain lines would break them.
RECORD_RE = re.compile(r"\n(?=[TE]\d+\t)")
# What opens a direct quote: curly and straight double quotes, the doubled
# apostrophe of the New York Times archive (''), and a single curly quote
# (headlines quote with it).
QUOTE_OPENERS = ("“", '"', "''", "‘", "„", "«")


@dc.dataclass(frozen=True, slots=True)
class TextBound:
    """A `T` record: a label over one or more fragments of the text."""

    id: str
    label: str
    fragments: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return min(s for s, _ in self.fragments)

    @property
    def end(self) -> int:
        return max(e for _, e in self.fragments)

    def chars(self) -> set[int]:
        """Every code point offset covered by the fragments."""
        return {i for s, e in self.fragments for i in range(s, e)}


@dc.dataclass(frozen=True, slots=True)
class Attribution:
    """An `E` record: its content, source and cue (source and cue may lack)."""

    content: TextBound
    source: TextBound | None
    cue: TextBound | None


@dc.dataclass(slots=True)
class Document:
    """One article with the attributions of one annotator."""

    name: str
    date: dt.date
    author: str | None
    text: str
    attributions: list[Attribution]

    def surface(self, bound: TextBound) -> str:
        """The text of a bound, fragments joined by a space."""
        return " ".join(self.text[s:e] for s, e in sorted(bound.fragments))

    def is_direct(self, bound: TextBound) -> bool:
        """Whether a content span is a direct quote: it opens with a quotation mark."""
        return self.text[bound.start : bound.end].lstrip().startswith(QUOTE_OPENERS)


def parse_ann(source: str) -> list[Attribution]:
    """Parse the text of a `.ann` file into attributions."""
    bounds: dict[str, TextBound] = {}
    events: list[dict[str, str]] = []
    for record in RECORD_RE.split(source.strip()):
        fields = record.split("\t")
        if record.startswith("T") and len(fields) >= 2:
            label, _, ranges = fields[1].partition(" ")
            fragments = tuple(
                (int(a), int(b)) for a, b in (r.split() for r in ranges.split(";"))
            )
            bounds[fields[0]] = TextBound(fields[0], label, fragments)
        elif record.startswith("E") and len(fields) >= 2:
            roles = dict(part.split(":", 1) for part in fields[1].split())
            events.append(roles)
    found: list[Attribution] = []
    for roles in events:
        content = bounds.get(roles.get("Content", ""))
        if content is None:
            continue
        found.append(
            Attribution(
                content,
                bounds.get(roles.get("Source", "")),
                bounds.get(roles.get("Cue", "")),
            )
        )
    return found


def documents(root: Path, split: str) -> Iterator[Document]:
    """Every article of a split (`train`, `dev`, `test`) in file-name order."""
    folder = root / "polnear"
    with (folder / "metadata.tsv").open(encoding="utf-8") as f:
        meta = {
            row["filename"]: row
            for row in csv.DictReader(f, delimiter="\t")
            if row["compartment"] == split
        }
    for path in sorted((folder / split / "text").glob("*.txt")):
        anns = sorted((folder / split / "attributions").glob(f"{path.stem}_*.ann"))
        if not anns:
            continue
        row = meta.get(path.stem, {})
        author = row.get("author")
        yield Document(
            name=path.stem,
            date=dt.date.fromisoformat(row.get("publication_date") or "2016-01-01"),
            author=author if author not in (None, "", "None") else None,
            text=path.read_text(encoding="utf-8"),
            attributions=parse_ann(anns[0].read_text(encoding="utf-8")),
        )
