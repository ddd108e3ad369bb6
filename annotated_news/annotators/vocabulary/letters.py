"""Letter classes of names, for regular expressions.

Western and Central European names ("Hernández", "Łukasz", "Živković"): the
Latin-1 letters and the Latin Extended-A block, which alternates capitals and
small letters, so that both classes hold all of it.
"""

from __future__ import annotations

NAME_UPPER = "A-ZÀ-ÖØ-ÞĀ-ž"
NAME_LOWER = "a-zß-öø-ÿĀ-ž"
# A capitalised word of a name, with an apostrophe or hyphen inside
# ("O’Brien", "Jean-Pierre"), for figures' ages in apposition.
NAME_WORD = rf"[{NAME_UPPER}][{NAME_LOWER}’'-]+"

POSSESSIVE = ("’s", "'s", "’", "'")
"""The endings of a possessive, longest first ("Trump’s", "the Joneses’")."""


def without_possessive(word: str) -> str:
    """A word without its possessive ending ("Trump’s" -> "Trump")."""
    for ending in POSSESSIVE:
        if word.endswith(ending):
            return word[: -len(ending)]
    return word
