"""Where the index lives: the user's and the system's config files, and which corpus and
index folder a run uses (and whether it may update them)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SYSTEM_CONFIG = Path("/etc/alliance-reader/config.toml")


def user_config_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("alliance-reader")) / "config.toml"


def read_configs(problems: list | None = None) -> Iterator[tuple[Path, dict]]:
    """(path, settings) of the user config, then the system config; unreadable or broken ones
    left out (and, with `problems`, named there as (path, reason); a missing one is no problem)."""
    for path in (user_config_path(), Path(os.environ.get("ALLIANCE_READER_SYSTEM_CONFIG", SYSTEM_CONFIG))):
        try:
            with open(path, "rb") as fh:
                cfg = tomllib.load(fh)
        except FileNotFoundError:
            continue
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            if problems is not None:
                problems.append((path, getattr(exc, "strerror", None) or str(exc)))
            continue
        yield path, cfg


def configured_index_dir() -> str | None:
    """ALLIANCE_READER_INDEX, else the user config, else the system config."""
    env = os.environ.get("ALLIANCE_READER_INDEX")
    if env:
        return env
    for _path, cfg in read_configs():
        value = cfg.get("index_dir")
        if value is None and isinstance(cfg.get("index"), dict):
            value = cfg["index"].get("dir")
        if value:
            return str(value)
    return None


@dataclass(frozen=True)
class Location:
    """Which corpus, which index folder, and whether this process may update it."""

    corpus: tuple[str, ...]
    index_dir: Path
    update: bool  # False: open a shared index as it is


def _holds_other_files(folder: Path) -> bool:
    try:
        return folder.is_dir() and any(folder.iterdir())
    except OSError:
        return False


def locate(corpus: Iterable[str] | None, index_dir: str | None) -> Location:
    from .reading import bundled_seeds
    from .store import default_index_dir

    paths = tuple(str(p) for p in (corpus or ()))
    if index_dir is None and not paths:
        index_dir = configured_index_dir()
        if index_dir:
            return Location((), Path(index_dir), False)
    if index_dir is not None and not paths:
        from .generations import has_index
        from .store import recorded_corpus

        if has_index(index_dir):  # even a damaged one: it is not ours to fill with the seeds
            return Location(tuple(recorded_corpus(index_dir)), Path(index_dir), False)
        if _holds_other_files(Path(index_dir)):  # someone's folder, not an index: never written into
            return Location((), Path(index_dir), False)
    if not paths:
        paths = (str(bundled_seeds()),)
    return Location(paths, Path(index_dir) if index_dir else default_index_dir(paths), True)
