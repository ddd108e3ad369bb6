"""Convert third-party news corpora into seed folders (for tests and benchmarks).

    python -m tools.corpus_seeds CORPUS OUT_DIR [--limit N] [--corpora DIR]

CORPUS is one of polnear, tempeval3-silver, reuters, bbc or union (the first
three together). The texts are others' copyright: write them to a temporary
folder, never into the repository or the published site.

Each article becomes `<corpus>_<id>.txt` (` date YYYY-MM-DD` and the body) and
a sidecar with its title, outlet and author where the corpus gives them. The
BBC corpus has no dates; its seeds get 2005-01-01 (the corpus covers 2004-05).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

import yaml

from annotated_news.annotators.vocabulary.months import FULL_MONTHS
from tools.folder import ToolFolderError, claim

DEFAULT_CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
# Reuters dates write months as "JAN", "FEB", ...
MONTHS = {name[:3].upper(): number for name, number in FULL_MONTHS.items()}


class Doc(NamedTuple):
    """One article of a corpus."""

    key: str
    date: dt.date
    title: str | None
    body: str
    outlet: str | None = None
    author: str | None = None


def polnear(root: Path) -> Iterator[Doc]:
    """PolNeAR: 1,008 US election articles with dates, titles and authors."""
    folder = root / "polnear"
    with (folder / "metadata.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for row in rows:
        if row["compartment"] not in ("train", "dev", "test"):
            continue
        path = folder / row["compartment"] / "text" / f"{row['filename']}.txt"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        first, _, body = text.partition("\n")
        author = row["author"] if row["author"] not in ("", "None") else None
        yield Doc(
            row["filename"],
            dt.date.fromisoformat(row["publication_date"]),
            row["title"] or first.strip(),
            body.strip("\n"),
            row["publisher"],
            author,
        )


def tempeval3_silver(root: Path) -> Iterator[Doc]:
    """TempEval-3 silver: 2,452 AFP and Xinhua wire stories with dates."""
    for path in sorted((root / "tempeval3-silver").glob("*/*.tml")):
        doc = ET.parse(path).getroot()
        dct = doc.find("DCT/TIMEX3")
        text = doc.find("TEXT")
        if dct is None or text is None:
            continue
        value = (dct.get("value") or "")[:10]
        try:
            date = dt.date.fromisoformat(value)
        except ValueError:
            continue
        body = "".join(text.itertext()).strip()
        docid = doc.findtext("DOCID") or path.stem
        outlet = "AFP" if docid.startswith("AFP") else "Xinhua"
        yield Doc(
            docid, date, (doc.findtext("TITLE") or "").strip() or None, body, outlet
        )


REUTERS_RE = re.compile(r"<REUTERS.*?</REUTERS>", re.S)


def _tag(tag: str, record: str) -> str | None:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", record, re.S)
    return html.unescape(m.group(1)).replace("\x03", "").strip() if m else None


def reuters(root: Path) -> Iterator[Doc]:
    """Reuters-21578 (files 000-009): 1987 wire stories with a body."""
    for path in sorted((root / "reuters21578-subset").glob("reut2-*.sgm")):
        for record in REUTERS_RE.findall(path.read_text(encoding="latin-1")):
            body = _tag("BODY", record)
            date = _tag("DATE", record)
            if not body or not date:
                continue
            day, month, year = date.split()[0].split("-")
            newid = re.search(r'NEWID="(\d+)"', record)
            # Paragraphs start with an indent; other line breaks are hard wraps.
            body = re.sub(r"\s*Reuter\s*$", "", body)
            paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s{3,}", body)]
            yield Doc(
                newid.group(1) if newid else path.stem,
                dt.date(int(year), MONTHS[month.upper()], int(day)),
                _tag("TITLE", record),
                "\n\n".join(p for p in paragraphs if p),
                "Reuters",
            )


def bbc(root: Path) -> Iterator[Doc]:
    """BBC News 2004-05: headline and body, no dates."""
    for path in sorted((root / "bbc-news-2225").glob("*/*.txt")):
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        title, _, body = text.partition("\n")
        yield Doc(
            f"{path.parent.name}-{path.stem}",
            dt.date(2005, 1, 1),
            title.strip(),
            body.strip("\n"),
            "BBC News",
        )


CORPORA = {
    "polnear": polnear,
    "tempeval3-silver": tempeval3_silver,
    "reuters": reuters,
    "bbc": bbc,
}
UNION = ("polnear", "tempeval3-silver", "reuters")


def documents(name: str, root: Path = DEFAULT_CORPORA) -> Iterator[tuple[str, Doc]]:
    """Yield `(corpus, doc)` for a corpus name or "union"."""
    for corpus in UNION if name == "union" else (name,):
        for doc in CORPORA[corpus](root):
            yield corpus, doc


def seed_text(doc: Doc) -> str:
    """The seed: date line, then the body (the title goes to the sidecar)."""
    return f" date {doc.date.isoformat()} {doc.body.strip()}\n"


def write_seeds(
    name: str, out: Path, limit: int | None = None, root: Path = DEFAULT_CORPORA
) -> int:
    """Write up to `limit` seeds of a corpus into `out`; return how many.

    `out` must be new, empty or a folder a tool made (`tools/folder.py`):
    a seed of the user's of the same name was overwritten, and a folder of
    the user's filled with others' texts.

    Raises:
        ToolFolderError: when `out` is not such a folder (nothing written).
    """
    folder = claim(out, "writes seeds")
    count = 0
    for corpus, doc in documents(name, root):
        if limit is not None and count >= limit:
            break
        if not doc.body.strip():
            continue
        stem = re.sub(r"[^\w.-]+", "_", f"{corpus}_{doc.key}")[:120]
        folder.replace(f"{stem}.txt", seed_text(doc))
        meta = {
            k: v
            for k, v in (
                ("title", doc.title),
                ("outlet", doc.outlet),
                ("author", doc.author),
            )
            if v and v.strip()
        }
        if meta:
            folder.replace(
                f"{stem}.yml", yaml.safe_dump(meta, allow_unicode=True, sort_keys=True)
            )
        count += 1
    return count


def main(argv: Sequence[str] | None = None) -> int:
    """Convert a corpus into a seed folder."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.corpus_seeds", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("corpus", choices=[*CORPORA, "union"])
    parser.add_argument("out", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    args = parser.parse_args(argv)
    try:
        n = write_seeds(args.corpus, args.out, args.limit, args.corpora)
    except ToolFolderError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(f"wrote {n} seeds to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
