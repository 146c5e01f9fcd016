"""The results list: one option per hit, title / outlet · date / snippet."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets.option_list import Option

from ..i18n import N_
from ..render import result_item
from .option_list import SafeOptionList


class ResultsList(SafeOptionList):
    BINDINGS = [
        Binding("j", "cursor_down", N_("Next result"), show=False, id="results.next"),
        Binding("k", "cursor_up", N_("Previous result"), show=False, id="results.previous"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.hits: list = []

    def set_hits(self, hits: list, locale: str, t, keep_key: str | None = None) -> None:
        self.hits = list(hits)
        self.clear_options()
        self.add_options(self._hit_options(locale, t))
        if self.hits:
            index = 0
            if keep_key is not None:
                index = next((i for i, h in enumerate(self.hits) if h.key == keep_key), 0)
            self.highlighted = index
            if index == 0:
                self.scroll_home(animate=False)

    def append_hits(self, hits: list, locale: str, t) -> None:
        """The next page: added below, the cursor where it is."""
        start = len(self.hits)
        self.hits.extend(hits)
        self.add_options(self._hit_options(locale, t, start))

    def relocalize(self, locale: str, t) -> None:
        current = self.highlighted
        self.clear_options()
        self.add_options(self._hit_options(locale, t))
        if self.hits and current is not None:
            self.highlighted = min(current, len(self.hits) - 1)

    def _hit_options(self, locale: str, t, start: int = 0) -> list:
        out: list = []
        for i, h in enumerate(self.hits[start:], start):
            if i:
                out.append(None)  # a separator line between results
            out.append(Option(self.item(h, locale, t), id=f"hit-{i}"))
        return out

    @property
    def current_hit(self):
        i = self.highlighted
        return self.hits[i] if i is not None and 0 <= i < len(self.hits) else None

    # -- the user's marks: ★ starred, ● unread (issue 13)
    marks = None  # key -> (starred, unread) or None: set by the app once the user's state is open

    def item(self, hit, locale: str, t):
        return result_item(hit, locale, t, self.marks(hit.key) if self.marks is not None else None)

    def refresh_marks(self, key: str | None = None) -> None:
        """Redraw the marks of one article's entry (every entry when key is None)."""
        locale, t = getattr(self.app, "locale_name", "id"), getattr(self.app, "t", lambda s: s)
        for i, h in enumerate(self.hits):
            if key is None or h.key == key:
                self.replace_option_prompt(f"hit-{i}", self.item(h, locale, t))
