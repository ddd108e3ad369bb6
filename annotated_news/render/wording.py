"""Counts in words: "1 article", "2 articles", "1 person", "3 people"."""

from __future__ import annotations

IRREGULAR = {
    "person": "people",
    "pair of articles": "pairs of articles",
    "quantity": "quantities",
    "story": "stories",
}


def plural(noun: str) -> str:
    """The plural of a noun the pages count (regular, or listed in IRREGULAR)."""
    if noun in IRREGULAR:
        return IRREGULAR[noun]
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


def counted(count: int, noun: str, grouped: bool = True) -> str:
    """`count` and the noun, singular for exactly one.

    Digits are grouped by commas unless `grouped` is false (log lines that
    tools parse).
    """
    number = f"{count:,}" if grouped else str(count)
    return f"{number} {noun if count == 1 else plural(noun)}"


def heading_case(words: str) -> str:
    """Words that lead a heading or an entry, with a capital: "The draft".

    "first half of 2024" -> "First half of 2024"; the rest is kept as written.
    """
    return words[:1].upper() + words[1:]
