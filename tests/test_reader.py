"""Reading seeds: header, encodings, sidecars, and the messages for bad input."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from annotated_news.errors import SeedError
from annotated_news.reader import read_seed


def test_header_with_headline(make_seed: Callable[..., Path]) -> None:
    raw = read_seed(make_seed("a.txt", " date 2025-06-04 Headline here\nBody text."))
    assert raw.date == dt.date(2025, 6, 4)
    assert raw.first_line_text == "Headline here"
    assert raw.text == "Headline here\nBody text."


def test_header_without_leading_space(make_seed: Callable[..., Path]) -> None:
    raw = read_seed(make_seed("a.txt", "date 2025-06-04 Body."))
    assert raw.date == dt.date(2025, 6, 4)


def test_bom_and_crlf_are_accepted_silently(make_seed: Callable[..., Path]) -> None:
    path = make_seed("a.txt", b"\xef\xbb\xbf date 2025-06-04 Title\r\nBody one.\r\n")
    raw = read_seed(path)
    assert raw.text == "Title\nBody one.\n"
    assert raw.warnings == ()


def test_windows_1252_is_decoded_with_a_warning(make_seed: Callable[..., Path]) -> None:
    path = make_seed(
        "a.txt", b" date 2025-06-04 Title\n\x93Quoted,\x94 she said. It cost \xa3300."
    )
    raw = read_seed(path)
    assert "“Quoted,” she said. It cost £300." in raw.text
    assert "\ufffd" not in raw.text
    assert len(raw.warnings) == 1 and "Windows-1252" in raw.warnings[0]
    assert str(path) in raw.warnings[0]


def test_a_legacy_encoding_warning_names_the_line(
    make_seed: Callable[..., Path],
) -> None:
    path = make_seed(
        "a.txt", b" date 2025-06-04 Title\nPlain line.\nCaf\xe9 na\xefve.\n"
    )
    raw = read_seed(path)
    assert "Café naïve." in raw.text
    assert raw.warnings == (
        f"{path}:3: not UTF-8 (byte 0xE9); decoded as Latin-1 (save it as UTF-8 "
        "to silence this)",
    )


DAMAGED = {
    "a stray byte": (
        b"Caf\xc3\xa9 and \xe2\x80\x99quotes\xe2\x80\x99.\n\nA \xff here.\n",
        4,
    ),
    "a cut sequence": (
        b"\xe2\x80\x9cQuoted,\xe2\x80\x9d she said.\nIt cost \xe2\x82.\n",
        3,
    ),
    "a Latin-1 letter": (b"Na\xc3\xafve \xe2\x80\x98caf\xe9\xe2\x80\x99.\n", 2),
}


@pytest.mark.parametrize("case", DAMAGED.values(), ids=DAMAGED.keys())
def test_utf8_with_a_damaged_byte_is_refused_at_its_line(
    make_seed: Callable[..., Path], case: tuple[bytes, int]
) -> None:
    """Read as Latin-1, every other non-ASCII letter and mark of the text
    would be published garbled ("’" as "â\x80\x99"): refused instead."""
    data, line = case
    path = make_seed("a.txt", b" date 2025-06-04 Title\n" + data)
    with pytest.raises(SeedError) as err:
        read_seed(path)
    assert err.value.line == line
    assert "is not UTF-8" in err.value.problem and "0x" in err.value.problem


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file (start with ' date YYYY-MM-DD' and the article text)"),
        (
            b"Just a story.\n",
            "missing date header (the first line must start with ' date YYYY-MM-DD')",
        ),
        (
            b" date 2025-13-45 Text.",
            "impossible date '2025-13-45' (write a real "
            "publication date as YYYY-MM-DD)",
        ),
        (
            b" date 2025-06-04\n\n",
            "no article text after the date header (put the "
            "headline or first paragraph after the date)",
        ),
        (
            b" date 2025-06-04 Text\x00\x01",
            "NUL byte: this is not a text file (save the article as UTF-8 text)",
        ),
    ],
)
def test_bad_seeds_give_one_line_messages(
    make_seed: Callable[..., Path], content: bytes, message: str
) -> None:
    path = make_seed("bad.txt", content)
    with pytest.raises(SeedError) as err:
        read_seed(path)
    assert err.value.message() == f"{path}:1: {message}"


def test_a_stray_control_character_is_kept_with_a_warning(
    make_seed: Callable[..., Path],
) -> None:
    path = make_seed("odd.txt", " date 2025-06-04 Title\nfine\nodd \x1b escape\n")
    raw = read_seed(path)
    assert "\x1b" in raw.text
    assert raw.warnings == (
        f"{path}:3: control character U+001B kept as it is "
        "(remove it if it is a scraping left-over)",
    )


def test_many_control_characters_mean_binary(make_seed: Callable[..., Path]) -> None:
    path = make_seed("bin.txt", b" date 2025-06-04 Title\n" + bytes(range(1, 9)) * 4)
    with pytest.raises(SeedError) as err:
        read_seed(path)
    assert err.value.line == 2
    assert "32 control characters, first control character U+0001" in err.value.problem


def test_sidecar_overrides_and_notes(make_seed: Callable[..., Path]) -> None:
    path = make_seed(
        "a.txt",
        " date 2025-06-04 Body.",
        sidecar=(
            "outlet: NBC News\nurl: https://example.com/a\nnotes:\n"
            "  - exact: Body\n    note: A *note*.\n"
        ),
    )
    raw = read_seed(path)
    assert raw.sidecar.outlet == "NBC News"
    assert raw.sidecar.url == "https://example.com/a"
    assert raw.sidecar.notes[0].exact == "Body"
    assert raw.sidecar.notes[0].line == 4


@pytest.mark.parametrize(
    ("sidecar", "line", "problem"),
    [
        ("outlet: NBC\npublisher: X\n", 2, "unknown field 'publisher' in the sidecar"),
        ("outlet: [unclosed\n", 2, "not valid YAML"),
        ("url: ftp://example.com\n", 1, "'url' is not an http(s) address"),
        ("notes:\n  - note: orphan\n", 2, "note without 'exact'"),
        ("outlet:\n", 1, "'outlet' must be text"),
    ],
)
def test_bad_sidecars_name_file_and_line(
    make_seed: Callable[..., Path], sidecar: str, line: int, problem: str
) -> None:
    path = make_seed("a.txt", " date 2025-06-04 Body.", sidecar=sidecar)
    with pytest.raises(SeedError) as err:
        read_seed(path)
    assert err.value.path == path.with_suffix(".yml")
    assert err.value.line == line
    assert err.value.problem.startswith(problem)
