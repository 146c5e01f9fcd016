"""Every palette command, one after another, on the seeds; every binding of every screen on a
generated corpus of 80 articles (test_forced_session walks both again on the seeds, in a
real terminal): the reader is still running at the end, and nothing went wrong.

Commands run from the palette one after another used to end the reader (`NoMatches` for
`CommandList`: the palette's worker outlived it); so did keys pressed while a screen
closed. No unexpected error may even be caught on the way (`app.error_lines` stays empty).
"""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT, SEEDS, seed_reader, wait_until

from index.store import update_index

QUIT_ACTIONS = {"quit", "app.quit", "suspend_process", "app.suspend_process"}


@pytest.fixture(scope="module")
def generated_index(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench import generate_corpus

    base = tmp_path_factory.mktemp("walk-generated")
    generate_corpus(80, base / "corpus", SEEDS)
    update_index([str(base / "corpus")], base / "ix")
    return base / "ix"


# --- getting around ---------------------------------------------------------------------------

async def to_main(pilot) -> None:
    from tui.screens.main import MainScreen

    app = pilot.app
    for _ in range(8):
        if isinstance(app.screen, MainScreen):
            break
        await pilot.press("escape")
        await pilot.pause(0.05)
    assert isinstance(app.screen, MainScreen), f"stuck on {app.screen!r}"
    app.screen.minimize()


async def focus_main(pilot, selector: str) -> None:
    await to_main(pilot)
    screen = pilot.app.screen
    screen.set_focus(screen.query_one(selector))
    await pilot.pause(0.05)


async def open_screen(pilot, kind: str) -> None:
    """From the main screen, with the results in focus, to the quotes, picker, entities or help."""
    from tui.screens.entities import EntitiesScreen
    from tui.screens.help import HelpScreen
    from tui.screens.picker import PickerScreen
    from tui.screens.quotes import QuotesScreen

    app = pilot.app
    await focus_main(pilot, "#results")
    if kind in ("quotes", "picker"):
        await pilot.press("c")
        await wait_until(pilot, lambda: isinstance(app.screen, QuotesScreen) and app.screen.views is not None)
    if kind == "picker":
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, PickerScreen))
    if kind == "entities":
        await pilot.press("E")
        await wait_until(pilot, lambda: isinstance(app.screen, EntitiesScreen) and app.screen.entities is not None)
    if kind == "help":
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))


PLACES = [
    ("main", "#results"), ("main", "#article"), ("main", "#meta"), ("main", "#search"),
    ("quotes", None), ("picker", None), ("entities", None), ("help", None),
]


SCREENS = {"main": "MainScreen", "quotes": "QuotesScreen", "picker": "PickerScreen", "entities": "EntitiesScreen",
           "help": "HelpScreen"}


def there(app, place) -> bool:
    kind, selector = place
    if type(app.screen).__name__ != SCREENS[kind] or getattr(app.screen, "maximized", None):
        return False
    return selector is None or app.focused is app.screen.query_one(selector)


async def go(pilot, place) -> None:
    """To that screen with that focus, unless already there."""
    kind, selector = place
    if there(pilot.app, place):
        return
    if kind == "main":
        await focus_main(pilot, selector)
    else:
        await open_screen(pilot, kind)


def keys_here(app) -> list[tuple[str, str, str]]:
    """(key, action, owner) of every binding active where the focus is, but quitting."""
    quits = {key for key, blist in app._bindings.key_to_bindings.items()  # ctrl+c quits from anywhere, a text box too
             for b in blist if b.priority and b.action in QUIT_ACTIONS}
    return [(key, ab.binding.action, type(ab.node).__name__) for key, ab in app.active_bindings.items()
            if ab.binding.action not in QUIT_ACTIONS and key not in quits]


# --- the walks ------------------------------------------------------------------------------

async def walk_bindings(pilot, places=PLACES) -> int:
    app = pilot.app
    done: set[tuple[str, str, str, str]] = set()
    for place in places:
        await go(pilot, place)
        for key, action, owner in keys_here(app):
            if (place[0], key, action, owner) in done:
                continue  # the same binding, met again with the focus elsewhere
            done.add((place[0], key, action, owner))
            await go(pilot, place)
            await pilot.press(key)
            assert app.is_running, f"{key} ({action}) on {place} ended the reader"
    return len(done)


async def run_palette_command(pilot, title: str, help_text: str) -> None:
    from textual.command import CommandList, CommandPalette

    app = pilot.app
    await pilot.press("ctrl+p")
    await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
    palette = app.screen
    await pilot.press(*title[:3])  # typed, as a person would; the list then holds it
    commands = palette.query_one(CommandList)

    def found() -> int | None:
        for i in range(commands.option_count):
            hit = getattr(commands.get_option_at_index(i), "hit", None)
            if hit is not None and hit.text == title and str(hit.help) == help_text:
                return i
        return None

    await wait_until(pilot, lambda: found() is not None)
    commands.highlighted = found()
    await pilot.press("enter")
    await pilot.pause(0.1)


async def walk_palette(pilot) -> int:
    app = pilot.app

    def commands():  # their titles change with the locale, which some of them switch
        return [(c.title, c.help) for c in app.get_system_commands(app.screen) if c.title != app.t("Quit")]

    count = len(commands())
    for i in range(count):
        await to_main(pilot)
        title, help_text = commands()[i]
        await run_palette_command(pilot, title, help_text)
        assert app.is_running, f"the palette command {title!r} ended the reader"
        await pilot.press("escape")  # leave whatever it opened (a theme list, the keys, a screen)
        await pilot.pause(0.05)
    return count


@pytest.mark.long
@pytest.mark.parametrize("corpus", ["seeds", "generated"])
async def test_every_palette_command_and_every_binding_in_sequence(corpus, seed_index, generated_index,
                                                                   tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the Screenshot command saves where the reader runs
    monkeypatch.setenv("ALLIANCE_READER_STATE", str(tmp_path / "state"))
    ix = seed_index if corpus == "seeds" else generated_index
    app = seed_reader(ix, "en")
    app.animation_level = "none"  # scrolls land at once; the real terminals walk them animated
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: app.backend.ready and getattr(app.screen, "results", None) is not None)
        if corpus == "seeds":  # the palette does not depend on the corpus
            assert await walk_palette(pilot) >= 18
        else:  # every binding of every screen; on the seeds, test_forced_session walks them all again
            assert await walk_bindings(pilot) >= 60
        await to_main(pilot)
        assert app.is_running
        assert app.error_lines == []


async def test_a_palette_closed_under_its_own_late_work_ignores_it(seed_index):
    """What ended the reader, step by step: the palette's list was gone (the palette had
    closed) when its command gathering, its busy flag or its "No matches" timer came back."""
    from textual.command import CommandList

    from tui.palette import ReaderPalette

    app = seed_reader(seed_index, "en")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: app.backend.ready and getattr(app.screen, "results", None) is not None)
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, ReaderPalette))
        palette = app.screen
        commands = palette.query_one(CommandList)
        await commands.remove()
        palette._refresh_command_list(commands, [], True)
        palette._list_visible = not palette._list_visible
        palette._show_busy = not palette._show_busy
        palette._start_no_matches_countdown("zzq")
        palette._gather_commands("the")
        await pilot.pause(0.8)  # past the "No matches" countdown
        palette.dismiss()
        palette.dismiss()  # a second enter queued before it closed: must not pop the main screen
        await pilot.pause(0.2)
        assert app.is_running and app.error_lines == []
        assert type(app.screen).__name__ == "MainScreen"


@pytest.mark.long
@pytest.mark.e2e
def test_palette_commands_one_after_another_in_a_real_terminal(seed_index, tmp_path):
    """The crash as it was met: in a terminal, commands typed into the palette one after
    another at a person's uneven pace, `escape` after each."""
    import os
    import random
    import time

    from conftest import TODAY
    from test_e2e_tmux import BIN, Terminal

    state = tmp_path / "state"
    env = {"HOME": str(tmp_path), "TERM": "xterm-256color", "LANG": "en_US.UTF-8", "PATH": os.environ["PATH"],
           "ALLIANCE_READER_TODAY": TODAY, "ALLIANCE_READER_STATE": str(state)}
    term = Terminal(f"{BIN} --index-dir {seed_index}", env, cwd=tmp_path, width=110, height=32)
    rng = random.Random(7)
    try:
        term.wait_for("5 articles")
        for _ in range(16):  # 12 commands at uneven paces: the crash came within a few
            command = rng.choice(["theme", "keys", "maximize", "minimize", "quotes side", "entity browser", "search",
                                  "toggle metadata", "next quote", "Keys", "locale: en", "refresh"])
            term.keys("C-p")
            time.sleep(rng.choice([0, 0.05, 0.3]))
            term.type(command)
            time.sleep(rng.choice([0, 0.05, 0.3]))
            term.keys("Enter")
            time.sleep(rng.choice([0, 0.05, 0.3, 0.8]))
            term.keys("Escape")
            time.sleep(rng.choice([0.05, 0.3, 0.8]))
            screen = term.screen()
            assert "Traceback" not in screen and "unexpected error" not in screen, screen
            assert not term.status_file.exists(), f"the reader ended after {command!r}:\n{screen}"
        assert not (state / "errors.log").exists(), (state / "errors.log").read_text()
        term.keys("Escape")
        time.sleep(0.5)
        term.keys("q")
        assert term.exit_status(timeout=15) == 0
    finally:
        term.close()


async def test_the_palette_opened_again_before_the_closed_one_has_gone(seed_index):
    """The fresh-clone CI's crash under load: `ctrl+p` came while the palette just closed was
    still being taken out of the screen (its removal is not instant), and a second palette
    under the same id ended in `DuplicateIds`."""
    from tui.palette import ReaderPalette

    app = seed_reader(seed_index, "en")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: app.backend.ready and getattr(app.screen, "results", None) is not None)
        for _ in range(3):
            app.action_command_palette()
            await wait_until(pilot, lambda: isinstance(app.screen, ReaderPalette))
            app.screen.dismiss()
            app.action_command_palette()  # the same tick: the closed palette is not yet removed
            await pilot.pause(0.1)
            assert app.error_lines == [] and app.is_running
            assert isinstance(app.screen, ReaderPalette)
            app.screen.dismiss()
            await wait_until(pilot, lambda: type(app.screen).__name__ == "MainScreen")
        assert app.error_lines == []
