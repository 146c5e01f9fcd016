"""Query parsing: the query language read into a Whoosh query.

Whoosh syntax (AND/OR/NOT, "phrases", wildcards, term~) over the text fields, plus the
fields of the field table (index/fields.py) by their English and Indonesian names.
Entity values fold aliases and surnames (`country:Korsel`, `speaker:Austin`); dates take
years, ISO days, ranges and Indonesian month names, and whole years, months and days
become term lookups. Broken syntax never raises: the plain words are searched and the
error says so.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from whoosh import query as Q

from . import fields, wording
from .query_limits import MAX_EXPANSION, bound_query

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


def check_syntax(query: str) -> str | None:
    """A one-line description of what is broken in the query, or None."""
    depth = 0
    for ch in query:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return wording.UNOPENED_PARENTHESIS
    if depth > 0:
        return wording.UNCLOSED_PARENTHESIS
    if query.count('"') % 2:
        return wording.UNCLOSED_QUOTE
    if query.count("[") != query.count("]"):
        return wording.UNCLOSED_RANGE
    for m in _FIELD_PREFIX.finditer(query):
        name = m.group(1)
        if name.lower() not in fields.allowed():
            return wording.UNKNOWN_FIELD.format(name=name)
        rest = query[m.end():]
        if not rest or rest[0].isspace():
            return wording.EMPTY_FIELD.format(name=name)
    stripped = query.strip()
    if re.search(r"(?:^|\s)(?:AND|OR|NOT)\s*$", stripped) or re.match(r"^(?:AND|OR)\b", stripped):
        return wording.LONE_OPERATOR
    return None


_DANGLING = re.compile(r"(?:^|(?<=[\s(]))(?:AND|OR|NOT)\s*(?=\)|$)|(?:(?<=\()|^)\s*(?:AND|OR)\b")
_EMPTY_FIELD = re.compile(r"\b[A-Za-z_]+:(?=\s|$)")  # "person:" with nothing after it
_EMPTY_GROUP = re.compile(r"\(\s*\)|\[\s*\]|\"\s*\"")
_ONE_VALUE_RANGE = re.compile(r"\[\s*([^\[\]\s]+)\s*\]")  # "date:[2019" closed is "[2019]": the year itself
REPAIR_ROUNDS = 4  # each round mends what the one before left (a group emptied, an operator left alone)


def repaired(query: str) -> str:
    """The query with its broken syntax mended as its writer most likely meant: an unknown
    field's name dropped (its value kept), an empty field dropped, a quote, a range and
    parentheses closed (a closing one never opened dropped), empty groups and operators
    with nothing on one side dropped. `speaker:Kim AND` is `speaker:Kim`, not the words
    "speaker Kim". It may come out empty."""
    allowed = fields.allowed()
    for _ in range(REPAIR_ROUNDS):
        query = _FIELD_PREFIX.sub(lambda m: m.group(0) if m.group(1).lower() in allowed else "", query)
        query = _EMPTY_FIELD.sub("", query)
        query += '"' if query.count('"') % 2 else ""
        query = _ONE_VALUE_RANGE.sub(r"\1", _balanced(_balanced(query, "[", "]"), "(", ")"))
        while (emptied := _EMPTY_GROUP.sub("", query)) != query:
            query = emptied
        query = _DANGLING.sub("", query).strip()
        if check_syntax(query) is None:
            break
    return query


def _balanced(query: str, opening: str, closing: str) -> str:
    """Closing marks never opened dropped; those left open closed at the end."""
    out, depth = [], 0
    for ch in query:
        if ch == closing:
            if depth == 0:
                continue
            depth -= 1
        elif ch == opening:
            depth += 1
        out.append(ch)
    return "".join(out) + closing * depth


def plain_words(query: str) -> str:
    words = _SYNTAX.sub(" ", query)
    return " ".join(w for w in words.split() if any(c.isalnum() for c in w))


COMPLETE_FROM = 3  # letters a word being typed needs before it is searched as a prefix
COUNTRY_WORD_AT_LEAST = 4  # letters a plain word needs to be read as a country's name too ("Cina", not "as")
PAIR_WORDS = 2  # the most words of a name asked so: a word, or two neighbouring words (one term of the pairs field)
COUNTRY_NAMED_FIELDS = frozenset({"title", "caption", "quote"})  # one text field asked by name: a country's every name
_LAST_WORD = re.compile(rf"(?:^|(?<=[\s(]))([^\W\d_]{{{COMPLETE_FROM},}})$")


def typing_word(query: str) -> str | None:
    """The query's last word while it may still be being typed ("Okin"): plain letters at
    the very end, not a field's value, not inside a phrase, not an operator. None for
    anything else (a finished word ends in a space)."""
    m = _LAST_WORD.search(query)
    if m is None or query.count('"') % 2 or m.group(1).upper() in ("AND", "OR", "NOT", "TO"):
        return None
    return m.group(1)


# a date range's "to" in Indonesian, and two years joined by a dash
_RANGE_WORD = re.compile(r"\s+(?:ke|sampai|hingga|s\.?/?d\.?|[-–])\s+", re.IGNORECASE)
_YEAR_DASH_YEAR = re.compile(r"\b(\d{4})\s*[-–]\s*(\d{4})\b")


# "person:Kim -person:Trump", "Jepang -China": a minus opening a word leaves it out (NOT), as search boxes do;
# a plus only asks for what every word is asked for already. Not inside a word ("Jong-un") nor before a number.
_SIGN = re.compile(r'(?:^|(?<=[\s(]))(?P<sign>[-+])(?=[^\s\d+-])|"[^"]*"')


def _signs_as_words(query: str) -> str:
    return _SIGN.sub(lambda m: m.group() if m.group("sign") is None else ("NOT " if m.group("sign") == "-" else ""), query)


ENTITY_FIELD_NAMES = tuple(fields.entity_fields()) + tuple(a for f in fields.entity_fields() for a in FIELD_ALIASES.get(f, []))
FIELD_ALIASES_BACK = {alias: f for f, aliases in FIELD_ALIASES.items() for alias in aliases}
# "negara:Korea Selatan": an entity field, a capitalised value, more capitalised words after it
_UNQUOTED_VALUE = re.compile(r"(?<![\w:])(?P<field>(?i:" + "|".join(ENTITY_FIELD_NAMES) + r")):(?P<first>[A-Z][\w.'’-]*)"
                             r"(?P<more>(?:\s+(?!(?:AND|OR|NOT)\b)[A-Z][\w.'’-]*)+)")


def _translate_dates(query: str) -> str:
    def fix(m: re.Match) -> str:
        value = m.group(2)
        for idn, en in _MONTHS_ID.items():
            value = re.sub(rf"\b{idn}\b", en, value, flags=re.IGNORECASE)
        # "2023-01" -> "january 2023" (the date plugin reads years, ISO days and month names)
        value = re.sub(r"\b(\d{4})-(\d{1,2})\b(?!-)", lambda d: f"{_MONTH_EN[int(d.group(2))]} {d.group(1)}"
                       if 1 <= int(d.group(2)) <= 12 else d.group(0), value)
        if value.startswith(("[", "{")):  # [2018 ke 2023], [2018 sampai 2023], [2018-2023]
            value = _RANGE_WORD.sub(" to ", _YEAR_DASH_YEAR.sub(r"\1 to \2", value))
        if " " in value and not value.startswith(("\"", "[", "{")):
            value = f'"{value}"'
        return f"{dates[m.group(1).lower()]}:{value}"

    dates = fields.date_names()
    query = _years_span((*dates, "year")).sub(lambda m: f"{dates.get(m.group(1).lower(), 'date')}:[{m.group(2)} to {m.group(3)}]",
                                              query)
    return _date_clause(tuple(dates)).sub(fix, query)


@functools.lru_cache(maxsize=4)
def _years_span(names: tuple[str, ...]) -> re.Pattern:
    """"year:2016..2017", "date:2016-2017": two years joined, no brackets (a year's term would find nothing)."""
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"\b({alternatives}):(\d{{4}})\s*(?:\.\.|[-–])\s*(\d{{4}})\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def _date_clause(names: tuple[str, ...]) -> re.Pattern:
    """A date field's clause, by any of its names: `date:...`, `tanggal:...`."""
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"\b({alternatives}):(\"[^\"]*\"|\[[^\]]*\]|\{{[^}}]*\}}|\S+)", re.IGNORECASE)


_MONTH_EN = [""] + [m for m in ("january february march april may june july august september october november december").split()]


class QueryParsing:
    """The Searcher's parsing: its parser, the lexicons entity values fold against, the rewriting."""

    ix: Any
    _searcher: Any
    _parser: Any
    _lexicons: dict[str, list[str]]
    _unreadable_dates: list[str]  # what the date plugin could not read in the query being parsed

    def parser(self):
        if self._parser is None:
            from whoosh import qparser
            from whoosh.qparser.dateparse import DateParserPlugin

            p = qparser.MultifieldParser(fields.default_fields(), self.ix.schema, group=qparser.AndGroup)
            p.add_plugin(qparser.FuzzyTermPlugin())
            p.add_plugin(DateParserPlugin(free=False, callback=self._unreadable_dates.append))
            p.add_plugin(qparser.FieldAliasPlugin(fields.aliases()))
            p.add_plugin(qparser.GtLtPlugin())
            self._parser = p
        return self._parser

    def _joined_values(self, query: str) -> str:
        """An entity field's value of several words typed without quotes, as one name when the index
        or the gazetteer knows it so ("negara:Korea Selatan" is South Korea, not Korea and the word
        "Selatan" anywhere; a walker counted 20 where 22 were)."""
        def join(m: re.Match) -> str:
            field = FIELD_ALIASES_BACK.get(m.group("field").lower(), m.group("field").lower())
            words = [m.group("first"), *m.group("more").split()]
            for n in range(len(words), 1, -1):
                name = " ".join(words[:n])
                if self._known_name(field, name):
                    return f'{m.group("field")}:"{name}"' + "".join(f" {w}" for w in words[n:])
            return m.group()

        return _UNQUOTED_VALUE.sub(join, query)

    def _known_name(self, field: str, name: str) -> bool:
        from .entities import gazetteer

        lexset = set(self.lexicon(field))
        canon = gazetteer().alias_map.get(name) or _folded_aliases().get(name.lower())
        return name.lower() in lexset or bool(canon and canon.lower() in lexset)

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
        same = fields.same_key(fieldname)
        if same is not str.casefold and (variants := [t for t in lex if same(t) == same(v)]):
            return variants  # "ANTARA" finds "ANTARA News" and "antaranews.com": one outlet, one count
        if v in lexset:
            return [v]
        gaz = gazetteer()
        canon = gaz.alias_map.get(value.strip()) or _folded_aliases().get(v)
        if canon and canon.lower() in lexset:
            return [canon.lower()]
        if parts := _names_with_word(lex, v):
            return parts
        if by_alias := [name for name in _alias_word_names().get(v, ()) if name in lexset]:
            return by_alias  # "speaker:Ashton": Ash Carter, whom the text calls "Ashton Carter"
        if len(v) < 3:
            return []
        key = same(v)  # an outlet's key: "Kendari Pos" begins "kendaripos.fajar.co.id"
        return [t for t in lex if same(t).startswith(key)][:20] if key else []

    def _month_terms(self, month: int, year: int | None):
        """The month field's terms for a month: of that year, or of every year the index holds."""
        wanted = [f"{year:04d}-{month:02d}"] if year else [t for t in self.lexicon("month") if t.endswith(f"-{month:02d}")]
        terms = [Q.Term("month", t) for t in wanted] or [Q.Term("month", f"-{month:02d}")]  # (none: nothing matches)
        return terms[0] if len(terms) == 1 else Q.Or(terms)

    def _rewrite(self, q, notes=None, plain=False):
        """The parsed query as it is searched: entity names resolved, dates as terms,
        fuzzy and wildcard words expanded (at most MAX_EXPANSION terms each; `notes`
        gets a line for each word cut so)."""
        notes = [] if notes is None else notes
        if isinstance(q, (Q.Term, Q.Phrase, Q.Wildcard, Q.Prefix, Q.FuzzyTerm)) and q.field() in fields.entity_fields():
            return self._entity_terms(q)
        if isinstance(q, (Q.Term, Q.Phrase)) and q.field() == "month" and (month := _month_asked(q)) is not None:
            return self._month_terms(*month)  # "bulan:Agustus", "bulan:\"Agustus 2025\"", "month:8"
        if not plain and isinstance(q, (Q.Term, Q.Phrase)) and q.field() in COUNTRY_NAMED_FIELDS \
                and (names := self._every_name_of(q)):
            return names  # "judul:Korut" finds a headline's "Korea Utara" too, as a plain "Korut" finds the text's
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
            expanded = [Q.Term(f, t, boost=q.boost) for f, t in islice(found, MAX_EXPANSION + 1)]
            if len(expanded) > MAX_EXPANSION:
                expanded = expanded[:MAX_EXPANSION]
                word = q.text + ("~" if isinstance(q, Q.FuzzyTerm) else "")
                notes.append(wording.EXPANSION_CUT.format(word=word, terms=MAX_EXPANSION))
            if not expanded:
                return Q.NullQuery
            return expanded[0] if len(expanded) == 1 else Q.Or(expanded)
        if isinstance(q, Q.Phrase) and q.field() not in fields.entity_fields() and len(q.words) == 1:
            return Q.Term(q.field(), q.words[0])
        if hasattr(q, "subqueries"):
            country = self._country_named(q) if isinstance(q, Q.Or) else None
            q.subqueries = [self._rewrite(s, notes, plain=country is not None) for s in q.subqueries]  # (a plain word: below)
            if country is not None:  # "China" finds "Tiongkok" too (so "-China" leaves both out), as the index holds it
                q.subqueries.append(Q.Term("country", country))
            q.subqueries = [s for s in q.subqueries if s is not Q.NullQuery] or [Q.NullQuery]
            if isinstance(q, Q.Or):
                # The exact field holds only inflected words: a phrase there loses its
                # other words, and fuzzy and wildcard terms find nothing the body does
                # not. Drop those copies (they would cost time and mislead). A prefix
                # stays: the body holds stems, so only the exact field has the words
                # that begin with it ("pertah*": pertahanan, whose stem is "tahan").
                phrase = any(isinstance(s, Q.Phrase) and s.field() == "body" for s in q.subqueries)
                expanding = (Q.FuzzyTerm, Q.Wildcard)
                q.subqueries = [
                    s for s in q.subqueries
                    if not (_field_of(s) == "exact" and (phrase or isinstance(s, expanding)))
                ] or q.subqueries
        elif isinstance(q, Q.Not):
            q.query = self._rewrite(q.query, notes)  # "NOT person:Trump": Donald Trump, as without NOT
        elif hasattr(q, "child") and q.child is not None:
            q.child = self._rewrite(q.child, notes)
        return q

    def _entity_terms(self, q):
        """An entity field's value as the canonical names the index holds (resolve_entity), one term each."""
        text = " ".join(q.words) if isinstance(q, Q.Phrase) else q.text
        names = self.resolve_entity(q.field(), text.rstrip("*"))
        if not names:
            return Q.Term(q.field(), text.lower())
        terms = [Q.Term(q.field(), n) for n in names]
        return terms[0] if len(terms) == 1 else Q.Or(terms)

    def _every_name_of(self, q):
        """A country's name asked of one text field ("judul:Korut"): the field's words for each of its names of one or
        two words ("Korut", "Korea Utara", "DPRK", as the field holds them), any of them; None for a word no country is."""
        from .country_codes import country_names_of

        if (canon := _country_asked(q)) is None:
            return None
        analyzer = self.ix.schema[q.field()].analyzer
        alternatives = []
        for name in country_names_of(canon):
            words = [t.text for t in analyzer(name)]
            if 1 <= len(words) <= PAIR_WORDS:  # (a longer formal name would hand the whole search back to Whoosh)
                alternatives.append(Q.Term(q.field(), words[0], boost=q.boost) if len(words) == 1
                                    else Q.Phrase(q.field(), words, boost=q.boost))
        return Q.Or(alternatives) if len(alternatives) > 1 else None

    def _country_named(self, q) -> str | None:
        """The country (as the index holds it) a plain word or phrase names by any of its names ("China",
        "Tiongkok", "Korea Selatan"): the text fields' copies of one word, no shorter than COUNTRY_WORD_AT_LEAST
        letters ("as", "ri" are words too)."""
        parts = q.subqueries
        if not parts or not all(isinstance(p, (Q.Term, Q.Phrase)) and p.field() in fields.default_fields() for p in parts):
            return None
        canon = _country_asked(parts[0])
        return canon.lower() if canon and canon.lower() in set(self.lexicon("country")) else None

    def parse(self, query: str):
        """(whoosh query, error-or-None). Never raises."""
        from whoosh import query as Q

        query, notes = bound_query(query)
        query = self._joined_values(_signs_as_words(query))
        notes += _phrase_notes(query) + _value_notes(query)
        error = check_syntax(query)
        text = query
        if error:
            mended = repaired(query)
            text = mended if mended and check_syntax(mended) is None else plain_words(query)
            template = wording.SEARCHED_MENDED if text and text == mended else wording.SEARCHED_PLAIN
            error = (template if text else wording.SEARCHED_NOTHING).format(error=error, words=text)
        if notes:
            error = "; ".join(notes + ([error] if error else []))
        if not text.strip():
            return Q.Every(), error
        try:
            self._unreadable_dates.clear()
            q = self.parser().parse(_translate_dates(text))
            cut: list[str] = [wording.UNREADABLE_DATE.format(date=d) for d in self._unreadable_dates]
            q = self._rewrite(q, cut)
            if (q is None or isinstance(q, type(Q.NullQuery))) and self._unreadable_dates:
                return Q.NullQuery, "; ".join(list(dict.fromkeys(cut)) + ([error] if error else []))  # a date alone
            if q is None or isinstance(q, type(Q.NullQuery)):
                raise ValueError("nothing to search")
            if cut:
                error = "; ".join(list(dict.fromkeys(cut)) + ([error] if error else []))
        except Exception:  # noqa: BLE001 - any parser failure falls back
            plain = plain_words(text)
            error = wording.UNREADABLE_QUERY.format(words=plain) if plain else wording.NOTHING_TO_SEARCH
            try:
                q = self._rewrite(self.parser().parse(plain)) if plain else Q.NullQuery
            except Exception:  # noqa: BLE001
                q = Q.NullQuery
        return q, error


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


_FOLDED: dict[str, str] | None = None


_MONTH_AND_YEAR = re.compile(r"(?P<month>[A-Za-z]+\.?|\d{1,2})(?:\s*[\s/-]\s*(?P<year>\d{4}))?|(?P<year2>\d{4})\s*[\s/-]\s*(?P<month2>[A-Za-z]+\.?|\d{1,2})")


def _country_asked(q) -> str | None:
    """The country a query's word or phrase names by one of its names ("Korut", "Tiongkok"), as the gazetteer spells
    it; None for another word, or one shorter than COUNTRY_WORD_AT_LEAST letters ("as", "ri" are words too)."""
    from .country_codes import country_names

    text = " ".join(q.words) if isinstance(q, Q.Phrase) else str(q.text)
    return country_names().get(text) if len(text.replace(" ", "")) >= COUNTRY_WORD_AT_LEAST else None


def _month_asked(q) -> tuple[int, int | None] | None:
    """(month, year or None) of a month field's value written as people write it ("Agustus",
    "Aug 2025", "8", "2025-08"); None when it names no month."""
    text = " ".join(q.words) if isinstance(q, Q.Phrase) else q.text
    m = _MONTH_AND_YEAR.fullmatch(text.strip())
    if m is None:
        return None
    word, year = m.group("month") or m.group("month2"), m.group("year") or m.group("year2")
    from .dates import month_number

    month = int(word) if word.isdigit() else month_number(word)
    return (month, int(year) if year else None) if month and 1 <= month <= 12 else None


def _names_with_word(names: list[str], word: str) -> list[str]:
    """The names a single name word stands for, the likeliest tier only: the names it begins
    or ends ("moon" is Moon Jae-in, "austin" Lloyd Austin), else those it is a middle word of,
    else a part of a hyphenated word ("soo" of Kim Moon-soo): "speaker:Moon" does not count
    Kim Moon-soo's quotes as Moon Jae-in's when the index holds both."""
    tiers: list[list[str]] = [[], [], []]
    for name in names:
        words = name.split()
        if words and word in (words[0], words[-1]):
            tiers[0].append(name)
        elif word in words:
            tiers[1].append(name)
        elif word in re.split(r"[\s-]+", name):
            tiers[2].append(name)
    return next((tier for tier in tiers if tier), [])


_ALIAS_WORDS: dict[str, tuple[str, ...]] | None = None


def _alias_word_names() -> dict[str, tuple[str, ...]]:
    """Each word of a name the gazetteer knows a person or a body by, lower case, with the
    canonical names (lower case) it is a word of ("ashton": "ash carter")."""
    global _ALIAS_WORDS
    if _ALIAS_WORDS is None:
        found: dict[str, dict[str, None]] = {}
        for alias, canon in _folded_aliases().items():
            for word in alias.split():
                found.setdefault(word, {})[canon.lower()] = None
        _ALIAS_WORDS = {word: tuple(names) for word, names in found.items()}
    return _ALIAS_WORDS


def _folded_aliases() -> dict[str, str]:
    global _FOLDED
    if _FOLDED is None:
        from .entities import gazetteer

        _FOLDED = {k.lower(): v for k, v in gazetteer().alias_map.items()}
    return _FOLDED


# a quoted phrase with no field before it: the text fields' analyzer leaves its common words out
_PLAIN_PHRASE = re.compile(r'(?<![\w:])"([^"]+)"')


_FIELD_VALUE = re.compile(r"\b(?P<field>[A-Za-z_]+):(?P<value>\"[^\"]*\"|[^\s()\[\]]+)")


def _value_notes(query: str) -> list[str]:
    """For each value of a field of few values that it never holds (`date_basis:header`):
    the values it does hold, so an empty result is never taken for "none such"."""
    values = fields.field_values()
    notes = []
    for m in _FIELD_VALUE.finditer(query):
        field, value = m.group("field").lower(), m.group("value").strip('"').lower()
        if field in values and value not in values[field]:
            notes.append(wording.UNKNOWN_VALUE.format(field=m.group("field"), value=value, values=", ".join(values[field])))
    return notes


def _phrase_notes(query: str) -> list[str]:
    """For each quoted phrase that holds words too common to index ("akan menang"): what it
    is searched as, so a count larger than the exact phrase's is never a surprise."""
    from .analysis import STOP_WORDS

    notes = []
    for m in _PLAIN_PHRASE.finditer(query):
        words = re.findall(r"\w+", m.group(1).lower())
        common = [w for w in words if w in STOP_WORDS]
        if common and len(words) > 1:
            notes.append(wording.PHRASE_COMMON.format(phrase=m.group(1), words=", ".join(dict.fromkeys(common))))
    return notes
