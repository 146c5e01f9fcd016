"""Postings kept as arrays beside each segment: common queries matched, counted and scored
with numpy instead of one Python call per matching document.

Whoosh reads a posting list one document at a time in Python. A word that most of a
20,000-article corpus contains ("aliansi") costs ~100 ms to score that way, and five
times that at 100,000. The build therefore keeps, for each segment of the index (a
segment never changes once written; only deletions mark it), every term's documents and
weights and every scored field's lengths as flat arrays (`postings-<segment>/`, numpy
files read through mmap, so readers share the pages). index/matching.py evaluates a parsed
query over them with Whoosh's own BM25F formula, so the scores and the order are Whoosh's.

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

VERSION = 2  # bump when what is kept changes shape (2: 64-bit term hashes as keys)
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
        segment_id = sub.segment().segment_id()
        target = folder_for(index_folder, segment_id)
        live.add(target.name)
        if not target.exists():
            _write(target, sub)
    for old in index_folder.glob("postings-*"):
        if old.name not in live and not old.name.startswith("."):
            shutil.rmtree(old, ignore_errors=True)


def _write(target: Path, sub) -> None:
    tmp = target.parent / f".{target.name}.{os.getpid()}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    read = _Postings()
    read.segment(sub)
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
    """The fields whose postings are kept: the words, names and terms queries reach (those a
    query names, and unstored ones that exist only to be queried, like `day`); not the
    stored identity of each document (key, file, id), nor dates and numbers (ranges)."""
    return [f.name for f in fields.FIELDS if f.name in schema and f.kind.type in _TERMS
            and (f.query or f.pairs_of or not dict(f.kind.options).get("stored"))]


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

    def __init__(self, segments: list[Segment], size: int):
        self.segments = segments
        self.size = size  # doc_count_all: docnums run below it
        self._lengths: dict[str, np.ndarray] = {}

    @classmethod
    def open(cls, index_folder: Path, reader) -> Kept | None:
        segments = []
        for sub, offset in reader.leaf_readers():
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
        return cls(segments, reader.doc_count_all())

    def term(self, fieldname: str, text: str | bytes) -> tuple[np.ndarray, np.ndarray]:
        """(docnums ascending, weights) of one term over every live document."""
        k = term_hash(fieldname, text)
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
