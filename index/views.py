"""What the reader would otherwise compute from every article, computed when the index
is built and kept beside it: the corpus-wide views (quotes side by side, the entity
browser) and the facet table (each article's outlet, year, people... that facets count).
At 20,000 articles reading them all takes seconds; loading what was kept, a fraction.

One file per kind and commit, `quotes-<commit>.pickle`, `entities-<commit>.pickle`,
`facets-<commit>.pickle` and `stories-<commit>.pickle` (near-duplicates, stories.py) in
the live generation (each screen loads only the one it shows): each is used only with the commit it was computed from (the facet
table is keyed by document numbers, which a commit may change), and a build writes the
new one whole (a temporary file, then a rename) before removing the old. Pickles run code when loaded, like the
index's own stored fields: the same StrictModes check (index/strict.py) guards both.
A missing or unreadable file is never an error: the reader computes the views itself.
"""

from __future__ import annotations

import gc
import os
import pickle
from pathlib import Path

from . import fields
from .entity_views import EntityCorpus
from .facet_arrays import FacetArrays
from .quote_views import QuoteCorpus

KINDS = ("quotes", "entities", "facets", "stories")
VIEWS: dict[str, type[QuoteCorpus] | type[EntityCorpus]] = {"quotes": QuoteCorpus, "entities": EntityCorpus}  # by kind
VERSION = 10  # bump when QuoteCorpus, EntityCorpus or the facet table change shape or module, or what they hold
# (10: a news outlet is no country's side; 9: printed variants of an outlet one row; 8: an entity's articles aside)
FACET_FIELDS = fields.facet_fields()  # counted over every match: the field table's (index/fields.py)


def path_for(folder: Path, commit: int, kind: str) -> Path:
    return folder / f"{kind}-{commit}.pickle"


def facet_values(stored: dict, fieldname: str) -> tuple[str, ...]:
    """One article's values of one facet, from its stored fields."""
    if fieldname == "month":  # YYYY-MM of the article's date: the timeline
        when = stored.get("date")
        return (when.strftime("%Y-%m"),) if when else ()
    value = stored.get(fieldname) or ""
    return (value,) if fieldname == "year" and value else tuple(filter(None, value.split(",")))


def facet_table(reader) -> dict[int, tuple[tuple[str, ...], ...]]:
    """docnum -> each facet field's values, for every document of a Whoosh reader."""
    facets = fields.facet_fields()
    return {d: tuple(facet_values(stored, f) for f in facets) for d, stored in reader.iter_docs()}


def facet_arrays(reader) -> FacetArrays:
    """Every document's facet values as arrays (what facets count over every match)."""
    return FacetArrays(facet_table(reader), fields.facet_fields())


def story_table(reader) -> dict[int, int]:
    """docnum -> its story's first docnum, for every document told by another outlet too."""
    from .stories import group

    signatures = {d: stored["minhash"] for d, stored in reader.iter_docs() if stored.get("minhash")}
    return group(signatures)


def compute(articles, kinds=tuple(VIEWS)) -> dict:
    """kind -> the view built from these (key, Article) pairs."""
    articles = list(articles)
    return {kind: VIEWS[kind].build(articles) for kind in kinds}


def gather(articles, kinds=tuple(VIEWS)) -> dict:
    """kind -> these (key, Article) pairs' share of the view: a build worker gathers the
    articles it holds, so the build need not read them all back (5 of 7 s of its own work
    at 20,000 articles)."""
    articles = list(articles)
    return {kind: VIEWS[kind].gather(articles) for kind in kinds}


def from_parts(parts: list[dict], kinds=tuple(VIEWS)) -> dict:
    """kind -> the view of the articles of these shares, in order: what compute() gives
    for the same articles in the same order."""
    return {kind: VIEWS[kind].from_parts([p[kind] for p in parts]) for kind in kinds}


def parts_cover(parts: list[dict], documents: int) -> bool:
    """Whether these shares hold as many articles as the commit has documents."""
    if not parts:
        return documents == 0
    return all(sum(len(p[kind].titles) for p in parts) == documents for kind in parts[0])


def save(folder: Path, commit: int, kept, kind: str) -> Path:
    """Write what is kept of this kind for this commit whole, then remove older ones."""
    target = path_for(folder, commit, kind)
    tmp = folder / f".{target.name}.{os.getpid()}.tmp"
    with open(tmp, "wb") as fh:
        pickle.dump((VERSION, commit, kept), fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, target)
    for old in folder.glob(f"{kind}-*.pickle"):
        if old != target:
            old.unlink(missing_ok=True)
    return target


def load(folder: Path, commit: int, kind: str):
    """What was kept of this kind for this commit, or None (none, another commit's, unreadable)."""
    collecting = gc.isenabled()
    gc.disable()  # tens of thousands of small objects: the cyclic collector would rescan them
    try:
        with open(path_for(folder, commit, kind), "rb") as fh:
            version, kept_for, views = pickle.load(fh)
    except (OSError, EOFError, ValueError, TypeError, AttributeError, ImportError, pickle.UnpicklingError):
        return None
    finally:
        if collecting:
            gc.enable()
    if version != VERSION or kept_for != commit:
        return None
    return views
