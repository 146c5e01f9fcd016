"""Keep a corpus current: feeds and pages downloaded into a corpus folder.

A pipeline of named steps. For each URL: `get` it (HTTP with timeouts, retries with
backoff, a conditional request from what is stored, redirects checked hop by hop, a body
cap) → `classify` it (an HTML page, a feed, or refused) → `store_page` it, or for a feed
`parse_feed` and do the same for each entry's page.

Nothing stored is lost on failure: a page is replaced only by a whole new download,
written beside it and renamed over it. Each page `<host>/<slug>-<hash>.html` has a
sidecar `<same name>.html.fetch.json`; a feed's ETag/Last-Modified lives in
`.alliance-reader/fetch-state.json`. No other file of the fetcher's ends in `.json`.

Standard library HTTP (urllib), feedparser for feeds. Never imports textual or rich.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import socket
import ssl
import tempfile
import time
import unicodedata
import urllib.error
import urllib.request
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http.client import HTTPException
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from .kinds import OWN_FOLDER as STATE_DIR  # the corpus walk skips it
from .kinds import (
    sidecar_path,
)
from .reading import json_object, strip_controls

STATE_FILE = "fetch-state.json"

# who asks, and why, for a site admin reading the logs (the project has no public page to point to)
AGENT_PURPOSE = "a news reader fetching the feeds and pages its user listed"
PAGE_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml",
              "application/xml", "text/xml", "application/x-rss+xml", "application/x-atom+xml")
SNIFF_TYPES = ("", "text/plain", "application/octet-stream")  # a feed served without its own type
FEED_STARTS = (b"<?xml", b"<rss", b"<feed", b"<rdf:rdf")
PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".php", ".asp", ".aspx", ".jsp")
CHUNK = 64 * 1024
SLUG_CHARS = 80
TOTAL_FACTOR = 4  # a whole download may take this many timeouts (a server dripping bytes)


def user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        ours = version("alliance-reader")
    except PackageNotFoundError:  # pragma: no cover - run from a checkout without installing
        ours = "0"
    return f"alliance-reader/{ours} ({AGENT_PURPOSE})"


def _env_float(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, ""))
    except ValueError:
        return default
    return value if value >= 0 else default


@dataclass(frozen=True)
class Settings:
    """How patient and how trusting the fetcher is. `from_env` reads
    ALLIANCE_READER_FETCH_TIMEOUT and ALLIANCE_READER_FETCH_BACKOFF (seconds)."""

    timeout: float = 15.0  # each connect and each read
    tries: int = 3  # a timeout, a 5xx or a dropped connection is tried again
    backoff: float = 1.0  # seconds before the second try; doubles after each
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    agent: str = field(default_factory=user_agent)

    @classmethod
    def from_env(cls) -> Settings:
        return cls(timeout=_env_float("ALLIANCE_READER_FETCH_TIMEOUT", 15.0) or 15.0,
                   backoff=_env_float("ALLIANCE_READER_FETCH_BACKOFF", 1.0))


class FetchError(Exception):
    """Why one URL gave nothing, in one line."""


class _Retry(FetchError):
    """A failure worth another try: a timeout, a 5xx, a dropped connection."""


@dataclass
class Got:
    """One response: 200 with its body, or 304 (not modified) without."""

    url: str
    final_url: str
    status: int
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    body: bytes = b""

    def validators(self) -> dict:
        return {"etag": self.etag, "last_modified": self.last_modified}


@dataclass(frozen=True)
class Entry:
    link: str
    title: str | None
    published: str | None


@dataclass
class FetchReport:
    new: list[Path] = field(default_factory=list)
    updated: list[Path] = field(default_factory=list)
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (url, one-line reason)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (url, what was left out and why)

    def summary(self) -> str:
        return (f"{len(self.new)} new, {len(self.updated)} updated, {self.unchanged} unchanged, "
                f"{len(self.failed)} failed")


def one_line(text: str) -> str:
    """What came from the network, safe to print: no controls, no line breaks."""
    return " ".join(strip_controls(str(text)).split())


# --- HTTP -----------------------------------------------------------------------------

class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects come back as HTTPError: `_follow` checks each hop itself."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect())


def check_url(url: str) -> None:
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise FetchError("not a valid URL (spaces or control characters)")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("not an http(s) URL")
    try:
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        raise FetchError("not a valid URL (bad port)") from None


def get(url: str, settings: Settings, validators: dict | None = None) -> Got:
    """GET with retries and exponential backoff on timeouts, 5xx and dropped connections."""
    check_url(url)
    last: _Retry | None = None
    for attempt in range(max(1, settings.tries)):
        if attempt:
            time.sleep(settings.backoff * 2 ** (attempt - 1))
        try:
            return _follow(url, settings, validators or {})
        except _Retry as exc:
            last = exc
    tries = max(1, settings.tries)
    raise FetchError(f"{last} (tried {tries} times)" if tries > 1 else str(last))


def _follow(url: str, settings: Settings, validators: dict) -> Got:
    """Redirects followed hop by hop: http(s) only, never in a loop, at most max_redirects."""
    seen = [url]
    while True:
        got = _once(seen[-1], settings, validators)
        if isinstance(got, Got):
            got.url = url
            return got
        target = urldefrag(urljoin(seen[-1], got)).url
        check_url(target)
        if target in seen:
            raise FetchError(f"redirect loop ({seen[-1]} redirects back to {target})")
        if len(seen) > settings.max_redirects:
            raise FetchError(f"too many redirects (more than {settings.max_redirects})")
        seen.append(target)


def _headers(settings: Settings, validators: dict) -> dict:
    headers = {"User-Agent": settings.agent, "Accept": "text/html, application/xhtml+xml, "
               "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"}
    if validators.get("etag"):
        headers["If-None-Match"] = validators["etag"]
    if validators.get("last_modified"):
        headers["If-Modified-Since"] = validators["last_modified"]
    return headers


def _once(url: str, settings: Settings, validators: dict) -> Got | str:
    """One request: a Got, or the Location a redirect points to."""
    request = urllib.request.Request(url, headers=_headers(settings, validators))
    try:
        with _OPENER.open(request, timeout=settings.timeout) as resp:
            return _response(url, resp, settings)
    except urllib.error.HTTPError as exc:
        with exc:
            return _http_error(url, exc)
    except urllib.error.URLError as exc:
        raise _network_error(exc.reason, settings) from None
    except (OSError, HTTPException) as exc:
        raise _network_error(exc, settings) from None


def _network_error(reason, settings: Settings) -> FetchError:
    if isinstance(reason, ssl.SSLCertVerificationError):  # no use trying again
        return FetchError(f"certificate not trusted: {reason.verify_message or reason}")
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return _Retry(f"timed out (no answer within {settings.timeout:g} s)")
    if isinstance(reason, HTTPException):
        return _Retry(f"the connection broke off ({type(reason).__name__})")
    text = getattr(reason, "strerror", None) or str(reason)
    return _Retry(f"cannot connect: {text}")


def _http_error(url: str, exc: urllib.error.HTTPError) -> Got | str:
    code = exc.code
    if code == 304:
        return Got(url, url, 304)
    if 300 <= code < 400 and exc.headers.get("Location"):
        return exc.headers["Location"]
    line = f"HTTP {code} {exc.reason}"
    if code >= 500 or code == 429:
        raise _Retry(line)
    raise FetchError(line)


def _response(url: str, resp, settings: Settings) -> Got:
    body = _read_capped(resp, settings)
    headers = resp.headers
    ctype = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
    return Got(url, resp.geturl(), resp.status, ctype, headers.get("ETag"), headers.get("Last-Modified"), body)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _read_capped(resp, settings: Settings) -> bytes:
    """The body, refused beyond max_bytes: by its declared length, else where reading passes the cap."""
    declared = (resp.headers.get("Content-Length") or "").strip()
    if declared.isdigit() and int(declared) > settings.max_bytes:
        raise FetchError(f"too large: {_mb(int(declared))} (the limit is {_mb(settings.max_bytes)})")
    deadline = time.monotonic() + settings.timeout * TOTAL_FACTOR
    chunks, size = [], 0
    while chunk := resp.read(CHUNK):
        size += len(chunk)
        if size > settings.max_bytes:
            raise FetchError(f"too large: more than {_mb(settings.max_bytes)}, stopped reading")
        if time.monotonic() > deadline:
            raise _Retry(f"timed out (the body took more than {settings.timeout * TOTAL_FACTOR:g} s)")
        chunks.append(chunk)
    return b"".join(chunks)


# --- what came back -------------------------------------------------------------------

def classify(got: Got) -> str:
    """'page' or 'feed', or FetchError: what the fetcher does not store."""
    if not got.body.strip():
        raise FetchError("empty body")
    if got.content_type in PAGE_TYPES:
        return "page"
    if got.content_type in FEED_TYPES or got.content_type.endswith(("+xml", "/xml")):
        return "feed"
    if got.content_type in SNIFF_TYPES and got.body.lstrip()[:200].lower().startswith(FEED_STARTS):
        return "feed"
    raise FetchError(f"not HTML: {got.content_type or 'no content type'}")


def parse_feed(got: Got) -> tuple[list[Entry], list[str]]:
    """The entries of a feed, and notes on what was left out. Malformed XML that yields no
    entry with a link: FetchError. (feedparser is lenient: a truncated feed may still give some.)"""
    import feedparser

    headers = {"content-location": got.final_url, "content-type": got.content_type or "application/xml"}
    parsed = feedparser.parse(io.BytesIO(got.body), response_headers=headers)  # bytes, never a path or URL
    found = [_entry(e, got.final_url) for e in parsed.entries]
    entries = [e for e in found if e is not None]
    if parsed.bozo and not entries:
        raise FetchError(f"malformed feed: {parsed.get('bozo_exception') or 'no entries'}")
    notes = [f"malformed feed, read as far as it goes: {parsed.get('bozo_exception')}"] if parsed.bozo else []
    linkless = len(found) - len(entries)
    if linkless:
        notes.append(f"{linkless} {'entry' if linkless == 1 else 'entries'} without a link, left out")
    return entries, notes


def _entry(raw, base: str) -> Entry | None:
    link = raw.get("link") or next((a.get("href") for a in raw.get("links", ()) if a.get("href")), None)
    if not link:
        return None
    return Entry(urldefrag(urljoin(base, link.strip())).url, raw.get("title") or None, _published(raw))


def _published(raw) -> str | None:
    for key in ("published", "updated"):
        parsed = raw.get(f"{key}_parsed")
        if parsed:
            year, month, day, hour, minute, second = parsed[:6]
            return datetime(year, month, day, hour, minute, second, tzinfo=timezone.utc).isoformat()
        if raw.get(key):
            return str(raw[key])
    return None


# --- storing --------------------------------------------------------------------------

def _safe_host(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").rstrip(".")
    with suppress(UnicodeError):
        host = host.encode("idna").decode("ascii")
    host = re.sub(r"[^a-z0-9.-]+", "-", host.lower()).strip(".-") or "unknown-host"
    return f"{host}_{parts.port}" if parts.port else host


def _slug(url: str) -> str:
    path = unquote(urlsplit(url).path)
    stem, dot, suffix = path.rpartition(".")
    if dot and "/" not in suffix and f".{suffix.lower()}" in PAGE_SUFFIXES:
        path = stem
    ascii_path = unicodedata.normalize("NFKD", path).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_path.lower()).strip("-")
    return slug[-SLUG_CHARS:].strip("-") or "index"


def page_path(into: Path, url: str) -> Path:
    """A stable, safe name from the URL alone: `<host>/<slug>-<hash>.html`, always inside `into`."""
    digest = hashlib.sha1(urldefrag(url).url.encode("utf-8")).hexdigest()[:10]
    return Path(into) / _safe_host(url) / f"{_slug(url)}-{digest}.html"


def stored_validators(page: Path) -> dict:
    """The ETag/Last-Modified of a stored page: only when the page itself is there too."""
    if not page.is_file():
        return {}
    meta = json_object(sidecar_path(page))
    return {k: meta.get(k) for k in ("etag", "last_modified") if isinstance(meta.get(k), str)}


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes) -> None:
    """Written beside the target and renamed over it: readers see the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _sidecar(got: Got, feed: str | None, entry: Entry | None) -> dict:
    meta = {"url": got.url, "final_url": got.final_url, "fetched": _now(), "etag": got.etag,
            "last_modified": got.last_modified, "content_type": got.content_type, "feed": feed}
    if entry is not None and entry.title:
        meta["title"] = entry.title
    if entry is not None and entry.published:
        meta["published"] = entry.published
    return meta


def store_page(into: Path, got: Got, feed: str | None = None, entry: Entry | None = None) -> str:
    """Write the page and its sidecar: 'new', 'updated', or 'unchanged' (same bytes: only the
    sidecar is refreshed, the page keeps its mtime and the index skips it)."""
    page = page_path(into, got.url)
    try:
        old = page.read_bytes()
    except OSError:
        old = None
    if old != got.body:
        write_atomic(page, got.body)
    sidecar = json.dumps(_sidecar(got, feed, entry), ensure_ascii=False, indent=1) + "\n"
    write_atomic(sidecar_path(page), sidecar.encode("utf-8"))
    return "new" if old is None else "updated" if old != got.body else "unchanged"


# --- feeds' own state -----------------------------------------------------------------

class FeedState:
    """Each feed's ETag/Last-Modified, in CORPUS/.alliance-reader/fetch-state.json."""

    def __init__(self, into: Path) -> None:
        self.path = Path(into) / STATE_DIR / STATE_FILE
        feeds = json_object(self.path).get("feeds")
        self.feeds: dict[str, dict] = feeds if isinstance(feeds, dict) else {}
        self.changed = False

    def validators(self, url: str) -> dict:
        entry = self.feeds.get(url)
        return {k: entry.get(k) for k in ("etag", "last_modified")} if isinstance(entry, dict) else {}

    def remember(self, got: Got) -> None:
        self.feeds[got.url] = {**got.validators(), "final_url": got.final_url, "fetched": _now()}
        self.changed = True

    def save(self) -> None:
        if self.changed:
            data = json.dumps({"feeds": self.feeds}, ensure_ascii=False, indent=1) + "\n"
            write_atomic(self.path, data.encode("utf-8"))


# --- the pipeline ---------------------------------------------------------------------

@dataclass
class _Run:
    into: Path
    settings: Settings
    state: FeedState
    report: FetchReport

    def fail(self, url: str, exc: BaseException) -> None:
        reason = str(exc) if isinstance(exc, FetchError) else (getattr(exc, "strerror", None) or str(exc))
        self.report.failed.append((one_line(url), one_line(reason)))

    def tally(self, outcome: str, page: Path) -> None:
        if outcome == "new":
            self.report.new.append(page)
        elif outcome == "updated":
            self.report.updated.append(page)
        else:
            self.report.unchanged += 1


def fetch_all(urls: list[str], into: str | os.PathLike[str], settings: Settings | None = None) -> FetchReport:
    """Fetch each URL (a feed or a page) into the corpus folder `into`."""
    run = _Run(Path(into), settings or Settings.from_env(), FeedState(Path(into)), FetchReport())
    for url in dict.fromkeys(u.strip() for u in urls):
        try:
            _fetch_url(run, url)
        except (FetchError, OSError) as exc:
            run.fail(url, exc)
    run.state.save()
    return run.report


def _fetch_url(run: _Run, url: str) -> None:
    check_url(url)
    page = page_path(run.into, url)
    known_feed = url in run.state.feeds
    validators = run.state.validators(url) if known_feed else stored_validators(page)
    got = get(url, run.settings, validators)
    if got.status == 304:
        run.report.unchanged += 1
    elif classify(got) == "feed":
        _fetch_feed(run, got)
    else:
        run.tally(store_page(run.into, got), page)


def _fetch_feed(run: _Run, feed: Got) -> None:
    """Each entry's page; the feed's validators are kept only when every entry was had,
    so a failed entry is tried again next time rather than hidden behind a 304."""
    entries, notes = parse_feed(feed)
    run.report.notes.extend((one_line(feed.url), one_line(note)) for note in notes)
    failures = len(run.report.failed)
    for entry in entries:
        try:
            _fetch_entry(run, feed.url, entry)
        except (FetchError, OSError) as exc:
            run.fail(entry.link, exc)
    if len(run.report.failed) == failures:
        run.state.remember(feed)


def _fetch_entry(run: _Run, feed_url: str, entry: Entry) -> None:
    check_url(entry.link)
    page = page_path(run.into, entry.link)
    got = get(entry.link, run.settings, stored_validators(page))
    if got.status == 304:
        run.report.unchanged += 1
        return
    if classify(got) != "page":
        raise FetchError(f"not HTML: {got.content_type}")
    run.tally(store_page(run.into, got, feed_url, entry), page)


# --- the config file ------------------------------------------------------------------

@dataclass(frozen=True)
class FetchConfig:
    feeds: tuple[str, ...] = ()
    into: str | None = None
    source: Path | None = None  # the file they came from


def configured_fetch() -> FetchConfig:
    """`[fetch] feeds = [...]` and `into = "..."` from the user config, else the system config."""
    from .config import read_configs

    for path, cfg in read_configs():
        section = cfg.get("fetch")
        if not isinstance(section, dict):
            continue
        feeds = tuple(str(f) for f in section.get("feeds") or () if isinstance(f, str) and f.strip())
        into = section.get("into")
        into = os.path.expanduser(into) if isinstance(into, str) and into.strip() else None
        if feeds or into:
            return FetchConfig(feeds, into, path)
    return FetchConfig()
