"""An organisation's or a place's name in English, from the gazetteer's organizations.toml and places.toml
alone: what the reader shows in any language but Indonesian (the article's own), as it shows a country by
Babel's names (index/country_codes.py). Kept apart from index/entities.py so the reader never loads the
matcher to name a body or a place."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA = Path(__file__).resolve().parent / "data"
FILES = {"organization": DATA / "organizations.toml", "place": DATA / "places.toml"}


@lru_cache(maxsize=2)
def _english_names(etype: str) -> dict[str, str]:
    with FILES[etype].open("rb") as fh:
        entries = tomllib.load(fh).get("entity", [])
    return {raw["canonical"]: raw["english"] for raw in entries if raw.get("english")}


def english_name(canonical: str, etype: str = "organization") -> str | None:
    """"Dewan Keamanan PBB" -> "UN Security Council", ("Semenanjung Korea", "place") -> "Korean Peninsula";
    None where the gazetteer gives no English name (a place written the same in English: "Seoul")."""
    return _english_names(etype).get(canonical) if etype in FILES else None
