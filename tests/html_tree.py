"""A small DOM built with the standard library's HTML parser, for site tests."""

from __future__ import annotations

import dataclasses as dc
import re
from collections.abc import Iterator
from html.parser import HTMLParser

VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


@dc.dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = dc.field(default_factory=list)

    def iter(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        return [
            n
            for n in self.iter()
            if (tag is None or n.tag == tag)
            and (cls is None or cls in n.attrs.get("class", "").split())
        ]

    def by_id(self, id_: str) -> Node | None:
        return next((n for n in self.iter() if n.attrs.get("id") == id_), None)

    def text(self, skip: frozenset[str] = frozenset()) -> str:
        """Text content, leaving out elements with one of the `skip` classes."""
        out = []
        for child in self.children:
            if isinstance(child, str):
                out.append(child)
            elif not (
                skip & set(child.attrs.get("class", "").split())
            ) and child.tag not in ("script", "style"):
                out.append(child.text(skip))
        return "".join(out)


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(html: str) -> Node:
    builder = _Builder()
    builder.feed(html)
    builder.close()
    return builder.root


# Elements that are the site's own words, not the article's (none may be
# inside an article's text, `.an-body`, whose text is the article's alone).
CHROME = frozenset({"an-label", "an-ui", "an-also", "headerlink", "an-note"})


def article_body(page: Node) -> Node:
    """The article's text on its page: the one `.an-body` element (TEAM.md §1)."""
    [body] = page.find_all("div", "an-body")
    return body


WORD_RE = re.compile(r"\S+")


GLUED_RE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z])")


CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def same_words(page: list[str], seed: list[str]) -> bool:
    """Whether the page shows the seed's words, allowing the one repair the
    build makes: a space between glued sentences ("cautioned.Abigail").

    A stray control character is written as a character reference, which
    browsers keep and Python's HTML parser drops; it is ignored here.
    """
    seed = [w for w in (CONTROL_RE.sub("", w) for w in seed) if w]
    i = 0
    for word in seed:
        if i < len(page) and page[i] == word:
            i += 1
            continue
        parts = GLUED_RE.split(word)
        if len(parts) > 1 and page[i : i + len(parts)] == parts:
            i += len(parts)
            continue
        return False
    return i == len(page)


def page_words(page: Node, seed_text: str, headline: str | None) -> list[str]:
    """Words of an article page's text: everything in `.an-body`, its headline
    block included (a sidecar or derived title is outside it). Nothing is
    skipped: the body holds no words of the site's own."""
    return WORD_RE.findall(article_body(page).text())


# Elements the seed text could forge if it were not escaped.
FORGEABLE = frozenset(
    {
        "script",
        "img",
        "iframe",
        "b",
        "em",
        "strong",
        "code",
        "table",
        "li",
        "ul",
        "ol",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "pre",
        "del",
        "ins",
        "kbd",
        "div",
        "sup",
        "abbr",
        "details",
        "a",
        "mark",
        "q",
        "span",
        "time",
        "math",
        "svg",
        "input",
        "form",
        "button",
        "style",
        "link",
        "object",
    }
)


def ours(node: Node) -> bool:
    """Elements the site writes carry an `an-*` class or are heading links."""
    classes = node.attrs.get("class", "").split()
    return "headerlink" in classes or any(c.startswith("an-") for c in classes)


def forged_elements(text: Node) -> list[str]:
    """Tags inside an article's text that the site did not write itself.

    Our chrome (speaker, permalink, copy button, "also in" links) is ours with
    everything inside it.
    """
    inside_chrome = {id(n) for ui in text.iter() if ours(ui) for n in ui.iter()}
    return [
        n.tag
        for n in text.iter()
        if n.tag in FORGEABLE and n is not text and id(n) not in inside_chrome
    ]
