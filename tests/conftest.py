"""Shared fixtures: a fixed clock, the seeds, and the CLI run as a user would."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TODAY = "2026-11-21"


def _kept_view_pattern() -> str:
    from index.views import KINDS

    return rf"({'|'.join(KINDS)})-\d+\.pickle|postings-\d+-\w+"  # views; postings arrays per segment


KEPT_VIEW = _kept_view_pattern()  # what the build keeps beside each commit: views, facets, arrays

# Every test sees the same "today": weekday inference and relative ages depend on it.
os.environ.setdefault("ALLIANCE_READER_TODAY", TODAY)


def load_bench():
    """scripts/bench.py as a module: its corpus generator makes test corpora of any size."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench", ROOT / "scripts" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def acceptance_dir() -> Path:
    """../shared/acceptance when present (CI), else the copy vendored in tests/."""
    shared = ROOT.parent / "shared" / "acceptance"
    return shared if (shared / "check_extract.py").exists() else ROOT / "tests" / "acceptance"


def run_cli(*args: str, env: dict | None = None, input: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    full_env = dict(os.environ)
    full_env.setdefault("ALLIANCE_READER_TODAY", TODAY)
    if env:
        full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=str(ROOT),
        input=input,
        timeout=timeout,
    )


@pytest.fixture(autouse=True)
def own_state_folder(tmp_path_factory, monkeypatch):
    """Each test has a user folder of its own (stars, errors.log, exports): none reaches
    the real home, and no test sees another's stars. A test may point it elsewhere."""
    folder = tmp_path_factory.mktemp("user") / "state"
    monkeypatch.setenv("ALLIANCE_READER_STATE", str(folder))
    # nor the real config files (keymap, theme: tui/config.py), and a 256-colour terminal
    # whatever TERM the tests run under (16 colours change the theme): a test may say otherwise
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder.parent / "config"))
    monkeypatch.setenv("ALLIANCE_READER_SYSTEM_CONFIG", str(folder.parent / "no-system-config.toml"))
    monkeypatch.setenv("TERM", "xterm-256color")
    return folder


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seeds_json(seed_files) -> list[dict]:
    proc = run_cli("extract", "--json", *map(str, seed_files))
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory) -> Path:
    """The seeds' index, built once per test process. Shared: a test that changes an
    index copies this one first."""
    from index.store import update_index

    ix = tmp_path_factory.mktemp("seed-index") / "ix"
    update_index([str(SEEDS)], ix)
    return ix


def indexed_corpus(tmp_path_factory, name: str, pages: dict[str, str]) -> tuple[Path, Path]:
    """A corpus folder of these pages (file name -> text) and its built index."""
    from index.store import update_index

    corpus = tmp_path_factory.mktemp(f"{name}-corpus")
    for file_name, text in pages.items():
        (corpus / file_name).write_text(text, encoding="utf-8")
    ix = tmp_path_factory.mktemp(f"{name}-ix")
    update_index([str(corpus)], ix)
    return corpus, ix


def hit_ids(searcher, query: str) -> list[str]:
    """The ids of a query's hits, sorted; the query must be one the searcher takes."""
    res = searcher.search(query)
    assert res.error is None, res.error
    return sorted(h.id for h in res.hits)


def article_shown(app) -> bool:
    """The highlighted hit's article has come back from its worker (or there is no hit)."""
    from tui.widgets.article import ArticleView
    from tui.widgets.results import ResultsList

    screen = app.screen
    hit = screen.query_one(ResultsList).current_hit
    return hit is None or screen.query_one(ArticleView).key == hit.key


async def ready(pilot, timeout: float = 30.0):
    """The reader's index is open, the first results are listed and the top hit's
    article is shown: the main screen, as a person first sees it."""
    app = pilot.app
    await wait_until(pilot, lambda: app.backend.ready and getattr(app.screen, "results", None) is not None
                     and article_shown(app), timeout)
    return app.screen


async def wait_until(pilot, predicate, timeout: float = 20.0) -> None:
    """Let the app run until predicate() holds (workers and messages take their time)."""
    from textual.pilot import WaitForScreenTimeout

    for _ in range(int(timeout / 0.05)):
        if predicate():
            return
        try:
            await pilot.pause(0.05)
        except WaitForScreenTimeout:
            if predicate():
                return  # an app exiting tears its screens down while the pause waits on them (CI saw it once)
            raise
    raise AssertionError("condition not met in time")


def seed_reader(index_dir, locale: str, **kwargs):
    """The reader over the seeds with a fixed clock, no cursor blink, no polling, no timings,
    and no article marked read by the clock (only by opening it): screens are reproducible."""
    from datetime import date

    from tui.app import make_app

    kwargs = {"today": date.fromisoformat(TODAY), "blink": False, "watch_seconds": 0, "timings": False,
              "read_after": None, **kwargs}
    return make_app([str(SEEDS)], str(index_dir), locale, **kwargs)


# --- a shared, read-only index -------------------------------------------------------

def read_only(folder: Path) -> None:
    """chmod -R a-w, as the README tells an admin to do with a shared index."""
    for p in [*folder.rglob("*"), folder]:
        p.chmod(0o555 if p.is_dir() else 0o444)


def writable(folder: Path) -> None:
    for p in [folder, *folder.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)


def build_holds_lock(index_dir: Path) -> bool:
    """A build is at work on index_dir: it holds the folder's build lock."""
    import fcntl

    try:
        fd = os.open(index_dir / ".build.lock", os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


def wait_for_build(index_dir: Path, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while not build_holds_lock(index_dir):
        assert proc.poll() is None, "the build ended before it could be watched"
        assert time.time() < deadline, "the build never started"
        time.sleep(0.02)


# --- another user -------------------------------------------------------------------------
# Tests that need an unprivileged user (root ignores permissions) must not depend on where
# the clone sits: a clone in a mode-700 home folder is unreachable for `nobody`. So they
# build a world-readable kit of what they run (this project's packages and the third-party
# modules those import) in a folder of their own, and run it with a Python `nobody` can
# execute.

_KIT_IMPORTS = "import index.search, index.store, index.extract, tui.cli, tui.app, tui.screens.main"


def _runs_as_nobody(python: str) -> bool:
    probe = subprocess.run(["runuser", "-u", "nobody", "--", python, "-c", "import sys"],
                           capture_output=True, cwd="/")
    return probe.returncode == 0


def _imported_files() -> list[Path]:
    code = (f"import sys; {_KIT_IMPORTS}\n"
            "print('\\n'.join(sorted({m.__file__ for m in list(sys.modules.values()) if getattr(m, '__file__', None)})))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    return [Path(line) for line in out.splitlines() if line]


@lru_cache(maxsize=1)
def nobody_kit() -> tuple[str, Path]:
    """(a Python that `nobody` can run, a world-readable folder to put on its sys.path)."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    candidates = [sys.executable, os.path.realpath(sys.executable), shutil.which(f"python{version}"),
                  f"/usr/bin/python{version}", f"/usr/local/bin/python{version}"]
    python = next((c for c in candidates if c and os.path.exists(c) and _runs_as_nobody(c)), None)
    if python is None:
        raise AssertionError(f"no Python {version} that the user nobody can run (looked at {candidates})")
    kit = Path(tempfile.mkdtemp(prefix="ar-kit-"))
    atexit.register(shutil.rmtree, kit, True)  # one per test process, gone when it ends
    sites = {Path(sysconfig.get_paths()[k]).resolve() for k in ("purelib", "platlib")}
    tops: dict[str, Path] = {}
    for f in _imported_files():
        f = f.resolve()
        for site in sites:
            if site in f.parents:
                top = site / f.relative_to(site).parts[0]
                tops[top.name] = top
                libs = site / f"{top.name}.libs"  # a wheel's vendored shared libraries (numpy.libs)
                if libs.is_dir():
                    tops[libs.name] = libs
    tops.update({name: ROOT / name for name in ("index", "tui", "seeds")})  # this checkout, not an installed copy
    for top in tops.values():
        if top.is_dir():
            shutil.copytree(top, kit / top.name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(top, kit / top.name)
    for p in [kit, *kit.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    return python, kit


def as_nobody(code: str) -> list[str]:
    """A command that runs `code` as the unprivileged user nobody, from the kit."""
    python, kit = nobody_kit()
    boot = f"import sys; sys.path[:0] = [{str(kit)!r}]\n"
    return ["runuser", "-u", "nobody", "--", python, "-c", boot + code]


# --- growth by ratio, never by wall-clock limits -------------------------------------------

def cpu_seconds(fn, *args, repeat: int = 3) -> float:
    """The least CPU time of a few runs of fn(*args): steady on a busy machine. The
    garbage collector is paused while fn runs: its full collections walk every live
    object, so on a big input (76,000 dates found in 1 MB) they grow faster than the
    input and would be measured as fn's own time (a fresh-clone CI saw 8.6x for 4x)."""
    import gc

    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            t0 = time.process_time()
            fn(*args)
            best = min(best, time.process_time() - t0)
        finally:
            gc.enable()
    return best


def assert_linear(fn, make_input, size: int, factor: int = 4, slack: float = 2.0, floor: float = 0.02) -> None:
    """fn on factor× the input takes at most slack×factor the time of fn on 1× (a quadratic
    step would take factor² times as long). Tiny times are floored against timer noise."""
    small, big = make_input(size), make_input(size * factor)
    t_small = max(cpu_seconds(fn, small), floor)
    t_big = cpu_seconds(fn, big, repeat=1)  # one run: CPU time hardly varies (ratios of 3.1-4.6 seen), and this is the 4x input
    assert t_big <= slack * factor * t_small, f"{factor}x input took {t_big / t_small:.1f}x as long ({t_small:.3f}s -> {t_big:.3f}s)"


def pytest_collection_modifyitems(items) -> None:
    """The longest tests first (marked `long`): xdist hands tests out in order, so two
    workers then run them side by side from the start instead of one finishing alone."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)
