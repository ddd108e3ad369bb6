"""A nickname in quotation marks inside a person's name.

'Robert "Bobby" Scott', 'Dwayne "The Rock" Johnson', 'Tomas “Tommy” Berg':
the quoted words are no quote (`quotes`), and the name around them is one
person's (`entities.runs`), named without the nickname ("Tomas Berg").
"""

from __future__ import annotations

import re

NICKNAME_RE = re.compile(r"[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,2}")
"""The words of a nickname: one to three capitalised words."""


def is_nickname(text: str, start: int, end: int) -> bool:
    """Whether the quotation `text[start:end]` (its marks included) is a nickname.

    It stands between a capitalised word (a given name or a title) and
    another, a space on each side.
    """
    before = text[max(0, start - 30) : start]
    after = text[end : end + 30]
    return (
        before.endswith(" ")
        and before.rstrip().rsplit(" ", 1)[-1][:1].isupper()
        and after.startswith(" ")
        and after[1:2].isupper()
        and NICKNAME_RE.fullmatch(text[start + 1 : end - 1]) is not None
    )
