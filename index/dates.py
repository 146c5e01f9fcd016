"""Date mentions in Indonesian (and English) news text.

Reads the forms Indonesian newsrooms use -- ``Rabu (11/1/2023)``, ``Jumat (29/6)``,
``Senin, 9 Januari 2023 14:30 WIB``, ``11/12/2017, 11:52 WIB``, ``2023-01-11``,
``Januari 2023`` -- plus English ``Wednesday, January 11, 2023``.

Three kinds of mention (``DateMention.basis``):

* ``explicit``: day, month and year are all written (day/month/year order for
  numeric dates, as in Indonesian; two-digit years mean 20yy).
* ``weekday-inferred``: weekday + day + month, no year (``Jumat (29/6)``); the year is
  the most recent one, not after the reference date, in which that day falls on
  that weekday (see :func:`infer_year`).
* ``context``: month name + year, no day (``Juli 2025``); value ``"YYYY-MM"``.

A day + month with neither weekday nor year (``12 Juni``) cannot be dated and is
not a mention.

Matching is one precompiled regular expression (compiled twice: anchored, and as a
scanner) whose quantifiers are all bounded, so scanning is linear in the input
length; impossible dates (``31/2/2023``) are skipped and produce nothing.  Month and weekday names come
from Babel's ``id`` and ``en`` locales plus the common Indonesian variants Babel
lacks (``Jum'at``, ``Ahad``, ``Nopember``, ``Pebruari``, ``Agt``, ``Sept`` ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from babel import Locale

from . import wording
from .lexicon import alternation

__all__ = ["DateMention", "find_mentions", "publication_date", "page_date", "infer_year", "is_english"]


@dataclass(frozen=True)
class DateMention:
    """One date written in a paragraph."""

    value: str  # ISO "YYYY-MM-DD", or "YYYY-MM" for month+year (context) mentions
    basis: str  # "explicit" | "weekday-inferred" | "context"
    text: str  # the exact matched text, e.g. "Jumat (29/6)"
    paragraph: int  # index in the paragraphs list
    start: int  # char offsets in that paragraph
    end: int
    weekday: int | None  # 0=Monday..6=Sunday when a weekday name was part of the match


# --------------------------------------------------------------------------- names

_ID = Locale("id")
_EN = Locale("en")

#: English weekday names for warnings (index 0 = Monday), as the reader's catalogs know them.
_WEEKDAY_EN = wording.WEEKDAYS


def _month_tables() -> tuple[dict[str, int], set[str]]:
    """name (casefolded) -> month number, and the set of abbreviations (may take a dot)."""
    full: dict[str, int] = {}
    abbr: dict[str, int] = {}
    for loc in (_ID, _EN):
        for ctx in ("format", "stand-alone"):
            for num, name in loc.months[ctx]["wide"].items():
                full[name.casefold()] = num
            for num, name in loc.months[ctx]["abbreviated"].items():
                abbr[name.rstrip(".").casefold()] = num
    # Indonesian spellings and abbreviations Babel lacks.
    full.update({"pebruari": 2, "febuari": 2, "nopember": 11})
    abbr.update({
        "jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
        "agu": 8, "agt": 8, "ags": 8, "aug": 8, "sep": 9, "sept": 9, "okt": 10,
        "oct": 10, "nov": 11, "nop": 11, "des": 12, "dec": 12,
    })
    names = dict(abbr)
    names.update(full)
    return names, set(abbr) - set(full)


def _weekday_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for loc in (_ID, _EN):
        for num, name in loc.days["format"]["wide"].items():
            table[name.casefold()] = num
    for num, name in _EN.days["format"]["abbreviated"].items():
        table[name.casefold()] = num
    table.update({
        "jum'at": 4, "jum\u2019at": 4, "jumaat": 4, "ahad": 6,
        "tues": 1, "thur": 3, "thurs": 3,
    })
    return table


_MONTHS, _MONTH_ABBRS = _month_tables()
_WEEKDAYS = _weekday_table()
#: English abbreviations, which may take a dot ("Wed., Jan. 11, 2023").
_WEEKDAY_ABBRS = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}


def _names_of_one_language(one, other) -> list[str]:
    """Month and weekday names of `one` locale that `other` does not share ("April" is both)."""
    def names(loc):
        return {n.casefold() for ctx in ("format", "stand-alone")
                for n in [*loc.months[ctx]["wide"].values(), *loc.days[ctx]["wide"].values()]}

    return sorted(names(one) - names(other), key=len, reverse=True)


_ENGLISH_NAMES = re.compile(r"\b(?:" + "|".join(_names_of_one_language(_EN, _ID)) + r")\b", re.IGNORECASE)
_INDONESIAN_NAMES = re.compile(r"\b(?:" + "|".join(_names_of_one_language(_ID, _EN)) + r")\b", re.IGNORECASE)


def is_english(line: str) -> bool:
    """Whether the line names a month or weekday in English only (a site's own date header);
    "Senin 27 May 2019" (an Indonesian weekday, the month's short English name) is not."""
    return bool(_ENGLISH_NAMES.search(line)) and not _INDONESIAN_NAMES.search(line)


@lru_cache(maxsize=512)
def _month_number(word: str) -> int:
    """Month number of a matched name ("Jan." and "JANUARI" alike)."""
    return _MONTHS[word.rstrip(".").casefold()]


def month_number(word: str) -> int | None:
    """Month number of a month's name in Indonesian or English, full or short ("Agustus",
    "Aug."); None for any other word."""
    try:
        return _month_number(word)
    except KeyError:
        return None


@lru_cache(maxsize=64)
def day_month_pattern(day: int, month: int) -> re.Pattern[str]:
    """A day and month written without a year: "3 September", "3 Sept.", "(3/9)", "03/09"."""
    names = alternation([n for n, num in _MONTHS.items() if num == month], ignore_case=True)
    return re.compile(rf"(?<![\d/.])0?{day}(?:\s+(?:{names})\.?(?![\w.])(?!,?\s*\d)|/0?{month}(?![\d/]))")


@lru_cache(maxsize=512)
def _weekday_number(word: str) -> int:
    """Weekday number (0=Monday) of a matched name."""
    return _WEEKDAYS[word.rstrip(".").casefold()]


# --------------------------------------------------------------------------- regex

_S = r"\s"  # whitespace (Unicode: includes NBSP)
_WD = alternation(set(_WEEKDAYS) - _WEEKDAY_ABBRS, ignore_case=True) + r"|" + alternation(_WEEKDAY_ABBRS, ignore_case=True) + r"\.?"
_MON = alternation(set(_MONTHS) - _MONTH_ABBRS, ignore_case=True) + r"|" + alternation(_MONTH_ABBRS, ignore_case=True) + r"\.?"
_YEAR4 = r"(?:1[89]|20)[0-9]{2}"
_YEAR_END = r"(?![0-9])(?![.,][0-9])"
_DAY = r"(?:[0-9]{1,2})"
_ORD = r"(?ai:st|nd|rd|th)?"

# a sentence closed by a full date after a comma: ", Rabu, 17 Juni 2020." (a news photo's caption)
DAY_CLOSING_SENTENCE = re.compile(r",\s+(?:" + _WD + r"),?\s+" + _DAY + r"\s+(?:" + _MON + r")\s+" + _YEAR4 + r"\.?\s*$")

# Core forms: each binds its own groups.  A day + month needs a year or, failing
# that, a weekday (``_NEED_WD``: "no year" is only allowed when group ``wd`` matched),
# so "12 Juni" or "(29/6)" alone never match.
_NEED_WD = r"|(?(wd)|(?(pada)|(?!)))"  # or "pada (12/10)": the day and month of what the sentence tells
_ISO = (
    r"(?<![\w/\-.])(?P<iy>" + _YEAR4 + r")(?P<is>[-./])(?P<im>[0-9]{2})(?P=is)(?P<id>[0-9]{2})"
    r"(?![0-9])(?![/\-.][0-9])"
)
_NUM = (
    # "16//05/2016": a slash typed twice is one
    r"(?<![\w/\-.])(?P<nd>" + _DAY + r")(?P<ns>[/\-]|\.(?=[0-9]{1,2}\." + _YEAR4 + r"(?![0-9])))(?:(?<=/)/)?(?P<nm>[0-9]{1,2})"
    r"(?:(?P=ns)(?:(?<=/)/)?(?P<ny>" + _YEAR4 + r"|[0-9]{2})" + _NEED_WD + r")"
    r"(?![0-9])(?![/\-.][0-9])"
)
_TXT = (
    r"(?<![\w/.])(?P<td>" + _DAY + r")" + _ORD + _S + r"{1,3}"
    r"(?P<tm>" + _MON + r")(?!\w)"
    r"(?:,?" + _S + r"{1,3}(?P<ty>" + _YEAR4 + r")" + _YEAR_END + _NEED_WD + r")"
)
_ENG = (
    r"(?<!\w)(?P<em>" + _MON + r")(?!\w)" + _S + r"{1,3}"
    r"(?P<ed>" + _DAY + r")" + _ORD + r"(?![0-9])(?!\w)"
    r"(?:,?" + _S + r"{1,3}(?P<ey>" + _YEAR4 + r")" + _YEAR_END + _NEED_WD + r")"
)
_CTX = (
    r"(?<!\w)(?P<cm>" + _MON + r")(?!\w)" + _S + r"{1,3}"
    r"(?:(?ai:tahun)" + _S + r"{1,3})?(?P<cy>" + _YEAR4 + r")" + _YEAR_END
)

_ZONE = r"(?:(?ai:WITA|WIB|WIT|UTC|GMT|KST|JST)(?!\w)|[+\-][0-9]{2}:?[0-9]{2}(?![0-9]))"
_AMPM = r"(?:" + _S + r"{0,2}(?ai:a\.m\.|p\.m\.|am|pm)(?!\w))?"
_HM = r"(?:[01]?[0-9]|2[0-3])"
_TIME = (
    # after the date, a comma, bar, slash, dash or dot may part it from its time
    r"(?P<time>" + _S + r"{0,3}[,|/\u00b7\u2022\-\u2013\u2014]?" + _S + r"{0,3}(?:"
    # "pukul 14.30 WIB", "pukul 14:30"
    r"(?ai:pukul|pkl\.?|jam)" + _S + r"{1,3}" + _HM + r"[.:][0-5][0-9](?::[0-5][0-9])?(?![0-9])"
    + _AMPM + r"(?:" + _S + r"{1,3}" + _ZONE + r")?"
    # "14:30", "14:30:05 WIB", "2:30 PM"
    r"|" + _HM + r":[0-5][0-9](?::[0-5][0-9])?(?![0-9])" + _AMPM
    + r"(?:" + _S + r"{1,3}" + _ZONE + r")?"
    # "14.30 WIB" (a dotted time only with a zone: "2.000" must not be a time)
    r"|" + _HM + r"\.[0-5][0-9](?![0-9])" + _S + r"{1,3}" + _ZONE
    + r"))?"
)

# "Rabu ini (17/1/2018)", "Jumat malam (22/11)": a word between the weekday and the bracket
_WD_QUALIFIER = r"(?P<wq>(?ai:ini|lalu|kemarin|malam|pagi|siang|sore)" + _S + r"{0,3}(?=\())?"
# "Selasa, tanggal 22 Agustus 2023": the word for a date between the weekday and the date
_DATE_WORD = r"(?:(?ai:tanggal|tgl\.?)" + _S + r"{1,3})?"
_CORE = (
    # "(Minggu, 10/1)": the weekday inside the bracket with its date
    r"(?:(?:(?P<wlp>\(" + _S + r"{0,2}(?=(?:" + _WD + r")(?!\w)))?(?<!\w)(?P<wd>" + _WD + r")(?!\w)"
    r"(?P<wsep>" + _S + r"{0,3}," + _S + r"{0,3}|" + _S + r"{1,3})?" + _WD_QUALIFIER + _DATE_WORD + r")?"
    r"(?:(?<=(?i:pada)\s)(?P<pada>)(?=\())?"
    r"(?P<lp>\(" + _S + r"{0,2})?"
    r"(?:" + _ISO + r"|" + _NUM + r"|" + _TXT + r"|" + _ENG + r")"
    r"(?(lp)" + _S + r"{0,2}\))(?(wlp)" + _S + r"{0,2}\))"
    + _TIME
    + r"|" + _CTX + r")"
)
#: A mention starting exactly at a position (used at offset 0 and by page_date).
_AT_RX = re.compile(_CORE)
#: Scanner: every mention starts after a non-word character (or at offset 0), so the
#: pattern consumes that character first.  Starting with a plain character class
#: lets the regex engine skip over word characters in C, which keeps scanning fast;
#: the mention itself begins at ``match.start() + 1``.  The lookahead (a digit, an
#: opening parenthesis before a digit or letter, or a whole weekday/month name)
#: rejects ordinary words and punctuation runs cheaply.
_SCAN_RX = re.compile(
    r"\W(?=[0-9]|\(" + _S + r"{0,2}[0-9A-Za-z]|(?:" + _WD + r"|" + _MON + r")(?!\w))" + _CORE
)

_HAS_DIGIT = re.compile(r"[0-9]")
# Words that turn a following "minggu" into "week": "dua minggu", "beberapa minggu".
_WEEK_QUANT = re.compile(
    r"(?<!\w)(?ai:[0-9]+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas"
    r"|belas|puluh|beberapa|berapa|tiap|setiap|per|akhir|awal|pertengahan|selama)"
    r"\s{1,3}\Z"
)


# --------------------------------------------------------------------------- logic


def infer_year(day: int, month: int, weekday: int | None, reference: date) -> int | None:
    """The most recent year, with ``date(year, month, day) <= reference``, in which
    day/month falls on ``weekday`` (0=Monday; None: any day).  Looks back at most 28 years; ``None``
    if no year fits (or the day/month never exists, e.g. 30 February)."""
    if not (1 <= month <= 12 and 1 <= day <= 31 and (weekday is None or 0 <= weekday <= 6)):
        return None
    for year in range(reference.year, reference.year - 29, -1):
        if year < 1:
            break
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= reference and (weekday is None or d.weekday() == weekday):
            return year
    return None


@lru_cache(maxsize=4096)
def _inferred_iso(day: int, month: int, weekday: int | None, reference: date) -> str | None:
    year = infer_year(day, month, weekday, reference)
    return None if year is None else date(year, month, day).isoformat()


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_CORE_GROUPS = ("iy", "im", "id", "nd", "nm", "ny", "td", "tm", "ty", "ed", "em", "ey")


def _parts(m: re.Match) -> tuple[str, int, int, int | None]:
    """(core kind, day, month, year or None) of a dated (non-context) match."""
    iy, im, id_, nd, nm, ny, td, tm, ty, ed, em, ey = m.group(*_CORE_GROUPS)
    if iy is not None:
        return "iso", int(id_), int(im), int(iy)
    if nd is not None:
        year = None if ny is None else (2000 + int(ny) if len(ny) == 2 else int(ny))
        return "num", int(nd), int(nm), year
    if td is not None:
        return "txt", int(td), _month_number(tm), (int(ty) if ty else None)
    return "eng", int(ed), _month_number(em), (int(ey) if ey else None)


def _minggu_is_weekday(text: str, m: re.Match, kind: str, year: int | None) -> bool:
    """"Minggu" is also "week": only a weekday right before "(d/m", "d Month" or
    "Month d", in a bracket with its date ("(Minggu, 10/1)"), or before ", d/m/yyyy" (or "d-m-yyyy" after it capitalised: "dirilis Sputnik,
    Minggu 4-11-2018"); never after a quantifier ("dua minggu")."""
    if _WEEK_QUANT.search(text, max(0, m.start("wd") - 30), m.start("wd")):
        return False
    if m.group("lp") is not None or m.group("wlp") is not None or kind in ("txt", "eng"):
        return True  # ("(Minggu, 10/1)": a bracket around both)
    return kind == "num" and year is not None and ("," in (m.group("wsep") or "") or m.group("wd")[:1].isupper())


def _evaluate(text: str, m: re.Match, start: int, reference: date):
    """Turn one regex match (mention text ``text[start:m.end()]``) into
    ``(basis, value, weekday, warning)``; ``"retry"`` when a "Minggu" turned out to
    mean "week" (rescan after it), or ``None`` to reject."""
    if m.group("cm") is not None:
        month = _month_number(m.group("cm"))
        return "context", f"{int(m.group('cy')):04d}-{month:02d}", None, None
    kind, day, month, year = _parts(m)
    wd_text = m.group("wd")
    weekday = None
    if wd_text is not None:
        weekday = _weekday_number(wd_text)
        if weekday == 6 and wd_text.casefold() == "minggu" and not _minggu_is_weekday(text, m, kind, year):
            return "retry"
    if year is not None:
        d = safe_date(year, month, day)
        if d is None:
            return None
        warning = None
        if weekday is not None and d.weekday() != weekday:
            warning = wording.WEEKDAY_MISMATCH.format(
                text=text[start:m.end()], said=_WEEKDAY_EN[weekday], date=d.isoformat(), actual=_WEEKDAY_EN[d.weekday()])
        return "explicit", d.isoformat(), weekday, warning
    if weekday is None and (m.group("pada") is None or m.group("lp") is None):
        return None  # "12 Juni", "(29/6)": cannot be dated
    value = _inferred_iso(day, month, weekday, reference)
    if value is None:
        return None
    return "weekday-inferred", value, weekday, None


def _scan(text: str, paragraph: int, reference: date, mentions: list, warnings: list) -> None:
    if not _HAS_DIGIT.search(text):
        return  # every mention has a digit
    pos = 0
    while True:
        m = _AT_RX.match(text) if pos == 0 else None
        if m is not None:
            start = 0
        else:
            m = _SCAN_RX.search(text, max(pos - 1, 0))
            if m is None:
                return
            start = m.start() + 1
        result = _evaluate(text, m, start, reference)
        if result is None:
            # An impossible date ("30 Februari 2024", "13/13/2020") is skipped whole:
            # no part of it (e.g. "Februari 2024") is re-read as another mention.
            pos = m.end()
            continue
        if result == "retry":
            pos = m.end("wd")
            continue
        basis, value, weekday, warning = result
        end = m.end()
        mentions.append(DateMention(value, basis, text[start:end], paragraph, start, end, weekday))
        if warning:
            warnings.append(wording.IN_PARAGRAPH.format(warning=warning, paragraph=paragraph))  # 0-based
        pos = end


def find_mentions(paragraphs: list[str], reference: date) -> tuple[list[DateMention], list[str]]:
    """All date mentions in text order, plus warnings (weekday mismatches)."""
    mentions: list[DateMention] = []
    warnings: list[str] = []
    for i, text in enumerate(paragraphs):
        _scan(text, i, reference, mentions, warnings)
    return mentions, warnings


def publication_date(paragraphs: list[str], reference: date) -> tuple[DateMention | None, list[str]]:
    """The article's date: the first mention giving a full date (explicit or
    weekday-inferred); failing that, the first month+year ("context") mention if it is
    in paragraph 0 (the lede); else ``None``."""
    mentions, warnings = find_mentions(paragraphs, reference)
    for m in mentions:
        if m.basis in ("explicit", "weekday-inferred"):
            return m, warnings
    for m in mentions:
        if m.basis == "context":
            return (m if m.paragraph == 0 else None), warnings
    return None, warnings


_GLUED_DAY = re.compile(r"(?<=[A-Za-z])(?=\d)")  # a month's name glued to its day
_LOOSE_COMMA = re.compile(r"\s+,")
_GLUED_YEAR = re.compile(r"(?<!\d)(?P<day>[1-9]|[12]\d|3[01])(?P<year>(?:19|20)\d\d)(?!\d)")  # "Feb 282018": a widget lost the comma
# "Sep 25 (Sen) , 2017": a site's date widget with the weekday shortened in brackets after the day
_BRACKETED_WEEKDAY = re.compile(r"(?<=\d)\s*\((?:" + alternation(
    [n for loc in (_ID, _EN) for n in loc.days["format"]["abbreviated"].values()], ignore_case=True) + r")\)")
# "April 26, 2019 at 12:37AM", "Senin, 6 Oktober 2025 17.52": a clock after a header's full date
_CLOCK_AFTER = re.compile(r"(?:\s+(?:at|pukul)\s+\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?|(?<=\d{4})\s+(?:[01]?\d|2[0-3])\.[0-5]\d)\s*$")


def page_date(line: str) -> date | None:
    """The date if the whole (stripped) line is a page-chrome date header such as
    "Sunday, April 28, 2024", "Minggu, 28 April 2024" or
    "Senin, 9 Januari 2023 14:30 WIB"; otherwise ``None``.  The line must hold a
    full date (day, month, year); a wrong weekday name does not reject it."""
    text = line.strip().strip("-–—|•·*, ").strip()  # "Minggu, 11 Oktober 2015 -", "• September 23, 2024"
    text = _CLOCK_AFTER.sub("", text)  # "April 26, 2019 at 12:37AM": a feed's stamp
    text = _LOOSE_COMMA.sub(",", _GLUED_DAY.sub(" ", _BRACKETED_WEEKDAY.sub("", text)))  # "October29 , 2025": set loosely
    text = _GLUED_YEAR.sub(r"\g<day> \g<year>", text)
    if not text or len(text) > 80 or not _HAS_DIGIT.search(text):
        return None
    m = _AT_RX.fullmatch(text)
    if m is None or m.group("cm") is not None:
        return None
    result = _evaluate(text, m, 0, date.max)
    if not isinstance(result, tuple) or result[0] != "explicit":
        return None
    return date.fromisoformat(result[1])
