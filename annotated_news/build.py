"""Run the stages in order: read, parse, annotate, index, render, write."""

from __future__ import annotations

import dataclasses as dc
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .annotators import annotate
from .config import SiteConfig
from .errors import SeedError, SeedErrors
from .export.annotations import annotation_collection
from .export.timeline_json import timeline_json
from .indexes import Corpus, build_corpus
from .model import Article
from .parse.article import disambiguate_slugs, parse_article
from .reader import list_seeds, read_seed
from .render.env import make_env, render_page
from .render.pages import build_pages
from .writer import WriteReport, write_tree

Progress = Callable[[Iterable[Path], int, str], Iterator[Path]]
"""Wraps the iteration over seed files to show progress (a tqdm bar)."""


def no_progress(items: Iterable[Path], total: int, label: str) -> Iterator[Path]:
    """Iterate without showing progress."""
    del total, label
    yield from items


@dc.dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build did, for the summary line."""

    articles: int
    annotations: dict[str, int]
    warnings: tuple[str, ...]
    write: WriteReport
    seconds: float

    def summary(self) -> str:
        """One line: articles, annotations by kind, warnings, files, seconds."""
        kinds = ", ".join(f"{n} {k}" for k, n in self.annotations.items())
        return (
            f"built {self.articles} articles ({kinds}); "
            f"{len(self.warnings)} warnings; {len(self.write.written)} files written, "
            f"{len(self.write.unchanged)} unchanged, {len(self.write.removed)} removed; "
            f"{self.seconds:.2f} s"
        )


def read_articles(config: SiteConfig, progress: Progress = no_progress
                  ) -> tuple[list[Article], list[str]]:
    """Read, parse and annotate every seed; report every bad seed at once.

    Raises:
        SeedErrors: one entry per seed that cannot be published.
    """
    paths = list_seeds(config.seeds_dir)
    errors: list[SeedError] = []
    warnings: list[str] = []

    def one(path: Path) -> Article | None:
        try:
            raw = read_seed(path)
            warnings.extend(raw.warnings)
            return annotate(parse_article(raw))
        except SeedError as err:
            errors.append(err)
            return None
        except SeedErrors as err:  # several problems in one seed (notes)
            errors.extend(err.errors)
            return None

    articles = [a for a in map(one, progress(paths, len(paths), "annotate"))
                if a is not None]
    if errors:
        raise SeedErrors(errors)
    disambiguate_slugs(articles)
    return articles, warnings


def render_files(corpus: Corpus, config: SiteConfig) -> dict[str, str]:
    """Render every page and export of the site."""
    env = make_env(config.templates_dir)
    files = {page.path: render_page(env, page) for page in build_pages(corpus)}
    files["annotations.jsonld"] = annotation_collection(corpus)
    files["timeline.json"] = timeline_json(corpus)
    return files


def count_annotations(articles: list[Article]) -> dict[str, int]:
    """Annotations of all articles by kind."""
    counter: Counter[str] = Counter()
    for article in articles:
        for item in article.annotations():
            counter[item.kind.value] += 1
    return {k: counter[k] for k in ("figure", "quote", "date", "person", "organization")}


def build(config: SiteConfig, progress: Progress = no_progress) -> BuildReport:
    """Build `config.docs_dir` from `config.seeds_dir`.

    Raises:
        SiteError: for bad options or seeds; `docs_dir` is then left as it was.
    """
    started = time.perf_counter()
    config.validate()
    articles, warnings = read_articles(config, progress)
    corpus = build_corpus(articles)
    files = render_files(corpus, config)
    report = write_tree(files, config.docs_dir)
    return BuildReport(
        articles=len(articles),
        annotations=count_annotations(articles),
        warnings=tuple(warnings),
        write=report,
        seconds=time.perf_counter() - started,
    )
