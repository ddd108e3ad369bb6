"""Build an `Article` from a `RawSeed`: blocks, sentences, metadata, slug."""

from __future__ import annotations

from pathlib import Path

from ..errors import SeedError, SeedErrors
from ..model import Article, ArticleMeta, BlockKind
from ..reader import RawSeed
from ..sidecar import sidecar_path
from ..slugs import MAX_PINNED_SLUG, SAFE_SLUG_RE, is_safe_slug, short_hash, slug
from .blocks import split_blocks
from .notes import anchor_notes
from .sentences import split_sentences
from .title import derive_title

MAX_SLUG_TITLE = 60
MAX_SLUG_ROUNDS = 16


def parse_article(raw: RawSeed) -> Article:
    """Split a read seed into blocks and sentences and settle its metadata.

    Raises:
        SeedError: for a seed without text or a bad slug.
        SeedErrors: one per sidecar note that cannot be placed in the text.
    """
    blocks = split_blocks(raw.text, first_line=1, may_have_headline=True)
    if not any(b.kind is BlockKind.PARAGRAPH for b in blocks):
        raise SeedError(
            raw.path,
            1,
            "no paragraph of text",
            "add the article body after the headline",
        )
    sentences = split_sentences(raw.text, blocks)
    headline = next((b for b in blocks if b.kind is BlockKind.HEADLINE), None)
    derived = headline is None and raw.sidecar.title is None
    if raw.sidecar.title:
        title = raw.sidecar.title
    elif headline:
        title = raw.text[headline.span.start : headline.span.end]
    else:
        first = next(
            s for s in sentences if blocks[s.block].kind is BlockKind.PARAGRAPH
        )
        title = derive_title(raw.text[first.span.start : first.span.end])
    if raw.sidecar.slug:
        pinned = raw.sidecar.slug
        if not is_safe_slug(pinned):
            # The message names the slug shortened: it is one line.
            long = len(pinned) > MAX_PINNED_SLUG
            raise SeedError(
                raw.sidecar.path or raw.path,
                raw.sidecar.slug_line or 1,
                f"slug of {len(pinned):,} characters, over the limit of "
                f"{MAX_PINNED_SLUG}"
                if long and SAFE_SLUG_RE.match(pinned)
                else f"slug '{pinned[:40]}{'…' if len(pinned) > 40 else ''}' is "
                "not a slug",
                "shorten it"
                if long and SAFE_SLUG_RE.match(pinned)
                else "use lower-case letters, digits and hyphens",
            )
        page_slug = raw.sidecar.slug
    else:
        page_slug = base_slug(raw.date.isoformat(), title, raw.text)
    meta = ArticleMeta(
        title=title,
        date=raw.date,
        outlet=raw.sidecar.outlet,
        url=raw.sidecar.url,
        author=raw.sidecar.author,
        title_derived=derived,
        slug_line=raw.sidecar.slug_line if raw.sidecar.slug else 0,
    )
    article = Article(
        seed=raw.path.name,
        slug=page_slug,
        meta=meta,
        text=raw.text,
        text_line=1,
        blocks=blocks,
        sentences=sentences,
        notes=list(raw.sidecar.notes),
    )
    errors = anchor_notes(article, raw.sidecar.path or sidecar_path(raw.path))
    if errors:
        raise SeedErrors(errors)
    return article


def base_slug(date: str, title: str, text: str) -> str:
    """Return `<date>-<title words>`; a title without letters uses a hash."""
    words = slug(title, max_length=MAX_SLUG_TITLE) or short_hash(text)
    return f"{date}-{words}"


def disambiguate_slugs(articles: list[Article], folder: Path = Path()) -> None:
    """Make slugs unique without depending on the order seeds are listed in.

    A slug pinned by a sidecar is kept; two sidecars pinning the same slug
    are refused. Other articles whose slugs collide (with each other or with
    a pinned slug) get a suffix from a hash of their text, and, for
    identical texts, of their seed name. A suffixed slug may collide again
    (a title "Same title 1a2b3c"): then the next round suffixes again, until
    every slug is unique.

    Args:
        articles: every article of the build; their `slug` is changed.
        folder: the seeds folder, to name sidecars in messages.

    Raises:
        SeedErrors: one per sidecar pinning a slug another sidecar pins.
    """
    pinned: dict[str, list[Article]] = {}
    for article in articles:
        if article.meta.slug_line:
            pinned.setdefault(article.slug, []).append(article)
    errors = [
        SeedError(
            sidecar_path(folder / article.seed),
            article.meta.slug_line,
            f"slug '{article.slug}' is also pinned by "
            + ", ".join(
                str(sidecar_path(folder / o.seed)) for o in same if o is not article
            ),
            "give each article its own slug",
        )
        for same in pinned.values()
        if len(same) > 1
        for article in same
    ]
    if errors:
        raise SeedErrors(errors)
    free = [a for a in articles if not a.meta.slug_line]
    for round_ in range(MAX_SLUG_ROUNDS):
        by_slug: dict[str, list[Article]] = {}
        for article in free:
            by_slug.setdefault(article.slug, []).append(article)
        clashes = [
            same for slug_, same in by_slug.items() if len(same) > 1 or slug_ in pinned
        ]
        if not clashes:
            return
        for same in clashes:
            for article in same:
                twins = sum(1 for a in same if a.text == article.text)
                key = article.text + (article.seed if twins > 1 else "")
                salt = f"\0{round_}" if round_ else ""  # round 0: the old slugs
                article.slug = f"{article.slug}-{short_hash(key + salt)}"
    raise AssertionError("slugs still collide after every round")  # pragma: no cover
