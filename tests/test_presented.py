"""The presented text of an article page body and the offset map (TEAM.md §1)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from annotated_news.model import Article, Span
from annotated_news.presented import glued_starts, presented

from .conftest import SEEDS, article_from_text

HEADED = (
    " date 2025-06-04 A headline without a stop\n"
    "A standfirst line that sums it up\n"
    "\n"
    "The agents, sources cautioned.Abigail Jackson said \u201cwe\tact\u201d.\n"
    "\n\n"
    "  Indented second paragraph, with 3,000 migrants a day.  \n"
)


def seeds() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def test_blocks_joined_by_one_newline_verbatim_plus_the_glued_space(
    annotated: Callable[[str], Article],
) -> None:
    article = annotated(HEADED)
    assert presented(article).text == (
        "A headline without a stop\n"
        "A standfirst line that sums it up\n"
        "The agents, sources cautioned. Abigail Jackson said \u201cwe\tact\u201d.\n"
        "Indented second paragraph, with 3,000 migrants a day."
    )


def test_a_span_at_a_glued_start_starts_after_the_space(
    annotated: Callable[[str], Article],
) -> None:
    article = annotated(HEADED)
    (p,) = glued_starts(article)
    text = presented(article)
    before = Span(article.text.rindex("sources", 0, p), p)
    after = Span(p, p + len("Abigail"))
    assert text.slice(before) == "sources cautioned."
    assert text.slice(after) == "Abigail"
    across = Span(before.start, after.end)
    assert text.slice(across) == "sources cautioned. Abigail"


def test_offsets_between_blocks_snap_to_the_neighbouring_blocks(
    annotated: Callable[[str], Article],
) -> None:
    article = annotated(HEADED)
    text = presented(article)
    last, second = article.blocks[-1], article.blocks[-2]
    gap = Span(second.span.end + 1, last.span.start - 1)
    assert text.start(gap.start) == text.start(last.span.start)
    assert text.end(gap.end) == text.end(second.span.end)
    assert text.slice(gap) == ""  # nothing of the gap is presented
    both = Span(second.span.end - 2, last.span.start + 8)
    assert text.slice(both) == "\u201d.\nIndented"
    assert text.start(0) == 0
    assert text.end(len(article.text)) == len(text.text)


def reference(article: Article) -> tuple[str, dict[int, int]]:
    """The presented text built character by character, and each one's place."""
    glued = glued_starts(article)
    out: list[str] = []
    where: dict[int, int] = {}
    for k, block in enumerate(article.blocks):
        if k:
            out.append("\n")
        for i in range(block.span.start, block.span.end):
            if i in glued:
                out.append(" ")
            where[i] = len(out)
            out.append(article.text[i])
    return "".join(out), where


@pytest.mark.parametrize("seed", seeds(), ids=lambda p: p.name)
def test_seeds_every_span_presents_its_own_words(seed: Path, tmp_path: Path) -> None:
    article = article_from_text(tmp_path, seed.read_text(encoding="utf-8"), seed.name)
    text = presented(article)
    expected, where = reference(article)
    assert text.text == expected
    spans = [a.span for a in article.annotations()]
    spans += [s.span for s in article.sentences] + [b.span for b in article.blocks]
    assert len(spans) > 50
    for span in spans:
        inside = [i for i in range(span.start, span.end) if i in where]
        assert inside
        want = expected[where[inside[0]] : where[inside[-1]] + 1]
        assert text.slice(span) == want
        assert text.slice(span).replace(" ", "").replace("\n", "") == "".join(
            article.text[i] for i in inside
        ).replace(" ", "")


def test_the_page_renderer_uses_the_same_glued_rule() -> None:
    from annotated_news.render import article as render_article

    assert render_article.glued_starts is glued_starts
