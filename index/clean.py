"""Cleaning a scraped page: boilerplate out (into `removed`), metadata in.

The rules describe page furniture in general (teasers, widgets, comment forms,
agency codes, captions, bylines), never one outlet: every rule must also hold on
pages nobody here has seen. Everything a rule drops is kept in `removed` with the
rule's name, so an analyst can always see what the cleaner did.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import accumulate
from urllib.parse import urlparse

from . import dates
from .country_codes import country_acronyms
from .lexicon import (
    AFTER_QUOTE_VERBS,
    CALENDAR_NAMES,
    CUT_LINE_ENDS,
    DESCRIPTOR_CUES,
    ENGLISH_FUNCTION_WORDS,
    HEADLINE_SMALL_WORDS,
    LANGUAGE_NAMES,
    LINK_SHORTENERS,
    MARKET_INDICES,
    MEDIA_HOSTS,
    MEDIA_WORDS,
    MENU_WORDS,
    NOT_NAMES,
    PHOTO_HOSTS,
    POSTING_SERVICES,
    REPORTING_VERBS,
    SENTENCE_OPENERS,
    SENTENCE_WORDS,
    SITE_ENDINGS,
    SOURCE_KINDS,
    SOURCE_TAIL,
    TITLE_CUES,
    TITLE_WORDS,
    WIDGET_WORDS,
    alternation,
)
from .model import CAPTION, STORE_STAMP, Removed
from .wordforms import is_derived, is_word

# --- line classes -----------------------------------------------------------

_READ_ALSO = r"(?i:baca|lihat|simak)(?:\s+(?i:juga))?\s*:"  # "Baca:", "Baca juga:", "Lihat juga:" inside a line
# "Read Previous" / "Read Next", "Artikel Sebelumnya" alone, the linked story's title under it
_NEIGHBOUR_LINK = r"^\s*(?:read\s+(?:previous|next)|(?:previous|next)\s+(?:article|post|story)|(?:artikel|berita)\s+(?:sebelumnya|selanjutnya|berikutnya))\s*:?\s*$"
_TEASER = re.compile(
    r"^\s*\(?\s*(?:baca|lihat|simak|cek|tonton)\s+(?:juga|pula|selengkapnya|kelanjutan(?:nya)?|lanjutannya)\b"  # "Baca Kelanjutan X : link"
    r"|^\s*\(?\s*baca\s*:\s*[A-Z0-9“\"]"  # "Baca: Rudal yang Ditembakkan ...", "Baca: 3 Hari ...", "(Baca Juga: ...)"
    r"|^\s*baca\s*:\s*$"  # "Baca:" alone, its link's title lost in the scrape
    r"|^\s*(?:artikel|berita)\s+(?:terkait|pilihan|lainnya|populer|terpopuler)\s*:"
    r"|^\s*(?:pilihan\s+editor|rekomendasi(?:\s+berita)?|terpopuler|read\s+(?:also|more|next)|see\s+also|selanjutnya)\s*:"
    r"|^\s*(?-i:READ)\s+(?=[A-Z“\"'‘])"  # "READ  Kritikus ... mengecam ...": an English template's teaser
    r"|" + _NEIGHBOUR_LINK,
    re.IGNORECASE,
)
# a teaser marker alone on its line ("BACA JUGA:"): the next line is the teaser's title
_TEASER_MARKER_ONLY = re.compile(r"^\s*(?:baca|lihat|simak)\s+(?:juga|pula)\s*:?\s*$|^\s*baca\s*:\s*$|^\s*pilihan\s+editor\s*:?\s*$|"
                                 r"^\s*(?:artikel|berita)\s+(?:terkait|pilihan|lainnya|populer|terpopuler)\s*:\s*$|"
                                 + _NEIGHBOUR_LINK, re.IGNORECASE)
_FREE_PITCH = r"(?:buka|unlock|baca)\s[^.\n]{3,60}?\s(?:secara\s+gratis|for\s+free)\s*[.!]"
_NEWSLETTER_PICKS = r"[^.\n]{0,80}\b(?:memilih|selects?)\s+(?:cerita|berita|artikel|stories)\b[^.\n]{0,60}\b(?:buletin|newsletter)\b[^.\n]{0,30}\."
# promotions and app/channel prompts, whatever their length
_PROMO = re.compile(
    r"^\s*(?:(?:dapatkan|nikmati)\s+(?:update|berita|informasi|kabar)|simak\s+(?:berita|update|informasi)\s+.*\b(?:google news|whatsapp|telegram)"
    r"|simak\s+(?:video|juga|databoks|infografis|selengkapnya|berita\s+lainnya|foto)\b|lewati\s+whatsapp|akhir\s+dari\s+whatsapp"
    r"|(?:\S+\s+){1,12}(?:bisa|dapat)\s+(?:dilihat|dibaca|disimak|diakses|dicek)\s+di\s+sini\s*$"  # a link's words
    r"|(?:saksikan|tonton)\s+(?:juga\s+)?video\b"  # "Saksikan Video Berikut Ini:", "Tonton video Kim ... Rudal:"
    # "Tonton berita terkini di Channel 7 atau streaming gratis 7 ditambah >>": a broadcaster's pitch
    r"|(?:saksikan|tonton)\s+(?:berita|siaran|tayangan)\b.*\b(?:di|streaming)\b"
    r"|.*\bdaftar(?:lah|kan\s+diri)?\s+(?:ke|di|untuk)\s+(?:email|surel|newsletter|buletin)\b"  # "..., daftarlah ke email berita ..."
    r"|daftar(?:kan)?\s+(?:email|surel)\s*$"  # a newsletter box's button, "Daftarkan email"
    r"|akun\s+resmi\s+kami\b|posted\s+by\b|diposting\s+oleh\b"
    r"|baca\s+berita\s+.*\b(?:google news|lainnya di)|ikuti\s+(?:kami|berita|saluran|channel|update)|follow\s+(?:us|kami)"
    r"|gabung(?:lah)?\s+(?:di|ke|dengan)?\s*(?:grup|kanal|channel|saluran)|(?:download|unduh)\s+aplikasi"
    r"|gabung(?:lah)?\s+di\s+\S+(?:\s+\S+)?\s*$"  # "Gabung di IDN Times": a sign-up button, the site's name after it
    r"|akses\s+berita\b.*\bmelalui\s+aplikasi\b"  # "Akses berita lokal lebih cepat dan mudah melalui aplikasi ..."
    # a blog platform's page: "Lihat ke Halaman Asli" (to the original page), "X adalah platform blog. Konten ini ..."
    r"|lihat\s+ke\s+halaman\s+asli\s*$|\S+\s+adalah\s+platform\s+blog\b"
    # "Baca kisah inspiratif ... di sini", an award "persembahan detikcom" (presented by the site)
    r"|baca\s+.{3,80}\bdi\s*sini\s*$|.*\bpersembahan\s+(?:dari\s+)?[\w.]*(?:com|\.id|\.co)\b"
    r"|klik\s+(?:di\s*sini|link)|untuk\s+informasi\s+lebih\s+lanjut\s+kunjungi"
    # a newsletter's pitch over a reposted story: "Buka Editor's Digest secara gratis. X, Editor dari Y, memilih
    # cerita favoritnya dalam buletin mingguan ini." (each sentence put on its own line: _pitch_apart)
    r"|" + _FREE_PITCH + r"\s*$|" + _NEWSLETTER_PICKS + r"\s*$"
    r"|.*\b(?:info|informasi)\s+lebih\s+(?:lengkap|lanjut)\s*,?\s*klik\b"  # "Viral! 18 Kampus ... Info lebih lengkap klik : osc..."
    r"|(?:nyalakan|aktifkan|izinkan|hidupkan)\s+notifikasi\b|turn\s+on\s+notifications?\b"  # a push-notification prompt
    # subscription and ad-free prompts, scroll prompts, share buttons
    r"|baca\s+(?:berita|artikel)\s+tanpa\s+iklan|gabung\s+\S+\+|berlangganan\b|subscribe\b|langganan\s+sekarang"
    r"|nikmati\s+akses\b|\S+\s+premium\s+aktif\s*$"  # "Nikmati akses penuh ke semua artikel dengan X Premium", "X Premium Aktif"
    # a paywall's pitch over its button: "Dengan berlangganan, Anda dapat membantu kami ...", "... Jurnalisme
    # berkualitas lebih penting dari sebelumnya."
    r"|dengan\s+berlangganan\b|.*\bjurnalisme\s+berkualitas\s+lebih\s+penting\b"
    r"|cek\s+berita\s+dan\s+artikel\b"  # "Cek Berita dan Artikel yang lain di" / "Google News"
    r"|.*\bhubungi\s+kami\b.*\bberlangganan\b"  # "Website X Memuat Ringkasan ... Mohon hubungi kami untuk memilih berlangganan."
    r"|(?:iklan\s*-\s*)?(?:scroll|geser|gulir)(?:\s+ke\s+(?:atas|bawah))?\s+untuk\s+(?:melanjutkan|lanjut|(?:me)?lihat)"
    r"|klik\s+di\s*sini\s+untuk\s+membagikan|.*\b(?:nyaman|bebas|baca)\s+tanpa\s+iklan\b"
    r"|baca\s+artikel\s+.+\s+lainnya\s+di\b|\S+\s+hadir\s+di\s+(?:whatsapp|google news|telegram)"
    r"|find\s+us\s+on\b|ikuti\s+kami\s+di\b|pergi\s+ke\s+(?:menu|halaman|konten)|about\s+\S+\s+go\s+to\b"
    r"|dark\s*/\s*light\s+mode|.*\byuk\s+follow\b"
    # a cookie notice: "Situs kami menggunakan cookie dan teknologi lainnya ...", "We use cookies ..."
    r"|(?:situs|laman|website|web)\s+(?:kami|ini)\s+menggunakan\s+(?:cookie|kuki)|we\s+use\s+cookies\b"
    r"|this\s+(?:website|site)\s+uses\s+cookies\b"
    # app banners and ad slots in English: "Close Banner Apps X", "Get X App with new looks!", "Advertisement"
    r"|close\s+banner\b|(?:get|download)\s+(?:the\s+)?\S+(?:\s+\S+)?\s+apps?\b|dapatkan\s+di\s+(?:play\s*store|app\s*store)"
    r"|advertisements?\b|advertising\s*$|scroll\s+to\s+(?:see|continue|read)\b"
    # a site's account box: "Lupa Kata Sandi?", "atau Masuk melalui", "Belum Memiliki Akun Daftar di Sini",
    # "Konfirmasi Email", "Kami telah mengirimkan link aktivasi ...", "Forgot password?", "Sign in with"
    r"|lupa\s+(?:kata\s+sandi|password)\b|(?:atau\s+)?(?:masuk|daftar|login)\s+(?:melalui|lewat|dengan\s+akun)\b"
    r"|(?:belum|sudah)\s+(?:memiliki|punya)\s+akun\b|konfirmasi\s+email\s*$|.*\b(?:link|tautan)\s+aktivasi\b"
    r"|(?:jika\s+anda\s+)?tidak\s+menerima\s+email\b|kirim(?:kan)?\s+(?:lagi|ulang)\s+sekarang\s*$"
    r"|forgot\s+(?:your\s+)?password\b|(?:sign|log)\s+in\s+with\b|don'?t\s+have\s+an\s+account\b"
    # an embedded image host's alt text ("Image and video hosting by TinyPic")
    r"|(?:image|photo|video)s?(?:\s+and\s+video)?\s+hosting\s+by\b)",
    re.IGNORECASE,
)
_GOOGLE_NEWS = re.compile(r"(?=[GgWw])\b(?:google news|whatsapp)\b", re.IGNORECASE)
_PAGINATION = re.compile(
    r"^\s*(?:halaman\s+(?:selanjutnya|berikutnya|sebelumnya)|selanjutnya|sebelumnya|next\s+page|previous\s+page"
    r"|(?:\d+\s+){1,12}(?:selanjutnya|next|»|>)?|halaman\s+\d+(?:\s+dari\s+\d+)?|halaman\s*:?\s*(?:\d+\s*){1,12}"
    r"|\d+\s+dari\s+\d+\s+halaman|page\s+\d+\s+of\s+\d+)\s*(?:\.{2,}|…)?\s*$",  # "2 dari 2 halaman", "Halaman Selanjutnya...."
    re.IGNORECASE,
)
# accessibility links and numbered skip menus at the top of a page ("1. Buka konten")
_SKIP_MENU = re.compile(
    r"^\s*(?:\d{1,2}\.\s+)?(?:buka|lompat\s+ke|langsung\s+ke|lewati\s+ke|skip\s+to)\s+(?:konten|isi|menu|situs|main|content)\b.{0,40}$",
    re.IGNORECASE,
)
# a lone digit or a button label ("close", "share2", "comment", icon names)
_BUTTON = re.compile(
    r"^\s*(?:\d{1,3}|[a-z]+(?:-[a-z]+){1,4}(?:[A-Z]\w*)?|(?:close|tutup|share\d*|comment|komentar|copy|salin|zoom\S*|"
    r"more|menu|cari|search|login|masuk|daftar|print|cetak|a\s+a\s+a|list of \d+ items.*|end of list|"
    r"terverifikasi|verified|selengkapnya|waktu baca\s+\d+\s+menit|\d+\s+menit\s+baca|intinya\s+sih\.*|disclaimer\s*:.*))\s*$",
    re.IGNORECASE,
)
# "Laporan Koresponden Kabarnusa.com, Dewi Lestari dari Tokyo": a correspondent's line
_CORRESPONDENT = re.compile(
    r"^\s*laporan\s+(?:koresponden|wartawan|reporter|kontributor)\s+(?P<outlet>[A-Za-z][\w.]*(?:\s[A-Z][\w.]*){0,2})\s*,\s*"
    r"[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}(?:\s+dari\s+[A-Z][\w ]{1,30})?\s*$",
    re.IGNORECASE,
)
# a byline label on its own line under the writer's name ("Rina Wulandari" / "Penulis")
# "Diterbitkan Pada 3 Mar 2024": a publication stamp
_UPDATED = re.compile(r"^\s*(?:diperbarui|updated|update|pembaruan)\b", re.IGNORECASE)
_STAMP_LINE = re.compile(
    r"^\s*(?:diterbitkan|dipublikasikan|dipublikasi|terbit|published|posted|written|write|dimuat|diperbarui|updated|update)\s*"
    r"(?:pada|on|:)?\s*(?P<stamp>.*\d.*)$",
    re.IGNORECASE,
)
# a blog's post line: "Sabtu, Januari 14, 2023 Majalah Holiday 0 Comments" (the date, the blog, its comments)
_BLOG_STAMP = re.compile(r"^\s*(?P<stamp>[^|•]{6,40}?(?:19|20)\d\d)\b[^|•]{0,50}?\b\d+\s+(?:comments?|komentar)\s*$",
                         re.IGNORECASE)
# the story's time and how often it was read: "24 Agustus 2015 12:22 | 7801 hits", "Saturday, 07 Januari 2017 | View : 147"
_COUNTED_STAMP = re.compile(r"^\s*(?P<stamp>[^|•·]{6,45}?(?:19|20)\d\d(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*WI[BTA])?)?)\s*[|•·]\s*"
                            r"(?:\d[\d.,]*\s*(?:hits|views?|kali\s+dibaca|dibaca|dilihat)|(?:hits|views?|dibaca|dilihat)\s*:?\s*\d[\d.,]*)"
                            r"\s*$", re.IGNORECASE)
# captions that open by pointing at the photo ("Foto ini diambil pada ...", "Foto yang dirilis oleh ...")
# "... di Tokyo, 16 Maret 2021. Foto: AFP": a caption closed by its credit
_CAPTION_CREDIT_END = re.compile(r"[.)/]\s*(?:Foto|Photo|Sumber foto|Dok)\s*:\s*[A-Z][\w./ -]{1,30}$")
_CAPTION_START = re.compile(r"^\s*(?:foto|gambar|ilustrasi|tangkapan\s+layar)\s+(?:ini|yang|tersebut|dari|dok)\b", re.IGNORECASE)
# "Foto Perdana Menteri Australia ... dan Perdana Menteri Jepang .... Sumber: twitter.com/...": what the photo shows,
# then its source
_PHOTO_WITH_SOURCE = re.compile(r"^\s*(?:Foto|Gambar)\s+[A-Z].{3,300}?[.)]\s*Sumber\s*:\s*\S.{0,60}$")
# "2 min read", "3 menit baca": how long the story takes to read (glued to what follows it too)
_READING_TIME_WORDS = (r"(?:[·•|]\s*)?(?:waktu\s+baca\s+\d{1,2}\s+menit"
                       r"|\d{1,2}\s+(?:min(?:ute)?s?\s+read|menit\s+(?:baca|membaca)))")
_READING_TIME = re.compile(r"^\s*" + _READING_TIME_WORDS + r"\s*$", re.IGNORECASE)
# a wire photo's stock caption: "Seorang pria berjalan melewati layar televisi yang menunjukkan siaran berita
# dengan rekaman file uji coba rudal ..., di Seoul pada 1 Juli 2024."
_SCREEN_CAPTION = re.compile(r"\blayar\s+(?:televisi|tv)\b.{0,80}?\b(?:rekaman|gambar|foto|cuplikan)\s+(?:file|arsip)\b",
                             re.IGNORECASE)
# an agency's archive photo near the top, its caption long: "FILE – Dalam file foto 6 November 2017 ini, ..."
_FILE_PHOTO = re.compile(r"^\s*(?:(?-i:FILE)\s*[-–—]\s|dalam\s+(?:file\s+foto|foto\s+(?:file|arsip))\b)", re.IGNORECASE)
# Indonesian photo credits closing a caption: ".../Net", ".../Istimewa", "/Reuters /KCNA"
_NO_AGENCY = r"(?:net|istimewa|ist|dok\.?|dokumentasi|repro|screenshot|tangkapan\s+layar)"  # credits that name no agency
_CREDIT_SLASH_TAIL = re.compile(r"/\s*" + _NO_AGENCY + r"\s*\.?\s*$", re.IGNORECASE)
_NO_AGENCY_CREDIT = re.compile(_NO_AGENCY + r"(?!\w)", re.IGNORECASE)  # "Dok. Andy Lala": someone's own photo
# "... ke keluarga prajurit tersebut. Staff Sgt. Quince Lanford/U.S. Army via AP.": a wire photo's caption, closed
# by its photographer, their unit and the wire it came through
_VIA_WIRE_CREDIT_END = re.compile(r"\.\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*){1,4}/[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\s+via\s+"
                                  r"(?P<agency>[A-Z][\w]*(?:\s[A-Z][\w]*)?)\.?\s*$")
VIA_WIRE_CAPTION_WORDS = 80


def _rule_via_wire_credit(p: _Page, i: int, line: str) -> str | None:
    """The caption closed by "Name/Unit via AP." when the wire is one the gazetteer knows as a medium."""
    m = _VIA_WIRE_CREDIT_END.search(line) if _word_count(line) <= VIA_WIRE_CAPTION_WORDS else None
    return CAPTION if m is not None and _is_agency(m.group("agency"), p.lookup) else None
# "... dijadikan budak sex perang II-Tangkapan layar/NDTV-": a caption closed by its screenshot's source between dashes
_SCREENSHOT_CREDIT_END = re.compile(r"[-–]\s*(?:tangkapan\s+layar|screenshot|foto|dok\.?)\s*/\s*[\w.]+(?:\s[\w.]+)?\s*[-–]?\s*$",
                                    re.IGNORECASE)
# "Sumber: Kyodo | Editor: Prihastomo": a page's credits, two labels or more on one line
_CREDIT_WORD = r"(?:sumber|editor|penulis|reporter|redaktur|penyunting|foto|kontributor|pewarta)"
_CREDITS_LINE = re.compile(r"^\s*" + _CREDIT_WORD + r"\s*:\s*[^|:]{1,60}(?:\|\s*" + _CREDIT_WORD + r"\s*:\s*[^|:]{1,60})+$",
                           re.IGNORECASE)
# "(Novi Christiastuti Adiputri/Rita Uli Hutapea)": the writer and the editor in brackets, closing the text
_STAFF_SIGNOFF = re.compile(r"^\s*\(\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,3}\s*/\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,3}\s*\)\s*$")
# a reactions widget: "Bagaimana tanggapan anda mengenai artikel ini? Happy", then "Inspire", "Sad"
_REACTION = re.compile(r"^\s*(?:bagaimana\s+(?:tanggapan|reaksi|perasaan)\s+(?:anda|kamu)\b.*|(?:happy|inspired?|confused?|sad|angry"
                       r"|senang|sedih|marah|terinspirasi|terhibur|bangga|kaget|takut|lucu)\s*)$", re.IGNORECASE)
# a rubric over the headline, closed by a colon: "AS dan Konflik Semenanjung Korea:"
_RUBRIC = re.compile(r"^[^.!?:“”\"]{3,80}:\s*$")
# a photo's caption over the headline, closed by its day: "... dekat perbatasan, Rabu, 17 Juni 2020."
# (a quote or a report closed by its day, "... seperti dikutip AFP, Senin, 12 November 2018.", is text)
_CAPTION_DATE_END = re.compile(r"^(?!.*[“”\"])(?!.*\b(?:dikutip|mengutip|melansir|dilansir|kata|ujar|tutur|sebut)\b)"
                               r".*" + dates.DAY_CLOSING_SENTENCE.pattern)
# a tag or a category alone on its line near the top, in lower case ("jepang", "luar negeri")
_TAG_LINE = re.compile(r"^\s*[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}\s*$")
# an image's alt text and its number, left as a line: "... korban budak seksual - ảnh 1" (Vietnamese for "image")
_IMAGE_LABEL = re.compile(r"\s[-–]\s(?:ảnh|image|photo|foto|gambar)\s\d{1,2}\s*$", re.IGNORECASE)
# an image's file name left as a line: "... Jeong Kyeong-doo.jpg"
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp)\s*$", re.IGNORECASE)
_EMBED = re.compile(r"^\s*\[[^\[\]]{1,80}\]\s*$")
# a line of the page's script left in its text: "ga('set', 'userId', 'USER_ID'); // Set the user ID ...",
# "var x = ...;", "window.dataLayer = ...": code, never a headline nor a sentence
_SCRIPT_LINE = re.compile(r"^\s*(?:[A-Za-z_$][\w$.]{0,40}\s*\([^()]{0,200}\)\s*;\s*(?://.*)?$|(?:var|let|const)\s+[\w$]+\s*="
                          r"|(?:window|document)\.[\w$.]+\s*[=(]|function\s*[\w$]*\s*\()")
_COPY_SIGN = r"(?:©|Â©|ยฉ)"  # the sign, also as two encodings misread it ("2025 ยฉ PT ...")
_COPYRIGHT = re.compile(r"^\s*(?:copyrights?\b|" + _COPY_SIGN + r"|\(c\)\s*\d{4}|hak\s+cipta\b)", re.IGNORECASE)
_COPYRIGHT_OWNER = re.compile(
    r"(?:copyrights?|hak\s+cipta|" + _COPY_SIGN + r")\s*(?:(?:" + _COPY_SIGN + r"|\(c\))\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?([A-Za-z][\w.&’'-]*(?:\s[A-Z][\w.&’'-]*){0,3})",
    re.IGNORECASE,
)
_CODE_LINE = re.compile(r"^\s*\(\s*([A-Za-z][A-Za-z0-9]{0,7}(?:\s*/\s*[A-Za-z0-9][A-Za-z0-9-]{0,7}){0,4})\s*\)\s*\.?\s*$")
_FOOTER_START = re.compile(
    r"^\s*(?:leave a (?:reply|comment)|tinggalkan (?:balasan|komentar|a reply)|related (?:articles?|posts?|news)"
    r"|latest (?:articles?|posts?|news)|popular (?:articles?|posts?)"
    r"|(?:artikel|berita|tag|topik) (?:terkait|terbaru|lainnya|populer|terpopuler|rekomendasi)|paling populer|rekomendasi"
    r"|komentar\s*\(\s*\d+\s*\)|comments?\s*\(\s*\d+\s*\)|\d+\s+(?:komentar|comments?)|tulis komentar|post a comment"
    r"|kolom komentar|you may also like|anda mungkin (?:juga )?menyukai|rekomendasi untuk anda|tag(?:s)?\s*:.*|topik\s*:.*|(?:keywords?|kata kunci)\s*:.*"
    r"|disclaimer\s*:.*"  # "Disclaimer: Setiap keputusan investasi ada di tangan pembaca ...": the site's boilerplate
    r"|(?:jadilah\s+yang\s+pertama\s+(?:berkomentar|mengomentari)|be\s+the\s+first\s+to\s+comment)\b.*"  # a comment box
    r"|populer|terpopuler|terkini|berita terkini|paling banyak dibaca|most popular|related stories"
    r"|more (?:stories|news|articles)|pilihan editor|editor'?s (?:choice|picks?))\s*:?\s*$",
    re.IGNORECASE,
)
# a comment form's lines: its opening words, or a phrase anywhere in the line (a word trie:
# the phrases as one a|b|c alternation cost 13 us a line, all of it spent on body text)
_COMMENT_FORM_START = re.compile(
    r"\s*(?:tulis komentar|(?:kirim|post)\s+komentar|komentar anda\b|login untuk (?:berkomentar|komentar)"
    r"|tinggalkan\s+(?:balasan|komentar)|leave\s+a\s+(?:reply|comment)"
    r"|\d+\s+(?:responses?|comments?|komentar|tanggapan)\s+(?:to|untuk|pada)\s"  # "0 Response to “...”": the blog's comment count
    r"|dilarang\s+(?:keras\s+)?(?:mengambil|mengutip|menyalin|memuat ulang|mereproduksi))",
    re.IGNORECASE,
)
_COMMENT_FORM_PHRASE = re.compile(alternation((
    "your email address will not be published", "required fields are marked", "save my name, email",
    "alamat email anda tidak akan dipublikasikan", "alamat email anda tidak akan ditampilkan", "ruas yang wajib ditandai",
    "simpan nama, email", "menggunakan akismet untuk mengurangi spam", "uses akismet to reduce spam",
    # a site's box for reporting errors: "Apakah Anda menemukan kesalahan atau ketidakakuratan?"
    "apakah anda menemukan kesalahan", "kami akan mempertimbangkan komentar anda",
), ignore_case=True))


def _is_comment_form(line: str) -> bool:
    return bool(_COMMENT_FORM_START.match(line) or _COMMENT_FORM_PHRASE.search(line))


_CHROME = re.compile(
    r"^\s*(?:(?:editor|penulis|reporter|pewarta|redaktur|penyunting|penerjemah|kontributor|oleh|by|writer|foto|"
    r"rep|red|ed|laporan|fotografer|videografer|penanggung\s+jawab|sumber\s+gambar|"
    r"ilustrasi|video|sumber foto|photo|image|copyright|hak cipta)\s*:.*"
    r"|©.*|copyright\b.*|all rights reserved.*|share(?: this)?\s*:?|bagikan\s*:?|tweet|whatsapp|facebook|telegram"
    r"|[0-9a-f]{16,}\s*$"  # an identifier alone on its line (a content hash in a template's meta block)
    r"|halloween\s+party\s+ideas\s+\d{4}\s*$"  # a blog template's placeholder name, left unchanged by many sites
    r"|advertisements?|iklan|scroll to (?:continue|resume).*"
    r"|gulir untuk melanjutkan.*)\s*$",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?!\d)|\b(?:WIB|WITA|WIT|GMT|UTC)\b")  # "09:05 WIB", "12:37AM"
_TEMPERATURE = re.compile(r"^\s*-?\d{1,3}(?:[.,]\d)?\s*°?\s*[CF]\s*$")
_CAPTION = re.compile(
    r"\(\s*(?P<kind>sumber|foto|photo|image|gambar|dok(?:umentasi)?\.?|ilustrasi|kredit|credit)\s*:?\s*([^()]{1,60})\)\s*\.?\s*$",
    re.IGNORECASE,
)
_CAPTION_LINE = re.compile(
    r"^\s*(?:foto|photo|ilustrasi|dok\.?|sumber gambar|keterangan gambar|credit)\s*[:.,]?\s*[A-Z][\w.]*(?:\s*/\s*[\w.' -]+)*\s*\.?\s*$"
    r"|^\s*(?:sumber gambar|keterangan gambar)\s*[,:]",
    re.IGNORECASE,
)
# a photo credit closing a caption: "(AFP/SAUL LOEB)", "ANTARA/Reuters/Kim Hong-Ji/aa.", "REUTERS/Kim Kyung-Hoon"
_CREDIT_TAIL = re.compile(
    # the photographer's name after the slash has letters ("(AFP/Z-2)" is an agency code)
    r"(?:\(\s*|\s|^)(?P<agency>[A-Z][A-Za-z]{1,14}(?:\s(?:FOTO|Foto|Photo))?)\s*/\s*(?=[A-Z][A-Za-z'’.]{2})[A-Z][\w.'’ -]{1,40}"
    r"(?:/[\w.' -]{1,30}){0,3}\s*\)?\s*\.?\s*$"
)
# a site's address as credits and disclaimers write it (from a word's start, bounded: a long run of
# letters is never tried at each of its places)
LOWER_DOMAIN = r"(?<![\w-])[a-z][\w-]{0,60}\.(?:com|co\.id|id|net|org|tv)"
# a sentence, then a credit in brackets with a slash that ends with an agency:
# "... pada 7 Maret 2024. (Kantor Berita Pusat Korea/Layanan Berita Korea melalui AP)"
_BRACKET_CREDIT = re.compile(r"[.!?]\s*\((?P<first>[^()/]{2,80})/[^()]{0,80}?\b(?P<last>[A-Z][A-Za-z]{1,14}"
                             r"|" + LOWER_DOMAIN + r")\s*\)\s*$")  # "(Yonhap/rmolsumsel.id)" too
_PHOTO_WORD = re.compile(r"\s(?:FOTO|Foto|Photo)$")
# a sentence, then its photo's labelled credit: "... kelas Virginia AS.Kredit: Departemen Pertahanan AS"
# a sentence, then its photo's owner or licence: "Angkatan Udara Korea Selatan. © ROKAF (CC BY-SA 2.0) via Wikimedia
# Commons" (a Creative Commons licence or a Commons file says a photo, never a sentence of the story)
_LICENSED_CREDIT_END = re.compile(r"[.!?]\s*" + _COPY_SIGN + r"\s*\S.{0,80}$|\((?i:CC)[ -]BY(?:-[A-Z]{2})*(?:\s+\d\.\d)?\)"
                                  r"|\bvia\s+Wikimedia(?:\s+Commons)?\s*\)?\s*$")
# ("... 6.000 kilometer./FOTO: DEFENSE WORLD/CAPTION: OKTAVIANUS CORNELIS/": a slash before the label, the caption's writer after)
_LABELLED_CREDIT_END = re.compile(r"[.!?]\s*/?\s*(?i:kredit|credit|foto|photo)\s*:\s*[A-Z][\w.' /-]{1,50}(?:(?i:caption)\s*:\s*[\w.' /-]{1,40})?$")
# a sentence, then its photo's agency in brackets: "... Kim Yo-jong. (AFP)"
_AGENCY_TAIL = re.compile(r"[.!?]\s*\((?P<agency>[A-Z][A-Za-z]{1,14})\)\s*$")  # "(CNN/ugo)" is an agency code
# a photo credit alone on a short line near the top: "SIB/dailymail", "ANTARA/Reuters"
_CREDIT_PAIR = re.compile(r"^\s*[A-Z][\w.]{1,15}\s*/\s*[A-Za-z][\w.]{1,20}\s*$"
                          r"|^\s*[A-Z][A-Z.'’ -]{2,40}(?:/[A-Z][A-Z.'’ -]{1,30}){1,3}\s*$")  # "ANDREW CABALLERO-REYNOLDS/POOL/AFP"
# captions describe a photo: "(kanan)", "(kiri)", "(tengah)" point at people in it, "Arsip -" opens an archive one
_IN_THE_PHOTO = (r"\((?:(?:kanan|kiri|tengah|depan|belakang)(?:\s+(?:depan|belakang|atas|bawah))?|ki-ka"
                 r"|(?:[a-z]+\s+)?dari\s+(?:kiri|kanan))\)")  # "(kedua dari kiri)", "(kiri depan)"
_CAPTION_CUE = re.compile(_IN_THE_PHOTO + r"|^\s*(?:arsip|ilustrasi)\s*(?:--|[-–.])", re.IGNORECASE)
# a caption's line that goes on from the line above: "(kiri), kebijakan ..." after a name, "Doksuri, 12 Maret 2016.
# (Foto: ...)" after "... di pantai": where the photo stands, or the place and day it was taken, first
_CAPTION_GOES_ON = re.compile(r"^\s*(?i:" + _IN_THE_PHOTO + r")"
                              r"|^\s*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s+\d{1,2}\s+[A-Za-z]+\s+\d{4}\s*\.")
# "ILUSTRASI. Kadet ... mengenakan masker wajah", "Arsip - ...": a caption's label, wherever the photo stands
_CAPTION_LABEL = re.compile(r"^\s*(?:arsip|ilustrasi)\s*(?:--|[-–.:])\s", re.IGNORECASE)
# near the top, a photo's caption: "Ilustrasi Rudal Balistik, Kim Jong Un.", a name and its credit "Joe Biden (The Independent)"
_TOP_CAPTION = re.compile(r"^\s*ilustrasi\s+\S|^\s*(?-i:[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}\s*\([A-Z][\w.'’ -]{1,30}\))\s*\.?\s*$",
                          re.IGNORECASE)
_PHOTO_CAPTION = re.compile(r"^\s*(?:foto|photo|keterangan foto)\s*:\s*\S", re.IGNORECASE)
_SOURCE_URL = re.compile(r"^\s*(?:sumber|source|sumber berita|link|tautan)(?:\s+url)?\s*:\s*(https?://\S+)\s*$", re.IGNORECASE)
# "from CNN Indonesia https://ift.tt/...": a feed repost naming its source
_SOURCE_CUE = r"^\s*(?:from|dari|sumber|source)\s*:?\s+"
_FEED_SOURCE = re.compile(_SOURCE_CUE + r"(?P<outlet>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3})\s+(?P<url>https?://\S+)\s*$",
                          re.IGNORECASE)
# "Source: Republika December 27, 2025 08:30 UTC": an aggregator's source, with the story's time
_FEED_SOURCE_DATED = re.compile(_SOURCE_CUE + r"(?P<outlet>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}?)\s+"
                                r"(?P<stamp>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d(?:,?\s+\d{1,2}[:.]\d\d.*)?)$",
                                re.IGNORECASE)
# "February 11, 2019 at 09:38AM from CNN Indonesia http://bit.ly/...": a feed's repost, when it was posted and from where
_FEED_STAMP_SOURCE = re.compile(r"^\s*(?P<stamp>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d\s+at\s+\d{1,2}[:.]\d\d\s*[AaPp][Mm])"
                                r"\s+from\s+(?P<outlet>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3})\s+(?P<url>https?://\S+)(?:\s+via\s+\w+)?\s*$")
_SOURCE_DOMAIN = re.compile(r"^\s*(?:sumber|source)\s*:\s*(?P<domain>[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,4})\s*$", re.IGNORECASE)
_BARE_URL = re.compile(r"^\s*(?P<url>https?://[^\s/]+(?:/\S*)?)\s*$")
_SOURCE_NAME = re.compile(r"^\s*(?:sumber|source)\s*:\s*([A-Z][\w.&’' -]{1,40})\s*$", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s<>\"“”()]+")
_AGENCY_CODE = re.compile(
    r"\s*[(\[]\s*([A-Za-z][A-Za-z0-9]{0,7}(?:\s*/\s*[A-Za-z0-9][A-Za-z0-9-]{0,7}){1,4})\s*[)\]]\s*\.?\s*$"
    r"|\s*\(\s*([a-z]{2,6}|[A-Z][a-z]{1,5}/[a-z]{1,5})\s*\)\s*\.?\s*$"
    r"|\s*\[\s*(?!sic\b)([a-z]{2,5})\s*\]\s*\.?\s*$"
)  # "(ant/ita)", "[rd/uh]", an editor's initials "[as]"
_STANDALONE_CREDIT = re.compile(
    r"^\s*(?P<how>menurut|dilansir(?: dari)?|dikutip dari|sumber|via|source|(?:src|sc)(?=\s*:)|credit|kredit)\s*:?\s*"
    r"(?!(?:link|tautan|here|di\s*sini)\s*$)"  # "Source link": a button's label, no source named
    r"([A-Z][\w.&’'-]*(?:\s[A-Z][\w.&’'-]*){0,3})\s*\.?\s*$",
    re.IGNORECASE,
)
# "(Okezone.com)" alone after the text: the outlet signing it
_SIGNED = re.compile(r"^\s*\((?P<outlet>[A-Za-z][\w-]*\.(?:com|co\.id|id|net|co|tv)|[A-Z][A-Za-z0-9]+)\)\s*$"
                     # "GridPop.ID (*)", "Warta.com (ant/nor)": the site's name, then its writer's code
                     r"|^\s*(?P<site>[A-Za-z][\w-]*\.(?i:com|co\.id|id|net|co|tv))\s*\((?:\*|[a-z]{1,5}(?:/[a-z]{1,5})*)\)\s*$")
# "Novi Rahmawati - detikNews": a writer's name and the outlet, alone on a line near the top
# (two writers too: "Li Mei dan Rong Yu – NTD")
# "Joel Guinto - BBC News", "Oleh Joel Guinto, Berita BBC" (a comma only after "Oleh"/"By"): the writer and the outlet
_AUTHOR_OUTLET = re.compile(r"^\s*(?P<by>(?i:oleh|by)\s*:?\s+)?[A-Z][\w.'’-]+(?:\s(?:(?:dan|&)\s)?[A-Z][\w.'’-]+){0,4}"
                            r"(?:\s+[-–|]|(?(by),|(?!)))\s+(?P<outlet>[A-Za-z][\w.]{2,30}(?:\s[A-Z][\w.]{1,20}){0,2})\s*$")
# "pinterpolitik.com" alone on a line near the top: the site's label
_SITE_LABEL = re.compile(r"^\s*(?P<site>[A-Za-z][\w-]{2,30}\.(?:com|co\.id|id|net|co|tv|news))\s*$")  # "Tempo.co" too
# "Artikel ini telah tayang di ...", "”Artikel ini bersumber sekaligus hak milik dari website detik.com" (an aggregator's note,
# a stray mark from the quote before it in front)
# "artikel ini telah tayang", "... sudah lebih dulu terbit": a repost's note that the story ran elsewhere first
_RAN_BEFORE = r"artikel ini (?:telah|sudah|pernah) (?:lebih (?:dulu|dahulu) )?(?:tayang|terbit|dimuat)"
_SYNDICATION = re.compile(r"^\s*[”\"’]?\s*(?:" + _RAN_BEFORE + r"|artikel ini bersumber)\b", re.IGNORECASE)

# a source's whole name, its words capitalised (dots only inside a word: "Kompas.com", not a
# sentence's end); calendar words after it are trimmed (_source_name)
_NAME_WORD = r"[A-Z](?:[\w&’'-]|\.(?=\w))*"
_NAME = _NAME_WORD + r"(?:\s(?:" + _NAME_WORD + r"|of|the|and(?=\s[A-Z])))*"  # "Stars and Stripes"
# "Kantor berita Kyodo melaporkan ...": the agency named; not "kantor berita Cina Xinhua menyebut ...
# mengejutkan": an agency's own view is a source the story quotes
_AGENCY_NAMED = re.compile(r"(?=[Kk])\b[Kk]antor [Bb]erita\s+(" + _NAME + r")(?=[\s,.;:)]|$)(?!\s+[A-Z])(?!\s+(?:juga\s+)?"
                           r"(?:menyebut|menegaskan|mengecam|menuduh|memperingatkan|menyebutkan)\b)")
_CREDIT_PATTERNS = [  # each opens with a lookahead for its first letter: other positions fail at once
    # "dikutip MINA dari Worldbulletin", "seperti dilansir oleh Reuters dari ...", "dikutip oleh
    # PikiranRakyat-Tasikmalaya.com dari situs Reuters", "Dikutip PikiranRakyat-Indramayu.com dari ANTARA Kaltara"
    # (the site itself) -> the source after "dari"
    re.compile(
        r"(?=[DdMm])\b(?:[Dd]ikutip|[Dd]ilansir|[Dd]ilaporkan|[Dd]iberitakan|[Dd]iwartakan|[Dd]ikabarkan|[Mm]engutip|[Mm]elansir)"
        r"\s+(?:oleh\s+)?(?:[A-Z][\w.-]*\s+)?dari\s+"
        r"(?:kantor berita\s+|situs\s+|laman\s+|media\s+|harian\s+|surat kabar\s+)?(" + _NAME + r")(?=[\s,.;:)]|$)"
    ),
    # "Dilansir dari CNA", "mengutip Reuters", "seperti dikutip oleh kantor berita Yonhap"
    re.compile(
        r"(?=[DdMm])\b(?:[Dd]ikutip|[Dd]ilansir|[Mm]engutip|[Mm]elansir|[Dd]ilaporkan|[Dd]iberitakan|[Dd]iwartakan)\s+(?:oleh\s+)?(?:dari\s+)?"
        r"(?:kantor berita\s+|situs\s+|laman\s+|media\s+|harian\s+|surat kabar\s+)?(" + _NAME + r")(?=[\s,.;:)]|$)"
    ),
    _AGENCY_NAMED,
]
_OUTLET_SIG = re.compile(r"^\s*[A-Z][\w’'. -]{2,60}\(([A-Z][A-Za-z0-9.]{1,15})\)\s*$")

# --- the lede's dateline and outlet -----------------------------------------

# a hyphen spaced on both sides, or glued to the story's first word ("JAKARTA, RIAUREVIEW.COM -Korea Selatan")
_DASH = r"\s*(?:–|—|--|-(?=\s)|(?<=\s)-(?=[A-Z“\"]))\s*"
_DASH_OR_COLON = r"\s*(?:–|—|--|-(?=\s)|(?<=\s)-(?=[A-Z“\"])|:(?=\s))\s*"
_CITY = r"[A-Z][A-Za-z.'’]+(?:[ -][A-Z][A-Za-z.'’]+){0,2}"
_OUTLET_WORDS = r"(?:[A-Z0-9][\w.’'&!-]*|[a-z][\w-]*\.[a-z.]{2,6}|[a-z]+[A-Z][\w.]*)(?:\s[A-Z0-9][\w.’'&!-]*){0,3}"
_DOMAIN = r"[A-Za-z0-9-]+(?:\.[A-Za-z]{2,4}){1,2}"
_PAREN = r"\((?P<outlet>[A-Za-z][\w.&’' ,/-]{1,40})\)"
_EN_MONTH_DAY = r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})"
# The forms a lede opens with, most specific first. Groups: city (and region), outlet
# (an agency list in brackets credits agencies, not the publisher), single (an outlet
# or a place alone), place (a known place, or two joined by "dan"), date.
# a title opening a sentence, in its usual case ("Presiden", "Menteri"): where a glued word ends
_TITLE_OPENING = alternation(sorted(w for w in TITLE_WORDS if w[1:].islower()))
_CALENDAR_WORD = r"(?:" + alternation(CALENDAR_NAMES) + r")\b"  # a day's or a month's name
_LEDE_FORMS = [
    # Jakarta (ANTARA) -   SEOUL (MM):   Seoul, Korea Selatan (AP) -   TOKYO (REUTERS, BLOOMBERG) -
    re.compile(r"^(?P<city>" + _CITY + r"(?:\s*/\s*" + _CITY + r")?)(?:\s*,\s*(?P<region>" + _CITY + r"))?\s*" + _PAREN
               + _DASH_OR_COLON),  # Seoul/Tokyo (ANTARA) -   (filed from two cities)
    # Tokyo (SIB) -Presiden ...   (the dash glued to the text after a bracketed outlet)
    re.compile(r"^(?P<city>" + _CITY + r")\s*" + _PAREN + r"\s*-(?=[A-Z])"),
    # Himalayapost.id – Moskow, 18 Januari 2024 –   (the site, the city and the date between dashes)
    re.compile(r"^(?P<outlet>" + _DOMAIN + r")" + _DASH + r"(?P<city>" + _CITY + r")\s*,\s*(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d)"
               + _DASH),
    # TRIBUNNEWS.COM, Lima, 15 November 2024 -   (the site, the city and the date between commas)
    re.compile(r"^(?P<outlet>" + _DOMAIN + r")\s*,\s*(?P<city>" + _CITY + r")\s*,\s*(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d)"
               + _DASH_OR_COLON),
    # Singapura, 05/6 (jakartaterkini) -   (the day and month between the city and the outlet)
    re.compile(r"^(?P<city>" + _CITY + r")\s*,\s*(?P<date>\d{1,2}/\d{1,2})\s*" + _PAREN + _DASH_OR_COLON),
    # Tokyo, 26 Rabi’ul Awwal 1437/6 Januari 2016 (MINA) –   (the date between the city and the outlet)
    re.compile(r"^(?P<city>" + _CITY + r"(?:\s*/\s*" + _CITY + r")?)\s*,\s*(?P<date>[^()\n]{4,60}?(?:19|20)\d\d)\s*" + _PAREN
               + _DASH_OR_COLON),  # Seoul/Washington, ... (MINA) –   (filed from two cities)
    # Konfirmasitimes.com-Jakarta (22/05/2021).   (the site, the city, the date in brackets)
    re.compile(r"^(?P<outlet>" + _DOMAIN + r")\s*[-–—]\s*(?P<city>" + _CITY + r")\s*\((?P<date>\d{1,2}/\d{1,2}/(?:19|20)\d\d)\)"
               r"\s*[.:,–—-]?\s*(?=[A-Z])"),
    # Bogor, Jawa Barat, ABIM (9/11/2017) –   (the city, its province, the outlet in capitals, the day in brackets)
    re.compile(r"^(?P<city>" + _CITY + r")(?:\s*,\s*" + _CITY + r")?\s*,\s*(?P<outlet>[A-Z][A-Z0-9.&]{1,15})\s*"
               r"\((?P<date>\d{1,2}/\d{1,2}/(?:19|20)\d\d)\)" + _DASH + r"(?=[A-Z“\"])"),
    # TOKYO (19/07/21) -   (a known city, the day in brackets with its year in two digits or four)
    re.compile(r"^(?P<city>" + _CITY + r")(?P<known>)\s*\((?P<date>\d{1,2}/\d{1,2}/(?:19|20)?\d\d)\)" + _DASH + r"(?=[A-Z“\"])"),
    # PT Kontak Perkasa – Seoul, Korea Selatan (AP) –   (a republisher, then the agency's dateline)
    re.compile(r"^(?P<publisher>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3})\s*[–—]\s*(?P<city>" + _CITY + r")(?:\s*,\s*(?P<region>"
               + _CITY + r"))?\s*" + _PAREN + r"\s*[–—-]\s*"),
    # Kantor Berita Xinhua, Tokyo, 20 Agustus (Reporter ...)   (the agency writing, the city, the day)
    re.compile(r"^(?P<outlet>(?i:kantor\s+berita)\s+[A-Z]\w+(?:\s[A-Z]\w+)?)\s*,\s*(?P<city>" + _CITY + r")\s*,\s*"
               r"(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8})\s+(?=[A-Z(])"),
    # TOKYO, Jun 02 (News On Japan) -   (an English wire dateline with the day)
    re.compile(r"^(?P<city>" + _CITY + r")\s*,\s*" + _EN_MONTH_DAY + r"\s*" + _PAREN + _DASH_OR_COLON),
    # Tokyo [Japan]22 Desember (ANI):   New Delhi [India], December 22 (ANI):   (ANI's dateline: the country in
    # square brackets, the day, the agency)
    re.compile(r"^(?P<city>" + _CITY + r")\s*\[[A-Z][\w ]{1,30}\]\s*,?\s*(?:(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8})|"
               + _EN_MONTH_DAY.replace("?P<date>", "?:") + r")\s*" + _PAREN + _DASH_OR_COLON),
    # SEOUL, 6 September (UPI) —   (a wire dateline with the day and month, no year)
    re.compile(r"^(?P<city>" + _CITY + r")\s*,\s*(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8})\s*" + _PAREN + _DASH_OR_COLON),
    # (VOVworld)-   (the outlet alone, in brackets)
    re.compile(r"^" + _PAREN + r"\s*(?:–|—|--|-)\s*"),
    # Liputan6.com, Jakarta -   Metrotvnews.com, Seoul:   Liputan6.com, Washington, DC -   (a domain, then the city)
    re.compile(r"^(?P<outlet>" + _DOMAIN + r")\s*,\s*(?P<city>" + _CITY + r")(?:,\s*[A-Z]\.?[A-Z]\.?)?" + _DASH_OR_COLON),
    # WARTA.id, Seoul, Korsel -   (a domain, the city, and its region or country)
    re.compile(r"^(?P<outlet>" + _DOMAIN + r")\s*,\s*(?P<city>" + _CITY + r")\s*,\s*(?P<region>" + _CITY + r")" + _DASH_OR_COLON),
    # New York, Amerika Serikat, law-justice.co -   (the city, its country, then the site's address)
    re.compile(r"^(?P<city>" + _CITY + r")(?P<known>)\s*,\s*(?P<region>" + _CITY + r")\s*,\s*(?P<outlet>(?:www\.)?[a-z][\w-]*\."
               r"(?:com|co\.id|id|net|co|news))" + _DASH),
    # TEMPO.COTokyo -   (the domain glued to the city)
    re.compile(r"^(?P<outlet>[A-Z0-9]{2,}\.[A-Z]{2,4})(?P<city>[A-Z][a-z]{2,}(?:\s[A-Z][a-z]+)?)" + _DASH),
    # NUSADAILY.COM – JAKARTA -   KONTAN.CO.ID - SEOUL/WASHINGTON -   (a domain, then a known city, or two, between dashes)
    re.compile(r"^(?P<outlet>" + _DOMAIN + r")" + _DASH + r"(?P<city>" + _CITY + r"(?:\s*/\s*" + _CITY + r")?)(?P<known>)" + _DASH
               + r"(?=[A-Z“\"])"),
    # Warta.co.id Jakarta –   Warta.co.id' Jakarta –   (a domain, a stray mark, then a known city and a dash)
    re.compile(r"^(?P<outlet>" + _DOMAIN + r")['’]?\s+(?P<city>" + _CITY + r")(?P<known>)" + _DASH + r"(?=[A-Z“\"])"),
    # RM.id  Rakyat Merdeka -   (the site's domain, then its name written out, and a dash)
    re.compile(r"^(?P<single>" + _DOMAIN + r")\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}" + _DASH + r"(?=[A-Z“\"])"),
    # Tokyo I warta.com Presiden ...   Tokyo | warta.com Presiden ...   (a known city, a bar, the site's domain)
    # Tokyo, //www.warta.id || Perdana ...   (a comma, the address with its slashes, bars after it)
    re.compile(r"^(?P<city>" + _CITY + r")(?P<known>)(?:\s+[I|]|\s*,)\s+(?://)?(?P<outlet>(?:www\.)?[a-z][\w-]*\.(?:com|co\.id|id|net|co|news))"
               r"(?:\s+\|{1,2})?\s+(?=[A-Z])"),
    # Amerika Serikat, ARRAHMAHNEWS.COM Korea Selatan ...   (a known place, a comma, the site's address in
    # capitals, then the text with no dash)
    re.compile(r"^(?P<city>" + _CITY + r")(?P<known>)\s*,\s*(?P<outlet>[A-Z0-9][A-Z0-9-]{2,}\.(?:COM|CO\.ID|ID|NET|CO|NEWS))"
               r"\s+(?=[A-Z])"),
    # KONTAN.CO.ID - BEIJING.   (a domain, then the city and a full stop)
    re.compile(r"^(?P<outlet>" + _DOMAIN + r")" + _DASH + r"(?P<city>[A-Z][A-Z .'/-]{2,30})\.\s+(?=[A-Z])"),
    # Warta.id-Jakarta. Dari ...   (a domain, a dash, a known city and a full stop)
    re.compile(r"^(?P<outlet>" + _DOMAIN + r")\s*[-–—]\s*(?P<city>" + _CITY + r")(?P<known>)\.\s+(?=[A-Z])"),
    # Seoul, 7/8/2019 -   Jakarta, Senin (5/8/2019) -   Tokyo, Senin, 5 Agustus 2019 -   (a known city and the day, no outlet)
    re.compile(r"^(?P<city>" + _CITY + r")\s*,\s*(?P<date>(?:[A-Z][a-z]+,?\s*)?\(?\d{1,2}(?:/\d{1,2}/|\s+[A-Z][a-z]{2,8}\.?\s+)"
               r"(?:19|20)\d\d\)?)" + _DASH),
    # Washington, MINA -   SEOUL, KOMPAS.com -   Beijing | EGINDO.co -   POS KUPANG, COM -   Seoul, Nusantara Info :
    # (a colon set off by spaces, as a site's tag is: "Washington, D.C.:" names a district, no outlet)
    re.compile(r"^(?P<city>" + _CITY + r")\s*[,|]\s*(?P<outlet>" + _OUTLET_WORDS + r")(?:" + _DASH + r"|\s+:\s+)"),
    # Jakarta, tvrijakartanews -   (a known city, then the site's name in lower case, ending in a media word)
    re.compile(r"^(?P<city>" + _CITY + r")(?P<known>)\s*,\s*(?P<outlet>[a-z]{3,}(?:" + alternation(MEDIA_WORDS) + r"))"
               + _DASH + r"(?=[A-Z“\"])"),
    # TEMPO.CO, Washington-Latihan ...   (a domain, then a known city glued to the lede by a hyphen)
    re.compile(r"^(?P<outlet>" + _DOMAIN + r")\s*,\s*(?P<city>[A-Z][a-z]{2,}(?:\s[A-Z][a-z]+)?)(?P<known>)-(?=[A-Z][a-z]+\s)"),
    # TOKYO, SATELITPOST-Pelaut ...   (the city, then the outlet in capitals glued to the lede by a hyphen)
    re.compile(r"^(?P<city>" + _CITY + r")\s*,\s*(?P<outlet>[A-Z0-9][A-Z0-9.&!]{2,30})-(?=[A-Z][a-z])"),
    # KORUT -Presiden ...   SEOUL-Korea Utara ...   (a place in capitals, the dash glued to the lede's first word)
    re.compile(r"^(?P<place>[A-Z]{3,}(?:\s[A-Z]{3,})?)\s*-(?=[A-Z][a-z])"),
    # Intisari - Online.com -Jepang ...   (a name, then the rest of its address set off by dashes: one site)
    re.compile(r"^(?P<single>[A-Z][a-z]{2,20}\s+[-–]\s+[A-Z][a-z]{2,20}\.(?i:com|co\.id|id|net))" + _DASH),
    # KODEMIMPI -   TEMPO.CO -   JAKARTA -   ZONA PRIANGAN -   KOMPAS,--
    re.compile(r"^(?P<single>[A-Z0-9][A-Z0-9.&!]{1,30}(?:\.[A-Za-z]{2,4})?(?:\s[A-Z][A-Z0-9.&!]{1,20}){0,2})\s*,?" + _DASH),
    # Seoul – 1miliarsantri.net: Korea Selatan ...   (the city, a dash, then the site's address and a colon)
    re.compile(r"^(?P<city>" + _CITY + r")" + _DASH + r"(?P<outlet>" + _DOMAIN + r")\s*:\s+(?=[A-Z“\"])"),
    # Kabarindo24jam.com | Tokyo –   (a domain, a bar, then the city between it and a dash)
    re.compile(r"^(?P<outlet>" + _DOMAIN + r")\s+\|\s+(?P<city>" + _CITY + r")" + _DASH + r"(?=[A-Z“\"])"),
    # Suara.com -   merdeka.com -   KETIKNEWS.ID,--   WahanaNews.co |   GELORA.CO -Korea ...   (the dash glued on)
    # www.gelora.co -   Radarlambar.bacakoran.co -Wakil ...   (the site's address, a subdomain of a network's too)
    re.compile(r"^(?:www\.)?(?P<single>(?:[A-Za-z0-9][A-Za-z0-9-]*\.)?[A-Za-z0-9][A-Za-z0-9-]*\.(?i:com|co\.id|or\.id|id|net|org|co|news|tv|info)"
               r"(?:\.[a-z]{2})?)"
               r"(?:\s*,?" + _DASH + r"|\s+-(?=[A-Z])|\s+\|\s+(?=[A-Z]))"),
    re.compile(r"^(?P<single>[A-Z0-9][A-Z0-9-]*\.(?:COM|CO\.ID|ID|NET|CO))\s*,\s+(?=[A-Z][a-z])"),
    # JakartaCNN Indonesia --   (a known city glued to the outlet's name)
    re.compile(r"^(?P<city>[A-Z][a-z]{2,}(?:\s[A-Z][a-z]+)?)(?P<known>)(?P<outlet>[A-Z][A-Za-z0-9.]*(?:\s[A-Z][A-Za-z0-9.]+){0,2})"
               + _DASH),
    # KORANRIAU.co-Korea Utara ...   (the site's domain glued to the lede by a hyphen)
    re.compile(r"^(?P<single>[A-Za-z0-9]+\.(?i:com|co\.id|id|net|co))-(?=[A-Z][a-z])"),
    # JurnalPatroliNews – Jakarta –   (a name in camel case, then a known city between dashes)
    re.compile(r"^(?P<outlet>[A-Z][a-z]+(?:[A-Z][a-z]+)+)" + _DASH + r"(?P<city>" + _CITY + r")(?P<known>)" + _DASH + r"(?=[A-Z“\"])"),
    # IslamTimes -   IDXChannel -   MerahPutih Asia -   (a name in camel case)
    re.compile(r"^(?P<single>(?:[A-Z][a-z]+(?:[A-Z][a-z]+)+|[A-Z]{2,}[A-Z][a-z]+)(?:\s[A-Z][a-z]+)?)(?:" + _DASH
               + r"|\s+\|\s+(?=[A-Z]))"),  # MoeslimChoice | Perdana ...   (a bar for the dash)
    # [AkhirZaman.org] Korea Selatan ...   (the site's address in brackets opening the lede)
    re.compile(r"^\[(?:www\.)?(?P<single>[A-Za-z0-9][A-Za-z0-9-]*\.(?i:com|co\.id|or\.id|id|net|org|co|news|tv|info))\]\s*(?=[A-Z“\"])"),
    # Berita 24 Indonesia -   Liputan 6 -   (a name with a number among its words, no day or month: a site's)
    re.compile(r"^(?!" + _CALENDAR_WORD + r")(?P<single>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s\d{1,3}(?:\s(?!" + _CALENDAR_WORD
               + r")[A-Z][a-z]+){0,2})" + _DASH + r"(?=[A-Z“\"])"),
    # RMOL. Menteri ...   WartaIndonesia. Perdana ...   BERITA GERHANA. Militer ...   (an outlet's name, then a full stop)
    re.compile(r"^(?P<single>[A-Z][A-Z0-9]{2,12}(?:\s[A-Z][A-Z0-9]{2,12})?|[A-Z]{2,}[a-z]{3,}(?:[A-Z][a-z]+)?|[A-Z][a-z]+(?:[A-Z][a-z]+)+)\.\s+(?=[A-Z])"),
    # WASHINGTON DC, KOMPAS.comAS dan ...   (the city, then the site's domain glued to the lede's first word)
    re.compile(r"^(?P<city>" + _CITY + r")\s*,\s*(?P<outlet>[A-Za-z0-9-]+\.(?:com|co\.id|id|net))(?=[A-Z][A-Za-z]*\s)"),
    # Jakarta, CNBC IndonesiaKorea Utara ...   (a known city, then an outlet the gazetteer knows glued to the lede)
    re.compile(r"^(?P<city>" + _CITY + r")(?P<known>)\s*,\s*(?P<outlet>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}?)(?P<media>)(?=[A-Z][a-z])"),
    # WartaBisnis.comMahkamah ...   (a domain glued to the lede's first word), murianetwork.com. Korea ... (or its full stop)
    re.compile(r"^(?P<single>[A-Za-z0-9-]+\.(?:com|co\.id|id|net))(?:\.\s+)?(?=[A-Z][a-z]+\s)"),
    # SuratkabarindoPresiden AS ...   (a site's one-word name glued to the title opening the lede)
    re.compile(r"^(?P<single>[A-Z][a-z]{5,20})(?=(?:" + _TITLE_OPENING + r")\s)(?P<unknown>)"),
    # prophetrock –   Sulindomedia –   (one word that names nothing the gazetteer knows: the site)
    re.compile(r"^(?P<single>[A-Za-z][a-z0-9]{3,20})" + _DASH + r"(?=[A-Z])(?P<unknown>)"),
    # , Tokyo -   (a copy that cut the outlet out of "Liputan6.com, Tokyo -": the known city is left)
    re.compile(r"^,\s*(?P<city>" + _CITY + r")(?P<known>)" + _DASH + r"(?=[A-Z“\"])"),
    # Tokyo -   SEOUL dan LONDON -   Jakarta:   (known places, no outlet)
    re.compile(r"^(?P<place>[A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?(?:(?:\s(?:dan|and|&)\s|/)[A-Z][A-Za-z]+)?)" + _DASH),  # Tokyo/Seoul –
    re.compile(r"^(?P<city>[A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?)(?:,?\s*D\.\s?C\.|,?\s+DC)?\s*:\s+(?=[A-Z])"),  # "Washington, D.C.:"
    # Seoul, Korea selatan -   (a known city and its country, a word of the country's name in small letters)
    re.compile(r"^(?P<city>[A-Z][a-z]{2,}(?:\s[A-Z][a-z]+)?)\s*,\s*(?P<country>[A-Z][a-z]+\s[a-z]+)" + _DASH + r"(?=[A-Z“\"])"),
    # VIVA Dunia –   (the site's name in capitals, then the section the story is filed in)
    re.compile(r"^(?P<city>[A-Z]{2,}[A-Z0-9]*)\s+(?P<outlet>" + alternation(MENU_WORDS, ignore_case=True) + r")" + _DASH
               + r"(?=[A-Z“\"])"),
    # Jakarta, Dijadwalkan bertemu ...   (a known city and a comma, then the sentence)
    re.compile(r"^(?P<city>[A-Z][a-z]{2,}(?:\s[A-Z][a-z]+)?),\s+(?=[A-Z][a-z]+\s+[a-z])"),
]
_BARE_TLD = frozenset({"COM", "CO.ID", "CO", "ID", "NET"})
_DC = re.compile(r"(.+?),?\s+D\.?C\.?")
# a line of its own: "Washington, MISTAR.ID"; the outlet first: "Warta Nusa, Tokyo -"
_DATELINE_LINE = re.compile(r"^\s*(?P<city>" + _CITY + r")\s*,\s*(?P<outlet>" + _OUTLET_WORDS + r")\s*(?:–|—|--|-)?\s*$")
_CITY_DASH_OUTLET_LINE = re.compile(r"^\s*(?P<city>[A-Z]{3,}(?: [A-Z]{3,})?)\s*[-–—]\s*(?P<outlet>[A-Z][A-Z0-9]{1,11})\.?\s*$")
_OUTLET_CITY_LINE = re.compile(r"^\s*(?P<outlet>" + _OUTLET_WORDS + r")\s*,\s*(?P<city>" + _CITY + r")\s*(?:–|—|--|-)\s*$")
# the top of a page: masthead, menu and breadcrumb lines before the headline
_BREADCRUMB = re.compile(r"[»›>]|\s/\s")
_ANGLE_LABEL = re.compile(r"<[^<>]{1,40}>")  # "<W Commentary> Kenapa ...": a label before a headline, no crumb


def _without_label(line: str) -> str:
    """A line without the site's label in angle brackets it opens with ("<W Commentary> ...")."""
    return _ANGLE_LABEL.sub("", line, count=1).strip() if line.lstrip().startswith("<") else line.strip()
_BRAND = re.compile(r"^(?:[A-Za-z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*|[A-Z]{2,}|[A-Za-z0-9-]+\.(?:com|co\.id|id|net|news|tv|org))"
                    r"(?:\s[A-Z][A-Za-z]+)?$")  # ("Kompas.tv - 26 Juni 2024, 14:19 WIB": a site's stamp)
# "Kompas.com - 16/03/2023, 12:41 WIB": the outlet and the story's time on one line
# "Kompas.com - 16/03/2023, 12:41 WIB", "Kompas dunia | 22 Desember 2023, 09:52 WIB" (a site and its section)
_OUTLET_STAMP = re.compile(r"^\s*(?P<outlet>[A-Za-z][\w.]{2,30}(?:\s[A-Za-z][\w.]{1,20})?)\s+[-–|•]\s+(?P<stamp>.*\d.*)$")
_BYLINE_BARE = re.compile(
    r"^\s*(?:penulis|editor|reporter|pewarta|redaktur|laporan|oleh|wartawan)\s+[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}"
    r"(?-i:\s(?:dan|&)\s[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3})?\s*$"  # "oleh Bi Xinci dan Jiang Diya"
    r"|^\s*[•·]\s*[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3}\s*$"  # "• Steve Herman" under the headline
    r"|^\s*[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3},\s+(?:jurnalis|wartawan|reporter|kontributor|editor)\s*$"
    r"|^\s*(?-i:By)\s+(?-i:[a-z][a-z0-9_.]{2,30})\s*$",  # "By adminskit": a site account's name
    re.IGNORECASE,
)
_SMALL_CHROME = re.compile(
    r"^\s*(?:[\W_]{1,3}|#\S.*|bagikan|share|preview|pratinjau"
    r"|\d+\s+(?:komentar|comments?)"
    r"|\d[\d.,]*\s*(?:rb|k)?\s*(?:x\s+)?(?:views?|dilihat|kali\s+dilihat|kali\s+dibaca|pembaca|reads?)"
    r"|logo\s+\S.{0,40}"
    r"|(?:powered|designed|theme)\s+by\s+\S.{0,40}"  # "powered by Surfing Waves": a widget's or theme's credit
    r"|spot_img|ยท|Â·"  # a WordPress theme's image slot; a middle dot misread ("ยท", "Â·")
    r"|exit\s+mobile\s+version"  # a WordPress theme's link from its mobile view
    r"|read\s+(?:the\s+)?(?:entire|full)\s+(?:article|story)|editor['’]s\s+picks?"  # an aggregator's link, a widget's label
    r"|[a-z0-9]+(?:_[a-z0-9]+)+_?"  # "news_banner", "kunjungi_kapal_perang_": a template's slot or a slug, no words
    r"|[A-Za-z]{3,12}\d{2,3}"  # "Cinta55": a gambling site's name alone on a line
    # "4 hours Ago", "15 jam yang lalu": a list's relative time, alone on its line
    r"|\d{1,3}\s+(?:(?:detik|menit|jam|hari|minggu|bulan)\s+(?:yang\s+)?lalu|(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?)\s+ago))\s*$",
    re.IGNORECASE,
)

# "Tentang KamiPedoman Media SiberKetentuan & ...": a menu's items glued without spaces;
# "Indonesia News Portal for Traders | ...", "Portal Berita Terpercaya": a site's tagline
_GLUED_MENU = re.compile(r"^(?:[^.!?]*?[a-z][A-Z]){3}[^.!?]*$")
_TAGLINE = re.compile(r"\b(?:news\s+portal|portal\s+(?:berita|informasi)|situs\s+berita)\b"
                      r"|^\s*(?:berita|kabar|info)(?:\s+\w+){0,3}\s+(?:terbaru|terkini)(?:\s+hari\s+ini)?\s*(?:$|,)"
                      # "Memperbarui berita utama dari sumber Indonesia dan global": what the site does with the news
                      r"|^\s*(?:memperbarui|menyajikan|menghadirkan|updating)\s+(?:\w+\s+){0,2}(?:berita|informasi|kabar|news)\b",
                      re.IGNORECASE)  # "Berita Indonesia Terbaru Hari Ini", "Berita Terkini, Sinopsis Film ...": what the site offers

_TERMINAL = ".!?…:;\"”’)"
# what may stand between a headline and the text instead of a blank line
_HEAD_FURNITURE = {"reading time", "timestamp", "updated stamp", "byline", "page date", "page widget", CAPTION, "photo credit",
                   "promotion", "dateline"}  # "Tokyo, Inakoran" on a line of its own under the headline


@dataclass
class Cleaned:
    title: str = ""
    title_basis: str = "lede"
    paragraphs: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    outlet: str | None = None
    dateline: str | None = None
    url: str | None = None
    via: list[str] = field(default_factory=list)
    page_date: date | None = None
    page_date_over_text: bool = False  # the page's date line stands right above the text, no headline between
    page_date_alone: bool = False  # the page's date line has no weather widget beside it (a blog's post date may be)
    timestamp: str | None = None  # a standalone date line under the headline
    signature_outlet: str | None = None  # "Some News Agency (SNA)" at the foot
    copyright_owner: str | None = None  # "Copyright © 2023 SomeOutlet.com"
    byline_outlet: str | None = None  # "Writer Name - detikNews"
    dateline_date: str | None = None  # "Jun 02" in "TOKYO, Jun 02 (News On Japan) -"
    title_outlet: str | None = None  # "Headline - Radar Militer": the site's name after its headline
    source_outlet: str | None = None  # "from CNN Indonesia https://...": where a repost came from
    follow_outlet: str | None = None  # "Follow Berita iNews di Google News": the site asking to be followed
    store_stamp: str | None = None  # " date 2017-02": the month the page store dated the page
    updated_stamp: str | None = None  # "Updated 22 Agustus 2016": when the page last changed
    link_years: list[int] = field(default_factory=list)  # the years related stories' addresses name (/2016/06/)
    warnings: list[str] = field(default_factory=list)

    def captions(self) -> list[str]:
        """The photo captions taken out of the text (they name people and years too), without
        a label ("ILUSTRASI. Kadet ..." names the cadets, not an organisation "ILUSTRASI. Kadet")."""
        return [_CAPTION_LABEL.sub("", r.text) for r in self.removed if r.reason == CAPTION]


Lookup = Callable[[str], "tuple[str, str, str | None] | None"]  # text -> (canonical, type, kind)


def _no_lookup(_text: str):
    return None


def _word_count(line: str) -> int:
    return len(line.split())


def _is_shortline(line: str, words: int = 8) -> bool:
    s = line.strip()
    return 0 < _word_count(s) <= words and s[-1:] not in ".!?"


_GLUED_COMMA = re.compile(r",(?<=[a-z],)(?=[A-Z][a-z])")  # "Selatan,Yasumasa": a space lost after a comma (the comma first: found fast)
# a dash mis-decoded from another code page: "Jakarta, IDM โ Amerika", "PT Kontak  РSeoul, ... (AP) РKorea",
# "Jakarta, IDM โย Korea" (the dash's last two bytes lost, then a no-break space's first read in cp874)
_MOJIBAKE_DASH = re.compile(r"\s(?:โ€“|â€“|â€”|โย?|Р)\s*(?=[A-Z])")
# "Lim Soo- suk": a Korean given name split after its hyphen (a name's word before it)
_SPLIT_NAME = re.compile(r"(\b[A-Z][a-z]{1,10} [A-Z][a-z]{1,4})- ([a-z]{2,5})\b")
_SPLIT_DOMAIN = re.compile(r"\b([A-Za-z]{3,})\. (com|COM|co\.id|CO\.ID)\b")  # "KOMPAS. com"
# "jpnn.com - Presiden ...": a lede opening with a lower-case domain is no wrapped line's end
_LOWER_DATELINE = re.compile(r"^\s*[a-z][\w-]*(?:\.[a-z]{2,4}){1,2}\s*[-–—,|:]")


HEADLINE_CHARS = 300  # a line longer than this is no headline (and is never split to find out)


def title_case(line: str) -> bool:
    """A headline's capitalised words ("Korea Selatan Ingatkan Jepang Soal Budak Seks")."""
    if len(line) > HEADLINE_CHARS:
        return False
    words = [w for w in line.split() if w[:1].isalpha()]
    return 4 <= len(words) <= 20 and sum(w[:1].isupper() for w in words) >= 0.85 * len(words)


_SLUG = re.compile(r"^\s*[a-z0-9]+(?:-[a-z0-9]+)+\s*$")  # a tag line, "korsel-korut": never a wrapped sentence's end
_USER_NAME = re.compile(r"^\s*[a-z][a-z_.]*\d+\s*$")  # "keren989" alone under a headline: a poster's name, not a word


# "pada tanggal" alone under a headline, the day on the next line: the page's stamp, not the headline's end
_DATE_LABEL = re.compile(r"^\s*(?:(?:di(?:posting|terbitkan|publikasikan|perbarui)\s+)?pada(?:\s+tanggal)?|tanggal)\s*:?\s*$",
                         re.IGNORECASE)


WRAP_WIDTHS = (60, 100)  # a text hard-wrapped at a width in this range (columns)
WRAP_SHARE = 0.7  # of its lines of half that width or more end within WRAP_SLACK of it
WRAP_SLACK = 15
WRAP_LINES = 5
FULL_WIDTH_SLACK = WRAP_SLACK // 3  # a line this close to the wrap width ran to it (not a headline ending short)


def wrap_width(raw: list[str]) -> int:
    """The width the text was wrapped at, else 0: no line longer than it, and most lines
    ending near it, wherever their words fall ("... Duta Besar Jepang di Korea" / "Selatan,
    Yasumasa ..."): then a line without closing punctuation goes on in the next whatever
    its first letter."""
    lengths = [len(line.strip()) for line in raw if line.strip()]
    width = max(lengths, default=0)
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return 0
    long = [n for n in lengths if n >= width / 2]
    near = [n for n in long if n >= width - WRAP_SLACK]
    return width if len(near) >= WRAP_LINES and len(near) >= WRAP_SHARE * len(long) else 0


# "... Duta Besar (Dubes)" at a wrapped line's end: a short bracket after a word, the sentence going on
_BRACKET_AFTER_A_WORD = re.compile(r"[\w,]\s\((?:[A-Z][\w.]*\s?){1,3}\)$")


def _at_full_width(line: str, width: int) -> bool:
    """A line of a hard-wrapped text that runs to the width it was wrapped at: the text's, even
    in title case ("Jakarta,Menteri Pertahanan Republik Indonesia (Menhan RI) Jenderal TNI (Purn)")."""
    return bool(width) and len(line) >= width - FULL_WIDTH_SLACK


_QUOTE_CLOSED_ON_A_COMMA = re.compile(r",\s*[”\"’]$")


def _line_ends_there(line: str, width: int) -> bool:
    """Whether a line ends its paragraph: closing punctuation, except a short bracket after
    a word at the full width of a hard-wrapped text ("Jenderal TNI (Purn)" / "Ryamizard ...")."""
    if line[-1:] not in _TERMINAL or _QUOTE_CLOSED_ON_A_COMMA.search(line):
        return False  # '..., terbuka yang berdasarkan peraturan,”' / 'kata Abe ...': the tag goes on in the next line
    return not (width and len(line) >= width - WRAP_SLACK and _BRACKET_AFTER_A_WORD.search(line))


# a widget's word on a line of its own: "share", "loading...", never the end of a wrapped sentence
_WIDGET_WORD = re.compile(r"^\s*(?:" + alternation(WIDGET_WORDS) + r")\s*(?:\.{3}|…)?\s*$", re.IGNORECASE)


MID_SENTENCE_BREAKS = 5  # lines broken mid-sentence (the next going on in small letters): a page broken all through
BROKEN_SHARE = 0.5  # of the lines with no closing punctuation that another line follows


def _broken_all_through(raw: list[str]) -> bool:
    """A page whose lines break mid-sentence at no one width ("... ke Ukraina pasca" / "penandatanganan
    perjanjian ..."): most lines that end with no closing punctuation go on in the next in small
    letters, so every such line goes on in the next, whatever its first letter."""
    lines = [line.strip() for line in raw]
    open_ends = [i for i in range(len(lines) - 1) if _word_count(lines[i]) >= 3 and lines[i + 1]
                 and lines[i][-1:] not in _TERMINAL]
    broken = [i for i in open_ends if lines[i + 1][:1].islower()]
    return len(broken) >= MID_SENTENCE_BREAKS and len(broken) >= BROKEN_SHARE * len(open_ends)


# a line that stops on a word no sentence ends on ("... kata Trump seperti dilaporkan" / "CNN, sambil ..."):
# the sentence goes on, whatever case the next line starts in
_DANGLING_END = re.compile(r"\s(?:dilaporkan|dikutip|dilansir|melansir|mengutip|menurut|oleh|kepada|bahwa|seperti|yang"
                           r"|dari|dengan|untuk|pada)$")


def split_lines(text: str) -> list[tuple[str, bool]]:
    """Non-empty lines, each with whether a blank line (or the end) follows.

    A line that breaks mid-sentence (no closing punctuation, the next line starts
    in lower case, or the whole text is hard-wrapped) is joined to the next one:
    hard-wrapped text reads as one paragraph.
    """
    raw = text.split("\n")
    out: list[tuple[str, bool]] = []
    i = 0
    n = len(raw)
    width = wrap_width(raw)
    wrapped = bool(width) or _broken_all_through(raw)
    while i < n:
        line = raw[i].replace("\u00a0", " ").strip()
        i += 1
        if not line:
            if out:
                out[-1] = (out[-1][0], True)
            continue
        parts, last = [line], line  # joined once at the end: a long wrapped paragraph stays linear
        long_enough = wrapped or _word_count(line) > 6
        while (
            i < n
            and raw[i].strip()
            and not _line_ends_there(last, width)
            and not last.endswith("|")  # a separator ends its field ("foto: japantimes.co.jp |" over the dateline)
            and (wrapped or raw[i].lstrip()[:1].islower() or _DANGLING_END.search(last) is not None)
            and long_enough
            and not _SLUG.match(raw[i])
            and not _USER_NAME.match(raw[i])
            and not _LOWER_DATELINE.match(raw[i])
            and not _DATE_LABEL.match(raw[i])
            and not _WIDGET_WORD.match(raw[i])
            and not _FOOTER_START.match(raw[i])  # "Jadilah yang pertama berkomentar ..." under a page broken all through
            and not (title_case(line) and not _at_full_width(line, width))
        ):
            last = raw[i].replace("\u00a0", " ").strip()
            parts.append(last)
            i += 1
        line = " ".join(parts)
        blank_after = i >= n or not raw[i].strip()
        text, caption = _glued_caption_apart(" ".join(line.split()))
        out.extend([(_mend_line(text), False), (caption, blank_after)] if caption else [(_mend_line(text), blank_after)])
    return out


# "... Taepodong-2. AP Photo/Ahn Young-joon": a wire photo's caption closed by its photographer, however long
_WIRE_PHOTO_CREDIT_END = re.compile(r"[.!?)]\s*[A-Z]{2,8}\s+(?:Photo|Foto|FOTO)\s*/\s*[A-Z][\w.'’ -]{2,40}\.?\s*$")
GLUED_CAPTION_WORDS = (6, 80)  # a photo's caption glued to a paragraph's last sentence: this many words, credit included
_CAPTION_GLUE = re.compile(r"(?<=[a-z])[.!?][”\"]?(?=[A-Z][a-z])")  # "tulis Kyodo News.Warga menonton ..."


def _glued_caption_apart(line: str) -> tuple[str, str | None]:
    """"... tulis Kyodo News.Warga menonton ... di Seoul, 29 Agustus 2017. ... AP Photo/Ahn Young-joon": a photo's
    caption, closed by its credit, glued on after the paragraph's last sentence with no space: (the text, the caption)."""
    if "/" not in line or (credit := _WIRE_PHOTO_CREDIT_END.search(line)) is None:
        return line, None
    glues = [m.end() for m in _CAPTION_GLUE.finditer(line, 0, credit.start())]
    if not glues or not GLUED_CAPTION_WORDS[0] <= _word_count(line[glues[-1]:]) <= GLUED_CAPTION_WORDS[1]:
        return line, None
    return line[:glues[-1]], line[glues[-1]:]


# "sejauh iniKantor Berita ...": a space lost between two words, the second capitalised
_GLUED_WORDS = re.compile(r"\b(?P<first>[a-z]{2,12})(?P<second>[A-Z][a-z]{2,14})\b")


# "Menteri Pertahanan ASLloyd Austin": a country in capitals glued to the name after it (glued to a title, "dengan
# ASMenteri Pertahanan ...", it is a teaser's end glued to the text's next sentence: _GLUED_SENTENCE splits it)
_GLUED_ACRONYM = re.compile(r"\b(" + "|".join(country_acronyms()) + r")(?=[A-Z][a-z]{2,})(?!(?:" + _TITLE_OPENING + r")\s)")


def _unglued_words(m: re.Match) -> str:
    """Two dictionary words apart again; a brand in camel case ("detikNews", "iPhone") stays."""
    first, second = m.group("first"), m.group("second")
    return f"{first} {second}" if is_word(first) and is_word(second.lower()) else m.group()


_DAGGER_CLOSE = re.compile(r"(?<=[\w.,!?)])†")


def _mend_line(line: str) -> str:
    """A dash lost to a code page, a space lost after a comma, a domain split at its dot,
    a copyright sign written as a circled c ("ⓒYONHAP News"); each repair looked for only
    when a character it needs is in the line."""
    if "ⓒ" in line:
        line = line.replace("ⓒ", "©")
    if "†" in line and "“" in line:  # "“... cukup pintar (smart),†ujar ...": a closing mark a code page turned into a dagger
        line = _DAGGER_CLOSE.sub("”", line)
    if "โ" in line or "â" in line or "Р" in line:
        line = _MOJIBAKE_DASH.sub(" – ", line)
    if "- " in line:
        line = _SPLIT_NAME.sub(r"\1-\2", line)
    line = _GLUED_COMMA.sub(", ", line)
    line = _GLUED_STOP.sub(". ", line)  # "ujarnya.Dalam pidatonya" (defined below, with the paragraphs' own use)
    line = _GLUED_STOP_LOWER.sub(r"\1. ", line)  # "Wamenlu A.M. Fachir.untuk pesawat ini": the name ends at its stop
    line = _GLUED_WORDS.sub(_unglued_words, line)
    line = _GLUED_ACRONYM.sub(r"\1 ", line)
    if ". co" in line or ". CO" in line:
        line = _SPLIT_DOMAIN.sub(r"\1.\2", line)
    return line.strip()


def _canon_org(name: str, lookup: Lookup) -> str:
    """The organisation's name as the gazetteer knows it, also after a medium's word
    ("NHK News" is NHK); else the name as written."""
    name = name.strip(" .,:;")
    words = name.split()
    bare = " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in MEDIA_WORDS else None
    for form in (name, name.title(), name.upper(), bare):
        if form and (hit := lookup(form)) and hit[1] == "organization":
            return hit[0]
    return name


def _add_via(cleaned: Cleaned, name: str, lookup: Lookup) -> None:
    name = _canon_org(name, lookup)
    if name and name.split()[0] in CALENDAR_NAMES:
        return  # "dilansir Jumat (20/8/2021)": the day it was cited, not whose report
    if name and name.split()[-1].lower() in ("photo", "photos", "foto"):
        return  # "(Sumber: AP Photo)" closing a caption: whose photo, not whose report
    if name and len(name.split()) > 1 and all(w.islower() for w in name.split()):
        return  # "Menurut pernyataan ke" where the page was cut: words in small letters, nobody's name
    if name and name not in cleaned.via and name != cleaned.outlet and name.lower() not in POSTING_SERVICES:
        cleaned.via.append(name)


def _is_place(name: str, lookup: Lookup) -> bool:
    if "/" in name:  # "SEOUL/WASHINGTON": a story filed from two cities, each a place
        return all(_is_place(part.strip(), lookup) for part in name.split("/"))
    hit = lookup(name) or lookup(name.title())
    return bool(hit and hit[1] in ("place", "country")) or _cut_place(name, lookup)


CUT_PLACE_LETTERS = 6  # a word this long, one letter short of a known place ("Washingto –"), is that place cut short


def _cut_place(name: str, lookup: Lookup) -> bool:
    """A known place's name with its last letter lost ("Washingto"): the page's typo, not an outlet."""
    if len(name) < CUT_PLACE_LETTERS or not name.isalpha() or not name[:1].isupper():
        return False
    return any((hit := lookup(name.title() + c)) is not None and hit[1] == "place" for c in "abcdefghijklmnopqrstuvwxyz")


_DISTRICT = re.compile(r"\bD\.?c\.?$")  # "Washington Dc": the district keeps its capitals


SHORT_CODE = 2  # letters: "AS", "RI" in a dateline are a country's initials, not "As", "Ri" ("ABU" is the town Abu)


def _city(name: str) -> str:
    if not name.isupper() or len(name) <= SHORT_CODE:
        return name
    return _DISTRICT.sub(lambda m: m.group().upper(), name.title())


def _agency_from_code(code: str, lookup: Lookup) -> str | None:
    """The agency a code names: its first part ("ANT/REUTERS"), else a later one after an
    editor's initials ("[hta/rmol]": hta wrote it for RMOL)."""
    for part in re.split(r"\s*/\s*", code):
        hit = lookup(part) or lookup(part.upper()) or lookup(part.title())
        if hit and hit[1] == "organization" and hit[2] == "media":
            return hit[0]
    return None  # "(WIL)", "(FJR)": an editor's initials, no agency the gazetteer knows


@dataclass
class Lede:
    """What a lede's opening says: where its prefix ends, the city, the outlet, agencies credited."""

    end: int
    dateline: str | None = None
    outlet: str | None = None
    via: tuple[str, ...] = ()
    date_text: str | None = None


def _places(text: str, lookup: Lookup) -> str | None:
    """"SEOUL dan LONDON" -> "Seoul dan London", "Tokyo/Seoul" as it is, when every part is a known place."""
    parts = re.split(r"(\s+(?:dan|and|&)\s+|\s*/\s*)", text)
    cities = parts[::2]
    if not all(_is_place(c, lookup) for c in cities):
        return None
    return "".join(_city(x) if k % 2 == 0 else "/" if x.strip() == "/" else f" {x.strip()} " for k, x in enumerate(parts))


def _agencies(outlet: str, lookup: Lookup) -> list[str] | None:
    """"REUTERS, BLOOMBERG": several agencies credited in the brackets."""
    names = [n.strip() for n in re.split(r"\s*[,/]\s*|\s+(?:dan|and)\s+", outlet) if n.strip()]
    return names if len(names) > 1 and all(_is_agency(n, lookup) or n.isupper() for n in names) else None


def _single_lede(single: str, unknown: bool, end: int, lookup: Lookup) -> Lede | None:
    """One name before the lede's dash: a place, a site, or a place then a site."""
    if unknown and (lookup(single) or lookup(single.title()) or single.lower() in MENU_WORDS
                    or single.title() in CALENDAR_NAMES or single in NOT_NAMES):
        return None  # "Pyongyang –", "Internasional –", "Senin –": a place, a section, a day
    if (places := _places(single, lookup)) is not None:
        return Lede(end, places)
    if (dc := _DC.fullmatch(single)) and _is_place(dc.group(1), lookup):
        return Lede(end, _city(dc.group(1)))  # "WASHINGTON DC -": the city, its district dropped
    head, _, last = single.rpartition(" ")
    if head and single.isupper() and _is_place(last.title(), lookup) and not _is_place(head.title(), lookup) \
            and not _generic_name(head):  # "PORTAL JOGJA -": the site's whole name, a word every site uses first
        return Lede(end, _city(last), head)  # "CARITAU TOKYO -": the site, then where
    hit = lookup(single)
    if hit is not None and hit[1] == "organization" and hit[2] == "international":
        return Lede(end, single)  # "PBB - ...": reported from the United Nations
    if hit is not None and hit[1] != "organization":
        return None  # "AS. Menteri..." names a country, not an outlet
    return Lede(end, None, single)


# "2 Rabi’ul Akhir 1437/12 Januari 2016": the Hijri day first, then the Gregorian one the story is dated by
_HIJRI_FIRST = re.compile(r"^.*?\b1[34]\d\d\s*/\s*(?=\d{1,2}\s+[A-Z])")


_AGENCY_THEN_SITE = re.compile(r"(?P<agency>[A-Za-z][\w.&-]{1,15})\s*/\s*(?P<site>[A-Z][\w.&’'-]*(?:\s[A-Z][\w.&’'-]*){0,3})")


def _its_own_address(name: str, bracket: str) -> bool:
    """A bracket that holds the name's own web address ("AIRSPACE REVIEW (airspace-review.com)"): the site, not a
    city and its outlet."""
    m = re.fullmatch(r"\s*(?:www\.)?([\w-]+)\.[a-z.]{2,8}\s*", bracket.lower())
    return m is not None and re.sub(r"[\W_]", "", m.group(1)) == re.sub(r"[\W_]", "", name.lower())


def _words_of_the_language(name: str) -> bool:
    """Two words or more, all in small letters and all words of the language ("salah satu"): no outlet's name."""
    words = name.split()
    return len(words) >= 2 and all(w.islower() and is_word(w) for w in words)


def _no_outlet_after_the_city(end: int, city: str, word: str) -> Lede | None:
    """"SEOUL, RABU —": the city and the day; "WASHINGTON, DC -": the city and its district; no outlet either way."""
    if word.title() in CALENDAR_NAMES:
        return Lede(end, _city(city), None, (), word)
    return Lede(end, _city(city)) if word.replace(".", "").upper() == "DC" else None


def _a_section_beside(outlet: str, city: str, end: int, lookup: Lookup) -> Lede | None:
    """A site's section named beside its name, no place: "WARTA BORNEO, Internasional –" (the site, then its
    section), "EDISI.CO, INTERNASIONAL-" (the section where the city would stand)."""
    if outlet.lower() in MENU_WORDS and not _is_place(city, lookup):
        return Lede(end, None, city)
    if city.lower() in MENU_WORDS and not _is_place(city, lookup) and not _is_place(outlet, lookup):
        return Lede(end, None, outlet)
    return None


def _lede_from_groups(g: dict, end: int, lookup: Lookup) -> Lede | None:
    if g.get("date"):
        g["date"] = _HIJRI_FIRST.sub("", g["date"])
    if g.get("city") and g["city"].title() in CALENDAR_NAMES:
        return None  # "Senin, 18 November 2019 - 08:44 WIB": a day, not where the story was filed
    if _words_of_the_language(g.get("outlet") or ""):
        return None  # "Kriteria (salah satu): akademisi, ...": a form's note in brackets, no outlet
    if g.get("city") and g.get("outlet") and _its_own_address(g["city"], g["outlet"]):
        return Lede(end, None, g["city"].strip())  # "AIRSPACE REVIEW (airspace-review.com) –": the site, its address
    if g.get("country"):
        hit = lookup(g["country"].title())
        known = hit is not None and hit[1] in ("country", "place") and _is_place(g["city"], lookup)
        return Lede(end, _city(g["city"])) if known else None
    if g.get("publisher"):
        if g.get("region") and not _is_place(g["region"], lookup):
            return None
        return Lede(end, _city(g["city"]), g["publisher"], (g["outlet"].strip(),))
    if g.get("known") is not None and not _is_place(g["city"], lookup):
        return None
    if g.get("single") is not None:
        return _single_lede(g["single"], g.get("unknown") is not None, end, lookup)
    if g.get("place") is not None:
        places = _places(g["place"], lookup)
        head, _, last = g["place"].partition(" ")
        if not places and (last.lower() in MEDIA_WORDS or (not last and _ends_in_media_word(head))) and lookup(head) is None:
            return Lede(end, None, g["place"])  # "Laros Media –", "KORDANEWS -Pemimpin": the site
        return Lede(end, places) if places else None
    if g.get("outlet") is None:
        # "Jakarta: ..." names a city; "China: ..." opens a headline, not a dateline
        hit = lookup(g["city"]) or lookup(g["city"].title())
        a_city = hit is not None and (hit[1] == "place" or hit[2] == "city-state")
        return Lede(end, _city(g["city"]), None, (), g.get("date")) if a_city else None
    outlet, city = g["outlet"].strip(), (g.get("city") or "").strip() or None
    if g.get("media") is not None and not _is_agency(outlet, lookup):
        return None  # glued to the text, only a name the gazetteer knows as an outlet is one
    if city and (section := _a_section_beside(outlet, city, end, lookup)) is not None:
        return section
    if city and (day_or_district := _no_outlet_after_the_city(end, city, outlet)) is not None:
        return day_or_district
    if city and dates.page_date(outlet) is not None:
        return Lede(end, _city(city), None, (), outlet)  # "Seoul, 7 Agustus 2019 -": filed where and when
    if city and not _is_place(city, lookup) and _is_place(outlet, lookup):
        outlet, city = city, outlet  # "DARA | KORUT -": the outlet first, then where
    if outlet.upper() in _BARE_TLD and city:
        return Lede(end, None, city)  # "POS KUPANG, COM -": a domain whose dot became a comma
    hit = lookup(outlet)
    if hit and hit[1] in ("country", "place") and city and _is_place(city, lookup):
        return Lede(end, _city(city))  # "Seoul, Korea Selatan –": the city and its country, no outlet
    if hit and hit[1] in ("person", "country", "place"):
        return None
    if g.get("region") and not _is_place(g["region"], lookup):
        return None
    if (agencies := _agencies(outlet, lookup)) is not None:
        return Lede(end, _city(city) if city else None, None, tuple(agencies), g.get("date"))
    if (relayed := _AGENCY_THEN_SITE.fullmatch(outlet)) and _is_agency(relayed.group("agency"), lookup):
        # "Tokyo, Jepang (Xinhua/Indonesia Window) –": the wire's story, the site that carries it
        return Lede(end, _city(city) if city else None, relayed.group("site"), (relayed.group("agency"),), g.get("date"))
    if "," in outlet or "/" in outlet:
        return None
    return Lede(end, _city(city) if city else None, outlet, (), g.get("date"))


def _match_lede(lede: str, lookup: Lookup) -> Lede | None:
    """The dateline, outlet and agencies when the paragraph opens with a dateline."""
    for form in _LEDE_FORMS:
        m = form.match(lede)
        if m and (found := _lede_from_groups(m.groupdict(), m.end(), lookup)) is not None:
            return found
    return None


_DOMAIN_NAME = re.compile(r"(?<![\w@/.-])([A-Z][A-Za-z0-9]{2,20}(?:\.(?:co\.id|com|id|net|tv|news)))(?![\w-])(?!\.\w)")
# the site naming itself in its own chrome: "Follow Berita Warta Timur di Google News",
# "Baca artikel Kabar Rakyat lainnya di aplikasi", "Buka situs Warta Timur lainnya", "wartaku Hadir di WhatsApp"
# a site's name in a case-blind pattern: capitalised, or a domain in lower case
_SITE_WORD = r"(?:(?-i:[A-Z])[\w.]{1,20}|[a-z][\w-]*\.(?:com|co\.id|id|net|tv|news))"
_SELF_NAMED = [
    re.compile(r"\b(?:berita|kanal|channel|artikel|update)\s+(" + _SITE_WORD + r")\s+(?:di|via|lewat)\s+(?:google news|whatsapp|telegram)",
               re.IGNORECASE),
    re.compile(r"\b(?:situs|artikel|berita|kanal)\s+((?:[A-Z][\w.]*|[a-z]+[A-Z]\w*)(?:\s[A-Z][\w.]*){0,2})\s+lainnya\b"),
    re.compile(r"^\s*([A-Za-z][\w.]{1,20}(?:\s[A-Z][\w.]*){0,2})\s+hadir\s+di\s+(?:whatsapp|google news|telegram)", re.IGNORECASE),
    re.compile(r"\b(?:(?:whatsapp|telegram)\s+channel|channel\s+(?:whatsapp|telegram))\s+(" + _SITE_WORD
               + r"(?:\s(?-i:[A-Z])[\w.]*)?)(?:\s+(?:untuk|di|agar)\b|\s*$)", re.IGNORECASE),  # "Gabung ke Channel WhatsApp KompasTV untuk ..."
    re.compile(r"(?:^|\s)(?i:logo)\s+((?:[A-Z][\w.]*|[a-z]+[A-Z]\w*|[a-z][\w-]*\.[a-z.]{2,6})(?:\s[A-Z][\w.]*){0,3})\s*$"),
    re.compile(r"\b(?i:about|go to|tentang)\s+([A-Z][\w.]{1,20}(?:\s[A-Z][\w.]*)?)\s*$"),
    re.compile(r"^\s*([A-Z][\w.]{2,20})\s+adalah\s+platform\s+blog\b"),  # "Kompasiana adalah platform blog. ..."
    # "Website Anadolu Agency Memuat Ringkasan Berita-Berita ...": the site's note on what it carries
    re.compile(r"^\s*(?i:website|situs|laman)\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})\s+(?i:memuat|menyajikan)\s+(?i:ringkasan|berita)"),
    re.compile(r"\b(?i:berita|artikel|info(?:rmasi)?)\s+(?:\w+\s+){0,3}dari\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})\s*\?"),
    # "nyalakan notifikasi untuk berita terbaru dari Okezone": the site's own push prompt
    re.compile(r"\bnotifikasi\s+(?:untuk\s+)?(?:berita|artikel|info)\s+(?:\w+\s+){0,2}dari\s+(" + _SITE_WORD + r")\s*$", re.IGNORECASE),
    # "Cara Menulis di kumparan": a site's menu inviting its readers to write for it
    re.compile(r"(?i:cara\s+menulis)\s+di\s+((?:[a-z][a-z0-9]{3,20}|[A-Z][a-z0-9]{2,20})(?:\.(?:com|co\.id|id))?)"
               r"(?=[A-Z]|\s*$|\s+[A-Z|•])"),
    # "Silakan baca konten menarik lainnya dari Warta.co di Google News"
    re.compile(r"\b(?:konten|berita|artikel)\s+(?:\w+\s+){0,2}lainnya\s+dari\s+(" + _SITE_WORD + r"(?:\s(?-i:[A-Z])[\w.]*)?)"
               r"\s+di\s+(?:google news|whatsapp|telegram)", re.IGNORECASE),
]
_CHROME_REASONS = ("promotion", "footer", "copyright", "page chrome", "source")
SYNDICATION_NOTE = "syndication note"
# "Artikel ini pernah tayang di Kontan dengan judul ...": a repost's note names the outlet that ran it first
_SYNDICATED_AT = re.compile(r"(?i:" + _RAN_BEFORE + r" di\s*:?\s+(?:situs\s+|laman\s+)?)"
                            r"(" + _NAME + r"|[a-z][\w-]*\.(?:com|co\.id|id|net))")  # ("...: zonajakarta.com")
# "... www.situs.com tidak bertanggung jawab atas ...": a disclaimer's site is the page's own
_DISCLAIMING = re.compile(r"(?:www\.)?(" + LOWER_DOMAIN + r")\s+tidak\s+bertanggung\s+jawab", re.IGNORECASE)
# "... di Jepang. (Yonhap/rmolsumsel.id)": a photo credited to an agency and to the site that ran it
_CAPTION_SITE_CREDIT = re.compile(r"/\s*(?:www\.)?(" + LOWER_DOMAIN + r")\s*\)\s*$")


def _outlet_named_in_text(paragraphs: list[str], removed: list[Removed], lookup: Lookup) -> str | None:
    """The site naming itself: in its chrome ("Baca artikel IDN Times lainnya di IDN App"),
    else by its domain in the text ("kepada Medcom.id", "dihimpun Katadata.co.id")."""
    for r in removed:
        if r.reason in _CHROME_REASONS:
            for pattern in (*_SELF_NAMED, _DISCLAIMING):
                if (m := pattern.search(r.text)) is not None and not _is_place(m.group(1), lookup):
                    return m.group(1)  # "Berita tentang Indonesia" names what the site covers
    counts: dict[str, int] = {}
    for text in paragraphs + [r.text for r in removed if r.reason in ("promotion", "footer", "copyright")]:
        for m in _DOMAIN_NAME.finditer(text):
            name = _with_brand_before(text, m, lookup)
            counts[name] = counts.get(name, 0) + 1
    if counts:
        return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
    credits = (_CAPTION_SITE_CREDIT.search(r.text) for r in removed if r.reason == CAPTION)
    notes = (_SYNDICATED_AT.search(r.text) for r in removed if r.reason == SYNDICATION_NOTE)
    return next((m.group(1) for m in (*credits, *notes) if m is not None), None) or _staff_photographer(removed, lookup)


_BRAND_BEFORE = re.compile(r"(?<![\w.-])([A-Z]{2,5})\s$")


def _with_brand_before(text: str, m: re.Match, lookup: Lookup) -> str:
    """"kepada CNN Indonesia.com": a domain named after a place is the second word of the site's
    name, an acronym in capitals before it the first."""
    brand = _BRAND_BEFORE.search(text, max(0, m.start() - 7), m.start())
    stem = m.group(1).split(".")[0]
    return f"{brand.group(1)} {m.group(1)}" if brand and _is_place(stem, lookup) and not _is_place(brand.group(1), lookup) \
        else m.group(1)


# "(Foto: Irfan Medianto/VOI)", "Foto: Ahmad Toriq/detikcom": the photographer, then the outlet they shoot for
_PHOTOGRAPHER_OF = re.compile(r"\b(?:Foto|FOTO|Photo)\s*:\s*[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3}\s*/\s*(?P<outlet>[A-Za-z][\w.]{1,20})"
                              r"\s*(?:[)|]|$)")


def _staff_photographer(removed: list[Removed], lookup: Lookup) -> str | None:
    """The outlet a caption credits its photographer to, when no other word names the page's
    outlet; not a wire agency or a body the gazetteer knows ("Evan Vucci/AP": the wire's photo)."""
    for r in removed:
        m = _PHOTOGRAPHER_OF.search(r.text) if r.reason == CAPTION else None
        if m is not None and lookup(m.group("outlet")) is None and not _NO_AGENCY_CREDIT.fullmatch(m.group("outlet")) \
                and m.group("outlet").lower() not in PHOTO_HOSTS:
            return m.group("outlet")
    return None


# the story's closing credit, at the end of its last paragraph: "... pulau kecil. (CNN)",
# "... tadi. (Writer Name – www.site.com)"
_CLOSING_CREDIT = re.compile(r"[.!?”\"]\s*\((?:[^()]{2,50}?\s[–—-]\s*)?"
                             r"(?:www\.)?(?P<name>[a-z][\w-]*\.(?:com|co\.id|id|net|tv|news)|[A-Z][\w.]{1,20}(?:\s[A-Z][\w.]{1,15})?)\)\s*$")


# "... menjangkau Jepang (uh/ab)/Associated Press/voaindonesia.com. []": editors, the wire, then the site
_SLASHED_SITE_END = re.compile(r"/\s*(?:www\.)?(" + LOWER_DOMAIN + r")\.?\s*(?:\[\s*\])?\s*$")


def _closing_credit(paragraphs: list[str], lookup: Lookup) -> str | None:
    """The outlet a story's last paragraph closes with: a site's domain, or a news agency or
    outlet the gazetteer knows (a writer's code, "(ant)", names none)."""
    if paragraphs and (site := _SLASHED_SITE_END.search(paragraphs[-1])) is not None:
        return site.group(1)
    if not paragraphs or (m := _CLOSING_CREDIT.search(paragraphs[-1])) is None:
        return None
    name = m.group("name")
    return name if name[0].islower() or _is_agency(name, lookup) else None


_CODE_ALONE = re.compile(r"^\s*\(\s*(?P<name>[A-Z][\w.]{1,20}(?:\s[A-Z][\w.]{1,15})?)\s*\)\s*$")


def _closing_code(p: _Page) -> str | None:
    """The outlet a story's last line credits alone, in brackets: "(Detik)" under a repost; or
    the code closing its last paragraph ("... presiden. [hta/rmol]": an editor of RMOL's)."""
    last = next((i for i in range(len(p.lines) - 1, -1, -1) if p.lines[i][0].strip()), None)
    m = _CODE_ALONE.match(p.lines[last][0]) if last is not None and p.drop.get(last) == "agency code" else None
    if m is not None and _is_agency(m.group("name"), p.lookup):
        return m.group("name")
    kept = p.kept()
    return p.closing_code[1] if p.closing_code and kept and p.closing_code[0] == kept[-1] else None


def _is_agency(name: str, lookup: Lookup) -> bool:
    hit = lookup(name) or lookup(name.upper()) or lookup(name.title())
    return bool(hit and hit[1] == "organization" and hit[2] == "media")


# "Seperti dilansir kantor berita AFP, Senin (21/8/2017), puluhan ribu ...", "Sebagaimana dilansir ...":
# the source cited, then the news
_CITED_OPENING = re.compile(r"^(?:(?:seperti|sebagaimana)\s+(?:yang\s+)?)?(?:dilansir|dikutip|diberitakan|dilaporkan|mengutip|melansir)\b[^,]{0,60},"
                            r"(?:\s*[A-Z][a-z]+,?\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*,)?\s*", re.IGNORECASE)


REPORTING_VERB_SET = frozenset(REPORTING_VERBS)


def _clause_goes_on(words: list[str], i: int) -> bool:
    """A comma that is no clause's end: inside a list ("Australia, Inggris, dan Amerika
    Serikat") or after a verb of saying ("mengatakan, Korea Selatan ...")."""
    if words[i].rstrip(",").lower() in REPORTING_VERB_SET:
        return True
    after = words[i + 1:i + 4]
    joins = ("dan", "serta", "atau")
    return bool(after) and (after[0] in joins or (after[0][:1].isupper() and any(w in joins for w in after)))


_LEDE_MARKS = "-–—•·* "  # "- Perdana Menteri ...", "• Trump dan ...": a list's or a lede's mark, no word of the title


LEDE_TITLE_WORDS = 16


_LEDE_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)\s+(?=[A-Z“\"])")  # not a middle initial: "Antony J. Blinken"


def _lede_title(paragraph: str) -> str:
    """A short title from the lede: its first clause, at most LEDE_TITLE_WORDS words, "…" after it
    when the sentence goes on."""
    sentence = _LEDE_SENTENCE_END.split(paragraph, maxsplit=1)[0].lstrip(_LEDE_MARKS)
    if (rest := _CITED_OPENING.sub("", sentence, count=1)) and rest != sentence:
        sentence = rest[:1].upper() + rest[1:]
    words = sentence.split()
    whole = len(words)
    # cut at the first clause boundary that leaves at least six words
    for i, w in enumerate(words):
        if i >= 6 and (w.endswith(",") or w in ("-", "–", "—")) and not (w.endswith(",") and _clause_goes_on(words, i)):
            words = words[: i + 1] if w.endswith(",") else words[:i]
            break
    words = words[:LEDE_TITLE_WORDS]
    while len(words) < whole and len(words) > 1 and words[-1].lower() in CUT_LINE_ENDS:
        words = words[:-1]  # "... di Washington untuk …": cut after a word that leads on, the cut shown before it
    # a sentence cut short says so ("Wakil Menteri Luar Negeri dari Korea Selatan …", not a person's title)
    return _closed(" ".join(words).rstrip(",.;: ")) + (" …" if len(words) < whole else "")


_CLOSING_OF = {"“": "”", '"': '"', "‘": "’", "'": "'"}


def _closed(title: str) -> str:
    """A title cut inside the quote it opens with ("\"Kami memiliki hubungan ... Kim Jong Un")
    gets its closing mark: a quote's words, not the outlet's, and no stray mark."""
    opening = title[:1]
    close = _CLOSING_OF.get(opening)
    if close is None:
        return title
    open_left = title.count(opening) % 2 if close == opening else title.count(opening) - title.count(close)
    return title + close if open_left > 0 else title


# --- the pipeline -------------------------------------------------------------


@dataclass
class _Page:
    """What the steps share: the page's lines, the lines dropped so far (index -> reason),
    the paragraphs once collected, and the result being built."""

    lines: list[tuple[str, bool]]
    lookup: Lookup
    c: Cleaned = field(default_factory=Cleaned)
    drop: dict[int, str] = field(default_factory=dict)
    paragraphs: list[str] = field(default_factory=list)
    # state of the line rules: inside a footer, after a bare teaser marker
    hard_footer: bool = False
    in_footer: bool = False
    teaser_title_next: bool = False
    video_title_next: bool = False  # a video's running time stood on the line before: its title
    closing_code: tuple[int, str] | None = None  # the last agency code cut off a line's end: (line, agency)
    _lines_above: list[int] | None = None  # lines of three words or more above each line (near_top)

    def line(self, i: int) -> str:
        return self.lines[i][0]

    def kept(self) -> list[int]:
        return [i for i in range(len(self.lines)) if i not in self.drop]

    def near_top(self, i: int, reach: int) -> bool:
        """Whether line i stands within `reach` lines of the top, the short lines of a menu
        above it (one or two words each: "Beranda", "Tiktok", "About Us") not counted."""
        if self._lines_above is None:
            self._lines_above = list(accumulate((_word_count(line) >= 3 for line, _b in self.lines), initial=0))
        return self._lines_above[i] < reach


# a Markdown image on a line of its own: "![alt text]( https://... )"
_MARKDOWN_IMAGE = re.compile(r"^\s*!\[(?P<alt>[^\]]{1,300})\]\s*\(\s*https?:[^)]*\)\s*$")


# a story's own markup left in the text: '<link type="page"><caption> budak seks ...</caption><url href="..."
# platform="highweb"/></link>' (an inline link: its words are the sentence's)
_MARKUP_TAG = re.compile(r"""<url\s[^<>]{0,400}/>|</?(?:link|caption|a|b|i|em|strong|span|p)(?:\s+[\w-]+="[^"<>]*")*\s*/?>""")


# a line that is a link to another page left as markup ('- <link type="page"><caption> ... </caption><url
# href="...">'): a related story's headline, never the text (a link inside a sentence keeps its words)
_PAGE_LINK = re.compile(r"^\s*(?:[-–•*]\s*)?<link\s+type=[\"']page[\"']", re.IGNORECASE)
_LINK_YEAR = re.compile(r"href=[\"'][^\"']*?/((?:19|20)\d\d)/[01]\d/")  # a dated address: ".../dunia/2016/06/..."


def _inline_markup(p: _Page) -> None:
    """A tag left in a line goes, its words stay (a link's address goes with its tag); a line
    that is only a link to another page is a related story's headline (a link list)."""
    for i, (line, blank) in enumerate(p.lines):
        if "<" in line and _MARKUP_TAG.search(line):
            if _PAGE_LINK.search(line):
                p.drop[i] = "link list"
                p.c.link_years += [int(y) for y in _LINK_YEAR.findall(line)]
            p.lines[i] = (re.sub(r"\s{2,}", " ", _MARKUP_TAG.sub(" ", line)).strip().replace(" ,", ","), blank)


# a page's photo labels (BBC Indonesia): "Image caption Korea Utara ..." opening a caption, "Hak atas
# foto Reuters" closing one or alone on its line
_PHOTO_LABEL_OPENING = re.compile(r"^\s*(?:image caption|keterangan gambar)\s+(?=\S)", re.IGNORECASE)
_PHOTO_RIGHTS = re.compile(r"(?:^|\s)hak atas foto\s+[\w./ -]{1,40}$", re.IGNORECASE)
_PHOTO_LABELS = ((_PHOTO_LABEL_OPENING, "page chrome"), (_PHOTO_RIGHTS, "photo credit"))


def _photo_labels(p: _Page) -> None:
    """The labels go, what they label stays: a caption keeps its words (a quote or a date in it
    is still read), a line that was only the label is gone (each kept in the removed lines)."""
    for i, (line, blank) in enumerate(p.lines):
        # a plain test first: searching every line for the credit cost 1% of extraction
        for label, reason in _PHOTO_LABELS if "atas foto" in line.lower() else _PHOTO_LABELS[:1]:
            if (m := label.search(line)) is not None:
                p.c.removed.append(Removed(m.group().strip(), reason))
                line = line[:m.start()] + line[m.end():]
        if line != p.lines[i][0]:
            p.lines[i] = (line.strip(), blank)


# "USGSLokasi pusat gempa ...": a photo's credit glued to its caption, the caption printed above it again
_CREDIT_GLUED = re.compile(r"^(?P<credit>[A-Z][A-Z./]{1,12})(?P<caption>[A-Z][a-z].{20,})$")


def _caption_twice(p: _Page) -> None:
    """A caption printed twice near the top, the second time with its credit glued before it:
    both are the photo's, never the headline nor the text."""
    for i in range(min(len(p.lines), _TOP)):
        m = _CREDIT_GLUED.match(p.line(i).strip())
        if m is None:
            continue
        for j in range(i):
            if p.line(j).strip() == m.group("caption").strip() and j not in p.drop:
                p.drop[j] = p.drop[i] = CAPTION


def _image_alt_text(p: _Page) -> None:
    """A Markdown image line stands for its alt text (a mirrored post's headline, or a caption)."""
    for i, (line, _blank) in enumerate(p.lines[:10]):
        if (m := _MARKDOWN_IMAGE.match(line)) is not None:
            p.lines[i] = (m.group("alt").strip(), True)


# "BACA JUGA: ... Sejak Akhir PD II'Ishiba, yang ...": a teaser's title glued to the text's next sentence
# (or after a country's initials, the sentence opening on a title: "... dengan ASMenteri Pertahanan ...")
_GLUED_SENTENCE = re.compile(r"(?:(?<=[a-z0-9])|(?<=\w['’\"”)?!]))(?=[A-Z][a-z]{2,}[\s,])"
                             r"|(?<=\b[A-Z]{2})(?=(?:" + _TITLE_OPENING + r")\s)")
GLUED_SENTENCE_WORDS = 8  # what follows the glue is a sentence of the text, not the title's own word
GLUED_PROSE_WORDS = 15  # so many words after a title are the text's, however the line ends (a hard-wrapped sentence)




def _subject_before_apposition(words: list[tuple[int, str]], i: int) -> int:
    """The subject an apposition ending at word i follows ("Sekretaris Moon," before "Yoon
    Young-chan,"): its name, and the title words before it."""
    k = i - 1
    while k > 0 and not words[k][1].endswith(","):
        k -= 1
    if k < 2 or i - k > 3 or words[k - 1][1] not in TITLE_WORDS:
        return i  # "... di Laut, Seluruh Awak Selamat Kihara, yang ...": Kihara is the subject
    while k > 1 and words[k - 1][1] in TITLE_WORDS:
        k -= 1
    return k


_A_NUMBER = re.compile(r"\d[\d.,]*%?")


def _sentence_after_title(line: str) -> int | None:
    """Where a sentence starts after a teaser's title in capitals ("... Seluruh Awak Selamat
    Takaichi, yang dikenal ..."): the capitalised word before the first lower-case word a
    title would not have."""
    words = [(w.start(), w.group()) for w in re.finditer(r"\S+", line)]
    j = next((k for k, (_at, w) in enumerate(words) if w[:1].islower() and w.strip(",.") not in HEADLINE_SMALL_WORDS), None)
    if j is None:
        return None
    i = j - 1
    while i > 0 and (words[i][1].strip(",.") in HEADLINE_SMALL_WORDS or _A_NUMBER.fullmatch(words[i][1])):
        i -= 1  # "... Garuda Shield 2022 Lebih dari 4.000 tentara": the sentence opens before its number
    if words[i][1].endswith(","):  # "... Denuklirisasi Sekretaris Moon, Yoon Young-chan, mengatakan": an apposition
        i = _subject_before_apposition(words, i)
    return words[i][0] if i >= 4 and words[i][1][:1].isupper() else None  # the marker and a title of three words before


def _sentence_after_plain_title(line: str) -> int | None:
    """Where a sentence starts after a teaser's title in small letters ("Baca Juga: Korea Utara
    tembakkan lagi rudal, Trump anggap enteng Seperti yang diketahui, ..."): a word of the
    language capitalised right after a word with no stop, past the marker and three words."""
    words = [(w.start(), w.group()) for w in re.finditer(r"\S+", line)]
    plain = False  # a word in small letters a headline would capitalise seen: the title is in sentence case
    for k in range(2, len(words)):
        (_at, before), (at, word) = words[k - 1], words[k]
        plain = plain or (before[:1].islower() and before not in HEADLINE_SMALL_WORDS)
        if k < 5 or not (plain and before[-1:].isalnum() and word[:1].isupper() and word[1:].islower()):
            continue
        verb = words[k + 1][1] if k + 1 < len(words) else ""
        if is_word(word) or (_PROSE_VERB.fullmatch(verb) and is_word(verb)):
            return at  # ("... militer Korsel-AS Laporan bocor ...", "... Korsel-AS Pyongyang menggambarkan ...")
    return None


# a verb with its prefix, as prose writes it (a headline drops it: "Korut tembakkan rudal")
_PROSE_VERB = re.compile(r"me(?:m|n|ng|ny)?[a-z]{3,}")


# "... tutur Sanders.Baca: KTT AS-Korut Kedua ...": a teaser glued after a sentence of the text
_TEASER_AFTER_SENTENCE = re.compile(r"(?<=[a-z0-9)][.!?]|[.!?][”\"])\s*(?=" + _READ_ALSO + r"\s*[A-Z0-9“\"])")  # "...(ICBM).Baca juga:"


def _teasers_after_a_sentence(p: _Page) -> None:
    """A teaser that follows a sentence on its line starts a line of its own (the rules
    for teasers read them at a line's start)."""
    out: list[tuple[str, bool]] = []
    for line, blank in p.lines:
        cuts = [m.end() for m in _TEASER_AFTER_SENTENCE.finditer(line)]
        for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True):
            out.append((line[a:b].rstrip() if b < len(line) else line[a:], blank if b == len(line) else False))
    p.lines = out


def _teasers_glued_to_text(p: _Page) -> None:
    """A teaser line whose title runs into a sentence of the text is two lines: the teaser
    goes, the sentence stays."""
    out: list[tuple[str, bool]] = []
    for k, (line, blank) in enumerate(p.lines):
        at: int | None = None
        if _TEASER.match(line):
            m = _GLUED_SENTENCE.search(line)
            at = m.start() if m is not None else _sentence_after_title(line) or _sentence_after_plain_title(line)
        rest = line[at:].rstrip() if at is not None else ""
        goes_on = not blank and k + 1 < len(p.lines) and p.lines[k + 1][0][:1].islower()  # a hard-wrapped sentence
        ends = rest[-1:] in (".", "!", "?", "”", '"') or goes_on or _word_count(rest) >= GLUED_PROSE_WORDS
        if ends and _word_count(rest) >= GLUED_SENTENCE_WORDS and not _headline_case(rest):  # "... Kutukan Dekade ke-8
            out += [(line[:at].rstrip(), False), (line[at:], blank)]                        # Israel, ...": the title's own
        else:
            out.append((line, blank))
    p.lines = out


_LIST_MARK = "[•●▪◦·]"
_BULLET = re.compile(r"^\s*" + _LIST_MARK + r"\s+\S")  # a bulleted line
_BULLET_MARK = re.compile(r"^\s*" + _LIST_MARK + r"\s*")  # the mark itself, to take off


def _bullet_on_the_first_line(p: _Page) -> None:
    """"• Korut Tembak Rudal ..." alone on the page's first line, set off by a blank line:
    the headline with a list's mark the copy kept, not a list of links."""
    if p.lines and p.lines[0][1] and _BULLET.match(p.lines[0][0]) and not (len(p.lines) > 1 and _BULLET.match(p.lines[1][0])):
        p.lines[0] = (_BULLET_MARK.sub("", p.lines[0][0]), True)


ENGLISH_SHARE = 0.2  # of a line's words: English prose has one function word in five or more
ENGLISH_WORDS = 8  # a line this long at least: a short English label proves nothing


def _english_prose(line: str) -> bool:
    words = re.findall(r"[a-z']+", line.lower())
    return len(words) >= ENGLISH_WORDS and sum(w in ENGLISH_FUNCTION_WORDS for w in words) >= ENGLISH_SHARE * len(words)


def _banner_line(line: str) -> bool:
    return _english_prose(line) or bool(_BULLET.match(line) and _URL.search(line))


def _banners_on_top(p: _Page) -> None:
    """An Indonesian page that opens with English prose or bulleted links ("• Silahkan bergabung
    ... https://t.me/...", "• Welcome to the ... forum! This is a forum where ...", "If you're a
    pro-gamer ..."): a forum's banners over the post it reposts, never its headline nor its text."""
    kept = p.kept()[:_TOP]
    run = next((n for n, i in enumerate(kept) if not _banner_line(p.line(i))), len(kept))
    if 0 < run < len(kept):
        for i in kept[:run]:
            p.drop[i] = "page chrome"


def _link_lists(p: _Page) -> None:
    """Two or more bulleted lines near the top with no sentence among them ("Breaking News"
    tickers, related links) are a list of links, not the article's summary."""
    top = min(len(p.lines), 25)
    i = 0
    while i < top:
        j = i
        while j < top and _BULLET.match(p.line(j)):
            j += 1
        if j - i >= 2 and not any(p.line(k).rstrip()[-1:] in ".!?" and _word_count(p.line(k)) > 12 for k in range(i, j)):
            for k in range(i, j):
                if p.drop.get(k) != "summary":  # a summary's points stay the summary's
                    p.drop[k] = "link list"
        i = max(j, i + 1)


RELATED_HEADLINES = 2  # headlines right over the footer's first label, after the story: a list of links


def _headlines_over_the_footer(p: _Page) -> None:
    """Other stories' headlines listed after the story's last sentence, right over the footer's
    first label ("... /voaindonesia.com." / "Ancaman Baru Korea Utara ..." / ... / "Berita terkait"):
    links, not the story's last paragraphs (their names are not the story's)."""
    firsts = [i for i, why in p.drop.items() if why == "footer" and p.drop.get(i - 1) != "footer"]
    for first in firsts:
        run = []
        j = first - 1
        while j >= 0 and j not in p.drop and _is_headline(p.line(j)) and _headline_case(p.line(j)):
            run.append(j)
            j -= 1
        if len(run) >= RELATED_HEADLINES and j >= 0 and _word_count(p.line(j)) >= PARAGRAPH_WORDS:  # the story's last
            for k in run:
                p.drop[k] = "link list"


_DASH_ITEM = re.compile(r"^\s*[-–]\s+[A-Z0-9“\"']")


def _teasers_above_their_marker(p: _Page) -> None:
    """Headlines listed with dashes right above a bare "Baca Juga" that labels them from
    below ("- Timnas Tumbang 0-4 ..." / "- ..." / "Baca Juga"): teasers, not the story."""
    for i in [k for k, why in p.drop.items() if why == "teaser" and _TEASER_MARKER_ONLY.match(p.line(k))]:
        j = i - 1
        while j >= 0 and j not in p.drop and _DASH_ITEM.match(p.line(j)) and _word_count(p.line(j)) <= 20 \
                and p.line(j).rstrip()[-1:] not in ".!":
            p.drop[j] = "teaser"
            j -= 1


def _dash_headline_runs(p: _Page) -> None:
    """Headlines in a row, each after a dash, most of them (two at least) in title case and
    none ending a sentence, with no label (a list cut off at the page's end): teasers too."""
    kept = [k for k in p.kept() if _DASH_ITEM.match(p.line(k))]
    runs: list[list[int]] = []
    for k in kept:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        lines = [p.line(k).lstrip(" -–") for k in run]
        cased = sum(map(_headline_case, lines))
        if _list_the_text_opens(p, run[0]):
            continue  # "Pelaut yang meninggal adalah:" then each sailor: the story's own list
        if cased >= 2 and 2 * cased >= len(lines) and not any(x.rstrip()[-1:] in ".!" for x in lines):
            for k in run:
                p.drop[k] = "teaser"


LIST_OPENER_WORDS = 4  # a sentence of the text this long ending in a colon opens a list of its own


def _list_the_text_opens(p: _Page, first: int) -> bool:
    """Whether the line above a run of dashed items is a sentence of the text that ends in a
    colon and introduces them ("Pelaut yang meninggal adalah:"), not a teaser's label."""
    above = [k for k in p.kept() if k < first]
    line = p.line(above[-1]).strip() if above else ""
    return line.endswith(":") and _word_count(line) >= LIST_OPENER_WORDS and not _TEASER.match(line)


def _headline_case(line: str) -> bool:
    """Title case but for the small words a headline leaves in lower case ("Pengelolaan
    Perbatasan RI-PNG Jadi Sorotan Utama di Sidang ke 38 JBC")."""
    return title_case(" ".join(w for w in line.split() if w not in HEADLINE_SMALL_WORDS)) or title_case(line)


LONG_PARAGRAPH_WORDS = 20  # a line this long is a paragraph, whether or not its last stop is printed
TEASER_NAMED = 2  # names the gazetteer knows in a headline between paragraphs, half of them new to the story
TEASER_LINES_CHECKED = 20  # such headlines checked on one page at most
_NAME_RUN = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*")


_BRACKET_DAY = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)")  # "pada Rabu (26/1/2021)": a sentence's day, no headline's


def _unlabelled_teasers(p: _Page) -> None:
    """Another story's headline standing alone between two paragraphs of the text, with no
    label ("Turki Dukung Aksesi Swedia dan Finlandia ke dalam NATO, Begini Reaksi AS"): in title
    case, no closing stop, and half or more of the names in it found nowhere else in the text
    (a subheading names what the story is about)."""
    kept = p.kept()
    text: str | None = None  # the kept text, joined once, when a line first asks
    checked = 0
    for pos in range(3, len(kept)):
        line = p.line(kept[pos]).strip()
        after = p.line(kept[pos + 1]).rstrip() if pos + 1 < len(kept) else "."
        if _word_count(line) < 6 or line[-1:] in _TERMINAL or not _headline_case(line) or _BRACKET_DAY.search(line) \
                or p.line(kept[pos - 1]).rstrip()[-1:] not in _TERMINAL \
                or (after[-1:] not in _TERMINAL and _word_count(after) < LONG_PARAGRAPH_WORDS):
            continue  # (a long paragraph after it may have lost its stop: "..., Minggu, 9 Oktober 2016")
        names = _names_in(line, p.lookup)
        if len(names) < TEASER_NAMED:
            continue
        checked += 1
        if checked > TEASER_LINES_CHECKED:
            break  # a page of such lines is no story with a teaser in it: each check reads the whole text
        text = text if text is not None else "\n".join(p.line(k) for k in kept)
        if 2 * sum(text.count(n) <= line.count(n) for n in names) >= len(names):  # named nowhere else
            p.drop[kept[pos]] = "teaser"


HEADLINE_RUN = 2  # headlines in a row between paragraphs that make a list of other stories
HEADLINE_RUN_WORDS = 5  # words of each: a subheading is shorter, and stands alone


def _headline_runs(p: _Page) -> None:
    """Other stories' headlines listed in a row between two paragraphs of the text, with no
    label ("Puluhan Pembelot Korea Utara ... Menghilang" / "Koalisi Partai PM Jepang ..." /
    "Kekalahan Indonesia dari China 2-1 ..."): two or more, each in headline case, long, no
    closing stop, no quote mark, after a sentence of the text."""
    kept = p.kept()
    run: list[int] = []
    for pos in range(2, len(kept) + 1):
        line = p.line(kept[pos]).strip() if pos < len(kept) else ""
        if line and _word_count(line) >= HEADLINE_RUN_WORDS and line[-1:] not in _TERMINAL and _headline_case(line) \
                and not re.search(r"[“”\"]", line) and (run or p.line(kept[pos - 1]).rstrip()[-1:] in _TERMINAL):
            run.append(kept[pos])
            continue
        if len(run) >= HEADLINE_RUN and not _list_the_text_opens(p, run[0]):
            for k in run:
                p.drop[k] = "teaser"
        run = []


def _names_in(line: str, lookup: Lookup) -> list[str]:
    """The words of a line the gazetteer knows (a run of capitalised words, or its words one by one)."""
    out = []
    for m in _NAME_RUN.finditer(line):
        run = m.group().rstrip(".")
        out += [run] if lookup(run) else [w for w in run.split() if lookup(w)]
    return out


_CUT_SUMMARY = re.compile(r"(?:\.\.\.|…)\s*$")
TEASER_PAIRS = 2  # headline-and-cut-summary pairs in a row that make a list of other stories


def _headline_summary_pairs(p: _Page) -> None:
    """Other stories listed as a headline, then a summary cut off with "...", two or more in
    a row (a "Berita Terkini" block above the story, a related list below it): teasers."""
    kept = [i for i in range(len(p.lines)) if p.drop.get(i) in (None, "teaser")]
    runs: list[list[int]] = []  # positions in `kept` of each pair's headline, pairs in a row
    for pos in range(len(kept) - 1):
        head, summary = p.line(kept[pos]), p.line(kept[pos + 1])
        if not (_CUT_SUMMARY.search(summary) and _word_count(summary) >= 8 and _is_headline(head)
                and not _CUT_SUMMARY.search(head)):
            continue
        if runs and runs[-1][-1] == pos - 2:
            runs[-1].append(pos)
        else:
            runs.append([pos])
    for run in runs:
        if len(run) >= TEASER_PAIRS:
            for pos in run:
                a, b = kept[pos], kept[pos + 1]
                p.drop[a] = p.drop[b] = "teaser"


# "INTERNASIONAL AS Batalkan Latihan ... 19 Jun 2018 10:46": a section, the headline and its time on one line
_SECTION_TITLE_STAMP = re.compile(
    r"^\s*(?P<section>[A-Z]{4,}(?:\s[A-Z]{4,})?)\s+(?P<title>[A-Z].{15,}?)\s+"
    r"(?P<stamp>\d{1,2}\s+[A-Za-z]{3,9}\.?\s+(?:19|20)\d\d(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*WIB)?)?)\s*$")


def _section_title_stamp(p: _Page) -> None:
    for i in p.kept()[:8]:
        m = _SECTION_TITLE_STAMP.match(p.line(i))
        if m and m.group("section").lower() in MENU_WORDS and dates.page_date(m.group("stamp")):
            p.lines[i] = (m.group("title"), True)
            p.c.timestamp = p.c.timestamp or m.group("stamp")
            p.c.removed += [Removed(m.group("section"), "page chrome"), Removed(m.group("stamp"), "timestamp")]
            return


# a ticker row of market indicators: index names, values and their changes, nothing else
_TICKER_CHANGE = re.compile(r"^\(?(?:[+\-−▲▼△▽]\s*)\d[\d.,]*\s*%?\)?$|^\(?[+\-−]?\d[\d.,]*%\)?$|^[▲▼△▽]$")
_TICKER_VALUE = re.compile(r"^\d[\d.,]*$")
_CURRENCY_PAIR = re.compile(r"^[A-Z]{3}/[A-Z]{3}$")  # USD/IDR
TICKER_REACH = 25  # lines from the top where a ticker may stand


def _ticker_tokens(line: str) -> tuple[int, int] | None:
    """(changes, names) of a line made only of a ticker's tokens, else None."""
    changes = names = 0
    for tok in line.split():
        if _TICKER_CHANGE.match(tok):
            changes += 1
        elif tok.lower() in MARKET_INDICES or _CURRENCY_PAIR.match(tok):
            names += 1
        elif not _TICKER_VALUE.match(tok):
            return None
    return changes, names


def _tickers(p: _Page) -> None:
    """"IHSG 7.245,12 +0,45%  LQ45 985,30 -0,20%" on one line, or one value a line: a run of
    lines made only of index names, values and changes, with a name and a change among
    them, is the site's market ticker (never the headline, never the outlet)."""
    top = min(len(p.lines), TICKER_REACH)
    i = 0
    while i < top:
        run, changes, names = [], 0, 0
        while i < top and (got := _ticker_tokens(p.line(i))) is not None and p.line(i).strip():
            run.append(i)
            changes, names = changes + got[0], names + got[1]
            i += 1
        if run and changes and names:
            for j in run:
                p.drop[j] = "ticker"
        i += 1 if not run else 0
    for j in range(top):
        if j not in p.drop and _headlines_run_together(p.line(j)):
            p.drop[j] = "ticker"


TICKER_HEADLINE_WORDS = 25  # a line of headlines run together is this long at least
TICKER_CAPITALISED = 0.6  # and this share of its words (small words aside) in capitals
TICKER_VERBS = 3  # and this many verbs in capitals ("Tetapkan", "Dicopot", "Umumkan"): headlines', not a caption's names
_TITLED_VERB = re.compile(r"(?:[A-Z][a-z]{2,}kan|Di[a-z]{3,}|(?:Mem|Men|Meng|Meny|Ber|Ter)[a-z]{3,})")


def _headlines_run_together(line: str) -> bool:
    """"Kejagung Tetapkan Nadiem Makarim Tersangka ... Gempa Dahsyat di Afghanistan Tewaskan ... Taylor Swift dan
    Travis Kelce Umumkan Tunangan ...": a news ticker's headlines on one line, title case throughout, no full stop
    closing it (a lede in sentence case capitalises its names only)."""
    words = [w for w in line.split() if w[:1].isalpha() and w.lower() not in CUT_LINE_ENDS]
    if len(line.split()) < TICKER_HEADLINE_WORDS or line.rstrip()[-1:] in ".!\"”)" \
            or sum(w[0].isupper() for w in words) < TICKER_CAPITALISED * len(words):
        return False
    return sum(bool(_TITLED_VERB.fullmatch(w.strip(",?!"))) for w in words) >= TICKER_VERBS  # (a caption's capitals are names)


# a menu line: three or more section names, bare or set apart by | › » / · • >
_MENU_MARK = re.compile(r"[|›»/·•>]")
_MENU_SEPARATOR = re.compile(r"\s*" + _MENU_MARK.pattern + r"\s*")
MENU_REACH = 12  # lines from the top where a menu with other section names may stand
MENU_PIECES = 5  # short pieces set apart near the top that make a menu by their number alone


def _brand_and_sections(words: list[str], named: int) -> bool:
    """"Kompas TV internasional kompas dunia": a site's name, then its sections and its name
    again in lower case (a tag line); a headline's lower-case words are never all these."""
    brand = {w.lower() for w in words if w[:1].isupper()}
    lower = [w for w in words if w[:1].islower()]
    return named >= 2 and any(w in brand for w in lower) and all(w in MENU_WORDS or w in brand for w in lower)


def _rule_menu_line(p: _Page, i: int, line: str) -> str | None:
    """"Beranda Nasional Internasional Ekonomi", "Home | News | Internasional | Asia": a site's
    sections, never its headline: every one a menu word, or near the top, set apart by
    separators, half of them."""
    if not _MENU_MARK.search(line):  # bare words: a menu when every one is a section's name
        words = line.split()
        if any(w[-1:] in _TERMINAL for w in words):
            return None
        named = sum(w.lower() in MENU_WORDS for w in words)
        if len(words) >= 3 and named == len(words) or i < MENU_REACH and _brand_and_sections(words, named):
            return "page chrome"
        # near the top, sections and regions in capitals: "News Bola Daerah Sulawesi Jabar Bali ..."
        regional = i < MENU_REACH and len(words) >= 8 and named >= 2 and all(w[:1].isupper() for w in words)
        return "page chrome" if regional else None
    pieces = [x for x in _MENU_SEPARATOR.split(line.strip()) if x]
    if len(pieces) < 3 or any(_word_count(x) > 3 or x[-1:] in _TERMINAL for x in pieces):
        return None
    named = sum(x.lower() in MENU_WORDS or x.split()[-1].lower() in MENU_WORDS for x in pieces)  # "Kendari home"
    at_an_end = i < MENU_REACH or i == len(p.lines) - 1  # near the top, or the page's last line (its footer's menu)
    # five or more short pieces near the top are a menu, whatever its sections are called
    if named == len(pieces) or (at_an_end and (2 * named >= len(pieces) or len(pieces) >= MENU_PIECES)):
        return "page chrome"
    return None


TAG_LIST_PIECES = 4  # short pieces set apart by commas that make a list of a story's tags
TAG_WORDS = 4  # words of a tag at most ("berita riau terbaru", "id Berita hari ini")


def _rule_tag_list(p: _Page, i: int, line: str) -> str | None:
    """"Artikel,China,Dunia,f-15,jepang,okinawa,radar lock,": a story's tags near the top, most
    in lower case ("Trump, Abe, Moon, Xi Bahas Korut" is a headline: its names are capitalised)."""
    pieces = [x.strip() for x in line.split(",") if x.strip()]
    if i >= MENU_REACH or len(pieces) < TAG_LIST_PIECES or any(_word_count(x) > TAG_WORDS or x[-1:] in _TERMINAL for x in pieces):
        return None
    return "page chrome" if 2 * sum(x[:1].islower() for x in pieces) >= len(pieces) else None


# a site's language switch ("English | Bhs. Indonesia"), a widget's data credit ("* Source Yahoo.Finance")
_LANGUAGE = r"(?:" + alternation(LANGUAGE_NAMES, ignore_case=True) + r")"
# (a translation widget glues its names: "IndonesianArabicEnglishRussian...")
_LANGUAGE_SWITCH = re.compile(r"^\s*" + _LANGUAGE + r"(?:(?:\s*[|/·•]\s*)?" + _LANGUAGE + r")+\s*$", re.IGNORECASE)
_WIDGET_SOURCE = re.compile(r"^\s*\*\s*(?i:source|sumber)\s*:?\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}\s*$")


HEADER_BAR_LINES = 2  # lines under a date that may hold the site's language switch, its header bar


def _over_language_switch(p: _Page, i: int) -> bool:
    """"Jumat, 01/03/2024 - 14:17 WIB" over "IndonesianArabicEnglish...": a date in the site's
    header bar, above its language switch, where no story's own date line stands."""
    return any(_LANGUAGE_SWITCH.match(p.line(j)) for j in range(i + 1, min(len(p.lines), i + 1 + HEADER_BAR_LINES)))


def _only_chrome(lines: list[str]) -> bool:
    return all(_PROMO.match(x) or _BUTTON.match(x) or _SKIP_MENU.match(x) or _SMALL_CHROME.match(x) or _READING_TIME.match(x)
               or _LANGUAGE_SWITCH.match(x) or _WIDGET_SOURCE.match(x) for x in lines)


PROSE_WORDS = 12  # a line this long after a date line is the text itself, not a headline


def _dek_then_prose(p: _Page, i: int) -> bool:
    """A short sentence (a dek: "Kedua negara telah berselisih ... berbulan-bulan.") under
    line i, then the text's own: the text, not a headline, stands under line i."""
    return i + 1 < len(p.lines) and p.line(i + 1).rstrip().endswith(".") and _prose_follows(p, i + 1)


def _prose_follows(p: _Page, i: int) -> bool:
    """Whether the line after line i is the text's own (a long sentence), not a headline."""
    return i + 1 < len(p.lines) and _word_count(p.line(i + 1)) >= PROSE_WORDS


_ONE_LABEL = re.compile(r"^\s*[A-Z][\w'’]+\s+(?=\S)")


def _labelled_date(line: str) -> date | None:
    """"Japans September 15, 2017": one word of a site's label, then the page's date (on the
    page's first line; lower, "Devi 10 Apr 2023" is a writer and the story's time)."""
    m = _ONE_LABEL.match(line)
    return dates.page_date(line[m.end():]) if m and _word_count(line) <= 6 else None


def _page_widgets(p: _Page) -> None:
    """Weather and date widgets above the headline: temperature, city, the page's date."""
    top = min(len(p.lines), 8)
    temperature_rows = [i for i in range(top) if _TEMPERATURE.match(p.line(i))]
    widget_rows = list(temperature_rows)
    for i in range(top):
        line = p.line(i)
        if i in temperature_rows or _word_count(line) > 8 \
                or (d := dates.page_date(line) or (_labelled_date(line) if i == 0 else None)) is None:
            continue
        widget_rows.append(i)
        # An English date, one inside a weather widget, or a bare date as the page's very
        # first line (a site's date widget: the day the page was read) is the page's own
        # header (page_date, never the story's date). A date line under the headline, or
        # one with its time of day, is the story's timestamp.
        widget = not _CLOCK.search(line) and _only_chrome([p.line(j) for j in range(i)])
        if _over_language_switch(p, i):
            continue  # the site's header bar: the day (and time) the page was read, never the story's
        english_header = dates.is_english(line) and not (_CLOCK.search(line) and i > 0)  # with its time: the story's
        if widget or english_header or any(abs(i - t) <= 2 for t in temperature_rows):
            if p.c.page_date is None:
                p.c.page_date = d
                p.c.page_date_over_text = not temperature_rows and (_prose_follows(p, i) or _dek_then_prose(p, i))
                p.c.page_date_alone = not temperature_rows
        else:
            p.c.timestamp = p.c.timestamp or line
    if not widget_rows:
        return
    # short place-like lines between widget rows are part of the widget
    for i in range(max(widget_rows) + 1):
        if i not in widget_rows and _word_count(p.line(i)) <= 3 and p.line(i)[-1:] not in _TERMINAL:
            widget_rows.append(i)
            if (site := _SITE_LABEL.match(p.line(i))) is not None:  # "Reporter" / "Tempo.co" over the stamp
                p.c.byline_outlet = p.c.byline_outlet or site.group("site")
            _wire_header_line(p, p.line(i))
    for i in sorted(widget_rows):
        reason = "page date" if dates.page_date(p.line(i)) else "page widget"
        p.drop[i] = "timestamp" if p.c.timestamp == p.line(i) else reason


# "Washington, AS ●" over a wire story's date line: where it was filed, its country after it
_PLACE_HEADER = re.compile(r"^\s*(?P<city>[A-Z][\w.'’ -]{1,30}?)\s*,\s*[A-Z][\w.'’ -]{1,30}?\s*[●•|]?\s*$")


def _wire_header_line(p: _Page, line: str) -> None:
    """A wire story's header over its date line ("Kyodo News" / "Washington, AS ●" / "Sabtu, 1 Mei 2021"): the
    agency credited as the story's source, the city its dateline."""
    name = line.strip(" ●•|")
    if _is_agency(name, p.lookup):
        p.c.source_outlet = p.c.source_outlet or _canon_org(name, p.lookup)
    elif (m := _PLACE_HEADER.match(line)) and _is_place(m.group("city"), p.lookup) and p.c.dateline is None:
        p.c.dateline = _city(m.group("city"))


# Line rules: each takes (page, line index, line) and returns the reason to drop the
# line, or None. The first rule that answers wins; rules may record what the line says
# (an outlet, an agency, a URL) on the way.

_RUNNING_TIME = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?\s*")  # "02:00" alone: an embedded video's length
RUNNING_TIME_BELOW = 4  # lines of text above it: a time alone near the top is the page's clock or stamp


def _rule_video_running_time(p: _Page, i: int, line: str) -> str | None:
    """A video's running time alone on its line inside the text ("02:00"), its title under it
    ("Mengapa Tokyo Mendekati Afrika"): an embedded video's card, not the story."""
    if p.near_top(i, RUNNING_TIME_BELOW) or not _RUNNING_TIME.fullmatch(line):
        return None
    p.video_title_next = True
    return "teaser"


_BARE_SOURCE_LABEL = re.compile(r"\s*(?i:sumber|source)\s*:?\s*")
_DASH_NAME = re.compile(r"^\s*[-–—]\s*(?P<name>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})\s*$")


def _rule_dash_agency(p: _Page, i: int, line: str) -> str | None:
    """"- Reuters" alone under the headline: an agency's name after a dash, a credit (not a photo
    credit: the headline above it is no caption)."""
    m = _DASH_NAME.match(line)
    if m is None or not _is_agency(m.group("name"), p.lookup):
        return None
    _add_via(p.c, m.group("name"), p.lookup)  # "Sumber :" / "- Reuters": the wire it came from, said as Via
    if i > 0 and _BARE_SOURCE_LABEL.fullmatch(p.line(i - 1)):
        p.drop[i - 1] = "credit"  # the label above it, nothing after it but the name on this line
    return "agency code"


# "Sumber AFP,KCNA" under a byline: the agencies the story came from, its label's colon lost
_SOURCE_SEPARATOR = r"\s*(?:,|/|&|\s(?i:dan|and)\s)\s*"  # "AFP,KCNA", "Antara/Anadolu", "Reuters dan AP"
_SOURCES_LINE = re.compile(r"^\s*(?i:sumber|source)\s*:?\s*(?P<names>[A-Z][\w.&'-]*(?:\s[A-Z][\w.&'-]*){0,2}"
                           r"(?:" + _SOURCE_SEPARATOR + r"[A-Z][\w.&'-]*(?:\s[A-Z][\w.&'-]*){0,2})+)\s*$")


# "(menurut Reuters, Yonhap)" after a writer's name closing the text: the wires the story was written from
_SIGNED_SOURCES = re.compile(r"\((?i:menurut|sumber|via|dari)\s*:?\s*(?P<names>[^()]{2,60})\)")
_SOURCES_APART = re.compile(_SOURCE_SEPARATOR)


def _rule_sources_line(p: _Page, _i: int, line: str) -> str | None:
    """Several sources after a label ("Sumber AFP,KCNA", "sumber : Antara/Anadolu"), one a news agency:
    credits, said as Via (not a dateline's city and outlet, nor a photo's credit)."""
    m = _SOURCES_LINE.match(line)
    names = _SOURCES_APART.split(m.group("names")) if m else []
    if not any(_is_agency(name, p.lookup) for name in names):
        return None
    for name in names:
        _add_via(p.c, name, p.lookup)
    return "credit"


AGENCY_ALONE_TOP = 3  # lines of text above it at most: a wire's name alone under the headline


def _agency_alone(p: _Page) -> None:
    """"Reuters" alone on its line under the headline, before the text: the report's source, as
    Via (and the outlet, when the page names no other), not the text's first paragraph. (Run
    after the captions: a photo's credit over its caption, "NHK" / "Shigeru Yokota (87) ...", is
    the caption's.)"""
    for i in p.kept():
        name = p.line(i).strip(" .")
        if not p.near_top(i, AGENCY_ALONE_TOP):
            break
        # the text right under it (a caption under it, kept or taken out, makes it the photo's credit)
        text_next = i + 1 < len(p.lines) and i + 1 not in p.drop and _word_count(p.line(i + 1)) >= LONG_PARAGRAPH_WORDS
        if i > 0 and text_next and _word_count(name) <= 3 and _is_agency(name, p.lookup):
            _add_via(p.c, name, p.lookup)
            p.c.source_outlet = p.c.source_outlet or _canon_org(name, p.lookup)
            p.drop[i] = "credit"


def _rule_teaser(p: _Page, i: int, line: str) -> str | None:
    if not _TEASER.match(line):
        return None
    p.teaser_title_next = bool(_TEASER_MARKER_ONLY.match(line))
    return "teaser"


_YEAR_COPYRIGHT = re.compile(r"^\s*(?:19|20)\d\d\s*" + _COPY_SIGN)
_TOP = 10  # lines: what stands above the story


# "portalberitamerdeka.co portal update harian berita tentang kriminal, artis, ...": the site's
# own domain, then what it covers in lower case
_DOMAIN_TAGLINE = re.compile(r"^\s*(?P<site>[a-z0-9-]+\.(?:com|co\.id|co|id|net|news))\s+[a-z][a-z ,&/-]{10,}$")
# "Gema Bali Gema Lampung Gema Kalteng": a network's sister sites, one word before each region
_SISTER_SITES = re.compile(r"^\s*(?P<w>[A-Z][a-z]+)\s+[A-Z]\w+(?:\s+(?P=w)\s+[A-Z]\w+){2,}\s*$")


LOWER_CASE_TAGLINE_REACH = 3  # lines from the top where a tagline all in lower case may stand
# "Judul : Kapal Induk AS ..." then "link : Kapal Induk AS ..." over the headline itself: a blog template's fields
_LABELLED_FIELD = re.compile(r"^\s*(?i:judul|title|link|tautan)\s*:\s*(?P<text>\S.*?)\s*$")
LABELLED_FIELD_REACH = 3  # lines below where the field's text stands again as a line of its own


def _field_over_its_text(p: _Page, i: int, line: str) -> bool:
    m = _LABELLED_FIELD.match(line)
    return m is not None and any(p.line(j).strip() == m.group("text")
                                 for j in range(i + 1, min(len(p.lines), i + 1 + LABELLED_FIELD_REACH)))


def _rule_site_furniture(p: _Page, i: int, line: str) -> str | None:
    """Above the story: the site's tagline after its domain (which names the outlet), a menu of
    its sister sites, a prompt to click ("Baca berita dengan sedikit iklan, klik di sini")."""
    if i >= _TOP:
        return None
    if (m := _DOMAIN_TAGLINE.match(line)) is not None:
        p.c.byline_outlet = p.c.byline_outlet or m.group("site")
        return "page chrome"
    if _SISTER_SITES.match(line) or (_CLICK_HERE.search(line) and _word_count(line) <= 12) or _field_over_its_text(p, i, line):
        return "page chrome"
    if i < LOWER_CASE_TAGLINE_REACH and _word_count(line) >= 4 and line.rstrip()[-1:] not in _TERMINAL \
            and not any(ch.isupper() for ch in line):
        return "page chrome"  # "berita harian terupdate ...": a tagline all in lower case, never a headline
    if _shouting_label(line) and any(_is_headline(p.line(j)) and not _shouting_label(p.line(j))
                                     for j in range(i + 1, min(len(p.lines), _TOP))):
        return "page chrome"  # "CUSTOM CSS DAN JS", "CLOSE AD": a template's label above the headline
    return None


_LABEL_WORDS = re.compile(r"\s*[A-Z][A-Z&' ]*[A-Z]\s*")  # words only: "SEOUL, INAKO -" is a dateline


def _shouting_label(line: str) -> bool:
    """A short line all in capitals (two to five words, letters and spaces only): a section's
    or a widget's label; a headline in capitals has more words, or stands alone."""
    letters = [ch for ch in line if ch.isalpha()]
    return 2 <= _word_count(line) <= 5 and bool(letters) and all(ch.isupper() for ch in letters) \
        and _LABEL_WORDS.fullmatch(line) is not None


_CLICK_HERE = re.compile(r"\bklik\s+di\s*sini\b", re.IGNORECASE)


# "... konten menarik lainnya dari GenPI.co di Google News", "Follow Berita iNews di Google News"
_FOLLOW_US = re.compile(r"\b(?:dari|[Bb]erita)\s+(?P<outlet>(?:[A-Z]|i[A-Z])[\w.]*(?:\s[A-Z][\w.]*){0,3})\s+di\s+Google\s+News\b")


def _rule_follow_us(p: _Page, i: int, line: str) -> str | None:
    """A plea to follow the site on Google News, naming the site."""
    if _word_count(line) > 20 or (m := _FOLLOW_US.search(line)) is None:
        return None
    p.c.follow_outlet = p.c.follow_outlet or m.group("outlet")
    return "promotion"


def _prose_after(p: _Page, i: int) -> bool:
    """Whether sentences of a story (two lines of twelve words or more) follow line i."""
    return sum(_word_count(p.line(j)) >= 12 for j in range(i + 1, len(p.lines))) >= 2


def _rule_copyright(p: _Page, i: int, line: str) -> str | None:
    if _YEAR_COPYRIGHT.match(line) and _word_count(line) <= 14:
        if i < _TOP:
            return "page chrome"  # "2025 © PT ...": the site's footer printed above the story
    elif not (_COPYRIGHT.match(line) and _word_count(line) <= 14):
        return None
    elif i < _TOP and line.lstrip().startswith("©") and _prose_after(p, i):
        return "photo credit"  # "©YONHAP News" under a photo above the story, not the page's footer
    p.hard_footer = True
    m = _COPYRIGHT_OWNER.search(line)
    if m and not re.fullmatch(r"\d+|all|by", m.group(1), re.IGNORECASE):
        p.c.copyright_owner = p.c.copyright_owner or m.group(1).strip(" .,")
    return "copyright"


def _rule_footer_start(p: _Page, i: int, line: str) -> str | None:
    if not _FOOTER_START.match(line):
        return None
    p.teaser_title_next = True  # the titles listed under "BERITA TERKAIT" go with it
    # near the top ("0 komentar" under the byline) it is chrome, not the start of the footer
    p.in_footer = i >= min(12, len(p.lines) // 2)
    return "footer"


def _rule_agency_code_line(p: _Page, i: int, line: str) -> str | None:
    m = _CODE_LINE.match(line)
    if m is None or not ("/" in line or _word_count(line) == 1) or i == 0:
        return None
    agency = _agency_from_code(m.group(1), p.lookup)
    if agency:
        _add_via(p.c, agency, p.lookup)
    return "agency code"


def _rule_source_url(p: _Page, i: int, line: str) -> str | None:
    """"Sumber: https://...", "from CNN Indonesia https://...", and a bare URL after the text or
    right under the headline."""
    if (m := _SOURCE_URL.match(line)) is not None:
        _take_url(p.c, m.group(1))
        return "source"
    if (m := _FEED_SOURCE.match(line)) is not None:
        p.c.source_outlet = p.c.source_outlet or m.group("outlet")
        return "source"
    if (m := _FEED_SOURCE_DATED.match(line)) is not None and dates.page_date(m.group("stamp")) is not None:
        p.c.source_outlet = p.c.source_outlet or m.group("outlet")
        p.c.timestamp = p.c.timestamp or m.group("stamp")
        return "source"
    if (m := _FEED_STAMP_SOURCE.match(line)) is not None and dates.page_date(m.group("stamp")) is not None:
        p.c.source_outlet = p.c.source_outlet or m.group("outlet")
        p.c.timestamp = p.c.timestamp or m.group("stamp")
        return "source"
    if (m := _SOURCE_DOMAIN.match(line)) is not None:  # "Sumber: detik.com": whose story it is, not this page's address
        p.c.source_outlet = p.c.source_outlet or site_domain("http://" + m.group("domain"))
        return "source"
    if (m := _BARE_URL.match(line)) is not None and (i > len(p.lines) // 2 or i <= TOP_URL_LINE and _ARTICLE_PATH.search(m.group("url"))):
        _take_url(p.c, m.group("url"))  # (right under the headline: the page's own address as the copy printed it)
        return "source"
    return None


TOP_URL_LINE = 2  # a bare address this near the top, under the headline, is the page's own
# "http://www.srinadifm.com/2018/07/australia-gelar-latihan-tempur-udara.html": an article's address (a dated
# path, a page, a slug), not a site's or a channel's
_ARTICLE_PATH = re.compile(r"^https?://[^/\s]+/\S*(?:(?:19|20)\d\d/|\.html?$|[a-z0-9]+-[a-z0-9]+-[a-z0-9]+)")


def _take_url(c: Cleaned, url: str) -> None:
    """The page's own address from a source line, the first one; a video's or a post's is no article's."""
    if site_domain(url) not in MEDIA_HOSTS:
        c.url = c.url or url.rstrip(".,;)")


# "VIDEO: Uji Coba Bom Hidrogen Korut Picu Reaksi Keras Dunia": a headline under its rubric, not a credit
_RUBRIC_HEADLINE = re.compile(r"^\s*(?:video|foto|infografis)\s*:\s*(?P<title>\S.*)$", re.IGNORECASE)


def _rule_chrome(p: _Page, i: int, line: str) -> str | None:
    if not (_CHROME.match(line) and _word_count(line) <= 12):
        return None
    if (m := _RUBRIC_HEADLINE.match(line)) and i < _TOP and title_case(m.group("title")):
        return None
    if _rule_name_then_date(p, i, line):
        return "timestamp"  # "Oleh : Rikard Djegadut - Senin, 22/01/2024 16:05 WIB"
    if _PHOTO_LABEL.match(line):
        return "photo credit"  # "Foto: Getty Images", "Photo : YONHAP News": a photo's credit, not the text's
    if (m := _BYLINE_OUTLET_IN_BRACKETS.match(line)) and (_BRAND.match(m.group("outlet")) or _MEDIA_LAST.search(m.group("outlet"))) \
            and not _is_place(m.group("outlet"), p.lookup):
        p.c.byline_outlet = p.c.byline_outlet or m.group("outlet")  # "Oleh: Will Ripley (CNN)": the writer's outlet
    return "byline" if ":" in line else "page chrome"


_BYLINE_OUTLET_IN_BRACKETS = re.compile(r"^\s*(?i:oleh|by)\s*:?\s+[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}\s*"
                                        r"\((?P<outlet>[A-Za-z][\w.]{1,20}(?:\s[A-Z][\w.]{1,20}){0,2})\)\s*$")


# "(World Politics Review)": a name of title case whose last word is a medium's
_MEDIA_LAST = re.compile(r"\s(?i:" + alternation(MEDIA_WORDS) + r")$")


# "IMPIANNEWS.COM (Indonesia).": the site's address alone on the page's first lines, with its country
_DOMAIN_ALONE = re.compile(r"^\s*(?P<site>[A-Za-z0-9-]+\.(?i:com|co\.id|id|net|co|news))\s*\([A-Z][\w ]{2,30}\)\s*[.:]?\s*$")
DOMAIN_LINE_REACH = 3  # lines from the top where the site's address may stand alone


def _rule_domain_alone(p: _Page, i: int, line: str) -> str | None:
    """The site's address alone near the top, its country in brackets: the outlet, no dateline."""
    if i >= DOMAIN_LINE_REACH or (m := _DOMAIN_ALONE.match(line)) is None:
        return None
    p.c.byline_outlet = p.c.byline_outlet or m.group("site")
    return "page chrome"


BRAND_LINE_REACH = 15  # lines from the top where the site's name may stand alone under the headline


def _rule_brand_line(p: _Page, i: int, line: str) -> str | None:
    """"kumparanNEWS" alone on its line near the top: the site's name, in its own spelling
    (one word in camel case ending in a media word), not a paragraph of the text."""
    word = line.strip()
    if i >= BRAND_LINE_REACH or " " in word or not _BRAND.match(word) or word.islower() or word.isupper():
        return None
    if not _ends_in_media_word(word):
        return None
    p.c.byline_outlet = p.c.byline_outlet or word
    return "masthead"


def _ends_in_media_word(word: str) -> bool:
    """One word ending in a media word after a name of its own ("kumparanNEWS", "KORDANEWS")."""
    return any(word.lower().endswith(m) and len(word) > len(m) + 2 for m in MEDIA_WORDS)


STAMP_REACH = 12  # lines from the top where a page's date line stands


def _rule_stamp_then_source(p: _Page, i: int, line: str) -> str | None:
    """"SABTU, 07 MARET 2015 | 09:15 WIB | HARIAN RAKYAT MERDEKA": the page's date line, then the
    print source it credits (no outlet at the lead: the source is not taken for the site)."""
    parts = [x.strip() for x in line.split("|")]
    if not p.near_top(i, STAMP_REACH) or len(parts) < 3 or not parts[-1]:
        return None
    stamp = " | ".join(parts[:-1])
    if dates.page_date(stamp) is None:
        return None
    p.c.timestamp = p.c.timestamp or stamp
    return "timestamp"


def _rule_outlet_stamp(p: _Page, i: int, line: str) -> str | None:
    """"Kompas.com - 16/03/2023, 12:41 WIB": the outlet and the story's time (after the
    section, when a bar sets it first: "Global | sindonews | Kamis, 24 Oktober 2024 - 06:52")."""
    sec = _SECTION_BAR.match(line) if p.near_top(i, STAMP_REACH) else None
    sectioned = False
    if sec is not None and sec.group("section").lower() in MENU_WORDS:
        line, sectioned = line[sec.end():], True
    if not p.near_top(i, STAMP_REACH) or (m := _OUTLET_STAMP.match(line)) is None:
        return None
    stamp = _TAGLINE_THEN.sub("", m.group("stamp"))
    if dates.page_date(stamp) is None:
        return None
    p.c.timestamp = p.c.timestamp or stamp
    if _site_and_section(m.group("outlet")):  # "Kompas dunia |": the site, less its section
        p.c.byline_outlet = p.c.byline_outlet or m.group("outlet").split()[0]
    elif sectioned or _BRAND.match(m.group("outlet")):
        p.c.byline_outlet = p.c.byline_outlet or m.group("outlet")  # "Asrul | Kamis, ..." names the writer, not the outlet
    return "timestamp"


def _site_and_section(words: str) -> bool:
    """"Kompas dunia": a capitalised name and a section of the menu in small letters (a writer's
    name is capitalised throughout)."""
    parts = words.split()
    return len(parts) == 2 and parts[0][:1].isupper() and parts[1].islower() and parts[1] in MENU_WORDS


_SECTION_BAR = re.compile(r"^\s*(?P<section>[A-Za-z]+)\s*\|\s*")
# "NTVNews - Berita Hari Ini, Terbaru dan Viral - 15 Sep 2025, 16:00": the site's tagline before its stamp
_TAGLINE_THEN = re.compile(r"^[A-Za-z][A-Za-z ,]{3,60}?\s+[-–|•]\s+(?=\d)")
# "#Fokus Sepekan l 2019-11-28": a rubric's tag, a bar (or a lower-case l standing for one), the story's day
_TAG_STAMP = re.compile(r"^\s*#?[A-Za-z][\w ]{1,30}?\s+[|l·•]\s+(?P<stamp>(?:19|20)\d\d-\d\d-\d\d)\s*$")


def _rule_tag_stamp(p: _Page, i: int, line: str) -> str | None:
    if not p.near_top(i, STAMP_REACH) or (m := _TAG_STAMP.match(line)) is None or dates.page_date(m.group("stamp")) is None:
        return None
    p.c.timestamp = p.c.timestamp or m.group("stamp")
    return "timestamp"


_NAME_THEN_DATE = re.compile(
    r"^\s*(?P<by>(?i:oleh|by)\s*:?\s+)?(?P<name>[A-Z][\w.'’-]{1,30}(?:\s[A-Z][\w.'’-]{1,30}){0,2})\s*[,|•-]?\s*"
    # "Wikanto Arungbudoyo, Okezone · Selasa 09 Januari 2018", "Fadli Adzani, CNN Indonesia | Sabtu, 25/07/2015"
    r"(?:(?P<outlet>[A-Z][\w.]{2,20}(?:\s[A-Z][\w.]{2,20})?)\s*[·•|]\s*)?"
    r"(?:(?i:jurnalis|wartawan|reporter|editor|penulis)\s*[-–:]?\s*)?"
    r"(?P<updated>(?i:diperbarui|updated)\s+)?"  # "oleh Liputan6 diperbarui 07 Jan 2016, 07:36 WIB"
    r"(?P<stamp>(?:\d|[A-Z][a-z]{2,9},?\s+\d).{0,60})$")


# "indra darmawan06 January 2016": a writer's name glued to the day; "ivan 20 Juni 2016, 18:12 WIB": a
# user name in lower case, then the day with its time (a sentence naming a day gives no clock)
_NAME_GLUED_DATE = re.compile(r"^\s*[A-Za-z][A-Za-z.'’-]+(?:\s[A-Za-z][A-Za-z.'’-]+){0,3}(?<=[a-z])"
                              r"(?P<stamp>\d{1,2}\s+[A-Za-z]{3,9}\.?\s+(?:19|20)\d\d\b.{0,25})$")
_USER_THEN_CLOCK = re.compile(r"^\s*[a-z][\w.]{1,30}\s+(?P<stamp>\d{1,2}\s+[A-Za-z]{3,9}\.?\s+(?:19|20)\d\d,?\s+"
                              r"\d{1,2}[:.]\d\d(?:\s*WI[BTA])?)\s*$")


# "Terinfeksi 278722" / "Dirawat 61379" / "Sembuh 206870": a counter's label and its number, one a line
_COUNTER_LINE = re.compile(r"^\s*[A-Z][a-z]+(?:\s[A-Za-z]+)?\s*:?\s*\d[\d.,]*\s*$")


def _rule_counters(p: _Page, i: int, line: str) -> str | None:
    """Lines of a label and a number, three in a row at least: a widget's counters (a pandemic's cases
    beside the story), not the story's words."""
    if not _COUNTER_LINE.match(line):
        return None
    run = [k for k in range(max(0, i - 2), min(len(p.lines), i + 3)) if _COUNTER_LINE.match(p.line(k))]
    return "page widget" if any(run[j + 2] - run[j] == 2 and run[j] <= i <= run[j + 2] for j in range(len(run) - 2)) else None


def _rule_writer_over_their_stamp(p: _Page, i: int, line: str) -> str | None:
    """"Angelin Putri Syah" over "Angelin Putri Syah Senin, 14 Sep 2020 15:07 WIB": the writer's name by their
    picture, then again with the story's time."""
    if i + 1 >= len(p.lines) or not _full_name_line(line) or i >= NAME_OVER_STAMP_REACH:
        return None
    after = p.line(i + 1)
    return "byline" if after.startswith(line.strip() + " ") and dates.page_date(after[len(line.strip()):]) else None


NAME_OVER_STAMP_REACH = 15  # lines from the top


def _rule_name_then_date(p: _Page, i: int, line: str) -> str | None:
    """"Devi 10 Apr 2023, 13:10": the writer and the story's time."""
    if i >= 12 or len(line) > 120 or _word_count(line) > 11:
        return None
    if (m := _NAME_THEN_DATE.match(line) or _NAME_GLUED_DATE.match(line) or _USER_THEN_CLOCK.match(line)) is None:
        return None
    stamp, update = _split_update(m.group("stamp"))
    if dates.page_date(stamp) is None:
        return None
    g = m.groupdict()
    if g.get("name") and not g.get("by") and _is_place(g["name"], p.lookup):  # "Jakarta, 19 Juni 2017": where it was written
        p.c.dateline = p.c.dateline or _city(g["name"])
    elif g.get("outlet") and not _is_place(g["outlet"], p.lookup):
        p.c.byline_outlet = p.c.byline_outlet or g["outlet"]
    if g.get("updated"):  # when the page changed, not when it was published
        p.c.updated_stamp = p.c.updated_stamp or stamp
        return "updated stamp"
    p.c.timestamp = p.c.timestamp or stamp
    if update and dates.page_date(update) is not None:
        p.c.updated_stamp = p.c.updated_stamp or update
    return "timestamp"


# "23.08.2019 - Update : 26.08.2019", "Juli 24, 2025 Last Updated 2025-07-25T01:07:50Z": when the story was
# published, then when the page changed
_UPDATE_TAIL = re.compile(r"(?:\s*[-–|•·]\s*|\s+)(?i:(?:last\s+)?updated?|(?:terakhir\s+)?diperbarui|pembaruan)\s*:?\s*"
                          r"(?P<when>.+)$")


def _split_update(stamp: str) -> tuple[str, str | None]:
    m = _UPDATE_TAIL.search(stamp)
    return (stamp, None) if m is None else (stamp[:m.start()], m.group("when"))


# "SABTU, 17 APRIL 2021 | 10:47 WIB | LAPORAN: RENI ERINA": the story's time, then its writer
_STAMP_LABEL = r"(?i:laporan|penulis|reporter|editor|oleh|wartawan|jurnalis)"
# ("Sabtu, 28 Mei 2022 - 15:07 WIB | Editor : Widodo | Sumber : Antara": more labelled credits after the writer)
_DATE_THEN_NAME = re.compile(r"^\s*(?P<stamp>.{8,60}?)\s*[|•·]\s*" + _STAMP_LABEL + r"\s*:?\s+[A-Za-z][\w.'’-]*(?:\s[A-Za-z][\w.'’-]*){0,4}"
                             r"(?:\s*[|•·]\s*(?:" + _STAMP_LABEL + r"|(?i:sumber|source|foto))\s*:?\s+[\w.'’/-]+(?:\s[\w.'’/-]+){0,4})*\s*$")


def _rule_date_then_name(p: _Page, i: int, line: str) -> str | None:
    if not p.near_top(i, STAMP_REACH) or (m := _DATE_THEN_NAME.match(line)) is None or dates.page_date(m.group("stamp")) is None:
        return None
    p.c.timestamp = p.c.timestamp or m.group("stamp")
    return "timestamp"


def _rule_stamp_then_update(p: _Page, i: int, line: str) -> str | None:
    """The page's day, then when it last changed, alone on a line near the top (a blog template's
    "Juli 24, 2025 Last Updated 2025-07-25T01:07:50Z")."""
    if not p.near_top(i, STAMP_REACH) or _word_count(line) > 12:
        return None
    stamp, update = _split_update(line)
    if update is None or dates.page_date(stamp) is None:
        return None
    p.c.timestamp = p.c.timestamp or stamp.strip()
    p.c.updated_stamp = p.c.updated_stamp or update
    return "timestamp"


def _rule_author_outlet(p: _Page, i: int, line: str) -> str | None:
    if i >= 8 or (m := _AUTHOR_OUTLET.match(line)) is None or _word_count(line) > 7 or _is_place(m.group("outlet"), p.lookup):
        return None  # "Warta.com | Tokyo": the site and where it files from (a dateline line)
    p.c.byline_outlet = p.c.byline_outlet or m.group("outlet")
    return "byline"


def _rule_site_label(p: _Page, i: int, line: str) -> str | None:
    if i >= 12 or (m := _SITE_LABEL.match(line)) is None:
        return None
    p.c.byline_outlet = p.c.byline_outlet or m.group("site")
    return "page chrome"


def _rule_correspondent(p: _Page, i: int, line: str) -> str | None:
    if i >= 12 or (m := _CORRESPONDENT.match(line)) is None:
        return None
    p.c.byline_outlet = p.c.byline_outlet or m.group("outlet")
    return "byline"


_GLUED_UPDATE = re.compile(r"(?<=\d)\s*(?i:updated?|diperbarui)\s*:")  # KBS: "Write: ... 16:34:51Update: ..."


def _names_a_day(stamp: str) -> bool:
    """Whether a stamp's words read as a date: a page's date form, or a day the text's forms find."""
    return dates.page_date(stamp) is not None or bool(dates.find_mentions([stamp], date.max)[0])


def _rule_stamp_line(p: _Page, i: int, line: str) -> str | None:
    """"Diterbitkan Pada 3 Mar 2024" (a glued repeat, "3 Mar 20243 Mar 2024", is read once),
    "Sabtu, Januari 14, 2023 Majalah Holiday 0 Comments", "24 Agustus 2015 12:22 | 7801 hits"."""
    if not p.near_top(i, STAMP_REACH) or _word_count(line) > 12 \
            or (m := _STAMP_LINE.match(line) or _BLOG_STAMP.match(line) or _COUNTED_STAMP.match(line)) is None:
        return None
    stamp = _GLUED_UPDATE.split(m.group("stamp"))[0].strip()  # "2025-08-13 16:34:51Update: 2025-08-13 ..."
    twice = re.fullmatch(r"(.{6,40}?)\s*\1", stamp)
    stamp = twice.group(1) if twice else stamp
    if not _names_a_day(stamp):
        return None
    if _UPDATED.match(line):
        p.c.updated_stamp = p.c.updated_stamp or stamp  # when the page changed, not when it was published
        return "updated stamp"
    p.c.timestamp = p.c.timestamp or stamp
    return "timestamp"


_BYLINE_CUE_ALONE = frozenset("oleh by penulis reporter pewarta editor wartawan".split())
_NAME_LINE = re.compile(r"^\s*[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}\s*$")


def _writer_under_the_headline(p: _Page) -> None:
    """A name alone on its line right under the headline (or its second print), the text's
    first sentence after it ("Mitra Indo-Pasifik ..." twice / "Felix Kim" / "Mitra pertahanan
    ... meningkatkan ..."): the writer's byline, not a paragraph (whose "Kim" read as Kim Jong Un)."""
    heads = [i for i, why in p.drop.items() if why in ("headline", "headline repeated")]
    kept = p.kept()
    after = [k for k in kept if heads and k > max(heads)][:2]
    if len(after) < 2 or after[0] > max(heads) + 2 or not _full_name_line(p.line(after[0])) or _word_count(p.line(after[0])) > 3:
        return
    if _word_count(p.line(after[1])) >= 12 and p.lookup(p.line(after[0]).strip()) is None:
        p.drop[after[0]] = "byline"


# a writer and the time the story was filed on one line: "Penulis: X Pada: Minggu, 26 Mei 2019, 13:30 WIB Internasional"
_STAMP_DAY = r"(?P<stamp>(?:[A-Z][a-z']+,?\s+)?\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*WI[BTA])?)?)"
_BYLINE_STAMP = re.compile(
    r"^\s*(?:(?:penulis|reporter|pewarta|editor|oleh|wartawan)\s*:?\s+[A-Z][^:]{1,60}?\s(?:pada|tanggal|diterbitkan)\s*:?\s+"
    # "Wikanto Arungbudoyo, Jurnalis · Jum'at 10 November 2017 17:07 WIB": the writer, what they are, then when
    r"|[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,3}\s?,\s+(?:jurnalis|wartawan|reporter|kontributor|editor)\s*[·•|-]\s*"
    # "Penulis: Sabar Subekti 14:49 WIB | Minggu, 18 Juni 2023": the writer, the hour, then the day
    r"|(?:penulis|reporter|pewarta|editor|oleh|wartawan)\s*:?\s+[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,4}\s+"
    r"\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)?\s*[|·•]\s*)"
    + _STAMP_DAY, re.IGNORECASE)


# "Jung Yeon-je / AFP": a photographer's name, then the agency the photo is from
_PHOTOGRAPHER = re.compile(r"^\s*[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}\s*/\s*(?P<agency>[A-Za-z][\w .]{1,25}?)\s*$")


def _rule_photographer_credit(p: _Page, i: int, line: str) -> str | None:
    """A photographer's credit line: no caption, and its name no person of the story."""
    m = _PHOTOGRAPHER.match(line)
    return "photo credit" if m is not None and _is_agency(m.group("agency"), p.lookup) else None


def _rule_byline_stamp(p: _Page, i: int, line: str) -> str | None:
    """A byline that also says when the story was filed: the page's stamp, the writer's name
    never the text's."""
    if not p.near_top(i, STAMP_REACH) or _word_count(line) > 20 or (m := _BYLINE_STAMP.match(line)) is None:
        return None
    if not _names_a_day(m.group("stamp")):
        return None
    p.c.timestamp = p.c.timestamp or m.group("stamp")
    return "byline"


def _rule_byline_cue_alone(p: _Page, i: int, line: str) -> str | None:
    """"Oleh" on its own line, the writer's name on the next; or a role under the name
    ("Irene Anggita" / "Penulis", "Beno Junianto" / "Editor": a page's author cards)."""
    cue = line.strip().rstrip(":").lower()
    if i >= 15 or cue not in _BYLINE_CUE_ALONE:
        return None
    below = i + 1 < len(p.lines) and _NAME_LINE.match(p.line(i + 1)) is not None
    above = cue not in ("oleh", "by") and i > 0 and i - 1 not in p.drop and _full_name_line(p.line(i - 1))
    if below and (_full_name_line(p.line(i + 1)) or not above):
        p.drop[i + 1] = "byline"
    elif above:
        p.drop[i - 1] = "byline"
    return "byline"


def _full_name_line(line: str) -> bool:
    """A line of two to four capitalised words, as a person's name is written."""
    return _word_count(line) >= 2 and _NAME_LINE.match(line) is not None


def _rule_comment_form(p: _Page, i: int, line: str) -> str | None:
    return "comment form" if _is_comment_form(line) else None


# a caption, its photo credit and the caption again, glued ("Tentara ... Panmunjom. Ed Jones /
# Agence France-Presse-Getty ImagesTentara ... Panmunjom."): an image's text and its figure's, one line
_DOUBLED_CAPTION = re.compile(r"(?P<cap>[^/]{20,300}?[.!?])\s*[^.]{2,80}?/[^.]{2,80}?(?P=cap)\s*$")


def _rule_doubled_caption(p: _Page, i: int, line: str) -> str | None:
    return CAPTION if "/" in line and _DOUBLED_CAPTION.match(line.strip()) else None


# "Perdana Menteri Jepang, Fumio Kishida" near the top: a title and a known person's name, nothing said of
# them: the caption of their photo (printed twice, it had become the headline)
_ROLE_COMMA_NAME = re.compile(r"^\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,5},\s+(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,3})\s*\.?\s*$")


def _rule_role_and_name(p: _Page, i: int, line: str) -> str | None:
    if i >= 6 or (m := _ROLE_COMMA_NAME.match(line)) is None:
        return None
    hit = p.lookup(m.group("name"))
    return CAPTION if hit is not None and hit[1] == "person" else None


# a photo credited to a social account after the caption's full stop: "... Suga. Twitter/@JPN_PMO", "(Instagram/@kbs)"
_SOCIAL_CREDIT_END = re.compile(r"[.(]\s*(?:" + alternation(PHOTO_HOSTS, ignore_case=True) + r")\s*/\s*@[\w.]{2,30}\s*\)?\s*$")


# a verb of saying and the clause it tells: reported speech, which no photo's caption holds
_TELLS_THAT = re.compile(r"\b(?:" + "|".join(REPORTING_VERBS) + r")\b[^.!?]{0,60}?\bbahwa\b")


# a sentence, then the body that took the photo in brackets, on the page's first lines: a caption (no headline ends
# so, and the text's first paragraph does not: its credit closes the text)
_CREDITED_SENTENCE_END = re.compile(r"[a-z0-9)]\.\s*\((?:[A-Z][\w'’.&-]*\s?){1,6}\)\s*$")
TOP_CREDITED_SENTENCE = 3  # lines from the top
CAPTION_WORDS_AT_MOST = 45
CREDITED_SENTENCE_TEXT_BELOW = 3  # lines of text under it at least (a short page's closing "(CNN)" is its signature)


def _opens_a_page_of(p: _Page, i: int, lines: int) -> bool:
    """Line i is the first the page keeps, and at least `lines` kept lines follow it."""
    kept = p.kept()
    return bool(kept) and kept[0] == i and len(kept) > lines


LABELLED_CAPTION_WORDS = 45  # a caption closed by a labelled credit ("Foto: X") may run this long


def _rule_credit_caption(p: _Page, i: int, line: str) -> str | None:
    """A caption closed by a photo credit: "... (AFP/SAUL LOEB)", "REUTERS/Kim Kyung-Hoon",
    "... ANTARA FOTO/KCNA via REUTERS", "... (Kantor Berita Pusat Korea/... melalui AP)",
    and near the top "Adik perempuan Kim Jong-un, Kim Yo-jong. (AFP)"."""
    if i < 6 and _word_count(line) <= 25 and (m := _AGENCY_TAIL.search(line)) and _is_agency(m.group("agency"), p.lookup):
        return CAPTION
    if i < TOP_CREDITED_SENTENCE and _word_count(line) <= CAPTION_WORDS_AT_MOST and _CREDITED_SENTENCE_END.search(line) \
            and _opens_a_page_of(p, i, CREDITED_SENTENCE_TEXT_BELOW):
        return CAPTION  # "... di Kantor Kepresidenan Yongsan. (Kantor Kepresidenan Republik Korea)" over the byline
    if i < 6 and _word_count(line) <= 40 and _CAPS_CREDIT_END.search(line) and _over_the_dateline(p, i):
        return CAPTION  # "USS Fitzgerald mengalami rusak berat ... akhir pekan yang lalu. FOTONET" over "TOKYO, ..."
    if line.rstrip(" .").endswith(")") and _word_count(line) <= DASH_CREDIT_WORDS and (m := DASH_CREDIT.search(line)) \
            and _is_agency(m.group("agency"), p.lookup):
        return CAPTION  # "... proyektil Korea Utara." (Ahn Young-joon – AP)": the photographer, a dash, the agency
    if _word_count(line) <= LABELLED_CAPTION_WORDS and (_LABELLED_CREDIT_END.search(line) or _LICENSED_CREDIT_END.search(line)):
        return CAPTION  # "Kapal selam serang kelas Virginia AS.Kredit: Departemen Pertahanan AS"
    if _word_count(line) <= 40 and _SOCIAL_CREDIT_END.search(line):
        return CAPTION  # "Perdana Menteri Jepang, Yoshihide Suga. Twitter/@JPN_PMO": a photo from an account
    if "/" not in line or _word_count(line) > 45:  # a credit has its slash
        return None
    if i >= 6 and (_TELLS_THAT.search(line) or line.lstrip()[:1] in "“\""):
        return None  # "Seoul dan Washington sudah mengatakan sebelumnya bahwa ... (AFP/Ant)": the story's last words, credited
        # (so is a quote: "“Saya akan bekerja lebih keras ...”(AFP/Ant/Reuters)")
    if i < 6 and (m := _SLASH_AGENCY_END.search(line)) and _is_agency(m.group("agency"), p.lookup):
        return CAPTION  # "Menteri Pertahanan ... Jeong Kyeong-doo/Reuters": the agency glued after a slash
    if (m := _BRACKET_CREDIT.search(line)) and (_is_agency(m.group("last"), p.lookup) or _is_agency(m.group("first"), p.lookup)):
        return CAPTION  # "... Rabu (24/8/2022). (ANTARA/HO-CMG)": the agency first, the handout's source after
    m = _CREDIT_TAIL.search(line)
    if m is None or _SENTENCE_AFTER_SLASH.search(line, m.end("agency")):
        return None  # "... pesawat tempur KFX/IFX bisa mendapatkan sertifikat.": a sentence goes on after the slash
    agency = _PHOTO_WORD.sub("", m.group("agency"))  # "ANTARA FOTO": the agency's photo desk
    if _CAPTION_CUE.search(line) or _is_agency(agency, p.lookup):
        return CAPTION
    if i + 1 < len(p.lines) and i < 6 and not _spelt_out_acronym(line) and not _initials_pair(line, p.lookup):
        return CAPTION
    return None


# two words in small letters after a credit's slash, none of a credit's own ("KCNA via REUTERS", "Yonhap melalui AP"): a sentence
_NOT_A_CREDITS_WORD = r"(?!(?:via|melalui|dan|dari|handout)\b)[a-z]{2,}"  # a word in small letters no credit uses
_SENTENCE_AFTER_SLASH = re.compile(r"/[^/]*?\s" + _NOT_A_CREDITS_WORD + r"\s+" + _NOT_A_CREDITS_WORD + r"\b")
_INITIALS_PAIR_END = re.compile(r"\b(?P<a>[A-Z]{2,6})/(?P<b>[A-Z]{2,6})(?:\s+[a-zA-Z]+){0,3}\)?\.?\s*$")  # ("KFX/IFX Berlanjut")


def _initials_pair(line: str, lookup: Lookup) -> bool:
    """"... kerja sama alutsista pesawat tempur KFX/IFX.": a programme's two sets of initials closing a sentence (or
    a few words before its end: the headline "Mahfud Pastikan Proyek Jet Tempur KFX/IFX Berlanjut"), no agency among
    them, is no photo credit (the walk through heldout81–82 saw such a paragraph dropped)."""
    m = _INITIALS_PAIR_END.search(line)
    return m is not None and not _is_agency(m.group("a"), lookup) and not _is_agency(m.group("b"), lookup)


_SLASH_AGENCY_END = re.compile(r"\w/(?P<agency>[A-Z][A-Za-z]{1,14})\s*$")
_CAPS_CREDIT_END = re.compile(r"[.!?]\s+[A-Z][A-Z0-9]{2,14}\s*$")  # "... akhir pekan yang lalu. FOTONET": a photo desk's name


def _over_the_dateline(p: _Page, i: int) -> bool:
    """The next line with words opens with a dateline: what stands above it is the page's, not the story's."""
    below = next((p.line(j) for j in range(i + 1, len(p.lines)) if p.line(j).strip()), "")
    return _match_lede(below, p.lookup) is not None


# a photographer's name, a dash and the agency in brackets closing a caption: "(Ahn Young-joon – AP)"
DASH_CREDIT = re.compile(r"\((?P<who>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,3})\s*[–—-]\s*(?P<agency>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})\)\s*\.?\s*$")
DASH_CREDIT_WORDS = 90  # an agency's caption runs long


# a name and its initials in brackets closing a sentence: "... Korea Selatan (US Forces Korea/USFK)."
_ACRONYM_TAIL = re.compile(r"\((?P<long>[^()/]{4,60})/(?P<short>[A-Z]{2,8})\)\s*\.?\s*$")
# "Korea Fighter eXperimental/Indonesia Fighter eXperimental (KFX/IFX).": two names, then their initials
_ACRONYM_PAIR_TAIL = re.compile(r"(?P<long>[\w ]{4,60}/[\w ]{4,60}?)\s*\((?P<short>[A-Z]{2,8}/[A-Z]{2,8})\)\s*\.?\s*$")


def _spelt_out_acronym(line: str) -> bool:
    """The slash closing the line stands between a name and its initials, or between two
    initials after the names they stand for, not a credit's parts."""
    if (m := _ACRONYM_TAIL.search(line)) is not None:
        return "".join(ch for ch in m.group("long") if ch.isupper()) == m.group("short")
    m = _ACRONYM_PAIR_TAIL.search(line)
    return m is not None and "".join(ch for ch in m.group("long") if ch.isupper() or ch == "/").endswith(m.group("short"))


PARAGRAPH_WORDS = 12  # a line this long ending as a sentence does is the story's, not a headline


def _a_sentence(line: str) -> bool:
    """A line of the text: long, and ending as a sentence does (a headline does not)."""
    return _word_count(line) >= PARAGRAPH_WORDS and line.rstrip()[-1:] in ".!?”\""


def _rule_tag_line(p: _Page, i: int, line: str) -> str | None:
    """A tag or a category alone in lower case above the text ("jepang" under the headline); in
    the text, such a line is a subheading and stays."""
    if i >= _TOP or not _TAG_LINE.match(line) or any(_a_sentence(p.line(j)) for j in range(i)):
        return None
    return "page chrome"


def _rule_caption_date_end(p: _Page, i: int, line: str) -> str | None:
    """A line near the top ending with its day, no quote nor citation in it: a photo's caption
    ("Demonstran ... di Okinawa, Jepang, Minggu, 19 Juni 2016."), when it stands under a
    headline or over one; under the story's first paragraph it is the story's second
    ("Pernyataan disampaikan ... di Seoul, Selasa 11 September 2018."), and over the story's
    second, the story's lede ("Korea Utara (Korut) telah mengonfirmasi ..., Senin 30 Maret 2020.")."""
    if i >= 2 or _word_count(line) > 45 or not _CAPTION_DATE_END.search(line) or _match_lede(line, p.lookup):
        return None  # "KONTEKS.CO.ID - Presiden ... bertemu di Tokyo, Sabtu 24 Agustus 2025.": a dateline opens the lede
    if i:
        beside = p.line(i - 1)  # the headline above, or the story's first paragraph
    else:
        beside = p.line(1) if len(p.lines) > 1 else ""  # the headline under it, or the story's second paragraph
    return None if _a_sentence(beside) else CAPTION


# "... di Seoul, Korea Selatan, 18 Agustus 2025. / AP": a caption closed by its agency after a slash
# ("... terhadap kejahatan. / FOTO AFP / NOEL CELIS": and its photographer after another)
_AGENCY_AFTER_SLASH = re.compile(r"[.)]\s*/\s*(?:(?i:foto|photo)\s+)?(?P<agency>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})"
                                 r"(?:\s*/\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})?\s*$")
AGENCY_CAPTION_WORDS = 80  # an agency's caption tells the whole scene (heldout84's eg04: 61 words)


# "Perdana Menteri ... berlindung dari lemparan telur ... (15/7/2016). (AP) |": a photo's caption, its agency's
# credit in brackets and the bar that set it off from the page
_AGENCY_THEN_BAR = re.compile(r"[.!?]\s*\((?P<agency>[A-Z][A-Za-z]{1,14})\)\s*\|\s*$")


def _rule_agency_then_bar(p: _Page, i: int, line: str) -> str | None:
    m = _AGENCY_THEN_BAR.search(line) if i < _TOP else None
    return CAPTION if m is not None and _is_agency(m.group("agency"), p.lookup) else None


def _rule_agency_slash_end(p: _Page, i: int, line: str) -> str | None:
    m = _AGENCY_AFTER_SLASH.search(line)
    if m is None or _word_count(line) > AGENCY_CAPTION_WORDS or not _is_agency(m.group("agency"), p.lookup):
        return None
    return CAPTION


# "PUTIN KUNJUNGI DPRK - Foto diambil dari ...": a caption under a label in capitals (a network's house
# style), a photo's words after the dash or its people placed ("(kanan)"); a dateline's outlet is no label of words
_CAPS_LABEL_CAPTION = re.compile(r"^\s*[A-Z][A-Z0-9'’.&]*(?:\s+[A-Z0-9][A-Z0-9'’.&]*){1,8}\s+[-–]\s+(?P<first>\S+\s+\S+)")
_PHOTO_WORDS = re.compile(r"(?i:foto|gambar|tangkapan\s+layar|ilustrasi)\s+\S+")


# a ticker's label over the page ("Headline", "Breaking News"): the line under it is another story's
# (not "Breaking News", a label some sites keep over their own headline)
_TICKER_LABEL = re.compile(r"\s*(?i:headlines?|trending(?:\s+now)?)\s*:?\s*")
# "Kumpulan Berita DPR RI": a site's collection of stories on one subject, its label
_NEWS_COLLECTION = re.compile(r"^\s*(?i:kumpulan\s+berita)\s+\S+")


def _rule_under_a_ticker(p: _Page, i: int, line: str) -> str | None:
    """"Headline" / "Diskon transportasi hingga 30% ... bergulir.": a ticker's story over the page's own,
    a sentence (a headline under the label has no full stop)."""
    above = i - 1
    while above > 0 and p.line(above).strip() == line.strip():
        above -= 1  # (the ticker's line shown twice)
    if 0 <= above < i < _TOP and _TICKER_LABEL.fullmatch(p.line(above)) and _word_count(line) <= TICKER_WORDS \
            and line.rstrip().endswith("."):
        return "teaser"
    return None


TICKER_WORDS = 25


def _rule_caps_label_caption(p: _Page, i: int, line: str) -> str | None:
    m = _CAPS_LABEL_CAPTION.match(line)
    if m is None or _word_count(line) > 120 or p.lookup(line[:m.start("first")].strip(" -–")):
        return None  # ("ANTARA - ...", "KOMPAS.com - ...": an outlet the gazetteer knows)
    under_a_credit = i > 0 and p.drop.get(i - 1) in ("photo credit", CAPTION) and not p.lines[i - 1][1]
    # "AP/Yonhap/Korea Times" over "PENGAYAAN URANIUM - Korea Utara ...": the caption under its photo's credit
    return CAPTION if _PHOTO_WORDS.match(m.group("first")) or _CAPTION_CUE.search(line) or under_a_credit else None


def _rule_caption(p: _Page, i: int, line: str) -> str | None:
    m = _CAPTION.search(line)
    if m is None or _word_count(line) > 40:
        return None
    credit = m.group(2).strip()
    if m.group("kind").lower() == "sumber" and not credit.lower().startswith("http") and not _NO_AGENCY_CREDIT.match(credit):
        _add_via(p.c, re.split(r"\s*[/,]\s*", credit)[0], p.lookup)
    return CAPTION


def _rule_rubric(p: _Page, i: int, line: str) -> str | None:
    """A rubric closed by a colon right above a headline, before the text begins ("AS dan
    Konflik Semenanjung Korea:" over "Menhan AS Esper: ..."); in the text, a line that
    ends in a colon introduces what follows ("Simulasi tersebut mencakup:")."""
    if i >= _TOP or i + 1 >= len(p.lines) or _word_count(line) > 8 or not _RUBRIC.match(line):
        return None
    if not _is_headline(p.line(i + 1)) or any(_is_sentence(p.line(j)) for j in range(i)):
        return None
    return "section label"


def _is_sentence(line: str) -> bool:
    """A line of the text: ten words or more, closed by a full stop."""
    return _word_count(line) >= 10 and line.rstrip()[-1:] in ".!?”\""


def _matches(pattern: re.Pattern, reason: str, *, words: int = 10_000, before: int = 10_000, how: str = "match"):
    """A rule that drops a line matching `pattern` (at most `words` words, among the first `before` lines)."""
    def rule(p: _Page, i: int, line: str) -> str | None:
        if i >= before:
            return None  # a rule for the top of the page spends nothing further down
        found = pattern.match(line) if how == "match" else pattern.search(line)
        return reason if found and _word_count(line) <= words else None
    rule.__name__ = f"_rule_{reason.replace(' ', '_')}"
    return rule


# a text-size widget's labels, each alone on its line: "AA", "A A A", "Text Sizes", "Medium", "Larger"
_TEXT_SIZE_WIDGET = re.compile(r"^\s*(?:A\s*A(?:\s*A)?(?:\s+(?i:pengaturan\s+(?:font|huruf)))?"  # "A   A   A   Pengaturan Font"
                               r"|(?i:(?:text|font)\s+sizes?|ukuran\s+(?:teks|huruf|font)|pengaturan\s+(?:font|huruf))"
                               r"|Small|Smaller|Medium|Large|Larger|Largest|XS|SM|MD|LG|XL)\s*$")  # VOA: "XS" "SM" "MD" "LG"
# a writer's profile as a string of epithets in marks, a machine-translated theme's filler:
# "“Pembaca yang ramah. Penggemar bacon. Penulis. Twitter nerd ... Introvert.”" (five or more, no one's speech)
_EPITHET_BIO = re.compile(r"^\s*[“\"](?:\s*[^\s.“”\"]+(?:\s+[^\s.“”\"]+){0,4}\.){5,}\s*[”\"]\s*$")
# a counter alone near the top, after a dash or a bullet: "- 0" (a post's comments)
_COUNT_WIDGET = re.compile(r"^\s*[-–•|]\s*\d{1,6}\s*$")
# a scrap of a widget near the top, opening with a bar: "| : WIB | PASAR |"
_BAR_SCRAP = re.compile(r"^\s*\|")
# a photo's label near the top whose other half the scrape lost: "Perdana Menteri Jepang Shinzo Abe |"
_CUT_LABEL = re.compile(r"\s\|\s*$")

# "Berputar.idMenteri Koordinator ... mengenai…": a related story's teaser, the site's name glued on, cut short
_GLUED_SITE_TEASER = re.compile(r"^\s*[A-Za-z0-9-]+\.(?:co\.id|id|com|net|co)(?=[A-Z]).*(?:…|\.\.\.)\s*$")

LINE_RULES = (
    _matches(_SKIP_MENU, "page chrome", before=8),
    _matches(_LANGUAGE_SWITCH, "page chrome", before=MENU_REACH),
    _matches(_WIDGET_SOURCE, "page widget", before=MENU_REACH),
    _matches(_GLUED_SITE_TEASER, "teaser"),
    _matches(_BAR_SCRAP, "page widget", words=6, before=MENU_REACH),
    _matches(_COUNT_WIDGET, "page widget", before=MENU_REACH),
    _matches(_TEXT_SIZE_WIDGET, "page widget"),
    _matches(_WIDGET_WORD, "page widget"),
    _matches(_EPITHET_BIO, "byline"),
    _matches(_USER_NAME, "byline", before=MENU_REACH),
    _rule_menu_line,
    _rule_tag_list,
    _matches(_BUTTON, "page chrome", words=12),
    _rule_teaser,
    _rule_video_running_time,
    _rule_dash_agency,
    _rule_sources_line,
    _rule_copyright,
    _rule_footer_start,
    _rule_comment_form,
    _matches(_SYNDICATION, SYNDICATION_NOTE),
    _rule_follow_us,
    _matches(_PROMO, "promotion"),
    _matches(_GOOGLE_NEWS, "promotion", words=20, how="search"),
    _matches(_PAGINATION, "pagination"),
    _matches(_EMBED, "embed"),
    _matches(_SCRIPT_LINE, "page chrome", words=60),
    _rule_agency_code_line,
    _rule_source_url,
    _rule_byline_stamp,
    _rule_byline_cue_alone,  # before the chrome rule: "Editor:" alone takes the name under it too
    _rule_chrome,
    _matches(_CAPTION_LINE, "photo credit"),
    _matches(_CREDIT_PAIR, "photo credit", before=15),
    _rule_photographer_credit,
    _matches(_PHOTO_CAPTION, CAPTION, words=60),
    _matches(_BYLINE_BARE, "byline", before=12),
    _rule_correspondent,
    _rule_stamp_line,
    _matches(_READING_TIME, "reading time"),
    _rule_tag_stamp,
    _matches(_SMALL_CHROME, "page chrome"),
    _matches(_GLUED_MENU, "page chrome", before=MENU_REACH),
    _matches(_TAGLINE, "page chrome", words=12, before=_TOP, how="search"),
    _rule_tag_line,
    _rule_site_furniture,
    _rule_outlet_stamp,
    _rule_stamp_then_source,
    _rule_domain_alone,
    _rule_brand_line,
    _rule_writer_over_their_stamp,
    _rule_name_then_date,
    _rule_date_then_name,
    _rule_counters,
    _rule_stamp_then_update,
    _rule_author_outlet,
    _rule_site_label,
    _rule_credit_caption,
    _rule_role_and_name,
    _rule_caps_label_caption,
    _rule_under_a_ticker,
    _matches(_NEWS_COLLECTION, "page chrome", words=6),
    _matches(_CAPTION_CUE, CAPTION, words=45, before=6, how="search"),
    _matches(_CAPTION_LABEL, CAPTION, words=45),
    _matches(_CAPTION_START, CAPTION, words=60),
    _matches(_PHOTO_WITH_SOURCE, CAPTION, words=60),
    _matches(_TOP_CAPTION, CAPTION, words=12, before=6),
    _matches(_CUT_LABEL, CAPTION, words=12, before=6, how="search"),
    _matches(_FILE_PHOTO, CAPTION, words=160, before=10),  # an AP caption runs long
    _matches(_SCREEN_CAPTION, CAPTION, words=60, how="search"),
    _matches(_IMAGE_FILE, CAPTION, words=40, how="search"),
    _matches(_IMAGE_LABEL, CAPTION, words=40, how="search"),
    _rule_rubric,
    _matches(_CREDITS_LINE, "byline", words=20),
    _matches(_STAFF_SIGNOFF, "byline", words=10),
    _matches(_REACTION, "page widget", words=14),
    _rule_caption_date_end,
    _rule_doubled_caption,
    _matches(_CAPTION_CREDIT_END, CAPTION, words=60, how="search"),
    _matches(_CREDIT_SLASH_TAIL, CAPTION, words=45, how="search"),
    _matches(_WIRE_PHOTO_CREDIT_END, CAPTION, words=120, how="search"),
    _rule_via_wire_credit,
    _matches(_SCREENSHOT_CREDIT_END, CAPTION, words=45, how="search"),
    _rule_agency_slash_end,
    _rule_agency_then_bar,
    _rule_caption,
)


_OPENS_A_QUOTE = re.compile(r'^\s*[“"][^”"]*$')


def _continuation(p: _Page, i: int, line: str) -> str | None:
    """Lines that belong to what came before: a footer, the titles under a bare teaser marker."""
    if p.hard_footer:
        return "footer"
    if _SOURCE_URL.match(line) or _FEED_SOURCE.match(line) or _SOURCE_DOMAIN.match(line):
        return _rule_source_url(p, i, line)
    if p.video_title_next:
        p.video_title_next = False
        if _word_count(line) <= 20 and line[-1:] not in ".!?":
            return "teaser"  # one title under one video
    if p.teaser_title_next:
        # the titles listed under a bare "Baca juga:" (one or several lines); a quote the line opens and
        # does not close is the text going on ('"Bertujuan untuk memperdalam operasi' in a hard-wrapped page)
        if _word_count(line) <= 20 and (line[-1:] not in ".!" or (line[-1:] == "!" and title_case(line))) \
                and not _TEASER.match(line) and not _OPENS_A_QUOTE.match(line) and not _FOOTER_START.match(line):
            return "teaser"  # a teaser's title may ask a question or exclaim; a body sentence ends in a full stop
        p.teaser_title_next = False
    if p.in_footer:
        short = _word_count(line) <= 14 or (_word_count(line) <= 24 and line[-1:] not in ".")  # teaser titles
        if short or _is_comment_form(line) or _TEASER.match(line):
            return "footer"
        p.in_footer = False
    return None


def _mark_lines(p: _Page) -> None:
    """The line rules, everywhere on the page."""
    for i, (line, _blank) in enumerate(p.lines):
        if i in p.drop:
            continue
        reason = _continuation(p, i, line)
        for rule in LINE_RULES:
            if reason:
                break
            reason = rule(p, i, line)
        if reason:
            p.drop[i] = reason


_PHOTO_LABEL = re.compile(r"^\s*(?:foto|photo)\s*:", re.IGNORECASE)
_PHOTO_CREDIT_LINE = re.compile(r"^\s*(?:foto|photo|sumber\s+foto|image|kredit|credit)\s*:", re.IGNORECASE)


def _captions_above_credits(p: _Page) -> None:
    """A line set right above a photo credit ("FOTO: AFP/ANTHONY WALLACE") is its caption."""
    for i in range(1, len(p.lines)):
        credit = p.drop.get(i) == "photo credit" or (p.drop.get(i) == "byline" and _PHOTO_CREDIT_LINE.match(p.line(i)))
        if credit and _story_credit(p, i):
            del p.drop[i]  # the closing credits read it (_trailing_block): the text above is the story's
            continue
        above = i - 1
        if credit and above not in p.drop and not p.lines[above][1] and _word_count(p.line(above)) <= 45:
            p.drop[above] = CAPTION


# a summary box over the text: its label, its points, a note on how it was made
_SUMMARY_LABEL = re.compile(r"^\s*(?:ringkasan(?:\s+berita)?|rangkuman(?:\s+berita)?|poin[- ]poin\s+penting|intisari\s+berita"
                            r"|key\s+points|summary)\s*:?\s*$", re.IGNORECASE)
_SUMMARY_POINT = re.compile(r"^\s*(?:" + _LIST_MARK + r"|[*-])\s+\S")
_SUMMARY_NOTE = re.compile(r"^\s*\*?\s*(?:ringkasan|rangkuman)\s+ini\b.*\b(?:AI|kecerdasan\s+buatan)\b", re.IGNORECASE)


def _summary_box(p: _Page) -> None:
    """"Ringkasan Berita" with its points under it (and "* Ringkasan ini dibantu dengan menggunakan
    AI"): the page's summary of the story, which the text tells in full below."""
    for i in range(len(p.lines)):
        if i in p.drop or not _SUMMARY_LABEL.match(p.line(i)):
            continue
        j = i + 1
        while j < len(p.lines) and j not in p.drop and (_SUMMARY_POINT.match(p.line(j)) or _SUMMARY_NOTE.match(p.line(j))):
            j += 1
        if j > i + 1 and _SUMMARY_POINT.match(p.line(i + 1)):
            for k in range(i, j):
                p.drop[k] = "summary"


TWICE_TOP = 15  # lines: a photo's caption printed twice stands above the story
CAPTION_WORDS = 6  # a caption printed twice has at least this many words (a label may be printed twice too)


def _captions_printed_twice(p: _Page) -> None:
    """A line printed twice, one copy right under the other, near the top under a kept line, in
    sentence case and not ending as a sentence ("Presiden AS ... di Gedung Putih, Kamis, 31 Juli
    2025" twice): a photo's caption, both copies (one copy was dropped as a duplicate, the other
    stayed as the text's first paragraph). A lede printed twice ends with its stop and stays; a
    sentence-case headline printed twice over the dateline ("Jepang menyiagakan ... satelit" twice,
    then "TOKYO/SEOUL (Reuters) –") names no day as a caption does, and stays too."""
    for i in range(2, min(len(p.lines), TWICE_TOP)):
        line = p.line(i).strip()
        if i in p.drop or i - 1 in p.drop or p.line(i - 1).strip() != line:
            continue
        if _word_count(line) >= CAPTION_WORDS and line[-1:] not in ".!?”\"" and not _headline_case(line) \
                and _under_more_than_labels(p, i - 1) and not _headline_over_dateline(p, i, line):
            p.drop[i - 1] = p.drop[i] = CAPTION


def _under_more_than_labels(p: _Page, i: int) -> bool:
    """A kept line above line i longer than a label: the headline a photo's caption stands under. Under
    labels alone ("Breaking News"), a line printed twice is the headline itself (_printed_twice_under_labels)."""
    return any(k not in p.drop and _word_count(p.line(k)) > LABEL_WORDS for k in range(i))


ANY_DAY = date(2100, 1, 1)  # a reference late enough for any day a line names: only whether it names one counts


FRAGMENT_WORDS = 3  # a line this short between a headline and the dateline is a player's or a widget's scrap ("Ia memainkan")


def _headline_over_dateline(p: _Page, i: int, line: str) -> bool:
    after = next((k for k in range(i + 1, len(p.lines)) if k not in p.drop and _word_count(p.line(k)) > FRAGMENT_WORDS), None)
    return after is not None and _match_lede(p.line(after), p.lookup) is not None \
        and not dates.find_mentions([line], ANY_DAY)[0]


def _caption_under_its_credit_too(p: _Page) -> None:
    """A caption printed again right under its photo's credit ("... THAAD ..., Rabu (26/4)." / "Foto:
    Reuters/..." / the same sentence): the second copy is the caption too, not the text's first line."""
    for i in range(2, min(len(p.lines), TWICE_TOP)):
        credit = p.drop.get(i - 1) in ("photo credit", "byline") and _PHOTO_CREDIT_LINE.match(p.line(i - 1))
        if credit and i not in p.drop and p.drop.get(i - 2) == CAPTION and p.line(i).strip() == p.line(i - 2).strip():
            p.drop[i] = CAPTION


def _story_credit(p: _Page, i: int) -> bool:
    """"Credit Sindonews" closing a repost, nothing kept after it: the story's source, not a photo's."""
    m = _STANDALONE_CREDIT.match(p.line(i))
    return m is not None and m.group("how").lower() in ("credit", "kredit") and not any(j > i for j in p.kept())


_SEVERAL = re.compile(r"\s*(?:,|\s(?:dan|and|&)\s)\s*")


SOURCE_CODE_CHARS = 3  # a closing "Source : KN" this short is a credit; the outlet only when the gazetteer knows it


def _trailing_block(p: _Page) -> None:
    """Signatures and stand-alone credits after the last real paragraph."""
    for i in reversed(p.kept()):
        line = p.line(i)
        if (m := _STANDALONE_CREDIT.match(line)) is not None and _word_count(line) <= 5:
            p.drop[i] = "credit"
            names = _SEVERAL.split(m.group(2))  # "Sumber: BBC dan Sputnik": two sources, neither the site
            if not m.group(2).lower().startswith("http"):
                for name in names:
                    _add_via(p.c, name, p.lookup)
            if m.group("how").lower() in ("credit", "kredit", "sumber", "source", "src", "sc") and len(names) == 1 \
                    and (len(names[0]) > SOURCE_CODE_CHARS or p.lookup(names[0])):  # not "Source : KN": a code, a credit
                p.c.source_outlet = p.c.source_outlet or m.group(2)  # a repost's "Credit CNN Indonesia", "Sumber: Sindo"
        elif (m := _SIGNED.match(line)) is not None:
            p.drop[i] = "signature"
            p.c.signature_outlet = p.c.signature_outlet or m.group("outlet") or m.group("site")
        elif _CLOCK.search(line) and dates.page_date(line) is not None:
            p.drop[i] = "timestamp"  # "April 26, 2019 at 12:37AM" under a feed's repost: when it was posted
            p.c.timestamp = p.c.timestamp or line  # (a date widget shows no time of day)
        elif (m := _SOURCE_NAME.match(line)) is not None:
            p.drop[i] = "credit"
            _add_via(p.c, m.group(1), p.lookup)
        elif i == len(p.lines) - 1 and cut_off_prose(line):
            break  # "Meski pejabat militer Amerika Serikat": the story, where the page was cut off
        elif _is_shortline(line, 8) and i > 0 and not re.search(r"[“”\"]", line):
            p.drop[i] = "signature"
            if _is_agency(line.strip(" ().:"), p.lookup):  # "Artikel ini ditulis oleh:" / "Antara": the agency wrote it
                _add_via(p.c, line.strip(" ().:"), p.lookup)
            for sources in _SIGNED_SOURCES.finditer(line):  # "Huy Hoang (menurut Reuters, Yonhap)": the writer's sources
                for name in _SOURCES_APART.split(sources.group("names")):
                    if _is_agency(name, p.lookup):
                        _add_via(p.c, name, p.lookup)
            sig = _OUTLET_SIG.match(line)
            if sig and p.c.signature_outlet is None:
                p.c.signature_outlet = sig.group(1)
        else:
            break


# the first words of a site's own lines at a text's end: prompts ("Cek Berita ...", "Silakan tulis
# komentar Anda"), notes ("Artikel ini ..."), English widgets ("No related content")
_CHROME_OPENING = re.compile(r"(?i:cek|baca|simak|silakan|silahkan|jangan|klik|lihat|tonton|saksikan|ikuti|dapatkan|artikel"
                             r"|berita|no|related|read|share|tags?)\b")


CUT_WORD_LETTERS = 3  # the most letters a word cut mid-way keeps, for the rule to see it cut


def ends_cut_mid_word(line: str) -> bool:
    """Two words or more, the last a few letters in lower case that are no word ("Pulau Okinawa
    mer", "Juru bi"): cut mid-way ("Source link" ends on a word, though not an Indonesian one)."""
    words = line.split()
    return len(words) >= 2 and len(words[-1]) <= CUT_WORD_LETTERS and words[-1].isalpha() and words[-1].islower() \
        and not is_word(words[-1])


_OPENER_THEN_COMMA = re.compile(r"^\s*(?i:" + alternation(SENTENCE_OPENERS) + r")\s*,\s")


def cut_off_prose(line: str) -> bool:
    """The page's last line, a sentence of the story that stops short where the page was cut
    ("Pemerintah Abe mengatakan mereka berencana untuk merevisi dokumen", "Meski pejabat militer
    Amerika Serikat"): four words or more, two or more in lower case (a name, a signature, has
    none), no colon, not a prompt or a note; or two words or more whose last is cut mid-way."""
    words = line.split()
    if words[:1] and words[0][:1].isupper() and ends_cut_mid_word(line) and not _CHROME_OPENING.match(line):
        return True  # "Presiden Korea Selatan m", "Juru bi": the last word cut mid-way, no word of its own
    if words[:1] and words[0][:1].isupper() and line.rstrip()[-1:].isalpha() and ":" not in line \
            and not _CHROME_OPENING.match(line) and (words[0].lower() in SENTENCE_WORDS or (
                len(words) >= 2 and words[0][:2].lower() in ("me", "di") and is_derived(words[0]))):
        return True  # "Dalam", "Menyebut Jepang seba": a sentence's first word (a verb by its prefix), then the cut
    if _OPENER_THEN_COMMA.match(line) and len(words) >= 3:
        return True  # "Sementara itu, Koordinator Dewan Keam": a sentence's opening (no signature opens so), then the cut
    if (named := _NAME_SET_OFF.match(line)) is not None and named.group("what") in _DESCRIBED_AS:
        return True  # "Da Zhigang, direktur Instit": a name, what the person is, then the cut
    if len(words) >= 2 and words[0][:1].isupper() and all(w[:1].islower() for w in words[1:]) \
            and (line.rstrip().endswith(",") or len(words) >= 3) and ":" not in line \
            and not _LETTER_CLOSING.match(line) and not _CHROME_OPENING.match(line):
        return True  # "Sejauh ini,", "Secara hukum, mereka": a sentence's opening, then the cut (no name, no code)
    if len(words) >= 3 and words[0][:1].islower() and words[0].isalpha() and words[-1].isalpha() and ":" not in line \
            and not _CHROME_OPENING.match(line):
        return True  # "yang berhasil mencapai Korea Selatan meningkat hampir ti": a sentence's rest, wrapped, then the cut
    return (len(words) >= 4 and words[0][:1].isupper() and ":" not in line and not _CHROME_OPENING.match(line)
            and sum(w[:1].islower() for w in words) >= 2)


_NAME_SET_OFF = re.compile(r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,3},\s(?:seorang\s)?(?P<what>[a-z]+)\b")
_DESCRIBED_AS = frozenset(cue.split()[0] for cue in DESCRIPTOR_CUES)
_LETTER_CLOSING = re.compile(r"^\s*(?i:salam|hormat|wassalam|terima\s+kasih|sekian)\b")  # "Hormat kami,": a letter's close


def _masthead(p: _Page) -> None:
    """Masthead, menus and breadcrumbs above the headline; a brand among them names the outlet."""
    masthead = []
    for i in p.kept():
        line = p.line(i)
        crumb = _BREADCRUMB.search(_without_label(line))
        if (len(line.split()) >= 4 and not crumb) or _short_headline(p, i, line):
            break
        cut_crumb = crumb and line.endswith(("...", "…"))  # "Internasional›Dua Menteri..."
        if (line[-1:] in ".!?" and not cut_crumb) or _dateline_parts(p, line):
            break
        p.drop[i] = "page chrome"
        masthead.append((i, line))
    for i, line in masthead:
        if not _generic_name(line) and _BRAND.match(line) and not _is_place(line, p.lookup) \
                and not _sections_in_capitals(line, p.lookup) and not _under_a_menu(p, i) \
                and not _named_in_the_headline(p, i, line):
            p.c.byline_outlet = p.c.byline_outlet or line
            p.drop[i] = "masthead"  # the outlet's name: not said to be page chrome while shown as the outlet
            break


def _short_headline(p: _Page, i: int, line: str) -> bool:
    """"Korsel Kecewa" over the lede: a headline of two or three words in title case that names a
    country, a person or a body and says something of it (a word no menu, place or name), set
    off by a blank line above a paragraph. A section ("Berita Dunia", "Asia Pasifik") is not one."""
    words = line.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or not p.lines[i][1]:
        return False
    below = next((j for j in p.kept() if j > i), None)
    if below is None or _word_count(p.line(below)) < HEADLINE_OVER_TEXT_WORDS:
        return False
    hits = [p.lookup(w.strip(",:")) for w in words]
    named = any(h and h[1] in ("country", "person", "organization") for h in hits)
    telling = any(h is None and w.lower().strip(",:") not in MENU_WORDS for w, h in zip(words, hits, strict=True))
    return named and telling


MENU_LINE_WORDS = 5  # a dropped line of this many words or more above the headline is a menu


def _named_in_the_headline(p: _Page, i: int, name: str) -> bool:
    """"USS Fitzgerald" above "Tujuh Pelaut AS Hilang Dalam Kecelakaan USS Fitzgerald": the story's tag,
    not the site's name (a site does not name itself in its headlines)."""
    first_long = next((j for j in p.kept() if j > i and _word_count(p.line(j)) >= 4), None)
    return first_long is not None and re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", p.line(first_long)) is not None


def _under_a_menu(p: _Page, i: int) -> bool:
    """"LINTAS NEGARA" right under the menu "Nasional Mondial Ekonomi ...": the section the
    story is filed in, not the site's name (which stands above its menu); a domain
    ("Okezone.com") is no section's name, wherever it stands."""
    return i > 0 and p.drop.get(i - 1) == "page chrome" and _word_count(p.line(i - 1)) >= MENU_LINE_WORDS \
        and re.fullmatch(_DOMAIN, p.line(i).strip()) is None


_BRANDISH = re.compile(r"\.[A-Za-z]{2,4}\b|^[A-Z0-9.&!]{2,}(?:\s[A-Z0-9.&!]{2,})*$|^[a-z]+[A-Z]|[a-z][A-Z]")
_DOMAIN_CITY_LINE = re.compile(r"^\s*(?P<outlet>" + _DOMAIN + r")\s*(?:[,|]|\s[–—-])\s*(?P<city>" + _CITY + r")\s*(?:–|—|--|-)?\s*$")
_CITY_IN_CAPITALS = re.compile(r"^\s*(?P<city>[A-Z]{3,}(?: [A-Z]{3,})?)\s*$")
_CITY_PAREN_LINE = re.compile(r"^\s*(?P<city>" + _CITY + r")\s*\((?P<outlet>[A-Za-z][\w.&’' -]{1,30})\)\s*(?:–|—|--|-)?\s*$")
_SITE_AND_SECTION_LINE = re.compile(r"^\s*(?P<outlet>" + _DOMAIN + r")\s*,\s*(?P<section>[A-Za-z]+)\s*[.:–—-]?\s*$")
_OUTLET_BARS_PLACE = re.compile(r"^\s*(?P<outlet>" + _OUTLET_WORDS + r")\s*\|{1,2}\s*(?P<city>" + _CITY + r")\s*$")  # "RBN || Korea Selatan"
_PLACE_ALONE = re.compile(r"^\s*(?P<city>[A-Z][A-Za-z]+(?:\s[A-Z][a-z]+|\s[A-Z]\.?[A-Z]\.?)?)\s*(?:–|—|--|-|:)\s*$")  # "Washington DC -"


def _dateline_parts(p: _Page, line: str) -> tuple[str | None, str | None] | None:
    """(city, outlet) of a dateline standing on its own line: "Washington, MISTAR.ID",
    "Jakarta -", "Tokyo (MINA)". The city must be a known place, or the outlet look like one."""
    if (m := _DATELINE_LINE.match(line)) is not None and _word_count(line) <= 6:
        city, outlet = m.group("city"), m.group("outlet").strip()
        if _is_place(city, p.lookup) or (_BRANDISH.search(outlet) and not outlet.endswith(".")):
            return _city(city), outlet
    if (m := _OUTLET_CITY_LINE.match(line)) is not None and _word_count(line) <= 6:
        city, outlet = m.group("city"), m.group("outlet").strip()
        if _is_place(city, p.lookup) and not _is_place(outlet, p.lookup):
            return _city(city), outlet
    if (m := _SITE_AND_SECTION_LINE.match(line)) is not None and m.group("section").lower() in MENU_WORDS:
        return None, m.group("outlet")  # "BERITABALI.COM, DUNIA.": the site, then the section it files the story in
    if (m := _OUTLET_BARS_PLACE.match(line)) is not None and _word_count(line) <= 6 and _is_place(m.group("city"), p.lookup) \
            and not _is_place(m.group("outlet").strip(), p.lookup):
        return _city(m.group("city")), m.group("outlet").strip()  # the site's tag, a bar, where the story is from
    if (m := _DOMAIN_CITY_LINE.match(line)) is not None and _is_place(m.group("city"), p.lookup):
        return _city(m.group("city")), m.group("outlet")
    if (m := _CITY_DASH_OUTLET_LINE.match(line)) is not None and _is_place(m.group("city").title(), p.lookup):
        return _city(m.group("city")), m.group("outlet")  # "TOKYO-SBN.": the city and the site's initials
    if (m := _CITY_PAREN_LINE.match(line)) is not None and _is_place(m.group("city"), p.lookup):
        return _city(m.group("city")), m.group("outlet").strip()  # "Tokyo(warta.com)" above the lede
    if (m := _CITY_IN_CAPITALS.match(line)) is not None and (hit := p.lookup(m.group("city").title())) and hit[1] == "place":
        return _city(m.group("city")), None  # "ANKARA" alone above the lede (a country there is a section's tag)
    if (m := _PLACE_ALONE.match(line)) is not None and _is_place(m.group("city"), p.lookup):
        return _city(m.group("city")), None
    return None


def _dateline_line(p: _Page, i: int) -> bool:
    found = _dateline_parts(p, p.line(i))
    if found is None:
        return False
    p.drop[i] = "dateline"
    p.c.dateline, p.c.outlet = found
    return True


def _dateline_on_its_own_line(p: _Page) -> None:
    """"Washington, MISTAR.ID" or "Jakarta -" alone on a line near the top."""
    if _dateline_as_a_block(p):
        return
    for i in p.kept()[:10]:
        if _dateline_line(p, i):
            return


_DASH_ALONE = re.compile(r"^\s*(?:—|–|--|-)\s*$")
_OUTLET_ALONE = re.compile(r"^\s*[A-Z][\w.&!]*(?:\s[A-Z][\w.&!]*){0,2}\s*$")


def _dateline_as_a_block(p: _Page) -> bool:
    """"Seoul" / "CNN" / "—", each on its own line before the text (CNN's layout, kept by its copies):
    the city (when a known place), the outlet, the dash."""
    for dash in range(1, min(12, len(p.lines))):  # lines the line rules took for chrome or a masthead too
        name = dash - 1
        if not _DASH_ALONE.match(p.line(dash)) or not _OUTLET_ALONE.match(p.line(name)) \
                or _is_place(p.line(name).strip(), p.lookup) or not _above_most_words(p, name, dash):
            continue
        city = name - 1 if name >= 1 and _is_place(p.line(name - 1).strip(), p.lookup) else None
        p.c.outlet = p.c.outlet or p.line(name).strip()
        p.c.dateline = p.c.dateline or (_city(p.line(city).strip()) if city is not None else None)
        for k in (city, name, dash):
            if k is not None:
                p.drop[k] = "dateline"
        return True
    return False


def _above_most_words(p: _Page, first: int, last: int) -> bool:
    """Whether lines first..last stand above most of the page's words: "Berita Terkait" / "-"
    under the story is a list's label, not CNN's dateline."""
    before = sum(_word_count(p.line(k)) for k in range(first))
    return before < sum(_word_count(p.line(k)) for k in range(last + 1, len(p.lines)))


def _glued_before(line: str, headline: str) -> bool:
    """"HomeAsiaPresiden Korsel Bertemu ...", "Home Internasional Korea Selatan ...": the
    headline after menu words, glued or not."""
    if _CUT_SUMMARY.search(line):  # "HomeNewsPertama dalam 24 Tahun ... di Korut,...": the headline cut short
        shown = _CUT_SUMMARY.sub("", line).rstrip(" ,;:")
        start = line.find(headline[:20])
        if start > 0 and _word_count(shown[start:]) >= 4 and headline.startswith(shown[start:]):
            line = line[:start] + headline
    cut = len(line) - len(headline)
    if cut <= 0 or not line.endswith(headline) or _word_count(headline) < 4:
        return False
    prefix = line[:cut].strip()
    return line[cut - 1].isalpha() or all(w.lower() in MENU_WORDS for w in prefix.split())


def _norm(line: str) -> str:
    return " ".join(line.split()).casefold()


def _pull_quote_on_top(p: _Page) -> None:
    """A quotation alone on the page's first line that the text quotes again further down
    (a pull-quote teaser) is no headline and no second quote: the headline may follow it."""
    kept = p.kept()
    quoted = _pull_quote_text(p.line(kept[0])) if len(kept) >= 2 else None
    if quoted is None:
        return
    words = re.findall(r"\w[\w'’-]*", quoted.casefold())
    rest = " ".join(re.findall(r"\w[\w'’-]*", " ".join(p.line(i) for i in kept[1:]).casefold()))
    if any(" ".join(words[k:k + 4]) in rest for k in range(max(1, len(words) - 3))):
        p.drop[kept[0]] = "pull quote"


SNIPPET_WORDS = 8  # a line cut with "..." this long, that the next line begins with, is its snippet
SNIPPET_REACH = 12  # kept lines from the top where a search snippet of the lede stands
_CUT_WITH_DOTS = re.compile(r"(?:\.{3}|…)\s*$")


def _snippet_of_the_next_line(p: _Page) -> None:
    """A line cut short with "..." that the next line begins with, word for word ("Berita 24 Indonesia - Calon
    ... dari Presiden Joe Biden tentan..." over the whole lede): a search snippet of the lede, a teaser, not
    the lede itself (its cut word aside)."""
    kept = p.kept()[:SNIPPET_REACH]
    for i, j in zip(kept, kept[1:], strict=False):
        if not _CUT_WITH_DOTS.search(p.line(i)):
            continue
        words = re.findall(r"\w+", _CUT_WITH_DOTS.sub("", p.line(i)).casefold())[:-1]  # the last word may be cut
        if len(words) >= SNIPPET_WORDS and re.findall(r"\w+", p.line(j).casefold())[:len(words)] == words:
            p.drop[i] = "teaser"


_SITE_NAME_LINE = re.compile(r"^\s*(?P<site>[A-Z][\w-]{2,24}(?:\.(?:com|co\.id|id|net|tv|news|co))?)\s*$")


def _site_between_headline_copies(p: _Page) -> None:
    """A site's name alone on a line between two copies of the headline ("ASEAN ungkap ..." / "Rappler.com" /
    "ASEAN ungkap ...", "... | Berita Jepang" / "Aljazeera" / the same): the page names its outlet there."""
    kept = p.kept()[:10]
    for pos in range(1, len(kept) - 1):
        i = kept[pos]
        m = _SITE_NAME_LINE.match(p.line(i))
        if m is None or (hit := p.lookup(m.group("site"))) is not None and hit[1] in ("person", "country", "place"):
            continue
        above = p.line(kept[pos - 1]).strip()
        if _word_count(above) >= 4 and any(p.line(j).strip() == above for j in kept[pos + 1:pos + 3]):
            p.c.byline_outlet = p.c.byline_outlet or m.group("site")
            p.drop[i] = "page chrome"
            return


def _repeated_headline(p: _Page) -> None:
    """When the page does not open with a headline, one it prints twice near its top
    (the page's title and its heading) is the headline, and the short lines above its
    first print are the site's chrome (section labels and their teasers, widgets). A
    page that opens with a headline keeps it: a photo's caption is often printed twice. A
    first line in capitals ("UJI COBA BOM HIDROGEN") is a kicker when a headline is printed
    twice below it."""
    kept = p.kept()[:16]
    first = p.line(kept[0]) if kept else ""
    opens = bool(kept) and _word_count(first) >= 4 and _is_headline(first) and not first.isupper()
    if opens and _printed_again(p, kept, 0):
        return  # the page opens with its headline
    for pos, i in enumerate(kept):
        line = p.line(i)
        if _word_count(line) > 30:
            return  # the text has begun
        if _word_count(line) < 4 or not _is_headline(line):
            continue
        if _printed_again(p, kept, pos, same=not opens):
            for j in kept[:pos]:
                p.drop[j] = "above the headline"
            return


INLINE_TEASER_WORDS = 7  # a subheading is shorter; another story's headline set between paragraphs is longer
_SENTENCE_END_MARK = (".", "!", "?", "”", '"', ":")


def _is_body_sentence(line: str) -> bool:
    return _word_count(line) >= 12 and line.rstrip()[-1:] in _SENTENCE_END_MARK


def _inline_teaser_titles(p: _Page) -> None:
    """Another story's headline set between two paragraphs of the text, with no "Baca juga"
    ("Tak Peduli Hari Natal, Israel Terus Serang Gaza ..."): a related link, not the text."""
    kept = [i for i in p.kept() if p.drop.get(i) != "headline"]
    for before, i, after in zip(kept, kept[1:], kept[2:], strict=False):
        line = p.line(i)
        if (_word_count(line) >= INLINE_TEASER_WORDS and title_case(line) and line.rstrip()[-1:] not in _SENTENCE_END_MARK
                and not re.search(r"[“”\"]", line) and _is_body_sentence(p.line(before)) and _is_body_sentence(p.line(after))):
            p.drop[i] = "teaser"


def _printed_again(p: _Page, kept: list[int], pos: int, same: bool = True) -> bool:
    """Whether the line at kept[pos] is printed again below it: in the page title's form
    "Headline - SITE.COM", or (same) in the same words (a caption is often printed twice too:
    under a first line that reads as a headline, only the page title's form counts)."""
    line = _norm(p.line(kept[pos]))
    for j in kept[pos + 1:]:
        if same and _norm(p.line(j)) == line:
            return True
        if (m := _TITLE_SUFFIX.match(p.line(j))) is not None and _norm(m.group("title")) == line:
            return True
    return False


RUBRIC_WORDS = 6  # a topic's name over the headline is this short


def _rubric_over_headline(p: _Page, kept: list[int]) -> bool:
    """A topic's name over the headline: two headline-shaped lines on top, the first a few words,
    the second longer, capitalised as headlines are, with the byline right under it (the headline
    is the one its writer signs; a deck there is a sentence in lower case), or under the page's
    date line with a deck's sentence right under it."""
    if len(kept) < 3 or (kept[1] != kept[0] + 1 and p.drop.get(kept[0] + 1) not in _HEAD_FURNITURE):
        return False
    top, second = p.line(kept[0]), p.line(kept[1])
    signed = p.drop.get(kept[1] + 1) == "byline" and p.drop.get(kept[0] + 1) != "byline"
    # or, under the page's date line, a deck under it ("Konflik Rusia Vs Ukraina" / "600 Tentara Korea Utara ...")
    # (or at the page's top: "Konflik Rusia vs Ukraina" / "NATO dan AS Konfirmasi ..." / "Pentagon pada Selasa ...")
    decked = (kept[0] == 0 or p.drop.get(kept[0] - 1) in ("page date", "page chrome")) and kept[2] == kept[1] + 1 \
        and _a_sentence(p.line(kept[2]))
    # or right over the page's own time stamp ("Pamerin Senjata Tempur Baru" / "Moon Jae-In-Prabowo Mesra ..." / "Sabtu,
    # 10 April 2021 05:30 WIB"): the headline is the line its stamp stands under
    stamped = kept[1] == kept[0] + 1 and p.drop.get(kept[1] + 1) == "timestamp"
    shaped = _is_headline(top) and _is_headline(second) and _headline_case(second)
    return shaped and ((signed or decked) and _word_count(top) <= RUBRIC_WORDS < _word_count(second)
                       or stamped and _word_count(top) < min(RUBRIC_WORDS, _word_count(second)))


LABEL_WORDS = 5  # a section's or a program's name over the headline is this short
_LABEL_THEN_DAY = re.compile(r"(?<=[A-Za-z])(?:19|20)\d\d-\d\d-\d\d\s*$")  # the page's day glued to a label


def _printed_twice_under_labels(p: _Page, kept: list[int]) -> tuple[int, int] | None:
    """A headline the page prints twice near the top, with only short labels above the first and
    between the two (a section's name, the date glued to it): (its place in `kept`, the copy's)."""
    for first in range(1, min(4, len(kept) - 1)):
        line = p.line(kept[first])
        if not _is_headline(line) or _word_count(line) <= LABEL_WORDS \
                or any(_word_count(p.line(k)) > LABEL_WORDS for k in kept[:first]):
            continue
        for again in range(first + 1, min(first + 3, len(kept))):
            if p.line(kept[again]) == line and all(_word_count(p.line(k)) <= LABEL_WORDS for k in kept[first + 1:again]):
                return first, again
    return None


def _headline_over_its_stamp(p: _Page, kept: list[int]) -> bool:
    """The second line kept stands right over the page's stamp ("Diperbarui: 7 Agustus 2019 20:36"),
    shaped and cased as a headline, while the first, under the writer's name or badge, has no
    page furniture under it: a blog platform's post, the writer's profile line above its headline."""
    if len(kept) < 3 or kept[0] >= STAMP_REACH or p.drop.get(kept[1] + 1) not in ("timestamp", "updated stamp"):
        return False
    if p.drop.get(kept[0] - 1) not in ("page chrome", "byline", "promotion"):
        return False  # the profile stands under the writer's name and badge; a page's first line is its headline
    first, second = p.line(kept[0]), p.line(kept[1])
    return (kept[0] + 1 not in p.drop and _is_headline(second) and _headline_case(second)
            and _word_count(first) <= _word_count(second))


# "Jepang membatalkan pertemuan ... untuk pertahanan -FT:": a feed's headline with the tag of the paper it is from
_SOURCE_TAGGED = re.compile(r"^(?P<head>\S.{20,}?\S)\s+-(?P<source>[A-Z]{2,6}):\s*$")


def _headline(p: _Page) -> None:
    """The headline: the first kept line, set off by a blank line or page furniture. A
    paragraph that the page repeats right after (an AMP layout puts the lede above the
    headline and again below it) is passed over; a headline printed twice in a row is one."""
    kept = p.kept()
    if len(kept) > 2 and p.line(kept[0]) == p.line(kept[1]) and _is_headline(p.line(kept[0])):
        _set_title(p.c, p.line(kept[0]), p.lookup)
        p.drop[kept[0]], p.drop[kept[1]] = "headline", "headline repeated"
        return
    if len(kept) > 1 and (tagged := _SOURCE_TAGGED.match(p.line(kept[0]))) and _is_headline(tagged.group("head")):
        _set_title(p.c, tagged.group("head"), p.lookup)  # "... untuk pertahanan -FT:": a feed's headline, its source's tag
        p.drop[kept[0]] = "headline"
        return
    if (twice := _printed_twice_under_labels(p, kept)) is not None:
        first, again = twice  # "Semenanjung Korea, A to Z" / "Berita Utama" over the headline, then the date and it again
        _set_title(p.c, p.line(kept[first]), p.lookup)
        for k in kept[:first] + kept[first + 1:again]:
            p.drop[k] = "page chrome"
            if (glued := _LABEL_THEN_DAY.search(p.line(k))) and p.c.page_date is None:
                p.c.page_date = dates.page_date(glued.group())  # "Warta Berita2023-01-30"
        p.drop[kept[first]], p.drop[kept[again]] = "headline", "headline repeated"
        return
    if _rubric_over_headline(p, kept):
        p.drop[kept[0]] = "page chrome"  # "Konflik Rusia Vs Ukraina" over "Kerja Sama Militer ... Dikecam ...", its byline under it
        kept = kept[1:]
    if _headline_over_its_stamp(p, kept):
        p.drop[kept[0]] = "byline"  # a blog writer's profile ("Saya Penulis Biografi, ...") over the post's headline
        kept = kept[1:]
    if (len(kept) > 2 and p.line(kept[0]) == p.line(kept[2]) and not _is_headline(p.line(kept[0]))
            and _is_headline(p.line(kept[1]))):
        p.drop[kept[0]] = "duplicate"
        _set_title(p.c, p.line(kept[1]), p.lookup)
        p.drop[kept[1]] = "headline"
        return
    if _site_banner(p, kept):
        p.drop[kept[0]] = "page chrome"  # "Super Hub Pemko Pekanbaru" under "Pemko Pekanbaru": the site's banner
        kept = kept[1:]
    if _teaser_over_headline(p, kept):
        p.drop[kept[0]] = "teaser"  # a related story's headline under the menu, the story's own over its photo
        kept = kept[1:]
    while len(kept) > 1 and _glued_before(p.line(kept[0]), p.line(kept[1])) and _is_headline(p.line(kept[1])):
        p.drop[kept[0]] = "page chrome"  # a breadcrumb glued to the headline it repeats
        kept = kept[1:]
    if (title_idx := _first_line_as_headline(p, kept)) is not None:
        _set_title(p.c, p.line(title_idx), p.lookup)
        p.drop[title_idx] = "headline"


def _first_line_as_headline(p: _Page, kept: list[int]) -> int | None:
    """The first kept line when it is set off as a headline (a dateline alone passed over), the
    page's stamp under it taken as the timestamp."""
    title_idx = None
    for pos, i in enumerate(kept[:3]):
        line, blank_after = p.lines[i]
        if pos <= 2 and _word_count(line) <= 5 and _dateline_line(p, i):
            continue
        furniture_after = p.drop.get(i + 1) in _HEAD_FURNITURE or (
            pos + 1 < len(kept) and kept[pos + 1] == i + 1 and _match_lede(p.line(i + 1), p.lookup) is not None)
        if pos == 0 and _caption_head(p, i):
            p.drop[i] = CAPTION  # no headline: the page's first line is a caption's, the title comes from the lede
            break
        if title_idx is None and pos == 0 and (blank_after or furniture_after or _headline_over_text(p, kept, pos)
                                               or _headline_over_its_deck(p, kept, pos) or _under_its_original(p, i)) \
                and _is_headline(line) and i + 1 < len(p.lines):
            title_idx = i
            continue
        if title_idx is not None and p.c.timestamp is None and dates.page_date(line) is not None:
            p.drop[i] = "timestamp"
            p.c.timestamp = line
            continue
        break
    return title_idx


def _caption_head(p: _Page, i: int) -> bool:
    """A line with no closing punctuation that the caption under it goes on from ("Di bawah kepemimpinan Donald
    Trump" / "(kiri), kebijakan luar negeri AS ..."): the caption's first line, no headline."""
    line, blank_after = p.lines[i]
    return (not blank_after and p.drop.get(i + 1) == CAPTION and line.rstrip()[-1:] not in _TERMINAL
            and _CAPTION_GOES_ON.match(p.line(i + 1)) is not None)


# "diperbarui 05 Apr 2015, 18:12 WIB", "Diterbitkan ...", "oleh X diperbarui ...": a page header's stamp
_LABELLED_STAMP = re.compile(r"^\s*(?:oleh\s.{2,40}?\s)?(?:diperbarui|diterbitkan|dipublikasikan|updated|published)\b.*\d{4}",
                             re.IGNORECASE)


def _headline_after_the_text(p: _Page) -> None:
    """No headline on top, but after the text a headline-shaped line with the page header's
    labelled stamp under it (a deck between them or none): the page printed its header last
    ("... 2015." / "AS-Korsel Latihan Militer, Korut Luncurkan 4 Rudal" / a deck / "diperbarui 05
    Apr 2015, 18:12 WIB..."). The headline, its deck and the stamp leave the text."""
    if p.c.title:
        return
    kept = p.kept()
    for i in kept[1:]:
        line = p.line(i)
        if not (_is_headline(line) and _headline_case(line)):
            continue
        below = range(i + 1, min(i + 3, len(p.lines)))
        stamp = next((k for k in below if _LABELLED_STAMP.match(p.line(k))), None)
        if stamp is not None and all(k not in p.drop for k in range(i + 1, stamp)):
            _set_title(p.c, line, p.lookup)
            p.drop[i] = "headline"
            for k in range(i + 1, stamp):
                p.drop[k] = "summary"  # the deck under the headline: the page's summary of the story
            p.drop.setdefault(stamp, "updated stamp")
            return


SITE_BANNER_EXTRA_WORDS = 3  # words a banner adds to the site's name over it


def _site_banner(p: _Page, kept: list[int]) -> bool:
    """The first kept line repeats the site's name dropped right over it, with a few words more
    ("Pemko Pekanbaru" / "Super Hub Pemko Pekanbaru"): the site's banner, not the headline."""
    if len(kept) < 2 or kept[0] == 0 or p.drop.get(kept[0] - 1) not in ("page chrome", "masthead"):
        return False
    name, line = p.line(kept[0] - 1).strip(), p.line(kept[0])
    return _word_count(name) >= 2 and name in line and _word_count(line) - _word_count(name) <= SITE_BANNER_EXTRA_WORDS


def _teaser_over_headline(p: _Page, kept: list[int]) -> bool:
    """Two headlines, each set off by a blank line, right under the site's menu: the one over
    the photo's credit is the story's ("Sengketa Teritorial I Filipina ..." over "Kelompok
    "Quad" Sangat Prihatin ..." / "Foto : AFP/..."), unless the caption under it repeats it
    ("Pemimpin Korea Utara Kim Jong-Un" over "Foto ... menunjukkan pemimpin Korea Utara Kim Jong-Un ...")."""
    if len(kept) < 3 or kept[0] == 0 or p.drop.get(kept[0] - 1) != "page chrome":
        return False
    first, second = kept[0], kept[1]
    return (p.lines[first][1] and p.lines[second][1] and _is_headline(p.line(first)) and _is_headline(p.line(second))
            and p.drop.get(second + 1) in ("photo credit", CAPTION) and p.drop.get(first + 1) is None
            and p.line(second).strip().lower() not in p.line(second + 1).lower())  # not the caption's own label


HEADLINE_OVER_TEXT_WORDS = 12  # the line under it is a sentence of the text, not a second headline
_CUT_SHORT = ("…", "[…]", "[...]", "...")  # how a page ends a paragraph it cuts short


def _headline_over_text(p: _Page, kept: list[int], pos: int) -> bool:
    """A line in title case right on top of a sentence of the text (no blank line between:
    "Korea Utara Bersiap Untuk Meluncurkan Satelit ..." over "“Kami sangat mendesak ...,” kata ..."): the headline."""
    if pos + 1 >= len(kept) or not _headline_case(_without_label(p.line(kept[pos]))):
        return False
    below = p.line(kept[pos + 1]).rstrip()
    cut = below.endswith(_CUT_SHORT)  # "... Pasal V […]": an excerpt of the text, cut short
    long = _word_count(below) >= 3 * HEADLINE_OVER_TEXT_WORDS  # a paragraph the page ran on into the next
    signed = p.drop.get(kept[pos + 1] + 1) == "byline"  # a deck with its stop lost, the editor's name under it
    return (below[-1:] in _TERMINAL or cut or long or signed) and _word_count(below) >= HEADLINE_OVER_TEXT_WORDS


def _under_its_original(p: _Page, i: int) -> bool:
    """The line right under the page's first line, taken out, in another script ("<W解説>来年5月に韓国・釜山で
    ..." over "Upacara peninjauan ... = kekhawatiran ..."): a translated site's headline, under the original."""
    above = p.line(0) if i == 1 and 0 in p.drop else ""
    letters = [ch for ch in above if ch.isalpha()]
    return bool(letters) and sum(not ch.isascii() for ch in letters) * 2 > len(letters)


DECK_SENTENCE_WORDS = 8  # a deck is a sentence of this many words at least


def _headline_over_its_deck(p: _Page, kept: list[int], pos: int) -> bool:
    """A line with no stop right over one sentence (the deck), then the photo's caption, a date
    or a blank line ("Korut kecam Jepang soal ... terbaru, 'langkah yang sangat berbahaya'" /
    "Tokyo dikabarkan sedang ... saat ini." / a caption): the headline, in sentence case too."""
    i = kept[pos]
    if pos + 1 >= len(kept) or kept[pos + 1] != i + 1 or p.line(i).rstrip()[-1:] in _TERMINAL:
        return False
    deck, deck_blank = p.lines[i + 1]
    after = deck_blank or p.drop.get(i + 2) in _HEAD_FURNITURE
    return after and deck.rstrip()[-1:] in ".!?" and _word_count(deck) >= DECK_SENTENCE_WORDS and _word_count(deck) < 3 * HEADLINE_OVER_TEXT_WORDS


# "Headline - Radar Militer", "Headline | Berita Militer": a site name or a section after the headline
_TITLE_SUFFIX = re.compile(r"^(?P<title>.{20,}?)\s+(?P<sep>[-–—|])\s+(?P<suffix>(?:[A-Z][\w.]*|[a-z]+[A-Z]\w*)(?:\s[A-Z][\w.]*){0,3})\s*$")


# "BeritaBintang – Protes Patung ...": a site's name in one word of joined capitals (or its
# address) printed before the headline
_TITLE_PREFIX = re.compile(r"^(?P<site>[A-Z][a-z]+(?:[A-Z][a-z]*)+|[a-z][\w-]*\.(?:com|co\.id|id|net))\s+[-–—|]\s+"
                           r"(?P<title>\S.{19,})$")


# "... – DW – 21/11/2023": a reposted page title keeps its source's name and date
_TITLE_DATE = re.compile(r"\s+[-–—|]\s+(?P<date>\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)\s*$")


_OFFICE_FIRST = re.compile(r"(?i:" + alternation(TITLE_CUES, ignore_case=True) + r")\b")


def _speaker_credited(m: re.Match) -> bool:
    """"Korea Selatan membutuhkan senjata nuklir – Walikota Seoul": the one whose words the
    headline gives, after a dash, not the site's name (an office opens it)."""
    return m.group("sep") != "|" and _OFFICE_FIRST.match(m.group("suffix")) is not None


def _places_joined(m: re.Match, lookup: Lookup) -> bool:
    """"Hubungan Tokyo - Seoul": a country or place after a dash is the headline's own
    (after a bar, "| Korea Utara", it is the site's section)."""
    return m.group("sep") != "|" and _is_place(m.group("suffix"), lookup)


CUT_HEADLINE_REACH = 12  # lines from the top where the whole of a headline cut short may stand


def _whole_of_a_cut_headline(p: _Page) -> None:
    """A headline the site cut short ("AS Ungkap Sejumlah Kekhawatiran...") when the page prints it whole too ("AS
    Ungkap Sejumlah Kekhawatiran di Kawasan Indo-Pasifik."): the whole one."""
    title = p.c.title or ""
    if not title.endswith(("...", "…")):
        return
    stem = title.rstrip(".… ")
    whole = next((p.line(i) for i in range(min(CUT_HEADLINE_REACH, len(p.lines)))
                  if p.line(i).startswith(stem + " ") and len(p.line(i)) > len(stem) + 3), None)
    if whole is not None:
        p.c.title = whole


def _set_title(c: Cleaned, line: str, lookup: Lookup) -> None:
    """The headline, without the site's name or section a page title carries after it
    (and the date a reposted title carries, kept as the page's timestamp)."""
    dated = _TITLE_DATE.search(line)
    if dated and dates.page_date(dated.group("date")):
        c.timestamp = c.timestamp or dated.group("date")
        line = line[: dated.start()]
    m = _TITLE_SUFFIX.match(line)
    if m and _word_count(m.group("title")) >= 4 and not _places_joined(m, lookup) and not _speaker_credited(m):
        suffix = m.group("suffix")
        if dated:
            c.source_outlet = c.source_outlet or suffix  # whose title it was, not this site's name
        elif suffix.split()[0].lower() not in MENU_WORDS:
            c.title_outlet = suffix  # a section ("Berita Militer") names no outlet
        line = m.group("title")
    elif (m := _TITLE_PREFIX.match(line)) and _word_count(m.group("title")) >= 4:
        c.title_outlet, line = m.group("site"), m.group("title")
    c.title, c.title_basis = _BULLET_MARK.sub("", line), "headline"  # "• Korut Tembak ...": a list's mark


# "... THAAD. (Foto: AFP/DOD)Kamis kemarin, ...": a photo's credit left inside a paragraph
_INLINE_CREDIT = re.compile(r"\s*\((?:foto|photo|dok\.?|ilustrasi)\s*:\s*[^()]{1,60}\)\s*", re.IGNORECASE)


def _without_inline_credits(c: Cleaned, line: str) -> str:
    """The line without the photo credits inside it (a space where one was)."""
    if "(" not in line:
        return line
    for m in reversed(list(_INLINE_CREDIT.finditer(line))):
        if m.start() == 0 or m.end() == len(line):
            continue  # a whole line's or a caption's closing credit: the line rules' to judge
        c.removed.append(Removed(m.group().strip(), "photo credit"))
        line = line[:m.start()] + " " + line[m.end():]
    return line


_INLINE_TEASER = re.compile(r"\s*\(\s*" + _READ_ALSO + r"[^()]{3,300}\)")


PHOTO_STORY_CAPTIONS = 2  # long captions on a page with no other text: a photo story, its captions the text
PHOTO_STORY_WORDS = 12
# "... (REUTERS/Kim Hong-Ji)": the photo's credit closing a caption, in brackets with a slash
_BRACKETED_CREDIT = re.compile(r"\s*\((?:[A-Z][\w.-]*\s?){1,3}/[^()]{2,40}\)\s*$")


def _photo_story(p: _Page) -> None:
    """A gallery's page: every paragraph a long caption closed by its credit ("... (REUTERS/Kim
    Hong-Ji)") and nothing else to read. The captions are the story: kept, their credits taken off."""
    if any(_word_count(p.line(i)) >= PHOTO_STORY_WORDS for i in p.kept()):
        return
    captions = [i for i, why in p.drop.items() if why == CAPTION and _word_count(p.line(i)) >= PHOTO_STORY_WORDS]
    if len(captions) < PHOTO_STORY_CAPTIONS:
        return
    for i in sorted(captions):
        del p.drop[i]
        line, blank = p.lines[i]
        if (m := _BRACKETED_CREDIT.search(line)) is not None:
            p.c.removed.append(Removed(m.group().strip(), "photo credit"))
            p.lines[i] = (line[:m.start()], blank)


# a full stop glued to the next sentence's first word ("(9/8).Biden", "John Kirby.Ia"); a domain's
# ending is in lower case ("Kompas.com") or capitals ("Kompas.TV"), never a word in title case
_GLUED_STOP = re.compile(r"(?<=[a-z)])\.(?!(?i:" + "|".join(SITE_ENDINGS) + r")\b)(?=[A-Z][a-z]{1,20}\b(?!\.[a-z]))")  # "Suara.Com"


# a capitalised name's last word glued by its stop to a word in small letters ("Fachir.untuk"); a domain's ending
# ("Kompas.com", "detik.news") is no word
_GLUED_STOP_LOWER = re.compile(r"\b([A-Z][a-z]{2,20})\.(?!(?:" + "|".join(SITE_ENDINGS) + r")\b)(?=[a-z]{3,}\s)")


# "kata diplomat JepangBagaimanapun, negara kami ...": a place's name glued to the next sentence's first word (not in a
# dateline, whose rules read "Jakarta, CNBC IndonesiaMenteri ..." themselves: only capitalised words before it)
_DATELINE_HEAD = re.compile(r"\s*(?:[A-Z][\w.]*[\s,]+){0,5}")
_GLUED_PLACE_WORD = re.compile(r"(?<![\w-])([A-Z][a-z]{2,})([A-Z][a-z]{3,})(?![\w-])")


def _words_apart(m: re.Match, lookup: Lookup) -> str:
    """The two words apart when the first is a place or a country and the second a word of the language, the whole
    no name the gazetteer knows (a brand in camel case, "LaPlante", stays), past the line's dateline."""
    first, second = m.group(1), m.group(2)
    if not _DATELINE_HEAD.fullmatch(m.string, 0, m.start()) and lookup(m.group()) is None and _is_place(first, lookup) \
            and is_word(second.lower()):
        return f"{first} {second}"
    return m.group()


def _code_cut_off(p: _Page, i: int, line: str) -> str:
    """The line without the agency code closing it ("... presiden. [hta/rmol]"), the agency
    credited (as Via, and remembered: closing the story, it may be the only outlet named)."""
    m = _AGENCY_CODE.search(line)
    if not m or m.start() == 0 or _spelt_out_acronym(line):  # "... eXperimental (KFX/IFX).": initials, not a code
        return line
    p.c.removed.append(Removed(line[m.start():].strip(), "agency code"))
    code = (m.group(1) or m.group(2) or m.group(3) or "").strip()
    agency = _agency_from_code(code, p.lookup)
    if agency:
        _add_via(p.c, agency, p.lookup)
        if _agency_from_code(code.split("/")[0].strip(), p.lookup) is None:
            p.closing_code = (i, agency)  # initials, then the outlet they write for; "(ant)", "(ANT/AFP)" credit a wire
    return line[: m.start()].rstrip()


_LIST_NUMBER = re.compile(r"^\d{1,2}\.\s+(?=[A-Z])")


def _numbered_headline(p: _Page) -> None:
    """"2. Korsel dan AS Menyepakati Penempatan THAAD" over the text's first line "Korsel dan AS Menyepakati
    Penempatan THAAD": the number is the headline's place in the site's list; the unnumbered copy is the title."""
    c = p.c
    if not c.title or (m := _LIST_NUMBER.match(c.title)) is None or not p.paragraphs:
        return
    rest = c.title[m.end():]
    if " ".join(p.paragraphs[0].split()).casefold() == " ".join(rest.split()).casefold():
        c.title = rest
        c.removed.append(Removed(p.paragraphs.pop(0), "headline repeated"))


def _collect_paragraphs(p: _Page) -> None:
    """The kept lines become paragraphs: agency codes cut off their ends, repeats dropped."""
    c, seen = p.c, set()
    for i, (line, _blank) in enumerate(p.lines):
        if i in p.drop:
            if p.drop[i] != "headline":
                c.removed.append(Removed(line, p.drop[i]))
            continue
        line = _code_cut_off(p, i, line)
        for m in reversed(list(_INLINE_TEASER.finditer(line))):  # "... Korut. (Baca: Gempa di Korut http://...)."
            c.removed.append(Removed(m.group().strip(), "teaser"))
            end = m.end() + (line[m.start() - 1:m.start()] in (".", "!", "?") and line[m.end():m.end() + 1] == ".")
            line = line[:m.start()] + line[end:]
        line = _without_inline_credits(c, line)
        line = _GLUED_STOP.sub(". ", line)  # "... John Kirby.Ia menekankan": two sentences, not one word
        line = _GLUED_PLACE_WORD.sub(lambda m: _words_apart(m, p.lookup), line) if _GLUED_PLACE_WORD.search(line) else line
        key = " ".join(line.split()).casefold()
        if key in seen and c.title and (deck := _deck_of(p.paragraphs, key)) is not None:
            c.removed.append(Removed(p.paragraphs.pop(deck), "duplicate"))  # the deck goes; the copy in the text stays in place
        elif key in seen or (c.title and _repeats_title(line, c.title)):
            c.removed.append(Removed(line, "duplicate" if key in seen else "headline repeated"))
            continue
        seen.add(key)
        if p.paragraphs and _goes_on_from(p.paragraphs[-1], line):
            p.paragraphs[-1] += " " + line.strip()  # "“...,” tulis" / "KCNA.": one sentence the page broke
            continue
        p.paragraphs.append(line)
    _cut_repeat_at_the_end(p, seen)
    _next_story_cut_at_the_end(p)
    _writer_signed_at_the_end(p)
    _excerpt_above_the_text(p)


# a quote's tag cut before its speaker ("“...,” tulis" / "KCNA."), a short opening phrase cut at its comma
# ("Dalam laporannya," / "KCNA juga ..."): the page broke a sentence across two lines
_TAG_CUT_BEFORE_SPEAKER = re.compile(r"[”\"’]\s*,?\s*(?:" + alternation(AFTER_QUOTE_VERBS) + r")\s*$")
SPEAKER_LINE_WORDS = 8  # the rest of a broken tag: the speaker and a few words, then its full stop
OPENING_PHRASE_WORDS = 4


# "seragam militer berpangkat sersan." under "... masih mengenakan": a sentence's rest, in small letters, that a page
# double-spacing its wrapped lines set apart (its ads between them); never a domain ("jpnn.com - ...")
_WRAPPED_REST = re.compile(r"[a-z]{2,}(?=[\s,])(?!\S*\.(?:com|id|co|net)\b)")
WRAPPED_LINE_WORDS = 5  # the line the sentence began on: a wrapped line's worth of words, not a label


def _goes_on_from(previous: str, line: str) -> bool:
    """Whether `line` goes on with the sentence the previous paragraph left open."""
    line = line.strip()
    if _WRAPPED_REST.match(line):
        return _word_count(previous) >= WRAPPED_LINE_WORDS and previous.rstrip()[-1:].isalnum()
    if not line[:1].isupper():
        return False
    if _TAG_CUT_BEFORE_SPEAKER.search(previous):
        return _word_count(line) <= SPEAKER_LINE_WORDS and line[-1:] in ".!?"
    return previous.rstrip().endswith(",") and _word_count(previous) <= OPENING_PHRASE_WORDS \
        and "“" not in previous and '"' not in previous


DECK_PARAGRAPHS = 2  # under a headline, a paragraph this near the top that the text repeats later is the page's deck


def _deck_of(paragraphs: list[str], key: str) -> int | None:
    """Where the first copy of a repeated paragraph stands, when it is among the first
    DECK_PARAGRAPHS with text after it: the page's deck ("“Tujuannya ...,” kata dia" under
    the headline, the speaker named only later), so the copy in the text keeps its place."""
    for k, para in enumerate(paragraphs[:DECK_PARAGRAPHS]):
        if " ".join(para.split()).casefold() == key:
            return k if len(paragraphs) > k + 1 else None
    return None


EXCERPT_PARAGRAPHS = 3  # where a page prints an excerpt of its text above the text
EXCERPT_CHARS = 80  # an excerpt this long, word for word the text's start, repeats it


def _excerpt_above_the_text(p: _Page) -> None:
    """A paragraph near the top, cut short ("... Pasal V […]"), that the text after it
    begins with word for word: the page's excerpt of the story, a repeat."""
    for k in range(min(EXCERPT_PARAGRAPHS, len(p.paragraphs) - 1)):
        para = p.paragraphs[k].rstrip()
        if not para.endswith(_CUT_SHORT):
            continue
        head = " ".join(para.rstrip("[]…. ").split())
        rest = " ".join(" ".join(p.paragraphs[k + 1:]).split())
        if len(head) >= EXCERPT_CHARS and rest.startswith(head):
            p.c.removed.append(Removed(p.paragraphs.pop(k), "duplicate"))
            return


CAPTION_HEAD_WORDS = 10  # "Presiden Amerika Serikat (AS), Joe Biden.": a photo's caption before the lead it repeats
_FIRST_SENTENCE = re.compile(r"^.+?[.!?](?=\s|$)")


def _caption_over_the_lead(p: _Page) -> None:
    """A paragraph near the top that is a short caption and then the next paragraph's first
    sentence word for word ("Presiden AS, Joe Biden. Amerika Serikat ... berbahaya." above
    "Amerika Serikat ... berbahaya. ..."): a photo's caption glued to the lead it repeats."""
    for k in range(min(EXCERPT_PARAGRAPHS, len(p.paragraphs) - 1)):
        para = " ".join(p.paragraphs[k].split())
        first = _FIRST_SENTENCE.match(" ".join(p.paragraphs[k + 1].split()))
        if first is None or len(first.group()) < EXCERPT_CHARS or not para.endswith(first.group()):
            continue
        head = para[:-len(first.group())].strip()
        if head.endswith(".") and 0 < len(head.split()) <= CAPTION_HEAD_WORDS:
            p.c.removed.append(Removed(p.paragraphs.pop(k), CAPTION))
            return


def _repeats_title(line: str, title: str) -> bool:
    """The headline printed again, alone or in the page title's form ("Headline - SITE.COM")."""
    if len(line) > HEADLINE_CHARS:
        return False  # a paragraph: never read through the title pattern
    line = _CREDIT_AFTER_HEADLINE.sub("", line)  # "... Resolusi PBB Kredit Foto: Reuters": the photo's credit glued on
    return _norm(_TITLE_SUFFIX.sub(r"\g<title>", line)) == _norm(title)


_CREDIT_AFTER_HEADLINE = re.compile(r"\s+(?:(?i:kredit)\s+)?(?i:foto|photo)\s*:\s*[A-Z][\w./& -]{1,40}$")


CUT_REPEAT_CHARS = 12  # a shorter start may open many paragraphs ("“Kami ")


def _cut_repeat_at_the_end(p: _Page, seen: set[str]) -> None:
    """A page cut off inside a paragraph it prints a second time: the last paragraph is the
    start of an earlier one ("“Setidaknya kita haru"), a repeat, not more text."""
    if len(p.paragraphs) < 2:
        return
    last = " ".join(p.paragraphs[-1].split()).casefold()
    if len(last) >= CUT_REPEAT_CHARS and any(k != last and k.startswith(last) for k in seen):
        p.c.removed.append(Removed(p.paragraphs.pop(), "duplicate"))


def _next_story_cut_at_the_end(p: _Page) -> None:
    """A listing's next story glued under this one: the story signs off with its outlet ("...
    Korut. (CNN Indonesia)"), then the page is cut inside a paragraph that opens another."""
    if len(p.paragraphs) < 3 or p.paragraphs[-1].rstrip()[-1:] in _TERMINAL:
        return
    if (m := _CLOSING_CREDIT.search(p.paragraphs[-2])) is not None and _is_agency(m.group("name"), p.lookup):
        p.c.removed.append(Removed(p.paragraphs.pop(), "next story"))


# "... yang berjumlah 50.000. (Ardi Priyatno Utomo)": the writer's name signing the story's last sentence
_WRITER_SIGNATURE = re.compile(r"(?<=[.!?”\"])\s*\((?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]*\.?){1,3})\)\s*$")


def _writer_signed_at_the_end(p: _Page) -> None:
    """A person's name in brackets after the last sentence, one no gazetteer entry knows (not
    "(Korea Selatan)", not an outlet's signature): the writer, not the story's words."""
    if not p.paragraphs or (m := _WRITER_SIGNATURE.search(p.paragraphs[-1])) is None or p.lookup(m.group("name")) \
            or p.paragraphs[0].startswith(m.group("name")):  # the site naming itself at both ends (_signed_lede)
        return
    p.c.removed.append(Removed(m.group().strip(), "byline"))
    p.paragraphs[-1] = p.paragraphs[-1][:m.start()].rstrip()


def _lede_dateline(p: _Page) -> None:
    """Dateline and outlet at the head of the first of the opening paragraphs that has one."""
    c, paragraphs = p.c, p.paragraphs
    if not paragraphs or c.outlet is not None or c.dateline is not None:
        return
    for k in range(min(6, len(paragraphs))):
        _join_broken_lede(p, k)
        _drop_glued_slug(p, k)
        if _word_count(paragraphs[k]) < 8 or (found := _match_lede(paragraphs[k], p.lookup)) is None \
                or _a_headline_before_the_lede(p, k):
            continue
        c.dateline, c.outlet, c.dateline_date = found.dateline, found.outlet, found.date_text
        for agency in found.via:
            _add_via(c, agency, p.lookup)
        c.removed.append(Removed(paragraphs[k][:found.end].strip(), "dateline"))
        paragraphs[k] = paragraphs[k][found.end:]
        _deck_copied_in_the_lede(p, k)
        _above_the_dateline(p, k)
        return


NEXT_STORY_TAIL = 3  # paragraphs at the text's end where another story's teaser may stand


def _another_storys_lede(p: _Page) -> None:
    """"Siapakah X, Menteri ... Yang Menolak G..." then "TEL AVIV, SATUHARAPAN.COM-Menteri ..." after the story's
    end: the site's own dateline once more, near the end, opens another story's teaser (its headline, cut short,
    above it): neither is this story's text, nor its dateline, people or places."""
    c, paragraphs = p.c, p.paragraphs
    if c.outlet is None:
        return
    for j in range(max(2, len(paragraphs) - NEXT_STORY_TAIL), len(paragraphs)):
        if (found := _match_lede(paragraphs[j], p.lookup)) is None or (found.outlet or "").lower() != c.outlet.lower():
            continue
        first = j - 1 if paragraphs[j - 1].rstrip().endswith(("...", "…")) else j
        for i in range(first, len(paragraphs)):
            if paragraphs[i]:
                c.removed.append(Removed(paragraphs[i], "teaser"))
                paragraphs[i] = ""
        return


LEDE_SHAPED_HEADLINE_WORDS = 15  # a line this short with no stop, a dateline's lede after it, is a headline


def _a_headline_before_the_lede(p: _Page, k: int) -> bool:
    """"Seoul: Korut Kirim Lebih Banyak Pasukan ke Russia" over "SEOUL - Korea Utara (Korut) telah mengirim ...": a
    headline led by its source's city, no sentence, with the lede's own dateline in the next paragraphs."""
    line = p.paragraphs[k].rstrip()
    if _word_count(line) >= LEDE_SHAPED_HEADLINE_WORDS or line[-1:] in ".!?”\"":
        return False
    return any(_match_lede(p.paragraphs[j], p.lookup) is not None for j in range(k + 1, min(k + 3, len(p.paragraphs))))


def _deck_copied_in_the_lede(p: _Page, k: int) -> None:
    """A deck over the dateline that the lede repeats word for word once its dateline is off
    ("Korea Utara semakin nekat ..." then "TRIBUNJOGJA.COM, TOKYO - Korea Utara semakin nekat ..."):
    the deck goes, the lede stays."""
    key = _norm(p.paragraphs[k])
    for j in range(k):
        if p.paragraphs[j] and _norm(p.paragraphs[j]) == key:
            p.c.removed.append(Removed(p.paragraphs[j], "duplicate"))
            p.paragraphs[j] = ""


# "Berita Analisa Terkini - Presiden ..." opening the text, "... (Berita Analisa Terkini)" closing it
_NAME_DASH = re.compile(r"^(?P<name>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3})\s*[-–—]\s+(?=[A-Z“\"])")


def _signed_lede(p: _Page) -> None:
    """A name before a dash opening the lede is the outlet when the text's last paragraph
    is signed with the same name in brackets: the site names itself at both ends."""
    c, paragraphs = p.c, p.paragraphs
    if c.outlet is not None or c.dateline is not None or len(paragraphs) < 2:
        return
    last = paragraphs[-1].rstrip()
    for k in range(min(3, len(paragraphs) - 1)):
        m = _NAME_DASH.match(paragraphs[k])
        if m is None or not last.endswith(sign := f"({m.group('name')})"):
            continue
        c.outlet = m.group("name")
        c.removed += [Removed(m.group().strip(), "dateline"), Removed(sign, "signature")]
        paragraphs[k] = paragraphs[k][m.end():]
        paragraphs[-1] = last[: -len(sign)].rstrip()
        return


# "[헤럴드경제]Setelah ...", "[Yonhap=Hong Gil-dong]": a Korean site's name in brackets opening its lede
_BRACKETED_OUTLET = re.compile(r"^\[(?P<name>[^\[\]=|]{2,25})(?:=[^\[\]]{0,30})?\]\s*(?=\S)")
_HANGUL_OR_CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u4e00-\u9fff\uac00-\ud7af]")


def _bracketed_outlet(p: _Page) -> None:
    """A lede opening with a site's name in brackets, in Korean or a known medium's name: the
    outlet (machine translations of Korean news keep the mark)."""
    c, paragraphs = p.c, p.paragraphs
    if c.outlet is not None:
        return
    for k in range(min(LEDE_REACH, len(paragraphs))):
        m = _BRACKETED_OUTLET.match(paragraphs[k])
        if m is not None and (_HANGUL_OR_CJK.search(m.group("name")) or _is_agency(m.group("name"), p.lookup)):
            c.outlet = m.group("name").strip()
            c.removed.append(Removed(m.group().strip(), "dateline"))
            paragraphs[k] = paragraphs[k][m.end():]
            _above_the_dateline(p, k)  # the mark stands where a dateline would: captions above it go
            return


LEDE_REACH = 5  # paragraphs from the top a lede's outlet mark may stand at


# "kim-708896Pyongyang,HS – ...", "abe amerikaWashington DC, ...": an image's slug glued
# before the dateline; "News Internasional ~ WASHINGTON DC - ...": a blog's section label
_BEFORE_DATELINE = (re.compile(r"^[a-z0-9][a-z0-9 _-]{1,60}?(?=[A-Z])"),
                    re.compile(r"^[A-Z][\w]*(?: [A-Z]?[\w]+){0,3}\s*~\s*(?=[A-Z])"),
                    # "GLOBAL- Seoul – ...": a section's name (menu_words) before the dateline
                    re.compile(r"^(?i:" + alternation(MENU_WORDS) + r")\s*[-–—:]\s*(?=[A-Z])"))


def _drop_glued_slug(p: _Page, k: int) -> None:
    para = p.paragraphs[k]
    for prefix in _BEFORE_DATELINE:
        m = prefix.match(para)
        if m and _match_lede(para[m.end():], p.lookup) is not None:
            p.c.removed.append(Removed(m.group(), "page chrome"))
            p.paragraphs[k] = para[m.end():]
            return


def _join_broken_lede(p: _Page, k: int) -> None:
    """"Gempita.co – Latihan militer gabungan" / "Amerika Serikat ...": a dateline's line
    broken before a capital joins the next paragraph."""
    paragraphs = p.paragraphs
    para = paragraphs[k]
    if (k + 1 < len(paragraphs) and paragraphs[k + 1] and _word_count(para) < 8 and para[-1:] not in _TERMINAL
            and (found := _match_lede(para, p.lookup)) is not None and found.outlet is not None):
        paragraphs[k] = para + " " + paragraphs[k + 1]
        paragraphs[k + 1] = ""


_MEDIUM_IN_BRACKETS = re.compile(r"\s*\(([^()]{2,40})\)\s*")
_BULLET_TAG = re.compile(r"\s*[-–•]\s*([A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})\s*")


def _above_the_dateline(p: _Page, k: int) -> None:
    """What stands before the dateline: the headline when none was found yet, a dek or
    summary bullets (kept: they are the article's words), captions and stray lines (dropped),
    and a sentence right under a photo's credit (its caption, however much it reads like a dek)."""
    c, paragraphs = p.c, p.paragraphs
    credit = False  # the line before was a photo's credit: the sentence under it is its caption
    for j in range(k):
        line = paragraphs[j]
        if not line:
            continue
        if not c.title and not any(paragraphs[:j]) and _is_headline(line) and _word_count(line) >= 4:
            _set_title(c, line, p.lookup)  # the first line left, or the first under lines dropped ("InternasionalRef...")
            paragraphs[j] = ""
        elif (tag := _BULLET_TAG.fullmatch(line)) is not None and _is_place(tag.group(1), p.lookup):
            c.removed.append(Removed(line, "tag"))  # "- Korea Utara" under the headline: the story's topic tag
            paragraphs[j] = ""
        elif (mark := _MEDIUM_IN_BRACKETS.fullmatch(line)) is not None and _is_agency(mark.group(1), p.lookup):
            c.source_outlet = c.source_outlet or _canon_org(mark.group(1), p.lookup)  # "(The Korea Times)" over the
            c.removed.append(Removed(line, "credit"))  # dateline: whose story this is, as a repost's credit says
            paragraphs[j] = ""
        elif _is_dek(line) and not credit:
            continue
        elif _word_count(line) <= 45 or _CREDIT_TAIL.search(line):  # a long caption closed by its credit ("... REUTERS/KCNA")
            c.removed.append(Removed(line, "deck" if _cut_deck(line, paragraphs[k:]) else CAPTION))
            paragraphs[j] = ""
            credit = _word_count(line) <= 8 and (_is_agency(line.split()[-1], p.lookup)  # "Kolase Biden-Suga via AFP"
                                                 or _SLASH_CREDIT_LINE.match(line) is not None)
            continue
        credit = False


# "Koresponden Tribunnews.com/Richard Susilo", "ANTARA FOTO/Aditya Pradana": a site or desk, a slash, the
# photographer's name, and nothing else: a photo's credit standing alone, its caption on the next line
_SLASH_CREDIT_LINE = re.compile(r"^\S[^/!?]{0,60}?/\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*$")
DECK_WORDS = 8  # words of a teaser above the dateline that open a paragraph of the story below


def _cut_deck(line: str, below: list[str]) -> bool:
    """A teaser above the dateline, cut short, that a paragraph of the story opens with
    ("Kami minta maaf ... kabinet yang baru ini" over "“Kami minta maaf ... ini kepercayaan
    dapat pulih ...,” papar Onodera"): the story's words shown twice, not a photo's caption."""
    words = line.split()
    if len(words) < DECK_WORDS or line.rstrip()[-1:] in _TERMINAL:
        return False
    head = " ".join(words).casefold()
    return any(" ".join(para.lstrip("“\"‘' ").split()).casefold().startswith(head) for para in below if para)


def _is_dek(line: str) -> bool:
    """A standfirst or summary bullet: a sentence, with no sign of a photo caption."""
    s = line.strip()
    if re.match(r"^[-•●▪*]\s", s):
        return True
    if _word_count(s) < 6 or s[-1:] not in ".!?”\"’" or _CAPTION_CUE.search(s) or _CAPTION.search(s):
        return False
    return not (_CREDIT_TAIL.search(s) or _CREDIT_SLASH_TAIL.search(s) or _CAPTION_START.match(s))


def _without_country_before(words: list[str], lookup: Lookup) -> list[str]:
    """"Korsel Yonhap", "Cina Xinhua": an agency the gazetteer knows, after its country."""
    for k in (2, 1):
        if len(words) > k and _is_place(" ".join(words[:k]), lookup) and lookup(" ".join(words)) is None:
            hit = lookup(" ".join(words[k:]))
            if hit and hit[1] == "organization":
                return words[k:]
    return words


def _source_name(name: str, lookup: Lookup) -> str | None:
    """The source's own name out of the capitalised run after a credit's verb: "Media
    Jepang NHK, Sabtu" -> "NHK", "Al Jazeera Pada Selasa" -> "Al Jazeera" (calendar and
    function words after it, a kind of source and its country before it are not the name;
    "Harian Massa", "Japan Today" stay whole); None when the run names a place or an
    office ("Korea Utara", "Menteri Luar Negeri")."""
    if (hit := lookup(f"Kantor Berita {name}")) is not None and hit[1] == "organization":
        return hit[0]  # "Kantor Berita Pusat Korea": KCNA
    words = name.split()
    while len(words) > 1 and (words[-1].title() in CALENDAR_NAMES or words[-1].lower() in SOURCE_TAIL):
        words.pop()
    while len(words) > 2 and words[0].lower() in SOURCE_KINDS and _is_place(words[1], lookup) \
            and lookup(" ".join(words)) is None:
        words = words[2:]  # "Media Jepang NHK": a kind of source and its country, then its name
    words = _without_country_before(words, lookup)
    name = " ".join(words)
    if _is_place(name, lookup) or (words[0] in TITLE_WORDS and lookup(name) is None):
        return None
    return name


# "Kantor berita Korut KCNA mengatakan ...": an agency that says something may be the story's
# source or a party quoted; it is credited only when nothing credits the story more plainly
_AGENCY_SAYS = re.compile(r"\s+(?:juga\s+)?(?:mengatakan|menyatakan)\b")


def _credits_in_text(p: _Page) -> None:
    """Agencies the text credits: "dikutip MINA dari Worldbulletin", "Dilansir dari CNA"."""
    said: list[str] = []
    for para in p.paragraphs:
        said += _credits_in_paragraph(p, para)
    if not p.c.via:
        for agency in said:
            _add_via(p.c, agency, p.lookup)


# "Sebagaimana dilansir keidenesia.tv dari Azernews": the site that relays the report names itself
_RELAYED_BY_SITE = re.compile(r"(?=[Dd])\b[Dd]i(?:lansir|kutip)\s+(?P<site>" + LOWER_DOMAIN + r")\s+dari\s+[A-Z]")


def _credits_in_paragraph(p: _Page, para: str) -> list[str]:
    """Credits the paragraph holds (added to via); those of an agency that says something, returned."""
    if (relay := _RELAYED_BY_SITE.search(para)) is not None:
        p.c.byline_outlet = p.c.byline_outlet or relay.group("site")
    said: list[str] = []
    claimed: list[tuple[int, int]] = []
    for pat in _CREDIT_PATTERNS:
        for m in pat.finditer(para):
            if any(a <= m.start() < b for a, b in claimed):
                continue
            claimed.append((m.start(), m.end()))
            name = _credited_name(p, m.group(1))
            if name is None:
                continue
            if pat is _AGENCY_NAMED and _AGENCY_SAYS.match(para, m.end()):
                said += _agencies_joined(name, p.lookup)
                continue
            for agency in _agencies_joined(name, p.lookup):
                _add_via(p.c, agency, p.lookup)
    return said


def _credited_name(p: _Page, written: str) -> str | None:
    """The source a credit names, unless it is a place, a person or no source's name."""
    name = _source_name(written, p.lookup)
    if name is None:
        return None
    hit = p.lookup(name)
    if hit and hit[1] != "organization":
        return None
    if not hit and (len(name) > 30 or _word_count(name) > 3 or _a_persons_surname(name, p)):
        return None
    return name


def _a_persons_surname(name: str, p: _Page) -> bool:
    """"yang dilaporkan Bolton": a surname the page spells out as a person's ("John Bolton"), or
    first as Korean names put it ("mengutip Kim" beside "Kim Jong Un")."""
    if " " in name:
        return False
    around = (r"[A-Z][\w’'-]+\s+" + re.escape(name) + r"\b", r"\b" + re.escape(name) + r"(?:\s+[A-Z][\w’'-]+){1,2}")
    return any((hit := p.lookup(m.group())) is not None and hit[1] == "person"
               for para in p.paragraphs for rx in around for m in re.finditer(rx, para))


def _agencies_joined(name: str, lookup: Lookup) -> list[str]:
    """"Yonhap-OANA-Antara": agencies joined by dashes, each its own credit when one is known."""
    parts = [x for x in name.split("-") if x]
    if len(parts) < 2 or lookup(name) is not None:
        return [name]
    known = [x for x in parts if _is_agency(x, lookup)]
    return known or [name]


def _generic_name(name: str) -> bool:
    """A section's or a medium's word alone ("News", "Berita", "Media"), or sections' words run
    together ("NewsWorld": News › World): no site's name."""
    name = name.strip(" .,")
    parts = _CAMEL_PARTS.findall(name)
    return name.lower() in MEDIA_WORDS | MENU_WORDS or (
        len(parts) > 1 and "".join(parts) == name and all(w.lower() in MENU_WORDS for w in parts))


_CAMEL_PARTS = re.compile(r"[A-Z][a-z]+")
SECTION_LETTERS = 5  # a menu word this long closing a word in capitals may be a section run on after another


def _sections_in_capitals(name: str, lookup: Lookup) -> bool:
    """"ASIAINTERNASIONAL": a breadcrumb's sections run together in capitals (a region, then a section),
    no site's name."""
    word = name.strip(" .,")
    if " " in word or not word.isupper():
        return False
    return any(word.lower().endswith(m) and (head := word[:-len(m)]) and (head.lower() in MENU_WORDS or _is_place(head, lookup))
               for m in MENU_WORDS if len(m) >= SECTION_LETTERS)


BARE_INITIALS = 2  # letters: an outlet's name this short that no gazetteer entry knows ("CB") names no site


def _bare_initials(name: str, lookup: Lookup) -> bool:
    """"Jakarta, CB --": two letters in a dateline's outlet place, no outlet anyone knows by them
    (a blog's mark where its source's name stood, the source credited at the end; "AP" the
    gazetteer knows; "SEOUL (MM):" with no credit is the site's own short name)."""
    name = name.strip(" .,")
    return len(name) <= BARE_INITIALS and not (lookup(name) or lookup(name.upper()))


def _relayed_by(p: _Page) -> str | None:
    """"dilansir Kalbar-Terkini.com dari The Asahi Shimbun" under a credit "Sumber: The Asahi Shimbun": the site that
    says it relayed its credited source is the page's own."""
    source = p.c.source_outlet
    if not source:
        return None
    relayed = re.compile(_RELAYED_BY + re.escape(source), re.IGNORECASE)
    return next((m.group(1) for para in p.paragraphs if (m := relayed.search(para))), None)


_RELAYED_BY = r"\b(?:dilansir|dikutip|diberitakan)\s+([a-z][\w-]{1,40}\.(?:com|co\.id|id|net|tv))\s+dari\s+"


def _choose_outlet(p: _Page) -> None:
    """The outlet from the best evidence found, in this order: the dateline, the site's
    name after its headline, a signature, the copyright owner, a byline or masthead,
    the site naming itself, the source a repost names, the source URL's domain, the
    story's closing credit."""
    c = p.c
    if c.outlet and (_generic_name(c.outlet) or (c.source_outlet and _bare_initials(c.outlet, p.lookup))):
        c.outlet = None  # "News, TOKYO -": a word every site uses names none; "Jakarta, CB --" over "Credit X": a copier's mark
    for candidate in (c.title_outlet, c.signature_outlet, c.copyright_owner, c.byline_outlet):
        if c.outlet is None and candidate and not _generic_name(candidate) and not _is_place(candidate, p.lookup):
            c.outlet = candidate  # "Headline | Korea Utara": a topic's tag names no outlet
    if c.outlet is None:
        c.outlet = _outlet_named_in_text(p.paragraphs, c.removed, p.lookup) or c.follow_outlet or _relayed_by(p) \
            or c.source_outlet
    if c.outlet is None and c.url and (domain := site_domain(c.url)) not in LINK_SHORTENERS:
        c.outlet = domain  # "http://bit.ly/2UVp8x3" under a repost names a link service, not the outlet
    if c.outlet is None:
        c.outlet = _closing_credit(p.paragraphs, p.lookup) or _closing_code(p)  # "... (CNN)" may credit a wire: the last resort
    if c.outlet:
        outlet = _canon_org(c.outlet, p.lookup)
        c.via = [v for v in c.via if v not in (c.outlet, outlet)]


_CAPS_DOMAIN = re.compile(r"(?P<name>[A-Z0-9][A-Z0-9-]+)(?P<tld>(?:\.[A-Z]{2,4}){1,2})")


def outlet_as_shown(outlet: str | None) -> str | None:
    """A domain written in capitals in a dateline ("TRIBUNNEWS.COM, TOKYO -") as the site
    writes its name elsewhere ("Tribunnews.com"): one outlet, one spelling in the filters."""
    if outlet and (m := _CAPS_DOMAIN.fullmatch(outlet)):
        return m.group("name").capitalize() + m.group("tld").lower()
    return outlet


_SECOND_LEVEL = frozenset("co com ac or go net org web my sch biz gov mil".split())


def site_domain(url: str) -> str | None:
    """The registrable domain of a URL: "https://dunia.tempo.co/read" -> "tempo.co",
    "http://www.bbc.co.uk/indonesia" -> "bbc.co.uk"."""
    host = (urlparse(url).hostname or "").strip(".").lower()
    labels = [x for x in host.split(".") if x]
    if len(labels) < 2:
        return host or None
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


# "0 Response to "Waspada Korut, Jepang Gelar ..."": a blog's comment count names its post's title
_COMMENTS_ON = re.compile(r"\s*\d+\s+(?i:responses?|comments?|komentar|tanggapan)\s+(?i:to|untuk|pada)\s+[“\"‘']"
                          r"(?P<title>[^“”\"]{10,200}?)[”\"’']\s*$")


SENTENCE_TITLE_WORDS = 12  # a headline this long that a paragraph holds inside a longer sentence is that sentence


def _title_in_the_text(c: Cleaned) -> bool:
    """"Kedua negara itu terjadi sengketa ..." over the text, then "Tercatat kedua negara itu terjadi sengketa
    ...." in it: the page's first line is a sentence of its text (an excerpt), not a headline."""
    key = " ".join(c.title.split()).casefold().rstrip(".")
    return _word_count(c.title) >= SENTENCE_TITLE_WORDS and any(
        key in (flat := " ".join(para.split()).casefold()) and len(flat) > len(key) + 2 for para in c.paragraphs)


def _finish(p: _Page) -> None:
    p.c.paragraphs = [para for para in p.paragraphs if para.strip()]
    if p.c.title and p.c.title_basis == "headline" and _title_in_the_text(p.c):
        p.c.title_basis = "lede"  # shown as the title, and said to be taken from the text
    if not p.c.title and (named := next((m for r in p.c.removed if r.reason == "comment form"
                                         and (m := _COMMENTS_ON.match(r.text))), None)) is not None:
        p.c.title, p.c.title_basis = named.group("title").strip(), "comment-header"
    if not p.c.title:
        lede = next((para for para in p.c.paragraphs if not _is_pull_quote(para)), "")
        p.c.title = _lede_title(lede) if lede else ""
        p.c.title_basis = "lede"


STEPS = (
    _inline_markup,
    _photo_labels,
    _teasers_after_a_sentence,
    _teasers_glued_to_text,
    _image_alt_text,
    _caption_twice,
    _page_widgets,
    _tickers,
    _mark_lines,
    _teasers_above_their_marker,
    _site_between_headline_copies,
    _dash_headline_runs,
    _headline_summary_pairs,
    _captions_above_credits,
    _caption_under_its_credit_too,
    _captions_printed_twice,
    _summary_box,
    _bullet_on_the_first_line,
    _banners_on_top,
    _link_lists,
    _headlines_over_the_footer,
    _section_title_stamp,
    _trailing_block,
    _masthead,
    _dateline_on_its_own_line,
    _snippet_of_the_next_line,
    _pull_quote_on_top,
    _repeated_headline,
    _headline,
    _whole_of_a_cut_headline,
    _headline_after_the_text,
    _writer_under_the_headline,
    _inline_teaser_titles,
    _unlabelled_teasers,
    _headline_runs,
    _photo_story,
    _agency_alone,
    _collect_paragraphs,
    _numbered_headline,
    _lede_dateline,
    _another_storys_lede,
    _caption_over_the_lead,
    _bracketed_outlet,
    _signed_lede,
    _credits_in_text,
    _choose_outlet,
    _finish,
)




# "Foto: .../ReutersTOKYO - ...", "19:45 WIBTOKYO, KOMPAS.TV - ...", '... Pertahanan,"JAKARTA -- ...'
# (a pull quote over the text): a dateline in capitals glued to the line before it
_GLUED_DATELINE = re.compile(r"(?:(?<=[a-z])|(?<=\bWIB)|(?<=[a-z][,.!?][\"”]))(?=[A-Z]{3,}(?: [A-Z]{2,})?\s*(?:,\s*[A-Z]|(?:--|[-–—])\s))")
_GLUED_REACH = 3000  # characters: datelines stand near the top


_GLUED_READING_TIME = re.compile(r"(?m)^(\s*" + _READING_TIME_WORDS + r")(?=\S)", re.IGNORECASE)
# "Kompas dunia | 9 April 2021, 18:34 WIB"Era baru ...": the date line's clock glued to the text's opening quote
_GLUED_CLOCK = re.compile(r"(\b\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT))(?=[“\"])")


# "13 Juli 2020Dua pangkalan marinir ...": the page's date line glued to the text's first word
_GLUED_DAY = re.compile(r"(?m)^(\s*\d{1,2}\s+[A-Z][a-z]{2,8}\s+(?:19|20)\d\d)(?=[A-Z][a-z])")


def _day_apart(m: re.Match) -> str:
    return m.group(1) + "\n" if dates.page_date(m.group(1)) is not None else m.group()


# "Foto: APSEOUL - ...": a credit in capitals glued to the dateline's city in capitals (split where a
# known place begins)
_CREDIT_ON_A_CAPS_CITY = re.compile(r"(?m)^(?P<credit>[ \t]*(?i:foto|photo|kredit foto)\s*:[ \t]*(?:[^\n]{0,60}?[/ ])?)"
                                    r"(?P<caps>[A-Z]{4,})(?P<last> [A-Z]{4,})?(?=\s*(?:,\s*[A-Z]|(?:--|[-–—])\s))")


def _credit_apart(m: re.Match, lookup: Lookup) -> str:
    """The city a photographer's name in capitals ran into, on a line of its own ("... TOSHIFUMI KITAMURAKYIV –":
    the last capitals word is split, the name's first word before it kept)."""
    last = m.group("last")
    caps = last.strip() if last else m.group("caps")
    head = m.group()[:len(m.group()) - len(caps)]
    if _is_place(caps, lookup):
        return m.group()
    for k in range(2, len(caps) - 2):
        if _is_place(caps[k:], lookup):
            return f"{head}{caps[:k]}\n{caps[k:]}"
    return m.group()


# "... kata Global Times mengutip juru bicara tersebut.Sumber: Anadolu": the story's source credited on its last line,
# its line break lost
_GLUED_SOURCE_END = re.compile(r"(?<=[.!?\"”])[ \t]*(?=(?i:sumber|source)\s*:\s*[A-Z][\w.&'’-]*(?:[ \t][A-Z][\w.&'’-]*){0,3}\s*$)")
_TAIL_REACH = 200  # characters: a closing credit stands at the end


def _unglue_source_end(text: str) -> str:
    cut = max(0, len(text) - _TAIL_REACH)
    return text[:cut] + _GLUED_SOURCE_END.sub("\n", text[cut:], count=1)


# the pitch opening a reposted story's first line, its sentences apart from the story's first
_PITCH_OPENING = re.compile(r"(?m)^([ \t]*" + _FREE_PITCH + r")[ \t]+(?:(" + _NEWSLETTER_PICKS + r")[ \t]+)?", re.IGNORECASE)


def _pitch_apart(text: str) -> str:
    """"Buka Editor's Digest secara gratis. Roula Khalaf, Editor dari FT, memilih cerita favoritnya dalam buletin
    mingguan ini. AS, Inggris, ...": a newsletter's pitch run into the story's first line goes on lines of its own
    (the promotion rule drops them), or the pitch would be read as the story's title and first words."""
    head = _PITCH_OPENING.sub(lambda m: "\n".join(g for g in m.groups() if g) + "\n", text[:_GLUED_REACH], count=1)
    return head + text[_GLUED_REACH:]


def _unglue_dateline(text: str, lookup: Lookup = _no_lookup) -> str:
    head = _GLUED_READING_TIME.sub("\\1\n", _GLUED_DATELINE.sub("\n", _GLUED_CLOCK.sub("\\1\n", text[:_GLUED_REACH])))
    head = _CREDIT_ON_A_CAPS_CITY.sub(lambda m: _credit_apart(m, lookup), head)
    return _GLUED_DAY.sub(_day_apart, head) + text[_GLUED_REACH:]


def clean(text: str, lookup: Lookup = _no_lookup) -> Cleaned:
    """Run the steps over the page's lines: what each drops goes to `removed` with its reason."""
    stamp = STORE_STAMP.match(text)
    text, brand = _without_injected_prefix(text[stamp.end():] if stamp else text)
    page = _Page(split_lines(_unglue_dateline(_unglue_source_end(_pitch_apart(text)), lookup)), lookup)
    if stamp:
        page.c.store_stamp = stamp.group("month")
        page.c.removed.append(Removed(stamp.group().strip(), "store stamp"))
    if brand:
        page.c.removed.append(Removed(brand, "injected prefix"))
    for step in STEPS:
        step(page)
    return page.c


INJECTED_PREFIX_SHARE = 0.5  # of the page's lines, at least INJECTED_PREFIX_LINES of them
INJECTED_PREFIX_LINES = 4
_FIRST_TOKEN = re.compile(r"^(\S+) (?=\S)")


def _without_injected_prefix(text: str) -> tuple[str, str | None]:
    """A mirror's brand put before most lines of the page ("MINO77 Ada Puluhan Kasus ...",
    "MINO77 ADVERTISEMENT"): the page without it, and the brand (None when there is none).
    A brand has a digit or is in capitals; a word of the text, however often it opens a line, is none."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    firsts = Counter(m.group(1) for ln in lines if (m := _FIRST_TOKEN.match(ln)))
    if not firsts:
        return text, None
    (token, count), = firsts.most_common(1)  # one pass: a page of many lines is read once
    if count < INJECTED_PREFIX_LINES or count < INJECTED_PREFIX_SHARE * len(lines) or not token.isalnum() \
            or not (any(ch.isdigit() for ch in token) or (token.isupper() and len(token) >= 3)):
        return text, None
    # a brand with a digit no word has is put inside lines too ("Menteri Pertahanan MINO77 AS"): out wherever it stands
    where = r"(?<!\S)" if any(ch.isdigit() for ch in token) else r"(?m)^"
    return re.sub(where + re.escape(token) + " (?=\\S)", "", text), token


# a headline opens with a letter, a digit, a quotation mark or a bracket ("| : WIB | INDIKATOR |" is a widget)
_HEADLINE_START = re.compile(r"[\w“”\"'‘’«(\[]")


HEADLINE_WORDS = 30  # a translated headline runs long ("Upacara peninjauan ... di Busan, ... = kekhawatiran akan ...")


def _is_headline(line: str) -> bool:
    s = _without_label(line)
    if s.rstrip().endswith(("...", "…")) and title_case(cut := s.rstrip().rstrip(".…").rstrip()):
        s = cut  # "Sudan: Warga Korsel dan Jepang Mengungsi Hingga Kesaksian WNI...": the site cut its headline short
    if not s or s.rstrip("”\"’")[-1:] in ".,;:|" or _word_count(s) > HEADLINE_WORDS or len(s) > 240 or not _HEADLINE_START.match(s):
        return False
    if _CAPTION.search(s) or _TEASER.match(s) or _is_pull_quote(s):
        return False
    return s.split()[-1].lower() not in CUT_LINE_ENDS


# a line that is only a quotation: '“Kami tidak akan mundur.”', '... akibat dari provokasi itu... "',
# '"Kami tidak akan mundur" — Menteri X' (a pull quote); the quote's own words hold no other mark
_PULL_QUOTE = re.compile(
    r"^(?:\.{3}|…|``|‘’|[“\"”])\s*(?P<q>[^“”\"`]+?)\s*(?:''|’’|[“\"”])"
    r"(?:\s*[-–—]+\s*[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,7})?$")


def _pull_quote_text(line: str) -> str | None:
    """The words of a quotation alone on its line in sentence case, the page's teaser of a
    quote; None for anything else (a headline that is a quote is written in title case:
    "“Kami Tidak Akan Mundur”")."""
    m = _PULL_QUOTE.match(line.strip())
    if m is None or _word_count(m.group("q")) < 3 or title_case(m.group("q")):
        return None
    return m.group("q")


def _is_pull_quote(line: str) -> bool:
    return _pull_quote_text(line) is not None
