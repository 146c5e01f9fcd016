"""Queries -> hits with highlights, facets and suggestions.

Query language: Whoosh syntax (AND/OR/NOT, "phrases", wildcards, term~) over the
text fields, plus entity fields in English and Indonesian (`person:`/`orang:`,
`country:`/`negara:`, `org:`, `place:`/`tempat:`, `speaker:`/`pembicara:`,
`quote:`/`kutipan:`, `outlet:`/`media:`, `date:`/`tanggal:`). Entity values fold
aliases and surnames (`country:Korsel`, `speaker:Austin`). Highlights come from
the character offsets stored in the postings, only for the hits returned; broken
syntax never raises: the plain words are searched and `error` says so.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import query as Q

from . import fields
from .errors import BadRequest, IndexUnsafe
from .generations import live_dir
from .model import Article
from .query_limits import SEARCH_SECONDS, BoundedCollector, SearchCancelled, TimeLimit, bound_query, suggestible
from .store import open_live, paragraph_offsets, reading, unpack
from .strict import unsafe_reason

RERANK_DEPTH = 100  # exact word forms rerank the best this many hits (pages stay stable past it)
SORTS = ("relevance", "newest", "oldest")
# the field table's (index/fields.py), as they were named here before
TEXT_FIELDS = fields.default_fields()
ENTITY_FIELDS = fields.entity_fields()
FIELD_ALIASES = fields.aliases()
ALL_FIELDS = set(fields.allowed())
_MONTHS_ID = {
    "januari": "january", "februari": "february", "pebruari": "february", "maret": "march", "april": "april",
    "mei": "may", "juni": "june", "juli": "july", "agustus": "august", "september": "september",
    "oktober": "october", "november": "november", "nopember": "november", "desember": "december",
}
_FIELD_PREFIX = re.compile(r"\b([A-Za-z_]+):")
_SYNTAX = re.compile(r"[()\[\]{}\"^~*?:+\\]|\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE|to|TO)\b")


@dataclass
class Highlight:
    field: str
    text: str
    spans: list[tuple[int, int]]


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

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "date": self.date,
            "score": round(self.score, 4),
            "highlights": [{"field": h.field, "text": h.text, "spans": [list(s) for s in h.spans]} for h in self.highlights],
            "also": [{"id": v.id, "title": v.title, "outlet": v.outlet, "date": v.date} for v in self.also],
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
    articles: int = 0  # matching articles; `total` counts stories (copies of one story in several outlets once)

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
            "error": self.error,
        }


def check_syntax(query: str) -> str | None:
    """A one-line description of what is broken in the query, or None."""
    depth = 0
    for ch in query:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return "a closing parenthesis has no opening one"
    if depth > 0:
        return "a parenthesis is not closed"
    if query.count('"') % 2:
        return "a quotation mark is not closed"
    if query.count("[") != query.count("]"):
        return "a date range bracket is not closed"
    for m in _FIELD_PREFIX.finditer(query):
        name = m.group(1)
        if name.lower() not in fields.allowed():
            return f"unknown field '{name}:'"
        rest = query[m.end():]
        if not rest or rest[0].isspace():
            return f"'{name}:' has no value"
    stripped = query.strip()
    if re.search(r"(?:^|\s)(?:AND|OR|NOT)\s*$", stripped) or re.match(r"^(?:AND|OR)\b", stripped):
        return "an operator has nothing on one side"
    return None


def plain_words(query: str) -> str:
    words = _SYNTAX.sub(" ", query)
    return " ".join(w for w in words.split() if any(c.isalnum() for c in w))


def _translate_dates(query: str) -> str:
    def fix(m: re.Match) -> str:
        value = m.group(2)
        for idn, en in _MONTHS_ID.items():
            value = re.sub(rf"\b{idn}\b", en, value, flags=re.IGNORECASE)
        # "2023-01" -> "january 2023" (the date plugin reads years, ISO days and month names)
        value = re.sub(r"\b(\d{4})-(\d{1,2})\b(?!-)", lambda d: f"{_MONTH_EN[int(d.group(2))]} {d.group(1)}"
                       if 1 <= int(d.group(2)) <= 12 else d.group(0), value)
        if " " in value and not value.startswith(("\"", "[", "{")):
            value = f'"{value}"'
        return f"{dates[m.group(1).lower()]}:{value}"

    dates = fields.date_names()
    return _date_clause(tuple(dates)).sub(fix, query)


@functools.lru_cache(maxsize=4)
def _date_clause(names: tuple[str, ...]) -> re.Pattern:
    """A date field's clause, by any of its names: `date:...`, `tanggal:...`."""
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"\b({alternatives}):(\"[^\"]*\"|\[[^\]]*\]|\{{[^}}]*\}}|\S+)", re.IGNORECASE)


_MONTH_EN = [""] + [m for m in ("january february march april may june july august september october november december").split()]


def _reads(method):
    """A Searcher method whose read errors mean a damaged index (IndexDamaged)."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with reading(self.index_dir):
            return method(self, *args, **kwargs)

    return wrapper


class Searcher:
    """An open, read-only index. Cheap to keep; call refresh() to see a newer generation."""

    def __init__(self, index_dir: str | Path):
        self.index_dir = Path(index_dir)
        self._searcher = None
        self._open()

    def _open(self) -> None:
        """Open the live generation (IndexMissing, IndexDamaged, IndexUnsafe)."""
        unsafe = unsafe_reason(self.index_dir)
        if unsafe:
            raise IndexUnsafe(unsafe)
        live, ix = open_live(self.index_dir, readonly=True)
        with reading(self.index_dir):
            searcher = ix.searcher()
        if self._searcher is not None:
            self._searcher.close()
        self.live, self.ix, self._searcher = live, ix, searcher
        self._lexicons: dict[str, list[str]] = {}
        self._parser = None
        self._column = None
        self._span_cache: dict = {}
        self._facets_by_doc: dict | None = None
        self._story_of: dict[int, int] | None = None
        self._story_members: dict[int, list[int]] = {}
        self._copies = 0  # documents that are a later copy of a story: hidden by folding

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

    @property
    def doc_count(self) -> int:
        return self._searcher.doc_count()

    # -- parsing
    def parser(self):
        if self._parser is None:
            from whoosh import qparser
            from whoosh.qparser.dateparse import DateParserPlugin

            p = qparser.MultifieldParser(fields.default_fields(), self.ix.schema, group=qparser.AndGroup)
            p.add_plugin(qparser.FuzzyTermPlugin())
            p.add_plugin(DateParserPlugin(free=False))
            p.add_plugin(qparser.FieldAliasPlugin(fields.aliases()))
            p.add_plugin(qparser.GtLtPlugin())
            self._parser = p
        return self._parser

    def lexicon(self, fieldname: str) -> list[str]:
        if fieldname not in self._lexicons:
            reader = self._searcher.reader()
            try:
                terms = [t.decode("utf-8") if isinstance(t, bytes) else t for t in reader.lexicon(fieldname)]
            except Exception:  # noqa: BLE001 - an empty field has no lexicon
                terms = []
            self._lexicons[fieldname] = terms
        return self._lexicons[fieldname]

    def resolve_entity(self, fieldname: str, value: str) -> list[str]:
        """Fold an entity value to the canonical names the index holds."""
        from .entities import gazetteer

        v = " ".join(value.lower().split())
        lex = self.lexicon(fieldname)
        lexset = set(lex)
        if v in lexset:
            return [v]
        gaz = gazetteer()
        canon = gaz.alias_map.get(value.strip()) or _folded_aliases().get(v)
        if canon and canon.lower() in lexset:
            return [canon.lower()]
        parts = [t for t in lex if v in re.split(r"[\s-]+", t)]
        if parts:
            return parts
        return [t for t in lex if t.startswith(v)][:20] if len(v) >= 3 else []

    def _rewrite(self, q):
        if isinstance(q, (Q.Term, Q.Phrase, Q.Wildcard, Q.Prefix, Q.FuzzyTerm)) and q.field() in fields.entity_fields():
            if isinstance(q, Q.Phrase):
                text = " ".join(q.words)
            else:
                text = q.text
            names = self.resolve_entity(q.field(), text.rstrip("*"))
            if not names:
                return Q.Term(q.field(), text.lower())
            terms = [Q.Term(q.field(), n) for n in names]
            return terms[0] if len(terms) == 1 else Q.Or(terms)
        if isinstance(q, Q.DateRange) and q.field() == "date":
            return _calendar_terms(q) or q
        if isinstance(q, (Q.FuzzyTerm, Q.Wildcard)):
            # expand once, here: the matcher, the count and the highlighter then all
            # use plain terms instead of scanning the lexicon three times
            from itertools import islice

            if q.field() == "exact":
                return Q.NullQuery  # the body has every form these could reach
            reader = self._searcher.reader()
            if isinstance(q, Q.FuzzyTerm):
                found = ((q.field(), t) for t in reader.terms_within(q.field(), q.text, q.maxdist, prefix=max(1, q.prefixlength)))
            else:
                found = q.expanded_terms(reader)
            expanded = [Q.Term(f, t, boost=q.boost) for f, t in islice(found, 64)]
            if not expanded:
                return Q.NullQuery
            return expanded[0] if len(expanded) == 1 else Q.Or(expanded)
        if isinstance(q, Q.Phrase) and q.field() not in fields.entity_fields() and len(q.words) == 1:
            return Q.Term(q.field(), q.words[0])
        if hasattr(q, "subqueries"):
            q.subqueries = [self._rewrite(s) for s in q.subqueries]
            q.subqueries = [s for s in q.subqueries if s is not Q.NullQuery] or [Q.NullQuery]
            if isinstance(q, Q.Or):
                # The exact field holds only inflected words: a phrase there loses its
                # other words, and fuzzy, prefix and wildcard terms find nothing the body
                # does not. Drop those copies (they would cost time and mislead).
                phrase = any(isinstance(s, Q.Phrase) and s.field() == "body" for s in q.subqueries)
                expanding = (Q.FuzzyTerm, Q.Wildcard, Q.Prefix)
                q.subqueries = [
                    s for s in q.subqueries
                    if not (_field_of(s) == "exact" and (phrase or isinstance(s, expanding)))
                ] or q.subqueries
        elif hasattr(q, "child") and q.child is not None:
            q.child = self._rewrite(q.child)
        return q

    def parse(self, query: str):
        """(whoosh query, error-or-None). Never raises."""
        from whoosh import query as Q

        query, notes = bound_query(query)
        error = check_syntax(query)
        text = query
        if error:
            text = plain_words(query)
            error = f"{error}: searched the plain words ({text or 'nothing'})"
        if notes:
            error = "; ".join(notes + ([error] if error else []))
        if not text.strip():
            return Q.Every(), error
        try:
            q = self.parser().parse(_translate_dates(text))
            q = self._rewrite(q)
            if q is None or isinstance(q, type(Q.NullQuery)):
                raise ValueError("nothing to search")
        except Exception:  # noqa: BLE001 - any parser failure falls back
            plain = plain_words(text)
            error = (f"could not read the query as search syntax: searched the plain words ({plain})" if plain
                     else "nothing to search for in the query")
            try:
                q = self._rewrite(self.parser().parse(plain)) if plain else Q.NullQuery
            except Exception:  # noqa: BLE001
                q = Q.NullQuery
        return q, error

    # -- searching
    @_reads
    def search(self, query: str, limit: int = 20, *, offset: int = 0, sort: str = "relevance", facets: bool = True,
               snippet_chars: int = 180, cancelled: Callable[[], bool] | None = None, fold: bool = True) -> Results:
        """Hits offset..offset+limit of every match, in `sort` order (SORTS), with an exact
        total and facet counts over every match. `cancelled` (checked between the steps
        and while matching) raises SearchCancelled when a newer query made this one moot.
        With `fold`, a story several outlets published is one hit (its best-placed copy,
        the others in its `also`), and `total` counts stories; facets count every article."""
        if sort not in _SORTS:
            raise BadRequest(f"unknown sort {sort!r}: one of {', '.join(SORTS)}")
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
        if not matching and query.strip():
            stop()
            suggestion = self.suggest(bound_query(query)[0])
        took = (time.perf_counter() - t0) * 1000
        parsed = str(run.q) if run.q is not None else ""
        return Results(query, parsed, total, took, hits, facet_counts, suggestion, run.error, terms,
                       offset=offset, sort=sort, exact=not run.late, matching=matching, articles=len(matching))

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
        return Hit(stored["id"], stored["key"], stored.get("title") or "", outlet,
                   self.article(docnum).date if when else None, stored.get("date_basis") or "unknown", 0.0, docnum)

    def _run_or_plain(self, q, exact_terms, query, error, depth, sort, cancelled) -> _Run:
        """Run the query; if Whoosh fails on it, run its plain words and say so."""
        try:
            res, matching, late = self._run(q, depth, sort, cancelled)
        except SearchCancelled:
            raise
        except Exception as exc:  # noqa: BLE001 - e.g. a wildcard that expands too far
            plain = plain_words(bound_query(query)[0])
            error = f"search failed ({exc.__class__.__name__}): searched the plain words ({plain})"
            q, _ = self.parse(plain)
            q, exact_terms = _split_exact(q)
            res, matching, late = self._run(q, depth, sort, cancelled)
        if late:
            error = "; ".join(filter(None, [error, f"the search took over {SEARCH_SECONDS:g} s: the hits found by then"]))
        return _Run(q, exact_terms, res, late, error, matching)

    def _order(self, run: _Run, sort: str) -> list[int]:
        """Result positions best first; by relevance, exact word forms move up among the best."""
        order = list(range(run.res.scored_length()))
        if sort == "relevance" and run.exact_terms and order and not isinstance(run.q, Q.Every):
            head = self._rerank_exact(run.res, order[:RERANK_DEPTH], run.exact_terms)
            order = head + order[RERANK_DEPTH:]
        return order

    def _hits(self, res, positions: list[int], terms, snippet_chars: int) -> list[Hit]:
        shown = [res.docnum(i) for i in positions]
        self._span_cache = {}
        self._prefetch_spans(shown, "body", [t for f, t in terms if f == "body"])
        self._prefetch_spans(shown, "title", [t for f, t in terms if f in ("title", "body")])
        hits = [self._hit(res, i, terms, snippet_chars) for i in positions]
        self._span_cache = {}
        return hits

    def _run(self, q, depth: int, sort: str = "relevance", cancelled: Callable[[], bool] | None = None):
        """(results, every matching document, whether the time budget ran out first).
        Every match is collected (no block skipping), so the matches are exact."""
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

    def _terms(self, q) -> list[tuple[str, str]]:
        """(field, text) of every term the query can match, for highlighting.

        Fuzzy, prefix and wildcard terms are expanded to the index terms they
        reach (at most 50 each) through the term automaton, not a lexicon scan.
        """
        from itertools import islice

        out: list[tuple[str, str]] = []
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
        reader = self._searcher.reader()
        docnums = sorted(res.docnum(i) for i in order)
        found: dict[int, int] = {d: 0 for d in docnums}
        for t in set(exact_terms):
            for d, _m in _walk(reader, "exact", t, docnums):
                found[d] += 1
        n = len(set(exact_terms))
        scores = {i: (res.score(i) or 0.0) * (1.0 + EXACT_BONUS * found[res.docnum(i)] / n) for i in order}
        return sorted(order, key=lambda i: -scores[i])

    def _prefetch_spans(self, docnums: list[int], fieldname: str, terms: list[str]) -> None:
        """Read the character offsets of `terms` for many documents in one pass per term.

        One postings reader per term walks the documents in order (skip_to), instead
        of one reader per term per document.
        """
        reader = self._searcher.reader()
        wanted = sorted(set(docnums))
        found: dict[int, list[tuple[int, int]]] = {d: [] for d in wanted}
        for t in set(terms):
            for d, m in _walk(reader, fieldname, t, wanted):
                found[d].extend((sc, ec) for _pos, sc, ec in m.value_as("characters"))
        for d, spans in found.items():
            self._span_cache[(fieldname, d, tuple(sorted(set(terms))))] = sorted(set(spans))

    def _char_spans(self, docnum: int, fieldname: str, terms: list[str]) -> list[tuple[int, int]]:
        cached = self._span_cache.get((fieldname, docnum, tuple(sorted(set(terms)))))
        if cached is not None:
            return cached
        reader = self._searcher.reader()
        spans: list[tuple[int, int]] = []
        for t in set(terms):
            try:
                m = reader.postings(fieldname, t)
            except Exception:  # noqa: BLE001 - term not in this field
                continue
            try:
                m.skip_to(docnum)
                if m.is_active() and m.id() == docnum:
                    for _pos, sc, ec in m.value_as("characters"):
                        spans.append((sc, ec))
            except Exception:  # noqa: BLE001
                continue
        return sorted(set(spans))

    def body_spans(self, docnum: int, terms: list[tuple[str, str]]) -> list[tuple[int, int]]:
        # the body's postings carry character offsets; exact-field words arrive here
        # too as their stems (the parser asks every text field for each word)
        return _merge(self._char_spans(docnum, "body", [t for f, t in terms if f == "body"]))

    @_reads
    def article_spans(self, docnum: int, article: Article, terms: list[tuple[str, str]]) -> list[tuple[int, int, int]]:
        """Highlight spans as (paragraph, start, end) for the reader, from stored offsets."""
        offs = paragraph_offsets(article)
        out = []
        spans = self.body_spans(docnum, terms)
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
            for sc, ec in self._char_spans(docnum, "body", quote_terms):
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

    def _hit(self, res, i: int, terms, snippet_chars: int) -> Hit:
        docnum = res.docnum(i)
        stored = res.fields(i)
        article = self.article(docnum)
        highlights = []
        tspans = _merge(self._char_spans(docnum, "title", [t for f, t in terms if f in ("title", "body")]))
        if tspans:
            highlights.append(Highlight("title", article.title, tspans))
        spans = self.article_spans(docnum, article, terms)
        highlights.append(_snippet(article, spans, snippet_chars))
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
        )

    @_reads
    def facet_counts(self, docnums: list[int]) -> dict[str, dict[str, int]]:
        """How many of these documents name each person, country, outlet, year, speaker."""
        table = self._facet_table()
        facets = fields.facet_fields()
        counts: dict[str, dict[str, int]] = {f: {} for f in facets}
        for d in docnums:
            for f, values in zip(facets, table[d], strict=True):
                bucket = counts[f]
                for v in values:
                    bucket[v] = bucket.get(v, 0) + 1
        out = {k: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))) for k, v in counts.items()}
        out["month"] = dict(sorted(counts["month"].items()))  # a timeline reads in calendar order
        return out

    def _facet_table(self) -> dict[int, tuple[tuple[str, ...], ...]]:
        """docnum -> each facet field's values: what the build kept for this commit, else
        read once from every document."""
        if self._facets_by_doc is None:
            from . import views

            reader = self._searcher.reader()
            kept = views.load(self.live, reader.generation(), "facets")
            self._facets_by_doc = kept if kept is not None else views.facet_table(reader)
        return self._facets_by_doc

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
                cands = self._searcher.suggest("body", lw, limit=1, maxdist=2)
            except Exception:  # noqa: BLE001
                cands = []
            if cands and cands[0] != lw:
                out.append(cands[0])
                changed = True
            else:
                out.append(lw)
        return " ".join(out) if changed else None

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
    q: object
    exact_terms: list[str]
    res: object
    late: bool
    error: str | None
    matching: list[int]


def _sorts() -> dict[str, dict]:
    from whoosh import fields, sorting

    column = fields.NUMERIC(sortable=True)  # as the schema's sortdate: keys come encoded
    undated, beyond = column.to_column_value(0), column.to_column_value(99_999_999)
    undated_last = sorting.TranslateFacet(lambda v: beyond if v == undated else v, sorting.FieldFacet("sortdate"))
    return {
        "relevance": {},
        "newest": {"sortedby": "sortdate", "reverse": True},  # undated (0) last
        "oldest": {"sortedby": undated_last},  # undated last here too
    }


_SORTS = _sorts()


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


def _stopper(cancelled: Callable[[], bool] | None) -> Callable[[], None]:
    def stop() -> None:
        if cancelled is not None and cancelled():
            raise SearchCancelled()
    return stop


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


def _split_exact(q):
    """Take the exact-form clauses out of the query: (query, their words).

    They never decide whether a document matches (the stemmed body does), only how
    it ranks, so they are applied to the best hits afterwards instead of making
    every match walk a third field.
    """
    words: list[str] = []

    def strip(node):
        if isinstance(node, Q.Term) and node.field() == "exact":
            words.append(node.text)
            return None
        if isinstance(node, Q.Or):
            kept = []
            for sub in node.subqueries:
                out = strip(sub)
                if out is not None:
                    kept.append(out)
            if not kept:
                return None
            node.subqueries = kept
            return kept[0] if len(kept) == 1 else node
        if isinstance(node, Q.And):
            node.subqueries = [strip(sub) or sub for sub in node.subqueries]
        return node

    stripped = strip(q)
    return (stripped if stripped is not None else q), words


def _calendar_terms(q):
    """A date range that covers whole years, months or one day, as term lookups.

    `date:2023`, `date:[2018 to 2023]`, `date:"Januari 2023"` and `date:2023-01-11`
    become Or(year:...), Or(month:...) or day:... terms: far cheaper than the
    numeric range they parse to. Other ranges stay as they are.
    """
    from datetime import datetime, timedelta

    start, end = q.startdate, q.enddate
    if start is None or end is None or not isinstance(start, datetime) or not isinstance(end, datetime):
        return None
    if (start.hour, start.minute, start.second, start.microsecond) != (0, 0, 0, 0):
        return None
    after = end + timedelta(microseconds=1)
    if (after.hour, after.minute, after.second, after.microsecond) != (0, 0, 0, 0):
        return None
    if start.month == 1 and start.day == 1 and after.month == 1 and after.day == 1:
        years = range(start.year, after.year)
        if 0 < len(years) <= 200:
            terms = [Q.Term("year", str(y)) for y in years]
            return terms[0] if len(terms) == 1 else Q.Or(terms)
    if start.day == 1 and after.day == 1:
        months, y, m = [], start.year, start.month
        while (y, m) < (after.year, after.month) and len(months) < 600:
            months.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        terms = [Q.Term("month", x) for x in months]
        return terms[0] if len(terms) == 1 else Q.Or(terms)
    if after - start == timedelta(days=1):
        return Q.Term("day", start.strftime("%Y-%m-%d"))
    return None


def _expands(q) -> bool:
    try:
        return any(isinstance(leaf, (Q.FuzzyTerm, Q.Wildcard, Q.Prefix)) for leaf in ([q] if q.is_leaf() else q.leaves()))
    except Exception:  # noqa: BLE001
        return False


def _field_of(q) -> str | None:
    try:
        return q.field()
    except AttributeError:
        fields = {f for f, _t in q.iter_all_terms()} if hasattr(q, "iter_all_terms") else set()
        return fields.pop() if len(fields) == 1 else None


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


_FOLDED: dict[str, str] | None = None


def _folded_aliases() -> dict[str, str]:
    global _FOLDED
    if _FOLDED is None:
        from .entities import gazetteer

        _FOLDED = {k.lower(): v for k, v in gazetteer().alias_map.items()}
    return _FOLDED


__all__ = ["Searcher", "Results", "Hit", "Highlight", "check_syntax", "plain_words"]
