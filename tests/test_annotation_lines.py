"""`article_lines` writes each annotation as `encoder()` writes its dict.

The lines of `annotations.jsonld` are made from strings (`article_lines`),
not by encoding the dicts of `annotation_items`: these tests hold the two
to the same bytes, on the seeds and the interop fixture (markup-like text,
quotes and backslashes, hostile sidecars), with and without a site URL.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from annotated_news.export.annotations import (
    Site,
    _json_value,
    annotation_items,
    article_lines,
)
from annotated_news.indexes import Corpus
from annotated_news.json_text import encoder

from .conftest import SEEDS
from .test_annotations_export import FIXTURE, corpus_of


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return corpus_of(tmp_path_factory.mktemp("lines"), SEEDS, FIXTURE)


@pytest.mark.parametrize(
    "site",
    [Site(), Site("https://news.example.org/sub/", "Annotated news"), Site("x\"\\'")],
)
def test_lines_are_the_items_encoded(corpus: Corpus, site: Site) -> None:
    kinds: set[str] = set()
    for article in corpus.articles:
        items = annotation_items(corpus, article, site)
        kinds.update(item["kind"] for item in items)
        expected = ",\n".join(map(encoder(), items))
        assert article_lines(corpus, article, site) == (len(items), expected)
    # Every kind of annotation was compared, notes and credits included.
    assert {"figure", "quote", "date", "person", "note", "credit"} <= kinds


@pytest.mark.parametrize(
    "value",
    [
        "plain",
        'a "quote", a \\ and a\nbreak\u2028\x00',
        "emoji \U0001f600 and é",
        0,
        -12,
        3.0,
        1.5e300,
        0.1,
        math.inf,
        True,
        None,
    ],
)
def test_a_field_value_is_written_as_the_encoder_writes_it(value: object) -> None:
    assert _json_value(value) == encoder()(value)


def test_the_fixture_holds_text_that_json_escapes() -> None:
    text = "".join(p.read_text(encoding="utf-8") for p in Path(FIXTURE).iterdir())
    assert '"' in text and "\\" in text
