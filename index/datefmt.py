"""Dates for people: Babel-formatted in an explicit locale, partial dates included.

Always pass the locale; nothing here reads the process locale.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

_GRANULARITY: dict[int, Literal["day", "month", "year"]] = {3: "day", 2: "month", 1: "year"}  # by ISO precision

SUPPORTED = ("id", "en", "ja", "ko")


def parse_iso(value: str | None) -> tuple[date | None, int]:
    """(date, precision) where precision is 3 (day), 2 (month), 1 (year) or 0 (none)."""
    if not value:
        return None, 0
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            return date(*parts), 3
        if len(parts) == 2:
            return date(parts[0], parts[1], 1), 2
        if len(parts) == 1:
            return date(parts[0], 1, 1), 1
    except (ValueError, TypeError):
        pass
    return None, 0


def format_date(value: str | None, locale: str, width: str = "full") -> str | None:
    """`2018-06-29` -> `Jumat, 29 Juni 2018` (id) / `Friday, June 29, 2018` (en);
    `2025-09` -> `September 2025`; `2025` -> `2025`. None for no date."""
    from babel.dates import format_date as babel_date
    from babel.dates import format_skeleton

    d, precision = parse_iso(value)
    if d is None:
        return None
    if precision == 3:
        return babel_date(d, format=width, locale=locale)
    if precision == 2:
        return format_skeleton("yMMMM" if width in ("full", "long") else "yMMM", d, locale=locale)
    return format_skeleton("y", d, locale=locale)


def format_age(value: str | None, today: date, locale: str) -> str | None:
    """How long ago, in words: `8 tahun yang lalu` (id), `8 years ago` (en)."""
    from babel.dates import format_timedelta

    d, precision = parse_iso(value)
    if d is None:
        return None
    granularity = _GRANULARITY[precision]
    delta = d - today
    if precision == 3 and delta.days == 0:
        return format_timedelta(delta, granularity="day", add_direction=True, locale=locale)
    return format_timedelta(_whole_units(delta), granularity=granularity, threshold=1.0, add_direction=True,
                            locale=locale)


# Babel's own unit lengths: an age is told in whole units, never rounded up ("8 years" for
# 8.6 years: Babel alone says 9, older than the story is)
_UNIT_SECONDS = (365 * 86400, 30 * 86400, 7 * 86400, 86400)


def _whole_units(delta: timedelta) -> timedelta:
    seconds = abs(delta.total_seconds())
    for size in _UNIT_SECONDS:
        if seconds >= size:
            whole = timedelta(seconds=(seconds // size) * size)
            return whole if delta >= timedelta(0) else -whole
    return delta


def resolve_locale(explicit: str | None, environ: dict[str, str]) -> str:
    """--locale, else LC_ALL/LC_TIME/LANG when Babel knows the language, else `id`."""
    from babel import Locale, UnknownLocaleError

    candidates: list[str | None] = [explicit] if explicit else []
    candidates += [environ.get(k) for k in ("LC_ALL", "LC_TIME", "LANG")]
    for raw in candidates:
        if not raw:
            continue
        tag = raw.split(".")[0].split("@")[0]
        if tag in ("C", "POSIX", ""):
            continue
        try:
            loc = Locale.parse(tag.replace("-", "_"))
        except (ValueError, UnknownLocaleError):
            continue
        return str(loc.language)
    return "id"
