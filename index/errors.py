"""What can be wrong with an index, as exceptions the CLI and the reader turn into one line.

A module of its own, importing only index.wording (its words), so that `alliance-reader extract` can name these
without loading Whoosh.
"""

from __future__ import annotations

import os
from pathlib import Path

from .wording import INDEX_DAMAGED


class IndexMissing(Exception):
    """The folder holds no index."""


class IndexBusy(Exception):
    """Another build holds the index folder."""


class BadRequest(ValueError):
    """The caller asked for something the index does not offer (an unknown sort): a
    mistake in the request, never a sign of damage."""


class IndexUnsafe(Exception):
    """The index, a file in it or a folder above it can be changed by someone other than
    its owner and root: opening it could run their code (see index/strict.py)."""


class IndexDamaged(Exception):
    """The live generation cannot be read: a file is missing, truncated or garbled."""

    def __init__(self, index_dir: str | os.PathLike[str], detail: str) -> None:
        super().__init__(INDEX_DAMAGED.format(index_dir=index_dir, detail=detail))
        self.index_dir = Path(index_dir)
        self.detail = detail
