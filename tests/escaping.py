"""A harness that checks an export is safe for the consumer that renders it.

The seeds in `tests/fixtures/probes/` put three kinds of probe through every
field that reaches an export: markup (`<img src=x onerror=alert(107)>`),
escaped markup (`&lt;i&gt;alert(108)&lt;/i&gt;`) and ampersands
(`AT&T &amp; M&S #109`), in the text, the title, the outlet, the author, the
URL, a note, and the file name. Each probe has a marker (`alert(107)`,
`#109`) and a core: wherever a consumer shows a marker, it must show the
whole core exactly as written in the seed (not decoded, not escaped again),
and no probe may become an element.

To add an export: write a function `site -> list[Field]` that reads the
export the way its consumer does, saying for each string whether the
consumer shows it as text, inserts it as HTML, or renders it as Markdown,
and call `problems(fields)`; also list the fields that must carry a probe
(`missing(fields, required)`), so that the test cannot pass vacuously.
"""

from __future__ import annotations

import dataclasses as dc
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any, Literal

# marker -> the core a consumer must show around it, exactly as in the seed.
PROBES: dict[str, str] = {
    "alert(101)": "<img src=x onerror=alert(101)>",
    "#102": "AT&T &amp; M&S #102",
    "alert(103)": "&lt;img src=x onerror=alert(103)&gt;",
    "#104": "AT&T &amp; M&S #104",
    "alert(105)": "<script>alert(105)</script>",
    "#106": "&copy; &#169; #106",
    "alert(107)": "<img src=x onerror=alert(107)>",
    "alert(108)": "&lt;i&gt;alert(108)&lt;/i&gt;",
    "#109": "AT&T &amp; M&S #109",
    "alert(110)": "<b onmouseover=alert(110)>",
    "#111": "&amp; AT&T #111",
    "alert(112)": "&lt;script&gt;alert(112)&lt;/script&gt;",
    "#113": "& Co #113",
    "#114": '&c=<x>&amp;d="q"#114',
    # A note is Markdown (its entities are entities): a reader of the page
    # sees "&lt;" as "<" and "&amp;" as "&", never an element.
    "alert(115)": "<img src=x onerror=alert(115)>",
    "alert(116)": "<img src=x onerror=alert(116)>",
    "#117": "AT&T & M&S #117",
}
SEED_NAME = "probe&<b>.txt"
"""A file name with markup and an ampersand: it reaches some exports too."""

Kind = Literal["text", "html", "markdown", "stripped-html"]


@dc.dataclass(frozen=True, slots=True)
class Field:
    """One string of an export, as its consumer takes it."""

    where: str
    """Which field ("annotations.jsonld body.value"), for messages and coverage."""
    value: str
    kind: Kind = "text"
    """text: shown as characters; html: inserted as HTML; markdown: rendered;
    stripped-html: its tags stripped and entities decoded (the text an HTML
    parser makes of it), then inserted as HTML (TimelineJS' `group` and
    `display_date`, its `stripMarkup`)."""
    allowed: frozenset[str] = frozenset()
    """Elements an html or markdown field may make (`mark` in an excerpt)."""


def strings(data: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string of a JSON value with its path (`a.b[].c`)."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from strings(value, f"{path}.{key}" if path else str(key))
    elif isinstance(data, list):
        for value in data:
            yield from strings(value, f"{path}[]")
    elif isinstance(data, str):
        yield path, data


class _Fragment(HTMLParser):
    """The elements and the text an HTML fragment makes in a browser."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_fragment(value: str) -> tuple[list[tuple[str, list[Any]]], str]:
    parser = _Fragment()
    parser.feed(value)
    parser.close()
    return parser.tags, "".join(parser.text)


def shown_text(field: Field) -> tuple[str, list[str]]:
    """What a reader sees of a field, and the problems of its markup."""
    if field.kind == "text":
        return field.value, []
    value = field.value
    if field.kind == "stripped-html":
        value = parse_fragment(value)[1]
    if field.kind == "markdown":
        from markdown_it import MarkdownIt

        # A consumer's CommonMark renderer, raw HTML allowed as most do.
        value = MarkdownIt("commonmark", {"html": True}).render(value)
    tags, text = parse_fragment(value)
    problems = []
    for tag, attrs in tags:
        if tag not in field.allowed | {"p"}:
            problems.append(f"{field.where}: makes a <{tag}> element")
        for name, attr in attrs:
            if name.startswith("on") or (attr or "").lower().startswith("javascript:"):
                problems.append(f"{field.where}: <{tag} {name}=…>")
    return text, problems


def problems(fields: list[Field]) -> list[str]:
    """Every way the fields would not show the probes as the seed wrote them."""
    out = []
    for field in fields:
        text, markup = shown_text(field)
        out += markup
        for marker, core in PROBES.items():
            if marker in text and core not in text:
                shown = text[max(0, text.index(marker) - 40) : text.index(marker) + 40]
                out.append(f"{field.where}: shows {shown!r}, not {core!r}")
    return out


def missing(fields: list[Field], required: dict[str, set[str]]) -> list[str]:
    """Required (field, marker) pairs that no field carries: coverage."""
    out = []
    for where, markers in required.items():
        carried = {
            m for f in fields if f.where == where for m in PROBES if m in f.value
        }
        out += [f"{where}: carries no {m}" for m in sorted(markers - carried)]
    return out


def json_fields(
    data: Any,
    export: str,
    kinds: dict[str, Kind] | None = None,
    allowed: dict[str, set[str]] | None = None,
) -> list[Field]:
    """Every string of a JSON export as a field; `kinds` names the non-text
    ones, `allowed` the elements an HTML field may make (by path)."""
    return [
        Field(
            f"{export} {path}",
            value,
            (kinds or {}).get(path, "text"),
            frozenset((allowed or {}).get(path, set())),
        )
        for path, value in strings(data)
    ]


def json_ld_scripts(page: str) -> Iterator[str]:
    """The raw text of each JSON-LD script of an HTML page."""
    yield from re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', page, re.DOTALL
    )


def script_problems(raw: str) -> list[str]:
    """What in a script's raw text would end the script or open a comment early."""
    lowered = raw.lower()
    return [
        f"script text holds {bad!r}" for bad in ("</script", "<!--") if bad in lowered
    ]
