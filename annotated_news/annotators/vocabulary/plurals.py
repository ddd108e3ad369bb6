"""Nouns whose plural is not made with -s: "person" -> "people".

Read by the figures annotator ("a 3,000-person quota" counts people) and by
the figures evaluation (to compare unit words in the singular).
"""

from __future__ import annotations

IRREGULAR_PLURALS = {
    "person": "people",
    "man": "men",
    "woman": "women",
    "child": "children",
    "foot": "feet",
    "tooth": "teeth",
    "mouse": "mice",
    "goose": "geese",
}
