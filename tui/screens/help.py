"""Help: every key the reader knows, in the current language, and the search language's fields."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from index.fields import search_help

from ..i18n import N_
from ..render import ENTITY_STYLES

# Keys handled by widgets without a Binding of ours (listed so help is complete)
EXTRA_KEYS = [
    ("enter", N_("Search: go to the results · Results: read the article · Metadata: search for the entity")),
    ("tab / shift+tab", N_("Move between panes")),
    ("↑ ↓", N_("Move in the focused pane")),
    ("ctrl+p", N_("Command palette: every action")),
]


def _key_label(binding: Binding) -> str:
    names = {
        "slash": "/", "question_mark": "?", "right_square_bracket": "]", "left_square_bracket": "[",
        "space": "space", "escape": "escape", "up": "↑", "down": "↓",
    }
    return ", ".join(names.get(k.strip(), k.strip()) for k in binding.key.split(","))


def key_rows(app) -> list[tuple[str, str, str]]:
    """(section, key, description) for every Binding of the app and its screens/widgets."""
    from ..screens.day import DayScreen
    from ..screens.main import MainScreen
    from ..widgets.article import ArticleView
    from ..widgets.results import ResultsList

    rows = []
    sections = ((N_("Reader"), app), (N_("Main screen"), MainScreen), (N_("Stars and searches"), DayScreen),
                (N_("Results"), ResultsList), (N_("Article"), ArticleView))
    for section, owner in sections:
        for b in owner.BINDINGS:
            if isinstance(b, Binding) and b.description:
                rows.append((section, _key_label(b), b.description))
    return rows


class HelpScreen(ModalScreen):
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", N_("Close help"), id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        t = self.app.t
        table = Table(title=t("alliance-reader keys"), expand=True, show_edge=False)
        table.add_column(t("Key"), style="bold", no_wrap=True)
        table.add_column(t("Action"))
        last = None
        for section, key, desc in key_rows(self.app):
            if section != last:
                table.add_row(Text(t(section), style="underline"), "")
                last = section
            table.add_row(Text(key), Text(t(desc)))
        table.add_row(Text(t("Other"), style="underline"), "")
        for key, desc in EXTRA_KEYS:
            table.add_row(Text(key), Text(t(desc)))
        legend = Text.assemble(
            (t("Marking") + ": ", "bold"),
            (t("person"), ENTITY_STYLES["person"]), "  ", (t("country"), ENTITY_STYLES["country"]), "  ",
            (t("place"), ENTITY_STYLES["place"]), "  ", (t("organisation"), ENTITY_STYLES["organization"]), "  ",
            (t("quote"), "italic"), "  ", (t("search hit"), "reverse"),
        )
        fields = Text.assemble((t("Search fields") + ": ", "bold"), "  ".join(search_help()))
        with VerticalScroll(id="help-body"):
            yield Static(table)
            yield Static(legend, id="help-legend")
            yield Static(fields, id="help-fields")
            yield Static(Text(t("escape closes this screen"), style="dim"))
