"""`alliance-reader serve` started as a user would start it, for the tests that talk to it
(tests/test_serve.py over websockets, tests/test_e2e_browser.py through chromium)."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import threading
import time
from pathlib import Path

from conftest import TODAY
from test_e2e_ssh import _free_port
from test_e2e_tmux import BIN


def reader_env(tmp_path: Path) -> dict[str, str]:
    """A user of their own: home, cache, config and state under tmp_path; Indonesian (C.UTF-8)."""
    return {
        "HOME": str(tmp_path / "home"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "ALLIANCE_READER_STATE": str(tmp_path / "state"),
        "LANG": "C.UTF-8",
        "ALLIANCE_READER_TODAY": TODAY,
        "PATH": os.environ.get("PATH", ""),
    }


def build_index(tmp_path: Path, env: dict[str, str]) -> Path:
    """The seeds' index, built before serving so that no tab races a first build."""
    index_dir = tmp_path / "index"
    proc = subprocess.run([str(BIN), "index", "--index-dir", str(index_dir), "--quiet"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return index_dir


def alive(pid: int) -> bool:
    """Running: not gone, and not a zombie nobody has reaped yet."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def wait_until(check, what: str, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"{what}: not within {timeout:g} s")


class Served:
    """`alliance-reader serve --index-dir DIR --port P ARGS...` on 127.0.0.1 and a free port."""

    def __init__(self, tmp_path: Path, *args: str):
        self.env = reader_env(tmp_path)
        index_dir = build_index(tmp_path, self.env)
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([str(BIN), "serve", "--index-dir", str(index_dir), "--port", str(self.port), *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=self.env)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.first_line = self.lines.get(timeout=60)

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def readers(self) -> list[int]:
        """The reader processes serve runs now (its children: one a tab)."""
        pids = []
        for task in Path(f"/proc/{self.proc.pid}/task").glob("*"):
            try:
                pids += [int(p) for p in (task / "children").read_text().split()]
            except OSError:
                pass  # a thread that just ended
        return [p for p in pids if alive(p)]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
