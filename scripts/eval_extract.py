#!/usr/bin/env python3
"""Per-field accuracy of `alliance-reader extract` on any folder with a gold file.

    python scripts/eval_extract.py                      # ../shared/realdev and ../shared/realdev_b
    python scripts/eval_extract.py FOLDER [FOLDER...]   # any folder holding gold_checker.json or gold.json
    python scripts/eval_extract.py --failures           # also list every failed check
    python scripts/eval_extract.py --json               # the figures as JSON

A folder holds its articles directly or in `articles/`, and its gold in
`gold_checker.json` (preferred) or `gold.json`, in the format that
`../shared/acceptance/check_extract.py` scores. The checks are that checker's own:
this script only extracts in-process (one interpreter for all files) and reports the
checker's results per field, the way the issues quote them.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIELDS = ("title", "outlet", "dateline", "date", "people", "quote", "speaker")
LABELS = {"title": "title", "outlet": "outlet", "dateline": "dateline", "date": "date",
          "people": "people F1", "quote": "quote recall", "speaker": "speaker accuracy"}


def _checker():
    """The shared acceptance checker (../shared/acceptance), else the copy in tests/."""
    for folder in (ROOT.parent / "shared" / "acceptance", ROOT / "tests" / "acceptance"):
        path = folder / "check_extract.py"
        if path.exists():
            spec = importlib.util.spec_from_file_location("check_extract", path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module
    raise SystemExit("check_extract.py not found in ../shared/acceptance or tests/acceptance")


def default_sets() -> list[Path]:
    shared = ROOT.parent / "shared"
    return sorted(p for p in shared.glob("realdev*") if p.is_dir())


def _gold_file(folder: Path) -> Path:
    for name in ("gold_checker.json", "gold.json"):
        if (folder / name).exists():
            return folder / name
    raise SystemExit(f"{folder}: no gold_checker.json or gold.json")


def _articles(folder: Path) -> Path:
    return folder / "articles" if (folder / "articles").is_dir() else folder


def extract_folder(folder: Path) -> list[dict]:
    from index.extract import extract_paths

    report = extract_paths([str(_articles(folder))])
    for path, reason in report.skipped:
        print(f"skipped {path}: {reason}", file=sys.stderr)
    return [a.to_json() for a in report.articles]


def score(folder: Path, output: list[dict]) -> dict:
    """The checker's results: passed/failed per field, people F1, quote recall, speaker accuracy."""
    ce = _checker()
    gold = json.loads(_gold_file(folder).read_text(encoding="utf-8"))
    aliases = gold.get("_aliases", {})
    by_key = {ce.article_key(a): a for a in output}
    result: dict = {"set": folder.name, "articles": 0, "fields": {}, "failures": []}
    for field in FIELDS:
        s = ce.Score()
        s.only = {field}
        for key, g in gold.items():
            if key.startswith("_"):
                continue
            art = by_key.get(key)
            if art is None:
                s.check(key, field, False, "missing from output")
                continue
            ce.score_article(s, key, art, g, aliases)
        result["fields"][field] = _figure(field, s, ce)
        result["failures"].extend(s.lines)
    result["articles"] = sum(1 for k in gold if not k.startswith("_"))
    return result


def _figure(field: str, s, ce) -> dict:
    """The field's figure from the checker's counts (kept, so sets can be pooled)."""
    if field == "people":
        counts = {"tp": s.tp["people"], "fp": s.fp["people"], "fn": s.fn["people"]}
    elif field == "quote":
        counts = {"right": s.quotes_found, "total": s.quotes_gold}
    elif field == "speaker":
        counts = {"right": s.speakers_right, "total": s.speakers_judged}
    else:
        counts = {"right": s.passed, "total": s.passed + s.failed}
    return _from_counts(counts)


def _from_counts(counts: dict) -> dict:
    if "tp" in counts:
        tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return {"value": 2 * p * r / (p + r) if p + r else 0.0, "of": f"P {p:.2f} R {r:.2f}", "counts": counts}
    right, total = counts["right"], counts["total"]
    return {"value": right / total if total else 0.0, "of": f"{right}/{total}", "counts": counts}


def pooled(results: list[dict]) -> dict:
    """All sets as one: counts summed field by field."""
    fields = {}
    for field in FIELDS:
        keys = results[0]["fields"][field]["counts"].keys()
        fields[field] = _from_counts({k: sum(r["fields"][field]["counts"][k] for r in results) for k in keys})
    return {"set": "all", "articles": sum(r["articles"] for r in results), "fields": fields, "failures": []}


def table(results: list[dict]) -> str:
    head = "| field | " + " | ".join(f"{r['set']} ({r['articles']})" for r in results) + " |"
    rule = "|---|" + "---|" * len(results)
    rows = [head, rule]
    for field in FIELDS:
        cells = [f"{r['fields'][field]['value']:.2f} ({r['fields'][field]['of']})" for r in results]
        rows.append(f"| {LABELS[field]} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path, help="folders with a gold file (default: ../shared/realdev*)")
    ap.add_argument("--failures", action="store_true", help="list every failed check")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    folders = args.folders or default_sets()
    if not folders:
        print("no folders given and ../shared/realdev* not found", file=sys.stderr)
        return 2
    results = [score(f, extract_folder(f)) for f in folders]
    if len(results) > 1:
        results.append(pooled(results))
    if args.json:
        print(json.dumps([{k: v for k, v in r.items() if k != "failures" or args.failures} for r in results],
                         ensure_ascii=False, indent=1))
        return 0
    if args.failures:
        for r in results:
            for line in r["failures"]:
                print(line)
        print()
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
