"""Is a predicted speaker the gold source? Name rules of the quote scorer.

PolNeAR's `Source` is the mention as written: "he", "Trump", "Mr. Trump",
"Clinton’s campaign manager, Robby Mook", "the campaign". The annotator
gives a canonical name ("Donald Trump") or a description ("an assistant U.S.
attorney"). The scorer turns each gold source into the *targets* a right
answer may equal, using only the gold labels and the article's own text,
never the annotator's output (it reads the project's word lists as data:
first names for gender, organisation words and places):

1. The gold source as written.
2. Its *head names*: runs of capitalised words that end the phrase, an
   apposition or come before "of" ("Sen. Ted Cruz (R-Texas)" → Ted Cruz;
   "Clinton’s campaign manager, Robby Mook" → Robby Mook; "Meenakshi Ganguly
   of Human Rights Watch" → Meenakshi Ganguly). A run that modifies a noun
   ("the Clinton campaign", "Trump’s spokeswoman"), follows a preposition
   ("president of Solidarity Strategies") or sits in parentheses is not a
   head name; a leading conjunction, weekday or verb is dropped ("But
   Clinton", "Continued Stone").
3. A head name of one word (a surname, "Trump") is completed from the text:
   the nearest full name (two or more capitalised words, not starting with a
   function word, not possessive) ending with it, before the source if there
   is one, else after it.
4. A pronoun ("he", "she", "they", "who", ...) is replaced by the first head
   name of the nearest earlier gold source of the article that has one,
   completed as in 3. For "he" and "she" a name is skipped when its gender
   (first name, else "Mr."/"Ms." before the surname in the text) is the
   other one, or when it reads as an organisation, a place or a group; if no
   earlier gold source fits, the nearest fitting full name in the text is
   taken. "it", "they" and "we" may also take the nearest earlier
   description.

How good rule 4 is, checked by hand: of 40 random "he"/"she" sources of
the train split that were not used to write the rule, it named the right
person for about 31 (wrong: an unnamed antecedent such as "the retired
neurosurgeon", a relative of the same surname, an organisation it took for
a person). About a quarter of the gold quotes have such a source, so a few
percent of the speaker judgements are themselves wrong, mostly against the
annotator.

A predicted speaker is right when it equals a target after normalisation
(case, determiners, possessive 's, titles such as "Mr." and "Sen.", middle
initials dropped), or when it is a name and it and a head name of the
target name one person: the same surname and, if both give first names, the
same first name ("Trump" matches "Donald Trump"). Two descriptions match
when, cut before their first modifier ("a strategist | for one of these
candidates"), they share the head noun and the words of one contain those of
the other ("the official" / "a senior FBI official").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotated_news.annotators.gender import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES
from annotated_news.annotators.lexicon import (
    NOT_NAMES,
    NOT_PERSON_WORDS,
    ORG_WORDS,
    PLACES,
)
from annotated_news.annotators.vocabulary.honorifics import (
    HONORIFICS as HONORIFIC_ABBREVIATIONS,
)
from annotated_news.annotators.vocabulary.honorifics import (
    HONORIFICS_LOWER,
    NAME_SUFFIXES,
)
from annotated_news.annotators.vocabulary.months import FULL_MONTHS, WEEKDAYS
from annotated_news.annotators.vocabulary.titles import REGNAL_TITLES, TITLE_WORDS

PRONOUNS = frozenset(
    {
        "he",
        "she",
        "i",
        "we",
        "they",
        "it",
        "you",
        "him",
        "her",
        "us",
        "them",
        "who",
        "me",
        "which",
        "that",
    }
)
DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those"})
# Titles dropped when comparing names: "Mr. Trump" is Trump.
# Titles the scorer drops from names. Regnal titles are left out: "Mr. King"
# is named King.
SCORER_TITLES = TITLE_WORDS - REGNAL_TITLES
HONORIFICS = (
    SCORER_TITLES
    | HONORIFICS_LOWER
    | {s.lower() for s in NAME_SUFFIXES}
    | {"gop", "former"}
)
TOKEN_RE = re.compile(r"[^\W_]+(?:[.’'-][^\W_]+)*\.?")
WORD_RE = re.compile(r"[A-Z][\w’'.-]*|[a-z][\w’'-]*|[,()]")
PREPOSITIONS = frozenset(
    {
        "of",
        "at",
        "in",
        "from",
        "for",
        "with",
        "on",
        "to",
        "by",
        "about",
        "against",
        "under",
        "over",
        "into",
    }
)
RUN_STOP = (
    frozenset(
        """
but and as yet so then also still however meanwhile stated continued added said
says asked wrote told
""".split()
    )
    | frozenset(WEEKDAYS)
    | frozenset(FULL_MONTHS)
)
FUNCTION_WORDS = (
    frozenset(
        """
for if when while as after before in on at with from by to the a an this that his
her their our my its of but and or so yet then also still however meanwhile asked
""".split()
    )
    | RUN_STOP
)
JOINERS = frozenset({"of", "and", "for", "de", "van", "von", "la", "le", "del"})
# What may follow a head name inside the phrase: the phrase ends, an
# apposition or parenthesis starts, or a relative clause does.
HEAD_FOLLOWERS = frozenset({",", "(", "who", "and", "which", "said", "says", "of"})
# Words that start what follows the head noun of a description.
POSTMODIFIER_STARTS = frozenset(
    {
        "of",
        "for",
        "to",
        "at",
        "in",
        "with",
        "from",
        "on",
        "who",
        "which",
        "that",
        "whose",
        "speaking",
        "familiar",
        "close",
        "involved",
        "briefed",
    }
)
FULL_NAME_RE = re.compile(
    r"(?<![\w’'])(?:[A-Z][a-z]{1,3}\.|[A-Z][a-z]+|[A-Z]\.)(?:[ ](?:[A-Z][a-z’'-]+|[A-Z]\.))*"
    r"[ ][A-Z][a-z’'-]+(?![\w’'])"
)
# A sentence ends at a full stop that does not close a title or an initial.
SENTENCE_END_RE = re.compile(
    r"".join(rf"(?<!\b{a})" for a in (*HONORIFIC_ABBREVIATIONS, "Jr", "Sr"))
    + r"(?<![ .][A-Z])[.!?][”\"’']*\s+|\n+"
)
# Quoted stretches, marks mixed as they come ("“…," she said. "…").
QUOTED_RE = re.compile(r"[“\"][^“”\"\n]*[”\"]|''.*?''")
SENTENCES_BACK = 8
FIRST_NAME_SET = frozenset(FEMALE_FIRST_NAMES | MALE_FIRST_NAMES)
CAPITALISED_RE = re.compile(r"(?<![\w’'])[A-Z][\w’'-]+")


def tokens(phrase: str) -> list[str]:
    """Lower-case words of a phrase, possessive 's and dots removed."""
    out = []
    for raw in TOKEN_RE.findall(phrase.replace("’", "'")):
        word = raw.lower().rstrip(".")
        word = word.removesuffix("'s").rstrip("'")
        if word:
            out.append(word)
    return out


def name_tokens(phrase: str) -> list[str]:
    """Tokens of a name without titles, determiners or middle initials."""
    words = [w for w in tokens(phrase) if w not in DETERMINERS]
    while words and words[0] in HONORIFICS:
        words.pop(0)
    while len(words) > 1 and words[-1] in HONORIFICS:  # "Jr."
        words.pop()
    if len(words) > 2:
        words = [
            words[0],
            *(w for w in words[1:-1] if len(w.replace(".", "")) > 1),
            words[-1],
        ]
    return words


def is_pronoun(phrase: str) -> bool:
    words = tokens(phrase)
    return len(words) == 1 and words[0] in PRONOUNS


def _run_start(run: list[str]) -> list[str]:
    """Drop what is not the name from the start of a capitalised run.

    A word ending a sentence ("Tuesday. Sanders"), a leading conjunction or
    verb ("But Clinton", "Continued Stone") and a weekday or month are not
    part of the name.
    """
    for k in range(len(run) - 1, -1, -1):
        stem = run[k].rstrip(".")
        if run[k].endswith(".") and len(stem) > 1 and stem.lower() not in HONORIFICS:
            run = run[k + 1 :]
            break
    while run and run[0].lower().rstrip(".") in RUN_STOP:
        run = run[1:]
    return run


def _person_before_of(run: list[str], joiner: str) -> bool:
    """Whether "of" ends a person's name rather than joins an organisation's.

    "Meenakshi Ganguly of Human Rights Watch" ends at "of"; "Department of
    Justice" and "Secretary of State" go on.
    """
    words = [w for w in run if w.lower().rstrip(".") not in SCORER_TITLES]
    return (
        joiner == "of"
        and len(words) >= 2
        and run[-1].lower().rstrip(".") not in SCORER_TITLES
        and not any(w.lower().rstrip(".") in ORG_WORDS for w in words)
    )


def head_names(phrase: str) -> list[str]:
    """Capitalised runs that name who the phrase is (see the module docstring).

    A run inside a parenthesis, one that modifies a noun ("the Clinton
    campaign", "Trump’s"), and one after a preposition ("president of
    Solidarity Strategies") is not a head name.
    """
    words = WORD_RE.findall(phrase)
    runs: list[str] = []
    i = 0
    depth = 0
    while i < len(words):
        w = words[i]
        if w == "(":
            depth += 1
        elif w == ")":
            depth = max(0, depth - 1)
        if depth or not w[0].isupper():
            i += 1
            continue
        j = i
        while (
            j + 1 < len(words)
            and not words[j].endswith(("’s", "'s"))
            and (
                words[j + 1][0].isupper()
                or (
                    words[j + 1] in JOINERS
                    and j + 2 < len(words)
                    and words[j + 2][0].isupper()
                    and not _person_before_of(words[i : j + 1], words[j + 1])
                )
            )
        ):
            j += 1
        run = _run_start(words[i : j + 1])
        follower = words[j + 1] if j + 1 < len(words) else None
        ends = follower is None or follower in HEAD_FOLLOWERS or follower == ")"
        possessive = bool(run) and run[-1].endswith(("’s", "'s"))
        back = i - 1
        if back >= 0 and words[back].lower() in DETERMINERS:
            back -= 1
        after_preposition = back >= 0 and words[back].lower() in PREPOSITIONS
        if run and ends and not possessive and not after_preposition:
            name = " ".join(run)
            if name_tokens(name) and tokens(name)[0] not in DETERMINERS | {"i"}:
                runs.append(name)
        i = j + 1
    return runs


def person_key(name: str) -> tuple[str | None, str] | None:
    """(first name or None, surname) of a name, titles and places before it left out.

    The first name is the word before the surname, initials skipped:
    "Wisconsin Rep. Reid Ribble" → (reid, ribble); "Donald J. Trump" →
    (donald, trump); "Trump" → (None, trump).
    """
    all_words = name_tokens(name)
    words = [w for w in all_words[:-1] if w not in HONORIFICS] + all_words[-1:]
    if not words:
        return None
    surname = words[-1]
    before = [w for w in words[:-1] if len(w.replace(".", "")) > 1]
    return (before[-1] if before else None), surname


def same_person(a: str, b: str) -> bool:
    """Two names of one person: same surname, and same first name if both have one."""
    ka, kb = person_key(a), person_key(b)
    if ka is None or kb is None or ka[1] != kb[1]:
        return False
    return ka[0] is None or kb[0] is None or ka[0] == kb[0]


def description_core(phrase: str) -> list[str]:
    """The words of a description up to its first modifier after the head.

    "a strategist for one of these candidates, speaking on …" → [strategist];
    "the former top aide to President George W. Bush" → [former, top, aide].
    """
    words = []
    for word in re.split(r"(,)|\s+", phrase):
        if not word:
            continue
        if word == "," or word.lower() in POSTMODIFIER_STARTS:
            break
        words.extend(tokens(word))
    return [w for w in words if w not in DETERMINERS]


def same_description(a: str, b: str) -> bool:
    """Two descriptions of one unnamed source (see the module docstring)."""
    ta, tb = description_core(a), description_core(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    return ta[-1] == tb[-1] and (set(ta) <= set(tb) or set(tb) <= set(ta))


def complete_name(name: str, text: str, at: int) -> str:
    """A one-word name completed to the nearest full name in the text ending with it."""
    words = name_tokens(name)
    if len(words) != 1:
        return name
    surname = words[0]
    best: str | None = None
    after: str | None = None
    for match in FULL_NAME_RE.finditer(text):
        candidate = match.group()
        first = candidate.split()[0].lower().rstrip(".")
        if first in FUNCTION_WORDS or candidate.endswith(("’s", "'s")):
            continue
        ctoks = name_tokens(candidate)
        if len(ctoks) < 2 or ctoks[-1] != surname:
            continue
        if match.start() < at:
            best = candidate
        elif after is None:
            after = candidate
    return best or after or name


def gender_in_text(name: str, text: str, first_names: dict[str, str]) -> str | None:
    """'m' or 'f' from a first name, or from "Mr."/"Ms." before the surname."""
    words = name_tokens(name)
    if not words:
        return None
    by_first = next((first_names[w] for w in words[:-1] if w in first_names), None)
    if by_first:
        return by_first
    surname = re.escape(words[-1].title())
    if re.search(rf"\bM(?:s|rs)\.? {surname}\b", text):
        return "f"
    if re.search(rf"\bMr\.? {surname}\b", text):
        return "m"
    return None


def could_be_person(name: str) -> bool:
    """Whether a name may be a person's, as far as the word lists tell.

    Not an organisation, a place or a group: "Republican National Committee",
    "St. Clairsville", "Republicans".
    """
    words = name.split()
    if not words or name in PLACES or words[-1] in PLACES or name in NOT_NAMES:
        return False
    if len(words) == 1 and name.endswith("s") and name[:-1].lower() in GROUP_NOUNS:
        return False  # "Others", "Officials"
    if len(words) == 1 and name.isupper():
        return False  # "HP", "CNN"
    if words[-1].endswith("s") and words[-1][:-1] in NOT_PERSON_WORDS | {
        "Republican",
        "Democrat",
    }:
        return False
    return not any(
        w.lower().rstrip(".") in ORG_WORDS or w in NOT_PERSON_WORDS for w in words
    )


GROUP_NOUNS = frozenset(
    """
other critic supporter official voter democrat republican resident analyst expert
observer source aide delegate leader member protester student worker
""".split()
)
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}


def _possessive_inside(name: str) -> bool:
    return any(w.endswith(("’s", "'s")) for w in name.split())


def _known_person(name: str, known: dict[str, str]) -> bool:
    """Whether a name in the text shows it is a person's.

    It needs a known first name, an honorific, or the surname of a gold
    source of the article: "Sandy Hook" and "Quicken Loans Arena" are no one.
    """
    words = name.split()
    return (
        any(w.lower() in FIRST_NAME_SET for w in words[:-1])
        or words[0].lower().rstrip(".") in HONORIFICS
        or words[-1] in known
    )


def person_referent(
    text: str,
    at: int,
    want: str,
    sources: Sequence[tuple[int, str]],
    first_names: dict[str, str],
) -> str | None:
    """The person a "he" or "she" at `at` refers to (rule 4 of the docstring).

    Sentences are read back from the pronoun's own, up to eight; in the first
    that names a fitting person, a gold source wins over a name in the text,
    and the leftmost wins (the subject comes first). Names in the text are
    full names with evidence of a person (a known first name, an honorific,
    or the surname of a gold source), or the surname of someone the gold
    names as a source elsewhere in the article. Names inside quotation marks
    are not referents.
    """
    starts = [0, *(m.end() for m in SENTENCE_END_RE.finditer(text, 0, at))]
    # Surnames of the people the gold names as sources anywhere in the
    # article: "Mendoza" in the text is then a name, not just a word.
    known: dict[str, str] = {}
    for pos, src in sources:
        for name in head_names(src)[:1]:
            if " and " not in name:
                surname = name.split()[-1]
                known.setdefault(surname, complete_name(surname, text, pos))
    quoted = [m.span() for m in QUOTED_RE.finditer(text, 0, at)]

    def fits(name: str) -> bool:
        words = name.split()
        if words[-1].lower().rstrip(".") in HONORIFICS:
            return False  # "Indiana Gov" (of "Indiana Gov. Mike Pence")
        while len(words) > 1 and (
            words[0].lower().rstrip(".") in HONORIFICS or words[0] in NOT_PERSON_WORDS
        ):
            words = words[1:]  # "Vice President Joe Biden", "Senate Majority Whip …"
        bare = " ".join(words)
        first = words[0].lower().rstrip(".")
        if words[0].rstrip(".") in NOT_NAMES and first not in HONORIFICS:
            return False  # "Several Cruz associates"
        return (
            first not in FUNCTION_WORDS
            and not _possessive_inside(bare)
            and could_be_person(bare)
            and gender_in_text(name, text, first_names) in (None, want)
        )

    for k in range(len(starts) - 1, max(-1, len(starts) - 1 - SENTENCES_BACK), -1):
        a = starts[k]
        b = starts[k + 1] if k + 1 < len(starts) else at
        found: list[tuple[int, int, str]] = []
        for pos, src in sources:
            if a <= pos < min(b, at) and not is_pronoun(src):
                names = head_names(src)
                if names:
                    found.append((0, pos, complete_name(names[0], text, pos)))
        for m in FULL_NAME_RE.finditer(text, a, min(b, at)):
            before = text[max(a, m.start() - 6) : m.start()].split()
            if before and before[-1].lower() in PREPOSITIONS:
                continue  # "Growing up in El Paso, Mendoza …": not the subject
            if not any(qa <= m.start() < qb for qa, qb in quoted):
                found.extend(
                    (1, m.start(), name)
                    for name in head_names(m.group())
                    if len(name.split()) > 1 and _known_person(name, known)
                )
        for m in CAPITALISED_RE.finditer(text, a, min(b, at)):
            full = known.get(m.group())
            if full and not any(qa <= m.start() < qb for qa, qb in quoted):
                found.append((1, m.start(), full))
        fitting = [name for _, _, name in sorted(found) if fits(name)]
        if fitting:
            return fitting[0]
    return None


def targets(
    source: str,
    source_at: int,
    earlier: Sequence[tuple[int, str]],
    text: str,
    first_names: dict[str, str],
) -> list[str]:
    """What a right speaker may be for a gold source (see the module docstring).

    Args:
        source: the gold source as written.
        source_at: its offset in the text.
        earlier: every gold source of the article as (offset, surface), any order.
        text: the article text.
        first_names: lower-case first name -> 'm' or 'f'.
    """
    found = [source]
    if is_pronoun(source):
        pronoun = tokens(source)[0]
        want = PRONOUN_GENDER.get(pronoun)
        if want:
            person = person_referent(text, source_at, want, earlier, first_names)
            if person:
                return [*found, person]
        for at, other in sorted(earlier, reverse=True):
            if at >= source_at or is_pronoun(other):
                continue
            names = head_names(other)
            if names:
                full = complete_name(names[0], text, at)
                if want and (
                    gender_in_text(full, text, first_names) not in (None, want)
                    or not could_be_person(full)
                ):
                    continue
                found.append(full)
                break
            if pronoun in ("it", "they", "we", "which", "that"):
                found.append(other)
                break
        return found
    for name in head_names(source):
        found.extend([name, complete_name(name, text, source_at)])
    return found


def is_name(phrase: str) -> bool:
    """A name rather than a description: every word capitalised but joiners."""
    words = phrase.split()
    return bool(words) and all(w[0].isupper() or w in JOINERS for w in words)


def speaker_right(predicted: str | None, wanted: Sequence[str]) -> bool:
    """Whether a predicted speaker equals one of the targets."""
    if not predicted:
        return False
    for target in wanted:
        if name_tokens(predicted) == name_tokens(target):
            return True
        if same_description(predicted, target):
            return True
        if is_name(predicted) and any(
            same_person(predicted, h) for h in head_names(target)
        ):
            return True
    return False
