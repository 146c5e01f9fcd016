"""A quote whose bounds are a guess, because the page lost one of its marks, says so: in the
extract contract (`lost_mark`), on the quote in focus, in the status line and in the quotes
view. Sentences written for these tests."""

from __future__ import annotations

import json

import pytest
from conftest import indexed_corpus, run_cli, wait_until
from test_evidence_view import opened, reader

from index.quote_marks import find_spans
from tui.screens.quotes import QuoteCell, QuotesScreen

ARTICLE = """Kishida Tanggapi Uji Coba Rudal Korea Utara

TOKYO - Perdana Menteri Jepang Fumio Kishida menanggapi uji coba rudal Korea Utara pada Senin (9/1/2023).

Kishida menyebut peluncuran itu "telah membuat warga di pesisir kami sangat khawatir.

Rudal itu jatuh di laut di luar zona ekonomi eksklusif Jepang.

“Kami akan bekerja sama dengan Amerika Serikat,” kata Kishida kepada wartawan.
"""


@pytest.mark.parametrize("paragraphs,lost", [
    (["Ia menyebut uji coba itu \"telah membuat kabinet saya terganggu.", "Lalu ia pergi."], "close"),
    (['Dewan itu bersidang pada Senin. Semua pihak diminta menahan diri dari tindakan lanjutan," '
      "imbuh Dewan Keamanan."], "open"),
    (["Presiden menyatakan, “Kami akan memperkuat aliansi dan mem"], "cut"),
    (["“Kami tidak akan mundur,” kata menteri."], None),
])
def test_each_span_says_which_mark_the_page_lost(paragraphs, lost):
    (span,) = find_spans(paragraphs)
    assert span.lost == lost


def test_the_extract_contract_carries_it(tmp_path):
    page = tmp_path / "kishida.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    proc = run_cli("extract", "--json", str(page))
    assert proc.returncode == 0, proc.stderr
    quotes = json.loads(proc.stdout)[0]["quotes"]
    assert [(q["text"][:12], q["lost_mark"]) for q in quotes] == [("telah membua", "close"), ("Kami akan be", None)]


@pytest.fixture(scope="module")
def lost_corpus(tmp_path_factory):
    return indexed_corpus(tmp_path_factory, "lost", {"kishida.txt": ARTICLE})


async def test_the_quote_in_focus_and_the_status_line_say_the_closing_mark_is_missing(lost_corpus):
    app = reader(lost_corpus)
    async with app.run_test(size=(140, 40)) as pilot:
        screen, view = await opened(pilot)
        lost, kept = view.article.quotes
        await pilot.press("right_square_bracket")
        status = str(screen.query_one("#status").content)
        assert "Fumio Kishida" in status and "its closing mark is missing on the page" in status
        shown = view.paragraph_widgets[lost.paragraph].content.plain
        assert "— Fumio Kishida (" in shown and "its closing mark is missing on the page)" in shown
        await pilot.press("right_square_bracket")
        status = str(screen.query_one("#status").content)
        assert "missing on the page" not in status
        assert "missing on the page" not in view.paragraph_widgets[kept.paragraph].content.plain


async def test_the_quotes_view_says_it_in_the_readers_language(lost_corpus):
    app = reader(lost_corpus, locale="id")
    async with app.run_test(size=(140, 40)) as pilot:
        await opened(pilot)
        await pilot.press("c")
        await wait_until(pilot, lambda: isinstance(app.screen, QuotesScreen) and app.screen.views is not None)
        await pilot.pause(0.2)
        cells = {c.row.text[:12]: c.content.plain for c in app.screen.query(QuoteCell)}
        assert "tanda kutip penutupnya tidak ada di halaman" in cells["telah membua"]
        assert "tidak ada di halaman" not in cells["Kami akan be"]


def test_a_quote_left_open_before_a_sentence_telling_of_another_saying_ends_at_its_stop():
    """heldout118 (cy14): 'Menteri ... menyampaikan “aktivitas militer China menjadi semakin aktif. Ia juga menyebut
    Jepang bakal “menindaklanjuti ... tenang.”' lost the first quote (its closing mark lost, the next opened mid-way
    through the writer's sentence). A term set in marks inside a quote still re-opens it."""
    para = ("Menteri itu menyampaikan “aktivitas militer di kawasan menjadi semakin aktif. Ia juga menyebut negaranya "
            "bakal “menindaklanjuti upaya sepihak itu dengan tegas.”")
    spans = find_spans([para])
    assert [(para[s.start:s.end], s.lost) for s in spans] == [
        ("aktivitas militer di kawasan menjadi semakin aktif.", "close"),
        ("menindaklanjuti upaya sepihak itu dengan tegas.", None)]
    inner = "“Kami menolak apa yang disebut “zona penyangga” di perbatasan,” kata juru bicara."
    assert len(find_spans([inner])) == 1
