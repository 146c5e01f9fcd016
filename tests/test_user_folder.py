"""One folder per user: the state file, errors.log and exports/ are found by one function
(`index.state.resolve_state_dir`), overridden by one variable (ALLIANCE_READER_STATE)."""

from __future__ import annotations

import stat
import sys

import pytest

from index.export import export_rows
from index.state import STATE_FILE, UserState, resolve_state_dir
from tui.crashlog import record


def _all_three():
    with UserState.open() as state:
        kept = state.path
    log = record(RuntimeError("boom"))
    exported = export_rows([{"a": 1}], ["a"], "csv", "results")
    return kept, log, exported


def test_the_variable_moves_state_log_and_exports_together(tmp_path, monkeypatch):
    monkeypatch.setenv("ALLIANCE_READER_STATE", str(tmp_path / "mine"))
    kept, log, exported = _all_three()
    folder = tmp_path / "mine"
    assert kept == folder / STATE_FILE
    assert log == folder / "errors.log" and "RuntimeError: boom" in log.read_text()
    assert exported.parent == folder / "exports"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


@pytest.mark.skipif(sys.platform != "linux", reason="XDG layout")
def test_without_the_variable_all_three_use_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("ALLIANCE_READER_STATE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))  # where errors.log used to go
    kept, log, exported = _all_three()
    folder = tmp_path / "data" / "alliance-reader"
    assert resolve_state_dir() == folder
    assert (kept.parent, log.parent, exported.parent.parent) == (folder, folder, folder)
    assert not (tmp_path / "xdg-state").exists()


def test_an_environment_passed_in_is_read_instead_of_the_process_one(tmp_path, monkeypatch):
    monkeypatch.setenv("ALLIANCE_READER_STATE", str(tmp_path / "process"))
    assert resolve_state_dir(environ={"ALLIANCE_READER_STATE": str(tmp_path / "given")}) == tmp_path / "given"
    assert resolve_state_dir(tmp_path / "explicit", environ={"ALLIANCE_READER_STATE": "x"}) == tmp_path / "explicit"


def test_no_usable_folder_means_no_log_and_no_exception(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("ALLIANCE_READER_STATE", str(blocker / "state"))
    assert record(RuntimeError("boom")) is None
