"""Queries -> hits with highlights, facets and suggestions: the search core's names in one place.

Query language: Whoosh syntax (AND/OR/NOT, "phrases", wildcards, term~) over the
text fields, plus entity fields in English and Indonesian (`person:`/`orang:`,
`country:`/`negara:`, `org:`, `place:`/`tempat:`, `speaker:`/`pembicara:`,
`quote:`/`kutipan:`, `outlet:`/`media:`, `date:`/`tanggal:`, `month:`/`bulan:`...: the
field table, index/fields.py). Entity values fold aliases and surnames
(`country:Korsel`, `speaker:Austin`). Highlights come from the character offsets stored
in the postings, only for the hits returned; broken syntax never raises: the plain
words are searched and `error` says so.

The work is done in four modules, one per seam: index/query.py (parsing, date
translation, rewriting), index/searcher.py (the Searcher: collectors, sorts, folding of
stories, facets), index/highlight.py (spans, snippets), index/suggest.py (spelling).
"""

from __future__ import annotations

from .highlight import Highlight
from .query import ALL_FIELDS, ENTITY_FIELDS, FIELD_ALIASES, TEXT_FIELDS, check_syntax, plain_words
from .searcher import EXACT_BONUS, RERANK_DEPTH, SORTS, Hit, Results, Searcher, guessed, hit_marks, timeline, unfielded

__all__ = [
    "Searcher", "Results", "Hit", "Highlight", "check_syntax", "plain_words", "timeline", "guessed", "hit_marks",
    "SORTS", "RERANK_DEPTH", "EXACT_BONUS", "TEXT_FIELDS", "ENTITY_FIELDS", "FIELD_ALIASES", "ALL_FIELDS", "unfielded",
]
