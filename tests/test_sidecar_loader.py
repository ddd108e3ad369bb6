"""Sidecars read by libyaml give what the pure-Python loader gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from annotated_news import sidecar
from annotated_news.errors import SeedError

from .conftest import ROOT, SEEDS

SIDECARS = [
    *sorted(SEEDS.glob("*.yml")),
    *sorted((ROOT / "tests" / "golden" / "seeds").glob("*.yml")),
]
MORE = {
    "folded and literal": "title: >\n  A folded\n  title\nnotes:\n  - exact: x\n"
    "    note: |\n      Two\n      lines\n",
    "quoted and typographic": "title: 'It''s “fine”: — ok'\noutlet: \"A \\u00e9 \\t b\"\n",
    "flow style": "notes: [{exact: a, note: b}, {exact: c, note: d, prefix: e}]\n",
    "numbers and dates as text": "title: 2024\nauthor: 2024-05-01\nslug: 1e3\n",
    "comments and blank lines": "# c\n\ntitle: t # trailing\n\n\noutlet: o\n",
    "anchor and alias": "title: &t Same\noutlet: *t\n",
    "empty": "",
    "bom": "\ufefftitle: t\n",
}


def test_libyaml_is_used_here() -> None:
    assert sidecar.FAST_LOADER is yaml.CSafeLoader


def read_both(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    def read() -> object:
        try:
            return sidecar.read_sidecar(path)
        except SeedError as err:
            return err.message()

    fast = read()
    with monkeypatch.context() as patch:
        patch.setattr(sidecar, "FAST_LOADER", None)
        pure = read()
    return fast, pure


@pytest.mark.parametrize("path", SIDECARS, ids=lambda p: p.name)
def test_project_sidecars_read_the_same(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast, pure = read_both(path, monkeypatch)
    assert fast == pure


@pytest.mark.parametrize("text", MORE.values(), ids=MORE.keys())
def test_yaml_forms_read_the_same(
    text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "x.yml"
    path.write_text(text, encoding="utf-8")
    fast, pure = read_both(path, monkeypatch)
    assert fast == pure
    assert SIDECARS  # the project's own sidecars are found too
