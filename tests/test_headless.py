"""index/ is the headless core: it must never pull in textual or rich."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

MODULES = sorted(
    "index." + p.stem for p in (ROOT / "index").glob("*.py") if p.stem != "__init__"
)


def test_index_modules_import_neither_textual_nor_rich():
    code = (
        "import sys\n"
        f"mods = {MODULES!r}\n"
        "import importlib\n"
        "for m in mods: importlib.import_module(m)\n"
        "from index.extract import extract_paths\n"
        "extract_paths(['seeds'])\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "", f"index/ imported: {proc.stdout}"
    assert len(MODULES) >= 8


def test_no_import_statement_names_textual_or_rich():
    for path in (ROOT / "index").rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith(("import ", "from ")):
                assert "textual" not in stripped and " rich" not in stripped, f"{path}: {line}"
