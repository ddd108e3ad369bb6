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

PLACE_LAST_WORDS = frozenset(
    """
City Town Forest Garden Gardens Square Road Street Avenue Palace Rovers Athletic
Wanderers Albion Hotspur Argyle Orient Academical Thistle Rangers United Stadium Wednesday
Arena
""".split()
)
"""Last words of the name of a place, a venue or a club ("Crystal Palace",
"Madison Square Garden", "Luton Town", "Nottingham Forest", "Partick
Thistle"), never a person's surname, even after a given name ("Crystal",
"Madison"): in BBC News and PolNeAR's training articles none of them ends a
person's name after a known given name."""

PLACE_LAST_SURNAMES = frozenset("Villa Park Bridge Lane Stanley Field".split())
"""Last words of places, venues and clubs that are surnames too ("David
Villa", "Grace Park", "Wayne Bridge", "Nathan Lane"): the end of a place's
name only after a word that is no given name ("Aston Villa", "Hyde Park",
"Stamford Bridge", "White Hart Lane", "Accrington Stanley")."""

CLUB_FIRST_WORDS = frozenset(
    """
Atletico Atlético Dynamo Dinamo Borussia Olympique Deportivo Bayer Werder
Eintracht Hertha Lokomotiv Spartak Steaua Partizan
""".split()
)
"""First words of a football club's name before its town ("Borussia
Dortmund", "Dynamo Kiev", "Steaua Bucharest"): the run is the club."""

CLUB_LETTERS = frozenset(
    "FC AFC CF SC SV AC AS SK FK BK CD RC VfB VfL TSG RB SSC OGC KRC".split()
)
"""Letters that make a club of the name they open ("FC Utrecht", "SV Werder
Bremen", "VfB Stuttgart", "CD Tondela"): the run is the club, no person."""

CLUB_LETTERS_AFTER = frozenset("FC AFC CF SC AC IF BK FK".split())
"""Letters that make a club of the name they end ("Brentford FC", "Hounslow
AC"); not a product's or an album's ("Pentax Optio SV", "… CD")."""

COMMON_CLUB_FIRST_WORDS = frozenset("Real Inter Sporting Racing".split())
"""First words of clubs' names that are common words too ("Real Time",
"Racing Stripes", "the Real Donald Trump"): a club only before a town of
`CLUB_TOWNS` or a place ("Real Madrid", "Inter Milan", "Sporting Lisbon")."""

CLUB_TOWNS = frozenset(
    """
Madrid Sociedad Betis Zaragoza Mallorca Valladolid Oviedo Murcia Santander
Milan Lisbon Gijon Gijón Braga Genk Strasbourg
""".split()
)
"""Second words of clubs named with a common first word ("Real Sociedad")."""

TEAM_NICKNAMES = frozenset(
    """
Hawks Celtics Nets Hornets Bulls Cavaliers Mavericks Nuggets Pistons Warriors
Rockets Pacers Clippers Lakers Grizzlies Heat Bucks Timberwolves Pelicans
Knicks Thunder Magic 76ers Suns Blazers Kings Spurs Raptors Jazz Wizards
Cardinals Falcons Ravens Bills Panthers Bears Bengals Browns Cowboys Broncos
Lions Packers Texans Colts Jaguars Chiefs Raiders Chargers Rams Dolphins
Vikings Patriots Saints Giants Jets Eagles Steelers 49ers Seahawks Buccaneers
Titans Commanders Diamondbacks Braves Orioles Cubs Reds Guardians Rockies
Tigers Astros Royals Angels Dodgers Marlins Brewers Twins Mets Yankees
Phillies Pirates Padres Mariners Rays Rangers Nationals Ducks Bruins Sabres
Flames Hurricanes Blackhawks Avalanche Stars Oilers Canadiens Predators
Devils Islanders Senators Flyers Penguins Sharks Kraken Blues Lightning
Canucks Capitals Wild Dream Sky Sun Wings Fever Aces Sparks Lynx Liberty
Mercury Storm Mystics Valkyries
""".split()
) | frozenset(
    {
        "Red Sox",
        "White Sox",
        "Blue Jays",
        "Maple Leafs",
        "Red Wings",
        "Blue Jackets",
        "Golden Knights",
        "Trail Blazers",
    }
)
"""The names of the North American major leagues' teams after their towns
("Oklahoma City Thunder", "Golden State Warriors", "Boston Red Sox",
"Seattle Storm"): with a town of `PLACES` or `TEAM_TOWNS` before it, the
run is the team, also in the singular, which the plural rule of
`classify._team_of_place` does not read."""

TEAM_TOWNS = frozenset(
    """
Oklahoma City|Kansas City|Golden State|Tampa Bay|Green Bay|New England|Utah|
Las Vegas|Vegas|Vancouver|Calgary|Edmonton|Winnipeg|Carolina|Orlando|Portland|
Sacramento|Memphis|New Orleans|San Antonio|Charlotte|Cleveland|Milwaukee|
Brooklyn|Atlanta|Pittsburgh|Cincinnati|Buffalo|Jacksonville|Nashville|
St. Louis|Columbus|Anaheim|San Jose|Oakland|Indianapolis|Indiana|Minnesota|
Seattle|Toronto|Montreal|Detroit|Phoenix|Arizona|Tennessee|Dallas|Houston|
Denver|Miami|Boston|Chicago|Philadelphia|Washington|Baltimore|Los Angeles|
LA|New York|New Jersey|San Francisco|San Diego|Colorado|Florida|Tampa|
Connecticut|Ottawa|Texas
""".replace("\n", "").split("|")
)
"""Towns and states of those teams, some of which no place list holds, as
their teams' names write them ("Golden State", "Tampa Bay", "New England")."""


# Football grounds, which stand for their clubs in British sports writing
# ("the Old Trafford boss", "the Anfield boss"): a place, no organisation,
# where an organisation's cue follows (`entities.consistency.used_as_org`).
GROUNDS = frozenset(
    {
        "Old Trafford",
        "Anfield",
        "Stamford Bridge",
        "Goodison",
        "Goodison Park",
        "Villa Park",
        "Elland Road",
        "Ibrox",
        "Parkhead",
        "Molineux",
        "Craven Cottage",
        "Selhurst Park",
        "White Hart Lane",
        "Emirates",
        "Etihad",
        "Highbury",
        "Pittodrie",
        "Hampden",
        "Tynecastle",
        "Easter Road",
        "Turf Moor",
        "Portman Road",
        "Carrow Road",
        "Bramall Lane",
        "Hillsborough",
        "Ewood Park",
        "Fratton Park",
        "Loftus Road",
        "Vicarage Road",
        "St James' Park",
        "St James's Park",
        "Bernabeu",
        "Camp Nou",
        "San Siro",
    }
)
