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
    kept = {kind: searcher.kept_view(kind) for kind in ("quotes", "entities")}
    fresh = views.compute(searcher.iter_keyed_articles())
    assert None not in kept.values()
    assert kept["quotes"].rows == fresh["quotes"].rows and kept["quotes"].country_of == fresh["quotes"].country_of
    assert kept["entities"].stats == fresh["entities"].stats
    assert kept["entities"].by_article == fresh["entities"].by_article

    sorted(corpus.glob("*.txt"))[0].unlink()
    update_index([str(corpus)], ix)
    assert searcher.refresh()
    newer = searcher.kept_view("quotes")
    assert newer is not None and len({r.key for r in newer.rows}) < len({r.key for r in kept["quotes"].rows})
    for kind in views.KINDS:  # the older commit's are gone
        assert len(list(searcher.live.glob(f"{kind}-*.pickle"))) == 1, kind


def test_the_reader_uses_the_kept_views_without_reading_the_articles(tmp_path, monkeypatch):
    from tui.backend import Backend

    _corpus, ix = _built(tmp_path)
    backend = Backend(None, str(ix))
    backend.open()
    monkeypatch.setattr(Searcher, "iter_keyed_articles", lambda self: (_ for _ in ()).throw(AssertionError("read")))
    assert backend.views("quotes").rows and backend.views("entities").stats


def test_views_of_another_commit_or_unreadable_ones_are_not_used(tmp_path):
    _corpus, ix = _built(tmp_path)
    searcher = Searcher(ix)
    [kept] = searcher.live.glob("quotes-*.pickle")
    commit = int(kept.stem.split("-")[1])
    assert views.load(searcher.live, commit, "quotes") is not None
    assert views.load(searcher.live, commit + 1, "quotes") is None
    kept.write_bytes(b"garbage")
    assert searcher.kept_view("quotes") is None  # the reader then computes it itself
    assert searcher.kept_view("entities") is not None


def test_a_view_kept_in_a_shared_pickle_is_smaller_than_one_per_row(tmp_path):
    """Equal strings and entity keys are one object across rows, so a kept view pickles
    each once (what makes opening quotes side by side fast at 20,000 articles)."""
    import pickle

    _corpus, ix = _built(tmp_path)
    searcher = Searcher(ix)
    quotes = searcher.kept_view("quotes")
    speakers = [r.speaker for r in quotes.rows if r.speaker]
    assert len({id(s) for s in speakers}) == len(set(speakers)) < len(speakers)
    entities = searcher.kept_view("entities")
    keys = [k for ks in entities.by_article.values() for k in ks]
    assert len({id(k) for k in keys}) == len(set(keys)) < len(keys)
    copied = pickle.loads(pickle.dumps(quotes))  # survives the round trip
    assert copied.rows == quotes.rows


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
    assert gc.isenabled() and searcher.kept_view("quotes") is not None and gc.isenabled()
    gc.disable()
    try:
        assert searcher.kept_view("quotes") is not None and not gc.isenabled()
    finally:
        gc.enable()


def test_a_first_build_joins_the_views_its_workers_gathered(tmp_path, monkeypatch):
    """A first build's workers gather each segment's share of the views from the articles
    they hold; joined, the shares are what computing from every article gives."""
    from conftest import load_bench

    from index import store

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    load_bench().generate_corpus(140, corpus, SEEDS)
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, corpus / seed.name)
    compute = views.compute
    monkeypatch.setattr(views, "compute", lambda *a, **k: (_ for _ in ()).throw(AssertionError("read back")))
    monkeypatch.setattr(store, "POOL_MB", 1)  # several segments a worker: several shares
    ix = tmp_path / "ix"
    update_index([str(corpus)], ix, jobs=2)
    searcher = Searcher(ix)
    assert len(searcher._searcher.reader().leaf_readers()) > 2
    kept = {kind: searcher.kept_view(kind) for kind in ("quotes", "entities")}
    fresh = compute(searcher.iter_keyed_articles())
    assert kept["quotes"].rows and kept["entities"].stats
    assert kept == fresh
    assert list(kept["entities"].stats) == list(fresh["entities"].stats)  # in the order first seen
    assert list(kept["quotes"].country_of.items()) == list(fresh["quotes"].country_of.items())


def test_an_update_reads_the_views_back_from_every_article(tmp_path):
    """An update's commit holds documents no worker of it made: the views come from them all."""
    corpus, ix = _built(tmp_path)
    (corpus / "baru.txt").write_text("Judul Baru\n\nJakarta - “Aliansi tetap kuat,” kata Lloyd Austin.\n",
                                     encoding="utf-8")
    update_index([str(corpus)], ix)
    searcher = Searcher(ix)
    assert searcher.kept_view("quotes") == views.compute(searcher.iter_keyed_articles())["quotes"]


def test_after_a_rebuild_removes_the_open_generation_views_and_articles_come_from_the_live_one(tmp_path, monkeypatch):
    """A rebuild swaps in a new generation and removes the open one. Views, and articles
    asked for by a hit's old number, must come from the new generation: never computed
    from the removed one's articles, never the article that number now names."""
    from tui.backend import Backend

    corpus, ix = _built(tmp_path)
    backend = Backend(None, str(ix))
    backend.open()
    old = backend.search("Okinawa", limit=5)
    [hit] = old.hits
    first = sorted(corpus.glob("*.txt"))[0]
    first.rename(corpus / "zz_last.txt")  # the rebuild numbers the articles anew
    update_index([str(corpus)], ix, rebuild=True)
    monkeypatch.setattr(Searcher, "iter_keyed_articles", lambda self: (_ for _ in ()).throw(AssertionError("read")))
    assert backend.views("quotes").rows  # the new generation's kept view, not a computation
    docnum, article = backend.article_of(hit.docnum, hit.id, hit.key)
    assert article is not None and article.id == hit.id and backend.opened_generation == backend.generation_on_disk()
    assert backend.article_for_key(hit.key).id == hit.id


def test_a_news_outlet_reporting_is_no_countrys_side_but_a_states_mouthpiece_is():
    """heldout56's walk (fi13): quotes credited to Al Jazeera made a "Qatar" side in quotes side by side; Reuters
    would have been Britain's. KCNA speaks for North Korea and stays its side."""
    from index.corpus import QuoteCorpus
    from index.extract import extract_text

    text = ("Korut Kecam Latihan\n\n“Kapal induk itu tiba di Busan untuk latihan gabungan,” lapor Al Jazeera.\n\n"
            "“Latihan itu adalah persiapan perang,” kata KCNA dalam pernyataannya.\n\n"
            "“Kami akan terus memantau situasi,” kata Reuters mengutip seorang pejabat.\n")
    corpus = QuoteCorpus.build([("a", extract_text(text))])
    assert dict(corpus.country_counts()) == {"Korea Utara": 1}
