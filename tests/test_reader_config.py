"""The reader's keymap and theme in config.toml (issue 15): bindings rebound by id, as posting
does with Textual's set_keymap; a bad config is one line naming what is wrong, and the reader
still starts."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ready, seed_reader, wait_until

from tui import config
from tui.screens.help import HelpScreen, key_rows


def write_config(monkeypatch, tmp_path, text: str, system: str | None = None) -> Path:
    home = tmp_path / "xdg"
    (home / "alliance-reader").mkdir(parents=True)
    path = home / "alliance-reader" / "config.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    if system is not None:
        (tmp_path / "system.toml").write_text(system, encoding="utf-8")
        monkeypatch.setenv("ALLIANCE_READER_SYSTEM_CONFIG", str(tmp_path / "system.toml"))
    return path


def lines_said(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_a_custom_keymap_and_theme(seed_index, tmp_path, monkeypatch):
    write_config(monkeypatch, tmp_path, 'theme = "gruvbox"\n\n[keymap]\n"main.star" = "z"\n'
                                        '"results.down" = ["ctrl+n", "j"]\n"app.help" = "f1"\n')
    app = seed_reader(seed_index, "en", state_dir=str(tmp_path / "mine"))
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await wait_until(pilot, lambda: app.user.ready)
        assert app.theme == "gruvbox" and not lines_said(app)
        first = screen.query_one("#results").current_hit.key
        await pilot.press("s")  # no longer the star key
        assert not app.user.is_starred(first)
        await pilot.press("z")
        assert app.user.is_starred(first)
        await pilot.press("ctrl+n")
        assert screen.query_one("#results").highlighted == 1
        await pilot.press("question_mark")  # help moved to f1
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        keys = {desc: key for _section, key, desc in key_rows(app, screen)}
        assert keys["Star"] == "z" and keys["Help"] == "f1" and keys["Next result"] in ("^n, j", "j, ^n")


@pytest.mark.parametrize("text,named", [
    ('[keymap]\n"main.serch" = "s"\n', "main.serch"),
    ('[keymap]\n"main.star" = "ctrl+banana"\n', "main.star"),
    ('[keymap]\n"main.star" = 5\n', "main.star"),
    ('theme = "no-such-theme"\n', "no-such-theme"),
    ('keymap = "s"\n', "[keymap]"),
    ('[keymap\n"main.star" = "z"\n', "config.toml"),
])
async def test_a_bad_config_is_one_line_naming_it_and_the_reader_starts(seed_index, tmp_path, monkeypatch, text, named):
    write_config(monkeypatch, tmp_path, text)
    app = seed_reader(seed_index, "en")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        said = lines_said(app)
        assert len(said) == 1 and named in said[0] and "\n" not in said[0], said
        assert screen.results.total == 5  # the reader started and searches
        await pilot.press("q")
    assert not app.is_running


async def test_the_good_entries_of_a_partly_bad_keymap_still_count(seed_index, tmp_path, monkeypatch):
    write_config(monkeypatch, tmp_path, '[keymap]\n"main.nothing" = "x"\n"main.star" = "z"\n')
    app = seed_reader(seed_index, "id", state_dir=str(tmp_path / "mine"))
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await wait_until(pilot, lambda: app.user.ready)
        said = lines_said(app)
        assert said == [f"{tmp_path}/xdg/alliance-reader/config.toml: [keymap] main.nothing: binding itu tidak ada"]
        await pilot.press("z")
        assert app.user.is_starred(screen.query_one("#results").current_hit.key)


def test_the_user_config_wins_over_the_system_one(tmp_path, monkeypatch):
    write_config(monkeypatch, tmp_path, '[keymap]\n"main.star" = "z"\n',
                 system='theme = "nord"\n[keymap]\n"main.star" = "w"\n"main.read" = "U"\n')
    got = config.load({"nord", "gruvbox"})
    assert got.keymap == {"main.star": "z", "main.read": "U"} and got.theme == "nord" and not got.problems


def test_keys_that_textual_can_bind():
    for good in ("z", "G", "ctrl+d", "f1", "question_mark", "slash", "escape", "shift+tab", "space", "pagedown", "?"):
        assert config.is_key(good), good
    for bad in ("", "ctrl+", "banana", "ctrl+banana", "hyperdrive+x"):
        assert not config.is_key(bad), bad


def test_every_binding_id_is_known_and_unique_per_owner():
    ids = config.binding_ids()
    assert {"app.quit", "app.help", "main.star", "results.down", "article.half-up", "metadata.top", "list.bottom",
            "table.down", "pane.up", "quotes.swap", "help.close"} <= ids
