"""A scrolling pane of text (entity detail, help, timeline) that takes the focus and the
keys every pane has: j/k, g/G, ctrl+d/ctrl+u."""

from __future__ import annotations

from textual.containers import VerticalScroll

from ..i18n import N_
from ..keys import ScrollNav, nav_bindings


class NavPane(ScrollNav, VerticalScroll, can_focus=True):
    HELP_SECTION = N_("Pane")
    BINDINGS = nav_bindings("pane")
