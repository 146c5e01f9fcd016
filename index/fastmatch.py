"""A parsed query matched over the kept postings arrays (index/postings.py): every matching
document and its score at numpy speed, by Whoosh's BM25F, so the order is Whoosh's.

The query shapes people type are handled here: words (`Term`), `AND`, `OR`, `NOT`,
prefixes, wildcards and fuzzy words (expanded to their terms as Whoosh does), and
two-word phrases, which are one lookup in the arrays' word pairs of the field (the
field table declares them: `pairs_of`, type PAIRS). Anything else (ranges, longer phrases, proximity)
raises Unsupported, and the searcher matches that query with Whoosh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from whoosh import query as Q

from . import fields
from .postings import Kept, kept_fields

Match = tuple[np.ndarray, np.ndarray]  # (docnums ascending and unique, scores)
EMPTY: Match = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64))


class Unsupported(Exception):
    """A query shape the arrays do not answer: match it with Whoosh."""


class Matching:
    """One searcher's matching over the kept arrays."""

    def __init__(self, kept: Kept, searcher):
        self.kept, self.searcher = kept, searcher
        self.reader = searcher.reader()
        self.weighting = searcher.weighting
        self.schema = searcher.schema
        self.kept_fields = frozenset(kept_fields(self.schema))
        self.pairs = {f.pairs_of: f.name for f in fields.FIELDS if f.pairs_of and f.kind.type == fields.PAIRS}

    def run(self, q, check: Callable[[], None] = lambda: None) -> Match:
        handler = _HANDLERS.get(type(q))
        if handler is None:
            raise Unsupported(type(q).__name__)
        check()
        docs, scores = handler(self, q, check)
        if isinstance(q, Q.CompoundQuery) and q.boost != 1.0:  # a leaf's handler applies its own
            scores = scores * q.boost
        return docs, scores

    # -- leaves
    def term(self, q: Q.Term, check) -> Match:
        return self._term(q.fieldname, q.text, q.boost)

    def _term(self, fieldname: str, text, boost: float = 1.0) -> Match:
        if fieldname not in self.kept_fields or not Kept.covers(fieldname, text):
            raise Unsupported(f"{fieldname}:{text!r}")
        docs, weights = self.kept.term(fieldname, text)
        if not len(docs):
            return EMPTY
        return docs, self._scores(fieldname, text, docs, weights) * boost

    def _scores(self, fieldname: str, text, docs: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """Whoosh's BM25F (whoosh.scoring.bm25) for one term, or the weight for an unscored field."""
        if not self.schema[fieldname].scorable:
            return weights
        lengths = self.kept.lengths(fieldname)
        if lengths is None:
            raise Unsupported(f"no lengths of {fieldname}")
        w = self.weighting
        b = getattr(w, "_field_B", {}).get(fieldname, getattr(w, "B", 0.75))
        k1 = getattr(w, "K1", 1.2)
        idf = self.searcher.idf(fieldname, text)
        avgfl = self.searcher.avg_field_length(fieldname) or 1
        fl = lengths[docs].astype(np.float64)
        return idf * ((weights * (k1 + 1)) / (weights + k1 * ((1 - b) + b * fl / avgfl)))

    def expanded(self, q, check) -> Match:
        """A prefix, wildcard or fuzzy word: each term it reaches, scored as Whoosh scores them."""
        texts = [t for t in q._btexts(self.reader) if t]
        if len(texts) == 1:
            return self._term(q.fieldname, texts[0], q.boost)
        found = []
        for text in texts:
            check()
            docs, scores = self._term(q.fieldname, text, q.boost)
            if q.constantscore:
                scores = np.full(len(docs), q.boost)
            found.append((docs, scores))
        return _union(found)

    def phrase(self, q: Q.Phrase, check) -> Match:
        """Two words next to each other: one term of the field's pairs finds them; scored
        as Whoosh scores a phrase, by its words' scores."""
        pairs = self.pairs.get(q.fieldname)
        if pairs is None or len(q.words) != 2 or q.slop != 1:
            raise Unsupported("phrase")
        docs, _ = self.kept.pair(pairs, *q.words)
        scores = np.zeros(len(docs))
        for word in q.words:
            word_docs, word_scores = self._term(q.fieldname, word)
            scores += word_scores[np.searchsorted(word_docs, docs)]  # a pair's docs have both words
        return docs, scores * q.boost

    # -- compounds
    def both(self, q: Q.And, check) -> Match:
        positive = [s for s in q.subqueries if not isinstance(s, Q.Not)]
        if not positive:
            raise Unsupported("only NOT")
        docs, scores = _intersect([self.run(s, check) for s in positive])
        for s in q.subqueries:
            if isinstance(s, Q.Not):  # Whoosh's inverse matcher scores 1 for every document it lets by
                docs, scores = _without((docs, scores + 1.0), self.run(s.query, check)[0])
        return docs, scores

    def either(self, q: Q.Or, check) -> Match:
        if q.scale or q.minmatch:
            raise Unsupported("Or with scale or minmatch")
        return _union([self.run(s, check) for s in q.subqueries])

    def but_not(self, q: Q.AndNot, check) -> Match:
        return _without(self.run(q.a, check), self.run(q.b, check)[0])

    def nothing(self, q, check) -> Match:
        return EMPTY


def _union(found: list[Match]) -> Match:
    found = [f for f in found if len(f[0])]
    if not found:
        return EMPTY
    if len(found) == 1:
        return found[0]
    docs = np.concatenate([d for d, _ in found])
    scores = np.concatenate([s for _, s in found])
    unique, inverse = np.unique(docs, return_inverse=True)
    return unique, np.bincount(inverse, weights=scores, minlength=len(unique))


def _intersect(found: list[Match]) -> Match:
    found = sorted(found, key=lambda f: len(f[0]))  # the rarest first: the set only shrinks
    docs, scores = found[0]
    for other_docs, other_scores in found[1:]:
        if not len(docs):
            return EMPTY
        docs, mine, theirs = np.intersect1d(docs, other_docs, assume_unique=True, return_indices=True)
        scores = scores[mine] + other_scores[theirs]
    return docs, scores


def _without(found: Match, excluded: np.ndarray) -> Match:
    docs, scores = found
    keep = ~np.isin(docs, excluded, assume_unique=True)
    return docs[keep], scores[keep]


_HANDLERS: dict[type, Callable[[Matching, Any, Callable[[], None]], Match]] = {
    Q.Term: Matching.term,
    Q.Prefix: Matching.expanded,
    Q.Wildcard: Matching.expanded,
    Q.FuzzyTerm: Matching.expanded,
    Q.Phrase: Matching.phrase,
    Q.And: Matching.both,
    Q.Or: Matching.either,
    Q.AndNot: Matching.but_not,
    type(Q.NullQuery): Matching.nothing,
}
