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
FILES = {"organization": DATA / "organizations.toml", "place": DATA / "places.toml", "event": DATA / "events.toml"}


@lru_cache(maxsize=3)
def _english_names(etype: str) -> dict[str, str]:
    with FILES[etype].open("rb") as fh:
        data = tomllib.load(fh)
    if etype == "event":  # the beat's dated events and its eras, named as the date's evidence names them
        return {raw["name"]: raw["english"] for raw in data.get("event", []) + data.get("era", []) if raw.get("english")}
    return {raw["canonical"]: raw["english"] for raw in data.get("entity", []) if raw.get("english")}


def english_name(canonical: str, etype: str = "organization") -> str | None:
    """"Dewan Keamanan PBB" -> "UN Security Council", ("Semenanjung Korea", "place") -> "Korean Peninsula",
    ("pandemi Covid-19", "event") -> "the Covid-19 pandemic";
    None where the gazetteer gives no English name (a place written the same in English: "Seoul")."""
    return _english_names(etype).get(canonical) if etype in FILES else None
