"""Joining, grouping and matching across articles, on small hand-made corpora."""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

import pytest

from annotated_news.export.timeline_json import timeline_json
from annotated_news.indexes.entities import NameReason, OfficialNames
from annotated_news.indexes.figures import compatible, is_percent, same_value_keys
from annotated_news.indexes.places import page_link
from annotated_news.model import Figure, Precision, QuoteKind, Span
from annotated_news.render.items import article_labels, flag_text, ledger_row
from annotated_news.render.paging import Limits, pager, part_path, split
from annotated_news.render.wording import counted

from .corpus_cases import ORG, PER, Case, corpus_of

SPEECH, SCARE = QuoteKind.SPEECH, QuoteKind.SCARE
MILLER = ("Stephen Miller", PER, "Stephen Miller")


def record(corpus, kind, name):
    found = [r for r in corpus.entities.records if r.kind is kind and name in r.names]
    assert len(found) == 1, [r.name for r in corpus.entities.records]
    return found[0]


# People and organisations


def test_a_lone_surname_joins_the_only_full_name_across_articles(
    tmp_path: Path,
) -> None:
    corpus, (a, b) = corpus_of(
        tmp_path,
        Case("Under Secretary Noem, we deliver.", names=[("Noem", PER, "Noem")]),
        Case(
            "Homeland Security Secretary Kristi Noem spoke. Noem left.",
            names=[("Kristi Noem", PER, "Kristi Noem"), ("Noem", PER, "Kristi Noem")],
        ),
    )
    noem = record(corpus, PER, "Noem")
    assert noem.name == "Kristi Noem"
    assert noem.names == {"Noem", "Kristi Noem"}
    assert {x.slug for x in noem.articles} == {a.slug, b.slug}
    assert noem.forms == {"Noem": 2, "Kristi Noem": 1}
    assert noem.variants == []  # a short form is not a spelling variant


def test_a_lone_surname_stays_apart_when_it_could_be_two_people(tmp_path: Path) -> None:
    corpus, _ = corpus_of(
        tmp_path,
        Case("Obama spoke.", names=[("Obama", PER, "Obama")]),
        Case(
            "Barack Obama and Michelle Obama spoke.",
            names=[
                ("Barack Obama", PER, "Barack Obama"),
                ("Michelle Obama", PER, "Michelle Obama"),
            ],
        ),
    )
    assert record(corpus, PER, "Obama").names == {"Obama"}


def test_a_name_without_its_middle_name_and_a_regnal_name_join_site_wide(
    tmp_path: Path,
) -> None:
    corpus, _ = corpus_of(
        tmp_path,
        Case(
            "Helena Castellanos spoke. Gregory blessed them.",
            names=[
                ("Helena Castellanos", PER, "Helena Castellanos"),
                ("Gregory", PER, "Gregory"),
            ],
        ),
        Case(
            "Helena Marie Castellanos and Pope Gregory XVII met.",
            names=[
                ("Helena Marie Castellanos", PER, "Helena Marie Castellanos"),
                ("Gregory XVII", PER, "Gregory XVII"),
            ],
        ),
    )
    helena = record(corpus, PER, "Helena Castellanos")
    assert helena.names == {"Helena Castellanos", "Helena Marie Castellanos"}
    assert record(corpus, PER, "Gregory").name == "Gregory XVII"


def test_a_birth_name_the_text_gives_joins_across_articles(tmp_path: Path) -> None:
    # One article says the two names are one person's; another names only
    # the birth name without its middle name; a third only the chosen name.
    corpus, _ = corpus_of(
        tmp_path,
        Case(
            "Pope Gregory XVII, born Tomas Andrej Halvorsen, spoke.",
            names=[
                ("Gregory XVII", PER, "Gregory XVII"),
                ("Tomas Andrej Halvorsen", PER, "Gregory XVII"),
            ],
        ),
        Case(
            "Tomas Halvorsen studied in Oslo.",
            names=[("Tomas Halvorsen", PER, "Tomas Halvorsen")],
        ),
        Case(
            "Gregory XVII met Ingrid Halvorsen.",
            names=[
                ("Gregory XVII", PER, "Gregory XVII"),
                ("Ingrid Halvorsen", PER, "Ingrid Halvorsen"),
            ],
        ),
    )
    pope = record(corpus, PER, "Tomas Halvorsen")
    assert pope.name == "Gregory XVII"
    assert pope.names == {"Gregory XVII", "Tomas Halvorsen"}
    assert len(pope.articles) == 3
    assert record(corpus, PER, "Ingrid Halvorsen") is not pope


def test_two_names_stay_two_people_when_no_text_joins_them(tmp_path: Path) -> None:
    corpus, _ = corpus_of(
        tmp_path,
        Case("Pope Gregory XVII spoke.", names=[("Gregory XVII", PER, "Gregory XVII")]),
        Case(
            "Tomas Halvorsen studied in Oslo.",
            names=[("Tomas Halvorsen", PER, "Tomas Halvorsen")],
        ),
    )
    assert record(corpus, PER, "Tomas Halvorsen") is not record(
        corpus, PER, "Gregory XVII"
    )


def test_a_middle_name_variant_stays_apart_when_two_people_could_be_meant(
    tmp_path: Path,
) -> None:
    corpus, _ = corpus_of(
        tmp_path,
        Case("Anna Berg spoke.", names=[("Anna Berg", PER, "Anna Berg")]),
        Case(
            "Anna Lise Berg and Anna Maria Berg met.",
            names=[
                ("Anna Lise Berg", PER, "Anna Lise Berg"),
                ("Anna Maria Berg", PER, "Anna Maria Berg"),
            ],
        ),
    )
    assert record(corpus, PER, "Anna Berg").names == {"Anna Berg"}


def test_an_organisation_named_by_its_last_words_joins_when_an_article_says_so(
    tmp_path: Path,
) -> None:
    church = "The Eastern Orthodox Church spoke. The Orthodox Church agreed."
    corpus, _ = corpus_of(
        tmp_path,
        Case(
            "The Orthodox Church spoke.",
            names=[("Orthodox Church", ORG, "Orthodox Church")],
        ),
        Case(
            church,
            names=[
                ("Eastern Orthodox Church", ORG, "Eastern Orthodox Church"),
                ("Orthodox Church", ORG, "Eastern Orthodox Church"),
            ],
        ),
        Case(
            "The National Security Council met.",
            names=[("National Security Council", ORG, "National Security Council")],
        ),
        Case(
            "The Security Council met.",
            names=[("Security Council", ORG, "Security Council")],
        ),
    )
    assert record(corpus, ORG, "Orthodox Church").name == "Eastern Orthodox Church"
    # No article writes "Security Council" for the National Security Council.
    assert record(corpus, ORG, "Security Council").names == {"Security Council"}


def test_a_lone_surname_joins_a_full_name_that_dominates(tmp_path: Path) -> None:
    many = " ".join(["Barack Obama spoke."] * 9)
    corpus, _ = corpus_of(
        tmp_path,
        Case("Obama spoke.", names=[("Obama", PER, "Obama")]),
        Case(
            f"{many} Michelle Obama spoke.",
            names=[
                ("Barack Obama", PER, "Barack Obama"),
                ("Michelle Obama", PER, "Michelle Obama"),
            ],
        ),
    )
    assert record(corpus, PER, "Obama").name == "Barack Obama"
    assert record(corpus, PER, "Michelle Obama").names == {"Michelle Obama"}


def test_spelling_variants_are_joined_shown_and_the_official_name_wins(
    tmp_path: Path,
) -> None:
    agency = "Agents came from the Drug Enforcement Agency today."
    corpus, (nbc, ind, other) = corpus_of(
        tmp_path,
        Case(
            "Agents came from the Drug Enforcement Administration and Stephen Miller.",
            outlet="NBC News",
            names=[
                (
                    "Drug Enforcement Administration",
                    ORG,
                    "Drug Enforcement Administration",
                ),
                MILLER,
            ],
        ),
        Case(
            agency + " Stephen Miller said so.",
            outlet="The Independent",
            names=[("Drug Enforcement Agency", ORG, "Drug Enforcement Agency"), MILLER],
        ),
        Case(
            agency,
            outlet="Other",
            names=[("Drug Enforcement Agency", ORG, "Drug Enforcement Agency")],
        ),
    )
    dea = record(corpus, ORG, "Drug Enforcement Agency")
    # More articles write "Agency"; the list of official names decides.
    assert dea.name == "Drug Enforcement Administration"
    assert dea.reason is NameReason.OFFICIAL
    assert dea.variants == ["Drug Enforcement Agency"]
    assert dea.spellings == {
        nbc.slug: {"Drug Enforcement Administration"},
        ind.slug: {"Drug Enforcement Agency"},
        other.slug: {"Drug Enforcement Agency"},
    }
    pair = next(p for p in corpus.pairs if {p.a.slug, p.b.slug} == {nbc.slug, ind.slug})
    assert dea in pair.spellings


def test_a_name_written_with_its_acronym_in_brackets_is_shown(tmp_path: Path) -> None:
    corpus, _ = corpus_of(
        tmp_path,
        Case(
            "The Acme Widget Agency (AWA) met.",
            names=[("Acme Widget Agency", ORG, "Acme Widget Agency")],
        ),
        Case(
            "The Acme Widget Administration met.",
            names=[("Acme Widget Administration", ORG, "Acme Widget Administration")],
        ),
        Case(
            "The Acme Widget Administration met again.",
            names=[("Acme Widget Administration", ORG, "Acme Widget Administration")],
        ),
    )
    awa = record(corpus, ORG, "Acme Widget Administration")
    assert (awa.name, awa.reason) == ("Acme Widget Agency", NameReason.BRACKETED)


def test_acronyms_join_by_initials_or_by_the_list(tmp_path: Path) -> None:
    corpus, _ = corpus_of(
        tmp_path,
        Case(
            "The Department of Justice and Immigration and Customs Enforcement.",
            names=[
                ("Department of Justice", ORG, "Department of Justice"),
                (
                    "Immigration and Customs Enforcement",
                    ORG,
                    "Immigration and Customs Enforcement",
                ),
            ],
        ),
        Case(
            "DOJ and ICE and the Justice Department.",
            names=[
                ("DOJ", ORG, "DOJ"),
                ("ICE", ORG, "ICE"),
                ("Justice Department", ORG, "Justice Department"),
            ],
        ),
    )
    assert record(corpus, ORG, "DOJ").names == {
        "DOJ",
        "Department of Justice",
        "Justice Department",
    }
    assert record(corpus, ORG, "DOJ").name == "Department of Justice"
    assert record(corpus, ORG, "ICE").name == "Immigration and Customs Enforcement"


def test_names_equal_but_for_case_and_punctuation_are_one(tmp_path: Path) -> None:
    corpus, _ = corpus_of(
        tmp_path,
        Case(
            "HIllary Clinton spoke.",
            names=[("HIllary Clinton", PER, "HIllary Clinton")],
        ),
        Case(
            "Hillary Clinton spoke. Hillary Clinton left.",
            names=[("Hillary Clinton", PER, "Hillary Clinton")],
        ),
    )
    clinton = record(corpus, PER, "HIllary Clinton")
    assert clinton.name == "Hillary Clinton"
    assert clinton.variants == ["HIllary Clinton"]


def test_official_names_file_format() -> None:
    names = OfficialNames.parse(
        "# comment\nDrug Enforcement Administration | DEA\nDepartment of State\n"
    )
    assert names.by_acronym == {"DEA": "Drug Enforcement Administration"}
    assert set(names.by_norm.values()) == {
        "Drug Enforcement Administration",
        "Department of State",
    }


# The figure ledger


def figure(value: float, unit: str, rate: str | None = None) -> Figure:
    return Figure(Span(0, 1), value, unit, None, rate)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (figure(3000, "ICE agents"), figure(3000, "migrants", "day"), False),
        (figure(3000, "ICE agents"), figure(3000, "migrants"), False),
        (figure(3000, "migrants", "day"), figure(3000, "arrests", "daily"), True),
        (figure(3000, "migrants", "day"), figure(3000, "person", "a day"), True),
        (figure(5000, "personnel"), figure(5000, "federal agents"), True),
        (
            figure(21000, "National Guard troops"),
            figure(21000, "National Guard members"),
            True,
        ),
        (figure(10, "percent"), figure(10, "%"), True),
        (figure(10, "percent"), figure(10, "per cent"), True),
        (figure(1, "percentage point"), figure(1, "percent"), False),
        (figure(3, "sources"), figure(3, "officials"), False),
        (figure(500, "staff"), figure(500, "employees"), True),
        (figure(500, "staff"), figure(600, "staff"), False),
    ],
)
def test_which_figures_count_the_same_thing(a: Figure, b: Figure, same: bool) -> None:
    assert compatible(a, b) is same
    assert compatible(b, a) is same


def test_percent_is_recognised_however_written() -> None:
    assert all(
        is_percent(figure(1, u)) for u in ("percent", "%", "per cent", "Percent")
    )
    assert not is_percent(figure(1, "percentage points"))
    assert same_value_keys(figure(10, "%")) == same_value_keys(figure(10, "percent"))


NBC = Case(
    "In mid-May, Stephen Miller demanded 3,000 migrants a day. "
    "Miller also targeted the bottom 10% of offices. "
    "The plan includes more than 5,000 personnel and up to 21,000 National Guard troops. "
    "The plan calls for 3,000 ICE agents at ICE. "
    "Miller demanded the 3,000-person daily quota. "
    "Two sources said 20,000 National Guard troops were asked for. "
    "The Tufts case had 400 lawyers.",
    outlet="NBC News",
    figures=[
        ("3,000 migrants a day", 3000, "migrants", None, "day"),
        ("10%", 10, "percent", None, None),
        ("more than 5,000 personnel", 5000, "personnel", "more than", None),
        (
            "up to 21,000 National Guard troops",
            21000,
            "National Guard troops",
            "up to",
            None,
        ),
        ("3,000 ICE agents", 3000, "ICE agents", None, None),
        ("3,000-person daily quota", 3000, "person", None, "day"),
        ("Two sources", 2, "sources", None, None),
        ("20,000 National Guard troops", 20000, "National Guard troops", None, None),
        ("400 lawyers", 400, "lawyers", None, None),
    ],
    names=[
        MILLER,
        ("Miller", PER, "Stephen Miller"),
        ("National Guard", ORG, "National Guard"),
        ("ICE", ORG, "Immigration and Customs Enforcement"),
        ("Tufts", ORG, "Tufts"),
    ],
)
IND = Case(
    "At a meeting, Stephen Miller demanded daily arrests to 3,000. "
    "Miller threatened the lowest 10 percent. "
    "ICE calls for 5,000 federal agents and 21,000 National Guard members. "
    "It calls for 3,000 ICE agents. "
    "Two sources said so. "
    "A court had 400 lawyers.",
    outlet="The Independent",
    figures=[
        ("3,000", 3000, "arrests", None, "day"),
        ("10 percent", 10, "percent", None, None),
        ("5,000 federal agents", 5000, "federal agents", None, None),
        ("21,000 National Guard members", 21000, "National Guard members", None, None),
        ("3,000 ICE agents", 3000, "ICE agents", None, None),
        ("Two sources", 2, "sources", None, None),
        ("400 lawyers", 400, "lawyers", None, None),
    ],
    names=[
        MILLER,
        ("Miller", PER, "Stephen Miller"),
        ("National Guard", ORG, "National Guard"),
        ("ICE", ORG, "Immigration and Customs Enforcement"),
    ],
)


def ledger(tmp_path: Path, *cases: Case) -> dict[frozenset[str], list[str]]:
    """Each group of the ledger as the set of its wordings -> its flags."""
    corpus, _ = corpus_of(tmp_path, *cases)
    return {
        frozenset(p.exact for p, _ in g.places): [flag_text(f) for f in g.flags()]
        for g in corpus.figure_groups
    }


def test_the_ledger_groups_each_quantity_and_keeps_near_misses_apart(
    tmp_path: Path,
) -> None:
    groups = ledger(tmp_path, NBC, IND)
    assert set(groups) == {
        frozenset({"3,000 migrants a day", "3,000", "3,000-person daily quota"}),
        frozenset({"10%", "10 percent"}),
        frozenset({"more than 5,000 personnel", "5,000 federal agents"}),
        frozenset(
            {"up to 21,000 National Guard troops", "21,000 National Guard members"}
        ),
        frozenset({"3,000 ICE agents"}),
    }
    # "Two sources": a count of sources; "400 lawyers": no common name nearby.
    # NBC's "20,000 National Guard troops" is near 21,000, but NBC also gives
    # 21,000: one text's two numbers are two quantities (see the test below).


def test_the_ledger_flags_what_differs_between_the_articles(tmp_path: Path) -> None:
    groups = ledger(tmp_path, NBC, IND)
    assert groups[frozenset({"10%", "10 percent"})] == []
    assert groups[frozenset({"3,000 ICE agents"})] == []
    assert groups[frozenset({"more than 5,000 personnel", "5,000 federal agents"})] == [
        "qualifier differs: “more than 5,000” in NBC News; “5,000 (no qualifier)” in "
        "The Independent",
        "unit differs: “personnel” in NBC News; “federal agents” in The Independent",
    ]
    troops = groups[
        frozenset(
            {"up to 21,000 National Guard troops", "21,000 National Guard members"}
        )
    ]
    assert [f.split(":")[0] for f in troops] == ["qualifier differs", "unit differs"]


NEAR_A = Case(
    "Stephen Miller asked for 21,000 National Guard troops.",
    outlet="NBC News",
    figures=[
        ("21,000 National Guard troops", 21000, "National Guard troops", None, None)
    ],
    names=[MILLER, ("National Guard", ORG, "National Guard")],
)
NEAR_B = Case(
    "The National Guard can send 20,000 National Guard members, Stephen Miller heard.",
    outlet="The Independent",
    figures=[
        ("20,000 National Guard members", 20000, "National Guard members", None, None)
    ],
    names=[MILLER, ("National Guard", ORG, "National Guard")],
)


def test_close_values_of_one_thing_in_two_articles_are_one_quantity_that_differs(
    tmp_path: Path,
) -> None:
    groups = ledger(tmp_path, NEAR_A, NEAR_B)
    assert groups == {
        frozenset({"21,000 National Guard troops", "20,000 National Guard members"}): [
            "value differs: “21,000” in NBC News; “20,000” in The Independent",
            "unit differs: “National Guard troops” in NBC News; "
            "“National Guard members” in The Independent",
        ]
    }


def test_two_numbers_of_one_text_are_never_one_quantity(tmp_path: Path) -> None:
    """Close values chain: 14.7 and 16 are each near 15.8.

    One text gives all three, so they are three quantities ("14.7 mln bpd,
    down from 16 mln, below the 15.8 mln ceiling").
    """
    bpd = "barrels per day"
    names = [("OPEC", ORG, "OPEC")]
    one = Case(
        "OPEC pumped 14.7 mln bpd, down from 16 mln bpd, below its 15.8 mln bpd cap.",
        outlet="Wire",
        figures=[
            ("14.7 mln bpd", 14.7e6, bpd, None, None),
            ("16 mln bpd", 16e6, bpd, None, None),
            ("15.8 mln bpd", 15.8e6, bpd, None, None),
        ],
        names=names,
    )
    other = Case(
        "OPEC keeps its ceiling of 15.8 mln bpd.",
        outlet="Paper",
        figures=[("15.8 mln bpd", 15.8e6, bpd, None, None)],
        names=names,
    )
    third = Case(
        "OPEC said output was 16 mln bpd.",
        outlet="Daily",
        figures=[("16 mln bpd", 16e6, bpd, None, None)],
        names=names,
    )
    corpus, _ = corpus_of(tmp_path, one, other, third)
    assert sorted(
        (g.values, sorted(a.meta.outlet for a in g.articles))
        for g in corpus.figure_groups
    ) == [([15.8e6], ["Paper", "Wire"]), ([16e6], ["Daily", "Wire"])]


def test_an_outlets_own_name_does_not_join_two_figures(tmp_path: Path) -> None:
    """Wire copy names its outlet in every dateline: "(Reuters) -"."""
    wire = ("Reuters", ORG, "Reuters")
    shared = ("Acme", ORG, "Acme")
    one = Case(
        "LONDON (Reuters) - Some 40 ships sailed. Acme said so.",
        outlet="Reuters",
        figures=[("40 ships", 40, "ships", None, None)],
        names=[wire, shared],
    )
    two = Case(
        "PARIS (Reuters) - About 40 ships docked. Acme agreed.",
        outlet="Reuters",
        figures=[("About 40 ships", 40, "ships", "About", None)],
        names=[wire, shared],
    )
    assert ledger(tmp_path, one, two) == {}
    # The same two sentences naming Acme are one quantity.
    three = Case(
        "LONDON (Reuters) - Acme said some 40 ships sailed.",
        outlet="Reuters",
        figures=[("40 ships", 40, "ships", None, None)],
        names=[wire, shared],
    )
    four = Case(
        "PARIS (Reuters) - Acme said about 40 ships docked.",
        outlet="Reuters",
        figures=[("about 40 ships", 40, "ships", "about", None)],
        names=[wire, shared],
    )
    (tmp_path / "named").mkdir()
    assert set(ledger(tmp_path / "named", three, four)) == {
        frozenset({"40 ships", "about 40 ships"})
    }


def test_percentages_join_only_articles_that_all_share_a_name(tmp_path: Path) -> None:
    """A and B share one name, B and C another: A's and C's "3%" are not one."""
    a = Case(
        "Acme grew. Sales rose 3%.",
        outlet="A",
        figures=[("3%", 3, "percent", None, None)],
        names=[("Acme", ORG, "Acme")],
    )
    b = Case(
        "Acme and Zenith met. Costs fell 3%.",
        outlet="B",
        figures=[("3%", 3, "percent", None, None)],
        names=[("Acme", ORG, "Acme"), ("Zenith", ORG, "Zenith")],
    )
    c = Case(
        "Zenith spoke. Jobless rate 3%.",
        outlet="C",
        figures=[("3%", 3, "percent", None, None)],
        names=[("Zenith", ORG, "Zenith")],
    )
    corpus, _ = corpus_of(tmp_path, a, b, c)
    (group,) = corpus.figure_groups
    assert len(group.articles) == 2


def test_figures_of_unrelated_articles_are_not_grouped(tmp_path: Path) -> None:
    other = Case(
        "Some 5,000 personnel joined Acme.",
        outlet="Other",
        figures=[("5,000 personnel", 5000, "personnel", None, None)],
        names=[("Acme", ORG, "Acme")],
    )
    again = Case(
        "Acme hired 5,000 federal agents.",
        outlet="Again",
        figures=[("5,000 federal agents", 5000, "federal agents", None, None)],
        names=[("Acme", ORG, "Acme")],
    )
    groups = ledger(tmp_path, NBC, other, again)
    # Acme relates `other` and `again`; NBC shares no name with them.
    assert set(groups) == {frozenset({"5,000 personnel", "5,000 federal agents"})}


# Quotes across articles


FULL = (
    "“Keeping the promise is something we take seriously. We are committed to "
    "removing aliens from the country, and ensuring our officers have the resources "
    "necessary to do so. Safety depends on it.”"
)
PART_1 = "“Keeping the promise is something we take seriously.”"
PART_2 = (
    "“We are committed to removing aliens from the country, and ensuring our "
    "officers have the resources necessary to do so,”"
)


def quote_cases() -> tuple[Case, Case]:
    nbc = Case(
        f"Abigail Jackson said, {FULL} Officials feel they have been taken off other "
        "core national security missions, sources said. It is “Operation At Large,” a "
        "plan.",
        outlet="NBC News",
        names=[("Abigail Jackson", PER, "Abigail Jackson")],
        quotes=[
            (FULL, "Abigail Jackson", SPEECH),
            ("“Operation At Large,”", None, SCARE),
        ],
    )
    ind = Case(
        f"Abigail Jackson told us: {PART_1} {PART_2} she added. Officials "
        "“feel they have been taken off other core national security missions.” "
        "Operation At Large is underway. Another quote: “We never comment on plans,” "
        "Abigail Jackson said.",
        outlet="The Independent",
        names=[("Abigail Jackson", PER, "Abigail Jackson")],
        quotes=[
            (PART_1, "Abigail Jackson", SPEECH),
            (PART_2, "Abigail Jackson", SPEECH),
            (
                "“feel they have been taken off other core national security missions.”",
                "NBC News",
                QuoteKind.PARTIAL,
            ),
            ("“We never comment on plans,”", "Abigail Jackson", SPEECH),
        ],
    )
    return nbc, ind


def test_a_statement_quoted_in_full_and_in_parts_is_one(tmp_path: Path) -> None:
    corpus, (nbc, ind) = corpus_of(tmp_path, *quote_cases())
    shared = [s for s in corpus.statements if len(s.appearances) > 1]
    assert len(shared) == 1
    statement = shared[0]
    by = {a.article.slug: a for a in statement.appearances}
    assert [p.exact for p in by[nbc.slug].places] == [FULL]
    assert [p.exact for p in by[ind.slug].places] == [PART_1, PART_2]
    assert statement.speaker == "Abigail Jackson"
    assert statement.anchor.startswith("st-abigail-jackson-keeping")
    # The other quote by the same speaker is a statement of its own.
    alone = [s for s in corpus.statements if len(s.appearances) == 1]
    assert any("never comment" in s.appearances[0].place.exact for s in alone)


def test_quoted_words_are_traced_to_where_they_stand_unquoted(tmp_path: Path) -> None:
    corpus, (nbc, ind) = corpus_of(tmp_path, *quote_cases())
    assert len(corpus.echoes) == 1  # a name in quotation marks is not traced
    echo = corpus.echoes[0]
    assert echo.quote.article is ind and echo.source.article is nbc
    assert echo.source.exact == (
        "feel they have been taken off other core national security missions"
    )
    assert echo.source.anchor == "echo-feel-they-have-been"
    assert echo.source.anchor not in corpus.ids[nbc.slug].values()
    pair = corpus.pairs[0]
    assert pair.echoes == [echo]
    assert sorted(pair.quote_differences[0].parts) == [1, 2]


def test_quoted_words_are_traced_whatever_their_case_apostrophes_and_commas(
    tmp_path: Path,
) -> None:
    """The search for quoted words rules quotes out by their words before it
    reads the text's words (`quotes._search`): words written in capitals,
    with a straight apostrophe for a curly one and a comma between them are
    still the quote's; a quote word found only inside a longer word is not."""
    said = "“We won’t hand the harbour over to anyone, ever again,”"
    fenced = "“The army will fence the old quay before the winter storms,”"
    mayor = Case(
        f"Mayor Ines Vallo said, {said} at the town hall. Later she said, {fenced} "
        "to a crowd.",
        outlet="Coast Post",
        names=[("Ines Vallo", PER, "Ines Vallo")],
        quotes=[(said, "Ines Vallo", SPEECH), (fenced, "Ines Vallo", SPEECH)],
    )
    other = Case(
        "Ines Vallo spoke at the harbour. Her line, WE WON'T HAND THE HARBOUR "
        "over, to anyone, ever again, was printed on banners. The armys will "
        "fence the old quay before the winter storms, a rumour had it.",
        outlet="Bay Times",
        names=[("Ines Vallo", PER, "Ines Vallo")],
    )
    corpus, (mayor_article, other_article) = corpus_of(tmp_path, mayor, other)
    assert [e.source.exact for e in corpus.echoes] == [
        "WE WON'T HAND THE HARBOUR over, to anyone, ever again"
    ]
    assert corpus.echoes[0].quote.article is mayor_article
    assert corpus.echoes[0].source.article is other_article


# The timeline


def timeline_case() -> tuple[Case, Case]:
    ind = Case(
        "At a meeting in mid-May, Miller demanded more. They met on May 21. "
        "Early in May they met. Last month was busy. In 2022 it began.",
        outlet="The Independent",
        dates=[
            ("mid-May", "2025-05", Precision.MONTH, "mid", True),
            ("May 21", "2025-05-21", Precision.DAY, None, False),
            ("Early in May", "2025-05", Precision.MONTH, "early", True),
            ("Last month", "2025-05", Precision.MONTH, None, True),
            ("2022", "2022", Precision.YEAR, None, False),
        ],
    )
    nbc = Case(
        "In mid-May, Miller berated officials. On Sunday there was an attack. "
        "On May 5 and May 15 they met.",
        outlet="NBC News",
        dates=[
            ("mid-May", "2025-05", Precision.MONTH, "mid", True),
            ("Sunday", "2025-06-01", Precision.DAY, None, True),
            ("May 5", "2025-05-05", Precision.DAY, None, False),
            ("May 15", "2025-05-15", Precision.DAY, None, False),
        ],
    )
    return ind, nbc


def test_the_timeline_groups_dates_by_precision_in_order(tmp_path: Path) -> None:
    corpus, (ind, nbc) = corpus_of(tmp_path, *timeline_case())
    labels = [g.key.label for g in corpus.timeline.groups]
    assert labels == [
        "2022",
        "May 2025",
        "early May 2025",
        "5 May 2025",
        "mid-May 2025",
        "15 May 2025",
        "21 May 2025",
        "1 June 2025",
        "4 June 2025",
    ]
    mid = corpus.timeline.groups[labels.index("mid-May 2025")]
    assert {a.slug for a in mid.articles} == {ind.slug, nbc.slug}
    assert mid.key.anchor == "t-2025-05-mid"
    published = corpus.timeline.groups[-1]
    assert (
        all(e.is_publication for e in published.events) and len(published.events) == 2
    )
    sunday = next(e for e in corpus.timeline.events if e.expression == "Sunday")
    assert sunday.label == "1 June 2025"


def test_a_week_sits_next_to_the_days_of_that_week(tmp_path: Path) -> None:
    one = Case(
        "Last week the agency hired more agents. On Tuesday it began. "
        "Last weekend protesters marched. Late in May it rained.",
        outlet="Outlet A",
        dates=[
            ("Last week", "2025-W22", Precision.WEEK, None, True),
            ("Tuesday", "2025-05-27", Precision.DAY, None, True),
            ("Last weekend", "2025-W22", Precision.WEEK, "weekend", True),
            ("Late in May", "2025-05", Precision.MONTH, "late", True),
        ],
    )
    two = Case(
        "On May 25 the crowd gathered. On May 24 they met.",
        outlet="Outlet B",
        dates=[
            ("May 25", "2025-05-25", Precision.DAY, None, False),
            ("May 24", "2025-05-24", Precision.DAY, None, False),
        ],
    )
    corpus, _ = corpus_of(tmp_path, one, two)
    labels = [g.key.label for g in corpus.timeline.groups]
    assert labels[:6] == [
        "late May 2025",
        "24 May 2025",
        "25 May 2025",
        "week of 26 May 2025",
        "27 May 2025",
        "weekend of 31 May 2025",
    ]
    week = next(g for g in corpus.timeline.groups if g.key.precision is Precision.WEEK)
    assert week.key.month == "2025-05" and week.key.anchor == "t-2025-W22"
    assert not week.key.plain
    last = next(e for e in corpus.timeline.events if e.expression == "Last week")
    assert last.resolved == "“Last week” — week of 26 May 2025"
    data = json.loads(timeline_json(corpus))
    event = next(e for e in data["events"] if e["display_date"].startswith("Last week"))
    assert event["start_date"] == {"year": 2025, "month": 5, "day": 26}
    assert event["display_date"] == "Last week — week of 26 May 2025"


def test_a_week_at_the_turn_of_the_year_is_placed_by_its_monday() -> None:
    from annotated_news.indexes.timeline import DateKey, date_label

    key = DateKey("2026-W01", Precision.WEEK)
    assert key.parts == (2025, 12, 29) and key.year == "2025"
    assert key.month == "2025-12"
    assert date_label("2026-W01", Precision.WEEK, "weekend") == (
        "weekend of 3 January 2026"
    )
    assert date_label("2025-W22", Precision.WEEK, "late") == (
        "late in the week of 26 May 2025"
    )


def test_timeline_json_is_timelinejs_with_a_link_to_each_sentence(
    tmp_path: Path,
) -> None:
    corpus, _ = corpus_of(tmp_path, *timeline_case())
    data = json.loads(timeline_json(corpus, "https://news.example.org/"))
    events = data["events"]
    # One event per dated sentence and per publication.
    sentences = {
        (e.article.slug, e.place.sentence_anchor if e.place else "")
        for e in corpus.timeline.events
    }
    assert len(events) == len(sentences)
    assert len({e["unique_id"] for e in events}) == len(events)
    sunday = next(e for e in events if e["display_date"].startswith("Sunday"))
    assert sunday["display_date"] == "Sunday — 1 June 2025"
    assert sunday["start_date"] == {"year": 2025, "month": 6, "day": 1}
    assert '<a href="https://news.example.org/articles/' in sunday["text"]["text"]
    assert "#s-on-sunday-there-was" in sunday["text"]["text"]
    # An approximate date spans its days instead of sitting on the 1st.
    mid = next(e for e in events if e["display_date"] == "mid-May 2025")
    assert mid["start_date"] == {"year": 2025, "month": 5, "day": 11}
    assert mid["end_date"] == {"year": 2025, "month": 5, "day": 20}
    assert {"headline", "text"} <= set(data["title"]["text"])
    outlets = {a.meta.outlet for a in corpus.articles}
    assert not outlets & {e["text"]["headline"] for e in events}


# Pages: paging and drawings


def test_split_cuts_by_entries_and_by_characters() -> None:
    limits = Limits(items=3, page_chars=10)
    assert split(list(range(7)), lambda _: 1, limits) == [[0, 1, 2], [3, 4, 5], [6]]
    assert split(["aaaaaa", "bbbbbb", "c"], len, limits) == [
        ["aaaaaa"],
        ["bbbbbb", "c"],
    ]
    assert split(["a" * 50], len, limits) == [["a" * 50]]  # one long entry still fits


def test_parts_and_pagers_link_each_other() -> None:
    assert part_path("people/x.md", 1) == "people/x.md"
    assert part_path("people/x.md", 3) == "people/x/3.md"
    assert pager("people/x.md", 1, 1) is None
    p = pager("people/x.md", 2, 3)
    assert p is not None
    assert [link.href for link in p.parts] == ["../x.md", "#title", "3.md"]


def test_page_link_is_relative() -> None:
    assert page_link("articles/a.md", "people/x/2.md") == "../../articles/a.md"
    assert page_link("timeline.md", "timeline/2016-08.md") == "../timeline.md"
    assert page_link("quotes/a.md", "quotes.md") == "quotes/a.md"


def test_pairs_list_what_two_articles_share(tmp_path: Path) -> None:
    corpus, (nbc, ind) = corpus_of(tmp_path, NBC, IND)
    (pair,) = corpus.pairs
    assert {pair.a.slug, pair.b.slug} == {nbc.slug, ind.slug}
    assert {r.name for r in pair.people} == {"Stephen Miller"}
    assert {r.name for r in pair.organizations} == {
        "National Guard",
        "Immigration and Customs Enforcement",
    }
    assert len(pair.figures) == 5
    assert len(pair.figure_flags) == 3  # 3,000 a day (unit), 5,000, 20,000/21,000
    assert pair.notable


def test_the_people_list_is_most_mentioned_first_with_article_counts(
    tmp_path: Path,
) -> None:
    from annotated_news.render.context import Link, ListingPage, TableSection
    from annotated_news.render.entity_pages import entity_lists

    corpus, _ = corpus_of(
        tmp_path,
        Case(
            "Ann Lee spoke. Ann Lee left. Ann Lee came back. Ann Lee sat. Bo Ray ran.",
            names=[("Ann Lee", PER, "Ann Lee"), ("Bo Ray", PER, "Bo Ray")],
        ),
        Case("Bo Ray ran again.", names=[("Bo Ray", PER, "Bo Ray")]),
    )
    people = next(p for p in entity_lists(corpus, Limits()) if p.path == "people.md")
    assert isinstance(people, ListingPage)
    table = people.sections[0]
    assert isinstance(table, TableSection)
    rows = [
        (c[0][0].label if isinstance(c[0][0], Link) else "", c[1][0], c[2][0])
        for c in (r.cells for r in table.rows)
    ]
    assert rows == [("Ann Lee", "1", "4"), ("Bo Ray", "2", "2")]


def test_also_in_names_three_articles_then_links_to_the_full_list(
    tmp_path: Path,
) -> None:
    from annotated_news.render.context import ArticlePage, LedgerSection, ListingPage
    from annotated_news.render.pages import build_pages

    cases = [
        Case(
            f"Story {n}: Acme Corp hired 5,000 workers.",
            outlet=f"Outlet {n}",
            figures=[("5,000 workers", 5000, "workers", None, None)],
            names=[("Acme Corp", ORG, "Acme Corp")],
        )
        for n in range(5)
    ]
    corpus, articles = corpus_of(tmp_path, *cases)
    pages = {p.path: p for p in build_pages(corpus)}
    page = pages[f"articles/{articles[0].slug}.md"]
    assert isinstance(page, ArticlePage)
    (figure,) = page.figures
    assert [link.label for link in figure.also][-1] == "1 more"
    assert len(figure.also) == 4
    target, _, anchor = figure.also[-1].href.partition("#")
    assert target == "../figures.md"
    ledger = pages["figures.md"]
    assert isinstance(ledger, ListingPage)
    rows = [r for s in ledger.sections if isinstance(s, LedgerSection) for r in s.rows]
    assert anchor in {r.anchor for r in rows}
    (acme,) = page.names
    assert [link.label for link in acme.also][-1] == "1 more"
    assert acme.also[-1].href == "../organizations/acme-corp.md"


@pytest.mark.parametrize(
    ("count", "noun", "expected"),
    [
        (1, "pair of articles", "1 pair of articles"),
        (2, "pair of articles", "2 pairs of articles"),
        (1, "person", "1 person"),
        (4, "person", "4 people"),
        (0, "statement", "0 statements"),
        (1, "statement", "1 statement"),
        (2, "quantity", "2 quantities"),
        (1200, "mention", "1,200 mentions"),
    ],
)
def test_counts_are_worded_singular_for_one(
    count: int, noun: str, expected: str
) -> None:
    assert counted(count, noun) == expected


# The cross-links page stays bounded as the corpus grows

FIRST = ["Ana", "Ben", "Cara", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun"]
LAST = ["Hale", "Moss", "Okafor", "Patel", "Quinn", "Ross", "Stone", "Tran"]
OUTLETS = ["NBC News", "Reuters", "Axios", "The Independent", "BBC"]


def chained_case(n: int) -> Case:
    """Article n: a figure, a quote and two people it shares with n-1 and n+1.

    Each neighbour shares a rare name, so every article's "10%" is one ledger
    entry and the overlapping quotes are one statement: both grow with n.
    """
    a, b = (f"{FIRST[i % 10]} {LAST[i // 10 % 8]}{i // 80 or ''}" for i in (n, n + 1))
    quote = "“" + " ".join(f"word{k}" for k in range(n, n + 8)) + ",”"
    return Case(
        f"Acme report number {n} is out\n{a} and {b} of Acme said the budget rose "
        f"10% this year. {quote} Ana Ruiz said.",
        outlet=OUTLETS[n % 5],
        date=f"2025-06-{1 + n % 28:02d}",
        figures=[("10%", 10, "percent", None, None)],
        names=[("Ana Ruiz", PER, "Ana Ruiz"), ("Acme", ORG, "Acme")]
        + [(x, PER, x) for x in (a, b)],
        quotes=[(quote, "Ana Ruiz", SPEECH)],
    )


def crosslinks_markdown(
    tmp_path: Path, articles: int, limits: Limits
) -> dict[str, str]:
    """Every page of a chained corpus, rendered (crosslinks.md among them)."""
    from annotated_news.config import SiteConfig
    from annotated_news.render.env import make_env, render_page
    from annotated_news.render.pages import build_pages

    folder = tmp_path / str(articles)
    folder.mkdir()
    corpus, _ = corpus_of(folder, *(chained_case(n) for n in range(articles)))
    env = make_env(SiteConfig().templates_dir)
    return {p.path: render_page(env, p) for p in build_pages(corpus, limits)}


@pytest.mark.parametrize("overview", ["crosslinks.md", "figures.md"])
def test_an_overview_page_stays_bounded_as_the_corpus_grows(
    tmp_path: Path, overview: str
) -> None:
    limits = Limits(overview=4, pairs=12, page_chars=20_000)
    small = crosslinks_markdown(tmp_path, 80, limits)
    big = crosslinks_markdown(tmp_path, 320, limits)
    page = big[overview]
    # Four times the articles: the shared quantity and the shared statement
    # have four times the mentions; the page shows the first few of each.
    assert len(page) <= 1.1 * len(small[overview])
    assert "10&#37; · 320 articles" in page
    entries = [("mentions", "fg-10-percent")]
    if overview == "crosslinks.md":
        assert "quoted by 320 articles" in page
        entries.append(("quotes", "st-ana-ruiz-"))
    # ... and links to each entry's full list, where every mention is.
    for noun, anchor in entries:
        (href,) = re.findall(
            rf'And {320 - limits.mentions} more&#58; <a href="([^"]+)">all 320 {noun}</a>',
            page,
        )
        url, fragment = href.split("#")
        assert fragment.startswith(anchor)
        # Directory URLs: `x.md` is `x/`, and its links are relative to it.
        home = posixpath.normpath(posixpath.join(overview.removesuffix(".md"), url))
        target = big[home + ".md"]
        assert f"{{ #{fragment} }}" in target or f'id="{fragment}"' in target
        assert "And " not in target.split(fragment, 1)[1].split("\n## ", 1)[0]


def test_a_wire_ledger_entry_counts_its_articles_and_names_each_one(
    tmp_path: Path,
) -> None:
    """Three articles of one outlet: "Reuters (3 articles)", links by title."""
    names = [("OPEC", ORG, "OPEC")]
    cases = [
        Case(
            f"OPEC pumps 15.8 mln barrels{rate}, it said on day {n}.",
            outlet="Reuters",
            figures=[("15.8 mln barrels", 15.8e6, "barrels", None, r)],
            names=names,
        )
        for n, (rate, r) in enumerate([("", None), (" a day", "day"), ("", None)])
    ]
    corpus, _ = corpus_of(tmp_path, *cases)
    (group,) = corpus.figure_groups
    row = ledger_row(group, "figures.md")
    assert row.value == "15,800,000 barrels per day"
    (rate,) = row.flags
    assert (rate.aspect, sorted(rate.options)) == (
        "rate",
        [("a day", ["Reuters"]), ("no rate", ["Reuters (2 articles)"])],
    )
    labels = [w.figure.link.label for w in row.wordings]
    assert len(set(labels)) == 3
    assert all(label.startswith("Reuters: ") for label in labels)
    assert {w.differs[0] for w in row.wordings} == {"rate: a day", "rate: no rate"}


def test_articles_of_one_outlet_under_one_title_get_labels_apart(
    tmp_path: Path,
) -> None:
    """A wire story sent again under its headline: the date, then the order."""
    headline = "OPEC SAYS OUTPUT UNDER CEILING\n"
    cases = [
        Case(f"{headline}OPEC pumps {n} mln barrels.", outlet="Reuters", date=day)
        for n, day in enumerate(["2025-06-03", "2025-06-04", "2025-06-04"])
    ]
    _, articles = corpus_of(tmp_path, *cases)
    labels = article_labels(articles)
    assert len(set(labels.values())) == 3
    title = "Reuters: OPEC SAYS OUTPUT UNDER CEILING"
    assert sorted(labels.values()) == [
        f"{title} (3 June 2025)",
        f"{title} (4 June 2025, no. 2)",
        f"{title} (4 June 2025, no. 3)",
    ]


def test_two_outlets_keep_their_plain_names_in_the_ledger(tmp_path: Path) -> None:
    corpus, _ = corpus_of(tmp_path, NBC, IND)
    links = {
        w.figure.link.label
        for g in corpus.figure_groups
        for w in ledger_row(g, "figures.md").wordings
    }
    assert links == {"NBC News", "The Independent"}


def test_close_amounts_of_a_unit_of_measure_are_not_one_quantity(
    tmp_path: Path,
) -> None:
    """ "60,500 tonnes" of sugar and "62,000 tonnes" of wheat: a unit of
    measure is no counted thing, so close values of it stay apart."""
    names = [("EC", ORG, "European Community")]
    sugar = Case(
        "The EC sold 60,500 tonnes of sugar.",
        outlet="Wire",
        figures=[("60,500 tonnes", 60500, "tonnes", None, None)],
        names=names,
    )
    wheat = Case(
        "The EC sold 62,000 tonnes of wheat.",
        outlet="Paper",
        figures=[("62,000 tonnes", 62000, "tonnes", None, None)],
        names=names,
    )
    assert ledger(tmp_path, sugar, wheat) == {}
    troops = Case(
        "The EC asked for 62,000 EC border guards.",
        outlet="Wire",
        figures=[("62,000 EC border guards", 62000, "EC border guards", None, None)],
        names=names,
    )
    guards = Case(
        "The EC has 60,500 EC border guards.",
        outlet="Paper",
        figures=[("60,500 EC border guards", 60500, "EC border guards", None, None)],
        names=names,
    )
    (tmp_path / "guards").mkdir()
    assert len(ledger(tmp_path / "guards", troops, guards)) == 1


def test_quotes_of_unrelated_articles_sharing_an_idiom_are_two_statements(
    tmp_path: Path,
) -> None:
    truck = "“He was on the other side of the truck,”"
    boat = "“My coach always said I would end up on the other side of the boat.”"
    raid = Case(
        f"Zora Venn spoke. {truck} Zora Venn said.",
        outlet="City Ledger",
        names=[("Zora Venn", PER, "Zora Venn")],
        quotes=[(truck, "Zora Venn", SPEECH)],
    )
    rower = Case(
        f"Ilka Marr spoke. {boat} Ilka Marr said.",
        outlet="Sport Weekly",
        names=[("Ilka Marr", PER, "Ilka Marr")],
        quotes=[(boat, "Ilka Marr", SPEECH)],
    )
    (tmp_path / "idiom").mkdir()
    corpus, _ = corpus_of(tmp_path / "idiom", raid, rower)
    assert [len(s.appearances) for s in corpus.statements] == [1, 1]
    # The same words quoted in full by an unrelated article (no name shared)
    # are still one statement.
    unnamed = Case(
        f"A rower spoke. {boat} a rower said.",
        outlet="Rowing Today",
        quotes=[(boat, None, SPEECH)],
    )
    (tmp_path / "full").mkdir()
    corpus, _ = corpus_of(tmp_path / "full", rower, unnamed)
    assert [len(s.appearances) for s in corpus.statements] == [2]
