"""Matching over the kept postings arrays (index/postings.py, index/fastmatch.py) gives what
Whoosh gives: the same matches, the same totals and facets, the same order, the same
scores, on a generated corpus with deletions; and what the arrays cannot answer, or an
index without them, is matched by Whoosh."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from conftest import SEEDS, load_bench
from whoosh import query as Q
from whoosh.reading import SegmentReader

from index import postings
from index.fastmatch import Unsupported
from index.generations import INDEX_NAME
from index.search import Searcher
from index.store import update_index

QUERIES = [
    "aliansi", "Okinawa", "Korea Utara", "latihan militer", '"aliansi keamanan"', '"Korea Utara"',
    "judul:aliansi", 'judul:"Korea Utara"', "country:Korsel", "negara:Jepang", "person:Mattis", "speaker:Austin",
    "pembicara:Blinken", "date:2023", "date:[2018 to 2023]", "bulan:2023-01", "Okinwa~", "Kish*", "rud?l",
    "aliansi OR Okinawa", "aliansi NOT Okinawa", "aliansi -latihan", "(Korea OR Jepang) AND rudal",
    "kutipan:aliansi", "media:Kompas", "memperkuat", "aliansi date:2023", "kata_yang_tidak_ada",
    "date:[2019-03 to 2021-07]", "Kish*^2", "judul:Kish*^2", 'judul:"Korea Utara"^2', '"Korea Utara"^2', "(aliansi OR Okinawa)^2 rudal",
]
SLOW_ONLY = ['"aliansi keamanan trilateral"', '"Korea Utara"~3', "date:[2019-03-02 to 2021-07-05]", "*"]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    """400 generated articles and the seeds, then a second commit that changes and removes
    some: segments with deleted documents."""
    corpus = tmp_path_factory.mktemp("corpus")
    paths = load_bench().generate_corpus(400, corpus, SEEDS)
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, corpus / seed.name)
    ix = tmp_path_factory.mktemp("ix")
    update_index([str(corpus)], ix)
    for p in paths[:30]:
        p.unlink()
    for p in paths[30:60]:
        p.write_text(p.read_text(encoding="utf-8") + "\nAliansi Okinawa diperkuat lagi.\n", encoding="utf-8")
    report = update_index([str(corpus)], ix)
    assert report.removed == 30 and report.updated == 30
    return ix


@pytest.fixture(scope="module")
def both(index_dir):
    fast, slow = Searcher(index_dir), Searcher(index_dir)
    slow._matching = False  # as an index without the arrays: Whoosh matches
    assert fast._arrays() is not None, "the build kept no arrays"
    yield fast, slow
    fast.close()
    slow.close()


@pytest.mark.parametrize("query", QUERIES)
def test_arrays_match_as_whoosh_does(both, query):
    fast, slow = both
    q = fast.parse(query)[0]
    fast._arrays().run(q)  # answered by the arrays, not handed back to Whoosh
    a, b = fast.search(query, limit=50), slow.search(query, limit=50)
    assert (a.total, a.error) == (b.total, b.error)
    assert sorted(a.matching) == sorted(b.matching)
    assert a.facets == b.facets
    assert [h.key for h in a.hits] == [h.key for h in b.hits], query
    assert [h.score for h in a.hits] == pytest.approx([h.score for h in b.hits], rel=1e-4)
    assert [h.highlights for h in a.hits] == [h.highlights for h in b.hits]


@pytest.mark.parametrize("query", SLOW_ONLY)
def test_what_arrays_cannot_answer_is_matched_by_whoosh(both, query):
    fast, slow = both
    q = fast.parse(query)[0]
    if not isinstance(q, Q.Every):
        with pytest.raises(Unsupported):
            fast._arrays().run(q)
    a, b = fast.search(query, limit=20), slow.search(query, limit=20)
    assert a.total == b.total and [h.key for h in a.hits] == [h.key for h in b.hits]


def test_deleted_documents_are_never_matched(both, index_dir):
    fast, _slow = both
    live = set(fast._searcher.reader().all_doc_ids())
    docs, _scores = fast._arrays().run(Q.Term("body", "aliansi"))
    assert len(docs) and set(docs.tolist()) <= live


def test_an_index_without_arrays_is_searched_by_whoosh(tmp_path):
    ix = tmp_path / "ix"
    update_index([str(SEEDS)], ix)
    kept = list(ix.rglob("postings-*"))
    assert kept, "the build keeps a postings folder per segment"
    expected = Searcher(ix).search("Okinawa").total
    for folder in kept:
        shutil.rmtree(folder)
    s = Searcher(ix)
    assert s._arrays() is None
    assert s.search("Okinawa").total == expected == 1


def test_segments_merged_away_leave_no_arrays(tmp_path):
    corpus = tmp_path / "c"
    shutil.copytree(SEEDS, corpus)
    ix = tmp_path / "ix"
    update_index([str(corpus)], ix)
    for i in range(3):  # each commit a small segment; Whoosh merges small ones
        (corpus / f"new{i}.txt").write_text(f"Judul {i}\n\nJakarta - Aliansi ke-{i} dibahas.\n", encoding="utf-8")
        update_index([str(corpus)], ix)
    s = Searcher(ix)
    reader = s._searcher.reader()
    segments = {sub.segment().segment_id() for sub, _ in reader.leaf_readers()}
    kept = {p.name for p in ix.rglob("postings-*")}
    assert kept == {postings.folder_for(ix, seg).name for seg in segments}
    assert s.search("aliansi").total == 3 + sum(1 for p in SEEDS.glob("*.txt") if "liansi" in p.read_text(encoding="utf-8"))


def test_ties_keep_whoosh_order():
    from index.searcher import _Ranked

    ranked = _Ranked(None, np.array([3, 1, 2]), np.array([1.0, 2.0, 1.0]), depth=10)
    assert [ranked.docnum(i) for i in range(3)] == [1, 2, 3]


def test_a_workers_arrays_are_those_read_back_from_its_segment(tmp_path):
    """A build worker keeps its segment's word pairs from the articles it holds; they are
    exactly what reading the segment's articles back gives."""
    from whoosh import index as wi

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    load_bench().generate_corpus(150, corpus, SEEDS)
    ix = tmp_path / "ix"
    update_index([str(corpus)], ix, jobs=2)  # 150 files: workers, one segment each
    [live] = [p for p in ix.iterdir() if any(p.glob("postings-*"))]
    reader = wi.open_dir(str(live), indexname=INDEX_NAME).reader()
    subs = [sub for sub, _ in reader.leaf_readers()]
    assert len(subs) == 2
    for sub in subs:
        made = postings.folder_for(live, sub.segment().segment_id())
        again = tmp_path / f"again-{sub.segment().segment_id()}"
        postings._write(again, sub)  # the read-back path (an index built before workers kept them)
        names = sorted(p.name for p in made.iterdir())
        assert names == sorted(p.name for p in again.iterdir()) and "keys.npy" in names
        for name in names:
            a, b = np.load(made / name), np.load(again / name)
            assert np.array_equal(a, b, equal_nan=a.dtype.kind == "f"), name


def test_a_worker_past_its_pool_closes_one_segment_and_begins_another(tmp_path, monkeypatch):
    """Before Whoosh's sorting pool would spill to disk, a build worker closes its segment
    and begins another: more segments, every article still found as by one segment."""
    from index import store

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    load_bench().generate_corpus(120, corpus, SEEDS)
    one, many = tmp_path / "one", tmp_path / "many"
    update_index([str(corpus)], one, jobs=2)
    monkeypatch.setattr(store, "POOL_MB", 1)  # the workers are told it with each batch
    report = update_index([str(corpus)], many, jobs=2)
    assert report.added == 120 and not report.skipped
    found, segments = [], []
    for ix in (one, many):
        s = Searcher(ix)
        segments.append(len(s._searcher.reader().leaf_readers()))
        assert s._arrays() is not None, "every segment keeps its arrays"
        found.append({q: (s.search(q).total, [h.key for h in s.search(q, limit=20).hits])
                      for q in ("aliansi", '"Korea Utara"', "person:Mattis")})
        s.close()
    assert segments[0] == 2 and segments[1] > 2
    assert found[1] == found[0] and found[0]["aliansi"][0] > 0


def test_a_workers_segment_is_the_segment_whoosh_writes(tmp_path):
    """The build's worker writer reads each new document's field lengths once, not once per
    posting (store._new_segment): every term's statistics and postings are still Whoosh's."""
    from whoosh import index as wi
    from whoosh.writing import SegmentWriter

    from index import store
    from index.extract import extract_articles

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    articles = [a for p in load_bench().generate_corpus(60, corpus, SEEDS) for a in extract_articles(p)[0]]
    seen = []
    for make in (lambda ix: SegmentWriter(ix, _lk=False), lambda ix: store._new_segment(ix, 64)):
        folder = tmp_path / f"ix{len(seen)}"
        folder.mkdir()
        ix = wi.create_in(str(folder), store.schema(), indexname=INDEX_NAME)
        writer = make(ix)
        for i, article in enumerate(articles):
            writer.add_document(**store.document(article, str(i), ("x", 0, "h")))
        segment = writer._finalize_segment()
        sub = SegmentReader(ix.storage, ix.schema, segment)
        terms = {}
        for (name, text), info in sub._terms.items():
            m = sub.postings(name, text)
            terms[name, text] = (info.min_length(), info.max_length(), info.max_weight(), info.doc_frequency(),
                                 list(m.all_ids()))
        seen.append(terms)
        sub.close()
    assert seen[0] == seen[1] and len(seen[0]) > 1000
    assert any(lo != hi for lo, hi, *_rest in seen[0].values()), "lengths that differ, so a wrong one would show"


@pytest.mark.parametrize("fieldname,term", [("body", "aliansi"), ("body", "korea"), ("title", "aliansi"),
                                            ("body", "okinawa"), ("title", "korea")])
def test_highlights_found_again_in_the_text_are_the_offsets_the_postings_hold(both, fieldname, term):
    """Highlighting analyses a shown hit's title and body again instead of walking the
    postings to it: for every document holding the word, the same character offsets."""
    fast, _slow = both
    reader = fast._searcher.reader()
    m = reader.postings(fieldname, term)
    checked = 0
    while m.is_active():
        stored = sorted({(sc, ec) for _pos, sc, ec in m.value_as("characters")})
        assert fast._char_spans(fast.article(m.id()), fieldname, [term]) == stored
        checked += 1
        m.next()
    assert checked > 5


@pytest.mark.parametrize("term", ["latihan", "memperkuat", "kerja", "kata_yang_tidak_ada"])
def test_which_hits_hold_an_exact_word_is_the_same_from_the_arrays(both, term):
    fast, slow = both
    docnums = list(range(0, fast._searcher.reader().doc_count_all(), 3))
    assert fast._holding("exact", term, docnums) == slow._holding("exact", term, docnums)
    if term == "latihan":
        assert fast._holding("exact", term, docnums), "a word most articles hold"
