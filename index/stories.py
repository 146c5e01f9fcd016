"""One story, many outlets: wire copy (ANTARA, Reuters, Yonhap) republished with small
edits. Each article's body gets a MinHash signature (datasketch) when it is extracted;
once per commit the build groups the signatures with locality-sensitive hashing and
keeps, beside the index, which documents tell the same story. Search then shows each
story once ("also in: Outlet A, Outlet B") and counts stories, not copies.
"""

from __future__ import annotations

import functools
import re
import zlib

NUM_PERM = 64  # hash functions per signature: 512 bytes per article
SHINGLE = 5  # words per shingle
THRESHOLD = 0.7  # estimated Jaccard similarity of the shingles from which two bodies are one story
MIN_SHINGLES = 8  # a body shorter than this says too little to be matched
SEED = 20240611  # fixed: signatures from different builds compare
SCHEME = "affine32"  # datasketch's hashing scheme, named so a later default cannot change it

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(paragraphs) -> set[bytes]:
    words = _WORD.findall(" ".join(paragraphs).casefold())
    return {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(max(0, len(words) - SHINGLE + 1))}


def signature(paragraphs) -> bytes | None:
    """The body's MinHash signature as bytes (None for a body too short to match)."""
    import numpy as np
    from datasketch import MinHash

    grams = shingles(paragraphs)
    if len(grams) < MIN_SHINGLES:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=zlib.crc32, permutations=_permutations())
    m.update_batch(list(grams))
    return m.hashvalues.astype(np.uint64).tobytes()


@functools.cache
def _permutations():
    """The seed's permutations, drawn once per process (datasketch draws them for every
    MinHash it makes: a fifth of an article's signature time)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def _minhash(blob: bytes):
    import numpy as np
    from datasketch import LeanMinHash

    return LeanMinHash(seed=SEED, hashvalues=np.frombuffer(blob, dtype=np.uint64), scheme=SCHEME)


def group(signatures: dict[int, bytes]) -> dict[int, int]:
    """docnum -> the first docnum of its story, for every document that shares its story
    with another (a document alone in its story is left out).

    In docnum order, each document is compared with the stories found so far; one that
    matches joins them (and is not indexed itself: only a story's first copy is, so a
    thousand copies of one wire story cost a thousand look-ups, not a million)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    firsts: dict = {}  # docnum -> MinHash of each story's first copy (what the LSH holds)
    parent: dict[int, int] = {}
    for d in sorted(signatures):
        m = _minhash(signatures[d])
        same = [other for other in lsh.query(m) if m.jaccard(firsts[other]) >= THRESHOLD]
        if not same:
            lsh.insert(d, m, check_duplication=False)
            firsts[d] = m
        for other in same:
            _union(parent, d, other)
    return {d: _root(parent, d) for d in parent}


def _root(parent: dict[int, int], d: int) -> int:
    while parent.get(d, d) != d:
        parent[d] = parent.get(parent[d], parent[d])  # halve the path
        d = parent[d]
    return d


def _union(parent: dict[int, int], a: int, b: int) -> None:
    parent.setdefault(a, a)
    parent.setdefault(b, b)
    ra, rb = _root(parent, a), _root(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)  # the lowest docnum names the story


def members(story_of: dict[int, int]) -> dict[int, list[int]]:
    """story -> its documents, in docnum order."""
    out: dict[int, list[int]] = {}
    for d in sorted(story_of):
        out.setdefault(story_of[d], []).append(d)
    return out
