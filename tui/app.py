"""The Textual app and its factory, shared by the CLI and the tests."""

from __future__ import annotations

import inspect
import os
from datetime import date

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding

from index.datefmt import SUPPORTED as LOCALES  # one list of locales: the date formatter's

from .backend import Backend
from .confined import Confined, offered
from .i18n import N_, Translator, language_name
from .messages import IndexChanged, IndexProgress, IndexReady

MAX_ERRORS = 20  # more unexpected errors than this in one session: something is badly wrong, quit

# Textual's own words the reader shows: its palette commands (title, help), the palette
# key in the footer, the palette's search line. Marked here so the catalogs carry them.
TEXTUAL_WORDS = (
    N_("Theme"), N_("Change the current theme"),
    N_("Quit"), N_("Quit the application as soon as possible"),
    N_("Keys"), N_("Show help for the focused widget and a summary of available keys"),
    N_("Hide the keys and widget help panel"),
    N_("Maximize"), N_("Maximize the focused widget"),
    N_("Minimize"), N_("Minimize the widget and restore to normal size"),
)
PALETTE = N_("palette")
LOCALE_BINDING = "app.locale"  # the binding's id (keymaps name it)
LOCALE_SWITCHED = N_("Interface language: {now} · {key} again: {next}")
PALETTE_TOOLTIP = N_("Open the command palette")


def _screen_of(node):
    try:
        return node.screen
    except Exception:  # noqa: BLE001 - a node already detached has no screen
        return None


class AllianceReader(Confined, App):
    CSS_PATH = "app.tcss"
    TITLE = "alliance-reader"
    BINDINGS = [
        Binding("q", "quit", N_("Quit"), id="app.quit"),
        # as in any terminal program, also from a text box (copying is `y`)
        Binding("ctrl+c", "quit", N_("Quit"), show=False, priority=True, id="app.quit-anywhere"),
        Binding("question_mark", "help", N_("Help"), tooltip=N_("Every key the reader knows"), id="app.help"),
        Binding("l", "cycle_locale", N_("Locale"), id=LOCALE_BINDING),
    ]

    def __init__(
        self,
        backend: Backend,
        *,
        locale: str = "id",
        today: date | None = None,
        blink: bool = True,
        watch_seconds: float = 2.0,
        timings: bool = True,
        state_dir: str | None = None,
        read_after: float | None = 2.0,
        colors16: bool = False,
    ) -> None:
        super().__init__()
        self.colors16 = colors16  # a terminal of 16 colours (TERM=xterm, linux): see apply_config
        from .render import set_monochrome

        set_monochrome(self.no_color)  # NO_COLOR (Textual read it): entities by attributes alone
        self.config_problems: list = []
        from .userstate import UserKeeper

        self.user = UserKeeper(state_dir, self.post_message)  # the user's own state (stars, searches)
        self.read_after = read_after  # seconds an article is shown before it counts as read (None: never)
        self.timings = timings
        from collections import deque

        self.search_log: deque[float] = deque(maxlen=1000)  # recent searches' took_ms
        self.backend = backend
        self.locale_name = locale
        self.t = Translator(locale)
        self.today = today or date.today()
        self.blink = blink
        self.watch_seconds = watch_seconds
        self.guarded = False  # run from the CLI: SIGHUP, SIGTERM and quitting end the process (guard.py)
        self.error_lines: list[str] = []  # unexpected errors, one line each (details in the log)
        self.fatal_line: str | None = None  # the one the reader could not go on after
        self.quotes_aligned = True  # quotes side by side: rows by week (True) or each column on its own

    def on_mount(self) -> None:
        from .screens.main import MainScreen

        self.apply_config()
        self.push_screen(MainScreen())
        self.user.open()  # on its own thread: a locked or slow file never holds up the first frame
        if self.t.has_catalog():
            self.call_after_refresh(self.translate_bindings)
        self.call_after_refresh(self.build_index)
        if self.watch_seconds > 0:
            self.set_interval(self.watch_seconds, self.check_index)

    def apply_config(self) -> None:
        """The user's keymap and theme (config.toml); what is wrong in it, one line each.
        A terminal of 16 colours gets the theme in its own colours unless one is chosen:
        the default theme's shades of grey fall on different ones of its 16 (patchy panes)."""
        from . import config

        settings = config.load(set(self.available_themes))
        if settings.keymap:
            self.set_keymap(settings.keymap)
        if settings.theme:
            self.theme = settings.theme
        elif self.colors16:
            self.theme = "ansi-dark"
        for template, values in settings.problems:
            self.notify(self.t(template).format(**values), severity="warning", timeout=15, markup=False)
        self.config_problems = settings.problems

    # -- ending: never a traceback on the user's screen, never a process left behind
    def exit(self, result=None, return_code: int = 0, message=None) -> None:
        if self.guarded:
            from .guard import force_exit_later

            force_exit_later(self)  # threads still at work must not keep the process alive
        super().exit(result, return_code, message)

    def _handle_exception(self, error: Exception) -> None:
        """One line on the screen (or, when the reader cannot go on, after it), the
        details in the log file. Textual would print the traceback and quit."""
        from textual._context import active_message_pump

        if self._exit or self._closing:
            return  # on the way out: a key or a worker late for a screen that is already gone
        line = self._error_line(error)
        self.error_lines.append(line)
        node = active_message_pump.get(None)
        if node is None or node is self or len(self.error_lines) > MAX_ERRORS:
            self._quit_with(line)
        else:
            self.call_later(self._after_error, node, line)

    async def _dispatch_action(self, namespace, action_name: str, params) -> bool:
        """An action (a key, a palette command) that fails shows one line; the reader goes on."""
        if getattr(namespace, "_closing", False) or getattr(namespace, "_closed", False):
            return True  # a key still queued for a screen that has closed
        try:
            return await super()._dispatch_action(namespace, action_name, params)
        except Exception as exc:  # noqa: BLE001 - SkipAction is handled inside
            self._went_wrong(exc)
            return True

    def _guarded(self, callback):
        """A palette command that fails shows one line; the reader goes on."""

        async def run() -> None:
            try:
                result = callback()
                if inspect.isawaitable(result):
                    await result
            except Exception as exc:  # noqa: BLE001
                self._went_wrong(exc)

        return run

    def _went_wrong(self, error: Exception) -> None:
        line = self._error_line(error)
        self.error_lines.append(line)
        self.notify(self.t(line), severity="error", timeout=10)

    def _error_line(self, error: Exception) -> str:
        from textual.worker import WorkerFailed

        from index.errors import IndexDamaged

        from .crashlog import report
        from .errors import damaged_line

        cause = error.error if isinstance(error, WorkerFailed) else error
        return damaged_line(cause) if isinstance(cause, IndexDamaged) else report(cause)

    def _after_error(self, node, line: str) -> None:
        """The failing node stops taking messages when its handler raised: close the
        screen it is on (unless that is the main screen: then quit with the line)."""
        from textual.screen import Screen

        from .screens.main import MainScreen

        screen = node if isinstance(node, Screen) else _screen_of(node)
        if node.is_running or screen is None or screen not in self.screen_stack:
            self.notify(self.t(line), severity="error", timeout=10)
        elif isinstance(screen, MainScreen):
            self._quit_with(line)
        else:
            while screen in self.screen_stack and not isinstance(self.screen, MainScreen):
                self.pop_screen()
            self.notify(self.t(line), severity="error", timeout=10)

    def _quit_with(self, line: str) -> None:
        """Quit with exit status 1; run_reader prints the line once the terminal is restored."""
        self._return_code = 1
        self.fatal_line = line
        self._close_messages_no_wait()

    def push_screen(self, screen, *args, **kwargs):
        """Every screen's footer in the reader's language from its first frame (the
        quotes, entities, searches and timeline screens came up in English)."""
        from textual.screen import Screen

        if isinstance(screen, Screen):
            translate_node_bindings(screen, self.t)
        return super().push_screen(screen, *args, **kwargs)

    # -- the command palette (see palette.py)
    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        from .palette import ReaderPalette

        # No id (Textual gives its own one): a palette just closed stays in the DOM until its
        # removal ends, and ctrl+p in that moment met it under the same id (DuplicateIds).
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(ReaderPalette(placeholder=self.t("Search for commands…")))

    def search_themes(self) -> None:
        from textual.theme import ThemeProvider

        from .palette import ReaderPalette

        self.push_screen(ReaderPalette(providers=[ThemeProvider], placeholder=self.t("Search for themes…")))

    def search_commands(self, commands, placeholder: str | None = None):
        from textual.command import SimpleProvider

        from .palette import ReaderPalette

        placeholder = placeholder or self.t("Search for commands…")
        return self.push_screen(ReaderPalette(providers=[SimpleProvider(self.screen, commands)], placeholder=placeholder))

    # -- workers
    @work(thread=True, exclusive=True, group="index")
    def build_index(self) -> None:
        def progress(done: int, total: int) -> None:
            self._to_main(IndexProgress(done, total))

        self.building = True
        try:
            outcome = self.backend.build(progress)
        finally:
            self.building = False
        self._to_main(IndexReady(outcome))

    building = False  # our own build is at work: the generations it commits are not news

    @work(thread=True, exclusive=True, group="watch")
    def check_index(self) -> None:
        if not self.building and (newer := self.backend.newer_on_disk()) is not None:
            self._to_main(IndexChanged(rebuilt=self.backend.rebuilt_on_disk(), generation=newer))

    def _to_main(self, message) -> None:
        """Deliver a worker's message to the main screen (thread-safe)."""
        from .screens.main import MainScreen

        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.post_message(message)
                return

    # -- actions
    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_cycle_locale(self) -> None:
        """The next language, and a note naming it and the one the key gives next (a walker pressed it twice
        to go back from English and got Japanese: four languages take turns, not two)."""
        from .keys import key_of

        i = LOCALES.index(self.locale_name) if self.locale_name in LOCALES else -1
        now, after = LOCALES[(i + 1) % len(LOCALES)], LOCALES[(i + 2) % len(LOCALES)]
        self.set_locale(now)
        self.notify(self.t(LOCALE_SWITCHED).format(now=language_name(now), key=key_of(self.screen, LOCALE_BINDING) or "l",
                                                   next=language_name(after)), timeout=4, markup=False)

    def set_locale(self, locale: str) -> None:
        self.locale_name = locale
        self.t.lang = locale
        for screen in self.screen_stack:
            if hasattr(screen, "relocalize"):
                screen.relocalize()
        self.translate_bindings()

    def translate_bindings(self) -> None:
        """Footer and help read Binding descriptions: give them the current language."""
        nodes = [self, *self.screen_stack]
        for screen in self.screen_stack:
            nodes.extend(screen.query("*"))
        for node in nodes:
            translate_node_bindings(node, self.t)
        self._translate_palette_key()
        self.refresh_bindings()

    def _translate_palette_key(self) -> None:
        """The footer's `^p palette`: Textual adds that binding itself, with no id."""
        from dataclasses import replace

        bindings = self._bindings.key_to_bindings
        for key, blist in bindings.items():
            bindings[key] = [replace(b, description=self.t(PALETTE), tooltip=self.t(PALETTE_TOOLTIP))
                             if b.action in ("command_palette", "app.command_palette") else b for b in blist]

    def get_system_commands(self, screen):
        for command in self._system_commands(screen):
            yield command._replace(callback=self._guarded(command.callback))

    def _system_commands(self, screen):
        t = self.t
        for command in offered(super().get_system_commands(screen)):  # Textual's, in the reader's language
            yield command._replace(title=t(command.title), help=t(command.help))
        for owner, binding in palette_bindings():
            yield SystemCommand(t(binding.description), t(binding.tooltip) if binding.tooltip else "",
                                lambda owner=owner, action=binding.action: self._binding_action(owner, action))
        for loc in LOCALES:
            yield SystemCommand(t("Locale") + f": {loc}", t("Dates and interface language"),
                                lambda loc=loc: self.set_locale(loc))

    def _binding_action(self, owner: type, action: str) -> None:
        """A palette command: the binding's action on the screen on top when it has it (the
        quotes screen copies and exports its own), else where the binding lives."""
        from .screens.main import MainScreen

        if owner is type(self):
            getattr(self, f"action_{action}")()
        elif issubclass(owner, MainScreen):
            self._here(action)
        else:
            widget = next(iter(self._main().query(owner)), None)
            if widget is not None:
                getattr(widget, f"action_{action}")()

    def open_article_at(self, key: str, paragraph: int, start: int) -> None:
        main = self._main()
        main.open_article_at(key, paragraph, start)
        main.mark_opened(key)

    def _here(self, name: str) -> None:
        """The action on the screen on top when it has it (quotes), else on the main screen."""
        action = getattr(self.screen, f"action_{name}", None)
        if action is not None:
            action()
        else:
            self._main_action(name)

    def _main(self):
        from .screens.main import MainScreen

        return next(s for s in self.screen_stack if isinstance(s, MainScreen))

    def _main_action(self, name: str) -> None:
        from .screens.main import MainScreen

        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                getattr(screen, f"action_{name}")()
                return

    def on_unmount(self) -> None:
        self.backend.close()
        self.user.close()  # waits for the last few writes

    # -- the user's own state (tui/userstate.py)
    def on_state_opened(self, message) -> None:
        from .widgets.results import ResultsList

        self.user.take_loaded()
        for screen in self.screen_stack:
            for results in screen.query(ResultsList):
                results.refresh_marks()
        if message.problem:
            self.notify(self.t(message.problem), severity="warning", timeout=12)

    def on_state_problem(self, message) -> None:
        self.notify(self.t(message.line), severity="warning", timeout=12)

    def export_rows(self, what: str, count: int, rows, stem: str) -> None:
        """Ask for a format, then write `rows(backend)` -> (rows, columns) on a worker thread."""
        from index.state import FolderError, resolve_state_dir

        from .screens.export import ExportScreen

        try:
            folder = resolve_state_dir(self.user.folder)
        except FolderError:
            folder = None

        def chosen(fmt: str | None) -> None:
            if fmt:
                self._export(rows, fmt, stem)

        self.push_screen(ExportScreen(what, count, folder), chosen)

    @work(thread=True, group="export")
    def _export(self, rows, fmt: str, stem: str) -> None:
        from index.export import ExportError

        from .exporting import shown_path, write

        try:
            data, columns = rows(self.backend)
            path = write(data, columns, fmt, stem, self.user.folder)
        except ExportError as exc:
            self.call_from_thread(self.notify, self.t(str(exc)), severity="error", timeout=12)
            return
        self.call_from_thread(self.notify, self.t("Exported {n} rows to {path}").format(n=len(data), path=shown_path(path)),
                              timeout=12)
        self.last_export = path


NOT_IN_PALETTE = {"main.back", "main.history-older", "main.history-newer", "app.quit", "app.quit-anywhere",
                  "app.locale"}  # leaving, the search bar's own keys, and one command per locale below


def palette_bindings():
    """(owner, binding) for each command of the palette: the bindings with ids of the app,
    the main screen and its results list (movement keys aside), in their own order."""
    from .keys import NAV
    from .screens.main import MainScreen
    from .widgets.results import ResultsList

    moves = {action for _key, action, _desc, _suffix in NAV}
    for owner in (MainScreen, ResultsList, AllianceReader):
        seen = set()
        for cls in reversed(owner.__mro__):
            for b in vars(cls).get("BINDINGS", ()):
                if (isinstance(b, Binding) and b.id and b.id not in NOT_IN_PALETTE and b.id not in seen
                        and b.action not in moves and "(" not in b.action):
                    seen.add(b.id)
                    yield owner, b


def translate_node_bindings(node, t) -> None:
    from dataclasses import replace

    originals = {b.id: b for cls in type(node).__mro__ for b in getattr(cls, "BINDINGS", ())
                 if isinstance(b, Binding) and b.id}
    if not originals:
        return
    bindings = node._bindings.key_to_bindings
    for key, blist in bindings.items():  # the description (footer, help) and the tooltip (the keys panel)
        bindings[key] = [replace(b, description=t(originals[b.id].description),
                                 tooltip=t(originals[b.id].tooltip) if originals[b.id].tooltip else b.tooltip)
                         if b.id in originals else b for b in blist]


def make_app(
    corpus: list[str] | None = None,
    index_dir: str | None = None,
    locale: str | None = None,
    *,
    today: date | None = None,
    blink: bool = True,
    watch_seconds: float = 2.0,
    timings: bool = True,
    environ: dict[str, str] | None = None,
    state_dir: str | None = None,
    read_after: float | None = 2.0,
) -> AllianceReader:
    """Build the reader. The CLI and the tests both come through here."""
    from index.datefmt import resolve_locale

    env = dict(os.environ if environ is None else environ)
    if today is None and env.get("ALLIANCE_READER_TODAY"):
        try:
            today = date.fromisoformat(env["ALLIANCE_READER_TODAY"])
        except ValueError:
            today = None
    backend = Backend(corpus, index_dir)
    lang = resolve_locale(locale, env)
    if lang not in LOCALES and not locale:
        lang = "id"
    from index.state import ENV_VAR

    state_dir = state_dir if state_dir is not None else (env.get(ENV_VAR) or None)
    return AllianceReader(backend, locale=lang, today=today, blink=blink, watch_seconds=watch_seconds,
                          timings=timings, state_dir=state_dir, read_after=read_after, colors16=sixteen_colours(env))


def sixteen_colours(env: dict[str, str]) -> bool:
    """The terminal shows 16 colours: a TERM without 256 colours and no COLORTERM that says more."""
    term = env.get("TERM", "")
    if not term or term == "dumb" or env.get("COLORTERM", "").lower() in ("truecolor", "24bit"):
        return False
    forced = env.get("TEXTUAL_COLOR_SYSTEM", "")
    if forced in ("truecolor", "256"):
        return False
    return forced == "standard" or not term.endswith(("256color", "256", "direct", "truecolor", "24bit"))
