"""Guard the index like sshd guards its keys (OpenSSH's StrictModes).

Whoosh keeps stored fields as Python pickles, so an index is code: whoever can change
its files, or swap its folder through a parent, runs code as every reader who opens it.
Before opening an index, the reader checks that the index folder, everything in it and
every folder above it are owned by root or by the reader, and writable by nobody but
their owner (root excepted). A folder above may be world-writable only if it has the
sticky bit and belongs to root (like /tmp): then nobody can rename or replace what
others put in it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

GROUP_OR_OTHER_WRITE = stat.S_IWGRP | stat.S_IWOTH
FIX = "ask whoever runs the index to make it owned by root or you and writable only by its owner"


def _owner_ok(st: os.stat_result, uid: int) -> bool:
    return st.st_uid in (0, uid)


def _problem(path: Path, st: os.stat_result, uid: int, *, parent: bool) -> str | None:
    if not _owner_ok(st, uid):
        return f"{path} belongs to another user (uid {st.st_uid})"
    if stat.S_ISLNK(st.st_mode):
        return None  # a link's own mode bits mean nothing; its owner is checked above
    if st.st_mode & GROUP_OR_OTHER_WRITE:
        if parent and stat.S_ISDIR(st.st_mode) and st.st_mode & stat.S_ISVTX and st.st_uid == 0:
            return None  # /tmp and its kind: sticky, root's
        who = "everyone" if st.st_mode & stat.S_IWOTH else "its group"
        return f"{path} can be changed by {who}"
    return None


def _parents(folder: Path):
    here = folder.parent
    while True:
        yield here
        if here == here.parent:
            return
        here = here.parent


def _inside(folder: Path):
    for root, dirs, files in os.walk(folder, followlinks=False):
        for name in dirs + files:
            yield Path(root) / name


def unsafe_reason(index_dir: str | os.PathLike[str], uid: int | None = None) -> str | None:
    """Why opening this index would be unsafe for user `uid` (default: the caller), or None."""
    uid = os.geteuid() if uid is None else uid
    folder = Path(os.path.abspath(index_dir))
    try:
        checks = [(folder, False)] + [(p, False) for p in _inside(folder)] + [(p, True) for p in _parents(folder)]
        for path, parent in checks:
            found = _problem(path, path.lstat(), uid, parent=parent)
            if found:
                return f"refusing to open the index: {found}; an index others can change could run code as you ({FIX})"
    except OSError as exc:
        return f"cannot check the index at {folder}: {exc.strerror or exc}"
    return None


__all__ = ["unsafe_reason"]
