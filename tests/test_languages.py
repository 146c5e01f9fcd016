"""The reader in Japanese, Korean and Indonesian: no English left on the screens a user
walks through, the index's own lines (search notes, date warnings, errors, quote cues)
in the user's language, and paragraph numbers counted from 1."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT, SEEDS, TODAY, ready, run_cli, seed_reader, wait_until
from rich.text import Text

from index import wording
from tui import i18n
from tui.i18n import LOCALE_DIR, Translator
from tui.widgets.article import ArticleView
from tui.widgets.metadata import MetadataView

S001 = "001_0a4a08766a584ade"
# Words that stay as they are in every language: key names, units, formats, locale codes
NOT_ENGLISH_UI = {"escape", "enter", "tab", "shift", "ctrl", "space", "delete", "ms", "url", "csv", "json",
                  "markdown", "utf", "uid", "id", "en", "ja", "ko", "alliance", "reader"}


def english_ui_words() -> set[str]:
    """Every English word (3 letters or more) of the reader's msgids: the .pot's."""
    from babel.messages.pofile import read_po

    with (LOCALE_DIR / "alliance_reader.pot").open("rb") as fh:
        ids = [m.id for m in read_po(fh) if m.id]
    words = {w.lower() for msgid in ids for w in re.findall(r"[A-Za-z]{3,}", re.sub(r"\{\w+\}", " ", msgid))}
    return words - NOT_ENGLISH_UI


ENGLISH = english_ui_words()


def _search_syntax(text: str) -> str:
    """The text without the search language's field names (`person:`, `date_basis:`):
    they are what a user types, the same in every language, not words to translate."""
    from index.fields import FIELDS

    names = {n for f in FIELDS for n in (f.name, *f.aliases)}
    return re.sub(r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r"):", " ", text)


def english_in(text: str) -> set[str]:
    return {w for w in re.findall(r"[A-Za-z]{3,}", _search_syntax(text)) if w.lower() in ENGLISH}


def plain(widget) -> str:
    """What a Static shows, as text (a Rich table too)."""
    import io

    from rich.console import Console

    content = widget.content if hasattr(widget, "content") else widget.renderable
    if isinstance(content, Text):
        return content.plain
    out = io.StringIO()
    Console(file=out, width=200, color_system=None).print(content)
    return out.getvalue()


def footer_text(screen) -> str:
    from textual.widgets._footer import FooterKey

    return " · ".join(f"{k.key_display} {k.description}" for k in screen.query(FooterKey))


def test_the_list_of_english_words_is_the_readers():
    assert {"quit", "search", "quotes", "metadata", "entities", "articles", "hits", "locale", "palette"} <= ENGLISH
    assert english_in("5 articles · 5 of 5 hits · locale: ja") == {"articles", "hits", "locale"}


async def _to_locale(pilot, lang: str) -> None:
    app = pilot.app
    for _ in range(4):
        if app.locale_name == lang:
            break
        await pilot.press("l")
        await pilot.pause()
    assert app.locale_name == lang


async def _screen_shows(pilot, key: str, screen_type, status_id: str | None, lang: str) -> None:
    """Open a screen with `key`: its footer and status line have no English word."""
    app = pilot.app
    await pilot.press(key)
    await wait_until(pilot, lambda: isinstance(app.screen, screen_type))
    screen = app.screen
    if status_id is not None:
        await wait_until(pilot, lambda: plain(screen.query_one(status_id)).strip() != "")
        await pilot.pause(0.2)
        status = plain(screen.query_one(status_id))
        assert not english_in(status), f"{lang} {screen_type.__name__} status: {status!r}"
    footer = footer_text(screen)
    assert footer, screen_type.__name__
    assert not english_in(footer), f"{lang} {screen_type.__name__} footer: {footer!r}"
    await pilot.press("escape")
    await wait_until(pilot, lambda: not isinstance(app.screen, screen_type))


@pytest.mark.parametrize("lang", ["ja", "ko"])
async def test_switching_to_japanese_or_korean_leaves_no_english_on_screen(seed_index, lang):
    from tui.screens.entities import EntitiesScreen
    from tui.screens.help import HelpScreen
    from tui.screens.main import MainScreen
    from tui.screens.quotes import QuotesScreen
    from tui.screens.searches import SearchesScreen
    from tui.screens.timeline import TimelineScreen

    app = seed_reader(seed_index, "en", timings=True)  # English first: every word must change
    async with app.run_test(size=(160, 44)) as pilot:
        screen = await ready(pilot)
        await wait_until(pilot, lambda: app.user.ready)
        before = plain(screen.query_one("#status"))
        assert english_in(before) and english_in(footer_text(screen)), "the reader did not start in English"
        await _to_locale(pilot, lang)
        await pilot.pause(0.2)
        status = plain(screen.query_one("#status"))
        footer = footer_text(screen)
        assert not english_in(status), f"{lang} status line: {status!r}"
        assert not english_in(footer), f"{lang} footer: {footer!r}"
        assert not english_in(screen.query_one("#search").placeholder)
        assert f": {lang}" in status and "ms" in status  # the locale and the timing stay
        # the article's date, its date evidence and its metadata headings
        meta = screen.query_one(MetadataView)
        headings = [str(meta.get_option_at_index(i).prompt) for i in range(meta.option_count)
                    if meta.get_option_at_index(i).disabled]
        assert headings and not any(english_in(h) for h in headings[:3]), headings
        # the other screens: quotes side by side, entities, saved searches, timeline, help
        await _screen_shows(pilot, "c", QuotesScreen, "#quote-status", lang)
        await _screen_shows(pilot, "E", EntitiesScreen, "#entity-status", lang)
        await _screen_shows(pilot, "O", SearchesScreen, "#searches-status", lang)
        await _screen_shows(pilot, "t", TimelineScreen, "#timeline-title", lang)
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        # the search language's fields and examples are what a user types (person:, AND): only
        # what they find is in the language
        from tui.searchhelp import search_language

        shown = " ".join(plain(s) for s in app.screen.query("Static") if s.id not in ("help-fields", "help-language"))
        shown += " ".join(meaning for _typed, meaning in search_language(app.t)[1])
        assert "ctrl+p" in shown and not english_in(shown), f"{lang} help: {english_in(shown)}"
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, MainScreen))
        # the palette's commands, Textual's own among them
        commands = [(c.title, str(c.help)) for c in app.get_system_commands(app.screen)]
        leftover = {w for title, help_text in commands for w in english_in(f"{title} {help_text}")}
        assert not leftover, f"{lang} palette: {leftover}"
        # ctrl+c quits, as in any terminal program (it said which key quits, in English)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert not app.is_running


async def test_indonesian_search_notes_and_screens_say_no_english(seed_index):
    """The search bar's note for a broken query, and the screens' footers, in Indonesian."""
    from tui.screens.entities import EntitiesScreen
    from tui.screens.quotes import QuotesScreen
    from tui.screens.timeline import TimelineScreen

    app = seed_reader(seed_index, "id")
    async with app.run_test(size=(160, 44)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash", *'"Okinawa', "enter")
        await wait_until(pilot, lambda: screen.results.query == '"Okinawa')
        note = plain(screen.query_one("#search-note"))
        assert "tanda kutip yang tidak ditutup" in note and "Okinawa" in note, note
        assert not english_in(note), note
        await pilot.press("escape")
        for key, kind, status in (("c", QuotesScreen, "#quote-status"), ("E", EntitiesScreen, "#entity-status"),
                                  ("t", TimelineScreen, "#timeline-title")):
            await _screen_shows(pilot, key, kind, status, "id")


# --- the index's lines, said by the reader ---------------------------------------------

@pytest.mark.parametrize("lang", ["id", "ja", "ko"])
def test_the_index_lines_of_the_issue_are_translated(lang):
    t = Translator(lang)
    lines = [
        "search failed (ValueError): searched the plain words (Okinawa)",
        "could not read the query as search syntax: searched the plain words (Okinawa)",
        'weekday mismatch: "Jumat (12/1/2023)" says Friday but 2023-01-12 is a Thursday (paragraph 9)',
        'date: the year of "Sabtu (29/6)" is uncertain: the officials named held office in several years that fit; '
        "2024 is the most recent",
        "the query was cut to its first 256 characters; a parenthesis is not closed: searched the plain words (a b)",
    ]
    for line in lines:
        said = t(line)
        assert said != line and not english_in(said), (lang, said)
    assert "10" in t(lines[2]) and "9" not in t(lines[2]).replace("2023-01-12", "").replace("12/1", "")
    assert "ValueError" in t(lines[0]) and "Okinawa" in t(lines[0])  # the values stay as they are


def test_every_template_is_found_again_in_a_line_made_from_it():
    """match() takes each template's line apart into its values (none taken for another)."""
    samples = {"paragraph": "3", "year": "2024", "count": "2", "max_chars": "80", "max_words": "16", "letters": "2",
               "chars": "90", "tries": "99", "uid": "1001", "found_version": "3", "version": "2", "seconds": "3",
               "said": "Friday", "actual": "Thursday", "verb": "mengatakan", "cue": "katanya"}
    for template in wording.TEMPLATES:
        names = re.findall(r"\{(\w+)\}", template)
        values = {n: samples.get(n, f"<{n} value>") for n in names}
        line = template.format(**values)
        assert wording.match(line) == (template, values), template


def test_rewording_in_english_changes_only_the_paragraph_number():
    line = 'weekday mismatch: "Jumat (12/1/2023)" says Friday but 2023-01-12 is a Thursday (paragraph 0)'
    assert wording.reword(line) == line.replace("(paragraph 0)", "(paragraph 1)")
    assert Translator("en")(line) == wording.reword(line)
    assert wording.reword("a line from nowhere (paragraph of text)") == "a line from nowhere (paragraph of text)"
    for other in ("no index in /srv/ix", "katanya → latest speaker", "a parenthesis is not closed"):
        assert wording.reword(other) == other


def test_an_untranslated_msgid_is_never_taken_for_an_index_line(monkeypatch):
    """"Sort by name" untranslated stays as it is; it is not "{verb} name" with verb "Sort by"."""
    import tui.i18n as i18n

    fake = ({"{verb} name": "{verb} + 人名"}, frozenset({"Sort by name", "{verb} name"}))
    monkeypatch.setattr(i18n, "_read", lambda lang: fake)
    i18n.say.cache_clear()
    try:
        assert i18n.say("xx", "Sort by name") == "Sort by name"
        assert i18n.say("xx", "kata name") == "“kata” + 人名"
    finally:
        i18n.say.cache_clear()


def test_the_lines_index_words_elsewhere_are_the_templates_word_for_word(tmp_path):
    """reading.py and store.py word their lines themselves: the templates must stay the same."""
    from index.errors import IndexMissing
    from index.reading import decode
    from index.search import Searcher

    _text, _enc, warning = decode("Menhan AS “tiba” di Tokyo dan ".encode() * 20 + b"\xff")
    assert wording.match(warning)[0] == wording.BYTES_REPLACED
    _text, _enc, warning = decode("Menteri Pertahanan tiba di Tokyo, kata dia. ".encode("cp1252") * 3 + b"\x93\x94\xe9")
    assert wording.match(warning)[0] == wording.DECODED_AS
    with pytest.raises(IndexMissing) as missing:
        Searcher(tmp_path / "nothing-here")
    assert wording.match(str(missing.value))[0] == wording.NO_INDEX


BAD_FILES = {"kosong.txt": b"", "gambar.txt": bytes(range(256)) * 4, "catatan.xyz": b"teks", "tabel.xlsx": b"PK",
             "hanya-menu.txt": b"Beranda\n\nBerita\n"}


def test_every_reason_a_file_is_skipped_for_is_a_template_the_reader_can_say(tmp_path):
    """The reader names each skipped file with why, in its language: every reason is one of the templates."""
    from index.store import update_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, data in BAD_FILES.items():
        (corpus / name).write_bytes(data)
    (corpus / ".tersembunyi").mkdir()
    (corpus / "putus.txt").symlink_to(tmp_path / "tiada.txt")
    report = update_index([str(corpus)], tmp_path / "ix")
    reasons = {path.rsplit("/", 1)[-1]: reason for path, reason in report.skipped}
    assert set(reasons) == set(BAD_FILES) | {".tersembunyi", "putus.txt"}
    for name, reason in reasons.items():
        found = wording.match(reason)
        assert found is not None, (name, reason)
        assert i18n.say("id", reason) != reason, (name, reason)  # said in Indonesian


@pytest.mark.parametrize("lang", ["id", "ja", "ko"])
def test_every_quote_cue_of_the_corpora_is_said_in_the_language(lang):
    from index.extract import extract_paths

    shared = [str(ROOT.parent / "shared" / name / "articles") for name in ("realdev", "realdev_b")]
    cues = {q.cue for a in extract_paths([str(SEEDS), "tests/devset", *shared]).articles for q in a.quotes if q.cue}
    assert len(cues) >= 60  # the real pages too (a walker saw "a paragraph of quote → the previous quote's source")
    t = Translator(lang)
    cue_words = {w for name, c in vars(wording).items() if name.startswith("CUE_")
                 for w in re.findall(r"[a-z]{3,}", re.sub(r"\{\w+\}", "", c))}
    for cue in cues:
        said = t(cue)
        left = {w for w in re.findall(r"[A-Za-z]{3,}", said) if w in cue_words}
        assert not left, (cue, said)


def test_the_english_cues_say_how_in_plain_words_not_the_rules_jargon():
    """A walker read "katanya → latest speaker" and "kata gazetteer surname" as the rules'
    jargon: in English they are said in plain words (the stored cue stays the msgid)."""
    t = Translator("en")
    assert t("katanya → latest speaker") == "katanya → the person who spoke last"
    assert t("a paragraph of quote → latest speaker") == "a paragraph that is all quote → the person who spoke last"
    assert t("kata gazetteer surname") == "“kata” surname of a known person"  # the page's word set off
    assert t("ujar + gazetteer surname") == "“ujar” + surname of a known person"
    templates = [c for name, c in vars(wording).items() if name.startswith("CUE_")]
    for template in templates:
        said = t(template)
        assert "gazetteer" not in said and "latest speaker" not in said, (template, said)


# English words a cue's rule may write; a cue holding one must be a template of index/wording.py
_CUE_ENGLISH = frozenset("the of one who tells name people two before after quote speaker subject statement body "
                         "unnamed surname role noun organisation paragraph next tag latest person cited whose".split())


def _cue_samples():
    """Every cue the attribution rules write (the third argument of Attribution and Found, the
    first of latest()), its f-string values filled with a sample: "name" for a cue or a "how"
    put inside it, else an Indonesian word."""
    import ast

    for path in (ROOT / "index" / "attribution.py", ROOT / "index" / "quotes.py"):
        src = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(src)):
            name = getattr(node, "func", None) and (getattr(node.func, "id", None) or getattr(node.func, "attr", None))
            if name in ("Attribution", "Found") and len(node.args) >= 3:
                arg = node.args[2]
            elif name == "latest" and node.args:
                arg = node.args[0]
            else:
                continue
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                yield path.name, node.lineno, arg.value
            elif isinstance(arg, ast.JoinedStr):
                yield path.name, node.lineno, "".join(_sample(src, arg.values, k) for k in range(len(arg.values)))


def _sample(src: str, values: list, k: int) -> str:
    """A value of an f-string cue: a prefix glued to what follows ("{how}name") is a tag's
    words ("kata "); a cue or "how" put inside is "name"; anything else an Indonesian word."""
    import ast

    v = values[k]
    if isinstance(v, ast.Constant):
        return v.value
    nxt = values[k + 1] if k + 1 < len(values) else None
    if nxt is not None and (not isinstance(nxt, ast.Constant) or nxt.value[:1].isalpha()):
        return "kata "
    expr = ast.get_source_segment(src, v.value) or ""
    return "name" if any(key in expr for key in ("how", "cue", "[1]")) else "kata"


def test_every_cue_a_rule_writes_in_english_is_a_template_the_catalogs_translate():
    """A walker read "the one who tells of it" and "menyatakan + two people" in English in the
    Indonesian reader: the rules wrote cues no template of index/wording.py matched."""
    samples = list(_cue_samples())
    assert len(samples) >= 50
    bad = [(f, line, cue) for f, line, cue in samples
           if _CUE_ENGLISH & set(cue.lower().replace(":", " ").split()) and wording.match(cue) is None]
    assert not bad, bad


@pytest.mark.parametrize("lang", ["id", "ja", "ko"])
def test_the_cues_of_a_moved_tag_a_shared_tag_and_an_unnamed_source_are_said_in_the_language(lang):
    from index.entities import extract_entities
    from index.quotes import extract_quotes

    paras = ["Kunjungan itu menandai babak baru. “Saya kira dia akan menjadi pemimpin yang hebat,”",
             "ungkap Presiden Daniel Whitmore kepada wartawan.",
             "“Kami menjunjung hukum,” tetapi semua itu diuji, “baik di laut maupun di udara,” ujar Kenji Aramaki.",
             "“Pesawat itu bisa jatuh di mana saja,” kata warga setempat."]
    cues = [q.cue for q in extract_quotes(paras, extract_entities(paras))]
    assert [c.split(":")[0] for c in cues] == ["tag opens the next paragraph", "the tag after the next quote",
                                               "ujar name", "kata + unnamed"]
    t = Translator(lang)
    for cue in cues:
        assert wording.match(cue) is not None, cue
        assert not re.search(r"\b(?:tag|opens|next|quote|unnamed|name)\b", t(cue)), (cue, t(cue))


# --- paragraph numbers: counted from 1 wherever a person reads them ---------------------

@pytest.mark.parametrize("lang,word", [("en", "paragraph"), ("id", "paragraf")])
async def test_a_date_warning_names_its_paragraph_counted_from_1(seed_index, lang, word):
    app = seed_reader(seed_index, lang)
    async with app.run_test(size=(160, 44)) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash", *"Okinawa", "enter")
        view = screen.query_one(ArticleView)
        await wait_until(pilot, lambda: view.article is not None and view.article.id == S001)
        (stored,) = view.article.warnings
        assert stored.endswith("(paragraph 9)")  # the index keeps the 0-based index
        assert "Jumat (12/1/2023)" in view.article.paragraphs[9]  # ... of the 10th paragraph
        meta = screen.query_one(MetadataView)
        prompts = [str(meta.get_option_at_index(i).prompt) for i in range(meta.option_count)]
        shown = [p for p in prompts if "Jumat (12/1/2023)" in p]
        assert shown and shown[0].endswith(f"({word} 10)"), shown


def test_the_cli_summary_counts_paragraphs_from_1():
    proc = run_cli("extract", str(SEEDS / f"{S001}.txt"), env={"ALLIANCE_READER_TODAY": TODAY})
    assert proc.returncode == 0, proc.stderr
    warning = next(line for line in proc.stdout.splitlines() if "warning:" in line)
    assert warning.endswith("(paragraph 10)"), warning


async def test_the_keys_panel_reads_each_bindings_tooltip_in_the_readers_language(seed_index):
    """Textual's keys panel (palette: Keys) shows a binding's tooltip under its description."""
    app = seed_reader(seed_index, "id")
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        shown = {ab.binding.id: ab.binding for ab in app.active_bindings.values() if ab.binding.id}
        english = "Show or hide the metadata pane"
        assert shown["main.metadata"].tooltip == Translator("id")(english) != english


async def test_the_reader_names_the_files_it_skipped_and_why_in_its_language(tmp_path):
    """A walker's finding: the status line said "4 berkas dilewati" and nothing said which or why."""
    from datetime import date

    from tui.app import make_app

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "seed.txt").write_text((SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text(encoding="utf-8"),
                                     encoding="utf-8")
    for i in range(7):
        (corpus / f"kosong{i}.txt").write_bytes(b"")
    (corpus / "gambar.txt").write_bytes(bytes(range(256)) * 4)
    app = make_app([str(corpus)], str(tmp_path / "ix"), "id", today=date.fromisoformat(TODAY), blink=False,
                   watch_seconds=0, timings=False, read_after=None)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await wait_until(pilot, lambda: any("Tidak diindeks" == n.title for n in app._notifications))
        notice = next(n for n in app._notifications if n.title == "Tidak diindeks")
        lines = str(notice.message).splitlines()
        assert "gambar.txt: tidak dapat diurai: bukan UTF-8 dan tidak ada penyandian teks lain yang cocok" in lines and "kosong0.txt: kosong: tidak ada teks" in lines
        assert len(lines) == 6 and lines[-1] == "… dan 3 lagi: `alliance-reader index` menyebut semuanya"
        assert "(8 berkas dilewati)" in str(app.screen.query_one("#status").render())


def test_every_reason_cleaning_gives_a_removed_line_is_said_in_the_readers_language():
    """The walk through heldout107–108: an Indonesian screen read "reading time: 3 min read" under an article, the
    reason in English (no entry for it in the reader's table of reasons). Every reason the real pages get is named."""
    from index.extract import extract_paths
    from tui.render import REMOVED_AS

    folders = [p for p in (ROOT.parent / "shared" / "realdev" / "articles", ROOT.parent / "shared" / "realdev_b" / "articles")
               if p.is_dir()] or [SEEDS]
    reasons = {r.reason for a in extract_paths([str(f) for f in folders]).articles for r in a.removed}
    assert reasons and reasons <= set(REMOVED_AS), reasons - set(REMOVED_AS)
    t = Translator("id")
    assert all(t(REMOVED_AS[r]) != REMOVED_AS[r] for r in ("reading time", "section label", "ticker"))
