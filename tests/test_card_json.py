"""The cards' JSON and the day labels, made once per class or day for speed.

`cards_json` writes each card as `dataclasses.asdict` gives it, less the
fields marked empty-omitted when empty; the day labels are cached per day and
must read as the uncached formulas do.
"""

from __future__ import annotations

import calendar
import dataclasses as dc
import datetime as dt
import json

import pytest

from annotated_news.indexes.timeline import date_label
from annotated_news.model import Precision
from annotated_news.render.cards import (
    CardLink,
    Elsewhere,
    NameCard,
    _resolved_label,
    cards_json,
)
from annotated_news.render.items import day_words


def name_card(joined: str) -> NameCard:
    return NameCard(
        kind="name",
        title="Ada Brill",
        name="Ada Brill",
        name_kind="person",
        forms=["Brill"],
        titles=["mayor"],
        articles=2,
        mentions=5,
        place=CardLink("Everything about Ada Brill", "../../people/ada-brill/"),
        elsewhere=[Elsewhere("The Ledger", "Brill said no", "../x/#e-ada-brill")],
        joined=joined,
    )


@pytest.mark.parametrize("joined", ["", "By surname alone: one person"])
def test_a_card_is_its_fields_with_an_empty_omitted_field_left_out(
    joined: str,
) -> None:
    card = name_card(joined)
    expected = dc.asdict(card)
    if not joined:
        del expected["joined"]
    written = json.loads(cards_json({"e-ada-brill": card}))
    assert written == {"e-ada-brill": expected}
    assert ("joined" in written["e-ada-brill"]) is bool(joined)
    # The encoder sorts the keys.
    assert list(written["e-ada-brill"]) == sorted(expected)


def test_markup_in_a_card_is_escaped_in_its_json() -> None:
    text = cards_json({"k": name_card("<b>&</b>")})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["k"]["joined"] == "<b>&</b>"


DAYS = [dt.date(2024, 2, 29) + dt.timedelta(days=n) for n in range(0, 400, 37)]


@pytest.mark.parametrize("day", DAYS)
def test_day_labels_read_as_the_formula_does(day: dt.date) -> None:
    name = calendar.day_name[day.weekday()]
    plain = date_label(day.isoformat(), Precision.DAY)
    assert day_words(day) == f"{name} {plain}"
    assert day_words(day) == day_words(day)  # the cached one
    assert _resolved_label(day.isoformat(), Precision.DAY, None) == f"{name} {plain}"
    # A modified day ("early ...") or a month keeps `date_label`'s words.
    month = day.isoformat()[:7]
    assert _resolved_label(month, Precision.MONTH, None) == date_label(
        month, Precision.MONTH
    )
