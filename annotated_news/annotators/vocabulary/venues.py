"""Venues and events that bear a person's name, and the words around them.

"Roland Garros", "Santiago Bernabeu" read as a person's given name and
surname; the words around them say they are a place or an event (see
`entities._venues`). Every annotator that tells a venue from a person takes
it from here.
"""

from __future__ import annotations

EVENT_NOUNS_AFTER = frozenset(
    """
history final finals semi-final semi-finals semifinal semifinals quarter-final
quarter-finals quarterfinal quarterfinals title titles crown trophy tournament
stadium arena court courts airport
""".split()
)
"""Lower-case nouns after a name that make it a venue or an event: "in
Roland Garros history", "the Roland Garros title", "John F Kennedy airport"."""

VENUES = frozenset(
    """
Roland Garros
Philippe Chatrier
Suzanne Lenglen
Arthur Ashe
Rod Laver
Margaret Court
Santiago Bernabeu
Giuseppe Meazza
Ernst Happel
Jean Bouin
Pierre Mauroy
Geoffroy Guichard
Gerland
Madison Square Garden
John Smith's
Charles de Gaulle
Louis Armstrong
""".strip().splitlines()
)
"""Well-known venues named after people, a place after "at", "in" or "on"
("at Roland Garros", "on Arthur Ashe")."""

VENUE_PREPOSITIONS = frozenset({"at", "in", "on"})
