"""`zhibiao read` and `zhibiao corpus build` from the command line."""
import json
import shutil

from conftest import ROOT
from zhibiao.cli import main

SEED = ROOT / "corpus" / "raw" / "002_2db091fa1eb2cfa6.txt"


def test_read_prints_json_lines(capsys):
    assert main(["read", str(SEED)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 70
    keys = {"source", "location", "department", "project", "project_amount", "declared_level1",
            "declared_level2", "declared_level1_code", "declared_level2_code", "name",
            "period_value", "annual_value", "unit_column", "raw", "flags"}
    assert keys <= set(rows[0])
    assert rows[0]["project"] == "花都区法律援助经费" and rows[0]["project_amount"] == 158.33


def test_read_table_format_and_bad_file(tmp_path, capsys):
    bad = tmp_path / "empty.xlsx"
    bad.write_bytes(b"")
    assert main(["read", "--format", "table", str(SEED), str(bad)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 70 and "宣传次数完成率" in out
    assert "empty.xlsx" in err and len(err.strip().splitlines()) == 1


def test_corpus_build(tmp_path, capsys):
    root = tmp_path / "corpus"
    (root / "raw").mkdir(parents=True)
    shutil.copy(SEED, root / "raw")
    (root / "raw" / "notes.txt").write_text("没有表格", encoding="utf-8")
    (root / "published").mkdir()
    row = {"source_id": "X001", "url": "https://example.org/t", "region": "某省", "year": 2023,
           "department": None, "project": "某项目", "form": "目标表", "level1": "产出指标",
           "level2": "数量指标", "level1_code": "1", "level2_code": "11", "name": "培训人次",
           "value_text": "500", "unit_col": "人次", "op_col": "≥", "value_joined": "≥500人次",
           "targets": []}
    (root / "published" / "x.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
    assert main(["corpus", "build", "--root", str(root)]) == 0
    out, err = capsys.readouterr()
    summary = json.loads(out)
    assert summary["rows"] == 71 and summary["by_origin"] == {"raw": 70, "published": 1}
    assert "notes.txt" in err
    rows = [json.loads(l) for l in (root / "indicators.jsonl").read_text(encoding="utf-8").splitlines()]
    published = rows[-1]
    assert (published["annual_value"], published["unit_column"], published["url"]) == (
        "≥500人次", "人次", "https://example.org/t")
    assert rows[0]["origin"] == "raw" and rows[0]["source_id"] == SEED.stem


def test_checked_in_corpus_has_the_seeds_and_the_schema():
    path = ROOT / "corpus" / "indicators.jsonl"
    rows = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    raw = [r for r in rows if r["origin"] == "raw"]
    assert len(raw) == 107 and len({r["project"] for r in raw}) == 27
    for r in rows:
        assert {"origin", "source_id", "group", "name", "annual_value", "declared_level1_code",
                "declared_level2_code", "source", "location", "flags"} <= set(r)
        assert r["origin"] == "raw" or r["url"]
