"""Textual's OptionList, safe to page through before it has been laid out, and the
reader's plain list (facets, picker, saved searches, export formats) with its keys."""

from __future__ import annotations

from textual.widgets import OptionList

from ..i18n import N_
from ..keys import ListNav, nav_bindings


class SafeOptionList(OptionList):
    """Page up/down on a list with no size yet (hidden, folded, just filled) raised
    KeyError in Textual's OptionList: it pages by line positions known only once laid
    out. Without them there is no page to move by, so the key does nothing. Up and down
    stop at the ends (Textual's wrap around)."""

    def _move_page(self, direction) -> None:
        if self.highlighted is not None and self.highlighted not in self._index_to_line:
            return
        super()._move_page(direction)

    def action_cursor_down(self) -> None:
        """Down, stopping at the last choice: a held key never wraps to the top (a walker's held `j`
        landed on an arbitrary article)."""
        if self.highlighted is None or self.highlighted < self._last_enabled():
            super().action_cursor_down()

    def action_cursor_up(self) -> None:
        """Up, stopping at the first choice."""
        if self.highlighted is None or self.highlighted > self._first_enabled():
            super().action_cursor_up()

    def _first_enabled(self) -> int:
        return next((i for i in range(self.option_count) if not self.get_option_at_index(i).disabled), 0)

    def _last_enabled(self) -> int:
        return next((i for i in range(self.option_count - 1, -1, -1) if not self.get_option_at_index(i).disabled), 0)


class NavList(ListNav, SafeOptionList):
    HELP_SECTION = N_("Lists")
    """A list of choices: j/k, g/G, ctrl+d/ctrl+u move in it."""

    BINDINGS = nav_bindings("list")
