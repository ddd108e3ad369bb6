"""Editorial notes: placing them, refusing what cannot be placed, rendering."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from annotated_news.cli import main
from annotated_news.ids import assign_ids
from annotated_news.model import Note, Span
from annotated_news.parse.notes import locate
from annotated_news.render.notes import note_html, site_link

from .conftest import article_from_text, build_site_in

TEXT = (
    "“Operation at Large” calls for 3,000 ICE agents, including from the FBI "
    "and the Drug Enforcement Agency, NBC News reports.\n\nAt a meeting in "
    "mid-May, Miller demanded 3,000 arrests. The meeting in mid-May was tense, "
    "Jackson said: “We’re holding all criminals accountable.”\n"
)
SEED = " date 2025-06-04 " + TEXT
PAGE = "articles/2025-06-04-operation-at-large.md"


def note(
    exact: str,
    prefix: str | None = None,
    suffix: str | None = None,
    body: str = "A note.",
) -> Note:
    return Note(exact=exact, body=body, prefix=prefix, suffix=suffix, line=3)


def exacts(text: str, n: Note) -> list[str]:
    return [text[s.start : s.end] for s in locate(text, n)[0]]


def test_exact_text_is_found_once() -> None:
    assert exacts(TEXT, note("Drug Enforcement Agency")) == ["Drug Enforcement Agency"]


def test_whitespace_and_quotation_marks_match_loosely() -> None:
    assert exacts(TEXT, note("We're holding   all\ncriminals")) == [
        "We’re holding all criminals"
    ]
    assert exacts(TEXT, note('"Operation at Large"')) == ["“Operation at Large”"]
    assert exacts(TEXT, note("drug enforcement agency")) == []  # case matters


def test_prefix_or_suffix_picks_one_of_several_matches() -> None:
    assert locate(TEXT, note("mid-May"))[1] == 2
    first, second = locate(TEXT, note("mid-May"))[0]
    assert locate(TEXT, note("mid-May", prefix="At a meeting in"))[0] == [first]
    assert locate(TEXT, note("mid-May", suffix=" was tense"))[0] == [second]
    assert locate(TEXT, note("mid-May", prefix="The meeting in", suffix="was"))[0] == [
        second
    ]
    assert locate(TEXT, note("mid-May", prefix="nowhere"))[0] == []


def build(
    make_seed: Callable[..., Path],
    sidecar: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> tuple[int, str]:
    make_seed("story.txt", SEED, sidecar)
    status = main(
        [
            "--seeds",
            str(tmp_path / "seeds"),
            "--docs",
            str(tmp_path / "docs"),
            "--quiet",
        ]
    )
    return status, capsys.readouterr().err


def test_orphan_note_stops_the_build_naming_file_line_note_and_text(
    make_seed: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, err = build(
        make_seed,
        (
            "outlet: NBC News\n"
            "notes:\n"
            "  - exact: Drug Enforcement Agnecy\n"
            "    note: The agency is the Drug Enforcement Administration.\n"
        ),
        tmp_path,
        capsys,
    )
    assert status == 1
    sidecar = tmp_path / "seeds" / "story.yml"
    assert (
        f"{sidecar}:3: note “The agency is the Drug Enforcement Admi…”: "
        "text “Drug Enforcement Agnecy” not found in story.txt (copy the exact "
        "words from the article, or remove the note)"
    ) in err
    assert not (tmp_path / "docs").exists()


def test_ambiguous_note_stops_the_build_and_every_bad_note_is_reported(
    make_seed: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, err = build(
        make_seed,
        (
            "notes:\n"
            "  - exact: mid-May\n"
            "    note: Dated May 21 by another outlet.\n"
            "  - exact: mid-May\n"
            "    prefix: somewhere else\n"
            "    note: Second.\n"
            "  - exact: FBI\n"
            "    note: '[x](javascript:alert(1))'\n"
        ),
        tmp_path,
        capsys,
    )
    assert status == 1
    lines = [line for line in err.splitlines() if "story.yml" in line]
    assert len(lines) == 3
    assert (
        "story.yml:2: note “Dated May 21 by another outlet.”: text “mid-May” "
        "found 2 times in story.txt (add prefix: or suffix:" in lines[0]
    )
    assert "story.yml:4:" in lines[1] and "after “somewhere else” not found" in lines[1]
    assert "story.yml:7:" in lines[2]
    assert "link “javascript:alert(1)” is not allowed" in lines[2]


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "data:text/html,x",
        "//evil.example",
        "/\\evil.example",
        "mailto:a@b.c",
        "../quotes/",
        "file:///etc/passwd",
        "ftp://x.y",
    ],
)
def test_links_other_than_http_site_paths_and_anchors_are_refused(
    href: str,
    make_seed: Callable[..., Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, err = build(
        make_seed,
        (
            "notes:\n  - exact: FBI\n    note: "
            + json.dumps(f"see [this]({href})")
            + "\n"
        ),
        tmp_path,
        capsys,
    )
    assert status == 1, href
    assert "is not allowed (links must start with https://" in err


def test_note_html_keeps_emphasis_and_links_and_nothing_else() -> None:
    body = (
        "The *Drug Enforcement Administration* (`DEA`), see "
        "[NBC](/articles/2025-06-04-nbc/#e-dea), [above](#q-x) and "
        '<https://www.dea.gov/?a=1&b="2">. <script>alert(1)</script> '
        '{: #id } ==mark== {{ 7*7 }} --8<-- "x" # not a heading\n\nSecond.'
    )
    html = note_html(note("FBI", body=body), PAGE, PAGE)
    assert html.startswith("<p>The <em>Drug Enforcement Administration</em>")
    assert "<code>DEA</code>" in html
    assert '<a href="../2025-06-04-nbc/#e-dea">NBC</a>' in html  # built URLs
    assert '<a href="#q-x">above</a>' in html
    assert '<a href="https://www.dea.gov/?a=1&#38;b=%222%22" rel="noopener">' in html
    assert "<script>" not in html and "&#60;script&#62;" in html
    for raw in ("{: #id }", "==mark==", "{{ 7*7 }}", "--8<--"):
        assert raw not in html
    assert html.endswith("</p>\n<p>Second.</p>")
    inline = note_html(note("FBI", body=body), PAGE, "quotes.md", inline=True)
    assert (
        "\n" not in inline
        and '<a href="../articles/2025-06-04-operation-at-large/#q-x">above</a>'
        in inline
    )


def test_site_links_become_links_to_markdown_sources() -> None:
    assert site_link("/", PAGE, PAGE) == "../index.md"
    assert site_link("/quotes/", PAGE, PAGE) == "../quotes.md"
    assert (
        site_link("/people/stephen-miller/#x", PAGE, "quotes.md")
        == "people/stephen-miller.md#x"
    )
    assert site_link("/articles/a.md#q-1", PAGE, "index.md") == "articles/a.md#q-1"
    assert site_link("#q-1", PAGE, "figures.md") == f"{PAGE}#q-1"


def test_note_ids_come_from_the_text_and_leave_other_ids_alone(tmp_path: Path) -> None:
    plain = article_from_text(tmp_path, SEED, "a.txt")
    noted = article_from_text(tmp_path, SEED, "b.txt")
    noted.notes = [
        Note(
            exact="Drug Enforcement Agency",
            body="x",
            span=Span(TEXT.index("Drug"), TEXT.index("Drug") + 23),
        )
    ]
    before, after = assign_ids(plain), assign_ids(noted)
    assert after.pop(("note", noted.notes[0].span)) == "n-drug-enforcement-agency"
    assert before == after


def test_notes_reach_the_page_the_index_pages_and_the_export(
    make_seed: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, err = build(
        make_seed,
        (
            "outlet: NBC News\n"
            "notes:\n"
            "  - exact: “We’re holding all criminals accountable.”\n"
            "    note: A *quote* note.\n"
            "  - exact: 3,000 ICE agents\n"
            "    note: A figure note.\n"
            "  - exact: ICE operation\n"  # not in the text
            "    note: x\n"
        ),
        tmp_path,
        capsys,
    )
    assert status == 1 and "story.yml:7:" in err
    status, err = build(
        make_seed,
        (
            "notes:\n"
            "  - exact: “We’re holding all criminals accountable.”\n"
            "    note: A *quote* note.\n"
            "  - exact: 3,000 ICE agents\n"
            "    note: A figure note.\n"
        ),
        tmp_path,
        capsys,
    )
    assert status == 0, err
    docs = tmp_path / "docs"
    [page] = (docs / "articles").glob("*.md")
    text = page.read_text(encoding="utf-8")
    # The marker is a link without text (its number is generated content).
    assert (
        'href="#n-3000-ice-agents-note"' in text and 'aria-label="Note 1"></a>' in text
    )
    assert 'id="n-3000-ice-agents-note"' in text and "A figure note." in text
    assert "A <em>quote</em> note." in (docs / "quotes.md").read_text(encoding="utf-8")
    assert "A figure note." in (docs / "figures.md").read_text(encoding="utf-8")
    export = json.loads((docs / "annotations.jsonld").read_text(encoding="utf-8"))
    notes = [i for i in export["first"]["items"] if i["kind"] == "note"]
    assert [n["motivation"] for n in notes] == ["commenting", "commenting"]
    selector = notes[1]["target"]["selector"]
    assert selector[0]["type"] == "TextQuoteSelector"
    assert selector[0]["exact"] == "“We’re holding all criminals accountable.”"
    assert selector[1] == {
        "type": "FragmentSelector",
        "conformsTo": "http://tools.ietf.org/rfc/rfc3236",
        "value": "n-were-holding-all-criminals",
    }
    assert notes[1]["body"] == [
        {
            "type": "TextualBody",
            "purpose": "commenting",
            "value": "A *quote* note.",
            "format": "text/markdown",
            "language": "en",
        }
    ]


def test_a_note_linking_to_a_missing_anchor_fails_the_strict_site_build(
    make_seed: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_seed(
        "story.txt", SEED, "notes:\n  - exact: FBI\n    note: See [x](#q-nowhere).\n"
    )
    assert build_site_in(tmp_path) == 1
    assert "q-nowhere" in capsys.readouterr().err


def test_a_note_on_the_headline_is_listed_after_the_text(
    make_seed: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_seed(
        "story.txt",
        " date 2025-06-04 ICE operation calls for agents\n" + TEXT,
        "notes:\n  - exact: ICE operation\n    note: On the headline.\n",
    )
    status = main(
        [
            "--seeds",
            str(tmp_path / "seeds"),
            "--docs",
            str(tmp_path / "docs"),
            "--quiet",
        ]
    )
    assert status == 0, capsys.readouterr().err
    [page] = (tmp_path / "docs" / "articles").glob("*.md")
    text = page.read_text(encoding="utf-8")
    body, notes = text.split('<section class="an-notes"', 1)
    title = body.split('<h1 id="title"', 1)[1].split("</h1>", 1)[0]
    assert 'id="n-ice-operation"' in title  # the noted words, in the title
    [text_line] = [x for x in body.split("\n") if x.startswith('<div class="an-body">')]
    assert "admonition" not in text_line  # no note box inside the article's text
    assert 'id="n-ice-operation-note"' in notes and "On the headline." in notes
    assert "back to the text" in notes
