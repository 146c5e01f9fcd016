"""What kind of file holds what: one reader per format, each turning a file's bytes into
pieces of article text with the metadata the format itself gives (a page's headline and
publication date, a feed entry's link, a JSON record's fields).

Page metadata is better evidence than what the text heuristics find: extract.py applies
it over them and says so in the `*_basis` fields. A file holding many articles (JSON
Lines, a JSON array, a feed) gives one piece per article, each with its `entry` (its
place in the file); a record that cannot be an article is a problem named by its line
or position, and the others are still read.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from .formats_html import read_feed, read_html, read_markdown
from .kinds import reader_for
from .pieces import Piece, page_meta
from .reading import ReadError, Source, read_source, strip_controls


@dataclass
class Pieces:
    """What one file gave: the reader that read it, its articles, its problems."""

    reader: str
    source: Source
    pieces: list[Piece]
    problems: list[str] = field(default_factory=list)


def read_pieces(path: str | os.PathLike[str]) -> Pieces:
    """Read one file with the reader its suffix names (ReadError when it gives nothing)."""
    p = Path(path)
    name = reader_for(p) or "txt"
    src = read_source(p)
    pieces, problems = FORMAT_READERS[name](src)
    if not pieces:
        raise ReadError(problems[0] if problems else f"no article in this {name} file")
    return Pieces(name, src, pieces, problems)


# --- one reader per format ------------------------------------------------------------------

def _read_text(src: Source) -> tuple[list[Piece], list[str]]:
    return [Piece(src.text)], []




def _record_piece(record, entry: str, where: str) -> tuple[Piece | None, str | None]:
    """One JSON record as an article, or why not (`where` names it: "line 3", "record 3")."""
    if not isinstance(record, dict):
        return None, f"{where}: not an object"
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return None, f'{where}: no "text"'
    get = record.get
    meta = page_meta(get("title"), get("date"), get("outlet"), get("author"), get("url"))
    return Piece(strip_controls(text), meta, entry), None


def _records_pieces(records, unit: str) -> tuple[list[Piece], list[str]]:
    """(entry, record) pairs as articles; `unit` names an entry in a problem ("line", "record")."""
    pieces, problems = [], []
    for entry, record in records:
        piece, problem = _record_piece(record, entry, f"{unit} {entry}")
        if piece is not None:
            pieces.append(piece)
        if problem:
            problems.append(problem)
    return pieces, problems


def _read_jsonl(src: Source) -> tuple[list[Piece], list[str]]:
    records, problems = [], []
    for number, line in enumerate(src.text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append((str(number), json.loads(line)))
        except json.JSONDecodeError as exc:
            problems.append(f"line {number}: not JSON ({exc.msg})")
    pieces, more = _records_pieces(records, "line")
    return pieces, problems + more


def _read_json(src: Source) -> tuple[list[Piece], list[str]]:
    try:
        data = json.loads(src.text)
    except json.JSONDecodeError as exc:
        return [], [f"not JSON: {exc.msg} at line {exc.lineno}"]
    if isinstance(data, dict):
        return _records_pieces([("1", data)], "record")
    if not isinstance(data, list):
        return [], ["not an article: JSON that is neither an object nor an array of them"]
    return _records_pieces([(str(n), record) for n, record in enumerate(data, 1)], "record")


FORMAT_READERS = {
    "txt": _read_text,
    "html": read_html,
    "md": read_markdown,
    "jsonl": _read_jsonl,
    "json": _read_json,
    "feed": read_feed,
}
