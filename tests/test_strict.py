"""An index others can change is refused, as sshd's StrictModes refuses such keys."""

from __future__ import annotations

import os

import pytest

from index.strict import unsafe_reason

ANALYST = 54321  # a reader who is neither root nor the index's owner
SHARED_GROUP = 100  # "users": a group many people are in (root may give files to it)


@pytest.fixture
def index_dir(tmp_path):
    base = tmp_path / "srv"
    ix = base / "index"
    (ix / "gen-1").mkdir(parents=True)
    (ix / "gen-1" / "MAIN_1.toc").write_bytes(b"toc")
    (ix / "meta.json").write_text("{}")
    for p in (tmp_path, base, ix, ix / "gen-1"):
        os.chmod(p, 0o755)
    for p in (ix / "gen-1" / "MAIN_1.toc", ix / "meta.json"):
        os.chmod(p, 0o644)
    if os.geteuid() == 0:  # group write matters for a shared group, not a private one
        for p in (base, ix, ix / "gen-1", ix / "gen-1" / "MAIN_1.toc", ix / "meta.json"):
            os.chown(p, 0, SHARED_GROUP)
    return ix


def test_an_index_of_root_or_ones_own_is_opened(index_dir):
    assert unsafe_reason(index_dir, uid=ANALYST) is None  # root's: every reader trusts it
    assert unsafe_reason(index_dir) is None


@pytest.mark.parametrize("which, mode, words", [
    ("folder", 0o775, "can be changed by its group"),
    ("file", 0o666, "can be changed by everyone"),
    ("generation", 0o777, "can be changed by everyone"),
    ("parent", 0o775, "can be changed by its group"),
])
def test_anything_writable_by_others_is_refused(index_dir, which, mode, words):
    target = {"folder": index_dir, "file": index_dir / "gen-1" / "MAIN_1.toc",
              "generation": index_dir / "gen-1", "parent": index_dir.parent}[which]
    os.chmod(target, mode)
    reason = unsafe_reason(index_dir, uid=ANALYST)
    assert reason.startswith("refusing to open the index: ") and words in reason and str(target) in reason
    assert "\n" not in reason


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_a_file_owned_by_another_user_is_refused(index_dir):
    os.chown(index_dir / "meta.json", 4242, 4242)
    assert "belongs to another user (uid 4242)" in unsafe_reason(index_dir, uid=ANALYST)
    assert unsafe_reason(index_dir, uid=4242) is None  # its owner may open it


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to a group")
def test_group_write_for_the_owners_private_group_is_fine_as_debian_sshd_allows(index_dir):
    os.chown(index_dir, 0, 0)  # root's own group: no other member
    os.chmod(index_dir, 0o775)
    assert unsafe_reason(index_dir, uid=ANALYST) is None
    os.chown(index_dir, 0, SHARED_GROUP)
    assert "can be changed by its group" in unsafe_reason(index_dir, uid=ANALYST)


def test_a_sticky_folder_of_roots_above_is_fine_but_not_as_the_index(tmp_path):
    shared = tmp_path / "tmp-like"
    shared.mkdir()
    os.chmod(tmp_path, 0o755)
    os.chmod(shared, 0o1777)
    ix = shared / "index"
    ix.mkdir(mode=0o755)
    os.chmod(ix, 0o755)
    assert unsafe_reason(ix, uid=ANALYST) is None
    os.chmod(ix, 0o1777)
    assert "can be changed by everyone" in unsafe_reason(ix, uid=ANALYST)


def test_a_link_inside_is_judged_by_its_owner_not_its_mode(index_dir):
    (index_dir / "latest").symlink_to(index_dir / "gen-1")
    assert unsafe_reason(index_dir, uid=ANALYST) is None


@pytest.fixture
def tampered(tmp_path):
    """The seeds' index, its generation folder made changeable by anyone."""
    from conftest import SEEDS

    from index.store import update_index

    ix = tmp_path / "ix"
    update_index([str(SEEDS)], ix, jobs=1)
    generation = next(p for p in ix.iterdir() if p.is_dir())
    os.chmod(generation, 0o777)
    return ix


@pytest.mark.parametrize("command", [["search", "Korea"], ["quotes", "--csv"], ["index", "--check"]])
def test_the_commands_refuse_a_tampered_index_in_one_line_with_exit_2(tampered, command):
    from conftest import run_cli

    proc = run_cli(*command, "--index-dir", str(tampered))
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "refusing to open the index" in lines[0] and "can be changed by everyone" in lines[0]
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_the_reader_says_why_it_refuses_a_tampered_index(tampered):
    import asyncio

    from conftest import seed_reader

    async def scenario():
        app = seed_reader(tampered, "en")
        async with app.run_test(size=(120, 30)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert not app.backend.ready
            assert "refusing to open the index" in app.backend.problem

    asyncio.run(scenario())


def test_a_build_under_umask_002_leaves_nothing_others_can_change(tmp_path):
    from conftest import SEEDS

    from index.store import update_index

    old = os.umask(0o002)
    try:
        update_index([str(SEEDS)], tmp_path / "ix", jobs=1)
    finally:
        os.umask(old)
    assert os.umask(old) == old  # the build gave the umask back
    loose = [p for p in [tmp_path / "ix", *(tmp_path / "ix").rglob("*")] if p.lstat().st_mode & 0o022]
    assert loose == []
    assert unsafe_reason(tmp_path / "ix") is None


def test_index_refuses_to_update_a_tampered_index(tampered):
    from conftest import SEEDS, run_cli

    before = sorted(p.name for p in tampered.rglob("*"))
    proc = run_cli("index", str(SEEDS), "--index-dir", str(tampered))
    assert proc.returncode == 2 and "refusing to open the index" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tampered.rglob("*")) == before  # nothing written into it


def test_no_folder_is_not_unsafe_and_the_commands_say_there_is_no_index(tmp_path):
    from conftest import run_cli

    assert unsafe_reason(tmp_path / "nothing") is None
    proc = run_cli("index", "--check", "--index-dir", str(tmp_path / "nothing"))
    assert proc.returncode == 2 and "no index in" in proc.stderr


class _Marker:
    """A pickle that, when loaded, creates a file: what a crafted table of contents does."""

    def __init__(self, path):
        self.path = str(path)

    def __reduce__(self):
        return (open, (self.path, "w"))


def _poison_toc(ix, marker) -> None:
    """Put a pickle that creates `marker` where Whoosh's table of contents keeps its
    schema (read with pickle.loads when an index is opened)."""
    import io
    import pickle

    from whoosh.filedb.structfile import StructFile
    from whoosh.util.varints import varint

    toc = next(ix.glob("*/*.toc"))
    data = toc.read_bytes()
    head = StructFile(io.BytesIO(data))
    for _ in range(3):
        head.read_varint()  # the sizes of int, long and float
    head.read_int()  # -12345
    head.read_int()  # the format's version
    for _ in range(3):
        head.read_varint()  # Whoosh's release
    start = head.tell()
    length = head.read_varint()
    end = head.tell() + length
    payload = pickle.dumps(_Marker(marker))
    os.chmod(toc, 0o644)
    toc.write_bytes(data[:start] + varint(len(payload)) + payload + data[end:])


def test_a_crafted_table_of_contents_never_runs_in_a_reader_started_with_a_corpus(tampered, tmp_path):
    """Started with a corpus, the reader first counts what a build would do, which opened
    the index without the check and ran the pickle before refusing."""
    import asyncio

    from conftest import SEEDS, run_cli, seed_reader

    from index.store import pending_files

    marker = tmp_path / "ran"
    _poison_toc(tampered, marker)
    assert pending_files([str(SEEDS)], tampered) == 0
    proc = run_cli("search", "Korea", "--index-dir", str(tampered))
    assert proc.returncode == 2 and "refusing to open the index" in proc.stderr

    async def scenario():
        app = seed_reader(tampered, "en")
        async with app.run_test(size=(120, 30)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert "refusing to open the index" in app.backend.problem

    asyncio.run(scenario())
    assert not marker.exists(), "the crafted pickle ran"
    from index.store import open_index

    os.chmod(next(p for p in tampered.iterdir() if p.is_dir()), 0o755)  # trusted again: now it is read
    with pytest.raises(Exception):  # noqa: B017 - what the pickle leaves is no schema
        open_index(tampered)
    assert marker.exists(), "the poisoned table of contents is not what Whoosh reads: the test proves nothing"
