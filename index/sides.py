"""The side an unnamed source speaks for, so that the quotes view sets its words beside its
country's: "pejabat Korea Utara", "kantor presiden Korsel" and "juru bicara Kementerian Luar
Negeri China" name one country; "pejabat itu lagi" and "kantor tersebut" point back at the
one the article introduced ("Pejabat Korea Utara (Korut) mengaku ...", "menurut kantor
kepresidenan Seoul"). A label naming two countries, or none the text gives it, has no side."""

from __future__ import annotations

import re
from dataclasses import replace

from .entities import Gazetteer, extract_entities
from .lexicon import EXPERT_NOUNS, JOINT_SOURCE_WORDS, ROLE_GLUE, SOURCE_PHRASE_ENDS, SOURCE_QUANTIFIERS
from .model import Quote

_INTRODUCED_REACH = 60  # characters after a label's head word that may say whose it is ("Pejabat Korea Utara (Korut)")
# where the words introducing a source end: a mark, a clause's word, or a verb ("Pejabat Korea Utara
# (Korut) mengaku", "pejabat yang", "kantor itu menyatakan bahwa Jepang ..."); a title's lower-case word
# goes on ("kantor menteri pertahanan Jepang")
_PHRASE_END = re.compile(r"[.,;:“”\"]")
_VERB = re.compile(r"(?:me|ber|di|ter)[a-z]{3,}")


def _introducing_words(tail: str) -> str:
    """The words of a tail that still name the source ("Pejabat Korea Utara (Korut)" of "Pejabat
    Korea Utara (Korut) mengaku mengamati ...")."""
    cut = _PHRASE_END.search(tail)
    words = (tail[:cut.start()] if cut else tail).split()
    for i, w in enumerate(words[1:], 1):
        if w in SOURCE_PHRASE_ENDS or (_VERB.fullmatch(w) and w not in ROLE_GLUE):
            return " ".join(words[:i])
    return " ".join(words)


def _sides_named(label: str, gaz: Gazetteer) -> tuple[set[str], bool]:
    """The countries a label names, by name, by an organisation of that country or by a city of
    it ("kantor kepresidenan Seoul"); and whether it names any body or place at all (a news
    outlet, "Kyodo", names no country's voice; its state's mouthpiece, KCNA, does)."""
    sides = set()
    ents = extract_entities([label], gaz).entities
    for e in ents:
        entry = gaz.entry(e.canonical)
        if e.type == "country":
            sides.add(e.canonical)
        elif entry is not None and entry.country and (entry.kind != "media" or entry.state_voice):
            sides.add(entry.country)
    return sides, any(e.type != "person" for e in ents)


def _introduced_side(noun: str, paragraphs: list[str], gaz: Gazetteer) -> str | None:
    """The side the text gives a noun of a label ("pejabat Korut", "Kementerian Luar Negeri Korea
    Utara"), when every time it qualifies that noun it names the same country."""
    word = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
    sides = set()
    for para in paragraphs:
        for m in word.finditer(para):
            sides |= _sides_named(_introducing_words(para[m.start():m.end() + _INTRODUCED_REACH]), gaz)[0]
    return sides.pop() if len(sides) == 1 else None


def _nouns(label: str) -> list[str]:
    """A label's nouns, the last first ("juru bicara kementerian": "kementerian", "bicara", "juru"),
    past its quantifiers and the words that point back ("para pejabat itu lagi": "pejabat")."""
    words = [w for w in label.lower().split() if w not in SOURCE_QUANTIFIERS and w not in SOURCE_PHRASE_ENDS
             and w.isalpha()]
    return words[::-1]


def _side_of(label: str, paragraphs: list[str], gaz: Gazetteer) -> str | None:
    """The side of one unnamed source's label; none for an expert's ("pakar Korea Utara" studies
    the country, and speaks for none), nor one naming someone the text does not place ("juru
    bicara Kristersson"), nor one naming no country, if the text never gave its nouns one, nor one of several
    sides at once that names none of them ("pernyataan bersama tiga menteri")."""
    words = label.lower().split()
    if any(w in EXPERT_NOUNS for w in words):
        return None
    sides, named = _sides_named(label, gaz)
    if not sides:
        sides = _defined_acronyms_side(label, paragraphs, gaz)
    if sides or named or any(w[:1].isupper() for w in label.split()[1:]):
        return sides.pop() if len(sides) == 1 else None
    if any(w in JOINT_SOURCE_WORDS for w in words):
        return None
    # "kata kantor kepresidenan", after "menurut kantor kepresidenan Seoul"
    return next((found for noun in _nouns(label) if (found := _introduced_side(noun, paragraphs, gaz))), None)


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
DEFINED_REACH = 80  # characters before "(NDC)" where the words it stands for, and their country, may be


def _defined_acronyms_side(label: str, paragraphs: list[str], gaz: Gazetteer) -> set[str]:
    """The countries the text gives an acronym of a label where it defines it ("juru bicara ... NDC" after "badan
    militer Korea Utara Komisi Pertahanan nasional (NDC)"): the words before its brackets name them."""
    sides: set[str] = set()
    for acronym in set(_ACRONYM.findall(label)):
        for para in paragraphs:
            for m in re.finditer(r"\(" + acronym + r"\)", para):
                sides |= _sides_named(para[max(0, m.start() - DEFINED_REACH):m.start()], gaz)[0]
    return sides


def with_sides(quotes: list[Quote], paragraphs: list[str], gaz: Gazetteer) -> list[Quote]:
    """The quotes, each of an unnamed source given the side its label names, or the one the text
    gave the label's noun ("pejabat itu lagi" after "Pejabat Korea Utara (Korut) mengaku")."""
    out = []
    for q in quotes:
        if q.speaker or not q.source or not q.source.split():
            out.append(q)
            continue
        out.append(replace(q, side=_side_of(q.source, paragraphs, gaz)))
    return out
