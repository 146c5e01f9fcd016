"""Who said it, and how we know: attribution rules learnt from real pages, on sentences of our own."""

from __future__ import annotations

import pytest

from index.entities import extract_entities
from index.quotes import extract_quotes


def quotes(*paragraphs: str):
    paras = list(paragraphs)
    return extract_quotes(paras, extract_entities(paras))


def who(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text[:24], q.speaker) for q in quotes(*paragraphs)]


def test_the_name_after_a_role_phrase_set_off_by_commas():
    got = quotes("“Langkah itu tidak dapat diterima,” kata penasihat keamanan nasional Korea Selatan, "
                 "Park Min-ho, kepada wartawan.")
    assert got[0].speaker == "Park Min-ho" and got[0].cue == "kata name" and got[0].confidence >= 0.9


def test_a_person_after_the_ministry_in_their_title_is_the_speaker_not_the_ministry():
    got = quotes("“Kami memprotes keras kunjungan itu,” ungkap juru bicara kementerian luar negeri China, "
                 "Liu Wei kepada pers.")
    assert (got[0].speaker, got[0].source) == ("Liu Wei", None)


def test_a_role_noun_before_a_credit_resolves_to_the_person_introduced_with_it():
    got = who("Gubernur Okinawa Takeshi Onaga berbicara di Jenewa pada Selasa.",
              "“Pulau kami sangat kecil,” kata gubernur tersebut, sebagaimana dikutip kantor berita Xinhua.")
    assert got == [("Pulau kami sangat kecil", "Takeshi Onaga")]


def test_a_passive_nya_before_the_quote_is_the_latest_speaker():
    got = who("“Rudal itu terbang seribu kilometer,” ujar Perdana Menteri Hiroshi Tanabe di parlemen. "
              "Ditambahkannya, “tiga rudal jatuh di zona ekonomi kita.”")
    assert [s for _t, s in got] == ["Hiroshi Tanabe", "Hiroshi Tanabe"]


def test_english_order_the_name_right_after_the_quote():
    got = quotes("“Saya tidak berpikir itu provokatif,” Jenderal Angkatan Darat Rudi Hartanto, ketua "
                 "kepala staf gabungan, kepada wartawan.")
    assert (got[0].speaker, got[0].cue) == ("Rudi Hartanto", "name after the quote")


def test_a_tag_closing_the_quotes_sentence():
    got = who("Presiden Lee Min-jun berbicara di Washington pada Rabu.",
              "Kedua negara akan membentuk “kelompok penasihat inti” untuk berbagi strategi, kata Lee.")
    assert got == [("kelompok penasihat inti", "Lee Min-jun")]


def test_a_tag_set_inside_the_sentence():
    got = who("Menteri Pertahanan Jang Ho-sung berbicara kepada media pemerintah.",
              "Uji coba itu, sambung Jang, telah meningkatkan “kekuatan tempur pasukan kami.”")
    assert got == [("kekuatan tempur pasukan ", "Jang Ho-sung")]


def test_the_agent_of_a_passive_verb():
    got = who("Wakil Presiden Amerika Serikat Laura Chen tiba di Yokosuka.",
              "Korea Selatan dan Jepang, yang digambarkan Chen sebagai “pintu utama” strategi itu, masih berselisih.")
    assert got == [("pintu utama", "Laura Chen")]


def test_a_role_noun_before_a_credit_with_sebagaimana_is_the_one_introduced_with_it():
    """heldout34's first run (u01): "kata menteri pertahanan sebagaimana dikutip televisi MBC ..."
    read the whole credit as an unnamed source's name."""
    got = quotes("Menteri Pertahanan Korea Selatan Park Ji-hoon menegaskan rencana itu perlu ditinjau.",
                 "“Ada cukup kebutuhan untuk meninjau rencana itu,” kata menteri pertahanan sebagaimana dikutip "
                 "televisi MBC Selasa 26 Januari 2016.")
    assert (got[0].speaker, got[0].cue) == ("Park Ji-hoon", "kata role noun: menteri pertahanan")


def test_the_object_voice_with_a_pronoun_agent_is_the_sentences_subject():
    got = quotes("Presiden Korea Selatan Park Ji-hoon, dalam kunjungan itu juga menyambut baik apa yang ia "
                 "gambarkan sebagai “babak baru” hubungan kedua negara.")
    assert (got[0].speaker, got[0].cue) == ("Park Ji-hoon", "yang ia gambarkan → the sentence's subject")
    # with no person opening the sentence, the latest speaker
    got = who("“Kami siap,” kata Menteri Pertahanan Jepang Kenta Mori kepada wartawan.",
              "Latihan itu menjawab apa yang dia sebut “ancaman nyata” di kawasan.")
    assert got == [("Kami siap", "Kenta Mori"), ("ancaman nyata", "Kenta Mori")]


def test_dengan_mengatakan_goes_back_to_the_subject_of_the_verb_before_it():
    got = who("Dokumen itu disusun oleh pejabat, dan Menteri Pertahanan Kenta Mori menyatakan keyakinannya, "
              "dengan menyatakan, ‘Keamanan akan terjamin.’")
    assert got == [("Keamanan akan terjamin.", "Kenta Mori")]


def test_yang_right_before_the_verb_stands_for_the_person_before_it():
    got = who("Komentar Menlu Choe Myong-il meniru ucapan Presiden Paul Harding di PBB yang menyebut "
              "pemimpin itu sebagai “manusia roket dalam misi bunuh diri”.")
    assert got == [("manusia roket dalam misi", "Paul Harding")]


def test_an_untagged_quote_after_a_tagged_one_continues_it():
    got = who("“Kami sepakat meningkatkan kerja sama,” tutur Perdana Menteri Sato Haruki. “Kami juga akan memperkuat aliansi.”",
              "“Setiap latihan bersama membuat kami lebih kuat dan lebih siap menghadapi ancaman.”")
    assert [s for _t, s in got] == ["Sato Haruki"] * 3
    assert quotes(*[p for p in ["“Kami sepakat meningkatkan kerja sama,” tutur Perdana Menteri Sato Haruki. "
                                "“Kami juga akan memperkuat aliansi.”"]])[1].cue == "follows the previous quote"


def test_katanya_never_goes_to_a_person_named_inside_the_quote():
    got = who("Presiden Dewi Marlina menyambut Perdana Menteri Jepang di Tokyo.",
              "“Almarhum Yamada pasti sangat bangga melihat kerja sama ini,” ujarnya.")
    assert got == [("Almarhum Yamada pasti sa", "Dewi Marlina")]


def test_a_surname_the_article_never_spelled_out_is_marked_less_sure():
    got = quotes("“Partai kami harus menunjukkan kekuatan,” kata Kim seperti dilaporkan kantor berita resmi.")
    assert got[0].speaker == "Kim Jong Un"
    assert got[0].cue == "kata gazetteer surname" and got[0].confidence < 0.8


@pytest.mark.parametrize("text", [
    "Latihan bernama “Freedom Shield” dimulai pada Senin.",
    "Langkah itu dinilai ‘mengganggu’ stabilitas kawasan.",
])
def test_quoted_names_and_scare_quotes_are_not_speech(text):
    assert quotes(text) == []


@pytest.mark.parametrize("text", [
    "Istilah “denuklirisasi penuh” kembali muncul dalam pertemuan para diplomat di Jakarta pekan ini.",
    "Jepang masih bergantung pada apa yang disebut “payung nuklir” Amerika Serikat.",
    "Kementerian merilis dokumen berjudul “arah baru kerja sama maritim” pada Kamis.",
    "Kapal induk itu dijuluki “benteng terapung” oleh para pelaut di pangkalan.",
    "Latihan itu bertajuk “perisai kebebasan bersama” dan berlangsung dua pekan.",
    "Frasa “tekanan maksimum” kembali dipakai para pejabat di Washington.",
    "Kata “aliansi” muncul belasan kali dalam pidato itu.",
])
def test_a_term_after_a_naming_word_is_not_speech(text):
    assert quotes(text) == []


def test_a_term_inside_a_speakers_quote_stays_in_the_quote():
    got = who("“Kami tidak akan menerima apa yang disebut “zona penyangga” di perairan kami,” kata Laksamana Hendra Wijaya.")
    assert got == [("Kami tidak akan menerima", "Hendra Wijaya")]


def test_a_term_is_never_given_to_the_speaker_of_the_quote_before_it():
    got = who("“Kami siap berunding kapan saja,” kata Menteri Luar Negeri Rina Wulandari.",
              "Istilah “denuklirisasi penuh” kembali muncul dalam pembicaraan itu.")
    assert got == [("Kami siap berunding kapa", "Rina Wulandari")]


@pytest.mark.parametrize("text,speaker", [
    # a speaker's own words in a fragment stay a quote (as in test_a_short_fragment_inside_a_sentence)
    ("Ia menyebut langkah itu “provokasi berbahaya”, kata Menteri Luar Negeri Rina Wulandari.", "Rina Wulandari"),
    ("Juru bicara Ahmad Fauzi menyebut kapal itu “benteng terapung yang rapuh” dalam jumpa pers.", "Ahmad Fauzi"),
])
def test_a_speakers_own_words_after_menyebut_are_still_speech(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


def test_a_long_quote_after_a_naming_word_is_still_read_as_quoted_text():
    got = quotes("Spanduk besar itu disebut “tidak ada pangkalan baru di pulau ini, tidak sekarang, tidak nanti” oleh warga.")
    assert len(got) == 1 and got[0].speaker is None


def test_an_initial_does_not_end_the_sentence_before_the_name():
    got = quotes("“Ikatan kami kokoh,” kata Komandan Armada Ketujuh AS, Letjen Dimas W. Pranata.")
    assert got[0].speaker == "Dimas W. Pranata"


def test_a_tag_in_a_sentence_without_quotes_makes_the_latest_speaker():
    got = who("Jepang ingin bekerja sama, kata Ketua Sekretaris Kabinet Jepang, Haruto Sakamoto dalam jumpa pers.",
              "Ia mengatakan “tidak ada yang telah diputuskan” soal kunjungan itu.")
    assert got == [("tidak ada yang telah dip", "Haruto Sakamoto")]


def test_a_person_after_kepada_is_not_who_speaks():
    got = who("Panglima militer Rusia Ivan Petrovsky dalam laporannya kepada Presiden Rusia Vladimir Putin "
              "mengatakan pasukan itu bertempur “bahu-membahu” dengan mereka.")
    assert got == [("bahu-membahu", "Ivan Petrovsky")]


def test_a_role_phrase_after_the_verb_names_the_person_introduced_with_it():
    got = who("Wakil Duta Besar AS untuk PBB Dian Kusuma berbicara di Dewan Keamanan.",
              "Pasukan itu “akan pulang dalam kantong mayat,” kata wakil duta besar AS untuk PBB pada Rabu.")
    assert got == [("akan pulang dalam kanton", "Dian Kusuma")]


def test_a_pronoun_after_a_discourse_marker():
    got = who("Menteri Luar Negeri Korea Selatan Yun Min-ho mengakui banyak tantangan. Namun ia menekankan, "
              "sistem itu murni sebagai ‘langkah defensif’ terhadap ancaman.")
    assert got == [("langkah defensif", "Yun Min-ho")]


def test_a_quote_right_after_someones_reported_speech_continues_it():
    got = quotes("Sementara Presiden Lim Tae-ho mengatakan, mereka telah mengatasi banyak rintangan. "
                 "“Sekarang kita akan bertemu lagi di sini dengan hasil yang baik.”")
    assert (got[0].speaker, got[0].cue) == ("Lim Tae-ho", "after their reported speech")


def test_a_pronoun_after_a_reporting_verb_in_the_subject():
    got = who("Presiden Budi Hartono berpidato di Seoul. Ia juga memuji mitranya dan mengatakan ia berharap "
              "“banyak hal baik” dari pertemuan itu.")
    assert got == [("banyak hal baik", "Budi Hartono")]


def test_a_closing_mark_before_a_glued_tag():
    got = who("Perdana Menteri Haruki Sato berbicara di parlemen. “Tidak boleh ada celah dalam pertahanan kita, ”katanya.")
    assert got == [("Tidak boleh ada celah da", "Haruki Sato")]


def test_the_name_before_a_role_and_a_time_set_off_by_commas():
    got = quotes("Rahmat Hidayat, Duta Besar Indonesia untuk Korea Selatan, hari Kamis mengatakan "
                 "“hubungan kedua negara tetap kuat” setelah pertemuan itu.")
    assert got[0].speaker == "Rahmat Hidayat" and got[0].cue == "mengatakan + the name before the commas"


def test_a_role_named_first_and_the_name_later():
    got = quotes("Duta Besar Indonesia untuk Korea Selatan, hari Kamis mengatakan “hubungan kedua negara tetap kuat”.",
                 "Duta Besar Rahmat Hidayat dijadwalkan kembali ke Jakarta pekan depan.")
    assert got[0].speaker == "Rahmat Hidayat" and got[0].cue.startswith("mengatakan + role noun")


def test_the_person_a_report_says_shouted():
    got = quotes("Polisi menahan seorang pria bernama Kim Dong-hyun di lokasi.",
                 "Media setempat melaporkan Kim, aktivis lama, berteriak, “Kami menolak latihan perang!”")
    assert got[0].speaker == "Kim Dong-hyun"


def test_the_subject_after_a_clause_that_sets_the_scene():
    got = quotes("Setelah menghadiri misa di dekat Gedung Putih, Presiden Joe Biden membuat komentar “Kita lihat saja nanti”.")
    assert got[0].speaker == "Joe Biden"


def test_a_pronoun_after_a_phrase_goes_to_the_person_just_named_and_is_never_a_source():
    got = quotes("Wali Kota Urasoe Kenji Matsumoto langsung menyusul ke Tokyo.",
                 "Dalam pidatonya ia mengatakan, “Pemerintah harus mendengar suara warga.”")
    assert (got[0].speaker, got[0].source) == ("Kenji Matsumoto", None)


def test_a_person_named_in_a_description_does_not_take_the_subjects_words():
    got = quotes("Kim Yo-jong, adik perempuan pemimpin Korea Utara Kim Jong-un, menolak tawaran itu.",
                 "Ia menegaskan pertemuan tidak mungkin karena Tokyo “tidak punya keberanian”.")
    assert got[0].speaker == "Kim Yo Jong"


def test_a_pronoun_after_a_place_phrase_with_an_adverb():
    got = quotes("Perdana Menteri Jepang Shinzo Abe mengecam peluncuran itu.",
                 "Di depan pers ia juga mengatakan, “Kita harus membuat mereka mengerti.”")
    assert got[0].speaker == "Shinzo Abe"


def test_the_subject_a_relative_clause_describes_is_the_speaker():
    got = quotes("Mike Pence yang akan memimpin delegasi AS telah berjanji untuk mencegah Korea Utara “membajak pesan”.")
    assert (got[0].speaker, got[0].source) == ("Mike Pence", None)


def test_a_post_on_social_media_reports_speech():
    got = quotes("Pada bulan Oktober, Donald Trump men-tweet bahwa Rex Tillerson “membuang-buang waktu” saja.")
    assert got[0].speaker == "Donald Trump"


def test_the_agent_of_a_passive_after_its_titles():
    got = quotes("Perdana Menteri Jepang Fumio Kishida hadir.",
                 "Peluncuran itu dikutuk oleh Perdana Menteri Fumio Kishida “sekeras mungkin”.")
    assert got[0].speaker == "Fumio Kishida"


def test_a_bare_title_as_subject_is_the_person_with_that_title_never_a_source():
    got = quotes("Perdana Menteri Jepang Fumio Kishida mengecam peluncuran itu.",
                 "Perdana Menteri menekankan, “Kami tidak akan menerimanya.”")
    assert (got[0].speaker, got[0].source) == ("Fumio Kishida", None)


def test_a_role_with_a_country_of_two_words_picks_that_countrys_person():
    got = quotes("Presiden AS Joe Biden dan Presiden Korea Selatan Yoon Suk-yeol bertemu di Seoul.",
                 "Presiden Korea Selatan, pada bagiannya, mengatakan: “Saya meminta dukungan penuh.”")
    assert got[0].speaker == "Yoon Suk-yeol"


def test_a_pronoun_and_a_verb_after_the_quote_is_the_latest_speaker():
    got = quotes("Menteri Luar Negeri Retno Wulandari bertemu mitranya di Tokyo pada Senin.",
                 "Menteri Luar Negeri Jepang Haruka Ishida mengatakan kedua negara akan memperluas latihan. "
                 "“Kami siap,” dia menambahkan.")
    assert (got[0].speaker, got[0].cue) == ("Haruka Ishida", "pronoun after the quote → latest speaker")


def test_a_paragraph_that_is_only_a_quote_goes_to_the_latest_speaker():
    got = quotes("Menteri Pertahanan Hiroshi Tanabe berbicara kepada wartawan di Tokyo pada Kamis.",
                 "Tanabe mengatakan latihan itu akan berlangsung sesuai rencana meski ada protes dari Pyongyang.",
                 "“Kami tidak akan membiarkan ancaman apa pun mengubah jadwal latihan kami.”")
    assert (got[0].speaker, got[0].cue) == ("Hiroshi Tanabe", "a paragraph of quote → latest speaker")
    assert got[0].confidence < 0.6  # shown as uncertain


def test_a_pull_quote_teaser_repeating_a_later_quote_is_not_a_second_quote():
    from index.extract import extract_text
    page = ("... Pyongyang harus menanggung akibat dari provokasi semacam itu... \"\n\n"
            "Tokyo (ANTARA) - Pemerintah Jepang mengecam uji coba rudal Korea Utara pada Senin.\n\n"
            "Menteri Pertahanan Hiroshi Tanabe berbicara kepada wartawan di Tokyo.\n\n"
            "\"Kami menilai tindakan ini sangat berbahaya. Pyongyang harus menanggung akibat dari "
            "provokasi semacam itu,\" kata Tanabe.\n")
    got = extract_text(page).quotes
    assert [(q.text[:10], q.speaker) for q in got] == [("Kami menil", "Hiroshi Tanabe")]


def test_a_glued_curly_mark_before_the_tag_keeps_the_quote_and_its_speaker():
    got = who("Menteri Pertahanan Jepang Gen Nakatani berbicara di Tokyo.",
              "“Kami tidak akan mundur“kata Nakatani kepada wartawan.",
              "“Latihan tetap berjalan,“katanya kepada pers.")
    assert got == [("Kami tidak akan mundur", "Gen Nakatani"), ("Latihan tetap berjalan", "Gen Nakatani")]


def test_a_name_then_a_colon_opening_the_quote_is_the_speaker():
    got = quotes("Juru bicara Gedung Putih Karine Jean-Pierre: “Kami memantau situasi di semenanjung dengan saksama.”")
    assert (got[0].speaker, got[0].cue) == ("Karine Jean-Pierre", "name + colon")
    got = quotes("Juru bicara Kementerian Pertahanan Jepang Daiki Morita: “Tidak ada kerusakan pada kapal kami.”")
    assert (got[0].speaker, got[0].cue) == ("Daiki Morita", "name + colon")


def test_a_colon_after_a_word_that_is_no_name_gives_no_speaker():
    got = quotes("Presiden Lee Min-jun bertemu Perdana Menteri Taro Yamada. Kesimpulannya: “Kami akan terus berbicara.”")
    assert got == [] or got[0].speaker is None


def test_a_verb_inside_what_an_earlier_verb_reports_is_not_the_speakers():
    got = who("“Untuk pertama kalinya ada empat uji coba dalam sepekan,” kata Wakil Menteri Pertahanan Jepang Taro Ono.",
              "Ia menyebutkan langkah semacam itu mengancam keamanan kawasan, “karena itu kami memprotes lewat kedutaan.”")
    assert got[1] == ("karena itu kami memprote", "Taro Ono")


def test_a_pronoun_tag_closing_a_sentence_of_partial_quotes_gives_them_to_the_latest_speaker():
    got = who("Menteri Pertahanan Taro Ono mengunjungi pangkalan itu.",
              "Jepang akan meningkatkan “daya tangkal mutlaknya”, termasuk untuk “serangan pendahuluan yang kuat”, "
              "untuk menghadapi ancaman itu, kata dia.")
    assert got == [("daya tangkal mutlaknya", "Taro Ono"), ("serangan pendahuluan yan", "Taro Ono")]


def test_a_later_verb_with_its_own_subject_beats_an_earlier_passive_agent():
    got = who("Kecaman keras diberikan oleh Korut, dengan Kim Yo Jong mengecam latihan itu sebagai "
              "“unjuk kekuatan yang sembrono”.")
    assert got == [("unjuk kekuatan yang semb", "Kim Yo Jong")]


def test_dan_inside_an_institutions_name_does_not_cut_the_subject():
    got = who("Park Min-ho dari Pusat Kebenaran dan Keadilan Sejarah mengatakan, “Ini adalah kasus penting bagi kami.”")
    assert got == [("Ini adalah kasus penting", "Park Min-ho")]


def test_a_quote_cited_as_someones_statement_is_theirs():
    got = who("Presiden Lee Jae-myung bertemu Perdana Menteri Taro Ono di Seoul, dan Lee Jae-myung menyambutnya.",
              "“Kami sangat menghargai dukungan Anda yang konsisten,” mengutip pernyataan Taro Ono "
              "pada awal pembicaraan dengan Lee.")
    assert got == [("Kami sangat menghargai d", "Taro Ono")]


@pytest.mark.parametrize("text,speaker", [
    # English order: the quote, more of its sentence, then its speaker and a verb of saying
    ("“Uji coba ini adalah tonggak penting” bagi program itu, Laksamana Muda Budi Santoso, kepala badan "
     "pertahanan rudal, mengatakan dalam sebuah pernyataan.", "Budi Santoso"),
    ("Latihan itu akan ‘selesai’, Presiden Joe Biden mengatakan kepada wartawan di Washington.", "Joe Biden"),
    # the verb reports something else: no speaker from it
    ("“Uji coba ini adalah tonggak penting” bagi program itu, dan Budi Santoso mengatakan bahwa uji berikutnya "
     "digelar tahun depan.", None),
])
def test_the_speaker_and_verb_after_the_quote_in_its_sentence(text, speaker):
    assert who(text)[0][1] == speaker


def test_a_demand_reported_with_a_pronoun_is_the_latest_speakers():
    got = who("Menteri Luar Negeri Korea Utara Choe Son Hui mengecam latihan itu.",
              "Kecaman serupa dibuat tahun lalu, ketika ia menuntut Washington menghentikan “kebijakan bermusuhan” "
              "terhadap Pyongyang.")
    assert got == [("kebijakan bermusuhan", "Choe Son Hui")]


def test_a_scene_set_with_di_sini_leaves_the_subject_to_the_name_after_it():
    got = who("Di sini, Presiden Korea Selatan Lee Jae-myung mengangkat gelasnya dan mengucapkan selamat "
              "untuk “persahabatan yang abadi,” di depan para tamu.")
    assert got == [("persahabatan yang abadi", "Lee Jae-myung")]


def test_a_scholar_set_off_after_an_opening_phrase_is_the_speaker_by_surname():
    got = who("Sementara itu, Hans-Peter Lindqvist, profesor hubungan internasional di sebuah universitas di "
              "Seoul, menyatakan bahwa rudal itu sulit dilacak.",
              "“Lintasannya berubah-ubah,” kata Lindqvist.")
    assert got == [("Lintasannya berubah-ubah", "Hans-Peter Lindqvist")]


def test_menurut_opening_a_sentence_names_the_speaker_of_the_next_nya():
    got = who("Menurut Rahul Mehta dari sebuah lembaga kajian di Washington, rudal itu membawa beberapa hulu ledak.",
              "“Uji terbangnya bisa datang tahun ini,” ujarnya.")
    assert got == [("Uji terbangnya bisa data", "Rahul Mehta")]
    paras = ["Menurut USNI News, kapal induk itu menuju Laut China Selatan setelah latihan."]
    assert "USNI News" not in extract_entities(paras).people


def test_a_sentence_glued_to_the_quotes_tag_keeps_its_own_subject():
    from index.extract import extract_text

    art = extract_text("Menurut Rahul Mehta dari sebuah lembaga kajian, rudal itu membawa beberapa hulu ledak.\n\n"
                       "“Uji terbangnya bisa datang tahun ini,” ujarnya.Dalam pidatonya, Kim Jong Un memberikan "
                       "“dorongan hangat” kepada pasukannya.\n")
    assert [(q.text[:24], q.speaker) for q in art.quotes] == [
        ("Uji terbangnya bisa data", "Rahul Mehta"), ("dorongan hangat", "Kim Jong Un")]
    assert "ujarnya. Dalam pidatonya" in art.paragraphs[1]


def test_a_second_quote_goes_on_past_the_one_who_relayed_the_first():
    got = who("Presiden Hartono bertemu Penasihat Keamanan Nasional Bram Sutedja di istana.",
              "“Keluarlah dari sana jika kita tidak mendapat kesepakatan,” kata Hartono seperti dikutip Sutedja "
              "dalam memoarnya. “Kita kehilangan banyak uang. Ayo keluar.”")
    assert [s for _t, s in got] == ["Hartono", "Hartono"]


def test_a_title_in_capitals_as_the_tag_is_the_one_it_fits_only_when_it_names_their_country():
    got = who("Menteri Luar Negeri Jepang Hiroshi Tanabe bertemu mitranya di Seoul.",
              "“Masalah ganti rugi itu sudah selesai”, jelas Menlu Jepang.")
    assert got == [("Masalah ganti rugi itu s", "Hiroshi Tanabe")]
    # another country's minister: nobody is guessed
    assert who("Menteri Pertahanan Jepang Hiroshi Tanabe bertemu mitranya di Jakarta.",
               "“Latihan itu akan berlanjut”, kata Menhan RI.") == [("Latihan itu akan berlanj", None)]


def test_a_verb_glued_to_the_speakers_name_is_not_part_of_the_name():
    got = who("Presiden Hwang Dong In tiba di Seoul pada Kamis.",
              "“Babak baru sudah dimulai,” kata Presiden Hwang Dong Inmenegaskan di depan wartawan.")
    assert got == [("Babak baru sudah dimulai", "Hwang Dong-in")]  # one spelling: one_korean_spelling


def test_a_name_never_written_apart_keeps_its_last_word_whole():
    people = extract_entities(["“Kami siap,” kata Menteri Pertahanan Budi Dimenggala kepada wartawan."]).people
    assert "Budi Dimenggala" in people


def test_mr_without_its_dot_is_a_title_not_a_name():
    got = who("Perdana Menteri Australia Scott Morrison berbicara dari Canberra.",
              "“Masa depan kawasan ini akan menentukan masa depan kita semua,” kata Mr Morrison.")
    assert got == [("Masa depan kawasan ini a", "Scott Morrison")]


def test_a_quote_before_another_in_the_same_sentence_shares_its_tag():
    got = who("“Kami menjunjung hukum internasional,” tetapi semua itu sedang diuji di kawasan, "
              "“baik di laut maupun di udara,” ujar Menteri Luar Negeri Kenji Aramaki.")
    assert got == [("Kami menjunjung hukum in", "Kenji Aramaki"), ("baik di laut maupun di u", "Kenji Aramaki")]


def test_a_quote_does_not_take_the_next_quotes_tag_past_another_speaker_or_sentence():
    got = who("“Kami menjunjung hukum internasional,” tulis Kementerian Luar Negeri. Lalu Rina Sagara menambahkan, "
              "“baik di laut maupun di udara,” ujar Menteri Luar Negeri Kenji Aramaki.")
    assert got[0][1] is None


def test_a_tag_the_page_moved_to_the_next_paragraph_still_names_the_speaker():
    got = quotes("Kunjungan itu menandai babak baru hubungan kedua negara. “Saya kira dia akan menjadi pemimpin "
                 "yang hebat, seperti yang Anda tahu,”", "ungkap Presiden Daniel Whitmore kepada wartawan di pesawat.")
    assert [(q.speaker, q.cue.split(":")[0]) for q in got] == [("Daniel Whitmore", "tag opens the next paragraph")]


def test_someones_kin_is_not_them():
    text = ("Kim Sol Hwa, adik perempuan pemimpin Korea Utara Kim Jong Un, memperingatkan Seoul lagi. "
            "Adik Kim Jong Un, yang menjabat di komite partai, merilis pernyataan yang menyebut latihan itu "
            "sebagai “cara yang salah”.")
    assert who(text) == [("cara yang salah", "Kim Sol-hwa")]
    alone = who("Adik Kim Jong Un, yang menjabat di komite partai, merilis pernyataan yang menyebut latihan itu "
                "sebagai “cara yang salah”.")
    assert alone == [] or alone[0][1] != "Kim Jong Un"


def test_a_person_who_opens_the_next_clause_did_not_say_the_quote_before_it():
    got = who("Pemerintah Jepang “menanggapinya dengan sangat serius” dan Wakil Menteri Luar Negeri Kenji Aramaki "
              "menyampaikan penyesalannya kepada duta besar.")
    assert got == [] or got[0][1] != "Kenji Aramaki"


@pytest.mark.parametrize("tag, speaker, source", [
    ("kata warga setempat, Sayaka Tomimura seperti dikutip Kyodo.", "Sayaka Tomimura", None),
    ("kata warga setempat.", None, "warga setempat"),
    ("ujar seorang nelayan kepada wartawan.", None, "seorang nelayan"),
])
def test_a_resident_quoted_after_a_governor_is_the_resident(tag, speaker, source):
    got = quotes("Gubernur Okinawa Kenji Aramaki menyebut insiden itu “benar-benar keterlaluan”.",
                 "“Pesawat itu bisa jatuh di mana saja di tempat kita tinggal,” " + tag)
    assert (got[-1].speaker, got[-1].source) == (speaker, source)


def test_katanya_after_a_passive_whose_agent_speaks_is_that_agent():
    got = who("“Rudal melewati wilayah timur laut,” kata juru bicara pemerintah Kenji Aramaki kepada wartawan.",
              "Dia menambahkan, tidak ada laporan kerusakan dalam peluncuran yang oleh Perdana Menteri Hiroshi Tanabe "
              "disebut sebagai tindakan kekerasan.",
              "“Kami sangat mengecam ini,” katanya dalam pidato singkat.")
    assert got[-1] == ("Kami sangat mengecam ini", "Hiroshi Tanabe")


def test_katanya_after_a_count_credited_with_menurut_is_the_one_credited():
    got = who("Itu akan menjadi rudal terbanyak dalam sebulan, menurut penghitungan Sayaka Tomimura, peneliti senior.",
              "“Terakhir kali kami melihat uji coba sebanyak ini adalah pada 2017,” katanya dalam sebuah unggahan.")
    assert got == [("Terakhir kali kami melih", "Sayaka Tomimura")]


def test_a_notice_that_speaks_for_itself_is_the_source_not_the_last_speaker():
    got = quotes("“Kami sangat mengecam ini,” kata Perdana Menteri Hiroshi Tanabe.",
                 "“Harap evakuasi ke gedung atau bawah tanah,” bunyi peringatan itu.")
    assert (got[-1].speaker, got[-1].source) == (None, "peringatan itu")


def test_that_statement_is_the_organisation_that_just_spoke_as_a_subject():
    got = quotes("Pentagon mengatakan latihan itu akan dimulai pekan depan.",
                 "“Latihan ini bersifat defensif,” bunyi pernyataan tersebut seperti dilansir Reuters.")
    assert (got[-1].speaker, got[-1].source) == (None, "Pentagon")
    other = quotes("Langkah itu diambil setelah resolusi Dewan Keamanan PBB mengecam peluncuran roket itu.",
                   "“Kami tidak menutupi fakta itu,” kata pernyataan itu.")
    assert (other[-1].speaker, other[-1].source) == (None, "pernyataan itu")  # the resolution's, not the council's own


@pytest.mark.parametrize("sentence", [
    "Sambil menyinggung “penyelesaian produksi senjata” ia lalu pergi.",
    "Pernyataannya Selasa juga mengatakan Jepang menimbulkan “kesengsaraan yang tak terukur” selama itu.",
])
def test_a_conjunction_or_a_word_pointing_back_is_never_a_quotes_source(sentence):
    got = quotes(sentence)
    assert got == [] or got[0].source is None, got[0].source


def test_the_one_told_before_a_colon_is_not_the_speaker():
    text = ("Perdana Menteri Sayaka Tomimura bertemu Presiden Kenji Aramaki. Tomimura mengingat mentornya "
            "sambil mengatakan kepada Aramaki: “Mentor saya sering memuji Anda.”")
    assert [s for _t, s in who(text)] == ["Sayaka Tomimura"]


def test_a_relative_clause_with_its_own_quote_still_leaves_the_subject_speaking():
    text = ("Presiden Kenji Aramaki tiba di Tokyo. Aramaki, yang memuji “jabat tangan kuatnya,” "
            "mengatakan negaranya akan menjadi “sekutu pada tingkat terkuat.”")
    assert [s for _t, s in who(text)] == ["Kenji Aramaki", "Kenji Aramaki"]


def test_a_person_who_owns_a_noun_is_not_the_subject_of_its_verb():
    first = "Presiden Kenji Aramaki tiba di Tokyo pada Sabtu."
    then = ("Sayaka Tomimura, seorang peneliti di Kabarnusa Institute, mengatakan waktu kunjungan Aramaki "
            "menunjukkan “cara diplomasi pragmatis” bagi kedua negara.")
    assert who(first, then) == [("cara diplomasi pragmatis", "Sayaka Tomimura")]


@pytest.mark.parametrize("sister", ["Sayaka Tomimura", "Mika Aramaki"])
def test_a_sister_of_either_age_speaks_for_herself(sister):
    """"saudari" is a sister of either age: the one sibling the article names, also when
    the surname alone already stands for her; "bantah" tags a rebuttal."""
    first = f"{sister}, adik perempuan Presiden Korea Utara Kenji Aramaki, mengkritik latihan itu pada Senin."
    between = "“Latihan ini defensif,” kata Menteri Pertahanan Rina Hartati."
    then = "“Jika kalian ingin tidur nyenyak, lebih baik mundur,” bantah saudari Aramaki."
    assert [s for _t, s in who(first, between, then)] == ["Rina Hartati", sister]


def test_a_name_or_a_heading_in_quote_marks_is_not_speech_even_after_a_quote():
    said = "“Kapal ini telah membela kawasan selama sembilan tahun,” ujar Duta Besar Kenji Aramaki."
    ship = "Kapal induk “USS Kabarnusa Raya” meninggalkan pangkalan di Yokosuka pada Kamis."
    heading = "“Langkah perang”"
    short = "“Kami menyampaikan protes keras.”"
    cut = "“Pyongyang khawatir Ko"
    found = [t.strip() for t, _s in who(said, ship, heading, short, cut)]
    assert found == ["Kapal ini telah membela", "Kami menyampaikan protes", "Pyongyang khawatir Ko"], found


def test_after_an_organisations_quote_its_nya_tag_is_the_organisation():
    """"tambahnya" after a ministry's quote is the ministry, not the last person who spoke
    (there, the prime minister the ministry insulted)."""
    paras = ["Perdana Menteri Jepang Shinzo Abe mengatakan rudal itu ancaman serius bagi kawasan.",
             "“Abe adalah orang paling bodoh dalam sejarah,” kata Kementerian Luar Negeri Korea Utara "
             "dalam sebuah pernyataan.",
             "“Abe mungkin akan melihat rudal balistik yang sebenarnya,” tambahnya."]
    found = [(q.speaker, q.source) for q in quotes(*paras)]
    assert found == [(None, "Kementerian Luar Negeri Korea Utara")] * 2, found


def test_a_statement_of_an_organisation_about_two_leaders_is_the_organisations():
    text = ("“Kedua pemimpin menekankan ancaman itu,” bunyi pernyataan Gedung Putih menyampaikan isi "
            "percakapan telepon antara Presiden Kenji Aramaki dan Perdana Menteri Sayaka Tomimura.")
    found = [(q.speaker, q.source) for q in quotes(text)]
    assert found == [(None, "Gedung Putih")], found


def test_an_unnamed_official_who_opens_a_sentence_is_the_one_katanya_stands_for():
    paras = ["Presiden Kenji Aramaki menerima usulan penarikan pasukan pekan lalu.",
             "Sementara itu, seorang juru bicara Pentagon mengatakan tidak ada keputusan politik. "
             "“Tidak ada pengumuman politik yang dibuat,” katanya."]
    found = [(q.speaker, q.source) for q in quotes(*paras)]
    assert found == [(None, "juru bicara Pentagon")], found
    unnamed = ("Seorang pejabat senior Kementerian Luar Negeri Jepang yang enggan disebut namanya mengatakan, "
               "Tokyo ingin kepastian. “Kami tidak ingin ada kejutan,” ujarnya.")
    assert [(q.speaker, q.source) for q in quotes(paras[0], unnamed)] == [
        (None, "pejabat senior Kementerian Luar Negeri Jepang")]


@pytest.mark.parametrize("opening", [
    "Adik perempuan pemimpin Korea Utara Kim Jong Un, Kim Yo Jong, mengecam latihan itu pada Senin.",
    "Kim Yo Jong, adik perempuan pemimpin Korea Utara Kim Jong Un, memperingatkan Washington pada Senin.",
])
def test_a_surname_two_people_share_stays_with_the_subject_of_the_opening(opening):
    """"Kim" in a story about Kim Yo Jong went to her brother, named in her apposition:
    the subject is the one the apposition describes, and once "Kim" is read as her, a
    later "Kim" far from the opening stays hers."""
    paras = [opening,
             "“Kami akan membalas setiap provokasi,” kata Kim dalam pernyataan.",
             "Kim juga mengkritik rencana pengiriman kapal selam ke pelabuhan itu.",
             "Latihan gabungan itu melibatkan kapal induk dan pesawat pengebom.",
             "Dia mengatakan langkah itu akan menambah “ketegangan baru” di kawasan.",
             "“Washington akan menyesali keputusan itu,” kata Kim."]
    found = [q.speaker for q in quotes(*paras)]
    assert found == ["Kim Yo Jong"] * 3, found


@pytest.mark.parametrize("office", ["direktur urusan publik Kepala Staf Gabungan militer",
                                    "juru bicara Presiden Yoon Suk Yeol"])
def test_a_name_opening_the_sentence_with_its_office_before_a_colon_is_the_speaker(office):
    text = f"Kenji Aramaki, {office}: “Pesan yang dirilis pagi ini saling bertentangan.”"
    assert who(text) == [("Pesan yang dirilis pagi ", "Kenji Aramaki")], who(text)


def test_a_new_paragraph_on_another_actor_does_not_continue_the_previous_quote():
    """heldout17: North Korea's warning was listed as Japan's prime minister's words, no
    "?", because it followed his quote in the next paragraph."""
    paras = ["“Kami mengajukan protes keras,” kata Perdana Menteri Sayaka Tomimura.",
             "Peluncuran itu terjadi sehari setelah Korea Utara menembakkan rudal selama peringatan "
             "“reaksi militer yang kejam” terhadap latihan itu, mengatakan Washington mengambil “taruhan yang akan Anda sesali.”"]
    assert [q.speaker for q in quotes(*paras)][1:] in ([None, None], []), [(q.text, q.speaker) for q in quotes(*paras)]


@pytest.mark.parametrize("who", ["seorang pejabat senior AS", "seorang diplomat senior AS"])
def test_an_unnamed_official_with_a_named_office_after_kata_is_the_source(who):
    """“...,” kata seorang pejabat senior AS: not the president the previous sentence named."""
    text = (f"Presiden Kenji Aramaki menjanjikan langkah yang menggarisbawahi komitmen negaranya. "
            f"“Kami bekerja sama secara luar biasa,” kata {who}, dilansir dari kantor berita.")
    got = [(q.speaker, q.source) for q in quotes(text)]
    assert got == [(None, who)], got


@pytest.mark.parametrize("tag", ["kata kepala Pentagon dalam konferensi pers", "ujar pimpinan Pentagon itu"])
def test_another_name_of_an_office_is_the_person_introduced_with_it(tag):
    """heldout17's w19: “...,” kata kepala Pentagon went to the Pentagon, not to the
    defence secretary the headline and lede had named."""
    paras = ["Menhan AS Kenji Aramaki bertemu mitranya di Seoul pada Jumat.",
             f"“Sangat penting bahwa kami menyimpulkan pakta itu,” {tag}."]
    assert [(q.speaker, q.source) for q in quotes(*paras)] == [("Kenji Aramaki", None)]


def test_a_name_in_quote_marks_is_not_an_organisations_speech_but_a_persons_epithet_is_theirs():
    """heldout17: “Freedom’s Edge” was listed as the Indo-Pacific Command's quote, and a
    treaty's name as Japan's."""
    org = ("Komando Indo-Pasifik AS menyatakan dalam siaran persnya bahwa latihan militer “Freedom’s Edge” "
           "dapat meningkatkan kerja sama ketiga negara.")
    assert [q.text for q in quotes(org)] == []
    person = "Presiden AS Donald Trump menyebut pemimpin Korea Utara itu “Manusia Roket” dalam pidatonya."
    assert [(q.text, q.speaker) for q in quotes(person)] == [("Manusia Roket", "Donald Trump")]


def test_a_name_after_a_naming_word_is_a_name_even_in_a_speakers_sentence():
    """heldout33's first run: “yang disebut 'Freedom Edge'” in a sentence tagged with an admiral's
    name was listed as his quote."""
    text = ("Latihan bulan ini, yang disebut 'Laut Teduh', akan mencakup perang antikapal selam, "
            "kata Laksamana Muda AS Kenji Aramaki.")
    assert [q.text for q in quotes(text)] == []


@pytest.mark.parametrize("tag,who", [("demikian Menteri Pertahanan Jepang, Kenji Aramaki", "Kenji Aramaki"),
                                     ("cuit Menlu AS Kenji Aramaki di Twitter pribadinya", "Kenji Aramaki")])
def test_demikian_and_a_post_tag_the_speaker_after_the_quote(tag, who):
    """heldout18's first run: “...,” demikian Menteri ..., X and “...,” cuit Menlu AS X had no speaker."""
    assert [q.speaker for q in quotes(f"“Ini tidak dapat diterima,” {tag}.")] == [who]


def test_a_tex_closing_mark_ends_the_sentence_before_a_pronoun_subject():
    """realdev_b's b36: after “... Jepang.'' Ia menyatakan keyakinannya bahwa ``...''” the
    speaker was Japan (named in the quote before), not the president who goes on."""
    text = ("Presiden Hiroshi Tanabe berkata, ``Kerja sama ini penting bagi Korea, Amerika Serikat, dan Jepang.'' "
            "Ia menyatakan keyakinannya bahwa ``hal ini tidak akan berubah bahkan jika pemimpinnya berganti.''")
    assert [(q.speaker, q.source) for q in quotes(text)] == [("Hiroshi Tanabe", None)] * 2


def test_a_discourse_word_alone_before_the_verb_is_no_source():
    """realdev_b's b19: “rasional dan adil” went to a source called “Tetapi” (but)."""
    text = ("Kementerian itu pada hari Rabu mengatakan pembicaraan belum dimulai. Tetapi mengatakan para pejabat "
            "kedua negara sepakat perundingan harus dilangsungkan secara “rasional dan adil”.")
    assert [q.source for q in quotes(text)] in ([], [None])


def test_an_unnamed_official_before_a_credit_is_the_source_not_the_outlet_cited():
    """realdev's a24: “...,” ujar pejabat tersebut yang tidak ingin disebutkan namanya,
    melansir CNA went to CNA, the outlet cited, and so did the next quote's “sambungnya”
    (which now has no speaker: an unnamed source as the latest speaker lost more than it
    gained on the held-out sets)."""
    got = quotes("“Kami akan menentukan skala latihan,” ujar pejabat tersebut yang tidak ingin disebutkan namanya, "
                 "melansir CNA.", "“Keselamatan juga merupakan kunci,” sambungnya.")
    assert [(q.speaker, q.source) for q in got][0] == (None, "pejabat tersebut")
    assert "CNA" not in [q.source for q in got]


def test_a_statement_of_an_office_the_gazetteer_does_not_know_is_not_the_latest_speaker():
    """realdev's a14: “...,” bunyi pernyataan dari Komando Militer AS Wilayah Indo-Asia
    Pasifik was the Secretary of State's, quoted in the paragraph before."""
    got = quotes("Menteri Luar Negeri AS Rex Tillerson berkomentar singkat. “Kami tidak punya komentar,” katanya.",
                 "“Komando kami berkomitmen penuh untuk bekerja sama dengan sekutu,” bunyi pernyataan dari "
                 "Komando Militer AS Wilayah Indo-Asia Pasifik.")
    assert (got[1].speaker, got[1].source) == (None, "pernyataan dari Komando Militer AS Wilayah Indo-Asia Pasifik")


def test_a_quote_left_open_goes_on_only_into_a_paragraph_the_mark_opens():
    """realdev's a30: an alert's words, their mark never closed, went to the minister quoted
    in the middle of the next paragraph."""
    got = quotes("Melalui peringatan ini, penduduk diberitahu, “Peluncuran rudal, segera mengungsi.",
                 "Mengenai peluncuran itu, Kepala Sekretaris Kabinet Hirokazu Matsuno mengatakan, "
                 "“Rudal itu jatuh di luar ZEE Jepang.”")
    assert [q.speaker for q in got] == [None, "Hirokazu Matsuno"]
    went_on = quotes("Matsuno berkata kepada wartawan, “Rudal itu terbang di atas Tohoku dan",
                     "“jatuh di Samudra Pasifik,” kata Kepala Sekretaris Kabinet Hirokazu Matsuno.")
    assert [q.speaker for q in went_on] == ["Hirokazu Matsuno"] * 2


def test_a_quote_after_its_speakers_own_tag_with_a_verb_goes_on_with_them():
    """heldout19's y34: the second quote after “...,” Park Sun-won, anggota komite ...,
    mengatakan setelah pengarahan tersebut. had no speaker."""
    got = quotes("“Tanda-tanda pasukan dilatih terdeteksi pada bulan September,” Park Sun-won, anggota komite "
                 "intelijen parlemen, mengatakan setelah pengarahan tersebut. “Tampaknya pasukan kini telah disebar.”")
    assert [q.speaker for q in got] == ["Park Sun-won", "Park Sun-won"]


def test_a_straight_mark_glued_to_a_tag_closes_and_an_office_is_not_another_spokesperson():
    """heldout19's y01: '... kami, "kata juru bicara ...' read "kata juru bicara ..." as the
    quote, and the North Korean ministry's spokesperson then went to the White House's."""
    got = quotes("Juru bicara Gedung Putih Jay Carney mengatakan AS mampu bertahan.",
                 'Pejabat itu menyebut AS memicu perang. "Kami akan menggunakan hak untuk melindungi kepentingan kami, '
                 '"kata juru bicara Kementerian Luar Negeri, Rabu 6 Maret 2013 lalu.')
    assert len(got) == 1 and got[0].text.startswith("Kami akan menggunakan hak"), [q.text for q in got]
    assert (got[0].speaker, got[0].source) == (None, "Kementerian Luar Negeri")
    # a country after the title is no qualifier: "presiden AS" is the president the article named
    trump = quotes("Presiden Donald Trump bertemu Kim di Singapura. Presiden AS mengatakan latihan itu “provokatif”.")
    assert [q.speaker for q in trump] == ["Donald Trump"]


def test_a_tag_naming_an_office_nobody_holds_in_the_article_is_the_source_not_the_latest_speaker():
    """heldout19's y13: “...,” ucap Juru Bicara Tentara Rakyat Korut. was shown as KCNA's
    (quoted a paragraph before), 50%."""
    got = quotes("Kantor berita KCNA melaporkan rencana itu. “Kami siap,” kata KCNA.",
                 "“Rencana serangan akan dipraktikkan secara berkesinambungan,” ucap Juru Bicara Tentara Rakyat Korut.")
    assert (got[1].speaker, got[1].source) == (None, "Juru Bicara Tentara Rakyat Korut")


@pytest.mark.parametrize("tag, source", [("kata mereka dalam pernyataan bersama", "pernyataan bersama"),
                                         ("imbuh mereka", "mereka")])
def test_they_after_a_quote_is_not_the_last_leader_quoted(tag, source):
    """heldout19's y36: the two leaders' joint words (“...,” kata mereka) went to Ishiba, 85%."""
    got = quotes("“Aliansi kami kuat,” kata Perdana Menteri Shigeru Ishiba setelah bertemu Presiden Donald Trump.",
                 f"“Kedua pemimpin menegaskan komitmen mereka terhadap denuklirisasi,” {tag}.")
    assert (got[1].speaker, got[1].source) == (None, source) and got[1].confidence <= 0.7


def test_a_verb_with_no_subject_after_a_quote_goes_on_with_its_speaker():
    """heldout20's z18: “...,” menambahkan bahwa ... “...” (he added that): the second quote had nobody."""
    got = who("Perdana Menteri Hiroshi Tanabe bertemu Menteri Pertahanan AS Mark Esper di Tokyo.",
              "Tanabe berkata: “Ikatan kedua negara tidak pernah sekuat ini. Kami ingin memperkuatnya,” menambahkan "
              "bahwa Jepang akan "
              "bekerja sama untuk mewujudkan “kawasan yang bebas dan terbuka.”")
    assert got == [("Ikatan kedua negara tida", "Hiroshi Tanabe"), ("kawasan yang bebas dan t", "Hiroshi Tanabe")]


def test_a_subject_of_two_inside_what_someone_says_leaves_the_quote_to_the_one_who_says_it():
    """heldout20's z23: "Suga mengatakan dia dan Biden menegaskan “...”" went to Biden."""
    got = who("Perdana Menteri Hiroshi Tanabe bertemu Presiden Joe Biden di Gedung Putih.",
              "Tanabe mengatakan dia dan Biden juga menegaskan pentingnya “perdamaian dan stabilitas di selat itu”.")
    assert got == [("perdamaian dan stabilita", "Hiroshi Tanabe")]


def test_a_promise_in_quotes_is_the_promisers():
    got = who("Pemimpin Korea Utara Kim Jong Un bertemu Presiden Rusia Vladimir Putin di Vladivostok.",
              "Sebelumnya, pada hari Rabu, Kim menjanjikan “dukungan penuh dan tanpa syarat” kepada Rusia.")
    assert got == [("dukungan penuh dan tanpa", "Kim Jong Un")]


def test_a_short_term_in_another_language_with_nobody_saying_it_is_no_quote():
    """heldout20's z37: “rare earths” in a sentence of the writer's was listed as a quote."""
    assert who("Pertemuan itu membahas pasokan mineral kritis dan “rare earths” yang dibutuhkan industri.") == []
    # a speaker's words in another language stay theirs
    assert who("Presiden Donald Trump mengancam Korea Utara dengan “fire and fury”.") == [("fire and fury", "Donald Trump")]


def test_an_outlets_unnamed_source_is_a_source_not_the_outlet():
    """heldout20's z14/z15: “...,” ungkap sumber Tribunnews.com was Tribunnews's own words, 90%."""
    got = quotes("“Semua terekam pada kami,” ungkap sumber Kompas.com, Sabtu (29/12/2018).")
    assert (got[0].speaker, got[0].source) == (None, "sumber Kompas")


def test_an_analyst_from_an_institution_who_says_something_is_the_latest_speaker():
    """heldout21's c09: "Bruce Bennett dari Rand Corporation mengatakan, ..." then "dia menegaskan
    ... “besar dan ...”" went to Kim Jong Un, named two paragraphs before."""
    got = who("Kim Jong Un menyatakan bahwa mereka bisa membuat bom itu sendiri.",
              "Adapun pengamat pertahanan Bruce Bennett dari Rand Corporation mengatakan, hal itu belum pasti.",
              "Namun, dia menegaskan bahwa guncangan itu memberi sinyal senjata yang “besar dan berbahaya”.")
    assert got == [("besar dan berbahaya", "Bruce Bennett")]


def test_a_paragraph_of_quote_after_an_unnamed_spokesmans_is_his_not_the_last_leader_named():
    """heldout21's c11: a North Korean spokesman's words went on as South Korea's president's."""
    got = quotes("Presiden Korea Selatan Moon Jae-in mengecam uji coba itu, kata kantornya.",
                 "“AS mencari masalah dengan kekuatan nuklir kami,” kata juru bicara tersebut, Rabu (6/9/2017).",
                 "“Tidak ada yang berhak protes soal pengujian itu karena ini adalah agenda rutin kami.”")
    assert [(q.speaker, q.source) for q in got] == [(None, "juru bicara"), (None, "juru bicara")]


def test_the_ministry_spoken_of_again_is_a_source_not_the_last_person_quoted():
    """heldout21's c17: “...,” kata kementerian itu went to Mike Pompeo, quoted just before."""
    got = quotes("Menlu AS Mike Pompeo mengatakan ia “memahami” keprihatinan itu.",
                 "“Pembatasan itu dapat mengganggu rantai pasokan global,” kata kementerian itu dalam jumpa pers.")
    assert (got[1].speaker, got[1].source) == (None, "kementerian itu")


def test_a_quoted_paragraph_far_from_anyone_named_is_nobodys():
    """heldout21's c28: the site's quoted author bio at the page's end went to Kishida, 50%."""
    got = quotes("“Peluncuran itu tidak dapat diterima,” kata Perdana Menteri Fumio Kishida.",
                 "Korea Utara menembakkan setidaknya dua puluh tiga rudal pada hari sebelumnya.",
                 "Sebanyak puluhan proyektil balistik telah diluncurkan pada bulan-bulan sebelumnya.",
                 "Jepang dan Korea Selatan kini berbagi data peringatan rudal secara langsung.",
                 "“Penjelajah yang sangat rendah hati. Penginjil bir. Penggemar televisi. Pembaca umum.”")
    assert [(q.speaker, q.source) for q in got] == [("Fumio Kishida", None), (None, None)]


def test_words_the_text_asks_the_meaning_of_are_no_speech():
    """heldout21's c10: “aset-aset strategis” after "apa yang dimaksud dengan" went to Moon, 70%."""
    assert who("Presiden Moon Jae-in bertemu para penasihatnya di Seoul.",
               "Kantor presiden itu tidak menjelaskan apa yang dimaksud dengan “aset-aset strategis yang paling kuat”.") == []


def test_what_something_is_known_as_or_was_made_into_is_no_speech():
    """heldout22's d02: ‘perempuan penghibur’ after "yang dijadikan sebagai" was Abe's, by "meminta maaf", 90%."""
    assert who("Perdana Menteri Shinzo Abe diminta meminta maaf kepada para pekerja yang dijadikan sebagai "
               "‘buruh paksa’ di masa perang.") == []
    assert who("Presiden Donald Trump memuji sistem yang dikenal sebagai “Kubah Emas” itu di Washington.") == []


def test_his_or_her_statement_after_a_quote_is_the_latest_speakers():
    """heldout23's e25: “...”, tambah pernyataannya, yang diterbitkan oleh KCNA: Kim Yo Jong's statement,
    given to nobody."""
    got = quotes("“Kami tidak akan tinggal diam,” kata Kim Yo Jong dalam sebuah pernyataan.",
                 "“Semua pasukan kami siap bertindak kapan saja,” tambah pernyataannya, yang disiarkan oleh "
                 "Kantor Berita Pusat Korea (KCNA).")
    assert [q.speaker for q in got] == ["Kim Yo Jong", "Kim Yo Jong"]


def test_a_subject_named_after_her_kin_phrase_is_the_speaker():
    """heldout23's e28: "Adik perempuan Kim, Kim Yo Jong, ..., dan menyebutnya sebagai “...”" was nobody's."""
    text = ("Adik perempuan Kim, Kim Yo Jong, seorang pejabat senior partai, menerima surat itu dan menyebutnya "
            "sebagai “tanda persahabatan yang kokoh” antara kedua negara.")
    assert who(text) == [("tanda persahabatan yang ", "Kim Yo Jong")]
    assert who("Sementara itu, a" + text[1:]) == [("tanda persahabatan yang ", "Kim Yo Jong")]


def test_a_pronoun_with_words_of_how_is_the_latest_speaker():
    """heldout23's e23: "Dia dengan keras mengkritik ... “limbah kotor”" went to an unnamed "Dia dengan keras"."""
    got = quotes("Kim Yo Jong menegaskan bahwa Pyongyang menolak tawaran bantuan ekonomi dari Seoul.",
                 "Dia dengan keras mengkritik Seoul karena membiarkan aktivis menerbangkan selebaran dan “sampah "
                 "politik” lainnya melintasi perbatasan.")
    assert [(q.speaker, q.source) for q in got] == [("Kim Yo Jong", None)]
    got = quotes("Kim Yo Jong menegaskan bahwa Pyongyang menolak tawaran bantuan ekonomi dari Seoul.",
                 "Dia juga mengkritik latihan gabungan itu dan menyebut selebaran sebagai “sampah politik” belaka.")
    assert [(q.speaker, q.source) for q in got] == [("Kim Yo Jong", None)]


def test_a_statement_from_others_is_its_own_source_not_the_person_who_answered_it():
    """realdev_b's b30 (a walker's finding): the US-Japan joint statement's words went to China's
    spokesman, who answered it (80%), and to the first of the four ministers who signed it (95%)."""
    got = quotes("Juru bicara Kementerian Luar Negeri China Wang Wenbin menanggapi pernyataan bersama dari Komite "
                 "Keamanan AS-Jepang, yang menyebut aliansi itu sebagai “landasan keamanan kawasan.”",
                 "“Kami akan memperdalam kerja sama pertahanan,” demikian pernyataan yang ditandatangani oleh "
                 "Menteri Luar Negeri AS Antony Blinken dan Menteri Pertahanan Lloyd Austin.")
    assert [(q.speaker, q.source) for q in got] == [(None, "pernyataan bersama"), (None, "pernyataan")]
    # a statement the person issued is still the person's
    own = quotes("Juru bicara Gedung Putih Karine Jean-Pierre mengeluarkan pernyataan tentang pertemuan itu, yang "
                 "menyatakan bahwa Biden “menegaskan komitmen pada aliansi”.")
    assert [(q.speaker, q.source) for q in own] == [("Karine Jean-Pierre", None)]


def test_two_leaders_in_a_joint_statement_are_neither_alone():
    """heldout19's y36 (a walker's finding): "Trump ... dan Ishiba ... dalam pernyataan bersama menegaskan ...
    “tegas”" was Ishiba's alone, 95%, in the Japan column."""
    got = quotes("Presiden Amerika Serikat (AS) Joe Biden dan Perdana Menteri (PM) Jepang Fumio Kishida dalam "
                 "pernyataan bersama menegaskan komitmen “tak tergoyahkan” pada aliansi kedua negara.")
    assert [(q.speaker, q.source) for q in got] == [(None, "pernyataan bersama")]


def test_a_regime_or_team_named_after_its_leader_speaks_not_the_leader():
    """realdev's a32 (a walker's finding): "rezim Kim Jong-Un menyatakan ... “tidak dapat diubah”" was Kim's, 95%."""
    got = quotes("Tahun lalu, rezim Kim Jong-Un menyatakan status nuklir negara itu “tidak dapat dinegosiasikan” lagi.")
    assert [(q.speaker, q.source) for q in got] == [(None, "rezim Kim Jong-Un")]
    got = quotes("Pekan lalu, tim Donald Trump mengatakan rencana itu “belum final” sama sekali.")
    assert [(q.speaker, q.source) for q in got] == [(None, "tim Donald Trump")]


def test_an_announcer_is_a_source_and_what_he_adds_in_the_same_sentence_is_his():
    """heldout23's e04: "kata penyiar televisi, yang menambahkan bahwa ... “miniatur”": the quote had no
    source, and the one-word partial after it was lost."""
    got = quotes("“Kita telah bergabung dengan negara-negara nuklir,” kata penyiar televisi, yang menambahkan "
                 "bahwa perangkat itu berukuran “mini”.")
    assert [(q.text, q.speaker, q.source) for q in got] == [
        ("Kita telah bergabung dengan negara-negara nuklir", None, "penyiar televisi"), ("mini", None, "penyiar televisi")]
    # heldout23's e03 (a walker's finding): "kata seorang penasehatnya" was Park's own words, 60%
    got = quotes("Presiden Park Geun-hye bertemu Perdana Menteri Shinzo Abe di Seoul.",
                 "“Masalah ini harus segera diselesaikan,” kata seorang penasehatnya.")
    assert [(q.speaker, q.source) for q in got] == [(None, "seorang penasehatnya")]


def test_a_second_verb_after_a_comma_has_the_subject_of_the_first():
    """heldout24's i30: "Setelah pertemuan dengan X, menteri ..., Bapak Hegseth menegaskan ..., menyatakan bahwa
    ... “keamanan melalui kekuatan”" was nobody's."""
    got = quotes("Setelah bertemu Gen Nakatani, menteri pertahanan Jepang, Bapak Hegseth menegaskan aliansi itu, "
                 "menyatakan bahwa kedua negara akan menjaga “perdamaian melalui kekuatan” di kawasan.")
    assert [(q.speaker, q.source) for q in got] == [("Pete Hegseth", None)]


def test_a_tag_set_in_the_sentence_names_a_titled_person_or_an_organisation():
    """heldout24's i22: "Latihan itu, sebut Angkatan Udara Korsel, membutuhkan ‘...’" lost its partial."""
    got = quotes("Latihan tahunan itu, sebut Angkatan Udara Korsel, membutuhkan ‘persiapan berbulan-bulan’.")
    assert [(q.speaker, q.source) for q in got] == [(None, "Angkatan Udara Korea Selatan")]
    got = quotes("Latihan tahunan itu, kata Menteri Pertahanan Lee Jong-sup, membutuhkan ‘persiapan berbulan-bulan’.")
    assert [(q.speaker, q.source) for q in got] == [("Lee Jong-sup", None)]


def test_what_a_person_made_another_do_is_not_the_persons_speech():
    """heldout24's i32 (a walker's finding): "Pernyataan Takaichi ini memicu China mengeluarkan peringatan ...
    dan menyebut negara tersebut “tidak aman”" was Takaichi's, 80%, though China said it."""
    got = quotes("Pernyataan Perdana Menteri Sanae Takaichi memicu China mengeluarkan peringatan perjalanan dan "
                 "menyebut Jepang “berbahaya” bagi wisatawan.")
    assert [q.speaker for q in got] == [None]


def test_so_said_an_unnamed_source_is_that_source_not_the_president_named_in_the_quote():
    """heldout22's d16: “... diinginkan oleh Presiden Trump,” begitu kata sumber diplomatik ... was Trump's, 50%."""
    got = quotes("“AS bersiap menarik satu brigade jika negosiasi tidak berjalan sebagaimana diinginkan oleh "
                 "Presiden Donald Trump,” begitu kata sumber diplomatik di Washington.")
    assert (got[0].speaker, got[0].source) == (None, "sumber diplomatik")


def test_the_named_one_of_a_subject_of_several_is_the_speaker_not_a_country():
    """heldout22's d14: "Iwaya dan pejabat Jepang lainnya menyebut keputusan Seoul “tidak rasional”" went to Jepang, 90%."""
    got = who("Menteri Luar Negeri Jepang Takeshi Iwaya mengecam keputusan itu.",
              "Iwaya dan pejabat Jepang lainnya menyebut keputusan Seoul “tidak rasional”, karena ancaman meningkat.")
    assert got == [("tidak rasional", "Takeshi Iwaya")]


def test_a_title_pointing_back_is_the_one_the_article_called_so_though_the_gazetteer_names_the_office_otherwise():
    """heldout49's fp15: "kata Sekretaris itu", with a US "Sekretaris Pertahanan" and a Japanese
    "Menteri Pertahanan", was left to an unnamed "Sekretaris" (both defence ministers to the gazetteer)."""
    intro = ("Sekretaris Pertahanan Amerika Serikat Lloyd J. Austin III dan Menteri Pertahanan Jepang "
             "Yasukazu Hamada bertemu di Tokyo.")
    for tag, speaker in (("Sekretaris itu", "Lloyd Austin"), ("Menteri Pertahanan AS itu", "Lloyd Austin"),
                         ("Menteri Pertahanan Jepang itu", "Yasukazu Hamada")):
        got = who(intro, f"“Kami mendukung sekutu-sekutu kami,” kata {tag}.")
        assert got == [("Kami mendukung sekutu-se", speaker)], tag
    # an official is anyone: "Pejabat itu ... Menteri Pertahanan Jim Mattis" does not make Mattis "pejabat itu"
    got = quotes("Pejabat itu mengatakan bahwa Menteri Pertahanan Jim Mattis mengusulkan penundaan latihan.",
                 "“Mattis berbagi pandangan kami,” kata pejabat itu.")
    assert (got[0].speaker, got[0].source) == (None, "pejabat itu")


def test_a_leader_of_a_country_pointing_back_is_that_countrys_person_named_before():
    """heldout52's fm08: "Pemimpin Amerika itu kembali mengecam ... “...”" after a sentence naming
    Trump and Abe was left to "Pemimpin Amerika itu", and the "katanya" after it went to Abe."""
    got = who("Presiden AS Donald Trump dan Perdana Menteri Jepang Shinzo Abe berbicara pada konferensi pers.",
              "Pemimpin Amerika itu kembali mengecam Pyongyang karena “program senjata melawan hukumnya”.",
              "“Kami tidak akan tahan untuk itu,” katanya.")
    assert got == [("program senjata melawan ", "Donald Trump"), ("Kami tidak akan tahan un", "Donald Trump")]


def test_a_role_noun_right_before_the_next_quote_still_names_the_speaker():
    """heldout52's fm08: “...,” kata presiden “...” (the full stop lost between them)."""
    got = who("Presiden AS Donald Trump bertemu Perdana Menteri Jepang Shinzo Abe di Tokyo.",
              "“Dia akan menembak rudal itu jatuh,” kata presiden “Perdana menteri akan membeli banyak peralatan.”")
    assert got == [("Dia akan menembak rudal ", "Donald Trump"), ("Perdana menteri akan mem", "Donald Trump")]


def test_a_paragraph_of_quote_tagged_by_a_name_nobody_knows_is_not_the_latest_speakers():
    """heldout53's fl09: “...,” sabda Shin-wha Lee, ... (a spun verb, a name in Western order) went
    to Kishida, named before, as a paragraph of quote going on; the name after the quote is a tag."""
    got = who("Perdana Menteri Jepang Fumio Kishida tiba di Seoul pada Minggu.",
              "“Mereka menyangka Kishida perlu membuktikan integritas sepanjang kunjungannya ke Korea Selatan "
              "dan menyampaikan permintaan maaf,” sabda Shin-wha Lee, profesor di Universitas Korea.")
    assert got == [("Mereka menyangka Kishida", None)]
    going_on = who("Perdana Menteri Jepang Fumio Kishida tiba di Seoul pada Minggu dan berbicara kepada wartawan.",
                   "“Kami akan membuka babak baru hubungan kedua negara dan bekerja sama menghadapi ancaman "
                   "rudal Korea Utara.” Korea Utara menembakkan rudal sehari sebelumnya.")
    assert going_on == [("Kami akan membuka babak ", "Fumio Kishida")]  # a country after the quote is no tag


def test_an_untagged_quote_after_a_sentence_whose_subject_is_the_speakers_title_goes_on_from_them():
    """heldout52's fm06: "Sang Jenderal juga menyampaikan permintaan ... “...”" after the general's
    quote was nobody's: the title stood where another person would."""
    got = who("“Kita tak sepatutnya menyalakan kembang api,” kata Komandan Korps Marinir di Jepang Letnan "
              "Jenderal Lawrence Nicholson.",
              "Sang Jenderal juga menyampaikan permintaan khusus pada warga Okinawa. “Jangan biarkan tindakan "
              "itu memecah belah dua komunitas ini.”")
    assert got == [("Kita tak sepatutnya meny", "Lawrence Nicholson"), ("Jangan biarkan tindakan ", "Lawrence Nicholson")]


def test_a_news_outlet_after_menurut_only_reports_words_a_verb_before_gave_a_speaker():
    """heldout52's fm07: "Moon mengatakan ..., tetapi menambahkan Korea Selatan harus bisa “...,” menurut
    The New York Times" went to the newspaper, 90%."""
    got = quotes("Moon mengatakan aliansi dengan Washington adalah “pilar diplomasi kita,” tetapi menambahkan Korea "
                 "Selatan harus bisa “mengatakan tidak kepada Amerika,” menurut The New York Times.")
    assert [(q.speaker, q.source) for q in got] == [("Moon Jae-in", None)] * 2
    said = quotes("“Kami akan menanggapi dengan tegas,” menurut The New York Times.")
    assert (said[0].speaker, said[0].source) == (None, "The New York Times")  # no one said it before: the paper's


def test_a_bare_institution_noun_in_the_tag_is_the_body_named_before_not_the_latest_speaker():
    """heldout53's fl12: "“...,” kata kedutaan." went to President Yoon, named before, as a paragraph of
    quote going on; heldout39's fx14: "kata kementerian," was nobody's."""
    got = quotes("Presiden Yoon Suk Yeol mencabut darurat militer. Kedutaan Besar AS di Seoul mengeluarkan peringatan.",
                 "“Setelah pengumuman Presiden Yoon, situasinya masih belum jelas,” kata kedutaan.")
    assert (got[0].speaker, got[0].source) == (None, "Kedutaan Besar AS")
    got = quotes("Kementerian Pertahanan Korsel pada Jumat mengonfirmasi bahwa kedua negara belum membahasnya.",
                 "“Korsel akan terus bekerja sama dengan AS,” kata kementerian, dilansir dari Channel News Asia.")
    assert (got[0].speaker, got[0].source) == (None, "Kementerian Pertahanan Korea Selatan")
    got = quotes("Presiden Yoon Suk Yeol mencabut darurat militer.",
                 "“Warga harus mengantisipasi potensi gangguan,” kata postingan tersebut.")
    assert got[0].speaker is None  # a post, not the president named before


def test_a_nya_tag_after_an_unnamed_sources_quote_is_that_source_not_a_person_named_earlier():
    """heldout53's fl02 and fl08: “...,” ujar seorang pejabat Gedung Putih ... / “...,” lanjutnya went to
    Suga, named a paragraph before; the presidential office's release, "tambahnya", to Kishida."""
    got = quotes("Perdana Menteri Jepang Yoshihide Suga, yang berkunjung bulan lalu, merupakan tamu pertama.",
                 "“Kerja sama kedua negara merupakan penjaga keamanan kawasan,” ujar seorang pejabat Gedung Putih "
                 "yang menolak disebutkan namanya.",
                 "“Presiden Biden akan menggarisbawahi komitmen itu kepada Moon,” lanjutnya.")
    assert [(q.speaker, q.source) for q in got] == [(None, "seorang pejabat Gedung Putih")] * 2
    named = quotes("“Kerja sama kedua negara penting,” ujar seorang pejabat Gedung Putih. Presiden Joe Biden "
                   "menyambut Moon di Washington. “Kami siap,” katanya.")
    assert named[1].source != "seorang pejabat Gedung Putih"  # someone named since: not the official going on


def test_tutup_closing_a_quote_is_a_tag():
    """heldout55's fj02 (first run): “Kunjungan ini sangat berarti buat saya,” tutup Obama went to Ben Rhodes,
    quoted before, as a paragraph of quote going on."""
    got = who("“Presiden tidak akan meminta maaf,” tulis juru bicara Dewan Keamanan Nasional, Ben Rhodes.",
              "“Kunjungan ini sangat berarti buat saya,” tutup Obama.")
    assert got == [("Presiden tidak akan memi", "Ben Rhodes"), ("Kunjungan ini sangat ber", "Barack Obama")]


def test_a_short_phrase_quoted_again_and_again_is_a_term_but_a_persons_words_stay():
    """heldout23's e12: "radar lock" in marks four times was four quotes, one of them South Korea's."""
    got = quotes("Jepang menuduh kapal perang Korsel mengunci “radar lock” pada pesawat patrolinya.",
                 "Pemerintah Korea Selatan membantah tuduhan “radar lock” itu dengan tegas.",
                 "Kedua diplomat membahas masalah “radar lock” tersebut di Tokyo.")
    assert got == []
    twice = quotes("Kim Yo Jong menyebut latihan itu “unjuk kekuatan yang sembrono”.",
                   "Kim Yo Jong kembali mengecam “unjuk kekuatan yang sembrono” itu.",
                   "Ia menegaskan “unjuk kekuatan yang sembrono” akan dibalas.")
    assert [q.speaker for q in twice] == ["Kim Yo Jong"] * 3  # a person's words, however often
    said = quotes("Ia berkata “ya sudah” lalu pergi.", "Ia berkata “ya sudah” lagi.", "Ia berkata “ya sudah” sekali lagi.")
    assert [q.text for q in said] == ["ya sudah"] * 3  # a verb of saying right before: said, whoever said it


def src(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text[:24], q.speaker, q.source) for q in quotes(*paragraphs)]


def test_someone_unnamed_of_a_country_is_the_source_not_the_country():
    """A walker's finding on heldout24's i10: "Seorang pejabat pertahanan AS mengatakan ..., bahwa sistem ini baru “...”"
    was North Korea's at 90% (the sentence glued to the one before ran into its quote), "Pasukan AS di Korsel
    menyebut" South Korea's."""
    got = src('Pasukan AS di Korsel menyebut THAAD sudah "operasional dan mampu menembak misil Korut."Seorang pejabat '
              'pertahanan AS mengatakan kepada AFP, bahwa sistem ini baru "mencapai kemampuan di fase awal."')
    assert got == [("operasional dan mampu me", None, "USFK"),
                   ("mencapai kemampuan di fa", None, "seorang pejabat pertahanan AS")]


def test_the_one_through_whom_the_subject_speaks_says_the_he_said_quotes_after():
    """A walker's finding on heldout23's e09: "Lewat Wakil Sekretaris Kabinet Jepang Koichi Hagiuda, Abe menegaskan
    ..." then “...,” kata dia and “Presiden Abe ingin ...,” lanjut dia were Abe's own, at 80-85%."""
    got = who("Lewat Wakil Sekretaris Kabinet Jepang Koichi Hagiuda, Abe menegaskan pada Moon bahwa masalah itu mendesak.",
              "“Ancaman itu telah memasuki tahap baru,” kata dia. “Presiden Abe ingin bekerja sama,” lanjut dia.",
              "Namun, Abe menambahkan bahwa ia meminta Korut menunjukkan “tindakan tulus dan nyata”.")
    assert got == [("Ancaman itu telah memasu", "Koichi Hagiuda"), ("Presiden Abe ingin beker", "Koichi Hagiuda"),
                   ("tindakan tulus dan nyata", "Shinzo Abe")]


def test_a_body_spoken_of_by_a_common_noun_is_an_unnamed_source_and_that_ministry_the_one_named():
    """A walker's findings: “...,” kata kantor perdana menteri di Twitter (heldout23's e26), “...,” kata militer
    Korsel had no source; “...,” lanjut kementerian itu (e20) stayed "kementerian itu" after the ministry was named."""
    got = src("“Kami sangat mendesak Korea Utara untuk menahan diri,” kata kantor perdana menteri di Twitter.",
              "“Latihan itu dilaksanakan untuk menghadapi ancaman,” kata militer Korsel, dilansir Yonhap.",
              "Kementerian Luar Negeri Korea Selatan menanggapi laporan itu pada Senin.",
              "“Pemerintah akan segera menandatangani perjanjian itu,” lanjut kementerian itu.")
    assert got == [("Kami sangat mendesak Kor", None, "kantor perdana menteri"),
                   ("Latihan itu dilaksanakan", None, "militer Korsel"),
                   ("Pemerintah akan segera m", None, "Kementerian Luar Negeri Korea Selatan")]
    # no ministry named before: the words stay those of "kementerian itu", unresolved
    assert src("“Kami menolak klaim itu,” kata kementerian itu.") == [("Kami menolak klaim itu", None, "kementerian itu")]


def test_a_named_body_before_its_apposition_a_cited_report_and_a_countrys_media_are_the_sources():
    """A walker's findings on heldout24: i13's "Kantor kepresidenan Korsel, yang lazim disebut Gedung Biru, menyatakan
    perlu “...”", i25's "Dilansir dari kantor berita KCNA, “...”" and i05's "“...,” tulis media China" had none."""
    got = src("Kantor kepresidenan Korsel, yang lazim disebut Gedung Biru, menyatakan perlu “mencari tahu makna "
              "sebenarnya” di balik pernyataan itu.",
              "Roket itu jatuh ke laut. Dilansir dari kantor berita KCNA, “Roket yang membawa satelit itu gagal.”",
              "Kebijakan itu “hanya akan mengancam hak warga Jepang untuk hidup damai,” tulis media China.")
    assert got == [("mencari tahu makna seben", None, "Kantor Kepresidenan Korea Selatan"),
                   ("Roket yang membawa satel", None, "KCNA"),
                   ("hanya akan mengancam hak", None, "media China")]
    # a verb in the apposition has its own subject: not the body's words
    assert src("Kantor kepresidenan Korsel, yang dikritik Kim karena mengatakan hal itu, menyatakan “tidak ada "
               "perubahan”.")[0][2] != "Kantor Kepresidenan Korea Selatan"


def test_with_nobody_speaking_before_nya_after_a_quote_is_the_one_person_its_paragraph_names():
    """heldout25's o10: "Peringatan tersebut membuat Ichiro Kondo, seorang nelayan ..., terkejut. “...,” ujarnya" had
    no speaker; with two people named, it stays unknown."""
    text = ("Peringatan tersebut membuat Taro Yamada, seorang nelayan berusia 38 tahun, terkejut. “Aku tidak tahu ke "
            "mana harus pergi,” ujarnya.")
    assert who(text) == [("Aku tidak tahu ke mana h", "Taro Yamada")]
    assert who(text.replace("terkejut", "dan Presiden Moon Jae-in terkejut")) == [("Aku tidak tahu ke mana h", None)]


def test_a_term_explained_after_its_marks_and_a_name_after_a_preposition_are_nobodys_words():
    """heldout25's o17/o18: “wanita penghibur,” sebuah eufemisme bagi ... was Japan's quote; o27: Ishiba "berpendapat
    untuk mengunci Washington ke dalam “NATO Asia”" was his."""
    assert quotes("Patung itu menggambarkan Abe membungkuk kepada “wanita penghibur,” sebuah eufemisme bagi para korban.",
                  "Jepang mengecam patung seorang “gadis penghibur”, sebuah nama yang diberikan kepada para korban.") == []
    assert quotes("Perdana Menteri Jepang Shigeru Ishiba berpendapat untuk mengunci Washington ke dalam “NATO Asia” "
                  "sebagai cara mencegah China.") == []
    # heldout121's first run (cv06): another name of what was just named ("Gedung Biru atau “Blue House”")
    assert quotes("Presiden Korea Selatan Moon Jae-in mengundang para korban ke Kantor Kepresidenan Gedung Biru atau "
                  "“Blue House”, kemudian meminta maaf.") == []
    # a person's own name for someone, right after whom it names, stays theirs
    assert who("Presiden AS Donald Trump menyebut Kim “Manusia Roket” dalam pidatonya.") == [("Manusia Roket", "Donald Trump")]
    # a nickname pointed at as a thing (heldout53's fl15: Marles's top quote, 95%)
    assert quotes("Menteri Pertahanan Australia Richard Marles mengatakan bahwa “Negeri Kanguru” ini akan memperbarui "
                  "angkatan lautnya.") == []


def test_a_scientist_named_after_the_tag_speaks_not_the_university_he_teaches_at():
    """heldout42-45's walk (fv10): "“...,” kata ilmuwan politik Jerman Sebastian Maslow, yang mengajar di Universitas Wanita
    Shirayuri" gave both his quotes to the university, and he was in no list."""
    assert who("“Ekspor senjata menjadikan Jepang pemain aktif,” kata ilmuwan politik Jerman Dale Morrow, yang mengajar di "
               "Universitas Wanita Shirayuri di Sendai.") == [("Ekspor senjata menjadika", "Dale Morrow")]


def test_words_a_subject_did_not_say_are_not_theirs():
    """heldout43's walk (fv12): "Pejabat AS tidak mengecam keputusan Yoon ..., tetapi juga tidak mendukung tuduhannya
    bahwa oposisi terlibat dalam kegiatan “anti-negara”" was the United States' word at 90%, on the US side."""
    found = quotes("Pejabat AS tidak mengecam keputusan Yoon secara terbuka, tetapi juga tidak mendukung tuduhannya bahwa "
                   "partai oposisi terlibat dalam kegiatan “anti-negara” dengan Korea Utara.")
    assert [(q.speaker, q.source) for q in found if q.speaker or q.source] == []
    assert who("Pejabat AS Dale Morrow mengecam keputusan itu sebagai “tindakan berbahaya”.") == [
        ("tindakan berbahaya", "Dale Morrow")]


def test_the_head_of_the_pentagon_is_the_defence_secretary_the_article_names():
    """heldout45's first run (ft18): "Menyebut Jepang sebagai “...,” kepala Pentagon menyiratkan" had no speaker, and
    "ketika Kepala Departemen Pertahanan AS menekankan bahwa “...”" was the Pentagon's, not Hegseth's."""
    named = "Menteri Pertahanan AS Pete Hegseth berkunjung ke Tokyo."
    assert who(named, "Menyebut Jepang sebagai “landasan perdamaian di Indo-Pasifik,” kepala Pentagon menyiratkan bahwa "
                      "kerja sama akan berlanjut.") == [("landasan perdamaian di I", "Pete Hegseth")]
    assert who(named, "Ia mengkritik Eropa, ketika Kepala Departemen Pertahanan AS menekankan bahwa “Anda tidak boleh "
                      "berasumsi kehadiran AS akan selamanya.”") == [("Anda tidak boleh berasum", "Pete Hegseth")]


def test_a_closing_mark_with_a_space_slipped_in_before_it_closes_the_quote():
    """heldout40's walk (fy09): "“Kami di sini ... perlu kita lakukan, ”Laksamana Muda Karl Thomas, komandan ...,
    mengatakan" showed the tag as a speakerless quote and the admiral's words under no one."""
    assert who("“Kami di sini untuk menjaga stabilitas kawasan, ”Laksamana Muda Dale Morrow, komandan gugus tempur AS, "
               "mengatakan dalam konferensi pers.") == [("Kami di sini untuk menja", "Dale Morrow")]
    # after a verb of saying and its comma, a mark turned the wrong way still opens the quote
    assert who("Menteri Pertahanan AS Dale Morrow mengatakan, ”Kami siap berlatih bersama sekutu.”") == [
        ("Kami siap berlatih bersa", "Dale Morrow")]


def test_a_term_of_the_beat_in_marks_is_nobodys_words_but_a_quote_holding_it_is():
    """heldout40's walk (fy16): "Park ... menyatakan ..., menyebabkan hampir 200 ribu “wanita penghibur”" showed Park
    saying "wanita penghibur" at 95%, opposite Abe in the quotes view, copied with a citation."""
    assert quotes("Presiden Park Geun-hye sebelumnya menyatakan tidak akan ada pertemuan sampai Jepang memberikan "
                  "kompensasi, menyebabkan hampir 200 ribu “wanita penghibur” dipaksa menjadi budak.") == []
    assert quotes("Menlu AS Rex Tillerson mengatakan, ‘kesabaran strategis’ negaranya telah berakhir.") == []
    assert who("“Kebijakan kesabaran strategis telah berakhir,” kata Menlu AS Rex Tillerson.") == [
        ("Kebijakan kesabaran stra", "Rex Tillerson")]


def test_the_blue_house_under_each_of_its_names_and_its_official_speaking_for_himself():
    """A walker's finding: `org:"Blue House"` missed the pages that call it "Gedung Biru"; "kata seorang pejabat ...
    di Gedung Biru kepresidenan Seoul, Kim You-geun" is his (the Yongsan office after 2022 stays its own name)."""
    from index.entities import extract_entities

    paras = ["Gedung Biru menolak usul itu.", "Cheong Wa Dae menanggapinya."]
    assert {e.canonical for e in extract_entities(paras).entities if e.type == "organization"} == {"Blue House"}
    got = who("“Perjanjian ini tidak melayani kepentingan nasional kita,” kata seorang pejabat keamanan nasional di "
              "Gedung Biru kepresidenan Seoul, Kim You-geun.")
    assert got == [("Perjanjian ini tidak mel", "Kim You-geun")]


def test_a_paragraph_of_quote_after_an_unnamed_sources_aside_is_theirs_not_the_last_person_named():
    """A walker's finding on heldout25's o26: "Aliansi Kim dengan Putin, kata analis, akan memperburuk ..." then a
    paragraph “Ini adalah berita buruk ...” went to Kim Jong Un."""
    got = src("Pemimpin Korea Utara Kim Jong Un mengatakan aliansi itu kuat.",
              "Aliansi Kim dengan Putin, kata analis, akan memperburuk ketegangan di Asia timur laut.",
              "“Ini adalah berita buruk bagi kawasan ini.”")
    assert got[-1] == ("Ini adalah berita buruk ", None, "analis")


def test_lapor_after_a_quote_names_the_report_or_the_site_that_carried_it():
    """A walker's finding on heldout25's o22: “...,” lapor situs web tersebut went to the last person quoted; realdev's
    “...,” lapor KCNA pada Kamis had no source."""
    got = src("Menteri Luar Negeri Jepang Yoshimasa Hayashi mengatakan strategi itu penting.",
              "“Tokyo khawatir setiap serangan akan merusak perdamaian,” lapor situs web tersebut.",
              "“Rudal-rudal itu terbang 800 km,” lapor KCNA pada Kamis.")
    assert got == [("Tokyo khawatir setiap se", None, "situs web tersebut"), ("Rudal-rudal itu terbang ", None, "KCNA")]


def test_a_side_that_speaks_unnamed_is_the_latest_to_speak():
    """A walker's finding on heldout25's o14: "Di sisi lain, pihak Moskow menolak ..." then a paragraph of quote
    went to Chung Eui-yong, quoted before, and made him the quotes view's second column."""
    got = src("“Kami menganggap insiden ini serius,” ucap Penasihat Keamanan Nasional Chung Eui-yong.",
              "Di sisi lain, pihak Moskow menolak kalau pesawat mereka melanggar wilayah udara Korsel.",
              "“Dua pesawat pembom itu terbang di atas perairan netral.”")
    assert got[-1] == ("Dua pesawat pembom itu t", None, "pihak Moskow")


def test_several_leaders_after_a_tag_then_their_joint_statement_speak_as_the_statement():
    """A walker's finding on heldout25's o24: “...,” kata Biden, Yoon, dan Kishida, dalam pernyataan bersamanya
    was Biden's alone at 90%."""
    got = src("Presiden AS Joe Biden menjamu Presiden Korsel Yoon Suk-yeol dan PM Jepang Fumio Kishida.",
              "“Kami sangat menentang upaya sepihak,” kata Biden, Yoon, dan Kishida, dalam pernyataan bersamanya.",
              "“Kalau saya kelihatan senang, ya memang senang,” kata Biden.")
    assert got == [("Kami sangat menentang up", None, "pernyataan bersama"),
                   ("Kalau saya kelihatan sen", "Joe Biden", None)]


def test_the_presidential_palace_and_chinas_news_service_speak_by_their_indonesian_names():
    """A walker's finding on heldout25: “...,” kata Istana Presiden Korsel (o09) had no source, and "Layanan Berita China"
    (o08) was no organisation."""
    got = src("“China telah diberitahu tentang langkah itu,” kata Istana Presiden Korsel, seperti dikutip dari Reuters.",
              "“Rakyat Tiongkok tidak akan mendukungnya,” kata Layanan Berita China.")
    assert got == [("China telah diberitahu t", None, "Blue House"), ("Rakyat Tiongkok tidak ak", None, "China News Service")]


def test_a_short_phrase_nobody_says_that_the_text_also_uses_without_marks_is_a_term():
    """heldout27's m06 and m17: "Patung “wanita penghibur”" in stories that speak of "para wanita
    penghibur" elsewhere were quotes of nobody."""
    got = quotes("Jepang memprotes patung “wanita penghibur” yang dipasang di depan konsulatnya di Busan.",
                 "Sejarawan menyebut ribuan wanita penghibur dipaksa bekerja bagi militer Jepang.")
    assert got == []
    # used again only inside someone's quote: still the words of the one who said them first
    kept = quotes("Pejabat itu menyebut pedoman tersebut adalah “hal besar” bagi kedua negara.",
                  "“Ini adalah hal besar karena kawasan itu telah berubah,” kata pejabat itu.")
    assert [q.text for q in kept] == ["hal besar", "Ini adalah hal besar karena kawasan itu telah berubah"]
    # a person's words stay, however often the text repeats them
    said = quotes("Kim Yo Jong menyebut latihan itu “provokasi berbahaya”.",
                  "Latihan itu dianggap provokasi berbahaya oleh Pyongyang.")
    assert [q.speaker for q in said] == ["Kim Yo Jong"]


def test_a_warning_given_by_her_after_she_spoke_on_a_weekday():
    """heldout27's m24 (first run): "saudari pemimpin Korut Kim Jong Un, Kim Yo Jong pada Selasa
    mengatakan ... Dia memberi peringatan ... “...”" left both partials without a speaker: the
    weekday between her name and the verb hid that she spoke, and "memberi peringatan" was no
    verb of saying."""
    got = quotes("Sementara itu, saudari pemimpin Korut Kim Jong Un, Kim Yo Jong pada Selasa mengatakan pesawat "
                 "mata-mata AS memasuki zona ekonomi mereka delapan kali. Dia memberi peringatan pasukan AS akan "
                 "menghadapi “penerbangan sangat kritis” jika mereka melanjutkan “penerobosan ilegal”.")
    assert [q.speaker for q in got] == ["Kim Yo Jong", "Kim Yo Jong"]


def test_a_short_phrase_in_single_marks_with_no_verb_of_saying_before_it_is_a_scare_quote():
    """A walker's finding on heldout26's l14: "Biden bersikeras tidak akan meniru upaya 'masa lalu'" and
    "... bertukar 'surat cinta'" were Biden's and Trump's words, sure ones."""
    got = quotes("Biden bersikeras tidak akan meniru upaya 'masa lalu'. Trump pernah bertemu Kim dan bertukar "
                 "'surat cinta'.")
    assert got == []
    said = quotes("Gubernur Okinawa Denny Tamaki menyebut ‘puluhan kasus’ telah dikonfirmasi.",
                  "Kementerian Luar Negeri Korea Utara menuduh Amerika Serikat ‘sengaja’ memicu ketegangan.")
    assert [q.text for q in said] == ["puluhan kasus", "sengaja"]  # after a verb of saying and its object


def test_a_short_phrase_in_single_marks_inside_a_reported_clause_is_the_reporters():
    """heldout34's walk (u14): "Biden ... menyatakan bahwa serangan nuklir ... akan menyebabkan
    'mengakhiri pemerintahan'" was not a quote, and the reader said the article had none."""
    got = quotes("Presiden Joe Biden menyatakan bahwa serangan nuklir dari Korea Utara akan menyebabkan "
                 "'mengakhiri pemerintahan'.")
    assert [(q.text, q.speaker) for q in got] == [("mengakhiri pemerintahan", "Joe Biden")]


def test_words_read_on_a_screen_are_the_texts_not_its_readers():
    """A walker's finding on heldout26's l06: the phone alert "”Sebuah rudal baru saja melintas.” Demikian
    tulisan yang terbaca di layar telepon genggam X" was X's words, 95%."""
    got = src("”Sebuah rudal baru saja melintas.” Demikian tulisan yang terbaca di layar telepon genggam "
              "Hiroyuki Iwafune, seorang warga Sapporo.")
    assert got == [("Sebuah rudal baru saja m", None, "tulisan")]


def test_a_tag_pointing_back_after_someone_unnamed_spoke_is_unsure():
    """A walker's finding on heldout27's m05: the ministry spoke, then "ucap pejabat Kemenhan Korsel", then
    "“...,” lanjutnya" was the ministry's, sure (85%); it is the official's going on (heldout53's fl02), unsure."""
    got = quotes("Kementerian Pertahanan Korea Selatan mengatakan pakta itu “penting” bagi keamanan.",
                 "“Mereka siap melakukan uji coba lagi,” ucap pejabat Kemenhan Korsel.",
                 "“Sekarang kami dapat memakai data intelijen Jepang,” lanjutnya.")
    assert [(q.source, q.confidence < 0.7) for q in got] == [
        ("Kementerian Pertahanan Korea Selatan", False), ("pejabat Kemenhan Korsel", False),
        ("pejabat Kemenhan Korsel", True)]


def test_by_a_bodys_account_the_quote_is_the_bodys():
    """A walker's finding on heldout27's m21: "Berdasarkan keterangan Kemhan Jepang, ... melakukan “...”" had no speaker."""
    got = src("Berdasarkan keterangan Kemhan Jepang, dua pembom China dan Rusia melakukan “penerbangan bersama "
              "jarak jauh dari Laut Jepang” pada Rabu sore.")
    assert got == [("penerbangan bersama jara", None, "Kementerian Pertahanan Jepang")]


def test_they_after_a_bodys_quote_are_that_body_unsure():
    """A walker's finding on heldout27's m26: "“...,” kata Angkatan Laut Korea Selatan ... “...,” kata mereka"
    left the second quote to "mereka"."""
    got = src("“Kapal induk itu tiba di Busan pada Sabtu pagi,” kata Angkatan Laut Korea Selatan dalam pernyataan.",
              "“Kedatangan kapal itu menunjukkan postur pertahanan gabungan yang kuat,” kata mereka.")
    assert [s for _t, _w, s in got] == ["Angkatan Laut Korea Selatan", "Angkatan Laut Korea Selatan"]
    assert quotes("“Kapal induk itu tiba di Busan,” kata Angkatan Laut Korea Selatan.",
                  "“Postur pertahanan gabungan kuat,” kata mereka.")[1].confidence < 0.7  # a guess, said so


def test_the_one_beside_the_speaker_is_not_the_speaker():
    """heldout28's n12 (first run): "“...,” katanya, dengan Abe di sampingnya" was Abe's (Abe had spoken
    last), and so was the next quote's "tambahnya"."""
    got = quotes("Presiden AS Donald Trump dan Perdana Menteri Jepang Shinzo Abe memeriksa kapal JS Kaga.",
                 "Undangan Abe kepada Trump datang saat AS menandai Memorial Day.",
                 "Pemeriksaan kapal itu dilakukan sebelum Trump merayakan hari libur bersama prajurit, tanpa Abe.",
                 "“Ini satu-satunya pelabuhan di dunia tempat dua armada bekerja berdampingan,” katanya, dengan Abe "
                 "di sampingnya di geladak.",
                 "“Kapal ini akan membantu negara kita bertahan,” tambahnya.")
    assert [q.speaker for q in got] == ["Donald Trump", "Donald Trump"] and got[0].confidence < 0.7


def test_a_euphemism_a_pretext_and_a_subheading_in_marks_are_nobodys_words():
    """heldout28's first run: "membantu “wanita penghibur”, kata halus yang merujuk pada ..." (n09, given to
    Japan at 90%), "dengan kedok “ancaman China”" (n17), a subheading "‘Hubungan yang Panjang dan Baik’"
    alone on its line (n30, given to Trump)."""
    assert quotes("Jepang mengatakan pihaknya menolak membantu “wanita penghibur”, kata halus yang merujuk pada "
                  "para gadis yang dipaksa bekerja di rumah bordil.") == []
    assert quotes("Jepang memperluas pengaruh militernya dengan kedok “ancaman China”.") == []
    got = quotes("“Kami akan bekerja sama,” kata Presiden Donald Trump di Tokyo.", "‘Hubungan yang Panjang dan Baik’",
                 "Kedua pemimpin juga membahas perdagangan.")
    assert [q.text for q in got] == ["Kami akan bekerja sama"]


def test_the_one_who_says_what_the_clause_reports_is_its_quotes_speaker():
    """heldout28's n27 (first run): "Karine Jean-Pierre, mengatakan dalam pernyataan bahwa kunjungan Kishida ...
    akan menekankan ‘...’" was "pernyataan"'s, the statement's, not the press secretary's."""
    got = quotes("Juru bicara Gedung Putih, Karine Jean-Pierre, mengatakan dalam pernyataan bahwa kunjungan Kishida ke "
                 "Washington akan menekankan ‘kekuatan abadi aliansi kemitraan kami dan komitmen AS’.")
    assert [(q.speaker, q.source) for q in got] == [("Karine Jean-Pierre", None)]


def test_the_leader_of_a_country_named_before_is_its_head_of_government():
    """heldout28's n24 (first run): "“...,” kata pemimpin Jepang itu" after Prime Minister Kishida was named was
    an unnamed "pemimpin Jepang"'s."""
    got = quotes("Perdana Menteri Jepang Fumio Kishida tiba di Washington pada Jumat.",
                 "“Ukraina hari ini mungkin menjadi Asia Timur besok,” kata pemimpin Jepang itu.")
    assert [q.speaker for q in got] == ["Fumio Kishida"]


def test_a_surname_alone_after_a_quotes_verb_is_its_speaker():
    """heldout28's n17, a story's third page: "“...,” jelas Xu." named nobody else and the two
    quotes went to nobody. A place, a body, a day or a word after the verb is no person."""
    got = who("“Sebagai kekuatan utama, ia harus menjaga anggarannya tetap tinggi,” jelas Wiranto.")
    assert got == [("Sebagai kekuatan utama, ", "Wiranto")]
    for nobody in ("Seoul", "Kremlin", "Senin", "Kemenhan"):
        assert who(f"“Kami siap menghadapi ancaman itu,” kata {nobody}.")[0][1] is None, nobody


def test_a_misspelt_surname_after_a_quotes_verb_is_the_person_already_named():
    """heldout26's l23: "kata Emmanuel" after Duta Besar Rahm Emanuel is his quote, not a new person's."""
    got = quotes("Duta Besar AS Rahm Emanuel hadir dalam upacara itu di Tokyo.",
                 "“Ketika para agresor semakin agresif, kami harus siap,” kata Emmanuel.")
    assert [q.speaker for q in got] == ["Rahm Emanuel"]
    assert "Emmanuel" not in {e.canonical for e in extract_entities(
        ["Duta Besar AS Rahm Emanuel hadir di Tokyo.", "“Kami harus siap,” kata Emmanuel."]).entities}


def test_a_paragraph_of_quote_left_open_is_told_by_the_tag_of_the_piece_it_runs_on_into():
    """heldout28's n17: “Untuk membatalkan ... ¶ “Dengan mengumumkan ...,” kata Song Zhongping: the
    open paragraph went to the speaker before it (a paragraph of quote, 0.5) over its own tag."""
    got = who("“Itu tidak akan berdampak pada keamanan kami,” kata analis Budi Hartono.",
              "“Membatalkan konstitusi itu adalah tujuan lama mereka.",
              "“Dengan rencana ini, mereka dapat mengubah kebijakan pertahanan,” kata Song Zhongping kepada wartawan.")
    assert [s for _t, s in got] == ["Budi Hartono", "Song Zhongping", "Song Zhongping"]


def test_a_body_that_says_in_a_clause_of_its_own_is_the_speaker_not_the_person_before_it():
    """heldout28's n10 (a walker's finding): "Pernyataan Moon disampaikan setelah Gedung Putih
    mengatakan sedang “mengkoordinasikan” ..." gave the White House's word to Moon, sure."""
    got = quotes("Presiden Moon Jae-in berbicara di Seoul.",
                 "Pernyataan Moon disampaikan setelah Gedung Putih mengatakan sedang “mengkoordinasikan” jadwal "
                 "pertemuan lanjutan kedua pemimpin.")
    assert [(q.speaker, q.source) for q in got] == [(None, "Gedung Putih")]
    # the person who says, with "setelah" after the verb, keeps the quote
    got = quotes("Presiden Moon Jae-in mengatakan setelah rapat kabinet bahwa “semua pihak harus bersabar” dalam proses itu.")
    assert [q.speaker for q in got] == ["Moon Jae-in"]


def test_two_people_who_say_it_together_share_it_neither_alone():
    """heldout28's n29 (a walker's finding): "Ishiba dan Trump menyatakan “penentangan keras mereka”"
    was Trump's alone, sure, in his column of quotes side by side."""
    got = quotes("Kedua pemimpin bertemu di Gedung Putih.",
                 "Shigeru Ishiba dan Donald Trump menyatakan “penentangan keras mereka” terhadap upaya itu.")
    assert [(q.speaker, q.source) for q in got] == [(None, "Shigeru Ishiba dan Donald Trump")]
    # one of them saying it, the other only named in what is said, stays that one's
    got = quotes("Donald Trump menyatakan “dukungan penuh” bagi Shigeru Ishiba dalam pertemuan itu.")
    assert [q.speaker for q in got] == ["Donald Trump"]
    # heldout32's s07: the second with a title and a country before the name ("dan Presiden AS Joe Biden")
    got = quotes("Perdana Menteri Jepang Yoshihide Suga dan Presiden AS Joe Biden menegaskan “pentingnya "
                 "perdamaian di Selat Taiwan” dalam pertemuan puncak bulan April.")
    assert [(q.speaker, q.source) for q in got] == [(None, "Yoshihide Suga dan Joe Biden")]


@pytest.mark.parametrize("tag,group", [("kata ketiga pemimpin tersebut dalam pernyataan bersama", "ketiga pemimpin tersebut"),
                                       ("ujar para pejabat Jepang kepada wartawan", "para pejabat Jepang"),
                                       ("kata kedua menteri itu", "kedua menteri itu")])
def test_a_tag_naming_several_unnamed_people_gives_the_words_to_the_group(tag, group):
    """heldout32's s18: “...,” kata ketiga pemimpin tersebut went to one of the three leaders."""
    got = quotes("Presiden Hiroshi Tanabe, Presiden Laura Chen, dan Perdana Menteri Kenta Mori bertemu di Lima.",
                 f"“Hari ini kami membentuk sebuah sekretariat bersama,” {tag}.")
    assert [(q.speaker, q.source) for q in got] == [(None, group)]


def test_an_act_told_by_someone_who_says_it_is_their_telling():
    """heldout29's p11, first run: "Ia berkata, Abe menunjukkan “tingkat antusiasme” tinggi"
    gave Trump's words about Abe to Abe. A verb of saying after the comma keeps its own subject."""
    lead = "Presiden Donald Trump menyebut rencana membahas penculikan itu dengan Kim. "
    got = quotes(lead + "Ia berkata, Shinzo Abe menunjukkan “tingkat antusiasme” tinggi tentang pembebasan mereka.")
    assert [q.speaker for q in got] == ["Donald Trump"]
    got = quotes(lead + "Ia berkata, Shinzo Abe menegaskan “kami tidak akan menyerah” dalam jamuan itu.")
    assert [q.speaker for q in got] == ["Shinzo Abe"]
    # heldout85's ef18, first run: "Ia juga menyebut Sjafrie menunjukkan “...”": an adverb after the pronoun
    got = quotes(lead + "Ia juga menyebut Shinzo Abe menunjukkan “ketertarikan yang besar” terhadap rencana itu.")
    assert [q.speaker for q in got] == ["Donald Trump"]


def test_someone_beside_the_speaker_in_the_tag_does_not_stop_the_next_quote_going_on():
    """heldout29's p14, first run: “...,” kata Trump saat konferensi pers bersama Moon. “...”: the
    untagged second quote was nobody's, because Moon stood in Trump's own tag."""
    got = who("Presiden Korea Selatan Moon Jae-in dan Presiden AS Donald Trump bertemu di Seoul.",
              "“Saya akan bertemu dengan Ketua Kim,” kata Trump saat konferensi pers bersama Moon. "
              "“Saya sangat menantikannya.”")
    assert [s for _t, s in got] == ["Donald Trump", "Donald Trump"]
    # someone else who acts between the quotes still stops it
    got = who("Presiden Korea Selatan Moon Jae-in dan Presiden AS Donald Trump bertemu di Seoul.",
              "“Saya akan bertemu dengan Ketua Kim,” kata Trump. Moon lalu berdiri. “Saya sangat menantikannya.”")
    assert got[1][1] is None


def test_a_label_given_after_a_concession_is_the_labellers():
    """heldout28's n07 (a walker's finding): "Meski Washington menyebutnya sebagai kunjungan rutin,
    Pyongyang melabelinya sebagai “demonstrasi serangan sesungguhnya”" gave the label to
    "[Meski Washington]", the other side, with the conjunction in its name."""
    got = quotes("Meski Washington menyebutnya sebagai kunjungan rutin ke Korea Selatan, Pyongyang melabelinya "
                 "sebagai “demonstrasi serangan sesungguhnya” ke Korea Utara.")
    assert [(q.speaker, q.source) for q in got] == [(None, "Pyongyang")]


def test_an_agencys_words_stay_its_own_through_the_clauses_that_go_on_about_it():
    """heldout29's p24 (a walker's finding: North Korea's side had 1 quote of 7): "Kantor Berita
    Pusat Korea (KCNA) yang dikelola negara mengatakan ... “...”, menggambarkan ... sebagai “...”",
    then "Badan itu mengatakan ... “...”" and "“...,” kata agensi tersebut, memperingatkan bahwa ...
    akan “...”": every piece the agency's."""
    got = quotes("Menjelang latihan itu Kantor Berita Pusat Korea (KCNA) yang dikelola negara mengatakan situasi "
                 "di semenanjung “di ambang ledakan”, menggambarkan latihan itu sebagai “sifat yang berbahaya.” "
                 "Badan itu mengatakan Pyongyang memandang “skenario perang” sebagai ancaman.",
                 "“Merupakan hak yang sah untuk memperkuat pertahanan diri,” kata agensi tersebut, memperingatkan "
                 "bahwa kedua negara akan “menghadapi tanggapan yang sesuai.”")
    assert [(q.speaker, q.source) for q in got] == [(None, "KCNA")] * 5


def test_a_text_cited_with_menurut_speaks_on_in_the_next_katanya():
    """heldout29's p16 (a walker's finding): "... dihentikan dari Minggu, menurut pedoman yang
    diposting di halaman Facebook X." then "“...,” katanya." gave the posted order to the
    government spokesman named two paragraphs before, sure."""
    got = quotes("Juru bicara pemerintah Yoshihide Suga mengatakan pada hari Senin bahwa 62 kasus terdeteksi.",
                 "Hampir semua perjalanan dihentikan dari Minggu, menurut pedoman yang diposting di halaman "
                 "Facebook korps itu.",
                 "Warga tidak dapat bergerak bebas. “Perintah itu berlaku sampai pemberitahuan lebih lanjut,” katanya.")
    assert [(q.speaker, q.source) for q in got] == [(None, "pedoman")]


def test_an_embassy_named_with_its_acronym_speaks_by_the_acronym():
    """heldout29's p21 (a walker's finding): "Kedutaan Besar Republik Indonesia (KBRI) Tokyo juga
    mengimbau ..." then "“...,” kata KBRI di Tokyo." gave the embassy's advice to the resident
    quoted before ("Sholihah?"): the embassy was no organisation, and its name stopped at
    "Indonesia", a word the article also used alone."""
    got = quotes("“Tadi ada peringatan untuk mengungsi,” ungkap Sholihah, warga Indonesia di Sapporo.",
                 "Indonesia mengikuti perkembangan itu. Sementara itu, Kedutaan Besar Republik Indonesia (KBRI) "
                 "Tokyo mengimbau semua warga.",
                 "“Jadi kami menyampaikan imbauan supaya hati-hati,” kata KBRI di Tokyo.")
    assert [(q.speaker, q.source) for q in got] == [("Sholihah", None), (None, "Kedutaan Besar Republik Indonesia")]


def test_a_word_whose_use_is_spoken_of_is_nobodys_quote():
    """heldout29's p22 (a walker's finding): "dengan Komeito tampaknya menolak penggunaan kata
    “ancaman”" made the single word a sure Komeito quote."""
    got = quotes("Ungkapan itu memicu perdebatan, dengan Komeito tampaknya menolak penggunaan kata “ancaman”.")
    assert got == []
    assert [q.text for q in quotes("Komeito menolak rancangan itu. “Kami tidak setuju dengan kata-kata itu,” kata Komeito.")] \
        == ["Kami tidak setuju dengan kata-kata itu"]


def test_a_name_in_marks_after_a_noun_is_a_things_name_not_the_speakers_words():
    """heldout28's n23 (a walker's finding): "Menteri Pertahanan ... mengatakan peringatan “Sistem
    J-Alert” yang dikeluarkan adalah salah" made the system's name the minister's quote, with his
    name set in the middle of the sentence."""
    got = quotes("Menteri Pertahanan Jepang Kenji Aramaki mengatakan peringatan “Sistem J-Alert” yang dikeluarkan "
                 "adalah salah.")
    assert got == []
    got = quotes("Presiden Donald Trump kembali menyebutnya “Manusia Roket” dalam pidatonya.")
    assert [(q.text, q.speaker) for q in got] == [("Manusia Roket", "Donald Trump")]


def test_a_name_in_marks_after_a_noun_and_its_owners_name_is_no_quote():
    """heldout117 (cz09): "Suga mengatakan akan melanjutkan strategi khas Abe "Abenomics" dari ..." made the
    policy's name Suga's quote. Names of our own."""
    got = quotes("Perdana Menteri Kenji Sato mengatakan akan melanjutkan strategi khas Tanaka \"Tanakanomics\" dari kebijakan moneter longgar.")
    assert got == []
    got = quotes("Presiden Donald Trump kembali menyebut Kim Jong Un “Manusia Roket” dalam pidatonya.")
    assert [(q.text, q.speaker) for q in got] == [("Manusia Roket", "Donald Trump")]


def test_the_ministry_spoken_of_is_the_only_one_named_however_far_back():
    """heldout28's n25 (a walker's finding): "..., kata kementerian tersebut." four paragraphs
    after "kata Kementerian Luar Negeri Korsel" stayed "[kementerian tersebut]", so the
    ministry's own words were missing from its speaker list."""
    filler = "Keputusan itu ditunda, dan hubungan kedua negara tetap tegang akibat perselisihan lama."
    got = quotes("Seoul memulihkan pakta itu, kata Kementerian Luar Negeri Korsel.", filler, filler, filler,
                 "“Melalui langkah tersebut, kami menghilangkan ketidakpastian,” kata kementerian tersebut.")
    assert [(q.speaker, q.source) for q in got] == [(None, "Kementerian Luar Negeri Korea Selatan")]
    # two ministries named before, neither near: which one is not said
    got = quotes("Seoul memulihkan pakta itu, kata Kementerian Luar Negeri Korsel.",
                 "Kementerian Pertahanan Jepang menyambutnya.", filler, filler, filler,
                 "“Melalui langkah tersebut, kami menghilangkan ketidakpastian,” kata kementerian tersebut.")
    assert [(q.speaker, q.source) for q in got] == [(None, "kementerian tersebut")]


def test_a_law_firm_named_by_its_shape_speaks_as_an_organisation():
    """heldout28's n20 (a walker's finding): "“...,” kata firma Haemaru Lawfirm." was nobody's quote."""
    got = quotes("“Kami meminta perusahaan itu mengakui fakta sejarah,” kata firma Sejahtera Lawfirm.")
    assert [(q.speaker, q.source) for q in got] == [(None, "Sejahtera Lawfirm")]


def test_according_to_after_a_quote_is_its_tag():
    """heldout30's first run (q29): "... “...” dan “...,” menurut Menteri Pertahanan AS Lloyd Austin"
    left both quotes to nobody."""
    got = quotes("Kedua negara “memperdalam upaya perencanaan nuklir kami” dan “meningkatkan penempatan aset "
                 "strategis,” menurut Menteri Pertahanan AS Lloyd Austin di era pemerintahan sebelumnya.")
    assert [q.speaker for q in got] == ["Lloyd Austin", "Lloyd Austin"]


def test_the_one_whose_description_ends_with_another_name_is_the_one_who_says():
    """heldout30's first run (q08): "Kim Ki-jung, penasihat ... dari calon presiden kuat Korsel,
    Moon Jae-in, mengatakan bahwa ..." then “...,” katanya: the adviser's words went to Moon."""
    got = quotes("Senada dengan itu, Park Min-soo, penasihat kebijakan luar negeri dari calon presiden kuat Korsel, "
                 "Lee Jae-myung, mengatakan bahwa negaranya tidak pernah berniat membeli sistem tersebut.",
                 "“Walaupun kami membelinya, pengoperasiannya akan tetap dikendalikan oleh mereka,” katanya.")
    assert [q.speaker for q in got] == ["Park Min-soo"]


def test_the_one_a_statement_is_said_by_speaks_on_not_someone_in_its_background():
    """heldout30's first run (q09): "Hal itu dikatakan oleh Menteri Luar Negeri Korut, Ri Yong-ho,
    setelah pemimpin negara itu, Kim Jong-un menyatakan ..." then “...,” ujarnya: the foreign
    minister's words went to Kim, who spoke only in the clause of what came before."""
    got = quotes("Hal itu dikatakan oleh Menteri Luar Negeri Korut, Ri Yong-ho, setelah pemimpin negara itu, "
                 "Kim Jong-un menyatakan tengah mempertimbangkan tindakan terkuat.",
                 "“Ini bisa jadi uji coba bom hidrogen yang paling kuat di Pasifik,” ujarnya.")
    assert [q.speaker for q in got] == ["Ri Yong Ho"]
    # the one who speaks after the other in a plain sentence is still the latest
    got = quotes("Ri Yong-ho berbicara di New York, dan Kim Jong-un menyatakan tengah mempertimbangkan tindakan.",
                 "“Ini bisa jadi uji coba bom hidrogen yang paling kuat di Pasifik,” ujarnya.")
    assert [q.speaker for q in got] == ["Kim Jong Un"]


def test_a_description_with_itu_opening_a_sentence_is_the_one_named_last_before_unsure():
    """heldout30's first run (q09): "... membuat murka pemimpin Korut, Kim Jong-un. Diktator muda itu
    pun mengatakan, ... “gila”" stayed "[Diktator muda itu pun]". It is the one named last before,
    shown unsure (a description may fit another); "Ketiga pemimpin tersebut" is several people."""
    got = quotes("Ancaman Trump ini membuat murka pemimpin Korut, Kim Jong-un. Diktator muda itu pun mengatakan, "
                 "pemimpin Gedung Putih tersebut “gila” dan akan membayar mahal.")
    assert [(q.speaker, q.confidence) for q in got] == [("Kim Jong Un", 0.65)]
    got = quotes("Presiden Joe Biden menjamu Yoon Suk-yeol dan Fumio Kishida. Ketiga pemimpin tersebut mengatakan "
                 "tindakan itu “berbahaya dan agresif” bagi kawasan.")
    assert [(q.speaker, q.source) for q in got] == [(None, "Ketiga pemimpin tersebut")]


def test_the_one_who_assures_inside_a_report_of_someone_else_says_the_words():
    """Seen on a real page: "Abe menambahkan bahwa Trump juga meyakinkannya bahwa dia
    berkomitmen untuk “...”" gave Trump's words to Abe, who only reports them."""
    got = who("Perdana Menteri Hiroshi Tanabe menambahkan bahwa Presiden Mark Ellison juga meyakinkannya "
              "bahwa dia berkomitmen untuk “terus memperkuat kerja sama kita”.",
              "Ellison meyakinkan Tanabe bahwa “Amerika berdiri di belakang sekutunya.”")
    assert got == [("terus memperkuat kerja s", "Mark Ellison"), ("Amerika berdiri di belak", "Mark Ellison")]


def test_branding_and_thanking_are_acts_of_saying():
    """Seen on real pages: "Kim ... mencap Seoul sebagai “musuh utama”" and "Takaichi ...
    berterima kasih kepada Trump ... atas “...”" left the words to nobody."""
    got = who("Pemimpin Korea Utara Kim Jong Un juga mencap Seoul sebagai “musuh utama” saat berkunjung ke pabrik senjata.",
              "Perdana Menteri Hiroshi Tanabe, yang menjabat pekan lalu, berterima kasih kepada Presiden Mark Ellison "
              "karena telah menengahi perundingan dan atas “komitmennya yang teguh terhadap perdamaian” di kawasan.")
    assert got == [("musuh utama", "Kim Jong Un"), ("komitmennya yang teguh t", "Hiroshi Tanabe")]


def test_a_new_paragraph_on_the_leaders_together_does_not_go_on_with_the_last_speaker():
    got = who("Perdana Menteri Hiroshi Tanabe berterima kasih atas “komitmen yang teguh” Washington.",
              "Para pemimpin juga menandatangani perjanjian kerja sama serta janji menuju “zaman keemasan baru.”")
    assert got == [("komitmen yang teguh", "Hiroshi Tanabe"), ("zaman keemasan baru.", None)]


def test_the_one_a_message_is_sent_to_before_a_colon_is_not_its_speaker():
    got = who("Presiden Amerika Serikat Joe Biden menyampaikan pesan ke pemimpin Korea Utara Kim Jong Un: “Halo…” pada Minggu.")
    assert got == [("Halo…", "Joe Biden")]


def test_an_announcement_read_out_by_a_named_person_is_theirs():
    got = quotes("“Korea Utara sukses melakukan uji coba bom hidrogen,” demikian pengumuman yang disampaikan "
                 "pembaca berita veteran Ri Chun-hee seperti dilansir CNN.",
                 "“Uji coba itu sempurna,” demikian pernyataan yang ditandatangani oleh kementerian pertahanan.")
    assert [(q.speaker, q.source) for q in got] == [("Ri Chun-hee", None), (None, "pernyataan")]


def test_a_body_whose_description_names_someone_is_still_the_one_who_says():
    """heldout30's walk: "“...,” kata pemerintah yang mengesahkan anggaran ... yang diajukan PM
    Shinzo Abe" gave the government's words to Abe, sure (95%)."""
    got = quotes("“Kita perlu mengembangkan kemampuan pertahanan yang efektif,” kata pemerintah yang mengesahkan "
                 "anggaran fiskal yang diajukan Perdana Menteri Hiroshi Tanabe.")
    assert [(q.speaker, q.source) for q in got] == [(None, "pemerintah")]


def test_an_unnamed_spokesperson_opening_the_sentence_before_is_the_one_a_pronoun_tag_points_to():
    """heldout30's walk: "Juru bicara Pentagon menyatakan ... “...,” ujarnya" gave the words to
    the president named in the paragraph before."""
    got = quotes("Pemerintahan Presiden Mark Ellison mulai mengkaji posisi pasukannya di Korea Selatan.",
                 "Juru bicara Pentagon menyatakan belum ada keputusan. “Tidak ada pengumuman kebijakan,” ujarnya.")
    assert [(q.speaker, q.source) for q in got] == [(None, "Juru bicara Pentagon")]


def test_the_common_misspelling_of_confirm_is_a_verb_of_saying():
    got = quotes("Gedung Putih mengkonfirmasi pertemuan itu, dengan mengatakan “kunjungan kedua pemimpin akan "
                 "menunjukkan kekuatan rekonsiliasi.”")
    assert [(q.speaker, q.source) for q in got] == [(None, "Gedung Putih")]


def test_an_article_of_a_constitution_that_says_something_is_the_text_not_the_country():
    """heldout30's walk: "Article 9 dalam konstitusi Jepang mengatakan: “...”" gave the words to Japan."""
    got = quotes("Pasal 9 dalam konstitusi Jepang mengatakan: “Rakyat Jepang selamanya meninggalkan perang sebagai hak berdaulat.”")
    assert [(q.speaker, q.source) for q in got] == [(None, "Pasal 9 dalam konstitusi Jepang")]


def test_an_unnamed_body_closing_a_sentence_with_its_tag_is_the_one_katanya_points_to():
    """Seen on a real page: "..., kata angkatan laut Korea Selatan." then "“...,” katanya dalam
    sebuah pernyataan." left the statement to nobody."""
    got = quotes("USS Annapolis memasuki pangkalan di Pulau Jeju untuk memuat pasokan, kata angkatan laut Korea Selatan.",
                 "“Angkatan laut kedua negara berencana memperkuat postur pertahanan gabungan,” katanya dalam sebuah pernyataan.")
    assert [(q.speaker, q.source) for q in got] == [(None, "angkatan laut Korea Selatan")]


def test_an_agency_relaying_an_officials_statement_gives_the_words_to_the_official():
    """Seen on a real page: "“...,” demikian isi berita KCNA, mengutip pernyataan Wakil Dirjen
    Departemen Luar Negeri Korut untuk urusan Jepang" gave the official's words to KCNA."""
    got = quotes("“Abe satu-satunya orang bodoh di dunia,” demikian isi berita KCNA, mengutip pernyataan Wakil Dirjen "
                 "Departemen Luar Negeri Korut untuk urusan Jepang, seperti dilaporkan kembali Reuters.",
                 "“Kami tidak akan mundur,” kata KCNA, mengutip pernyataan Menteri Luar Negeri Korea Utara Ri Yong-ho.")
    assert [(q.speaker, q.source) for q in got] == [
        (None, "Wakil Dirjen Departemen Luar Negeri Korut untuk urusan Jepang"), ("Ri Yong Ho", None)]


def test_the_report_a_quote_was_read_in_does_not_outweigh_the_speaker_before_it():
    """Seen on a real page: "Trump menanggapinya dengan pernyataan, “...,” menurut laporan AFP"
    gave Trump's words to AFP."""
    got = who("Meskipun Presiden Lee Jae-myung memberikan pujian, Presiden Mark Ellison menanggapinya dengan "
              "pernyataan, “Saya yakin ini hanya kesalahpahaman,” menurut laporan AFP, Selasa.",
              "“Kami akan terus berunding,” menurut laporan AFP.")
    assert got == [("Saya yakin ini hanya kes", "Mark Ellison"), ("Kami akan terus berundin", None)]


def test_a_concession_opening_a_sentence_is_no_unnamed_speaker():
    """Seen on a real page: "Meskipun sempat menyatakan “jatuh cinta” kepada Kim Jong Un, ..."
    showed the quote as said by "[Meskipun sempat]"."""
    got = quotes("Meskipun sempat menyatakan “jatuh cinta” kepada Kim Jong Un, Korea Utara tetap menolak pembicaraan.")
    assert [(q.speaker, q.source) for q in got] == [(None, None)]


def test_an_unnamed_subject_is_shown_without_the_adverbs_before_its_verb():
    """The sources read "[Seoul bahkan]", "[Laporan itu juga]", "[Mereka pun]" on screen."""
    got = quotes("Seoul bahkan menyampaikan “kekecewaan dan penyesalan mendalam” atas keputusan itu.",
                 "Laporan itu juga mengatakan “tidak ada langkah untuk melawan ancaman” dari kawasan.")
    assert [q.source for q in got] == ["Seoul", "Laporan itu"]


def test_a_side_named_after_its_leader_speaks_as_the_side_not_the_leader():
    """heldout32's walk: "“...,” lanjut pihak rezim Kim Jong-un" went to Kim Jong Un, sure; a side
    named after a body ("kata pihak Kementerian Luar Negeri Korea Selatan") stays the body."""
    got = quotes("“Pasukan penguasa Korsel tunduk ke AS,” lanjut pihak rezim Kim Jong-un.",
                 "“Ketiga pihak berbagi keprihatinan,” kata pihak AS dalam siaran pers.",
                 "“Diskusi terus berlanjut,” kata pihak Kementerian Luar Negeri Korea Selatan seperti dimuat Yonhap.")
    assert [(q.speaker, q.source) for q in got] == [
        (None, "pihak rezim Kim Jong-un"), (None, "pihak AS"), (None, "Kementerian Luar Negeri Korea Selatan")]


def test_the_one_who_tells_of_an_act_without_bahwa():
    """heldout35's v02 (first run): "X mengatakan pemimpin Korea Utara Y menunjukkan “...”" gave
    the quote to Y, whose act X described; with "bahwa" it was already X's."""
    for joint in ("", "bahwa "):
        got = who(f"Presiden Korea Selatan Park Min-ho mengatakan {joint}pemimpin Korea Utara Kim Jong-un "
                  "menunjukkan “sikap yang keras kepala” dalam sidang itu.")
        assert got == [("sikap yang keras kepala", "Park Min-ho")], joint


def test_a_quote_alone_in_its_paragraph_is_the_statement_the_next_paragraph_names():
    """heldout35's v03 (first run): a quote opening the story, then "Pernyataan Presiden AS,
    Donald Trump inilah yang ...", had no speaker. Only a statement pointed at ("itu", "inilah")."""
    said = "“Kami tidak akan mundur sedikit pun. Terima kasih.”"
    got = quotes(said, "Ucapan Perdana Menteri Jepang, Hiroshi Tanabe itu disambut tepuk tangan di parlemen.")
    assert [(q.speaker, q.cue) for q in got] == [("Hiroshi Tanabe", "the next paragraph names it: ucapan + name")]
    assert who(said, "Pernyataan itu disambut tepuk tangan di parlemen.") == [("Kami tidak akan mundur s", None)]
    assert who(said, "Pernyataan Hiroshi Tanabe di depan parlemen disambut tepuk tangan.") == [
        ("Kami tidak akan mundur s", None)]


def test_a_fronted_clause_with_sembari_speaks_through_the_subject_after_it():
    """heldout34's u09: "Sembari mengecam tindakan itu sebagai “...” melawan X, pejabat itu
    menggambarkan ..." showed the quote as said by "[Sembari]"; the official is the one named before."""
    got = quotes("Pejabat Kementerian Pertahanan Jepang, Hiroshi Tanabe, berbicara kepada wartawan pada Senin.",
                 "Sembari mengecam latihan itu sebagai “ancaman langsung” bagi kawasan, pejabat itu "
                 "menggambarkan rencana tersebut sebagai tindakan yang sembrono.")
    assert [(q.speaker, q.source) for q in got] == [("Hiroshi Tanabe", None)]
    assert got[0].cue == "after the quote: menggambarkan + role noun: pejabat"
    alone = quotes("Sembari mengecam latihan itu sebagai “ancaman langsung” bagi kawasan, pejabat itu "
                   "menggambarkan rencana tersebut sebagai tindakan yang sembrono.")
    assert [(q.speaker, q.source) for q in alone] == [(None, None)]  # nobody named holds the office: no "[Sembari]"


def test_a_quote_inside_what_someones_statement_says_is_theirs():
    """heldout35's v06 (first run): "Pompeo menyetujui pernyataan Menlu Kang bahwa ... membutuhkan
    “...”" gave Kang's words to Pompeo, who agreed with them."""
    got = who("Menteri Luar Negeri AS Daniel Reeve menyetujui pernyataan Menteri Luar Negeri Park Min-ho bahwa "
              "perundingan itu membutuhkan “jaminan yang tertulis,” namun bantuan akan segera datang.")
    assert got == [("jaminan yang tertulis", "Park Min-ho")]


def test_according_to_the_statement_of_an_office_held_by_someone_named():
    """heldout35's v12 (first run): "“...,” menurut pernyataan jubir Kemlu Korsel itu." had no speaker."""
    got = who("Juru bicara Kementerian Luar Negeri Korsel Lim Jae-won mengeluarkan pernyataan pada Selasa.",
              "“Klaim yang salah tidak akan membantu,” menurut pernyataan jubir Kemlu Korsel itu.")
    assert got == [("Klaim yang salah tidak a", "Lim Jae-won")]


def test_kementerian_itu_is_the_ministry_the_story_cites_not_one_in_someones_title():
    """heldout34's walk (u06): "menurut kementerian pertahanan Seoul" then a list of officials
    ending "..., direktur ... di kementerian pertahanan Jepang", then "“...,” kata kementerian
    tersebut. “...”": Seoul's words went to Tokyo, sure (75%), and the second quote to nobody."""
    got = quotes("Para pejabat sepakat memperkuat kerja sama, menurut kementerian pertahanan Seoul.",
                 "Perundingan melibatkan Andrew Collins, asisten menteri; dan Kenji Aramaki, direktur "
                 "kebijakan di kementerian pertahanan Jepang.",
                 "“Para pejabat sepakat untuk bekerja sama,” kata kementerian tersebut. “Amerika juga "
                 "menegaskan kembali komitmennya kepada sekutu.”")
    assert [(q.speaker, q.source) for q in got] == [(None, "Kementerian Pertahanan Korea Selatan")] * 2
    assert got[1].cue == "follows the previous quote"


def test_a_term_in_marks_after_a_bodys_quote_does_not_go_on_from_it():
    """A body's words go on into the next untagged quote, but a one-word term in marks after
    them (realdev a01's "miniatur") is no quote of the body's."""
    got = quotes("“Uji coba ketiga berhasil,” lapor kantor berita KCNA. Uji coba itu melibatkan “miniatur” bom.")
    assert [(q.text, q.source) for q in got] == [("Uji coba ketiga berhasil", "KCNA")]


def test_a_news_agencys_report_is_its_source_and_no_one_named_by_it():
    """heldout34's walk (u04): "Kantor berita nasional Korut, KCNA, melaporkan bahwa ... “kapan pun”"
    and "KCNA melaporkan penerbangan itu telah “membuktikan ...”" had no speaker, so speaker:KCNA
    found nothing; a body named before commas ("Kementerian Luar Negeri China, dalam
    pernyataannya, mengatakan") speaks as a person named so does."""
    got = quotes("Kantor berita nasional Korut, KCNA, melaporkan bahwa rencana itu bisa dijalankan “kapan pun” saat "
                 "diperintahkan.",
                 "KCNA melaporkan penerbangan itu telah “membuktikan niat jahat musuh di kawasan.”",
                 "Kementerian Luar Negeri China, dalam pernyataannya, mengatakan bahwa latihan itu “sangat provokatif”.")
    assert [(q.speaker, q.source) for q in got] == [
        (None, "KCNA"), (None, "KCNA"), (None, "Kementerian Luar Negeri China")]
    assert extract_entities(["Majalah Naval News melaporkan bahwa kapal itu “siap berlayar” bulan depan."]).people == {}


def test_a_name_before_commas_then_juga_and_a_verb_of_saying_is_the_speaker():
    """heldout36's first run (w18): "Sebelumnya, saudara perempuan pemimpin Korea Utara, Kim Yo-jong,
    juga menyatakan bahwa latihan itu “...”" had no speaker: "juga" was read as "dengan", going on
    from an earlier verb."""
    got = who("Sebelumnya, adik perempuan pemimpin Korea Utara, Kim Yo-jong, juga menyatakan bahwa latihan itu "
              "“tidak layak dipuji dan akan sia-sia.”")
    assert got == [("tidak layak dipuji dan a", "Kim Yo Jong")]


def test_a_quote_with_its_own_tag_naming_another_does_not_go_on_from_the_speaker_before():
    """heldout36's walk (w04): '“...,” sebut Komando Pasifik militer AS' was shown as Trump's (the
    quote before was his), "?" at 60%, and copied as "— Donald Trump?". Its own tag names another:
    the body, or a unit by its name as written when the gazetteer does not know it (heldout46's
    walk: "kata Pasukan Ekspedisi Marinir III"); a tag naming the speaker before in part
    ("tegas Yo-Jong" after Kim Yo Jong's quote) still goes on from them."""
    before = "Presiden Donald Trump mengatakan AS mengirim “armada” ke sana."
    known = quotes(before, "“Armada tempur melanjutkan pelayaran ke Pasifik Barat,” sebut Komando Pasifik militer AS, "
                           "seperti disitir BBC.")
    assert [(q.speaker, q.source) for q in known][1] == (None, "Komando Indo-Pasifik AS")
    unknown = quotes(before, "“Armada tempur melanjutkan pelayaran ke Pasifik Barat,” sebut Komando Gabungan Zulu, "
                             "seperti disitir BBC.")
    assert [(q.speaker, q.source) for q in unknown][1] == (None, "Komando Gabungan Zulu")
    same = quotes("“Itu deklarasi perang,” kata Kim Yo Jong dalam pernyataan. “Lautan Pasifik bukan milik AS,” tegas Yo-Jong.")
    assert [q.speaker for q in same] == ["Kim Yo Jong", "Kim Yo Jong"]


def test_the_statement_pointed_back_to_is_the_one_quoted_just_before():
    """heldout36's walk (w17): "Pernyataan tersebut mengatakan bahwa latihan itu adalah “...”" after the
    North Korean foreign ministry's quote went to "[pernyataan]" at 85%: searching the ministry
    missed it."""
    got = quotes("Dalam sebuah pernyataan, Kementerian Luar Negeri Korea Utara memperingatkan bahwa “latihan itu "
                 "akan mengakibatkan krisis keamanan.”",
                 "Pernyataan tersebut selanjutnya menegaskan bahwa “tindakan sembrono AS akan dibalas.”")
    assert [q.source for q in got] == ["Kementerian Luar Negeri Korea Utara"] * 2
    assert got[1].cue == "pernyataan → the statement before"


def test_a_shout_after_the_quote_names_its_speaker():
    """heldout46 (fs01): "“Saya melakukan tindakan teror,” teriak Kim di lokasi." had no speaker."""
    assert who("Pelaku bernama Hwang Dae-jin ditangkap di ruang pertemuan itu.",
               "“Kami menentang latihan perang,” teriak Hwang di lokasi.") == [("Kami menentang latihan p", "Hwang Dae-jin")]


def test_a_capitalised_title_pointing_back_is_the_one_it_introduced():
    """heldout49 (fp15): "“...,” kata Sekretaris itu." after "Sekretaris Pertahanan Amerika Serikat Lloyd J.
    Austin III": a title in capitals with no country had to name the country; pointing back it need not."""
    assert who("Sekretaris Pertahanan Amerika Serikat Lloyd J. Austin III tiba di Tokyo.",
               "“Kami mendukung sekutu kami,” kata Sekretaris Pertahanan itu.") == [("Kami mendukung sekutu ka", "Lloyd Austin")]
    assert who("Menteri Pertahanan Amerika Serikat Lloyd Austin tiba di Tokyo.",
               "“Kami mendukung sekutu kami,” kata Menteri Pertahanan itu.") == [("Kami mendukung sekutu ka", "Lloyd Austin")]


def test_an_administration_named_for_a_president_is_not_the_one_who_speaks_next():
    """heldout49 (fp06): "Pemerintahan Bush menolak kesepakatan ..." made Bush the latest speaker, and the
    ambassador's next three quotes ("terangnya", "tambahnya") his."""
    paras = ["Duta Besar Korea Utara untuk Indonesia, An Kwang Il, mengakui negaranya berada di bawah ancaman.",
             "Situasi berubah ketika Bill Clinton digantikan oleh George Walker Bush. Pemerintahan Bush menolak "
             "kesepakatan antar negara itu.",
             "“Kami sudah enam kali tes nuklir,” terangnya."]
    assert who(*paras) == [("Kami sudah enam kali tes", "An Kwang-il")]


def test_a_unit_named_after_the_tags_verb_is_the_quotes_source():
    """heldout46's walk (fs15): "“...,” kata Pasukan Ekspedisi Marinir III dalam sebuah pernyataan." showed no
    speaker at all; "Pasukan AS" alone names no unit."""
    got = quotes("“Kami berkomitmen penuh mendukung penyelidikan,” kata Pasukan Ekspedisi Marinir III dalam sebuah pernyataan.")
    assert [(q.speaker, q.source) for q in got] == [(None, "Pasukan Ekspedisi Marinir III")]
    got = quotes("“Kami siaga,” kata Pasukan AS dalam sebuah pernyataan.")
    assert [q.source for q in got] != ["Pasukan AS"]


def test_the_second_of_two_subjects_set_off_by_commas_is_not_the_one_speaker():
    """heldout47's walk (fr12): "Presiden Joe Biden dan Perdana Menteri Jepang, Fumio Kishida, mengumumkan “era
    baru”" gave the joint phrase to Kishida alone at 80%, with no doubt mark."""
    got = who("Pada bulan April Presiden Joe Biden dan Perdana Menteri Jepang, Fumio Kishida, mengumumkan “era baru” "
              "dalam kerja sama.")
    assert got == [("era baru", None)]
    assert who("Perdana Menteri Jepang, Fumio Kishida, mengumumkan “era baru” dalam kerja sama.") == [("era baru", "Fumio Kishida")]


def test_an_unnamed_sources_tag_closing_the_sentence_gives_every_piece_its_source():
    """heldout47's walk (fr08): "“...” dari “aliansi” ... “...” oleh Korea Utara, kata pejabat AS." left the
    pieces with no source (one lost), and "..., serta menegaskan kembali komitmen “teguh” ..., pejabat itu
    menambahkan." went to Kamala Harris, the sentence's subject, at 80%."""
    got = quotes("Wakil Presiden AS Kamala Harris akan mengunjungi DMZ pekan ini.",
                 "“Kunjungan ini akan menegaskan kekuatan” dari “aliansi” antara Seoul dan Washington “dalam menghadapi "
                 "setiap ancaman” oleh Korea Utara, kata pejabat AS.",
                 "Harris akan bertemu anggota militer serta menegaskan kembali komitmen “teguh” terkait keamanan Korsel, "
                 "pejabat itu menambahkan.")
    assert [(q.text, q.speaker, q.source) for q in got] == [
        ("Kunjungan ini akan menegaskan kekuatan", None, "pejabat AS"), ("aliansi", None, "pejabat AS"),
        ("dalam menghadapi setiap ancaman", None, "pejabat AS"), ("teguh", None, "pejabat itu")]


def test_a_title_before_a_country_as_the_subject_is_the_office_not_the_country():
    """heldout46's walk (fs07): "Menteri Pertahanan Korea Selatan telah memperingatkan Pyongyang terhadap “perilaku
    ruam”" gave the words to South Korea at 90%; the minister said them (named before, he is the speaker)."""
    got = quotes("Menteri Pertahanan Korea Selatan telah memperingatkan Pyongyang terhadap “perilaku ruam” itu.")
    assert [(q.speaker, q.source) for q in got] == [(None, "Menteri Pertahanan Korea Selatan")]
    got = quotes("Menteri Pertahanan Korea Selatan Han Min-koo tiba di Washington.",
                 "Menteri Pertahanan Korea Selatan telah memperingatkan Pyongyang terhadap “perilaku ruam” itu.")
    assert [(q.speaker, q.source) for q in got] == [("Han Min-koo", None)]
    got = quotes("Korea Selatan telah memperingatkan Pyongyang terhadap “perilaku ruam” itu.")
    assert [(q.speaker, q.source) for q in got] == [(None, "Korea Selatan")]


def test_words_written_on_a_banner_are_no_ones_quote():
    """heldout48's walk (fq01): "... banner yang dibawa oleh 25.000 pengunjuk rasa bertuliskan “Don't Destroy Article
    Nine”" was a quote of the United States (named earlier in the sentence), on the US side."""
    got = quotes("Konstitusi Jepang diberlakukan oleh AS setelah perang, seperti banner yang dibawa pengunjuk rasa "
                 "bertuliskan “Jangan Hancurkan Pasal Sembilan” di depan gedung parlemen.")
    assert got == []


def test_an_unnamed_official_of_a_body_is_the_official_not_the_body():
    """heldout49's walk (fp13): "“...,” kata seorang pejabat Angkatan Darat Korsel seperti dikutip ..." was labelled
    "— Angkatan Darat Korea Selatan", a named organisation speaking, where an unnamed official of it did."""
    got = quotes("“Latihan ini berfungsi sebagai kesempatan,” kata seorang pejabat Kementerian Luar Negeri Korsel kepada wartawan.")
    assert [(q.speaker, q.source) for q in got] == [(None, "seorang pejabat Kementerian Luar Negeri Korsel")]


def test_katanya_is_not_the_one_the_quote_speaks_of():
    """heldout57's first run (fh06): "Jokowi juga menyampaikan akan ke Korsel. “Presiden kita menyampaikan tahun ini
    ...,” katanya." went to Jokowi, the latest speaker, whom the quote speaks of; the minister before him said it."""
    got = who("Ryamizard mengatakan ada kerja sama intelijen. “Karena musuh kita adalah teroris,” sebut Ryamizard.",
              "Selain itu, Presiden Joko Widodo juga menyampaikan akan mengunjungi Korsel. “Presiden kita menyampaikan "
              "tahun ini entah kapan akan ke Korea juga,” katanya.")
    assert [speaker for _t, speaker in got] == ["Ryamizard Ryacudu", "Ryamizard Ryacudu"]
    # the President's own words, naming no one in the third person, stay his
    got = who("Selain itu, Presiden Joko Widodo juga menyampaikan akan mengunjungi Korsel. “Saya akan ke Korea tahun "
              "ini,” katanya.")
    assert got[0][1] == "Joko Widodo"


def test_a_ministry_named_first_in_a_tag_said_it_not_the_people_of_the_meeting_after_it():
    """heldout57's walk (fh08): "kata Kementerian Pertahanan Korsel dalam rilis seusai pertemuan Kyeong-do dan Prabowo"
    gave Seoul's statement to Prabowo at 90%; the ministry said it."""
    got = quotes("“Dua kementerian setuju meningkatkan ikatan pertahanan,” kata Kementerian Pertahanan Korsel dalam rilis "
                 "seusai pertemuan Kyeong-do dan Prabowo di Jakarta.")
    assert (got[0].speaker, got[0].source) == (None, "Kementerian Pertahanan Korea Selatan")
    # a spokesman named right after the ministry in the tag is still the speaker
    got = quotes("“Kami menolak tuduhan itu,” kata juru bicara Kementerian Luar Negeri China Lin Jian kepada wartawan.")
    assert got[0].speaker == "Lin Jian"


def test_two_people_acting_together_leave_no_single_latest_speaker():
    """heldout57's walk (fh09): "Prabowo dan Kishi sama-sama menegaskan ..." then "“Menteri Kishi menyampaikan bahwa
    Jepang menentang ...,” tulisnya." gave Japan's statement to Prabowo: neither of the two is "-nya" alone."""
    got = who("Prabowo Subianto dan Nobuo Kishi sama-sama menegaskan pentingnya laut yang bebas.",
              "“Menteri Kishi menyampaikan bahwa Jepang menentang perubahan status quo,” tulisnya.")
    assert got[0][1] is None
    got = who("Prabowo Subianto menegaskan pentingnya laut yang bebas.", "“Laut harus tetap terbuka,” tegasnya.")
    assert got[0][1] == "Prabowo Subianto"


def test_dia_is_a_person_never_the_news_outlet_quoted_last():
    """heldout56's walk (fi13): "... kata Al Jazeera. Dia mengatakan, “...”" gave the navy's words to Al Jazeera at 85%."""
    got = who("“Kapal induk itu tiba di Busan,” lapor Al Jazeera.",
              "Dia mengatakan, “Lintasan kapal itu menunjukkan postur pertahanan yang kuat.”")
    assert got[1][1] is None and quotes("“Kapal induk itu tiba di Busan,” lapor Al Jazeera.",
                                        "Dia mengatakan, “Lintasan kapal itu kuat.”")[1].source is None


def test_a_tag_naming_a_text_at_the_paragraphs_end_without_a_stop_is_the_texts():
    """heldout56's walk (fi12): '“...,” kata pernyataan tersebut' closing its paragraph with no full stop was read as
    untagged and went to the last minister named (Kamikawa?)."""
    got = quotes("Menlu Jepang Yoko Kamikawa hadir.", "“Kami sepakat bahwa ancaman senjata nuklir tidak dapat diterima,” "
                 "kata pernyataan tersebut")
    assert (got[0].speaker, got[0].source) == (None, "pernyataan tersebut")


def test_a_countrys_nickname_in_marks_is_no_ones_words():
    """heldout56's walk (fi07): 'Trump menyebut selama bertahun-tahun, Negeri "Ginseng" hanya memberikan ...' gave
    the nickname to Trump as a quote."""
    assert quotes('Di Twitter, Trump menyebut selama bertahun-tahun, Negeri "Ginseng" hanya memberikan kontribusi sedikit.') == []


def test_the_one_spoken_with_in_a_tag_does_not_stop_the_speaker_going_on():
    """heldout59's first run (ff16): "“...,” kata Hegseth ... setelah pembicaraan dengan Menteri Pertahanan
    Jepang Shinjiro Koizumi. “Hasilnya ...”": the second quote had no speaker."""
    assert who("“Ini adalah langkah penting,” kata Menteri Pertahanan AS Pete Hegseth pada konferensi pers setelah "
               "pembicaraan dengan Menteri Pertahanan Jepang Shinjiro Koizumi. “Hasilnya akan menghalangi ancaman.”") == [
        ("Ini adalah langkah penti", "Pete Hegseth"), ("Hasilnya akan menghalang", "Pete Hegseth")]


def test_telling_someone_is_saying():
    """heldout58's first run (fg11): "Harris memberitahu Han bahwa aliansi ... “tetap menjadi kunci ...”"."""
    assert who("Gedung Putih mengatakan Wakil Presiden AS Kamala Harris memberitahu Perdana Menteri Han Duck-soo bahwa "
               "aliansi itu “tetap menjadi kunci perdamaian di kawasan.”") == [("tetap menjadi kunci perd", "Kamala Harris")]


def test_a_quotes_sentence_finished_in_the_writers_words_then_katanya_is_the_latest_speakers():
    """heldout59's first run (ff05): '"Tidak ada perubahan dalam kebijakan kami untuk memberi tekanan" pada
    Pyongyang, katanya,' had no speaker."""
    assert who("Menteri Pertahanan Jepang Itsunori Onodera mengatakan kebijakan Jepang tetap.",
               '"Tidak ada perubahan dalam kebijakan kami" pada Pyongyang, katanya, seraya menambahkan hal lain.') == [
        ("Tidak ada perubahan dala", "Itsunori Onodera")]


def test_words_an_outlet_reported_with_no_other_tag_are_the_outlets():
    """heldout59's walk (ff06): "“...,” begitu dilansir Channel News Asia" was shown as Kim Jong Un's."""
    said = quotes("Pemimpin tertinggi Korea Utara, Kim Jong Un, mengawasi peluncuran rudal pada Jumat.",
                  "“Uji coba rudal keenam ini sebagai bentuk protes latihan militer,” begitu dilansir Channel News Asia.")
    assert [(q.speaker, q.source) for q in said] == [(None, "CNA")]


def test_men_of_two_countries_shouting_are_no_countrys_words():
    """heldout59's walk (ff12): "para penjaga Amerika dan Korea Selatan meneriakkan “Tangkap dia!”" was South
    Korea's at 90%, and copied as such into a citation."""
    said = quotes("Dia lantas berlari melintasi perbatasan ketika para penjaga Amerika dan Korea Selatan meneriakkan "
                  "“Tangkap dia!”, namun tidak berhasil.")
    assert [(q.speaker, q.source) for q in said] == [(None, "para penjaga Amerika dan Korea Selatan")]
    # officials do speak for their country (ft07: "Para pejabat Korea Selatan mengatakan ... “...”")
    said = quotes("Para pejabat Korea Selatan mengatakan tuntutan itu “di luar kerangka perjanjian yang ada.”")
    assert [(q.speaker, q.source) for q in said] == [(None, "Korea Selatan")]


def test_a_state_website_telling_of_what_an_act_shows_is_the_quotes_source():
    """heldout58-59's walk (fg06): "Uriminzokkiri, website Pemerintah RDRK, menyatakan bahwa rencana ... menunjukkan
    secara jelas “iktikad buruk AS”" was the page's only quote, and it was lost (no one said it)."""
    said = quotes("Uriminzokkiri, website Pemerintah RDRK, menyatakan bahwa rencana membentuk kelompok ini menunjukkan "
                  "secara jelas “iktikad buruk AS” untuk menghalangi kerja sama antar-Korea.")
    assert [(q.text, q.speaker, q.source) for q in said] == [("iktikad buruk AS", None, "Uriminzokkiri")]


def test_katanya_goes_to_who_said_it_past_a_time_aside_not_to_a_man_the_news_was_about():
    """heldout62's first run (fc15): "Ketua Komisi ... Roh Tae-ak, pada Rabu (4/6) pagi waktu Korea
    Selatan, mengatakan ..." then "Yoon dimakzulkan ...", and the next “...,” katanya went to Yoon,
    who was impeached, not quoted. Names made up here."""
    said = who("Ketua Komisi Pemilihan Nasional Korea Selatan Roh Min-gyu, pada Rabu (4/6) pagi waktu Korea Selatan, "
               "mengatakan kandidat itu unggul telak atas partai mantan Presiden Seo Jun-ho. Seo dimakzulkan setelah "
               "berupaya memberlakukan darurat militer.",
               "“Komisi dengan ini menyatakan hasilnya,” katanya.")
    assert said == [("Komisi dengan ini menyat", "Roh Min-gyu")]
    # a passive of speech still speaks: "Seo Jun-ho dikutip mengatakan" makes him the latest speaker
    said = who("Roh Min-gyu mengatakan kandidat itu unggul. Seo Jun-ho dikutip mengatakan hasil itu sah.",
               "“Kami menerima hasilnya,” katanya.")
    assert said == [("Kami menerima hasilnya", "Seo Jun-ho")]


def test_a_short_term_in_marks_after_a_noun_mid_sentence_is_nobodys_words():
    """heldout62's first run: "mempertahankan dua pertiga “mayoritas super” di majelis rendah" (fc04)
    and "negara-negara “Quad” akan memasok" (fc09, given to the summit's host) were listed as quotes."""
    assert who("Koalisi itu mempertahankan dua pertiga “mayoritas super” di majelis rendah, kata jajak pendapat.") == []
    assert who("Presiden Rudi Hartono menerima tamunya.",
               "Pada pertemuan tersebut bersumpah bahwa negara-negara “Quad” akan memasok vaksin.") == []
    # what a clause says stays a quote, though no one is named: "hubungan “tidak terkendali” bagi kawasan"
    assert who("Langkah itu akan membuat hubungan “tidak terkendali” bagi kawasan.") == [("tidak terkendali", None)]


def test_a_label_after_para_a_thing_done_named_and_a_stray_mark_are_nobodys_words():
    """heldout129–130's first runs: "aksi para “pengkhianat” yang berada di Korsel" after "KCNA menegaskan
    bahwa" (cm09), "sepakat membuat “dana pemuda masa depan” untuk ..." (cm13), "memperluas “pengguna
    rudal” untuk menyertakan Jepang" (cn02) and "menyalakan perang “, lapor KCNA." (cn18, a closing mark
    printed as an opening one) were listed as quotes."""
    assert who("Media Korut, KCNA, menegaskan bahwa peledakan itu balasan atas aksi para “pengkhianat” yang berada "
               "di Korsel.") == []
    assert who("Kedua pihak sepakat membuat “dana pemuda masa depan” untuk mensponsori beasiswa.") == []
    assert who("Ini waktunya memperluas “pengguna rudal” untuk menyertakan Jepang.") == []
    assert who("Pemimpin Korea Utara mengkritik latihan itu, dengan mengatakan itu menunjukkan keinginan mereka untuk "
               "menyalakan perang “, lapor KCNA.") == []
    # a stance in someone's words, and what someone called it, stay quotes
    assert who("Pemerintah Indonesia mengambil “sikap sangat menyayangkan” untuk menanggapi peluncuran roket itu.") \
        == [("sikap sangat menyayangka", None)]
    assert who("Ia menyatakannya “sangat berhasil” sehingga membuat negara itu kuat.") == [("sangat berhasil", None)]


def test_one_word_in_marks_qualifying_a_noun_is_a_scare_quote_whoever_speaks():
    """heldout128's co13, heldout126's cq04 and a recovered page (df02): "Korea Selatan menyatakan ... survei maritim
    "sah" yang dilakukan", "Onodera, menyatakan jet-jet militer 'pengendus' itu", "hulu ledak nuklir "mini" yang
    dapat" were each a one-word quote of the sentence's speaker."""
    assert who("Korea Selatan menyatakan tidak dapat menerima protes Jepang mengenai survei maritim “sah” yang "
               "dilakukan kapal Korea Selatan.") == []
    assert who("Menteri Pertahanan Jepang, Hiroshi Tanabe, menyatakan jet-jet militer “pengendus” itu mampu "
               "mendeteksi radiasi.") == []
    # what is said of the noun is the speaker's word, and so is a word after a verb
    assert who("Menteri Hiroshi Tanabe mengakui bahwa hubungan bilateral “sulit” dan menekankan kerja sama.") \
        == [("sulit", "Hiroshi Tanabe")]
    assert who("Menteri Hiroshi Tanabe mengatakan latihan itu menunjukkan “keseriusan” Jepang.") \
        == [("keseriusan", "Hiroshi Tanabe")]


def test_a_short_name_given_after_yang_disebut_is_nobodys_words_even_in_a_tagged_sentence():
    """heldout125's first run (cr08): "angka yang disebut “anggaran 16 bulan” ... akan naik enam persen, kata
    kementerian itu" made the name of the budget the ministry's quote."""
    assert who("Jika pengeluaran tambahan dimasukkan, angka yang disebut “anggaran 16 bulan” akan naik enam persen, "
               "kata Menteri Hiroshi Tanabe.") == []


def test_a_passive_tag_closing_the_sentence_names_who_tells_the_quote_in_it():
    """The walk through heldout129–130 (cm14): "Presiden AS Joe Biden akan menjanjikan langkah-langkah "substansial"
    ..., demikian diungkapkan oleh seorang pejabat senior AS pada hari Jumat." showed the word as Biden's, 95%."""
    got = quotes("Presiden Rudi Hartono akan menjanjikan langkah-langkah “substansial” untuk menegaskan komitmennya, "
                 "demikian diungkapkan oleh seorang pejabat senior pada hari Jumat.")
    assert [(q.text, q.speaker, q.source) for q in got] == [("substansial", None, "seorang pejabat senior")]
    got = quotes("Presiden Rudi Hartono akan menjanjikan langkah-langkah “substansial” untuk menegaskan komitmennya, "
                 "demikian disampaikan Menteri Luar Negeri Budi Santoso.")
    assert [(q.text, q.speaker) for q in got] == [("substansial", "Budi Santoso")]


def test_nya_written_for_kata_before_a_name_names_the_speaker():
    """heldout132's first run (ck01): "“...,” katanya Kang Min-soo, salah seorang pendukung" gave the quote to the
    latest speaker (Abe, named in the paragraph before)."""
    got = who("Dalam kesepakatan itu, Perdana Menteri Hiroshi Tanabe menyampaikan permohonan maaf.",
              "“Ungkapannya disamarkan,” katanya Kang Min-soo, salah seorang pendukung para korban.")
    assert got == [("Ungkapannya disamarkan", "Kang Min-soo")]
    got = who("Perdana Menteri Hiroshi Tanabe berbicara kepada wartawan.", "“Kami siap,” katanya. Kang Min-soo tidak hadir.")
    assert got == [("Kami siap", "Hiroshi Tanabe")]


def test_adapun_sebelumnya_before_the_subject_who_said_it_makes_them_the_latest_speaker():
    """heldout132's first run (ck12): "Adapun sebelumnya Menteri Luar Negeri Retno Marsudi pada Jumat lalu,
    mengatakan bahwa ..." then "“...,” katanya." gave the quote to President Jokowi, named before."""
    got = who("Presiden Joko Widodo menyambut tamunya di Istana Bogor.",
              "Adapun sebelumnya Menteri Luar Negeri Retno Marsudi pada Jumat lalu, mengatakan bahwa kunjungan itu penting.",
              "“Kunjungan ini menunjukkan komitmen Jepang,” katanya.")
    assert got == [("Kunjungan ini menunjukka", "Retno Marsudi")]


def test_words_in_marks_inside_the_question_put_to_someone_are_not_their_answer():
    """heldout129's first run (cn12): "Ketika ditanya oleh partai oposisi apakah ... peran Jepang sebagai "perisai"
    dan AS sebagai "tombak", Kishida menjawab bahwa ..." gave the word "tombak" to Kishida as his quote."""
    assert who("Ketika ditanya apakah peran Jepang sebagai “perisai” dan AS sebagai “tombak” berubah, Perdana Menteri "
               "Hiroshi Tanabe menjawab bahwa Jepang tidak akan lagi bergantung pada AS.") == []
    assert who("Ketika ditanya soal peran Jepang, “Kami tidak akan berubah,” Perdana Menteri Hiroshi Tanabe menjawab.") \
        == [("Kami tidak akan berubah", "Hiroshi Tanabe")]


def test_a_ministry_said_to_speak_after_a_clause_opened_by_sementara_speaks_the_quote_after_it():
    """heldout130's first run (cm03; sentences of our own): "Sementara dikesempatan yang berbeda, Kementerian Luar
    Negeri mengatakan bahwa ..." then a paragraph of quote (the page cut inside it) went to the air base's
    commander quoted before; and "merasa nyaman untuk “standy scramble alert”." was his quote because it
    followed his."""
    said = quotes("“Jelas ada hubungannya,” ujar Komandan Lanud Adi Sucipto, Marsekal Pertama Budi Hartanto.",
                  "Prajurit merasa nyaman untuk “standy scramble alert”.",
                  "Sementara dikesempatan yang berbeda, Kementerian Luar Negeri mengatakan bahwa pihaknya belum akan "
                  "melakukan evakuasi WNI.",
                  "“Kami tidak ingin terjadi peningkatan ketegangan di Semenanjung Korea. Kami terus memantau")
    assert [(q.text[:20], q.speaker, q.source) for q in said] == [
        ("Jelas ada hubunganny", "Budi Hartanto", None),
        ("Kami tidak ingin ter", None, "Kementerian Luar Negeri")]
    # "Sementara" before the subject itself opens no clause: the person is still the one who said it
    said = quotes("Sementara Menteri Luar Negeri Rudi Hartono mengatakan, “Kami terus memantau situasi.”")
    assert [(q.text[:20], q.speaker) for q in said] == [("Kami terus memantau ", "Rudi Hartono")]


def test_a_sentence_that_says_whose_statement_that_was_gives_the_quote_before_it():
    """heldout63's first run (fb12): "AS akan menggunakan ..., “termasuk pertahanan nuklir dan rudal,” untuk
    membela Jepang. Pernyataan disampaikan Wakil Menteri Luar Negeri AS Wendy Sherman ..." had no speaker."""
    said = who("Washington akan memakai seluruh kemampuannya, “termasuk pertahanan nuklir dan rudal,” untuk membela "
               "sekutunya. Pernyataan disampaikan Wakil Menteri Luar Negeri AS Laura Whitcombe dalam kunjungan ke Tokyo.")
    assert said == [("termasuk pertahanan nukl", "Laura Whitcombe")]
    # a sentence that only tells of the statement, naming no one who made it, gives it to no one
    said = who("Washington akan memakai seluruh kemampuannya, “termasuk pertahanan nuklir dan rudal,” untuk membela "
               "sekutunya. Pernyataan disampaikan dalam kunjungan ke Tokyo.")
    assert said == [("termasuk pertahanan nukl", None)]


def test_what_a_passive_act_is_called_is_not_its_agents_words():
    """heldout64's first run (fa13): "ditolak oleh Tokyo, yang merupakan “tamparan di wajah gerakan demokrasi”"
    gave the phrase to Tokyo, and the speaker's next quotes followed it there."""
    said = who("Warga mengatakan tuntutan mereka diabaikan oleh Tokyo, yang merupakan “pukulan bagi suara rakyat”.")
    assert said and said[0][1] is None and quotes(
        "Warga mengatakan tuntutan mereka diabaikan oleh Tokyo, yang merupakan “pukulan bagi suara rakyat”.")[0].source != "Tokyo"
    # the agent of a passive of saying still says it: "dikutuk oleh Perdana Menteri X “...”"
    assert who("Peluncuran itu dikutuk oleh Perdana Menteri Rudi Hartono “sebagai tindakan yang keterlaluan”.") == [
        ("sebagai tindakan yang ke", "Rudi Hartono")]


def test_a_family_name_that_is_a_word_and_a_role_pointing_back_at_a_country_find_their_speakers():
    """heldout65's first run: "kata Yang Xiyu" made a person "Xiyu" and "Menurut Yang, ... “...”" a source
    "Yang" (ez09); "Georgiy Borisenko, Direktur ... Kementerian Luar Negeri Rusia mengatakan" then "“...,” kata
    diplomat Rusia tersebut" had no speaker (ez07). Names made up here."""
    said = who("“AS merasa khawatir,” kata Yang Minghui, seorang peneliti senior di sebuah lembaga kajian.",
               "Menurut Yang, jika delegasi datang, “Korea Selatan bisa saja menunda latihan.”")
    assert said == [("AS merasa khawatir", "Yang Minghui"), ("Korea Selatan bisa saja ", "Yang Minghui")]
    said = who("Pavel Smirnov, Direktur Departemen Amerika Kementerian Luar Negeri Rusia mengatakan sistem itu "
               "menargetkan Rusia.", "“Sistem ini tidak mampu mencegat peluru artileri,” kata diplomat Rusia tersebut.")
    assert said == [("Sistem ini tidak mampu m", "Pavel Smirnov")]
    # pointing back at a country two people share finds no one
    said = who("Pavel Smirnov, Direktur Departemen Kementerian Luar Negeri Rusia, dan Oleg Petrov, Duta Besar Rusia, "
               "bertemu.", "“Sistem ini tidak mampu,” kata diplomat Rusia tersebut.")
    assert said[0][1] is None


def test_praising_someone_by_calling_it_so_is_the_praisers_words_and_berpesan_is_saying():
    """heldout65's first run: "Trump memuji presiden Moon dengan menyebutnya telah melakukan “kerja sama yang
    hebat”" went to Moon (ez08); "Dia juga berpesan agar AS tidak lagi “merangsang lawan”" to no one (ez02)."""
    assert who("Trump menyanjung presiden Moon dengan menyebutnya sebagai “mitra yang luar biasa”, meski berbeda.") == [
        ("mitra yang luar biasa", "Donald Trump")]
    assert who("“Kami menentang penempatan itu,” kata juru bicara Rina Wulan.",
               "Dia juga berpesan agar semua pihak berhenti “memancing ketegangan” di kawasan.") == [
        ("Kami menentang penempata", "Rina Wulan"), ("memancing ketegangan", "Rina Wulan")]


def test_words_of_what_a_talk_was_for_are_the_tags_that_close_the_sentence():
    """heldout63's walk (fb13): "Biden berbicara dengan ... Kishida untuk memperkuat “komitmen kuat Amerika ...,”
    dan untuk mengakui peluncuran itu “sebagai bahaya ...,” kata Gedung Putih" put the first in Biden's mouth."""
    said = quotes("Rabu malam, Biden berbicara dengan Perdana Menteri Jepang Fumio Kishida untuk menegaskan "
                  "“dukungan penuh Washington bagi keamanan sekutunya,” dan untuk menyebut uji coba itu “ancaman "
                  "langsung bagi kawasan,” kata Gedung Putih.")
    assert [(q.speaker, q.source) for q in said] == [(None, "Gedung Putih"), (None, "Gedung Putih")]


def test_the_words_a_teller_tells_with_are_the_tellers_whoever_says_what_in_them():
    """heldout67's first run (ex04): "Dia mengatakan kepada orang Amerika bahwa pemimpin negara nakal itu ...
    dengan mengatakan hal-hal yang “mengerikan”, menambahkan: “Dan bersamaku, dia tidak lolos begitu saja.”"
    gave both to the rogue state's leader (a role noun), not to the president telling it."""
    said = who("Presiden Rudi Hartono berbicara kepada wartawan.",
               "Dia mengatakan kepada para pemilih bahwa pemimpin rezim itu “terus mengancam sekutu kita” "
               "dengan mengatakan hal-hal yang “keterlaluan”, menambahkan: “Kali ini dia tidak akan dibiarkan.”")
    assert {s for _t, s in said} == {"Rudi Hartono"} and len(said) == 3


def test_a_relative_clause_after_a_role_in_a_tag_names_no_speaker_and_the_role_resolves():
    """heldout66's first run (ey03): "“...,” kata pemimpin Jepang, yang ... bersatu dengan Trump" went to the
    president named in the clause about the speaker, not to the Japanese leader."""
    said = who("Perdana Menteri Jepang Hiroshi Tanabe bertemu Presiden Amerika Rudi Hartono di Manila.",
               "“Kita harus bekerja lebih erat,” kata pemimpin Jepang, yang telah lama berdiri bersama Hartono.")
    assert said == [("Kita harus bekerja lebih", "Hiroshi Tanabe")]


def test_the_agent_named_before_a_passive_verb_of_calling_is_the_speaker():
    """heldout66 (ey11): "dukungan atas invasi Rusia, yang oleh Kim disebut sebagai “perjuangan suci”" went to
    the sentence's subject, who thanked Kim for it."""
    said = who("Presiden Rusia Oleg Petrov dan pemimpin Korea Utara Kim Jong Un bertemu di Pyongyang.",
               "Petrov berterima kasih kepada Kim atas dukungannya bagi perang itu, yang oleh Kim disebut sebagai "
               "“tugas yang mulia”.")
    assert said == [("tugas yang mulia", "Kim Jong Un")]


def test_a_titled_role_closing_the_sentence_with_its_day_is_the_one_the_article_names_so():
    """heldout66 (ey17): "... `sangat cepat` untuk membahas ..., Duta Besar Filipina untuk AS mengatakan Jumat."
    had no speaker; the next paragraph names the ambassador (no country said with him)."""
    said = quotes("Presiden itu akan menerima tamunya “dalam waktu dekat” untuk membahas kerja sama, Duta Besar "
                  "Filipina untuk AS mengatakan Jumat.",
                  "Duta Besar Ramon Dela Cruz mengatakan pertemuan itu akan terjadi bulan ini.")
    assert [(q.speaker, q.source) for q in said] == [("Ramon Dela Cruz", None)]
    # with nobody of that title named, the title itself is the source
    said = quotes("Presiden itu akan menerima tamunya “dalam waktu dekat” untuk membahas kerja sama, Duta Besar "
                  "Filipina untuk AS mengatakan Jumat.")
    assert [(q.speaker, q.source) for q in said] == [(None, "Duta Besar Filipina untuk AS")]


def test_a_bare_pronoun_and_its_verb_between_two_quotes_is_the_first_ones_tag():
    """heldout67 (ex10): "“...?” Dia bertanya. “Ini adalah risiko ...”" left the second quote unattributed."""
    said = who("Analis Rudi Hartono mengatakan anggaran itu terlalu kecil. “Siapa yang mau menunggu?” Dia bertanya. "
               "“Ini bahaya yang nyata bagi kita.”")
    assert said == [("Siapa yang mau menunggu?", "Rudi Hartono"), ("Ini bahaya yang nyata ba", "Rudi Hartono")]


def test_praising_someone_as_a_term_is_the_praisers_words():
    """heldout67 (ex17): "Presiden AS Donald Trump yang memujinya sebagai "pemimpin hebat" dan "pemenang""."""
    said = who("Sikap itu menarik perhatian, termasuk Presiden Brasil Rudi Hartono yang memujinya sebagai "
               "“pemimpin berani” dan “juara”.")
    assert said == [("pemimpin berani", "Rudi Hartono"), ("juara", "Rudi Hartono")]


def test_a_name_set_off_after_a_long_title_before_a_verb_of_saying_is_the_speaker():
    """heldout66 (ey07): "Asisten Jaksa Agung untuk Keamanan Nasional, John Demers, mengatakan Korea Utara
    "telah menjadi ..."": the name was missed, the quote nobody's."""
    said = who("Saat membacakan tuntutan, Asisten Jaksa Agung untuk Urusan Siber, Peter Wallace, mengatakan negara "
               "itu “sudah menjadi geng pencuri”.")
    assert said == [("sudah menjadi geng pencu", "Peter Wallace")]


def test_a_column_pointed_back_at_is_the_site_it_was_said_to_be_on():
    """heldout65 (ez10): "Dalam kolom di situs ... Uriminzokkiri, ..." then "“...,” tulis kolom tersebut." had no
    source, and once the general named in between was found, went to him. Names made up here."""
    got = quotes("Dalam kolom di situs propaganda Korea Utara Uriminzokkiri, Pyongyang mengutip komentar Jenderal. "
                 "Rudi Hartono tentang latihan itu.",
                 "“Latihan itu adalah persiapan perang,” tulis kolom tersebut.")
    assert [(q.speaker, q.source) for q in got] == [(None, "Uriminzokkiri")]
    # a statement carried by a news agency is the body's that issued it, not the agency's
    got = quotes("Dalam pernyataan yang dimuat kantor berita KCNA, komite itu menutup kawasan industri.",
                 "“Musuh akan membayar mahal,” bunyi pernyataan tersebut.")
    assert got[0].source != "KCNA"


def test_a_parent_named_after_the_child_they_are_parent_of_is_the_speaker():
    """heldout69's first run (ev05): "kata orang tua Ito, Kanako Ono," went to the child, Ito. Names made up."""
    said = who("“Saya takut sekali,” kata Kenta Mori, siswa kelas lima.",
               "“Latihan ini dekat dengan hidup kita,” kata orang tua Mori, Yuki Hara, yang ikut latihan.",
               "“Anak-anak jadi mengerti,” ungkap Hara.")
    assert said == [("Saya takut sekali", "Kenta Mori"), ("Latihan ini dekat dengan", "Yuki Hara"),
                    ("Anak-anak jadi mengerti", "Yuki Hara")]


def test_the_governments_spokesman_named_after_his_title_is_no_possessor():
    """heldout69 (ev14): "juru bicara pemerintah Hirokazu Matsuno mengatakan pemerintah sedang “...”" had no
    speaker ("pemerintah Matsuno" was read as Matsuno's government)."""
    said = who("Ditanya soal laporan itu, juru bicara pemerintah Kenji Sato mengatakan pemerintah sedang "
               "“mempelajari pilihan ini” dengan cermat.")
    assert said == [("mempelajari pilihan ini", "Kenji Sato")]


def test_a_time_phrase_between_the_speaker_and_the_verb_is_no_clause_of_its_own():
    """heldout69 (ev17): "Hayashi dalam konferensi pers ... tidak lama setelah peluncuran roket Korea Utara itu
    mengatakan “...”" went to North Korea."""
    said = who("Kepala Sekretaris Kabinet Kenji Sato dalam jumpa pers di Tokyo tidak lama setelah peluncuran "
               "rudal Korea Utara itu mengatakan “benda itu jatuh di laut lepas.”")
    assert said == [("benda itu jatuh di laut ", "Kenji Sato")]
    # a clause with its own verb after "setelah" is one: its subject is not the speaker's
    said = who("Kenji Sato tiba di Tokyo setelah Korea Utara meluncurkan rudal, dan Korea Utara mengatakan "
               "“uji coba itu berhasil.”")
    assert said[0][1] != "Kenji Sato"


def test_a_stop_glued_to_the_next_sentences_first_word_ends_the_sentence():
    """heldout69 (ev15): "Menurut JCS, kapal selam ... [1.553 mil].Kembali pada bulan April, Presiden ... setuju untuk
    "..."": with no space after the stop, the April agreement's words went to the JCS."""
    said = quotes("Menurut Komando Gabungan, kapal itu panjangnya 170 meter [558 kaki].Kembali pada bulan April, kedua "
                  "presiden sepakat untuk “lebih sering menghadirkan aset strategis” di kawasan.")
    assert [(q.speaker, q.source) for q in said] == [(None, None)]


def test_katanya_closing_a_sentence_about_its_subject_is_the_speaker_before_the_sentence():
    """heldout71's first run (et15): "Biden nantinya akan mengadakan pertemuan ... untuk “menegaskan kembali aliansi
    kuat” dengan Filipina, katanya." went to Biden, the sentence's subject, not the press secretary before."""
    said = who("“Para pemimpin akan memajukan kemitraan,” kata Sekretaris Pers Gedung Putih Rina Wulan pada Senin.",
               "Presiden Rudi Hartono nantinya akan bertemu Ramon Dela Cruz untuk “memperkuat aliansi lama” dengan "
               "Filipina, katanya.")
    assert said == [("Para pemimpin akan memaj", "Rina Wulan"), ("memperkuat aliansi lama", "Rina Wulan")]


def test_heldout76_to_78_speakers_a_passive_opening_a_role_spoken_of_and_a_pronoun_after_its_subject():
    """The first runs of heldout76–78 (sentences of our own): "Dicetuskan X, ..." opening a sentence had no
    speaker; "“Saya suka Presiden Park ...,” tambah presiden" went to Park, whom the words speak of; "yang
    ditingkatkan oleh Korea Utara adalah “...”" gave a warm-hearted citizen's words to North Korea; ", dan
    beliau mengatakan" after the sentence's only person had no speaker; "Pekan depan, X dikabarkan ... . Ia
    menjelaskan, “...”" went to an earlier speaker, not X."""
    assert who("Rapat itu berlangsung singkat.",
               "Dicetuskan Gubernur Rudi Hartono, kota itu tidak bisa selalu menjadi “penjaga gerbang utama.”") \
        == [("penjaga gerbang utama.", "Rudi Hartono")]
    assert who("Di Gedung Putih, Presiden AS Rudi Hartono mengatakan Park “meminta saya membantu.”",
               "“Saya suka kedua pemimpin. Saya suka Presiden Park Min-ho,” tambah presiden.")[1][1] == "Rudi Hartono"
    assert who("Di pasar, Kim Soo-ah, seorang pedagang berusia 50 tahun mengatakan uji coba yang ditingkatkan oleh "
               "Korea Utara adalah “cara mereka meminta perhatian”.") == [("cara mereka meminta perh", "Kim Soo-ah")]
    assert who("Ini kunjungan pertama Presiden Rudi Hartono ke Manila, dan beliau mengatakan bahwa kota itu adalah "
               "“gerbang harapan baru.”") == [("gerbang harapan baru.", "Rudi Hartono")]
    said = who("“Kita harus bersiap,” kata Gubernur Rudi Hartono.",
               "Pekan depan, Park Min-ho dikabarkan akan berkunjung ke Tokyo. Ia menjelaskan, perjalanannya "
               "“karena khawatir atas ancaman rudal.”")
    assert said[1] == ("karena khawatir atas anc", "Park Min-ho")


def test_heldout80_reported_speech_before_with_an_object_and_a_paragraph_that_speaks_of_the_latest():
    """heldout80's first run (sentences of our own): "X juga sempat mengatakan sejumlah kendala saat ingin
    bertemu Y. “...”" had no speaker (Y, named after the verb, was counted as a second subject); a paragraph
    of quote that speaks of the latest speaker by name ("“Saya sedih bahwa X meninggal ...”") went to X."""
    said = who("Pertemuan itu berlangsung singkat.",
               "Menteri Park Min-ho juga sempat mengatakan sejumlah kendala saat ingin bertemu Presiden Rudi Hartono. "
               "“Tidak mudah untuk sampai ke sini.”")
    assert said == [("Tidak mudah untuk sampai", "Park Min-ho")]
    said = who("“Kami akan terus berjuang,” kata Kenji Sato.", "Kenji Sato meninggal dunia pada Jumat.",
               "“Saya sangat sedih bahwa Kenji Sato, yang telah lama berjuang, meninggal. Kami kehilangan panutan.”")
    assert said[1] == ("Saya sangat sedih bahwa ", None)


def test_walk13_the_teller_of_a_clause_about_a_country_and_the_one_of_a_pair_who_goes_on():
    """The walk through heldout76–78 (sentences of our own): "Ia mengatakan, Amerika Serikat akan menanggapi
    ... “...”" went to the United States at 90%; after "Park dan Duda mengecam ...", "pungkasnya" went to
    Duda, though Park had spoken every quote before."""
    said = who("Presiden Park Min-ho menilai deklarasi itu penting. Ia mengatakan, Amerika Serikat akan menanggapi "
               "serangan terhadap sekutu “di seluruh spektrum kemungkinan.”")
    assert said == [("di seluruh spektrum kemu", "Park Min-ho")]
    said = who("“Kami akan bekerja sama,” kata Presiden Korea Selatan Park Min-ho di Warsawa bersama Presiden Polandia "
               "Andrzej Duda. “Ini langkah penting,” tambahnya.",
               "Lebih lanjut, Park dan Duda mengecam pengiriman pasukan itu sebagai pelanggaran.",
               "“Kami tidak akan pernah tinggal diam atas hal ini,” pungkasnya.")
    assert said[2] == ("Kami tidak akan pernah t", "Park Min-ho")


def test_a_short_english_title_in_marks_after_a_verb_of_making_is_no_ones_words():
    """The walk through heldout76–78: 'perusahaan yang memproduksi "The Interview," ...' gave the film's
    title to the president at 80%; a tag right after it still makes a short title someone's words."""
    said = who("Presiden Rudi Hartono mengumumkan sanksi baru terhadap perusahaan yang memproduksi \"The Interview,\" "
               "sebuah film komedi.")
    assert said == []
    assert who("“The End,” kata Presiden Rudi Hartono singkat.") == [("The End", "Rudi Hartono")]


def test_an_agency_named_in_a_clause_of_the_statement_is_not_its_speaker():
    """The walk through heldout76–78 (eo14): "“...,” kata Pyongyang dalam sebuah pernyataan yang dibawa oleh
    Korean Central News Agency (KCNA)" gave the words to KCNA, which only carried them."""
    got = quotes("“Aset strategis itu akan menjadi target pertama,” kata Pyongyang dalam sebuah pernyataan yang dibawa "
                 "oleh Korean Central News Agency (KCNA).")
    assert (got[0].speaker, got[0].source) == (None, None)
    got = quotes("“Kami tidak akan mundur,” kata Kementerian Luar Negeri Jepang dalam sebuah pernyataan.")
    assert got[0].source == "Kementerian Luar Negeri Jepang"  # a body right after the tag still speaks


def test_an_organisation_right_after_the_quote_with_its_own_verb_of_saying_or_reporting():
    """The walk through heldout76–78 (em12): "“...,” KCNA mengabarkan, dikutip Reuters." left the words with no
    speaker; a body or agency right after the quote's comma, then its verb, is the source. After the quote's
    full stop the body opens a sentence of its own, and the words stay with their speaker."""
    got = quotes("“Perang akan menjadi lebih realistis,” KCNA mengabarkan, dikutip Reuters.",
                 "“Kami menolak tuduhan itu,” Kementerian Luar Negeri Jepang juga menegaskan.")
    assert [(q.speaker, q.source, q.cue) for q in got] == [
        (None, "KCNA", "mengabarkan + organisation"), (None, "Kementerian Luar Negeri Jepang", "menegaskan + organisation")]
    said = who("Menteri Pertahanan Kenji Sato menyebut peluncuran itu “tantangan serius bagi dunia.” Kementerian "
               "Luar Negeri Jepang menyebut “provokasi yang berbahaya.”")
    assert said[0] == ("tantangan serius bagi du", "Kenji Sato")


def test_a_verb_after_dalam_or_untuk_tells_of_no_words_of_its_own():
    """heldout82's first run (ei14): "Ia menekankan bahwa “...” satu sama lain dalam menanggapi tantangan adalah
    “...”" left the second quote with no speaker: "dalam menanggapi" (in responding) was read as another saying."""
    said = who("Menteri Kenji Sato menambahkan bahwa ketiga negara akan bertemu. Ia menekankan bahwa “komitmen "
               "untuk berkonsultasi” satu sama lain dalam menanggapi tantangan adalah “salah satu hal terpenting” dari "
               "pertemuan itu.")
    assert said == [("komitmen untuk berkonsul", "Kenji Sato"), ("salah satu hal terpentin", "Kenji Sato")]


def test_a_body_then_its_statement_in_a_relative_clause_is_the_subject():
    """heldout81's first run (ej08): "USFK dalam pernyataan yang dikirim ke Yonhap menyatakan, ... “bertempur”" gave
    the word to Yonhap, to which the statement was only sent."""
    got = quotes("USFK dalam pernyataan yang dikirim ke Yonhap menyatakan, langkah itu menjaga kesiapan “bertempur” "
                 "yang tinggi.")
    assert (got[0].speaker, got[0].source) == (None, "USFK")


def test_a_former_office_pointed_back_at_is_the_one_just_quoted():
    """heldout82's first run (ei06): "“...,” kata mantan Menteri Pertahanan ini." after two quotes of the coordinating
    minister's went to an unnamed "mantan Menteri Pertahanan": a past office the story never gave him. Unsure (60%);
    an office that is no past one and fits no one stays unnamed."""
    got = quotes("“Proyek itu tetap dilanjutkan,” kata Menko Polhukam Budi Santoso.",
                 "“Jadi, tidak ada yang diputuskan tadi,” kata mantan Menteri Pertahanan ini.",
                 "“Kami menunggu,” kata pejabat kementerian itu.")
    assert [(q.speaker, q.confidence) for q in got[:2]] == [("Budi Santoso", 0.95), ("Budi Santoso", 0.6)]
    assert got[2].speaker is None


def test_a_programmes_name_in_marks_with_its_acronyms_is_no_ones_words():
    """heldout82's first run (ei06): 'proyek pesawat tempur "Korean Fighter Experimental/ Indonesian Fighter
    Experimental (KFX/IFX)" yang dikembangkan' stood as a quote; so did 'sistem “Sistem Peringatan Instan Nasional
    (J-Alert)”' on a realdev page. A sentence in marks is still one."""
    assert quotes('Mereka membahas proyek pesawat tempur "Korean Fighter Experimental/ Indonesian Fighter Experimental '
                  '(KFX/IFX)" yang dikembangkan kedua negara.') == []
    assert quotes("Warga menerima peringatan “Sistem Peringatan Instan Nasional (J-Alert)” pagi itu.") == []
    assert who("“Proyek itu tetap dilanjutkan (KFX/IFX),” kata Menteri Budi Santoso.") == [("Proyek itu tetap dilanju", "Budi Santoso")]


def test_a_scare_term_after_a_noun_is_no_quote_of_the_sentences_subject():
    """heldout81's first run (ej16): "Trump menetapkan tarif ..., sesuai dengan tingkat tarif “timbal balik” yang
    diumumkan" gave the term to Trump (the sentence's subject, no verb of saying); a term after a verb of saying
    stays the subject's words."""
    assert quotes("Presiden Rudi Hartono menetapkan tarif 20%, sesuai dengan tingkat tarif “timbal balik” yang "
                  "diumumkan pada April lalu.") == []
    assert who("Presiden Rudi Hartono mengatakan tarif itu “sangat disesalkan” oleh Jepang.") == [("sangat disesalkan", "Rudi Hartono")]


def test_a_persons_statement_that_the_quote_reports():
    """heldout81's first run (ej01): "... bertolak belakang dengan pernyataan Mike Trotsky, wakil presiden Lockheed
    Martin, ... bahwa kedua negara itu dalam diskusi “formal dan informal” ..." had no speaker. A verb of saying
    between the statement and "bahwa" has its own subject."""
    said = quotes("Pernyataan itu bertolak belakang dengan pernyataan Budi Santoso, wakil presiden PT Dirgantara, selama "
                  "konferensi pers di Jakarta bahwa kedua negara itu dalam diskusi “formal dan informal” membahasnya.")
    assert [(q.speaker, q.cue, q.confidence) for q in said] == [("Budi Santoso", "pernyataan + name", 0.8)]


def test_a_press_secretary_is_the_spokesperson_the_tag_names():
    """heldout81's first run (ej12): "Sekretaris Pers Gedung Putih Karine Jean-Pierre", later "“...,” kata juru bicara
    Gedung Putih": the words went to the White House, not to its spokesperson the story had named."""
    said = who("Sekretaris Pers Gedung Putih Karine Jean-Pierre mengumumkan pertemuan itu.",
               "“Ketiga pemimpin akan membahas kerja sama,” kata juru bicara Gedung Putih.")
    assert said == [("Ketiga pemimpin akan mem", "Karine Jean-Pierre")]


def test_a_quote_opening_its_paragraph_after_the_paragraph_of_someones_reported_speech():
    """heldout81's first run (ej10): "Setelah pertemuan itu, perdana menteri mengungkapkan kepada wartawan bahwa ...",
    then a paragraph opening with an untagged quote, had no speaker; the role resolves to the one prime minister
    named. Unsure (60%)."""
    said = quotes("Perdana Menteri Jepang Kenji Sato berbicara dengan Presiden Rudi Hartono melalui telepon.",
                  "Setelah pertemuan itu, perdana menteri mengungkapkan kepada wartawan bahwa ia menyampaikan tekadnya.",
                  "“Kita harus terus mempertimbangkannya.” Mengenai masalah lain, Sato mengatakan Rudi memberinya "
                  "“kata-kata kuat.”")
    assert [(q.speaker, q.confidence) for q in said] == [("Kenji Sato", 0.6), ("Kenji Sato", 0.9)]


def test_an_experts_field_pointed_back_at_is_the_one_just_quoted():
    """heldout79's first run (el07): "“...,” tutur pakar hukum di bidang konstitusi dan perundangan itu." after the
    professor's quote went to an unnamed "pakar hukum": the expert just quoted, whom the story had called "Prof"."""
    got = quotes("“Gubernur baru mencabut izin,” tutur Prof Budi Santoso.",
                 "“Gubernur tidak terima,” tutur pakar hukum di bidang konstitusi dan perundangan itu.")
    assert [(q.speaker, q.confidence) for q in got] == [("Budi Santoso", 0.95), ("Budi Santoso", 0.6)]


def test_a_nya_tag_whose_own_sentence_acts_on_the_latest_speaker_is_not_theirs():
    """The walk through heldout81–82 (ej14): "“Ini belum berakhir ...,” ujarnya, sembari berjanji untuk mengupayakan
    pemakzulan terhadap Yoon" gave the words to Yoon, the latest person named: the one the sentence acts on."""
    said = who("Presiden Rudi Hartono mengumumkan darurat militer.",
               "“Ini belum berakhir,” ujarnya, sembari berjanji mengupayakan pemakzulan terhadap Hartono.")
    assert said == [("Ini belum berakhir", None)]
    assert who("Presiden Rudi Hartono mengumumkan darurat militer.",
               "“Ini belum berakhir,” ujarnya kepada wartawan.") == [("Ini belum berakhir", "Rudi Hartono")]


def test_a_medium_described_by_its_kind_is_the_agency_its_sentence_named():
    """The walk through heldout81–82 (ei13): "Peluncuran tersebut diumumkan oleh KCNA ..., dengan outlet media pemerintah
    mengklaim bahwa sebuah roket “...”" had no speaker, and speaker:KCNA (the README's own example) found nothing."""
    got = quotes("Peluncuran tersebut diumumkan oleh KCNA pada Rabu pagi, dengan outlet media pemerintah mengklaim bahwa "
                 "sebuah roket “secara akurat menempatkan satelit di orbitnya.”")
    assert [(q.speaker, q.source, q.confidence) for q in got] == [(None, "KCNA", 0.7)]


def test_a_pronoun_after_a_sentence_opening_with_a_clause_that_names_others_is_its_speakers():
    """heldout83's first run (eh14): "Ketika ditanya apakah KTT antara Presiden Korea Selatan, Lee Jae Myung dan ...
    akan mencakup ..., Brunson mengatakan ia tidak yakin. Ia juga menegaskan ... “sangat berbeda”" gave the words to
    Lee, named in the question. The last of several who speak together is not taken for the subject."""
    said = who("Ketika ditanya apakah KTT antara Presiden Korea Selatan, Lee Jae-myung dan Presiden AS Donald Trump akan "
               "membahas pasukan, Jenderal Xavier Brunson mengatakan ia tidak yakin. Ia juga menegaskan kawasan yang "
               "“sangat berbeda” dibanding dulu.")
    assert said == [("sangat berbeda", "Xavier Brunson")]
    said = who("Setelah pertemuan itu, Menhan AS Lloyd Austin dan Menhan Korsel Lee Jong-sup mengatakan mereka sepakat. "
               "Ia menegaskan kerja sama yang “sangat erat” itu.")
    assert said[0][1] != "Lee Jong-sup"  # the last of two who speak together is not the sentence's one subject


def test_a_verb_joined_by_but_to_a_verb_of_saying_shares_its_speaker():
    """heldout85's ef07, first run: "DeHart mengatakan dia tidak ... tetapi menambahkan bahwa kedua belah pihak
    “akan bekerja ...”" was nobody's. No person before the first verb keeps it so."""
    lead = "Negosiator AS Hiroshi Tanabe bertemu pejabat Korea Selatan. "
    got = quotes(lead + "Tanabe mengatakan dia tidak memiliki tanggal tetapi menambahkan bahwa kedua pihak “akan bekerja keras.”")
    assert [q.speaker for q in got] == ["Hiroshi Tanabe"]
    got = quotes(lead + "Uji coba itu mendorong Tanabe untuk menelepon Seoul dan menegaskan komitmen “keras” AS.")
    assert got == []  # one word, the first verb's subject no person: nobody's words


@pytest.mark.parametrize("title", ["Dr.", "Prof.", "Ir.", "Drs."])
def test_a_titles_stop_after_the_tags_verb_ends_no_sentence(title):
    """heldout91's first run (dz13): "“...,” kata Dr. Yao-Yuan Yeh, Profesor ..." was said by an unnamed "Dr":
    the stop after the title ended the tag's sentence before the name."""
    got = quotes(f"“Ancaman itu semakin nyata bagi kawasan,” kata {title} Rina Hartono Wulandari, pengamat hubungan "
                 "internasional dari sebuah universitas di Jakarta.")
    assert got[0].speaker == "Rina Hartono Wulandari"


def test_a_newspaper_cited_after_the_tag_is_no_letter_that_spoke():
    """heldout94's first run (dw15): "“...,” kata Kritenbrink, menurut surat kabar Nikkei ..." made "surat" (a
    letter) the latest speaker, and the next quote's "tambahnya" went to it."""
    got = who("“Masih terlalu dini untuk membicarakan hal itu,” kata Kritenbrink, menurut surat kabar Nikkei Jepang.",
              "“Kami fokus pada arsitektur yang sudah ada di kawasan,” tambahnya.")
    assert got == [("Masih terlalu dini untuk", "Kritenbrink"), ("Kami fokus pada arsitekt", "Kritenbrink")]


def test_the_spokesperson_of_a_head_the_article_titled_speaks_not_the_head():
    """heldout92's walk (dy13): "“...,” kata juru bicara Kristersson" after "Perdana Menteri Swedia Ulf Kristersson"
    (a head the gazetteer does not know) was given to Kristersson, sure; a spokesperson named after the title is
    that person."""
    got = quotes("Perdana Menteri Swedia Anders Lindqvist menunda kunjungannya.",
                 "“Kami memutuskan untuk menunda kunjungan,” kata juru bicara Lindqvist kepada wartawan.")
    assert (got[0].speaker, got[0].source) == (None, "juru bicara Lindqvist")
    got = quotes("Juru bicara Deplu AS Ned Price hadir.", "“Kami prihatin,” kata juru bicara Price.")
    assert (got[0].speaker, got[0].source) == ("Ned Price", None)


def test_a_word_someone_used_is_nobodys_quote_nor_the_critics():
    """heldout96's first run (du11): Kim Yo Jong "mengkritik pernyataan sembrono Presiden AS, Joe Biden yang
    menggunakan kata “akhir rezim” Korea Utara" made the phrase a sure quote of hers."""
    got = quotes("Kim Yo Jong mengkritik pernyataan Presiden AS Joe Biden yang menggunakan istilah “akhir rezim” "
                 "Korea Utara sambil menyerukan tanggapan tegas.")
    assert got == []


def test_one_of_a_countrys_papers_or_several_countries_together_are_no_single_country():
    """heldout95-96's first runs and the session's walk: "Salah satu halaman utama surat kabar Korsel bahkan
    menyebutnya sebagai ‘kebohongan Carl Vinson’" (dv06) and "... Jepang dan Korea Selatan berjanji “kerja sama
    terkoordinasi tripartit”" (du08) were South Korea's words, sure (0.9)."""
    got = quotes("Salah satu surat kabar Jepang bahkan menyebutnya sebagai “kebohongan besar dari Washington”.")
    assert [(q.speaker, q.source) for q in got] == [(None, "salah satu surat kabar Jepang")]
    got = quotes("Pada pertemuan itu, Jepang dan Korea Selatan berjanji “kerja sama terkoordinasi tripartit” ke depan.")
    assert [(q.speaker, q.source) for q in got] == [(None, "Jepang dan Korea Selatan")]


def test_an_office_alone_after_menurut_is_the_one_the_article_introduced_with_it_unsure():
    """heldout98's ds16: "Menurut Wali Kota, Korea Utara ... “tindakan kurang ajar dan provokatif”" in a story
    that introduced "Walikota Seoul Lee Han-seo": "Wali Kota" was made a person and spoke for himself."""
    from index.extract import extract_text

    art = extract_text("Judul Berita Tentang Nuklir Korea\n\n"
                       "Korea Selatan harus memiliki penangkal nuklir, kata Walikota Seoul Lee Han-seo pada Jumat.\n\n"
                       "Menurut Wali Kota, Korea Utara berani melakukan “tindakan kurang ajar dan provokatif” itu.\n")
    assert art.people == ["Lee Han-seo"]
    [q] = art.quotes
    assert (q.speaker, q.confidence < 0.7) == ("Lee Han-seo", True)  # shown with "?"
    # with no one introduced with the office, the office is the unnamed source, as before
    art = extract_text("Judul Berita Tentang Nuklir Korea\n\n"
                       "Menurut Wali Kota, Korea Utara berani melakukan “tindakan kurang ajar dan provokatif” itu.\n")
    assert art.people == [] and (art.quotes[0].speaker, art.quotes[0].source) == (None, "Wali Kota")


def test_the_agent_of_a_verb_of_seeing_says_nothing():
    """heldout98's ds16: "seperti yang disaksikan oleh Pyongyang “mengancam berulang kali”" gave Pyongyang the
    words (the mayor watched Pyongyang's threats); "dikecam oleh Tokyo sebagai “...”" still gives Tokyo's."""
    [q] = quotes("Ia marah seperti yang disaksikan oleh Pyongyang “mengancam berulang kali” terhadap kotanya.")
    assert (q.speaker, q.source) == (None, None)
    assert quotes("Latihan itu dikecam oleh Korea Utara sebagai “provokasi berbahaya” bagi kawasan.")[0].source == "Korea Utara"


def test_the_first_blind_runs_of_heldout97_and_98_speakers():
    """heldout97-98's first runs: each line one of their pages' forms, in words of our own."""
    from index.extract import extract_text

    def said(*paragraphs: str) -> list[tuple[str | None, str | None]]:
        art = extract_text("Judul Berita Tentang Aliansi\n\n" + "\n\n".join(paragraphs) + "\n")
        return [(q.speaker, q.source) for q in art.quotes]

    # ds11: the subject set off by commas, "mengisyaratkan bahwa ..., dengan mengatakan bahwa “...”"
    assert said("Saat peresmian, kepala unit baru itu, Kolonel Aldric Venmore, mengisyaratkan bahwa Korea Utara menjadi "
                "fokusnya, dengan mengatakan bahwa “ancaman nyata” ada di utara pangkalan.") == [("Aldric Venmore", None)]
    # ds06: someone's "ungkapan" (what they said) that ...
    assert said("Para pengamat heran atas ungkapan Presiden AS Donald Trump bahwa latihan itu “kurang pantas” dilakukan.") \
        == [("Donald Trump", None)]
    # dt08: a passive verb before the quote, its agent after it; a US lawmaker's party and state after the name
    assert said("Rencana itu disebut sebagai “kekeliruan strategis” oleh Senator Corwin Blaylock (R-NE), dalam pernyataannya.") \
        == [("Corwin Blaylock", None)]
    # dt09: two US presidents in the story; "pemimpin A.S. itu" points back at the one named last
    assert said("Presiden A.S. Donald Trump pernah tiga kali bertemu Kim Jong Un.",
                "Presiden A.S. Joe Biden dan Moon Jae-in bertemu di Washington, dengan pemimpin A.S. itu menekankan bahwa dia "
                "“memahami sepenuhnya situasi yang terjadi” di Semenanjung Korea.")[-1] == ("Joe Biden", None)


def test_a_news_agency_after_its_country_is_the_subject_not_the_country():
    """heldout97's dt14: "kantor berita Korea Selatan Yonhap melaporkan, “...”" gave the words to South Korea."""
    [q] = quotes("Angkatan Laut Korea Selatan akan menggelar upacara kapal di kota selatan Busan pada Mei tahun depan, dan "
                 "kantor berita Korea Selatan Yonhap melaporkan, “Kapal Jepang juga akan berpartisipasi.”")
    assert (q.speaker, q.source) == (None, "Yonhap")


def test_a_person_set_off_before_yang_and_an_adverb_is_who_the_clause_tells_of():
    """heldout98's ds16: "mengutip komentar Kim Jong-un, yang baru-baru ini menyebut Korea Selatan sebagai “bangsa
    musuh”" gave Kim's words to the mayor who opened the sentence."""
    [q] = quotes("Walikota Seoul Lee Han-seo mengecam ancaman itu, mengutip komentar Kim Jong-un, yang baru-baru ini "
                 "menyebut Korea Selatan sebagai “bangsa musuh”.")
    assert q.speaker == "Kim Jong Un"


def test_the_second_piece_of_a_quote_over_two_paragraphs_is_the_same_speakers_however_short():
    """heldout97's dt14: a quote opened in one paragraph and closed at the next one's start ("... juga akan
    berpartisipasi." / "Tampaknya memang demikian.” Di Korea ...") left its three-word second piece to no one;
    the unnamed people who speak after it ("beberapa orang ..., dengan alasan bahwa “...”") are not the same.
    The two pieces are one quote (heldout120's cw09)."""
    [first, third] = quotes(
        "Angkatan Laut Korea Selatan akan menggelar upacara kapal di kota selatan Busan pada Mei tahun depan, dan "
        "kantor berita Korea Selatan Yonhap melaporkan, “Kapal Jepang yang mengibarkan bendera itu juga akan berpartisipasi.",
        "Tampaknya memang demikian.” Di Korea Selatan, beberapa orang tidak menyukai bendera itu, dengan alasan bahwa "
        "itu adalah “simbol politik yang mengingatkan luka sejarah” bagi mereka.")
    assert (first.speaker, first.source, first.tail) == (None, "Yonhap", (0, len("Tampaknya memang demikian.")))
    assert first.text.endswith("berpartisipasi. Tampaknya memang demikian.")
    assert (third.speaker, third.source) == (None, None)


def test_a_nya_tag_after_a_paragraph_about_one_person_is_that_persons_unsure():
    """heldout100's dq03: "“...,” kata Perdana Menteri Korsel, Hwang Kyo-Ahn ..." then a new paragraph "Dilansir AFP,
    ..., Pence juga menyempatkan diri untuk melihat DMZ.“AS mempertimbangkan semua opsi ...,” ucapnya." gave Pence's
    words to Hwang, who spoke last; a paragraph that names no one acting goes on to the latest speaker."""
    from index.extract import extract_text

    art = extract_text("Judul Berita Kunjungan\n\n“Kami sepakat memperkuat aliansi,” kata Perdana Menteri Korsel, Hwang "
                       "Kyo-ahn saat berbicara dalam konferensi pers bersama Wakil Presiden AS, Mike Pence.\n\nDilansir AFP, "
                       "Senin 17 April 2017, berkunjung ke Korsel, Pence juga menyempatkan diri untuk melihat zona "
                       "demiliterisasi.“AS mempertimbangkan semua opsi,” ucapnya.\n")
    assert [(q.speaker, q.confidence < 0.7) for q in art.quotes] == [("Hwang Kyo-ahn", False), ("Mike Pence", True)]
    art = extract_text("Judul Berita Kunjungan\n\n“Kami sepakat memperkuat aliansi,” kata Perdana Menteri Korsel, Hwang "
                       "Kyo-ahn, kepada wartawan.\n\nPertemuan itu berlangsung dua jam. “Kami siap membantu,” ucapnya.\n")
    assert art.quotes[-1].speaker == "Hwang Kyo-ahn"


def test_an_agency_quoting_a_person_named_right_after_it():
    """heldout99's dr13: "“AS akan mengambil langkah ...,” kata Kyodo mengutip Austin dalam ..." gave Austin's words
    to Kyodo."""
    from index.extract import extract_text

    art = extract_text("Judul Berita Pertemuan\n\nMenteri Pertahanan AS Lloyd Austin tiba di Tokyo untuk bertemu mitranya.\n\n"
                       "“AS akan mengambil langkah yang dibutuhkan untuk melindungi sekutunya,” kata Kyodo mengutip Austin "
                       "dalam konferensi pers bersama.\n")
    assert [(q.speaker, q.source) for q in art.quotes] == [("Lloyd Austin", None)]


def test_an_agency_quoting_someone_unnamed_gives_the_words_to_that_source():
    """The walk through heldout99-100: "“...,” tulis Kyodo News mengutip sumber dari Kementerian Luar Negeri Jepang"
    and "kata Global Times mengutip juru bicara tersebut" gave the words to the agency that passed them on."""
    [q] = quotes("“Kami tidak tahu detail pasti tentang apa yang terjadi,” tulis Kyodo News mengutip sumber dari "
                 "Kementerian Luar Negeri Jepang.")
    assert q.speaker is None and q.source.startswith("sumber dari Kementerian Luar Negeri")


def test_words_of_an_offer_are_the_offerers():
    """heldout99's dr03: "Pada Selasa, Trump bahkan menawarkan pembukaan diplomatik ke Pyongyang untuk “membuat
    kesepakatan.”" was left with no speaker."""
    assert who("Pada Rabu, Presiden Donald Trump bahkan menawarkan perundingan baru dengan Seoul untuk “mencari jalan "
               "tengah.”") == [("mencari jalan tengah.", "Donald Trump")]


def test_a_short_phrase_in_single_marks_after_the_sentences_own_verb_of_saying_is_the_speakers():
    """heldout101's dp11 (first run): "Kementerian Luar Negeri Korut dalam pernyataannya menyebut Jepang telah secara
    efektif merumuskan ‘kemampuan serangan pendahuluan’" lost the ministry's words, the verb a clause away."""
    got = quotes("Kementerian Luar Negeri Korea Utara dalam pernyataannya menyebut Jepang telah secara efektif merumuskan "
                 "‘kemampuan serangan pendahuluan’ dengan strategi barunya.")
    assert [(q.text, q.source) for q in got] == [("kemampuan serangan pendahuluan", "Kementerian Luar Negeri Korea Utara")]
    # one word in single marks stays a term, whoever's sentence it is in (heldout103's dn03, first run: 'armada')
    assert quotes("Presiden Donald Trump mengatakan AS telah mengirim sebuah ‘armada’ ke Semenanjung Korea.") == []


def test_words_inside_the_clause_a_person_reports_are_theirs_whatever_its_own_subject():
    """heldout101's dp16 (first run): "Kishida mengakui bahwa, meskipun AS dan Jepang akan terus menanggapi “tantangan”
    dari Tiongkok, mereka “menegaskan pentingnya melanjutkan dialog ...”" gave Kishida's words to the two countries."""
    said = who("Perdana Menteri Jepang Fumio Kishida mengakui bahwa, meskipun AS dan Jepang akan terus menanggapi "
               "“tantangan” dari Tiongkok, mereka “menegaskan pentingnya melanjutkan dialog dengan Tiongkok”.")
    assert said == [("tantangan", "Fumio Kishida"), ("menegaskan pentingnya me", "Fumio Kishida")]


def test_words_in_what_a_role_tells_are_its_holders():
    """heldout104's dm15 (first run): "Pemimpin Korsel mengatakan, peluncuran rudal ... telah menunjukkan “ancaman
    besar”" gave the words to South Korea, not to Yoon, the leader the story had named."""
    said = who("Presiden Korea Selatan Yoon Suk-yeol tiba di Tokyo pada Kamis.",
               "Pemimpin Korsel mengatakan, peluncuran rudal balistik Pyongyang pagi itu telah menunjukkan “ancaman besar” "
               "terhadap perdamaian.")
    assert said == [("ancaman besar", "Yoon Suk-yeol")]


def test_words_in_the_clause_of_a_thing_said_are_the_sentences_subjects():
    """heldout104's dm06 (first run): "Donald Trump telah memulai tur ke Asia dengan sebuah peringatan bahwa “tidak ada
    diktator” yang harus meremehkan Amerika." was left with no speaker."""
    said = quotes("Donald Trump telah memulai tur ke Asia dengan sebuah peringatan bahwa “tidak ada diktator” yang "
                  "harus meremehkan Amerika.")
    assert [(q.text, q.speaker, q.cue) for q in said] == [
        ("tidak ada diktator", "Donald Trump", "a thing said, then its clause → the sentence's subject")]


def test_an_administration_named_after_a_sentences_opening_speaks_not_its_head():
    """heldout101-102's walk (dp09): "Pada bulan April 2021, pemerintahan Biden mengumumkan ..., dengan mengatakan bahwa
    ... upaya “pemetaan kembali” ..." was shown as Joe Biden's words, sure."""
    said = quotes("Pada bulan April 2021, pemerintahan Biden mengumumkan hasil tinjauan atas kebijakan Korea Utaranya, dengan "
                  "mengatakan bahwa pendekatan barunya merupakan upaya “pemetaan kembali” untuk denuklirisasi.")
    assert [(q.text, q.speaker, q.source) for q in said] == [("pemetaan kembali", None, "pemerintahan Biden")]


def test_a_pronoun_opening_a_paragraph_is_the_person_the_paragraph_before_introduced():
    """heldout105's dl08 (first run): "Pejabat senior presiden Korea Selatan Kim Hyun-chong pada hari Jumat membela
    keputusan pemerintahnya." ¶ "Dia mengatakan kepada wartawan bahwa “tidak ada lagi pembenaran” ..." gave Kim's words
    to Abe, the speaker quoted before him, sure."""
    said = who("“Kami akan terus berkoordinasi erat dengan AS,” kata Perdana Menteri Jepang Shinzo Abe.",
               "Pejabat senior presiden Korea Selatan Kim Hyun-chong pada hari Jumat membela keputusan pemerintahnya.",
               "Dia mengatakan kepada wartawan bahwa “tidak ada lagi pembenaran” bagi Seoul untuk mempertahankan kesepakatan.")
    assert said == [("Kami akan terus berkoord", "Shinzo Abe"), ("tidak ada lagi pembenara", "Kim Hyun-chong")]


def test_he_or_she_speaking_after_someone_introduced_at_a_sentences_end_is_that_person():
    """The thirty-fifth session's heldout109 (dh02): "Pernyataan dari Tsuhako diamini pengunjuk rasa lain, Ryoko
    Shimabukuro. Dia meminta PM Abe ..." then "“...,” sebutnya" went to Tsuhako, the speaker before. A person named
    inside the sentence before, not set off at its end, may be its object: "sebutnya" stays with the latest speaker."""
    from index.extract import extract_text

    def who(text: str) -> list[str | None]:
        return [q.speaker for q in extract_text("Judul Berita Ini\n\n" + text).quotes]

    assert who("“Kami ingin pangkalan itu pergi,” ucap Kenji Sato, Senin.\n\nPernyataan dari Sato diamini pengunjuk rasa "
               "lain, Aiko Tanaka. Dia meminta PM Abe mendengar warga.\n\n“Seluruh markas harus ditutup,” sebutnya.\n") == [
        "Kenji Sato", "Aiko Tanaka"]
    assert who("“Kunjungan ini sangat baik,” kata Kenji Sato.\n\nSato mengatakan kunjungan Aiko Tanaka berlangsung baik. "
               "Ia juga mengaku puas.\n\n“Kami akan bertemu lagi,” katanya.\n") == ["Kenji Sato", "Kenji Sato"]


def test_a_tag_after_a_body_said_to_speak_since_the_last_quote_is_that_bodys():
    """The walk through heldout107–108 (di09): "“...,” kata Kepala Staf Gabungan." then "Kementerian Pertahanan Rusia
    pada Jumat (18/11) mengatakan ..." then "“... Tu-95MS ...,” jelasnya." gave Russia's words to South Korea's JCS
    (85%, on South Korea's side). A body said to speak in the paragraph before is the latest speaker; a person who
    speaks for it ("Bruce Bennett dari Rand Corporation mengatakan") stays so."""
    from index.extract import extract_text

    def who(text: str) -> list[tuple[str | None, str | None]]:
        return [(q.speaker, q.source) for q in extract_text("Judul Berita Ini\n\n" + text).quotes]

    assert who("“Kami menilai situasi ini latihan bersama,” kata Kepala Staf Gabungan.\n\nKementerian Pertahanan Rusia "
               "pada Jumat (18/11) mengatakan militer Rusia berpatroli bersama China.\n\n“Dua pembom strategis Tu-95MS "
               "berpatroli di atas Laut Jepang,” jelasnya.\n")[1] == (None, "Kementerian Pertahanan Rusia")
    assert who("Pengamat Bruce Bennett dari Rand Corporation mengatakan bom itu belum pasti.\n\nNamun, dia menegaskan "
               "guncangan kali ini lebih keras dari sebelumnya. “Ini bom yang besar,” katanya.\n") == [("Bruce Bennett", None)]


def test_a_concern_a_country_voices_is_the_countrys():
    """The walk through heldout107–108 (di12): 'AS menyuarakan "kekhawatiran besar" setelah Yoon mengumumkan darurat
    militer' gave the United States' words to Yoon (the first hit for speaker:Yoon, in his column)."""
    from index.extract import extract_text

    art = extract_text("Judul Berita Ini\n\nAS menyuarakan \"kekhawatiran besar\" setelah Yoon Suk-yeol mengumumkan darurat "
                       "militer, dan menyatakan lega setelah ia mencabut dekrit tersebut.\n")
    assert [(q.speaker, q.source) for q in art.quotes] == [(None, "Amerika Serikat")]


def test_a_statements_owner_and_this_one_speak_not_the_words_ini_and_keterangan():
    """The walk through heldout107–108 (di05): "menurut keterangan Kepala Staf Gabungan (JCS)", then "Ini menggambarkan
    rute itu sebagai “tidak biasa”" and "“...,” katanya": the quotes stood as said by "[Ini]" and "[keterangan]"."""
    from index.extract import extract_text

    art = extract_text("Judul Berita Ini\n\nPesawat itu mendekati Korea Selatan, menurut keterangan Kepala Staf Gabungan "
                       "(JCS). Lebih dari 10 pesawat dikerahkan.\n\nIni menggambarkan rute penerbangan itu sebagai "
                       "“tidak biasa”, mengingat pengiriman sebelumnya.\n\n“Militer kami memperingatkan pesawat itu,” "
                       "katanya.\n")
    assert {q.source for q in art.quotes} == {"Kepala Staf Gabungan"} and not any(q.speaker for q in art.quotes)


def test_a_source_inside_a_ministry_is_unnamed_not_the_ministry():
    """The walk through heldout107–108 (di02): '"...," kata sebuah sumber di Kementerian Pertahanan Tiongkok' was shown
    as the ministry's own statement (on China's side, under speaker:China): a leak read as an official word."""
    from index.extract import extract_text

    art = extract_text("Judul Berita Ini\n\n\"Penerbangan ini untuk menguji kemampuan tempur laut jauh,\" kata sebuah sumber di "
                       "Kementerian Pertahanan Tiongkok.\n")
    assert [(q.speaker, q.source) for q in art.quotes] == [(None, "sebuah sumber di Kementerian Pertahanan Tiongkok")]
    assert art.quoted == {}  # no one by name: not the ministry


def test_a_visit_owned_by_two_people_is_not_both_speaking():
    """heldout109 (dh14): "Kunjungan Presiden Yoon dan Ibu Negara Kim Keon Hee terjadi ..." read as two people
    acting, so the next "“...,” katanya" was no one's: the sentence's subject is the visit, which they only own."""
    from index.extract import extract_text

    art = extract_text("Judul Berita Ini\n\nSEOUL – Presiden Korea Selatan Yoon Suk Yeol pada hari Rabu menaiki kapal selam "
                       "itu.\n\nKunjungan Presiden Yoon dan Ibu Negara Kim Keon Hee terjadi beberapa jam setelah peluncuran "
                       "rudal.\n\n“Pengerahan kapal ini menggarisbawahi tekad kami,” katanya.\n")
    assert [q.speaker for q in art.quotes] == ["Yoon Suk-yeol"]


def test_a_sentence_opened_by_a_span_of_time_before_an_event_keeps_its_subject():
    """heldout113 (dd05): "Beberapa jam sebelum kedatangannya, Obama bertemu ... dan mengatakan kepada pasukan itu
    kunjungannya “...”" gave the quote no speaker: the opening clause hid the sentence's subject."""
    from index.extract import extract_text

    art = extract_text("Judul Berita Ini\n\nBarack Obama tiba di Hiroshima.\n\nBeberapa jam sebelum kedatangannya, Obama "
                       "bertemu dengan tentara AS di pangkalan udara Iwakuni, tidak jauh dari Hiroshima, dan mengatakan "
                       "kepada pasukan itu kunjungannya \"merupakan kesempatan untuk menghormati semua orang.\"\n")
    assert [q.speaker for q in art.quotes] == ["Barack Obama"]


def test_a_quote_closing_its_sentence_then_a_name_and_a_verb_of_saying_is_that_persons():
    """heldout120's first run (cw06): '“... mengajukan pengaduan ke WTO.” Menteri Perdagangan Sung Yun-mo mengatakan
    setelah mengadakan pertemuan ...' (English order, translated) left the minister's words unattributed. Not when
    the verb says more ("mengatakan bahwa ...") nor when the person does something else."""
    said = "“Pemerintah akan mengambil tindakan tegas.” Menteri Perdagangan Park Min-soo mengatakan setelah rapat."
    assert [(q.text, q.speaker) for q in quotes(said)] == [("Pemerintah akan mengambil tindakan tegas.", "Park Min-soo")]
    for other in ("mengatakan bahwa Jepang keliru.", "tiba di Tokyo pada Senin."):
        got = quotes(said.replace("mengatakan setelah rapat.", other))
        assert [q.speaker for q in got] == [None]


def test_a_body_named_again_by_the_start_of_its_name_speaks():
    """The walk through heldout119-120 (cw14): '“...,” kata Dewan Keamanan.' after "kata Dewan Keamanan Nasional" was
    no one's: the National Security Council's main quote showed "— ?". Not when two bodies' names open so."""
    paras = ["Seoul akan memulai siaran pengeras suara, kata Dewan Keamanan Nasional, setelah balon sampah tiba.",
             "“Langkah yang akan kami ambil mungkin tidak tertahankan bagi rezim,” kata Dewan Keamanan."]
    assert [(q.speaker, q.source) for q in quotes(*paras)] == [(None, "Dewan Keamanan Nasional")]
    paras[0] = paras[0].replace("setelah", "dan Dewan Keamanan PBB bersidang setelah")
    assert [(q.speaker, q.source) for q in quotes(*paras)] == [(None, None)]


def test_a_quote_alone_in_its_paragraph_is_the_one_the_next_paragraph_says_voiced_it():
    """heldout123's first run (ct04): a quote alone on its paragraph, then "Pendapat tersebut disuarakan Menteri
    Pertahanan Korsel, Song Young Moo awal September", went to no one. Not when the quote's paragraph goes on."""
    paras = ["Stasiun itu dipindahkan pasca-berakhirnya Perang Dingin.",
             "\"Opsi itu patut dicoba dengan berbagai pertimbangan.\"",
             "Pendapat tersebut disuarakan Menteri Pertahanan Korsel, Park Jun-ho awal September."]
    assert [(q.text, q.speaker) for q in quotes(*paras)] == [("Opsi itu patut dicoba dengan berbagai pertimbangan.",
                                                             "Park Jun-ho")]
    paras[1] += " Banyak pihak ragu."
    assert [q.speaker for q in quotes(*paras)] == [None]


def test_a_sibling_word_after_a_surname_alone_is_that_familys_other_member():
    """heldout126's cq10: "“...,” kata Kim adik" (Kim's younger sister, in the colloquial order) was given to
    Kim Jong Un, the Kim named last; the article names his sister Kim Yo Jong apart."""
    first, second = quotes(
        "Perempuan yang menjadi penasihat Kim Jong Un itu mengecam Seoul pekan lalu.",
        "“Mereka harus menanggung akibat perbuatan mereka sendiri,” kata Kim adik, merujuk selebaran propaganda.",
        "Pernyataan Kim Yo Jong itu dirilis KCNA. “Kami tidak akan diam,” kata Kim Jong Un.")
    assert (first.speaker, second.speaker) == ("Kim Yo Jong", "Kim Jong Un")


def test_an_outlet_writing_a_quote_after_one_persons_reported_speech_reports_that_persons_words():
    """heldout126's cq07: "Abe menyatakan tekadnya .... “Kedua negara harus ...,” tulis Kyodo News." gave Abe's
    words to Kyodo; an outlet that writes a quote with no one's speech before it is still its source."""
    [q] = quotes("Dalam pertemuan itu, Perdana Menteri Shinzo Abe menyatakan tekadnya menuntaskan masalah penculikan. "
                 "“Kedua negara harus menyelesaikan masalah ini bersama-sama,” tulis Kyodo News.")
    assert (q.speaker, q.source, q.confidence < 0.7) == ("Shinzo Abe", None, True)
    [q] = quotes("Pertemuan itu berlangsung dua jam di Tokyo. “Kedua negara sepakat membuka babak baru,” tulis Kyodo News.")
    assert (q.speaker, q.source) == (None, "Kyodo")


def test_a_paragraph_announcing_whose_statement_follows_names_the_speaker_of_the_quote_after_it():
    """heldout125's cr07: "Berikut pernyataan Perdana Menteri Jepang mengenai kesepakatan pakta pertahanan." and then
    the prime minister's untagged statement (here the body names him first; a role of another country is no one)."""
    first, second = quotes(
        "Perdana Menteri Jepang Fumio Kishida dan Presiden Filipina Ferdinand Marcos Jr. bertemu di Manila.",
        "Berikut pernyataan Perdana Menteri Jepang mengenai kesepakatan tersebut.",
        "“Kerja sama pertahanan kedua negara menjadi semakin penting bagi kawasan.”",
        "Berikut pernyataan Perdana Menteri Australia mengenai kesepakatan tersebut.",
        "“Kami menyambut baik langkah ini.”")
    assert (first.speaker, first.cue) == ("Fumio Kishida", "berikut pernyataan + role noun: Perdana Menteri Jepang")
    assert (second.speaker, second.source) == (None, "Perdana Menteri Australia")


def test_a_spokesman_who_relays_a_quote_is_not_the_latest_speaker():
    """heldout127's cp18: "“...,” kata Lee, menurut Kang." then "“...,” tambahnya." gave the second quote to Kang, who
    only told the press what the president said."""
    first, second = quotes("“Pengembalian kendali operasional akan memperdalam aliansi,” kata Lee Jae-myung, menurut Kang "
                           "Yu-jung.", "“Beban pertahanan AS di kawasan juga akan berkurang,” tambahnya.")
    assert (first.speaker, second.speaker) == ("Lee Jae-myung", "Lee Jae-myung")


def test_terms_listed_in_marks_are_nobodys_words_but_chants_and_a_speakers_described_words_are():
    """heldout127's cp17: 'versi terjemahan yang berbeda, termasuk "mesin ATM", "mesin pencetak uang", "sumber arus kas"
    dan "mesin penghasil uang"' gave every variant to Trump as following his quote; a chant listed with another stays
    speech, and so do words a named speaker is said to use ("digambarkan Harris sebagai “pintu utama” dan ...")."""
    listed = who("Pernyataan Trump yang menyebut Korea Selatan sebagai “mesin uang” menimbulkan kontroversi. Orang telah "
                 "memberikan banyak versi terjemahan, termasuk “mesin ATM”, “mesin pencetak uang” dan “sumber arus kas”.")
    assert listed == [("mesin uang", "Donald Trump")]
    chants = who("Para pengunjuk rasa meneriakkan “Jangan lagi ada perang!” dan “Tarik kembali UU itu!”.")
    assert [text for text, _who in chants] == ["Jangan lagi ada perang!", "Tarik kembali UU itu!"]
    described = who("Korea Selatan dan Jepang, yang digambarkan Kamala Harris sebagai “pintu utama” dan “batu penjuru” "
                    "strategi Amerika, tetap berselisih.")
    assert described == [("pintu utama", "Kamala Harris"), ("batu penjuru", "Kamala Harris")]


def test_a_clause_after_karena_has_its_own_subject():
    """heldout127's cp17: "Korea Selatan akan membayar ... karena dia menganggap Korea Selatan sebagai “mesin
    penghasil uang”" gave the words to South Korea, the subject of the clause before "karena"."""
    [q] = quotes("Trump mengusulkan dalam sebuah wawancara bahwa Korea Selatan harus membayar lebih. Dia percaya bahwa Korea "
                 "Selatan akan dengan senang hati membayar biaya ini karena dia menganggap Korea Selatan sebagai sebuah "
                 "“mesin penghasil uang”.")
    assert q.source != "Korea Selatan"


def test_a_verb_of_saying_right_before_the_marks_names_the_speaker_a_nya_tag_after_agrees_with():
    """heldout128's co11: "Sherman menuturkan “...,” ujarnya, namun menambahkan ... yang Sherman sebut ..." gave the
    quote to Choi, named before her, because Sherman was named again after the tag."""
    [q] = quotes("Wakil Menteri Luar Negeri AS Wendy Sherman menjawab sendiri karena koleganya dari Korea Selatan Choi "
                 "Jong-kun tidak hadir.", "Sherman menuturkan “ada perbedaan pendapat yang kini diusahakan selesai,” "
                 "ujarnya, namun menambahkan pertemuan sebelumnya yang Sherman sebut berjalan dengan konstruktif.")
    assert (q.speaker, q.cue) == ("Wendy Sherman", "menuturkan + name")


def test_a_post_in_a_body_pointed_back_at_is_someone_of_the_body_never_the_body():
    """heldout127's cp09: "..., kata Dino Patti Djalal, kata pendiri Foreign Policy Community of Indonesia (FPCI)." then
    "“...,” kata pendiri FPCI itu." gave the quote to FPCI once the gazetteer knew it; the founder is the one just
    quoted (unsure: the story never gave him the post), and a founder introduced as such is found surely."""
    first, second = quotes("Indonesia bisa memainkan peran, kata Dino Patti Djalal, kata pendiri Foreign Policy Community "
                           "of Indonesia (FPCI). “Ibu Megawati punya ikatan istimewa,” ucap Dino.",
                           "“Indonesia hanya punya satu akses,” kata pendiri FPCI itu.")
    assert (second.speaker, second.source) == ("Dino Patti Djalal", None) and second.confidence < 0.7
    [q] = quotes("Pendiri Foreign Policy Community of Indonesia (FPCI) Dino Patti Djalal hadir di Jakarta. “Indonesia punya "
                 "satu akses,” kata pendiri FPCI itu.")
    assert (q.speaker, q.confidence >= 0.7) == ("Dino Patti Djalal", True)


def test_a_person_and_their_peers_speak_together_not_the_person_alone():
    """heldout127's cp13 (a walker's finding): "Pada pertemuan Quad Selasa, Biden dan rekan-rekannya mengutuk Korea Utara
    atas “...”" gave the Quad's words to Biden alone; "Iwaya dan pejabat Jepang lainnya" still leads to Iwaya."""
    [q] = quotes("Pada pertemuan Quad Selasa, Joe Biden dan rekan-rekannya mengutuk Korea Utara atas “peluncuran rudal "
                 "balistik yang mendestabilisasi.”")
    assert (q.speaker, q.source) == (None, "Joe Biden dan rekan-rekannya")
