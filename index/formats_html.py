"""The marked-up formats: web pages (trafilatura for the main text and the page's
metadata, htmldate for its publication date), Markdown (markdown-it-py) and RSS/Atom
feeds (feedparser). Each gives plain paragraphs, blank-line separated, for the same
cleaning, entities and quotes as a text file, and what its markup says of the article."""

from __future__ import annotations

import re
from pathlib import Path

from .kinds import sidecar_path
from .pieces import Piece, clean_field, page_meta
from .reading import Source, json_object, strip_controls

BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr",
          "section", "article", "figure", "figcaption", "header", "footer", "dd", "dt"}


def paragraphs_text(paragraphs) -> str:
    """Paragraphs as the text pipeline reads them: one per block, blank lines between."""
    kept = (" ".join(p.split()) for p in paragraphs)
    return "\n\n".join(p for p in kept if p)


def sidecar(path: Path) -> dict:
    """What the fetcher recorded beside a page (its URL, when it was fetched), or {}."""
    return json_object(sidecar_path(path))


# --- web pages --------------------------------------------------------------------------------

def read_html(src: Source) -> tuple[list[Piece], list[str]]:
    import trafilatura

    fetched = sidecar(src.path)
    doc = trafilatura.bare_extraction(src.text, url=fetched.get("url"), with_metadata=True,
                                      include_comments=False, include_tables=False)
    if doc is None or isinstance(doc, dict):  # nothing read (a dict only when asked for one)
        return [], ["no article text found in this page"]
    body = getattr(doc, "text", None)
    if not body or not body.strip():
        return [], ["no article text found in this page"]
    meta = page_meta(doc.title, _published(src.text, fetched.get("url")) or fetched.get("published"),
                     doc.sitename or doc.hostname, doc.author, doc.url or fetched.get("url"))
    return [Piece(_with_headline(meta.title, body.splitlines()), meta)], []


def _published(html: str, url: str | None) -> str | None:
    """The page's publication date from its markup only (meta tags, structured data, time
    elements, the URL): never a guess from the text, which the text rules read themselves."""
    from htmldate import find_date

    try:
        return find_date(html, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        return None


def _with_headline(title: str | None, paragraphs) -> str:
    """The headline first, as a text file gives it, so the cleaning finds it where it looks."""
    body = paragraphs_text(paragraphs)
    return f"{title}\n\n{body}" if title else body


def fragment_paragraphs(html: str) -> list[str]:
    """The paragraphs of an HTML fragment (a feed entry's content): one per block, <br> a break."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return [html]
    for el in root.iter():
        if el.tag == "br":
            el.tail = "\n\n" + (el.tail or "")
        elif el.tag in BLOCKS:
            el.tail = "\n\n" + (el.tail or "")
            el.text = "\n\n" + (el.text or "")
    return re.split(r"\n\s*\n", root.text_content())


# --- Markdown -------------------------------------------------------------------------------------

def read_markdown(src: Source) -> tuple[list[Piece], list[str]]:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(src.text)
    blocks: list[tuple[str, str]] = []  # (opening tag, its text)
    for opening, inline in zip(tokens, tokens[1:], strict=False):
        if inline.type == "inline" and opening.type.endswith("_open"):
            blocks.append((opening.tag, _inline_text(inline)))
    title = next((text for tag, text in blocks if tag == "h1" and text.strip()), None)
    rest = [text for tag, text in blocks if not (tag == "h1" and text == title)]
    if not any(text.strip() for text in rest):
        return [], ["no text in this Markdown file"]
    return [Piece(_with_headline(title, rest), page_meta(title=title))], []


def _inline_text(inline) -> str:
    """An inline token's words without markup: links keep their text, images their alt text."""
    parts = []
    for child in inline.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)


# --- feeds ------------------------------------------------------------------------------------------

def read_feed(src: Source) -> tuple[list[Piece], list[str]]:
    import feedparser

    feed = feedparser.parse(src.text)
    if not feed.entries:
        why = getattr(feed, "bozo_exception", None)
        return [], [f"not a feed: malformed XML ({_short(why)})" if feed.bozo else "a feed with no entries"]
    outlet = feed.feed.get("title")
    pieces, problems = [], []
    for number, entry in enumerate(feed.entries, 1):
        piece = _entry_piece(entry, str(number), outlet)
        if piece is None:
            problems.append(f"entry {number}: no text (neither content nor summary)")
        else:
            pieces.append(piece)
    if not pieces and feed.bozo:  # what little the parser recovered is no article: the XML is the problem
        problems.insert(0, f"not a feed: malformed XML ({_short(getattr(feed, 'bozo_exception', None))})")
    return pieces, problems


def _entry_piece(entry, number: str, outlet: str | None) -> Piece | None:
    content = entry.get("content") or []
    html = content[0].get("value") if content else entry.get("summary")
    paragraphs = [p for p in fragment_paragraphs(html or "") if p.strip()]
    if not paragraphs:
        return None
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    raw_when = entry.get("published") or entry.get("updated")
    meta = page_meta(entry.get("title"), when, outlet, entry.get("author"), entry.get("link"))
    if meta.date and raw_when:
        meta = type(meta)(meta.title, meta.date, clean_field(raw_when), meta.outlet, meta.author, meta.url)
    return Piece(_with_headline(meta.title, paragraphs), meta, number)


def _short(exc) -> str:
    text = strip_controls(str(exc or "unreadable")).strip()
    return text if len(text) <= 80 else text[:79] + "…"

