"""Twenty readers on one shared, read-only index: none may see an error."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT, SEEDS, read_only, writable

from index.store import update_index

pytestmark = pytest.mark.e2e


@pytest.mark.long
def test_twenty_headless_readers_share_one_index(tmp_path):
    ix = tmp_path / "shared"
    update_index([str(SEEDS)], ix)
    read_only(ix)
    try:
        proc = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "load.py"), "--index-dir", str(ix), "--readers", "20",
             "--queries", "1", "--json"],
            capture_output=True, text=True, timeout=400, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    finally:
        writable(ix)
    assert proc.returncode == 0, proc.stderr[-2000:]
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary["readers"] == 20 and summary["errors"] == 0
    # every reader searched as it typed (one query each: a typed query costs a reader more CPU
    # than its start, and twenty at once are what is tested; scripts/load.py measures more)
    assert summary["searches"] >= 20
    assert summary["rss_mb_max"] < 400
