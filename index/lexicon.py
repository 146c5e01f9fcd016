"""The extractor's word lists, loaded once from `index/data/lexicon.toml`.

Every rule that needs a list of words (reporting verbs, title cues, words that are
never names, menu words...) imports it from here, so a list is kept in one place and
`tests/test_lexicon.py` can check them all. Month and weekday names come from Babel
through `index.dates`, the one place that reads dates.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from babel import Locale

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PATH = Path(__file__).resolve().parent / "data" / "lexicon.toml"


def alternation(words, ignore_case: bool = False) -> str:
    """A regex matching any of `words`, as a trie: the engine dispatches on each next
    character instead of trying every word in turn (a cue list of 144 titles scanned a
    paragraph in 45 us as `a|b|c...`, in 13 us as a trie). At one place a longer word is
    tried before a shorter one it begins with, as a list sorted longest first does.
    `ignore_case`: letters become [Aa] classes (words are casefolded first)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in (word.casefold() if ignore_case else word):
            node = node.setdefault(ch, {})
        node[""] = {}

    def char(ch: str) -> str:
        return f"[{ch.upper()}{ch.lower()}]" if ignore_case and ch.isascii() and ch.isalpha() else re.escape(ch)

    def emit(node: dict) -> str:
        alts = [char(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return ("(?:" + body + ")?") if len(alts) == 1 else body + "?"
        return body

    return "(?:" + emit(trie) + ")"


def _load(path: Path = PATH) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def load_data(name: str) -> dict:
    """One of the data files beside the lexicon ("events.toml"), parsed."""
    return _load(PATH.with_name(name))


_DATA = _load()


def _calendar_names() -> frozenset[str]:
    """Indonesian month and weekday names, capitalised as they open a sentence."""
    loc = Locale("id")
    names = set(loc.months["format"]["wide"].values()) | set(loc.days["format"]["wide"].values())
    written = {"Jumat", "Minggu", "Jum'at", "Jum’at"}  # "Jum'at, 16 Juni 2023": the apostrophe some sites keep
    return frozenset({n[:1].upper() + n[1:] for n in names} | written | {w.title() for w in written})


REPORTING_VERBS: tuple[str, ...] = tuple(_DATA["verbs"]["reporting"])
NEWS_VERBS: tuple[str, ...] = tuple(_DATA["verbs"]["news"])
ACTING_VERBS: frozenset[str] = frozenset(_DATA["verbs"]["acting"])
AFTER_QUOTE_VERBS: tuple[str, ...] = tuple(_DATA["verbs"]["after_quote"])
AFTER_QUOTE_PREFIXED: tuple[str, ...] = tuple(_DATA["verbs"]["after_quote_prefixed"])
ACCORDING_WORDS: tuple[str, ...] = tuple(_DATA["verbs"]["according"])
VERB_ADVERBS: tuple[str, ...] = tuple(_DATA["verbs"]["adverbs"])
MODALS: tuple[str, ...] = tuple(_DATA["verbs"]["modals"])

# longest first, so "Menteri Pertahanan" wins over "Menteri"
_ENGLISH_CUES: list[str] = _DATA["titles"]["english_cues"]
TITLE_CUES: tuple[str, ...] = tuple(sorted({*_DATA["titles"]["cues"], *_ENGLISH_CUES}, key=len, reverse=True))
TITLE_CUES_LOWER: frozenset[str] = frozenset(c.lower() for c in TITLE_CUES)  # "wali kota", "menteri pertahanan"
HONORIFICS: frozenset[str] = frozenset(_DATA["titles"]["honorifics"])
DESCRIPTOR_CUES: frozenset[str] = frozenset(_DATA["titles"]["descriptor_cues"])
EXPERT_NOUNS: frozenset[str] = frozenset(_DATA["titles"]["experts"])
SENTENCE_OPENERS: tuple[str, ...] = tuple(_DATA["titles"]["sentence_openers"])
HEAD_NOUNS: frozenset[str] = frozenset(_DATA["titles"]["head_nouns"])
HEAD_TITLES: frozenset[str] = frozenset(_DATA["titles"]["head_titles"])
POSTS: tuple[str, ...] = tuple(_DATA["titles"]["posts"])
NEEDS_KNOWN_NAME: frozenset[str] = frozenset(_DATA["titles"]["needs_known_name"]) | {c.lower() for c in _ENGLISH_CUES}
REGIONAL_HEADS: frozenset[str] = frozenset(_DATA["titles"]["regional_heads"])
SPELLED_OUT: dict[str, str] = dict(_DATA["titles"]["spelled_out"])  # "menlu" -> "menteri luar negeri"
ABBREVIATED_MINISTRIES: dict[str, str] = dict(_DATA["titles"]["abbreviated_ministries"])  # "kemhan" -> "kementerian pertahanan"
SAME_OFFICE: dict[str, str] = dict(_DATA["titles"]["same_office"])  # "kepala pentagon" -> "menteri pertahanan as"
# in capitals too: page chrome and datelines shout ("KEMENTERIAN", "ASIA")
OFFICE_WORDS: frozenset[str] = frozenset(_DATA["titles"]["office_words"])
TITLE_WORDS: frozenset[str] = frozenset(_DATA["titles"]["words"]) | {w.upper() for w in _DATA["titles"]["words"]}

CALENDAR_NAMES: frozenset[str] = _calendar_names()
NOT_NAMES: frozenset[str] = frozenset(_DATA["names"]["not_names"]) | CALENDAR_NAMES | {
    w.upper() for w in _DATA["names"]["not_names"] if len(w) > 3}
CONNECTORS: frozenset[str] = frozenset(_DATA["names"]["connectors"])
PLACE_PREPOSITIONS: frozenset[str] = frozenset(_DATA["names"]["place_prepositions"])
NAMED_THINGS: frozenset[str] = frozenset(_DATA["names"]["named_things"])
EVERYDAY_PEOPLE: tuple[str, ...] = tuple(_DATA["names"]["everyday_people"])
DOCUMENT_NOUNS: tuple[str, ...] = tuple(_DATA["names"]["document_nouns"])
LAW_NOUNS: tuple[str, ...] = tuple(_DATA["names"]["law_nouns"])
STATEMENT_NOUNS: tuple[str, ...] = tuple(_DATA["names"]["statement_nouns"])
SAID_THAT_NOUNS: tuple[str, ...] = tuple(_DATA["names"]["said_that_nouns"])
INSTITUTION_NOUNS: tuple[str, ...] = tuple(_DATA["names"]["institution_nouns"])
COLLECTIVE_SOURCES: tuple[str, ...] = tuple(_DATA["names"]["collective_sources"])
KOREAN_SURNAMES: tuple[str, ...] = tuple(_DATA["names"]["korean_surnames"])
NAME_PARTICLES: frozenset[str] = frozenset(_DATA["names"]["name_particles"])
LEADING_GIVEN_NAMES: frozenset[str] = frozenset(_DATA["names"]["leading_given_names"])
PLACE_NOUNS: tuple[str, ...] = tuple(_DATA["names"]["place_nouns"])
NOT_AFTER_IBU: tuple[str, ...] = tuple(_DATA["names"]["not_after_ibu"])
COUNTRIES_AS_GIVEN_NAMES: frozenset[str] = frozenset(_DATA["names"]["countries_as_given_names"])
PLACE_KINDS: tuple[str, ...] = tuple(_DATA["names"]["place_kinds"])
VENUE_WORDS: tuple[str, ...] = tuple(_DATA["names"]["venue_words"])
VENUE_KINDS: tuple[str, ...] = tuple(_DATA["names"]["venue_kinds"])
KOREA_NOT_AFTER: tuple[str, ...] = tuple(_DATA["names"]["korea_not_after"])
KOREA_HALVES: tuple[str, ...] = tuple(_DATA["names"]["korea_halves"])

PERCEIVED_VERBS: tuple[str, ...] = tuple(_DATA["quotes"]["perceived_verbs"])
SOURCE_QUANTIFIERS: frozenset[str] = frozenset(_DATA["quotes"]["source_quantifiers"])
JOINT_SOURCE_WORDS: frozenset[str] = frozenset(_DATA["quotes"]["joint_source_words"])
SOURCE_PHRASE_ENDS: frozenset[str] = frozenset(_DATA["quotes"]["source_phrase_ends"])
ROLE_GLUE: frozenset[str] = frozenset(_DATA["quotes"]["role_glue"])
SUBJECT_GLUE: frozenset[str] = frozenset(_DATA["quotes"]["subject_glue"])
OWNER_NOUNS: tuple[str, ...] = tuple(_DATA["quotes"]["owner_nouns"])
NAMING_WORDS: tuple[str, ...] = tuple(_DATA["quotes"]["naming_words"])
REFERRING_WORDS: tuple[str, ...] = tuple(_DATA["quotes"]["referring_words"])
LABEL_DETERMINERS: tuple[str, ...] = tuple(_DATA["quotes"]["label_determiners"])
EXPLAINING_NOUNS: tuple[str, ...] = tuple(_DATA["quotes"]["explaining_nouns"])
BEAT_TERMS: frozenset[str] = frozenset(_DATA["quotes"]["beat_terms"])
NAME_PREPOSITIONS: tuple[str, ...] = tuple(_DATA["quotes"]["name_prepositions"])
FIRST_PERSON: tuple[str, ...] = tuple(_DATA["quotes"]["first_person"])
KIN_WORDS: tuple[str, ...] = tuple(_DATA["quotes"]["kin_words"])
KIN_QUALIFIERS: tuple[str, ...] = tuple(_DATA["quotes"]["kin_qualifiers"])
KIN_WORDS_QUALIFIED: tuple[str, ...] = tuple(_DATA["quotes"]["kin_words_qualified"])
KIN_SIBLING_WORDS: tuple[str, ...] = tuple(_DATA["quotes"]["kin_sibling_words"])
KIN_SIBLINGS: tuple[str, ...] = tuple(_DATA["quotes"]["kin_siblings"])
OTHERS_QUANTIFIERS: tuple[str, ...] = tuple(_DATA["quotes"]["others_quantifiers"])
OTHERS_NOUNS: tuple[str, ...] = tuple(_DATA["quotes"]["others_nouns"])
OCCASION_OPENERS: tuple[str, ...] = tuple(_DATA["dates"]["occasion_openers"])
OCCASION_NOUNS: tuple[str, ...] = tuple(_DATA["dates"]["occasion_nouns"])

MENU_WORDS: frozenset[str] = frozenset(_DATA["page"]["menu_words"])
WIDGET_WORDS: tuple[str, ...] = tuple(_DATA["page"]["widget_words"])
LANGUAGE_NAMES: tuple[str, ...] = tuple(_DATA["sites"]["language_names"])
MEDIA_WORDS: frozenset[str] = frozenset(_DATA["page"]["media_words"])
SENTENCE_WORDS: frozenset[str] = frozenset(_DATA["page"]["sentence_words"])
CUT_LINE_ENDS: frozenset[str] = frozenset(_DATA["page"]["cut_line_ends"])
HEADLINE_SMALL_WORDS: frozenset[str] = frozenset(_DATA["page"]["headline_small_words"])
ENGLISH_FUNCTION_WORDS: frozenset[str] = frozenset(_DATA["page"]["english_function_words"])
LINK_SHORTENERS: frozenset[str] = frozenset(_DATA["sites"]["link_shorteners"])
MEDIA_HOSTS: frozenset[str] = frozenset(_DATA["sites"]["media_hosts"])
PHOTO_HOSTS: frozenset[str] = frozenset(_DATA["sites"]["photo_hosts"])
POSTING_SERVICES: frozenset[str] = frozenset(_DATA["sites"]["posting_services"])
SITE_ENDINGS: tuple[str, ...] = tuple(_DATA["sites"]["endings"])
SOURCE_KINDS: frozenset[str] = frozenset(_DATA["page"]["source_kinds"])
SOURCE_TAIL: frozenset[str] = frozenset(_DATA["page"]["source_tail"])
MARKET_INDICES: frozenset[str] = frozenset(_DATA["market"]["indices"])


def raw() -> dict:
    """The file as written (lists with their duplicates, if any): for the integrity test."""
    return _load()
