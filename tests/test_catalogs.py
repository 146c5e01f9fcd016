"""Every word a user sees goes through the catalogs, and every catalog says all of them.

The tui/ sources are read with `ast`: the literals given to N_() and t() are the
catalogs' msgids, each needing a translation in id, ja and ko with the same
placeholders; a literal with words in a place a user reads (a Binding's description,
notify(), the status line, Static/Label/Text/Option content, a placeholder, a
palette command) that does not go through t()/N_ fails the test with its file and line.
The index's lines for people are templates in index/wording.py, in the same catalogs.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from conftest import ROOT

from tui.i18n import DOMAIN, LOCALE_DIR

LANGS = ("id", "ja", "ko")
TUI = ROOT / "tui"
WORDING = ROOT / "index" / "wording.py"

# Calls whose positional arguments a user reads, and keywords a user reads wherever they are.
SHOWN_ARGS = {"notify", "say", "show_message", "Static", "Label", "Text", "Option", "SystemCommand", "append",
              "assemble", "add_column", "add_columns", "add_row", "Table", "_status", "_jump", "export_rows",
              "ExportScreen", "Binding"}
SHOWN_KEYWORDS = {"placeholder", "title", "description", "tooltip", "message"}
# Words that are the same in every language: units, file formats, the program's name
SAME_EVERYWHERE = {"ms", "URL", "CSV", "JSON", "Markdown", "alliance-reader"}
MARKERS = {"t", "N_"}
WORDS = re.compile(r"[A-Za-z]{2,}")


# The command line's output stays English (scripts read it), and so do the exported
# files' column names and values (programs read them): neither is the reader's screen.
NOT_THE_SCREEN = {"cli.py", "commands.py", "exporting.py"}


def _sources() -> list[Path]:
    return sorted(p for p in TUI.rglob("*.py") if p.name not in NOT_THE_SCREEN)


def _callee(node: ast.Call) -> str:
    f = node.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _raw_words(node: ast.AST):
    """String constants with words under `node` that do not go through t() or N_()."""
    if isinstance(node, ast.Call) and _callee(node) in MARKERS:
        return
    if isinstance(node, ast.Call) and _callee(node) in ("get", "join", "format", "ljust", "replace", "split", "strip"):
        yield from _raw_words(node.func.value) if isinstance(node.func, ast.Attribute) else ()
        if _callee(node) == "format":
            for kw in node.keywords:
                yield from _raw_words(kw.value)
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        words = [w for w in WORDS.findall(node.value) if w not in SAME_EVERYWHERE]
        if words and node.value not in SAME_EVERYWHERE:
            yield node
        return
    if isinstance(node, ast.Tuple) and node.elts:  # (text, style) in Text.assemble: the style is no word
        yield from _raw_words(node.elts[0])
        return
    if isinstance(node, ast.Call):
        for arg in node.args:
            yield from _raw_words(arg)
        return  # a call's keywords are styles, ids, classes
    if isinstance(node, (ast.Subscript, ast.Attribute, ast.Name, ast.Lambda, ast.Compare)):
        return
    if isinstance(node, ast.IfExp):  # its test is no word shown
        yield from _raw_words(node.body)
        yield from _raw_words(node.orelse)
        return
    if isinstance(node, ast.Dict):
        for value in node.values:
            yield from _raw_words(value)
        return
    if isinstance(node, ast.FormattedValue):
        yield from _raw_words(node.value)
        return
    for child in ast.iter_child_nodes(node):
        yield from _raw_words(child)


def msgids_and_unrouted() -> tuple[dict[str, list[str]], list[str]]:
    """{msgid: [where]} of every t()/N_() literal (tui/ and index/wording.py), and the
    user-visible literals with words that skip the catalogs ("file:line: text")."""
    msgids: dict[str, list[str]] = {}
    unrouted: list[str] = []
    for path in [*_sources(), WORDING]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        rel = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _callee(node)
            if name in MARKERS and node.args and isinstance(node.args[0], ast.Constant):
                msgids.setdefault(node.args[0].value, []).append(f"{rel}:{node.lineno}")
                continue
            if path == WORDING:
                continue
            shown = list(node.args) if name in SHOWN_ARGS else []
            if name == "Binding":
                shown = node.args[2:3]
            shown += [kw.value for kw in node.keywords if kw.arg in SHOWN_KEYWORDS]
            for arg in shown:
                for const in _raw_words(arg):
                    unrouted.append(f"{rel}:{const.lineno}: {const.value!r}")
    return msgids, unrouted


def read_catalog(lang: str):
    from babel.messages.pofile import read_po

    with (LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as fh:
        return read_po(fh, locale=lang)


def _fields(text: str) -> set[str]:
    return {f for _lit, f, _spec, _conv in string.Formatter().parse(text) if f is not None}


def test_every_word_a_user_sees_goes_through_the_catalogs():
    _msgids, unrouted = msgids_and_unrouted()
    assert not unrouted, "shown to users without t() or N_():\n" + "\n".join(unrouted)


def test_the_scan_finds_the_readers_words():
    msgids, _ = msgids_and_unrouted()
    assert len(msgids) >= 300
    for known in ("Quit", "Search… ( / )", "no search hits in this article", "Exported {n} rows to {path}",
                  "weekday mismatch: \"{text}\" says {said} but {date} is a {actual}"):
        assert known in msgids, known


@pytest.mark.parametrize("lang", LANGS)
def test_every_msgid_has_a_translation_with_the_same_placeholders(lang):
    msgids, _ = msgids_and_unrouted()
    cat = read_catalog(lang)
    missing, fuzzy, broken = [], [], []
    for msgid, where in sorted(msgids.items()):
        entry = cat.get(msgid)
        if entry is None or not entry.string:
            missing.append(f"{msgid!r} ({where[0]})")
        elif entry.fuzzy:
            fuzzy.append(msgid)
        elif _fields(entry.string) != _fields(msgid):
            broken.append(f"{msgid!r} -> {entry.string!r}")
    assert not missing, f"{lang}: no translation for\n" + "\n".join(missing)
    assert not fuzzy, f"{lang}: fuzzy: {fuzzy}"
    assert not broken, f"{lang}: placeholders differ\n" + "\n".join(broken)


@pytest.mark.parametrize("lang", ("ja", "ko"))
def test_japanese_and_korean_catalogs_have_one_plural_form(lang):
    cat = read_catalog(lang)
    assert str(cat.locale) == lang
    assert cat.plural_forms == "nplurals=1; plural=0;"
    text = (LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po").read_text(encoding="utf-8")
    assert '"Plural-Forms: nplurals=1; plural=0;\\n"' in text


@pytest.mark.parametrize("lang", ("ja", "ko"))
def test_japanese_and_korean_are_not_english_in_disguise(lang):
    """A translation that is the English word again is a forgotten one (key names and
    the words the same everywhere aside)."""
    cat = read_catalog(lang)
    same = [m.id for m in cat if m.id and m.string == m.id and WORDS.search(m.id) and m.id not in SAME_EVERYWHERE]
    assert not same, same


def test_the_pot_is_in_sync_with_the_sources():
    """scripts/update_catalogs.py extracts exactly the msgids the sources have, and every
    .po has the .pot's msgids (no more, no fewer)."""
    import importlib.util

    from babel.messages.pofile import read_po

    spec = importlib.util.spec_from_file_location("update_catalogs", ROOT / "scripts" / "update_catalogs.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    extracted = {m.id for m in script.extract() if m.id}
    with (LOCALE_DIR / f"{DOMAIN}.pot").open("rb") as fh:
        kept = {m.id for m in read_po(fh) if m.id}
    assert extracted == kept, f"run scripts/update_catalogs.py: new {sorted(extracted - kept)}, gone {sorted(kept - extracted)}"
    msgids, _ = msgids_and_unrouted()
    assert set(msgids) == kept, f"not extracted: {sorted(set(msgids) - kept)}; extracted only: {sorted(kept - set(msgids))}"
    for lang in (*LANGS, "en"):
        ids = {m.id for m in read_catalog(lang) if m.id}
        assert ids == kept, f"{lang}: missing {sorted(kept - ids)}, extra {sorted(ids - kept)}"


def test_a_count_of_one_takes_the_singular_in_english_only():
    """The status line said "1 articles · 1 of 1 hits"; Indonesian, Japanese and Korean do not
    change the counted word (and ja's singular "hit" means "match", not the counter)."""
    from tui.i18n import Translator, counted

    assert counted(Translator("en"), 1, "article", "articles") == "article"
    assert counted(Translator("en"), 2, "article", "articles") == "articles"
    assert counted(Translator("ja"), 1, "hit", "hits") == Translator("ja")("hits")
