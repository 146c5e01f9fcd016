"""A corpus folder holds what analysts actually have: text in any encoding, saved web
pages, Markdown notes, scrapers' JSON Lines and JSON exports, RSS and Atom feeds. Each
is read by its own reader, the format's own metadata (a page's headline and date, a
feed entry's link) is used first and named in the *_basis fields, and anything else is
reported by name with its reason. Every page and feed below is written here, for these
tests; none is copied from a site."""

from __future__ import annotations

import json
import os

import pytest
from conftest import run_cli

from index.formats import read_pieces
from index.pieces import iso_day
from index.reading import ReadError
from index.search import Searcher
from index.store import update_index

LEDE = ("WASHINGTON - Menteri Pertahanan Amerika Serikat Lloyd Austin bertemu Menteri Pertahanan Jepang "
        "Yasukazu Hamada di Pentagon pada Rabu (11/1) untuk membahas latihan militer bersama di Okinawa.")
QUOTE = '"Aliansi kita tidak pernah sekuat ini," kata Austin kepada wartawan setelah pertemuan tersebut.'
MORE = ("Kedua menteri juga membahas ancaman rudal Korea Utara dan meningkatnya aktivitas militer China "
        "di Laut China Timur, menurut pernyataan bersama.")

PAGE = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Austin dan Hamada Bahas Latihan Bersama - Warta Contoh</title>
<meta property="og:title" content="Austin dan Hamada Bahas Latihan Bersama">
<meta property="og:site_name" content="Warta Contoh">
<meta name="author" content="Rina Lestari">
<meta property="article:published_time" content="2023-01-11T09:30:00+07:00">
<link rel="canonical" href="https://warta.example/internasional/austin-hamada">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Austin dan Hamada Bahas Latihan Bersama"}}</script>
</head><body>
<nav><a href="/">Beranda</a> | <a href="/internasional">Internasional</a> | <a href="/olahraga">Olahraga</a></nav>
<article><h1>Austin dan Hamada Bahas Latihan Bersama</h1>
<p>{LEDE}</p><p>{QUOTE}</p><p>{MORE}</p></article>
<footer>Hak cipta 2023 Warta Contoh. Semua hak dilindungi.</footer>
</body></html>
"""

MARKDOWN = """# Yoon dan Kishida Lanjutkan Dialog Keamanan

SEOUL - Presiden Korea Selatan **Yoon Suk Yeol** dan Perdana Menteri Jepang Fumio Kishida sepakat
melanjutkan dialog keamanan, menurut [kantor kepresidenan](https://example.org/kantor).

"Kerja sama trilateral adalah kunci stabilitas kawasan," kata Yoon di Seoul, Kamis (16/3/2023).

- Kedua pemimpin membahas program nuklir Korea Utara.
"""

RECORD = {"text": f"{LEDE}\n\n{QUOTE}\n\n{MORE}", "title": "Austin Terima Hamada di Pentagon",
          "url": "https://kabar.example/austin-hamada", "date": "2023-01-11T08:10:00+07:00",
          "outlet": "Kabar Contoh", "author": "Budi Santoso"}
SECOND = {"text": "TOKYO - Korea Utara meluncurkan rudal balistik ke Laut Jepang pada Selasa pagi, kata "
                  "Kementerian Pertahanan Jepang.\n\nPeluncuran itu yang kelima bulan ini.",
          "title": "Korea Utara Luncurkan Rudal", "date": "Tue, 04 Oct 2022 01:00:00 +0000"}

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Berita Contoh</title><link>https://berita.example/</link>
<item><title>Austin Sambut Hamada</title><link>https://berita.example/austin-sambut-hamada</link>
<pubDate>Wed, 11 Jan 2023 03:00:00 GMT</pubDate>
<description><![CDATA[<p>{LEDE}</p><p>{QUOTE}</p>]]></description></item>
<item><title>Tanpa isi</title><link>https://berita.example/kosong</link></item>
</channel></rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kabar Atom</title>
<entry><title>Hamada di Washington</title><link href="https://atom.example/hamada"/>
<id>tag:atom.example,2023:1</id><updated>2023-01-12T05:00:00Z</updated>
<author><name>Dewi</name></author>
<content type="html">&lt;p&gt;{LEDE}&lt;/p&gt;&lt;p&gt;{MORE}&lt;/p&gt;</content></entry>
</feed>
"""

TEXT = f"Austin dan Hamada Bertemu\n\n{LEDE}\n\n“Aliansi kita tidak pernah sekuat ini,” kata Austin.\n\n{MORE}\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    folder.chmod(0o755)  # readable by others: an index others may read keeps every file (see test_stories)
    (folder / "halaman.html").write_text(PAGE, encoding="utf-8")
    (folder / "catatan.md").write_text(MARKDOWN, encoding="utf-8")
    lines = [json.dumps(RECORD), json.dumps({"title": "no text here"}), json.dumps(SECOND), "{broken"]
    (folder / "ekspor.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "arsip.json").write_text(json.dumps([RECORD | {"title": "Arsip: Austin dan Hamada"}]), encoding="utf-8")
    (folder / "umpan.xml").write_text(RSS, encoding="utf-8")
    (folder / "atom.xml").write_text(ATOM, encoding="utf-8")
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    (folder / "utf16.txt").write_bytes(TEXT.replace("\n", "\r\n").encode("utf-16"))
    (folder / "windows.txt").write_bytes(TEXT.replace("\n", "\r\n").encode("cp1252"))
    (folder / "laporan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (folder / "foto.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    sub = folder / ".git"
    sub.mkdir()
    (sub / "HEAD").write_text("ref: refs/heads/main\n")
    return folder


@pytest.fixture(scope="module")
def extracted(corpus):
    proc = run_cli("extract", "--json", str(corpus))
    assert proc.returncode == 0, proc.stderr
    return {a["id"]: a for a in json.loads(proc.stdout)}, proc.stderr


def test_every_kind_of_file_is_read_by_its_own_reader(extracted):
    articles, _ = extracted
    formats = {name: a["format"] for name, a in articles.items()}
    assert formats == {
        "halaman": "html", "catatan": "md", "ekspor#1": "jsonl", "ekspor#3": "jsonl", "arsip#1": "json",
        "umpan#1": "feed", "atom#1": "feed", "bom": "txt", "utf16": "txt", "windows": "txt",
    }


def test_a_web_page_gives_its_own_metadata_first(extracted):
    page = extracted[0]["halaman"]
    assert (page["title"], page["title_basis"]) == ("Austin dan Hamada Bahas Latihan Bersama", "html-meta")
    assert (page["date"], page["date_basis"]) == ("2023-01-11", "html-meta")
    assert page["date_evidence"][0] == {"kind": "html-meta", "text": "2023-01-11"}
    assert (page["outlet"], page["outlet_basis"]) == ("Warta Contoh", "html-meta")
    assert page["url"] == "https://warta.example/internasional/austin-hamada"
    assert page["author"] == "Rina Lestari"
    body = " ".join(page["paragraphs"])
    assert "Yasukazu Hamada" in body and "Laut China Timur" in body
    assert "Beranda" not in body and "Hak cipta" not in body and "NewsArticle" not in body  # chrome, not text
    assert page["dateline"] == "Washington"
    assert [(q["speaker"], q["text"]) for q in page["quotes"]] == [("Lloyd Austin", "Aliansi kita tidak pernah sekuat ini")]


def test_markdown_gives_plain_paragraphs_and_its_heading_as_headline(extracted):
    md = extracted[0]["catatan"]
    assert (md["title"], md["title_basis"]) == ("Yoon dan Kishida Lanjutkan Dialog Keamanan", "markdown-heading")
    body = "\n".join(md["paragraphs"])
    assert "**" not in body and "](" not in body and "#" not in body
    assert "kantor kepresidenan" in body and "program nuklir Korea Utara" in body
    assert (md["date"], md["date_basis"]) == ("2023-03-16", "explicit")  # the text's own date
    assert "Fumio Kishida" in md["people"]


def test_json_lines_and_json_give_one_article_per_record(extracted):
    articles, stderr = extracted
    first, second = articles["ekspor#1"], articles["ekspor#3"]
    assert (first["title"], first["title_basis"]) == ("Austin Terima Hamada di Pentagon", "json-field")
    assert (first["date"], first["date_basis"]) == ("2023-01-11", "json-field")
    assert (first["outlet"], first["url"], first["author"]) == ("Kabar Contoh", "https://kabar.example/austin-hamada",
                                                                 "Budi Santoso")
    assert first["entry"] == "1" and first["path"].endswith("ekspor.jsonl")
    assert (second["date"], second["title"]) == ("2022-10-04", "Korea Utara Luncurkan Rudal")  # an RFC 822 date
    assert articles["arsip#1"]["title"] == "Arsip: Austin dan Hamada"
    assert 'ekspor.jsonl: line 2: no "text"' in stderr
    assert "ekspor.jsonl: line 4: not JSON" in stderr


def test_feed_entries_are_articles_with_their_link_and_date(extracted):
    articles, stderr = extracted
    rss, atom = articles["umpan#1"], articles["atom#1"]
    assert (rss["title"], rss["url"], rss["outlet"]) == ("Austin Sambut Hamada", "https://berita.example/austin-sambut-hamada",
                                                         "Berita Contoh")
    assert (rss["date"], rss["date_basis"]) == ("2023-01-11", "feed")
    assert rss["quotes"] and rss["quotes"][0]["speaker"] == "Lloyd Austin"
    assert (atom["title"], atom["url"], atom["date"], atom["author"]) == (
        "Hamada di Washington", "https://atom.example/hamada", "2023-01-12", "Dewi")
    assert "umpan.xml: entry 2: no text" in stderr


@pytest.mark.parametrize("name", ["bom", "utf16", "windows"])
def test_text_in_any_encoding_and_line_ending_reads_the_same(extracted, name):
    article = extracted[0][name]
    assert article["title"] == "Austin dan Hamada Bertemu"
    assert article["quotes"][0]["text"] == "Aliansi kita tidak pernah sekuat ini"
    assert not any("\r" in p or "\ufeff" in p for p in article["paragraphs"])
    assert article["encoding"] == {"bom": "utf-8", "utf16": "utf-16-le", "windows": "cp1252"}[name]


def test_anything_else_is_reported_by_name_with_its_reason(extracted):
    stderr = extracted[1]
    assert "skipped " in stderr
    lines = [line for line in stderr.splitlines() if "laporan.pdf" in line or "foto.png" in line or ".git" in line]
    assert any("laporan.pdf: not an article format: a PDF document" in line for line in lines)
    assert any("foto.png: not an article format: an image" in line for line in lines)
    assert any(line.endswith(".git: hidden folder, not read") for line in lines)


def test_the_index_holds_every_article_of_every_kind(corpus, tmp_path):
    report = update_index([str(corpus)], tmp_path / "ix")
    assert report.total == 10
    searcher = Searcher(tmp_path / "ix")
    try:
        hits = {h.title: h for h in searcher.search("Hamada", limit=50, fold=False).hits}
        assert {"Austin dan Hamada Bahas Latihan Bersama", "Austin Terima Hamada di Pentagon", "Austin Sambut Hamada",
                "Hamada di Washington", "Yoon dan Kishida Lanjutkan Dialog Keamanan"} - set(hits) == {
            "Yoon dan Kishida Lanjutkan Dialog Keamanan"}
        page = hits["Austin dan Hamada Bahas Latihan Bersama"]
        assert (page.outlet, page.date, page.date_basis) == ("Warta Contoh", "2023-01-11", "html-meta")
        assert searcher.article(page.docnum).url == "https://warta.example/internasional/austin-hamada"
        assert searcher.search("outlet:\"Kabar Contoh\"", fold=False).total == 2
        # the page, the records and the feed entries tell one story in the same words: one result
        folded = searcher.search("Hamada", limit=50)
        assert folded.total < folded.articles and any(len(h.also) >= 3 for h in folded.hits)
    finally:
        searcher.close()


def test_a_changed_file_of_many_articles_replaces_all_of_them(corpus, tmp_path):
    work = tmp_path / "c"
    work.mkdir()
    feed = work / "umpan.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in (RECORD, SECOND)), encoding="utf-8")
    ix = tmp_path / "ix"
    assert update_index([str(work)], ix).total == 2
    feed.write_text(json.dumps(SECOND), encoding="utf-8")
    os.utime(feed, ns=(1, 1))
    report = update_index([str(work)], ix)
    assert (report.updated, report.total) == (1, 1)
    feed.unlink()
    assert update_index([str(work)], ix).total == 0


def test_a_file_with_no_article_in_it_is_one_reason():
    with pytest.raises(ReadError, match="malformed XML|not a feed"):
        read_pieces(_write("rusak.xml", "<rss><channel><item><title>x</title></item"))
    with pytest.raises(ReadError, match="neither an object nor an array"):
        read_pieces(_write("angka.json", "42"))


def _write(name: str, text: str):
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp()) / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("value, day", [
    ("2023-01-11T09:30:00+07:00", "2023-01-11"),
    ("2023-01-11", "2023-01-11"),
    ("2023-01-11T02:00:00Z", "2023-01-11"),
    ("Wed, 11 Jan 2023 03:00:00 GMT", "2023-01-11"),
    ((2023, 1, 11, 3, 0, 0, 2, 11, 0), "2023-01-11"),
    (1673406000, "2023-01-11"),
    ("kemarin", None),
    ("2023-02-30", None),
    ("", None),
    (True, None),
])
def test_dates_as_exports_and_feeds_write_them(value, day):
    assert iso_day(value) == day


def test_the_index_keeps_what_extract_said_of_every_kind(corpus, extracted, tmp_path):
    update_index([str(corpus)], tmp_path / "ix")
    searcher = Searcher(tmp_path / "ix")
    try:
        every = searcher.search("", limit=100, fold=False)
        indexed = {searcher.article(h.docnum).id: searcher.article(h.docnum) for h in every.hits}
        assert set(indexed) == set(extracted[0])
        for name, want in extracted[0].items():
            got = indexed[name]
            assert (got.title, got.title_basis, got.date, got.date_basis, got.outlet, got.url, got.format) == (
                want["title"], want["title_basis"], want["date"], want["date_basis"], want["outlet"], want["url"],
                want["format"]), name
            assert list(got.paragraphs) == want["paragraphs"], name
    finally:
        searcher.close()


def test_a_reader_that_breaks_loses_no_other_file(corpus, monkeypatch):
    """A bug or a broken install in one reader (here the page reader) is that file's
    reason; every other file is still extracted."""
    from index import extract, formats

    def broken(_src):
        raise ImportError("lxml.html.clean module is now a separate project")

    monkeypatch.setitem(formats.FORMAT_READERS, "html", broken)
    report = extract.extract_paths([str(corpus)])
    assert "halaman" not in {a.id for a in report.articles} and "catatan" in {a.id for a in report.articles}
    assert any(path.endswith("halaman.html") and reason.startswith("internal error: ImportError")
               for path, reason in report.skipped)


async def test_the_metadata_pane_says_what_read_a_page_and_who_wrote_it(corpus, tmp_path):
    from conftest import ready, wait_until

    from tui.app import make_app
    from tui.widgets.metadata import MetadataView

    update_index([str(corpus)], tmp_path / "ix")
    app = make_app(index_dir=str(tmp_path / "ix"), locale="en")
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await ready(pilot)
        screen.query_one("#search").value = 'outlet:"Warta Contoh"'
        await pilot.press("enter")
        meta = screen.query_one(MetadataView)

        def lines() -> str:
            return "\n".join(str(meta.get_option_at_index(i).prompt) for i in range(meta.option_count))

        await wait_until(pilot, lambda: "Rina Lestari" in lines())
        assert "Read from: a web page" in lines() and "Author: Rina Lestari" in lines()
        assert "from the page's metadata" in lines()  # the date's basis
