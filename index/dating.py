"""When was it published? The date mentions of an article, weighed by their evidence.

`index.dates` finds every date written in the text; this module chooses the one that
dates the article and says why, as a pipeline of named steps:

1. the page's own timestamp, when it gives a full date, wins;
2. otherwise each mention is scored: a citation date ("Mengutip Japan Times, Kamis
   (9/2/2017)") is the report's date, a weekday form is how Indonesian newsrooms date
   their stories, the lede counts more than the tail, and a background date ("sejak
   15 September 2017") or a future event ("akan bertemu ... pada Minggu, 13 November")
   never dates the article;
3. a year-less mention ("Senin (6/3)") takes the year that the text supports: the
   officials named with their office were in office then ("PM Shinzo Abe" means
   2012–2020), a date in the article's address or in its source's (`/2019/08/06/`,
   `/20190806`), the page store's month stamp, the latest year the text mentions.
   Without such evidence the most recent fitting year is taken, and a warning says so.
   A wire dateline's or a citation's day ("SEOUL, 6 September (UPI)") with no such year
   takes the weekday the lede names ("pada hari Jumat") when only one year fits both.

The result carries its evidence (`Evidence`), which `extract --json` prints and the
reader shows beside the date.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property

from . import dates, events, wording
from .dates import DateMention
from .entities import Term, expand_title
from .lexicon import OCCASION_NOUNS, OCCASION_OPENERS, POSTS, TITLE_CUES_LOWER, alternation

__all__ = ["DateChoice", "Evidence", "choose_date"]


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence for a date: its kind and the words or facts behind it.

    kinds: "timestamp" (the page's own date line), "words" (the mention read),
    "citation" (the report the date comes with), "official" (a person in office that
    year), "url" (the date in the page's address), "stamp" (the page store's month),
    "year-in-text", "year-in-caption" (a photo caption's year), "weekday-only", "page-date"
    (the page's own date line at its top, when the text dates nothing), "headline" (a day
    the headline writes in full, when the text dates nothing), "after-day" (a full day the text recalls as past,
    which a day it writes without its year cannot come before).
    """

    kind: str
    text: str


@dataclass(frozen=True)
class DateChoice:
    value: str | None
    basis: str  # explicit | weekday-inferred | context | unknown
    text: str | None  # the words the date was read from
    evidence: tuple[Evidence, ...] = ()
    warnings: tuple[str, ...] = ()


UNKNOWN = DateChoice(None, "unknown", None)

# cues in the words right before a mention
_CITATION = re.compile(
    r"(?i:dilansir|dikutip|mengutip|melansir|dilaporkan|diwartakan|diberitakan|dikabarkan|disiarkan|dirilis|lapor|menurut"
    r"|(?:kata|ujar|ungkap|tutur)\s+sumber)"
    r"(?:\s+(?:dari|oleh|kantor\s+berita|laman|situs|media|harian))*"
    r"(?:\s+[A-Z][\w.&'’-]*){1,4}(?:\s*\([A-Z][\w.&-]{1,12}\)|\s*,\s*[A-Z][A-Z.&-]{1,12}(?=\s*,))?\s*,?\s*(?:pada\s+)?(?:hari\s+)?$"
)  # "dikutip dari Korean Central News Agency (KCNA), Selasa (4/3)", "disiarkan oleh kantor berita Korut,
#    KCNA, pada Selasa (11/2/2025)": the name may bring its acronym; "ungkap sumber Warta.com, Sabtu
#    (29/12/2018)": the day a source told the outlet
_CITED_AFTER = re.compile(r"\s*,?\s*(?:seperti\s+(?:yang\s+)?)?(?:dikutip|dilansir|dilaporkan|diberitakan)\b", re.IGNORECASE)
_CITATION_TAIL = re.compile(r"[\s,]*(?i:pada\s+)?(?i:hari\s+)?$")  # the words that lead to the day itself
_BACKGROUND = re.compile(
    r"(?i:\b(?:sejak|semenjak|(?:satu|dua|tiga|\d+)?\s*tahun\s+lalu\s*,?|silam\s*,?|terakhir(?:\s+kali)?(?:\s+[a-z]+)?"
    r"|yang\s+(?:dilantik|terpilih|lahir|menjabat|meninggal|wafat)))"
    r"\s*(?:pada\s+)?(?:tanggal\s+|bulan\s+|tahun\s+)?(?:hari\s+)?$"
)  # "sejak bulan Juni 2019", "terakhir dilaksanakan pada Maret 2022": when something last happened, not the day of
#    writing; "Presiden yang dilantik pada 20 Januari 2017 itu": a person's past, told in passing
# "insiden kapal Cheonan pada 26 maret 2010 lalu", "... 1 Juli 2014 silam": a date the writer looks back to,
# day, month and year and no weekday (a recent day is "Jumat (7/11) lalu"): an event before the day of writing
_MONTH_LAST_YEAR = re.compile(r"\b(?P<month>[A-Z][a-z]{2,8})\s+tahun\s+lalu\b")
_AGO_AFTER = re.compile(r"\s+(?:yang\s+)?(?:lalu|silam)\b", re.IGNORECASE)
# "akan berakhir hari ini (31/08/2023)": the day of writing itself, whatever the verb's tense
# "25 Agustus hingga 4 September 2025": the end of a period, not the day of writing
_RANGE_END = re.compile(r"(?:\d{1,2}(?:\s+[A-Z][a-z]+)?\s*(?:hingga|sampai(?:\s+dengan)?|s/d|s\.d\.|sd|–|-)"
                        # "... berlaku sampai Selasa, 19 Januari 2021", "580 kasus baru sampai Jumat malam, 15 Januari
                        # 2021": when an order ends, or the day a count runs to, not the story's day
                        r"|\b(?i:sampai)(?:\s+(?:hari\s+)?[A-Z][a-z]+(?:\s+(?i:malam|pagi|siang|sore))?\s*,?)?)"
                        r"\s*(?:tanggal\s+)?$")
_TODAY = re.compile(r"\b(?:hari|malam|pagi|siang|sore)\s+ini\s*,?\s*(?:pada\s+)?$", re.IGNORECASE)
_THIS_DAY = re.compile(r"\s*ini\b")  # "pada Kamis (7/1) ini": this very day, the day of writing
_THIS_WEEKDAY = re.compile(r"[A-Za-z']+\s+ini\b")  # "Rabu ini (17/1/2018)": the same, "ini" before the date
# not "Presiden AS yang akan lengser Joe Biden bertemu ... pada Senin (13/1/2025)": who someone is about to be
_FUTURE = re.compile(r"\b(?:akan(?!\s+tetapi\b)(?!(?<=yang\sakan)\s+(?-i:[a-z]+\s+[A-Z]))|dijadwalkan|direncanakan|rencananya|berencana|merencanakan|berniat|mendatang|menjelang|jelang"  # "menjelang kembalinya Trump ... pada 20 Januari": ahead
                     r"|(?:diperkirakan|diharapkan)\s+(?:akan\s+)?(?:digelar|diadakan|dilaksanakan|berlangsung|dimulai"
                     r"|keluar|diumumkan|dirilis|rampung|selesai|tiba))\b",  # "Hasil akhir ... diperkirakan keluar pada Senin (23/10/2017)"
                     re.IGNORECASE)  # "pertemuan yang diperkirakan digelar, Selasa (18/11/2025)": expected, to come
_QUOTE_CLOSED = re.compile(r"[”\"]\s*,?\s*[a-z]")  # a quote closed, then its tag: what it held was the speaker's
# "Biden akan menjamu Kishida pada 13 Januari, Gedung Putih mengumumkan Selasa (3 Januari)": the day it was said
_SPEECH = (r"(?:kata|ujar|ungkap|mengatakan|menyatakan|menurut|tutur|mengumumkan|diumumkan"
           r"|melaporkan|menegaskan|menjelaskan|menambahkan|demikian)")  # "..., demikian juru bicara ..., Selasa (7/11/2017)"
_SPEECH_BETWEEN = re.compile(rf"\b{_SPEECH}\b", re.IGNORECASE)
_THE_ACT_TO_COME = re.compile(rf"\s+{_SPEECH}\b", re.IGNORECASE)  # the speech verb a future cue governs itself
# "Kementerian ... mengumumkan, Selasa (21/01/2020), akan mengirim ...": the day it was said,
# whatever it said is to come
_SAID_ON = re.compile(rf"\b{_SPEECH}\s*,?\s*(?:pada\s+)?(?:hari\s+)?$", re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.!?][”\"’)]?\s+(?=[A-Z“\"])")
_YEAR = re.compile(r"(?<![\d/.-])(?:19[5-9]\d|20\d\d)(?![\d/-]|\.\d)")  # "2019." ends a sentence; "2019.5" is no year
# a year that names a thing rather than a time: a lower-case noun right before it ("kesepakatan 2015",
# "tahun fiskal 2024", "pakta 1965"), not a word that leads to a time ("pada 2015", "sejak 2015")
_YEAR_OF_A_THING = re.compile(
    r"\b(?!(?:tahun|pada|sejak|hingga|sampai|dan|atau|dari|ke|di|dalam|per|mulai|awal|akhir|pertengahan|medio"
    r"|sebelum|setelah|sesudah|selama|menjelang|jelang|bulan|tanggal|hari|musim)\b)[a-z]+\s+$")
INCOMING_REACH = timedelta(days=100)  # an election, or an appointment, to the day the term begins
# ("Denny Tamaki terpilih kembali": re-elected, in office all along)
_INCOMING = re.compile(r"\s+(?:yang\s+akan\s+datang|yang\s+baru\s+terpilih|terpilih(?!\s+(?:kembali|lagi)\b)|mendatang"
                       # "Donald Trump memenangkan pemilu presiden AS ...": just elected (not "... pemilu 2016", history)
                       r"|(?:memenangkan|memenangi|menangi)\s+(?:pemilu|pemilihan|pilpres)(?![^.,;]{0,40}?\b(?:19|20)\d\d\b))\b",
                       re.IGNORECASE)
# "Presiden terpilih Amerika Serikat (AS) Donald Trump", "president-elect": the office's title, its holder to come
_ELECT_TITLE = re.compile(r"\b(?:terpilih|president-elect|presiden-terpilih)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# "Onaga terpilih menjadi gubernur tahun lalu": elected in the past, in office now
_ELECTED_BEFORE = re.compile(r"\s+terpilih\s+(?:menjadi|sebagai)\s+(?:\w+\s+){1,3}?(?:tahun\s+lalu|pada\s+(?:tahun\s+)?\d{4}|sejak)\b",
                             re.IGNORECASE)
FORMER = re.compile(r"\b(?:mantan|eks|bekas|former|almarhum|mendiang)\b", re.IGNORECASE)
# "Gubernur Okinawa sebelumnya, Hirokazu Nakaima": a title, its place, then "before" (not "Sebelumnya, Prabowo ...")
_HELD_BEFORE = re.compile(r"\b(?i:" + alternation(sorted(TITLE_CUES_LOWER)) + r")(?:\s+[A-Z][\w-]*){0,3}\s+(?i:sebelumnya|terdahulu)\s*,\s*$")

_LOOKBACK = 90  # characters before a mention that its cues may stand in
# an anniversary marked: "memperingati 71 tahun berakhirnya Perang Korea", "peringatan ke-70 gencatan senjata", "HUT ke-75"
# (not "peringatan 3 tahun lalu", a warning three years ago)
_ANNIVERSARY = re.compile(r"\b(?i:memperingati|peringatan|hut|ulang\s+tahun)\s+(?:ke-?\s?(?P<nth>\d{1,3})(?:\s+tahun)?"
                          r"|(?P<n>\d{1,3})\s+tahun(?!\s+(?:lalu|silam|yang\s+lalu|terakhir|mendatang|ke\s+depan)\b))\b"
                          # "Hampir 22 tahun telah berlalu" after "Pada 17 September 2002": the years passed since it
                          r"|\b(?P<passed>\d{1,3})\s+tahun\s+(?:telah\s+|sudah\s+)?berlalu\b")
# an event's day the text says years have passed since ("Hampir 22 tahun telah berlalu"): background, not the news's
_YEARS_PASSED_AFTER = re.compile(r"[^.!?]*[.!?]?\s*[^.!?]{0,40}?\b\d{1,3}\s+tahun\s+(?:telah\s+|sudah\s+)?berlalu\b")


@dataclass
class _Context:
    """What the steps share: the text, the officials named, the store's stamp, today."""

    paragraphs: list[str]
    reference: date
    officials: list[tuple[str, tuple]]  # (name, terms that may date the article)
    stamp: str | None
    text_years: list[int]
    time_years: list[int] = field(default_factory=list)  # of text_years, those named as a time, not a thing's name
    url_dates: list[tuple[date | None, int, str]] = field(default_factory=list)  # (day, year, the URL's words)
    caption_years: list[int] = field(default_factory=list)  # the years the photo captions name
    link_years: list[int] = field(default_factory=list)  # the years related stories' addresses name
    page_date: date | None = None  # the page's own date line
    mentions: list[DateMention] = field(default_factory=list)  # every date the text writes (dates.find_mentions)
    captions: list[str] = field(default_factory=list)  # the photos' captions
    _events: list[events.Event] | None = None
    _eras: list[events.Era] | None = None

    @property
    def dated_events(self) -> list[events.Event]:
        """The dated events the text names with their day (index/events.py), found once, when asked."""
        if self._events is None:
            self._events = events.dated_events("\n".join(self.paragraphs), self.named_events)
        return self._events

    @cached_property
    def torn_days(self) -> set[str]:
        """The days ("11-28") the text writes without a year beside two different weekdays: one
        weekday is misprinted, neither pins the year."""
        said: dict[str, set[int]] = {}
        for m in self.mentions:
            if m.basis == "weekday-inferred" and m.weekday is not None and len(m.value) == 10:
                said.setdefault(m.value[5:], set()).add(m.weekday)
        return {day for day, weekdays in said.items() if len(weekdays) > 1}

    @cached_property
    def days_in_full(self) -> frozenset[str]:
        """The days the text writes with their year."""
        return frozenset(m.value for m in self.mentions if m.basis == "explicit")

    @cached_property
    def times_written(self) -> Counter[str]:
        """How many times the text writes each day (counted once: a text of many dates is not read again per date)."""
        return Counter(m.value for m in self.mentions)

    @cached_property
    def months_last_year(self) -> set[int]:
        """The months the text calls last year's ("pada Oktober tahun lalu"): a day of one of them, written in full
        ("dikutip Antara pada 27 Oktober 2023"), is a day of the year before the story's."""
        named = (dates.month_number(m.group("month")) for p in self.paragraphs for m in _MONTH_LAST_YEAR.finditer(p))
        return {n for n in named if n is not None}

    @cached_property
    def past_floor(self) -> tuple[date, str] | None:
        """The latest full day the text tells as past, and its words ("kesepakatan militer 19 September 2018"): a
        day the text writes without its year is no earlier (a story of 2017 cannot recall an agreement of 2018)."""
        days = [(date.fromisoformat(m.value), m.text) for m in self.mentions if m.basis == "explicit"
                and len(m.value) == 10 and int(m.value[:4]) >= EARLIEST_NEWS_YEAR and not _told_as_coming(self, m)]
        return max((d for d in days if d[0] <= self.reference), default=None)

    @cached_property
    def anniversary_years(self) -> dict[int, str]:
        """The years an anniversary the text marks falls in, with its words: "memperingati 71 tahun berakhirnya
        Perang Korea" beside "berakhir pada 27 Juli 1953" is 2024 (every year the text names, plus 71)."""
        found: dict[int, str] = {}
        for para in self.paragraphs:
            for m in _ANNIVERSARY.finditer(para):
                n = int(m.group("nth") or m.group("n") or m.group("passed"))
                found.update({y + n: m.group().strip() for y in self.time_years if y + n <= self.reference.year})
        return found

    @cached_property
    def named_events(self) -> list[events.Event]:
        """The events the text names, their day written or not (index/events.py)."""
        return events.named_events("\n".join(self.paragraphs))

    @cached_property
    def writing_weekday(self) -> int | None:
        """The weekday the lede says the story is written on ("Jumat pagi ini"), if it says."""
        for para in self.paragraphs[:LEDE_PARAGRAPHS]:
            for m in _WRITING_WEEKDAY.finditer(para):
                if (number := _weekday_of(m.group("wd") or m.group("wd2"))) is not None:
                    return number
        return None

    @cached_property
    def lede_weekday(self) -> tuple[int, str] | None:
        """The weekday the lede gives the news without its day (_lede_weekday), found once."""
        return _lede_weekday(self)

    @property
    def named_eras(self) -> list[events.Era]:
        """The eras the text names (index/events.py), found once, when asked."""
        if self._eras is None:
            self._eras = events.named_eras("\n".join(self.paragraphs))
        return self._eras


# "Jumat pagi ini", "hari ini, Kamis": the weekday of writing, without its date
_WRITING_WEEKDAY = re.compile(r"\b(?P<wd>[A-Z][a-z']{3,6})\s+(?:pagi|siang|sore|malam)\s+ini\b"
                              r"|\bhari\s+ini\s*,\s*(?P<wd2>[A-Z][a-z']{3,6})\b(?!\s*,?\s*\(?\d)")


def _weekday_of(word: str) -> int | None:
    """The weekday a capitalised word names (0 = Monday), or None."""
    try:
        return dates._weekday_number(word)
    except KeyError:
        return None


# --- step 2: which mention dates the article ------------------------------------------


def _before(ctx: _Context, m: DateMention) -> str:
    para = ctx.paragraphs[m.paragraph]
    return para[max(_sentence_start_of(para, m.start), m.start - _LOOKBACK, 0):m.start]


# "Hal itu diungkapkan X ... menjelang kunjungan Trump di Jepang, Sabtu (25/5/2019).": a sentence that tells
# when something was said (its day is the saying's, whatever it was said ahead of)
_SAID_FRAME = re.compile(r"\s*(?:Hal|Pernyataan|Komentar|Keterangan)\s+(?:itu|ini|tersebut)\s+(?:juga\s+)?"
                         r"(?:diungkapkan|disampaikan|dikatakan|ditegaskan|dijelaskan|dikemukakan|diutarakan)\b")
# "Obama, Jumat (1/4), akan berpidato": the day of an act to come, told after it
_COMING_AFTER = re.compile(r"\s*(?:mendatang|nanti|yang\s+akan\s+datang|,?\s*akan\s+(?!datang\b)[a-z]+)\b", re.IGNORECASE)


def _sentence_start_of(para: str, pos: int) -> int:
    """Where the sentence holding `pos` starts (its cues of time may stand far before a date)."""
    starts = [x.end() for x in _SENTENCE_START.finditer(para, 0, pos)]
    return starts[-1] if starts else 0


def _is_future(before: str) -> bool:
    """A future cue of the writer's before a mention: not one a quote closed since holds
    ("“Pemerintah akan ...,” lanjut kementerian itu, seperti dilansir ..., Senin (8/3/2021)"),
    nor one a relative clause of a thing done since leaves ("... akan melonjak tahun depan,
    berdasarkan anggaran yang disetujui pada Jumat (22/12)": the budget was approved that day)."""
    found = list(_FUTURE.finditer(before))
    if not found:
        return False
    after = found[-1].end()
    if (act := _THE_ACT_TO_COME.match(before, after)) is not None:
        after = act.end()  # "kemungkinan akan diumumkan pada Jumat (16/12/2022)": the announcing is what is to come
    said_there = _SPEECH_BETWEEN.search(before, 0, found[-1].start()) and _AT_THE_OCCASION.search(before, after)
    return not (_SPEECH_BETWEEN.search(before, after) or _QUOTE_CLOSED.search(before, after) or _DONE_SINCE.search(before, after)
                or said_there)


# "Prabowo mengatakan Indonesia ... akan melanjutkan proyek ... saat pertemuan bilateral ..., Sabtu, 1 November 2025":
# what is to come was said at an occasion, and the day is the occasion's
_AT_THE_OCCASION = re.compile(r"\b" + alternation(OCCASION_OPENERS).replace(r"\ ", r"\s+") + r"\s+"
                              + alternation(OCCASION_NOUNS).replace(r"\ ", r"\s+") + r"\b", re.IGNORECASE)


_DONE_SINCE = re.compile(r"\byang\s+(?:telah\s+|sudah\s+)?di[a-z]{3,}(?:kan|i)?\b(?=[^.]{0,40}$)", re.IGNORECASE)


LEDE_BONUS = 1  # a mention in the first three paragraphs weighs this much more
DEEP_PARAGRAPH = 4  # a weekday-and-date past this paragraph tells of an earlier event more than of the news day


def _told_as_coming(ctx: _Context, m: DateMention) -> bool:
    """The day of something to come ("dijadwalkan ... pada Jumat (13/1/2023)", "Senin (13/11) mendatang"), as
    its sentence tells it."""
    para = ctx.paragraphs[m.paragraph]
    return _is_future(para[_sentence_start_of(para, m.start):m.start]) or (
        _COMING_AFTER.match(para, m.end) is not None and not _SAID_ON.search(_before(ctx, m)))


def score_mention(ctx: _Context, m: DateMention) -> tuple[int, Evidence | None]:
    """How strongly a mention dates the article, and the citation it comes with."""
    before = _before(ctx, m)
    para = ctx.paragraphs[m.paragraph]
    this_day = (_THIS_DAY.match(para, m.end) or _THIS_WEEKDAY.match(para, m.start, m.end)) is not None and not _is_future(before)
    today = _TODAY.search(before) is not None or this_day
    citation = _CITATION.search(before)  # "... akan bergabung ..., dirilis Sputniknews.com, Minggu 4-11-2018": the report's day
    # ("Hal itu diungkapkan ..., Sabtu (25/5/2019)": a sentence telling when something was said dates the saying)
    coming = citation is None and not _SAID_FRAME.match(para, _sentence_start_of(para, m.start)) and _told_as_coming(ctx, m)
    long_ago = m.weekday is None and (_AGO_AFTER.match(para, m.end) is not None  # "pada 26 Maret 2010 lalu"
                                      or _YEARS_PASSED_AFTER.match(para, m.end) is not None)
    long_ago = long_ago or (m.basis == "explicit" and len(m.value) == 10 and int(m.value[5:7]) in ctx.months_last_year)
    if _BACKGROUND.search(before) or _RANGE_END.search(before) or (coming and not today) or long_ago:
        return -10, None  # "dijadwalkan ... pada Jumat (13/1/2023)", "mulai hari Senin (13/11/2017) mendatang"
    if m.weekday is not None and ctx.writing_weekday not in (None, m.weekday):
        return -10, None  # "Selasa pagi (29/8)" in a story written "Jumat pagi ini": an earlier day
    if _off_the_lede_weekday(ctx, m) or _before_the_ledes_official(ctx, m):
        return -10, None
    cited_after = _CITED_AFTER.match(para, m.end) is not None  # "Senin (28/10), dikutip Al Jazeera"
    dated_day = m.weekday is not None or m.basis == "weekday-inferred"  # (with no weekday, only "pada (12/10)": a day's)
    score = (3 if citation or today or cited_after else 0) + ((2 if m.paragraph <= DEEP_PARAGRAPH else 1) if dated_day else 0)
    score += (1 if m.basis == "explicit" else 0) + (LEDE_BONUS if m.paragraph <= 2 else 0)
    if not dated_day and m.paragraph > 2 and not (citation or today or cited_after) and not _told_again(ctx, m):
        return 0, None  # "Tanggal 20 Desember 2018, sebuah pesawat ..." deep in an analysis: the day it recalls
    return score, Evidence("citation", _CITATION_TAIL.sub("", citation.group()).strip(" ,")) if citation else None


def _told_again(ctx: _Context, m: DateMention) -> bool:
    """Whether a day the text writes is written again, in the text or under a photo of that day: a
    day the story keeps to (a lone full date past the lede, with no weekday, is one it recalls)."""
    return ctx.times_written[m.value] > 1 or any(m.text in c for c in ctx.captions)


def _before_the_ledes_official(ctx: _Context, m: DateMention) -> bool:
    """A full date past the lede, with no weekday, before the term of an official the lede names by that office
    ("Presiden Korea Selatan Moon Jae-in mengundang ..." then "kesepakatan yang dicapai pada 28 Desember 2015"): the
    past the story recalls, not its day."""
    if m.paragraph == 0 or m.weekday is not None or m.basis != "explicit" or len(m.value) != 10:
        return False
    day, lede = date.fromisoformat(m.value), ctx.paragraphs[0]
    for name, terms in ctx.officials:
        at = lede.find(name)
        if at > 0 and terms and all(day < t.start for t in terms) \
                and any(t.role in lede[max(0, at - TITLE_REACH):at] for t in terms):
            return True
    return False


TITLE_REACH = 40  # characters before a name where its office's title stands ("Presiden Korea Selatan Moon Jae-in")


def _off_the_lede_weekday(ctx: _Context, m: DateMention) -> bool:
    """A full date printed without its weekday that falls on another weekday than the one the lede
    gives the news ("kata Mao Ning ... pada Senin"; "pada 22 Desember 2023, Kabinet Jepang menyetujui",
    a Friday): another event's day, not the story's."""
    if m.weekday is not None or m.basis != "explicit" or len(m.value) != 10 or ctx.lede_weekday is None:
        return False
    return date.fromisoformat(m.value).weekday() != ctx.lede_weekday[0]


# Indonesian news on the web begins in the mid-1990s: an older date ("7 Desember 1941") is history
EARLIEST_NEWS_YEAR = 1995


def _best_mention(ctx: _Context, mentions: list[DateMention]) -> tuple[DateMention, Evidence | None] | None:
    best = None
    for m in mentions:
        if m.basis not in ("explicit", "weekday-inferred") or int(m.value[:4]) < EARLIEST_NEWS_YEAR:
            continue
        if m.basis == "weekday-inferred" and m.value[5:] in ctx.torn_days:
            continue  # "Selasa (28/11)" and "Rabu (28/11)": one weekday is misprinted, neither pins the year
        score, cite = score_mention(ctx, m)
        if score > 0 and (best is None or _stronger(score, m, best[0], best[1])):
            best = (score, m, cite)
    return (best[1], best[2]) if best else None


def _stronger(score: int, m: DateMention, best_score: int, best: DateMention) -> bool:
    """Whether a mention dates the story over the best so far: it scores more, unless the
    best is a later day short of it only by the lede's place; or it is such a later day
    itself (a story is written after what it reports, in whichever order the text tells it)."""
    if _later(m, best) or _later(best, m):  # days of one week's news: a day printed against its weekday yields
        if _less_sure(m, best):
            return False
        if _less_sure(best, m):
            return True
    if m.weekday is not None and m.weekday == best.weekday and (_less_sure(m, best) or _less_sure(best, m)):
        # "Senin ini (13/8/2021)" and "Senin ini (13/9/2021)": one Monday, misprinted once; the date it fits is the day
        return _less_sure(best, m)
    if score >= best_score - LEDE_BONUS and _later(m, best):
        return True
    return score > best_score and not (best_score >= score - LEDE_BONUS and _later(best, m))


def _less_sure(m: DateMention, other: DateMention) -> bool:
    """A day printed against its own weekday ("Kamis (25/05/18)", a Friday) beside one whose weekday fits ("Kamis
    (24/5/18)"): one of its two is misprinted, and being later does not make it the story's day."""
    return _printed_against_its_weekday(m) is not None and _printed_against_its_weekday(other) is None


def _later(m: DateMention, other: DateMention) -> bool:
    """A later day, within the week before it: a story of one week's news (two weekdays
    days apart); a date months away is another story's, and keeps the first one's place."""
    if len(m.value) != 10 or len(other.value) != 10:
        return False
    mine, theirs = date.fromisoformat(m.value), date.fromisoformat(other.value)
    # "pada Sabtu 21 Oktober" after "berakhir pada Jumat 20 Oktober 2017": each in the other's year
    day, other_day = (_in_year_of(m, theirs), _in_year_of(other, mine)) if m.basis != other.basis else (mine, theirs)
    return day is not None and other_day is not None and 0 < (day - other_day).days <= 7


def _in_year_of(m: DateMention, other: date) -> date | None:
    """A year-less weekday date put in the year of an explicit one, if its weekday holds
    there; an explicit date as it is."""
    if m.basis == "explicit":
        return date.fromisoformat(m.value)
    if m.basis != "weekday-inferred" or m.weekday is None:
        return None
    _y, month, day = map(int, m.value.split("-"))
    moved = dates.safe_date(other.year, month, day)
    return moved if moved is not None and moved.weekday() == m.weekday else None


# --- step 3: the year of a year-less date -----------------------------------------------


_SHORT_ASIDE = re.compile(r"\s*\([^()]{1,12}\)")  # a country's or an office's short form in brackets: "(AS)", "(Menlu)"


# a post right before a name, then only the capitalised words of its body and country ("Juru bicara Kementerian
# Pertahanan Korsel Kim Min-seok"), not a word of the sentence ("juru bicara pemerintah Jepang" is a wider office)
_POST_BEFORE = re.compile(r"\b(?P<post>(?i:" + alternation(POSTS) + r"))(?:\s+[A-Z][\w-]*)*\s*$")


def officials(paragraphs: list[str], ents, gaz, side_people: tuple[str, ...] = ()) -> list[tuple[str, tuple]]:
    """People named in office: their terms, narrowed to the office the article gives them
    ("Menlu AS Mike Pompeo": secretary of state, not CIA director). Former officials
    ("mantan Presiden") date nothing."""
    before: dict[str, list[str]] = {name: [""] for name in side_people}
    incoming: set[str] = set()
    posts: dict[str, list[str]] = {}  # the posts the text gives a person right before their name
    for e in ents.entities:
        if e.type == "person":
            window = _SHORT_ASIDE.sub("", paragraphs[e.paragraph][max(0, e.start - 60):e.start])  # "Mantan presiden AS (AS) Trump"
            clause = re.split(r"[,.;:“”\"()]", window)[-1]
            para = paragraphs[e.paragraph]
            if _INCOMING.match(para, e.end) and not _ELECTED_BEFORE.match(para, e.end) or _ELECT_TITLE.search(clause):
                incoming.add(e.canonical)  # "Biden terpilih", "Presiden terpilih AS Donald Trump": not yet in office
            # "Gubernur Okinawa sebelumnya, Hirokazu Nakaima": an office held before, or "saat itu" (then): no date now
            before.setdefault(e.canonical, []).append("mantan" if _HELD_BEFORE.search(window) else expand_title(clause))
            if (post := _POST_BEFORE.search(clause)) is not None:
                posts.setdefault(e.canonical, []).append(post.group("post").lower())
    out = []
    for name, roles in before.items():
        entry = gaz.entry(name)
        roles = [r for r in roles if r] or [""]
        if entry is None or not entry.terms or any(FORMER.search(r) for r in roles):
            continue
        terms = tuple(t for t in entry.terms if any(t.role.lower() in r for r in roles))
        given = posts.get(name)
        if not terms and given and not any(post in t.role.lower() for post in given for t in entry.terms):
            continue  # "Juru bicara Kementerian Pertahanan Korsel Kim Min-seok": not the PM of 2025
        terms = terms or entry.terms
        if name in incoming:  # "pemerintahan Biden yang akan datang": the months before a term begins
            terms = tuple(Term(t.role, t.start - INCOMING_REACH, t.start - timedelta(days=1)) for t in terms)
        out.append((name, terms))
    return out


def _candidate_days(day: int, month: int, weekday: int | None, reference: date) -> list[date]:
    out = []
    for year in range(reference.year, reference.year - 29, -1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= reference and (weekday is None or d.weekday() == weekday):
            out.append(d)
    return out


def _in_office(ctx: _Context, d: date) -> list[str]:
    return [name for name, terms in ctx.officials if any(t.covers(d) for t in terms)]


def _events_before(ctx: _Context, d: date) -> list[str]:
    """The events a day follows: within the year after one whose day the text writes, or
    within days of one it only names."""
    dated = [e.name for e in ctx.dated_events if events.follows(e, d)]
    return dated + [e.name for e in ctx.named_events if e.name not in dated and events.soon_after(e, d)]


def _in_era(ctx: _Context, d: date) -> list[str]:
    return [e.name for e in ctx.named_eras if e.start <= d <= e.end]


def _stamp_fits(ctx: _Context, d: date) -> bool:
    if not ctx.stamp:
        return False
    y, m = map(int, ctx.stamp.split("-"))
    return abs((d.year * 12 + d.month) - (y * 12 + m)) <= 2


# the date in a page's address: "/2019/08/06/", "/2019/08/", "/20190806" (also "/20190806123456-106-...")
_URL_DATE_FORMS = (
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?:(?P<d>[0-3]?\d)/)?"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?:\d{6})?(?=[/_.-]|$)"),
)
URL_REACH_DAYS = 7  # a story may tell of a day up to a week before the day it was published


def url_dates(urls: tuple[str | None, ...]) -> list[tuple[date | None, int, str]]:
    """The dates the page's URLs carry: (the day, or None for a year and month; the year; the words)."""
    out = []
    for url in filter(None, urls):
        for form in _URL_DATE_FORMS:
            if (m := form.search(url)) is None or not 1 <= int(m.group("m")) <= 12:
                continue
            try:
                day = date(int(m.group("y")), int(m.group("m")), int(m.group("d"))) if m.group("d") else None
            except ValueError:
                continue
            out.append((day, int(m.group("y")), m.group()))
            break
    return out


def _url_fits(ctx: _Context, d: date) -> str | None:
    """The URL words that date d: its year, or its day a few days after d."""
    for day, year, words in ctx.url_dates:
        if d.year == year or (day is not None and 0 <= (day - d).days <= URL_REACH_DAYS):
            return words
    return None


def _page_date_fits(ctx: _Context, d: date) -> bool:
    """The page's own date line falls on d or a few days after it ("Monday, December 24, 2018"
    over "Senin (24/12)"): it pins the year a weekday alone could not."""
    return ctx.page_date is not None and 0 <= (ctx.page_date - d).days <= URL_REACH_DAYS


_NAMED_YEAR_KINDS = ("year-in-text", "year-in-caption", "year-in-link")  # where a year was named (_named_years)


def _named_years(ctx: _Context, as_time: bool = False) -> tuple[tuple[str, list[int]], ...]:
    """The years the body names (`as_time`: only those named as a time), then those its
    photo captions name, then those its related stories' addresses name (evidence kinds)."""
    return tuple(zip(_NAMED_YEAR_KINDS, (ctx.time_years if as_time else ctx.text_years, ctx.caption_years, ctx.link_years),
                     strict=True))


NEAR_NAMED_YEAR = 3  # an article names its own year or one a few years back; an older year is history


def _in_named_years(ctx: _Context, days: list[date]) -> tuple[list[date], str, int | None]:
    """The days in a year named as a time (or the year after one), where that year was named,
    and, when none is, the latest year named that a day follows closely ("pernah terjadi pada
    2013": 2016 rather than 2021). "kesepakatan 2015" does not break a tie between 2015 and
    2020 (the deal is past)."""
    for kind, years in _named_years(ctx, as_time=True):
        if named := [d for d in days if d.year in years or d.year - 1 in years]:
            return named, kind, None
    for kind, years in _named_years(ctx, as_time=True):
        latest = max((y for y in years if y <= ctx.reference.year), default=None)
        if named := [d for d in days if latest is not None and 0 <= d.year - latest <= NEAR_NAMED_YEAR]:
            return named, kind, latest
    return [], "year-in-text", None


def _support(ctx: _Context, d: date) -> int:
    """How much the text's other evidence backs a day: officials in office, events before it, an
    era, the page store's month, the page's address, the page's own date line, an anniversary it marks."""
    return (len(_in_office(ctx, d)) + len(_events_before(ctx, d)) + len(_in_era(ctx, d)) + (2 if _stamp_fits(ctx, d) else 0)
            + (3 if _url_fits(ctx, d) else 0) + (3 if _page_date_fits(ctx, d) else 0)
            + (3 if d.year in ctx.anniversary_years else 0))


def _support_evidence(ctx: _Context, d: date) -> list[Evidence]:
    """What `_support` counted for a day, as the evidence shown with it."""
    ev = [Evidence("official", name) for name in _in_office(ctx, d)]
    ev += [Evidence("event", name) for name in _events_before(ctx, d)]
    ev += [Evidence("era", name) for name in _in_era(ctx, d)]
    ev += [Evidence("url", words)] if (words := _url_fits(ctx, d)) else []
    ev += [Evidence("page-date", ctx.page_date.isoformat())] if ctx.page_date and _page_date_fits(ctx, d) else []
    ev += [Evidence("stamp", ctx.stamp)] if ctx.stamp and _stamp_fits(ctx, d) else []
    ev += [Evidence("anniversary", words)] if (words := ctx.anniversary_years.get(d.year)) else []
    return ev


def _told_as_past(ctx: _Context, printed: date, other: date) -> int:
    """1 when the text tells of a month after the printed day and not after the other ("Jumat
    (6/1/2016)" in a story of a statue set up "pada Desember 2016": Friday 6 January 2017)."""
    months = [date(int(m.value[:4]), int(m.value[5:7]), 1) for m in ctx.mentions if len(m.value) == 7
              and not _is_future(ctx.paragraphs[m.paragraph][_sentence_start_of(ctx.paragraphs[m.paragraph], m.start):m.start])]
    return int(any(printed < month <= other for month in months))


def _weekday_fits_another_year(ctx: _Context, m: DateMention, words: Evidence) -> DateChoice | None:
    """A full date whose weekday is wrong for its year, when the year before or after has that day
    on that weekday and the text's evidence backs it better ("Jumat (16/3/17)" beside Kang Kyung-wha,
    minister from June 2017, in a page stored in March 2018: 16 March 2018, a Friday). Said to be a guess."""
    if (against := _printed_against_its_weekday(m)) is None:
        return None
    printed, said = against
    near = [d for y in (printed.year - 1, printed.year + 1)
            if (d := dates.safe_date(y, printed.month, printed.day)) is not None and d.weekday() == said and d <= ctx.reference]
    best = max(near, key=lambda d: _support(ctx, d), default=None)
    if best is None or _support(ctx, best) + _told_as_past(ctx, printed, best) <= _support(ctx, printed):
        return None
    warning = wording.YEAR_AGAINST_WEEKDAY.format(text=m.text, printed=printed.year, said=wording.WEEKDAYS[said], year=best.year)
    return DateChoice(best.isoformat(), "weekday-inferred", m.text, (words, *_support_evidence(ctx, best)), (warning,))


FLOOR_SLACK_DAYS = 183  # a full day the text writes may be one to come, unmarked ("dalam pemilihan 31 Oktober 2021"):
# only days half a year and more before it are ruled out


def pick_year(ctx: _Context, day: int, month: int, weekday: int | None) -> tuple[date | None, list[Evidence], str]:
    """The day the evidence supports, its evidence, and how sure: "sure", "tie" (the
    officials named were in office in several fitting years), "near" (of those, the first
    after the latest year the text names), "named" (of those, a year the text names, maybe
    for another event) or "weekday-only"."""
    days = _candidate_days(day, month, weekday, ctx.reference)
    floor = ctx.past_floor
    later = [d for d in days if floor is not None and d >= floor[0] - timedelta(days=FLOOR_SLACK_DAYS)]
    after = [Evidence("after-day", floor[1])] if floor is not None and later and len(later) < len(days) else []
    days = later or days
    if not days:
        return None, [], "weekday-only"
    scored = [(_support(ctx, d), d) for d in days]
    top = max(s for s, _d in scored)
    if top > 0:
        best = [d for s, d in scored if s == top]
        named, kind, before = _in_named_years(ctx, best)
        chosen = (named or best)[0]  # the most recent of the best supported, a year the text names first
        # (the floor said only when the day is after it: a day to come within its slack is no past recalled)
        ev = _support_evidence(ctx, chosen) + (after if floor is not None and chosen >= floor[0] else [])
        ev += [Evidence(kind, str(before or chosen.year))] if named and len(best) > 1 else []
        # "named": the officials left several years open and only a year the text names chose one
        return chosen, ev, "tie" if len(named or best) > 1 else "near" if before and len(best) > 1 \
            else "named" if named and len(best) > 1 else "sure"
    # the latest year the text mentions, when a fitting year follows it closely (an article
    # mentions its own year or the one before; an old year, "1972", is history)
    for kind, years in _named_years(ctx, as_time=True):  # not "rencana yang disepakati 2012": a thing's year, history
        latest = max((y for y in years if y <= ctx.reference.year), default=None)
        near = [d for d in days if latest is not None and 0 <= d.year - latest <= NEAR_NAMED_YEAR]
        if near:  # a caption's photo is of the story's days ("... pada 23 Oktober 2019. ANTARA FOTO/...")
            return min(near), [Evidence(kind, str(latest))], "sure"
    return days[0], [Evidence("weekday-only", str(days[0].year))], "weekday-only"


# --- the pipeline -----------------------------------------------------------------------


def _from_timestamp(cleaned, reference: date) -> DateChoice | None:
    if not cleaned.timestamp:
        return None
    found, _warn = dates.publication_date([cleaned.timestamp], reference)
    if found is None or found.basis != "explicit":
        return None
    return DateChoice(found.value, "explicit", found.text, (Evidence("timestamp", cleaned.timestamp.strip()),))


def _from_dated_dateline(cleaned, reference: date) -> DateChoice | None:
    """"Himalayapost.id – Moskow, 18 Januari 2024 –": a dateline that carries the full date."""
    found, _warn = dates.publication_date([cleaned.dateline_date or ""], reference)
    if found is None or found.basis != "explicit" or not re.search(r"\d{4}", cleaned.dateline_date):
        return None
    return DateChoice(found.value, "explicit", found.text, (Evidence("dateline", cleaned.dateline_date.strip()),))


# days: a year only the weekday gives is taken when the day it makes is this recent (a page read days after it was
# written: a feed's, one with its own date line); older, the latest year that fits is as good as any other ("Senin
# (11/12)" read in 2026 fits 2023, 2017 and 2012: 2023 was taken, the story was of 2017), and the story is undated
TIE_YEARS_UNPINNED = 3  # fitting years the officials named all held office in: this many leave the year open
WEEKDAY_ONLY_REACH = 45
YEARS_SHOWN = 3  # of the years that fit, the latest ones said


def _dated(ctx: _Context, m: DateMention, cite: Evidence | None) -> DateChoice:
    words = Evidence("words", m.text)
    if m.basis == "explicit":
        return _weekday_fits_another_year(ctx, m, words) or DateChoice(
            m.value, "explicit", m.text, tuple(e for e in (words, cite) if e), _against_its_weekday(m))
    _y, month, day = map(int, m.value.split("-"))
    chosen, ev, status = pick_year(ctx, day, month, m.weekday)
    if chosen is None:
        return UNKNOWN
    from_a_year_named = status == "sure" and ev and ev[0].kind in _NAMED_YEAR_KINDS  # "2014" named, 2016 the next fit
    if (status == "weekday-only" or from_a_year_named) and (held := _weekday_against_officials(ctx, day, month)):
        # "Kamis (12/8)" beside Yoon Suk-yeol: 12 August was a Thursday in none of his years; "Jumat (23/12)"
        # beside Kepala Sekretaris Kabinet Hayashi (2023-2025) is no 2016, whatever year the text named
        return DateChoice(None, "unknown", None, warnings=(wording.WEEKDAY_AGAINST_OFFICIALS.format(
            text=m.text, people=", ".join(_in_office(ctx, held))),))
    fitting = [d for d in _candidate_days(day, month, m.weekday, ctx.reference) if status != "tie" or _all_in_office(ctx, d)]
    if (status == "weekday-only" or (status == "tie" and len(fitting) >= TIE_YEARS_UNPINNED)) \
            and (ctx.reference - chosen).days > WEEKDAY_ONLY_REACH:
        # (a tie of three years or more too: "Minggu (23/8)" beside Kim Jong Un, in office in each, pins none)
        years = [str(d.year) for d in fitting[:YEARS_SHOWN]]
        return DateChoice(None, "unknown", None, warnings=(wording.YEAR_NOT_PINNED.format(text=m.text, years=", ".join(years)),))
    warnings = _tied_years(status, m.text, chosen, ev)
    if status == "weekday-only":
        warnings = (wording.YEAR_FROM_WEEKDAY.format(text=m.text, year=chosen.year),)
    elif from_a_year_named and ev[0].text != str(chosen.year):  # "pada 2014" named, 2016 the first year to fit after it
        warnings = (wording.YEAR_AFTER_NAMED.format(text=m.text, year=chosen.year, named=ev[0].text),)
    elif from_a_year_named or status == "named":  # "dihancurkan pada 2009": the year of another event may be the one named
        warnings = (wording.YEAR_FROM_NAMED.format(text=m.text, year=chosen.year),)
    # the page's date line, or the text elsewhere ("pada Rabu (6/1)" then "pada 6 Januari 2016"), says the day in full
    basis = "explicit" if chosen == ctx.page_date or _written_in_full(ctx, chosen) else "weekday-inferred"
    return DateChoice(chosen.isoformat(), basis, m.text, tuple(e for e in (words, cite, *ev) if e), warnings)


def _written_in_full(ctx: _Context, day: date) -> bool:
    """Whether the text writes this day with its year somewhere."""
    return day.isoformat() in ctx.days_in_full


def _printed_against_its_weekday(m: DateMention) -> tuple[date, int] | None:
    """The full date a mention prints and its printed weekday, when that weekday does not fit it; else None."""
    printed = date.fromisoformat(m.value) if len(m.value) == 10 else None
    if printed is None or m.weekday is None or printed.weekday() == m.weekday:
        return None
    return printed, m.weekday


def _against_its_weekday(m: DateMention) -> tuple[str, ...]:
    """"Selasa (26/5/2025)", 26 May 2025 a Monday: the date taken as printed is said to be uncertain
    (the day or the weekday is misprinted, and which one the text does not tell)."""
    if (against := _printed_against_its_weekday(m)) is None:
        return ()
    printed, said = against
    return (wording.DAY_AGAINST_WEEKDAY.format(text=m.text, said=wording.WEEKDAYS[said], date=printed.isoformat(),
                                               actual=wording.WEEKDAYS[printed.weekday()]),)


def _tied_years(status: str, text: str, chosen: date, ev: list[Evidence]) -> tuple[str, ...]:
    """The warning for a year the officials named leave open: held office in several fitting
    years, the most recent taken ("tie"), or the first after the latest year the text names
    ("near", that year the last evidence); nothing for another status."""
    if status == "tie":
        return (wording.YEAR_TIE.format(text=text, year=chosen.year),)
    if status == "near":
        return (wording.YEAR_NEAR_NAMED.format(text=text, year=chosen.year, named=ev[-1].text),)
    return ()


def _all_in_office(ctx: _Context, d: date) -> bool:
    """Some officials are named, and each held office on that day."""
    return bool(ctx.officials) and len(_in_office(ctx, d)) == len(ctx.officials)


def _fits_every_official(ctx: _Context, choice: DateChoice) -> bool:
    """A year-less date whose year every official the text names held office in (else one
    fitting only some: "Sabtu (8/1)", a typo, put in 2022 beside Trump and McMaster); a full
    date, unless two officials or more are named and none held office then ("ditandatangani
    pada 12 Oktober 2013" beside Prabowo, Mahfud and Jeong Kyeong-doo: another event's day)."""
    if not choice.value or len(choice.value) != 10 or not ctx.officials:
        return True
    held = len(_in_office(ctx, date.fromisoformat(choice.value)))
    if choice.basis == "explicit":
        return held > 0 or len(ctx.officials) < 2
    return choice.basis != "weekday-inferred" or held == len(ctx.officials)


def _one_fitting_every_official(ctx: _Context, mentions: list[DateMention], passed: DateMention) -> DateChoice | None:
    """Another weekday and day of the text that dates it (a positive score) in a year every
    official named held office in ("Minggu (9/4)" in 2017, beside Trump and McMaster)."""
    for m in mentions:
        if m is passed or m.basis != "weekday-inferred" or m.weekday is None:
            continue
        score, cite = score_mention(ctx, m)
        if score > 0 and _fits_every_official(ctx, choice := _dated(ctx, m, cite)) and choice.value:
            return choice
    return None


def _weekday_against_officials(ctx: _Context, day: int, month: int) -> date | None:
    """The day the officials named pin when the weekday given fits none of their years (the
    weekday or the day is wrong, and which one the text cannot say); else None."""
    chosen, ev, status = pick_year(ctx, day, month, None)
    return chosen if chosen is not None and any(e.kind == "official" for e in ev) else None


# "pada hari Selasa", "pada Kamis": a weekday named without its day ("Selasa (4/10)" is a mention of its own)
_BARE_WEEKDAY = re.compile(r"\b(?i:pada\s+(?:hari\s+)?|hari\s+)(?P<wd>[A-Z][a-z']{3,6})\b(?!\s*\(|\s*,?\s*\d)")
LEDE_PARAGRAPHS = 3  # where the story's own day is told


def _lede_weekday(ctx: _Context) -> tuple[int, str] | None:
    """The first weekday the story's opening paragraphs name without a day, unless it is a
    future's or a background's: (its number, its words)."""
    for para in ctx.paragraphs[:LEDE_PARAGRAPHS]:
        for m in _BARE_WEEKDAY.finditer(para):
            if (number := _weekday_of(m.group("wd"))) is None:
                continue
            before = para[max(0, m.start() - _LOOKBACK):m.start()]
            if not _BACKGROUND.search(before) and not _is_future(before):
                return number, m.group().strip()
    return None


def _day_month(ctx: _Context, day: int, month: int, text: str, cite: Evidence | None = None) -> DateChoice | None:
    """A day and month with no year, dated when the weekday the lede names fits one year only
    ("SEOUL, 6 September (UPI) — ... pada hari Jumat": Friday 6 September in Kishida's years;
    "SEOUL, 1 April (Yonhap) – ... kata sumber pada hari Kamis" beside Prabowo is 2021, not
    2020 after a "pada 2019"); else when the officials named (or the address, or the store's
    stamp) pin one year."""
    if (on_weekday := _on_lede_weekday(ctx, day, month, text, cite)) is not None:
        return on_weekday
    chosen, ev, status = pick_year(ctx, day, month, None)
    if chosen is not None and status == "sure" and any(e.kind in ("official", "url", "stamp") for e in ev):
        return DateChoice(chosen.isoformat(), "context", text, tuple(e for e in (Evidence("words", text), cite, *ev) if e))
    return None


def _on_lede_weekday(ctx: _Context, day: int, month: int, text: str, cite: Evidence | None = None) -> DateChoice | None:
    """A day and month with no year, on the weekday the lede names, in the one year that fits."""
    if (weekday := ctx.lede_weekday) is None:
        return None
    chosen, ev, status = pick_year(ctx, day, month, weekday[0])
    if chosen is None or status != "sure":
        return None
    words = None if cite is not None and cite.text == text else Evidence("words", text)  # (a caption's day: said once)
    found = (words, cite, Evidence("words", weekday[1]), *ev)
    return DateChoice(chosen.isoformat(), "weekday-inferred", text, tuple(e for e in found if e))


def _from_dateline(ctx: _Context, text: str | None) -> DateChoice | None:
    """"TOKYO, Jun 02 (...)", "SEOUL, 6 September (UPI)": the wire dateline's day."""
    m = re.fullmatch(r"(?P<month>[A-Za-z]+)\.?\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<month2>[A-Za-z]+)\.?", text or "")
    if m is None or (month := dates.month_number(m.group("month") or m.group("month2"))) is None:
        return None
    return _day_month(ctx, int(m.group("day") or m.group("day2")), month, m.string)


def _before_a_day_to_come(ctx: _Context, text: str | None) -> DateChoice | None:
    """"TOKYO, RABU — ... kemungkinan akan diumumkan pada Jumat (16/12/2022)": the dateline's weekday, in the week
    before the one day to come the text gives with its own weekday (a day of the coming week), is the story's day."""
    if text is None or (weekday := _weekday_of(text.title())) is None:
        return None
    coming = {m.value: m for m in ctx.mentions if m.weekday is not None and len(m.value) == 10 and _told_as_coming(ctx, m)}
    if len(coming) != 1:
        return None
    m = next(iter(coming.values()))
    ahead = (date.fromisoformat(m.value).weekday() - weekday) % 7
    day = date.fromisoformat(m.value) - timedelta(days=ahead)
    if ahead == 0 or day > ctx.reference:
        return None
    return DateChoice(day.isoformat(), "weekday-inferred", text, (Evidence("words", text), Evidence("words", m.text)))


# "seperti melansir Kyodo News 14 Oktober": a citation's day and month, no year
_CITED_DAY = re.compile(
    r"(?P<cite>\b(?i:dilansir|dikutip|mengutip|melansir|diwartakan)(?:\s+(?:dari|oleh))?(?:\s+[A-Z][\w.&-]*){1,4})"
    r"\s*,?\s*(?:pada\s+)?(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)\b(?!\s*,?\s*\d{4})"
)


# an agency's credit with the day it filed, closing a paragraph: "... sekitar 150 infeksi COVID-19. AFP, 13/07."
_CREDITED_DAY = re.compile(r"(?<=[.!?]\s)(?P<cite>[A-Z]{2,8})\s*,\s*(?P<day>\d{1,2})/(?P<month>0?[1-9]|1[0-2])\.?\s*$")


def _from_citation_day(ctx: _Context) -> DateChoice | None:
    for para in ctx.paragraphs:
        for m in (*_CITED_DAY.finditer(para), *_CREDITED_DAY.finditer(para)):
            word = m.group("month")
            if (month := int(word) if word.isdigit() else dates.month_number(word)) is None:
                continue
            text = m.group()[m.start("day") - m.start():].rstrip(". ") if word.isdigit() else f"{m.group('day')} {word}"
            found = _day_month(ctx, int(m.group("day")), month, text, Evidence("citation", m.group("cite").strip()))
            if found is not None:
                return found
    return None


# "dari tanggal 15 hingga 19 September": a period's first day, no year
_PERIOD = re.compile(r"\b(?P<day>\d{1,2})(?:\s+(?P<first_month>[A-Z][a-z]+))?\s*(?:hingga|sampai(?:\s+dengan)?|s/d|–|-)\s*"
                     r"(?:tanggal\s+)?\d{1,2}\s+(?P<month>[A-Z][a-z]+)\b(?!\s*,?\s*\d{4})")


def _from_period_start(ctx: _Context) -> DateChoice | None:
    """A period the lede tells of, whose first day falls on the weekday the lede names in one
    year only ("pada hari Senin memulai latihan ... dari tanggal 15 hingga 19 September")."""
    for para in ctx.paragraphs[:LEDE_PARAGRAPHS]:
        for m in _PERIOD.finditer(para):
            month = dates.month_number(m.group("first_month") or m.group("month"))
            if month is None or _BACKGROUND.search(para[max(0, m.start() - _LOOKBACK):m.start()]):
                continue
            if found := _on_lede_weekday(ctx, int(m.group("day")), month, m.group()):
                return found
    return None


# "malam ini (21/11)": the day of writing, no year
_TODAY_DAY = re.compile(r"\b(?i:hari|malam|pagi|siang|sore)\s+ini\s*\((?P<day>\d{1,2})/(?P<month>0?[1-9]|1[0-2])\)")


_NUMERIC_DATE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d")


def _one_caption_day(ctx: _Context, captions: list[str]) -> DateMention | None:
    """The one full day (of the years news is from) the photo captions print; None for none or several."""
    found = {m.value: m for m in dates.find_mentions(captions, ctx.reference)[0]
             if m.basis == "explicit" and len(m.value) == 10 and int(m.value[:4]) >= EARLIEST_NEWS_YEAR}
    return next(iter(found.values())) if len(found) == 1 else None


def _from_caption(ctx: _Context, captions: list[str]) -> DateChoice | None:
    """The one full day the photo captions print, when the text dates nothing and tells its news on
    that day's weekday ("... di Yokosuka, Selasa, 28 Mei 2019." under a story of "pada Selasa pagi");
    not one the officials named were out of office on (a file photo's), nor one of several days the
    captions print (which is the news's they do not say)."""
    if ctx.lede_weekday is None or (m := _one_caption_day(ctx, captions)) is None:
        return None
    day = date.fromisoformat(m.value)
    if day.weekday() != ctx.lede_weekday[0] or m.weekday not in (None, day.weekday()) or (ctx.officials and not _all_in_office(ctx, day)):
        return None
    return DateChoice(day.isoformat(), "explicit", m.text, (Evidence("caption", m.text), Evidence("words", ctx.lede_weekday[1])))


# "... berbicara pada media (19/10) di Gedung Kemenlu AS.": a caption's day and month in brackets, no year
_CAPTION_DAY = re.compile(r"\((?P<day>[0-3]?\d)/(?P<month>[01]?\d)\)")


def _from_caption_day(ctx: _Context, captions: list[str]) -> DateChoice | None:
    """The one day and month the photo captions print with no year ("(19/10)"), when the text dates nothing but
    names its news's weekday ("hari Rabu"): that day, in the one year its weekday fits with the officials named."""
    days = {(int(m.group("day")), int(m.group("month"))): m.group() for c in captions for m in _CAPTION_DAY.finditer(c)}
    if len(days) != 1 or ctx.lede_weekday is None:
        return None
    (day, month), text = next(iter(days.items()))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return _on_lede_weekday(ctx, day, month, text, Evidence("caption", text))


CAPTION_DAY_AFTER = 7  # days after the text's dated event the caption's day of the news may be


def _captions_day_after(ctx: _Context, m: DateMention, captions: list[str]) -> DateChoice | None:
    """"Kemenangan Lee dalam pemilu sela pada Selasa (3/6/2025)" under "dilantik pada Rabu pagi", the photo's caption
    "... pada 4 Juni 2025": the text's dated day is printed on another weekday than the news's, and the caption's one
    full day, on the news's weekday, follows it within the week: the caption's is the story's day."""
    weekday = ctx.lede_weekday
    if weekday is None or m.weekday in (None, weekday[0]) or len(m.value) != 10 or (c := _one_caption_day(ctx, captions)) is None:
        return None
    day, event = date.fromisoformat(c.value), date.fromisoformat(m.value)
    if day.weekday() != weekday[0] or not 0 < (day - event).days <= CAPTION_DAY_AFTER:
        return None
    return DateChoice(day.isoformat(), "explicit", c.text, (Evidence("caption", c.text), Evidence("words", weekday[1])))


_LABEL_DASH = re.compile(r"\s[–—|-]\s*$")


def _closes_a_label(title: str, m: DateMention) -> bool:
    """"Media Coverage from ANTARA News – 18 September, 2019": a day written in full after a dash, ending the
    headline: the post's own date, as a repost's title gives it."""
    return not title[m.end:].strip() and len(m.value) == 10 and _LABEL_DASH.search(title[:m.start]) is not None


def _from_headline(ctx: _Context, title: str) -> DateChoice | None:
    """A day written in full in digits in the headline, when the text dates nothing ("Fundamental
    JPY 13-10-2020 : Jepang ...": a daily column's label): the page's day, unless the headline
    looks ahead, the officials named were not in office then, or the lede's weekday denies it."""
    found = [m for m in dates.find_mentions([title], ctx.reference)[0]
             if m.basis == "explicit" and (_NUMERIC_DATE.fullmatch(m.text) or _closes_a_label(title, m))
             and not _is_future(title[:m.start])]
    if len(found) != 1 or int(found[0].value[:4]) < EARLIEST_NEWS_YEAR:
        return None
    day = date.fromisoformat(found[0].value)
    lede = ctx.lede_weekday
    if (lede is not None and lede[0] != day.weekday()) or not _all_in_office(ctx, day):
        return None
    return DateChoice(day.isoformat(), "explicit", found[0].text, (Evidence("headline", found[0].text),))


def _from_today_day(ctx: _Context) -> DateChoice | None:
    """The day of writing with no year in the opening paragraphs ("Korea Utara malam ini (21/11)
    meluncurkan ..."), in the year the officials named (the most recent of several, said to be a guess)."""
    for para in ctx.paragraphs[:LEDE_PARAGRAPHS]:
        for m in _TODAY_DAY.finditer(para):
            day, month = int(m.group("day")), int(m.group("month"))
            chosen, ev, status = pick_year(ctx, day, month, None)
            if chosen is None or status == "weekday-only":
                continue
            return DateChoice(chosen.isoformat(), "context", m.group(), (Evidence("words", m.group()), *ev),
                              _tied_years(status, m.group(), chosen, ev))
    return None


LEDE_MONTH_REACH = 400  # characters into the first paragraph where a month and year may be the story's


def _context_month(ctx: _Context, mentions: list[DateMention]) -> DateChoice | None:
    """A month and year in the lede ("Juni 2024") when nothing gives the day, unless most
    officials named were out of office then (a photo's "Juli 2013" beside Lloyd Austin,
    Antony Blinken and Richard Marles is not the story's month)."""
    for m in mentions:  # (in the lede's first sentences: a page glued into one paragraph has its background there too)
        if m.basis == "context" and m.paragraph == 0 and m.start < LEDE_MONTH_REACH and _month_fits_officials(ctx, m.value) \
                and score_mention(ctx, m)[0] >= 0:  # not "sejak bulan Juni 2019", nor a future's
            return DateChoice(m.value, "context", m.text, (Evidence("words", m.text),))
    return None


def _month_fits_officials(ctx: _Context, value: str) -> bool:
    if not ctx.officials:
        return True
    year, month = map(int, value.split("-")[:2])
    held = set(_in_office(ctx, date(year, month, 1))) | set(_in_office(ctx, date(year, month, 28)))
    return 2 * len(held) >= len(ctx.officials)


def _from_page_date(ctx: _Context, cleaned) -> DateChoice | None:
    """The page's own date line at its top, right above the text, when the text dates
    nothing: most often the story's day, but it may be the day the page was read, so it is
    said to be unsure. Above the headline it is a site's widget (the day the page was read)
    or a blog's post date ("Friday, June 15, 2018" over the post's title): taken only
    alone, not in a weather widget; and either way on a day every official the text names held office
    ("November 25, 2024" over a story of Prime Minister Kishida, out of office since October: an
    aggregator's day of copying it)."""
    if cleaned.page_date is None:
        return None
    in_office = _all_in_office(ctx, cleaned.page_date)
    if (ctx.officials and not in_office) or not (cleaned.page_date_over_text or cleaned.page_date_alone and in_office):
        return None
    day = cleaned.page_date.isoformat()
    return DateChoice(day, "explicit", None, (Evidence("page-date", day),), (wording.PAGE_DATE_ONLY.format(date=day),))


def _time_years(paragraphs: list[str]) -> list[int]:
    """The years the text names as a time ("pada 2015", "Juli 2015"), not as a thing's name."""
    return [int(m.group()) for p in paragraphs for m in _YEAR.finditer(p)
            if not _YEAR_OF_A_THING.search(p, max(0, m.start() - 20), m.start())]


def choose_date(paragraphs: list[str], cleaned, ents, gaz, reference: date,
                side_people: tuple[str, ...] = (), page_url: str | None = None) -> tuple[DateChoice, list[str]]:
    """The article's date with its evidence, and the warnings about its mentions.
    `side_people`: people the headline and captions name (they date the story too);
    `page_url`: the page's own address, when its format gives one (a source URL in the
    text is `cleaned.url`)."""
    mentions, warnings = dates.find_mentions(paragraphs, reference)
    dated_years = [int(m.value[:4]) for m in mentions if m.basis == "explicit"]  # "Senin (7/3/2016)" names 2016
    captions = cleaned.captions()  # (read once: the steps below ask for them again and again)
    ctx = _Context(paragraphs, reference, officials(paragraphs, ents, gaz, side_people), cleaned.store_stamp,
                   [int(y) for p in paragraphs for y in _YEAR.findall(p)] + dated_years, _time_years(paragraphs) + dated_years,
                   url_dates((page_url, cleaned.url)), [int(y) for c in captions for y in _YEAR.findall(c)],
                   page_date=cleaned.page_date, link_years=cleaned.link_years, mentions=mentions, captions=captions)
    choice = _from_timestamp(cleaned, reference) or _from_dated_dateline(cleaned, reference)
    if choice is not None and (best := _best_mention(ctx, mentions)) is not None and _stamp_against_text(choice, best[0]):
        choice = _republished(_dated(ctx, *best), choice)
    elif choice is None and (best := _best_mention(ctx, mentions)) is not None and not _told_after(ctx, mentions, best[0]):
        choice = _the_weekday_after(ctx, best[0], _dated(ctx, *best))
        choice = _captions_day_after(ctx, best[0], captions) or choice
        if not _fits_every_official(ctx, choice):
            choice = _one_fitting_every_official(ctx, mentions, best[0]) or choice
        choice = _doubted_by_a_swapped_day(mentions, best[0], _doubted_by_another_day(ctx, mentions, best[0], choice))
        choice = _an_embeds_day(ctx, best[0], choice)
    choice = (choice or _from_dateline(ctx, cleaned.dateline_date) or _before_a_day_to_come(ctx, cleaned.dateline_date)
              or _from_caption(ctx, captions)
              or _from_caption_day(ctx, captions) or _from_citation_day(ctx)
              or _from_period_start(ctx) or _from_today_day(ctx) or _from_headline(ctx, cleaned.title)
              or _context_month(ctx, mentions)
              or _from_page_date(ctx, cleaned) or UNKNOWN)
    if choice is UNKNOWN and cleaned.updated_stamp:
        warnings.append(wording.ONLY_UPDATED.format(stamp=cleaned.updated_stamp))
    if choice is UNKNOWN:
        choice = _with_days_passed_over(mentions)
    return choice, warnings + list(choice.warnings)


# "— President Biden (@POTUS) April 27, 2023": a social post the page embeds, signed with its author's handle and day
_EMBED_SIGNATURE = re.compile(r"^\s*[—–-]+\s*[^()\n]{1,60}\(@\w{1,30}\)\s*")


def _an_embeds_day(ctx: _Context, m: DateMention, choice: DateChoice) -> DateChoice:
    """A date read only from an embedded post's signature is the post's day: the story is of that
    day or later, and its date is shown as a guess ("?")."""
    if choice.value is None or not _EMBED_SIGNATURE.match(ctx.paragraphs[m.paragraph]):
        return choice
    return replace(choice, warnings=(*choice.warnings, wording.EMBED_DAY.format(text=m.text)))


TOLD_AFTER_DAYS = 7  # a day of the past the text names this long after the one chosen: the story is later


OTHER_DAY_REACH = 45  # days: another weekday the text names this near the chosen day should fit its year


def _doubted_by_another_day(ctx: _Context, mentions: list[DateMention], best: DateMention, choice: DateChoice) -> DateChoice:
    """A year the weekday chose is a guess when another day the text names near it, with its
    weekday and no year, does not fit that year ("Sabtu (15/12)" fits 2018, "Senin 18 Desember
    lalu" only 2017): the story's year is not what either says alone."""
    if choice.basis != "weekday-inferred" or not choice.value or wording.uncertain_year(choice.warnings):
        return choice
    chosen = date.fromisoformat(choice.value)
    for m in mentions:  # (a day given two weekdays has one misprinted: it doubts nothing)
        if m is best or m.basis != "weekday-inferred" or m.weekday is None or len(m.value) != 10 or m.value[5:] in ctx.torn_days:
            continue
        day = min((d for y in (chosen.year - 1, chosen.year, chosen.year + 1)
                   if (d := dates.safe_date(y, int(m.value[5:7]), int(m.value[8:]))) is not None),
                  key=lambda d: abs((d - chosen).days))
        if abs((day - chosen).days) <= OTHER_DAY_REACH and day.weekday() != m.weekday and score_mention(ctx, m)[0] >= 0:
            warning = wording.YEAR_AGAINST_OTHER_DAY.format(text=choice.text, other=m.text, year=chosen.year)
            return replace(choice, warnings=(*choice.warnings, warning))
    return choice


def _doubted_by_a_swapped_day(mentions: list[DateMention], best: DateMention, choice: DateChoice) -> DateChoice:
    """"Rabu (3/2)" in the lede and "Rabu (2/3)" further on: one of them has its day and month the other way
    round, and both weekdays may fit the year, so the day chosen is a guess."""
    if choice.basis != "weekday-inferred" or not choice.value or len(best.value) != 10 or wording.uncertain_year(choice.warnings):
        return choice
    swapped = best.value[8:10] + "-" + best.value[5:7]
    for m in mentions:
        if m.basis == "weekday-inferred" and m.weekday == best.weekday and len(m.value) == 10 and m.value[5:] == swapped \
                and swapped != best.value[5:]:
            return replace(choice, warnings=(*choice.warnings, wording.DAY_MONTH_SWAPPED.format(text=choice.text, other=m.text)))
    return choice


# "..., Jumat (9/9/2016) lalu": a day the text tells as past
_TOLD_AS_PAST = re.compile(r"\s*(?:yang\s+)?lalu\b")


def _the_weekday_after(ctx: _Context, m: DateMention, choice: DateChoice) -> DateChoice:
    """The weekday the lede names, the first after the one full day the text tells as past ("terbang
    ... pada Selasa pagi" after "uji coba nuklir kelima Korea Utara, Jumat (9/9/2016) lalu": Tuesday
    13 September); not the same weekday (then the lede may name that very day)."""
    if choice.basis != "explicit" or not choice.value or len(choice.value) != 10 \
            or not _TOLD_AS_PAST.match(ctx.paragraphs[m.paragraph], m.end) or (weekday := ctx.lede_weekday) is None:
        return choice
    past = date.fromisoformat(choice.value)
    day = past + timedelta(days=(weekday[0] - past.weekday()) % 7)
    if day == past or day > ctx.reference:
        return choice
    return DateChoice(day.isoformat(), "weekday-inferred", weekday[1], (Evidence("words", weekday[1]), Evidence("words", m.text)))


def _told_after(ctx: _Context, mentions: list[DateMention], best: DateMention) -> bool:
    """The text tells of a day of the past, with its year, weeks after the best-scored one ("dilantik pada
    21 Oktober 2025" ... "pernyataannya di Parlemen pada 7 November 2025" ... "kunjungan ke Tokyo pada 28
    Oktober 2025"), as strongly as that one: the story was written after all of them, on no day it names;
    none is its date (a weaker one later may be to come, its cue lost: "28 November 2021", an election ahead)."""
    if best.basis != "explicit" or len(best.value) != 10:
        return False
    chosen = date.fromisoformat(best.value)
    later = [m for m in mentions if m.basis == "explicit" and len(m.value) == 10 and m.value[4:] != best.value[4:]
             and TOLD_AFTER_DAYS < (date.fromisoformat(m.value) - chosen).days and date.fromisoformat(m.value) <= ctx.reference]
    return bool(later) and any(score_mention(ctx, m)[0] >= score_mention(ctx, best)[0] or _told_above_as_past(ctx, m, best)
                               for m in later)


def _told_above_as_past(ctx: _Context, m: DateMention, best: DateMention) -> bool:
    """A later day told above the chosen one and not as to come ("training ... yang dilaksanakan pada
    12-22 Februari 2017" in the lede, "Pada 16 Maret 2016, ..." deep in the text): the story is that
    late at least, whatever a range's end scores, and the earlier day is its background."""
    return m.paragraph < best.paragraph and not _told_as_coming(ctx, m)


STAMP_REACH_DAYS = 7  # a story's own day, named without its year, stands at most this long before its page's stamp


def _stamp_against_text(stamp: DateChoice, m: DateMention) -> bool:
    """Whether the page's stamp ("Minggu, 11/05/2025 17:20 WIB") cannot be the story's: the text
    names its own day with a weekday and no year ("pada Minggu (23/4)"), far from the stamp's day
    and on another weekday in the stamp's year (a page published again years later)."""
    if m.basis != "weekday-inferred" or m.weekday is None or stamp.value is None or len(stamp.value) != 10:
        return False
    stamped = date.fromisoformat(stamp.value)
    _y, month, day = map(int, m.value.split("-"))
    try:
        named = date(stamped.year - (month > stamped.month), month, day)
    except ValueError:  # 29 February in a year without it
        return False
    return not 0 <= (stamped - named).days <= STAMP_REACH_DAYS and named.weekday() != m.weekday


def _republished(choice: DateChoice, stamp: DateChoice) -> DateChoice:
    """The text's own day, with a warning naming the page's stamp it disagrees with."""
    if choice.value is None:
        return stamp
    return replace(choice, warnings=(*choice.warnings, wording.STAMP_AGAINST_TEXT.format(stamp=stamp.text, text=choice.text)))


PASSED_OVER_SHOWN = 3  # days the text names that were judged another event's, shown beside "no date"


def _with_days_passed_over(mentions: list[DateMention]) -> DateChoice:
    """No date, with the days the text does name ("di Gedung Putih, Kamis (7/6)", a meeting to
    come) set beside it: "no date in the text" would be false, and the reader can judge them."""
    named = list(dict.fromkeys(m.text for m in mentions if m.basis in ("explicit", "weekday-inferred")))
    if not named:
        return UNKNOWN
    return replace(UNKNOWN, evidence=tuple(Evidence("passed-over", text) for text in named[:PASSED_OVER_SHOWN]))
