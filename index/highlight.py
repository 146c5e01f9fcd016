"""Highlighting: where a hit's words are (its title and body analysed again, only for the
hits shown: the same offsets the postings hold), and the snippet of a paragraph around
the first ones."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from typing import Any

from . import fields
from .analysis import term_spans, word_spans
from .model import Article, Quote
from .store import body_text
from .store import reads as _reads


@dataclass
class Highlight:
    field: str
    text: str
    spans: list[tuple[int, int]]
    removed_as: str | None = None  # a caption field's line: why cleaning took it out ("photo caption", "dateline")


class Highlighting:
    """The Searcher's highlighting: spans of the query's terms in one article."""

    index_dir: Any
    _searcher: Any

    @staticmethod
    def _char_spans(article: Article, fieldname: str, terms: list[str], words=()) -> list[tuple[int, int]]:
        """Where `terms` are in the article's title or body: found again in the text as
        the build's analyzer found them, so the offsets are those the index holds. Reading
        them from the postings instead walked a common word's posting list block by block
        to each shown hit (at 100,000 articles most of a query's time). `words` are
        unstemmed forms a prefix reached, found as they are."""
        text = article.title if fieldname == "title" else body_text(article)
        return sorted(set(term_spans(text, terms) + word_spans(text, words)))

    @_reads
    def article_spans(self, docnum: int, article: Article, terms: list[tuple[str, str]]) -> list[tuple[int, int, int]]:
        """Highlight spans as (place, start, end) for the reader: the query's words found in
        the body, the mentions and quotes its entity and speaker fields name, then its words
        in the photo captions (a place past the paragraphs: Article.caption_lines)."""
        spans = [span for _pi, spans in self._paragraph_spans(article, terms) for span in spans]
        return spans + [span for _place, found in self._caption_spans(article, terms) for span in found]

    def snippet_spans(self, article: Article, terms: list[tuple[str, str]],
                      quote: Quote | None = None) -> list[tuple[int, int, int]]:
        """The spans of the first paragraph that has any, else of the first photo caption:
        all a hit's snippet shows. The places after it are never scanned. `quote`: the first
        quote of a speaker the query names (quoted_quote), shown from where it opens."""
        if quote is not None:
            spans: list[tuple[int, int, int]] = next(
                (found for pi, found in self._paragraph_spans(article, terms) if pi == quote.paragraph), [])
            return [span for span in spans if span[1] >= quote.start]
        places = chain(self._paragraph_spans(article, terms), self._caption_spans(article, terms))
        return next((spans for _place, spans in places if spans), [])

    @staticmethod
    def _caption_spans(article: Article, terms: list[tuple[str, str]]):
        """(place, its sorted spans) for each photo caption, when the query asks the captions:
        a hit only a caption holds is shown there, under the text."""
        words = [t for f, t in terms if f in fields.highlighted("caption")]
        for place, text in article.caption_lines() if words else ():
            yield place, [(place, s0, e0) for s0, e0 in _merge(term_spans(text, words))]

    def _paragraph_spans(self, article: Article, terms: list[tuple[str, str]]):
        """(paragraph, its sorted spans) for each paragraph in order, found paragraph by
        paragraph: a word never runs across the blank line between two, so each
        paragraph's words and offsets are those of the body's."""
        # exact-field words arrive here too as their stems (the parser asks every text
        # field for each word)
        body_terms = [t for f, t in terms if f == "body"]
        words = [t for f, t in terms if f == "exact"]  # only a prefix's words stay in a query's terms
        quote_terms = [t for f, t in terms if f in fields.highlighted("in-quotes")]
        named = self._named_spans(article, terms)
        inside: dict[int, list[tuple[int, int]]] = {}
        for pi, s0, e0 in (piece for q in article.quotes for piece in q.pieces()) if quote_terms else ():
            inside.setdefault(pi, []).append((s0, e0))
        for pi, para in enumerate(article.paragraphs):
            out = [(pi, s0, e0) for s0, e0 in named.get(pi, ())]
            out += [(pi, s0, e0) for s0, e0 in _merge(term_spans(para, body_terms) + word_spans(para, words))]
            if pi in inside:
                out += [(pi, s0, e0) for s0, e0 in term_spans(para, quote_terms)
                        if any(a <= s0 and e0 <= b for a, b in inside[pi])]
            yield pi, sorted(set(out))

    @staticmethod
    def _named_spans(article: Article, terms: list[tuple[str, str]]) -> dict[int, list[tuple[int, int]]]:
        """paragraph -> the mentions the query's entity fields name and the quotes of the
        speakers it names."""
        out: dict[int, list[tuple[int, int]]] = {}
        kinds = fields.mention_types()  # field -> the entity type whose mentions it marks
        wanted = {(f, t) for f, t in terms if f in kinds}
        for e in article.entities if wanted else ():
            if any(kinds[f] == e.type and e.canonical.lower() == t for f, t in wanted):
                out.setdefault(e.paragraph, []).append((e.start, e.end))
        speakers = {t for f, t in terms if f in fields.highlighted("quotes-by")}
        sources = [t for f, t in terms if f in fields.highlighted("unnamed-source")]
        for qt, who in zip(article.quotes, article.quoted_by() if speakers or sources else (), strict=False):
            if (who or "").lower() in speakers or _by_unnamed(qt, who, sources):  # the person, body or country named
                for pi, s0, e0 in qt.pieces():
                    out.setdefault(pi, []).append((s0, e0))
        return out


def _by_unnamed(quote: Quote, who: str | None, words: list[str]) -> bool:
    """A quote of an unnamed source known by one of the words (stems) an "unnamed:" query asks for."""
    return bool(words) and not who and quote.source is not None and bool(term_spans(quote.source, words))


def quoted_quote(article: Article, terms: list[tuple[str, str]]) -> tuple[Quote, str] | None:
    """The first quote (as the quotes view lists them) of a speaker the query names, with
    who said it: what a hit for "speaker:Austin" shows, not the first line naming him."""
    speakers = {t for f, t in terms if f in fields.highlighted("quotes-by")}
    return next(((q, who) for q, who in article.quoted_once() if speakers and who and who.lower() in speakers), None)


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


def _snippet(article: Article, spans: list[tuple[int, int, int]], width: int) -> Highlight:
    """A window of one paragraph (or photo caption) around the first matches, with spans
    relative to it."""
    if not article.paragraphs:
        return Highlight("body", "", [])
    if not spans:
        text = article.paragraphs[0]
        cut = text[:width]
        if len(text) > width:
            cut = cut.rsplit(" ", 1)[0] + " …"
        return Highlight("body", cut, [])
    pi = spans[0][0]
    para = article.place_text(pi)
    first = spans[0][1]
    lo = max(0, first - 30)  # start near the match: narrow lists show one line
    if lo > 0:
        sp = para.rfind(" ", 0, lo)
        lo = sp + 1 if sp >= 0 else 0  # within the paragraph's first word: from its start, never mid-word
    hi = min(len(para), lo + width)
    if hi < len(para):
        sp = para.rfind(" ", lo, hi)
        hi = sp if sp > lo else hi
    prefix = "… " if lo > 0 else ""
    suffix = " …" if hi < len(para) else ""
    text = prefix + para[lo:hi] + suffix
    rel = [  # a span running past the window's end (a long quote) is marked up to it, not dropped
        (s - lo + len(prefix), min(e, hi) - lo + len(prefix))
        for p, s, e in spans
        if p == pi and s >= lo and s < hi
    ]
    return Highlight("body" if pi < len(article.paragraphs) else "caption", text, rel, article.place_reason(pi))
