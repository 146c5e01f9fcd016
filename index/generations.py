"""Where an index lives inside its folder: generations, and a pointer to the live one.

    INDEX_DIR/
      CURRENT            names the live generation ("g000003"); replaced atomically
      g000003/           a whole Whoosh index and its metadata file
      g000004.partial/   a rebuild under way (the next build removes it if it was killed)
      corpus.json        the corpus it was built from (also in each generation's metadata)
      .build.lock        builders hold an fcntl lock on it; readers never touch it

An incremental update changes the live generation in place: Whoosh writes new segments
first and renames its table of contents last. A full rebuild (a new schema, missing or
garbled metadata, `index --rebuild`) writes a new generation beside the live one and
then swaps the pointer, so readers keep the old index until the swap, and a rebuild that
fails or is killed leaves the old one serving. Readers resolve the pointer when they
open and when they refresh. An index built before generations (its files directly in
INDEX_DIR) is read as it is and replaced by the first rebuild.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import IndexBusy
from .wording import INDEX_BUSY

POINTER = "CURRENT"
LOCK = ".build.lock"
INDEX_NAME = "articles"
META = "alliance-reader.json"
CORPUS_RECORD = "corpus.json"
_GEN = re.compile(r"^g(\d{6,})$")
_LEFTOVER = re.compile(r"^g\d{6,}\.partial$|^\.(CURRENT|corpus)\..*\.tmp$")
_TOC = re.compile(r"^_" + INDEX_NAME + r"_(\d+)\.toc$")
_FLAT = re.compile(r"^_?" + INDEX_NAME + r"[._]|^" + re.escape(META) + r"$|^\.meta\..*\.tmp$|^[a-z]+-\d+\.pickle$|^postings-\d+-\w+$")  # and what the build kept beside it (views, facets, arrays)


# --- reading the layout (never writes) ---------------------------------------------

def pointed_name(index_dir: Path) -> str | None:
    """The generation CURRENT names, or None when there is no pointer."""
    try:
        name = (index_dir / POINTER).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, UnicodeDecodeError):
        return ""  # unreadable: a damaged index, not a missing one
    return name if _GEN.match(name) else ""


def _listdir(path: Path) -> list[str]:
    try:
        return os.listdir(path)
    except OSError:
        return []


def has_flat_index(index_dir: Path) -> bool:
    """Index files directly in the folder (the layout before generations)."""
    return any(_FLAT.match(n) for n in _listdir(index_dir))


def live_dir(index_dir: str | os.PathLike[str]) -> Path | None:
    """The folder of the live generation, or None when the folder holds no index.

    The answer may name a folder that is damaged or gone: opening it says so.
    """
    idir = Path(index_dir)
    name = pointed_name(idir)
    if name:
        return idir / name
    if name == "" or any(_GEN.match(n) for n in _listdir(idir)):
        return idir / POINTER  # a pointer unreadable or gone: a path that fails to open, as damaged
    return idir if has_flat_index(idir) else None


def has_index(index_dir: str | os.PathLike[str]) -> bool:
    """The folder holds an index or what is left of one (damaged or not)."""
    return live_dir(index_dir) is not None


def toc_generation(folder: Path) -> int:
    """Whoosh's commit counter in one generation's folder (-1: no table of contents)."""
    best = -1
    for name in _listdir(folder):
        m = _TOC.match(name)
        if m:
            best = max(best, int(m.group(1)))
    return best


def generation(index_dir: str | os.PathLike[str]) -> str | None:
    """Changes whenever an update or a rebuild lands. Cheap: a small read and a listing."""
    live = live_dir(index_dir)
    if live is None:
        return None
    toc = toc_generation(live)
    return f"{live.name}/{toc}" if toc >= 0 else None


# --- building (under the lock) -----------------------------------------------------

@contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """One builder at a time. The kernel drops the lock with the process: never stale."""
    import fcntl

    fd = os.open(index_dir / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IndexBusy(INDEX_BUSY.format(index_dir=index_dir)) from None
        yield
    finally:
        os.close(fd)


def next_name(index_dir: Path) -> str:
    numbers = [int(m.group(1)) for n in _listdir(index_dir) if (m := _GEN.match(n.split(".")[0]))]
    return f"g{max(numbers, default=0) + 1:06d}"


def swap(index_dir: Path, name: str) -> None:
    """Point CURRENT at a complete generation: one atomic rename, made durable."""
    tmp = index_dir / f".CURRENT.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(name + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / POINTER)
    _fsync_dir(index_dir)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    except FileNotFoundError:
        pass


def remove_leftovers(index_dir: Path) -> list[str]:
    """What builds that failed or were killed left, and generations no longer live.

    Older generations go only while a healthy one is live (a damaged index keeps
    everything for `--rebuild`). Readers that opened an older generation keep reading
    it: their files stay open until they refresh. Returns the names removed.
    """
    live = live_dir(index_dir)
    serving = live is not None and live != index_dir and toc_generation(live) >= 0
    removed = []
    for name in _listdir(index_dir):
        path = index_dir / name
        superseded = serving and path != live and (_GEN.match(name) or _FLAT.match(name))
        if _LEFTOVER.match(name) or superseded:
            _remove(path)
            removed.append(name)
    if live is not None and live.is_dir():
        removed += clean_generation(live)
    return removed


def clean_generation(folder: Path) -> list[str]:
    """Files in a generation that its table of contents does not name: segments and
    temporary files of a build that was killed, older tables of contents."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import TOC, clean_files

    storage = FileStorage(str(folder))
    try:
        toc = TOC.read(storage, INDEX_NAME)
    except Exception:  # noqa: BLE001 - unreadable: a damaged index is left for --rebuild
        return []
    before = set(_listdir(folder))
    clean_files(storage, INDEX_NAME, toc.generation, toc.segments)
    for name in _listdir(folder):
        if name == f"{INDEX_NAME}.tmp" or name.endswith(".tmp") or re.match(r"^_.*\.toc\.[0-9.]+$", name):
            _remove(folder / name)
    return sorted(before - set(_listdir(folder)))
