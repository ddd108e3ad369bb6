"""`annotations.jsonld` against the W3C Web Annotation Data Model.

The MUSTs (and the SHOULDs the site follows) of the model, checked on the
collection made from the seeds and from the interop fixture (markup-like
text, repeated sentences and quotes, glued sentences, hostile sidecars); the
selectors against the presented text; and JSON-LD 1.1 expansion with pyld
against a local copy of the W3C context (tests/w3c/anno.jsonld), nothing
fetched.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from annotated_news.build import read_articles
from annotated_news.config import SiteConfig
from annotated_news.export.annotations import (
    CONTEXT_IRI,
    RFC_3236,
    Site,
    annotation_collection,
    reprints,
)
from annotated_news.export.selectors import MAX_AFFIX, Quoter, Reprints
from annotated_news.indexes import Corpus, build_corpus
from annotated_news.model import Article, Span
from annotated_news.presented import Presented, presented

from .conftest import SEEDS

FIXTURE = Path(__file__).parent / "fixtures" / "interop"
W3C_CONTEXT = Path(__file__).parent / "w3c" / "anno.jsonld"
ANNO = "http://www.w3.org/ns/anno.jsonld"
OA = "http://www.w3.org/ns/oa#"
RDF_VALUE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#value"
SITE = Site("https://news.example.org/sub/", "Annotated news")
DATETIME_Z = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
MOTIVATIONS = {
    "assessing",
    "bookmarking",
    "classifying",
    "commenting",
    "describing",
    "editing",
    "highlighting",
    "identifying",
    "linking",
    "moderating",
    "questioning",
    "replying",
    "tagging",
}


def corpus_of(tmp_path: Path, *folders: Path) -> Corpus:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for folder in folders:
        for file in folder.iterdir():
            shutil.copy(file, seeds / file.name)
    articles, _ = read_articles(SiteConfig(seeds_dir=seeds, docs_dir=tmp_path / "d"))
    return build_corpus(articles)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return corpus_of(tmp_path_factory.mktemp("export"), SEEDS, FIXTURE)


@pytest.fixture(scope="module")
def collection(corpus: Corpus) -> dict[str, Any]:
    return json.loads(annotation_collection(corpus, SITE))


def absolute(iri: str) -> bool:
    parts = urlsplit(iri)
    return bool(parts.scheme and parts.netloc)


def test_the_collection_and_its_page(collection: dict[str, Any]) -> None:
    assert collection["@context"][0] == ANNO
    assert collection["type"] == "AnnotationCollection"
    assert collection["id"] == "https://news.example.org/sub/annotations.jsonld"
    assert collection["label"]
    page = collection["first"]
    assert page["type"] == "AnnotationPage"
    assert absolute(page["id"]) and page["id"] != collection["id"]
    assert page["partOf"] == collection["id"]
    assert page["startIndex"] == 0
    assert "next" not in page  # the one page is the last
    assert collection["last"] == page["id"]
    assert collection["total"] == len(page["items"]) > 200


def test_every_annotation_meets_the_musts(collection: dict[str, Any]) -> None:
    items = collection["first"]["items"]
    ids = [i["id"] for i in items]
    assert len(set(ids)) == len(ids)
    kinds = set()
    for item in items:
        kinds.add(item["kind"])
        assert item["type"] == "Annotation"
        assert absolute(item["id"]) and item["id"].startswith(collection["id"] + "#")
        assert item["motivation"] in MOTIVATIONS
        assert DATETIME_Z.match(item["created"])
        assert item["creator"] == {
            "id": "https://news.example.org/sub/",
            "type": "Software",
            "name": "Annotated news",
        }
        target = item["target"]
        assert target["type"] == "SpecificResource"
        source = target["source"]
        assert absolute(source) and source.startswith("https://news.example.org/sub/")
        # The annotation is not its target: its id is not the target's address.
        assert not item["id"].startswith(source)
        quote, fragment = target["selector"]
        assert quote["type"] == "TextQuoteSelector"
        assert isinstance(quote["exact"], str) and quote["exact"]
        assert isinstance(quote["prefix"], str) and isinstance(quote["suffix"], str)
        assert fragment == {
            "type": "FragmentSelector",
            "conformsTo": RFC_3236,
            "value": fragment["value"],
        }
        assert re.fullmatch(r"[a-z]-[a-z0-9-]+", fragment["value"])
        assert item["permalink"] == f"{source}#{fragment['value']}"
        assert item["id"].endswith("/" + fragment["value"])
        [body] = item["body"]
        assert body["type"] == "TextualBody" and isinstance(body["value"], str)
        assert body["format"] == (
            "text/markdown" if item["kind"] == "note" else "text/plain"
        )
        assert body["language"] == "en"
    assert kinds == {
        "figure",
        "quote",
        "date",
        "person",
        "organization",
        "credit",
        "note",
    }


def test_without_a_site_url_links_stay_relative_to_the_collection(
    corpus: Corpus,
) -> None:
    data = json.loads(annotation_collection(corpus))
    assert data["id"] == "annotations.jsonld"
    item = data["first"]["items"][0]
    assert item["target"]["source"].startswith("articles/")
    assert item["permalink"].startswith(item["target"]["source"] + "#")
    assert item["creator"] == {"type": "Software", "name": "annotated-news"}


def test_selectors_are_the_presented_words_and_unambiguous(
    corpus: Corpus, collection: dict[str, Any]
) -> None:
    texts = {a.slug: presented(a).text for a in corpus.articles}
    checked = 0
    for item in collection["first"]["items"]:
        slug = urlsplit(item["target"]["source"]).path.split("/")[-2]
        text = texts[slug]
        quote = item["target"]["selector"][0]
        context = quote["prefix"] + quote["exact"] + quote["suffix"]
        first = text.find(context)
        assert first >= 0 and text.find(context, first + 1) < 0, item["id"]
        assert len(quote["prefix"]) >= min(32, first), item["id"]
        end = first + len(context)
        assert len(quote["suffix"]) >= min(32, len(text) - end + len(quote["suffix"]))
        checked += 1
    assert checked > 200


def test_repeated_sentences_get_contexts_that_tell_them_apart(
    collection: dict[str, Any],
) -> None:
    twice = [
        i["target"]["selector"][0]
        for i in collection["first"]["items"]
        if i["target"]["selector"][0]["exact"] == "3,000 agents"
        and "a-repeats" not in i["id"]
        and "officials-repeat" in i["id"]
    ]
    assert len(twice) == 2
    assert twice[0]["prefix"] + twice[0]["suffix"] != (
        twice[1]["prefix"] + twice[1]["suffix"]
    )


LONG = (
    " date 2025-06-04 Officials describe the plan\n"
    "It starts soon. Officials said that the long-planned program would need "
    "about 3,000 agents from across the country over the coming months and the "
    "years after that. It ends later.\n"
)


def test_a_context_reaches_past_its_sentence(
    annotated: Callable[[str], Article],
) -> None:
    # The page reprints sentences and quotes outside its body (the summary,
    # a derived title): a context inside one sentence could match there too.
    article = annotated(LONG)
    text = presented(article)
    figure = next(f for f in article.figures if "3,000" in article.slice(f.span))
    sentence = next(s for s in article.sentences if s.span.contains(figure.span))
    words = article.slice(sentence.span)
    quote = Quoter(text, reprints(article, text)).selector(figure.span)
    context = quote["prefix"] + quote["exact"] + quote["suffix"]
    assert len(quote["prefix"]) >= 32 and len(quote["suffix"]) >= 32
    assert words not in context and context not in words
    assert context.endswith(" I") or context.startswith(". O")


def test_a_context_grows_until_it_is_unique(
    annotated: Callable[[str], Article],
) -> None:
    line = "The agency said that 3,000 agents would join the effort next week."
    article = annotated(f" date 2025-06-04 A plan\n{line}\n{line}\n{line}\n")
    text = presented(article)
    spans = [f.span for f in article.figures]
    assert len(spans) == 3
    contexts = []
    quoter = Quoter(text, reprints(article, text))
    for span in spans:
        q = quoter.selector(span)
        contexts.append(q["prefix"] + q["exact"] + q["suffix"])
        assert text.text.count(contexts[-1]) == 1
    assert len(set(contexts)) == 3


# JSON-LD 1.1: the scoped context expands as documented, with nothing fetched.


def local_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    if url != ANNO:
        raise AssertionError(f"the test tried to fetch {url}")
    return {
        "contentType": "application/ld+json",
        "contextUrl": None,
        "documentUrl": url,
        "document": json.loads(W3C_CONTEXT.read_text(encoding="utf-8")),
    }


def expand(document: dict[str, Any], **options: Any) -> list[dict[str, Any]]:
    from pyld import jsonld

    result: list[dict[str, Any]] = jsonld.expand(
        document, {"documentLoader": local_loader, **options}
    )
    return result


def test_jsonld_11_expansion_keeps_every_field(collection: dict[str, Any]) -> None:
    page = collection["first"]
    figure = next(i for i in page["items"] if i["kind"] == "figure")
    note = next(i for i in page["items"] if i["kind"] == "note")
    small = {**collection, "first": {**page, "items": [figure, note]}}
    [expanded] = expand(small)
    assert expanded["@id"] == collection["id"]
    assert expanded["@type"] == [
        "http://www.w3.org/ns/activitystreams#OrderedCollection"
    ]
    [first] = expanded["http://www.w3.org/ns/activitystreams#first"]
    [items] = first["http://www.w3.org/ns/activitystreams#items"]
    got_figure, got_note = items["@list"]
    assert got_figure["@type"] == [OA + "Annotation"]
    assert got_figure["@id"] == figure["id"]
    # Extension terms inside the Annotation...
    for term in ("kind", "seed", "value", "unit"):
        assert got_figure[CONTEXT_IRI + term][0]["@value"] == figure[term], term
    assert got_figure[CONTEXT_IRI + "permalink"] == [{"@id": figure["permalink"]}]
    # ... and the Web Annotation meaning of "value" inside its body.
    [body] = got_figure[OA + "hasBody"]
    assert body[RDF_VALUE] == [{"@value": figure["body"][0]["value"]}]
    assert body["http://purl.org/dc/elements/1.1/language"] == [{"@value": "en"}]
    [target] = got_figure[OA + "hasTarget"]
    [source] = target[OA + "hasSource"]
    assert source == {"@id": figure["target"]["source"]}
    quote, fragment = target[OA + "hasSelector"]
    assert quote[OA + "exact"] == [{"@value": figure["target"]["selector"][0]["exact"]}]
    assert fragment["http://purl.org/dc/terms/conformsTo"] == [{"@id": RFC_3236}]
    assert got_note[OA + "motivatedBy"] == [{"@id": OA + "commenting"}]
    assert got_figure["http://purl.org/dc/terms/created"] == [
        {"@value": figure["created"]}
    ]


def test_a_jsonld_10_processor_refuses_the_scoped_context(
    collection: dict[str, Any],
) -> None:
    from pyld.jsonld import JsonLdError

    small = {**collection, "first": {**collection["first"], "items": []}}
    with pytest.raises(JsonLdError):
        expand(small, processingMode="json-ld-1.0")


def test_text_that_repeats_itself_stays_within_the_scanning_budget() -> None:
    # Thousands of identical quotes: unique contexts would grow to the whole
    # text. Contexts stop at MAX_AFFIX a side and the scanning at a budget
    # proportional to the text, so the work stays linear (no timing here:
    # the budget is counted in characters).
    unit = "He said “a” again. "
    words = unit * 20_000
    text = Presented(words, (0,), (len(words),), (0,), ())
    quoter = Quoter(text, Reprints([]))
    start = quoter.budget
    spans = [Span(i * len(unit) + 8, i * len(unit) + 11) for i in range(20_000)]
    contexts = [quoter.selector(s) for s in spans]
    assert 0 <= quoter.budget < start
    assert all(c["exact"] == "“a”" for c in contexts)
    assert max(len(c["prefix"]) for c in contexts) <= MAX_AFFIX
    assert max(len(c["suffix"]) for c in contexts) <= MAX_AFFIX
    # Such text has no unique context short of the whole text: the selectors
    # stay ambiguous and the FragmentSelector names the element.
    assert contexts[0]["prefix"] == "He said "
