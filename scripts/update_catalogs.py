#!/usr/bin/env python3
"""Refresh the interface's message catalogs with Babel (extract + update).

    python scripts/update_catalogs.py

Extracts every t("...") and N_("...") under tui/, and the templates of the index's lines
for people (N_ in index/wording.py), into tui/locale/alliance_reader.pot; then updates
(or creates) tui/locale/<lang>/LC_MESSAGES/alliance_reader.po for each language: new
msgids come in untranslated, msgids no longer in the sources go. Translations are edited
in the .po files; the reader reads them at start-up (no .mo: nothing to compile).
tests/test_catalogs.py checks that the .pot is what this script would write and that
each language translates every msgid.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ["id", "en", "ja", "ko"]
LOCALE_DIR = ROOT / "tui" / "locale"
POT = LOCALE_DIR / "alliance_reader.pot"
KEYWORDS = {"t": None, "N_": None}


def sources() -> list[Path]:
    return sorted((ROOT / "tui").rglob("*.py")) + [ROOT / "index" / "wording.py"]


def extract():
    """The .pot's catalog: every msgid of the sources, sorted."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    catalog = Catalog(project="alliance-reader", charset="utf-8")
    for path in sources():
        for lineno, message, _comments, _context in extract_from_file("python", path, keywords=KEYWORDS):
            if isinstance(message, str) and message:
                catalog.add(message, locations=[(str(path.relative_to(ROOT)), lineno)])
    return catalog


def _write(catalog, path: Path) -> None:
    from babel.messages.pofile import write_po

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        write_po(fh, catalog, width=100, no_location=True, sort_output=True, ignore_obsolete=True)


def update(template, lang: str) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po

    po = LOCALE_DIR / lang / "LC_MESSAGES" / "alliance_reader.po"
    if po.exists():
        with po.open("rb") as fh:
            catalog = read_po(fh, locale=lang)
    else:
        catalog = Catalog(locale=lang, project="alliance-reader", charset="utf-8")  # Babel's plural forms for lang
    catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
    _write(catalog, po)


def main() -> int:
    template = extract()
    _write(template, POT)
    for lang in LOCALES:
        update(template, lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
