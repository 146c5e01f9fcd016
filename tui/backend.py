"""The reader's link to the index: locate, build/update, open, search, refresh.

Called from worker threads; one lock serialises use of the Whoosh searcher,
which is not made for concurrent use. No text parsing happens here: everything
comes from `index`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from index import wording
from index.config import Location, locate

SKIPPED_KEPT = 50  # skipped files the reader names (with why); `alliance-reader index` names every one


def index_problem(exc: BaseException, index_dir) -> str:
    """One line for what keeps the reader from its index."""
    from index.errors import IndexBusy, IndexDamaged, IndexMissing, IndexUnsafe

    from .errors import damaged_line

    if isinstance(exc, IndexDamaged):
        return damaged_line(exc)
    if isinstance(exc, (IndexMissing, IndexBusy, IndexUnsafe)):
        return str(exc)
    if isinstance(exc, OSError):
        return wording.CANNOT_READ_INDEX.format(index_dir=index_dir, reason=exc.strerror or exc)
    from .crashlog import report

    return report(exc)


def update_outcome(corpus: list[str], index_dir, *, jobs: int, progress=None) -> BuildOutcome:
    """update_index, with what went wrong as the outcome's one line (never raises)."""
    from index.store import index_exists, update_index

    try:
        report = update_index(
            corpus, index_dir, jobs=jobs,
            progress=(lambda done, total, _path: progress(done, total)) if progress else None,
        )
    except Exception as exc:  # noqa: BLE001 - shown in the status line; the reader stays up
        reason = index_problem(exc, index_dir)
        if index_exists(index_dir):
            return BuildOutcome(error=wording.NOT_UPDATED.format(reason=reason))
        return BuildOutcome(error=wording.CANNOT_BUILD.format(index_dir=index_dir, reason=reason))
    return BuildOutcome(report.added, report.updated, report.removed, report.total, len(report.skipped),
                        skipped_files=[[path, reason] for path, reason in report.skipped[:SKIPPED_KEPT]])


def build_for_reader(corpus: list[str], index_dir, out=None, lifeline=None) -> int:
    """The builder process's side (`alliance-reader index ... --for-reader`): every core,
    progress as JSON lines {"done", "total"} (a few a second), then {"outcome": {...}}.
    It ends at once when its lifeline (standard input) closes: the reader is gone."""
    import json
    import os
    import sys
    import threading
    import time
    from dataclasses import asdict

    out = out or sys.stdout
    lifeline = lifeline if lifeline is not None else sys.stdin

    def orphaned() -> None:
        try:
            while lifeline.read(1):
                pass
        except (OSError, ValueError):
            pass
        os._exit(1)

    threading.Thread(target=orphaned, daemon=True, name="lifeline").start()
    last = [0.0]

    def say(what: dict) -> None:
        out.write(json.dumps(what) + "\n")
        out.flush()

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - last[0] >= 0.1:
            last[0] = now
            say({"done": done, "total": total})

    outcome = update_outcome(corpus, index_dir, jobs=0, progress=progress)
    say({"outcome": asdict(outcome)})
    return 0


@dataclass
class BuildOutcome:
    added: int = 0
    updated: int = 0
    removed: int = 0
    total: int = 0
    skipped: int = 0
    error: str | None = None
    skipped_files: list = field(default_factory=list)  # [path, reason] of the first SKIPPED_KEPT skipped


class Backend:
    def __init__(self, corpus: list[str] | None, index_dir: str | None):
        self.location: Location = locate(corpus or None, index_dir)
        self._lock = threading.RLock()
        self._searcher = None
        self.opened_generation: str | None = None
        self._views: dict = {}  # kind ("quotes", "entities") -> its view, loaded on first use
        self.problem: str | None = None  # why there is no index to read (damaged, missing): one line
        self._builder = None  # the builder process of a big first build (see _update_in_builder)
        self._closed = False

    @property
    def ready(self) -> bool:
        return self._searcher is not None

    def index_present(self) -> bool:
        from index.store import index_exists

        return index_exists(self.location.index_dir)

    def build(self, progress: Callable[[int, int], None] | None = None) -> BuildOutcome:
        """Bring the index up to date (when this process may), then open it.

        Never raises: what went wrong is the outcome's one-line error, and `problem`
        when it leaves nothing to read.
        """
        out = BuildOutcome()
        if self.location.update:
            out = self._update(progress)
        try:
            self.open()
        except Exception as exc:  # noqa: BLE001 - shown on screen; the reader stays up
            self.problem = out.error if out.error and not self.index_present() else index_problem(exc, self.index_dir)
            return BuildOutcome(error=self.problem)
        self.problem = None
        with self._lock:
            out.total = self._searcher.doc_count
        return out

    def _update(self, progress) -> BuildOutcome:
        """A few files: here, in one process. Many (a first launch on a big corpus): in a
        builder process that uses every core as `alliance-reader index` does (a process
        pool started from under Textual failed: "bad value(s) in fds_to_keep")."""
        from index.store import PARALLEL_MIN, pending_files

        corpus = list(self.location.corpus)
        if pending_files(corpus, self.location.index_dir) >= PARALLEL_MIN:
            return self._update_in_builder(corpus, progress)
        return update_outcome(corpus, self.location.index_dir, jobs=1, progress=progress)

    def _update_in_builder(self, corpus: list[str], progress) -> BuildOutcome:
        """`python -m tui.cli index ... --for-reader`: its progress and outcome come as JSON
        lines on a pipe; its standard input is its lifeline (it ends when the reader does)."""
        import json
        import os
        import subprocess
        import sys
        import tempfile

        here = str(Path(__file__).resolve().parent.parent)  # this reader's own packages, first
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (here, os.environ.get("PYTHONPATH")) if p)}
        cmd = [sys.executable, "-m", "tui.cli", "index", *corpus, "--index-dir", str(self.index_dir), "--for-reader"]
        outcome = None
        with tempfile.TemporaryFile() as errors:
            with self._lock:
                if self._closed:
                    return BuildOutcome(error=wording.CANNOT_BUILD.format(index_dir=self.index_dir, reason="closed"))
                self._builder = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors,
                                                 env=env, text=True, encoding="utf-8", errors="replace")
            builder = self._builder
            for line in builder.stdout:
                try:
                    said = json.loads(line)
                except ValueError:
                    continue
                if "done" in said and progress is not None:
                    progress(int(said["done"]), int(said["total"]))
                elif "outcome" in said:
                    outcome = BuildOutcome(**said["outcome"])
            builder.wait()
            errors.seek(0)
            stderr = errors.read().decode("utf-8", "replace")
        if outcome is not None:
            return outcome
        lines = [ln.removeprefix("alliance-reader: ").strip() for ln in stderr.splitlines() if ln.strip()]
        reason = lines[-1] if lines else f"exit status {builder.returncode}"
        if self.index_present():
            return BuildOutcome(error=wording.NOT_UPDATED.format(reason=reason))
        return BuildOutcome(error=wording.CANNOT_BUILD.format(index_dir=self.index_dir, reason=reason))

    def open(self) -> None:
        """Open the live index (IndexMissing, IndexDamaged, PermissionError)."""
        from index.search import Searcher
        from index.store import generation

        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
            self.opened_generation = generation(self.location.index_dir)
            self._searcher = Searcher(self.location.index_dir)
            self._views = {}

    def views(self, kind: str):
        """The corpus-wide view of this kind: "quotes" (QuoteCorpus) or "entities"
        (EntityCorpus), loaded once per index generation; slow: call from a worker.

        The lock is held only to read the articles: building a view the build did not keep
        must not stop the main thread from showing an article meanwhile.
        """
        from index.views import compute

        with self._lock:
            self.follow_rebuild()  # a removed generation keeps no view: it would be built from stale articles
            if kind in self._views:
                return self._views[kind]
            searcher = self._searcher
            view = searcher.kept_view(kind)  # computed by the build: no article to read
            articles = None if view is not None else list(searcher.iter_keyed_articles())
        if view is None:
            view = compute(articles, (kind,))[kind]
        with self._lock:
            if self._searcher is searcher:
                self._views[kind] = view
        return view

    def generation_on_disk(self) -> str | None:
        from index.store import generation

        return generation(self.location.index_dir)

    def newer_on_disk(self) -> str | None:
        """The generation on disk when it is newer than the one open (or, when none could be
        opened, any); None when there is none newer."""
        on_disk = self.generation_on_disk()
        return on_disk if on_disk is not None and on_disk != self.opened_generation else None

    def refresh(self) -> bool:
        """Take in a newer index; True when it changed. May raise IndexDamaged."""
        from index.store import generation

        with self._lock:
            if self._searcher is None:
                self.open()
                self.problem = None
                return True
            changed = self._searcher.refresh()
            self.opened_generation = generation(self.location.index_dir)
            if changed:
                self._views = {}
            return changed

    def search(self, query: str, limit: int = 200, *, offset: int = 0, sort: str = "relevance",
               cancelled: Callable[[], bool] | None = None, suggest: bool = True, complete: bool = True):
        """May raise SearchCancelled when `cancelled` turns true (a newer query came). The
        search bar's word being typed is searched as a prefix when it is no word yet
        (`complete`, Searcher.search): every view of the bar's query sees the same matches."""
        with self._lock:
            self.follow_rebuild()
            return self._searcher.search(query, limit=limit, offset=offset, sort=sort, cancelled=cancelled,
                                         suggest=suggest, complete=complete)

    def follow_rebuild(self) -> bool:
        """Open the new generation when a rebuild removed the open one (True if so): the
        old one cannot be read any more, so no `r` is waited for."""
        from index.store import generation

        with self._lock:
            if self._searcher is None or not self._searcher.follow():
                return False
            self.opened_generation = generation(self.location.index_dir)
            self._views = {}
            return True

    def rebuilt_on_disk(self) -> bool:
        """The generation open here was removed by a rebuild."""
        return self._searcher is not None and not self._searcher.live.exists()

    def suggestion(self, query: str) -> str | None:
        with self._lock:
            return self._searcher.suggestion(query)

    def keys_for(self, docnums: list[int]) -> set[str]:
        with self._lock:
            return self._searcher.keys_for(docnums)

    def article(self, docnum: int):
        with self._lock:
            return self._searcher.article(docnum)

    def docnum_for(self, key: str) -> int | None:
        with self._lock:
            return self._searcher.docnum_for(key)

    def article_of(self, docnum: int | None, article_id: str | None, key: str):
        """(number, article) of the article a hit names: by its number while that still holds
        the same article, else by its key (a rebuild or update renumbered the index since
        the search); (None, None) when it has left the index."""
        with self._lock:
            searcher = self._searcher
            if docnum is not None and docnum < searcher.doc_count_all:
                article = searcher.article(docnum)
                if article.id == article_id:
                    return docnum, article
            self.follow_rebuild()
            docnum = self._searcher.docnum_for(key)
            return docnum, (self._searcher.article(docnum) if docnum is not None else None)

    def article_for_key(self, key: str):
        """The article filed under this key in the live generation, or None: the number and
        the read under one lock, so a rebuild cannot land between them and swap articles."""
        return self.article_of(None, None, key)[1]

    def article_spans(self, docnum: int, article, terms) -> list[tuple[int, int, int]]:
        with self._lock:
            return self._searcher.article_spans(docnum, article, terms)

    @property
    def doc_count(self) -> int:
        with self._lock:
            return self._searcher.doc_count if self._searcher else 0

    def close(self) -> None:
        with self._lock:
            self._closed = True
            builder, self._builder = self._builder, None
            if builder is not None and builder.poll() is None:
                builder.kill()  # its workers follow it (their lifeline); the next build cleans up
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None

    @property
    def index_dir(self) -> Path:
        return self.location.index_dir
