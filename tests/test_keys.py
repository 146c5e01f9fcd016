"""Keys where a user of terminal tools expects them (issue 15), driven by Pilot through make_app:
q/escape close every screen, q on the main screen and ctrl+c quit, j/k g/G ctrl+d/ctrl+u in
every list and pane, help from the bindings of the screen it was opened from, the palette
from the bindings, a footer that always shows q and ?, pane titles, dates with their year."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import ready, seed_reader, wait_until
from rich.cells import cell_len
from rich.console import Console

from tui.keys import NAV
from tui.screens.entities import EntitiesScreen
from tui.screens.export import ExportScreen
from tui.screens.facets import FacetsScreen
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen
from tui.screens.picker import PickerScreen
from tui.screens.quotes import QuotesScreen
from tui.screens.searches import SearchesScreen
from tui.screens.timeline import TimelineScreen
from tui.widgets.article import ArticleView
from tui.widgets.metadata import MetadataView
from tui.widgets.results import ResultsList


def reader(seed_index, locale="en", **kwargs):
    return seed_reader(seed_index, locale, **kwargs)


def on_main(app) -> bool:
    return isinstance(app.screen, MainScreen)


# --- quitting and closing -----------------------------------------------------------------

@pytest.mark.parametrize("key", ["q", "ctrl+c"])
async def test_q_and_ctrl_c_quit_from_the_main_screen(seed_index, key):
    app = reader(seed_index)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press(key)
        await pilot.pause()
    assert not app.is_running and app.return_code in (0, None)


async def test_ctrl_c_quits_from_the_search_bar_where_q_is_typed(seed_index):
    app = reader(seed_index)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("slash", "q")
        assert app.is_running and app.screen.query_one("#search").value == "q"
        await pilot.press("ctrl+c")
        await pilot.pause()
    assert not app.is_running


OPENERS = [
    ("E", EntitiesScreen), ("question_mark", HelpScreen), ("f", FacetsScreen), ("t", TimelineScreen),
    ("O", SearchesScreen), ("x", ExportScreen), ("c", QuotesScreen),
]


@pytest.mark.parametrize("close", ["q", "escape"])
@pytest.mark.parametrize("opener,kind", OPENERS, ids=[k.__name__ for _o, k in OPENERS])
async def test_q_and_escape_close_every_screen_and_the_reader_stays(seed_index, tmp_path, opener, kind, close):
    app = reader(seed_index, state_dir=str(tmp_path / "mine"))
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await wait_until(pilot, lambda: app.user.ready)
        await pilot.press(opener)
        await wait_until(pilot, lambda: isinstance(app.screen, kind))
        await pilot.pause(0.2)
        await pilot.press(close)
        await wait_until(pilot, lambda: on_main(app))
        assert app.is_running


@pytest.mark.parametrize("close", ["q", "escape"])
async def test_q_and_escape_close_the_column_picker_from_its_list(seed_index, close):
    app = reader(seed_index)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("c")
        await wait_until(pilot, lambda: isinstance(app.screen, QuotesScreen) and app.screen.views is not None)
        await pilot.press("p")
        await wait_until(pilot, lambda: isinstance(app.screen, PickerScreen))
        await pilot.press("q")  # in the filter box: a letter to filter by
        assert isinstance(app.screen, PickerScreen) and app.screen.query_one("#picker-filter").value == "q"
        await pilot.press("backspace", "down")  # to the list
        await pilot.press(close)
        await wait_until(pilot, lambda: isinstance(app.screen, QuotesScreen))
        await pilot.press(close)  # and the quotes screen too
        await wait_until(pilot, lambda: on_main(app))


# --- moving: j/k, g/G, ctrl+d/ctrl+u ---------------------------------------------------------

async def moves_a_list(pilot, box, *, first: int = 0) -> None:
    """j/k one down and up, G to the last, g to the first, ctrl+d down half a page and ctrl+u back."""
    last = max(i for i in range(box.option_count) if not box.get_option_at_index(i).disabled)
    box.highlighted = first
    await pilot.press("j")
    assert box.highlighted > first
    await pilot.press("k")
    assert box.highlighted == first
    await pilot.press("G")
    assert box.highlighted == last
    await pilot.press("g")
    assert box.highlighted == first
    await pilot.press("ctrl+d")
    assert box.highlighted > first
    await pilot.press("ctrl+u")
    assert box.highlighted == first


async def scrolls_a_pane(pilot, pane) -> None:
    await pilot.pause(0.2)
    assert pane.max_scroll_y > pane.size.height // 2, "too little to scroll"
    await pilot.press("G")
    await wait_until(pilot, lambda: pane.scroll_y == pane.max_scroll_y)
    await pilot.press("g")
    await wait_until(pilot, lambda: pane.scroll_y == 0)
    await pilot.press("j")
    await wait_until(pilot, lambda: pane.scroll_y >= 1)
    await pilot.press("k")
    await wait_until(pilot, lambda: pane.scroll_y == 0)
    await pilot.press("ctrl+d")
    await wait_until(pilot, lambda: pane.scroll_y >= pane.size.height // 2 - 1)
    await pilot.press("ctrl+u")
    await wait_until(pilot, lambda: pane.scroll_y == 0)


async def test_the_results_list_moves(seed_index):
    app = reader(seed_index)
    async with app.run_test(size=(120, 24)) as pilot:
        screen = await ready(pilot)
        results = screen.query_one(ResultsList)
        assert app.focused is results and len(results.rows) == 5
        await moves_a_list(pilot, results)


async def test_a_held_key_shows_the_article_where_the_cursor_stops_and_a_single_move_at_once(seed_index, monkeypatch):
    from textual import events

    import tui.screens.main
    from tui.messages import ArticleLoaded

    monkeypatch.setattr(tui.screens.main, "FOLLOW_PAUSE", 1.0)  # a slow machine's keys still come faster

    loaded: dict[int, str] = {}  # each message once (the hook sees it at every pump it passes)
    app = reader(seed_index)
    async with app.run_test(size=(120, 24), message_hook=lambda m: loaded.setdefault(id(m), m.key)
                            if isinstance(m, ArticleLoaded) else None) as pilot:
        screen = await ready(pilot)
        results, view = screen.query_one(ResultsList), screen.query_one(ArticleView)
        await wait_until(pilot, lambda: screen._follow_timer is None)  # the start's own highlights are shown
        await pilot.pause(1.1)
        loaded.clear()
        for _ in range(4):  # a held key: four moves faster than a person reads
            app.post_message(events.Key("j", "j"))
        await wait_until(pilot, lambda: results.highlighted == 4 and view.key == results.current_hit.key)
        keys = list(loaded.values())  # the first move's (or already the last's, when the keys came at once)
        assert len(keys) <= 2 and keys[-1] == results.rows[4].key and len(set(keys)) == len(keys)
        await wait_until(pilot, lambda: screen._follow_timer is None)
        await pilot.pause(1.1)
        loaded.clear()
        app.post_message(events.Key("k", "k"))  # one move after a pause: its article is asked for at once
        await wait_until(pilot, lambda: results.highlighted == 3)
        assert screen._follow_timer is None
        await wait_until(pilot, lambda: view.key == results.current_hit.key)
        assert list(loaded.values()) == [results.current_hit.key]


async def test_the_article_pane_scrolls(seed_index):
    app = reader(seed_index)
    async with app.run_test(size=(120, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("enter")
        view = screen.query_one(ArticleView)
        assert app.focused is view
        await scrolls_a_pane(pilot, view)


async def test_the_metadata_pane_moves(seed_index):
    app = reader(seed_index)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        meta = screen.query_one(MetadataView)
        await wait_until(pilot, lambda: meta.option_count > 5)
        screen.set_focus(meta)
        first = next(i for i in range(meta.option_count) if not meta.get_option_at_index(i).disabled)
        await moves_a_list(pilot, meta, first=first)


async def test_the_quotes_columns_move(seed_index):
    app = reader(seed_index)
    async with app.run_test(size=(120, 24)) as pilot:
        await ready(pilot)
        await pilot.press("c")
        await wait_until(pilot, lambda: isinstance(app.screen, QuotesScreen) and app.screen.views is not None)
        quotes = app.screen
        await pilot.pause(0.3)
        count = len(quotes.columns[0])
        assert count >= 4
        await pilot.press("j")
        assert quotes.cursor[0] == 1
        await pilot.press("k")
        assert quotes.cursor[0] == 0
        await pilot.press("G")
        assert quotes.cursor[0] == count - 1
        await pilot.press("g")
        assert quotes.cursor[0] == 0
        await pilot.press("ctrl+d")
        assert quotes.cursor[0] >= 1
        await pilot.press("ctrl+u")
        assert quotes.cursor[0] == 0


async def open_entity_browser(pilot, app):
    """E from the main screen, once the index is open: the entity table, filled."""
    await ready(pilot)
    await pilot.press("E")
    await wait_until(pilot, lambda: isinstance(app.screen, EntitiesScreen) and app.screen.rows)
    return app.screen.query_one("#entity-table")


async def test_down_from_the_entity_filter_goes_to_the_list(seed_index):
    """heldout35's walk: E, /, "AP", down, down, enter searched another row: down stayed in the
    filter box, and enter then took the row the cursor had been on."""
    app = reader(seed_index)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_entity_browser(pilot, app)
        await pilot.press("slash", "J", "e")
        assert app.focused is app.screen.query_one("#entity-filter")
        await pilot.press("down")
        assert app.focused is table and table.cursor_row == 0
        await pilot.press("down")
        assert table.cursor_row == min(1, len(app.screen.rows) - 1)


async def test_the_entity_table_and_its_detail_move(seed_index):
    app = reader(seed_index)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_entity_browser(pilot, app)
        assert app.focused is table
        await pilot.press("j")
        assert table.cursor_row == 1
        await pilot.press("k")
        assert table.cursor_row == 0
        await pilot.press("G")
        assert table.cursor_row == len(app.screen.rows) - 1
        await pilot.press("g")
        assert table.cursor_row == 0
        await pilot.press("ctrl+d")
        assert table.cursor_row >= 2
        await pilot.press("ctrl+u")
        assert table.cursor_row == 0
        await pilot.press("tab")
        detail = app.screen.query_one("#entity-detail")
        assert app.focused is detail
        await scrolls_a_pane(pilot, detail)


async def test_tab_moves_between_the_panes_and_never_into_the_search_bar(seed_index):
    """Two walkers pressed tab from the metadata pane, then j: the search bar took the focus and
    "j" replaced the query. tab and shift+tab go round the panes shown; "/" goes to the bar."""
    app = reader(seed_index)
    async with app.run_test(size=(160, 40)) as pilot:
        await ready(pilot)
        screen = app.screen
        ids = []
        for _ in range(4):
            await pilot.press("tab")
            ids.append(app.focused.id)
        assert ids == ["article", "meta", "results", "article"]
        await pilot.press("shift+tab", "shift+tab")
        assert app.focused.id == "meta"  # article → results → (round) metadata
        await pilot.press("tab")
        assert app.focused.id == "results"
        await pilot.press("slash", *"abe", "tab")
        assert app.focused.id == "results" and screen.query_one("#search").value == "abe"
        await pilot.press("m")
        await pilot.pause()
        assert not screen.query_one("#meta").display
        await pilot.press("tab", "tab")  # the metadata pane hidden: round the two shown
        assert app.focused.id == "results"


async def test_the_selected_result_stays_in_view_when_the_terminal_narrows(seed_index):
    """heldout35's walk: after resizing to 80x24 the results list stood at its old scroll while the
    titles wrapped onto more lines: the last result, the one shown, was out of view."""
    app = reader(seed_index)
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        await pilot.press("G")
        results = app.screen.query_one("#results")
        await pilot.resize_terminal(80, 24)
        await pilot.pause(0.5)
        assert results.max_scroll_y > 0 and results.scroll_y == results.max_scroll_y  # the last one at the bottom


async def test_the_facets_list_moves(seed_index):
    app = reader(seed_index)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("f")
        await wait_until(pilot, lambda: isinstance(app.screen, FacetsScreen))
        box = app.screen.query_one("#facets-list")
        assert app.focused is box
        await moves_a_list(pilot, box, first=box.highlighted)


async def test_the_saved_and_recent_searches_move(seed_index, tmp_path):
    from index.state import UserState

    with UserState.open(tmp_path / "mine") as state:
        for query in ("Mattis", "Okinawa", "Korsel", "Onodera", "Austin", "negara:Jepang", "Kishida", "Biden"):
            state.remember(query)
    app = reader(seed_index, state_dir=str(tmp_path / "mine"))
    async with app.run_test(size=(100, 24)) as pilot:
        await ready(pilot)
        await wait_until(pilot, lambda: app.user.ready)
        await pilot.press("O")
        await wait_until(pilot, lambda: isinstance(app.screen, SearchesScreen))
        box = app.screen.query_one("#history-list")
        assert app.focused is box and box.option_count == 8
        await moves_a_list(pilot, box)


async def on_the_column_pickers_list(pilot, app):
    """The quotes view's column picker open, its list focused: the list."""
    await ready(pilot)
    await pilot.press("c")
    await wait_until(pilot, lambda: isinstance(app.screen, QuotesScreen) and app.screen.views is not None)
    await pilot.press("p")
    await wait_until(pilot, lambda: isinstance(app.screen, PickerScreen))
    await pilot.press("down")
    box = app.screen.query_one("#picker-list")
    assert app.focused is box
    return box


async def test_the_column_picker_list_moves(seed_index):
    app = reader(seed_index)
    async with app.run_test(size=(120, 24)) as pilot:
        box = await on_the_column_pickers_list(pilot, app)
        await moves_a_list(pilot, box, first=box.highlighted)


@pytest.fixture(scope="module")
def monthly_index(tmp_path_factory):
    """One launch a month for three years: a timeline with a bar on every line (a run of
    empty months is one line, so the seeds' timeline fits a screen)."""
    from index.store import update_index

    base = tmp_path_factory.mktemp("monthly")
    corpus = base / "corpus"
    corpus.mkdir()
    for i in range(36):
        day = date(2021 + i // 12, i % 12 + 1, 10)
        (corpus / f"m{i:02d}.txt").write_text(
            f"Peluncuran rudal bulan ke-{i}\n\nKorea Utara menembakkan rudal balistik ke laut pada "
            f"{day.day}/{day.month}/{day.year}, kata militer Jepang kepada wartawan.\n", encoding="utf-8")
    update_index([str(corpus)], base / "ix")
    return corpus, base / "ix"


@pytest.mark.parametrize("opener,kind,pane", [("question_mark", HelpScreen, "#help-body"),
                                              ("t", TimelineScreen, "#timeline-rows")])
async def test_help_and_the_timeline_scroll(seed_index, monthly_index, opener, kind, pane):
    from tui.app import make_app

    corpus, ix = monthly_index
    app = reader(seed_index) if opener != "t" else make_app(
        [str(corpus)], str(ix), "id", today=date(2026, 11, 21), blink=False, watch_seconds=0, timings=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press(opener)
        await wait_until(pilot, lambda: isinstance(app.screen, kind))
        body = app.screen.query_one(pane)
        assert app.focused is body
        await (scrolls_a_pane(pilot, body) if opener != "t" else moves_a_list(pilot, body))


async def test_help_keeps_its_title_and_way_out_in_sight_scrolled_to_the_end(seed_index):
    """Once seen in a real terminal: help scrolled to its end showed no title, so it looked
    like the main screen under a panel of keys. Its border carries both."""
    app = reader(seed_index)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        body = app.screen.query_one("#help-body")
        await pilot.press("G")
        await wait_until(pilot, lambda: body.scroll_y > 0 and body.scroll_y == body.max_scroll_y)
        await pilot.pause()
        shown = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        assert "alliance-reader keys" in shown and "escape or q closes this screen" in shown, shown


def test_every_list_and_pane_has_the_moving_keys_with_ids():
    from tui.widgets.option_list import NavList
    from tui.widgets.pane import NavPane
    from tui.widgets.table import NavTable

    for owner in (ResultsList, MetadataView, ArticleView, NavList, NavPane, NavTable, QuotesScreen):
        bindings = {b.id: b for b in owner.BINDINGS}
        for key, _action, _desc, suffix in NAV:
            found = [b for b in bindings.values() if b.id.endswith("." + suffix)]
            assert found and key in found[0].key.split(","), (owner.__name__, suffix)


# --- help and the palette come from the bindings --------------------------------------------

def help_text(app) -> str:
    out = []
    for static in app.screen.query("Static"):
        console = Console(width=200, color_system=None, record=True)
        console.print(static.content)
        out.append(console.export_text())
    return "\n".join(out)


async def test_help_lists_the_keys_of_the_screen_it_was_opened_from(seed_index):
    app = reader(seed_index)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        main_help = help_text(app)
        assert "Entity browser" in main_help and "Next result" in main_help and "Swap" not in main_help
        assert "speaker:Austin" in main_help and "pembicara:" in main_help  # the search language, with examples
        await pilot.press("q")
        await wait_until(pilot, lambda: on_main(app))
        await pilot.press("c")
        await wait_until(pilot, lambda: isinstance(app.screen, QuotesScreen) and app.screen.views is not None)
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        quotes_help = help_text(app)
        assert "Swap" in quotes_help and "Choose column" in quotes_help and "Entity browser" not in quotes_help
        assert "Half a page down" in quotes_help and "Quit" in quotes_help  # the app's keys are everywhere
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, QuotesScreen))


async def test_the_palette_offers_every_command_binding_of_the_main_screen(seed_index):
    from tui.app import palette_bindings

    app = reader(seed_index)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        titles = {c.title: c for c in app.get_system_commands(app.screen)}
        expected = [b for _owner, b in palette_bindings()]
        assert len(expected) >= 20
        for b in expected:
            assert b.description in titles and str(titles[b.description].help) == b.tooltip, b.id
        await titles["Metadata"].callback()  # a command runs the binding's action
        assert "show-meta" in screen.classes


# --- what the main screen shows at 80x24 ----------------------------------------------------

@pytest.mark.parametrize("locale", ["id", "en", "ja", "ko"])
async def test_at_80x24_the_footer_shows_q_and_help_and_panes_have_titles(seed_index, locale):
    from textual.widgets._footer import FooterKey

    app = reader(seed_index, locale)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.pause(0.3)
        keys = {k.key: k for k in screen.query(FooterKey)}
        for key in ("q", "question_mark"):
            region = keys[key].region
            assert region.width and region.right <= 80 and region.y == 23, (key, region)
        assert screen.query_one(ResultsList).border_title == app.t("Results")
        assert screen.query_one(ArticleView).border_title == app.t("Article")
        assert screen.query_one(MetadataView).border_title == app.t("Metadata")
        assert len({app.t(w) for w in ("Results", "Article", "Metadata")}) == 3


@pytest.mark.parametrize("locale, width", [("id", 80), ("id", 120), ("ja", 80), ("en", 100)])
async def test_every_key_in_the_footer_is_shown_whole_or_not_at_all(seed_index, locale, width):
    """At 120 columns "l Bahasa" was cut to "l Baha" under the palette key: a key that does
    not fit is left to help and the palette, and the ones shown are whole."""
    from textual.widgets._footer import FooterKey

    app = reader(seed_index, locale)
    async with app.run_test(size=(width, 30)) as pilot:
        screen = await ready(pilot)
        await pilot.pause(0.3)
        keys = list(screen.query(FooterKey))
        [palette] = [k for k in keys if k.has_class("-command-palette")]
        shown = [k for k in keys if k is not palette]
        assert [k.key for k in shown[:2]] == ["q", "question_mark"]
        for k in shown:
            assert k.region.width >= cell_len(k.key_display) + cell_len(k.description), k.description
            assert k.region.right <= palette.region.x, (k.description, k.region, palette.region)
        await pilot.resize_terminal(200, 30)
        await pilot.pause(0.3)
        assert len(list(screen.query(FooterKey))) > len(keys)  # wider: the keys left out come back


async def test_the_footer_is_rebuilt_only_when_its_keys_change(seed_index):
    """Textual rebuilt the footer's keys on every change of the bindings, a move of the
    cursor included (a fifth of the reader's time on keys): the same keys stay the same
    widgets, and keys that change (the search bar takes the letters as text) are shown at once."""
    from textual.widgets._footer import FooterKey

    app = reader(seed_index, "en")
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await ready(pilot)
        await pilot.pause(0.3)
        before = list(screen.query(FooterKey))
        for key in ("down", "down", "up", "tab", "shift+tab"):
            await pilot.press(key)
            await pilot.pause(0.1)
        assert isinstance(app.focused, ResultsList)
        assert list(screen.query(FooterKey)) == before  # the very same widgets: nothing rebuilt
        assert "E" in [k.key for k in before]
        await pilot.press("slash")
        await wait_until(pilot, lambda: "E" not in [k.key for k in screen.query(FooterKey)])
        await pilot.press("tab")  # back to the results: their keys again
        await wait_until(pilot, lambda: [k.key for k in screen.query(FooterKey)] == [k.key for k in before])


@pytest.mark.parametrize("locale", ["id", "en", "ja", "ko"])
async def test_dates_in_the_results_never_lose_the_year(seed_index, locale):
    app = reader(seed_index, locale)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        results = screen.query_one(ResultsList)
        width = results.scrollable_content_region.width
        assert width < 30
        for i, hit in enumerate(results.rows):
            if not hit.date:
                continue
            console = Console(width=width, color_system=None, record=True)
            console.print(results.get_option(f"hit-{i}").prompt)
            shown = console.export_text()
            assert hit.date[:4] in shown, (hit.date, shown)


async def test_keys_typed_faster_than_the_reader_searches_take_effect_in_order(seed_index):
    """heldout48-49's walk: a burst of backspaces, then fast typing, left "country:Japan" as "ountry:Japan" (a
    backspace ran after the "c"): the text boxes run their editing keys as they get them."""
    from textual import events

    app = seed_reader(seed_index, "en")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: app.backend.ready and app.screen.results is not None)
        await pilot.press("slash", *"speaker:Kim")
        await pilot.pause(0.3)
        keys = ["backspace"] * 15 + list("country:Japan")
        for key in keys:  # all at once, as a terminal delivers a burst while the reader is busy
            app.post_message(events.Key(key, None if key == "backspace" else key))
        box = app.screen.query_one("#search")
        await wait_until(pilot, lambda: box.value.endswith("Japan"))
        await pilot.pause(0.3)
        assert box.value == "country:Japan"


async def test_letters_typed_on_the_entity_list_filter_it_instead_of_acting_on_the_article_behind(seed_index):
    """heldout62-63's walk: "Blue" typed into the entity browser switched the interface to Japanese (l) and
    marked an article read (u): the reader's own keys acted on the article behind the browser."""
    app = reader(seed_index)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_entity_browser(pilot, app)
        locale = app.locale_name
        await pilot.press("B", "l", "u", "e")
        box = app.screen.query_one("#entity-filter")
        assert box.value == "Blue" and app.focused is box and app.locale_name == locale
        await pilot.press("down")
        assert app.focused is table
        await pilot.press("j")  # the list's own keys still move it
        assert app.focused is table


async def typed_at_once(pilot, app, word: str, box_id: str):
    """`word` sent as one burst, as a terminal delivers a word typed fast: the box it reached."""
    from textual import events

    for key in word:
        app.post_message(events.Key(key, key))
    box = app.screen.query_one(box_id)
    await wait_until(pilot, lambda: len(box.value) >= len(word))
    return box


async def test_a_word_typed_at_once_on_the_entity_list_reaches_the_filter_whole(seed_index):
    """heldout99-100's walk: "Tokyo" typed at normal speed on the entity list left "T" in the filter (the rest lost)."""
    app = reader(seed_index)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_entity_browser(pilot, app)
        assert (await typed_at_once(pilot, app, "Tokyo", "#entity-filter")).value == "Tokyo"


async def test_a_word_typed_on_the_column_pickers_list_filters_it(seed_index):
    """heldout99-100's walk: on the picker's list, "South" typed did nothing visible, and enter then chose the row
    under the cursor (an article's column nobody asked for)."""
    app = reader(seed_index)
    async with app.run_test(size=(120, 36)) as pilot:
        await on_the_column_pickers_list(pilot, app)
        box = await typed_at_once(pilot, app, "Korea", "#picker-filter")
        assert box.value == "Korea" and app.focused is box


async def test_the_facets_names_are_without_colour_when_the_terminal_asks_for_none(seed_index, monkeypatch):
    """NO_COLOR: the facets listed people and countries in colour still (their styles were read once, when the
    module was, before the app turned colour off); two snapshot tests in one process disagreed by that."""
    from tui.render import set_monochrome

    monkeypatch.setenv("NO_COLOR", "1")
    app = reader(seed_index)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await ready(pilot)
            await pilot.press("f")
            await wait_until(pilot, lambda: isinstance(app.screen, FacetsScreen))
            box = app.screen.query_one("#facets-list")
            styled = [span.style for i in range(box.option_count) for span in box.get_option_at_index(i).prompt.spans
                      if not isinstance(span.style, str) and (span.style.bold or span.style.underline)]
            assert styled and all(style.color is None for style in styled)
    finally:
        set_monochrome(False)
