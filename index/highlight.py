"""Highlighting: where a hit's words are (its title and body analysed again, only for the
hits shown: the same offsets the postings hold), and the snippet of a paragraph around
the first ones."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import fields
from .analysis import term_spans
from .model import Article
from .store import body_text, paragraph_offsets
from .store import reads as _reads


@dataclass
class Highlight:
    field: str
    text: str
    spans: list[tuple[int, int]]


class Highlighting:
    """The Searcher's highlighting: spans of the query's terms in one article."""

    index_dir: Any
    _searcher: Any

    @staticmethod
    def _char_spans(article: Article, fieldname: str, terms: list[str]) -> list[tuple[int, int]]:
        """Where `terms` are in the article's title or body: found again in the text as
        the build's analyzer found them, so the offsets are those the index holds. Reading
        them from the postings instead walked a common word's posting list block by block
        to each shown hit (at 100,000 articles most of a query's time)."""
        text = article.title if fieldname == "title" else body_text(article)
        return sorted(set(term_spans(text, terms)))

    def body_spans(self, article: Article, terms: list[tuple[str, str]]) -> list[tuple[int, int]]:
        # exact-field words arrive here too as their stems (the parser asks every text
        # field for each word)
        return _merge(self._char_spans(article, "body", [t for f, t in terms if f == "body"]))

    @_reads
    def article_spans(self, docnum: int, article: Article, terms: list[tuple[str, str]]) -> list[tuple[int, int, int]]:
        """Highlight spans as (paragraph, start, end) for the reader: the query's words found
        in the body, the mentions and quotes its entity and speaker fields name."""
        offs = paragraph_offsets(article)
        out = []
        spans = self.body_spans(article, terms)
        # entity-field queries mark the entity mentions themselves
        kinds = fields.mention_types()  # field -> the entity type whose mentions it marks
        wanted = {(f, t) for f, t in terms if f in kinds}
        if wanted:
            for e in article.entities:
                for f, t in wanted:
                    if kinds[f] == e.type and e.canonical.lower() == t:
                        out.append((e.paragraph, e.start, e.end))
        speakers = {t for f, t in terms if f in fields.highlighted("quotes-by")}
        for qt in article.quotes:
            if speakers and (qt.speaker or "").lower() in speakers:
                out.append((qt.paragraph, qt.start, qt.end))
        quote_terms = [t for f, t in terms if f in fields.highlighted("in-quotes")]
        if quote_terms:
            # quote words are in the body too (same analyzer): keep those inside quotes
            inside = {(q.paragraph, q.start, q.end) for q in article.quotes}
            for sc, ec in self._char_spans(article, "body", quote_terms):
                pi = _para_of(offs, sc)
                if pi is None:
                    continue
                s0, e0 = sc - offs[pi], ec - offs[pi]
                if any(p == pi and a <= s0 and e0 <= b for p, a, b in inside):
                    out.append((pi, s0, e0))
        for sc, ec in spans:
            pi = _para_of(offs, sc)
            if pi is not None:
                out.append((pi, sc - offs[pi], ec - offs[pi]))
        return sorted(set(out))


def _walk(reader, fieldname: str, term: str, docnums: list[int]):
    """(docnum, matcher) for each of the sorted docnums that contain term: one postings
    reader moved forward with skip_to, never rewound."""
    try:
        m = reader.postings(fieldname, term)
    except Exception:  # noqa: BLE001 - the term is not in this field
        return
    try:
        for d in docnums:
            if not m.is_active():
                return
            if m.id() < d:
                m.skip_to(d)
            if m.is_active() and m.id() == d:
                yield d, m
    except Exception:  # noqa: BLE001 - a damaged posting list costs its highlights, not the search
        return


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _para_of(offs: list[int], pos: int) -> int | None:
    import bisect

    i = bisect.bisect_right(offs, pos) - 1
    return i if i >= 0 else None


def _snippet(article: Article, spans: list[tuple[int, int, int]], width: int) -> Highlight:
    """A window of one paragraph around the first matches, with spans relative to it."""
    if not article.paragraphs:
        return Highlight("body", "", [])
    if not spans:
        text = article.paragraphs[0]
        cut = text[:width]
        if len(text) > width:
            cut = cut.rsplit(" ", 1)[0] + " …"
        return Highlight("body", cut, [])
    pi = spans[0][0]
    para = article.paragraphs[pi]
    first = spans[0][1]
    lo = max(0, first - 30)  # start near the match: narrow lists show one line
    if lo > 0:
        sp = para.rfind(" ", 0, lo)
        lo = sp + 1 if sp >= 0 else lo
    hi = min(len(para), lo + width)
    if hi < len(para):
        sp = para.rfind(" ", lo, hi)
        hi = sp if sp > lo else hi
    prefix = "… " if lo > 0 else ""
    suffix = " …" if hi < len(para) else ""
    text = prefix + para[lo:hi] + suffix
    rel = [
        (s - lo + len(prefix), e - lo + len(prefix))
        for p, s, e in spans
        if p == pi and s >= lo and e <= hi
    ]
    return Highlight("body", text, rel)
