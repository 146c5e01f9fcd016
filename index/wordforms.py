"""Indonesian word forms by Sastrawi's dictionary of roots (about 30,000), loaded on first use.

Both the index's stemmer (index/analysis.py) and extraction use it; it imports neither
Whoosh nor anything of the reader.
"""

from __future__ import annotations

import functools
import re
import threading

_sastrawi = None
_sastrawi_lock = threading.Lock()
ASCII_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def sastrawi_stemmer():
    """The Sastrawi stemmer, built on first use (reads its dictionary).

    Built from Sastrawi's parts rather than StemmerFactory.create_stemmer():
    the factory wraps the stemmer in an unbounded dict cache; index.analysis.stem
    has its own bounded LRU cache instead.
    """
    global _sastrawi
    if _sastrawi is None:
        with _sastrawi_lock:
            if _sastrawi is None:
                from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
                from Sastrawi.Stemmer.Stemmer import Stemmer
                from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

                words = [w for w in StemmerFactory().get_words() if w]
                _sastrawi = Stemmer(ArrayDictionary(words))
    return _sastrawi


@functools.lru_cache(maxsize=50_000)
def is_derived(word: str) -> bool:
    """Whether `word` is an affixed form of a dictionary root and no root itself:
    "Kunjungi", "Ketegangan", "Temui". Never a root ("Budi", "Hidayat", "Matahari")
    nor a word the dictionary does not know ("Kurniawan", "Trudeau")."""
    w = word.lower()
    if not ASCII_WORD.fullmatch(w):
        return False
    stemmer = sastrawi_stemmer()
    if stemmer.dictionary.contains(w):
        return False
    root = stemmer.stem(w)
    return root != w and stemmer.dictionary.contains(root)


@functools.lru_cache(maxsize=50_000)
def is_word(word: str) -> bool:
    """Whether `word` is Indonesian vocabulary: a dictionary root or an affixed form of one."""
    w = word.lower()
    return bool(ASCII_WORD.fullmatch(w)) and (sastrawi_stemmer().dictionary.contains(w) or is_derived(w))


_VERB_SUFFIXES = ("kan", "i")


@functools.lru_cache(maxsize=50_000)
def is_suffixed_verb(word: str) -> bool:
    """A root with the verb suffix -i or -kan, the way headlines write verbs ("Temui",
    "Kunjungi", "Serukan"); never a root itself ("Budi"), a prefixed form ("Dimas") nor a
    root of three letters ("Hadi")."""
    w = word.lower()
    if not ASCII_WORD.fullmatch(w) or sastrawi_stemmer().dictionary.contains(w):
        return False
    return any(w.endswith(sfx) and len(w) - len(sfx) >= 4 and sastrawi_stemmer().dictionary.contains(w[:-len(sfx)])
               for sfx in _VERB_SUFFIXES)
