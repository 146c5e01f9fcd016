"""The results list: one option per hit, title / outlet · date / snippet."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets.option_list import Option

from ..i18n import N_
from ..keys import ListNav, nav_bindings
from ..render import result_item
from .option_list import SafeOptionList


class ResultsList(ListNav, SafeOptionList):
    HELP_SECTION = N_("Results")
    BINDINGS = [
        *nav_bindings("results", down=N_("Next result"), up=N_("Previous result")),
        Binding("v", "toggle_copies", N_("Other outlets' copies"), show=False, tooltip=N_("List or fold the story's copies in other outlets"), id="results.copies"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.hits: list = []  # one per story, as the search gave them
        self.rows: list = []  # what is listed: the hits, each expanded one followed by its copies
        self.expanded: set[str] = set()  # keys of the hits whose other outlets' copies are listed

    def _rows(self) -> list:
        out = []
        for hit in self.hits:
            out.append(hit)
            if hit.key in self.expanded:
                out.extend(hit.also)
        return out

    class ToEnd(Message):
        """G pressed: the last hit of all is wanted, not the last listed (the screen lists the rest as it loads)."""

    def action_nav_bottom(self) -> None:
        super().action_nav_bottom()
        self.post_message(self.ToEnd())

    def set_hits(self, hits: list, locale: str, t, keep_key: str | None = None) -> None:
        self.hits = list(hits)
        self.expanded = set()
        self.rows = self._rows()
        self.clear_options()
        self.add_options(self._hit_options(locale, t))
        if self.rows:
            index = 0
            if keep_key is not None:
                index = next((i for i, h in enumerate(self.rows) if h.key == keep_key), 0)
            self.highlighted = index
            if index == 0:
                self.scroll_home(animate=False)

    def append_hits(self, hits: list, locale: str, t) -> None:
        """The next page: added below, the cursor where it is."""
        start = len(self.rows)
        self.hits.extend(hits)
        self.rows.extend(hits)
        self.add_options(self._hit_options(locale, t, start))

    def relocalize(self, locale: str, t) -> None:
        current = self.highlighted
        self.clear_options()
        self.add_options(self._hit_options(locale, t))
        if self.rows and current is not None:
            self.highlighted = min(current, len(self.rows) - 1)

    def _hit_options(self, locale: str, t, start: int = 0) -> list:
        out: list = []
        for i, h in enumerate(self.rows[start:], start):
            if i and not self._is_copy(h):
                out.append(None)  # a separator line between stories
            out.append(Option(self.item(h, locale, t), id=f"hit-{i}"))
        return out

    def _is_copy(self, hit) -> bool:
        return not any(hit is h for h in self.hits)

    def action_toggle_copies(self) -> None:
        """List the highlighted story's copies in other outlets under it, or fold them again."""
        current = self.current_hit
        story = next((h for h in self.hits if h is current or any(v is current for v in h.also)), None)
        if story is None or not story.also:
            self.app.notify(self.app.t("this story is in no other outlet"), timeout=3)
            return
        self.expanded ^= {story.key}
        self.rows = self._rows()
        self.relocalize(getattr(self.app, "locale_name", "id"), self.app.t)
        self.highlighted = next(i for i, h in enumerate(self.rows) if h is story)

    @property
    def current_hit(self):
        i = self.highlighted
        return self.rows[i] if i is not None and 0 <= i < len(self.rows) else None

    # -- the user's marks: ★ starred, ● unread (issue 13)
    marks = None  # key -> (starred, unread) or None: set by the app once the user's state is open

    def item(self, hit, locale: str, t):
        marks = self.marks(hit.key) if self.marks is not None else None
        return result_item(hit, locale, t, marks, copy=self._is_copy(hit))

    def refresh_marks(self, key: str | None = None) -> None:
        """Redraw the marks of one article's entry (every entry when key is None)."""
        locale, t = getattr(self.app, "locale_name", "id"), getattr(self.app, "t", lambda s: s)
        for i, h in enumerate(self.rows):
            if key is None or h.key == key:
                self.replace_option_prompt(f"hit-{i}", self.item(h, locale, t))
