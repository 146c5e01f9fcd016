"""Direct quotes and who said them.

Quote marks are paired in one linear pass per paragraph. An unclosed mark may
continue into the next paragraph (newspaper style), but it never swallows more:
a mark nobody closes is a stray and yields nothing.

Attribution follows Indonesian reporting patterns, matched on the raw words
(never stems): `“...,” kata X`, `“...,” X bersikeras`, `X mengatakan, “...”`,
`menurut X`, the suffix forms `katanya`/`tambahnya` and the pronouns `ia`/`dia`
(the nearest earlier speaker), role nouns (`presiden AS`: the person the article
introduced with that role), and statements or organisations (`source`).
"""

from __future__ import annotations

import bisect
import re

from .entities import EntityResult
from .lexicon import AFTER_QUOTE_PREFIXED, AFTER_QUOTE_VERBS, REPORTING_VERBS, ROLE_GLUE, SUBJECT_GLUE, VERB_ADVERBS
from .model import Entity, Quote
from .quote_marks import Span, find_spans

_AFTER_RE = re.compile(
    r"^[\s,]*(?:(?P<suffix>(?:" + "|".join(AFTER_QUOTE_VERBS) + r")nya)\b"
    r"|(?:seperti\s+)?(?P<verb>" + "|".join(AFTER_QUOTE_VERBS + AFTER_QUOTE_PREFIXED) + r")\b\s*(?P<rest>.{0,160}))",
    re.IGNORECASE | re.DOTALL,
)
# "“...” Pernyataan itu disampaikan X" / "Ancaman itu dilontarkan X": the speaker in the next sentence
_NEXT_SENTENCE = re.compile(
    r"^[\s,.]*(?:[A-Z]\w+\s){1,2}(?:itu|tersebut|ini)\s+(?:di(?:sampaikan|ungkapkan|katakan|tegaskan|lontarkan|nyatakan|utarakan|kemukakan|tulis))\b(?:\s+oleh)?\s+"
    r"|^[\s,.]*Demikian\s+(?:di(?:sampaikan|ungkapkan|katakan|tegaskan))\b(?:\s+oleh)?\s+"
)
_PRONOUN = re.compile(r"^(?:ia|dia|beliau)\b", re.IGNORECASE)
_VERB_RE = re.compile(r"\b(?:" + "|".join(REPORTING_VERBS) + r"|berkata|menurutnya)\b")
_MENURUT = re.compile(r"\b[Mm]enurut\s+(?P<who>[^,.;“\"]{2,80})")
_SENTENCE_END = re.compile(r"[.!?][”\"’)]?\s+(?=[A-Z“\"])")
_CLAUSE = re.compile(r",|;|:|\b(?:bahwa|yang|dan|serta|tetapi|namun|sementara|sedangkan)\b")
_STATEMENT = re.compile(r"\bpernyataan(?:\s+bersama)?\b", re.IGNORECASE)
MAX_LOOKBACK = 400  # a "sentence" longer than this is not one: look no further back
_PLURAL = re.compile(r"^\s*(?:kedua|para|ketiga|keempat|semua)\b", re.IGNORECASE)


def _trim(para: str, start: int, end: int) -> tuple[int, int]:
    while start < end and para[start].isspace():
        start += 1
    while end > start and (para[end - 1].isspace() or para[end - 1] in ",;"):
        end -= 1
    return start, end


class _Attributor:
    def __init__(self, paragraphs: list[str], ents: EntityResult):
        self.paragraphs = paragraphs
        self.people = ents.people
        self.by_para: dict[int, list[Entity]] = {}
        for e in ents.entities:
            self.by_para.setdefault(e.paragraph, []).append(e)
        self.starts = {pi: [e.start for e in es] for pi, es in self.by_para.items()}
        self.roles: dict[int, list[tuple[int, int, str]]] = {}
        for pi, s, e, text in ents.role_mentions:
            self.roles.setdefault(pi, []).append((s, e, text))
        self.last_speaker: str | None = None
        self._sentences: dict[int, list[int]] = {}

    def sentence_subject(self, pi: int, sent_start: int) -> tuple[str, int] | None:
        """(person, end offset) when the sentence opens with a person (after titles only)."""
        para = self.paragraphs[pi]
        ends = [x for x in self.sentence_bounds(pi) if x > sent_start]
        sent_end = ends[0] if ends else len(para)
        persons = self._ents(pi, sent_start, sent_end, "person")
        if not persons:
            return None
        first = persons[0]
        if _is_subject_prefix(para[sent_start:first.start], self._ents(pi, sent_start, first.start)):
            return first.canonical, first.end
        return None

    def sentence_bounds(self, pi: int) -> list[int]:
        self.sentence_start(pi, 0)
        return self._sentences[pi]

    def sentence_start(self, pi: int, pos: int) -> int:
        """Where the sentence holding pos begins (boundaries computed once per paragraph)."""
        starts = self._sentences.get(pi)
        if starts is None:
            starts = [0] + [m.end() for m in _SENTENCE_END.finditer(self.paragraphs[pi])]
            self._sentences[pi] = starts
        return starts[bisect.bisect_right(starts, pos) - 1]

    def _ents(self, pi: int, lo: int, hi: int, kind: str | None = None) -> list[Entity]:
        ents = self.by_para.get(pi, [])
        starts = self.starts.get(pi, [])
        i, j = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
        return [e for e in ents[i:j] if e.end <= hi and (kind is None or e.type == kind)]

    def resolve_role(self, role: str) -> str | None:
        words = role.lower().split()
        countries = {info.country.lower() for info in self.people.values() if info.country}
        # the role without country names: "presiden AS" -> "presiden"
        head = " ".join(w for w in words if w[:1].isalpha() and w not in countries)
        key = words[0]
        matches = []
        for name, info in self.people.items():
            if not info.role:
                continue
            r = info.role.lower()
            if r.startswith(key) or head and head in r:
                matches.append(name)
        if len(matches) > 1:
            # narrow by country named in the role ("presiden AS")
            narrowed = [n for n in matches if self.people[n].country and any(
                w.lower() in _country_words(self.people[n].country) for w in role.split())]
            matches = narrowed or matches
        return matches[0] if len(matches) == 1 else None

    def after(self, pi: int, span: Span) -> tuple[str | None, str | None, str | None] | None:
        """Attribution in the words right after the closing mark."""
        para = self.paragraphs[pi]
        tail = para[span.close : span.close + 200]
        m = _AFTER_RE.match(tail)
        if m:
            if m.group("suffix"):
                return self.last_speaker, None, m.group("suffix").lower()
            rest_at = span.close + m.start("rest")
            verb = m.group("verb").lower()
            rest = m.group("rest")
            if _PRONOUN.match(rest):
                return self.last_speaker, None, f"{verb} + pronoun"
            found = self._first_named(pi, rest_at, rest_at + 80)
            if found is not None:
                return found + (verb,)
            return None
        nxt = _NEXT_SENTENCE.match(tail)
        if nxt:
            found = self._first_named(pi, span.close + nxt.end(), span.close + nxt.end() + 80)
            if found is not None:
                return found + ("disampaikan",)
        # “...,” Mattis bersikeras / “...,” Ia berjanji
        stripped = tail.lstrip(" ,")
        offset = span.close + (len(tail) - len(stripped))
        if _PRONOUN.match(stripped) and span.end > span.start and para[span.end - 1 : span.close].strip("”\" ")[:1] in (",", "!", "?", ""):
            if re.match(r"^(?:ia|dia|beliau)\s+[a-z]", stripped, re.IGNORECASE):
                return self.last_speaker, None, "pronoun after quote"
        ents = self._ents(pi, offset, offset + 60, "person")
        if ents and ents[0].start == offset and re.match(r"\s+[a-z]", para[ents[0].end : ents[0].end + 3]):
            return ents[0].canonical, None, "name after quote"
        return None

    def _first_named(self, pi: int, lo: int, hi: int) -> tuple[str | None, str | None] | None:
        """The first person (or organisation) after a verb, skipping titles."""
        para = self.paragraphs[pi]
        org = None
        for e in self._ents(pi, lo, hi + 200):
            if e.start > hi:
                continue
            between = para[lo : e.start].split()
            if any(w[:1].islower() and w.lower() not in ROLE_GLUE for w in between):
                break
            if e.type == "person":
                return e.canonical, None
            if e.type == "organization" and org is None:
                # "juru bicara Kementerian Luar Negeri China Lin Jian": the person may follow
                org = e.canonical
        if org is not None:
            return None, org
        role = para[lo:hi].split(",")[0]
        if re.match(r"^\s*(?:sang\s+)?(?:presiden|menteri|perdana menteri|juru bicara|kepala|jenderal|pejabat)\b", role, re.IGNORECASE):
            who = self.resolve_role(role.strip())
            if who:
                return who, None
        return None

    def before(self, pi: int, span: Span, prev_in_sentence: str | None) -> tuple[str | None, str | None, str | None] | None:
        para = self.paragraphs[pi]
        open_at = span.start - 1
        sent_start = max(self.sentence_start(pi, max(open_at, 0)), open_at - MAX_LOOKBACK)
        seg = para[sent_start:open_at]
        m = _MENURUT.search(seg)
        verbs = list(_VERB_RE.finditer(seg))
        if m and (not verbs or m.start() > verbs[-1].start()):
            lo = sent_start + m.start("who")
            persons = self._ents(pi, lo, lo + len(m.group("who")) + 1, "person")
            if persons:
                return persons[0].canonical, None, "menurut"
            orgs = self._ents(pi, lo, lo + len(m.group("who")) + 1)
            src = orgs[0].canonical if orgs else m.group("who").strip()
            return None, src, "menurut"
        subj = self.sentence_subject(pi, sent_start)
        if not verbs:
            # "Perdana Menteri Shinzo Abe menuding Seoul “...”": the sentence's subject
            # followed by a verb (me-/ber-) even when the verb is not a reporting one
            if subj is not None and _VERBLIKE.match(para, subj[1]):
                return subj[0], None, "subject"
            return None
        verb = verbs[-1]
        vstart = sent_start + verb.start()
        # the subject: from the last clause boundary before the verb
        head = para[sent_start:vstart]
        bounds = list(_CLAUSE.finditer(head))
        subj_lo = sent_start + (bounds[-1].end() if bounds else 0)
        boundary = bounds[-1].group() if bounds else ""
        subject = para[subj_lo:vstart].strip()
        persons = self._ents(pi, subj_lo, vstart, "person")
        if persons:
            return persons[-1].canonical, None, verb.group()
        if _PRONOUN.match(subject) and len(subject.split()) <= 2:
            return self.last_speaker, None, f"pronoun + {verb.group()}"
        for s, e, text in self.roles.get(pi, []):
            if subj_lo <= s and e <= vstart and not _PLURAL.match(subject):
                who = self.resolve_role(text)
                if who:
                    return who, None, "role"
        if boundary == "yang":
            if subj is not None:
                return subj[0], None, "yang " + verb.group()
            persons = self._ents(pi, sent_start, subj_lo, "person")
            if persons:
                return persons[-1].canonical, None, "yang " + verb.group()
        if not subject or subject.lower() in ("juga", "pun", "lalu", "kemudian"):
            if prev_in_sentence:
                return prev_in_sentence, None, "same subject"
            if subj is not None:
                return subj[0], None, "sentence subject"
            persons = self._ents(pi, sent_start, subj_lo, "person")
            if persons and boundary in ("dan", "serta", ","):
                return persons[-1].canonical, None, "same subject"
        orgs = [e for e in self._ents(pi, subj_lo, vstart) if e.type in ("organization", "country")]
        if orgs:
            # the outermost name: "Kementerian Luar Negeri China", not the "China" inside it
            outer = max(orgs, key=lambda e: (e.end - e.start, -e.start))
            return None, outer.canonical, verb.group()
        if _STATEMENT.search(para[sent_start:open_at]):
            return None, "pernyataan bersama" if "bersama" in para[sent_start:open_at].lower() else "pernyataan", verb.group()
        if subject:
            return None, subject[:60], verb.group()
        return None


def _country_words(country: str) -> set[str]:
    from .entities import gazetteer

    e = gazetteer().entry(country)
    names = {country, *(e.aliases if e else ())}
    return {n.lower() for n in names}


def _is_subject_prefix(prefix: str, _ents: list[Entity]) -> bool:
    """Only titles, names and discourse markers before the first person: it is the subject."""
    words = re.findall(r"[\w’'-]+", prefix)
    if len(words) > 12:
        return False
    return all(w[:1].isupper() or w.lower() in SUBJECT_GLUE for w in words)


_VERBLIKE = re.compile(r"\s+(?:juga\s+|pun\s+|kembali\s+)?(?:me|ber|mem|men|meng|meny)[a-z]{3,}\b")


def _speech_events(paragraphs: list[str], att: _Attributor) -> list[tuple[int, int, str]]:
    """Where the text says who is speaking or acting, in order: (paragraph, offset, person).

    A person followed by a reporting verb ("Kamikawa menambahkan"), and the person a
    sentence opens with ("Ishiba menyambut ... . Ia mengatakan"). `katanya`, `ujarnya`
    and the pronouns resolve to the latest of these or of the quotes' speakers.
    """
    events = []
    for pi, para in enumerate(paragraphs):
        for sent_start in att.sentence_bounds(pi):
            subj = att.sentence_subject(pi, sent_start)
            if subj is not None:
                events.append((pi, subj[1], subj[0]))
        for e in att.by_para.get(pi, []):
            if e.type == "person" and _VERB_AFTER.match(para, e.end):
                events.append((pi, e.end, e.canonical))
    events.sort()
    return events


_VERB_AFTER = re.compile(
    r"\s+(?:(?:" + "|".join(VERB_ADVERBS) + r")\s+)?(?:" + "|".join(REPORTING_VERBS) + r")\b"
)


def extract_quotes(paragraphs: list[str], ents: EntityResult) -> list[Quote]:
    spans = find_spans(paragraphs)
    att = _Attributor(paragraphs, ents)
    events = _speech_events(paragraphs, att) if spans else []
    next_event = 0
    quotes: list[Quote] = []
    sentence_speaker: dict[tuple[int, int], str] = {}
    for idx, span in enumerate(spans):
        # who has spoken or acted most recently before this quote opens
        while next_event < len(events) and events[next_event][:2] < (span.paragraph, span.start):
            att.last_speaker = events[next_event][2]
            next_event += 1
        para = paragraphs[span.paragraph]
        start, end = _trim(para, span.start, span.end)
        text = para[start:end]
        if not any(ch.isalpha() for ch in text):
            continue
        # quotes continued over paragraphs share the attribution of their last piece
        result = att.after(span.paragraph, span)
        sent_key = (span.paragraph, att.sentence_start(span.paragraph, span.start))
        if result is None:
            result = att.before(span.paragraph, span, sentence_speaker.get(sent_key))
        if result is None and idx + 1 < len(spans) and spans[idx + 1].paragraph == span.paragraph + 1 and span.end == len(para):
            nxt = spans[idx + 1]
            result = att.after(nxt.paragraph, nxt)
        if result is None and len(text) >= 0.6 * len(para.strip()):
            result = (att.last_speaker, None, "continuation") if att.last_speaker else None
        speaker, source, cue = result if result else (None, None, None)
        if speaker:
            att.last_speaker = speaker
            sentence_speaker[sent_key] = speaker
        quotes.append(Quote(text, speaker, span.paragraph, start, end, source, cue))
    return quotes


# re-exported for tests
__all__ = ["extract_quotes", "find_spans"]
