"""Guard the index like sshd guards its keys (OpenSSH's StrictModes).

Whoosh keeps stored fields as Python pickles, so an index is code: whoever can change
its files, or swap its folder through a parent, runs code as every reader who opens it.
Before opening an index, the reader checks that the index folder, everything in it and
every folder above it are owned by root or by the reader, and writable by nobody but
their owner (root excepted). A folder above may be world-writable only if it has the
sticky bit and belongs to root (like /tmp): then nobody can rename or replace what
others put in it. As Debian's sshd does, group write is allowed when the group is the
owner's private group (no other member; the primary group of nobody else): the usual
umask 002 on Debian and Ubuntu must not lock a user out of their own index.
"""

from __future__ import annotations

import functools
import grp
import os
import pwd
import stat
from pathlib import Path

from . import wording

FIX = wording.UNSAFE_FIX


def _owner_ok(st: os.stat_result, uid: int) -> bool:
    return st.st_uid in (0, uid)


@functools.lru_cache(maxsize=64)
def _private_group(gid: int, uid: int) -> bool:
    """The group is the user's own: named members none but them, primary group of them alone."""
    try:
        members = set(grp.getgrgid(gid).gr_mem)
        primary_of = {p.pw_uid for p in pwd.getpwall() if p.pw_gid == gid}
        return members <= {pwd.getpwuid(uid).pw_name} and primary_of == {uid}
    except KeyError:
        return False


def _writable_by_others(st: os.stat_result) -> bool:
    if st.st_mode & stat.S_IWOTH:
        return True
    return bool(st.st_mode & stat.S_IWGRP) and not _private_group(st.st_gid, st.st_uid)


def _problem(path: Path, st: os.stat_result, uid: int, *, parent: bool) -> str | None:
    if not _owner_ok(st, uid):
        return wording.OWNED_BY_OTHER.format(path=path, uid=st.st_uid)
    if stat.S_ISLNK(st.st_mode):
        return None  # a link's own mode bits mean nothing; its owner is checked above
    if _writable_by_others(st):
        if parent and stat.S_ISDIR(st.st_mode) and st.st_mode & stat.S_ISVTX and st.st_uid == 0:
            return None  # /tmp and its kind: sticky, root's
        who = wording.EVERYONE if st.st_mode & stat.S_IWOTH else wording.ITS_GROUP
        return wording.WRITABLE_BY.format(path=path, owner=who)
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
            try:
                st = path.lstat()
            except FileNotFoundError:
                continue  # no folder (IndexMissing says so), or removed by a build meanwhile
            found = _problem(path, st, uid, parent=parent)
            if found:
                return wording.UNSAFE_INDEX.format(found=found, reason=FIX)
    except OSError as exc:
        return wording.UNCHECKABLE.format(folder=folder, reason=exc.strerror or exc)
    return None


__all__ = ["unsafe_reason"]
