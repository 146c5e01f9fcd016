"""Run the reader from the command line."""

from __future__ import annotations

import argparse
import os
import sys

from index.reading import strip_controls

from .errors import CliError


def missing_terminal() -> str | None:
    """Which of the reader's streams is not a terminal ("input", "output"), or None."""
    streams = (("input", sys.stdin), ("output", sys.stdout), ("output", sys.stderr))  # Textual draws on stderr
    for name, stream in streams:
        try:
            if stream is None or not stream.isatty():
                return name
        except (OSError, ValueError):
            return name
    return None


# `alliance-reader serve` (tui/serve.py) runs one reader per browser tab on textual-serve's
# pipes, with Textual's web driver; it sets SERVED_ENV so that a reader without a terminal
# runs only there: both must be set, as serve sets them, for the terminal check to be skipped
WEB_DRIVER = "textual.drivers.web_driver:WebDriver"
SERVED_ENV = "ALLIANCE_READER_SERVED"


def served() -> bool:
    """Started by `alliance-reader serve` for one browser tab (its streams are pipes)."""
    return os.environ.get(SERVED_ENV) == "1" and os.environ.get("TEXTUAL_DRIVER") == WEB_DRIVER


def run_reader(args: argparse.Namespace) -> int:
    from . import guard
    from .app import make_app

    missing = None if served() else missing_terminal()
    if missing:
        raise CliError(f"no terminal (its {missing} is not one): the reader needs one, e.g. `ssh -t`; "
                       "extract, index, search and quotes work without")
    from .crashlog import keep_logs_off_the_terminal

    keep_logs_off_the_terminal()
    app = make_app(args.corpus or None, args.index_dir, args.locale)
    app.guarded = True
    guard.install(app, served=served())
    code = _run(app)
    guard.set_exit_code(code)
    guard.force_exit_later(app)  # worker threads still running must not hold the process
    return code


def _run(app) -> int:
    try:
        app.run()
    except OSError as exc:
        # the terminal went away (a dropped SSH connection): nothing to restore
        print(f"alliance-reader: terminal lost: {exc.strerror or exc}", file=sys.stderr)
        return 0
    if app.fatal_line:
        print(f"alliance-reader: {strip_controls(app.fatal_line)}", file=sys.stderr)
        return 1
    if app.backend.problem and app.return_code in (0, None):
        # the reader showed it on screen; say it again where the shell can see it
        print(f"alliance-reader: {strip_controls(app.backend.problem)}", file=sys.stderr)
        return 2
    return app.return_code or 0
