"""Postings kept as arrays beside each segment: common queries matched, counted and scored
with numpy instead of one Python call per matching document.

Whoosh reads a posting list one document at a time in Python. A word that most of a
20,000-article corpus contains ("aliansi") costs ~100 ms to score that way, and five
times that at 100,000. The build therefore keeps, for each segment of the index (a
segment never changes once written; only deletions mark it), every term's documents and
weights and every scored field's lengths as flat arrays (`postings-<segment>/`, numpy
files read through mmap, so readers share the pages), and the word pairs of the fields
the field table pairs (two-word phrases: read from each article, not kept in Whoosh).
index/fastmatch.py evaluates a parsed query over them with Whoosh's own BM25F formula,
so the scores and the order are Whoosh's.

A segment without its arrays (an index built before them, a write that failed) is never
an error: the searcher then matches with Whoosh as before.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from itertools import accumulate, repeat
from pathlib import Path

import numpy as np

from . import fields
from .analysis import stemmed_words

VERSION = 3  # bump when what is kept changes shape (2: 64-bit term hashes as keys; 3: word pairs from the articles)
SEP = b"\x1f"  # between a field's name and a term in a key
MAX_KEY = 80  # bytes: a longer term (a pasted URL) is left to Whoosh


def folder_for(index_folder: Path, segment_id: str) -> Path:
    return index_folder / f"postings-{VERSION}-{segment_id}"


def key(fieldname: str, text: str | bytes) -> bytes:
    raw = text if isinstance(text, bytes) else text.encode("utf-8")
    return fieldname.encode("ascii") + SEP + raw


# -- writing (the build) ---------------------------------------------------------------

def keep(index_folder: Path, reader) -> None:
    """Write the arrays of every segment of this reader that has none yet; remove those
    of segments that are gone (merged away)."""
    for stray in index_folder.glob(".postings-*.tmp"):  # what a killed build left (builds hold the lock)
        shutil.rmtree(stray, ignore_errors=True)
    live = set()
    for sub, _offset in reader.leaf_readers():
        if sub.segment() is None:
            continue  # an empty index's reader: no segment, nothing to keep
        segment_id = sub.segment().segment_id()
        target = folder_for(index_folder, segment_id)
        live.add(target.name)
        if not target.exists():
            _write(target, sub)  # a worker already wrote those of the segments it made
    for old in index_folder.glob("postings-*"):
        if old.name not in live and not old.name.startswith("."):
            shutil.rmtree(old, ignore_errors=True)


def keep_new(index_folder: Path, storage, schema, segment, articles: list | None = None) -> None:
    """Write the arrays of one segment a build worker has just made (before it is part of
    the index): each worker does its own in parallel, and keep() then finds them done.
    A build killed before its commit leaves them for keep() to remove as not live.
    `articles`: the segment's articles in document order, as the worker still holds them
    (their word pairs are then not read back from the data column)."""
    from whoosh.reading import SegmentReader

    sub = SegmentReader(storage, schema, segment)
    try:
        _write(folder_for(index_folder, segment.segment_id()), sub, articles)
    finally:
        sub.close()


def _write(target: Path, sub, articles: list | None = None) -> None:
    tmp = target.parent / f".{target.name}.{os.getpid()}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    read = _Postings()
    read.segment(sub)
    read.pairs(enumerate(articles) if articles is not None else _live_articles(sub))
    hashes = np.array(read.hashes, dtype=np.uint64)
    order = np.argsort(hashes, kind="stable")
    if len(hashes) and (np.diff(hashes[order]) == 0).any():
        shutil.rmtree(tmp)  # two terms share a hash: this segment is left to Whoosh
        return
    counts = np.array(read.counts, dtype=np.int64)
    first = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=first[1:])
    starts = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts[order], out=starts[1:])
    # where each posting of the terms in hash order was read: each term's run, moved
    picks = np.repeat(first[order] - starts[:-1], counts[order]) + np.arange(starts[-1])
    np.save(tmp / "keys.npy", hashes[order])
    np.save(tmp / "starts.npy", starts)
    np.save(tmp / "docs.npy", np.array(read.docs, dtype=np.uint32)[picks])
    np.save(tmp / "weights.npy", np.array(read.weights, dtype=np.float32)[picks])
    for name in scored_fields(sub.schema):
        np.save(tmp / f"length-{name}.npy", _lengths(sub, name))
    os.replace(tmp, target)


def kept_fields(schema) -> list[str]:
    """The Whoosh fields whose postings are kept: the words, names and terms queries reach
    (those a query names, and unstored ones that exist only to be queried, like `day`);
    not the stored identity of each document (key, file, id), nor dates and numbers."""
    return [f.name for f in fields.FIELDS if f.name in schema and f.kind.type in _TERMS
            and (f.query or not dict(f.kind.options).get("stored"))]


_TERMS = ("TEXT", "KEYWORD", "ID")


def scored_fields(schema) -> list[str]:
    return [name for name in kept_fields(schema) if schema[name].scorable]


class _Postings:
    """Every kept term's postings of one segment, read in the order the terms file holds
    them: a term in one document (most pairs) is all in the term's info; longer lists are read
    a block at a time (Whoosh 3 keeps ids as gaps, weights as a tuple, one float for all,
    or None for all 1.0)."""

    def __init__(self):
        self.hashes: list[int] = []
        self.counts: list[int] = []
        self.docs: list[int] = []
        self.weights: list[float] = []

    def segment(self, sub) -> None:
        kept = set(kept_fields(sub.schema))
        terms = sub._terms
        for (name, text), info in terms.items():
            if name not in kept or len(key(name, text)) > MAX_KEY:
                continue
            before = len(self.docs)
            if info.doc_frequency() == 1:  # most pairs: the term's info says it all
                self.docs.append(info.min_id())
                self.weights.append(info.weight())
            elif info.is_inlined():
                ids, weights, _values = info.inlined_postings()
                self.docs.extend(ids)
                self.weights.extend(weights)
            else:
                self._blocks(terms._codec.postings_reader(terms._postfile, info, sub.schema[name].format))
            self.hashes.append(term_hash(name, text))
            self.counts.append(len(self.docs) - before)

    def pairs(self, articles) -> None:
        """The word pairs of each pairs field (fields.PAIRS), from each live document's
        article ((docnum, Article) pairs): Whoosh does not hold them (they would double its
        index and its build for one kind of query). Words become numbers, pairs numbers
        made of two, so the grouping is numpy's."""
        paired = [f for f in fields.FIELDS if f.kind.type == fields.PAIRS]
        if not paired:
            return
        vocab: dict[str, int] = {}
        codes, docs = _pair_codes(articles, paired, vocab)
        if not len(codes):
            return
        order = np.lexsort((docs, codes))
        codes, docs = codes[order], docs[order]
        new = np.flatnonzero(np.r_[True, (codes[1:] != codes[:-1]) | (docs[1:] != docs[:-1])])
        tf = np.diff(np.r_[new, len(codes)])  # each (pair, document) once, with its count
        codes, docs = codes[new], docs[new]
        starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
        words = np.array([word_hash(w) for w in vocab], dtype=np.uint64)
        unique = codes[starts]
        field_of, first, second = unique >> _FIELD_SHIFT, (unique >> _WORD_BITS) & _WORD_MASK, unique & _WORD_MASK
        salts = np.array([word_hash(f.name) for f in paired], dtype=np.uint64)
        self.hashes.extend(pair_hashes(salts[field_of], words[first], words[second]).tolist())
        self.counts.extend(np.diff(np.r_[starts, len(codes)]).tolist())
        self.docs.extend(docs.tolist())
        self.weights.extend(tf.tolist())

    def _blocks(self, matcher) -> None:
        while True:
            matcher._read_data()
            gaps, weights = matcher._data[0], matcher._data[1]
            self.docs.extend(accumulate(gaps))
            if weights is None or isinstance(weights, float):
                self.weights.extend(repeat(1.0 if weights is None else weights, len(gaps)))
            else:
                self.weights.extend(weights)
            if matcher._lastblock:
                break
            matcher._goto(matcher._nextoffset)


def term_hash(fieldname: str, text: str | bytes) -> int:
    """A term's 64-bit key in the arrays (a segment where two terms collide is not kept)."""
    return int.from_bytes(hashlib.blake2b(key(fieldname, text), digest_size=8).digest(), "little")


def word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def pair_hashes(salts: np.ndarray, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """The 64-bit keys of word pairs from their words' hashes (splitmix64's finaliser over
    a mix of the field's hash and both words'): computed for every pair at once."""
    with np.errstate(over="ignore"):
        z = (first ^ salts) * np.uint64(0x9E3779B97F4A7C15) + second
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def pair_hash(fieldname: str, first: str, second: str) -> int:
    one = lambda word: np.array([word_hash(word)], dtype=np.uint64)  # noqa: E731
    return int(pair_hashes(one(fieldname), one(first), one(second))[0])


_WORD_BITS = 25  # a segment's distinct words are numbered below 2**25 (33 million)
_WORD_MASK = (1 << _WORD_BITS) - 1
_FIELD_SHIFT = 2 * _WORD_BITS


def _live_articles(sub):
    """(docnum, Article) of each live document of a segment, from its data column."""
    from .store import unpack

    if not sub.has_column("data"):
        return
    column = sub.column_reader("data")
    for docnum in range(sub.doc_count_all()):
        if not sub.is_deleted(docnum):
            yield docnum, unpack(column[docnum])


def _pair_codes(articles, paired, vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """(pair codes, their documents): a pair's code is its field's place and its two
    words' numbers in `vocab`, which it fills."""
    from .store import body_text

    codes, docs = [], []
    for docnum, article in articles:
        doc = fields.Doc(article, "", "", (), body_text(article), b"")
        for place, f in enumerate(paired):
            ids = np.array([vocab.setdefault(w, len(vocab)) for w in stemmed_words(f.fill(doc))], dtype=np.int64)
            if len(ids) > 1:
                codes.append((place << _FIELD_SHIFT) | (ids[:-1] << _WORD_BITS) | ids[1:])
                docs.append(np.full(len(ids) - 1, docnum, dtype=np.int64))
    if len(vocab) > _WORD_MASK:
        raise ValueError("too many distinct words in one segment for word pairs")
    return (np.concatenate(codes), np.concatenate(docs)) if codes else (np.zeros(0, np.int64), np.zeros(0, np.int64))


def _lengths(sub, name: str) -> np.ndarray:
    get = sub.doc_field_length
    return np.array([get(d, name, 0) for d in range(sub.doc_count_all())], dtype=np.float32)


# -- reading (the searcher) ------------------------------------------------------------

class Segment:
    """One segment's kept arrays, mapped read-only."""

    def __init__(self, folder: Path, offset: int, deleted: np.ndarray | None):
        load = lambda name: np.load(folder / name, mmap_mode="r")  # noqa: E731
        self.keys, self.starts = load("keys.npy"), load("starts.npy")
        self.docs, self.weights = load("docs.npy"), load("weights.npy")
        self.offset, self.deleted = offset, deleted
        self.lengths = {p.stem[len("length-"):]: load(p.name) for p in folder.glob("length-*.npy")}

    def term(self, k: int) -> tuple[np.ndarray, np.ndarray] | None:
        i = int(np.searchsorted(self.keys, np.uint64(k)))
        if i >= len(self.keys) or int(self.keys[i]) != k:
            return None
        a, b = int(self.starts[i]), int(self.starts[i + 1])
        docs, weights = self.docs[a:b], self.weights[a:b]
        if self.deleted is not None:
            live = ~self.deleted[docs]
            docs, weights = docs[live], weights[live]
        return docs.astype(np.int64) + self.offset, np.asarray(weights, dtype=np.float64)


class Kept:
    """Every segment's arrays for one open reader, or None when a segment has none."""

    def __init__(self, segments: list[Segment]):
        self.segments = segments
        self._lengths: dict[str, np.ndarray] = {}

    @classmethod
    def open(cls, index_folder: Path, reader) -> Kept | None:
        segments = []
        for sub, offset in reader.leaf_readers():
            if sub.segment() is None:
                return None  # an empty index: Whoosh answers at once
            folder = folder_for(index_folder, sub.segment().segment_id())
            if not (folder / "weights.npy").exists():
                return None
            deleted = None
            if sub.has_deletions():
                deleted = np.zeros(sub.doc_count_all(), dtype=bool)
                deleted[sorted(sub.deleted_docs_set)] = True
            try:
                segments.append(Segment(folder, offset, deleted))
            except (OSError, ValueError):
                return None
        return cls(segments)

    def term(self, fieldname: str, text: str | bytes) -> tuple[np.ndarray, np.ndarray]:
        """(docnums ascending, weights) of one term over every live document."""
        return self._find(term_hash(fieldname, text))

    def pair(self, fieldname: str, first: str, second: str) -> tuple[np.ndarray, np.ndarray]:
        """(docnums ascending, counts) of two neighbouring words in a pairs field."""
        return self._find(pair_hash(fieldname, first, second))

    def _find(self, k: int) -> tuple[np.ndarray, np.ndarray]:
        found = [hit for hit in (s.term(k) for s in self.segments) if hit is not None]
        if not found:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
        if len(found) == 1:
            return found[0]
        return np.concatenate([d for d, _ in found]), np.concatenate([w for _, w in found])

    def lengths(self, fieldname: str) -> np.ndarray | None:
        """Every document's length of a scored field (Whoosh's own, byte-rounded, values)."""
        if fieldname not in self._lengths:
            parts = [s.lengths[fieldname] for s in self.segments if fieldname in s.lengths]
            if len(parts) < len(self.segments):
                return None
            self._lengths[fieldname] = np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)
        return self._lengths[fieldname]

    @staticmethod
    def covers(fieldname: str, text: str | bytes) -> bool:
        return len(key(fieldname, text)) <= MAX_KEY
