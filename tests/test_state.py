"""Per-user reader state: round trips, persistence, two users, two processes, and every
way the file or its folder can be unusable, each ending in a working state and one line."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import threading
from datetime import datetime, timezone
from pathlib import Path

import pytest
from conftest import ROOT

from index import state as state_mod
from index.state import HISTORY_CAP, SCHEMA_VERSION, STATE_FILE, UserState

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "state"


@pytest.fixture
def opened(folder):
    with UserState.open(folder) as state:
        assert state.problem is None
        yield state


def assert_problem(state: UserState, *words: str) -> None:
    assert state.problem, "expected a problem line"
    assert "\n" not in state.problem
    assert state.problem.startswith("your reader state")
    for word in words:
        assert word in state.problem, state.problem


def assert_works_in_memory(state: UserState) -> None:
    assert not state.persistent and state.path is None
    state.star("k1")
    state.mark_read("k1")
    state.save_search("s", "q")
    state.remember("q")
    assert state.starred() == ["k1"] and state.read_keys() == {"k1"}
    assert state.saved_searches() == [("s", "q")] and state.history() == ["q"]


def fill(state: UserState) -> None:
    state.star("art-1")
    state.star("art-2")
    state.mark_read("art-3")
    state.save_search("Korsel", "negara:Korsel")
    state.remember("austin")


# --- round trips -------------------------------------------------------------------


def test_stars_round_trip_most_recent_first(opened):
    for key in ("a", "b", "c"):
        opened.star(key)
    opened.star("a")  # starring again keeps its place
    assert opened.starred() == ["c", "b", "a"]
    assert opened.is_starred("b") and not opened.is_starred("zzz")
    opened.unstar("b")
    opened.unstar("never-starred")
    assert opened.starred() == ["c", "a"] and not opened.is_starred("b")


def test_read_marks_round_trip(opened):
    opened.mark_read("x")
    opened.mark_read("y")
    opened.mark_read("x")
    assert opened.read_keys() == {"x", "y"} and opened.is_read("x")
    opened.mark_unread("x")
    assert opened.read_keys() == {"y"} and not opened.is_read("x")


def test_keys_are_opaque_strings(opened):
    odd = ["with space", "kompas/2023/01/02#3", "ü-日本", "'; DROP TABLE stars; --", "a" * 500]
    for key in odd:
        opened.star(key)
        opened.mark_read(key)
    assert set(opened.starred()) == set(odd) and opened.read_keys() == set(odd)


def test_saved_searches_round_trip_sorted_by_name(opened):
    before = datetime.now(timezone.utc)
    opened.save_search("zeta", "date:2023")
    opened.save_search("Alpha", "negara:Korsel AND speaker:Austin")
    assert opened.saved_searches() == [("Alpha", "negara:Korsel AND speaker:Austin"), ("zeta", "date:2023")]
    saved = opened.saved_search("alpha")
    assert saved.name == "Alpha" and saved.query.startswith("negara:Korsel")
    assert saved.created.tzinfo is not None and saved.created >= before.replace(microsecond=0)


def test_saving_under_an_existing_name_replaces_it(opened):
    opened.save_search("Korea", "negara:Korsel")
    opened.save_search("korea", "negara:Korut")
    assert opened.saved_searches() == [("korea", "negara:Korut")]


def test_deleting_a_saved_search(opened):
    opened.save_search("one", "q1")
    assert opened.delete_search("ONE") is True
    assert opened.delete_search("one") is False
    assert opened.saved_searches() == [] and opened.saved_search("one") is None


def test_saved_search_names_and_queries_are_cleaned(opened):
    opened.save_search("  two\x1b[31m   words ", "  negara:Korsel\x07  ")
    assert opened.saved_searches() == [("two words", "negara:Korsel")]


@pytest.mark.parametrize(
    "name,query,message",
    [
        ("", "q", "needs a name"),
        ("   \x1b[0m ", "q", "needs a name"),
        ("n" * 81, "q", "at most 80 characters"),
        ("name", "  ", "needs a query"),
        ("name", "q" * 1025, "at most 1024 characters"),
    ],
)
def test_bad_saved_searches_are_refused_in_one_line(opened, name, query, message):
    with pytest.raises(ValueError, match=message) as info:
        opened.save_search(name, query)
    assert "\n" not in str(info.value)
    assert opened.saved_searches() == []


@pytest.mark.parametrize("key", ["", None, 3, b"bytes"])
def test_bad_keys_are_refused_in_one_line(opened, key):
    for method in (opened.star, opened.unstar, opened.is_starred, opened.mark_read, opened.mark_unread, opened.is_read):
        with pytest.raises(ValueError, match="non-empty string"):
            method(key)
    assert opened.starred() == [] and opened.read_keys() == set()


# --- history -----------------------------------------------------------------------


def test_history_is_most_recent_first_and_deduplicated(opened):
    for query in ("austin", "negara:Korsel", "date:2023", "austin", "  negara:Korsel  "):
        opened.remember(query)
    assert opened.history() == ["negara:Korsel", "austin", "date:2023"]


def test_history_folds_whitespace_strips_controls_and_skips_empty(opened):
    assert opened.remember("lloyd   \t austin") is True
    assert opened.remember("lloyd austin\x1b[2J") is True
    assert opened.remember("   ") is False
    assert opened.remember("") is False
    assert opened.remember("x" * 1025) is False
    assert opened.history() == ["lloyd austin"]


def test_history_is_capped_dropping_the_oldest(opened):
    for i in range(HISTORY_CAP + 10):
        opened.remember(f"query {i}")
    full = opened.history(limit=HISTORY_CAP * 2)
    assert len(full) == HISTORY_CAP
    assert full[0] == f"query {HISTORY_CAP + 9}" and full[-1] == "query 10"
    opened.remember("query 10")  # the oldest, used again, comes first
    assert opened.history(limit=1) == ["query 10"]
    assert opened.history(limit=HISTORY_CAP * 2)[-1] == "query 11"


def test_a_search_can_be_forgotten(opened):
    for query in ("austin", "negara:Korsel", "date:2023"):
        opened.remember(query)
    assert opened.forget("  negara:Korsel ") is True
    assert opened.forget("never searched") is False
    assert opened.history() == ["date:2023", "austin"]


def test_history_limit(opened):
    for i in range(60):
        opened.remember(f"q{i}")
    assert len(opened.history()) == 50
    assert opened.history(limit=3) == ["q59", "q58", "q57"]
    assert opened.history(limit=0) == []
    for bad in (-1, 2.5, "3", True):
        with pytest.raises(ValueError, match="history limit"):
            opened.history(limit=bad)


# --- persistence, folders, users -----------------------------------------------------


def test_everything_survives_a_restart(folder):
    with UserState.open(folder) as first:
        fill(first)
    with UserState.open(folder) as second:
        assert second.problem is None and second.persistent
        assert second.starred() == ["art-2", "art-1"]
        assert second.read_keys() == {"art-3"}
        assert second.saved_searches() == [("Korsel", "negara:Korsel")]
        assert second.history() == ["austin"]


def test_the_file_carries_a_schema_version(opened, folder):
    conn = sqlite3.connect(folder / STATE_FILE)
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    conn.close()


def test_two_users_share_nothing(tmp_path):
    alice = UserState.open(tmp_path / "alice")
    bob = UserState.open(tmp_path / "bob")
    fill(alice)
    bob.star("bob-only")
    assert bob.starred() == ["bob-only"] and bob.read_keys() == set()
    assert bob.saved_searches() == [] and bob.history() == []
    assert "bob-only" not in alice.starred()
    assert alice.path != bob.path
    alice.close()
    bob.close()


def test_the_environment_variable_chooses_the_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("ALLIANCE_READER_STATE", str(tmp_path / "from-env"))
    with UserState.open() as state:
        assert state.path == tmp_path / "from-env" / STATE_FILE
    with UserState.open(tmp_path / "explicit") as state:
        assert state.path == tmp_path / "explicit" / STATE_FILE


def test_without_overrides_the_user_data_folder_is_used(tmp_path, monkeypatch):
    monkeypatch.delenv("ALLIANCE_READER_STATE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(state_mod, "_platform_data_dir", lambda: str(tmp_path / "xdg" / "alliance-reader"))
    with UserState.open() as state:
        assert state.path == tmp_path / "xdg" / "alliance-reader" / STATE_FILE


@pytest.mark.skipif(sys.platform != "linux", reason="XDG layout")
def test_platformdirs_default_follows_xdg_data_home(tmp_path, monkeypatch):
    monkeypatch.delenv("ALLIANCE_READER_STATE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert state_mod.resolve_state_dir() == tmp_path / "xdg" / "alliance-reader"


def test_folder_and_file_are_private_whatever_the_umask(tmp_path):
    old = os.umask(0)
    try:
        with UserState.open(tmp_path / "deep" / "state") as state:
            state.star("a")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "deep" / "state").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "deep" / "state" / STATE_FILE).stat().st_mode) == 0o600


def test_a_loose_file_is_tightened_to_0600(opened, folder):
    opened.close()
    os.chmod(folder / STATE_FILE, 0o644)
    with UserState.open(folder) as again:
        assert again.problem is None
    assert stat.S_IMODE((folder / STATE_FILE).stat().st_mode) == 0o600


def test_works_from_another_thread(opened):
    errors = []

    def worker():
        try:
            opened.star("from-thread")
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert errors == [] and opened.is_starred("from-thread")


# --- one user, two processes ------------------------------------------------------------

CHILD = """
import sys
from index.state import UserState
folder, tag, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.stdin.read()  # both start together
state = UserState.open(folder, timeout=60)
for i in range(n):
    state.star(f"{tag}-{i}")
    state.mark_read(f"{tag}-{i}")
    state.remember(f"{tag} {i}")
    state.star("shared")
state.save_search(tag, f"query of {tag}")
if state.problem:
    sys.exit(state.problem)
"""


def test_two_processes_of_one_user_lose_no_writes(folder):
    n = 120
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(folder), tag, str(n)],
            stdin=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
        )
        for tag in ("p", "q")
    ]
    for proc in procs:
        proc.stdin.close()
    for proc in procs:
        assert proc.wait() == 0, proc.stderr.read()
        proc.stderr.close()
    with UserState.open(folder) as state:
        expected = {f"{t}-{i}" for t in "pq" for i in range(n)}
        assert set(state.starred()) == expected | {"shared"}
        assert state.read_keys() == expected
        assert len(state.history(limit=HISTORY_CAP)) == 2 * n
        assert [q for q in state.history(limit=HISTORY_CAP) if q.startswith("p ")] == [f"p {i}" for i in reversed(range(n))]
        assert state.saved_searches() == [("p", "query of p"), ("q", "query of q")]


# --- a damaged file ------------------------------------------------------------------


def damaged_copies(folder: Path) -> list[Path]:
    return sorted(folder.glob(STATE_FILE + ".damaged-*"))


def test_garbage_is_moved_aside_and_a_fresh_file_started(folder):
    folder.mkdir(mode=0o700)
    garbage = bytes(range(256)) * 20
    (folder / STATE_FILE).write_bytes(garbage)
    with UserState.open(folder) as state:
        assert_problem(state, str(folder / STATE_FILE), "file is not a database", "moved to", "fresh")
        assert state.persistent
        state.star("kept")
    [aside] = damaged_copies(folder)
    assert aside.read_bytes() == garbage and str(aside) in state.problem
    with UserState.open(folder) as later:
        assert later.problem is None and later.starred() == ["kept"]


def test_a_text_file_is_not_a_database(folder):
    folder.mkdir(mode=0o700)
    (folder / STATE_FILE).write_text("stars: a, b, c\n")
    with UserState.open(folder) as state:
        assert_problem(state, "file is not a database")
        state.star("a")
        assert state.starred() == ["a"]
    assert damaged_copies(folder)[0].read_text() == "stars: a, b, c\n"


@pytest.mark.parametrize("keep", [50, 100, 0.5])
def test_a_truncated_file_is_moved_aside(folder, keep):
    with UserState.open(folder) as state:
        for i in range(300):
            state.remember(f"a long enough search to fill several pages {i}")
    data = (folder / STATE_FILE).read_bytes()
    cut = data[: int(len(data) * keep) if isinstance(keep, float) else keep]
    (folder / STATE_FILE).write_bytes(cut)
    with UserState.open(folder) as state:
        assert_problem(state, str(folder / STATE_FILE), "malformed", "moved to")
        assert state.history() == []
        state.remember("fresh")
        assert state.history() == ["fresh"]
    assert damaged_copies(folder)[0].read_bytes() == cut


def test_damage_twice_keeps_both_copies(folder):
    folder.mkdir(mode=0o700)
    for text in ("first damage", "second damage"):
        (folder / STATE_FILE).write_text(text)
        UserState.open(folder).close()
    copies = damaged_copies(folder)
    assert sorted(p.read_text() for p in copies) == ["first damage", "second damage"]


def test_damage_that_cannot_be_moved_aside_stays_in_place_and_memory_is_used(folder, monkeypatch):
    folder.mkdir(mode=0o700)
    (folder / STATE_FILE).write_text("garbage")

    def refuse(*args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(state_mod.os, "rename", refuse)
    with UserState.open(folder) as state:
        assert_problem(state, "is damaged (file is not a database)", "will not be kept")
        assert_works_in_memory(state)
    assert (folder / STATE_FILE).read_text() == "garbage"


# --- a file or folder that cannot be used: memory, one line, nothing touched ------------------


def test_a_folder_where_the_file_should_be(folder):
    (folder / STATE_FILE).mkdir(parents=True)
    (folder / STATE_FILE / "inside").write_text("mine")
    with UserState.open(folder) as state:
        assert_problem(state, str(folder / STATE_FILE), "Is a directory", "will not be kept")
        assert_works_in_memory(state)
    assert (folder / STATE_FILE / "inside").read_text() == "mine"
    assert damaged_copies(folder) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_a_pipe_where_the_file_should_be_is_refused_not_waited_on(folder):
    folder.mkdir(mode=0o700)
    os.mkfifo(folder / STATE_FILE)
    with UserState.open(folder) as state:
        assert_problem(state, "not a regular file")
        assert_works_in_memory(state)


def test_a_file_where_the_folder_should_be(tmp_path):
    (tmp_path / "state").write_text("not a folder")
    with UserState.open(tmp_path / "state") as state:
        assert_problem(state, "cannot be kept in", str(tmp_path / "state"), "not a folder")
        assert_works_in_memory(state)
    assert (tmp_path / "state").read_text() == "not a folder"


def test_a_file_where_a_parent_folder_should_be(tmp_path):
    (tmp_path / "home").write_text("a file")
    with UserState.open(tmp_path / "home" / "data" / "state") as state:
        assert_problem(state, "cannot be kept in", str(tmp_path / "home"))
        assert_works_in_memory(state)


def test_a_folder_that_cannot_be_created(tmp_path):
    with UserState.open("/proc/alliance-reader-state") as state:
        assert_problem(state, "cannot be kept in /proc/alliance-reader-state", "will not be kept")
        assert_works_in_memory(state)


def test_no_home_folder_at_all(monkeypatch):
    monkeypatch.delenv("ALLIANCE_READER_STATE", raising=False)
    monkeypatch.setattr(state_mod, "_platform_data_dir", lambda: "~/.local/share/alliance-reader")
    with UserState.open() as state:
        assert_problem(state, "there is no home folder")
        assert_works_in_memory(state)


@pytest.mark.skipif(sys.platform != "linux", reason="XDG layout")
def test_a_home_that_cannot_hold_folders(monkeypatch):
    monkeypatch.delenv("ALLIANCE_READER_STATE", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", "/proc/no-such-home")
    with UserState.open() as state:
        assert_problem(state, "/proc/no-such-home/")
        assert_works_in_memory(state)


def test_a_folder_of_another_user_is_refused(folder, monkeypatch):
    with UserState.open(folder) as state:
        state.star("theirs")
    monkeypatch.setattr(os, "getuid", lambda: os.stat(folder).st_uid + 1)
    with UserState.open(folder) as state:
        assert_problem(state, "belongs to another user")
        assert_works_in_memory(state)


# Permissions bind every user but root; as root (CI), these run as the user nobody.
_UNPRIVILEGED_PRELUDE = """
import sys
from pathlib import Path
from index.state import STATE_FILE, UserState

work = Path(sys.argv[1])

def check(state, *words):
    assert state.problem and "\\n" not in state.problem and state.problem.startswith("your reader state"), state.problem
    for word in words:
        assert word in state.problem, state.problem
    assert not state.persistent and state.path is None
    state.star("k1"); state.save_search("s", "q")
    assert state.starred() == ["k1"] and state.saved_searches() == [("s", "q")]
"""

_UNWRITABLE = {
    "an unwritable parent folder": """
parent = work / "ro"; parent.mkdir(); parent.chmod(0o500)
with UserState.open(parent / "state") as state:
    check(state, "Permission denied")
""",
    "an unwritable state folder with a good file in it": """
folder = work / "state"
with UserState.open(folder) as state:
    state.star("old")
folder.chmod(0o500)
with UserState.open(folder) as state:
    check(state, str(folder / STATE_FILE), "will not be kept")
assert not list(folder.glob(STATE_FILE + ".damaged-*"))
""",
    "a read-only file": """
folder = work / "state"
with UserState.open(folder) as state:
    state.star("old")
(folder / STATE_FILE).chmod(0o400)
with UserState.open(folder) as state:
    check(state, str(folder / STATE_FILE), "will not be kept")
""",
}


@pytest.mark.parametrize("case", list(_UNWRITABLE))
def test_unwritable_places_leave_a_working_state_and_one_line(case):
    import shutil
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="ar-state-"))
    try:
        code = _UNPRIVILEGED_PRELUDE + _UNWRITABLE[case] + "\nprint('ok')\n"
        if IS_ROOT:
            from conftest import as_nobody

            os.chmod(work, 0o700)
            shutil.chown(work, "nobody")
            cmd = as_nobody(code) + [str(work)]
        else:
            cmd = [sys.executable, "-c", code, str(work)]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=tempfile.gettempdir())
        assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-2000:]
    finally:
        for p in work.rglob("*"):
            os.chmod(p, 0o700) if p.is_dir() else None
        shutil.rmtree(work, ignore_errors=True)


def test_a_locked_file_is_left_alone(folder):
    with UserState.open(folder) as state:
        state.star("old")
    holder = sqlite3.connect(folder / STATE_FILE, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with UserState.open(folder, timeout=0.05) as state:
            assert_problem(state, str(folder / STATE_FILE), "in use by another program", "database is locked")
            assert_works_in_memory(state)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert damaged_copies(folder) == []
    with UserState.open(folder) as state:
        assert state.problem is None and state.starred() == ["old"]


def test_a_file_from_a_newer_reader_is_left_alone(folder):
    with UserState.open(folder) as state:
        state.star("old")
    conn = sqlite3.connect(folder / STATE_FILE)
    with conn:
        conn.execute("UPDATE schema_version SET version = 99")
    conn.close()
    with UserState.open(folder) as state:
        assert_problem(state, "newer alliance-reader (schema 99")
        assert_works_in_memory(state)
    conn = sqlite3.connect(folder / STATE_FILE)
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [(99,)]
    assert conn.execute("SELECT key FROM stars").fetchall() == [("old",)]
    conn.close()


def test_a_file_that_fails_mid_session_carries_on_in_memory(folder):
    state = UserState.open(folder, timeout=0.05)
    state.star("before")
    holder = sqlite3.connect(folder / STATE_FILE, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the file past our timeout
    try:
        state.star("during")
        assert_problem(state, str(folder / STATE_FILE), "could not be saved", "database is locked")
        assert not state.persistent
        assert state.starred() == ["during", "before"]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    state.close()
    with UserState.open(folder) as later:
        assert later.starred() == ["before"]


def test_a_bug_is_not_mistaken_for_a_failing_file(opened):
    with pytest.raises(sqlite3.IntegrityError):
        opened._write(("INSERT INTO stars (key) VALUES (?)", ("no-time",)))
    assert opened.problem is None and opened.persistent


@pytest.mark.parametrize("other_started_fresh", [True, False])
def test_damage_another_reader_already_moved_aside_is_not_moved_again(folder, monkeypatch, other_started_fresh):
    folder.mkdir(mode=0o700)
    (folder / STATE_FILE).write_text("garbage")
    real_move = state_mod._move_aside

    def other_reader_first(file, inode):
        real_move(file, inode)  # the user's other reader wins the race
        if other_started_fresh:
            UserState.open(folder).close()
        return real_move(file, inode)

    monkeypatch.setattr(state_mod, "_move_aside", other_reader_first)
    with UserState.open(folder) as state:
        assert_problem(state, "another reader moved it aside", "fresh")
        state.star("kept")
    assert len(damaged_copies(folder)) == 1
    monkeypatch.undo()
    with UserState.open(folder) as later:
        assert later.problem is None and later.starred() == ["kept"]
