"""Filters with counts: the current results' outlets, years, people, countries and
speakers, counted over every match. Choosing one narrows the search to it."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from index.search import guessed

from ..i18n import N_
from ..render import DIM, ENTITY_STYLES, UNSURE_STYLE, YEAR_GUESSED, entity_name, speaker_name
from ..widgets.option_list import NavList

# (facet, heading, the query field that filters by it, the entity type it is styled as), in the order shown
# (the type, not its style: ENTITY_STYLES changes with NO_COLOR once the app starts, after this module is read)
GROUPS = (
    ("outlet", N_("Outlets"), "outlet", None),
    ("year", N_("Years"), "date", None),
    ("country", N_("Countries"), "country", "country"),
    ("speaker", N_("Speakers"), "speaker", "person"),
    ("person", N_("People"), "person", "person"),
)
PER_GROUP = 30  # values listed per facet, most frequent first
UNDATED_TERM = "date_basis:unknown"  # the articles no date was found for
MORE_VALUES = N_("… {n} more, not listed: search {field}:name")
NO_OUTLET = N_("no outlet named")  # the hits whose page names no outlet


def filter_term(field: str, value: str) -> str:
    """`outlet:"Antara News"`: a value the query language reads back as one term."""
    value = value.replace('"', " ").strip()
    return f"{field}:{value}" if value.isalnum() else f'{field}:"{value}"'


class FacetsScreen(ModalScreen):
    BINDINGS = [
        Binding("escape,q", "dismiss_none", N_("Cancel"), id="facets.cancel"),
    ]

    def __init__(self, facets: dict[str, dict[str, int]], total: int) -> None:
        super().__init__()
        self.facets = facets
        self.total = total
        self.terms: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        with Vertical(id="facets-body"):
            yield Static(id="facets-title")
            yield NavList(id="facets-list")

    def on_mount(self) -> None:
        t = self.app.t
        self.query_one("#facets-title", Static).update(
            Text(t("Narrow the results") + f" ({self.total} " + t("hits") + ")", style=Style(bold=True)))
        options: list = []
        unsure = guessed(self.facets, "year")  # year -> its articles whose year is a guess
        for facet, heading, field, styled_as in GROUPS:
            style = ENTITY_STYLES.get(styled_as or "")
            every = self.facets.get(facet, {})
            counts = sorted(every.items(), key=lambda kv: (-kv[1], kv[0]))[:PER_GROUP]
            if facet == "year":
                counts = sorted(counts, reverse=True)
            if not counts:
                continue
            options.append(Option(Text(t(heading), style=Style(bold=True, underline=True)), disabled=True))
            for value, n in counts:
                key = f"f{len(self.terms)}"
                self.terms[key] = filter_term(field, value)
                loc = self.app.locale_name
                named = speaker_name(value, loc) if facet == "speaker" else entity_name(facet, value, loc)
                line = Text.assemble(("  ", None), (named, style), (f"  {n}", DIM))
                if facet == "year" and unsure.get(value):
                    line.append(f"  ({unsure[value]} " + t(YEAR_GUESSED) + ")", style=UNSURE_STYLE)
                options.append(Option(line, id=key))
            if facet == "year":
                options += self._undated(sum(every.values()))
            if facet == "outlet" and (unnamed := self.total - sum(every.values())) > 0:
                # each article has one outlet at most: without this line the counts fall short of the hits
                options.append(Option(Text.assemble(("  ", None), (t(NO_OUTLET), Style(italic=True)), (f"  {unnamed}", DIM)),
                                      disabled=True))
            if len(every) > len(counts):  # the rest are not listed: say so, and how to reach one
                more = t(MORE_VALUES).format(n=len(every) - len(counts), field=field)
                options.append(Option(Text("  " + more, style=DIM), disabled=True))
        box = self.query_one("#facets-list", OptionList)
        if not options:
            options.append(Option(Text(t("Nothing to filter by."), style=DIM), disabled=True))
        box.add_options(options)
        first = next((i for i, o in enumerate(options) if not o.disabled), None)
        if first is not None:
            box.highlighted = first
        self.set_focus(box)

    def _undated(self, dated: int) -> list:
        """The matches no year counts: without it the years' counts fall short of the hits."""
        undated = self.total - dated
        if undated <= 0:
            return []
        key = f"f{len(self.terms)}"
        self.terms[key] = UNDATED_TERM
        return [Option(Text.assemble(("  ", None), (self.app.t("undated"), Style(italic=True)), (f"  {undated}", DIM)), id=key)]

    @on(OptionList.OptionSelected, "#facets-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.terms.get(event.option.id or ""))

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
