"""One exception tree; the CLI turns each into a one-line message."""

from __future__ import annotations

import unicodedata
from pathlib import Path

# Characters that would break a message line or hide what it says: controls
# (newline, ESC), format characters (bidi overrides, zero-width), line and
# paragraph separators, surrogates (undecodable bytes of a file name),
# private-use and unassigned code points, and spaces other than U+0020.
ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Zs", "Cs", "Co", "Cn"})
SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(char: str) -> str:
    if char == " " or unicodedata.category(char) not in ESCAPED_CATEGORIES:
        return char
    if char in SHORT_ESCAPES:
        return SHORT_ESCAPES[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def shown(text: str | Path) -> str:
    r"""Text made safe for one message line: invisible characters escaped.

    A file name may hold a newline, an ESC sequence or a right-to-left
    override; shown here as `\n`, `\x1b`, `\u202e`, it can never start a
    forged message line or hide part of one. A relative path starting with
    "-" gets "./" so that it cannot be taken for an option when copied into a
    command. Applying it twice changes nothing more.
    """
    out = "".join(_escaped(c) for c in str(text))
    if isinstance(text, Path) and out.startswith("-"):
        out = "./" + out
    return out


class SiteError(Exception):
    """Base of every error the build reports to the user without a traceback."""


class SeedError(SiteError):
    """A problem in one seed or sidecar file, located by file and line."""

    def __init__(self, path: Path | str, line: int, problem: str, fix: str) -> None:
        self.path = Path(path)
        self.line = line
        self.problem = problem
        self.fix = fix
        super().__init__(self.message())

    def message(self) -> str:
        """Return `seeds/x.txt:12: what is wrong (how to fix it)`."""
        return shown(f"{shown(self.path)}:{self.line}: {self.problem} ({self.fix})")


class SeedErrors(SiteError):
    """Every seed problem of one run, reported together."""

    def __init__(self, errors: list[SeedError]) -> None:
        self.errors = sorted(errors, key=lambda e: (str(e.path), e.line, e.problem))
        super().__init__("\n".join(e.message() for e in self.errors))


class ConfigError(SiteError):
    """Bad command-line options or folders."""


class RenderError(SiteError):
    """A page could not be rendered or written."""


class OutputError(SiteError):
    """An output folder could not be written (disk full, read-only, ...)."""
