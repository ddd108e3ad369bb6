"""Nouns that head an unnamed source: "two sources", "a senior official".

Read by the credits annotator (an anonymous credit's head word) and by the
quotes annotator ("He called it “pathetic,” one source said": the source
reports the words; the one before the quote said them).
"""

from __future__ import annotations

SOURCE_NOUNS = frozenset(
    """
source sources official officials person people aide aides adviser advisers
advisor advisors staffer staffers employee employees attorney attorneys prosecutor
prosecutors officer officers agent agents lawmaker lawmakers diplomat diplomats
insider insiders executive executives spokesperson spokesman spokeswoman
individual individuals witness witnesses attendee attendees participant
participants analyst analysts investigator investigators expert experts
engineer engineers worker workers player players resident residents student
students teacher teachers doctor doctors nurse nurses lawyer lawyers researcher
researchers scientist scientists manager managers director directors leader
leaders colleague colleagues friend friends relative relatives neighbor neighbors
neighbour neighbours eyewitness eyewitnesses negotiator negotiators
""".split()
)
