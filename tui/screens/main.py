"""The main screen: search bar, results | article | metadata, status line, footer."""

from __future__ import annotations

import time
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, OptionList, ProgressBar, Static
from textual.worker import get_current_worker

from ..i18n import N_, counted
from ..keys import key_of
from ..messages import ArticleLoaded, IndexChanged, IndexProgress, IndexReady, SearchDone, SearchFor, SuggestionFound
from ..render import lost_mark_note, quote_evidence, shown_speaker
from ..searchhelp import undated_note
from ..widgets.article import ArticleView
from ..widgets.footer import ReaderFooter
from ..widgets.metadata import MetadataView
from ..widgets.results import ResultsList
from ..widgets.typed_input import TypedInput
from .day import DayScreen, StarredResults  # stars, read marks, saved searches, history, copy, export

WIDE = 100  # columns: three panes at or above, metadata folds below
PAGE = 100  # hits fetched at a time; the next page loads as the cursor nears the end
FIRST_PAGE = 20  # the first page of a search: two screenfuls, highlighted at each keystroke
ACCEPT_SUGGESTION = "main.accept-suggestion"  # the binding that takes the spelling suggested (its key is named beside it)
SUGGEST_AFTER = 0.5  # seconds a typist pauses on a query that matches nothing before a spelling is suggested
SKIPPED_SHOWN = 5  # skipped files named in the notice when a build ends (with why)
NEAR_END = 10  # results from the end of the list at which the next page is asked for
# seconds: a cursor that moves again sooner (a held key) shows the article where it stops;
# a move after a pause shows it at once. Each article shown costs a layout and a render
# (about 75 ms of CPU at 120x40): thirty a second kept a core busy and lagged the keys.
FOLLOW_PAUSE = 0.12
SORTS = {"relevance": N_("by relevance"), "newest": N_("newest first"), "oldest": N_("oldest first")}


class MainScreen(DayScreen):
    BINDINGS = [
        Binding("slash", "focus_search", N_("Search"), tooltip=N_("Focus the search bar"), id="main.search"),
        Binding("c", "compare_quotes", N_("Quotes"), tooltip=N_("Compare what two speakers or sides said"), id="main.quotes"),
        Binding("e", "toggle_entities", N_("Entities"), tooltip=N_("Show or hide people, countries, places, organisations"), id="main.entities"),
        Binding("w", "toggle_speakers", N_("Speakers"), show=False,
                tooltip=N_("Show or hide who said each quote, written after it: hidden, the text reads as the page printed it"),
                id="main.speakers"),
        Binding("n", "next_hit", N_("Next hit"), tooltip=N_("Jump to the next hit in the article"), id="main.next-hit"),
        Binding("N", "previous_hit", N_("Previous hit"), show=False, tooltip=N_("Jump to the previous hit"), id="main.previous-hit"),
        Binding("right_square_bracket", "next_quote", N_("Next quote"), show=False, tooltip=N_("Jump to the next quote"), id="main.next-quote"),
        Binding("left_square_bracket", "previous_quote", N_("Previous quote"), show=False, tooltip=N_("Jump to the previous quote"), id="main.previous-quote"),
        Binding("m", "toggle_metadata", N_("Metadata"), tooltip=N_("Show or hide the metadata pane"), id="main.metadata"),
        Binding("E", "entity_browser", N_("Entity browser"), tooltip=N_("Everyone and everything the corpus names"), id="main.entity-browser"),
        Binding("r", "refresh_index", N_("Refresh"), show=False, tooltip=N_("Load a newer shared index"), id="main.refresh"),
        Binding("o", "cycle_sort", N_("Sort"), show=False, tooltip=N_("Relevance, newest first, oldest first (by date, the undated last)"), id="main.sort"),
        Binding("f", "facets", N_("Filters"), show=False, tooltip=N_("Narrow the results by outlet, year, country, speaker or person"), id="main.facets"),
        Binding("t", "timeline", N_("Timeline"), show=False, tooltip=N_("The results by month"), id="main.timeline"),
        Binding("escape", "leave_search", N_("Back"), show=False, id="main.back"),
        Binding("tab", "pane(1)", N_("Next pane"), show=False, tooltip=N_("Results, article, metadata: never the search bar"),
                id="main.next-pane"),
        Binding("shift+tab", "pane(-1)", N_("Previous pane"), show=False, id="main.previous-pane"),
        Binding("ctrl+y", "accept_suggestion", N_("Use suggestion"), show=False,
                tooltip=N_("Search for the spelling suggested under the search bar"), id=ACCEPT_SUGGESTION),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.serial = 0
        self.results = None
        self.status_extra = ""
        self._status_about: str | None = None  # the article the status line speaks of (a quote, a hit)
        self.index_status = None  # t -> what the index is doing, in the language of the moment
        self.pending_changes = False
        self._search_timer = None
        self.sort = "relevance"
        self._keep_key: str | None = None  # the article to stay on when the same search reruns
        self._loading_more = False
        self._to_end = False  # G pressed: each page loaded moves the cursor to the last hit, until the last of all
        self._article_ticket = 0  # the newest article asked for: older loads are dropped
        self._shown_at = 0.0  # when the last article was asked for (time.monotonic)
        self._follow_timer = None  # the article to show where a moving cursor stops
        self._asked: tuple[str, tuple[str, ...]] | None = None  # the hit and the terms last asked for
        self._quiet_key: str | None = None  # a highlight moved to an article already asked for

    # -- layout
    def compose(self) -> ComposeResult:
        with Vertical(id="top"):
            yield TypedInput(placeholder=self.app.t("Search… ( / )"), id="search")
            yield Static(id="search-note")
        with Horizontal(id="panes"):
            yield ResultsList(id="results")
            with Horizontal(id="reading"):
                yield ArticleView(id="article")
                yield MetadataView(id="meta")
        with Vertical(id="build"):  # a first build's progress: the count and the time left
            yield Static(id="build-label")
            yield ProgressBar(id="build-bar", show_eta=True)
        yield Static(id="status")
        yield ReaderFooter()

    def on_mount(self) -> None:
        self.query_one("#search", Input).cursor_blink = self.app.blink
        self._apply_width(self.app.size.width)
        article = self.query_one(ArticleView)
        article.locale, article.t = self.app.locale_name, self.app.t
        article.show_message(self.app.t("Opening the index…"))
        self.set_focus(self.query_one("#results", ResultsList))
        self._title_panes()
        self.update_status()

    def _title_panes(self) -> None:
        t = self.app.t
        self.query_one("#results").border_title = t("Results")
        self.query_one(ArticleView).border_title = t("Article")
        self.query_one(MetadataView).border_title = t("Metadata")

    def on_resize(self, event) -> None:
        self._apply_width(event.size.width)
        # a narrower list wraps its titles onto more lines: the selected result keeps in view
        self.call_after_refresh(self.query_one("#results", ResultsList).scroll_to_highlight)

    def _apply_width(self, width: int) -> None:
        narrow = width < WIDE
        self.set_class(narrow, "narrow")
        self.set_class(not narrow, "wide")

    # -- status
    def update_status(self) -> None:
        t = self.app.t
        parts = []  # what the user just did first: a narrow line ends in "…", and cuts the rest
        if self.pending_changes:
            parts.append(t("index updated: r to refresh"))
        if self.status_extra:
            parts.append(self.status_extra)
        if self.index_status is not None:
            parts.append(self.index_status(t))
        if self.results is not None:
            parts.append(self._count_line())
        parts.append(t("locale") + f": {self.app.locale_name}")
        self.query_one("#status", Static).update(Text("  ·  ".join(parts)))

    def _count_line(self) -> str:
        """"67 hits", "1,204 hits, 200 listed": every match first, then how many of them the list
        holds while more are still to load as the cursor nears its end (two new users read
        "20 of 30 hits" as ten missing); a total cut short by the time budget says so with a +."""
        from babel.numbers import format_decimal

        t, res = self.app.t, self.results
        total = format_decimal(res.total, locale=self.app.locale_name) + ("" if res.exact else "+")
        # no words typed: every article is listed (the corpus's count stands before), none is a "hit" (the walk
        # through heldout76-85's numbers read "174 hits" for an empty search)
        every = not res.query.strip() and not isinstance(res, StarredResults)  # (the starred view lists the starred)
        line = t("every article") if every else f"{total} " + counted(t, res.total, "hit", "hits")
        if len(res.hits) < res.total:
            # ("35 articles · every article, 20 listed" read as 15 filtered out: the rest come as the list scrolls)
            line += ", " + t("{shown} listed, more as you scroll").format(shown=format_decimal(len(res.hits), locale=self.app.locale_name))
        if res.articles > res.total and not every:  # stories several outlets published count once
            line += f" ({format_decimal(res.articles, locale=self.app.locale_name)} " + t("articles") + ")"
        if self.sort != "relevance":
            line += f" · {t(SORTS[self.sort])}"
        if self.app.timings:
            line += f" · {res.took_ms:.0f} ms"
        return line

    def say(self, message: str) -> None:
        self.status_extra = message
        self._status_about = None
        self.update_status()

    # -- index lifecycle (messages from the app's workers)
    def on_index_progress(self, message: IndexProgress) -> None:
        from babel.numbers import format_decimal

        done, total = message.done, message.total
        self.index_status = lambda t: t("Indexing") + f" {done}/{total}"
        self.update_status()
        self.add_class("building")
        self.query_one("#build-bar", ProgressBar).update(total=max(total, 1), progress=done)
        loc = self.app.locale_name
        line = self.app.t("Building the index: {done} of {total} files").format(
            done=format_decimal(done, locale=loc), total=format_decimal(total, locale=loc))
        if total and done >= total:
            line += " · " + self.app.t("finishing…")
        self.query_one("#build-label", Static).update(Text(line))

    def on_index_ready(self, message: IndexReady) -> None:
        outcome = message.outcome
        self.remove_class("building")
        if outcome.error and not self.app.backend.ready:
            self.index_status = lambda t: t(outcome.error)
            self.query_one(ArticleView).show_message(self.app.t(outcome.error))
            self.update_status()
            return

        def index_status(t) -> str:
            line = f"{outcome.total} " + counted(t, outcome.total, "article", "articles")
            if outcome.skipped:
                # every file is either indexed or reported: `alliance-reader index` names them
                line += f" ({outcome.skipped} " + t("files skipped") + ")"
            if outcome.error:
                line += f" ({t(outcome.error)})"
            return line

        self.index_status = index_status
        self.update_status()
        if outcome.skipped_files:
            self._tell_skipped(outcome)
        self.start_search(self.query_one("#search", Input).value, immediate=True)

    def _tell_skipped(self, outcome) -> None:
        """Every file is either indexed or named with why it was not: the first few here
        (in the reader's language), then how many more and where every one is named."""
        t = self.app.t
        shown = outcome.skipped_files[:SKIPPED_SHOWN]
        lines = [f"{Path(path).name}: {t(reason)}" for path, reason in shown]
        if (more := outcome.skipped - len(shown)) > 0:
            lines.append(t("… and {count} more: `alliance-reader index` names every one").format(count=more))
        self.app.notify("\n".join(lines), title=t("Not indexed"), severity="warning", timeout=15, markup=False)

    def on_index_changed(self, message: IndexChanged) -> None:
        if message.generation is not None and message.generation == self.app.backend.opened_generation:
            return  # seen before `r` took it in: the news is stale, the status must not ask for `r` again
        if message.rebuilt:  # the generation on screen is gone: take the new one, as `r` would
            self.action_refresh_index(self.app.t("The shared index was rebuilt: now reading the new one."))
            return
        if not self.pending_changes:
            self.pending_changes = True
            self.app.notify(self.app.t("The shared index changed: press r to refresh."), timeout=6)
            self.update_status()

    # -- searching
    @on(Input.Changed, "#search")
    def _typed(self, event: Input.Changed) -> None:
        self.start_search(event.value)

    @on(Input.Submitted, "#search")
    def _submitted(self, event: Input.Submitted) -> None:
        self.start_search(event.value, immediate=True)
        self.set_focus(self.query_one("#results", ResultsList))

    def start_search(self, query: str, immediate: bool = False) -> None:
        if not self.app.backend.ready:
            return
        self.serial += 1
        serial = self.serial
        if self._search_timer is not None:
            self._search_timer.stop()
        if immediate:
            self.run_search(query, serial)
        else:
            self._search_timer = self.set_timer(0.06, lambda: self._debounced(query, serial))

    def _debounced(self, query: str, serial: int) -> None:
        # A timer can fire after a newer search started (its event was already queued):
        # a stale one must not start a worker, which would cancel the current one.
        if serial == self.serial:
            self.run_search(query, serial, typing=True)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str, serial: int, offset: int = 0, typing: bool = False) -> None:
        """While someone types, no spelling suggestion (asked once they pause: _suggest_later)."""
        from index.query_limits import SearchCancelled

        worker = get_current_worker()
        try:
            results = self.app.backend.search(query, limit=PAGE if offset else FIRST_PAGE, offset=offset,
                                              sort=self.sort, cancelled=lambda: worker.is_cancelled,
                                              suggest=not typing)
        except SearchCancelled:
            return  # a newer query took over: its worker reports
        except Exception as exc:  # noqa: BLE001 - shown, never crashes the reader
            from ..backend import index_problem

            results = None
            self.app.call_from_thread(self.say, self.app.t(index_problem(exc, self.app.backend.index_dir)))
        if results is not None and not worker.is_cancelled:
            self.post_message(SearchDone(results, serial))
            if typing and not results.matching and query.strip():
                self.app.call_from_thread(self._suggest_later, query, serial)

    def _suggest_later(self, query: str, serial: int) -> None:
        self.set_timer(SUGGEST_AFTER, lambda: self.find_suggestion(query, serial) if serial == self.serial else None)

    @work(thread=True, exclusive=True, group="suggest")
    def find_suggestion(self, query: str, serial: int) -> None:
        try:
            suggestion = self.app.backend.suggestion(query)
        except Exception:  # noqa: BLE001 - a suggestion is a nicety: none is shown
            return
        if suggestion:
            self.post_message(SuggestionFound(query, suggestion, serial))

    def on_suggestion_found(self, message: SuggestionFound) -> None:
        if message.serial != self.serial or self.results is None or self.results.query != message.query:
            return
        self.results.suggestion = message.suggestion
        self._show_note(self.results)

    def on_search_done(self, message: SearchDone) -> None:
        if message.serial != self.serial:
            return  # a newer query is under way
        res = message.results
        if res.offset:
            self._more_done(res)
            return
        self.app.search_log.append(res.took_ms)
        t = self.app.t
        keep, self._keep_key = self._keep_key, None  # a new query starts at its top hit
        self._to_end = False
        if keep is None:
            self.status_extra = ""  # "hit 3/3", "quote 1/2" belonged to the last article
        self._loading_more = False
        self.results = res
        self._show_note(res)
        results = self.query_one("#results", ResultsList)
        results.set_hits(res.hits, self.app.locale_name, t, keep_key=keep)
        if not res.hits:
            self._say_no_match()
            self.query_one(MetadataView).show_article(None, self.app.locale_name, self.app.today, t)
        self.update_status()

    def _say_no_match(self) -> None:
        self.query_one(ArticleView).show_message(self.app.t("No articles match."))

    def _show_note(self, res) -> None:
        """The line under the search bar: the query's error, a spelling suggestion."""
        t = self.app.t
        note = []
        if res.error:
            note.append(t(res.error))
        if res.completed:
            note.append(t("No word “{word}” as typed: showing words that begin with it ({words})").format(
                word=res.completed, words=", ".join(res.completions)))
        from index.search import unfielded

        if res.suggestion and unfielded(res.query, res.suggestion):
            # "person:Narang" → "Narang" read as "did you mean: Narang?", a suggestion that changed nothing
            note.append(t("No article names it so, but the text holds the words: {suggestion} ({key} to search the text)")
                        .format(suggestion=res.suggestion, key=key_of(self, ACCEPT_SUGGESTION)))
        elif res.suggestion:
            key = key_of(self, ACCEPT_SUGGESTION)
            note.append(t("Did you mean: {suggestion}? ({key} to search for it)").format(suggestion=res.suggestion, key=key))
        if res.guessed_years:
            note.append(counted(t, res.guessed_years, N_("{n} of these has an uncertain date (marked ?)"),
                                N_("{n} of these have an uncertain date (marked ?)")).format(n=res.guessed_years))
        if res.undated:
            note.append(undated_note(res.undated, t))
        self.query_one("#search-note", Static).update(Text("  ".join(note)))
        self.query_one("#search-note").set_class(bool(note), "visible")

    def _more_done(self, res) -> None:
        """The next page of the same search: appended below, the cursor stays."""
        self._loading_more = False
        if self.results is None or res.query != self.results.query or res.offset != len(self.results.hits):
            return
        self.results.hits = self.results.hits + res.hits
        listed = self.query_one("#results", ResultsList)
        listed.append_hits(res.hits, self.app.locale_name, self.app.t)
        if self._to_end:
            listed.action_last()  # (at the end again, the next page is asked for: on to the last hit of all)
        self.update_status()

    @on(ResultsList.ToEnd)
    def _to_the_end(self, event: ResultsList.ToEnd) -> None:
        """G on the results: the last hit of all, the rest of the matches listed page after page (a walker's
        first G stopped at the 20th of 52; another move stops it)."""
        self._to_end = self.results is not None and len(self.results.hits) < self.results.total
        self._load_more_if_near_end()

    def _load_more_if_near_end(self) -> None:
        res, listed = self.results, self.query_one("#results", ResultsList)
        if res is None or self._loading_more or len(res.hits) >= res.total or listed.highlighted is None:
            return
        if listed.highlighted >= len(listed.rows) - NEAR_END:
            self._loading_more = True
            self.run_search(res.query, self.serial, len(res.hits))

    @on(OptionList.OptionHighlighted, "#results")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        listed = self.query_one("#results", ResultsList)
        if listed.highlighted is not None and listed.highlighted < len(listed.rows) - 1:
            self._to_end = False  # moved up: no more following to the end
        if self._follow_timer is not None:
            self._follow_timer.stop()
            self._follow_timer = None
        hit = self.query_one("#results", ResultsList).current_hit
        quiet, self._quiet_key = self._quiet_key, None
        if hit is not None and hit.key == quiet:
            pass  # moved to the article opened from the quotes: it is on its way, marked
        elif time.monotonic() - self._shown_at >= FOLLOW_PAUSE:
            self.show_hit(hit)
        else:  # the cursor is moving: the article follows when it stops
            self._follow_timer = self.set_timer(FOLLOW_PAUSE, self._follow)
        self._load_more_if_near_end()

    def _follow(self) -> None:
        """The article where the moving cursor stopped, unless it is the one last asked for."""
        self._follow_timer = None
        hit = self.query_one("#results", ResultsList).current_hit
        if hit is not None and (hit.key, self._terms()) == self._asked:
            return  # the keys came faster than their highlights: this one is already asked for
        self.show_hit(hit)

    def _terms(self) -> tuple[str, ...]:
        return tuple(self.results.terms) if self.results else ()

    @on(OptionList.OptionSelected, "#results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.set_focus(self.query_one(ArticleView))

    def show_hit(self, hit) -> None:
        """Ask a worker for the hit's article: the screen never waits on the index."""
        if hit is None:
            return
        self._article_ticket += 1
        self._shown_at, self._asked = time.monotonic(), (hit.key, self._terms())
        terms = list(self._asked[1])
        self.load_article(hit.key, hit.docnum, hit.id, terms, self._article_ticket)

    @work(thread=True, exclusive=True, group="article")
    def load_article(self, key: str, docnum: int | None, article_id: str | None, terms: list, ticket: int,
                     quote_at: tuple[int, int] | None = None) -> None:
        backend = self.app.backend
        docnum, article = backend.article_of(docnum, article_id, key)  # by key if the index changed since
        spans = backend.article_spans(docnum, article, terms) if terms and article is not None else []
        self.post_message(ArticleLoaded(key, article, spans, ticket, quote_at))

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        if message.ticket != self._article_ticket:
            return  # the cursor has moved on
        if message.article is None:
            self.say(self.app.t("that article is no longer in the index"))
            return
        view = self.query_one(ArticleView)
        if self._status_about not in (None, message.key):
            self.say("")  # "quote 1/2 · Sanae Takaichi" was said of the article before
        view.show_article(message.article, message.key, message.spans)
        self.query_one(MetadataView).show_article(message.article, self.app.locale_name, self.app.today, self.app.t)
        if message.quote_at is not None:
            paragraph, start = message.quote_at
            quotes = message.article.quotes
            index = next((i for i, q in enumerate(quotes) if q.paragraph == paragraph and q.start == start), None)
            if index is not None:
                view.mark_quote(index)
            self.set_focus(view)

    @on(OptionList.OptionSelected, "#meta")
    def _entity_selected(self, event: OptionList.OptionSelected) -> None:
        query = self.query_one(MetadataView).query_for(event.option.id)
        if query:
            self.search_for(query)

    def on_search_for(self, message: SearchFor) -> None:
        self.search_for(message.query)

    def search_for(self, query: str) -> None:
        box = self.query_one("#search", Input)
        with box.prevent(Input.Changed):
            box.value = query
        self.start_search(query, immediate=True)
        self.set_focus(self.query_one("#results", ResultsList))

    # -- actions
    def action_accept_suggestion(self) -> None:
        """The spelling suggested under the search bar, searched (the search bar shows it)."""
        if self.results is None or not self.results.suggestion:
            self.app.bell()
            return
        box = self.query_one("#search", Input)
        typing = self.focused is box  # a walker typed on after ^y: the keys ran as commands in the results
        self.search_for(self.results.suggestion)
        if typing:  # back in the bar, the cursor after the words (focus would select them all: typing replaced them)
            self.set_focus(box)
            self.call_after_refresh(box.action_end)

    def action_pane(self, step: int) -> None:
        """tab, shift+tab: the next (previous) pane shown, results → article → metadata, never
        the search bar (two walkers' keys became a query there: "/" goes to it)."""
        panes = [w for w in (self.query_one("#results", ResultsList), self.query_one(ArticleView), self.query_one(MetadataView))
                 if w.display and w.can_focus]
        if panes:
            at = panes.index(self.focused) if self.focused in panes else (-1 if step > 0 else 0)
            self.set_focus(panes[(at + step) % len(panes)])

    def action_focus_search(self) -> None:
        self.set_focus(self.query_one("#search", Input))

    def action_leave_search(self) -> None:
        """escape: out of the search bar; else the keys panel (palette: Keys) closes."""
        if self.focused is self.query_one("#search", Input):
            self.set_focus(self.query_one("#results", ResultsList))
        elif self.query("HelpPanel"):
            self.app.action_hide_help_panel()

    def action_toggle_entities(self) -> None:
        on_ = self.query_one(ArticleView).toggle_entities()
        self.say(self.app.t("entities marked") if on_ else self.app.t("entities hidden"))

    def action_toggle_speakers(self) -> None:
        on_ = self.query_one(ArticleView).toggle_speakers()
        self.say(self.app.t("speakers shown after their quotes") if on_ else self.app.t("speakers hidden: the text as printed"))

    def _jump(self, found, label: str, missing: str) -> None:
        t = self.app.t
        self.say(t(missing) if found is None else f"{t(label)} {found[0]}/{found[1]}")
        self._status_about = self.query_one(ArticleView).key  # said of this article only

    def action_next_hit(self) -> None:
        self._jump(self.query_one(ArticleView).jump_hit(+1), N_("hit"), N_("no search hits in this article"))

    def action_previous_hit(self) -> None:
        self._jump(self.query_one(ArticleView).jump_hit(-1), N_("hit"), N_("no search hits in this article"))

    def action_next_quote(self) -> None:
        self._jump_quote(+1)

    def action_previous_quote(self) -> None:
        self._jump_quote(-1)

    def _jump_quote(self, step: int) -> None:
        """Move to a quote; the status line says who said it and how we know."""
        view = self.query_one(ArticleView)
        found = view.jump_quote(step)
        self._jump(found, N_("quote"), N_("no quotes in this article"))
        if found is not None:
            q = view.article.quotes[view.current_quote]
            named = view.article.quoted_by()[view.current_quote]
            who = shown_speaker(q, named) or self.app.t("speaker unknown")
            how = [quote_evidence(q, self.app.t), lost_mark_note(q, self.app.t)]
            self.say(" · ".join([self.status_extra, who] + [h for h in how if h]))
            self._status_about = view.key

    def action_toggle_metadata(self) -> None:
        self.toggle_class("show-meta")

    def action_refresh_index(self, said: str | None = None) -> None:
        """Take in the newer index (also the first one that opens, after a repair)."""
        from ..backend import index_problem

        backend = self.app.backend
        self.pending_changes = False
        try:
            backend.refresh()
        except Exception as exc:  # noqa: BLE001 - a damaged or missing index: one line
            self.say(self.app.t(index_problem(exc, backend.index_dir)))
            return
        count = backend.doc_count  # deleted ones are gone
        self.index_status = lambda t: f"{count} " + counted(t, count, "article", "articles")
        self._keep_key = self.query_one(ArticleView).key
        self.start_search(self.query_one("#search", Input).value, immediate=True)
        self.say(said or self.app.t("index refreshed"))

    def action_cycle_sort(self) -> None:
        """Relevance → newest first → oldest first (by date, a guessed year "?" at its date, undated last), then around."""
        order = list(SORTS)
        self.sort = order[(order.index(self.sort) + 1) % len(order)]
        self.say(self.app.t("sorted") + f" {self.app.t(SORTS[self.sort])}")
        if self.starred_view:
            self.reload_starred()  # the starred view stays, in the new order (a walker lost it to `o`)
        else:
            self.start_search(self.query_one("#search", Input).value, immediate=True)

    def action_facets(self) -> None:
        """Outlets, years, countries, speakers and people of every match, with counts:
        the one chosen is added to the query."""
        from .facets import FacetsScreen

        res = self.results
        if not self._index_open() or res is None:
            return
        self.app.push_screen(FacetsScreen(res.facets, res.total), self._narrowed)

    def action_timeline(self) -> None:
        """The current results by month."""
        from index.search import guessed, timeline

        from .timeline import TimelineScreen

        res = self.results
        if not self._index_open() or res is None:
            return
        months = timeline(res.facets)
        undated = max(0, res.total - sum(n for _m, n in months))
        self.app.push_screen(TimelineScreen(res.query, months, undated, guessed(res.facets)), self._narrowed)

    def _narrowed(self, term: str | None) -> None:
        """The search with a filter chosen on the facets or timeline screen added."""
        if term:
            res = self.results  # a word being typed stays the prefix it was searched as
            query = res.query if res is not None and res.completed else self.query_one("#search", Input).value.strip()
            self.search_for(f"{query} {term}".strip())

    def action_compare_quotes(self) -> None:
        """From an article (article or metadata pane in focus): its two most-quoted
        speakers; from the search (search bar or results in focus): the results'."""
        from .quotes import QuotesScreen

        if not self._index_open():
            return
        view = self.query_one(ArticleView)
        keys = None
        if view.article is not None and self.focused in (view, self.query_one(MetadataView)):
            keys = {view.key}
        res = self.results
        searched = res is not None and bool(res.query.strip())
        self.app.push_screen(QuotesScreen(keys, list(res.matching) if searched else None))

    def action_entity_browser(self) -> None:
        from .entities import EntitiesScreen

        if self._index_open():
            self.app.push_screen(EntitiesScreen())

    def _index_open(self) -> bool:
        """True when there is an index to read; else the status line says why not."""
        backend = self.app.backend
        if not backend.ready:
            t = self.app.t
            self.say(t(backend.problem) if backend.problem else t("Opening the index…"))
        return backend.ready

    def open_article_at(self, key: str, paragraph: int, start: int) -> None:
        """Show an article with one quote marked and in view (from the quotes screen); the
        results cursor goes to it when it is listed, so the list says what is being read."""
        self._article_ticket += 1
        self._asked = None  # the pane no longer shows the hit the cursor is on
        listed = self.query_one("#results", ResultsList)
        row = next((i for i, hit in enumerate(listed.rows) if hit.key == key), None)
        if row is not None and row != listed.highlighted:
            self._quiet_key = key  # its highlight must not load the article again, unmarked
            listed.highlighted = row
        self.load_article(key, None, None, [], self._article_ticket, (paragraph, start))

    def relocalize(self) -> None:
        t = self.app.t
        self._title_panes()
        self.query_one("#search", Input).placeholder = t("Search… ( / )")
        view = self.query_one(ArticleView)
        view.locale, view.t = self.app.locale_name, t
        view.refresh_paragraphs()
        self.query_one("#results", ResultsList).relocalize(self.app.locale_name, t)
        self.query_one(MetadataView).show_article(view.article, self.app.locale_name, self.app.today, t)
        self.status_extra = ""  # a passing note in the language left ("bintang dihapus") goes with it
        if self.results is not None:
            self._show_note(self.results)  # the line under the search bar, in the new language too
            if not self.results.hits:
                self._say_no_match()  # (a walker saw "Tidak ada artikel yang cocok." stay on an English screen)
        self.update_status()
