"""Processes that outlive their purpose: none. A killed build takes its workers with it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

from conftest import ROOT, SEEDS, TODAY

from index.store import PARALLEL_MIN


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


def test_kill_9_of_a_build_leaves_no_worker_alive(tmp_path):
    corpus = big_corpus(tmp_path / "corpus", PARALLEL_MIN * 4)
    ix = tmp_path / "ix"
    tag = f"AR_TEST_TAG={uuid.uuid4().hex}"
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
    shutil.rmtree(corpus)
