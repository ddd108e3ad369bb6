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
