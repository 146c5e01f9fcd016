"""The command palette, safe to close at any moment.

Textual's palette gathers commands in a worker and shows "No matches" after a timer.
Closed while either is still under way (commands run one after another, `escape` typed
quickly), the late arrival reached for the palette's list after it had been removed
(`NoMatches` for `CommandList`), which ended the reader. Worse, a second `enter` queued
before the palette closed selected again: the command ran twice, and `dismiss()`, which
pops whatever screen is on top, took the main screen away too. Here a late arrival
finds the palette gone and does nothing.
"""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual import work
from textual.await_complete import AwaitComplete
from textual.command import CommandList, CommandPalette
from textual.widgets import Button, Input, OptionList
from textual.widgets.option_list import Option

LATE = (OptionList.OptionSelected, Input.Submitted, Input.Changed, Button.Pressed)  # choices, once it closed


class ReaderPalette(CommandPalette):
    def _gone(self) -> bool:
        return not self.is_attached or not self.query(CommandList)

    def _closed_already(self) -> bool:
        return self._closing or self._closed or self.app.screen is not self

    async def _on_message(self, message) -> None:
        if isinstance(message, LATE) and self._closed_already():
            return
        await super()._on_message(message)

    def dismiss(self, result=None) -> AwaitComplete:
        if self._closed_already():
            return AwaitComplete.nothing()  # not the screen on top: never pop another one
        return super().dismiss(result)

    @work(exclusive=True, group=CommandPalette._GATHER_COMMANDS_GROUP)
    async def _gather_commands(self, search_value: str) -> None:
        if not self._gone():
            await CommandPalette._gather_commands.__wrapped__(self, search_value)

    def _refresh_command_list(self, command_list, commands, clear_current: bool) -> None:
        if not self._gone():
            super()._refresh_command_list(command_list, commands, clear_current)

    def _watch__list_visible(self) -> None:
        if not self._gone():
            super()._watch__list_visible()

    async def _watch__show_busy(self) -> None:
        if not self._gone():
            await super()._watch__show_busy()

    def _start_no_matches_countdown(self, search_value: str) -> None:
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if self._gone():
                return
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(Align.center(Text(self.app.t("No matches found"), style="not bold")), disabled=True,
                           id=self._NO_MATCHES))
            self._list_visible = bool(search_value)

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
