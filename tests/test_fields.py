"""The field table (index/fields.py): every search field declared once, everything else derived."""

from __future__ import annotations

import shutil

import pytest
from conftest import SEEDS
from conftest import hit_ids as ids

from index import fields
from index.fields import ENTITY, TERM, Field, kind
from index.search import Searcher, check_syntax
from index.store import document, read_meta, schema, update_index

S000, S001, S002, S003, S004 = (
    "000_2d81bcb0d47c33ea", "001_0a4a08766a584ade", "002_8655000fce4003c1",
    "003_7ba484588db6024a", "004_835f91a6dc95eae8",
)

MARKDOWN = """# Yoon dan Kishida Lanjutkan Dialog Keamanan

SEOUL - Presiden Korea Selatan Yoon Suk Yeol dan Perdana Menteri Jepang Fumio Kishida sepakat
melanjutkan dialog keamanan, menurut kantor kepresidenan.

"Kerja sama trilateral adalah kunci stabilitas kawasan," kata Yoon di Seoul, Kamis (16/3/2023).
"""


@pytest.fixture(scope="module")
def searcher(seed_index):
    s = Searcher(seed_index)
    yield s
    s.close()


# --- month: and date_basis:, in the schema all along, are now asked for ----------------------

@pytest.mark.parametrize("query, expected", [
    ("month:2023-01", [S001, S003]),
    ("bulan:2023-01", [S001, S003]),
    ("month:2018-06", [S000]),
    ("month:2023-01 Okinawa", [S001]),
    ("date_basis:explicit", [S001]),
    ("date_basis:unknown", [S002, S004]),
    ("date_basis:weekday-inferred", [S000, S003]),
])
def test_month_and_date_basis_are_searched(searcher, query, expected):
    assert check_syntax(query) is None
    assert ids(searcher, query) == expected


def test_a_field_the_table_does_not_name_is_still_refused(searcher):
    assert check_syntax("colour:red") == "unknown field 'colour:'"
    assert check_syntax("sortdate:20230111") == "unknown field 'sortdate:'"  # kept, never searched
    assert searcher.search("colour:red").error == "unknown field 'colour:': searched red"  # its value, as a word


# --- what the table derives ---------------------------------------------------------------

def test_the_schema_and_each_document_hold_exactly_the_tables_fields(seed_files):
    from index.extract import extract_articles

    names = [f.name for f in fields.FIELDS]
    assert len(names) == len(set(names))
    in_arrays_only = [f.name for f in fields.FIELDS if f.kind.type == fields.PAIRS]
    assert in_arrays_only == ["title_pairs", "body_pairs", "caption_pairs"]  # word pairs: the build's arrays, not Whoosh
    assert sorted(schema().names()) == sorted(set(names) - set(in_arrays_only))
    (article,), _problems = extract_articles(str(seed_files[1]))
    doc = document(article, "/corpus/a.txt", (1, 2, "sha"))
    assert set(doc) <= set(names) and {"key", "title", "body", "person", "date", "data"} <= set(doc)
    assert doc["key"] == "/corpus/a.txt" and doc["month"] == "2023-01" and doc["year"] == "2023"


def test_every_name_and_alias_the_checker_accepts_the_parser_reads(searcher):
    for name in fields.allowed():
        assert check_syntax(f"{name}:x") is None, name
        q, _error = searcher.parse(f"{name}:memperkuat")  # exact: holds inflected words only
        field = {a: f for f, aliases in fields.aliases().items() for a in aliases}.get(name, name)
        if field not in ("date", "year", "month"):  # dates and terms of their own shape
            assert {f for f, _t in q.iter_all_terms()} <= {field}, (name, q)


def test_the_help_lists_the_search_fields_with_their_indonesian_names():
    shown = fields.search_help()
    for line in ("person:/orang:", "country:/negara:", "speaker:/pembicara:", "quote:/kutipan:",
                 "outlet:/media:", "date:/tanggal:", "month:/bulan:", "date_basis:"):
        assert line in shown
    assert not any(s.startswith(("key:", "data:", "sortdate:", "exact:")) for s in shown)


def test_the_schema_version_follows_the_table(monkeypatch):
    before = fields.schema_version()
    assert before.startswith(f"{fields.SCHEMA_EPOCH}.")
    same = tuple(reversed(fields.FIELDS))  # order and query names are not what the index holds
    monkeypatch.setattr(fields, "FIELDS", same)
    assert fields.schema_version() == before
    retyped = tuple(Field(f.name, kind("ID", stored=True), f.fill) if f.name == "month" else f for f in same)
    monkeypatch.setattr(fields, "FIELDS", retyped)
    assert fields.schema_version() != before
    monkeypatch.setattr(fields, "SCHEMA_EPOCH", fields.SCHEMA_EPOCH + 1)
    monkeypatch.setattr(fields, "FIELDS", same)
    assert fields.schema_version() != before


# --- a new field: one table entry and its extraction -----------------------------------------

FORMAT = Field("format", kind("KEYWORD", stored=True, commas=True, lowercase=True), lambda d: d.article.format,
               ("bentuk",), TERM, facet=True, doc="the file's format")


@pytest.fixture
def with_format(monkeypatch, tmp_path):
    """The seeds and one Markdown file, indexed with a field only this test declares."""
    monkeypatch.setattr(fields, "FIELDS", fields.FIELDS + (FORMAT,))
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    (corpus / "catatan.md").write_text(MARKDOWN, encoding="utf-8")
    ix = tmp_path / "ix"
    update_index([str(corpus)], ix, jobs=1)
    s = Searcher(ix)
    yield s, ix
    s.close()


def test_a_field_declared_only_here_is_indexed_searched_by_name_and_alias_and_counted(with_format):
    searcher, ix = with_format
    assert read_meta(ix)["schema"] == fields.schema_version()
    assert fields.schema_version() != fields._derive(fields.FIELDS[:-1], fields.SCHEMA_EPOCH).version  # its own index version
    assert ids(searcher, "format:md") == ["catatan"]
    assert ids(searcher, "bentuk:md") == ["catatan"]
    assert ids(searcher, "format:txt") == sorted([S000, S001, S002, S003, S004])
    assert ids(searcher, "bentuk:txt AND Okinawa") == [S001]
    assert ids(searcher, "format:html") == []
    assert searcher.search("Korea").facets["format"] == {"txt": 5, "md": 1}
    assert "format:/bentuk:" in fields.search_help()


def test_an_entity_field_declared_only_here_folds_its_values(monkeypatch, tmp_path):
    """An ENTITY field gets the aliases and surnames folding of the others: `author:` as a
    person named by surname finds the article of that byline."""
    author = Field("author", kind("KEYWORD", stored=True, commas=True, lowercase=True, scorable=True),
                   lambda d: d.article.author or "", ("penulis",), ENTITY)
    monkeypatch.setattr(fields, "FIELDS", fields.FIELDS + (author,))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.jsonl").write_text(
        '{"title": "Austin Terima Hamada", "text": "JAKARTA - Menteri Pertahanan AS Lloyd Austin menerima '
        'Menteri Pertahanan Jepang Yasukazu Hamada di Pentagon, Rabu.", "author": "Budi Santoso"}\n',
        encoding="utf-8")
    update_index([str(corpus)], tmp_path / "ix", jobs=1)
    s = Searcher(tmp_path / "ix")
    try:
        assert [h.title for h in s.search("author:Santoso").hits] == ["Austin Terima Hamada"]
        assert [h.title for h in s.search('penulis:"budi santoso"').hits] == ["Austin Terima Hamada"]
        assert s.search("author:Hamada").hits == []
    finally:
        s.close()
