"""An edit builds only the pages it reaches, and the site stays exact.

After an edit, an article page, a name's pages or a part (a page of the
timeline, quote or figure listings laid out by the site plan, the home page
or a month of its archive, a name list or one of its A–Z pages) whose
input digest (`render/inputs.py`) did not change keeps its file without its
context being built. Each edit below
reaches other articles' pages in another way; the incremental build's
`docs/` must equal a cold build's byte for byte, and with
`CHECK_INPUTS` set every page kept for its inputs has its context built
anyway and compared with the last one (a missed input is an error).
Small page limits make the timeline, lists and A–Z pages come in parts, so
that an edit can move entries from one part to another.
"""

from __future__ import annotations

import dataclasses as dc
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
import pytest

from annotated_news import build as build_module
from annotated_news.build import CHECK_INPUTS, BuildReport, build, read_articles
from annotated_news.config import PAGE_TEMPLATES, SiteConfig
from annotated_news.indexes import build_corpus, entity_places
from annotated_news.indexes.entities import EntityRecord, NameReason
from annotated_news.indexes.entity_places import EntityPlace
from annotated_news.model import Kind
from annotated_news.render import entity_pages, story_pages
from annotated_news.render import inputs as inputs_module
from annotated_news.render import pages as pages_module
from annotated_news.render.items import Links
from annotated_news.render.paging import Limits
from annotated_news.render.parts import Part

from .test_build import SEEDS, make_seeds, tree

EDITED = "104_variant.txt"
PROBES = Path(__file__).parent / "fixtures" / "probes"


def seeds_in(tmp: Path) -> Path:
    """The repository's seeds and variants (one story) and the probes (another)."""
    seeds = make_seeds(tmp / "seeds")
    for path in PROBES.iterdir():
        shutil.copy(path, seeds / path.name)
    return seeds


@dc.dataclass(frozen=True, slots=True)
class SmallLimits(Limits):
    items: int = 3
    overview: int = 4


@pytest.fixture(autouse=True)
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pages_module, "Limits", SmallLimits)
    monkeypatch.setattr(entity_places, "AZ_ITEMS", 3)
    monkeypatch.setenv(CHECK_INPUTS, "1")


def run(tmp: Path, seeds: Path, name: str, cache: bool = True) -> BuildReport:
    config = SiteConfig(
        seeds_dir=seeds,
        docs_dir=tmp / name,
        cache_dir=tmp / "cache" if cache else None,
    )
    return build(config, jobs=1)


def append(name: str, paragraph: str) -> Callable[[Path], None]:
    def edit(seeds: Path) -> None:
        path = seeds / name
        text = path.read_text(encoding="utf-8").rstrip("\n")
        path.write_text(f"{text}\n\n{paragraph}\n", encoding="utf-8")

    return edit


def replace(old: str, new: str) -> Callable[[Path], None]:
    return replace_in(EDITED, old, new)


def replace_in(name: str, old: str, new: str) -> Callable[[Path], None]:
    def edit(seeds: Path) -> None:
        path = seeds / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return edit


def remove(seeds: Path) -> None:
    (seeds / EDITED).unlink()


def new_story_article(seeds: Path) -> None:
    rest = (seeds / EDITED).read_text(encoding="utf-8").partition("\n")[2]
    (seeds / "150_variant.txt").write_text(
        f" date 2025-05-30 Variant 50 of the operation story\n{rest}",
        encoding="utf-8",
    )


def unrelated(seeds: Path) -> None:
    (seeds / "160_board.txt").write_text(
        " date 2025-05-13 The board met twice\n"
        "The board met on 1 May 2025, on 2 May 2025, on 3 May 2025 and on 4 May 2025.\n",
        encoding="utf-8",
    )


def speaker_named_elsewhere(seeds: Path) -> None:
    # Tricia McLaughlin, quoted in one story, had no page of her own: named
    # in a second article she gets one, and the story page's link to her moves.
    (seeds / "170_board.txt").write_text(
        " date 2025-05-20 The harbour board met\n"
        "Tricia McLaughlin, a spokeswoman, declined to comment on the board.\n",
        encoding="utf-8",
    )


def removed_and_added(seeds: Path) -> None:
    remove(seeds)
    unrelated(seeds)


EDITS: dict[str, Callable[[Path], None]] = {
    "a word of a quote": replace("a source of tension", "a source of friction"),
    # Named in one other article only: the name gets a page of its own,
    # so that article's links to it change.
    "a name that joins another article's": append(
        EDITED, "Karoline Leavitt said on Friday that the plan would go ahead."
    ),
    "a new date that shifts the timeline's parts": append(
        EDITED, "The first such plan was drawn up on 3 March 1999, officials said."
    ),
    "a name that joins, no date": append(
        EDITED, "Karoline Leavitt called the plan necessary."
    ),
    "an unrelated article whose dates shift the timeline's parts": unrelated,
    "a name from another story that joins": append(
        "second.txt", "Karoline Leavitt called the plan necessary."
    ),
    "a word of a shared quote in another story": replace_in(
        "second.txt", "will cost £4 million", "will cost £5 million"
    ),
    "a removed article": remove,
    "a new article in a story": new_story_article,
    "a figure added to a shared group": append(
        "second.txt", "Ana Ruiz said the plan will cost £4 million."
    ),
    "a new quote that moves others to another part": append(
        EDITED, "“We will keep going,” Abigail Jackson said."
    ),
    "a word of a scare quote, same length": replace("“tense”", "“tight”"),
    "a word of a dated sentence, same length": replace("reportedly", "supposedly"),
    "a plain sentence (no listed item)": append(
        EDITED, "The meeting ended without a vote."
    ),
    "a speaker of a story named in another article": speaker_named_elsewhere,
    "a seed removed and one added": removed_and_added,
    # What the articles' name parts carry (`index_parts.py`): titles,
    # organisations' acronyms in brackets, the forms a name is written in.
    "a title given to a name": append(
        EDITED, "Harbour board chair Ana Ruiz said the plan was sound."
    ),
    "an organisation written with its acronym": append(
        EDITED, "The Harbour Safety Authority (HSA) said the works were safe."
    ),
    "a name written another way": append(
        "second.txt", "Ruiz said the harbour would stay open."
    ),
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_an_incremental_build_equals_a_cold_one(
    tmp_path: Path, edit: Callable[[Path], None]
) -> None:
    seeds = seeds_in(tmp_path)
    run(tmp_path, seeds, "docs")
    edit(seeds)
    run(tmp_path, seeds, "docs")
    run(tmp_path, seeds, "cold", cache=False)
    assert tree(tmp_path / "docs") == tree(tmp_path / "cold")


def count_contexts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Article and name pages whose context is built from now on (no checks)."""
    monkeypatch.delenv(CHECK_INPUTS)
    built: list[str] = []
    article_page = pages_module.article_page

    record_pages = pages_module.record_pages

    def counting(*args: Any) -> Any:
        page = article_page(*args)
        built.append(page.path)
        return page

    def counting_records(*args: Any) -> Any:
        pages = list(record_pages(*args))
        built.extend(p.path for p in pages)
        return pages

    monkeypatch.setattr(pages_module, "article_page", counting)
    monkeypatch.setattr(pages_module, "record_pages", counting_records)
    return built


@pytest.mark.parametrize("edited", [True, False], ids=["an edit", "no change"])
def test_only_the_article_pages_an_edit_reaches_build_their_context(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edited: bool
) -> None:
    seeds = seeds_in(tmp_path)
    run(tmp_path, seeds, "docs")
    built = count_contexts(monkeypatch)
    if edited:
        replace_in("second.txt", "move to July", "move to August")(seeds)
    report = run(tmp_path, seeds, "docs")
    if edited:
        # The probes' story and names; none of the ICE story's pages.
        assert "articles/2025-06-05-eastbay-council-delays-the-harbour-vote.md" in built
        assert "people/ana-ruiz.md" in built
        assert not [p for p in built if "operation" in p or "ice" in p]
        assert not [p for p in built if "miller" in p or "trump" in p]
        assert report.rendered
        run(tmp_path, seeds, "cold", cache=False)
        assert tree(tmp_path / "docs") == tree(tmp_path / "cold")
    else:
        assert report.rendered == ()
        assert built == []


LEFT_OUT = {
    # What the digest leaves out -> an edit that only it carries to another page.
    "records": "a name from another story that joins",
    "where": "an unrelated article whose dates shift the timeline's parts",
    "records,statements,echoes,groups,story": "a word of a quote",
}


@pytest.mark.parametrize(("left_out", "edit"), LEFT_OUT.items(), ids=LEFT_OUT.keys())
def test_an_input_left_out_of_the_digest_is_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, left_out: str, edit: str
) -> None:
    """The check above fails when the digest misses an input."""
    seeds = seeds_in(tmp_path)
    if left_out == "where":
        monkeypatch.setattr(
            build_module, "with_reads", lambda base, where, anchors: (base, ())
        )
    else:
        parts = inputs_module.ArticleInputs.parts

        def fewer(self: inputs_module.ArticleInputs, article: Any) -> dict[str, Any]:
            return {
                k: v
                for k, v in parts(self, article).items()
                if k not in left_out.split(",")
            }

        monkeypatch.setattr(inputs_module.ArticleInputs, "parts", fewer)
    run(tmp_path, seeds, "docs")
    EDITS[edit](seeds)
    with pytest.raises(build_module.StaleInputs):
        run(tmp_path, seeds, "docs")


def count_parts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Listing parts whose context is built from now on (no checks)."""
    monkeypatch.delenv(CHECK_INPUTS, raising=False)
    built: list[str] = []
    call = Part.__call__

    def counting(self: Part) -> Any:
        built.append(self.path)
        return call(self)

    monkeypatch.setattr(Part, "__call__", counting)
    return built


REACHED = {
    # An edit -> the listings whose parts it may build (first path segment).
    # The archive lists the edited article (its lede and counts: its key);
    # the home page counts every figure, quote and date.
    # The edited article's story page shows it (by its key): no other story's.
    # So does its month's figure table (every figure of it, as listed).
    "a plain sentence (no listed item)": {"archive", "stories", "figures"},
    "a new date that shifts the timeline's parts": {
        "timeline",
        "figures",
        "archive",
        "index",
        "stories",
    },
    # Ana Ruiz is named once more: her row on the A-Z page counts it.
    "a figure added to a shared group": {
        "figures",
        "archive",
        "index",
        "people",
        "stories",
    },
    # Its sentence has a date and a figure: listed on all three.
    "a word of a scare quote, same length": {
        "quotes",
        "timeline",
        "figures",
        "archive",
        "stories",
    },
}


def listing(path: str) -> str:
    return path.split("/")[0].removesuffix(".md")


@pytest.mark.parametrize(("edit", "reached"), REACHED.items(), ids=REACHED.keys())
def test_only_the_listing_parts_an_edit_reaches_build_their_context(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: str, reached: set[str]
) -> None:
    seeds = seeds_in(tmp_path)
    run(tmp_path, seeds, "docs")
    everything = count_parts(monkeypatch)
    run(tmp_path, seeds, "all", cache=False)
    built = count_parts(monkeypatch)
    EDITS[edit](seeds)
    run(tmp_path, seeds, "docs")
    assert {listing(p) for p in built} == reached
    assert len([p for p in built if p.startswith("stories/")]) == ("stories" in reached)
    if reached:  # some, not all, of the listings' parts
        assert 0 < len(built) < len([p for p in everything if listing(p) in reached])


def test_an_input_left_out_of_a_listing_part_is_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A part's digest without what it shows: the check finds the stale part."""
    seeds = seeds_in(tmp_path)
    part_base = inputs_module.ArticleInputs.part_base
    monkeypatch.setattr(
        inputs_module.ArticleInputs,
        "part_base",
        lambda self, part: (
            inputs_module.digest(part.path)
            if part.path.startswith("figures")
            else part_base(self, part)
        ),
    )
    run(tmp_path, seeds, "docs")
    EDITS["a figure added to a shared group"](seeds)
    with pytest.raises(build_module.StaleInputs, match="figures"):
        run(tmp_path, seeds, "docs")


LEFT_OUT_OF_PAGES = {
    # A corpus-wide page's digest without something it shows -> an edit that
    # only that carries to the page, and the page the check finds stale.
    "the archive's articles by meta only": (
        "a new date that shifts the timeline's parts",
        "archive",
    ),
    "a name's row without its counts": ("a figure added to a shared group", "people"),
    "a story page without its speakers' places": (
        "a speaker of a story named in another article",
        "stories",
    ),
}


@pytest.mark.parametrize(
    ("left_out", "edit_page"), LEFT_OUT_OF_PAGES.items(), ids=LEFT_OUT_OF_PAGES.keys()
)
def test_an_input_left_out_of_a_corpus_wide_page_is_caught(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    left_out: str,
    edit_page: tuple[str, str],
) -> None:
    edit, page = edit_page
    seeds = seeds_in(tmp_path)
    if left_out.startswith("the archive"):
        shows = pages_module._article_shows

        def by_meta(corpus: Any, article: Any) -> Any:
            keyed, story = shows(corpus, article)
            return (keyed.article, story)

        monkeypatch.setattr(pages_module, "_article_shows", by_meta)
    elif left_out.startswith("a story page"):
        shows = story_pages.story_shows

        def no_speakers(corpus: Any, story: Any) -> Any:
            found = shows(corpus, story)
            return (*found[:6], *found[7:])  # found[6]: the speakers

        monkeypatch.setattr(story_pages, "story_shows", no_speakers)
    else:
        row = entity_pages.row_shows
        monkeypatch.setattr(
            entity_pages,
            "row_shows",
            lambda record, path: row(record, path)[:2] + row(record, path)[4:],
        )
    run(tmp_path, seeds, "docs")
    EDITS[edit](seeds)
    with pytest.raises(build_module.StaleInputs, match=page):
        run(tmp_path, seeds, "docs")


def test_a_place_digested_without_its_words_is_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Listed words are read from the article's text: the digest must hold them."""
    seeds = seeds_in(tmp_path)
    fields = inputs_module.place_fields
    monkeypatch.setattr(inputs_module, "place_fields", lambda place: fields(place)[:-2])
    run(tmp_path, seeds, "docs")
    EDITS["a word of a dated sentence, same length"](seeds)
    with pytest.raises(build_module.StaleInputs, match="timeline"):
        run(tmp_path, seeds, "docs")


def test_a_names_pages_digested_without_their_articles_keys_are_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name's pages show its mentions' sentences: its articles' keys hold them."""
    seeds = seeds_in(tmp_path)
    whole = inputs_module.ArticleInputs.record_whole

    def keyless(self: inputs_module.ArticleInputs, record: Any) -> Any:
        *rest, articles = whole(self, record)
        return (*rest, [(seed, slug) for seed, slug, _ in articles])

    monkeypatch.setattr(inputs_module.ArticleInputs, "record_whole", keyless)
    run(tmp_path, seeds, "docs")
    EDITS["a word of a dated sentence, same length"](seeds)
    with pytest.raises(build_module.StaleInputs, match="people/stephen-miller"):
        run(tmp_path, seeds, "docs")


RECORD_CHANGES: dict[str, Callable[[EntityRecord], None]] = {
    # Every field a name's pages digest themselves, changed: the digest changes.
    "key": lambda r: setattr(r, "key", r.key + "-2"),
    "name": lambda r: setattr(r, "name", r.name + " Jr"),
    "kind": lambda r: setattr(
        r, "kind", Kind.PERSON if r.kind is Kind.ORGANIZATION else Kind.ORGANIZATION
    ),
    "names": lambda r: r.names.add("Someone Else"),
    "reason": lambda r: setattr(
        r,
        "reason",
        NameReason.OFFICIAL if r.reason is NameReason.USAGE else NameReason.USAGE,
    ),
    "articles": lambda r: r.articles.clear(),
    "place": lambda r: setattr(r, "place", EntityPlace("people/a.md", "other")),
}


@pytest.mark.parametrize("field", [f.name for f in dc.fields(EntityRecord)], ids=str)
def test_every_field_of_a_name_is_in_its_pages_digest(field: str) -> None:
    """Digested itself (`RECORD_CHANGES`), or given by its articles' keys.

    A field added to `EntityRecord` fails here until `record_whole` says
    how its pages' digest holds it.
    """
    if field in inputs_module.RECORD_GIVEN:
        return
    assert field in RECORD_CHANGES, f"{field}: not in a name's pages' digest"
    corpus = build_corpus(read_articles(SiteConfig(seeds_dir=SEEDS))[0])
    keys = {a.seed: f"key-{a.seed}" for a in corpus.articles}
    inputs = inputs_module.ArticleInputs(corpus, keys, Links(corpus))
    record = max(corpus.entities.records, key=lambda r: len(r.articles))
    before = inputs.record_whole(record)
    RECORD_CHANGES[field](record)
    assert inputs.record_whole(record) != before


def test_an_edit_reads_the_compiled_templates_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = seeds_in(tmp_path)
    run(tmp_path, seeds, "docs")
    assert list((tmp_path / "cache" / "templates").glob("*/*"))  # kept, not pruned
    build_module._env.cache_clear()  # as in a new process
    compiled: list[str] = []
    compile_ = jinja2.Environment.compile

    def counting(self: jinja2.Environment, *args: Any, **kwargs: Any) -> Any:
        compiled.append(str(args[1:2]))
        return compile_(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    EDITS["a word of a quote"](seeds)
    report = run(tmp_path, seeds, "docs")
    assert report.rendered
    assert compiled == []


def test_a_build_reads_each_template_file_once_not_per_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a cache, the environment does not check its templates' files again.

    Its compiled templates' folder is this code's (`build.compiled_folder`;
    the code digest, taken once per process, covers the templates), so
    Jinja's check of each template's modification time at every
    `get_template` (an include and imports: 2.6 a page) is left out.
    """
    seeds = seeds_in(tmp_path)
    templates = PAGE_TEMPLATES.resolve()
    build_module._env.cache_clear()  # as in a new process
    checked: list[str] = []
    getmtime = os.path.getmtime

    def counting(path: Any) -> float:
        if Path(path).parent == templates:
            checked.append(str(path))
        return getmtime(path)

    monkeypatch.setattr(os.path, "getmtime", counting)
    report = run(tmp_path, seeds, "docs")
    assert len(report.rendered) > 2 * len(list(templates.iterdir()))
    assert len(checked) <= len(list(templates.iterdir()))


def count_events(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Slugs of the timeline events made (not read back) from now on."""
    made: list[str] = []
    event_text = build_module.event_text

    def counting(events: Any, site_url: str = "") -> bytes:
        made.append(events[0].article.slug)
        return event_text(events, site_url)

    monkeypatch.setattr(build_module, "event_text", counting)
    return made


def test_an_edit_makes_only_its_articles_timeline_events(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = seeds_in(tmp_path)
    every = count_events(monkeypatch)
    run(tmp_path, seeds, "docs")
    made = count_events(monkeypatch)
    EDITS["a new date that shifts the timeline's parts"](seeds)
    run(tmp_path, seeds, "docs")
    edited = {p.stem for p in (tmp_path / "docs" / "articles").glob("*variant-4*")}
    assert made and set(made) <= edited, made
    assert len(made) < len(every)
    run(tmp_path, seeds, "cold", cache=False)
    assert (tmp_path / "docs/timeline.json").read_bytes() == (
        tmp_path / "cold/timeline.json"
    ).read_bytes()


@pytest.mark.parametrize(
    "edit", ["a word of a dated sentence, same length", "a removed article"]
)
def test_an_event_key_without_the_cache_key_is_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: str
) -> None:
    """Events read back under a key that misses an input: timeline.json differs."""
    seeds = seeds_in(tmp_path)
    key = build_module.event_key
    monkeypatch.setattr(
        build_module, "event_key", lambda k, slug, site, part: key("", "", site, part)
    )
    run(tmp_path, seeds, "docs")
    EDITS[edit](seeds)
    run(tmp_path, seeds, "docs")
    run(tmp_path, seeds, "cold", cache=False)
    assert (tmp_path / "docs/timeline.json").read_bytes() != (
        tmp_path / "cold/timeline.json"
    ).read_bytes()
