"""The article page's schema.org JSON-LD: who a Quotation's creator is.

A speaker is typed only when the site knows what it is: a person or an
organisation the names found. A document, a crowd or an unnamed official
("the statement", "officials") is given by name alone, never as a Person.
"""

from __future__ import annotations

import dataclasses as dc
import json
from pathlib import Path

from annotated_news.indexes import build_corpus
from annotated_news.model import Kind, QuoteKind
from annotated_news.parse.article import disambiguate_slugs
from annotated_news.render.jsonld import article_json_ld

from .corpus_cases import ORG, PER, Case, make_article

TEXT = (
    "Harbour works begin\n\n"
    "Jane Quillon said: “We will build the new quay this year.” "
    "The statement read: “No further comment will be made.” "
    "The Harbour Board said: “Work starts in the spring.” "
    "Officials said: “The road stays open.”"
)
SPEECH = QuoteKind.SPEECH


def creators(
    tmp_path: Path, kinds: dict[str, Kind | None]
) -> dict[str, dict[str, str]]:
    case = Case(
        TEXT,
        names=[
            ("Jane Quillon", PER, "Jane Quillon"),
            ("Harbour Board", ORG, "Harbour Board"),
        ],
        quotes=[
            ("“We will build the new quay this year.”", "Jane Quillon", SPEECH),
            ("“No further comment will be made.”", "the statement", SPEECH),
            ("“Work starts in the spring.”", "Harbour Board", SPEECH),
            ("“The road stays open.”", "officials", SPEECH),
        ],
    )
    article = make_article(tmp_path, case)
    article.quotes = [
        dc.replace(q, speaker_kind=kinds.get(q.speaker or "", q.speaker_kind))
        for q in article.quotes
    ]
    disambiguate_slugs([article])
    corpus = build_corpus([article])
    graph = json.loads(article_json_ld(corpus, article))["@graph"]
    return {q["creator"]["name"]: q["creator"] for q in graph if "creator" in q}


def test_a_document_or_a_group_is_no_person(tmp_path: Path) -> None:
    found = creators(tmp_path, {"the statement": None, "officials": None})
    assert found["the statement"] == {"name": "the statement"}
    assert found["officials"] == {"name": "officials"}
    assert found["Jane Quillon"] == {"@type": "Person", "name": "Jane Quillon"}


def test_a_speaker_read_without_a_kind_takes_the_kind_the_names_know(
    tmp_path: Path,
) -> None:
    found = creators(
        tmp_path,
        {
            "the statement": None,
            "officials": None,
            "Harbour Board": None,
            "Jane Quillon": None,
        },
    )
    assert found["Harbour Board"] == {"@type": "Organization", "name": "Harbour Board"}
    assert found["Jane Quillon"] == {"@type": "Person", "name": "Jane Quillon"}
