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
