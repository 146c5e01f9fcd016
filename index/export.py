"""Export results or a quotes view as CSV, JSON or Markdown, into the user's exports folder only.

The reader may run as an SSH ForceCommand, where a path the user types would be a way
out (overwrite `~/.ssh/authorized_keys`, fill a shared folder, read back elsewhere). So
no path is ever taken from the user: files go into `exports/` under the state folder
(`index.state.resolve_state_dir`: an explicit folder, else ALLIANCE_READER_STATE,
else the user data folder), created 0700. A file's name is its stem reduced to
`[a-z0-9-]` (at most 40 characters) and the UTC time, `-2`, `-3`... when taken; the file
is 0600 and appears whole (written to a temporary file, then `os.replace`d).

Every value is stripped of terminal control characters (scraped text may carry escape
sequences, and an export is often `cat`ed). CSV cells that a spreadsheet would run as a
formula are neutralised (OWASP's CSV-injection rule), unless raw output is asked for.
CSV files start with a UTF-8 byte-order mark so spreadsheets do not read Korean, Japanese
or accented names as mojibake; `csv_text` itself returns plain text.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import tempfile
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from pathlib import Path

from . import wording
from .reading import strip_controls
from .state import FolderError, ensure_private_folder, resolve_state_dir

FORMATS = {"csv": ".csv", "json": ".json", "md": ".md"}
_ALIASES = {"markdown": "md"}
STEM_CHARS = 40
MAX_NAME_TRIES = 1000  # exports of one stem in one second; past this something is wrong
# OWASP: a cell starting with these is a formula to Excel/LibreOffice. A newline is added
# because strip_controls turns a leading carriage return into one.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_LINE_BREAK = re.compile("[\n\u2028\u2029]")


class ExportError(Exception):
    """An export that could not be written; str() is the one-line reason."""


# --- cells --------------------------------------------------------------------------


def neutralize_cell(value: str) -> str:
    """Prefix an apostrophe to a cell a spreadsheet would read as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def flag_text(value: bool) -> str:
    """A flag in a table, as its reader reads it: "yes" or nothing (JSON keeps true/false)."""
    return "yes" if value else ""


def _text(value: object) -> str:
    """A value as one cell of text, control characters stripped."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return flag_text(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(_text(v) for v in value)
    if isinstance(value, Mapping) and "text" in value and "speaker" in value:
        return _said(value)
    if isinstance(value, Mapping):
        return strip_controls(json.dumps(value, ensure_ascii=False, default=str))
    return strip_controls(str(value))


def _said(quote: Mapping) -> str:
    """A quote in a table cell as the article view shows it: “words” — Speaker, "?" when the
    attribution is unsure, "— ?" when no speaker was found (JSON keeps each field apart)."""
    who = _text(quote.get("speaker")) or "?"
    return strip_controls(f"“{quote['text']}” — {who}" + ("?" if quote.get("speaker_unsure") and who != "?" else ""))


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _csv_cell(value: object, raw: bool) -> str:
    """Numbers stay numbers (-5 is no formula); all text goes through the OWASP rule."""
    if raw or _is_number(value):
        return _text(value)
    return neutralize_cell(_text(value))


def _json_value(value: object) -> object:
    if value is None or isinstance(value, (bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_json_value(v) for v in value]
    if isinstance(value, Mapping):
        return {_text(k): _json_value(v) for k, v in value.items()}
    return _text(value)


def _md_cell(value: object) -> str:
    """One table cell: escape `\\` and `|`; a newline (or a Unicode line or paragraph
    separator, which editors also break on) would end the row, so it becomes `<br>`."""
    text = _text(value).replace("\\", "\\\\").replace("|", "\\|")
    return _LINE_BREAK.sub("<br>", text)


# --- whole texts ----------------------------------------------------------------------


def _checked(rows: Sequence[Mapping], columns: Sequence[str]) -> list[str]:
    if not columns or not all(isinstance(c, str) and c for c in columns):
        raise ValueError("an export needs at least one column, each named by a non-empty string")
    if len(set(columns)) != len(columns):
        raise ValueError("an export's columns must not repeat")
    for n, row in enumerate(rows, 1):
        if not isinstance(row, Mapping):
            raise ValueError(f"row {n} of the export is a {type(row).__name__}, not a mapping of column to value")
    return list(columns)


def csv_text(rows: Sequence[Mapping], columns: Sequence[str], raw: bool = False) -> str:
    """CSV (RFC 4180, every cell quoted), formula cells neutralised unless `raw`."""
    columns = _checked(rows, columns)
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow([_csv_cell(c, raw) for c in columns])
    for row in rows:
        writer.writerow([_csv_cell(row.get(c), raw) for c in columns])
    return out.getvalue()


def json_text(rows: Sequence[Mapping], columns: Sequence[str]) -> str:
    """A JSON array of objects with exactly `columns` as keys (missing values are null)."""
    columns = _checked(rows, columns)
    objects = [{_text(c): _json_value(row.get(c)) for c in columns} for row in rows]
    return json.dumps(objects, ensure_ascii=False, indent=2) + "\n"


def markdown_text(rows: Sequence[Mapping], columns: Sequence[str]) -> str:
    """A Markdown table, one line a row; `|` and `\\` are escaped, line breaks become `<br>`."""
    columns = _checked(rows, columns)
    lines = ["| " + " | ".join(_md_cell(c) for c in columns) + " |", "|" + " --- |" * len(columns)]
    lines += ["| " + " | ".join(_md_cell(row.get(c)) for c in columns) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _format(fmt: str) -> str:
    name = str(fmt).strip().lower()
    name = _ALIASES.get(name, name)
    if name not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose csv, json or md)")
    return name


def _render(fmt: str, rows: Sequence[Mapping], columns: Sequence[str], raw: bool) -> bytes:
    if fmt == "csv":
        return ("\ufeff" + csv_text(rows, columns, raw)).encode("utf-8")
    if fmt == "json":
        return json_text(rows, columns).encode("utf-8")
    return markdown_text(rows, columns).encode("utf-8")


# --- files --------------------------------------------------------------------------


def safe_stem(stem: str) -> str:
    """`stem` as lowercase ASCII letters, digits and single hyphens, at most 40 characters."""
    text = unicodedata.normalize("NFKD", strip_controls(str(stem)))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:STEM_CHARS].strip("-") or "export"


def exports_dir(state_dir: str | os.PathLike[str] | None = None) -> Path:
    """The exports folder under the state folder, created 0700 when missing."""
    try:
        base = ensure_private_folder(resolve_state_dir(state_dir))
        return ensure_private_folder(base / "exports")
    except FolderError as exc:
        raise ExportError(wording.EXPORTS_NOWHERE.format(folder=exc)) from None


def _reserve(folder: Path, stem: str, suffix: str, now: datetime) -> Path:
    """Create an empty 0600 file under a name nobody has, and return it."""
    stamp = now.astimezone(timezone.utc).strftime("%Y%m%d-%H%M%S")
    for n in range(1, MAX_NAME_TRIES + 1):
        target = folder / f"{stem}-{stamp}{'' if n == 1 else f'-{n}'}{suffix}"
        try:
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            continue
        except OSError as exc:
            raise ExportError(wording.EXPORT_NOT_WRITTEN_IN.format(folder=folder, why=_why(exc))) from None
        return target
    raise ExportError(wording.EXPORT_NAMES_TAKEN.format(folder=folder, tries=MAX_NAME_TRIES, name=f"{stem}-{stamp}"))


def _why(exc: OSError) -> str:
    return " ".join((exc.strerror or str(exc)).split())


def _fill(target: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `target`, then put it in place at once."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".export-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        for leftover in (tmp, target):
            Path(leftover).unlink(missing_ok=True)
        raise ExportError(wording.EXPORT_NOT_WRITTEN_TO.format(path=target, why=_why(exc))) from None


def export_rows(
    rows: Sequence[Mapping],
    columns: Sequence[str],
    fmt: str,
    stem: str,
    state_dir: str | os.PathLike[str] | None = None,
    *,
    raw: bool = False,
    now: datetime | None = None,
) -> Path:
    """Write `rows` (their `columns`) as csv, json or md into the exports folder; the new file."""
    fmt = _format(fmt)
    data = _render(fmt, rows, columns, raw)
    target = _reserve(exports_dir(state_dir), safe_stem(stem), FORMATS[fmt], now or datetime.now(timezone.utc))
    _fill(target, data)
    return target
