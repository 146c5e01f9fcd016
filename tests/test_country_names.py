"""Countries are named in the reader's language (Babel's names from each country's ISO code);
searches still use the gazetteer's Indonesian name, and Indonesian shows it as the text does."""

from __future__ import annotations

import pytest
from conftest import article_shown, ready, seed_reader, wait_until

from index.country_codes import country_code
from index.entities import gazetteer
from index.entity_names import english_name
from tui.render import entity_name, speaker_name
from tui.widgets.metadata import MetadataView

# no ISO 3166 code exists for these: they stay as the gazetteer writes them
UNRECOGNISED = {"Somaliland", "Siprus Utara", "Abkhazia", "Ossetia Selatan", "Transnistria"}


def test_every_recognised_country_has_its_own_code():
    countries = [e.canonical for e in gazetteer().entries.values() if e.type == "country"]
    codes = {name: country_code(name) for name in countries}
    assert {name for name, code in codes.items() if code is None} == UNRECOGNISED
    known = [code for code in codes.values() if code]
    assert len(known) == len(set(known))  # no two countries share a code
    assert (codes["Jepang"], codes["Korea Selatan"], codes["Korea Utara"], codes["China"]) == ("JP", "KR", "KP", "CN")


@pytest.mark.parametrize("locale,name", [("en", "Japan"), ("ja", "日本"), ("ko", "일본"), ("id", "Jepang")])
def test_a_country_in_each_language(locale, name):
    assert entity_name("country", "Jepang", locale) == name


def test_other_names_and_unrecognised_countries_stay_as_written():
    assert entity_name("country", "Somaliland", "en") == "Somaliland"
    assert entity_name("person", "Shinzo Abe", "ja") == "Shinzo Abe"
    assert entity_name("place", "Seoul", "en") == "Seoul"
    # Indonesian keeps the gazetteer's (and the press's) own name, though Babel says "Tiongkok"
    assert entity_name("country", "China", "id") == "China"


async def test_the_metadata_pane_names_countries_in_english_and_searches_the_indonesian_name(seed_index):
    app = seed_reader(seed_index, "en")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        meta = screen.query_one(MetadataView)
        await wait_until(pilot, lambda: meta.option_count > 0)
        shown = {str(meta.get_option_at_index(i).prompt).split("  ")[0]: meta.query_for(meta.get_option_at_index(i).id)
                 for i in range(meta.option_count)}
        assert shown.get("United States") == 'country:"Amerika Serikat"'
        assert "Amerika Serikat" not in shown


# --- organisations: their English names in every language but Indonesian ---------------------

@pytest.mark.parametrize("locale,name", [("en", "UN Security Council"), ("ja", "UN Security Council"),
                                         ("ko", "UN Security Council"), ("id", "Dewan Keamanan PBB")])
def test_an_organisation_in_each_language(locale, name):
    assert entity_name("organization", "Dewan Keamanan PBB", locale) == name


def test_a_speaker_is_named_as_the_lists_name_it():
    assert speaker_name("Kementerian Pertahanan Jepang", "en") == "Japan Ministry of Defense"
    assert speaker_name("Korea Utara", "en") == "North Korea"
    assert speaker_name("Lloyd Austin", "en") == "Lloyd Austin"
    assert speaker_name("Kementerian Pertahanan Jepang", "id") == "Kementerian Pertahanan Jepang"


def test_every_organisation_has_its_own_english_name_which_a_query_finds():
    """Each name the English reader shows is one of the organisation's own, so typing what the
    screen shows (org:"UN Security Council") finds what a click on it finds."""
    orgs = [e for e in gazetteer().entries.values() if e.type == "organization"]
    named = {e.canonical: english_name(e.canonical) for e in orgs}
    assert all(named.values()), [c for c, n in named.items() if not n]
    assert len(set(named.values())) == len(named)
    assert all(named[e.canonical] in (e.canonical, *e.aliases) for e in orgs)


def test_a_search_for_the_english_name_finds_the_organisation(seed_index):
    from index.search import Searcher

    s = Searcher(seed_index)
    try:
        assert [h.id for h in s.search('org:"UN Security Council"').hits] == \
            [h.id for h in s.search('org:"Dewan Keamanan PBB"').hits] != []
    finally:
        s.close()


async def test_the_metadata_pane_names_organisations_in_english_and_searches_the_indonesian_name(seed_index):
    app = seed_reader(seed_index, "en")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash", *'org:"Dewan Keamanan PBB"', "enter")
        meta = screen.query_one(MetadataView)
        await wait_until(pilot, lambda: screen.results.total == 1 and article_shown(app) and any(
            "UN Security Council" in str(meta.get_option_at_index(i).prompt) for i in range(meta.option_count)))
        shown = {str(meta.get_option_at_index(i).prompt).split("  ")[0]: meta.query_for(meta.get_option_at_index(i).id)
                 for i in range(meta.option_count)}
        assert shown.get("UN Security Council") == 'org:"Dewan Keamanan PBB"'
        assert "Dewan Keamanan PBB" not in shown


@pytest.mark.parametrize("locale,name", [("en", "Korean Peninsula"), ("ko", "Korean Peninsula"), ("id", "Semenanjung Korea")])
def test_a_place_in_each_language(locale, name):
    """The walk through heldout107–108: an English screen listed "Semenanjung Korea", "Laut China Selatan"."""
    assert entity_name("place", "Semenanjung Korea", locale) == name
    assert entity_name("place", "Seoul", locale) == "Seoul"  # the same in English: as written
    assert entity_name("place", "Laut Jepang / Laut Timur", locale).count("/") == 1  # a disputed sea: both names
