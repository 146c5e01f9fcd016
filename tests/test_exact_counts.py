"""Counts you can trust: every total exact against a brute-force count over the corpus, every
hit reachable page by page, facets counted over every match, three sort orders."""

from __future__ import annotations

import re

import pytest
from conftest import SEEDS, load_bench

from index.search import Searcher
from index.store import update_index


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    load_bench().generate_corpus(400, folder, SEEDS)
    ix = tmp_path_factory.mktemp("ix")
    update_index([str(folder)], ix)
    s = Searcher(ix)
    articles = {a.id: a for _key, a in s.iter_keyed_articles()}  # what was indexed, read back whole
    assert len(articles) == 400
    yield s, articles
    s.close()


def _says(article, word: str) -> bool:
    text = article.title + "\n" + "\n".join(article.paragraphs)
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


def _year(article) -> int | None:
    return int(article.date[:4]) if article.date else None


BRUTE = {
    "Kishida date:2023": lambda a: _says(a, "Kishida") and _year(a) == 2023,
    "Kishida date:[2020 to 2024]": lambda a: _says(a, "Kishida") and _year(a) is not None and 2020 <= _year(a) <= 2024,
    "Blinken": lambda a: _says(a, "Blinken"),
    "date:2019": lambda a: _year(a) == 2019,
    "": lambda a: True,
}


@pytest.mark.parametrize("query", list(BRUTE))
def test_totals_are_exact(corpus, query):
    searcher, articles = corpus
    expected = sum(1 for a in articles.values() if BRUTE[query](a))
    res = searcher.search(query, limit=20)
    assert res.total == expected and res.exact
    assert len(res.hits) == min(20, expected)


def test_every_hit_is_reachable_page_by_page_past_two_hundred(corpus):
    searcher, articles = corpus
    first = searcher.search("", limit=50)
    assert first.total == len(articles) > 200
    seen: list[str] = []
    for offset in range(0, first.total, 50):
        page = searcher.search("", limit=50, offset=offset)
        assert page.offset == offset and page.total == first.total
        seen += [h.id for h in page.hits]
    assert len(seen) == len(set(seen)) == len(articles)


def test_pages_of_a_ranked_query_join_up_without_gaps_or_repeats(corpus):
    searcher, _ = corpus
    whole = [h.id for h in searcher.search("Korea Utara", limit=300).hits]
    paged = [h.id for off in range(0, 300, 20) for h in searcher.search("Korea Utara", limit=20, offset=off).hits]
    assert paged == whole


def test_facets_count_every_match_not_the_first_page(corpus):
    searcher, articles = corpus
    res = searcher.search("Blinken", limit=5)
    matching = [a for a in articles.values() if _says(a, "Blinken")]
    years: dict[str, int] = {}
    for a in matching:
        if a.date:
            years[a.date[:4]] = years.get(a.date[:4], 0) + 1
    assert res.facets["year"] == dict(sorted(years.items(), key=lambda kv: (-kv[1], kv[0])))
    assert sum(res.facets["year"].values()) > len(res.hits)


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_sorted_by_date_with_undated_last(corpus, sort):
    searcher, _ = corpus
    dates = [h.date for h in searcher.search("Korea", limit=500, sort=sort).hits]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=(sort == "newest"))
    assert dates[: len(dated)] == dated  # the undated come after every dated one


def test_an_unknown_sort_is_refused(corpus):
    searcher, _ = corpus
    with pytest.raises(ValueError, match="unknown sort"):
        searcher.search("Korea", sort="random")


def test_the_timeline_counts_every_match_by_month_with_empty_months(corpus):
    from index.search import timeline

    searcher, articles = corpus
    res = searcher.search("Kishida", limit=5)
    months: dict[str, int] = {}
    for a in articles.values():
        if a.date and _says(a, "Kishida"):
            months[a.date[:7]] = months.get(a.date[:7], 0) + 1
    line = timeline(res.facets)
    assert {m: n for m, n in line if n} == months
    assert [m for m, _ in line] == sorted(m for m, _ in line) and len(line) > len(months)  # gaps kept


def test_results_know_the_keys_of_every_match(corpus):
    searcher, articles = corpus
    res = searcher.search("Blinken", limit=3)
    keys = searcher.keys_for(res.matching)
    assert len(keys) == res.total == sum(1 for a in articles.values() if _says(a, "Blinken"))
