"""Each country's ISO 3166 code, from the gazetteer's countries.toml alone: what the reader needs
to name a country in its own language (Babel's territory names). Kept apart from
index/entities.py so the reader never loads the matcher (and the cleaning rules it imports)
to show a country's name."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

COUNTRIES = Path(__file__).resolve().parent / "data" / "countries.toml"


@lru_cache(maxsize=1)
def _entries() -> tuple[dict, ...]:
    """countries.toml's entries, read once for every table below."""
    with COUNTRIES.open("rb") as fh:
        return tuple(tomllib.load(fh).get("entity", []))


def _countries() -> list[dict]:
    """The entries that are countries (territories are matched as places)."""
    return [raw for raw in _entries() if not raw.get("territory")]


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Canonical name -> code: the entry's `iso`, else the code whose Indonesian or English name
    (Babel's) is one of the entry's names. Territories (matched as places) are left out."""
    from babel import Locale

    named: dict[str, str] = {}
    for lang in ("en", "id"):  # the Indonesian name wins where both are someone's
        named.update({name: code for code, name in Locale(lang).territories.items() if len(code) == 2 and code.isalpha()})
    codes = {}
    for raw in _countries():
        names = (raw["canonical"], *raw.get("aliases", ()))
        code = raw.get("iso") or next((named[n] for n in names if n in named), None)
        if code:
            codes[raw["canonical"]] = code
    return codes


@lru_cache(maxsize=1)
def country_acronyms() -> tuple[str, ...]:
    """The countries' names written in capitals alone, two to four letters ("AS", "RI", "ROK"): the ones a
    page glues to the next word ("ASLloyd Austin")."""
    names = {n for raw in _entries() for n in (raw["canonical"], *raw.get("aliases", ()))}
    return tuple(sorted((n for n in names if 2 <= len(n) <= 4 and n.isalpha() and n.isupper()), key=len, reverse=True))


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Each name of each country (canonical and aliases), lower case -> its canonical name: what a plain
    word of a query is read by ("tiongkok" -> "China"), without loading the matcher."""
    return {n.lower(): raw["canonical"] for raw in _countries() for n in (raw["canonical"], *raw.get("aliases", ()))}


@lru_cache(maxsize=1)
def _names_by_country() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name, canon in country_names().items():
        out.setdefault(canon, []).append(name)
    return {canon: tuple(sorted(names)) for canon, names in out.items()}


def country_names_of(canonical: str) -> tuple[str, ...]:
    """Every name of one country, lower case ("Korea Utara" -> "dprk", "korea utara", "korut", ...)."""
    return _names_by_country().get(canonical, ())


def country_code(canonical: str) -> str | None:
    """"Jepang" -> "JP"; None for a country with no code (Somaliland)."""
    return _country_codes().get(canonical)
