"""A tool writes only into a folder of its own: never over a file it did not make.

The build's rule (`annotated_news/folders.py`) for the tools that write or
remove files in a folder given on their command line (`tools.corpus_seeds
OUT`, `tools.benchmark --work`, `tools.screenshots --out`, ...): the folder
is new, empty, or one a tool made. A tool's folder holds `MARK`, the list of
the names it made at its top, written before each is made; an entry that
is not listed (a user's seed, a photo) makes the tool refuse, naming it.
Names starting with "." are left alone: the tools never write or remove
one at a folder's top (the build's own `.cache`, locks and staging folders
are the build's to handle).
"""

from __future__ import annotations

import dataclasses as dc
from collections.abc import Callable, Iterable
from pathlib import Path

from annotated_news.folders import first_names

MARK = ".made-by-annotated-news-tools"
"""The list of the names a tool made at the top of its folder, one a line."""
ROOT = Path(__file__).resolve().parent.parent
"""The checkout: no tool writes its output into it."""


class ToolFolderError(Exception):
    """A folder a tool must not write into; the message says why and what to do."""


@dc.dataclass(slots=True)
class ToolFolder:
    """A folder a tool may write into, and the names it made there."""

    path: Path
    made: set[str]

    def record(self, names: Iterable[str]) -> None:
        """List names in the mark before they are made (a crash leaves them listed)."""
        new = [name for name in names if name not in self.made]
        if not new:
            return
        with (self.path / MARK).open("a", encoding="utf-8") as mark:
            mark.write("".join(f"{name}\n" for name in new))
        self.made.update(new)

    def replace(self, name: str, data: str) -> None:
        """Write a file of the tool's at the folder's top, never through a link."""
        self.record([name])
        path = self.path / name
        path.unlink(missing_ok=True)
        with path.open("x", encoding="utf-8") as out:
            out.write(data)


def claim(
    folder: Path,
    what: str,
    *,
    outside: Path | None = ROOT,
    made: Callable[[str], bool] = lambda name: False,
    apart: Iterable[tuple[str, Path]] = (),
) -> ToolFolder:
    """Make `folder` (if missing) and return it as the tool's, or refuse.

    Args:
        folder: the folder given on the command line.
        what: what the tool does there, for the message ("writes seeds").
        outside: a folder it must not be, hold or sit inside (the checkout).
        made: names the tool made before folders were marked (an unmarked
            folder holding only such names is the tool's).
        apart: folders the tool reads ("seeds folder", path), which `folder`
            must not be, hold or sit inside (it would replace or copy into
            them).

    Raises:
        ToolFolderError: one line naming the folder and what is in the way.
    """
    if outside is not None:
        real, root = folder.expanduser().resolve(), outside.resolve()
        if real == root or root in real.parents or real in root.parents:
            raise ToolFolderError(
                f"'{folder}' is, holds or is inside the project '{outside}': "
                f"the tool {what} there; give a folder outside it"
            )
    real = folder.expanduser().resolve()
    for label, other in apart:
        there = other.expanduser().resolve()
        if real == there or there in real.parents or real in there.parents:
            raise ToolFolderError(
                f"'{folder}' is, holds or is inside the {label} '{other}': the "
                f"tool {what} there; give folders apart"
            )
    if folder.exists() and not folder.is_dir():
        raise ToolFolderError(f"'{folder}' is not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    names = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    marked = (folder / MARK).is_file()
    if marked:
        listed = set((folder / MARK).read_text(encoding="utf-8").splitlines())
    else:
        listed = {name for name in names if made(name)}
    foreign = [name for name in names if name not in listed]
    if foreign:
        raise ToolFolderError(
            f"'{folder}' holds files no tool made ({first_names(foreign)}): the "
            f"tool {what} there and would replace them; give a new or empty folder"
        )
    found = ToolFolder(folder, listed if marked else set())
    if not marked:
        (folder / MARK).touch()
        found.record(sorted(listed))
    return found
