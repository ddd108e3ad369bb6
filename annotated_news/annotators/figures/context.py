"""What surrounds a number: its unit, counted noun, qualifier and rate.

Also the signs that a number is no figure at all: a name, a day, a time, an
ordinal.

Every function looks at a bounded window next to the number (a few words), so
that finding figures stays linear in the length of the text.
"""

from __future__ import annotations

import dataclasses as dc
import itertools
import re

from ..dates.tense import PAST_WORDS
from ..entities.runs import is_title_case
from ..gender import is_given_name
from ..numbers import SCALES, TEENS, TENS, UNITS, read_number
from ..units import (
    CANONICAL_UNITS,
    CURRENCIES,
    CURRENCY_SUFFIXES,
    GLUED_UNIT_RE,
    GLUED_UNITS,
    HYPHENED_UNIT_RE,
    MEASURE_UNITS,
    RATE_ADJECTIVES,
    RATE_RE,
    RATES,
    SCALED_CODES,
    SIGN_AFTER_RE,
    SPACED_LETTER_SCALE_RE,
    SUFFIX_RE,
    TIMES_AFTER_RE,
    UNIT_RE,
    WHOLE_SPACED_LETTER_SCALE_RE,
    suffix_scale,
    unit_of,
)
from ..vocabulary.letters import NAME_WORD
from ..vocabulary.months import CAPITALISED_DAY_NAMES, MONTHS, month_pattern
from ..vocabulary.number_words import ORDINAL_WORDS, VAGUE_SCALE_WORDS
from ..vocabulary.people_nouns import (
    KIN_NOUNS,
    PEOPLE_NOUNS,
    PEOPLE_PLURALS,
    PERSON_NOUNS,
    is_people_plural,
)
from ..vocabulary.plurals import IRREGULAR_PLURALS
from ..vocabulary.titles import REGNAL_TITLES, TITLE_NOUNS
from ..vocabulary.verbs import BE_FORMS, HAVE_FORMS, IRREGULAR_PAST, MODALS, NOT_PAST_ED

# Verbs a figure or a number may have of its own (`Scanner.left_out_unit`:
# no noun is carried into another clause); not the tense words that are no
# verbs ("1,300 agents last year, and 500 this year").
OWN_VERBS = sorted(
    (BE_FORMS - {"be", "been", "being", "am"})
    | HAVE_FORMS
    | (MODALS - {"shall", "must", "should", "cannot"})
    | (PAST_WORDS - {"ago", "yesterday", "last", "been"})
)
# A verb of a number's own, also a regular past ("voted", "closed").
OWN_VERB = (
    rf"(?:{'|'.join(OWN_VERBS)}"
    rf"|(?!(?:{'|'.join(sorted(NOT_PAST_ED))})\b)[a-z]{{3,}}ed)\b"
)
# The verb of a number's own clause after it: "nearly 500 stayed", "25 more
# were hired".
OWN_VERB_NEXT_RE = re.compile(rf"(?:[ ]more)?[ ]{OWN_VERB}")
OWN_VERB_RE = re.compile(rf"[ ]{OWN_VERB}")
# Adjectives that stand for the people they describe after a number: "4.4
# million jobless", "30 dead and 100 injured", "2,000 homeless".
PEOPLE_ADJECTIVES = frozenset(
    "jobless homeless unemployed dead injured wounded".split()
)
# What may follow such an adjective when it is the noun: an end, "and"/"or",
# a preposition or a verb ("2,000 homeless slept", "12 wounded in the blast").
ADJECTIVE_NOUN_END_RE = re.compile(
    rf"(?![ ][a-z])|[ ](?:and|or|in|at|on|across|after|from|with|by|as|since"
    rf"|when|while|last|this|so)\b|[ ](?:{OWN_VERB}|[a-z]+ed\b)"
)
# Quantifiers that open a noun phrase of their own after "and": "a billion
# people and many observers feel" (`_joins_plural`).
NEW_PHRASE_QUANTIFIERS = frozenset("many most some several few all both".split())
# A count right after a name: "… and Sanders at least 69", "… and Ruiz 15".
COUNT_NEXT_RE = re.compile(r"[ ](?:at[ ]least|about|nearly|almost|\d)")
# "revenues of A$2.6bn", "sales of 300": a plural with a figure of its own.
OF_FIGURE_NEXT_RE = re.compile(r"[ ]of[ ](?:[$£€¥]|[A-Z]{1,3}\$|\d)")
# A lower-case word that may go on a singular noun after "one" ("one mobile
# network"): no plural or third person in -s, no past in -ed, no adverb.
SINGULAR_NOUN_RE = re.compile(r"[a-z]+(?<!s)(?<!ed)(?<!ly)")
# A past in -ed right after "one" is its verb ("only one showed"), not a noun
# ("one seed", "one bed", "one hundred" are `NOT_PAST_ED`).
ONE_PAST_RE = re.compile(rf"(?!(?:{'|'.join(sorted(NOT_PAST_ED))})$)[a-z]{{2,}}ed")
# Words after "one" and a noun that end it: "one man who", "one year ago".
NOT_NOUNS_AFTER_ONE = frozenset(
    "and or but who that which whose whom than then ago now too each alone "
    "apiece only all later earlier together again ever yet still here there "
    "today tomorrow yesterday last next this every per cut put hit let until till"
    " before after since".split()
)

QUALIFIERS = (
    "more than",
    "less than",
    "fewer than",
    "up to",
    "at least",
    "at most",
    "as many as",
    "as much as",
    "as few as",
    "as little as",
    "close to",
    "nearly",
    "almost",
    "approximately",
    "about",
    "around",
    "roughly",
    "some",
    "over",
    "under",
    "above",
    "below",
    "an estimated",
    "estimated",
    "an average of",
    "an additional",
    "just over",
    "just under",
    "well over",
    "well under",
    "just",
    "only",
    "exactly",
    "upwards of",
    "in excess of",
    "no more than",
    "no fewer than",
    "no less than",
    "not more than",
    "a maximum of",
    "a minimum of",
    "more or less",
    "slightly more than",
    "slightly less than",
    "a little over",
    "a little more than",
    "a mere",
    "greater than",
    "greater than or equal to",
    "less than or equal to",
    "higher than",
    "lower than",
    "larger than",
    "bigger than",
    "smaller than",
    "plus or minus",
)
# How far before a number its qualifier is looked for: the longest one and
# its space ("greater than or equal to 20").
QUALIFIER_REACH = max(len(q) for q in QUALIFIERS) + 1
QUALIFIER_RE = re.compile(
    rf"(?<![\w-])(?P<q>{'|'.join(sorted(QUALIFIERS, key=len, reverse=True))})[ ]$",
    re.IGNORECASE,
)
# A comparison sign before a number is its qualifier, as written: "> 20",
# ">=20", "≤ 30".
SIGN_QUALIFIER_RE = re.compile(r"(?<![<>=])(?P<q>[<>]=?|[≥≤])[ ]*$")
POST_QUALIFIER_WORDS = frozenset({"plus", "odd"})
# Nouns in -ly: any other word in -ly right after "one" is an adverb.
LY_NOUNS = frozenset(
    "family ally rally supply assembly monopoly anomaly butterfly tally reply "
    "jelly belly bully folly gully lily".split()
)
# Not before "than": "700 Marines and more than 2,000 troops" qualifies the
# next number.
POST_QUALIFIER_RE = re.compile(
    r"(?:[ ]or[ ](?:more|so|less|fewer|above|over|under|below|higher|greater"
    r"|thereabouts|older|younger)\b|[ ]and[ ](?:above|over|more|up|older|younger)\b)"
    r"(?![ ]than\b)"
    r"|-(?:plus|odd)\b|\+(?![\w])",
    re.IGNORECASE,
)
# Capitalised words that may stand before a figure without making it part of
# a name: sentence openers, determiners, prepositions, qualifiers.
FUNCTION_WORDS = frozenset(
    """
the a an all another some only just about over under nearly almost around roughly
approximately up at in on by for with of to from and but or those these his her
their its our my your each every both more less fewer than since after before
during until between among exactly estimated perhaps then now today yesterday
last next this that when while if although though because as like including
even still yet so also barely fully top bottom per plus minus where why how what
who which whose here there it he she they we i you some nearly just only almost
roughly another above below around approximately precisely with without within
among against into onto upon via versus vs about aged age ages nearly
across through throughout beyond toward towards past
u.s. us uk u.k. eu un i'm i’m i've i’ve i'd i’d i'll i’ll
meanwhile however moreover furthermore additionally overall altogether
currently recently initially finally originally previously already
most many several few any such other
""".split()
) | {q.split()[0] for q in QUALIFIERS}
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
NAME_OF_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)[ ]of[ ]$")
MAX_AGE = 120
"""No person's age written after a name is higher."""
PLURAL_RANGE_NEXT_RE = re.compile(r"\d+(?:[ ]to[ ]|[ ]?[-–][ ]?)\d")
NAME_BEFORE_RE = re.compile(r"(?<![\w’'.&-])([\w’'.&-]*[A-Z][\w’'.&-]*)[ ]$")
# Lower-case words that make the number after them a label, not a count:
# "category 4 hurricane", "phase 2", "game 7".
LABEL_WORDS = frozenset(
    """
category level grade phase stage round chapter section article page row seat room
gate flight route lane track platform episode season series volume issue version model
type class tier step zone game week day match number no figure table act scene
verse line item exhibit appendix part unit apartment suite floor exit junction
terminal pier hangar precinct berth band ward block bay lap hole
""".split()
)
LABEL_BEFORE_RE = re.compile(r"\b([A-Za-z]+)[ ]$")
# The "by" of two dimensions: "2,880 x 1,800", "10 × 12 feet".
DIMENSION_X_RE = re.compile(r"[ ][x×][ ](?=\d)")
# Label words in the plural before a list of labels: "pages 4 and 5",
# "versions 4.7 and earlier" (not "days", "weeks", "games" or "numbers",
# which also count: "within days 500 had signed").
LABEL_PLURALS = frozenset(
    """
categories levels grades phases stages rounds chapters sections articles pages rows
gates flights routes lanes tracks platforms episodes seasons volumes issues versions
models tiers zones scenes verses exhibits appendices exits junctions terminals
piers floors
""".split()
)
# The later numbers of a list of labels: "Category 4 and 5 storms", "pages
# 4, 5 and 6", "levels 3 to 5".
LABEL_LIST_BEFORE_RE = re.compile(
    r"\b([A-Za-z]+)[ ]\d+(?:\.\d+)?(?:(?:,[ ]|[ ](?:and|or|to)[ ])\d+(?:\.\d+)?)*"
    r"(?:,[ ]|[ ](?:and|or|to)[ ])$"
)
# A number that opens a list: "numbers 19 and 10" are labels ("numbers"
# alone also counts: "in numbers 500 came").
LIST_NEXT_RE = re.compile(r"\d+(?:\.\d+)?(?:,[ ]|[ ](?:and|or)[ ])\d")
# "Jamie Armstrong, 25, said": an age in apposition to a name.
AGE_APPOSITION_RE = re.compile(rf"{NAME_WORD},[ ](?:now[ ])?$")
# The end of an age in apposition: a comma, or a dash before "who" ("Warren
# Leblanc, 17 - who was jailed").
AGE_APPOSITION_END_RE = re.compile(r",|[ ][-–—][ ]who\b")
# A name and its age, then another name and a comma: the next number is
# that name's age ("Emily, 16, and Pelham, 14 were pleased").
AGE_LIST_BEFORE_RE = re.compile(
    rf"{NAME_WORD},[ ]\d{{1,2}},[ ](?:and[ ])?{NAME_WORD}(?:[ ]{NAME_WORD})?,[ ]$"
)
AGE_END_RE = re.compile(r"[.;](?:[ ]|$)")
# "His brother, 29, was deported", "the woman, 45, said": an age in
# apposition to a noun for one person (`PERSON_NOUNS`) after a determiner.
# Plurals of `PEOPLE_NOUNS` whose singular names no one person.
NOT_ONE_PERSON = frozenset({"other", "hundred", "thousand", "dozen", "union"})
# Nouns for one person an age may follow in commas: kin and trades, offices
# and roles ("the senator, 71,", "the Wales star, 30,"), regnal titles ("the
# prince, 20,"), the singulars of the people nouns ("the victim, 19,"), kin
# and companions ("His partner, 47,", "her boyfriend, 19,").
AGE_PERSON_NOUNS = (
    PERSON_NOUNS
    | KIN_NOUNS
    | TITLE_NOUNS
    | REGNAL_TITLES
    | {w[:-1] for w in PEOPLE_NOUNS if w.endswith("s") and w[:-1] not in NOT_ONE_PERSON}
) - {"staff", "crown"}
PERSON_NOUN_APPOSITION_RE = re.compile(
    r"\b(?:his|her|their|my|our|your|the|a|an|[\w’']+['’]s)[ ]"
    r"(?:[a-z-]+[ ]){0,2}([a-z-]+),[ ](?:now[ ])?$",
    re.IGNORECASE,
)
# What a title may carry before or after it: "minister-elect", "ex-chairman".
TITLE_AFFIX_RE = re.compile(r"-(?:elect|designate)$|^ex-")
# The speaker of a quotation and an age ending the sentence: '"It is over,"
# said Hynde, 53.' (a surname alone; a person's age in two digits).
SAID_NAME_COMMA_RE = re.compile(
    rf"\b(?:said|says|added|adds)[ ]{NAME_WORD}(?:[ ]{NAME_WORD}){{0,2}},[ ]$"
)
NAME_COMMA_BEFORE_RE = re.compile(rf"\b({NAME_WORD})(?:[ ]{NAME_WORD}){{1,2}},[ ]$")
# "Nick Hague 44 has spent": a given name and one or two more names, then an
# age and a verb, where the text lost the commas.
NAME_BEFORE_AGE_RE = re.compile(rf"\b({NAME_WORD})[ ](?:{NAME_WORD}[ ]){{1,2}}$")
AGE_NEXT_RE = re.compile(r"[ ]([a-z]+)\b")
AGE_NEXT_WORDS = frozenset(
    """
has had is was were are said says told who and died will would became joined added
wrote pleaded pled faces faced admitted denied appeared remains lives lived
""".split()
)
# A scale in the plural right after a number ("20 millions"); alone, as in
# "thousands of", it is a vague amount (`numbers.VAGUE_SCALE_WORDS`).
PLURAL_SCALES = {
    "hundreds": 100.0,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
}
PLURAL_SCALE_RE = re.compile(
    r"[ ](hundreds|thousands|millions|billions|trillions)\b(?![ -]?(?:of[ ])?\d)",
    re.IGNORECASE,
)
# "the 12 euro zone countries": a currency's area, not an amount of it.
CURRENCY_AREA_RE = re.compile(r"[ -]?(?:zone|area)\b", re.IGNORECASE)
# A number with a glued "m", with the currency sign before it if any.
# What may follow a bare "294.3m" read in millions: the end of its phrase
# (not "the 400m final", whose noun makes it a race, nor "the 1500m and
# 5,000m titles").
M_ENDS_PHRASE_RE = re.compile(
    r"(?![ ][a-z])|[ ](?:in|on|at|from|by|to|last|this|a|the|after|before"
    r"|since|compared|against)\b"
)
# A race's distance: "a 5k race", "the 10K fun run", "the women's 5K final"
# are kilometres, not thousands.
RACE_AFTER_RE = re.compile(
    r"[ -](?:race|run|fun[ ]run|road[ ]race|charity[ ]run|walk|trail[ ]race"
    # a championship's event: "the women's 5K final", "the 10K heats"
    r"|final|finals|heats?|title|event|record|world[ ]record|gold|silver|bronze)\b",
    re.IGNORECASE,
)
# A race's distance after a verb of running: "ran 10K", "runs a 5k", "won
# the 10K", "finished the 50K" (a verb that also takes money, "won 10K",
# only with an article or a possessive before the distance).
RACE_VERB_BEFORE_RE = re.compile(
    r"\b(?:(?:ran|run|runs|running|jog|jogs|jogged|jogging|raced|racing)"
    r"(?:[ ](?:a|an|the|her|his|their|its|my|our|another))?"
    r"|(?:won|win|wins|winning|finished|finishes|finishing|completed|completes"
    r"|completing|entered|enters|walked|walks)"
    r"[ ](?:a|an|the|her|his|their|its|my|our|another))[ ]$",
    re.IGNORECASE,
)
GLUED_M_RE = re.compile(r"(?<![\w.,])([£$€]?)(\d+(?:\.\d+)?)m\b")
IDIOM_RE = re.compile(r"(?:\b(?:No|Nos|no|Number|number|Nr)\.?|#)[ ]?$")
MONTH_BEFORE_RE = re.compile(rf"\b(?:{MONTH_NAMES})\.?[ ]$", re.IGNORECASE)
MONTH_AFTER_RE = re.compile(rf"[ ](?:{month_pattern()})\b")
# After the digits: an ordinal ("22nd"), a decade ("1990s", also with an
# apostrophe, "the 80's", "70’s music", as "80s" is), a name's possessive
# ("the 747's wings"): no quantity.
ORDINAL_RE = re.compile(r"(?:st|nd|rd|th|s|'|[’']s)(?![A-Za-z])", re.IGNORECASE)
# A straight quote that opens a quotation: at the start or after a space or
# a bracket, before a letter, a digit or a currency sign.
QUOTE_OPEN_RE = re.compile(r"(?<![^\s(\[“\"])'(?=[A-Za-z£$€\d])")
QUOTE_REACH = 200
"""How far before a number the opening of its quotation is looked for."""
# A capital letter joined by a hyphen to digits after a space names a model
# ("5 F-35 jets", "3 C-130 planes", "dozens of C-130s"): not the unit the
# letter alone would be (F, C, K: degrees, kelvins).
LETTER_MODEL_RE = re.compile(r"[ ][A-Z]-\d")
TIME_RE = re.compile(
    r"(?:[ ]?(?:a\.m\.|p\.m\.|(?:am|pm|AM|PM|GMT|BST|ET|EST|EDT|PT|PST|PDT)\b)"
    r"|:\d|[ ]o[’']clock)"
)
MALFORMED_RE = re.compile(r"[.,/]\d")
PERCENT_RE = re.compile(r"[ ]?%")
# A verb or noun of paying a few words before "pounds": money, not weight
# ("will have to pay five pounds for a ticket"; "overloaded by 700 pounds").
MONEY_VERB_BEFORE_RE = re.compile(
    r"\b(?:pay|pays|paid|paying|cost|costs|costing|charge|charges|charged|spend"
    r"|spends|spent|worth|fee|fine|fined|price|priced|earn|earns|earned|raised"
    r"|donated|owe|owes|owed|sell|sells|sold|selling|buy|buys|bought|buying"
    r"|afford|valued"
    # nouns of money: "Rents rose 9 percent to 1,420 pounds"
    r"|fees|fines|prices|rent|rents|fare|fares|wage|wages|salary|salaries"
    r"|bill|bills|budget|budgets|profit|profits|revenue|revenues|income|incomes"
    r"|donation|donations|prize)\b(?:[ ][\w'’-]+){0,4}[ ][\w.,-]+$",
    re.IGNORECASE,
)
MONEY_WORD_RE = re.compile(r"[ ](?P<w>pounds?|won)\b(?![-’'])", re.IGNORECASE)
PER_RE = re.compile(r"[ ]?/[ ]?|[ ]per[ ]|[ ]an?[ ]")
WORD_RE = re.compile(r"[A-Za-z]+\b")
# Nouns a price is given for after "a": "$98 a share", "$1,271.2 an ounce",
# "$2.75 a ride", "£6,000 a pupil".
PER_NOUNS = frozenset(
    """
share barrel gallon litre liter pound kilo ounce gram tonne ton head person ticket
piece unit night game seat acre hectare copy bottle
ride trip journey visit meal pack dose pill room item
pupil student child adult household passenger patient worker employee resident
""".split()
)
# Read as rates (`Figure.rate`) rather than as part of the unit.
TIME_UNITS = frozenset({"hours", "days", "weeks", "months", "years"})
SINGULAR_UNITS = {
    "feet": "foot",
    "inches": "inch",
    "centuries": "century",
    "square feet": "square foot",
    "cubic feet": "cubic foot",
    "pounds": "pound",
    "tonnes": "tonne",
    "hertz": "hertz",
    "horsepower": "horsepower",
    "kelvin": "kelvin",
}
WORD_AFTER_RE = re.compile(r"[ ]+((?:[A-Z]\.){2,}|[A-Za-z][\w’'-]*)")
# Inside a counted noun, a model number before a name: "two new 737 Max jets".
# A word of a counted noun; also the loose hyphen of a name that lost its
# glue after a capital ("thousands of COVID -19 tests", `loose_hyphen_name`).
NOUN_WORD_RE = re.compile(
    r"[ ]+((?:[A-Z]\.){2,}(?:-[a-z]+)*|[A-Za-z](?:[\w-]|[’'](?=\w))*|\d[\w-]*(?=[ ][A-Z])"
    r"|(?<=[A-Z][ ])-\d+(?=[ ][a-z]))"
)
# A parenthetical between a figure and its rate: "9 billion shekels ($2.4 billion) a year".
ASIDE_RE = re.compile(r"[ ]\([^()]{1,40}\)")
HYPHEN_WORD_RE = re.compile(r"-([a-z]+)\b(?!-)")
RATE_ADJ_NOUN_RE = re.compile(
    rf"[ ](?P<r>{'|'.join(RATE_ADJECTIVES)})[ ](?P<n>[a-z]+)\b", re.IGNORECASE
)
DETERMINER_RE = re.compile(
    r"\b(?:a|an|the|this|that|its|their|his|her)[ ]$", re.IGNORECASE
)
# A forecast's makers after "the" and a number, then their verb with no object
# of its own: "below the 160,000 economists had expected", "fewer than the
# 390,000 analysts expected". The number is what they expected (a relative
# clause without "that"), not a count of them; "the 500 workers expected to
# lose their jobs" counts workers.
FORECASTERS_NEXT_RE = re.compile(
    r"[ ](?:analysts|economists|forecasters|strategists|traders|investors|experts"
    r"|pollsters|markets)[ ](?:(?:had|have|were|had[ ]been)[ ])?"
    r"(?:expected|expecting|forecast|forecasted|forecasting|predicted|estimated"
    r"|projected|anticipated|pencil(?:l)?ed[ ]in)"
    r"(?=[ ]?[,.;:)]|$|[ ](?:in|for|on|at|from|by|polled|surveyed|and|but)\b)"
    # any makers of a request with no object after it: "half the 30,000
    # employers had asked for." (the number is what they asked for)
    r"|[ ][a-z]+s[ ](?:(?:had|have)[ ])?(?:asked[ ]for|called[ ]for|demanded"
    r"|sought|wanted|requested|promised|pledged|budgeted[ ]for)(?=[ ]?[,.;:)]|$)"
)
AGE_RE = re.compile(
    r"\b(?:aged|ages?|age of|ages of)[ ]"
    # a qualifier between: "aged over 70", "aged at least 18"
    r"(?:(?:between|over|under|above|below|about|around|nearly|almost|roughly"
    r"|just|at[ ]least|up[ ]to|more[ ]than|less[ ]than|fewer[ ]than)[ ])?$",
    re.IGNORECASE,
)
# The later items of a list of ages: "ages 5, 7 and 9", "aged 12 and 14".
AGE_LIST_RE = re.compile(
    r"\b(?:aged|ages|ages of)[ ]\d{1,3}(?:(?:,[ ]|,?[ ](?:and|or)[ ])\d{1,3})*"
    r"(?:,[ ]|,?[ ](?:and|or)[ ])$",
    re.IGNORECASE,
)
AGE_PREDICATE_RE = re.compile(
    r"\b(?:he|she|who|i|you|we|they)(?:[’'](?:s|m|re)|[ ](?:is|was|were|are|am|(?:will|would|to)[ ]be"
    r"|turns|turned|turning|(?:has|had|just|will)[ ]turn(?:ed)?))[ ]$",
    re.IGNORECASE,
)
# A verb or comparison whose bare number is an age: "Bill Clinton turns 70",
# "when I turn 60", "children as young as 12", "retire before 65".
AGE_VERB_BEFORE_RE = re.compile(
    r"\b(?:turns|turned|turning|(?:to|will|would|could|i|we|you|they|when)[ ]turn"
    r"|as[ ](?:young|old)[ ]as|(?:retire|retires|retired|retiring)[ ](?:before|after))[ ]$",
    re.IGNORECASE,
)
# The oldest or youngest of a group as the subject of "be": "the oldest
# finisher was 88", "the youngest victim is 4".
SUPERLATIVE_AGE_BE_RE = re.compile(
    r"\b(?:oldest|youngest)(?:[ ][a-z]+){0,2}[ ](?:is|was|were|are|(?:will|would)[ ]be)[ ]$",
    re.IGNORECASE,
)
# A given name as the subject of "be" or "turn" right before a number.
NAME_BE_RE = re.compile(
    r"\b(?P<name>[A-Z][a-z]+)[ ](?:is|was|(?:will|would)[ ]be|turns|turned)[ ]$"
)
# What may follow an age in a predicate: the end of the clause or a word
# that starts another phrase ("who was 10 when", "35 by the end of the year").
AGE_AFTER_RE = re.compile(
    r"[ ]*(?:[.,;:!?)”\"]|$)|[ ](?:when|by|in|at|on|and|but|now|then|this|last|next|or"
    r"|before|after|until|today|yesterday|years?|prior|unless|soon)\b",
    re.IGNORECASE,
)
# An age given as the level of an age limit: "the voting age is 18", "lower
# the voting age to 16", "raise the pension age from 60 to 65", "the age of
# consent is 16", "the age for standing for election at 21".
AGE_LEVEL_RE = re.compile(
    r"\bage(?:[ ]of[ ](?:consent|majority|retirement|criminal[ ]responsibility)"
    r"|[ ]for[ ][a-z]+(?:[ ][a-z]+){0,3})?"
    r"[ ](?:is|was|will[ ]be|would[ ]be|remains|stays|stood|at|to|from"
    r"|(?:(?:will|would|could|should|to|must)[ ])?(?:rise|rises|rose|risen|rising|fall|falls|fell|go|goes|went|gone|increase"
    r"|increased|increases|raise|raised|raises|raising|lower|lowered|lowers"
    r"|lowering|cut|reduced|reduce|set|lifted|lift|extend|extended|moved|move)"
    r"(?:[ ](?:to|at|from))?)[ ]$",
    re.IGNORECASE,
)
# An age with "at" opening a sentence and a person right after its comma:
# "At 12, he was canvassing" (not "closed at 65, he said", nor "peaked at 80
# when we sold"); and "died at 71", "retired at 65".
AGE_AT_COMMA_RE = re.compile(r",[ ](?:he|she|i|we|they|you)\b", re.IGNORECASE)
AGE_AT_BEFORE_RE = re.compile(r"\bat[ ]$", re.IGNORECASE)
AGE_VERB_AT_RE = re.compile(
    r"\b(?:died|dies|retired|retires|retire|retiring|married|marries)[ ]at[ ]$",
    re.IGNORECASE,
)
LIFE_EXPECTANCY_RE = re.compile(
    r"\blife[ ]expectancy\b[^,.;:]{0,40}[ ](?:is|was|of|at|to|reached)[ ]$",
    re.IGNORECASE,
)
# "the top three", "in the last 16" (a round of a tournament)
# "the bottom three", "the last 16", and headlines' "into last eight".
RANK_RE = re.compile(r"\b(?:top|bottom|last)[ ]$", re.IGNORECASE)
# Between a part and its total: "280 million of the 1.5 billion shekels",
# "117 million out of 833 million", "200 of the firm's 1,500 staff", "three
# of the top four teams".
PART_OF = (
    r"[ ](?:out[ ])?of[ ](?:(?:the|its|their|his|her|our|my|your|a|an|those|these)[ ])?"
    r"(?:[A-Za-z][\w.&-]*[’']s?[ ])?"
    r"(?:(?:last|first|past|next|previous|final|top|bottom)[ ])?"
)
# Followed by a number in digits or words ("of the bottom three clubs"):
# `attachers.left_out_noun` reads it.
PART_OF_NUMBER_RE = re.compile(PART_OF)
# A number before a partitive pronoun counts the things the pronoun stands
# for, never a unit, currency or percent: "$60 apiece, with three of them at
# $25" (three hampers, not $3), "45% of voters, and 30 of those".
PARTITIVE_PRONOUN_NEXT_RE = re.compile(
    r"[ ]of[ ](?:them|those|these|us|you|which|whom)\b", re.IGNORECASE
)
# Before a bare number whose noun is left out because it was just said:
# "3,000 ICE agents, including 1,800 from HSI", "up from 2.4 million",
# "5 kg, compared with 7", "300 jobs in 2019 and another 200", "120 beds,
# of which 90 were occupied".
# "from 155,000 to 110,000 staff": the first of two levels.
FROM_BEFORE_RE = re.compile(r"\bfrom[ ]$", re.IGNORECASE)
ELLIPSIS_BEFORE_RE = re.compile(
    r"(?:\b(and|or|including|plus|while|but|with|from|versus|vs\.?|against|by|to"
    # "1,050 injured, down from an earlier estimate of 1,200": read as "from"
    r"|from[ ](?:an?|the|its|their)[ ](?:[a-z]+[ ])?(?:estimate|forecast|figure"
    r"|level|total|record|high|peak|low|average|count|tally)[ ]of"
    # "rose to 2,800 megalitres a day, from a normal 2,100"
    r"|from[ ](?:an?|the|its|their)[ ](?:normal|usual|typical|previous|former)"
    r"|compared[ ](?:with|to)|instead[ ]of|rather[ ]than|another|a[ ]further"
    r"|an[ ]additional"
    # "200 jobs will go, on top of 3,500 announced in May": more of the same
    r"|(?:on[ ]top[ ]of|in[ ]addition[ ]to)(?:[ ]the)?"
    # "completed 32,000 homes, well short of the 75,000 needed", "58,200,
    # well below the pre-pandemic average of 66,000": the same thing again
    r"|short[ ]of[ ]the"
    r"|(?:below|above)[ ]the[ ](?:[a-z-]+[ ]){0,2}(?:average|level|total|peak)[ ]of"
    # "rose to 74.2%, against a target of 78", "well below the 95 needed",
    # "below the 3.6 forecast": a level set against, in the same measure
    r"|(?:against|below|above|short[ ]of|missing|beating|compared[ ](?:with|to))"
    r"[ ](?:an?|the|its|their)[ ](?:[a-z-]+[ ]){0,2}(?:target|goal|forecast"
    r"|expectation|estimate|benchmark|threshold|consensus|average|norm)[ ]of"
    r"|(?:below|above)[ ]the"
    # "1,200 were released and the remaining 600", "the other 12": the rest
    # of what was just counted
    r"|the[ ](?:remaining|other)"
    # "310,000 votes out of 5.2 million": the total of what the part counts
    r"|out[ ]of"
    # "killed 1,045 people and injured more than 2,500": read as "and"
    # (casualties only: "deployed 300 officers and arrested 45" is no officers)
    r"|and[ ](?:injured|wounded|hurt|killed)"
    # "6.1 million viewers on average, peaking at 7.4 million", "restored
    # power to 150,000 customers, leaving 52,000 cut off": read as ","
    r"|,[ ](?:peaking|peaked|rising|climbing|falling|dropping|reaching|leaving)"
    r"(?:[ ](?:at|to))?"
    r"|of[ ](?:which|whom))|,)[ ]$",
    re.IGNORECASE,
)
# Words of an article about aircraft, where "the 757" is a model
# (`exclusions.aircraft_model`).
AVIATION_RE = re.compile(
    r"\b(?:Boeing|[Aa]irlines?|[Aa]irliners?|[Aa]ircraft|[Jj]ets?|[Jj]etliners?"
    r"|[Pp]lanes?|[Aa]irplanes?|Dreamliner|[Jj]umbo)\b"
)
# Units of a wind's speed, which a bare number after "gusts of" takes.
SPEED_UNITS = frozenset(
    {"miles per hour", "kilometres per hour", "metres per second", "knots"}
)
# A wind's speed with its unit left out: "gusts of 90", "gusting to 65",
# "winds reached 80", "gusts of up to 70" (the qualifier is read first).
WIND_BEFORE_RE = re.compile(
    r"\b(?:gusts?|winds?|wind[ ]speeds?|gusting|gusted)"
    r"(?:[ ](?:of|to|at|reached|reaching|hit|hitting|topped|topping|peaked[ ]at"
    r"|touched|exceeded|exceeding))?[ ]$",
    re.IGNORECASE,
)
# A plural counted noun, then a verb of reaching or moving and maybe "to" or
# "at": "arrests to 3,000", "Deaths reached 1,000", "cases rose to 1,200",
# "Arrests averaged 1,000 a day", "arrests to reach 3,000", "Jobs fell from
# 1.2 million" (a level; "rose by 500" is a change). The plural opens the sentence or is
# written in lower case.
_LEVEL_VERB_WORDS = (
    r"reached|hit|hits|topped|totaled|totalled|numbered|averaged"
    r"|exceeded|passed|surpassed|neared|approached"
    # the present of a headline: "Arrests reach 1,900 a day" (not "top" nor
    # "near", nouns and prepositions too: "singles in the top ten")
    r"|reach|exceed|surpass"
    # "Attendances at the club average 61,500", "Losses total $2bn"
    r"|average|total"
    r"|(?:rise|fall|climb|jump|drop|grow|surge|soar|swell)[ ](?:to|from)"
    r"|to[ ](?:reach|hit|top|exceed|pass|surpass|average))"
    r"|(?:rose|fell|climbed|jumped|dropped|grew|increased|decreased|declined"
    r"|surged|soared|stood|swelled|stand|remain|remained|stay|stayed|hover|hovered)"
    r"(?:[ ](?:to|at|from))?)[ ]$"
)
LEVEL_VERBS = r"(?:(?:to|of|at|" + _LEVEL_VERB_WORDS
_PLURAL_BEFORE = (
    rf"(?:\b(?P<r>{'|'.join(RATE_ADJECTIVES)})[ ])?"
    r"(?:\b(?P<n>[a-z]+s)|(?:^|[.!?][ ])(?P<cap>[A-Z][a-z]+s))[ ]"
)
NOUN_BEFORE_RE = re.compile(_PLURAL_BEFORE + LEVEL_VERBS)
# The same with a short phrase of place or time between the plural and its
# verb: "New loans in November fell to 77,000", "Troops in Iraq numbered
# 140,000", "Deaths last week reached 300". Only before a verb: after a bare
# "to", "of" or "at" the phrase may be what is counted.
# "Crossings in the border sector rose to 1,240": up to three words after
# "the" (a place's name may be in capitals or not).
_PHRASE_AFTER_PLURAL = (
    r"(?:(?:in|on|at|along|for|from|among|across|during)[ ]"
    r"(?:the[ ](?:[a-z][\w’'-]*[ ]){0,2})?"
    r"[A-Za-z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*)?"
    r"|(?:last|this)[ ](?:week|month|year|quarter|season))[ ]"
)
NOUN_PHRASE_BEFORE_RE = re.compile(
    _PLURAL_BEFORE + _PHRASE_AFTER_PLURAL + r"(?:(?:" + _LEVEL_VERB_WORDS
)
# A change, then the level it brought: "Deaths rose by 12 to 340", "Arrests
# rose 20% to 1,200", "Visitors fell by 300,000 to 4.5 million". The level
# counts the plural, and so does the change after "by" ("rose by 12": 12
# deaths; a percentage keeps its sign).
_CHANGE_VERB_WORDS = (
    r"(?:rose|fell|climbed|jumped|dropped|grew|increased|decreased|declined|surged"
    r"|soared|slipped|slumped|plunged|tumbled|edged[ ](?:up|down))"
)
_CHANGE_AMOUNT = (
    r"(?:[-+]?[$£€]?\d[\d,.]*(?:[ ]?(?:%|percent\b|per[ ]cent\b|million\b|billion\b"
    r"|bn\b|m\b|k\b))?"
    # a share in words: "Shoplifting offences dropped by a fifth to 415,000"
    rf"|(?:a[ ]|(?:{'|'.join(w for w, v in UNITS.items() if 1 <= v <= 9)})[ -])?"
    r"(?:half|third|quarter|fifth|sixth|tenth)s?)"
)
# The change may be followed by the time it is measured over, and a comma:
# "Deportations rose 40% from a year earlier to 36,800", "Deaths fell 14%
# last year to about 81,000", "Sales rose 6%, to 34,500".
_CHANGE_TIME = (
    r"(?:[ ](?:from[ ]a[ ]year[ ](?:earlier|ago|before)|on[ ]the[ ]year"
    r"|year[ -]on[ -]year|(?:last|this)[ ](?:year|month|week|quarter)"
    # "Arrests rose 32% in May from April, to 34,100"
    rf"|in[ ](?:{month_pattern()})(?:[ ]from[ ](?:{month_pattern()}))?"
    r"|in[ ]\d{4}|over[ ]the[ ](?:past[ ])?(?:year|decade)))?,?"
)
# An age bound of a group of people: "voters under 30", "children under 5",
# "adults over 75", "those 65 and older", "40% of them under 25". The group
# is a people noun (`PEOPLE_NOUNS`, not a quantifier such as "many") or one
# of these.
AGE_GROUP_NOUNS = (
    PEOPLE_NOUNS
    - frozenset("many some several most both few all hundreds thousands dozens".split())
    # forces are counted, not aged: "kept troops under 100"
    - frozenset("troops soldiers officers agents police guards fighters gunmen".split())
) | frozenset(
    """
children adults men women those them teenagers teens youngsters babies infants
toddlers pensioners smokers drivers respondents mothers fathers girls boys
""".split()
)
# "voters under 30", "Children under five" (a capital opens the sentence).
AGE_GROUP_BEFORE_RE = re.compile(r"\b([a-z]+|[A-Z][a-z]+)[ ](?:aged[ ])?$")
AGE_BOUNDS = frozenset(
    {
        "under",
        "over",
        "below",
        "above",
        "and older",
        "or older",
        "and younger",
        "or younger",
        "and over",
        "and above",
        "and up",
        "or over",
        "or under",
    }
)
# A death toll's level counts deaths: "the death toll climbed to 214", "a
# death toll of 84", "the death toll has since risen to 90".
DEATH_TOLL_BEFORE_RE = re.compile(
    r"\bdeath[ ]tolls?(?:[ ][a-z]+){0,3}?[ ](?:to|at|of|reached|hit|topped|passed"
    r"|exceeded|surpassed|is|was|stood)[ ]$",
    re.IGNORECASE,
)
# A verb of killing or injuring right before a bare number: its object is
# people ("Storm kills 23", "killing 140 people and injuring more than 900",
# "a quake that killed 1,300"); a qualifier may come between.
CASUALTY_VERB_BEFORE_RE = re.compile(
    r"\b(?:kill|kills|killed|killing|injure|injures|injured|injuring|wound|wounds"
    r"|wounded|wounding)[ ](?:(?:at[ ]least|more[ ]than|nearly|almost|about|some"
    r"|over|around|up[ ]to|an[ ]estimated)[ ])?$",
    re.IGNORECASE,
)
# A verb that makes people move, before a bare number and "to" with a verb
# of leaving: "forcing 60,000 to flee", "ordered 5,000 to evacuate"
# (`attachers.casualties`).
DISPLACED_BEFORE_RE = re.compile(
    r"\b(?:forc(?:e|es|ed|ing)|order(?:s|ed|ing)?|urg(?:e|es|ed|ing)|allow(?:s|ed|ing)?"
    r"|prompt(?:s|ed|ing)?|caus(?:e|es|ed|ing)|leav(?:e|es|ing)|left)[ ](?:(?:at[ ]least"
    r"|more[ ]than|nearly|almost|about|some|over|around|up[ ]to|an[ ]estimated)[ ])?$",
    re.IGNORECASE,
)
# A bare number whose predicate is a state of casualties counts people:
# "about 300 remain missing", "40 were killed", "12 are still in hospital"
# (not "500 were detained": who holds whom is left to the counts around it).
CASUALTY_STATE_NEXT_RE = re.compile(
    r"[ ](?:remain|remained|are|were|have[ ]been|had[ ]been)(?:[ ]still)?[ ]"
    r"(?:missing|dead|injured|wounded|hurt|killed|unaccounted[ ]for|in[ ]hospital"
    r"|hospitali[sz]ed|trapped|displaced|homeless|rescued|evacuated)\b"
)
DISPLACED_NEXT_RE = re.compile(
    r"[ ]to[ ](?:flee|evacuate|leave|move|seek|abandon|shelter|relocate|escape)\b"
)
# A plural after one of these, up to two words later, is their object, not
# the subject of the verb after it: "Deaths involving stimulants rose",
# "loans for new property purchases fell", "cases linked to schools".
OBJECT_BEFORE_RE = re.compile(
    r"\b(?:involving|including|excluding|among|linked[ ]to|tied[ ]to|related[ ]to"
    # "by" an agent, not a margin: "Crossings … by small boats", not "by 297 votes"
    r"|caused[ ]by|blamed[ ]on|for|of|in|on|with|at|from|by(?![ ](?:[\d$£€]|(?:some|about|around|nearly|almost|just|only|more|fewer|over"
    r"|under|at|a|an|roughly|less)\b)))"
    # a number may be among the words: "in 22 one-day internationals at"
    # (not a name: "sales of Mini models rose 3.6% to 14,800" count models);
    # three words for two joined by "and": "for health and care workers"
    r"(?:[ ](?:[a-z][\w-]*|\d(?:[\d,.]*\d)?)){0,3}[ ]$"
)
NOUN_CHANGE_BEFORE_RE = re.compile(
    _PLURAL_BEFORE
    + f"(?:{_PHRASE_AFTER_PLURAL})?"
    + _CHANGE_VERB_WORDS
    + rf"[ ](?:(?:by[ ])?(?:about[ ]|some[ ]|nearly[ ]|almost[ ])?{_CHANGE_AMOUNT}"
    # the change's rate: "Arrests rose by 200 a day to 1,100"
    + r"(?:[ ](?:a|per)[ ](?:day|week|month|year))?"
    + _CHANGE_TIME
    + r"[ ]to|by)[ ]$"
)
# The subject of "come on top of" is what the number counts: "The cuts,
# which come on top of 3,500 announced in November" (3,500 cuts).
ON_TOP_BEFORE_RE = re.compile(
    r"(?:^|[.!?][ ]|\b[Tt]he[ ])(?:(?P<r>(?!))|(?P<n>[a-z]+s)|(?P<cap>[A-Z][a-z]+s))"
    r",?[ ](?:(?:which|that)[ ])?(?:come|came|will[ ]come|are|were|will[ ]be)[ ]"
    r"(?:on[ ]top[ ]of|in[ ]addition[ ]to)[ ]$"
)
# The plural right before an object phrase (`OBJECT_BEFORE_RE`) that opens
# the sentence or a clause, or follows "the": "Thefts of mobile phones",
# "the loans for new"; not a counted noun ("took 300 wickets in 64 league
# matches at an average of 24.1" counts no wickets).
# A phrase the object's phrase hangs on, between it and the subject:
# "Crossings [of the Channel] by small boats rose to 1,240" (a name may be
# among its words, as it is not the plural counted).
OUTER_PHRASE_BEFORE_RE = re.compile(
    r"\b(?:of|for|in|on|at|from|to|across|into)(?:[ ][\w-]+){1,3}[ ]$"
)
SUBJECT_BEFORE_OBJECT_RE = re.compile(
    r"(?:(?:^|[.!?;,][ ]|\b(?:[Tt]he|and|but|while|as)[ ])(?P<n>[a-z]+s)"
    r"|(?:^|[.!?][ ])(?P<cap>[A-Z][a-z]+s))[ ]$"
)
# "The number of cars sold hit 300,000": the plural after "number of" (and up
# to two words before it, "the number of civil servants"), up to three words
# of its own before the verb.
# "The number of people waiting for hospital treatment in England fell to
# 7.2 million": also a plural not in -s, and up to eight words after it.
# A number among the words after the plural ("the number of people aged 85
# and over rose by 26% to 1.8 million"), and a change before the level, as
# `NOUN_CHANGE_BEFORE_RE` reads it.
NUMBER_OF_BEFORE_RE = re.compile(
    rf"\b(?:number|total|tally|count)[ ]of[ ](?:(?P<r>{'|'.join(RATE_ADJECTIVES)})[ ])?"
    r"(?:[a-z]+[ ]){0,2}?(?P<n>[a-z]+s|people|children|men|women)"
    r"(?:[ ](?:[A-Za-z]+|\d[\d,.]*)){0,8}[ ](?:"
    + _CHANGE_VERB_WORDS
    + rf"[ ](?:by[ ])?(?:about[ ]|some[ ]|nearly[ ]|almost[ ])?{_CHANGE_AMOUNT}"
    + _CHANGE_TIME
    + r"[ ]to[ ]$|"
    # "The number of officers fell by 1,318 to 147,746": the change too
    + _CHANGE_VERB_WORDS
    + r"[ ]by[ ]$|"
    + LEVEL_VERBS
    + ")"
)
# A population is of people: "The population reached 70.3 million",
# "Population passes 70 million", "whose population jumped by 38% to 142,000";
# so are a workforce and migration ("a workforce of 1,200", "Net migration
# fell to 431,000", "net migration of about 650,000").
POPULATION_BEFORE_RE = re.compile(
    # "The population of England and Wales grew by 706,000 in the year to
    # mid-2025, to 61.8 million": a place of up to three words ("Net
    # migration to the UK was 728,000"), a period
    r"\b(?:[Pp]opulation|[Ww]orkforce|(?:[Nn]et[ ])?(?:[Ii]m|[Ee])?[Mm]igration)(?:[ ](?:of|to|into|from)[ ](?:the[ ])?[A-Z][\w.’'-]*"
    r"(?:[ ](?:and[ ])?[A-Z][\w.’'-]*){0,2})?[ ](?:"
    r"(?:has[ ]|had[ ])?(?:reached|reaches|passed|passes|topped|tops|hit|hits|nears"
    r"|neared|approaches|approached|exceeded"
    r"|exceeds|stood[ ]at|stands[ ]at|is|was|of|numbered|totalled|totaled"
    r"|(?:rose|fell|grew|climbed|jumped|dropped|increased|decreased|declined"
    r"|shrank|risen|fallen|grown)(?:[ ]by[ ]" + _CHANGE_AMOUNT + r")?"
    r"(?:[ ]in[ ]the[ ]year[ ]to[ ][\w-]+)?" + _CHANGE_TIME + r"[ ]to)"
    r"|(?:rose|fell|grew|climbed|jumped|dropped|increased|decreased|declined"
    r"|shrank|rises|falls|grows|shrinks)[ ]by)[ ]$"
)
# Verbs in -s that take "to" or "at" before a number: "it compares to 27
# million", "the bill amounts to 300", "the death toll stands at 45" (no 45
# stands), "the score remains at 2".
VERBS_BEFORE_LEVEL = frozenset(
    """
compares amounts equates corresponds adds comes goes rises falls climbs jumps
drops grows slips sinks moves refers relates applies turns leads belongs
stands remains sits hovers stays lies rests peaks trades closes opens ends
starts begins finishes runs halves doubles triples quadruples
""".split()
)
# Plurals that name what is measured, not counted: "prices rose to 300"
# is no 300 prices.
MEASURED_PLURALS = frozenset(
    """
prices rates shares stocks temperatures sales earnings profits revenues costs
wages yields levels values scores ratings odds averages totals numbers figures
estimates forecasts savings losses gains returns premiums fees taxes bills rents
salaries incomes assets reserves exports imports balances deficits debts
rates readings speeds emissions margins bids offers valuations futures bonds
places spots positions notches times payrolls winds gusts
""".split()
)
"""Also the steps of a ranking and timings: "rising nine places to 15" is
the 15th place, "his times of 6.61 and 6.62 seconds" are seconds."""
# Words that start a verb's object: a plural before them, after "and", is a
# verb ("30 branches and runs the depots").
OBJECT_STARTS = frozenset("the a an its their his her our".split())
# Verbs in -s that take "to" and a verb: a plural before "to" after "and" is
# one ("300 stores and plans to open 50 more"), not a second noun.
TO_VERBS = frozenset(
    """
plans wants hopes aims needs expects intends seeks tries vows promises threatens
refuses agrees continues declines attempts fails wishes prepares decides pledges
claims
""".split()
)
TO_VERB_NEXT_RE = re.compile(r"[ ]to[ ][a-z]")
# Verbs in -s that link a number to what it comes to: "The UK total of 5.3
# million translates into 7.5 connections per 100 people" (no 5.3 million
# "translates"), "the sum of 300 amounts to".
LINKING_VERBS = frozenset(
    "translates equates amounts corresponds compares relates belongs refers".split()
)
LINKED_NEXT_RE = re.compile(r"[ ](?:to|into|with)\b")
# A word in -s after "and" then a subject pronoun is a verb: "signed 2 acts
# and claims he spent", "500 responses and says it will" (a noun phrase is
# not followed by its own subject).
PRONOUN_NEXT_RE = re.compile(r"[ ](?:he|she|it|they|we|i|you)\b")
# Verbs that take a plural object, right after "and": "cut 7,000 jobs and
# reduce costs", "hire 300 staff and open stores" (not a modifier of a second
# noun, as "agents and local police officers" has).
VERBS_BEFORE_OBJECT = frozenset(
    """
cut reduce raise boost increase lower save create add hire close open sell buy
build make slash lift grow expand invest spend pay win lose keep
trim shed restore extend shorten halve
""".split()
)
NUMBER_NEXT_RE = re.compile(r"[ ][$£€]?\d")
# Verbs in -s of a headline that take a level ("Rate among children under
# five reaches 12 per 100,000"): before a number they are no plural noun.
LEVEL_VERBS_S = frozenset(
    "reaches hits tops nears passes exceeds surpasses rises falls climbs jumps"
    " drops soars doubles triples".split()
)
# A score or tally owned by a name, then a verb in -s and its object: a
# headline's "Patel's 112 helps hosts to victory", "Okafor's 31 sinks Lakers".
# The possessive names whose number it is; the word in -s after the number is
# the verb of that singular subject, no plural noun ("Kane's 2 goals lift
# Spurs" keeps its noun: the verb after it has no -s).
# Only in a headline (no stop at its end: "Iowa's 99 counties was the idea"
# is a sentence), after a name (not "That's"), before a name or a plural.
OWNED_SCORE_BEFORE_RE = re.compile(
    r"\b(?!(?:That|It|What|There|Here|He|She|Who|Let|Where|How)['’]s)"
    r"[A-Z][\w'’-]*['’]s[ ]$"
)
VERB_OBJECT_NEXT_RE = re.compile(
    r"[ ](?:[A-Z][\w'’-]*|(?!(?:was|has|does|is)\b)[a-z]+[^s\W]s)\b(?!.*[.!?]\W*$)"
)
# A model code between a count and its plural noun: "10 737-800 planes",
# "two A380 jets" (three digits or more, maybe a letter before and a series
# after a hyphen).
# A model in the plural after a count: "12 F-35s", "dozens of A330s", "11
# DC10s", "three Boeing 737s", "40 MiG-29s", also after its maker, "20
# Airbus A320s": the models are what is counted.
MODEL_PLURAL_RE = re.compile(
    r"[ ]((?:[A-Z][a-z]+[ ]\d{3,}|(?:[A-Z][a-z]+[ ])?[A-Z][A-Za-z]{0,3}-?\d+)[A-Z\d-]*"
    r"(?:s|['’]s))(?![A-Za-z0-9])"
)
MODEL_CODE_RE = re.compile(r"[ ]([A-Z]?\d{3,4}(?:-\d{1,4})?[A-Z]?)[ ]([a-z]+)\b")
# Words that end a counted noun phrase.
STOP = frozenset(
    """
a an the of from to in on at for with by who whom whose that which and or but is
are was were be been has have had will would could can may might must should
including since per than as across into over under about after before during
while if when where because so not no this these those it its their his her our
they he she we you i said says say told according also more each every
than apiece each respectively alone altogether total overall combined
between among against within without through throughout them him me
now still already again currently recently today yesterday tomorrow ever soon
""".split()
    # adverbs of time above: "a family of four now costs", "the two still
    # face trial": the number's clause goes on, no noun "now costs"
)
# Words in -s that are verbs, never a plural counted: after a number they
# begin its clause's verb ("As 2015 comes to an end", "the top five includes",
# "Using the 757 does not help").
VERBS_ONLY_S = frozenset(
    """
does goes comes becomes seems appears happens includes contains requires
suggests involves exists belongs depends
""".split()
)
FEET_INCHES_RE = re.compile(r"[’'′][ ]?(\d{1,2}(?:\.\d+)?)(?:[\"″”]|'')")
# The inches of a height written with hyphens: "6-foot-5", "5-foot-11", "a
# 6-foot-2-inch guard" (not a decimal, nor another compound after).
HEIGHT_INCHES_RE = re.compile(r"-(\d{1,2})(?:-inch\b)?(?![\d.,]\d|-)")
# "720p", "1080p": lines of a video picture, not pence.
VIDEO_LINES = frozenset({240, 360, 480, 576, 720, 1080, 1440, 2160, 4320})
# "a father of three", "the mother-of-two", "a grandmother of 12": a count of
# children (grandchildren), as an age is a figure of the person it describes.
PARENT_OF_BEFORE_RE = re.compile(
    r"\b(?P<g>(?:great-)?grand)?(?:father|mother|parent|dad|mum|mom)(?:[ ]of[ ]|-of-)$",
    re.IGNORECASE,
)
# Two-part amounts read as one value in the larger unit: "5 feet 2 inches"
# (5.1667 feet), "3 dollars and 50 cents" (3.50), "17 USD 25" (17.25); a
# time in hours, minutes and seconds is one duration too ("30 minutes 41
# seconds" is 30.68 minutes, "2 hours, 5 minutes and 30 seconds" 2.09 hours;
# not years and months, "jailed for seven years and six months", two figures,
# each right as written, as quantulum3 labels them).
SUBUNITS = {
    "feet": ("inches", 12),
    "yards": ("feet", 3),
    "pounds": ("ounces", 16),
    "metres": ("centimetres", 100),
    "stones": ("pounds", 14),
    "hours": ("minutes", 60),
    "minutes": ("seconds", 60),
}
TWO_PART_RE = re.compile(r"(?:,?[ ]+and)?[ ]+(?=[\w.])", re.IGNORECASE)
# A race time may set its parts off by commas: "2 hours, 1 minute, 9 seconds".
TIME_PART_RE = re.compile(r",?(?:[ ]+and)?[ ]+(?=\d)", re.IGNORECASE)
CLOCK_PARTS = frozenset({"hours", "minutes"})
INCH_RE = re.compile(r"[ ]?(?:in\b|\"|″)")
# "in" glued to digits is inches ("a 6.1in screen"); after a space it is "in".
GLUED_INCH_RE = re.compile(r"in(?![A-Za-z0-9])")
CENT_RE = re.compile(r"[ ]?(?:cents?|pence)\b|[cp]\b", re.IGNORECASE)
BARE_CENTS_END_RE = re.compile(r"[ ]*(?:[.,;:!?)]|$)")
# Words after a bare number that do not make it qualify them ("2.1 last year").
NOT_QUALIFIED = frozenset(
    {
        "last",
        "next",
        "ago",
        "earlier",
        "later",
        "apiece",
        "respectively",
        "then",
        "now",
        "yet",
        "already",
        # "52 million iPhones, 3 million fewer than a year ago": the
        # difference counts iPhones, as "210,000 more than" does
        "fewer",
        "less",
        # "against 4.2 forecast in March": a participle, no noun
        "forecast",
    }
)
# A measure's dimension at the end of its phrase: "1,200 metres long and 30
# wide" (30 metres; the number qualifies no "wide").
DIMENSION_END_RE = re.compile(
    r"[ ](?:wide|long|high|tall|deep|thick|across)(?=[.,;:!?)]|[ ](?:and|or|but)\b|$)"
)
# Words that are not nouns, for the compound rule ("the 14 already allocated").
NOT_NOUN_ENDINGS = ("ly", "ed", "ing")
NUMBER_WORDS = (
    frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS) | frozenset(VAGUE_SCALE_WORDS)
)
# "two of the biggest brands": the noun after a partitive "of". An owner
# written with a possessive is not part of the noun: "200 of the company's
# workers" and "25 of Apple's stores" count workers and stores.
PARTITIVE_RE = re.compile(
    r"[ ]of(?:[ ](?:the|those|these|its|their|his|her|our|my|your)(?=[ ]))?"
    r"(?:[ ](?:[A-Z][\w.&-]*[ ]){0,2}[A-Za-z][\w.&-]*(?:[’']s|s[’'])(?=[ ]))?"
)
# Words between a number and its noun that the phrase reads past: an aside
# in parentheses or dashes, of lower-case words ("30 (mostly elderly)
# patients", "3,400 – mostly young – applicants").
# Lower-case words in quotation marks after a number: '178 "sound recordings"'.
QUOTED_NOUN_RE = re.compile(r'[ ]["“‘]([a-z][a-z-]*(?:[ ][a-z][a-z-]*){0,3})["”’]')
NOUN_ASIDE_RE = re.compile(
    r"[ ](?:\((?:[a-z][a-z-]*[ ]){0,3}[a-z][a-z-]*\)"
    r"|[–—][ ](?:[a-z][a-z-]*[ ]){1,4}[–—])(?=[ ])"
)
# A rank in a chart between a count and its noun: "three top 20 singles",
# "eight top three hits" count singles and hits.
TOP_RANK_RE = re.compile(r"[ ](top|bottom)[ ](\d{1,3}|[a-z]+)(?=[ ][a-z])")
# The first of two adjectives with a comma between: "300 new, young teachers".
COMMA_ADJECTIVE_RE = re.compile(r"[ ]([a-z][a-z-]*[a-z]),(?=[ ][a-z])")
# Two or three adjectives before a comma: "2,000 new full-time, permanent
# and highly skilled workers" (`adjective_run`).
ADJECTIVE_RUN_RE = re.compile(r"((?:[ ][a-z][a-z-]*[a-z]){2,3}),(?=[ ][a-z])")
# A verb of speech after a noun: "…, police officers said" is no counted noun.
SPEECH_NEXT_RE = re.compile(r"[ ](?:said|say|says|told|added|reported)\b")
TIME_WORDS = frozenset("today yesterday tomorrow tonight ago".split())
# "2,500-strong workforce": the hyphenated word says the size of the noun after it.
SIZE_ADJECTIVES = frozenset({"strong"})
# Collective nouns a size ends on, past the words of a compound before them:
# "the 1,500-strong task force", "a 300-strong rapid reaction unit".
SIZE_HEADS = frozenset(
    """
force forces team unit battalion brigade army crowd workforce staff contingent
delegation group fleet squad corps division regiment company membership mob
caravan convoy crew militia police navy troupe band choir orchestra cast ensemble
panel jury committee board
""".split()
)
LOWER_WORD_RE = re.compile(r"[ ]([a-z][a-z-]*)\b")
DAY_NAMES = CAPITALISED_DAY_NAMES
# A counted noun that starts with a name ("300 Department of Health posts"):
# how many capitalised words and lower-case words after them are read.
MAX_PROPER_WORDS = 5
MAX_LOWER_WORDS = 3
PROPER_JOINERS = frozenset({"of", "and", "&"})
CAPITAL_AFTER_RE = re.compile(r"[ ][A-Z]")
PROPER_WORD_RE = re.compile(
    r"[ ]((?:[A-Z]\.){2,}|[A-Z](?:[\w&-]|[’'.](?=\w))*|\d[\w-]*|of|and|&)(?![\w&])"
)
PROPER_TAIL_RE = re.compile(r"[ ]([a-z][a-z-]*)\b(?![’'.]\w)")
# What ends a name, not a noun phrase: "1 Roger Federer (Switzerland)".
NAME_END_RE = re.compile(r"[ ]?[(,:]")
# Words of an address: "10 Downing Street", "115 Spring St.", "900 Grand Concourse".
ADDRESS_WORDS = frozenset(
    """
Street St Avenue Ave Road Rd Boulevard Blvd Lane Drive Dr Place Square Way
Concourse Court Terrace Plaza Highway Parkway Crescent Close Row
""".split()
)
# Plurals without an "s", and nouns that count people as a group.
IRREGULAR = frozenset(
    """
people men women children personnel staff police cattle livestock aircraft
crew feet teeth mice geese sheep deer fish clergy infantry cavalry media
""".split()
)


def plural_noun(noun: str) -> str:
    """The plural of a singular noun ("page" -> "pages", "story" -> "stories").

    Those that do not change are in IRREGULAR ("staff"), those not made with
    -s in `vocabulary/plurals.py` ("person" -> "people").
    """
    low = noun.lower()
    if not noun.isalpha() or not noun.islower() or low in IRREGULAR:
        return noun
    if low in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[low]
    if low.endswith("y") and low[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    return noun + "s"


@dc.dataclass(frozen=True, slots=True)
class After:
    """What directly follows a number: scale, percent sign, unit."""

    value: float
    """The number's value with any scale suffix applied ("1.2bn")."""
    end: int
    unit: str
    """Canonical unit or ISO currency code; empty when none is written."""
    scale: float = 1.0
    """The scale written with the number (1,000,000 for "5 million")."""


# Words in -s that are no plural nouns: "30 overseas", "12 whereas".
NOT_PLURALS = frozenset(
    "overseas whereas perhaps always sometimes towards afterwards besides".split()
    # Singular nouns in -s that modify the noun after them: "400 gas
    # stations", "400 habeas petitions", "20 canvas bags", "30 lens caps".
    + "gas habeas canvas lens bias chaos atlas alias ethos cosmos thermos".split()
    # diseases named in -s: "14 measles cases"
    + "measles mumps rabies herpes diabetes tetanus scabies".split()
)


def is_plural(word: str) -> bool:
    """Whether a word reads as a plural noun ("agents", "Americans", "people")."""
    if word.lower() in IRREGULAR or word in PEOPLE_PLURALS:
        return True
    if word.lower() in NOT_PLURALS:
        return False
    # "MEPs" and "NGOs" are plurals, "IRS" and "ICE" are not.
    return (
        len(word) > 2
        and word[-1] == "s"
        and word[-2].isalpha()
        and word[-2] not in "suiS'’"
    )


# Plurals that stand before another noun in a compound ("police officers",
# "sports cars"); another plural after other plurals is a verb ("19
# creditors meets").
COMPOUND_PLURALS = frozenset(
    """
police sports news arms savings sales goods customs clothes rights jobs
earnings species series communications electronics firearms drugs weapons
""".split()
)
# Plurals after "400m" that are metres: a race, not millions of runners.
METRE_PLURALS = frozenset(
    "hurdles runners sprinters swimmers relays waves drops".split()
)
# Plurals after a race distance that are metres ("the 400m titles"), and
# millions after another number ("1m records").
RACE_PLURALS = frozenset("finals heats titles medals races records times golds".split())
RACE_DISTANCES = frozenset({50, 60, 100, 110, 200, 300, 400, 800})


# Words after "3m" that make it a length: "a 2m high wall", "3m deep holes".
DIMENSION_WORDS = frozenset(
    """
high tall long wide deep thick across away below above under underground
underwater square cubic apart ahead behind short
""".split()
)
M_PARTITIVE_RE = re.compile(r"[ ]of[ ](?:the|its|their|his|her|our|these|those)(?=[ ])")
# Endings of adjectives, the only words read before "and" there ("digital
# and physical copies").
ADJECTIVE_ENDINGS = (
    "al",
    "ic",
    "ive",
    "ous",
    "ful",
    "less",
    "able",
    "ible",
    "ed",
    "ing",
    "ary",
    "ent",
    "ant",
)
MAX_M_ADJECTIVES = 3
"""Lower-case words (adjectives, "and") read past before the plural."""


ARTICLE_END_RE = re.compile(r"\b[Aa]n?[ ]$")


def _article_right_before(text: str, end: int) -> bool:
    """Whether "a" or "an" stands right before the digits that end at `end`.

    "a 2m wall stands": a size ("an estimated 2m people" has a word between).
    """
    start = end
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".,"):
        start -= 1
    return bool(ARTICLE_END_RE.search(text, max(0, start - 4), start))


def counts_after(text: str, end: int, value: float) -> bool:
    """Whether a lower-case plural noun follows that "m" counts in millions.

    Up to two capitalised words may come first: "4m DS consoles"; and up to
    three lower-case words before the plural, adjectives and "and" ("2m smart
    devices", "3m digital and physical copies"), or a partitive "of the"
    ("2m of the new devices"); not a word of length or place ("a 2m high
    wall", "5m from the shore").
    """
    if partitive := M_PARTITIVE_RE.match(text, end):
        end = partitive.end()
    capitals = lowers = 0
    previous = ""
    while capitals < 3 and lowers <= MAX_M_ADJECTIVES:
        m = WORD_AFTER_RE.match(text, end)
        if not m:
            return False
        word = m.group(1)
        if word.islower():
            if is_plural(word):
                race = word in RACE_PLURALS and value in RACE_DISTANCES
                return word not in METRE_PLURALS and not race
            if word in DIMENSION_WORDS or (word in STOP and word not in ("and", "or")):
                return False
            if word in ("and", "or") and not previous.endswith(ADJECTIVE_ENDINGS):
                return False  # "a 5m road and bridges": a noun before "and"
            lowers += 1
            previous = word
        elif lowers:
            return False  # "3m long Thames": no count of capitalised words
        else:
            capitals += 1
        end = m.end()
    return False


def millions_in_m_before(text: str, before: int) -> bool:
    """Whether the sentence wrote millions as "m" before `before`.

    "£5m" (money) or "1m barrels" (a count): a later "294.3m" that ends its
    phrase in the same sentence is in millions too, not metres ("the 400m
    final" is a race).
    """
    for m in GLUED_M_RE.finditer(text, 0, max(0, before)):
        if m.group(1) or counts_after(text, m.end(), float(m.group(2))):
            return True
    return False


# A street address after a number: "30 Rockefeller Plaza", "123 Main St.".
ADDRESS_NEXT_RE = re.compile(
    r"(?:[ ][A-Z][\w’'.-]*){1,3}[ ](?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard"
    r"|Blvd\.|Plaza|Place|Square|Drive|Lane|Court|Terrace|Parkway)(?![\w])"
)
# A subsection glued to a section number: "287(g)", "401(k)", "501(c)(3)".
SUBSECTION_RE = re.compile(r"\([a-z0-9]{1,2}\)")


def after_number(
    text: str,
    end: int,
    value: float,
    currency: bool,
    scale: float = 1.0,
    named: bool = False,
    race: bool = False,
) -> After | None:
    """Read the scale suffix and unit after a number; None if it is no figure.

    "22nd", "1990s", "11 a.m.", "5G", "2.0.1" and "24/7" are not figures.
    `named`: the number follows a name or label word ("Grade 4 B"), so a
    capital letter after a space is part of that name, not a scale. A
    statute's subsection glued to the digits makes a name too: "287(g)",
    "401(k)", "501(c)(3)". `race`: a verb of running is written before the
    number ("ran 10K"), so a glued "k" is kilometres, unless a plural it
    counts follows ("ran 10K servers").
    """
    if text.startswith("(", end) and SUBSECTION_RE.match(text, end):
        return None
    m = SUFFIX_RE.match(text, end)
    if (
        m
        and m.group() in (" M", " B")
        and not (
            SPACED_LETTER_SCALE_RE.match(text, end)
            if currency or value != int(value)
            else not named and WHOLE_SPACED_LETTER_SCALE_RE.match(text, end)
        )
    ):
        m = None
    if (
        m
        and m.group() in ("k", "K")
        and not currency
        and (
            (race and not counts_after(text, m.end(), value))
            or RACE_AFTER_RE.match(text, m.end())
        )
    ):
        return After(value, m.end(), "kilometres", scale)
    if m and (factor := suffix_scale(m.group(), currency)):
        value, end, scale = value * factor, m.end(), scale * factor
    elif m and (factor := suffix_scale(m.group(), True)):
        # "253m euros": the currency written after makes "m" a million.
        money = UNIT_RE.match(text, m.end())
        if (
            money
            and money.group("sep") == " "
            and unit_of(money.group("unit")) in CURRENCIES
        ):
            value, end, scale = value * factor, m.end(), scale * factor
        elif (
            m.group() == "m"
            and money
            and money.group("sep") == " "
            and unit_of(money.group("unit")) in MEASURE_UNITS
        ):
            # "26.8m bpd", "2m sq ft": a unit after "m" makes it a million
            # (no length is written "5m km")
            value, end, scale = value * factor, m.end(), scale * factor
        elif m.group() == "m" and (
            (
                value < 1000
                and not _article_right_before(text, end)
                and counts_after(text, m.end(), value)
            )
            or (
                value < 1000
                and M_ENDS_PHRASE_RE.match(text, m.end())
                and millions_in_m_before(text, end - 1)
            )
        ):
            # "1m websites", "5.2m viewers": millions of what is counted;
            # "fell 1m barrels to 294.3m": the sentence counts in millions.
            value, end, scale = value * factor, m.end(), scale * factor
    if scale == 1 and value and (plural := PLURAL_SCALE_RE.match(text, end)):
        # "20 millions", "3 thousands": a scale in the plural after a number
        factor = PLURAL_SCALES[plural.group(1).lower()]
        value, end, scale = value * factor, plural.end(), factor
    if (feet := FEET_INCHES_RE.match(text, end)) and scale == 1 and not currency:
        # "5'6\"", "5′ 6″": feet and inches
        return After(value + float(feet.group(1)) / 12, feet.end(), "feet", scale)
    if (
        (ordinal := ORDINAL_RE.match(text, end))
        and not (ordinal.group() == "'" and closes_quote(text, end))
        and not (ordinal.group().lower() == "st" and not _takes_st(value, scale))
    ) or TIME_RE.match(text, end):
        return None
    if MALFORMED_RE.match(text, end) or (
        # "8 January" is a day; "an £8m January bid" an amount
        MONTH_AFTER_RE.match(text, end) and scale == 1 and not currency
    ):
        return None
    if text.startswith("%", end) or text.startswith(" %", end):
        return After(value, PERCENT_RE.match(text, end).end(), "percent", scale)  # type: ignore[union-attr]
    money = MONEY_WORD_RE.match(text, end)
    if money:
        word = money.group("w").lower()
        if (
            scale > 1
            or currency
            or (
                word.startswith("pound")
                and MONEY_VERB_BEFORE_RE.search(text, max(0, end - 40), end)
                # "paid 5 pounds for 2 pounds of apples": a weight of a thing
                and not text.startswith(" of ", money.end())
            )
        ):
            return After(
                value, money.end(), "GBP" if word.startswith("pound") else "KRW", scale
            )
        if word.startswith("pound"):
            part = second_part(text, money.end(), "pounds")
            if part:
                return After(value + part[0], part[1], "pounds", scale)
            return After(value, money.end(), "pounds", scale)
        return After(value, end, "", scale)
    if scale == 1 and not currency and (inch := GLUED_INCH_RE.match(text, end)):
        return After(value, inch.end(), "inches", scale)
    if hyphened := HYPHENED_UNIT_RE.match(text, end):
        spelling = hyphened.group("unit").replace("-", " ")
        return After(value, hyphened.end(), unit_of(spelling) or "", scale)
    unit = UNIT_RE.match(text, end)
    if unit and unit.group() == " second" and text.startswith("-", unit.end()):
        unit = None  # "40 second-hand cars": the ordinal of a compound
    if unit and LETTER_MODEL_RE.match(text, end):
        unit = None  # "5 F-35 jets": a model's name, no degrees Fahrenheit
    if unit and not (
        CURRENCY_AREA_RE.match(text, unit.end())
        and unit_of(unit.group("unit")) in CURRENCIES
    ):
        canonical = unit_of(unit.group("unit")) or ""
        stop = unit.end()
        if unit.group() == "p" and value in VIDEO_LINES:
            return None  # "1080p": a video resolution
        if unit.group("unit") in SCALED_CODES:  # "120 MEUR"
            factor = SCALED_CODES[unit.group("unit")][1]
            value, scale = value * factor, scale * factor
        if scale == 1 and (part := second_part(text, stop, canonical)):
            value, stop = value + part[0], part[1]
        elif (
            canonical == "feet"
            and scale == 1
            and (inches := HEIGHT_INCHES_RE.match(text, stop))
            and int(inches.group(1)) < 12
        ):
            # "the 6-foot-5 forward": a height in feet and inches
            value, stop = value + int(inches.group(1)) / 12, inches.end()
        return After(value, stop, canonical, scale)
    sign = SIGN_AFTER_RE.match(text, end)
    if sign and not currency:
        return After(value, sign.end(), CURRENCY_SUFFIXES[sign.group().strip()], scale)
    if not currency and (glued := GLUED_UNIT_RE.match(text, end)):
        return After(value, glued.end(), GLUED_UNITS[glued.group().lower()], scale)
    if not currency and scale == 1 and (times := TIMES_AFTER_RE.match(text, end)):
        return After(value, times.end(), "times", scale)  # "2x zoom"
    if end < len(text) and (text[end].isalpha() or text[end] in "²³"):
        return None  # glued to letters: "5G", "3D", "S23"
    return After(value, end, "", scale)


def closes_quote(text: str, end: int) -> bool:
    """Whether the straight quote at `end`, after a number, closes a quotation.

    "'EU referendum could cost £80m'": a quotation opened before the number
    in the sentence, the mark then followed by no letter. Else the mark
    after digits is a decade's or a name's ("the 80'", `ORDINAL_RE`).
    """
    if end + 1 < len(text) and text[end + 1].isalnum():
        return False
    return QUOTE_OPEN_RE.search(text, max(0, end - QUOTE_REACH), end) is not None


def _takes_st(value: float, scale: float) -> bool:
    """Whether "st" glued to a number is an ordinal's ending ("1st", "21st").

    After any other number it is stones, "14st" (`units.py`), as British
    papers write a weight ("14st 7lb").
    """
    whole = int(value)
    return scale == 1 and whole == value and whole % 10 == 1 and whole % 100 != 11


# The smaller unit written out as a word that is also a currency (no unit of
# `UNIT_RE`): "14 stone 7 pounds" is a weight, the pounds of the stone.
SUBUNIT_WORD_RE = {"pounds": re.compile(r"[ ]pounds?\b", re.IGNORECASE)}


def second_part(text: str, end: int, unit: str) -> tuple[float, int] | None:
    """Read the smaller part of a two-part amount after its unit.

    Returns (the part in the larger unit, where the amount ends): " 2 inches"
    after "5 feet" is (2/12, end), " and 50 cents" after "3 dollars" (0.5, end).
    A bare number after a currency is cents only at the end of a clause
    ("17 USD 25.").
    """
    if unit in CURRENCIES:
        sub, factor = "", 100
    elif unit in SUBUNITS:
        sub, factor = SUBUNITS[unit]
    else:
        return None
    m = (TIME_PART_RE if unit in CLOCK_PARTS else TWO_PART_RE).match(text, end)
    if not m:
        return None
    num = read_number(text, m.end())
    if num is None or not 0 < num.parsed.value < factor:
        return None
    if sub:
        small = UNIT_RE.match(text, num.end)
        if (
            small
            and small.group("sep") in ("", " ")
            and unit_of(small.group("unit")) == sub
        ):
            part, stop = num.parsed.value / factor, small.end()
            if sub in SUBUNITS and (third := second_part(text, stop, sub)):
                # "2 hours 5 minutes and 30 seconds": the seconds too
                part, stop = part + third[0] / factor, third[1]
            return part, stop
        if (word := SUBUNIT_WORD_RE.get(sub)) and (said := word.match(text, num.end)):
            return num.parsed.value / factor, said.end()
        if sub == "inches" and (inch := INCH_RE.match(text, num.end)):
            return num.parsed.value / factor, inch.end()
        return None
    if cents := CENT_RE.match(text, num.end):
        return num.parsed.value / factor, cents.end()
    if (
        num.parsed.value == int(num.parsed.value)
        and "and" not in m.group().lower()
        and (BARE_CENTS_END_RE.match(text, num.end))
    ):
        return num.parsed.value / factor, num.end
    return None


def is_measure(unit: str) -> bool:
    """Whether a unit is a measure, a currency or a percentage, also per a thing.

    "USD per share", "cents per share" and "USD each" measure an amount as
    "USD" does; "votes per seat" counts votes.
    """
    return unit.partition(" per ")[0].removesuffix(" each") in CANONICAL_UNITS


def singular_unit(unit: str) -> str:
    """The singular of a canonical unit, for "per": "square metres" -> "square metre"."""
    if unit in SINGULAR_UNITS:
        return SINGULAR_UNITS[unit]
    return unit[:-1] if unit.endswith("s") and not unit.endswith("ss") else unit


AGO_NEXT_RE = re.compile(r"[ ](?:ago|earlier|before|later)\b")


def per_unit(text: str, end: int, unit: str) -> tuple[str, int] | None:
    """Read "per barrel", "an ounce", "/kg" after a unit: ("USD per barrel", end)."""
    m = PER_RE.match(text, end)
    if not m or " per " in unit:
        return None
    known = UNIT_RE.match(text, m.end() - 1 if m.group().endswith(" ") else m.end())
    if (
        known
        and known.group("sep") in ("", " ")
        and (canonical := unit_of(known.group("unit"))) in MEASURE_UNITS
    ):
        if canonical in TIME_UNITS:
            return None  # a rate, read by rate_after
        if AGO_NEXT_RE.match(text, known.end()):
            return None  # "against 15% a decade ago": a time, no rate
        return f"{unit} per {singular_unit(canonical)}", known.end()
    word = WORD_RE.match(text, m.end())
    if not word or (m.group().strip() in ("a", "an") and word.group() not in PER_NOUNS):
        return None
    den = word.group()
    if den.lower() in STOP or den.lower() in RATES or den.lower() in SCALES:
        return None  # "per thousand" is a base (`per_base`)
    if f"per {den.lower()}" in RATES:
        return None  # "£30,000 per annum": a rate, read by rate_after
    return f"{unit} per {den}", word.end()


# An amount of one of several things: "$40 apiece", "paid $2,000 each", "5 kg
# each"; not "each" before what it distributes over ("$500 each month" is a
# rate, "$5 each for adults" keeps its "each").
EACH_NEXT_RE = re.compile(
    r"[ ](?:apiece|each)(?=[,.;:)!?]|$|[ ](?:and|or|but|for|to|in|at|on|from|with"
    r"|while|as|after|before|when|by|under|over|than|last|this|next)\b)",
    re.IGNORECASE,
)
# An amount given to each of several: "compensation of £5,000 to each of the 6
# workers", "$500 to each family" (each one's; the span stays the amount).
TO_EACH_NEXT_RE = re.compile(r"[ ](?:to|for)[ ]each[ ]", re.IGNORECASE)
# "each" as the subject that gets or pays an amount: "Each of the 12 schools
# will get £250,000", "each player was paid $2,000" (each one's amount);
# not a word of time ("each year costs $5bn" is a rate).
EACH_NOT_SUBJECTS = frozenset(
    "year month week day quarter season hour night time other".split()
)
EACH_SUBJECT_BEFORE_RE = re.compile(
    r"\b[Ee]ach[ ](?:of[ ]the[ ][\d,]+[ ])?(?P<n>[a-z]+)(?:[ ][a-z]+){0,3}?[ ]"
    r"(?:(?:will|would|could|can|is|are|was|were|to)[ ])?(?:be[ ])?"
    r"(?:get|gets|got|receive|receives|received|earn|earns|earned|pay|pays|paid"
    r"|cost|costs|worth)[ ]$"
)
# A rate per a round number of people or things: "12 deaths per 100,000
# people", "5.3 cases per 1,000 births", "8 homicides for every 100,000
# inhabitants" are one figure each, whose rate is the base as written.
PER_BASE_RE = re.compile(r"[ ](?:per|for[ ]every|per[ ]every|in[ ]every)[ ]")
PER_BASES = frozenset({100.0, 1_000.0, 10_000.0, 100_000.0, 1_000_000.0})
BASE_WORD_RE = re.compile(r"[ ]([a-z][a-z-]*)\b")


def per_base(text: str, end: int) -> tuple[str, int] | None:
    """Read "per 100,000 people" after a figure: ("100,000 people", its end).

    The base is a power of ten from 100 to a million, in digits or words,
    and its noun the words up to its first plural (at most three: "per
    1,000 live births") or its unit ("per 100 km"); none when no plural
    follows ("per 100,000.").
    """
    m = PER_BASE_RE.match(text, end)
    if not m:
        return None
    if base := read_number(text, m.end()):
        value, base_end = base.parsed.value, base.end
    elif (word := WORD_RE.match(text, m.end())) and word.group().lower() in SCALES:
        value, base_end = SCALES[word.group().lower()], word.end()  # "per thousand"
    else:
        return None
    if value not in PER_BASES or text[base_end : base_end + 1].isalnum():
        return None
    stop, pos = base_end, base_end
    known = UNIT_RE.match(text, base_end)
    if known and known.group("sep") in ("", " "):
        return text[m.end() : known.end()], known.end()  # "per 100 km"
    for _ in range(3):
        word = BASE_WORD_RE.match(text, pos)
        if not word or word.group(1) in STOP:
            break
        pos = word.end()
        if is_plural(word.group(1)):
            stop = pos
            break
    return text[m.end() : stop], stop


def size_head(text: str, at: int) -> tuple[str, int, int] | None:
    """The words after "-strong" up to a collective noun, if any.

    Up to four words: "task force", "music and theatre troupe".
    """
    words: list[str] = []
    while len(words) < 4 and (m := LOWER_WORD_RE.match(text, at)):
        words.append(m.group(1))
        at = m.end()
        if m.group(1) in SIZE_HEADS:
            return " ".join(words), at, at
    return None


def counted_noun(
    text: str, end: int, value: float, determiner: bool = False, grouped: bool = False
) -> tuple[str, int, int]:
    """Read the noun phrase a number counts ("National Guard troops").

    Returns (noun, where the figure ends, where the noun ends); the figure
    may run on past the noun ("a three course meal" counts courses).

    A hyphenated word counts ("3,000-person"). Otherwise up to six words,
    "and"/"or" allowed between them ("current and former law enforcement
    sources"); the phrase ends at its last plural, so that trailing words
    ("sources familiar") stay out. A number other than one needs a plural,
    except after "a"/"the", where a singular noun is a compound ("a three
    course meal", "the 12 page document"), and after a number written as a
    quantity (`grouped`: "5,000", "1.2 million"), where a capitalised
    collective noun counts ("5,000 National Guard and 3,000 ...").
    "2,500-strong workforce" counts the workforce.
    """
    if DIMENSION_X_RE.match(text, end):
        return "", end, end  # "a 2,880 x 1,800 screen": no noun "x"
    hyphen = HYPHEN_WORD_RE.match(text, end)
    if hyphen and hyphen.group(1) in SIZE_ADJECTIVES:
        if head := size_head(text, hyphen.end()):
            return head
        noun, fig_end, noun_end = counted_noun(text, hyphen.end(), 1.0)
        if noun:
            return noun, fig_end, noun_end
    if hyphen and hyphen.group(1) in POST_QUALIFIER_WORDS:
        return "", end, end  # "500-plus", "30-odd": a qualifier (`post_qualifier`)
    if hyphen:
        # "a 3,000-person quota" counts people, "a 37-page order" pages; a
        # word already plural stays so ("banned for 10-games", "a
        # nine-times champion", "zero-emissions homes").
        word = hyphen.group(1)
        noun = word if value == 1 or is_plural(word) else plural_noun(word)
        return noun, hyphen.end(), hyphen.end()
    model = MODEL_CODE_RE.match(text, end)
    if model and is_plural(model.group(2)):
        # "10 737-800 planes", "five 747 jets": a count, a model, its noun.
        noun = f"{model.group(1)} {model.group(2)}"
        return noun, model.end(), model.end()
    if models := MODEL_PLURAL_RE.match(text, end):
        return models.group(1), models.end(), models.end()  # "12 F-35s"
    if quoted := QUOTED_NOUN_RE.match(text, end):
        # '178 "sound recordings"', '40 "ghost" ships': the noun in quotation
        # marks, or the words in them and the plural after them
        said = quoted.group(1)
        if is_plural(said.split()[-1]):
            return said, quoted.end(), quoted.end()
        noun, fig_end, noun_end = counted_noun(text, quoted.end(), value)
        if noun.islower() and len(noun.split()) <= 2 and is_plural(noun.split()[-1]):
            return f"{said} {noun}", fig_end, noun_end
        return "", end, end
    if aside := NOUN_ASIDE_RE.match(text, end):
        # "30 (mostly elderly) patients", "3,400 – mostly young – applicants"
        noun, fig_end, noun_end = counted_noun(text, aside.end(), value)
        if noun and len(noun.split()) <= 3 and is_plural(noun.split()[-1]):
            return noun, fig_end, noun_end
        return "", end, end
    rank = TOP_RANK_RE.match(text, end)
    if rank and (rank.group(2).isdigit() or rank.group(2) in NUMBER_WORDS):
        noun, fig_end, noun_end = counted_noun(text, rank.end(), value)
        if noun.islower() and is_plural(noun.split()[-1]):
            return f"{rank.group(1)} {rank.group(2)} {noun}", fig_end, noun_end
    run = ADJECTIVE_RUN_RE.match(text, end)
    if run and adjective_run(run.group(1).split()):
        # "2,000 new full-time, permanent and highly skilled workers", "300
        # mostly young, first-time voters": two or three adjectives before
        # the comma, and more before the plural after it
        noun, fig_end, noun_end = counted_noun(text, run.end(), value)
        after = noun.split()
        if (
            noun.islower()
            and 2 <= len(after) <= 5
            and is_plural(after[-1])
            and not is_plural(after[0])
            and after[0] not in STOP
            and not SPEECH_NEXT_RE.match(text, noun_end)
        ):
            return f"{run.group(1).strip()} {noun}", fig_end, noun_end
    adjective = COMMA_ADJECTIVE_RE.match(text, end)
    if adjective and comma_adjective(adjective.group(1)):
        # "300 new, young teachers", "12 stolen, unregistered guns"
        noun, fig_end, noun_end = counted_noun(text, adjective.end(), value)
        if noun.islower() and len(noun.split()) <= 2 and is_plural(noun.split()[-1]):
            return f"{adjective.group(1)} {noun}", fig_end, noun_end
    words: list[tuple[str, int]] = []
    partitive = PARTITIVE_RE.match(text, end)
    if partitive and (
        partitive.end() - end == 3 or NUMBER_NEXT_RE.match(text, partitive.end())
    ):
        # "of" alone ("5 of 10", "300 of them") is no partitive, and a part of
        # a total ("40 of Britain's 650 MPs") takes the total's noun (`pairs`).
        partitive = None
    # Whole numbers only: "a third of the population" is a share, not a count.
    pos = partitive.end() if partitive and value >= 2 and value == int(value) else end
    # Whether the phrase stopped at what a verb takes: a number or an article.
    object_next = False
    # Whether a number word joined to a unit sizes the noun ("three-ton").
    sized = False
    while len(words) < 6:
        m = NOUN_WORD_RE.match(text, pos)
        if not m:
            object_next = bool(NUMBER_NEXT_RE.match(text, pos))
            break
        word = m.group(1)
        low = word.lower()
        if not words and number_compound(low):
            # "22 one-day internationals", "3 two-year deals": a modifier;
            # one of a unit is a figure of its own too ("five three-ton
            # satellites": 5 satellites and 3 tons), so this one ends before
            sized = unit_of(low.partition("-")[2]) is not None
            words.append((word, m.end()))
            pos = m.end()
            continue
        if low.split("-")[0] in NUMBER_WORDS or (
            word[0].isdigit() and any(is_plural(w) for w, _ in words)
        ):
            # another number: "12 jurors and eight stand-by jurors", "12 NFL
            # teams and met 3 Americans" (a model number is before the noun)
            object_next = True
            break
        if low in OBJECT_STARTS and words:
            object_next = True
        if low in ("and", "or") and words:
            following = WORD_AFTER_RE.match(text, m.end())
            if (
                not following
                or following.group(1).lower() in STOP
                or following.group(1).lower().split("-")[0] in NUMBER_WORDS
            ):
                break
        elif low in ("more", "fewer") and not words:
            following = WORD_AFTER_RE.match(text, m.end())
            if not following or following.group(1).lower() in STOP:
                break  # "eight more picks", but not "5 more than"
        elif low in STOP or low in MONTHS or low in VERBS_ONLY_S:
            break
        words.append((word, m.end()))
        pos = m.end()
    while words and words[-1][0].lower() in ("and", "or"):
        words.pop()
    if (
        words
        and value != 1
        and words[0][0] in PEOPLE_ADJECTIVES
        and ADJECTIVE_NOUN_END_RE.match(text, words[0][1])
    ):
        # "4.4 million jobless", "30 dead and 100 injured": the people so
        # described ("5 injured workers" counts workers)
        return words[0][0], words[0][1], words[0][1]
    if words and words[-1][0] in TO_VERBS and TO_VERB_NEXT_RE.match(text, pos):
        object_next = True  # "300 stores and plans to open": a verb
    if (
        len(words) >= 2
        and words[-2][0].lower() in ("and", "or")
        and PRONOUN_NEXT_RE.match(text, pos)
    ):
        object_next = True  # "2 acts and claims he spent": a verb
    if (
        words
        and words[0][0] in LINKING_VERBS
        and LINKED_NEXT_RE.match(text, words[0][1])
    ):
        return "", end, end  # "The total of 5.3 million translates into": a verb
    plurals = [
        i
        for i, (w, _) in enumerate(words)
        if is_plural(w)
        # "1.90 News Corp shares": a capitalised word in -s inside a name
        and not (w[0].isupper() and i + 1 < len(words) and words[i + 1][0][0].isupper())
    ]
    if value == 1 and plurals and plurals[0] and words[plurals[0] - 1][0].islower():
        plurals = []  # "one company makes chips": after a singular noun, a verb
    if plurals and words[plurals[0]][0].lower() == "times":
        plurals = plurals[:1]  # "10 times and users can": a multiplier, no list
    if plurals:
        # The phrase ends at its first plural, or at a later one joined to it
        # by "and"/"or" ("members and supporters"), not across a verb ("11
        # states hold contests"), with at most two modifiers after the "and"
        # ("agents and local police officers", not "films and put together
        # regular reports").
        last = plurals[0]
        for i in plurals[1:]:
            joiners = [
                j for j in range(last + 1, i) if words[j][0].lower() in ("and", "or")
            ]
            compound = i == last + 1 and (
                words[last][0].lower() in COMPOUND_PLURALS
                # "50,000 with-profits investors": a hyphenated adjective in -s
                or ("-" in words[last][0] and words[i][0].islower())
                # "50 United States senators": a name in -s before the noun
                or (words[last][0][0].isupper() and words[i][0].islower())
            )
            if i == len(words) - 1 and object_next and not compound:
                break  # "30 branches and runs 12 depots": a verb and its object
            if joiners and words[joiners[-1] + 1][0] in VERBS_BEFORE_OBJECT:
                break  # "7,000 jobs and reduce costs": a verb and its object
            if joiners and words[joiners[-1] + 1][0] in VERBS_BEFORE_LEVEL:
                break  # "500 responses and closes on 7 February": a verb
            if joiners and not _joins_plural(text, words, last, joiners[-1], i):
                break  # "150 drugmakers worldwide and analysts have said"
            if (joiners and i - joiners[-1] - 1 <= 2) or compound:
                last = i  # "5 police officers", not "19 creditors meets"
            else:
                break
        words = words[: last + 1]
        if words[0][0].lower() in ("more", "fewer"):
            words = words[1:]
        noun_end = words[-1][1]
        return " ".join(w for w, _ in words), end if sized else noun_end, noun_end
    if value == 1:
        # "one man", "at least one U.S. attorney's office": up to the first
        # lower-case word that is not a possessive.
        for i, (w, _) in enumerate(words[:4]):
            if i == 0 and w.endswith("ly") and w not in LY_NOUNS:
                break  # "one heavily congested network": no noun read
            if i == 0 and (w in OWN_VERBS or ONE_PAST_RE.fullmatch(w)):
                break  # "only one showed the wings": a verb, no noun read
            if w.islower() and not w.endswith(("'s", "’s")):
                # and on through the singular nouns after it: "one mobile
                # network", "only one coal mine remains" (not into a verb:
                # "one man died", "one company makes", "one man hit")
                j = i
                while (
                    j + 1 < len(words)
                    and j < i + 2
                    and SINGULAR_NOUN_RE.fullmatch(words[j + 1][0])
                    and words[j + 1][0] not in OWN_VERBS
                    and words[j + 1][0] not in NOT_NOUNS_AFTER_ONE
                ):
                    j += 1
                first = 1 if words[0][0].lower() in ("more", "fewer") and j > 0 else 0
                noun = " ".join(x for x, _ in words[first : j + 1])
                return noun, words[j][1], words[j][1]
        return "", end, end
    if text.startswith(" ", end) and (proper := proper_count(text, end)):
        return proper
    if grouped and words and words[0][0][0].isupper() and words[0][0] not in DAY_NAMES:
        names = list(itertools.takewhile(lambda w: w[0][0].isupper(), words[:4]))
        if not text.startswith(":", names[-1][1]):  # "Att: 47,111 Ref: S Dunn"
            return " ".join(w for w, _ in names), names[-1][1], names[-1][1]
    if not words or not words[0][0].islower():
        return "", end, end
    if (
        determiner
        and len(words) > 1
        and words[1][0].islower()
        and not any(w.endswith(NOT_NOUN_ENDINGS) for w, _ in words[:2])
        and words[0][0] not in OWN_VERBS  # "the two saw business potential"
    ):
        return words[0][0], words[1][1], words[0][1]
    if (
        determiner
        and not words[0][0].endswith(NOT_NOUN_ENDINGS)
        and text[max(0, end - 40) : end]
        .rstrip("0123456789.,")
        .endswith(("a ", "an ", "A ", "An "))
    ):
        return words[0][0], words[0][1], words[0][1]  # "a .500 record"
    return "", end, end


def number_compound(word: str) -> bool:
    """Whether a word is a number word joined to a noun it sizes: "one-day", "two-year".

    Not two number words ("twenty-one"), nor a fraction ("two-thirds",
    "one-half", "three-quarters"), whose number is read on its own.
    """
    first, _, rest = word.partition("-")
    return (
        first in NUMBER_WORDS
        and rest.isalpha()
        and rest not in NUMBER_WORDS
        and rest.removesuffix("s") not in ORDINAL_WORDS
        and rest.removesuffix("s") not in ("half", "halve", "quarter")
    )


def _joins_plural(
    text: str, words: list[tuple[str, int]], last: int, joiner: int, i: int
) -> bool:
    """Whether "and" at `joiner` joins the plural at `i` to the noun at `last`.

    Not when a word comes between the first plural and "and" ("150 drugmakers
    worldwide and analysts have said"), when a quantifier follows "and" ("a
    billion people and many observers feel"), nor when the second plural has
    a figure of its own after "of" ("39m cases and revenues of A$2.6bn"),
    nor a name after "and" with a verb or a count of its own ("19 delegates
    and Sanders won 15"). A
    word in -ed after "and" may be an adjective ("pirated DVDs and faked
    inlay cards"), so it does not end the phrase.
    """
    if joiner != last + 1:
        return False
    if words[joiner + 1][0].lower() in NEW_PHRASE_QUANTIFIERS:
        return False
    if (
        words[i][0][:1].isupper()
        and words[last][0][:1].islower()
        and (
            OWN_VERB_NEXT_RE.match(text, words[i][1])
            or COUNT_NEXT_RE.match(text, words[i][1])
        )
    ):
        # "Clinton won 19 delegates and Bernie Sanders won 15", "has 503
        # delegates and Sanders has 70": a name with a verb or a count of
        # its own ("37 offices and Jobcentres across the UK" is one phrase)
        return False
    own = OF_FIGURE_NEXT_RE.match(text, words[i][1])
    return own is None


def adjective_run(words: list[str]) -> bool:
    """Whether words before a comma may be adjectives of a noun after it.

    "new full-time", "mostly young": each a `comma_adjective`, the first no
    verb (not one of `OWN_VERBS`, nor in -ed: "300 killed instantly, police
    officers said").
    """
    first = words[0]
    return (
        all(comma_adjective(w) for w in words)
        and first not in OWN_VERBS
        and not first.endswith("ed")
    )


def comma_adjective(word: str) -> bool:
    """Whether a word before a comma may be the first of two adjectives of a noun.

    "300 new, young teachers": not a noun in the plural, a stop word, a
    number, a month, a unit or a word of time ("20 last, ..." ).
    """
    low = word.lower()
    return not (
        is_plural(word)
        or low in STOP
        or low in NOT_QUALIFIED
        or low in TIME_WORDS
        or low.split("-")[0] in NUMBER_WORDS
        or low in MONTHS
        or unit_of(word) is not None
    )


def proper_count(text: str, end: int) -> tuple[str, int, int] | None:
    """Read a counted noun that starts with a name: "300 Department of Health posts".

    A run of capitalised words (with "of", "and" or "&" between them, and
    model numbers after the first: "70 Boeing 737-800 planes", "two Serie A
    titles", "three Six Nations games") and then up to three lower-case words
    ending at a plural. A name alone stays a name ("10 Downing Street", "19
    Entertainment", "1 Roger Federer"), and so does an address or a date
    ("10 Downing Street officials", "2 June games").
    """
    pos, run = end, 0
    while run < MAX_PROPER_WORDS:
        m = PROPER_WORD_RE.match(text, pos)
        joiner = None
        if m and m.group(1) in PROPER_JOINERS and run:
            joiner, m = m, PROPER_WORD_RE.match(text, m.end())
        if not m:
            break
        word = m.group(1)
        if word[0].isupper() or (run and joiner is None and word[0].isdigit()):
            if word.rstrip(".") in ADDRESS_WORDS or word in DAY_NAMES:
                return None
            if word.lower() in MONTHS:
                return None
            run, pos = run + 1, m.end()
            continue
        if joiner is not None:
            return None
        break
    if not run or NAME_END_RE.match(text, pos):
        return None
    for _ in range(MAX_LOWER_WORDS):
        m = PROPER_TAIL_RE.match(text, pos)
        if not m:
            return None
        word = m.group(1)
        if word in STOP or word.split("-")[0] in NUMBER_WORDS:
            return None
        pos = m.end()
        if is_plural(word):
            return text[end + 1 : pos], pos, pos
    return None


def counts_names(text: str, end: int) -> bool:
    """Whether capitalised words after a number are what it counts.

    "Two Americans were killed", "Five British detainees", "Three Labour
    councillors": a people's plural alone, or a name and a plural noun
    (`proper_count`). Not "Six Nations" nor "Three Degrees star".
    """
    m = PROPER_WORD_RE.match(text, end)
    if not m:
        return False
    if is_people_plural(m.group(1)):
        return not CAPITAL_AFTER_RE.match(text, m.end())
    return not is_plural(m.group(1)) and proper_count(text, end) is not None


def modifies_next(text: str, end: int) -> bool:
    """Whether a bare number is followed by a word it qualifies ("zero tolerance").

    A number whose noun was left out is followed by a preposition, a
    relative pronoun, a verb or punctuation: "1,800 from HSI", "95,800 who",
    or a dimension that ends its phrase, "and 30 wide".
    """
    m = WORD_AFTER_RE.match(text, end)
    return bool(
        m
        and not DIMENSION_END_RE.match(text, end)
        and m.group(1).islower()
        and m.group(1) not in STOP
        and m.group(1) not in NOT_QUALIFIED
        and m.group(1).split("-")[0] not in NUMBER_WORDS  # "up from 58 four years ago"
        and not m.group(1).endswith(("ed", "ing", "ly"))
        and m.group(1) not in IRREGULAR_PAST  # "out of 5.2 million cast"
    )


def hyphen_rate(text: str, end: int) -> tuple[str, int] | None:
    """After "3,000-person": read " daily quota" as the rate and its noun."""
    m = RATE_ADJ_NOUN_RE.match(text, end)
    if not m or m.group("n").lower() in STOP:
        return None
    return RATE_ADJECTIVES[m.group("r").lower()], m.end()


HYPHEN_RATE_RE = re.compile(
    r"-((?:an?|per)-(?:hour|day|night|week|month|year))\b(?!-)", re.IGNORECASE
)
# What a unit measures, one or two words after "of" ("barrels of oil",
# "tonnes of crude oil").
OF_COMPLEMENT_RES = (
    re.compile(r"[ ]of[ ]([a-z]+)(?=[ ])"),
    re.compile(r"[ ]of[ ]([a-z]+)[ ][a-z]+(?=[ ])"),
)


MORE_LESS_NEXT_RE = re.compile(r"[ ](?:more|less|extra)(?=[ ])")


def rate_after(text: str, end: int, through_of: bool = False) -> tuple[str, int] | None:
    """Read a time rate after a figure: (rate, where the figure ends).

    " a day", " per month", " annually".
    """
    m = RATE_RE.match(text, end)
    if m:
        return RATES[m.group().strip().lower()], m.end()
    # "a $15-an-hour job", "a £10,000-a-year cap": the rate glued by hyphens.
    if hyphened := HYPHEN_RATE_RE.match(text, end):
        return RATES[hyphened.group(1).replace("-", " ").lower()], hyphened.end()
    # "9 billion shekels ($2.4 billion) a year": the rate is the figure's, but
    # its span stops before the aside, which holds a figure of its own.
    aside = ASIDE_RE.match(text, end)
    if aside and (m := RATE_RE.match(text, aside.end())):
        return RATES[m.group().strip().lower()], end
    # "will earn about £1,400 more a year": a difference has its rate too
    if (more := MORE_LESS_NEXT_RE.match(text, end)) and (
        m := RATE_RE.match(text, more.end())
    ):
        return RATES[m.group().strip().lower()], m.end()
    # "40,000 barrels of oil a day", "3m tonnes of crude oil a year": the
    # rate after what a unit of measure measures (`through_of`); not after a
    # share's whole, "the bottom 10% of arrest numbers monthly".
    for of_re in OF_COMPLEMENT_RES if through_of else ():
        of = of_re.match(text, end)
        if of and of.group(1) not in STOP and (m := RATE_RE.match(text, of.end())):
            return RATES[m.group().strip().lower()], m.end()
    return None


# The readings of a noun before a bare level, in order, with how far back
# each looks (`noun_before`).
NOUN_BEFORE_PATTERNS = (
    (NOUN_BEFORE_RE, 40),
    (NOUN_PHRASE_BEFORE_RE, 64),
    (NOUN_CHANGE_BEFORE_RE, 80),
    (ON_TOP_BEFORE_RE, 60),
)


def noun_before(text: str, start: int) -> tuple[str, str | None] | None:
    """Read the noun a bare number refers back to: "daily arrests to 3,000".

    A headline in Title Case is read in lower case, as its words would be
    written in a sentence: "Overdose Deaths Fall to 29 per 100,000".
    """
    if is_title_case(text) and len(lowered := text.lower()) == len(text):
        text = lowered
    m = next(
        (
            found
            for pattern, reach in NOUN_BEFORE_PATTERNS
            if (found := pattern.search(text, max(0, start - reach), start))
            # "dropped by four-fifths to 3,100": a share, no "fifths"
            and (found.group("n") or "").removesuffix("s") not in ORDINAL_WORDS
        ),
        None,
    )
    if m and (obj := OBJECT_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())):
        # "Deaths involving stimulants rose 6% to 34,500", "loans for new
        # property purchases fell 25% to 85,000": the plural is an object,
        # the number counts the subject right before it, when that is a
        # plural opening the sentence or in lower case ("Thefts of mobile
        # phones rose by 41% to 82,000": thefts)
        subject = SUBJECT_BEFORE_OBJECT_RE.search(
            text, max(0, obj.start() - 30), obj.start()
        )
        if not subject and (
            outer := OUTER_PHRASE_BEFORE_RE.search(
                text, max(0, obj.start() - 40), obj.start()
            )
        ):
            # "Crossings of the Channel by small boats rose to 1,240": the
            # object's phrase hangs on another; the subject is before both
            subject = SUBJECT_BEFORE_OBJECT_RE.search(
                text, max(0, outer.start() - 30), outer.start()
            )
        if subject and not OBJECT_BEFORE_RE.search(
            text, max(0, subject.start() - 40), subject.start()
        ):
            noun = subject.group("n") or subject.group("cap").lower()
            if noun not in STOP and noun not in MEASURED_PLURALS and is_plural(noun):
                return noun, None
        m = None
    number_of = NUMBER_OF_BEFORE_RE.search(text, max(0, start - 100), start)
    if number_of and m and number_of.start() < m.start():
        # "The number of people released … pending hearings fell to zero":
        # the plural before the verb is inside the phrase; people are counted
        m = number_of
    if not m or m.group("n") in MEASURED_PLURALS:
        m = number_of or m
    if not m and POPULATION_BEFORE_RE.search(text, max(0, start - 110), start):
        return "people", None
    if not m:
        return None
    noun = m.group("n") or m.group("cap").lower()
    if noun in STOP or noun in MEASURED_PLURALS or not is_plural(noun):
        return None  # not "gas fell 3"
    if noun in VERBS_BEFORE_LEVEL:
        return None  # "it compares to 27 million", "stands at 45": a verb
    rate = RATE_ADJECTIVES[m.group("r").lower()] if m.group("r") else None
    return noun, rate


def qualifier_before(text: str, start: int) -> re.Match[str] | None:
    """Find the qualifier written just before a figure ("more than 5,000")."""
    return QUALIFIER_RE.search(
        text, max(0, start - QUALIFIER_REACH), start
    ) or SIGN_QUALIFIER_RE.search(text, max(0, start - 4), start)


def post_qualifier(text: str, end: int) -> re.Match[str] | None:
    """Find a qualifier written after a number ("5,000 or more", "500-plus", "30-odd")."""
    return POST_QUALIFIER_RE.match(text, end)


def is_idiom_or_day(text: str, start: int) -> bool:
    """Whether the words before a number make it a rank or a day.

    "No. 1" and "#1" are ranks, "May 26" is a day.
    """
    window_start = max(0, start - 12)
    return bool(
        IDIOM_RE.search(text, window_start, start)
        or MONTH_BEFORE_RE.search(text, window_start, start)
    )


def label_before(text: str, start: int) -> bool:
    """Whether a number follows a word that makes it a label ("category 4").

    Also the plural before a list ("pages 4 and 5", "versions 4.7 and
    earlier") and the later numbers of a list of labels ("Category 4 and 5
    storms": both are labels, no count of storms).
    """
    m = LABEL_BEFORE_RE.search(text, max(0, start - 14), start)
    if m and _label_word(m.group(1)):
        return True
    if m and m.group(1).lower() == "numbers" and LIST_NEXT_RE.match(text, start):
        return True  # "reached numbers 19 and 10 in the chart"
    m = LABEL_LIST_BEFORE_RE.search(text, max(0, start - 40), start)
    return bool(m and (_label_word(m.group(1)) or m.group(1).lower() == "numbers"))


def _label_word(word: str) -> bool:
    low = word.lower()
    return low in LABEL_WORDS or low in LABEL_PLURALS


def age_predicate(text: str, start: int, end: int, value: float) -> bool:
    """Whether a bare whole number is a person's age as the complement of "be".

    "who was 10", "he will be 35 by then", "she turned 40", "life expectancy
    for men is around 73": `start` is where the figure starts (its
    qualifier), `end` where its number ends, and what follows ends the
    clause or starts another phrase ("we were 2 behind" is no age).
    """
    if not (0 < value < 125 and value == int(value)):
        return False
    window = max(0, start - 60)
    if LIFE_EXPECTANCY_RE.search(text, window, start):
        return True
    if not AGE_AFTER_RE.match(text, end):
        return False
    if (
        AGE_PREDICATE_RE.search(text, window, start)
        or SUPERLATIVE_AGE_BE_RE.search(text, window, start)
        or AGE_VERB_BEFORE_RE.search(text, window, start)
    ):
        return True
    # "Sofia was 12 when she last saw her father": a given name as the subject
    named = NAME_BE_RE.search(text, window, start)
    return bool(named and is_given_name(named.group("name")))


def age_apposition(text: str, start: int, end: int) -> bool:
    """Whether a number is an age after a name: "Jamie Armstrong, 25, said".

    Also "Agassi, now 34, has" and "Warren Leblanc, 17 - who was jailed".

    Also at the end of a sentence after a person's name (a known given name):
    "... and Liam Mower, 12." (not "beat Arsenal, 2."), and after a name that
    follows another name's age: "Emily, 16, and Pelham, 14 were pleased".
    """
    written = text[start:end]
    if written.isdigit() and int(written) > MAX_AGE:
        return False  # "the 156 Sportwagon, 166, GTV": model names, no age
    if end - start > 3 or not AGE_APPOSITION_RE.search(text, max(0, start - 30), start):
        return age_after_person_noun(text, start, end) or age_after_name(
            text, start, end
        )
    if AGE_APPOSITION_END_RE.match(text, end):
        return True
    if (
        text[start:end].isdigit()
        and AGE_LIST_BEFORE_RE.search(text, max(0, start - 60), start)
        and (AGE_END_RE.match(text, end) or _person_verb_next(text, end))
    ):
        return True  # "Emily, 16, and Pelham, 14 were pleased": a list of ages
    if not (AGE_END_RE.match(text, end) and text[start:end].isdigit()):
        return False
    if end - start == 2 and SAID_NAME_COMMA_RE.search(text, max(0, start - 40), start):
        return True  # '"We are paying tribute," said Hynde, 53.'
    m = NAME_COMMA_BEFORE_RE.search(text, max(0, start - 40), start)
    return bool(m and is_given_name(m.group(1)))


def age_after_person_noun(text: str, start: int, end: int) -> bool:
    """Whether a number is an age between commas after a noun for one person.

    "His brother, 29, was deported", "the woman, 45, said"; not "the
    company, 29, ..." (no person) nor "his brother, 29." (a count may end a
    list: "his sister, 3").
    """
    if end - start > 3 or not text[start:end].isdigit():
        return False
    if not AGE_APPOSITION_END_RE.match(text, end):
        return False
    m = PERSON_NOUN_APPOSITION_RE.search(text, max(0, start - 40), start)
    # "The prime minister-elect, 48,", "the ex-chairman, 61,": the person noun
    return bool(m and TITLE_AFFIX_RE.sub("", m.group(1).lower()) in AGE_PERSON_NOUNS)


def age_in_context(text: str, left: int, end: int, value: float) -> bool:
    """Whether a bare whole number is an age by the words around it.

    The level of an age limit ("the voting age is 18", "raise the pension age
    from 60 to 65"), "At" a number opening a sentence with a person right
    after its comma ("At 12, he was canvassing"), or after "died at" or
    "retired at". `left` is where the number starts, `end` where it ends.
    """
    if not (0 < value < 125 and value == int(value)):
        return False
    window = max(0, left - 60)
    # Cheap tests first: most bare numbers have no "age" or "at" before them.
    if (
        text.find("age", window, left) >= 0 or text.find("Age", window, left) >= 0
    ) and AGE_LEVEL_RE.search(text, window, left):
        return True
    if not AGE_AT_BEFORE_RE.search(text, max(0, left - 3), left):
        return False
    if AGE_VERB_AT_RE.search(text, max(0, left - 16), left):
        return True
    opens = text[: left - 3].strip(" “\"‘'(") == ""
    return opens and bool(AGE_AT_COMMA_RE.match(text, end))


def _person_verb_next(text: str, end: int) -> bool:
    """Whether a verb of what people do or say follows (`AGE_NEXT_WORDS`)."""
    after = AGE_NEXT_RE.match(text, end)
    return bool(after and after.group(1) in AGE_NEXT_WORDS)


def age_after_name(text: str, start: int, end: int) -> bool:
    """Whether two digits are an age after a person's name whose commas were lost.

    "Nick Hague 44 has spent", "Jamie Armstrong 25 said": a known given name
    and a surname before, a verb of what people do or say after. Not "Lewis
    Hamilton 10 wins" (a word that is no such verb) nor "Windows 10 has" (no
    given name).
    """
    written = text[start:end]
    if not (written.isdigit() and len(written) == 2):
        return False
    if not _person_verb_next(text, end):
        return False
    m = NAME_BEFORE_AGE_RE.search(text, max(0, start - 40), start)
    return bool(m and is_given_name(m.group(1)))


# The digits of a number and the bound of an age after them (`name_before`).
AGE_BOUND_NEXT_RE = re.compile(
    r"\d+[ ](?:or|and)[ ](?:older|over|younger|under)\b", re.IGNORECASE
)


def name_before(text: str, start: int) -> bool:
    """Whether a number follows a capitalised word that makes it part of a name.

    "Section 427", "Game 2", "FTSE 100", "iPhone 11"; sentence openers and
    other function words ("The 21,000 troops", "About 300") do not, nor does
    a possessive: "the Coast Guard’s 4,000 cutters" counts cutters.
    """
    m = NAME_BEFORE_RE.search(text, max(0, start - 24), start)
    if not m:
        return False
    word = m.group(1).lower()
    if word.endswith(("’s", "'s", "s’", "s'")):
        return False
    written = m.group(1)
    if (
        written[1:].islower()
        and is_plural(word)
        and word not in LABEL_PLURALS
        and text[: m.start()].rstrip(" “\"‘'(")[-1:] in ("", ".", "!", "?")
        and PLURAL_RANGE_NEXT_RE.match(text, start)
    ):
        # a plural that opens the sentence before a range is what the range
        # counts, no name: "Kids 3 to 4 years old", "Boys 5-7" ("Pages 4 to
        # 5" are labels; a name in -s before a lone number stays one:
        # "Goals: Baros 61")
        return False
    if (
        word in AGE_GROUP_NOUNS
        and text[: m.start()].rstrip(" “\"‘'(")[-1:] in ("", ".", "!", "?")
        and AGE_BOUND_NEXT_RE.match(text, start)
    ):
        # people opening the sentence before an age's bound are no name:
        # "Voters 18 or older can register", "Children 5 and under"
        return False
    return word not in FUNCTION_WORDS and word.rstrip(".,") not in FUNCTION_WORDS


def name_of_before(text: str, start: int) -> bool:
    """Whether a number ends a name with "of": "the Group of 20", "Gang of 8".

    A capitalised word that opens the sentence says nothing ("Most of 20"),
    nor does a function word, nor a month ("convicted in April of 14 counts").
    """
    m = NAME_OF_BEFORE_RE.search(text, max(0, start - 24), start)
    if not m or m.group(1).lower() in FUNCTION_WORDS or m.group(1).lower() in MONTHS:
        return False
    opening = text[: m.start()].rstrip(" “\"‘'(")
    return bool(opening) and not opening.endswith((".", "!", "?", ":"))


def year_like(text: str, start: int, end: int) -> bool:
    """Whether a number is written like a year: four digits, 1000 to 2199."""
    written = text[start:end]
    return len(written) == 4 and written.isdigit() and 1000 <= int(written) <= 2199
