"""Exclusions: signs that a number is no figure.

Each is one small function of a `Reading` that returns True when the number
is ruled out; reading then resumes at `Reading.end`. `rules.py` lists them,
in the order they are tried, between the attachers.
"""

from __future__ import annotations

import dataclasses as dc
import re

from ..dates.lexicon import PARTS_OF_DAY
from ..dates.rules_common import (
    CLOCK_ALONE_RE,
    CLOCK_EVENT_BEFORE_RE,
    CLOCK_EVENT_NEXT_RE,
    ZERO_PARTNER_BEFORE_RE,
    ZERO_PARTNER_NEXT_RE,
)
from ..entities.runs import is_title_case
from ..lexicon import SPEECH_VERBS
from ..numbers import read_number
from ..units import CURRENCIES, unit_of
from ..vocabulary.demonyms import is_demonym
from ..vocabulary.months import WEEKDAYS
from ..vocabulary.people_nouns import is_people_plural
from ..vocabulary.time_zones import CLOCK_PREPOSITIONS
from .context import (
    DETERMINER_RE,
    FUNCTION_WORDS,
    NUMBER_WORDS,
    PARENT_OF_BEFORE_RE,
    RACE_VERB_BEFORE_RE,
    RANK_RE,
    STOP,
    after_number,
    age_after_name,
    counted_noun,
    counts_names,
    is_idiom_or_day,
    is_plural,
    label_before,
    name_before,
    name_of_before,
    post_qualifier,
    qualifier_before,
    year_like,
)
from .reading import Reading

PART_BEFORE_HALF_RE = re.compile(
    r"\b(?:first|second|latter|former|other|better|top|bottom|upper|lower|northern"
    r"|southern|eastern|western|opening|closing|final|back|front|opposite|same)[ ]$",
    re.IGNORECASE,
)
VAGUE_BEFORE_RE = re.compile(r"\b(?:several|few|many)[ ]$", re.IGNORECASE)
WORD_BEFORE_RE = re.compile(r"(\S+)[ ]$")
WORD_NEXT_RE = re.compile(r"[ -][A-Za-z]")
# "It's", "That's", "We're": a pronoun and its verb, no name.
CONTRACTION_RE = re.compile(r"['’](?:s|re|m|ve|ll|d)$", re.IGNORECASE)
# A fraction as a pronoun: "a fifth were children" (a plural verb: "a third
# was injured" may be a third person), "cut by a third by 2027".
SHARE_VERB_NEXT_RE = re.compile(r"[ ](?:were|are|have|say|do)\b")
BY_BEFORE_RE = re.compile(r"\bby[ ]$")
# A word joined by a hyphen after a fraction word makes a compound ("a
# fourth-quarter charge"), not "a quarter-of-an-hour" (a share of a unit).
HYPHEN_COMPOUND_NEXT_RE = re.compile(r"-(?!(?:of|an?)-)[A-Za-z]")
URL_REACH = 120
"""How far back the start of a web address a number is inside is looked for."""
# The fraction words that make a share of a unit hyphenated to it: "a
# half-hour", "a quarter-mile" (but "a fourth-minute goal" is a place).
SHARE_WORD_RE = re.compile(r"\b(?:half|quarter)\b", re.IGNORECASE)
# A maker's name in the possessive, maybe with one adjective, before a
# model number: "Boeing's twin-aisle 777 plane".
POSSESSIVE_NAME_BEFORE_RE = re.compile(
    r"\b[A-Z][\w-]*['’]s(?:[ ][a-z]+(?:-[a-z]+)*)?[ ]$"
)
WORD_AFTER_MODEL_RE = re.compile(r"[ ]([a-z]+)\b(?![-’'])")
# A fraction written with "one" as its numerator: no ordinal is ("a one-fifth
# stake", "the one third reduction").
NUMERATOR_RE = re.compile(r"one[ -]", re.IGNORECASE)
# Qualifiers of an amount that no ordinal takes: "nearly a quarter", "more
# than a third", "with almost a fifth saying" are shares (not "only", "just"
# or "some": "for only a third time" is a place in a run).
SHARE_QUALIFIERS = frozenset(
    """
nearly|almost|approximately|about|around|roughly|more than|less than|fewer than
|up to|at least|at most|close to|just over|just under|well over|well under
|an estimated|estimated|upwards of|in excess of|no more than|no fewer than
|no less than|slightly more than|slightly less than|a little over
|a little more than
""".replace("\n", "").split("|")
)
SINGULAR_PERIOD_NEXT_RE = re.compile(
    r"[ -](?:day|week|month|year|decade|century|quarter|season|term)\b(?![ -]?old)"
)
CAPITAL_NEXT_RE = re.compile(r"[ ][A-Z]")
POSSESSIVE_NEXT_RE = re.compile(r"[’']s\b")
# A possessive right before a number: "Trump's 2016 rivals" (a year).
POSSESSIVE_BEFORE_RE = re.compile(r"\w[’']s?[ ]$")
CAPITAL_WORD_NEXT_RE = re.compile(r"[ ]([A-Z][a-z]*)\b")
WORD_NEXT_CAPITAL_RE = re.compile(r"[ ]([A-Z][A-Za-z]*)\b")
# A model written in the plural after a number counts machines: "11 DC10s",
# "three A330s", "15 Boeing 767s", "20 F-16’s".
MODEL_PLURAL_NEXT_RE = re.compile(
    r"[ ](?:[A-Z][a-z]+[ ])?[A-Z]{0,4}-?\d+[A-Za-z]*(?:s|['’]s)\b"
)
# Capitalised words after a number that open the next clause, whose comma or
# full stop the text lost ("rose to 1,200 According to police", "was 48 The
# vote"): no name goes on from the number. Only words that cannot go on a
# name or count a thing (not "Most", "Covid", "Mr").
CLAUSE_OPENERS = frozenset(
    """
According After Although And As At Because But By For From He However I If In
It Its Meanwhile On She Since So That The Their Then There They This Though We
When Where Whether Which While Who With
""".split()
)
# A weekday after a number is when it was counted: "and 300 Friday".
WEEKDAY_NEXT_RE = re.compile(
    rf"[ ](?:{'|'.join(d.title() for d in WEEKDAYS)})(?:[’']s)?\b"
)
# A speaker after a number whose comma the text lost: "was 4.5 Smith said".
SPEAKER_NEXT_RE = re.compile(
    r"[ ](?:[A-Z][\w’'.-]*[ ]){1,3}"
    rf"(?:{'|'.join(sorted(SPEECH_VERBS, key=len, reverse=True))})\b"
)
# A lower-case word before a capitalised number word: "the joy of Six".
LOWER_WORD_BEFORE_RE = re.compile(r"\b[a-z]+[ ]$")
GROUPED_RE = re.compile(r"\d,\d{3}")
GROUPED_OR_DECIMAL_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")
TWO_DIGITS_RE = re.compile(r"\d\d(?![\d.,]\d)")
QUOTED_COUNT_RE = re.compile(r"\d\d[ ](?!(?:and|or|to|until|when|in)\b)[a-z]")
SIGN_WORD_RE = re.compile(r"(?:minus|negative)\b", re.IGNORECASE)
NEXT_NUMBER_RE = re.compile(r"[ ](?:or|to)[ ](?=[\d$£€]|\w)")
# "the last two of his seven years": a part of a total, not a rank.
OF_NUMBER_RE = re.compile(r"[ ]of[ ](?:(?:the|its|their|his|her|our|my|your)[ ])?")
# Plurals after a year that say what the year's accounts or events are, not
# what is counted: "2005 profits", "2004 earnings", "from 2000 onwards".
PERIOD_NOUNS = frozenset(
    """
profits earnings results sales revenues figures accounts budgets elections
onwards forecasts losses exports imports shipments output production levels
quotas targets crops harvests
""".split()
)
# Qualifiers that compare with the levels of a year: "below 2008 levels".
LEVEL_QUALIFIERS = frozenset({"above", "below", "under", "over", "beyond"})
# A word in -s and a determiner after a year opening its sentence: the year
# is the subject ("2005 offers the chance").
VERB_AND_OBJECT_RE = re.compile(r"[ ][a-z]+s[ ](?:the|a|an|its|their|his|her|our)\b")
HALF_A_RE = re.compile(r"[ ]an?[ ]", re.IGNORECASE)
# After a place in a ranking: "64 in the world", "120 in the WTA rankings".
WORLD_RANKING_RE = re.compile(
    r"[ ]in[ ]the[ ](?:world\b(?:[ ]rankings?\b)?|(?:[A-Z]{3,4}[ ]|world[ ])?rankings?\b)"
)
# The longest run of bare digits that is still a quantity; longer is an id.
MAX_QUANTITY_DIGITS = 15
# Nouns a count makes a compound with ("a 128 page book", "a 250 room
# hotel"): after them a number of any size is a count, not a model.
COMPOUND_COUNT_NOUNS = frozenset(
    """
page seat bed room bedroom storey story floor member piece person man word point
car unit home house vote acre lane track song episode player
""".split()
)
# A hyphen and a capitalised word after a number: "7-Eleven", "3-D".
HYPHEN_NAME_RE = re.compile(r"-[A-Z]")
# The maturity that names a security: "the 10-year Treasury yield", "the
# two-year note", "30-year gilts", "the three-month bill", a mortgage
# product, "two-year fixed rates", "a five-year fix". It says which
# bond, as "S&P 500" says which index: no amount of time the story reports.
TENOR_NAME_RE = re.compile(
    r"-(?:year|yr|month)[ ](?:(?:U\.S\.|US|UK|German|Japanese|Italian|French"
    r"|benchmark|government|Treasury|T)[ ])?(?:Treasury|Treasuries|T-notes?"
    r"|T-bills?|yields?|notes?|bonds?|gilts?|[Bb]unds?|JGBs?|bills?|swaps?"
    r"|breakevens?|fix(?:es)?|fixed(?:-rate)?[ ](?:rates?|mortgages?|deals?))\b"
)
# Verbs that Title Case headlines put before a count ("Airline Cuts 300
# Jobs", "Police Arrest 12", "Storm Killed 40"), in every form a headline
# writes them.
HEADLINE_VERBS = frozenset(
    """
add adds added arrest arrests arrested buy buys bought charge charges charged
close closes closed cut cuts deport deports deported detain detains detained
evacuate evacuates evacuated fine fines fined fire fires fired free frees freed
hire hires hired injure injures injured jail jails jailed kill kills killed
lay lays laid lose loses lost open opens opened order orders ordered rescue
rescues rescued save saves saved seize seizes seized sell sells sold send sends
sent shed sheds sign signs signed slash slashes slashed win wins won deploy
deploys deployed recall recalls recalled release releases released expel expels
expelled sentence sentences sentenced indict indicts indicted convict convicts
convicted ban bans banned raise raises raised spend spends spent pay pays paid
""".split()
)
# Idioms with a number in them, which count nothing. Each pattern matches the
# whole idiom around its number; checked in a few words either side.
IDIOMS = (
    r"(?:cut|cuts|split|splits|splitting|broke|break|breaks|breaking|broken|tore"
    r"|torn|snapped|sliced|chopped)(?:[ ][a-z’'-]+){0,3}[ ]in[ ]two"
    # then no noun: a stop, a conjunction, a preposition or a word of time
    # ("cut in two last year", "split in two in 2020"; "in two years" counts)
    r"(?=[ ]*(?:[.,;:!?)]|$|[ ](?:and|as|after|before|by|when|while|on|at|over|in"
    r"|last|this|earlier|later|yesterday|today|during|since|amid|again)\b))",
    r"in[ ]two[ ]minds|of[ ]two[ ]minds|two[ ]minds[ ]about",
    r"one[ ]of[ ]a[ ]kind|one[ ]and[ ]only|in[ ]one[ ]piece",
    r"at[ ]sixes[ ]and[ ]sevens|on[ ]all[ ]fours|cloud[ ]nine|the[ ]whole[ ]nine[ ]yards",
    r"(?:my|his|her|their|our|your)[ ]two[ ]cents|two[ ]cents[’'][ ]worth",
    r"nine[ ]to[ ]five|a[ ]million[ ](?:times|miles)[ ](?:over|away|better)",
    r"put[ ]two[ ]and[ ]two[ ]together|two[ ]can[ ]play|takes[ ]two[ ]to",
    r"kill[ ]two[ ]birds|two[ ]birds[ ]with[ ]one[ ]stone|six[ ]of[ ]one",
    r"on[ ]the[ ]same[ ]page|hundred[ ]percent[ ]sure",
    r"zero[ ]tolerance|two-bit",
    # "a two-way street", "a one-way ticket": a direction, not a count
    r"(?:one|two)-way",
    # "a quick one-two", "the one-two punch", "a one-two finish": a pass, a
    # combination of blows, first and second place; not a range of a time
    r"one-two(?:-three)?(?![ -](?:days?|weeks?|months?|years?|hours?|minutes?)\b)",
    # "two-for-one deals", "a 3-for-2 offer", "buy-one-get-one-free": a kind
    # of shop offer, no count
    r"(?:two|three|2|3)-for-(?:one|two|1|2)|buy-one-get-one",
    # "a six-figure salary": the size of a sum, not a count of figures
    r"(?:five|six|seven|eight|nine)-figure",
    # "100 percent sure", "gave 110 percent": certainty and effort
    r"1[01]0[ ]?(?:%|percent|per[ ]cent)[ ](?:sure|certain|confident|committed"
    r"|convinced|behind)|(?:give|gives|gave|giving|given)[ ]1[01]0[ ]?(?:%|percent"
    r"|per[ ]cent)",
    # "I've told you a million times": a hyperbole after a verb of saying
    r"(?:told|tell|tells|said|say|says|asked|ask|heard|hear)[ ](?:[a-z]+[ ]){0,2}"
    r"a[ ](?:million|thousand|hundred)[ ]times",
    # "beaten to within an inch of his life", "came within an inch of
    # winning": nearly, not a length (`Scanner.one_unit`)
    r"within[ ]an[ ]inch[ ]of",
)
IDIOM_RE = re.compile(rf"\b(?:{'|'.join(IDIOMS)})\b", re.IGNORECASE)
# The number words of the idioms: other numbers are never looked up.
IDIOM_NUMBERS = frozenset(
    {"zero", "one", "two", "three", "five", "six", "seven", "eight", "nine"}
    | {"million", "thousand", "hundred", "a million", "a thousand", "a hundred"}
    | {"100", "110", "1", "2", "3"}
)
IDIOM_REACH = 40
"""How far either side of a number an idiom is looked for."""


def loose_hyphen_name(r: Reading) -> bool:
    """A name written with a loose hyphen: "COVID -19" is not minus 19.

    Not after a capitalised word that is no name: a function word or a
    contraction that opens the sentence ("It's -5 outside", "That's -0.5",
    "At -40 degrees" are negative numbers).
    """
    if not r.negative or r.currency:
        return False
    m = WORD_BEFORE_RE.search(r.text, max(0, r.left - 20), r.left)
    if not m or not m.group(1)[:1].isupper():
        return False
    word = m.group(1)
    return CONTRACTION_RE.search(word) is None and word.lower() not in FUNCTION_WORDS


NOW_THEN_BEFORE_RE = re.compile(r"(?<![\w-])(?:now|then)-$")


MILITARY_HOUR_RE = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
MILITARY_HOURS_NEXT_RE = re.compile(r"[ ](?:hrs|hours)\b(?![ ](?:of|a|an|per|each)\b)")
CLOCK_WORD_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(CLOCK_PREPOSITIONS)})[ ]$", re.IGNORECASE
)


def in_web_address(text: str, start: int) -> bool:
    """Whether the word the number at `start` is in is a web address.

    "https://www.test.com/search?q=30%25", "www.bbc.co.uk/2005": the text
    since the last space holds "://" or "www.".
    """
    lo = max(0, start - URL_REACH)
    space = max(text.rfind(" ", lo, start), text.rfind("\n", lo, start))
    word = text[max(space + 1, lo) : start]
    return "://" in word or "www." in word.lower()


def glued_left(r: Reading) -> bool:
    """The characters before the number make it part of something else.

    "S23", "24/7", "#1", "1.2.3", "17:22", "COVID-19", "F-35", "the class of
    ’83" (a year; not "'12 cars'", a quotation).
    """
    text, start = r.text, r.left
    if start == 0:
        return False
    prev = text[start - 1]
    if prev.isalnum() or prev in "_/#@&":
        return True
    if in_web_address(text, start):
        return True  # "www.test.com/2005/news": inside a web address
    if prev in ".,:" and start >= 2 and text[start - 2].isdigit():
        return True
    if (
        prev in "'’"
        and (start < 2 or not text[start - 2].isalnum())
        and (TWO_DIGITS_RE.match(text, start))
        and (prev == "’" or not QUOTED_COUNT_RE.match(text, start))
    ):
        return True
    return (
        prev in "-–"
        and start >= 2
        and text[start - 2].isalnum()
        # "her now-18-month-old daughter", "the then-45-year-old": a time
        # adverb before the hyphen, not a name ("COVID-19", "F-35")
        and not NOW_THEN_BEFORE_RE.search(text, max(0, start - 6), start)
        # "the mother-of-three": her children (`attachers.children_of_parent`)
        and not PARENT_OF_BEFORE_RE.search(text, max(0, start - 24), start)
    )


def idiom(r: Reading) -> bool:
    """An idiom that counts nothing: "cut in two", "in two minds", "my two cents"."""
    num = r.num
    if r.text[num.start : num.end].lower() not in IDIOM_NUMBERS:
        return False  # every idiom's number is one of these
    return in_idiom(r.text, num.start, num.end)


def in_idiom(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is inside an idiom of `IDIOMS`."""
    lo = max(0, start - IDIOM_REACH)
    for m in IDIOM_RE.finditer(text, lo, min(len(text), end + IDIOM_REACH)):
        if m.start() <= start and end <= m.end():
            return True
    return False


# Picture resolutions named by a capital K ("4K", "8K"): the name of a
# format, no thousands, before a word of pictures or a frame rate, or after
# "in" at the end of a phrase ("streams in 4K").
RESOLUTION_NUMBERS = frozenset({1, 2, 4, 5, 6, 8, 10, 12, 16})
PICTURE_NEXT_RE = re.compile(
    r"[ ](?:(?:UHD|HDR|Ultra[ ]HD|OLED|LCD|HDR10\+?)[ ])?(?:videos?|TVs?|televisions?"
    r"|resolution|screens?|displays?|monitors?|footage|streaming|streams?|content"
    r"|cameras?|recording|Blu-rays?|projectors?|panels?|images?|movies?|films?"
    r"|gaming|UHD|HDR|OLED)\b"
    r"|[ ]at[ ]\d+[ ]?(?:fps|FPS|p|Hz)\b",
)
IN_BEFORE_RE = re.compile(r"\bin[ ]$")
PHRASE_END_RE = re.compile(r"(?:[.,;:!?)]|[ ](?:and|or|with|on|at)\b|$)")


def resolution_name(r: Reading) -> bool:
    """A picture resolution: "8K video", "a 4K TV", "streams in 4K" (no 8,000).

    Only a whole number glued to a capital K, without a currency ("$10K" is
    money) and read as no unit ("the 5K race" is a distance).
    """
    num, text = r.num, r.text
    if (
        r.currency is not None
        or not text.startswith("K", num.end)
        or (r.after is not None and r.after.unit)
        or num.parsed.value not in RESOLUTION_NUMBERS
        or text[num.end + 1 : num.end + 2].isalnum()
    ):
        return False
    end = num.end + 1
    return bool(
        PICTURE_NEXT_RE.match(text, end)
        or (
            IN_BEFORE_RE.search(text, max(0, num.start - 3), num.start)
            and PHRASE_END_RE.match(text, end)
        )
    )


def tenor_name(r: Reading) -> bool:
    """The maturity of a security: "the 10-year yield", "two-year notes"."""
    return r.unit in ("years", "months") and bool(
        TENOR_NAME_RE.match(r.text, r.num.end)
    )


def hyphen_name(r: Reading) -> bool:
    """A name written with a number and a hyphen: "7-Eleven", "3-D"."""
    return r.unit == "" and bool(HYPHEN_NAME_RE.match(r.text, r.num.end))


def in_date_or_phone(r: Reading) -> bool:
    """The number lies in a date the date annotator found, or in a phone number."""
    return r.scanner.is_excluded(r.num.start, r.num.end)


def record_id(r: Reading) -> bool:
    """Sixteen digits or more: a tweet or record id, not a quantity."""
    num = r.num
    return (
        num.end - num.start > MAX_QUANTITY_DIGITS
        and r.text[num.start : num.end].isdigit()
    )


def rank_or_day(r: Reading) -> bool:
    """A rank or a day: "No. 1" and "#1" are ranks, "May 26" is a day.

    Not a number grouped in thousands or with decimals: no rank is written
    "number 123,456.78" or "No. 2.5" (nor a day "May 2.5"): that is the
    number itself.
    """
    if GROUPED_OR_DECIMAL_RE.fullmatch(r.text, r.num.start, r.num.end):
        return False
    return is_idiom_or_day(r.text, r.num.start)


def part_half(r: Reading) -> bool:
    """A part, not a share: "the second half of the game"."""
    start = r.num.start
    return r.text.startswith(("half", "Half"), start) and bool(
        PART_BEFORE_HALF_RE.search(r.text, max(0, start - 12), start)
    )


def vague_count(r: Reading) -> bool:
    """A vague count: "several hundred thousand" writes no value."""
    start = r.num.start
    return r.text[start].isalpha() and bool(
        VAGUE_BEFORE_RE.search(r.text, max(0, start - 12), start)
    )


def glued_after(r: Reading) -> bool:
    """Glued to what follows: "22nd", "1990s", "11 a.m.", "5G", "2.0.1", "24/7".

    Reading resumes after the word. Otherwise what `context.after_number`
    read (a scale, a unit, a currency sign) is kept for the "unit" attacher.
    """
    num = r.num
    named = r.text.startswith((" M", " B"), num.end) and (
        name_before(r.text, num.start) or label_before(r.text, num.start)
    )
    after = after_number(
        r.text,
        num.end,
        num.parsed.value,
        r.currency is not None,
        num.parsed.scale,
        named,
        bool(RACE_VERB_BEFORE_RE.search(r.text, max(0, num.start - 24), num.start)),
    )
    if after is None:
        pos = num.end
        while pos < len(r.text) and not r.text[pos].isspace():
            pos += 1
        r.end = pos
        return True
    if r.negative:
        after = dc.replace(after, value=-after.value)
    r.after = after
    r.value, r.end = after.value, after.end
    return False


def clock_hours(r: Reading) -> bool:
    """Military hours after a word of time: "until 1800 hours", "by 0600 hrs".

    A clock time, as the dates annotator reads it; "worked 1800 hours" and
    "1800 hours of service" are amounts of time and stay figures.
    """
    return bool(
        MILITARY_HOURS_NEXT_RE.match(r.text, r.num.end)
        and MILITARY_HOUR_RE.fullmatch(r.text, r.num.start, r.num.end)
        and CLOCK_WORD_BEFORE_RE.search(r.text, max(0, r.num.start - 7), r.num.start)
    )


def clock_time(r: Reading) -> bool:
    """Four digits of a 24-hour clock by their neighbours, as the dates annotator reads them.

    Before a noun of a moment after a determiner ("a 2200 curfew", "the 1600
    deadline"), or beside the other end of a range that opens with a zero,
    which no year nor count does ("from 2000 to 0600", "0800 to 1700 hours").
    "About 1500 start the race" and "2200 curfew violations" without a
    determiner stay counts.
    """
    if r.currency or not MILITARY_HOUR_RE.fullmatch(r.text, r.num.start, r.num.end):
        return False
    after = r.text[r.num.end : r.num.end + 20]
    before = r.text[max(0, r.num.start - 12) : r.num.start]
    if ZERO_PARTNER_NEXT_RE.match(after) or ZERO_PARTNER_BEFORE_RE.search(before):
        return True
    if CLOCK_ALONE_RE.match(r.text, r.num.end):
        return True  # "Polls close at 2359.", "The talks resume at 1730."
    return bool(
        CLOCK_EVENT_NEXT_RE.match(after) and CLOCK_EVENT_BEFORE_RE.search(before)
    )


# A bare hour: 1 to 12, no decimals.
BARE_HOUR_RE = re.compile(r"(?:[1-9]|1[0-2])")
# Words that say the time of day, in the hour's sentence: the dates
# annotator's parts of the day, and the hours that have names.
TIME_OF_DAY_RE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in PARTS_OF_DAY)
    + r"|dawn|dusk|midnight|noon|a\.m\.|p\.m\.|o'clock|o’clock)\b",
    re.IGNORECASE,
)
SENTENCE_END_RE = re.compile(r"[.!?](?:[ \n]|$)")


def bare_clock_hour(r: Reading) -> bool:
    """A bare hour after a word of time in a sentence that says the time of day.

    "arrived on a Friday morning, just after 8." is no figure 8. Only when
    a stop or comma follows the number ("after 8 rounds" counts rounds) and
    the sentence names a time of day ("By 8, the crowd had grown" stays).
    """
    if r.currency or r.negative:
        return False
    if not BARE_HOUR_RE.fullmatch(r.text, r.num.start, r.num.end):
        return False
    if not CLOCK_WORD_BEFORE_RE.search(r.text, max(0, r.num.start - 7), r.num.start):
        return False
    following = r.text[r.num.end : r.num.end + 1]
    if following and following not in ".,;:!?)":
        return False
    start = r.text.rfind(". ", 0, r.num.start) + 1
    end_m = SENTENCE_END_RE.search(r.text, r.num.end + 1)
    end = end_m.start() if end_m else len(r.text)
    return bool(TIME_OF_DAY_RE.search(r.text, start, end))


def ordinal(r: Reading) -> bool:
    """An ordinal before a word, not a fraction: "a third term", "a fifth week".

    A period in the singular after it is a place in a run ("for a third week
    in a row"), not a share of one: a third of a week is written so.
    """
    if not r.num.parsed.ordinal_end:
        return False
    if NUMERATOR_RE.match(r.text, r.num.start):
        return False  # "a one-fifth stake", "the one third reduction": a share
    if (
        r.unit
        and r.text.startswith("-", r.num.end)
        and not SHARE_WORD_RE.search(r.text, r.num.start, r.num.end)
    ):
        return True  # "a fourth-minute drop-goal"; "a half-hour", "a quarter-mile"
    if r.unit:
        return bool(SINGULAR_PERIOD_NEXT_RE.match(r.text, r.num.end))
    if r.text.startswith("-", r.end) and HYPHEN_COMPOUND_NEXT_RE.match(r.text, r.end):
        return True  # "by a fourth-quarter charge", "a third-party": a compound
    if SHARE_VERB_NEXT_RE.match(r.text, r.end) or (
        r.num.parsed.value < 1
        and BY_BEFORE_RE.search(r.text, max(0, r.left - 3), r.left)
    ):
        return False
    qualifier = qualifier_before(r.text, r.left)
    if (
        r.num.parsed.value < 1
        and qualifier is not None
        and qualifier.group("q").lower() in SHARE_QUALIFIERS
    ):
        return False  # "dropped by nearly a quarter", "almost a fifth saying"
    return bool(WORD_NEXT_RE.match(r.text, r.end)) and not r.text.startswith(
        " of", r.end
    )


def headline_verb_before(text: str, start: int) -> bool:
    """Whether a number follows a verb of a Title Case headline: "Cuts 300 Jobs".

    A headline capitalises its verbs, so the capital before the number is no
    sign of a name there; only a verb of counting news (`HEADLINE_VERBS`) is
    taken for one, so "Windows 11 Users Report Bugs" keeps its name.
    """
    m = WORD_BEFORE_RE.search(text, max(0, start - 16), start)
    return bool(m and m.group(1).lower() in HEADLINE_VERBS and is_title_case(text))


def name_or_label_before(r: Reading) -> bool:
    """Part of a name or label: "Section 427", "FTSE 100", "iPhone 11", "category 4".

    Not a number with a scale word or grouped in thousands: no name goes
    "Sells 5 Million" or "Orders 3,000" (headlines in Title Case); nor one
    after a headline's verb ("Airline Cuts 300 Jobs", `headline_verb_before`).
    """
    scaled = (r.after is not None and r.after.scale > 1) or bool(
        GROUPED_RE.search(r.text, r.num.start, r.num.end)
    )
    return (
        not r.unit
        and not scaled
        and (
            name_before(r.text, r.num.start)
            or label_before(r.text, r.num.start)
            or name_of_before(r.text, r.num.start)
        )
        and not headline_verb_before(r.text, r.num.start)
        and not age_after_name(r.text, r.num.start, r.num.end)
        and not given_to_name(r)
        and not gapped_subject(r)
    )


# A clause that leaves out its verb, a new subject named after "the": "won
# 47 seats and the Republicans 53", "on 38, while the Conservatives 27".
GAPPED_SUBJECT_BEFORE_RE = re.compile(
    r"(?:,?[ ](?:and|while|whereas|but)|,)[ ]the[ ](?:[A-Z][\w’'.&-]*[ ]){1,3}$"
)
# ...and the number ends its phrase.
GAPPED_SUBJECT_END_RE = re.compile(
    r"[ ]?(?:[,.;:)]|$)|[ ](?:and|while|but|respectively|each|apiece)\b"
)


def gapped_subject(r: Reading) -> bool:
    """Whether a number after "and the Name" is a clause's with its verb left out.

    "The Democrats won 47 seats and the Republicans 53": 53 is the
    Republicans' count, no "Republicans 53" name, when a figure with a unit
    came before in the sentence and the number ends its phrase, after no
    label word ("the Series 53 and 54 bonds"; `attachers.gapped_subject`
    gives it that figure's unit).
    """
    return bool(
        r.scanner.found
        and r.scanner.found[-1].unit
        and GAPPED_SUBJECT_BEFORE_RE.search(
            r.text, max(0, r.num.start - 48), r.num.start
        )
        and GAPPED_SUBJECT_END_RE.match(r.text, r.num.end)
        and not label_before(r.text, r.num.start)  # "and the Series 53 bonds"
    )


# A verb that gives a count to someone named: "would give Reform 290 seats",
# "handed the Greens 6 seats" (not "left", as in "left Windows 10 users").
GIVE_NAME_BEFORE_RE = re.compile(
    r"\b(?:give|gives|gave|giving|given|hand|hands|handed|handing|award|awards"
    r"|awarded)[ ](?:the[ ])?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?[ ]$"
)
# A count's lower-case plural after the number: "290 seats".
PLURAL_NEXT_RE = re.compile(r"[ ]([a-z]+s)\b")


def given_to_name(r: Reading) -> bool:
    """Whether a number after a name counts what a verb gives to that name.

    "the figures would give Reform 290 seats": the name is the verb's
    indirect object and the plural after the number what it counts, no
    "Reform 290" as "Windows 10" is a name.
    """
    plural = PLURAL_NEXT_RE.match(r.text, r.num.end)
    return bool(
        plural
        and is_plural(plural.group(1))
        and GIVE_NAME_BEFORE_RE.search(r.text, max(0, r.num.start - 40), r.num.start)
    )


def one_of(r: Reading) -> bool:
    """A pronoun: "one of the best"."""
    parsed = r.num.parsed
    return (
        not r.unit
        and parsed.words
        and parsed.value == 1
        and r.text.startswith(" of ", r.end)
    )


def capitalised_number_name(r: Reading) -> bool:
    """A number word that is a name: "the Six Nations", "a Five spokesman".

    Not a number word opening its sentence before what it counts: "Two
    Americans were killed", "Five British detainees" (`counts_names`).
    """
    text, num = r.text, r.num
    if r.unit or not text[num.start].isupper() or " " in text[num.start : num.end]:
        return False
    if LOWER_WORD_BEFORE_RE.search(text, max(0, num.start - 20), num.start):
        return True
    if not CAPITAL_NEXT_RE.match(text, r.end):
        return False
    opens = not text[max(0, num.start - 3) : num.start].strip(" “\"‘'(")
    return not (opens and counts_names(text, r.end))


# "The" written capitalised inside a sentence, after a word in lower case, a
# comma or a colon: the start of a title or a name ("starred in The 39 Steps").
TITLE_THE_BEFORE_RE = re.compile(r"(?:[a-z]|[,;:])[ ]The[ ]$")
# A capitalised word after the number, no acronym ("The 27 EU states").
TITLE_WORD_NEXT_RE = re.compile(r"[ ]([A-Z][a-z][\w’'-]*)")


def title_after_the(r: Reading) -> bool:
    """A number inside a title after a capitalised "The": "starred in The 39 Steps".

    Inside a sentence "the" is written in lower case before a count ("the 39
    steps"); capitalised, with a capitalised word after the number, it opens
    a title or a name ("read The 7 Habits", "played at The 100 Club"). Not a
    demonym or a people plural after the number ("met The 12 Democrats" is a
    count, however written), and not in a Title Case headline.
    """
    if r.unit and r.currency:
        return False
    if not TITLE_THE_BEFORE_RE.search(r.text, max(0, r.left - 8), r.left):
        return False
    word = TITLE_WORD_NEXT_RE.match(r.text, r.num.end)
    if not word or is_demonym(word.group(1)) or is_people_plural(word.group(1)):
        return False
    return not is_title_case(r.text)


def score(r: Reading) -> bool:
    """A score or a model code: "a 3-1 win", "won 6-2 3-6 6-3", "777-200LR"."""
    return r.range is not None and r.range.score


def range_in_date_or_phone(r: Reading) -> bool:
    """The number with what follows it runs into a date or a phone number."""
    return r.scanner.is_excluded(r.num.start, r.end)


def noun_of(r: Reading) -> tuple[str, int, int]:
    """The counted noun after the number, read once (see `context.counted_noun`)."""
    if r.noun is None:
        assert r.after is not None
        determiner = bool(DETERMINER_RE.search(r.text, max(0, r.left - 6), r.left))
        num = r.num
        grouped = "," in r.text[num.start : num.end] or r.after.scale > 1
        r.noun = counted_noun(r.text, r.end, r.value, determiner, grouped)
    return r.noun


# What a firm or a body has so many of, not of a year: "the firm's 2000
# staff", "the chain's 1200 stores" (not "Britain's 2012 Olympians").
HEADCOUNT_NEXT_RE = re.compile(
    r"[ ](?:(?:full-time|part-time|permanent|remaining|current)[ ])?"
    r"(?:staff|employees|workers|members|personnel|jobs|volunteers|stores|shops"
    r"|branches|outlets|pubs|restaurants|sites|offices|plants|factories)\b"
)


def year(r: Reading) -> bool:
    """A year the date annotator did not claim: four digits, 1000 to 2199.

    Unless something says it counts: a qualifier, a range, a ratio, or a
    plural noun after it ("1,500 troops" has a comma; "2000 troops" has the
    noun). A year with a possessive is one even after a qualifier: "well
    above 2004's average", and so is one after a possessive, before what it
    dates: "one of Trump's 2016 rivals".
    """
    if (
        not r.unit
        and year_like(r.text, r.num.start, r.num.end)
        and POSSESSIVE_NEXT_RE.match(r.text, r.num.end)
    ):
        return True
    if (
        not r.unit
        and r.qualifier is None
        and r.high is None
        and 1900 <= r.value <= 2099
        and year_like(r.text, r.num.start, r.num.end)
        and POSSESSIVE_BEFORE_RE.search(r.text, max(0, r.left - 24), r.left)
        and not HEADCOUNT_NEXT_RE.match(r.text, r.num.end)
    ):
        # "one of Trump's 2016 rivals", "Britain's 2012 Olympians"; not "the
        # firm's 2000 staff", what a body has is counted
        return True
    if (
        not r.unit
        and r.qualifier in LEVEL_QUALIFIERS
        and r.high is None
        and year_like(r.text, r.num.start, r.num.end)
        and noun_of(r)[0].split()[:1] in (["levels"], ["figures"], ["prices"])
    ):
        return True  # "below 2008 levels": the levels of a year
    post = post_qualifier(r.text, r.end)
    if (
        r.unit
        or not year_like(r.text, r.num.start, r.num.end)
        or r.qualifier is not None
        or (post and not post.group().endswith(" so"))  # "2000 or more", not "or so"
        or r.high is not None
        or r.ratio
    ):
        return False
    noun = noun_of(r)[0]
    if noun.split()[:1] and noun.split()[0] in PERIOD_NOUNS:
        return True  # "2005 profits warning", "2004 earnings"
    opens = not r.text[: r.left].strip(" “\"‘'(")
    if opens and VERB_AND_OBJECT_RE.match(r.text, r.end):
        return True  # "2005 offers the chance": the subject, a verb, its object
    return not (noun and is_plural(noun.split()[-1]) and noun.islower())


def name_after(r: Reading) -> bool:
    """A name: a capitalised word after a bare number ("iPhone 11 Pro", "787 Dreamliner").

    Not a weekday ("300 new cases Thursday and 280 Friday"), a speaker
    whose comma is missing ("the rate was 4.5 Smith said"), a word that opens
    the next clause ("rose to 1,200 According to police") nor the next word
    of a Title Case headline after its verb ("Police Arrest 12 After Protest"),
    nor the people of a place ("500 British 16 to 20-year-olds", "six US top
    10 albums": `vocabulary.demonyms`).
    """
    text, end = r.text, r.end
    opener = CAPITAL_WORD_NEXT_RE.match(text, end)
    return (
        not r.unit
        and not r.qualifier
        and bool(CAPITAL_NEXT_RE.match(text, end))
        and not (opener and opener.group(1) in CLAUSE_OPENERS)
        and not ((nxt := WORD_NEXT_CAPITAL_RE.match(text, end)) and is_demonym(nxt[1]))
        and not MODEL_PLURAL_NEXT_RE.match(text, end)
        and not WEEKDAY_NEXT_RE.match(text, end)
        and not SPEAKER_NEXT_RE.match(text, end)
        and not headline_verb_before(text, r.num.start)
    )


# A road named by its number, written in lower case after it: "the 101
# freeway", "the 405 freeway" (capitalised, "the 110 Freeway", it is a name
# already: `name_after`).
ROAD_AFTER_RE = re.compile(
    r"[ ](?:freeway|highway|motorway|expressway|tollway|turnpike|parkway)\b",
    re.IGNORECASE,
)
THE_BEFORE_RE = re.compile(r"\b[Tt]he[ ]$")


def road_number(r: Reading) -> bool:
    """A road's number: "blocked the 101 freeway"."""
    return (
        not r.unit
        and not r.qualifier
        and bool(ROAD_AFTER_RE.match(r.text, r.end))
        and bool(THE_BEFORE_RE.search(r.text, max(0, r.num.start - 4), r.num.start))
    )


# A compound adjective in -ed after a number and a hyphen: "two-pronged",
# "18-rated", "four-wheeled" (not "-eed" nouns: "a five-speed gearbox").
HYPHEN_ED_RE = re.compile(r"-(?P<w>[a-z]{2,}[^\We]ed)\b(?!-)")


def hyphen_adjective(r: Reading) -> bool:
    """A number in an adjective in -ed names a kind of thing, no count.

    "a two-pronged approach", "an 18-rated game", "a two-legged robot",
    "a four-wheeled device": no figure (the noun would be "prongeds").
    Not after a unit ("a 10-metre-wide road"), nor a range.
    """
    if r.unit or r.range is not None or r.currency:
        return False
    m = HYPHEN_ED_RE.match(r.text, r.num.end)
    return bool(m and m.group("w") not in NUMBER_WORDS)


# "a two-time champion", "the nine-times winner", "a three-time Olympian":
# how often someone won or took part, said of the person; no multiplier
# ("twice as many" is one) and no count of "times". Not before a comparison
# or a change ("a 10-times-larger field" is a multiplier, `unit`).
TIME_EPITHET_RE = re.compile(
    r"-times?[ ](?!(?:more|less|fewer|as|than|over|the|a|an|increase|rise|jump"
    r"|growth|return|(?:fast|larg|bigg|high|great|small|low|long|strong|cheap|wid"
    r"|heavi|deep|quick|dens|bright)er)\b)[A-Za-z][\w'’-]*(?![\w'’-])"
)


def time_epithet(r: Reading) -> bool:
    """A count of wins written as an epithet: "the two-time champion".

    The number says how many titles or entries the person has, a fact of a
    description, with no noun to count (not 2 "times"): no figure.
    """
    if r.unit or r.range is not None or r.currency or r.qualifier:
        return False
    return bool(TIME_EPITHET_RE.match(r.text, r.num.end))


# An emergency telephone number before what it names: "911 calls", "a 999
# operator", "the 911 system".
EMERGENCY_NUMBER_NEXT_RE = re.compile(
    r"[ ](?:calls?|callers?|operators?|dispatchers?|dispatch|centers?|centres?|lines?"
    r"|systems?|services?|recordings?|tapes?|transcripts?)\b"
)


def emergency_number(r: Reading) -> bool:
    """An emergency telephone number is a name: "police received 911 calls".

    "911" and "999" before a call, an operator, a line or a system name the
    number dialled, not 911 of them (a singular after "a" is `model_number`'s
    too: "a 911 call").
    """
    if r.currency or r.qualifier or r.range is not None:
        return False
    if r.text[r.num.start : r.num.end] not in ("911", "999"):
        return False
    return bool(EMERGENCY_NUMBER_NEXT_RE.match(r.text, r.num.end))


def model_number(r: Reading) -> bool:
    """A model or service number before a singular noun: "a 777 plane", "a 911 call".

    A count before a singular noun is a compound ("a 12 page report", "a 500
    seat theatre"), and its number is small or round; a number of three digits
    or more that is no multiple of 50, written after "a"/"the" before one
    singular noun that is no unit, names a model ("a 7610 phone", "the 405
    freeway"); so does a number before a capitalised word and another number
    ("the 737 MAX 8").
    """
    if r.range is not None or r.ratio or r.qualifier or r.after is None:
        return False
    if r.currency or r.after.unit or r.after.scale != 1:
        return False
    written = r.text[r.num.start : r.num.end]
    if not written.isdigit() or len(written) < 3 or int(written) % 50 == 0:
        return False
    words = r.unit.split()
    if words and words[0][:1].isupper() and any(w.isdigit() for w in words):
        return True  # "the 737 MAX 8 carries": a name's words and number, no noun
    if not words and POSSESSIVE_NAME_BEFORE_RE.search(
        r.text, max(0, r.left - 40), r.left
    ):
        # "Boeing's twin-aisle 777 plane", "Nokia's 6230 handset": a maker's
        # model before one singular noun
        nxt = WORD_AFTER_MODEL_RE.match(r.text, r.end)
        return bool(
            nxt
            and not is_plural(nxt.group(1))
            and nxt.group(1) not in STOP
            and nxt.group(1) not in COMPOUND_COUNT_NOUNS
            and unit_of(nxt.group(1)) is None
        )
    if not DETERMINER_RE.search(r.text, max(0, r.left - 6), r.left):
        return False
    return (
        len(words) == 1
        and words[0].islower()
        and not is_plural(words[0])
        and words[0] not in COMPOUND_COUNT_NOUNS
    )


# Boeing's airliners, 707 to 787, and a variant after a hyphen: "the 757",
# "the 737-800", "a 767 tanker".
AIRCRAFT_MODEL_RE = re.compile(r"7[0-8]7(?:-[1-9]\d\d)?")
# Singular nouns a model number may come before: "his 757 jet".
AIRCRAFT_NOUNS = frozenset(
    """
jet jetliner plane airplane aeroplane aircraft airliner freighter tanker fleet
model version variant
""".split()
)


def aircraft_model(r: Reading) -> bool:
    """A Boeing model number in an article about aircraft: "the 757", "its 777 plane".

    Where the article names Boeing or aircraft (`Scanner.aviation`), a 707,
    717, ... 787 with no counted noun, or before a singular word for an
    aircraft, and a variant after a hyphen ("the 737-800": no range), name
    the model; "at least 707 people", "767 pages" and "12 757s" still count.
    """
    if not r.scanner.aviation or r.currency or r.qualifier or r.ratio:
        return False
    written = r.text[r.num.start : r.number_end]
    if not AIRCRAFT_MODEL_RE.fullmatch(written):
        return False
    if "-" in written:
        return True  # "the 737-800 cut costs": a variant, never a range
    return not r.unit or r.unit.split()[0].lower() in AIRCRAFT_NOUNS


# "top" as a verb: "expects sales to top 500,000", "could top 20" (not
# "last": "through to last eight" is a round).
RANK_VERB_BEFORE_RE = re.compile(
    r"\b(?:to|will|would|could|may|might|should|can|did|does)[ ]top[ ]$",
    re.IGNORECASE,
)


def rank(r: Reading) -> bool:
    """Places in a ranking: "the bottom three", "the last 16".

    Not "the last two of his seven years" (a part of a total) nor "the top
    two or three" (a range of counts).
    """
    text, left, end = r.text, r.left, r.end
    if r.unit or not RANK_RE.search(text, max(0, left - 10), left):
        return False
    if RANK_VERB_BEFORE_RE.search(text, max(0, left - 20), left):
        return False  # "sales to top 500,000", "could top 20": a verb
    if NEXT_NUMBER_RE.match(text, end):
        return False
    of = OF_NUMBER_RE.match(text, end)
    return not (of and read_number(text, of.end()))


# A unit word written capitalised after its number, inside a name: "Three
# Degrees star Sheila Ferguson", "98 Degrees posters", "Six Feet Under".
CAPITALISED_UNIT_NEXT_RE = re.compile(r"[ ]([A-Z][a-z]{3,})\b")
# Units whose names are capitalised as written: "40 Celsius".
PROPER_UNIT_WORDS = frozenset({"Celsius", "Fahrenheit", "Kelvin"})


def capitalised_unit_name(r: Reading) -> bool:
    """A number and a unit word written capitalised in a sentence: a name.

    "Three Degrees star Sheila Ferguson", "Six Feet Under", "50 Cent": outside
    a Title Case headline, a unit in full is written in lower case ("40
    degrees"); a currency only before a name or in the singular after
    another number than one ("8 Rand Paul", "50 Cent"; "885,000 Euros
    (£611,000)" is money).
    """
    if not r.unit or r.currency:
        return False
    word = CAPITALISED_UNIT_NEXT_RE.match(r.text, r.num.end)
    if not word or word.end() != r.end or word.group(1) in PROPER_UNIT_WORDS:
        return False
    if (
        r.unit in CURRENCIES
        and not CAPITAL_WORD_NEXT_RE.match(r.text, r.end)
        and (word.group(1).endswith("s") or r.value == 1)
    ):
        # "earning 885,000 Euros (£611,000)"; but "8 Rand Paul", and a
        # singular after a plural number, "rapper 50 Cent topped the list"
        return False
    return not is_title_case(r.text)


def half_a_word(r: Reading) -> bool:
    """Half of a word that is no unit: "half a chance", "half a loaf".

    "half a mile" and "half an hour" are figures (`attachers.fraction_of_unit`
    runs first and gives them their unit).
    """
    num = r.num
    return (
        not r.unit
        and r.text[num.start : num.end].lower() == "half"
        and bool(HALF_A_RE.match(r.text, num.end))
    )


def world_ranking(r: Reading) -> bool:
    """A place in a ranking: "slipped to 64 in the world", "120 in the rankings"."""
    return not r.unit and bool(WORLD_RANKING_RE.match(r.text, r.end))


# A set's score right before a bracket: "6-7(4)", "7-6 (5)".
SET_SCORE_BRACKET_RE = re.compile(r"(?<![\d.,])\d{1,2}[-–]\d{1,2}[ ]?\($")


# A whole number and a full stop opening a sentence before a word: the number
# of a list's item ("1. FIREWORKS FLY IN FIRST DEBATE", "10. Advertisers stick").
LIST_ITEM_RE = re.compile(r"[ \t]*\d{1,3}\.[ ]+(?=[\w“\"‘'])")


# The item's number read as a sentence of its own, as a sentence splitter may
# cut it off the words it numbers ("1." then "FIREWORKS FLY ...").
LONE_ITEM_RE = re.compile(r"\s*\d{1,3}\.\s*")
# Alone, a larger number may be the figure a "by the numbers" list explains
# ("60. The number of countries that ..."): a list's items run up to about 25.
MAX_LONE_ITEM = 25


def list_item(r: Reading) -> bool:
    """The number of a numbered list's item: "2. Strong aftershock rattles the region".

    Only a whole number of up to three digits that opens its sentence, with
    a full stop and a space after it ("2.5 million" has no space; a count
    opening a sentence is written in words or with its noun), or, up to 25,
    that is a sentence alone with its full stop.
    """
    if r.currency is not None or r.negative:
        return False
    if r.text[: r.num.start].strip() or not r.text.startswith(".", r.num.end):
        return False
    if LIST_ITEM_RE.match(r.text) is None and not (
        LONE_ITEM_RE.fullmatch(r.text) and r.num.parsed.value <= MAX_LONE_ITEM
    ):
        return False
    r.end = r.num.end + 1
    return True


def tie_break(r: Reading) -> bool:
    """A tie-break's losing points in brackets after a set's score: "6-7(4)".

    Part of the score, as "7-6 (7-4)" is: no figure.
    """
    text, start, end = r.text, r.num.start, r.num.end
    return (
        text.startswith(")", end)
        and text[start:end].isdigit()
        and bool(SET_SCORE_BRACKET_RE.search(text, max(0, start - 8), start))
    )


# Three or more small numbers joined by dashes: "a 3-5-2 formation".
NUMBER_CHAIN_RE = re.compile(r"(?<![\w.,-])\d{1,2}(?:[-–]\d{1,2}){2,}(?![\w.,]|[-–]\d)")


def number_chain(r: Reading) -> bool:
    """Three or more small numbers joined by dashes are a formation or a code.

    "switched to 3-5-2", "their 2-3-2 scrum formation", "a 4-4-1-1 system":
    no range, no score, and no part of them a quantity. Dates and phone
    numbers are read before (`in_date_or_phone`).
    """
    text, start = r.text, r.num.start
    if not text[start : r.num.end].isdigit():
        return False
    chain = NUMBER_CHAIN_RE.match(text, start)
    if chain is None:
        return False
    r.end = chain.end()
    return True


def leading_zero(r: Reading) -> bool:
    """Digits written with a leading zero are a code or a time: "007", "0870", "0700".

    Not zeros alone ("0000" is zero), nor digits with decimals: "eight
    minutes, 04.69 seconds" is a time's part.
    """
    text, start, end = r.text, r.num.start, r.num.end
    return (
        text.startswith("0", start)
        and end - start >= 2
        and text[start:end].isdigit()
        and r.num.parsed.value != 0
    )


def lone_one_or_zero(r: Reading) -> bool:
    """A word "one" or "zero" alone: "one big way", "zero tolerance".

    It counts with a qualifier ("at least one"), a unit or a currency ("one
    mile", "one yen"), or next to another number ("one or two").
    """
    parsed = r.num.parsed
    return (
        parsed.words
        and abs(r.value) in (0, 1)
        and r.high is None
        and not r.ratio
        and not SIGN_WORD_RE.match(r.text, r.num.start)
        and not r.scanner.one_counts(r.num, r.unit, r.qualifier)
    )


# A cricket score or a bowler's figures, and a batter's hits for at-bats:
# "England were 312 for 6", "Stokes took 4 for 61", "went 3-for-4".
FOR_SCORE_RE = re.compile(
    r"(?P<a>\d{1,3})(?:[ ]for[ ]|-for-)(?P<b>\d{1,3})"
    r"(?=[ ]?[,.;:)]|[ ]?$|[ ](?:at|in|on|after|before|when|declared|dec|off|from"
    r"|with|and|but|as|by|overs?|this|last|against[ ][A-Z])\b)"
)
# What a score follows: a verb of being, taking or reaching, "on", "at", "of".
FOR_SCORE_BEFORE_RE = re.compile(
    r"\b(?:took|take|takes|taking|were|was|are|is|be|been|being|on|at|of|to"
    r"|reached|reach|finished|closed|ended|declared|went|go|goes|going|returned"
    r"|recovered|slumped|collapsed|slipped|reduced|moved|is[ ]now|figures"
    r"|career|season|series)[ ]$",
    re.IGNORECASE,
)


def for_score(r: Reading) -> bool:
    """A cricket score or a batting line written with "for": both numbers are no figures.

    "England were 312 for 6 at the close" (runs for wickets), "Stokes took 4
    for 61" (wickets for runs), "Ortega went 3-for-4" (hits for at-bats), as
    "a 3-1 win" is a score. One side is at most 10 (wickets, at-bats), the
    score follows a verb of being, taking or reaching, "on", "at" or "of",
    and the clause ends after it: "voted 312 for 6 against" (no end), "sold
    3 for 10 dollars" (a noun) and "jailed for 4 for 6 months" stay figures.
    """
    text, start = r.text, r.num.start
    m = FOR_SCORE_RE.match(text, start)
    if m is None or r.currency is not None:
        return False
    a, b = int(m.group("a")), int(m.group("b"))
    if min(a, b) > 10:
        return False
    if not FOR_SCORE_BEFORE_RE.search(text, max(0, start - 12), start):
        return False
    r.end = m.end()
    return True
