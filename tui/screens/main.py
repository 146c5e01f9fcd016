"""The main screen: search bar, results | article | metadata, status line, footer."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Input, OptionList, Static
from textual.worker import get_current_worker

from ..i18n import N_
from ..messages import IndexChanged, IndexProgress, IndexReady, SearchDone, SearchFor
from ..render import quote_evidence
from ..widgets.article import ArticleView
from ..widgets.metadata import MetadataView
from ..widgets.results import ResultsList
from .day import DayScreen  # stars, read marks, saved searches, history, copy, export

WIDE = 100  # columns: three panes at or above, metadata folds below


class MainScreen(DayScreen):
    BINDINGS = [
        Binding("slash", "focus_search", N_("Search"), id="main.search"),
        Binding("e", "toggle_entities", N_("Entities"), id="main.entities"),
        Binding("n", "next_hit", N_("Next hit"), id="main.next-hit"),
        Binding("N", "previous_hit", N_("Previous hit"), show=False, id="main.previous-hit"),
        Binding("right_square_bracket", "next_quote", N_("Next quote"), show=False, id="main.next-quote"),
        Binding("left_square_bracket", "previous_quote", N_("Previous quote"), show=False, id="main.previous-quote"),
        Binding("m", "toggle_metadata", N_("Metadata"), id="main.metadata"),
        Binding("c", "compare_quotes", N_("Quotes"), id="main.quotes"),
        Binding("E", "entity_browser", N_("Entity browser"), id="main.entity-browser"),
        Binding("r", "refresh_index", N_("Refresh"), show=False, id="main.refresh"),
        Binding("escape", "leave_search", N_("Back"), show=False, id="main.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.serial = 0
        self.results = None
        self.status_extra = ""
        self.index_status = ""
        self.pending_changes = False
        self._search_timer = None

    # -- layout
    def compose(self) -> ComposeResult:
        with Vertical(id="top"):
            yield Input(placeholder=self.app.t("Search… ( / )"), id="search")
            yield Static(id="search-note")
        with Horizontal(id="panes"):
            yield ResultsList(id="results")
            with Horizontal(id="reading"):
                yield ArticleView(id="article")
                yield MetadataView(id="meta")
        yield Static(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#search", Input).cursor_blink = self.app.blink
        self._apply_width(self.app.size.width)
        article = self.query_one(ArticleView)
        article.locale, article.t = self.app.locale_name, self.app.t
        article.show_message(self.app.t("Opening the index…"))
        self.set_focus(self.query_one("#results", ResultsList))
        self.update_status()

    def on_resize(self, event) -> None:
        self._apply_width(event.size.width)

    def _apply_width(self, width: int) -> None:
        narrow = width < WIDE
        self.set_class(narrow, "narrow")
        self.set_class(not narrow, "wide")

    # -- status
    def update_status(self) -> None:
        t = self.app.t
        parts = []
        if self.index_status:
            parts.append(self.index_status)
        if self.results is not None:
            took = f" · {self.results.took_ms:.0f} ms" if self.app.timings else ""
            parts.append(f"{self.results.total} " + t("hits") + took)
        if self.pending_changes:
            parts.append(t("index updated: r to refresh"))
        if self.status_extra:
            parts.append(self.status_extra)
        parts.append(t("locale") + f": {self.app.locale_name}")
        self.query_one("#status", Static).update(Text("  ·  ".join(parts)))

    def say(self, message: str) -> None:
        self.status_extra = message
        self.update_status()

    # -- index lifecycle (messages from the app's workers)
    def on_index_progress(self, message: IndexProgress) -> None:
        self.index_status = self.app.t("Indexing") + f" {message.done}/{message.total}"
        self.update_status()

    def on_index_ready(self, message: IndexReady) -> None:
        outcome = message.outcome
        if outcome.error and not self.app.backend.ready:
            self.index_status = outcome.error
            self.query_one(ArticleView).show_message(outcome.error)
            self.update_status()
            return
        self.index_status = f"{outcome.total} " + self.app.t("articles")
        if outcome.skipped:
            # every file is either indexed or reported: `alliance-reader index` names them
            self.index_status += f" ({outcome.skipped} " + self.app.t("files skipped") + ")"
        if outcome.error:
            self.index_status += f" ({outcome.error})"
        self.update_status()
        self.start_search(self.query_one("#search", Input).value, immediate=True)

    def on_index_changed(self, message: IndexChanged) -> None:
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
            self.run_search(query, serial)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str, serial: int) -> None:
        from index.query_limits import SearchCancelled

        worker = get_current_worker()
        try:
            results = self.app.backend.search(query, cancelled=lambda: worker.is_cancelled)
        except SearchCancelled:
            return  # a newer query took over: its worker reports
        except Exception as exc:  # noqa: BLE001 - shown, never crashes the reader
            from ..backend import index_problem

            results = None
            self.app.call_from_thread(self.say, index_problem(exc, self.app.backend.index_dir))
        if results is not None and not worker.is_cancelled:
            self.post_message(SearchDone(results, serial))

    def on_search_done(self, message: SearchDone) -> None:
        if message.serial != self.serial:
            return  # a newer query is under way
        res = message.results
        self.app.search_log.append(res.took_ms)
        t = self.app.t
        previous = self.query_one(ArticleView).key
        self.results = res
        note = []
        if res.error:
            note.append(res.error)
        if res.suggestion:
            note.append(t("Did you mean") + f": {res.suggestion}?")
        self.query_one("#search-note", Static).update(Text("  ".join(note)))
        self.query_one("#search-note").set_class(bool(note), "visible")
        results = self.query_one("#results", ResultsList)
        results.set_hits(res.hits, self.app.locale_name, t, keep_key=previous)
        if not res.hits:
            self.query_one(ArticleView).show_message(t("No articles match."))
            self.query_one(MetadataView).show_article(None, self.app.locale_name, self.app.today, t)
        self.update_status()

    @on(OptionList.OptionHighlighted, "#results")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.show_hit(self.query_one("#results", ResultsList).current_hit)

    @on(OptionList.OptionSelected, "#results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.set_focus(self.query_one(ArticleView))

    def show_hit(self, hit, keep_place: bool = False) -> None:
        if hit is None:
            return
        backend = self.app.backend
        article = backend.article(hit.docnum)
        terms = self.results.terms if self.results else []
        spans = backend.article_spans(hit.docnum, article, terms) if terms else []
        view = self.query_one(ArticleView)
        view.show_article(article, hit.key, spans, keep_place=keep_place)
        self.query_one(MetadataView).show_article(article, self.app.locale_name, self.app.today, self.app.t)

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
    def action_focus_search(self) -> None:
        self.set_focus(self.query_one("#search", Input))

    def action_leave_search(self) -> None:
        if self.focused is self.query_one("#search", Input):
            self.set_focus(self.query_one("#results", ResultsList))

    def action_toggle_entities(self) -> None:
        on_ = self.query_one(ArticleView).toggle_entities()
        self.say(self.app.t("entities marked") if on_ else self.app.t("entities hidden"))

    def _jump(self, found, label: str, missing: str) -> None:
        t = self.app.t
        self.say(t(missing) if found is None else f"{t(label)} {found[0]}/{found[1]}")

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
            who = q.speaker or (f"[{q.source}]" if q.source else self.app.t("speaker unknown"))
            how = quote_evidence(q, self.app.t)
            self.say(f"{self.status_extra} · {who}" + (f" · {how}" if how else ""))

    def action_toggle_metadata(self) -> None:
        self.toggle_class("show-meta")

    def action_refresh_index(self) -> None:
        """Take in the newer index (also the first one that opens, after a repair)."""
        from ..backend import index_problem

        backend = self.app.backend
        was_ready = backend.ready
        self.pending_changes = False
        try:
            backend.refresh()
        except Exception as exc:  # noqa: BLE001 - a damaged or missing index: one line
            self.say(index_problem(exc, backend.index_dir))
            return
        if not was_ready:
            self.index_status = f"{backend.doc_count} " + self.app.t("articles")
        self.start_search(self.query_one("#search", Input).value, immediate=True)
        self.say(self.app.t("index refreshed"))

    def action_compare_quotes(self) -> None:
        """From an article (article or metadata pane in focus): its two most-quoted
        speakers; from the search (search bar or results in focus): the results'."""
        from .quotes import QuotesScreen

        if not self._index_open():
            return
        view = self.query_one(ArticleView)
        if view.article is not None and self.focused in (view, self.query_one(MetadataView)):
            keys = {view.key}
        elif self.results is not None and self.results.hits:
            keys = {h.key for h in self.results.hits}
        else:
            keys = None
        self.app.push_screen(QuotesScreen(keys))

    def action_entity_browser(self) -> None:
        from .entities import EntitiesScreen

        if self._index_open():
            self.app.push_screen(EntitiesScreen())

    def _index_open(self) -> bool:
        """True when there is an index to read; else the status line says why not."""
        backend = self.app.backend
        if not backend.ready:
            self.say(backend.problem or self.app.t("Opening the index…"))
        return backend.ready

    def open_article_at(self, key: str, paragraph: int, start: int) -> None:
        """Show an article with one quote marked and in view (from the quotes screen)."""
        backend = self.app.backend
        docnum = backend.docnum_for(key)
        if docnum is None:
            self.say(self.app.t("that article is no longer in the index"))
            return
        article = backend.article(docnum)
        view = self.query_one(ArticleView)
        view.show_article(article, key, [])
        self.query_one(MetadataView).show_article(article, self.app.locale_name, self.app.today, self.app.t)
        index = next((i for i, q in enumerate(article.quotes) if q.paragraph == paragraph and q.start == start), None)
        if index is not None:
            view.mark_quote(index)
        self.set_focus(view)

    def relocalize(self) -> None:
        t = self.app.t
        self.query_one("#search", Input).placeholder = t("Search… ( / )")
        view = self.query_one(ArticleView)
        view.locale, view.t = self.app.locale_name, t
        view.refresh_paragraphs()
        self.query_one("#results", ResultsList).relocalize(self.app.locale_name, t)
        self.query_one(MetadataView).show_article(view.article, self.app.locale_name, self.app.today, t)
        self.update_status()
