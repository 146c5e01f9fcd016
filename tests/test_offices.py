"""A surname the article never spelt out, named by its office and the article's date
(index/offices.py), on sentences written for these tests, through extract_text."""

from __future__ import annotations

from datetime import date

import pytest

from index.extract import extract_text
from index.offices import date_span

TODAY = date(2026, 11, 21)
SAID = "{lede} Presiden Lee mengatakan aliansi dengan Washington tetap kuat. “Kami akan bekerja sama,” kata Presiden Lee."


def people_and_speakers(text: str):
    art = extract_text(text, reference=TODAY)
    return sorted(art.people), [q.speaker for q in art.quotes]


@pytest.mark.parametrize("lede, who", [
    ("SEOUL, 20 Agustus 2025 -", "Lee Jae-myung"),
    ("SEOUL, 20 Agustus 2010 -", "Lee Myung-bak"),
])
def test_a_president_named_by_surname_alone_is_the_one_in_office_on_the_articles_date(lede, who):
    assert people_and_speakers(SAID.format(lede=lede)) == ([who], [who])


def test_a_date_that_straddles_a_change_of_office_names_nobody():
    people, speakers = people_and_speakers(SAID.format(lede="SEOUL, Juni 2025 -"))
    assert (people, speakers) == (["Lee"], ["Lee"])


def test_an_undated_page_takes_the_holder_in_office_with_another_official_it_names():
    text = ("Presiden Amerika Serikat Donald Trump menerima tamunya di Gedung Putih. "
            "Presiden Lee mengatakan aliansi tetap kuat. “Kami akan bekerja sama,” kata Presiden Lee.")
    people, speakers = people_and_speakers(text)
    assert "Lee Jae-myung" in people and speakers == ["Lee Jae-myung"]


def test_a_former_president_named_by_surname_alone_is_left_as_printed():
    text = "SEOUL, 20 Agustus 2025 - Mantan Presiden Lee mengatakan aliansi dengan Washington tetap kuat."
    assert people_and_speakers(text)[0] == ["Lee"]


def test_the_span_a_date_allows():
    assert date_span("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert date_span("2025") == (date(2025, 1, 1), date(2025, 12, 31))
    assert date_span("2025-08-20") == (date(2025, 8, 20), date(2025, 8, 20))
    assert date_span(None) is None
