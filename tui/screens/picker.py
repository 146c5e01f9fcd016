"""Choose what a quotes column shows: a speaker (or the quotes no speaker was found for), a country's side, or one article."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from ..i18n import N_, counted
from ..render import DIM, ENTITY_STYLES, UNSURE_STYLE, UNTIED, entity_name, speaker_name, uncertain_note
from ..widgets.option_list import NavList
from ..widgets.typed_input import TypedInput, type_into


class PickerScreen(ModalScreen):
    BINDINGS = [
        Binding("escape,q", "dismiss_none", N_("Cancel"), id="picker.cancel"),
        Binding("down", "focus_list", N_("To the list"), show=False, id="picker.list"),
    ]

    def __init__(self, quotes, scope: set[str] | None = None) -> None:
        super().__init__()
        self.quotes = quotes
        self.scope = scope  # the search's results the quotes view shows: counted there, the rest after
        self.choices: dict[str, object] = {}
        self.filled = ""  # the filter the list was last filled for

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-body"):
            yield TypedInput(placeholder=self.app.t("Type to filter speakers, sides, articles"), id="picker-filter")
            yield NavList(id="picker-list")

    def on_mount(self) -> None:
        self.query_one(Input).cursor_blink = self.app.blink
        self.fill("")
        self.set_focus(self.query_one(Input))

    def fill(self, needle: str) -> None:
        from index.quote_views import Source

        t = self.app.t
        needle = self.filled = needle.casefold().strip()
        box = self.query_one("#picker-list", OptionList)
        box.clear_options()
        self.choices = {}
        opts: list = []

        def section(title: str, items, unsure: dict[str, int] | None = None) -> None:
            """`unsure`: each speaker's uncertain quotes among those counted, said as the metadata pane says them."""
            rows = [(src, label, n) for src, label, n in items
                    if not needle or needle in label.casefold() or (src.kind == "country" and needle in src.value.casefold())]
            if not rows:
                return
            opts.append(Option(Text(t(title), style=Style(bold=True, underline=True)), disabled=True))
            for src, label, n in rows:
                key = f"c{len(self.choices)}"
                self.choices[key] = src
                style = ENTITY_STYLES["person"] if src.kind == "speaker" else None
                doubt = uncertain_note((unsure or {}).get(src.value, 0), t)
                opts.append(Option(Text.assemble((label, style), (f"  {n}", DIM), (doubt, UNSURE_STYLE)), id=key))

        q, keys = self.quotes, self.scope
        speakers = q.speaker_counts(keys)
        # last, the quotes no one was found for ("— ?" in the article): a walker found them in no column
        unknown = [(Source("unattributed", "", t("speaker unknown")), t("speaker unknown"), n)
                   for n in [q.unattributed_count(keys)] if n]
        section(N_("Speakers in the results · quotes") if keys is not None else N_("Speakers · quotes"),
                [(Source("speaker", n, n), speaker_name(n, self.app.locale_name), c) for n, c in speakers] + unknown,
                q.unsure_counts(keys))
        loc = self.app.locale_name
        sides = [(Source("country", n, entity_name("country", n, loc)), entity_name("country", n, loc), c)
                 for n, c in q.country_counts(keys)]
        section(N_("Sides (everyone tied to a country) · quotes"), sides)
        if sides and not needle and (untied := q.untied_count(keys)):  # a side's count is not everyone's: say who is left out
            opts.append(Option(Text(counted(t, untied, *UNTIED).format(n=untied), style=DIM), disabled=True))
        section(N_("Articles · quotes"), [(Source("article", k, q.titles.get(k, k)), q.titles.get(k, k), c)
                                 for k, c in q.article_counts(keys)])
        if keys is not None:  # quoted only outside the results: choosing one shows every article
            listed = {n for n, _c in speakers}
            section(N_("Speakers in other articles · quotes"),
                    [(Source("speaker", n, n), n, c) for n, c in q.speaker_counts() if n not in listed], q.unsure_counts())
        box.add_options(opts)
        first = next((i for i, o in enumerate(opts) if not o.disabled), None)
        if first is not None:
            box.highlighted = first

    @on(Input.Changed, "#picker-filter")
    def _typed(self, event: Input.Changed) -> None:
        self.fill(event.value)

    @on(Input.Submitted, "#picker-filter")
    def _submitted(self, event: Input.Submitted | None = None) -> None:
        box = self.query_one("#picker-list", OptionList)
        if box.highlighted is not None:
            option = box.get_option_at_index(box.highlighted)
            self.dismiss(self.choices.get(option.id or ""))

    @on(OptionList.OptionSelected, "#picker-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        typed = self.query_one("#picker-filter", Input).value
        if typed.casefold().strip() != self.filled:  # letters typed just before enter, the list not yet filtered for them
            self.fill(typed)  # (a walker got "North Korea", under the cursor, for "South" typed then enter)
            self._submitted()
            return
        self.dismiss(self.choices.get(event.option.id or ""))

    def on_key(self, event: events.Key) -> None:
        """A letter typed on the list filters it (a walker typed "South" there, saw nothing change, and enter
        chose the row under the cursor)."""
        type_into(self, event, self.query_one("#picker-list"), self.query_one("#picker-filter", Input))

    def action_focus_list(self) -> None:
        self.set_focus(self.query_one("#picker-list"))

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
