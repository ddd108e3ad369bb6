"""JSON text with one encoder per setting, made once.

`json.dumps` with any argument besides the value builds a new
`JSONEncoder` on every call, and with `check_circular` (its default) the
encoder keeps every list and dict it enters in a dict by identity to find
cycles. The build writes tens of thousands of small JSON values (an
annotation line of `annotations.jsonld`, a card set, an event of
`timeline.json`, a front-matter string) and none of them holds a cycle (they
are made fresh from dataclasses): `encoder(...)` gives the `encode` of one
shared encoder without that check. Its text is what `json.dumps` with the
same arguments gives, byte for byte.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any


@functools.cache
def encoder(
    sort_keys: bool = False,
    separators: tuple[str, str] | None = None,
    default: Callable[[Any], Any] | None = None,
) -> Callable[[Any], str]:
    """`json.dumps(value, ensure_ascii=False, ...)` for these settings."""
    return json.JSONEncoder(
        ensure_ascii=False,
        check_circular=False,
        sort_keys=sort_keys,
        separators=separators,
        default=default,
    ).encode
