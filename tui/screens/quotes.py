"""Quotes side by side: two columns (speakers, a country's side, or an article), aligned by week,
or (`d`) each column packed and scrolled on its own, for two speakers quoted years apart."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Static

from index.quote_views import Source

from ..i18n import N_, counted
from ..render import (
    DIM,
    ENTITY_STYLES,
    QUOTE_STYLE,
    UNSURE_STYLE,
    UNTIED,
    is_unsure,
    localized_date,
    lost_mark_note,
    quote_evidence,
    speaker_name,
    uncertain_note,
)
from ..widgets.footer import ReaderFooter
from ..widgets.typed_input import TypedInput

COUNTS_TIP = N_("↑ / ↓: this column's quotes above and below the view; they change as it scrolls")


class QuoteCell(Static):
    """One quote in a column."""

    def __init__(self, row, side: int, index: int, content, **kwargs) -> None:
        super().__init__(content, **kwargs)
        self.row = row
        self.side = side
        self.index = index


class ViewsReady(Message):
    """A corpus-wide view ("quotes" or "entities") loaded by a worker."""

    def __init__(self, kind: str, view, scope: set[str] | None = None) -> None:
        super().__init__()
        self.kind = kind
        self.view = view
        self.scope = scope


def quote_text(row, locale: str, t) -> Text:
    body = Text(f"“{row.text}”", style=QUOTE_STYLE)
    for s, e, etype in row.marks:
        body.stylize(ENTITY_STYLES.get(etype, DIM), s + 1, e + 1)
    who = speaker_name(row.speaker, locale) if row.speaker else (f"[{row.source}]" if row.source else t("unattributed"))
    unsure = is_unsure(row)
    when = localized_date(row.date, locale)
    when = (when + "?" if when and row.date_unsure else when) or t("undated")  # a guessed year, as in the results
    meta = Text.assemble(("— ", DIM), (who + ("?" if unsure else ""), UNSURE_STYLE if unsure else ENTITY_STYLES["person"]),
                         (" · ", DIM), (row.title, DIM), (" · ", DIM), (when, Style(dim=True, bold=True)))
    if row.also:
        outlets = ", ".join(dict.fromkeys(outlet or t("another outlet") for _key, outlet in row.also))
        meta.append("\n  " + t("also in") + f": {outlets}", style=DIM)
    how = quote_evidence(row, t)
    if how:
        meta.append("\n  " + t("how the speaker was found") + f": {how}", style=DIM)
    lost = lost_mark_note(row, t)
    if lost:
        meta.append("\n  " + t("quote marks") + f": {lost}", style=DIM)
    return Text.assemble(body, "\n", meta)


class QuotesScreen(Screen):
    AUTO_FOCUS = None  # keys go to the screen: the columns are driven by its bindings
    BINDINGS = [
        Binding("escape,q", "close", N_("Back"), id="quotes.close"),
        Binding("tab", "other_column", N_("Other column"), id="quotes.column"),
        Binding("s", "swap", N_("Swap"), id="quotes.swap"),
        Binding("p", "pick", N_("Choose column"), id="quotes.pick"),
        Binding("slash", "filter", N_("Filter"), id="quotes.filter"),
        Binding("a", "toggle_scope", N_("All articles / results"), id="quotes.scope"),
        Binding("d", "toggle_align", N_("By date / on its own"), id="quotes.align",
                tooltip=N_("Align the columns by date, or scroll each column on its own")),
        Binding("j,down", "move(1)", N_("Next quote"), show=False, id="quotes.down"),
        Binding("k,up", "move(-1)", N_("Previous quote"), show=False, id="quotes.up"),
        Binding("g,home", "move_to(0)", N_("To the top"), show=False, id="quotes.top"),
        Binding("G,end", "move_to(-1)", N_("To the bottom"), show=False, id="quotes.bottom"),
        Binding("ctrl+d,pagedown", "half(1)", N_("Half a page down"), show=False, id="quotes.half-down"),
        Binding("ctrl+u,pageup", "half(-1)", N_("Half a page up"), show=False, id="quotes.half-up"),
        Binding("enter", "open", N_("Open article"), id="quotes.open"),
        Binding("y", "copy_citation", N_("Copy with citation"), show=False, id="quotes.copy"),
        Binding("x", "export", N_("Export"), show=False, id="quotes.export"),
    ]

    def __init__(self, start_keys: set[str] | None = None, matching: list[int] | None = None) -> None:
        super().__init__()
        self.start_keys = start_keys  # articles whose speakers open the columns (None: all)
        self.matching = matching  # the search's matches (docnums): the columns' scope (None: all)
        self.scope: set[str] | None = None
        self.use_scope = matching is not None
        self.views = None
        self.sources = [None, None]
        self.columns: list[list] = [[], []]
        self.cursor = [0, 0]
        self.side = 0
        self.text_filter = ""
        self.aligned = True  # rows by week; the reader's last choice is taken on mount
        self.heads = [Text(), Text()]  # each column's head without the count of its quotes out of view
        self._counting = None  # the timer that counts them

    def compose(self) -> ComposeResult:
        yield TypedInput(placeholder=self.app.t("Filter quotes… (escape: back)"), id="quote-filter")
        with Horizontal(id="quote-heads"):
            yield Static(id="head-0", classes="quote-head")
            yield Static(id="head-1", classes="quote-head")
        rows = VerticalScroll(id="quote-rows")
        rows.can_focus = False  # the screen's keys move the quote cursor; it scrolls to follow
        yield rows
        with Horizontal(id="quote-cols"):
            for i in (0, 1):
                column = VerticalScroll(id=f"quote-col-{i}", classes="quote-col")
                column.can_focus = False
                yield column
        yield Static(id="quote-status")
        yield ReaderFooter()

    def on_mount(self) -> None:
        self.aligned = self.app.quotes_aligned
        box = self.query_one("#quote-filter", Input)
        box.display = False
        box.disabled = True  # hidden: it must not take the focus
        self.query_one("#quote-filter", Input).cursor_blink = self.app.blink
        self._apply_width(self.app.size.width)
        self.query_one("#quote-status", Static).update(Text(self.app.t("Collecting quotes…")))
        for scroll in self.query(VerticalScroll):  # scrolled, or its quotes laid out anew
            for what in ("scroll_y", "virtual_size"):
                self.watch(scroll, what, lambda _v: self._count_soon(), init=False)
        self.load_views()

    def on_resize(self, event) -> None:
        self._apply_width(event.size.width)

    def on_show(self) -> None:
        self._apply_width(self.app.size.width)

    def _apply_width(self, width: int) -> None:
        self.set_class(width < 100, "narrow")

    @work(thread=True, exclusive=True, group="views")
    def load_views(self) -> None:
        backend = self.app.backend
        scope = backend.keys_for(self.matching) if self.matching is not None else None
        self.post_message(ViewsReady("quotes", backend.views("quotes"), scope))

    def _gone(self) -> bool:
        """Closed (its widgets removed) while a worker or a refresh was still on its way."""
        if self._closing or self._closed or not self.is_attached:
            return True
        return len(self.query(".quote-head")) < 2 or not self.query("#quote-rows")

    def on_views_ready(self, message: ViewsReady) -> None:
        if self._gone():
            return
        quotes = message.view
        self.views, self.scope = quotes, message.scope
        keys = self.start_keys or self._scope()
        left, right = quotes.opening_pair(keys)
        if left is None and right is None and keys and (quoted := quotes.article_counts(keys)):
            # articles quoted, but nobody named among their speakers (an unnamed official): the
            # most-quoted of them is the first column, not two strangers' quotes; from an
            # article, the results' most-quoted speaker beside it (from the results: pick one)
            key = quoted[0][0]
            left = Source("article", key, quotes.titles.get(key, key))
            right = quotes.opening_pair(self._scope())[0] if self.start_keys else None
        if left is None and right is None:
            # nothing quoted in the results (a walker saw "Donald Trump 0 | Moon Jae-in 0"): all quotes, "a" goes back
            left, right = quotes.opening_pair(None)
            self.use_scope = False
        if left is not None and right is None and self.start_keys:
            # an article with one speaker: the other side from the search's results, else from all
            right = quotes.counterpart(left.value, self._scope())
            if right is None and self._scope() is not None:
                right = quotes.counterpart(left.value)
                self.use_scope = right is None  # its quotes are outside the results: show all (a: back)
        self.sources = [left, right]
        self.rebuild()

    # -- content
    def rebuild(self, keep_cursor: bool = False) -> None:
        if self.views is None or self._gone():
            return
        self._apply_width(self.app.size.width)
        t = self.app.t
        for i in (0, 1):
            src = self.sources[i]
            self.columns[i] = self.views.column(src, self.text_filter, self._scope()) if src else []
            label = (speaker_name(src.label, self.app.locale_name) if src.kind == "speaker" else src.label) \
                if src else t("(none: press p)")
            kind = {"speaker": "", "country": t("side") + ": ", "article": t("article") + ": "}.get(src.kind if src else "", "")
            unsure = sum(r.speaker_unsure for r in self.columns[i])  # a walker read "Matsuno 6" where one was a "?"
            self.heads[i] = Text.assemble((kind, DIM), (label, Style(bold=True)), (f"  {len(self.columns[i])}", DIM),
                                          (uncertain_note(unsure, t), UNSURE_STYLE))
            self.query_one(f"#head-{i}", Static).update(self.heads[i])
            self.query_one(f"#head-{i}").set_class(i == self.side, "-active")
            self.query_one(f"#head-{i}").tooltip = t(COUNTS_TIP)  # a walker asked why the ↑ ↓ counts change
            if not keep_cursor:
                self.cursor[i] = 0
            self.cursor[i] = min(self.cursor[i], max(0, len(self.columns[i]) - 1))
        rows = self.query_one("#quote-rows", VerticalScroll)
        rows.remove_children()
        rows.display = self.aligned
        self.query_one("#quote-cols").display = not self.aligned
        for i in (0, 1):
            self.query_one(f"#quote-col-{i}", VerticalScroll).remove_children()
        mounted = self._mount_rows(rows) if self.aligned else self._mount_columns()
        self._status()

        async def show_once_laid_out() -> None:
            await mounted  # the cursor's quote may lie weeks down the rows: scroll once they have a place
            self.call_after_refresh(self._show_cursor, True)

        self.call_later(show_once_laid_out)

    def _cell(self, row, side: int, index: int) -> QuoteCell:
        return QuoteCell(row, side, index, quote_text(row, self.app.locale_name, self.app.t), classes="quote")

    def _no_quotes(self) -> Static:
        return Static(Text(self.app.t("No quotes for these columns.")), classes="quote-empty")

    def _mount_rows(self, rows: VerticalScroll):
        """One row a week, the two columns' quotes of that week side by side."""
        from index.quote_views import side_by_side

        widgets = []
        positions = {id(r): i for side in (0, 1) for i, r in enumerate(self.columns[side])}
        for _week, left, right in side_by_side(self.columns[0], self.columns[1]):
            cells = []
            for side, items in ((0, left), (1, right)):
                inner = [self._cell(r, side, positions[id(r)]) for r in items] or [Static(Text(""), classes="quote-empty")]
                cells.append(Vertical(*inner, classes=f"quote-cell side-{side}"))
            widgets.append(Horizontal(*cells, classes="quote-row"))
        return rows.mount_all(widgets or [self._no_quotes()])

    def _mount_columns(self):
        """Each column's quotes packed from the top, oldest first, in a scroll of its own."""
        from textual.await_complete import AwaitComplete

        waits = []
        for side in (0, 1):
            cells = [self._cell(r, side, i) for i, r in enumerate(self.columns[side])] or [self._no_quotes()]
            waits.append(self.query_one(f"#quote-col-{side}", VerticalScroll).mount_all(cells))
        return AwaitComplete(*waits)

    def _scope(self) -> set[str] | None:
        """The articles the columns draw from: the search's results, or None for all."""
        return self.scope if self.use_scope else None

    def _status(self) -> None:
        t = self.app.t
        parts = [f"{len(self.columns[0])} | {len(self.columns[1])} " + t("quotes")]
        if self._scope() is not None:
            parts.append(t("from the search's results") + f" ({len(self.scope)}) · " + t("a: all articles"))
        elif self.scope is not None:
            parts.append(t("from all articles") + " · " + t("a: the search's results"))
        if self.text_filter:
            parts.append(t("filter") + f": {self.text_filter}")
        if any(src is not None and src.kind == "country" for src in self.sources) \
                and (untied := self.views.untied_count(self._scope())):  # a side's count is not everyone's
            parts.append(counted(t, untied, *UNTIED).format(n=untied))
        parts.append(t("aligned by date · d: each column on its own") if self.aligned
                     else t("each column on its own · d: aligned by date"))
        self.query_one("#quote-status", Static).update(Text("  ·  ".join(parts), style=DIM))

    def _show_cursor(self, at_top: bool = False) -> None:
        """Mark the cursor's quote and scroll to it: centred as it moves; at the top of the
        view when the columns are drawn anew (no quote cut in half above it)."""
        if self._gone():
            return
        current = None
        for cell in self.query(QuoteCell):
            on_ = cell.side == self.side and cell.index == self.cursor[self.side]
            cell.set_class(on_, "-cursor")
            if on_:
                current = cell
        for i in (0, 1):
            self.query_one(f"#head-{i}").set_class(i == self.side, "-active")
            self.query_one(f"#quote-col-{i}").set_class(i != self.side, "-inactive")
        if current is not None and at_top:
            self._scrolling().scroll_to_widget(current, animate=False, top=True)
        elif current is not None:
            self._scrolling().scroll_to_center(current, animate=False)
        self._count_soon()

    def _count_soon(self) -> None:
        """Count once the screen has been drawn at the new scroll (its regions are the drawn ones)."""
        if self._counting is not None:
            self._counting.stop()
        self._counting = self.set_timer(0.05, self._count_out_of_view)

    def _count_out_of_view(self) -> None:
        """Each head says how many of its column's quotes lie above and below the view: aligned
        by week, the other column's quotes can all be weeks above the cursor, its cells empty."""
        if self._gone() or self.views is None:
            return
        hidden = [[0, 0], [0, 0]]
        views = [self.query_one("#quote-rows" if self.aligned else f"#quote-col-{side}").region for side in (0, 1)]
        for cell in self.query(QuoteCell):
            view, spot = views[cell.side], cell.region
            if not spot:
                continue  # not laid out yet: counted when its scroll's size changes
            if view and spot.bottom <= view.y:
                hidden[cell.side][0] += 1
            elif view and spot.y >= view.bottom:
                hidden[cell.side][1] += 1
        t = self.app.t
        for i, (above, below) in enumerate(hidden):
            marks = [f"↑{above} " + t("more above")] * bool(above) + [f"↓{below} " + t("more below")] * bool(below)
            head = self.heads[i].copy()
            if marks:
                head.append("  " + " ".join(marks), style=DIM)
            self.query_one(f"#head-{i}", Static).update(head)

    @property
    def current_row(self):
        col = self.columns[self.side]
        return col[self.cursor[self.side]] if col else None

    # -- actions
    def action_close(self) -> None:
        box = self.query_one("#quote-filter", Input)
        if box.display and self.focused is box:
            if not box.value:
                box.display = False
                box.disabled = True
            self.set_focus(None)
            return
        self.app.pop_screen()

    def action_move(self, step: int) -> None:
        col = self.columns[self.side]
        if not col:
            return
        moved = max(0, min(len(col) - 1, self.cursor[self.side] + step))
        if moved == self.cursor[self.side]:
            self._scroll_past_the_edge(step)  # the other column's weeks above the first quote, below the last
            return
        self.cursor[self.side] = moved
        self._show_cursor()

    def action_move_to(self, place: int) -> None:
        """The first quote of the column (0), or its last (-1); the rows' very top or end with it."""
        col = self.columns[self.side]
        if col:
            self.cursor[self.side] = 0 if place >= 0 else len(col) - 1
            self._show_cursor()
            rows = self._scrolling()
            if place >= 0:
                rows.scroll_home(animate=False)
            else:
                rows.scroll_end(animate=False)

    def _scrolling(self) -> VerticalScroll:
        return self.query_one("#quote-rows" if self.aligned else f"#quote-col-{self.side}", VerticalScroll)

    def _scroll_past_the_edge(self, step: int) -> None:
        """At the column's first (last) quote, up (down) keys still scroll: aligned by week, the
        other column's earlier (later) quotes stand above (below) the cursor."""
        rows = self._scrolling()
        if step < 0:
            rows.scroll_page_up(animate=False)
        else:
            rows.scroll_page_down(animate=False)

    def action_half(self, direction: int) -> None:
        """About half a screen of quotes on: as many as half the rows' height holds."""
        rows = self._scrolling()
        cells = [c for c in self.query(QuoteCell) if c.side == self.side]
        tall = max(1, round(sum(c.outer_size.height for c in cells) / len(cells))) if cells else 3
        self.action_move(direction * max(1, rows.size.height // 2 // tall))

    def action_other_column(self) -> None:
        here = self.current_row
        self.side = 1 - self.side
        other = self.columns[self.side]
        if here is not None and other:
            # land on the quote nearest in date
            target = here.date or ""
            best = min(range(len(other)), key=lambda i: abs(_ordinal(other[i].date) - _ordinal(target)))
            self.cursor[self.side] = best
        self._show_cursor()

    def action_swap(self) -> None:
        self.sources.reverse()
        self.cursor.reverse()
        self.rebuild(keep_cursor=True)

    def action_pick(self) -> None:
        from .picker import PickerScreen

        if self.views is None:
            return

        def chosen(source) -> None:
            if source is not None:
                self.sources[self.side] = source
                if self._scope() is not None and not self.views.column(source, self.text_filter, self._scope()):
                    self.use_scope = False  # quoted only in other articles: show them all, "a" goes back
                self.rebuild()

        self.app.push_screen(PickerScreen(self.views, self._scope()), chosen)

    def action_toggle_align(self) -> None:
        """Between rows aligned by week and two columns that scroll on their own."""
        self.aligned = self.app.quotes_aligned = not self.aligned
        self.rebuild(keep_cursor=True)

    def action_toggle_scope(self) -> None:
        """Between the search's results and every article (when there was a search)."""
        if self.scope is None:
            return
        self.use_scope = not self.use_scope
        self.rebuild()

    def action_filter(self) -> None:
        box = self.query_one("#quote-filter", Input)
        box.disabled = False
        box.display = True
        self.set_focus(box)

    @on(Input.Changed, "#quote-filter")
    def _filter(self, event: Input.Changed) -> None:
        self.text_filter = event.value
        self.rebuild()

    @on(Input.Submitted, "#quote-filter")
    def _filter_done(self, event: Input.Submitted) -> None:
        self.set_focus(None)

    def action_open(self) -> None:
        row = self.current_row
        if row is None:
            return
        self.app.pop_screen()
        self.app.open_article_at(row.key, row.paragraph, row.start)

    def relocalize(self) -> None:
        self.query_one("#quote-filter", Input).placeholder = self.app.t("Filter quotes… (escape: back)")
        self.rebuild(keep_cursor=True)

    # -- copy and export (issue 13)
    def action_copy_citation(self) -> None:
        from ..citation import row_quote_citation

        row = self.current_row
        if row is None:
            return
        text = row_quote_citation(row, self.app.backend.article_for_key(row.key), self.app.locale_name)
        self.app.copy_to_clipboard(text)
        self.app.notify(self.app.t("quote copied") + f": {text[:60]}" + ("…" if len(text) > 60 else ""), timeout=4)

    def action_export(self) -> None:
        sides = [(src.label if src else "", list(col)) for src, col in zip(self.sources, self.columns, strict=True)]
        count = sum(len(col) for _label, col in sides)
        if not count:
            return
        stem = "quotes-" + "-vs-".join(label for label, _col in sides if label)
        locale = self.app.locale_name

        def rows(backend):
            from ..exporting import QUOTE_COLUMNS, quote_rows

            return quote_rows(sides, backend, locale), QUOTE_COLUMNS

        self.app.export_rows(self.app.t("{n} quotes").format(n=count), count, rows, stem)


def _ordinal(iso: str | None) -> int:
    from index.datefmt import parse_iso

    d, _p = parse_iso(iso)
    return d.toordinal() if d else 10**7
