"""The search language as help shows it, in one function: the fields come from the index's
field table (index/fields.py), the examples and what they find from here."""

from __future__ import annotations

from collections.abc import Callable

from .i18n import N_, counted

EXAMPLES = (
    ("Okinawa", N_("articles with the word, in any of its forms, in the text, the headline, a photo caption or a credit")),
    # (the index keeps no small word: "aliansi keamanan" finds "aliansi untuk keamanan" too, and says so here)
    ('"aliansi keamanan"', N_("the words in this order, each in any of its forms; small words between them are passed over")),
    ("Jepang AND NOT China  Jepang -China  (Korsel OR Jepang)", N_("this and not that · either of them")),
    ("Kish*  Okinwa~", N_("a word that starts so · a word spelled nearly so")),
    ("negara:Korsel", N_("a country, a person, a place: aliases and surnames fold")),
    ("speaker:Austin", N_("what a person was quoted saying")),
    ('date:2023  date:[2018 to 2023]  tanggal:"Januari 2023"', N_("a year, a range, a month")),
    ('bulan:Agustus  bulan:"Agustus 2025"', N_("a month of every year, or of one year")),
    ("date_basis:explicit  weekday-inferred  context  unknown",
     N_("how the date was found: stated, from the weekday, from context, none")),
)


# "date:2016 — 0 hits" is not "no coverage in 2016" when articles are undated: said beside a date search
UNDATED_NOTE = (N_("{n} article has no date: no date search finds it"),
                N_("{n} articles have no date: no date search finds them"))


def undated_note(n: int, t: Callable[[str], str] = lambda s: s) -> str:
    """What a date search says of the index's undated articles, in the reader's language
    (English for the command line)."""
    return counted(t, n, *UNDATED_NOTE).format(n=n)


def search_language(t: Callable[[str], str]) -> tuple[str, list[tuple[str, str]]]:
    """(the fields the index knows, one line, from its field table; [(what to type, what it finds)])."""
    from index.fields import search_help

    return "  ".join(search_help()), [(typed, t(meaning)) for typed, meaning in EXAMPLES]
