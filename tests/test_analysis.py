"""index.analysis: the Indonesian analyzers, the stemmers, and their contracts."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index import analysis
from index.analysis import (
    STEMMER_NAME,
    exact_analyzer,
    fold,
    indonesian_analyzer,
    light_stem,
    stem,
)

ROOT = Path(__file__).resolve().parent.parent

STEMMED = indonesian_analyzer()
EXACT = exact_analyzer()


def toks(analyzer, text: str) -> list[str]:
    return [t.text for t in analyzer(text)]


def spans(analyzer, text: str) -> list[tuple[str, int, int]]:
    # Whoosh reuses one Token object: copy the fields out while iterating.
    return [(t.text, t.startchar, t.endchar) for t in analyzer(text, chars=True)]


# --- the stemmed analyzer ----------------------------------------------------------


def test_stemmer_choice_is_one_of_the_two():
    assert STEMMER_NAME in {"sastrawi", "light"}
    # docs/stemmer.md records the measurement behind the choice.
    assert STEMMER_NAME == "sastrawi"


@pytest.mark.parametrize("word", ["kata", "ujar", "menurut", "tambah", "jelas", "ungkap", "tidak"])
def test_reporting_verbs_and_negation_stay_searchable(word):
    tokens = toks(STEMMED, word)
    assert len(tokens) == 1 and tokens[0]
    # and a query for the word meets the word in a sentence
    assert tokens[0] in toks(STEMMED, f"Hal itu, {word} dia, sangat penting.")


@pytest.mark.parametrize(
    "inflected, base",
    [("katanya", "kata"), ("ujarnya", "ujar"), ("tambahnya", "tambah"), ("menurutnya", "menurut"),
     ("mengatakan", "kata"), ("menambahkan", "tambah")],
)
def test_reporting_forms_meet_their_base(inflected, base):
    assert toks(STEMMED, inflected) == toks(STEMMED, base)


def test_small_stop_list_drops_only_function_words():
    assert toks(STEMMED, "yang dan di ke dari ini itu dengan untuk pada adalah atau juga") == []
    # Sastrawi's own stop list would drop all of these
    for w in ["kata", "ujar", "menurut", "tambah", "tidak", "dalam", "bukan", "belum", "a", "x"]:
        assert w not in analysis.STOP_WORDS
        assert toks(STEMMED, w), w


def test_kuat_family_meets_in_one_token():
    target = toks(STEMMED, "kuat")
    assert target == ["kuat"]
    for form in ["memperkuat", "diperkuat", "penguatan", "kekuatan", "menguatkan", "perkuat"]:
        assert toks(STEMMED, form) == target, form


@pytest.mark.parametrize(
    "a, b",
    [("pertahanan", "pertanian"), ("perang", "peran"), ("kerja", "kera"), ("makan", "makam"),
     ("sebelum", "belum"), ("mengenai", "kena"), ("termasuk", "masuk"), ("menurut", "turut")],
)
def test_different_words_stay_apart(a, b):
    assert toks(STEMMED, a) != toks(STEMMED, b)


def test_protected_function_words_are_not_stemmed():
    for w in analysis.PROTECTED:
        assert stem(w) == w
    assert stem("menurutnya") == "menurut"


def test_index_and_query_time_give_the_same_terms():
    from whoosh.fields import TEXT, Schema
    from whoosh.qparser import QueryParser

    schema = Schema(body=TEXT(analyzer=indonesian_analyzer()))
    q = QueryParser("body", schema).parse("Memperkuat pertahanan")
    assert {t for _, t in q.iter_all_terms()} == {"kuat", "tahan"}


def test_hyphens_split_and_apostrophes_vanish():
    assert toks(EXACT, "AS-Jepang") == ["as", "jepang"]
    assert toks(EXACT, "negara-negara") == ["negara", "negara"]
    assert toks(EXACT, "Ma'ruf Ma’ruf Maruf") == ["maruf"] * 3
    assert toks(EXACT, "snake_case 1,5") == ["snake", "case", "1", "5"]


# --- the exact analyzer ----------------------------------------------------------


def test_exact_keeps_words_as_written_lowercased():
    assert toks(EXACT, "Memperkuat") == ["memperkuat"]
    assert toks(EXACT, "yang dan Menurut katanya") == ["yang", "dan", "menurut", "katanya"]


@pytest.mark.parametrize("analyzer", [STEMMED, EXACT], ids=["stemmed", "exact"])
def test_accent_folding(analyzer):
    assert toks(analyzer, "Báo Thanh Hóa") == ["bao", "thanh", "hoa"]
    # decomposed (NFD) input folds the same way and stays one token
    assert toks(analyzer, "Ho\u0301a") == ["hoa"]


# --- character offsets ----------------------------------------------------------------

OFFSET_TEXT = (
    "JAKARTA — Menteri Pertahanan AS-Jepang memperkuat kerja sama, kata Ma’ruf. "
    "“Kami tidak akan mundur,” ujarnya kepada Báo Thanh Hóa, Selasa (12/3). F-35 tiba."
)


def test_exact_offsets_point_at_the_token():
    tokens = spans(EXACT, OFFSET_TEXT)
    assert len(tokens) == 25
    for text, start, end in tokens:
        assert fold(OFFSET_TEXT[start:end]) == text
    assert ("maruf", 67, 73) in tokens and OFFSET_TEXT[67:73] == "Ma’ruf"


def test_stemmed_offsets_point_at_the_word_the_token_came_from():
    tokens = spans(STEMMED, OFFSET_TEXT)
    assert [t[0] for t in tokens][:6] == ["jakarta", "menteri", "tahan", "as", "jepang", "kuat"]
    for text, start, end in tokens:
        assert stem(fold(OFFSET_TEXT[start:end])) == text
    kuat = next(t for t in tokens if t[0] == "kuat")
    assert OFFSET_TEXT[kuat[1] : kuat[2]] == "memperkuat"


def test_offsets_survive_a_whoosh_index_and_highlighting():
    from whoosh import highlight
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.filedb.filestore import RamStorage
    from whoosh.qparser import QueryParser

    schema = Schema(
        id=ID(stored=True),
        body=TEXT(analyzer=indonesian_analyzer(), stored=True, chars=True),
        exact=TEXT(analyzer=exact_analyzer(), chars=True),
    )
    ix = RamStorage().create_index(schema)  # pickles the schema, analyzers included
    with ix.writer() as w:
        w.add_document(id="a", body="Jepang memperkuat pertahanan udara.", exact="Jepang memperkuat pertahanan udara.")
        w.add_document(id="b", body="Petani menanam padi.", exact="Petani menanam padi.")
    with ix.searcher() as s:
        hits = s.search(QueryParser("body", ix.schema).parse("penguatan"), terms=True)
        assert [h["id"] for h in hits] == ["a"]
        hits.fragmenter = highlight.WholeFragmenter()
        assert "<b" in hits[0].highlights("body") and "memperkuat" in hits[0].highlights("body")
        assert [h["id"] for h in s.search(QueryParser("exact", ix.schema).parse("memperkuat"))] == ["a"]
        assert list(s.search(QueryParser("exact", ix.schema).parse("kuat"))) == []


def test_analyzers_pickle():
    for ana in (STEMMED, EXACT):
        back = pickle.loads(pickle.dumps(ana))
        assert toks(back, "Memperkuat Hóa") == toks(ana, "Memperkuat Hóa")


# --- light_stem ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word, expected",
    [
        # nasal recoding of me-
        ("menyerang", "serang"), ("memukul", "pukul"), ("menulis", "tulis"),
        ("mengambil", "ambil"), ("mengkritik", "kritik"), ("membangun", "bangun"),
        ("mendukung", "dukung"), ("melatih", "latih"), ("mengebom", "bom"),
        # pe- and its nasal forms, per-, confixes
        ("penyerangan", "serang"), ("pemukul", "pukul"), ("penulis", "tulis"),
        ("pengambilan", "ambil"), ("pembangunan", "bangun"), ("pelatihan", "latih"),
        ("pertahanan", "tahan"), ("pertanian", "tani"), ("perundingan", "unding"),
        ("keamanan", "aman"), ("kekuatan", "kuat"), ("kepemimpinan", "pimpin"),
        ("pelajaran", "ajar"), ("belajar", "ajar"), ("bekerja", "kerja"),
        # stacked prefixes
        ("memperkuat", "kuat"), ("diperkuat", "kuat"), ("mempertahankan", "tahan"),
        ("berkekuatan", "kuat"), ("pemberhentian", "henti"),
        # di- ke- se- ber- ter- and suffixes
        ("dilatih", "latih"), ("bertahan", "tahan"), ("terungkap", "ungkap"),
        ("menambahkan", "tambah"), ("latihan", "latih"), ("mengawasi", "awas"),
        # particles and possessives
        ("katanya", "kata"), ("ujarnya", "ujar"), ("apakah", "apa"), ("meskipun", "meski"),
        ("bertemu", "temu"), ("perangnya", "perang"),
    ],
)
def test_light_stem_rules(word, expected):
    assert light_stem(word) == expected


@pytest.mark.parametrize(
    "word",
    ["di", "ke", "dia", "ada", "perang", "peran", "kerja", "kera", "tahan", "aman", "makan",
     "makam", "tangan", "bukan", "ketua", "kepala", "sekutu", "sejarah", "menteri", "media",
     "korupsi", "produksi", "tindak"],
)
def test_light_stem_leaves_roots_and_short_words_alone(word):
    assert light_stem(word) == word


def test_light_stem_minimum_stem_length():
    # no removal may leave fewer than 3 letters / 2 vowels
    assert light_stem("berat") == "berat"  # not ber- + "at"
    assert light_stem("teras") == "teras"  # not ter- + "as" (AS = United States)
    assert light_stem("punya") == "punya"  # not "pu" + -nya
    assert light_stem("buku") == "buku"  # not "bu" + -ku


# --- robustness (hypothesis) --------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_analyzers_never_raise(text):
    for ana in (STEMMED, EXACT):
        for t in ana(text, chars=True, positions=True):
            assert t.text
            assert 0 <= t.startchar < t.endchar <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_exact_offsets_property(text):
    for t in EXACT(text, chars=True):
        assert fold(text[t.startchar : t.endchar]) == t.text


LETTERS = st.characters(categories=["Lu", "Ll", "Lt", "Lm", "Lo"])


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=24),
                 st.text(alphabet=LETTERS, min_size=1, max_size=24)))
def test_stemmers_never_raise_and_never_empty(word):
    for fn in (stem, light_stem, analysis.sastrawi_stem):
        out = fn(word)
        assert isinstance(out, str) and out


# --- import hygiene ---------------------------------------------------------------------


def test_import_is_light_and_sastrawi_is_lazy():
    code = (
        "import sys\n"
        "import index.analysis as a\n"
        "import index.wordforms as w\n"
        "a.indonesian_analyzer(); a.exact_analyzer()\n"
        "assert w._sastrawi is None, 'dictionary loaded at import'\n"
        "assert not any(m.startswith('Sastrawi') for m in sys.modules), 'Sastrawi imported at import'\n"
        "assert not any(m.split('.')[0] in ('textual', 'rich') for m in sys.modules), 'UI imported'\n"
        "a.stem('memperkuat')\n"
        "assert w._sastrawi is not None or a.STEMMER_NAME != 'sastrawi'\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


_FORMS = ["memukul", "pukul", "dipukul", "pemukulan", "menyapu", "sapu", "disapu", "menulis", "tulisan", "kuat",
          "memperkuat", "kekuatan", "aliansi", "beraliansi", "Korea", "korea-nya", "ke", "di", "yang", "a", "ma'ruf",
          "Menteri", "kementerian", "latihan", "berlatih", "melatih", "kerja", "bekerja", "pekerjaan", "é", "i"]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(_FORMS), max_size=25), picks=st.lists(st.sampled_from(_FORMS), min_size=1, max_size=3))
def test_term_spans_are_where_the_analyzer_finds_the_terms(words, picks):
    """term_spans finds a hit's words again without stemming every word (only those that
    hold a term without its first letter): the same offsets the analyzer gives, whether
    the words were stemmed in this process before or not."""
    text = " ".join(words) + ", dan " + " ".join(reversed(words))
    terms = {t for t in map(analysis._STEMMED_TOKENIZER._normal, picks) if t}
    expected = [(t.startchar, t.endchar) for t in analysis.indonesian_analyzer()(text, chars=True, mode="index")
                if t.text in terms]
    analysis._NORMAL_STEM.clear()  # as in a reader that has stemmed nothing yet
    assert analysis.term_spans(text, terms) == expected
    assert analysis.term_spans(text, terms) == expected  # and with what that stemmed kept


@pytest.mark.parametrize("text", ["ΟΔΟΣ ΚΑΙ ΣΟΦΟΣ", "Jalan Σ menuju ΟΔΟΣ", "memperkuat Ma’ruf kekuatan"])
def test_term_spans_skip_no_word_the_analyzer_finds(text):
    """A text none of whose folded letters hold a term's tail is skipped whole; the one
    letter folded by its context (a capital sigma) never lets that skip a word."""
    for token in list(analysis.indonesian_analyzer()(text, chars=True, mode="index")):
        term = token.text
        expected = [(t.startchar, t.endchar) for t in analysis.indonesian_analyzer()(text, chars=True, mode="index")
                    if t.text == term]
        assert analysis.term_spans(text, [term]) == expected
    assert analysis.term_spans(text, ["zzzq"]) == []
