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
from ..render import DIM, UNSURE_STYLE, YEAR_GUESSED
from ..widgets.footer import ReaderFooter
from ..widgets.pane import NavPane

BAR = "█"
GUESSED_BAR = "░"  # the part of a month's bar whose articles' year is a guess
BAR_WIDTH = 40  # cells for the busiest month


def month_label(month: str, locale: str) -> str:
    from index.datefmt import format_date

    return format_date(month, locale, width="medium") or month


QUIET_RUN = 4  # this many empty months in a row or more are one line
QUIET_MONTHS = N_("{n} months with none")


def _quiet_run(months: list[tuple[str, int]], i: int) -> int:
    """How many empty months in a row start at i."""
    run = 0
    while i + run < len(months) and not months[i + run][1]:
        run += 1
    return run


def bars(months: list[tuple[str, int]], locale: str, guessed: dict[str, int] | None = None,
         t=lambda s: s) -> Text:
    """One line per month: its name, a bar scaled to the busiest month, the count; the
    articles whose year is a guess drawn light at the bar's end and counted with a "?";
    four or more empty months in a row as one line ("⋮ 14 months with none")."""
    top = max((n for _m, n in months), default=0) or 1
    labels = [month_label(m, locale) for m, _n in months]
    width = max((len(x) for x in labels), default=0)
    out = Text()
    quiet = 0  # empty months in a row: a long run is one line
    for i, (label, (month, n)) in enumerate(zip(labels, months, strict=True)):
        if not n and (quiet or _quiet_run(months, i) >= QUIET_RUN):
            quiet += 1
            if i + 1 == len(months) or months[i + 1][1]:
                out.append(f"{'⋮':>{width}} " + t(QUIET_MONTHS).format(n=quiet) + "\n", style=DIM)
                quiet = 0
            continue
        cells = max(round(BAR_WIDTH * n / top), 1) if n else 0
        unsure = (guessed or {}).get(month, 0)
        light = min(cells, max(round(cells * unsure / n), 1)) if unsure else 0
        out.append(f"{label:>{width}} ", style=DIM)
        out.append(BAR * (cells - light), style=Style(color="cyan"))
        out.append(GUESSED_BAR * light, style=Style(color="cyan"))
        out.append(f" {n}" if n else " ·", style=DIM if not n else None)
        out.append(f" ({unsure} ?)" if unsure else "", style=UNSURE_STYLE)
        out.append("\n")
    return out


class TimelineScreen(Screen):
    BINDINGS = [
        Binding("escape,q", "close", N_("Back"), id="timeline.close"),
    ]

    def __init__(self, query: str, months: list[tuple[str, int]], undated: int,
                 guessed: dict[str, int] | None = None) -> None:
        super().__init__()
        self.query_text = query
        self.months = months
        self.undated = undated
        self.guessed = guessed or {}  # month -> articles whose year is a guess

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
        if unsure := sum(self.guessed.values()):
            title.append(f"  ·  {unsure} " + t(YEAR_GUESSED) + " (?)", style=UNSURE_STYLE)
        self.query_one("#timeline-title", Static).update(title)
        body = bars(self.months, locale, self.guessed, t) if self.months else Text(t("No dated articles in these results."), style=DIM)
        self.query_one("#timeline-bars", Static).update(body)

    def relocalize(self) -> None:
        self.fill()

    def action_close(self) -> None:
        self.app.pop_screen()
