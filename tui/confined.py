"""What the reader must never do, whatever key, palette command or link asks for it.

The reader often runs as an SSH ForceCommand: the analyst's only program on the server.
Textual ships actions that write files (screenshots, `deliver_text`), open a browser
(`open_url`) or suspend the process to a shell that does not exist. Here each of them
declines with a notice, and the palette never offers them.
"""

from __future__ import annotations

from textual.app import SystemCommand

from .i18n import N_

# Textual's own palette commands that write or spawn; matched by their callbacks' names
# so a translated title cannot let one through.
WRITING_COMMANDS = {"deliver_screenshot", "action_screenshot", "save_screenshot"}
DECLINED = N_("Not in this reader: it writes no files and starts no programs.")


def offered(commands, screenshot_title: str = "Screenshot"):
    """The system commands minus those that write or spawn."""
    for command in commands:
        if command.title == screenshot_title or _calls_writer(command):
            continue
        yield command


def _calls_writer(command: SystemCommand) -> bool:
    callback = command.callback
    names = {getattr(callback, "__name__", "")}
    code = getattr(callback, "__code__", None)
    if code is not None:
        names.update(code.co_names)
    return bool(names & WRITING_COMMANDS)


class Confined:
    """Mixed into the App ahead of textual.App: the writing and spawning actions refuse."""

    def _decline(self, *args, **kwargs) -> None:
        self.notify(self.t(DECLINED), severity="warning")

    action_screenshot = _decline
    deliver_screenshot = _decline
    action_suspend_process = _decline
    open_url = _decline
    deliver_text = _decline
    deliver_binary = _decline

    def save_screenshot(self, *args, **kwargs) -> None:
        self._decline()
        return None
