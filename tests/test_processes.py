"""Processes that outlive their purpose: none.

A killed build takes its workers with it; a reader without a terminal says so and
leaves; SIGHUP, SIGTERM and a vanished terminal end the reader whatever it is doing.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from conftest import KEPT_VIEW, ROOT, SEEDS, TODAY, run_cli

from index.store import PARALLEL_MIN, update_index


def tagged_processes(tag: str) -> list[int]:
    """Live processes (not zombies) whose environment carries tag: a process and all it started."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes().split(b"\0")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if tag.encode() in environ and state != "Z":
            found.append(int(entry.name))
    return found


def wait_until_gone(tag: str, timeout: float) -> list[int]:
    deadline = time.time() + timeout
    while (alive := tagged_processes(tag)) and time.time() < deadline:
        time.sleep(0.1)
    return alive


def big_corpus(folder: Path, files: int) -> Path:
    """Files long enough that a worker's batch takes a while."""
    folder.mkdir()
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    for i in range(files):
        (folder / f"long_{i:04d}.txt").write_text(text.replace("Okinawa", f"Okinawa{i}"), encoding="utf-8")
    return folder


def start_build(corpus: Path, ix: Path, tag: str, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "ALLIANCE_READER_TODAY": TODAY, "AR_TEST_TAG": tag}
    return subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "index", str(corpus), "--index-dir", str(ix), "--jobs", "2", "--quiet", *extra],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def new_tag() -> str:
    return f"AR_TEST_TAG={uuid.uuid4().hex}"


@pytest.mark.parametrize("first", [True, False], ids=["first build", "update"])
def test_kill_9_of_a_build_leaves_no_worker_alive_and_no_stray_file_after_the_next(tmp_path, first):
    corpus = big_corpus(tmp_path / "corpus", PARALLEL_MIN * 4)
    ix = tmp_path / "ix"
    if not first:
        update_index([str(SEEDS)], ix)  # the live index the update adds to
    tag = new_tag()
    proc = start_build(corpus, ix, tag.split("=", 1)[1])
    try:
        # the build, the forkserver, the resource tracker and two workers
        deadline = time.time() + 60
        while len(tagged_processes(tag)) < 5:
            assert proc.poll() is None, "the build ended before its workers were seen"
            assert time.time() < deadline, f"the workers never started: {tagged_processes(tag)}"
            time.sleep(0.05)
        time.sleep(0.3)
        assert proc.poll() is None, "the build finished before it could be killed; make it bigger"
        proc.kill()
        proc.wait()
        # without a lifeline, workers orphaned mid-batch were seen alive for minutes
        alive = wait_until_gone(tag, timeout=20)
        assert not alive, f"processes of the killed build still alive: {alive}"
    finally:
        for pid in tagged_processes(tag):
            os.kill(pid, 9)
    for path in sorted(corpus.iterdir())[20:]:
        path.unlink()  # the next build need not be big: what matters is what it finds first
    report = update_index([str(corpus)], ix)  # the next build finishes, and cleans up first
    assert report.cleaned, "the killed build left nothing behind: it was not killed mid-write"
    assert report.total == 20
    live = ix / (ix / "CURRENT").read_text().strip()
    assert sorted(os.listdir(ix)) == sorted([".build.lock", "CURRENT", "corpus.json", live.name])
    stray = [n for n in os.listdir(live) if not n.endswith((".toc", ".seg"))
             and n not in ("alliance-reader.json", "articles_WRITELOCK")
             and not re.fullmatch(KEPT_VIEW, n)]  # the views of the live commit
    assert stray == []


# --- the reader -------------------------------------------------------------------------

def test_no_terminal_is_one_line_and_exit_2(tmp_path):
    for stdin in (subprocess.DEVNULL, subprocess.PIPE):
        proc = subprocess.run([sys.executable, "-m", "tui.cli", str(SEEDS), "--index-dir", str(tmp_path / "ix")],
                              stdin=stdin, capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert proc.returncode == 2, proc.stderr
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and "no terminal" in lines[0], proc.stderr
    assert not (tmp_path / "ix").exists()  # it left before doing anything
    # the other commands need no terminal
    proc = run_cli("search", "Okinawa", "--index-dir", str(tmp_path / "ix2"))
    assert proc.returncode == 0 and "1 hit" in proc.stdout, proc.stderr


def reader_in_tmux(tmp_path: Path, args: str, tag: str, lang: str = "en_US.UTF-8"):
    from test_e2e_tmux import BIN, Terminal

    env = {"HOME": str(tmp_path), "TERM": "xterm-256color", "LANG": lang, "PATH": os.environ["PATH"],
           "ALLIANCE_READER_TODAY": TODAY, "AR_TEST_TAG": tag.split("=", 1)[1]}
    return Terminal(f"{BIN} {args}", env, cwd=tmp_path, width=120, height=30)


def the_reader(tag: str) -> int:
    def cmdline(p: int) -> str:
        return Path(f"/proc/{p}/cmdline").read_text(errors="replace")

    # its builder process (a big first build: `tui.cli index ... --for-reader`) is not the reader
    pids = [p for p in tagged_processes(tag) if ("tui" in cmdline(p) or "alliance-reader" in cmdline(p))
            and "--for-reader" not in cmdline(p)]
    assert len(pids) == 1, f"the reader's process was not found: {pids}"
    return pids[0]


@pytest.mark.e2e
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_signal_ends_a_reader_busy_indexing(tmp_path, sig):
    corpus = big_corpus(tmp_path / "corpus", 300)  # a first launch with a long build in a worker thread
    ix = tmp_path / "ix"
    tag = new_tag()
    term = reader_in_tmux(tmp_path, f"{corpus} --index-dir {ix}", tag)
    try:
        term.wait_for("Indexing", timeout=60)
        os.kill(the_reader(tag), sig)
        # without the forced exit, the build thread kept the process until the build was done
        alive = wait_until_gone(tag, timeout=15)
        assert not alive, f"the reader still runs after {sig.name}"
        assert not (ix / "CURRENT").exists(), "the build had finished: the reader was not busy"
    finally:
        term.close()
        for pid in tagged_processes(tag):
            os.kill(pid, 9)


@pytest.mark.e2e
def test_a_terminal_that_vanishes_while_the_reader_is_busy_ends_it(tmp_path):
    corpus = big_corpus(tmp_path / "corpus", 300)
    ix = tmp_path / "ix"
    tag = new_tag()
    term = reader_in_tmux(tmp_path, f"{corpus} --index-dir {ix}", tag)
    try:
        term.wait_for("Indexing", timeout=60)
        term.keys("c")  # and asks for the quotes meanwhile
        term.close()  # the terminal goes away (a dropped SSH connection), its pty with it
        alive = wait_until_gone(tag, timeout=15)
        assert not alive, "the reader outlived its terminal"
        assert not (ix / "CURRENT").exists(), "it went only once its build was done"
    finally:
        for pid in tagged_processes(tag):
            os.kill(pid, 9)
