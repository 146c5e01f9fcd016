"""index.wordforms: Indonesian vocabulary by Sastrawi's dictionary of roots."""

from __future__ import annotations

import pytest

from index.wordforms import is_derived, is_word


@pytest.mark.parametrize("word", ["Kunjungi", "ketegangan", "Temui", "diserang", "mengenai"])
def test_affixed_forms_of_roots_are_derived(word):
    assert is_derived(word) and is_word(word)


@pytest.mark.parametrize("word", ["Budi", "hidayat", "Matahari", "presiden"])
def test_roots_are_words_but_not_derived(word):
    assert is_word(word) and not is_derived(word)


@pytest.mark.parametrize("word", ["Kurniawan", "Trudeau", "Kishida", "서울", "2023", ""])
def test_unknown_words_are_neither(word):
    assert not is_word(word) and not is_derived(word)
