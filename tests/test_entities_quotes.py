"""Entities and attributed quotes, pattern by pattern, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from index.entities import extract_entities
from index.extract import extract_text
from index.quotes import extract_quotes, find_spans

REF = date(2026, 11, 21)


def people(*paragraphs: str) -> list[str]:
    res = extract_entities(list(paragraphs))
    return list(dict.fromkeys(e.canonical for e in res.entities if e.type == "person"))


def quotes(*paragraphs: str):
    paras = list(paragraphs)
    return extract_quotes(paras, extract_entities(paras))


def speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes(*paragraphs)]


# --- entities -----------------------------------------------------------------------------

def test_countries_fold_their_aliases():
    res = extract_entities(["Latihan AS, Korsel dan Jepang dipantau RRT, sementara Korut menembakkan rudal ke arah ROK."])
    countries = {e.canonical for e in res.entities if e.type == "country"}
    assert countries == {"Amerika Serikat", "Korea Selatan", "Jepang", "China", "Korea Utara"}


@pytest.mark.parametrize("name", ["Republik Demokrasi Rakyat Korea", "Republik Rakyat Demokrasi Korea"])
def test_north_koreas_official_name_as_the_indonesian_press_spells_it(name):
    """"pemimpin Republik Demokrasi Rakyat Korea—nama resmi Korea Utara—": a country, not a
    person called "Demokrasi Rakyat"."""
    res = extract_entities([f"Trump bertemu pemimpin {name} di Singapura."])
    assert {(e.canonical, e.type) for e in res.entities if e.type in ("country", "person")} >= {("Korea Utara", "country")}
    assert not [e for e in res.entities if e.type == "person" and "Demokrasi" in e.canonical]


def test_regions_are_places_not_countries():
    res = extract_entities(["Pejabat itu terbang dari Amerika Utara ke Eropa lalu ke Asia Tenggara dan Indo-Pasifik."])
    assert not [e for e in res.entities if e.type == "country"]
    assert {"Amerika Utara", "Eropa", "Indo-Pasifik"} <= {e.canonical for e in res.entities if e.type == "place"}


def test_a_name_before_a_resident_or_a_witness_is_a_person_and_an_agency_with_a_country_is_no_person():
    """heldout21's c07 ("Andrew Kaz, seorang warga negara AS ...") and c09 ("Situs United States
    Geological Survey menyebutkan" made "Geological Survey" a person)."""
    assert people("Andrew Kaz, seorang warga negara AS yang bekerja di Kushiro, mengatakan dirinya khawatir.") \
        == ["Andrew Kaz"]
    res = extract_entities(["Situs United States Geological Survey menyebutkan, pusat guncangan di kedalaman nol."])
    assert {(e.type, e.canonical) for e in res.entities if e.type != "country"} \
        == {("organization", "United States Geological Survey")}


def test_names_run_together_are_the_people_and_a_word_with_nya_is_nobody():
    """heldout22's d22 ("Presiden Korsel,YoonSukYeol") and d19 ("Menteri Pertahananannya", a typo, was a person)."""
    assert people("Biden bersama Presiden Korsel,YoonSukYeol, dan Perdana Menteri Jepang,FumioKishida, di Camp David.") \
        == ["Joe Biden", "Yoon Suk-yeol", "Fumio Kishida"]
    assert people("Presiden Joe Biden mengirim Menteri Luar Negeri dan Menteri Pertahananannya ke Asia.") == ["Joe Biden"]


def test_a_network_is_an_organisation_not_a_person():
    """heldout22's d18: "wakil direktur Open Nuclear Network" listed a person "Open Nuclear Network"."""
    res = extract_entities(["Wakil direktur Open Nuclear Network, Budi Santoso, mengatakan parade itu penting."])
    assert {(e.type, e.canonical) for e in res.entities} == {("organization", "Open Nuclear Network"),
                                                              ("person", "Budi Santoso")}


def test_a_country_repeated_after_a_titled_name_ends_the_name():
    """heldout21's c24: "Perdana Menteri Australia Scott Morrison Australia juga ..." lost the person."""
    assert people("Perdana Menteri Australia Scott Morrison Australia juga akan hadir di Washington.") == ["Scott Morrison"]


def test_the_sea_japan_and_korea_name_differently_keeps_both_names():
    """A walker's finding: "Laut Timur" (Korea's East Sea) was shown as "Laut Jepang"."""
    res = extract_entities(["Korea Utara menembakkan rudal ke Laut Timur, lalu kapal AS berlayar di Laut Jepang."])
    assert {e.canonical for e in res.entities if e.type == "place"} == {"Laut Jepang / Laut Timur"}



@pytest.mark.parametrize("written", ["Takeshima", "Pulau Dokdo", "Kepulauan Diaoyu", "Senkaku"])
def test_a_disputed_island_keeps_both_sides_names(written):
    """A Japanese ministry's "Takeshima" was shown as Korea's "Dokdo" (and "Diaoyu" as "Senkaku"):
    the reader took one side of the dispute the analyst is reading about."""
    res = extract_entities([f"Jepang kembali mengklaim {written} dalam buku putih pertahanannya."])
    assert {e.canonical for e in res.entities if e.type == "place"} <= {"Dokdo / Takeshima", "Kepulauan Senkaku / Diaoyu"}
    assert len({e.canonical for e in res.entities if e.type == "place"}) == 1

def test_a_preposition_opening_the_sentence_is_not_part_of_a_bodys_name():
    """heldout34's walk (u18): "Melalui Kementerian Pertahanan, Seoul menyebut ..." listed the
    organisation "Melalui Kementerian Pertahanan"."""
    res = extract_entities(["Melalui Kementerian Pertahanan, Seoul menyebut bahwa kontribusinya sudah meningkat."])
    assert not [e.canonical for e in res.entities if e.canonical.startswith("Melalui")]


def test_a_militant_group_in_a_headline_is_an_organisation():
    """heldout34's walk (u03): "..., ISIS Masuk dalam Agenda ASEAN" marked no ISIS (its gold and
    heldout30's q02 list it)."""
    res = extract_entities(["Laut China Selatan, Korea Utara, ISIS Masuk dalam Agenda ASEAN"])
    assert {"ISIS", "ASEAN"} <= {e.canonical for e in res.entities if e.type == "organization"}


def test_norads_name_written_out_is_norad_not_a_place():
    """heldout35's walk (v01): "Komandan Komando Pertahanan Udara Amerika Utara (NORAD)" listed the
    place "Amerika Utara" and no NORAD."""
    res = extract_entities(["Komandan Komando Pertahanan Udara Amerika Utara (NORAD) mengatakan rudal itu terpantau."])
    found = {(e.type, e.canonical) for e in res.entities}
    assert ("organization", "NORAD") in found and ("place", "Amerika Utara") not in found


def test_a_ministry_named_without_its_country_is_the_one_of_the_minister_the_article_names():
    """heldout35's walk (v13): "kata Kementerian Pertahanan dalam sebuah pernyataan" in a story on
    Japan's minister Hamada stood for no country, so the quotes view put Japan's statement on no side."""
    paras = ["Menteri Pertahanan Jepang Yasukazu Hamada memerintahkan pasukan bersiap.",
             "“Ia berpotensi memerintahkan penghancuran rudal,” kata Kementerian Pertahanan dalam sebuah pernyataan."]
    ents = extract_entities(paras)
    assert "Kementerian Pertahanan Jepang" in {e.canonical for e in ents.entities if e.type == "organization"}
    both = extract_entities(["Menteri Pertahanan Jepang Yasukazu Hamada dan Menteri Pertahanan Korea Selatan Lee "
                             "Jong-sup bertemu.", "Kementerian Pertahanan mengatakan pertemuan itu penting."])
    assert "Kementerian Pertahanan" in {e.canonical for e in both.entities if e.type == "organization"}  # whose: unsure



def ministries(*paragraphs: str) -> list[str]:
    res = extract_entities(list(paragraphs))
    return [e.canonical for e in res.entities if e.type == "organization"]


@pytest.mark.parametrize(("paragraph", "ministry"), [
    # the page ties the bare name to a country right after it, or says whose it is
    ("Kementerian Pertahanan di Seoul pada Kamis menyampaikan bahwa latihan ditunda.",
     "Kementerian Pertahanan Korea Selatan"),
    ("“Kementerian Luar Negeri (Korsel) saat ini sedang mengadakan pertemuan,” ujarnya.",
     "Kementerian Luar Negeri Korea Selatan"),
    ("Tamu itu diterima di kantor Kementerian Pertahanan, Jakarta.", "Kementerian Pertahanan RI"),
    ("Indonesia, melalui Kementerian Luar Negeri, mengecam uji coba itu.", "Kementerian Luar Negeri RI"),
    ("Presiden Korea Selatan Moon Jae-in memerintahkan penyelidikan setelah Kementerian Pertahanannya diam.",
     "Kementerian Pertahanan Korea Selatan"),
    # no clue: it stays bare (and never keeps its "-nya")
    ("Menurut Kementerian Pertahanan, Korea Utara meluncurkan dua rudal.", "Kementerian Pertahanan"),
    ("Korea Utara meluncurkan dua rudal, kata Kementerian Pertahanan.", "Kementerian Pertahanan"),
    ("Pejabat itu memuji Kementerian Pertahanannya.", "Kementerian Pertahanan"),
])
def test_a_bare_ministry_is_the_one_of_the_country_the_sentence_ties_it_to(paragraph, ministry):
    """The blind sets: "Kementerian Pertahanan di Seoul", "Kementerian Luar Negeri (Korsel)",
    "Indonesia, melalui Kementerian Luar Negeri" and "Kementerian Pertahanannya" stood as no
    country's (or, with "-nya", as a new organisation), so their statements took no side in the
    quotes view. A country that merely follows a comma is the next clause's subject, not the owner."""
    assert ministries(paragraph)[0] == ministry


def test_a_body_named_two_ways_with_atau_still_leads_to_its_spokesperson():
    """heldout62's first run (fc05): "ucap juru bicara Kementerian Pertahanan AS atau Pentagon,
    Dana White," found no one, so the Pentagon took the quote and "lanjut dia" went to Trump."""
    said = speakers("Presiden Donald Trump menentang latihan itu.",
                    "“Latihan ditunda,” ucap juru bicara Kementerian Pertahanan AS atau Pentagon, Rina Walsh, kemarin.",
                    "“Kami tetap siaga,” lanjut dia.")
    assert said == [("Latihan ditunda", "Rina Walsh"), ("Kami tetap siaga", "Rina Walsh")]


def test_a_name_set_off_after_its_title_ends_where_the_place_of_the_meeting_begins():
    """heldout62's first run (fc08): "dengan Gubernur Texas, Greg Abbott di Gedung Putih," lost the
    governor: the apposition wanted a comma after the name. Dictionary words before "di" are no name."""
    assert people("Dalam pertemuan dengan Gubernur Ohio, Mark Delaney di Gedung Putih, Trump mengatakan itu.") == [
        "Mark Delaney", "Donald Trump"]
    assert people("Ia bertemu Gubernur Ohio, Pusat Studi di Gedung Putih.") == []


def test_a_korean_name_after_a_body_and_its_country_is_a_person_not_the_bodys_tail():
    """heldout62's first run (fc15): "Ketua Komisi Pemilihan Nasional Korea Selatan Roh Tae-ak" stood as one
    organisation ("roh" is a dictionary word), so the chairman was lost and his quote went to Yoon."""
    res = extract_entities(["Ketua Komisi Pemilihan Nasional Korea Selatan Roh Min-gyu mengatakan Lee unggul."])
    found = [(e.type, e.canonical) for e in res.entities if e.type in ("person", "organization")]
    assert found[:2] == [("organization", "Komisi Pemilihan Nasional Korea Selatan"), ("person", "Roh Min-gyu")]


@pytest.mark.parametrize(("paragraph", "person"), [
    # heldout63's first run (fb05): "Presiden Suriah Bashar al-Assad" was "Bashar"
    ("Selanjutnya, Presiden Suriah Bashar al-Assad juga berniat ke Pyongyang.", "Bashar al-Assad"),
    ("Presiden Mesir Abdel Fattah el-Sisi, katanya, akan datang.", "Abdel Fattah el-Sisi"),
    # fb08: the descriptor's words, "di" and the university, then the name set off by commas
    ("“Itu intinya,” kata akademisi kebijakan internasional di Stanford University, Dion Hallberg, kemarin.",
     "Dion Hallberg"),
    # fb13: "sekretaris pers" is a title
    ("Hal itu dikatakan sekretaris pers Gedung Putih Karin Lowell kepada wartawan.", "Karin Lowell"),
    # fb18: a negotiator, his field after the country, then his name set off by a comma at the sentence's end
    ("Permintaan ini disampaikan kepada negosiator utama Jepang dalam masalah tarif, Kenji Morioka.", "Kenji Morioka"),
    # heldout64's first run: an English rank (fa16), a judge (fa16), "bernama" (fa02), a spokesman whose
    # last name is a place's
    ("Lance Corporal Darnell Pike, 22 tahun, dinyatakan telah menyerang korban.", "Darnell Pike"),
    ("Hakim Kenji Furuta menggambarkan serangan itu sebagai tindakan kejam.", "Kenji Furuta"),
    ("Korban bernama Emi Kanashiro dilaporkan hilang sejak 28 April.", "Emi Kanashiro"),
    ("Hal itu dikatakan juru bicara Angkatan Udara AS, Travon Washington, kepada wartawan.", "Travon Washington"),
    # heldout65's first run (ez01): a Korean given name written with a dash set apart
    ("Penyerang itu diidentifikasi bernama Kim Ho – Sung, ia menyerang dubes.", "Kim Ho-sung"),
    # heldout67's first run: a name set off after a quote, then the role (ex14); a surname that is a
    # country's name after a tag (ex16)
    ("“Gagasan itu bisa dibaca dua arah,” Daniel Ward, presiden Jepang dan kepala kajian ekonomi dan keamanan di "
     "Lembaga Kajian Strategis Asia (LKSA), mengatakan kepada United Press International.", "Daniel Ward"),
    ("“Beijing tidak akan mundur soal itu,” ungkap Hiroki Togo, dosen tamu sebuah universitas di Shizuoka.", "Hiroki Togo"),
])
def test_people_behind_titles_the_first_runs_missed(paragraph, person):
    assert person in people(paragraph)


def test_a_surname_after_a_short_title_is_the_one_given_that_title_in_full():
    """heldout63's first run (fb14): "Jubir Lee melanjutkan" after "Juru Bicara Kantor Kepresidenan Lee Do-woon",
    with a former president Lee named later, listed a person "Lee"."""
    res = extract_entities(["Juru Bicara Kantor Kepresidenan Lee Han-sol mengatakan itu. Jubir Lee melanjutkan "
                            "bahwa mantan Presiden Lee Myung-bak pernah ke sana."])
    assert [e.canonical for e in res.entities if e.type == "person"] == ["Lee Han-sol", "Lee Han-sol", "Lee Myung-bak"]


def test_a_judge_named_with_a_title_is_the_one_a_later_kata_hakim_ketua_means():
    """heldout64's first run (fa15): "Hakim ketua Kazuhiko Obata mengatakan ..." then "“...,” kata hakim ketua"
    left the second quote with no speaker ("Hakim" was no title; his role read "ketua")."""
    said = speakers("Hakim ketua Kenji Furuta mengatakan perilaku itu “sangat berbahaya”.",
                    "“Rasa sakit yang dirasakannya sangat luar biasa,” kata hakim ketua, menurut surat kabar itu.")
    assert said == [("sangat berbahaya", "Kenji Furuta"), ("Rasa sakit yang dirasakannya sangat luar biasa", "Kenji Furuta")]
    res = extract_entities(["Hakim ketua Kenji Furuta mengatakan itu."])
    assert res.people["Kenji Furuta"].role == "Hakim ketua"


def test_bernama_gives_no_role_and_a_place_as_someones_last_name_stays_a_place_elsewhere():
    res = extract_entities(["Korban bernama Emi Kanashiro dilaporkan hilang.", "Presiden terbang ke Washington, Senin."])
    assert res.people["Emi Kanashiro"].role is None
    assert ("place", "Washington") in {(e.type, e.canonical) for e in res.entities}


def test_a_chairman_after_a_body_whose_name_has_a_part_in_capitals():
    """heldout65's first run (ez14): "Ketua Perhimpunan Persahabatan Indonesia-RRDK Teguh Santosa ..." then
    "kata Teguh": the walk stopped at "Indonesia-RRDK", so the chairman and his quote were lost."""
    said = speakers("Ketua Perhimpunan Persahabatan Indonesia-RRDK Budi Hartanto pada Rabu mengecam latihan itu.",
                    "“Kami menyampaikan solidaritas,” kata Budi, seperti dimuat sebuah komite.")
    assert said == [("Kami menyampaikan solidaritas", "Budi Hartanto")]


def test_a_title_in_a_body_the_gazetteer_does_not_know_gives_the_country_named_inside_it():
    """heldout62-63's walk: Roh Tae-ak ("Ketua Komisi Pemilihan Nasional Korea Selatan") stood on no side in the
    quotes view; his country is the one the body's name holds, when it holds one."""
    res = extract_entities(["Ketua Komisi Pemilihan Nasional Korea Selatan Roh Min-gyu mengatakan itu."])
    assert res.people["Roh Min-gyu"].country == "Korea Selatan"


def test_one_body_named_with_its_seat_and_a_party_in_either_word_order_are_one_entity_each():
    """The walk: "Kantor Kepresidenan Korea Selatan Cheongwadae" listed two bodies (Blue House and the office),
    and "Partai Liberal Demokrat" stood beside "Partai Demokrat Liberal"."""
    found = {e.canonical for e in extract_entities(["Kantor Kepresidenan Korea Selatan Cheongwadae menepis klaim itu.",
                                                    "Partai Liberal Demokrat menang."]).entities if e.type == "organization"}
    assert found == {"Blue House", "Partai Demokrat Liberal"}


def test_a_place_after_a_descriptor_and_di_is_still_no_persons_name():
    assert people("Kata pejabat tinggi di Izumo, kapal itu siap.") == []


def test_a_country_named_only_as_a_news_agencys_nationality_is_not_the_storys():
    """heldout62's first run (fc08): "wawancara dengan Kantor Berita Inggris Reuters" listed Britain."""
    def countries(*paragraphs):
        return {e.canonical for e in extract_entities(list(paragraphs)).entities if e.type == "country"}
    assert countries("Trump berbicara dalam wawancara dengan Kantor Berita Inggris Reuters.") == set()
    assert countries("Inggris mengirim kapal perang.", "Hal itu dilaporkan kantor berita Inggris, Reuters.") == {"Inggris"}


def test_a_sentence_case_headline_opening_with_a_name_lets_the_body_use_the_surname():
    """heldout64's first run (fa13): the headline "Oliver Stone memperkuat penentangan ..." and the body's
    "Stone, yang bertugas ... mengatakan ... “...”" found no one: six quotes had no speaker. Names made up."""
    text = ("Martin Greaves memperkuat penentangan warga terhadap pangkalan baru\n\n"
            "Greaves, yang pernah bertugas sebagai prajurit, mengatakan dalam wawancara, “Saya merasa ini koloni”.\n\n"
            "“Mereka tidak punya nyali,” tambahnya.\n")
    art = extract_text(text)
    assert art.people == ["Martin Greaves"]
    assert [q.speaker for q in art.quotes] == ["Martin Greaves", "Martin Greaves"]
    # a headline in title case names no one the gazetteer does not know; dictionary words are no name
    assert extract_text("Pasukan Khusus Memperkuat Penjagaan Pangkalan\n\nKhusus hari ini, pasukan bersiaga.\n").people == []


def test_a_bare_ministry_after_the_same_ministry_written_in_full_is_that_one():
    assert ministries("Kementerian Pertahanan Jepang mengumumkan rencana baru.",
                      "Kementerian Pertahanan akan mengevaluasi kembali penempatan sistem itu.") == [
        "Kementerian Pertahanan Jepang", "Kementerian Pertahanan Jepang"]
    assert ministries("Pentagon mengumumkan rencana baru.", "Kementerian Pertahanan mengatakan itu penting.") == [
        "Pentagon", "Kementerian Pertahanan"]  # "Pentagon" is not the bare name written out

def test_a_surname_two_people_share_is_the_one_the_article_gave_that_title():
    """heldout38's first run (f08): "kata jenderal Kim lagi" after "jenderal Kim ..." and "pemimpin
    Kim ..." listed a person "Kim" and gave him the quote. Names made up here."""
    text = ("Korut Siapkan Rencana\n\nKantor berita KCNA mengutip jenderal Ri Yong-sik yang mengatakan tentara siap.\n\n"
            "Rencana akan diserahkan kepada pemimpin Ri Pyong-chol dan tinggal “menunggu perintahnya”, kata jenderal Ri lagi.\n\n"
            "Pernyataan jenderal Ri itu adalah ancaman terbaru.\n")
    art = extract_text(text)
    assert art.people == ["Ri Yong-sik", "Ri Pyong-chol"]
    assert [(q.text, q.speaker) for q in art.quotes] == [("menunggu perintahnya", "Ri Yong-sik")]


def test_a_surname_the_text_writes_after_another_given_name_is_not_the_gazetteers_person():
    """heldout41's first run (fz09, fz10): a story on a soldier "Travis King" listed the gazetteer's
    envoy Robert R. King for every "King" and "Prajurit King". The soldier's name is made up here."""
    paras = ["Amerika Serikat tidak punya kabar tentang tentaranya, Marlon King, yang menyeberang ke Korea Utara.",
             "Menurut polisi, King sudah ditahan dua bulan.", "Motif King belum diketahui.",
             "“Kami berusaha mendapatkan informasi tentang Prajurit King,” kata juru bicara Deplu AS Matthew Miller."]
    people = {e.canonical for e in extract_entities(paras).entities if e.type == "person"}
    assert people == {"Marlon King", "Matthew Miller"}
    ranked = extract_entities(["Tamtama Marlon King ditahan di Korea Utara.", "Keluarga King menunggu kabar."])
    assert {e.canonical for e in ranked.entities if e.type == "person"} == {"Marlon King"}


def test_heldout40_first_run_people_and_countries():
    """heldout40's first run: a site's address named a country (fy03, "dikutip dari India.com"); an
    English rank did not introduce a name (fy06, "Cmdr. Bryce Benson"; made up here); a surname that
    ends a sentence after its verb of saying was no one (fy16, "..., ujar Suga.")."""
    def found(text: str, etype: str) -> set[str]:
        return {e.canonical for e in extract_entities([text]).entities if e.type == etype}

    assert found("Kunjungan itu penting, kata juru bicara Gedung Putih, seperti dikutip dari India.com.", "country") == set()
    assert found("Perwira komandan kapal itu, Cmdr. Dale Morrow, termasuk di antara korban yang terluka.", "person") \
        == {"Dale Morrow"}
    assert found("Presiden Park juga akan menghadiri upacara serupa di Seoul, ujar Suga.", "person") >= {"Yoshihide Suga"}


def test_a_national_security_council_named_without_its_country_puts_no_one_on_the_us_side():
    """heldout41's walk (fz02): "Wakil Direktur NSC Kim You Geun", Seoul's official protesting to the North, was counted
    on the US side of the quotes view: "NSC" alone was the US council. Names made up here."""
    art = extract_text("Korsel Kecewa atas Peledakan Kantor Penghubung\n\nWakil Direktur NSC Park Sang-min mengatakan, \"Pemerintah Korsel kecewa.\"\n\n"
                       "Juru Bicara Dewan Keamanan Nasional AS Dale Morrow juga berkomentar.\n")
    assert dict((name, country) for name, _role, country in art.people_info) == {
        "Park Sang-min": None, "Dale Morrow": "Amerika Serikat"}


def test_an_ambassador_is_of_the_country_that_sends_him_not_the_one_he_is_sent_to():
    """heldout57's first run (fh01, fh04): "Duta Besar Jepang untuk Indonesia Yasuaki Tanizaki" was listed as
    Indonesia's, and "ungkap Dubes Jepang" found no one; names made up here."""
    art = extract_text("Dubes Bertemu Menhan\n\nDuta Besar Jepang untuk Indonesia Kenji Morita menemui Menteri Pertahanan. "
                       "\u201cKami ingin kerja sama yang lebih erat,\u201d ungkap Dubes Jepang.\n\nMenteri Luar Negeri Korea "
                       "Selatan Cho Tae-yul juga hadir.\n")
    assert dict((name, country) for name, _role, country in art.people_info) == {
        "Kenji Morita": "Jepang", "Cho Tae-yul": "Korea Selatan"}
    assert [q.speaker for q in art.quotes] == ["Kenji Morita"]


def test_an_official_is_of_the_country_of_the_body_their_office_belongs_to():
    """heldout83's walk (eh05): "Direktur Jenderal Urusan Nuklir Korut Kemlu Korsel Lee Tae-woo" was North Korea's (the
    country his portfolio is about), and Seoul's envoy Kim Gunn and lawmaker Lee Seong-kweun, named with no country,
    stood on no side of the quotes view. Park Min-jae is made up here."""
    art = extract_text("Pencurian Kripto Korut\n\nDirektur Jenderal Urusan Nuklir Korut Kemlu Korsel Park Min-jae mengatakan "
                       "Pyongyang telah mencuri uang kripto.\n\n\u201cIni ancaman nyata,\u201d kata Kim Gunn, perwakilan khusus "
                       "untuk urusan perdamaian Semenanjung Korea.\n")
    assert dict((name, country) for name, _role, country in art.people_info) == {
        "Park Min-jae": "Korea Selatan", "Kim Gunn": "Korea Selatan"}


@pytest.mark.parametrize("sentence, persons", [
    # a place after "di" right after the title's words: where, not who
    ("Menlu India Subrahmanyam Jaishankar tiba menjelang Pertemuan Menteri Quad di Iikura Guest House, Tokyo.",
     ["Subrahmanyam Jaishankar"]),
    # a drill's name before a verb: the drill's, not a person's
    ("Korsel menyambutnya. \u201cLatihan Freedom Edge menunjukkan komitmen kami,\u201d kata militer.", []),
    # a field of an office ("Bidang Politik, Hukum dan Keamanan"): no name
    ("Hal itu dicetuskan saat Menteri Koordinator Bidang Politik, Hukum dan Keamanan bertemu duta besar.", []),
    # a middle initial without its full stop; an office's words, then a degree, then the name
    ("Hadir Duta Besar Indonesia untuk Korea Selatan John A Prasetio, Dirjen Pothan Kemhan Dr. Timbul Siahaan, dan "
     "lainnya.", ["John A Prasetio", "Timbul Siahaan"]),
])
def test_what_follows_a_title_that_is_no_persons_name(sentence, persons):
    """heldout56-57's first runs (fi14, fi16, fh04, fh02): "Iikura Guest House", "Freedom Edge", "Bidang Politik" and
    "Kemhan Dr" were listed as people, and "John A Prasetio" was not."""
    assert people(sentence) == persons


def test_an_offices_number_a_ranks_grade_and_a_middle_initial_written_both_ways():
    """heldout56's first run (fi15): "Kepala Staf Divisi Marinir ke-3 AS Neil Owens" and "Kopral Dua Jamel Clayton" were
    no one; fy04 writes "Joseph P Aucoin" and "Joseph Aucoin" (one person). Names made up here."""
    art = extract_text("Marinir AS Minta Maaf\n\nPermintaan maaf disampaikan Kolonel Kepala Staf Divisi Marinir ke-3 AS "
                       "Dale Morrow di Okinawa. Sepekan sebelumnya Kopral Dua Ricky Alvarez dihukum penjara.\n\n"
                       "Komandan Armada ke-7 AS Peter J Harlan tiba. \u201cKami menyesal,\u201d kata Komandan Peter Harlan.\n")
    info = {name: (role, country) for name, role, country in art.people_info}
    assert info["Dale Morrow"] == ("Kolonel Kepala Staf Divisi Marinir ke-3 AS", "Amerika Serikat")
    assert info["Ricky Alvarez"][0] == "Kopral Dua"
    assert "Peter Harlan" in info and "Peter J Harlan" not in info


def test_indonesias_security_officials_are_known_and_a_cue_opening_one_of_their_roles_names_it():
    """heldout57's first run (fh04, fh06, fh07): "Wiranto menyatakan ..." found no one (a single name) and the quote after
    it went to no one; "Kepala Staf Kepresidenan (KSP) Moeldoko" was listed by the gazetteer's first role."""
    art = extract_text("Jepang Ingin Perkuat Kerja Sama\n\nDalam pertemuan tertutup itu, Wiranto menyatakan bahwa Jepang "
                       "mengharapkan hubungan yang meningkat.\n\n\u201cTapi intinya Jepang tetap harapkan hubungan yang terus "
                       "meningkat antara Jepang dan Indonesia.\u201d\n\nHadir pula Kepala Staf Kepresidenan (KSP) Moeldoko.\n")
    info = {name: role for name, role, _country in art.people_info}
    assert info == {"Wiranto": "Menteri Koordinator Bidang Politik, Hukum dan Keamanan",
                    "Moeldoko": "Kepala Staf Kepresidenan"}
    assert [q.speaker for q in art.quotes] == ["Wiranto"]


def test_a_sentences_subject_the_next_sentence_calls_ia_is_a_person():
    """heldout50's fo14: "Koichiro Iizuka masih balita ... . Ia juga ... mengatakan ... “...,” katanya." was no one, and
    his words went to the mother quoted before him. Names made up here; a place so placed stays a place."""
    art = extract_text("Keluarga Korban Bertemu Trump\n\n\u201cKami melihat kemajuan,\u201d kata Sakie Yokota.\n\nHaruto "
                       "Nakagawa masih balita ketika ibunya diculik. Ia juga berterima kasih. \u201cKami ingin keluarga "
                       "kami kembali,\u201d katanya.\n\nSelat Tsushima ramai dilalui kapal. Ia menjadi jalur penting.\n")
    assert [q.speaker for q in art.quotes] == ["Sakie Yokota", "Haruto Nakagawa"]
    assert "Selat Tsushima" not in art.people


def test_a_street_named_after_a_city_is_no_mention_of_the_city():
    """heldout57's walk (fh04, fh06, fh16): "Jalan Medan Merdeka Barat" and "Jl Medan Merdeka Utara" listed the city Medan."""
    for sentence in ("Kantornya di Jalan Medan Merdeka Barat, Jakarta.", "Istana Merdeka, Jl Medan Merdeka Utara, Jakarta."):
        assert "Medan" not in {e.canonical for e in extract_entities([sentence]).entities}
    assert "Medan" in {e.canonical for e in extract_entities(["Ia terbang ke Medan kemarin."]).entities}


def test_a_misspelt_title_before_a_known_persons_name_is_no_part_of_it():
    """heldout42's first run (fw15): the caption "Menteri Pertahan Hisunori Onodera menyatakan ..." listed a person
    "Pertahan Hisunori Onodera" beside Itsunori Onodera."""
    res = extract_entities(["Menteri Pertahan Hisunori Onodera menyatakan Jepang dan AS harus tetap waspada."])
    assert {e.canonical for e in res.entities if e.type == "person"} == {"Itsunori Onodera"}


def test_heldout44_first_run_people():
    """heldout44's first run: "Kim Hyon Hui, mata-mata Korea Utara ..." listed "Hyon Hui" (fu06); "kata Defense
    Acquisition Program Administration (DAPA)" listed a person "Acquisition Program Administration" (fu08)."""
    def people(text: str) -> set[str]:
        return {e.canonical for e in extract_entities([text]).entities if e.type == "person"}

    assert people("Pada tahun 1997, Kim Hyon Hui, mata-mata Korea Utara yang ditangkap, menyatakan hal itu.") == {"Kim Hyon-hui"}
    res = extract_entities(["“Kami memperluas kemampuan kami,” kata Defense Acquisition Program Administration (DAPA)."])
    assert ("organization", "Administrasi Program Akuisisi Pertahanan") in {(e.type, e.canonical) for e in res.entities}
    assert people("“Penerbangan dihentikan,” kata Federal Aviation Administration pada Senin.") == set()
    # heldout44's first run (fu07): a whole name after the verb that tags reported speech; one word may be a firm's
    assert people("Serangan diperkirakan akan berlanjut, kata Yasuhiro Tsuki pada konferensi pers reguler.") == {"Yasuhiro Tsuki"}
    assert people("Dana itu masih ditahan, kata Chainalysis dalam laporannya.") == set()
    # heldout45's first run (ft10): a school as a verb's subject, after a university the gazetteer knows
    assert people("Pakar dari Sogang University International College mengatakan aliansi itu penting.") == set()


def test_a_name_with_a_curly_apostrophe_is_the_gazetteers():
    """heldout37's first run (x03): "Surat kabar People’s Daily ... mengecam" made a person of the paper
    (the gazetteer spells it with a straight apostrophe)."""
    res = extract_entities(["Surat kabar People’s Daily, corong Partai Komunis China, mengecam keras penempatan THAAD."])
    assert ("organization", "People's Daily") in {(e.type, e.canonical) for e in res.entities}
    assert not [e for e in res.entities if e.type == "person"]


def test_a_news_agencys_name_and_a_language_name_no_country():
    res = extract_entities(["Menurut Agence France-Presse, rekaman diputar dalam bahasa Inggris di Seoul."])
    assert not {e.canonical for e in res.entities if e.type == "country"}


def test_a_stateless_groups_name_names_no_country_but_a_countrys_ministry_does():
    """heldout120's first run (cw01): "disandera Negara Islam Irak dan Suriah (ISIS)" listed Iraq and Syria as the
    story's countries."""
    res = extract_entities(["Dua warga Jepang disandera Negara Islam Irak dan Suriah (ISIS) di Timur Tengah."])
    assert {e.canonical for e in res.entities if e.type == "country"} == {"Jepang"}
    res = extract_entities(["Kementerian Luar Negeri Irak mengecam serangan itu."])
    assert {e.canonical for e in res.entities if e.type == "country"} == {"Irak"}


def test_csis_is_one_body_by_its_letters_and_by_its_name_however_spelled():
    """The walk through heldout117-118 (cz11): "Center for Strategic International Studies (CSIS)" then "kata CSIS":
    org:CSIS found nothing, the gazetteer knew neither."""
    paras = ["Sementara itu, Center for Strategic International Studies (CSIS) menilai Yoon akan bersikap tegas.",
             "“Yoon akan merespons provokasi dengan lebih tegas,” kata CSIS."]
    res = extract_entities(paras)
    assert {e.canonical for e in res.entities if e.type == "organization"} == {"CSIS"}
    assert [(q.source, q.side) for q in quotes(*paras)] == [("CSIS", None)]  # two institutes share the name: no side


def test_the_seventh_fleet_spelled_in_words_is_the_fleet_not_its_country():
    """The walk through heldout119-120 (cw04): "Armada ke tujuh Amerika di Pasifik melaporkan ..." gave the fleet's
    statement to the country "Amerika Serikat"."""
    paras = ["Armada ke tujuh Amerika di Pasifik melaporkan, pernyataan itu berbunyi “Komandan kapal terluka dan "
             "dalam kondisi stabil.”"]
    assert [(q.speaker, q.source) for q in quotes(*paras)] == [(None, "Armada Ketujuh AS")]


def test_a_currency_named_by_its_country_names_no_country():
    """heldout52-53's walk: "2,9 triliun dolar AS" alone counted the United States in three articles."""
    res = extract_entities(["Kontrak fregat itu bernilai 6,5 miliar dolar AS, dibayar sebagian dalam yen Jepang."])
    assert not {e.canonical for e in res.entities if e.type == "country"}
    res = extract_entities(["Presiden AS Joe Biden menyetujui bantuan 2 miliar dolar."])
    assert "Amerika Serikat" in {e.canonical for e in res.entities if e.type == "country"}


def test_a_country_inside_an_organisation_name_is_listed_too():
    res = extract_entities(["Juru bicara Kementerian Luar Negeri China menolak berkomentar."])
    assert "China" in {e.canonical for e in res.entities if e.type == "country"}


@pytest.mark.parametrize("sentence, person", [
    ("Presiden Fumio Kishida tiba di Canberra pada malam hari.", "Fumio Kishida"),
    ("Menhan Pete Hegseth memeriksa pasukan di Guam.", "Pete Hegseth"),
    ("Laksamana Samuel Paparo memimpin latihan itu.", "Samuel Paparo"),
    ("Duta Besar AS untuk Jepang Rahm Emanuel hadir di Tokyo.", "Rahm Emanuel"),
    ("Juru bicara Kementerian Unifikasi Koo Byoung-sam menolak tuduhan itu.", "Koo Byoung-sam"),
    ("Pengamat hubungan internasional Universitas Airlangga, Laras Wibowo, menilai langkah itu tepat.", "Laras Wibowo"),
    ("Peneliti senior Pusat Kajian Strategis (PKS) Jakarta, Arif Budiman, mengingatkan risikonya.", "Arif Budiman"),
    ("Ibu Sri Rahayu menyampaikan pendapatnya kepada panitia.", "Sri Rahayu"),
])
def test_people_after_title_cues(sentence, person):
    assert person in people(sentence)


def test_a_title_is_not_part_of_the_name():
    names = people("Menteri Pertahanan Korea Selatan Ahn Gyu-back dan Kepala Staf Gabungan Jenderal Kim Myung-soo bertemu.")
    assert "Ahn Gyu-back" in names
    assert all(not n.startswith(("Menteri", "Kepala", "Jenderal")) for n in names)


def test_jenderal_before_a_japanese_surname_keeps_the_surname():
    names = people("Menteri Pertahanan Jepang Jenderal Takahashi meninjau pangkalan di Okinawa.")
    assert names == ["Takahashi"]


def test_a_person_after_an_english_institutions_name_is_a_person():
    """heldout20's z29: "Korea University Shin-wha Lee" was one organisation."""
    assert people("Profesor hubungan internasional Korea University Shin-wha Lee mengatakan fokusnya pertahanan.") \
        == ["Shin-wha Lee"]


@pytest.mark.parametrize("text,org", [
    ("Laksamana Muda AS Kenji Aramaki, komandan Carrier Strike Group Nine.", "Carrier Strike Group Nine"),
    ("Kapal itu bergabung dengan latihan.Carrier Strike Group Eleven (CSG 11) AS dipimpin kapal induk.",
     "Carrier Strike Group Eleven"),
    ("Profesor hubungan internasional Korea University Shin-wha Lee mengatakan fokusnya pertahanan.", "Korea University"),
])
def test_an_english_name_keeps_its_office_words_before_the_head(text, org):
    """heldout33's walk: "Carrier Strike Group Nine" was listed as the organisation "Group Nine"."""
    from index.entities import extract_entities

    found = [e.canonical for e in extract_entities([text]).entities if e.type == "organization"]
    assert found == [org]


def test_a_surname_several_people_share_is_the_one_in_office_with_the_others_named():
    """heldout20's z04: "Obama dan Park" (Park Geun-hye, not Park Jin, foreign minister 2022-24)."""
    assert people("Obama dan Park berbicara lewat telepon. Kantor kepresidenan Park menyatakan hal itu.") \
        == ["Barack Obama", "Park Geun-hye"]
    assert people("Park berbicara lewat telepon. Kantor kepresidenan Park menyatakan hal itu.") == []  # nobody to date it


def test_surnames_resolve_to_the_full_name_introduced_earlier():
    res = extract_entities([
        "Menteri Pertahanan Lloyd Austin tiba di Manila.",
        "Austin kemudian bertemu pejabat setempat, dan Austin menegaskan komitmennya.",
    ])
    later = [e for e in res.entities if e.paragraph == 1 and e.type == "person"]
    assert [(e.text, e.canonical) for e in later] == [("Austin", "Lloyd Austin"), ("Austin", "Lloyd Austin")]


def test_the_subject_of_a_reporting_verb_is_a_person():
    assert "Dewi Anggraini" in people("Dewi Anggraini mengatakan latihan itu bersifat defensif.")


def test_capitalised_words_at_sentence_start_are_not_people():
    assert people("Sementara itu, Pemerintah Daerah mengatakan jalan sudah dibuka.") == []


def test_nothing_is_extracted_from_removed_teasers():
    art = extract_text(
        "Jakarta (ANTARA) - Menteri Luar Negeri Sugiono bertemu mitranya di Jakarta pada Senin (9/1/2023).\n"
        "Baca Juga: Benjamin Netanyahu Tolak Gencatan Senjata di Gaza\n"
        "Keduanya membahas kerja sama kawasan dan situasi di Semenanjung Korea.\n",
        reference=REF,
    )
    assert "Benjamin Netanyahu" not in art.people
    assert "Sugiono" in art.people


def test_entity_offsets_point_at_the_text():
    paras = ["Perdana Menteri Jepang Shigeru Ishiba bertemu Presiden Lee Jae-myung di Tokyo."]
    for e in extract_entities(paras).entities:
        assert paras[e.paragraph][e.start:e.end] == e.text


# --- quote spans ----------------------------------------------------------------------------

def test_curly_and_straight_quotes():
    got = speakers('“Kami siap,” kata Menteri Pertahanan Minoru Kihara. "Kami juga waspada," tambahnya.')
    assert got == [("Kami siap", "Minoru Kihara"), ("Kami juga waspada", "Minoru Kihara")]


def test_a_quote_over_two_paragraphs():
    got = quotes(
        "Menteri Luar Negeri Antony Blinken mengatakan, “Kerja sama ini penting bagi kawasan.",
        "“Kami akan terus hadir di sini untuk waktu yang lama,” katanya.",
    )
    assert [(q.paragraph, q.text[:20], q.speaker) for q in got] == [
        (0, "Kerja sama ini penti", "Antony Blinken"),
        (1, "Kami akan terus hadi", "Antony Blinken"),
    ]


def test_a_short_fragment_inside_a_sentence():
    got = speakers("Penasihat Keamanan Nasional Jake Sullivan menyebut aliansi itu sebagai “jangkar stabilitas” di kawasan.")
    assert got == [("jangkar stabilitas", "Jake Sullivan")]


def test_an_unclosed_mark_never_swallows_the_article():
    paras = [
        "Pejabat itu berkata “kami belum memutuskan apa pun hari ini.",
        "Pertemuan berikutnya dijadwalkan bulan depan di Seoul.",
        "Para menteri juga membahas anggaran pertahanan.",
    ]
    # the closing mark was lost: the quote ends with its own paragraph, never later
    assert [(q.paragraph, q.text) for q in quotes(*paras)] == [(0, "kami belum memutuskan apa pun hari ini.")]
    assert quotes("Harga cabai naik “tajam sekali.", paras[1]) == []


def test_a_stray_mark_is_not_a_quote():
    assert quotes('Layar kapal itu berukuran 12" dan tiangnya setinggi sepuluh meter.') == []
    assert find_spans(['Harga naik 5" tapi turun lagi.']) == []


# --- attribution ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "“Kami tidak akan mundur,” ujar Presiden Ferdinand Marcos Jr.",
    "“Kami tidak akan mundur,” tegas Presiden Ferdinand Marcos Jr. kepada wartawan.",
    "Presiden Ferdinand Marcos Jr. mengatakan, “Kami tidak akan mundur.”",
    "Presiden Ferdinand Marcos Jr. menyatakan: “Kami tidak akan mundur.”",
    "Menurut Presiden Ferdinand Marcos Jr., “Kami tidak akan mundur.”",
    "“Kami tidak akan mundur,” kata Presiden Ferdinand Marcos Jr. kepada wartawan di Manila.",
])
def test_reporting_patterns(sentence):
    got = speakers(sentence)
    assert got and got[0][1] == "Ferdinand Marcos Jr.", got


def test_suffix_forms_and_pronouns_take_the_nearest_earlier_speaker():
    got = speakers(
        "Menteri Luar Negeri Takeshi Iwaya berbicara setelah pertemuan.",
        "“Kami sepakat memperdalam kerja sama,” ujarnya.",
        "“Itu baru langkah awal,” imbuhnya.",
        "Ia mengatakan, “Kami akan bertemu lagi tahun depan.”",
    )
    assert [s for _t, s in got] == ["Takeshi Iwaya"] * 3


def test_reported_speech_counts_as_the_latest_speaker():
    got = speakers(
        "“Latihan ini defensif,” kata Menteri Pertahanan Pete Hegseth.",
        "Menteri Pertahanan Jepang Gen Nakatani menambahkan, kedua negara akan memperluas produksi rudal.",
        "“Kami butuh basis industri yang kuat,” katanya.",
    )
    assert got[-1][1] == "Gen Nakatani"


def test_a_role_noun_resolves_to_the_person_with_that_role():
    got = speakers(
        "Presiden Donald Trump bertemu Perdana Menteri Shigeru Ishiba di Washington.",
        "Setelah pertemuan, presiden AS mengatakan hubungan kedua negara “sangat kuat”.",
    )
    assert got == [("sangat kuat", "Donald Trump")]


def test_two_speakers_in_one_paragraph():
    got = speakers("“Kami siap berdialog,” kata Presiden Lee Jae-myung, sementara Kim Yo Jong menyebut tawaran itu “tidak berguna”.")
    assert got == [("Kami siap berdialog", "Lee Jae-myung"), ("tidak berguna", "Kim Yo Jong")]


def test_a_speaker_named_only_after_the_quote():
    got = speakers("“Situasinya paling parah sejak perang berakhir,” kata Menteri Pertahanan Jepang Minoru Kihara kepada wartawan.")
    assert got == [("Situasinya paling parah sejak perang berakhir", "Minoru Kihara")]


def test_a_scare_quoted_word_with_no_speaker_is_not_speech():
    assert quotes("Latihan itu sekadar “pertunjukan” belaka bagi banyak warga.") == []
    assert quotes("Latihan “Freedom Edge” dimulai di lepas pantai Jeju pada Senin.") == []


def test_a_few_words_in_marks_that_open_a_sentence_going_on_about_them_are_a_things_name():
    """heldout122's first run (cu12): '“Surat cinta” Kim Jong-un dan Trump yang diketahui ... akhirnya dipublikasikan.'
    was a quote of no one. A short quote that opens its sentence and is tagged, or closes it, stays speech."""
    assert quotes("“Surat cinta” kedua pemimpin itu akhirnya dipublikasikan.") == []
    assert [q.text for q in quotes("“Kami siap berunding,” kata Kim.")] == ["Kami siap berunding"]
    assert [q.text for q in quotes("“Tidak ada komentar.” Pejabat itu lalu pergi.")] == ["Tidak ada komentar."]


def test_words_on_a_banner_are_no_quote():
    """Once a quote with no speaker; three held-out sets' annotators (realdev_b b04, heldout48 fq01, heldout50
    fo03) count what a banner or a placard reads as no one's quote, and the reader had put one on the US side."""
    assert quotes("Sebuah spanduk di depan pangkalan bertuliskan “tidak ada pangkalan baru di pulau ini” dalam dua bahasa.") == []
    # heldout119's first run (cx02): a colon between the word and the marks
    assert quotes('Sebuah spanduk bertuliskan: "Kami tidak akan biarkan Jepang berperang" dibawa seorang peserta aksi.') == []


def test_an_organisation_is_a_source_not_a_speaker():
    got = quotes("Kementerian Luar Negeri China menyatakan, “Kami menentang campur tangan asing.”")
    assert got[0].speaker is None and got[0].source == "Kementerian Luar Negeri China"


def test_a_joint_statement_is_a_source():
    got = quotes("Dalam pernyataan bersama, kedua menteri menyatakan: “Kami berkomitmen pada perdamaian.”")
    assert got[0].speaker is None and "pernyataan" in got[0].source


def test_quote_offsets_point_at_the_text():
    paras = ["“Kami siap,” kata Menteri Pertahanan Minoru Kihara, “dan kami waspada.”"]
    for q in quotes(*paras):
        assert paras[q.paragraph][q.start:q.end] == q.text


def test_a_speaker_after_an_organisation_in_their_title():
    got = speakers("“Kami menolak tuduhan itu,” ujar juru bicara Kementerian Luar Negeri China Mao Ning di Beijing.")
    assert got == [("Kami menolak tuduhan itu", "Mao Ning")]


def test_the_speaker_named_in_the_next_sentence():
    got = speakers("“Latihan ini bukan ancaman.” Pernyataan itu disampaikan Laksamana Muda Arif Santoso kepada wartawan.")
    assert got == [("Latihan ini bukan ancaman.", "Arif Santoso")]


def test_a_shared_surname_goes_to_the_person_named_last_before_it():
    res = extract_entities([
        "Kim Yo Jong mengecam latihan itu pada pagi hari.",
        "Siangnya Kim Jong Un meninjau peluncuran rudal. Kim menyebut uji coba itu berhasil.",
    ])
    short = [e for e in res.entities if e.text == "Kim"]
    assert [e.canonical for e in short] == ["Kim Jong Un"]


@pytest.mark.parametrize("paragraphs,expected", [
    # the one named last as a clause's subject, not the relative named after him
    (["Kim Jong Un meninjau uji coba itu bersama putrinya Kim Ju Ae, yang disebut penerusnya. "
      "Kim memuji para ilmuwan."], "Kim Jong Un"),
    # no subject among them: the one named last
    (["Foto itu memperlihatkan Kim Jong Un dan adiknya Kim Yo Jong. Kim tersenyum."], "Kim Yo Jong"),
])
def test_a_shared_surname_goes_to_the_subject_named_last_before_it(paragraphs, expected):
    short = [e for e in extract_entities(paragraphs).entities if e.text == "Kim"]
    assert [e.canonical for e in short] == [expected]


def test_a_name_on_a_building_is_not_a_person():
    assert "Kim Il Sung" not in people("Upacara digelar di Kim Il Sung Square, Pyongyang.")


@pytest.mark.parametrize("text,expected", [
    ("Juru Bicara Divisi Marinir ke-2 AS Kevin Dalton mengatakan latihan berjalan lancar.", ["Kevin Dalton"]),
    ("TV Hokuto, mengutip sumber pemerintah, melaporkan rudal itu jatuh di laut.", []),
])
def test_units_and_broadcasters_words_are_never_a_persons_name(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a headline in capitals: a title cue, then the headline's own words
    ("Presiden Korea Selatan di Tengah Ketegangan Diplomatik Bertemu Mitranya", []),
    ("Pejabat Tinggi Jepang Kunjungi Kuil Kontroversial, China dan Korsel Protes", []),
    # names of roots, or a foreign name that looks affixed, stay names
    ("Perdana Menteri Giorgia Meloni tiba di Tokyo.", ["Giorgia Meloni"]),
    ("Pengamat Rahmat Hidayat menilai latihan itu wajar.", ["Rahmat Hidayat"]),
    # "Pihak" is the side of someone, never a first name
    ("Pihak Mitsubishi menyayangkan putusan itu.", []),
    # a headline's verb ends a name; a headline's word named nowhere else is none
    ("Baca Juga: Perdana Menteri Baru Kanada Temui Trudeau", []),
    ("Menteri Pertahanan Mundur, Penasihat Presiden Ikut Diperiksa", []),
    # a compass word left in English by a translation
    ("Menurut pejabat South, kapal itu tenggelam.", []),
    # a dynasty is no person; the Kim it names is the leader
    ("Generasi ketiga Dinasti Kim mengatakan pasukannya siap.", ["Kim Jong Un"]),
    # a name after a title in the body, or known from elsewhere, stays
    ("Menteri Pertahanan Halim tiba di Seoul. Halim bertemu mitranya.", ["Halim"]),
    ("Panglima TNI Hadi Tjahjanto tiba di Seoul.", ["Hadi Tjahjanto"]),
])
def test_a_headlines_words_are_no_name_but_names_of_roots_are(text, expected):
    assert people(text) == expected


def test_a_title_opening_an_apposition_leaves_the_name_to_its_own_cue():
    got = people("Menteri Luar Negeri Retno Marsudi tiba di Seoul.",
                 "Sebagai Utusan Khusus Presiden RI, Menlu Retno akan bertemu Presiden Korea Selatan.")
    assert got == ["Retno Marsudi"]


def test_a_countrys_epithet_is_the_country():
    res = extract_entities(["Kecemasan melanda para pejabat negara Matahari Terbit dan Negeri Ginseng."])
    assert [(e.canonical, e.type) for e in res.entities] == [("Jepang", "country"), ("Korea Selatan", "country")]


@pytest.mark.parametrize("text,expected", [
    ("Presiden Terpilih sekaligus Menteri Pertahanan itu mengundang pemimpin Korea Utara.", []),
    ("Situs USGS menyebutkan pusat guncangan berada di dekat lokasi uji coba.", []),
])
def test_an_affixed_word_after_a_title_and_a_website_are_no_names(text, expected):
    assert people(text) == expected


def test_the_spokesperson_of_a_named_official_is_the_name_set_off_after_them():
    res = extract_entities(["Juru bicara Presiden Lee Jae-myung, Kang Yu-jung, mengatakan Seoul menolak tuduhan itu."])
    assert res.people["Kang Yu-jung"].role == "Juru bicara Presiden Lee Jae-myung"
    assert res.people["Lee Jae-myung"].role != "Juru bicara"
    assert speakers("Juru bicara Presiden Lee Jae-myung, Kang Yu-jung, mengatakan “Kami menolak tuduhan itu.”") \
        == [("Kami menolak tuduhan itu.", "Kang Yu-jung")]


def test_a_surname_in_the_first_paragraph_is_the_person_the_headline_names():
    res = extract_entities(["Berbicara dari balkon, Kim menuturkan negaranya tidak akan menyerang lebih dulu.",
                            "Duyeon Kim, peneliti senior di Seoul, menilai pidato itu lebih lunak.",
                            "“Ia berusaha tidak memprovokasi,” ujar Duyeon Kim."],
                           known=("Kim Jong Un",))
    assert [e.canonical for e in res.entities if e.text == "Kim"] == ["Kim Jong Un"]


def test_a_promise_after_the_quote_is_the_latest_speakers():
    got = speakers("Presiden Korea Selatan Lee Jae-myung berbicara di depan parlemen.",
                   "“Kami tidak akan mundur,” janjinya.")
    assert got == [("Kami tidak akan mundur", "Lee Jae-myung")]
    assert quotes("Presiden Korea Selatan Lee Jae-myung berbicara di depan parlemen.",
                  "“Kami tidak akan mundur,” janjinya.")[0].cue.startswith("janjinya")


def test_a_subject_far_back_does_not_take_a_surname_from_the_person_named_last():
    res = extract_entities([
        "Presiden Korea Selatan Lee Jae-myung mengunjungi Tokyo pada Agustus.",
        "Pembicaraan itu berlangsung singkat.",
        "Lloyd Austin bertemu dengan Menteri Pertahanan Korea Selatan Lee Jong-sup di Seoul.",
        "Lee mengatakan kedua negara akan berlatih bersama.",
    ])
    assert [e.canonical for e in res.entities if e.text == "Lee"] == ["Lee Jong-sup"]


def test_a_place_named_after_a_person_is_no_person():
    assert people("Parade digelar di Lapangan Kim Il Sung, Pyongyang.") == []
    # heldout116 (da18): a word of what the institution teaches between ("Universitas Politik Kim Il-sung")
    assert people("Ia mengunjungi Universitas Politik Kim Il-sung di Pyongyang.") == []


def test_a_charge_daffaires_is_named_by_the_title_and_speaks():
    text = ("Kuasa Usaha Ad Interim KBRI Manila Ratna Sari Hutapea mengapresiasi latihan itu.",
            "“Kami mendukung penuh kerja sama ini,” ujar KUAI KBRI Manila Ratna Sari Hutapea.")
    assert people(*text) == ["Ratna Sari Hutapea"]
    assert speakers(*text) == [("Kami mendukung penuh kerja sama ini", "Ratna Sari Hutapea")]


def test_a_month_between_a_day_and_a_year_is_no_short_name():
    res = extract_entities(["Fri, 07 Jun 2024 Posted by Admin",
                            "Wakil Menteri Luar Negeri Korea Selatan Lee Jun mengatakan balon itu berbahaya."])
    assert [(e.text, e.paragraph) for e in res.entities if e.type == "person"] == [("Lee Jun", 1)]


def test_the_articles_title_for_someone_replaces_the_gazetteers_first_when_they_held_it():
    res = extract_entities(["Menteri Pertahanan (Menhan) RI Prabowo Subianto bertemu Menhan Jepang Taro Kono di Tokyo."])
    assert res.people["Prabowo Subianto"].role == "Menteri Pertahanan"  # the gazetteer's first: Presiden
    res = extract_entities(["Direktur Prabowo Subianto tiba di Tokyo."])  # never his title: the gazetteer's stays
    assert res.people["Prabowo Subianto"].role == "Presiden"


def test_a_us_state_after_a_title_cue_is_a_place_not_a_person():
    found = people("Kedua pemimpin berbicara dua hari di klub presiden Mar-a-Lago di Florida, lalu ke Texas.")
    assert "Florida" not in found and "Texas" not in found


def test_a_right_mark_glued_between_a_sentence_and_a_capital_opens_or_closes_by_what_is_open():
    opened = "Menteri itu mengatakan kerja sama meluas.”Ada Korea Utara, misalnya, yang harus dicegah. ”"
    assert [opened[s.start:s.end] for s in find_spans([opened])] == ["Ada Korea Utara, misalnya, yang harus dicegah. "]
    closed = "“Kami siap.”Menteri itu lalu pergi meninggalkan ruangan."
    assert [closed[s.start:s.end] for s in find_spans([closed])] == ["Kami siap."]


def test_an_acronym_after_a_title_cue_is_a_body_not_a_person():
    assert people("Pejabat USGS mengatakan, gempa itu terjadi di sekitar lokasi uji coba.") == []
    assert people("Menurut Budi Santoso, gempa itu kecil.") == ["Budi Santoso"]


def test_a_body_named_by_an_agent_noun_is_no_person_but_a_name_of_everyday_words_is():
    assert people("Kapal itu tenggelam, kata Penjaga Pantai dalam sebuah pernyataan. "
                  "Penjaga Pantai mengatakan dua kapal patroli dikirim.") == []
    assert people("Menurut Intan Permata, latihan itu rutin.") == ["Intan Permata"]


def test_an_english_office_in_brackets_after_a_title_is_no_person():
    assert people("“Latihan ini rutin,” kata Kepala Staf Gabungan (Joint Chief of Staff) kepada wartawan.") == []


@pytest.mark.parametrize("text, expected", [
    # a building or place named by its noun is no person, even after a title
    ("Perdana Menteri itu berdiri di samping Presiden Amerika di Istana Akasaka di Tokyo.", []),
    # "kota X": a city, not the official's name
    ("Pejabat dari kota Tomigusuku mengatakan jendela itu jatuh dari helikopter.", []),
    # an English firm's name after an analyst's title
    ("“Ia belum menunjukkan keahlian,” kata Joseph Hartley, analis di Kestrel Advisory di Tokyo.", ["Joseph Hartley"]),
    # a campaign's name with an acronym in it is no person
    ("Warga Sagami menolak. Komite Darurat Warga Sagami Anti Penempatan THAAD menyatakan penolakan mereka.", []),
    # initials first are still a name
    ("“Itu wajar,” kata TB Hasanuddin kepada wartawan.", ["TB Hasanuddin"]),
    # "Bupati" is a title, not part of the name
    ("Sepuluh warga termasuk Bupati Park Sung-ho menulis surat protes.", ["Park Sung-ho"]),
])
def test_places_firms_campaigns_and_titles_are_kept_out_of_names(text, expected):
    assert people(text) == expected


def test_a_mayor_named_by_city_and_surname_is_the_person_the_surname_names():
    text = ["Pejabat kota Tomigusuku menyambut hasil itu.", "Menurut Kenji Aramaki, hasil itu sudah diduga.",
            "Ia menang di depan mantan Wali Kota Tomigusuku Aramaki, yang dicalonkan LDP."]
    assert people(*text) == ["Kenji Aramaki"]


def test_a_widgets_powered_by_credit_is_never_the_title():
    from index.clean import clean

    head = "Jepang dan Amerika Perkuat Komando Gabungan di Tokyo"
    c = clean(f"Sosial Media\npowered by Lintas Widget\n0\n\n{head}\n\n"
              "TOKYO - Amerika Serikat dan Jepang sepakat memperkuat komando gabungan pasukan mereka di Tokyo.\n")
    assert c.title == head and "powered by Lintas Widget" in [r.text for r in c.removed]


def test_a_party_with_nya_glued_on_is_the_party():
    res = extract_entities(["Dalam pertemuan dengan jajaran Partai Buruh-nya Abe, Kono berujar sulit memilih lokasi."])
    assert "Partai Buruh" in [e.canonical for e in res.entities if e.type == "organization"]


def test_a_known_three_word_name_with_its_last_word_cut_short_is_that_person():
    assert people("“Kantor itu akan runtuh,” kata Kim Yo Jo, adik Kim Jong Un, kepada media pemerintah.") == [
        "Kim Yo Jong", "Kim Jong Un"]
    assert "Kim Jong Un" not in people("Menurut Kim Jong, pejabat itu, latihan akan digelar.")  # two words: not cut


def test_a_name_cut_off_by_the_pages_end_names_no_one():
    assert people("Jenazah kedua korban ditemukan. Gubernur Okinawa, Takeshi On") == []
    assert people("Jenazah kedua korban ditemukan. Gubernur Okinawa, Takeshi Onaga") == ["Takeshi Onaga"]
    # heldout97's dt13: "imbuh Kim Tae-h" at the page's end, after "Kim Tae-hyo": no second person, and the quote his
    art = extract_text("Judul Berita Pengarahan\n\nKata Wakil Penasihat Keamanan Nasional Korsel, Kim Tae-hyo, dalam "
                       "pengarahan.\n\n“Kedua presiden menegaskan kembali komitmen mereka,” imbuh Kim Tae-h")
    assert art.people == ["Kim Tae-hyo"] and [q.speaker for q in art.quotes] == ["Kim Tae-hyo"]


def test_an_organisation_keeps_its_whole_name_past_a_common_word_and_a_place():
    """"Partai Massa Sosial Okinawa" was cut to "Partai Massa": "Sosial" also stood in
    "Partai Sosial Demokrat" and was taken for a name used alone; and a place at a name's
    end ("... Okinawa") stopped it. A full stop after the name is not part of it."""
    res = extract_entities(["Partai Komunis Jepang, Partai Sosial Demokrat, dan Partai Massa Sosial Okinawa, sebuah partai "
                            "regional, menang.",
                            "Ia berbicara di Institut Kebijakan Tomigusuku Universitas Negeri Arizona."])
    orgs = {e.text for e in res.entities if e.type == "organization"}
    assert {"Partai Sosial Demokrat", "Partai Massa Sosial Okinawa"} <= orgs
    assert "Institut Kebijakan Tomigusuku Universitas Negeri Arizona" in orgs
    assert not any(o.endswith(".") for o in orgs)


@pytest.mark.parametrize("text, present, absent", [
    # a body's acronym between the title and the name is not the name's first word
    ("“Sampel dibawa ke lab,” kata juru bicara BPOM Rina Hartati. (Reuters)", "Rina Hartati", "BPOM Rina Hartati"),
    # an English institution after a title is no one's name
    ("“Ini eufemisme,” ujar Rina Hartati, seorang pejabat senior Kabarnusa Endowment for Peace.",
     "Rina Hartati", "Kabarnusa Endowment"),
    # an agent noun before a known person: that person's successor, not a name
    ("Pengganti Abe, PM Yoshihide Suga, diharapkan menyusun rencana rudal baru.", "Yoshihide Suga", "Pengganti Abe"),
    # a dictionary word glued to the last word of a name the gazetteer knows
    ("KTT di Washington bersama Presiden AS Donald Trumpterutama pada masalah perdagangan.",
     "Donald Trump", "Donald Trumpterutama"),
])
def test_what_stands_beside_a_name_is_not_part_of_it(text, present, absent):
    found = people(text)
    assert present in found and absent not in found, found


def test_an_organisation_found_by_its_shape_ends_with_its_sentence():
    text = "Ia tiba pekan lalu dari Korea Utara. Badan Antariksa Nasional Kabarnusa menyambut Rina Hartati. Lalu ia pergi."
    orgs = [e.canonical for e in extract_entities([text]).entities if e.type == "organization"]
    assert orgs == ["Badan Antariksa Nasional Kabarnusa"], orgs


def test_a_person_set_off_by_commas_after_a_sentence_ending_in_a_place():
    found = people("Presiden Kenji Aramaki tiba di Tokyo. Sayaka Tomimura, seorang peneliti senior, mengatakan hal itu.")
    assert "Sayaka Tomimura" in found, found
    assert "Michael S. Wosje" in people("Michael S. Wosje, seorang peneliti senior, mengatakan hal itu.")


def test_a_ships_name_is_the_ship_wherever_it_stands():
    """heldout19: "USS Carl Vinson" tiba ..., then "kedatangan Carl Vinson": a person Carl Vinson."""
    got = people("Kapal induk AS, USS Carl Vinson, tiba di pelabuhan Busan pada Selasa.",
                 "Laksamana Muda Kim Ji-hoon mengatakan, kedatangan Carl Vinson menunjukkan postur pertahanan yang kuat.")
    assert got == ["Kim Ji-hoon"]


def test_the_end_of_a_longer_name_is_the_same_person():
    """A walker's finding on heldout26's l22: "Yo Jong mengatakan ..." made a second person, and
    quotes side by side set Kim Yo Jong against "Yo Jong"."""
    paras = ("Wakil Direktur Departemen Partai Buruh Korea Kim Yo Jong mengecam latihan gabungan itu pada Senin.",
             "Yo Jong mengatakan “energi perang” telah mencapai “ambang ledakan” di kawasan.")
    assert people(*paras) == ["Kim Yo Jong"]
    assert speakers(*paras) == [("energi perang", "Kim Yo Jong"), ("ambang ledakan", "Kim Yo Jong")]
    # two longer names end so: neither is assumed
    two = people("Kim Yo Jong dan Park Yo Jong hadir dalam pertemuan itu.", "Yo Jong mengatakan hal itu kepada wartawan.")
    assert two == ["Kim Yo Jong", "Park Yo-jong", "Yo Jong"]


def test_someone_described_then_named_and_named_again_in_full():
    """heldout27's m04 (first run): "seorang perempuan berusia 20 tahun, Rina Shimabukuro" was nobody,
    and a name found by a cue was counted as two mentions where it stood again in full."""
    res = extract_entities(["Protes dipicu pembunuhan seorang perempuan berusia 20 tahun, Rina Shimabukuro, bulan lalu.",
                            "Unjuk rasa dimulai dengan hening cipta untuk mengenang Rina Shimabukuro."])
    assert [(e.text, e.canonical, e.paragraph) for e in res.entities if e.type == "person"] == [
        ("Rina Shimabukuro", "Rina Shimabukuro", 0), ("Rina Shimabukuro", "Rina Shimabukuro", 1)]


def test_a_bare_ministry_abbreviation_is_the_one_ministry_the_article_names():
    """A walker's finding on heldout27's m29: "Kemenhan mengungkapkan, “...”" in a story naming one defence
    ministry was left to "Kemenhan" (the gazetteer alone reads it as Indonesia's)."""
    said = "Kemenhan mengungkapkan, “Grup musik militer akan ikut dalam festival itu.”"
    got = quotes("Kementerian Pertahanan Jepang menggelar latihan bersama pekan lalu.", said)
    assert [(q.speaker, q.source) for q in got] == [(None, "Kementerian Pertahanan Jepang")]
    two = quotes("Kementerian Pertahanan Jepang dan Kementerian Pertahanan Korea Selatan bertemu.", said)
    assert [q.source for q in two] == ["Kemenhan"]  # two ministries: neither is assumed


def test_a_korean_name_with_a_capital_after_its_hyphen_and_less_common_surnames():
    """heldout28's n03 (first run): "Akademik Cheong Seong-Chang dari Sejong Institute misalnya, mengatakan, “...”"
    named nobody, and the quote had no speaker."""
    assert people("Akademik Cheong Seong-Chang dari Sejong Institute misalnya, mengatakan hal itu.") == ["Cheong Seong-chang"]
    assert speakers("Akademik Cheong Seong-Chang dari Sejong Institute misalnya, mengatakan, “Jika kita memiliki "
                    "senjata nuklir, kami akan aman.”") == [("Jika kita memiliki senjata nuklir, kami akan aman.",
                                                              "Cheong Seong-chang")]


def test_japans_navy_is_its_maritime_self_defense_force_not_the_sea_of_japan():
    """heldout29's walk (p10): "Kapal Angkatan Laut Jepang" listed the place "Laut Jepang / Laut
    Timur" (the Sea of Japan) and no navy."""
    found = {(e.type, e.canonical) for e in extract_entities(["Kapal Angkatan Laut Jepang berlayar ke Busan."]).entities}
    assert ("organization", "Pasukan Bela Diri Maritim Jepang") in found
    assert not any(t == "place" and name.startswith("Laut Jepang") for t, name in found)
    sea = {(e.type, e.canonical) for e in extract_entities(["Rudal itu jatuh di Laut Jepang."]).entities}
    assert ("place", "Laut Jepang / Laut Timur") in sea


def test_pak_before_a_korean_given_name_is_the_family_name():
    """heldout58's first run (fg03): "warga Korut, Pak Kum Hyang" was "Kum Hyang" ("Pak" read as Mr);
    "Pak" before an Indonesian name stays the honorific."""
    assert people("“Kami mendukung pemimpin kami,” ujar warga Korut, Pak Kum Hyang, kepada Associated Press.") == [
        "Pak Kum-hyang"]
    assert people("Pak Agus Yani mengatakan latihan itu penting bagi kawasan.") == ["Agus Yani"]


def test_a_long_title_in_marks_is_no_ones_words():
    """heldout58's first run (fg16): Kim Yo Jong "menyebut bahwa “Pedoman untuk Deterensi Nuklir dan Operasi
    Nuklir di Semenanjung Korea” yang disusun oleh AS" was her quote; a seminar's title after someone's
    quote was theirs too (fp05)."""
    said = speakers("Wakil Direktur Departemen Kim Yo Jong menyebut bahwa “Pedoman untuk Deterensi Nuklir dan Operasi "
                    "Nuklir di Semenanjung Korea” yang disusun oleh AS adalah gagasan berbahaya. “Kami akan menanggapi "
                    "dengan tegas,” katanya.")
    assert [text for text, _who in said] == ["Kami akan menanggapi dengan tegas"]
    # heldout60's first run (fe15): an English title of four capitalised words
    assert speakers("Sayangnya, \"The Spirit of Camp David\" kini telah menjadi surat mati, kata Lee.") == []


def test_a_known_two_word_korean_name_carried_on_by_a_third_syllable_is_another_person():
    """heldout66 (ey04, ey07): "Park Jin Hyok" was read as the former foreign minister Park Jin; "Jon Chang
    Hyok" was missed (Jon, the northern spelling of Jeon)."""
    paras = ["Salah satu terdakwa adalah Park Jin Hyok, yang dituduh mencuri. Selain Park, ada Jon Sung Ho."]
    people = [p.canonical for p in extract_entities(paras).entities if p.type == "person"]
    assert "Park Jin" not in people and "Park Jin-hyok" in people and "Jon Sung-ho" in people
    # the minister himself is still the minister
    paras = ["Menteri Luar Negeri Korea Selatan Park Jin bertemu mitranya di Tokyo."]
    assert "Park Jin" in [p.canonical for p in extract_entities(paras).entities if p.type == "person"]


@pytest.mark.parametrize("paragraph, person", [
    # heldout69 (ev10): "Letnan Kolonen Dave Eastburn": a rank mistyped was read as the name's first word
    ("Pentagon menjawab melalui Juru Bicara Pentagon, Letnan Kolonen Rick Holloway hari Kamis.", "Rick Holloway"),
    # heldout68 (ew02): "memecat rival politiknya, Riek Machar, dari jabatan" named nobody
    ("Perang pecah setelah presiden memecat rival politiknya, Nyandeng Malek, dari kabinet.", "Nyandeng Malek"),
])
def test_a_mistyped_rank_and_a_rival_set_off_by_commas(paragraph, person):
    assert person in [e.canonical for e in extract_entities([paragraph]).entities if e.type == "person"]


def test_what_a_name_after_a_quotes_tag_is_set_off_by_commas_gives_the_role_and_country():
    """heldout68-69's walk: "tegas Park Tae-sung, Pejabat Senior Kementerian Perdagangan Korsel, seperti dikutip
    Reuters" left him tied to no country, so quotes side by side counted his words in no side."""
    paras = ["“Langkah itu melanggar aturan dagang,” tegas Kim Do-hyun, Pejabat Senior Kementerian Perdagangan Korsel, "
             "seperti dikutip Reuters, Senin (1/7)."]
    info = extract_entities(paras).people["Kim Do-hyun"]
    assert (info.role, info.country) == ("Pejabat Senior Kementerian Perdagangan Korsel", "Korea Selatan")


def test_a_ministry_followed_by_a_countrys_epithet_in_small_letters_is_that_countrys():
    """heldout68-69's walk (ew11): "Kementerian Luar Negeri negeri ginseng telah memanggil dubes Jepang" was the US
    State Department (the secretary of state named before); the epithet in small letters named no country."""
    paras = ["Menteri Luar Negeri AS Rudi Carter tiba di Seoul. Kementerian Luar Negeri negeri ginseng kemudian "
             "memanggil duta besar Jepang."]
    ents = extract_entities(paras).entities
    assert ("organization", "Kementerian Luar Negeri Korea Selatan") in {(e.type, e.canonical) for e in ents}
    assert ("country", "Korea Selatan") in {(e.type, e.canonical) for e in ents}


def test_initials_after_a_cue_are_a_body_and_a_list_after_yakni_names_its_people():
    """heldout70's first run (eu16): "pengajar FISIP UI" made "FISIP UI" a person, a lecturer; "yakni Cecep Hidayat
    (dosen ...), Yandry Kurniawan, dan Suzie Sri Suparin Sudarman (keduanya adalah dosen ...)" named no one.
    Names made up here."""
    people = {e.canonical for e in extract_entities(["Acara itu, kata pengajar FISIP UI, sangat penting."]).entities
              if e.type == "person"}
    assert people == set()
    paras = ["Tiga pengajar menjadi pembicara dalam seminar ini, yakni Budi Hartawan (dosen Ilmu Politik), Yosua "
             "Kurniadi, dan Sinta Dewi Purnama Sari (keduanya adalah dosen Hubungan Internasional). Mereka berbicara."]
    people = {e.canonical for e in extract_entities(paras).entities if e.type == "person"}
    assert {"Budi Hartawan", "Yosua Kurniadi", "Sinta Dewi Purnama Sari"} <= people


@pytest.mark.parametrize("paragraph", [
    "Tokyo menyesalkan putusan Mahkamah Agung Korsel yang memerintahkan ganti rugi.",
    "Uang itu dibayarkan setelah pengadilan tertinggi Korea Selatan memerintahkan perusahaan membayar.",
])
def test_south_koreas_supreme_court_however_written_is_an_organisation(paragraph):
    """heldout68-69's walk: the court behind the forced-labour rulings was missed on four pages of six."""
    ents = extract_entities([paragraph]).entities
    assert ("organization", "Mahkamah Agung Korea Selatan") in {(e.type, e.canonical) for e in ents}


def test_a_spokesman_of_a_bare_ministry_the_page_ties_to_a_country_and_jurubicara_as_one_word():
    """heldout70-71's walk: Moon Sang-gyun ("juru bicara Kementerian Pertahanan", a Seoul story) and Matthew
    Miller ("Jurubicara Departemen Luar Negeri AS, Matthew Miller") were on no side of quotes side by side.
    Names made up here."""
    paras = ["Korea Utara siap menguji lagi kapan saja, kata Kementerian Pertahanan Korea Selatan pada Senin.",
             "\"Intelijen Korea Selatan dan Amerika Serikat menilai Korea Utara siap,\" kata juru bicara Kementerian "
             "Pertahanan Kim Do-hyun kepada para wartawan.", "Kim menambahkan bahwa pasukan tetap siaga."]
    assert extract_entities(paras).people["Kim Do-hyun"].country == "Korea Selatan"
    paras = ["Jurubicara Departemen Luar Negeri AS, Peter Wallace memuji kesepakatan ini."]
    info = extract_entities(paras).people["Peter Wallace"]
    assert info.country == "Amerika Serikat"


def test_names_heldout72_73_cut_short_or_read_as_someone_else():
    """heldout72-73's first runs (names made up here): a quote's tag after three title words kept only the
    given name; a two-word Korean name the gazetteer knows was read inside a longer one with a syllable
    in small letters; a particle glued to a name's end ("-lah") was read as its syllable; an age set off by
    commas after a name with a capital inside ("McLean") was missed; a named petty officer ("bintara
    bernama") and an acting official set off by a comma ("Penjabat Asisten Jaksa Agung, X dari ...") were
    nobody; a site that wrote a quote ("tulis USNI News") was taken for a person."""
    assert people("\"Mereka perampok bank,\" ujar Asisten Jaksa Agung Peter Hollings.") == ["Peter Hollings"]
    assert people("Duta Besar Korea Selatan untuk AS, Cho Hyun-dong mengatakan kedua negara maju.") == ["Cho Hyun-dong"]
    assert people("Daftar itu memuat Park Jin-hyok yang terkenal dan dua peretas lain.") == ["Park Jin-hyok"]
    assert people("Mereka dikenai sanksi pekan lalu. Kim Ryu Song-lah yang dituduh meraup uang itu.") == ["Kim Ryu-song"]
    assert people("Menurut laporan itu, Nicholas Harper-McLean, 20, mengendarai truk militer.") == ["Nicholas Harper-McLean"]
    assert people("Larangan itu menyusul penahanan seorang bintara bernama Aimee Delgado di pangkalan.") == ["Aimee Delgado"]
    said = speakers("\"Langkah ini membuka jaringan mereka,\" kata Penjabat Asisten Jaksa Agung, Brian Whitcombe dari "
                    "divisi kriminal Departemen Kehakiman.")
    assert said == [("Langkah ini membuka jaringan mereka", "Brian Whitcombe")]
    paras = ["\"Jepang kini lebih mampu menjadi mitra yang beroperasi bersama,\" tulis USNI News."]
    res = extract_entities(paras)
    assert ("organization", "USNI News") in {(e.type, e.canonical) for e in res.entities} and not people(*paras)
    assert [(q.speaker, q.source) for q in quotes(*paras)] == [(None, "USNI News")]


def test_a_name_after_a_kin_word_is_the_parents_not_the_one_a_short_form_names():
    """heldout72's es10: "Anak Kim Jong-il itu juga menyinggung ..." names Kim Jong Un by his father; the
    "Kim" quoted after it was given to Kim Jong Il."""
    paras = ["Pemimpin Korea Utara Kim Jong-un memerintahkan militer untuk siaga.",
             "Kim Jong-un menyebut latihan itu berbahaya.",
             "Anak Kim Jong-il itu juga menyinggung pertemuan puncak terkini.",
             "\"Angkatan laut kita harus bekerja keras,\" kata Kim ketika memperingati hari jadi itu."]
    assert speakers(*paras) == [("Angkatan laut kita harus bekerja keras", "Kim Jong Un")]


def test_a_name_set_off_by_what_the_person_is_after_a_sentences_first_word_is_a_person():
    """heldout84's eg15, first run: "Bagi Georgi Engelbrecht, seorang analis senior di ..., pertemuan ..." lost the
    analyst (the run of capitals began with "Bagi"). Names of our own."""
    assert people("Bagi Hendrik Vollmer, seorang analis senior di lembaga itu, pertemuan tersebut tidak mengejutkan.") == [
        "Hendrik Vollmer"]


def test_someones_kin_and_the_one_whose_kin_they_are_are_both_people():
    """heldout80's ek11: "Shigeru Yokota, ayah dari Megumi Yokota, ..." found neither by a cue; the daughter was
    lost, and her surname read as her father. Names of our own, in no gazetteer."""
    assert people("TOKYO - Hideo Matsunaga, ayah dari Ayumi Matsunaga, meninggal dunia dalam usia 90 tahun.") == [
        "Hideo Matsunaga", "Ayumi Matsunaga"]
    assert people("Ia adalah adik perempuan Haruto Kashiwagi dan bekerja di Osaka.") == ["Haruto Kashiwagi"]
    assert people("Pangeran itu adalah putra Mahkota Kerajaan dan tiba di Jakarta.") == []  # a title's words
    paras = ["Hideo Matsunaga, ayah dari Ayumi Matsunaga, meninggal dunia.",
             "\u201cKita harus terus berjuang,\u201d kata Matsunaga dalam wawancara terakhirnya."]
    assert speakers(*paras) == [("Kita harus terus berjuang", "Hideo Matsunaga")]  # the father, not his daughter


def test_a_scare_quote_after_he_considered_it_is_the_persons_before():
    """heldout72's es12: "Ia menganggapnya sebagai ... “perluasan yang berbahaya”" is Rutte's."""
    paras = ["Sekjen aliansi Mark Halvorsen mengatakan, pengerahan itu merupakan “eskalasi yang signifikan” dari "
             "keterlibatan Pyongyang dalam “perang ilegal Rusia” di Ukraina.",
             "Ia menganggapnya sebagai pelanggaran resolusi Dewan Keamanan PBB dan “perluasan yang berbahaya” dari perang itu."]
    assert speakers(*paras)[-1] == ("perluasan yang berbahaya", "Mark Halvorsen")


def test_a_known_name_with_the_next_word_glued_on_is_the_person():
    """heldout72's es17 (a machine translation): "disambut Lee Jae Myungpresiden baru Korea Selatan" lost the
    president; a word glued to a name's end that is no word of the language still bars a short name."""
    assert "Lee Jae-myung" in people("Trump disambut Lee Jae Myungpresiden baru Korea Selatan di Gedung Putih.")
    assert "Shinzo Abe" not in people("Toko Shinzo Abeno di kota itu ramai dikunjungi.")  # two letters glued: no word


def test_the_head_of_an_international_body_speaks_for_no_country():
    """heldout72-73's walk: quotes side by side filed NATO's secretary general under a "Netherlands" side
    (and the UN's under South Korea). As their own country's officer, they stay on its side."""
    from index.quote_views import QuoteCorpus

    paras = ["\"Kerja sama militer itu ancaman bagi keamanan kawasan,\" ucap Sekjen NATO Mark Rutte di Brussel."]
    info = extract_entities(paras).people["Mark Rutte"]
    assert info.country is None
    art = extract_text("Rutte Kecam Kerja Sama\n\nBRUSSEL - " + paras[0] + "\n")
    assert QuoteCorpus.build([("a", art)]).country_of["Mark Rutte"] is None
    paras = ["\"Kami mendukung Ukraina,\" kata Perdana Menteri Belanda Mark Rutte di Den Haag."]
    assert extract_entities(paras).people["Mark Rutte"].country == "Belanda"


def test_unesco_of_the_heritage_disputes_is_an_international_organisation():
    """heldout73's Sado-mine pages (the walk): org:UNESCO found nothing; the gazetteer did not know it."""
    ents = extract_entities(["Jepang mendaftarkan tambang itu ke UNESCO pada Februari."]).entities
    assert ("organization", "UNESCO") in {(e.type, e.canonical) for e in ents}


def test_a_verb_of_saying_after_a_comma_with_no_subject_is_the_clauses_subjects():
    """heldout75's ep04 (and heldout50's fo13): "Presiden Donald Trump mengeluarkan ultimatum ke Korea Utara,
    memperingatkan Pyongyang ... atau akan “...”" gave the quote to nobody."""
    said = speakers("Awal bulan ini, Presiden Donald Trump mengeluarkan ultimatum keras ke Korea Utara, memperingatkan "
                    "Pyongyang untuk tidak melakukan ancaman lagi atau akan “menghadapi api dan kemarahan yang belum pernah ada.”")
    assert said == [("menghadapi api dan kemarahan yang belum pernah ada.", "Donald Trump")]


def test_two_languages_joined_after_bahasa_are_no_countries():
    """heldout75's ep09 (the walk): "bahasa Jepang dan Inggris" listed the United Kingdom."""
    ents = extract_entities(["Video itu diberi teks dalam bahasa Jepang dan Inggris oleh kementerian."]).entities
    assert not [e for e in ents if e.type == "country"]


def test_the_body_a_tag_points_back_to_is_the_speaker_before_a_name_later_in_the_sentence():
    """heldout75's ep16 (the walk): "“...”, kata badan tersebut, sementara Kim menggambarkan ..." gave KCNA's
    words to Kim Jong Un at 90%: the body just named ("menurut KCNA") says them."""
    said = [(q.speaker, q.source) for q in quotes(
        "Uji coba itu sukses, menurut KCNA. Rudal tersebut kini \"sistem senjata yang sudah disempurnakan\", kata badan "
        "tersebut, sementara Kim menggambarkan peluncuran itu sebagai \"tindakan militer yang tepat\".")]
    assert said == [(None, "KCNA"), ("Kim Jong Un", None)]


def test_a_ministrys_abbreviation_with_its_country_is_that_countrys_ministry():
    """heldout74's eq13 (the walk): "“...,” tulis Kemenlu Jepang melalui Mofa" left three quotes unattributed;
    the gazetteer knows the ministry only in full."""
    paras = ["\"Perjanjian itu menetapkan prosedur kerja sama kedua pasukan,\" tulis Kemenlu Jepang melalui Mofa."]
    ents = extract_entities(paras).entities
    assert ("organization", "Kementerian Luar Negeri Jepang") in {(e.type, e.canonical) for e in ents}
    assert ("country", "Jepang") in {(e.type, e.canonical) for e in ents}  # the country is still named
    assert [(q.speaker, q.source) for q in quotes(*paras)] == [(None, "Kementerian Luar Negeri Jepang")]


def test_dan_opening_a_sentence_before_an_unknown_word_and_its_description_is_a_given_name():
    """heldout75's ep06 (the walk): "Dan Scavino, staf Trump di Gedung Putih, ..." was read as "and Scavino",
    and nobody; "Dan Jepang, sebagai sekutu, ..." is still "and Japan"."""
    assert "Dan Scavino" in people("Kedua pemimpin berbicara. Dan Scavino, staf Trump di Gedung Putih, memasang foto.")
    assert people("Dan Jepang, sebagai sekutu, ikut berlatih.") == []


def test_heldout77_and_76_a_trade_representative_and_a_misprinted_surname_after_a_title():
    """heldout77's and heldout76's first runs (sentences of our own): "Perwakilan Dagang AS X" named no
    person; "Perdana Menteri Kishisa" in a story that named Kishida was a second prime minister."""
    assert people("Perwakilan Dagang AS Rina Wulandari bertemu mitranya di Tokyo.") == ["Rina Wulandari"]
    assert people("Presiden Joe Biden berdiri di samping Kishida dan Yoon.",
                  "Sementara itu, Perdana Menteri Kishisa mengatakan kerja sama itu penting.") \
        == ["Joe Biden", "Fumio Kishida", "Yoon Suk-yeol"]
    assert "Tanakka" in " ".join(people("Perdana Menteri Tanakka tiba di Seoul."))  # one letter off no one named here


def test_heldout79_titles_without_stops_a_misprinted_full_name_and_a_study_programme():
    """heldout79's first run (sentences of our own): "Prof"/"Dr" without their stops stayed in the names
    ("Prof Widodo ..."), and an institute's name ran over "Dr" into the next person's; "Oishi Makato" then
    "Oishi Makoto" were two people; "Ketua Program Studi ..." made "Program Studi" a person."""
    got = people("Pelatihan diikuti Dirjen Prof Rudi Santoso, Direktur Pusat Kajian Hukum Dr Bayu Wiratama, "
                 "dan Ketua Program Studi S3 Universitas Diponegoro Prof Adi Wijaya.",
                 "Prof Tanaka Hiroshi menjelaskan aturan itu.", "Foto: Prof Tanaka Hiroshu di Osaka.")
    assert got == ["Rudi Santoso", "Bayu Wiratama", "Adi Wijaya", "Tanaka Hiroshi"]
    orgs = [e.canonical for e in extract_entities(["Direktur Pusat Kajian Hukum Universitas Jember Dr Bayu Wiratama "
                                                   "hadir."]).entities if e.type == "organization"]
    assert orgs == ["Pusat Kajian Hukum Universitas Jember"]


def test_heldout82_a_coordinating_ministers_short_title_is_no_person():
    """heldout82's first run (sentences of our own): "kunjungan kehormatan ke Menko Polhukam, Menhan Korsel Jeong
    Kyeong-Doo" made "Menko Polhukam" a person, and "Kemenko Polhukam" made "Polhukam" the same one; "Menko"
    now opens a title, the portfolios ("Polhukam", "Perekonomian", "Marves") are words of titles."""
    assert people("Sebelum ke Menko Polhukam, Menhan Korsel Jeong Kyeong-Doo bertemu Menhan Rudi Hartono.",
                  "Rapat digelar di Kantor Kemenko Polhukam, Jakarta.") == ["Jeong Kyeong-doo", "Rudi Hartono"]
    assert people("Menko Perekonomian Budi Santoso dan Menko Marves Adi Wijaya hadir.") == ["Budi Santoso", "Adi Wijaya"]
    assert speakers("“Kami protes keras,” tekan PM Jepang Fumio Kishida kemarin.") == [("Kami protes keras", "Fumio Kishida")]


def test_heldout82_a_title_joined_by_dan_and_a_name_opened_by_muhammad():
    """heldout82's first run (ei03, sentences of our own): "jelas Direktur Kerja Sama Politik dan Keamanan ASEAN
    Mochamad Chandra Widya Yudha", later "tambah Chandra", found only "Chandra": the title stopped at "dan", and
    a name picked from its short form dropped the "Mochamad" that opens it."""
    got = speakers("“Menteri Korut akan hadir,” jelas Direktur Kerja Sama Politik dan Keamanan ASEAN Mochamad Budi "
                   "Widya Santoso di Jakarta.", "“Hubungan kita baik,” tambah Budi.")
    assert got == [("Menteri Korut akan hadir", "Mochamad Budi Widya Santoso"), ("Hubungan kita baik", "Mochamad Budi Widya Santoso")]
    assert people("kata Presiden Rudi Hartono dan Menteri Adi Wijaya.") == ["Rudi Hartono", "Adi Wijaya"]


def test_a_given_name_written_twice_in_a_long_name_and_a_doubled_word_keep_the_whole_name():
    """heldout127's first run (cp05, cp16; sentences of our own): "Panglima TLDM Ahmad Kamarulzaman Ahmad
    Badaruddin" was "Ahmad Badaruddin" (the name's own second "Ahmad" counted as the text using "Ahmad"
    apart), and "Dr. Didik Gunawan Gunawan Suharto" (a doubled word) was "Gunawan Suharto"."""
    assert people("Panglima TLDM Ahmad Rizal Ahmad Faizal mengatakan dua kapal dikerahkan.") == ["Ahmad Rizal Ahmad Faizal"]
    assert people("Dekan FISIP, Dr. Budi Gunawan Gunawan Santoso, turut hadir dalam kuliah umum itu.") == ["Budi Gunawan Santoso"]


def test_lalu_inside_a_name_before_muhammad_is_the_names_first_word():
    """heldout130's first run (cm01; sentences of our own): "Direktur Perlindungan Warga Negara Indonesia (PWNI)
    Lalu Muhammad Iqbal mengungkapkan" was "Muhammad Iqbal": "Lalu" (then) opens sentences, but in capitals inside
    the run after a title, before a given name that opens names, it is a Sasak noble's first name."""
    said = speakers("Direktur Perlindungan Warga Negara Indonesia (PWNI) Lalu Muhammad Rizal mengungkapkan hal itu.",
                    "“Belum ada imbauan,” kata Rizal.")
    assert said == [("Belum ada imbauan", "Lalu Muhammad Rizal")]
    assert people("Direktur Lalu Ahmad Fauzi mengatakan hal itu.") == ["Lalu Ahmad Fauzi"]
    # opening the sentence, it is "then"
    assert people("Pasukan tiba di perbatasan. Lalu Muhammad Rizal mengatakan hal itu.") == ["Muhammad Rizal"]


def test_a_mayors_city_before_the_rest_of_the_title_and_the_name_set_off_is_no_person():
    """heldout130's first run (cm10): "Walikota Taoyuan sekaligus bakal calon presiden Taiwan, Cheng Wen-tsan
    mengatakan" made "Taoyuan" a person."""
    assert people("Walikota Taoyuan sekaligus bakal calon presiden Taiwan, Cheng Wen-tsan mengatakan hal itu.") \
        == ["Cheng Wen-tsan"]
    # the head's own name, then a verb of saying: the head is named
    assert people("Gubernur Rahmat mengatakan, Presiden Joko Widodo akan datang.") == ["Rahmat", "Joko Widodo"]


def test_a_rank_word_in_a_places_name_gives_no_person_when_a_place_noun_ends_it():
    """heldout129's first run (cn01): a machine translation's "di Ohnoyama General Athletic Lapangan" (an
    athletics field) made "Athletic Lapangan" a person: "General" read as a rank."""
    assert people("Demonstran berkumpul di Ohnoyama General Athletic Lapangan di pusat Naha.") == []
    assert people("Menurut General Mark Milley, latihan itu penting.") == ["Mark Milley"]


def test_arms_control_in_an_office_joined_by_dan_leads_to_the_name():
    """heldout130's first run (cm15): "Koordinator Dewan untuk Kebijakan Pertahanan dan Kontrol Senjata Cara
    Abercrombie" named no one: "Kontrol Senjata" (arms control) was no title's word."""
    assert people("Hadir pula Koordinator Dewan untuk Kebijakan Pertahanan dan Kontrol Senjata Cara Abercrombie.") \
        == ["Cara Abercrombie"]


def test_a_countrys_name_that_is_a_given_name_before_a_surname_is_the_persons():
    """heldout131's first run (cl14): "Pendiri ... NK News ..., Chad O'Carroll, mengatakan" gave the country Chad
    and a person "Carroll" (from "kata Carroll")."""
    said = speakers("Pendiri NK News, Chad O'Connell, mengatakan satelit itu memotret kota-kota.",
                    "“Gambar itu tergantung tujuan mereka,” kata Connell.")
    assert said == [("Gambar itu tergantung tujuan mereka", "Chad O'Connell")]
    found = extract_entities(["Pendiri NK News, Chad O'Connell, mengatakan satelit itu memotret kota-kota."]).entities
    assert "Chad" not in {e.canonical for e in found if e.type == "country"}
    # the country still, before a word of the language
    assert [e.canonical for e in extract_entities(["Pasukan Chad dikerahkan ke Mali."]).entities
            if e.type == "country"] == ["Chad", "Mali"]


def test_a_secretarys_office_in_small_letters_before_the_name():
    """heldout131's first run (cl15): "kata sekretaris komunikasi kepresidenan Cheloy Garafil kepada AFP" named no one."""
    assert people("Kedua menteri menandatangani perjanjian itu, kata sekretaris komunikasi kepresidenan Budi Garafil "
                  "kepada AFP.") == ["Budi Garafil"]


def test_an_offices_fields_joined_by_dan_are_no_persons_name():
    """heldout132's first run (ck09): "kata Menteri Kesetaraan Gender dan Keluarga Korsel Jin Seon-mi" gave the
    quote to a person "Kesetaraan Gender"."""
    said = speakers("“Kami memutuskan untuk membubarkan yayasan,” kata Menteri Kesetaraan Gender dan Keluarga Jin Sun-mee.")
    assert said == [("Kami memutuskan untuk membubarkan yayasan", "Jin Sun-mee")]
    assert people("Menteri Perhubungan Budi Karya dan Menteri Pertahanan Prabowo Subianto hadir.") \
        == ["Budi Karya", "Prabowo Subianto"]


def test_dow_jones_is_a_news_service_not_a_person():
    """heldout132's first run (ck06): "Laporan lain dari Dow Jones, seperti dikutip dari CNBC, mengatakan" made
    "Dow Jones" a person."""
    text = "Laporan lain dari Dow Jones, seperti dikutip dari CNBC, mengatakan bahwa getaran kedua tidak terdeteksi."
    assert people(text) == []
    assert "Dow Jones" in {e.canonical for e in extract_entities([text]).entities if e.type == "organization"}


def test_the_first_lady_named_with_her_husbands_name_is_herself():
    """heldout132's first run (ck07): "Presiden Joko Widodo dan Ibu Negara Iriana Joko Widodo" named only the
    president (her name ends in his, which the gazetteer found first)."""
    assert people("Presiden Joko Widodo dan Ibu Negara Iriana Joko Widodo menerima kunjungan kenegaraan itu.") \
        == ["Joko Widodo", "Iriana Joko Widodo"]


def test_a_prize_winner_named_after_the_prize_and_the_country():
    """heldout132's first run (ck02): "diikuti pemenang hadiah Nobel Sastra dari Jepang Kenzaburo Oe, kelompok
    mahasiswa ..." named no one."""
    assert people("Unjuk rasa itu diikuti pemenang hadiah Nobel Sastra dari Jepang Haruki Ota, kelompok mahasiswa dan "
                  "para penentang PLTN.") == ["Haruki Ota"]


def test_a_bodys_name_of_three_words_before_its_head_is_whole():
    """The walk through heldout129–130 (cm04): "pendiri China Market Research Group yang berbasis di Shanghai" showed
    the firm as "Market Research Group" (two words at most were read before a body's head)."""
    found = extract_entities(["kata Shaun Rein, pendiri China Market Research Group yang berbasis di Shanghai."])
    assert "China Market Research Group" in {e.canonical for e in found.entities if e.type == "organization"}


def test_an_air_base_named_after_a_hero_and_the_motherland_are_no_people():
    """heldout130's first run (cm03; sentences of our own): "ujar Komandan Lanud Roesmin Nurjadin, Marsekal Pertama
    Henri Alfiandi" gave the quote to "Lanud Roesmin Nurjadin" (an air base named after a hero), and "pengawal Ibu
    Pertiwi" (the motherland) made "Pertiwi" a person."""
    said = speakers("“Jelas ada hubungannya,” ujar Komandan Lanud Adi Sucipto, Marsekal Pertama Budi Hartanto di "
                    "Yogyakarta.")
    assert said == [("Jelas ada hubungannya", "Budi Hartanto")]
    assert people("Pesawat itu menjadi tulang punggung TNI AU sebagai pengawal Ibu Pertiwi.") == []
    assert people("Acara itu dihadiri Ibu Ani Yudhoyono.") == ["Ani Yudhoyono"]


def test_a_surname_alone_opening_a_clause_before_a_verb_of_saying_is_a_person():
    """The walk through heldout76–78 (em18, a page 2 whose start was lost): "Di luar risiko militer, Narang mengatakan
    ...", then "“...,” ujarnya", gave no one: the surname alone was no person. A word of the language, a place the
    gazetteer knows, or a word inside a clause is not taken."""
    got = speakers("Di luar risiko militer, Narang mengatakan Korea Selatan dapat menghadapi sanksi berat.",
                   "“Hal itu akan berdampak besar,” ujarnya.")
    assert got == [("Hal itu akan berdampak besar", "Narang")]
    assert people("Pemerintah mengatakan sanksi itu berat. Tokyo mengatakan hal yang sama.") == []
    assert people("Sanksi itu berat bagi Narang mengatakan apa pun.") == []


def test_the_walks_missing_organisations_are_found_once_each():
    """The walk through heldout81–82: "Kantor Kemenko Polhukam" (named three times) and "Brookings Institution" were
    no organisations, and DAPA was listed twice ("Badan Program Akuisisi Pertahanan Korsel" beside its full name)."""
    found = [e.canonical for e in extract_entities([
        "Rapat digelar di Kantor Kemenko Polhukam, Jakarta, dalam sebuah forum di Brookings Institution.",
        "Administrasi Program Akuisisi Pertahanan dan Badan Program Akuisisi Pertahanan Korsel menyatakan hal itu."
    ]).entities if e.type == "organization"]
    assert list(dict.fromkeys(found)) == ["Kemenko Polhukam", "Brookings Institution", "Administrasi Program Akuisisi Pertahanan"]


def test_a_concept_named_in_marks_is_no_one_s_quote():
    """The walk through heldout83 (eh15): "... untuk mengerahkan pasukan di bawah konsep “pertahanan kolektif”" was the
    prime minister's quote at 95%, and she counted two quotes in the quotes view for one."""
    got = quotes("Perdana Menteri Hana Sato menyatakan serangan itu dapat menjadi dasar bagi Jepang untuk mengerahkan "
                 "pasukan di bawah konsep “pertahanan kolektif”.")
    assert got == []


def test_a_term_explained_after_its_marks_by_or_what_it_is_is_no_quote():
    """The walk through heldout83 (eh04): "... dari “jembatan”, atau jaringan yang memungkinkan pengguna ..." was a
    quote of the company the sentence named (then taken for a person: Sky Mavis is in the gazetteer now)."""
    got = quotes("Sky Mavis mengumumkan para peretas telah mencuri dana pada 23 Maret dari “jembatan”, atau jaringan yang "
                 "memungkinkan pengguna untuk memindahkan aset.")
    assert got == []
    assert "Sky Mavis" not in people("Sky Mavis mengumumkan para peretas telah mencuri dana pada 23 Maret.")


def test_a_country_acting_before_a_comma_and_an_aside_of_its_source_says_the_quote():
    """The walk through heldout83 (eh16): "Korea Utara mengecam Jepang atas rencana ... di Prefektur Kumamoto, menurut
    laporan media pemerintah pada hari Senin, menyebut langkah tersebut sebagai “...”" was nobody's, and the prefecture
    (a place after "di", set off by the aside) was taken for a person."""
    text = ("Korea Utara mengecam Jepang atas rencana untuk menempatkan rudal di Prefektur Kumamoto, menurut laporan media "
            "pemerintah pada hari Senin, menyebut langkah tersebut sebagai “tindakan yang sangat berbahaya.”")
    assert people(text) == []
    assert [(q.speaker, q.source) for q in quotes(text)] == [(None, "Korea Utara")]


def test_a_surname_with_its_generations_suffix_is_the_person_named_in_full():
    """The walk through heldout84-85 (eg14): "kata Presiden Marcos Jr." after "Presiden Ferdinand Marcos Jr." made a
    second person "Marcos Jr", and speaker:"Ferdinand Marcos" found none of his words."""
    paras = ["Perdana Menteri Jepang bertemu Presiden Ferdinand Marcos Jr. di Manila.",
             "“Kerja sama ini penting,” kata Presiden Marcos Jr. seperti dikutip Reuters."]
    assert people(*paras) == ["Ferdinand Marcos Jr."] and speakers(*paras)[0][1] == "Ferdinand Marcos Jr."


def test_a_party_named_like_a_newspaper_is_not_the_newspaper():
    """The walk through heldout84-85 (ef17): "presiden dari partai Republika" (the Republican Party, misspelt) was the
    newspaper Republika, and org:Republika found that story and not the paper's own."""
    res = extract_entities(["Peran presiden dari partai Republika itu tidak hanya sebagai penjaga perdamaian."])
    assert "Republika" not in {e.canonical for e in res.entities}
    res = extract_entities(["Hal itu dilaporkan harian Republika pada Senin."])
    assert "Republika" in {e.canonical for e in res.entities}


def test_al_jazeera_under_its_indonesian_spelling_is_one_outlet():
    """The walk through heldout84-85 (eg08): "Aljazirah" was no organisation, and org:"Al Jazeera" missed the page."""
    res = extract_entities(["Hal itu dilaporkan Aljazirah pada Senin."])
    assert "Al Jazeera" in {e.canonical for e in res.entities if e.type == "organization"}


def test_a_korean_given_name_ending_in_a_one_letter_syllable_is_a_name():
    """The thirtieth session's blind set (ed06): "Son Gi-o dari Serikat buruh ... mengatakan, “...”" was no person and
    the union worker's words went to the union."""
    assert speakers("Son Gi-o dari serikat buruh pangkalan itu mengatakan, “Kami harap itu tidak terjadi.”") == [
        ("Kami harap itu tidak terjadi.", "Son Gi-o")]


def test_a_standing_named_in_marks_is_no_ones_words():
    """The thirtieth session's blind set (ed05): "Mengakhiri status “negara putih” Korea Selatan" was listed as a quote."""
    assert quotes("Mengakhiri status “negara putih” Korea Selatan berarti Jepang dapat membatasi ekspor apa pun.") == []


def test_a_person_described_before_dan_and_a_second_description_still_speaks():
    """The thirtieth session's blind set (ec02): "Norihisa Satake mantan penasehat badan beladiri Jepang khusus laut
    (MSDF) dan ahli peluru kendali Jepang mengungkapkan, “...”" gave his words to Japan."""
    assert speakers("Norihisa Satake mantan penasihat pasukan bela diri laut (MSDF) dan ahli rudal Jepang "
                    "mengungkapkan, “Kita harus mengecam Korea Utara dengan tegas.”") == [
        ("Kita harus mengecam Korea Utara dengan tegas.", "Norihisa Satake")]


def test_a_surname_said_to_be_a_fisherman_is_not_the_minister_of_that_surname():
    """The thirtieth session's blind set (ec02): "“...,” papar Hayashi seorang nelayan Jepang" put Japan's foreign
    minister Yoshimasa Hayashi in the metadata, with his office, for a fisherman's words."""
    assert speakers("“Tak bisa dimaafkan hal ini,” papar Hayashi seorang nelayan Jepang kepada wartawan.") == [
        ("Tak bisa dimaafkan hal ini", "Hayashi")]
    assert "Yoshimasa Hayashi" not in people("“Tak bisa dimaafkan hal ini,” papar Hayashi seorang nelayan Jepang.")


def test_a_tag_pronoun_goes_back_to_the_one_who_first_revealed_something():
    """The thirtieth session's blind set (ec16): "Andriy Kovalenko untuk pertama kalinya mengungkapkan bahwa ..." then
    "“...,” tulisnya di Telegram" gave the post to Yoon, quoted two paragraphs before."""
    res = speakers("“Kami tidak menutup kemungkinan,” kata Yoon Suk Yeol.",
                   "Pejabat intelijen Ukraina Andriy Kovalenko untuk pertama kalinya mengungkapkan bahwa pasukannya "
                   "bentrok dengan tentara Korea Utara.",
                   "“Unit pertama Korea Utara menyerang di Kursk,” tulisnya di Telegram.")
    assert res[-1] == ("Unit pertama Korea Utara menyerang di Kursk", "Andriy Kovalenko")


def test_a_comment_is_a_verb_of_saying():
    """The thirtieth session's blind set (ec16): "meskipun Yoon berkomentar bahwa “senjata pertahanan” akan menjadi
    prioritas" left the words with no speaker."""
    assert speakers("Presiden Yoon Suk Yeol mengatakan bantuan itu bisa berubah.",
                    "Masih belum jelas sistem senjata apa yang akan dipertimbangkan Korea Selatan, meskipun Yoon "
                    "berkomentar bahwa “senjata pertahanan” akan menjadi prioritas.") == [
        ("senjata pertahanan", "Yoon Suk-yeol")]


def test_a_surname_in_a_reported_clause_is_the_one_in_office_beside_the_most_officials_named():
    """The thirtieth session's blind set (ee12): "Kementerian Luar Negeri Korsel ... menyebut Park telah memberitahu
    Wang Yi ..." beside defence minister Lee Jong-sup listed no Park: Park Geun-hye's term met Wang Yi's too, and a
    surname after a reporting verb was not read as a subject. Park Jin's term met both."""
    names = people("Menteri Pertahanan Korea Selatan Lee Jong-sup mengatakan sistem itu bersifat defensif.",
                   "Kementerian Luar Negeri Korsel menyebut Park telah memberitahu Wang Yi bahwa Seoul tidak akan "
                   "mematuhi perjanjian itu.")
    assert "Park Jin" in names and "Park Geun-hye" not in names


def test_menurut_opening_the_sentence_after_a_quote_frames_what_follows_not_the_quote():
    """The thirtieth session's blind set (eb17): "“...,” kata Hajime. “Kali ini, ... beliau temui.” Menurut pemerintah
    Jepang, Korea Utara membantah ..." gave Hajime's second quote to the Japanese government."""
    assert speakers("“Sampai saat ini, hanya laki-laki yang menjadi Perdana Menteri,” kata Hajime Matsumoto. “Kali ini, "
                    "perdana menterinya adalah seorang perempuan.” Menurut pemerintah Jepang, Korea Utara membantah hal itu.") == [
        ("Sampai saat ini, hanya laki-laki yang menjadi Perdana Menteri", "Hajime Matsumoto"),
        ("Kali ini, perdana menterinya adalah seorang perempuan.", "Hajime Matsumoto")]
    assert speakers("“Situasinya berbahaya,” menurut pemerintah Jepang.")[0][1] is None  # a tag in its own sentence still is one


def test_a_long_capitalised_units_name_after_kata_is_no_person():
    """The thirtieth session's blind set (ea14): "kata Kepala Naval Shop Business Management Development Hanwha Ocean,
    Kevin Kim," made "Naval Shop Business Management Development" a person and gave him the quote."""
    assert speakers("“Kami mendukung Indonesia,” kata Kepala Naval Shop Business Management Development Hanwha Ocean, "
                    "Kevin Kim, kepada jurnalis.") == [("Kami mendukung Indonesia", "Kevin Kim")]


def test_a_ship_named_with_a_kings_title_is_no_person():
    """The thirtieth session's blind set (ea13): "kapal Raja Agung Sejong dan kapal Raja Moonmoo" made Moonmoo a person;
    a known person after "kapal" and a title stays one."""
    assert people("Korea Selatan mengerahkan kapal Raja Agung Sejong dan kapal Raja Moonmoo ke Hawaii.") == []
    assert people("Di atas kapal Presiden Joe Biden berbicara kepada para pelaut.") == ["Joe Biden"]


def test_an_office_or_a_spokesperson_named_by_its_head_speaks_not_the_head():
    """The walk through heldout86-90: "kata kantor Presiden Korea Selatan Yoon Suk-yeol dalam sebuah pernyataan" (eb15),
    "tutur pernyataan pemerintahan ... Abe" (eb02) and "juru bicara Wang Yi menyebut “...”" (ee12) gave the words to
    Yoon, Abe and Wang Yi at 90-95%. A spokesperson named after the title, and the head of an office, still speak."""
    said = quotes("“Dialog ini bermakna,” kata kantor Presiden Korea Selatan Yoon Suk-yeol dalam sebuah pernyataan.",
                  "Juru bicara Wang Yi menyebut sistem itu “merusak kepentingan keamanan strategis China”.",
                  "“Kapal itu dilarang masuk,” tutur pernyataan pemerintahan Perdana Menteri Shinzo Abe.")
    assert [(q.speaker, q.source) for q in said] == [
        (None, "kantor Presiden Korea Selatan Yoon Suk-yeol"), (None, "Juru bicara Wang Yi"),
        (None, "pemerintahan Perdana Menteri Shinzo Abe")]
    # heldout119's walk (cx13): "kata pemerintahan AS di bawah Presiden Joe Biden dalam sebuah pernyataan"
    said = quotes("“Presiden sedang menilai situasi,” kata pemerintahan AS di bawah Presiden Joe Biden dalam sebuah pernyataan.")
    assert [(q.speaker, q.source) for q in said] == [(None, "pemerintahan AS di bawah Presiden Joe Biden")]
    assert speakers("“Kami prihatin,” kata juru bicara Departemen Luar Negeri AS Ned Price.",
                    "“Kami siap,” kata Kepala Kantor Staf Presiden Moeldoko.") == [
        ("Kami prihatin", "Ned Price"), ("Kami siap", "Moeldoko")]


@pytest.mark.parametrize("noun", ["Komentar", "Pidato", "Kebijakan"])
def test_what_someone_said_or_did_before_their_surname_is_no_part_of_their_name(noun):
    """heldout91's first run (dz09): "Komentar Abe menyiratkan ..." made a person "Komentar Abe"."""
    paras = ["Perdana Menteri Hiroshi Tanabe mengatakan Jepang tidak sanggup membayar sistem itu.",
             f"{noun} Tanabe menyiratkan sistem itu akan dibatalkan."]
    people = {(e.text, e.canonical) for e in extract_entities(paras).entities if e.type == "person"}
    assert people == {("Hiroshi Tanabe", "Hiroshi Tanabe"), ("Tanabe", "Hiroshi Tanabe")}


def test_dictionary_words_after_a_title_in_a_title_case_line_are_no_name():
    """heldout94's first run (dw14): "Menteri Pertahanan Korea Selatan Memperkuat Kerja Sama Internasional dalam
    Menangani ..." (a headline in title case, printed again under the dateline) made a person "Kerja Sama Internasional"."""
    paras = ["Menteri Pertahanan Korea Selatan Memperkuat Kerja Sama Internasional dalam Menangani Ancaman Nuklir Korut",
             "Menteri Pertahanan Korea Selatan, Park Min-ho, menghadiri forum itu."]
    assert {e.canonical for e in extract_entities(paras).entities if e.type == "person"} == {"Park Min-ho"}


def test_a_long_office_past_dan_and_a_bracketed_short_name_then_the_name_set_off_by_commas():
    """heldout94's first run (dw18): "Direktur Jenderal Biro Urusan Asia dan Oseania Kementerian Luar Negeri (Kemenlu)
    Jepang, Masaaki Kanai, telah ..." named no person and made an organisation "Oseania Kementerian Luar Negeri"."""
    para = ("Direktur Jenderal Biro Urusan Asia dan Oseania Kementerian Luar Negeri (Kemenlu) Jepang, Hiroshi Tanabe, "
            "telah menyampaikan protes.")
    found = {(e.canonical, e.type) for e in extract_entities([para]).entities}
    assert ("Hiroshi Tanabe", "person") in found
    assert ("Kementerian Luar Negeri Jepang", "organization") in found and ("Oseania", "place") in found
    assert not any(name.startswith("Oseania ") for name, _t in found)


def test_a_name_listed_after_a_persons_with_dan_is_a_person():
    """heldout93's first run (dx16): "... mitranya dari Jepang Akiba Takeo dan Eduardo Ano dari Filipina melakukan ..."
    left out the Philippine adviser; a country or an office after "dan" stays what it is."""
    people = lambda para: {e.canonical for e in extract_entities([para]).entities if e.type == "person"}  # noqa: E731
    assert people("Jake Sullivan dan Ramon Garcia dari Filipina melakukan dialog pertama.") == {"Jake Sullivan", "Ramon Garcia"}
    assert people("Jake Sullivan dan Korea Selatan sepakat memperluas dialog.") == {"Jake Sullivan"}
    assert people("Jake Sullivan dan Menteri Pertahanan bertemu di Manila.") == {"Jake Sullivan"}


def test_a_name_after_a_persons_comma_and_dan_or_set_off_after_a_comma_is_a_person():
    """heldout96's first run: "... penasihat keamanan nasional Trump, dan Matt Pottinger, yang saat itu ..." left out
    Pottinger (du06); "Selain Seiji, Yoko Fujiwara, seorang ibu muda, ..." kept only "Yoko" (du02)."""
    people = lambda para: {e.canonical for e in extract_entities([para]).entities if e.type == "person"}  # noqa: E731
    assert people("Memoar itu ditulis Jake Sullivan, dan Ramon Garcia, yang saat itu menjadi direktur.") \
        == {"Jake Sullivan", "Ramon Garcia"}
    assert people("Jake Sullivan, dan Korea Selatan sepakat memperluas dialog.") == {"Jake Sullivan"}
    assert people("Selain Kenji, Rumiko Tanabe, seorang ibu muda, ikut berdemonstrasi.") == {"Rumiko Tanabe"}
    assert people("Di Tokyo, Kedutaan Besar, juru bicara kedutaan itu menolak.") == set()  # every word a word


def test_a_run_opened_by_a_verb_of_reporting_is_its_source_not_a_person():
    """heldout95's first run (dv15): "Diberitakan Air Force Times, Gubernur Okinawa Denny Tamaki ..." made a person
    "Diberitakan Air Force Times"."""
    people = lambda para: {e.canonical for e in extract_entities([para]).entities if e.type == "person"}  # noqa: E731
    assert people("Diberitakan Harian Kobe Times, Gubernur Hyogo Motohiko Saito menolak rencana itu.") == {"Motohiko Saito"}


def test_a_books_title_with_a_colon_is_no_ones_words():
    """heldout96's first run (du07): Bolton's memoir "The Room Where It Happened: A White House Memoir" was his quote."""
    said = speakers("Kono ditanya tentang buku Bolton \"The Price of Power: Notes From the West Wing\", di mana Bolton "
                    "menulis bahwa ia menyampaikan permintaan itu.")
    assert said == []


def test_a_list_of_the_dead_with_ratings_and_ages_names_each_and_an_admirals_short_rank_introduces_him():
    """heldout97's dt04: the sailors listed under "Pelaut yang meninggal adalah:" ("— Fire Controlman 2nd Class
    Carlos Victor Ganzon Sibayan, 23, dari ...") were taken out as other stories' headlines and named nobody;
    "Wakil Adm Joseph Aucoin" made only "Aucoin" a person, and his five quotes went to that surname."""
    art = extract_text(
        "Tujuh Pelaut Ditemukan Tewas\n\n"
        "“Kehilangan ini kita semua rasakan,” Wakil Adm Rudolf Penhallow, komandan armada, mengatakan kepada wartawan.\n\n"
        "Angkatan Laut pada hari Minggu merilis nama pelaut. Pelaut yang meninggal adalah:\n"
        "— Gunner’s Mate Seaman Tobias Wren Ashcombe, 19, dari Palmyra, Virginia\n"
        "— Sonar Technician 3rd Class Minh T Quoc Lanh, 25, dari Oakville, Connecticut\n"
        "— Fire Controlman 2nd Class Marco Elias Dantes Ferrow, 23, dari Chula Vista, California\n"
        "— Fire Controlman 1st Class Dale Orrin Petch Jr., 37, dari Elyria, Ohio\n\n"
        "“Ada lubang besar di bawah permukaan air,” kata Penhallow.\n")
    assert art.people == ["Rudolf Penhallow", "Tobias Wren Ashcombe", "Minh T Quoc Lanh", "Marco Elias Dantes Ferrow",
                          "Dale Orrin Petch Jr."]
    assert [q.speaker for q in art.quotes] == ["Rudolf Penhallow", "Rudolf Penhallow"]
    assert not [r for r in art.removed if "Ashcombe" in r.text]


def test_whom_a_person_speaks_for_from_an_office_in_small_letters_and_a_regional_head():
    """The walk through heldout97-98: the quotes view's sides left out the mayor of Seoul (11 quotes) and a
    spokesman set off in small letters after his name: their country was never found."""
    art = extract_text("Judul Berita Tentang Nuklir\n\nKorea Selatan harus punya senjata nuklir, kata Walikota Seoul "
                       "Lee Han-seo.\n\n“Sudah diputuskan,” kata Adrian Vole, juru bicara Dewan Keamanan Nasional "
                       "Gedung Putih, saat ditanya wartawan.\n")
    info = {name: (role, country) for name, role, country in art.people_info}
    assert info["Lee Han-seo"] == ("Walikota Seoul", "Korea Selatan")
    assert info["Adrian Vole"] == ("juru bicara Dewan Keamanan Nasional Gedung Putih", "Amerika Serikat")


def test_a_headline_in_title_case_names_only_the_bodies_the_gazetteer_knows():
    """heldout98's ds12: "Partai Pemerintah Ingin Jepang Miliki Kemampuan Menyerang Pangkalan Musuh", a headline,
    was listed as an organisation (a party's name run to its end); a body the gazetteer knows still counts."""
    art = extract_text("Partai Pemerintah Ingin Jepang Miliki Kemampuan Menyerang Pangkalan Musuh\n\n"
                       "Panel keamanan partai yang berkuasa di Jepang setuju mengusulkan kemampuan itu.\n")
    assert not any(o.startswith("Partai Pemerintah") for o in art.organizations)
    art = extract_text("NATO Ingin Jepang Miliki Kemampuan Menyerang Pangkalan Musuh\n\n"
                       "Panel keamanan partai yang berkuasa di Jepang setuju mengusulkan kemampuan itu.\n")
    assert "NATO" in art.organizations


def test_a_convention_centre_is_where_they_met_not_a_body():
    """The walk through heldout97-98: "Hwabaek International Convention Center (HICO)" and "National Convention
    Center" were listed as organisations; a centre that is a body ("Asan Center for Policy Studies") still is."""
    art = extract_text("Judul Berita Pertemuan\n\nKedua pemimpin bertemu di Hwabaek International Convention Center (HICO), "
                       "Gyeongju, kata analis Asan Center for Policy Studies.\n")
    assert not any("Convention" in o for o in art.organizations) and "Asan Center for Policy Studies" in art.organizations


def test_an_acronym_in_brackets_ending_a_sentence_after_a_title_and_the_capital_city_name_no_one():
    """heldout99's dr08: "setelah pelaksanaan Pemilihan Presiden (Pilpres)." made "Pilpres" a person (the title
    "Presiden", then the bracketed word with its stop); "Ibu Kota Nusantara (IKN)." is the capital, not Mrs Kota."""
    assert people("Telepon itu yang pertama setelah pelaksanaan Pemilihan Presiden (Pilpres). Biden menelpon "
                  "pemimpin Australia.") == ["Joe Biden"]
    assert people("Kapal itu akan diproyeksikan di Ibu Kota Nusantara (IKN). Menteri Pertahanan Sjafrie Sjamsoeddin "
                  "menjelaskannya.") == ["Sjafrie Sjamsoeddin"]


def test_a_known_place_misspelt_by_one_letter_is_no_person():
    """heldout100's dq07: "Ketua juru runding perdamaian Semananjung Korea, Noh Kyu-duk, mengatakan" listed
    "Semananjung Korea" (Semenanjung Korea, one letter wrong) as a person."""
    assert people("Ketua juru runding perdamaian Semananjung Korea, Noh Kyu-duk, mengatakan ketiga pihak akan "
                  "bertemu.") == ["Noh Kyu-duk"]
    from index.entities import gazetteer

    assert gazetteer().near_place("Semananjung Korea") and not gazetteer().near_place("Sung Korea")


def test_an_office_whose_fields_are_listed_before_the_name_set_off():
    """heldout99's dr16: "Menteri Ekonomi, Perdagangan, dan Industri, Yoji Muto, ke Washington" made only "Muto"
    a person (the commas of the office's list ended it); two people each set off after their office still are."""
    assert people("Jepang mengatur kunjungan Menteri Ekonomi, Perdagangan, dan Industri, Yoji Muto, ke Washington.",
                  "Muto berharap pertemuan itu membuahkan solusi.") == ["Yoji Muto"]
    assert people("Menteri Luar Negeri, Park Jin, dan Menteri Pertahanan, Lee Jong-sup, tiba di Tokyo.") \
        == ["Park Jin", "Lee Jong-sup"]


def test_a_language_after_berbahasa_is_no_country():
    """The walk through heldout99-100: "pernyataan berbahasa Inggris" made the United Kingdom one of dq08's countries."""
    art = extract_text("Judul Berita Pernyataan\n\nKCNA merilis pernyataan berbahasa Inggris tentang latihan Amerika Serikat "
                       "dan Korea Selatan.\n")
    assert "Inggris" not in art.countries and "Amerika Serikat" in art.countries


def test_a_ministers_portfolio_is_part_of_the_title_not_of_the_name():
    """heldout101's dp15 (first run): "Menteri Industri Pertahanan Australia Patrick Conroy dan Wakil Laksamana Inggris
    Martin Connell" lost Conroy; without the country, "Pertahanan Patrick Conroy" was a person."""
    assert people("Menteri Industri Pertahanan Australia Patrick Conroy dan Wakil Laksamana Inggris Martin Connell "
                  "berbicara positif.") == ["Patrick Conroy", "Martin Connell"]
    assert people("Menteri Industri Pertahanan Patrick Conroy berbicara di Washington.") == ["Patrick Conroy"]


def test_the_coast_guards_words_are_part_of_the_title_not_of_the_name():
    """heldout103's dn11 (first run): "Juru bicara Penjaga Pantai Kazuo Ogawa" made a person "Pantai Kazuo Ogawa"."""
    assert people("Juru bicara Penjaga Pantai Kazuo Ogawa mengatakan penyebab kecelakaan belum diketahui.") == [
        "Kazuo Ogawa"]


def test_one_name_set_off_by_a_comma_with_an_age_is_a_person_and_the_speaker():
    """heldout104's dm01 (first run): "“...,” kata seorang warga yang ikut unjuk rasa di Osaka, Tanaka (30)." left the
    protester unnamed; a word a dictionary or the gazetteer knows is still no one ("di Osaka, Jepang (30)")."""
    said = speakers("“Rakyat Jepang tidak ingin perang,” kata seorang warga yang ikut unjuk rasa di Osaka, Tanaka (30).")
    assert said == [("Rakyat Jepang tidak ingin perang", "Tanaka")]
    assert people("Ribuan orang berkumpul di kota itu, Sabtu (30) dan Minggu.") == []


def test_a_unit_named_after_its_vehicle_names_no_person():
    """heldout104's dm05 (first run): "juru bicara Brigade Pertama Stryker" made "Stryker" a person."""
    assert people("Kapten Adam Bowen, juru bicara Brigade Pertama Stryker, mengatakan timnya siap.") == ["Adam Bowen"]


def test_korea_alone_listed_with_other_countries_is_south_korea():
    """heldout101-102's walk (do14): Korea.net's "Otoritas pertahanan Korea, Amerika Serikat, dan Jepang" named no South
    Korea, and the trilateral framework's page dropped out of every South Korea filter."""
    from index.extract import extract_text

    art = extract_text("Judul Kerja Sama Trilateral\n\nOtoritas pertahanan Korea, Amerika Serikat, dan Jepang menandatangani "
                       "dokumen kerja sama.\n\nKetiganya menanggapi ancaman Korea Utara di Semenanjung Korea.\n")
    assert art.countries == ["Korea Selatan", "Amerika Serikat", "Jepang", "Korea Utara"]
    alone = extract_text("Judul Sejarah\n\nPerang Korea berakhir pada 1953 dan Semenanjung Korea terbelah.\n")
    assert "Korea Selatan" not in alone.countries  # a war, a peninsula: no country


def test_a_bearer_of_the_short_form_named_in_a_sentence_of_history_does_not_take_the_quote():
    """heldout114's dc09: the page told of the founder ("Kim Il Sung telah memimpin gerilya ... pada
    1910-1945") between two quotes "ujar Kim" of the leader, and the second went to the founder. Words of
    our own; the same sentence with a year of the story's own time still hands "Kim" to the one it names."""
    lead = "Pemimpin Korea Utara Kim Jong Un meresmikan sebuah museum pada 2020."
    read = "Kim kemudian menyampaikan pidato di depan para perwira."
    old = "Menurut sejarah resmi, Kim Il Sung memimpin perlawanan di pegunungan itu pada 1932-1945."
    new = "Menurut laporan itu, Kim Yo Jong memimpin rapat di pegunungan itu pada 2020."
    said = "\u201cKita harus tetap waspada terhadap musuh,\u201d ujar Kim dalam acara itu."
    assert speakers(lead, f"{read} {old}", said) == [("Kita harus tetap waspada terhadap musuh", "Kim Jong Un")]
    assert speakers(lead, f"{read} {new}", said) == [("Kita harus tetap waspada terhadap musuh", "Kim Yo Jong")]


def test_a_short_form_goes_to_the_one_named_speaking_not_to_a_leader_mentioned_since():
    """heldout116's da04: the ambassador "..., Kim Chang-beom, berharap ..." then "pemimpin tertinggi Korut,
    Kim Jong-un, akan melakukan pertemuan" two paragraphs before "ujar Kim": all three quotes went to the leader.
    Words and a name of our own."""
    paras = ["Duta Besar Korea Selatan untuk Indonesia, Kim Sang-woo, berharap dialog damai segera terwujud.",
             "Presiden Korsel Moon Jae-in dan pemimpin Korut, Kim Jong-un, akan bertemu pada akhir April.",
             "Pertemuan itu akan berlangsung di Panmunjom.",
             "\u201cKami mendorong langkah yang konstruktif,\u201d ujar Kim di Jakarta."]
    assert speakers(*paras) == [("Kami mendorong langkah yang konstruktif", "Kim Sang-woo")]


def test_a_name_written_with_and_without_its_hyphen_is_one_person():
    """heldout116's da04: the caption's "Kim Changbeom" and the text's "Kim Chang-beom" were two people."""
    assert people("Duta Besar Kim Sangwoo berbincang di kantor redaksi.",
                  "Duta Besar Korea Selatan, Kim Sang-woo, berharap dialog terwujud.") == ["Kim Sangwoo"]
    assert people("Kim Sang-woo dan Kim Sang-won hadir di Seoul.") == ["Kim Sang-woo", "Kim Sang-won"]


def test_a_call_sign_in_quote_marks_inside_a_name_is_no_part_of_the_persons_name():
    """heldout116's da13: 'Letkol (Pnb) Ferrel "Venom" Rigonald' became a person "Ferrel Venom". Names of our own."""
    assert people("Penerbangnya adalah Letkol (Pnb) Arman \"Viper\" Situmeang dari TNI AU.") == ["Arman Situmeang"]
    assert people("Pilot itu adalah Mayor Budi \u201cFalcon\u201d Santoso dari Skadron 3.") == ["Budi Santoso"]
    assert people("Kapal \u201cSinar\u201d Harapan berlayar pagi itu.") == []  # words, and no rank before them
    # heldout118 (cy04): 'Joseph Robinette "Joe" Biden, Jr.' made a person "Joseph Robinette Joe" beside Joe Biden
    assert people("Wakil Presiden AS Joseph Robinette \"Joe\" Biden, Jr. menyentuh isu itu.") == ["Joe Biden"]


def test_an_office_in_english_before_the_name_is_no_speaker():
    """heldout116's da13: "ungkap Senior Manager & Chief ... Team KAI, Lee Sung-il" gave the quote to "Manager"."""
    said = speakers("\u201cAda dua pilot yang terlibat,\u201d ungkap Senior Manager & Chief Development Team KAI, Park Jun-ho.")
    assert said == [("Ada dua pilot yang terlibat", "Park Jun-ho")]


def test_a_name_set_off_after_the_one_word_a_quotes_verb_is_followed_by_is_the_speaker():
    """heldout116's da08: "ujar Mehan, Prabowo Subianto" (Menhan misprinted) gave the quote to "Mehan"; da12: "James
    Brady dari konsultan risiko Teneo mengatakan" was no one, and "kata Brady" a new person. Names of our own."""
    assert speakers("\u201cKami siap,\u201d ujar Mehan, Budi Santoso pada saat peresmian.") == [("Kami siap", "Budi Santoso")]
    assert speakers("\u201cKami siap,\u201d ujar Moon, Presiden Korea Selatan.") == [("Kami siap", "Moon Jae-in")]
    paras = ["Rudi Hartono dari lembaga riset Arsa mengatakan, langkah itu wajar.",
             "\u201cIni langkah yang wajar,\u201d kata Hartono kepada AFP."]
    assert people(*paras) == ["Rudi Hartono"] and speakers(*paras) == [("Ini langkah yang wajar", "Rudi Hartono")]


def test_a_given_name_one_letter_off_a_title_word_is_the_name_when_only_the_surname_follows():
    """heldout115 (db08): "Menteri Luar Negeri Australia Marise Payne" became "Payne": "Marise", one letter off the
    title word "Marine", was read as a title mistyped. A mistyped title leaves a whole name after it."""
    assert people("Menteri Luar Negeri Australia Marise Payne hadir di Tokyo.") == ["Marise Payne"]
    assert people("Letnan Kolonen Dave Eastburn mengatakan latihan berlanjut.") == ["Dave Eastburn"]


def test_the_whole_name_closing_what_the_speaker_is_after_the_quotes_verb_is_the_speaker():
    """heldout115 (db06): "kata profesor politik ... di Universitas J.F. Oberlin, Tokyo, Akira Kato seperti dimuat ..."
    gave the quote to the university and found no Kato. Names of our own."""
    said = speakers("\u201cAnggaran itu ditujukan untuk melawan ancaman,\u201d kata profesor hubungan internasional di "
                    "Universitas J.F. Sanjaya, Bandung, Rudi Hartono seperti dikutip kantor berita itu.")
    assert said == [("Anggaran itu ditujukan untuk melawan ancaman", "Rudi Hartono")]
    said = speakers("\u201cAnggaran itu ditujukan untuk melawan ancaman,\u201d kata juru bicara di Kementerian Pertahanan, Tokyo.")
    assert [s for _t, s in said] == [None]  # a place closing the description is no one


def test_a_name_the_page_sets_in_quote_marks_is_a_terms_and_an_interim_office_no_persons():
    """heldout115 (db11): "..., Kill Chain menyerukan serangan pendahuluan" after "sistem “Kill Chain”" made a person
    "Kill Chain"; (db17) "sebagai Kuasa Usaha Ad-interim." a person "Ad-interim"."""
    assert people("Seoul menekankan sistem \u201cKill Chain\u201d itu. Menurut dokumen, Kill Chain menyerukan serangan dini.") == []
    assert people("Kuasa Usaha Ad-interim Kedutaan Besar AS Joseph Yun berbicara. Masa jabatannya sebagai Kuasa Usaha "
                  "Ad-interim berakhir.") == ["Joseph Yun"]


def test_a_head_noun_and_a_field_stand_for_the_one_titled_head_of_it():
    """heldout115 (db02): "Kepala pertahanan mengatakan ... sendiri \"kekuatan militer asimetris\"" (a wire's "defence
    chief") went to someone unnamed; the article's defence minister said it. Names of our own."""
    paras = ["SEOUL - Menteri Pertahanan Korea Selatan, Park Jun-ho mengatakan militer akan berubah.",
             "Kepala pertahanan mengatakan Korea Selatan juga berencana mengembangkan \"kekuatan militer asimetris\"."]
    assert speakers(*paras) == [("kekuatan militer asimetris", "Park Jun-ho")]


@pytest.mark.parametrize("verb", ["gurau", "seloroh", "kelakar"])
def test_a_joke_tagged_after_its_quote_is_the_speakers(verb):
    """heldout115 (db18): "“Saya berharap saya setampan dia, ...,” gurau Trump." went to no one."""
    paras = ["Presiden AS Donald Trump menerima Perdana Menteri Jepang Shigeru Ishiba di Gedung Putih.",
             f"Ishiba mengatakan kedua negara bersahabat. \u201cSaya berharap saya setampan dia,\u201d {verb} Trump."]
    assert speakers(*paras) == [("Saya berharap saya setampan dia", "Donald Trump")]


def test_a_tag_verb_mistyped_one_letter_off_after_a_quote_still_tags_it():
    """heldout116 (da06): '"...," kara Menteri Pertahanan Taro Kono, Senin (15/6/2020)' (kata mistyped) went to no
    one. The text shown keeps the page's word. Names of our own."""
    text = "\u201cKami harus menyerah,\u201d kara Menteri Pertahanan Budi Santoso dalam jumpa pers."
    art = extract_text(f"Judul Berita Pertahanan\n\n{text}\n", reference=REF)
    assert [(q.text, q.speaker) for q in art.quotes] == [("Kami harus menyerah", "Budi Santoso")]
    assert "kara Menteri" in art.paragraphs[0]
    art = extract_text(f"Judul Berita Pertahanan\n\n{text.replace('kara', 'kiri')}\n", reference=REF)
    assert [q.speaker for q in art.quotes] == [None]  # two letters off: no tag


def test_a_korean_given_name_a_whole_syllable_off_a_known_persons_is_another_person():
    """heldout116 (da11): the navy chief "Laksamana Kim Jung-Soo" was read as the known Kim Jang-soo (a misprint, one
    letter off). Jung and jang are two names; a letter left out ("Kim Jon Un") or a famous name's usual misspelling
    ("Kim Jung Un") is still the known person."""
    assert people("KSAL Korsel Laksamana Kim Jung-Soo hadir dalam pertemuan daring.") == ["Kim Jung-soo"]
    assert people("Pemimpin Korut Kim Jon Un hadir di Pyongyang.") == ["Kim Jong Un"]
    assert people("Pemimpin Korut Kim Jung Un hadir di Pyongyang.") == ["Kim Jong Un"]


def test_a_name_with_where_in_the_photo_the_person_stands_is_a_person():
    """heldout116 (da02): the caption's "..., Rachmawati Soekarnoputri (tengah) menerima gelar ..." named no one."""
    assert people("Pendiri Yayasan Pendidikan, Ratna Wulandari (tengah) menerima gelar kehormatan di Jakarta.") == [
        "Ratna Wulandari"]
    assert people("Presiden Joko Widodo (kiri) dan Budi Santoso (kedua dari kanan) berfoto bersama.") == [
        "Joko Widodo", "Budi Santoso"]


def test_the_pages_own_reporter_who_asked_is_no_person_of_the_story():
    """heldout116 (da02): '"...," kata Duta Besar ... kepada Maria Rita Hasugian dari Tempo' on Tempo's page listed the
    interviewer among the people; a reporter of another outlet stays one. Names of our own."""
    body = ("JAKARTA, TEMPO.CO - Duta Besar Korea Utara untuk Indonesia An Kwang Il menerima wawancara.\n\n"
            "\u201cKami ingin damai,\u201d kata An kepada Sari Wulandari dari Tempo, Selasa, 23 November 2016.\n")
    art = extract_text(f"Dubes Korut Bicara Soal Semenanjung\n\n{body}", reference=REF)
    assert list(art.people) == ["An Kwang-il"]
    art = extract_text(f"Dubes Korut Bicara Soal Semenanjung\n\n{body.replace('dari Tempo', 'dari Kompas')}", reference=REF)
    assert "Sari Wulandari" in art.people


def test_two_fragments_in_one_sentence_closed_by_one_tag_are_both_the_tags():
    """heldout110 (dg17): 'Meski maksud komentar Xue "mungkin tidak jelas," pernyataan itu "sangat tidak pantas," kata
    Sekretaris Kabinet Jepang Minoru Kihara' gave the first fragment to Xue (the quote before). Names of our own."""
    paras = ["\u201cItu harus ditebas,\u201d tulis Konsul Jenderal China Wang Tao.",
             "Meski maksud komentar Wang \"mungkin tidak jelas,\" pernyataan itu \"sangat tidak pantas,\" kata Sekretaris "
             "Kabinet Jepang Kenji Aramaki kepada wartawan."]
    assert [s for _t, s in speakers(*paras)] == ["Wang Tao", "Kenji Aramaki", "Kenji Aramaki"]


def test_an_office_right_before_yang_is_who_the_clause_stands_for():
    """heldout109 (dh07): 'Trump mengirimkan surat kepada Kim, mengutip presiden AS yang mengungkapkan bahwa "..."' gave
    the words to Kim, the person named last; "presiden AS yang" is Trump."""
    paras = ["Presiden AS Donald Trump membatalkan pertemuan dengan pemimpin Korea Utara Kim Jong Un.",
             "Gedung Putih mengumumkan bahwa Trump mengirim surat kepada Kim, mengutip presiden AS yang mengungkapkan bahwa "
             "\"kemarahan luar biasa\" Korea Utara menjadi alasannya."]
    assert speakers(*paras) == [("kemarahan luar biasa", "Donald Trump")]


def test_words_in_the_clause_of_a_thing_a_person_said_are_that_persons():
    """heldout107 (dj12): 'KCNA juga mempermasalahkan peringatan Biden selama konferensi pers bersama bahwa ... akan
    mengakibatkan "akhir rezim"' went to no one: the warning, and its words, are Biden's."""
    paras = ["Presiden AS Joe Biden bertemu Presiden Korea Selatan di Washington.",
             "Kantor berita itu mempermasalahkan peringatan Biden selama konferensi pers bahwa serangan nuklir akan "
             "mengakibatkan \"akhir rezim\" di Pyongyang."]
    found = [(q.speaker, q.cue) for q in quotes(*paras)]
    assert found == [("Joe Biden", "a thing said, then its clause → the one who said it")]


def test_one_turned_to_before_dan_and_a_verb_of_saying_is_not_the_speaker():
    """heldout117 (cz14): 'Biden kemudian menoleh ke arah Yoon dan mengatakan: "Saya tidak tahu ..."' gave the words to
    Yoon, the one he turned to. Names of our own."""
    paras = ["Presiden Kenji Aramaki menjamu Presiden Park Jun-ho di istana.",
             "Aramaki kemudian menoleh ke arah Park dan mengatakan: \u201cSaya tidak tahu Anda bisa bernyanyi.\u201d"]
    assert speakers(*paras) == [("Saya tidak tahu Anda bisa bernyanyi.", "Kenji Aramaki")]


def test_a_story_calling_a_person_by_the_end_of_their_name_means_them():
    """heldout117 (cz05): "Syafrizad Riano Putra mengatakan ..." then '"...," tambah Rizad. Rizad menuturkan ...' made
    "Rizad" a second person and gave him the quote. Names of our own."""
    paras = ["Mahasiswa jurusan Hubungan Internasional, Syahrizal Dwi Putra mengatakan, rudal itu ditujukan ke Guam.",
             "\u201cSituasi di semenanjung sedang memanas,\u201d tambah Rizal. Rizal menuturkan, ia khawatir."]
    assert people(*paras) == ["Syahrizal Dwi Putra"]
    assert speakers(*paras) == [("Situasi di semenanjung sedang memanas", "Syahrizal Dwi Putra")]


def test_a_family_name_that_is_a_places_before_a_given_name_and_an_age_is_a_person():
    """heldout117 (cz16): "Yokota Sakie (88) mengatakan ..." named no one ("Yokota" is the air base's short name in
    the gazetteer), and "Putri Yokota, Megumi" then made a person "Yokota"."""
    paras = ["Yokota Hanae (88) mengatakan kepada NHK waktunya hampir habis. Putri Yokota, Megumi, diculik pada 1977.",
             "Yokota mengatakan putrinya pasti merindukan keluarganya."]
    assert people(*paras) == ["Yokota Hanae", "Yokota Megumi"]
    assert people("Pesawat itu mendarat di Pangkalan Udara Yokota pada pagi hari.") == []


def test_kin_who_share_a_known_family_name_are_people_written_in_its_order():
    """heldout117 (cz15, cz16): "Putri Yokota, Megumi", "Yokota dan suaminya, Shigeru" and "Yokota Megumi adalah ..."
    named neither the daughter nor the husband of the mother the page names ("Yokota Sakie"). Names of our own."""
    paras = ["Yokota Hanae (88) mengatakan kepada NHK waktunya hampir habis. Putri Yokota, Misaki, diculik pada 1977.",
             "Yokota dan suaminya, Takeru yang meninggal empat tahun lalu, berkampanye bersama."]
    assert people(*paras) == ["Yokota Hanae", "Yokota Misaki", "Yokota Takeru"]
    assert people("Hanae Yokota (88) berbicara kepada NHK. Putri Yokota, Misaki, diculik.") == ["Hanae Yokota", "Misaki Yokota"]
    assert people("Yokota Misaki adalah salah satu korban penculikan.", "Yokota Hanae berbicara dengan NHK.") == [
        "Yokota Misaki", "Yokota Hanae"]
    # the family's name in the other place, or the other word a word of the language: no one new
    assert people("Misaki Yokota adalah salah satu korban.", "Yokota Hanae berbicara dengan NHK.") == ["Yokota Hanae"]
    assert people("Yokota Hanae berbicara dengan NHK. Putri Yokota, Bunga, diculik.") == ["Yokota Hanae"]
    # a third capitalised word before the two, no title: part of a longer name
    assert people("Yokota Hanae berbicara dengan NHK.", "Konser digelar di Gedung Kesenian Yokota Misaki pagi ini.") == [
        "Yokota Hanae"]


def test_someones_sibling_speaking_is_the_one_other_person_of_the_family_the_article_names():
    """heldout119's first run (cx10): '"...," ungkap adik Kim Jong Un.' was an unnamed source, though the page
    names her later ("lanjut Yo Jong"). Not when two others bear the name."""
    paras = ["“Kalian akan menghadapi ancaman serius,” ungkap adik Kim Jong Un.",
             "Korea Selatan melanjutkan latihan.", "“Kami akan meningkatkan pencegahan,” lanjut Yo Jong."]
    assert speakers(*paras) == [("Kalian akan menghadapi ancaman serius", "Kim Yo Jong"),
                                ("Kami akan meningkatkan pencegahan", "Kim Yo Jong")]
    paras[1] = "Korea Selatan melanjutkan latihan, kata Menteri Unifikasi Kim Yeon-chul."
    assert speakers(*paras)[0] == ("Kalian akan menghadapi ancaman serius", None)


def test_a_name_found_alone_is_the_full_name_the_text_gives_where_no_cue_stands():
    """heldout120's first run (cw05): "Jumpei Yasuda" only inside the minister's quote, then "tutur Yasuda" made a
    person "Yasuda"; "tutur ayah Yasuda" (his father) went to his wife, quoted before. Names of our own."""
    paras = ["“Kami telah mengonfirmasi keselamatan Daiki Morita,” ujar Menteri Luar Negeri Taro Kono.",
             "“Saya ditahan selama 40 bulan,” tutur Morita dalam sebuah video.",
             "Istri Morita, Yui, muncul di televisi. “Terima kasih atas doanya,” ungkap Yui sambil menangis.",
             "“Saya hanya ingin melihat dia sehat,” tutur ayah Morita satu hari sebelumnya."]
    assert people(*paras) == ["Daiki Morita", "Taro Kono", "Yui"]
    assert speakers(*paras) == [("Kami telah mengonfirmasi keselamatan Daiki Morita", "Taro Kono"),
                                ("Saya ditahan selama 40 bulan", "Daiki Morita"), ("Terima kasih atas doanya", "Yui"),
                                ("Saya hanya ingin melihat dia sehat", None)]
    # a name that is the middle of a longer one, or two given names before it: the name found stays
    assert "Franklin" in people("Kenneth Franklin Shinzato ditangkap.", "“Saya tidak bersalah,” kata Franklin.")


def test_a_person_in_a_photo_does_not_speak_and_one_after_a_clause_with_bersama_does():
    """heldout117 (cz15): "Yokota Megumi dalam foto yang diambil ..." (a caption) was taken for the one who spoke,
    and "Bersama dengan keluarga ..., Sakie terus berkampanye" for no one: the mother's "tuturnya" went to the
    daughter. Names of our own."""
    paras = ["Ibunya, Hanae, mendesak pemerintah bertindak.", "Yokota Misaki dalam foto yang diambil pada April 1977.",
             "Bersama dengan keluarga korban lainnya, Hanae terus berkampanye selama puluhan tahun.",
             "\u201cSaya dipenuhi rasa frustrasi,\u201d tuturnya.", "Yokota Hanae berbicara dengan NHK melalui telepon."]
    assert speakers(*paras) == [("Saya dipenuhi rasa frustrasi", "Yokota Hanae")]


def test_a_leader_speaking_of_their_own_government_by_name_is_still_the_speaker():
    """heldout117 (cz17): '“Pemerintahan Lee Jae-myung akan bersifat pragmatis dan pro-pasar,” ujarnya' after Lee's
    inauguration went to Yoon, the predecessor named last: Lee's name in the quote had ruled him out. Names of our own."""
    paras = ["SEOUL - Presiden baru Park Jun-ho resmi dilantik. Park berjanji memulihkan ekonomi.",
             "Kemenangan Park menjadi titik balik setelah Presiden sebelumnya, Kim Sang-woo, lengser lebih awal.",
             "\u201cPemerintahan Park Jun-ho akan bersifat pragmatis,\u201d ujarnya di depan parlemen."]
    assert speakers(*paras) == [("Pemerintahan Park Jun-ho akan bersifat pragmatis", "Park Jun-ho")]


def test_two_prime_ministers_of_one_family_name_are_told_apart_by_given_name_and_office():
    """heldout126's cq09: "bertemu dengan Junichiro Koizumi yang menjabat sebagai PM saat itu" named no one (the
    gazetteer knew only his son Shinjiro, today's defence minister)."""
    assert people("Kim Jong Il bertemu dengan Junichiro Koizumi yang menjabat sebagai PM saat itu.") == [
        "Kim Jong Il", "Junichiro Koizumi"]
    assert people("Menteri Pertahanan Shinjiro Koizumi tiba di Manila. Koizumi lalu bertemu mitranya.") == [
        "Shinjiro Koizumi"]


def test_a_soldier_named_after_his_service_and_its_country_is_a_person():
    """heldout126's cq14: "Tentara Angkatan Darat Amerika Serikat (AS) Travis King pada Selasa membelot ..." named no one
    ("Prajurit" there already did); the army of a country is still no one."""
    assert people("Tentara Angkatan Darat Amerika Serikat (AS) Marlon Ray pada Selasa menyeberang ke Korea Utara.") == [
        "Marlon Ray"]
    assert people("Tentara Pembebasan Rakyat China menggelar latihan di dekat Taiwan.") == []
    assert people("Seorang tentara AS, Marlon Ray, menyeberang ke Korea Utara.") == ["Marlon Ray"]


def test_a_vice_admirals_rank_written_out_is_no_part_of_his_name_and_a_squadron_is_no_one():
    """heldout127's cp06 and cp08: "Laksamana Madya Joseph Aucoin" listed "Madya Joseph Aucoin", and "komandan Skadron
    Kapal Perusak 15" a person "Skadron Kapal Perusak". Names of our own."""
    assert people("AL AS mencopot Komandan Armada Ketujuh Laksamana Madya Robert Lane menyusul tabrakan kapal.") == [
        "Robert Lane"]
    assert people("Begitu pula Kolonel Laut Adam Ross, komandan Skadron Kapal Perusak 15, yang menjadi induk kapal itu.") == [
        "Adam Ross"]


def test_a_known_korean_name_spelt_together_later_is_the_same_person_not_a_relative():
    """heldout127's cp07: "Moon Jae-in" then "bertemu dengan Moon Jaein" listed two people (the second read as one of
    Moon's family)."""
    assert people("Kim Jong Un bertemu Presiden Korea Selatan Moon Jae-in di Panmunjeom.",
                  "Setelah itu Kim bertemu dengan Moon Jaein lagi di Pyongyang.") == ["Kim Jong Un", "Moon Jae-in"]


def test_indonesias_first_presidents_are_people_and_a_foundation_named_after_one_is_no_mention_of_him():
    """heldout127's cp09: "ayahanda Megawati, Soekarno, dengan kakek Kim, Kim Il-sung" named neither Sukarno nor
    Megawati Soekarnoputri in full; a caption's "Yayasan Pendidikan Soekarno" is a foundation, not him."""
    assert people("Dahulu ada kedekatan antara ayahanda Megawati, Soekarno, dengan kakek Kim, Kim Il-sung.",
                  "Megawati Soekarnoputri dapat menjadi juru damai.") == ["Megawati Soekarnoputri", "Sukarno", "Kim Il Sung"]
    assert people("Ia mengajar di Yayasan Pendidikan Soekarno di Jakarta.") == []


def test_a_name_in_the_spelling_before_1972_and_in_todays_is_one_person():
    """heldout128's co18 (a walker's finding): "Jenderal Besar Soedirman" and then "Jenderal Sudirman" were two people."""
    assert people("Ia memberi hormat kepada patung Jenderal Besar Soedirman di Jakarta.",
                  "Jejak Jenderal Sudirman masih dikenang para prajurit.") == ["Soedirman"]


def test_kcna_named_in_words_in_another_order_is_kcna_not_a_fragment():
    """heldout127's cp12 (a walker's finding): "Kantor Pusat Berita Korea Utara (KCNA)" listed a body "Pusat Berita Korea
    Utara" beside KCNA."""
    from index.extract import extract_text

    art = extract_text("Uji coba itu dilaporkan Kantor Pusat Berita Korea Utara (KCNA) pada Senin.")
    assert art.organizations == ["KCNA"]


def test_korean_given_names_written_as_one_word_and_a_typists_swapped_letters():
    """heldout127's cp07 (a walker's finding): "Lee Sangsin dan Joung Eunlee" named no one; "Kim Changbeom", then
    "Kim Changebom" kept only the typo. A hotel's name of the same shape is no one."""
    assert people("Diskusi itu menghadirkan pembicara dari KINU, Lee Sangsin dan Joung Eunlee.",
                  "Dutabesar Korea Selatan Kim Changbeom hadir.",
                  "Menurut Duta Besar Kim Changebom, hubungan kedua negara makin erat.") == [
        "Lee Sangsin", "Joung Eunlee", "Kim Changbeom"]
    assert people("Para tamu menginap di Park Hotel dekat stasiun.") == []


def test_two_bodies_joined_by_dan_are_two_and_one_body_named_with_dan_is_one():
    """heldout127's cp07 (a walker's finding): "the Habibie Center dan Korean Institute for National Unification
    (KINU)" and "Habibie Center dan Kedubes Korea Selatan" were each listed as one organisation."""
    from index.extract import extract_text

    art = extract_text("Diskusi itu menghadirkan pembicara dari the Habibie Center dan Korean Institute for National "
                       "Unification (KINU).")
    assert art.organizations == ["Habibie Center", "Korean Institute for National Unification"]
    art = extract_text("Menteri Kementerian Kesetaraan Gender dan Keluarga Korea Selatan hadir di Seoul.")
    assert art.organizations == ["Kementerian Kesetaraan Gender dan Keluarga Korea Selatan"]
