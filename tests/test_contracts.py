"""The CI contracts, run with the suite: `index` (the headless core) never imports `tui`,
textual or rich (import-linter, pyproject [tool.importlinter]), and mypy passes on index/
(pyproject [tool.mypy])."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def tool(name: str) -> str:
    """The tool installed beside this Python (the project's venv), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    assert found, f"{name} is not installed: pip install -e '.[test]'"
    return found


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_index_never_imports_tui_textual_or_rich():
    proc = run(tool("lint-imports"), "--no-cache")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 kept, 0 broken" in proc.stdout, proc.stdout


def test_mypy_passes_on_index(tmp_path):
    proc = run(sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "mypy-cache"))  # files: pyproject
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Success: no issues found" in proc.stdout, proc.stdout


def test_the_contracts_would_see_a_breach(tmp_path):
    """The import contract is not vacuous: a copy of index/ that imports rich breaks it."""
    copy = tmp_path / "repo"
    shutil.copytree(ROOT / "index", copy / "index", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "tui", copy / "tui", ignore=shutil.ignore_patterns("__pycache__", "locale"))
    shutil.copy(ROOT / "pyproject.toml", copy)
    with open(copy / "index" / "errors.py", "a", encoding="utf-8") as fh:
        fh.write("\nimport rich  # noqa: E402, F401\n")
    proc = subprocess.run([tool("lint-imports"), "--no-cache"], cwd=copy, capture_output=True, text=True, timeout=300)
    assert proc.returncode != 0, proc.stdout
    assert "index.errors -> rich" in proc.stdout, proc.stdout
