"""Search over the seeds: every query form, highlights, suggestions, bad syntax."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import SEEDS, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.search import Searcher, check_syntax
from index.store import update_index

S000, S001, S002, S003, S004 = (
    "000_2d81bcb0d47c33ea", "001_0a4a08766a584ade", "002_8655000fce4003c1",
    "003_7ba484588db6024a", "004_835f91a6dc95eae8",
)


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    d = tmp_path_factory.mktemp("ix")
    report = update_index([str(SEEDS)], d)
    assert report.added == 5 and report.total == 5
    s = Searcher(d)
    yield s
    s.close()


def ids(searcher, q, limit=20):
    return sorted(h.id for h in searcher.search(q, limit=limit).hits)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Okinawa", [S001]),
        ("Onodera", [S000]),
        ("Okinawa Blinken", [S001]),
        ("Okinawa OR Onodera", [S000, S001]),
        ("Austin NOT Blinken", [S003]),
        ('"aliansi keamanan"', [S000]),
        ("Kish*", [S001]),
        ("Mattis~", [S000]),
        ("Matis~", [S000]),
        # entity fields, English and Indonesian names, aliases folded
        ("country:Korsel", [S000, S002, S003, S004]),
        ("negara:Korsel", [S000, S002, S003, S004]),
        ("country:Filipina", [S003]),
        ('negara:"Korea Utara"', [S000, S001, S002, S003, S004]),
        ("country:Inggris", [S001]),
        ("person:Mattis", [S000]),
        ('orang:"Jake Sullivan"', [S004]),
        ("speaker:Austin", [S003]),
        ("pembicara:Blinken", [S001]),
        ('speaker:"Emily Home"', [S004]),
        ("org:Pentagon", [S003]),
        ("org:Yonhap", [S003, S004]),
        ("place:Okinawa", [S001]),
        ("tempat:Seoul", [S003, S004]),
        ("quote:diplomat", [S000]),
        ("kutipan:landasan", [S001]),
        ("outlet:MINA", [S000]),
        ("media:KODEMIMPI", [S001]),
        # dates
        ("date:2023", [S001, S003]),
        ("tanggal:2018", [S000]),
        ("date:[2018 to 2023]", [S000, S001, S003]),
        ("tanggal:[2018 ke 2023]", [S000, S001, S003]),  # a range's "to" in Indonesian, or a dash
        ("tanggal:[2018 sampai 2023]", [S000, S001, S003]),
        ("date:[2018-2023]", [S000, S001, S003]),
        # two years joined without brackets, and the year field given a span (a walker's silent zero for
        # year:2016..2017: the field's term found nothing and nothing said so)
        ("date:2018..2023", [S000, S001, S003]),
        ("tanggal:2018-2023", [S000, S001, S003]),
        ("year:2018..2023", [S000, S001, S003]),
        ('date:"Januari 2023"', [S001, S003]),
        ("date:2023-01-11", [S001]),
        ("date:2099", []),
        # stemming: the stemmed body field finds other forms of the word
        ("penguatan", [S000, S001, S002, S003, S004]),
    ],
)
def test_query_forms(searcher, query, expected):
    res = searcher.search(query)
    rooted = query == "penguatan"  # in no seed as written: found by its root, and said so
    assert (res.error or "").startswith("No word “penguatan”") if rooted else res.error is None, res.error
    assert sorted(h.id for h in res.hits) == expected, res.parsed


def test_exact_word_ranks_above_stem_match(searcher):
    # "memperkuat" appears verbatim in 004's title and body; others only via the stem
    hits = searcher.search("memperkuat").hits
    assert hits[0].id == S004
    assert len(hits) == 5


def test_highlights_come_from_stored_offsets(searcher):
    res = searcher.search("Okinawa")
    hit = res.hits[0]
    body = next(h for h in hit.highlights if h.field == "body")
    assert body.spans
    for s, e in body.spans:
        assert body.text[s:e] == "Okinawa"
    art = searcher.article(hit.docnum)
    spans = searcher.article_spans(hit.docnum, art, res.terms)
    assert spans and all(art.paragraphs[p][s:e] == "Okinawa" for p, s, e in spans)


def test_entity_query_marks_the_entity(searcher):
    res = searcher.search("country:Korsel")
    hit = next(h for h in res.hits if h.id == S004)
    art = searcher.article(hit.docnum)
    spans = searcher.article_spans(hit.docnum, art, res.terms)
    texts = {art.paragraphs[p][s:e] for p, s, e in spans}
    assert {"Korea Selatan", "Korsel"} <= texts


def test_zero_hits_offer_a_suggestion(searcher):
    res = searcher.search("Okinwa")
    assert res.total == 0
    assert res.suggestion == "okinawa"


def test_an_outlets_name_searched_as_a_word_finds_its_dateline(searcher):
    """A new user's walk: "Suarathailand" found nothing and said nothing; the outlet's name is
    in no article's text. Its dateline's line ("KODEMIMPI -") is searched now (the walk through
    heldout76-85's numbers): the word finds the page, and says where."""
    res = searcher.search("Kodemimpi")
    assert res.total == 1 == searcher.search('media:"Kodemimpi"').total
    assert [hl.removed_as for hl in res.hits[0].highlights if hl.field == "caption"] == ["dateline"]


def test_a_suggestion_is_offered_only_when_it_finds_something(searcher):
    """Seen on real use: "Camp David" (in no article) was offered "sama dalih?", two words
    two edits away each that no one meant. A short word may be one edit off, a long one
    two; and a suggestion that itself finds nothing is not offered."""
    assert searcher.search("Okinwa").suggestion == "okinawa"  # one edit
    assert searcher.search("Okxnwa").suggestion is None  # two edits from a six-letter word
    assert searcher.search("Washngtn").suggestion == "washington"  # two edits: a long word may
    assert searcher.search("Okinwa qzqzqzqz").suggestion is None  # still nothing with the fix


def test_a_prefix_reaches_inflected_words_and_marks_only_them(searcher):
    """The body holds stems: "pertah*" found nothing (pertahanan's stem is "tahan"), and a
    prefix must not widen to every form of a stem either ("ditahan" is no "pertah...")."""
    res = searcher.search("mempert*")
    assert ids(searcher, "mempert*") == sorted([S000, S002, S003])  # mempertahankan, mempertimbangkan
    for hit in res.hits:
        art = searcher.article(hit.docnum)
        marked = {art.paragraphs[p][s:e].lower() for p, s, e in searcher.article_spans(hit.docnum, art, res.terms)}
        assert marked and all(w.startswith("mempert") for w in marked), marked
    assert ids(searcher, "pertah*") == ids(searcher, "pertahanan")


def test_a_word_being_typed_is_searched_as_a_prefix_and_says_so(searcher):
    """A new user's walk: "Okin" typed showed no results until the word was finished."""
    assert searcher.search("Okin").total == 0  # as typed, without `complete`
    res = searcher.search("Okin", complete=True)
    assert (res.completed, res.completions, res.query) == ("Okin", ["okinawa"], "Okin*")
    assert sorted(h.id for h in res.hits) == ids(searcher, "Okinawa") == [S001]
    assert res.to_json()["completed"] == {"prefix": "Okin", "words": ["okinawa"]}
    # a whole word, a finished one, a field's value and a phrase are searched as typed
    for typed in ("Okinawa", "Okin ", "media:Kodem", '"Okin'):
        assert searcher.search(typed, complete=True).completed is None, typed
    assert searcher.search("Jepang Okin", complete=True).completed == "Okin"
    # a misspelling no prefix reaches still gets its spelling suggested
    res = searcher.search("Okinwa", complete=True)
    assert (res.total, res.completed, res.suggestion) == (0, None, "okinawa")


def test_a_word_no_article_holds_as_written_says_it_was_searched_by_its_root(searcher):
    """heldout62-63's walk: "bertahan" (to hold out), in no file, found every "pertahanan" (defence) article
    through its root "tahan", and nothing said so."""
    res = searcher.search("bertahan Jepang")
    assert res.total == searcher.search("tahan Jepang").total > 0
    assert res.error and "No word “bertahan” as written: showing words of its root “tahan” (" in res.error
    assert "pertahanan" in res.error.split("(", 1)[1]  # a form the hits on screen show
    # a word every match holds as written, a root typed, a field's value: nothing to say
    for query in ("pertahanan", "tahan", "person:bertahan"):
        assert not searcher.search(query).error, query
    # the walk through heldout84-85: "menyatukan" counted 13 articles, one of them with the word; some matches
    # holding it as written and the others only its root's other words say how many are which
    res = searcher.search("mempertahankan")
    held = sum("mempertahankan" in f.read_text(encoding="utf-8").lower() for f in SEEDS.glob("*.txt"))
    assert 0 < held < res.articles
    assert res.error == (f"“mempertahankan” as written in the text: {held} of the {res.articles} articles; "
                         "the others have other words of its root “tahan”"), res.error


@pytest.mark.parametrize("query", ['"Korea Utara" AND (', "person:", "foo:bar", "(((", "AND", ')"]', "date:[2018 to"])
def test_broken_syntax_says_what_was_searched_instead(searcher, query):
    res = searcher.search(query)
    assert res.error, query
    assert ": searched " in res.error


@pytest.mark.parametrize("broken, meant", [
    ("speaker:Austin AND", "speaker:Austin"),  # not the words "speaker Austin" (a walker's false zero)
    ("date:[2018 to", "date:[2018 to]"),
    ('"Korea Utara" AND (', '"Korea Utara"'),
    ("colour:Okinawa", "Okinawa"),  # an unknown field's value is still searched
    ("(Okinawa OR Jepang", "(Okinawa OR Jepang)"),
])
def test_broken_syntax_is_mended_as_meant(searcher, broken, meant):
    res, want = searcher.search(broken), searcher.search(meant)
    assert want.total > 0 and res.total == want.total, broken
    assert res.error.endswith(f": searched {meant}")


def test_broken_syntax_still_finds(searcher):
    res = searcher.search('"Korea Utara" AND (')
    assert res.total == 5


def test_facets(searcher):
    res = searcher.search("aliansi")
    assert res.facets["country"]["Amerika Serikat"] >= 4
    assert set(res.facets["year"]) <= {"2018", "2023"}
    assert res.facets["outlet"]["MINA"] == 1


def test_empty_query_lists_everything_newest_first(searcher):
    res = searcher.search("")
    assert res.total == 5
    dates = [h.date for h in res.hits if h.date]
    assert dates == sorted(dates, reverse=True)


def test_a_guessed_year_sorts_at_its_date_and_the_undated_last(tmp_path):
    """A guessed year ("?") sorts at its date, either way, the undated last: the thirty-third
    session's walker lost a July 2023 story "?" at rank 21 of newest first, below every sure date
    down to 2015, after the thirty-second's found the grouping unexplained. (A weekday's year is
    now taken only near the day the page was read, so it no longer lands years off at the top.)"""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = {
        "tebakan": "Peluncuran rudal tanpa tahun\n\nKorea Utara menembakkan rudal ke laut pada Selasa (17/11), "
                   "kata militer Korea Selatan.\n",
        "lama": "Latihan rudal lama\n\nSEOUL, Senin (4/3/2019) - Korea Selatan dan Amerika Serikat menghentikan "
                "latihan rudal besar.\n",
        "baru": "Latihan rudal baru\n\nTOKYO, Rabu (5/3/2025) - Jepang dan Amerika Serikat berlatih menangkis rudal.\n",
        "tanpa": "Rudal tanpa tanggal\n\nPara analis membahas rudal Korea Utara.\n",
    }
    for name, text in texts.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    update_index([str(corpus)], tmp_path / "ix")
    s = Searcher(tmp_path / "ix")
    try:
        for sort, order in (("newest", ["tebakan", "baru", "lama", "tanpa"]), ("oldest", ["lama", "baru", "tebakan", "tanpa"])):
            hits = s.search("rudal", sort=sort).hits
            assert [h.id for h in hits] == order, [(h.id, h.date) for h in hits]
        assert [h.date_unsure for h in s.search("").hits] == [True, False, False, False]  # the first screen
    finally:
        s.close()


def test_check_syntax_accepts_good_queries():
    for q in ('"Korea Utara" AND Jepang', "negara:Korsel", "date:[2018 to 2023]", "Mattis~", "Kish*", "a OR b"):
        assert check_syntax(q) is None, q


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list('abcKorea Utara:()[]"*~?^+-\\/{}ANDORNOT date person 2023 to')), max_size=40))
def test_generated_queries_never_raise(searcher, q):
    res = searcher.search(q)
    assert res.total >= 0
    json.dumps(res.to_json())


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=30))
def test_arbitrary_unicode_queries_never_raise(searcher, q):
    assert searcher.search(q).total >= 0


# --- through the CLI ---------------------------------------------------------------

def test_cli_search_builds_the_seed_index_on_first_use(tmp_path):
    env = {"ALLIANCE_READER_CACHE": str(tmp_path / "cache")}
    proc = run_cli("search", "Okinawa", "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert set(out) == {"query", "parsed", "total", "articles", "exact", "offset", "sort", "took_ms", "hits", "facets", "suggestion", "error",
                        "undated", "completed"}
    assert out["completed"] is None  # the CLI searches what it is given; the reader completes a word being typed
    assert out["total"] == 1
    hit = out["hits"][0]
    assert hit["id"] == S001 and hit["date"] == "2023-01-11"
    assert set(hit) == {"id", "title", "outlet", "date", "year_guessed", "score", "highlights", "also"}
    assert hit["year_guessed"] is False
    # "guessed": per month, the matches whose year is a guess (the timeline and year facet count them apart)
    assert list(out["facets"]) == ["person", "country", "outlet", "year", "speaker", "month", "guessed"]
    assert any((tmp_path / "cache" / "indexes").iterdir())


def test_cli_search_text_output(tmp_path):
    proc = run_cli("search", "Okinwa", "--index-dir", str(tmp_path / "ix"))
    assert proc.returncode == 0, proc.stderr
    assert "0 hits" in proc.stdout
    assert "did you mean: okinawa" in proc.stdout


def test_cli_index_summary_and_noop_second_run(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    ix = tmp_path / "ix"
    first = run_cli("index", str(corpus), "--index-dir", str(ix))
    assert first.returncode == 0, first.stderr
    assert "5 added, 0 updated, 0 removed, 0 unchanged, 0 skipped; 5 articles" in first.stdout
    second = run_cli("index", str(corpus), "--index-dir", str(ix))
    assert "0 added, 0 updated, 0 removed, 5 unchanged" in second.stdout


@pytest.mark.parametrize("query", ["Okinawa", "latihan militer", "country:Korsel", "kutipan:kami", "Jepang"])
def test_a_hits_snippet_shows_the_first_paragraph_the_reader_marks(searcher, query):
    """The snippet scans paragraphs only up to the first with a mark: its spans are that
    paragraph's spans among all the reader marks in the article."""
    res = searcher.search(query)
    assert res.hits
    for hit in res.hits:
        art = searcher.article(hit.docnum)
        every = searcher.article_spans(hit.docnum, art, res.terms)
        first = [s for s in every if s[0] == every[0][0]] if every else []
        assert searcher.snippet_spans(art, res.terms) == first


def test_cli_search_marks_a_guessed_year(tmp_path):
    """In text and JSON, a date whose year the weekday alone fitted is marked, as on screen."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "tebakan.txt").write_text(
        "Peluncuran rudal tanpa tahun\n\nKorea Utara menembakkan rudal balistik ke laut pada Selasa (17/11), "
        "kata militer Korea Selatan kepada wartawan.\n", encoding="utf-8")
    args = ("search", "rudal", "--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"))
    text = run_cli(*args)
    assert text.returncode == 0, text.stderr
    assert "  tebakan  2026-11-17?  " in text.stdout, text.stdout
    hit = json.loads(run_cli(*args, "--json").stdout)["hits"][0]
    assert (hit["date"], hit["year_guessed"]) == ("2026-11-17", True)


def test_a_search_for_one_corpus_never_drops_the_others_from_a_shared_index(tmp_path):
    """A walker's finding: `search --corpus A --index-dir D` on an index of A and B silently removed B's articles."""
    a, b = tmp_path / "a", tmp_path / "b"
    for folder, word in ((a, "Okinawa"), (b, "Hokkaido")):
        folder.mkdir()
        (folder / f"{word}.txt").write_text(f"Latihan di {word}\n\nPasukan Jepang berlatih di {word} pada Senin (3/3/2025).\n",
                                            encoding="utf-8")
    ix = str(tmp_path / "ix")
    assert run_cli("index", str(a), str(b), "--index-dir", ix, "--quiet").returncode == 0
    for command in (("search", "Latihan", "--corpus", str(a)), ("quotes", "--json", "--corpus", str(a))):
        narrowed = run_cli(*command, "--index-dir", ix)
        assert narrowed.returncode == 2 and narrowed.stdout == ""
        assert f"also holds {b}" in narrowed.stderr and len(narrowed.stderr.strip().splitlines()) == 1
    assert run_cli("search", "Hokkaido", "--index-dir", ix).stdout.startswith("1 hit for")  # nothing was dropped
    assert run_cli("search", "Hokkaido", "--corpus", str(b), "--index-dir", str(tmp_path / "own")).returncode == 0


def indexed(tmp_path, files: dict[str, str]):
    """(corpus, index) of these files, built."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    update_index([str(corpus)], tmp_path / "ix")
    return corpus, tmp_path / "ix"


def test_a_date_the_parser_cannot_read_says_so_instead_of_an_empty_list(searcher):
    """A new user's walk: tanggal:[2018 ke 2023] gave 0 of 0 with no word of why."""
    res = searcher.search("tanggal:[2018 xx 2023]")
    assert res.total == 0 and res.error and "[2018" in res.error and "[2018 to 2023]" in res.error
    # alone in the query too (a second walk: "tanggal:2019-13" was searched as plain words)
    res = searcher.search("tanggal:2019-13")
    assert res.total == 0 and res.error.startswith("could not read the date '2019-13'")


def test_a_value_a_field_never_holds_says_which_it_does(searcher):
    """heldout29's walk: the reader says a date was found on the page's date line, but
    `date_basis:header` gave 0 hits with no word of why (the field holds the contract's four)."""
    res = searcher.search("date_basis:header")
    assert res.total == 0
    assert res.error == ("date_basis: holds no 'header': found nothing for it "
                         "(it holds explicit, weekday-inferred, context, unknown)")
    assert searcher.search("date_basis:explicit").error is None


def test_a_phrase_with_common_words_says_how_it_is_searched(searcher):
    """A new user's walk: "akan menang" found six articles where grep found one, and nothing said why."""
    res = searcher.search('"aliansi yang kuat"')
    assert res.error == '"aliansi yang kuat" is searched without yang (too common to index), in any form of its words'
    assert searcher.search('"aliansi keamanan"').error is None  # nothing left out: nothing to say
    assert searcher.search('orang:"James Mattis"').error is None  # a field's value is no phrase of the text


def test_a_snippet_never_starts_inside_a_paragraphs_first_word(tmp_path):
    """A new user's walk: "… enangan Trump Redam Ambisi PM Jepang ..."."""
    _, ix = indexed(tmp_path, {"a.txt": (
        "Judul Tentang Aliansi Keamanan\n\nJakarta - Pertemuan itu berlangsung di Tokyo pada Senin.\n\n"
        "Kemenangannya Meredam Ambisi Perdana Jepang Untuk Mengubah Pakta Pasukan.\n")})
    s = Searcher(ix)
    try:
        texts = [hl.text for hl in s.search("jepang").hits[0].highlights if hl.field == "body"]
    finally:
        s.close()
    assert texts and texts[0].startswith("Kemenangannya Meredam"), texts


def test_an_organisation_or_a_country_quoted_is_found_as_a_speaker(tmp_path):
    """A new user's walk: the reader showed quotes "— [Pentagon]" but speaker:Pentagon found
    nothing; an unnamed source ("pejabat tersebut") is no speaker to search by."""
    _, ix = indexed(tmp_path, {"a.txt": (
        "Pentagon Kecam Peluncuran Rudal\n\nJakarta - Pentagon pada Senin mengecam peluncuran rudal terbaru.\n\n"
        "“Peluncuran ini mengancam kawasan dan sekutu kami,” kata Pentagon dalam pernyataannya.\n\n"
        "“Kami memantau situasi dengan cermat,” ujar pejabat tersebut yang tidak ingin disebutkan namanya.\n")})
    s = Searcher(ix)
    try:
        res = s.search("speaker:Pentagon")
        assert [h.id for h in res.hits] == ["a"]
        assert s.search("pembicara:pentagon").total == 1
        assert s.search('speaker:"pejabat tersebut"').total == 0
        art = s.article(res.hits[0].docnum)
        marked = {art.paragraphs[p][a:b] for p, a, b in s.article_spans(res.hits[0].docnum, art, res.terms)}
        assert any(m.startswith("Peluncuran ini mengancam kawasan") for m in marked), marked  # its quote is marked
        assert not any(m.startswith("Kami memantau") for m in marked), marked
    finally:
        s.close()


def test_an_organisation_quoted_has_its_column_and_its_countrys_side_in_the_quotes_view():
    """A new user's walk: the quotes picker had no "Pentagon" although the articles quote it."""
    from index.extract import extract_text
    from index.quote_views import QuoteCorpus, Source, iter_quotes

    art = extract_text("Jakarta - Pentagon mengecam peluncuran rudal terbaru.\n\n"
                       "“Peluncuran ini mengancam kawasan dan sekutu kami,” kata Pentagon dalam pernyataannya.\n\n"
                       "“Kami memantau situasi,” ujar seorang pejabat senior yang tidak ingin disebut namanya.\n", id="p")
    view = QuoteCorpus.build([("p", art)])
    assert dict(view.speaker_counts()) == {"Pentagon": 1}  # the unnamed official is no column
    assert view.country_of["Pentagon"] == "Amerika Serikat"
    side = [r.text for r in view.column(Source("country", "Amerika Serikat", "Amerika Serikat"))]
    assert side == ["Peluncuran ini mengancam kawasan dan sekutu kami"]
    assert [r.speaker for r in iter_quotes([("p", art)], speaker="pentagon")] == ["Pentagon"]


def test_an_articles_quotes_column_holds_a_quote_another_article_has_word_for_word():
    """The walk through heldout76-85's numbers (eo14): the article view said "quote 1/4", its quotes column 3. The
    words “perilaku berbahaya dan agresif”, in three stories with no speaker named, were one row kept under the
    first story; an article's column and count now take a quote folded with its copies as each article's own."""
    from index.extract import extract_text
    from index.quote_views import QuoteCorpus, Source

    def story(first: str) -> str:
        return (f"Jakarta - {first} Korea Utara mengecam latihan itu sebagai “perilaku berbahaya dan agresif” di kawasan."
                "\n\nLatihan berlangsung dua hari.\n")

    arts = [(k, extract_text(story(w), id=k)) for k, w in (("a", "Pada Senin,"), ("b", "Pada Selasa,"))]
    assert [len(a.quotes) for _k, a in arts] == [1, 1]
    view = QuoteCorpus.build(arts)
    assert len(view.rows) == 1  # one row for the words, as before
    assert [r.text for r in view.column(Source("article", "b", "b"))] == ["perilaku berbahaya dan agresif"]
    assert dict(view.article_counts()) == {"a": 1, "b": 1}


def test_an_organisations_short_name_is_the_one_the_article_named_in_full():
    """A second user's walk: the picker listed "Kementerian Luar Negeri" (no side) apart from
    "Kementerian Luar Negeri Korea Utara", one quote each, from one article."""
    from index.extract import extract_text
    from index.quote_views import QuoteCorpus

    art = extract_text("Kementerian Luar Negeri Korea Utara mengatakan latihan itu “tindakan provokatif yang berbahaya”.\n\n"
                       "“Ini dapat memicu konflik fisik di semenanjung,” kata Kementerian Luar Negeri dalam pernyataannya.\n",
                       id="k")
    assert art.quoted_by() == ["Kementerian Luar Negeri Korea Utara"] * 2, [q.source for q in art.quotes]
    view = QuoteCorpus.build([("k", art)])
    assert view.speaker_counts() == [("Kementerian Luar Negeri Korea Utara", 2)]
    from index.highlight import Highlighting

    marked = Highlighting._named_spans(art, [("speaker", "kementerian luar negeri korea utara")])
    assert sum(len(v) for v in marked.values()) >= 2  # both quotes are marked for a speaker: search
    assert view.country_of["Kementerian Luar Negeri Korea Utara"] == "Korea Utara"


@pytest.fixture
def guessed_corpus(tmp_path):
    return indexed(tmp_path, {
        "guessed.txt": "Latihan Gabungan Ditunda\n\nSEOUL - Korea Selatan dan AS menunda latihan gabungan pada "
                       "Kamis (19/11) karena cuaca buruk di kawasan itu, kata militer kedua negara.\n",
        "sure.txt": "Latihan Gabungan Dimulai\n\nSEOUL - Korea Selatan dan AS memulai latihan gabungan pada Senin, "
                    "16 November 2026, kata militer kedua negara.\n"})


def test_a_date_search_says_how_many_of_its_matches_have_a_guessed_year(guessed_corpus):
    """A second user's walk: date filters counted articles by years guessed from the weekday
    alone (marked "?" in the list) without saying so."""
    s = Searcher(guessed_corpus[1])
    try:
        dated = s.search("tanggal:2026")
        assert (dated.total, dated.guessed_years) == (2, 1)
        assert s.search("latihan").guessed_years == 0  # a search by words counts no dates
    finally:
        s.close()


async def note_under_the_search_bar(corpus, ix, query: str, locale: str = "en") -> str:
    """The line under the search bar once the reader has searched `query`."""
    from conftest import wait_until

    from tui.app import make_app

    app = make_app([str(corpus)], str(ix), locale, blink=False, watch_seconds=0)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, lambda: app.backend.ready and app.screen.results is not None)
        await pilot.press("slash", *query, "enter")
        await wait_until(pilot, lambda: app.screen.results.query == query)
        return str(app.screen.query_one("#search-note").render())


async def test_the_reader_says_so_under_the_search_bar(guessed_corpus):
    note = await note_under_the_search_bar(*guessed_corpus, "date:2026")
    assert "1 of these has an uncertain date (marked ?)" in note, note


@pytest.fixture
def undated_corpus(tmp_path):
    return indexed(tmp_path, {
        "dated.txt": "Latihan Gabungan Dimulai\n\nSEOUL - Korea Selatan dan AS memulai latihan gabungan pada Senin, "
                     "3 Maret 2025, kata militer kedua negara.\n",
        "undated1.txt": "Uji Nuklir Kelima\n\nKorea Utara melakukan uji nuklir kelima dan terbesar, kata Seoul, "
                        "sementara Presiden Park mengecamnya sebagai tindakan gila.\n",
        "undated2.txt": "Rudal Jatuh di Laut\n\nSebuah rudal Korea Utara jatuh di Laut Jepang, kata militer Korea "
                        "Selatan, tanpa menyebut kapan peluncuran itu terjadi.\n"})


async def test_a_date_search_says_how_many_articles_no_date_search_can_find(undated_corpus):
    """heldout35's walk: "date:2016" answered "0 hits" while 8 of the 18 articles, the 2016
    nuclear test's among them, had no date; an analyst reads it as no coverage that year."""
    from conftest import run_cli

    corpus, ix = undated_corpus
    s = Searcher(ix)
    try:
        assert (s.search("date:2016").total, s.search("date:2016").undated) == (0, 2)
        assert s.search("tanggal:2025").undated == 2 and s.search("Korea").undated == 0  # words count no dates
    finally:
        s.close()
    out = run_cli("search", "--corpus", str(corpus), "--index-dir", str(ix), "date:2016").stdout
    assert "note: 2 articles have no date: no date search finds them" in out, out
    note = await note_under_the_search_bar(corpus, ix, "date:2016")
    assert "2 articles have no date: no date search finds them" in note, note


def test_facet_rows_group_a_name_whatever_its_case_as_the_field_matches_it():
    """A walker's finding: the outlet filter listed "VOVworld 2" and "VOVWORLD 1" while
    `media:VOVworld` found 3 (the field matches without case): one row, as most spell it."""
    from index.facet_arrays import FacetArrays

    table = {0: (("VOVworld",), ("Kim Jong Un",)), 1: (("VOVWORLD",), ()), 2: (("VOVworld",), ("Kim Jong Un",)),
             3: (("ANTARA",), ())}
    arrays = FacetArrays(table, ("outlet", "person"))
    assert arrays.count([0, 1, 2, 3]) == {"outlet": {"VOVworld": 3, "ANTARA": 1}, "person": {"Kim Jong Un": 2}}
    assert arrays.count([1]) == {"outlet": {"VOVworld": 1}, "person": {}}


@pytest.mark.parametrize(("printed", "key"), [
    ("ANTARA", "antara"), ("ANTARA News", "antara"), ("www.antaranews.com", "antara"), ("ANTARA JATENG", "antarajateng"),
    ("KOMPAS.com", "kompas"), ("Kompas.tv", "kompastv"), ("Kompas TV", "kompastv"), ("detikNews", "detik"), ("detikcom", "detik"),
    ("Detik", "detik"), ("Telecom", "telecom"),
    ("Republika.co.id", "republika"), ("Republika Online", "republika"), ("bbc.co.uk", "bbc"), ("CNN Indonesia", "cnnindonesia"),
    ("CNN", "cnn"), ("iNews", "inews"), ("News", "news")])
def test_an_outlets_printed_variants_share_one_key(printed, key):
    from index.fields import outlet_key

    assert outlet_key(printed) == key


def test_an_outlet_printed_three_ways_is_one_filter_row_and_one_count(tmp_path):
    """One outlet prints itself "ANTARA", "ANTARA News" or "antaranews.com" over the years: the
    outlet filter listed them as rows of their own, and `outlet:antara` found one of the three
    (a count an analyst would quote short). Its bureau with a site of its own stays apart."""
    from tui.screens.facets import filter_term

    lead = "Korut Tembakkan Rudal ke Laut Jepang Lagi\n\nSeoul ({}) - Korea Utara menembakkan rudal pada Senin (3/3/2025).\n"
    outlets = {"a.txt": "ANTARA", "b.txt": "ANTARA News", "c.txt": "Antaranews.com", "d.txt": "ANTARA", "e.txt": "ANTARA JATENG"}
    _corpus, ix = indexed(tmp_path, {name: lead.format(o) for name, o in outlets.items()})
    s = Searcher(ix)
    try:
        rows = s.search("rudal").facets["outlet"]
        assert rows == {"ANTARA": 4, "ANTARA JATENG": 1}
        for query in ("outlet:antara", 'outlet:"ANTARA News"', "media:antaranews.com", filter_term("outlet", "ANTARA")):
            assert s.search(query).total == 4, query
        assert s.search(filter_term("outlet", "ANTARA JATENG")).total == 1
    finally:
        s.close()


def test_an_outlet_on_a_networks_subdomain_is_found_by_its_name(tmp_path):
    """The walk through heldout83 (eh15): media:"Kendari Pos" answered 0 for the outlet shown as
    "KENDARIPOS.FAJAR.CO.ID"; an outlet that only begins like another is not counted with it."""
    lead = "Korut Tembakkan Rudal\n\nSEOUL, {} - Korea Utara menembakkan rudal pada Senin (3/3/2025).\n"
    _corpus, ix = indexed(tmp_path, {"a.txt": lead.format("KENDARIPOS.FAJAR.CO.ID"), "b.txt": lead.format("KOMPAS.com"),
                                     "c.txt": lead.format("Kompas.tv")})
    s = Searcher(ix)
    try:
        assert [h.id for h in s.search('media:"Kendari Pos"').hits] == ["a"]
        assert [h.id for h in s.search("media:Kompas").hits] == ["b"]  # Kompas TV is an outlet of its own
    finally:
        s.close()


def test_the_nuclear_consultative_group_is_one_body_under_its_names(tmp_path):
    """The walk through heldout83 (eh07): "Kelompok Konsultatif Nuklir" and "Nuclear Consultative Group" were two
    organisations, and org:NCG found neither."""
    _corpus, ix = indexed(tmp_path, {"a.txt": "NCG Bertemu\n\nWashington - Kelompok Konsultatif Nuklir (Nuclear Consultative "
                                              "Group) menggelar pertemuan kedua pada Jumat (15/12/2023).\n"})
    s = Searcher(ix)
    try:
        assert s.search("org:NCG").total == 1 and s.search('org:"Nuclear Consultative Group"').total == 1
        assert s.article(0).organizations == ["Kelompok Konsultatif Nuklir"]
    finally:
        s.close()


def test_a_story_filed_from_two_cities_is_found_by_either(tmp_path):
    """A walker's finding on heldout25's o18: its dateline "Seoul/Tokyo" was found by neither kota:Seoul nor dateline:Tokyo."""
    _corpus, ix = indexed(tmp_path, {"dua.txt": "Jepang Marah Soal Patung\n\nSEOUL/TOKYO (REUTERS) – Pemerintah Jepang bereaksi "
                                            "dengan marah pada Selasa (28/7/2020) terhadap sebuah patung di Korea Selatan.\n",
                                     "satu.txt": "Latihan di Seoul\n\nSEOUL (REUTERS) – Pasukan berlatih pada Senin (27/7/2020) "
                                                 "di dekat perbatasan.\n"})
    searcher = Searcher(ix)
    try:
        assert searcher.search("kota:Seoul").total == 2
        assert [h.id for h in searcher.search("dateline:Tokyo").hits] == ["dua"]
    finally:
        searcher.close()


def test_a_range_left_open_on_one_value_is_that_value(searcher):
    """A walker's finding: `date:[2019` said it searched "date:[2019]", then that it could not read '[2019]': 0 hits."""
    res = searcher.search("date:[2018")
    assert res.total == searcher.search("date:2018").total > 0
    assert "[2018]" not in (res.error or "")


def test_a_quoted_phrase_passes_over_small_words_between_its_words_as_the_help_says(tmp_path):
    """heldout70-71's walk: "aliansi keamanan" found a page that says "aliansi untuk keamanan" while the help
    promised "the words together": the index keeps no small word, so the help now says they are passed over."""
    from tui.searchhelp import EXAMPLES

    _, ix = indexed(tmp_path, {"a.txt": "Judul Tentang Kerja Sama\n\nJakarta - Kedua negara membangun aliansi untuk "
                                         "keamanan kawasan pada Senin.\n"})
    s = Searcher(ix)
    try:
        assert len(s.search('"aliansi keamanan"').hits) == 1
    finally:
        s.close()
    said = dict(EXAMPLES)['"aliansi keamanan"']
    assert "small words between them are passed over" in said


CAPTIONED = {
    "a.txt": ("Kedua Menteri Bahas Latihan Gabungan\n\n"
              "Menteri Pertahanan Selandia Baru Judith Collins berbicara di Wellington, Senin (3/6/2024). (ANTARA/HO-Kemhan)\n\n"
              "Jakarta - Kedua menteri pertahanan membahas latihan gabungan di perairan Pasifik pada Senin.\n\n"
              "Latihan itu akan digelar bulan depan dengan kapal dari kedua negara.\n"),
    "b.txt": ("Selandia Baru Ikut Latihan\n\nJakarta - Menteri Pertahanan Selandia Baru Judith Collins mengumumkan "
              "keikutsertaan negaranya dalam latihan gabungan pada Selasa.\n\nKapal perang akan berangkat pekan depan.\n"),
}


def test_a_word_only_a_photo_caption_holds_is_found_and_shown_in_the_caption(tmp_path):
    """heldout70-71's walk: "Jeong" found nothing while the person list named him (from a photo caption): the
    zero said nothing. A plain word searches the captions too, ranked below the text's own words, and the hit
    is shown where it is: the snippet is the caption's, the reader marks it in the removed lines."""
    _, ix = indexed(tmp_path, CAPTIONED)
    s = Searcher(ix)
    try:
        res = s.search("Collins")
        assert [h.id for h in res.hits] == ["b", "a"]  # the text's own words first
        snippet = [hl for hl in res.hits[1].highlights if hl.field != "title"][0]
        assert snippet.field == "caption" and [snippet.text[a:b] for a, b in snippet.spans] == ["Collins"]
        art = s.article(res.hits[1].docnum)
        spans = s.article_spans(res.hits[1].docnum, art, res.terms)
        assert [(p, art.place_text(p)[a:b]) for p, a, b in spans] == [(len(art.paragraphs), "Collins")]
        assert s.search('"Judith Collins"').total == 2  # a two-word phrase too (the captions' word pairs)
        assert [h.id for h in s.search("keterangan:Collins").hits] == ["a"]
        assert s.search("person:Collins").total == res.total  # the word and the person facet agree
    finally:
        s.close()


CREDITED = {
    "a.txt": ("Korut Luncurkan Rudal\n\nSEOUL (Kantorberita) – Korea Utara meluncurkan rudal balistik ke laut pada Senin, "
              "kata militer Korea Selatan.\n\nPeluncuran itu yang ketiga bulan ini.\n"),
    "b.txt": ("Jepang Siaga\n\nPhoto : KANTORBERITA News\n\nJakarta - Jepang menyiagakan sistem pertahanan rudalnya "
              "pada Selasa.\n\nLangkah itu diambil setelah peringatan peluncuran.\n"),
    "c.txt": ("Latihan Gabungan\n\nJakarta - Kapal dari kedua negara berlatih di perairan Pasifik pada Rabu, menurut "
              "laporan Kantorberita.\n\nLatihan berlangsung tiga hari.\n"),
}


def test_a_word_only_a_credit_or_the_dateline_holds_is_found_and_said_where(tmp_path):
    """The walk through heldout76-85's numbers: "Reuters" found 26 of the 30 pages that name it, "Yonhap" 13 of 20:
    "SEOUL (Reuters) –" (the dateline) and "Photo : YONHAP News" (a photo's credit) were not searched, though the
    help says a word is found wherever the page has it. They are now, ranked below the text's own words, and the
    snippet says which line holds the word."""
    _, ix = indexed(tmp_path, CREDITED)
    s = Searcher(ix)
    try:
        res = s.search("Kantorberita")
        assert [h.id for h in res.hits][0] == "c" and sorted(h.id for h in res.hits) == ["a", "b", "c"]
        where = {h.id: [hl for hl in h.highlights if hl.field != "title"][0] for h in res.hits}
        assert (where["a"].field, where["a"].removed_as) == ("caption", "dateline")
        assert (where["b"].field, where["b"].removed_as) == ("caption", "photo credit")
        assert where["c"].field == "body" and where["c"].removed_as is None
        from tui.render import result_item

        shown = {h.id: result_item(h, "en").renderables[2].plain for h in res.hits}
        assert shown["a"].startswith("dateline: SEOUL") and shown["b"].startswith("photo credit: Photo")
    finally:
        s.close()


def test_a_zero_for_an_outlets_name_or_a_name_the_extraction_missed_offers_what_finds_it(tmp_path):
    """heldout72-73's walk: "Kontan" (the outlet on screen) offered "konstan?", a word of another story,
    and person:Hurley said only "No articles match" though the text names him (a bare surname the
    extraction did not take for a person)."""
    _, ix = indexed(tmp_path, {
        "a.txt": "Anggaran Pertahanan Jepang Terus Naik\n\nJakarta - Anggaran militer Jepang meningkat secara konstan "
                 "selama hampir satu dekade terakhir.\n\nBaca artikel Kontan lainnya di aplikasi\n",  # named only in chrome
        "b.txt": "Sanksi Baru untuk Peretas\n\nJakarta - Sanksi yang diumumkan Hurley akan terus mengejar siapa pun yang "
                 "membantu mengalirkan uang bagi program senjata.\n"})  # (a surname opening its clause is a person now)
    s = Searcher(ix)
    try:
        assert s.search("Kontan").total == 0 and s.search("Kontan").suggestion == 'media:"Kontan"'
        res = s.search("person:Hurley")
        assert res.total == 0 and res.suggestion == "Hurley" and s.search("Hurley").total == 1
        assert s.search("person:Qzxqv").suggestion is None  # nothing to offer: nothing is offered
    finally:
        s.close()


def test_a_suggestion_that_only_drops_the_fields_is_known_as_such():
    from index.search import unfielded
    assert unfielded("person:Narang", "Narang") and unfielded('org:"Self-Defense Forces"', '"Self-Defense Forces"')
    assert not unfielded("Okinwa", "okinawa") and not unfielded("Kontan", 'media:"Kontan"')
    assert not unfielded("Narang", "Narang")


def test_a_korean_name_spelled_another_way_finds_the_article(tmp_path):
    """The walk through heldout76–78: person:"Hong Joon-pyo" found nothing where the page wrote "Hong Jun-pyo",
    and "Yoon Suk-youl" in a caption made a second Yoon in the filters."""
    _, ix = indexed(tmp_path, {
        "a.txt": "Oposisi Korsel Ingin Senjata Nuklir\n\nSeoul - Ketua partai oposisi Hong Jun-pyo mendesak pemerintah "
                 "mempertimbangkan senjata nuklir taktis.\n",
        "b.txt": "Biden di Seoul\n\nSeoul - Presiden Yoon Suk-youl menyambut Presiden AS Joe Biden di kantor kepresidenan.\n"})
    s = Searcher(ix)
    try:
        assert [h.id for h in s.search('person:"Hong Joon-pyo"').hits] == ["a"]
        assert [h.id for h in s.search('person:"Yoon Suk Yeol"').hits] == ["b"]
    finally:
        s.close()


def test_one_name_word_finds_the_names_it_begins_or_ends_before_a_part_of_a_given_name(tmp_path):
    """The walk through heldout81–82: speaker:Moon counted Kim Moon-soo's quotes (his given name split at its
    hyphen) as hits beside Moon Jae-in's."""
    _, ix = indexed(tmp_path, {
        "a.txt": "Moon Serukan Dialog\n\nSeoul - \u201cKami ingin dialog dengan Pyongyang,\u201d kata Presiden Moon Jae-in "
                 "kepada wartawan.\n",
        "b.txt": "Kim Moon-soo Kampanye\n\nSeoul - \u201cAliansi dengan AS adalah fondasi,\u201d kata calon presiden "
                 "Kim Moon-soo dalam kampanye.\n"})
    s = Searcher(ix)
    try:
        assert [h.id for h in s.search("speaker:Moon").hits] == ["a"]
        assert [h.id for h in s.search("speaker:Kim").hits] == ["b"]
        assert [h.id for h in s.search("speaker:Moon-soo").hits] == ["b"]
    finally:
        s.close()


def test_a_word_of_a_name_the_text_uses_finds_the_person_shown_by_another(tmp_path):
    """heldout99-100's walk: speaker:Ashton and person:Ashton found nothing where the text wrote "Ashton Carter" and
    the screen named him "Ash Carter"."""
    _, ix = indexed(tmp_path, {
        "a.txt": "Carter di Seoul\n\nSeoul - \u201cAliansi kita kuat,\u201d kata Menteri Pertahanan AS Ashton Carter "
                 "kepada wartawan.\n"})
    s = Searcher(ix)
    try:
        assert [h.id for h in s.search("speaker:Ashton").hits] == ["a"]
        assert [h.id for h in s.search("person:ashton").hits] == ["a"]
    finally:
        s.close()


def test_a_month_is_found_by_its_name_in_any_year_or_in_one(tmp_path):
    """The walk through heldout83: bulan:Agustus, month:August and bulan:8 all answered 0 with no warning; only
    month:2025-08 worked."""
    _, ix = indexed(tmp_path, {
        "a.txt": "Latihan Dimulai\n\nSeoul - Korea Selatan dan AS memulai latihan pada Senin, 18 Agustus 2025.\n",
        "b.txt": "Latihan Dimulai Lagi\n\nSeoul - Korea Selatan dan AS memulai latihan pada Senin, 21 Agustus 2023.\n",
        "c.txt": "Rudal Diluncurkan\n\nSeoul - Korea Utara meluncurkan rudal pada Jumat, 1 September 2023.\n"})
    s = Searcher(ix)
    try:
        for query in ("bulan:Agustus", "month:August", "bulan:8", "month:aug"):
            assert sorted(h.id for h in s.search(query).hits) == ["a", "b"], query
        for query in ('bulan:"Agustus 2025"', "month:2025-08", 'bulan:"8/2025"'):
            assert [h.id for h in s.search(query).hits] == ["a"], query
        assert s.search("bulan:Maret").total == 0 and s.search("bulan:Agustus AND tahun:2023").total == 1
        # the walk through heldout117–118: "tahun:" was no field (a word of the text), though bulan: and tanggal: are
        result = s.search("tahun:2023")
        assert sorted(h.id for h in result.hits) == ["b", "c"] and result.error is None
    finally:
        s.close()


def test_a_minister_written_two_ways_is_one_person_found_by_either_name(tmp_path):
    """The walk through heldout81–82 (ei15): "Gilbert Teodoro" then "Gilberto Teodoro" became one person under the first
    spelling, and person:"Gilberto Teodoro" (his name) found nothing."""
    _, ix = indexed(tmp_path, {
        "a.txt": "Jepang dan Filipina Teken Pakta\n\nManila - Menteri Pertahanan Filipina Gilbert Teodoro menandatangani "
                 "perjanjian akses timbal balik dengan Jepang.\n"})
    s = Searcher(ix)
    try:
        for name in ("Gilberto Teodoro", "Gilbert Teodoro", "Teodoro"):
            assert [h.id for h in s.search(f'person:"{name}"').hits] == ["a"], name
    finally:
        s.close()


async def test_the_reader_says_how_many_matches_hold_a_word_as_written_in_its_language(tmp_path):
    """The walk through heldout84-85: a count of a root's words read as the typed word's own."""
    corpus, ix = indexed(tmp_path, {
        "a.txt": "Jepang Ingin Menyatukan Aliansi\n\nTokyo - Jepang ingin menyatukan jaringan aliansi di Asia.\n",
        "b.txt": "Satu Kapal Tiba\n\nTokyo - Satu kapal perang tiba di pelabuhan pada Senin.\n",
        "c.txt": "Satu Pesawat Jatuh\n\nTokyo - Satu-satunya pesawat itu jatuh di laut.\n"})
    note = await note_under_the_search_bar(corpus, ix, "menyatukan", "id")
    assert "“menyatukan” persis seperti ditulis di teks: 1 dari 3 artikel" in note, note


def test_not_and_a_leading_minus_leave_out_a_name_given_by_its_surname(tmp_path):
    """heldout101-102's walk: "NOT person:Trump" found every article (the NOT's value was never folded to Donald Trump),
    "person:Kim -person:Trump" found Kim AND Trump, and "Jepang -China" found Jepang AND China."""
    _, ix = indexed(tmp_path, {
        "a.txt": "Trump di Tokyo\n\nTokyo - Presiden AS Donald Trump bertemu Perdana Menteri Jepang di Tokyo.\n",
        "b.txt": "Kim Uji Rudal\n\nSeoul - Pemimpin Korea Utara Kim Jong Un menyaksikan uji rudal di dekat Jepang.\n",
        "c.txt": "Kim dan Trump\n\nSeoul - Kim Jong Un dan Donald Trump bertemu, kata pejabat China dan Jepang.\n"})
    s = Searcher(ix)
    try:
        def found(q):
            return sorted(h.id for h in s.search(q).hits)
        assert found("NOT person:Trump") == ["b"]
        assert found("person:Kim -person:Trump") == found("person:Kim AND NOT person:Trump") == ["b"]
        assert found("Jepang -China") == ["a", "b"]
        assert found("Kim Jong-Un") == ["b", "c"]  # a hyphen inside a word leaves nothing out
    finally:
        s.close()


def test_a_country_of_two_words_typed_without_quotes_is_that_country(tmp_path):
    """heldout101-102's walk: "negara:Korea Selatan" searched for either Korea and the word "Selatan" anywhere (20 where
    22 were)."""
    _, ix = indexed(tmp_path, {
        "a.txt": "Korsel Gelar Latihan\n\nSeoul - Korsel menggelar latihan bersama Amerika Serikat.\n",
        "b.txt": "Korut Tembakkan Rudal\n\nPyongyang - Korea Utara menembakkan rudal ke arah selatan.\n"})
    s = Searcher(ix)
    try:
        assert [h.id for h in s.search("negara:Korea Selatan").hits] == ["a"]
        assert [h.id for h in s.search("negara:Korea Utara AND rudal").hits] == ["b"]
    finally:
        s.close()


def test_a_whole_word_only_a_photo_credit_holds_is_searched_as_typed_not_as_a_word_being_typed(tmp_path):
    """heldout101-102's walk: "Yonhap", which only a photo's credit held, was said to be no word as typed, searched as a
    prefix, and the note named no word it reached: "showing words that begin with it ()"."""
    _, ix = indexed(tmp_path, {
        "a.txt": "Korut Tembakkan Rudal\n\nSeoul - Korea Utara menembakkan rudal balistik, kata militer Korea Selatan.\n\n"
                 "Photo : YONHAP News\n\nRudal itu jatuh di laut timur.\n"})
    s = Searcher(ix)
    try:
        res = s.search("Yonhap", complete=True)
        assert [h.id for h in res.hits] == ["a"] and res.completed is None
    finally:
        s.close()


CHINA_AS = "Beijing Kecam Latihan\n\nBEIJING - China mengecam latihan gabungan Jepang dan AS di perairan itu, Senin (3/7/2023).\n"
TIONGKOK = "Tiongkok Protes\n\nTOKYO - Tiongkok memprotes rencana Jepang memperluas latihan, Selasa (4/7/2023).\n"
JAPAN_ONLY = "Jepang Tambah Anggaran\n\nTOKYO - Jepang dan Amerika Serikat menambah anggaran pertahanan, Rabu (5/7/2023).\n"


def test_a_countrys_name_searched_as_a_word_finds_and_leaves_out_all_its_names(tmp_path_factory):
    """The walk through heldout107–108: "Jepang -China" (the help's own example) and "NOT China" kept six stories
    that say "Tiongkok" or "Cina"; plain "China" found 12 where country:China found 18. A word that names a country
    finds its mentions by every name, and so does its negation; a short word ("as") stays a word."""
    from conftest import indexed_corpus

    _corpus, ix = indexed_corpus(tmp_path_factory, "countries",
                                 {"china.txt": CHINA_AS, "tiongkok.txt": TIONGKOK, "jepang.txt": JAPAN_ONLY})
    s = Searcher(ix)
    try:
        assert ids(s, "China") == ids(s, "Tiongkok") == ids(s, "country:China") == ["china", "tiongkok"]
        assert ids(s, "Jepang -China") == ids(s, "Jepang NOT Tiongkok") == ["jepang"]
        hit = next(h for h in s.search("China").hits if h.id == "tiongkok")
        assert any(h.text[a:b] == "Tiongkok" for h in hit.highlights for a, b in h.spans)  # marked where it is named
        assert ids(s, "as") == ["china"]  # the word as written ("AS"), not the United States by its other names
    finally:
        s.close()


def test_a_countrys_name_asked_of_the_headline_finds_the_headlines_other_names_for_it(tmp_path_factory):
    """The walk through heldout117–118: "judul:Korut" found 8 stories where a plain "Korut" found 26: headlines writing
    "Korea Utara" were missed. A country's name asked of one text field (the headline, the captions, the quotes)
    finds it there by every name; another word stays a word."""
    from conftest import indexed_corpus

    pages = {"korut.txt": "Korut Ancam Seoul Lagi\n\nSEOUL - Pyongyang mengancam Seoul pada Senin (3/4/2023).\n",
             "korea_utara.txt": "Korea Utara Luncurkan Rudal Baru\n\nTOKYO - Rudal itu jatuh di laut pada Selasa (4/4/2023).\n",
             "jepang.txt": "Jepang Siagakan Pertahanan\n\nTOKYO - Kementerian bersiap pada Rabu (5/4/2023).\n"}
    _corpus, ix = indexed_corpus(tmp_path_factory, "headline_countries", pages)
    s = Searcher(ix)
    try:
        assert ids(s, "judul:Korut") == ids(s, 'judul:"Korea Utara"') == ["korea_utara", "korut"]
        assert ids(s, "judul:Rudal") == ["korea_utara"]
    finally:
        s.close()
