"""`alliance-reader fetch`: feeds and pages from a news site served on 127.0.0.1 by the
test itself, into a corpus folder; each kind of bad network input is one line and loses
nothing already stored; a second run downloads nothing.

The pages and feeds below were written for these tests (no site's text is copied).
"""

from __future__ import annotations

import http.server
import json
import re
import threading
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import run_cli

from index.fetch import FetchReport, Settings, fetch_all, page_path, sidecar_path

# --- what the site serves ---------------------------------------------------------------

PAGES = {
    "/berita/2026/11/18/latihan-gabungan-trilateral.html": (
        "Jepang dan Korea Selatan Sepakat Perluas Latihan Gabungan dengan AS",
        "2026-11-18T09:15:00+07:00",
        [
            "TOKYO — Menteri Pertahanan Jepang dan Korea Selatan sepakat memperluas latihan militer "
            "trilateral bersama Amerika Serikat mulai tahun depan, menurut pernyataan bersama yang "
            "dirilis pada Rabu (18/11/2026).",
            "Kesepakatan itu dicapai dalam pertemuan di Tokyo yang juga membahas rangkaian uji coba "
            "rudal Korea Utara dalam dua bulan terakhir.",
            "“Kerja sama ini tidak ditujukan untuk mengancam siapa pun, melainkan untuk menjaga "
            "perdamaian di kawasan,” kata juru bicara kementerian kepada wartawan.",
        ],
    ),
    "/berita/2026/11/19/payung-nuklir-seoul.html": (
        "Washington Tegaskan Komitmen Payung Nuklir bagi Seoul",
        "2026-11-19T14:40:00+07:00",
        [
            "WASHINGTON — Pemerintah Amerika Serikat kembali menegaskan komitmen perlindungan nuklir "
            "bagi Korea Selatan dalam dialog konsultatif tahunan kedua negara.",
            "Pejabat Departemen Pertahanan menyebut komitmen itu mencakup seluruh kemampuan militer "
            "AS, termasuk kapal selam yang singgah secara berkala di pelabuhan Busan.",
        ],
    ),
    "/berita/2026/11/20/anggaran-pertahanan-tambahan.html": (
        "Parlemen Jepang Bahas Anggaran Pertahanan Tambahan",
        "2026-11-20T08:05:00+07:00",
        [
            "TOKYO — Parlemen Jepang mulai membahas anggaran tambahan untuk pertahanan udara dan "
            "perlindungan pangkalan, sehari setelah kabinet menyetujui rancangannya.",
            "Oposisi meminta pemerintah menjelaskan rincian pembelian rudal pencegat sebelum "
            "pemungutan suara pekan depan.",
        ],
    ),
    "/analisis/arah-baru-kerja-sama-keamanan": (
        "Analisis: Arah Baru Kerja Sama Keamanan Tiga Negara",
        "2026-11-17T19:30:00+07:00",
        [
            "JAKARTA — Hubungan keamanan Amerika Serikat, Jepang, dan Korea Selatan memasuki babak "
            "baru setelah ketiganya sepakat berbagi data peringatan dini rudal secara langsung.",
            "Pengamat hubungan internasional menilai langkah itu akan mengubah cara ketiga negara "
            "menanggapi krisis di Semenanjung Korea.",
        ],
    ),
    "/analisis/dialog-trilateral-dan-asean": (
        "Pakar: Dialog Trilateral Perlu Melibatkan ASEAN",
        "2026-11-16T11:00:00+07:00",
        [
            "JAKARTA — Sejumlah pakar menilai dialog keamanan trilateral perlu membuka ruang bagi "
            "negara-negara ASEAN agar tidak dipandang sebagai blok yang eksklusif.",
            "Indonesia, kata mereka, dapat berperan sebagai jembatan komunikasi di kawasan.",
        ],
    ),
    "/wawancara/duta-besar-stabilitas-kawasan.html": (
        "Wawancara: Duta Besar Bicara soal Stabilitas Kawasan",
        "2026-11-15T10:00:00+07:00",
        [
            "JAKARTA — Duta besar Korea Selatan untuk Indonesia menilai stabilitas kawasan Indo-Pasifik "
            "bergantung pada dialog yang terbuka antarnegara.",
            "Ia menyebut kerja sama dengan Jepang dan Amerika Serikat sebagai pelengkap, bukan "
            "pengganti, hubungan baik dengan negara-negara Asia Tenggara.",
        ],
    ),
}
RSS_PAGES = list(PAGES)[:3]
ATOM_PAGES = list(PAGES)[3:5]
LONE_PAGE = list(PAGES)[5]
LAST_MODIFIED = "Fri, 20 Nov 2026 01:05:00 GMT"


def page_html(title: str, published: str, paragraphs: list[str]) -> bytes:
    body = "\n".join(f"      <p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="id">
  <head>
    <meta charset="utf-8">
    <title>{title}</title>
    <meta property="og:title" content="{title}">
    <meta property="og:site_name" content="Kabar Aliansi">
    <meta property="article:published_time" content="{published}">
    <meta name="author" content="Redaksi Kabar Aliansi">
  </head>
  <body>
    <nav><a href="/">Beranda</a> | <a href="/berita">Berita</a> | <a href="/analisis">Analisis</a></nav>
    <article>
      <h1>{title}</h1>
{body}
    </article>
    <footer>© 2026 Kabar Aliansi. Hak cipta dilindungi.</footer>
  </body>
</html>
""".encode()


def rss_feed(base: str, paths: list[str]) -> bytes:
    items = "".join(f"""
    <item>
      <title>{PAGES[p][0]}</title>
      <link>{base}{p}</link>
      <guid>{base}{p}</guid>
      <pubDate>{format_datetime(datetime.fromisoformat(PAGES[p][1]))}</pubDate>
      <description>{PAGES[p][2][0][:120]}</description>
    </item>""" for p in paths)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Kabar Aliansi — Berita Terkini</title>
    <link>{base}/</link>
    <description>Berita keamanan kawasan dalam bahasa Indonesia</description>
    <language>id</language>{items}
  </channel>
</rss>
""".encode()


def atom_feed(base: str, paths: list[str]) -> bytes:
    entries = "".join(f"""
  <entry>
    <title>{PAGES[p][0]}</title>
    <link rel="alternate" type="text/html" href="{p}"/>
    <id>tag:kabar-aliansi.test,2026:{p}</id>
    <published>{PAGES[p][1]}</published>
    <updated>{PAGES[p][1]}</updated>
    <summary>{PAGES[p][2][0][:120]}</summary>
  </entry>""" for p in paths)  # relative links: resolved against the feed's URL
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">
  <title>Kabar Aliansi — Analisis</title>
  <id>tag:kabar-aliansi.test,2026:analisis</id>
  <updated>2026-11-17T19:30:00+07:00</updated>
  <link rel="self" href="{base}/atom.xml"/>{entries}
</feed>
""".encode()


# --- the site ---------------------------------------------------------------------------

class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "KabarAliansi/1.0"

    def do_GET(self) -> None:
        site: Site = self.server.site
        path = urlsplit(self.path).path
        with site.lock:
            site.hits[path] += 1
            site.requests[path].append(dict(self.headers))
        route = site.routes.get(path)
        if route is None:
            self.reply(404, b"halaman tidak ditemukan", "text/plain")
        else:
            route(self)

    def reply(self, code: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", **headers) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)
        if code == 200:
            with self.server.site.lock:
                self.server.site.ok[urlsplit(self.path).path] += 1

    def log_message(self, *args) -> None:
        pass


class Site:
    """A small news site: routes by path, and what it saw (requests and their headers,
    200 responses, body bytes streamed)."""

    def __init__(self) -> None:
        self.routes: dict = {}
        self.hits: Counter = Counter()
        self.ok: Counter = Counter()
        self.sent: Counter = Counter()
        self.requests: dict[str, list[dict]] = defaultdict(list)
        self.lock = threading.Lock()
        self.release = threading.Event()
        self.streamed = threading.Event()
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.site = self
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    # route makers
    def static(self, path: str, body: bytes, ctype: str = "text/html; charset=utf-8", etag: str | None = None,
               last_modified: str | None = None) -> None:
        """A resource that answers a matching If-None-Match / If-Modified-Since with 304."""
        def route(h: Handler) -> None:
            if etag and h.headers.get("If-None-Match") == etag:
                return h.reply(304, ETag=etag)
            since = h.headers.get("If-Modified-Since")
            if last_modified and not etag and since and parsedate_to_datetime(since) >= parsedate_to_datetime(last_modified):
                return h.reply(304, Last_Modified=last_modified)
            extra = {k: v for k, v in (("ETag", etag), ("Last_Modified", last_modified)) if v}
            h.reply(200, body, ctype, **extra)
        self.routes[path] = route

    def status(self, path: str, code: int, reason_body: bytes = b"") -> None:
        self.routes[path] = lambda h: h.reply(code, reason_body or b"galat", "text/plain")

    def redirect(self, path: str, to: str, code: int = 302) -> None:
        self.routes[path] = lambda h: h.reply(code, b"", "text/plain", Location=to)

    def slow(self, path: str) -> None:
        """Answers only when the test ends: longer than any timeout the tests set."""
        def route(h: Handler) -> None:
            self.release.wait(30)
        self.routes[path] = route

    def stream(self, path: str, total: int, declare: bool = False) -> None:
        """`total` bytes of HTML, sent in chunks as long as the client reads them;
        without Content-Length the body ends when the connection closes."""
        def route(h: Handler) -> None:
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            if declare:
                h.send_header("Content-Length", str(total))
            h.end_headers()
            chunk = b"<p>" + b"isi halaman yang sangat panjang " * 2040 + b"</p>\n"
            try:
                while self.sent[path] < total:
                    piece = chunk[: total - self.sent[path]]
                    h.wfile.write(piece)
                    self.sent[path] += len(piece)
            except OSError:  # the client stopped reading and closed
                pass
            self.streamed.set()
        self.routes[path] = route

    def news(self) -> Site:
        """The feeds and pages every test starts from."""
        for i, path in enumerate(PAGES):
            self.static(path, page_html(*PAGES[path]), etag=f'"halaman-{i}-v1"')
        self.static("/rss.xml", rss_feed(self.base, RSS_PAGES), "application/rss+xml; charset=utf-8",
                    etag='"rss-v1"', last_modified=LAST_MODIFIED)
        self.static("/atom.xml", atom_feed(self.base, ATOM_PAGES), "application/atom+xml", last_modified=LAST_MODIFIED)
        return self


@pytest.fixture
def site():
    s = Site()
    thread = threading.Thread(target=s.server.serve_forever, daemon=True)
    thread.start()
    yield s.news()
    s.release.set()
    s.server.shutdown()
    s.server.server_close()


SETTINGS = Settings(timeout=1.0, tries=3, backoff=0.01)  # a slow machine answers a page well within 1 s


def fetch(site: Site, corpus: Path, *paths: str) -> FetchReport:
    return fetch_all([site.url(p) for p in paths], corpus, SETTINGS)


def stored(corpus: Path) -> dict[str, bytes]:
    """Every file under the corpus folder, by relative path."""
    return {str(p.relative_to(corpus)): p.read_bytes() for p in sorted(corpus.rglob("*")) if p.is_file()}


def sidecar(site: Site, corpus: Path, path: str) -> dict:
    return json.loads(sidecar_path(page_path(corpus, site.url(path))).read_text(encoding="utf-8"))


# --- feeds and pages stored -----------------------------------------------------------------

def test_an_rss_feed_stores_each_entrys_page_with_its_sidecar(site, tmp_path):
    report = fetch(site, tmp_path, "/rss.xml")
    assert report.failed == [] and len(report.new) == 3
    for i, path in enumerate(RSS_PAGES):
        page = page_path(tmp_path, site.url(path))
        assert page in report.new
        assert page.parent == tmp_path / f"127.0.0.1_{urlsplit(site.base).port}"
        assert page.read_bytes() == page_html(*PAGES[path])
        meta = sidecar(site, tmp_path, path)
        assert meta["url"] == meta["final_url"] == site.url(path)
        assert meta["feed"] == site.url("/rss.xml")
        assert meta["etag"] == f'"halaman-{i}-v1"' and meta["last_modified"] is None
        assert meta["content_type"] == "text/html"
        assert meta["title"] == PAGES[path][0]
        assert datetime.fromisoformat(meta["published"]) == datetime.fromisoformat(PAGES[path][1])
        assert datetime.fromisoformat(meta["fetched"]).utcoffset() == timedelta(0)
    state = json.loads((tmp_path / ".alliance-reader" / "fetch-state.json").read_text(encoding="utf-8"))
    assert state["feeds"][site.url("/rss.xml")]["etag"] == '"rss-v1"'


def test_an_atom_feed_with_relative_links_stores_each_entrys_page(site, tmp_path):
    report = fetch(site, tmp_path, "/atom.xml")
    assert report.failed == [] and len(report.new) == 2
    for path in ATOM_PAGES:
        assert page_path(tmp_path, site.url(path)).read_bytes() == page_html(*PAGES[path])
        meta = sidecar(site, tmp_path, path)
        assert meta["feed"] == site.url("/atom.xml") and meta["title"] == PAGES[path][0]
        assert datetime.fromisoformat(meta["published"]) == datetime.fromisoformat(PAGES[path][1])
    state = json.loads((tmp_path / ".alliance-reader" / "fetch-state.json").read_text(encoding="utf-8"))
    assert state["feeds"][site.url("/atom.xml")] | {"fetched": None} == {
        "etag": None, "last_modified": LAST_MODIFIED, "final_url": site.url("/atom.xml"), "fetched": None}


def test_a_page_url_is_stored_without_feed_fields(site, tmp_path):
    report = fetch(site, tmp_path, LONE_PAGE)
    assert report.new == [page_path(tmp_path, site.url(LONE_PAGE))]
    meta = sidecar(site, tmp_path, LONE_PAGE)
    assert meta["feed"] is None and "title" not in meta and "published" not in meta


def test_the_second_run_downloads_nothing(site, tmp_path):
    first = fetch(site, tmp_path, "/rss.xml", "/atom.xml", LONE_PAGE)
    assert len(first.new) == 6 and not first.failed
    before, files = dict(site.ok), stored(tmp_path)
    second = fetch(site, tmp_path, "/rss.xml", "/atom.xml", LONE_PAGE)
    assert (second.new, second.updated, second.unchanged, second.failed) == ([], [], 3, [])
    assert dict(site.ok) == before  # not one 200 more: every answer was 304
    assert site.requests["/rss.xml"][-1]["If-None-Match"] == '"rss-v1"'
    assert site.requests["/rss.xml"][-1]["If-Modified-Since"] == LAST_MODIFIED
    assert site.requests["/atom.xml"][-1]["If-Modified-Since"] == LAST_MODIFIED
    assert site.requests[LONE_PAGE][-1]["If-None-Match"] == '"halaman-5-v1"'
    assert all(len(site.requests[p]) == 1 for p in RSS_PAGES + ATOM_PAGES)  # a 304 feed: entries not asked
    assert stored(tmp_path) == files


def test_a_changed_feed_downloads_only_its_new_entry(site, tmp_path):
    fetch(site, tmp_path, "/rss.xml")
    site.static("/rss.xml", rss_feed(site.base, RSS_PAGES + [LONE_PAGE]), "application/rss+xml", etag='"rss-v2"')
    report = fetch(site, tmp_path, "/rss.xml")
    assert report.new == [page_path(tmp_path, site.url(LONE_PAGE))] and report.unchanged == 3
    assert all(site.ok[p] == 1 for p in RSS_PAGES)  # asked again, conditionally: 304
    assert all(site.requests[p][-1]["If-None-Match"] for p in RSS_PAGES)


def test_requests_name_the_fetcher(site, tmp_path):
    fetch(site, tmp_path, LONE_PAGE)
    agent = site.requests[LONE_PAGE][0]["User-Agent"]
    assert re.fullmatch(r"alliance-reader/\d\S* \(a news reader [^)]+\)", agent), agent


def test_a_redirect_is_followed_and_both_urls_are_kept(site, tmp_path):
    site.redirect("/lama", LONE_PAGE, 301)
    report = fetch(site, tmp_path, "/lama")
    page = page_path(tmp_path, site.url("/lama"))
    assert report.new == [page] and page.read_bytes() == page_html(*PAGES[LONE_PAGE])
    meta = json.loads(sidecar_path(page).read_text(encoding="utf-8"))
    assert (meta["url"], meta["final_url"]) == (site.url("/lama"), site.url(LONE_PAGE))


def test_a_5xx_is_tried_again_and_may_succeed(site, tmp_path):
    good = site.routes[LONE_PAGE]
    site.routes[LONE_PAGE] = lambda h: (site.routes.__setitem__(LONE_PAGE, good), h.reply(503, b"sibuk", "text/plain"))
    report = fetch(site, tmp_path, LONE_PAGE)
    assert len(report.new) == 1 and site.hits[LONE_PAGE] == 2


# --- bad network input: one line each, nothing stored -----------------------------------------

FAILURES = {
    "404": (lambda s: None, "/hilang.html", r"HTTP 404 Not Found", 1),
    "500": (lambda s: s.status("/galat", 500), "/galat", r"HTTP 500 Internal Server Error \(tried 3 times\)", 3),
    "timeout": (lambda s: s.slow("/lambat"), "/lambat", r"timed out .*\(tried 3 times\)", 3),
    "malformed XML": (lambda s: s.static("/rusak.xml", b"<?xml version='1.0'?><rss><channel><item><title>Ber",
                                         "application/rss+xml"), "/rusak.xml", r"malformed feed: .+", 1),
    "a path as a feed": (lambda s: s.static("/jalur.xml", b"/etc/passwd", "text/xml"), "/jalur.xml",
                         r"malformed feed: .+", 1),
    "redirect loop": (lambda s: (s.redirect("/a", "/b"), s.redirect("/b", "/a")), "/a", r"redirect loop .*", 1),
    "too many redirects": (lambda s: [s.redirect(f"/r{i}", f"/r{i + 1}") for i in range(9)], "/r0",
                           r"too many redirects \(more than 5\)", 1),
    "50 MB streamed": (lambda s: s.stream("/besar", 50 * 1024 * 1024), "/besar",
                       r"too large: more than 5 MB, stopped reading", 1),
    "50 MB declared": (lambda s: s.stream("/besar", 50 * 1024 * 1024, declare=True), "/besar",
                       r"too large: 50 MB \(the limit is 5 MB\)", 1),
    "PDF": (lambda s: s.static("/laporan.pdf", b"%PDF-1.7\n%\xe2\xe3", "application/pdf"), "/laporan.pdf",
            r"not HTML: application/pdf", 1),
    "PNG": (lambda s: s.static("/foto.png", b"\x89PNG\r\n\x1a\n", "image/png"), "/foto.png", r"not HTML: image/png", 1),
    "empty": (lambda s: s.static("/kosong.html", b"  \n"), "/kosong.html", r"empty body", 1),
}


@pytest.mark.parametrize("kind", list(FAILURES))
def test_each_bad_input_is_one_failure_and_stores_nothing(site, tmp_path, kind):
    setup, path, reason, tries = FAILURES[kind]
    setup(site)
    report = fetch(site, tmp_path, path)
    assert report.new == [] and report.updated == [] and len(report.failed) == 1
    url, line = report.failed[0]
    assert url == site.url(path) and re.fullmatch(reason, line), line
    assert site.hits[path] == tries
    assert stored(tmp_path) == {}


def test_a_huge_body_is_not_read_past_the_cap(site, tmp_path):
    total = 50 * 1024 * 1024
    site.stream("/besar", total)
    fetch(site, tmp_path, "/besar")
    assert site.streamed.wait(30)  # the handler stopped writing: the client closed
    assert 5 * 1024 * 1024 < site.sent["/besar"] < total / 2


def test_a_feed_entry_that_fails_is_one_line_and_the_others_are_stored(site, tmp_path):
    site.static("/campur.xml", rss_feed(site.base, RSS_PAGES), "application/rss+xml", etag='"campur-v1"')
    site.status(RSS_PAGES[1], 404)
    report = fetch(site, tmp_path, "/campur.xml")
    assert len(report.new) == 2 and report.failed == [(site.url(RSS_PAGES[1]), "HTTP 404 Not Found")]
    # the feed's ETag is not kept: the next run reads it again and retries the entry
    again = fetch(site, tmp_path, "/campur.xml")
    assert site.ok["/campur.xml"] == 2 and again.unchanged == 2 and len(again.failed) == 1


def test_feed_links_that_are_not_http_are_refused(site, tmp_path):
    feed = rss_feed(site.base, [LONE_PAGE]).replace(site.url(LONE_PAGE).encode(), b"file:///etc/passwd")
    site.static("/aneh.xml", feed, "application/rss+xml")
    report = fetch(site, tmp_path, "/aneh.xml")
    [(url, reason)] = report.failed
    assert url.startswith("file:") and reason == "not an http(s) URL"
    assert stored(tmp_path) == {}


@pytest.mark.parametrize("breakage", ["500", "404", "50 MB streamed", "PDF", "timeout", "empty"])
def test_a_failure_keeps_the_stored_page_intact(site, tmp_path, breakage):
    fetch(site, tmp_path, LONE_PAGE)
    files = stored(tmp_path)
    replace = {
        "500": lambda: site.status(LONE_PAGE, 500),
        "404": lambda: site.status(LONE_PAGE, 404),
        "50 MB streamed": lambda: site.stream(LONE_PAGE, 50 * 1024 * 1024),
        "PDF": lambda: site.static(LONE_PAGE, b"%PDF-1.7", "application/pdf"),
        "timeout": lambda: site.slow(LONE_PAGE),
        "empty": lambda: site.static(LONE_PAGE, b""),
    }
    replace[breakage]()
    report = fetch(site, tmp_path, LONE_PAGE)
    assert len(report.failed) == 1
    assert stored(tmp_path) == files


def test_the_fetcher_names_no_other_file_json_and_leaves_no_temporary_files(site, tmp_path):
    fetch(site, tmp_path, "/rss.xml", "/atom.xml", LONE_PAGE)
    names = list(stored(tmp_path))
    assert all(n.endswith((".html", ".html.fetch.json")) or n == ".alliance-reader/fetch-state.json" for n in names)
    assert sum(n.endswith(".html") for n in names) == 6


# --- safe names -------------------------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "http://contoh.test/../../etc/passwd",
    "http://contoh.test/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "http://contoh.test/a/..%5c..%5cwindows",
    "http://Berita.Contoh.TEST./",
    "http://bücher.test/berita/aliansi",
    "http://contoh.test/" + "panjang-" * 100 + ".html?id=1",
    "http://contoh.test:8080/berita/%E2%80%9Ckutipan%E2%80%9D.html",
])
def test_a_page_name_is_safe_stable_and_inside_the_corpus(tmp_path, url):
    page = page_path(tmp_path, url)
    assert page.parent.parent == tmp_path and page.parent.name not in ("", ".", "..")
    assert re.fullmatch(r"[a-z0-9-]+-[0-9a-f]{10}\.html", page.name) and len(page.name) < 100
    assert re.fullmatch(r"[a-z0-9.-]+(_\d+)?", page.parent.name)
    assert page_path(tmp_path, url) == page  # stable
    assert page_path(tmp_path, url + "&x=2" if "?" in url else url + "?x=2") != page  # unique


def test_names_read_like_the_url():
    assert page_path(Path("c"), "https://www.contoh.test/berita/2026/11/18/latihan-gabungan.html").as_posix() \
        .startswith("c/www.contoh.test/berita-2026-11-18-latihan-gabungan-")


# --- the command ------------------------------------------------------------------------------

def cli_env(tmp_path: Path, config: str | None = None) -> dict:
    home = tmp_path / "config"
    if config is not None:
        (home / "alliance-reader").mkdir(parents=True)
        (home / "alliance-reader" / "config.toml").write_text(config, encoding="utf-8")
    return {"ALLIANCE_READER_FETCH_TIMEOUT": "1", "ALLIANCE_READER_FETCH_BACKOFF": "0.01",
            "XDG_CONFIG_HOME": str(home), "XDG_CACHE_HOME": str(tmp_path / "cache"),
            "ALLIANCE_READER_SYSTEM_CONFIG": str(tmp_path / "no-system.toml")}


ARTICLE_TXT = (
    "Seoul, Kabar Aliansi – Menteri Luar Negeri Korea Selatan bertemu mitranya dari Jepang pada "
    "Kamis (19/11/2026) untuk membahas persiapan pertemuan puncak trilateral.\n\n"
    "Keduanya sepakat menjaga jalur komunikasi tetap terbuka.\n"
)


def index_line(stdout: str, index_dir: Path) -> dict[str, int]:
    line = next(x for x in stdout.splitlines() if x.startswith(f"{index_dir}: "))
    return {k: int(v) for v, k in re.findall(r"(\d+) (added|updated|removed|unchanged|skipped|articles)", line)}


def test_cli_fetches_feeds_and_updates_the_index(site, tmp_path):
    corpus, ix = tmp_path / "korpus", tmp_path / "ix"
    corpus.mkdir()
    (corpus / "catatan.txt").write_text(ARTICLE_TXT, encoding="utf-8")
    args = ["fetch", site.url("/rss.xml"), site.url("/atom.xml"), "--into", str(corpus), "--index-dir", str(ix)]
    proc = run_cli(*args, env=cli_env(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert f"fetched into {corpus}: 5 new, 0 updated, 0 unchanged, 0 failed" in proc.stdout
    assert proc.stdout.count("stored ") == 5
    first = index_line(proc.stdout, ix)
    assert first["added"] >= 1 and first["articles"] >= 1  # the index was built (5 more once .html is read)

    again = run_cli(*args, env=cli_env(tmp_path))
    assert again.returncode == 0, again.stderr
    assert f"fetched into {corpus}: 0 new, 0 updated, 2 unchanged, 0 failed" in again.stdout
    second = index_line(again.stdout, ix)
    assert second["added"] == 0 and second["unchanged"] == first["articles"]
    assert sum(site.ok.values()) == 7  # two feeds and five pages, each once


def test_cli_fetched_pages_are_in_the_index_with_their_html_titles(site, tmp_path):
    """Needs the .html reader (main): the index holds each fetched page, titled by its
    <title>/og:title."""
    from index.search import Searcher

    corpus, ix = tmp_path / "korpus", tmp_path / "ix"
    proc = run_cli("fetch", site.url("/rss.xml"), site.url(LONE_PAGE), "--into", str(corpus), "--index-dir", str(ix),
                   env=cli_env(tmp_path))
    assert proc.returncode == 0, proc.stderr
    searcher = Searcher(ix)
    try:
        articles = searcher.iter_keyed_articles() if searcher.doc_count else ()  # an empty index has no columns
        titles = {Path(a.path).name: a.title for _key, a in articles}
    finally:
        searcher.close()
    expected = {page_path(corpus, site.url(p)).name: PAGES[p][0] for p in RSS_PAGES + [LONE_PAGE]}
    assert titles == expected


def test_cli_one_line_per_failure_and_exit_1(site, tmp_path):
    corpus = tmp_path / "korpus"
    paths = ["hilang.html", "galat", "lambat", "rusak.xml", "a", "besar", "laporan.pdf"]
    for kind in ("500", "timeout", "malformed XML", "redirect loop", "50 MB streamed", "PDF"):
        FAILURES[kind][0](site)
    urls = [site.url(LONE_PAGE)] + [site.url("/" + p) for p in paths] + [site.url("/x\x1b]0;judul\x07")]
    proc = run_cli("fetch", *urls, "--into", str(corpus), "--index-dir", str(tmp_path / "ix"), env=cli_env(tmp_path))
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert len(lines) == len(paths) + 1, proc.stderr
    for path, line in zip(paths, lines, strict=False):
        assert line.startswith(f"alliance-reader: fetch {site.url('/' + path)}: "), line
    assert lines[-1].endswith("not a valid URL (spaces or control characters)") and "\x1b" not in proc.stderr
    assert "1 new, 0 updated, 0 unchanged, 8 failed" in proc.stdout
    assert page_path(corpus, site.url(LONE_PAGE)).is_file()


def test_cli_quiet_prints_failures_only(site, tmp_path):
    corpus = tmp_path / "korpus"
    proc = run_cli("fetch", "--quiet", site.url("/rss.xml"), site.url("/hilang.html"), "--into", str(corpus),
                   "--index-dir", str(tmp_path / "ix"), env=cli_env(tmp_path))
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr == f"alliance-reader: fetch {site.url('/hilang.html')}: HTTP 404 Not Found\n"
    assert len(list(corpus.rglob("*.html"))) == 3


def test_cli_with_no_url_reads_the_feeds_in_the_config_file(site, tmp_path):
    corpus = tmp_path / "korpus"
    config = f'[fetch]\nfeeds = ["{site.url("/rss.xml")}", "{site.url("/atom.xml")}"]\ninto = "{corpus}"\n'
    proc = run_cli("fetch", "--quiet", "--index-dir", str(tmp_path / "ix"), env=cli_env(tmp_path, config))
    assert proc.returncode == 0, proc.stderr
    assert (proc.stdout, proc.stderr) == ("", "")
    assert sorted(p.name for p in corpus.rglob("*.html")) == sorted(
        page_path(corpus, site.url(p)).name for p in RSS_PAGES + ATOM_PAGES)


def test_cli_with_no_url_and_no_config_says_how_to_configure(tmp_path):
    proc = run_cli("fetch", env=cli_env(tmp_path))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1
    assert "no feeds to fetch" in proc.stderr and "[fetch] feeds = [" in proc.stderr
    assert str(tmp_path / "config" / "alliance-reader" / "config.toml") in proc.stderr


def test_cli_without_a_corpus_folder_is_a_usage_error(site, tmp_path):
    proc = run_cli("fetch", site.url(LONE_PAGE), env=cli_env(tmp_path))
    assert proc.returncode == 2 and "--into DIR" in proc.stderr and proc.stderr.count("\n") == 1
    assert site.hits[LONE_PAGE] == 0


def test_a_refused_connection_is_tried_again_then_one_line(tmp_path):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    report = fetch_all([f"http://127.0.0.1:{port}/rss.xml"], tmp_path, SETTINGS)
    [(url, reason)] = report.failed
    assert re.fullmatch(r"cannot connect: .+ \(tried 3 times\)", reason), reason
    assert stored(tmp_path) == {}
