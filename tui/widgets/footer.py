"""The footer: the keys of the screen from its bindings, the ones a user needs first first.

Textual's footer lists the focused widget's keys, then the screen's, then the app's: at
80 columns `q` and `?` fell off the end. Here the keys that leave (quit, close, back,
cancel) and help come first, below 100 columns the footer is compact, and a key that
does not fit whole is left out (help and the palette list every key), never cut mid-word.
"""

from __future__ import annotations

from collections import defaultdict

from rich.cells import cell_len
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

NARROW = 100  # columns below which the footer is compact
FIRST = ("app.quit", "app.help")  # then every screen's close/back/cancel


def rank(binding) -> int:
    """0 for quitting and leaving, 1 for help, 2 for the rest (in their own order)."""
    bid = binding.id or ""
    if bid == "app.quit" or bid.endswith((".close", ".cancel", ".back")):
        return 0
    if bid == "app.help":
        return 1
    return 2


def key_cells(key_display: str, description: str, compact: bool) -> int:
    """Columns a FooterKey takes: its key and description with Textual's padding and margin."""
    return cell_len(key_display) + cell_len(description) + (2 if compact else 3)


class ReaderFooter(Footer):
    _shown: tuple = ((-1, True), ())  # what the keys on screen were made from: ((width, compact), their arguments)

    def on_resize(self, event) -> None:
        self.compact = event.size.width < NARROW
        if self._bindings_ready and event.size.width != self._shown[0][0]:  # the width the keys shown were chosen for
            self.call_after_refresh(self.recompose)  # the keys that fit change with the width

    def bindings_changed(self, screen) -> None:
        """Textual recomposes on every change of the bindings (each move of the focus): here
        only when the keys to show changed, which most moves leave as they were."""
        self._bindings_ready = True
        if screen.app.app_focus and self.is_attached and screen is self.screen and self._keys() != self._shown:
            self.call_after_refresh(self.recompose)

    def compose(self):
        if not self._bindings_ready:
            return
        self._shown = keys = self._keys()
        for key, display, description, action, enabled, tooltip, palette in keys[1]:
            if palette:
                yield FooterKey(key, display, description, action, classes="-command-palette",
                                disabled=not enabled, tooltip=tooltip)
            else:
                yield FooterKey(key, display, description, action, disabled=not enabled,
                                tooltip=tooltip).data_bind(compact=Footer.compact)

    def _keys(self) -> tuple:
        """(the width and compactness they were chosen for, the FooterKeys' arguments in order)."""
        active = self.screen.active_bindings
        by_action: defaultdict[str, list] = defaultdict(list)
        for _node, binding, enabled, tooltip in active.values():
            if binding.show:
                by_action[binding.action].append((binding, enabled, tooltip))
        shown = sorted(by_action.values(), key=lambda group: rank(group[0][0]))  # stable: the rest keep their order
        palette = self._palette_key(active)
        width = self.size.width
        room = width - (key_cells(palette[1], palette[2], self.compact) + 1 if palette else 0)
        keys = []
        for group in shown:
            binding, enabled, tooltip = group[0]
            display = self.app.get_key_display(binding)
            room -= key_cells(display, binding.description, self.compact)
            if width and room < 0:
                break  # a key that does not fit whole is left to help and the palette, never cut mid-word
            keys.append((binding.key, display, binding.description, binding.action, enabled, tooltip, False))
        if palette is not None:
            keys.append(palette)
        return (width, self.compact), tuple(keys)

    def _palette_key(self, active) -> tuple | None:
        if not (self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE):
            return None
        found = active.get(self.app.COMMAND_PALETTE_BINDING)
        if found is None:
            return None
        _node, binding, enabled, _tooltip = found
        return (binding.key, self.app.get_key_display(binding), binding.description, binding.action, enabled,
                binding.tooltip or binding.description, True)
