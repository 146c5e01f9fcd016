"""A quote or a headline as text to paste into a report, with where it came from.

    “quote” — Speaker, Outlet, 11 Januari 2023 (https://...)
    “quote” — Speaker, “Headline”, 11 Januari 2023        (neither outlet nor address known)
    Headline — Outlet, 11 Januari 2023 (https://...)

Pure functions; every part is stripped of control characters (the clipboard is written
with OSC 52, itself an escape sequence, and pasted into other programs). Parts that are
not known are left out rather than guessed; the date is the article's, in the reader's
locale (Babel), as precise as the article says (`Januari 2023`, `2023`).
"""

from __future__ import annotations

from index.datefmt import format_date
from index.quote_views import UNSURE
from index.reading import strip_controls
from index.wording import uncertain_year

from .i18n import N_, say

CUT = "cut"  # Quote.lost_mark when the page stops inside the quote (wording.LOST_MARK)


def _clean(value: str | None) -> str:
    return " ".join(strip_controls(value or "").split())


def source_line(*, speaker: str | None, outlet: str | None, date: str | None, url: str | None, locale: str,
                year_guessed: bool = False) -> str:
    """`Speaker, Outlet, date (URL)` with the unknown parts left out (a quote's speaker is said to
    be unknown by quote_citation), but for the date: an undated article's citation says
    "undated", as the results list does, so a paste never reads as today's; a date whose year is
    a guess ends with "?", as on screen."""
    when = format_date(date, locale, width="long") if date else None
    when = f"{when}?" if when and year_guessed else when or say(locale, UNDATED)
    parts = [p for p in (_clean(speaker), _clean(outlet), _clean(when)) if p]
    line = ", ".join(parts)
    link = _clean(url)
    if link:
        line = f"{line} ({link})" if line else link
    return line


# a title made from the lede's first words, cited: never passed off as the headline
LEDE_TITLE = N_("untitled, opening")
UNDATED = N_("undated")
# a quote nobody is named for, cited: never passed off as the outlet's own words
NO_SPEAKER = N_("speaker unknown")


def quote_citation(text: str, *, speaker: str | None, outlet: str | None, date: str | None, url: str | None,
                   locale: str, year_guessed: bool = False, title: str | None = None, title_from_lede: bool = False,
                   cut: bool = False) -> str:
    """`title`: the article's, named after the speaker only when neither an outlet nor an
    address says where the quote was read (so that a pasted quote can still be traced);
    one made from the lede says so ("untitled, opening “...…”"). A quote with no speaker says
    so too, as on screen, rather than read as the outlet's words. `cut`: the page was cut off
    inside the quote, so its words end with "…" (never passed off as the whole quote)."""
    speaker = _clean(speaker) or say(locale, NO_SPEAKER)
    if title and not _clean(outlet) and not _clean(url):
        named = f"“{_clean(title)}”"
        named = f"{say(locale, LEDE_TITLE)} {named}" if title_from_lede else named
        speaker = ", ".join(p for p in (_clean(speaker), named) if p)
    source = source_line(speaker=speaker, outlet=outlet, date=date, url=url, locale=locale, year_guessed=year_guessed)
    quoted = f"“{_clean(text)}…”" if cut else f"“{_clean(text)}”"
    return f"{quoted} — {source}" if source else quoted


def title_citation(title: str, *, outlet: str | None, date: str | None, url: str | None, locale: str,
                   year_guessed: bool = False, title_from_lede: bool = False) -> str:
    source = source_line(speaker=None, outlet=outlet, date=date, url=url, locale=locale, year_guessed=year_guessed)
    head = f"{say(locale, LEDE_TITLE)} “{_clean(title)}”" if title_from_lede else _clean(title)
    return f"{head} — {source}" if source else head


def _who(speaker: str | None, source: str | None, confidence: float | None) -> str | None:
    """The speaker (or source); one the rules are unsure of keeps its "?", as on screen."""
    who = speaker or source
    return f"{who}?" if who and (confidence or 0.0) < UNSURE else who


def article_quote_citation(article, index: int, locale: str) -> str:
    q = article.quotes[index]
    return quote_citation(q.text, speaker=_who(q.speaker, q.source, q.confidence), outlet=article.outlet,
                          date=article.date, url=article.url, locale=locale,
                          year_guessed=uncertain_year(article.warnings), title=_shown_title(article),
                          title_from_lede=article.title_basis == "lede", cut=q.lost_mark == CUT)


def row_quote_citation(row, article, locale: str) -> str:
    """A row of the quotes screen (index.quote_views.QuoteRow), with its article when read."""
    return quote_citation(row.text, speaker=_who(row.speaker, row.source, row.confidence), outlet=row.outlet,
                          date=row.date, url=article.url if article is not None else None, locale=locale,
                          year_guessed=article is not None and uncertain_year(article.warnings),
                          title=_shown_title(article) if article is not None else row.title,
                          title_from_lede=article is not None and article.title_basis == "lede", cut=row.lost_mark == CUT)


def _shown_title(article) -> str:
    """The title as shown: one made from the lede's first words ends with "…" when the index cut it (a whole
    first sentence, as the lede gives it, does not)."""
    return _clean(article.title)


def article_title_citation(article, locale: str) -> str:
    return title_citation(_shown_title(article), outlet=article.outlet, date=article.date, url=article.url,
                          locale=locale, year_guessed=uncertain_year(article.warnings),
                          title_from_lede=article.title_basis == "lede")
