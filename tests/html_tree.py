"""A small DOM built with the standard library's HTML parser, for site tests."""

from __future__ import annotations

import dataclasses as dc
from collections.abc import Iterator
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "source", "track", "wbr"}


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
        return [n for n in self.iter() if (tag is None or n.tag == tag)
                and (cls is None or cls in n.attrs.get("class", "").split())]

    def by_id(self, id_: str) -> Node | None:
        return next((n for n in self.iter() if n.attrs.get("id") == id_), None)

    def text(self, skip: frozenset[str] = frozenset()) -> str:
        """Text content, leaving out elements with one of the `skip` classes."""
        out = []
        for child in self.children:
            if isinstance(child, str):
                out.append(child)
            elif not (skip & set(child.attrs.get("class", "").split())) and \
                    child.tag not in ("script", "style"):
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


# Elements that are the site's own words, not the article's.
CHROME = frozenset({"an-label", "an-ui", "an-also", "headerlink", "an-note"})
