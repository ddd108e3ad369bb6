"""Is a predicted speaker the gold source? Name rules of the quote scorer.

PolNeAR's `Source` is the mention as written: "he", "Trump", "Mr. Trump",
"Clinton’s campaign manager, Robby Mook", "the campaign". The annotator
gives a canonical name ("Donald Trump") or a description ("an assistant U.S.
attorney"). The scorer turns each gold source into the *targets* a right
answer may equal, using only the gold labels and the article's own text,
never the annotator's output:

1. The gold source as written.
2. Its *head names*: runs of capitalised words that end the phrase or an
   apposition ("Sen. Ted Cruz (R-Texas)" → Ted Cruz; "Clinton’s campaign
   manager, Robby Mook" → Robby Mook). A run that modifies a noun ("the
   Clinton campaign", "Trump’s spokeswoman") is not a head name.
3. A head name of one word (a surname, "Trump") is completed from the text:
   the nearest full name (two or more capitalised words, no title) ending
   with it, before the source if there is one, else after it.
4. A pronoun ("he", "she", "they", "who", ...) is replaced by the nearest
   earlier gold source of the same article that has a head name (for "he"
   and "she", skipping names whose gender, from "Mr."/"Ms." in the text or
   the first name, is the other one), then completed as in 3. "it", "they"
   and "we" may also take the nearest earlier description.

A predicted speaker is right when it equals a target after normalisation
(case, determiners, possessive 's, titles such as "Mr." and "Sen.", middle
initials dropped), or when both are names of one person: the same surname
and, if both give first names, the same first name ("Trump" matches "Donald
Trump"). Two descriptions match when they share the head noun (last word)
and the words of one contain those of the other ("the official" / "a senior
FBI official").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotated_news.annotators.lexicon import TITLE_WORDS

PRONOUNS = frozenset({"he", "she", "i", "we", "they", "it", "you", "him", "her",
                      "us", "them", "who", "me", "which", "that"})
DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those"})
# Titles dropped when comparing names: "Mr. Trump" is Trump.
HONORIFICS = frozenset(TITLE_WORDS | {"mr", "mrs", "ms", "miss", "dr", "sen", "rep",
                                      "gov", "jr", "sr", "ii", "iii", "rev", "lt",
                                      "gen", "sgt", "col", "gop", "former"})
TOKEN_RE = re.compile(r"[^\W_]+(?:[.’'-][^\W_]+)*\.?")
WORD_RE = re.compile(r"[A-Z][\w’'.-]*|[a-z][\w’'-]*|[,()]")
PREPOSITIONS = frozenset({"of", "at", "in", "from", "for", "with", "on", "to", "by",
                          "about", "against", "under", "over", "into"})
RUN_STOP = frozenset("""
but and as yet so then also still however meanwhile stated continued added said
says asked wrote told monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november
december
""".split())
JOINERS = frozenset({"of", "and", "for", "de", "van", "von", "la", "le", "del"})
# What may follow a head name inside the phrase: the phrase ends, an
# apposition or parenthesis starts, or a relative clause does.
HEAD_FOLLOWERS = frozenset({",", "(", "who", "and", "which", "said", "says"})
FULL_NAME_RE = re.compile(
    r"(?<![\w’'])(?:[A-Z][a-z]+\.?|[A-Z]\.)(?:[ ](?:[A-Z][a-z’'-]+|[A-Z]\.))*"
    r"[ ][A-Z][a-z’'-]+(?![\w’'])"
)


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
        words = [words[0], *(w for w in words[1:-1] if len(w.replace(".", "")) > 1),
                 words[-1]]
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
        while j + 1 < len(words) and (
            words[j + 1][0].isupper()
            or (words[j + 1] in JOINERS and j + 2 < len(words) and words[j + 2][0].isupper())
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


def same_person(a: str, b: str) -> bool:
    """Two names of one person: same surname, and same first name if both have one."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if ta[-1] != tb[-1]:
        return False
    return len(ta) == 1 or len(tb) == 1 or ta[0] == tb[0]


def same_description(a: str, b: str) -> bool:
    """Two descriptions of one unnamed source (see the module docstring)."""
    ta = [w for w in tokens(a) if w not in DETERMINERS]
    tb = [w for w in tokens(b) if w not in DETERMINERS]
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
        ctoks = name_tokens(candidate)
        if len(ctoks) < 2 or ctoks[-1] != surname:
            continue
        if any(w.lower().rstrip(".") in TITLE_WORDS for w in candidate.split()[:1]) and (
            len(ctoks) < 2
        ):
            continue
        if match.start() < at:
            best = candidate
        elif after is None:
            after = candidate
    return best or after or name


def gender_in_text(name: str, text: str, first_names: dict[str, str]) -> str | None:
    """'m' or 'f' from "Mr."/"Ms." before the surname in the text, or a first name."""
    words = name_tokens(name)
    if not words:
        return None
    surname = re.escape(words[-1].title())
    if re.search(rf"\bM(?:s|rs)\.? {surname}\b", text):
        return "f"
    if re.search(rf"\bMr\.? {surname}\b", text):
        return "m"
    return next((first_names[w] for w in words[:-1] if w in first_names), None)


PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}


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
        for at, other in sorted(earlier, reverse=True):
            if at >= source_at or is_pronoun(other):
                continue
            names = head_names(other)
            if names:
                full = complete_name(names[0], text, at)
                if want and gender_in_text(full, text, first_names) not in (None, want):
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
        if is_name(predicted) and any(same_person(predicted, h)
                                      for h in head_names(target)):
            return True
    return False
