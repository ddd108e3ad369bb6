"""`site_url`: where the exports' links point, and the warning when it is unset.

A build meant for publishing (`--site`) without `SITE_URL` says so in one
warning line; the exports take `site_url` from the MkDocs configuration, as
the pages' JSON-LD does.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from unittest import mock

import pytest

from annotated_news.cli import main, site_url_warning
from annotated_news.config import mkdocs_site

from .conftest import ROOT

SEED = (
    " date 2025-06-04 Officials plan ahead\n"
    "Officials said on Sunday that 3,000 agents would join, Jane Smith said.\n"
)


def without_site_url() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "SITE_URL"}


@pytest.mark.parametrize(
    ("env", "site_url", "warns"),
    [
        ({}, "http://127.0.0.1:8000/", True),
        ({}, "http://localhost:8000/", True),
        ({}, "", True),
        ({}, "https://news.example.org/", False),
        ({"SITE_URL": "http://127.0.0.1:8000/"}, "http://127.0.0.1:8000/", False),
    ],
)
def test_the_warning_is_for_an_unset_site_url(
    env: dict[str, str], site_url: str, warns: bool
) -> None:
    with mock.patch.dict(os.environ, {**without_site_url(), **env}, clear=True):
        warning = site_url_warning(site_url)
    assert (warning is not None) is warns
    if warning:
        assert "\n" not in warning and warning.startswith("SITE_URL is not set")


def test_site_url_comes_from_mkdocs_yml_as_mkdocs_reads_it(tmp_path: Path) -> None:
    config = ROOT / "mkdocs.yml"
    with mock.patch.dict(os.environ, without_site_url(), clear=True):
        assert mkdocs_site(config)[0] == "http://127.0.0.1:8000/"
    with mock.patch.dict(os.environ, {"SITE_URL": "https://news.example.org/x/"}):
        url, name = mkdocs_site(config)
    assert url == "https://news.example.org/x/" and name
    assert mkdocs_site(tmp_path / "missing.yml") == ("", None)
    (tmp_path / "bad.yml").write_text("site_url: [\n", encoding="utf-8")
    assert mkdocs_site(tmp_path / "bad.yml") == ("", None)


@pytest.mark.site
def test_a_site_build_without_site_url_says_so_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "plan.txt").write_text(SEED, encoding="utf-8")
    args = ["--seeds", str(seeds), "--docs", str(tmp_path / "docs")]
    args += ["--config-file", str(ROOT / "mkdocs.yml"), "--quiet"]
    with mock.patch.dict(os.environ, without_site_url(), clear=True):
        assert main([*args, "--site", str(tmp_path / "site")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert [line for line in err if "SITE_URL" in line] == [
        "warning: SITE_URL is not set: the pages' JSON-LD, annotations.jsonld, "
        "timeline.json and the sitemap link to http://127.0.0.1:8000/; set "
        "SITE_URL to the address the site is published at"
    ]
    # The exports link where the pages' JSON-LD does.
    export = json.loads((tmp_path / "docs" / "annotations.jsonld").read_text())
    assert export["id"] == "http://127.0.0.1:8000/annotations.jsonld"
    # A docs-only build is not a publication: no warning.
    with mock.patch.dict(os.environ, without_site_url(), clear=True):
        assert main(args) == 0
    assert "SITE_URL" not in capsys.readouterr().err
