"""A timeline: how many of the current results fall in each month, as a sparkline and
a bar per month, so a change in coverage shows at a glance. Search `speaker:Austin` or
`person:Kishida` first for one person's. Enter on a month narrows the search to it."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList, Sparkline, Static
from textual.widgets.option_list import Option

from ..i18n import N_
from ..render import DIM, UNSURE_STYLE, YEAR_GUESSED
from ..widgets.footer import ReaderFooter
from ..widgets.option_list import NavList

BAR = "█"
GUESSED_BAR = "░"  # the part of a month's bar whose articles' year is a guess
BAR_WIDTH = 40  # cells for the busiest month


def month_label(month: str, locale: str) -> str:
    from index.datefmt import format_date

    return format_date(month, locale, width="medium") or month


QUIET_RUN = 4  # this many empty months in a row or more are one line
QUIET_MONTHS = N_("{n} months with no dated article")


def _quiet_run(months: list[tuple[str, int]], i: int) -> int:
    """How many empty months in a row start at i."""
    run = 0
    while i + run < len(months) and not months[i + run][1]:
        run += 1
    return run


def bar_rows(months: list[tuple[str, int]], locale: str, guessed: dict[str, int] | None = None,
             t=lambda s: s) -> list[tuple[str | None, Text]]:
    """One row per month, (month, line): its name, a bar scaled to the busiest month, the
    count; the articles whose year is a guess drawn light at the bar's end and counted
    with a "?"; four or more empty months in a row as one row (None, "⋮ 14 months with no dated article"): the
    undated are in no month, so a gap says no dated article, not no news."""
    top = max((n for _m, n in months), default=0) or 1
    labels = [month_label(m, locale) for m, _n in months]
    width = max((len(x) for x in labels), default=0)
    rows: list[tuple[str | None, Text]] = []
    quiet = 0  # empty months in a row: a long run is one line
    for i, (label, (month, n)) in enumerate(zip(labels, months, strict=True)):
        if not n and (quiet or _quiet_run(months, i) >= QUIET_RUN):
            quiet += 1
            if i + 1 == len(months) or months[i + 1][1]:
                rows.append((None, Text(f"{'⋮':>{width}} " + t(QUIET_MONTHS).format(n=quiet), style=DIM)))
                quiet = 0
            continue
        rows.append((month, _bar(f"{label:>{width}} ", n, top, (guessed or {}).get(month, 0))))
    return rows


def _bar(label: str, n: int, top: int, unsure: int) -> Text:
    cells = max(round(BAR_WIDTH * n / top), 1) if n else 0
    light = min(cells, max(round(cells * unsure / n), 1)) if unsure else 0
    line = Text(label, style=DIM)
    line.append(BAR * (cells - light), style=Style(color="cyan"))
    line.append(GUESSED_BAR * light, style=Style(color="cyan"))
    line.append(f" {n}" if n else " ·", style=DIM if not n else None)
    line.append(f" ({unsure} ?)" if unsure else "", style=UNSURE_STYLE)
    return line


class MonthList(NavList):
    """The months, one a row; enter narrows the search to the one highlighted."""

    BINDINGS = [Binding("enter", "select", N_("Narrow to the month"), id="timeline.month")]

    def on_mount(self) -> None:
        from ..app import translate_node_bindings

        translate_node_bindings(self, self.app.t)  # its key is in the footer from the first frame


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
        yield MonthList(id="timeline-rows")
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
        self.query_one("#timeline-spark", Sparkline).display = bool(self.months)  # no data drew full bars
        box = self.query_one("#timeline-rows", MonthList)
        at = box.highlighted
        box.clear_options()
        rows = bar_rows(self.months, locale, self.guessed, t)
        box.add_options([Option(line, id=month, disabled=month is None or not self._count(month))
                         for month, line in rows]
                        or [Option(Text(t("No dated articles in these results."), style=DIM), disabled=True)])
        box.highlighted = at if at is not None else next(
            (i for i, (month, _l) in enumerate(rows) if month and self._count(month)), None)

    def _count(self, month: str) -> int:
        return dict(self.months).get(month, 0)

    @on(OptionList.OptionSelected, "#timeline-rows")
    def _month_chosen(self, event: OptionList.OptionSelected) -> None:
        """The search narrowed to the month chosen (`date:2017-09`)."""
        event.stop()
        self.dismiss(f"date:{event.option.id}")

    def relocalize(self) -> None:
        self.fill()

    def action_close(self) -> None:
        self.dismiss(None)
