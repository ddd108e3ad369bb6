"""Every word of every seed of two real corpora reaches its page, in order.

BBC News (2,225 articles) and PolNeAR (1,008) are converted to seeds in a
temporary folder and built with `build_site.py`. Each article page is then
rendered to HTML by Python-Markdown with the extensions and settings that
`mkdocs.yml` gives MkDocs (loaded through MkDocs' own config loader) — the same
conversion MkDocs applies to page content — and its article text is compared
word for word with the seed. (The full MkDocs build of these 20,000 pages
takes minutes; tests/test_site.py and tests/test_hostile.py run the real
`mkdocs build --strict` on the seeds and the hostile fixtures.)
"""

from __future__ import annotations

import functools
import json
import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import markdown
import pytest
from mkdocs.config import load_config

from annotated_news.cli import main
from annotated_news.model import BlockKind
from annotated_news.parse.article import parse_article
from annotated_news.reader import read_seed
from tools.corpus_seeds import write_seeds

from .conftest import ROOT, require_corpus
from .html_tree import page_words, parse_html, same_words

pytestmark = pytest.mark.site
WORD_RE = re.compile(r"\S+")
SEED_RE = re.compile(r'^seed: (".*")$', re.M)  # the page's front matter


@functools.cache
def _converter(docs: str) -> markdown.Markdown:
    """Python-Markdown set up as mkdocs.yml sets it up for MkDocs."""
    config = load_config(str(ROOT / "mkdocs.yml"), docs_dir=docs)
    return markdown.Markdown(
        extensions=config["markdown_extensions"],
        extension_configs=config["mdx_configs"],
    )


def check_pages(args: tuple[list[str], str, str]) -> list[str]:
    """Return the seeds among these pages whose words differ from their page."""
    pages, seeds_dir, docs = args
    md = _converter(docs)
    bad = []
    for name in pages:
        front, source = Path(name).read_text(encoding="utf-8").split("\n---\n", 1)
        md.reset()
        html = md.convert(source)
        seed = SEED_RE.search(front)
        assert seed, name
        raw = read_seed(Path(seeds_dir) / parse_html(json.loads(seed.group(1))).text())
        article = parse_article(raw)
        headline = next(
            (
                article.slice(b.span)
                for b in article.blocks
                if b.kind is BlockKind.HEADLINE
            ),
            None,
        )
        shown = page_words(parse_html(html), raw.text, headline)
        if not same_words(shown, WORD_RE.findall(raw.text)):
            bad.append(raw.path.name)
    return bad


@pytest.mark.parametrize("corpus", ["bbc-news-2225", "polnear"])
def test_every_word_of_a_corpus_reaches_its_page(corpus: str, tmp_path: Path) -> None:
    root = require_corpus(corpus).parent
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    count = write_seeds("bbc" if corpus.startswith("bbc") else corpus, seeds, root=root)
    assert main(["--seeds", str(seeds), "--docs", str(docs), "--quiet"]) == 0
    pages = sorted(str(p) for p in (docs / "articles").glob("*.md"))
    assert len(pages) == count
    chunks = [(pages[i::2], str(seeds), str(docs)) for i in range(2)]
    with ProcessPoolExecutor(2) as pool:
        bad = [name for result in pool.map(check_pages, chunks) for name in result]
    assert bad == [], f"{len(bad)} of {count} seeds lost words: {bad[:5]}"
