"""The reader's side of the user's own state (index/state.py): a copy in memory that the
screens read at once, and one writer thread that keeps the user's file.

The file opens on the writer thread (a locked file may make SQLite wait seconds), so it
never holds up the first frame; until it is open, `ready` is False and the keys that
change it say so. Every change lands in the copy first, on the UI thread, then goes to
the writer, which applies the changes one at a time in the order they were made: a star
and an unstar pressed quickly never arrive the other way round. When the file cannot be
kept (no home folder, a read-only one, a locked or damaged file), UserState says so in
one line (`problem`) and works in memory; the app shows that line once.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from textual.message import Message

HISTORY_SHOWN = 200  # recent searches kept in the copy (the file keeps up to HISTORY_CAP)


class StateOpened(Message):
    """The user's state is open (or kept in memory); `problem` is its one line, if any."""

    def __init__(self, problem: str | None) -> None:
        super().__init__()
        self.problem = problem


class StateProblem(Message):
    """A write could not be kept; one line for the user."""

    def __init__(self, line: str) -> None:
        super().__init__()
        self.line = line


class UserKeeper:
    def __init__(self, folder: str | os.PathLike[str] | None, post: Callable[[Message], object]):
        self.folder = folder  # None: ALLIANCE_READER_STATE, else the user data folder
        self._post = post  # thread-safe: Textual's post_message
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="user-state")
        self.state = None
        self.ready = False
        self.starred: dict[str, None] = {}  # oldest star first (the view shows the newest first)
        self.read: set[str] = set()
        self.saved: list[tuple[str, str]] = []
        self.recent: list[str] = []  # most recent first
        self._problem: str | None = None
        self._closed = False

    # -- opening and closing
    def open(self) -> Future:
        return self._writer.submit(self._open)

    def _open(self) -> None:
        from index.state import UserState

        try:
            state = UserState.open(self.folder)
        except Exception as exc:  # noqa: BLE001 - never stops the reader: memory, one line
            from index.wording import STATE_NOT_OPENED

            from .crashlog import report

            state = UserState.in_memory(STATE_NOT_OPENED.format(error=report(exc)))
        snapshot = (list(reversed(state.starred())), state.read_keys(), state.saved_searches(), state.history(HISTORY_SHOWN))
        self.state = state
        self._problem = state.problem
        self._loaded = snapshot
        self._post(StateOpened(state.problem))

    def take_loaded(self) -> None:
        """On the UI thread, when StateOpened arrives: the copy takes what the file held."""
        starred, self.read, saved, recent = self._loaded
        self.starred = dict.fromkeys(starred)
        self.saved, self.recent = list(saved), list(recent)
        self.ready = True

    @property
    def folder_path(self) -> Path | None:
        """The folder the state file is in (None when kept in memory)."""
        path = self.state.path if self.state is not None else None
        return path.parent if path is not None else None

    @property
    def problem(self) -> str | None:
        return self._problem

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until every change made so far is written (tests, quitting)."""
        if not self._closed:
            self._writer.submit(lambda: None).result(timeout)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._writer.shutdown(wait=True)
        if self.state is not None:
            self.state.close()

    # -- writes, in order, on the writer thread
    def _write(self, step: Callable) -> None:
        if self._closed:
            return
        self._writer.submit(self._apply, step)

    def _apply(self, step: Callable) -> None:
        try:
            step(self.state)
        except Exception as exc:  # noqa: BLE001 - one line, the details in errors.log
            from .crashlog import report

            self._post(StateProblem(report(exc)))
            return
        if self.state.problem != self._problem:
            self._problem = self.state.problem
            if self._problem:
                self._post(StateProblem(self._problem))

    # -- what the screens read
    def is_starred(self, key: str | None) -> bool:
        return key in self.starred

    def is_unread(self, key: str | None) -> bool:
        return key not in self.read

    def marks(self, key: str) -> tuple[bool, bool] | None:
        """(starred, unread) for the results list; None until the state is open."""
        return (key in self.starred, key not in self.read) if self.ready else None

    def starred_keys(self) -> list[str]:
        """Most recently starred first."""
        return list(reversed(self.starred))

    # -- what the keys change
    def toggle_star(self, key: str) -> bool:
        """Star or unstar; True when it is now starred."""
        if key in self.starred:
            del self.starred[key]
            self._write(lambda s: s.unstar(key))
            return False
        self.starred[key] = None
        self._write(lambda s: s.star(key))
        return True

    def set_read(self, key: str, read: bool = True) -> bool:
        """Mark read or unread; True when that changed anything."""
        if (key in self.read) == read:
            return False
        if read:
            self.read.add(key)
            self._write(lambda s: s.mark_read(key))
        else:
            self.read.discard(key)
            self._write(lambda s: s.mark_unread(key))
        return True

    def remember(self, query: str) -> bool:
        """Put a search first in the history; False for an empty one."""
        from index.state import MAX_QUERY_CHARS, _clean_query

        query = _clean_query(query)
        if not query or len(query) > MAX_QUERY_CHARS:
            return False
        if self.recent[:1] != [query]:
            self.recent = [query, *(q for q in self.recent if q != query)][:HISTORY_SHOWN]
            self._write(lambda s: s.remember(query))
        return True

    def forget(self, query: str) -> None:
        self.recent = [q for q in self.recent if q != query]
        self._write(lambda s: s.forget(query))

    def save_search(self, name: str, query: str) -> str:
        """Save under `name`; the name as kept. ValueError (one line) for a bad name or query."""
        from index.state import check_saved_search

        name, query = check_saved_search(name, query)
        self.saved = sorted([(n, q) for n, q in self.saved if _nocase(n) != _nocase(name)] + [(name, query)],
                            key=lambda nq: (_nocase(nq[0]), nq[0]))
        self._write(lambda s: s.save_search(name, query))
        return name

    def saved_query(self, name: str) -> str | None:
        return next((q for n, q in self.saved if _nocase(n) == _nocase(name)), None)

    def delete_search(self, name: str) -> None:
        self.saved = [(n, q) for n, q in self.saved if n != name]
        self._write(lambda s: s.delete_search(name))


def _nocase(name: str) -> str:
    """SQLite's NOCASE: ASCII letters only fold (the file decides which names are one)."""
    return name.translate(_ASCII_LOWER)


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
