"""One shared encoder per setting writes what `json.dumps` writes."""

from __future__ import annotations

import dataclasses as dc
import json
from typing import Any

import pytest

from annotated_news.json_text import encoder


@dc.dataclass(frozen=True)
class Point:
    x: int
    label: str


def as_dict(value: Any) -> dict[str, Any]:
    if isinstance(value, Point):
        return {"x": value.x, "label": value.label}
    raise TypeError(type(value).__name__)


VALUES: list[Any] = [
    "plain",
    "café “quoted” \u2028 \x00 😀 </script>",
    {"b": [1, 2.5, None, True], "a": {"z": "é", "y": []}},
    [{"id": "x#1", "n": -3}, {"id": "x#2", "n": 1e21}],
]


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize(
    "settings",
    [{}, {"sort_keys": True}, {"separators": (",", ":")}],
)
def test_the_text_is_json_dumps(value: Any, settings: dict[str, Any]) -> None:
    assert encoder(**settings)(value) == json.dumps(
        value, ensure_ascii=False, **settings
    )


def test_a_default_turns_objects_into_json_as_dumps_does() -> None:
    value = {"k": [Point(1, "é"), Point(2, "<b>")], "a": Point(3, "")}
    assert encoder(sort_keys=True, default=as_dict)(value) == json.dumps(
        value, ensure_ascii=False, sort_keys=True, default=as_dict
    )
    with pytest.raises(TypeError):
        encoder()(Point(1, "x"))


def test_one_encoder_per_setting() -> None:
    assert encoder(sort_keys=True) is encoder(sort_keys=True)
    assert encoder() is not encoder(sort_keys=True)
