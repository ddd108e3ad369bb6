"""One exception tree; the CLI turns each into a one-line message."""

from __future__ import annotations

from pathlib import Path


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
        return f"{self.path}:{self.line}: {self.problem} ({self.fix})"


class SeedErrors(SiteError):
    """Every seed problem of one run, reported together."""

    def __init__(self, errors: list[SeedError]) -> None:
        self.errors = sorted(errors, key=lambda e: (str(e.path), e.line, e.problem))
        super().__init__("\n".join(e.message() for e in self.errors))


class ConfigError(SiteError):
    """Bad command-line options or folders."""


class RenderError(SiteError):
    """A page could not be rendered or written."""
