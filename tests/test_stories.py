"""Stories: articles grouped by the events they report, on hand-made corpora."""

from __future__ import annotations

import dataclasses as dc
from pathlib import Path

from annotated_news.indexes import Corpus
from annotated_news.indexes.entities import EntityRecord
from annotated_news.indexes.stories import MAX_GAP_DAYS, NameCount, Story, title_of
from annotated_news.model import Kind, Precision, QuoteKind
from annotated_news.render.pages import by_story
from annotated_news.render.story_pages import (
    GRAPH_LABEL_CHARS,
    header,
    label_lines,
    outlet_summary,
    story_articles,
    story_labels,
)

from .corpus_cases import ORG, PER, Case, corpus_of

SPEECH = QuoteKind.SPEECH
TRUMP = ("Donald Trump", PER, "Donald Trump")
WHITE_HOUSE = ("White House", ORG, "White House")


def storm(date: str = "2025-06-02", extra: str = "") -> Case:
    """An article on a storm in Florida (story A)."""
    return Case(
        "Donald Trump spoke at the White House about the storm. "
        "Ron DeSantis said 40,000 homes lost power. "
        "FEMA sent teams to Tampa General Hospital. " + extra,
        outlet="Storm Daily",
        date=date,
        figures=[("40,000 homes", 40000, "homes", None, None)],
        names=[
            TRUMP,
            WHITE_HOUSE,
            ("Ron DeSantis", PER, "Ron DeSantis"),
            ("FEMA", ORG, "FEMA"),
            ("Tampa General Hospital", ORG, "Tampa General Hospital"),
        ],
    )


def trade(date: str = "2025-06-03") -> Case:
    """An article on trade talks (story B), naming the same president."""
    return Case(
        "Donald Trump met Xi Jinping, the White House said. "
        "Howard Lutnick of the Commerce Department said "
        "“the talks on tariffs went well for both sides today.”",
        outlet="Trade Weekly",
        date=date,
        names=[
            TRUMP,
            WHITE_HOUSE,
            ("Xi Jinping", PER, "Xi Jinping"),
            ("Howard Lutnick", PER, "Howard Lutnick"),
            ("Commerce Department", ORG, "Commerce Department"),
        ],
        quotes=[
            (
                "“the talks on tariffs went well for both sides today.”",
                "Howard Lutnick",
                SPEECH,
            )
        ],
    )


def test_a_title_is_filled_with_the_names_most_articles_write() -> None:
    # Ranked as `story_names` ranks them: only the first is in all 7 articles.
    ranked = [
        NameCount(EntityRecord(name.lower(), name, Kind.ORGANIZATION), n, m)
        for name, n, m in [
            ("White House", 7, 12),
            ("Donald Trump", 5, 24),
            ("National Guard", 5, 11),
            ("Gavin Newsom", 5, 10),
        ]
    ]
    assert title_of(ranked) == "White House, Donald Trump and National Guard"
    assert title_of(ranked[:1]) == "White House"
    assert title_of([]) == "Articles that quote the same statements"


def folder(path: Path) -> Path:
    path.mkdir()
    return path


def members(corpus: Corpus) -> list[set[str]]:
    return [{a.meta.outlet or "" for a in s.articles} for s in corpus.stories]


def story_titles(corpus: Corpus) -> dict[frozenset[str], str]:
    return {frozenset(a.slug for a in s.articles): s.id for s in corpus.stories}


def test_two_stories_that_share_a_president_stay_apart(tmp_path: Path) -> None:
    corpus, (a1, a2, b1, b2) = corpus_of(
        tmp_path, storm(), storm("2025-06-03"), trade(), trade("2025-06-04")
    )
    # Every article names the president and the White House: related, but
    # not one story.
    assert {frozenset(a.slug for a in s.articles) for s in corpus.stories} == {
        frozenset({a1.slug, a2.slug}),
        frozenset({b1.slug, b2.slug}),
    }
    for article in (a1, a2, b1, b2):
        story = corpus.story_of(article)
        assert story is not None and article in story.articles
    assert corpus.story_of(a1) is corpus.story_of(a2)
    assert corpus.story_of(a1) is not corpus.story_of(b1)


def test_one_common_name_and_a_few_more_do_not_make_a_story(tmp_path: Path) -> None:
    lone = Case(
        "Donald Trump spoke at the White House about FEMA.",
        outlet="Other",
        date="2025-06-02",
        names=[TRUMP, WHITE_HOUSE, ("FEMA", ORG, "FEMA")],
    )
    corpus, (_a1, _a2, other) = corpus_of(tmp_path, storm(), storm("2025-06-03"), lone)
    # The lone article shares three names with each storm article but no
    # statement, quantity or event: not enough.
    assert corpus.story_of(other) is None
    assert members(corpus) == [{"Storm Daily"}]


def test_articles_far_apart_in_time_are_not_one_story(tmp_path: Path) -> None:
    corpus, _ = corpus_of(tmp_path, storm("2025-06-01"), storm("2025-07-01"))
    assert MAX_GAP_DAYS < 30
    assert corpus.stories == []


def test_a_story_keeps_its_id_when_an_article_is_added_and_seeds_renamed(
    tmp_path: Path,
) -> None:
    first, _ = corpus_of(folder(tmp_path / "one"), storm(), storm("2025-06-03"))
    (story,) = first.stories
    assert story.id == "2025-06-02-donald-trump-fema"
    grown, (*_, late) = corpus_of(
        folder(tmp_path / "two"), storm(), storm("2025-06-03"), storm("2025-06-05")
    )
    (same,) = grown.stories
    assert len(same.articles) == 3 and late in same.articles
    assert same.id == story.id
    assert same.start.isoformat() == "2025-06-02"
    assert same.end.isoformat() == "2025-06-05"


def test_grouping_does_not_depend_on_the_order_of_the_seeds(tmp_path: Path) -> None:
    cases = [storm(), storm("2025-06-03"), trade(), trade("2025-06-04")]
    forward, _ = corpus_of(folder(tmp_path / "f"), *cases)
    backward, _ = corpus_of(folder(tmp_path / "b"), *reversed(cases))

    def shape(corpus: Corpus) -> list[tuple[str, str, list[str]]]:
        return [
            (s.id, s.title, [a.meta.date.isoformat() for a in s.articles])
            for s in corpus.stories
        ]

    assert shape(forward) == shape(backward)
    # Newest story first (by its last article).
    assert [s.end.isoformat() for s in forward.stories] == ["2025-06-04", "2025-06-03"]


def test_a_story_title_is_made_of_the_names_its_articles_share(
    tmp_path: Path,
) -> None:
    corpus, _ = corpus_of(tmp_path, trade(), trade("2025-06-04"))
    (story,) = corpus.stories
    # Every name is named once in each article: alphabetical order decides.
    assert story.title == "Commerce Department, Donald Trump and Howard Lutnick"
    assert [n.record.name for n in story.names] == [
        "Commerce Department",
        "Donald Trump",
        "Howard Lutnick",
        "White House",
        "Xi Jinping",
    ]
    assert story.outlets == ["Trade Weekly"]


def _claim_rows(story: Story) -> dict[str, list[tuple[str, str]]]:
    return {
        c.label: [(cell.text, cell.differs) for cell in c.cells] for c in story.claims
    }


def test_a_quantity_with_and_without_its_rate_is_one_row_flagged(
    tmp_path: Path,
) -> None:
    names = [
        ("Stephen Miller", PER, "Stephen Miller"),
        ("ICE", ORG, "ICE"),
        ("Kristi Noem", PER, "Kristi Noem"),
    ]
    daily = Case(
        "Stephen Miller told ICE to make 3,000 arrests a day. Kristi Noem agreed.",
        outlet="Daily",
        figures=[("3,000 arrests a day", 3000, "arrests", None, "day")],
        names=names,
    )
    flat = Case(
        "Stephen Miller wants ICE to make 3,000 arrests, Kristi Noem said. "
        "ICE has 6,000 officers.",
        outlet="Flat",
        figures=[
            ("3,000 arrests", 3000, "arrests", None, None),
            ("6,000 officers", 6000, "officers", None, None),
        ],
        names=names,
    )
    corpus, (a, b) = corpus_of(tmp_path, daily, flat)
    (group,) = corpus.figure_groups
    assert {p.exact for p, _ in group.places} == {
        "3,000 arrests a day",
        "3,000 arrests",
    }
    assert [f.kind for f in group.flags()] == ["rate"]
    (story,) = corpus.stories
    figure_rows = [c for c in story.claims if c.kind == "figure"]
    assert len(figure_rows) == 1
    assert _claim_rows(story)["3,000 arrests a day"] == [
        ("3,000 arrests a day", "rate: a day (others: none)"),
        ("3,000 arrests", "rate: none (others: a day)"),
    ]
    row = figure_rows[0]
    assert row.cell_of(a) is not None and row.cell_of(b) is not None
    assert row.anchor == "c-figure-3000-arrests-a-day"


def test_two_different_rates_stay_two_rows(tmp_path: Path) -> None:
    names = [("Stephen Miller", PER, "Stephen Miller"), ("ICE", ORG, "ICE")]
    corpus, _ = corpus_of(
        tmp_path,
        Case(
            "Stephen Miller told ICE to make 3,000 arrests a day.",
            figures=[("3,000 arrests a day", 3000, "arrests", None, "day")],
            names=names,
        ),
        Case(
            "Stephen Miller told ICE to make 3,000 arrests a month.",
            figures=[("3,000 arrests a month", 3000, "arrests", None, "month")],
            names=names,
        ),
    )
    assert corpus.figure_groups == []


def test_the_story_matrix_marks_differences_of_qualifier_and_events(
    tmp_path: Path,
) -> None:
    names = [
        ("Stephen Miller", PER, "Stephen Miller"),
        ("National Guard", ORG, "National Guard"),
        ("Abigail Jackson", PER, "Abigail Jackson"),
    ]
    quote = "“We are committed to removing illegal aliens from the country,”"
    one = Case(
        f"In mid-May, Stephen Miller asked for up to 21,000 National Guard troops. "
        f"{quote} Abigail Jackson said.",
        outlet="One",
        figures=[
            (
                "up to 21,000 National Guard troops",
                21000,
                "National Guard troops",
                "up to",
                None,
            )
        ],
        names=names,
        quotes=[(quote, "Abigail Jackson", SPEECH)],
        dates=[("mid-May", "2025-05", Precision.MONTH, "mid", False)],
    )
    two = Case(
        f"At a meeting in mid-May, Stephen Miller wanted 21,000 National Guard "
        f"troops. {quote} Abigail Jackson said.",
        outlet="Two",
        date="2025-06-05",
        figures=[
            ("21,000 National Guard troops", 21000, "National Guard troops", None, None)
        ],
        names=names,
        quotes=[(quote, "Abigail Jackson", SPEECH)],
        dates=[("mid-May", "2025-05", Precision.MONTH, "mid", False)],
    )
    corpus, (_a, _b) = corpus_of(tmp_path, one, two)
    (story,) = corpus.stories
    assert [a.meta.outlet for a in story.articles] == ["One", "Two"]  # oldest first
    assert [c.kind for c in story.claims] == ["figure", "statement", "event"]
    rows = _claim_rows(story)
    assert rows["21,000 National Guard troops"] == [
        ("up to 21,000 National Guard troops", "qualifier: up to (others: none)"),
        ("21,000 National Guard troops", "qualifier: none (others: up to)"),
    ]
    assert rows[f"Abigail Jackson: {quote}"] == [(quote, ""), (quote, "")]
    assert rows["mid-May 2025"] == [("mid-May", ""), ("mid-May", "")]
    assert len(story.statements) == 1
    assert [g.key.label for g in story.events] == [
        "mid-May 2025",
        "4 June 2025",
        "5 June 2025",
    ]


def test_no_ledger_flag_compares_a_headline_with_its_own_body(
    tmp_path: Path,
) -> None:
    names = [("Stephen Miller", PER, "Stephen Miller"), ("ICE", ORG, "ICE")]
    headline = Case(
        "ICE plan calls for 5,000 agents, Stephen Miller says\n"
        "The plan for ICE includes more than 5,000 agents, Stephen Miller said.",
        figures=[
            ("5,000 agents", 5000, "agents", None, None),
            ("more than 5,000 agents", 5000, "agents", "more than", None),
        ],
        names=names,
    )
    body = Case(
        "Stephen Miller said the ICE plan includes more than 5,000 agents.",
        figures=[("more than 5,000 agents", 5000, "agents", "more than", None)],
        names=names,
    )
    corpus, (a, _) = corpus_of(tmp_path, headline, body)
    assert a.blocks[0].kind.value == "headline"
    (group,) = corpus.figure_groups
    assert len(group.places) == 3
    assert group.flags() == []


def test_percentages_group_when_the_articles_share_a_name(tmp_path: Path) -> None:
    names = [("Stephen Miller", PER, "Stephen Miller"), ("ICE", ORG, "ICE")]
    corpus, _ = corpus_of(
        tmp_path,
        Case(
            "Stephen Miller spoke to ICE. Offices in the bottom 10 percent were told.",
            figures=[("10 percent", 10, "percent", None, None)],
            names=names,
        ),
        Case(
            "ICE heard Stephen Miller. The bottom 10% of offices could lose leaders.",
            figures=[("10%", 10, "percent", None, None)],
            names=names,
        ),
    )
    (group,) = corpus.figure_groups
    assert {p.exact for p, _ in group.places} == {"10 percent", "10%"}


def test_amounts_group_when_the_articles_share_a_name_but_not_otherwise(
    tmp_path: Path,
) -> None:
    names = [("Jane Roe", PER, "Jane Roe"), ("Treasury", ORG, "Treasury")]
    related = [
        Case(
            "Jane Roe of the Treasury spoke. The bill costs $147 billion.",
            figures=[("$147 billion", 147e9, "USD", None, None)],
            names=names,
        ),
        Case(
            "The Treasury and Jane Roe met. A price of $147 billion was named.",
            figures=[("$147 billion", 147e9, "USD", None, None)],
            names=names,
        ),
    ]
    corpus, _ = corpus_of(folder(tmp_path / "related"), *related)
    (group,) = corpus.figure_groups
    assert len(group.articles) == 2
    strangers = [
        Case(
            "A stadium costs $147 billion.",
            figures=[("$147 billion", 147e9, "USD", None, None)],
        ),
        Case(
            "A canal costs $147 billion.",
            figures=[("$147 billion", 147e9, "USD", None, None)],
        ),
    ]
    corpus, _ = corpus_of(folder(tmp_path / "strangers"), *strangers)
    assert corpus.figure_groups == []


def test_a_week_both_articles_mention_is_an_event_row(tmp_path: Path) -> None:
    names = [
        ("Stephen Miller", PER, "Stephen Miller"),
        ("ICE", ORG, "ICE"),
        ("Kristi Noem", PER, "Kristi Noem"),
        ("Tom Homan", PER, "Tom Homan"),
    ]
    week = ("last week", "2025-W22", Precision.WEEK, None, True)
    corpus, _ = corpus_of(
        tmp_path,
        Case(
            "Stephen Miller, Tom Homan and Kristi Noem met ICE last week.",
            names=names,
            dates=[week],
        ),
        Case(
            "ICE met Kristi Noem, Tom Homan and Stephen Miller last week.",
            date="2025-06-05",
            names=names,
            dates=[week],
        ),
    )
    (story,) = corpus.stories
    (event,) = [c for c in story.claims if c.kind == "event"]
    assert [cell.text for cell in event.cells] == ["last week", "last week"]


def test_the_list_of_stories_is_newest_first_and_paginated(tmp_path: Path) -> None:
    from annotated_news.render.paging import Limits
    from annotated_news.render.story_pages import story_pages

    corpus, _ = corpus_of(
        tmp_path, storm(), storm("2025-06-03"), trade(), trade("2025-06-04")
    )
    pages = list(story_pages(corpus, Limits(items=1)))
    assert [p.path for p in pages] == ["stories.md", "stories/2.md"]
    first = pages[0]
    assert first.pager is not None and len(first.pager.parts) == 2
    titles = [
        row.cells[0][0].label
        for page in pages
        for section in page.sections
        for row in section.rows
    ]
    assert titles == [s.title for s in corpus.stories]
    assert corpus.stories[0].end.isoformat() == "2025-06-04"


def test_the_story_page_names_an_article_without_outlet_by_its_day(
    tmp_path: Path,
) -> None:
    # A headline in each matrix header (and on a phone, again in each claim's
    # block) was most of the page; the label is short, numbered when two
    # would read alike, and "The articles" gives the headline with it.
    bare = [dc.replace(storm(d), outlet=None) for d in ("2025-06-03", "2025-06-03")]
    corpus, (named, first, second) = corpus_of(tmp_path, storm(), *bare)
    (story,) = corpus.stories
    labels = story_labels(story)
    assert labels[named.slug] == "Storm Daily"
    assert {labels[first.slug], labels[second.slug]} == {
        "Article of 3 Jun (1)",
        "Article of 3 Jun (2)",
    }
    columns = {c.title: c for c in story_articles(story, story.page)}
    assert all(len(c.label) < 25 for c in columns.values())
    assert (header(corpus, story, story.page)[0][0]).endswith(
        "3 articles from Storm Daily and 2 with no outlet given."
    )
    assert outlet_summary(story) == "Storm Daily and 2 with no outlet given"
    alone, _ = corpus_of(folder(tmp_path / "alone"), *bare)
    (story,) = alone.stories
    assert outlet_summary(story) == "no outlet given"
    assert header(alone, story, story.page)[0][0].endswith(
        "2 articles, no outlet given."
    )


def test_a_drawing_label_breaks_between_words_and_is_never_cut() -> None:
    for label in (
        "NBC News",
        "The New York Times",
        "The Wall Street Journal",
        "Article of 12 Jun (2)",
        "Unbreakablewordlongerthanaline",
    ):
        lines = label_lines(label)
        assert " ".join(lines) == label  # every word, in order, no "…"
        assert all(len(x) <= GRAPH_LABEL_CHARS or " " not in x for x in lines)
    assert label_lines("The New York Times") == ("The New York", "Times")


def loose(date: str, outlet: str) -> Case:
    """An article in no story: a name no other article writes."""
    return Case(
        f"Ada Quill of {outlet} wrote about the harbour.",
        outlet=outlet,
        date=date,
        names=[("Ada Quill", PER, "Ada Quill")],
    )


def test_runs_of_articles_in_no_story_are_headed_by_their_days(tmp_path: Path) -> None:
    corpus, articles = corpus_of(
        tmp_path,
        loose("2025-06-09", "Harbour Post"),
        storm(),
        storm("2025-06-03"),
        loose("2025-05-20", "Quay Times"),
        loose("2025-05-22", "Dock News"),
    )
    newest_first = sorted(articles, key=lambda a: a.meta.date, reverse=True)
    titles = [s.title for s in by_story(corpus, newest_first, "index.md")]
    story = corpus.story_of(articles[1])
    assert story is not None
    # One heading repeated for each run told a reader nothing: each run says
    # which days it holds, oldest to newest.
    assert titles == [
        "Other articles, 9 June 2025",
        story.title,
        "Other articles, 20 May 2025 to 22 May 2025",
    ]
