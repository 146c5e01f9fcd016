"""A quote or a headline as text to paste into a report, with where it came from.

    “quote” — Speaker, Outlet, 11 Januari 2023 (https://...)
    Headline — Outlet, 11 Januari 2023 (https://...)

Pure functions; every part is stripped of control characters (the clipboard is written
with OSC 52, itself an escape sequence, and pasted into other programs). Parts that are
not known are left out rather than guessed; the date is the article's, in the reader's
locale (Babel), as precise as the article says (`Januari 2023`, `2023`).
"""

from __future__ import annotations

from index.datefmt import format_date
from index.reading import strip_controls


def _clean(value: str | None) -> str:
    return " ".join(strip_controls(value or "").split())


def source_line(*, speaker: str | None, outlet: str | None, date: str | None, url: str | None, locale: str) -> str:
    """`Speaker, Outlet, date (URL)` with the unknown parts left out."""
    when = format_date(date, locale, width="long") if date else None
    parts = [p for p in (_clean(speaker), _clean(outlet), _clean(when)) if p]
    line = ", ".join(parts)
    link = _clean(url)
    if link:
        line = f"{line} ({link})" if line else link
    return line


def quote_citation(text: str, *, speaker: str | None, outlet: str | None, date: str | None, url: str | None,
                   locale: str) -> str:
    source = source_line(speaker=speaker, outlet=outlet, date=date, url=url, locale=locale)
    quoted = f"“{_clean(text)}”"
    return f"{quoted} — {source}" if source else quoted


def title_citation(title: str, *, outlet: str | None, date: str | None, url: str | None, locale: str) -> str:
    source = source_line(speaker=None, outlet=outlet, date=date, url=url, locale=locale)
    head = _clean(title)
    return f"{head} — {source}" if source else head


def article_quote_citation(article, index: int, locale: str) -> str:
    q = article.quotes[index]
    return quote_citation(q.text, speaker=q.speaker or q.source, outlet=article.outlet, date=article.date,
                          url=article.url, locale=locale)


def article_title_citation(article, locale: str) -> str:
    return title_citation(article.title, outlet=article.outlet, date=article.date, url=article.url, locale=locale)
