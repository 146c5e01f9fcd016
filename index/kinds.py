"""Which files a corpus folder holds, by name: the formats read as articles (and the
reader each goes to), what is said of the others, and the fetcher's own files. Data only,
so the folder walk (reading.py) and the readers (formats.py) share one table."""

from __future__ import annotations

from pathlib import Path

SIDECAR_SUFFIX = ".fetch.json"  # what `alliance-reader fetch` writes beside each page

# suffix -> reader name; what a corpus folder reads
READERS = {
    ".txt": "txt", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".md": "md", ".markdown": "md",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
SUFFIXES = tuple(READERS)

# what is said of a file nobody can read as an article, by suffix
NOT_ARTICLES = {
    **dict.fromkeys((".pdf",), "a PDF document"),
    **dict.fromkeys((".doc", ".docx", ".odt", ".rtf"), "a word-processor document"),
    **dict.fromkeys((".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".tif", ".tiff"), "an image"),
    **dict.fromkeys((".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar", ".zst"), "an archive"),
    **dict.fromkeys((".mp3", ".mp4", ".wav", ".ogg", ".webm", ".mov", ".m4a"), "audio or video"),
    **dict.fromkeys((".csv", ".tsv", ".xls", ".xlsx", ".ods"), "a table"),
}

# the fetcher's own files in a corpus folder (a SIDECAR_SUFFIX file beside each page, and
# this folder of state): read with their page, never as articles
OWN_FOLDER = ".alliance-reader"


def not_article_reason(path: Path) -> str:
    """Why a file found in a corpus folder is not read."""
    suffix = path.suffix.lower()
    what = NOT_ARTICLES.get(suffix)
    if what:
        return f"not an article format: {what} ({suffix})"
    readable = " ".join(sorted(set(SUFFIXES)))
    return f"not an article format ({suffix or 'no extension'}); read are {readable}"


def reader_for(path: Path) -> str | None:
    return READERS.get(path.suffix.lower())


def sidecar_path(page: Path) -> Path:
    """Where the fetcher keeps what it knows of a page it stored (its URL, when)."""
    return page.with_name(page.name + SIDECAR_SUFFIX)


def is_own_file(name: str) -> bool:
    """A file the fetcher keeps beside a page: not an article, never reported."""
    return name.endswith(SIDECAR_SUFFIX)
