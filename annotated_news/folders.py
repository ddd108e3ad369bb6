"""Which folders a build may replace: never the user's seeds or templates.

A build replaces its output folders whole (`writer.py` swaps a new tree in,
and the old one is deleted), so an output folder that is, holds or sits
inside the seeds folder would delete the seeds. Every output folder is
checked against every protected folder and against every other output
before anything is written or removed. Symlinks are resolved first: a link
to the seeds folder is the seeds folder.

Some places must not be replaced but may hold outputs: the working folder,
the home folder, the folder of `mkdocs.yml`. An output folder may not be or
hold them (`--site .`, `--docs ~`).

Staging folders are created beside each output folder and those of dead
builds are removed: a protected folder beside an output, named like one of
its staging folders, is refused too.

Any other folder of the user's is protected by what it holds: an existing
output folder is replaced only when it is empty or a build made it
(`not_made_by_a_build`), so `--docs ~/Documents` is refused, not emptied.
A build writes no name starting with "." anywhere: such entries (a `.git`
of a gh-pages checkout, the `.DS_Store` Finder leaves) are the user's, and
each build carries them into its new tree (`writer.carry_dot_entries`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

STAGING_PREFIX = ".staging-"
BUILT_MARK = "annotations.jsonld"
"""A file every build writes at the top of `docs/`, which MkDocs copies to
the top of the site: a folder holding it was made by a build."""


def staging_pattern(target: Path) -> re.Pattern[str]:
    """Names of the staging folders of `target` (group 1: the builder's PID)."""
    return re.compile(
        rf"{re.escape(STAGING_PREFIX)}{re.escape(target.name)}-(\d+)(?:-[0-9a-f]+)*"
        r"(?:-old)?"
    )


def _real(path: Path) -> Path:
    """The absolute path with symlinks resolved (the folder it really is)."""
    return path.expanduser().resolve()


def _relation(a: Path, b: Path) -> str | None:
    """How folder `a` relates to folder `b`: "is", "holds", "is inside" or None."""
    if a == b:
        return "is"
    if a in b.parents:
        return "holds"
    if b in a.parents:
        return "is inside"
    return None


def folder_problems(
    outputs: Mapping[str, Path | None],
    protected: Mapping[str, Path | None],
    ancestors: Mapping[str, Path | None] | None = None,
) -> list[str]:
    """Return one message per output folder that would lose a protected folder.

    Args:
        outputs: what each output folder is called in messages ("docs
            folder") -> its path; None entries are skipped.
        protected: folders a build must never replace, hold or write into
            ("seeds folder").
        ancestors: places an output may sit inside but must not be or hold
            ("working folder", the folder of "mkdocs.yml").

    Returns:
        Messages such as "site folder 'seeds' is the seeds folder 'seeds'",
        in the order of `outputs`; empty when every folder is safe.
    """
    problems: list[str] = []
    outs = [(name, path, _real(path)) for name, path in outputs.items() if path]
    keep = [(name, path, _real(path)) for name, path in protected.items() if path]
    above = [
        (name, path, _real(path)) for name, path in (ancestors or {}).items() if path
    ]
    for i, (name, path, real) in enumerate(outs):
        for other, other_path, other_real in keep:
            how = _relation(real, other_real)
            if how:
                problems.append(
                    f"{name} '{path}' {how} the {other} '{other_path}': a build "
                    f"replaces its {name} whole and would delete it; pick another"
                )
            elif other_real.parent == real.parent and staging_pattern(real).fullmatch(
                other_real.name
            ):
                problems.append(
                    f"the {other} '{other_path}' is named like a staging folder "
                    f"of the {name} '{path}', which a build removes; rename it"
                )
        for other, other_path, other_real in above:
            how = _relation(real, other_real)
            if how in ("is", "holds"):
                problems.append(
                    f"{name} '{path}' {how} the {other} '{other_path}': a build "
                    f"replaces its {name} whole and would delete it; pick another"
                )
        for other, other_path, other_real in outs[i + 1 :]:
            how = _relation(real, other_real)
            if how:
                problems.append(
                    f"{name} '{path}' {how} the {other} '{other_path}': each "
                    "build replaces both; give them separate folders"
                )
    return problems


MADE_LIST = ".annotated-news-made"
"""The files a build wrote in an output folder, one relative path a line,
kept at its top: any other file there is the user's, and the next build
keeps it (`writer.keep_users_files`)."""


def read_made(folder: Path) -> set[str] | None:
    """The files the last build wrote in `folder`; None: no list (older builds)."""
    try:
        text = (folder / MADE_LIST).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return set(text.splitlines()) - {""}


def made_text(names: set[str]) -> str:
    """The contents of `MADE_LIST` for these files."""
    return "".join(f"{name}\n" for name in sorted(names))


def is_dot_entry(name: str) -> bool:
    """Whether a name is one no build writes: the user's, kept by every build."""
    return name.startswith(".")


def not_made_by_a_build(folder: Path) -> list[str]:
    """Entries at the top of an existing output folder that no build made.

    Empty when the folder is missing, holds nothing but entries whose name
    starts with "." (a `.git` or `.nojekyll`: the user's, which a build
    keeps), or was made by a build (it holds `BUILT_MARK`). Otherwise every
    other entry is named (sorted): a build would delete them all.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder))
    except FileNotFoundError:
        return []
    except NotADirectoryError:
        return []  # `SiteConfig.validate` reports a file in its place
    if BUILT_MARK in names:
        return []
    return [name for name in names if not is_dot_entry(name)]


def first_names(names: list[str], limit: int = 3) -> str:
    """Names for a one-line message: the first `limit` quoted, then how many more."""
    shown = ", ".join(f"'{name}'" for name in names[:limit])
    more = len(names) - limit
    return shown + (f" and {more} more" if more > 0 else "")
