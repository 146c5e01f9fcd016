"""Two analysts on one server: root and the unprivileged user nobody read one shared,
read-only index, each star an article, and each keeps only their own stars."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from conftest import ROOT, SEEDS, as_nobody, read_only, writable

from index.state import UserState
from index.store import update_index

STAR_ONE = """
import asyncio, json, sys
from tui.app import make_app

index_dir, state_dir, moves = sys.argv[1], sys.argv[2], int(sys.argv[3])
app = make_app(None, index_dir, "en", blink=False, watch_seconds=0, state_dir=state_dir, read_after=None)
out = {}

async def main():
    async with app.run_test(size=(120, 36)) as pilot:
        for _ in range(1200):
            await pilot.pause(0.05)
            screen = app.screen
            if app.backend.ready and app.user.ready and getattr(screen, "results", None) is not None and screen.results.hits:
                break
        else:
            raise SystemExit("the reader never became ready")
        for _ in range(moves):
            await pilot.press("j")
        await pilot.press("s")
        out["key"] = screen.query_one("#results").current_hit.key  # the highlighted result is starred
        out["problem"] = app.user.problem
        out["errors"] = app.error_lines

asyncio.run(main())
print(json.dumps(out))
"""

READ_STARS = """
import json, sys
from index.state import UserState
with UserState.open(sys.argv[1]) as state:
    print(json.dumps({"starred": state.starred(), "problem": state.problem, "path": str(state.path)}))
"""


def _run(cmd: list[str]) -> dict:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=180, cwd=tempfile.gettempdir())
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def as_root(code: str, *args: str) -> dict:
    return _run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r})\n" + code, *args])


def as_nobody_(code: str, *args: str) -> dict:
    return _run(as_nobody(code) + list(args))


def test_two_users_on_one_read_only_index_keep_separate_stars():
    assert os.geteuid() == 0, "run the tests as root (CI does): this one acts as a second user, nobody"
    base = Path(tempfile.mkdtemp(prefix="ar-two-users-"))
    try:
        base.chmod(0o755)
        ix = base / "ix"
        update_index([str(SEEDS)], ix)
        read_only(ix)  # as the README tells an admin
        listing = sorted(str(p) for p in ix.rglob("*"))
        (base / "nobody").mkdir(mode=0o700)
        shutil.chown(base / "nobody", "nobody")
        (base / "root").mkdir(mode=0o700)
        nobody_state, root_state = base / "nobody" / "state", base / "root" / "state"

        theirs = as_nobody_(STAR_ONE, str(ix), str(nobody_state), "0")  # nobody stars the first result
        mine = as_root(STAR_ONE, str(ix), str(root_state), "2")  # root the third
        assert theirs["problem"] is None and mine["problem"] is None
        assert theirs["errors"] == [] and mine["errors"] == []
        assert theirs["key"] != mine["key"]

        assert as_nobody_(READ_STARS, str(nobody_state))["starred"] == [theirs["key"]]
        assert as_root(READ_STARS, str(root_state))["starred"] == [mine["key"]]
        assert (nobody_state / "state.sqlite3").stat().st_uid != 0  # nobody's own file
        assert (nobody_state / "state.sqlite3").stat().st_mode & 0o777 == 0o600

        # nobody pointed at root's folder: one line, stars kept in memory, root's untouched
        intruder = as_nobody_(READ_STARS, str(root_state))
        assert intruder["problem"].startswith("your reader state") and intruder["path"] == "None"
        with UserState.open(root_state) as state:
            assert state.starred() == [mine["key"]]
        assert sorted(str(p) for p in ix.rglob("*")) == listing  # neither reader wrote into the index
    finally:
        if (base / "ix").exists():
            writable(base / "ix")
        shutil.rmtree(base, ignore_errors=True)
