"""The dateline that opens a news story: where it was filed, and by whom.

Read by the names annotator (the place is no person or organisation) and by
the quotes annotator (the agency is no speaker: in "WASHINGTON (AP) — Tom
Homan said", Homan is the subject, not "AP").
"""

from __future__ import annotations

import re

from .months import month_pattern

# A dateline opening a paragraph: a place in capitals, maybe its country or
# its state as AP abbreviates it, then a date or the agency and a dash
# ("ROME, June 10, 2025 —", "WASHINGTON (Reuters) -", "NEW YORK, Feb 26 -",
# "ROME, Italy —", "NEWARK, N.J. (AP) —", "FRESNO, Calif. (AP) —", a country
# of two or three words: "SEOUL, South Korea (AP) —", "DUBAI, United Arab
# Emirates (AP) —"; two places filed from, "SEOUL/TOKYO, Nov 20 -"), or a
# place in Title Case with its agency ("Washington (CNN) —").
DATELINE_RE = re.compile(
    r"[ ]*[A-Z][A-Z.'-]+(?:[ /][A-Z][A-Z.'-]+)*"
    r"(?:,[ ](?:[A-Z][a-z]+\.?(?:[ ][A-Z][a-z]+){0,2}|(?:[A-Z]\.){2}))?"
    # the whole date, and the agency and dash after it: "BRUSSELS, June 11
    # (Reuters) -", "ROME, June 10, 2025 —"
    rf"(?:,[ ](?:{month_pattern(dotted=True)})[ ]\d{{1,2}}\b(?:,[ ]\d{{4}})?"
    r"(?:[ ]\([A-Z][\w ]*\))?(?:[ ]?[-—–](?=[ ]))?"
    r"|,?[ ]\([A-Z][\w ]*\)[ ]?[-—–]"
    r"|[ ][-—–][ ])"
    # In Title Case only with the agency, which marks it as a dateline:
    # "Washington (CNN) —", "Kyiv, Ukraine (Reuters) -".
    r"|[ ]*[A-Z][a-z.'-]+(?:[ ][A-Z][a-z.'-]+){0,2}(?:,[ ][A-Z][a-z.]+(?:[ ][A-Z][a-z.]+)?)?"
    r"[ ]\([A-Z][\w ]*\)[ ]?[-—–]"
)
