"""The index never goes empty: rebuilds land whole or not at all, and a damaged index says so.

A full rebuild (a new schema version, missing or garbled metadata, `index --rebuild`)
writes a new generation beside the live one and swaps a pointer; readers search the old
one until then, and a rebuild that is killed or runs out of disk leaves it serving.
"""

from __future__ import annotations

import json
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import KEPT_VIEW, ROOT, SEEDS, TODAY, run_cli, wait_for_build, wait_until

from index.errors import IndexDamaged
from index.search import Searcher
from index.store import SCHEMA_VERSION, update_index, verify

COPIES = 400  # enough articles that a rebuild takes a while


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seeds plus copies of the Okinawa article: every copy matches 'Okinawa'."""
    d = tmp_path_factory.mktemp("gen-corpus")
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, d / f.name)
    text = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8")
    for i in range(COPIES):
        (d / f"okinawa_{i:04d}.txt").write_text(text.replace("Blinken", f"Blinken{i}"), encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def big_index(corpus, tmp_path_factory) -> Path:
    ix = tmp_path_factory.mktemp("gen-index") / "ix"
    update_index([str(corpus)], ix)
    return ix


@pytest.fixture
def built(big_index, tmp_path) -> Path:
    """A copy of the big index for one test to change."""
    ix = tmp_path / "ix"
    shutil.copytree(big_index, ix)
    return ix


@pytest.fixture
def small(seed_index, tmp_path) -> Path:
    ix = tmp_path / "ix"
    shutil.copytree(seed_index, ix)
    return ix


def live_name(ix: Path) -> str:
    return (ix / "CURRENT").read_text(encoding="utf-8").strip()


def age_the_schema(ix: Path) -> None:
    """What an upgrade looks like to an index: its metadata names an older schema."""
    meta_file = ix / live_name(ix) / "alliance-reader.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    meta["schema"] = f"{SCHEMA_VERSION}-older"
    meta_file.write_text(json.dumps(meta), encoding="utf-8")


def okinawa_hits(ix: Path) -> int:
    s = Searcher(ix)
    try:
        return s.search("Okinawa", limit=5, fold=False).total  # articles: the copies differ by a name only
    finally:
        s.close()


def index_cli(corpus: Path, ix: Path, *extra: str, **popen) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "index", str(corpus), "--index-dir", str(ix), "--quiet", *extra],
        cwd=ROOT, env={**os.environ, "ALLIANCE_READER_TODAY": TODAY}, **popen,
    )


def only_one_generation(ix: Path) -> list[str]:
    """What the folder holds beyond the pointer, the lock and the live generation."""
    extra = sorted(set(os.listdir(ix)) - {"CURRENT", ".build.lock", "corpus.json", live_name(ix)})
    live = ix / live_name(ix)
    stray = [n for n in os.listdir(live)
             if not (n.endswith((".toc", ".seg")) or n in ("alliance-reader.json", "articles_WRITELOCK")
                     or re.fullmatch(KEPT_VIEW, n))]  # the views of the live commit
    return extra + [f"{live.name}/{n}" for n in stray]


# --- rebuilds ---------------------------------------------------------------------------

def test_a_schema_change_rebuilds_beside_the_live_index_while_readers_search(corpus, built):
    ix = built
    expected = COPIES + 1
    before = live_name(ix)
    age_the_schema(ix)
    long_lived = Searcher(ix)  # a reader that keeps its index open and refreshes, like the TUI
    proc = index_cli(corpus, ix, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen, during = [], 0
    try:
        while proc.poll() is None:
            long_lived.refresh()
            seen.append(long_lived.search("Okinawa", limit=5, fold=False).total)
            seen.append(okinawa_hits(ix))  # a reader that opens just now
            during += 1
        out, err = proc.communicate()
        long_lived.refresh()
        seen.append(long_lived.search("Okinawa", limit=5, fold=False).total)
    finally:
        long_lived.close()
    assert proc.returncode == 0, err
    assert "rebuilt" in out
    assert during >= 3, "the readers never searched while the rebuild ran"
    assert set(seen) == {expected}, f"a reader saw {sorted(set(seen))} hits, never anything but {expected}"
    assert live_name(ix) != before and not (ix / before).exists()
    assert only_one_generation(ix) == []


@pytest.mark.parametrize("damage", ["missing", "garbled", "not a dict"])
def test_missing_or_garbled_metadata_rebuilds_without_emptying(small, damage):
    meta_file = small / live_name(small) / "alliance-reader.json"
    if damage == "missing":
        meta_file.unlink()
    else:
        meta_file.write_text("{schema" if damage == "garbled" else "[6]", encoding="utf-8")
    report = update_index([str(SEEDS)], small)
    assert report.rebuilt and report.total == 5
    assert okinawa_hits(small) == 1


def test_a_rebuild_killed_at_random_points_leaves_the_old_index_serving(corpus, built):
    ix = built
    before = live_name(ix)
    rng = random.Random(11)
    for _ in range(3):
        proc = index_cli(corpus, ix, "--rebuild", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_build(ix, proc)
        time.sleep(rng.uniform(0.0, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert live_name(ix) == before
        assert okinawa_hits(ix) == COPIES + 1  # the old index, whole
    assert any(name.endswith(".partial") for name in os.listdir(ix)), "no kill landed mid-build"
    report = update_index([str(corpus)], ix, rebuild=True)  # the next build cleans up and finishes
    assert any(name.endswith(".partial") for name in report.cleaned)
    assert only_one_generation(ix) == []
    assert live_name(ix) != before and okinawa_hits(ix) == COPIES + 1


def _limit_file_size():
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, 256 * 1024))


def test_a_full_disk_during_a_rebuild_leaves_the_old_index_serving(corpus, built):
    ix = built
    before = live_name(ix)
    age_the_schema(ix)
    proc = subprocess.run(
        [sys.executable, "-m", "tui.cli", "index", str(corpus), "--index-dir", str(ix), "--quiet", "--jobs", "1"],
        capture_output=True, text=True, cwd=ROOT, preexec_fn=_limit_file_size, timeout=300,
        env={**os.environ, "ALLIANCE_READER_TODAY": TODAY},
    )
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "the previous index is intact" in lines[0], proc.stderr
    assert live_name(ix) == before and okinawa_hits(ix) == COPIES + 1  # it is
    assert only_one_generation(ix) == []  # the half-written generation went with the failure
    assert update_index([str(corpus)], ix).rebuilt  # with room again, the rebuild happens


def test_the_next_build_removes_what_a_killed_update_left(small):
    ix = small
    live = ix / live_name(ix)
    (live / "articles_deadbeef0000.pst").write_bytes(b"x" * 100)
    (live / "articles_deadbeef0000.trm").write_bytes(b"")
    (live / "_articles_9.toc.1700000000.5").write_bytes(b"")
    (live / "articles.tmp").mkdir()
    (live / "articles.tmp" / "pool.tmp").write_bytes(b"x")
    (ix / "g000099.partial").mkdir()
    report = update_index([str(SEEDS)], ix)
    assert report.unchanged == 5 and not report.rebuilt
    assert only_one_generation(ix) == []
    assert len(report.cleaned) == 5


def test_an_index_from_before_generations_is_read_then_replaced(seed_index, tmp_path):
    flat = tmp_path / "flat"
    shutil.copytree(seed_index / live_name(seed_index), flat)  # the old layout: index files at the top
    assert okinawa_hits(flat) == 1
    report = update_index([str(SEEDS)], flat)
    assert report.rebuilt and okinawa_hits(flat) == 1
    assert only_one_generation(flat) == []


# --- a damaged index ----------------------------------------------------------------------

def _seg(ix: Path) -> Path:
    return next((ix / live_name(ix)).glob("*.seg"))


DAMAGE = {
    "truncated segment": lambda ix: os.truncate(_seg(ix), _seg(ix).stat().st_size // 2),
    "empty segment": lambda ix: _seg(ix).write_bytes(b""),
    "deleted segment": lambda ix: _seg(ix).unlink(),
    "garbage at a segment's head": lambda ix: _overwrite_head(_seg(ix)),
    "missing table of contents": lambda ix: next((ix / live_name(ix)).glob("*.toc")).unlink(),
    "missing pointer": lambda ix: (ix / "CURRENT").unlink(),
    "missing generation": lambda ix: shutil.rmtree(ix / live_name(ix)),
}


def _overwrite_head(path: Path) -> None:
    with open(path, "r+b") as fh:
        fh.write(b"GARBAGE!" * 512)


@pytest.fixture(params=list(DAMAGE))
def damaged(request, seed_index, tmp_path) -> Path:
    ix = tmp_path / "ix"
    shutil.copytree(seed_index, ix)
    DAMAGE[request.param](ix)
    return ix


def one_line(proc) -> str:
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert "Traceback" not in proc.stderr
    assert len(lines) == 1, proc.stderr
    return lines[0]


def test_a_damaged_index_is_one_line_and_exit_2_for_every_command(damaged):
    listing = sorted(str(p) for p in damaged.rglob("*"))
    for args in (["search", "Okinawa"], ["quotes", "--json"], ["index", str(SEEDS)], ["index", "--check"]):
        proc = run_cli(*args, "--index-dir", str(damaged))
        assert proc.returncode == 2, (args, proc.stdout, proc.stderr)
        line = one_line(proc)
        assert "is damaged" in line and f"alliance-reader index {SEEDS} --index-dir {damaged} --rebuild" in line, line
    assert sorted(str(p) for p in damaged.rglob("*")) == listing  # nobody wrote into it


def test_index_rebuild_repairs_a_damaged_index(damaged):
    proc = run_cli("index", "--rebuild", "--index-dir", str(damaged))  # the corpus it records
    assert proc.returncode == 0, proc.stderr
    check = run_cli("index", "--check", "--index-dir", str(damaged))
    assert check.returncode == 0, check.stderr
    assert check.stdout.count("\n") == 1 and "whole, 5 articles" in check.stdout
    assert okinawa_hits(damaged) == 1
    assert only_one_generation(damaged) == []


def test_check_of_a_whole_index_and_of_no_index(seed_index, tmp_path):
    proc = run_cli("index", "--check", "--index-dir", str(seed_index))
    assert proc.returncode == 0 and "whole, 5 articles" in proc.stdout, proc.stderr
    assert verify(seed_index) == 5
    proc = run_cli("index", "--check", "--index-dir", str(tmp_path / "nothing"))
    assert proc.returncode == 2 and "no index in" in one_line(proc)


def test_verify_reads_every_part(damaged):
    with pytest.raises(IndexDamaged):
        verify(damaged)


async def test_the_reader_shows_a_damaged_index_and_never_writes_into_it(damaged):
    from tui.app import make_app

    listing = {str(p): p.stat().st_mtime_ns for p in damaged.rglob("*")}
    app = make_app(None, str(damaged), "en", blink=False, watch_seconds=0)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_until(pilot, lambda: app.backend.problem is not None)
        await pilot.pause(0.2)
        shown = str(app.screen.query_one("#article-empty").content)
        assert "is damaged" in shown and "--rebuild" in shown
        assert not app.backend.ready
        await pilot.press("slash", *"Okinawa", "enter", "r", "c", "E")  # nothing to read: nothing breaks
        await pilot.pause(0.3)
        assert app.is_running
    assert {str(p): p.stat().st_mtime_ns for p in damaged.rglob("*")} == listing


async def test_a_reader_on_a_damaged_index_takes_the_repaired_one(seed_index, tmp_path):
    from tui.app import make_app

    ix = tmp_path / "ix"
    shutil.copytree(seed_index, ix)
    DAMAGE["truncated segment"](ix)
    app = make_app(None, str(ix), "en", blink=False, watch_seconds=0.2)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_until(pilot, lambda: app.backend.problem is not None)
        update_index([str(SEEDS)], ix, rebuild=True)  # the admin repairs it
        await wait_until(pilot, lambda: app.screen.pending_changes)
        await pilot.press("r")
        await wait_until(pilot, lambda: app.backend.ready and app.screen.results is not None)
        assert app.screen.results.total == 5 and app.backend.problem is None


def test_a_searcher_left_open_across_a_rebuild_searches_the_new_generation(small):
    """A rebuild removes the generation a reader had open; what the reader still read
    from it lazily (the schema) was gone: 0 hits and "could not read the query" until a
    refresh nobody asked for. A search now takes the live generation."""
    s = Searcher(small)
    try:
        assert s.search("", limit=5).total == 5  # open, but no parser built yet
        old = s.live
        update_index([str(SEEDS)], small, rebuild=True)
        assert not old.exists()
        res = s.search("Okinawa", limit=5)
        assert (res.total, res.error) == (1, None)
        assert s.live != old and s.follow() is False  # followed once, then stays
    finally:
        s.close()


async def test_an_open_reader_takes_a_rebuilt_index_without_being_asked(small):
    """The reader polls the shared index: after an update it offers `r`, after a rebuild
    (its generation gone) it takes the new one at once and says so; typing meanwhile
    searches the new one too."""
    from tui.app import make_app

    app = make_app(None, str(small), "en", blink=False, watch_seconds=0.2)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_until(pilot, lambda: app.backend.ready and app.screen.results is not None)
        update_index([str(SEEDS)], small, rebuild=True)
        await wait_until(pilot, lambda: "now reading the new one" in (app.screen.status_extra or ""))
        assert not app.screen.pending_changes
        await pilot.press("slash", *"Okinawa", "enter")
        await wait_until(pilot, lambda: app.screen.results is not None and app.screen.results.query == "Okinawa")
        assert app.screen.results.total == 1 and app.backend.problem is None


@pytest.mark.e2e
def test_the_reader_in_a_terminal_shows_a_damaged_index_and_exits_2(small, tmp_path):
    from test_e2e_tmux import BIN, Terminal

    DAMAGE["truncated segment"](small)
    env = {"HOME": str(tmp_path), "TERM": "xterm-256color", "LANG": "en_US.UTF-8", "PATH": os.environ["PATH"],
           "ALLIANCE_READER_TODAY": TODAY}
    term = Terminal(f"{BIN} --index-dir {small}", env, cwd=tmp_path, width=120, height=30)
    try:
        screen = term.wait_for("is damaged")
        assert "Traceback" not in screen
        term.keys("q")
        assert term.exit_status() == 2
    finally:
        term.close()


def test_index_without_a_corpus_updates_the_one_it_records(small):
    proc = run_cli("index", "--index-dir", str(small))
    assert proc.returncode == 0, proc.stderr
    assert "0 added, 0 updated, 0 removed, 5 unchanged" in proc.stdout


def test_a_second_build_while_one_runs_is_one_line_and_exit_2(small):
    import fcntl

    fd = os.open(small / ".build.lock", os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # a build at work
        proc = run_cli("index", str(SEEDS), "--index-dir", str(small))
    finally:
        os.close(fd)
    assert proc.returncode == 2
    assert "another build is updating" in one_line(proc)
    assert okinawa_hits(small) == 1


async def test_a_folder_of_other_files_is_never_filled_with_the_seeds(tmp_path):
    """Only a missing or empty folder gets the bundled seeds built into it: a folder that
    holds anything else is someone's, and neither a command nor the reader writes there."""
    from tui.app import make_app

    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "notes.txt").write_text("not an index", encoding="utf-8")
    proc = run_cli("search", "Korea", "--index-dir", str(folder))
    assert proc.returncode == 2 and one_line(proc).startswith(f"alliance-reader: no index in {folder}")
    app = make_app(None, str(folder), "en", blink=False, watch_seconds=0)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_until(pilot, lambda: app.backend.problem is not None)
        assert "no index in" in app.backend.problem
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_a_search_whose_generation_is_removed_under_it_answers_from_the_live_one(small):
    """The rebuild's swap can land between a search's check of its generation and its
    reads: the search must not answer a false 0 (a loaded CI run once saw one)."""
    searcher = Searcher(small)  # opened, nothing read yet
    try:
        update_index([str(SEEDS)], small, rebuild=True)  # a new generation; the one open here is removed
        checks = []
        real_follow = searcher.follow
        searcher.follow = lambda: checks.append(1) and False if len(checks) == 0 else real_follow()  # type: ignore[method-assign]
        assert searcher.search("Okinawa", limit=5, fold=False).total == 1
    finally:
        searcher.close()


def test_a_reader_opening_as_a_rebuild_removes_its_generation_opens_the_live_one(small, monkeypatch):
    """Whoosh reads the table of contents again for the searcher: a rebuild's swap and
    removal between opening the index and opening its searcher must not read as damage
    (a loaded CI run once saw "the index ... is damaged" there)."""
    from whoosh.filedb.filestore import FileStorage

    from index.generations import next_name, swap

    real_open, swapped = FileStorage.open_index, []

    def open_then_rebuild(storage, *args, **kwargs):
        ix = real_open(storage, *args, **kwargs)
        if not swapped:  # what a rebuild does to the layout: a new generation, the pointer, the old one gone
            old = small / live_name(small)
            swapped.append(next_name(small))
            shutil.copytree(old, small / swapped[0])
            swap(small, swapped[0])
            shutil.rmtree(old)
        return ix

    monkeypatch.setattr(FileStorage, "open_index", open_then_rebuild)
    searcher = Searcher(small)
    try:
        assert searcher.live.name == swapped[0]
        assert searcher.search("Okinawa", limit=5, fold=False).total == 1
    finally:
        searcher.close()
