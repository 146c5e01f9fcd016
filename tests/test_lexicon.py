"""The word lists are kept once (index/data/lexicon.toml) and stay consistent."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from index import lexicon
from index.entities import gazetteer


def _lists(section=None):
    data = lexicon.raw()
    for sec, lists in data.items():
        if section and sec != section:
            continue
        for name, words in lists.items():
            yield f"{sec}.{name}", words


@pytest.mark.parametrize("name,words", list(_lists()), ids=[n for n, _ in _lists()])
def test_no_list_repeats_a_word_or_holds_an_empty_one(name, words):
    if isinstance(words, dict):  # a table ("menlu" -> "menteri luar negeri"): lower-case words both sides
        assert words, f"{name} is empty"
        assert all(w and w.strip() == w == w.lower() for pair in words.items() for w in pair), name
        return
    assert all(isinstance(w, str) and w.strip() == w and w for w in words), name
    repeated = sorted({w for w in words if words.count(w) > 1})
    assert not repeated, f"{name} repeats {repeated}"


def test_verbs_and_glue_are_lower_case_words():
    for name, words in [*_lists("verbs"), *_lists("quotes"), *_lists("page")]:
        assert all(re.fullmatch(r"[a-z]+(?:[- ][a-z]+)*", w) for w in words), name  # "men-tweet", "dimaksud dengan"
    for words in (lexicon.HONORIFICS, lexicon.DESCRIPTOR_CUES, lexicon.NEEDS_KNOWN_NAME, lexicon.CONNECTORS):
        assert all(w == w.lower() for w in words)


def test_market_index_names_are_lower_case_codes_and_no_menu_word():
    for name, words in _lists("market"):
        assert all(re.fullmatch(r"[a-z][a-z0-9&]*", w) for w in words), name
        assert not set(words) & lexicon.MENU_WORDS, name


def test_reporting_verbs_are_prefixed_forms():
    # me-/ber- verbs; the short forms ("kata", "ujar") are a list of their own
    assert all(v.startswith(("me", "ber")) for v in lexicon.REPORTING_VERBS)
    assert all(v in lexicon.REPORTING_VERBS for v in lexicon.AFTER_QUOTE_PREFIXED)
    assert not set(lexicon.AFTER_QUOTE_VERBS) & set(lexicon.REPORTING_VERBS)


def test_naming_words_are_no_prefixed_reporting_verb():
    # "menyebut langkah itu “...”" is a speaker's fragment; only "disebut"/"istilah"/... name a term
    assert lexicon.NAMING_WORDS
    assert not set(lexicon.NAMING_WORDS) & set(lexicon.REPORTING_VERBS)


def test_title_cues_are_capitalised_and_their_subsets_are_cues():
    cues = {c.lower() for c in lexicon.TITLE_CUES}
    assert all(c[:1].isupper() for c in lexicon.TITLE_CUES)
    for subset in (lexicon.HONORIFICS, lexicon.DESCRIPTOR_CUES, lexicon.NEEDS_KNOWN_NAME):
        # "wakil", "anggota", "asisten" describe someone ("asisten deputi ...") but open no title alone
        assert subset <= cues | {"wakil", "anggota", "asisten"}, sorted(subset - cues)
    assert list(lexicon.TITLE_CUES) == sorted(lexicon.TITLE_CUES, key=len, reverse=True)


def test_title_words_and_non_names_are_capitalised():
    for words in (lexicon.TITLE_WORDS, lexicon.NOT_NAMES):
        assert all(w[:1].isupper() for w in words)


def test_calendar_names_come_from_babel_and_are_never_names():
    for name in ("Januari", "Desember", "Senin", "Jumat", "Minggu"):
        assert name in lexicon.CALENDAR_NAMES
        assert name in lexicon.NOT_NAMES


def test_no_gazetteer_person_is_made_of_words_that_are_never_names():
    # a person whose every word is a title word or a non-name could never be found by cue
    for entry in gazetteer().entries.values():
        if entry.type != "person":
            continue
        words = entry.canonical.replace("-", " ").split()
        assert not all(w in lexicon.TITLE_WORDS or w in lexicon.NOT_NAMES for w in words), entry.canonical


def test_no_module_keeps_its_own_copy_of_a_list():
    """Each list is defined once: the rule modules import them from index.lexicon."""
    for module in ("clean", "entities", "quotes"):
        text = (ROOT / "index" / f"{module}.py").read_text(encoding="utf-8")
        for verb in ("mengatakan", "menegaskan", "mengungkapkan"):
            assert f'"{verb}"' not in text, f"index/{module}.py lists {verb!r} itself"
        assert '"Perdana Menteri"' not in text and '"Pertahanan"' not in text, module


def test_lexicon_loads_without_ui_libraries():
    code = "import sys, index.lexicon; print([m for m in ('textual', 'rich') if m in sys.modules])"
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.stdout.strip() == "[]", proc.stderr


_WORDS = st.lists(st.text(alphabet="abkKtA-. ", min_size=1, max_size=6), min_size=1, max_size=12, unique=True)


@settings(max_examples=300, deadline=None)
@given(words=_WORDS, text=st.text(alphabet="abkKtA-. x", max_size=30))
def test_a_word_trie_finds_what_the_list_sorted_longest_first_finds(words, text):
    """lexicon.alternation is a faster regex for a word list, not another one: at every
    place it matches what `a|b|c` sorted longest first matches, case-folded or not."""
    for ignore_case in (False, True):
        flags = re.IGNORECASE if ignore_case else 0
        plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), flags)
        trie = re.compile(lexicon.alternation(words, ignore_case=ignore_case))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_word_trie_matches_only_its_words():
    verbs = re.compile(lexicon.alternation(["kata", "katanya", "ujar", "men-tweet"]) + r"\b")
    assert [m.group() for m in verbs.finditer("katanya ujar mereka, kata dia, men-tweet lagi, berujar")] == \
        ["katanya", "ujar", "kata", "men-tweet", "ujar"]
    assert not verbs.fullmatch("kat")
    assert re.fullmatch(lexicon.alternation(["Dr."], ignore_case=True), "DR.")
    assert not re.fullmatch(lexicon.alternation(["Dr."]), "DR.")
