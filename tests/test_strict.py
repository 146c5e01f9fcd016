"""An index others can change is refused, as sshd's StrictModes refuses such keys."""

from __future__ import annotations

import os

import pytest

from index.strict import unsafe_reason

ANALYST = 54321  # a reader who is neither root nor the index's owner


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
