"""Help: the keys of the screen it was opened from, read from that screen's bindings and
its widgets' (as the keymap has them), and the search language with examples."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Static

from ..i18n import N_
from ..render import ENTITY_STYLES, SPEAKER_STYLE, UNSURE_STYLE
from ..widgets.pane import NavPane

# Keys that are Textual's own (no Binding of ours): listed so help is complete
EXTRA_KEYS = [
    ("tab / shift+tab", N_("Move between panes")),
    ("ctrl+p", N_("Command palette: every action")),
]
EVERYWHERE = N_("Everywhere")
THIS_SCREEN = N_("This screen")


def effective_bindings(app, node) -> dict[str, tuple[Binding, list[str]]]:
    """{binding id: (binding, its keys)} of one node, as the user's keymap has them."""
    bindings = node._bindings.copy()
    if app._keymap:
        bindings.apply_keymap(app._keymap)
    found: dict[str, tuple[Binding, list[str]]] = {}
    for binding in (b for blist in bindings.key_to_bindings.values() for b in blist):
        if binding.id and binding.description and not binding.system:
            keys = found.setdefault(binding.id, (binding, []))[1]
            display = app.get_key_display(binding)
            if display not in keys:
                keys.append(display)
    return found


def key_rows(app, screen=None) -> list[tuple[str, str, str]]:
    """(section, keys, description) for every binding with an id of `screen` (by default
    the main screen), of each kind of widget on it, and of the app."""
    from .main import MainScreen

    if screen is None:
        screen = next((s for s in app.screen_stack if isinstance(s, MainScreen)), app.screen)
    owners = [(THIS_SCREEN, screen)]
    seen_kinds = set()
    for widget in screen.query("*"):
        kind = type(widget)
        if kind in seen_kinds or not getattr(kind, "HELP_SECTION", None):
            continue
        seen_kinds.add(kind)
        owners.append((kind.HELP_SECTION, widget))
    owners.append((EVERYWHERE, app))
    rows, seen, taken = [], set(), set()
    for section, node in owners:
        for bid, (binding, keys) in effective_bindings(app, node).items():
            if section == EVERYWHERE and not binding.priority:
                keys = [k for k in keys if k not in taken]  # q is Back here: only ctrl+q quits
            if bid in seen or not keys:
                continue
            seen.add(bid)
            taken.update(keys)
            rows.append((section, ", ".join(keys), binding.description))
    return rows


class HelpScreen(ModalScreen):
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", N_("Close help"), id="help.close"),
    ]

    def __init__(self, opened_from=None) -> None:
        super().__init__()
        self.opened_from = opened_from  # the screen whose keys to list

    def compose(self) -> ComposeResult:
        from ..searchhelp import search_language

        t = self.app.t
        table = Table(expand=True, show_edge=False)
        table.add_column(t("Key"), style="bold", no_wrap=True, ratio=1)
        table.add_column(t("Action"), ratio=3)
        last = None
        for section, key, desc in key_rows(self.app, self.opened_from):
            if section != last:
                table.add_row(Text(t(section), style="underline"), "")
                last = section
            table.add_row(Text(key), Text(t(desc)))
        table.add_row(Text(t("Other"), style="underline"), "")
        for key, desc in EXTRA_KEYS:
            table.add_row(Text(key), Text(t(desc)))
        fields, examples = search_language(t)
        language = Table(title=t("Search language"), expand=True, show_edge=False)
        language.add_column(t("Type"), style="bold", ratio=1)
        language.add_column(t("Finds"), ratio=1)
        for typed, meaning in examples:
            language.add_row(Text(typed), Text(meaning))
        legend = Text.assemble(
            (t("Marking") + ": ", "bold"),
            (t("person"), ENTITY_STYLES["person"]), "  ", (t("country"), ENTITY_STYLES["country"]), "  ",
            (t("place"), ENTITY_STYLES["place"]), "  ", (t("organisation"), ENTITY_STYLES["organization"]), "  ",
            (t("quote"), "italic"), "  ", (t("search hit"), "reverse"), "  ",
            # after each quote, who said it: a "?" when the rules are unsure, "— ?" when they found no one
            ("— " + t("speaker"), SPEAKER_STYLE), "  ", ("— " + t("speaker") + "?", UNSURE_STYLE), " " + t("uncertain") + "  ",
            ("— ?", UNSURE_STYLE), " " + t("speaker unknown"),
        )
        with NavPane(id="help-body") as body:
            # in the border, the title and how to leave stay in sight however far it scrolls
            body.border_title = t("alliance-reader keys")
            body.border_subtitle = t("escape or q closes this screen")
            yield Static(table)
            yield Static(legend, id="help-legend")
            yield Static(language, id="help-language")
            yield Static(Text.assemble((t("Search fields") + ": ", "bold"), fields),
                         id="help-fields")
