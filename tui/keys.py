"""The keys every list and pane shares: j/k, g/G, ctrl+d/ctrl+u, each a Binding with an id.

A widget class lists `nav_bindings("its-scope")` in its own BINDINGS (so footer, help,
palette and keymap read them like any other binding) and mixes in the class here that
carries the actions for its kind: a list of options, a table, a scrolling pane. Binding
ids are `<scope>.down`, `<scope>.up`, `<scope>.top`, `<scope>.bottom`, `<scope>.half-down`
and `<scope>.half-up`: `[keymap]` in config.toml rebinds them by these ids.
"""

from __future__ import annotations

from textual.binding import Binding

from .i18n import N_

NAV = (
    # (key, action, description, id suffix)
    ("j", "nav_down", N_("Down"), "down"),
    ("k", "nav_up", N_("Up"), "up"),
    ("g", "nav_top", N_("To the top"), "top"),
    ("G", "nav_bottom", N_("To the bottom"), "bottom"),
    ("ctrl+d", "nav_half(1)", N_("Half a page down"), "half-down"),
    ("ctrl+u", "nav_half(-1)", N_("Half a page up"), "half-up"),
)


def nav_bindings(scope: str, *, down: str | None = None, up: str | None = None) -> list[Binding]:
    """The six movement bindings of one list or pane; `down`/`up` name its j/k (\"Next result\")."""
    names = {"down": down, "up": up}
    return [Binding(key, action, names.get(suffix) or description, show=False, id=f"{scope}.{suffix}")
            for key, action, description, suffix in NAV]


def _half(height: int) -> int:
    return max(1, height // 2)


class ListNav:
    """For an OptionList: move the highlight (half a page: by half its height in lines)."""

    def action_nav_down(self) -> None:
        self.action_cursor_down()

    def action_nav_up(self) -> None:
        self.action_cursor_up()

    def action_nav_top(self) -> None:
        self.action_first()

    def action_nav_bottom(self) -> None:
        self.action_last()

    def action_nav_half(self, direction: int) -> None:
        from textual import _widget_navigation

        if not self.option_count:
            return
        if self.highlighted is None:
            self.action_first() if direction > 0 else self.action_last()
            return
        lines = self._lines
        if not lines or self.highlighted not in self._index_to_line:
            return  # not laid out yet: no page to move by
        y = self._index_to_line[self.highlighted] + direction * _half(self.scrollable_content_region.height)
        y = max(0, min(len(lines) - 1, y))
        found = _widget_navigation.find_next_enabled_no_wrap(
            candidates=self._options, anchor=lines[y][0], direction=direction, with_anchor=True)
        if found is None:  # only headings that way (the metadata's first lines): the nearest option back
            found = _widget_navigation.find_next_enabled_no_wrap(
                candidates=self._options, anchor=lines[y][0], direction=-direction, with_anchor=True)
        if found is not None:
            self.highlighted = found


class TableNav:
    """For a DataTable: move the cursor row."""

    def action_nav_down(self) -> None:
        self.action_cursor_down()

    def action_nav_up(self) -> None:
        self.action_cursor_up()

    def action_nav_top(self) -> None:
        if self.row_count:
            self.move_cursor(row=0)

    def action_nav_bottom(self) -> None:
        if self.row_count:
            self.move_cursor(row=self.row_count - 1)

    def action_nav_half(self, direction: int) -> None:
        if self.row_count:
            row = self.cursor_row + direction * _half(self.scrollable_content_region.height)
            self.move_cursor(row=max(0, min(self.row_count - 1, row)))


class ScrollNav:
    """For a scrolling pane: scroll it."""

    def action_nav_down(self) -> None:
        self.scroll_down(animate=False)

    def action_nav_up(self) -> None:
        self.scroll_up(animate=False)

    def action_nav_top(self) -> None:
        self.scroll_home(animate=False)

    def action_nav_bottom(self) -> None:
        self.scroll_end(animate=False)

    def action_nav_half(self, direction: int) -> None:
        self.scroll_relative(y=direction * _half(self.scrollable_content_region.height), animate=False)


def key_of(screen, binding_id: str) -> str:
    """The key that runs a screen's binding now (the user's keymap applied), as the footer shows it."""
    for active in screen.active_bindings.values():
        if active.binding.id == binding_id:
            return screen.app.get_key_display(active.binding)
    return ""
