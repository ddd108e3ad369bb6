"""Slugs for page names and element ids, from python-slugify.

Every slug is ASCII lower-case letters, digits and hyphens, so it is safe as a
file name (no "..", no "/") and as an HTML id or URL fragment.

Giving ids calls `slug` about 47 times per article, on text that is nearly
always plain ASCII. For such text (no `&`, which could start an HTML entity,
and no length limit) python-slugify's legacy pipeline comes down to three
steps: lower case, drop commas between digits, and make each run of other
characters one hyphen, trimmed at both ends. `slug` does those steps itself
there (a quarter of the time) and calls python-slugify for everything else;
a test checks both give the same slugs.
"""

from __future__ import annotations

import hashlib
import re

from slugify import slugify

SAFE_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DIGIT_COMMA_RE = re.compile(r"(?<=\d),(?=\d)")
NOT_SLUG_RE = re.compile(r"[^a-z0-9]+")
QUOTE_MARKS = str.maketrans({"“": " ", "”": " ", "«": " ", "»": " ", "‘": "", "’": ""})
"""Quotation marks as python-slugify ends up treating them: text-unidecode
makes “ ” « » '"', '<<', '>>' (separators) and ‘ ’ "'", which the legacy
pipeline then deletes. (‚ and „ become commas, which join digits: not here.)"""


def slug(text: str, max_length: int = 0, word_boundary: bool = True) -> str:
    """Return the slug of `text` ("" when it has no letters or digits)."""
    if not max_length and not text.isascii():
        # Quoted text is ASCII but for its curly marks: keep it on the fast path.
        text = text.translate(QUOTE_MARKS)
    if not max_length and text.isascii() and "&" not in text:
        lowered = text.lower()
        if "," in lowered:  # the look-behind is tried at every character
            lowered = DIGIT_COMMA_RE.sub("", lowered)
        return NOT_SLUG_RE.sub("-", lowered).strip("-")
    # The backend named: "auto" would try to import `unidecode` (not
    # installed) for every slug with a non-ASCII letter, a failed search of
    # sys.path each time: 30 s per MB of quotes in `make stress`.
    return str(
        slugify(
            text,
            max_length=max_length,
            word_boundary=word_boundary,
            save_order=True,
            backend="text-unidecode",
        )
    )


def short_hash(text: str, length: int = 6) -> str:
    """Return a short, stable hex digest of `text` (not Python's `hash`)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


MAX_PINNED_SLUG = 100
"""Characters of a slug pinned in a sidecar (a page's file and URL name)."""


def is_safe_slug(text: str) -> bool:
    """Return whether `text` is already a slug (for sidecar overrides)."""
    return bool(SAFE_SLUG_RE.match(text)) and len(text) <= MAX_PINNED_SLUG
