"""Per-user reader state: starred articles, read marks, saved searches, search history.

The index is shared and read-only; this state is each user's own. It lives in one
SQLite file, `state.sqlite3`, in the user's own folder (`resolve_state_dir`: an explicit
path argument, else `ALLIANCE_READER_STATE`, else platformdirs'
`user_data_dir("alliance-reader")`). That one folder holds everything the reader writes
for a user: this file, `errors.log` (tui/crashlog.py) and `exports/` (index/export.py).
The folder is created private (0700), the file 0600, and a folder or file that belongs
to another user is refused, so two users pointed at one folder never mix their stars.

Articles are named by the index's stable article key, an opaque string.

Nothing here ever stops the reader from starting. When the state cannot be kept (no
home folder, a read-only one, a file locked by another program, a file written by a
newer reader), `UserState.open()` returns a state that works in memory for the session
and says why in `problem`, one line naming the file.

A damaged file (not a database, truncated, failing SQLite's quick check) is moved aside
to `state.sqlite3.damaged-<UTC time>` and a fresh file is started, with `problem` saying
so. Moving it serves users better than leaving it in place: a reader run as an SSH
ForceCommand has no shell, so a file left in place would keep every later session in
memory, losing each session's stars, until an administrator noticed; moved aside, the
damage costs one notice, the old bytes are kept for `sqlite3 .recover`, and nothing is
ever deleted. Only SQLite's own verdicts ("file is not a database", "database disk image
is malformed", a failed quick check) count as damage: a locked, unreadable or
unfamiliar file is never moved.

Writes are SQLite transactions begun IMMEDIATE, with a busy timeout, so two readers of
the same user queue their writes instead of losing one. The file keeps SQLite's rollback
journal rather than WAL: WAL needs shared memory that network home folders (NFS) do not
give, and a few kilobytes of stars do not need WAL's concurrency. If the file fails in
the middle of a session, the state copies itself into memory, carries on there, and
says so in `problem`.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import NamedTuple

from . import wording
from .reading import strip_controls

ENV_VAR = "ALLIANCE_READER_STATE"  # overrides the folder (tests, admins)
STATE_FILE = "state.sqlite3"
SCHEMA_VERSION = 1
HISTORY_CAP = 500  # searches remembered; the oldest beyond this are forgotten
BUSY_TIMEOUT = 5.0  # seconds a write waits for the user's other reader to finish its own
MAX_NAME_CHARS = 80  # a saved search's name is a label in a list, not a sentence
MAX_QUERY_CHARS = 1024  # four times what a search reads (query_limits.MAX_CHARS)
_LOST = wording.LOST_THIS_SESSION
_DAMAGE = ("file is not a database", "database disk image is malformed")

# Each version's statements, run once in order; a later change adds version 2 here.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        "CREATE TABLE stars (key TEXT PRIMARY KEY, starred_at REAL NOT NULL)",
        "CREATE TABLE reads (key TEXT PRIMARY KEY, read_at REAL NOT NULL)",
        "CREATE TABLE saved_searches (name TEXT PRIMARY KEY COLLATE NOCASE,"
        " query TEXT NOT NULL, created_at REAL NOT NULL)",
        "CREATE TABLE history (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " query TEXT NOT NULL UNIQUE, used_at REAL NOT NULL)",
    ),
}


class FolderError(Exception):
    """A folder that cannot hold private files; str() is `<folder> (<why>)`."""


class _Unusable(Exception):
    """The state file cannot be used this session; str() completes 'your reader state in F ...'."""


class _Damaged(Exception):
    """SQLite says the file is damaged; str() is SQLite's reason."""

    def __init__(self, reason: str, inode: tuple[int, int]):
        super().__init__(reason)
        self.inode = inode


class SavedSearch(NamedTuple):
    name: str
    query: str
    created: datetime


# --- where the state lives ----------------------------------------------------------


def _platform_data_dir() -> str:
    from platformdirs import user_data_dir

    return user_data_dir("alliance-reader")


def resolve_state_dir(path: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The user's one folder: `path`, else ALLIANCE_READER_STATE (in `environ`, by default
    the process's), else platformdirs' user data dir. The state file, the error log and
    the exports all live here; nothing else decides where."""
    env = os.environ if environ is None else environ
    chosen = path if path is not None else env.get(ENV_VAR)
    if chosen:
        return Path(chosen).expanduser().absolute()
    default = Path(_platform_data_dir())
    if not default.is_absolute():
        raise FolderError(f"{default} (there is no home folder)")
    return default


def _why(exc: BaseException) -> str:
    text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return " ".join(text.split())


def _owned_by_someone_else(info: os.stat_result) -> bool:
    return hasattr(os, "getuid") and info.st_uid != os.getuid()


def _make_folder(folder: Path) -> None:
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        return
    os.chmod(folder, 0o700)  # mkdir's mode passes through the umask


def ensure_private_folder(folder: Path) -> Path:
    """Create `folder` (0700) when missing; refuse one that is not a folder or not ours."""
    try:
        if not folder.exists():
            _make_folder(folder)
        info = folder.stat()
    except OSError as exc:
        raise FolderError(f"{folder} ({_why(exc)})") from None
    if not stat.S_ISDIR(info.st_mode):
        raise FolderError(f"{folder} (it is not a folder)")
    if _owned_by_someone_else(info):
        raise FolderError(f"{folder} (it belongs to another user)")
    return folder


# --- opening the file ---------------------------------------------------------------


def _prepare_file(file: Path) -> tuple[int, int]:
    """Create the file 0600 or check the one there; return its (device, inode)."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(file, flags, 0o600)
    except OSError as exc:
        raise _Unusable(wording.FILE_UNUSABLE.format(file=file, why=_why(exc))) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _Unusable(wording.FILE_NOT_REGULAR.format(file=file))
        if _owned_by_someone_else(info):
            raise _Unusable(wording.FILE_OTHERS.format(file=file))
        if stat.S_IMODE(info.st_mode) != 0o600:
            os.fchmod(fd, 0o600)
        return info.st_dev, info.st_ino
    finally:
        os.close(fd)


@contextmanager
def _verdict(file: Path, inode: tuple[int, int]) -> Iterator[None]:
    """Turn SQLite's errors into damage (move the file aside) or a reason to stay in memory."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        reason = _why(exc)
        if reason in _DAMAGE:
            raise _Damaged(reason, inode) from None
        if "locked" in reason or "busy" in reason:
            raise _Unusable(wording.FILE_IN_USE.format(file=file, why=reason)) from None
        raise _Unusable(wording.FILE_UNUSABLE.format(file=file, why=reason)) from None


def _check(conn: sqlite3.Connection, inode: tuple[int, int]) -> None:
    rows = conn.execute("PRAGMA quick_check").fetchall()
    if rows != [("ok",)]:
        first = " ".join(str(rows[0][0]).split()) if rows else "no answer"
        raise _Damaged(f"quick check failed: {first}", inode)


def _version(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return row[0] or 0


def _migrate(conn: sqlite3.Connection, file: Path | None) -> None:
    """Bring the schema to SCHEMA_VERSION; rewriting the version row also proves we can write."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        current = _version(conn)
        if current > SCHEMA_VERSION:
            raise _Unusable(wording.FILE_NEWER.format(file=file, found_version=current, version=SCHEMA_VERSION))
        for version in range(current + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version VALUES (?)", (max(current, SCHEMA_VERSION),))
        conn.execute("COMMIT")
    except BaseException:
        _rollback(conn)
        raise


def _rollback(conn: sqlite3.Connection) -> None:
    """Undo an open transaction; SQLite may already have undone it after an I/O error."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass


def _connect(target: str | Path, timeout: float) -> sqlite3.Connection:
    return sqlite3.connect(target, timeout=timeout, isolation_level=None, check_same_thread=False)


def _open_file(file: Path, timeout: float) -> sqlite3.Connection:
    inode = _prepare_file(file)
    with _verdict(file, inode):
        conn = _connect(file, timeout)
    try:
        with _verdict(file, inode):
            _check(conn, inode)
            _migrate(conn, file)
    except BaseException:
        conn.close()
        raise
    return conn


def _memory() -> sqlite3.Connection:
    conn = _connect(":memory:", 0)
    _migrate(conn, None)
    return conn


def _free_name(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


def _move_aside(file: Path, inode: tuple[int, int]) -> Path | None:
    """Rename the damaged file aside; None if another reader already did.

    By now SQLite has dealt with any journal beside it (rolled a hot one back, removed
    a stray one), so the file alone is the damage.
    """
    try:
        now = os.stat(file)
    except FileNotFoundError:
        return None
    if (now.st_dev, now.st_ino) != inode:
        return None
    stamp = time.strftime("%Y%m%d-%H%M%SZ", time.gmtime())
    aside = _free_name(file.with_name(f"{file.name}.damaged-{stamp}"))
    os.rename(file, aside)
    return aside


# --- the state ----------------------------------------------------------------------


def _key(key: str) -> str:
    if not isinstance(key, str) or not key:
        raise ValueError("an article key must be a non-empty string")
    return key


def _clean_query(query: str) -> str:
    return " ".join(strip_controls(query).split())


def check_saved_search(name: str, query: str) -> tuple[str, str]:
    """(name, query) as a saved search keeps them; ValueError, one line, when either will not do."""
    name, query = _clean_query(name), _clean_query(query)
    if not name:
        raise ValueError(wording.NAME_NEEDED)
    if len(name) > MAX_NAME_CHARS:
        raise ValueError(wording.NAME_TOO_LONG.format(max_chars=MAX_NAME_CHARS, chars=len(name)))
    if not query:
        raise ValueError(wording.QUERY_NEEDED.format(name=repr(name)))
    if len(query) > MAX_QUERY_CHARS:
        raise ValueError(wording.SAVED_QUERY_TOO_LONG.format(max_chars=MAX_QUERY_CHARS, chars=len(query)))
    return name, query


def _when(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, tz=timezone.utc)


class UserState:
    """One user's stars, read marks, saved searches and history; see the module docstring."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, problem: str | None = None):
        self._conn = conn
        self._lock = threading.Lock()
        self.path = path  # the state file, or None when nothing is kept
        self.problem = problem  # one line for the user, or None

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, timeout: float = BUSY_TIMEOUT) -> UserState:
        """The state in folder `path` (see resolve_state_dir); never raises for a bad file."""
        try:
            folder = ensure_private_folder(resolve_state_dir(path))
        except FolderError as exc:
            return cls.in_memory(wording.STATE_NOT_KEPT.format(folder=exc, reason=_LOST))
        file = folder / STATE_FILE
        try:
            return cls(_open_file(file, timeout), file)
        except _Damaged as exc:
            return cls._after_damage(file, exc, timeout)
        except _Unusable as exc:
            return cls.in_memory(wording.STATE_UNUSABLE.format(problem=exc, reason=_LOST))

    @classmethod
    def _after_damage(cls, file: Path, damage: _Damaged, timeout: float) -> UserState:
        try:
            aside = _move_aside(file, damage.inode)
            conn = _open_file(file, timeout)
        except (OSError, _Unusable, _Damaged):
            return cls.in_memory(wording.STATE_DAMAGED.format(file=file, detail=damage, reason=_LOST))
        where = wording.MOVED_TO.format(path=aside) if aside else wording.MOVED_BY_OTHER
        return cls(conn, file, wording.STATE_MOVED_ASIDE.format(file=file, detail=damage, where=where))

    @classmethod
    def in_memory(cls, problem: str | None = None) -> UserState:
        """A state kept only for this session."""
        return cls(_memory(), None, problem)

    @property
    def persistent(self) -> bool:
        return self.path is not None

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> UserState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- running statements, falling back to memory when the file fails ---

    def _transaction(self, steps: tuple[tuple[str, tuple], ...]) -> int:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            changed = [self._conn.execute(sql, params).rowcount for sql, params in steps]
            self._conn.execute("COMMIT")
        except BaseException:
            _rollback(self._conn)
            raise
        return changed[0]

    def _write(self, *steps: tuple[str, tuple]) -> int:
        """Run `steps` as one transaction; the number of rows the first one changed."""
        with self._lock:
            try:
                return self._transaction(steps)
            except sqlite3.DatabaseError as exc:
                self._degrade(exc)
                return self._transaction(steps)

    def _rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.DatabaseError as exc:
                self._degrade(exc)
                return self._conn.execute(sql, params).fetchall()

    def _degrade(self, exc: sqlite3.DatabaseError) -> None:
        """The file failed mid-session: carry on in memory with what it held, and say so."""
        if self.path is None or type(exc) not in (sqlite3.OperationalError, sqlite3.DatabaseError):
            raise exc
        memory = _connect(":memory:", 0)
        try:
            self._conn.backup(memory)
        except sqlite3.Error:
            memory.close()
            memory = _memory()
        self._conn.close()
        self._conn = memory
        self.problem = wording.STATE_NOT_SAVED.format(file=self.path, why=_why(exc))
        self.path = None

    # --- stars and read marks ---

    def star(self, key: str) -> None:
        self._write(("INSERT OR IGNORE INTO stars VALUES (?, ?)", (_key(key), time.time())))

    def unstar(self, key: str) -> None:
        self._write(("DELETE FROM stars WHERE key = ?", (_key(key),)))

    def is_starred(self, key: str) -> bool:
        return bool(self._rows("SELECT 1 FROM stars WHERE key = ?", (_key(key),)))

    def starred(self) -> list[str]:
        """Starred keys, most recently starred first."""
        return [k for (k,) in self._rows("SELECT key FROM stars ORDER BY starred_at DESC, rowid DESC")]

    def mark_read(self, key: str) -> None:
        self._write(("INSERT OR IGNORE INTO reads VALUES (?, ?)", (_key(key), time.time())))

    def mark_unread(self, key: str) -> None:
        self._write(("DELETE FROM reads WHERE key = ?", (_key(key),)))

    def is_read(self, key: str) -> bool:
        return bool(self._rows("SELECT 1 FROM reads WHERE key = ?", (_key(key),)))

    def read_keys(self) -> set[str]:
        return {k for (k,) in self._rows("SELECT key FROM reads")}

    # --- saved searches ---

    def save_search(self, name: str, query: str) -> None:
        """Save `query` under `name` (names ignore ASCII case); an existing name is replaced."""
        name, query = check_saved_search(name, query)
        self._write(
            ("DELETE FROM saved_searches WHERE name = ?", (name,)),
            ("INSERT INTO saved_searches VALUES (?, ?, ?)", (name, query, time.time())),
        )

    def delete_search(self, name: str) -> bool:
        """Forget the saved search `name`; False when there was none."""
        return self._write(("DELETE FROM saved_searches WHERE name = ?", (_clean_query(name),))) > 0

    def saved_search(self, name: str) -> SavedSearch | None:
        rows = self._rows("SELECT name, query, created_at FROM saved_searches WHERE name = ?", (_clean_query(name),))
        return SavedSearch(rows[0][0], rows[0][1], _when(rows[0][2])) if rows else None

    def saved_searches(self) -> list[tuple[str, str]]:
        """(name, query) pairs by name."""
        return self._rows("SELECT name, query FROM saved_searches ORDER BY name COLLATE NOCASE, name")

    # --- history ---

    def remember(self, query: str) -> bool:
        """Put `query` first in the history (once); False for an empty or over-long one."""
        query = _clean_query(query)
        if not query or len(query) > MAX_QUERY_CHARS:
            return False
        self._write(
            ("DELETE FROM history WHERE query = ?", (query,)),
            ("INSERT INTO history (query, used_at) VALUES (?, ?)", (query, time.time())),
            ("DELETE FROM history WHERE seq NOT IN (SELECT seq FROM history ORDER BY seq DESC LIMIT ?)", (HISTORY_CAP,)),
        )
        return True

    def forget(self, query: str) -> bool:
        """Take `query` out of the history; False when it was not there."""
        return self._write(("DELETE FROM history WHERE query = ?", (_clean_query(query),))) > 0

    def history(self, limit: int = 50) -> list[str]:
        """The last `limit` searches, most recent first."""
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise ValueError(f"a history limit is a whole number of at least 0, not {limit!r}")
        return [q for (q,) in self._rows("SELECT query FROM history ORDER BY seq DESC LIMIT ?", (limit,))]
