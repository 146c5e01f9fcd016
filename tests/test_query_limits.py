"""Every query has a bounded cost: length, words, wildcards, suggestions, time; and it can be cancelled."""

from __future__ import annotations

import random
import time

import pytest
from conftest import SEEDS, cpu_seconds, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index import query_limits as L
from index.query_limits import BoundedCollector, SearchCancelled, TimeLimit, bound_query
from index.search import Searcher
from index.store import update_index


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    d = tmp_path_factory.mktemp("ix")
    update_index([str(SEEDS)], d)
    s = Searcher(d)
    yield s
    s.close()


def nonsense(n_words: int, length: int = 7, seed: int = 1) -> str:
    rnd = random.Random(seed)
    return " ".join("".join(rnd.choice("aeioukmnst") for _ in range(length)) for _ in range(n_words))


def test_a_long_query_is_cut_with_a_note(searcher):
    res = searcher.search("Okinawa " + nonsense(300))
    assert "the query was cut to its first 256 characters" in res.error
    assert f"only the first {L.MAX_WORDS} words were searched" in res.error


def test_a_word_of_a_thousand_letters_is_cut(searcher):
    res = searcher.search(nonsense(1, 1000))
    assert "a word longer than 40 letters was cut" in res.error
    assert res.total == 0


def test_a_bare_wildcard_lists_the_articles_with_a_note(searcher):
    res = searcher.search("*")
    assert res.total == 5 and "* and ? need 2 letters before them" in res.error
    assert searcher.search("Oki*").total >= 1 and searcher.search("Oki*").error is None


def test_suggestions_are_asked_for_a_few_words_only(searcher, monkeypatch):
    asked: list[str] = []
    real = searcher._searcher.suggest
    monkeypatch.setattr(searcher._searcher, "suggest", lambda f, w, **k: asked.append(w) or real(f, w, **k))
    res = searcher.search("Okinwa " + nonsense(12))
    assert len(asked) == L.SUGGEST_WORDS and asked[0] == "okinwa"
    assert res.suggestion is None  # "okinawa" with twelve nonsense words still finds nothing


def test_the_cost_of_a_query_does_not_grow_with_what_is_pasted(searcher):
    small = cpu_seconds(searcher.search, nonsense(L.MAX_WORDS))
    huge = cpu_seconds(searcher.search, nonsense(400))
    assert huge < 3 * max(small, 0.005), (small, huge)
    word = cpu_seconds(searcher.search, nonsense(1, 100_000))
    assert word < 3 * max(small, 0.005), (small, word)


def test_a_search_cancelled_before_it_starts_raises(searcher):
    with pytest.raises(SearchCancelled):
        searcher.search("Okinawa", cancelled=lambda: True)
    assert searcher.search("Okinawa", cancelled=lambda: False).total == 1


class _SlowChild:
    """A collector child whose matches come slowly (a matcher walking a huge posting list)."""

    def __init__(self):
        self.collected = 0
        self.offset = 0  # the segment's first document number

    def prepare(self, *a):
        pass

    def matches(self):
        for n in range(1000):
            time.sleep(0.002)
            yield n

    def collect(self, n):
        self.collected += 1

    def finish(self):
        pass


def test_the_matcher_stops_at_its_time_budget_with_what_it_found():
    child = _SlowChild()
    bounded = BoundedCollector(child, seconds=0.05)
    bounded.prepare(None, None, None)
    with pytest.raises(TimeLimit):
        bounded.collect_matches()
    bounded.finish()
    assert 0 < child.collected < 1000
    assert bounded.matched == list(range(child.collected))  # what was seen is kept


def test_the_matcher_stops_when_cancelled():
    child = _SlowChild()
    flag = {"stop": False}
    bounded = BoundedCollector(child, seconds=60, cancelled=lambda: flag["stop"])
    bounded.prepare(None, None, None)
    flag["stop"] = True
    with pytest.raises(TimeLimit):
        bounded.collect_matches()
    bounded.finish()
    assert child.collected == 0


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=2000))
def test_any_query_is_bounded_and_printable(query):
    text, notes = bound_query(query)
    assert len(text) <= L.MAX_CHARS and len(text.split()) <= L.MAX_WORDS
    assert all(len(w) <= L.MAX_WORD_CHARS for w in text.split())
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in text)
    assert all("\n" not in n for n in notes)


def test_the_cli_search_says_what_it_cut(tmp_path):
    proc = run_cli("search", "Okinawa " + nonsense(50), "--index-dir", str(tmp_path / "ix"), "--corpus", str(SEEDS))
    assert proc.returncode == 0, proc.stderr
    assert "note: the query was cut" in proc.stdout or "note: only the first" in proc.stdout


def test_a_wildcard_reaching_too_many_words_is_searched_with_a_note(tmp_path):
    """`sandi0??` stands for 100 words here; it is searched as its first MAX_EXPANSION,
    and the note says so: a count that silently left words out would mislead."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    codes = " ".join(f"sandi{n:03d}" for n in range(100))
    (corpus / "kode.txt").write_text(
        "Daftar sandi latihan gabungan\n\nJAKARTA - Markas besar merilis daftar sandi latihan "
        f"gabungan pada Senin (2/6/2025). Daftarnya memuat {codes}.\n", encoding="utf-8")
    for n in range(3):
        (corpus / f"lain{n}.txt").write_text(
            f"Kapal patroli ke-{n} berlayar\n\nJAKARTA - Kapal itu membawa sandi{n:03d} dan "
            "kembali ke pangkalan pada Selasa (3/6/2025).\n", encoding="utf-8")
    update_index([str(corpus)], tmp_path / "ix", jobs=1)
    s = Searcher(tmp_path / "ix")
    try:
        res = s.search("sandi0??")
        assert res.error == f"sandi0?? reaches more than {L.MAX_EXPANSION} words: the rest were not searched"
        assert res.total == 4  # the list and the three that carry one of the first words
        narrow = s.search("sandi00?")
        assert narrow.error is None and narrow.total == 4
    finally:
        s.close()


QUERY_CHARS = st.sampled_from(list("aeiouknst*?~\"()-:^ ") + ["OR", "AND", "NOT", "Okinawa", "judul:", "date:", "[", "]", " to "])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.one_of(st.text(max_size=2000), st.lists(QUERY_CHARS, max_size=400).map("".join)))
def test_no_query_exceeds_the_time_budget(searcher, query):
    """Arbitrary text and query-syntax soup: each search (with its suggestion) costs less
    CPU than the budget a search has, whatever was typed or pasted."""
    spent = cpu_seconds(lambda: searcher.search(query, limit=20), repeat=1)
    assert spent < L.SEARCH_SECONDS, f"{spent:.2f} s of CPU for {query[:80]!r}"
