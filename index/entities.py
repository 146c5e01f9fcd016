"""Who and what an article names: gazetteer matches plus people found by cue.

The gazetteer is data (`index/data/*.toml`): canonical name, type and aliases,
matched with one Aho-Corasick pass per paragraph. People the gazetteer does not
know are found after a title cue (`Presiden`, `Menteri Pertahanan Jepang`,
`juru bicara Rumah Biru`) or as the subject of a reporting verb; a later
surname-only mention (`Austin`, `Nakatani`, `Lee`) resolves to the full name the
article introduced.
"""

from __future__ import annotations

import bisect
import difflib
import re
import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path

import ahocorasick

from .clean import title_case
from .lexicon import (
    ABBREVIATED_MINISTRIES,
    AFTER_QUOTE_VERBS,
    CALENDAR_NAMES,
    COLLECTIVE_SOURCES,
    CONNECTORS,
    COUNTRIES_AS_GIVEN_NAMES,
    DESCRIPTOR_CUES,
    EVERYDAY_PEOPLE,
    HONORIFICS,
    INSTITUTION_NOUNS,
    KIN_QUALIFIERS,
    KIN_WORDS,
    KOREA_HALVES,
    KOREA_NOT_AFTER,
    KOREAN_SURNAMES,
    LEADING_GIVEN_NAMES,
    MEDIA_WORDS,
    MODALS,
    NAME_PARTICLES,
    NAMED_THINGS,
    NEEDS_KNOWN_NAME,
    NEWS_VERBS,
    NOT_AFTER_IBU,
    NOT_NAMES,
    OFFICE_WORDS,
    PLACE_KINDS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    REGIONAL_HEADS,
    REPORTING_VERBS,
    SAME_OFFICE,
    SENTENCE_OPENERS,
    SITE_ENDINGS,
    SPELLED_OUT,
    TITLE_CUES,
    TITLE_CUES_LOWER,
    TITLE_WORDS,
    VENUE_KINDS,
    VENUE_WORDS,
    VERB_ADVERBS,
    alternation,
)
from .model import Entity
from .wordforms import is_derived, is_suffixed_verb, is_word

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA = Path(__file__).resolve().parent / "data"
_FILES = {
    "countries.toml": "country",
    "places.toml": "place",
    "organizations.toml": "organization",
    "people.toml": "person",
}


@dataclass(frozen=True)
class Term:
    """An office held from `start` to `end` (None: still held)."""

    role: str
    start: date
    end: date | None = None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def overlaps(self, other: Term) -> bool:
        return self.start <= (other.end or date.max) and other.start <= (self.end or date.max)


@dataclass(frozen=True)
class Entry:
    canonical: str
    type: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None  # organisations: media, government, military...
    country: str | None = None
    roles: tuple[str, ...] = ()
    short: tuple[str, ...] = ()  # surname/given-name forms valid once introduced
    ambiguous: tuple[str, ...] = ()  # aliases that are also ordinary words: lookup only, never matched in text
    terms: tuple[Term, ...] = ()  # people: offices held, to date what the article says
    default_short: tuple[str, ...] = ()  # short forms naming this person even un-introduced ("Kim")
    state_voice: bool = False  # media: a state's mouthpiece (KCNA), its words that state's side


@dataclass
class Gazetteer:
    entries: dict[str, Entry]
    exact: ahocorasick.Automaton
    folded: ahocorasick.Automaton
    alias_map: dict[str, str] = field(default_factory=dict)  # alias -> canonical
    short_map: dict[str, list[str]] = field(default_factory=dict)  # token -> people
    default_map: dict[str, str] = field(default_factory=dict)  # token -> the person it names un-introduced
    _persons: list | None = None
    _near: dict = field(default_factory=dict)  # name as written -> the known person it misspells, or None

    @cached_property
    def bare_ministries(self) -> frozenset[str]:
        """"Kementerian Pertahanan", "Kementerian Luar Negeri": ministries the gazetteer knows
        for several countries, named "<ministry> <country>"."""
        return frozenset(e.canonical[:-len(e.country) - 1] for e in self.entries.values()
                         if e.type == "organization" and e.country and e.canonical.startswith("Kementerian ")
                         and e.canonical.endswith(" " + e.country))

    def lookup(self, text: str) -> tuple[str, str, str | None] | None:
        """(canonical, type, kind) for an exact alias or canonical name, else None."""
        canon = self.alias_map.get(text.strip())
        if canon is None:
            return None
        e = self.entries[canon]
        return e.canonical, e.type, e.kind

    def entry(self, canonical: str) -> Entry | None:
        return self.entries.get(canonical)

    def near_person(self, name: str) -> str | None:
        """A known person the name misspells: "Nobu Kishi" (Nobuo Kishi), "Matsuno Hirozaku"
        (Hirokazu Matsuno, family name first), "Choe Tae-yul", "Kim JongUn", "Moon Jae". The letters must
        differ by at most one edit (two in a long name), in either order of the names, a
        whole word must agree, and only one person may come that close."""
        if name in self._near:
            return self._near[name]
        self._near[name] = found = self._near_person(name)
        return found

    def _near_person(self, name: str) -> str | None:
        words = _name_words(name)
        if len(words) < 2:
            return None
        hits = set()
        a = _romanised("".join(words))
        # every way below of being close shares a word with the known name: only those are tried
        for canonical, known_words in dict.fromkeys(pair for w in words for pair in self._persons_by_word.get(w, ())):
            known = list(known_words)
            for order in (known, known[::-1]):
                b = _romanised("".join(order))
                limit = 1 if len(b) < 12 else 2
                if len(words) != len(order):
                    close = a == b  # "Kim JongUn": the same letters, spaced otherwise
                else:  # each word starts as the known one does: "Kim Jong Nam" is not "Kim Yong Nam"; past a
                    # distinctive shared word, a long one may not ("Hisunori Onodera" is Itsunori Onodera)
                    close = bool(all(x[0] == y[0] or _far_from_a_common_name(x, y, words, order)
                                     for x, y in zip(words, order, strict=True)) and set(words) & set(order)
                                 and abs(len(a) - len(b)) <= limit and _edits(a, b, limit) <= limit
                                 and not self._a_given_name_only(words, order) and not _another_korean_given_name(words, order))
                    # "Kim Yo Jo": three words or more, all but the last the same, the last cut short
                    close = close or (len(words) >= 3 and words[:-1] == order[:-1] and len(words[-1]) >= 2
                                      and order[-1].startswith(words[-1]))
                # "Moon Jae" (printed "Moon Jae ini"): a Korean name without its last syllable
                close = close or (order is known and len(order) == len(words) + 1 and order[:-1] == words)
                if close:
                    hits.add(canonical)
        return hits.pop() if len(hits) == 1 else None

    def given_name_of(self, name: str) -> str | None:
        """The one known person of three name words whose last two these are ("Yo Jong": Kim Yo Jong)."""
        return self._by_given_name.get(tuple(_name_words(name)))

    @cached_property
    def _by_given_name(self) -> dict[tuple[str, ...], str]:
        found: dict[tuple[str, ...], set[str]] = {}
        for canonical, words in self._person_words():
            if len(words) == 3:
                found.setdefault(tuple(words[1:]), set()).add(canonical)
        return {given: names.pop() for given, names in found.items() if len(names) == 1}

    @cached_property
    def _places_by_last_word(self) -> dict[str, list[str]]:
        """Known places and countries of two words or more, by their last word."""
        out: dict[str, list[str]] = {}
        for alias, canonical in self.alias_map.items():
            if " " in alias and self.entries[canonical].type in ("place", "country"):
                out.setdefault(alias.rsplit(" ", 1)[1], []).append(alias)
        return out

    def near_place(self, name: str) -> bool:
        """A known place's name with one letter wrong in the words before its last ("Semananjung
        Korea", Semenanjung Korea): the page's typo, no person's name."""
        head, _, last = name.rpartition(" ")
        heads = (alias.rsplit(" ", 1)[0].lower() for alias in self._places_by_last_word.get(last, ()))
        return bool(head) and any(abs(len(h) - len(head)) <= 1 and _edits(head.lower(), h, 1) <= 1 for h in heads)

    @cached_property
    def _name_openers(self) -> Counter:
        """How many known people each first word of a name opens ("john": Kirby, Bolton, Kerry ...)."""
        return Counter(first for _c, first in {(c, words[0]) for c, words in self._person_words()})

    def _a_given_name_only(self, words: list[str], order: list[str]) -> bool:
        """Two words, the first the only one agreeing and a given name several known people
        bear: "John Rood" is another John, not John Roos misspelt."""
        return len(words) == 2 and words[0] == order[0] and words[1] != order[1] and self._name_openers[words[0]] >= 2

    @cached_property
    def _persons_by_word(self) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
        """The known people's names of two words or more, by each of their words (near_person's candidates)."""
        out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for canonical, words in self._person_words():
            for w in dict.fromkeys(words):
                out.setdefault(w, []).append((canonical, tuple(words)))
        return out

    def _person_words(self) -> list[tuple[str, list[str]]]:
        if self._persons is None:
            self._persons = [(e.canonical, _name_words(alias)) for e in self.entries.values() if e.type == "person"
                             for alias in (e.canonical, *e.aliases) if " " in alias]
        return self._persons


_SPELLED_ALIKE = (("oo", "u"), ("ou", "u"))  # "Yoon Sook Yeo" and "Yoon Suk-yeol": one sound, two spellings


MISPRINT_LETTERS = 6  # a surname this long, one letter off a name in the story, is its misprint ("Kishisa")


def _romanised(letters: str) -> str:
    """A name's letters with the spellings a romanised Korean or Japanese sound takes made one."""
    for spelled, sound in _SPELLED_ALIKE:
        letters = letters.replace(spelled, sound)
    return letters


_KOREAN_SURNAMES_LOWER = frozenset(n.lower() for n in KOREAN_SURNAMES)


def _another_korean_given_name(words: list[str], known: list[str]) -> bool:
    """"Kim Jung-soo" beside the known "Kim Jang-soo": a Korean given name whose syllable differs from the known one's
    by a syllable of its length that is itself whole (jung, jang) names another person, not a misprint ("Kyung-hwa"
    misspelt "Kyung-wha" is one: "wha" is no syllable; "Kim Jon Un" too, a letter left out). A famous name's
    usual misspellings are the gazetteer's aliases ("Kim Jung Un")."""
    if not words or words[0] not in _KOREAN_SURNAMES_LOWER or len(words) != len(known):
        return False
    return any(x != y and len(x) == len(y) and re.fullmatch(_KOREAN_SYLLABLE, x, re.IGNORECASE)
               and re.fullmatch(_KOREAN_SYLLABLE, y, re.IGNORECASE) for x, y in zip(words[1:], known[1:], strict=True))


def _name_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-.]+", name.lower()) if w]


def _edits(a: str, b: str, limit: int) -> int:
    """Edit distance, two letters swapped counting as one edit ("Guen" for "Geun"), given up
    past `limit` (returns limit + 1)."""
    before: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cost = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb and ca != cb:
                cost = min(cost, before[j - 2] + 1)
            cur.append(cost)
        if min(cur) > limit:
            return limit + 1
        before, prev = prev, cur
    return prev[-1]


def _variants(alias: str, etype: str) -> set[str]:
    out = {alias}
    if "-" in alias and etype == "person":
        out.add(alias.replace("-", " "))
    if etype == "person" and " " in alias:
        parts = alias.split(" ")
        # "Kim Jong Un" <-> "Kim Jong-un"
        if len(parts) == 3 and "-" not in alias:
            out.add(f"{parts[0]} {parts[1]}-{parts[2].lower()}")
        # "YoonSukYeol", "FumioKishida": a page that lost the spaces between the name's words
        out.add("".join(w[:1].upper() + w[1:] for w in re.split(r"[\s-]+", alias) if w))
    if "'" in alias:  # "People’s Daily", "O’Brien": a page's curly apostrophe
        out |= {v.replace("'", "’") for v in out}
    return out


DISTINCT_WORD = 5  # letters of a shared name word that no common surname ("Kim", "Park", "Lee") reaches


def _far_from_a_common_name(x: str, y: str, words: list[str], order: list[str]) -> bool:
    """A word misprinted at its start, in a name sharing a distinctive word with the known one."""
    return min(len(x), len(y)) >= DISTINCT_WORD + 1 and any(len(w) >= DISTINCT_WORD for w in set(words) & set(order))


def load_entries(folder: Path = DATA) -> list[Entry]:
    entries: list[Entry] = []
    for name, etype in _FILES.items():
        path = folder / name
        if not path.exists():
            continue
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        for raw in data.get("entity", []):
            entries.append(
                Entry(
                    canonical=raw["canonical"],
                    type="place" if raw.get("territory") else etype,
                    aliases=tuple(raw.get("aliases", ())),
                    kind=raw.get("kind"),
                    country=raw.get("country"),
                    roles=tuple(raw.get("roles", ())),
                    short=tuple(raw.get("short", ())),
                    ambiguous=tuple(raw.get("ambiguous_aliases", ())),
                    terms=tuple(Term(t["role"], t["from"], t.get("to")) for t in raw.get("terms", ())),
                    default_short=tuple(raw.get("default_short", ())),
                    state_voice=bool(raw.get("state_voice", False)),
                )
            )
    return entries


def build(entries: list[Entry]) -> Gazetteer:
    exact = ahocorasick.Automaton()
    folded = ahocorasick.Automaton()
    by_canon: dict[str, Entry] = {}
    alias_map: dict[str, str] = {}
    short_map: dict[str, list[str]] = {}
    default_map: dict[str, str] = {}
    for e in entries:
        by_canon.setdefault(e.canonical, e)
        for alias in (e.canonical, *e.aliases):
            for v in _variants(alias, e.type):
                if v not in alias_map:
                    alias_map[v] = e.canonical
                    exact.add_word(v, (v, e.canonical, e.type))
                # multi-word organisation and place names also match in lower case
                # ("kementerian pertahanan Jepang")
                # (and a country's epithet: "negeri ginseng")
                if (e.type in ("organization", "place") and " " in v) or (e.type == "country" and v.startswith("Negeri ")):
                    low = v.lower()
                    if low != v and not folded.exists(low):
                        folded.add_word(low, (v, e.canonical, e.type))
        for alias in e.ambiguous:
            alias_map.setdefault(alias, e.canonical)
        if e.type == "person":
            for tok in e.short:
                short_map.setdefault(tok, []).append(e.canonical)
            for tok in e.default_short:
                default_map[tok] = e.canonical
    if len(exact):
        exact.make_automaton()
    if len(folded):
        folded.make_automaton()
    return Gazetteer(by_canon, exact, folded, alias_map, short_map, default_map)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return build(load_entries())


# --- people found by cue ------------------------------------------------------

_CUE_RE = re.compile(
    r"(?<![\w-])(?i:" + alternation(TITLE_CUES, ignore_case=True) + r")(?:nya(?=,))?(?=[\s,])"
)  # "sekretaris jenderalnya, Rob Porter,": a cue with -nya before an apposition
# a name's word: "Curtis", "Min-koo", "O'Shaughnessy"; initials "S.", "H.R", "J.O'Shaughnessy"
# (a name's letters past its first may carry marks: "Mariusz Włashchak", "Sébastien Lecornu")
_NAME_TOKEN = re.compile(r"[A-Z][a-zA-Z'’\u00c0-\u024f]*(?:-(?:[A-Za-z][a-z'’]*|[A-Z]{2,6}))*\.?|[A-Z]\.(?:[A-Z]\.?)*(?:[A-Z][a-zA-Z'’]+)?")
_INITIAL = re.compile(r"(?:[A-Z]\.)+[A-Z]?")
_TOKEN = re.compile(r"\S+")
_VERB_AT = re.compile(
    r"(?<=\s)(?:" + alternation(VERB_ADVERBS) + r"\s+)?" + alternation(REPORTING_VERBS) + r"\b"
)


def _run_before(para: str, pos: int, limit: int = 8) -> list[tuple[int, int, str]]:
    """The capitalised words right before pos (no punctuation between), in order."""
    out: list[tuple[int, int, str]] = []
    i = pos
    while len(out) < limit:
        j = i
        while j > 0 and para[j - 1] == " ":
            j -= 1
        k = j
        while k > 0 and not para[k - 1].isspace():
            k -= 1
        word = para[k:j]
        if not word or not _NAME_TOKEN.fullmatch(word) or (word.endswith(".") and not _INITIAL.fullmatch(word)):
            break  # "Perang Dunia II. Park mengatakan": the sentence before ends at "II."
        out.insert(0, (k, j, word))
        i = k
    return out


_AFTER_QUOTE_VERB = re.compile(  # "“...,” kata X"; reported speech too: "..., kata Yasuhiro Tsuki pada konferensi pers"
    r"(?:[”\"]\s*,?|,)\s*(?:" + "|".join(AFTER_QUOTE_VERBS) + r")\s+"
    r"((?:[A-Z][a-zA-Z'’\u00c0-\u024f]*(?:-[A-Za-z][a-z'’]*)*\s?){1,6})"
)


@dataclass
class Found:
    """A candidate mention before overlap resolution."""

    start: int
    end: int
    text: str
    type: str
    canonical: str
    priority: int  # gazetteer 2, cue 1, resolved surname 0
    nested: bool = False  # a country inside a longer name, kept beside it


@dataclass
class PersonInfo:
    role: str | None = None
    country: str | None = None
    titles: set[str] = field(default_factory=set)  # the article's own words for the office, lower case


@dataclass
class EntityResult:
    entities: list[Entity]
    people: dict[str, PersonInfo]
    role_mentions: list[tuple[int, int, int, str]]  # (paragraph, start, end, role text)


class Intervals:
    """Non-overlapping [start, end) spans kept sorted: overlap tests in O(log n)."""

    def __init__(self, spans=()):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in sorted(spans):
            self.add(a, b)

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.starts, b)  # spans starting before b
        return i > 0 and self.ends[i - 1] > a  # disjoint and sorted: ends are sorted too

    def add(self, a: int, b: int) -> None:
        i = bisect.bisect_left(self.starts, a)
        self.starts.insert(i, a)
        self.ends.insert(i, b)


def _containing(hits: list[Found], starts: list[int], pos: int) -> Found | None:
    """The hit (sorted, non-overlapping) that contains pos."""
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and hits[i].start <= pos < hits[i].end:
        return hits[i]
    return None


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")


_SITE_ENDING = re.compile(r"\.(?i:" + "|".join(SITE_ENDINGS) + r")\b")  # "dikutip dari India.com": a site, no country


def _named_there(para: str, start: int, end: int, etype: str) -> bool:
    """A gazetteer name standing as a word there (a country or place not the start of a site's address),
    or a person's whole name with the next word glued on (machine-translated text: "Lee Jae Myungpresiden")."""
    bounded = _word_bounded(para, start, end) or (etype == "person" and _next_word_glued(para, start, end))
    return bounded and not (etype in ("country", "place") and _SITE_ENDING.match(para, end)) \
        and not (etype == "person" and _SHORT_KOREAN.fullmatch(para, start, end) and _ONE_MORE_SYLLABLE.match(para, end)) \
        and not (etype == "country" and para[start:end] in COUNTRIES_AS_GIVEN_NAMES and _a_surname_after(para, end))


_WORD_AFTER = re.compile(r" (?P<word>[A-Z][\w'’-]+)")


def _a_surname_after(para: str, end: int) -> bool:
    """"Chad O'Carroll": a capitalised word after the name that is no word of the language (not "Chad Selatan")."""
    m = _WORD_AFTER.match(para, end)
    return m is not None and not is_word(m.group("word").lower())


_GLUED_WORD = re.compile(r"[a-z]{4,}(?![\w-])")


def _next_word_glued(para: str, start: int, end: int) -> bool:
    """A name of two words or more, a word of the language in small letters glued to its end."""
    glued = _GLUED_WORD.match(para, end)
    starts = start == 0 or not (para[start - 1].isalnum() or para[start - 1] == "_")
    return " " in para[start:end] and starts and glued is not None and is_word(glued.group())


# "Park Jin Hyok" is not the minister Park Jin: a two-word Korean name the next syllable carries on
_SHORT_KOREAN = re.compile(r"(?:" + "|".join(KOREAN_SURNAMES) + r") [A-Z][a-z]{1,5}")


def _gazetteer_hits(gaz: Gazetteer, para: str) -> list[Found]:
    hits: list[Found] = []
    if not len(gaz.exact):
        return hits
    for end_idx, (alias, canon, etype) in gaz.exact.iter(para):
        start = end_idx - len(alias) + 1
        if _named_there(para, start, end_idx + 1, etype):
            hits.append(Found(start, end_idx + 1, para[start : end_idx + 1], etype, canon, 2))
    if len(gaz.folded):
        low = para.lower()
        if len(low) == len(para):
            for end_idx, (alias, canon, etype) in gaz.folded.iter(low):
                start = end_idx - len(alias) + 1
                if _named_there(para, start, end_idx + 1, etype):
                    hits.append(Found(start, end_idx + 1, para[start : end_idx + 1], etype, canon, 2))
    return hits


_INSTITUTION_HEAD = (
    r"Universitas|Institut|Lembaga|Pusat|Badan|Yayasan|Akademi|Sekolah Tinggi|Kelompok|Forum|Komisi|Komite"
    r"|Kementerian|Kedutaan|Konsulat|Embassy|Consulate|Partai|Asosiasi|Perhimpunan|Ikatan|Korps|Organisasi|Centre|Center|Institute|University"
    r"|Council|Agency|Ministry|Foundation|PT|Advisory|Advisors|Consulting|Associates|Securities|Group|Survey|Network"
    r"|Administration|Authority|College|Fund|Endowment"  # "German Marshall Fund", "Carnegie Endowment for ..."
    r"|Lawfirm|Firm"
)
# "Habibie Center dan Kedubes Korea Selatan": "dan" before another body's head (up to two words of its name first)
# joins two bodies, each its own ("Kementerian Kesetaraan Gender dan Keluarga": one body, no head after "dan")
_AND_ANOTHER_BODY = r"(?:dan|and|serta)(?=\s(?:[A-Z][\w&.’'-]+\s){0,2}(?:" + _INSTITUTION_HEAD + r"|Kedubes)(?![\w-]))"
_INSTITUTION = re.compile(  # (?=[A-Z]): a position without a capital fails before the lookbehind
    r"(?=[A-Z])(?<![\w-])(?:[A-Z][\w&.’'-]+\s){0,3}(?:" + _INSTITUTION_HEAD + r")(?![\w-])"
    r"(?:\s(?:[A-Z][\w&.’'-]*|for|of|the|on|untuk|bidang|urusan|(?!" + _AND_ANOTHER_BODY + r")(?:and|dan))){0,8}"
)
_ENGLISH_HEADS = frozenset({"University", "Institute", "Centre", "Center", "Council", "Agency", "Ministry", "Foundation",
                            "Survey", "Network", "Administration", "Authority", "College", "Fund", "Endowment",
                            "Organization", "Organisation", "Association", "Corporation", "Commission", "Committee", "Bureau",
                            "Division", "Directorate", "Department"})
# the other heads in English ("Carrier Strike Group", "Eurasia Group"): office words before them are the name's
_ENGLISH_TRADE_HEADS = frozenset({"Group", "Advisory", "Advisors", "Consulting", "Associates", "Securities", "Firm"})
_CUE_WORDS = frozenset(w.lower() for c in TITLE_CUES for w in c.split())
_VENUE = re.compile(r"\b" + alternation(VENUE_WORDS) + r"\s+" + alternation(VENUE_KINDS) + r"\b")
_ORG_TAIL_STOP = frozenset({"for", "of", "and", "the", "on", "dan", "untuk", "bidang", "urusan"})
_ACRONYM_USE = re.compile(r"(?=[A-Z])(?<![\w-])[A-Z][A-Z0-9&]{1,9}(?![\w-])")


_TOKEN_PUNCT = ".,;:!?()“”\"'’"


def _alone_counts(paragraphs: list[str]) -> dict[str, int]:
    """How often each capitalised word stands without a capitalised word before it ("Laras
    mengatakan"): a name used alone does; "Sosial" of "Partai Sosial Demokrat" never does."""
    alone: dict[str, int] = {}
    for para in paragraphs:
        prev = ""
        for tok in para.split():
            word = tok.strip(_TOKEN_PUNCT)
            if word[:1].isupper() and (not prev[:1].isupper() or prev[-1:] in _TOKEN_PUNCT):
                alone[word] = alone.get(word, 0) + 1
            prev = tok
    return alone


_SENTENCE_END = re.compile(r"[A-Za-z][a-z]{3,}\.")  # "Peace." ends a sentence; "St.", "Inc.", "U.S." do not


def _within_sentence(words: list, head_at: int) -> tuple[list, int]:
    """The run's words in the head's sentence: "... Endowment for Peace. Lalu" ends at "Peace."."""
    stop = next((i for i, (_s, _e, w) in enumerate(words) if _SENTENCE_END.fullmatch(w)), None)
    if stop is None:
        return words, head_at
    if stop < head_at:
        return words[stop + 1:], head_at - stop - 1
    return words[:stop + 1], head_at


def _institutions(para: str, hits: list[Found], counts: dict[str, int], acronyms: dict[str, str],
                  alone: dict[str, int]) -> list[Found]:
    """Organisations the gazetteer does not know, by their shape: "Universitas Airlangga",
    "Centre for Strategic and International Studies (CSIS)", "Asan Institute for Policy Studies".

    A name must end cleanly (a comma, a full stop, a lower-case word or an acronym in
    brackets) within eight words; a word the article also uses on its own (a person's
    first name, "Laras") ends it early, so the person after the institution stays a person.
    """
    # a country inside the name ("Universitas Indonesia") does not stop it: it nests
    taken = Intervals((h.start, h.end) for h in hits if h.type not in ("country", "place"))  # "... Sosial Okinawa"
    named = Intervals((h.start, h.end) for h in hits if h.type in ("country", "place", "organization"))
    spans = sorted((h.start, h.end) for h in hits)
    starts = [a for a, _b in spans]
    out: list[Found] = []
    for m in _INSTITUTION.finditer(para):
        words = [(w.start() + m.start(), w.end() + m.start(), w.group()) for w in re.finditer(r"\S+", m.group())]
        head_at = next((i for i, (_s, _e, w) in enumerate(words) if re.fullmatch(_INSTITUTION_HEAD, w)), 0)
        words, head_at = _within_sentence(words, head_at)
        words, head_at = _without_lead(words, head_at, named)
        keep = _name_ends(words, head_at, counts, alone, named)
        words = words[:_before_a_persons_name(words[:keep], head_at, named)]
        nya = next((i for i, (_s, _e, w) in enumerate(words) if w.endswith("-nya")), None)
        if nya is not None:  # "Partai Demokrat-nya Abe": his party; the name ends there, without "-nya"
            s_, e_, w_ = words[nya]
            words = words[:nya] + [(s_, e_ - 4, w_[:-4])]
        if words and words[-1][2][-1:] in ".,;:":  # "... Universitas Negeri Arizona." ends a sentence
            s_, e_, w_ = words[-1]
            words[-1] = (s_, e_ - 1, w_[:-1])
        while words and (words[-1][2] in _ORG_TAIL_STOP):
            words.pop()
        if len(words) <= head_at + 1 and words and words[-1][2] in ("Pusat", "Badan", "Kelompok", "Forum", "Komisi"):
            continue
        if len(words) < 2:
            continue
        start, end = words[0][0], words[-1][1]
        start = _started_inside(spans, starts, start)  # "United States Geological Survey"
        after = para[end : end + 16]
        acro = re.match(r"\s*\(([A-Z][A-Za-z0-9&.-]{1,10}(?:\s\d{1,3})?)\)", after)  # "(CSIS)", "(CSG 11)"
        clean_end = bool(acro) or re.match(r"\s*(?:[,.;:]|$|\s[a-z])", after) is not None \
            or keep < len(m.group().split()) or nya is not None
        if not clean_end or taken.overlaps(start, end):
            continue
        name = para[start:end]
        if _VENUE.search(name):
            continue  # "Hwabaek International Convention Center (HICO)": where they met, no body
        out.append(Found(start, end, name, "organization", name, 1))
        taken.add(start, end)
        if acro:
            acronyms.setdefault(acro.group(1), name)
    return out


def _without_lead(words: list[tuple[int, int, str]], head_at: int, named: Intervals) -> tuple[list[tuple[int, int, str]], int]:
    """The words before the head that are a role or a sentence opener ("Dosen", "Menurut") are not the name;
    before an English head, office words are ("Carrier Strike Group Nine", not "Group Nine"); before an
    Indonesian head, a place is not ("Biro Urusan Asia dan Oseania Kementerian Luar Negeri": the ministry)."""
    english = words[head_at][2] in _ENGLISH_HEADS or words[head_at][2] in _ENGLISH_TRADE_HEADS
    lead = 0
    while lead < head_at and (words[lead][2].lower() in _CUE_WORDS or words[lead][2] in NOT_NAMES
                              or (not english and (words[lead][2] in TITLE_WORDS or named.overlaps(*words[lead][:2])))):
        lead += 1
    return words[lead:], head_at - lead


_SCHOLARS_TITLES = frozenset({"Dr", "Dr.", "Prof", "Prof."})  # only ever before a person's name


def _name_ends(words: list[tuple[int, int, str]], head_at: int, counts: dict[str, int], alone: dict[str, int],
               named: Intervals) -> int:
    """How many words the name keeps: an English name ends at its head ("Korea University Shin-wha
    Lee") unless "of" goes on; a word the article uses alone starts a person's name after it,
    unless it names a country or a place ("Kedutaan Besar Republik Indonesia")."""
    keep = len(words)
    if words[head_at][2] in _ENGLISH_HEADS and head_at + 1 < len(words) and words[head_at + 1][2] not in _ORG_TAIL_STOP:
        keep = head_at + 1
    scholar = next((i for i in range(head_at + 1, keep) if words[i][2] in _SCHOLARS_TITLES), None)
    if scholar is not None:
        return scholar  # "Puskapsi Universitas Jember Dr Bayu ...": a person's title ends the name
    for i in range(max(head_at + 1, len(words) - 3), len(words)):  # a name is the run's last words
        w = words[i][2]
        if counts.get(w, 0) > 1 and w not in TITLE_WORDS and w[:1].isupper() and not w.isupper() and alone.get(w) \
                and not named.overlaps(words[i][0], words[i][1]):
            return i  # a name the article uses alone (not only inside a name): it starts here
    return keep


def _before_a_persons_name(words: list[tuple[int, int, str]], head_at: int, named: Intervals) -> int:
    """How many words the name keeps when a person's name follows it: "Partai Komunis Nguyen Phu
    Trong" (two words or more at the end that no dictionary knows, after a name of dictionary
    words, or of a country's or place's) is the party, then its leader; "Universitas Gadjah Mada"
    and "Partai Komunis China" keep all."""
    cut = len(words)
    if len(words) - head_at > 2 and _KOREAN_NAME.fullmatch(f"{words[-2][2]} {words[-1][2]}".rstrip(".,;:")):
        cut -= 2  # "... Korea Selatan Roh Tae-ak": a Korean name, though "roh" is a word too
    while cut > head_at + 1 and not is_word(words[cut - 1][2].strip(".,;:")) and words[cut - 1][2] not in TITLE_WORDS \
            and not words[cut - 1][2].isupper() and not named.overlaps(words[cut - 1][0], words[cut - 1][1]):
        cut -= 1
    qualifiers = words[head_at + 1:cut]
    if len(words) - cut >= 2 and qualifiers and all(is_word(w) or named.overlaps(s, e) for s, e, w in qualifiers):
        return cut  # "Komisi Pemilihan Nasional Korea Selatan Roh Tae-ak": a country's name is no stranger
    return len(words)


def _started_inside(spans: list[tuple[int, int]], starts: list[int], start: int) -> int:
    """Where a name that starts inside another match starts: that match's start (the
    matches do not overlap: only the last one before `start` can hold it)."""
    i = bisect.bisect_left(starts, start) - 1
    return spans[i][0] if i >= 0 and spans[i][1] > start else start


_DAY_BEFORE = re.compile(r"\d\s+$")
_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d\d")
_NEXT_NAME = re.compile(r"[\s-]+[A-Z]")  # "Kim Kyung-Hoon": the start of a full name, not a surname alone
_SHIP_PREFIX = "USS|USNS|HMS|KRI|ROKS|JS"  # navies' prefixes before a ship's name
_SHIP_BEFORE = re.compile(r"\b(?:" + _SHIP_PREFIX + r"|kapal)\s+$")
# "kapal Raja Moonmoo", "kapal Raja Agung Sejong": a ship named with a title, for a name no one the gazetteer knows has
_SHIP_TITLED_BEFORE = re.compile(r"\b(?:" + _SHIP_PREFIX + r"|kapal)\s+(?:[A-Z][a-z]+\s+){1,2}$")
# a place's name that names a ship or its class: "kapal selam nuklir strategis “Kentucky”", "kelas Los Angeles"
_VESSEL_BEFORE = re.compile(r"(?:\b(?:" + _SHIP_PREFIX + r"|kelas)|\bkapal(?:\s+(?:selam|induk|perusak|perang|fregat|patroli"
                            r"|nuklir|strategis|serang|penjelajah|amfibi|tanker|helikopter|pendarat|rudal)){0,4})\s+[“\"]?$")
_NAVY_BEFORE = re.compile(r"\b(?i:angkatan)\s+$")  # "Angkatan Laut X": a service, whatever sea "Laut X" names


def _a_ships_name(st: _Article, para: str, h) -> bool:
    return _SHIP_BEFORE.search(para, max(0, h.start - 8), h.start) is not None or (
        st.gaz.entry(h.canonical) is None and _SHIP_TITLED_BEFORE.search(para, max(0, h.start - 30), h.start) is not None)


_SHIP_NAME = re.compile(r"\b(?:" + _SHIP_PREFIX + r")\s+([A-Z][\w-]+(?:\s[A-Z][\w-]+){0,3})")  # "USS Carl Vinson"
# "Lapangan Kim Il Sung", "Universitas Kim Il Sung", "Jalan Sudirman": a place named after someone
_PLACE_BEFORE = re.compile(r"\b(?:" + alternation(PLACE_NOUNS) + r")\s+$"
                           r"|(?<![Ww]ali\s)\b(?:" + alternation(PLACE_KINDS) + r")\s+$")  # "dari kota Ginowan"
PLACE_NOUN_REACH = 24  # characters back from a name to the noun of a place named after it ("Yayasan Pendidikan ")
_PLACE_FIRST = re.compile(r"(?:" + alternation(PLACE_NOUNS) + r")\s")  # "Istana Akasaka"
_PREPOSITION_BEFORE = re.compile(r"\b(?:kepada|dari|dengan|untuk|terhadap|tentang|oleh|bagi|pada)\s+(?:[A-Z]\S*\s+)?$")
_PLACE_AFTER = re.compile(
    r"\s+(?:Square|Stadium|Street|Bridge|Airport|University|Hall|Avenue|Memorial|Center|Centre)\b"
)


# a clause's verb right after a full name, or after its apposition: the name is that clause's
# subject ("Kim Jong Un mengamati", "Kim Kwang Hak, seorang peneliti ..., mengatakan")
# ("Duta Besar Korea Selatan untuk Indonesia, Kim Chang-beom, berharap": the name set off, its verb after the comma)
_SUBJECT_VERB = re.compile(r"(?P<apposition>\s*,[^,.;“”\"]{1,100},|,(?=\s))?(?:\s+" + alternation(VERB_ADVERBS + MODALS) + r")*"
                           r"\s+(?P<verb>(?:me|be|di|te|pe)[a-z]{3,}|" + alternation(REPORTING_VERBS) + r")\b")
_SAYING = frozenset(REPORTING_VERBS)
MENTIONED, SUBJECT, SPEAKING = 0, 1, 2  # how a full name stands in its clause, for the short forms after it


GENERATION_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})  # after a name: the same family's generation

SUBJECT_REACH = 1  # paragraphs back that a subject stays the topic a short form refers to
SENTENCE_REACH = 300  # characters either side of a name looked at for its sentence's years
HISTORY_YEARS = 20  # a sentence whose years all lie this far before the page's latest tells of the past

_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _latest_year(text: str) -> int | None:
    return max(map(int, _A_YEAR.findall(text)), default=None)


def _told_of_the_past(para: str, at: int, latest: int | None) -> bool:
    """"pendiri mereka, Kim Il Sung telah memimpin gerilya ... pada 1910-1945" on a page of 2020:
    a sentence whose years all lie long before the latest the page names tells of history. Its
    subject is background, not the topic a later short form ("ujar Kim") refers to."""
    lo, hi = max(0, at - SENTENCE_REACH), min(len(para), at + SENTENCE_REACH)  # bounded: a page of one line is long
    start = max(para.rfind(". ", lo, at), para.rfind("? ", lo, at), para.rfind("! ", lo, at), lo)
    end = para.find(". ", at, hi)
    years = [int(y) for y in _A_YEAR.findall(para, start, end if end >= 0 else hi)]
    return latest is not None and bool(years) and max(years) <= latest - HISTORY_YEARS


# a kin word and its qualifier: "ayah", "adik perempuan"
_KIN_WORD = r"(?:" + "|".join(KIN_WORDS) + r")(?:\s+(?:" + "|".join(KIN_QUALIFIERS) + r"))?"
# "anak Kim Jong-il": the name is the parent's ("adiknya Kim Yo Jong", with -nya, is the sister herself)
# ("ayah dari Megumi Yokota", "adik perempuan Kim Jong Un": the same, a qualifier or "dari" between)
_KIN_OF_NAME = re.compile(r"\b(?i:" + _KIN_WORD + r")(?:\s+dari)?\s+$")


def _subjects(para: str, people: list[Found]) -> dict[int, int]:
    """The people named as the subject of a clause, a verb after them ("Kim Yo Jong,
    saudara perempuan ... Kim Jong Un, memperingatkan": she warned, not her brother, whom
    the apposition names). Where the apposition is itself a name ("Saudara perempuan
    Kim Jong Un, Kim Yo Jong, mengecam"), that name is the subject. By where they start:
    SPEAKING when the verb is one of saying (berharap, mengatakan), else SUBJECT."""
    out: dict[int, int] = {}
    people = sorted(people, key=lambda h: h.start)
    starts = [h.start for h in people]
    for h in people:
        m = _SUBJECT_VERB.match(para, h.end)
        if m is None or (m.group("apposition") == "," and not para.endswith(", ", 0, h.start)):
            continue  # ("Kim Yo Jong, adik ... Kim Jong Un, memperingatkan": a name set off only when a comma opens it too)
        app = m.span("apposition")
        k = bisect.bisect_right(starts, app[0])  # the first person named inside the apposition
        named = k < len(people) and people[k].end < app[1] and not para[app[0]:app[1]].replace(people[k].text, "").strip(" ,")
        out[people[k].start if named else h.start] = SPEAKING if m.group("verb") in _SAYING else SUBJECT
    return out


# what a full name before a short form must be, and how many paragraphs back (None: any), pass by pass
_SHORT_FORM_PASSES = ((SUBJECT, SUBJECT_REACH), (SPEAKING, None), (MENTIONED, None))


def _nearest_before(names, full_at: dict[str, list[tuple[int, int, int]]], at: tuple[int, int],
                    read_as: dict[str, tuple[int, int]] | None = None) -> str | None:
    """Of several people a short form could name ("Kim"), the one whose full name came last
    before it as the subject of a clause, in its paragraph or the one before (the headline
    before the first), or whom the short form last named; else the one last named as the
    subject of a verb of saying (the ambassador who "berharap", not the leader a later
    sentence mentions), then at all. "Kim Jong Un mengamati ... bersama
    putrinya Kim Ju Ae. Kim memuji ...": Kim is the one who watched."""
    if not names or len(names) < 2:
        return None
    for need, reach in _SHORT_FORM_PASSES:
        best, best_at = None, None
        for name in names:
            before = [(pi, s) for pi, s, how in full_at.get(name, ())
                      if (pi, s) < at and how >= need and (reach is None or at[0] - pi <= reach)]
            if read_as and name in read_as and (reach is None or at[0] - read_as[name][0] <= reach):
                before.append(read_as[name])
            if before and (best_at is None or max(before) > best_at):
                best, best_at = name, max(before)
        if best is not None:
            return best
    return None


def _nested_countries(kept: list[Found], cands: list[Found], gaz: Gazetteer) -> list[Found]:
    """Countries named inside an organisation's name ("Kementerian Luar Negeri China"):
    the article names that country too, so it is listed (its span nests in the other). A
    news agency's name ("Agence France-Presse") is a brand: it names no country of the story, nor does a
    stateless group's ("Negara Islam Irak dan Suriah")."""
    out = []
    spans = {(f.start, f.end) for f in kept}
    orgs = sorted((k for k in kept if k.type == "organization"), key=lambda k: k.start)  # disjoint: kept is resolved
    org_starts = [k.start for k in orgs]
    for c in cands:
        if c.type != "country" or (c.start, c.end) in spans:
            continue
        # inside an organisation's name only: a sea or region ("Laut China Selatan",
        # "Amerika Utara") names no country
        i = bisect.bisect_right(org_starts, c.start) - 1
        if i >= 0 and c.end <= orgs[i].end and not is_media(gaz, orgs[i].canonical) and not _stateless(gaz, orgs[i].canonical):
            c.nested = True
            out.append(c)
            spans.add((c.start, c.end))
    return out


def _stateless(gaz: Gazetteer, org: str) -> bool:
    """A group the gazetteer knows as no country's that names countries it claims ("Negara Islam Irak dan Suriah"):
    its name is a brand, as a news agency's is."""
    entry = gaz.entry(org)
    return entry is not None and entry.kind == "other" and not entry.country


def _resolve_overlaps(cands: list[Found]) -> list[Found]:
    """Leftmost-longest, preferring higher priority on equal spans."""
    cands.sort(key=lambda f: (f.start, -(f.end - f.start), -f.priority))
    out: list[Found] = []
    last_end = -1
    for f in cands:
        if f.start >= last_end:
            out.append(f)
            last_end = f.end
    return out




# "Park Ji-hoon, peneliti di Asan Institute, ..." : a name, a comma, then what the person is
# a full stop only after an initial or a short form ("Michael S. Wosje", "Moh. Mahfud"): "Tokyo. Sayaka" is two sentences
_NAME_RUN = r"(?:(?:[A-Z][a-z]{0,2}\.|[A-Z][a-zA-Z'’\u00c0-\u024f]*(?:-[A-Za-z][a-z'’]*)*)\s){1,3}[A-Z][a-zA-Z'’\u00c0-\u024f]*(?:-[A-Za-z][a-z'’]*)*"
# what someone is, after their name: "peneliti", "juru bicara", "Menteri" (a cue's words in any case)
_WHAT_SOMEONE_IS = "|".join(sorted({*DESCRIPTOR_CUES, *(c.lower() for c in TITLE_CUES)}, key=len, reverse=True))
# "Budi Santoso, utusan khusus Indonesia, ...": a name opening a sentence, a comma, then what the person is
# (?=[A-Z]) first: a position without a capital fails at once (the lookbehinds cost 2x without it)
_APPOSITION_TAIL = (r",\s(?:(?:seorang\s|salah\sseorang\s|sang\s)?(?i:" + _WHAT_SOMEONE_IS + r")"
                    + r"|(?:seorang\s|salah\sseorang\s)?(?:" + alternation(EVERYDAY_PEOPLE) + r"))\b")
# ("Andrew Kaz, seorang warga negara AS ...": "a" resident, a witness, a fisherman: someone; "Dimas Muhammad,
# mahasiswa S1 ...": a student, in small letters)
_APPOSITION_FIRST = re.compile(
    r"(?=[A-Z])(?:^|(?<=[.!?;]\s)|(?<=[.!?,][”\"]\s)|(?<=[a-z]\s)|(?<=[a-z]\s“))(" + _NAME_RUN + r")" + _APPOSITION_TAIL)
# "Selain Seiji, Yoko Fujiwara, seorang ibu muda, ...": the same after a comma (not every word a word of the language)
_APPOSITION_AFTER_COMMA = re.compile(r"(?=[A-Z])(?<=,\s)(" + _NAME_RUN + r")" + _APPOSITION_TAIL)
# "Sementara itu, Budi Santoso, peneliti ...": the same after a sentence's opening phrase
_APPOSITION_AFTER_OPENER = re.compile(
    r"(?=[A-Z])(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))(?i:" + alternation(SENTENCE_OPENERS) + r"),\s(" + _NAME_RUN + r")"
    + _APPOSITION_TAIL)
# "Asisten Jaksa Agung untuk Keamanan Nasional, John Demers, mengatakan": a name set off by commas
# after what the person is, then a verb of saying (no word of it a dictionary word)
_SET_OFF_BEFORE_VERB = re.compile(r"(?<=[a-z]),\s(" + _NAME_RUN + r"),\s+" + alternation(REPORTING_VERBS) + r"\b")
# "pembicara ..., yakni Cecep Hidayat (dosen Ilmu Politik FISIP UI), Yandry Kurniawan, dan Suzie Sri Suparin
# Sudarman (keduanya adalah dosen ...)": people listed, one of them with what they are in brackets
_ASIDE = r"(?:\s*\([^()]{2,80}\))?"
_LISTED = re.compile(r"\b(?:yakni|yaitu|antara\s+lain|di\s+antaranya)\s+(?P<list>(?:" + _NAME_RUN + _ASIDE
                     + r"(?:\s*,\s*(?:dan\s+)?|\s+dan\s+)){1,6}" + _NAME_RUN + _ASIDE + r")")
_WHAT_THEY_ARE = re.compile(r"\(\s*(?:keduanya\s+|ketiganya\s+|masing-masing\s+)?(?:adalah\s+|sebagai\s+)?(?:seorang\s+)?(?i:"
                            + _WHAT_SOMEONE_IS + r")\b")


def _listed_people(text: str) -> list[tuple[int, str]]:
    """The names of a list after "yakni" when one of them is said, in brackets, to be a lecturer,
    a researcher, an official: two words or more, not all of them dictionary words ("Cecep Hidayat")."""
    out = []
    for m in _LISTED.finditer(text):
        if not _WHAT_THEY_ARE.search(m.group("list")):
            continue
        for name in re.finditer(_NAME_RUN, re.sub(r"\([^()]*\)", lambda b: " " * len(b.group()), m.group("list"))):
            words = [w for w in name.group().split() if w != "dan"]
            if len(words) >= 2 and not all(is_word(w) for w in words) and not any(w in NOT_NAMES or w in TITLE_WORDS for w in words):
                out.append((m.start("list") + name.start(), name.group()))
    return out


# "memecat rival politiknya, Riek Machar, dari jabatan": someone's rival, successor or predecessor, named
_RIVAL_OF = re.compile(r"\b(?:rival|lawan|pesaing|pengganti|pendahulu|penerus)(?:nya|\s+[a-z]+nya),\s(" + _NAME_RUN
                       + r")(?=\s*[,.;]|\s+[a-z])")
# "ayah dari Megumi Yokota", "adik perempuan Kim Jong Un": someone's kin, and so the one named is a person too;
# "Shigeru Yokota, ayah dari Megumi Yokota": the name the kin word sets off is one as well
_KIN = _KIN_WORD + r"(?:nya)?\s+(?:dari\s+)?"
_KIN_OF_SOMEONE = re.compile(r"(?<![\w-])" + _KIN + r"(" + _NAME_RUN + r")(?=\s*[,.;)]|\s+[a-z])")
_SET_OFF_BY_KIN = re.compile(r"(?=[A-Z])(?:^|(?<=[.!?;]\s)|(?<=[a-z]\s)|(?<=\s[-–—]\s))(" + _NAME_RUN + r"),\s" + _KIN + r"(?=[A-Z])")
# "menurut Rina Wulandari, pengamat ..."; "mitranya dari Jepang dan Korea Selatan, Kenji Sato dan Park Min-ho";
# "seorang perempuan berusia 20 tahun, Rina Shimabukuro"
_NAMED_AFTER = re.compile(
    r"\b(?:[Mm]enurut|[Dd]emikian menurut|(?:pria|wanita|perempuan|gadis|remaja|pemuda|orang|warga|tersangka|pelaku|penyerang"
    r"|diidentifikasi|" + alternation(EVERYDAY_PEOPLE) + r")(?:\s+[a-z0-9][\w-]*){0,4}?\s+(?:bernama|dengan nama),?"
    r"|(?:mitra|rekan|sejawat)(?:nya)?\b[^,.;“”\"]{0,60},"  # "seorang saksi bernama Michael Lammbrau", "gadis berusia 20 tahun bernama, X"
    r"|\b(?i:" + alternation(EVERYDAY_PEOPLE) + r")(?:\s+(?!(?:" + "|".join(REPORTING_VERBS) + r")\b)[a-z0-9][\w-]*){0,3}"
    r"(?:\s+[A-Z][\w-]*){0,2},(?:\s+[A-Z][\w-]*,)?)"  # "seorang petugas di Kota Erimo, Hokkaido, Hironori Matsuura"
    r"\s+(" + _NAME_RUN + r")"
    r"(?:\s+(?:dan|serta)\s+(" + _NAME_RUN + r"))?(?=\s*[,.;)]|\s+[a-z])"
)

_TITLE_AND = "dan"  # between two words of a title, "and" goes on with it
_TITLE_WORD_NEXT = re.compile(r"\s+(?:" + alternation(sorted(TITLE_WORDS)) + r")\b")


_OFFICE_OF = frozenset({"of", "for"})  # English words that join an office to its field right after the cue


def _joins_the_run(core: str, word: str, toks: list) -> bool:
    """A small word that goes on with a run of names: a connector, a name's particle, an ordinal (inside it), or
    an English "of" right after the cue."""
    return (core in CONNECTORS or core in NAME_PARTICLES or _ORDINAL.fullmatch(core) is not None) and core == word \
        and (bool(toks) or core in _OFFICE_OF)


def _name_tokens(para: str, pos: int, limit: int = 12, descriptors: int = 0) -> list[tuple[int, int, str]]:
    """Capitalised tokens from pos on, up to the first that is not (lower-case connectors, "untuk", "di", before
    a capitalised word; with `descriptors`, that many lower-case words before the first capitalised one)."""
    toks: list[tuple[int, int, str]] = []
    skipped = 0
    for m in _TOKEN.finditer(para, pos):
        if len(toks) >= limit:
            break
        word = m.group()
        if toks and _PARTY_TAG.fullmatch(word):
            break  # "Senator Ben Sasse (R-NE),": a US lawmaker's party and state, after the name
        acro = _ACRONYM_WORD.fullmatch(word)
        if acro and not toks:
            continue  # "Kolonel (Purn) Hendro Saputro": a bracketed rank note before the name
        if acro and toks:
            # "(UGM)", "(CSIS)": an institution's short name inside the run
            toks.append((m.start(), m.start() + len(acro.group(1)), acro.group(1)))
            if acro.group(2):
                break
            continue
        if word[:1] == "(" and word[-2:-1] == ")" and word[-1:] in ".;:!?":
            break  # "Pemilihan Presiden (Pilpres).": a bracketed word ending its sentence, no name
        core = word.rstrip(",.;:!?”\")’")
        lead = len(word) - len(word.lstrip("(“\"‘"))
        core = core[lead:]
        if not core:
            break
        if not _NAME_TOKEN.fullmatch(core):
            if _ARABIC_ARTICLE.fullmatch(core) and toks:  # "Bashar al-Assad": the article, glued to the name
                toks.append((m.start() + lead, m.start() + lead + len(core), core))
                if core != word[lead:]:
                    break
                continue
            if _joins_the_run(core, word, toks):  # "Director of International Affair, John Bocskay"
                toks.append((m.start(), m.end(), core))
                continue
            if core == word == _TITLE_AND and toks and toks[-1][2] in TITLE_WORDS and _TITLE_WORD_NEXT.match(para, m.end()):
                toks.append((m.start(), m.end(), core))  # "Direktur Kerja Sama Politik dan Keamanan ASEAN Mochamad ..."
                continue
            if not toks and skipped < descriptors and core == word and core.isalpha() and core.islower() \
                    and core not in PLACE_PREPOSITIONS:  # "pejabat tinggi di Izumo": a place (a ship), no one's name
                skipped += 1
                continue
            if not toks and skipped and core == word == "di":
                toks.append((m.start(), m.end(), core))  # "akademisi ... di Stanford University, Daniel Sneider,"
                continue
            break
        if _INITIAL.fullmatch(word[lead:]) or _INITIAL.fullmatch(core + "."):
            core = word[lead:].rstrip(",;:")  # "Michael S. Wosje": an initial goes on
            if core == word[lead:] or core.endswith("."):
                toks.append((m.start() + lead, m.start() + lead + len(core), core))
                if word[lead:].endswith((",", ";", ":")):
                    break
                continue
        toks.append((m.start() + lead, m.start() + lead + len(core), core))
        if core != word[lead:]:  # punctuation ends the run
            break
    while toks and (toks[-1][2] in CONNECTORS or _ORDINAL.fullmatch(toks[-1][2])):
        toks.pop()
    return toks


_ORDINAL = re.compile(r"ke-?\d{1,3}")  # "Divisi Marinir ke-3 AS Neil Owens": an office's number
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|at|az|an)-[A-Z][a-z'’]+")  # "Bashar al-Assad", "Abdel Fattah el-Sisi"


_ACRONYM = re.compile(r"\([A-Z][A-Za-z0-9&.-]{1,12}\)")
_PARTY_TAG = re.compile(r"\([RDI](?:-[A-Z][A-Za-z.]{1,5})?\)[,.;:]?")  # "(R-NE)", "(D-Calif.)", "(R)"
_ACRONYM_WORD = re.compile(r"(\([A-Z][A-Za-z0-9&.-]{1,12}\))(,?)")


_SAME_OFFICE = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in SAME_OFFICE) + r")\b")


def expand_title(title: str) -> str:
    """"Menlu" -> "menteri luar negeri": a title's words, lower case, abbreviations spelled
    out, another name of an office as its title ("kepala Pentagon" -> "menteri pertahanan as")."""
    plain = _DOTTED_ACRONYM.sub(lambda m: m.group().replace(".", ""), title.lower())  # "pemimpin a.s." is "pemimpin as"
    words = " ".join(SPELLED_OUT.get(w, w) for w in plain.split())
    return _SAME_OFFICE.sub(lambda m: SAME_OFFICE[m.group()], words)


_DOTTED_ACRONYM = re.compile(r"(?<![\w.])(?:[a-z]\.){2,}(?![\w])")


def _ends_with_comma(para: str, end: int) -> bool:
    return para[end : end + 1] == ","


def _apposition(para: str, end: int) -> list[tuple[int, int, str]]:
    """A name set off by commas right after `end`: ", Bagus Hendrawan," or ", Xue Jian, mengunggah"."""
    if para[end : end + 1] != ",":
        return []
    toks = _name_tokens(para, end + 1, limit=5)
    at = next((i for i, (_s, _e, t) in enumerate(toks) if t == "di"), 0)
    if at >= 2 and not all(is_word(t) for _s, _e, t in toks[:at]):
        toks = toks[:at]  # "Gubernur Texas, Greg Abbott di Gedung Putih": the name, then where
    if not (2 <= len(toks) <= 4) or any(t in CONNECTORS or _ORDINAL.fullmatch(t) or t.startswith("(") for _s, _e, t in toks):
        return []
    if toks[0][2] in TITLE_WORDS or toks[0][2] in NOT_NAMES or toks[0][2].lower() in _CUE_WORDS:
        return []  # ", Menlu Retno akan ...": a title opens it, and the title's own cue finds the name
    after = para[toks[-1][1] : toks[-1][1] + 2]
    if after[:1] not in (",", " ", ".", ""):
        return []
    return toks


def _pick_name(words: list[str], counts: dict[str, int], text: str = "") -> list[str]:
    """The person's name at the end of a run of capitalised words.

    "Universitas Gadjah Mada Raditya Kusumo" -> "Raditya Kusumo" when the
    article later says "Raditya": the name starts at the word the article uses
    on its own (not the office's words the text repeats with the same next word: "Dirjen
    Potensi Pertahanan" twice). Without such a mention, at most the last three words. A run of three
    is a name ("Ri Chol Hwan", later "Chol Hwan").
    """
    if len(words) - sum(a == b for a, b in zip(words, words[1:], strict=False)) <= 3:
        return words  # (a word doubled by a typo: "Didik Gunawan Gunawan Suharto" is a three words' name)
    for k in range(2, min(4, len(words)) + 1):
        if counts.get(words[-k], 0) > max(1, words.count(words[-k])) and not is_derived(words[-k].lower()) and _used_apart(text, words[-k], words[-k + 1]):
            return words[-k - 1:] if k < len(words) and words[-k - 1] in LEADING_GIVEN_NAMES else words[-k:]
    k = 3
    while k < len(words) and (words[-k] in NAME_PARTICLES or words[-k - 1] in NAME_PARTICLES):
        k += 1  # "Hamad bin Isa Al-Khalifa": a particle binds the words around it
    if k == 3 and is_derived(words[-3].lower()):
        k = 2  # "Dirjen Potensi Pertahanan Timbul Siahaan": an affixed word (Pertahanan) ends the office
    elif k == 3 and words[-4] in LEADING_GIVEN_NAMES:
        k = 4  # "TLDM Ahmad Kamarulzaman Ahmad Badaruddin": a given name that opens names opens this one
    return words[-k:]


def _used_apart(text: str, word: str, following: str) -> bool:
    """Whether the text has `word` somewhere without `following` after it (no text: assumed so)."""
    if not text:
        return True
    return re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])(?!\s+" + re.escape(following) + r"(?![\w-]))", text) is not None


def _held(entry: Entry, role: str) -> str | None:
    """The gazetteer's name for a role the article gives the person, when it knows they held
    it ("Menhan RI" -> "Menteri Pertahanan" for Prabowo Subianto, whose first role there
    is "Presiden")."""
    wanted = expand_title(role).split()
    held = [r for r in entry.roles if expand_title(r).split() == wanted[:len(r.split())]]
    # "Kepala Staf Moeldoko": the cue's words open one role the gazetteer gives him ("Kepala Staf Kepresidenan")
    opened = [r for r in entry.roles if expand_title(r).split()[:len(wanted)] == wanted]
    return held[0] if held else opened[0] if len(opened) == 1 else None


_OLD_SPELLING = {"oe": "u", "dj": "j", "tj": "c"}  # Indonesian spelling before 1972 ("Soekarno", "Djakarta")
_OLD_LETTERS = re.compile("|".join(_OLD_SPELLING))


@lru_cache(maxsize=4096)  # (asked of every name each time a name is resolved: the article's people, again and again)
def _modern_spelling(name: str) -> str:
    return _OLD_LETTERS.sub(lambda m: _OLD_SPELLING[m.group()], name.lower())


class _Article:
    """Per-article state shared by the steps: the paragraphs, the mentions found so far
    (per paragraph), the people introduced and how to resolve their short forms."""

    def __init__(self, paragraphs: list[str], gaz: Gazetteer, known: tuple[str, ...] = ()):
        self.gaz = gaz
        self.paragraphs = paragraphs
        self.per_para: list[list[Found]] = [[] for _ in paragraphs]
        self.role_mentions: list[tuple[int, int, int, str]] = []
        self.acronyms: dict[str, str] = {}
        self.people: dict[str, PersonInfo] = {}
        self.tokens: dict[str, set[str]] = {}
        self.dropped: set[str] = set()
        self.kin_only: set[str] = set()  # people named only as someone's kin ("ayah dari Megumi Yokota")
        self.known = known  # people the headline and captions name
        self.text = "\n".join(paragraphs)
        # a text cut off mid-word ends in a fragment ("Kementeria"): never a name
        last = paragraphs[-1].rstrip() if paragraphs else ""
        self.cut_at = (len(paragraphs) - 1, len(last)) if last and last[-1] not in ".!?…”\"’)" else None
        # how often each capitalised word occurs: a name's later short form shows where it starts
        self.counts: dict[str, int] = {}
        for para in paragraphs:
            for w in _NAME_WORD.findall(para):
                self.counts[w] = self.counts.get(w, 0) + 1
        self.alone = _alone_counts(paragraphs)
        self.terms_cache: tuple[int, list[tuple[str, Term]]] | None = None  # _officials_terms

    @cached_property
    def text_in_capitals(self) -> bool:
        """A page set all in capitals (asked only of a name of initials: counting is not free)."""
        return len(_LOWER_LETTER.findall(self.text)) < len(_UPPER_LETTER.findall(self.text))

    def add_person(self, name: str, role: str | None = None, country: str | None = None) -> str:
        entry = self.gaz.entry(name)
        if role and role.strip().lower() in HONORIFICS:
            role = None
        info = self.people.setdefault(name, PersonInfo())
        if role:
            info.titles.add(role.lower())  # "Sekretaris Pertahanan", though the gazetteer calls it Menteri
        if role and not info.role:
            info.role = role
        elif role and entry is not None and entry.roles and info.role == entry.roles[0] and (held := _held(entry, role)):
            info.role = held  # the article's title for them, when the gazetteer knows they held it
        if country and not info.country:
            info.country = country
        if entry is not None:
            info.role = info.role or (entry.roles[0] if entry.roles else None)
            if not _international_office(self.gaz, info.role):  # Rutte as NATO's head speaks for no country
                info.country = info.country or entry.country
        parts = name.replace("-", " ").split()
        if len(parts) > 2 and parts[0] in LEADING_GIVEN_NAMES:
            parts = parts[1:]  # "Mochamad Chandra Widya Yudha", later "Chandra"
        for tok in {parts[0], parts[-1], name.split()[-1]}:
            if len(tok) >= 2:
                self.tokens.setdefault(tok, set()).add(name)
        if entry is not None:
            for tok in entry.short:
                self.tokens.setdefault(tok, set()).add(name)
        return name

    def resolve_short(self, token: str) -> str | None:
        names = self.tokens.get(token)
        if names and len(names) == 1:
            return next(iter(names))
        cands = self.gaz.short_map.get(token)
        if cands and len(cands) == 1 and cands[0] in self.people:
            return cands[0]
        return None

    def resolve_with_title(self, token: str, title: str | None = None) -> str | None:
        """A surname after a title ("Presiden Yoon", "Menlu Kang") or in a speaker's place
        ("kata Rubio", "Kim menyebut"): the person the article introduced by it; else the
        one person the gazetteer knows by it, narrowed by the title when several share it
        ("Presiden Yun" is the president, not the foreign minister); else the person the
        form names in this beat ("Kim" alone is Kim Jong Un)."""
        found = self.resolve_short(token)
        if found:
            return found
        if len(sharing := self.tokens.get(token, set())) > 1 and len(sharing - self.kin_only) == 1:
            return next(iter(sharing - self.kin_only))  # "kata Yokota" after "Shigeru Yokota, ayah dari Megumi Yokota"
        if len(sharing) > 1:
            # "jenderal Kim" beside "jenderal Kim Rak Gyom" and "pemimpin Kim Jong-un": the one
            # the article gave that title; else the one named last before it (a later step)
            return self._the_one_titled(sharing, title) if title else None
        cands = self.gaz.short_map.get(token) or []
        if title and len(cands) > 1:
            role = expand_title(title)
            cands = [c for c in cands if any(expand_title(r).startswith(role) for r in self.gaz.entries[c].roles)] or cands
        if len(cands) == 1 and (others := other_bearers(self.text, token, cands[0], self.gaz)):
            # "Prajurit King" in a story on "Travis King": the titled one is the other bearer
            return self.add_person(others[0]) if title and len(others) == 1 else None
        if len(cands) == 1:
            return cands[0]
        return self.gaz.default_map.get(token) or (self._misspelt_here(token) if title else None)

    def _misspelt_here(self, token: str) -> str | None:
        """"Perdana Menteri Kishisa" in a story that named Kishida: a surname after a title the gazetteer
        does not know, one letter off the word of one person the article already named (as long, the
        first letter the same): a misprint of that person's name, not a new person."""
        if len(token) < MISPRINT_LETTERS:
            return None
        near = {name for word, names in self.tokens.items() for name in names
                if len(word) == len(token) and word[0] == token[0] and word != token and _edits(word, token, 1) <= 1}
        return near.pop() if len(near) == 1 else None

    def _the_one_titled(self, names: set[str], title: str) -> str | None:
        wanted = expand_title(title)
        titled = [n for n in names if (role := self.people.get(n, PersonInfo()).role) and expand_title(role) == wanted]
        if not titled:  # "Jubir Lee" after "Juru Bicara Kantor Kepresidenan Lee Do-woon": the title in short
            titled = [n for n in names if (role := self.people.get(n, PersonInfo()).role)
                      and expand_title(role).startswith(wanted + " ")]
        return titled[0] if len(titled) == 1 else None

    def known_by_ending(self, words: list[str]) -> str | None:
        """"Kye Gwan" after "Kim Kye Gwan" was introduced: the given name of someone known."""
        tail = " ".join(words).replace("-", " ").lower()
        found = [n for n in self.people if n.replace("-", " ").lower().endswith(" " + tail)]
        return found[0] if len(found) == 1 else None

    def canonical(self, name: str) -> str:
        """The gazetteer's name for a name as written, misspellings of known people included; else
        the name of a person the story already named that it misprints ("Oishi Makato" / "Oishi Makoto")."""
        words = name.split()
        if len(words) == 2 and words[1].rstrip(".") in GENERATION_SUFFIXES and (full := self.resolve_short(words[0])):
            return full  # "Presiden Marcos Jr." after "Ferdinand Marcos Jr.": the surname and its suffix, one person
        found = self.gaz.alias_map.get(name) or self.gaz.near_person(name) or one_korean_spelling(name)
        return self._spelt_apart_of_one_named(found) or self._misprint_of_one_named(found) \
            or self.old_spelling_of_one_named(found) or found

    def old_spelling_of_one_named(self, name: str) -> str | None:
        """"Jenderal Sudirman" in a story that named "Jenderal Besar Soedirman": the same name in the spelling
        before 1972 ("oe" for "u", "dj" for "j", "tj" for "c") as one person the story named: that person."""
        if name in self.people:
            return None
        key = _modern_spelling(name)
        same = {known for known in self.people if _modern_spelling(known) == key}
        return same.pop() if len(same) == 1 else None

    def _spelt_apart_of_one_named(self, name: str) -> str | None:
        """"Kim Chang-beom" in a story whose caption named "Kim Changbeom": the same letters, a hyphen or a space
        apart, as one person the story named before: that person, as first written."""
        words = name.split()
        if len(words) < 2 or name in self.people:
            return None
        key = _NAME_JOINS.sub("", name).lower()
        same = {known for known in self.tokens.get(words[0], ()) if _NAME_JOINS.sub("", known).lower() == key}
        return same.pop() if len(same) == 1 else None

    def _misprint_of_one_named(self, name: str) -> str | None:
        """A name of two words or more, one word the same and the rest one letter off, as one person the
        story named before: the same person (the gazetteer's misspellings are handled before)."""
        words = name.split()
        if len(words) < 2 or name in self.people:
            return None
        short = min(map(len, words)) < MISPRINT_LETTERS - 2  # ("Kim Changebom": only two letters swapped, then)
        sharing = {known for w in words for known in self.tokens.get(w, ())}  # (a word the same: an index, not a scan)
        near = [known for known in sharing if len(known.split()) == len(words)
                and (_swapped("".join(known.split()), "".join(words))
                     or not short and _edits("".join(known.split()), "".join(words), 1) == 1)]
        return near[0] if len(near) == 1 else None


def _swapped(a: str, b: str) -> bool:
    """Two adjacent letters the other way round ("Changebom" for "Changbeom"): one slip of the typist."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


@dataclass
class _Para:
    """One paragraph during the cue steps: the mentions it had before them, and what is taken."""

    index: int
    text: str
    hits: list[Found]
    hit_starts: list[int]
    taken: Intervals
    new: list[Found] = field(default_factory=list)
    dropped: list[Found] = field(default_factory=list)  # earlier mentions a person's name took over
    cut_end: int | None = None  # where a text cut off mid-word ends, in its last paragraph

    @classmethod
    def of(cls, st: _Article, pi: int) -> _Para:
        hits = [h for h in st.per_para[pi] if not h.nested]
        cut_end = st.cut_at[1] if st.cut_at and st.cut_at[0] == pi else None
        return cls(pi, st.paragraphs[pi], hits, [h.start for h in hits], Intervals((h.start, h.end) for h in hits),
                   cut_end=cut_end)

    def entity_at(self, pos: int) -> Found | None:
        return _containing(self.hits, self.hit_starts, pos)

    def add_organization(self, start: int, end: int) -> None:
        """An organisation by its name as written (one the gazetteer does not know)."""
        self.new.append(Found(start, end, self.text[start:end], "organization", self.text[start:end], 1))
        self.taken.add(start, end)

    def add(self, start: int, end: int, canonical: str, priority: int = 1) -> None:
        if end == self.cut_end:
            return  # the last word of a text cut off mid-word
        self.new.append(Found(start, end, self.text[start:end], "person", canonical, priority))
        self.taken.add(start, end)


def international_office(role: str | None) -> bool:
    """A role in an international body ("Sekretaris Jenderal NATO", "Sekjen PBB"): who holds it
    speaks for the body, not for their country."""
    return _international_office(gazetteer(), role)


ROLE_CHARS = 80  # a role longer than this is no title (a run of text taken for one): never searched


def _international_office(gaz: Gazetteer, role: str | None) -> bool:
    """A role in an international body ("Sekretaris Jenderal NATO", "Sekjen PBB")."""
    hits = _gazetteer_hits(gaz, role) if role and len(role) <= ROLE_CHARS else []
    return any(h.type == "organization" and (e := gaz.entry(h.canonical)) is not None and e.kind == "international"
               for h in hits)


def is_media(gaz: Gazetteer, name: str) -> bool:
    entry = gaz.entries.get(name)
    return entry is not None and entry.kind == "media"


# "dalam bahasa Inggris", "berbahasa Inggris": a language, not the country; "miliar dolar AS", "yen Jepang": a currency
_NOT_THE_COUNTRY_BEFORE = re.compile(r"\b(?i:(?:ber)?bahasa|dolar|dollar|yen|won)\s+(?:[A-Z][a-z]+\s+(?:dan|serta|atau)\s+)?$")
# ("bahasa Jepang dan Inggris": both languages)


_PARTY_BEFORE = re.compile(r"\b(?i:partai)\s+$")  # a party's name after "partai" is no medium's ("partai Republika")
# a street named after a place ("Jalan Medan Merdeka Barat", "Jl Surabaya"): the street, not the city
_STREET_BEFORE = re.compile(r"\b(?:Jalan|Jl|Jln)\.?\s+$")


def _not_meant_as_places_or_countries(para: str, cands: list[Found]) -> list[Found]:
    """Without a country named as a language or a currency ("bahasa Korea", "dolar AS"), nor a
    place that names a street ("Jalan Medan Merdeka")."""
    return [c for c in cands if not (c.type == "country" and _NOT_THE_COUNTRY_BEFORE.search(para, max(0, c.start - 30), c.start))
            and not (c.type == "place" and _STREET_BEFORE.search(para, max(0, c.start - 8), c.start))]


# --- steps ------------------------------------------------------------------


def _gazetteer_step(st: _Article) -> None:
    """Gazetteer matches, institutions the gazetteer lacks, countries nested in names."""
    for pi, para in enumerate(st.paragraphs):
        cands = [c for c in _not_meant_as_places_or_countries(para, _gazetteer_hits(st.gaz, para))
                 if not (c.type == "organization" and _PARTY_BEFORE.search(para, max(0, c.start - 8), c.start)
                         and is_media(st.gaz, c.canonical))]  # "partai Republika": a party, not the newspaper
        hits = _resolve_overlaps(list(cands))
        hits = _resolve_overlaps(hits + _institutions(para, hits, st.counts, st.acronyms, st.alone))
        countries_ending: dict[int, list[Found]] = {}  # end -> the country candidates ending there (read once)
        for c in cands:
            if c.type == "country":
                countries_ending.setdefault(c.end, []).append(c)
        hits = [_of_the_country_known(h, countries_ending, st.gaz) for h in hits]
        hits += _nested_countries(hits, cands, st.gaz)
        hits = [_another_of_the_family(st, para, h, hits) for h in hits]
        hits.sort(key=lambda f: f.start)
        st.per_para[pi] = hits
        for h in hits:
            if h.type == "person":
                st.add_person(h.canonical)


_GIVEN_BEFORE = re.compile(r"(?<![\w-])(?P<given>[A-Z][a-z]{2,})\s+$")  # "Michelle " before "Obama"


def _another_of_the_family(st: _Article, para: str, h: Found, hits: list[Found]) -> Found:
    """A known person's surname alone with another given name before it ("Michelle Obama", "Yuko Kishida", "Hunter
    Biden"): someone else of the family, not the one the gazetteer knows by the surname. A title, a word of the
    language or of the known name ("Presiden Obama", "Saat Obama", a misspelt "Barrack Obama") changes nothing."""
    if h.type != "person" or " " in h.text or (m := _GIVEN_BEFORE.search(para, max(0, h.start - 25), h.start)) is None:
        return h
    given = m.group("given")
    if given in TITLE_WORDS or given in TITLE_CUES or given in NOT_NAMES or is_word(given.lower()) \
            or given in h.canonical.split() or any(o.start <= m.start() < o.end for o in hits if o is not h) \
            or _opens_or_runs_in_capitals(para, m.start(), hits):
        return h
    name = f"{given} {h.text}"
    canon = st.canonical(name) or name
    return h if canon == h.canonical else Found(m.start(), h.end, name, "person", canon, h.priority)


_WORD_BEFORE = re.compile(r"(?P<word>\S+)\s+$")


def _opens_or_runs_in_capitals(para: str, at: int, hits: list[Found]) -> bool:
    """The word at `at` opens its sentence ("Amarah Trump memuncak"), or stands in a run of capitalised words that
    is no name ("Korut Balas Amarah Trump dengan ...": a headline's words), not after a name the matcher found
    ("Ibu Negara AS Michelle Obama")."""
    before = _WORD_BEFORE.search(para, max(0, at - 30), at)
    if before is None or before.group("word")[-1:] in ".!?:":
        return True
    word = before.group("word")
    return word[:1].isupper() and word not in TITLE_WORDS and not any(o.start <= before.start() < o.end for o in hits)


def _of_the_country_known(h: Found, countries_ending: dict[int, list[Found]], gaz: Gazetteer) -> Found:
    """A body found by its shape that ends with a country however written ("Kementerian Luar Negeri
    negeri ginseng"): the gazetteer's body of that country, when it knows one by those words."""
    if h.type != "organization" or h.canonical != h.text:
        return h
    country = next((c for c in countries_ending.get(h.end, ()) if c.start > h.start), None)
    if country is None:
        return h
    known = gaz.lookup(h.text[:country.start - h.start].rstrip() + " " + country.canonical)
    return Found(h.start, h.end, h.text, "organization", known[0], h.priority) if known and known[1] == "organization" else h


def _ministry_abbreviation_step(st: _Article) -> None:
    """"Kemenhan mengungkapkan" in an article that names one defence ministry, Korea's: that one
    (the gazetteer alone reads a bare "Kemenhan" as Indonesia's); "Kemenlu Jepang": Japan's."""
    _ministries_of_countries(st)
    if not _BARE_MINISTRY.search(st.text):
        return
    named = {h.canonical for hits in st.per_para for h in hits if h.type == "organization"}
    for pi, para in enumerate(st.paragraphs):
        extra = []
        for m in _BARE_MINISTRY.finditer(para):
            full = ABBREVIATED_MINISTRIES[m.group().lower()]
            ones = [c for c in named if any(n.lower().startswith(full) for n in (c, *_aliases_of(st, c)))]
            if len(ones) == 1:
                extra.append(Found(m.start(), m.end(), m.group(), "organization", ones[0], 1))
        if extra:
            taken = Intervals((h.start, h.end) for h in st.per_para[pi] if not h.nested)
            st.per_para[pi] = sorted(st.per_para[pi] + [f for f in extra if not taken.overlaps(f.start, f.end)],
                                     key=lambda f: f.start)


_MINISTRY_OF = re.compile(r"(?<![\w-])(?P<abbr>" + alternation([k.title() for k in ABBREVIATED_MINISTRIES])
                          + r")\s+(?P<country>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)")


def _ministries_of_countries(st: _Article) -> None:
    """"tulis Kemenlu Jepang": the ministry the gazetteer knows by the words in full (Kementerian Luar
    Negeri Jepang), the country kept beside it, nested."""
    for pi, para in enumerate(st.paragraphs):
        for m in _MINISTRY_OF.finditer(para):
            country = next((h for h in st.per_para[pi] if h.type == "country" and h.start == m.start("country")), None)
            if country is None:
                continue
            hit = st.gaz.lookup(ABBREVIATED_MINISTRIES[m.group("abbr").lower()].title() + " " + country.text)
            if hit is None or hit[1] != "organization":
                continue
            org = Found(m.start(), country.end, para[m.start():country.end], "organization", hit[0], 2)
            st.per_para[pi] = sorted([h for h in st.per_para[pi] if h is not country]
                                     + [org, replace(country, nested=True)], key=lambda f: f.start)


def _aliases_of(st: _Article, canonical: str) -> tuple[str, ...]:
    entry = st.gaz.entries.get(canonical)
    return entry.aliases if entry is not None else ()


_BARE_MINISTRY = re.compile(r"(?<![\w-])(?:" + alternation([k.title() for k in ABBREVIATED_MINISTRIES]) + r")(?!\s+(?:[A-Z]|RI\b))(?![\w-])")


def _acronym_step(st: _Article) -> None:
    """"UGM" later in the article is the university introduced as "... (UGM)"."""
    if not st.acronyms:
        return
    for pi, para in enumerate(st.paragraphs):
        taken = Intervals((h.start, h.end) for h in st.per_para[pi] if not h.nested)
        extra = []
        for m in _ACRONYM_USE.finditer(para):
            name = st.acronyms.get(m.group())
            if name and not taken.overlaps(m.start(), m.end()):
                extra.append(Found(m.start(), m.end(), m.group(), "organization", name, 1))
        if extra:
            st.per_para[pi] = sorted(st.per_para[pi] + extra, key=lambda f: f.start)


def _country_in_the_role(st: _Article, p: _Para, ent: Found, cue_text: str, country: str | None, posted: bool) -> str | None:
    """The country a role names so far, after one more entity in it (a country; a body's; a regional
    head's place), unless the role posted its holder to a country already ("Duta Besar Jepang untuk ...")."""
    if ent.type == "country":
        return country if posted else ent.canonical
    if ent.type == "organization" and not posted:  # the body the others belong to: "Urusan Nuklir Korut Kemlu Korsel"
        org = st.gaz.entry(ent.canonical)
        return (org.country if org else _country_inside(st, p.index, ent)) or country  # "Komisi ... Korea Selatan"
    if ent.type == "place" and cue_text.lower() in REGIONAL_HEADS and country is None:
        return _country_of(st, ent)  # "Walikota Seoul Oh Se-hoon", "Gubernur Okinawa X": the place's country
    return country


def _walk_to_name(st: _Article, p: _Para, m: re.Match) -> tuple[list, list, int, str | None, bool]:
    """From a title cue over entities and title words to the name:
    (tokens, name tokens, end of the role, country named in the role, gazetteer person met)."""
    cue_text = m.group()
    tokens = _name_tokens(p.text, m.end(), descriptors=4 if cue_text.lower() in DESCRIPTOR_CUES else 0)
    name_toks: list[tuple[int, int, str]] = []
    country, role_end, titled, posted = None, m.end(), False, False
    for i, (s, e, t) in enumerate(tokens):
        if t in NAME_PARTICLES and name_toks:
            name_toks.append((s, e, t))  # "Hamad bin Isa Al-Khalifa"
            continue
        if t in CONNECTORS or t == _TITLE_AND or _ORDINAL.fullmatch(t) or _ACRONYM.fullmatch(t):
            if name_toks and not _ACRONYM.fullmatch(t):
                break
            posted = posted or (t == "untuk" and country is not None)  # "Duta Besar Jepang untuk Indonesia": Japan's
            if _ACRONYM.fullmatch(t):
                name_toks = []  # "Universitas Gadjah Mada (UGM)": the words before were the institution
            role_end = e
            continue
        ent = p.entity_at(s)
        if ent is not None and len(name_toks) >= 2 and ent.type in ("country", "place"):
            break  # "Perdana Menteri Australia Scott Morrison Australia juga": the name ended before it
        if ent is not None:
            if ent.type == "person":
                building = _PLACE_BEFORE.search(p.text, max(0, ent.start - 16), ent.start) is not None
                if (titled or building) and (appos := _apposition(p.text, ent.end)):
                    # "juru bicara Presiden Park, Min Kyung-wook,": his; "juru bicara Gedung Putin, John Kirby,"
                    # (the White House misprinted): a building's name, then the spokesman
                    return tokens, appos, ent.end, country, False
                st.add_person(ent.canonical, role=cue_text, country=country)  # record the role
                return tokens, [], role_end, country, True
            country = _country_in_the_role(st, p, ent, cue_text, country, posted)
            name_toks, role_end = [], ent.end
            continue
        if not name_toks and (t in TITLE_WORDS or t.lower() in _CUE_WORDS or _misspelt_title(tokens, i)):
            role_end, titled = e, True  # ("Letnan Kolonen Dave Eastburn": a rank mistyped, then the name)
            continue
        if not name_toks and _short_name_before_name(tokens, i):
            role_end = e  # "juru bicara CDC Kathy Harden": a body's short name, then the person
            continue
        if not name_toks and (t.lower() in _FIELD_WORDS or (i and tokens[i - 1][2].lower() in _FIELD_WORDS and is_word(t))):
            role_end = e  # "Menteri Koordinator Bidang Politik, Hukum dan Keamanan": the field, not a name
            continue
        if name_toks and t in _DEGREES:
            name_toks, role_end = [], e  # "Dirjen Pothan Kemhan Dr. Timbul Siahaan": the office's words, then the name
            continue
        if name_toks and _initial_without_stop(tokens, i):
            name_toks.append((s, e, t))  # "John A Prasetio": a middle initial, its full stop left out
            continue
        if (t in NOT_NAMES and not _opens_a_given_name(tokens, i)) or (not name_toks and i and tokens[i - 1][2] in PLACE_PREPOSITIONS):
            break  # "Pertemuan Menteri Quad di Iikura Guest House": where the meeting was, not who
        name_toks.append((s, e, t))
    if _owner_before_korean_name(st, p.text, name_toks):
        role_end, name_toks = name_toks[0][1], name_toks[1:]  # "juru bicara Moon Kang Min-seok": Moon's spokesman
    return tokens, name_toks, role_end, country, False


def _fields_of_an_office(words: list[str]) -> bool:
    """Words of the language, one of them a noun made with ke-/pe-...-an ("Menteri Kesetaraan Gender dan
    Keluarga": "Kesetaraan Gender"): the office's field, no one's name ("Budi Dimenggala" is one)."""
    return len(words) > 1 and all(is_word(w.lower()) for w in words) \
        and any(_FIELD_NOUN.fullmatch(w.lower()) and is_derived(w.lower()) for w in words)


_FIELD_NOUN = re.compile(r"(?:ke|pe)[a-z]{3,}an")  # "kesetaraan", "pertahanan", "perdagangan": a field's noun


def _after_a_word(text: str, at: int) -> bool:
    """Whether a word (or a bracketed short name) stands right before `at` in its sentence (no stop, no mark, no
    start of text)."""
    before = text[:at].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] == ")")


def _opens_a_given_name(tokens: list, i: int) -> bool:
    """"Direktur PWNI Lalu Muhammad Iqbal": a word that opens sentences ("Lalu", then) in capitals inside a
    title's run, right before a given name that opens names, is the name's first word (a Sasak noble's)."""
    return i + 1 < len(tokens) and tokens[i + 1][2] in LEADING_GIVEN_NAMES


_LONG_TITLE_WORDS = tuple(sorted({w for w in TITLE_WORDS if len(w) >= 6 and w[:1].isupper() and w[1:].islower()}))


def _misspelt_title(tokens: list, i: int) -> bool:
    """A word one letter off a title word of six letters or more ("Kolonen" for "Kolonel"), no
    dictionary word, with a whole name after it (two capitalised words): a title mistyped, not the name's first
    word ("Menteri Luar Negeri Australia Marise Payne": Marise, one letter off Marine, is her given name)."""
    t = tokens[i][2]
    if len(t) < 6 or not t[:1].isupper() or i + 2 >= len(tokens) or not all(w[:1].isupper() for _s, _e, w in tokens[i + 1:i + 3]):
        return False
    return any(w[0] == t[0] and abs(len(w) - len(t)) <= 1 and _edits(t, w, 1) <= 1 for w in _LONG_TITLE_WORDS) \
        and not is_word(t)  # (asked last: a word's stem is the dearest check)


def _country_inside(st: _Article, pi: int, ent: Found) -> str | None:
    """The one country named inside a body's name the gazetteer does not know ("Komisi Pemilihan
    Nasional Korea Selatan"); none for two ("Perhimpunan Persahabatan Indonesia-Jepang": whose?)."""
    inside = {h.canonical for h in st.per_para[pi] if h.type == "country" and ent.start <= h.start and h.end <= ent.end}
    return inside.pop() if len(inside) == 1 else None


def _without_initial_written_so(st: _Article, words: list[str]) -> list[str]:
    """The name without its middle initials when the article writes it so too ("Joseph P Aucoin"
    and later "Komandan Joseph Aucoin": one person); else as written."""
    words = [w for k, w in enumerate(words) if k == 0 or w != words[k - 1]]  # "Didik Gunawan Gunawan Suharto": a typo
    plain = [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and len(w.rstrip(".")) == 1 and w[:1].isupper())]
    return plain if 2 <= len(plain) < len(words) and " ".join(plain) in st.text else words


def _initial_without_stop(tokens: list, i: int) -> bool:
    """A single capital between two capitalised words of a name ("John A Prasetio")."""
    t = tokens[i][2]
    nxt = tokens[i + 1][2] if i + 1 < len(tokens) else ""
    return len(t) == 1 and t.isupper() and nxt[:1].isupper() and nxt[1:2].islower()


_DEGREES = frozenset({"Dr", "Dr.", "Prof", "Prof.", "Ir", "Ir.", "Drs", "Drs."})  # right before a name, after an office's words


_FIELD_WORDS = frozenset({"bidang", "urusan"})  # "Menteri ... Bidang Politik", "Menteri Negara Urusan Asia"


def _owner_before_korean_name(st: _Article, para: str, name_toks: list) -> bool:
    """"juru bicara Moon Kang Min-seok": a surname the article already gave a person, then
    a whole Korean name: the person whose the office is, then its holder."""
    if len(name_toks) < 3:
        return False
    rest = para[name_toks[1][0]:name_toks[-1][1]]
    return _KOREAN_NAME.fullmatch(rest) is not None and st.resolve_short(name_toks[0][2]) is not None


def _short_name_before_name(tokens: list, i: int) -> bool:
    """An acronym in capitals ("CDC", "KCNA") followed by a name in mixed case: a body's
    short name, never the first word of a person's (a headline in capitals has no mixed case)."""
    t = tokens[i][2]
    nxt = tokens[i + 1][2] if i + 1 < len(tokens) else ""
    return len(t) >= 2 and t.isalpha() and t.isupper() and nxt[:1].isupper() and not nxt.isupper()


def _past_headline_words(st: _Article, para: str, name_toks: list) -> list:
    """The name after a title, without the words of a headline in capitals: none when all
    are Indonesian and one affixed ("Presiden ... di Tengah Ketegangan Diplomatik"); up to a
    headline's verb ("PM Baru Kanada Temui Trudeau"); none when one dictionary word, named
    nowhere else, or several, stand in a title-case line ("Menteri Pertahanan Mundur, ...")."""
    words = [t for _s, _e, t in name_toks]
    if st.gaz.lookup(" ".join(words)) is not None:
        return name_toks
    if len(words) > 1 and all(map(is_word, words)) and any(map(is_derived, words)):
        return []
    verb = next((i for i, w in enumerate(words[:-1]) if is_suffixed_verb(w)), None)
    if verb is not None and title_case(para):
        name_toks, words = name_toks[:verb], words[:verb]
    if len(words) == 1 and is_word(words[0]) and st.counts.get(words[0], 0) <= 1 and title_case(para) \
            and st.resolve_with_title(words[0], None) is None:
        return []
    if len(words) > 1 and all(map(is_word, words)) and title_case(para):
        return []  # "Menteri Pertahanan Korea Selatan Memperkuat Kerja Sama Internasional ...": a headline's words
    return name_toks


# "Inmengumumkan": a name's last word with the next word glued to it, a prefixed verb
_GLUED_VERB = re.compile(r"([A-Z][a-z]{1,12}?)((?:me|be|te|di|pe)[a-z]{4,})")


def _unglued(st: _Article, name_toks: list) -> list:
    """"Moon Jae Inmengumumkan": the name without the word glued to its last word, when that
    word stands alone elsewhere in the article ("Moon Jae In") or the name without it is one
    the gazetteer knows ("Donald Trumpterutama"), and the rest is an Indonesian word. A name
    the article never writes apart stays as it is."""
    if not name_toks:
        return name_toks
    s, _e, word = name_toks[-1]
    m = _GLUED_VERB.fullmatch(word)
    if m is None or st.counts.get(word, 0) > 1:
        return name_toks
    head, tail = m.groups()
    known = st.counts.get(head) or st.gaz.lookup(" ".join([t for _s, _e, t in name_toks[:-1]] + [head]))
    if not known or not is_word(tail) or is_word(word):
        return name_toks
    return name_toks[:-1] + [(s, s + len(head), head)]


def _written_apart(text: str, words: list[str]) -> bool:
    """Whether each of two words stands elsewhere without the other: "Wali Kota Ginowan
    Sakima" beside "kota Ginowan" and "Atsushi Sakima" is a city and a surname."""
    pair = text.count(" ".join(words))
    return all(len(re.findall(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)) > pair for w in words)


_OWNED = re.compile(r"[A-Z][a-z]{5,}nya")  # a word and the suffix -nya ("Pertahanannya"), never a name


_PLACE_NOUN_WORDS = frozenset(w for w in PLACE_NOUNS if " " not in w)  # "Lapangan", "Stadion": a place's, in any name
_NOT_AFTER_IBU = re.compile(r"\s+(?i:" + alternation(NOT_AFTER_IBU) + r")\b")


def _cue_person(st: _Article, p: _Para, m: re.Match) -> None:
    """The person a title cue introduces ("Menteri Pertahanan Jepang Gen Nakatani"),
    else the role alone, kept for role-noun attribution ("juru bicara itu")."""
    cue_text, para = m.group(), p.text
    if cue_text in KOREAN_SURNAMES and _KOREAN_GIVEN.match(para, m.end()):
        return  # "warga Korut, Pak Kum Hyang": a Korean family name, not "Pak" (Mr), before its given name
    if cue_text.lower() == "ibu" and _NOT_AFTER_IBU.match(para, m.end()):
        return  # "Ibu Kota Nusantara (IKN)": the capital city, "Ibu Pertiwi" the motherland, not "Ibu" (Mrs) before a name
    tokens, name_toks, role_end, country, met = _walk_to_name(st, p, m)
    if met:
        return
    name_toks, role_end = _name_set_off(st, para, m, tokens, name_toks, role_end)
    if not name_toks:
        if role_end > m.end() or cue_text[0].islower():
            st.role_mentions.append((p.index, m.start(), role_end, para[m.start():role_end]))
        return
    name_toks = _unglued(st, name_toks)
    picked = _pick_name([t for _s, _e, t in name_toks], st.counts, st.text)
    name_toks = name_toks[len(name_toks) - len(picked):]
    s0, e1 = name_toks[0][0], name_toks[-1][1]
    if p.taken.overlaps(s0, e1) and not _place_ends_the_name(p, name_toks):
        return
    words = [t for _s, _e, t in name_toks]
    if any(w in OFFICE_WORDS or w in _PLACE_NOUN_WORDS for w in words):
        return  # "Komandan Pasukan Ekspedisi Laut": an office's name; "General Athletic Lapangan": a field's
    if any(_OWNED.fullmatch(w) for w in words):
        return  # "Menteri Pertahananannya": "his (defence)", a word with the suffix -nya, no name
    name_toks = _past_headline_words(st, para, name_toks)
    if name_toks and name_toks[-1][1] == p.cut_end:
        name_toks = name_toks[:-1] if len(name_toks) > 2 else []  # "Takeshi On" where the page was cut off
    if not name_toks:
        return
    words, e1 = [t for _s, _e, t in name_toks], name_toks[-1][1]
    regional = para[m.start():role_end].lower().endswith(tuple(REGIONAL_HEADS))  # "mantan Wali Kota" too
    if regional and not st.gaz.lookup(" ".join(words)) \
            and (len(words) >= 3 or (len(words) == 2 and _written_apart(st.text, words))):
        role_end, name_toks, words = name_toks[0][1], name_toks[1:], words[1:]  # "Wali Kota Nago Susumu Inamine"
        s0 = name_toks[0][0]
    role = para[m.start():role_end]
    canon: str | None
    if len(words) > 1:
        canon = st.canonical(" ".join(_without_initial_written_so(st, words)))
        if st.gaz.entry(canon) is None and (known := _known_tail(st, words)) is not None:
            canon, s0 = known[0], name_toks[known[1]][0]  # "Menteri Pertahan Hisunori Onodera": a title misspelt
    elif re.match(r"\s+(?:dan|&|serta)\s+[A-Z]", para[e1:e1 + 12]) and st.resolve_with_title(words[0], role) is None:
        return  # "bidang Akuisisi dan Pemeliharaan": part of an office's name, not a person
    else:
        canon = st.resolve_with_title(words[0], role)
        if canon is None and (cue_text.lower() in NEEDS_KNOWN_NAME or is_derived(words[0])):
            return  # "Presiden Terpilih": an affixed Indonesian word after a title is no name
        if canon is None and (hit := st.gaz.lookup(words[0].upper())) is not None and hit[1] == "country":
            return  # "Presiden As": the country's short name in the wrong case (AS), no person
        if canon is None and regional and _a_place_then_small_words(para, e1):
            return  # "Walikota Taoyuan sekaligus bakal calon presiden": the city the mayor heads, no one's name
        canon = canon or st.old_spelling_of_one_named(words[0]) or words[0]  # "Jenderal Sudirman" after "Soedirman"
    st.add_person(canon, role=role, country=country)
    p.add(s0, e1, canon)


# the rest of a title in small letters (a country's name may stand in it), then a comma and a full name
_TITLE_GOES_ON_TO_A_NAME = re.compile(r"(?P<words>(?:\s+(?:[a-z]+|[A-Z][a-z]+)){1,8}),\s+[A-Z][\w'’-]+\s+[A-Z]")


def _a_place_then_small_words(para: str, end: int) -> bool:
    """One capitalised word after a regional head's title, the title going on in small letters to a full name
    set off by a comma ("Walikota Taoyuan sekaligus bakal calon presiden Taiwan, Cheng Wen-tsan"): the place
    the head heads. No verb among those words ("Gubernur Rahmat mengatakan, ...": Rahmat is the governor)."""
    m = _TITLE_GOES_ON_TO_A_NAME.match(para, end)
    return m is not None and m.group("words")[1:2].islower() \
        and not any(is_derived(w) and w.startswith(_VERB_FORM_PREFIXES) for w in m.group("words").split())


LONGEST_MENTION = 300  # characters: no mention is longer (a hit that starts farther back ends before)


def _place_ends_the_name(p: _Para, name_toks: list) -> bool:
    """"juru bicara ..., Brennon Washington, yang ...", "ungkap Kazuhiko Togo, profesor ...": a place's or a
    country's name as a person's last name, after a first name that is no word and no entity. The place's
    mention gives way (dropped)."""
    if len(name_toks) != 2:
        return False
    s0, e1 = name_toks[0][0], name_toks[-1][1]
    lo, hi = bisect.bisect_left(p.hit_starts, s0 - LONGEST_MENTION), bisect.bisect_left(p.hit_starts, e1)
    over = [h for h in p.hits[lo:hi] if h.end > s0]  # (only the hits near: a long paragraph is not read again)
    last = name_toks[1]
    if is_word(name_toks[0][2].lower()) or p.entity_at(s0) is not None or len(over) != 1 \
            or over[0].type not in ("place", "country") or (over[0].start, over[0].end) != (last[0], last[0] + len(last[2].rstrip(".,"))):
        return False
    p.dropped += over
    return True


def _name_set_off(st: _Article, para: str, m: re.Match, tokens: list, name_toks: list, role_end: int) -> tuple[list, int]:
    """The name after a comma when the role's words end there ("Pengamat pertahanan Universitas
    Pertahanan, Bagus Hendrawan, menilai", "sekretaris jenderalnya, Rob Porter,", "PM Jepang
    pendahulunya, Tomiichi Murayama,"), as an apposition: (name tokens, end of the role)."""
    role_to = tokens[-1][1] if tokens else m.end()
    if not name_toks and (kin := _KIN_OF_THE_ROLE.match(para, role_to) or _FIELD_OF_THE_ROLE.match(para, role_to)
                          or _OFFICE_GOES_ON.match(para, role_to) or _fields_listed(para, role_to)
                          or _OFFICE_IN_SMALL_LETTERS.match(para, role_to)):
        role_to = kin.end()  # his predecessor, then the name; "negosiator utama Jepang dalam masalah tarif, Ryosei Akazawa"
    if ((tokens and (not name_toks or _ends_with_comma(para, tokens[-1][1]))) or _ends_with_comma(para, role_to)) \
            and not _a_known_surname(st, name_toks, m.group()) and (appos := _apposition(para, role_to)):
        return appos, (name_toks[-1][1] if name_toks and name_toks != appos else role_end)
    return name_toks, role_end


# "Menteri Ekonomi, Perdagangan, dan Industri, Yoji Muto,": the office's fields listed, words of the language
_FIELD_LIST = re.compile(r"(?:,\s+[A-Z][a-z]+)+,?\s+dan\s+[A-Z][a-z]+(?=,)")


def _fields_listed(para: str, at: int) -> re.Match | None:
    m = _FIELD_LIST.match(para, at)
    return m if m is not None and all(is_word(w.lower()) for w in re.findall(r"[A-Z][a-z]+", m.group())) else None


_KIN_OF_THE_ROLE = re.compile(r"\s+(?:pendahulu|pengganti|rekan|mitra|wakil|penerus)nya(?=,)"
                             # "juru bicara kementerian itu, Chen Chung Chi,": the body the text named, pointed back to
                             r"|\s+" + alternation(INSTITUTION_NOUNS + COLLECTIVE_SOURCES) + r"\s+(?:itu|tersebut|ini)(?=,)")
# "ketua komite keamanan, Yoshitada Konoike,": the office in small letters, nouns (no verb's prefix), up to the comma
_OFFICE_IN_SMALL_LETTERS = re.compile(r"(?:\s+(?!(?:me|ber|di|ter|per)[a-z])[a-z]{3,}){1,3}(?=,\s+[A-Z])")
_FIELD_OF_THE_ROLE = re.compile(r"\s+(?:dalam|untuk|urusan|bidang|soal)\s+(?:[a-z]+\s+){0,3}[a-z]+(?=,)")
# "Direktur Jenderal Biro Urusan Asia dan Oseania Kementerian Luar Negeri (Kemenlu) Jepang, Masaaki Kanai,": the
# office's name going on past "dan" and a bracketed short name, in capitals up to the comma
_OFFICE_GOES_ON = re.compile(r"(?:\s+(?:dan|&|\([A-Z][\w-]*\)|[A-Z][\w'’-]*)){1,12}(?=,)")


def _a_known_surname(st: _Article, name_toks: list, title: str) -> bool:
    """"Dubes Lippert, Kim Ki-Jong,": the title's own person, known by the surname, then
    another named after the comma (the attacker), not "the ambassador Lippert's" Kim."""
    return len(name_toks) == 1 and st.resolve_with_title(name_toks[0][2], title) is not None


def _known_tail(st: _Article, words: list[str]) -> tuple[str, int] | None:
    """The known person the name's last words (two at least) are, and where they start, when words
    before them are not theirs ("Pertahan Hisunori Onodera": a misspelt title left before a name)."""
    for k in range(1, len(words) - 1):
        canon = st.canonical(" ".join(words[k:]))
        if st.gaz.entry(canon) is not None:
            return canon, k
    return None


def _cue_step(p: _Para, st: _Article) -> None:
    for m in _CUE_RE.finditer(p.text):
        _cue_person(st, p, m)


_LOWER_LETTER = re.compile(r"[a-z]")
_UPPER_LETTER = re.compile(r"[A-Z]")
_ACRONYM_WORD_ONLY = re.compile(r"[A-Z][A-Z0-9&]+")
_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.\s?)+")


# "bersama mitra dari AS Ely Ratner dan dari Korsel ...": a counterpart, their country, their name, no comma between
_COUNTERPART_FROM = re.compile(r"\b(?:mitra|rekan|sejawat)(?:nya)?\s+dari\s+((?:[A-Z][\w'’-]*\s){1,5}[A-Z][\w'’-]*)")
COUNTRY_WORDS = 3  # the longest country name the gazetteer spells in words ("Republik Rakyat China")


def _after_country(st: _Article, start: int, run: str) -> tuple[int, str] | None:
    """The name after the country that opens a run of capitalised words, if two words or more are left."""
    words = run.split()
    for k in range(min(COUNTRY_WORDS, len(words) - 2), 0, -1):
        found = st.gaz.lookup(" ".join(words[:k]))
        if found is not None and found[1] == "country":
            offset = len(" ".join(words[:k])) + 1
            return start + offset, run[offset:]
    return None


def _apposition_step(p: _Para, st: _Article) -> None:
    """"Park Ji-hoon, peneliti di Asan Institute, ...": a name, a comma, then what the person
    is; and names after "menurut" or after a counterpart ("mitranya dari Jepang, X")."""
    found = [(m.start(1), m.group(1)) for pattern in (_APPOSITION_FIRST, _APPOSITION_AFTER_OPENER)
             for m in pattern.finditer(p.text)]
    for m in _NAMED_AFTER.finditer(p.text):
        found += [(m.start(g), m.group(g)) for g in (1, 2) if m.group(g)]
    found += [(m.start(1), m.group(1)) for pattern in (_SET_OFF_BEFORE_VERB, _RIVAL_OF) for m in pattern.finditer(p.text)
              if not any(is_word(w) for w in m.group(1).split())]
    found += [(m.start(1), m.group(1)) for m in _APPOSITION_AFTER_COMMA.finditer(p.text)
              if not all(is_word(w) for w in m.group(1).split())]
    kin = [(m.start(1), m.group(1)) for m in _KIN_OF_SOMEONE.finditer(p.text)]
    found += [(s, name) for s, name in kin + [(m.start(1), m.group(1)) for m in _SET_OFF_BY_KIN.finditer(p.text)]
              if not all(is_word(w) for w in name.split())]  # not "putra Mahkota Kerajaan"
    found += _listed_people(p.text)
    if "mitra" in p.text or "rekan" in p.text or "sejawat" in p.text:  # rare words: the pattern runs only where they stand
        found += [named for m in _COUNTERPART_FROM.finditer(p.text) if (named := _after_country(st, m.start(1), m.group(1)))]
    for start, name in found:
        start, name = _from_the_first_name_word(start, name)  # "Bagi Georgi Engelbrecht, seorang analis ..."
        words = name.split()
        end = start + len(name)
        if len(words) < 2 or p.taken.overlaps(start, end) or words[0] in TITLE_WORDS or _opened_by_a_verb(words) \
                or name.lower() in TITLE_CUES_LOWER \
                or any(w in NOT_NAMES or _ACRONYM_WORD_ONLY.fullmatch(w) for w in words) or st.gaz.lookup(name):
            continue  # "menurut USNI News": an acronym names an organisation
        person = st.add_person(st.canonical(" ".join(words)), *_role_after_the_name(st, p, end))
        p.add(start, end, person)
        if (start, name) in kin:
            st.kin_only.add(person)


def _from_the_first_name_word(start: int, name: str) -> tuple[int, str]:
    """A run of capitalised words less the sentence's words before the name ("Bagi", "Menurut"),
    two words left at least."""
    words = name.split(" ")
    while len(words) > 2 and words[0] in NOT_NAMES:
        start, words = start + len(words[0]) + 1, words[1:]
    return start, " ".join(words)


_VERB_FORM_PREFIXES = ("di", "me", "be", "te")  # a verb's prefixes: di-, me-, ber-, ter-
_VERB_PREFIXES = (*_VERB_FORM_PREFIXES, "pe")  # "Diberitakan", "Dilansir": a verb's form, no name's first word ("Kanai")


def _opened_by_a_verb(words: list[str]) -> bool:
    """"Diberitakan Air Force Times, Gubernur ...": a run opened by a verb of reporting names the source
    after it, no person before a title (not "Dimas Muhammad, mahasiswa ...": di- on a root of three letters)."""
    return words[0].lower().startswith(_VERB_PREFIXES) and len(words[0]) > SHORT_NAME_LETTERS and is_derived(words[0])


SHORT_NAME_LETTERS = 5  # "Dimas", "Dinar": a given name this short that reads as a prefix on a short root is a name


# ", Direktur Departemen Luar Negeri Amerika Kementerian Luar Negeri Rusia mengatakan": the role, to a verb or a comma
# (an office in small letters too: "kata Choi Hyun-soo, juru bicara Kementerian Pertahanan, saat ...")
_ROLE_AFTER = re.compile(r",\s+(?P<role>(?:(?:" + _WHAT_SOMEONE_IS + r")(?=\s+[A-Z])|[A-Z][\w-]*)"
                         r"(?:\s+(?:[A-Z][\w-]*|untuk|dari|di|urusan|bidang|dan)){0,12})(?=\s*[,.;]|\s+[a-z])")


def _role_after_the_name(st: _Article, p: _Para, end: int) -> tuple[str | None, str | None]:
    """The title set off after a name ("Georgiy Borisenko, Direktur ... Kementerian Luar Negeri
    Rusia mengatakan"): the role and the country its words or bodies name, so that "kata diplomat
    Rusia tersebut" later finds him."""
    m = _ROLE_AFTER.match(p.text, end)
    if m is None or (m.group("role").split()[0] not in TITLE_WORDS and m.group("role").split()[0].lower() not in _CUE_WORDS):
        return None, None  # ("Pejabat Senior Kementerian Perdagangan Korsel": a cue's word opens it too)
    country = None
    for h in p.hits:  # the last body or country: the one the others belong to ("Departemen ... Kementerian ... Rusia")
        if m.start("role") <= h.start < m.end("role"):
            entry = st.gaz.entry(h.canonical) if h.type == "organization" else None
            body_country = (entry.country if entry else _country_inside(st, p.index, h)) if h.type == "organization" else None
            country = (h.canonical if h.type == "country" else body_country) or country  # "Kementerian Perdagangan Korsel"
    return m.group("role"), country


_NAMED_THING_BEFORE = re.compile(r"(?:^|[\s“\"‘])(?:" + alternation(sorted(NAMED_THINGS)) + r")\s+$")


def _verb_subject_step(p: _Para, st: _Article) -> None:
    """The subject of a reporting verb: "Bagus Hendrawan mengatakan", "Austin menambahkan"."""
    for m in _VERB_AT.finditer(p.text):
        words: list[tuple[int, int, str]] = []
        for s0, e0, t in reversed(_run_before(p.text, m.start())):
            if p.entity_at(s0) is not None or t in TITLE_WORDS or t in CONNECTORS \
                    or (t in NOT_NAMES and not (words and words[0][2] in LEADING_GIVEN_NAMES and _after_a_word(p.text, s0))):
                break  # ("Indonesia Lalu Muhammad Iqbal mengatakan": the name's first word, not "then")
            words.insert(0, (s0, e0, t))
        if not words or _PREPOSITION_BEFORE.search(p.text, max(0, words[0][0] - 40), words[0][0]) \
                or _NAMED_THING_BEFORE.search(p.text, max(0, words[0][0] - 20), words[0][0]):
            continue  # "kepada Radio X mengonfirmasi": the object of what came before; "Latihan Freedom Edge menunjukkan"
        picked = _pick_name([t for _s, _e, t in words], st.counts, st.text)
        words = words[len(words) - len(picked):]
        start, end = words[0][0], words[-1][1]
        if p.taken.overlaps(start, end):
            continue
        canon = (st.resolve_with_title(picked[0]) or _called_by_its_ending(st, picked[0])) if len(picked) == 1 \
            else st.canonical(" ".join(picked))
        if canon is None and len(picked) == 1 and _a_surname_alone(st, p, start, picked[0]):
            canon = picked[0]  # "Di luar risiko militer, Narang mengatakan": a surname the page's cut-off start introduced
        if canon is not None:
            p.add(start, end, st.add_person(canon))


SURNAME_LETTERS = 4  # a surname alone as a verb's subject is this long at least


def _a_surname_alone(st: _Article, p: _Para, start: int, word: str) -> bool:
    """A word no dictionary, gazetteer or title list knows, in title case, opening its sentence or its
    clause after a comma, as a verb of saying's subject: a surname whose first mention the page lost."""
    if len(word) < SURNAME_LETTERS or not word[1:].islower() or is_word(word.lower()) or st.gaz.lookup(word) is not None \
            or word in st.gaz.short_map:
        return False  # ("Park berbicara ...": a surname several people the gazetteer knows share, left to their rules)
    before = p.text[max(0, start - 2):start]
    return start == 0 or before in (", ", ". ")


# "Kerry Winter, warga Australia yang tinggal di Sendai, mengatakan": the subject set off by
# an apposition; "Rachel Mealey dari ABC News melaporkan": the subject and where they work (what they are
# there, in small letters, between: "James Brady dari konsultan risiko Teneo mengatakan")
_SUBJECT_APART = re.compile(
    r"(?=[A-Z])(?:^|(?<=[.!?”\"]\s)|(?<=[a-z]\s))(" + _NAME_RUN + r")(?:,\s[^,.;“”\"]{3,90},"
    r"|\s+dari\s+(?:[a-z]+\s+){0,3}(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*,?\s+)"
    r"\s*(?:(?:" + "|".join(VERB_ADVERBS) + r")\s+)?(?:" + "|".join(REPORTING_VERBS + NEWS_VERBS) + r")\b"
)


def _subject_apart_step(p: _Para, st: _Article) -> None:
    for m in _SUBJECT_APART.finditer(p.text):
        name, start = m.group(1), m.start(1)
        words = name.split()
        before = p.text[max(0, start - 12):start].split()
        if len(words) < 2 or words[0] in TITLE_WORDS or any(w in NOT_NAMES for w in words) or st.gaz.lookup(name) \
                or p.taken.overlaps(start, start + len(name)) or p.entity_at(start) is not None or st.gaz.near_place(name) \
                or words[0].lower() in PLACE_KINDS or (before and before[-1] in PLACE_PREPOSITIONS):
            continue  # "... di Prefektur Kumamoto, menurut laporan media ..., menyebut": where, not who
        p.add(start, start + len(name), st.add_person(st.canonical(name)))


def _after_quote_step(p: _Para, st: _Article) -> None:
    """The name after a quote's verb: "“...,” kata Bagus Hendrawan"."""
    for m in _AFTER_QUOTE_VERB.finditer(p.text):
        if _UPPER_LETTER.match(p.text, m.end(1)):  # ("kata Kepala Naval Shop Business Management Development Hanwha Ocean, Kevin Kim")
            continue  # six capitalised words and more after them: a unit's or an office's name, its holder after it
        toks = [(t.start() + m.start(1), t.end() + m.start(1), t.group()) for t in re.finditer(r"\S+", m.group(1))]
        while toks and (toks[0][2] in TITLE_WORDS or toks[0][2] in NOT_NAMES or toks[0][2].lower() in _CUE_WORDS) \
                and not _a_surname_that_is_a_word(toks):
            toks = toks[1:]
        family_word = _a_surname_that_is_a_word(toks)  # "kata Yang Xiyu": "Yang" stays, a name's first word
        words = [t.rstrip(".,") if family_word else t for _s, _e, t in toks]
        if len(words) == 1 and m.group().startswith(","):
            continue  # "..., kata Chainalysis" in reported speech: one word may be a firm; a whole name is wanted
        if len(words) == 1 and (named := _name_after_the_word(p, toks[0][1])) is not None:
            if not p.taken.overlaps(*named.span(1)):  # "ujar Mehan, Prabowo Subianto": a title misprinted, the name after it
                p.add(*named.span(1), st.add_person(st.canonical(named.group(1))))
            continue
        if len(words) == 1 and not p.taken.overlaps(toks[0][0], toks[0][1]):
            word = words[0].rstrip(".,")
            canon: str | None
            if _EVERYDAY_AFTER.match(p.text, toks[0][0] + len(word)):
                canon = word  # "papar Hayashi seorang nelayan Jepang": a fisherman, not the minister the gazetteer knows
            else:
                canon = st.resolve_with_title(word) or _called_by_its_ending(st, word) \
                    or (_misspelt_known(st, word) or word if _a_bare_surname(st, word) else None)
            if canon:
                p.add(toks[0][0], toks[0][0] + len(word), st.add_person(canon))
            continue
        if len(words) < 2 or any((w in TITLE_WORDS or w in NOT_NAMES) and not (i == 0 and family_word)
                                 for i, w in enumerate(words)) or _fields_of_an_office(words):
            continue
        start, end = toks[0][0], toks[-1][1]
        if words[-1].rstrip(".,").lower() in MEDIA_WORDS:  # "“...,” tulis USNI News": a medium the gazetteer does not know
            if not p.taken.overlaps(start, end):
                p.add_organization(start, start + len(" ".join(words).rstrip(".,")))
            continue
        if not p.taken.overlaps(start, end) or _place_ends_the_name(p, toks):
            # ("tegas Park Tae-sung, Pejabat Senior Kementerian Perdagangan Korsel, seperti dikutip ...": what they are)
            p.add(start, end, st.add_person(st.known_by_ending(words) or st.canonical(" ".join(words)),
                                            *_role_after_the_name(st, p, end)))


# a whole name of two to four words, each capitalised ("Prabowo Subianto", "Kim Chang-beom")
_NAME_PART = r"[A-Z][a-z'’]+(?:-[A-Za-z][a-z]+)?"
_WHOLE_NAME = r"(?:" + _NAME_PART + r"\s){1,3}" + _NAME_PART
_NAME_AFTER_COMMA = re.compile(r",\s(" + _WHOLE_NAME + r")(?=[\s.,;]|$)")


def _name_after_the_word(p: _Para, end: int) -> re.Match | None:
    """", Prabowo Subianto" after the one word a quote's verb is followed by: a whole name (no title's words in it)
    set off after it names the speaker; the word was what they are."""
    m = _NAME_AFTER_COMMA.match(p.text, end)
    if m is None or any(w in TITLE_WORDS or w in NOT_NAMES for w in m.group(1).split()):
        return None
    return m


# "“...,” kata profesor politik ... di Universitas J.F. Oberlin, Tokyo, Akira Kato seperti dimuat ...": what the speaker
# is, in small letters first, then their whole name set off at its end
_NAMED_AFTER_WHAT_THEY_ARE = re.compile(
    r"[”\"]\s*,?\s*(?:" + "|".join(AFTER_QUOTE_VERBS) + r")\s+[a-z](?:[^.;“”\"\n]|(?<=\b[A-Z])\.){3,150}?,\s"  # (an initial's full stop: "J.F. Oberlin")
    r"((?:" + _NAME_PART + r"\s){1,2}" + _NAME_PART + r")(?=\s+[a-z]|\s*[.,;]|\s*$)")


def _named_after_what_they_are_step(p: _Para, st: _Article) -> None:
    """The whole name closing the description after a quote's verb is the speaker's, whatever bodies and places
    the description names before it."""
    for m in _NAMED_AFTER_WHAT_THEY_ARE.finditer(p.text):
        words = m.group(1).split()
        if p.taken.overlaps(*m.span(1)) or any(w in TITLE_WORDS or w in NOT_NAMES for w in words) \
                or ((hit := st.gaz.lookup(m.group(1))) is not None and hit[1] != "person"):
            continue
        p.add(*m.span(1), st.add_person(st.canonical(m.group(1))))


_SURNAME_SHAPE = re.compile(r"[A-Z][a-z]{1,14}")


def _a_surname_that_is_a_word(toks: list) -> bool:
    """"kata Yang Xiyu": a family name that is also a word ("Yang", "Song") before a given name
    no dictionary knows, the two making the whole name."""
    return len(toks) == 2 and toks[0][2] in KOREAN_SURNAMES and bool(_SURNAME_SHAPE.fullmatch(toks[1][2].rstrip(".,"))) \
        and not is_word(toks[1][2].rstrip(".,").lower())


def _a_bare_surname(st: _Article, word: str) -> bool:
    """A name alone after a quote's verb that nothing else names ("“...,” jelas Xu." on a
    page that begins after the full name): a person known by surname, unless it is a word,
    a place, a body, a month or a day the gazetteer or the dictionary knows."""
    return (_SURNAME_SHAPE.fullmatch(word) is not None and not is_word(word.lower())
            and st.gaz.entry(word) is None and st.gaz.lookup(word) is None and word not in CALENDAR_NAMES)


MISSPELT_SURNAME = 0.8  # how alike a surname and a known person's must be to be theirs misspelt ("Emmanuel", "Emanuel")


CALLED_BY_ENDING = 4  # letters at least of a name's ending a story may call its person by ("Rizad": Syafrizad)


def _called_by_its_ending(st: _Article, word: str) -> str | None:
    """"tambah Rizad" after "Syafrizad Riano Putra mengatakan": the one person named whose name's word ends with this
    one, the story's short call for them (the short form then names them wherever it stands)."""
    if len(word) < CALLED_BY_ENDING:
        return None
    tail = word.lower()
    found = {name for name in st.people for w in name.split() if len(w) > len(word) and w.lower().endswith(tail)}
    if len(found) != 1:
        return None
    name = found.pop()
    st.tokens.setdefault(word, set()).add(name)
    return name


def _misspelt_known(st: _Article, word: str) -> str | None:
    """The person already named whose surname this one misspells, if one alone is that close."""
    close = {name for name in st.people
             if difflib.SequenceMatcher(None, word, name.split()[-1]).ratio() >= MISSPELT_SURNAME}
    return close.pop() if len(close) == 1 else None


# "Kim Ki-jong", "Wi Sung-lac": a Korean family name and a hyphenated given name
# (not a photographer's credit: "REUTERS/Lee Min-su/Yonhap", "AP Photo/Park Ji-hoon")
_PARTICLE = r"(?:lah|pun|kah|nya)\b"  # glued on after a hyphen: "Kim Ryu Song-lah yang ..." is Kim Ryu Song
_KOREAN_NAME = re.compile(r"(?<![\w/-])" + alternation(KOREAN_SURNAMES) + r"\s(?:[A-Z][a-z]{1,5}(?:-(?!" + _PARTICLE
                          + r")|\s[–—]\s)(?:[a-z]{2,5}|[aeiou]|[A-Z][a-z]{1,4})"  # "Son Gi-o": a vowel is a syllable too
                          r"|[A-Z][a-z]{1,4}\s[A-Z][a-z]{1,4})(?![\w/]|-(?!" + _PARTICLE + "))")  # "Thae Yong Ho", "Kim Son Gyong", "Cheong Seong-Chang" too


# a romanised Korean syllable ("Kum", "Hyang", "Jong"), and a given name of two of them after a family name
_KOREAN_SYLLABLE = r"(?:[Kk]k?|[GgNnDdTtRrLlMmBbPpJjHh]|[Ss]s?|[Cc]h)?(?:[Yy]?(?:ae|eo|eu|a|e|o|u)|[Ww](?:ae|a|e|o|i)|oe|ui|i)(?:ng|[klmnpt])?"
# ("Cho Hyun-dong" is not the minister Cho Hyun either: a syllable in small letters after a hyphen,
# not a particle glued on: "Park Jin-lah", "Park Jin-nya")
_ONE_MORE_SYLLABLE = re.compile(rf"(?:[ -](?=[A-Z])|-(?!{_PARTICLE})(?=[a-z])){_KOREAN_SYLLABLE}(?![\w-])")
_LOWER_SYLLABLE = _KOREAN_SYLLABLE.replace("[Kk]", "k").replace("[GgNnDdTtRrLlMmBbPpJjHh]", "[gndtrlmbpjh]") \
    .replace("[Ss]", "s").replace("[Cc]", "c").replace("[Yy]", "y").replace("[Ww]", "w")
_KOREAN_JOINED = re.compile(r"(?<![\w/-])" + alternation(KOREAN_SURNAMES) + rf"\s(?P<given>(?=[A-Z]){_KOREAN_SYLLABLE}{_LOWER_SYLLABLE})"
                            r"(?![\w-])(?!\s[A-Z])")
_KOREAN_GIVEN = re.compile(rf"\s(?=[A-Z]){_KOREAN_SYLLABLE}[ -](?i:{_KOREAN_SYLLABLE})(?![\w-])")


# "An Kwang Il", "An Kwang-Il", "An Kwang-il": one person however a page writes the given name
_KOREAN_THREE = re.compile(r"(" + alternation(KOREAN_SURNAMES) + r") ([A-Z][a-z]{1,5})[ -]([A-Za-z][a-z]{1,5})")


_NAME_JOINS = re.compile(r"[\s-]")


def one_korean_spelling(name: str) -> str:
    """A Korean name the gazetteer does not know in one spelling, its given name joined by a
    hyphen ("An Kwang-il"), so that two pages spelling it apart count one person; any other name as it is."""
    m = _KOREAN_THREE.fullmatch(name)
    return f"{m.group(1)} {m.group(2)}-{m.group(3).lower()}" if m else name


# 'Letkol (Pnb) Ferrel "Venom" Rigonald': a pilot's call sign in quote marks between the given name and the surname
_BRACKETED = re.compile(r"\([^()]*\)")  # "Letkol (Pnb)": the corps in brackets after the rank
_NICKNAMED = re.compile(r"(?<![\w-])([A-Z][a-z]{2,})\s+[\"“]([A-Z][a-z]{2,})[\"”]\s+([A-Z][a-z]{2,})(?![\w-])")


def _nicknamed_step(p: _Para, st: _Article) -> None:
    """A name with a nickname in quote marks inside it: the person is the given name and the surname, no title's
    words, and no dictionary's unless a rank stands before ("Mayor Budi “Falcon” Santoso" is Budi Santoso;
    "Kapal “Sinar” Harapan" is no one)."""
    for m in _NICKNAMED.finditer(p.text):
        first, last = m.group(1), m.group(3)
        before = _BRACKETED.sub("", p.text[max(0, m.start() - 30):m.start()]).split()
        ranked = bool(before) and before[-1] in TITLE_WORDS
        known = p.entity_at(m.start(3))  # 'Joseph Robinette "Joe" Biden': the known person the surname already named
        if known is not None and known.type == "person" and last in known.canonical.split() \
                and not p.taken.overlaps(m.start(), m.start(3)):
            p.add(m.start(), m.end(), known.canonical, priority=2)
            continue
        if p.taken.overlaps(m.start(), m.end()) or any(w in TITLE_WORDS or w in NOT_NAMES or (is_word(w.lower()) and not ranked)
                                                       for w in (first, last)):
            continue
        p.add(m.start(), m.end(), st.add_person(st.canonical(f"{first} {last}")))


# "Rachmawati Soekarnoputri (tengah) menerima ...": a name, then where in the photo the person stands
_PLACED_IN_PHOTO = re.compile(r"(?<![\w-])(" + _WHOLE_NAME + r")\s*"
                              r"\((?:(?:paling|kedua|ketiga|keempat)\s+(?:dari\s+)?)?(?:tengah|kiri|kanan)\)")


def _placed_in_photo_step(p: _Para, st: _Article) -> None:
    """A whole name followed by where in the photo the person stands ("(tengah)", "(kedua dari kiri)"): a person."""
    for m in _PLACED_IN_PHOTO.finditer(p.text):
        words = m.group(1).split()
        while words and (words[0] in TITLE_WORDS or words[0] in NOT_NAMES):
            words = words[1:]  # "Presiden Joko Widodo (kiri)": the title before the name
        name = " ".join(words)
        start = m.end(1) - len(name)
        if len(words) < 2 or p.taken.overlaps(start, m.end(1)) or ((hit := st.gaz.lookup(name)) is not None and hit[1] != "person"):
            continue
        p.add(start, m.end(1), st.add_person(st.canonical(name)))


def _korean_name_step(p: _Para, st: _Article) -> None:
    """Korean names by their shape, wherever they stand ("Kim Ki – Jong", a dash set apart, is Kim Ki-jong); a
    given name of two syllables written as one word ("Lee Sangsin", "Kim Changbeom") when it is no word of the
    language."""
    found = list(_KOREAN_NAME.finditer(p.text))
    found += [m for m in _KOREAN_JOINED.finditer(p.text) if not is_word(m.group("given").lower())]
    for m in found:
        if not p.taken.overlaps(m.start(), m.end()):
            written = _SPACED_DASH.sub(lambda d: "-" + d.group(1).lower(), m.group())
            p.add(m.start(), m.end(), st.add_person(st.canonical(written), *_role_after_the_name(st, p, m.end())))


_SPACED_DASH = re.compile(r"\s[–—]\s([A-Z])")


def _is_root(word: str) -> bool:
    """A dictionary root itself, not only a form derived from one."""
    return is_word(word) and not is_derived(word.lower())


def _name_before_title_step(p: _Para, st: _Article) -> None:
    """"Xue Jian Konsul Jenderal China di Osaka ...": a name of two or three words no
    dictionary has, right before its title, opening its sentence or clause."""
    for m in _CUE_RE.finditer(p.text):
        run = _run_before(p.text, m.start(), limit=4)
        words = [t for _s, _e, t in run]
        if not 2 <= len(words) <= 3 or is_word(words[0]) or any(_is_root(w) or w in TITLE_WORDS or w in NOT_NAMES
                                                                  for w in words):
            continue  # a later word may read as a derived form ("Masaaki Kanai": kana + -i), not a root
        start, end = run[0][0], run[-1][1]
        if p.text[max(0, start - 2):start].strip() not in ("", ",") or p.taken.overlaps(start, end) \
                or any(p.entity_at(s0) is not None for s0, _e, _t in run):
            continue
        p.add(start, end, st.add_person(st.canonical(" ".join(words)), role=m.group()))


# "warga Amerika Kenneth Shinzato (32)", "Rina Shimabukuro (20 tahun)": a name, then the person's age in brackets
# "Ibu Megumi, Sakie Yokota, 83, mengucapkan ...": the age set off by commas, as English puts it
_AGE_NAME_WORD = r"[A-Z][a-z'’]+(?:[A-Z][a-z'’]+)?(?:-[A-Za-z][a-z'’]*(?:[A-Z][a-z'’]+)?)*"  # "McLean", "James-McLean"
# a middle initial and a suffix too: "Ngoc T Truong Huynh, 25,", "Gary Leo Rehm Jr., 37,"
_NAME_THEN_AGE = re.compile(rf"(?<![\w-])((?:(?:{_AGE_NAME_WORD}|[A-Z]\.?)\s){{1,3}}{_AGE_NAME_WORD}(?:\s[JS]r\.?)?)"
                            r"(?:\s\(\d{1,2}(?:\s+tahun)?\)|,\s\d{1,2},\s)")
AGE_NAME_WORDS = 4  # words of a name before an age at the most ("Carlos Victor Ganzon Sibayan, 23,")


# "kata seorang warga yang ikut unjuk rasa di Osaka, Tanaka (30).": one name set off by a comma, its age in brackets
_ONE_NAME_THEN_AGE = re.compile(rf"(?<=,\s)({_AGE_NAME_WORD})(?=\s\(\d{{1,2}}(?:\s+tahun)?\))")


def _one_name_then_age(p: _Para, st: _Article) -> None:
    """One name, set off by a comma and followed by an age in brackets: a person (many go by one
    name), unless a dictionary, the gazetteer or the titles know the word."""
    for m in _ONE_NAME_THEN_AGE.finditer(p.text):
        word = m.group(1)
        if is_word(word.lower()) or st.gaz.lookup(word) or word in TITLE_WORDS or word in NOT_NAMES \
                or p.taken.overlaps(m.start(1), m.end(1)):
            continue
        p.add(m.start(1), m.end(1), st.add_person(st.canonical(word)))


def _age_after_name_step(p: _Para, st: _Article) -> None:
    """A name of two to four words followed by an age, in brackets or set off by commas, the
    words before it that name a place or a title left out; at least one word no dictionary has."""
    _one_name_then_age(p, st)
    for m in _NAME_THEN_AGE.finditer(p.text):
        whole = [(t.start() + m.start(1), t.end() + m.start(1), t.group()) for t in re.finditer(r"\S+", m.group(1))]
        toks = whole
        while toks and (st.gaz.lookup(toks[0][2]) or toks[0][2] in TITLE_WORDS or toks[0][2] in NOT_NAMES):
            toks = toks[1:]
        placed = _a_place_name_as_family_name(st, whole, toks)  # "Yokota Sakie (88) mengatakan": not the air base
        toks = whole if placed else toks
        words = [t for _s, _e, t in toks]
        if not 2 <= len(words) <= AGE_NAME_WORDS or all(is_word(w.lower()) for w in words) or st.gaz.lookup(" ".join(words)):
            continue
        start, end = toks[0][0], toks[-1][1]
        if placed or not p.taken.overlaps(start, end):
            p.add(start, end, st.add_person(st.canonical(" ".join(words))), priority=2 if placed else 1)


def _a_place_name_as_family_name(st: _Article, whole: list, left: list) -> bool:
    """Two words before an age, the first a place's one-word name the gazetteer knows (no country), the second no
    word of the dictionary: a Japanese name, family name first, that is also a place's ("Yokota Sakie (88)")."""
    if len(whole) != 2 or len(left) != 1 or is_word(left[0][2].lower()):
        return False
    hit = st.gaz.lookup(whole[0][2])
    return hit is not None and hit[1] == "place"


# "wawancara dengan Bret Baier dari Fox News", "kata Tom Walker dari Al Jazeera": a journalist by the outlet they are of
_NAME_OF_AN_OUTLET = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2})\s+dari\s+(?=[A-Z])")


def _of_an_outlet_step(p: _Para, st: _Article) -> None:
    """Two or three capitalised words, then "dari" and a news outlet the gazetteer knows: the outlet's
    journalist, when some word of the name is no dictionary word, and none is a title nor the gazetteer's."""
    for m in _NAME_OF_AN_OUTLET.finditer(p.text):
        outlet = p.entity_at(m.end())
        if outlet is None or outlet.start != m.end() or not is_media(st.gaz, outlet.canonical):
            continue
        words, start, end = m.group("name").split(), m.start("name"), m.end("name")
        if all(is_word(w.lower()) for w in words) or any(w in NOT_NAMES or w in TITLE_WORDS or st.gaz.lookup(w) for w in words) \
                or p.taken.overlaps(start, end) or p.entity_at(start) is not None:
            continue
        p.add(start, end, st.add_person(st.canonical(m.group("name"))))


# "Koichiro Iizuka masih balita ... . Ia juga mengucapkan ...": a sentence opened by two or three capitalised
# words, then a lower-case one, and the next sentence goes on with "Ia"/"Dia"/"Beliau" (only a person is so)
_NAME_THEN_HE = re.compile(r"(?:^|(?<=[.!?]\s))(?P<name>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2})\s+[a-z][^.!?“”\"]{3,200}[.!?]\s+"
                           r"(?:Ia|Dia|Beliau)\s+[a-z]")


def _name_then_he_step(p: _Para, st: _Article) -> None:
    """A sentence's subject the next sentence calls "Ia": a person, when no word of the name
    is a dictionary word nor the gazetteer's (a place's, a body's)."""
    for m in _NAME_THEN_HE.finditer(p.text):
        words, start = m.group("name").split(), m.start("name")
        end = start + len(m.group("name"))
        if any(is_word(w.lower()) or w in NOT_NAMES or w in TITLE_WORDS or st.gaz.lookup(w) for w in words) \
                or p.taken.overlaps(start, end) or p.entity_at(start) is not None:
            continue
        p.add(start, end, st.add_person(st.canonical(" ".join(words))))


# a Korean name by its shape before the apposition's two words: "Kim Hyon Hui, mata-mata ..." had been "Hyon Hui"
# "Dan Scavino, staf Trump di Gedung Putih, ...": a sentence opened by "Dan" (also the word "and"), one
# capitalised word, a comma and a description in small letters: the given name Dan
_DAN_NAMED = re.compile(r"(?:^|(?<=[.!?]\s))(?P<name>Dan\s(?P<last>[A-Z][a-z'’-]{2,}))(?=,\s+[a-z])")


def _dan_named_step(p: _Para, st: _Article) -> None:
    """A name whose given name is Dan, at a sentence's start, set off by its description; not when the
    word after "Dan" is a word of the language or a name the gazetteer knows ("Dan Jepang, ...")."""
    for m in _DAN_NAMED.finditer(p.text):
        last = m.group("last")
        if is_word(last) or st.gaz.lookup(last) or p.taken.overlaps(m.start("name"), m.end("name")):
            continue
        p.add(m.start("name"), m.end("name"), st.add_person(st.canonical(m.group("name"))))


# "... Akiba Takeo dan Eduardo Ano dari Filipina melakukan ...", "... Trump, dan Matt Pottinger, yang ...": two or
# three capitalised words after "dan" that follows a person, then where they are from, a comma, a stop or the
# sentence going on in small letters
_LISTED_AFTER_A_PERSON = re.compile(r",?\s+dan\s+(?P<name>[A-Z][a-z'’-]{2,}(?:\s[A-Z][a-z'’-]{1,}){1,2})"
                                    r"(?=\s+(?:dari|asal)\s+[A-Z]|\s*[,.]|\s+[a-z])")


def _listed_after_a_person_step(p: _Para, st: _Article) -> None:
    """A name listed right after a person's, joined by "dan": a person too, when none of its words is a word of
    the language or a name the gazetteer knows as something else."""
    people = [f for f in (*p.hits, *p.new) if f.type == "person"]
    for person in people:
        m = _LISTED_AFTER_A_PERSON.match(p.text, person.end)
        if m is None or p.taken.overlaps(m.start("name"), m.end("name")):
            continue
        words = m.group("name").split()
        if any(is_word(w) or w in NOT_NAMES or st.gaz.lookup(w) for w in words) or st.gaz.lookup(m.group("name")):
            continue
        p.add(m.start("name"), m.end("name"), st.add_person(st.canonical(m.group("name"))))


PEOPLE_BY_CUE = (_nicknamed_step, _age_after_name_step, _cue_step, _korean_name_step, _placed_in_photo_step, _apposition_step,
                 _verb_subject_step, _subject_apart_step, _after_quote_step, _named_after_what_they_are_step,
                 _name_before_title_step, _name_then_he_step, _dan_named_step, _listed_after_a_person_step, _of_an_outlet_step)


def _people_by_cue_step(st: _Article) -> None:
    """People the gazetteer does not know, by title cue, apposition, verb, quote tag."""
    for pi in range(len(st.paragraphs)):
        p = _Para.of(st, pi)
        for step in PEOPLE_BY_CUE:
            step(p, st)
        st.per_para[pi] = [h for h in st.per_para[pi] if h not in p.dropped] + p.new


_AGENT_NOUN = re.compile(r"Pe[mnr]?[a-z]{4,}")  # "Penjaga", "Pengawal", "Pewarta": one who does


def _no_persons_name(st: _Article, name: str) -> bool:
    """A body's or a place's name, unless the gazetteer knows it as a person's: an acronym
    alone ("Pejabat USGS"); a place noun first ("Istana Akasaka"); an acronym of three
    letters or more after the first word of a name in mixed case ("Anti Penempatan THAAD";
    initials first stay a name: "TB Hasanuddin"); Indonesian words led by an agent noun
    ("Penjaga Pantai", the coast guard; "Pengawal Revolusi"); a verb with a suffix first
    ("Batalkan Pengerahan ..."); initials only in a text in mixed case ("FISIP UI"). Names made of dictionary
    words otherwise stay people ("Putri Ayu", "Intan Permata"), and so does a derived word
    after the first ("Ratu Pembayun")."""
    if st.gaz.entry(name) is not None:
        return False
    if _ACRONYM_WORD_ONLY.fullmatch(name) or _PLACE_FIRST.match(name) or _INITIALS_ONLY.fullmatch(name):
        return True  # "kontraktor Raytheon C.": an initial alone names nobody
    words = name.split()
    if not name.isupper() and any(len(w) >= 3 and _ACRONYM_WORD_ONLY.fullmatch(w) for w in words[1:]):
        return True
    if len(words) > 1 and all(_ACRONYM_WORD_ONLY.fullmatch(w) for w in words) and not st.text_in_capitals:
        return True  # "pengajar FISIP UI": initials only, in a text in mixed case, are a body's
    if len(words) > 1 and any(w in _ENGLISH_HEADS for w in words):
        return True  # "Sogang University International College mengatakan": a school; "Korea Organization Tourism" too
    if len(words) == 2 and words[1] in _ROMAN_NUMERALS and _a_title_word(words[0]):
        return True  # "Pangkogabwilhan I" (and its misprint "Pangkobagwilhan I"): an office and its number
    if len(words) > 1 and words[0].endswith("kan") and is_suffixed_verb(words[0].lower()):  # not -i: "Tamaki"
        return True  # "Batalkan Pengerahan Aegis Ashore" from a headline: a verb, then its object
    return len(words) > 1 and _AGENT_NOUN.fullmatch(words[0]) is not None and is_derived(words[0]) \
        and (all(map(is_word, words[1:])) or _names_someone(st, " ".join(words[1:])))


_ROMAN_NUMERALS = frozenset({"I", "II", "III", "IV", "V", "VI"})


def _a_title_word(word: str) -> bool:
    """A word of a title, or one two letters off a long one ("Pangkobagwilhan" for Pangkogabwilhan)."""
    return word in TITLE_WORDS or (len(word) >= MISPRINT_LETTERS + 4 and any(
        len(t) >= MISPRINT_LETTERS + 4 and t[:4] == word[:4] and _edits(word.lower(), t.lower(), 2) <= 2 for t in TITLE_WORDS))


def _names_someone(st: _Article, rest: str) -> bool:
    """Whether the rest of a name is a person already known ("Pengganti Abe": Abe's
    successor, "Pendukung Trump": his supporters)."""
    found = st.gaz.lookup(rest)
    return (found is not None and found[1] == "person") or st.resolve_with_title(rest, None) is not None


# "apa yang disebut sistem “Kill Chain”": a name the page sets in quote marks, whole, is a term's
_QUOTED_TERM = re.compile(r"[‘“\"'](?<!\w')([A-Z][\w-]*(?:\s[A-Z][\w-]*){1,3})[’”\"'](?!\w)")


# "Universitas Politik Kim Il-sung": an institution named after a person, a word of what it teaches between
_INSTITUTION_AND_FIELD = re.compile(r"\b(?:Universitas|Akademi|Sekolah|Institut|Stadion|Museum)\s+([A-Z][a-z]+)\s+$")


def _named_after_them(para: str, start: int) -> bool:
    m = _INSTITUTION_AND_FIELD.search(para, max(0, start - 30), start)
    return m is not None and is_word(m.group(1).lower())


def _not_buildings_step(st: _Article) -> None:
    """A "person" that names a place, a building or a ship is not one ("Kim Il Sung
    Square", "Lapangan Kim Il Sung", "USS Carl Vinson"), nor an acronym alone. A ship's
    name is the ship wherever it stands ("kedatangan Carl Vinson" after "USS Carl Vinson");
    a place's name after a ship noun is a ship or its class ("kelas Los Angeles"); so is a
    term's the page sets in quote marks ("Kill Chain menyerukan ..." after "sistem “Kill Chain”")."""
    ships = {m.group(1) for para in st.paragraphs for m in _SHIP_NAME.finditer(para)}
    ships |= {m.group(1) for para in st.paragraphs for m in _QUOTED_TERM.finditer(para)}  # (a term, as a ship's name is)
    for pi, para in enumerate(st.paragraphs):
        keep = []
        for h in st.per_para[pi]:
            if h.type == "place" and _VESSEL_BEFORE.search(para, max(0, h.start - 40), h.start):
                continue  # "kapal selam serang kelas Los Angeles": a class of ships, not the city
            if h.type == "place" and _NAVY_BEFORE.search(para, max(0, h.start - 10), h.start):
                continue  # "Angkatan Laut Filipina": a navy, not the Philippine Sea
            if h.type == "person" and (h.canonical in ships or h.text in ships or _a_ships_name(st, para, h)
                                       or _PLACE_AFTER.match(para, h.end)
                                       or _PLACE_BEFORE.search(para, max(0, h.start - PLACE_NOUN_REACH), h.start)
                                       or _named_after_them(para, h.start)
                                       or _no_persons_name(st, h.canonical)):
                st.dropped.add(h.canonical)
            else:
                keep.append(h)
        st.per_para[pi] = keep
    st.dropped -= {h.canonical for hits in st.per_para for h in hits if h.type == "person"}


def _short_forms_step(st: _Article) -> None:
    """Short forms of people the article introduced ("Austin", "Lee"): a form several
    people share goes to the one whose full name came last before it."""
    # the people the headline names come first, as its subjects ("Kim Jong Un Menangis")
    full_at: dict[str, list[tuple[int, int, int]]] = {name: [(-1, 0, SUBJECT)] for name in st.known if " " in name}
    latest = _latest_year(st.text)
    for pi, hits in enumerate(st.per_para):
        people = [h for h in hits if h.type == "person" and " " in h.text]
        para = st.paragraphs[pi]
        subjects = {s: how for s, how in _subjects(para, people).items() if not _told_of_the_past(para, s, latest)}
        for h in people:
            if not _KIN_OF_NAME.search(para, max(0, h.start - 40), h.start):  # "anak Kim Jong-il": whose son
                full_at.setdefault(h.canonical, []).append((pi, h.start, subjects.get(h.start, MENTIONED)))
    read_as: dict[str, tuple[int, int]] = {}  # person -> where a shared short form last named them
    full_names = _full_names_of(st)  # (not one the page cut off: "imbuh Kim Tae-h" at its end is Kim Tae-hyo's "Kim")
    for pi, para in enumerate(st.paragraphs):
        hits = st.per_para[pi]
        spans = [(h.start, h.end) for h in hits if not h.nested]
        taken = Intervals(spans)
        new = [Found(m.start(), m.end(), m.group(), "person", m.group(), 0) for m in full_names.finditer(para)
               if not taken.overlaps(m.start(), m.end()) and (pi, m.end()) != st.cut_at] if full_names else []
        if new:
            taken = Intervals(spans + [(f.start, f.end) for f in new])
        for m in _NAME_WORD.finditer(para):
            s, e, tok = m.start(), m.end(), m.group()
            if (tok in NOT_NAMES and not _a_word_as_a_known_surname(st, para, s, tok)) or tok in TITLE_WORDS \
                    or taken.overlaps(s, e) or (pi, e) == st.cut_at \
                    or (_DAY_BEFORE.search(para, max(0, s - 4), s) and _YEAR_AFTER.match(para, e)):
                continue  # "07 Jun 2024": a month, not the "Jun" of a name
            canon = st.resolve_short(tok)
            if canon is None and (canon := _nearest_before(st.tokens.get(tok), full_at, (pi, s), read_as)):
                read_as[canon] = (pi, s)  # "Kim" read as Kim Yo Jong: she stays the topic
            if canon is None and not st.tokens.get(tok) and not _NEXT_NAME.match(para, e):
                canon = _known_by_surname_alone(st, tok, para[max(0, s - 30):s], para[e:e + 30])
            if canon and canon not in st.dropped:
                new.append(Found(s, e, tok, "person", canon, 0))
        nested = [h for h in hits if h.nested]
        st.per_para[pi] = _resolve_overlaps([h for h in hits if not h.nested] + new) + nested


_SPEAKER_BEFORE = re.compile(r"\b(?:[Mm]enurut|kata|ujar|ucap|tambah|jelas|tegas)\s+$")


def _a_word_as_a_known_surname(st: _Article, para: str, s: int, tok: str) -> bool:
    """"Menurut Yang, ..." after "kata Yang Xiyu": a word that is also a family name, where a
    speaker's name stands, is the person the article named with it; so is one after a title
    ("kata Jenderal Abrams" after "Jenderal Robert Abrams": a person, not the tank)."""
    if _SPEAKER_BEFORE.search(para, max(0, s - 10), s) is not None:
        return any(name.split()[0] == tok for name in st.people if " " in name)
    before = para[max(0, s - 30):s].split()
    return bool(before) and before[-1] in TITLE_WORDS and any(name.split()[-1] == tok for name in st.people if " " in name)


def _full_names_of(st: _Article) -> re.Pattern | None:
    """The whole names of the people found by a cue (no gazetteer entry), to find again where
    no cue stands ("mengenang Rina Shimabukuro" after "seorang perempuan ..., Rina Shimabukuro")."""
    names = [n for n in st.people if " " in n and n not in st.dropped and st.gaz.entry(n) is None]
    return re.compile(r"(?<![\w-])(?:" + alternation(names) + r")(?![\w-])") if names else None


_PREVIOUS_NAME = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]+\s+$")  # a capitalised word before, not a sentence's first
SURNAME_ALONE_AT_LEAST = 2  # "menyerang Lippert", "Tangan Lippert": a page that starts past the full name


_EVERYDAY_AFTER = re.compile(r",?\s+(?:seorang|salah\s+seorang|sebagai)\s+(?i:" + alternation(EVERYDAY_PEOPLE) + r")\b")


def _known_by_surname_alone(st: _Article, tok: str, before: str, after: str = "") -> str | None:
    """A surname the article never introduced: the person it names in this beat ("pembalasan
    Kim" is Kim Jong Un); else the one person the gazetteer knows by it, when the article
    uses it more than once (a page scraped from its middle never spells the name out) and
    it does not end another name ("Matt Brown" is not Charles Q. Brown Jr.), or once, joined by
    "dan" to a person the article names, or once as a sentence's subject in an article that
    names the person's country ("Hamada memerintahkan Pasukan Bela Diri Jepang ...")."""
    if tok in st.gaz.default_map:
        return st.add_person(st.gaz.default_map[tok])
    cands = st.gaz.short_map.get(tok) or []
    if len(cands) > 1:
        cands = _in_office_with(st, cands)  # "Obama dan Park": the Park in office in Obama's time
    if len(cands) == 1 and other_bearers(st.text, tok, cands[0], st.gaz):
        return None  # "King" beside "Travis King" (or a ship, "USS Ralph Johnson"): not the gazetteer's
    if len(cands) == 1 and (st.counts.get(tok, 0) >= SURNAME_ALONE_AT_LEAST or _beside_a_person(st, before)
                            or _subject_of_its_country(st, cands[0], before, after)
                            or (_SAID_BY.search(before) and _SENTENCE_ENDS.match(after))) and not (
            (m := _PREVIOUS_NAME.search(before)) and m.group().strip() not in TITLE_WORDS):
        return st.add_person(cands[0])
    return None


def given_names_before(text: str, surname: str, whole: bool = False) -> list[str]:
    """The capitalised words the text writes right before a surname ("Travis" of "Travis King"); `whole`: only where
    the two are a whole name, no capitalised word after them ("Kenneth Franklin Shinzato" gives no "Kenneth")."""
    end = r"(?![\w-])(?!\s[A-Z])" if whole else r"\b"
    return [m.group(1) for m in re.finditer(r"\b([A-Z][a-z]+)\s+" + re.escape(surname) + end, text)]


def other_bearers(text: str, surname: str, person: str, gaz: Gazetteer) -> list[str]:
    """The names the text writes with the surname after a given name that is not the known
    person's ("Travis King" where the gazetteer knows Robert R. King): someone else's; not
    after a country or a place ("Menlu Rusia Lavrov" is Sergei Lavrov)."""
    own = set(person.replace(".", " ").split())
    return list(dict.fromkeys(f"{g} {surname}" for g in given_names_before(text, surname) if g not in own and g not in TITLE_WORDS
                              and g not in NOT_NAMES and not is_word(g.lower())
                              and ((hit := gaz.lookup(g)) is None or hit[1] == "person")))


# "..., ujar Suga.": a surname that ends a sentence as the one who said it
_SAID_BY = re.compile(r",\s*(?:" + "|".join(AFTER_QUOTE_VERBS) + r")\s+$")
_SENTENCE_ENDS = re.compile(r"\s*(?:[.;]|$)")
# a sentence's start, or a reported clause's ("... dalam pernyataannya menyebut Park telah memberitahu Wang Yi")
_OPENS_A_SENTENCE = re.compile(r"(?:^|[.!?”\"]\s+|\b(?:" + alternation(REPORTING_VERBS) + r")(?:\s+bahwa)?\s+)$")
_ACTS = re.compile(r"\s+(?:(?:juga|pun|kemudian|lalu|telah|sudah)\s+)?(?:me|ber)[a-z]{3,}\b")  # "Hamada memerintahkan"


def _subject_of_its_country(st: _Article, person: str, before: str, after: str) -> bool:
    """A surname opening a sentence or a reported clause as the subject of a verb ("Hamada
    memerintahkan ...", "menyebut Park telah memberitahu ..."), in an article that names the
    country the gazetteer gives the person."""
    entry = st.gaz.entries.get(person)
    return entry is not None and entry.country is not None and bool(_OPENS_A_SENTENCE.search(before)) \
        and bool(_ACTS.match(after)) and any(h.type == "country" and h.canonical == entry.country
                                             for hits in st.per_para for h in hits)


_AND_BEFORE = re.compile(r"\b([A-Z][\w-]+)\s+(?:dan|serta|&)\s+$")  # "Trump dan Abe": a pair of leaders


def _beside_a_person(st: _Article, before: str) -> bool:
    """Whether a surname stands after "dan" joined to a person the article names ("Trump dan
    Abe, di ruang makan, ..."): once is then enough to read it as the one person the
    gazetteer knows by it."""
    m = _AND_BEFORE.search(before)
    return m is not None and st.resolve_short(m.group(1)) is not None


def _in_office_with(st: _Article, cands: list[str]) -> list[str]:
    """Of several people a surname could name, those who held an office while the most of the
    other officials the article names held theirs ("Park" beside Wang Yi and Lee Jong-sup is
    Park Jin, whose term met both, not Park Geun-hye, whose met Wang Yi's alone); all of them
    when it names no other official."""
    others: dict[str, list[Term]] = {}
    for name, t in _officials_terms(st):
        if name not in cands:
            others.setdefault(name, []).append(t)
    met = {c: sum(any(t.overlaps(o) for t in st.gaz.entries[c].terms for o in terms) for terms in others.values())
           for c in cands}
    best = max(met.values(), default=0)
    return [c for c in cands if met[c] == best and best > 0] if others else cands


def _officials_terms(st: _Article) -> list[tuple[str, Term]]:
    """(person, term) of every person the article has named so far, kept until it names more
    (a long text asks for them once per new person, not once per surname)."""
    if st.terms_cache is None or st.terms_cache[0] != len(st.people):
        terms = [(name, t) for name in st.people if (e := st.gaz.entries.get(name)) for t in e.terms]
        st.terms_cache = (len(st.people), terms)
    return st.terms_cache[1]


def _name_tails_step(st: _Article) -> None:
    """A name found on its own that is the end of a longer name the article gives ("Yo Jong"
    after "Kim Yo Jong", "Jae-in" after "Moon Jae-in"): the same person, when no other
    name ends so and the gazetteer knows nobody by the shorter one."""
    found = {h.canonical for hits in st.per_para for h in hits if h.type == "person"} | set(st.known)
    words = {name: tuple(name.replace("-", " ").lower().split()) for name in found}
    into = {}
    for short, tail in words.items():
        longer = [full for full, w in words.items() if len(w) > len(tail) >= 2 and w[-len(tail):] == tail]
        if not longer and len(tail) == 2 and st.gaz.entry(short) is None and (known := st.gaz.given_name_of(short)):
            longer = [known]  # "lanjut Yo Jong" alone: the one known person whose given name it is (Kim Yo Jong)
        if len(longer) == 1 and st.gaz.entry(short) is None:
            into[short] = longer[0]
    _renamed(st, into)


def _renamed(st: _Article, into: dict[str, str]) -> None:
    """People found under one name who are another's ("Yo Jong": Kim Yo Jong): their mentions and what
    is known of them go to that name."""
    for hits in st.per_para:
        for h in hits:
            if h.type == "person" and h.canonical in into:
                h.canonical = into[h.canonical]
    for short, full in into.items():
        if (info := st.people.pop(short, None)) is not None:
            st.add_person(full, info.role, info.country)


# "Putri Yokota, Megumi": a kin word, the family's name, then the given name set off; "Yokota dan suaminya,
# Shigeru": her husband, his given name set off after the family's name
_GIVEN = r"(?P<given>[A-Z][a-z]{2,})(?=\s*[,.;)]|\s+[a-z])"
_KIN_FAMILY_GIVEN = re.compile(r"(?<![\w-])(?i:" + _KIN_WORD + r")(?:nya)?\s+(?P<family>[A-Z][a-z]{2,}),\s+" + _GIVEN)
_FAMILY_AND_KIN = re.compile(r"(?<![\w-])(?P<family>[A-Z][a-z]{2,})\s+dan\s+(?i:" + _KIN_WORD + r")nya,\s+" + _GIVEN)
# "Yokota Megumi adalah ...": two capitalised words, no third after them (nor before: _same_family_runs)
_TWO_WORDS = re.compile(r"(?<![\w-])([A-Z][a-z]{2,})\s([A-Z][a-z]{2,})(?![\w-])(?!\s[A-Z])")
_CAPITAL_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w-]*)\s$")


def _family_step(st: _Article) -> None:
    """Kin who share a family name with a person the article names ("Yokota Sakie"): the given name
    set off after a kin word ("Putri Yokota, Megumi", "Yokota dan suaminya, Shigeru"), and two
    capitalised words with the family's name in its place ("Yokota Megumi"), when the other word is
    no word of the language nor a name the gazetteer knows. The name is written in the order the
    known one is ("Yokota Megumi", not "Megumi Yokota")."""
    families = _family_names(st)
    if not families:
        return
    _one_family_member(st)
    for pi, para in enumerate(st.paragraphs):
        taken = Intervals((h.start, h.end) for h in st.per_para[pi] if not h.nested)
        for start, end, name in _kin_named(st, para, families) + _same_family_runs(st, para, families):
            if not taken.overlaps(start, end) and (pi, end) != st.cut_at:
                # "Moon Jaein" after "Moon Jae-in": the same person spelt together, not a relative
                st.per_para[pi].append(Found(start, end, para[start:end], "person", st.add_person(st.canonical(name)), 1))
                taken.add(start, end)


def _named_in_full_step(st: _Article) -> None:
    """A person found by a one-word name only ("tutur Yasuda") whom the text names in full where no cue
    stands, inside a quote too ("keselamatan dari Jumpei Yasuda"): the full name, when only one given name
    stands before that name and it is no word of the language nor a name the gazetteer knows."""
    into = {}
    for name in [n for n in st.people if " " not in n and n not in st.dropped and st.gaz.entry(n) is None]:
        given = {w for w in given_names_before(st.text, name, whole=True) if len(w) >= 3 and _could_be_given(st, w)}
        if len(given) == 1:
            into[name] = f"{given.pop()} {name}"
    _renamed(st, into)


def _family_names(st: _Article) -> dict[str, int]:
    """The words that may be a family's name: either word of a two-word name of a person the article
    names, where it stands in the name (0 first, 1 last); a word two names put in different places
    is neither's."""
    where: dict[str, set[int]] = {}
    for name in st.people:
        words = name.split()
        if len(words) == 2 and name not in st.dropped:
            for i, w in enumerate(words):
                where.setdefault(w, set()).add(i)
    return {w: places.pop() for w, places in where.items() if len(places) == 1 and not is_word(w.lower())}


def _one_family_member(st: _Article) -> None:
    """"Putri Yokota" read by its title cue as a person "Yokota": the one person the article names by that
    family name, when only one has it."""
    members: dict[str, list[str]] = {}
    for name in st.people:
        if len(words := name.split()) == 2:
            for w in words:
                members.setdefault(w, []).append(name)
    _renamed(st, {w: names[0] for w, names in members.items() if len(names) == 1 and w in st.people and st.gaz.entry(w) is None})


def _kin_named(st: _Article, para: str, families: dict[str, int]) -> list[tuple[int, int, str]]:
    out = []
    for pattern in (_KIN_FAMILY_GIVEN, _FAMILY_AND_KIN):
        for m in pattern.finditer(para):
            family, given = m.group("family"), m.group("given")
            if family in families and _could_be_given(st, given):
                name = f"{family} {given}" if families[family] == 0 else f"{given} {family}"
                out.append((m.start("given"), m.end("given"), name))
    return out


def _same_family_runs(st: _Article, para: str, families: dict[str, int]) -> list[tuple[int, int, str]]:
    out = []
    for m in _TWO_WORDS.finditer(para):
        name = m.group()
        if (before := _CAPITAL_BEFORE.search(para, max(0, m.start() - 30), m.start())) and before.group(1) not in TITLE_WORDS:
            continue  # a third capitalised word before them, no title: a longer name's part
        for i in (0, 1):
            if families.get(m.group(i + 1)) == i and name not in st.people and _could_be_given(st, m.group(2 - i)):
                out.append((m.start(), m.end(), name))
    return out


def _could_be_given(st: _Article, word: str) -> bool:
    return not (is_word(word.lower()) or word in NOT_NAMES or word in TITLE_WORDS or word in _ENGLISH_HEADS
                or st.gaz.lookup(word) or word in st.people)


def _bare_ministry_step(st: _Article) -> None:
    """A ministry named without its country ("kata Kementerian Pertahanan dalam sebuah
    pernyataan", "Kementerian Pertahanannya") is the one of the country the page ties it to
    (the clues in `_MINISTRY_CLUES`, first that answers); with no clue it stays bare, its
    "-nya" dropped (heldout35's v13: Japan's, with Hamada; it stood on no side of the quotes
    view)."""
    for pi, hits in enumerate(st.per_para):
        for h in hits:
            bare = _bare_ministry(st.gaz, h)
            if bare is None:
                continue
            country = next((c for clue in _MINISTRY_CLUES if (c := clue(st, pi, h, bare))), None)
            found = st.gaz.lookup(f"{bare} {country}") if country else None
            h.canonical = found[0] if found and found[1] == "organization" else bare
            if found and found[1] == "organization":
                _of_their_ministry(st, h.text, country)


def _of_their_ministry(st: _Article, ministry: str, country: str | None) -> None:
    """"juru bicara Kementerian Pertahanan Moon Sang-gyun": whoever's title names the bare ministry now
    resolved is of its country (quotes side by side counted his words in no side)."""
    for info in st.people.values():
        if info.country is None and info.role and ministry in info.role:
            info.country = country


def _bare_ministry(gaz: Gazetteer, h: Found) -> str | None:
    """The bare ministry a found organisation is, "-nya" and all, or None."""
    if h.type != "organization":
        return None
    name = h.canonical[:-3] if h.canonical.endswith("nya") else h.canonical
    return name if name in gaz.bare_ministries else None


_AFTER_MINISTRY = re.compile(r"\s*(?:\([A-Z][\w.-]{1,10}\)\s*)?(?:\(|,\s*|di\s+)?")  # " (Kemhan) Inggris", " (Korsel)", " di Seoul", ", Jakarta."
_THROUGH = re.compile(r",?\s+melalui\s+")  # "Indonesia, melalui Kementerian Luar Negeri"


def _country_of(st: _Article, f: Found) -> str | None:
    if f.type == "country":
        return f.canonical
    if f.type == "person":
        info = st.people.get(f.canonical)
        return info.country if info else None
    entry = st.gaz.entries.get(f.canonical) if f.type == "place" else None
    return entry.country if entry else None


def _named_right_after(st: _Article, pi: int, h: Found, _bare: str) -> str | None:
    """"Kementerian Pertahanan di Seoul", "Kementerian Pertahanan (Kemhan) Inggris",
    "kantor Kementerian Pertahanan, Jakarta." (a city after a comma only where it ends the clause)."""
    para = st.paragraphs[pi]
    for f in st.per_para[pi]:
        if f.start >= h.end and f.type in ("country", "place") and _AFTER_MINISTRY.fullmatch(para, h.end, f.start):
            comma = "," in para[h.end:f.start] and "(" not in para[h.end:f.start]
            if comma and (f.type == "country" or not _SENTENCE_ENDS.match(para, f.end) and para[f.end:f.end + 1] != ","):
                return None
            return _country_of(st, f)
    return None


def _acting_through(st: _Article, pi: int, h: Found, _bare: str) -> str | None:
    """"Amerika Serikat, melalui Kementerian Pertahanan, terus menegaskan"."""
    para = st.paragraphs[pi]
    return next((f.canonical for f in st.per_para[pi]
                 if f.type == "country" and f.end <= h.start and _THROUGH.fullmatch(para, f.end, h.start)), None)


def _owner_of_nya(st: _Article, pi: int, h: Found, bare: str) -> str | None:
    """"Presiden Korea Selatan Moon Jae-in ... setelah Kementerian Pertahanannya gagal": the
    owner is the last country or person of a country named before it in the sentence."""
    if h.canonical == bare:
        return None
    para = st.paragraphs[pi]
    before = [f for f in st.per_para[pi] if f.end <= h.start and not re.search(r"[.!?]\s", para[f.end:h.start])]
    owners = [c for f in before if (c := _country_of(st, f)) and f.type in ("country", "person")]
    return owners[-1] if owners else None


def _one_country_named(st: _Article, _pi: int, _h: Found, bare: str) -> str | None:
    """The one country whose minister of that office, or whose ministry written out in full, the
    article names ("Kementerian Pertahanan Jepang" earlier; not "Pentagon")."""
    office = bare.split(" ", 1)[1].lower()  # "pertahanan", "luar negeri"
    countries = {info.country for info in st.people.values()
                 if info.country and info.role and office in info.role.lower()}
    countries |= {entry.country for hits in st.per_para for h in hits
                  if h.type == "organization" and h.text.startswith(bare + " ")
                  and (entry := st.gaz.entries.get(h.canonical)) is not None and entry.country}
    return countries.pop() if len(countries) == 1 else None


_MINISTRY_CLUES = (_named_right_after, _acting_through, _owner_of_nya, _one_country_named)


_MEDIUM_BEFORE = re.compile(r"\b(?i:kantor berita|media|harian|surat kabar|stasiun televisi|televisi|majalah|koran)\s+$")


def _medium_nationality_step(st: _Article) -> None:
    """A country named only as a news medium's nationality ("Kantor Berita Inggris Reuters") is
    no country the story is about: its mentions go when every one is such (heldout62's fc08
    listed Britain; "surat kabar Jepang Yomiuri" in a story on Japan keeps Japan)."""
    of_media: dict[str, list[tuple[int, Found]]] = {}
    others: set[str] = set()
    for pi, hits in enumerate(st.per_para):
        para = st.paragraphs[pi]
        for i, h in enumerate(hits):
            if h.type != "country":
                continue
            nxt = hits[i + 1] if i + 1 < len(hits) else None
            if _MEDIUM_BEFORE.search(para, max(0, h.start - 20), h.start) and nxt is not None \
                    and is_media(st.gaz, nxt.canonical) and re.fullmatch(r"\s*,?\s+", para[h.end:nxt.start]):
                of_media.setdefault(h.canonical, []).append((pi, h))
            else:
                others.add(h.canonical)
    for country, found in of_media.items():
        if country not in others:
            for pi, h in found:
                st.per_para[pi].remove(h)


# "Otoritas pertahanan Korea, Amerika Serikat, dan Jepang": "Korea" alone, listed with other countries as one of
# them (South Korea's government writes itself so); not "Semenanjung Korea", "Korea Utara", "Perang Korea"
_BARE_KOREA = re.compile(r"(?<![\w-])" + "".join(f"(?<!{re.escape(w)} )" for w in KOREA_NOT_AFTER)
                         + r"Korea(?![\w-])(?!\s+" + alternation(KOREA_HALVES) + r"\b)")
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:dan\s+)?|\s+dan\s+|\s*[-–/]\s*)")


def _korea_among_countries_step(st: _Article) -> None:
    """"Korea" alone, listed with other countries (one right before or after it, a comma, "dan" or a dash
    between): South Korea, as its government's pages write it (a walker's South Korea filter lost the
    trilateral framework's page)."""
    for pi, para in enumerate(st.paragraphs):
        hits = st.per_para[pi]
        countries = [h for h in hits if h.type == "country" and h.canonical != "Korea Utara"]
        if not countries or "Korea" not in para:
            continue
        taken = Intervals((h.start, h.end) for h in hits if not h.nested)
        extra = [Found(m.start(), m.end(), m.group(), "country", "Korea Selatan", 1) for m in _BARE_KOREA.finditer(para)
                 if not taken.overlaps(m.start(), m.end()) and _listed_with(para, m, countries)]
        if extra:
            st.per_para[pi] = sorted(hits + extra, key=lambda f: f.start)


def _listed_with(para: str, m: re.Match, countries: list[Found]) -> bool:
    after = _LIST_JOIN.match(para, m.end())
    return any((after is not None and c.start == after.end())
               or _LIST_JOIN.fullmatch(para, c.end, m.start()) is not None
               for c in countries)


STEPS = (_gazetteer_step, _ministry_abbreviation_step, _acronym_step, _people_by_cue_step, _family_step, _named_in_full_step,
         _not_buildings_step,
         _name_tails_step, _short_forms_step, _bare_ministry_step, _medium_nationality_step, _korea_among_countries_step)


def extract_entities(paragraphs: list[str], gaz: Gazetteer | None = None, known: tuple[str, ...] = ()) -> EntityResult:
    """Run the steps; every mention becomes an Entity located in its paragraph. `known`:
    people named before the body (in the headline or a photo caption), whose surnames the
    body may use alone."""
    st = _Article(paragraphs, gaz or gazetteer(), known)
    for name in known:
        st.add_person(name)
    for step in STEPS:
        step(st)
    entities = [
        Entity(f.text, f.type, f.canonical, pi, f.start, f.end)
        for pi, hits in enumerate(st.per_para)
        for f in sorted(hits, key=lambda f: f.start)
    ]
    people = {name: st.people[name] for name in dict.fromkeys(e.canonical for e in entities if e.type == "person")}
    return EntityResult(entities, people, st.role_mentions)


# a capitalised word that may be a name: "Austin", "Min-koo", camel case "LaPlante", "McMaster"
_NAME_WORD = re.compile(r"(?<![\w-])[A-Z](?:[a-z'’]+|[a-z]*[A-Z][a-z'’]+)(?:-[A-Za-z][a-z]+)?(?![\w-])")
