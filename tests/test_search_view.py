"""The reader's search view can be trusted (issue 13): exact counts with every hit
reachable, sort, a new query at its top hit, refresh after a delete, articles read off the
UI thread, and the quotes view following the search."""

from __future__ import annotations

import shutil
import sys
import threading
from datetime import date

import pytest
from conftest import ROOT, SEEDS, ready, wait_until

from index.store import update_index
from tui.app import make_app
from tui.screens.main import FIRST_PAGE
from tui.widgets.article import ArticleView
from tui.widgets.results import ResultsList

TODAY = date(2026, 11, 21)
MANY = 230  # past one page (100) and past the 200 the reader used to stop at


def reader(index_dir, corpus=None, locale="en"):
    return make_app([str(corpus or SEEDS)], str(index_dir), locale, today=TODAY, blink=False, watch_seconds=0,
                    timings=False)


def status(screen) -> str:
    return str(screen.query_one("#status").render())


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench import generate_corpus

    base = tmp_path_factory.mktemp("many")
    generate_corpus(MANY, base / "corpus", SEEDS)
    update_index([str(base / "corpus")], base / "ix")
    return base


@pytest.fixture
def seeds_copy(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    update_index([str(corpus)], tmp_path / "ix")
    return corpus, tmp_path / "ix"


async def test_every_hit_is_reachable_and_the_count_says_how_many_are_listed(many):
    app = reader(many / "ix", many / "corpus")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        assert screen.results.total == MANY
        listed = screen.query_one(ResultsList)
        assert len(listed.hits) == FIRST_PAGE and f"every article, {FIRST_PAGE} listed, more as you scroll" in status(screen)
        listed.focus()
        for _ in range(6):  # the next page (a hundred) loads as the cursor nears the end
            listed.highlighted = len(listed.hits) - 1
            await pilot.pause(0.2)
        await wait_until(pilot, lambda: len(listed.hits) == MANY)
        assert "every article" in status(screen) and "listed" not in status(screen) and "hits" not in status(screen)
        assert len({h.key for h in listed.hits}) == MANY  # no hit twice, none missing


async def test_G_goes_to_the_last_hit_of_all_and_a_move_up_stops_the_following(many):
    """The walk through heldout95-96: the first G went to the 20th of 52 listed; a second G after the next page came."""
    app = reader(many / "ix", many / "corpus")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        listed = screen.query_one(ResultsList)
        listed.focus()
        await pilot.press("G")
        await wait_until(pilot, lambda: len(listed.hits) == MANY and listed.highlighted == len(listed.rows) - 1)
        assert listed.current_hit.key == listed.hits[-1].key
        await pilot.press("slash", *"Korea", "enter")  # a new search starts at its top, G forgotten
        await wait_until(pilot, lambda: screen.results.query == "Korea" and listed.highlighted == 0)
        await pilot.press("G", "k")  # G, then up before the next page came: the cursor stays where it was moved
        await pilot.pause(0.5)
        assert listed.highlighted < len(listed.rows) - 1


async def test_a_misspelling_typed_gets_its_suggestion_once_the_typist_pauses(seeds_copy, monkeypatch):
    corpus, ix = seeds_copy
    app = reader(ix, corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        asked: list[tuple[str, bool]] = []
        search = app.backend.search

        def spy(query, *args, **kwargs):
            asked.append((query, kwargs.get("suggest", True)))
            return search(query, *args, **kwargs)

        monkeypatch.setattr(app.backend, "search", spy)
        await pilot.press("slash", *"Okinwa")
        await wait_until(pilot, lambda: "Did you mean: okinawa?" in str(screen.query_one("#search-note").render()))
        assert asked and all(not suggest for _q, suggest in asked)  # searches as one types: no spelling
        await pilot.press("enter")
        await wait_until(pilot, lambda: asked[-1] == ("Okinwa", True))  # Enter asks at once
        # the note names the key that takes the suggestion (a walker found none), and it does
        note = str(screen.query_one("#search-note").render())
        assert "(^y to search for it)" in note, note
        await pilot.press("ctrl+y")
        await wait_until(pilot, lambda: screen.results.query == "okinawa" and screen.results.total > 0)
        assert screen.query_one("#search").value == "okinawa"


async def test_taking_the_suggestion_while_typing_leaves_the_typist_in_the_search_bar(seeds_copy):
    """heldout58-59's walk: after ^y the next keys typed ran as commands in the results."""
    corpus, ix = seeds_copy
    app = reader(ix, corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash", *"Okinwa")
        await wait_until(pilot, lambda: "Did you mean: okinawa?" in str(screen.query_one("#search-note").render()))
        await pilot.press("ctrl+y", "space", *"Jepang")
        box = screen.query_one("#search")
        await wait_until(pilot, lambda: box.value == "okinawa Jepang")
        assert screen.focused is box


async def test_a_word_being_typed_finds_the_words_it_begins(seeds_copy):
    """A new user's walk: "Okin" showed no results until the word was finished. The note
    says what was searched, the count is that search's, and a filter added keeps it."""
    corpus, ix = seeds_copy
    app = reader(ix, corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash", *"Okin")
        await wait_until(pilot, lambda: screen.results is not None and screen.results.completed == "Okin")
        note = str(screen.query_one("#search-note").render())
        assert "showing words that begin with it (okinawa)" in note, note
        assert [h.id for h in screen.query_one(ResultsList).hits] == ["001_0a4a08766a584ade"]
        assert "1 hit" in status(screen)
        screen._narrowed("year:2015")
        await wait_until(pilot, lambda: screen.results.query == "Okin* year:2015")
        assert screen.results.completed is None


async def test_sort_cycles_newest_then_oldest_and_says_so(many):
    app = reader(many / "ix", many / "corpus")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        screen.query_one(ResultsList).focus()
        await pilot.press("o")
        await wait_until(pilot, lambda: screen.results.sort == "newest")
        dates = [h.date for h in screen.results.hits if h.date]
        assert dates == sorted(dates, reverse=True) and "newest first" in status(screen)
        await pilot.press("o")
        await wait_until(pilot, lambda: screen.results.sort == "oldest")
        dates = [h.date for h in screen.results.hits if h.date]
        assert dates == sorted(dates)
        await pilot.press("o")
        await wait_until(pilot, lambda: screen.results.sort == "relevance")


async def test_a_new_query_starts_at_its_top_hit_with_fresh_counters(seeds_copy):
    corpus, ix = seeds_copy
    app = reader(ix, corpus, "id")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        listed = screen.query_one(ResultsList)
        listed.focus()
        await pilot.press("j", "j", "j")
        view = screen.query_one(ArticleView)
        await wait_until(pilot, lambda: view.key == listed.hits[3].key)
        await pilot.press("right_square_bracket")  # "kutipan 1/n" in the status line
        assert "kutipan" in screen.status_extra
        await pilot.press("slash", *"Korea", "enter")
        await wait_until(pilot, lambda: screen.results.query == "Korea")
        assert listed.highlighted == 0
        await wait_until(pilot, lambda: view.key == listed.hits[0].key)
        assert "kutipan" not in status(screen)


async def test_refresh_after_delete_add_and_change(seeds_copy):
    corpus, ix = seeds_copy
    app = make_app(None, str(ix), "en", today=TODAY, blink=False, watch_seconds=0, timings=False)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        assert screen.results.total == 5
        gone = sorted(corpus.glob("*.txt"))[0]
        gone_id = next(h.id for h in screen.results.hits if h.key.endswith(gone.name) or gone.stem in h.key)
        gone.unlink()
        (corpus / "new.txt").write_text((SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[1]).read_text(
            encoding="utf-8").replace("Korea", "Koreaa", 1), encoding="utf-8")
        update_index([str(corpus)], ix)
        await pilot.press("r")
        # (the new file copies a seed but for one word: one story, two articles)
        await wait_until(pilot, lambda: "5 articles" in status(screen) and screen.results.articles == 5)
        assert gone_id not in {h.id for h in screen.results.hits}
        (corpus / "new.txt").unlink()
        changed = sorted(corpus.glob("*.txt"))[0]
        changed.write_text(changed.read_text(encoding="utf-8") + "\n\nKata tambahan Zyxwvu muncul di sini.\n",
                           encoding="utf-8")
        update_index([str(corpus)], ix)
        await pilot.press("r")
        await wait_until(pilot, lambda: "4 articles" in status(screen) and screen.results.total == 4)
        assert "every article" in status(screen) and "hits" not in status(screen)  # no search typed: no "hits"
        await pilot.press("slash", *"Zyxwvu", "enter")  # the changed article, found by its new words
        await wait_until(pilot, lambda: screen.results.query == "Zyxwvu")
        assert screen.results.total == 1 and screen.results.hits[0].key.endswith(changed.name)


async def test_articles_are_read_off_the_ui_thread(seeds_copy, monkeypatch):
    from tui.backend import Backend

    corpus, ix = seeds_copy
    threads = []
    for name in ("article", "article_of"):
        def spy(self, *args, real=getattr(Backend, name)):
            threads.append(threading.current_thread() is threading.main_thread())
            return real(self, *args)

        monkeypatch.setattr(Backend, name, spy)
    app = reader(ix, corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        screen.query_one(ResultsList).focus()
        await pilot.press("j", "j", "k")
        view = screen.query_one(ArticleView)
        await wait_until(pilot, lambda: view.key == screen.query_one(ResultsList).current_hit.key)
        assert threads and not any(threads)


async def test_the_quotes_view_follows_the_search_and_a_key_shows_all(seeds_copy):
    from tui.screens.quotes import QuotesScreen

    corpus, ix = seeds_copy
    app = reader(ix, corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash", *"Onodera", "enter")
        await wait_until(pilot, lambda: screen.results.query == "Onodera")
        wanted = {h.key for h in screen.results.hits}
        assert 0 < len(wanted) < 5
        await pilot.press("c")
        await wait_until(pilot, lambda: isinstance(app.screen, QuotesScreen) and app.screen.views is not None)
        quotes = app.screen
        assert quotes.scope == wanted
        rows = quotes.columns[0] + quotes.columns[1]
        assert rows and {r.key for r in rows} <= wanted
        await pilot.press("a")  # every article
        everywhere = quotes.views.column(quotes.sources[0]) + quotes.views.column(quotes.sources[1])
        assert len(quotes.columns[0]) + len(quotes.columns[1]) == len(everywhere) >= len(rows)
        assert "all articles" in str(quotes.query_one("#quote-status").render())


def test_the_index_api_sees_a_delete_after_refresh(seeds_copy):
    from index.search import Searcher

    corpus, ix = seeds_copy
    searcher = Searcher(ix)
    assert searcher.search("").total == 5
    victim = sorted(corpus.glob("*.txt"))[0]
    victim_id = next(h.id for h in searcher.search("").hits if searcher.article(h.docnum).path.endswith(victim.name))
    victim.unlink()
    update_index([str(corpus)], ix)
    assert searcher.refresh() is True and searcher.refresh() is False
    found = searcher.search("")
    assert found.total == 4 == searcher.doc_count and victim_id not in {h.id for h in found.hits}


async def test_facets_count_every_match_and_narrow_the_search(many):
    from tui.screens.facets import FacetsScreen

    app = reader(many / "ix", many / "corpus")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("f")
        await wait_until(pilot, lambda: isinstance(app.screen, FacetsScreen))
        facets = app.screen
        outlets = screen.results.facets["outlet"]
        assert sum(outlets.values()) <= MANY and max(outlets.values()) > 0
        top_outlet, top_count = max(outlets.items(), key=lambda kv: (kv[1], kv[0]))
        listed = facets.query_one("#facets-list")
        first = listed.get_option_at_index(listed.highlighted)
        assert facets.terms[first.id].startswith("outlet:") and str(top_count) in first.prompt.plain
        chosen = facets.terms[first.id]
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen.results.query == chosen)
        assert not isinstance(app.screen, FacetsScreen)
        assert screen.results.total == max(outlets.values())  # the count shown is what the filter finds
        assert {h.outlet for h in screen.results.hits} == {first.prompt.plain.strip().rsplit("  ", 1)[0]}


async def test_the_years_in_the_filters_end_with_the_undated_matches(seed_index):
    """A new user's walk: the years summed to 14 of 17 hits, and nothing said where 3 were."""
    from conftest import seed_reader

    from tui.screens.facets import UNDATED_TERM, FacetsScreen

    app = seed_reader(seed_index, "en")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        total, years = screen.results.total, screen.results.facets["year"]
        await pilot.press("f")
        await wait_until(pilot, lambda: isinstance(app.screen, FacetsScreen))
        facets = app.screen
        listed = facets.query_one("#facets-list")
        rows = [listed.get_option_at_index(i) for i in range(listed.option_count)]
        undated = next(o for o in rows if facets.terms.get(o.id or "") == UNDATED_TERM)
        count = int(undated.prompt.plain.split()[-1])
        assert count == total - sum(years.values()) > 0 and "undated" in undated.prompt.plain
        listed.highlighted = rows.index(undated)
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen.results.query == UNDATED_TERM)
        assert screen.results.total == count and all(h.date is None for h in screen.results.hits)


async def test_a_filter_list_cut_short_says_how_many_more_and_how_to_reach_one(seed_index, monkeypatch):
    """A new user's walk: the speakers and people stopped at 30 with nothing saying more were left out."""
    from conftest import seed_reader

    from tui.screens import facets as facets_screen

    monkeypatch.setattr(facets_screen, "PER_GROUP", 2)
    app = seed_reader(seed_index, "en")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        people = screen.results.facets["person"]
        await pilot.press("f")
        await wait_until(pilot, lambda: isinstance(app.screen, facets_screen.FacetsScreen))
        listed = app.screen.query_one("#facets-list")
        lines = [listed.get_option_at_index(i).prompt.plain for i in range(listed.option_count)]
        assert f"  … {len(people) - 2} more, not listed: search person:name" in lines


async def test_the_timeline_counts_the_results_by_month(many):
    from index.search import timeline
    from tui.screens.timeline import TimelineScreen

    app = reader(many / "ix", many / "corpus")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash", *"Korea", "enter")
        await wait_until(pilot, lambda: screen.results.query == "Korea")
        await pilot.press("t")
        await wait_until(pilot, lambda: isinstance(app.screen, TimelineScreen))
        shown = app.screen
        months = timeline(screen.results.facets)
        assert shown.months == months and len(months) >= 2
        assert sum(n for _m, n in months) + shown.undated == screen.results.total
        busiest = max(months, key=lambda mn: mn[1])
        assert any(line.rstrip().endswith(f" {busiest[1]}") and "█" * 40 in line for line in timeline_lines(shown))
        await pilot.press("escape")
        assert not isinstance(app.screen, TimelineScreen)
        # enter on a month narrows the search to it
        await pilot.press("t")
        await wait_until(pilot, lambda: isinstance(app.screen, TimelineScreen))
        rows = app.screen.query_one("#timeline-rows")
        rows.highlighted = next(i for i in range(rows.option_count) if rows.get_option_at_index(i).id == busiest[0])
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen.results.query == f"Korea date:{busiest[0]}")
        assert not isinstance(app.screen, TimelineScreen)
        assert 0 < screen.results.total <= busiest[1]
        assert all(h.date.startswith(busiest[0]) for h in screen.results.hits)


def timeline_lines(shown) -> list[str]:
    rows = shown.query_one("#timeline-rows")
    return [rows.get_option_at_index(i).prompt.plain for i in range(rows.option_count)]


def test_a_query_of_punctuation_says_so_without_naming_an_exception(seeds_copy):
    from index.search import Searcher

    _corpus, ix = seeds_copy
    res = Searcher(ix).search("/")
    assert res.total == 0 and res.error == "nothing to search for in the query"


@pytest.fixture
def guessed_years(tmp_path):
    """The seeds and three launches: two dated by a weekday alone (the year a guess), one
    with its year written."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    days = {"tebakan1": "Selasa (17/11)", "tebakan2": "Selasa (17/11) malam", "tertulis": "Selasa (17/11/2026)"}
    for name, day in days.items():
        (corpus / f"{name}.txt").write_text(
            f"Peluncuran rudal {name}\n\nKorea Utara menembakkan rudal balistik ke laut pada {day}, "
            f"kata militer Korea Selatan. Jepang memprotes peluncuran {name} itu.\n", encoding="utf-8")
    update_index([str(corpus)], tmp_path / "ix")
    return corpus, tmp_path / "ix"


async def test_the_timeline_and_the_year_facet_count_guessed_years_apart(guessed_years):
    """An analyst must not read a guessed year as a known one: the timeline draws those
    articles light and counts them with a "?", and the year facet says how many are guesses."""
    from index.search import Searcher, guessed
    from tui.screens.facets import FacetsScreen
    from tui.screens.timeline import GUESSED_BAR, TimelineScreen

    corpus, ix = guessed_years
    searcher = Searcher(ix)
    try:
        res = searcher.search("peluncuran rudal", limit=50)
    finally:
        searcher.close()
    unsure = [h.date[:7] for h in res.hits if h.date_unsure]
    assert len(unsure) == 2 and len({h.date[:7] for h in res.hits if h.date and not h.date_unsure}) >= 1
    month = unsure[0]
    assert guessed(res.facets) == {month: 2} and guessed(res.facets, "year") == {month[:4]: 2}

    app = reader(ix, corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash", *"peluncuran rudal", "enter")
        await wait_until(pilot, lambda: screen.results.query == "peluncuran rudal")
        await pilot.press("t")
        await wait_until(pilot, lambda: isinstance(app.screen, TimelineScreen))
        line = next(x for x in timeline_lines(app.screen) if x.rstrip().endswith("(2 ?)"))
        assert GUESSED_BAR in line and "█" in line  # two guessed of the month's three
        assert "2 with the date uncertain (?)" in str(app.screen.query_one("#timeline-title").render())
        await pilot.press("escape")
        await pilot.press("f")
        await wait_until(pilot, lambda: isinstance(app.screen, FacetsScreen))
        listed = app.screen.query_one("#facets-list")
        years = [listed.get_option_at_index(i).prompt.plain for i in range(listed.option_count)]
        assert any(y.strip().startswith(month[:4]) and "(2 with the date uncertain)" in y for y in years), years


async def test_x_exports_every_match_not_only_the_rows_listed(many, tmp_path, monkeypatch):
    """The list holds the first page; an export of "the results" is every match, in order."""
    import csv

    from index.search import Searcher
    from tui.screens.export import ExportScreen

    monkeypatch.setenv("ALLIANCE_READER_STATE", str(tmp_path / "state"))
    searcher = Searcher(many / "ix")
    try:
        every = [h.id for h in searcher.search("Korea", limit=MANY).hits]
    finally:
        searcher.close()
    app = reader(many / "ix", many / "corpus")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash", *"Korea", "enter")
        await wait_until(pilot, lambda: screen.results.query == "Korea")
        listed = len(screen.query_one(ResultsList).hits)
        assert listed < len(every)  # only the first page is listed
        await pilot.press("x")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportScreen))
        assert f"{len(every)} results" in str(app.screen.query_one(".modal-title").render())
        await pilot.press("c")
        await wait_until(pilot, lambda: getattr(app, "last_export", None) is not None)
        # the toast gives the file's name a line of its own: a narrow toast never splits it
        assert any(n.message.endswith("/\n" + app.last_export.name) for n in app._notifications)
    rows = list(csv.DictReader(app.last_export.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["article_id"] for r in rows] == every


async def test_the_starred_view_marks_a_guessed_year_too(guessed_years, tmp_path, monkeypatch):
    from tui.screens.day import StarredResults

    corpus, ix = guessed_years
    monkeypatch.setenv("ALLIANCE_READER_STATE", str(tmp_path / "state"))
    app = reader(ix, corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash", *"peluncuran rudal", "enter")
        await wait_until(pilot, lambda: screen.results.query == "peluncuran rudal")
        await wait_until(pilot, lambda: app.user.ready)
        for hit in screen.results.hits:
            app.user.toggle_star(hit.key)
        unsure = {h.key for h in screen.results.hits if h.date_unsure}
        await pilot.press("S")
        await wait_until(pilot, lambda: isinstance(screen.results, StarredResults))
        assert {h.key for h in screen.results.hits if h.date_unsure} == unsure and len(unsure) == 2


async def test_a_person_named_only_in_a_caption_is_counted_alike_everywhere(tmp_path):
    """Search and facets find an article by a name in its headline, captions or credits;
    the entity browser counts that article too, and the metadata pane lists the name,
    saying where it stands, instead of leaving out a name the article is found by."""
    from index.entity_views import EntityCorpus
    from index.search import Searcher
    from tui.widgets.metadata import MetadataView

    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    (corpus / "caption.txt").write_text(
        "Jepang Perkuat Pertahanan Rudal\n\n"
        "Pemerintah Jepang menyetujui anggaran pertahanan rudal terbesar dalam sejarahnya pada Jumat, "
        "kata pejabat kementerian kepada wartawan di Tokyo.\n\n"
        "Perdana Menteri Jepang Sayaka Tomimura berbicara di Tokyo, 16 Maret 2023. (AFP/Kim Kyung-Hoon)\n\n"
        "Anggaran itu mencakup pembelian rudal jelajah dan perluasan pangkalan di selatan negara itu.\n",
        encoding="utf-8")
    update_index([str(corpus)], tmp_path / "ix")
    searcher = Searcher(tmp_path / "ix")
    try:
        found = searcher.search('person:"Sayaka Tomimura"', limit=5)
        articles = [(h.key, searcher.article(h.docnum)) for h in found.hits]
    finally:
        searcher.close()
    assert found.total == 1 and found.facets["person"].get("Sayaka Tomimura") == 1
    article = articles[0][1]
    assert "Sayaka Tomimura" not in {e.canonical for e in article.entities}  # only in the caption
    stat = EntityCorpus.build(articles).stats[("person", "Sayaka Tomimura")]
    assert len(stat.articles) == found.total and stat.mentions == 0
    assert stat.aside == {articles[0][0]}  # so the browser can say why 0 mentions come with 1 article

    app = reader(tmp_path / "ix", corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash", *'person:"Sayaka Tomimura"', "enter")
        await wait_until(pilot, lambda: screen.results.total == 1)
        meta = screen.query_one(MetadataView)
        await wait_until(pilot, lambda: meta.option_count > 0)
        lines = [str(meta.get_option_at_index(i).prompt) for i in range(meta.option_count)]
        assert "Sayaka Tomimura  (headline, caption or credit)" in lines, lines
        await pilot.press("E")  # the entity browser says why 0 mentions come with 1 article (a walker's finding)
        await wait_until(pilot, lambda: type(app.screen).__name__ == "EntitiesScreen" and app.screen.rows)
        await pilot.press("slash", *"Tomimura")
        await wait_until(pilot, lambda: [s.canonical for s in app.screen.rows] == ["Sayaka Tomimura"])
        info = app.screen.query_one("#entity-info").content.plain
        assert "0 mentions in the text · 1 article (1 only in a headline, caption or credit)" in info, info
        # the table marks the count too, with its key under it (a walker read "0 · 1" as an error)
        table = app.screen.query_one("#entity-table")
        assert str(table.get_row_at(0)[3]).strip() == "1*"
        status = app.screen.query_one("#entity-status").content.plain
        assert "* some only in a headline, caption or credit" in status, status


def test_a_long_run_of_empty_months_is_one_line_of_the_timeline():
    from tui.screens.timeline import bar_rows

    months = [("2020-01", 2), *[(f"2020-{m:02d}", 0) for m in range(2, 12)], ("2020-12", 1),
              ("2021-01", 0), ("2021-02", 3)]
    lines = [line.plain for _month, line in bar_rows(months, "en")]
    assert len(lines) == 5, lines  # Jan, "10 months with no dated article", Dec, the one empty month, Feb
    assert lines[1].strip() == "⋮ 10 months with no dated article" and lines[3].rstrip().endswith("·")


async def test_the_outlets_in_the_filters_end_with_the_matches_no_outlet_names(tmp_path):
    """The walk through heldout81–82: the outlets summed to 21 of 36 hits, and nothing said where 15 were."""
    from tui.screens.facets import FacetsScreen

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Latihan Gabungan Dimulai\n\nKOMPAS.com - Latihan gabungan tiga negara dimulai di "
                                  "perairan Jeju pada Senin (12/6/2023).\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Latihan Gabungan Berlanjut\n\nLatihan gabungan tiga negara berlanjut di perairan Jeju "
                                  "pada Selasa (13/6/2023).\n", encoding="utf-8")
    update_index([str(corpus)], tmp_path / "ix")
    app = reader(tmp_path / "ix", corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("f")
        await wait_until(pilot, lambda: isinstance(app.screen, FacetsScreen))
        listed = app.screen.query_one("#facets-list")
        rows = [listed.get_option_at_index(i).prompt.plain for i in range(listed.option_count)]
        assert "  KOMPAS.com  1" in rows, rows
        assert any(r.strip() == "no outlet named  1" for r in rows), rows
