"""The article pane: headline, byline, paragraphs with entities, quotes and hits marked."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from ..i18n import N_
from ..keys import ScrollNav, nav_bindings
from ..render import byline, headline, removed_lines, render_paragraph


class Paragraph(Static):
    """One paragraph; knows its index so jumps can scroll to it."""

    def __init__(self, index: int, content, **kwargs) -> None:
        super().__init__(content, **kwargs)
        self.index = index


class ArticleView(ScrollNav, VerticalScroll, can_focus=True):
    HELP_SECTION = N_("Article")
    BINDINGS = [
        *nav_bindings("article", down=N_("Scroll down"), up=N_("Scroll up")),
        Binding("space", "page_down", N_("Page down"), show=False, id="article.page-down"),
        Binding("b", "page_up", N_("Page up"), show=False, id="article.page-up"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article = None
        self.key: str | None = None
        self.spans: list[tuple[int, int, int]] = []
        self.show_entities = True
        self.show_speakers = True  # off: the text as the page printed it, no speaker after each quote
        self.current_hit: int | None = None
        self.current_quote: int | None = None
        self.locale = "id"
        self.t = lambda s: s
        # The paragraphs of the article shown now. Removing widgets is asynchronous, so a
        # query for Paragraph can still see the previous article's: never query, use these.
        self.paragraph_widgets: list[Paragraph] = []

    def compose(self):
        yield Static(id="article-headline")
        yield Static(id="article-byline")
        yield Static(id="article-empty")
        yield Static(id="article-removed")

    # -- content
    def show_article(self, article, key: str | None, spans: list[tuple[int, int, int]], *, keep_place: bool = False) -> None:
        same = keep_place and key == self.key
        self.article, self.key, self.spans = article, key, sorted(spans)
        if not same:
            self.current_hit = None
            self.current_quote = None
        self._rebuild()
        if not same:
            self.scroll_home(animate=False)

    def show_message(self, message: str = "") -> None:
        self.article, self.key, self.spans = None, None, []
        self._rebuild(message)

    def _rebuild(self, empty_message: str = "") -> None:
        from rich.text import Text

        head = self.query_one("#article-headline", Static)
        line = self.query_one("#article-byline", Static)
        empty = self.query_one("#article-empty", Static)
        removed = self.query_one("#article-removed", Static)
        if self.article is None:
            head.update(Text(""))
            line.update(Text(""))
            removed.update(Text(""))
            removed.display = False
            empty.update(Text(empty_message))
            empty.display = True
            self._paragraphs(0)
            return
        empty.display = False
        head.update(headline(self.article, self.t))
        line.update(byline(self.article, self.locale, self.t))
        removed.update(self._removed_text())
        removed.display = bool(self.article.removed)
        self._paragraphs(len(self.article.paragraphs))

    def _paragraphs(self, count: int) -> None:
        """`count` paragraph widgets showing the article: those already mounted take the new
        text (cheaper for each cursor move than removing them all and mounting new ones:
        0.093 -> 0.082 s of CPU a move on the seeds), the rest are mounted or removed."""
        kept, extra = self.paragraph_widgets[:count], self.paragraph_widgets[count:]
        for widget in kept:
            widget.update(self._paragraph_text(widget.index))
        if extra:
            self.remove_children(extra)
        new = [Paragraph(i, self._paragraph_text(i), classes="paragraph") for i in range(len(kept), count)]
        if new:
            self.mount_all(new, before="#article-removed")  # what cleaning took out stays last
        self.paragraph_widgets = kept + new

    def _paragraph_text(self, i: int):
        hits = [(s, e) for p, s, e in self.spans if p == i]
        current = None
        if self.current_hit is not None and self.spans[self.current_hit][0] == i:
            current = self.spans[self.current_hit][1:]
        return render_paragraph(
            self.article, i, show_entities=self.show_entities, show_speakers=self.show_speakers, hits=hits, current=current,
            current_quote=self.current_quote, t=self.t, locale=self.locale,
        )

    def _removed_text(self):
        """The removed lines, with the hits in photo captions marked (their places are past
        the paragraphs)."""
        current = self.spans[self.current_hit] if self.current_hit is not None else None
        return removed_lines(self.article, self.t, hits=self.spans, current=current)

    def refresh_paragraphs(self) -> None:
        if self.article is None:
            return
        head = self.query_one("#article-headline", Static)
        head.update(headline(self.article, self.t))
        self.query_one("#article-byline", Static).update(byline(self.article, self.locale, self.t))
        self.query_one("#article-removed", Static).update(self._removed_text())
        for p in self.paragraph_widgets:
            p.update(self._paragraph_text(p.index))

    # -- keeping the place when the terminal is resized
    def on_resize(self, event) -> None:
        """Text reflows; the quote or hit in focus stays in view (else the same share of the article)."""
        if self.article is None:
            return
        if self.current_quote is not None:
            target = self.article.quotes[self.current_quote].paragraph
        elif self.current_hit is not None and self.spans:
            target = self.spans[self.current_hit][0]
        else:
            ratio = self.scroll_y / self.max_scroll_y if self.max_scroll_y else 0.0
            self.call_after_refresh(lambda: self.scroll_to(y=ratio * self.max_scroll_y, animate=False))
            return
        self.call_after_refresh(self._scroll_to_paragraph, target)

    # -- navigation
    def _scroll_to_paragraph(self, index: int) -> None:
        """To a paragraph; past the last one, to the removed lines (a hit in a caption)."""
        if 0 <= index < len(self.paragraph_widgets):
            self.scroll_to_center(self.paragraph_widgets[index], animate=False)
        elif index >= len(self.paragraph_widgets) and self.article is not None:
            self.scroll_to_center(self.query_one("#article-removed", Static), animate=False)

    def toggle_entities(self) -> bool:
        self.show_entities = not self.show_entities
        self.refresh_paragraphs()
        return self.show_entities

    def toggle_speakers(self) -> bool:
        self.show_speakers = not self.show_speakers
        self.refresh_paragraphs()
        return self.show_speakers

    def jump_hit(self, step: int) -> tuple[int, int] | None:
        if not self.spans:
            return None
        if self.current_hit is None:
            self.current_hit = 0 if step > 0 else len(self.spans) - 1
        else:
            self.current_hit = (self.current_hit + step) % len(self.spans)
        self.current_quote = None
        self.refresh_paragraphs()
        self._scroll_to_paragraph(self.spans[self.current_hit][0])
        return self.current_hit + 1, len(self.spans)

    def jump_quote(self, step: int) -> tuple[int, int] | None:
        if self.article is None or not self.article.quotes:
            return None
        n = len(self.article.quotes)
        if self.current_quote is None:
            self.current_quote = 0 if step > 0 else n - 1
        else:
            self.current_quote = (self.current_quote + step) % n
        self.current_hit = None
        self.refresh_paragraphs()
        self._scroll_to_paragraph(self.article.quotes[self.current_quote].paragraph)
        return self.current_quote + 1, n

    def mark_quote(self, index: int) -> None:
        """Select a quote (e.g. opened from the quotes screen) and scroll to it."""
        if self.article is None or not (0 <= index < len(self.article.quotes)):
            return
        self.current_quote = index
        self.current_hit = None
        self.refresh_paragraphs()
        self.call_after_refresh(self._scroll_to_paragraph, self.article.quotes[index].paragraph)
