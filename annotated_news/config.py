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
DEFAULT_SITE_NAME = "annotated-news"


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
    site_url: str = ""
    """MkDocs' `site_url` (the exports' absolute links); empty: links stay relative."""
    site_name: str = DEFAULT_SITE_NAME
    """MkDocs' `site_name` (the exports' creator)."""

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


def mkdocs_site(config_file: Path) -> tuple[str, str | None]:
    """`site_url` and `site_name` of an MkDocs configuration ("", None if unset).

    Read with MkDocs' own YAML loader, so `!ENV [SITE_URL, …]` resolves as
    MkDocs resolves it. A missing or unreadable file gives ("", None): the
    MkDocs build itself reports what is wrong with it.
    """
    from mkdocs.exceptions import MkDocsException
    from mkdocs.utils.yaml import yaml_load

    try:
        with config_file.open(encoding="utf-8") as fd:
            data = yaml_load(fd)
    except (OSError, ValueError, MkDocsException):
        return "", None
    url, name = data.get("site_url"), data.get("site_name")
    return (url if isinstance(url, str) else ""), (
        name if isinstance(name, str) else None
    )
