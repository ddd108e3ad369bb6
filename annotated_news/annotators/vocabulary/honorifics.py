"""Honorifics written before a name, with their full forms and gender.

One line per honorific: `abbreviation | full forms | gender`, where gender
is `f`, `m` or empty. The abbreviation is written with or without a dot
("Mr." and "Mr"); the full forms are matched in lower case. Every annotator
that reads an honorific (entities, quotes, gender, the speaker benchmark)
takes it from here.
"""

from __future__ import annotations

HONORIFIC_TABLE = """
Mr | mister | m
Mrs | missus | f
Ms | | f
Miss | miss | f
Mx | |
Dr | doctor |
Prof | professor |
Sen | senator |
Sens | senators |
Rep | representative |
Reps | representatives |
Gov | governor |
Gen | general |
Lt | lieutenant |
Col | colonel |
Capt | captain |
Sgt | sergeant |
Adm | admiral |
Cmdr | commander |
Maj | major |
Supt | superintendent |
Insp | inspector |
Ch | |
Det | detective |
Cllr | councillor |
Atty | attorney |
Pres | president |
Rev | reverend |
Del | delegate |
St | saint |
Avv | avvocato |
Dott | dottore |
"""
# Courtesy titles, which stand before any name and are not themselves part of
# it; office abbreviations ("Gen.", "Lt. Col.") are kept as a title.
COURTESY = ("Mr", "Mrs", "Ms", "Dr")
# Courtesy titles only a person's surname follows: after them a place's word
# is a surname ("Ms France", "Mrs Holland"), where "Miss World" and "Dr Congo"
# name a contest and a country.
SURNAME_COURTESY = frozenset({"mr", "mrs", "ms"})
# Forms of address that hold no office: "Sir Keir Starmer" may still be "the
# prime minister" a later sentence names (lower case, no dots).
NO_OFFICE = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady"}
)
# Abbreviations that are surnames too, written without a dot after a name
# ("Hun Sen", "Amartya Sen"), where "Sen. Warren" is a senator.
SURNAME_ABBREVIATIONS = frozenset({"Sen"})
# Written after a name: "Martin Luther King Jr.", "Henry Ford II".
NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
# Letters after a name that say what the person is, not who: counsel ("John
# Smith QC", "KC"), members of parliaments ("MP", "MEP", "MSP", "TD", "MLA",
# "MPP") and honours ("OBE", "MBE", "CBE", "KBE", "DBE"). They are no part
# of the name.
POST_NOMINALS = frozenset(
    "QC KC SC MP MEP MSP MLA MPP MHA TD OBE MBE CBE KBE DBE GBE CH OM JP FRS SAN".split()
)


def _parse(table: str) -> tuple[tuple[str, ...], dict[str, str], dict[str, str]]:
    abbreviations: list[str] = []
    full: dict[str, str] = {}
    gender: dict[str, str] = {}
    for line in table.strip().splitlines():
        abbreviation, forms, sex = (part.strip() for part in line.split("|"))
        abbreviations.append(abbreviation)
        for form in forms.split(","):
            if form.strip():
                full[form.strip()] = abbreviation
        if sex:
            gender[abbreviation.lower()] = sex
            for form in forms.split(","):
                if form.strip():
                    gender[form.strip()] = sex
    return tuple(abbreviations), full, gender


HONORIFICS, FULL_FORMS, HONORIFIC_GENDER = _parse(HONORIFIC_TABLE)
"""The abbreviations in table order; full form -> abbreviation; lower-case
abbreviation or full form -> 'f' or 'm'."""
HONORIFICS_LOWER = frozenset(h.lower() for h in HONORIFICS)
"""The abbreviations in lower case, without dots ("mr", "sen")."""

BRAND_COURTESY = frozenset(h.lower() for h in (*COURTESY, "Miss"))
"""Courtesy titles that brands and works take too ("Dr Pepper", "Dr Reddy's",
"the Mr Nasty of books"), unlike offices ("the Rev. Al Sharpton")."""


def honorific_pattern() -> str:
    """A regex alternation of the abbreviations, longest first ("Sens|Sen")."""
    return "|".join(sorted(HONORIFICS, key=len, reverse=True))
