"""The build's settings: one frozen dataclass, validated once."""

from __future__ import annotations

import dataclasses as dc
from pathlib import Path

from .errors import ConfigError
from .folders import folder_problems

REPO_ROOT = Path(__file__).resolve().parent.parent
"""Where `templates/` lives when the package runs from a checkout."""
PROJECT_TEMPLATES = REPO_ROOT / "templates"
"""The page templates and the theme: never an output folder."""


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
    site_dir: Path | None = None
    """Where `--site` publishes the rendered site; None: no site build."""

    def validate(self) -> None:
        """Raise ConfigError naming every problem at once."""
        problems = []
        if not self.seeds_dir.is_dir():
            problems.append(f"seeds folder '{self.seeds_dir}' does not exist")
        if not self.templates_dir.is_dir():
            problems.append(f"templates folder '{self.templates_dir}' does not exist")
        if self.docs_dir.exists() and not self.docs_dir.is_dir():
            problems.append(f"docs path '{self.docs_dir}' is not a folder")
        problems += folder_problems(
            {
                "docs folder": self.docs_dir,
                "site folder": self.site_dir,
                "cache folder": self.cache_dir,
            },
            {
                "seeds folder": self.seeds_dir,
                "templates folder": self.templates_dir,
                "project's templates folder": PROJECT_TEMPLATES,
            },
        )
        if problems:
            raise ConfigError("; ".join(problems))
