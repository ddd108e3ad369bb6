"""Words of titles written before a person's name (lower-case).

`TITLE_WORDS` are the words a capitalised title is made of ("Homeland
Security Secretary", "Sen.", "Press Secretary"); `TITLE_NOUNS` the nouns that
end a lower-case title ("White House deputy chief of staff", "a
spokeswoman"); `GENDERED_TITLES` those that give the gender of the person
they name. Every annotator that reads a title takes it from here.
"""

from __future__ import annotations

from .honorifics import HONORIFIC_GENDER, HONORIFICS_LOWER

# Honorifics that are also the first word of names: "St. Louis", "Del Rio",
# "Miss Universe".
NOT_TITLE_HONORIFICS = frozenset({"st", "del", "miss", "mx"})

OFFICE_WORDS = frozenset(
    """
acting adviser advisor agent ambassador assistant attorney captain chair chairman
chairwoman chief commissioner congressman congresswoman councilman councilwoman
counsel deputy detective director general governor judge justice leader mayor
minister officer pope president press prime representative secretary senator
sergeant sheriff speaker special spokesman spokesperson spokeswoman staff
superintendent under vice editor publisher anchor host correspondent columnist
commentator founder chancellor provost consort mp mep msp councillor councilor
alderman alderwoman alderperson consul lieutenant councilmember assemblymember
assemblyman assemblywoman supervisor constable inspector undersecretary
director-general secretary-general attorney-general solicitor-general
governor-general vice-president vice-chancellor editor-in-chief
magistrate prosecutor trustee taoiseach tánaiste tanaiste
administrator ombudsman comptroller treasurer auditor registrar coroner envoy
commander colonel admiral corporal commandant chairperson marshal premier
""".split()
)
# Titles that also open the names of firms and leagues ("Premier Inn",
# "Premier Rugby"): a title only before a name of two words or more
# ("Premier Li Qiang", "Victorian Premier Jacinta Allan").
TITLES_BEFORE_FULL_NAMES = frozenset({"premier"})
# Regnal, noble and religious titles: "Pope Leo XIV", "King Charles III",
# "Cardinal Ruiz", "Sir Keir Starmer". After a first name they are a surname
# ("Martin Luther King Jr.", "Carole King"), not a title.
REGNAL_TITLES = frozenset(
    """
pope king queen prince princess emperor empress sultan emir sheikh crown
cardinal archbishop bishop rabbi imam ayatollah patriarch pastor reverend
sir dame lord princes princesses duke duchess father monsignor nuncio vicar
baroness baron viscount marquess countess
""".split()
)
# A knight's and a dame's titles go with the given name as well as the whole
# name: "Sir Keir" and "Dame Meg" are Sir Keir Starmer and Dame Meg Hillier,
# where "Lord Hermer" and "Baroness Chakrabarti" are written with a surname.
GIVEN_NAME_TITLES = frozenset({"sir", "dame"})
# Titles a monarch or a pope goes by with one name, which is no surname:
# "King George", "Pope Francis", "Prince Harry" are named with the title.
MONARCH_TITLES = frozenset(
    "pope king queen prince princess emperor empress sultan emir crown".split()
)
TITLE_WORDS = OFFICE_WORDS | REGNAL_TITLES | (HONORIFICS_LOWER - NOT_TITLE_HONORIFICS)
"""Words of a title written before a name (matched lower-case, dots removed)."""

SPORT_ROLES = frozenset(
    """
coach manager striker midfielder defender goalkeeper winger forward captain
skipper quarterback linebacker receiver cornerback pitcher shortstop
outfielder infielder catcher batter playmaker centre-back full-back fly-half
scrum-half flanker wicketkeeper all-rounder owner fans players squad boss
""".split()
)
"""Roles in a team written after its name ("Cowboys quarterback", "Lazio
forward", "Napoli coach", "Jets owner"): the name before them is the team."""

TITLE_NOUNS = frozenset(
    """
spokeswoman spokesman spokesperson secretary adviser advisor director staff chancellor
official attorney judge president senator governor mayor commissioner chairman
chairwoman chair agent officer minister ambassador leader manager strategist aide
nominee candidate analyst consultant pollster founder executive professor economist
lawyer representative congressman congresswoman speaker correspondent reporter host
anchor columnist editor chief counsel lobbyist donor activist organizer
deputy czar tsar billionaire tycoon magnate star constable inspector
coach striker midfielder defender goalkeeper winger flanker fly-half scrum-half
full-back captain skipper boss referee umpire batsman bowler jockey
actor actress singer comedian broadcaster presenter producer author novelist
playwright poet musician guitarist drummer rapper chef journalist pundit designer
commentator prosecutor magistrate historian predecessor successor
quarterback linebacker receiver cornerback pitcher shortstop outfielder
infielder playmaker centre-back wicketkeeper all-rounder footballer cricketer
golfer boxer sprinter swimmer cyclist
moderator delegate dissident co-host co-founder treasurer campaigner lawmaker
legislator politician diplomat researcher scientist physicist chemist biologist
mathematician astronomer astronaut epidemiologist virologist surgeon physician
psychologist psychiatrist lecturer filmmaker photographer composer pianist
violinist songwriter screenwriter critic cleric preacher theologian philosopher
blogger podcaster whistleblower
""".split()
)
"""Nouns that end a lower-case title written before a name: offices, the
roles of sport and the arts ("assistant coach", "comedian and broadcaster"),
and other roles only people hold ("debate moderator", "Soviet dissident",
"co-host", "a nuclear physicist"; not roles firms hold too, "developer",
"investor")."""

OPENING_ROLES = frozenset(
    """
coach striker midfielder defender goalkeeper winger flanker fly-half scrum-half
full-back skipper referee umpire batsman jockey actor actress singer comedian
broadcaster presenter novelist playwright poet musician guitarist rapper
journalist pundit commentator quarterback linebacker receiver cornerback
pitcher shortstop outfielder infielder playmaker centre-back wicketkeeper
all-rounder footballer cricketer golfer boxer sprinter swimmer cyclist
critic historian filmmaker photographer composer pianist violinist cellist
songwriter screenwriter choreographer sculptor illustrator cartoonist blogger
podcaster scientist physicist astronaut surgeon psychologist philosopher
campaigner activist whistleblower dissident billionaire tycoon economist
gymnast mountaineer
""".split()
)
"""Roles of sport and the arts that open a sentence before the name of who
holds them ("Singer Shakira", "Footballer Neymar", "Quarterback Dak
Prescott"): a title, no part of the name. No surname among them ("Cook",
"Bowler", "Drummer", "Host" are left out)."""

ROLE_NOUNS = frozenset(
    """
champion winner runner-up finalist semi-finalist medallist medalist titleholder
""".split()
)
"""Roles a team or a work holds too: a title before a person's name ("former
champion Mats Wilander", "three-time winner"), but not in an apposition
("Last year's big winner, Lost In Translation,") nor before a name the
article uses as an organisation's ("former European champion Borussia
Dortmund" whose shares fell)."""

RANK_WORDS = frozenset({"number", "no"})
RANK_NUMBERS = frozenset({"one", "two", "three", "1", "2", "3"})
"""A ranking written before a name ends a title as a title noun does:
"world number one Jannik Sinner", "British No 1 Jack Draper"."""

TITLE_INITIALS = frozenset({"AG", "CM", "DA", "GM", "MP", "PM", "VP", "QC", "KC", "DJ"})
"""Titles in two capitals before a name ("AG Lynch", "DA Ruiz"), not a
person's initials ("JD Vance")."""

INITIALS_WRITTEN_OUT = {
    "ag": "attorney general",
    "cm": "chief minister",
    "da": "district attorney",
    "gm": "general manager",
    "pm": "prime minister",
    "vp": "vice president",
}
"""The office that initials stand for, so that "the PM said" is the one
person named earlier as "Prime Minister X"."""

SAME_OFFICE = {
    **dict.fromkeys(
        "congressman congresswoman congressmember".split(), "representative"
    ),
    **dict.fromkeys("chairman chairwoman chairperson".split(), "chair"),
    **dict.fromkeys("spokesman spokeswoman".split(), "spokesperson"),
    **dict.fromkeys(
        "councilman councilwoman councillor councilor".split(), "councilmember"
    ),
    **dict.fromkeys("assemblyman assemblywoman".split(), "assemblymember"),
    **dict.fromkeys("alderman alderwoman".split(), "alderperson"),
}
"""Office words that name one office, so that "the congresswoman said" is
the one person named earlier as "Rep. X"."""

PARTY_ROLES = frozenset(
    """
peer co-leader whip backbencher grandee hopeful activist strategist donor
candidate nominee pollster consultant operative official boss executive aide
lobbyist
""".split()
)
"""Roles in a party written between its name and a member's ("Tory peer Lord
Brewster", "Republican strategist Ana Navarro"), beside the title words."""

VIEW_ROLES = frozenset(
    "host commentator presenter anchor columnist broadcaster pundit editor".split()
)
"""Titles of the media that a party's adjective before them makes a view,
no party ("Conservative radio host", "a Democratic pundit")."""

POSITION_NOUNS = frozenset("centre center prop wing lock hooker forward".split())
"""A player's position: a title only after a team's capitalised name ("France
centre Damien Traille", "Wales prop"); alone these are common words ("the
shopping centre", "a wing")."""

GENDERED_TITLES = {
    **dict.fromkeys(
        """\nmadam spokeswoman congresswoman chairwoman councilwoman businesswoman actress\nassemblywoman\n""".split(),
        "f",
    ),
    **dict.fromkeys(
        "spokesman congressman chairman councilman businessman assemblyman".split(),
        "m",
    ),
    **HONORIFIC_GENDER,
}
"""Titles and honorifics that give the gender of the name after them."""


# The offices that head a body, and the ranks below a head: a headline's
# "ICE chief" is the "Acting ICE Director", not the "Deputy ICE Director".
HEAD_OFFICES = frozenset(
    "director chief head president chair chairman chairwoman chairperson "
    "commissioner secretary administrator executive boss leader governor".split()
)
BELOW_HEAD = frozenset("deputy assistant associate vice former ex".split())
