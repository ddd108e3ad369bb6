"""annotations.jsonld streamed from parts is the collection made in memory."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from annotated_news import collection as collection_module
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


OLD = [(2, '{"a": 1},\n{"b": 2}'), (0, ""), (1, '{"c": "“x”"}'), (3, "{}\n{}\n{}")]
OLD += [(1, '{"d": 4}'), (0, ""), (1, '{"e": 5}')]
PLANS = [
    # Each entry: an index into OLD (its part taken from the old file) or a
    # new part.
    [0, 1, 2, 3, 4, 5, 6],
    [0, 1, 2, (2, '{"n": 1},\n{"m": 2}'), 4, 5, 6],
    [(1, "{}"), 0, 2, 3, 6],
    [0, 3, 4, (0, ""), 6, (1, '{"z": 0}')],
    [6, 4, 2, 0],
    [1, 5, (0, "")],
]


def _collection(
    folder: Path, plan: list[int | tuple[int, str]], guess: int, old: Path | None
) -> tuple[bytes, list[tuple[int, int, int]]]:
    site = Site("https://example.org/news/", "News")
    collection = CollectionFile(folder, "annotations.jsonld", site, guess)
    spans = []
    if old is not None:
        old_file, spans = old, _collection_spans[old]
    for step in plan:
        if isinstance(step, int):
            assert old is not None
            collection.add_old(old_file, spans[step])
        else:
            count, text = step
            collection.add(count, text.encode("utf-8"))
    made, new_spans = collection.finish(site)
    data = made.read_bytes()
    made.unlink()
    return data, new_spans


_collection_spans: dict[Path, list[tuple[int, int, int]]] = {}


@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize("guess", [0, 9, 10, 12345])
def test_parts_taken_from_the_last_collection_make_the_joined_one(
    tmp_path: Path, plan: list[int | tuple[int, str]], guess: int
) -> None:
    site = Site("https://example.org/news/", "News")
    old_data, old_spans = _collection(tmp_path, list(OLD), 0, None)
    old = tmp_path / "old.jsonld"
    old.write_bytes(old_data)
    _collection_spans[old] = old_spans
    parts = [OLD[s] if isinstance(s, int) else s for s in plan]
    data, spans = _collection(tmp_path, plan, guess, old)
    assert data == assemble_collection(parts, site).encode("utf-8")
    assert list(read_parts_of(data, spans)) == [
        text.encode("utf-8") if n else b"" for n, text in parts
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.jsonld"]


def read_parts_of(data: bytes, spans: list[tuple[int, int, int]]) -> list[bytes]:
    return [data[a:b] if n else b"" for n, a, b in spans]


def test_parts_that_follow_each_other_are_copied_as_one_range(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_data, old_spans = _collection(tmp_path, list(OLD), 0, None)
    old = tmp_path / "old.jsonld"
    old.write_bytes(old_data)
    _collection_spans[old] = old_spans
    copies: list[int] = []
    real = collection_module._copy

    def counted(source: Any, out: Any, first: int, size: int) -> None:
        copies.append(size)
        real(source, out, first, size)

    monkeypatch.setattr(collection_module, "_copy", counted)
    # 0-4 lie one after the other (1 is empty), then a new part, then 6
    # (after 5, empty, and 4 in the old file: not next to the new part).
    _collection(tmp_path, [0, 1, 2, 3, 4, (1, "{}"), 6], 0, old)
    assert len(copies) == 2
    # The guessed total had another number of digits: the file was made
    # again behind the right head (one more copy, of everything).
    copies.clear()
    _collection(tmp_path, [0, 1, 2, 3, 4, 5, 6], 12345, old)
    assert len(copies) == 2


def test_without_copy_file_range_the_parts_are_read_and_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = Site("https://example.org/news/", "News")
    old_data, old_spans = _collection(tmp_path, list(OLD), 0, None)
    old = tmp_path / "old.jsonld"
    old.write_bytes(old_data)
    _collection_spans[old] = old_spans

    def refused(*args: Any) -> int:
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(os, "copy_file_range", refused)
    plan: list[int | tuple[int, str]] = [0, 1, 2, (1, "{}"), 4, 5, 6]
    data, _ = _collection(tmp_path, plan, 12345, old)
    parts = [OLD[s] if isinstance(s, int) else s for s in plan]
    assert data == assemble_collection(parts, site).encode("utf-8")
