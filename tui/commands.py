"""The non-interactive commands: index, search, quotes. Thin shells over `index`."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys

from .errors import CliError


def _check_paths(paths: list[str]) -> None:
    for p in paths:
        if not os.path.exists(p):
            raise CliError(f"no such file or folder: {p}")


def _open_or_build(corpus, index_dir, quiet: bool = True):
    """A Searcher over the located index, building or updating it first when we may."""
    from index.corpus import locate
    from index.search import Searcher
    from index.store import index_exists, update_index

    loc = locate(corpus, index_dir)
    if loc.update:
        try:
            if not quiet:
                print(f"alliance-reader: indexing {', '.join(loc.corpus)} into {loc.index_dir}", file=sys.stderr)
            report = update_index(list(loc.corpus), loc.index_dir)
            for path, reason in report.skipped:
                print(f"alliance-reader: skipped {path}: {reason}", file=sys.stderr)
        except OSError as exc:
            if not index_exists(loc.index_dir):
                raise CliError(f"cannot build the index in {loc.index_dir}: {exc.strerror or exc}") from None
            print(f"alliance-reader: index not updated ({exc.strerror or exc}); using it as it is", file=sys.stderr)
    elif not index_exists(loc.index_dir):
        raise CliError(f"no index in {loc.index_dir} (build it with: alliance-reader index CORPUS --index-dir {loc.index_dir})")
    return Searcher(loc.index_dir)


def cmd_index(args: argparse.Namespace) -> int:
    from index.corpus import locate
    from index.store import update_index

    _check_paths(args.corpus)
    loc = locate(args.corpus or None, args.index_dir)
    if not loc.update:
        raise CliError(f"name the corpus to index into {loc.index_dir}")
    progress = None
    bar = None
    if not args.quiet and sys.stderr.isatty():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        bar = Progress(TextColumn("indexing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                       transient=True, console=None)
        task = None

        def progress(done: int, total: int, path: str) -> None:
            nonlocal task
            if task is None:
                task = bar.add_task("index", total=total)
            bar.update(task, completed=done)

        bar.start()
    try:
        report = update_index(list(loc.corpus), loc.index_dir, jobs=args.jobs, progress=progress)
    except PermissionError as exc:
        raise CliError(f"cannot write the index in {loc.index_dir}: {exc.strerror or exc}; nothing was lost") from None
    except OSError as exc:
        raise CliError(f"indexing stopped: {exc.strerror or exc} ({loc.index_dir}); the previous index is intact") from None
    finally:
        if bar is not None:
            bar.stop()
    for path, reason in report.skipped:
        print(f"alliance-reader: skipped {path}: {reason}", file=sys.stderr)
    print(
        f"{loc.index_dir}: {report.added} added, {report.updated} updated, {report.removed} removed, "
        f"{report.unchanged} unchanged, {len(report.skipped)} skipped; {report.total} articles "
        f"in {report.seconds:.1f} s"
    )
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    if args.corpus:
        _check_paths(args.corpus)
    searcher = _open_or_build(args.corpus, args.index_dir)
    query = " ".join(args.query)
    res = searcher.search(query, limit=max(1, args.limit))
    if args.json:
        json.dump(res.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if res.error:
        print(f"note: {res.error}")
    print(f"{res.total} hits for {query!r} in {res.took_ms:.1f} ms")
    for h in res.hits:
        print(f"  {h.id}  {h.date or '----------'}  {h.outlet or '-'}  {h.title}")
        for hl in h.highlights:
            if hl.field == "body":
                print(f"      {hl.text}")
    if res.suggestion:
        print(f"did you mean: {res.suggestion}")
    return 0


QUOTE_COLUMNS = ["speaker", "source", "text", "article_id", "title", "outlet", "date", "date_basis", "cue", "confidence"]


def cmd_quotes(args: argparse.Namespace) -> int:
    from index.corpus import iter_quotes, sort_rows

    if args.corpus:
        _check_paths(args.corpus)
    searcher = _open_or_build(args.corpus, args.index_dir)
    rows = sort_rows(iter_quotes(searcher.iter_keyed_articles(),
                                 speaker=args.speaker, country=args.country))
    if args.json:
        json.dump([r.to_json() for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        w = csv.DictWriter(sys.stdout, fieldnames=QUOTE_COLUMNS, extrasaction="ignore", lineterminator=os.linesep)
        w.writeheader()
        for r in rows:
            w.writerow(r.to_json())
    return 0
