"""The README's table of limits gives the values the code uses."""

from __future__ import annotations

import re

import pytest

from annotated_news.annotators.quotes.cues import MAX_BETWEEN
from annotated_news.parse.sentences import MAX_WINDOW
from annotated_news.reader import MAX_CONTROL_FREE, MAX_CONTROL_SHARE, MAX_SEED_BYTES
from annotated_news.sidecar import MAX_DEPTH, MAX_SIDECAR_BYTES
from annotated_news.slugs import MAX_PINNED_SLUG

from .conftest import ROOT


def limits() -> dict[str, str]:
    """The table's rows: limit -> value, as the README writes them."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("- **Limits**") :]
    rows = re.findall(r"^  \| ([^|]+?) \| ([^|]+?) \| [^|]+ \|$", section, re.M)
    return dict(rows[1:])  # after the header (the rule has no spaces)


def mib(n: int) -> str:
    return f"{n // (1024 * 1024)} MiB"


@pytest.mark.parametrize(
    ("limit", "value"),
    [
        ("size of a seed file", mib(MAX_SEED_BYTES)),
        ("size of a sidecar", mib(MAX_SIDECAR_BYTES)),
        ("nesting of YAML collections in a sidecar", f"{MAX_DEPTH} levels"),
        ("length of a slug pinned in a sidecar", f"{MAX_PINNED_SLUG} characters"),
        (
            "control characters kept in a seed (with a warning)",
            f"{MAX_CONTROL_FREE}, or 1 in {round(1 / MAX_CONTROL_SHARE)} "
            "characters if more",
        ),
        ("distance from a cue verb to its quote", f"{MAX_BETWEEN:,} characters"),
        (
            "piece of a paragraph sentencex segments at once",
            f"{MAX_WINDOW:,} characters",
        ),
    ],
)
def test_the_readme_gives_the_codes_limit(limit: str, value: str) -> None:
    assert limits().get(limit) == value
