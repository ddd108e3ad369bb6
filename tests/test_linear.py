"""Pathological quotation-mark patterns cost work in proportion to the text.

Timing is for `make stress` (tools/stress.py); these tests count work
instead, so that they cannot be flaky: the characters the quote annotator's
regular expressions scan, the span comparisons of the credits annotator, and
the size of the pieces handed to sentencex (whose time grows with the square
of a paragraph's quotation marks). Each shape is run at n and 4n quotes: the
work may grow about 4 times, never 16.
"""

from __future__ import annotations

import re
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from annotated_news.annotators.credits import annotate_credits
from annotated_news.annotators.quotes import annotate_quotes
from annotated_news.model import Article, Span
from annotated_news.parse import sentences as sentences_module
from annotated_news.parse.article import parse_article
from annotated_news.reader import read_seed

NAMES = ["Ana Ruiz", "Ben Hale", "the mayor", "a spokesperson"]
# Each shape: quotes -> article text (one paragraph unless it says so).
SHAPES: dict[str, Callable[[int], str]] = {
    "short quotes, one paragraph": lambda n: " ".join(
        f"“Yes {i},” {NAMES[i % 4]} said." for i in range(n)
    ),
    "short quotes, one paragraph each": lambda n: "\n".join(
        f"“Yes {i},” {NAMES[i % 4]} said." for i in range(n)
    ),
    "a verb, then quotes": lambda n: (
        "He said: " + " ".join("“a” and" for _ in range(n))
    ),
    "alternating bare marks": lambda n: "“ ” " * n,
    "alternating families": lambda n: " ".join(
        ["“a”", '"b"', "‘c’", "«d»", "''e''"][i % 5] for i in range(n)
    ),
    "curly marks that never close": lambda n: " ".join(f"“w{i}" for i in range(n)),
    "straight marks that never close": lambda n: " ".join(f'"w{i}' for i in range(n)),
    "colons before quotes": lambda n: " ".join(
        f"Ben Hale said: “no {i}”" for i in range(n)
    ),
}
SMALL = 300
GROWTH = 5.0  # 4 times the quotes: linear work grows about 4 times


def article(tmp_path: Path, body: str) -> Article:
    path = tmp_path / "stress.txt"
    path.write_text(f" date 2025-06-04 Title here\n{body}\n", encoding="utf-8")
    return parse_article(read_seed(path))


class Scanned:
    """A compiled pattern that counts the characters its searches may scan."""

    def __init__(self, pattern: re.Pattern[str], counter: list[int]) -> None:
        self.pattern = pattern
        self.counter = counter

    def _span(self, string: str, pos: int, endpos: int) -> None:
        self.counter[0] += max(0, min(endpos, len(string)) - pos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self._span(string, pos, endpos)
        return self.pattern.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self._span(string, pos, endpos)
        return self.pattern.finditer(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        self._span(string, 0, len(string))
        return self.pattern.sub(repl, string, count)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


@pytest.fixture
def scanned(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Count what every searching pattern of the quote annotator scans."""
    from annotated_news.annotators import quotes
    from annotated_news.annotators.quotes import cues

    counter = [0]
    for module in (quotes, cues):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                monkeypatch.setattr(module, name, Scanned(value, counter))
    yield counter


@pytest.mark.parametrize("shape", SHAPES.values(), ids=SHAPES.keys())
def test_quote_annotation_scans_a_bounded_amount_per_quote(
    tmp_path: Path, scanned: list[int], shape: Callable[[int], str]
) -> None:
    work = []
    for n in (SMALL, 4 * SMALL):
        found = annotate_quotes(article(tmp_path, shape(n)))
        assert found  # the shape does make quotes
        work.append(scanned[0])
        scanned[0] = 0
    assert work[1] <= GROWTH * work[0], work


@pytest.mark.parametrize("shape", SHAPES.values(), ids=SHAPES.keys())
def test_credits_compare_a_bounded_number_of_spans(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shape: Callable[[int], str]
) -> None:
    from annotated_news.annotators import annotate

    calls = [0]
    real = Span.overlaps

    def counted(self: Span, other: Span) -> bool:
        calls[0] += 1
        return real(self, other)

    work = []
    for n in (SMALL, 4 * SMALL):
        art = annotate(article(tmp_path, shape(n)))
        monkeypatch.setattr(Span, "overlaps", counted)
        annotate_credits(art)
        monkeypatch.setattr(Span, "overlaps", real)
        work.append(calls[0])
        calls[0] = 0
    assert work[1] <= GROWTH * max(work[0], 1), work


def test_sentencex_gets_bounded_pieces_of_a_long_paragraph(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pieces: list[int] = []
    real = sentences_module.sentencex.segment

    def segment(language: str, text: str) -> Any:
        pieces.append(len(text))
        return real(language, text)

    monkeypatch.setattr(sentences_module.sentencex, "segment", segment)
    body = SHAPES["alternating families"](20_000)  # about 100 KB, one paragraph
    art = article(tmp_path, body)
    assert max(pieces) <= sentences_module.MAX_WINDOW
    assert sum(pieces) >= len(body)  # every character was segmented
    # The pieces are lossless: sentences cover the paragraph in order.
    assert [s.span.start for s in art.sentences] == sorted(
        s.span.start for s in art.sentences
    )
    text = "".join(art.slice(s.span) for s in art.sentences)
    assert text.replace(" ", "") == art.text.replace(" ", "").replace("\n", "")


def test_a_short_paragraph_is_segmented_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pieces: list[str] = []
    real = sentences_module.sentencex.segment

    def segment(language: str, text: str) -> Any:
        pieces.append(text)
        return real(language, text)

    monkeypatch.setattr(sentences_module.sentencex, "segment", segment)
    body = "The mayor spoke. “Yes,” she said. It was 5 p.m. on Monday."
    art = article(tmp_path, body)
    assert pieces == [body]
    assert len([s for s in art.sentences if s.block == 1]) == 3


def test_the_pagers_of_a_long_list_hold_links_in_proportion_to_it() -> None:
    # 250,000 alternating marks per MB make about 1,250 pages of quotes
    # "in quotation marks": a pager linking every part to every other part
    # rendered 1,250 x 1,250 links twice per MB of seed.
    from annotated_news.render.paging import Limits, spill

    def links(n: int) -> int:
        pages = spill(
            "quotes/in-quotation-marks.md",
            "In quotation marks",
            "",
            list(range(n)),
            lambda item: 1,
            Limits(items=10),
            lambda items, path: [],
            ("Quotes", "quotes.md"),
        )
        return sum(len(page.pager.parts) for page in pages if page.pager)

    work = [links(10 * SMALL), links(40 * SMALL)]
    assert work[0] >= 10 * SMALL // 10  # each of the parts has a pager
    assert work[1] <= GROWTH * work[0], work


def test_a_pager_reaches_every_part_from_its_neighbours() -> None:
    from annotated_news.render.paging import pager

    count = 50
    for n in range(1, count + 1):
        p = pager("quotes/x.md", n, count)
        assert p is not None
        labels = [link.label for link in p.parts]
        shown = [int(label) for label in labels if label.isdigit()]
        assert shown == sorted(shown) and len(set(shown)) == len(shown)
        assert {1, count, n} <= set(shown)
        assert {max(1, n - 1), min(count, n + 1)} <= set(shown)
        assert len(p.parts) <= 13
        # a gap stands only where numbers are left out
        for i, label in enumerate(labels):
            if not label.isdigit():
                assert p.parts[i].href == ""
                assert int(labels[i + 1]) - int(labels[i - 1]) > 1


def test_clock_time_repair_reads_a_bounded_stretch_per_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Joining "9 a.m. ET" back looks only just before each sentence end."""
    scanned: list[int] = []
    real = sentences_module.CLOCK_END_RE

    class Counting:
        def search(self, text: str, pos: int, endpos: int) -> Any:
            scanned.append(endpos - pos)
            return real.search(text, pos, endpos)

    monkeypatch.setattr(sentences_module, "CLOCK_END_RE", Counting())

    def work(n: int) -> int:
        scanned.clear()
        pieces = sentences_module.segment(
            " ".join(["He left at 5 p.m. Police came."] * n)
        )
        assert len(pieces) >= 2 * n
        return sum(scanned)

    assert work(2_000) <= 5 * work(500)


@pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="needs SIGALRM")
def test_a_long_word_after_a_naming_verb_is_read_once(tmp_path: Path) -> None:
    """No pattern may read one word in many ways before it fails.

    "called Ruiz's plan for the <word>#" once took 2**n steps for a word of n letters (a
    pattern that could cut the word anywhere: 26 letters took 4 s); with 60
    letters that never ends. The alarm turns a hang into a failure.
    """

    def hung(signum: int, frame: Any) -> None:
        raise TimeoutError("the quotes annotator did not finish")

    body = "Ben Hale called Ruiz's plan for the city " + "a" * 60 + "# “a disgrace”."
    art = article(tmp_path, body)
    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(60)
    try:
        found = annotate_quotes(art)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert [art.text[q.span.start : q.span.end] for q in found] == ["“a disgrace”"]


@pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="needs SIGALRM")
def test_a_campus_after_a_university_is_read_once() -> None:
    """The campus pattern reads each word whole once before it fails.

    "University of X, <words>" with no stop after the words: each word is
    whole, then one space, at most three words, so a failing match is
    linear in the text (`entities.CAMPUS_RE`). The alarm turns a hang into
    a failure.
    """
    from annotated_news.annotators.entities import CAMPUS_RE

    def hung(signum: int, frame: Any) -> None:
        raise TimeoutError("the campus pattern did not finish")

    long_words = ", " + " ".join(["B" + "a" * 20_000] * 3) + "#"
    glued = ", " + "B" * 60_000 + "#"
    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    try:
        assert CAMPUS_RE.match(long_words) is None
        assert CAMPUS_RE.match(glued) is None
        found = CAMPUS_RE.match(", Berkeley, said")
        assert found is not None and found.group(1) == "Berkeley"
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
