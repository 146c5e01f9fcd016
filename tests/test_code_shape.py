"""The extraction rules stay readable: short functions in pipelines of named steps."""

from __future__ import annotations

import ast

import pytest
from conftest import ROOT

RULE_MODULES = ("clean", "entities", "dates", "extract", "lexicon", "formats", "formats_html", "pieces", "fetch", "stories")
# the search core, one module per seam (index/search.py and index/corpus.py name them all)
CORE_MODULES = ("fields", "query", "searcher", "highlight", "suggest", "config", "quote_views", "entity_views")
MAX_LINES = 60


def _functions(module: str):
    tree = ast.parse((ROOT / "index" / f"{module}.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node.name, node.end_lineno - node.lineno + 1


EVERY_MODULE = tuple(sorted(p.stem for p in (ROOT / "index").glob("*.py") if p.stem != "__init__"))


def test_the_named_modules_exist():
    assert set(RULE_MODULES + CORE_MODULES) <= set(EVERY_MODULE)


@pytest.mark.parametrize("module", EVERY_MODULE)
def test_no_function_in_the_index_is_longer_than_sixty_lines(module):
    """Every module of index/, the rules and the search core named above and the rest
    (quotes, attribution, quote marks, dating, reading...) alike."""
    long = {name: n for name, n in _functions(module) if n > MAX_LINES}
    assert not long, f"index/{module}.py: {long}"


@pytest.mark.parametrize("module,steps", [("clean", "STEPS"), ("entities", "STEPS")])
def test_clean_and_extract_entities_run_a_table_of_steps(module, steps):
    import importlib

    mod = importlib.import_module(f"index.{module}")
    table = getattr(mod, steps)
    assert len(table) >= 5 and all(callable(step) for step in table)
    assert len({step.__name__ for step in table}) == len(table)


def _top_level_bindings(module: str) -> list[str]:
    tree = ast.parse((ROOT / "index" / f"{module}.py").read_text(encoding="utf-8"))
    names = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names += [t.id for t in targets if isinstance(t, ast.Name)]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("module", EVERY_MODULE)
def test_no_module_binds_a_top_level_name_twice(module):
    """A rule's pattern or threshold named again further down the module silently replaces the first for every
    rule that used it (this session a second _GLUED_WORDS broke ungluing, a second HEADLINE_WORDS changed a limit)."""
    names = _top_level_bindings(module)
    twice = sorted({n for n in names if names.count(n) > 1 and n != "__all__"})
    assert not twice, f"index/{module}.py binds {twice} more than once"
