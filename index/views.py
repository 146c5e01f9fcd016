"""The corpus-wide views (quotes side by side, the entity browser), computed when the
index is built and kept beside it, so the reader opens them without reading every
article (at 20,000 articles reading them all takes seconds).

One file per commit, `views-<commit>.pickle` in the live generation: a view is used only
with the commit it was computed from, and a build writes the new one whole (a temporary
file, then a rename) before removing the old. Pickles run code when loaded, like the
index's own stored fields: the same StrictModes check (index/strict.py) guards both.
A missing or unreadable file is never an error: the reader computes the views itself.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path

from .corpus import EntityCorpus, QuoteCorpus

PREFIX = "views-"
VERSION = 1  # bump when QuoteCorpus or EntityCorpus change shape


def path_for(folder: Path, commit: int) -> Path:
    return folder / f"{PREFIX}{commit}.pickle"


def compute(articles) -> tuple[QuoteCorpus, EntityCorpus]:
    articles = list(articles)
    return QuoteCorpus.build(articles), EntityCorpus.build(articles)


def save(folder: Path, commit: int, views: tuple[QuoteCorpus, EntityCorpus]) -> Path:
    """Write the views of this commit whole, then remove any older ones."""
    target = path_for(folder, commit)
    tmp = folder / f".{target.name}.{os.getpid()}.tmp"
    with open(tmp, "wb") as fh:
        pickle.dump((VERSION, commit, views), fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, target)
    for old in folder.glob(f"{PREFIX}*.pickle"):
        if old != target:
            old.unlink(missing_ok=True)
    return target


def load(folder: Path, commit: int) -> tuple[QuoteCorpus, EntityCorpus] | None:
    """The views kept for this commit, or None (none kept, another commit's, unreadable)."""
    try:
        with open(path_for(folder, commit), "rb") as fh:
            version, kept_for, views = pickle.load(fh)
    except (OSError, EOFError, ValueError, TypeError, AttributeError, ImportError, pickle.UnpicklingError):
        return None
    if version != VERSION or kept_for != commit:
        return None
    return views
