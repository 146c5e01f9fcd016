"""`alliance-reader extract`: the contract's shape, and bad input handled file by file."""

from __future__ import annotations

import json

from conftest import run_cli

CONTRACT_FIELDS = {
    "id", "path", "title", "title_basis", "outlet", "dateline", "date", "date_basis", "page_date",
    "url", "via", "paragraphs", "removed", "entities", "people", "countries", "places",
    "organizations", "quotes", "warnings",
}

ARTICLE = (
    "Tokyo, Kantor Berita Contoh – Perdana Menteri Jepang Fumio Kishida mengatakan pada Senin (9/1/2023) "
    "bahwa Jepang akan memperkuat pertahanan.\n\n"
    "“Kami tidak akan mundur,” kata Kishida kepada wartawan.\n"
)


def test_json_has_every_contract_field(seeds_json):
    assert len(seeds_json) == 5
    for art in seeds_json:
        assert CONTRACT_FIELDS <= set(art), CONTRACT_FIELDS - set(art)
        for ent in art["entities"]:
            para = art["paragraphs"][ent["paragraph"]]
            assert para[ent["start"]:ent["end"]] == ent["text"]
        for q in art["quotes"]:
            para = art["paragraphs"][q["paragraph"]]
            assert para[q["start"]:q["end"]] == q["text"]


def test_no_path_means_the_bundled_seeds():
    proc = run_cli("extract", "--json")
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)) == 5


def test_summary_without_json(tmp_path):
    f = tmp_path / "kishida.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    proc = run_cli("extract", str(f))
    assert proc.returncode == 0, proc.stderr
    assert "kishida:" in proc.stdout
    assert "2023-01-09 (explicit)" in proc.stdout
    assert "Fumio Kishida" in proc.stdout


def test_missing_path_exits_2_with_one_line(tmp_path):
    proc = run_cli("extract", str(tmp_path / "nope.txt"))
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0
    assert "no such file or folder" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_bad_files_are_reported_by_name_and_the_rest_extracted(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.txt").write_text("\n\n   \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    latin = tmp_path / "latin.txt"
    latin.write_bytes(("Jakarta (ANTARA) - Menteri Luar Negeri Retno mengatakan kerja sama "
                       "dengan Jepang sangat penting bagi kawasan, dan “kami menyambut baik” "
                       "langkah itu, ujarnya pada Kamis (12/1/2023). Ia menambahkan café.").encode("cp1252"))
    proc = run_cli("extract", "--json", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert sorted(a["id"] for a in out) == ["good", "latin"]
    assert "empty.txt: empty" in proc.stderr
    assert "blank.txt: empty" in proc.stderr
    assert "binary.txt: binary" in proc.stderr
    assert "latin.txt: decoded as" in proc.stderr
    latin_art = next(a for a in out if a["id"] == "latin")
    assert "café" in latin_art["paragraphs"][0]
    assert "Traceback" not in proc.stderr


def test_only_bad_files_exit_1(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    proc = run_cli("extract", str(tmp_path / "empty.txt"))
    assert proc.returncode == 1
    assert "empty.txt" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_huge_single_line_finishes(tmp_path):
    f = tmp_path / "huge.txt"
    f.write_text(("Menteri Pertahanan Lloyd Austin bertemu mitra Jepang di Tokyo. " * 30000), encoding="utf-8")
    assert f.stat().st_size < 2 * 1024 * 1024  # just under the size an article may have
    proc = run_cli("extract", "--json", str(f), timeout=900)  # a guard against a hang, not a speed limit
    assert proc.returncode == 0, proc.stderr[-500:]
    art = json.loads(proc.stdout)[0]
    assert "Lloyd Austin" in art["people"]


def test_the_installed_package_finds_its_own_seeds(tmp_path):
    """Run from a folder with no checkout around it: the wheel's copy is used."""
    import subprocess
    import sys

    code = ("import index.reading as r; from pathlib import Path; p = r.bundled_seeds(); "
            "print(len(list(p.glob('*.txt'))), p.is_dir())")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["5", "True"]


def test_a_domain_in_capitals_is_the_outlet_as_the_site_spells_it(tmp_path):
    """A walker's finding: the filters listed "TRIBUNNEWS.COM 1" and "Tribunnews.com 1", one outlet."""
    f = tmp_path / "caps.txt"
    f.write_text("WARTAKITA.CO.ID, TOKYO - Perdana Menteri Jepang Fumio Kishida mengatakan pada Senin (9/1/2023) "
                 "bahwa Jepang akan memperkuat pertahanan.\n", encoding="utf-8")
    proc = run_cli("extract", "--json", str(f))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)[0]["outlet"] == "Wartakita.co.id"
