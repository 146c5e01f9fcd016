"""Which extraction made an article: a fingerprint of the code and data that extraction
reads (every module of this package but those that only store, search or show what was
extracted, plus the data files). A rebuild reuses an article extracted with the same
fingerprint from a file with the same content, instead of extracting it again."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
# modules that never change what extraction gives (a new module counts until listed here)
NOT_EXTRACTION = frozenset({
    "search.py", "store.py", "views.py", "corpus.py", "state.py", "export.py", "generations.py", "strict.py",
    "fetch.py", "query_limits.py", "stories.py", "errors.py", "fingerprint.py",
})


@lru_cache(maxsize=1)
def extraction_fingerprint() -> str:
    h = hashlib.sha1()
    sources = sorted(p for p in HERE.glob("*.py") if p.name not in NOT_EXTRACTION)
    for path in sources + sorted((HERE / "data").glob("*")):
        if path.is_file():
            h.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]
