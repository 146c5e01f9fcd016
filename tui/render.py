"""Article -> rich Text. Pure functions: no widgets, no I/O, easy to test.

Scraped text only ever becomes `Text(...)` (never markup), so `[bold]` in a
title shows literally. Entity types differ by style, not by colour alone, so the
marking survives 16 colours and NO_COLOR.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache

from rich.style import Style
from rich.text import Text

from index.country_codes import country_code
from index.datefmt import format_age, format_date
from index.entity_names import english_name
from index.model import CAPTION, Article, DateEvidence
from index.quote_views import is_unsure
from index.wording import (
    LOST_MARK,
    about_the_date,
    day_against_weekday,
    page_date_only,
    uncertain_year,
    year_not_pinned,
)

from .i18n import N_

# type -> style; each differs by attribute as well as colour
ENTITY_STYLES = {
    "person": Style(bold=True, color="bright_cyan"),
    "country": Style(underline=True, color="bright_green"),
    "place": Style(italic=True, underline=True, color="bright_yellow"),
    "organization": Style(bold=True, underline=True, color="bright_magenta"),
}
IN_COLOUR = dict(ENTITY_STYLES)


def set_monochrome(on: bool) -> None:
    """NO_COLOR: entity types by their attributes alone. Turned grey, each colour is as light
    as it was bright, and magenta's grey (organisations) all but vanished on the dark
    background; without colour they take the text's own, and differ by bold, underline
    and italic. Set by each reader as it starts (the dict is shared by every screen)."""
    ENTITY_STYLES.update({k: v.without_color if on else v for k, v in IN_COLOUR.items()})


QUOTE_STYLE = Style(italic=True, color="bright_white")
SPEAKER_STYLE = Style(dim=True, italic=True)
# an attribution the rules are not sure of: a question mark, and struck-through colour-free emphasis
UNSURE_STYLE = Style(dim=True, italic=True, underline=True)
YEAR_GUESSED = N_("with the date uncertain")  # how many, in the timeline and the year facet
# why a date is shown with "?": its year is a guess, or only the page's own date line gives it
# (its year is printed, but the day may be the one the page was read): (in Date, under the title)
YEAR_UNSURE = (N_("the year is a guess"), N_("the year is a guess: see Date"))
DAY_UNSURE = (N_("the day is uncertain: its weekday does not fit it"), N_("the day is uncertain: see Date"))
PAGE_DAY_UNSURE = (N_("maybe the day the page was read"), N_("maybe the day the page was read: see Date"))


def _unsure_why(article: Article) -> tuple[str, str]:
    if day_against_weekday(article.warnings):
        return DAY_UNSURE
    return PAGE_DAY_UNSURE if page_date_only(article.warnings) else YEAR_UNSURE


HIT_STYLE = Style(reverse=True)
CURRENT_STYLE = Style(reverse=True, bold=True, underline=True)
TITLE_STYLE = Style(bold=True)
LEDE_TITLE_STYLE = Style(italic=True)  # a title made from the lede, not a headline
DIM = Style(dim=True)

BASIS_LABELS = {
    "explicit": N_("stated in the text"),
    "weekday-inferred": N_("inferred from the weekday"),
    "context": N_("inferred from context"),
    "unknown": N_("no date in the text"),
    "unknown-passed-over": N_("no date of the story's own in the text"),
    "html-meta": N_("from the page's metadata"),
    "feed": N_("from the feed entry"),
    "json-field": N_("from the record's date field"),
}


def localized_date(value: str | None, locale: str) -> str | None:
    return format_date(value, locale)


def entity_name(etype: str, canonical: str, locale: str) -> str:
    """How the reader names an entity: a country in the reader's language (Babel's names:
    "Jepang" is "Japan" in English, "日本" in Japanese), an organisation or a place by its English name in
    any language but Indonesian ("Dewan Keamanan PBB" is "UN Security Council", "Semenanjung Korea" the
    "Korean Peninsula"); in Indonesian, and for a person, as the gazetteer spells it (the article's own language)."""
    if locale.split("_")[0] == "id":
        return canonical
    if etype in ("organization", "place", "event"):
        return english_name(canonical, etype) or canonical
    code = country_code(canonical) if etype == "country" else None
    return _territories(locale).get(code, canonical) if code else canonical


def speaker_name(name: str, locale: str) -> str:
    """A speaker as the reader names it: a country or a body in the reader's language ("North
    Korea", "UN Security Council"), as the lists beside it name them; a person as written."""
    return entity_name("organization" if english_name(name) else "country", name, locale)


@lru_cache(maxsize=8)
def _territories(locale: str) -> dict[str, str]:
    from babel import Locale, UnknownLocaleError

    try:
        return dict(Locale.parse(locale).territories)
    except (ValueError, UnknownLocaleError):
        return {}


_CLOSERS = "”\"’'"


def _closing_mark(para: str, end: int) -> int:
    """Index just past the quote's closing mark: ”, ", ’ or TeX's '' (or end when
    there is none), so the speaker stands outside the quote."""
    for i in range(end, min(len(para), end + 3)):
        if para[i] in _CLOSERS:
            while i < len(para) and para[i] in _CLOSERS:
                i += 1
            return i
    return end


def render_paragraph(
    article: Article,
    index: int,
    *,
    show_entities: bool = True,
    show_speakers: bool = True,
    hits: list[tuple[int, int]] = (),
    current: tuple[int, int] | None = None,
    current_quote: int | None = None,
    t: Callable[[str], str] = lambda s: s,
    locale: str = "id",
) -> Text:
    para = article.paragraphs[index]
    text = Text(para)
    # each quote's pieces in this paragraph (a quote that runs on has one in the next too)
    quotes = [(qi, q, s, e) for qi, q in enumerate(article.quotes) for pi, s, e in q.pieces() if pi == index]
    for qi, _q, s, e in quotes:
        text.stylize(QUOTE_STYLE, s, e)
        if qi == current_quote:
            text.stylize(Style(reverse=True), s, e)
    if show_entities:
        for e in article.entities:
            if e.paragraph == index:
                text.stylize(ENTITY_STYLES.get(e.type, DIM), e.start, e.end)
    for s, e in hits:
        text.stylize(HIT_STYLE, s, e)
    if current:
        text.stylize(CURRENT_STYLE, *current)
    # speakers after their quotes, inserted right to left so offsets stay valid; the quote
    # in focus also shows how its speaker was found
    named = article.quoted_by() if quotes else []  # an organisation named is the speaker, as in search and quotes
    for qi, q, _s, e in sorted(quotes, key=lambda x: x[3], reverse=True) if show_speakers else ():
        if q.pieces()[-1][0] != index:
            continue  # the speaker stands after the quote's last piece
        who = shown_speaker(q, named[qi])
        label = speaker_label(q, t, how=qi == current_quote, who=speaker_name(who, locale) if who else None)
        at = _closing_mark(para, e)
        if para[at:at + 1].isalnum():  # "”Selain ...": the page glued the next word to the quote
            label.append(" ")
        text = Text.assemble(text[:at], label, text[at:])
    return text


def uncertain_note(n: int, t: Callable[[str], str]) -> str:
    """"  (2 uncertain)" after a speaker's count of quotes, when some are a "?" (nothing when none are)."""
    return f"  ({n} " + t("uncertain") + ")" if n else ""


def unsure_counts(article: Article) -> dict[str, int]:
    """How many of each named speaker's quotes (as the quotes view lists them) are uncertain."""
    unsure: dict[str, int] = {}
    for q, who in article.quoted_once():
        if who and is_unsure(q):
            unsure[who] = unsure.get(who, 0) + 1
    return unsure


def shown_speaker(quote, named: str | None) -> str | None:
    """Who a quote is shown as said by: `named`, whom the article gives it to by name
    (Article.quoted_by: a person, or an organisation or country it names), else the unnamed
    source in brackets ("[pejabat tersebut]"), else nobody."""
    return named or quote.speaker or (f"[{quote.source}]" if quote.source else None)


def speaker_label(quote, t: Callable[[str], str] = lambda s: s, *, how: bool = False,
                  who: str | None = None) -> Text:
    """" — Kim Jong Un" after a quote; " — Kim Jong Un?" when the attribution is uncertain;
    with `how`, the evidence too: " — Kim Jong Un? (kata gazetteer surname · 70%)". `who`: as
    shown_speaker gives it (else the quote's speaker or source)."""
    who = who or shown_speaker(quote, None)
    if not who and not how:  # no one found: said so, never left to read as the text's own words
        return Text(" — ?", style=UNSURE_STYLE)
    unsure = bool(who) and is_unsure(quote)
    label = Text(f" — {who or t('speaker unknown')}" + ("?" if unsure else ""),
                 style=UNSURE_STYLE if unsure else SPEAKER_STYLE)
    details = [quote_evidence(quote, t) if who and quote.cue else None, lost_mark_note(quote, t)] if how else []
    if any(details):
        label.append(" (" + " · ".join(d for d in details if d) + ")", style=DIM)
    return label


def lost_mark_note(quote, t: Callable[[str], str] = lambda s: s) -> str | None:
    """Why the quote's bounds are a guess, when the page lost one of its marks ("its closing
    mark is missing on the page"), in the reader's language; else None."""
    template = LOST_MARK.get(quote.lost_mark or "")
    return t(template) if template else None


def quote_evidence(quote, t: Callable[[str], str] = lambda s: s) -> str:
    """How the speaker was found and how sure the rule is: "kata name · 95%", "… · 60% · uncertain"
    (the cue in the reader's language: index/wording.py words it)."""
    parts = [t(quote.cue)] if quote.cue else []
    if quote.confidence is not None:
        parts.append(f"{round(quote.confidence * 100)}%")
        if is_unsure(quote):
            parts.append(t("uncertain"))
    return " · ".join(parts)


def byline(article: Article, locale: str, t: Callable[[str], str] = lambda s: s) -> Text:
    """Outlet · dateline, and the date on a line of its own (it never wraps mid-date)."""
    source = " · ".join(p for p in (article.outlet, article.dateline) if p)
    when = localized_date(article.date, locale)
    if not source and not when:
        return Text(t("no outlet or date"), style=DIM)
    out = Text(source, style=DIM)
    if when:
        if source:
            out.append("\n")
        out.append(when, style=Style(dim=True, bold=True))
        if uncertain_year(article.warnings):
            out.append("?", style=UNSURE_STYLE)
            out.append("  " + t(_unsure_why(article)[1]), style=DIM)
    return out


def headline(article: Article, t: Callable[[str], str] = lambda s: s) -> Text:
    text = Text(article.title or t("(untitled)"), style=TITLE_STYLE)
    if article.title_basis in TITLE_BASIS_SAID:
        text.append("  (" + t(TITLE_BASIS_SAID[article.title_basis]) + ")", style=DIM)
    return text


# under the sides, and in the quotes' status when a column is a side: the quotes of named speakers the
# reader ties to no country, in no side's count
UNTIED = (N_("{n} quote is in no side (its speaker unnamed, not found, or tied to no country)"),
          N_("{n} quotes are in no side (their speakers unnamed, not found, or tied to no country)"))


# a title that is no headline of the page's, and where it came from
TITLE_BASIS_SAID = {
    "lede": N_("title from the lede"),
    "comment-header": N_("title from the heading of the blog's comments"),  # "0 Response to "...""
}


# why cleaning took a line out of the text (index/clean.py's reasons), as the reader says it
REMOVED_AS = {
    "teaser": N_("teaser"), "dateline": N_("dateline"), "photo caption": N_("photo caption"),
    "page chrome": N_("page chrome"), "signature": N_("signature"), "byline": N_("byline"),
    "timestamp": N_("timestamp"), "promotion": N_("promotion"), "duplicate": N_("duplicate"),
    "agency code": N_("agency code"), "page widget": N_("page widget"), "footer": N_("footer"),
    "headline repeated": N_("headline repeated"), "store stamp": N_("store stamp"), "link list": N_("link list"),
    "photo credit": N_("photo credit"), "credit": N_("credit"), "page date": N_("page date"), "source": N_("source"),
    "copyright": N_("copyright"), "updated stamp": N_("updated stamp"), "embed": N_("embed"),
    "pagination": N_("pagination"), "pull quote": N_("pull quote"), "comment form": N_("comment form"),
    "syndication note": N_("syndication note"), "above the headline": N_("above the headline"),
    "masthead": N_("masthead"), "injected prefix": N_("injected prefix"), "deck": N_("deck, cut short"),
    "next story": N_("next story"),
    "summary": N_("the page's summary"), "reading time": N_("reading time"), "section label": N_("section label"),
    "ticker": N_("ticker"),
}


def removed_lines(article: Article, t: Callable[[str], str] = lambda s: s,
                  hits: Sequence[tuple[int, int, int]] = (), current: tuple[int, int, int] | None = None) -> Text:
    """What cleaning took out of the text, each line with why, under the article: nothing
    leaves the page unseen (a paragraph taken for a caption can be read here). `hits`:
    (place, start, end) of search hits in them (a place past the paragraphs, as
    Article.caption_lines counts), `current` the one in focus."""
    if not article.removed:
        return Text("")
    out = Text()
    out.append(t("Removed by cleaning") + f" ({len(article.removed)})", style=Style(dim=True, bold=True))
    base = len(article.paragraphs)
    for k, r in enumerate(article.removed):
        out.append("\n" + t(REMOVED_AS.get(r.reason, r.reason)) + ": ", style=Style(dim=True, italic=True))
        line = Text(r.text, style=DIM)
        for place, s, e in hits:
            if place == base + k:
                line.stylize(CURRENT_STYLE if (place, s, e) == current else HIT_STYLE, s, e)
        out.append_text(line)
    return out


STAR_MARK, UNREAD_MARK = "★", "●"
STAR_STYLE = Style(bold=True, color="bright_yellow")
UNREAD_STYLE = Style(bold=True, color="bright_blue")


def result_item(hit, locale: str, t: Callable[[str], str] = lambda s: s, marks: tuple[bool, bool] | None = None,
                copy: bool = False):
    """Title (two lines at most), outlet · date, and a one-line snippet with matches marked;
    for a story other outlets published too, "also in: ..." under it. `marks` (starred,
    unread) puts ★ and ● before the title (a blank where not); `copy` marks another
    outlet's copy listed under its story with ↳."""
    from rich.console import Group

    title = Text(hit.title or t("(untitled)"), style=LEDE_TITLE_STYLE if hit.title_from_lede else TITLE_STYLE,
                 overflow="ellipsis")
    if hit.title_from_lede and hit.title and not hit.title.endswith((".", "!", "?", "…")):
        title.append("…")  # the lede's first words, no headline: in italics, cut
    for hl in hit.highlights:
        if hl.field == "title":
            for s, e in hl.spans:
                title.stylize(HIT_STYLE, s, e)
    if marks is not None:
        starred, unread = marks
        title = Text.assemble((STAR_MARK if starred else " ", STAR_STYLE), (UNREAD_MARK if unread else " ", UNREAD_STYLE),
                              " ", title, overflow="ellipsis")
    if copy:
        title = Text.assemble(("↳ ", DIM), title, overflow="ellipsis")
    # the date first, short, and whole: a narrow pane cuts the outlet's name, never the year
    when = format_date(hit.date, locale, width="medium") or t("undated")
    meta = Text(when, style=DIM, no_wrap=True, overflow="ellipsis")
    if hit.date and hit.date_unsure:
        meta.append("?", style=UNSURE_STYLE)  # the year is a guess: the metadata pane says why
    if hit.outlet:
        meta.append(f" · {hit.outlet}")
    parts = [title, meta]
    for hl in hit.highlights:
        if hl.field in ("body", "caption") and hl.text and hl.spans:
            line = _snippet_line(hl.text, hl.spans)
            if hl.field == "caption":  # the text itself never has the words: say where they are ("dateline: ...")
                reason = hl.removed_as or CAPTION
                where = t(REMOVED_AS.get(reason, reason))
                line = Text.assemble((where + ": ", Style(dim=True, italic=True)), line, no_wrap=True, overflow="ellipsis")
            elif hit.speaker:  # whose words these are, "?" when the rules are unsure: as in the quotes view
                who = speaker_name(hit.speaker, locale)  # a country in the reader's language, as the picker names it
                said = (f"{who}?: ", UNSURE_STYLE) if hit.speaker_unsure else (f"{who}: ", SPEAKER_STYLE)
                line = Text.assemble(said, line, no_wrap=True, overflow="ellipsis")
            parts.append(line)
    if hit.also:
        outlets = ", ".join(dict.fromkeys(v.outlet or v.id for v in hit.also))
        parts.append(Text(f"{t('also in')}: {outlets}", style=DIM, no_wrap=True, overflow="ellipsis"))
    return Group(*parts)


SNIPPET_LEAD = 8  # at most this many characters before the first hit: a narrow pane (80 columns) still shows it


def _snippet_line(text: str, spans: list[tuple[int, int]]) -> Text:
    """The snippet on one line, from a word or two before its first hit (the rest of the
    line is what a wide pane has room for), the hits marked."""
    first = min(s for s, _e in spans)
    cut = 0
    if first > SNIPPET_LEAD:  # from the first word that starts within the lead, else the hit's own word
        cut = text.find(" ", first - SNIPPET_LEAD, first) + 1 or text.rfind(" ", 0, first) + 1
    head = "… " if cut > 0 else ""
    line = Text(head + text[cut:], style=DIM, no_wrap=True, overflow="ellipsis")
    shift = len(head) - cut
    for s, e in spans:
        if s >= cut:
            line.stylize(Style(reverse=True, dim=False), s + shift, e + shift)
    return line


EVIDENCE_LABELS = {
    "timestamp": N_("the page's date line"),
    "dateline": N_("the dateline"),
    "words": N_("read from"),
    "citation": N_("citation"),
    "official": N_("in office then"),
    "event": N_("after the event the text names"),
    "era": N_("in the time the text names"),
    "url": N_("date in the page's address"),
    "stamp": N_("page store's month"),
    "anniversary": N_("the anniversary the text marks"),
    "year-in-text": N_("year named in the text"),
    "year-in-caption": N_("year a photo caption names"),
    "year-in-link": N_("year a related story's address names"),
    "weekday-only": N_("year guessed from the weekday alone"),
    "passed-over": N_("days the text names, judged other events' (to come, or past)"),
    "after-day": N_("after the day the text recalls"),
    "page-date": N_("only the page's own date line"),
    "headline": N_("day written in the headline"),
    "caption": N_("day a photo caption prints, on the weekday the text names"),
    "html-meta": N_("page metadata"),
    "feed": N_("feed entry"),
    "json-field": N_("record field"),
}


def _from_the_date_line(article: Article) -> bool:
    """Its date is the one the page's date line prints (under the headline, the byline's)."""
    return article.date_basis == "explicit" and any(e.kind == "timestamp" for e in article.date_evidence or ())


def basis_label(article: Article) -> str:
    """How the date was found; a date line's is not the story's "stated in the text" (a walker
    read the two labels one under the other as a contradiction)."""
    if _from_the_date_line(article) or (article.date_basis == "explicit" and article.date_evidence
                                        and all(e.kind == "page-date" for e in article.date_evidence)):
        return DATE_LINE_BASIS  # heldout58-59's walk (ff05): "stated in the text" under "only the page's own date line"
    return BASIS_LABELS.get(article.date_basis, article.date_basis)


DATE_LINE_BASIS = N_("stated in the page's date line")
STORE_MONTH_LINE = N_("Saved in the page store in (not the story's date)")
# beside the text's own evidence the page's date line only agrees ("only ..." read as a contradiction);
# dated a day or a few after the day the text names, it fits the year and does not agree on the day
PAGE_DATE_AGREES = N_("the page's own date line agrees")
PAGE_DATE_LATER = N_("the page's own date line, a later day, fits the year")


def date_lines(article: Article, locale: str, today: date, t: Callable[[str], str]) -> list[Text]:
    """The date, how it was found, and from which words and facts."""
    lines = []
    when = localized_date(article.date, locale)
    if when:
        guessed = uncertain_year(article.warnings)
        lines.append(Text.assemble((when, Style(bold=True)), ("?" if guessed else "", UNSURE_STYLE)))
        if guessed and not day_against_weekday(article.warnings):  # (that warning is shown in full below)
            lines.append(Text(t(_unsure_why(article)[0]), style=UNSURE_STYLE))  # a date read at a glance must not look sure
        for warning in about_the_date(article.warnings):  # "Sabtu, 9 September 2016" printed, a Friday shown
            lines.append(Text(t(warning), style=UNSURE_STYLE))
        lines.append(Text(t(basis_label(article)), style=DIM))
        age = format_age(article.date, today, locale)
        if age:  # as unsure as the year it counts from
            lines.append(Text.assemble((age, DIM), ("?" if guessed else "", UNSURE_STYLE)))
    elif unpinned := year_not_pinned(article.warnings):  # a day named, no year: the years that fit, not "no date"
        lines.extend(Text(t(w), style=UNSURE_STYLE) for w in unpinned)
    else:
        passed = any(e.kind == "passed-over" for e in article.date_evidence)
        lines.append(Text(t(BASIS_LABELS["unknown-passed-over" if passed else "unknown"]), style=DIM))
    evidence = article.date_evidence or ((DateEvidence("words", article.date_text),) if article.date_text else ())
    grouped: dict[str, list[str]] = {}
    for e in evidence:  # one line per kind: "in office then: Lloyd Austin, Lee Jong-sup"
        kind = "words" if e.kind == "timestamp" and _from_the_date_line(article) else e.kind  # the basis said where
        grouped.setdefault(kind, []).append(_evidence_text(e, locale))
    for kind, texts in grouped.items():
        style = UNSURE_STYLE if kind == "weekday-only" else Style()
        label = _page_date_label(article, texts) if kind == "page-date" and len(grouped) > 1 else EVIDENCE_LABELS.get(kind, kind)
        lines.append(Text.assemble((t(label) + ": ", DIM), (", ".join(texts), style)))
    if article.store_month and "stamp" not in grouped:  # the store's month, shown though it dated nothing (a walker
        # found it only among the lines cleaning took out, the date pane saying "no date in the text")
        lines.append(Text(t(STORE_MONTH_LINE) + ": " + (localized_date(article.store_month, locale) or ""), style=DIM))
    if article.page_date and "page-date" not in grouped:  # a page date that dated nothing is shown on its own
        # a walker read "Page date" three years after the story's date as a second date of the story
        lines.append(Text(t("Date on the page (maybe the day it was read)") + ": "
                          + (localized_date(article.page_date, locale) or ""), style=DIM))
    return lines


_QUOTED_EVIDENCE = ("words", "timestamp", "citation", "dateline", "passed-over", "caption", "after-day")  # the page's words


def _evidence_text(e: DateEvidence, locale: str) -> str:
    """One piece of a date's evidence as shown: the page's words in marks; an event or an era of the beat by its
    name in the reader's language (the gazetteer's English beyond Indonesian); a name or a year as it is."""
    if e.kind in _QUOTED_EVIDENCE:
        return f"“{e.text}”"
    return entity_name("event", e.text, locale) if e.kind in ("event", "era") else e.text


def _page_date_label(article: Article, texts: list[str]) -> str:
    """fy13 in heldout40's walk: "Selasa (28 Mei)" shown beside "the page's own date line agrees:
    2019-05-29", which it does not (the page is dated the day after)."""
    return PAGE_DATE_AGREES if texts == [article.date] else PAGE_DATE_LATER


def reading_minutes(article: Article) -> int:
    return max(1, round(article.word_count / 200))


def entity_counts(article: Article) -> dict[str, list[tuple[str, int]]]:
    """Type -> (name, mentions in the text), most mentioned first: every name the article
    is found by (search and facets count the headline's, the captions' and the agencies
    credited too), those with 0 mentions last (see ELSEWHERE)."""
    counts: dict[str, dict[str, int]] = {}
    for e in article.entities:
        counts.setdefault(e.type, {})
        counts[e.type][e.canonical] = counts[e.type].get(e.canonical, 0) + 1
    for etype, canonical in article.elsewhere():
        counts.setdefault(etype, {}).setdefault(canonical, 0)
    return {k: sorted(v.items(), key=lambda kv: (-kv[1], kv[0])) for k, v in counts.items()}


ELSEWHERE = N_("headline, caption or credit")  # a name the text itself never mentions
