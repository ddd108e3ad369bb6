"""Two names of one person that the text itself says are one.

"Pope Leo XIV, born Robert Francis Prevost", "Leo XIV (born Robert
Prevost)", "Robert Prevost, who took the name Leo XIV", "Robert Prevost, now
Pope Leo XIV", "Lena Starr, whose birth name is Magdalena Kowalczyk": the
words between two full names join them, and every mention of either takes
the name the person goes by (the regnal, religious or chosen one). Nothing
is joined from outside knowledge: without such words in the article, "Leo
XIV" and "Robert Prevost" stay two names.
"""

from __future__ import annotations

import itertools
import re

from ...model import Kind
from .classify import Name

# Between a name and the name the person was born with or is also called:
# the first name is the one the person goes by.
OTHER_NAME_AFTER_RE = re.compile(
    r",?[ ]\(?(?:who[ ]was[ ])?born[ ](?:as[ ])?"
    r"|,[ ](?:whose[ ](?:birth|given|real|original|legal|secular)[ ]name[ ](?:is|was)"
    r"|née|nee|formerly(?:[ ]known[ ]as)?|born[ ]as|(?:also[ ])?known[ ]as)[ ]"
)
# Between the name a person was born with and the one they took: the second
# is the one the person goes by.
TAKEN_NAME_AFTER_RE = re.compile(
    r",[ ](?:who[ ](?:took|chose|adopted|assumed)[ ]the[ ]"
    r"(?:papal[ ]|regnal[ ]|religious[ ])?name(?:[ ]of)?|now|later)[ ]"
)


def _full(name: Name) -> str:
    return " ".join(name.words)


def aliases(names: list[Name], text: str) -> dict[str, str]:
    """Map each other name of a person to the name the person goes by.

    Only two people named next to each other in the same sentence, with one
    of the phrases above (and the second name's title, "Pope", "Cardinal")
    between them, are joined.
    """
    people = sorted(
        (n for n in names if n.kind is Kind.PERSON and len(n.words) > 1),
        key=lambda n: n.span.start,
    )
    found: dict[str, str] = {}
    for first, second in itertools.pairwise(people):
        between = text[first.span.end : second.span.start]
        if len(between) > 60 or "\n" in between:
            continue
        if second.title and between.endswith(second.title + " "):
            between = between[: -len(second.title) - 1]
        if OTHER_NAME_AFTER_RE.fullmatch(between):
            goes_by, other = _full(first), _full(second)
        elif TAKEN_NAME_AFTER_RE.fullmatch(between):
            goes_by, other = _full(second), _full(first)
        else:
            continue
        if goes_by != other:
            found.setdefault(other, found.get(goes_by, goes_by))
    return found
