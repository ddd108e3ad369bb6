"""Public agencies, for "the agency said" (`annotators/quotes/resolve.py`).

A name holds one of `NAME_WORDS` ("Immigration and Customs Enforcement",
"Federal Bureau of Investigation", "Internal Revenue Service", "Food and
Drug Administration"), or is one of the `ACRONYMS` that articles write
without ever spelling them out ("ICE arrested 1,100 people … the agency
said"). Only government bodies: a business is "the company"'s.
"""

from __future__ import annotations

NAME_WORDS = frozenset(
    "agency enforcement bureau administration service protection patrol".split()
)

ACRONYMS = frozenset(
    """
ICE CBP USCIS HSI ERO FBI DEA ATF USMS DHS DOJ TSA FEMA IRS FDA EPA CDC NIH
CIA NSA NASA NOAA SEC FTC FCC FAA NTSB OSHA SSA USDA HUD NHTSA FEC
HMRC DVLA NCA MI5 MI6 GCHQ CPS FSA ONS DWP
""".split()
)

# Government departments written by an acronym or another name ("DHS", "the
# Pentagon"): whom "the department said" stands for.
DEPARTMENTS = frozenset(
    """
DHS DOJ DOD DOE DOT DOL HHS HUD USDA Pentagon DWP DfE DHSC Defra MoD FCDO
""".split()
)

# The noun of a "the agency said" -> (words of a name that make it one,
# names that are one).
STANDS_FOR: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "agency": (NAME_WORDS, ACRONYMS),
    "department": (frozenset(), DEPARTMENTS),
}
