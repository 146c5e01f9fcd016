"""An organisation's name in English, from the gazetteer's organizations.toml alone: what the reader
shows in any language but Indonesian (the article's own), as it shows a country by Babel's names
(index/country_codes.py). Kept apart from index/entities.py so the reader never loads the matcher to
name a body."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ORGANIZATIONS = Path(__file__).resolve().parent / "data" / "organizations.toml"


@lru_cache(maxsize=1)
def _english_names() -> dict[str, str]:
    with ORGANIZATIONS.open("rb") as fh:
        entries = tomllib.load(fh).get("entity", [])
    return {raw["canonical"]: raw["english"] for raw in entries if raw.get("english")}


def english_name(canonical: str) -> str | None:
    """"Dewan Keamanan PBB" -> "UN Security Council"; None for a name the gazetteer gives no English one."""
    return _english_names().get(canonical)
