"""A text box whose editing keys take effect in the order they were typed."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.widgets import Input

# Input's own editing and cursor keys (not enter, not copy and paste, not what it lets bubble up: "down")
_LEFT_TO_THE_APP = {"enter", "ctrl+c", "ctrl+v", "ctrl+x", "super+c"}
_EDITING = {key: b.action for b in Input.__dict__["BINDINGS"] if isinstance(b, Binding)
            for key in b.key.split(",") if key not in _LEFT_TO_THE_APP}


class TypedInput(Input):
    """An Input that runs its own editing keys (backspace, delete, the arrows...) as it gets
    them. Textual runs a widget's key bindings once the key has bubbled up to the app, while
    a printable key is inserted at once: when the reader is busy (a search per key), a burst of
    backspaces then fast typing lost the first letters typed ("country:Japan" became
    "ountry:Japan": a late backspace deleted the "c")."""

    async def _on_key(self, event: events.Key) -> None:
        action = None if event.is_printable else _EDITING.get(event.key)
        if action is not None:
            event.stop()
            event.prevent_default()
            await self.run_action(action)
            return
        await super()._on_key(event)


def type_into(screen, event: events.Key, listing, box: Input) -> bool:
    """A letter or digit typed on a screen's list that no key of the list or of the screen takes
    goes to its filter box, focused from then on; so does one that reached the screen from the
    list after an earlier letter moved the focus (a word typed fast is sent to the list whole:
    "Tokyo" typed on the entity list left "T"). True when the key was taken."""
    if screen.focused not in (listing, box) or not (event.character and event.character.isalnum()):
        return False
    bound = screen.active_bindings.get(event.key)
    if screen.focused is listing and bound is not None and bound.node is not screen.app:
        return False
    event.stop()
    event.prevent_default()
    screen.set_focus(box)
    box.insert_text_at_cursor(event.character)
    return True
