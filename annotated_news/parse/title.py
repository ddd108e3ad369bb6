"""A readable title for a seed without a headline, derived from its lead.

The lead sentence of a news story is long ("In mid-May, White House deputy
chief of staff Stephen Miller, frustrated over ..., berated ..."). The title
keeps its main clause: a short opening adverbial ("In mid-May,") and
comma-delimited asides are dropped, then the text is cut at a word boundary
before `MAX_CHARS` and ends with an ellipsis when something was cut.
"""

from __future__ import annotations

import re

MAX_CHARS = 90
# A short opening phrase ending in a comma: "In mid-May,", "On Sunday,".
OPENER_RE = re.compile(r"^(?:[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,3},\s+(?=[A-Z“\"])")
# An aside between commas that starts with a participle or relative word.
ASIDE_RE = re.compile(
    r",\s+(?:(?:who|which|where|whose|frustrated|according|a|an|the)\b|\w+(?:ed|ing)\b)"
    r"[^,]*,\s+"
)
# Words a title should not end on.
WEAK_END_RE = re.compile(
    r"\s+(?:a|an|the|of|to|for|and|or|but|in|on|at|by|with|from|as|that|if|"
    r"than|over|who|which|senior|its|their|his|her)$",
    re.IGNORECASE,
)
TRAILING_RE = re.compile(r"[\s,;:—–-]+$")


def derive_title(lead: str) -> str:
    """Return a short title from the first sentence of an article."""
    text = " ".join(lead.split())
    text = OPENER_RE.sub("", text, count=1)
    text = ASIDE_RE.sub(" ", text, count=1)
    text = text.rstrip(".!?”\"’' ")
    if len(text) <= MAX_CHARS:
        return text[:1].upper() + text[1:]
    cut = text[:MAX_CHARS]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    previous = None
    while previous != cut:
        previous = cut
        cut = TRAILING_RE.sub("", WEAK_END_RE.sub("", cut))
    return cut[:1].upper() + cut[1:] + "…"
