"""A timeline: how many of the current results fall in each month, as a sparkline and
a bar per month, so a change in coverage shows at a glance. Search `speaker:Austin` or
`person:Kishida` first for one person's."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Sparkline, Static

from ..i18n import N_
from ..render import DIM
from ..widgets.footer import ReaderFooter
from ..widgets.pane import NavPane

BAR = "█"
BAR_WIDTH = 40  # cells for the busiest month


def month_label(month: str, locale: str) -> str:
    from index.datefmt import format_date

    return format_date(month, locale, width="medium") or month


def bars(months: list[tuple[str, int]], locale: str) -> Text:
    """One line per month: its name, a bar scaled to the busiest month, the count."""
    top = max((n for _m, n in months), default=0) or 1
    labels = [month_label(m, locale) for m, _n in months]
    width = max((len(x) for x in labels), default=0)
    out = Text()
    for label, (_month, n) in zip(labels, months, strict=True):
        cells = round(BAR_WIDTH * n / top) if n else 0
        out.append(f"{label:>{width}} ", style=DIM)
        out.append(BAR * max(cells, 1 if n else 0), style=Style(color="cyan"))
        out.append(f" {n}\n" if n else " ·\n", style=DIM if not n else None)
    return out


class TimelineScreen(Screen):
    BINDINGS = [
        Binding("escape,q", "close", N_("Back"), id="timeline.close"),
    ]

    def __init__(self, query: str, months: list[tuple[str, int]], undated: int) -> None:
        super().__init__()
        self.query_text = query
        self.months = months
        self.undated = undated

    def compose(self) -> ComposeResult:
        yield Static(id="timeline-title")
        yield Sparkline([n for _m, n in self.months] or [0], id="timeline-spark")
        with NavPane(id="timeline-rows"):
            yield Static(id="timeline-bars")
        yield ReaderFooter()

    def on_mount(self) -> None:
        self.fill()

    def fill(self) -> None:
        t, locale = self.app.t, self.app.locale_name
        what = self.query_text.strip() or t("all articles")
        title = Text.assemble((t("Timeline") + ": ", Style(bold=True)), (what, Style(bold=True, color="yellow")))
        if self.months:
            span = f"  {month_label(self.months[0][0], locale)} – {month_label(self.months[-1][0], locale)}"
            title.append(span, style=DIM)
        if self.undated:
            title.append(f"  ·  {self.undated} " + t("undated"), style=DIM)
        self.query_one("#timeline-title", Static).update(title)
        body = bars(self.months, locale) if self.months else Text(t("No dated articles in these results."), style=DIM)
        self.query_one("#timeline-bars", Static).update(body)

    def relocalize(self) -> None:
        self.fill()

    def action_close(self) -> None:
        self.app.pop_screen()
