"""The interface's own words, through gettext catalogs managed with Babel.

Catalogs live in tui/locale/<lang>/LC_MESSAGES/alliance_reader.po and are read
directly at start-up (no compile step). English is the source language; a
locale without a catalog (ja, ko) shows English words with its own dates.

    pybabel extract -F babel.cfg -o tui/locale/alliance_reader.pot tui
    pybabel update -i tui/locale/alliance_reader.pot -d tui/locale -D alliance_reader
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "alliance_reader"


@lru_cache(maxsize=8)
def catalog(lang: str) -> dict[str, str]:
    path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not path.exists():
        return {}
    from babel.messages.pofile import read_po

    with path.open("rb") as fh:
        cat = read_po(fh, locale=lang)
    return {m.id: m.string for m in cat if m.id and m.string and not m.fuzzy and isinstance(m.id, str)}


class Translator:
    """`t("Search")` in the current language; switch with `t.lang = "en"`."""

    def __init__(self, lang: str = "id"):
        self.lang = lang

    def __call__(self, message: str) -> str:
        return catalog(self.lang).get(message, message)

    def has_catalog(self) -> bool:
        return bool(catalog(self.lang))


def N_(message: str) -> str:
    """Mark a string for extraction without translating it now."""
    return message
