"""Exports: each format read back, formula cells neutralised, control characters gone, and
files that land only in the user's exports folder, private, whole and never overwritten."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index import export as export_mod
from index.export import ExportError, csv_text, export_rows, json_text, markdown_text, neutralize_cell, safe_stem
from index.reading import strip_controls

COLUMNS = ["speaker", "quote", "date", "count"]
ROWS = [
    {"speaker": "Lloyd Austin", "quote": "Aliansi kami kuat,\nkatanya.", "date": "2023-01-31", "count": 3},
    {"speaker": "윤석열", "quote": "=HYPERLINK(\"http://evil\",\"klik\")", "date": None, "count": -2},
    {"speaker": "Kishida | 岸田", "quote": "a \\ b | c", "date": "2024", "extra": "ignored"},
    {"speaker": "\x1b[31mRed\x1b[0m Ryu", "quote": "@SUM(A1)\x07", "date": "-1+1", "count": 0},
]
NOW = datetime(2026, 11, 21, 9, 30, 5, tzinfo=timezone.utc)
NAME = re.compile(r"^[a-z0-9-]{1,40}-\d{8}-\d{6}(-\d+)?\.(csv|json|md)$")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def parse_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def split_md_row(line: str) -> list[str]:
    """Cells of one Markdown table row: split on unescaped pipes, then unescape."""
    assert line.startswith("| ") and line.endswith(" |"), line
    cells, cell, i, body = [], "", 0, line[2:-2]
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body):
            cell += body[i + 1]
            i += 2
        elif body.startswith(" | ", i):
            cells.append(cell)
            cell, i = "", i + 3
        else:
            assert body[i] != "|", f"unescaped pipe in {line!r}"
            cell += body[i]
            i += 1
    return cells + [cell]


# --- the OWASP rule -----------------------------------------------------------------


@pytest.mark.parametrize(
    "cell,expected",
    [
        ("=1+1", "'=1+1"),
        ("+31 20 555", "'+31 20 555"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=cmd", "'\t=cmd"),
        ("\r=cmd", "'\r=cmd"),
        ("\n=cmd", "'\n=cmd"),
        ("a=1", "a=1"),
        ("Korea Selatan", "Korea Selatan"),
        ("", ""),
        (" =1", " =1"),
        ("'=1", "'=1"),
    ],
)
def test_neutralize_cell(cell, expected):
    assert neutralize_cell(cell) == expected


def test_csv_neutralises_formula_cells_and_raw_keeps_them():
    safe = parse_csv(csv_text(ROWS, COLUMNS))
    assert safe[2][1] == "'=HYPERLINK(\"http://evil\",\"klik\")"
    assert safe[4][1] == "'@SUM(A1)" and safe[4][2] == "'-1+1"
    raw = parse_csv(csv_text(ROWS, COLUMNS, raw=True))
    assert raw[2][1] == "=HYPERLINK(\"http://evil\",\"klik\")"
    assert raw[4][1] == "@SUM(A1)" and raw[4][2] == "-1+1"


def test_numbers_stay_numbers_but_text_that_looks_like_one_is_neutralised():
    rows = [{"n": -2}, {"n": "-2"}, {"n": float("-inf")}, {"n": 2.5}, {"n": True}]  # a flag: "yes" or nothing, as in the command line's CSV
    assert [r[0] for r in parse_csv(csv_text(rows, ["n"]))[1:]] == ["-2", "'-2", "'-inf", "2.5", "yes"]


def test_headers_are_neutralised_too():
    assert parse_csv(csv_text([], ["=cmd", "ok"]))[0] == ["'=cmd", "ok"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.text(), min_size=2, max_size=2), max_size=5))
def test_no_text_cell_ever_starts_a_formula_unless_raw(cells):
    rows = [{"a": a, "b": b} for a, b in cells]
    for line in parse_csv(csv_text(rows, ["a", "b"]))[1:]:
        for cell in line:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    raw = parse_csv(csv_text(rows, ["a", "b"], raw=True))[1:]
    assert raw == [[strip_controls(a), strip_controls(b)] for a, b in cells]


# --- each format read back ------------------------------------------------------------


def test_csv_reads_back(tmp_path):
    path = export_rows(ROWS, COLUMNS, "csv", "quotes", tmp_path, now=NOW)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    table = parse_csv(data.decode("utf-8-sig"))
    assert table[0] == COLUMNS
    assert table[1] == ["Lloyd Austin", "Aliansi kami kuat,\nkatanya.", "2023-01-31", "3"]
    assert table[2][0] == "윤석열" and table[2][2] == "" and table[2][3] == "-2"
    assert table[3] == ["Kishida | 岸田", "a \\ b | c", "2024", ""]
    assert table[4][0] == "Red Ryu"
    assert len(table) == 1 + len(ROWS)


def test_json_reads_back(tmp_path):
    path = export_rows(ROWS, COLUMNS, "json", "quotes", tmp_path, now=NOW)
    text = path.read_text(encoding="utf-8")
    assert "윤석열" in text and "岸田" in text  # not \\u-escaped
    data = json.loads(text)
    assert [list(obj) for obj in data] == [COLUMNS] * len(ROWS)
    assert data[0] == {"speaker": "Lloyd Austin", "quote": "Aliansi kami kuat,\nkatanya.", "date": "2023-01-31", "count": 3}
    assert data[1]["quote"] == "=HYPERLINK(\"http://evil\",\"klik\")"  # JSON is never a formula
    assert data[1]["date"] is None and data[2]["count"] is None
    assert data[3]["speaker"] == "Red Ryu" and data[3]["quote"] == "@SUM(A1)"


def test_json_keeps_lists_and_drops_non_finite_numbers():
    data = json.loads(json_text([{"a": ["x\x1b[1m", 2], "b": float("nan"), "c": {"k\x07": "v"}}], ["a", "b", "c"]))
    assert data == [{"a": ["x", 2], "b": None, "c": {"k": "v"}}]


def test_markdown_reads_back(tmp_path):
    path = export_rows(ROWS, COLUMNS, "md", "quotes", tmp_path, now=NOW)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 + len(ROWS)
    assert split_md_row(lines[0]) == COLUMNS
    assert lines[1] == "| --- | --- | --- | --- |"
    assert split_md_row(lines[2]) == ["Lloyd Austin", "Aliansi kami kuat,<br>katanya.", "2023-01-31", "3"]
    assert split_md_row(lines[4]) == ["Kishida | 岸田", "a \\ b | c", "2024", ""]
    assert split_md_row(lines[5])[:2] == ["Red Ryu", "@SUM(A1)"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(), min_size=1, max_size=4))
def test_any_text_keeps_its_cell_in_markdown(cells):
    columns = [f"c{i}" for i in range(len(cells))]
    lines = markdown_text([dict(zip(columns, cells, strict=True))], columns).splitlines()
    assert len(lines) == 3
    assert split_md_row(lines[2]) == [re.sub("[\n\u2028\u2029]", "<br>", strip_controls(c)) for c in cells]


def test_unicode_line_separators_do_not_break_a_markdown_row():
    lines = markdown_text([{"a": "one\u2028two\u2029three"}], ["a"]).splitlines()
    assert lines[2] == "| one<br>two<br>three |"


@pytest.mark.parametrize("fmt", ["csv", "json", "md"])
def test_no_control_characters_reach_any_format(tmp_path, fmt):
    rows = [{"a": "\x1b]0;owned\x07title\x1b[2J", "b": "nul\x00 bell\x07 del\x7f csi\x9b1m \u202eevil"}]
    text = export_rows(rows, ["a", "b"], fmt, "x", tmp_path).read_text(encoding="utf-8-sig")
    assert not CONTROL.search(text.replace("\r\n", "\n"))
    assert "\u202e" not in text and "title" in text and "evil" in text


def test_an_empty_export_still_has_its_header():
    assert parse_csv(csv_text([], COLUMNS)) == [COLUMNS]
    assert json.loads(json_text([], COLUMNS)) == []
    assert markdown_text([], ["a"]).splitlines() == ["| a |", "| --- |"]


# --- where files go ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "stem",
    ["../../etc/passwd", "a/b", "/etc/cron.d/x", "..", "", "////", "C:\\Windows\\x", "\x1b]0;pwn\x07name\x00", "~root", "a" * 300],
)
def test_hostile_stems_still_land_inside_exports(tmp_path, stem):
    path = export_rows(ROWS, COLUMNS, "csv", stem, tmp_path, now=NOW)
    assert path.parent == tmp_path / "exports"
    assert path.resolve().parent == (tmp_path / "exports").resolve()
    assert NAME.match(path.name), path.name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exports"]


@pytest.mark.parametrize(
    "stem,expected",
    [
        ("../../etc/passwd", "etc-passwd"),
        ("a/b", "a-b"),
        ("Ärger über Seoul", "arger-uber-seoul"),
        ("Kutipan: Austin & Yoon (2023)", "kutipan-austin-yoon-2023"),
        ("日本", "export"),
        ("", "export"),
        ("x" * 39 + "-yz", "x" * 39),
    ],
)
def test_safe_stem(stem, expected):
    assert safe_stem(stem) == expected
    assert len(safe_stem(stem)) <= 40


def test_two_exports_in_one_second_get_different_names(tmp_path):
    first = export_rows([{"a": "one"}], ["a"], "json", "results", tmp_path, now=NOW)
    second = export_rows([{"a": "two"}], ["a"], "json", "results", tmp_path, now=NOW)
    third = export_rows([{"a": "three"}], ["a"], "json", "results", tmp_path, now=NOW)
    assert first.name == "results-20261121-093005.json"
    assert [second.name, third.name] == ["results-20261121-093005-2.json", "results-20261121-093005-3.json"]
    assert [json.loads(p.read_text())[0]["a"] for p in (first, second, third)] == ["one", "two", "three"]


def test_files_are_private_and_nothing_temporary_is_left(tmp_path):
    old = os.umask(0)
    try:
        path = export_rows(ROWS, COLUMNS, "md", "results", tmp_path / "state")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "state").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "state" / "exports").stat().st_mode) == 0o700
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_the_environment_variable_chooses_the_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("ALLIANCE_READER_STATE", str(tmp_path / "env-state"))
    path = export_rows(ROWS, COLUMNS, "csv", "r", now=NOW)
    assert path.parent == tmp_path / "env-state" / "exports"


def test_a_failed_write_leaves_nothing_behind(tmp_path, monkeypatch):
    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_mod.os, "replace", full_disk)
    with pytest.raises(ExportError, match="No space left on device") as info:
        export_rows(ROWS, COLUMNS, "csv", "r", tmp_path, now=NOW)
    assert "\n" not in str(info.value)
    assert list((tmp_path / "exports").iterdir()) == []


def test_an_unusable_state_folder_is_one_line(tmp_path):
    (tmp_path / "state").write_text("a file, not a folder")
    with pytest.raises(ExportError, match="exports cannot be written in .*not a folder") as info:
        export_rows(ROWS, COLUMNS, "csv", "r", tmp_path / "state")
    assert "\n" not in str(info.value)


def test_an_exports_path_that_is_a_file_is_refused(tmp_path):
    (tmp_path / "exports").write_text("x")
    with pytest.raises(ExportError, match="exports.*not a folder"):
        export_rows(ROWS, COLUMNS, "csv", "r", tmp_path)
    assert (tmp_path / "exports").read_text() == "x"


# --- bad input ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt,suffix", [("CSV", ".csv"), (" json ", ".json"), ("markdown", ".md"), ("md", ".md")])
def test_format_names(tmp_path, fmt, suffix):
    assert export_rows(ROWS, COLUMNS, fmt, "r", tmp_path).suffix == suffix


@pytest.mark.parametrize(
    "rows,columns,fmt,message",
    [
        (ROWS, COLUMNS, "xlsx", "unknown export format 'xlsx' \\(choose csv, json or md\\)"),
        (ROWS, COLUMNS, "../csv", "unknown export format"),
        (ROWS, [], "csv", "at least one column"),
        (ROWS, ["a", ""], "csv", "at least one column"),
        (ROWS, ["a", "a"], "json", "must not repeat"),
        ([{"a": 1}, ["not", "a", "dict"]], ["a"], "md", "row 2 of the export is a list"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(tmp_path, rows, columns, fmt, message):
    with pytest.raises(ValueError, match=message) as info:
        export_rows(rows, columns, fmt, "r", tmp_path)
    assert "\n" not in str(info.value)
    assert not (tmp_path / "exports").exists() or list((tmp_path / "exports").iterdir()) == []


def test_exports_sit_beside_the_reader_state(tmp_path):
    from index.state import UserState

    with UserState.open(tmp_path) as state:
        state.star("a")
    path = export_rows(ROWS, COLUMNS, "csv", "r", tmp_path)
    assert path.parent.parent == Path(state.path).parent


def test_a_toast_shows_home_as_a_tilde_and_the_name_on_its_own_line(tmp_path):
    from tui.exporting import shown_path

    home = tmp_path / "home"
    assert shown_path(home / "a" / "exports" / "quotes-x.csv", home) == "~/a/exports/\nquotes-x.csv"
    assert shown_path(home / "x.csv", home) == "~/\nx.csv"
    assert shown_path(tmp_path / "elsewhere" / "x.csv", home) == f"{tmp_path}/elsewhere/\nx.csv"


def test_a_speaker_only_uncertain_attributions_name_is_exported_with_a_question_mark():
    """The walk through heldout81–82: the results export's speakers column listed "Joko Widodo" bare where every
    quote of his was an uncertain attribution (shown with "?" in the quotes view and in the quotes export)."""
    from index.extract import extract_text
    from index.quote_views import UNSURE
    from tui.exporting import _named

    art = extract_text("Judul Berita Ini\n\nPresiden Rudi Hartono tiba di Seoul. Ia disambut Menteri Kenji Sato.\n\n"
                       "“Kami siap bekerja sama,” kata Kenji Sato.\n\n“Terima kasih atas sambutannya,” ujarnya.\n\n"
                       "Presiden Rudi Hartono mengumumkan kerja sama baru.\n\n“Ini awal yang baik.”\n")
    named = {q.speaker: q.confidence for q in art.quotes}
    speakers = _named(art)["speakers"]
    assert speakers == [f"{w}?" if named[w] < UNSURE else w for w in art.quoted]
    assert any(s.endswith("?") for s in speakers) and any(not s.endswith("?") for s in speakers), (speakers, named)


def test_the_results_export_carries_each_quote_and_names_countries_as_the_screen_does():
    """The walk through heldout95–96: `x` `J` on speaker:Matsuno gave no quote at all (no text, no speaker,
    no "?"), and countries in Indonesian ("Korea Utara") beside an English screen."""
    from index.export import json_text
    from index.extract import extract_text
    from tui.exporting import RESULT_COLUMNS, _named

    art = extract_text("Judul Berita Ini\n\nJakarta - Jepang dan Korea Utara kembali bersitegang.\n\n"
                       "“Kami siap bekerja sama,” kata Menteri Kenji Sato.\n\n“Ini awal yang baik.”\n\n"
                       "Korea Utara menyebut latihan itu “provokasi berbahaya”.\n")
    row = {c: None for c in RESULT_COLUMNS} | _named(art, "en", str.upper)
    [data] = json.loads(json_text([row], RESULT_COLUMNS))
    assert data["countries"] == ["Japan", "North Korea"]
    shown = [(q["speaker"], q["text"], q["speaker_unsure"]) for q in data["quotes"]]
    assert ("Kenji Sato", "Kami siap bekerja sama", False) in shown and "North Korea" in {who for who, _t, _u in shown}
    assert all(text in {q.text for q in art.quotes} for _who, text, _unsure in shown) and len(shown) == len(art.quoted_once())
    assert [q["speaker_unsure"] for q in data["quotes"]] == [q["confidence"] < 0.7 for q in data["quotes"]]
    assert [s.rstrip("?") for s in data["speakers"]] == [("North Korea" if w == "Korea Utara" else w) for w in art.quoted]
    assert _named(art, "id")["countries"] == ["Jepang", "Korea Utara"]  # in Indonesian, as the gazetteer spells them


def test_the_quotes_export_names_a_country_speaking_as_the_screen_does():
    from index.quote_views import QuoteRow
    from tui.exporting import quote_rows

    row = QuoteRow("Korea Utara", None, "provokasi berbahaya", "a1", "Judul", "Antara", "2023-07-12", "explicit", 0, 0, 19,
                   "k1", confidence=0.9)

    class Backend:
        def article_for_key(self, key):
            return None

    [en] = quote_rows([("North Korea", [row])], Backend(), "en")
    [ja] = quote_rows([("北朝鮮", [row])], Backend(), "ja")
    [id_] = quote_rows([("Korea Utara", [row])], Backend(), "id")
    assert (en["speaker"], ja["speaker"], id_["speaker"]) == ("North Korea", "北朝鮮", "Korea Utara")


def test_quotes_in_a_table_cell_read_as_on_screen_and_stay_fields_in_json():
    """The walk through heldout97-98: the Markdown export put each quote in a cell as a raw JSON blob."""
    from index.export import csv_text, json_text, markdown_text

    quotes = [{"speaker": "Kenji Sato", "speaker_unsure": False, "confidence": 0.95, "text": "Kami siap"},
              {"speaker": "Kenji Sato", "speaker_unsure": True, "confidence": 0.6, "text": "Ini awal | baru"},
              {"speaker": None, "speaker_unsure": False, "confidence": None, "text": "sangat berbahaya"}]
    rows = [{"title": "Judul", "quotes": quotes}]
    cell = "“Kami siap” — Kenji Sato; “Ini awal | baru” — Kenji Sato?; “sangat berbahaya” — ?"
    assert markdown_text(rows, ["title", "quotes"]).splitlines()[2] == "| Judul | " + cell.replace("|", "\\|") + " |"
    assert list(csv.reader(io.StringIO(csv_text(rows, ["title", "quotes"]))))[1] == ["Judul", cell]
    assert json.loads(json_text(rows, ["title", "quotes"]))[0]["quotes"] == quotes


def test_the_results_export_names_organisations_as_the_screen_does():
    """An English screen shows "UN Security Council": the export beside it says the same, speaking or named."""
    from index.extract import extract_text
    from tui.exporting import _named

    art = extract_text("Judul Berita Ini\n\nJakarta - Dewan Keamanan PBB menggelar rapat darurat.\n\n"
                       "“Peluncuran itu melanggar resolusi,” kata Kementerian Pertahanan Jepang.\n")
    assert _named(art, "en")["organizations"] == ["UN Security Council", "Japan Ministry of Defense"]
    assert "Japan Ministry of Defense" in _named(art, "en")["speakers"]
    assert _named(art, "id")["organizations"] == ["Dewan Keamanan PBB", "Kementerian Pertahanan Jepang"]
