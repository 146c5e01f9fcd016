#!/usr/bin/env python3
"""Refresh the interface's message catalogs with Babel (pybabel extract + update).

    python scripts/update_catalogs.py

Extracts every t("...") and N_("...") under tui/ into tui/locale/alliance_reader.pot,
then updates (or creates) tui/locale/<lang>/LC_MESSAGES/alliance_reader.po for each
language. Translations are edited in the .po files; the reader reads them at start-up.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ["id", "en"]
POT = ROOT / "tui" / "locale" / "alliance_reader.pot"


def pybabel(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", *args], check=True, cwd=ROOT)


def main() -> int:
    pybabel("extract", "-F", "babel.cfg", "-k", "t", "-k", "N_", "--no-location", "--sort-output",
            "--project", "alliance-reader", "-o", str(POT), "tui")
    for lang in LOCALES:
        po = ROOT / "tui" / "locale" / lang / "LC_MESSAGES" / "alliance_reader.po"
        if po.exists():
            pybabel("update", "-i", str(POT), "-d", "tui/locale", "-D", "alliance_reader", "-l", lang, "--no-fuzzy-matching")
        else:
            pybabel("init", "-i", str(POT), "-d", "tui/locale", "-D", "alliance_reader", "-l", lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
