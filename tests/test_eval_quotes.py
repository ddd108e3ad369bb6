"""The quote scorer (tools/evaluate/quotes.py, speakers.py, polnear.py) on hand-made cases."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tools.evaluate.polnear import Document, TextBound, parse_ann
from tools.evaluate.quotes import (
    FIRST_NAMES,
    Item,
    gold_items,
    match,
    overlap,
    score_items,
    segments,
)
from tools.evaluate.speakers import (
    complete_name,
    head_names,
    same_description,
    same_person,
    speaker_right,
    targets,
)


def chars(start: int, end: int) -> frozenset[int]:
    return frozenset(range(start, end))


# -- overlap and matching ----------------------------------------------------


def test_overlap_is_shared_over_the_longer() -> None:
    assert overlap(chars(0, 10), chars(0, 10)) == 1.0
    assert overlap(chars(0, 10), chars(5, 10)) == 0.5
    assert overlap(chars(0, 10), chars(0, 20)) == 0.5
    assert overlap(chars(0, 10), chars(10, 20)) == 0.0


def test_match_is_one_to_one_and_needs_half() -> None:
    gold = [Item(chars(0, 10)), Item(chars(20, 30))]
    predicted = [Item(chars(0, 9)), Item(chars(1, 10)), Item(chars(20, 24))]
    # Both predictions overlap the first gold quote; the better one wins, the
    # other stays unmatched. 4 of 10 code points is below one half.
    assert match(gold, predicted) == [(0, 0)]


def test_score_counts_ignored_predictions_inside_reported_speech() -> None:
    gold = [Item(chars(0, 10), targets=("Jackson",))]
    predicted = [
        Item(chars(0, 10), "Abigail Jackson"),
        Item(chars(50, 60), "X"),
        Item(chars(100, 104), "Y"),
    ]
    score = score_items(gold, predicted, ignored=[Item(chars(40, 70), targets=("X",))])
    assert (score.span.tp, score.span.fp, score.span.fn) == (1, 1, 0)
    assert score.ignored == 1 and (score.ignored_with_source, score.ignored_right) == (
        1,
        1,
    )
    assert score.speaker_right == 1 and score.with_source == 1
    assert score.strict_precision == pytest.approx(1 / 3)


def test_a_gold_quote_without_source_is_left_out_of_speaker_accuracy() -> None:
    score = score_items([Item(chars(0, 10))], [Item(chars(0, 10), "Anyone")])
    assert score.span.tp == 1 and score.with_source == 0


def test_segments_join_fragments_across_spaces_and_cut_at_lines() -> None:
    text = "“Judge,” he said, “no.” “Yes.”\n\n“More.”"
    # Fragments as PolNeAR gives them: the cue is left out.
    fragments = [(0, 8), (18, 23), (24, 30), (32, 39)]
    found = segments(text, fragments)
    assert [text[min(s) : max(s) + 1] for s in found] == [
        "“Judge,”",
        "“no.” “Yes.”",
        "“More.”",
    ]


# -- PolNeAR records ---------------------------------------------------------

ANN = (
    "T1\tSource 0 5\tTrump\n"
    "T2\tCue 6 10\tsaid\n"
    "T3\tContent 12 20;25 30\t“ab” “cd”\n"
    "T4\tContent 40 52\tthat it was\nsplit\n"
    "E1\tAttribution:T2 Source:T1 Content:T3 Cue:T2\n"
    "E2\tAttribution:T2 Content:T4\n"
)


def test_parse_ann_keeps_fragments_and_multiline_records() -> None:
    found = parse_ann(ANN)
    assert len(found) == 2
    assert found[0].content.fragments == ((12, 20), (25, 30))
    assert found[0].source is not None and found[0].source.label == "Source"
    assert found[1].source is None


def test_direct_quotes_open_with_a_mark() -> None:
    doc = Document("x", None, None, "  “Yes,” he said. ''No.'' that it", [])  # type: ignore[arg-type]
    assert doc.is_direct(TextBound("T1", "Content", ((2, 8),)))
    assert doc.is_direct(TextBound("T2", "Content", ((18, 25),)))
    assert not doc.is_direct(TextBound("T3", "Content", ((26, 33),)))


def test_gold_items_give_targets_and_ignored_contents() -> None:
    text = "Kristi Noem spoke. “We act,” she said. She said that it works."
    ann = (
        "T1\tContent 19 28\t“We act,”\n"
        "T2\tSource 29 32\tshe\n"
        "T3\tContent 50 62\tthat it works\n"
        "T4\tSource 39 42\tShe\n"
        "E1\tAttribution:T1 Source:T2 Content:T1\n"
        "E2\tAttribution:T3 Source:T4 Content:T3\n"
    )
    doc = Document("x", None, None, text, parse_ann(ann))  # type: ignore[arg-type]
    gold, other = gold_items(doc, FIRST_NAMES)
    assert len(gold) == 1 and len(other) == 1
    assert gold[0].targets == ("she", "Kristi Noem")
    assert not gold[0].named  # a pronoun is no named source


def test_named_sources_are_scored_apart() -> None:
    gold = [
        Item(chars(0, 10), targets=("Noem", "Kristi Noem"), named=True),
        Item(chars(20, 30), targets=("she", "Kristi Noem")),
    ]
    predicted = [Item(chars(0, 10), "Kristi Noem"), Item(chars(20, 30), "Someone")]
    score = score_items(gold, predicted)
    assert (score.with_source, score.speaker_right) == (2, 1)
    assert (score.named, score.named_right, score.named_accuracy) == (1, 1, 1.0)


# -- speaker rules -----------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        ("Sen. Ted Cruz (R-Texas)", ["Sen. Ted Cruz"]),
        ("Clinton’s campaign manager, Robby Mook", ["Robby Mook"]),
        ("the Clinton campaign", []),
        ("Chuck Rocha, president of Solidarity Strategies, a firm", ["Chuck Rocha"]),
        ("Meenakshi Ganguly of Human Rights Watch", ["Meenakshi Ganguly"]),
        ("But Clinton", ["Clinton"]),
        ("North Carolina’s Ada Fisher, a member", ["Ada Fisher"]),
    ],
)
def test_head_names(phrase: str, names: list[str]) -> None:
    assert head_names(phrase) == names


def test_same_person_needs_the_surname_and_agreeing_first_names() -> None:
    assert same_person("Trump", "Donald Trump")
    assert same_person("Mr. Trump", "Donald J. Trump")
    assert not same_person("Ivanka Trump", "Donald Trump")
    assert not same_person("Donald Trump", "Donald Duck")


def test_descriptions_compare_up_to_their_first_modifier() -> None:
    assert same_description("the official", "a senior FBI official")
    assert same_description("a strategist", "a strategist for one of these candidates")
    assert not same_description("a senior official", "a senior adviser")


def test_a_short_form_is_completed_from_the_text() -> None:
    text = "Donald Trump spoke. Ivanka Trump spoke. Trump said no."
    assert complete_name("Trump", text, text.index("Trump said")) == "Ivanka Trump"
    assert complete_name("Trump", text, 0) == "Donald Trump"


def test_a_pronoun_goes_to_the_subject_of_the_nearest_sentence_with_a_fit() -> None:
    text = (
        "Juan Zarate, an adviser to George W. Bush, questioned Trump's logic. "
        "Abigail Jackson left. “It fails,” he said."
    )
    at = text.index("he said")
    assert targets("he", at, [], text, FIRST_NAMES) == ["he", "Juan Zarate"]
    assert targets("she", at, [], text, FIRST_NAMES) == ["she", "Abigail Jackson"]


def test_a_gold_source_wins_over_a_name_in_its_sentence() -> None:
    text = "After meeting Tom Smith, Jones said no. “Never,” he said."
    sources = [(text.index("Jones"), "Jones")]
    assert (
        targets("he", text.index("he said"), sources, text, FIRST_NAMES)[1] == "Jones"
    )


def test_speaker_right_accepts_names_and_descriptions_not_others() -> None:
    wanted = ["Clinton’s campaign manager, Robby Mook", "Robby Mook"]
    assert speaker_right("Robby Mook", wanted)
    assert speaker_right("Mook", wanted)
    assert not speaker_right("Hillary Clinton", wanted)
    assert not speaker_right(None, wanted)
    assert speaker_right("a law enforcement official", ["a law enforcement official"])


# -- names -------------------------------------------------------------------


def test_seed_names_are_read_by_seed() -> None:
    from tools.evaluate.names import SEED_NAMES, read_seed_names

    names = read_seed_names(SEED_NAMES)
    assert ("person", "Stephen Miller") in names["000_356ed7786aea7bd9.txt"]
    assert ("organization", "Axios") in names["003_0f36b1109f0a2ec0.txt"]


def test_source_names_count_right_and_wrong_mentions() -> None:
    from annotated_news.model import EntityMention, Kind, Span
    from tools.evaluate.names import score_sources

    text = "“No,” said Sen. Ted Cruz. “Yes,” the Clinton campaign said."
    ann = (
        "T1\tSource 10 24\tSen. Ted Cruz\n"
        "T2\tContent 0 5\t“No,”\n"
        "T3\tSource 33 52\tthe Clinton campaign\n"
        "T4\tContent 26 32\t“Yes,”\n"
        "E1\tAttribution:T1 Source:T1 Content:T2\n"
        "E2\tAttribution:T3 Source:T3 Content:T4\n"
    )
    doc = Document("x", None, None, text, parse_ann(ann))  # type: ignore[arg-type]

    article = SimpleNamespace(
        entities=[
            EntityMention(Span(16, 24), Kind.PERSON, "Ted Cruz", "Sen."),
            EntityMention(Span(37, 44), Kind.PERSON, "Hillary Clinton"),
        ]
    )
    score = score_sources(doc, article)  # type: ignore[arg-type]
    # Cruz is found; "the Clinton campaign" holds no head name, so it is no
    # item, and the Clinton mention inside it is not counted either way.
    assert (score.tp, score.fn, score.fp) == (1, 0, 0)


def test_a_word_for_a_group_is_no_name_item() -> None:
    from tools.evaluate.names import is_name_item

    assert not is_name_item("Authorities") and not is_name_item("Republicans")
    assert is_name_item("Ted Cruz") and is_name_item("Cruz")
