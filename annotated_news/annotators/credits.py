"""Credits: the sources an article attributes its information to.

Rules are an ordered, named table (`RULES`), as for dates: each finds cues
in a sentence and returns the credited phrases. When two credits overlap,
the longer wins, and at equal length the rule listed first. Credits inside
quoted speech are the speaker's, not the article's, and are dropped.

A credited phrase is classified by its words (`classify`):

- an *outlet* when it is a news organisation on the `OUTLETS` table or a
  capitalised name ending in a news word ("Daily News", "Tribune"); "the
  outlet", "the newspaper", ... are resolved to the last outlet the article
  named before them (not its own outlet);
- a *person* or an *organisation* when the phrase is a name the entity
  annotator found;
- *data* when its head word is "data", "statistics" or "figures";
- a *document* when its head word is a document noun ("plan", "memos",
  "guide") with a determiner or in the plural ("according to plan" is not a
  credit; nor is "the report card": its head word is "card");
- *anonymous* when its head word is a source noun ("sources", "officials",
  "a person familiar with ..."), with its count when the text gives one.

Phrases joined by "and" are split where each part is a credit ("documents
seen by NBC News and conversations with six ... prosecutors"); a part that
is not joins the next ("current and former officials").
"""

from __future__ import annotations

import bisect
import dataclasses as dc
import re
from collections.abc import Callable

from ..model import Article, Credit, EntityMention, Kind, QuoteKind, SourceKind, Span
from .vocabulary import outlets
from .vocabulary.number_words import DIGIT_WORDS, TEEN_WORDS
from .vocabulary.source_nouns import DOCUMENT_NOUNS, SOURCE_NOUNS
from .vocabulary.verbs import BE_FORMS, HAVE_FORMS

OUTLETS = """
# canonical name | other ways of writing it
Axios
NBC News | NBC
CBS News | CBS
ABC News | ABC
CNN
Fox News
MSNBC
NPR
PBS
BBC | BBC News
Reuters
Associated Press | AP | the Associated Press | The Associated Press
Agence France-Presse | AFP
Bloomberg | Bloomberg News
Politico | POLITICO
The New York Times | New York Times | the New York Times | the Times
The Washington Post | Washington Post | the Washington Post | the Post
The Wall Street Journal | Wall Street Journal | the Wall Street Journal | the Journal
The Guardian | the Guardian | Guardian
The Independent | the Independent
The Atlantic | the Atlantic
The Hill | the Hill
USA Today | USA TODAY
HuffPost | Huffington Post | the Huffington Post
Breitbart | Breitbart News
ProPublica
Semafor
Vox
Al Jazeera
Xinhua
Los Angeles Times | the Los Angeles Times
The New Yorker | the New Yorker
Newsweek
Time magazine
"""
NEWS_WORDS = "|".join(outlets.NAME_END_WORDS)
OUTLET_REFERENCES = frozenset(
    {
        "outlet",
        "newspaper",
        "paper",
        "network",
        "broadcaster",
        "publication",
        "magazine",
        "website",
        "site",
        "news agency",
        "news site",
        "news outlet",
        "wire service",
    }
)
DATA_NOUNS = frozenset({"data", "statistics", "figures", "numbers", "estimates"})
PLURAL_VAGUE = frozenset(
    "multiple several some many numerous various few dozens".split()
)
DETERMINERS = frozenset("a an the this that these those its their his her".split())
# Words after which a phrase's head noun has been given: "three sources
# *with* knowledge of ...", "a guide *reviewed* by NBC News".
POSTMODIFIERS = re.compile(
    r"\s(?:who|whom|that|which|with|familiar|from|of|in|at|on|for|close|by|"
    r"described|obtained|seen|reviewed|viewed|shared|sent|given|provided|"
    r"cited|prepared|written|released|published|briefed)\b"
)
PREFIXES = re.compile(
    r"^(?:(?:conversations|interviews|discussions)\s+with|a\s+statement\s+from)\s+",
    re.IGNORECASE,
)
# Phrase text: no clause punctuation; a period only inside "U.S." or "D.C.".
PHRASE = r"(?:[^,;:.!?()\[\]—–“”\"\n]|(?<=\b[A-Z])\.)+?"
PHRASE_END = r"(?=\s*(?:[,;:!?()—–“”\"\n]|\.(?:[\s)”’\"]|$)|$))"
COUNT_WORDS = {
    **DIGIT_WORDS,
    **{k: v for k, v in TEEN_WORDS.items() if v <= 12},
    "a": 1,
    "an": 1,
}


@dc.dataclass(frozen=True, slots=True)
class Outlets:
    """The outlet table: every way of writing an outlet -> its name."""

    names: dict[str, str]
    pattern: re.Pattern[str]

    @classmethod
    def parse(cls, text: str) -> Outlets:
        """Read `name | other | ...` lines; `#` starts a comment."""
        names: dict[str, str] = {}
        for line in text.splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                canonical, *others = (p.strip() for p in line.split("|"))
                for written in (canonical, *others):
                    names[written] = canonical
        alternatives = "|".join(
            re.escape(n) for n in sorted(names, key=len, reverse=True)
        )
        generic = rf"(?:[Tt]he\s+)?(?:[A-Z][\w.&'’-]*\s+){{0,3}}(?:{NEWS_WORDS})"
        return cls(
            names, re.compile(rf"(?<![\w-])(?:{alternatives}|{generic})(?![\w-])")
        )

    def name(self, written: str) -> str | None:
        """The outlet a phrase names, or None."""
        text = " ".join(written.split())
        if text in self.names:
            return self.names[text]
        m = self.pattern.fullmatch(text)
        return text.removeprefix("the ") if m else None


OUTLET_TABLE = Outlets.parse(OUTLETS)
OUTLET = OUTLET_TABLE.pattern.pattern
REFERENCE = (
    r"the\s+(?:" + "|".join(sorted(OUTLET_REFERENCES, key=len, reverse=True)) + r")"
)


@dc.dataclass(frozen=True, slots=True)
class Found:
    """A credited phrase before classification."""

    span: Span
    cue: Span
    rule: str
    kind: SourceKind | None = None
    """Set when the rule itself knows the kind (an outlet after "reported")."""


@dc.dataclass(slots=True)
class Context:
    """What the rules read: the article and its names by position."""

    article: Article
    names: dict[tuple[int, int], EntityMention]
    ends: dict[int, EntityMention]
    starts: dict[int, EntityMention] = dc.field(default_factory=dict)
    """The first mention starting at each offset (one lookup, not a scan)."""

    @classmethod
    def of(cls, article: Article) -> Context:
        """The article's entity mentions, keyed by span, by end and by start."""
        starts: dict[int, EntityMention] = {}
        for m in article.entities:
            starts.setdefault(m.span.start, m)
        return cls(
            article,
            {(m.span.start, m.span.end): m for m in article.entities},
            {m.span.end: m for m in article.entities},
            starts,
        )

    def name_in(self, span: Span) -> EntityMention | None:
        """The entity mention that is the whole phrase (a leading "the" aside)."""
        text = self.article.slice(span)
        start = span.start + (4 if text.startswith(("the ", "The ")) else 0)
        return self.names.get((start, span.end))


SAY_VERBS = tuple(
    """
said say says told cautioned confirmed added noted warned described
acknowledged stressed explained insisted
""".split()
)
SAY = "(?:" + "|".join(SAY_VERBS) + ")"
SHOW_VERBS = tuple(
    "show shows showed shown indicate indicates indicated suggest suggests".split()
)
SHOW = "(?:" + "|".join(SHOW_VERBS) + ")"
REPORT_VERBS = tuple(
    "reported reports noted notes wrote writes revealed reveals".split()
)
SEEN_VERBS = ("obtained", "seen", "reviewed", "viewed")
PREPOSITIONS = frozenset(
    "among in at on for with of to from by about into over under after before".split()
)
# What starts a clause: the phrase before a cue begins after it.
CLAUSE_START_RE = re.compile(
    r"(?<!\d),|,(?!\d)|[;:!?()—–“”\"\n]|\.(?=\s)(?<!\b[A-Z]\.)"
)  # a comma between digits groups thousands ("The 5,000 officers said")
LEADING_FILLER = frozenset(
    "and but so yet still then while also meanwhile however instead".split()
)
MAX_BEFORE_WORDS = 14
AUXILIARIES = BE_FORMS | HAVE_FORMS
VERBS_INSIDE = AUXILIARIES | frozenset(
    """
that said say says told showed shows show noted reported reports wrote warned
confirmed added
""".split()
)


def after(ctx: Context, sentence: Span, m: re.Match[str]) -> Span | None:
    """The phrase after a cue, to the end of its clause."""
    text = ctx.article.slice(sentence)
    found = re.compile(rf"\s+({PHRASE}){PHRASE_END}").match(text, m.end())
    if not found:
        return None
    return Span(sentence.start + found.start(1), sentence.start + found.end(1))


def before(ctx: Context, sentence: Span, m: re.Match[str]) -> Span | None:
    """The phrase before a cue, from the start of its clause (filler aside)."""
    text = ctx.article.slice(sentence)
    head = text[: m.start()].rstrip()
    starts = [c.end() for c in CLAUSE_START_RE.finditer(head)]
    begin = starts[-1] if starts else 0
    words = list(re.finditer(r"\S+", head[begin:]))
    if words and words[-1].group().lower() in AUXILIARIES:
        return None  # "had been warned": passive, no one credited
    verbs = [i for i, w in enumerate(words) if w.group().lower() in VERBS_INSIDE]
    if verbs:
        words = words[verbs[-1] + 1 :]  # "an email ... showed the school"
    while words and words[0].group().lower() in LEADING_FILLER:
        words.pop(0)
    if not words or len(words) > MAX_BEFORE_WORDS:
        return None
    if words[0].group().lower() in PREPOSITIONS:
        return None  # "among its participants on ... radio show": no subject
    found = Span(
        sentence.start + begin + words[0].start(),
        sentence.start + begin + words[-1].end(),
    )
    named = ctx.ends.get(found.end)
    if (
        named is not None
        and named.kind is Kind.PERSON
        and named.span.start > found.start
    ):
        return None  # "… and Aaron Sharockman said": a named person speaks
    return found


def through_cue(ctx: Context, sentence: Span, m: re.Match[str]) -> Span | None:
    """The document before a cue together with the cue ("memos obtained by X").

    The shortest phrase before the cue, after "according to" or an "and",
    that is a document ("current and former officials and memos": "memos").
    """
    found = before(ctx, sentence, m)
    if found is None:
        return None
    text = ctx.article.slice(found)
    starts = [0, *(b.end() for b in re.finditer(r"\b(?:according\s+to|and)\s+", text))]
    for start in reversed(starts):
        part = Span(found.start + start, found.end)
        if classify(ctx, part) in (SourceKind.DOCUMENT, SourceKind.DATA):
            return Span(part.start, sentence.start + m.end())
    return None


def person_before(ctx: Context, sentence: Span, m: re.Match[str]) -> Span | None:
    """The person named right before the cue ("Abigail Jackson told ...")."""
    end = sentence.start + len(ctx.article.slice(sentence)[: m.start()].rstrip())
    mention = ctx.ends.get(end)
    return mention.span if mention and mention.kind is Kind.PERSON else None


Phrase = Callable[[Context, Span, re.Match[str]], Span | None]


@dc.dataclass(frozen=True, slots=True)
class Rule:
    """A named cue, where its credited phrase stands, and what it must be."""

    name: str
    cue: re.Pattern[str]
    phrase: Phrase
    kinds: frozenset[SourceKind] | None = None
    """The kinds of source the rule credits (None: any kind)."""
    split: bool = False
    """Whether the phrase may list several sources ("A and B")."""
    words: tuple[str, ...] = ()
    """Text every match of `cue` contains one of (as written, case and all).
    A sentence with none of them is not scanned: a substring test costs far
    less than a regex scan, and most sentences have no cue of most rules."""


def _cue(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


ANY = None
OUTLET_ONLY = frozenset({SourceKind.OUTLET})
RULES: list[Rule] = [
    Rule(
        "according-to",
        _cue(r"\b[Aa]ccording\s+to\b"),
        after,
        ANY,
        split=True,
        words=("ccording",),
    ),
    Rule(
        "reported-by",
        _cue(r"\b(?:(?:first|previously|originally)\s+)?reported\s+by\b"),
        after,
        OUTLET_ONLY,
        words=("reported",),
    ),
    Rule(
        "outlet-reported",
        _cue(
            r"\b(?:(?:has|had|have|previously|first|earlier|also|later|originally|"
            r"initially)\s+)*(?:" + "|".join(REPORT_VERBS) + r")\b"
        ),
        before,
        OUTLET_ONLY,
        words=REPORT_VERBS,
    ),
    Rule(
        "document-by",
        _cue(rf"\b(?:{'|'.join(SEEN_VERBS)})\s+by\s+(?:{OUTLET})"),
        through_cue,
        frozenset({SourceKind.DOCUMENT, SourceKind.DATA}),
        words=SEEN_VERBS,
    ),
    Rule(
        "person-told",
        _cue(rf"\btold\s+(?:{OUTLET})"),
        person_before,
        frozenset({SourceKind.PERSON}),
        words=("told",),
    ),
    Rule(
        "source-said",
        _cue(rf"\b(?:(?:also|later|privately|previously)\s+)?{SAY}\b"),
        before,
        frozenset({SourceKind.ANONYMOUS, SourceKind.DOCUMENT, SourceKind.DATA}),
        words=SAY_VERBS,
    ),
    Rule(
        "document-shows",
        _cue(rf"\b{SHOW}\b"),
        before,
        frozenset({SourceKind.DOCUMENT, SourceKind.DATA}),
        words=SHOW_VERBS,
    ),
]


def split_sources(ctx: Context, span: Span) -> list[Span]:
    """Split "A and B" where both are credits; a part that is not joins the next.

    "documents seen by NBC News and conversations with six current and
    former prosecutors and a senior FBI official" gives three parts; "three
    additional law enforcement and military officials" stays one.
    """
    text = ctx.article.slice(span)
    ands = list(re.finditer(r"\s+and\s+", text))
    bounds = [0, *(m.end() for m in ands)]
    ends = [*(m.start() for m in ands), len(text)]
    parts: list[Span] = []
    begin: int | None = None
    for i, (start, end) in enumerate(zip(bounds, ends, strict=True)):
        first = start if begin is None else begin
        piece = Span(span.start + first, span.start + end)
        if classify(ctx, piece) is None and i + 1 < len(bounds):
            begin = first
            continue
        begin = None
        prefix = PREFIXES.match(ctx.article.slice(piece))
        if prefix:
            piece = Span(piece.start + prefix.end(), piece.end)
        parts.extend(split_by(ctx, piece))
    return parts


def split_by(ctx: Context, span: Span) -> list[Span]:
    """Split "a plan described to NBC News by three sources" in two."""
    text = ctx.article.slice(span)
    for m in re.finditer(r"\s+by\s+", text):
        left = Span(span.start, span.start + m.start())
        right = Span(span.start + m.end(), span.end)
        counted = text[m.end() :].split(" ", 1)[0].lower()
        if counted not in COUNT_WORDS and not counted.isdigit():
            continue  # "an analysis by Lee Epstein" is one document
        if classify(ctx, right) in (
            SourceKind.ANONYMOUS,
            SourceKind.PERSON,
        ) and classify(ctx, left):
            return [left, right]
    return [span]


def head_words(text: str) -> list[str]:
    """The words of a phrase up to where its head noun has been given."""
    text = PREFIXES.sub("", text)
    m = POSTMODIFIERS.search(text)
    core = text[: m.start()] if m else text
    return core.split()


def count_of(text: str) -> int | None:
    """How many sources a phrase counts ("the two sources": 2; "sources": None)."""
    words = PREFIXES.sub("", text).split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words:
        return None
    first = words[0].lower()
    if first.replace(",", "").isdigit():
        return int(first.replace(",", ""))  # "the 5,000 officers"
    head = head_words(text)
    plural = bool(head) and head[-1].lower().endswith(("s", "people"))
    if first in ("a", "an") and plural:
        return None
    return COUNT_WORDS.get(first)


def classify(ctx: Context, span: Span) -> SourceKind | None:
    """What a credited phrase is (see the module docstring), or None."""
    text = PREFIXES.sub("", ctx.article.slice(span)).strip()
    if not text:
        return None
    if OUTLET_TABLE.name(text):
        return SourceKind.OUTLET
    words = head_words(text)
    if not words:
        return None
    lower = [w.lower() for w in words]
    if lower[0] == "the" and " ".join(lower[1:]) in OUTLET_REFERENCES:
        return SourceKind.OUTLET
    mention = ctx.name_in(span)
    if mention is not None:
        return (
            SourceKind.PERSON
            if mention.kind is Kind.PERSON
            else SourceKind.ORGANIZATION
        )
    head = lower[-1].strip("’'")
    if head in DATA_NOUNS and (
        (words[0][0].isupper() and len(words) >= 2) or lower[0] in DETERMINERS
    ):
        return SourceKind.DATA
    determined = lower[0] in DETERMINERS or lower[0] in PLURAL_VAGUE
    if head in DOCUMENT_NOUNS and (determined or head.endswith("s")):
        return SourceKind.DOCUMENT
    if head in SOURCE_NOUNS and not any(_is_name(w) for w in words[1:]):
        return SourceKind.ANONYMOUS
    return None


def _is_name(word: str) -> bool:
    # A capitalised word that is not an acronym: "Kash" in "Director Kash Patel".
    return word[0].isupper() and not word.isupper() and "." not in word


class _OutletsNamed:
    """The other outlets an article names, with where, found when first asked.

    Only "the outlet" and its like need them: most articles have none, and a
    scan of the whole text with the outlet pattern is not cheap.
    """

    def __init__(self, article: Article) -> None:
        self.article = article
        self._found: list[tuple[int, str]] | None = None

    def before(self, at: int) -> list[str]:
        """The outlets named before offset `at`, in text order."""
        if self._found is None:
            self._found = [
                (m.start(), outlet)
                for m in OUTLET_TABLE.pattern.finditer(self.article.text)
                if (outlet := OUTLET_TABLE.name(m.group()))
                and outlet != self.article.meta.outlet
            ]
        return [o for start, o in self._found if start < at]


def _source(ctx: Context, found: Found, named: _OutletsNamed) -> str | None:
    """The source's name or words; None for the article's own outlet."""
    text = ctx.article.slice(found.span)
    if found.kind is SourceKind.OUTLET:
        outlet = OUTLET_TABLE.name(text)
        if outlet is None:  # "the outlet": the last outlet named before
            earlier = named.before(found.span.start)
            outlet = earlier[-1] if earlier else text
        return None if outlet == ctx.article.meta.outlet else outlet
    if found.kind in (SourceKind.PERSON, SourceKind.ORGANIZATION):
        mention = ctx.name_in(found.span)
        return mention.canonical if mention else text
    return text


APPOSITION_END_RE = re.compile(r"\s*(?:[,;:)—–]|\.(?:\s|$)|$)")


def _named_after(ctx: Context, span: Span) -> EntityMention | None:
    """A person named in apposition right after a phrase (", Peter Lindqvist").

    The name must end its clause: in "according to a person familiar with
    it, Miller told …" the name opens the main clause and is no apposition.
    """
    m = re.compile(r",\s+").match(ctx.article.text, span.end)
    if not m:
        return None
    mention = ctx.starts.get(m.end())
    if mention is None or mention.kind is not Kind.PERSON:
        return None
    return (
        mention if APPOSITION_END_RE.match(ctx.article.text, mention.span.end) else None
    )


class _SpanSet:
    """Spans asked "does any of you overlap this span?" in log time.

    Sorted by start with the largest end so far: a span overlaps one of them
    exactly when, among those starting before its end, the largest end lies
    after its start. (A scan of every quote for every phrase was quadratic in
    an article of thousands of quotes.)
    """

    def __init__(self, spans: list[Span]) -> None:
        ordered = sorted(s for s in spans if s.start < s.end)
        self.starts = [s.start for s in ordered]
        self.max_end: list[int] = []
        for s in ordered:
            self.max_end.append(max(s.end, self.max_end[-1] if self.max_end else -1))

    def overlaps(self, span: Span) -> bool:
        if span.start >= span.end:
            return False
        i = bisect.bisect_left(self.starts, span.end) - 1
        return i >= 0 and self.max_end[i] > span.start


def _may_match(rule: Rule, text: str) -> bool:
    """Whether the rule's cue can match in the text (see `Rule.words`)."""
    return not rule.words or any(word in text for word in rule.words)


def annotate_credits(article: Article) -> list[Credit]:
    """Every credit of an article, in text order."""
    ctx = Context.of(article)
    speech = _SpanSet(
        [q.span for q in article.quotes if q.quote_kind is not QuoteKind.SCARE]
    )
    # A sentence is part of the text: a rule that cannot match in the whole
    # text is not tried on any sentence.
    rules = [
        (order, rule)
        for order, rule in enumerate(RULES)
        if _may_match(rule, article.text)
    ]
    found: list[tuple[int, int, int, Found]] = []
    for sentence in article.sentences:
        text = article.slice(sentence.span)
        for order, rule in rules:
            if not _may_match(rule, text):
                continue
            for m in rule.cue.finditer(text):
                phrase = rule.phrase(ctx, sentence.span, m)
                if phrase is None or speech.overlaps(phrase):
                    continue
                cue = Span(
                    sentence.span.start + m.start(), sentence.span.start + m.end()
                )
                parts = split_sources(ctx, phrase) if rule.split else [phrase]
                for part in parts:
                    kind = classify(ctx, part)
                    if kind is None or (rule.kinds and kind not in rule.kinds):
                        continue
                    item = Found(part, cue, rule.name, kind)
                    found.append((part.start, -len(part), order, item))
    kept: list[Found] = []
    kept_end = -1  # kept spans start in order: the largest end decides overlap
    for *_, item in sorted(found, key=lambda f: f[:3]):
        span = item.span
        if span.start < span.end and span.start >= kept_end:
            kept.append(item)
            kept_end = max(kept_end, span.end)
        elif span.start >= span.end:
            kept.append(item)  # an empty span overlaps nothing
    credits = []
    named = _OutletsNamed(article)
    for item in sorted(kept, key=lambda f: f.span.start):
        assert item.kind is not None
        source = _source(ctx, item, named)
        if source is None:
            continue
        kind = item.kind
        count = None
        if kind is SourceKind.ANONYMOUS:
            count = count_of(article.slice(item.span))
            person = _named_after(ctx, item.span)
            if person is not None and (count or 1) == 1:
                # "the finance officer, Priya Raman": named; "two people
                # …, Miller" cannot be one person
                kind, source, count = SourceKind.PERSON, person.canonical, None
        credits.append(Credit(item.span, source, kind, count, item.cue, item.rule))
    return credits
