"""Unexpected errors: one line for the user, the details in a log file of their own.

The log lives in the user's own folder (`index.state.resolve_state_dir`: platformdirs'
user data dir, or `ALLIANCE_READER_STATE`), the folder that also holds the stars and
the exports, created private (0700); never on the screen: over SSH a traceback shows
server paths and local variables to whoever is reading.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from datetime import datetime
from pathlib import Path

LOG_NAME = "errors.log"
MAX_BYTES = 1 << 20  # then the log moves to errors.log.1 and starts again


def log_path() -> Path:
    """Where the log goes (the folder may not exist yet); FolderError when there is none."""
    from index.state import resolve_state_dir

    return resolve_state_dir() / LOG_NAME


def record(exc: BaseException) -> Path | None:
    """Append exc's traceback to the log: the log's path, or None when it cannot be written."""
    return _append("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))


def _append(text: str) -> Path | None:
    from index.state import FolderError, ensure_private_folder

    try:
        path = log_path()
        ensure_private_folder(path.parent)
        if path.exists() and path.stat().st_size > MAX_BYTES:
            os.replace(path, path.with_name(LOG_NAME + ".1"))
        with open(os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600), "a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')} pid {os.getpid()} argv {sys.argv!r}\n")
            fh.write(text)
    except (OSError, FolderError):
        return None
    return path


class LogFileHandler(logging.Handler):
    """Log records go to the log file. Unhandled, Python prints them on stderr, the
    user's terminal: asyncio's "exception was never retrieved" came with a traceback
    (an error in one of Textual's own tasks, e.g. the help panel's Markdown)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            _append(self.format(record) + "\n")
        except Exception:  # noqa: BLE001 - logging must never break the reader
            pass


def keep_logs_off_the_terminal() -> None:
    root = logging.getLogger()
    if not any(isinstance(h, LogFileHandler) for h in root.handlers):
        root.addHandler(LogFileHandler(logging.WARNING))


def one_line(exc: BaseException, path: Path | None) -> str:
    """What went wrong and where the details are, on one line."""
    what = " ".join(f"{exc.__class__.__name__}: {exc}".split()).rstrip(":")
    if len(what) > 100:
        what = what[:99] + "…"
    from index.wording import UNEXPECTED_LOGGED, UNEXPECTED_UNLOGGED

    return UNEXPECTED_LOGGED.format(what=what, path=path) if path else UNEXPECTED_UNLOGGED.format(what=what)


def report(exc: BaseException) -> str:
    """Log exc and return the line to show."""
    return one_line(exc, record(exc))
