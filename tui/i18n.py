"""The interface's own words, through gettext catalogs managed with Babel.

Catalogs live in tui/locale/<lang>/LC_MESSAGES/alliance_reader.po (id, ja, ko; en is
the source language) and are read directly at start-up (no compile step). They hold
the reader's own words (`t("...")`, `N_("...")` under tui/) and the templates of the
index's lines for people (index/wording.py: search notes, date warnings, errors), which
`t()` recognises in a line the index made and says in the reader's language.

    python scripts/update_catalogs.py   # extract into the .pot, update every .po

tests/test_catalogs.py fails when a word a user sees is not in the catalogs.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "alliance_reader"


@lru_cache(maxsize=8)
def _read(lang: str) -> tuple[dict[str, str], frozenset[str]]:
    path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not path.exists():
        return {}, frozenset()
    from babel.messages.pofile import read_po

    with path.open("rb") as fh:
        cat = read_po(fh, locale=lang)
    ids = [m for m in cat if m.id and isinstance(m.id, str)]
    return {m.id: m.string for m in ids if m.string and not m.fuzzy}, frozenset(m.id for m in ids)


def catalog(lang: str) -> dict[str, str]:
    """msgid -> translation, for the msgids `lang` translates."""
    return _read(lang)[0]


class Translator:
    """`t("Search")` in the current language; switch with `t.lang = "en"`."""

    def __init__(self, lang: str = "id"):
        self.lang = lang

    def __call__(self, message: str) -> str:
        return say(self.lang, message)

    def has_catalog(self) -> bool:
        return bool(catalog(self.lang))


@lru_cache(maxsize=4096)
def say(lang: str, message: str) -> str:
    """`message` in `lang`: its catalog entry; else, for a line the index made from one of
    its templates (index/wording.py), the template's entry with the values filled in (a
    paragraph counted from 1, in English too); else the message as it is."""
    from index.wording import reword

    words, msgids = _read(lang)
    found = words.get(message)
    if found:
        return found
    if message in msgids:
        return message  # a msgid of ours left untranslated: never taken for a line of the index's
    return reword(message, lambda m: words.get(m) or m)


SINGULAR_AFTER_ONE = frozenset({"en"})  # the languages whose noun after "1" differs (id, ja, ko: it does not)


def counted(t, n: int, one: str, many: str) -> str:
    """"1 article", "5 articles" in English; in Indonesian, Japanese and Korean the counted
    word does not change ("1 artikel", "1 件"), and the catalogs' singular means another thing."""
    return t(one) if n == 1 and getattr(t, "lang", "en") in SINGULAR_AFTER_ONE else t(many)


def N_(message: str) -> str:
    """Mark a string for extraction without translating it now."""
    return message


@lru_cache(maxsize=8)
def language_name(locale: str) -> str:
    """A language as its own speakers name it ("日本語", "English"), so a reader who cannot read the
    interface's present language still finds theirs."""
    from babel import Locale

    return Locale.parse(locale).get_display_name(locale) or locale
