"""The build's settings: one frozen dataclass, validated once."""

from __future__ import annotations

import dataclasses as dc
from pathlib import Path

from .errors import ConfigError

REPO_ROOT = Path(__file__).resolve().parent.parent
"""Where `templates/` lives when the package runs from a checkout."""


def cache_beside(docs_dir: Path) -> Path:
    """The default cache folder: `.cache/annotated-news` next to the docs folder."""
    return docs_dir.parent / ".cache" / "annotated-news"


@dc.dataclass(frozen=True, slots=True)
class SiteConfig:
    """Folders and options of one build."""

    seeds_dir: Path = Path("seeds")
    docs_dir: Path = Path("docs")
    templates_dir: Path = REPO_ROOT / "templates" / "pages"
    progress: bool | None = None
    """Show a progress bar; None means: when stderr is a terminal."""
    cache_dir: Path | None = None
    """Where annotated seeds are cached between builds; None: no cache."""

    def validate(self) -> None:
        """Raise ConfigError naming every problem at once."""
        problems = []
        if not self.seeds_dir.is_dir():
            problems.append(f"seeds folder '{self.seeds_dir}' does not exist")
        if not self.templates_dir.is_dir():
            problems.append(f"templates folder '{self.templates_dir}' does not exist")
        if self.docs_dir.exists() and not self.docs_dir.is_dir():
            problems.append(f"docs path '{self.docs_dir}' is not a folder")
        if self.docs_dir.resolve() in (
            self.seeds_dir.resolve(),
            *self.seeds_dir.resolve().parents,
        ):
            problems.append(
                f"docs folder '{self.docs_dir}' would replace the seeds; pick another"
            )
        if self.cache_dir and self.docs_dir.resolve() in (
            self.cache_dir.resolve(), *self.cache_dir.resolve().parents,
        ):
            problems.append(f"cache folder '{self.cache_dir}' is inside the docs "
                            "folder, which every build replaces; pick another")
        if problems:
            raise ConfigError("; ".join(problems))
