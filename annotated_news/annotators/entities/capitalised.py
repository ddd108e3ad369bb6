"""The capitalised words an article writes outside its own names.

The site's lone surnames (`indexes/surnames.py`) look, in every article,
for the surnames the site knows; an article that writes none of them, or
names its person itself, is passed over on these words alone. They depend
on the article only, so the per-article stage reads them once
(`seeds.annotate_seed`) and the cache keeps them with the article
(`Article.capitalised`): a build does not read 10,000 texts again to find
that an edit in one of them added a surname.
"""

from __future__ import annotations

import re

from ...model import Article
from ..vocabulary.letters import without_possessive

# A capitalised word, whole: not after a letter, a hyphen, an apostrophe, a
# dot, "@", "#" or "/" ("anti-Trump", "@Trump", "site.Trump"); with what
# follows it in a word ("Trump-era", "Trump’s"), which `without_possessive` takes off.
WORD_RE = re.compile(r"(?<![\w’'@#/.-])[A-Z][\w’'-]*")
BEFORE_WORD_RE = re.compile(r"[\w’'@#/.-]")
"""What may not stand right before a whole word (`WORD_RE`)."""


def capitalised_words(article: Article) -> tuple[str, ...]:
    """The article's capitalised words (`WORD_RE`, bare), less its names' words.

    In order, once each: a tuple pickles to the same bytes at each build.

    A word of one of the article's own names, as the site names it or as the
    article writes it, is left out: the article's own reading of that word
    stands ("Ivanka Trump" keeps "Trump" from the site's lone surnames).
    """
    text = article.text
    written = {
        without_possessive(token) if token[-1] in "s’'" else token
        for token in set(WORD_RE.findall(text))
    }
    named = {w for m in article.entities for w in m.canonical.split()}
    named |= {w for m in article.entities for w in article.slice(m.span).split()}
    return tuple(sorted(written - named))


def capitalised_of(article: Article) -> tuple[str, ...]:
    """The article's `capitalised_words`, as the per-article stage kept them.

    Read anew when the article did not come through that stage (a test's
    article, an evaluation's), and not kept: its names may change after.
    """
    found = article.capitalised
    return capitalised_words(article) if found is None else found
