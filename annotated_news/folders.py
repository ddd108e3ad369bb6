"""Which folders a build may replace: never the user's seeds or templates.

A build replaces its output folders whole (`writer.py` swaps a new tree in,
and the old one is deleted), so an output folder that is, holds or sits
inside the seeds folder would delete the seeds. Every output folder is
checked against every protected folder and against every other output
before anything is written or removed.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


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
    outputs: Mapping[str, Path | None], protected: Mapping[str, Path | None]
) -> list[str]:
    """Return one message per output folder that would lose a protected folder.

    Args:
        outputs: what each output folder is called in messages ("docs
            folder") -> its path; None entries are skipped.
        protected: folders a build must never replace ("seeds folder").

    Returns:
        Messages such as "site folder 'seeds' is the seeds folder 'seeds'",
        in the order of `outputs`; empty when every folder is safe.
    """
    problems: list[str] = []
    outs = [(name, path, _real(path)) for name, path in outputs.items() if path]
    keep = [(name, path, _real(path)) for name, path in protected.items() if path]
    for i, (name, path, real) in enumerate(outs):
        for other, other_path, other_real in keep:
            how = _relation(real, other_real)
            if how:
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
