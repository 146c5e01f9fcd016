"""The seeds scored by the shared acceptance checker, through the public CLI."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from conftest import ROOT, acceptance_dir


def _check(seeds_json, fields: str | None) -> tuple[str, list[str]]:
    acc = acceptance_dir()
    args = [sys.executable, str(acc / "check_extract.py"), str(acc / "seeds_gold.json"), "-", "--metrics"]
    if fields:
        args.append(f"--fields={fields}")
    out_file = ROOT / "build" / "seeds_extract.json"
    out_file.parent.mkdir(exist_ok=True)
    out_file.write_text(json.dumps(seeds_json, ensure_ascii=False), encoding="utf-8")
    args[3] = str(out_file)
    proc = subprocess.run(args, capture_output=True, text=True)
    fails = [line for line in proc.stdout.splitlines() if line.startswith("FAIL")]
    return proc.stdout, fails


def test_article_model_fields_pass(seeds_json):
    out, fails = _check(seeds_json, "article,title,outlet,dateline,date,date_basis,url,page_date,cleaning,dedup")
    assert not fails, out
    assert re.search(r"^\d+ passed, 0 failed$", out, re.M), out


def test_every_field_passes(seeds_json):
    out, fails = _check(seeds_json, None)
    assert not fails, out
    assert re.search(r"^\d+ passed, 0 failed$", out, re.M), out


def test_url_is_the_one_printed(seeds_json):
    art = next(a for a in seeds_json if a["id"].startswith("002_"))
    text = (ROOT / "seeds" / f"{art['id']}.txt").read_text(encoding="utf-8")
    printed = re.search(r"Sumber:\s*(https?:\S+)", text).group(1)
    assert art["url"] == printed
    assert art["outlet"] == "baothanhhoa.vn"
