"""The reader's own settings in config.toml (index/corpus.py finds and parses the files):

    theme = "gruvbox"          # any of Textual's themes (ctrl+p, Theme, lists them)

    [keymap]                   # binding id = key(s), as in posting; ids are listed by `?`
    "main.star" = "f"
    "results.down" = "j,n"
    "app.quit" = ["q", "ctrl+q"]

What is wrong (broken TOML, an unknown binding id, a key no terminal sends, an unknown
theme) is one line naming it; the rest of the file still counts and the reader starts.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from dataclasses import dataclass, field

from .i18n import N_

CANNOT_READ = N_("{path}: cannot read it: {reason}")
NOT_A_TABLE = N_("{path}: [keymap] must list binding ids with their keys")
NO_SUCH_BINDING = N_("{path}: [keymap] {key}: no such binding")
NOT_A_KEY = N_("{path}: [keymap] {key}: not a key: {value}")
NO_SUCH_THEME = N_("{path}: theme: no such theme: {value}")
MODIFIERS = {"ctrl", "shift", "alt", "meta", "super", "hyper"}


@dataclass
class ReaderConfig:
    keymap: dict[str, str] = field(default_factory=dict)
    theme: str | None = None
    problems: list[tuple[str, dict]] = field(default_factory=list)  # (template, values): t() words them


def binding_ids() -> set[str]:
    """Every binding id of the reader: the app's, each screen's and each widget's."""
    import tui.screens
    import tui.widgets

    modules = [importlib.import_module("tui.app")]
    for pkg in (tui.screens, tui.widgets):
        modules += [importlib.import_module(f"{pkg.__name__}.{m.name}") for m in pkgutil.iter_modules(pkg.__path__)]
    ids = set()
    for module in modules:
        for cls in vars(module).values():
            if inspect.isclass(cls) and cls.__module__ == module.__name__:
                ids |= {b.id for b in vars(cls).get("BINDINGS", ()) if getattr(b, "id", None)}
    return ids


def is_key(key: str) -> bool:
    """A key Textual can bind: modifiers and one key ("ctrl+d", "G", "question_mark", "f5")."""
    from textual.keys import REPLACED_KEYS, Keys, key_to_character

    *mods, base = key.strip().split("+")
    if not base or any(m not in MODIFIERS for m in mods):
        return False
    if (len(base) == 1 and base.isprintable()) or base in {k.value for k in Keys}:
        return True
    char = key_to_character(REPLACED_KEYS.get(base, base))  # "question_mark", "slash": a key's own name
    return char is not None and char.isascii() and char.isprintable()


def load(themes: set[str], ids: set[str] | None = None) -> ReaderConfig:
    """The user's config over the system's: its keymap and theme, and what was wrong."""
    from index.corpus import read_configs

    ids = binding_ids() if ids is None else ids
    out = ReaderConfig()
    broken: list[tuple[object, str]] = []
    found = list(read_configs(problems=broken))
    for path, reason in broken:
        out.problems.append((CANNOT_READ, {"path": str(path), "reason": reason}))
    for path, cfg in reversed(found):  # the system's first: the user's own settings win
        _keymap(str(path), cfg.get("keymap"), ids, out)
        theme = cfg.get("theme")
        if theme is not None:
            if isinstance(theme, str) and theme in themes:
                out.theme = theme
            else:
                out.problems.append((NO_SUCH_THEME, {"path": str(path), "value": str(theme)}))
    return out


def _keymap(path: str, table, ids: set[str], out: ReaderConfig) -> None:
    if table is None:
        return
    if not isinstance(table, dict):
        out.problems.append((NOT_A_TABLE, {"path": path}))
        return
    for bid, value in table.items():
        if bid not in ids:
            out.problems.append((NO_SUCH_BINDING, {"path": path, "key": bid}))
            continue
        keys = value if isinstance(value, list) else str(value).split(",") if isinstance(value, str) else None
        if not keys or not all(isinstance(k, str) and is_key(k) for k in keys):
            out.problems.append((NOT_A_KEY, {"path": path, "key": bid, "value": str(value)}))
            continue
        out.keymap[bid] = ",".join(k.strip() for k in keys)
