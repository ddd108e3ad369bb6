"""annotations.jsonld streamed from parts is the collection made in memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotated_news.collection import CollectionFile, read_parts
from annotated_news.export.annotations import Site, assemble_collection

PARTS = [
    [],
    [(0, "")],
    [(1, '{"a": "é"}')],
    [(2, '{"a": 1},\n{"b": 2}'), (0, ""), (1, '{"c": "“x”"}'), (0, "")],
    [(0, ""), (3, "{}\n{}\n{}"), (1, "{}")],
]


@pytest.mark.parametrize("parts", PARTS)
def test_streamed_collection_equals_the_joined_one(
    tmp_path: Path, parts: list[tuple[int, str]]
) -> None:
    site = Site("https://example.org/news/", "News")
    collection = CollectionFile(tmp_path, "annotations.jsonld")
    for count, text in parts:
        collection.add(count, text.encode("utf-8"))
    made, spans = collection.finish(site)
    expected = assemble_collection(parts, site).encode("utf-8")
    assert made.read_bytes() == expected
    assert len(spans) == len(parts)
    back = list(read_parts(made, spans))
    assert back == [text.encode("utf-8") if n else b"" for n, text in parts]
    collection.close()
    assert not made.exists()
    assert list(tmp_path.iterdir()) == []
