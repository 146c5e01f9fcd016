"""Searching: an open index, queries run to hits in order, with exact totals, facets and
stories folded (one story, many outlets: stories.py).

Parsing is index/query.py's, highlighting index/highlight.py's, suggestions
index/suggest.py's: the Searcher puts them together. index/search.py names them all.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict

import numpy as np
from whoosh import query as Q

from . import fields, wording
from .analysis import fold as folded  # `fold` is search()'s flag for stories
from .analysis import stem
from .errors import BadRequest
from .facet_arrays import FacetArrays
from .fastmatch import Matching, Unsupported
from .generations import live_dir
from .highlight import Highlight, Highlighting, _merge, _snippet, _walk, quoted_quote
from .model import Article
from .postings import Kept
from .query import QueryParsing, _split_exact, plain_words, typing_word
from .query_limits import SEARCH_SECONDS, BoundedCollector, SearchCancelled, TimeLimit, bound_query
from .quote_views import is_unsure
from .store import open_live_searcher, reading, unpack
from .store import reads as _reads
from .suggest import Suggesting

AS_WRITTEN_WORDS = 3  # the typed words whose matches as written are counted apart (the first so many)
RERANK_DEPTH = 100  # exact word forms rerank the best this many hits (pages stay stable past it)
SORTS = ("relevance", "newest", "oldest")


@dataclass
class Hit:
    id: str
    key: str
    title: str
    outlet: str | None
    date: str | None
    date_basis: str
    score: float
    docnum: int
    highlights: list[Highlight] = field(default_factory=list)
    also: list[Hit] = field(default_factory=list)  # the same story as other outlets published it
    date_unsure: bool = False  # the date's year is a guess (index/wording.uncertain_year)
    title_from_lede: bool = False  # no headline: the title is the lede's first words
    speaker: str | None = None  # for a query naming speakers: who said the quote the snippet shows
    speaker_unsure: bool = False  # ... and the rules are unsure it is theirs (shown with "?")

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "date": self.date,
            "year_guessed": self.date_unsure,  # the date's year is a guess: shown with "?"
            "score": round(self.score, 4),
            "highlights": [{"field": h.field, "text": h.text, "spans": [list(s) for s in h.spans]} for h in self.highlights],
            "also": [{"id": v.id, "title": v.title, "outlet": v.outlet, "date": v.date} for v in self.also],
            **({"speaker": self.speaker, "speaker_unsure": self.speaker_unsure} if self.speaker else {}),
        }


@dataclass
class Results:
    query: str
    parsed: str
    total: int
    took_ms: float
    hits: list[Hit]
    facets: dict[str, dict[str, int]]
    suggestion: str | None
    error: str | None
    terms: list[tuple[str, str]] = field(default_factory=list)  # (field, text) for highlighting
    offset: int = 0  # the first hit's place among all matches
    sort: str = "relevance"
    exact: bool = True  # False when the time budget stopped matching: total counts what was found
    matching: list[int] = field(default_factory=list, repr=False)  # every match's docnum (not in JSON)
    dated: bool = False  # the query narrows by date (year:, month:, day: or a date range)
    completed: str | None = None  # with `complete`: the word searched as a prefix ("Okin"; see search())
    completions: list[str] = field(default_factory=list)  # the commonest words that prefix reached
    undated: int = 0  # with `dated`: the index's articles that have no date, which no date search finds

    @property
    def guessed_years(self) -> int:
        """Of the matches of a date query, how many have a year guessed from the weekday
        alone: a date filter counts them by that guess, and the reader says so."""
        return sum(self.facets.get("guessed", {}).values()) if self.dated else 0

    @property
    def articles(self) -> int:
        """Matching articles; `total` counts stories (one story in several outlets once)."""
        return len(self.matching)

    def to_json(self) -> dict:
        return {
            "query": self.query,
            "parsed": self.parsed,
            "total": self.total,
            "articles": self.articles,
            "exact": self.exact,
            "offset": self.offset,
            "sort": self.sort,
            "took_ms": round(self.took_ms, 2),
            "hits": [h.to_json() for h in self.hits],
            "facets": self.facets,
            "suggestion": self.suggestion,
            "completed": {"prefix": self.completed, "words": self.completions} if self.completed else None,
            "error": self.error,
            "undated": self.undated,  # a date search: the articles with no date it cannot find
        }


_WORDS = ("body", "exact")  # the fields that hold an article's words (stems, inflected forms)
# where a word typed whole may stand: a headline's own words too, and the captions' and credits' ("Yonhap" only in
# "Photo : YONHAP News" was read as a word being typed, and its note named no word it reached: "()")
_TYPED = ("title", "caption", *_WORDS)
ROOT_FORMS_SHOWN = 3  # forms of a root a note names, from the hits on screen
_QUERY_WORD = re.compile(r"(?<![\w:*?~-])[a-z]+(?:-[a-z]+)*(?![\w:*?~-])")
_FIELD_PART = re.compile(r"\b[A-Za-z_]+:(?:\"[^\"]*\"|\[[^\]]*\]|[^\s()]+)")
_OPERATORS = frozenset({"and", "or", "not", "to"})


def _plain_words_typed(query: str) -> list[str]:
    """The words of a query searched in the text (not a field's value, an operator, a prefix or a fuzzy term)."""
    text = _FIELD_PART.sub(" ", query).lower()
    return [w for w in dict.fromkeys(_QUERY_WORD.findall(text)) if w not in _OPERATORS]


def _highlighted_words(hits: list[Hit]) -> list[str]:
    """The words the hits' highlights mark, once each, in order."""
    return list(dict.fromkeys(folded(h.text[a:b]).lower() for hit in hits for h in hit.highlights for a, b in h.spans))


class Searcher(QueryParsing, Highlighting, Suggesting):
    """An open, read-only index. Cheap to keep; call refresh() to see a newer generation."""

    def __init__(self, index_dir: str | Path):
        self.index_dir = Path(index_dir)
        self._searcher = None
        self._open()

    def _open(self) -> None:
        """Open the live generation (IndexMissing, IndexDamaged, IndexUnsafe)."""
        live, ix, searcher = open_live_searcher(self.index_dir)  # IndexUnsafe before any read
        if self._searcher is not None:
            self._searcher.close()
        self.live, self.ix, self._searcher = live, ix, searcher
        self._lexicons: dict[str, list[str]] = {}
        self._parser = None
        self._unreadable_dates: list[str] = []
        self._column = None
        self._facet_arrays: FacetArrays | None = None
        self._undated: int | None = None
        self._story_of: dict[int, int] | None = None
        self._story_members: dict[int, list[int]] = {}
        self._copies = 0  # documents that are a later copy of a story: hidden by folding
        self._matching: Matching | bool | None = None  # False: this commit has no kept arrays

    # -- lifecycle
    def close(self) -> None:
        self._searcher.close()

    def refresh(self) -> bool:
        """Reopen if a newer commit or a rebuilt generation landed; True when one did."""
        if live_dir(self.index_dir) != self.live:
            self._open()
            return True
        with reading(self.index_dir):
            latest = self.ix.latest_generation()
        if latest == self._searcher.reader().generation():
            return False
        # Whoosh's own Searcher.refresh() can hand back a reader of the old commit (deleted
        # articles still found): open the newest commit afresh instead.
        self._open()
        return True

    def follow(self) -> bool:
        """Open the live generation when a rebuild removed the one open here; True if so.

        A rebuild swaps in a new generation and removes the old one: what this searcher
        still reads lazily from it (the schema, kept views, arrays) is gone, so staying on
        it would answer 0 hits. An update in place is not followed: refresh() takes it."""
        if self.live.exists():
            return False
        self._open()
        return True

    @property
    def doc_count(self) -> int:
        return self._searcher.doc_count()

    @property
    def doc_count_all(self) -> int:
        """Document numbers run below this (deleted ones included)."""
        return self._searcher.doc_count_all()

    # -- searching
    @_reads
    def search(self, query: str, limit: int = 20, *, offset: int = 0, sort: str = "relevance", facets: bool = True,
               snippet_chars: int = 180, cancelled: Callable[[], bool] | None = None, fold: bool = True,
               suggest: bool = True, complete: bool = False) -> Results:
        """Hits offset..offset+limit of every match, in `sort` order (SORTS), with an exact
        total and facet counts over every match. `cancelled` (checked between the steps
        and while matching) raises SearchCancelled when a newer query made this one moot.
        With `fold`, a story several outlets published is one hit (its best-placed copy,
        the others in its `also`), and `total` counts stories; facets count every article.
        With `suggest`, a query that matches nothing gets a spelling suggestion (the
        costliest step: a reader searching as someone types asks for it once they pause).
        With `complete`, a query whose last word is no word of the index yet (one being
        typed: "Okin", "pertah") is searched with that word as a prefix ("Okin*"): the
        results are that query's (its `query`, its count) and name the word in `completed`.
        If the prefix finds nothing, the query is searched as typed."""
        if sort not in _SORTS:
            raise BadRequest(f"unknown sort {sort!r}: one of {', '.join(SORTS)}")
        self.follow()  # a search makes new hits: they may as well come from the live generation
        rest = (limit, offset, sort, facets, snippet_chars, cancelled, fold)
        word = self._unfinished(query) if complete else None
        if word is not None:
            found = self._search_live(f"{query}*", *rest, False)
            if found.matching:
                found.completed = word  # found.query is the query searched ("Okin*"): its pages, its export
                found.completions = self._reached(found.terms, word)
                return found
        return self._search_live(query, *rest, suggest)

    @_reads
    def _unfinished(self, query: str) -> str | None:
        """The word being typed at the query's end, if it is no word of any article as
        typed (a whole word a reader typed is searched as it is)."""
        word = typing_word(query)
        reader = self._searcher.reader()
        if word is None or any(reader.doc_frequency(f, folded(word)) for f in _TYPED):
            return None
        return word

    @_reads
    def _reached(self, terms: list[tuple[str, str]], word: str, most: int = 3) -> list[str]:
        """The commonest words of the text a prefix reached, for the reader to see what it searched."""
        reader, start = self._searcher.reader(), folded(word)
        texts = {t for f, t in terms if f in _TYPED and t.startswith(start)}  # a caption's or a headline's words too
        return sorted(texts, key=lambda t: (-max(reader.doc_frequency(f, t) for f in _TYPED), t))[:most]

    def _search_live(self, query: str, *args) -> Results:
        results = self._search(query, *args)
        if self.follow():  # a rebuild removed the generation while it was read: a false 0, or
            results = self._search(query, *args)  # its schema missing ("not search syntax"): again, live
        return results

    def _search(self, query: str, limit: int, offset: int, sort: str, facets: bool, snippet_chars: int,
                cancelled: Callable[[], bool] | None, fold: bool, suggest: bool) -> Results:
        t0 = time.perf_counter()
        stop = _stopper(cancelled)
        q, error = self.parse(query)
        q, exact_terms = _split_exact(q)
        stop()
        story_of = self._stories()[0] if fold else {}
        depth = max(offset + limit, RERANK_DEPTH) + self._copies  # enough to fill the page once copies fold
        run = self._run_or_plain(q, exact_terms, query, error, depth, sort, cancelled)
        stop()
        matching = run.matching
        order = self._order(run, sort)
        total = len(matching)
        if story_of:
            order, total = self._fold(run.res, order, matching, story_of)
        terms = self._terms(run.q)
        hits = self._hits(run.res, order[offset:offset + limit], terms, snippet_chars)
        if story_of:
            self._add_versions(hits)
        stop()
        facet_counts = self.facet_counts(matching) if facets else {}
        suggestion = None
        if suggest and not matching and query.strip():
            stop()
            suggestion = self.suggestion(query)
        took = (time.perf_counter() - t0) * 1000
        parsed = str(run.q) if run.q is not None else ""
        dated = _narrows_by_date(run.q)
        notes = "; ".join(([run.error] if run.error else [])
                          + (self._root_notes(query, hits) + self._as_written_notes(query, matching) if matching else []))
        return Results(query, parsed, total, took, hits, facet_counts, suggestion, notes or None, terms,
                       offset=offset, sort=sort, exact=not run.late, matching=matching, dated=dated,
                       undated=self.undated() if dated else 0)

    @_reads
    def _root_notes(self, query: str, hits: list[Hit]) -> list[str]:
        """For each word typed whole that no article holds as written, found only through its root
        ("bertahan": every word of "tahan", pertahanan among them): what it was searched as, and the
        forms the hits on screen show, so that a count is never taken for the word's own."""
        reader, notes, shown = self._searcher.reader(), [], None
        for word in _plain_words_typed(query):
            root = stem(word)
            if root == word or reader.doc_frequency("exact", word) or reader.doc_frequency("title", word):
                continue
            shown = _highlighted_words(hits) if shown is None else shown  # read once, for the first such word
            forms = [f for f in shown if f != word and stem(f) == root][:ROOT_FORMS_SHOWN]
            template = wording.ROOT_ONLY if forms else wording.ROOT_ONLY_BARE
            notes.append(template.format(word=word, root=root, forms=", ".join(forms)))
        return notes

    def _as_written_notes(self, query: str, matching: list[int]) -> list[str]:
        """For each word typed whole that some matches hold as written and the others only
        through its root ("menyatukan" found "satu" and "satu-satunya"): how many hold the word
        itself, so that a count of a root's words is never read as the word's own."""
        notes, docs = [], sorted(matching)
        for word in _plain_words_typed(query)[:AS_WRITTEN_WORDS]:
            if (root := stem(word)) == word:
                continue  # a root typed: its matches hold it, or a headline or caption does (stemmed there)
            held = len(self._holding("exact", word, docs))
            if 0 < held < len(docs):  # (none at all: the root note says so)
                notes.append(wording.AS_WRITTEN_SOME.format(n=held, total=len(docs), word=word, root=root))
        return notes

    @_reads
    def suggestion(self, query: str) -> str | None:
        """The query with its words spelled as the index spells them, if that query finds
        something (a suggestion that also finds nothing only sends the reader further off)."""
        # an outlet's name is in no article's text: "Suarathailand" finds nothing, media:Suarathailand does
        # (asked first: "Kontan" is the outlet on screen, not "konstan" spelled another way)
        words = query.strip().replace('"', " ").split()
        if words and not any(":" in w for w in words) and self._finds(outlet := f'media:"{" ".join(words)}"'):
            return outlet
        said = self.suggest(bound_query(query)[0])
        if said and self._finds(said):
            return said
        # a name no article was found to name as a person (or a place, an organisation) that its text
        # holds: person:Hurley finds nothing, Hurley does (the extraction missed him)
        plain = _without_entity_fields(query)
        return plain if plain != query and self._finds(plain) else None

    def _finds(self, query: str) -> bool:
        return bool(self._search(query, limit=1, offset=0, sort="relevance", facets=False, snippet_chars=0,
                                 cancelled=None, fold=False, suggest=False).total)

    # -- one story, many outlets (stories.py)
    def _stories(self) -> tuple[dict[int, int], dict[int, list[int]]]:
        """(docnum -> its story, story -> its documents) for the documents that share a story:
        what the build kept for this commit, else grouped here once."""
        if self._story_of is None:
            from . import views
            from .stories import members

            reader = self._searcher.reader()
            kept = views.load(self.live, reader.generation(), "stories")
            self._story_of = kept if kept is not None else views.story_table(reader)
            self._story_members = members(self._story_of)
            self._copies = len(self._story_of) - len(self._story_members)
        return self._story_of, self._story_members

    def _fold(self, res, order: list[int], matching: list[int], story_of: dict[int, int]) -> tuple[list[int], int]:
        """The order with each story's later copies left out, and the number of stories matched."""
        seen: set[int] = set()
        kept = []
        for i in order:
            story = story_of.get(res.docnum(i))
            if story is None or story not in seen:
                kept.append(i)
                if story is not None:
                    seen.add(story)
        in_stories = [story_of[d] for d in matching if d in story_of]
        return kept, len(matching) - len(in_stories) + len(set(in_stories))

    def _add_versions(self, hits: list[Hit]) -> None:
        story_of, members = self._stories()
        for hit in hits:
            story = story_of.get(hit.docnum)
            if story is not None:
                hit.also = [self._version(d) for d in members[story] if d != hit.docnum]

    def _version(self, docnum: int) -> Hit:
        """Another outlet's copy of a hit's story, from its stored fields."""
        stored = self._searcher.reader().stored_fields(docnum)
        when = stored.get("date")
        outlet = (stored.get("outlet") or "").split(",")[0] or None
        article = self.article(docnum)
        return Hit(stored["id"], stored["key"], stored.get("title") or "", outlet,
                   article.date if when else None, stored.get("date_basis") or "unknown", 0.0, docnum,
                   **hit_marks(article))

    def _run_or_plain(self, q, exact_terms, query, error, depth, sort, cancelled) -> _Run:
        """Run the query; if Whoosh fails on it, run its plain words and say so."""
        try:
            res, matching, late = self._run(q, depth, sort, cancelled)
        except SearchCancelled:
            raise
        except Exception as exc:  # noqa: BLE001 - e.g. a wildcard that expands too far
            plain = plain_words(bound_query(query)[0])
            error = wording.SEARCH_FAILED.format(kind=exc.__class__.__name__, words=plain)
            q, _ = self.parse(plain)
            q, exact_terms = _split_exact(q)
            res, matching, late = self._run(q, depth, sort, cancelled)
        if late:
            error = "; ".join(filter(None, [error, wording.SEARCH_LATE.format(seconds=f"{SEARCH_SECONDS:g}")]))
        return _Run(q, exact_terms, res, late, error, matching)

    def _order(self, run: _Run, sort: str) -> list[int]:
        """Result positions best first; by relevance, exact word forms move up among the best."""
        order = list(range(run.res.scored_length()))
        if sort == "relevance" and run.exact_terms and order and not isinstance(run.q, Q.Every):
            head = self._rerank_exact(run.res, order[:RERANK_DEPTH], run.exact_terms)
            order = head + order[RERANK_DEPTH:]
        return order

    def _hits(self, res, positions: list[int], terms, snippet_chars: int) -> list[Hit]:
        return [self._hit(res, i, terms, snippet_chars) for i in positions]

    def _run(self, q, depth: int, sort: str = "relevance", cancelled: Callable[[], bool] | None = None):
        """(results, every matching document, whether the time budget ran out first).
        Every match is collected (no block skipping), so the matches are exact: over the
        kept arrays when they answer the query (fastmatch.py), else by Whoosh."""
        if sort == "relevance" and not isinstance(q, Q.Every):
            arrays = self._arrays()
            if arrays is not None:
                try:
                    docs, scores = arrays.run(q, _stopper(cancelled))
                    return _Ranked(self._searcher, docs, scores, depth), docs.tolist(), False
                except Unsupported:
                    pass
        by = _SORTS[sort]  # search() refused an unknown sort
        if sort == "relevance" and isinstance(q, Q.Every):
            by = _SORTS["newest"]  # nothing to rank by: newest first
        if by:
            child = self._searcher.collector(limit=depth, **by)
        else:
            # Whoosh's default top-N collector swaps in cheaper matchers as its minimum
            # score rises; they score a document by part of the query only, so a better
            # hit can drop out of the top N (measured: the best of 550 matches missing
            # from the top 100 but first in the top 20). Score every match in full.
            from whoosh.collectors import TopCollector

            child = TopCollector(limit=depth, usequality=False, replace=0)
        bounded = BoundedCollector(child, SEARCH_SECONDS, cancelled)
        try:
            self._searcher.search_with_collector(q, bounded)
        except TimeLimit:
            if cancelled is not None and cancelled():
                raise SearchCancelled() from None
            return bounded.results(), bounded.matched, True
        return bounded.results(), bounded.matched, False

    def _arrays(self) -> Matching | None:
        """Matching over the kept postings arrays of this commit, or None (postings.py)."""
        if self._matching is None:
            kept = Kept.open(self.live, self._searcher.reader())
            self._matching = Matching(kept, self._searcher) if kept is not None else False
        return self._matching if isinstance(self._matching, Matching) else None

    def _terms(self, q) -> list[tuple[str, str]]:
        """(field, text) of every term the query can match, for highlighting.

        Fuzzy, prefix and wildcard terms are expanded to the index terms they
        reach (at most 50 each) through the term automaton, not a lexicon scan.
        """
        from itertools import islice

        out: list[tuple[str, str]] = []
        pairs: Iterable[tuple[str, str | bytes]]
        reader = self._searcher.reader()
        try:
            leaves = list(q.leaves()) if q.is_leaf() is False else [q]
        except Exception:  # noqa: BLE001
            leaves = [q]
        for leaf in leaves:
            try:
                if isinstance(leaf, (Q.FuzzyTerm, Q.Wildcard, Q.Prefix)):
                    pairs = islice(leaf.expanded_terms(reader), 50)
                else:
                    pairs = leaf.iter_all_terms(phrases=True)
                for fieldname, text in pairs:
                    if isinstance(text, bytes):
                        text = text.decode("utf-8", "replace")
                    out.append((fieldname, text))
            except Exception:  # noqa: BLE001 - a leaf with no terms (ranges, Every)
                continue
        return out

    def _rerank_exact(self, res, order: list[int], exact_terms: list[str]) -> list[int]:
        """Exact word forms rank first: among the best hits, those that contain the
        query's inflected words as written move up (a score bonus per word found)."""
        docnums = sorted(res.docnum(i) for i in order)
        found: dict[int, int] = {d: 0 for d in docnums}
        for t in set(exact_terms):
            for d in self._holding("exact", t, docnums):
                found[d] += 1
        n = len(set(exact_terms))
        scores = {i: (res.score(i) or 0.0) * (1.0 + EXACT_BONUS * found[res.docnum(i)] / n) for i in order}
        return sorted(order, key=lambda i: -scores[i])

    def _holding(self, fieldname: str, term: str, docnums: list[int]) -> list[int]:
        """Which of these sorted documents hold the term: looked up in the kept arrays when
        they have it (Whoosh walks a common word's posting list block by block to each)."""
        arrays = self._arrays()
        if arrays is not None and arrays.kept.covers(fieldname, term):
            docs, _weights = arrays.kept.term(fieldname, term)
            return np.asarray(docnums)[np.isin(docnums, docs)].tolist()
        return [d for d, _m in _walk(self._searcher.reader(), fieldname, term, docnums)]

    def _hit(self, res, i: int, terms, snippet_chars: int) -> Hit:
        docnum = res.docnum(i)
        stored = res.fields(i)
        article = self.article(docnum)
        highlights = []
        tspans = _merge(self._char_spans(article, "title", [t for f, t in terms if f in ("title", "body")],
                                         [t for f, t in terms if f == "exact"]))
        if tspans:
            highlights.append(Highlight("title", article.title, tspans))
        said = quoted_quote(article, terms)  # a query naming speakers: their first quote, and whose
        highlights.append(_snippet(article, self.snippet_spans(article, terms, said[0] if said else None), snippet_chars))
        return Hit(
            id=stored["id"],
            key=stored["key"],
            title=article.title,
            outlet=article.outlet,
            date=article.date,
            date_basis=article.date_basis,
            score=float(res.score(i) or 0.0),
            docnum=docnum,
            highlights=highlights,
            **hit_marks(article),
            speaker=said[1] if said else None,
            speaker_unsure=said is not None and is_unsure(said[0]),
        )

    @_reads
    def facet_counts(self, docnums: list[int]) -> dict[str, dict[str, int]]:
        """How many of these documents name each person, country, outlet, year, speaker."""
        counts = self._facets().count(docnums)
        out = {k: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))) for k, v in counts.items()}
        out["month"] = dict(sorted(counts["month"].items()))  # a timeline reads in calendar order
        return out

    def undated(self) -> int:
        """How many of the index's articles have no date (counted once per commit): a date
        search never finds them, and the reader says so beside its hits."""
        if self._undated is None:
            docs = list(self._searcher.reader().all_doc_ids())
            dated = sum(n for year, n in self._facets().count(docs).get("year", {}).items() if year)
            self._undated = max(0, len(docs) - dated)
        return self._undated

    def _facets(self) -> FacetArrays:
        """Every document's facet values: what the build kept for this commit, else read
        once from every document."""
        if self._facet_arrays is None:
            from . import views

            reader = self._searcher.reader()
            kept = views.load(self.live, reader.generation(), "facets")
            self._facet_arrays = kept if isinstance(kept, FacetArrays) else views.facet_arrays(reader)
        return self._facet_arrays

    # -- articles
    def _data(self):
        if self._column is None:
            self._column = self._searcher.reader().column_reader("data")
        return self._column

    def kept_view(self, kind: str):
        """The view of this kind ("quotes", "entities") the build computed for this commit, or None."""
        from . import views

        return views.load(self.live, self._searcher.reader().generation(), kind)

    @_reads
    def article(self, docnum: int) -> Article:
        return unpack(self._data()[docnum])

    @_reads
    def docnum_for(self, key: str) -> int | None:
        return self._searcher.document_number(key=key)

    @_reads
    def keys_for(self, docnums: list[int]) -> set[str]:
        """The stable keys of these documents (what views over the current results filter by)."""
        reader = self._searcher.reader()
        return {reader.stored_fields(d)["key"] for d in docnums}

    def iter_keyed_articles(self):
        """(key, Article) for every document: the key is the file's path, stable across updates."""
        with reading(self.index_dir):
            yield from self._keyed_articles()

    def _keyed_articles(self):
        reader = self._searcher.reader()
        column = self._data()
        for docnum in reader.all_doc_ids():
            yield reader.stored_fields(docnum)["key"], unpack(column[docnum])


EXACT_BONUS = 0.5  # how much an exact form lifts a hit over forms of the same stem


@dataclass
class _Run:
    q: Any
    exact_terms: list[str]
    res: Any
    late: bool
    error: str | None
    matching: list[int]


class _Ranked:
    """The best `depth` of an array match, best first (ties: the lower docnum, as Whoosh),
    read through the part of Whoosh's Results the searcher uses."""

    def __init__(self, searcher, docs, scores, depth: int):
        order = np.lexsort((docs, -scores))[:depth]
        self._searcher, self._docs, self._scores = searcher, docs[order], scores[order]

    def scored_length(self) -> int:
        return len(self._docs)

    def docnum(self, i: int) -> int:
        return int(self._docs[i])

    def score(self, i: int) -> float:
        return float(self._scores[i])

    def fields(self, i: int) -> dict:
        return self._searcher.stored_fields(self.docnum(i))


def _sorts() -> dict[str, dict]:
    from whoosh import fields as whoosh_fields
    from whoosh import sorting

    column = whoosh_fields.NUMERIC(sortable=True)  # as the schema's sortdate: keys come encoded (shifted, in order)
    undated, beyond = (column.to_column_value(v) for v in (0, 10**9))

    def undated_last(v: int) -> int:  # oldest first: by date, the undated (0) after every date
        return beyond if v == undated else v

    return {
        "relevance": {},
        "newest": {"sortedby": "sortdate", "reverse": True},  # by date, a guessed year at its date; undated (0) last
        "oldest": {"sortedby": sorting.TranslateFacet(undated_last, sorting.FieldFacet("sortdate"))},
    }


_SORTS = _sorts()


class HitMarks(TypedDict):
    date_unsure: bool
    title_from_lede: bool


def hit_marks(article: Article) -> HitMarks:
    """What a hit shows beside its date and title: a guessed year, a title from the lede."""
    return {"date_unsure": wording.uncertain_year(article.warnings), "title_from_lede": article.title_basis == "lede"}


def timeline(facets: dict[str, dict[str, int]]) -> list[tuple[str, int]]:
    """Months in order with their counts, the empty months between included."""
    months = sorted(facets.get("month", {}))
    if not months:
        return []
    (y, m), (y1, m1) = map(int, months[0].split("-")), map(int, months[-1].split("-"))
    out = []
    while (y, m) <= (y1, m1):
        key = f"{y:04d}-{m:02d}"
        out.append((key, facets["month"].get(key, 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


_DATE_FIELDS = frozenset({"date", "year", "month", "day", "sortdate"})  # what a date clause parses to (query.py)


def _narrows_by_date(q) -> bool:
    return q is not None and any(leaf.field() in _DATE_FIELDS for leaf in q.leaves())  # Every, Null: field None


def guessed(facets: dict[str, dict[str, int]], period: str = "month") -> dict[str, int]:
    """Per month ("month") or year ("year"): how many of its articles have a guessed year."""
    width = 7 if period == "month" else 4
    out: dict[str, int] = {}
    for month, n in facets.get("guessed", {}).items():
        out[month[:width]] = out.get(month[:width], 0) + n
    return out


def _stopper(cancelled: Callable[[], bool] | None) -> Callable[[], None]:
    def stop() -> None:
        if cancelled is not None and cancelled():
            raise SearchCancelled()
    return stop


__all__ = ["Searcher", "Results", "Hit", "hit_marks", "timeline", "guessed", "SORTS"]


_ENTITY_PREFIX = re.compile(r"(?<![\w:])(\w+):(?=\S)")


def _without_entity_fields(query: str) -> str:
    """The query with its entity fields taken off their words (person:Hurley -> Hurley)."""
    return _ENTITY_PREFIX.sub(lambda m: "" if m.group(1).lower() in _entity_names() else m.group(), query)


def unfielded(query: str, suggestion: str) -> bool:
    """Whether a suggestion is the query's own words without its entity fields (person:Narang ->
    Narang): no article was found to name them so, but the text holds the words."""
    return suggestion != query and _without_entity_fields(query) == suggestion


def _entity_names() -> frozenset[str]:
    """The names and aliases of the entity fields (person:, orang:, org: ...), lower case."""
    names = fields.entity_fields()
    return frozenset(n.lower() for f in names for n in (f, *fields.aliases().get(f, ())))
