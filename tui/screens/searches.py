"""Saved searches and recent searches (o): enter runs one, d deletes it, tab moves between
the two lists, escape leaves. Dismisses with the query to run, or None."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..i18n import N_
from ..render import DIM
from ..widgets.footer import ReaderFooter
from ..widgets.option_list import NavList

HEAD = Style(bold=True, underline=True)


class SearchesScreen(Screen[str | None]):
    BINDINGS = [
        Binding("escape,q", "close", N_("Back"), id="searches.close"),
        Binding("d,delete", "delete", N_("Delete"), id="searches.delete"),
    ]

    def compose(self) -> ComposeResult:
        t = self.app.t
        with Vertical(id="searches-body"):
            yield Static(Text(t("Saved searches"), style=HEAD), classes="searches-head")
            yield NavList(id="saved-list")
            yield Static(Text(t("Recent searches"), style=HEAD), classes="searches-head")
            yield NavList(id="history-list")
        yield Static(id="searches-status")
        yield ReaderFooter()

    def on_mount(self) -> None:
        self.fill()
        saved = self.query_one("#saved-list", OptionList)
        self.set_focus(saved if saved.option_count and not saved.get_option_at_index(0).disabled
                       else self.query_one("#history-list", OptionList))

    def fill(self) -> None:
        t = self.app.t
        user = self.app.user
        saved = self.query_one("#saved-list", OptionList)
        keep = saved.highlighted
        saved.clear_options()
        width = max((len(name) for name, _q in user.saved), default=0)
        if user.saved:
            saved.add_options([Option(Text.assemble((name.ljust(width), Style(bold=True)), "  ", (query, DIM)), id=f"s{i}")
                               for i, (name, query) in enumerate(user.saved)])
            saved.highlighted = min(keep or 0, len(user.saved) - 1)
        else:
            saved.add_option(Option(Text(t("None yet: ctrl+s in the main screen saves the search you typed"), style=DIM),
                                    disabled=True))
        history = self.query_one("#history-list", OptionList)
        keep = history.highlighted
        history.clear_options()
        if user.recent:
            history.add_options([Option(Text(query), id=f"h{i}") for i, query in enumerate(user.recent)])
            history.highlighted = min(keep or 0, len(user.recent) - 1)
        else:
            history.add_option(Option(Text(t("None yet"), style=DIM), disabled=True))
        self._status()

    def _status(self, line: str = "") -> None:
        t = self.app.t
        keys = t("enter runs · d deletes · tab: the other list · escape: back")
        kept = "" if self.app.user.folder_path else t("kept for this session only")
        self.query_one("#searches-status", Static).update(Text("  ·  ".join(p for p in (line, keys, kept) if p)))

    def _chosen(self, list_id: str, index: int | None) -> tuple[str, str] | None:
        """("saved", name) or ("history", query) for an entry of one list."""
        user = self.app.user
        if index is None:
            return None
        if list_id == "saved-list" and 0 <= index < len(user.saved):
            return "saved", user.saved[index][0]
        if list_id == "history-list" and 0 <= index < len(user.recent):
            return "history", user.recent[index]
        return None

    def _focused_entry(self) -> tuple[str, str] | None:
        box = self.focused
        if not isinstance(box, OptionList):
            return None
        return self._chosen(box.id or "", box.highlighted)

    @on(OptionList.OptionSelected)
    def _run(self, event: OptionList.OptionSelected) -> None:
        entry = self._chosen(event.option_list.id or "", event.option_index)
        if entry is None:
            return
        kind, value = entry
        query = self.app.user.saved_query(value) if kind == "saved" else value
        self.dismiss(query)

    def action_delete(self) -> None:
        entry = self._focused_entry()
        if entry is None:
            return
        kind, value = entry
        user = self.app.user
        if kind == "saved":
            user.delete_search(value)
            line = self.app.t("deleted the saved search") + f" {value}"
        else:
            user.forget(value)
            line = self.app.t("forgot the search") + f" {value}"
        self.fill()
        self._status(line)

    def action_close(self) -> None:
        self.dismiss(None)
