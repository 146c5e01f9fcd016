"""What one query may cost: its length, its words, its wildcards, its suggestions, its time.

A reader types into a shared machine; a pasted page, a word of a thousand letters or a
bare `*` must not hold a core for minutes. Every bound here is a constant with its
reason, and every query that meets one is still searched (within the bound) with a
one-line note saying what was left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from whoosh.collectors import TimeLimit, TimeLimitCollector

from . import wording
from .reading import strip_controls

MAX_CHARS = 256  # a search, not a paragraph: longer text is cut at a word's end
MAX_WORDS = 16  # words and field terms; each one more is another posting list to walk
MAX_WORD_CHARS = 40  # no Indonesian or English word is longer; fuzzy cost grows with length
MIN_WILDCARD_STEM = 2  # letters before the first * or ?: "a*" already names a tenth of the lexicon
MAX_EXPANSION = 64  # words one fuzzy or wildcard word may stand for (each one a posting list)
SUGGEST_WORDS = 3  # spelling suggestions for this many words of a query with no hits
SUGGEST_WORD_CHARS = 20  # and only for words this long at most
SEARCH_SECONDS = 3.0  # the matcher's budget: past it, the hits found so far are shown

_WILDCARD = re.compile(r"[*?]")


class SearchCancelled(Exception):
    """A newer query (or a closed session) made this one moot."""


def _bound_word(word: str, notes: list[str]) -> str:
    if len(word) > MAX_WORD_CHARS:
        notes.append(wording.WORD_CUT.format(letters=MAX_WORD_CHARS))
        word = word[:MAX_WORD_CHARS]
    m = _WILDCARD.search(word)
    if m is not None:
        stem = word[: m.start()].split(":")[-1].lstrip("\"(")
        if len(stem) < MIN_WILDCARD_STEM:
            notes.append(wording.WILDCARD_STEM.format(letters=MIN_WILDCARD_STEM))
            word = _WILDCARD.sub("", word)
    return word


def bound_query(query: str) -> tuple[str, list[str]]:
    """The query within the bounds, and a note for each bound it met (none: unchanged)."""
    notes: list[str] = []
    text = " ".join(strip_controls(query).split())
    if len(text) > MAX_CHARS:
        cut = text.rfind(" ", 0, MAX_CHARS + 1)
        text = text[: cut if cut > 0 else MAX_CHARS]
        notes.append(wording.QUERY_CUT.format(max_chars=MAX_CHARS))
    words = text.split(" ") if text else []
    if len(words) > MAX_WORDS:
        words = words[:MAX_WORDS]
        notes.append(wording.QUERY_WORDS.format(max_words=MAX_WORDS))
    words = [w for w in (_bound_word(w, notes) for w in words) if w]
    return " ".join(words), list(dict.fromkeys(notes))


def suggestible(words: list[str]) -> set[int]:
    """Which of a query's words get a spelling suggestion (positions)."""
    picked = [i for i, w in enumerate(words) if 4 <= len(w) <= SUGGEST_WORD_CHARS and not w.isdigit()]
    return set(picked[:SUGGEST_WORDS])


class BoundedCollector(TimeLimitCollector):
    """Whoosh's time-limited collector (a timer thread, no signals: readers run searches
    in worker threads) that also stops when `cancelled()` turns true."""

    def __init__(self, child, seconds: float = SEARCH_SECONDS, cancelled: Callable[[], bool] | None = None):
        super().__init__(child, seconds, use_alarm=False)
        self.cancelled = cancelled or (lambda: False)
        self.matched: list[int] = []  # every matching document seen (global numbers)

    def collect_matches(self) -> None:
        child, matched = self.child, self.matched
        for n, sub_docnum in enumerate(child.matches()):
            if self.timedout or (n % 64 == 0 and self.cancelled()):
                raise TimeLimit
            matched.append(child.offset + sub_docnum)
            child.collect(sub_docnum)


__all__ = ["BoundedCollector", "SearchCancelled", "TimeLimit", "bound_query", "suggestible"]
