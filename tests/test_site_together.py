"""`docs/` and `site/` change together or not at all.

When `mkdocs build --strict` fails after the Markdown was made (a note's
link to a page or anchor that does not exist, any strict-mode warning), both
folders stay exactly as they were (same bytes, same inodes), and the message
points to the sidecar file and line of the note, not only to the generated
page. Runs the real command line and the real MkDocs build.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from annotated_news.cli import main

from .conftest import ROOT, relocated_config

pytestmark = pytest.mark.site

FIRST = (
    " date 2025-06-04 Council approves the pier plan\n"
    "The council approved a £4 million plan on Tuesday, said Ana Ruiz.\n"
)
SECOND = (
    " date 2025-06-05 Contractor chosen for the pier\n"
    "The council chose a contractor for the pier on Wednesday.\n"
)
FIRST_PAGE = "/articles/2025-06-04-council-approves-the-pier-plan/"


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_ino)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run(root: Path, config: Path = ROOT / "mkdocs.yml") -> int:
    return main(
        [
            "--seeds", str(root / "seeds"), "--docs", str(root / "docs"),
            "--site", str(root / "site"), "--config-file", str(config),
            "--no-cache", "--quiet",
        ]
    )  # fmt: skip


@pytest.fixture
def built(make_seed: Callable[..., Path], tmp_path: Path) -> Path:
    make_seed("first.txt", FIRST)
    make_seed("second.txt", SECOND)
    assert run(tmp_path) == 0
    return tmp_path


def note(href: str) -> str:
    return (
        "outlet: Gazette\n"
        "notes:\n"
        "  - exact: chose a contractor\n"
        f"    note: See [the vote]({href}).\n"
    )


@pytest.mark.parametrize(
    "href",
    ["/articles/2025-06-04-no-such-article/", f"{FIRST_PAGE}#q-no-such-anchor"],
    ids=["missing page", "missing anchor"],
)
def test_a_note_link_mkdocs_refuses_leaves_both_and_names_the_sidecar_line(
    built: Path, href: str, capsys: pytest.CaptureFixture[str]
) -> None:
    docs, site = snapshot(built / "docs"), snapshot(built / "site")
    capsys.readouterr()
    sidecar = built / "seeds" / "second.yml"
    sidecar.write_text(note(href))
    # An edit that changes docs/ too: without the link, both would change.
    (built / "seeds" / "first.txt").write_text(FIRST.replace("Tuesday", "Monday"))
    assert run(built) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2, err
    assert err[0].startswith(
        f"{sidecar}:3: note link '{href}' leads to no page or anchor of the site "
        "(MkDocs: Doc file 'articles/2025-06-05-contractor-chosen-for-the-pier.md' "
        "contains a link '"
    ), err[0]
    assert err[0].endswith(
        "(link to a page of this site as the address bar shows it "
        "(/articles/<slug>/#<anchor>), or remove the link)"
    )
    assert err[1] == (
        f"build refused: 1 problem(s); '{built / 'docs'}' and '{built / 'site'}' "
        "were left as they were"
    )
    assert snapshot(built / "docs") == docs
    assert snapshot(built / "site") == site
    assert not list(built.glob(".staging-*"))


def test_the_same_note_link_builds_once_the_page_exists(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (built / "seeds" / "second.yml").write_text(note(FIRST_PAGE))
    assert run(built) == 0, capsys.readouterr().err
    page = built / "site" / "articles" / "2025-06-05-contractor-chosen-for-the-pier"
    assert "the vote" in (page / "index.html").read_text()


def test_any_strict_warning_leaves_both(
    built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A warning that no sidecar caused (here a nav entry to a missing page)."""
    docs, site = snapshot(built / "docs"), snapshot(built / "site")
    broken = tmp_path / "broken.yml"
    broken.write_text(
        relocated_config().replace(
            "  - Home: index.md", "  - Home: index.md\n  - Missing: missing.md"
        )
    )
    (built / "seeds" / "first.txt").write_text(FIRST.replace("Tuesday", "Monday"))
    capsys.readouterr()
    assert run(built, broken) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "missing.md" in err[0], err
    assert err[0].startswith(f"{broken}:1: fails mkdocs build --strict: ")
    assert err[0].endswith("(fix the MkDocs configuration)")
    assert snapshot(built / "docs") == docs
    assert snapshot(built / "site") == site
