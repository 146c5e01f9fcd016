"""One story, many outlets: a wire story republished with small edits is one search
result, "also in" the other outlets, a key lists the copies, and quotes side by side
counts each quote once with its outlets. The three versions below are written here."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import SEEDS, run_cli

from index import stories
from index.search import Searcher

STORY = """{title}

TOKYO, {outlet} - Jepang dan Korea Selatan sepakat memperkuat kerja sama keamanan trilateral dengan Amerika
Serikat untuk menghadapi ancaman rudal Korea Utara, kata pejabat kedua negara pada Kamis (16/3/2023).

"Kami akan berbagi data peringatan rudal secara waktu nyata," kata Perdana Menteri Jepang Fumio Kishida dalam
konferensi pers bersama Presiden Korea Selatan Yoon Suk Yeol di Tokyo.

Yoon mengatakan kunjungannya menandai babak baru hubungan kedua negara setelah bertahun-tahun tegang akibat
sengketa sejarah masa perang.

Kedua pemimpin juga membahas rantai pasok semikonduktor dan pemulihan status mitra dagang terpercaya{extra}.
"""
VERSIONS = (
    ("kabar_a", "Kabar Satu", "Jepang dan Korsel Perkuat Kerja Sama Keamanan", ""),
    ("warta_b", "Warta Dua", "Kishida dan Yoon Sepakat Berbagi Data Rudal", ", menurut laporan Warta Dua"),
    ("harian_c", "Harian Tiga", "Jepang-Korsel Sepakati Babak Baru Hubungan", " antara kedua negara"),
)
OUTLETS = {outlet for _n, outlet, _t, _e in VERSIONS}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("stories")
    # readable by others, as a shared corpus is: whether the index is one others can read
    # then never changes what goes in (another test may open the temporary folders to others)
    corpus.chmod(0o755)
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, corpus)
    for name, outlet, title, extra in VERSIONS:
        (corpus / f"{name}.txt").write_text(STORY.format(title=title, outlet=outlet, extra=extra), encoding="utf-8")
    ix = corpus.parent / (corpus.name + "-ix")
    proc = run_cli("index", str(corpus), "--index-dir", str(ix))  # as an admin would, in a process of its own
    assert proc.returncode == 0 and "8 added" in proc.stderr + proc.stdout, proc.stdout + proc.stderr
    return ix


def test_one_story_in_three_outlets_is_one_result_also_in_the_two_others(index_dir):
    s = Searcher(index_dir)
    try:
        res = s.search("Kishida rudal")
        assert res.articles >= 3, res
        [hit] = [h for h in res.hits if h.outlet in OUTLETS]
        assert {v.outlet for v in hit.also} | {hit.outlet} == OUTLETS and len(hit.also) == 2
        assert (res.total, res.articles) == (len(res.hits), len(res.hits) + 2)
        every = s.search("Kishida rudal", fold=False)
        assert every.total == res.articles and sum(h.outlet in OUTLETS for h in every.hits) == 3
        assert res.facets["outlet"] == every.facets["outlet"]  # facets count every outlet's article
    finally:
        s.close()


def test_the_cli_says_also_in_and_counts_articles_beside_stories(index_dir):
    proc = run_cli("search", "--index-dir", str(index_dir), "--json", "Kishida", "rudal")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    [hit] = [h for h in out["hits"] if h["outlet"] in OUTLETS]
    assert len(hit["also"]) == 2 and {a["outlet"] for a in hit["also"]} == OUTLETS - {hit["outlet"]}
    assert out["articles"] == out["total"] + 2
    text = run_cli("search", "--index-dir", str(index_dir), "Kishida", "rudal").stdout
    assert "also in: " in text
    every = run_cli("search", "--index-dir", str(index_dir), "--every-copy", "Kishida", "rudal").stdout
    assert "also in" not in every and sum(outlet in every for outlet in OUTLETS) == 3


def test_a_quote_every_copy_repeats_is_counted_once_with_its_outlets(index_dir):
    proc = run_cli("quotes", "--index-dir", str(index_dir), "--speaker", "Kishida", "--json")
    assert proc.returncode == 0, proc.stderr
    rows = [r for r in json.loads(proc.stdout) if r["text"].startswith("Kami akan berbagi data")]
    assert len(rows) == 1
    assert {rows[0]["outlet"], *rows[0]["also_in"]} == OUTLETS


def test_paging_past_folded_copies_reaches_every_story(index_dir):
    s = Searcher(index_dir)
    try:
        whole = s.search("Korea", limit=50)
        paged = [h.key for offset in range(0, whole.total, 2) for h in s.search("Korea", limit=2, offset=offset).hits]
        assert paged == [h.key for h in whole.hits] and len(paged) == whole.total
    finally:
        s.close()


async def test_v_lists_the_copies_under_their_story_and_folds_them_again(index_dir):
    from conftest import ready, wait_until

    from tui.app import make_app
    from tui.widgets.results import ResultsList

    app = make_app(index_dir=str(index_dir), locale="en")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        screen.query_one("#search").value = "Kishida rudal"
        await pilot.press("enter")
        results = screen.query_one("#results", ResultsList)
        await wait_until(pilot, lambda: any(h.outlet in OUTLETS for h in results.hits))
        story = next(i for i, h in enumerate(results.rows) if h.outlet in OUTLETS)
        results.focus()
        results.highlighted = story
        before = len(results.rows)
        await pilot.press("v")
        assert len(results.rows) == before + 2
        assert {h.outlet for h in results.rows[story:story + 3]} == OUTLETS
        assert results.current_hit is results.rows[story]
        await pilot.press("j", "v")  # on a copy: folds its story
        assert len(results.rows) == before and results.current_hit is results.rows[story]


def test_grouping_copies_and_leaving_unrelated_texts_alone():
    base = STORY.format(title="Judul", outlet="Satu", extra="").split("\n\n")
    edited = [p.replace("sepakat", "setuju") for p in base]
    other = ["Latihan militer gabungan Amerika Serikat dan Filipina dimulai di Luzon utara pada Senin pagi "
             "dengan melibatkan ribuan tentara, kapal perang dan pesawat tempur dari kedua negara sekutu itu."]
    signatures = {7: stories.signature(base), 3: stories.signature(edited), 5: stories.signature(other)}
    assert stories.group(signatures) == {3: 3, 7: 3}  # the lowest docnum names the story
    assert stories.signature(["terlalu pendek untuk dicocokkan"]) is None
    many = {d: stories.signature(base) for d in range(300)}
    assert set(stories.group(many).values()) == {0}
