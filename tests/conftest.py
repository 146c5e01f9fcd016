"""Shared fixtures: a fixed clock, the seeds, and the CLI run as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TODAY = "2026-11-21"

# Every test sees the same "today": weekday inference and relative ages depend on it.
os.environ.setdefault("ALLIANCE_READER_TODAY", TODAY)


def acceptance_dir() -> Path:
    """../shared/acceptance when present (CI), else the copy vendored in tests/."""
    shared = ROOT.parent / "shared" / "acceptance"
    return shared if (shared / "check_extract.py").exists() else ROOT / "tests" / "acceptance"


def run_cli(*args: str, env: dict | None = None, input: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    full_env = dict(os.environ)
    full_env.setdefault("ALLIANCE_READER_TODAY", TODAY)
    if env:
        full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=str(ROOT),
        input=input,
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seeds_json(seed_files) -> list[dict]:
    proc = run_cli("extract", "--json", *map(str, seed_files))
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


async def wait_until(pilot, predicate, timeout: float = 20.0) -> None:
    """Let the app run until predicate() holds (workers and messages take their time)."""
    for _ in range(int(timeout / 0.05)):
        if predicate():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not met in time")


def seed_reader(index_dir, locale: str, **kwargs):
    """The reader over the seeds with a fixed clock, no cursor blink, no polling, no timings."""
    from datetime import date

    from tui.app import make_app

    kwargs = {"today": date.fromisoformat(TODAY), "blink": False, "watch_seconds": 0, "timings": False, **kwargs}
    return make_app([str(SEEDS)], str(index_dir), locale, **kwargs)
