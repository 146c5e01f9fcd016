"""Where the reader finds a shared index: flag, environment, user config, system config."""

from __future__ import annotations

from pathlib import Path

from index.config import locate


def test_precedence(tmp_path, monkeypatch):
    system = tmp_path / "etc.toml"
    system.write_text('index_dir = "/srv/system-index"\n')
    user_dir = tmp_path / "config"
    (user_dir / "alliance-reader").mkdir(parents=True)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(user_dir))
    monkeypatch.setenv("ALLIANCE_READER_SYSTEM_CONFIG", str(system))
    monkeypatch.delenv("ALLIANCE_READER_INDEX", raising=False)

    loc = locate(None, None)
    assert loc.index_dir == Path("/srv/system-index") and loc.update is False

    (user_dir / "alliance-reader" / "config.toml").write_text('[index]\ndir = "/home/me/index"\n')
    assert locate(None, None).index_dir == Path("/home/me/index")

    monkeypatch.setenv("ALLIANCE_READER_INDEX", "/env/index")
    assert locate(None, None).index_dir == Path("/env/index")

    # an explicit corpus is the user's own: its index is built and updated
    loc = locate([str(tmp_path)], None)
    assert loc.update is True and loc.corpus == (str(tmp_path),)


def test_a_broken_config_is_ignored(tmp_path, monkeypatch):
    bad = tmp_path / "bad.toml"
    bad.write_text("index_dir = [unclosed\n")
    monkeypatch.setenv("ALLIANCE_READER_SYSTEM_CONFIG", str(bad))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "none"))
    monkeypatch.delenv("ALLIANCE_READER_INDEX", raising=False)
    loc = locate(None, None)
    assert loc.update is True  # falls back to the bundled seeds
