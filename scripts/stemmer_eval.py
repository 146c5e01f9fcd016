#!/usr/bin/env python3
"""Compare the two Indonesian stemmers of index.analysis: Sastrawi and light_stem.

    .venv/bin/python scripts/stemmer_eval.py            # print the table
    .venv/bin/python scripts/stemmer_eval.py --failures # ... and every miss
    .venv/bin/python scripts/stemmer_eval.py --write-doc  # also refresh docs/stemmer.md

Test set (hand-made for politics/defence news, not taken from either stemmer's
sources):

* FAMILIES: root -> inflected/derived forms. *Family recall* is the share of
  forms whose stem equals the stem the same stemmer gives the root (what
  search needs: the form and the root land on the same index term).
  *Strict recall* is the share whose stem is the linguistic root itself.
* NOT_CONFLATE: pairs of different words a stemmer must keep apart.
  *Over-stemming* is the share of pairs that collapse to one stem.
* Speed: µs per word over the test-set vocabulary plus the vocabulary of the
  seed articles; "cold" = no cache at all, "cached" = warm lru_cache hit.
  Sastrawi's one-off dictionary load is timed separately.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index import analysis  # noqa: E402

# Root -> forms. Ordinary KBBI morphology; a few forms are chosen because
# they are hard (nasal recoding, k-/p-/t-/s-initial roots, per-/ber- before r,
# stacked prefixes, roots that look affixed).
FAMILIES: dict[str, list[str]] = {
    "kuat": ["memperkuat", "diperkuat", "penguatan", "kekuatan", "menguatkan", "perkuat", "berkekuatan"],
    "tahan": ["pertahanan", "bertahan", "mempertahankan", "ketahanan", "menahan", "ditahan", "tahanan", "penahanan"],
    "aman": ["keamanan", "mengamankan", "pengamanan", "diamankan", "mengamankannya"],
    "latih": ["latihan", "melatih", "pelatihan", "dilatih", "pelatih", "berlatih"],
    "runding": ["perundingan", "berunding", "merundingkan", "dirundingkan"],
    "serang": ["menyerang", "serangan", "penyerangan", "diserang", "penyerang", "serangannya"],
    "kata": ["mengatakan", "katanya", "dikatakan", "berkata", "perkataan"],
    "ujar": ["ujarnya", "berujar"],
    "tambah": ["menambahkan", "tambahnya", "penambahan", "bertambah", "ditambah", "tambahan"],
    "ungkap": ["mengungkapkan", "diungkapkan", "ungkapnya", "pengungkapan", "terungkap"],
    "jelas": ["menjelaskan", "dijelaskan", "penjelasan", "jelasnya", "kejelasan"],
    "sebut": ["menyebutkan", "disebut", "sebutnya", "menyebut"],
    "nyata": ["menyatakan", "pernyataan", "dinyatakan", "kenyataan", "nyatanya"],
    "tegas": ["menegaskan", "ditegaskan", "tegasnya", "penegasan", "ketegasan"],
    "umum": ["mengumumkan", "diumumkan", "pengumuman"],
    "tutur": ["menuturkan", "tuturnya", "dituturkan"],
    "terang": ["menerangkan", "diterangkan", "keterangan", "terangnya"],
    "lapor": ["melaporkan", "dilaporkan", "laporan", "pelaporan", "pelapor"],
    "kirim": ["mengirim", "mengirimkan", "dikirim", "pengiriman", "kiriman"],
    "perintah": ["memerintahkan", "diperintahkan", "perintahnya", "pemerintah", "pemerintahan"],
    "perang": ["berperang", "peperangan", "memerangi", "diperangi"],
    "damai": ["perdamaian", "berdamai", "mendamaikan", "kedamaian"],
    "sepakat": ["kesepakatan", "menyepakati", "disepakati", "bersepakat"],
    "setuju": ["menyetujui", "disetujui", "persetujuan"],
    "tuju": ["tujuan", "menuju", "bertujuan", "ditujukan"],
    "kerja": ["bekerja", "pekerja", "pekerjaan", "dikerjakan", "mengerjakan"],
    "sama": ["bersama", "kebersamaan", "bersamaan", "menyamakan", "disamakan", "persamaan", "sesama"],
    "satu": ["bersatu", "persatuan", "kesatuan", "menyatukan", "satuan"],
    "bangun": ["pembangunan", "membangun", "dibangun", "bangunan", "membangunkan"],
    "kembang": ["perkembangan", "berkembang", "mengembangkan", "pengembangan", "dikembangkan"],
    "capai": ["mencapai", "tercapai", "pencapaian", "dicapai"],
    "jaga": ["menjaga", "penjagaan", "dijaga", "penjaga", "berjaga"],
    "awas": ["pengawasan", "mengawasi", "diawasi", "pengawas"],
    "ancam": ["ancaman", "mengancam", "diancam", "terancam"],
    "tembak": ["menembak", "penembakan", "ditembak", "tembakan", "menembakkan"],
    "luncur": ["meluncurkan", "peluncuran", "diluncurkan", "meluncur"],
    "uji": ["menguji", "pengujian", "diuji", "ujian", "teruji"],
    "kuasa": ["kekuasaan", "menguasai", "dikuasai", "berkuasa", "penguasa"],
    "pimpin": ["pemimpin", "kepemimpinan", "memimpin", "dipimpin", "pimpinan"],
    "pilih": ["pemilihan", "memilih", "dipilih", "pilihan", "terpilih", "pemilih"],
    "dukung": ["dukungan", "mendukung", "didukung", "pendukung"],
    "tolak": ["menolak", "penolakan", "ditolak"],
    "bantu": ["bantuan", "membantu", "dibantu", "bantuannya"],
    "hadap": ["menghadapi", "dihadapi", "berhadapan", "dihadapkan"],
    "hubung": ["hubungan", "berhubungan", "menghubungi", "dihubungi", "perhubungan"],
    "temu": ["pertemuan", "bertemu", "menemui", "ditemui", "menemukan", "ditemukan", "penemuan"],
    "kunjung": ["kunjungan", "mengunjungi", "berkunjung", "dikunjungi", "pengunjung"],
    "tanda": ["menandai", "ditandai", "bertanda"],
    "usul": ["usulan", "mengusulkan", "diusulkan", "pengusulan"],
    "bahas": ["pembahasan", "membahas", "dibahas", "bahasan"],
    "rencana": ["merencanakan", "direncanakan", "perencanaan", "berencana"],
    "siap": ["persiapan", "mempersiapkan", "menyiapkan", "disiapkan", "kesiapan", "bersiap"],
    "tingkat": ["meningkatkan", "peningkatan", "ditingkatkan", "meningkat", "tingkatan"],
    "kurang": ["mengurangi", "pengurangan", "berkurang", "dikurangi", "kekurangan"],
    "tarik": ["menarik", "penarikan", "ditarik", "tertarik", "menariknya"],
    "tempat": ["menempatkan", "penempatan", "ditempatkan", "bertempat", "tempatnya"],
    "gelar": ["menggelar", "digelar", "gelaran"],
    "ikut": ["mengikuti", "diikuti", "pengikut"],
    "lanjut": ["melanjutkan", "kelanjutan", "berlanjut", "dilanjutkan", "lanjutan"],
    "terus": ["meneruskan", "diteruskan", "penerus", "seterusnya"],
    "jalan": ["menjalankan", "dijalankan", "perjalanan", "berjalan", "jalannya"],
    "laku": ["melakukan", "dilakukan", "pelaku", "berlaku", "perlakuan", "kelakuan"],
    "buat": ["membuat", "dibuat", "pembuatan", "perbuatan", "buatan"],
    "beri": ["memberikan", "diberikan", "pemberian", "memberi", "diberi"],
    "terima": ["menerima", "diterima", "penerimaan", "penerima"],
    "minta": ["meminta", "diminta", "permintaan"],
    "ganti": ["mengganti", "penggantian", "digantikan", "pengganti", "berganti", "pergantian"],
    "ubah": ["mengubah", "perubahan", "diubah", "berubah"],
    "ambil": ["mengambil", "pengambilan", "diambil"],
    "kritik": ["mengkritik", "dikritik", "kritikan", "pengkritik"],
    "tulis": ["menulis", "tulisan", "penulis", "ditulis", "penulisan"],
    "pukul": ["memukul", "pukulan", "dipukul"],
    "kecam": ["mengecam", "kecaman", "dikecam"],
    "tuduh": ["menuduh", "tuduhan", "dituduh"],
    "tangkap": ["menangkap", "penangkapan", "ditangkap", "tertangkap"],
    "periksa": ["memeriksa", "pemeriksaan", "diperiksa"],
    "selidik": ["penyelidikan", "menyelidiki", "diselidiki", "penyelidik"],
    "adil": ["keadilan", "pengadilan", "mengadili", "diadili"],
    "hukum": ["hukuman", "menghukum", "dihukum"],
    "tuntut": ["tuntutan", "menuntut", "dituntut", "penuntut", "penuntutan"],
    "dakwa": ["dakwaan", "mendakwa", "didakwa", "terdakwa"],
    "putus": ["keputusan", "memutuskan", "diputuskan", "putusan", "terputus"],
    "atur": ["peraturan", "mengatur", "diatur", "pengaturan", "aturan"],
    "undang": ["undangan", "mengundang", "diundang"],
    "janji": ["perjanjian", "berjanji", "menjanjikan", "dijanjikan"],
    "negara": ["kenegaraan", "bernegara", "negaranya"],
    "daulat": ["kedaulatan", "berdaulat"],
    "bangsa": ["kebangsaan", "berbangsa", "bangsanya"],
    "rakyat": ["kerakyatan", "rakyatnya"],
    "politik": ["perpolitikan", "berpolitik", "politiknya"],
    "ekonomi": ["perekonomian", "ekonominya"],
    "senjata": ["persenjataan", "bersenjata", "senjatanya"],
    "tempur": ["pertempuran", "bertempur"],
    "juang": ["perjuangan", "berjuang", "pejuang", "memperjuangkan", "diperjuangkan"],
    "lawan": ["perlawanan", "melawan", "dilawan", "berlawanan", "lawannya"],
    "musuh": ["bermusuhan", "permusuhan", "memusuhi", "musuhnya"],
    "kawal": ["mengawal", "pengawalan", "dikawal", "pengawal"],
    "lindung": ["perlindungan", "melindungi", "dilindungi", "pelindung", "terlindungi"],
    "selamat": ["keselamatan", "menyelamatkan", "diselamatkan", "penyelamatan"],
    "ledak": ["ledakan", "meledak", "meledakkan", "peledak", "peledakan", "diledakkan"],
    "bom": ["pengeboman", "mengebom", "dibom", "bomnya"],
    "sah": ["mengesahkan", "pengesahan", "disahkan"],
    "tanggap": ["tanggapan", "menanggapi", "ditanggapi"],
    "jawab": ["jawaban", "menjawab", "dijawab", "jawabnya"],
    "tanya": ["pertanyaan", "bertanya", "menanyakan", "ditanya", "ditanyakan"],
    "ingat": ["peringatan", "memperingatkan", "mengingatkan", "diingatkan", "teringat"],
    "waspada": ["kewaspadaan", "mewaspadai", "diwaspadai"],
    "khawatir": ["kekhawatiran", "mengkhawatirkan", "dikhawatirkan"],
    "curiga": ["kecurigaan", "mencurigai", "dicurigai"],
    "duga": ["dugaan", "menduga", "diduga", "terduga"],
    "sangka": ["tersangka", "disangka", "sangkaan", "menyangka"],
    "percaya": ["kepercayaan", "mempercayai", "memercayai", "dipercaya", "terpercaya"],
    "tinggal": ["meninggalkan", "ditinggalkan", "tertinggal", "peninggalan"],
    "pindah": ["pemindahan", "memindahkan", "dipindahkan", "berpindah", "perpindahan"],
    "masuk": ["memasuki", "dimasukkan", "pemasukan", "memasukkan"],
    "datang": ["kedatangan", "mendatangkan", "didatangkan", "mendatang", "pendatang"],
    "hadir": ["kehadiran", "menghadiri", "dihadiri", "menghadirkan", "dihadirkan"],
    "ajak": ["mengajak", "diajak", "ajakan"],
    "desak": ["mendesak", "desakan", "didesak", "terdesak"],
    "tekan": ["menekan", "tekanan", "ditekan", "penekanan", "menekankan"],
    "tentang": ["menentang", "ditentang", "pertentangan", "bertentangan", "penentang"],
    "dorong": ["mendorong", "dorongan", "didorong", "pendorong", "terdorong"],
    "cegah": ["mencegah", "pencegahan", "dicegah"],
    "tangan": ["penanganan", "menangani", "ditangani"],
    "kendali": ["mengendalikan", "pengendalian", "dikendalikan", "terkendali", "pengendali"],
    "ganggu": ["gangguan", "mengganggu", "diganggu", "terganggu", "pengganggu"],
    "rusak": ["kerusakan", "merusak", "dirusak", "perusak", "rusaknya"],
    "korban": ["mengorbankan", "dikorbankan", "pengorbanan", "berkorban", "korbannya"],
    "bunuh": ["pembunuhan", "membunuh", "dibunuh", "terbunuh", "pembunuh"],
    "tewas": ["menewaskan", "tewasnya"],
    "luka": ["melukai", "dilukai", "terluka", "lukanya"],
    "ungsi": ["pengungsi", "pengungsian", "mengungsi", "diungsikan"],
    "evakuasi": ["mengevakuasi", "dievakuasi", "evakuasinya"],
    "operasi": ["beroperasi", "mengoperasikan", "dioperasikan", "operasinya"],
    "produksi": ["memproduksi", "diproduksi", "produksinya"],
    "impor": ["mengimpor", "diimpor", "impornya"],
    "ekspor": ["mengekspor", "diekspor", "pengekspor"],
    "investasi": ["berinvestasi", "investasinya"],
    "beli": ["membeli", "pembelian", "dibeli", "pembeli", "belinya"],
    "jual": ["menjual", "penjualan", "dijual", "penjual", "berjualan"],
    "wakil": ["perwakilan", "mewakili", "diwakili", "wakilnya"],
    "tugas": ["bertugas", "menugaskan", "ditugaskan", "penugasan", "petugas"],
    "jabat": ["jabatan", "menjabat", "pejabat", "dijabat"],
    "angkat": ["mengangkat", "diangkat", "pengangkatan", "angkatan", "terangkat"],
    "tunjuk": ["menunjuk", "ditunjuk", "penunjukan", "menunjukkan", "ditunjukkan", "petunjuk"],
    "lantik": ["pelantikan", "melantik", "dilantik"],
    "dengar": ["mendengar", "pendengaran", "didengar", "terdengar", "mendengarkan"],
    "lihat": ["melihat", "dilihat", "penglihatan", "terlihat", "kelihatan"],
    "baca": ["membaca", "dibaca", "pembaca", "bacaan"],
    "sebar": ["menyebarkan", "penyebaran", "disebarkan", "tersebar"],
    "siar": ["menyiarkan", "siaran", "disiarkan", "penyiaran"],
    "berita": ["memberitakan", "diberitakan", "pemberitaan", "beritanya"],
    "kabar": ["mengabarkan", "dikabarkan", "kabarnya"],
    "catat": ["mencatat", "dicatat", "catatan", "pencatatan", "tercatat"],
    "hitung": ["menghitung", "perhitungan", "dihitung", "terhitung"],
    "ukur": ["mengukur", "pengukuran", "diukur", "ukuran", "terukur"],
    "nilai": ["menilai", "penilaian", "dinilai", "nilainya"],
    "anggar": ["anggaran", "penganggaran", "dianggarkan"],
    "biaya": ["membiayai", "pembiayaan", "dibiayai", "biayanya"],
    "dana": ["pendanaan", "mendanai", "didanai", "dananya"],
    "beban": ["membebani", "pembebanan", "dibebani", "terbebani"],
    "untung": ["keuntungan", "menguntungkan", "diuntungkan", "beruntung"],
    "rugi": ["kerugian", "merugikan", "dirugikan"],
    "manfaat": ["memanfaatkan", "pemanfaatan", "dimanfaatkan", "bermanfaat"],
    "guna": ["menggunakan", "penggunaan", "digunakan", "pengguna", "berguna"],
    "pakai": ["memakai", "pemakaian", "dipakai", "terpakai"],
    "milik": ["memiliki", "dimiliki", "pemilik", "kepemilikan"],
    "punya": ["mempunyai", "dipunyai", "kepunyaan"],
    "ada": ["keberadaan", "berada", "mengadakan", "diadakan", "pengadaan", "adanya"],
    "jadi": ["menjadi", "kejadian", "terjadi", "menjadikan", "dijadikan"],
    "muncul": ["kemunculan", "memunculkan", "dimunculkan", "bermunculan"],
    "hilang": ["kehilangan", "menghilang", "menghilangkan", "dihilangkan", "hilangnya"],
    "mulai": ["memulai", "dimulai", "permulaan", "mulainya"],
    "akhir": ["mengakhiri", "diakhiri", "berakhir", "akhirnya", "terakhir"],
    "henti": ["menghentikan", "penghentian", "dihentikan", "berhenti", "terhenti", "pemberhentian"],
    "tunda": ["menunda", "penundaan", "ditunda", "tertunda"],
    "batal": ["membatalkan", "pembatalan", "dibatalkan", "batalnya"],
    "tegang": ["ketegangan", "menegangkan", "menegang"],
    "sengketa": ["bersengketa", "persengketaan", "disengketakan"],
    "batas": ["perbatasan", "membatasi", "pembatasan", "dibatasi", "terbatas", "berbatasan"],
    "laut": ["lautan", "kelautan", "melaut", "lautnya"],
    "darat": ["daratan", "mendarat", "pendaratan", "didaratkan"],
    "terbang": ["penerbangan", "menerbangkan", "diterbangkan"],
    "layar": ["berlayar", "pelayaran", "layarnya"],
    "labuh": ["pelabuhan", "berlabuh", "melabuhkan"],
    "patroli": ["berpatroli", "patrolinya"],
    "intai": ["pengintaian", "mengintai", "diintai"],
    "sadap": ["penyadapan", "menyadap", "disadap", "penyadap"],
    "rahasia": ["kerahasiaan", "merahasiakan", "dirahasiakan"],
    "aku": ["mengakui", "diakui", "pengakuan", "mengaku"],
    "alam": ["mengalami", "dialami", "pengalaman", "berpengalaman"],
    "ajar": ["pelajaran", "belajar", "mengajar", "diajarkan", "pengajar", "pelajar", "mempelajari"],
    "didik": ["pendidikan", "mendidik", "dididik", "pendidik"],
    "tahu": ["mengetahui", "diketahui", "pengetahuan", "ketahuan", "tahunya"],
    "kenal": ["mengenal", "dikenal", "perkenalan", "pengenalan", "terkenal", "memperkenalkan"],
    "pisah": ["perpisahan", "memisahkan", "dipisahkan", "terpisah", "pemisahan"],
    "gabung": ["bergabung", "penggabungan", "menggabungkan", "digabungkan", "gabungan"],
    "kumpul": ["berkumpul", "mengumpulkan", "pengumpulan", "dikumpulkan", "kumpulan", "perkumpulan"],
    "sekutu": ["bersekutu", "persekutuan", "sekutunya"],
    "aliansi": ["beraliansi", "aliansinya"],
    "mitra": ["kemitraan", "bermitra", "mitranya"],
    "kelola": ["pengelolaan", "mengelola", "dikelola", "pengelola"],
    "urus": ["mengurus", "pengurus", "pengurusan", "diurus", "urusan"],
    "layan": ["pelayanan", "melayani", "dilayani", "layanan"],
    "bayar": ["membayar", "pembayaran", "dibayar", "bayaran"],
    "pinjam": ["pinjaman", "meminjam", "dipinjam", "peminjaman"],
    "tukar": ["pertukaran", "menukar", "ditukar", "bertukar"],
    "libat": ["melibatkan", "dilibatkan", "keterlibatan", "terlibat"],
    "rasa": ["merasa", "perasaan", "dirasakan", "terasa", "merasakan"],
    "harap": ["berharap", "harapan", "mengharapkan", "diharapkan"],
    "pikir": ["berpikir", "pemikiran", "memikirkan", "dipikirkan", "pikiran"],
    "sadar": ["kesadaran", "menyadari", "disadari", "tersadar", "sadarnya"],
    "usaha": ["berusaha", "pengusaha", "mengusahakan", "diusahakan", "usahanya", "perusahaan"],
    "tanam": ["penanaman", "menanam", "ditanam", "tanaman"],
    "tani": ["pertanian", "petani", "bertani"],
    "lari": ["berlari", "melarikan", "pelarian", "dilarikan"],
    "kejar": ["mengejar", "pengejaran", "dikejar", "kejaran"],
    "cari": ["mencari", "pencarian", "dicari", "pencari", "carinya"],
    "sita": ["penyitaan", "menyita", "disita", "sitaan"],
    "larang": ["larangan", "melarang", "dilarang", "terlarang", "pelarangan"],
    "izin": ["mengizinkan", "perizinan", "diizinkan", "berizin"],
    "tanggung": ["menanggung", "ditanggung", "tanggungan"],
    "tanding": ["pertandingan", "bertanding", "menandingi", "tandingan"],
    "saing": ["persaingan", "bersaing", "pesaing", "menyaingi", "saingan"],
    "sulit": ["kesulitan", "menyulitkan", "dipersulit", "mempersulit"],
    "mudah": ["kemudahan", "memudahkan", "dipermudah", "mempermudah"],
    "besar": ["membesar", "pembesaran", "membesarkan", "terbesar", "kebesaran", "perbesar"],
    "kecil": ["mengecil", "memperkecil", "terkecil", "kecilnya"],
    "luas": ["perluasan", "memperluas", "diperluas", "meluas"],
    "panjang": ["memperpanjang", "perpanjangan", "diperpanjang", "sepanjang"],
    "dalam": ["pendalaman", "mendalami", "memperdalam", "kedalaman"],
    "tinggi": ["ketinggian", "meninggikan", "tertinggi", "setinggi"],
    "cepat": ["mempercepat", "percepatan", "dipercepat", "kecepatan", "secepatnya"],
    "lambat": ["memperlambat", "perlambatan", "keterlambatan", "terlambat"],
    "baik": ["perbaikan", "memperbaiki", "diperbaiki", "kebaikan", "sebaiknya"],
    "buruk": ["memburuk", "memperburuk", "keburukan", "terburuk"],
    "benar": ["kebenaran", "membenarkan", "dibenarkan", "sebenarnya"],
    "salah": ["kesalahan", "menyalahkan", "disalahkan", "bersalah", "salahnya"],
    "langgar": ["pelanggaran", "melanggar", "dilanggar", "pelanggar"],
    "tindak": ["tindakan", "menindak", "penindakan", "ditindak", "bertindak"],
    "sikap": ["bersikap", "menyikapi", "disikapi", "sikapnya"],
    "respons": ["merespons", "direspons", "responsnya"],
    "tempuh": ["menempuh", "ditempuh"],
    "rebut": ["merebut", "perebutan", "direbut", "rebutan"],
    "duduk": ["menduduki", "pendudukan", "diduduki", "kedudukan", "penduduk"],
    "kepung": ["pengepungan", "mengepung", "dikepung", "terkepung"],
    "tawan": ["tawanan", "menawan", "ditawan", "penawanan"],
    "bebas": ["kebebasan", "membebaskan", "pembebasan", "dibebaskan"],
    "sandera": ["menyandera", "penyanderaan", "disandera", "sanderanya"],
}

# Different words that must keep different stems. First the classic confusables,
# then roots that look like affix + another word (the usual over-stemming traps).
NOT_CONFLATE: list[tuple[str, str]] = [
    ("pertahanan", "pertanian"), ("perang", "peran"), ("kerja", "kera"), ("makan", "makam"),
    ("bukan", "buka"), ("kapan", "kapal"), ("teman", "tema"), ("menang", "tangan"),
    ("menteri", "teri"), ("media", "dia"), ("meriam", "riam"), ("memori", "pori"),
    ("sekutu", "kutu"), ("sejarah", "jarah"), ("sekarang", "karang"), ("sebab", "bab"),
    ("selalu", "lalu"), ("sepak", "pak"), ("seragam", "ragam"),
    ("kepala", "pala"), ("ketua", "tua"), ("kejam", "jam"), ("keras", "ras"), ("kelas", "las"),
    ("kedai", "dai"),
    ("terapi", "api"), ("terbang", "bang"), ("teras", "as"),
    ("beruang", "uang"), ("berapa", "apa"), ("beranda", "anda"), ("berangkat", "angkat"),
    ("beras", "ras"),
    ("pesisir", "sisir"), ("perdana", "dana"), ("perangkat", "angkat"), ("perak", "rak"),
    ("petang", "tang"), ("perempuan", "empu"),
    ("selatan", "selat"), ("tangan", "tang"), ("masalah", "masa"),
    ("pemerintah", "pertahanan"), ("pelajar", "pelaku"), ("pasukan", "pasu"),
]
# Added after the first run, from Sastrawi's miss list: a derived form that the
# dictionary resolves to a *different* real root (the dictionary-based trap;
# the pairs above, written beforehand, are mostly affix-stripping traps).
# Reported separately so the planned figure stays comparable.
NOT_CONFLATE_ADDED: list[tuple[str, str]] = [
    ("desakan", "desa"), ("kerusakan", "rusa"), ("mengawal", "awal"), ("penarikan", "tari"),
    ("memerangi", "dikurangi"), ("perasaan", "asa"),
]



def _stemmers():
    # Uncached callables; each is cached separately below for the "cached" figure.
    return {"sastrawi": analysis.sastrawi_stem, "light": analysis.light_stem.__wrapped__}


def _seed_vocabulary() -> list[str]:
    ana = analysis.exact_analyzer()
    words: set[str] = set()
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        words.update(t.text for t in ana(path.read_text(encoding="utf-8")))
    return sorted(w for w in words if w.isalpha())


def accuracy(stemfn) -> dict:
    forms = hits = strict = families_ok = 0
    misses = []
    for root, derived in FAMILIES.items():
        target = stemfn(root)
        all_ok = True
        for form in derived:
            got = stemfn(form)
            forms += 1
            if got == target:
                hits += 1
            else:
                all_ok = False
                misses.append(f"{form} -> {got} (root {root} -> {target})")
            strict += got == root
        families_ok += all_ok
    collapsed = [(a, b, stemfn(a)) for a, b in NOT_CONFLATE if stemfn(a) == stemfn(b)]
    added = [(a, b, stemfn(a)) for a, b in NOT_CONFLATE_ADDED if stemfn(a) == stemfn(b)]
    return {
        "families": len(FAMILIES),
        "forms": forms,
        "recall": hits / forms,
        "strict": strict / forms,
        "family_all": families_ok / len(FAMILIES),
        "pairs": len(NOT_CONFLATE),
        "over": len(collapsed) / len(NOT_CONFLATE),
        "added_pairs": len(NOT_CONFLATE_ADDED),
        "added_over": len(added),
        "misses": misses,
        "collapsed": [f"{a} / {b} -> {s}" for a, b, s in collapsed + added],
    }


def speed(stemfn, words: list[str], repeat: int = 5) -> tuple[float, float]:
    """(cold µs/word, cached µs/word), best of `repeat` runs."""
    cold = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for w in words:
            stemfn(w)
        cold.append((time.perf_counter() - t0) / len(words) * 1e6)
    cached_fn = functools.lru_cache(maxsize=100_000)(stemfn)
    for w in words:
        cached_fn(w)
    warm = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for w in words:
            cached_fn(w)
        warm.append((time.perf_counter() - t0) / len(words) * 1e6)
    return min(cold), min(warm)


def evaluate() -> dict:
    t0 = time.perf_counter()
    analysis._sastrawi_stemmer()
    load_ms = (time.perf_counter() - t0) * 1e3
    pairs = NOT_CONFLATE + NOT_CONFLATE_ADDED
    test_words = sorted({w for r, fs in FAMILIES.items() for w in [r, *fs]} | {w for p in pairs for w in p})
    seed_words = _seed_vocabulary()
    vocab = sorted(set(test_words) | set(seed_words))
    results = {}
    for name, fn in _stemmers().items():
        acc = accuracy(fn)
        acc["cold_us"], acc["cached_us"] = speed(fn, vocab)
        results[name] = acc
    sas, light = _stemmers()["sastrawi"], _stemmers()["light"]
    disagree = sum(1 for w in seed_words if sas(w) != light(w))
    return {
        "results": results,
        "load_ms": load_ms,
        "vocab": len(vocab),
        "seed_words": len(seed_words),
        "seed_disagree": disagree,
    }


def table(ev: dict) -> str:
    r = ev["results"]
    any_ = next(iter(r.values()))
    lines = [
        f"Test set: {any_['families']} families, {any_['forms']} inflected forms, "
        f"{any_['pairs']} must-not-conflate pairs (+{any_['added_pairs']} added after the first run); speed over {ev['vocab']} distinct words "
        f"(test set + {ev['seed_words']} from the seed articles).",
        "",
        "| stemmer | family recall | strict recall | families fully conflated | over-stemming (planned pairs) | collapsed of added pairs | µs/word cold | µs/word cached |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, a in r.items():
        lines.append(
            f"| {name} | {a['recall']:.1%} | {a['strict']:.1%} | {a['family_all']:.1%} | "
            f"{a['over']:.1%} ({round(a['over'] * a['pairs'])}/{a['pairs']}) | {a['added_over']}/{a['added_pairs']} | "
            f"{a['cold_us']:.1f} | {a['cached_us']:.2f} |"
        )
    lines += [
        "",
        f"Sastrawi dictionary load (once, lazily on first `stem`): {ev['load_ms']:.0f} ms. "
        f"On the seed articles the two stemmers disagree on {ev['seed_disagree']} of "
        f"{ev['seed_words']} distinct words.",
    ]
    return "\n".join(lines)


START, END = "<!-- stemmer_eval:start -->", "<!-- stemmer_eval:end -->"


def write_doc(text: str, path: Path = ROOT / "docs" / "stemmer.md") -> None:
    doc = path.read_text(encoding="utf-8")
    head, _, rest = doc.partition(START)
    _, _, tail = rest.partition(END)
    path.write_text(f"{head}{START}\n{text}\n{END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--failures", action="store_true", help="list every miss and collapse")
    ap.add_argument("--write-doc", action="store_true", help="refresh the results block in docs/stemmer.md")
    args = ap.parse_args(argv)
    ev = evaluate()
    text = table(ev)
    print(text)
    if args.failures:
        for name, a in ev["results"].items():
            print(f"\n## {name}: {len(a['misses'])} misses")
            print("\n".join("  " + m for m in a["misses"]))
            print(f"## {name}: {len(a['collapsed'])} collapsed pairs")
            print("\n".join("  " + c for c in a["collapsed"]))
    if args.write_doc:
        write_doc(text)
        print("\nwrote docs/stemmer.md")
    print(f"\nchosen: STEMMER_NAME = {analysis.STEMMER_NAME!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
