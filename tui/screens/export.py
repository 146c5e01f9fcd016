"""Choose an export format (x): CSV, JSON or Markdown. The file's place is never asked
for: it goes to exports/ in the user's own folder, and the notice names it."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..i18n import N_
from ..render import DIM
from ..widgets.option_list import NavList

FORMATS = [("csv", "CSV", N_("spreadsheets")), ("json", "JSON", N_("programs")), ("md", "Markdown", N_("notes and reports"))]


class ExportScreen(ModalScreen[str | None]):
    """Dismisses with "csv", "json" or "md", or None."""

    BINDINGS = [
        Binding("escape,q", "cancel", N_("Cancel"), id="export.cancel"),
        Binding("c", "choose('csv')", "CSV", show=False, id="export.csv"),
        Binding("J", "choose('json')", "JSON", show=False, id="export.json"),
        Binding("m", "choose('md')", "Markdown", show=False, id="export.markdown"),
    ]

    def __init__(self, what: str, count: int, folder) -> None:
        super().__init__()
        self.what = what  # already translated: "12 results", "30 quotes"
        self.count = count
        self.folder = folder

    def compose(self) -> ComposeResult:
        t = self.app.t
        with Vertical(id="export-body", classes="small-modal"):
            yield Static(Text(t("Export {what}").format(what=self.what), style="bold"), classes="modal-title")
            yield NavList(*[Option(Text.assemble((f"{label}", "bold"), "  ", (t(use), DIM)), id=fmt)
                                   for fmt, label, use in FORMATS], id="export-formats")
            where = f"{self.folder}/exports/" if self.folder else t("nowhere: your folder cannot be written")
            yield Static(Text(t("into {folder}").format(folder=where), style=DIM), classes="modal-note")
            yield Static(Text(t("enter or c, J, m chooses · escape cancels")), classes="modal-keys")

    def on_mount(self) -> None:
        box = self.query_one("#export-formats", OptionList)
        box.highlighted = 0
        self.set_focus(box)

    @on(OptionList.OptionSelected, "#export-formats")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_choose(self, fmt: str) -> None:
        self.dismiss(fmt)

    def action_cancel(self) -> None:
        self.dismiss(None)
