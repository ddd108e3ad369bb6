"""A lone surname the site knows is a person wherever an article writes it.

An article that writes "Noem" with no cue around it (no speech verb, title,
possessive, ...) and never "Kristi Noem" gives its annotator no reason to
call the word a person: the annotators read one article at a time. Once
every article is read, the site may know the name: when the full names
articles write of that surname are of one person, or one of them has four
fifths of their mentions (`entities.known_surnames`: the rule that joins a
lone surname to a full name, so ties are refused the same way), each
capitalised occurrence of the surname that no annotation covers becomes a
mention of that person, canonical name the surname itself
(`EntityMention.site` set), where the word is a name:

- the surname is no word of another reading: not a place, a month, a title
  or an honorific, a word for people, an organisation word, a people's
  adjective, a given name ("Warren", "Graham": a person called by a given
  name is as likely), nor one of `SURNAME_WORDS` ("Holland", "Law");
- the article does not write it in lower case ("Brown" where "brown" is
  written), names nothing with it itself ("Trump Organization", "Ivanka
  Trump": the article's own reading stands), and the word is whole (not
  "Trump-era", "anti-Trump", "#Trump");
- no capitalised word stands right before or after it on its line ("Fred
  Trump", "Trump Tower"), but a word that opens a sentence ("But Trump
  won"), and no other reading of `_reading` holds (a place after "in", a
  work, a firm in a list, a team sheet, "told the Guardian that", ...);
- at the start of a sentence, where a capital says nothing ("Early in
  the day"), only before a verb ("Trump has promised") or when the
  article also writes it inside a sentence;
- no role written before it anywhere in the article that no title of the
  site's person holds ("Happy Mondays dancer Bez" beside the chief
  executive Ulrich Bez): the article means another person of the name;
- in a headline or subheading in Title Case, where every word is
  capitalised, only when the rest of the article names the person by the
  surname too or a verb follows it ("Noem Vows to ..."), not after a given name ("Ivanka Trump Says") nor before an
  organisation or place word ("Trump Tower", "Trump Organization").

The mentions live on the article (`Article.entities`), so its page, the
name's page, `annotations.jsonld`, related articles and stories all show
them; their element ids are taken after the article's own, so no existing
id changes (`ids.more_ids`). An article's cache key stands for its
annotations in the build's digests: `site_keys` adds its site mentions to
it, so an edit that adds or removes a full name in one article changes the
pages of the others, as a cold build does.
"""

from __future__ import annotations

import dataclasses as dc
import enum
import functools
import hashlib
import re
from collections.abc import Iterator

from ..annotators.entities import WORK_NOUN_BEFORE_RE
from ..annotators.entities.capitalised import (
    BEFORE_WORD_RE,
    WORD_RE,
    capitalised_of,
)
from ..annotators.entities.join import writes_word
from ..annotators.entities.runs import title_case_blocks
from ..annotators.gender import is_given_name
from ..annotators.lexicon import (
    NAME_JOINERS,
    NOT_NAMES,
    NOT_PERSON_WORDS,
    ORG_WORDS,
    PLACES,
    SINGLE_ORGS,
    SPEECH_VERBS,
    SURNAME_WORDS,
)
from ..annotators.vocabulary.demonyms import is_demonym
from ..annotators.vocabulary.honorifics import HONORIFICS_LOWER
from ..annotators.vocabulary.letters import POSSESSIVE, without_possessive
from ..annotators.vocabulary.months import MONTHS
from ..annotators.vocabulary.people_nouns import (
    PEOPLE_NOUNS,
    PERSON_NOUNS,
    is_people_plural,
)
from ..annotators.vocabulary.titles import (
    POSITION_NOUNS,
    ROLE_NOUNS,
    TITLE_NOUNS,
    TITLE_WORDS,
)
from ..annotators.vocabulary.verbs import (
    DO_FORMS,
    HAVE_FORMS,
    HEADLINE_ACTION_VERBS,
    IRREGULAR_PAST,
    MODALS,
    NOT_PAST_ED,
)
from ..model import Article, EntityMention, Kind, Span
from .entities import NamesOf, known_surnames, names_of

JOINED_BY = frozenset({"of", "for", "de", "du", "van", "von"})
"""Words that join a capitalised word before them into one name with the
word after ("Friends of Abe"); not "and", which lists people."""
OPENING_QUOTES = frozenset("“\"‘'")
QUOTED_RE = re.compile(r"[,.!?]?[”\"’'](?!s\b)")
"""A closing quotation mark right after a word, perhaps after its stop."""
LIST_SEPARATORS = (", ", " and ", " or ")
AUXILIARIES = HAVE_FORMS | MODALS | DO_FORMS | {"is", "was", "also"}
"""Words after a subject at a sentence start that say it does something."""
PAST_VERBS = IRREGULAR_PAST | {"set"}
"""Verbs in the past not in "-ed" that a person's name may open a sentence
with ("set" too, which the dates leave out for "set to" looks ahead)."""
NOT_VERBS_ED = NOT_PAST_ED | {"breed"}
"""Words in "-ed" that are no past verb."""
NOT_NOUNS = frozenset(
    "and or of in on at to for with from by as is was are were has had have said".split()
)
"""Lower-case words after "the" and a name that are no noun the name is
said of ("the Rock and Roll Hall of Fame", "the Guardian said")."""
NOT_BEFORE = frozenset({"in"})
"""Lower-case words after which a capitalised word is a place ("in
Wellington"); not "at" or "to" ("aimed at Trump", "said to Trump")."""
AWARD_FOR_RE = re.compile(
    r"\b(?:best|awards?|Oscars?|Baftas?|Emmys?|Golden[ ]Globes?|nominated|nominations?)"
    r"\b[^.;:!?]{0,40}[ ]for[ ]$"
)
"""An award and "for" before a name: the work it was won for ("won best actor
for Kinsey", "an Oscar nomination for Ray"), no person."""
EPONYM_RE = re.compile(r"[’']s?[ ](?:disease|syndrome|law|principle|theorem)\b")
"""A possessive before what a person's name is given to ("Parkinson's
disease")."""
ROSTER_SEPARATORS = 3
ROSTER_CAPITALS = 0.7
"""A line with at least this many commas and semicolons and this share of
capitalised words is a list of names (a team sheet: "Cech, Ferreira,
Carvalho, Terry, Gallas"): a surname there is one of many people's."""
ROLES_BEFORE = TITLE_NOUNS | ROLE_NOUNS | POSITION_NOUNS | PEOPLE_NOUNS | PERSON_NOUNS
"""A role written right before a name says who the article means itself
("dancer Bez", "top scorer Ronaldo"): maybe not the person the site knows."""
LINE_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*")
SPACES = " \t\u00a0"
"""What separates two words of one name on a line."""


@functools.cache
def may_stand_alone(word: str) -> bool:
    """Whether a surname, alone, reads as nothing but the name (see above)."""
    low = word.lower()
    return (
        len(word) > 1
        and any(c.islower() for c in word[1:])  # no acronym
        and word.replace("-", "").replace("’", "").replace("'", "").isalpha()
        and word not in PLACES
        and word not in NOT_PERSON_WORDS
        and word not in SURNAME_WORDS
        and word not in NOT_NAMES
        and word not in SINGLE_ORGS
        and low not in ORG_WORDS
        and low not in MONTHS
        and low not in TITLE_WORDS
        and low not in HONORIFICS_LOWER
        and low not in PEOPLE_NOUNS
        and not is_demonym(word)
        and not is_people_plural(word)
        # "Catholics", "Democrats": people of a faith or a party
        and not (word.endswith("s") and word[:-1] in NOT_PERSON_WORDS)
        and not is_given_name(word)
    )


def drop_site_mentions(article: Article) -> None:
    """Take away the mentions an earlier index run added (a corpus built again)."""
    if any(m.site for m in article.entities):
        article.entities = [m for m in article.entities if not m.site]


def _word_before(text: str, start: int) -> str | None:
    """The word right before `start` on the same line, past spaces only."""
    at = start
    while at > 0 and text[at - 1] in SPACES:
        at -= 1
    if at == start:
        return None
    return _word_ending(text, at)


def _word_ending(text: str, at: int) -> str | None:
    """The word that ends at `at`, if one does."""
    if at == 0 or not text[at - 1].isalpha():
        return None
    begin = at
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "’'-."):
        begin -= 1
    return text[begin:at]


def _word_after(text: str, end: int) -> str | None:
    """The word right after `end` on the same line, past spaces only."""
    at = end
    while at < len(text) and text[at] in SPACES:
        at += 1
    if at == end or at == len(text) or not text[at].isalpha():
        return None
    stop = at
    while stop < len(text) and (text[stop].isalnum() or text[stop] in "’'-"):
        stop += 1
    return text[at:stop]


def _capitalised(word: str | None) -> bool:
    """A word whose first letter is a capital, and no function word ("But")."""
    if word is None or word.strip("-’'.") in NOT_NAMES:
        return False
    first = next((c for c in word if c.isalpha()), "")
    return first.isupper()


@dc.dataclass(slots=True)
class _Found:
    """One occurrence of a known surname in an article."""

    span: Span
    word: str
    titled: bool
    """Inside a headline or subheading in Title Case."""
    opening: bool = False
    """First word of its sentence, where a capital says nothing."""


def _occurrences(article: Article, surnames: frozenset[str]) -> list[_Found]:
    """Whole occurrences of known surnames that no annotation of it covers."""
    text = article.text
    # Most articles write no known surname, or name its person themselves:
    # their distinct words outside their own names (read once, in the
    # per-article stage) say so before any occurrence is placed.
    wanted = {
        w
        for w in surnames.intersection(capitalised_of(article))
        if may_stand_alone(w) and not writes_word(text, w.lower())
    }
    if not wanted:
        return []
    own = [m.span for m in article.entities]
    orgs = [m.span for m in article.entities if m.kind is Kind.ORGANIZATION]
    org_ends = {s.end for s in orgs}
    org_starts = {s.start for s in orgs}
    titled = [article.blocks[i].span for i in sorted(title_case_blocks(article))]
    out: list[_Found] = []
    for start, word in sorted(_places(text, wanted)):
        span = Span(start, start + len(word))
        if any(s.overlaps(span) for s in own):
            continue  # inside an annotation of its own
        if _listed_with(text, span, org_ends, org_starts):
            continue
        out.append(
            _Found(
                span,
                word,
                any(b.contains(span) for b in titled),
                _opens_sentence(text, start),
            )
        )
    return out


def _places(text: str, words: set[str]) -> Iterator[tuple[int, str]]:
    """Where each word stands whole (`WORD_RE`), its possessive allowed."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if (
                at == 0 or not BEFORE_WORD_RE.match(text, at - 1)
            ) and without_possessive(
                WORD_RE.match(text, at).group()  # type: ignore[union-attr]
            ) == word:
                yield at, word
            at = text.find(word, end)


def _listed_with(text: str, span: Span, ends: set[int], starts: set[int]) -> bool:
    """In a list beside an organisation: a firm's name, as its neighbours are.

    "sells at Macy's, Nordstrom, Lord & Taylor".
    """
    for sep in LIST_SEPARATORS:
        if text.startswith(sep, span.end) and span.end + len(sep) in starts:
            return True
        at = span.start - len(sep)
        if text.startswith(sep, at) and (at in ends or at - 2 in ends):
            return True  # "Macy's, Nordstrom": the name before its "'s"
    return False


class Reading(enum.Enum):
    """What an occurrence of a known surname outside Title Case is."""

    PERSON = "person"
    UNSURE = "unsure"
    """Maybe another person of the name (a team sheet, a role of its own)."""
    OTHER = "other"
    """Something named after a person, or a place: so is every other
    occurrence of the word in the article ("the biopic Kinsey ... best
    actor for Kinsey")."""


def _opens_sentence(text: str, at: int) -> bool:
    """Whether only spaces, quotes or brackets stand between `at` and a stop."""
    while at > 0 and text[at - 1] in " \t“\"‘'([":
        at -= 1
    return at == 0 or text[at - 1] in ".!?:;\n—–-"


def _reading(text: str, found: _Found) -> Reading:
    """How an occurrence outside Title Case reads (see the module docstring).

    Something else than the person: after "in", "The" or an honorific
    (the annotator reads titles itself), after a work's noun ("the biopic
    Kinsey") or an award and "for" ("won best actor for Kinsey"), in quotation marks alone ("“Hannity,”"), before a possessive
    and a noun named after people ("Parkinson's disease"), beside another
    capitalised word, or before or after "of" and one ("Friends of Abe",
    "the Sands of Time"), or before a place after its comma ("Wakefield,
    Massachusetts"). Maybe another person: in a team sheet, or after a role
    of its own ("dancer Bez").
    """
    start, end = found.span.start, found.span.end
    before = _word_before(text, start)
    opening = before is not None and _opens_sentence(text, start - len(before))
    if before is not None and (
        before.rstrip(".").lower() in HONORIFICS_LOWER
        or before.lower() in NOT_BEFORE
        or before == "The"
        or WORK_NOUN_BEFORE_RE.search(text, max(0, start - 24), start)
        or (before == "for" and AWARD_FOR_RE.search(text, max(0, start - 60), start))
    ):
        return Reading.OTHER
    if before is not None and before in JOINED_BY:
        at = start - len(before) - 1
        first = _word_before(text, at)
        # "Friends of Abe"; not "Critics of Quillon" opening a sentence
        if _capitalised(first) and not _opens_sentence(text, at - 1 - len(first or "")):
            return Reading.OTHER
    if EPONYM_RE.match(text, end):
        return Reading.OTHER  # "Parkinson's disease"
    if QUOTED_RE.match(text, end) and text[start - 1 : start] in OPENING_QUOTES:
        return Reading.OTHER  # “Hannity,”: a programme's or a work's title
    if text.startswith(", ", end) and _word_after(text, end + 1) in PLACES:
        return Reading.OTHER
    if before is not None and (
        before[0].isupper() and not (opening and before in NOT_NAMES)
    ):
        return Reading.OTHER  # "Fred Trump", "Like Beckham" in a title
    possessive = any(text.startswith(ending, end) for ending in POSSESSIVE)
    if possessive and text[start : end + 2].replace("’", "'") in SINGLE_ORGS:
        return Reading.OTHER  # "Fitch and Moody's": a firm named so
    if before == "the":
        # "the Trump campaign", "the Castro government": a person's name
        # before a noun; "told the Guardian", "the Rock's future", "the
        # Rock and Roll Hall of Fame" name a thing
        after = _word_after(text, end)
        if (
            possessive
            or after is None
            or not after.islower()
            or after in NOT_NOUNS
            or after.capitalize() in NOT_NAMES  # "told the Guardian that"
        ):
            return Reading.OTHER
    if not possessive:
        after = _word_after(text, end)
        if after is not None and after[0].isupper():
            return Reading.OTHER  # "Trump Tower", "Sands Of Time"
        if after == "of" and _capitalised(_word_after(text, end + 3)):
            return Reading.OTHER  # "the Sands of Time"
    if _roster(text, start, end):
        return Reading.UNSURE
    if before is not None and before.lower() in ROLES_BEFORE:
        return Reading.UNSURE
    return Reading.PERSON


def _verb_after(text: str, end: int) -> bool:
    """Whether a finite verb follows a word.

    An auxiliary ("has", "will"), a verb in the past ("toured", "won":
    `PAST_VERBS`) or a speech verb. Not a noun or a preposition ("Early in", "Major companies", "Read the").
    """
    after = _word_after(text, end)
    if after is None or not after.islower():
        return False
    return (
        after in AUXILIARIES
        or after in SPEECH_VERBS
        or (after.endswith("ed") and len(after) > 4 and after not in NOT_VERBS_ED)
        or after in PAST_VERBS
    )


def _title_verb_after(text: str, end: int) -> bool:
    """In Title Case, a verb of what a person says or does follows the word.

    "Noem Vows to Finish the Job", "Quillon Warns of Delays": a speech
    verb, or a verb of `HEADLINE_ACTION_VERBS`; not a noun ("Quillon Tower").
    """
    after = _word_after(text, end)
    if after is None:
        return False
    low = after.lower()
    return low in SPEECH_VERBS or low in HEADLINE_ACTION_VERBS or low in AUXILIARIES


def _roster(text: str, start: int, end: int) -> bool:
    """Whether the word stands in a list of names (a team sheet).

    Between commas (or a colon and a comma) with a capitalised word on
    each side ("Carroll, Gary Neville, Brown, Ferdinand"), or on a line of
    such names (`ROSTER_CAPITALS`).
    """
    if text[start - 2 : start] in (", ", ": ", "; ") and text[end : end + 2] in (
        ", ",
        "; ",
    ):
        before = _word_ending(text, start - 2)
        after = _word_after(text, end + 1)
        if _capitalised(before) and _capitalised(after):
            return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if line.count(",") + line.count(";") < ROSTER_SEPARATORS:
        return False
    # "Everitt for Mapletoft (53), Hodgson for Edwards (77)": the words
    # that join names in a list of changes do not count.
    words: list[str] = [w for w in LINE_WORD_RE.findall(line) if w not in NAME_JOINERS]
    capitals = sum(w[0].isupper() for w in words)
    return capitals >= ROSTER_CAPITALS * len(words)


def _names_in_title(text: str, found: _Found, body_text: str) -> bool:
    """In Title Case: not after a given name, not before a place or firm word."""
    before = _word_before(text, found.span.start)
    after = _word_after(text, found.span.end)
    if before is not None and (is_given_name(before) or before in PLACES):
        return False
    if after is None:
        return True
    return (
        after not in NOT_PERSON_WORDS
        and after.lower() not in ORG_WORDS
        and f"{found.word} {after}" not in body_text
    )


def _own_role(text: str, found: _Found, roles: frozenset[str]) -> bool:
    """A role written right before the surname that the site's person never has.

    "Happy Mondays dancer Bez" where the site knows Ulrich Bez as a chief
    executive: the article means someone else by the word, everywhere in it.
    """
    before = _word_before(text, found.span.start)
    return (
        before is not None
        and before.lower() in ROLES_BEFORE
        and before.lower() not in roles
    )


def site_mentions(
    article: Article,
    surnames: frozenset[str],
    roles: dict[str, frozenset[str]] | None = None,
) -> list[EntityMention]:
    """The mentions of known surnames the site adds to one article.

    `roles`: the words of the titles the site's person of each surname has
    where an article names them in full ("chief", "executive").
    """
    text = article.text
    found = _occurrences(article, surnames)
    readings = [None if f.titled else _reading(text, f) for f in found]
    other = {f.word for f, r in zip(found, readings, strict=True) if r is Reading.OTHER}
    # A role of its own before the word anywhere in the article, one the
    # site's person never has, says the article means another person of
    # the name: none of its occurrences is the site's person.
    other |= {
        f.word
        for f in found
        if not f.titled and _own_role(text, f, (roles or {}).get(f.word, frozenset()))
    }
    body = [
        f
        for f, r in zip(found, readings, strict=True)
        if r is Reading.PERSON and f.word not in other
    ]
    # At a sentence start a capital says nothing ("Early in the day"): the
    # word is hers there when the article writes it so inside a sentence
    # too, or when a verb follows it ("Trump has promised", "Noem toured").
    inside = {f.word for f in body if not f.opening}
    body = [f for f in body if f.word in inside or _verb_after(text, f.span.end)]
    confirmed = {f.word for f in body}
    if any(
        f.titled and (f.word in confirmed or _title_verb_after(text, f.span.end))
        for f in found
    ):
        titled = title_case_blocks(article)
        body_text = "\n".join(
            article.slice(b.span)
            for i, b in enumerate(article.blocks)
            if i not in titled
        )
        body += [
            f
            for f in found
            if f.titled
            and (f.word in confirmed or _title_verb_after(text, f.span.end))
            and _names_in_title(text, f, body_text)
            and not _roster(text, f.span.start, f.span.end)
        ]
    return sorted(
        (EntityMention(f.span, Kind.PERSON, f.word, site=True) for f in body),
        key=lambda m: m.span.start,
    )


def _roles(
    articles: list[Article], surnames: frozenset[str], names: NamesOf
) -> dict[str, frozenset[str]]:
    """The words of the titles full names of each known surname have on the site.

    "Aston Martin chief executive Ulrich Bez" gives "Bez" the words
    "aston", "martin", "chief", "executive".
    """
    words: dict[str, set[str]] = {}
    for article in articles:
        for kind, name, title, _ in names[article.slug].titles:
            if kind is not Kind.PERSON or not title:
                continue
            parts = name.split()
            if len(parts) > 1 and parts[-1] in surnames:
                words.setdefault(parts[-1], set()).update(title.lower().split())
    return {surname: frozenset(found) for surname, found in words.items()}


def add_site_mentions(
    articles: list[Article], names: NamesOf | None = None
) -> dict[str, list[EntityMention]]:
    """Add every site mention to its article; return them by article slug.

    Mentions an earlier run added are taken away first, so that the result
    depends on the articles' own annotations only. `names`: the articles'
    name parts by slug, of their own mentions (`entities.names_of`).
    """
    for article in articles:
        drop_site_mentions(article)
    names = names_of(articles, names)
    surnames = frozenset(known_surnames(articles, names))
    added: dict[str, list[EntityMention]] = {}
    if not surnames:
        return added
    roles = _roles(articles, surnames, names)
    for article in articles:
        mine = site_mentions(article, surnames, roles)
        if mine:
            added[article.slug] = mine
            article.entities = sorted(
                [*article.entities, *mine], key=lambda m: m.span.start
            )
    return added


def site_keys(
    keys: dict[str, str],
    articles: list[Article],
    added: dict[str, list[EntityMention]],
) -> dict[str, str]:
    """Cache keys by seed, each with the site mentions of its article.

    A cache key stands for an article's annotations wherever the build
    digests what a page or a kept index result is made of; the site
    mentions come from other articles, so they are added to it.
    """
    if not added:
        return keys
    out = dict(keys)
    for article in articles:
        mentions = added.get(article.slug)
        key = keys.get(article.seed)
        if mentions and key is not None:
            digest = hashlib.blake2b(digest_size=12)
            for m in mentions:
                digest.update(f"{m.span.start}:{m.span.end}:{m.canonical}\0".encode())
            out[article.seed] = f"{key}+site-{digest.hexdigest()}"
    return out
