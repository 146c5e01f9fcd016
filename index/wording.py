"""The index's own sentences for people, as templates the reader can translate.

The index speaks English (the CLI prints these lines as they are; warnings are stored
with the articles). Each line a person may read in the reader is made from one of the
templates below, with `{name}` placeholders; the reader's catalogs
(tui/locale/*/alliance_reader.po) carry a translation of each template, and
`match(line)` gives back (template, values) for a line made from one, so the reader
can say it in the user's language. No gettext, Textual or Rich here.

Values named in MESSAGE_VALUES are themselves lines made from templates (a reason, a
detail) and are translated in turn; values named in WORD_VALUES are single words of
the catalogs (weekday names); PARAGRAPH_VALUES are 0-based paragraph indexes, shown
counted from 1 (`reword`); every other value (a file, a query, a date, a number) is
shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

TEMPLATES: dict[str, None] = {}  # every template marked below, in order


def N_(template: str) -> str:
    """Mark a template for the catalogs (pybabel extracts N_) and register it for match()."""
    TEMPLATES[template] = None
    return template


MESSAGE_VALUES = frozenset({"error", "reason", "detail", "warning", "problem", "found", "where", "owner", "cue"})
WORD_VALUES = frozenset({"said", "actual"})
NUMBER_VALUES = frozenset({"paragraph", "year", "count", "max_chars", "max_words", "letters", "chars", "tries", "uid",
                           "found_version", "version", "seconds"})
VERB_VALUES = frozenset({"verb"})  # Indonesian words of a quote's tag: letters and spaces
PARAGRAPH_VALUES = frozenset({"paragraph"})  # stored 0-based, as every paragraph index; people count from 1

# --- weekday names in date warnings (index 0 = Monday) -----------------------------------------
WEEKDAYS = (N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"), N_("Sunday"))

# --- the query (index/query_limits.py, index/search.py) -----------------------------------------
QUERY_CUT = N_("the query was cut to its first {max_chars} characters")
WORD_CUT = N_("a word longer than {letters} letters was cut")
QUERY_WORDS = N_("only the first {max_words} words were searched")
WILDCARD_STEM = N_("* and ? need {letters} letters before them")
EXPANSION_CUT = N_("{word} reaches more than {terms} words: the rest were not searched")
UNOPENED_PARENTHESIS = N_("a closing parenthesis has no opening one")
UNCLOSED_PARENTHESIS = N_("a parenthesis is not closed")
UNCLOSED_QUOTE = N_("a quotation mark is not closed")
UNCLOSED_RANGE = N_("a date range bracket is not closed")
UNKNOWN_FIELD = N_("unknown field '{name}:'")
EMPTY_FIELD = N_("'{name}:' has no value")
LONE_OPERATOR = N_("an operator has nothing on one side")
SEARCHED_PLAIN = N_("{error}: searched the plain words ({words})")
SEARCHED_MENDED = N_("{error}: searched {words}")
SEARCHED_NOTHING = N_("{error}: searched the plain words (nothing)")
UNREADABLE_QUERY = N_("could not read the query as search syntax: searched the plain words ({words})")
UNKNOWN_VALUE = N_("{field}: holds no '{value}': found nothing for it (it holds {values})")
UNREADABLE_DATE = N_("could not read the date '{date}': found nothing for it (a range is written [2018 to 2023])")
NOTHING_TO_SEARCH = N_("nothing to search for in the query")
# a word typed whole that no article holds as written, found through its root only
ROOT_ONLY = N_("No word “{word}” as written: showing words of its root “{root}” ({forms})")
ROOT_ONLY_BARE = N_("No word “{word}” as written: showing words of its root “{root}”")
# a word typed whole that some of the matches hold as written and the rest only through its root
AS_WRITTEN_SOME = N_("“{word}” as written in the text: {n} of the {total} articles; the others have other words of its root “{root}”")
PHRASE_COMMON = N_('"{phrase}" is searched without {words} (too common to index), in any form of its words')
SEARCH_FAILED = N_("search failed ({kind}): searched the plain words ({words})")
SEARCH_LATE = N_("the search took over {seconds} s: the hits found by then")

# --- date warnings, stored with each article (index/dates.py, index/dating.py) -----------------
WEEKDAY_MISMATCH = N_('weekday mismatch: "{text}" says {said} but {date} is a {actual}')
IN_PARAGRAPH = N_("{warning} (paragraph {paragraph})")  # stored 0-based: reword() shows it from 1
YEAR_FROM_WEEKDAY = N_('date: the year of "{text}" is uncertain: {year} is the most recent year that fits, '
                       "and nothing else in the text pins it")
YEAR_NOT_PINNED = N_('date: "{text}" names no year, and nothing in the text pins one: it fits {years}, ... '
                     "(left undated rather than put in the latest)")
YEAR_FROM_NAMED = N_('date: the year of "{text}" is uncertain: {year} is a year the text names that the weekday '
                     "fits, and the text may name it for another event")
YEAR_AFTER_NAMED = N_('date: the year of "{text}" is uncertain: {year} is the first year the weekday fits after {named}, '
                      "the latest year the text names, which it may name for another event")
YEAR_NEAR_NAMED = N_('date: the year of "{text}" is uncertain: the officials named held office in several years '
                     "that fit; {year} is the first after {named}, the latest year the text names")
STAMP_AGAINST_TEXT = N_('date: the page\'s time stamp ({stamp}) cannot be the day of "{text}" (another weekday '
                        "in its year): the page was likely published again later, and the text's own day is taken")
YEAR_AGAINST_OTHER_DAY = N_('date: the year of "{text}" is uncertain: the text also names "{other}", whose weekday '
                            "does not fit {year}")
YEAR_TIE = N_('date: the year of "{text}" is uncertain: the officials named held office in several years '
              "that fit; {year} is the most recent")
WEEKDAY_AGAINST_OFFICIALS = N_('date: unknown: the weekday of "{text}" fits no year in which {people} '
                               "held office as the text names them")
# a bug in the rules that read names, quotes and dates: the page keeps its text (searchable), and says so
RULES_FAILED = N_("the rules that read names, quotes and the date failed on this page ({error}): its text is kept, "
                  "with none of them read; please report it")
PAGE_DATE_ONLY = N_("date: only the page's own date line ({date}) dates it, and it may be the day the page was read")
EMBED_DAY = N_('date: only a post the page embeds ("{text}") dates it: the story is of that day or later')
YEAR_AGAINST_WEEKDAY = N_('date: the year of "{text}" is uncertain: it prints {printed}, when that day was no {said}; '
                          "{year} fits the weekday and the rest of the text better")
DAY_AGAINST_WEEKDAY = N_('date: "{text}" is uncertain: it says {said}, but {date} was a {actual}, and nothing else '
                         "in the text dates it better")
DAY_MONTH_SWAPPED = N_('date: "{text}" is uncertain: the text also names "{other}", the same weekday with the day and '
                       "the month the other way round")
CUT_OFF = N_("the text ends inside a sentence: the page may have been saved cut off, the story going on")
ONLY_UPDATED = N_("date: the page only says when it was updated ({stamp}), not when it was published")
FORMAT_DATE_USED = N_("date: the text dates it {date} ({basis}); the {source} date {given} is used")  # index/extract.py

# --- reading a file (index/reading.py words these; kept here word for word) ---------------------
BYTES_REPLACED = N_("{count} invalid byte(s) replaced; the rest is valid UTF-8")
DECODED_AS = N_("decoded as {encoding}, not UTF-8")

# --- why a file is not indexed (index/reading.py, index/kinds.py, index/extract.py word these;
# kept here word for word: tests/test_languages.py makes each bad file's reason match one) -----
SKIP_BINARY = N_("binary file, not text")
SKIP_EMPTY = N_("empty: no text")
SKIP_UNDECODABLE = N_("undecodable: not UTF-8 and no other text encoding fits")
SKIP_TOO_LARGE = N_("too large to be an article: over {kb} KB")
SKIP_CANNOT_READ = N_("cannot read: {reason}")
SKIP_NOT_REGULAR = N_("not a regular file: {kind}")
SKIP_LINK_LOOP = N_("symbolic link loop")
SKIP_BROKEN_LINK = N_("broken symbolic link")
SKIP_LINK_OUT = N_("symbolic link out of the corpus folder, not followed")
SKIP_HIDDEN_FOLDER = N_("hidden folder, not read")
SKIP_FOLDER_UNREADABLE = N_("cannot read the folder: {reason}")
SKIP_HIDDEN_FROM_OTHERS = N_("other users cannot read it; not put in an index they read")
SKIP_NOT_A_FORMAT = N_("not an article format: {what} ({suffix})")
SKIP_UNKNOWN_FORMAT = N_("not an article format ({suffix}); read are {readable}")
SKIP_NO_ARTICLE = N_("no article in this file")
SKIP_NOTHING_LEFT = N_("no article text left after removing page furniture")

# --- the index: missing, busy, damaged, unsafe ---------------------------------------------------
NO_INDEX = N_("no index in {index_dir}")  # index/store.py
INDEX_BUSY = N_("another build is updating {index_dir}")
INDEX_DAMAGED = N_("the index in {index_dir} is damaged ({detail})")
FILE_MISSING = N_("{file} is missing")  # the damage details of index/store.py
POINTER_EMPTY = N_("its {file} file names no generation")
POINTER_MISSING = N_("its {file} file is missing")
GENERATION_MISSING = N_("its generation {generation} is missing")
CONTENTS_MISSING = N_("its table of contents is missing")
GENERATIONS_CHANGING = N_("its generations keep changing")
REPAIR_WITH = N_("{error}; whoever maintains it can repair it with: {command}")
UNSAFE_INDEX = N_("refusing to open the index: {found}; an index others can change could run code as you ({reason})")
UNSAFE_FIX = N_("ask whoever runs the index to make it owned by root or you and writable only by its owner")
OWNED_BY_OTHER = N_("{path} belongs to another user (uid {uid})")
WRITABLE_BY = N_("{path} can be changed by {owner}")
EVERYONE = N_("everyone")
ITS_GROUP = N_("its group")
UNCHECKABLE = N_("cannot check the index at {folder}: {reason}")
CANNOT_READ_INDEX = N_("cannot read the index in {index_dir}: {reason}")
NOT_UPDATED = N_("index not updated: {reason}")
CANNOT_BUILD = N_("cannot build the index in {index_dir}: {reason}")

# --- unexpected errors (tui/crashlog.py) ---------------------------------------------------------
UNEXPECTED_LOGGED = N_("unexpected error ({what}); details in {path}")
UNEXPECTED_UNLOGGED = N_("unexpected error ({what}); no log could be written")

# --- the user's own state and exports (index/state.py, index/export.py) --------------------------
LOST_THIS_SESSION = N_("stars and marks this session will not be kept")
STATE_NOT_KEPT = N_("your reader state cannot be kept in {folder}; {reason}")
STATE_UNUSABLE = N_("your reader state {problem}; {reason}")
STATE_DAMAGED = N_("your reader state in {file} is damaged ({detail}); {reason}")
STATE_MOVED_ASIDE = N_("your reader state in {file} was damaged ({detail}); {where} and a fresh one was started")
MOVED_TO = N_("it was moved to {path}")
MOVED_BY_OTHER = N_("another reader moved it aside")
STATE_NOT_SAVED = N_("your reader state in {file} could not be saved ({why}); stars and marks from now on will not be kept")
STATE_NOT_OPENED = N_("your reader state could not be opened ({error}); stars and marks this session will not be kept")
FILE_UNUSABLE = N_("in {file} cannot be used ({why})")
FILE_NOT_REGULAR = N_("in {file} cannot be used (it is not a regular file)")
FILE_OTHERS = N_("in {file} cannot be used (it belongs to another user)")
FILE_IN_USE = N_("in {file} is in use by another program ({why})")
FILE_NEWER = N_("in {file} was written by a newer alliance-reader (schema {found_version}, this one knows {version})")
NAME_NEEDED = N_("a saved search needs a name")
NAME_TOO_LONG = N_("a saved search's name is at most {max_chars} characters (this one has {chars})")
QUERY_NEEDED = N_("the saved search {name} needs a query")
SAVED_QUERY_TOO_LONG = N_("a saved search is at most {max_chars} characters (this one has {chars})")
EXPORTS_NOWHERE = N_("exports cannot be written in {folder}")
EXPORT_NOT_WRITTEN_IN = N_("the export could not be written in {folder} ({why})")
EXPORT_NAMES_TAKEN = N_("the export could not be written in {folder} ({tries} files named {name} already)")
EXPORT_NOT_WRITTEN_TO = N_("the export could not be written to {path} ({why})")

# --- how a quote's speaker was found (index/attribution.py, index/quotes.py), kept with each
# quote: the Indonesian words of the tag, then how the rule found the name ------------------------
CUE_NAME = N_("name")
CUE_SURNAME = N_("gazetteer surname")
CUE_ORGANISATION = N_("organisation")
CUE_STATEMENT = N_("statement")
CUE_NAME_AFTER = N_("name after the quote")
CUE_SUBJECT = N_("the sentence's subject")
CUE_REPORTED = N_("after their reported speech")
CUE_FOLLOWS = N_("follows the previous quote")
CUE_CONTINUED = N_("the same quote, from the paragraph before")
CUE_PARAGRAPH_SUBJECT = N_("{cue} → the one the paragraph tells of")
CUE_PRONOUN = N_("pronoun after the quote")
CUE_PARAGRAPH = N_("a paragraph of quote")
CUE_BEFORE_COMMAS = N_("the name before the commas")
CUE_ROLE = N_("role noun: {noun}")
CUE_VERB_NAME = N_("{verb} name")
CUE_VERB_SURNAME = N_("{verb} gazetteer surname")
CUE_VERB_ORGANISATION = N_("{verb} organisation")
CUE_VERB_ROLE = N_("{verb} role noun: {noun}")
CUE_WITH_NAME = N_("{verb} + name")
CUE_WITH_SURNAME = N_("{verb} + gazetteer surname")
CUE_WITH_ORGANISATION = N_("{verb} + organisation")
CUE_WITH_UNNAMED = N_("{verb} + unnamed subject")
CUE_WITH_BEFORE_COMMAS = N_("{verb} + the name before the commas")
CUE_WITH_ROLE = N_("{verb} + role noun: {noun}")
# a quote whose bounds are a guess, because the page lost one of its marks (Quote.lost_mark)
LOST_MARK = {
    "open": N_("its opening mark is missing on the page"),
    "close": N_("its closing mark is missing on the page"),
    "cut": N_("the page is cut off inside it"),
}
CUE_LATEST = N_("{cue} → latest speaker")
CUE_PERSON_BEFORE = N_("{cue} → the person before")
CUE_SUBJECT_OF = N_("{cue} → the sentence's subject")
CUE_SENTENCES_PERSON = N_("{cue} → the sentence's person")  # "Presiden Biden ..., dan beliau mengatakan": Biden
CUE_SUBJECT_BEFORE = N_("{cue} → the subject of the sentence before")  # "X dikabarkan ... . Ia menjelaskan": X
CUE_OTHER_HOLDER = N_("{cue} → the one the words do not speak of")  # "“... Presiden Moon ...,” tambah presiden": not Moon
CUE_PREVIOUS_SOURCE = N_("{cue} → the previous quote's source")
CUE_NAMED_BEFORE = N_("{cue} → the one named before")
CUE_STATEMENT_BEFORE = N_("{cue} → the statement before")
CUE_WITH_VERB_SUBJECT = N_("{verb} + the subject of the verb before")
CUE_TAG_AT_END = N_("tag at the sentence's end: {cue}")
CUE_NEXT_PARAGRAPH = N_("tag opens the next paragraph: {cue}")
CUE_AFTER_NEXT_QUOTE = N_("the tag after the next quote: {cue}")
CUE_NAMED_NEXT = N_("the next paragraph names it: {cue}")
CUE_NAMED_NEXT_SENTENCE = N_("the next sentence names it: {cue}")  # "... . Pernyataan disampaikan X": X's
CUE_TWO_PEOPLE = N_("{verb} + two people")  # "Ishiba dan Trump menyatakan “...”": both, neither alone
CUE_TELLER = N_("the one who tells of it")  # "Park mengatakan pemimpin Kim menunjukkan “...”": Park
CUE_ROLE_TELLER = N_("role noun: {noun} → the one who tells of it")  # "Pemimpin Korsel mengatakan, ... “...”": Yoon
CUE_SAID_THAT = N_("a thing said, then its clause → the sentence's subject")  # "... dengan peringatan bahwa “...”"
CUE_SAID_THAT_BY = N_("a thing said, then its clause → the one who said it")  # "peringatan Biden ... bahwa “...”"
CUE_CITED = N_("cited statement: {cue}")  # "“...,” mengutip pernyataan Putin": Putin's
CUE_CITED_UNNAMED = N_("cited statement: unnamed: {who}")
CUE_STATEMENT_OWNER = N_("whose statement it is: {cue}")  # "X menyetujui pernyataan Y bahwa ... “...”"
CUE_AFTER_QUOTE = N_("after the quote: {cue}")  # "“...”, John Hill mengatakan": the tag's verb after the quote
CUE_WITH_UNNAMED_WHO = N_("{verb} + unnamed: {who}")
CUE_COLON_NAME = N_("name + colon")
CUE_COLON_SURNAME = N_("gazetteer surname + colon")

_FIELD = re.compile(r"\{(\w+)\}")


def _value_pattern(name: str) -> str:
    if name in NUMBER_VALUES:
        return rf"(?P<{name}>\d+(?:\.\d+)?)"
    if name in WORD_VALUES:
        return rf"(?P<{name}>[A-Za-z]+)"
    if name in VERB_VALUES:
        return rf"(?P<{name}>[^\W\d_]+(?: [^\W\d_]+)*)"
    return rf"(?P<{name}>.+?)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """(template, pattern) for every template with values, the most specific first."""
    out = []
    for template in TEMPLATES:
        if "{" not in template:
            continue
        parts = _FIELD.split(template)  # literal, name, literal, name, ..., literal
        rx = "".join(re.escape(p) if i % 2 == 0 else _value_pattern(p) for i, p in enumerate(parts))
        literal = sum(len(p) for p in parts[::2])
        out.append((literal, template, re.compile(rx, re.DOTALL)))
    out.sort(key=lambda x: -x[0])
    return tuple((template, rx) for _n, template, rx in out)


def match(line: str) -> tuple[str, dict[str, str]] | None:
    """(template, values) when `line` is a template of this module with its values filled in;
    a template without values matches only itself. None for any other line."""
    if line in TEMPLATES:
        return line, {}
    for template, rx in _patterns():
        m = rx.fullmatch(line)
        if m is not None:
            return template, m.groupdict()
    return None


def uncertain_year(warnings: Iterable[str]) -> bool:
    """Whether the article's warnings say its date's year is a guess (weekday alone, a year
    the text names, officials in office in several fitting years, or only the page's own date line, which
    may be the day it was read): lists show such a date with a "?"."""
    return any((found := match(w)) is not None and found[0] in _GUESSED_YEAR for w in warnings)


_GUESSED_YEAR = (YEAR_FROM_WEEKDAY, YEAR_FROM_NAMED, YEAR_AFTER_NAMED, YEAR_NEAR_NAMED, YEAR_TIE, PAGE_DATE_ONLY, YEAR_AGAINST_WEEKDAY,
                 YEAR_AGAINST_OTHER_DAY, DAY_AGAINST_WEEKDAY, EMBED_DAY, DAY_MONTH_SWAPPED)


def _weekday_doubts(warnings: Iterable[str]) -> list[tuple[str, str, str]]:
    """(warning, template, the words it doubts) of each warning that doubts a printed date by its weekday."""
    found_all = []
    for w in warnings:
        found = match(w)
        if found is not None and found[0] == IN_PARAGRAPH:  # "... (paragraph 2)"
            found = match(found[1]["warning"])
        if found is not None and found[0] in (WEEKDAY_MISMATCH, DAY_AGAINST_WEEKDAY):
            found_all.append((w, found[0], found[1]["text"]))
    return found_all


def date_doubts(warnings: Iterable[str]) -> list[str]:
    """The warnings the reader says under the date, or leaves out as said there: not among the others."""
    return [w for w, _template, _text in _weekday_doubts(warnings)] + year_not_pinned(warnings)


def year_not_pinned(warnings: Iterable[str]) -> list[str]:
    """Why an article is undated though its text names a day: no year, and nothing to pin one (said under Date)."""
    return [w for w in warnings if (found := match(w)) is not None and found[0] == YEAR_NOT_PINNED]


def about_the_date(warnings: Iterable[str]) -> list[str]:
    """The warnings that doubt the date itself as printed (a weekday that does not fit it), shown
    under the date. A date taken as printed against its own weekday is said once: the mismatch of
    the same words is left out (the walk through heldout76–78 read the one doubt three times)."""
    doubts = _weekday_doubts(warnings)
    taken = {text for _w, template, text in doubts if template == DAY_AGAINST_WEEKDAY}
    return [w for w, template, text in doubts if template == DAY_AGAINST_WEEKDAY or text not in taken]


def day_against_weekday(warnings: Iterable[str]) -> bool:
    """Whether the "?" on the article's date is there because the day was taken as printed though its
    own weekday does not fit it (the year is not the guess: the day may be)."""
    return any((found := match(w)) is not None and found[0] == DAY_AGAINST_WEEKDAY for w in warnings)


def rules_failed(warning: str) -> bool:
    """Whether a warning says the rules failed on the page (RULES_FAILED): its text kept, nothing read from it."""
    return (found := match(warning)) is not None and found[0] == RULES_FAILED


def page_date_only(warnings: Iterable[str]) -> bool:
    """Whether the "?" on the article's date is there because only the page's own date line
    dates it (the year is printed; the day may be the one the page was read)."""
    return any((found := match(w)) is not None and found[0] == PAGE_DATE_ONLY for w in warnings)


def reword(line: str, say: Callable[[str], str] | None = None) -> str:
    """`line` as people read it: each template in it said by `say` (template -> the same
    template in the reader's language; None: English), its values filled in again, a
    paragraph counted from 1. Lines joined with "; " are reworded one by one; a line
    made from no template comes back as it is."""
    found = match(line)
    if found is None:
        parts = line.split("; ")
        if len(parts) > 1 and any(match(p) for p in parts):
            return "; ".join(reword(p, say) for p in parts)
        return line
    template, values = found
    shown = {}
    for name, value in values.items():
        if name in MESSAGE_VALUES:
            value = reword(value, say)
        elif name in WORD_VALUES and say is not None:
            value = say(value)
        elif name in PARAGRAPH_VALUES and value.isdigit():
            value = str(int(value) + 1)
        elif name in VERB_VALUES:
            value = f"“{value}”"  # the page's own word, in any language's line: "“jelas” name", not "jelas name"
        shown[name] = value
    said = say(template) if say is not None else template
    try:
        return said.format(**shown)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: the English
        return template.format(**shown)
