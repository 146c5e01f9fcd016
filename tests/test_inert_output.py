"""Everything the commands print that came from outside (file names, titles, quotes) is
inert: no control character or escape sequence reaches stdout or stderr, and CSV cells a
spreadsheet would run as formulas are neutralised unless --raw."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import shutil

import pytest
from conftest import SEEDS, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.cli import main

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
HOSTILE = "\x1b]0;pwned\x07\x1b]52;c;ZWNobyBoaQ==\x07\x1b[2J\x9b31m"

ARTICLE = ("Jepang dan Korea Selatan Bahas Latihan\n\nSEOUL - Menteri Pertahanan Korea Selatan "
           "Lee Jong-sup mengatakan latihan akan digelar. \"Kami siap,\" kata Lee kepada wartawan, Rabu (11/1/2023).\n")

NAMES = st.text(st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), min_size=1, max_size=40)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse
            code = exc.code
    return code, out.getvalue(), err.getvalue()


def assert_inert(*texts: str) -> None:
    for text in texts:
        assert not CONTROL.search(text), repr(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=NAMES)
def test_any_file_name_prints_inert_from_extract(tmp_path, name):
    if name in (".", ".."):
        return
    path = tmp_path / f"{name}.txt"
    try:
        path.write_text(ARTICLE, encoding="utf-8")
    except OSError:  # a name the file system refuses (too long in bytes)
        return
    for argv in (["extract", str(path)], ["extract", "--json", str(path)], ["extract", str(path) + "-missing"]):
        _, out, err = run(*argv)
        assert_inert(out, err)
    path.unlink()


def test_a_hostile_name_is_printed_stripped_by_every_command(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    hostile = corpus / f"berita{HOSTILE}.txt"
    hostile.write_text(ARTICLE.replace("Latihan", f"Latihan{HOSTILE}"), encoding="utf-8")
    (corpus / f"kosong{HOSTILE}.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    ix = tmp_path / "ix"
    outputs = [run("extract", str(hostile)), run("extract", str(corpus / "nothing" / HOSTILE)),
               run("index", str(corpus), "--index-dir", str(ix), "--quiet"),
               run("search", f"Latihan{HOSTILE}", "--index-dir", str(ix)),
               run("quotes", "--csv", "--index-dir", str(ix)), run("quotes", "--json", "--index-dir", str(ix)),
               run("index", "--check", "--index-dir", str(ix) + HOSTILE), run(f"--nope{HOSTILE}")]
    outputs += [run("extract", "--json", str(hostile)), run("search", "Latihan", "--json", "--index-dir", str(ix))]
    for _code, out, err in outputs:
        assert_inert(out, err)
    for _code, out, _err in (outputs[5], *outputs[-2:]):  # --json: decoded as jq -r would print it
        assert out.strip().startswith(("[", "{")), out[:80]
        assert_inert(*_strings(json.loads(out)))
    assert "skipped" in outputs[2][2] and "kosong.txt: binary" in outputs[2][2]  # named, stripped
    assert "Latihan" in outputs[3][1]


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


@pytest.fixture(scope="module")
def formula_index(tmp_path_factory):
    base = tmp_path_factory.mktemp("formula")
    corpus = base / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE.replace("Kami siap,", "=HYPERLINK(1) kami siap,"),
                                  encoding="utf-8")
    shutil.copy(SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0], corpus / "b.txt")
    ix = base / "ix"
    assert run_cli("index", str(corpus), "--index-dir", str(ix), "--quiet").returncode == 0
    return ix


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_quotes_csv_neutralises_formula_cells(formula_index):
    proc = run_cli("quotes", "--csv", "--index-dir", str(formula_index))
    assert proc.returncode == 0, proc.stderr
    cells = _cells(proc.stdout)
    assert any(c.startswith("'=HYPERLINK(") for c in cells)
    assert not any(c[:1] in "=+-@" for c in cells if c)


def test_quotes_csv_raw_keeps_cells_as_they_are(formula_index):
    proc = run_cli("quotes", "--csv", "--raw", "--index-dir", str(formula_index))
    assert proc.returncode == 0, proc.stderr
    assert any(c.startswith("=HYPERLINK(") for c in _cells(proc.stdout))


@pytest.fixture(scope="module")
def seeds_index(tmp_path_factory):
    from index.store import update_index

    ix = tmp_path_factory.mktemp("inert-seeds") / "ix"
    update_index([str(SEEDS)], ix)
    return ix


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=300))
def test_any_query_prints_inert_from_search(seeds_index, query):
    if not query.strip() or query.startswith("-"):  # no query / an option: argparse's own line, checked above
        return
    code, out, err = run("search", query, "--index-dir", str(seeds_index))
    assert code == 0, err
    assert_inert(out, err)
