"""Blocks, sentences, titles and slugs."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from annotated_news.model import Article, BlockKind
from annotated_news.parse.article import base_slug, disambiguate_slugs, parse_article
from annotated_news.parse.sentences import segment
from annotated_news.parse.title import derive_title
from annotated_news.reader import read_seed

from .conftest import SEEDS, require_corpus


def kinds(article: Article) -> list[str]:
    return [b.kind.value for b in article.blocks]


def test_seed_with_headline_and_standfirst() -> None:
    a = parse_article(read_seed(SEEDS / "003_0f36b1109f0a2ec0.txt"))
    assert kinds(a)[:3] == ["headline", "standfirst", "paragraph"]
    assert a.meta.title.startswith("ICE operation calls for 5,000 federal agents")
    assert not a.meta.title_derived


def test_seed_without_headline_gets_a_short_title_from_its_lead() -> None:
    a = parse_article(read_seed(SEEDS / "000_356ed7786aea7bd9.txt"))
    assert kinds(a)[0] == "paragraph"
    assert a.meta.title_derived
    assert "date" not in a.meta.title
    assert len(a.meta.title) <= 140  # a whole clause of the lead (see below)
    assert "Stephen Miller" in a.meta.title and not a.meta.title.endswith("…")


def test_short_line_in_the_body_is_a_subheading() -> None:
    a = parse_article(read_seed(SEEDS / "000_356ed7786aea7bd9.txt"))
    subs = [a.slice(b.span) for b in a.blocks if b.kind is BlockKind.SUBHEADING]
    assert subs == ["How immigration is affecting other law enforcement operations"]


def test_a_line_that_opens_with_a_dash_signs_and_is_no_subheading(
    tmp_path: Path,
) -> None:
    seed = tmp_path / "2025-06-09-post.txt"
    seed.write_text(
        " date 2025-06-09 Governor hits back\n\nThe governor wrote a post.\n\n"
        "That move is inflammatory and will only escalate tensions.\n\n"
        "— Ana Ruiz (@GovRuiz) June 7, 2025\n\nHow the day unfolded\n\n"
        "The White House replied.\n",
        encoding="utf-8",
    )
    a = parse_article(read_seed(seed))
    by_text = {a.slice(b.span): b.kind for b in a.blocks}
    assert by_text["— Ana Ruiz (@GovRuiz) June 7, 2025"] is BlockKind.PARAGRAPH
    assert by_text["How the day unfolded"] is BlockKind.SUBHEADING


def test_glued_sentences_are_split_without_losing_a_character() -> None:
    a = parse_article(read_seed(SEEDS / "000_356ed7786aea7bd9.txt"))
    sentences = [a.slice(s.span) for s in a.sentences]
    assert any(s.endswith("multiple sources cautioned.") for s in sentences)
    assert any(
        s.startswith("Abigail Jackson, a White House spokeswoman") for s in sentences
    )
    assert any(s.endswith("like the Alien Enemies Act.") for s in sentences)
    joined = "".join(a.slice(s.span) for s in a.sentences)
    assert joined.replace(" ", "").replace("\n", "") == "".join(
        a.slice(b.span) for b in a.blocks
    ).replace(" ", "")


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Marshals Service joined the raid.",
        "The meeting at ICE’s headquarters in Washington, D.C. on May 21 ran late.",
        "Immigration status is now question No. 1 in terms of charging decisions.",
    ],
)
def test_abbreviations_are_not_sentence_ends(text: str) -> None:
    assert segment(text) == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The order came at a meeting in late May. Stephen Miller told them.",
            "The order came at a meeting in late May.",
        ),
        ("The vote went against Theresa May. Labour MPs cheered.", None),
        ("It ended in May. “We won,” she said.", "It ended in May."),
    ],
)
def test_may_is_no_abbreviation(text: str, first: str | None) -> None:
    # sentencex reads "May." as a month's abbreviation before a name.
    pieces = segment(text)
    assert len(pieces) == 2
    assert pieces[0] == (first or text[: text.index(".") + 1])


def test_title_is_cut_at_a_word_boundary() -> None:
    title = derive_title("In mid-May, A very " + "long " * 40 + "sentence ends here.")
    assert title.endswith("…") and len(title) <= 91
    assert not title.startswith("In mid-May")


NBC_LEAD = (
    "In mid-May, White House deputy chief of staff Stephen Miller, frustrated over "
    "what he saw as numbers of arrests and deportations of unauthorized immigrants "
    "that were too low, berated and threatened to fire senior Immigration and "
    "Customs Enforcement officials if they did not begin detaining 3,000 migrants a "
    "day, according to two sources who spoke to attendees."
)


def test_a_long_lead_gives_a_whole_clause_without_an_ellipsis() -> None:
    assert derive_title(NBC_LEAD) == (
        "White House deputy chief of staff Stephen Miller berated and threatened "
        "to fire senior Immigration and Customs Enforcement officials"
    )
    assert derive_title(
        "The council approved a plan to repair the pier on Tuesday after a long "
        "debate in which members argued about the cost of the work and who should "
        "pay for it, according to minutes."
    ) == ("The council approved a plan to repair the pier on Tuesday")


def test_a_clause_cut_keeps_the_page_url() -> None:
    # The URL comes from the title: a clause cut is used only when the slug is
    # the one the word cut gives (so existing pages keep their address).
    assert base_slug("2025-06-04", derive_title(NBC_LEAD), NBC_LEAD) == (
        "2025-06-04-white-house-deputy-chief-of-staff-stephen-miller-berated-and"
    )
    lead = (
        "The harbour council met for three long hours on Tuesday when the plan for "
        "the harbour and its piers was set out to residents by the mayor."
    )
    title = derive_title(lead)  # the clause ends before the slug's 60 characters
    assert title == (
        "The harbour council met for three long hours on Tuesday when the plan for "
        "the harbour…"
    )


def test_same_headline_gets_different_slugs_in_any_order(
    make_seed: Callable[..., Path],
) -> None:
    a = parse_article(
        read_seed(make_seed("a.txt", " date 2025-06-04 Same title\nOne body."))
    )
    b = parse_article(
        read_seed(make_seed("b.txt", " date 2025-06-04 Same title\nAnother."))
    )
    disambiguate_slugs([a, b])
    first = (a.slug, b.slug)
    a2 = parse_article(
        read_seed(make_seed("a.txt", " date 2025-06-04 Same title\nOne body."))
    )
    b2 = parse_article(
        read_seed(make_seed("b.txt", " date 2025-06-04 Same title\nAnother."))
    )
    disambiguate_slugs([b2, a2])
    assert a.slug != b.slug
    assert (a2.slug, b2.slug) == first


def test_path_like_headline_gives_a_safe_slug(make_seed: Callable[..., Path]) -> None:
    a = parse_article(
        read_seed(make_seed("a.txt", " date 2025-06-04 ../../etc/passwd\nBody."))
    )
    assert "/" not in a.slug and ".." not in a.slug
    assert a.slug == "2025-06-04-etc-passwd"


def test_pysbd_golden_rules() -> None:
    rules = json.loads(
        (require_corpus("pysbd-golden-rules") / "english_golden_rules.json").read_text()
    )
    passed = sum(segment(r["text"]) == r["expected"] for r in rules)
    assert passed >= 47, f"{passed} of {len(rules)} golden rules"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Markets close at 4 p.m. EDT, the exchange said.", 1),
        ("The vote is at 10 a.m. Wednesday in Paris.", 1),
        ("It ended at 5 p.m. GMT on Friday.", 1),
        ("He left at 5 p.m. Police arrived later.", 2),
    ],
)
def test_a_clock_time_goes_on_after_am_and_pm(text: str, expected: int) -> None:
    """sentencex ends a sentence at "p.m." before a capital: a zone, weekday
    or month after it continues the time; any other word starts a sentence."""
    pieces = segment(text)
    assert len(pieces) == expected
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(
    "text",
    [
        "E\u00a0.F and more",  # sentencex 0.x panicked here
        "It was E\u2009. Then it ended.",
        "A\u00a0. B\u202f. C",
    ],
)
def test_a_wide_space_before_a_full_stop_splits_without_a_panic(text: str) -> None:
    pieces = segment(text)
    # nothing lost or changed: the pieces are the text in order, trimmed of
    # the plain spaces between them (the wide ones stay where they were)
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")
    assert all(piece in text for piece in pieces)
