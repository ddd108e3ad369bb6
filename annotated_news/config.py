"""The build's settings: one frozen dataclass, validated once."""

from __future__ import annotations

import dataclasses as dc
import os
import stat
from pathlib import Path

from .errors import ConfigError
from .folders import first_names, folder_problems, not_made_by_a_build

REPO_ROOT = Path(__file__).resolve().parent.parent
"""Where `templates/` lives when the package runs from a checkout."""
PACKAGE = REPO_ROOT / "annotated_news"
"""The code of the build: never an output folder."""
PROJECT_TEMPLATES = REPO_ROOT / "templates"
"""The page templates and the theme: never an output folder."""
PAGE_TEMPLATES = PROJECT_TEMPLATES / "pages"
"""The page templates a build uses unless told otherwise."""
DEFAULT_SITE_NAME = "annotated-news"


def _home() -> Path | None:
    try:
        return Path.home()
    except RuntimeError:  # no HOME and no user entry
        return None


def _file_above(path: Path) -> Path | None:
    """The first existing ancestor of a missing folder, when it is not a folder."""
    for parent in path.absolute().parents:
        if parent.exists():
            return None if parent.is_dir() else parent
    return None


def writable_by_others(folder: Path) -> str | None:
    """Why someone else could put files in `folder` (a cache), or None.

    The cache holds pickles and compiled templates, which run code when
    read: the folder (if it exists) and the folder that holds it must be
    owned by this user (or root) and not writable by every user, unless the
    holder's sticky bit keeps others from renaming what is in it (`/tmp`).
    Group write is allowed (umask 002 with a group of one's own). Folders
    further up are not checked: whoever can write one of them can replace
    the project's code as well as its cache, and a CI container's workspace
    often sits in a folder of another user or one every user can write.
    """
    me = os.geteuid()
    path = folder.absolute()
    for above in (path, path.parent):
        try:
            found = above.stat()
        except FileNotFoundError:
            continue
        except OSError as err:
            return f"'{above}' cannot be checked ({err.strerror})"
        if found.st_uid not in (me, 0):
            return f"'{above}' belongs to another user (uid {found.st_uid})"
        sticky = found.st_mode & stat.S_ISVTX and above != path
        if found.st_mode & stat.S_IWOTH and not sticky:
            return f"'{above}' can be written by every user"
    return None


def cache_beside(docs_dir: Path) -> Path:
    """The default cache folder: `.cache/annotated-news` next to the docs folder."""
    return docs_dir.parent / ".cache" / "annotated-news"


@dc.dataclass(frozen=True, slots=True)
class SiteConfig:
    """Folders and options of one build."""

    seeds_dir: Path = Path("seeds")
    docs_dir: Path = Path("docs")
    templates_dir: Path = PAGE_TEMPLATES
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
    config_file: Path = Path("mkdocs.yml")
    """The MkDocs configuration `site_dir` is built with."""
    wait: float = 0
    """Seconds to wait for another build holding an output folder's lock."""

    def validate(self) -> None:
        """Raise ConfigError naming every problem at once."""
        problems = []
        if self.seeds_dir.exists() and not self.seeds_dir.is_dir():
            problems.append(
                f"seeds folder '{self.seeds_dir}' is not a folder (give "
                "the folder that holds the seeds)"
            )
        elif not self.seeds_dir.is_dir():
            problems.append(f"seeds folder '{self.seeds_dir}' does not exist")
        if not self.templates_dir.is_dir():
            problems.append(f"templates folder '{self.templates_dir}' does not exist")
        for label, path in (
            ("docs", self.docs_dir),
            ("site", self.site_dir),
            ("cache", self.cache_dir),
        ):
            if path and path.exists() and not path.is_dir():
                problems.append(f"{label} path '{path}' is not a folder")
            elif path and (blocker := _file_above(path)):
                problems.append(
                    f"{label} folder '{path}' cannot be made: '{blocker}' is a file"
                )
        shared = writable_by_others(self.cache_dir) if self.cache_dir else None
        if shared:
            problems.append(
                f"cache folder '{self.cache_dir}' is not yours alone: {shared}, and "
                "a cache is code the build runs (pickles, compiled templates); "
                "give a folder only you can write (--cache DIR), or --no-cache"
            )
        for label, path in (("docs", self.docs_dir), ("site", self.site_dir)):
            if path and path.is_dir() and os.path.ismount(path.resolve()):
                problems.append(
                    f"{label} folder '{path}' is a mount point, which a build "
                    "cannot replace (it renames a new folder into its place): "
                    "give a folder inside it, or mount the folder above it"
                )
                continue
            foreign = not_made_by_a_build(path) if path and path.is_dir() else []
            if foreign:
                problems.append(
                    f"{label} folder '{path}' holds files a build did not make "
                    f"({first_names(foreign)}): a build replaces its {label} folder "
                    "whole and would delete them; give an empty or new folder"
                )
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
                "project's code": PACKAGE,
            },
            {
                "working folder": Path.cwd(),
                "home folder": _home(),
                "folder of the MkDocs configuration": self.config_file.parent
                if self.site_dir
                else None,
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
    import yaml
    from mkdocs.exceptions import MkDocsException
    from mkdocs.utils.yaml import yaml_load

    try:
        with config_file.open(encoding="utf-8") as fd:
            data: object = yaml_load(fd)
    except (OSError, ValueError, MkDocsException, yaml.YAMLError):
        return "", None
    if not isinstance(data, dict):
        return "", None
    url, name = data.get("site_url"), data.get("site_name")
    return (url if isinstance(url, str) else ""), (
        name if isinstance(name, str) else None
    )
