"""The index as a store: incremental updates, crash safety, read-only use."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, as_nobody, read_only, wait_for_build, writable

from index.search import Searcher
from index.store import generation, index_exists, update_index


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "corpus"
    shutil.copytree(SEEDS, d)
    return d


def _ids(ix):
    s = Searcher(ix)
    try:
        return sorted(h.id for h in s.search("", limit=1000).hits)
    finally:
        s.close()


def test_incremental_add_change_delete(corpus, tmp_path):
    ix = tmp_path / "ix"
    r = update_index([str(corpus)], ix)
    assert (r.added, r.updated, r.removed, r.unchanged) == (5, 0, 0, 0)
    gen = generation(ix)

    # nothing changed: nothing written
    r = update_index([str(corpus)], ix)
    assert (r.added, r.updated, r.removed, r.unchanged) == (0, 0, 0, 5)
    assert generation(ix) == gen

    # touched but same content: skipped by hash
    f = next(corpus.glob("001_*.txt"))
    os.utime(f, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
    r = update_index([str(corpus)], ix)
    assert (r.added, r.updated, r.unchanged) == (0, 0, 5)

    # add, change, delete
    (corpus / "new_article.txt").write_text(
        "Tokyo - Menteri Pertahanan Jepang Minoru Kihara mengatakan pada Senin (9/1/2023) "
        "bahwa latihan bersama di dekat Hokkaido akan diperluas.\n", encoding="utf-8")
    f.write_text(f.read_text(encoding="utf-8").replace("Okinawa", "Hokkaido"), encoding="utf-8")
    next(corpus.glob("004_*.txt")).unlink()
    r = update_index([str(corpus)], ix)
    assert (r.added, r.updated, r.removed) == (1, 1, 1)
    assert r.total == 5
    s = Searcher(ix)
    assert sorted(h.id for h in s.search("Hokkaido").hits) == ["001_0a4a08766a584ade", "new_article"]
    assert s.search("Okinawa").total == 0
    assert s.search("Sullivan").total == 0
    s.close()


def test_bad_file_reported_and_others_indexed(corpus, tmp_path):
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02" * 1000)
    r = update_index([str(corpus)], tmp_path / "ix")
    assert r.added == 5
    assert [(os.path.basename(p), why) for p, why in r.skipped] == [("broken.txt", "binary file, not text")]


def test_killed_build_leaves_last_good_index(corpus, tmp_path):
    ix = tmp_path / "ix"
    big = corpus
    update_index([str(big)], ix)
    assert len(_ids(ix)) == 5
    # a larger update, killed while it runs
    text = next(corpus.glob("000_*.txt")).read_text(encoding="utf-8")
    for i in range(1500):
        (big / f"copy_{i:04d}.txt").write_text(text.replace("Mattis", f"Mattis{i}"), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "index", str(big), "--index-dir", str(ix), "--jobs", "1", "--quiet"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    # wait until the build holds its lock (the update is under way), then a little more
    wait_for_build(ix, proc)
    time.sleep(0.5)
    assert proc.poll() is None, "the build finished before it could be killed; make it bigger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # the previous generation is intact and searchable with its full count
    assert len(_ids(ix)) == 5
    # the next run completes: no stale lock stops it (a smaller one: what matters is that it runs)
    for path in sorted(big.glob("copy_*.txt"))[40:]:
        path.unlink()
    r = update_index([str(big)], ix)
    assert (r.total, r.added, r.removed, r.unchanged) == (45, 40, 0, 5)


def test_read_only_index_is_searched_without_writing(corpus):
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="ar-ro-"))
    base.chmod(0o755)
    ix = base / "ix"
    try:
        update_index([str(corpus)], ix)
        before = {str(p): p.stat().st_mtime_ns for p in ix.rglob("*")}
        read_only(ix)
        code = (
            "from index.search import Searcher\n"
            f"s = Searcher({str(ix)!r})\n"
            "r = s.search('Okinawa')\n"
            "print(r.total, r.hits[0].id, s.article(r.hits[0].docnum).date)\n"
        )
        if os.geteuid() == 0:
            # root ignores permissions: run as nobody, so any write would really fail
            cmd = as_nobody(code)
            env = {"PATH": os.environ["PATH"], "HOME": "/nonexistent", "XDG_CACHE_HOME": "/nonexistent"}
        else:
            cmd, env = [sys.executable, "-c", code], dict(os.environ)
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd="/", env=env)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.split() == ["1", "001_0a4a08766a584ade", "2023-01-11"]
        after = {str(p): p.stat().st_mtime_ns for p in ix.rglob("*")}
        assert after == before
    finally:
        if ix.exists():
            writable(ix)
        shutil.rmtree(base, ignore_errors=True)


def test_index_exists():
    assert not index_exists("/nonexistent/ix")


def test_an_empty_corpus_folder_builds_an_empty_index(tmp_path):
    """A corpus with nothing to read yet (a first `fetch` that stored nothing) is an empty index, not a crash."""
    (tmp_path / "empty").mkdir()
    ix = tmp_path / "ix"
    for _ in range(2):
        r = update_index([str(tmp_path / "empty")], ix)
        assert (r.added, r.total) == (0, 0)
    assert index_exists(ix) and _ids(ix) == []
