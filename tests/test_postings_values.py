"""index.postings_values: the fast postings loop gives Whoosh's own formats' output, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.analysis import StandardAnalyzer
from whoosh.formats import Characters, Positions

from index import store
from index.analysis import exact_analyzer, indonesian_analyzer, inflected_analyzer
from index.extract import extract_articles
from index.postings_values import FastCharacters, FastPositions

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
ANALYZERS = {"stemmed": indonesian_analyzer(), "inflected": inflected_analyzer(), "exact": exact_analyzer()}
PAIRS = [(Characters, FastCharacters), (Positions, FastPositions)]
# words that stem, stop words, names, digits, apostrophes, hyphens, combining marks, other scripts
_PIECES = ["memperkuat", "kekuatan", "kuat", "yang", "dan", "Korea", "Ma'ruf", "Ma’ruf", "AS-Jepang",
           "negara-negara", "2023", "o\u0301", "서울", "Pyongyang,", "(ANTARA)", "—", "\n\n", " ", "  ",
           "di", "menyerang", "serangan", "Jum'at", "\u00e9t\u00e9", "_", "''"]


def outputs(fmt_class, text: str, analyzer, boost: float = 1.0) -> list:
    return list(fmt_class(field_boost=boost).word_values(text, analyzer, mode="index"))


def assert_same(text: str, boost: float = 1.0) -> None:
    for name, analyzer in ANALYZERS.items():
        for plain, fast in PAIRS:
            assert outputs(fast, text, analyzer, boost) == outputs(plain, text, analyzer, boost), (name, plain)


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=40), boost=st.sampled_from([1.0, 1.5, 2.0]))
def test_same_tuples_as_whoosh_on_word_mixes(pieces, boost):
    assert_same(" ".join(pieces), boost)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_same_tuples_as_whoosh_on_any_text(text):
    assert_same(text)


def test_same_tuples_as_whoosh_on_the_real_pages():
    files = sorted(SHARED.glob("realdev*/articles/*.txt"))
    assert len(files) >= 80
    for path in files:
        for article in extract_articles(str(path))[0]:
            for text in (article.title, store.body_text(article), "\n".join(q.text for q in article.quotes)):
                assert_same(text, 2.0)


def test_other_analyzers_and_values_go_whooshs_way():
    text = "The allies met in Seoul; the allies agreed."
    for plain, fast in PAIRS:
        assert outputs(fast, text, StandardAnalyzer()) == outputs(plain, text, StandardAnalyzer())
        assert outputs(fast, ["a", "b", "a"], ANALYZERS["stemmed"]) == outputs(plain, ["a", "b", "a"],
                                                                              ANALYZERS["stemmed"])


@pytest.mark.parametrize("name", ["title", "body", "exact", "quote"])
def test_the_schema_indexes_its_text_fields_with_the_fast_loop(name):
    fmt = store.schema()[name].format
    assert type(fmt) in (FastCharacters, FastPositions)
    assert fmt.field_boost == {"title": 2.0, "exact": 1.5}.get(name, 1.0)
