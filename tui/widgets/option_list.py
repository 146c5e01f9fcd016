"""Textual's OptionList, safe to page through before it has been laid out, and the
reader's plain list (facets, picker, saved searches, export formats) with its keys."""

from __future__ import annotations

from textual.widgets import OptionList

from ..i18n import N_
from ..keys import ListNav, nav_bindings


class SafeOptionList(OptionList):
    """Page up/down on a list with no size yet (hidden, folded, just filled) raised
    KeyError in Textual's OptionList: it pages by line positions known only once laid
    out. Without them there is no page to move by, so the key does nothing."""

    def _move_page(self, direction) -> None:
        if self.highlighted is not None and self.highlighted not in self._index_to_line:
            return
        super()._move_page(direction)


class NavList(ListNav, SafeOptionList):
    HELP_SECTION = N_("Lists")
    """A list of choices: j/k, g/G, ctrl+d/ctrl+u move in it."""

    BINDINGS = nav_bindings("list")
