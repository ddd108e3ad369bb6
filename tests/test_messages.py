"""File names cannot forge or hide message lines.

A seed's file name may hold a newline, an ESC sequence, a right-to-left
override, bytes that are not UTF-8, or start with a dash. Every message
shows it escaped, so stderr has exactly one line per problem and each line
says which file it is about.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from annotated_news.cli import main
from annotated_news.errors import SeedError, shown

CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\udc80-\udcff]")
# name on disk -> how messages show it
NAMES = {
    "new\nline.txt": "new\\nline.txt",
    "forged.txt\nbuild refused: 0 problem(s).txt": (
        "forged.txt\\nbuild refused: 0 problem(s).txt"
    ),
    "carriage\rreturn.txt": "carriage\\rreturn.txt",
    "esc\x1b[2Jclear.txt": "esc\\x1b[2Jclear.txt",
    "bidi\u202etxt.exe.txt": "bidi\\u202etxt.exe.txt",
    "zero\u200bwidth.txt": "zero\\u200bwidth.txt",
    "line\u2028separator.txt": "line\\u2028separator.txt",
    "nbsp\u00a0space.txt": "nbsp\\xa0space.txt",
    "tab\tname.txt": "tab\\tname.txt",
    "café.txt": "café.txt",
}


def test_every_odd_name_is_one_escaped_line(
    make_seed: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = make_seed("good.txt", " date 2025-06-04 Fine\nA fine paragraph.\n").parent
    for name in NAMES:
        make_seed(name, "")  # an empty file, or a name refused: one problem each
    # A name whose bytes are not UTF-8 (Linux allows any byte but / and NUL).
    os.close(os.open(os.fsencode(seeds) + b"/latin\xe9.txt", os.O_CREAT | os.O_WRONLY))
    status = main(["--seeds", str(seeds), "--docs", str(seeds.parent / "docs")])
    lines = capsys.readouterr().err.split("\n")
    assert status == 1
    assert lines[-1] == ""  # the output ends with a newline ...
    lines = lines[:-1]
    assert len(lines) == len(NAMES) + 2  # ... one line per problem, one refusal
    for name, escaped in [*NAMES.items(), ("latin\udce9.txt", "latin\\xe9.txt")]:
        if CONTROL_RE.search(name):
            code = ord(CONTROL_RE.search(name).group())  # type: ignore[union-attr]
            what = (
                f"byte 0x{code - 0xDC00:02X} that is not UTF-8"
                if 0xDC80 <= code <= 0xDCFF
                else f"control character U+{code:04X}"
            )
            expected = (
                f"{seeds}/{escaped}:1: the file name holds a {what} (rename the file)"
            )
        else:
            expected = (
                f"{seeds}/{escaped}:1: empty file (start with ' date YYYY-MM-DD' "
                "and the article text)"
            )
        assert expected in lines, (name, lines)
    assert lines[-1].startswith("build refused: 11 problem(s)")
    for line in lines:
        assert line.isprintable(), repr(line)  # no control, format or odd space


def test_a_warning_shows_the_name_escaped(
    make_seed: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = make_seed("a\u2028warning: forged.txt", b" date 2025-06-04 Caf\xe9\nA.\n")
    docs = seeds.parent.parent / "docs"
    status = main(["--seeds", str(seeds.parent), "--docs", str(docs), "--quiet"])
    err = capsys.readouterr().err.splitlines()
    assert status == 0
    assert err == [
        f"warning: {seeds.parent}/a\\u2028warning: forged.txt:1: not UTF-8 (byte "
        "0xE9); decoded as Latin-1 (save it as UTF-8 to silence this)"
    ]


def test_a_leading_dash_cannot_pass_for_an_option(
    make_seed: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seeds = make_seed("-rf.txt", "").parent
    monkeypatch.chdir(seeds)
    assert main(["--seeds", ".", "--docs", "../docs"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("./-rf.txt:1: empty file")


def test_a_folder_name_in_an_option_is_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "seeds\nerror: forged"
    assert main(["--seeds", str(missing), "--docs", str(tmp_path / "docs")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"seeds folder '{tmp_path}/seeds\\nerror: forged' does not exist" in err


def test_a_seeds_option_naming_a_file_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--seeds seeds/a.txt` (one seed, not its folder) is not 'missing'."""
    (tmp_path / "a.txt").write_text(" date 2025-06-04 Title\nText.\n")
    docs = str(tmp_path / "docs")
    assert main(["--seeds", str(tmp_path / "a.txt"), "--docs", docs]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"error: seeds folder '{tmp_path}/a.txt' is not a folder (give "
        "the folder that holds the seeds)\n"
    )


def test_shown_escapes_what_would_break_a_line_and_is_idempotent() -> None:
    for raw, expected in NAMES.items():
        assert shown(raw) == expected
        assert shown(shown(raw)) == expected
    assert shown(Path("-x.txt")) == "./-x.txt"
    assert shown(Path("seeds/-x.txt")) == "seeds/-x.txt"
    assert shown("\U000e0001") == "\\U000e0001"  # a tag character (Cf)
    assert shown("\udcff") == "\\xff"  # an undecodable byte of a file name
    error = SeedError(Path("a\nb.yml"), 3, "bad\x1b", "fix")
    assert error.message() == "a\\nb.yml:3: bad\\x1b (fix)"
