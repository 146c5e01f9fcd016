"""Where the quotes are: quote marks paired into spans, one linear pass per paragraph.

Real pages quote in many ways. Double marks: curly “…”, straight "…", a curly mark
turned the wrong way (”…” or “…“), straight and curly mixed ("…”), TeX style ``…'',
doubled singles ‘’…’’. Single marks ‘…’ and '…', used by some outlets for every quote
and by others for nested quotes and scare quotes. This module finds them all:

- marks are classified by the characters around them (an apostrophe inside a word,
  Jum'at or O'Shaughnessy, is no mark), then paired within their family (double or
  single); single-mark spans count only outside double ones (inside, they are a
  quote within the quote), and a double quote re-opened inside an open one and then
  closed twice (`“... yang disebut “zona penyangga” di ...,”`) is a term within it;
- a double quote left open at a paragraph's end may continue into the next paragraph
  (newspaper style) when that one closes it first (a piece closed there unopened is marked `runs_on`:
  the rest of the same quote); a text that ends inside a quote
  (a page cut off mid-quote) keeps what was quoted, and so does a quote that runs to its
  paragraph's end and ends a sentence there (its closing mark lost); any other unclosed
  mark is a stray and yields nothing;
- a closing mark with no opening, followed by a reporting verb ('…itu," imbuh X'), is
  a quote whose opening mark was lost: it runs from the start of its sentence, or from a
  "?" standing for the mark where a broken encoding put one ('?Peluncuran ...').

Every step visits only the marks (a regular expression finds them), so a paragraph
costs one C-speed pass however long it is.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexicon import (
    ACCORDING_WORDS,
    AFTER_QUOTE_PREFIXED,
    AFTER_QUOTE_VERBS,
    COLLECTIVE_SOURCES,
    EVERYDAY_PEOPLE,
    FIRST_PERSON,
    INSTITUTION_NOUNS,
    REPORTING_VERBS,
    TITLE_CUES,
)

__all__ = ["Span", "find_spans"]


@dataclass
class Span:
    paragraph: int
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    close: int  # index just past the closing mark (or the paragraph's end)
    family: str = "double"  # "double" or "single"
    opened: bool = True  # False: the opening mark was lost (an orphan closing mark)
    lost: str | None = None  # which mark the page lost: "open", "close", or "cut" (the text stops inside)
    runs_on: bool = False  # the rest of the quote the paragraph before left open, closed here unopened


@dataclass(frozen=True)
class _Mark:
    at: int
    width: int
    family: str  # "double" | "single"
    role: str  # "open" | "close" | "either"


_MARK_RE = re.compile(r"``|''|‘’|’’|[“”\"‘’'`]")
_OPENERS = {"``": "open", "‘’": "open", "''": "close", "’’": "close"}


@lru_cache(maxsize=4)
def _straight_marks(para: str) -> list[int]:
    """Where a paragraph's straight double marks stand, in order (found once a paragraph: the marks before
    one are counted by bisection, not by reading the paragraph again for each)."""
    return [i for i, ch in enumerate(para) if ch == '"']


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _classify(para: str, m: re.Match) -> _Mark | None:
    tok, at = m.group(), m.start()
    before = para[at - 1] if at > 0 else " "
    after = para[m.end()] if m.end() < len(para) else " "
    if tok in ("''", "’’"):  # doubled apostrophes open or close by what stands around them
        role = _double_role('"', before, after, para[m.end():m.end() + 12])
        return _Mark(at, 2, "double", "close" if role == "either" else role)
    if tok in _OPENERS:
        return _Mark(at, len(tok), "double", _OPENERS[tok])
    if tok == "`" and para[m.end():m.end() + 2].rstrip().lower() == "s":
        return None  # "Pete Hegseth `S Pernyataan": a possessive's apostrophe, machine-translated
    if tok == "`" and not (before.isspace() and after.isspace()):
        # `sangat cepat`: a page that quotes with backticks (a machine translation's marks) pairs them as "…"
        return _Mark(at, 1, "double", _double_role('"', before, after, para[m.end():m.end() + 12]))
    if tok in "“”\"":
        if tok == '"' and before.isspace() and after.isspace():
            if at > 1 and para[at - 2] in ".,!?":  # "... kebijakan pasifik. " Hua ...": a space slipped before it
                return _Mark(at, 1, "double", "close")
            if bisect.bisect_left(_straight_marks(para), at) % 2 == 1 and _is_word(para[at - 2:at - 1]):
                return _Mark(at, 1, "double", "close")  # 'mengakhiri "latihan perang-perangan " setelah': one is open
            return None  # a straight mark between spaces opens and closes nothing
        stop_before = before.isspace() and at > 1 and para[at - 2] in ",.!?"  # '... Futenma, “kata rilis itu.'
        return _Mark(at, 1, "double", _double_role(tok, before, after, para[m.end():m.end() + 12], stop_before))
    # single marks: an apostrophe between letters (Jum'at, O'Shaughnessy, it's) is no mark
    if _is_word(before) and _is_word(after):
        return None
    if not _is_word(before) and (_is_word(after) or after in "“\"(["):
        return _Mark(at, 1, "single", "open") if tok != "’" or before.isspace() or at == 0 else None
    if not after.isalnum() and (before.isalnum() or before in ".,!?)]…"):
        return _Mark(at, 1, "single", "close") if tok != "‘" and tok != "`" else None
    return None


_TAG_AFTER = re.compile(r"(?:" + "|".join(AFTER_QUOTE_VERBS) + r")(?:nya)?\b", re.IGNORECASE)
# "...mundur,“katanya", "...mundur“kata X": a “ glued to a reporting tag in lower case closes
_GLUED_TAG = re.compile(r"(?:" + "|".join(AFTER_QUOTE_VERBS) + r")(?:nya)?(?=[\s,.]|$)")
# what follows a tag's verb: "-nya", the sentence's end, or its speaker (a capital, a pronoun, an office, a body)
_SPEAKER_WORDS = sorted({w.split()[0].lower() for w in (*TITLE_CUES, *COLLECTIVE_SOURCES, *EVERYDAY_PEOPLE, *INSTITUTION_NOUNS)}
                        | {"dia", "ia", "beliau", "mereka", "sang", "para", "pihak", "seorang", "salah"}, key=len, reverse=True)
_TAG_WITH_SPEAKER = re.compile(r"(?:" + "|".join(AFTER_QUOTE_VERBS) + r")(?:nya(?=[\s,.]|$)|(?=\s*[,.]|$)|\s+(?:[A-Z]|(?:"
                               + "|".join(re.escape(w) for w in _SPEAKER_WORDS) + r")\b))")


def _double_role(tok: str, before: str, after: str, rest: str = "", stop_before: bool = False) -> str:
    """“ opens and ” closes, unless the characters around say otherwise: a ” set before
    a word after a space opens, a “ glued after a word and before a space closes, and so
    does a “ glued to a reporting tag ("mundur,“katanya", or after the comma and a space:
    "Futenma, “kata rilis itu"; `stop_before`)."""
    space_before, space_after = before.isspace() or before in "([", after.isspace() or after in ".,;:!?)]"
    if tok == "“":
        if not rest.strip() and before.isspace():
            return "either"  # "... setiap saat. “" ending the paragraph: a closing mark set the wrong way
        glued_tag = (_is_word(before) or before in ",.!?" or stop_before) and _GLUED_TAG.match(rest) \
            or stop_before and after.isspace() and _TAG_WITH_SPEAKER.match(rest.lstrip())  # '... Utara. “ kata Park'
        # (a “ after a word or a stop with a space after it closes: "... negara kita,“ Perdana Menteri ... mengatakan")
        return "close" if ((_is_word(before) or before in ",.!?") and space_after) or glued_tag else "open"
    if tok == "”":
        if (before in ".!?:," or stop_before and space_before) and after.isupper():
            # ('mengatakan,”Ini pertama kalinya ...”': opens after the tag's comma; '“Kami siap,”Kata X': closes)
            # "meluas.”Ada ...": opens a quote after a sentence, or closes one glued to the next; so does
            # "... kita lakukan, ”Laksamana Muda ..., mengatakan" (a space slipped in before it)
            return "either"
        # "”(Spekulasi) itu ...": a bracket the writer put in opens the words too
        return "open" if space_before and (_is_word(after) or after in "([") and not _TAG_AFTER.match(rest) else "close"
    if _GLUED_TAG.match(rest) and _TAG_WITH_SPEAKER.match(rest):
        return "close"  # '... kami, "kata juru bicara': a straight mark glued to a tag in lower case closes
        # (not 'dengan "tegas dan tenang"': the words after the verb name no speaker, it is an adjective)
    if space_before and not after.isspace():
        return "open"
    if space_after and not before.isspace():
        return "close"
    return "either"


def _marks(para: str, pos: int = 0) -> list[_Mark]:
    out = []
    for m in _MARK_RE.finditer(para, pos):
        mark = _classify(para, m)
        if mark is not None:
            out.append(mark)
    return out


def _pair(pi: int, para: str, marks: list[_Mark], family: str) -> tuple[list[Span], _Mark | None, list[_Mark]]:
    """Spans of one family, the mark left open at the end, and closing marks nobody opened."""
    spans: list[Span] = []
    open_mark: _Mark | None = None
    outer: _Mark | None = None  # “... “term” ...,” : a quote re-opened inside one, closed twice
    orphans: list[_Mark] = []
    mine = [m for m in marks if m.family == family]
    for k, mark in enumerate(mine):
        if open_mark is None:
            if mark.role in ("open", "either") and not (mark.role == "either" and mark.at == len(para) - 1):
                open_mark = mark
            elif mark.role == "close":
                orphans.append(mark)
        elif mark.role in ("close", "either"):
            if outer is not None and k + 1 < len(mine) and mine[k + 1].role in ("close", "either"):
                open_mark, outer = outer, None  # the inner quote closed: the outer one goes on
                continue
            spans.append(Span(pi, open_mark.at + open_mark.width, mark.at, mark.at + mark.width, family))
            open_mark, outer = None, None
        elif (lost := _closed_by_a_new_quote(pi, para, open_mark, mark, family)) is not None:
            spans.append(lost)  # “A ... disiapkan. “B ...,” imbuhnya: A's closing mark was lost
            open_mark, outer = mark, None
        else:
            outer, open_mark = open_mark, mark  # re-opened: the first was stray, or holds this one
    return spans, open_mark, orphans


LOST_CLOSE_BEFORE_WORDS = 3  # words a quote must hold to be taken as ended by the next one's opening


def _closed_by_a_new_quote(pi: int, para: str, open_mark: _Mark, mark: _Mark, family: str) -> Span | None:
    """A quote opened again right after a full stop, with whole sentences since the first opening:
    the first quote ended there and lost its closing mark (not a term inside it: "“... yang disebut
    “zona penyangga” di ...,”" re-opens mid-sentence)."""
    start, end = open_mark.at + open_mark.width, len(para[:mark.at].rstrip())
    if para[end - 1:end] not in (".", "!", "?"):
        # “A ... aktif. Ia juga menyebut Jepang bakal “B ...”: a sentence of the writer's, telling of a saying,
        # stands between; the first quote ended at the stop before it
        tells = [m.start() for m in _TELLS.finditer(para, start, mark.at)]
        stops = [m.start() for m in _SENTENCE_STOP.finditer(para, start, tells[-1])] if tells else []
        if not stops:
            return None
        end = stops[-1] + 1
    if len(para[start:end].split()) < LOST_CLOSE_BEFORE_WORDS:
        return None
    return Span(pi, start, end, end, family, lost="close")


_SENTENCE_STOP = re.compile(r"[.!?]\s+(?=[A-Z])")
_TELLS = re.compile(r"\b(?:" + "|".join(REPORTING_VERBS) + r")\b")


def _outside(marks: list[_Mark], spans: list[Span]) -> list[_Mark]:
    """The marks that stand outside every span (both sorted: one sweep)."""
    out, k = [], 0
    for mark in marks:
        while k < len(spans) and spans[k].close <= mark.at:
            k += 1
        if k == len(spans) or mark.at < spans[k].start - 1:
            out.append(mark)
    return out


_AFTER_VERB = re.compile(r"[\s,]*(?:" + "|".join(AFTER_QUOTE_VERBS + AFTER_QUOTE_PREFIXED + ACCORDING_WORDS) + r")(?:nya)?\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<![\s.][A-Z])[.!?]\s+(?=[A-Z])")
# "?Peluncuran ... PBB. Jepang ... itu," kata X: an opening mark the page's encoding turned into "?"
_MANGLED_OPEN = re.compile(r"(?:^|(?<=\s))\?(?=[A-Z])")
_SPEAKS_FIRST = re.compile(r"\s*(?:" + "|".join(w.capitalize() for w in FIRST_PERSON) + r")\b")
_ORPHAN_REACH = 400  # characters back from a lost opening's closing mark to its sentence's start


def _orphan_spans(pi: int, para: str, orphans: list[_Mark], spans: list[Span]) -> list[Span]:
    """'…itu," imbuh X' with no opening mark: the quote runs from its sentence's start."""
    out, k, last = [], 0, 0
    for mark in orphans:  # orphans lie outside the spans, in order
        while k < len(spans) and spans[k].close <= mark.at:
            last = spans[k].close
            k += 1
        if not _AFTER_VERB.match(para, mark.at + mark.width):
            continue
        lo = max(last, mark.at - _ORPHAN_REACH)
        mangled = [m.end() for m in _MANGLED_OPEN.finditer(para, lo, mark.at)]
        starts = mangled or [m.end() for m in _SENTENCE_END.finditer(para, lo, mark.at)]
        start = starts[-1] if starts else lo
        if last == 0 and not mangled and _SPEAKS_FIRST.match(para):
            start = len(para) - len(para.lstrip())  # "Saya pikir ... . Jadi, ...,” ujar X": the paragraph is X's
        if mark.at - start > 20:
            out.append(Span(pi, start, mark.at, mark.at + mark.width, "double", opened=False, lost="open"))
            last = mark.at + mark.width
    return out


def _paragraph_spans(pi: int, para: str, marks: list[_Mark]) -> tuple[list[Span], _Mark | None]:
    doubles, dangling, orphans = _pair(pi, para, marks, "double")
    singles, _open, _orph = _pair(pi, para, _outside(marks, doubles), "single")
    singles = [s for s in singles if s.end - s.start >= 2]
    spans = doubles + singles + _orphan_spans(pi, para, orphans, doubles)
    return sorted(spans, key=lambda s: s.start), dangling


_SPEECH_OPENING = re.compile(r"(?:[,:]|\b(?:berkata|mengatakan|menyatakan|bertanya|menulis|bunyinya))\s*$")


_SINGLE_CLOSE_AT_END = re.compile(r"[’'][.!?]?\s*$")
_LOST_CLOSE_WORDS = 3  # words a quote with no speech cue before it must hold to run to its paragraph's end


def _lost_close(para: str, mark: _Mark) -> str | None:
    """How a quote left open runs to its paragraph's end, else None. "close", its closing mark
    lost: opened after a speech cue ("diberitahu, “...") where the paragraph ends a sentence,
    or opened anywhere ('disebutnya "telah membuat ... terganggu.') on three words or more that
    end one (a stray mark is not followed by a whole sentence to the paragraph's end). "cut":
    opened after a speech cue where the paragraph stops mid-sentence ("... mengatakan, ``
    Sejalan dengan ... patroli dengan": the page cut it there). "single": a single mark closes
    it ('“tidak ada perang’.')."""
    tail = para.rstrip()[-1:]
    if _SPEECH_OPENING.search(para, max(0, mark.at - 30), mark.at):
        return "close" if tail in ".!?" else "cut" if tail.isalpha() else None
    if _SINGLE_CLOSE_AT_END.search(para, mark.at + mark.width):
        return "single"
    return "close" if tail in ".!?" and len(para[mark.at + mark.width:].split()) >= _LOST_CLOSE_WORDS else None


def _ended(para: str, span: Span, lost: str) -> Span:
    """The quote left open, ended at its paragraph's end (the page lost its mark), or at the
    single mark that closes it."""
    if lost != "single":
        return replace(span, lost=lost)
    m = _SINGLE_CLOSE_AT_END.search(para, span.start)
    return Span(span.paragraph, span.start, m.start(), m.start() + 1) if m else span


def _continues(paragraphs: list[str], pi: int) -> bool:
    """Whether paragraph pi goes on with a carried quote: it closes one, or re-opens at its start."""
    if pi >= len(paragraphs):
        return False
    first = next((m for m in _marks(paragraphs[pi]) if m.family == "double"), None)
    return first is not None and (first.at == 0 or first.role in ("close", "either"))


def _looks_cut_off(paragraphs: list[str]) -> bool:
    """A text that stops mid-sentence (a page store cut it at a byte limit)."""
    last = paragraphs[-1].rstrip() if paragraphs else ""
    return bool(last) and last[-1] not in ".!?…”\"’)"


def find_spans(paragraphs: list[str]) -> list[Span]:
    """Quoted stretches, marks excluded, in text order."""
    out: list[Span] = []
    carried: Span | None = None  # a double quote left open by the previous paragraph
    for pi, para in enumerate(paragraphs):
        marks = _marks(para)
        if carried is not None:
            first = next((m for m in marks if m.family == "double"), None)
            if first is not None and first.at == 0 and first.role != "close":
                out.append(carried)  # the next paragraph re-opens: the quote goes on there
            elif first is not None and first.role in ("close", "either") and first.at > 0:
                out.append(carried)
                out.append(Span(pi, 0, first.at, first.at + first.width, runs_on=True))
                marks = [m for m in marks if m.at > first.at]
            carried = None
        spans, dangling = _paragraph_spans(pi, para, marks)
        out.extend(spans)
        if dangling is not None:
            carried = Span(pi, dangling.at + dangling.width, len(para), len(para))
            lost = _lost_close(para, dangling)
            if lost and not _continues(paragraphs, pi + 1):
                out.append(_ended(para, carried, lost))  # 'diberitahu, “Peluncuran ... evakuasi.': the closing mark was lost
                carried = None
    if carried is not None and _looks_cut_off(paragraphs) and carried.paragraph == len(paragraphs) - 1:
        out.append(replace(carried, lost="cut"))
    return out
