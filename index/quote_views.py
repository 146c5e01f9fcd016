"""Quote views over a corpus: every attributed quote as a row, copies republished word for
word once, two speakers or sides week by week. Shared by the CLI and the reader, so both
answer the same way; kept beside the index (index/views.py)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from .model import Article, Entity, Quote, said_key
from .wording import uncertain_year

UNSURE = 0.7  # below this confidence an attribution is shown as uncertain ("?"), on screen and in exports


def is_unsure(quote) -> bool:
    """Whether the rules are unsure whose the quote is: shown with "?"."""
    return quote.confidence is not None and quote.confidence < UNSURE


@dataclass(frozen=True)
class QuoteRow:
    speaker: str | None
    source: str | None
    text: str
    article_id: str
    title: str
    outlet: str | None
    date: str | None
    date_basis: str
    paragraph: int
    start: int
    end: int
    key: str  # the article's index key
    marks: tuple[tuple[int, int, str], ...] = ()  # entities inside the quote: (start, end, type) in text
    cue: str | None = None  # how the speaker was found
    confidence: float | None = None  # how sure that rule is
    # the same words of the same speaker in other outlets' copies of the story: (key, outlet)
    also: tuple[tuple[str, str | None], ...] = ()
    date_unsure: bool = False  # the date's year is a guess (shown with "?", as in the results)
    lost_mark: str | None = None  # the page lost a mark of this quote (Quote.lost_mark)
    side: str | None = None  # an unnamed source's country, as its label names it (Quote.side)

    @property
    def keys(self) -> tuple[str, ...]:
        """Every article the quote appears in."""
        return (self.key,) + tuple(k for k, _o in self.also)

    def in_scope(self, scope: set[str] | None) -> bool:
        return scope is None or any(k in scope for k in self.keys)
    @property
    def speaker_unsure(self) -> bool:
        """Someone is named, at a confidence the reader marks with "?"."""
        return bool(self.speaker or self.source) and (self.confidence or 0.0) < UNSURE

    def to_json(self) -> dict:
        return {
            "speaker": self.speaker,
            "source": self.source,
            "text": self.text,
            "article_id": self.article_id,
            "title": self.title,
            "outlet": self.outlet,
            "date": self.date,
            "date_basis": self.date_basis,
            "paragraph": self.paragraph,
            "cue": self.cue,
            "confidence": self.confidence,
            "speaker_unsure": self.speaker_unsure,
            "year_guessed": self.date_unsure,
            "side": self.side,
            "also_in": [outlet for _k, outlet in self.also],
        }


def person_matches(canonical: str, query: str) -> bool:
    """`Mattis`, `james mattis`, `Jim Mattis` (an alias) all name James Mattis."""
    from .entities import gazetteer

    q = " ".join(query.lower().replace("-", " ").split())
    name = canonical.lower().replace("-", " ")
    if q == name or q in name.split():
        return True
    canon = gazetteer().alias_map.get(query.strip())
    return bool(canon and canon == canonical)


def person_country(article: Article, name: str) -> str | None:
    for n, _role, country in article.people_info:
        if n == name and country:
            return country
    return gazetteer_country(name)


def gazetteer_country(name: str) -> str | None:
    """The country the gazetteer gives a person or an organisation; a country is its own side;
    a news outlet reporting is no country's side (Reuters is not Britain speaking, Al Jazeera
    not Qatar), a state's mouthpiece is (KCNA, Xinhua); the head of an international body is none."""
    from .entities import gazetteer, international_office

    e = gazetteer().entry(name)
    if e is not None and e.type == "country":
        return e.canonical
    if e is not None and e.kind == "media" and not e.state_voice:
        return None
    if e is not None and e.type == "person" and e.roles and international_office(e.roles[0]):
        return None  # NATO's or the UN's head speaks for the body (the article's role, when another, names a country)
    return e.country if e else None


def country_matches(country: str | None, query: str) -> bool:
    from .entities import gazetteer

    if not country:
        return False
    q = query.strip()
    canon = gazetteer().alias_map.get(q) or next(
        (v for k, v in gazetteer().alias_map.items() if k.lower() == q.lower()), q
    )
    return canon.lower() == country.lower()


def iter_quotes(articles: Iterable[tuple[str, Article]], speaker: str | None = None,
                country: str | None = None, shared: dict | None = None) -> Iterator[QuoteRow]:
    """Every quote of these articles as a row (of this speaker or country only, when given).
    `shared` makes equal strings one object across rows (a kept view pickles each once)."""
    def one(s):  # s itself, or the equal string already shared
        return s if shared is None or s is None else shared.setdefault(s, s)

    for key, art in articles:
        placed = _entities_by_paragraph(art) if art.quotes else {}
        for q, who in zip(art.quotes, art.quoted_by(), strict=True):  # a person, or an organisation or country named
            if speaker and not (who and person_matches(who, speaker)):
                continue
            if country and not country_matches(person_country(art, who) if who else q.side, country):
                continue
            marks = _marks(q, placed)
            yield QuoteRow(one(who), one(q.source), q.text, one(art.id), one(art.title), one(art.outlet),
                           one(art.date), one(art.date_basis), q.paragraph, q.start, q.end, one(key), marks,
                           one(q.cue), q.confidence, date_unsure=uncertain_year(art.warnings), lost_mark=q.lost_mark,
                           side=None if who else one(q.side))


def _entities_by_paragraph(art: Article) -> dict[int, tuple[list[int], list[tuple[int, int, Entity]]]]:
    """Each paragraph's entities as (start, place in the article, entity), by start, with
    their starts apart for bisect: a quote's entities are found without reading the rest
    (every quote against every entity grew with the square of a dense article)."""
    by: dict[int, list[tuple[int, int, Entity]]] = {}
    for i, e in enumerate(art.entities):
        by.setdefault(e.paragraph, []).append((e.start, i, e))
    placed = {}
    for paragraph, found in by.items():
        found.sort(key=lambda x: (x[0], x[1]))
        placed[paragraph] = ([start for start, _i, _e in found], found)
    return placed


def _marks(q: Quote, placed) -> tuple[tuple[int, int, str], ...]:
    """The entities inside quote q, relative to its text's start, in the article's order (a piece
    in the next paragraph starts past the first's words and the space between)."""
    out, offset = [], 0
    for pi, start, end in q.pieces():
        starts, found = placed.get(pi, ((), ()))
        inside = sorted((i, e) for _s, i, e in found[bisect_left(starts, start):bisect_right(starts, end)] if e.end <= end)
        out += [(e.start - start + offset, e.end - start + offset, e.type) for _i, e in inside]
        offset += end - start + 1
    return tuple(out)


def _said(row: QuoteRow) -> tuple[str | None, str]:
    return said_key(row.speaker, row.text)


def once_each(rows: list[QuoteRow]) -> list[QuoteRow]:
    """A quote republished word for word by other outlets (wire copy) once: the first
    copy's row, with the others' articles and outlets in `also`."""
    first: dict[tuple[str | None, str], int] = {}
    copies: dict[int, list[tuple[str, str | None]]] = {}
    for i, row in enumerate(rows):
        j = first.setdefault(_said(row), i)
        if j != i and row.key != rows[j].key:
            copies.setdefault(j, []).append((row.key, row.outlet))
    kept = [i for i, row in enumerate(rows) if first[_said(row)] == i]
    return [replace(rows[i], also=tuple(copies[i])) if i in copies else rows[i] for i in kept]


def sort_rows(rows: Iterable[QuoteRow]) -> list[QuoteRow]:
    """By date (undated last), then article and position."""
    return sorted(rows, key=lambda r: (r.date is None, r.date or "", r.article_id, r.paragraph, r.start))


# --- sides and speakers ---------------------------------------------------------------


def row_side(row: QuoteRow, country_of: dict[str, str | None]) -> str | None:
    """The side a quote is on: its speaker's country, or the one an unnamed source's label names
    ("pejabat Korea Utara", "kantor tersebut" after "kantor kepresidenan Seoul")."""
    return country_of.get(row.speaker) if row.speaker else row.side

@dataclass(frozen=True)
class Source:
    """What a quotes column shows: one speaker, a country's side, or one article."""

    kind: str  # "speaker" | "country" | "article" | "unattributed" (quotes no one was found for)
    value: str  # canonical name, country, or article key
    label: str

    def matches(self, row: QuoteRow, country_of: dict[str, str | None]) -> bool:
        if self.kind == "speaker":
            return row.speaker == self.value
        if self.kind == "unattributed":
            return not row.speaker and not row.source
        if self.kind == "country":
            return row_side(row, country_of) == self.value
        return self.value in row.keys  # an article's column: a quote it holds, the first copy or another


@dataclass
class QuoteParts:
    """One run of articles' share of a QuoteCorpus (QuoteCorpus.gather)."""

    rows: list[QuoteRow]
    country_of: dict[str, str | None]
    titles: dict[str, str]


@dataclass
class QuoteCorpus:
    """Every attributed quote of a corpus, with each speaker's side."""

    rows: list[QuoteRow]
    country_of: dict[str, str | None]
    titles: dict[str, str]  # article key -> title

    @classmethod
    def build(cls, articles: Iterable[tuple[str, Article]]) -> QuoteCorpus:
        return cls.from_parts([cls.gather(articles)])

    @staticmethod
    def gather(articles: Iterable[tuple[str, Article]]) -> QuoteParts:
        """What these articles give the view, before copies are folded and rows sorted: a
        build worker gathers its own articles' parts, the build joins them (from_parts)."""
        parts = QuoteParts([], {}, {})
        shared: dict[str, str] = {}
        for key, art in articles:
            parts.titles[shared.setdefault(key, key)] = shared.setdefault(art.title, art.title)
            for name, _role, country in art.people_info:
                if country and not parts.country_of.get(name):
                    parts.country_of[name] = country
            parts.rows.extend(iter_quotes([(key, art)], shared=shared))
        return parts

    @classmethod
    def from_parts(cls, parts: Iterable[QuoteParts]) -> QuoteCorpus:
        """The view of the articles of all these parts, in order: the same as gathering
        them all at once (a person's side is the first one an article gives)."""
        rows: list[QuoteRow] = []
        country_of: dict[str, str | None] = {}
        titles: dict[str, str] = {}
        for part in parts:
            rows.extend(part.rows)
            titles.update(part.titles)
            for name, country in part.country_of.items():
                if not country_of.get(name):
                    country_of[name] = country
        rows = once_each(rows)
        for row in rows:
            if row.speaker and row.speaker not in country_of:
                country_of[row.speaker] = None
        for name in list(country_of):
            if not country_of[name]:
                country_of[name] = gazetteer_country(name)
        return cls(sort_rows(rows), country_of, titles)

    def speaker_counts(self, keys: set[str] | None = None) -> list[tuple[str, int]]:
        """Speakers by number of quotes; ties go to who was quoted at greater length."""
        counts: dict[str, int] = {}
        words: dict[str, int] = {}
        for r in self.rows:
            if r.speaker and r.in_scope(keys):
                counts[r.speaker] = counts.get(r.speaker, 0) + 1
                words[r.speaker] = words.get(r.speaker, 0) + len(r.text.split())
        return sorted(counts.items(), key=lambda kv: (-kv[1], -words[kv[0]], kv[0]))

    def unsure_counts(self, keys: set[str] | None = None) -> dict[str, int]:
        """Each speaker's quotes (of these articles, or of all) whose attribution is uncertain ("?")."""
        counts: dict[str, int] = {}
        for r in self.rows:
            if r.speaker and r.in_scope(keys) and is_unsure(r):
                counts[r.speaker] = counts.get(r.speaker, 0) + 1
        return counts

    def country_counts(self, keys: set[str] | None = None) -> list[tuple[str, int]]:
        """Sides by number of quotes (of these articles, or of all)."""
        counts: dict[str, int] = {}
        for r in self.rows:
            c = row_side(r, self.country_of)
            if c and r.in_scope(keys):
                counts[c] = counts.get(c, 0) + 1
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    def unattributed_count(self, keys: set[str] | None = None) -> int:
        """Quotes (of these articles, or of all) whose speaker no rule found, not even one unnamed."""
        return sum(1 for r in self.rows if not r.speaker and not r.source and r.in_scope(keys))

    def untied_count(self, keys: set[str] | None = None) -> int:
        """Quotes in no side's count (of these articles, or of all): their speaker tied to no country,
        unnamed ("[pejabat tersebut]") or not found (a walker counted 11 left out where 2 were said)."""
        return sum(1 for r in self.rows if not row_side(r, self.country_of) and r.in_scope(keys))

    def article_counts(self, keys: set[str] | None = None) -> list[tuple[str, int]]:
        """How many quotes each article holds (of these articles, or of all), most first."""
        counts: dict[str, int] = {}
        for r in self.rows:
            for key in r.keys:  # a quote folded with its copies is each article's: the article view counts it
                if keys is None or key in keys:
                    counts[key] = counts.get(key, 0) + 1
        return sorted(counts.items(), key=lambda kv: (-kv[1], self.titles.get(kv[0], "")))

    def column(self, source: Source, text_filter: str = "", scope: set[str] | None = None) -> list[QuoteRow]:
        """The source's quotes (only from the articles in `scope`, when given)."""
        needle = text_filter.casefold().strip()
        return [
            r for r in self.rows
            if r.in_scope(scope)
            and source.matches(r, self.country_of)
            and (not needle or needle in r.text.casefold() or needle in (r.speaker or "").casefold()
                 or needle in r.title.casefold())
        ]

    def opening_pair(self, keys: set[str] | None = None) -> tuple[Source | None, Source | None]:
        """Two sides (of these articles, or of all): the most-quoted speaker, and the
        most-quoted speaker of another country when there is one, else the next one."""
        top = [name for name, _n in self.speaker_counts(keys)]
        if not top:
            return None, None
        return Source("speaker", top[0], top[0]), self.counterpart(top[0], keys)

    def counterpart(self, first: str, keys: set[str] | None = None) -> Source | None:
        """The other side for `first` (of these articles, or of all): the most-quoted
        speaker of another country when there is one, else the next most-quoted."""
        top = [name for name, _n in self.speaker_counts(keys) if name != first]
        side = self.country_of.get(first)
        other = next((n for n in top if side and self.country_of.get(n) and self.country_of[n] != side), None)
        other = other or (top[0] if top else None)
        return Source("speaker", other, other) if other else None


def week_of(iso: str | None) -> str:
    """The ISO year-week of a date ('2018-W26'); partial or missing dates keep their own bucket."""
    from .datefmt import parse_iso

    d, precision = parse_iso(iso)
    if d is None:
        return "~undated"
    if precision < 3:
        return iso or "~undated"
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def side_by_side(left: list[QuoteRow], right: list[QuoteRow]) -> list[tuple[str, list[QuoteRow], list[QuoteRow]]]:
    """Rows of (week, left quotes, right quotes), oldest first, undated last: the same week side by side."""
    weeks: dict[str, tuple[list[QuoteRow], list[QuoteRow]]] = {}
    for side, rows in ((0, left), (1, right)):
        for r in rows:
            weeks.setdefault(week_of(r.date), ([], []))[side].append(r)
    return [(w, a, b) for w, (a, b) in sorted(weeks.items())]
