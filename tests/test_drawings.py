"""Drawings: laid out by render/svg.py, written by templates/pages/_drawing.md.j2.

The timeline's axis is proportional to time (issue 11: it spaced 2022 -> 2023
like 26 -> 30 May), every mark is a link to a fragment of its page, and seed
text stays text.
"""

from __future__ import annotations

import datetime as dt
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from annotated_news.config import SiteConfig
from annotated_news.indexes.timeline import DateKey
from annotated_news.model import Precision
from annotated_news.render.env import make_env
from annotated_news.render.svg import (
    LABEL_PX,
    MIN_SCALE,
    Drawing,
    LegendItem,
    Mark,
    Panel,
    Shape,
    Text,
    pack,
)
from annotated_news.render.timeline_drawing import extent

from .conftest import SEEDS, build_site_in
from .html_tree import Node, parse_html

SVG = "{http://www.w3.org/2000/svg}"


def render(drawing: Drawing) -> str:
    env = make_env(SiteConfig().templates_dir)
    template = env.from_string(
        '{% import "_drawing.md.j2" as d %}{{ d.drawing(drawing) }}'
    )
    return template.render(drawing=drawing)


def test_a_drawing_is_one_line_of_escaped_well_formed_markup() -> None:
    hostile = "a <script> & “more” {{ x }} [l](u)"
    panel = Panel(
        "phone",
        340,
        100,
        marks=[Mark("#t-2025", hostile, [Shape("dot", 10, 10)], (0, 0, 20, 20))],
        texts=[Text(10, 40, "<b>&")],
    )
    out = render(
        Drawing("an-x", "Title <1>", "Desc & co", [panel], [LegendItem("A & B", 0)])
    )
    assert "\n" not in out  # one raw HTML block for Markdown
    assert "<script>" not in out and "<b>" not in out and "{{" not in out
    root = ET.fromstring(out)  # well-formed
    svg = root.find(f".//{SVG}svg")
    assert svg is not None
    assert svg.find(f"{SVG}title") is not None and svg.find(f"{SVG}desc") is not None
    links = svg.findall(f".//{SVG}a")
    assert [a.get("href") for a in links] == ["#t-2025"]
    assert links[0].get("aria-label") == hostile
    assert LABEL_PX * MIN_SCALE >= 11  # labels as rendered, at the smallest


@pytest.mark.parametrize(
    ("key", "first", "after"),
    [
        (DateKey("2025-05-21", Precision.DAY), "2025-05-21", "2025-05-22"),
        (DateKey("2025-W22", Precision.WEEK), "2025-05-26", "2025-06-02"),
        (DateKey("2025-W22", Precision.WEEK, "weekend"), "2025-05-31", "2025-06-02"),
        (DateKey("2025-05", Precision.MONTH, "mid"), "2025-05-11", "2025-05-21"),
        (DateKey("2025-02", Precision.MONTH, "late"), "2025-02-21", "2025-03-01"),
        (DateKey("2025-05", Precision.MONTH), "2025-05-01", "2025-06-01"),
        (DateKey("2024", Precision.YEAR, "first half"), "2024-01-01", "2024-07-01"),
        (DateKey("2022", Precision.YEAR), "2022-01-01", "2023-01-01"),
    ],
)
def test_a_date_covers_the_days_it_says(key: DateKey, first: str, after: str) -> None:
    assert extent(key) == (dt.date.fromisoformat(first), dt.date.fromisoformat(after))


def test_labels_are_packed_without_overlap_on_up_to_n_rows() -> None:
    placed = pack(
        [(50, "30 May"), (60, "31 May"), (70, "1 Jun"), (80, "2 Jun")], 3, 0, 300
    )
    rows = [row for row, _, _ in placed]
    assert len(placed) == 3 and sorted(rows) == [0, 1, 2]  # the fourth has no room


@pytest.fixture(scope="module")
def timeline(tmp_path_factory: pytest.TempPathFactory) -> Node:
    root = tmp_path_factory.mktemp("drawings")
    shutil.copytree(SEEDS, root / "seeds")
    assert build_site_in(root) == 0
    html = (root / "site" / "timeline" / "index.html").read_text("utf-8")
    return parse_html(html)


def centre(mark: Node) -> float:
    shape = next(
        n
        for n in mark.iter()
        if n.tag in ("circle", "rect") and "an-hit" not in n.attrs.get("class", "")
    )
    if shape.tag == "circle":
        return float(shape.attrs["cx"])
    return float(shape.attrs["x"]) + float(shape.attrs["width"]) / 2


def marks_on(doc: Node, fit: str, axis: str) -> list[tuple[dt.date, dt.date, float]]:
    svg = next(
        s for s in doc.find_all("svg", "an-svg") if f"an-svg--{fit}" in s.attrs["class"]
    )
    return [
        (
            dt.date.fromisoformat(a.attrs["data-start"]),
            dt.date.fromisoformat(a.attrs["data-end"]),
            centre(a),
        )
        for a in svg.find_all("a")
        if a.attrs.get("data-axis") == axis
    ]


@pytest.mark.parametrize("fit", ["phone", "wide"])
def test_the_timeline_axis_is_proportional_to_time(timeline: Node, fit: str) -> None:
    for axis in ("whole", "detail"):
        marks = marks_on(timeline, fit, axis)
        assert len(marks) >= 5
        # Centre of each mark against the middle of the days it covers.
        points = [
            ((s - dt.date(2000, 1, 1)).days + (e - s).days / 2, x) for s, e, x in marks
        ]
        lo, hi = min(points), max(points)
        per_day = (hi[1] - lo[1]) / (hi[0] - lo[0])
        for day, x in points:
            assert x == pytest.approx(lo[1] + per_day * (day - lo[0]), abs=6.5), (
                axis,
                day,
            )
    whole = {s.isoformat(): x for s, _, x in marks_on(timeline, fit, "whole")}
    detail = {s.isoformat(): x for s, _, x in marks_on(timeline, fit, "detail")}
    year = whole["2023-01-01"] - whole["2022-01-01"]
    days = whole["2025-05-30"] - whole["2025-05-26"]
    assert year == pytest.approx(days * 365 / 4, rel=0.02)  # was: the same
    # The days are drawn again, enlarged, where four days are apart.
    assert detail["2025-05-30"] - detail["2025-05-26"] >= 30


def test_every_timeline_mark_links_to_its_dates_entries(timeline: Node) -> None:
    ids = {n.attrs["id"] for n in timeline.iter() if "id" in n.attrs}
    links = [a for svg in timeline.find_all("svg", "an-svg") for a in svg.find_all("a")]
    assert links
    for a in links:
        assert a.attrs["href"].startswith("#") and a.attrs["href"][1:] in ids
        assert a.attrs["aria-label"] and a.find_all("title")
    # Every shape drawn for a date is inside a link.
    for svg in timeline.find_all("svg", "an-svg"):
        inside = {id(n) for a in svg.find_all("a") for n in a.iter()}
        for shape in svg.iter():
            if shape.tag in ("circle", "rect") and "an-band" not in shape.attrs.get(
                "class", ""
            ):
                assert id(shape) in inside


def test_crosslinks_show_a_names_matrix_only_when_it_says_more(
    tmp_path: Path,
) -> None:
    from annotated_news.render.context import TableSection
    from annotated_news.render.crosslink_pages import crosslink_pages
    from annotated_news.render.items import Links
    from annotated_news.render.paging import Limits

    from .corpus_cases import ORG, PER, Case, corpus_of

    miller = ("Stephen Miller", PER, "Stephen Miller")
    noem = ("Kristi Noem", PER, "Kristi Noem")
    guard = ("National Guard", ORG, "National Guard")
    tufts = ("Tufts", ORG, "Tufts")
    cases = [
        Case(f"{a[0]} met {b[0]} and {c[0]} on Monday.", outlet=o, names=[a, b, c])
        for o, (a, b, c) in [
            ("NBC News", (miller, noem, tufts)),
            ("Axios", (miller, noem, guard)),
            ("The Independent", (miller, guard, tufts)),
        ]
    ]
    corpus, _ = corpus_of(tmp_path, *cases)
    page = next(iter(crosslink_pages(corpus, Links(corpus), Limits())))
    table = page.sections[0]
    assert isinstance(table, TableSection) and table.anchor == "names-by-article"
    assert table.layout == "scroll"  # a matrix keeps its columns on a phone
    grid = {
        row.cells[0][0].label: [cell[0] if cell else "" for cell in row.cells[1:]]
        for row in table.rows
    }
    assert grid["Stephen Miller"].count("●") == 3
    assert sorted(v.count("●") for k, v in grid.items() if k != "Stephen Miller") == [
        2,
        2,
        2,
    ]


def test_colour_in_the_timeline_is_explained_by_its_legend(timeline: Node) -> None:
    """Each colour a mark is drawn in has a key in the legend below."""
    used = {
        c
        for svg in timeline.find_all("svg", "an-svg")
        for a in svg.find_all("a")
        for n in a.iter()
        for c in n.attrs.get("class", "").split()
        if c.startswith("an-c")
    }
    legend = timeline.find_all("figcaption", "an-drawing__legend")
    assert used and legend
    keys = {
        c: " ".join(key.text().split())
        for key in legend[0].find_all("span", "an-drawing__key")
        for n in key.iter()
        for c in n.attrs.get("class", "").split()
        if c.startswith("an-c")
    }
    assert used <= set(keys), (used, keys)
    assert all(keys[c] for c in used)  # each key names what its colour is


def test_every_mark_of_the_story_drawing_is_a_link_that_lands(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The citation drawing (who cites whom): every dot and edge is a link to
    a place that exists, and its labels are text (never cut with "…" when
    the outlet's name fits)."""
    root = tmp_path_factory.mktemp("story-drawing")
    shutil.copytree(SEEDS, root / "seeds")
    assert build_site_in(root) == 0
    (story,) = sorted((root / "site" / "stories").glob("*/index.html"))
    doc = parse_html(story.read_text("utf-8"))
    (svg,) = doc.find_all("svg", "an-credit-graph")
    inside = {id(n) for a in svg.find_all("a") for n in a.iter()}
    shapes = [n for n in svg.iter() if n.tag in ("circle", "line", "rect", "path")]
    assert len(shapes) >= 3 and all(id(s) in inside for s in shapes)
    for a in svg.find_all("a"):
        href = a.attrs["href"]
        path, _, fragment = href.partition("#")
        target = (story.parent / path / "index.html") if path else story
        target_doc = parse_html(target.resolve().read_text("utf-8"))
        assert not fragment or target_doc.by_id(fragment) is not None, href
    labels = [" ".join(t.text().split()) for t in svg.find_all("text")]
    assert {"The Independent", "NBC News", "Axios"} <= set(labels)
