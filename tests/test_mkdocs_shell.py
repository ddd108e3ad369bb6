"""Material's navigation and settings block, rendered once for many pages.

`mkdocs_shell` keeps the HTML of parts of the page shell that depend only
on where a page is. A page must get exactly the HTML Material renders for
it: pages in the navigation render their own; the key of a page not in it
changes with every relative URL its navigation links get; and the test
site is built byte for byte the same with the store and without.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jinja2
import pytest

from annotated_news import mkdocs_shell

from .conftest import relocated_config
from .test_mkdocs_parallel import tree
from .test_raw_blocks import GOLDEN, build_test_site, built_both_ways


def page(url: str) -> SimpleNamespace:
    return SimpleNamespace(url=url)


NAV_PAGES = [page(""), page("timeline/"), page("people/")]
NAV = SimpleNamespace(pages=NAV_PAGES)


def test_a_page_in_the_navigation_renders_its_own() -> None:
    for nav_page in NAV_PAGES:
        assert mkdocs_shell.nav_key(nav_page, NAV, ".") is None
    assert mkdocs_shell.nav_key(None, NAV, ".") is None


def test_pages_share_a_key_only_where_every_link_is_the_same() -> None:
    a = mkdocs_shell.nav_key(page("articles/a/"), NAV, "../..")
    b = mkdocs_shell.nav_key(page("articles/b/"), NAV, "../..")
    year = mkdocs_shell.nav_key(page("timeline/1987/"), NAV, "../..")
    letter = mkdocs_shell.nav_key(page("people/a-z/b/"), NAV, "../../..")
    assert a == b == ("../..", "../..", "../../timeline/", "../../people/")
    assert year == ("../..", "../..", "../", "../../people/")
    assert letter == ("../../..", "../../..", "../../../timeline/", "../../")
    assert len({a, year, letter}) == 3


def test_the_store_renders_a_key_once_and_none_every_time() -> None:
    env = jinja2.Environment(
        loader=jinja2.DictLoader(
            {
                "partials/nav.html": "<nav>{{ calls.append(1) or '' }}{{ label }}</nav>",
                "page.html": '{% include "partials/nav.html" %}',
            }
        )
    )
    assert mkdocs_shell.install(env) is None
    env.globals["an_nav_key"] = lambda page, nav, base: page
    calls: list[int] = []
    render = env.get_template("page.html").render
    shown = [
        render(page=key, nav=None, base_url=".", calls=calls, label=label)
        for key, label in [("k", "one"), ("k", "two"), (None, "three"), (None, "4")]
    ]
    assert shown == [
        "<nav>one</nav>",
        "<nav>one</nav>",
        "<nav>three</nav>",
        "<nav>4</nav>",
    ]
    assert len(calls) == 3
    assert mkdocs_shell.install(env) is None  # a new build: a new store
    assert render(page="k", nav=None, base_url=".", calls=calls, label="5") == (
        "<nav>5</nav>"
    )


@pytest.mark.site
def test_the_built_test_site_is_the_same_with_and_without_the_store(
    tmp_path: Path,
) -> None:
    line = "Material renders its navigation on every page"
    built = built_both_ways(tmp_path, mkdocs_shell.SWITCH, line)
    assert len([name for name in built if name.endswith("index.html")]) > 20


def test_a_page_in_a_folder_of_theme_files_renders_its_own_parts() -> None:
    tops = frozenset({"assets", "search", "sitemap.xml"})
    article, note = page("articles/a/"), page("assets/note/")
    assert mkdocs_shell.place_key("config", article, "../..", tops) == (
        "config",
        "../..",
    )
    assert mkdocs_shell.place_key("config", page("index/"), "..", tops) == (
        "config",
        "..",
    )
    assert mkdocs_shell.place_key("config", note, "../..", tops) is None
    assert mkdocs_shell.place_key("config", None, ".", tops) is None


@pytest.mark.site
def test_a_page_beside_the_theme_files_gets_its_own_links(tmp_path: Path) -> None:
    """From assets/note/ the theme's files are '../javascripts/...', not
    '../../assets/javascripts/...' as from articles/x/ at the same depth."""
    shutil.copytree(GOLDEN, tmp_path / "docs")
    (tmp_path / "docs" / "assets").mkdir()
    (tmp_path / "docs" / "assets" / "note.md").write_text(
        "# A note\n\nBeside the theme's files.\n", encoding="utf-8"
    )
    config = relocated_config().replace(
        "not_in_nav: |\n", "not_in_nav: |\n  /assets/\n"
    )
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    build_test_site(tmp_path, "usual", {})
    build_test_site(tmp_path, "off", {mkdocs_shell.SWITCH: "off"})
    built = tree(tmp_path / "usual")
    note = built["assets/note/index.html"].decode()
    assert '"search":"../javascripts/workers/' in note.replace(" ", "")
    assert built == tree(tmp_path / "off")


HEADER = (
    '<header><a href="{{ base }}">Logo</a><div class="md-header__topic" '
    'data-md-component="header-topic">\n  <span class="md-ellipsis">\n    '
    "{{ title }}\n  </span></div>{{ calls.append(1) or '' }}{{ extra }}</header>"
)


def test_the_header_is_rendered_twice_per_place_then_given_the_title() -> None:
    env = jinja2.Environment(
        loader=jinja2.DictLoader(
            {
                "header.html": HEADER,
                "page.html": "{% call an_titled(key, title) %}"
                '{% include "header.html" %}{% endcall %}',
            }
        )
    )
    assert mkdocs_shell.install(env) is None
    calls: list[int] = []
    render = env.get_template("page.html").render

    def shown(key: object, title: object, base: str = "..", extra: str = "") -> str:
        context = {"key": key, "title": title, "base": base, "calls": calls}
        return render(**context, extra=extra)

    def own(title: object, base: str = "..", extra: str = "") -> str:
        return env.from_string(HEADER).render(
            title=title, base=base, calls=[], extra=extra
        )

    titles = ["A & B", "span", "Ünïcode “x”", " lead", "", None, 12]
    out = [shown(("h", ".."), t) for t in titles]
    assert out == [own(t) for t in titles]
    assert len(calls) == 2  # the first two pages checked the split
    assert shown(None, "own") == own("own") and len(calls) == 3
    # A place whose second page differs by more than its title renders its own.
    assert shown(("h", "x"), "one", "x") == own("one", "x")
    assert shown(("h", "x"), "two", "x", "more") == own("two", "x", "more")
    assert shown(("h", "x"), "three", "x") == own("three", "x")
    assert len(calls) == 6


def test_the_title_is_found_only_whole_in_its_place() -> None:
    html = (
        '<a title="Site">x</a><div data-md-component="header-topic">'
        '<span class="md-ellipsis">\n  span\n</span></div>'
    )
    assert mkdocs_shell.title_split(html, "span") == (
        html[: html.index("  span") + 2],
        html[html.index("span\n") + 4 :],
    )
    assert mkdocs_shell.title_split(html, "spa") is None
    assert mkdocs_shell.title_split(html, " span") is None
    assert mkdocs_shell.title_split(html, "") is None
    assert mkdocs_shell.title_split(html.replace("header-topic", "x"), "span") is None


def test_pages_share_a_table_of_contents_only_with_the_same_items() -> None:
    from mkdocs.structure.toc import AnchorLink, TableOfContents

    def toc(*titles: str) -> SimpleNamespace:
        items = []
        for n, title in enumerate(titles):
            link = AnchorLink(title, f"h-{n}", 2)
            link.children.append(AnchorLink(f"{title}.1", f"h-{n}-1", 3))
            items.append(link)
        return SimpleNamespace(toc=TableOfContents(items))

    a, b, c = toc("Key figures", "Dates"), toc("Key figures", "Dates"), toc("Dates")
    assert mkdocs_shell.toc_key(a) == mkdocs_shell.toc_key(b) is not None
    assert mkdocs_shell.toc_key(a) != mkdocs_shell.toc_key(c)
    b.toc.items[0].children[0].title = "Other"
    assert mkdocs_shell.toc_key(a) != mkdocs_shell.toc_key(b)
    b.toc.items[1].typeset = {"title": "<code>x</code>"}  # another plugin's
    assert mkdocs_shell.toc_key(b) is None
    assert mkdocs_shell.toc_key(SimpleNamespace()) is None


def test_other_material_versions_render_header_footer_and_toc_themselves(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib.metadata

    assert mkdocs_shell.checked_reason() is None
    article = page("articles/a/")
    env = jinja2.Environment(loader=jinja2.DictLoader({}))
    assert mkdocs_shell.install(env) is None
    part: Any = env.globals["an_part"]
    assert part("footer", article, NAV, "../..") == (
        "footer",
        *mkdocs_shell.nav_key(article, NAV, "../.."),  # type: ignore[misc]
    )
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "9.9.0")
    assert mkdocs_shell.checked_reason() == (
        "Material 9.9.0 is not a version this was checked on"
    )
    env = jinja2.Environment(loader=jinja2.DictLoader({}))
    assert mkdocs_shell.install(env) is None
    assert isinstance(env.loader, mkdocs_shell.SharedPartsLoader)
    assert set(env.loader.wrapped) == {"partials/nav.html"}
    part = env.globals["an_part"]
    assert part("footer", article, NAV, "../..") is None
