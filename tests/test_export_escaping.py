"""Every export is escaped for the consumer that renders it (tests/escaping.py).

One site is built from tests/fixtures/probes/ with the real command line and
`mkdocs build --strict`; each test reads one export as its consumer does:
the pages' JSON-LD, annotations.jsonld, Pagefind's records, the SVG
drawings, timeline.json and stories.json (the probe seeds make one story).
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
from pathlib import Path

import pytest

from .conftest import build_site_in
from .escaping import (
    PROBES,
    SEED_NAME,
    Field,
    json_fields,
    json_ld_scripts,
    missing,
    parse_fragment,
    problems,
    script_problems,
)

pytestmark = pytest.mark.site
FIXTURES = Path(__file__).parent / "fixtures" / "probes"


@pytest.fixture(scope="session")
def probe_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("probes")
    shutil.copytree(FIXTURES, root / "seeds")
    assert build_site_in(root) == 0
    return root


def html_pages(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(site.rglob("*.html"))
    }


def test_the_probes_are_in_the_seeds() -> None:
    """The fixtures hold every probe, so that a test can find them."""
    text = "".join(p.read_text(encoding="utf-8") for p in FIXTURES.iterdir())
    assert all(marker in text for marker in PROBES)
    assert (FIXTURES / SEED_NAME).is_file()


def test_json_ld_in_pages(probe_site: Path) -> None:
    """Search engines read each page's JSON-LD: the script must end where it
    ends, and each string is text."""
    fields: list[Field] = []
    bad: list[str] = []
    for name, page in html_pages(probe_site / "site").items():
        for raw in json_ld_scripts(page):
            bad += [f"{name}: {p}" for p in script_problems(raw)]
            fields += json_fields(json.loads(raw), "JSON-LD")
    assert bad == []
    assert problems(fields) == []
    required = {
        "JSON-LD @graph[].headline": {"alert(107)", "alert(108)", "#109"},
        "JSON-LD @graph[].publisher.name": {"alert(110)", "#111"},
        "JSON-LD @graph[].author.name": {"alert(112)", "#113"},
        "JSON-LD @graph[].text": {"alert(103)", "#104"},
    }
    assert missing(fields, required) == []


def presented_texts() -> list[str]:
    """The probe seeds' text after the date header (their blocks, one a line)."""
    return [
        p.read_text(encoding="utf-8").split(" ", 3)[3].strip()
        for p in sorted(FIXTURES.glob("*.txt"))
    ]


def test_annotations_jsonld(probe_site: Path) -> None:
    """Web Annotation clients: selectors and plain bodies are text.

    A selector's exact, prefix and suffix are cut anywhere, so the check for
    them is stronger: each is the article's text, character for character.
    """
    data = json.loads((probe_site / "docs" / "annotations.jsonld").read_text())
    everything = json_fields(data, "annotations.jsonld")
    selectors = [f for f in everything if ".selector[]." in f.where]
    notes = {  # Markdown: test_annotations_jsonld_note_bodies renders them
        b["value"]
        for item in data["first"]["items"]
        for b in item.get("body", [])
        if b.get("format") == "text/markdown"
    }
    fields = [
        f
        for f in everything
        if f not in selectors
        and not (f.where.endswith(".body[].value") and f.value in notes)
    ]
    assert any(f.where.endswith(".body[].value") for f in fields)  # plain ones
    assert problems(fields) == []
    texts = presented_texts()
    quoted = [
        f for f in selectors if f.where.endswith((".exact", ".prefix", ".suffix"))
    ]
    assert quoted and [f for f in quoted if not any(f.value in t for t in texts)] == []
    required = {
        "annotations.jsonld first.items[].target.selector[].exact": {
            "alert(103)",
            "#104",
            "#106",
        },
        "annotations.jsonld first.items[].seed": set(),
    }
    assert missing(everything, required) == []
    seeds = {f.value for f in fields if f.where.endswith(".seed")}
    assert SEED_NAME in seeds


def test_annotations_jsonld_note_bodies(probe_site: Path) -> None:
    """A note body is Markdown: rendered, it may only make paragraphs,
    emphasis, code and links, and shows the note's words as the page does."""
    data = json.loads((probe_site / "docs" / "annotations.jsonld").read_text())
    markdown = frozenset({"a", "em", "strong", "code"})
    bodies = [
        Field("note body", body["value"], "markdown", markdown)
        for item in data["first"]["items"]
        for body in item.get("body", [])
        if body.get("format") == "text/markdown"
    ]
    assert bodies
    assert problems(bodies) == []
    required = {"note body": {"alert(115)", "alert(116)", "#117"}}
    assert missing(bodies, required) == []


def test_pagefind_quote_text(probe_site: Path) -> None:
    """search.js shows a quote's words from the meta "<id>.text" (Pagefind's
    anchor text decodes entities twice, its issue #459, and leaves out nested
    elements with an id): every quote with a speaker has one, as text."""
    fields: list[Field] = []
    for record in pagefind_fragments(probe_site / "site"):
        for anchor in record["anchors"]:
            if anchor["element"] == "q" and anchor["id"] in record["meta"]:
                text = record["meta"].get(anchor["id"] + ".text", anchor["text"])
                fields.append(Field("search.js quote", text))
    assert problems(fields) == []
    assert missing(fields, {"search.js quote": {"alert(103)", "#104"}}) == []
    # Nothing of the quote is left out (its figure "£4 million").
    assert any("£4 million" in f.value for f in fields)


def pagefind_fragments(site: Path) -> list[dict]:
    out = []
    for path in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        out.append(json.loads(data[data.index(b"{") :]))
    return out


def test_pagefind_records(probe_site: Path) -> None:
    """Pagefind's records as search.js shows them: the title, anchors, meta
    and filter values are text (escaped by search.js or set as textContent
    by Pagefind's filter list); the content is text Pagefind escapes."""
    fields: list[Field] = []
    for record in pagefind_fragments(probe_site / "site"):
        fields.append(Field("pagefind content", record["content"]))
        for key, value in record["meta"].items():
            fields.append(
                Field(f"pagefind meta {'title' if key == 'title' else 'id'}", value)
            )
        for name, values in record["filters"].items():
            fields += [Field(f"pagefind filter {name}", v) for v in values]
    assert problems(fields) == []
    required = {
        "pagefind content": {"alert(107)", "alert(108)", "#109", "alert(115)"},
        "pagefind meta title": {"alert(107)", "alert(108)", "#109"},
        "pagefind filter article": {"alert(107)", "alert(108)", "#109"},
        "pagefind filter outlet": {"alert(110)", "#111"},
    }
    assert missing(fields, required) == []


SVG_RE = re.compile(r"<svg\b.*?</svg>", re.DOTALL)
LABEL_RE = re.compile(r"<(text|title)\b[^>]*>(.*?)</\1>", re.DOTALL)


def test_svg_text(probe_site: Path) -> None:
    """Drawings' labels and tooltips: SVG text, parsed as HTML by the page."""
    fields: list[Field] = []
    for name, page in html_pages(probe_site / "site").items():
        for svg in SVG_RE.findall(page):
            tags, _ = parse_fragment(svg)
            drawn = {tag for tag, _ in tags}
            assert drawn <= {"svg", "g", "a", "rect", "line", "path", "circle", "style",
                             "text", "title", "polyline", "desc", "tspan"}, (name, drawn)  # fmt: skip
            for tag, inner in LABEL_RE.findall(svg):
                fields.append(Field(f"svg {tag}", inner, "html"))
    assert problems(fields) == []
    labels = " ".join(parse_fragment(f.value)[1] for f in fields)
    assert "alert(110)" in labels  # the outlet's probe reaches a drawing


def timeline_fields(site: Path) -> list[Field]:
    """timeline.json as TimelineJS 3.9 takes it (tests/browser/test_timeline_embed.py
    runs the real library; README "docs/timeline.json"): `headline` and
    `text` go through DOMPurify and are inserted as HTML; `group` and
    `display_date` have their tags stripped and entities decoded
    (`stripMarkup`), and what is left is inserted as HTML."""
    data = json.loads((site / "docs" / "timeline.json").read_text(encoding="utf-8"))
    return json_fields(
        data,
        "timeline.json",
        {
            "title.text.headline": "html",
            "title.text.text": "html",
            "events[].text.headline": "html",
            "events[].text.text": "html",
            "events[].group": "stripped-html",
            "events[].display_date": "stripped-html",
        },
        {"title.text.text": {"p"}, "events[].text.text": {"p", "a"}},
    )


def test_timeline_json(probe_site: Path) -> None:
    fields = timeline_fields(probe_site)
    assert problems(fields) == []
    # display_date holds only dates and the article's date words ("Tuesday"),
    # which no probe can be; every other text field carries each kind.
    required = {
        "timeline.json events[].group": {"alert(110)", "#111"},
        # (a sentence's headline is cut before its #104: the title gives one)
        "timeline.json events[].text.headline": {
            "alert(103)", "alert(107)", "alert(108)", "#109",
        },
        "timeline.json events[].text.text": {
            "alert(103)", "#104", "alert(110)", "#111",
        },
    }  # fmt: skip
    assert missing(fields, required) == []


def stories_fields(site: Path) -> list[Field]:
    """stories.json: JSON strings for other tools, every one of them text."""
    data = json.loads((site / "docs" / "stories.json").read_text(encoding="utf-8"))
    return json_fields(data, "stories.json")


def test_stories_json(probe_site: Path) -> None:
    """The probe seeds make one story (second.txt repeats the mayor's quote).

    Credits from seed text carry no probe here (the credit rules take no
    markup or ampersand as a source); tests/test_stories_escaping.py puts
    them through every credit field of a corpus it makes."""
    fields = stories_fields(probe_site)
    assert problems(fields) == []
    required = {
        "stories.json stories[].claims[].label": {"alert(103)", "#104"},
        "stories.json stories[].claims[].cells[].text": {"alert(103)", "#104"},
    }
    assert missing(fields, required) == []
