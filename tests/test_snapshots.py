"""SVG snapshots of the reader (pytest-textual-snapshot), clock, locale and blink fixed.

Update them after an intended change with: pytest tests/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from datetime import date

from conftest import article_shown, seed_reader, wait_until

TODAY = date(2026, 11, 21)


def reader(index_dir, locale="id"):
    return seed_reader(index_dir, locale)


async def settle(pilot):
    app = pilot.app
    for _ in range(300):
        await pilot.pause(0.05)
        if app.backend.ready and getattr(app.screen, "results", None) is not None and article_shown(app):
            break
    await pilot.pause(0.2)


def search(query):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("slash", *query, "enter")
        for _ in range(100):
            await pilot.pause(0.05)
            if pilot.app.screen.results.query == query and article_shown(pilot.app):
                break
        await pilot.pause(0.3)
    return run_before


def test_main_80x24(snap_compare, seed_index):
    assert snap_compare(reader(seed_index), terminal_size=(80, 24), run_before=search("Okinawa"))


def test_main_120x40(snap_compare, seed_index):
    assert snap_compare(reader(seed_index), terminal_size=(120, 40), run_before=search("Mattis"))


def test_main_120x40_english_first_article(snap_compare, seed_index):
    assert snap_compare(reader(seed_index, "en"), terminal_size=(120, 40), run_before=settle)


def test_help_screen(snap_compare, seed_index):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause(0.3)

    assert snap_compare(reader(seed_index, "en"), terminal_size=(100, 40), run_before=run_before)


def test_main_no_color(snap_compare, seed_index, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(reader(seed_index), terminal_size=(120, 40), run_before=search("Korsel"))


def then_press(run_first, *keys, wait=0.5):
    """Keys after run_first; when they open a screen, it is shown (under load a fixed pause once
    caught the facets half drawn), then `wait`."""
    async def run_before(pilot):
        await run_first(pilot)
        before = pilot.app.screen
        await pilot.press(*keys)
        if keys[-1] != "o":  # the sort stays on the main screen; every other key here opens one
            await wait_until(pilot, lambda: pilot.app.screen is not before and pilot.app.screen.is_mounted)
        await pilot.pause(wait)
    return run_before


def test_facets_120x40(snap_compare, seed_index):
    assert snap_compare(reader(seed_index, "en"), terminal_size=(120, 40), run_before=then_press(settle, "f"))


def test_timeline_120x40(snap_compare, seed_index):
    assert snap_compare(reader(seed_index, "en"), terminal_size=(120, 40), run_before=then_press(settle, "t"))


def test_sorted_newest_first_100x30(snap_compare, seed_index):
    assert snap_compare(reader(seed_index, "en"), terminal_size=(100, 30), run_before=then_press(settle, "o"))


async def settle_with_state(pilot):
    """The reader settled, and the user's own state (stars, searches) loaded."""
    await settle(pilot)
    for _ in range(100):
        if pilot.app.user.ready:
            break
        await pilot.pause(0.05)


def test_results_with_stars_and_unread_marks(snap_compare, seed_index, tmp_path):
    """★ starred, ● unread: the first result starred and opened (read), the third starred."""
    async def run_before(pilot):
        await settle_with_state(pilot)
        await pilot.press("s", "enter", "tab", "shift+tab")  # star, open (read), back to the list
        pilot.app.screen.set_focus(pilot.app.screen.query_one("#results"))
        await pilot.press("j", "j", "s")
        await pilot.pause(0.3)

    app = seed_reader(seed_index, "en", state_dir=str(tmp_path / "mine"))
    assert snap_compare(app, terminal_size=(120, 36), run_before=run_before)


def test_saved_searches_screen(snap_compare, seed_index, tmp_path):
    from index.state import UserState

    with UserState.open(tmp_path / "mine") as state:
        state.save_search("Japan's side", "negara:Jepang")
        state.save_search("Austin in Seoul", 'speaker:Austin tempat:Seoul')
        for query in ("Mattis", "date:[2018 to 2023]", "Okinawa"):
            state.remember(query)

    async def run_before(pilot):
        await settle_with_state(pilot)
        await pilot.press("O")
        await pilot.pause(0.4)

    app = seed_reader(seed_index, "en", state_dir=str(tmp_path / "mine"))
    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)


def test_export_choice_120x36(snap_compare, seed_index):
    import shutil
    from pathlib import Path

    state = Path("/tmp/alliance-reader-snapshot/mine")  # shown on screen: the same on every run
    shutil.rmtree(state.parent, ignore_errors=True)
    app = seed_reader(seed_index, "en", state_dir=str(state))
    assert snap_compare(app, terminal_size=(120, 36), run_before=then_press(settle_with_state, "x"))


# --- 80x24, the smallest terminal people use: q and ? in the footer, pane titles, dates whole (issue 15)

def test_main_80x24_ja(snap_compare, seed_index):
    assert snap_compare(reader(seed_index, "ja"), terminal_size=(80, 24), run_before=search("Okinawa"))


def test_main_80x24_ko(snap_compare, seed_index):
    assert snap_compare(reader(seed_index, "ko"), terminal_size=(80, 24), run_before=search("Okinawa"))


def test_main_80x24_no_color(snap_compare, seed_index, monkeypatch):
    """Every entity type legible without colour: organisations (CNA) too."""
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(reader(seed_index), terminal_size=(80, 24), run_before=search("Okinawa"))


def test_help_80x24_ja(snap_compare, seed_index):
    assert snap_compare(reader(seed_index, "ja"), terminal_size=(80, 24), run_before=then_press(settle, "question_mark"))
