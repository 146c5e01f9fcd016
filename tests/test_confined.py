"""A reader behind ForceCommand writes no file and starts no program, whatever is asked of it."""

from __future__ import annotations

import os
import subprocess
import webbrowser

from conftest import seed_reader, wait_until

ASKED = [
    ("action_screenshot", ()),
    ("deliver_screenshot", ()),
    ("save_screenshot", ()),
    ("action_suspend_process", ()),
    ("open_url", ("https://example.org/berita",)),
    ("deliver_text", ("isi",)),
]


def snapshot(folder) -> set[str]:
    return {os.path.join(root, name) for root, _, names in os.walk(folder) for name in names}


async def test_the_palette_offers_nothing_that_writes_or_spawns(tmp_path):
    app = seed_reader(tmp_path / "ix", "en")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: app.backend.ready)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Screenshot" not in titles
        assert "Quit" in titles and "Quotes" in titles  # the c binding: the palette is made from the bindings


async def test_actions_that_would_write_or_spawn_decline_with_a_notice(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    started: list[object] = []
    monkeypatch.setattr(subprocess.Popen, "__init__", lambda self, *a, **k: started.append(a))
    monkeypatch.setattr(webbrowser, "open", lambda *a, **k: started.append(a))
    monkeypatch.setattr(os, "fork", lambda: started.append("fork"))
    app = seed_reader(tmp_path / "ix", "en")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: app.backend.ready)
        before = snapshot(home) | snapshot(tmp_path / "ix")
        for name, args in ASKED:
            getattr(app, name)(*args)
        await pilot.press("ctrl+z")
        await pilot.pause(0.3)
        notices = [n.message for n in app._notifications]
        assert notices.count("Not in this reader: it writes no files and starts no programs.") == len(ASKED)
        assert snapshot(home) | snapshot(tmp_path / "ix") == before
    assert started == []
