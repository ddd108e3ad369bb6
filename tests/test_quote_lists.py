"""How quotes read where the site lists them (the quotes page, a speaker's page)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from annotated_news.cli import main

POST = (
    " date 2025-06-09 Governor hits back\n\n"
    "The governor replied online.\n\n"
    "The federal government is taking over the Guard. That move will only "
    "escalate tensions.\n\n"
    "— Ana Ruiz (@GovRuiz) June 7, 2025\n\n"
    "“Everyone saw the chaos,” Lena Ortiz said.\n"
)


def test_a_post_copied_without_marks_is_listed_in_quotation_marks(
    make_seed: Callable[..., Path], tmp_path: Path
) -> None:
    make_seed("post.txt", POST)
    docs = tmp_path / "docs"
    status = main(["--seeds", str(tmp_path / "seeds"), "--docs", str(docs)])
    assert status == 0
    listing = (docs / "quotes.md").read_text(encoding="utf-8")
    # the post gains marks; a quote with its own keeps them, not doubled
    assert "<li>“The federal government is taking over the Guard." in listing
    assert "escalate tensions.” <a " in listing
    assert "<li>“Everyone saw the chaos,” <a " in listing
    assert "““" not in listing
