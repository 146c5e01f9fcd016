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


class _OneLoop:
    """Whoosh's word_values from one loop: `_deltas` gives each word's encoded deltas from
    the (position, indexed form, match) of its tokens; Whoosh's own way for anything else."""

    field_boost: float

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any):
        tokenizer = _tokenizer(value, analyzer)
        if tokenizer is None:
            yield from super().word_values(value, analyzer, **kwargs)  # type: ignore[misc]
            return
        fb = self.field_boost
        for text, deltas in self._deltas(enumerate(_words(value, tokenizer))).items():
            n = len(deltas)
            yield text, n, float(n) * fb, pack_uint(n) + dumps(deltas, 2)

    @staticmethod
    def _deltas(tokens) -> dict[str, list]:
        raise NotImplementedError


class FastCharacters(_OneLoop, Characters):
    """Characters (positions and character offsets), with the one loop."""

    @staticmethod
    def _deltas(tokens) -> dict[str, list]:
        """Characters.encode's (position, start, length) deltas, built as the words come."""
        deltas: dict[str, list] = {}
        last: dict[str, tuple[int, int]] = {}  # word -> its previous (position, end)
        for pos, (text, match) in tokens:
            start, end = match.span()
            prev_pos, prev_end = last.get(text, (0, 0))
            deltas.setdefault(text, []).append((pos - prev_pos, start - prev_end, end - start))
            last[text] = (pos, end)
        return deltas


class FastPositions(_OneLoop, Positions):
    """Positions, with the one loop."""

    @staticmethod
    def _deltas(tokens) -> dict[str, list]:
        """Positions.encode's position deltas, built as the words come."""
        deltas: dict[str, list] = {}
        last: dict[str, int] = {}  # word -> its previous position
        for pos, (text, _match) in tokens:
            deltas.setdefault(text, []).append(pos - last.get(text, 0))
            last[text] = pos
        return deltas


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
