"""An unnamed source quoted is searched by the words it is known by: "unnamed:pejabat" finds the
articles quoting an official no one names (not those quoting a named one, nor those that only
mention officials), and the hit marks that source's quote."""

from __future__ import annotations

import pytest
from conftest import hit_ids as ids
from conftest import indexed_corpus

from index import fields
from index.extract import extract_text
from index.search import Searcher

UNNAMED = """Seoul Pantau Peluncuran Rudal

SEOUL - Korea Selatan memantau peluncuran rudal terbaru Korea Utara, Selasa (12/3/2024).

"Kami sedang menganalisis jenis rudal itu bersama Amerika Serikat," kata seorang pejabat senior militer Korea Selatan yang tidak mau disebut namanya.
"""

NAMED = """Menteri Pertahanan Jepang Bertemu Mitranya

TOKYO - Para pejabat kedua negara hadir dalam pertemuan di Tokyo, Rabu (13/3/2024).

"Kerja sama kita makin erat," kata Menteri Pertahanan Jepang Minoru Kihara.
"""

GOVERNMENT = """Latihan Gabungan Diperpanjang

WASHINGTON - Latihan gabungan Amerika Serikat dan Korea Selatan akan diperpanjang, Kamis (14/3/2024).

"Latihannya bakal digelar sampai akhir bulan," kata sumber pemerintah tersebut.
"""


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    _corpus, ix = indexed_corpus(tmp_path_factory, "sources", {
        "unnamed.txt": UNNAMED, "named.txt": NAMED, "government.txt": GOVERNMENT})
    s = Searcher(ix)
    yield s
    s.close()


def test_an_article_lists_the_unnamed_sources_it_quotes_not_the_named_ones():
    assert extract_text(UNNAMED).unnamed_sources() == [
        "seorang pejabat senior militer Korea Selatan"]
    assert extract_text(NAMED).unnamed_sources() == []


@pytest.mark.parametrize("query, expected", [
    ("unnamed:pejabat", ["unnamed"]),
    ("anonim:pemerintah", ["government"]),
    ("unnamed:sumber", ["government"]),
    ("unnamed:militer unnamed:Korea", ["unnamed"]),
    ("pejabat", ["named", "unnamed"]),  # the word anywhere: the named official's article too
])
def test_unnamed_finds_the_articles_quoting_an_unnamed_source(searcher, query, expected):
    assert ids(searcher, query) == expected


def test_the_hit_marks_the_unnamed_sources_quote(searcher):
    hit = searcher.search("unnamed:pejabat").hits[0]
    shown = hit.highlights[0]
    marked = [shown.text[s:e] for s, e in shown.spans]
    assert any(m.startswith("Kami sedang menganalisis") for m in marked), marked


def test_the_help_lists_the_field_with_its_indonesian_name():
    assert "unnamed:/anonim:" in fields.search_help()
