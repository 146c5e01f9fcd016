"""Every field of the index, declared once.

Each entry says what the field is called (and its Indonesian names), which Whoosh type
holds it, how a document fills it from an Article, how a query reaches it, how its hits
are marked in the text, and whether the reader counts it as a facet. The Whoosh schema,
each document's fields, the query parser's field names, the query checker's, the facets,
the search-language help and the schema version are all derived from FIELDS: adding a
field is one entry here plus the extraction that fills it.

SCHEMA_EPOCH is the manual part of the version: bump it when what fills a field or an
analyzer changes (the table's own changes bump the version by themselves).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from .model import DATE_BASES, Article
from .stories import signature
from .wording import uncertain_year

SCHEMA_EPOCH = 13  # 13: a guessed year sorts at its date again; 12: a guessed year sorts after the sure dates; 11: caption holds the credits and the dateline too; 10: a dateline filed from two cities holds each;
# 9: speaker holds the organisations and countries
# quoted; 8: the schema is derived from the field table

# how a query reaches a field
TEXT = "text"  # analysed words: phrases, wildcards, fuzzy terms
ENTITY = "entity"  # canonical names: aliases and surnames fold to the names the index holds
DATE = "date"  # years, ISO days, ranges, Indonesian month names
TERM = "term"  # the value as stored, one term


@dataclass(frozen=True)
class Kind:
    """A Whoosh field type as data (its type name and options): it hashes the same in every process."""

    type: str  # a class of whoosh.fields: ID, KEYWORD, TEXT, DATETIME, NUMERIC, STORED, COLUMN; or PAIRS (arrays only)
    options: tuple[tuple[str, Any], ...] = ()

    def build(self, analyzers: dict[str, Any]):
        from whoosh import columns, fields

        if self.type == "COLUMN":
            return fields.COLUMN(columns.VarBytesColumn())
        from .postings_values import fast_format

        opts = dict(self.options)
        if "analyzer" in opts:
            opts["analyzer"] = analyzers[opts["analyzer"]]
        return fast_format(getattr(fields, self.type)(**opts))


def kind(type_: str, **options: Any) -> Kind:
    return Kind(type_, tuple(sorted(options.items())))


STEMMED, INFLECTED = "stemmed", "inflected"  # the analyzers (index/analysis.py)
PAIRS = "PAIRS"  # a field's type when only the postings arrays hold it
NAMES = kind("KEYWORD", stored=True, commas=True, lowercase=True, scorable=True)  # comma-separated names
PAIRED = kind(PAIRS)  # neighbouring words: kept only as arrays beside the index (postings.py), not in Whoosh


class Doc(NamedTuple):
    """What a document's fields are filled from: the article and the file it came from."""

    article: Article
    key: str  # the document's key: the file's resolved path, "#entry" after it for one of many
    file_key: str  # the resolved path of the file
    sig: tuple  # (size, mtime_ns, sha1, extraction fingerprint) of the file as indexed
    body: str  # the paragraphs joined by blank lines (highlight offsets count in it)
    data: bytes  # the whole Article, compressed


@dataclass(frozen=True, eq=False)
class Field:
    name: str
    kind: Kind
    fill: Callable[[Doc], Any]  # the value for one document; None leaves the field out
    aliases: tuple[str, ...] = ()  # other names a query may use, Indonesian first
    query: str | None = None  # TEXT, ENTITY, DATE or TERM; None: no query names it
    default: bool = False  # searched by words that name no field
    highlight: str = ""  # "offsets": its own character offsets; "mentions": the mentions of
    # the entity type `mentions`; "quotes-by": those, and the quotes they said; "in-quotes":
    # body words inside quotes; "caption": its words in the photo captions and credits (Article.caption_lines);
    # "unnamed-source": the quotes of the unnamed sources its words name (Article.unnamed_sources)
    mentions: str | None = None  # the entity type (Article.entities) its values name
    facet: bool = False  # counted over every match (the facets, in table order)
    pairs_of: str | None = None  # holds each two neighbouring words of this field: its two-word phrases
    doc: str = ""  # what it holds; a queryable field with words here is listed in the help
    values: tuple[str, ...] = ()  # every value it can hold, when they are few: a query for another is told so
    same: Callable[[str], str] = str.casefold  # the key that makes printed variants of one value one: a
    # facet's row, and what a query for any of them finds


def _names(values) -> str:
    return ",".join(n.replace(",", " ") for n in values)


def _one(value: str | None) -> str:
    return _names([value] if value else [])


def _cities(dateline: str | None) -> str:
    """"Seoul/Tokyo": a story filed from two cities is found by either (kota:Seoul, kota:Tokyo)."""
    return _names([c.strip() for c in dateline.split("/") if c.strip()] if dateline else [])


_WWW = re.compile(r"^www\.")
_DOMAIN_END = re.compile(r"(?:\.(?:co|or|go|ac|web|my))?\.(?:com|net|org|(?!tv)[a-z]{2})$")  # not ".tv": kompas.tv is a site of its own
_SPACING = re.compile(r"[\s._-]+")
_NAME_END = re.compile(r"(?<=...)(?:news|online)$")  # "ANTARA News", "Republika Online"
_BRAND_COM = re.compile(r"[a-z]{3,}com")  # "detikcom": a brand in small letters, its ".com" glued on ("Telecom" is a name)


def outlet_key(name: str) -> str:
    """One outlet however a page prints it: "ANTARA", "ANTARA News" and "antaranews.com"
    are "antara"; "KOMPAS.com" is "kompas", "detikcom", "detikNews" and "Detik" are "detik",
    "Kompas TV" and "Kompas.tv" are "kompastv";
    "ANTARA JATENG", a bureau with a site of its own, stays apart."""
    name = name.strip()
    key = _WWW.sub("", (name[:-3] if _BRAND_COM.fullmatch(name) else name).casefold())
    if " " not in key:
        key = _DOMAIN_END.sub("", key)
    return _NAME_END.sub("", _SPACING.sub("", key))


def date_value(iso: str | None) -> datetime | None:
    if not iso:
        return None
    parts = [int(x) for x in iso.split("-")]
    while len(parts) < 3:
        parts.append(1)
    try:
        return datetime(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def _title(d: Doc) -> str:
    return d.article.title


def _body(d: Doc) -> str:
    return d.body


def _captions(d: Doc) -> str:
    return "\n\n".join(text for _place, text in d.article.caption_lines())


def _month(a: Article) -> str:
    return (a.date or "")[:7] if len(a.date or "") >= 7 else ""


def _guessed(a: Article) -> str:
    """The month of a date whose year is a guess (the weekday alone fitted it): the
    timeline and the year facet count those apart."""
    return _month(a) if uncertain_year(a.warnings) else ""


def _sortdate(a: Article) -> int:
    """YYYYMMDD, 0 for the undated: a date whose year is a guess sorts at its date, its "?" shown
    (two walkers in a row lost a July 2023 story "?" below every sure date down to 2015)."""
    return int(a.date.replace("-", "").ljust(8, "0")) if a.date else 0


FIELDS: tuple[Field, ...] = (
    # kept, never searched
    Field("key", kind("ID", stored=True, unique=True), lambda d: d.key),
    Field("file", kind("ID", stored=True), lambda d: d.file_key),  # what an update replaces
    Field("id", kind("ID", stored=True), lambda d: d.article.id),  # the file name without extension
    Field("sig", kind("STORED"), lambda d: d.sig),
    Field("minhash", kind("STORED"), lambda d: signature(d.article.paragraphs)),  # near-duplicates (stories.py)
    # the words
    Field("title", kind("TEXT", analyzer=STEMMED, stored=True, field_boost=2.0, chars=True),
          _title, ("judul",), TEXT, default=True, highlight="offsets", doc="the headline"),
    # stemmed, with character offsets: matching, highlighting, spelling suggestions
    Field("body", kind("TEXT", analyzer=STEMMED, chars=True, spelling=True), _body, (), TEXT,
          default=True, highlight="offsets", doc="the article's text"),
    # the inflected words again, unstemmed: "memperkuat" ranks that form above other forms of "kuat"
    Field("exact", kind("TEXT", analyzer=INFLECTED, field_boost=1.5), _body, (), TEXT, default=True),
    # each two neighbouring stemmed words of a field (filled as it is) as one term: a
    # two-word phrase is one lookup (fastmatch.py)
    Field("title_pairs", PAIRED, _title, pairs_of="title"),
    Field("body_pairs", PAIRED, _body, pairs_of="body"),
    # the photo captions and credits cleaning took out of the text (model.SEARCHED_REMOVED: "SEOUL
    # (Reuters) –", "Photo : YONHAP News"): a name or a word only they give is found (the person
    # facet counts a caption's people already), ranked below the text's own words, and marked
    # where the reader shows them, under the text
    Field("caption", kind("TEXT", analyzer=STEMMED, chars=True, field_boost=0.5), _captions, ("keterangan",),
          TEXT, default=True, highlight="caption", doc="the photo captions and the credits"),
    Field("caption_pairs", PAIRED, _captions, pairs_of="caption"),
    Field("quote", kind("TEXT", analyzer=STEMMED), lambda d: "\n".join(q.text for q in d.article.quotes),
          ("kutipan",), TEXT, highlight="in-quotes", doc="words inside quotations"),
    # the words an unnamed source is known by ("seorang pejabat senior Korea Selatan", "sumber pemerintah"):
    # "unnamed:pejabat" finds the articles quoting an official no one names, and marks those quotes (not
    # "source:", which a walker read as the outlet or the wire: "source:Reuters" found nothing)
    Field("unnamed", kind("TEXT", analyzer=STEMMED), lambda d: "\n".join(d.article.unnamed_sources()),
          ("anonim",), TEXT, highlight="unnamed-source", doc="an unnamed source quoted, by its words: pejabat, sumber"),
    # the facets, in the order they are counted
    Field("person", NAMES, lambda d: _names(d.article.people), ("orang", "people", "tokoh"), ENTITY,
          highlight="mentions", mentions="person", facet=True, doc="a person named"),
    Field("country", NAMES, lambda d: _names(d.article.countries), ("negara",), ENTITY,
          highlight="mentions", mentions="country", facet=True, doc="a country named"),
    Field("outlet", NAMES, lambda d: _one(d.article.outlet), ("media",), ENTITY, facet=True, doc="the outlet",
          same=outlet_key),
    Field("year", kind("ID", stored=True), lambda d: (d.article.date or "")[:4], ("tahun",), TERM, facet=True,
          doc="the year, 2023"),
    Field("speaker", NAMES, lambda d: _names(d.article.quoted), ("pembicara",), ENTITY,
          highlight="quotes-by", mentions="person", facet=True, doc="who is quoted: a person, an organisation, a country"),
    # YYYY-MM: date queries on whole months and years are term lookups
    Field("month", kind("ID"), lambda d: _month(d.article), ("bulan",), TERM, facet=True, doc="the month: 2023-01, Agustus, \"Agustus 2023\""),
    Field("guessed", kind("ID", stored=True), lambda d: _guessed(d.article), facet=True),  # never queried
    # the other names
    Field("org", NAMES, lambda d: _names(d.article.organizations), ("organisasi", "organization", "lembaga"),
          ENTITY, highlight="mentions", mentions="organization", doc="an organisation named"),
    Field("place", NAMES, lambda d: _names(d.article.places), ("tempat", "lokasi"), ENTITY,
          highlight="mentions", mentions="place", doc="a place named"),
    Field("dateline", NAMES, lambda d: _cities(d.article.dateline), ("kota",), ENTITY, doc="the dateline's city"),
    # dates
    Field("date", kind("DATETIME", stored=True, sortable=True), lambda d: date_value(d.article.date),
          ("tanggal",), DATE, doc="a year, month, day or range"),
    Field("date_basis", kind("ID", stored=True), lambda d: d.article.date_basis, (), TERM,
          doc="where the date came from", values=DATE_BASES),
    Field("day", kind("ID"), lambda d: d.article.date if len(d.article.date or "") == 10 else ""),  # via date:
    Field("sortdate", kind("NUMERIC", sortable=True), lambda d: _sortdate(d.article)),  # sure, guessed, undated (0)
    # the whole Article as compressed JSON, in a column: one document's read without the others'
    Field("data", kind("COLUMN"), lambda d: d.data),
)


class _Derived(NamedTuple):
    default: list[str]  # searched when a query names no field
    entity: tuple[str, ...]
    aliases: dict[str, list[str]]
    allowed: frozenset[str]  # every name and alias a query may use, lower case
    dates: dict[str, str]  # each name and alias of a date field (lower case) -> the field
    facets: tuple[str, ...]
    values: dict[str, tuple[str, ...]]  # each name and alias (lower case) of a field of few values -> them
    mentions: dict[str, str]  # field -> the entity type its values name
    highlighted: dict[str, frozenset[str]]  # Field.highlight -> the fields marked that way
    version: str


@functools.lru_cache(maxsize=8)
def _derive(table: tuple[Field, ...], epoch: int) -> _Derived:
    queried = [f for f in table if f.query]
    return _Derived(
        default=[f.name for f in table if f.default],
        entity=tuple(f.name for f in table if f.query == ENTITY),
        aliases={f.name: list(f.aliases) for f in table if f.aliases},
        allowed=frozenset(n.lower() for f in queried for n in (f.name, *f.aliases)),
        dates={n.lower(): f.name for f in table if f.query == DATE for n in (f.name, *f.aliases)},
        facets=tuple(f.name for f in table if f.facet),
        values={n.lower(): f.values for f in table if f.values for n in (f.name, *f.aliases)},
        mentions={f.name: f.mentions for f in table if f.mentions and f.highlight},
        highlighted={h: frozenset(f.name for f in table if f.highlight == h) for h in {f.highlight for f in table}},
        version=f"{epoch}.{_digest(table)}",
    )


def _digest(table: tuple[Field, ...]) -> str:
    """What the index on disk depends on: each field's name and Whoosh type (not its query names)."""
    definitions = sorted((f.name, f.kind.type, f.kind.options) for f in table)
    return hashlib.sha1(repr(definitions).encode("utf-8")).hexdigest()[:10]


def derived() -> _Derived:
    return _derive(FIELDS, SCHEMA_EPOCH)


def default_fields() -> list[str]:
    return derived().default


def entity_fields() -> tuple[str, ...]:
    return derived().entity


def aliases() -> dict[str, list[str]]:
    """field -> its other names: the query parser's field map."""
    return derived().aliases


def allowed() -> frozenset[str]:
    """Every field name and alias a query may use (lower case)."""
    return derived().allowed


def date_names() -> dict[str, str]:
    """Each name and alias of a date field (lower case) -> the field."""
    return derived().dates


def field_values() -> dict[str, tuple[str, ...]]:
    """Each name and alias (lower case) of a field that holds few values -> those values."""
    return derived().values


def facet_fields() -> tuple[str, ...]:
    return derived().facets


def same_key(fieldname: str) -> Callable[[str], str]:
    """The field's key for printed variants of one value (Field.same; case alone for most)."""
    return next((f.same for f in FIELDS if f.name == fieldname), str.casefold)


def mention_types() -> dict[str, str]:
    return derived().mentions


def highlighted(how: str) -> frozenset[str]:
    """The fields whose hits are marked this way (Field.highlight)."""
    return derived().highlighted.get(how, frozenset())


def schema_version() -> str:
    """SCHEMA_EPOCH and a stable hash of the fields' names and types: an index built by
    another is rebuilt."""
    return derived().version


def schema():
    from whoosh import fields

    from .analysis import indonesian_analyzer, inflected_analyzer

    analyzers = {STEMMED: indonesian_analyzer(), INFLECTED: inflected_analyzer()}  # one each, shared
    return fields.Schema(**{f.name: f.kind.build(analyzers) for f in FIELDS if f.kind.type != PAIRS})


def document(doc: Doc) -> dict[str, Any]:
    """Each field's value for one document (a field whose value is None left out)."""
    out = {}
    for f in FIELDS:
        if f.kind.type == PAIRS:
            continue  # the build's arrays hold it (postings.py)
        value = f.fill(doc)
        if value is not None:
            out[f.name] = value
    return out


def search_help() -> list[str]:
    """`person:/orang:` for each field the help lists: the search language's field names."""
    return ["/".join(f"{n}:" for n in (f.name, *f.aliases[:1])) for f in FIELDS if f.query and f.doc]
