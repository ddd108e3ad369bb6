"""Annotators on hand-written cases (tests/cases/<annotator>.txt).

Each case is a seed text and the annotations expected of it, one per line,
in text order. The serialisation of each kind is defined below.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from annotated_news.model import Article

from .conftest import case_params, read_cases


def show_dates(a: Article) -> str:
    return "\n".join(
        " | ".join(
            [a.slice(d.span), d.value, d.precision.value]
            + ([d.modifier] if d.modifier else [])
        )
        for d in a.dates
    )


def show_figures(a: Article) -> str:
    return "\n".join(
        " | ".join(
            [
                a.slice(f.span),
                f"{f.value:g}" + ("" if f.high is None else f"..{f.high:g}"),
                f.unit,
                f.qualifier or "-",
                f.rate or "-",
            ]
        )
        for f in a.figures
    )


def show_quotes(a: Article) -> str:
    return "\n".join(
        " | ".join([q.quote_kind.value, q.speaker or "-", a.slice(q.span)])
        for q in a.quotes
    )


def show_entities(a: Article) -> str:
    """One line per mention; a line break inside a mention (a name broken by a
    hard wrap) shows as `\\n`, so that a case keeps one line per mention."""
    return "\n".join(
        " | ".join([m.kind.value, a.slice(m.span).replace("\n", "\\n"), m.canonical])
        for m in a.entities
    )


@pytest.mark.parametrize(("text", "expected"), case_params("dates"))
def test_dates(annotated: Callable[[str], Article], text: str, expected: str) -> None:
    assert show_dates(annotated(text)) == expected


@pytest.mark.parametrize(("text", "expected"), case_params("figures"))
def test_figures(annotated: Callable[[str], Article], text: str, expected: str) -> None:
    assert show_figures(annotated(text)) == expected


@pytest.mark.parametrize(("text", "expected"), case_params("quotes"))
def test_quotes(annotated: Callable[[str], Article], text: str, expected: str) -> None:
    assert show_quotes(annotated(text)) == expected


@pytest.mark.parametrize(("text", "expected"), case_params("entities"))
def test_entities(
    annotated: Callable[[str], Article], text: str, expected: str
) -> None:
    assert show_entities(annotated(text)) == expected


def test_case_files_keep_the_line_of_each_case(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("# comment\n\nfirst\n.\nin\n.\nout\n.\n\nsecond\n.\na\nb\n.\n.\n")
    assert read_cases(path) == [(3, "first", "in", "out"), (10, "second", "a\nb", "")]
    path.write_text("title\n.\nunclosed\n")
    with pytest.raises(ValueError, match=r"x\.txt:3: a case part is not closed"):
        read_cases(path)
