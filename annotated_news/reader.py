"""Read seed files: decode the bytes, check the date header, load the sidecar.

A seed is UTF-8 text whose first line starts with ` date YYYY-MM-DD` (the
leading space is optional), followed on the same line by a headline or by the
first paragraph. Everything that is wrong with a seed is collected as a
`SeedError` so that one run reports every problem at once.
"""

from __future__ import annotations

import dataclasses as dc
import datetime as dt
import logging
import os
import re
from pathlib import Path

from .errors import ConfigError, SeedError, SeedErrors, shown
from .files import read_regular
from .sidecar import Sidecar, has_visible, read_sidecar, sidecar_path

log = logging.getLogger(__name__)

HEADER_RE = re.compile(r"^ ?date[ \t]+(\S+)[ \t]*(.*)$")
DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# C0 controls other than tab and newline. A few strays (an ESC left by a
# scraper) are kept, with a warning; many mean the file is not text.
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_CONTROL_SHARE = 1 / 200
MAX_CONTROL_FREE = 8
# Bytes 0x80-0x9f hold the typographic marks in Windows-1252; in Latin-1 they
# are controls, so text using them is cp1252.
CP1252_MARKS = frozenset(b"\x85\x91\x92\x93\x94\x96\x97")
NAME_BAD_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
LFS_POINTER = "version https://git-lfs.github.com/spec/"
"""The first line of a Git LFS pointer: a checkout without `git lfs`."""
CONFLICT_RE = re.compile(r"^(<{7}|>{7})(?: |$)", re.M)
"""A line git writes around an unresolved merge conflict."""
MAX_SEED_BYTES = 8 * 1024 * 1024
"""A seed over 8 MiB is refused before it is read (the longest news article
of the corpora is under 100 KB; `make stress` builds 3 MB in linear time)."""


@dc.dataclass(frozen=True, slots=True)
class RawSeed:
    """A seed file read and checked, not yet split into blocks."""

    path: Path
    date: dt.date
    first_line_text: str
    """What follows the date on the first line (headline or first paragraph)."""
    text: str
    """Everything after the date header: `first_line_text` plus the rest."""
    sidecar: Sidecar
    warnings: tuple[str, ...] = ()


def list_seeds(seeds_dir: Path) -> list[Path]:
    """Return the seed files of a folder, sorted by name (not listing order).

    Anything named `*.txt` counts, so that an unreadable file, a broken link
    or a folder (a seed replaced by one, or by a link to one) is refused
    instead of its article silently left out of the site.
    """
    return scan_seeds(seeds_dir)[0]


def scan_seeds(seeds_dir: Path) -> tuple[list[Path], list[str]]:
    """The seed files of a folder (`list_seeds`), and what is not read.

    A file that looks meant as a seed or a sidecar but is not read would be
    an article or its metadata silently missing from the site: each gets a
    warning (`e.TXT`, `x.yaml`, a sidecar of no seed, a folder of seeds
    inside the seeds folder). Names starting with "." are a tool's (`.git`).
    """
    try:
        # The folder's entries know whether they are folders: no stat per seed
        # (`Path.is_dir` made one; 10,000 at every build of 10,000 articles).
        with os.scandir(seeds_dir) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as err:
        raise ConfigError(
            f"cannot list the seeds folder '{seeds_dir}': {err.strerror or err}"
        ) from None
    names = [
        entry.name
        for entry in entries
        if entry.name.endswith(".txt") and entry.name != ".txt"
    ]
    stems = {name[:-4] for name in names}
    unread = []
    for entry in entries:
        name = entry.name
        why = None
        if name.startswith(".") or name.endswith(".txt"):
            continue
        if _is_folder(entry):
            if _holds_seeds(entry.path):
                why = "seeds in a folder inside the seeds folder (move them up)"
        elif name.lower().endswith(".txt"):
            why = "a seed's name ends in '.txt' in lower case (rename it)"
        elif name.lower().endswith((".yml", ".yaml")) and not name.endswith(".yml"):
            why = "a sidecar is named like its seed, ending in '.yml' (rename it)"
        elif name.endswith(".yml") and name[:-4] not in stems:
            why = f"a sidecar of no seed ('{name[:-4]}.txt' is not there)"
        if why:
            unread.append(f"{shown(seeds_dir / name)}: not read: {why}")
    return [seeds_dir / name for name in names], unread


def _holds_seeds(folder: str) -> bool:
    """Whether a folder holds a file named like a seed (not looked into deeper)."""
    try:
        with os.scandir(folder) as listing:
            return any(entry.name.lower().endswith(".txt") for entry in listing)
    except OSError:
        return False


def _is_folder(entry: os.DirEntry[str]) -> bool:
    """`Path.is_dir` of an entry: a link's target; False when it cannot be told."""
    try:
        return entry.is_dir()
    except OSError:  # a link that loops: the reader reports it as a seed
        return False


def decode(path: Path, data: bytes) -> tuple[str, list[str]]:
    """Decode seed bytes to text with Unix newlines.

    Returns:
        The text and warnings (for a legacy encoding that had to be guessed).

    Raises:
        SeedError: when the bytes are not text.
    """
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise SeedError(
            path,
            line,
            "NUL byte: this is not a text file",
            "save the article as UTF-8 text",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        byte = f"0x{data[err.start]:02X}"
        if _mostly_utf8(data):
            raise SeedError(
                path,
                line,
                f"byte {byte} is not UTF-8, in a file that is otherwise UTF-8",
                "retype that character and save the article as UTF-8",
            ) from None
        encoding = "cp1252" if CP1252_MARKS & set(data) else "latin-1"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise SeedError(
                path, line, "bytes that are not UTF-8 text", "save the article as UTF-8"
            ) from None
        label = "Windows-1252" if encoding == "cp1252" else "Latin-1"
        warnings.append(
            f"{shown(path)}:{line}: not UTF-8 (byte {byte}); decoded as {label} "
            "(save it as UTF-8 to silence this)"
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = list(CONTROL_RE.finditer(text))
    if controls:
        first = controls[0]
        line = text.count("\n", 0, first.start()) + 1
        what = f"control character U+{ord(first.group()):04X}"
        if len(controls) > max(MAX_CONTROL_FREE, len(text) * MAX_CONTROL_SHARE):
            raise SeedError(
                path,
                line,
                f"{len(controls)} control characters, first "
                f"{what}: this is not a text file",
                "save the article as plain text",
            )
        warnings.append(
            f"{shown(path)}:{line}: {what} kept as it is (remove it if it is "
            "a scraping left-over)"
        )
    return text, warnings


def _mostly_utf8(data: bytes) -> bool:
    r"""Whether bytes that are not all UTF-8 are UTF-8 text with damage in it.

    Text in a legacy encoding is damaged UTF-8 at nearly every non-ASCII
    letter; UTF-8 text with a stray or cut byte is whole UTF-8 around it.
    Read as Latin-1, such a file would publish each of its other non-ASCII
    characters garbled ("’" as "â\x80\x99"), so it is refused instead.
    """
    text = data.decode("utf-8", "replace")
    damaged = text.count("\ufffd") - data.count("\ufffd".encode())
    whole = sum(1 for char in text if char > "\x7f") - text.count("\ufffd")
    return whole >= damaged


def git_leftovers(path: Path, text: str) -> None:
    """Refuse what git leaves in place of an article, naming it.

    A Git LFS pointer (the repository keeps seeds in LFS, and this checkout
    has not fetched them) was refused as "missing date header"; the lines
    of an unresolved merge conflict were published as the article's words.
    """
    if text.startswith(LFS_POINTER):
        raise SeedError(
            path,
            1,
            "the file is a Git LFS pointer, not the article",
            "fetch the articles with 'git lfs pull'",
        )
    marks = [(m.group(1)[0], m.start()) for m in CONFLICT_RE.finditer(text)]
    if {"<", ">"} <= {mark for mark, _ in marks}:
        line = text.count("\n", 0, marks[0][1]) + 1
        raise SeedError(
            path,
            line,
            "an unresolved git merge conflict ('<<<<<<<' … '>>>>>>>')",
            "keep one side, remove the conflict lines, and build again",
        )


def parse_header(path: Path, text: str) -> tuple[dt.date, str, str]:
    """Split the date header from the text.

    Returns:
        The publication date, what follows it on line 1, and the text after
        the date (line 1's remainder plus every later line).
    """
    if not text.strip():
        raise SeedError(
            path, 1, "empty file", "start with ' date YYYY-MM-DD' and the article text"
        )
    first, _, rest = text.partition("\n")
    match = HEADER_RE.match(first)
    if not match:
        raise SeedError(
            path,
            1,
            "missing date header",
            "the first line must start with ' date YYYY-MM-DD'",
        )
    raw_date, first_text = match.group(1), match.group(2)
    parts = DATE_RE.match(raw_date)
    try:
        if not parts:
            raise ValueError
        date = dt.date(*(int(p) for p in parts.groups()))
    except ValueError:
        raise SeedError(
            path,
            1,
            f"impossible date '{raw_date}'",
            "write a real publication date as YYYY-MM-DD",
        ) from None
    body = first_text + ("\n" + rest if rest else "")
    if not body.strip():
        raise SeedError(
            path,
            1,
            "no article text after the date header",
            "put the headline or first paragraph after the date",
        )
    if not has_visible(body):  # zero-width spaces: a page that shows nothing
        raise SeedError(
            path,
            1,
            "no visible article text after the date header (only "
            f"{', '.join(sorted({f'U+{ord(c):04X}' for c in body.strip()}))})",
            "put the headline or first paragraph after the date",
        )
    return date, first_text, body


def check_name(path: Path) -> None:
    """Refuse a file name that cannot be shown as text on a page.

    The name is shown on the article page and in `annotations.jsonld`: a
    control character (a newline) or bytes that are not UTF-8 (which Python
    keeps as lone surrogates) cannot be. Other characters are fine.
    """
    bad = NAME_BAD_RE.search(path.name)
    if bad:
        code = ord(bad.group())
        what = (
            f"byte 0x{code - 0xDC00:02X} that is not UTF-8"
            if 0xDC80 <= code <= 0xDCFF
            else f"control character U+{code:04X}"
        )
        raise SeedError(path, 1, f"the file name holds a {what}", "rename the file")


def read_seed(path: Path) -> RawSeed:
    """Read one seed file and its sidecar.

    Raises:
        SeedError: for the one problem of this seed.
        SeedErrors: for several (its text's and its sidecar's fields').
    """
    check_name(path)
    data = read_regular(path, MAX_SEED_BYTES)
    errors: list[SeedError] = []
    try:
        text, warnings = decode(path, data)
        git_leftovers(path, text)
        date, first_text, body = parse_header(path, text)
    except SeedError as err:  # and the sidecar's problems with it, at once
        errors.append(err)
    try:
        sidecar = read_sidecar(sidecar_path(path))
    except SeedError as err:
        errors.append(err)
    except SeedErrors as err:
        errors += err.errors
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise SeedErrors(errors)
    return RawSeed(path, date, first_text.strip(), body, sidecar, tuple(warnings))
