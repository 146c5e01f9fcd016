"""What the attribution rules of `index.quotes` look at: who is named where, sentence
bounds, role nouns, and who spoke last.

`Context` is built once per article. It indexes the entities by paragraph, knows the
quote spans (a person named inside a quote never becomes "the latest speaker": in
`“... kata Abe pasti bangga,” ujarnya`, `ujarnya` is not Abe), and walks the article
in order so that `katanya` and `ia mengatakan` point to the speaker before them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import groupby

from .dating import FORMER
from .entities import EntityResult, expand_title, gazetteer, is_media
from .lexicon import (
    ACTING_VERBS,
    AFTER_QUOTE_PREFIXED,
    AFTER_QUOTE_VERBS,
    CALENDAR_NAMES,
    COLLECTIVE_SOURCES,
    DESCRIPTOR_CUES,
    DOCUMENT_NOUNS,
    EVERYDAY_PEOPLE,
    EXPERT_NOUNS,
    HEAD_NOUNS,
    HEAD_TITLES,
    INSTITUTION_NOUNS,
    KIN_QUALIFIERS,
    KIN_SIBLING_WORDS,
    KIN_SIBLINGS,
    KIN_WORDS,
    KIN_WORDS_QUALIFIED,
    LAW_NOUNS,
    NEWS_VERBS,
    NOT_NAMES,
    OTHERS_NOUNS,
    OTHERS_QUANTIFIERS,
    OWNER_NOUNS,
    PERCEIVED_VERBS,
    REPORTING_VERBS,
    STATEMENT_NOUNS,
    SUBJECT_GLUE,
    TITLE_CUES,
    TITLE_CUES_LOWER,
    TITLE_WORDS,
    VERB_ADVERBS,
    alternation,
)
from .model import Entity
from .quote_marks import Span
from .wordforms import is_derived
from .wording import CUE_ROLE_TELLER

__all__ = ["Attribution", "Context", "Found"]

UNSURE_AFTER_SOMEONE_ELSE = 0.6  # below the reader's "?" line (index.quote_views.UNSURE)


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    source: str | None
    cue: str  # how the speaker was found, e.g. "kata + name", "katanya → latest speaker"
    confidence: float  # how sure the rule is, 0..1


@dataclass(frozen=True)
class Found:
    speaker: str | None
    source: str | None
    how: str
    confidence: float


# the short titles written with a stop ("Dr.", "Prof.", "Gen."): one look-behind per length, as Python needs
_TITLE_STOPS = sorted({c[:-1] for c in TITLE_CUES if c.endswith(".") and " " not in c and len(c) <= 5}, key=len)
_NOT_AFTER_A_TITLE = "".join(r"(?<!\b(?:" + "|".join(map(re.escape, same)) + r")\.)"
                             for _n, same in groupby(_TITLE_STOPS, key=len))
# not after an initial ("W. Bergeson") or a title's stop ("kata Dr. Yao-Yuan Yeh"); a closing mark may follow,
# TeX-style ('' and ``) too
# (the stop first, the look-behinds after it: tried at each stop, not at every character)
_SENTENCE_END = re.compile(r"[.!?](?<![\s.][A-Z].)" + _NOT_AFTER_A_TITLE + r"(?:''|[”\"’)])?\s+(?=[A-Z“\"‘]|``)"
                           r"|(?<=[a-z][.!?][”\"])(?=[A-Z])"  # '... Republik."Seorang pejabat ...': glued by a scrape
                           # "... [1.553 mil].Kembali pada bulan April, ...": a stop glued to the next sentence's word
                           r"|(?<=[a-z\]][.!?])(?=[A-Z][a-z]{2,}\s)")
_CLAUSE = re.compile(r",|;|:|\b(?:bahwa|yang|dan|serta|tetapi|namun|sementara|sedangkan|setelah|sebelum|ketika|usai|seusai|meski|meskipun|walaupun|walau|karena|sebab|sehingga|jika|apabila)\b")
_THAT = re.compile(r"\bbahwa\b")
_ACCORDING_TO = re.compile(r"\s*(?:menurut|seperti\s+dilaporkan|sebagaimana\s+dilaporkan)\b", re.IGNORECASE)
_SAME_SUBJECT_GOES_ON = frozenset({"tetapi", "namun", "dan", "serta"})  # a clause bound a verb may share the subject across
POINTING_BACK = r"\s+(?:itu|tersebut|ini)"  # "kementerian itu", "Badan tersebut": the one just named
_AND_TITLES = re.compile(r"\s(?:dan|serta)\s+(?:[A-Z][\w.-]*\s*){1,6}$")  # "... dan Perdana Menteri Jepang"
_ROLE_BEFORE_COUNTRY = re.compile(r"(?P<role>(?i:" + "|".join(sorted({re.escape(c.lower()) for c in TITLE_CUES}, key=len, reverse=True))
                                  + r")\b.*?)(?:\s+(?:telah|juga|pun|sudah|kembali|sempat))*\s*$")
POINTED_BACK = re.compile(POINTING_BACK + r"\s*$", re.IGNORECASE)  # "Sekretaris itu", "pejabat tersebut": pointing back
GENERIC_BODY_NOUNS = ("badan", "lembaga", "agensi")  # "body", "agency": no kind of body in particular
_THAT_BODY = re.compile(r"(?i:" + "|".join(INSTITUTION_NOUNS) + r")" + POINTING_BACK)  # "Badan itu"
# "Kantor Berita Pusat Korea (KCNA) yang", "USFK dalam pernyataan yang dikirim ke Yonhap": the body, or its statement
_YANG_AFTER = re.compile(r"\)?\s*(?:\([^()]{1,20}\)\s*)?(?:dalam\s+(?:sebuah\s+)?(?:" + "|".join(STATEMENT_NOUNS)
                         + r")(?:nya)?\s+)?yang")
BACKGROUND_REACH = 120  # characters back from a person to the "setelah" that opens their clause
BACKGROUND_EVENTS = 8  # the latest speech events looked at for the sentence's own speaker
_ACT = re.compile(r"\b(?:me|ber|di|ter)[a-z]{3,}\b")  # a verb by its prefix ("menoleh"; "menteri" is checked apart)
_ANY_VERB = re.compile(r"\b(?:di|ter)[a-z]{3,}(?:kan|i)?\b|\b[a-z]+nya\b")  # "setelah diluncurkan", "setelah kedatangannya"
_BEFORE_THEN = re.compile(r"\b(?:setelah|sebelum|usai|seusai|menyusul)\b")  # a clause of what came before or after
# a description of someone with "itu" or "ini" opening a sentence: "Diktator muda itu pun", "Pemimpin Pyongyang ini juga"
_EPITHET = re.compile(r"(?P<noun>[A-Z][a-z]+)(?:\s+[a-z]+){0,2}(?:\s+[A-Z][a-z]+)?" + POINTING_BACK + r"(?:\s+(?:pun|juga|sendiri))?")
_UNNAMED_NOUNS = frozenset(w for w in EVERYDAY_PEOPLE + COLLECTIVE_SOURCES + INSTITUTION_NOUNS + DOCUMENT_NOUNS if " " not in w)
_TELLS = re.compile(r"\s*(?:,|bahwa)\s*")  # between a verb of saying and the clause it tells
# "dengan mengatakan", ", menambahkan:": a verb with no subject of its own (not "Ellison juga meyakinkannya")
_NO_SUBJECT_OF_ITS_OWN = re.compile(r"(?:\bdengan|,)\s+$")
# a name, then a verb of its own (a prefixed one, an adverb before it): the clause's subject, whatever it does
_ACTS_AFTER = re.compile(r"\s+(?:(?:juga|pun|kemudian|lalu|telah|sudah|pernah)\s+)?(?:me|ber)[a-z]{3,}\b")
_TOLD_THAT = re.compile(r"(?:\s+kepada\s+[\w\s]{1,40}?)?\s+bahwa\s")  # "mengatakan (kepada orang Amerika) bahwa ..."
_BOTH = re.compile(r"\s+(dan|serta)\s+")  # between two people who say something together
# a news agency's report ("KCNA melaporkan ... “...”") tells of words too, though no cue names a person by it
# ("... satu sama lain dalam menanggapi tantangan adalah “...”": a verb after "dalam" or "untuk" says what
# someone does it in or for, and tells of no words of its own)
_VERB_RE = re.compile(r"(?<!\bdalam\s)(?<!\buntuk\s)\b(?:" + "|".join(REPORTING_VERBS + NEWS_VERBS) + r"|menurutnya)\b")
ON_A_DAY = r"(?:pada\s+)?(?:hari\s+)?(?:" + alternation(CALENDAR_NAMES) + r")"  # "pada hari Selasa", "Jumat"
_VERB_AFTER = re.compile(r"(?:\s+dari\s+[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})?"  # "Bruce Bennett dari Rand Corporation"
                         # "Kim Yo Jong pada Selasa mengatakan", "Abe, Kamis (7/6), menegaskan": when, then the verb
                         r"(?:\s*,?\s+" + ON_A_DAY +
                         r"(?:\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?"
                         # "Roh Tae-ak, pada Rabu (4/6) pagi waktu Korea Selatan, mengatakan"
                         r"(?:\s+(?:pagi|siang|sore|malam))?(?:\s+waktu\s+(?:setempat|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))?)?"
                         # "Andriy Kovalenko untuk pertama kalinya mengungkapkan": how often, then the verb
                         r"(?:\s+untuk\s+(?:pertama\s+kalinya|kali\s+pertama|pertama\s+kali)|\s+sekali\s+lagi)?"
                         r"\s*,?\s+(?:(?:" + "|".join(VERB_ADVERBS) + r")\s+)?(?:" + "|".join(REPORTING_VERBS) + r")\b")
# "ujar juru bicara Kementerian X " before a person: a tag's verb, then only a title
_TAG_BEFORE = re.compile(r"\b(?:" + "|".join(AFTER_QUOTE_VERBS) + r")\s+(?:(?:[A-Z][\w.’'-]*|juru|bicara|menteri|presiden|"
                         r"perdana|wakil|kepala|sang|pejabat|duta|besar|penasihat|jenderal|komandan|sekretaris),?\s+){0,8}$")
# "menurut penghitungan Shea Cotton", "yang oleh Perdana Menteri Fumio Kishida disebut": X speaks
_CREDITED_BEFORE = re.compile(r"\b(?:[Mm]enurut(?:\s+(?:penghitungan|perhitungan|analisis|catatan|pernyataan|keterangan))?"
                              r"|\boleh)\s+(?:[A-Z][\w.’'-]*\s+){0,6}$")
_SAID_BY = re.compile(r"\bdi(?:katakan|sampaikan|ungkapkan|nyatakan|tegaskan|jelaskan)\s+oleh\s+(?:[A-Z][\w.’'-]*,?\s+){0,6}$")
_WHICH_IS = re.compile(r"\byang\s+(?:merupakan|menjadi|adalah|dianggap|dinilai|disebut)\b")
# "Yoon dimakzulkan setelah ...": the sentence's person undergoes, and says nothing ("Kim dikutip mengatakan" does)
_UNDERGOES = re.compile(r"\s+(?:(?:telah|sudah|pun|resmi|akhirnya)\s+)?di(?!kutip|laporkan|kabarkan|lansir|beritakan|sebut|"
                        r"katakan|nyatakan|wawancara|tanya)[a-z]{3,}\b"
                        r"|\s+(?:dalam|pada|di)\s+(?:foto|gambar|potret)\b")  # "X dalam foto yang diambil ...": a caption's
_SPEECH_PASSIVE = re.compile(r"\s+(?:di(?:sebut|katakan|nyatakan|kecam|nilai|gambarkan|sebutkan|tegaskan|ungkapkan)"
                             r"|menyebut|mengatakan)\b")
# "menurut X", "Berdasarkan keterangan Kemhan Jepang, ... “...”" (by X's account)
# and a sentence opening on a passive verb of saying: "Dicetuskan Trump, AS tak bisa ... “...”" (said by Trump)
_MENURUT = re.compile(r"\b(?:[Mm]enurut|[Bb]erdasarkan\s+(?:keterangan|pernyataan|laporan)(?:\s+dari)?)\s+(?P<who>[^,.;“\"]{2,80})"
                      r"|^\s*Di(?:katakan|tegaskan|ungkapkan|sampaikan|jelaskan|nyatakan|utarakan|cetuskan|paparkan|terangkan)"
                      r"(?:\s+oleh)?\s+(?P<agent>[A-Z][^,.;“\"]{1,80}),")
# "Dilansir dari kantor berita KCNA, “...”": the report the quote is taken from, right before it
_CITED_FROM = re.compile(r"^\s*(?:[Ss]eperti\s+)?(?P<cue>[Dd]ilansir|[Dd]ikutip|[Mm]engutip|[Mm]elansir)(?:\s+dari)?\s+"
                         r"(?P<who>[^,.;“\"]{2,80}?)\s*[,:]?\s*$")
_PASSIVE_NYA = re.compile(r"\b(?:[Dd]i(?:tambah|kata|tegas|jelas|ungkap|sampai|nyata|tulis|sebut|papar|terang)kan?nya"
                          r"|[Mm]enurutnya|[Kk]atanya|[Uu]jarnya|[Tt]ambahnya|[Ll]anjutnya)\b")
_PASSIVE_AGENT = re.compile(r"\bdi(?:gambarkan|sebut|sebutkan|katakan|nyatakan|juluki|istilahkan|namai|cap)\s+(?:oleh\s+)?(?=[A-Z])"
                            r"|\b(?!(?:" + "|".join(PERCEIVED_VERBS) + r")\b)di[a-z]{3,}(?:kan|i)?\s+oleh\s+(?=[A-Z])")
# ("dikutuk oleh Perdana Menteri Fumio Kishida “...”", not "disaksikan oleh Pyongyang")
_DESCRIBING = re.compile(r"di(?:gambarkan|sebut|sebutkan|katakan|nyatakan|juluki|istilahkan|namai|cap)\b")  # verbs of calling
# "yang oleh Kim disebut sebagai “...”": the agent named before the passive verb, right before the quote
_AGENT_FIRST = re.compile(r"\boleh\s+(?=[A-Z])(?P<who>[^,.;“”\"]{1,60}?)\s+(?P<verb>di(?:sebut(?:kan)?|gambarkan|katakan|nyatakan|juluki"
                          r"|namai|istilahkan|anggap|nilai))(?:\s+(?:sebagai|dengan))?\s*$")
# "apa yang ia gambarkan sebagai “...”": the object voice, its agent a pronoun, right before the quote
_OBJECT_VOICE = re.compile(r"\byang\s+(?:ia|dia|beliau)\s+(?:sebut(?:kan)?|gambarkan|katakan|nyatakan|juluki|namai"
                           r"|istilahkan|anggap|nilai)(?:\s+(?:sebagai|dengan))?\s*$", re.IGNORECASE)
_PARENTHETICAL = re.compile(r",\s*(?:" + "|".join(AFTER_QUOTE_VERBS) + r")\s+(?=[A-Z])")
# "laporannya kepada Pemimpin Negara Rusia Vladimir Putin": a person in an object's place
# "kepada Trump", "pesan ke pemimpin Korea Utara Kim Jong Un": the one spoken to, a title in lower case allowed
OBJECT_BEFORE = re.compile(r"\b(?:kepada|terhadap|ke)\s+(?:(?:[A-Z][\w.’'-]*|" + alternation({w.lower() for w in TITLE_WORDS})
                           + r")\s+){0,6}$")
# "Namun ia menekankan"; "Tetapi mengatakan ...": the word alone, no subject after it
_DISCOURSE = re.compile(r"^(?:namun|tetapi|tapi|sementara(?:\s+itu)?|kemudian|lalu|selain\s+itu|bahkan)(?:\s*,?\s+|\s*,?$)", re.IGNORECASE)
_LEAD_VERB = re.compile(r"^(?:(?:" + "|".join(REPORTING_VERBS) + r"|juga)\s+)+")
_PURPOSE = re.compile(r"\b(?:untuk|demi|guna|agar)\s+$")
_BY_DOING = re.compile(r"\bdengan\s+$")  # "dengan menyebutnya": a manner, its subject the clause's before it
# the object of a transitive verb: "memuji presiden Moon"
_DONE_TO = re.compile(r"\bme[a-z]{3,}\s+(?:(?:[A-Z][\w.’'-]*|" + alternation({w.lower() for w in TITLE_WORDS}) + r")\s+){0,6}$")
# "tidak mengecam", "tak pernah menyebut": the subject did not say it
_NEGATED = re.compile(r"\b(?:tidak|tak|belum|bukan)\s+(?:(?:pernah|juga|akan|secara\s+\w+)\s+)?$", re.IGNORECASE)
_REPORTED_BY = re.compile(r"\b(?:" + "|".join(REPORTING_VERBS + NEWS_VERBS) + r")\s+(?:bahwa\s+)?$")
_RELATIVE_CLAUSE = re.compile(r"\s*yang\s")
_STATEMENT_OF_PERSON = re.compile(r"\b(?P<noun>" + "|".join(STATEMENT_NOUNS) + r")\s+(?:dari\s+)?", re.IGNORECASE)
_POINTING_BACK_AFTER = re.compile(POINTING_BACK + r"\b", re.IGNORECASE)
_ENDS_POINTING_BACK = re.compile(POINTING_BACK + r"\s*[.!?,]?\s*$", re.IGNORECASE)  # "... di bidang konstitusi itu."
_NYA_TAG = re.compile(r"[\s,]*[a-z]+nya\b")  # "“...,” ujarnya": a tag pointing back at someone
# "dengan outlet media pemerintah", "dengan media pemerintah Korut": a medium described by its kind, no name
_MEDIUM_DESCRIBED = re.compile(r"(?:^|\bdengan\s+)(?P<who>(?:outlet\s+media|media|kantor\s+berita|corong)(?:\s+[a-z]+){0,3})$")
# "Sementara itu, seorang juru bicara Pentagon mengatakan ...": someone unnamed who speaks
_UNNAMED_SUBJECT = re.compile(r"\s*(?:(?:Sementara itu|Namun|Selain itu|Di sisi lain),?\s+)?(?:(?i:seorang|salah seorang)\s+"
                              r"(?P<who>[^,.;:“”\"]{3,80}?)|(?P<side>(?i:pihak)\s+[^,.;:“”\"]{3,60}?)"
                              r"|(?P<role>(?i:juru\s+bicara|jubir)\s+[^,.;:“”\"]{3,60}?))\s+"  # "Juru bicara Pentagon menyatakan"
                              r"(?:(?:" + "|".join(VERB_ADVERBS) + r")\s+)?"
                              r"(?:" + "|".join(REPORTING_VERBS) + r")\b")
# a law, or an article of one, that says something: "Pasal 9 konstitusi Jepang", "Undang-undang itu"
_A_LAW = re.compile(r"(?i:" + "|".join(LAW_NOUNS) + r"|(?:pasal|article)\s+\d+)\b")
# a paragraph opening on several people, none named: "Para pemimpin juga ...", "Kedua menteri sepakat ..."
_OTHERS_UNNAMED = re.compile(r"\b" + alternation(OTHERS_QUANTIFIERS) + r"\s+" + alternation(OTHERS_NOUNS) + r"\b")
_GROUP_SUBJECT = re.compile(r"\s*(?:(?i:para)\s+[a-z]+|(?i:kedua|ketiga)\s+(?:pemimpin|kepala|menteri|negara|pihak|pejabat)|(?i:mereka))\b")
# "Aliansi Kim dengan Putin, kata analis, akan memperburuk ...": someone unnamed said so, set in the sentence
# "..., kata angkatan laut Korea Selatan.": closing its sentence too, with whose it is
_UNNAMED_ASIDE = re.compile(r",\s*(?:kata|ujar|tutur|menurut)\s+(?P<who>(?:para\s+|seorang\s+|sejumlah\s+|beberapa\s+)?"
                            r"[a-z]+(?:\s+[a-z]+){0,2})\s*,|,\s*(?:kata|ujar|tutur)\s+(?P<end>(?:para\s+|seorang\s+)?"
                            r"[a-z]+(?:\s+[a-z]+){0,2}(?:\s+[A-Z][a-z]+){0,2})\.\s*$")
# ("menurut surat kabar Nikkei": a newspaper cited, no letter)
_BY_A_TEXT = re.compile(r"\b(?i:menurut)\s+(?P<what>" + "|".join(DOCUMENT_NOUNS) + r")\b(?!\s+kabar\b)")
_THROUGH = re.compile(r"\s*(?:Lewat|Melalui)\s+")  # "Lewat Wakil Sekretaris Kabinet X, Abe menegaskan"
_SOMEONE = re.compile(r"(?i:seorang|salah\s+(?:seorang|satu))\s+[a-z]")  # someone unnamed ("Salah satu surat kabar Korsel")
_CLAUSE_WORD = re.compile(r"\b(?:bahwa|yang|dan|serta|tetapi|namun)\b")
# "Dalam pidatonya ia": a pronoun subject after a phrase of place or time
_PHRASE_THEN_PRONOUN = re.compile(r"^(?i:dalam|pada|di|saat|ketika|usai|setelah|kemudian|lalu)\b[^,]{0,40}?\s+"
                                  r"(?P<pronoun>(?i:ia|dia|beliau))(?:\s+(?:juga|pun|kemudian|lalu))?$")
# words that open a clause, not a subject ("Meskipun sempat menyatakan “jatuh cinta” ...": no one named "Meskipun sempat")
_PREPOSITION_FIRST = frozenset("dalam pada di saat ketika setelah sebelum usai untuk kepada sejak dari oleh "
                               "meskipun meski walaupun walau biarpun sekalipun jika kalau bila apabila karena sebab agar "
                               "supaya sehingga".split())
_BY_PARTICIPLE = re.compile(r"^(?:dengan|sambil|sembari|seraya|lalu|kemudian|juga|pun)$", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:ia|dia|beliau)\b", re.IGNORECASE)
_DEMONSTRATIVE = re.compile(r"(?:[Hh]al\s+)?(?:[Ii]ni|[Ii]tu)")  # "Ini menggambarkan ...": this one, no one's name
DEMONSTRATIVE_SURE = 0.6
STATEMENT_OWNER_REACH = 120  # characters after "menurut keterangan" its owner's name may run to
_PRONOUN_SPEAKS = re.compile(r"\s*(?:Ia|Dia|Beliau)\s+(?:" + alternation(VERB_ADVERBS) + r"\s+)?" + alternation(REPORTING_VERBS) + r"\b")
_ALSO = re.compile(r"^(?:juga|pun)$", re.IGNORECASE)
_PLURAL = re.compile(r"^\s*(?:kedua|para|ketiga|keempat|semua|mereka)\b", re.IGNORECASE)
_MEN_OF = re.compile(r"^\s*(?i:para)\s+(?P<noun>[a-z]+)")  # "para penjaga Amerika": a group of people, then whose they are
_OFFICIALS = DESCRIPTOR_CUES | TITLE_CUES_LOWER  # "para pejabat", "para menteri": who speak for a country (not "para penjaga")
_STATEMENT = re.compile(r"\bpernyataan(?:\s+bersama)?\b", re.IGNORECASE)
_THAT_STATEMENT = re.compile(r"(?i:pernyataan)" + POINTING_BACK  # "Pernyataan tersebut (selanjutnya) menegaskan"
                             + r"(?:\s+(?:juga|pun|selanjutnya|kemudian|lalu|lebih\s+lanjut))?")
_CAUSES = re.compile(r"\b(?:memicu|mendorong|menyebabkan|membuat)\s+(?=[A-Z])")  # what the subject made another do
# "Adik perempuan Kim, Kim Yo Jong,": the kin phrase before the name is part of the subject
_KIN_GLUE = frozenset(KIN_WORDS + KIN_QUALIFIERS + KIN_WORDS_QUALIFIED)
_JOINT_STATEMENT = re.compile(r"\bpernyataan\s+bersama(?=(?:nya)?\b)", re.IGNORECASE)  # the words of all who signed it, none alone
# "... pernyataan bersama dari Komite ...": a statement that comes from others, not from the person named before it
_OTHERS_STATEMENT = re.compile(r"\b(?P<what>pernyataan(?:\s+bersama)?)\s+(?:dari|oleh)\b", re.IGNORECASE)
# words after a tag's verb that end the search for its speaker: what follows is an object
_OPENING_MARKS = " “\"‘'`"
# a relative clause after the speaker: who is named in it is not them ("kata Pyongyang dalam sebuah pernyataan
# yang dibawa oleh KCNA": the agency that carried the statement, not its speaker)
_WHO_CLAUSE = re.compile(r",\s*yang\s|\byang\s+di[a-z]{3,}(?:kan|i)?\s+oleh\s")
_TAG_STOP = frozenset("kepada terhadap tentang mengenai bahwa saat ketika setelah sebelum sambil seraya karena "
                      "sehingga soal atas sebagaimana seperti dikutip dilansir melansir mengutip menurut".split())
# after an organisation in a tag, where and when it spoke: "kata Kementerian Pertahanan Korsel dalam rilis seusai
# pertemuan Kyeong-do dan Prabowo": the ministry said it; the people named after are the meeting's
_AFTER_ORG_STOP = frozenset("dalam seusai usai sesudah pada dengan bersama terkait lewat melalui".split())
# an office after a tag's verb ("kata juru bicara itu"); quotes.py takes one nobody holds as the source
ROLE_NOUN = re.compile(r"\s*(?:sang\s+|seorang\s+)?(?P<role>(?:wakil\s+)?(?:" + "|".join(
    re.escape(c.lower()) for c in TITLE_CUES) + r")\b[^,.;“”\"]{0,60}?)(?:" + POINTING_BACK + r")?(?=[,.;]|\s+(?:kepada|dalam|pada|di|saat|seperti|sebagaimana)\b|\s*[“\"]|$)",
    re.IGNORECASE)
# "Sung Yun-mo mengatakan setelah mengadakan pertemuan": said, and no clause of what after it (not "bahwa", a colon, a quote)
_SAID_NOTHING_MORE = re.compile(r"\s+(?:juga\s+)?" + alternation(AFTER_QUOTE_PREFIXED)
                                + r"(?=\s*\.|\s+(?:setelah|usai|seusai|sesudah|dalam|pada|saat|ketika|kepada|di)\b)")
_THEN_THAT = re.compile(r",?\s+bahwa\b")  # "pernyataan Menlu Kang bahwa ...": what the statement says
_ANOTHER_CLAUSE = re.compile(r"[.;“”\"]")
_STATEMENT_OF = re.compile(r"\s*(?:" + "|".join(STATEMENT_NOUNS) + r")\s+(?=\S)", re.IGNORECASE)
_VERBLIKE = re.compile(r"\s+(?:juga\s+|pun\s+|kembali\s+)?(?:me|ber|mem|men|meng|meny)[a-z]{3,}\b")
# "adik (perempuan) pemimpin Korea Utara Kim Jong Un": the person named is not the one meant
_KIN_QUALIFIER = r"\s+(?:" + "|".join(KIN_QUALIFIERS) + r")"
_KIN_OF = re.compile(r"\b(?:" + "|".join(KIN_WORDS) + r"|orang\s+tua|ibu|ibunda|ayahanda)\s+$", re.IGNORECASE)  # "orang tua Ito"
_KIN_BEFORE = re.compile(r"\b(?P<kin>(?:" + "|".join(KIN_WORDS) + r")(?:" + _KIN_QUALIFIER + r")?|(?:"
                         + "|".join(KIN_WORDS_QUALIFIED) + r")" + _KIN_QUALIFIER + r")(?:\s+[\w-]+){0,5}\s+$", re.IGNORECASE)
_APPOSITION_GAP = re.compile(r"\s*[,(]\s*$")
# "rekan-rekannya", "para mitranya": a person's peers, who speak with them (none of them alone)
_PEERS = re.compile(r"(?:para\s+)?(?:rekan|mitra|sejawat)(?:-(?:rekan|mitra))?nya(?:\s+\w+)?", re.IGNORECASE)
_RELAYER = re.compile(r",\s*menurut\s+$")  # "kata Lee, menurut Kang": the one after relays the one before
RELAYER_REACH = 20  # characters before a name where ", menurut " may stand
# "kata Kim adik": a sibling word after a surname alone, the colloquial order of "adik Kim"
_KIN_AFTER = re.compile(r"\s+(?P<kin>" + "|".join(KIN_SIBLINGS) + r")\b(?!\s+[A-Z])")
NAMED_REACH = 3  # paragraphs back to the body "kementerian itu" speaks of
WORKPLACE_REACH = 120  # characters back from "di kementerian ..." to the person whose title it ends
_AT_WORK = re.compile(r"\b(?:di|pada)\s+$")
MAX_LOOKBACK = 400  # a "sentence" longer than this is not one: look no further back
# "kata Trump seperti dikutip Bolton": who passed the words on, not another speaker
_RELAYED_BY = re.compile(r"\b(?:dikutip|dilansir|dilaporkan|dikisahkan)\s+(?:oleh\s+)?$")
# someone beside the speaker in a quote's own tag ("kata Trump saat konferensi pers bersama Moon."), or
# the one spoken with or to ("kata Hegseth ... setelah pembicaraan dengan Menteri Pertahanan Jepang Shinjiro
# Koizumi."): not a speaker
# "pernyataan yang dimuat kantor berita KCNA": the outlet that carried a text, not whose it is
_CARRIED_BY = re.compile(r"\b(?:dimuat|disiarkan|diterbitkan|dilansir|dikutip|dipublikasikan|diberitakan)\b[^,.;]{0,30}$")
_ALONGSIDE = re.compile(r"\b(?:bersama|didampingi(?:\s+oleh)?|di\s+samping|di\s+sebelah|dengan|kepada)\s+(?:[\w.-]+\s+){0,5}$")


def a_news_outlet(name: str | None) -> bool:
    """A body the gazetteer knows as a news medium (it reports words; it is no person)."""
    return name is not None and is_media(gazetteer(), name)


class Context:
    def __init__(self, paragraphs: list[str], ents: EntityResult, spans: list[Span]):
        self.paragraphs = paragraphs
        self.people = ents.people
        self.spans = spans
        self.by_para: dict[int, list[Entity]] = {}
        for e in _kin_resolved(paragraphs, ents.entities):
            self.by_para.setdefault(e.paragraph, []).append(e)
        self.starts = {pi: [e.start for e in es] for pi, es in self.by_para.items()}
        self.roles: dict[int, list[tuple[int, int, str]]] = {}
        for pi, s, end, text in ents.role_mentions:
            self.roles.setdefault(pi, []).append((s, end, text))
        self.full_names = {e.canonical for e in ents.entities if e.type == "person" and " " in e.text.strip()}
        self._sentences: dict[int, list[int]] = {}
        self.quoted: dict[int, list[tuple[int, int]]] = {}
        for sp in spans:  # in text order, disjoint within a paragraph: bisect finds the one around a position
            self.quoted.setdefault(sp.paragraph, []).append((sp.start, sp.end))
        self.quoted_starts = {pi: [s for s, _e in spans_] for pi, spans_ in self.quoted.items()}
        self.events = self._speech_events()
        self.next_event = 0
        self.organisations = {e.canonical for e in ents.entities if e.type == "organization"}
        self.org_events = self._organisation_events()
        self.next_org = 0
        self.last_org: tuple[str, int] | None = None  # (organisation, paragraph) that spoke last
        # who spoke last: (person, how sure, source): an organisation with no person when the
        # last quote was the organisation's ("kata Kementerian Luar Negeri Korut")
        self.last_speaker: tuple[str | None, float, str | None] | None = None
        self.unnamed_spoke_since = False  # someone unnamed was quoted after the latest speaker
        self.said_spans: list[tuple[Span, str | None, str | None]] = []  # each quote said: (span, speaker, source)
        self.last_speaker_at = -1  # the paragraph the latest speaker was named or quoted in
        self.last_speaker_pos = (-1, -1)  # (paragraph, offset) where the latest speaker was named or quoted
        self.next_org_said = 0  # the next organisation event move_to weighs against the latest speaker
        self.sentence_speaker: dict[tuple[int, int], str] = {}
        self.sentence_source: dict[tuple[int, int], str] = {}

    # --- where things are ---------------------------------------------------------

    def sentence_start(self, pi: int, pos: int) -> int:
        """Where the sentence holding pos begins (boundaries computed once per paragraph)."""
        starts = self._bounds(pi)
        return starts[bisect.bisect_right(starts, pos) - 1]

    def sentence_end(self, pi: int, pos: int) -> int:
        starts = self._bounds(pi)
        i = bisect.bisect_right(starts, pos)
        return starts[i] if i < len(starts) else len(self.paragraphs[pi])

    def _bounds(self, pi: int) -> list[int]:
        starts = self._sentences.get(pi)
        if starts is None:
            starts = [0] + [m.end() for m in _SENTENCE_END.finditer(self.paragraphs[pi])]
            self._sentences[pi] = starts
        return starts

    def ents(self, pi: int, lo: int, hi: int, kind: str | None = None) -> list[Entity]:
        ents, starts = self.by_para.get(pi, []), self.starts.get(pi, [])
        i, j = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
        return [e for e in ents[i:j] if e.end <= hi and (kind is None or e.type == kind)]

    def in_quote(self, pi: int, pos: int) -> bool:
        i = bisect.bisect_right(self.quoted_starts.get(pi, ()), pos) - 1
        return i >= 0 and pos < self.quoted[pi][i][1]

    def person(self, e: Entity, how: str) -> Found:
        """A person named: a surname alone that the article never spelled out came from
        the gazetteer, and is less sure. A person named as the owner of who speaks ("kantor
        Presiden Korea Selatan Yoon Suk-yeol", "juru bicara Wang Yi") does not speak: the
        office, or the unnamed spokesperson, does."""
        if (owner := self._owner_before(e)) is not None:
            return Found(None, owner[0], f"{how}role noun: {owner[1]}", 0.8)  # "kata role noun: kantor"
        if " " not in e.text.strip() and e.canonical not in self.full_names and " " in e.canonical:
            return Found(e.canonical, None, f"{how}gazetteer surname", 0.7)
        return Found(e.canonical, None, f"{how}name", 0.95 if " " in e.text.strip() else 0.9)

    def _owner_before(self, e: Entity) -> tuple[str, str] | None:
        """"kantor Presiden Korea Selatan Yoon Suk-yeol", "pernyataan pemerintahan Perdana Menteri
        Shinzo Abe": an office or a government named by its head, its title between; "juru bicara
        Wang Yi": the spokesperson of someone the gazetteer knows in another office (a spokesperson
        named after the title, "juru bicara Ned Price", is that person)."""
        para = self.paragraphs[e.paragraph]
        m = _OWNER_OF_NAME.search(para, max(0, e.start - OWNER_REACH), e.start)
        if m is None or (before := para[max(0, m.start() - 20):m.start()].split()) and before[-1].lower() in TITLE_CUES_LOWER:
            return None  # "Kepala Kantor Staf Presiden X": X heads the office
        if m.group("owner").lower() in SPOKESPERSON_WORDS:
            entry = gazetteer().entry(e.canonical)
            # (or the article's own title for them, "Perdana Menteri Swedia Ulf Kristersson", when the gazetteer has none)
            info = self.people.get(e.canonical)
            roles = [r.lower() for r in entry.roles] if entry else [info.role.lower()] if info and info.role else []
            if not roles or any(r.startswith(tuple(SPOKESPERSON_WORDS)) for r in roles) or m.group("title").strip():
                return None
        return para[m.start("owner"):e.end], m.group("owner").lower()

    # --- who spoke last ---------------------------------------------------------------

    def _speech_events(self) -> list[tuple[int, int, str | None, float, str | None]]:
        """Where the text says who speaks or acts, outside quotes: (paragraph, offset,
        person, how sure, source): a person before a reporting verb or after a tag's verb
        (0.8), the person a sentence opens with (0.65), someone unnamed who opens a
        sentence with a reporting verb ("seorang juru bicara Pentagon mengatakan", 0.65)."""
        events: list[tuple[int, int, str | None, float, str | None]] = []
        for pi, para in enumerate(self.paragraphs):
            for sent_start in self._bounds(pi):
                if (he := self._pronoun_speaks(pi, sent_start)) is not None:
                    events.append(he)  # "..., Ryoko Shimabukuro. Dia meminta ...": the one last named speaks
                    continue
                subj = self.sentence_subject(pi, sent_start)
                if subj is not None and not self.in_quote(pi, subj[1] - 1) and not _UNDERGOES.match(para, subj[1]):
                    # "Prabowo dan Kishi sama-sama menegaskan ...": both act; "tulisnya" after it is neither alone
                    events.append((pi, subj[1], None if self._two_subjects(pi, sent_start) else subj[0], 0.65, None))
                elif (m := _UNNAMED_SUBJECT.match(para, sent_start)) and not self.ents(pi, m.start(), m.end(), "person") \
                        and not self.in_quote(pi, m.start()):
                    kind = next(g for g in ("who", "side", "role") if m.group(g))  # "pihak Moskow menolak": the side, unnamed
                    events.append((pi, m.end(kind), None, 0.65, m.group(kind).split(" yang ")[0]))
            asides = [(m.end(g), m.group(g)) for m in _UNNAMED_ASIDE.finditer(para) if not self.in_quote(pi, m.start())
                      for g in ("who", "end") if m.group(g)]
            events += [(pi, at, None, 0.65, who) for at, who in asides if not _PRONOUN.match(who) and not who.startswith("mereka")]
            # "..., menurut pedoman yang diposting di halaman Facebook X.": a text that speaks ("katanya" after it)
            events += [self._text_or_its_owner(pi, m) for m in _BY_A_TEXT.finditer(para)
                       if not self.in_quote(pi, m.start())] if "enurut" in para else []
            for e in self.by_para.get(pi, []):
                if e.type != "person" or self.in_quote(pi, e.start) or self._relays_the_one_before(pi, e):
                    continue
                if (head := self._apposition_head(pi, e)) is not None:
                    if _VERB_AFTER.match(para, e.end):  # "Kim Yo-jong, adik pemimpin Korut Kim Jong-un, menolak": she does
                        events.append((pi, e.end, head.canonical, 0.8, None))
                    continue
                if (_VERB_AFTER.match(para, e.end) and not _owned_by_a_body(para, e.start)  # "Pemerintahan Bush menolak"
                        or _TAG_BEFORE.search(para, max(0, e.start - 60), e.start)
                        or self._credited(pi, e)) and not self._in_the_background(pi, e, events):
                    events.append((pi, e.end, self._of_a_pair(pi, e, events), 0.8, None))
                elif self._relays(pi, e):  # the one who speaks for the subject: the sentence's last speaker
                    events.append((pi, self.sentence_end(pi, e.end) - 1, e.canonical, 0.8, None))
        events.sort(key=lambda ev: ev[:2])  # by place; two at one place keep the order they were found in
        return events

    def _relays_the_one_before(self, pi: int, e: Entity) -> bool:
        """"“...,” kata Lee, menurut Kang.": Kang tells what Lee said; Lee stays the one who spoke ("tambahnya" after it)."""
        m = _RELAYER.search(self.paragraphs[pi], max(0, e.start - RELAYER_REACH), e.start)
        return m is not None and any(o.type == "person" and o.end == m.start() for o in self.by_para.get(pi, []))

    def _text_or_its_owner(self, pi: int, m: re.Match) -> tuple[int, int, str | None, float, str | None]:
        """"menurut keterangan Kepala Staf Gabungan (JCS)": the body or the person whose statement it is speaks;
        "menurut pedoman yang diposting ...": the text itself."""
        owner = next(iter(self.ents(pi, m.end(), m.end() + STATEMENT_OWNER_REACH)), None)
        if owner is not None and not self.paragraphs[pi][m.end():owner.start].strip():
            if owner.type == "person":
                return pi, owner.end, owner.canonical, 0.8, None
            if owner.type == "organization":
                return pi, owner.end, None, 0.8, owner.canonical
        return pi, m.end(), None, 0.6, m.group("what").lower()

    def _pronoun_speaks(self, pi: int, sent_start: int) -> tuple[int, int, str | None, float, str | None] | None:
        """A sentence opened by "Dia"/"Ia"/"Beliau" and a reporting verb, right after a sentence that ends by
        introducing someone set off by a comma ("... diamini pengunjuk rasa lain, Ryoko Shimabukuro. Dia meminta
        ..."): that person speaks (how sure: as a sentence's subject). A person named elsewhere in the sentence
        before ("Trump mengatakan kunjungan PM Abe ...") may be its object: the latest speaker stays."""
        para = self.paragraphs[pi]
        m = _PRONOUN_SPEAKS.match(para, sent_start)
        if m is None or sent_start == 0 or self.in_quote(pi, sent_start):
            return None
        named = [e for e in self.by_para.get(pi, []) if e.type == "person" and e.end <= sent_start]
        if not named or para[named[-1].end:sent_start].strip() != "." or not para[:named[-1].start].rstrip().endswith(","):
            return None
        return pi, m.end(), named[-1].canonical, 0.65, None

    def _in_the_background(self, pi: int, e: Entity, events: list) -> bool:
        """A person who speaks in a clause of what came before ("Hal itu dikatakan oleh Menteri X,
        setelah pemimpin negara itu, Kim Jong-un menyatakan ..."), after the sentence's own
        speaker: not the one a later "ujarnya" goes back to."""
        clause = _BEFORE_THEN.search(self.paragraphs[pi], max(0, e.start - BACKGROUND_REACH), e.start)
        if clause is None:
            return False
        start = self.sentence_start(pi, e.start)
        recent = events[-BACKGROUND_EVENTS:]  # this paragraph's latest: a bounded look, however many names
        return any(ev[0] == pi and start <= ev[1] <= clause.start() and ev[2] != e.canonical for ev in recent)

    def _relays(self, pi: int, e: Entity) -> bool:
        """"Lewat Wakil Sekretaris Kabinet Jepang Koichi Hagiuda, Abe menegaskan ...": the
        person through whom the subject speaks (a quote's "kata dia" after it is his)."""
        para = self.paragraphs[pi]
        through = _THROUGH.match(para, self.sentence_start(pi, e.start))
        title = para[through.end():e.start].split() if through else ["-"]
        if len(title) > 7 or not all(w[:1].isupper() for w in title):
            return False  # only the relay's title between: "Lewat Wakil Sekretaris Kabinet Jepang"
        after = self.ents(pi, e.end, e.end + 60, "person")
        return bool(after) and para[e.end:after[0].start].strip() == "," and _VERB_AFTER.match(para, after[0].end) is not None

    def _credited(self, pi: int, e: Entity) -> bool:
        """"menurut penghitungan X", "yang oleh X disebut sebagai ...": what follows is X's."""
        para = self.paragraphs[pi]
        if _SAID_BY.search(para, max(0, e.start - 80), e.start):
            return True  # "Hal itu dikatakan oleh Menteri Luar Negeri Korut, Ri Yong-ho,"
        m = _CREDITED_BEFORE.search(para, max(0, e.start - 60), e.start)
        if m is None:
            return False
        return not m.group().lstrip().startswith("oleh") or _SPEECH_PASSIVE.match(para, e.end) is not None

    def _apposition_head(self, pi: int, e: Entity) -> Entity | None:
        """The person a description set off by commas right after them holds this one in."""
        para = self.paragraphs[pi]
        if para[e.end:e.end + 1] != ",":
            return None
        comma = para.rfind(",", max(0, e.start - 120), e.start)
        if comma > 0 and not para[comma + 1:e.start].strip():
            # "Kim Ki-jung, penasihat ... calon presiden kuat Korsel, Moon Jae-in, mengatakan": the
            # name set off by itself at the description's end; the description opens a comma before
            comma = para.rfind(",", max(0, e.start - 160), comma)
        if comma < 0 or _VERB_RE.search(para, comma, e.start):
            return None
        if not para[comma + 1:e.start].strip()[:1].islower():
            return None  # "Adik Kim Jong Un, Kim Yo Jong, mengecam": the piece is the name itself
        before = self.ents(pi, max(0, comma - 60), comma + 1, "person")
        return before[-1] if before and before[-1].end == comma and before[-1].canonical != e.canonical else None

    def _organisation_events(self) -> list[tuple[int, int, str]]:
        """Where an organisation is said to speak: "Pentagon mengatakan", "Gedung Putih menegaskan"."""
        return [(pi, e.end, e.canonical) for pi, para in enumerate(self.paragraphs) for e in self.by_para.get(pi, [])
                if e.type == "organization" and not self.in_quote(pi, e.start) and _VERB_AFTER.match(para, e.end)
                and _is_subject_prefix(para[self.sentence_start(pi, e.start):e.start])]  # not "resolusi DK PBB mengecam"

    def joint_statement_after(self, pi: int, pos: int) -> str | None:
        """"kata Biden, Yoon, dan Kishida, dalam pernyataan bersamanya": several people named
        after a tag, then their joint statement, in the same sentence: the statement's words."""
        para = self.paragraphs[pi]
        joint = _JOINT_STATEMENT.search(para, pos, self.sentence_end(pi, pos))
        if joint is None or len({e.canonical for e in self.ents(pi, pos, joint.start(), "person")}) < 2:
            return None
        return joint.group().lower()

    def sole_person_before(self, span: Span, cue: str) -> Attribution | None:
        """With nobody said to speak so far, "ujarnya" after a paragraph's quote is the one
        person the paragraph names before it ("Peringatan tersebut membuat Ichiro Kondo,
        seorang nelayan ..., terkejut. “...,” ujarnya")."""
        named = {e.canonical for e in self.ents(span.paragraph, 0, span.start, "person") if not self.in_quote(span.paragraph, e.start)}
        return Attribution(named.pop(), None, cue, 0.6) if len(named) == 1 else None

    def person_before_other_than(self, span: Span, other: str, reach: int = 1) -> str | None:
        """The person last named before the quote (outside quotes, in its paragraph or `reach`
        before) who is not `other`."""
        for pi in range(span.paragraph, max(-1, span.paragraph - reach - 1), -1):
            for e in reversed(self.by_para.get(pi, [])):
                if e.type == "person" and e.canonical != other and (pi < span.paragraph or e.end <= span.start) \
                        and not self.in_quote(pi, e.start):
                    return e.canonical
        return None

    def named_before(self, span: Span, noun: str, reach: int = NAMED_REACH) -> str | None:
        """"kata kementerian itu": the organisation last named before the quote (outside quotes,
        in its paragraph or `reach` before) whose name opens with that noun, if it is one; or,
        further back, the only one the article named so before the quote."""
        if noun not in INSTITUTION_NOUNS:
            return None
        # "kata badan tersebut" after "menurut KCNA": a body of any name, the one just named
        generic = noun in GENERIC_BODY_NOUNS
        named = [(pi, e.canonical) for pi in range(span.paragraph, -1, -1) for e in reversed(self.by_para.get(pi, []))
                 if e.type == "organization" and (pi < span.paragraph or e.end <= span.start)
                 and (generic or e.text.lower().startswith(noun)) and not self.in_quote(pi, e.start)
                 and not self._workplace(pi, e)]
        if generic:
            return named[0][1] if named and span.paragraph - named[0][0] <= 1 else None
        if named and span.paragraph - named[0][0] <= reach:
            return named[0][1]
        return named[0][1] if named and len({name for _pi, name in named}) == 1 else None

    def whose_text(self, span: Span, noun: str, reach: int = NAMED_REACH) -> str | None:
        """"tulis kolom tersebut": the body the text was last said to be of ("kolom di situs ...
        Uriminzokkiri"): the first organisation after that noun in its sentence (not one said only
        to carry it), `reach` paragraphs back."""
        for pi in range(span.paragraph, max(-1, span.paragraph - reach - 1), -1):
            para = self.paragraphs[pi]
            hi = span.start if pi == span.paragraph else len(para)
            for m in reversed(list(re.finditer(rf"\b{re.escape(noun)}\b", para[:hi], re.IGNORECASE))):
                if self.in_quote(pi, m.start()):
                    continue
                orgs = [e for e in self.ents(pi, m.end(), min(hi, self.sentence_end(pi, m.end())), "organization")
                        if not _CARRIED_BY.search(para, max(0, e.start - 40), e.start)]  # "dimuat kantor berita KCNA"
                return orgs[0].canonical if orgs else None
        return None

    def _workplace(self, pi: int, org: Entity) -> bool:
        """A body named as where someone works ("Taro Yamato, direktur ... di kementerian
        pertahanan Jepang"): part of their title, not a body the story speaks of."""
        para = self.paragraphs[pi]
        if not _AT_WORK.search(para, max(0, org.start - 6), org.start):
            return False
        persons = self.ents(pi, max(0, org.start - WORKPLACE_REACH), org.start, "person")
        return bool(persons) and not _ANOTHER_CLAUSE.search(para, persons[-1].end, org.start)

    def latest_organisation(self, span: Span) -> str | None:
        """The organisation that spoke last, in this paragraph or the two before."""
        while self.next_org < len(self.org_events) and self.org_events[self.next_org][:2] < (span.paragraph, span.start):
            pi, _at, org = self.org_events[self.next_org]
            self.last_org = (org, pi)
            self.next_org += 1
        if self.last_org is None or span.paragraph - self.last_org[1] > 2:
            return None
        return self.last_org[0]

    def move_to(self, span: Span) -> None:
        while self.next_event < len(self.events) and self.events[self.next_event][:2] < (span.paragraph, span.start):
            pi, at, who, sure, source = self.events[self.next_event]
            self.last_speaker = (who, sure, source)
            self.unnamed_spoke_since = False
            self.last_speaker_at, self.last_speaker_pos = pi, (pi, at)
            self.next_event += 1
        self._organisation_spoke_since(span)

    def _organisation_spoke_since(self, span: Span) -> None:
        """An organisation said to speak after the latest speaker ("Kementerian Pertahanan Rusia pada Jumat (18/11)
        mengatakan ..." after another body's quote) is the latest speaker: "“...,” jelasnya" is its."""
        while self.next_org_said < len(self.org_events) and self.org_events[self.next_org_said][:2] < (span.paragraph, span.start):
            pi, at, org = self.org_events[self.next_org_said]
            # not "Bruce Bennett dari Rand Corporation mengatakan" (the person spoke); not a body a page or more back
            if (pi, self.sentence_start(pi, at)) > self.last_speaker_pos and span.paragraph - pi <= ORGANISATION_SAID_REACH:
                self.last_speaker, self.unnamed_spoke_since = (None, ORGANISATION_SAID, org), False
                self.last_speaker_at, self.last_speaker_pos = pi, (pi, at)
            self.next_org_said += 1

    def latest(self, cue: str, confidence: float | None = None) -> Attribution | None:
        """The latest speaker; unsure when someone unnamed was quoted since (the held-out sets
        lost more than they gained when that someone became the latest speaker)."""
        if self.last_speaker is None:
            return None
        who, sure, source = self.last_speaker
        sure = confidence if confidence is not None else sure
        if self.unnamed_spoke_since:  # "... ucap pejabat Kemenhan. “...,” lanjutnya": the official, or the ministry?
            sure = min(sure, UNSURE_AFTER_SOMEONE_ELSE)
        return Attribution(who, source, cue, sure)

    def latest_before_the_sentence(self, span: Span, cue: str) -> Attribution | None:
        """The latest speaker before the sentence the quote stands in: "Biden akan bertemu Marcos
        untuk “...” dengan Filipina, katanya." is the spokesman's, told of Biden (its subject)."""
        start = (span.paragraph, self.sentence_start(span.paragraph, max(span.start - 1, 0)))
        before = [e for e in self.events if e[:2] < start and (e[2] or e[4])]
        if not before:
            return None
        _pi, _at, who, sure, source = before[-1]
        return Attribution(who, source, cue, sure)

    def latest_person(self, cue: str) -> Attribution | None:
        """The latest speaker for "dia"/"ia"/"beliau", a person's pronoun: none when the latest
        was a news outlet ("... mengatakan Al Jazeera. Dia mengatakan, “...”": not Al Jazeera)."""
        found = self.latest(cue)
        return None if found is not None and not found.speaker and a_news_outlet(found.source) else found

    def said(self, span: Span, speaker: str | None, source: str | None = None) -> None:
        self.said_spans.append((span, speaker, source))
        self.unnamed_spoke_since = (self.unnamed_spoke_since or bool(source)) and not speaker and source not in self.organisations
        if source in self.organisations:  # "kata Kementerian X": the organisation spoke last
            self.last_org = (source, span.paragraph)
            if not speaker:  # then "tambahnya" is the ministry (an unnamed source is not: tried,
                self.last_speaker = (None, 0.85, source)  # the held-out sets lost more than they gained)
                self.last_speaker_pos = (span.paragraph, span.start)
        if speaker:
            self.last_speaker = (speaker, 0.85, None)
            self.last_speaker_at, self.last_speaker_pos = span.paragraph, (span.paragraph, span.start)
            self.sentence_speaker[(span.paragraph, self.sentence_start(span.paragraph, span.start))] = speaker
        elif source:  # only this sentence's "yang menambahkan" goes on with an unnamed source
            self.sentence_source[(span.paragraph, self.sentence_start(span.paragraph, span.start))] = source

    def previous_quote(self, span: Span) -> tuple[Span, str | None, str | None] | None:
        """The quote said last: (span, speaker, source)."""
        return self.said_spans[-1] if self.said_spans else None

    def latest_within(self, span: Span, reach: int) -> bool:
        """Whether the latest speaker was named or quoted in this paragraph or `reach` before it."""
        return self.last_speaker is not None and span.paragraph - self.last_speaker_at <= reach

    def nothing_between(self, prev: Span, span: Span, speaker: str) -> bool:
        """Nobody else named and nothing said between two quotes (the same or the next
        paragraph): the previous quote's own tag ("tutur PM Abe.") may stand there."""
        if span.paragraph - prev.paragraph > 1:
            return False
        if span.paragraph == prev.paragraph:
            pieces = [(prev.paragraph, prev.close, span.start - 1)]
        else:
            pieces = [(prev.paragraph, prev.close, len(self.paragraphs[prev.paragraph])), (span.paragraph, 0, span.start - 1)]
        for pi, lo, hi in pieces:
            text = self.paragraphs[pi][lo:max(lo, hi)]
            others = [e for e in self.ents(pi, lo, max(lo, hi), "person") if e.canonical != speaker
                      and not _RELAYED_BY.search(self.paragraphs[pi], max(0, e.start - 30), e.start)
                      and not (pi == prev.paragraph and _ALONGSIDE.search(self.paragraphs[pi], max(lo, e.start - 60), e.start))]
            if len(text) > 300 or others or "“" in text or '"' in text or _OTHERS_UNNAMED.search(text):
                return False  # ("Di Korea Selatan, beberapa orang tidak menyukai ..., dengan alasan bahwa “...”": theirs)
            if (verb := _VERB_RE.search(text)) and not (self._own_tag(pi, lo, lo + verb.start(), speaker)
                                                        or self._titled_subject(pi, lo + verb.start(), speaker)
                                                        or (pi == prev.paragraph and _subjectless(text[:verb.start()]))):
                return False
            if pi != prev.paragraph and any(e.type in ("organization", "country") for e in self.ents(pi, lo, max(lo, hi))):
                return False  # a new paragraph on another actor: "Korea Utara menembakkan ... peringatan “...”"
            if pi != prev.paragraph and _GROUP_SUBJECT.match(text):
                return False  # a new paragraph on several: "Para pemimpin juga menandatangani ... “...”"
        return True

    def _titled_subject(self, pi: int, verb_at: int, speaker: str) -> bool:
        """"Sang Jenderal juga menyampaikan permintaan ... “...”": the verb's subject is the title
        the article gave the previous quote's speaker, who goes on."""
        subject = _without_adverbs(self.paragraphs[pi][self.sentence_start(pi, verb_at):verb_at].strip())
        role = ROLE_NOUN.fullmatch(subject)
        return role is not None and self.resolve_role(role.group("role")) == speaker

    def _own_tag(self, pi: int, lo: int, verb_at: int, speaker: str) -> bool:
        """"“...,” Park Sun-won, anggota komite ..., mengatakan setelah pengarahan. “...”": the
        verb between two quotes is the previous quote's own tag, its speaker its subject."""
        return any(e.canonical == speaker for e in self.ents(pi, lo, verb_at, "person"))

    def indirect_before(self, span: Span) -> Attribution | None:
        """"Sementara Kim mengatakan, mereka telah mengatasi rintangan. “Sekarang ...”": a quote
        right after a sentence of someone's reported speech, nobody else named since."""
        pi = span.paragraph
        start = self.sentence_start(pi, max(span.start - 1, 0))
        if span.start - 1 - start > 3:
            return None  # the quote must open its own sentence, after another one
        if start == 0:  # opening its paragraph: after the last sentence of the one before
            if pi == 0 or span.end - span.start >= 0.6 * len(self.paragraphs[pi].strip()) \
                    or _NYA_TAG.match(self.paragraphs[pi], span.close):
                return None  # (all quote: `continuation`; "“...,” ujarnya": its tag says whose)
            pi, start = pi - 1, len(self.paragraphs[pi - 1].rstrip())
        prev = self.sentence_start(pi, start - 1)
        text = self.paragraphs[pi][prev:start]
        verbs = list(_VERB_RE.finditer(text))
        if not verbs or "“" in text or '"' in text:
            return None
        # the one person before the verb (its subject); one it is said of after it ("... bertemu Trump") is not
        persons = [e for e in self.ents(pi, prev, start, "person") if e.start - prev < verbs[0].start()]
        if not persons and (who := self._role_as_subject(text[:verbs[0].start()])) is not None:
            return Attribution(who, None, "after their reported speech", 0.6)  # "..., perdana menteri mengungkapkan ..."
        if len({p.canonical for p in persons}) != 1:
            return None
        return Attribution(persons[0].canonical, None, "after their reported speech", 0.65)

    def _role_as_subject(self, before_verb: str) -> str | None:
        """"Setelah pertemuan itu, perdana menteri": the one person the article gave the role the clause opens with."""
        role = ROLE_NOUN.fullmatch(" " + before_verb.split(",")[-1].strip())
        return self.resolve_role(role.group("role")) if role is not None else None

    def continues_into_next(self, i: int) -> bool:
        """A quote left open at its paragraph's end that the next paragraph opens again: one
        quote over two paragraphs (a quote the next paragraph does not open with is not it)."""
        span = self.spans[i]
        nxt = self.spans[i + 1] if i + 1 < len(self.spans) else None
        return (nxt is not None and nxt.paragraph == span.paragraph + 1 and span.end == len(self.paragraphs[span.paragraph])
                and not self.paragraphs[nxt.paragraph][:nxt.start].strip(_OPENING_MARKS))

    # --- who is named after a tag's verb ------------------------------------------------

    def named_after(self, pi: int, pos: int) -> Found | None:
        """The speaker named after a tag's verb: the first person before the sentence ends
        or an object or a credit begins ("kepada ...", "seperti dikutip ..."), past a role
        phrase; else the person the article introduced with that role ("kata gubernur
        tersebut", "kata wakil duta besar AS untuk PBB"); else an organisation."""
        para = self.paragraphs[pi]
        end = min(self.sentence_end(pi, pos), pos + 200)
        org, org_end = None, pos
        for e in self.ents(pi, pos, end):
            words = [w.strip(",.").lower() for w in para[pos:e.start].split()]
            if any(w in _TAG_STOP for w in words) or any(ch in para[pos:e.start] for ch in "“”\"") \
                    or _WHO_CLAUSE.search(para, pos, e.start):
                break  # ("kata pemimpin Jepang, yang ... dengan Trump": a clause about the speaker)
            if e.type == "person":
                if org is not None and (_VERBLIKE.search(" " + para[org_end:e.start]) or _VERB_RE.search(para, org_end, e.start)
                                        or any(w.strip(",.").lower() in _AFTER_ORG_STOP for w in para[org_end:e.start].split())):
                    break  # "bunyi pernyataan Gedung Putih menyampaikan ... antara Trump dan Moon": the White House
                # ("pejabat ... di Gedung Biru kepresidenan Seoul, Kim You-geun": the official named after it)
                return self.person(self._kin_named_after(pi, pos, e) or e, "")
            if e.type == "organization" and org is None:
                org, org_end = e.canonical, e.end  # "juru bicara Kementerian Luar Negeri China Lin Jian": the person may follow
        said = _STATEMENT_OF.match(para, pos)  # "menurut pernyataan jubir Kemlu itu": the spokesman's statement
        m = ROLE_NOUN.match(para, said.end() if said else pos)
        if m and not _PLURAL.match(m.group("role")):
            lower = para[pos:].lstrip()[:1].islower()
            # a title in capitals with no name ("jelas Menlu Jepang") only when it names the
            # country of the one person it fits: "kata Menhan" alone may be anyone's minister;
            # pointing back ("kata Sekretaris itu") it is the one just introduced with it
            back = POINTED_BACK.search(m.group()) is not None
            who = self.resolve_role(m.group("role"), need_country=not (lower or back)) \
                or (self.the_one_of_the_country(m.group("role")) if back and lower else None)
            if who:
                return Found(who, None, f"role noun: {m.group().strip()}", 0.7)
            if (again := self._described_again(m, back, para[m.end():end], of_a_body=org is not None)) is not None:
                return again
            if back and org is not None:
                return None  # "kata pendiri FPCI itu": someone of the body, pointed back at, never the body
        if org is not None:
            return Found(None, org, "organisation", 0.9)
        return None

    def _described_again(self, m: re.Match, back: bool, rest: str, of_a_body: bool = False) -> Found | None:
        """"kata mantan Menteri Pertahanan ini", "tutur pakar hukum di bidang konstitusi ... itu", "kata pendiri FPCI
        itu": a past office, an expert's field or a post in a body, pointed back at and fitting no one the story
        named, is the one just quoted (the story gave them another title, or none); unsure."""
        role = m.group("role")
        if not (back or _ENDS_POINTING_BACK.search(rest)) or self.last_speaker is None or not self.last_speaker[0]:
            return None
        if not (FORMER.match(role) or role.split()[0].lower() in EXPERT_NOUNS or of_a_body):  # "mantan Menteri Pertahanan"
            return None
        return Found(self.last_speaker[0], None, f"role noun: {m.group().strip()} → latest speaker", 0.6)

    def _kin_named_after(self, pi: int, pos: int, e: Entity) -> Entity | None:
        """"kata orang tua Ito, Kanako Ono,": the relative named after the comma, not the one they are kin of."""
        para = self.paragraphs[pi]
        if not _KIN_OF.search(para, pos, e.start) or para[e.end:e.end + 2] != ", ":
            return None
        after = self.ents(pi, e.end + 2, len(para), "person")
        return after[0] if after and after[0].start == e.end + 2 else None

    def name_right_after(self, pi: int, close: int) -> Found | None:
        """“...,” Jenderal Mark Milley, ketua ... (English order: the name, no verb); after a quote that closes its
        sentence, the name and a verb of saying that says nothing more ("“...” Menteri X mengatakan setelah ...")."""
        para = self.paragraphs[pi]
        stop = para[max(0, close - 2):close].strip("”\"’ ")[-1:]
        if stop not in (",", "?", "!", "."):
            return None
        m = re.match(r"[\s,]*((?:[A-Z][\w.’'-]*\s+){0,5})", para[close:close + 120])
        lo = close + (len(m.group()) - len(m.group(1)) if m else 0)
        persons = self.ents(pi, lo, min(len(para), lo + 120), "person")
        if not persons:
            return None
        first = persons[0]
        between = para[lo:first.start].split()
        if any(not (w[:1].isupper() and (w in TITLE_WORDS or w.lower() in TITLE_CUES_LOWER)) for w in between):
            return None
        if stop == ".":  # "“... ke WTO.” Menteri Perdagangan Sung Yun-mo mengatakan setelah ...": English order, translated
            return Found(first.canonical, None, "name after the quote", 0.85) if _SAID_NOTHING_MORE.match(para, first.end) else None
        after = para[first.end:first.end + 3]
        if after[:1] in (",", ".", "") or re.match(r"\s+[a-z]", after):
            return Found(first.canonical, None, "name after the quote", 0.85)
        return None

    def the_one_of_the_country(self, role: str) -> str | None:
        """"kata diplomat Rusia tersebut": pointing back at someone of the country the words
        name, when the article named one person of that country only."""
        words = role.lower().split()
        named = [c for c in {info.country for info in self.people.values() if info.country}
                 if any(f" {n} " in f" {' '.join(words)} " for n in _country_words(c))]
        if len(named) != 1:
            return None
        of_it = [n for n, info in self.people.items() if info.country == named[0]]
        return of_it[0] if len(of_it) == 1 else None

    def resolve_role(self, role: str, need_country: bool = False) -> str | None:
        """The person the article introduced with this role ("presiden AS", "sang menteri",
        "wakil duta besar AS untuk PBB"): the one whose role shares most of its words,
        narrowed by the country the role names (`need_country`: the role must name the
        person's country)."""
        matches = self._role_holders(role, need_country)
        return matches[0] if len(matches) == 1 else None

    def resolve_role_at(self, role: str, pi: int, pos: int) -> str | None:
        """resolve_role for the role written at `pos`; of several holders ("presiden AS" of Biden
        and Trump), pointing back ("pemimpin A.S. itu") it stands for the one named last before it."""
        matches = self._role_holders(role, False)
        back = POINTED_BACK.search(role) or _POINTING_BACK_AFTER.match(self.paragraphs[pi], pos + len(role))
        if len(matches) == 1 or not back:
            return matches[0] if len(matches) == 1 else None
        for k in range(pi, -1, -1):
            named = [e.canonical for e in self.ents(k, 0, pos if k == pi else len(self.paragraphs[k]), "person")]
            if last := next((n for n in reversed(named) if n in matches), None):
                return last
        return None

    def _role_holders(self, role: str, need_country: bool) -> list[str]:
        """Those the article introduced with the role, the best fits first (resolve_role)."""
        words = [w.strip(",.()") for w in expand_title(role).split() if w not in _ROLE_FILLER]
        if not words:
            return []
        countries = {info.country.lower() for info in self.people.values() if info.country}
        wanted = {w for w in words if w.isalpha() and w not in countries} or set(words)
        spelled_countries = {w for c in countries for w in c.split()} | _country_words_in(words)
        # the role as written, but for words anyone may be called ("pejabat itu": an official)
        own = {w.strip(",.()") for w in role.lower().split() if w not in _ROLE_FILLER} - countries - _UNNAMED_NOUNS
        scored = []
        for name, info in self.people.items():
            if not info.role:
                continue
            role = expand_title(info.role)  # "Menhan AS" is "menteri pertahanan as"
            have = {w.strip(",.()") for w in role.split()}
            share = len(wanted & have) / len(wanted)
            if share >= 0.6 or (role.startswith(words[0]) and all(_names_a_country(w, spelled_countries) for w in wanted - have)
                                and not _names_another_country(wanted - have, info.country)):
                scored.append((max(share, 0.6), name))
            elif _in_own_words(own, info) == 1:  # "kata Sekretaris itu": the one the article called so
                scored.append((0.6, name))
        if not scored:
            return []
        top = max(s for s, _n in scored)
        matches = [n for s, n in scored if s == top]
        spelled = " " + " ".join(words) + " "  # "presiden korea selatan": the country's name, however many words
        narrowed = [n for n in matches if self.people[n].country and any(
            f" {name.lower()} " in spelled for name in _country_words(self.people[n].country or ""))]
        if need_country:
            matches = narrowed
        elif len(matches) > 1:
            matches = narrowed or matches
        if len(matches) > 1:  # of two defence ministers, the one the article called by these words
            best = max(_in_own_words(own, self.people[n]) for n in matches)
            matches = [n for n in matches if _in_own_words(own, self.people[n]) == best]
        return matches

    # --- who is named before the quote ----------------------------------------------------

    def sentence_subject(self, pi: int, sent_start: int) -> tuple[str, int] | None:
        """(person, end offset) when the sentence opens with a person (after titles only)."""
        para = self.paragraphs[pi]
        end = self.sentence_end(pi, sent_start)
        persons = self.ents(pi, sent_start, end, "person")
        if _OPENER.match(para, sent_start) and (speaking := self._speaks_after_the_opening(para, persons)) is not None:
            if _owned_by_a_body(para, speaking.start):
                return None  # "Pada bulan April 2021, pemerintahan Biden mengumumkan ...": the administration speaks
            return speaking.canonical, speaking.end  # "Ketika ditanya apakah KTT antara Presiden X, Lee ..., Brunson mengatakan"
        if persons and _is_subject_prefix(para[sent_start:persons[0].start]) \
                and not _owned_by_a_body(para, persons[0].start):  # "Pemerintahan Bush menolak": not Bush ("Kekhawatiran Moon": his)
            if (cause := _CAUSES.search(para, persons[0].end, end)) is not None \
                    and any(e.type in ("country", "organization") for e in self.ents(pi, cause.end(), cause.end() + 40)):
                return None  # "Pernyataan Takaichi ini memicu China mengeluarkan ... dan menyebut “...”": China acts
            return persons[0].canonical, persons[0].end
        return None

    @staticmethod
    def _speaks_after_the_opening(para: str, persons: list[Entity]) -> Entity | None:
        """The first person a verb of saying follows, in a sentence that opens with a clause setting the scene; not
        the last of a list ("Hamada, Austin, dan Menhan Korsel Lee, mengatakan": they speak together)."""
        for k, e in enumerate(persons):
            if _VERB_AFTER.match(para, e.end):
                return None if k and _BOTH.search(para, persons[k - 1].end, e.start) else e
        return None

    def before(self, span: Span) -> Attribution | None:
        pi, open_at = span.paragraph, span.start - 1
        sent_start = max(self.sentence_start(pi, max(open_at, 0)), open_at - MAX_LOOKBACK)
        seg = self.paragraphs[pi][sent_start:open_at]
        for step in (self._menurut, self._cited_from, self._passive_nya, self._passive_agent, self._agent_first, self._parenthetical,
                     self._verb_subject, self._object_voice, self._statement_that, self._subject_no_verb):
            found = step(pi, sent_start, open_at, seg)
            if found is not None:
                return found
        return None

    def _menurut(self, pi, sent_start, open_at, seg):
        m = _MENURUT.search(seg)
        verbs = list(_VERB_RE.finditer(seg))
        if not m or (verbs and m.start() < verbs[-1].start()):
            return None
        who = "who" if m.group("who") else "agent"
        lo = sent_start + m.start(who)
        persons = self.ents(pi, lo, lo + len(m.group(who)) + 1, "person")
        cue = "menurut" if who == "who" else m.group().split()[0].lower()
        if persons:
            f = self.person(persons[0], f"{cue} + ")
            return Attribution(f.speaker, f.source, f.how, f.confidence)
        orgs = self.ents(pi, lo, lo + len(m.group(who)) + 1)
        if who == "agent" and not orgs:
            return None  # "Dijelaskan dalam laporan itu, ...": no one named
        if not orgs and (holder := self._office_alone(m.group(who).strip())) is not None:
            return Attribution(holder, None, f"{cue} + role noun: {m.group(who).strip().lower()}", 0.6)
        return Attribution(None, orgs[0].canonical if orgs else m.group(who).strip(), cue, 0.85)

    def _office_alone(self, written: str) -> str | None:
        """"Menurut Wali Kota, ...": an office in capitals, no name, no country, in an article
        that introduced one person with it ("Walikota Seoul Oh Se-hoon"): that person, unsure."""
        role = ROLE_NOUN.match(" " + written)
        if role is None or role.end() - 1 != len(written) or not written[:1].isupper():
            return None
        return self.resolve_role(role.group("role"), need_country=True) or self.resolve_role(role.group("role"))

    def _statement_that(self, pi, sent_start, open_at, seg):
        """"... bertolak belakang dengan pernyataan Mike Trotsky, wakil presiden ..., bahwa kedua negara itu dalam
        diskusi “...”": the statement a person made that the quote's words report."""
        for m in _STATEMENT_OF_PERSON.finditer(seg):
            persons = self.ents(pi, sent_start + m.end(), open_at, "person")
            if not persons or not _is_title_words(self.paragraphs[pi][sent_start + m.end():persons[0].start]):
                continue  # "Pernyataan itu ...": no one's named there ("ungkapan Presiden AS Donald Trump": a title between)
            if (that := _THAT.search(seg, persons[0].end - sent_start)) is None or _VERB_RE.search(seg, m.end(), that.start()):
                return None
            f = self.person(persons[0], f"{m.group('noun').lower()} + ")
            return Attribution(f.speaker, f.source, f.how, round(f.confidence - 0.15, 2))
        return None

    def _cited_from(self, pi, sent_start, open_at, seg):
        """"Dilansir dari kantor berita KCNA, “...”": the person or body whose report it is."""
        m = _CITED_FROM.search(seg)
        if m is None:
            return None
        lo = sent_start + m.start("who")
        ents = [e for e in self.ents(pi, lo, lo + len(m.group("who")) + 1) if e.type in ("person", "organization")]
        if not ents:
            return None
        cue = m.group("cue").lower()
        if ents[0].type == "person":
            f = self.person(ents[0], f"{cue} + ")
            return Attribution(f.speaker, f.source, f.how, f.confidence - 0.1)
        return Attribution(None, ents[0].canonical, f"{cue} + organisation", 0.8)

    def _passive_nya(self, pi, sent_start, open_at, seg):
        m = _last(_PASSIVE_NYA, seg)
        if m is None or _VERB_RE.search(seg, m.end()):
            return None
        return self.latest(f"{m.group().lower()} → latest speaker", 0.75)

    def _passive_agent(self, pi, sent_start, open_at, seg):
        """"yang digambarkan Harris sebagai “...”": the agent after a passive verb."""
        m = _last(_PASSIVE_AGENT, seg)
        if m is None or _VERB_RE.search(seg, m.end()):
            return None  # "diberikan oleh Korut, dengan Kim Yo Jong mengecam ... “...”": a later verb has its own subject
        if " oleh" in m.group() and not _DESCRIBING.match(m.group()) and _VERB_RE.search(seg, 0, m.start()):
            return None  # "Kim Min-yi ... mengatakan uji coba yang ditingkatkan oleh Korea Utara adalah “...”": Kim speaks
        ents = self.ents(pi, sent_start + m.end(), open_at)
        if ents and _is_title_words(self.paragraphs[pi][sent_start + m.end():ents[0].start]):
            if _WHICH_IS.search(self.paragraphs[pi], ents[0].end, open_at):
                return None  # "ditolak oleh Tokyo, yang merupakan “tamparan ...”": what the act is called, not the agent's words
            if ents[0].type == "person":
                f = self.person(ents[0], f"{m.group().strip()} + ")
                return Attribution(f.speaker, f.source, f.how, f.confidence - 0.1)
            return Attribution(None, ents[0].canonical, f"{m.group().strip()} + organisation", 0.8)
        return None

    def _agent_first(self, pi, sent_start, open_at, seg):
        """"invasi Rusia, yang oleh Kim disebut sebagai “...”": the one named after "oleh"."""
        m = _AGENT_FIRST.search(seg)
        persons = self.ents(pi, sent_start + m.start("who"), sent_start + m.end("who"), "person") if m else []
        if len(persons) != 1:
            return None
        f = self.person(persons[0], f"{m.group('verb')} + ")
        return Attribution(f.speaker, f.source, f.how, f.confidence - 0.1)

    def _object_voice(self, pi, sent_start, open_at, seg):
        """"Presiden Moon ... menyambut apa yang ia gambarkan sebagai “...”": the pronoun is the
        sentence's subject, else the latest speaker."""
        m = _OBJECT_VOICE.search(seg)
        if m is None:
            return None
        cue = " ".join(m.group().split()[:3]).lower()
        subj = self.sentence_subject(pi, sent_start)
        if subj:
            return Attribution(subj[0], None, f"{cue} → the sentence's subject", 0.8)
        return self.latest(f"{cue} → latest speaker")

    def _parenthetical(self, pi, sent_start, open_at, seg):
        """"Peluncuran tersebut, sambung Kim, telah meningkatkan “...”": a tag set in the sentence."""
        para = self.paragraphs[pi]
        for m in _PARENTHETICAL.finditer(seg):
            at, tag = sent_start + m.end(), m.group().strip(", ")
            ents = [e for e in self.ents(pi, at, open_at) if _is_title_words(para[at:e.start])][:1]
            if ents and ents[0].type == "person":  # "..., kata Menteri Pertahanan Lee Jong-sup, ..."
                f = self.person(ents[0], f"{tag} + ")
                return Attribution(f.speaker, f.source, f.how, f.confidence)
            if ents and ents[0].type == "organization" and para[ents[0].end:ents[0].end + 1] == ",":
                return Attribution(None, ents[0].canonical, f"{tag} + organisation", 0.85)  # "..., sebut Angkatan Udara X, ..."
        return None

    def _subject_persons(self, pi: int, lo: int, hi: int, by_doing: bool) -> list[Entity]:
        """The people between a clause's start and its verb who may be its subject: not one the
        words before make an object ("kepada X") or a possessor; after "dengan" ("Trump memuji
        presiden Moon dengan menyebutnya"), not the object of a verb before either (Trump, not Moon)."""
        para = self.paragraphs[pi]
        return [e for e in self.ents(pi, lo, hi, "person")
                if not OBJECT_BEFORE.search(para, max(lo, e.start - 50), e.start) and not _possessor(para, e.start)
                and not (by_doing and _DONE_TO.search(para, max(lo, e.start - 50), e.start))]

    def _told_with(self, pi: int, sent_start: int, seg: str, verbs: list) -> Attribution | None:
        """"Dia mengatakan kepada orang Amerika bahwa pemimpin itu ... dengan mengatakan hal-hal yang
        “mengerikan”": the words the teller tells with are the teller's, whoever says what in them (when
        the verb right before the quote has no subject of its own: "dengan ...", ", menambahkan")."""
        if len(verbs) < 2 or (told := _TOLD_THAT.match(seg, verbs[0].end())) is None or told.end() > verbs[-1].start() \
                or not _NO_SUBJECT_OF_ITS_OWN.search(seg, 0, verbs[-1].start()):
            return None
        return self._teller(pi, sent_start, sent_start + verbs[0].start())

    def _verb_subject(self, pi, sent_start, open_at, seg):
        """The subject of the last reporting verb before the quote; after "dengan
        mengatakan" (no subject of its own), the subject of the verb before it."""
        verbs = list(_VERB_RE.finditer(seg))[-3:]
        if (teller := self._told_with(pi, sent_start, seg, verbs)) is not None:
            return teller
        for k in range(len(verbs) - 1, -1, -1):
            verb = verbs[k]
            if _PURPOSE.search(seg, max(0, verb.start() - 8), verb.start()):
                continue  # "untuk menunjukkan “keseriusan”": a purpose, not who speaks
            if _NEGATED.search(seg, max(0, verb.start() - 24), verb.start()):
                return None  # "Pejabat AS tidak mengecam ..., tetapi juga tidak mendukung tuduhannya ... “anti-negara”"
            vstart = sent_start + verb.start()
            bounds = self._subject_bounds(pi, sent_start, vstart)
            subj_lo = bounds[-1].end() if bounds else sent_start
            boundary = bounds[-1].group() if bounds else ""
            subject = self.paragraphs[pi][subj_lo:vstart].strip()
            if k > 0 and (teller := self._shared_subject(pi, sent_start, verbs[k - 1], bounds, subject)) is not None:
                return teller  # "DeHart mengatakan ... tetapi (juga) menambahkan bahwa ... “...”"
            persons = self._subject_persons(pi, subj_lo, vstart, by_doing=_BY_DOING.search(seg, 0, verb.start()) is not None)
            if persons and k > 0 and _JOINT.search(self.paragraphs[pi], sent_start, persons[-1].start):
                continue  # "Suga mengatakan dia dan Biden menegaskan “...”": the one who tells of it
            if persons and k > 0 and verb.group() in ACTING_VERBS and (
                    _TELLS.fullmatch(seg, verbs[k - 1].end(), subj_lo - sent_start)
                    or described(seg[verbs[k - 1].end():persons[-1].start - sent_start])):
                # "Ia berkata, Abe menunjukkan “tingkat antusiasme” tinggi": the one who tells of the act
                if (teller := self._teller(pi, sent_start, sent_start + verbs[k - 1].start())) is not None:
                    return teller
            if not persons and k > 0 and _TELLS.fullmatch(seg, verbs[k - 1].end(), subj_lo - sent_start) \
                    and self.ents(pi, subj_lo, vstart) and (teller := self._teller(pi, sent_start, sent_start + verbs[k - 1].start())):
                return teller  # "Ia mengatakan, Amerika Serikat akan menanggapi ... “...”": the one who tells of it
            if not persons and boundary in ("dan", "serta") and (lead := self._named_before_and(pi, sent_start, bounds[-1])):
                return self._led_by(lead, boundary, subject, verb.group())
            if persons and (len(persons) > 1 or boundary in ("dan", "serta")) and (joint := _JOINT_STATEMENT.search(subject)):
                # "Trump ... dan Ishiba ... dalam pernyataan bersama menegaskan “...”": both, in their statement
                return Attribution(None, joint.group().lower(), f"{verb.group()} + {joint.group().lower()}", 0.85)
            if len(persons) > 1 and (both := self._joined(pi, persons[-2], persons[-1])):
                # "Ishiba dan Trump menyatakan “penentangan keras mereka”": both say it, neither alone
                pair = f"{persons[-2].canonical} {both} {persons[-1].canonical}"
                return Attribution(None, pair, f"{verb.group()} + two people", 0.85)
            if persons:
                f = self.person(persons[-1], f"{verb.group()} + ")
                return Attribution(f.speaker, f.source, f.how, f.confidence)
            if _VERB_RE.search(_LEAD_VERB.sub("", subject)):
                continue  # "Ia menyebutkan eskalasi itu mengancam ...": a verb inside what an earlier one reports
            bare = subject.lstrip("”\"’' ")  # "“... kuatnya,” mengatakan": the comma closed a quote
            if boundary == "," and (not bare or bare[:1].islower()) and not _PRONOUN.match(bare) \
                    and (not _BY_PARTICIPLE.match(subject) or _ALSO.match(subject)):  # "..., Kim Yo-jong, juga menyatakan"
                named = self.named_before_commas(pi, sent_start, subj_lo - 1)
                if named is not None:
                    return Attribution(named[0], None, f"{verb.group()} + {named[1]}", 0.8)
                if (body := self.body_before_commas(pi, sent_start, subj_lo - 1)) is not None:
                    return Attribution(None, body, f"{verb.group()} + organisation", 0.85)
            found = self._subject_words(pi, sent_start, subj_lo, vstart, subject, boundary, verb.group(), open_at)
            if found is None and k > 0 and verb.group() in ACTING_VERBS:
                continue  # "Uriminzokkiri ... menyatakan bahwa rencana ini menunjukkan “...”": the one telling of the act
            if found is not None or not (subject and _BY_PARTICIPLE.match(subject)):
                return found
        return None

    def _led_by(self, lead: Entity, boundary: str, subject: str, verb: str) -> Attribution:
        """"Iwaya dan pejabat Jepang lainnya menyebut “...”": the one named first, less surely; "Biden dan
        rekan-rekannya mengutuk “...”": a person and their peers speak together, an unnamed group, none alone."""
        if _PEERS.fullmatch(subject):
            group = f"{lead.canonical} {boundary} {subject}"
            return Attribution(None, group, f"{verb} + unnamed: {group}", 0.7)
        f = self.person(lead, f"{verb} + ")
        return Attribution(f.speaker, f.source, f.how, round(f.confidence - 0.1, 2))

    def _shared_subject(self, pi: int, sent_start: int, before: re.Match, bounds: list[re.Match], subject: str) -> Attribution | None:
        """A verb with no subject of its own right after "tetapi"/"dan" that joins it to the verb of
        saying before, no other clause between ("DeHart mengatakan dia tidak ... tetapi menambahkan
        bahwa ... “...”"): the person that verb has, if it has one."""
        if not bounds or bounds[-1].group() not in _SAME_SUBJECT_GOES_ON or (subject and subject.lower() not in VERB_ADVERBS) \
                or any(b.start() >= sent_start + before.end() for b in bounds[:-1]):
            return None
        return self._teller(pi, sent_start, sent_start + before.start())

    def _subject_bounds(self, pi: int, sent_start: int, vstart: int) -> list[re.Match]:
        """The clause bounds before a verb, but for a time phrase with no verb of its own right before
        it ("Hayashi ... tidak lama setelah peluncuran roket Korea Utara itu mengatakan"): not a clause."""
        para = self.paragraphs[pi]
        bounds = [b for b in _CLAUSE.finditer(para, sent_start, vstart) if not _joins_a_name(para, b)]
        if bounds and _BEFORE_THEN.fullmatch(bounds[-1].group()) and not _VERBLIKE.search(" " + para[bounds[-1].end():vstart]) \
                and not _ANY_VERB.search(para, bounds[-1].end(), vstart):
            bounds.pop()
        return bounds

    def _of_a_pair(self, pi: int, e: Entity, events: list) -> str | None:
        """The second of two people who act together ("Yoon dan Duda mengecam ..."): not the one
        who goes on speaking alone after it ("pungkasnya"), unless the other is the one who spoke
        last; then the one who spoke last goes on."""
        before = [p for p in self.ents(pi, max(0, e.start - 80), e.start, "person") if p.canonical != e.canonical]
        if not before or self._joined(pi, before[-1], e) is None:
            return e.canonical
        last = next((ev[2] for ev in reversed(events) if ev[2]), None)
        return last if last == before[-1].canonical else None

    def _two_subjects(self, pi: int, sent_start: int) -> bool:
        """The sentence opens with two people joined by "dan" ("Prabowo dan Kishi menegaskan")."""
        persons = self.ents(pi, sent_start, self.sentence_end(pi, sent_start), "person")
        return len(persons) >= 2 and persons[0].canonical != persons[1].canonical \
            and self._joined(pi, persons[0], persons[1]) is not None

    def _joined(self, pi: int, first: Entity, second: Entity) -> str | None:
        """"dan" (or "serta") when it joins two people, the second with only titles and the
        countries or bodies of them before the name ("Yoshihide Suga dan Presiden AS Joe
        Biden"); else None."""
        para = self.paragraphs[pi]
        m = _BOTH.match(para, first.end, second.start)
        if m is None:
            return None
        rest, at = [], m.end()
        for e in self.ents(pi, m.end(), second.start):
            rest.append(para[at:e.start])
            at = e.end
        rest.append(para[at:second.start])
        return m.group(1) if _is_title_words(" ".join(rest)) else None

    def _teller(self, pi: int, sent_start: int, vstart: int) -> Attribution | None:
        """Who the sentence's first verb of saying has: the person before it, or the latest
        speaker before the pronoun that stands for them ("Ia berkata, ...")."""
        persons = self.ents(pi, sent_start, vstart, "person")
        if persons:
            return Attribution(persons[-1].canonical, None, "the one who tells of it", 0.8)
        for s, e, text in self.roles.get(pi, []):  # "Pemimpin Korsel mengatakan, ...": the role's one holder
            if sent_start <= s and e <= vstart and (who := self.resolve_role_at(text, pi, s)) is not None:
                return Attribution(who, None, CUE_ROLE_TELLER.format(noun=text), 0.75)
        opening = _without_adverbs(_DISCOURSE.sub("", self.paragraphs[pi][sent_start:vstart]).strip())  # "Ia juga menyebut"
        if not _PRONOUN.fullmatch(opening):
            return None
        before = [e for e in self.events if e[:2] < (pi, sent_start) and e[2]]
        return Attribution(before[-1][2], None, f"{opening.lower()} → latest speaker", 0.75) if before else None

    def _named_before_and(self, pi: int, sent_start: int, joint: re.Match) -> Entity | None:
        """The person a sentence opens with, right before "dan": the named one of a subject of
        several ("Iwaya dan pejabat Jepang lainnya")."""
        para = self.paragraphs[pi]
        persons = self.ents(pi, sent_start, joint.start(), "person")
        if not persons or not _is_subject_prefix(para[sent_start:persons[0].start]):
            return None
        if len(persons) > 1 and any(w not in TITLE_CUES_LOWER for w in _ACT.findall(para, persons[0].end, persons[-1].start)):
            return persons[0]  # "Biden kemudian menoleh ke arah Yoon dan mengatakan:": Yoon is what he turned to
        return persons[-1] if _no_clause_between(para[persons[-1].end:joint.start()]) else None

    def named_before_commas(self, pi: int, sent_start: int, comma: int) -> tuple[str, str] | None:
        """"Mark Lippert, Duta Besar AS untuk Korea Selatan, hari Kamis mengatakan": going
        back over comma-set pieces (a role, a time, a place) that name nobody and do
        nothing, the piece that is a name (after its titles) is the subject."""
        para = self.paragraphs[pi]
        for lo, hi in _comma_pieces(para, sent_start, comma):
            text = para[lo:hi]
            if _RELATIVE_CLAUSE.match(text):
                continue  # "Trump, yang memuji “...,” mengatakan": what the subject did, set off
            persons = self.ents(pi, lo, hi, "person")
            if persons:
                last, prefix = persons[-1], para[lo:persons[-1].start]
                if not (_is_subject_prefix(prefix) or _REPORTED_BY.search(prefix)):
                    return None
                if (verb := _VERB_AFTER.match(para, last.end, hi)) is not None and verb.end() <= hi:
                    return last.canonical, "the subject of the verb before"  # "Hegseth menegaskan ..., menyatakan"
                if _ACTS_AFTER.match(para, last.end, hi):  # "Trump mengeluarkan ultimatum ..., memperingatkan ..."
                    return last.canonical, "the subject of the clause before"
                if para[last.end:hi].strip():
                    return None
                if self._joined_to_another(pi, sent_start, lo):
                    return None  # "Presiden Joe Biden dan Perdana Menteri Jepang, Fumio Kishida, mengumumkan": both
                return last.canonical, "the name before the commas"  # "Mark Lippert", "melaporkan Kim"
            if _VERB_RE.search(text) or _VERBLIKE.search(" " + text) or _CLAUSE_WORD.search(text):
                return None
            roles = [r for r in self.roles.get(pi, []) if lo <= r[0] and r[1] <= hi]
            if roles and (who := self.resolve_role(roles[0][2])):
                if any(e.canonical == who for e in self.ents(pi, sent_start, lo, "person")):
                    continue  # "Rahmat Hidayat, Duta Besar ..., hari Kamis mengatakan": his title, his name before it
                return who, f"role noun: {roles[0][2]}"  # "Duta Besar AS untuk Korea Selatan, hari Kamis mengatakan"
        return None

    def _joined_to_another(self, pi: int, sent_start: int, lo: int) -> bool:
        """The name set off by commas is the second of two subjects: another person, "dan", then
        the titles the name stands in apposition to ("Joe Biden dan Perdana Menteri Jepang, Fumio Kishida")."""
        para = self.paragraphs[pi]
        head = para[sent_start:lo].rstrip(" ,")
        joint = _AND_TITLES.search(head)
        return joint is not None and bool(self.ents(pi, sent_start, sent_start + joint.start(), "person"))

    def body_before_commas(self, pi: int, sent_start: int, comma: int) -> str | None:
        """"Kantor berita Korut, KCNA, melaporkan", "Kementerian Luar Negeri China, dalam
        pernyataannya, mengatakan": going back over comma-set pieces that name nobody and do
        nothing, a piece that is an organisation's name is the subject."""
        para = self.paragraphs[pi]
        for lo, hi in _comma_pieces(para, sent_start, comma):
            text = para[lo:hi]
            if self.ents(pi, lo, hi, "person"):
                return None
            if (acting := self._body_acting(pi, lo, hi)) is not None:
                return acting  # "Korea Utara mengecam Jepang atas ..., menyebut langkah tersebut sebagai “...”"
            if _ACCORDING_TO.match(text):
                continue  # "..., menurut laporan media pemerintah pada hari Senin, menyebut": the source, set off
            if _VERB_RE.search(text) or _CLAUSE_WORD.search(text):
                return None
            bodies = self.ents(pi, lo, hi, "organization")
            if bodies and not para[bodies[-1].end:hi].strip() and _is_subject_prefix(para[lo:bodies[-1].start]):
                return bodies[-1].canonical
            if _VERBLIKE.search(" " + text):
                return None
        return None

    def _body_acting(self, pi: int, lo: int, hi: int) -> str | None:
        """The body or country a comma-set piece opens with as the subject of a verb of saying
        or acting right after it: the subject of the verb the piece's comma leads on from."""
        para = self.paragraphs[pi]
        bodies = [e for e in self.ents(pi, lo, hi) if e.type in ("organization", "country")]
        if not bodies or not _is_subject_prefix(para[lo:bodies[0].start]):
            return None
        acts = _VERB_AFTER.match(para, bodies[0].end, hi) or _ACTS_AFTER.match(para, bodies[0].end, hi)
        return bodies[0].canonical if acts is not None else None

    def _subject_just_before(self, pi: int, sent_start: int) -> str | None:
        """The person the sentence right before opens with as its subject: in the same paragraph, or the
        last of the paragraph before when this one opens with the pronoun and that one quotes no one
        ("Pejabat senior ... Kim Hyun-chong pada hari Jumat membela keputusan pemerintahnya." ¶ "Dia
        mengatakan kepada wartawan bahwa “...”": Kim, not the speaker quoted before him)."""
        if sent_start == 0 and pi > 0:
            prev = self.paragraphs[pi - 1].rstrip()
            last = self.sentence_start(pi - 1, max(0, len(prev) - 2))
            if len(prev) - last > MAX_LOOKBACK or any(mark in prev for mark in '“”"'):
                return None
            found = self.sentence_subject(pi - 1, last)
            return found[0] if found else None
        if sent_start < 2 or self.sentence_start(pi, sent_start) != sent_start:
            return None  # (a sentence cut at the lookback has no sentence just before it)
        before = self.sentence_start(pi, sent_start - 2)
        found = self.sentence_subject(pi, before) if sent_start - before <= MAX_LOOKBACK else None
        return found[0] if found else None

    def _reporter_of_the_clause(self, pi: int, sent_start: int, before: int) -> str | None:
        """The person who says, earlier in the sentence, what the clause holding the quote
        reports: "Karine Jean-Pierre, mengatakan dalam pernyataan bahwa kunjungan Kishida akan
        menekankan ‘...’" (a person, a verb of saying, then "bahwa" before the quote's own verb)."""
        para = self.paragraphs[pi]
        for e in self.ents(pi, sent_start, before, "person"):
            verb = _VERB_AFTER.match(para, e.end)
            if verb is not None and not self.in_quote(pi, e.start) and _THAT.search(para, verb.end(), before):
                return e.canonical
        return None

    def _subject_words(self, pi, sent_start, subj_lo, vstart, subject, boundary, verb, open_at):
        subject = _LEAD_VERB.sub("", _DISCOURSE.sub("", subject))  # "Namun ia menekankan", "mengatakan ia berharap"
        if (m := _PHRASE_THEN_PRONOUN.match(subject)) is not None:
            subject = m.group("pronoun")
        if _PRONOUN.match(subject) and _a_pronoun_and_its_manner(subject.split()):
            if boundary in ("dan", "serta") and len(head := self._subject_persons(pi, sent_start, subj_lo, False)) == 1:
                # "pertemuan puncak pertama Presiden Biden ..., dan beliau mengatakan": the one the sentence named
                return Attribution(head[0].canonical, None, f"{subject.split()[0].lower()} {verb} → the sentence's person", 0.75)
            if not self.paragraphs[pi][sent_start:subj_lo].strip() and (before := self._subject_just_before(pi, sent_start)):
                # "Pekan depan, Hong dikabarkan akan berkunjung ke AS. Ia menjelaskan, ... “...”": Hong
                return Attribution(before, None, f"{subject.split()[0].lower()} {verb} → the subject of the sentence before", 0.7)
            return self.latest_person(f"{subject.split()[0].lower()} {verb} → latest speaker")
        for s, e, text in self.roles.get(pi, []):
            if subj_lo <= s and e <= vstart and not _PLURAL.match(subject):
                who = self.resolve_role_at(text, pi, s)
                if who:
                    return Attribution(who, None, f"role noun: {text}", 0.7)
        if boundary == "yang" and (found := self._who_yang_stands_for(pi, sent_start, subj_lo, subject, verb)) is not None:
            return found
        if not subject or _BY_PARTICIPLE.match(subject) or boundary == "yang":
            same = self.sentence_speaker.get((pi, sent_start))
            subj = self.sentence_subject(pi, sent_start)
            if same or subj:
                return Attribution(same or subj[0], None, f"{subject or ''} {verb} → the sentence's subject".strip(), 0.8)
            if not subject and (source := self.sentence_source.get((pi, sent_start))):
                # "KCNA ... mengatakan “...”, menggambarkan ... sebagai “...”": the body its sentence quoted
                return Attribution(None, source, f"{verb} → {source}", 0.75)
            opening = _DISCOURSE.sub("", self.paragraphs[pi][sent_start:subj_lo].lstrip())
            if _PRONOUN.match(opening):  # "Dia juga mengecam ... dan menyebutnya “...”": the sentence's subject, a pronoun
                return self.latest_person(f"{opening.split()[0].lower()} {verb} → latest speaker")
        if not subject and (opening := self._opening_body(pi, sent_start, subj_lo)) is not None:
            return Attribution(None, opening, f"{verb} + organisation", 0.8)  # "Kantor X, yang lazim disebut Y, menyatakan"
        if (body := self._body_described(pi, sent_start, subj_lo, subject, verb)) is not None:
            return body
        if (epithet := _EPITHET.fullmatch(subject)) and epithet.group("noun").lower() not in _UNNAMED_NOUNS \
                and not _PLURAL.match(subject) \
                and (named := self._the_one_named_before(pi, sent_start)) is not None:
            return Attribution(named, None, f"{subject.lower()} {verb} → the one named before", 0.65)  # "Diktator muda itu"
        if _SOMEONE.match(subject):  # "Seorang pejabat pertahanan AS mengatakan": someone unnamed, not the country
            who = _without_adverbs(subject[0].lower() + subject[1:])
            return Attribution(None, who, f"{verb} + unnamed: {who}", 0.7)
        if _A_LAW.match(subject):  # "Article 9 dalam konstitusi Jepang mengatakan: “...”": the text, not Japan
            return Attribution(None, subject, f"{verb} + {subject.split()[0].lower()}", 0.75)
        if (reporter := self._reporter_of_the_clause(pi, sent_start, subj_lo)) is not None:
            return Attribution(reporter, None, "the sentence's subject", 0.8)  # "X mengatakan dalam pernyataan bahwa ... akan menekankan ‘...’"
        if (body := self._body_as_subject(pi, subj_lo, vstart, subject, verb)) is not None:
            return body
        text = self.paragraphs[pi][sent_start:open_at]
        if _STATEMENT.search(text):
            if _THAT_STATEMENT.fullmatch(subject) and (prev := self._statement_before(pi)) is not None:
                return prev  # "Pernyataan tersebut mengatakan ... “...”": the statement quoted just before, its body's
            return Attribution(None, "pernyataan bersama" if "bersama" in text.lower() else "pernyataan", "statement", 0.85)
        if subject.lower() in TITLE_CUES_LOWER:
            who = self.resolve_role(subject)
            return Attribution(who, None, f"role noun: {subject}", 0.7) if who else None
        if _OWNER_THEN_NAME.match(subject) and len(subject.split()) <= 6:  # "rezim Kim Jong-Un menyatakan": the regime speaks
            return Attribution(None, subject, f"{verb} + {subject.split()[0]}", 0.75)
        return self._this_one_or_unnamed(subject, verb)

    def _this_one_or_unnamed(self, subject: str, verb: str) -> Attribution | None:
        """"Ini menggambarkan rute itu sebagai “tidak biasa”": the one who spoke last; a capitalised subject
        no rule named ("Pihak berwenang menyatakan"): someone unnamed, by those words."""
        if _DEMONSTRATIVE.fullmatch(subject):
            return self.latest(f"{subject.lower()} {verb} → latest speaker", DEMONSTRATIVE_SURE)
        if (head := self._head_of(subject)) is not None:
            return Attribution(head, None, f"role noun: {subject}", 0.65)
        if subject[:1].isupper() and len(subject.split()) <= 6 and _names_a_subject(subject.split()[0]):
            return Attribution(None, _without_adverbs(subject), f"{verb} + unnamed subject", 0.6)
        return None

    def _head_of(self, subject: str) -> str | None:
        """"Kepala pertahanan mengatakan": the one person the article titled head of that field ("Menteri
        Pertahanan Korea Selatan, Han Min-koo")."""
        words = subject.lower().split()
        if len(words) != 2 or words[0] not in HEAD_NOUNS:
            return None
        heads = [name for name, info in self.people.items() if info.role
                 and (title := expand_title(info.role).split())[0] in HEAD_TITLES and words[1] in title[1:]]
        return heads[0] if len(heads) == 1 else None

    def _body_described(self, pi: int, sent_start: int, subj_lo: int, subject: str, verb: str) -> Attribution | None:
        """"Badan itu mengatakan": the body named before; "Peluncuran tersebut diumumkan oleh KCNA ..., dengan outlet
        media pemerintah mengklaim bahwa ... “...”": a medium described, not named, the one organisation its
        sentence named before it."""
        if _THAT_BODY.fullmatch(subject) and (body := self._body_spoken_of(pi, sent_start, subject)) is not None:
            return Attribution(None, body, f"{subject.lower()} {verb} → the one named before", 0.75)
        m = _MEDIUM_DESCRIBED.search(subject)
        if m is None:
            return None
        named = {e.canonical for e in self.ents(pi, sent_start, subj_lo + m.start()) if e.type == "organization"}
        if len(named) != 1:
            return None
        return Attribution(None, named.pop(), f"{m.group('who')} {verb} → the one named before", 0.7)

    def _body_as_subject(self, pi: int, subj_lo: int, vstart: int, subject: str, verb: str) -> Attribution | None:
        """An organisation or a country as the subject ("Kementerian Luar Negeri China", not "China"), or
        an office of a country ("Menteri Pertahanan Korea Selatan telah memperingatkan": the minister)."""
        orgs = [e for e in self.ents(pi, subj_lo, vstart) if e.type in ("organization", "country")]
        if orgs and all(e.type == "country" for e in orgs) and orgs[0].start > subj_lo \
                and (role := _ROLE_BEFORE_COUNTRY.match(subject)) is not None:
            who = self.resolve_role(role.group("role"))
            if who is None and POINTED_BACK.search(role.group("role")) is not None \
                    and (who := self._the_one_named_before(pi, self.sentence_start(pi, subj_lo), orgs[0].canonical)):
                # "Pemimpin Amerika itu kembali mengecam": the American the sentence before named (unsure)
                return Attribution(who, None, f"{role.group('role').lower()} {verb} → the one named before", 0.65)
            return Attribution(who, None if who else role.group("role"), f"{verb} + role noun: {role.group('role')}", 0.75)
        if orgs and all(e.type == "country" for e in orgs) and (men := _MEN_OF.match(subject)) \
                and men.group("noun") not in _OFFICIALS:
            # "para penjaga Amerika dan Korea Selatan meneriakkan “...”": men of those countries, unnamed, not a
            # country ("para pejabat Korea Selatan" do speak for it)
            return Attribution(None, subject, f"{verb} + unnamed: {subject}", 0.7)
        if orgs and all(e.type == "country" for e in orgs) and len({e.canonical for e in orgs}) > 1:
            # "Amerika Serikat, Jepang dan Korea Selatan ... berjanji “...”": all of them, together, not the longest name
            together = " dan ".join(dict.fromkeys(e.canonical for e in orgs))
            return Attribution(None, together, f"{verb} + unnamed: {together}", 0.7)
        if orgs:  # a body before a country ("kantor berita Korea Selatan Yonhap melaporkan": Yonhap, not the country)
            outer = max(orgs, key=lambda e: (e.type == "organization", e.end - e.start, -e.start))
            return Attribution(None, outer.canonical, f"{verb} + organisation", 0.9)
        return None

    def _the_one_named_before(self, pi: int, sent_start: int, country: str | None = None) -> str | None:
        """The person the sentence before names last ("Ancaman Trump ini membuat murka pemimpin
        Korut, Kim Jong-un."), for a description of them with "itu" or "ini" opening the next
        (unsure: the description may fit another); of this country, when the description names one."""
        if sent_start:  # the sentence before, in this paragraph
            at, lo, hi = pi, self.sentence_start(pi, max(0, sent_start - 2)), sent_start
        elif pi:  # the paragraph before
            at, lo, hi = pi - 1, 0, len(self.paragraphs[pi - 1])
        else:
            return None
        named = [e.canonical for e in self.ents(at, lo, hi, "person") if not self.in_quote(at, e.start)
                 and (country is None or (e.canonical in self.people and self.people[e.canonical].country == country))]
        return named[-1] if named else None

    def _role_before_yang(self, between: str) -> tuple[str, str] | None:
        """"mengutip presiden AS yang ...": the office right before "yang" (in small letters, as a role noun is
        written), when it stands for one person the article named: (that person, the role's words)."""
        words = between.rstrip()[:-len("yang")].split()
        for k in range(min(ROLE_BEFORE_YANG_WORDS, len(words)), 0, -1):
            role = " ".join(words[-k:])
            if role[:1].islower() and role.split()[0] in TITLE_CUES_LOWER and (who := self.resolve_role(role)) is not None:
                return who, role
        return None

    def _who_yang_stands_for(self, pi: int, sent_start: int, subj_lo: int, subject: str, verb: str) -> Attribution | None:
        """"ucapan Trump di PBB yang menyebut “...”", "Mike Pence yang akan memimpin delegasi AS
        telah berjanji ... “...”": who "yang" stands for, or the subject its clause describes."""
        persons = self.ents(pi, sent_start, subj_lo, "person")
        if persons:
            between = self.paragraphs[pi][persons[-1].end:subj_lo]
            if statement := _OTHERS_STATEMENT.search(between):  # "Wang ... atas pernyataan bersama dari ..."
                return Attribution(None, statement.group("what").lower(), f"yang {verb} → the statement before", 0.8)
            if (role := self._role_before_yang(between)) is not None:  # "kepada Kim, mengutip presiden AS yang mengungkapkan"
                return Attribution(role[0], None, f"yang {verb} role noun: {role[1]}", 0.8)
            if not subject or not between.rstrip()[:-len("yang")].strip(" ,"):  # "Kim Jong-un, yang baru-baru ini menyebut"
                return Attribution(persons[-1].canonical, None, f"yang {verb} → the person before", 0.8 if not subject else 0.75)
        elif not subject and (source := self.sentence_source.get((pi, sent_start))):
            return Attribution(None, source, f"yang {verb} → {source}", 0.75)  # "kata penyiar televisi, yang menambahkan"
        elif (body := self._body_before_yang(pi, sent_start, subj_lo)) is not None:
            # "Kantor Berita Pusat Korea (KCNA) yang dikelola negara mengatakan": the body the clause describes
            return Attribution(None, body, f"yang ... {verb} → the one named before", 0.8)
        return None

    def _body_spoken_of(self, pi: int, sent_start: int, subject: str) -> str | None:
        """"Badan itu", "kementerian tersebut": the organisation last named before the sentence
        whose name opens with that noun, else the one that spoke last."""
        at = Span(pi, sent_start, sent_start, sent_start)
        return self.named_before(at, subject.split()[0].lower()) or self.latest_organisation(at)

    def _body_before_yang(self, pi: int, sent_start: int, subj_lo: int) -> str | None:
        """The organisation right before "yang" (its acronym in brackets between), if one is."""
        bodies = [e for e in self.ents(pi, sent_start, subj_lo) if e.type == "organization"]
        if bodies and _YANG_AFTER.fullmatch(self.paragraphs[pi], bodies[-1].end, subj_lo):
            return bodies[-1].canonical
        return None

    def _opening_body(self, pi: int, sent_start: int, upto: int) -> str | None:
        """The organisation a sentence opens with, when only its apposition set off by commas
        stands between it and the verb: "Kantor kepresidenan Korsel, yang lazim disebut Gedung Biru,"."""
        para = self.paragraphs[pi]
        bodies = [e for e in self.ents(pi, sent_start, upto) if e.type == "organization"]
        if not bodies or not _is_subject_prefix(para[sent_start:bodies[0].start]) or para[bodies[0].end:bodies[0].end + 1] != ",":
            return None
        between = para[bodies[0].end:upto]
        return bodies[0].canonical if not _VERB_RE.search(between) and not any(ch in between for ch in "“”\"") else None

    def _subject_no_verb(self, pi, sent_start, open_at, seg):
        """"Perdana Menteri Shinzo Abe menuding Seoul “...”": the sentence's subject and a verb."""
        subj = self.sentence_subject(pi, sent_start)
        if subj is not None and subj[1] < open_at and _VERBLIKE.match(self.paragraphs[pi], subj[1]):
            return self._statement_told(pi, subj[1], open_at) or Attribution(subj[0], None, "the sentence's subject", 0.7)
        return None

    def _statement_before(self, pi: int) -> Attribution | None:
        """Who made the statement "pernyataan tersebut" points back to: the source (or speaker)
        of the quote said last, in this paragraph or the one before."""
        prev = self.previous_quote(Span(pi, 0, 0, 0))
        if prev is None or pi - prev[0].paragraph > 1 or not (prev[1] or prev[2]):
            return None
        return Attribution(prev[1], None if prev[1] else prev[2], "pernyataan → the statement before", 0.8)

    def _statement_told(self, pi: int, lo: int, open_at: int) -> Attribution | None:
        """"Pompeo menyetujui pernyataan Menlu Kang bahwa ... membutuhkan “...”": the quote is
        in what the statement says, so it is the statement's owner's, not the subject's."""
        para = self.paragraphs[pi]
        for said in _STATEMENT_OF.finditer(para, lo, open_at):
            persons = self.ents(pi, said.end(), open_at, "person")
            if persons and described(para[said.end():persons[0].start]) \
                    and _THEN_THAT.match(para, persons[0].end) and not _ANOTHER_CLAUSE.search(para, persons[0].end, open_at):
                f = self.person(persons[0], f"{said.group().strip().lower()} + ")
                return Attribution(f.speaker, f.source, f"whose statement it is: {f.how}", 0.75)
        return None


def _kin_resolved(paragraphs: list[str], entities: list[Entity]) -> list[Entity]:
    """The entities, with a person named as someone's kin ("adik Kim Jong Un") read as the
    relative the article names beside it ("Kim Yo Jong, adik ... Kim Jong Un" or "adik ...
    Kim Jong Un, Kim Yo Jong,"), or left out when it names none: that person never speaks
    for the relative."""
    kin_of: dict[Entity, tuple[str, int]] = {}  # the person -> (kin word, where the kin phrase starts)
    for e in entities:
        para = paragraphs[e.paragraph]
        m = _KIN_BEFORE.search(para, max(0, e.start - 60), e.start) if e.type == "person" else None
        if m is not None and not any(ch in para[m.start():e.start] for ch in ",.;:“”\""):
            kin_of[e] = (m.group("kin").lower().split()[0], m.start())
        elif e.type == "person" and " " not in e.text and (after := _KIN_AFTER.match(para, e.end)) is not None:
            kin_of[e] = (after.group("kin"), e.start)
    if not kin_of:
        return entities
    relative: dict[tuple[str, str], str] = {}
    persons = [e for e in entities if e.type == "person"]
    for a, b in zip(persons, persons[1:], strict=False):
        para = paragraphs[a.paragraph]
        if a.paragraph != b.paragraph:
            continue
        if b in kin_of and a not in kin_of and _APPOSITION_GAP.fullmatch(para[a.end:kin_of[b][1]]):
            relative.setdefault((kin_of[b][0], b.canonical), a.canonical)  # "Kim Yo Jong, adik ... Kim Jong Un"
        elif a in kin_of and b not in kin_of and re.fullmatch(r"\s*,\s*", para[a.end:b.start]):
            relative.setdefault((kin_of[a][0], a.canonical), b.canonical)  # "adik Kim Jong Un, Kim Yo Jong,"
    out = []
    for e in entities:
        if e not in kin_of:
            out.append(e)
        elif (who := _relative(relative, kin_of[e][0], e) or _one_of_the_family(persons, e)) is not None:
            out.append(Entity(e.text, e.type, who, e.paragraph, e.start, e.end))
    return out


def _one_of_the_family(persons: list[Entity], e: Entity) -> str | None:
    """"ungkap adik Kim Jong Un" where the article names, apart, one other person of his family's name ("lanjut Yo
    Jong", read as Kim Yo Jong): that relative. Two or more: none of them."""
    words = e.canonical.split()
    kin = {p.canonical for p in persons if p.canonical != e.canonical and len(p.canonical.split()) >= 2
           and (p.canonical.split()[0] == words[0] or p.canonical.split()[-1] == words[-1])}
    return kin.pop() if len(kin) == 1 and len(words) >= 2 else None


def _relative(relative: dict[tuple[str, str], str], kin: str, e: Entity) -> str | None:
    """The relative named for this kin word; for a sibling of either age ("saudari Kim"),
    the one sibling the article names ("Kim Yo Jong, adik ... Kim Jong Un"). A surname
    alone that already stands for that sibling ("saudari Kim", read as Kim Yo Jong) is her."""
    who = relative.get((kin, e.canonical))
    if who is None and kin in KIN_SIBLING_WORDS:
        siblings = {relative[(k, e.canonical)] for k in KIN_SIBLINGS if (k, e.canonical) in relative}
        who = siblings.pop() if len(siblings) == 1 else None
    if who is None and kin in (*KIN_SIBLINGS, *KIN_SIBLING_WORDS) and len(e.text.split()) == 1 \
            and e.canonical in {v for (k, _p), v in relative.items() if k in KIN_SIBLINGS}:
        return e.canonical
    return who if who != e.canonical else None


_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w’'-]*\s+$")


def _joins_a_name(para: str, bound: re.Match) -> bool:
    """"dan" between two capitalised words joins a name ("Pusat Kebenaran dan Keadilan
    Sejarah"), not two clauses."""
    if bound.group() != "dan":
        return False
    after = para[bound.end():bound.end() + 2]
    return after[:1] == " " and after[1:2].isupper() and bool(_CAPITAL_BEFORE.search(para, max(0, bound.start() - 40), bound.start()))


APPOSITION_WORDS = 12  # "mantan penasehat badan beladiri Jepang khusus laut (MSDF)": a description this long at most


def _no_clause_between(gap: str) -> bool:
    """Nothing between a name and "dan", or a description of the person that opens with "mantan"
    or a title and holds no verb ("Norihisa Satake mantan penasehat ... (MSDF) dan ahli peluru
    kendali Jepang mengungkapkan": he is both, and he speaks)."""
    words = gap.split()
    if not words:
        return True
    return len(words) <= APPOSITION_WORDS and (FORMER.fullmatch(words[0]) is not None or words[0].lower() in TITLE_CUES_LOWER) \
        and not any(ch in gap for ch in ",.;:“”\"") and not _ANY_VERB.search(gap) and not _VERBLIKE.search(gap)


def _last(pattern: re.Pattern, text: str) -> re.Match | None:
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - the last one is wanted
        pass
    return found


def _in_own_words(own: set[str], info) -> float:
    """How much of a role, as written, the article's own titles for the person hold: of two
    defence ministers, "Sekretaris Pertahanan itu" is the one it called so."""
    said = {w.strip(",.()") for t in info.titles for w in t.split()}
    return len(own & said) / len(own) if own else 0.0


ROLE_BEFORE_YANG_WORDS = 4  # the most words of an office written right before "yang"
_ROLE_FILLER = frozenset("sang itu tersebut ini seorang mantan eks untuk di dari".split())


# "dia dan Biden", "Kishida dan Yoon": a subject of two, right before the last of them
_JOINT = re.compile(r"\b\w+\s+dan\s+$")


_OWN_TAG_THEN = re.compile(r"^(?:\w+nya\s*,?\s*)?(?:seraya|sambil|lalu|kemudian|dan)?$")


def _subjectless(before_verb: str) -> bool:
    """"“...,” menambahkan bahwa ...", "“...,” katanya, seraya menambahkan, “...”": a verb
    right after a quote's closing mark (or after its own "-nya" tag, or after a bare "dia"),
    with no subject of its own, goes on with the quote's speaker."""
    return bool(_OWN_TAG_THEN.match(before_verb.strip(" ,;”\"’'")) or _PRONOUN_ALONE.fullmatch(before_verb.strip(" ,;”\"’'")))


_PRONOUN_ALONE = re.compile(r"(?i:ia|dia|beliau)")  # "“...?” Dia bertanya. “...”": the speaker's own tag


def _country_words(country: str) -> set[str]:
    e = gazetteer().entry(country)
    return {n.lower() for n in (country, *(e.aliases if e else ()))}


# "Setelah menghadiri gereja di dekat Gedung Putih, Trump ...": a clause that sets the scene
_OPENERS = (r"\s*(?i:setelah|bersama(?:\s+dengan)?|sesudah|sebelum|saat|ketika|usai|seusai|dalam|pada|menanggapi|sementara\s+itu|sementara(?=\s+[a-z])|di\s+sela"
            r"|di\s+(?:sini|sana|situ)|(?:pekan|minggu|bulan|tahun)\s+(?:depan|lalu|ini)|kemarin|sebelumnya"  # "Pekan depan, Hong ..."
            r"|[\w-]+\s+(?:jam|hari|menit|pekan|minggu|bulan|tahun)\s+(?:sebelum|setelah|sesudah|sejak))\b")  # "Beberapa jam sebelum ..."
_OPENING_CLAUSE = re.compile("^" + _OPENERS + r"[^,.;:“”\"]{0,120},\s*")
_OPENER = re.compile(_OPENERS)


def _comma_pieces(para: str, sent_start: int, comma: int) -> list[tuple[int, int]]:
    """The pieces set off by commas before `comma`, the nearest first (four at most)."""
    commas = [sent_start + m.start() for m in re.finditer(",", para[sent_start:comma])] + [comma]
    starts = [sent_start] + [c + 1 for c in commas[:-1]]
    return list(zip(starts, commas, strict=True))[::-1][:4]


def described(text: str) -> bool:
    """Only a description of the person who follows ("pemimpin Korea Utara "): role nouns
    and capitalised words, no clause of its own."""
    words = text.split()
    return len(words) <= 6 and not any(ch in text for ch in ",.;:“”\"") \
        and all(w[:1].isupper() or w.lower() in TITLE_CUES_LOWER for w in words)


def _is_title_words(text: str) -> bool:
    """Nothing, or only titles ("Perdana Menteri "), between a cue and the name it introduces."""
    words = text.split()
    return len(words) <= 6 and all(w[:1].isupper() and (w in TITLE_WORDS or w.lower() in TITLE_CUES_LOWER or w.lower() in SUBJECT_GLUE
                                                        or _a_country(w))  # "Presiden AS Donald Trump"
                                   for w in words)


def _a_country(word: str) -> bool:
    found = gazetteer().lookup(word)
    return found is not None and found[1] == "country"


OWNER_REACH = 70  # characters before a name where its office's noun and the title between may stand
SPOKESPERSON_WORDS = ("juru bicara", "jubir")
# "kantor Presiden Korea Selatan ", "pemerintahan Perdana Menteri ", "juru bicara ": the noun, then only titles
# ("pemerintahan AS di bawah Presiden Joe Biden": the government under its head, his country between)
_OWNER_OF_NAME = re.compile(r"(?<![\w-])(?P<owner>(?i:kantor|pemerintahan|juru bicara|jubir))\s+"
                            r"(?P<title>(?:[A-Z][\w.-]*\s+){0,3}(?:di\s+bawah\s+(?:kepemimpinan\s+)?)?(?:[A-Z][\w.-]*\s+){0,5})$")
_OWNER_THEN_NAME = re.compile(r"(?:" + "|".join(OWNER_NOUNS) + r")\s+[A-Z]")  # "rezim Kim Jong-Un"
_NOUN_BEFORE = re.compile(r"\b([A-Za-z][a-z]{3,}an|(?i:" + "|".join(OWNER_NOUNS) + r"))\s+$")  # "Pemerintahan Bush" opening a sentence
_VERB_PREFIX = re.compile(r"(?:me|di|ber|ter)")


def _noun_before(para: str, start: int) -> str:
    """The noun right before a name, in lower case ("" when none): capitalised only where it opens
    the sentence ("Pemerintahan Bush"; in "Sekretaris Kabinet Matsuno" it is the title's)."""
    m = _NOUN_BEFORE.search(para, max(0, start - 25), start)
    if m is None or (m.group(1)[:1].isupper() and para[:m.start(1)].rstrip()[-1:] not in ("", ".", "!", "?", "”", '"')):
        return ""
    return m.group(1).lower()


def _possessor(para: str, start: int) -> bool:
    """A person right after an affixed noun in -an, or an owner noun ("rezim Kim"), owns it
    and is not the subject: "waktu kunjungan Lee menunjukkan" (the visit shows), "pernyataan
    Trump", "utusan Kim"."""
    noun = _noun_before(para, start)
    if noun in OWNER_NOUNS and _OFFICE_OF_A_BODY.search(para, max(0, start - 45), start):
        return False  # "juru bicara pemerintah Hirokazu Matsuno": the government's spokesman, named
    return bool(noun) and (noun in OWNER_NOUNS or (not _VERB_PREFIX.match(noun) and is_derived(noun)))


_OFFICE_OF_A_BODY = re.compile(r"(?i:juru\s+bicara|jubir|pejabat|sekretaris|kepala|ketua|menteri|penasihat)\s+\w+\s+$")


def _owned_by_a_body(para: str, start: int) -> bool:
    """A person right after an owner noun ("rezim Kim", "Pemerintahan Bush"): the body is the subject."""
    return _noun_before(para, start) in OWNER_NOUNS


def _country_words_in(words: list[str]) -> set[str]:
    """The words of the countries of two or three words a role spells ("korea selatan")."""
    out: set[str] = set()
    for n in (2, 3):
        for i in range(len(words) - n + 1):
            found = gazetteer().lookup(" ".join(words[i:i + n]).title())
            if found is not None and found[1] == "country":
                out.update(words[i:i + n])
    return out


_COUNTRY_GLUE = frozenset("untuk di dari bagi".split())  # "duta besar Indonesia untuk Korea Selatan"


def _names_another_country(words: set[str], country: str | None) -> bool:
    """"pemimpin as" of Kim Jong Un, the leader of North Korea: the role names a country, not his."""
    for word in words:
        found = gazetteer().lookup(word.upper()) or gazetteer().lookup(word.title())
        if country and found is not None and found[1] == "country" and found[0] != country:
            return True
    return False


def _names_a_country(word: str, spelled: set[str]) -> bool:
    """"as", "korsel", "selatan" (of a country the article names), "untuk": a word of the
    countries a role names, which a person's shorter role may leave out ("presiden AS" is
    the "presiden" introduced; "juru bicara Kementerian Luar Negeri" is no "juru bicara Gedung Putih")."""
    if word in spelled or word in _COUNTRY_GLUE:
        return True
    found = gazetteer().lookup(word.upper()) or gazetteer().lookup(word.title())
    return found is not None and found[1] == "country"


def _without_adverbs(subject: str) -> str:
    """"Buku tersebut juga", "Seoul bahkan": the subject without the adverbs before its verb."""
    words = subject.split()
    while len(words) > 1 and words[-1].lower() in VERB_ADVERBS:
        words.pop()
    return " ".join(words)


def _names_a_subject(first: str) -> bool:
    """Whether a sentence's first word can open a subject standing for a source: not a
    preposition, a conjunction that has no subject of its own ("Sambil menyinggung “...”
    Kim Jong Un mengatakan"), nor a word pointing back ("Pernyataannya Selasa juga ...")."""
    word = first.lower().strip(",")
    return word not in _PREPOSITION_FIRST and not _BY_PARTICIPLE.match(word) and not word.endswith("nya")


def _a_pronoun_and_its_manner(words: list[str]) -> bool:
    """"Dia", "Ia juga", "Dia dengan keras": a pronoun alone, or with words of how (no one else named)."""
    return len(words) <= 2 or (len(words) <= 4 and all(w.islower() for w in words[1:]))


ORGANISATION_SAID = 0.8  # how sure "“...,” jelasnya" is the organisation said to speak just before
ORGANISATION_SAID_REACH = 1  # paragraphs back an organisation said to speak is still the latest speaker


def _is_subject_prefix(prefix: str) -> bool:
    """Only titles, names and discourse markers before the first person (after a clause
    that sets the scene, if any): it is the subject."""
    words = re.findall(r"[\w’'-]+", _OPENING_CLAUSE.sub("", prefix, count=1))
    return len(words) <= 12 and all((w[:1].isupper() and not _a_thing_owned(w)) or w.lower() in SUBJECT_GLUE or w.lower() in _KIN_GLUE
                                    or w.lower() in TITLE_CUES_LOWER or w.capitalize() in TITLE_WORDS for w in words)  # "senior presiden"


def _a_thing_owned(word: str) -> bool:
    """"Kunjungan Presiden Yoon dan Ibu Negara ... terjadi": a thing the person's name only owns (a visit, a
    statement), never a title nor a word that leads to the subject ("Namun", "Menurut")."""
    return word in NOT_NAMES and word.lower() not in SUBJECT_GLUE and word.capitalize() not in TITLE_WORDS and is_derived(word.lower())

