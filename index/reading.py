"""Reading scraped files: find them, decode them, refuse what is not text.

Every file either becomes text or is reported with a one-line reason; nothing is
dropped silently. Control characters (ANSI/OSC escapes, NUL, bidi overrides) are
stripped here, once, so nothing downstream can ever emit them to a terminal.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 64 * 1024 * 1024  # a "news article" larger than this is not one

# ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \),
# and two-byte escapes. Then C0/C1 controls except tab and newline, DEL, and the
# Unicode bidi embedding/override/isolate controls that can reorder what a
# terminal shows.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)?"
    r"|\x1b[@-Z\\-_]?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
    r"|[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]"
)


class ReadError(Exception):
    """A file that cannot become an article; str() is the one-line reason."""


@dataclass(frozen=True)
class Source:
    path: Path
    text: str
    encoding: str
    warning: str | None = None


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences and control characters, keep \\n and \\t."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ESCAPES.sub("", text)


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    if head.count(0) > max(8, len(head) // 100):
        return True
    if head.startswith((b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"GIF8", b"\xff\xd8\xff")):
        return True
    return False


def decode(data: bytes) -> tuple[str, str, str | None]:
    """Bytes to text: UTF-8 when valid, else the best guess of charset-normalizer.

    Returns (text, encoding, warning-or-None).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise ReadError("undecodable: not UTF-8 and no other text encoding fits")
    encoding = best.encoding
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise ReadError(f"undecodable as {encoding}: {exc.__class__.__name__}") from None
    return text, encoding, f"decoded as {encoding}, not UTF-8"


def read_source(path: str | os.PathLike[str]) -> Source:
    """Read one file as article text, or raise ReadError with a one-line reason."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    if size > MAX_BYTES:
        raise ReadError(f"too large: {size} bytes (limit {MAX_BYTES})")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    if looks_binary(data):
        raise ReadError("binary file, not text")
    text, encoding, warning = decode(data)
    text = strip_controls(text)
    if not text.strip():
        raise ReadError("empty: no text")
    return Source(p, text, encoding, warning)


def find_files(paths: list[str | os.PathLike[str]]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand files and folders (recursively, *.txt) in a stable order.

    Returns (files, missing) where missing lists (path, reason) for paths that do
    not exist.
    """
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(q for q in p.rglob("*.txt") if q.is_file())
        elif p.exists():
            found = [p]
        else:
            missing.append((str(raw), "no such file or folder"))
            continue
        for q in found:
            key = q.resolve()
            if key not in seen:
                seen.add(key)
                files.append(q)
    return files, missing


def bundled_seeds() -> Path:
    """The folder of seed articles: the checkout's `seeds/`, or the copy the wheel
    installs as `index/seeds/` (a plain folder beside this module)."""
    here = Path(__file__).resolve().parent
    for folder in (here.parent / "seeds", here / "seeds"):
        if folder.is_dir() and any(folder.glob("*.txt")):
            return folder
    raise FileNotFoundError(f"the bundled seed articles are missing (looked in {here.parent / 'seeds'} and {here / 'seeds'})")
