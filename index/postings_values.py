"""The postings of one document's analysed field, made in one loop.

Whoosh asks a field's format for each word's (text, frequency, weight, encoded value):
the analyzer yields a Token object per word, the format collects them, then encodes each
word's list. For the stemmed and inflected fields (index/analysis.py) that chain was half
of what adding a document cost. The formats here give the same tuples, byte for byte,
from one pass of the tokenizer's pattern and its cache; any other analyzer, or a value
that is not a string, goes Whoosh's own way.
"""

from __future__ import annotations

from pickle import dumps
from typing import Any

from whoosh.analysis.analyzers import CompositeAnalyzer
from whoosh.formats import Characters, Positions
from whoosh.system import pack_uint

from .analysis import _TOKEN_RE, IndonesianTokenizer


def _tokenizer(value: Any, analyzer: Any) -> IndonesianTokenizer | None:
    """The analyzer's one tokenizer when the fast loop gives what it would, else None."""
    if not isinstance(value, str) or not isinstance(analyzer, CompositeAnalyzer):
        return None
    items = analyzer.items
    if len(items) != 1 or type(items[0]) is not IndonesianTokenizer:
        return None
    return items[0]


_MISSING = object()


def _words(value: str, tokenizer: IndonesianTokenizer):
    """(indexed form, match) for each kept token, in order: what the tokenizer yields at
    index time (stop words removed)."""
    cache = tokenizer.cache()
    normal = tokenizer._normal
    for match in _TOKEN_RE.finditer(value):
        raw = match.group(0)
        text = cache.get(raw, _MISSING)
        if text is _MISSING:
            text = normal(raw)
        if text is not None:
            yield text, match


class FastCharacters(Characters):
    """Characters (positions and character offsets), with the fast loop."""

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any):
        tokenizer = _tokenizer(value, analyzer)
        if tokenizer is None:
            yield from super().word_values(value, analyzer, **kwargs)
            return
        # word -> [deltas, last position, last end]: Characters.encode's deltas, built as we go
        seen: dict[str, list] = {}
        for pos, (text, match) in enumerate(_words(value, tokenizer)):
            start, end = match.span()
            entry = seen.get(text)
            if entry is None:
                seen[text] = [[(pos, start, end - start)], pos, end]
            else:
                entry[0].append((pos - entry[1], start - entry[2], end - start))
                entry[1], entry[2] = pos, end
        fb = self.field_boost
        for text, (deltas, _pos, _end) in seen.items():
            n = len(deltas)
            yield text, n, float(n) * fb, pack_uint(n) + dumps(deltas, 2)


class FastPositions(Positions):
    """Positions, with the fast loop."""

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any):
        tokenizer = _tokenizer(value, analyzer)
        if tokenizer is None:
            yield from super().word_values(value, analyzer, **kwargs)
            return
        seen: dict[str, list] = {}  # word -> [deltas, last position]
        for pos, (text, _match) in enumerate(_words(value, tokenizer)):
            entry = seen.get(text)
            if entry is None:
                seen[text] = [[pos], pos]
            else:
                entry[0].append(pos - entry[1])
                entry[1] = pos
        fb = self.field_boost
        for text, (deltas, _pos) in seen.items():
            n = len(deltas)
            yield text, n, float(n) * fb, pack_uint(n) + dumps(deltas, 2)


FAST: dict[type, Any] = {Characters: FastCharacters, Positions: FastPositions}


def fast_format(field: Any) -> Any:
    """The field, its Characters or Positions format swapped for the fast one (same options)."""
    fmt = getattr(field, "format", None)
    fast = FAST.get(type(fmt))
    if fast is not None:
        swapped = object.__new__(fast)
        swapped.__dict__.update(fmt.__dict__)
        field.format = swapped
    return field
