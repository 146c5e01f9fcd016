"""End to end: a star survives quitting. The installed reader in tmux, as a person uses it."""

from __future__ import annotations

import os
import shutil

import pytest
from conftest import TODAY
from test_e2e_tmux import BIN, Terminal

pytestmark = pytest.mark.e2e


def results_column(screen: str) -> str:
    """The results pane: the left third of each row below the search bar."""
    return "\n".join(line[:40] for line in screen.splitlines()[3:])


def test_a_star_survives_quitting_and_starting_again(tmp_path):
    assert shutil.which("tmux"), "tmux is needed (.ci/run installs it)"
    (tmp_path / "home").mkdir()
    env = {"HOME": str(tmp_path / "home"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "TERM": "xterm-256color", "LANG": "en_US.UTF-8",
           "ALLIANCE_READER_TODAY": TODAY, "PATH": os.environ.get("PATH", "")}  # no ALLIANCE_READER_STATE
    state = tmp_path / "home" / ".local" / "share" / "alliance-reader" / "state.sqlite3"
    term = Terminal(str(BIN), env, cwd=tmp_path, width=120, height=36)
    try:
        term.wait_for("5 articles", timeout=40)
        term.settle()
        assert "★" not in results_column(term.screen())
        term.keys("s")
        screen = term.wait_for("starred")
        assert "★" in results_column(screen)
        term.keys("q")
        assert term.exit_status() == 0
    finally:
        term.close()
    assert state.exists()  # the platformdirs user data folder: nothing was configured

    again = Terminal(str(BIN), env, cwd=tmp_path, width=120, height=36)
    try:
        again.wait_for("5 articles", timeout=40)
        deadline_screen = again.wait_for("★")
        assert "★" in results_column(deadline_screen)
        again.settle()
        again.keys("S")  # the starred view: just that one
        again.wait_for("Starred only")
        again.wait_for("1 hit")
        again.keys("q")
        assert again.exit_status() == 0
    finally:
        again.close()
