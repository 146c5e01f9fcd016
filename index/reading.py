"""Reading scraped files: find them, decode them, refuse what is not text.

Every file either becomes text or is reported with a one-line reason; nothing is
dropped silently. Control characters (ANSI/OSC escapes, NUL, bidi overrides) are
stripped here, once, so nothing downstream can ever emit them to a terminal.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .kinds import OWN_FOLDER, is_own_file, not_article_reason, reader_for

# A news article is a few kilobytes; a text file of megabytes is a dump, a log or a
# book, and extracting it would hold a reader up for minutes. Enforced while reading.
MAX_BYTES = int(os.environ.get("ALLIANCE_READER_MAX_BYTES") or 2 * 1024 * 1024)

# C0/C1 controls except tab and newline, and DEL (ESC and CSI among them); the Unicode
# bidi embedding/override/isolate controls that can reorder what a terminal shows; and
# invisible characters that split words for search and hide text: zero-width
# space/joiners, word joiner and invisible operators, a BOM inside the text, the soft
# hyphen and the Mongolian vowel separator.
_CONTROLS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_BIDI = r"\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
_INVISIBLE = r"\u200b-\u200d\u2060-\u2064\ufeff\u00ad\u180e"
# ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), and
# two-byte escapes; then each of the characters above alone.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)?"
    r"|\x1b[@-Z\\-_]?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    rf"|[{_CONTROLS}{_BIDI}{_INVISIBLE}]"
)
_ESCAPE_START = re.compile(rf"[{_CONTROLS}{_BIDI}{_INVISIBLE}]")  # the first character of every _ESCAPES match


class ReadError(Exception):
    """A file that cannot become an article; str() is the one-line reason."""


@dataclass(frozen=True)
class Source:
    path: Path
    text: str
    encoding: str
    warning: str | None = None


# Punctuation written as UTF-8, then read as a Windows code page and saved again ("β€”"
# for "—", "â€œ" for "“"): scraped pages carry these. Each mark's three bytes, read in
# each code page, map back to the mark.
_MOJIBAKE_MARKS = "—–‘’“”›‹»«…•·\u00a0"  # and a no-break space ("┬á" in a DOS code page, "Â\xa0" in cp1252)
# the first byte of a UTF-8 no-break space read in cp1252, cp1253 and cp437: no Indonesian
# page writes these before a space (cp1251's "В" and cp874's "ย" are letters elsewhere)
_NBSP_LEADS = "ÂΒ┬"
_MOJIBAKE_PAGES = ("cp1252", "cp1253", "cp874", "cp1251", "cp437")


def _mojibake_table() -> dict[str, str]:
    table = {}
    for mark in _MOJIBAKE_MARKS:
        for page in _MOJIBAKE_PAGES:
            try:
                table[mark.encode("utf-8").decode(page)] = " " if mark == "\u00a0" else mark
            except UnicodeDecodeError:
                continue  # a byte the code page leaves undefined: this page cannot have made it
    for lead in _NBSP_LEADS:  # "...lagi,\"Β kata ...": the no-break space itself saved as a plain one
        table[lead + " "] = " "
        table["\n" + lead + "\n"] = "\n\n"  # a line that held only a no-break space ("Â")
    return table


_MOJIBAKE = _mojibake_table()
_MOJIBAKE_RE = re.compile("|".join(sorted(map(re.escape, _MOJIBAKE), key=len, reverse=True)))


def repair_mojibake(text: str) -> str:
    """Punctuation garbled by a code page ("SEOUL, RABU β€” ..." -> "SEOUL, RABU — ...")."""
    return _MOJIBAKE_RE.sub(lambda m: _MOJIBAKE[m.group()], text)


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences and control characters, keep \\n and \\t."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ESCAPES.sub("", text) if _ESCAPE_START.search(text) else text


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    if head.count(0) > max(8, len(head) // 100):
        return True
    if head.startswith((b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"GIF8", b"\xff\xd8\xff")):
        return True
    return False


_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark declares, and the mark's length."""
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return encoding, len(mark)
    return None


def decode_bom(data: bytes) -> tuple[str, str, str | None] | None:
    found = bom_encoding(data)
    if found is None:
        return None
    encoding, skip = found
    text = data[skip:].decode(encoding, errors="replace")
    bad = text.count("\ufffd") - data[skip:].decode(encoding, errors="ignore").count("\ufffd")
    return text, encoding, (f"{bad} invalid byte(s) replaced (read as {encoding})" if bad else None)


def decode_mostly_utf8(data: bytes) -> tuple[str, str, str | None] | None:
    """UTF-8 with a few bad bytes stays UTF-8: a legacy code page would garble every
    quote mark and dash the valid sequences spell. Legacy text has no valid
    multi-byte UTF-8 sequences, or fewer of them than bad bytes."""
    valid = len(_UTF8_MULTIBYTE.findall(data))
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    if valid == 0 or bad > valid:
        return None
    return text, "utf-8", f"{bad} invalid byte(s) replaced; the rest is valid UTF-8"


def decode(data: bytes) -> tuple[str, str, str | None]:
    """Bytes to text: a byte-order mark's encoding; UTF-8 when valid or nearly so; else
    the best guess of charset-normalizer. Returns (text, encoding, warning-or-None)."""
    by_bom = decode_bom(data)
    if by_bom is not None:
        return by_bom
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    nearly = decode_mostly_utf8(data)
    if nearly is not None:
        return nearly
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise ReadError("undecodable: not UTF-8 and no other text encoding fits")
    encoding = best.encoding
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise ReadError(f"undecodable as {encoding}: {exc.__class__.__name__}") from None
    encoding = _commonest_alike(data, text, encoding)
    return text, encoding, f"decoded as {encoding}, not UTF-8"


def _commonest_alike(data: bytes, text: str, encoding: str) -> str:
    """cp1252 (Windows' Western page, what scraped pages mostly are) when it reads these
    bytes exactly as the guessed code page does: a few curly quotes fit cp1250 as well."""
    if encoding.startswith("cp125") and encoding != "cp1252":
        try:
            return "cp1252" if data.decode("cp1252") == text else encoding
        except UnicodeDecodeError:
            return encoding
    return encoding


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def not_regular(mode: int) -> str | None:
    """Why a file of this mode is not read (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    return f"not a regular file: {kind}"


def read_capped(p: Path) -> bytes:
    """The file's bytes, opened without blocking on a pipe, refused unless it is a
    regular file, and never more than MAX_BYTES read whatever stat said."""
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as fh:
        why = not_regular(os.fstat(fd).st_mode)
        if why:
            raise ReadError(why)
        data = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ReadError(f"too large to be an article: over {MAX_BYTES // 1024} KB")
    return data


def read_source(path: str | os.PathLike[str]) -> Source:
    """Read one file as article text, or raise ReadError with a one-line reason."""
    p = Path(path)
    try:
        data = read_capped(p)
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    if bom_encoding(data) is None and looks_binary(data):
        raise ReadError("binary file, not text")
    text, encoding, warning = decode(data)
    text = repair_mojibake(strip_controls(text))
    if not text.strip():
        raise ReadError("empty: no text")
    return Source(p, text, encoding, warning)


def json_object(path: Path) -> dict:
    """A small JSON file holding an object (metadata, a record of state), or {} when it is
    missing, unreadable or not an object: such files are hints, never reasons to fail."""
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def is_reading_warning(warning: str) -> bool:
    """A warning that decoding gave (shown once per file by the commands)."""
    return warning.startswith("decoded as") or "invalid byte(s) replaced" in warning


HIDDEN_FROM_OTHERS = "other users cannot read it; not put in an index they read"


def hidden_from_others(path: Path, root: Path, passable: dict[Path, bool] | None = None) -> bool:
    """True when other users could not read the file at `path`: its own mode, or a folder
    between it and the corpus folder `root` that does not let them through, judged where
    the file really is (a link inside the corpus to a closed folder inside it is closed).
    `passable` caches the folders' answers across the files of one walk."""
    passable = {} if passable is None else passable
    try:
        real, top = path.resolve(strict=True), root.resolve()
        if not real.stat().st_mode & stat.S_IROTH:
            return True
        for folder in real.parents:
            if folder not in passable:
                passable[folder] = bool(folder.stat().st_mode & stat.S_IXOTH)
            if not passable[folder]:
                return True
            if folder == top:
                break
    except (OSError, RuntimeError):
        return True
    return False


def closed_above(folder: str | os.PathLike[str]) -> Path | None:
    """The first folder above `folder` that other users cannot pass through (a home of
    0700), or None. The corpus folder an admin names is what they chose to share: what
    is above it only gets a warning, not every file skipped."""
    here = Path(folder).resolve()
    for above in here.parents:
        try:
            if not above.stat().st_mode & stat.S_IXOTH:
                return above
        except OSError:
            return above
    return None


def _named_file_problem(path: Path, for_others: bool) -> str | None:
    """Why a file named on the command line is not read (a pipe, a device, one other users
    could not read when building for them), or None."""
    try:
        why = not_regular(path.stat().st_mode)
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    if why is None and for_others and hidden_from_others(path, path.parent):
        why = HIDDEN_FROM_OTHERS
    return why


@dataclass
class _Walk:
    """One corpus folder walked without following links out of it."""

    root: Path
    for_others: bool
    files: list[Path]
    skipped: list[tuple[str, str]]
    passable: dict[Path, bool] = field(default_factory=dict)  # folders others can pass through

    def link(self, entry: os.DirEntry) -> None:
        path = Path(entry.path)
        try:
            target = path.resolve(strict=True)
        except RuntimeError:
            self.skipped.append((entry.path, "symbolic link loop"))
            return
        except OSError:
            self.skipped.append((entry.path, "broken symbolic link"))
            return
        if not target.is_relative_to(self.root):
            self.skipped.append((entry.path, "symbolic link out of the corpus folder, not followed"))
        elif target.is_dir() or (reader_for(target) and target.is_file()):
            return  # a link to an article or a folder inside the corpus: that is read on its own
        elif reader_for(path):
            self.file(path, target.stat().st_mode)  # named as an article: read through the link
        else:
            self.not_article(entry)

    def file(self, path: Path, mode: int) -> None:
        why = not_regular(mode)
        if why:
            self.skipped.append((str(path), why))
        elif self.for_others and hidden_from_others(path, self.root, self.passable):
            self.skipped.append((str(path), HIDDEN_FROM_OTHERS))
        else:
            self.files.append(path)

    def folder(self, folder: str) -> list[str]:
        """Take the folder's files; return its subfolders (walked by the caller)."""
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            self.skipped.append((folder, f"cannot read the folder: {exc.strerror or exc}"))
            return []
        subfolders: list[str] = []
        for entry in entries:
            if is_own_file(entry.name) or entry.name == OWN_FOLDER:
                continue  # the fetcher's record of a page, read with the page
            if entry.is_symlink():
                self.link(entry)
            elif entry.is_dir(follow_symlinks=False):
                self.subfolder(entry, subfolders)
            elif reader_for(Path(entry.name)):
                self.file(Path(entry.path), entry.stat(follow_symlinks=False).st_mode)
            else:
                self.not_article(entry)
        return subfolders

    def subfolder(self, entry: os.DirEntry, subfolders: list[str]) -> None:
        if entry.name.startswith("."):  # .git and the like: hundreds of files, none an article
            self.skipped.append((entry.path, "hidden folder, not read"))
        else:
            subfolders.append(entry.path)

    def not_article(self, entry: os.DirEntry) -> None:
        """A file of another kind (a PDF, an image, an archive): said, never silently left out."""
        try:
            why = not_regular(entry.stat(follow_symlinks=False).st_mode)
        except OSError:
            why = None
        self.skipped.append((entry.path, why or not_article_reason(Path(entry.name))))


def walk_folder(folder: Path, for_others: bool = False) -> tuple[list[Path], list[tuple[str, str]]]:
    walk = _Walk(folder.resolve(), for_others, [], [])
    stack = [str(folder)]
    while stack:  # depth first, in name order, without recursion
        stack.extend(reversed(walk.folder(stack.pop())))
    return sorted(walk.files), walk.skipped


def others_can_read(folder: str | os.PathLike[str]) -> bool:
    """Other users can reach and list this folder (an index there is read by others):
    every folder above lets others through, and the folder lets them in."""
    try:
        mode = os.stat(folder).st_mode
    except OSError:
        return False
    return bool(mode & stat.S_IROTH and mode & stat.S_IXOTH) and closed_above(folder) is None


def closed_corpus_folders(corpus: list[str], index_dir: str | os.PathLike[str]) -> list[tuple[Path, str]]:
    """(the closed folder, the corpus folder) for each corpus folder inside a folder other
    users cannot enter, when they can read the index (its folder, or for a first build the
    folder it will be made in): what the admin shares with them, to be said."""
    target = Path(os.path.abspath(index_dir))
    while not target.exists() and target != target.parent:
        target = target.parent
    if not others_can_read(target):
        return []
    return [(closed, folder) for folder in corpus if (closed := closed_above(folder)) is not None]


def find_files(paths: list[str | os.PathLike[str]], *, for_others: bool = False) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand files and folders (recursively, every format kinds.READERS names) in a stable order.

    Returns (files, skipped): skipped lists (path, reason) for every path that is not
    read: missing, a broken link or a link loop, a link out of a corpus folder, a pipe
    or a device; with `for_others` (building an index other users read), files other
    users could not read themselves.
    """
    files: list[Path] = []
    skipped: list[tuple[str, str]] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found, why = walk_folder(p, for_others)
            skipped.extend(why)
        elif p.exists():
            problem = _named_file_problem(p, for_others)
            if problem:
                skipped.append((str(raw), problem))
                continue
            found = [p]
        else:
            reason = "broken symbolic link" if p.is_symlink() else "no such file or folder"
            skipped.append((str(raw), reason))
            continue
        for q in found:
            key = q.resolve()
            if key not in seen:
                seen.add(key)
                files.append(q)
    return files, skipped


def bundled_seeds() -> Path:
    """The folder of seed articles: the checkout's `seeds/`, or the copy the wheel
    installs as `index/seeds/` (a plain folder beside this module)."""
    here = Path(__file__).resolve().parent
    for folder in (here.parent / "seeds", here / "seeds"):
        if folder.is_dir() and any(folder.glob("*.txt")):
            return folder
    raise FileNotFoundError(f"the bundled seed articles are missing (looked in {here.parent / 'seeds'} and {here / 'seeds'})")
