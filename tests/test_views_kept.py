"""The quote and entity views are computed by the build and kept beside the index, so the
reader opens quotes side by side and the entity browser without reading every article."""

from __future__ import annotations

import shutil

from conftest import SEEDS

from index import views
from index.search import Searcher
from index.store import update_index


def _built(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    ix = tmp_path / "ix"
    update_index([str(corpus)], ix)
    return corpus, ix


def test_the_build_keeps_the_views_of_its_commit_and_they_match_a_fresh_computation(tmp_path):
    corpus, ix = _built(tmp_path)
    searcher = Searcher(ix)
    kept = searcher.kept_views()
    fresh = views.compute(searcher.iter_keyed_articles())
    assert kept is not None
    assert kept[0].rows == fresh[0].rows and kept[0].country_of == fresh[0].country_of
    assert kept[1].stats == fresh[1].stats

    sorted(corpus.glob("*.txt"))[0].unlink()
    update_index([str(corpus)], ix)
    assert searcher.refresh()
    newer = searcher.kept_views()
    assert newer is not None and len({r.key for r in newer[0].rows}) < len({r.key for r in kept[0].rows})
    assert len(list(searcher.live.glob("views-*.pickle"))) == 1  # the older commit's is gone


def test_the_reader_uses_the_kept_views_without_reading_the_articles(tmp_path, monkeypatch):
    from tui.backend import Backend

    _corpus, ix = _built(tmp_path)
    backend = Backend(None, str(ix))
    backend.open()
    monkeypatch.setattr(Searcher, "iter_keyed_articles", lambda self: (_ for _ in ()).throw(AssertionError("read")))
    quotes, entities = backend.views()
    assert quotes.rows and entities.stats


def test_views_of_another_commit_or_unreadable_ones_are_not_used(tmp_path):
    _corpus, ix = _built(tmp_path)
    searcher = Searcher(ix)
    [kept] = searcher.live.glob("views-*.pickle")
    commit = int(kept.stem.split("-")[1])
    assert views.load(searcher.live, commit + 1) is None
    kept.write_bytes(b"garbage")
    assert searcher.kept_views() is None  # the reader then computes them itself


def test_facets_count_from_the_kept_table_without_reading_every_document(tmp_path, monkeypatch):
    corpus, ix = _built(tmp_path)
    reference = Searcher(ix).search("Korea").facets
    assert list(Searcher(ix).live.glob("facets-*.pickle"))
    monkeypatch.setattr(views, "facet_table", lambda reader: (_ for _ in ()).throw(AssertionError("read")))
    assert Searcher(ix).search("Korea").facets == reference


def test_loading_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    import gc

    _corpus, ix = _built(tmp_path)
    searcher = Searcher(ix)
    assert gc.isenabled() and searcher.kept_views() is not None and gc.isenabled()
    gc.disable()
    try:
        assert searcher.kept_views() is not None and not gc.isenabled()
    finally:
        gc.enable()
