"""Indonesian text analysis for the Whoosh index.

Two analyzers share one tokenizer and one normalisation, so a token in the
stemmed field and a token in the exact field always start from the same
surface form:

* :func:`indonesian_analyzer` -- tokenise, lower-case, fold accents, drop a
  *small* list of function words, stem with :func:`stem`. For the body field.
* :func:`exact_analyzer` -- the same without stop words and without stemming.
  For an unstemmed copy of the body (exact words rank first) and for spelling
  suggestions.

Tokenising: a token is a run of letters/digits; internal apostrophes are part
of the word and are then *removed* by the folding map (``Ma'ruf``, ``Ma’ruf``
and ``Maruf`` all give ``maruf``; ``Jum'at`` gives ``jumat``). Hyphens split:
``AS-Jepang`` gives ``as`` + ``jepang`` and the reduplicated plural
``negara-negara`` gives ``negara`` + ``negara``. Splitting is what makes a
search for ``jepang`` find ``Korea-Jepang``; a phrase query for
``negara-negara`` still works because the query goes through the same
analyzer. Character offsets (``chars=True``) always point at the original
span in the text.

Stemming: :data:`STEMMER_NAME` says which stemmer :func:`stem` applies. The
choice was made by measurement (``scripts/stemmer_eval.py``, written up in
``docs/stemmer.md``). Sastrawi's dictionary is loaded lazily on the first
call to :func:`stem`, never at import. :func:`light_stem` is a dictionary-free
rule-based stemmer kept as the licence-clean alternative.

Changing the stemmer, the stop list or the tokenizer changes the tokens in
the index: rebuild the index after any such change.
"""

from __future__ import annotations

import functools
import re
from typing import cast

from whoosh.analysis import Token, Tokenizer
from whoosh.analysis.analyzers import CompositeAnalyzer
from whoosh.support.charset import accent_map

from .wordforms import ASCII_WORD as _ASCII_WORD
from .wordforms import sastrawi_stemmer

__all__ = [
    "STEMMER_NAME",
    "PROTECTED",
    "STOP_WORDS",
    "exact_analyzer",
    "fold",
    "indonesian_analyzer",
    "light_stem",
    "sastrawi_stem",
    "stem",
]

#: Which stemmer :func:`stem` uses: "sastrawi" or "light" (see docs/stemmer.md).
STEMMER_NAME: str = "sastrawi"

# --- tokenising and folding ---------------------------------------------------

# A letter or digit (\w without the underscore), optionally followed by
# combining marks, so text in decomposed form (NFD: "o" + U+0301) stays one token.
_CHAR = r"(?:[^\W_][\u0300-\u036f]*)"
# Words: runs of such characters, joined by internal apostrophes.
TOKEN_PATTERN = rf"{_CHAR}+(?:['\u2019\u02bc\u2018]{_CHAR}+)*"

# whoosh's accent_map, plus: apostrophes vanish (Ma'ruf == Maruf) and combining
# diacritics vanish (NFD text folds like NFC text).
_FOLD_MAP: dict[int, str | None] = dict(cast("dict[int, str]", accent_map))  # its keys are code points
_FOLD_MAP.update({ord(c): None for c in "'\u2019\u02bc\u2018"})
_FOLD_MAP.update({cp: None for cp in range(0x0300, 0x0370)})


def fold(text: str) -> str:
    """Lower-case and accent-fold `text` exactly as both analyzers do."""
    return text.lower().translate(_FOLD_MAP)


# A small stop list: function words only (conjunctions, prepositions,
# demonstratives, the copula, aspect markers). Reporting verbs (kata, ujar,
# menurut, tambah, ungkap, jelas ...) and short content words stay searchable,
# and so do the negations tidak / bukan / belum: in quotes and policy reporting
# they carry meaning ("tidak akan mengirim pasukan"), and only the unstemmed
# exact field would otherwise see them. "dalam" stays too (dalam negeri,
# Kementerian Dalam Negeri). Sastrawi's own stop list is deliberately NOT used:
# it removes kata, ujar, menurut, tambah, jelas, ...
STOP_WORDS: frozenset[str] = frozenset(
    """
    yang dan di ke dari ini itu dengan untuk pada adalah atau juga akan
    telah sudah oleh bahwa tersebut para serta yaitu yakni
    """.split()
)

# --- Sastrawi (dictionary based, loaded lazily) -----------------------------------

_sastrawi_stemmer = sastrawi_stemmer  # the stemmer's dictionary and rules, shared with extraction


def sastrawi_stem(word: str) -> str:
    """Sastrawi on one lower-case word (uncached).

    Words that are not plain ASCII letters (digits, other scripts) are
    returned unchanged: Sastrawi's normaliser would delete such characters.
    """
    if not _ASCII_WORD.fullmatch(word):
        return word
    return _sastrawi_stemmer().stem(word) or word


# --- light_stem: dictionary-free rules ----------------------------------------------

_VOWELS = frozenset("aeiou")
_LOAN_SI = re.compile(r"[^aeiou]si$")
_MONOSYLLABLE = re.compile(r"[^aeiou][aeiou][^aeiou]{1,2}")
_LOWER_ALPHA = re.compile(r"[a-z]+")


def _nvowels(s: str) -> int:
    return sum(1 for c in s if c in _VOWELS)


def _ok(stem: str) -> bool:
    """Minimum-stem guard: at least 3 letters and 2 vowels (~two syllables)."""
    return len(stem) >= 3 and _nvowels(stem) >= 2


def _nasal_readings(cls: str, r: str) -> list[tuple[str, str, bool | str]]:
    """The readings of me-/pe- (`cls`) before the rest of the word `r`, with their nasal recodings."""
    out: list[tuple[str, str, bool | str]] = []
    if r.startswith("nge"):  # menge-/penge- before one-syllable roots (CVC: bom, sah, cek)
        rest = r[3:]
        if _MONOSYLLABLE.fullmatch(rest):
            out.append((cls, rest, True))
    if r.startswith("ny") and r[2:3] in _VOWELS:
        out.append((cls, "s" + r[2:], "recoded"))
    elif r.startswith("ng"):
        rest = r[2:]
        if rest[:1] in _VOWELS or rest[:1] in ("g", "h", "k"):
            out.append((cls, rest, False))
    elif r.startswith("m"):
        rest = r[1:]
        if rest[:1] in _VOWELS:
            out.append((cls, "p" + rest, "recoded"))
        elif rest[:1] in ("b", "f", "p", "v"):
            out.append((cls, rest, False))
    elif r.startswith("n"):
        rest = r[1:]
        if rest[:1] in _VOWELS:
            out.append((cls, "t" + rest, "recoded"))
        elif rest[:1] in ("c", "d", "j", "z") or rest.startswith("sy"):
            out.append((cls, rest, False))
    elif r[:1] in ("l", "r", "w", "y"):
        if cls == "pe" and r.startswith("r"):
            pass  # per- is handled below as its own class
        elif cls == "pe" and r.startswith("lajar"):
            out.append((cls, r[1:], False))  # pelajar -> ajar
        else:
            out.append((cls, r, False))
    elif cls == "pe" and r[:1] and r[:1] not in _VOWELS:
        out.append((cls, r, False))  # pe+C: petani, pekerja, pejabat, pesaing
    return out


def _prefix_options(w: str):
    """(prefix-class, remainder) readings of a prefix at the start of `w`.

    Most specific first. Prefix classes: di, ke, ter, ber, per, me, pe.
    `me`/`pe` carry the standard nasal recodings:
      meny+V -> s (menyerang -> serang)   meng+V -> (mengambil -> ambil)
      mem+V  -> p (memukul -> pukul)      meng+k/g/h -> (mengkritik -> kritik)
      men+V  -> t (menulis -> tulis)      men+c/d/j/z/sy, mem+b/f/p/v -> (mendukung, membangun)
      menge+monosyllable (mengebom -> bom, mengesahkan -> sah)
    """
    out: list[tuple[str, str, bool | str]] = []  # (class, remainder, True/False or "recoded")
    for nasal, cls in (("me", "me"), ("pe", "pe")):
        if w.startswith(nasal):
            out.extend(_nasal_readings(cls, w[2:]))
    if w.startswith("per"):
        out.append(("per", w[3:], False))
    if w.startswith("ber"):
        out.append(("ber", w[3:], False))
    elif w.startswith("belajar"):
        out.append(("ber", w[3:], False))
    elif w.startswith("be") and len(w) > 4 and w[2] not in _VOWELS and w[3:5] == "er":
        out.append(("ber", w[2:], False))  # bekerja, beternak, bepergian
    if w.startswith("ter"):
        out.append(("ter", w[3:], False))
    if w.startswith("di"):
        out.append(("di", w[2:], False))
    if w.startswith("ke"):
        out.append(("ke", w[2:], False))
    return out


# Which prefix may follow which (outermost first); at most three layers.
_NEXT_PREFIX = {
    None: {"di", "ke", "ter", "ber", "per", "me", "pe"},
    "di": {"per", "pe"},
    "me": {"per", "pe"},
    "ke": {"ber", "ter", "per", "pe"},
    "pe": {"ber", "per"},
    "ber": {"ke", "pe"},
    "ter": {"per"},
    "per": set(),
}
# Prefix/suffix pairs that do not form an Indonesian confix (outermost prefix).
_BAD_CONFIX = {
    ("ber", "i"), ("di", "an"), ("ke", "i"), ("ke", "kan"), ("me", "an"),
    ("ter", "an"), ("pe", "kan"), ("pe", "i"),
    # per-...-kan only exists as an imperative (pertahankan), rare in news;
    # without this, perbaikan / perpolitikan would lose the root's final k.
    ("per", "kan"),
}
# After a recoding (meny+V -> s, mem+V -> p, men+V -> t) the restored letter may
# begin a prefix-looking root (menerima -> terima, memeriksa -> periksa); strip
# on as the bare root would be stripped, so form and root still meet.
_AFTER_RECODING = {"ber", "ter", "per"}


def _strip_prefixes(word: str, suffix: str):
    """Remove up to three prefixes. Returns (stem, prefixes, blocked).

    `blocked` is True when nothing was removed although the word starts with
    a prefix reading whose remainder failed the length guard (as in "berte",
    from "bertemu" minus -mu).
    """
    prefixes: list[str]
    current, prefixes, note = word, [], None
    while len(prefixes) < 3:
        if note == "recoded":
            allowed = _AFTER_RECODING
        else:
            allowed = _NEXT_PREFIX[prefixes[-1] if prefixes else None]
        blocked = False
        for cls, rest, kind in _prefix_options(current):
            if cls not in allowed or cls in prefixes:
                continue
            if cls == "ke" and suffix != "an":
                continue  # ke- only inside the ke-...-an confix (ketua, kepala, kejam stay)
            if kind is True or _ok(rest):
                current, note = rest, kind
                prefixes.append(cls)
                break
            blocked = True
        else:
            return current, prefixes, blocked and not prefixes
        if note is True:  # a monosyllabic root: nothing more to strip
            break
    return current, prefixes, False


def _inflection_options(w: str):
    """(base, stripped) candidates: particle then possessive removed, most stripped first."""
    bases = [w]
    for suffixes in (("lah", "kah", "tah", "pun"), ("nya", "ku", "mu")):
        last = bases[-1]
        for suf in suffixes:
            if last.endswith(suf) and _ok(last[: -len(suf)]):
                if suf == "tah" and last[-4] not in _VOWELS:
                    continue  # -tah only follows vowels (apatah); perintah is a root
                bases.append(last[: -len(suf)])
                break
    return [(b, b != w) for b in reversed(bases)]


@functools.lru_cache(maxsize=100_000)
def light_stem(word: str) -> str:
    """Dictionary-free Indonesian stemmer (particles, possessives, derivational
    suffixes, up to three prefixes with nasal recoding, confix constraints).

    Words shorter than 4 letters, and anything that is not plain lower-case
    ASCII letters, are returned unchanged; no removal may leave a stem of fewer
    than 3 letters / 2 vowels (except monosyllabic roots after menge-/penge-).
    Without a dictionary it cannot tell memakan (makan) from memukul (pukul),
    nor mengirim (kirim) from mengambil (ambil): it applies the standard
    recoding (mem+V -> p, meng+V -> nothing) and accepts those errors.
    """
    if len(word) < 4 or not _LOWER_ALPHA.fullmatch(word):
        return word
    # se- is never stripped: roots starting with "se" (sekutu, sejarah,
    # senjata, serangan, sekarang) are far more frequent in news than se-
    # derivatives (sebuah, seorang, sebenarnya), which are rarely searched for.
    # Readings are tried most-stripped first. A reading that leaves a prefix
    # "blocked" (a prefix-looking start whose remainder is too short, as in
    # "bertah" from bertahan, "berte" from bertemu) only wins if no later
    # reading removes anything (kecaman -> kecam).
    fallback = None
    for base, stripped in _inflection_options(word):
        # -nya is so productive that it is stripped even when the prefix-looking
        # start then stays (perangnya -> perang, not per- + "angnya").
        from_nya = stripped and word.endswith("nya") and not base.endswith("nya")
        derivs = [(base[: -len(s)], s) for s in ("kan", "an", "i") if base.endswith(s)]
        if _LOAN_SI.search(base):
            derivs = []  # korupsi, produksi, dimensi, versi: the -i belongs to the loanword
        derivs.append((base, ""))
        for body, suffix in derivs:
            if suffix and len(body) < 3:
                continue
            stem_, prefixes, blocked = _strip_prefixes(body, suffix)
            if suffix in ("kan", "i") and not prefixes:
                continue  # -kan/-i need a prefix (tindakan is tindak + -an)
            if prefixes and (prefixes[0], suffix) in _BAD_CONFIX:
                continue
            if suffix and not prefixes and not _ok(stem_):
                continue
            if stem_ == word:
                continue  # nothing removed: that is the final fallback anyway
            if blocked and not from_nya:
                fallback = fallback or stem_
                continue
            return stem_
    return fallback or word


# --- the chosen stemmer -----------------------------------------------------------

_STEMMERS = {"sastrawi": sastrawi_stem, "light": light_stem.__wrapped__}

# Lexicalised function words that a stemmer would turn into a *different*
# word: menurut (according to) -> turut (take part), sebelum (before) -> belum
# (not yet), mengenai (about) -> kena (hit), termasuk (including) -> masuk
# (enter), sebuah (a) -> buah (fruit), secara -> cara, selama -> lama, ...
# They are kept as they are (with -nya removed: menurutnya -> menurut).
PROTECTED: frozenset[str] = frozenset(
    """
    menurut sebelum sesudah setelah selama secara sebuah sebagai berbagai
    terhadap melalui mengenai termasuk
    """.split()
)


@functools.lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """Stem one lower-case token with the chosen stemmer (:data:`STEMMER_NAME`).

    Words in :data:`PROTECTED` are kept. Never raises; returns the word
    unchanged when the stemmer has nothing to say (unknown word, digits,
    non-Latin script) and never returns "" for a non-empty word.
    """
    if not word:
        return word
    if word in PROTECTED:
        return word
    if word.endswith("nya") and word[:-3] in PROTECTED:
        return word[:-3]
    try:
        result = _STEMMERS[STEMMER_NAME](word)
    except Exception:  # a stemmer bug must not break indexing
        return word
    return result or word


# --- analyzers ----------------------------------------------------------------------


_TOKEN_RE = re.compile(TOKEN_PATTERN)


class IndonesianTokenizer(Tokenizer):
    """Tokenize, lower-case, fold, drop stop words and stem in one pass.

    The same result as RegexTokenizer | LowercaseFilter | CharsetFilter |
    StopFilter | StemFilter, fused into one loop with one cache lookup per
    token: building the index spends most of its time here.
    """

    def __init__(self, stemming: bool = True, stops: bool = True, inflected_only: bool = False):
        self.stemming = stemming
        self.stops = stops
        # keep only surface forms that differ from their stem (memperkuat, not kuat):
        # an exact-form field needs nothing else, since the stemmed field holds the roots
        self.inflected_only = inflected_only

    def __eq__(self, other):
        return (isinstance(other, IndonesianTokenizer) and self.stemming == other.stemming
                and self.stops == other.stops and getattr(other, "inflected_only", False) == self.inflected_only)

    def __hash__(self):
        return hash((self.stemming, self.stops, self.inflected_only))

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.__dict__.setdefault("inflected_only", False)

    def cache(self) -> dict[str, str | None]:
        """raw token -> its indexed form (None: left out), as far as this process has seen."""
        return _NORMAL_STEM if self.stemming else (_NORMAL_INFLECTED if self.inflected_only else _NORMAL_EXACT)

    def _normal(self, raw: str) -> str | None:
        """The indexed form of one raw token, or None for a stop word (cached)."""
        cache = self.cache()
        try:
            return cache[raw]
        except KeyError:
            pass
        word = raw.lower().translate(_FOLD_MAP)
        if not word:
            out = None
        elif self.stops and word in STOP_WORDS:
            out = None
        elif self.inflected_only:
            out = word if stem(word) != word else None
        else:
            out = stem(word) if self.stemming else word
        if len(cache) < 500_000:
            cache[raw] = out
        return out

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            # whole-value analysis is what the query parser asks for fuzzy, prefix and
            # wildcard terms: fold them, never stem them ("Matis~" must stay "matis")
            t.original = value
            t.text = value.lower().translate(_FOLD_MAP)
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        pos = start_pos
        normal = self._normal
        for match in _TOKEN_RE.finditer(value):
            raw = match.group(0)
            text = normal(raw)
            if text is None:
                if removestops or not self.stops:
                    continue
                t.stopped = True
                text = raw.lower().translate(_FOLD_MAP)
            else:
                t.stopped = False
            t.text = text
            t.boost = 1.0
            if keeporiginal:
                t.original = raw
            if positions:
                t.pos = pos
                pos += 1
            if chars:
                t.startchar = start_char + match.start()
                t.endchar = start_char + match.end()
            yield t


_NORMAL_STEM: dict[str, str | None] = {}
_STEMMED_TOKENIZER = IndonesianTokenizer(stemming=True, stops=True)
_NORMAL_EXACT: dict[str, str | None] = {}
_NORMAL_INFLECTED: dict[str, str | None] = {}


_UNSEEN = "\x00"  # never a token's form: a word the cache has not seen


def term_spans(text: str, terms) -> list[tuple[int, int]]:
    """Where the stemmed analyzer finds any of `terms` (stems) in `text`: each token's
    (start, end), the offsets the index's postings hold for the title and body.

    A word this process has not stemmed yet is stemmed only when it holds a term without
    the term's first letter: Indonesian prefixes change at most a root's first letter
    (memukul -> pukul, menyapu -> sapu), so no other word can stem to the term (checked
    on 792,000 affixed forms of 1,500 of Sastrawi's roots and on every word of the real
    pages, the seeds and the benchmark corpus). A reader's first searches then stem a
    few words, not every word of every hit shown (0.2 s on a fresh reader)."""
    wanted = set(terms)
    if not wanted:
        return []
    tails = [t[1:] for t in wanted]  # "" for a one-letter term: every word may be it
    if not _may_hold(text, tails):
        return []
    normal, seen = _STEMMED_TOKENIZER._normal, _NORMAL_STEM
    out = []
    for m in _TOKEN_RE.finditer(text):
        raw = m.group(0)
        word = seen.get(raw, _UNSEEN)
        if word is _UNSEEN:
            folded = fold(raw)
            if not any(tail in folded for tail in tails):
                continue
            word = normal(raw)
        if word in wanted:
            out.append((m.start(), m.end()))
    return out


def word_spans(text: str, words) -> list[tuple[int, int]]:
    """Where any of `words` (folded, unstemmed: the exact field's terms a prefix reached,
    "pertahanan" for "pertah*") stands in `text` as a whole word."""
    wanted = set(words)
    if not wanted:
        return []
    return [(m.start(), m.end()) for m in _TOKEN_RE.finditer(text) if fold(m.group(0)) in wanted]


def _may_hold(text: str, tails: list[str]) -> bool:
    """Whether any word of `text` may stem to a term: by the same first-letter rule, a
    word that does holds the term's tail, and a word's folded form is a piece of the
    folded text (folding is letter by letter; a capital sigma, the one letter lower-cased
    by its context, skips the test). A paragraph without any tail is not scanned."""
    if not all(tails) or "\u03a3" in text:
        return True
    folded = fold(text)
    return any(tail in folded for tail in tails)


def indonesian_analyzer():
    """Analyzer for stemmed body text (same chain at index and query time)."""
    return CompositeAnalyzer(IndonesianTokenizer(stemming=True, stops=True))


def exact_analyzer():
    """Analyzer for the unstemmed copy of the body: no stop words, no stemming."""
    return CompositeAnalyzer(IndonesianTokenizer(stemming=False, stops=False))


def stemmed_words(text: str) -> list[str]:
    """The stemmed words of a text, stop words left out, as the body's analyzer indexes
    them: neighbouring ones are the pairs a two-word phrase looks up (index/postings.py)."""
    normal = _STEMMED_TOKENIZER._normal
    return [w for w in map(normal, _TOKEN_RE.findall(text or "")) if w is not None]


def inflected_analyzer():
    """Unstemmed, but only the words a stemmer would change (memperkuat, kekuatan).

    Indexed beside the stemmed body: a query for an inflected form finds it here
    and ranks its exact occurrences first; roots and names need no second copy.
    """
    return CompositeAnalyzer(IndonesianTokenizer(stemming=False, stops=False, inflected_only=True))
