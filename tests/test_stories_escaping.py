"""Seed text stays text through stories.json and the story pages.

Markup, escaped markup and ampersands go through every field a story shows:
names (title, header), figures (matrix labels, cells, differences), quoted
statements, credits (table, drawing). stories.json must give them back
exactly; the story page, rendered by Python-Markdown as MkDocs renders it,
must show them as text and create no element from them.
"""

from __future__ import annotations

import json
from pathlib import Path

import markdown
from mkdocs.config import load_config

from annotated_news.export.stories_json import stories_json
from annotated_news.indexes import build_corpus
from annotated_news.model import Credit, QuoteKind, SourceKind
from annotated_news.parse.article import disambiguate_slugs
from annotated_news.render.env import make_env, render_page
from annotated_news.render.story_pages import story_page

from .conftest import ROOT
from .corpus_cases import ORG, PER, Case, make_article, span_of
from .html_tree import parse_html

ORG_NAME = "AT&T <b>Corp</b>"
PERSON = "Ann <i>Lee</i> &amp; Co"
OUTLET = "Daily <script>x()</script> & News"
QUOTE = "“We <script>alert(1)</script> &amp; go on with the plan today, it is &lt;b&gt;done,”"
UNIT = "<b>agents</b> &amp; staff"


def case(date: str, qualifier: str | None) -> Case:
    figure = ("up to " if qualifier else "") + f"5,000 {UNIT}"
    return Case(
        f"{ORG_NAME} hired {figure}, {PERSON} said. {QUOTE} {PERSON} said. "
        f"It was so, according to {OUTLET}.",
        outlet=f"Outlet {date} <em>&amp;</em>",
        date=date,
        figures=[(figure, 5000, UNIT, qualifier, None)],
        names=[(ORG_NAME, ORG, ORG_NAME), (PERSON, PER, PERSON)],
        quotes=[(QUOTE, PERSON, QuoteKind.SPEECH)],
    )


def test_markup_in_every_field_stays_text(tmp_path: Path) -> None:
    articles = []
    for date, qualifier in (("2025-06-03", "up to"), ("2025-06-04", None)):
        article = make_article(tmp_path, case(date, qualifier))
        span = span_of(article.text, OUTLET)
        cue = span_of(article.text, "according to")
        article.credits = [Credit(span, OUTLET, SourceKind.OUTLET, None, cue)]
        articles.append(article)
    disambiguate_slugs(articles)
    corpus = build_corpus(articles)
    (story,) = corpus.stories

    data = json.loads(stories_json(corpus))
    (exported,) = data["stories"]
    assert ORG_NAME in exported["title"] and PERSON in exported["title"]
    labels = {c["label"] for c in exported["claims"]}
    assert f"5,000 {UNIT}" in labels
    assert f"{PERSON}: {QUOTE}" in labels
    texts = {cell["text"] for c in exported["claims"] for cell in c["cells"]}
    assert {f"up to 5,000 {UNIT}", f"5,000 {UNIT}", QUOTE} <= texts
    assert {c["source"] for c in exported["credits"]} == {OUTLET}
    assert {c["text"] for c in exported["credits"]} == {OUTLET}

    config = load_config(str(ROOT / "mkdocs.yml"), docs_dir=str(tmp_path))
    md = markdown.Markdown(
        extensions=config["markdown_extensions"],
        extension_configs=config["mdx_configs"],
    )
    source = render_page(
        make_env(ROOT / "templates" / "pages"), story_page(corpus, story)
    )
    body = source.split("\n---\n", 1)[1]
    for raw in ("<b>", "<i>", "<script", "<em>", "&amp;", "&lt;b"):
        assert raw not in body, raw
    doc = parse_html(md.convert(body))
    assert (
        not doc.find_all("script") and not doc.find_all("b") and not doc.find_all("i")
    )
    assert not doc.find_all("em")
    text = " ".join(doc.text().split())
    for shown in (
        ORG_NAME,
        PERSON,
        OUTLET,
        f"5,000 {UNIT}",
        "Outlet 2025-06-03 <em>&amp;</em>",
    ):
        assert shown in text, shown
    assert " ".join(QUOTE.split()) in text
