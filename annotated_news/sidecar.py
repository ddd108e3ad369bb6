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

The YAML is read node by node so that every message names the line.
"""

from __future__ import annotations

import dataclasses as dc
from pathlib import Path

import yaml

from .errors import SeedError
from .model import Note

FIELDS = ("title", "outlet", "url", "author", "slug", "notes")
NOTE_FIELDS = ("exact", "note", "prefix", "suffix")


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
    value = str(node.value).strip()
    if not value:
        raise SeedError(
            path,
            _line(node),
            f"'{field}' is empty",
            f"give a value or remove '{field}'",
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
        name = str(key.value)
        if name not in allowed:
            raise SeedError(
                path,
                _line(key),
                f"unknown field '{name}' in {what}",
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


def read_sidecar(path: Path) -> Sidecar:
    """Read and validate a sidecar; a missing file is an empty sidecar.

    Raises:
        SeedError: naming the sidecar's line for the first problem found.
    """
    if not path.exists():
        return Sidecar()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise SeedError(
            path, 1, f"cannot read the sidecar: {err}", "save it as UTF-8 YAML"
        ) from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else 1
        raise SeedError(
            path, line, f"not valid YAML: {err.problem or err}", "fix the YAML syntax"
        ) from None
    if root is None:
        return Sidecar(path=path)
    fields = _mapping(path, root, FIELDS, "the sidecar")
    values = {k: _scalar(path, v, k) for k, v in fields.items() if k != "notes"}
    notes = _notes(path, fields["notes"]) if "notes" in fields else ()
    if "url" in values and not values["url"].startswith(("https://", "http://")):
        raise SeedError(
            path,
            _line(fields["url"]),
            "'url' is not an http(s) address",
            "give the article's web address starting with https://",
        )
    return Sidecar(path=path, notes=notes, **values)
