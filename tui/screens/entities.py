"""The entity browser: everyone and everything the corpus names, with counts and company."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from ..i18n import N_, counted
from ..keys import key_of
from ..messages import SearchFor
from ..render import DIM, ENTITY_STYLES, QUOTE_STYLE, entity_name
from ..widgets.footer import ReaderFooter
from ..widgets.pane import NavPane
from ..widgets.table import NavTable
from ..widgets.typed_input import TypedInput, type_into
from .quotes import ViewsReady

ONLY_ASIDE = N_("{count} only in a headline, caption or credit")
# the table's mark on an articles count that holds such articles, and its key under the table
ASIDE_MARK = "*"
ASIDE_KEY = N_("* some only in a headline, caption or credit")
# counted(...) says them; a mention is the text's own (a headline's, a caption's or a credit's name is not one: "0
# mentions in the text · 1 article" for a name only a credit gives, the walk through heldout76-85's numbers)
COUNTED = (N_("mention in the text"), N_("mentions in the text"), N_("article"), N_("articles"))
ENTITY_WORDS = (N_("entity"), N_("entities"))  # "1 entity" (the walk saw "1 entities")
TYPE_LABELS = {"person": N_("person"), "country": N_("country"), "place": N_("place"), "organization": N_("organisation")}
FIELD = {"person": "person", "country": "country", "place": "place", "organization": "org"}


SEARCH_IT = "entities.search"  # the binding that searches for the entity (its key named under a list cut short)
SHOWN_ARTICLES = 12  # an entity's articles listed beside the table; the rest are a search away
SHOWN_QUOTES = 8


class EntitiesScreen(Screen):
    BINDINGS = [
        Binding("escape,q", "close", N_("Back"), id="entities.close"),
        Binding("o", "toggle_sort", N_("Sort by count/name"), id="entities.sort"),
        Binding("slash", "filter", N_("Filter"), id="entities.filter"),
        Binding("enter", "search", N_("Search for it"), id=SEARCH_IT, priority=True),
        # down from the filter goes to the list (a walker pressed it twice, then enter searched another row)
        Binding("down", "to_list", N_("From the filter to the list"), id="entities.to_list", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.entities = None
        self.quotes = None
        self.sort = "count"
        self.rows: list = []

    def compose(self) -> ComposeResult:
        yield TypedInput(placeholder=self.app.t("Filter entities…"), id="entity-filter", select_on_focus=False)
        with Horizontal(id="entity-panes"):
            yield NavTable(id="entity-table", cursor_type="row", zebra_stripes=True)
            with NavPane(id="entity-detail"):
                yield Static(id="entity-info")
        yield Static(id="entity-status")
        yield ReaderFooter()

    def on_mount(self) -> None:
        self.query_one(Input).cursor_blink = self.app.blink
        table = self.query_one(DataTable)
        t = self.app.t
        self._add_columns(table)
        self.query_one("#entity-status", Static).update(Text(t("Counting entities…"), style=DIM))
        self.set_class(self.app.size.width < 100, "narrow")
        self.set_focus(table)
        self.load_views()

    def on_resize(self, event) -> None:
        self.set_class(event.size.width < 100, "narrow")
        self.call_after_refresh(self._refit)

    def _refit(self) -> None:
        """The table again at the new width (the name column takes what the counts leave),
        the cursor where it was."""
        if self.entities is None or not self.is_attached or not self.query(DataTable):
            return
        row = self.query_one(DataTable).cursor_row
        self.fill()
        if 0 < row < len(self.rows):
            self.query_one(DataTable).move_cursor(row=row)

    def _add_columns(self, table: DataTable) -> None:
        """Type, name, mentions, articles: the counts always whole, the name in what is left
        (a long organisation's name is cut, never the count beside it)."""
        t = self.app.t
        labels = [t("Type"), t("Name"), t("In text"), t("Articles")]
        types = max(len(t(label)) for label in TYPE_LABELS.values())
        fixed = [max(len(labels[0]), types), max(len(labels[2]), 6), max(len(labels[3]), 5)]
        room = table.scrollable_content_region.width - sum(fixed) - 2 * table.cell_padding * 4 - 1
        table.add_column(labels[0], width=fixed[0])
        table.add_column(labels[1], width=room if room >= 12 else None)
        table.add_column(labels[2], width=fixed[1])
        table.add_column(labels[3], width=fixed[2])

    @work(thread=True, exclusive=True, group="views")
    def load_views(self) -> None:
        """The entities first (the table), then the quotes (what a person said, in the detail)."""
        for kind in ("entities", "quotes"):
            self.post_message(ViewsReady(kind, self.app.backend.views(kind)))

    def on_views_ready(self, message: ViewsReady) -> None:
        if message.kind == "entities":
            self.entities = message.view
            self.fill()
        else:
            self.quotes = message.view
            self._redetail()

    def _redetail(self) -> None:
        """Show the highlighted entity's detail again (what a person said has come)."""
        if self.entities is None or not self.is_attached or not self.query(DataTable):
            return
        row = self.query_one(DataTable).cursor_row
        if 0 <= row < len(self.rows):
            self.show_detail(self.rows[row])

    def fill(self) -> None:
        if self.entities is None or not self.is_attached or not self.query(DataTable):
            return  # closed while the views were on their way
        t = self.app.t
        table = self.query_one(DataTable)
        table.clear(columns=True)
        self._add_columns(table)
        needle = self.query_one("#entity-filter", Input).value
        locale = self.app.locale_name
        self.rows = self.entities.table(needle, self.sort, shown=lambda stat: entity_name(stat.type, stat.canonical, locale))
        for stat in self.rows:
            table.add_row(
                Text(t(TYPE_LABELS[stat.type]), style=DIM),
                Text(entity_name(stat.type, stat.canonical, self.app.locale_name), style=ENTITY_STYLES.get(stat.type, DIM)),
                Text(str(stat.mentions), justify="right"),
                Text(str(len(stat.articles)) + (ASIDE_MARK if stat.aside else " "), justify="right"),
            )
        order = t("by count") if self.sort == "count" else t("by name")
        key = " · " + t(ASIDE_KEY) if any(stat.aside for stat in self.rows) else ""
        self.query_one("#entity-status", Static).update(
            Text(f"{len(self.rows)} " + counted(t, len(self.rows), *ENTITY_WORDS) + f" · {order}" + key, style=DIM))
        if self.rows:
            table.move_cursor(row=0)
            self.show_detail(self.rows[0])
        else:
            self.query_one("#entity-info", Static).update(Text(t("Nothing matches."), style=DIM))

    @on(DataTable.RowHighlighted, "#entity-table")
    def _row(self, event: DataTable.RowHighlighted) -> None:
        if 0 <= event.cursor_row < len(self.rows):
            self.show_detail(self.rows[event.cursor_row])

    def show_detail(self, stat) -> None:
        t = self.app.t
        head = Style(bold=True, underline=True)
        out = Text()
        out.append(entity_name(stat.type, stat.canonical, self.app.locale_name), style=ENTITY_STYLES.get(stat.type, Style(bold=True)))
        mentions = f"{stat.mentions} " + counted(t, stat.mentions, *COUNTED[:2])
        articles = f"{len(stat.articles)} " + counted(t, len(stat.articles), *COUNTED[2:])
        out.append(f"  {t(TYPE_LABELS[stat.type])} · {mentions} · {articles}", style=DIM)
        if stat.aside:  # "AFP 31 mentions · 32 articles": one article credits it, its text never names it
            out.append(" (" + t(ONLY_ASIDE).format(count=len(stat.aside)) + ")",
                       style=DIM)
        out.append("\n\n")
        out.append(t("Also written as") + "\n", style=head)
        out.append(", ".join(self.entities.aliases(stat)[:12]) + "\n\n")
        out.append(t("Articles") + "\n", style=head)
        for key in sorted(stat.articles, key=lambda k: self.entities.titles.get(k, ""))[:SHOWN_ARTICLES]:
            out.append("• " + self.entities.titles.get(key, key) + "\n")
        self._more(out, len(stat.articles) - SHOWN_ARTICLES)
        if stat.type == "person" and self.quotes is not None:
            said = [r for r in self.quotes.rows if r.speaker == stat.canonical]
            if said:
                out.append("\n" + t("Quotes") + f" ({len(said)})\n", style=head)
                for r in said[:SHOWN_QUOTES]:
                    out.append(f"“{r.text}”\n", style=QUOTE_STYLE)
                self._more(out, len(said) - SHOWN_QUOTES)
        near = self.entities.neighbours(stat)
        if near:
            out.append("\n" + t("Often named with") + "\n", style=head)
            for other, n in near:
                out.append(entity_name(other.type, other.canonical, self.app.locale_name), style=ENTITY_STYLES.get(other.type, DIM))
                out.append(f"  {n}\n", style=DIM)
        self.query_one("#entity-info", Static).update(out)

    def _more(self, out: Text, left: int) -> None:
        """A list cut short says so, and which key shows them all (a walker read 12 of "30 articles" as all)."""
        if left > 0:
            out.append(self.app.t("… and {n} more ({key} searches for them all)").format(
                n=left, key=key_of(self, SEARCH_IT)) + "\n", style=DIM)

    def on_key(self, event: events.Key) -> None:
        """A letter or digit typed on the list that no key of the list or of this screen takes
        goes to the filter ("Blue" had switched the language and marked an article read: the
        reader's own keys act on the article behind this screen)."""
        type_into(self, event, self.query_one(DataTable), self.query_one("#entity-filter", Input))

    def action_toggle_sort(self) -> None:
        self.sort = "name" if self.sort == "count" else "count"
        self.fill()

    def action_filter(self) -> None:
        self.set_focus(self.query_one("#entity-filter", Input))

    def action_to_list(self) -> None:
        self.set_focus(self.query_one(DataTable))

    @on(Input.Changed, "#entity-filter")
    def _filter(self, event: Input.Changed) -> None:
        self.fill()

    def action_search(self) -> None:
        if self.focused is self.query_one("#entity-filter", Input):
            self.set_focus(self.query_one(DataTable))
            return
        table = self.query_one(DataTable)
        row = table.cursor_row
        if not (0 <= row < len(self.rows)):
            return
        stat = self.rows[row]
        self.app.pop_screen()
        self.app.screen.post_message(SearchFor(f'{FIELD[stat.type]}:"{stat.canonical}"'))

    def action_close(self) -> None:
        if self.focused is self.query_one("#entity-filter", Input):
            self.set_focus(self.query_one(DataTable))
            return
        self.app.pop_screen()

    def relocalize(self) -> None:
        self.fill()
