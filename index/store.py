"""The Whoosh index: schema, incremental atomic builds, read-only opening.

The index is its own manifest: every document stores its file's path, size,
mtime and content hash, so an update compares the corpus with what the last
*committed* generation holds. Whoosh writes new segments first and renames the
table of contents last, so an update killed at any point leaves the previous
commit searchable; a full rebuild writes a new generation beside the live one and
swaps it in (index/generations.py). Locks are fcntl locks the kernel drops with
the process: no stale lock can block the next run, and the next build removes
what a killed one left. Build workers die with the build. Readers open the index
with `readonly=True` and never write, so one admin-built index serves every user;
an index they cannot read raises IndexDamaged, with the command that repairs it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import shutil
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import fields
from .errors import BadRequest, IndexBusy, IndexDamaged, IndexMissing, IndexUnsafe  # noqa: F401 - IndexBusy re-exported
from .fingerprint import extraction_fingerprint
from .generations import (  # generation is re-exported: callers need only this module
    CORPUS_RECORD,
    INDEX_NAME,
    META,
    POINTER,
    build_lock,
    generation,  # noqa: F401
    live_dir,
    next_name,
    remove_leftovers,
    swap,
    toc_generation,
)
from .model import Article
from .reading import ReadError
from .strict import unsafe_reason

SCHEMA_VERSION = fields.schema_version()  # the field table's (index/fields.py): an index built by another is rebuilt


def schema():
    """The Whoosh schema: one field per entry of the field table (index/fields.py)."""
    return fields.schema()


# --- where indexes live ---------------------------------------------------------

def corpus_key(corpus: Iterable[str | os.PathLike[str]]) -> str:
    resolved = sorted(str(Path(p).resolve()) for p in corpus)
    digest = hashlib.sha1("\n".join(resolved).encode()).hexdigest()[:12]
    first = Path(resolved[0]).name if resolved else "corpus"
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", first).strip("-")[:40] or "corpus"
    return f"{slug}-{digest}"


def default_index_dir(corpus: Iterable[str | os.PathLike[str]]) -> Path:
    from platformdirs import user_cache_dir

    base = os.environ.get("ALLIANCE_READER_CACHE") or user_cache_dir("alliance-reader")
    return Path(base) / "indexes" / corpus_key(corpus)


# --- documents --------------------------------------------------------------------

def body_text(article: Article) -> str:
    return "\n\n".join(article.paragraphs)


def paragraph_offsets(article: Article) -> list[int]:
    """Start offset of each paragraph within body_text(article)."""
    offs, pos = [], 0
    for p in article.paragraphs:
        offs.append(pos)
        pos += len(p) + 2
    return offs


def pack(article: Article) -> bytes:
    return zlib.compress(json.dumps(article.to_json(), ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 3)


def unpack(blob: bytes) -> Article:
    return Article.from_json(json.loads(zlib.decompress(blob).decode("utf-8")))


def article_key(file_key: str, article: Article) -> str:
    """The document's key: its file's, and for one of a file's many articles, its entry."""
    return file_key if article.entry is None else f"{file_key}#{article.entry}"


def document(article: Article, file_key: str, sig: tuple) -> dict:
    """The document's fields, as the field table fills them (index/fields.py)."""
    doc = fields.Doc(article, article_key(file_key, article), file_key, sig, body_text(article), pack(article))
    return fields.document(doc)


# --- building -----------------------------------------------------------------------

@dataclass
class UpdateReport:
    index_dir: str
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    total: int = 0  # documents in the index after the update
    seconds: float = 0.0
    rebuilt: bool = False  # a new generation was built beside the live one and swapped in
    cleaned: list[str] = field(default_factory=list)  # what interrupted builds had left, removed
    notes: list[tuple[str, str]] = field(default_factory=list)  # (path, warning): indexed, though its rules failed

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


def file_hash(path: Path) -> str:
    """The hash of the file's content, read as extraction reads it: never blocking on a
    pipe, never a device, never past the size cap (ReadError says why not)."""
    from .reading import read_capped

    return hashlib.sha1(read_capped(path)).hexdigest()


def index_exists(index_dir: str | os.PathLike[str]) -> bool:
    """A live generation with a table of contents (whether its segments are whole or not)."""
    live = live_dir(index_dir)
    return live is not None and toc_generation(live) >= 0


def _write_meta(folder: Path, corpus: list[str]) -> None:
    meta = {"schema": fields.schema_version(), "corpus": corpus}
    tmp = folder / f".meta.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(meta), encoding="utf-8")
    os.replace(tmp, folder / META)


def _meta_of(folder: Path) -> dict:
    return _meta_of_file(folder / META)


def _meta_of_file(path: Path) -> dict:
    from .reading import json_object

    return json_object(path)


def read_meta(index_dir: str | os.PathLike[str]) -> dict:
    """The live generation's metadata (schema version, corpus), or {}."""
    live = live_dir(index_dir)
    return _meta_of(live) if live is not None else {}


def recorded_corpus(index_dir: str | os.PathLike[str]) -> list[str]:
    """The corpus the index was built from: the live generation's, else (a damaged index)
    the newest generation that still says."""
    idir = Path(index_dir)
    folders = [live_dir(idir)] + sorted((p for p in idir.glob("g*") if p.is_dir()), reverse=True)
    metas = [_meta_of(f) for f in folders if f is not None] + [_corpus_record(idir)]
    for meta in metas:
        corpus = meta.get("corpus")
        if corpus and isinstance(corpus, list):
            return [str(c) for c in corpus]
    return []


def _corpus_record(idir: Path) -> dict:
    """The corpus, also kept beside the generations: it survives the loss of the live one."""
    return _meta_of_file(idir / CORPUS_RECORD)


def _keep_corpus_record(idir: Path, corpus: list[str]) -> None:
    if _corpus_record(idir).get("corpus") != corpus:
        tmp = idir / f".corpus.{os.getpid()}.tmp"
        tmp.write_text(json.dumps({"corpus": corpus}), encoding="utf-8")
        os.replace(tmp, idir / CORPUS_RECORD)


def update_index(
    corpus: list[str | os.PathLike[str]],
    index_dir: str | os.PathLike[str],
    *,
    jobs: int = 0,
    progress: Callable[[int, int, str], None] | None = None,
    rebuild: bool = False,
) -> UpdateReport:
    """Bring the index in index_dir up to date with the corpus. Incremental and atomic.

    A full rebuild (a new generation, swapped in when whole: see index/generations.py)
    happens when asked, when there is no index yet, or when the live one was built by
    another schema or lost its metadata. A damaged index raises IndexDamaged unless
    rebuild=True. Another build at work raises IndexBusy.
    """
    t0 = time.perf_counter()
    idir = Path(index_dir)
    with _owner_writes_only():  # readers refuse an index others can change (index/strict.py)
        idir.mkdir(parents=True, exist_ok=True)
        unsafe = unsafe_reason(idir)  # opening it to update would unpickle what others wrote
        if unsafe:
            raise IndexUnsafe(unsafe)
        report = _update_locked(corpus, idir, jobs, progress, rebuild)
    report.seconds = time.perf_counter() - t0
    return report


@contextmanager
def _owner_writes_only() -> Iterator[None]:
    """Whatever the umask, nothing the build creates is writable by group or others."""
    old = os.umask(0o022)
    os.umask(old | 0o022)
    try:
        yield
    finally:
        os.umask(old)


def _update_locked(corpus, idir: Path, jobs: int, progress, rebuild: bool) -> UpdateReport:
    with build_lock(idir):
        cleaned = remove_leftovers(idir)
        if rebuild or _needs_rebuild(idir):
            report = _rebuild(corpus, idir, jobs, progress)
        else:
            live = live_dir(idir)
            assert live is not None  # _needs_rebuild found it
            report = _update(corpus, idir, live, jobs, progress)
        _keep_corpus_record(idir, [str(Path(p).resolve()) for p in corpus])
    report.cleaned = cleaned
    return report


def _needs_rebuild(idir: Path) -> bool:
    live = live_dir(idir)
    if live is None or live == idir:
        return True  # no index yet, or the layout before generations
    open_live(idir)  # a damaged index is not rebuilt unasked: IndexDamaged
    return _meta_of(live).get("schema") != fields.schema_version()


def _rebuild(corpus, idir: Path, jobs: int, progress) -> UpdateReport:
    """Build a whole new generation beside the live one, then swap it in."""
    from whoosh import index

    replacing = live_dir(idir) is not None
    name = next_name(idir)
    partial = idir / f"{name}.partial"
    partial.mkdir()
    try:
        index.create_in(str(partial), schema(), indexname=INDEX_NAME)
        report = _update(corpus, idir, partial, jobs, progress, reuse=_reusable(idir) if replacing else {})
        os.rename(partial, idir / name)
        swap(idir, name)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)  # a killed build's: the next build's job
        raise
    remove_leftovers(idir)  # the old generation: readers keep the files they have open
    report.rebuilt = replacing
    return report


def _reusable(idir: Path) -> dict[tuple[str, str], list[bytes]]:
    """(file key, content hash) -> the packed articles the live generation extracted from
    that file with this very extraction code: a rebuild adds them instead of extracting
    again. Empty when the live generation cannot be read (a damaged index is rebuilt whole)."""
    from whoosh import index

    fingerprint = extraction_fingerprint()
    kept: dict[tuple[str, str], list[bytes]] = {}
    try:
        with reading(idir):
            ix = index.open_dir(str(live_dir(idir)), indexname=INDEX_NAME)
            with ix.searcher() as s:
                reader = s.reader()
                column = reader.column_reader("data") if reader.has_column("data") else None
                for docnum, stored in reader.iter_docs():
                    sig = tuple(stored.get("sig") or ())
                    if column is not None and len(sig) >= 4 and sig[3] == fingerprint and stored.get("file"):
                        kept.setdefault((stored["file"], sig[2]), []).append(column[docnum])
    except Exception:  # noqa: BLE001 - whatever is wrong with the old generation, extract afresh
        return {}
    return kept


def _existing_docs(idir: Path, ix) -> dict[str, tuple[int, tuple]]:
    """file key -> (a docnum, sig) of every file the folder's last commit holds."""
    existing = {}
    with reading(idir), ix.searcher() as s:
        for docnum, stored in s.reader().iter_docs():
            existing[stored.get("file") or stored["key"]] = (docnum, tuple(stored["sig"]))
    return existing


def _plan(files, existing, report: UpdateReport):
    """(todo, gone): the files to (re)index as (key, path, sig), and keys no longer in the corpus."""
    todo: list[tuple[str, str, tuple]] = []
    seen_keys: set[str] = set()
    made_by = extraction_fingerprint()
    for f in files:
        key = str(f.resolve())
        seen_keys.add(key)
        try:
            st = f.stat()
        except OSError as exc:
            report.skipped.append((str(f), f"cannot read: {exc.strerror or exc}"))
            continue
        old = existing.get(key)
        if old and old[1][3:4] != (made_by,):
            old = None  # extracted by other code (an upgrade): extracted again, counted as updated
        if old and old[1][0] == st.st_size and old[1][1] == st.st_mtime_ns:
            report.unchanged += 1
            continue
        try:
            sha = file_hash(f)
        except ReadError:
            sha = ""  # not readable as an article: extraction says why, and an older version goes
        except OSError as exc:
            report.skipped.append((str(f), f"cannot read: {exc.strerror or exc}"))
            continue
        if old and old[1][2] == sha:
            report.unchanged += 1  # touched, same content
            continue
        todo.append((key, str(f), (st.st_size, st.st_mtime_ns, sha, made_by)))
    return todo, [k for k in existing if k not in seen_keys]


def pending_files(corpus: list[str | os.PathLike[str]], index_dir: str | os.PathLike[str]) -> int:
    """How many files a build would index now: every one when it would build anew, else the
    new and changed ones. Reads only; 0 when it cannot tell (the build will say why)."""
    from .reading import find_files, others_can_read

    idir = Path(index_dir)
    try:
        files, _missing = find_files(list(corpus), for_others=idir.exists() and others_can_read(idir))
        live = live_dir(idir) if idir.exists() else None
        if live is None or live == idir or _meta_of(live).get("schema") != fields.schema_version():
            return len(files)
        _live, ix = open_live(idir, readonly=True)  # refuses an index others could have changed
        todo, _gone = _plan(files, _existing_docs(idir, ix), UpdateReport(str(idir)))
        return len(todo)
    except Exception:  # noqa: BLE001 - a damaged, unsafe or unreadable index: the build itself reports it
        return 0


def _update(corpus, idir: Path, folder: Path, jobs: int, progress, reuse: dict | None = None) -> UpdateReport:
    """Update the generation in folder in place: Whoosh commits atomically."""
    from whoosh import index

    from .reading import find_files, others_can_read

    report = UpdateReport(str(idir))
    # an index others read must not show them what the corpus's owner hides from them
    files, missing = find_files(list(corpus), for_others=others_can_read(idir))
    report.skipped.extend(missing)
    with reading(idir):
        ix = index.open_dir(str(folder), indexname=INDEX_NAME)
    corpus_paths = [str(Path(p).resolve()) for p in corpus]
    if _meta_of(folder) != {"schema": fields.schema_version(), "corpus": corpus_paths}:
        _write_meta(folder, corpus_paths)  # only when it changes: a no-op update writes nothing
    existing = _existing_docs(idir, ix)
    todo, gone = _plan(files, existing, report)
    parts = None
    if todo or gone:
        outcomes, parts = _write(ix, folder, existing, todo, gone, jobs, progress, reuse or {})
        _tally(report, outcomes, existing, len(gone))
    with reading(idir), ix.searcher() as s:
        report.total = s.doc_count()
        _keep_views(folder, s, parts)
    return report


def _keep_views(folder: Path, searcher, parts: list[dict] | None = None) -> None:
    """Compute the quote and entity views, the facet table and the stories (near-duplicates)
    of this commit once, here,
    so that readers need not read every article to open them (index/views.py). `parts`:
    the views' shares the build workers gathered, when they made every document of it."""
    from . import postings, views

    reader = searcher.reader()
    commit = reader.generation()
    postings.keep(folder, reader)
    if not views.path_for(folder, commit, "facets").exists():
        views.save(folder, commit, views.facet_arrays(reader), "facets")
    if not views.path_for(folder, commit, "stories").exists():
        views.save(folder, commit, views.story_table(reader), "stories")
    missing = [kind for kind in views.VIEWS if not views.path_for(folder, commit, kind).exists()]
    if not missing:
        return  # nothing changed since they were computed
    if parts is not None and views.parts_cover(parts, reader.doc_count_all()):
        computed = views.from_parts(parts, missing)
    else:
        computed = views.compute(_keyed_articles(reader), missing)
    for kind, view in computed.items():
        views.save(folder, commit, view, kind)
    for stale in folder.glob("views-*.pickle"):  # the one file both views shared before
        stale.unlink(missing_ok=True)


def _keyed_articles(reader) -> Iterable[tuple[str, Article]]:
    """(key, Article) of every live document, read back from the index."""
    if not reader.has_column("data"):
        return ()  # no document yet (an empty corpus): an empty reader has no columns
    column = reader.column_reader("data")
    return ((reader.stored_fields(n)["key"], unpack(column[n])) for n in reader.all_doc_ids())


def _write(ix, folder: Path, existing, todo, gone, jobs: int, progress, reuse: dict):
    """Delete what went or changed, add what is new (what `reuse` holds as it was
    extracted before, the rest extracted now): one commit. Returns the outcomes, and the
    views' shares the workers gathered when they made every document (else None)."""
    kept = [t for t in todo if (t[0], t[2][2]) in reuse]
    todo = [t for t in todo if (t[0], t[2][2]) not in reuse]
    workers = max(1, jobs or os.cpu_count() or 1)
    pool = None
    if workers > 1 and len(todo) >= PARALLEL_MIN:
        try:
            pool = _start_pool(workers)  # started before the lock: workers never hold it
        except (OSError, ValueError):
            pool = None  # no process pool here (e.g. no usable stderr): index in this process
    # the workers gather the views' shares when their segments will be the whole commit
    whole = pool is not None and not existing and not kept
    parts = None
    writer = ix.writer(limitmb=POOL_MB)
    try:
        for key in gone:
            writer.delete_by_term("file", key)  # every article the file gave
        for key, _path, _sig in todo + kept:
            if key in existing:
                writer.delete_by_term("file", key)  # its new version is added below
        reused = [_index_kept(writer, key, path, sig, reuse[(key, sig[2])]) for key, path, sig in kept]
        if pool is None:
            outcomes = _index_serial(writer, todo, progress)
            writer.commit()
        else:
            outcomes, segments, parts = _index_parallel(pool, folder, todo, workers, progress, whole)
            _commit_with_segments(writer, segments)
        outcomes = reused + outcomes
    except BaseException:
        _cancel(writer)
        raise
    finally:
        if pool is not None:
            _stop_pool(pool)
    return outcomes, parts if whole else None


def _cancel(writer) -> None:
    """Give up a write; the error that stopped it is the one to report, not this one's
    (a writer whose commit failed is already closed, and cancel() would say so)."""
    try:
        writer.cancel()
    except Exception:  # noqa: BLE001
        pass


def _tally(report: UpdateReport, outcomes, existing, gone: int) -> None:
    """Count files added, updated and removed; "part" outcomes are records of a file of
    many articles that could not be read (the file's others were)."""
    report.removed += gone
    for key, path, status, reason in outcomes:
        if status == "note":
            report.notes.append((path, reason))
        elif status != "ok":
            report.skipped.append((path, reason))
            if status == "skip" and key in existing:  # a file that turned bad: its old version is gone
                report.removed += 1
        elif key in existing:
            report.updated += 1
        else:
            report.added += 1


PARALLEL_MIN = 64  # fewer changed files than this are indexed in this process
# Whoosh's estimate of the postings a writer sorts in memory before it spills them to a
# temporary run (merged at the end). At 128 MB a worker of a 20,000-article build spilled
# three runs, and adding and committing cost 4.1 ms an article against 2.7 ms with none.
POOL_MB = 512


def _extract_one(path: str):
    """(status, (Articles, problems)-or-reason) for one file; never raises."""
    from .extract import extract_articles
    from .reading import ReadError

    try:
        return "ok", extract_articles(path)
    except ReadError as exc:
        return "skip", str(exc)
    except Exception as exc:  # noqa: BLE001 - a bug must not lose the other files
        return "skip", f"internal error: {exc.__class__.__name__}: {exc}"


def _index_one(writer, key: str, path: str, sig, added: list | None = None) -> list[tuple[str, str, str, str]]:
    """Extract one file into the writer: [(key, path, status, reason)], the file's own
    outcome first, then one "part" per record of it that is no article. `added` collects
    (document key, article) in the order they were added (a worker's segment's documents).
    A "note" names an article indexed with its text only, the rules that read it having failed."""
    from .wording import rules_failed

    status, payload = _extract_one(path)
    if status != "ok":
        return [(key, path, status, str(payload))]
    articles, problems = payload
    for article in articles:
        writer.add_document(**document(article, key, sig))
    if added is not None:
        added.extend((article_key(key, a), a) for a in articles)
    return [(key, path, "ok", "")] + [(key, path, "part", why) for why in problems] \
        + [(key, path, "note", w) for a in articles for w in a.warnings if rules_failed(w)]


def _index_kept(writer, key: str, path: str, sig, blobs: list[bytes]) -> tuple[str, str, str, str]:
    """Add the articles extracted before from this very file content by this very code."""
    for blob in blobs:
        writer.add_document(**document(unpack(blob), key, sig))
    return key, path, "ok", ""


def _index_serial(writer, todo, progress) -> list[tuple[str, str, str, str]]:
    outcomes = []
    for done, (key, path, sig) in enumerate(todo, 1):
        outcomes.extend(_index_one(writer, key, path, sig))
        if progress:
            progress(done, len(todo), path)
    return outcomes


_COUNTER = None  # in worker processes: a shared count of files done


def _init_worker(counter, lifeline) -> None:
    """In each worker: count progress, and die with the build.

    The build holds the only write end of the lifeline pipe; when the build ends in
    any way (even kill -9) the kernel closes it, the read here sees end-of-file, and
    the worker exits at once instead of finishing a batch nobody will commit.
    """
    import sys
    import threading

    global _COUNTER
    _COUNTER = counter
    # what a worker says on the way out (a pool shut down by a failed build) is not the
    # build's one line: each file's outcome, and a worker's death, reach the build itself
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process's life
    threading.Thread(target=_exit_when_orphaned, args=(lifeline,), daemon=True, name="lifeline").start()


def _exit_when_orphaned(lifeline) -> None:
    try:
        lifeline.recv()
    except (EOFError, OSError):
        pass
    os._exit(1)


def _start_pool(workers: int):
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    counter = ctx.Value("i", 0)
    lifeline_r, lifeline_w = ctx.Pipe(duplex=False)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                               initargs=(counter, lifeline_r))
    pool.counter = counter  # type: ignore[attr-defined]
    pool.lifeline = (lifeline_r, lifeline_w)  # type: ignore[attr-defined]
    return pool


def _stop_pool(pool) -> None:
    """End the workers at once (closing the lifeline ends them, whatever they were doing),
    then wait for the pool's own thread to see it: left running, that thread raced the
    interpreter's exit and printed "Exception ignored ... Bad file descriptor" under the
    build's one line (a disk-full test caught it once in a few hundred runs)."""
    for end in pool.lifeline:
        end.close()
    pool.shutdown(wait=True, cancel_futures=True)


def _segment_job(index_dir: str, batch: list[tuple[str, str, tuple]], pool_mb: int, gather: bool):
    """In a worker: extract a batch of files and write them as new segments.

    A segment is closed and another begun before Whoosh's sorting pool would spill to
    disk (`pool_mb`): spilled runs are pickled, read back and merged, which cost a
    10,000-article worker 1.3 ms an article (add 2.43 + finalize 1.60 ms against 1.51 +
    1.17 with no spill). The segments are not yet part of the index: the parent adds them
    when it commits, so a build killed at any point leaves the last committed generation.
    `gather`: also gather each segment's share of the views (index/views.py).
    """
    from whoosh import index

    ix = index.open_dir(index_dir, indexname=INDEX_NAME)
    outcomes: list = []
    segments: list = []
    added: list[tuple[str, Article]] = []
    writer = _new_segment(ix, pool_mb)
    for key, path, sig in batch:
        outcomes.extend(_index_one(writer, key, path, sig, added))
        if _COUNTER is not None:
            with _COUNTER.get_lock():
                _COUNTER.value += 1
        if writer.pool.currentsize > ROLL_AT * writer.pool.limit:
            segments.append(_close_segment(ix, index_dir, writer, added, gather))
            writer, added = _new_segment(ix, pool_mb), []
    segments.append(_close_segment(ix, index_dir, writer, added, gather))
    return outcomes, [s for s in segments if s is not None]


ROLL_AT = 0.8  # of the pool's size: a segment is closed past it, before one more file spills it


def _new_segment(ix, pool_mb: int):
    from whoosh.writing import SegmentWriter

    writer = SegmentWriter(ix, _lk=False, limitmb=pool_mb)
    plain = writer.per_document_reader
    writer.per_document_reader = lambda: _LengthsRead(plain())  # type: ignore[method-assign]
    return writer


class _LengthsRead:
    """The new segment's field lengths as Whoosh's posting writer asks for them: once per
    posting (a seek and a read in the column file each: 9% of a worker's time), here read
    once per document and field into a list."""

    def __init__(self, reader):
        self._reader = reader

    def doc_field_length_reader(self, fieldname: str, default: int = 0):
        get = self._reader.doc_field_length_reader(fieldname, default)
        return [get(d) for d in range(self._reader.doc_count_all())].__getitem__

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0):
        return self._reader.doc_field_length(docnum, fieldname, default)

    def close(self) -> None:
        self._reader.close()


def _close_segment(ix, index_dir: str, writer, added: list, gather: bool):
    """The worker's finished segment, its postings arrays written, with its share of the
    views when asked (None when it holds nothing)."""
    from . import postings, views

    if not writer._added:
        writer._close_segment()
        return None
    segment = writer._finalize_segment()
    postings.keep_new(Path(index_dir), ix.storage, ix.schema, segment, [a for _key, a in added])
    return segment, views.gather(added) if gather else None


def _index_parallel(pool, idir: Path, todo, workers: int, progress, gather: bool = False):
    import concurrent.futures as cf

    # one batch per worker: each becomes one segment, or more when large (_segment_job)
    size = -(-len(todo) // workers)
    batches = [todo[i : i + size] for i in range(0, len(todo), size)]
    futures = [pool.submit(_segment_job, str(idir), b, POOL_MB, gather) for b in batches]
    pending = set(futures)
    while pending:
        _done, pending = cf.wait(pending, timeout=0.2)
        if progress:
            progress(min(pool.counter.value, len(todo)), len(todo), "")
    outcomes: list = []
    segments: list = []
    parts: list[dict | None] = []
    for f in futures:  # in order: the segments' documents are the commit's, in this order
        out, made = f.result()
        outcomes.extend(out)
        segments.extend(segment for segment, _part in made)
        parts.extend(part for _segment, part in made)
    return outcomes, segments, parts


def _commit_with_segments(writer, segments) -> None:
    """Commit the parent's deletions together with the workers' new segments, atomically.

    The same steps as Whoosh's own multi-process writer (MpWriter, multisegment):
    existing segments (merged per policy), the new ones, then a new table of contents.
    """
    final = writer._merge_segments(None, False, True)
    final += segments
    if writer._added:
        final.append(writer._finalize_segment())
    else:
        writer._close_segment()
    writer._commit_toc(final)
    writer._finish()


# --- reading ------------------------------------------------------------------------

def _read_errors() -> tuple[type[BaseException], ...]:
    import pickle
    import struct

    from whoosh.index import IndexError as WhooshIndexError

    return (OSError, EOFError, struct.error, zlib.error, ValueError, KeyError, IndexError, TypeError,
            AssertionError, pickle.UnpicklingError, WhooshIndexError)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError) and exc.filename:
        return f"{Path(exc.filename).name} is missing"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    kind = exc.__class__.__name__
    if kind == "error":  # struct.error, zlib.error
        kind = f"{exc.__class__.__module__}.error"
    text = f"{kind}: {exc}".strip().rstrip(":")
    return text if len(text) <= 80 else text[:79] + "…"


@contextmanager
def reading(index_dir: str | os.PathLike[str]) -> Iterator[None]:
    """An error from reading the index's files means a damaged index: raise IndexDamaged.
    (PermissionError and a BadRequest are not damage: they pass through.)"""
    try:
        yield
    except (IndexDamaged, PermissionError, BadRequest):
        raise
    except _read_errors() as exc:
        raise IndexDamaged(index_dir, _describe(exc)) from exc


def reads(method):
    """A method of an object with an index_dir whose read errors mean a damaged index (IndexDamaged)."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with reading(self.index_dir):
            return method(self, *args, **kwargs)

    return wrapper


def _layout_problem(live: Path) -> str | None:
    if live.name == POINTER:
        return f"its {POINTER} file names no generation" if live.exists() else f"its {POINTER} file is missing"
    if not live.is_dir():
        return f"its generation {live.name} is missing"
    if toc_generation(live) < 0:
        return "its table of contents is missing"
    return None


def open_live(index_dir: str | os.PathLike[str], readonly: bool = False):
    """(live folder, Whoosh index) of the index in index_dir: IndexMissing, IndexDamaged, or
    IndexUnsafe before anything in it is read (Whoosh unpickles its table of contents, so an
    index others could change would run their code: index/strict.py).

    Segments are read through plain files, not mmap: Whoosh copies each part of a
    compound segment it maps into memory whole (its BufferFile is a BytesIO), which cost
    every reader the size of the index's terms and postings (~370 MB at 20,000 articles);
    through files, the pages a query reads stay in the kernel's cache, shared by readers."""
    live, ix, _searcher = _open_live(Path(index_dir), readonly, searching=False)
    return live, ix


def open_live_searcher(index_dir: str | os.PathLike[str]):
    """(live folder, Whoosh index, searcher), read only. The searcher opens in the same
    retry as the index: a rebuild may swap generations and remove the old one between
    the two, and Whoosh reads the table of contents again for the searcher."""
    return _open_live(Path(index_dir), True, searching=True)


def _open_live(idir: Path, readonly: bool, searching: bool):
    from whoosh.filedb.filestore import FileStorage

    unsafe = unsafe_reason(idir)
    if unsafe:
        raise IndexUnsafe(unsafe)
    for _attempt in range(3):  # a rebuild may swap generations between our steps
        live = live_dir(idir)
        if live is None:
            raise IndexMissing(f"no index in {idir}")
        try:
            problem = _layout_problem(live)
            if problem:
                raise IndexDamaged(idir, problem)
            with reading(idir):
                ix = FileStorage(str(live), supports_mmap=False, readonly=readonly).open_index(INDEX_NAME)
                return live, ix, (ix.searcher() if searching else None)
        except IndexDamaged:
            if live_dir(idir) == live:
                raise
    raise IndexDamaged(idir, "its generations keep changing")


def open_index(index_dir: str | os.PathLike[str]):
    """Open for reading only: never creates, locks or writes a file."""
    return open_live(index_dir, readonly=True)[1]


def verify(index_dir: str | os.PathLike[str]) -> int:
    """Read every part of the live index (stored fields, articles, every posting of every
    term): the number of articles, or IndexMissing / IndexDamaged."""
    _live, _ix, searcher = open_live_searcher(index_dir)
    count = 0
    with reading(index_dir), searcher as s:
        reader = s.reader()
        column = reader.column_reader("data")
        for docnum, stored in reader.iter_docs():
            unpack(column[docnum])
            if not stored.get("key"):
                raise IndexDamaged(index_dir, f"document {docnum} has no key")
            count += 1
        for _posting in reader.iter_postings():
            pass
    return count


def repair_command(index_dir: str | os.PathLike[str]) -> str:
    """The command that rebuilds this index, with its corpus when the metadata still names it."""
    import shlex

    corpus = recorded_corpus(index_dir) or ["CORPUS"]
    words = ["alliance-reader", "index", *corpus, "--index-dir", str(index_dir), "--rebuild"]
    return " ".join(w if w == "CORPUS" else shlex.quote(str(w)) for w in words)
