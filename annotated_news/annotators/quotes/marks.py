"""Pair quotation marks into quote spans, paragraph by paragraph.

Marks handled: curly double quotes (“ ”), straight double quotes ("), the
doubled apostrophe of wire and newspaper archives (''), guillemets (« »),
and curly single quotes (‘ ’) nested inside a quote or quoting on their own
(headlines, British style). A straight single quote is a mark only in a
headline, standfirst or subheading without other quotes ("Trump says city
'would be burning'"), or anywhere in an article that writes no double mark
at all (British style typed in ASCII: 'We are ready,' he said); in an
article that quotes with double marks it is almost always an apostrophe.

A straight mark has no direction, so its shape decides: after a space and
before a word it opens, after a word and before a space or punctuation it
closes. Typists mix families: a curly quote closed by a straight mark, or the
reverse, is closed when no other mark of that family came in between. An
opening mark that finds no closing one ends at its paragraph,
never later: a stray mark cannot swallow the rest of the article. News style
leaves the closing mark off at the end of a paragraph when the next one
reopens the same quote; such a paragraph's quote is marked `continues`.
"""

from __future__ import annotations

import dataclasses as dc
import re

from ...model import Article, BlockKind, Kind, Span
from ..gender import is_given_name
from ..lexicon import SPEECH_VERBS
from ..vocabulary.honorifics import HONORIFICS_LOWER

# Three apostrophes close a nested single quote and a doubled one at once
# (on 'Fox and Friends,''' said Mr. Vietor).
MARK_RE = re.compile(r"'''?|[“”\"‘’«»„]")
OPENERS = frozenset("“«„")
CLOSERS = frozenset("”»")
# The elided "and" of "rock 'n' roll", "fish ’n’ chips", "rock ‘n’ roll" (as
# word processors curl it): two apostrophes, never quotation marks.
# (The mark first, then what stands before it: a pattern that opened with
# the lookbehind was tried at every character of every block.)
ELIDED_AND_RE = re.compile(r"['‘’](?<=[ \w].)n['’](?=[ \w])")
# Characters that may stand before an opening straight mark.
BEFORE_OPEN = frozenset(" \t\n([{—–-/")
# Characters that may follow a closing straight mark.
AFTER_CLOSE = frozenset(" \t\n.,;:!?)]}—–-…")


@dc.dataclass(slots=True)
class RawQuote:
    """A stretch between quotation marks, before attribution."""

    span: Span
    """From the opening mark to the closing mark included (or the paragraph end)."""
    block: int
    closed: bool
    continues: bool = False
    """It opens its paragraph and reopens a quote left open by the previous one."""
    nested: bool = False
    """Single quotes inside another quote."""
    bare: bool = False
    """A post copied without quotation marks, signed on the next line
    (`EMBED_SIGNATURE_RE`): the span is its whole paragraph; or a line of a
    transcript (`label`)."""
    label: Span | None = None
    """A transcript's speaker label before a bare quote ("HOMAN: We're not
    going to stop."): the span is the words after it."""
    announced: bool = False
    """A paragraph without quotation marks after one that ends with a speech
    verb and a colon ("Murphy responded:"), as a live page prints a quote in
    a block: the span is its whole paragraph (`bare` too)."""


@dc.dataclass(slots=True)
class _Open:
    at: int
    family: str
    """Which mark closes it: "curly", "straight" or "doubled"."""
    others: int = 0
    """Marks of the other family seen inside (a quote within the quote)."""


def _family(mark: str) -> str:
    if mark in OPENERS or mark in CLOSERS:
        return "curly"
    return "straight" if mark == '"' else "doubled"  # '' or '''


NESTED_RE = re.compile(r"[^“”\n]*”[^“”\n]*”")


def _nests(text: str, after: int, end: int) -> bool:
    """Whether an opening curly mark inside a curly quote opens a quote in it.

    It does when two closing marks follow before any other opening mark in
    the block: the inner quote's, then the outer one's. Otherwise the outer
    quote lost its closing mark.
    """
    return NESTED_RE.match(text, after, end) is not None


def _scan_block(
    text: str, start: int, end: int, index: int, left_open: str | None
) -> tuple[list[RawQuote], str | None]:
    """Quotes of one block; also the family of the quote the block ends inside.

    A paragraph reopens the quote the one before left open only with a mark
    of the same family: an excerpt opened with straight marks that quotes
    its people with curly ones ('"Rising to …¶“You’ve called …,” Kelly
    charged') goes on in neither.
    """
    found: list[RawQuote] = []
    current: _Open | None = None
    single: int | None = None
    # A curly closing single mark after an "s" and before a lower-case word
    # ("‘It’s the kids’ dad out there.’") is a plural possessive when
    # another closing mark follows; where the quote ends if none does.
    possessive: int | None = None
    inner: int | None = None  # a curly quote nested in a curly one

    def flush_single() -> None:
        nonlocal single, possessive
        if single is not None and possessive is not None:
            found.append(
                RawQuote(
                    Span(single, possessive), index, True, nested=current is not None
                )
            )
        single, possessive = None, None

    def emit(opened: int, stop: int, closed: bool) -> None:
        while stop > opened + 1 and text[stop - 1].isspace():
            stop -= 1
        found.append(
            RawQuote(
                Span(opened, stop),
                index,
                closed,
                continues=opened == start and left_open == _family(text[opened]),
            )
        )

    elided = {
        k
        for m in ELIDED_AND_RE.finditer(text, start, end)
        for k in (m.start(), m.end() - 1)
    }
    for match in MARK_RE.finditer(text, start, end):
        mark, i, j = match.group(), match.start(), match.end()
        if i in elided:
            continue
        prev = text[i - 1] if i > start else " "
        nxt = text[j] if j < end else " "
        if mark in OPENERS:
            if current is not None and current.family == "straight":
                current.others += 1
                continue
            if current is not None and current.family == "curly":
                if not prev.isspace() and (nxt in AFTER_CLOSE or j == end):
                    # An opening mark typed for a closing one ("here,“ said").
                    flush_single()
                    emit(current.at, j, closed=True)
                    current = None
                    continue
                if inner is None and _nests(text, j, end):
                    # “… what he calls “hell” than …”: a quote inside the
                    # quote in the same marks, closed twice before the next
                    # opening mark
                    inner = i
                    continue
                flush_single()
                emit(current.at, i, closed=False)  # its closing mark is missing
            if current is None or current.family == "curly":
                flush_single()
                current = _Open(i, "curly")
        elif mark in CLOSERS:
            if inner is not None:
                found.append(RawQuote(Span(inner, j), index, True, nested=True))
                inner = None
                continue
            if current is not None and (
                current.family == "curly"
                or (current.family == "straight" and not current.others)
            ):
                # A curly closing mark also closes a straight opening one
                # ("Oz has a huge bully pulpit,” said …) when no other
                # curly mark came in between.
                flush_single()
                emit(current.at, j, closed=True)
                current = None
        elif mark in ('"', "''", "'''"):
            opens = (prev in BEFORE_OPEN) and not nxt.isspace()
            closes = not prev.isspace() and (nxt in AFTER_CLOSE or j == end)
            family = _family(mark)
            if current is None:
                if opens or not closes:
                    flush_single()
                    current = _Open(i, family)
            elif current.family == "curly" and family == "straight":
                if closes and not opens and not current.others:
                    # “Immunity deals should not be required," Chaffetz said
                    flush_single()
                    emit(current.at, j, closed=True)
                    current = None
                else:
                    current.others += 1  # straight marks quoting inside it
            elif current.family == family:
                flush_single()
                if closes or not opens:
                    emit(current.at, j, closed=True)
                    current = None
                else:  # shaped like an opener: the previous quote lost its closer
                    emit(current.at, i, closed=False)
                    current = _Open(i, family)
        elif mark == "‘":
            if not prev.isalnum() and not nxt.isdigit() and not nxt.isspace():
                flush_single()
                single = i
        elif mark == "’" and single is not None and not nxt.isalpha():
            if (
                possessive is None
                and prev == "s"
                and nxt == " "
                and text[j + 1 : j + 2].islower()
            ):
                possessive = j
                continue
            possessive = None
            found.append(
                RawQuote(Span(single, j), index, True, nested=current is not None)
            )
            single = None
    flush_single()
    if current is not None:
        emit(current.at, end, closed=False)
    return found, current.family if current is not None else None


# A quote in straight single marks, as British headlines write them ("Trump
# says city 'would be burning' without troops"): the opening mark after a
# space, the closing one before a space or a stop, apostrophes inside only
# between letters ("'We're not going'"). Not a year ("'90s"), and not a
# plural possessive (its mark follows a letter, so it opens nothing), and
# not the elided "and" of "rock 'n' roll" (`ELIDED_AND_RE`).
HEADLINE_SINGLE_RE = re.compile(
    r"(?:(?<=[\s(—–:-])|^)'(?=[A-Za-z])(?!n'[ ])"
    r"(?:[^'\n]|(?<=[A-Za-z])'(?=[A-Za-z])|(?<=[ ])'n'(?=[ ]))*?[\w.!?,]'(?=[\s,.;:!?)—–-]|$)"
)
# Words that follow a closing mark, never a plural possessive's noun:
# "screaming 'You should be ashamed of yourselves' as they led him away"
# closes there ("the workers' union" does not).
AFTER_CLOSING_WORDS = frozenset(
    """
as but he she they it we i said says told before after when while then which
who that to in on at with for from was were is are
""".split()
)
# The same in running text, for an article that writes no double mark at
# all (British style typed or converted to plain ASCII: 'We are ready,' he
# said). A plural possessive ("the workers' union") does not close it, but a
# quoted word before "and" or "or" and another quote does ("described them
# as 'insurrectionists' and 'paid troublemakers'").
BODY_SINGLE_RE = re.compile(
    r"(?:(?<=[\s(—–:-])|^)'(?=[A-Za-z])(?!n'[ ])"
    r"(?:[^'\n]|(?<=[A-Za-z])'(?=[A-Za-z])|(?<=s)'(?=[ ][a-z])|(?<=[ ])'n'(?=[ ]))*?"
    r"(?:[.!?,]|(?<=[^\Ws])|(?<=s)(?![' ]*[a-z])|(?<=s)(?=' (?:and|or) ')"
    rf"|(?<=s)(?=' (?:{'|'.join(sorted(AFTER_CLOSING_WORDS))})[ ,.;:]))"
    r"'(?=[\s,.;:!?)—–-]|$)"
)
DOUBLE_MARK_RE = re.compile(r"[“”\"«»„]|''")
OPENING_KINDS = frozenset({BlockKind.HEADLINE, BlockKind.STANDFIRST})
"""The blocks above an article's body, which quote before the body names."""
HEADING_KINDS = OPENING_KINDS | {BlockKind.SUBHEADING}


# The signature line of a post copied from a social network with its text:
# "— Gavin Newsom (@CAgovernor) June 7, 2025". The paragraph before it is
# the post, the words of the one who signs it, though no marks enclose them.
EMBED_SIGNATURE_RE = re.compile(
    r"[―—–-][ ]*[A-Z][^()\n]{0,60}?[ ]*\(@[\w.-]{1,40}\)"
    r"(?:[ ]*[A-Z][a-z]{2,8}\.?[ ]\d{1,2},[ ]\d{4})?[ ]*"
)


def _embedded_posts(article: Article, found: list[RawQuote]) -> list[RawQuote]:
    """Paragraphs without quotation marks signed as a post on the next line."""
    blocks = article.blocks
    with_marks = {r.block for r in found}
    return [
        RawQuote(block.span, index, True, bare=True)
        for index, block in enumerate(blocks[:-1])
        if block.kind is BlockKind.PARAGRAPH
        and index not in with_marks
        and EMBED_SIGNATURE_RE.fullmatch(
            article.text, blocks[index + 1].span.start, blocks[index + 1].span.end
        )
    ]


# A transcript's line: a speaker's name in capitals, a colon, the words
# ("HOMAN: We're not going to stop.", "SEN. PADILLA: …").
TRANSCRIPT_LINE_RE = re.compile(
    r"(?P<label>[A-Z][A-Z'’.-]+(?:[ ][A-Z][A-Z'’.-]+){0,2})"
    # a role after the name, on the line that first gives it: "JAKE TAPPER,
    # CNN ANCHOR:"
    r"(?:,[ ][A-Z][A-Z0-9 ()&'’.-]{1,40})?:[ ]+(?=\S)"
)


# An interview printed as questions and answers: "Q: How does it feel?" and
# "A: Strange." The answers are the interviewee's words (`_interview_answers`).
QA_LINE_RE = re.compile(r"(?P<label>[QA])(?::|[.][ ])[ ]*(?=\S)")
MIN_QA_LINES = 2


def _interview_answers(article: Article, with_marks: set[int]) -> list[RawQuote]:
    """The "A:" paragraphs of an interview with at least two questions and two answers.

    Only where the article prints the interview so: paragraphs opening with
    "Q:" and "A:" both at least twice (a list with one "A:" item is no
    interview). Who answers is settled when the quote is attributed.
    """
    labelled: list[tuple[int, re.Match[str]]] = []
    for index, block in enumerate(article.blocks):
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        m = QA_LINE_RE.match(article.text, block.span.start, block.span.end)
        if m is not None:
            labelled.append((index, m))
    questions = sum(1 for _, m in labelled if m.group("label") == "Q")
    answers = [(i, m) for i, m in labelled if m.group("label") == "A"]
    if questions < MIN_QA_LINES or len(answers) < MIN_QA_LINES:
        return []  # nearly every article: no interview
    return [
        RawQuote(
            Span(m.end(), article.blocks[i].span.end),
            i,
            True,
            bare=True,
            label=Span(m.start("label"), m.end("label")),
        )
        for i, m in answers
        if i not in with_marks
    ]


# A transcript's line labelled in Title Case ("Okafor: No. We reduced it by
# a third."): only a person's name, and only in an interview that gives
# that person at least two such lines of at least three words.
WORDS_RE = re.compile(r"[A-Za-z][\w'’-]*")
MIN_LINE_WORDS = 3
TITLED_LINE_RE = re.compile(
    r"(?P<label>[A-Z][\w'’.-]+(?:[ ][A-Z][\w'’.-]+){0,2}):[ ]+(?=\S)"
)


def _titled_lines(article: Article, with_marks: set[int]) -> list[RawQuote]:
    """Paragraphs opened by a person's name in Title Case and a colon.

    An interview printed as "Gazette: …" / "Okafor: …": the label must be
    exactly a person the entities name there, with at least two lines of
    their own ("Smith: a profile" once is no transcript).
    """
    people = {
        (e.span.start, e.span.end): e.canonical
        for e in article.entities
        if e.kind is Kind.PERSON
    }
    lines: dict[str, list[RawQuote]] = {}
    for index, block in enumerate(article.blocks):
        if block.kind is not BlockKind.PARAGRAPH or index in with_marks:
            continue
        m = TITLED_LINE_RE.match(article.text, block.span.start, block.span.end)
        if m is None or (who := people.get(m.span("label"))) is None:
            continue
        if (
            len(WORDS_RE.findall(article.text, m.end(), block.span.end))
            < MIN_LINE_WORDS
        ):
            continue  # "Hillary Clinton: 1,769.": a tally, not words spoken
        label = Span(m.start("label"), m.end("label"))
        said = RawQuote(
            Span(m.end(), block.span.end), index, True, bare=True, label=label
        )
        lines.setdefault(who, []).append(said)
    return [
        line for said in lines.values() if len(said) >= MIN_QA_LINES for line in said
    ]


def _transcript_lines(article: Article, found: list[RawQuote]) -> list[RawQuote]:
    """Paragraphs without quotation marks that a person's capitalised label opens.

    Interviews printed as a transcript quote without marks. The label must
    be a person the article names there (the entities read "HOMAN" as Tom
    Homan): "UPDATE:" or "WASHINGTON:" names no one.
    """
    with_marks = {r.block for r in found}
    people = [e.span for e in article.entities if e.kind is Kind.PERSON]
    lines = _titled_lines(article, with_marks)
    for index, block in enumerate(article.blocks):
        if block.kind is not BlockKind.PARAGRAPH or index in with_marks:
            continue
        m = TRANSCRIPT_LINE_RE.match(article.text, block.span.start, block.span.end)
        if m is None:
            continue
        label = Span(m.start("label"), m.end("label"))
        words = m.group("label").split()
        # "MS. LEAVITT:", "SEN. PADILLA:": the name after the form of address
        core = label
        if len(words) > 1 and words[0].rstrip(".").lower() in HONORIFICS_LOWER:
            core = Span(label.start + len(words[0]) + 1, label.end)
        if any(p.start <= core.start and core.end <= p.end for p in people) or (
            # "JAKE TAPPER:", "KATE BOULDUAN:": a given name and a surname,
            # which the entities do not read in capitals
            len(words) > 1 and is_given_name(words[0].capitalize())
        ):
            said = Span(m.end(), block.span.end)
            lines.append(RawQuote(said, index, True, bare=True, label=label))
    return lines


# A paragraph that ends by announcing words: a speech verb, up to three
# words after it and a colon ("Murphy responded:", "he told reporters:"),
# and a word for when ("told MPs a moment ago:"; not "noted the relatively
# sparse attendance:", which points at what follows).
# Not a noun after a possessive or an article ("Beck's remarks below:"),
# nor words that point at a video or a list ("below", "here").
ANNOUNCING_END_RE = re.compile(
    r"(?<!['’]s[ ])(?<!\bthe[ ])(?<!\bhis[ ])(?<!\bher[ ])(?<!\btheir[ ])"
    rf"\b(?:{'|'.join(sorted(SPEECH_VERBS, key=len, reverse=True))})"
    r"(?:[ ](?!(?:below|above|here)\b)[\w’'-]+){0,3}"
    r"(?:[ ](?:ago|today|yesterday|earlier|later|tonight|afterwards))?:$"
)


# The end of a sentence, with the closing mark of a quote that ends it.
SENTENCE_STOP_RE = re.compile(r"[.!?][”\"’']?[ ]")


def _announced_paragraphs(article: Article, with_marks: set[int]) -> list[RawQuote]:
    """Paragraphs without marks printed after "X responded:" as X's words."""
    found: list[RawQuote] = []
    blocks = article.blocks
    text = article.text
    for index in range(1, len(blocks)):
        block, before = blocks[index], blocks[index - 1]
        if (
            block.kind is not BlockKind.PARAGRAPH
            or before.kind is not BlockKind.PARAGRAPH
            or index in with_marks
            or text.startswith(("- ", "• ", "* "), block.span.start)
        ):
            continue
        m = ANNOUNCING_END_RE.search(
            text, max(before.span.start, before.span.end - 80), before.span.end
        )
        if m is None:
            continue
        # Quotes earlier in that paragraph are no matter ("… accused the
        # government of “chaos.” In a post on X, she wrote:"); its last
        # sentence, which announces, has none.
        last = before.span.start
        for stop in SENTENCE_STOP_RE.finditer(text, before.span.start, m.start()):
            last = stop.end()
        if DOUBLE_MARK_RE.search(text, last, before.span.end) is None:
            found.append(RawQuote(block.span, index, True, bare=True, announced=True))
    return found


def find_quote_spans(article: Article) -> list[RawQuote]:
    """Every quote of the article in text order (nested ones after their parent)."""
    found: list[RawQuote] = []
    left_open: str | None = None
    singles_only = not DOUBLE_MARK_RE.search(article.text)
    for index, block in enumerate(article.blocks):
        quotes, left_open = _scan_block(
            article.text, block.span.start, block.span.end, index, left_open
        )
        found.extend(quotes)
        if not quotes and (block.kind in HEADING_KINDS or singles_only):
            single = (
                HEADLINE_SINGLE_RE if block.kind in HEADING_KINDS else BODY_SINGLE_RE
            )
            found.extend(
                RawQuote(Span(m.start(), m.end()), index, True)
                for m in single.finditer(article.text, block.span.start, block.span.end)
            )
    found.extend(_embedded_posts(article, found))
    with_marks = {r.block for r in found}
    found.extend(_transcript_lines(article, found))
    found.extend(_interview_answers(article, with_marks))
    found.extend(_announced_paragraphs(article, with_marks))
    found.sort(key=lambda r: (r.span.start, -r.span.end))
    return found
