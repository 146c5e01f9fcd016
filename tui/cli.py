"""The `alliance-reader` command: the reader by default, plus extract/index/search/quotes.

Imports are lazy: `alliance-reader extract` never loads Textual, and the reader
loads Whoosh only once its first frame is painted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from contextlib import contextmanager

from index.errors import IndexDamaged
from index.reading import strip_controls
from tui.errors import CliError

COMMANDS = ("extract", "index", "search", "quotes", "fetch", "serve")



def _fail(msg: str, code: int = 2) -> int:
    print(f"alliance-reader: {strip_controls(msg)}", file=sys.stderr)
    return code


class InertStream:
    """stdout or stderr with every control character and escape sequence stripped from
    what is written: file names, titles and quotes come from outside and must not drive
    the terminal (retitle it, write the clipboard) of whoever reads the output."""

    def __init__(self, raw) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        return self.raw.write(strip_controls(text))

    def __getattr__(self, name: str):
        return getattr(self.raw, name)


def inert_json(value):
    """`value` with control characters stripped from every string in it: a JSON string
    keeps an escape sequence as \\u001b, which `jq -r` would write to the terminal."""
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, dict):
        return {inert_json(k): inert_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [inert_json(v) for v in value]
    return value


def dump_json(value) -> None:
    """The commands' --json output: inert (above), UTF-8 as it is, one level of indent."""
    json.dump(inert_json(value), sys.stdout, ensure_ascii=False, indent=1)


@contextmanager
def inert_output():
    """Everything the commands print goes through InertStream while inside."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = InertStream(sys.stdout), InertStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def _check_paths(paths: list[str]) -> None:
    for p in paths:
        if not os.path.exists(p):
            raise CliError(f"no such file or folder: {p}")


# --- extract ------------------------------------------------------------------

def _summary(article) -> str:
    from index.wording import reword

    lines = [f"{article.id}: {article.title}"]
    meta = " · ".join(x for x in (article.outlet, article.dateline) if x)
    when = f"{article.date} ({article.date_basis})" if article.date else "no date (unknown)"
    lines.append(f"  {meta or 'no outlet'} · {when}" + (f" · page {article.page_date}" if article.page_date else ""))
    if article.url:
        lines.append(f"  source: {article.url}")
    if article.via:
        lines.append(f"  via: {', '.join(article.via)}")
    lines.append(f"  {len(article.paragraphs)} paragraphs, {article.word_count} words; removed {len(article.removed)}")
    for kind, label in (("person", "people"), ("country", "countries"), ("place", "places"), ("organization", "organisations")):
        names = article.names(kind)
        if names:
            lines.append(f"  {label}: {', '.join(names)}")
    for q, named in zip(article.quotes, article.quoted_by(), strict=True):
        who = named or (f"[{q.source}]" if q.source else "?")  # as the reader shows it (render.shown_speaker)
        text = q.text if len(q.text) <= 70 else q.text[:69] + "…"
        lines.append(f"  “{text}” — {who}")
    for w in article.warnings:  # stored with 0-based paragraph indexes: people count from 1
        lines.append(f"  warning: {reword(w)}")
    return "\n".join(lines)


def cmd_extract(args: argparse.Namespace) -> int:
    from index.extract import extract_paths
    from index.reading import bundled_seeds

    paths = args.paths or [str(bundled_seeds())]
    _check_paths(paths)
    report = extract_paths(paths)
    for path, reason in report.skipped:
        print(f"alliance-reader: skipped {path}: {reason}", file=sys.stderr)
    for path, note in report.notes:
        print(f"alliance-reader: {path}: {note}", file=sys.stderr)
    if args.json:
        dump_json([a.to_json() for a in report.articles])
        sys.stdout.write("\n")
    else:
        for art in report.articles:
            print(_summary(art))
            print()
    if not report.articles:
        return _fail("no article could be extracted", 1)
    return 0


# --- parser -------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="alliance-reader",
        description="Read, search and compare news on the US–Japan–South Korea alliances.",
        epilog="Commands: extract, index, search, quotes, fetch, serve (each has --help). "
        "With no command, opens the reader on CORPUS (default: the bundled seeds).",
    )
    p.add_argument("corpus", nargs="*", help="article files or folders (default: the bundled seeds)")
    p.add_argument("--index-dir", help="where the index lives (default: the user cache dir)")
    p.add_argument("--locale", help="date and interface locale, e.g. id, en, ja, ko")
    return p


def build_command_parser(cmd: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=f"alliance-reader {cmd}")
    if cmd == "extract":
        p.description = "Extract clean, structured articles from scraped text files."
        p.add_argument("paths", nargs="*", help="files or folders (*.txt, recursed); default: the bundled seeds")
        p.add_argument("--json", action="store_true", help="print the JSON array of the extract contract")
    elif cmd == "index":
        p.description = "Build or update the search index of a corpus."
        p.add_argument("corpus", nargs="*",
                       help="files or folders (default: the corpus the index was built from, else the bundled seeds)")
        p.add_argument("--index-dir", help="where the index lives (default: the user cache dir)")
        p.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
        p.add_argument("--quiet", action="store_true", help="no progress bar")
        # the reader's builder process: progress and outcome as JSON lines (tui/backend.py)
        p.add_argument("--for-reader", action="store_true", help=argparse.SUPPRESS)
        what = p.add_mutually_exclusive_group()
        what.add_argument("--rebuild", action="store_true",
                          help="build a whole new index beside the live one and swap it in (repairs a damaged index)")
        what.add_argument("--check", action="store_true",
                          help="read every part of the index and say whether it is whole (exit 0) or damaged (exit 2)")
    elif cmd == "search":
        p.description = "Search the index."
        p.add_argument("query", nargs="+", help="the query (Whoosh syntax, Indonesian field names)")
        p.add_argument("--corpus", action="append", help="corpus file or folder (default: the bundled seeds)")
        p.add_argument("--index-dir", help="where the index lives")
        p.add_argument("--limit", type=int, default=20)
        p.add_argument("--json", action="store_true")
        p.add_argument("--every-copy", action="store_true",
                       help="list each outlet's copy of a story as its own hit (by default one hit, 'also in' the others)")
    elif cmd == "quotes":
        p.description = "Export quotes with their speakers."
        p.add_argument("--speaker", help="a person (aliases and surnames fold: Mattis)")
        p.add_argument("--country", help="a country's side (Jepang, AS, Korsel...)")
        p.add_argument("--corpus", action="append", help="corpus file or folder (default: the bundled seeds)")
        p.add_argument("--index-dir", help="where the index lives")
        fmt = p.add_mutually_exclusive_group(required=True)
        fmt.add_argument("--json", action="store_true")
        fmt.add_argument("--csv", action="store_true")
        p.add_argument("--raw", action="store_true",
                       help="CSV cells as they are (by default a cell that starts with = + - @ gets a leading ')")
    elif cmd == "fetch":
        p.description = ("Download feeds' entries and pages into a corpus folder, then update its index. "
                         "With no URL: the feeds in the config file ([fetch] feeds, into).")
        p.add_argument("urls", nargs="*", metavar="FEED_OR_PAGE_URL", help="RSS/Atom feeds or HTML pages")
        p.add_argument("--into", metavar="CORPUS_DIR", help="the corpus folder (default: [fetch] into in the config)")
        p.add_argument("--index-dir", help="where the index lives (default: the user cache dir)")
        p.add_argument("--quiet", action="store_true", help="print failures only (for cron)")
        p.set_defaults(jobs=0, rebuild=False)
    elif cmd == "serve":
        _serve_arguments(p)
    return p


def _serve_arguments(p: argparse.ArgumentParser) -> None:
    p.description = ("Serve the reader to browsers: each tab runs its own reader, as the user who runs serve. "
                     "Only this machine can reach it unless --host says otherwise (README: In a browser).")
    p.add_argument("corpus", nargs="*", help="article files or folders (default: the bundled seeds)")
    p.add_argument("--index-dir", help="where the index lives (default: the user cache dir)")
    p.add_argument("--locale", help="date and interface locale of every tab, e.g. id, en, ja, ko")
    p.add_argument("--host", default="127.0.0.1", help="the address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="the port to listen on (default: 8000)")
    p.add_argument("--public-url", metavar="URL",
                   help="the address browsers use, e.g. https://reader.example.org behind a proxy "
                   "(default: http://HOST:PORT)")
    p.add_argument("--max-sessions", type=int, default=8, metavar="N",
                   help="readers running at once; past that a tab gets a page that says so (default: 8)")
    p.add_argument("--idle-minutes", type=float, default=30.0, metavar="M",
                   help="end a tab's reader after M minutes without a key (default: 30; 0: never)")


def _run_command(cmd: str, argv: list[str]) -> int:
    args = build_command_parser(cmd).parse_args(argv)
    handler = {"extract": cmd_extract}.get(cmd)
    if handler is None:
        from . import commands

        handler = getattr(commands, f"cmd_{cmd}")
    return handler(args)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            with inert_output():
                return _run_command(argv[0], argv[1:])
        with inert_output():  # the reader's own arguments; the reader itself writes escapes
            args = build_parser().parse_args(argv)
        _check_paths(args.corpus)
        from .run import run_reader

        return run_reader(args)
    except CliError as exc:
        return _fail(str(exc))
    except IndexDamaged as exc:  # found while reading, after the index opened
        from .errors import damaged_line

        return _fail(damaged_line(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - never a traceback: one line, the details in the log
        from .crashlog import report

        return _fail(report(exc), 1)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
