"""Optional `seeds/<name>.yml`: metadata that overrides the text, and notes.

```yaml
title: Headline to show instead of the one in the text
outlet: NBC News
url: https://www.example.com/story
author: Jane Doe
slug: stable-url-part          # pin the page URL when the title may change
notes:
  - exact: Drug Enforcement Agency
    note: The agency's name is the *Drug Enforcement Administration*.
    prefix: the FBI and the       # optional, to pick one of several matches
    suffix: ", 500"               # optional
```

The YAML is read node by node so that every message names the line. What
PyYAML itself rejects (control characters, invalid escapes, bad syntax) and
what it would choke on (nesting deeper than `MAX_DEPTH`, a file over
`MAX_SIDECAR_BYTES`) is refused the same way, as `seeds/<file>:<line>: ...`.
"""

from __future__ import annotations

import dataclasses as dc
import errno
import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml

from .errors import SeedError, SeedErrors, shown
from .files import read_regular
from .model import Note

FAST_LOADER: Any = getattr(yaml, "CSafeLoader", None) if yaml.__with_libyaml__ else None
"""libyaml's safe loader, when PyYAML was built with it (same tags, same lines)."""
FIELDS = ("title", "outlet", "url", "author", "slug", "notes")
NOTE_FIELDS = ("exact", "note", "prefix", "suffix")
MAX_SIDECAR_BYTES = 1024 * 1024
"""A sidecar over 1 MiB is refused before it is read."""
MAX_DEPTH = 8
"""Nesting of YAML collections allowed (a sidecar needs 3: the fields, the
list of notes, a note's fields). Deeper nesting is refused before PyYAML's
recursive composer sees it (10,000 nested `[` would exhaust the stack)."""
TEXT_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "timestamp")
)
"""Tags a plain value gets (`title: 2024` is text too); others are refused."""
# In a value: C0 controls but tab and newline, DEL, C1 controls, and lone
# surrogates (a "\ud800" escape), none of which is text that can be written.
SHOWN_FIELDS = ("title", "outlet", "author")
"""Fields shown as a page's heading, a link's words or a byline."""
BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
"""Characters that are letters or symbols to Unicode but draw nothing (Hangul
fillers, the blank Braille pattern)."""


def has_visible(text: str) -> bool:
    """Whether text has a character that draws something.

    Not whitespace, not a format character (zero-width space and joiners,
    word joiner, bidi controls, soft hyphen: category Cf), not a blank letter.
    """
    return any(
        not char.isspace()
        and char not in BLANK_LETTERS
        and unicodedata.category(char) not in ("Cf", "Cc")
        for char in text
    )


BAD_CHAR_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


@dc.dataclass(frozen=True, slots=True)
class Sidecar:
    """The validated content of a sidecar (all fields optional)."""

    path: Path | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    slug: str | None = None
    notes: tuple[Note, ...] = ()
    slug_line: int = 0
    """Line of `slug:`, for messages about it."""


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _scalar(path: Path, node: yaml.Node, field: str) -> str:
    if not isinstance(node, yaml.ScalarNode) or node.tag == "tag:yaml.org,2002:null":
        raise SeedError(
            path,
            _line(node),
            f"'{field}' must be text",
            f"write {field}: followed by the text",
        )
    if node.tag not in TEXT_TAGS:
        raise SeedError(
            path,
            _line(node),
            f"'{field}' has the YAML tag {shown(node.tag)}",
            "remove the tag: a sidecar holds only text",
        )
    bad = BAD_CHAR_RE.search(str(node.value))
    if bad:
        raise SeedError(
            path,
            _line(node),
            f"'{field}' holds U+{ord(bad.group()):04X}, which is not text",
            "remove the escape or control character",
        )
    value = str(node.value).strip()
    if not value:
        raise SeedError(
            path,
            _line(node),
            f"'{field}' is empty",
            f"give a value or remove '{field}'",
        )
    if field in SHOWN_FIELDS and not has_visible(value):
        # A title of zero-width spaces made a page whose heading and every
        # link to it showed nothing: a page no reader could reach.
        raise SeedError(
            path,
            _line(node),
            f"'{field}' has no visible character (only "
            f"{', '.join(sorted({f'U+{ord(c):04X}' for c in value}))})",
            f"write one that shows, or remove '{field}'",
        )
    return value


def _mapping(
    path: Path, node: yaml.Node, allowed: tuple[str, ...], what: str
) -> dict[str, yaml.Node]:
    if not isinstance(node, yaml.MappingNode):
        raise SeedError(
            path,
            _line(node),
            f"{what} must be a mapping of fields",
            f"use 'field: value' lines with fields {', '.join(allowed)}",
        )
    out: dict[str, yaml.Node] = {}
    for key, value in node.value:
        name = str(key.value) if isinstance(key, yaml.ScalarNode) else "?"
        if name not in allowed:
            raise SeedError(
                path,
                _line(key),
                f"unknown field '{shown(name)}' in {what}",
                f"allowed fields: {', '.join(allowed)}",
            )
        if name in out:
            raise SeedError(path, _line(key), f"field '{name}' given twice", "keep one")
        out[name] = value
    return out


def _notes(path: Path, node: yaml.Node) -> tuple[Note, ...]:
    if not isinstance(node, yaml.SequenceNode):
        raise SeedError(
            path,
            _line(node),
            "'notes' must be a list",
            "start each note with '- exact: ...'",
        )
    notes = []
    for item in node.value:
        fields = _mapping(path, item, NOTE_FIELDS, "a note")
        for required in ("exact", "note"):
            if required not in fields:
                raise SeedError(
                    path,
                    _line(item),
                    f"note without '{required}'",
                    "every note needs 'exact' (the text it annotates) and 'note'",
                )
        values = {k: _scalar(path, v, k) for k, v in fields.items()}
        notes.append(
            Note(
                exact=values["exact"],
                body=values["note"],
                prefix=values.get("prefix"),
                suffix=values.get("suffix"),
                line=_line(item),
            )
        )
    return tuple(notes)


def sidecar_path(seed: Path) -> Path:
    """Where a seed's sidecar is: beside it, `<seed name>.yml`."""
    return seed.with_suffix(".yml")


def sidecar_bytes(path: Path) -> bytes | None:
    """The bytes of a sidecar, or None when there is none.

    A broken link, a FIFO or a folder named like a sidecar is an error, not
    a missing sidecar.

    Raises:
        SeedError: when the sidecar cannot be read or is over the size limit.
    """
    try:
        path.lstat()
    except OSError as err:
        if err.errno in (errno.ENOENT, errno.ENOTDIR):
            return None
    return read_regular(path, MAX_SIDECAR_BYTES, "sidecar")


def _text(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise SeedError(
            path, line, "bytes that are not UTF-8 text", "save the sidecar as UTF-8"
        ) from None


def _check_depth(path: Path, text: str, loader: Any = yaml.SafeLoader) -> None:
    """Refuse nesting deeper than MAX_DEPTH, reading events (not recursive)."""
    depth = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                raise SeedError(
                    path,
                    mark.line + 1 if mark else 1,
                    f"YAML nested more than {MAX_DEPTH} levels deep",
                    "a sidecar needs three: fields, the list of notes, a note",
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _compose(path: Path, text: str) -> yaml.Node | None:
    """The YAML node tree; every PyYAML error becomes a SeedError with a line.

    libyaml's loader (`FAST_LOADER`) reads it when installed, ten times as
    fast; when it finds anything wrong, the pure-Python loader reads the text
    again, so that every refusal is worded as that loader words it.
    """
    if FAST_LOADER is not None:
        try:
            _check_depth(path, text, FAST_LOADER)
            return yaml.compose(text, Loader=FAST_LOADER)
        except (yaml.YAMLError, SeedError, RecursionError):
            pass
    try:
        _check_depth(path, text)
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else 1
        problem = err.problem or str(err)
    except yaml.reader.ReaderError as err:
        # A character YAML does not allow (a NUL, an ESC): found by position.
        line = text.count("\n", 0, err.position) + 1
        problem = f"character U+{err.character:04X} is not allowed"
    except yaml.YAMLError as err:
        line, problem = 1, str(err)
    except RecursionError:  # pragma: no cover - guarded by _check_depth
        line, problem = 1, "nested too deeply"
    raise SeedError(
        path, line, f"not valid YAML: {shown(problem)}", "fix the YAML syntax"
    )


def read_sidecar(path: Path) -> Sidecar:
    """Read and validate a sidecar; a missing file is an empty sidecar.

    Raises:
        SeedError: naming the sidecar's line, when it has one problem.
        SeedErrors: one per field with a problem, when it has more (a
            problem of the YAML itself, or an unknown field, is reported
            alone: what follows it cannot be read as meant).
    """
    data = sidecar_bytes(path)
    if data is None:
        return Sidecar()
    root = _compose(path, _text(path, data))
    if root is None:
        return Sidecar(path=path)
    fields = _mapping(path, root, FIELDS, "the sidecar")
    # Every field's problem at once, as the build reports every seed's: a
    # sidecar with three mistakes took three builds to mend.
    errors: list[SeedError] = []
    values: dict[str, str] = {}
    for key, node in fields.items():
        try:
            if key != "notes":
                values[key] = _scalar(path, node, key)
        except SeedError as err:
            errors.append(err)
    notes: tuple[Note, ...] = ()
    try:
        notes = _notes(path, fields["notes"]) if "notes" in fields else ()
    except SeedError as err:
        errors.append(err)
    if "url" in values and not values["url"].startswith(("https://", "http://")):
        errors.append(
            SeedError(
                path,
                _line(fields["url"]),
                "'url' is not an http(s) address",
                "give the article's web address starting with https://",
            )
        )
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise SeedErrors(errors)
    slug_line = _line(fields["slug"]) if "slug" in fields else 0
    return Sidecar(path=path, notes=notes, slug_line=slug_line, **values)
