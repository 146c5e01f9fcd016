"""Corpus-wide views over an open index: where its index lives, quotes, people, sides.

Shared by the CLI and the reader, so both answer the same way.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .model import Article

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SYSTEM_CONFIG = Path("/etc/alliance-reader/config.toml")


def user_config_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("alliance-reader")) / "config.toml"


def configured_index_dir() -> str | None:
    """ALLIANCE_READER_INDEX, else the user config, else the system config."""
    env = os.environ.get("ALLIANCE_READER_INDEX")
    if env:
        return env
    for path in (user_config_path(), Path(os.environ.get("ALLIANCE_READER_SYSTEM_CONFIG", SYSTEM_CONFIG))):
        try:
            with open(path, "rb") as fh:
                cfg = tomllib.load(fh)
        except (OSError, tomllib.TOMLDecodeError):
            continue
        value = cfg.get("index_dir")
        if value is None and isinstance(cfg.get("index"), dict):
            value = cfg["index"].get("dir")
        if value:
            return str(value)
    return None


@dataclass(frozen=True)
class Location:
    """Which corpus, which index folder, and whether this process may update it."""

    corpus: tuple[str, ...]
    index_dir: Path
    update: bool  # False: open a shared index as it is


def locate(corpus: Iterable[str] | None, index_dir: str | None) -> Location:
    from .reading import bundled_seeds
    from .store import default_index_dir

    paths = tuple(str(p) for p in (corpus or ()))
    if index_dir is None and not paths:
        index_dir = configured_index_dir()
        if index_dir:
            return Location((), Path(index_dir), False)
    if index_dir is not None and not paths:
        from .store import index_exists, read_meta

        if index_exists(index_dir):
            return Location(tuple(read_meta(index_dir).get("corpus", ())), Path(index_dir), False)
    if not paths:
        paths = (str(bundled_seeds()),)
    return Location(paths, Path(index_dir) if index_dir else default_index_dir(paths), True)


# --- quotes -----------------------------------------------------------------------

@dataclass(frozen=True)
class QuoteRow:
    speaker: str | None
    source: str | None
    text: str
    article_id: str
    title: str
    outlet: str | None
    date: str | None
    date_basis: str
    paragraph: int
    start: int
    end: int
    key: str  # the article's index key

    def to_json(self) -> dict:
        return {
            "speaker": self.speaker,
            "source": self.source,
            "text": self.text,
            "article_id": self.article_id,
            "title": self.title,
            "outlet": self.outlet,
            "date": self.date,
            "date_basis": self.date_basis,
            "paragraph": self.paragraph,
        }


def person_matches(canonical: str, query: str) -> bool:
    """`Mattis`, `james mattis`, `Jim Mattis` (an alias) all name James Mattis."""
    from .entities import gazetteer

    q = " ".join(query.lower().replace("-", " ").split())
    name = canonical.lower().replace("-", " ")
    if q == name or q in name.split():
        return True
    canon = gazetteer().alias_map.get(query.strip())
    return bool(canon and canon == canonical)


def person_country(article: Article, name: str) -> str | None:
    from .entities import gazetteer

    for n, _role, country in article.people_info:
        if n == name and country:
            return country
    e = gazetteer().entry(name)
    return e.country if e else None


def country_matches(country: str | None, query: str) -> bool:
    from .entities import gazetteer

    if not country:
        return False
    q = query.strip()
    canon = gazetteer().alias_map.get(q) or next(
        (v for k, v in gazetteer().alias_map.items() if k.lower() == q.lower()), q
    )
    return canon.lower() == country.lower()


def iter_quotes(articles: Iterable[tuple[str, Article]], speaker: str | None = None,
                country: str | None = None) -> Iterator[QuoteRow]:
    for key, art in articles:
        for q in art.quotes:
            if speaker and not (q.speaker and person_matches(q.speaker, speaker)):
                continue
            if country and not (q.speaker and country_matches(person_country(art, q.speaker), country)):
                continue
            yield QuoteRow(q.speaker, q.source, q.text, art.id, art.title, art.outlet, art.date,
                           art.date_basis, q.paragraph, q.start, q.end, key)


def sort_rows(rows: Iterable[QuoteRow]) -> list[QuoteRow]:
    """By date (undated last), then article and position."""
    return sorted(rows, key=lambda r: (r.date is None, r.date or "", r.article_id, r.paragraph, r.start))
