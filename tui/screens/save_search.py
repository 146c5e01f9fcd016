"""Save the current search under a name (ctrl+s): one line to type, enter saves, escape leaves."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from ..i18n import N_
from ..widgets.typed_input import TypedInput


class SaveSearchScreen(ModalScreen[str | None]):
    """Dismisses with the name saved under, or None."""

    BINDINGS = [
        Binding("escape", "cancel", N_("Cancel"), id="save-search.cancel"),
    ]

    def __init__(self, query: str) -> None:
        super().__init__()
        self.search_query = query

    def compose(self) -> ComposeResult:
        t = self.app.t
        with Vertical(id="save-search-body", classes="small-modal"):
            yield Static(Text(t("Save this search as"), style="bold"), classes="modal-title")
            yield Static(Text(self.search_query), id="save-search-query", classes="modal-query")
            yield TypedInput(value=self.search_query[:80], id="save-search-name", placeholder=t("name"))
            yield Static(id="save-search-note", classes="modal-note")
            yield Static(Text(t("enter saves · escape cancels")), classes="modal-keys")

    def on_mount(self) -> None:
        box = self.query_one("#save-search-name", Input)
        box.cursor_blink = self.app.blink
        box.select_all()
        self._note(box.value)

    @on(Input.Changed, "#save-search-name")
    def _typed(self, event: Input.Changed) -> None:
        self._note(event.value)

    def _note(self, name: str) -> None:
        t = self.app.t
        user = self.app.user
        note = ""
        if name.strip() and user.saved_query(" ".join(name.split())) is not None:
            note = t("enter replaces the saved search with this name")
        self.query_one("#save-search-note", Static).update(Text(note))

    @on(Input.Submitted, "#save-search-name")
    def _save(self, event: Input.Submitted) -> None:
        try:
            name = self.app.user.save_search(event.value, self.search_query)
        except ValueError as exc:
            self.query_one("#save-search-note", Static).update(Text(self.app.t(str(exc))))
            return
        self.dismiss(name)

    def action_cancel(self) -> None:
        self.dismiss(None)
