"""A rebuild (a schema change, `index --rebuild`) reuses what the same extraction code
made of the same file content, by content hash, instead of extracting it again; a file
that changed, or a change of the extraction code, is extracted afresh."""

from __future__ import annotations

import shutil

from conftest import SEEDS

from index import extract, fingerprint, store
from index.search import Searcher
from index.store import update_index


def _counting(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = extract.extract_articles

    def counted(path, *args, **kwargs):
        calls.append(str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(extract, "extract_articles", counted)
    return calls


def _titles(ix) -> dict[str, str]:
    s = Searcher(ix)
    try:
        return {h.id: h.title for h in s.search("", limit=50, fold=False).hits}
    finally:
        s.close()


def test_a_rebuild_extracts_only_what_changed(tmp_path, monkeypatch):
    corpus = tmp_path / "c"
    shutil.copytree(SEEDS, corpus)
    ix = tmp_path / "ix"
    update_index([str(corpus)], ix)
    before = _titles(ix)
    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text("Judul Baru Sama Sekali\n\n" + changed.read_text(encoding="utf-8"), encoding="utf-8")
    calls = _counting(monkeypatch)
    report = update_index([str(corpus)], ix, rebuild=True)
    assert report.rebuilt and report.total == len(before)
    assert calls == [str(changed)]  # the other four came from the old generation as they were
    after = _titles(ix)
    assert after[changed.stem] == "Judul Baru Sama Sekali"
    assert {k: v for k, v in after.items() if k != changed.stem} == {k: v for k, v in before.items() if k != changed.stem}


def test_new_extraction_code_extracts_everything_again(tmp_path, monkeypatch):
    corpus = tmp_path / "c"
    shutil.copytree(SEEDS, corpus)
    ix = tmp_path / "ix"
    update_index([str(corpus)], ix)
    monkeypatch.setattr(store, "extraction_fingerprint", lambda: "another-extraction")
    calls = _counting(monkeypatch)
    update_index([str(corpus)], ix, rebuild=True)
    assert len(calls) == len(list(SEEDS.glob("*.txt")))


def test_the_fingerprint_follows_the_extraction_code_only():
    fp = fingerprint.extraction_fingerprint()
    assert len(fp) == 16 and fp == fingerprint.extraction_fingerprint()
    assert "clean.py" not in fingerprint.NOT_EXTRACTION and "search.py" in fingerprint.NOT_EXTRACTION


def test_an_update_after_an_upgrade_extracts_again_what_older_code_made(tmp_path, monkeypatch):
    """Unchanged files kept what the extraction before an upgrade made of them, so the
    reader went on showing the old speakers and dates until someone rebuilt the index."""
    corpus = tmp_path / "c"
    shutil.copytree(SEEDS, corpus)
    ix = tmp_path / "ix"
    update_index([str(corpus)], ix)
    calls = _counting(monkeypatch)
    same = update_index([str(corpus)], ix)
    assert calls == [] and same.unchanged == 5 and not same.changed
    monkeypatch.setattr(store, "extraction_fingerprint", lambda: "an-upgrade")
    report = update_index([str(corpus)], ix)
    assert sorted(calls) == sorted(str(p) for p in corpus.glob("*.txt"))
    assert (report.updated, report.added, report.unchanged, report.total) == (5, 0, 0, 5)
    calls.clear()
    again = update_index([str(corpus)], ix)  # now made by this code: nothing to do
    assert calls == [] and again.unchanged == 5
