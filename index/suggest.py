"""Suggestions: the spelling a query with no hit may have meant (`Okinwa` -> `okinawa`)."""

from __future__ import annotations

import re
from typing import Any

from .query import plain_words
from .query_limits import suggestible

LONG_WORD = 8  # words this long may be two edits from the index's spelling, shorter ones one


def edits_allowed(word: str) -> int:
    """How far a suggestion may stray from a word: two edits turn most short words into
    other words ("camp" -> "sama", "david" -> "dalih"), which no one meant."""
    return 2 if len(word) >= LONG_WORD else 1


class Suggesting:
    """The Searcher's suggestions, from the body's spelling dictionary."""

    _searcher: Any

    def suggest(self, query: str) -> str | None:
        free = re.sub(r"\b\w+:(?:\"[^\"]*\"|\[[^\]]*\]|\S+)", " ", query)
        words = plain_words(free).split()
        asked = suggestible([w if w.upper() not in ("AND", "OR", "NOT") else "" for w in words])
        changed = False
        out = []
        for i, w in enumerate(words):
            if w.upper() in ("AND", "OR", "NOT"):
                out.append(w)
                continue
            lw = w.lower()
            if i not in asked:
                out.append(lw)
                continue
            try:
                cands = self._searcher.suggest("body", lw, limit=1, maxdist=edits_allowed(lw))
            except Exception:  # noqa: BLE001
                cands = []
            if cands and cands[0] != lw:
                out.append(cands[0])
                changed = True
            else:
                out.append(lw)
        return " ".join(out) if changed else None
