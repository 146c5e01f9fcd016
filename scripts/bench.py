#!/usr/bin/env python3
"""Benchmark the headless core: extraction, index build, search, and a SQLite FTS5 baseline.

    .venv/bin/python scripts/bench.py --articles 200            # readable table
    .venv/bin/python scripts/bench.py --articles 2000 --json     # one JSON line
    .venv/bin/python scripts/bench.py --articles 200 --startup   # + CLI / app cold start

Options: --workdir DIR keeps the corpus (DIR/corpus), the index (DIR/index) and
the FTS5 database (DIR/fts5.sqlite) there; those three are replaced on every run,
nothing else in DIR is touched. Without it everything goes to a temporary folder
that is removed at the end. --jobs J is passed to update_index (0 = all cores).
--skip-fts5 leaves the baseline out (its fields are null).

What is measured
----------------
* A synthetic corpus of N articles (fixed seed, so the same N gives the same
  files): whole sentences from the seed articles (sampled so that each article
  leans on one or two persons/countries) mixed with Indonesian filler sentences
  drawn from a Zipf-distributed vocabulary (common real words first, then
  generated affixed pseudo-words), a dateline lede "Jakarta, OUTLETn – ... Senin
  (d/m/yyyy) ..." with dates 2012-2025 and sometimes a "Baca Juga:" teaser.
* extract_ms_per_article: index.extract.extract_text on 200 of those texts in
  this process, after one warm-up call.
* build_s / articles_per_s / index_mb: index.store.update_index into a fresh
  folder (index_mb counts allocated blocks, like du).
* query_*: a fixed query mix (one word, two words, a phrase, entity fields, a
  date range, a fuzzy term, a prefix); one warm-up pass, then every query 17
  times in rotation (204 timed calls of Searcher.search(q, limit=20), which
  includes the highlights of the 20 hits and the facets), timed with
  time.perf_counter around the call.
* peak_rss_mb / peak_rss_children_mb: ru_maxrss of this process and of its
  largest waited-for child (the build workers), read before the --startup part.
* fts5_*: the same files (title = first line, body = the raw text) in an FTS5
  table (unicode61 remove_diacritics 2), and the query mix translated to FTS5
  (entity fields -> the word on body, the date range -> the years OR-ed, the
  fuzzy term -> the plain word, the prefix -> kish*), each fetching the top 20
  with highlight() and snippet().
* --startup: cli_extract_startup_s is the median wall time of 5 runs of
  `python -m tui.cli extract --json <seed>`; startup_first_paint_s is the median
  of 5 runs of tui.app.make_app(...) under Textual's headless run_test(),
  measured from the parent's time.time() just before the spawn to the app's
  first Ready event (DOM ready and first frame drawn). null when tui.app or
  make_app does not exist or anything fails.
* --keys: key_move_p50_ms / key_move_p95_ms are the wall time of a cursor move in
  the results (j, 20 times, each after 0.3 s) in a headless reader at 120x40 on the
  benchmark's index, from the key to the article pane showing the new hit, drawn;
  key_move_cpu_ms is the median CPU time of the reader's process for one such move;
  key_held_cpu_ms is its CPU time a move while j is held at 30 repeats a second.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import math
import os
import platform
import random
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Dates without a year in the seed sentences resolve against this; fixed so runs compare.
os.environ.setdefault("ALLIANCE_READER_TODAY", "2025-12-31")

SEED = 20240917
EXTRACT_SAMPLE = 200
QUERY_ROUNDS = 17  # 12 queries x 17 = 204 timed searches

QUERIES: list[tuple[str, str, str]] = [
    # (kind, whoosh query, fts5 query)
    ("one_word", "aliansi", "aliansi"),
    ("one_word", "Okinawa", "Okinawa"),
    ("one_word", "latihan", "latihan"),
    ("two_words", "Korea Utara", "Korea Utara"),
    ("two_words", "latihan militer", "latihan militer"),
    ("phrase", '"aliansi keamanan"', '"aliansi keamanan"'),
    ("entity", "country:Korsel", "body:Korsel"),
    ("entity", "person:Mattis", "body:Mattis"),
    ("entity", "speaker:Austin", "body:Austin"),
    ("date_range", "date:[2018 to 2023]", "2018 OR 2019 OR 2020 OR 2021 OR 2022 OR 2023"),
    ("fuzzy", "Okinwa~", "Okinwa"),
    ("prefix", "Kish*", "kish*"),
]
KINDS = list(dict.fromkeys(k for k, _q, _f in QUERIES))

# --- corpus generation ------------------------------------------------------------------

# Common Indonesian words, roughly by news frequency (function words first).
REAL_WORDS = """
yang dan di ke dari ini itu dengan untuk pada adalah akan telah tidak dalam juga
tersebut oleh bahwa karena sebagai para ia mereka kami kita saat lebih tahun atau
sudah bisa dapat harus masih hanya serta kata ujar menurut antara setelah sebelum
namun tetapi jika agar hingga secara baru negara pemerintah militer latihan keamanan
aliansi kerja_sama pertahanan menteri presiden wilayah kawasan pasukan bersama pihak
hubungan kedua pertemuan pejabat nasional internasional perdamaian ancaman nuklir
rudal kapal udara laut darat senjata sistem program rencana upaya langkah kebijakan
kepentingan komitmen dukungan tekanan ketegangan stabilitas regional global ekonomi
politik diplomatik strategis bilateral trilateral perjanjian kesepakatan pernyataan
pembicaraan kunjungan konferensi dialog forum sidang rapat laporan data informasi
sumber pengamat analis pakar warga masyarakat rakyat publik media wartawan juru_bicara
kementerian lembaga badan dewan komando markas pangkalan perbatasan semenanjung pulau
selat perairan kapal_induk pesawat tempur jet drone radar satelit teknologi industri
anggaran dana biaya miliar juta ribu persen pekan bulan hari minggu pagi malam sore
kemarin sekarang kini nanti lalu depan terakhir pertama kedua ketiga beberapa banyak
semua setiap lain sendiri besar kecil penting utama khusus resmi langsung tinggi
baik buruk kuat lemah cepat lama jauh dekat luas terus kembali mulai menjadi memiliki
memberikan melakukan mengatakan menyatakan menegaskan mengumumkan membahas meningkatkan
memperkuat menghadapi mengirim menerima menolak mendukung membangun menjaga melindungi
mengembangkan menggelar mengadakan menyampaikan menilai menyebut diumumkan dilakukan
digelar dikirim disepakati dibahas ditingkatkan berlangsung bertemu berencana berharap
terjadi terkait termasuk tentang terhadap bagi sejak selama sekitar hampir sekitar_itu
""".split()
REAL_WORDS = [w.replace("_", " ") for w in dict.fromkeys(REAL_WORDS)]

COUNTRIES = ["Amerika Serikat", "AS", "Jepang", "Korea Selatan", "Korsel", "Korea Utara", "China",
             "Filipina", "Australia", "Indonesia", "Taiwan", "Rusia", "India", "Vietnam"]
PERSON_KEYS = ["Mattis", "Onodera", "Trump", "Kim", "Blinken", "Austin", "Kishida", "Biden", "Hayashi",
               "Hamada", "Sunak", "Nakatani", "Ahn", "Ishiba", "Lee", "Yoon", "Moon", "Suh", "Sullivan", "Kang"]
COUNTRY_KEYS = ["Jepang", "Korea Selatan", "Korsel", "Korea Utara", "China", "Amerika Serikat", "AS",
                "Filipina", "Singapura", "Inggris", "ROK"]
CITIES = ["Jakarta"] * 7 + ["Washington", "Seoul", "Tokyo", "Beijing", "Manila", "Canberra"]
OUTLETS = [f"OUTLET{i}" for i in range(1, 37)]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ONSETS = ["b", "c", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "y", "ny", "ng"]
ONSET_W = [8, 3, 6, 4, 4, 3, 8, 6, 6, 5, 7, 6, 8, 9, 3, 2, 1, 1]
VOWELS, VOWEL_W = ["a", "i", "u", "e", "o"], [10, 5, 5, 4, 3]
CODAS, CODA_W = ["", "n", "ng", "r", "t", "k", "s", "l", "h", "m"], [30, 6, 4, 4, 3, 4, 2, 2, 2, 2]

TITLE_TEMPLATES = [
    "{c1} dan {c2} Sepakat Perkuat {n}",
    "{c1} Gelar Latihan Militer Bersama {c2}",
    "Menteri Pertahanan {c1} Bahas {n} dengan {c2}",
    "{p} Tegaskan Komitmen {n} {c1}",
    "Ketegangan Meningkat, {c1} Siagakan Pasukan di Dekat {c2}",
    "{c1}-{c2} Perluas {n} di Tengah Ancaman {c3}",
    "{p}: Aliansi dengan {c2} Tetap Kuat",
    "Pertemuan {c1}-{c2} Hasilkan Kesepakatan {n}",
]
TITLE_NOUNS = ["Kerja Sama Pertahanan", "Aliansi Keamanan", "Latihan Gabungan", "Pencegahan Nuklir",
               "Kerja Sama Trilateral", "Pertukaran Informasi", "Keamanan Maritim", "Pertahanan Rudal"]
TEASERS = ["Harga Beras Naik Jelang Lebaran", "Timnas Menang Tipis di Laga Uji Coba",
           "Gempa Magnitudo 5,2 Guncang Maluku", "Pemerintah Siapkan Mudik Gratis",
           "Banjir Rendam Ratusan Rumah di Bekasi", "Rupiah Menguat di Awal Pekan"]


def _split_sentences(par: str) -> list[str]:
    out, start = [], 0
    for m in re.finditer(r"[.!?][”\"]?(?=\s+[“\"A-Z])", par):
        out.append(par[start:m.end()].strip())
        start = m.end()
    out.append(par[start:].strip())
    return [s for s in out if s]


_JUNK = re.compile(r"baca juga|komentar|sumber:|https?://|leave a reply|your email|related articles|"
                   r"latest articles|news agency|^menurut [A-Z]", re.IGNORECASE)
# "Washington, MINA – ", "Washington, Purna Warta – ", "KODEMIMPI - " (not "Bapak Nakatani - ")
_LEDE_PREFIX = re.compile(r"^(?:[A-Z][\w.]*, [A-Z][\w.]*(?: [A-Z][\w.]*){0,2}|[A-Z0-9.]{3,30})\s+[–-]\s+")


def seed_sentences(seed_dir: Path) -> list[str]:
    """Whole, balanced, terminated sentences from the seeds' paragraphs."""
    out: list[str] = []
    for f in sorted(seed_dir.glob("*.txt")):
        lines = [ln.strip() for ln in f.read_text(encoding="utf-8").splitlines()]
        lines = [ln for ln in lines if ln]
        for i, par in enumerate(lines):
            if _JUNK.search(par) or len(par.split()) < 6:
                continue
            if i < 3:
                par = _LEDE_PREFIX.sub("", par)
            par = re.sub(r"\s*\([A-Z0-9/]+\)\s*$", "", par)  # (T/R03/B05)
            par = re.sub(r"\s*\.\s*\.$", ".", par)
            for s in _split_sentences(par):
                if len(s.split()) < 5 or s[-1] not in ".!?”\"" or s[0].islower():
                    continue
                if s.count("“") != s.count("”") or s.count('"') % 2:
                    continue
                if s not in out:
                    out.append(s)
    return out


def _stem_word(rng: random.Random) -> str:
    syl = 2 if rng.random() < 0.7 else 3
    parts = []
    for _ in range(syl):
        parts.append(rng.choices(ONSETS, ONSET_W)[0] + rng.choices(VOWELS, VOWEL_W)[0])
    parts.append(rng.choices(CODAS, CODA_W)[0])
    return "".join(parts)


def _nasal(prefix: str, stem: str) -> str:
    """me-/pe- with the usual nasal assimilation."""
    c = stem[0]
    if c in "bfv":
        return prefix + "m" + stem
    if c == "p":
        return prefix + "m" + stem[1:]
    if c == "t":
        return prefix + "n" + stem[1:]
    if c in "dcjz":
        return prefix + "n" + stem
    if c == "s":
        return prefix + "ny" + stem[1:]
    if c == "k":
        return prefix + "ng" + stem[1:]
    if c in "gh" or c in "aiueo":
        return prefix + "ng" + stem
    return prefix + stem


def _affix(rng: random.Random, stem: str) -> str:
    r = rng.random()
    if r < 0.25:
        return stem
    if r < 0.40:
        return _nasal("me", stem)
    if r < 0.52:
        return "di" + stem
    if r < 0.60:
        return "ber" + stem
    if r < 0.66:
        return "ter" + stem
    if r < 0.72:
        return _nasal("pe", stem)
    if r < 0.80:
        return stem + "an"
    if r < 0.88:
        return (_nasal("me", stem) if rng.random() < 0.5 else "di" + stem) + "kan"
    if r < 0.93:
        return stem + "nya"
    if r < 0.97:
        return "ke" + stem + "an"
    return _nasal("pe", stem) + "an"


def build_vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    vocab = list(REAL_WORDS)
    seen = set(vocab)
    stems: list[str] = []
    while len(vocab) < size:
        # reuse stems so families (meX, diX, Xan ...) share a root, as real text does
        if stems and rng.random() < 0.4:
            stem = rng.choice(stems)
        else:
            stem = _stem_word(rng)
            stems.append(stem)
        word = _affix(rng, stem)
        if word not in seen and len(word) >= 3:
            seen.add(word)
            vocab.append(word)
    return vocab


class CorpusGenerator:
    def __init__(self, seed_dir: Path, seed: int = SEED):
        self.rng = random.Random(seed)
        self.vocab = build_vocabulary(self.rng)
        # Zipf-Mandelbrot 1/(rank+2.7)^1.05: the top word ("yang") ~4% of filler tokens,
        # the top 100 ~half of them, as in real news text.
        weights = [1.0 / ((r + 2.7) ** 1.05) for r in range(1, len(self.vocab) + 1)]
        acc, cum = 0.0, []
        for w in weights:
            acc += w
            cum.append(acc)
        self.cum = cum
        self.sentences = seed_sentences(seed_dir)
        if not self.sentences:
            raise SystemExit(f"bench: no usable sentences in {seed_dir}")
        keys = PERSON_KEYS + COUNTRY_KEYS
        self.by_key = {}
        for k in keys:
            pat = re.compile(rf"\b{re.escape(k)}\b")
            hits = [s for s in self.sentences if pat.search(s)]
            if hits:
                self.by_key[k] = hits
        self.persons = [k for k in PERSON_KEYS if k in self.by_key]
        self.countries = [k for k in COUNTRY_KEYS if k in self.by_key]

    def words(self, n: int) -> list[str]:
        return self.rng.choices(self.vocab, cum_weights=self.cum, k=n)

    def filler(self, lo: int = 8, hi: int = 22) -> str:
        rng = self.rng
        ws = self.words(rng.randint(lo, hi))
        if rng.random() < 0.15:
            ws.insert(rng.randrange(1, len(ws)), rng.choice(COUNTRIES))
        if rng.random() < 0.3 and len(ws) > 6:
            i = rng.randrange(3, len(ws) - 2)
            ws[i] += ","
        s = " ".join(ws)
        return s[0].upper() + s[1:] + "."

    def title(self) -> str:
        rng = self.rng
        c = rng.sample(["AS", "Jepang", "Korea Selatan", "Korea Utara", "China", "Filipina", "Australia"], 3)
        p = rng.choice(["Austin", "Blinken", "Kishida", "Yoon", "Biden", "Mattis", "Nakatani", "Hegseth"])
        return rng.choice(TITLE_TEMPLATES).format(c1=c[0], c2=c[1], c3=c[2], p=p, n=rng.choice(TITLE_NOUNS))

    def lede(self) -> str:
        rng = self.rng
        day = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange((dt.date(2025, 12, 31) - dt.date(2012, 1, 1)).days))
        when = f"{WEEKDAYS[day.weekday()]} ({day.day}/{day.month}/{day.year})"
        subj = rng.choice(["Pemerintah", "Menteri Pertahanan", "Menteri Luar Negeri", "Militer", "Presiden"])
        country = rng.choice(["Amerika Serikat", "Jepang", "Korea Selatan", "Filipina", "Australia"])
        verb = rng.choice(["mengumumkan", "menyatakan", "menegaskan", "membahas", "menyepakati"])
        rest = " ".join(self.words(rng.randint(8, 16)))
        return f"{rng.choice(CITIES)}, {rng.choice(OUTLETS)} – {subj} {country} {verb} pada {when} {rest}."

    def article(self) -> str:
        rng = self.rng
        target = rng.randint(250, 450)
        focus = rng.sample(self.persons, min(len(self.persons), rng.randint(1, 2)))
        focus += rng.sample(self.countries, min(len(self.countries), rng.randint(1, 2)))
        pool = [s for k in focus for s in self.by_key[k]]
        paras = [self.lede()]
        count = len(paras[0].split())
        while count < target:
            sents = []
            for _ in range(rng.randint(1, 3)):
                if rng.random() < 0.5:
                    s = rng.choice(pool) if pool and rng.random() < 0.6 else rng.choice(self.sentences)
                else:
                    s = self.filler()
                sents.append(s)
                count += len(s.split())
            paras.append(" ".join(sents))
        for _ in range(2):
            if rng.random() < 0.3 and len(paras) > 3:
                paras.insert(rng.randint(2, len(paras) - 1), f"Baca Juga: {rng.choice(TEASERS)}")
        return self.title() + "\n\n" + "\n\n".join(paras) + "\n"


def generate_corpus(n: int, corpus_dir: Path, seed_dir: Path) -> list[Path]:
    gen = CorpusGenerator(seed_dir)
    corpus_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    width = max(5, len(str(n)))
    for i in range(n):
        p = corpus_dir / f"art_{i:0{width}d}.txt"
        p.write_text(gen.article(), encoding="utf-8")
        paths.append(p)
    return paths


# --- helpers -------------------------------------------------------------------------

def percentile(values: list[float], pct: float) -> float | None:
    """Linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return None
    xs = sorted(values)
    if len(xs) == 1:
        return xs[0]
    k = (len(xs) - 1) * pct / 100.0
    lo, hi = math.floor(k), math.ceil(k)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def du_mb(path: Path) -> float:
    total = 0
    for p in path.rglob("*"):
        try:
            st = p.lstat()
        except OSError:
            continue
        blocks = getattr(st, "st_blocks", None)
        total += blocks * 512 if blocks is not None else st.st_size
    return total / (1024 * 1024)


def maxrss_mb(who: int) -> float:
    rss = resource.getrusage(who).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB on Linux


def rnd(x: float | None, nd: int = 3) -> float | None:
    return None if x is None else round(x, nd)


def log(quiet: bool, msg: str) -> None:
    if not quiet:
        print(f"bench: {msg}", file=sys.stderr, flush=True)


# --- the measurements ------------------------------------------------------------

def bench_extract(paths: list[Path]) -> float:
    from index.extract import extract_text

    sample = paths[:EXTRACT_SAMPLE]
    texts = [(p, p.read_text(encoding="utf-8")) for p in sample]
    warm = paths[-1]
    extract_text(warm.read_text(encoding="utf-8"), id=warm.stem, path=str(warm))
    times = []
    for p, text in texts:
        t0 = time.perf_counter()
        extract_text(text, id=p.stem, path=str(p))
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.fmean(times)


def bench_build(corpus_dir: Path, index_dir: Path, jobs: int):
    from index.store import update_index

    t0 = time.perf_counter()
    report = update_index([str(corpus_dir)], str(index_dir), jobs=jobs)
    wall = time.perf_counter() - t0
    return report, wall


def run_queries(call, rounds: int = QUERY_ROUNDS):
    """Warm-up pass, then `rounds` rotations. Returns (all ms, ms by kind, per-query info)."""
    info = {}
    for kind, q, fq in QUERIES:
        info[q] = call(kind, q, fq)
    times: list[float] = []
    by_kind: dict[str, list[float]] = {k: [] for k in KINDS}
    for _ in range(rounds):
        for kind, q, fq in QUERIES:
            t0 = time.perf_counter()
            call(kind, q, fq)
            ms = (time.perf_counter() - t0) * 1000
            times.append(ms)
            by_kind[kind].append(ms)
    return times, by_kind, info


def bench_search(index_dir: Path):
    from index.search import Searcher

    s = Searcher(index_dir)

    def call(kind, q, fq):
        res = s.search(q, limit=20)
        return {"total": res.total, "hits": len(res.hits), "error": res.error,
                "highlights": sum(len(h.highlights) for h in res.hits)}

    try:
        return run_queries(call)
    finally:
        s.close()


def bench_views(index_dir: Path) -> dict[str, float]:
    """What the reader's side screens cost to open, in ms: quotes side by side and the
    entity browser (each loads the view the build kept; computing both from every
    article is what the reader would do without them), the facets of a search, the timeline."""
    from index.search import Searcher, timeline
    from index.stories import signature
    from index.views import compute, story_table

    s = Searcher(index_dir)
    try:
        c0 = time.perf_counter()
        compute(s.iter_keyed_articles())
        c1 = time.perf_counter()
        quotes = s.kept_view("quotes")
        quotes.opening_pair(None)
        t2 = time.perf_counter()
        s.kept_view("entities").table()
        t3 = time.perf_counter()
        res = s.search("Korea", limit=100)
        t4 = time.perf_counter()
        timeline(res.facets)
        t5 = time.perf_counter()
        story_table(s._searcher.reader())  # what each commit adds for near-duplicates (index/stories.py)
        t5b = time.perf_counter()
        sample = list(itertools.islice(s.iter_keyed_articles(), 200))
        t6 = time.perf_counter()
        signatures = [signature(a.paragraphs) for _k, a in sample]
        t7 = time.perf_counter()
    finally:
        s.close()
    return {"quotes_open_ms": (t2 - c1) * 1000, "entities_open_ms": (t3 - t2) * 1000,
            "views_compute_ms": (c1 - c0) * 1000, "search_with_facets_ms": (t4 - t3) * 1000,
            "timeline_ms": (t5 - t4) * 1000, "stories_group_ms": (t5b - t5) * 1000,
            "signature_ms_per_article": (t7 - t6) * 1000 / max(1, len(signatures))}


def bench_fts5(paths: list[Path], db_path: Path):
    if db_path.exists():
        db_path.unlink()
    t0 = time.perf_counter()
    con = sqlite3.connect(str(db_path))
    con.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')")

    def rows():
        for p in paths:
            text = p.read_text(encoding="utf-8")
            title = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
            yield title, text

    con.executemany("INSERT INTO docs(title, body) VALUES (?, ?)", rows())
    con.commit()
    build_s = time.perf_counter() - t0
    sql = ("SELECT rowid, highlight(docs, 0, '[', ']'), snippet(docs, 1, '[', ']', '…', 24) "
           "FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 20")

    def call(kind, q, fq):
        return {"hits": len(con.execute(sql, (fq,)).fetchall())}

    try:
        times, by_kind, info = run_queries(call)
    finally:
        con.close()
    return build_s, times, by_kind, info


# --- startup (subprocesses) ---------------------------------------------------------

FIRST_PAINT_CHILD = r"""
import asyncio, importlib, inspect, os, sys, time
T0 = float(os.environ["BENCH_T0"])
name = os.environ.get("BENCH_APP_MODULE", "tui.app")
try:
    mod = importlib.import_module(name)
except ModuleNotFoundError as exc:
    if exc.name in (name, name.rsplit(".", 1)[0]):
        print("NO_APP", flush=True)
        sys.exit(3)
    raise
make_app = getattr(mod, "make_app", None)
if make_app is None:
    print("NO_APP", flush=True)
    sys.exit(3)
seeds = os.environ["BENCH_SEEDS"]

def build():
    params = [p for p in inspect.signature(make_app).parameters.values()
              if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty]
    if not params:
        try:
            return make_app([seeds])
        except TypeError:
            return make_app()
    if params[0].name in ("args", "ns", "namespace", "options", "opts"):
        from tui.cli import build_parser
        return make_app(build_parser().parse_args([seeds]))
    try:
        return make_app([seeds])
    except TypeError:
        return make_app(seeds)

app = build()

async def main():
    from textual import events
    painted = asyncio.Event()
    stamp = {}
    def hook(message):
        if isinstance(message, events.Ready) and "t" not in stamp:
            stamp["t"] = time.time() - T0
            painted.set()
    async with app.run_test(headless=True, size=(120, 40), message_hook=hook):
        await asyncio.wait_for(painted.wait(), 60)
        print("FIRST_PAINT", stamp["t"], flush=True)

asyncio.run(main())
"""


def bench_cli_startup(seed: Path, runs: int = 5) -> float | None:
    try:
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "tui.cli", "extract", "--json", str(seed)], cwd=ROOT,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)
            elapsed = time.perf_counter() - t0
            if proc.returncode != 0:
                print(f"bench: cli extract failed ({proc.returncode}): "
                      f"{proc.stderr.decode(errors='replace').strip()[-300:]}", file=sys.stderr)
                return None
            times.append(elapsed)
        return statistics.median(times)
    except Exception as exc:  # noqa: BLE001 - never crash the benchmark
        print(f"bench: cli startup not measured: {exc!r}", file=sys.stderr)
        return None


def bench_first_paint(seed_dir: Path, cache_dir: Path, runs: int = 5) -> float | None:
    try:
        times = []
        for _ in range(runs):
            env = dict(os.environ, BENCH_SEEDS=str(seed_dir), ALLIANCE_READER_CACHE=str(cache_dir))
            env["BENCH_T0"] = repr(time.time())
            proc = subprocess.Popen([sys.executable, "-c", FIRST_PAINT_CHILD], cwd=ROOT, env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
            try:
                out, err = proc.communicate(timeout=120)
            except subprocess.TimeoutExpired:
                proc.kill()
                out, err = proc.communicate()
            text = out.decode(errors="replace")
            if "NO_APP" in text:
                return None
            m = re.search(r"^FIRST_PAINT ([0-9.eE+-]+)$", text, re.MULTILINE)
            if not m:
                print(f"bench: first paint not measured (exit {proc.returncode}): "
                      f"{err.decode(errors='replace').strip()[-400:]}", file=sys.stderr)
                return None
            times.append(float(m.group(1)))
        return statistics.median(times)
    except Exception as exc:  # noqa: BLE001 - never crash the benchmark
        print(f"bench: first paint not measured: {exc!r}", file=sys.stderr)
        return None


KEYS_CHILD = r"""
import asyncio, os, statistics, sys, time
from textual import events
from tui.app import make_app
from tui.widgets.article import ArticleView
from tui.widgets.results import ResultsList

app = make_app([os.environ["BENCH_CORPUS"]], os.environ["BENCH_INDEX"], "en", blink=False, watch_seconds=0,
               timings=False, state_dir=os.environ["BENCH_STATE"])

async def until(done, limit=30.0):
    t0 = time.perf_counter()
    while not done():
        if time.perf_counter() - t0 > limit:
            raise TimeoutError
        await asyncio.sleep(0.0005)

async def move(pilot, listed, view, key):
    before = listed.highlighted
    app.post_message(events.Key(key, key))
    await until(lambda: listed.highlighted != before)
    await until(lambda: listed.current_hit is not None and view.key == listed.current_hit.key)
    await pilot.pause()

async def main():
    async with app.run_test(headless=True, size=(120, 40)) as pilot:
        screen = app.screen
        await until(lambda: app.backend.ready and screen.results is not None and screen.results.total > 60)
        listed, view = screen.query_one("#results", ResultsList), screen.query_one(ArticleView)
        await until(lambda: view.article is not None)
        walls, cpus = [], []
        for i in range(20):  # single moves, each after a pause: key to the new article drawn
            await asyncio.sleep(0.3)
            w0, c0 = time.perf_counter(), time.process_time()
            await move(pilot, listed, view, "j")
            walls.append(time.perf_counter() - w0)
            cpus.append(time.process_time() - c0)
        await asyncio.sleep(0.3)
        c0 = time.process_time()
        for i in range(30):  # a held key, 30 repeats a second
            app.post_message(events.Key("j", "j"))
            await asyncio.sleep(1 / 30)
        await until(lambda: listed.highlighted == 50 and view.key == listed.current_hit.key)
        await pilot.pause()
        held = (time.process_time() - c0) / 30
        walls.sort()
        print("KEYS", statistics.median(walls), walls[int(0.95 * (len(walls) - 1))], statistics.median(cpus), held,
              flush=True)

asyncio.run(main())
"""


def bench_keys(corpus_dir: Path, index_dir: Path, state_dir: Path) -> tuple[float, ...] | None:
    """Cursor moves in the results of a headless reader at 120x40 (index/ of this run):
    (median and p95 wall s from a key to the new article drawn, median CPU s of such a
    move, CPU s a move while the key is held at 30 repeats a second)."""
    env = dict(os.environ, BENCH_CORPUS=str(corpus_dir), BENCH_INDEX=str(index_dir), BENCH_STATE=str(state_dir))
    try:
        proc = subprocess.run([sys.executable, "-c", KEYS_CHILD], cwd=ROOT, env=env, capture_output=True,
                              stdin=subprocess.DEVNULL, timeout=600)
    except Exception as exc:  # noqa: BLE001 - never crash the benchmark
        print(f"bench: keys not measured: {exc!r}", file=sys.stderr)
        return None
    m = re.search(r"^KEYS" + r" ([0-9.eE+-]+)" * 4 + r"$", proc.stdout.decode(errors="replace"), re.MULTILINE)
    if not m:
        print(f"bench: keys not measured (exit {proc.returncode}): "
              f"{proc.stderr.decode(errors='replace').strip()[-400:]}", file=sys.stderr)
        return None
    return tuple(float(v) for v in m.groups())


# --- main -------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark extraction, indexing and search.")
    ap.add_argument("--articles", type=int, required=True, help="number of synthetic articles")
    ap.add_argument("--json", action="store_true", help="print exactly one JSON line")
    ap.add_argument("--workdir", help="keep corpus/, index/ and fts5.sqlite here (replaced each run)")
    ap.add_argument("--jobs", type=int, default=0, help="extraction workers for update_index (0 = all cores)")
    ap.add_argument("--skip-fts5", action="store_true", help="leave out the SQLite FTS5 baseline")
    ap.add_argument("--startup", action="store_true", help="also measure CLI and app cold start")
    ap.add_argument("--keys", action="store_true", help="also measure a cursor move in the reader, key to screen")
    args = ap.parse_args(argv)
    if args.articles < 1:
        ap.error("--articles must be at least 1")
    quiet = args.json

    seed_dir = ROOT / "seeds"
    seed_files = sorted(seed_dir.glob("*.txt"))
    if args.workdir:
        work = Path(args.workdir).resolve()
        work.mkdir(parents=True, exist_ok=True)
        cleanup = False
    else:
        work = Path(tempfile.mkdtemp(prefix="alliance-bench-"))
        cleanup = True
    corpus_dir, index_dir, db_path = work / "corpus", work / "index", work / "fts5.sqlite"
    for d in (corpus_dir, index_dir):
        if d.exists():
            shutil.rmtree(d)

    out: dict = {"articles": args.articles}
    extra: dict = {}
    try:
        t0 = time.perf_counter()
        paths = generate_corpus(args.articles, corpus_dir, seed_dir)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
        extra["generate_s"] = time.perf_counter() - t0
        extra["mean_words"] = words / len(paths)
        log(quiet, f"generated {len(paths)} articles ({extra['mean_words']:.0f} words avg) in {extra['generate_s']:.1f}s")

        extract_ms = bench_extract(paths)
        log(quiet, f"extract: {extract_ms:.2f} ms/article")

        report, wall = bench_build(corpus_dir, index_dir, args.jobs)
        if report.added != args.articles or report.skipped:
            print(f"bench: warning: indexed {report.added} of {args.articles} articles; "
                  f"skipped {len(report.skipped)}: {report.skipped[:3]}", file=sys.stderr)
        build_s = report.seconds or wall
        extra["build_wall_s"] = wall
        extra["indexed"] = report.total
        rss_children = maxrss_mb(resource.RUSAGE_CHILDREN)
        log(quiet, f"build: {build_s:.2f}s ({report.added / build_s:.0f} articles/s)")

        times, by_kind, info = bench_search(index_dir)
        extra["whoosh_info"] = info
        extra["whoosh_p50_by_kind"] = {k: percentile(v, 50) for k, v in by_kind.items()}
        log(quiet, f"search: p50 {percentile(times, 50):.1f} ms, p95 {percentile(times, 95):.1f} ms over {len(times)} calls")

        views = bench_views(index_dir)
        log(quiet, "views: " + ", ".join(f"{k} {v:.0f}" for k, v in views.items()))

        fts = None
        if not args.skip_fts5:
            fts = bench_fts5(paths, db_path)
            log(quiet, f"fts5: build {fts[0]:.2f}s, p95 {percentile(fts[1], 95):.2f} ms")
        rss_self = maxrss_mb(resource.RUSAGE_SELF)

        out.update(
            build_s=rnd(build_s),
            articles_per_s=rnd(report.added / build_s if build_s else None, 1),
            index_mb=rnd(du_mb(index_dir), 2),
            query_p50_ms=rnd(percentile(times, 50)),
            query_p95_ms=rnd(percentile(times, 95)),
            query_p95_by_kind={k: rnd(percentile(v, 95)) for k, v in by_kind.items()},
            **{k: rnd(v) for k, v in views.items()},
            extract_ms_per_article=rnd(extract_ms),
            peak_rss_mb=rnd(rss_self, 1),
            peak_rss_children_mb=rnd(rss_children, 1),
            fts5_build_s=None,
            fts5_query_p50_ms=None,
            fts5_query_p95_ms=None,
            ratio_p95_whoosh_over_fts5=None,
        )
        if fts is not None:
            fbuild, ftimes, fby_kind, finfo = fts
            fp95 = percentile(ftimes, 95)
            out.update(
                fts5_build_s=rnd(fbuild),
                fts5_query_p50_ms=rnd(percentile(ftimes, 50)),
                fts5_query_p95_ms=rnd(fp95),
                ratio_p95_whoosh_over_fts5=rnd(out["query_p95_ms"] / fp95 if fp95 else None, 2),
            )
            extra["fts5_info"] = finfo
            extra["fts5_p95_by_kind"] = {k: percentile(v, 95) for k, v in fby_kind.items()}
            extra["fts5_mb"] = db_path.stat().st_size / (1024 * 1024)

        out["cli_extract_startup_s"] = None
        out["startup_first_paint_s"] = None
        if args.startup:
            log(quiet, "startup: cli extract x5")
            out["cli_extract_startup_s"] = rnd(bench_cli_startup(seed_files[0]))
            log(quiet, "startup: first paint x5")
            cache = work / "app-cache"
            out["startup_first_paint_s"] = rnd(bench_first_paint(seed_dir, cache))
            shutil.rmtree(cache, ignore_errors=True)
        names = ("key_move_p50_ms", "key_move_p95_ms", "key_move_cpu_ms", "key_held_cpu_ms")
        out.update(dict.fromkeys(names))
        if args.keys:
            log(quiet, "keys: 20 cursor moves and a held key in a headless reader")
            keys = bench_keys(corpus_dir, index_dir, work / "keys-state")
            if keys is not None:
                out.update(zip(names, (rnd(1000 * v, 1) for v in keys), strict=True))
        out["python"] = f"{platform.python_implementation()} {platform.python_version()}"
        out["machine"] = {"arch": platform.machine(), "cpus": os.cpu_count()}
    finally:
        if cleanup:
            shutil.rmtree(work, ignore_errors=True)

    if args.json:
        print(json.dumps(out, ensure_ascii=False, separators=(",", ":")))
    else:
        print_table(out, extra, args)
    return 0


def print_table(out: dict, extra: dict, args) -> None:
    def f(v, unit=""):
        return "null" if v is None else f"{v}{unit}"

    rows = [
        ("articles", f(out["articles"]) + f"  (~{extra['mean_words']:.0f} words each, generated in {extra['generate_s']:.1f}s)"),
        ("extract_ms_per_article", f(out["extract_ms_per_article"], " ms")),
        ("build_s", f(out["build_s"], " s") + f"  (jobs={args.jobs or os.cpu_count()}, {extra['indexed']} docs in index)"),
        ("articles_per_s", f(out["articles_per_s"])),
        ("index_mb", f(out["index_mb"], " MB")),
        ("query_p50_ms", f(out["query_p50_ms"], " ms")),
        ("query_p95_ms", f(out["query_p95_ms"], " ms")),
        ("peak_rss_mb", f(out["peak_rss_mb"], " MB")),
        ("peak_rss_children_mb", f(out["peak_rss_children_mb"], " MB")),
        ("fts5_build_s", f(out["fts5_build_s"], " s") + (f"  ({extra['fts5_mb']:.2f} MB)" if "fts5_mb" in extra else "")),
        ("fts5_query_p50_ms", f(out["fts5_query_p50_ms"], " ms")),
        ("fts5_query_p95_ms", f(out["fts5_query_p95_ms"], " ms")),
        ("ratio_p95_whoosh_over_fts5", f(out["ratio_p95_whoosh_over_fts5"])),
        ("cli_extract_startup_s", f(out["cli_extract_startup_s"], " s")),
        ("startup_first_paint_s", f(out["startup_first_paint_s"], " s")),
        ("key_move_p50_ms / p95 / cpu", f"{f(out['key_move_p50_ms'])} / {f(out['key_move_p95_ms'])} / "
                                        f"{f(out['key_move_cpu_ms'])} ms"),
        ("key_held_cpu_ms (a move)", f(out["key_held_cpu_ms"], " ms")),
        ("python", out["python"]),
        ("machine", f"{out['machine']['arch']}, {out['machine']['cpus']} cpus"),
    ]
    w = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{w}}  {v}")
    print()
    print(f"{'kind':<11} {'whoosh p50':>10} {'whoosh p95':>10} {'fts5 p95':>9}")
    for kind in KINDS:
        fp = extra.get("fts5_p95_by_kind", {}).get(kind)
        print(f"{kind:<11} {extra['whoosh_p50_by_kind'][kind]:>10.2f} {out['query_p95_by_kind'][kind]:>10.2f} "
              f"{'-' if fp is None else format(fp, '.2f'):>9}")
    print()
    print(f"{'query':<22} {'whoosh total':>12} {'hits':>5} {'fts5 top':>8}  note")
    for _kind, q, _fq in QUERIES:
        wi = extra["whoosh_info"][q]
        fi = extra.get("fts5_info", {}).get(q)
        note = wi["error"] or ""
        print(f"{q:<22} {wi['total']:>12} {wi['hits']:>5} {'-' if fi is None else fi['hits']:>8}  {note}")


if __name__ == "__main__":
    sys.exit(main())
