"""Common nouns that name people or groups of people (lower-case).

"Officials told …", "Protesters chanted …": capitalised at the start of a
sentence, these are no names, and a quote they introduce is the group's.
The entities annotator reads this table so as not to take them for people,
the quotes annotator to keep them as the description of a speaker.
"""

from __future__ import annotations

PEOPLE_NOUNS = frozenset(
    """
officials official others crowds crowd protesters protestors demonstrators marchers
supporters critics detractors opponents rivals residents locals villagers neighbours
neighbors citizens voters lawmakers legislators police authorities witnesses
prosecutors investigators detectives experts analysts observers activists students
pupils workers employees staff staffers executives doctors nurses teachers parents
officers agents soldiers troops fans spectators onlookers bystanders relatives
families friends colleagues aides advisers advisors sources insiders leaders members
delegates attendees participants mourners audience volunteers organisers organizers
survivors victims immigrants migrants refugees economists scientists researchers
diplomats ministers senators representatives judges jurors players coaches
republicans democrats liberals conservatives someone somebody everyone everybody
anyone nobody people many some several most both few all tens hundreds thousands dozens
spokespeople campaigners unions reporters journalists lawyers attorneys
councillors councilors
advocates proponents backers allies donors skeptics sceptics commentators pundits
academics scholars detainees inmates prisoners suspects patients passengers
tourists visitors shoppers customers consumers commuters taxpayers homeowners
tenants landlords farmers farmworkers employers owners managers bosses
creditors bondholders depositors plaintiffs defendants claimants petitioners
traders dealers brokers bankers fishermen
shareholders investors regulators inspectors negotiators firefighters paramedics
medics guards clergy pastors priests rebels militants fighters gunmen attackers
men women children teenagers adults youngsters babies pensioners
""".split()
)

# Capitalised plurals that count people: peoples, faiths, parties. Figures
# read them as counted nouns ("five Iraqis", "Two Americans were killed"),
# where a capitalised word after a number is otherwise a name ("19
# Entertainment"). Plurals in "-ans" ("Iowans", "Palestinians") are read by
# their ending (`is_people_plural`); these are the others.
PEOPLE_PLURALS = frozenset(
    """
Britons Brits Scots Danes Swedes Finns Poles Turks Kurds Arabs Jews Thais Serbs
Croats Czechs Slovaks Greeks Uzbeks Kazakhs Afghans Filipinos Latinos Latinas
Argentines Israelis Iraqis Pakistanis Saudis Somalis Yemenis Kuwaitis Qataris
Emiratis Omanis Bahrainis Bangladeshis Nepalis Sunnis Shias Shiites Hispanics
Muslims Christians Catholics Protestants Evangelicals Mormons Hindus Sikhs
Buddhists Democrats Tories Conservatives Liberals Socialists Greens Marines
Millennials Baby-boomers Boomers
""".split()
)


def is_people_plural(word: str) -> bool:
    """Whether a capitalised word is a plural that counts people ("Iraqis", "Iowans")."""
    return word in PEOPLE_PLURALS or (
        len(word) >= 6 and word[0].isupper() and word.endswith("ans")
    )


# Nouns for one person, as an apposition says what someone is: "Kilmar Abrego
# Garcia, a Salvadoran man living in Maryland,", "Badar Khan Suri, a
# postdoctoral fellow". A name followed so is a person's.
PERSON_NOUNS = frozenset(
    """
man woman boy girl teenager father mother son daughter husband wife brother sister
grandmother grandfather grandson granddaughter widow widower uncle aunt nephew
niece cousin student fellow worker laborer labourer immigrant migrant refugee
asylum-seeker seeker detainee pensioner citizen resident national native veteran farmer nurse doctor
teacher pastor priest nun volunteer mechanic driver cook waiter waitress dancer
landscaper roofer gardener contractor businessman businesswoman entrepreneur
grandparent parent retiree physician surgeon scientist researcher scholar
graduate undergraduate postdoc
engineer architect accountant electrician plumber carpenter bricklayer welder
pharmacist dentist midwife paramedic firefighter soldier sailor pilot artist
photographer writer baker butcher fisherman fisherwoman miner janitor cleaner
housekeeper nanny caregiver carer shopkeeper vendor trader banker programmer
lecturer librarian translator interpreter salesman saleswoman clerk cashier
hairdresser barber tailor therapist psychologist psychiatrist optician vet
juror witness survivor victim defendant plaintiff claimant passenger patient
voter tourist protester protestor bystander mourner pilgrim shopper commuter
""".split()
)

# Person nouns that say the person's gender ("the 61-year-old grandmother").
PERSON_NOUN_GENDER = {
    **dict.fromkeys(
        """
woman girl mother daughter wife sister grandmother granddaughter widow aunt niece
businesswoman waitress nun
""".split(),
        "f",
    ),
    **dict.fromkeys(
        """
man boy father son husband brother grandfather grandson widower uncle nephew
businessman priest
""".split(),
        "m",
    ),
}

# Kin and companions named right after them: "His wife, Jennifer Vasquez Sura,"
# "Khan Suri's wife, Mapheze Saleh,".
KIN_NOUNS = frozenset(
    """
wife husband son daughter mother father brother sister partner fiancee fiancé
fiancée widow widower uncle aunt nephew niece cousin grandmother grandfather
stepfather stepmother stepson stepdaughter girlfriend boyfriend friend neighbor
grandson granddaughter grandchild
neighbour
""".split()
)

# People whose work is to hold others: a count of them is not what a number
# after "and" counts when its verb says someone was taken into custody
# ("1,300 agents took part and nearly 500 were detained": 500 detained, not
# 500 agents; `CUSTODY_PARTICIPLES` in `verbs.py`, read by figures).
CUSTODY_HOLDERS = frozenset(
    """
agents officers police policemen policewomen troopers deputies marshals guards
troops soldiers
""".split()
)

# Nouns for one person, whom a writer describes without naming: the object
# of "a video shows a man shouting", "I met a nurse" (quotes). The gendered
# ones above, and these.
ONE_PERSON_NOUNS = frozenset(PERSON_NOUN_GENDER) | frozenset(
    "child person teenager nurse farmer mechanic pastor".split()
)
