"""`make screenshots` finds a page of each kind in a built site."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tools.screenshots import main, shots_of

from .conftest import SEEDS, build_site_in

pytestmark = pytest.mark.site


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("shots")
    shutil.copytree(SEEDS, root / "seeds")
    assert build_site_in(root) == 0
    return root


def test_every_kind_of_page_is_shot_and_exists(built: Path) -> None:
    shots = shots_of(built / "site", built / "docs")
    kinds = {s.kind: s.path for s in shots}
    assert {
        "home",
        "article",
        "timeline",
        "figures",
        "crosslinks",
        "quotes",
        "person",
        "organisation",
        "article-card",
    } <= set(kinds)
    for path in kinds.values():
        assert (built / "site" / path / "index.html").is_file(), path
    # The person shot is the most mentioned person (listed first).
    assert kinds["person"] == "people/donald-trump/"


def test_screenshots_are_never_written_into_the_repository(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--out", str(Path(__file__).parent / "shots")]) == 2
    assert "inside the repository" in capsys.readouterr().out
