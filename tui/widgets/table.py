"""The entity browser's table with the keys every list has: j/k, g/G, ctrl+d/ctrl+u."""

from __future__ import annotations

from textual.widgets import DataTable

from ..i18n import N_
from ..keys import TableNav, nav_bindings


class NavTable(TableNav, DataTable):
    HELP_SECTION = N_("Table")
    BINDINGS = nav_bindings("table")
