"""The article model: frozen records that every other part of alliance-reader shares.

`Article.to_json()` is the extract contract (see DESIGN.md): field names and shapes
here are what `alliance-reader extract --json` prints and what the index stores.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Entity:
    """One mention of a named thing, located in a cleaned paragraph."""

    text: str
    type: str
    canonical: str
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    """A direct quotation (marks excluded) and who said it.

    `speaker` is a canonical person or None; when the words come from an
    organisation, statement or country, `source` names it instead.
    """

    text: str
    speaker: str | None
    paragraph: int
    start: int
    end: int
    source: str | None = None
    cue: str | None = None  # how the speaker was found, e.g. "kata + name", "katanya → latest speaker"
    confidence: float | None = None  # how sure that rule is, 0..1 (below 0.7: shown as uncertain)
    lost_mark: str | None = None  # where its bounds are a guess: "open", "close" or "cut" (wording.LOST_MARK)
    side: str | None = None  # an unnamed source's country, as its label names it (index/sides.py)
    # (start, end) in the next paragraph: the quote runs on there and closes, the page opening no
    # quote again at its start ('... bahwa “Perusak ... internasional.' + 'Armada ... hukum internasional.”');
    # `text` holds both pieces, a space between
    tail: tuple[int, int] | None = None

    def pieces(self) -> tuple[tuple[int, int, int], ...]:
        """(paragraph, start, end) of each piece of the quote in the text: one, or two when it runs on."""
        first = ((self.paragraph, self.start, self.end),)
        return first + ((self.paragraph + 1, *self.tail),) if self.tail else first


# " date 2017-02 TOKYO - ...": the month a page store dated the page, glued before its text (index/clean.py
# takes it off; Article.store_month reads the line it kept)
STORE_STAMP = re.compile(r"\A\s*date (?P<month>(?:19|20)\d\d-[01]\d)(?:-[0-3]\d)?\b[ \t]*")


def _quote(data: dict[str, Any]) -> Quote:
    """A quote from its JSON (a list where the tuple was)."""
    tail = data.get("tail")
    return Quote(**{**data, "tail": tuple(tail) if tail else None})


def said_key(speaker: str | None, text: str) -> tuple[str | None, str]:
    """The same words of the same speaker, whatever their case and spacing."""
    return speaker, " ".join(text.casefold().split())


def _in_full(name: str, named: set[str]) -> str:
    """"Kementerian Luar Negeri", in an article that names "Kementerian Luar Negeri Korea
    Utara" and no other ministry of that name: the one it introduced, in full."""
    longer = [n for n in named if n.startswith(name + " ")]
    return longer[0] if len(longer) == 1 else name


@dataclass(frozen=True)
class DateEvidence:
    """Why the article's date is what it is: a kind ("timestamp", "words", "citation",
    "official", "event", "era", "url", "stamp", "year-in-text", "year-in-caption", "weekday-only") and its words or facts."""

    kind: str
    text: str


CAPTION = "photo caption"  # the reason cleaning gives a photo's caption (its words are searched apart)
# the removed lines a plain word searches besides the text: what a photo shows and who is credited for the
# story and its pictures ("SEOUL (Reuters) –", "Photo : YONHAP News", "(CNN/hm02)", "Sumber: ..."); not chrome
SEARCHED_REMOVED = frozenset({CAPTION, "photo credit", "dateline", "byline", "agency code", "credit", "source",
                              "syndication note"})


@dataclass(frozen=True)
class Removed:
    """Text that cleaning dropped, and why: nothing disappears silently."""

    text: str
    reason: str


# where an article's date came from, as the extract contract names it
DATE_BASES = ("explicit", "weekday-inferred", "context", "unknown")


@dataclass(frozen=True)
class Article:
    id: str
    path: str
    title: str
    title_basis: str  # "headline", "lede", "comment-header" (a blog's comment count names it) or a format's metadata
    outlet: str | None
    dateline: str | None
    date: str | None
    date_basis: str  # one of DATE_BASES
    date_text: str | None
    page_date: str | None
    url: str | None
    via: tuple[str, ...]
    paragraphs: tuple[str, ...]
    removed: tuple[Removed, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = ()
    encoding: str = "utf-8"
    # (canonical person, role as introduced, country) for every person named
    people_info: tuple[tuple[str, str | None, str | None], ...] = ()
    date_evidence: tuple[DateEvidence, ...] = ()
    # (type, canonical) of what the headline and photo captions name beyond the body
    # ("Abe appears only in the caption"): listed with the article's names, never marked
    side_mentions: tuple[tuple[str, str], ...] = ()
    format: str = "txt"  # which reader read the file: txt, html, md, json, jsonl, feed
    entry: str | None = None  # its place in a file of many articles (a JSON Lines line, a feed entry)
    author: str | None = None  # as the page, feed or record names it
    outlet_basis: str = "text"  # "text" (the text rules) or the format's metadata ("html-meta", "feed"...)

    def names(self, kind: str) -> list[str]:
        """Canonical names of one entity type, each once, in order of first mention."""
        seen: dict[str, None] = {}
        for ent in self.entities:
            if ent.type == kind:
                seen.setdefault(ent.canonical, None)
        for etype, canonical in self.elsewhere():
            if etype == kind:
                seen.setdefault(canonical, None)
        return list(seen)

    def elsewhere(self) -> list[tuple[str, str]]:
        """(type, name) the article is found by that its text never mentions: the headline's
        and the captions' (side mentions), then the agencies it credits."""
        return [*self.side_mentions, *(("organization", agency) for agency in self.via)]

    @property
    def people(self) -> list[str]:
        return self.names("person")

    @property
    def countries(self) -> list[str]:
        return self.names("country")

    @property
    def places(self) -> list[str]:
        return self.names("place")

    @property
    def organizations(self) -> list[str]:
        return self.names("organization")

    @property
    def store_month(self) -> str | None:
        """The month ("2021-11") the page store's stamp over the page gives: when the page was
        saved, which the story may be years older than."""
        stamp = next((r.text for r in self.removed if r.reason == "store stamp"), None)
        m = STORE_STAMP.match(stamp) if stamp else None
        return m.group("month") if m else None

    @property
    def speakers(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for q in self.quotes:
            if q.speaker:
                counts[q.speaker] = counts.get(q.speaker, 0) + 1
        return counts

    def quoted_by(self) -> list[str | None]:
        """Who each quote is by, by name: its speaker, or the organisation or country the
        article names that it is given to ("kata Dewan Keamanan PBB"); not an unnamed
        source ("pejabat tersebut") nor a statement."""
        named = {e.canonical for e in self.entities if e.type in ("organization", "country")}
        return [q.speaker or (_in_full(q.source, named) if q.source in named else None) for q in self.quotes]

    def unnamed_sources(self) -> list[str]:
        """The words each unnamed source quoted is known by ("pejabat Korea Utara", "sumber itu"), once
        each, in order: the quotes no person, organisation nor country is named for (quoted_by)."""
        return list(dict.fromkeys(q.source for q, who in zip(self.quotes, self.quoted_by(), strict=True)
                                  if q.source and not who))

    def quoted_once(self) -> list[tuple[Quote, str | None]]:
        """Each quote with who it is by (quoted_by); words the page repeats for the same
        speaker (a pull quote, a summary box) once, as the quotes view lists them."""
        seen: set[tuple[str | None, str]] = set()
        kept = []
        for q, who in zip(self.quotes, self.quoted_by(), strict=True):
            if (key := said_key(who, q.text)) not in seen:
                seen.add(key)
                kept.append((q, who))
        return kept

    @property
    def quoted(self) -> dict[str, int]:
        """Who is quoted, by name (quoted_by), with how many quotes each (quoted_once)."""
        counts: dict[str, int] = {}
        for _q, who in self.quoted_once():
            if who:
                counts[who] = counts.get(who, 0) + 1
        return counts

    def caption_lines(self) -> list[tuple[int, str]]:
        """(place, text) of each photo caption and credit cleaning took out (SEARCHED_REMOVED). A
        place counts on past the paragraphs (their number plus the line's index among the removed
        lines): the reader shows the removed lines under the text, and a search hit there is placed so."""
        base = len(self.paragraphs)
        return [(base + k, r.text) for k, r in enumerate(self.removed) if r.reason in SEARCHED_REMOVED]

    def place_reason(self, place: int) -> str | None:
        """Why a removed line left the text (a place past the paragraphs); None for a paragraph."""
        return None if place < len(self.paragraphs) else self.removed[place - len(self.paragraphs)].reason

    def place_text(self, place: int) -> str:
        """A paragraph's text, or past the paragraphs a removed line's (caption_lines)."""
        if place < len(self.paragraphs):
            return self.paragraphs[place]
        return self.removed[place - len(self.paragraphs)].text

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "title_basis": self.title_basis,
            "outlet": self.outlet,
            "dateline": self.dateline,
            "date": self.date,
            "date_basis": self.date_basis,
            "date_text": self.date_text,
            "date_evidence": [{"kind": e.kind, "text": e.text} for e in self.date_evidence],
            "side_mentions": [{"type": t, "canonical": c} for t, c in self.side_mentions],
            "page_date": self.page_date,
            "url": self.url,
            "via": list(self.via),
            "paragraphs": list(self.paragraphs),
            "removed": [{"text": r.text, "reason": r.reason} for r in self.removed],
            "entities": [
                {"text": e.text, "type": e.type, "canonical": e.canonical, "paragraph": e.paragraph,
                 "start": e.start, "end": e.end}
                for e in self.entities
            ],
            "people": self.people,
            "countries": self.countries,
            "places": self.places,
            "organizations": self.organizations,
            "quotes": [
                {"text": q.text, "speaker": q.speaker, "paragraph": q.paragraph, "start": q.start, "end": q.end,
                 "source": q.source, "cue": q.cue, "confidence": q.confidence,
                 "lost_mark": q.lost_mark, "side": q.side, "tail": list(q.tail) if q.tail else None}
                for q in self.quotes
            ],
            "warnings": list(self.warnings),
            "encoding": self.encoding,
            "people_info": [
                {"name": n, "role": r, "country": c} for n, r, c in self.people_info
            ],
            "format": self.format,
            "entry": self.entry,
            "author": self.author,
            "outlet_basis": self.outlet_basis,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Article:
        return cls(
            id=data["id"],
            path=data["path"],
            title=data["title"],
            title_basis=data["title_basis"],
            outlet=data.get("outlet"),
            dateline=data.get("dateline"),
            date=data.get("date"),
            date_basis=data.get("date_basis", "unknown"),
            date_text=data.get("date_text"),
            date_evidence=tuple(DateEvidence(**e) for e in data.get("date_evidence", ())),
            side_mentions=tuple((m["type"], m["canonical"]) for m in data.get("side_mentions", ())),
            page_date=data.get("page_date"),
            url=data.get("url"),
            via=tuple(data.get("via", ())),
            paragraphs=tuple(data.get("paragraphs", ())),
            removed=tuple(Removed(**r) for r in data.get("removed", ())),
            entities=tuple(Entity(**e) for e in data.get("entities", ())),
            quotes=tuple(_quote(q) for q in data.get("quotes", ())),
            warnings=tuple(data.get("warnings", ())),
            encoding=data.get("encoding", "utf-8"),
            people_info=tuple(
                (p["name"], p.get("role"), p.get("country")) for p in data.get("people_info", ())
            ),
            format=data.get("format", "txt"),
            entry=data.get("entry"),
            author=data.get("author"),
            outlet_basis=data.get("outlet_basis", "text"),
        )


@dataclass
class ExtractReport:
    """What a batch extraction produced, and every file it could not use, with why."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (path, warning)
