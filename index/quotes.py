"""Direct quotes and who said them.

`index.quote_marks` finds the quoted spans; this module attributes each one by trying
a table of rules in order (`RULES`), each following an Indonesian reporting pattern
matched on the raw words (never stems):

- after the quote: `“...,” kata X` (the first person named after the verb, past a role
  phrase: `kata penasihat keamanan nasional Korsel, X, kepada wartawan`), `katanya` /
  `ujar dia` (the latest speaker), a role noun (`tegas juru bicara itu`), an
  organisation or statement (`source`), the name alone (`“...,” Jenderal X, ketua ...`),
  the speaker in the next sentence (`Pernyataan itu disampaikan X`), or a tag later in
  the sentence (`“...” untuk ..., kata X.`);
- before the quote: a name and a colon (`Juru bicara ... X: “...”`), `menurut X`, `X mengatakan, “...”` (the subject of the reporting verb;
  `dengan mengatakan` goes back to the sentence's subject, `yang menyebut` to the person
  before `yang`), `Ditambahkannya, “...”`, a passive with its agent (`yang digambarkan X
  sebagai “...”`), a tag set in the sentence (`..., sambung X, telah ... “...”`);
- a paragraph that announces whose words follow (`Berikut pernyataan Perdana Menteri Jepang ...`) names the
  quote opening the next one;
- an untagged quote right after another speaker's quote continues it; a quote the next paragraph closes
  without opening it again is one quote (`Quote.tail`), of the speaker found more surely for either piece.

Each quote carries how its speaker was found (`cue`) and how sure the rule is
(`confidence`): the reader shows both and marks an uncertain attribution as such.
Quoted names and scare-quoted terms (`“Freedom Edge”`, `‘mengganggu’`) with no speaker
are not speech and are not listed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .attribution import (
    MAX_LOOKBACK,
    OBJECT_BEFORE,
    ON_A_DAY,
    POINTED_BACK,
    POINTING_BACK,
    ROLE_NOUN,
    Attribution,
    Context,
    Found,
    a_news_outlet,
    described,
)
from .entities import EntityResult
from .lexicon import (
    ACCORDING_WORDS,
    AFTER_QUOTE_PREFIXED,
    AFTER_QUOTE_VERBS,
    BEAT_TERMS,
    COLLECTIVE_SOURCES,
    DOCUMENT_NOUNS,
    EVERYDAY_PEOPLE,
    EXPLAINING_NOUNS,
    INSTITUTION_NOUNS,
    KIN_WORDS,
    LABEL_DETERMINERS,
    MODALS,
    NAME_PREPOSITIONS,
    NAMING_WORDS,
    NEWS_VERBS,
    PERCEIVED_VERBS,
    REFERRING_WORDS,
    REPORTING_VERBS,
    SAID_THAT_NOUNS,
    STATEMENT_NOUNS,
    VERB_ADVERBS,
    alternation,
)
from .model import Quote
from .quote_marks import Span, find_spans
from .wordforms import is_derived, is_word
from .wording import CUE_CONTINUED, CUE_FOLLOWS, CUE_PARAGRAPH_SUBJECT, CUE_SAID_THAT, CUE_SAID_THAT_BY, CUE_SUBJECT

__all__ = ["extract_quotes", "find_spans"]

_AFTER_RE = re.compile(
    r"[\s,]*(?:(?P<suffix>(?:" + "|".join(AFTER_QUOTE_VERBS) + r")nya)\b"
    r"|(?:seperti\s+|begitu\s+|demikian\s+(?=kata|ujar|tutur))?(?P<verb>" + "|".join(AFTER_QUOTE_VERBS + AFTER_QUOTE_PREFIXED + ACCORDING_WORDS)
    + r")\b\s*(?P<rest>.{0,200}))",  # "“...,” begitu kata sumber diplomatik di Washington"
    re.IGNORECASE | re.DOTALL,
)
# "“...” Pernyataan itu disampaikan X" / "Demikian dilaporkan KCNA": the speaker in the next sentence
# the passive of a verb of saying ("disampaikan", "diungkapkan oleh"): who it was said by comes after it
_SAID_BY = (r"di(?:sampaikan|ungkapkan|katakan|tegaskan|lontarkan|nyatakan|utarakan|kemukakan|tulis|laporkan|suarakan"
            r"|jelaskan)\b(?:\s+oleh)?\s+")
_NEXT_SENTENCE = re.compile(r"[\s,.]*(?:(?:[A-Z]\w+\s)?[A-Z]\w+" + POINTING_BACK + r"\s+|Demikian\s+)" + _SAID_BY)
_PRONOUN = re.compile(r"^(?:ia|dia|beliau|mereka)\b", re.IGNORECASE)
# "kata mereka" (they), "... dalam pernyataan bersama": the words of several, or of their statement
_THEY = re.compile(r"mereka\b(?:\s+dalam\s+(?P<text>pernyataan(?:\s+bersama)?))?", re.IGNORECASE)
# "kata warga setempat.", "ujar seorang nelayan kepada wartawan", "bunyi peringatan itu": a person the
# page does not name, or a text that speaks for itself
# where an unnamed source's words end: "kata pejabat itu yang tidak ingin disebut namanya", "... kepada wartawan"
_PHRASE_ENDS = "kepada|seperti|sebagaimana|yang|di|saat|ketika|dalam|pada|melalui|usai|setelah|sehari|satu\\s+hari|kemarin"
_DOCS = "|".join(DOCUMENT_NOUNS)  # "pernyataan|peringatan|surat|...": what a text says by itself
_THAT_TEXT = re.compile(r"(?:" + _DOCS + "|" + "|".join(INSTITUTION_NOUNS) + r")" + POINTING_BACK)  # the one just named
_THAT_BODY_FIRST = re.compile(r"(?P<noun>" + "|".join(INSTITUTION_NOUNS) + r")" + POINTING_BACK + r"\b")  # "kata badan tersebut, ..."
_UNNAMED = re.compile(r"(?P<who>(?:seorang\s+|sebuah\s+|salah\s+seorang\s+)?(?:" + "|".join(EVERYDAY_PEOPLE + DOCUMENT_NOUNS)
                      + r"|(?:" + "|".join(INSTITUTION_NOUNS) + r")(?:\s+[a-z]+)?"  # "kementerian itu", "kantor perdana menteri", "kedutaan"
                      + r"|(?:" + "|".join(COLLECTIVE_SOURCES) + r")(?=\s+[A-Z])"  # "militer Korsel", "pemerintah Korut"
                      + r"|(?:" + "|".join(KIN_WORDS) + r")(?=\s+[A-Z])"  # "ayah Yasuda": someone's kin, unnamed
                      + r")\b(?:\s+(?!(?:" + _PHRASE_ENDS + r")\b)[A-Za-z][\w-]*){0,7}"
                      # "sebuah sumber di Kementerian Pertahanan Tiongkok": inside a body (not "di Twitter", "di Washington")
                      + r"(?:\s+di\s+" + alternation(INSTITUTION_NOUNS, ignore_case=True) + r"(?:\s+[A-Z][\w-]*){1,5})?)"
                      r"(?=\s*[,.;]|\s*$|\s+(?:" + _PHRASE_ENDS + r")\b)")  # "seorang pejabat senior AS", "... Gedung Putih"
# "“...,” demikian pernyataan yang ditandatangani oleh ...": the text itself, whoever signed or issued it
_A_TEXT_THAT = re.compile(r"(?P<what>(?:" + _DOCS + r")(?:\s+bersama)?)\s+yang\b", re.IGNORECASE)
# "kata pemerintah yang mengesahkan anggaran yang diajukan PM Shinzo Abe": a body that speaks, the
# name after "yang" only part of what it did
_BODY_WHICH = re.compile(r"(?P<who>" + "|".join(COLLECTIVE_SOURCES) + r")\s+yang\b")
# "tutur pihak Pyongyang", "lanjut pihak rezim Kim Jong-un": a side that speaks, whoever it is named after
_A_SIDE = re.compile(r"(?P<who>(?i:pihak)\s+[^,.;“”\"]{2,60}?)\s*(?:[,.;]|$|\s(?:" + _PHRASE_ENDS + r")\b)")
# "... yang disampaikan (oleh) pembaca berita X": a text read out by one person
_READ_OUT_BY = re.compile(r"\s+(?P<how>disampaikan|dibacakan|diucapkan)\s+(?:oleh\s+)?")
# "“...,” tambah pernyataannya": his (or her) statement, the latest speaker's
_THEIR_TEXT = re.compile(r"(?:" + _DOCS + r")nya\b", re.IGNORECASE)
_A_SOURCE_OF = re.compile(r"(?:seorang\s+|sebuah\s+|salah\s+(?:satu|seorang)\s+)?(?:sumber|pejabat)\b", re.IGNORECASE)  # "sumber Warta.com", "seorang pejabat Angkatan Darat Korsel"
# "kata ketiga pemimpin tersebut", "ujar para pejabat Jepang": several unnamed people, none of them alone
_A_GROUP = re.compile(r"(?P<who>(?i:kedua|ketiga|keempat|para|semua|seluruh)\s+[a-z]+(?:\s+[a-z]+)?"
                      r"(?:\s+[A-Z][\w-]*){0,2}(?:\s+(?:tersebut|itu))?)(?=\s*[,.;]|\s+(?:" + _PHRASE_ENDS + r")\b|$)")
# "“...” Ia berkata" / "“...,” dia menambahkan"
_PRONOUN_AFTER = re.compile(r"[\s,]*(?:ia|dia|beliau)\s+(?:juga\s+|pun\s+)?(?:" + "|".join(REPORTING_VERBS) + r")\b",
                            re.IGNORECASE)
# "Juru bicara ... Karine Jean-Pierre: “...”": a colon and the opening mark, right before the quote
_COLON_OPENS = re.compile(r":\s*(?:``|‘’|[“\"‘'])$")
# "“...” untuk ..., kata Yoon." : a tag closing the sentence the quote stands in
_SENTENCE_TAG = re.compile(r",\s*(?:" + "|".join(AFTER_QUOTE_VERBS) + r")\s+(?=\S)")
# '"Tidak ada perubahan dalam kebijakan kami untuk memberi tekanan" pada Pyongyang, katanya,': the quote's
# sentence finished in the writer's words, then its tag pointing back
_SENTENCE_TAG_NYA = re.compile(r"\s*[^,.;:“”\"]{1,60}?,\s*(?P<verb>" + "|".join(AFTER_QUOTE_VERBS) + r")nya\b")
_SAYING_WORDS = "|".join(REPORTING_VERBS + AFTER_QUOTE_VERBS)  # every verb of saying, before or after a quote
_SAYS = re.compile(r"\b(?:" + _SAYING_WORDS + r")\b", re.IGNORECASE)


Rule = Callable[[Context, Span], "Attribution | None"]


def _from(found: Found | None, cue: str) -> Attribution | None:
    if found is None:
        return None
    return Attribution(found.speaker, found.source, f"{cue}{found.how}", found.confidence)


# --- rules after the quote ----------------------------------------------------------


# "“...,” katanya, dengan Abe di sampingnya", "ujarnya didampingi Menlu X": someone beside the speaker
_BESIDE_THEM = re.compile(r"\s*,?\s*(?:dengan|didampingi|bersama)\s+[^,.;“”\"]{0,80}?(?:di\s+sampingnya\b|(?=[,.;]))")


def _body_quoted_before(ctx: Context, span: Span) -> str | None:
    """The organisation the previous quote was given to, in this paragraph or the one before
    ("“...,” kata Angkatan Laut Korea Selatan. ... “...,” kata mereka": a body speaks as "they")."""
    prev = ctx.previous_quote(span)
    if prev is None or prev[1] or prev[2] not in ctx.organisations or span.paragraph - prev[0].paragraph > 1:
        return None
    return prev[2]


# "Presiden kita menyampaikan ...", "Menteri kami": someone's title with "our" inside a quote
_OUR_TITLE = re.compile(r"\b(?P<title>[A-Z][a-z]+)\s+(?:kita|kami)\b")


_THEIR_GOVERNMENT = re.compile(r"\b(?i:pemerintahan|kabinet|administrasi)\s+$")


def _spoken_of(ctx: Context, span: Span, speaker: str) -> bool:
    """Whether the quote's own words speak of `speaker` ("Presiden kita menyampaikan ..." from
    the President, or their name): then the words are someone else's."""
    para = ctx.paragraphs[span.paragraph]
    if any(e.canonical == speaker and not _THEIR_GOVERNMENT.search(para, max(span.start, e.start - 20), e.start)
           for e in ctx.ents(span.paragraph, span.start, span.end, "person")):
        return True  # ("“Pemerintahan Lee Jae-myung akan bersifat pragmatis ...,” ujarnya": a leader's own government)
    info = ctx.people.get(speaker)
    titles = {(info.role or "").split()[0].lower()} if info and info.role else set()
    quoted = ctx.paragraphs[span.paragraph][span.start:span.end]
    return any(m.group("title").lower() in titles for m in _OUR_TITLE.finditer(quoted))


def _named_after_the_tag(ctx: Context, span: Span, tag_end: int, speaker: str) -> bool:
    """"“...,” ujarnya, sembari berjanji mengupayakan pemakzulan terhadap Yoon.": the tag's own sentence goes on to
    name the latest speaker as the one acted on: the words are said of them, not by them."""
    end = min(ctx.sentence_end(span.paragraph, tag_end), tag_end + MAX_LOOKBACK)
    return any(e.canonical == speaker for e in ctx.ents(span.paragraph, tag_end, end, "person"))


def _tag_after(para: str, close: int) -> re.Match | None:
    """The tag right after a quote's closing mark. "Menurut X, ..." opening a sentence after words
    that ended with their own stop ("“... beliau temui.” Menurut pemerintah Jepang, Korea Utara
    membantah ...") frames what follows it, not the quote."""
    m = _AFTER_RE.match(para, close)
    if m is not None and m.group("verb") == "Menurut" and para[:close].rstrip("”\"’' ")[-1:] in ".!?":
        return None
    return m


def _the_one_this_paragraph_tells_of(ctx: Context, span: Span, tag: str) -> Attribution | None:
    """A new paragraph that tells of one person, then a quote tagged "-nya": that person, unsure,
    when another spoke last ("Pence juga menyempatkan diri melihat DMZ. “...,” ucapnya": Pence)."""
    latest = ctx.last_speaker[0] if ctx.last_speaker else None
    if not latest or not ctx.paragraphs[span.paragraph][:max(0, span.start - 1)].strip():
        return None
    found = ctx.sole_person_before(span, "")
    para = ctx.paragraphs[span.paragraph]
    if found is None or found.speaker == latest or not any(
            _ACTS.match(para, e.end) for e in ctx.ents(span.paragraph, 0, span.start, "person") if e.canonical == found.speaker):
        return None
    return Attribution(found.speaker, None, CUE_PARAGRAPH_SUBJECT.format(cue=tag), FOLLOW_ON_CONFIDENCE)


# the subject of a verb: "Pence juga menyempatkan diri ...", "Kishida kemudian berangkat ..."
_ACTS = re.compile(r"\s+(?:" + alternation(VERB_ADVERBS + MODALS) + r"\s+)?(?:me|ber|ter)[a-z]{3,}\b")


def _said_right_before(ctx: Context, span: Span, para: str) -> Attribution | None:
    """A person named as the subject of a verb of saying right before the opening mark."""
    if not _SAID_RIGHT_BEFORE.search(para, max(0, span.start - 40), max(0, span.start - 1)):
        return None
    said = ctx.before(span)
    return said if said is not None and said.speaker and said.confidence >= SAID_BEFORE_A_REPORT else None


def _name_right_after_nya(ctx: Context, span: Span, end: int) -> Attribution | None:
    """"“...,” katanya Kang Min-soo, salah seorang pendukung": "-nya" written where "kata" was meant, the
    person's name right after it is the speaker."""
    para = ctx.paragraphs[span.paragraph]
    gap = len(para[end:]) - len(para[end:].lstrip(" "))
    persons = ctx.ents(span.paragraph, end + gap, end + gap + 60, "person")
    if not persons or persons[0].start != end + gap:
        return None
    f = ctx.person(persons[0], "-nya + ")
    return Attribution(f.speaker, f.source, f.how, round(f.confidence - 0.1, 2))


def after_tag(ctx: Context, span: Span) -> Attribution | None:
    """“...,” kata X / katanya / ujar dia / tegas juru bicara itu / kata Kementerian X."""
    para = ctx.paragraphs[span.paragraph]
    m = _tag_after(para, span.close)
    if not m:
        return None
    if m.group("suffix"):
        suffix = m.group("suffix").lower()
        if (named := _name_right_after_nya(ctx, span, m.end())) is not None:
            return named
        if (said := _said_right_before(ctx, span, para)) is not None:
            return said  # "Sherman menuturkan “...,” ujarnya": the verb before the marks names who, the tag agrees
        if (source := _source_going_on(ctx, span)) is not None:
            return Attribution(None, source, f"{suffix} → the previous quote's source", FOLLOW_ON_CONFIDENCE)
        found = _the_one_this_paragraph_tells_of(ctx, span, suffix) or ctx.latest(f"{suffix} → latest speaker") \
            or ctx.sole_person_before(span, f"{suffix} → the person before")
        beside = _BESIDE_THEM.match(para, m.end())
        if found is not None and found.speaker and ((beside and found.speaker in {e.canonical for e in ctx.ents(
                span.paragraph, m.end(), beside.end(), "person")})  # "“...,” katanya, dengan Abe di sampingnya": not Abe
                or _spoken_of(ctx, span, found.speaker) or _named_after_the_tag(ctx, span, m.end(), found.speaker)):
            other = ctx.person_before_other_than(span, found.speaker)
            return Attribution(other, None, f"{suffix} → the person before", 0.6) if other else None
        return found
    verb, rest_at, rest = m.group("verb").lower(), m.start("rest"), m.group("rest")
    if (they := _THEY.match(rest)) is not None:  # "kata mereka dalam pernyataan tersebut": not one of them
        if not they.group("text") and (body := _body_quoted_before(ctx, span)) is not None:
            return Attribution(None, body, f"{verb} mereka → the one named before", 0.65)  # "kata Angkatan Laut ..."
        return Attribution(None, they.group("text") or "mereka", f"{verb} mereka", 0.7 if they.group("text") else 0.5)
    if _PRONOUN.match(rest) or _THEIR_TEXT.match(rest):
        return ctx.latest(f"{verb} {rest.split()[0].strip(',').lower()} → latest speaker")
    if (text := _A_TEXT_THAT.match(rest)) is not None:  # "demikian pernyataan yang ditandatangani oleh A, B, C"
        what = text.group("what").lower()
        if (read := _READ_OUT_BY.match(rest, text.end())) and (voice := _from(ctx.named_after(span.paragraph, rest_at + read.end()),
                                                                               f"{verb} {what} {read.group('how')} ")) and voice.speaker:
            return voice  # "demikian pengumuman yang disampaikan pembaca berita Ri Chun-hee": the one who read it out
        return Attribution(None, what, f"{verb} {what}", 0.8)
    if (which := _BODY_WHICH.match(rest) or _A_GROUP.match(rest)) is not None:
        # "kata pemerintah yang mengesahkan anggaran ... PM Shinzo Abe"; "kata ketiga pemimpin tersebut"
        return Attribution(None, which.group("who"), f"{verb} + unnamed: {which.group('who')}", 0.7)
    if (that := _THAT_BODY_FIRST.match(rest)) and (org := ctx.named_before(span, that.group("noun").lower())) is not None:
        # "kata badan tersebut, sementara Kim menggambarkan ...": the body just named, not a name after the tag
        return Attribution(None, org, f"{verb} {that.group().lower()} → the one named before", 0.75)
    found = _not_one_spoken_of(ctx, span, _from(ctx.named_after(span.paragraph, rest_at), f"{verb} "), verb)
    if found is not None and found.speaker is None:  # a body: it may only report or relay another's words
        if (behind := _behind_the_body(ctx, span, rest, rest_at, verb in _OUTLETS_TELL and a_news_outlet(found.source))) is not None:
            return behind
        if _A_SOURCE_OF.match(rest):
            found = None  # "ungkap sumber Warta.com": the outlet's unnamed source, not the outlet
    elif (side := _A_SIDE.match(rest)) is not None:
        return Attribution(None, side.group("who"), f"{verb} + unnamed: {side.group('who')}", 0.7)  # not Kim: his regime's side
    elif found is not None and (joint := ctx.joint_statement_after(span.paragraph, rest_at)) is not None:
        return Attribution(None, joint, f"{verb} + {joint}", 0.85)  # "kata Biden, Yoon, dan Kishida, dalam pernyataan bersamanya"
    return found if found is not None else _no_one_named_after(ctx, span, rest, verb)


def _no_one_named_after(ctx: Context, span: Span, rest: str, verb: str) -> Attribution | None:
    """A tag's verb that names no one the article knows after it: a body named before by the start of its name, a
    unit, or an unnamed source (one pointed back at: the body just named, the site whose text it is)."""
    if (body := _body_cut_short(ctx, rest)) is not None:  # "kata Dewan Keamanan." after "... Nasional"
        return Attribution(None, body, f"{verb} + organisation", 0.8)
    if (unit := _NAMED_UNIT.match(rest)) is not None:  # "kata Pasukan Ekspedisi Marinir III"
        return Attribution(None, unit.group("who"), f"{verb} + unit: {unit.group('who')}", 0.8)
    if (who := _unnamed_source(rest)) is None:
        return None
    if (_THAT_TEXT.fullmatch(who) or who.lower() in INSTITUTION_NOUNS) \
            and (org := ctx.named_before(span, who.split()[0].lower())) is not None:
        return Attribution(None, org, f"{verb} {who} → the one named before", 0.75)  # "kementerian itu": the ministry
    if _THAT_TEXT.fullmatch(who) and (org := ctx.whose_text(span, who.split()[0].lower())) is not None:
        return Attribution(None, org, f"{verb} {who} → the one named before", 0.75)  # "tulis kolom tersebut": the site's
    if _THAT_TEXT.fullmatch(who) and (org := ctx.latest_organisation(span)) is not None:
        return Attribution(None, org, f"{verb} {who} → latest speaker", 0.75)  # "Pentagon mengatakan ... bunyi pernyataan tersebut"
    return _the_other_holder(ctx, span, who, verb) or Attribution(None, who, f"{verb} + unnamed: {who}", 0.7)


def _not_one_spoken_of(ctx: Context, span: Span, found: Attribution | None, verb: str) -> Attribution | None:
    """A role noun's holder, unless the words speak of them: then the role's other holder, if one."""
    if found is None or not found.speaker or "role noun" not in found.cue or not _spoken_of(ctx, span, found.speaker):
        return found
    return _the_other_holder(ctx, span, found.cue.split(": ")[-1], verb)


def _the_other_holder(ctx: Context, span: Span, role: str, verb: str) -> Attribution | None:
    """“Saya suka Presiden Moon ...,” tambah presiden: of the people the article gives the role's
    first word, the one the words do not speak of, when only one is left."""
    word = role.split()[0].lower()
    left = [name for name, info in ctx.people.items() if _holds_role(info, word) and not _spoken_of(ctx, span, name)]
    if len(left) != 1 or not any(_spoken_of(ctx, span, name) for name in ctx.people):
        return None
    return Attribution(left[0], None, f"{verb} {role} → the one the words do not speak of", 0.6)


def _holds_role(info, role: str) -> bool:
    """Whether the article gave the person this role's word ("presiden")."""
    return role in (info.role or "").lower().split() or any(role in title.split() for title in info.titles)


# a military unit by its name after a tag's verb, no gazetteer entry ("kata Pasukan Ekspedisi Marinir III dalam
# sebuah pernyataan"): its head word and two capitalised words or more ("Pasukan AS" alone is no unit's name)
# "kata Dewan Keamanan." after "kata Dewan Keamanan Nasional": a body named before, its name cut short
_CAPITALISED_RUN = re.compile(r"\s*(?P<who>[A-Z][\w-]*(?:\s[A-Z][\w-]*){1,4})(?=\s*[,.;]|\s+[a-z]|$)")


def _body_cut_short(ctx: Context, rest: str) -> str | None:
    """The one organisation the article names whose name opens with the words after a tag's verb."""
    if (m := _CAPITALISED_RUN.match(rest)) is None:
        return None
    longer = [org for org in ctx.organisations if org.startswith(m.group("who") + " ")]
    return longer[0] if len(longer) == 1 else None


_NAMED_UNIT = re.compile(r"\s*(?P<who>(?:Pasukan|Komando|Armada|Divisi|Batalyon|Skuadron|Resimen|Brigade|Markas Besar)"
                         r"(?:\s(?:[A-Z][\w.'’-]*|[IVX]+|\d+)){2,6})(?=[\s,.;]|$)")


def _source_going_on(ctx: Context, span: Span) -> str | None:
    """“...,” ujar seorang pejabat Gedung Putih. “...,” lanjutnya: the unnamed source (or the
    body) of the quote just before goes on, nobody named and nothing said since; not a person
    named earlier, who spoke before that quote."""
    prev = ctx.previous_quote(span)
    if prev is None or prev[1] or not prev[2] or span.paragraph - prev[0].paragraph > 1:
        return None
    return prev[2] if ctx.nothing_between(prev[0], span, prev[2]) or _only_its_tag_between(ctx, prev[0], span) else None


def _only_its_tag_between(ctx: Context, prev: Span, span: Span) -> bool:
    """Between two quotes, the first one's tag alone: one sentence, nobody named, no other
    quote, the second quote opening its own paragraph or the sentence after the tag."""
    pi, para = prev.paragraph, ctx.paragraphs[prev.paragraph]
    end = span.start - 1 if span.paragraph == pi else len(para)
    if span.paragraph != pi and ctx.paragraphs[span.paragraph][:max(0, span.start - 1)].strip():
        return False
    tag = para[prev.close:end]
    return (ctx.sentence_end(pi, prev.close) >= len(para[:end].rstrip()) and not ctx.ents(pi, prev.close, end, "person")
            and "“" not in tag and '"' not in tag)


def _unnamed_source(rest: str) -> str | None:
    """Someone the page does not name, after a tag's verb: "warga setempat", "seorang pejabat
    senior AS", or an office nobody in the article holds ("Juru Bicara Tentara Rakyat Korut")."""
    if (m := _UNNAMED.match(rest)) is not None:
        return m.group("who").strip()
    m = ROLE_NOUN.match(rest)
    return m.group("role").strip() if m else None


# "“...,” mengutip pernyataan Putin": the words cited as someone's statement
_STATEMENTS = "|".join(STATEMENT_NOUNS)
_OUTLETS_TELL = {"menurut", "tulis", "lapor"}  # verbs an outlet named after a quote reports it with
_CITED_STATEMENT = re.compile(r"[\s,]*(?:seperti\s+)?(?:mengutip|dikutip\s+dari)\s+(?:" + _STATEMENTS + r")\s+", re.IGNORECASE)


# "menurut laporan AFP": the report a quote was read in, not who said it, when a verb of saying
# before the quote names the speaker (a guess at the sentence's subject does not outweigh the report)
SAID_BEFORE_A_REPORT = 0.8
_A_REPORT = re.compile(r"(?:laporan|berita|pemberitaan)\s", re.IGNORECASE)
# "..., demikian isi berita KCNA, mengutip pernyataan X": the body that speaks relays another's words
# ("kata Kyodo mengutip Austin dalam ...", "tulis Kyodo News mengutip sumber dari Kementerian ...": the agency,
# quoting the one named right after it)
_RELAYING = re.compile(r"[^.“”\"]{0,60}?(?:,\s*(?:dengan\s+)?mengutip\s+(?:" + _STATEMENTS + r")\s+|\s+mengutip\s+(?=\w))")


def _behind_the_body(ctx: Context, span: Span, rest: str, rest_at: int, by_an_outlet: bool) -> Attribution | None:
    """Who speaks when the body a tag names only reports the words ("“...,” menurut laporan AFP"
    or "menurut The New York Times" after "Moon ... menambahkan ...") or relays them ("demikian
    isi berita KCNA, mengutip pernyataan Wakil Dirjen ..."). An outlet that writes a quote opening
    its own sentence after one person's reported speech ("Abe menyatakan tekadnya .... “...,” tulis
    Kyodo News") reports that person's words (unsure: an outlet may be quoted in its own words)."""
    if (by_an_outlet or _A_REPORT.match(rest)) and (said := ctx.before(span)) and said.speaker \
            and (said.confidence or 0) >= SAID_BEFORE_A_REPORT:
        return said
    if by_an_outlet and (reported := ctx.indirect_before(span)) is not None and reported.speaker:
        return reported
    return _relayed(ctx, span.paragraph, rest_at)


def _relayed(ctx: Context, pi: int, pos: int) -> Attribution | None:
    """The one whose statement the body named after a tag relays, named or by office."""
    para = ctx.paragraphs[pi]
    if (m := _RELAYING.match(para, pos)) is None:
        return None
    if (named := _from(ctx.named_after(pi, m.end()), "cited statement: ")) is not None and named.speaker:
        return named
    who = _unnamed_source(para[m.end():]) or ((office := _OFFICE_TO_COMMA.match(para, m.end())) and office.group(1))
    return Attribution(None, who, f"cited statement: unnamed: {who}", 0.7) if who else None


# "Wakil Dirjen Departemen Luar Negeri Korut untuk urusan Jepang, ...": an office written out, to its comma
_OFFICE_TO_COMMA = re.compile(r"([A-Z][^,.;“”\"]{3,90}?)\s*[,.;]")


def after_cited_statement(ctx: Context, span: Span) -> Attribution | None:
    """“...,” mengutip pernyataan Putin pada awal pembicaraan."""
    m = _CITED_STATEMENT.match(ctx.paragraphs[span.paragraph], span.close)
    return _from(ctx.named_after(span.paragraph, m.end()), "cited statement: ") if m else None


# "“...,” begitu dilansir Channel News Asia pada Sabtu": the words as an outlet reported them, no other tag
_RELAYED_AFTER = re.compile(r"[\s,]*(?:begitu|demikian|seperti|sebagaimana)\s+(?:yang\s+)?(?:dilansir|dikutip|dilaporkan|diberitakan)"
                            r"\s+(?:oleh\s+|dari\s+)?(?=[A-Z])", re.IGNORECASE)


def after_relayed(ctx: Context, span: Span) -> Attribution | None:
    """“...,” begitu dilansir Channel News Asia: the outlet reporting the words is their source
    (never the person the story is about)."""
    m = _RELAYED_AFTER.match(ctx.paragraphs[span.paragraph], span.close)
    if m is None:
        return None
    found = ctx.named_after(span.paragraph, m.end())
    if found is None or found.speaker or not a_news_outlet(found.source):
        return None
    return Attribution(None, found.source, f"{m.group().strip(' ,').split()[-1].lower()} + outlet", 0.8)


def after_pronoun(ctx: Context, span: Span) -> Attribution | None:
    """“...” Ia berkata / “...,” dia menambahkan."""
    if _PRONOUN_AFTER.match(ctx.paragraphs[span.paragraph], span.close):
        return ctx.latest("pronoun after the quote → latest speaker")
    return None


# "disebut sebagai “...” oleh Senator X": a passive verb right before the quote, its agent right after it
_PASSIVE_BEFORE = re.compile(r"\b(?!(?:" + "|".join(PERCEIVED_VERBS) + r")\b)(?P<verb>di[a-z]{3,}(?:kan|i)?)(?:\s+sebagai)?\s*$")
_AGENT_AFTER = re.compile(r"\s*,?\s*oleh\s+(?=[A-Z])")
PASSIVE_REACH = 40  # characters before the opening mark that hold the passive verb


def agent_after(ctx: Context, span: Span) -> Attribution | None:
    """Kemungkinan itu disebut sebagai “ketidakmampuan strategis” oleh Senator Ben Sasse: the
    agent of the passive verb the quote follows (a person, else a body the sentence names)."""
    para = ctx.paragraphs[span.paragraph]
    m = _AGENT_AFTER.match(para, span.close)
    verb = _PASSIVE_BEFORE.search(para[max(0, span.start - 1 - PASSIVE_REACH):max(0, span.start - 1)])
    if m is None or verb is None:
        return None
    return _from(ctx.named_after(span.paragraph, m.end()), f"{verb.group('verb')} … oleh + ")


def name_after(ctx: Context, span: Span) -> Attribution | None:
    """“...,” Jenderal Mark Milley, ketua ..., kepada wartawan (the name, no verb)."""
    return _from(ctx.name_right_after(span.paragraph, span.close), "")


_BEFORE_THE_NEXT_WORD = " ,\t\n\u00a0"
_ITS_VERB = re.compile(r"\s+(?:(?:" + "|".join(VERB_ADVERBS) + r")\s+)?(?P<verb>" + "|".join(REPORTING_VERBS + NEWS_VERBS) + r")\b")


def organisation_after(ctx: Context, span: Span) -> Attribution | None:
    """“...,” KCNA mengabarkan, dikutip Reuters. / “...,” Kementerian Luar Negeri China menegaskan.:
    an organisation right after the quote, then its own verb of saying or reporting (not
    after a quote's full stop: "“... dunia.” Kementerian X menyebut “...”" opens another sentence)."""
    para = ctx.paragraphs[span.paragraph]
    if para[max(0, span.close - 2):span.close].strip("”\"’' ")[-1:] not in (",", "?", "!"):
        return None
    rest = para[span.close:span.close + ORGANISATION_REACH]
    lo = span.close + len(rest) - len(rest.lstrip(_BEFORE_THE_NEXT_WORD))
    orgs = ctx.ents(span.paragraph, lo, lo + ORGANISATION_REACH, "organization")
    if not orgs or orgs[0].start != lo or (m := _ITS_VERB.match(para, orgs[0].end)) is None:
        return None
    return Attribution(None, orgs[0].canonical, f"{m.group('verb')} + organisation", 0.85)


ORGANISATION_REACH = 80  # characters: an organisation's name right after a quote


def next_sentence(ctx: Context, span: Span) -> Attribution | None:
    """“...” Pernyataan itu disampaikan X / Demikian dilaporkan KCNA; a quote that is its whole paragraph, then a
    paragraph opening so ("Pendapat tersebut disuarakan Menteri Pertahanan Korsel, Song Young Moo ...")."""
    pi, para = span.paragraph, ctx.paragraphs[span.paragraph]
    if (m := _NEXT_SENTENCE.match(para, span.close)) is not None:
        return _from(ctx.named_after(pi, m.end()), "disampaikan ")
    if para[span.close:].strip() or para[:max(0, span.start - 1)].strip() or pi + 1 >= len(ctx.paragraphs):
        return None
    m = _NEXT_SENTENCE.match(ctx.paragraphs[pi + 1])
    return _from(ctx.named_after(pi + 1, m.end()), "disampaikan ") if m else None


def sentence_tag(ctx: Context, span: Span) -> Attribution | None:
    """“...” untuk berbagi strategi, kata Yoon. (the tag closes the quote's sentence)"""
    para = ctx.paragraphs[span.paragraph]
    end = min(ctx.sentence_end(span.paragraph, span.close), span.close + MAX_LOOKBACK)
    if (nya := _SENTENCE_TAG_NYA.match(para, span.close)) is not None and not ctx.ents(span.paragraph, span.close, nya.start("verb"), "person"):
        return ctx.latest_before_the_sentence(span, f"tag at the sentence's end: {nya.group('verb')}nya → latest speaker")
    for m in _SENTENCE_TAG.finditer(para, span.close, end):
        between = para[span.close:m.start()]
        if ("“" in between or '"' in between) and (ctx.ents(span.paragraph, span.close, m.start(), "person")
                                                 or _SAYS.search(between)):
            return None  # another quote, with someone else or another verb of saying, stands between
        if (pronoun := _PRONOUN.match(para[m.end():m.end() + 8])) is not None:
            return ctx.latest(f"tag at the sentence's end: {m.group().strip(', ')} {pronoun.group()} → latest speaker")
        found = ctx.named_after(span.paragraph, m.end())
        if found is not None and found.speaker:
            return _from(found, "tag at the sentence's end: ")
        if found is None and (who := _unnamed_source(para[m.end():end])) is not None:  # "..., kata pejabat AS."
            return Attribution(None, who, f"tag at the sentence's end: {m.group().strip(', ')} + unnamed: {who}", 0.7)
    return _passive_tag_at_the_end(ctx, span, end) or _subject_tag_at_the_end(ctx, span, end)


# "..., demikian diungkapkan oleh seorang pejabat senior AS pada hari Jumat.": the sentence's teller, after a comma
_PASSIVE_TAG_AT_END = re.compile(r",\s*(?i:demikian)\s+" + _SAID_BY)


def _passive_tag_at_the_end(ctx: Context, span: Span, end: int) -> Attribution | None:
    """"Presiden Biden akan menjanjikan langkah-langkah “substansial” ..., demikian diungkapkan oleh seorang pejabat
    senior AS": the one the sentence's closing tag names tells it all, the quote too (not Biden, its subject)."""
    para = ctx.paragraphs[span.paragraph]
    m = _PASSIVE_TAG_AT_END.search(para, span.close, end + 1)
    if m is None or "“" in para[span.close:m.start()] or '"' in para[span.close:m.start()]:
        return None
    found = ctx.named_after(span.paragraph, m.end())
    if found is not None and (found.speaker or found.source):
        return _from(found, "tag at the sentence's end: ")
    who = _unnamed_source(para[m.end():end])
    return Attribution(None, who, f"tag at the sentence's end: {m.group().strip(', ')} + unnamed: {who}", 0.7) if who else None


# "..., serta menegaskan kembali komitmen “teguh” ..., pejabat itu menambahkan.": the subject and its
# verb of saying closing the sentence, after a comma (the sentence is theirs, not its own subject's)
# ("..., Duta Besar Filipina untuk AS mengatakan Jumat.": the day it was said may close it)
_SUBJECT_TAG_AT_END = re.compile(r",\s*(?P<who>[^,.;:“”\"]{2,50}?)\s+(?:juga\s+|pun\s+)?(?P<verb>" + "|".join(REPORTING_VERBS)
                                 + r")(?:\s+" + ON_A_DAY + r")?\s*[.!]?\s*$")


def _subject_tag_at_the_end(ctx: Context, span: Span, end: int) -> Attribution | None:
    """The person named there; a role pointing back, the one it resolves to; else the unnamed source."""
    para = ctx.paragraphs[span.paragraph]
    m = _SUBJECT_TAG_AT_END.search(para, span.close, end + 1)
    if m is None or "“" in para[span.close:m.start()] or '"' in para[span.close:m.start()]:
        return None
    persons = ctx.ents(span.paragraph, m.start("who"), m.end("who"), "person")
    cue = f"tag at the sentence's end: {m.group('who').strip()} {m.group('verb')}"
    if persons:
        return Attribution(persons[-1].canonical, None, cue, 0.85)
    role = ROLE_NOUN.match(" " + m.group("who"))
    if role is not None and role.end() - 1 == len(m.group("who")):
        who = _role_holder(ctx, role.group("role"), m.group("who"))
        return Attribution(who, None if who else m.group("who").strip(), cue, 0.75)
    return None


def _role_holder(ctx: Context, role: str, written: str) -> str | None:
    """Who a role closing a sentence stands for: pointing back ("pejabat itu"), the one it
    resolves to; a title in capitals ("Duta Besar Filipina untuk AS"), the one the article
    names with it in that country, or with no country said; a role in small letters, nobody."""
    if POINTED_BACK.search(written):
        return ctx.resolve_role(role)
    if not written[:1].isupper():
        return None
    if (who := ctx.resolve_role(role, need_country=True)) is not None:
        return who
    held = ctx.resolve_role(role)
    return held if held and ctx.people[held].country is None else None


# --- rules before the quote ---------------------------------------------------------


def colon_after_name(ctx: Context, span: Span) -> Attribution | None:
    """Juru bicara Gedung Putih X: “...” (a person's name, a colon, the quote; no verb), or
    X, direktur ...: “...” (the name opening the sentence, its office set off by a comma)."""
    pi, para = span.paragraph, ctx.paragraphs[span.paragraph]
    m = _COLON_OPENS.search(para, max(0, span.start - 6), span.start)
    if m is None or not span.opened:
        return None
    start = ctx.sentence_start(pi, m.start())
    persons = ctx.ents(pi, start, m.start(), "person")
    if not persons or OBJECT_BEFORE.search(para, max(0, persons[-1].start - 50), persons[-1].start):
        return None  # "mengatakan kepada Trump: “...”": told to Trump, not by him
    if _OFFICE_THEN_COLON.match(para[persons[0].end:m.start()]) and not para[start:persons[0].start].strip():
        found = ctx.person(persons[0], "")  # "X, ajudan Presiden Y: “...”" is X's
        return Attribution(found.speaker, found.source, f"{found.how} + colon", round(found.confidence - 0.1, 2))
    if not para[persons[-1].end:m.start()].strip():
        found = ctx.person(persons[-1], "")
        return Attribution(found.speaker, found.source, f"{found.how} + colon", round(found.confidence - 0.05, 2))
    return None


# ", direktur kantor urusan masyarakat Kepala Staf Gabungan": an office, no speech and no quote, up to the colon
_OFFICE_THEN_COLON = re.compile(r"\s*,(?![^:]*\b(?:" + _SAYING_WORDS + r")\b)[^“”\"‘’:.;]{3,160}$",
                                re.IGNORECASE)


def before(ctx: Context, span: Span) -> Attribution | None:
    """menurut X / X mengatakan, “...” / Ditambahkannya, “...” / digambarkan X sebagai “...”."""
    return ctx.before(span)


_VERB = re.compile(r"\b(?:" + "|".join(REPORTING_VERBS) + r")\b")
_AND_THEN = re.compile(r"\b(?:dan|serta|sementara|sedangkan|tetapi|namun)\b")
_THAT_OR_QUOTE = re.compile(r"\bbahwa\b|[“\"]")
_ASKED_WHETHER = re.compile(r"\bditanya\b[^“”\"]*\bapakah\b", re.IGNORECASE)  # a question put to the speaker


def subject_after(ctx: Context, span: Span) -> Attribution | None:
    """“...” untuk program Aegis, Wakil Laksamana John Hill, direktur ..., mengatakan dalam
    sebuah pernyataan: the quote's own sentence goes on to its speaker and a verb of saying
    that reports nothing else."""
    pi, para = span.paragraph, ctx.paragraphs[span.paragraph]
    end = min(ctx.sentence_end(pi, span.close), span.close + MAX_LOOKBACK)
    if (verb := _VERB.search(para, span.close, end)) is None or _THAT_OR_QUOTE.search(para, span.close, verb.start()):
        return None  # a quote after the verb ("..., X mengatakan, menyebut ... “...”") is no bar: it comes later
    if _ASKED_WHETHER.search(para, max(ctx.sentence_start(pi, span.start), span.start - MAX_LOOKBACK), span.start):
        return None  # "Ketika ditanya apakah ... AS sebagai “tombak”, Kishida menjawab": words of the question
    head = para[span.close:verb.start()].rstrip()
    persons = ctx.ents(pi, span.close, verb.start(), "person")
    if persons and not para[persons[-1].end:verb.start()].strip():
        if _AND_THEN.search(para, span.close, persons[-1].start):
            return None  # "Jepang “menanggapinya dengan serius” dan Wakil Menteri X menyampaikan ...": a clause of its own
        f = ctx.person(persons[-1], f"{verb.group()} + ")  # "..., John Hill mengatakan"
        return Attribution(f.speaker, f.source, f"after the quote: {f.how}", round(f.confidence - 0.1, 2))
    if head.endswith(",") and (named := ctx.named_before_commas(pi, span.close, span.close + len(head) - 1)):
        return Attribution(named[0], None, f"after the quote: {verb.group()} + {named[1]}", 0.8)
    if (back := _ROLE_POINTED_BACK.search(head)) and ROLE_NOUN.fullmatch(back.group("role")) \
            and (who := ctx.resolve_role(back.group("role"))):
        # "Sembari mengecam ... “...” melawan X, pejabat itu menggambarkan": the official named before
        return Attribution(who, None, f"after the quote: {verb.group()} + role noun: {back.group('role').lower()}", 0.7)
    if (office := _OFFICE_AFTER_CLAUSE.fullmatch(head)) and ROLE_NOUN.fullmatch(office.group("role")) \
            and (who := ctx.resolve_role(office.group("role"))):
        # "Menyebut Jepang sebagai “...,” kepala Pentagon menyiratkan": the office the article's person holds
        return Attribution(who, None, f"after the quote: {verb.group()} + role noun: {office.group('role').lower()}", 0.7)
    return None


# ", pejabat itu" right before the verb: an office held by someone the article named
_ROLE_POINTED_BACK = re.compile(r",\s*(?P<role>[^,]{3,40}?)" + POINTING_BACK + r"$")
# the quote closed with its clause's comma, then an office as the sentence's subject: ',” kepala Pentagon'
_OFFICE_AFTER_CLAUSE = re.compile(r"\s*(?:,\s*[”\"’]|[”\"’]\s*,)?\s*(?P<role>[A-Za-z][^,.;“”\"]{2,40}?)\s*")


# --- rules from the neighbouring quotes ---------------------------------------------


# how sure an untagged quote is to be the previous quote's speaker's; a paragraph left open
# that is this weakly told goes to the tag of the piece it runs on into instead
FOLLOW_ON_CONFIDENCE = 0.6
SOURCE_GOES_ON_WORDS = 4  # words an untagged quote needs to go on from a body's or an unnamed source's


def _goes_on_from(ctx: Context, prev: Span, span: Span) -> bool:
    """The quote left open at the end of the paragraph before, closed at this one's start
    ("... juga akan berpartisipasi." / "Tampaknya memang demikian.” Di Korea ..."): one quote."""
    return span.paragraph == prev.paragraph + 1 and prev.end == len(ctx.paragraphs[prev.paragraph]) \
        and not ctx.paragraphs[span.paragraph][:max(0, span.start - 1)].strip(" “\"‘'`")


# "Berikut pernyataan Perdana Menteri Jepang mengenai kesepakatan itu.": a paragraph announcing whose words follow
_HERE_FOLLOWS = re.compile(r"\s*(?P<verb>berikut(?:\s+ini)?(?:\s+(?:adalah|merupakan))?\s+(?:isi\s+)?(?:" + _STATEMENTS
                           + r"))\s+(?P<who>[^.:]{3,120}?)(?:\s+(?:mengenai|tentang|soal|terkait|atas)\b[^.:]*)?\s*[.:]?\s*$",
                           re.IGNORECASE)


def announced_before(ctx: Context, span: Span) -> Attribution | None:
    """A quote opening its paragraph after one that announces whose words follow ("Berikut pernyataan
    Perdana Menteri Jepang mengenai ..."): that person, the one the article gave that role, or that body."""
    pi = span.paragraph
    if pi == 0 or ctx.paragraphs[pi][:max(0, span.start - 1)].strip() \
            or (m := _HERE_FOLLOWS.match(ctx.paragraphs[pi - 1])) is None:
        return None
    verb, (lo, hi) = " ".join(m.group("verb").lower().split()), m.span("who")
    if persons := ctx.ents(pi - 1, lo, hi, "person"):
        found = ctx.person(persons[0], f"{verb} + ")
        return Attribution(found.speaker, found.source, found.how, found.confidence)
    if (who := ctx.resolve_role(m.group("who"), need_country=True)) is not None:
        return Attribution(who, None, f"{verb} + role noun: {m.group('who')}", 0.8)
    if orgs := ctx.ents(pi - 1, lo, hi, "organization"):
        return Attribution(None, orgs[0].canonical, f"{verb} + organisation", 0.85)
    return Attribution(None, m.group("who"), f"{verb} + unnamed: {m.group('who')}", 0.7)  # not the speaker before


def follow_on(ctx: Context, span: Span) -> Attribution | None:
    """An untagged quote right after a quote with a speaker continues it, when nobody
    else is named and nothing else is said to speak in between."""
    prev = ctx.previous_quote(span)
    who = prev and (prev[1] or prev[2])
    if prev is None or not who or not ctx.nothing_between(prev[0], span, who):
        return None
    if _goes_on_from(ctx, prev[0], span):  # one quote over two paragraphs: its second piece, however short
        return Attribution(prev[1], None if prev[1] else prev[2], CUE_CONTINUED, FOLLOW_ON_CONFIDENCE)
    if (tag := _tag_after(ctx.paragraphs[span.paragraph], span.close)) is not None and tag.group("verb") \
            and not _names_part_of(tag.group("rest"), who):
        return None  # '“...,” sebut Komando Pasifik militer AS': its own tag names another, not the speaker before
    if not prev[1] and len(ctx.paragraphs[span.paragraph][span.start:span.end].split()) < SOURCE_GOES_ON_WORDS:
        return None  # a body's words go on as a person's do, but a term in marks after them ("miniatur") is no quote of it
    return Attribution(prev[1], None if prev[1] else prev[2], CUE_FOLLOWS, FOLLOW_ON_CONFIDENCE)



_FIRST_NAME_WORDS = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")


def _names_part_of(rest: str, who: str) -> bool:
    """Whether a tag's name is part of `who`'s ("tegas Yo-Jong" after Kim Yo Jong's quote), or it
    names nobody in capitals ("tambahnya", "kata dia")."""
    m = _FIRST_NAME_WORDS.match(rest.strip())
    if m is None:
        return True
    name = " " + " ".join(m.group().replace("-", " ").lower().split()) + " "
    return name in " " + " ".join(who.replace("-", " ").lower().split()) + " "


def after_indirect(ctx: Context, span: Span) -> Attribution | None:
    """“...” right after "X mengatakan, ..." : X goes on, in their own words."""
    return ctx.indirect_before(span)


CONTINUATION_REACH = 2  # paragraphs back to the latest speaker a paragraph of quote goes on from
CONTINUATION_CONFIDENCE = 0.5  # how sure a paragraph of quote is to go on from the latest speaker


def continuation(ctx: Context, span: Span) -> Attribution | None:
    """A quote that is its whole paragraph, untagged: the source of the quote right before it
    (an unnamed spokesman's, a ministry's) goes on; else the latest speaker, named in this
    paragraph or the two before (a quote far from anyone is nobody's: a site's quoted bio)."""
    para = ctx.paragraphs[span.paragraph]
    if span.end - span.start < 0.6 * len(para.strip()):
        return None
    prev = ctx.previous_quote(span)
    if prev is not None and not prev[1] and prev[2] and span.paragraph - prev[0].paragraph <= 1:
        return Attribution(None, prev[2], "a paragraph of quote → the previous quote's source", CONTINUATION_CONFIDENCE)
    if not ctx.latest_within(span, CONTINUATION_REACH):
        return None
    found = ctx.latest("a paragraph of quote → latest speaker", confidence=CONTINUATION_CONFIDENCE)
    if found is not None and found.speaker and _spoken_of(ctx, span, found.speaker):
        return None  # "“Saya sangat menyesal bahwa Shigeru Yokota ... meninggal”": not Yokota's words
    return None if found is not None and _tagged_by_another(ctx, span, found.speaker) else found


# a name right after the closing mark, behind at most one lower-case word ("sabda Shin-wha Lee, ...",
# "Shin-wha Lee memperbanyak."): the quote has a tag, though its verb is none we know
_NAME_IN_TAG = re.compile(r"[\s,]*(?:[a-z]+\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}(?=[\s,.;]|$)")


def _tagged_by_another(ctx: Context, span: Span, latest: str | None) -> bool:
    """Whether the words after the quote name someone other than the latest speaker (not a
    country or a place, which open a sentence of their own): the quote is theirs."""
    m = _NAME_IN_TAG.match(ctx.paragraphs[span.paragraph], span.close)
    if m is None:
        return False
    named = ctx.ents(span.paragraph, span.close, m.end())
    return not any(e.type in ("country", "place") or e.canonical == latest for e in named)


# "Trump telah memulai tur ke Asia dengan sebuah peringatan bahwa “tidak ada diktator” ...": a thing said, then its clause
_SAID_THAT = re.compile(r"\b(?:" + "|".join(SAID_THAT_NOUNS) + r")(?:nya)?\s+bahwa\b[^.!?“”\"]*$", re.IGNORECASE)


# "KCNA juga mempermasalahkan peringatan Biden selama konferensi pers bersama bahwa ... “akhir rezim”": whose it is
_SAID_THAT_BY = re.compile(r"\b(?:" + "|".join(SAID_THAT_NOUNS) + r")\s+(?=[A-Z])[^.!?“”\"]{0,80}?\s+bahwa\b[^.!?“”\"]*$",
                           re.IGNORECASE)


SAID_THAT_REACH = 160  # characters before the quote its "peringatan bahwa" stands within (a long sentence is read once)


def said_that(ctx: Context, span: Span) -> Attribution | None:
    """Words in the clause of a thing said ("peringatan bahwa “...”") whose sentence opens with a person: theirs;
    of a thing a person said ("peringatan Biden ... bahwa “...”"), that person's."""
    pi, para = span.paragraph, ctx.paragraphs[span.paragraph]
    sent_start = ctx.sentence_start(pi, span.start)
    lo, hi = max(sent_start, span.start - SAID_THAT_REACH), max(sent_start, span.start - 1)
    if (by := _SAID_THAT_BY.search(para, lo, hi)) is not None:
        noun_end = by.start() + len(by.group().split()[0])
        owner = ctx.ents(pi, noun_end, by.end(), "person")  # the name right after the noun
        if owner and para[noun_end:owner[0].start].strip() == "":
            return Attribution(owner[0].canonical, None, CUE_SAID_THAT_BY, 0.75)
    if not _SAID_THAT.search(para, lo, hi):
        return None
    subject = ctx.sentence_subject(pi, sent_start)
    return Attribution(subject[0], None, CUE_SAID_THAT, 0.75) if subject else None


RULES: tuple[Rule, ...] = (after_tag, after_cited_statement, after_relayed, after_pronoun, agent_after, name_after, organisation_after, next_sentence, sentence_tag, colon_after_name, before, subject_after, announced_before, follow_on,
                           after_indirect, said_that, continuation)


# --- the pipeline ----------------------------------------------------------------------


def _trim(para: str, start: int, end: int) -> tuple[int, int]:
    while start < end and para[start].isspace():
        start += 1
    while end > start and (para[end - 1].isspace() or para[end - 1] in ",;"):
        end -= 1
    return start, end


# "Istilah “...”", "yang disebut “...”", "dokumen berjudul “...”": a naming word, then the opening mark
def _words_then_mark(words: tuple[str, ...]) -> re.Pattern:
    """One of these words right before a quote's opening mark."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")\s*:?\s*(?:``|''|‘’|[“\"‘'”])\s*$", re.IGNORECASE)


_NAMED_BEFORE = _words_then_mark(NAMING_WORDS)
_TERM_WORDS = 6  # a named term is short; a longer quote after "disebut" is still read as speech
# "tidak menjelaskan apa yang dimaksud dengan “...”": words asked about, never anyone's speech here
_REFERRED_BEFORE = _words_then_mark(REFERRING_WORDS)
_LABELLED_BEFORE = _words_then_mark(LABEL_DETERMINERS)


def _named_term(para: str, span: Span, words: list[str]) -> bool:
    """A short quote right after a naming word ("Istilah “denuklirisasi penuh”"): a term or a title."""
    return span.opened and len(words) <= _TERM_WORDS and bool(_NAMED_BEFORE.search(para, max(0, span.start - 24), span.start))


_NAME_WORDS = 3  # a quote this short, every word capitalised and no full stop, is a name
_NAME_AFTER_PREPOSITION = _words_then_mark(NAME_PREPOSITIONS)  # "ke dalam “NATO Asia”": a name spoken of
# "“wanita penghibur,” sebuah eufemisme bagi ...": the words after the closing mark say it is a term
# ("dari “jembatan”, atau jaringan yang memungkinkan ...": or what it is, in plain words)
_EXPLAINED_AFTER = re.compile(r"[\s,]*(?:(?:sebuah|suatu|yaitu|yakni)\s+)?(?:" + "|".join(EXPLAINING_NOUNS) + r")\b"
                              r"|\s*,\s*atau\s+[a-z]+(?:\s+[a-z]+)?\s+yang\b", re.IGNORECASE)
_POINTED_AT_AFTER = re.compile(POINTING_BACK + r"\b")  # a name in marks pointed at as a thing
_TITLE_CASE = re.compile(r"^(?:[A-Z0-9][\w'’.&-]*)(?:\s+(?:[A-Z0-9][\w'’.&-]*|of|and|the|dan|di))*$")
# "menyebut bahwa “Pedoman untuk Deterensi Nuklir dan Operasi Nuklir di Semenanjung Korea” yang disusun ...":
# a document's or a plan's title, however long, with its small words in lower case; a programme's two names
# and its acronyms ("Korean Fighter Experimental/ Indonesian Fighter Experimental (KFX/IFX)")
_LONG_TITLE = re.compile(r"^[A-Z][\w'’.&/:-]*(?:\s+(?:[A-Z0-9][\w'’.&/:-]*|\([A-Z0-9][\w/&.-]*\)|untuk|dan|di|ke|dari|tentang|atas|bagi|antara"
                         r"|of|and|the|for|on|in|to))*$")
TITLE_CAPITALS = 4  # a title this long in capitals is no one's sentence


# a verb of saying or calling, then at most two words (its object) before a single opening
# mark: "menyebut ‘puluhan kasus’", "menuduh Amerika Serikat ‘sengaja’", "adalah ‘hambatan terbesar’"
_SAID_OR_CALLED_BEFORE = re.compile(
    r"\b(?:" + _SAYING_WORDS + r"|sebagai|adalah|merupakan|disebut|dianggap|dinilai)"
    r"(?:nya)?,?(?:\s+[^\s‘']+){0,2}\s*[‘']$", re.IGNORECASE)

_TAG_IN_SENTENCE = re.compile(r"\b(?:" + "|".join(AFTER_QUOTE_VERBS) + r")(?:nya\b|\s+[A-Z])")  # "sebut Angkatan Udara"
# "Biden menyatakan bahwa serangan nuklir akan menyebabkan ‘mengakhiri pemerintahan’": inside what is reported
_REPORTED_CLAUSE = re.compile(r"\b(?:" + _SAYING_WORDS + r")(?:nya)?\s*,?\s+bahwa\b", re.IGNORECASE)
_SAID_AFTER = re.compile(r"[^.!?]*?\b(?:" + _SAYING_WORDS + r")(?:nya)?\b")  # "‘selesai’, Presiden Joe Biden mengatakan"


def _said_with_it(para: str, span: Span) -> bool:
    """Whether a short phrase in single marks is someone's words: a verb of saying or calling
    and at most its object right before the mark, a tag in its sentence before it, or a
    verb of saying after it in the sentence."""
    before = para[max(0, span.start - 200):span.start]
    sentence = re.split(r"[.!?]\s", before)[-1]
    return bool(_SAID_OR_CALLED_BEFORE.search(before) or _TAG_IN_SENTENCE.search(sentence)
                or _REPORTED_CLAUSE.search(sentence) or _SAID_AFTER.match(para, span.close, span.close + 200))


# a speaker found this surely by the sentence's own verb of saying ("Kementerian Luar Negeri Korut dalam pernyataannya
# menyebut Jepang telah ... merumuskan ‘kemampuan serangan pendahuluan’"): short words in single marks are theirs
SAID_IN_ITS_SENTENCE = 0.9
FOREIGN_TERM_WORDS = 3
SCARE_WORDS = 3  # marks this short around words after a noun, the sentence going on, and no one saying them: a term
_SENTENCE_GOES_ON = re.compile(r"\s+[a-z]")
# what a clause says, not what it names: a verb by its prefix, a negation, a degree ("dibentuk kembali", "tidak terkendali")
_PREDICATE = re.compile(r"(?i:me|di|ber|ter|per|tidak|tak|belum|sangat|akan|harus|bisa|dapat|lebih|paling)")
_WORD_PUNCT = ".,;:!?()“”\"'’‘"


_ENGLISH_ARTICLES = frozenset({"The", "A", "An"})  # a short English title in marks: a film's, a book's, a ship's


def _english_title(words: list[str], span: Span, found: Attribution, para: str) -> bool:
    """"perusahaan yang memproduksi “The Interview,” sebuah film": a short English title in marks, no
    verb of saying right before it nor a tag right after it: a film's, a book's, a ship's name."""
    if words[0] not in _ENGLISH_ARTICLES or _SAID_RIGHT_BEFORE.search(para, max(0, span.start - 40), span.start):
        return False
    return " + " in found.cue or "→" in found.cue  # told before the quote, or by someone earlier: not its tag


def is_speech(text: str, span: Span, found: Attribution | None, para: str = "") -> bool:
    """Quoted names ("Freedom Edge", "Money Today"), single words, scare quotes and terms
    after a naming word (`Istilah “...”`) with no speaker are not speech; a speaker's own
    words, however short, are. A term is never given to a speaker only because it follows
    their quote (`follows the previous quote`, 0.6)."""
    words = text.split()
    if span.opened and _REFERRED_BEFORE.search(para, max(0, span.start - 24), span.start):
        return False
    if text.lstrip()[:1] in (",", ";"):
        return False  # "untuk menyalakan perang “, lapor KCNA.": a closing mark printed as an opening one
    if len(words) <= SCARE_WORDS and _LABELLED_BEFORE.search(para, max(0, span.start - 12), span.start):
        return False  # "aksi para “pengkhianat” yang berada di Korsel": a label for people, whoever used it
    if len(words) <= SCARE_WORDS and _named_term(para, span, words):
        return False  # "angka yang disebut “anggaran 16 bulan”": a name given, whoever is speaking
    if len(words) == 1 and not _says_something(words[0]) and _a_nouns_word(para, span):
        return False  # "survei maritim “sah” yang dilakukan ...": a word that qualifies a noun, whoever is speaking
    if " ".join(text.strip(_WORD_PUNCT).lower().split()) in BEAT_TERMS:
        return False  # "hampir 200 ribu “wanita penghibur”": the name of a thing, never a speaker's words
    confidence = found.confidence if found is not None and (found.speaker or found.source) else None
    if len(words) <= _NAME_WORDS and _TITLE_CASE.match(text.strip()) and (
            not (found and found.speaker) or _english_title(words, span, found, para)  # "“The Interview,”"
            or _NAME_AFTER_PREPOSITION.search(para, max(0, span.start - 24), span.start)
            or _NAMED_BEFORE.search(para, max(0, span.start - 24), span.start) or _named_by_a_noun(para, span)
            or _named_by_a_noun(para, span, _OWNER_BEFORE_MARK, OWNER_REACH)  # "strategi khas Abe “Abenomics”"
            or _NICKNAMED.search(para, max(0, span.start - 12), span.start)
            or _POINTED_AT_AFTER.match(para, span.close)):
        # "latihan militer “Freedom’s Edge” dapat ...", "“Negeri Kanguru” ini akan ...": a name (a person's
        # "“Manusia Roket”" is theirs)
        return False
    if len(words) <= _TERM_WORDS and _EXPLAINED_AFTER.match(para, span.close):
        return False  # "“wanita penghibur,” sebuah eufemisme bagi ...": a term, explained
    if _LONG_TITLE.match(text.strip(" .,")) and sum(w[0].isupper() for w in words) >= TITLE_CAPITALS:
        return False  # "“Pedoman untuk Deterensi Nuklir dan Operasi Nuklir di Semenanjung Korea”": a document's title
    if span.family == "single" and len(words) <= _NAME_WORDS and not _said_with_it(para, span) \
            and ((confidence or 0) < SAID_IN_ITS_SENTENCE or len(words) < 2):
        return False  # "meniru upaya 'masa lalu'", "bertukar 'surat cinta'": scare quotes, whoever is the subject
    if found is not None and found.cue == CUE_SUBJECT and _a_scare_term(text, words, span, para):
        return False  # "Trump menetapkan ... tingkat tarif “timbal balik” yang diumumkan": a subject, no saying
    if len(words) <= _TERM_WORDS and (confidence or 0) < LISTED_TERM_BELOW and not _SENTENCE_MARKS.search(text) \
            and _one_of_a_list(para, span):
        return False  # 'termasuk “mesin ATM”, “mesin pencetak uang” dan “sumber arus kas”': terms listed, nobody's words
    if confidence is not None and confidence > 0.6:
        return True
    if _named_term(para, span, words) or _a_name_or_heading(text, words, para, span):
        return False  # also after someone's quote: "“USS Ronald Reagan” tiba", a "“Langkah perang”" heading
    if len(words) <= FOREIGN_TERM_WORDS and not any(is_word(w.strip(_WORD_PUNCT)) for w in words):
        return False  # "mineral kritis dan “rare earths”": a term in another language, nobody's words (nor the
        # last speaker's because it follows their quote: "merasa nyaman untuk “standy scramble alert”")
    if confidence is not None and confidence >= 0.6:
        return True
    if confidence is None and _a_scare_term(text, words, span, para):
        return False  # "mempertahankan dua pertiga “mayoritas super” di majelis rendah": a term (not "“tidak terkendali”")
    if confidence is None and len(words) <= DEED_OBJECT_WORDS and _object_of_a_deed(text, para, span):
        return False  # "sepakat membuat “dana pemuda masa depan” untuk ...": a thing done, named; nobody's words
    if confidence is None and len(words) <= SCARE_WORDS and _the_sentences_subject(para, span):
        return False  # "“Surat cinta” Kim Jong-un dan Trump yang diketahui ...": a thing the sentence goes on about
    return not (span.family == "single" or len(words) <= 1)


LISTED_TERM_BELOW = 0.7  # a speaker found less surely than this does not make a listed term theirs
_SENTENCE_MARKS = re.compile(r"[,.!?]")  # a chant ("Tidak, untuk UU Perang", "Jangan lagi ada perang!") is said
_LIST_BEFORE = re.compile(r"[”\"’']\s*(?:,|\s(?:dan|atau|serta))\s*(?:``|[“\"‘'])$")
_LIST_AFTER = re.compile(r"\s*(?:,|\s(?:dan|atau|serta))\s*(?:``|[“\"‘'])(?=\w)")


def _one_of_a_list(para: str, span: Span) -> bool:
    """Words in marks with other words in marks right before or after them, a comma or "dan" between: a list."""
    return _LIST_BEFORE.search(para, max(0, span.start - 12), span.start) is not None \
        or _LIST_AFTER.match(para, span.close) is not None


def _the_sentences_subject(para: str, span: Span) -> bool:
    """A few words in marks that open their sentence, which goes on right after the closing mark (no comma, no
    stop, no tag, inside the marks or after them): what the sentence is about, named."""
    before = para[:max(0, span.start - 1)].rstrip()
    return para[span.start:span.end].rstrip()[-1:].isalnum() and (not before or before[-1] in ".!?") \
        and re.match(r" [A-Za-z]", para[span.close:span.close + 2]) is not None \
        and _tag_after(para, span.close) is None


DEED_OBJECT_WORDS = 4  # a thing done, named in marks, is this short ("dana pemuda masa depan")
# a verb of doing by its prefix right before the marks ("membuat", "memperluas"), not one of saying
_DEED_BEFORE = re.compile(r"(?<![\w-])(?P<verb>me[a-z]{4,})\s*(?:``|[“\"‘'])\s*$")


def _object_of_a_deed(text: str, para: str, span: Span) -> bool:
    """A few words in small letters in marks right after a verb of doing, the sentence going on after them
    ("memperluas “pengguna rudal” untuk menyertakan Jepang"): the thing done, named, not anyone's words."""
    m = _DEED_BEFORE.search(para, max(0, span.start - 24), span.start)
    if m is None or _SAYS.fullmatch(m.group("verb").removesuffix("nya")) or not text.strip(_WORD_PUNCT).islower():
        return False  # ("menyatakannya “sangat berhasil”": what someone called it)
    return _SENTENCE_GOES_ON.match(para, span.close) is not None and not any(_says_something(w) for w in text.split())


def _says_something(word: str) -> bool:
    """A verb by its prefix or a word of degree or negation ("mengambil “sikap sangat menyayangkan”"): a
    stance in someone's words, not a thing's name."""
    w = word.strip(_WORD_PUNCT)
    return _PREDICATE.fullmatch(w) is not None or (_PREDICATE.match(w) is not None and is_derived(w))


_NOUN_PHRASE_GOES_ON = re.compile(r"\s+(?:yang|itu|ini|tersebut)\b")
_FUNCTION_WORDS = frozenset(p for p in NAME_PREPOSITIONS if " " not in p)


def _a_nouns_word(para: str, span: Span) -> bool:
    """One word in marks right after a noun, the noun's phrase going on after it ("hulu ledak nuklir “mini” yang
    dapat", "jet-jet militer ‘pengendus’ itu"): what qualifies the noun, a scare quote; not after a verb, a
    preposition or a word of saying ("menunjukkan “keseriusan” AS"), nor what is said of the noun ("hubungan
    bilateral “sulit” dan menekankan ...": a clause's predicate, the speaker's word). (A verb in the marks,
    "kesiapan “bertempur” yang tinggi", is the caller's: asked before.)"""
    m = _WORD_BEFORE_MARK.search(para, max(0, span.start - 30), span.start)
    return m is not None and m.group("word") not in _FUNCTION_WORDS and not _PREDICATE.fullmatch(m.group("word")) \
        and _named_by_a_noun(para, span) and _NOUN_PHRASE_GOES_ON.match(para, span.close) is not None


def _a_scare_term(text: str, words: list[str], span: Span, para: str) -> bool:
    """A few words in marks right after a noun, the sentence going on after them, no verb among them."""
    return len(words) <= SCARE_WORDS and _named_by_a_noun(para, span) and _SENTENCE_GOES_ON.match(para, span.close) is not None \
        and not _PREDICATE.match(text.strip(_WORD_PUNCT))


# "Negeri “Ginseng”", "Negeri “Paman Sam”": a country by its nickname (not "politik luar negeri “bebas aktif”")
_NICKNAMED = re.compile(r"(?<![\w-])Negeri\s*(?:``|[“\"‘'])\s*$")
_WORD_BEFORE_MARK = re.compile(r"(?<![\w-])(?P<word>[a-z]+(?:-[a-z]+)?)\s*(?:``|[“\"‘'])\s*$")  # "negara-negara “Quad”"
_NOT_A_NOUN = frozenset(REPORTING_VERBS + AFTER_QUOTE_VERBS + NAMING_WORDS) | {
    "sebagai", "adalah", "yaitu", "yakni", "bahwa", "dan", "atau", "dengan", "itu", "ini", "nya"}


# "strategi khas Abe “Abenomics”": a noun, its owner's name, then the marks (a name in them)
_OWNER_BEFORE_MARK = re.compile(r"(?<![\w-])(?P<word>[a-z]+)(?:\s+[a-z]+)?\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*(?:``|[“\"‘'])\s*$")


OWNER_REACH = 40  # characters before the marks where the noun and its owner's name may stand


def _named_by_a_noun(para: str, span: Span, before: re.Pattern = _WORD_BEFORE_MARK, reach: int = 30) -> bool:
    """A noun right before the marks names what they hold ("peringatan “Sistem J-Alert” yang
    dikeluarkan"), or before its owner's name ("strategi khas Abe “Abenomics”"): a thing's name,
    not the words of the sentence's speaker. A verb of saying or calling there ("menyebutnya
    “Manusia Roket”"), or a verb by its prefix, does not."""
    m = before.search(para, max(0, span.start - reach), span.start)
    if m is None:
        return False
    word = m.group("word")
    return word not in _NOT_A_NOUN and not word.startswith(("me", "ber", "di", "ter")) and len(word) > 3


def _a_name_or_heading(text: str, words: list[str], para: str, span: Span) -> bool:
    """A short name in title case ("USS Ronald Reagan"), or a short quote that is its whole
    paragraph, closed, and no sentence (a subheading: "“Langkah perang”"; a page cut off
    inside a quote is not one)."""
    if len(words) > HEADING_WORDS:
        return False
    heading = len(para) <= len(text) + HEADING_MARGIN and para.strip(" “”\"‘’'") == text.strip() and span.close > span.end \
        and not text.rstrip(" “”\"‘’'").endswith((".", "!", "?"))
    return heading or (len(words) <= 4 and bool(_TITLE_CASE.match(text.strip(" .,"))))


HEADING_WORDS = 6  # a subheading in marks alone on its line: "‘Hubungan yang Panjang dan Baik’"
HEADING_MARGIN = 8  # characters of marks and spaces round a subheading's words on its line


def _attribute(ctx: Context, span: Span) -> Attribution | None:
    for rule in RULES:
        found = rule(ctx, span)
        if found is not None and (found.speaker or found.source):
            return found
    return None


def _from_neighbour(ctx: Context, spans: list[Span], i: int) -> Attribution | None:
    """An untagged quote whose tag stands after a later piece: the next paragraph's quote
    goes on with it, the next paragraph opens with the tag, or the next quote of the same
    sentence carries it."""
    if ctx.continues_into_next(i):
        return _attribute(ctx, spans[i + 1])  # a quote over two paragraphs: its last piece's tag
    for step in (_tag_opens_next_paragraph, _tag_after_next_quote, _statement_named_next, _said_by_the_next_sentence):
        found = step(ctx, spans, i)
        if found is not None and found.speaker:
            return found
    return None


def _tag_opens_next_paragraph(ctx: Context, spans: list[Span], i: int) -> Attribution | None:
    """“..., seperti yang Anda tahu,” ¶ ungkap Trump.: the page broke the line before the tag."""
    span = spans[i]
    para = ctx.paragraphs[span.paragraph]
    if span.paragraph + 1 >= len(ctx.paragraphs) or para[span.close:].strip() or not para[:span.end].rstrip().endswith(","):
        return None
    tag_at = Span(span.paragraph + 1, 0, 0, 0)  # the tag as if it stood right after the closing mark
    m = _AFTER_RE.match(ctx.paragraphs[tag_at.paragraph])
    if m is None or m.group("suffix") or m.start() != 0:
        return None
    found = after_tag(ctx, tag_at)
    return found and Attribution(found.speaker, found.source, f"tag opens the next paragraph: {found.cue}",
                                 round(found.confidence - 0.1, 2))


# "“...”" ¶ "Pernyataan Presiden AS, Donald Trump inilah yang memantik ...": whose words they were
_STATEMENT_OPENS = re.compile(r"(?:" + _STATEMENTS + r")\s+", re.IGNORECASE)
_POINTED_AT = re.compile(r"\s*(?:inilah|itulah|itu|tersebut|ini)\b")
STATEMENT_NAME_REACH = 90  # characters into the next paragraph its statement's owner is named within


def _statement_named_next(ctx: Context, spans: list[Span], i: int) -> Attribution | None:
    """A quote that is its whole paragraph, which the next paragraph opens by naming as
    someone's statement ("Pernyataan Presiden AS, Donald Trump inilah yang ...")."""
    span = spans[i]
    pi, para = span.paragraph, ctx.paragraphs[span.paragraph]
    if pi + 1 >= len(ctx.paragraphs) or para[span.close:].strip() or para[:max(0, span.start - 1)].strip():
        return None
    nxt = ctx.paragraphs[pi + 1]
    m = _STATEMENT_OPENS.match(nxt)
    if m is None:
        return None
    persons = ctx.ents(pi + 1, 0, min(len(nxt), STATEMENT_NAME_REACH), "person")
    if not persons or not described(nxt[m.end():persons[0].start].replace(",", " ")) \
            or not _POINTED_AT.match(nxt, persons[0].end):
        return None
    f = ctx.person(persons[0], f"{m.group().strip().lower()} + ")
    return Attribution(f.speaker, f.source, f"the next paragraph names it: {f.how}", 0.75)


# "Pernyataan disampaikan Wakil Menteri Luar Negeri AS Wendy Sherman ...": the sentence before was theirs
_SAID_BY_NEXT = re.compile(r"\s*(?:Pernyataan|Hal|Ucapan|Komentar|Penegasan)(?:\s+(?:itu|ini|tersebut))?\s+"
                           r"di(?:sampaikan|kemukakan|ungkapkan|lontarkan|katakan|utarakan|tegaskan)\s+(?:oleh\s+)?")
_SENTENCE_CLOSE = re.compile(r"[.!?][\"”’]?(?=\s*[A-Z])")


def _said_by_the_next_sentence(ctx: Context, spans: list[Span], i: int) -> Attribution | None:
    """AS akan membela sekutunya, “termasuk pertahanan nuklir dan rudal,” ... . Pernyataan
    disampaikan Wakil Menteri Luar Negeri AS Wendy Sherman ...: the next sentence says whose."""
    span = spans[i]
    pi, para = span.paragraph, ctx.paragraphs[span.paragraph]
    end = _SENTENCE_CLOSE.search(para, span.close, span.close + MAX_LOOKBACK)  # no sentence runs on past it
    if end is None or (i + 1 < len(spans) and spans[i + 1].paragraph == pi and spans[i + 1].start < end.end()):
        return None  # another quote in the sentence: whose that is comes first
    m = _SAID_BY_NEXT.match(para, end.end())
    if m is None:
        return None
    persons = ctx.ents(pi, m.end(), m.end() + STATEMENT_NAME_REACH, "person")
    if not persons or not described(para[m.end():persons[0].start].replace(",", " ")):
        return None
    f = ctx.person(persons[0], f"{m.group().strip().lower()} + ")
    return Attribution(f.speaker, f.source, f"the next sentence names it: {f.how}", 0.75)


PURPOSE_CONFIDENCE = 0.7  # a speaker read from a verb this unsure gives way to the tag that closes the sentence
_PURPOSE_VERB = re.compile(r"\buntuk\s+\S+")
_IN_A_PURPOSE = re.compile(r"\buntuk\s+(?:me|ber)[a-z]+\s*(?:``|[“\"‘'])?$")  # "untuk memperkuat “...”": what the talk was for


def _tag_after_next_quote(ctx: Context, spans: list[Span], i: int) -> Attribution | None:
    """“Kami meyakini ...,” tetapi semuanya di bawah ancaman, “baik itu ...,” ujar Blinken.:
    one tag after the sentence's last quote, nobody else named and nothing else said between."""
    span, nxt = spans[i], spans[i + 1] if i + 1 < len(spans) else None
    if nxt is None or nxt.paragraph != span.paragraph or not nxt.opened:
        return None
    pi, para = span.paragraph, ctx.paragraphs[span.paragraph]
    between = _PURPOSE_VERB.sub("", para[span.close:nxt.start - 1])  # "dan untuk mengakui ...": what for, not a saying
    if ctx.sentence_end(pi, span.start) < nxt.start or _SAYS.search(between) or ctx.ents(pi, span.close, nxt.start, "person"):
        return None
    found = after_tag(ctx, nxt)
    return found and Attribution(found.speaker, found.source, f"the tag after the next quote: {found.cue}",
                                 round(found.confidence - 0.1, 2))


# '"...," kara Menteri Pertahanan Taro Kono': a word right after a quote's closing mark, before a capitalised word
_WORD_AFTER_QUOTE = re.compile(r"(?<=[”\"])(\s*,?\s+)([a-z]{4,7})(?=\s+[A-Z])|(?<=,[”\"])(\s+)([a-z]{4,7})(?=\s+[A-Z])")
_TAG_VERBS_BY_LENGTH: dict[int, list[str]] = {}
for _verb in AFTER_QUOTE_VERBS:
    _TAG_VERBS_BY_LENGTH.setdefault(len(_verb), []).append(_verb)


def _mended(m: re.Match) -> str:
    space, word = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
    if word in AFTER_QUOTE_VERBS:
        return m.group()
    near = [v for v in _TAG_VERBS_BY_LENGTH.get(len(word), ()) if sum(a != b for a, b in zip(v, word, strict=True)) == 1]
    return space + near[0] if len(near) == 1 else m.group()


def mend_tag_typos(paragraphs: list[str]) -> list[str]:
    """The paragraphs as the rules read them: a quote's tag verb mistyped one letter off ('"...," kara Menteri
    Taro Kono' for kata) is read as that verb. Of the same length, so every place in the text stays where it was;
    the text shown is the page's own."""
    return [_WORD_AFTER_QUOTE.sub(_mended, p) if "”" in p or '"' in p else p for p in paragraphs]


def _or_the_tag_after_next_quote(ctx: Context, spans: list[Span], i: int, found: Attribution | None) -> Attribution | None:
    """The tag after the sentence's next quote, over a speaker read unsurely from a purpose ("Biden berbicara dengan
    Kishida untuk memperkuat “...,” dan ... “...,” kata Gedung Putih") or from the quote before ('komentar Xue "mungkin
    tidak jelas," pernyataan itu "sangat tidak pantas," kata ... Minoru Kihara': the sentence is Kihara's)."""
    span = spans[i]
    para = ctx.paragraphs[span.paragraph]
    unsure = found is not None and ((found.confidence <= PURPOSE_CONFIDENCE and _IN_A_PURPOSE.search(para, max(0, span.start - 40), span.start))
                                    or found.cue == CUE_FOLLOWS)
    if unsure and (tagged := _tag_after_next_quote(ctx, spans, i)) is not None and (tagged.speaker or tagged.source):
        return tagged
    return found


def extract_quotes(paragraphs: list[str], ents: EntityResult) -> list[Quote]:
    spans = find_spans(paragraphs)
    if not spans:
        return []
    ctx = Context(paragraphs, ents, spans)
    quotes: list[Quote] = []
    last: tuple[int, Attribution | None] | None = None  # the span the last quote came from, and how its speaker was found
    for i, span in enumerate(spans):
        ctx.move_to(span)
        para = paragraphs[span.paragraph]
        start, end = _trim(para, span.start, span.end)
        text = para[start:end]
        if not any(ch.isalpha() for ch in text):
            continue
        found = _or_the_tag_after_next_quote(ctx, spans, i, _attribute(ctx, span))
        if found is None or (found.confidence <= FOLLOW_ON_CONFIDENCE and ctx.continues_into_next(i)):
            # a paragraph of quote left open is told by the tag of the piece it runs on into
            nearby = _from_neighbour(ctx, spans, i)
            found = nearby if nearby is not None and (found is None or nearby.confidence > found.confidence) else found
        if not is_speech(text, span, found, para):
            continue
        joined = span.runs_on and last is not None and last[0] == i - 1
        found = _surer(last[1], found) if joined and last is not None else found
        speaker, source = (found.speaker, found.source) if found else (None, None)
        ctx.said(span, speaker, source)
        quote = Quote(text, speaker, span.paragraph, start, end, source,
                      found.cue if found else None, found.confidence if found else None, span.lost)
        if joined:
            quotes[-1] = _run_on(quotes[-1], quote)
        else:
            quotes.append(quote)
        last = (i, found)
    return _without_terms_of_the_text(_without_repeated_terms(quotes, paragraphs, spans), paragraphs, spans)


def _surer(first: Attribution | None, then: Attribution | None) -> Attribution | None:
    """Of a quote's two pieces' speakers, the one found more surely (the first on a tie)."""
    return first if then is None or (first is not None and first.confidence >= then.confidence) else then


def _run_on(first: Quote, rest: Quote) -> Quote:
    """One quote of its two pieces: the rest closes, in the next paragraph, what the first left open
    (a name the rest holds is not a new speaker: the words are still the first's)."""
    return replace(first, text=f"{first.text} {rest.text}", tail=(rest.start, rest.end), speaker=rest.speaker,
                   source=rest.source, cue=rest.cue, confidence=rest.confidence, lost_mark=first.lost_mark or rest.lost_mark)


REPEATED_TERM = 3  # a short phrase in marks this often is the article's term ("radar lock"), unless a person says it
# "Ia berkata “ya sudah”": a verb of saying right before the marks, so someone says it
_SAID_RIGHT_BEFORE = re.compile(r"\b(?:" + "|".join(REPORTING_VERBS) + r")\s*[,:]?\s*$", re.IGNORECASE)


def _without_repeated_terms(quotes: list[Quote], paragraphs: list[str], spans: list[Span]) -> list[Quote]:
    """The quotes, less a short phrase quoted again and again: the article's term for
    something, whoever is said to use it there (a person's own words, or words a verb of
    saying brings right before them, are kept). Every time it stands in marks counts,
    the times already read as a term too."""
    counts: dict[str, int] = {}
    for span in spans:
        start, end = _trim(paragraphs[span.paragraph], span.start, span.end)
        text = paragraphs[span.paragraph][start:end].lower()
        if len(text.split()) <= _NAME_WORDS:
            counts[text] = counts.get(text, 0) + 1
    return [q for q in quotes if counts.get(q.text.lower(), 0) < REPEATED_TERM or q.speaker
            or _SAID_RIGHT_BEFORE.search(paragraphs[q.paragraph], max(0, q.start - 40), max(0, q.start - 1))]


def _without_terms_of_the_text(quotes: list[Quote], paragraphs: list[str], spans: list[Span]) -> list[Quote]:
    """The quotes, less a short phrase nobody is said to say that the text also uses outside
    any marks: the story's own word for something ("Patung “wanita penghibur”" in a story that
    speaks of "para wanita penghibur" elsewhere), not anyone's words."""
    def short(q: Quote) -> bool:
        return not (q.speaker or q.source) and len(q.text.split()) <= _NAME_WORDS

    if not any(short(q) for q in quotes):
        return quotes
    used = _word_runs(_outside_marks(paragraphs, spans), _NAME_WORDS)
    return [q for q in quotes if not short(q) or tuple(_WORD.findall(q.text.lower())) not in used]


_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def _word_runs(text: str, longest: int) -> set[tuple[str, ...]]:
    """Every run of one to `longest` words of the text, lower-cased (one pass: a set to look in)."""
    words = _WORD.findall(text.lower())
    return {tuple(words[i:i + n]) for n in range(1, longest + 1) for i in range(len(words) - n + 1)}


def _outside_marks(paragraphs: list[str], spans: list[Span]) -> str:
    """The text with every quoted stretch blanked out."""
    blanked = [list(p) for p in paragraphs]
    for span in spans:
        blanked[span.paragraph][span.start:span.end] = " " * (span.end - span.start)
    return "\n".join("".join(chars) for chars in blanked)
