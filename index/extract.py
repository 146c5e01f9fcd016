"""path -> Article: reading, cleaning, dates, entities and quotes in one call."""

from __future__ import annotations

import os
import re
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from . import wording
from .clean import DASH_CREDIT, clean, cut_off_prose, ends_cut_mid_word, outlet_as_shown, title_case
from .dating import UNKNOWN, choose_date, officials
from .entities import EntityResult, Intervals, extract_entities, gazetteer
from .formats import read_pieces
from .model import Article, DateEvidence, Entity, ExtractReport
from .offices import holders_named, renamed
from .quotes import extract_quotes, mend_tag_typos
from .reading import ReadError, find_files, is_reading_warning, strip_controls
from .sides import with_sides
from .wordforms import is_word


def today() -> date:
    """The reference date: ALLIANCE_READER_TODAY (YYYY-MM-DD) when set, else the clock."""
    fixed = os.environ.get("ALLIANCE_READER_TODAY")
    if fixed:
        try:
            return date.fromisoformat(fixed)
        except ValueError:
            pass
    return date.today()


FILE_BUDGET_SECONDS = 30.0  # a file whose extraction takes longer is skipped, with its reason


def file_budget() -> float:
    """Seconds one file may take: ALLIANCE_READER_FILE_BUDGET, else FILE_BUDGET_SECONDS."""
    try:
        return float(os.environ.get("ALLIANCE_READER_FILE_BUDGET", FILE_BUDGET_SECONDS))
    except ValueError:
        return FILE_BUDGET_SECONDS


class _Budget:
    """Checked between the pipeline's steps (every step is linear in the text)."""

    def __init__(self, seconds: float | None):
        self.seconds, self.start = seconds, time.monotonic()

    def check(self, step: str) -> None:
        if self.seconds is not None and time.monotonic() - self.start > self.seconds:
            raise ReadError(f"extraction took more than {self.seconds:g} s (stopped after {step}): too large or too unusual to be an article")


def extract_text(text: str, *, id: str = "article", path: str = "", reference: date | None = None,
                 encoding: str = "utf-8", extra_warnings: tuple[str, ...] = (), budget: float | None = None,
                 url: str | None = None) -> Article:
    """One article from its text; `url`, the page's address when its format gives one, is date evidence."""
    gaz = gazetteer()
    clock = _Budget(budget)
    c = clean(strip_controls(text), gaz.lookup)
    clock.check("cleaning")
    ref = c.page_date or reference or today()
    paragraphs = c.paragraphs
    side = side_entities(c, gaz)
    side_people = tuple(dict.fromkeys([e.canonical for e in side if e.type == "person"]
                                      + _headline_subject(c, paragraphs, gaz)))
    try:
        ents, quotes, when, date_warnings = _read_for_names_quotes_and_date(c, paragraphs, gaz, ref, side_people, url, clock)
    except ReadError:
        raise  # the time budget: too large or too unusual to be an article
    except Exception as exc:  # noqa: BLE001 - a rule's bug costs this page its names, quotes and date, not its text
        ents, quotes, when = EntityResult([], {}, []), [], UNKNOWN
        date_warnings = [wording.RULES_FAILED.format(error=f"{exc.__class__.__name__}: {str(exc)[:80]}")]
    warnings = list(extra_warnings) + list(c.warnings) + ([wording.CUT_OFF] if _stops_mid_sentence(paragraphs) else [])
    warnings.extend(w for w in date_warnings if w not in warnings)
    return Article(
        id=id,
        path=path,
        title=c.title,
        title_basis=c.title_basis,
        outlet=outlet_as_shown(c.outlet),
        dateline=c.dateline,
        date=when.value,
        date_basis=when.basis,
        date_text=when.text,
        date_evidence=tuple(DateEvidence(e.kind, e.text) for e in when.evidence),
        page_date=c.page_date.isoformat() if c.page_date else None,
        url=c.url or url,
        via=tuple(c.via),
        paragraphs=tuple(paragraphs),
        removed=tuple(c.removed),
        entities=tuple(ents.entities) + credited_in_text(paragraphs, c.via, ents.entities),
        quotes=tuple(quotes),
        warnings=tuple(warnings),
        encoding=encoding,
        people_info=tuple((name, info.role, info.country) for name, info in ents.people.items()),
        side_mentions=side_mentions(side, ents),
    )


def _read_for_names_quotes_and_date(c, paragraphs: list[str], gaz, ref: date, side_people: tuple[str, ...], url: str | None,
                                    clock: _Budget):
    """The people, places and bodies, the quotes with their speakers and sides, and the date, of a cleaned page."""
    read = mend_tag_typos(paragraphs)  # ("kara Menteri ..." for kata: of the same length, every offset the page's)
    ents = extract_entities(read, gaz, known=side_people)
    clock.check("entities")
    quotes = extract_quotes(read, ents)
    clock.check("quotes")
    when, date_warnings = choose_date(paragraphs, c, ents, gaz, ref, side_people, url)
    ents, quotes = renamed(ents, quotes, holders_named(ents, gaz, when.value,
                                                       lambda: officials(paragraphs, ents, gaz, side_people)))
    ents = _without_own_reporters(ents, quotes, paragraphs, c.outlet)
    return ents, with_sides(quotes, paragraphs, gaz), when, date_warnings


_SITE_SUFFIX = re.compile(r"(?i)\.(?:co\.id|com|co|id|net|tv)$")
_OF_AN_OUTLET_AFTER = re.compile(r"\s+dari\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)")


def _without_own_reporters(ents: EntityResult, quotes: list, paragraphs: list[str], outlet: str | None) -> EntityResult:
    """"... kata Duta Besar ... kepada Maria Rita Hasugian dari Tempo" on Tempo's own page: the page's own reporter,
    who asked, is no person of the story (as a byline's writer is not), unless quoted."""
    if not outlet:
        return ents
    own = _SITE_SUFFIX.sub("", outlet).lower()
    speakers = {q.speaker for q in quotes}
    mentions: dict[str, list[bool]] = {}
    for e in ents.entities:
        if e.type == "person":
            m = _OF_AN_OUTLET_AFTER.match(paragraphs[e.paragraph], e.end)
            mentions.setdefault(e.canonical, []).append(m is not None and _SITE_SUFFIX.sub("", m.group(1)).lower() == own)
    staff = {name for name, of_own in mentions.items() if all(of_own) and name not in speakers}
    if not staff:
        return ents
    return replace(ents, entities=[e for e in ents.entities if not (e.type == "person" and e.canonical in staff)],
                   people={n: i for n, i in ents.people.items() if n not in staff})


CUT_OFF_WORDS = 4  # a last paragraph this long that ends on a word, not a stop: a sentence the page cut


def _stops_mid_sentence(paragraphs: list[str]) -> bool:
    """Whether the text ends inside a sentence ("... meskipun Beijing membantah kla"): the page
    may have been saved cut off (a store's byte limit), and the reader says so once, for the
    article (a link, a credit or a date closing the text is not a sentence)."""
    last = paragraphs[-1].rstrip() if len(paragraphs) > 1 else ""
    words = last.split()
    long_enough = len(words) >= CUT_OFF_WORDS or (len(words) >= 2 and "," in last)  # "Sejauh ini,", "Secara hukum, mereka"
    return (long_enough and (last[-1:].isalpha() or last[-1:] == ",")
            and "/" not in words[-1]) or ends_cut_mid_word(last) \
        or (last[-1:].isalpha() and cut_off_prose(last))  # not a link, a credit, a date; "Juru bi", "Dalam"


def _side_texts(c) -> list[str]:
    """The headline and the photo captions: they name people too ("Sekjen LDP Toshihiro
    Nikai (78)" under a photo), whom the body may then call by surname alone."""
    captions = [DASH_CREDIT.sub("", _PHOTO_CREDIT.sub("", text)) for text in c.captions()]
    return ([c.title] if c.title_basis == "headline" else []) + [t for t in captions if t.strip()]


# "... di parlemen. REUTERS/Kim Kyung-Hoon", "(AFP/SAUL LOEB)", "(Ahn Young-joon – AP)": the
# photographer is no one the story names
_PHOTO_CREDIT = re.compile(r"\s*\(?\b[A-Z][A-Za-z]{1,14}(?:\s(?:FOTO|Foto|Photo))?\s*/\s*[A-Z].*$")


def side_entities(c, gaz) -> list:
    """Who and what the headline and captions name. A headline capitalises every word, so
    there only the people and bodies the gazetteer knows count ("Partai Pemerintah Ingin Jepang
    Miliki ..." was a party's name run to the headline's end)."""
    texts = _side_texts(c)
    if not texts:
        return []
    found = extract_entities(texts, gaz).entities
    headline = c.title_basis == "headline"
    return [e for e in found if not (headline and e.paragraph == 0 and e.type in ("person", "organization")
                                     and not gaz.entry(e.canonical))]


# "Oliver Stone memperkuat penentangan ...": a sentence-case headline opening with a name, then a verb
_HEADLINE_SUBJECT = re.compile(r"^(?P<name>[A-Z][a-z'’]+(?:\s[A-Z][a-z'’]+){1,2})\s+(?:me|ber|di|ter)[a-z]{3,}\b")


def _headline_subject(c, paragraphs: list[str], gaz) -> list[str]:
    """The person a sentence-case headline opens with, when the body calls them by the name's
    last word alone ("Stone, yang bertugas ..."): the body's "Stone" is that person. Words of
    the dictionary, titles and names the gazetteer knows are not such a name."""
    if c.title_basis != "headline" or not c.title or title_case(c.title) or (m := _HEADLINE_SUBJECT.match(c.title)) is None:
        return []
    words = m.group("name").split()
    if any(is_word(w.lower()) or gaz.lookup(w) for w in words) or gaz.lookup(m.group("name")):
        return []
    alone = re.compile(r"(?<![\w-])(?<!" + re.escape(words[-2]) + r" )" + re.escape(words[-1]) + r"(?![\w-])")
    return [m.group("name")] if any(alone.search(p) for p in paragraphs) else []


def credited_in_text(paragraphs: list[str], via: list[str], found: list[Entity]) -> tuple[Entity, ...]:
    """Where the text itself names a source it credits ("katanya seperti dikutip dari Sky News"):
    an organisation's mention there, so the source is not said to be named only in a credit. A
    name that is also a word ("Antara": between) is left to the gazetteer, which knows its uses."""
    names = [n for n in via if not is_word(n.lower())]
    if not names:
        return ()
    spans: dict[int, list[tuple[int, int]]] = {}  # each paragraph's entities, gathered once
    for e in found:
        spans.setdefault(e.paragraph, []).append((e.start, e.end))
    out: list[Entity] = []
    for name in names:
        pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
        for pi, para in enumerate(paragraphs):
            if name in para:
                taken = Intervals(spans.get(pi, ()))
                out += [Entity(name, "organization", name, pi, m.start(), m.end())
                        for m in pattern.finditer(para) if not taken.overlaps(m.start(), m.end())]
    return tuple(out)


def side_mentions(side: list, ents) -> tuple[tuple[str, str], ...]:
    """What the headline and captions name that the body does not."""
    body = {(e.type, e.canonical) for e in ents.entities}
    return tuple(dict.fromkeys((e.type, e.canonical) for e in side if (e.type, e.canonical) not in body))


# how each format's own metadata is named in title_basis / date_basis / outlet_basis
META_BASIS = {"html": "html-meta", "md": "markdown-heading", "json": "json-field", "jsonl": "json-field",
              "feed": "feed"}


def extract_file(path: str | os.PathLike[str], reference: date | None = None, budget: float | None = -1.0) -> Article:
    """Extract a file of one article; raises ReadError with a one-line reason when it is not
    an article (or takes longer than the per-file budget: file_budget() unless `budget` is given)."""
    articles, _problems = extract_articles(path, reference, budget)
    return articles[0]


def extract_articles(path: str | os.PathLike[str], reference: date | None = None,
                     budget: float | None = -1.0) -> tuple[list[Article], list[str]]:
    """Every article of one file (one for a text file or a page, one per record or entry
    for JSON Lines, JSON arrays and feeds), and why each record that is not one is not.
    Raises ReadError when the file gives no article at all."""
    got = read_pieces(path)
    articles, problems = [], list(got.problems)
    for piece in got.pieces:
        try:
            articles.append(_piece_article(piece, got, Path(path), reference, budget))
        except ReadError as exc:
            if piece.entry is None:
                raise
            problems.append(f"entry {piece.entry}: {exc}")
    if not articles:
        raise ReadError(problems[0] if problems else "no article in this file")
    return articles, problems


def _piece_article(piece, got, path: Path, reference: date | None, budget: float | None) -> Article:
    meta = piece.meta
    article = extract_text(
        piece.text,
        id=path.stem if piece.entry is None else f"{path.stem}#{piece.entry}",
        path=str(path),
        reference=date.fromisoformat(meta.date) if meta.date else reference,
        encoding=got.source.encoding,
        extra_warnings=(got.source.warning,) if got.source.warning else (),
        budget=file_budget() if budget == -1.0 else budget,
        url=meta.url,
    )
    if not article.paragraphs:
        raise ReadError("no article text left after removing page furniture")
    return with_meta(article, meta, got.reader, piece.entry)


def with_meta(article: Article, meta, fmt: str, entry: str | None) -> Article:
    """What the format said of the article over what the text rules found: a page's own
    metadata is the better evidence, and its basis says where it came from."""
    basis = META_BASIS.get(fmt, fmt)
    changes: dict = {"format": fmt, "entry": entry, "author": meta.author}
    if meta.title:
        changes.update(title=meta.title, title_basis=basis)
    if meta.outlet:
        changes.update(outlet=meta.outlet, outlet_basis=basis)
    if meta.url:
        changes["url"] = meta.url
    if meta.date:
        said = meta.date_text or meta.date
        changes.update(date=meta.date, date_basis=basis, date_text=said,
                       date_evidence=(DateEvidence(basis, said),)
                       + tuple(e for e in article.date_evidence if e.kind != "passed-over"))
        if article.date and not meta.date.startswith(article.date) and not article.date.startswith(meta.date):
            changes["warnings"] = article.warnings + (wording.FORMAT_DATE_USED.format(
                date=article.date, basis=article.date_basis, source=basis, given=meta.date),)
    return replace(article, **changes)


def extract_paths(paths: list[str | os.PathLike[str]], reference: date | None = None) -> ExtractReport:
    report = ExtractReport()
    files, missing = find_files(paths)
    report.skipped.extend(missing)
    for f in files:
        try:
            arts, problems = extract_articles(f, reference)
        except ReadError as exc:
            report.skipped.append((str(f), str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - a bug (or a broken install) in one reader loses no other file
            report.skipped.append((str(f), f"internal error: {exc.__class__.__name__}: {str(exc)[:120]}"))
            continue
        report.articles.extend(arts)
        report.skipped.extend((str(f), why) for why in problems)  # "line 3: not JSON (...)"
        for w in arts[0].warnings:
            if is_reading_warning(w):
                report.notes.append((str(f), w))
        report.notes.extend((str(f), w) for a in arts for w in a.warnings if wording.rules_failed(w))  # named, though kept
    return report
