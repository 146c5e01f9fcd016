"""The working day on the main screen (issue 13): stars, read marks, saved searches and
history, copying with a citation, exporting.

MainScreen inherits these keys and handlers; they live here, apart from the search,
results and article code, and read the main screen's widgets by id. The user's state is
the app's `user` (tui/userstate.py): reads come from its copy in memory, writes go to
its writer thread, so no key waits for the disk.

Choices:
- An article counts as read when it is opened (enter on a result, or from the quotes
  screen) or has been shown for `read_after` seconds (2 by default, as a mail reader's
  preview pane does); `u` toggles read and unread, and an article marked unread stays
  unread while it is shown.
- `S` shows the starred articles among the current search's matches (all of them with
  an empty search), most recently starred first; `S` again, or a new search, goes back.
- A search is remembered when it was run with enter, or stayed for a second as it was
  typed. `up` in the search bar recalls older searches that start with what is typed
  (all of them when it is empty), `down` newer ones, back to what was typed.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.worker import get_current_worker

from index.search import Results

from ..i18n import N_
from ..messages import SearchDone
from ..widgets.article import ArticleView

REMEMBER_AFTER = 1.0  # seconds a typed search must stay to enter the history


class StarredResults(Results):
    """The starred articles among a search's matches (the `S` view)."""


class DayScreen(Screen):
    BINDINGS = [
        Binding("s", "toggle_star", N_("Star"), show=False, tooltip=N_("Star the article shown, or take its star away"), id="main.star"),
        Binding("u", "toggle_read", N_("Read/unread"), show=False, tooltip=N_("Toggle the read mark of the article shown"), id="main.read"),
        Binding("S", "starred_only", N_("Starred only"), show=False, tooltip=N_("Only the starred articles among the results"), id="main.starred"),
        Binding("ctrl+s", "save_search", N_("Save search"), show=False, tooltip=N_("Keep this search under a name"), id="main.save-search"),
        Binding("O", "saved_searches", N_("Saved searches"), show=False, tooltip=N_("Run or delete a saved or recent search"), id="main.saved-searches"),
        Binding("y", "copy_citation", N_("Copy with citation"), show=False, tooltip=N_("The quote marked, or the title, with speaker, outlet, date and URL"), id="main.copy"),
        Binding("x", "export", N_("Export results"), show=False, tooltip=N_("The results, or the quotes side by side, as CSV, JSON or Markdown"), id="main.export"),
        Binding("up", "recall(1)", N_("Older search (search bar)"), show=False, id="main.history-older"),
        Binding("down", "recall(-1)", N_("Newer search (search bar)"), show=False, id="main.history-newer"),
    ]

    _read_timer = None
    _remember_timer = None
    _kept_unread: str | None = None  # the article shown that the user marked unread
    _recall: tuple[str, list[str], int] | None = None  # (typed, matching history, place)
    starred_view = False

    def on_mount(self) -> None:
        from ..widgets.results import ResultsList

        self.query_one("#results", ResultsList).marks = self.app.user.marks  # None until the state is open

    # -- helpers
    def _user(self):
        """The user's state, or None (and the status line says so) while it opens."""
        user = self.app.user
        if not user.ready:
            self.say(self.app.t("your stars and searches are still loading"))
            return None
        return user

    def _shown_key(self) -> str | None:
        """The article the keys act on: the highlighted result while the results list has
        the focus (its article may still be on its way from a worker), else the one shown."""
        from ..widgets.results import ResultsList

        results = self.query_one("#results", ResultsList)
        hit = results.current_hit
        if hit is not None and (self.focused is results or self.query_one(ArticleView).key is None):
            return hit.key
        return self.query_one(ArticleView).key

    def refresh_marks(self, key: str | None = None) -> None:
        from ..widgets.results import ResultsList

        self.query_one("#results", ResultsList).refresh_marks(key)

    # -- stars
    def action_toggle_star(self) -> None:
        key = self._shown_key()
        user = self._user()
        if user is None:
            return
        if key is None:
            self.say(self.app.t("no article to star"))
            return
        on_ = user.toggle_star(key)
        self.refresh_marks(key)
        self.say(self.app.t("starred") if on_ else self.app.t("star removed"))

    def action_toggle_read(self) -> None:
        key = self._shown_key()
        user = self._user()
        if user is None or key is None:
            return
        unread = user.is_unread(key)
        user.set_read(key, unread)
        self._kept_unread = None if unread else key
        self._stop_read_timer()
        self.refresh_marks(key)
        self.say(self.app.t("marked read") if unread else self.app.t("marked unread"))

    # -- read marks, automatically
    def _stop_read_timer(self) -> None:
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None

    def mark_opened(self, key: str | None) -> None:
        """The article was opened: it is read (unless the user just marked it unread)."""
        user = self.app.user
        if key is None or not user.ready or key == self._kept_unread:
            return
        if user.set_read(key, True):
            self.refresh_marks(key)

    @on(OptionList.OptionHighlighted, "#results")
    def _read_after_a_while(self, event: OptionList.OptionHighlighted) -> None:
        from ..widgets.results import ResultsList

        self._stop_read_timer()
        hit = self.query_one("#results", ResultsList).current_hit
        if hit is None:
            return
        if hit.key != self._kept_unread:
            self._kept_unread = None
        delay = getattr(self.app, "read_after", None)
        if delay:
            key = hit.key
            self._read_timer = self.set_timer(delay, lambda: self._shown_long_enough(key))

    def _shown_long_enough(self, key: str) -> None:
        if self._shown_key() == key:
            self.mark_opened(key)

    @on(OptionList.OptionSelected, "#results")
    def _opened(self, event: OptionList.OptionSelected) -> None:
        from ..widgets.results import ResultsList

        hit = self.query_one("#results", ResultsList).current_hit
        self.mark_opened(hit.key if hit is not None else None)

    # -- the starred view
    def action_starred_only(self) -> None:
        if self.starred_view:
            self.starred_view = False
            self.start_search(self.query_one("#search", Input).value, immediate=True)
            return
        self.reload_starred()

    def reload_starred(self) -> None:
        """The starred among the current search's matches, in the current sort (again after `o`)."""
        user = self._user()
        if user is not None and self.app.backend.ready:
            self.serial += 1
            self._load_starred(self.query_one("#search", Input).value, user.starred_keys(), self.serial, self.sort)

    @work(thread=True, exclusive=True, group="search")
    def _load_starred(self, query: str, keys: list[str], serial: int, sort: str) -> None:
        from index.query_limits import SearchCancelled
        from index.search import Hit, hit_marks

        worker = get_current_worker()
        backend = self.app.backend
        try:
            res = backend.search(query, limit=1, cancelled=lambda: worker.is_cancelled)
        except SearchCancelled:
            return
        matching = set(res.matching)
        hits = []
        for key in keys:
            docnum = backend.docnum_for(key)
            if docnum is None or docnum not in matching:
                continue  # no longer in the index, or not among this search's matches
            a = backend.article(docnum)
            hits.append(Hit(a.id, key, a.title, a.outlet, a.date, a.date_basis, 0.0, docnum, **hit_marks(a)))
        hits = _in_order(hits, sort)
        starred = StarredResults(res.query, res.parsed, len(hits), res.took_ms, hits, {}, None, res.error, res.terms,
                                 matching=[h.docnum for h in hits])
        if not worker.is_cancelled:
            self.post_message(SearchDone(starred, serial))

    @on(SearchDone)
    def _search_shown(self, message: SearchDone) -> None:
        if message.serial != self.serial:
            return
        self.starred_view = isinstance(message.results, StarredResults)
        if self.starred_view:
            self.call_after_refresh(self._starred_note)
        query = message.results.query
        if self._remember_timer is not None:
            self._remember_timer.stop()
            self._remember_timer = None
        if query.strip() and not self.starred_view:
            self._remember_timer = self.set_timer(REMEMBER_AFTER, lambda: self._stayed(query))

    def _starred_note(self) -> None:
        if not self.starred_view:
            return
        t = self.app.t
        note = self.query_one("#search-note", Static)
        scope = t("among this search's matches") if self.results and self.results.query.strip() else t("all")
        starred, every = t("Starred only"), t("every result")
        note.update(Text(f"★ {starred} ({scope}) · S: {every}"))
        note.set_class(True, "visible")

    # -- history
    def _stayed(self, query: str) -> None:
        """A typed search that stayed a second is remembered."""
        if self.results is not None and self.results.query == query and self.app.user.ready:
            self.app.user.remember(query)

    @on(Input.Submitted, "#search")
    def _remember_submitted(self, event: Input.Submitted) -> None:
        if self.app.user.ready:
            self.app.user.remember(event.value)

    def action_recall(self, step: int) -> None:
        box = self.query_one("#search", Input)
        user = self.app.user
        if self.focused is not box or not user.ready:
            return
        recall = self._recall
        if recall is None or box.value != (recall[1][recall[2]] if recall[2] >= 0 else recall[0]):
            typed = box.value
            folded = " ".join(typed.split())
            # a search already made (the bar keeps it after searching) walks every search before it; words
            # being typed walk the searches that begin with them (the walker's "GSOMIA" then ↑ had done nothing)
            whole = folded in user.recent
            recall = (typed, [q for q in user.recent if (whole or q.startswith(folded)) and q != folded], -1)
        typed, items, place = recall
        if not items:  # the bar's own search is the only one made, or none begins with the words typed
            made = " ".join(typed.split()) in user.recent
            self.say(self.app.t("the oldest search") if made else self.app.t("no earlier search begins with these words"))
            return
        place = max(-1, min(len(items) - 1, place + step))
        if place == recall[2]:
            if step > 0 and items:
                self.say(self.app.t("the oldest search"))
            return
        self._recall = (typed, items, place)
        box.value = items[place] if place >= 0 else typed
        box.cursor_position = len(box.value)

    # -- saved searches
    def action_save_search(self) -> None:
        from .save_search import SaveSearchScreen

        user = self._user()
        if user is None:
            return
        query = " ".join(self.query_one("#search", Input).value.split())
        if not query:
            self.say(self.app.t("nothing to save: type a search first"))
            return

        def saved(name: str | None) -> None:
            if name:
                self.say(self.app.t("search saved as") + f" {name}")

        self.app.push_screen(SaveSearchScreen(query), saved)

    def action_saved_searches(self) -> None:
        from .searches import SearchesScreen

        if self._user() is None:
            return

        def chosen(query: str | None) -> None:
            if query:
                self.search_for(query)

        self.app.push_screen(SearchesScreen(), chosen)

    # -- copy with citation
    def action_copy_citation(self) -> None:
        from ..citation import article_quote_citation, article_title_citation

        view = self.query_one(ArticleView)
        article = view.article
        if article is None:
            self.say(self.app.t("nothing to copy"))
            return
        locale = self.app.locale_name
        if view.current_quote is not None and 0 <= view.current_quote < len(article.quotes):
            text, what = article_quote_citation(article, view.current_quote, locale), N_("quote copied")
        else:
            text, what = article_title_citation(article, locale), N_("title copied")
        self.app.copy_to_clipboard(text)
        self.say(self.app.t(what) + f": {text[:60]}" + ("…" if len(text) > 60 else ""))

    # -- export
    def action_export(self) -> None:
        from ..widgets.results import ResultsList

        hits = list(self.query_one("#results", ResultsList).hits)
        if not hits:
            self.say(self.app.t("no results to export"))
            return
        query = self.results.query if self.results is not None else ""
        user = self.app.user
        starred = user.is_starred if user.ready else (lambda key: False)
        stem = "starred" if self.starred_view else "results"
        stem = f"{stem}-{query}" if query.strip() else stem
        # every match, not only the rows listed so far: the rest are fetched on the worker
        total = len(hits) if self.starred_view or self.results is None else max(self.results.total, len(hits))
        sort, locale, t = self.sort, self.app.locale_name, self.app.t

        def rows(backend):
            from ..exporting import RESULT_COLUMNS, result_rows

            rest = backend.search(query, limit=total - len(hits), offset=len(hits), sort=sort,
                                  suggest=False).hits if total > len(hits) else []
            return result_rows(hits + list(rest), query, backend, starred, locale, t), RESULT_COLUMNS

        self.app.export_rows(self.app.t("{n} results").format(n=total), total, rows, stem)


def _in_order(hits: list, sort: str) -> list:
    """Starred hits in the order the results are sorted by: newest or oldest first (as in the
    results, by date, a guessed year at its date, the undated last), else as starred."""
    if sort not in ("newest", "oldest"):
        return hits
    dated = sorted((h for h in hits if h.date), key=lambda h: h.date, reverse=sort == "newest")
    return dated + [h for h in hits if not h.date]
