"""The non-interactive commands: index, search, quotes. Thin shells over `index`."""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys

from .cli import dump_json
from .errors import CliError, damaged_line


def _check_paths(paths: list[str]) -> None:
    for p in paths:
        if not os.path.exists(p):
            raise CliError(f"no such file or folder: {p}")


def _open_or_build(corpus, index_dir, quiet: bool = True):
    """A Searcher over the located index, building or updating it first when we may."""
    from index.config import locate

    loc = locate(corpus, index_dir)
    if loc.update:
        _never_narrow(loc)
        _update_before_reading(loc, quiet)
    return _open(loc.index_dir)


def _never_narrow(loc) -> None:
    """A reading command (`search`, `quotes`) given a corpus that leaves out part of what the
    index was built from would drop those articles from it: one line instead. Only `index`
    makes an index another corpus's."""
    from index.store import recorded_corpus

    given = {os.path.realpath(p) for p in loc.corpus}
    left_out = [p for p in recorded_corpus(loc.index_dir) if os.path.realpath(p) not in given]
    if left_out:
        raise CliError(f"the index in {loc.index_dir} also holds {', '.join(left_out)}: using it for this corpus "
                       f"would drop those articles; leave out --corpus to search all it holds, or give another --index-dir")


def _update_before_reading(loc, quiet: bool) -> None:
    from index.errors import IndexBusy, IndexDamaged, IndexUnsafe
    from index.store import index_exists, update_index

    try:
        if not quiet:
            print(f"alliance-reader: indexing {', '.join(loc.corpus)} into {loc.index_dir}", file=sys.stderr)
        report = update_index(list(loc.corpus), loc.index_dir)
        _print_named(report)
    except IndexUnsafe as exc:
        raise CliError(str(exc)) from None
    except IndexDamaged as exc:
        raise CliError(damaged_line(exc)) from None
    except (OSError, IndexBusy) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        if not index_exists(loc.index_dir):
            raise CliError(f"cannot build the index in {loc.index_dir}: {reason}") from None
        print(f"alliance-reader: index not updated ({reason}); using it as it is", file=sys.stderr)


def _open(index_dir):
    """Open the index for reading, or one line that says why not."""
    from index.errors import IndexDamaged, IndexMissing, IndexUnsafe
    from index.search import Searcher

    try:
        return Searcher(index_dir)
    except IndexUnsafe as exc:
        raise CliError(str(exc)) from None
    except IndexMissing:
        raise CliError(f"no index in {index_dir} (build it with: alliance-reader index CORPUS --index-dir {index_dir})") from None
    except IndexDamaged as exc:
        raise CliError(damaged_line(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot read the index in {index_dir}: {exc.strerror or exc}") from None


def _corpus_to_index(loc) -> list[str]:
    """The corpus named on the command line, else the one the index records."""
    if loc.update or loc.corpus:
        return list(loc.corpus)
    raise CliError(f"name the corpus to index into {loc.index_dir}")


def cmd_index(args: argparse.Namespace) -> int:
    from index.config import locate

    _check_paths(args.corpus)
    loc = locate(args.corpus or None, args.index_dir)
    if args.check:
        return _check(loc.index_dir)
    corpus = _corpus_to_index(loc)
    if getattr(args, "for_reader", False):
        from .backend import build_for_reader

        return build_for_reader(corpus, loc.index_dir)
    _warn_closed_corpus(corpus, loc.index_dir)
    _print_index_report(loc.index_dir, _build(corpus, loc.index_dir, args))
    return 0


def _warn_closed_corpus(corpus: list[str], index_dir) -> None:
    """One line per corpus folder other users cannot reach when they can read the index:
    what it holds is shown to them through the index (the admin's choice, said)."""
    from index.reading import closed_corpus_folders

    for closed, folder in closed_corpus_folders(corpus, index_dir):
        print(f"alliance-reader: warning: other users cannot enter {closed}, above the corpus {folder}; "
              "its articles are in an index they read", file=sys.stderr)


def _print_named(report) -> None:
    """Every file not indexed, and every one indexed with its text only (its rules failed), by name."""
    for path, reason in report.skipped:
        print(f"alliance-reader: skipped {path}: {reason}", file=sys.stderr)
    for path, note in report.notes:
        print(f"alliance-reader: {path}: {note}", file=sys.stderr)


def _print_index_report(index_dir, report, quiet: bool = False) -> None:
    _print_named(report)
    if report.cleaned:
        print(f"alliance-reader: removed what an interrupted build left: {', '.join(report.cleaned)}", file=sys.stderr)
    if quiet:
        return
    how = "rebuilt, " if report.rebuilt else ""
    print(
        f"{index_dir}: {how}{report.added} added, {report.updated} updated, {report.removed} removed, "
        f"{report.unchanged} unchanged, {len(report.skipped)} skipped; {report.total} articles "
        f"in {report.seconds:.1f} s"
    )


def _build(corpus: list[str], index_dir, args: argparse.Namespace):
    """update_index with a progress bar on a terminal; every failure as one line."""
    from index.errors import IndexBusy, IndexDamaged, IndexUnsafe
    from index.store import update_index

    bar, progress = _progress_bar(args.quiet)
    try:
        return update_index(corpus, index_dir, jobs=args.jobs, progress=progress, rebuild=args.rebuild)
    except IndexUnsafe as exc:
        raise CliError(str(exc)) from None
    except IndexDamaged as exc:
        raise CliError(damaged_line(exc)) from None
    except IndexBusy as exc:
        raise CliError(f"{exc}; try again when it is done") from None
    except PermissionError as exc:
        raise CliError(f"cannot write the index in {index_dir}: {exc.strerror or exc}; nothing was lost") from None
    except OSError as exc:
        raise CliError(f"indexing stopped: {exc.strerror or exc} ({index_dir}); the previous index is intact") from None
    finally:
        if bar is not None:
            bar.stop()


def _progress_bar(quiet: bool):
    """(bar, progress callback), or (None, None) when quiet or not on a terminal."""
    if quiet or not sys.stderr.isatty():
        return None, None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    terminal = getattr(sys.stderr, "raw", sys.stderr)  # the bar's own escapes, past InertStream
    bar = Progress(TextColumn("indexing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   transient=True, console=Console(file=terminal))
    task = None

    def progress(done: int, total: int, path: str) -> None:
        nonlocal task
        if task is None:
            task = bar.add_task("index", total=total)
        bar.update(task, completed=done)

    bar.start()
    return bar, progress


def _check(index_dir) -> int:
    """Read every part of the index: one line, exit 0 when whole, 2 when not."""
    from index.errors import IndexDamaged
    from index.store import SCHEMA_VERSION, generation, read_meta, verify

    _open(index_dir).close()  # missing, damaged, unreadable: one line, exit 2
    try:
        count = verify(index_dir)
    except IndexDamaged as exc:
        raise CliError(damaged_line(exc)) from None
    schema = read_meta(index_dir).get("schema")
    note = "" if schema == SCHEMA_VERSION else f"; built by schema {schema}, the next `index` run rebuilds it"
    print(f"{index_dir}: whole, {count} articles (generation {generation(index_dir)}){note}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    if args.corpus:
        _check_paths(args.corpus)
    searcher = _open_or_build(args.corpus, args.index_dir)
    query = " ".join(args.query)
    res = searcher.search(query, limit=max(1, args.limit), fold=not args.every_copy)
    if args.json:
        dump_json(res.to_json())
        sys.stdout.write("\n")
        return 0
    if res.error:
        print(f"note: {res.error}")
    copies = f" ({res.articles} articles: one story told by several outlets is one hit)" if res.articles > res.total else ""
    print(f"{res.total} {'hit' if res.total == 1 else 'hits'} for {query!r} in {res.took_ms:.1f} ms{copies}")
    if res.undated:
        from .searchhelp import undated_note

        print(f"note: {undated_note(res.undated)}")
    for h in res.hits:
        when = f"{h.date}?" if h.date and h.date_unsure else (h.date or "----------")  # "?": the year is a guess
        print(f"  {h.id}  {when}  {h.outlet or '-'}  {h.title}")
        for hl in h.highlights:
            if hl.field == "body":  # whose words these are, for a query naming speakers ("?": unsure)
                said = f"{h.speaker}{'?' if h.speaker_unsure else ''}: " if h.speaker else ""
                print(f"      {said}{hl.text}")
        if h.also:
            print(f"      also in: {', '.join(dict.fromkeys(v.outlet or v.id for v in h.also))}")
    from index.search import unfielded

    if res.suggestion and unfielded(res.query, res.suggestion):
        print(f"no article names it so, but the text holds the words: {res.suggestion}")
    elif res.suggestion:
        print(f"did you mean: {res.suggestion}")
    return 0


QUOTE_COLUMNS = ["speaker", "source", "speaker_unsure", "text", "article_id", "title", "outlet", "date", "date_basis",
                 "year_guessed", "cue", "confidence", "also_in"]


def cmd_quotes(args: argparse.Namespace) -> int:
    from index.quote_views import iter_quotes, once_each, sort_rows

    if args.corpus:
        _check_paths(args.corpus)
    searcher = _open_or_build(args.corpus, args.index_dir)
    rows = sort_rows(once_each(list(iter_quotes(searcher.iter_keyed_articles(),
                                                speaker=args.speaker, country=args.country))))
    if args.json:
        dump_json([r.to_json() for r in rows])
        sys.stdout.write("\n")
    else:
        from index.export import flag_text, neutralize_cell

        inert = (lambda v: v) if args.raw else (lambda v: neutralize_cell(v) if isinstance(v, str) else v)

        def cell(v):  # a flag as the reader's own CSV export writes it, a list joined by "; ", text made inert
            return flag_text(v) if isinstance(v, bool) else inert("; ".join(filter(None, v)) if isinstance(v, list) else v)

        w = csv.DictWriter(sys.stdout, fieldnames=QUOTE_COLUMNS, extrasaction="ignore", lineterminator=os.linesep)
        w.writeheader()
        for r in rows:
            w.writerow({k: cell(v) for k, v in r.to_json().items()})
    return 0


def cmd_fetch(args: argparse.Namespace) -> int:
    """Fetch into the corpus folder, one line per failure, then update its index as `index` does."""
    from index.config import locate
    from index.fetch import fetch_all

    urls, into = _fetch_targets(args)
    report = fetch_all(urls, into)
    for url, reason in report.failed:
        print(f"alliance-reader: fetch {url}: {reason}", file=sys.stderr)
    for url, note in report.notes:
        print(f"alliance-reader: fetch {url}: {note}", file=sys.stderr)
    if not args.quiet:
        for path in report.new + report.updated:
            print(f"stored {path}")
        print(f"fetched into {into}: {report.summary()}")
    loc = locate([str(into)], args.index_dir)
    _print_index_report(loc.index_dir, _build([str(into)], loc.index_dir, args), args.quiet)
    return 1 if report.failed else 0


def _fetch_targets(args: argparse.Namespace):
    """(URLs, corpus folder) from the command line, else the config file; a usage error when neither says."""
    from pathlib import Path

    from index.config import user_config_path
    from index.fetch import configured_fetch

    config = configured_fetch()
    urls = list(args.urls) or list(config.feeds)
    if not urls:
        raise CliError(f"no feeds to fetch: name them (fetch URL... --into DIR) or list them in "
                       f"{config.source or user_config_path()} as: [fetch] feeds = [\"https://…/rss\"], into = \"DIR\"")
    into = args.into or config.into
    if not into:
        raise CliError(f"name the corpus folder to fetch into: --into DIR (or [fetch] into = \"DIR\" in "
                       f"{config.source or user_config_path()})")
    into = Path(into)
    if into.exists() and not into.is_dir():
        raise CliError(f"not a folder: {into}")
    try:
        into.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(f"cannot create {into}: {exc.strerror or exc}") from None
    return urls, into


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the reader to browsers until SIGINT or SIGTERM (tui/serve.py)."""
    from index.datefmt import SUPPORTED, resolve_locale

    from .serve import default_url, serve

    _check_paths(args.corpus)
    limits = _serve_limits(args)
    url = args.public_url or default_url(args.host, args.port)
    if url is None:
        raise CliError(f"--host {args.host!r} listens on every address: say which one browsers use "
                       "with --public-url URL")
    if not re.fullmatch(r"https?://[^/?#\s]+(/[^?#\s]*)?", url):
        raise CliError(f"--public-url must be an http:// or https:// address, e.g. https://reader.example.org: {url}")
    lang = resolve_locale(args.locale, dict(os.environ))

    def announce() -> None:
        print(_serving_line(args.host, url, limits), flush=True)

    if hasattr(sys.stdout, "reconfigure"):  # a reader's line (textual-serve prints them) shows at once
        sys.stdout.reconfigure(line_buffering=True)

    try:
        serve(args.corpus, args.index_dir, args.locale, host=args.host, port=args.port, public_url=url,
              limits=limits, lang=lang if lang in SUPPORTED else "id", announce=announce)
    except OSError as exc:
        raise CliError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
    return 0


def _serve_limits(args: argparse.Namespace):
    from .serve import Limits

    if args.max_sessions < 1:
        raise CliError("--max-sessions must be 1 or more")
    if not 0 <= args.idle_minutes < 10**6:
        raise CliError("--idle-minutes must be 0 (no limit) or more")
    if not 0 < args.port < 65536:
        raise CliError("--port must be between 1 and 65535")
    return Limits(args.max_sessions, args.idle_minutes)


def _serving_line(host: str, url: str, limits) -> str:
    """The one line serve says once it listens: where, and who can reach it."""
    from .serve import is_loopback

    idle = f"after {limits.idle_minutes:g} idle minutes" if limits.idle_minutes else "never for idleness"
    rules = f"sessions at most: {limits.max_sessions}, each ended when its tab closes or {idle}"
    if is_loopback(host):
        return f"alliance-reader: serving the reader at {url}; only this machine can reach it ({rules})"
    return (f"alliance-reader: warning: serving the reader at {url} on {host}, to every machine that can reach "
            f"this one, with no login: put a proxy that authenticates in front (README: In a browser) ({rules})")
