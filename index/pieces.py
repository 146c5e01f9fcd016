"""One article's raw material as a format gives it: its text, and what the format says of
it (headline, date, outlet, author, URL), before the text pipeline reads it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime

from .reading import strip_controls


@dataclass(frozen=True)
class PageMeta:
    """What the format says of one article; None where it says nothing."""

    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    date_text: str | None = None  # as the format gave it
    outlet: str | None = None
    author: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Piece:
    text: str
    meta: PageMeta = field(default_factory=PageMeta)
    entry: str | None = None  # its place in a file of many articles ("3" for the third)


# --- dates as formats write them ---------------------------------------------------------

_ISO_DAY = re.compile(r"^\s*((?:19|20)\d\d)-(\d\d)-(\d\d)")


def iso_day(value) -> str | None:
    """YYYY-MM-DD from what feeds and exports write: ISO 8601, RFC 822, a datetime,
    a feed's time tuple, a Unix time. None when it is none of these."""
    if value is None or value == "":
        return None
    when = _as_datetime(value)
    if when is None:
        m = _ISO_DAY.match(str(value))
        return f"{m[1]}-{m[2]}-{m[3]}" if m and _valid(int(m[1]), int(m[2]), int(m[3])) else None
    return when.date().isoformat() if isinstance(when, datetime) else when.isoformat()


def _as_datetime(value) -> datetime | date | None:
    if isinstance(value, (datetime, date)):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, tuple) and len(value) >= 3:  # a time.struct_time (feedparser's, in UTC)
        return datetime(*value[:3]) if _valid(*value[:3]) else None
    text = str(value).strip()
    for parse in (_from_iso, parsedate_to_datetime):
        try:
            return parse(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
    return None


def _from_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return 1900 <= year <= 2100


def clean_field(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(strip_controls(value).split())
    return value or None


def page_meta(title=None, when=None, outlet=None, author=None, url=None) -> PageMeta:
    day = iso_day(when)
    return PageMeta(clean_field(title), day, clean_field(str(when)) if day else None,
                    clean_field(outlet), clean_field(author), clean_field(url))
