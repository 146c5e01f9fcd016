"""People as real pages name them: rules learnt from real scraped articles, on sentences of our own."""

from __future__ import annotations

import pytest

from index.entities import extract_entities


def people(*paragraphs: str) -> list[str]:
    res = extract_entities(list(paragraphs))
    return list(dict.fromkeys(e.canonical for e in res.entities if e.type == "person"))


@pytest.mark.parametrize("sentence,person", [
    ("“Kami siap,” ungkap Laksamana Muda Angkatan Laut A.S. Dani R. Wiratama, komandan armada itu.", "Dani R. Wiratama"),
    ("“Ini ancaman,” kata Komandan Angkatan Udara Pasifik, Jenderal Harun J.O'Neill.", "Harun J.O'Neill"),
    ("Komandan pasukan gabungan, Gen Bima Santoso, memimpin latihan itu pekan lalu.", "Bima Santoso"),
    ("Abe akan ditemani Deputi PM Arif Wibisono dalam kunjungan itu.", "Arif Wibisono"),
])
def test_initials_abbreviated_ranks_and_titles_inside_titles(sentence, person):
    assert people(sentence) == [person]


def test_an_english_office_is_not_a_person():
    assert people("Rudal itu jatuh di laut, kata Joint Chiefs of Staff Korea Selatan kepada wartawan.") == []


def test_the_name_after_a_quote_tag_is_located_after_its_title():
    res = extract_entities(["“Aliansi kami kuat,” kata Menteri Pertahanan AS Lloyd Austin pada Jumat."])
    [austin] = [e for e in res.entities if e.type == "person"]
    assert (austin.canonical, austin.text) == ("Lloyd Austin", "Lloyd Austin")


def test_an_office_named_twice_stays_an_office():
    text = ["Kapal itu menjadi andalan Kelompok Kapal Induk Pemukul Satu, yang tiba di Busan.",
            "Ia memimpin Kelompok Kapal Induk Pemukul Satu sejak tahun lalu."]
    assert people(*text) == []


def test_the_last_word_of_a_text_cut_off_is_never_a_name():
    assert people("Itu tidak berdasar, tegas juru bicara Kementeria") == []


@pytest.mark.parametrize("sentence,person", [
    ("“Kami tidak akan mundur,” kata Kim seperti dilaporkan kantor berita resmi.", "Kim Jong Un"),
    ("“Kami mendukung sekutu kami,” kata Rubio kepada wartawan.", "Marco Rubio"),
    ("Presiden Yun berbicara tentang keberlanjutan kerja sama itu di Seoul.", "Yoon Suk-yeol"),
])
def test_a_surname_the_gazetteer_knows_in_a_speakers_place(sentence, person):
    assert people(sentence) == [person]


def test_a_name_after_a_preposition_is_not_the_subject_of_the_next_verb():
    got = people("Trump sendiri, pada Minggu, kepada Radio Suara Timur mengonfirmasi rencana itu.")
    assert "Suara Timur" not in got and "Radio Suara Timur" not in got


@pytest.mark.parametrize("sentence,names", [
    ("Peluncuran itu untuk menunjukkan kesiapan, demikian menurut Rina Hartono, pengamat dari Jakarta.",
     ["Rina Hartono"]),
    ("Utusan AS akan bertemu mitranya dari Jepang dan Korea Selatan, Kenji Morita dan Park Min-ho .",
     ["Kenji Morita", "Park Min-ho"]),
    ("Dewi Anggraini, utusan khusus AS untuk hak asasi manusia, juga hadir.", ["Dewi Anggraini"]),
])
def test_names_after_menurut_counterparts_and_in_apposition(sentence, names):
    assert people(sentence) == names


def test_a_comma_glued_to_the_next_name_is_read_as_a_comma():
    from index.clean import split_lines

    assert split_lines("Duta Besar Jepang di Korea Selatan,Haruto Sato, menandatangani pakta itu.")[0][0] == (
        "Duta Besar Jepang di Korea Selatan, Haruto Sato, menandatangani pakta itu.")
