"""Direct quotes and who said them.

Two steps:

1. `find_quote_spans` pairs quotation marks paragraph by paragraph: curly and
   straight double quotes, single curly quotes nested inside them, and quotes
   that run over several paragraphs (news style leaves the closing mark off
   when the next paragraph reopens the quote). An opening mark that never
   closes ends at its paragraph: it never swallows the rest of the article.
2. `annotate_quotes` attributes each quote: a cue after it ("…,” Jackson
   continued), a cue before it (Abigail Jackson ... said, “…”), "according
   to ...", or the quote it continues (“…,” she added. “…”). Pronouns go to
   the last speaker of the right kind; unnamed sources ("an assistant U.S.
   attorney") and documents ("the draft") are kept as their description.
   Short quotes without a cue ("tense") and names ("Operation At Large") are
   scare quotes without a speaker.
"""

from __future__ import annotations

import dataclasses as dc
import re

from ..model import (
    Article,
    BlockKind,
    EntityMention,
    Kind,
    Quote,
    QuoteKind,
    Span,
)
from .lexicon import SPEECH_VERBS

OPENERS = "“\""
CLOSERS = "”\""
VERBS = "|".join(sorted(SPEECH_VERBS - {"read", "reads"}, key=len, reverse=True))
WORD = r"(?:(?:[A-Z]\.){2,}|[\w’'-]+)"
SPEAKER = (
    rf"(?:(?:[A-Z][\w.’'-]*(?: (?:of |and |the )?[A-Z][\w.’'-]*)*)"
    r"|(?:(?:a|an|the|one|two|three|four|several|some|another)"
    rf" {WORD}(?: {WORD}){{0,5}})|he|she|they|it|we|I)"
)
SPEAKER_NP = rf"(?P<speaker>{SPEAKER})"
# After the quote: ', Jackson continued.' / ', said Jackson.' / ', she added.'
CUE_AFTER_RE = re.compile(
    rf"^[ ]*(?:{SPEAKER_NP}[ ](?:\w+ly[ ])?(?P<verb>{VERBS})\b"
    rf"|(?P<verb2>{VERBS})[ ](?P<speaker2>{SPEAKER})(?=[.,;]))"
)
# Before the quote: '... said, “' / '... told The Independent: “' / '... that “'
CUE_BEFORE_RE = re.compile(
    rf"\b(?P<verb>{VERBS})\b(?:[ ](?:in|on|at|to)[ ][^“”\".]{{0,60}}?)?"
    r"(?:[ ](?:[A-Z][\w’'-]*[ ]?){1,3})?(?:[ ]that)?[,:]?[ ]*$"
)
# Any speech verb in the sentence before a partial quote ("It says the task
# force would ... to “assist ...”"): its subject is the speaker.
LAST_VERB_RE = re.compile(rf"\b(?P<verb>{VERBS})\b(?!.*\b(?:{VERBS})\b)")
ACCORDING_RE = re.compile(rf"\baccording to {SPEAKER_NP}")
DOC_WORDS = frozenset({"draft", "memo", "document", "report", "email", "letter",
                       "statement", "guide", "plan", "order", "filing", "complaint",
                       "release", "post", "lawsuit", "ruling", "study"})
OUTLET_WORDS = frozenset({"outlet", "newspaper", "network", "paper", "publication",
                          "site", "broadcaster"})
LEADING_CLAUSE_RE = re.compile(r"^(?:[A-Z][a-z]+ing|[A-Z][a-z]+ to|In|At|On|After|"
                               r"While|When|Asked|Speaking)\b[^,]*,[ ]")


@dc.dataclass(slots=True)
class _Raw:
    span: Span
    block: int
    closed: bool
    continues: bool = False
    """True when it reopens a quote left open at the end of the previous block."""
    nested: bool = False


def _opens(text: str, i: int, start: int) -> bool:
    ch = text[i]
    return ch == "“" or (ch == '"' and (i == start or not text[i - 1].isalnum()))


def _closes(text: str, i: int, opened: int) -> bool:
    ch = text[i]
    return ch == "”" or (ch == '"' and i > opened + 1 and not text[i + 1 : i + 2].isalnum())


def find_quote_spans(article: Article) -> list[_Raw]:
    """Pair quotation marks; return top-level quotes and nested single quotes."""
    text = article.text
    found: list[_Raw] = []
    left_open = False  # the previous block ended inside a quote
    for index, block in enumerate(article.blocks):
        opened: int | None = None
        single: int | None = None
        for i in range(block.span.start, block.span.end):
            ch = text[i]
            if opened is None:
                if _opens(text, i, block.span.start):
                    opened, single = i, None
            elif _closes(text, i, opened):
                found.append(_Raw(Span(opened, i + 1), index, True,
                                  left_open and opened == block.span.start))
                opened = None
                left_open = False
            elif ch == "‘" and not text[i - 1].isalnum():
                single = i
            elif ch == "’" and single is not None and not text[i + 1 : i + 2].isalpha():
                found.append(_Raw(Span(single, i + 1), index, True, nested=True))
                single = None
        if opened is not None:
            found.append(_Raw(Span(opened, block.span.end), index, False,
                              left_open and opened == block.span.start))
        left_open = opened is not None
    return sorted(found, key=lambda r: r.span)


@dc.dataclass(slots=True)
class _Speaker:
    name: str
    kind: Kind | None
    is_document: bool = False


def _is_name_like(content: str) -> bool:
    words = re.findall(r"[\w’'-]+", content)
    return bool(words) and all(w[0].isupper() for w in words if len(w) > 3)


class _Attributor:
    """Resolves speaker phrases against entities and earlier speakers."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.last_person: _Speaker | None = None
        self.last_document: _Speaker | None = None
        self.last_any: _Speaker | None = None

    def entity_in(self, span: Span) -> EntityMention | None:
        """The entity a speaker phrase names: the one it ends with.

        "White House spokesperson Abigail Jackson" names Abigail Jackson, not
        the White House; "A senior FBI official" names no entity at all.
        """
        inside = [m for m in self.article.entities if span.contains(m.span)]
        if not inside:
            return None
        last = inside[-1]
        head = self.article.text[span.start : last.span.start].strip().lower()
        if self.article.text[last.span.end : span.end].strip(" ,.’'s"):
            return None
        if head in ("", "the") or last.kind is Kind.PERSON:
            return last
        return None

    def outlet(self, before: int) -> _Speaker | None:
        """The last news organisation named before an offset."""
        for mention in reversed(self.article.entities):
            if mention.span.start < before and mention.kind is Kind.ORGANIZATION and (
                re.search(r"News|Times|Post|Journal|Axios|Reuters|Press|Independent",
                          mention.canonical)
            ):
                return _Speaker(mention.canonical, Kind.ORGANIZATION)
        return None

    def resolve(self, phrase: str, span: Span) -> _Speaker | None:
        phrase = phrase.strip(" ,.")
        lower = phrase.lower()
        if lower in ("he", "she", "i", "we"):
            return self.last_person
        if lower in ("it", "they"):
            return self.last_document or self.last_any
        mention = self.entity_in(span)
        if mention:
            return _Speaker(mention.canonical, mention.kind)
        words = lower.split()
        if words and words[-1] in OUTLET_WORDS:
            return self.outlet(span.start) or _Speaker(phrase, None)
        if words and words[0] in ("a", "an", "the", "one", "two", "three", "four",
                                  "several", "some", "another"):
            return _Speaker(phrase, None, is_document=words[-1] in DOC_WORDS)
        if phrase[:1].isupper():
            return _Speaker(phrase, None)
        return None

    def remember(self, speaker: _Speaker) -> None:
        self.last_any = speaker
        if speaker.is_document:
            self.last_document = speaker
        elif speaker.kind is Kind.PERSON or speaker.kind is None:
            self.last_person = speaker


def _sentence_bounds(article: Article, offset: int) -> Span:
    for sentence in article.sentences:
        if sentence.span.start <= offset < sentence.span.end:
            return sentence.span
    block = next(b for b in article.blocks if b.span.start <= offset <= b.span.end)
    return block.span


def _subject(article: Article, start: int, verb_at: int) -> tuple[str, Span] | None:
    """The subject of the clause that ends at a cue verb."""
    clause = article.text[start:verb_at]
    lead = LEADING_CLAUSE_RE.match(clause)
    skip = lead.end() if lead else 0
    rest = clause[skip:]
    # The subject ends at the first comma (an apposition follows) or the verb.
    head = rest.split(",")[0].strip()
    if not head:
        return None
    s = start + skip + rest.index(head)
    return head, Span(s, s + len(head))


def annotate_quotes(article: Article) -> list[Quote]:
    """Return every quote with its kind and speaker."""
    text = article.text
    raws = find_quote_spans(article)
    who = _Attributor(article)
    quotes: list[Quote] = []
    previous: Quote | None = None
    previous_raw: _Raw | None = None
    for raw in raws:
        if raw.nested:
            quotes.append(Quote(raw.span, QuoteKind.SCARE, None))
            continue
        block = article.blocks[raw.block]
        content = text[raw.span.start + 1 : raw.span.end - (1 if raw.closed else 0)]
        words = len(content.split())
        sentence = _sentence_bounds(article, raw.span.start)
        after = text[raw.span.end : block.span.end]
        before = text[sentence.start : raw.span.start]
        speaker: _Speaker | None = None
        cue: Span | None = None
        group: int | None = None
        starts_sentence = not before.strip() or raw.span.start == block.span.start
        m = CUE_AFTER_RE.match(after)
        if m and (content.rstrip().endswith((",", "?", "!", "—")) or m.group("verb2")):
            group_name = "speaker" if m.group("speaker") else "speaker2"
            phrase_span = Span(raw.span.end + m.start(group_name),
                               raw.span.end + m.end(group_name))
            speaker = who.resolve(m.group(group_name), phrase_span)
            cue = Span(raw.span.end + m.start(), raw.span.end + m.end())
        if speaker is None:
            mb = CUE_BEFORE_RE.search(before) or LAST_VERB_RE.search(before)
            if mb:
                subject = _subject(article, sentence.start, sentence.start + mb.start())
                if subject:
                    speaker = who.resolve(*subject)
                    cue = Span(sentence.start + mb.start(), sentence.start + mb.end())
        if speaker is None and words > 3:
            ma = ACCORDING_RE.search(text[sentence.start : sentence.end])
            if ma:
                phrase_span = Span(sentence.start + ma.start("speaker"),
                                   sentence.start + ma.end("speaker"))
                speaker = who.resolve(ma.group("speaker"), phrase_span)
        continuing = (
            previous is not None
            and previous_raw is not None
            and previous.speaker is not None
            and previous.quote_kind is QuoteKind.SPEECH
            and (
                (previous_raw.block == raw.block
                 and previous.cue is not None
                 and not text[previous.cue.end : raw.span.start].strip(" .,"))
                or (raw.continues and not previous_raw.closed)
                or (starts_sentence and previous_raw.block == raw.block
                    and not text[previous_raw.span.end : raw.span.start].strip(" .,"))
            )
        )
        if speaker is None and continuing and previous is not None:
            speaker = _Speaker(previous.speaker or "", previous.speaker_kind)
            group = previous.group if previous.group is not None else quotes.index(previous)
        if speaker is None and block.kind is not BlockKind.PARAGRAPH:
            kind = QuoteKind.SCARE
        elif speaker is None:
            kind = QuoteKind.SCARE if (words <= 3 or _is_name_like(content)) else QuoteKind.SPEECH
        elif words <= 1 or (_is_name_like(content) and not cue):
            kind, speaker = QuoteKind.SCARE, None
        elif starts_sentence or (content.rstrip().endswith((",", ".", "?", "!")) and (
            not before.strip() or before.rstrip().endswith((",", ":"))
        )):
            kind = QuoteKind.SPEECH
        else:
            kind = QuoteKind.PARTIAL
        quote = Quote(
            raw.span, kind,
            speaker.name if speaker else None,
            speaker.kind if speaker else None,
            cue, group,
        )
        if speaker and kind is not QuoteKind.SCARE:
            who.remember(speaker)
        quotes.append(quote)
        previous, previous_raw = quote, raw
    return quotes
