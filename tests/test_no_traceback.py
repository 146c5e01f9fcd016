"""No traceback ever reaches a user's screen: one line, the details in a log of their own."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT, SEEDS, seed_reader, wait_until

from index.store import update_index


def _ready(app):
    return app.backend.ready and getattr(app.screen, "results", None) is not None


async def test_an_action_that_fails_shows_one_line_and_the_reader_goes_on(tmp_path, monkeypatch):
    from tui.screens.main import MainScreen

    monkeypatch.setenv("ALLIANCE_READER_STATE", str(tmp_path / "state"))
    update_index([str(SEEDS)], tmp_path / "ix")

    def broken(self):
        raise RuntimeError("the metadata pane broke\nacross two lines")

    monkeypatch.setattr(MainScreen, "action_toggle_metadata", broken)
    app = seed_reader(tmp_path / "ix", "en")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: _ready(app))
        await pilot.press("m")
        await pilot.pause(0.1)
        assert app.is_running
        [line] = app.error_lines
        assert "\n" not in line and "RuntimeError: the metadata pane broke across two lines" in line
        log = tmp_path / "state" / "errors.log"
        assert f"details in {log}" in line
        assert "Traceback" in log.read_text() and "action_toggle_metadata" not in line
        await pilot.press("e")  # the reader still answers
        await pilot.pause(0.1)
        assert app.screen.query_one("#article").show_entities is False


async def test_a_palette_command_that_fails_shows_one_line_and_the_reader_goes_on(tmp_path, monkeypatch):
    from tui.screens.main import MainScreen

    monkeypatch.setenv("ALLIANCE_READER_STATE", str(tmp_path / "state"))
    update_index([str(SEEDS)], tmp_path / "ix")
    monkeypatch.setattr(MainScreen, "action_next_quote", lambda self: 1 / 0)
    app = seed_reader(tmp_path / "ix", "en")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: _ready(app))
        [command] = [c for c in app.get_system_commands(app.screen) if c.title == "Next quote"]
        await command.callback()
        await pilot.pause(0.1)
        assert app.is_running and len(app.error_lines) == 1 and "ZeroDivisionError" in app.error_lines[0]


async def test_when_the_main_screen_cannot_go_on_the_reader_exits_1_with_one_line(tmp_path, monkeypatch):
    from tui.screens.main import MainScreen

    monkeypatch.setenv("ALLIANCE_READER_STATE", str(tmp_path / "state"))
    update_index([str(SEEDS)], tmp_path / "ix")
    app = seed_reader(tmp_path / "ix", "en")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: _ready(app))
        monkeypatch.setattr(MainScreen, "on_search_done", lambda self, message: [][1])
        app.screen.start_search("Okinawa", immediate=True)  # its result kills the main screen's handler
        await wait_until(pilot, lambda: not app.is_running)
    assert app.return_code == 1
    line = app.fatal_line  # run_reader prints it once the terminal is restored
    assert line.startswith("unexpected error (IndexError") and "\n" not in line and "details in" in line


def test_an_unexpected_error_in_a_command_is_one_line_and_exit_1(tmp_path):
    code = ("import sys, tui.commands as c\n"
            "c.cmd_search = lambda args: {}['no such key']\n"
            "from tui.cli import main\n"
            "sys.exit(main(['search', 'Okinawa']))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60,
                          env={"PATH": "/usr/bin:/bin", "ALLIANCE_READER_STATE": str(tmp_path / "state")})
    assert proc.returncode == 1
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("alliance-reader: unexpected error (KeyError"), proc.stderr
    assert "Traceback" not in proc.stderr
    assert "Traceback" in (tmp_path / "state" / "errors.log").read_text()


def test_with_no_writable_state_folder_the_line_says_so(tmp_path):
    code = ("import sys, tui.commands as c\n"
            "c.cmd_search = lambda args: 1 / 0\n"
            "from tui.cli import main\n"
            "sys.exit(main(['search', 'Okinawa']))\n")
    blocker = tmp_path / "file"
    blocker.write_text("")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60,
                          env={"PATH": "/usr/bin:/bin", "ALLIANCE_READER_STATE": str(blocker / "state")})
    assert proc.returncode == 1
    assert proc.stderr.strip().endswith("no log could be written)") or "no log could be written" in proc.stderr
