"""The reader's process ends when it should, whatever it is doing.

SIGHUP (a dropped connection), SIGTERM and a terminal that goes away (for a reader that
`alliance-reader serve` started for a browser tab: the serve process that goes away) ask
the reader to quit like `q` does; a few seconds later, if it has not (its main thread waits on a
lock, or a worker thread still extracts or builds), it is ended by force. Threads
cannot be interrupted in Python, and the interpreter waits for them at exit: without
the forced exit a reader whose SSH connection dropped could run on for an hour.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

GRACE_SECONDS = 3.0
TERMINAL_POLL_SECONDS = 1.0
_RESET = "\x1b[?1000l\x1b[?1003l\x1b[?1015l\x1b[?1006l\x1b[?2004l\x1b[?1049l\x1b[?25h"

_saved_tty: list | None = None
_armed = threading.Event()
_exit_code: int | None = None  # what a forced exit returns; else the app's return code
_served = False  # a browser tab's reader: no terminal of its own to restore


def install(app, served: bool = False) -> None:
    """From the main thread, before app.run(): signal handlers and a terminal watch (a
    watch of the parent, the serve process, when `served`: its streams are pipes)."""
    global _saved_tty, _served
    _served = served
    _saved_tty = None if served else _tty_attrs()
    for sig in (signal.SIGHUP, signal.SIGTERM):
        signal.signal(sig, lambda _signum, _frame: request_exit(app))
    watch = _watch_parent if served else _watch_terminal
    threading.Thread(target=watch, args=(app,), daemon=True, name="terminal-watch").start()


def request_exit(app) -> None:
    """Ask the app to quit (from a signal handler or any thread), and arm the forced exit."""
    force_exit_later(app)
    loop = getattr(app, "_loop", None)
    if loop is not None:
        try:
            loop.call_soon_threadsafe(app.exit)
        except RuntimeError:
            pass  # the loop is closed: the process is on its way out


def force_exit_later(app, seconds: float = GRACE_SECONDS) -> None:
    """End the process in `seconds` unless it has ended by then. Once per process."""
    if _armed.is_set():
        return
    _armed.set()
    timer = threading.Timer(seconds, _force_exit, args=(app,))
    timer.daemon = True  # a process that exits in time is not held back by it
    timer.start()


def set_exit_code(code: int) -> None:
    global _exit_code
    _exit_code = code


def _force_exit(app) -> None:
    if getattr(app, "_loop", None) is not None and not _served:
        _restore_terminal()  # the app is still running: Textual did not get to it
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(_exit_code if _exit_code is not None else app.return_code or 0)


def _watch_terminal(app) -> None:
    """A terminal that hung up reads as end-of-file forever: notice it and quit."""
    fd = _tty_fd()
    while fd is not None and os.isatty(fd):
        time.sleep(TERMINAL_POLL_SECONDS)
    request_exit(app)


def _watch_parent(app) -> None:
    """Served to a browser: when the serve process is gone (killed, even with -9), the
    reader is another's child (init's): quit, as for a terminal that hung up."""
    parent = os.getppid()
    while os.getppid() == parent:
        time.sleep(TERMINAL_POLL_SECONDS)
    request_exit(app)


def _tty_fd() -> int | None:
    try:
        return sys.stdin.fileno()
    except (AttributeError, OSError, ValueError):
        return None


def _tty_attrs():
    import termios

    fd = _tty_fd()
    try:
        return termios.tcgetattr(fd) if fd is not None else None
    except (termios.error, OSError):
        return None


def _restore_terminal() -> None:
    import termios

    fd = _tty_fd()
    try:
        if fd is not None and _saved_tty is not None:
            termios.tcsetattr(fd, termios.TCSANOW, _saved_tty)
        os.write(sys.stderr.fileno(), _RESET.encode())
    except (termios.error, OSError, ValueError):
        pass  # the terminal is gone: nothing to restore
