"""First launch on a big corpus (issue 15), in a real terminal: a progress count that moves
while the reader builds its index, and the results in no more time than `alliance-reader
index` takes on the same corpus (both build with every core). Timed as a ratio, never
against the clock."""

from __future__ import annotations

import re
import subprocess
import sys
import time

import pytest
from conftest import ROOT, SEEDS, TODAY
from test_e2e_tmux import BIN, Terminal

pytestmark = pytest.mark.e2e

ARTICLES = 700  # enough for the builder (64 files or more) and a count seen moving; 1,500, then 1,000, until the suite neared 10 minutes
SLACK = 2.0  # a loaded machine varies: in CI beside the forced session, 29.3 s against 18.6 s once (1.57)
# The reader also starts Textual and searches: that start, measured on an index it need not
# build, is added to its allowance (at 1,500 without it: 25.6 s against 16.6 s once in CI)


def generate(folder) -> None:
    """Synthetic Indonesian articles: scripts/bench.py's generator (seed sentences, a Zipf
    vocabulary, datelines, dates 2012-2025), fixed seed."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import bench
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    bench.generate_corpus(ARTICLES, folder, SEEDS)


def time_to_results(command: str, env: dict, cwd) -> float:
    """Seconds from starting the reader to its first results."""
    started = time.monotonic()
    term = Terminal(command, env, cwd=cwd, width=120, height=30)
    try:
        while not re.search(r"\b[\d,]+ hits?\b|every article", screen := term.screen()):
            assert time.monotonic() < started + 120, f"no results; the screen was:\n{screen}"
            time.sleep(0.1)
        return time.monotonic() - started
    finally:
        term.close()


@pytest.mark.long
def test_first_launch_shows_a_moving_count_and_is_as_fast_as_index(tmp_path):
    corpus = tmp_path / "corpus"
    generate(corpus)
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"), "TERM": "xterm-256color",
           "LANG": "en_US.UTF-8", "PATH": "/usr/bin:/bin", "ALLIANCE_READER_TODAY": TODAY,
           "ALLIANCE_READER_STATE": str(tmp_path / "state")}

    started = time.monotonic()
    built = subprocess.run([str(BIN), "index", str(corpus), "--index-dir", str(tmp_path / "by-index"), "--quiet"],
                           capture_output=True, text=True, env=env, timeout=900)
    index_seconds = time.monotonic() - started
    assert built.returncode == 0, built.stderr

    start_seconds = time_to_results(f"{BIN} {corpus} --index-dir {tmp_path / 'by-index'}", env, tmp_path)

    started = time.monotonic()
    term = Terminal(f"{BIN} {corpus} --index-dir {tmp_path / 'by-reader'}", env, cwd=tmp_path, width=120, height=30)
    counts: list[int] = []
    try:
        deadline = started + max(120.0, 10 * index_seconds)  # only so that a broken reader fails at all
        screen = ""
        while time.monotonic() < deadline:
            screen = term.screen()
            found = re.search(rf"Building the index: ([\d,]+) of {ARTICLES:,} files", screen)
            if found:
                counts.append(int(found.group(1).replace(",", "")))
            if re.search(r"\b[\d,]+ hits?\b|every article", screen) and f"{ARTICLES} articles" in screen:
                break
            time.sleep(0.1)
        else:
            raise AssertionError(f"no results; the screen was:\n{screen}")
        reader_seconds = time.monotonic() - started
        assert "Building the index" not in screen  # the bar is gone once the index is open
        assert "r to refresh" not in screen  # its own build is no news of a newer index
        moving = sorted(set(counts))
        assert len([n for n in moving if 0 < n < ARTICLES]) >= 2, f"the count never moved: {moving}"
        assert counts == sorted(counts), f"the count went back: {counts}"
        assert reader_seconds <= SLACK * index_seconds + start_seconds, \
            f"the reader took {reader_seconds:.1f} s to show results, `index` {index_seconds:.1f} s" \
            f" (and the reader {start_seconds:.1f} s on an index it had)"
        term.keys("q")
        assert term.exit_status() == 0
    finally:
        term.close()


# --- 16 colours ---------------------------------------------------------------------------------

SGR = re.compile(r"\x1b\[([\d;]*)m")


def backgrounds(line: str) -> list[str | None]:
    """The background of each cell of a `tmux capture-pane -e` line: None for the terminal's own."""
    cells: list[str | None] = []
    bg: str | None = None
    reverse = False
    pos = 0
    for m in [*SGR.finditer(line), None]:
        text = line[pos:m.start()] if m else line[pos:]
        cells += [("reverse" if reverse else bg)] * len(text)
        if m is None:
            break
        pos = m.end()
        params = (m.group(1) or "0").split(";")
        i = 0
        while i < len(params):
            p = int(params[i] or 0)
            if p == 0:
                bg, reverse = None, False
            elif p == 7:
                reverse = True
            elif p == 27:
                reverse = False
            elif p == 49:
                bg = None
            elif 40 <= p <= 47 or 100 <= p <= 107:
                bg = str(p)
            elif p == 48:
                bg = ";".join(params[i:i + (3 if params[i + 1] == "5" else 5)])
                i += 2 if params[i + 1] == "5" else 4
            elif p in (38,):
                i += 2 if params[i + 1] == "5" else 4
            i += 1
    return cells


def painted_share(term: Terminal, rows: range) -> float:
    """The share of the panes' cells with a background of their own (not the terminal's)."""
    screen = subprocess.run(["tmux", "-L", term.name, "capture-pane", "-e", "-p", "-t", term.name],
                            capture_output=True, text=True, check=True).stdout.splitlines()
    cells = [bg for row in rows for bg in backgrounds(screen[row])]
    return sum(bg is not None for bg in cells) / len(cells)


@pytest.mark.parametrize("term_name", ["xterm", "linux"])
def test_in_16_colours_the_panes_take_the_terminals_own_background(tmp_path, term_name):
    """TERM=xterm: the default theme's near greys fell on different ones of 16 colours, pane by
    pane (patchy). The reader takes the theme in the terminal's own colours: the panes show
    its background; only scrollbars and the highlighted result paint their own."""
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"), "TERM": term_name,
           "LANG": "en_US.UTF-8", "PATH": "/usr/bin:/bin", "ALLIANCE_READER_TODAY": TODAY}
    term = Terminal(f"{BIN} {SEEDS} --index-dir {tmp_path / 'ix'}", env, cwd=tmp_path, width=100, height=30)
    try:
        term.wait_for("5 articles", timeout=60)
        time.sleep(0.5)
        share = painted_share(term, range(5, 26))
        assert share < 0.25, f"{share:.0%} of the panes' cells paint a background of their own"
        term.keys("q")
        assert term.exit_status() == 0
    finally:
        term.close()
