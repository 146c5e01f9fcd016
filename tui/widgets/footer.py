"""The footer: the keys of the screen from its bindings, the ones a user needs first first.

Textual's footer lists the focused widget's keys, then the screen's, then the app's: at
80 columns `q` and `?` fell off the end. Here the keys that leave (quit, close, back,
cancel) and help come first, and below 100 columns the footer is compact.
"""

from __future__ import annotations

from collections import defaultdict

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


class ReaderFooter(Footer):
    def on_resize(self, event) -> None:
        self.compact = event.size.width < NARROW

    def compose(self):
        if not self._bindings_ready:
            return
        active = self.screen.active_bindings
        by_action: defaultdict[str, list] = defaultdict(list)
        for _node, binding, enabled, tooltip in active.values():
            if binding.show:
                by_action[binding.action].append((binding, enabled, tooltip))
        shown = sorted(by_action.values(), key=lambda group: rank(group[0][0]))  # stable: the rest keep their order
        for group in shown:
            binding, enabled, tooltip = group[0]
            yield FooterKey(binding.key, self.app.get_key_display(binding), binding.description, binding.action,
                            disabled=not enabled, tooltip=tooltip).data_bind(compact=Footer.compact)
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            found = active.get(self.app.COMMAND_PALETTE_BINDING)
            if found is not None:
                _node, binding, enabled, tooltip = found
                yield FooterKey(binding.key, self.app.get_key_display(binding), binding.description, binding.action,
                                classes="-command-palette", disabled=not enabled,
                                tooltip=binding.tooltip or binding.description)
