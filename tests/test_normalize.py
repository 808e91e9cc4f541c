"""The main job: batch normalisation from the command line and from pandas."""
import json
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

import zhibiao
from zhibiao.cli import main

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "corpus" / "raw"

GOOD_TXT = """项目名称 | 社区普法培训
一级指标 | 二级指标 | 三级指标 | 指标值
产出指标 | 数量指标 | 培训人次 | ≥500人次
 | | 培训场次 | 10场
效益指标 | 社会效益指标 | 群众法律意识 | 有所提升
满意度指标 | 服务对象满意度指标 | 参训人员满意度 | ≥90%
"""
GBK_CSV = "一级指标,二级指标,三级指标,指标值\n产出指标,质量指标,验收合格率,100%\n产出指标,时效指标,完成时间,2024年12月底前\n"


def test_seed_workbook_has_every_row_and_its_raw_text(tmp_path, capsys):
    """What `make run` does: the seeds into a workbook, opened again with openpyxl."""
    out = tmp_path / "seeds.xlsx"
    assert main(["normalize", str(RAW), "-o", str(out), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["indicators"], summary["projects"], summary["files"]) == (107, 27, 2)
    wb = openpyxl.load_workbook(out, read_only=True)
    assert wb.sheetnames == ["指标明细", "审核意见", "汇总", "说明"]
    sheet = wb["指标明细"]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 107
    written = [r[header.index("原文")] for r in rows]
    expected = [ind.raw for f in sorted(RAW.iterdir()) for ind in zhibiao.read_table(f)]
    assert written == expected                      # every row, in order, with its text
    review = list(wb["审核意见"].iter_rows(min_row=2, values_only=True))
    assert review and review[0][0] == "错误"        # worst first
    deps = [r[0] for r in wb["汇总"].iter_rows(min_row=2, values_only=True)]
    assert sorted(deps) == ["广州市增城区司法局", "广州市花都区司法局"]


def test_folder_with_bad_files_keeps_the_good_rows(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_TXT, encoding="utf-8")
    (folder / "corrupt.xlsx").write_bytes(b"PK\x03\x04 this is not a workbook")
    (folder / "empty.csv").write_bytes(b"")
    (folder / "gbk.csv").write_bytes(GBK_CSV.encode("gbk"))
    out = tmp_path / "out.jsonl"
    assert main(["normalize", str(folder), "-o", str(out), "--json"]) == 1
    captured = capsys.readouterr()
    errors = [line for line in captured.err.splitlines() if line.strip()]
    assert len(errors) == 2
    assert any("corrupt.xlsx" in e for e in errors) and any("empty.csv" in e for e in errors)
    assert all("Traceback" not in e for e in errors)
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["name"] for r in rows] == ["验收合格率", "完成时间", "培训人次", "培训场次",
                                         "群众法律意识", "参训人员满意度"]
    assert json.loads(captured.out)["failed_files"] == 2


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_other_output_formats(tmp_path, suffix, capsys):
    out = tmp_path / f"seeds{suffix}"
    assert main(["normalize", str(RAW / "002_2db091fa1eb2cfa6.txt"), "-o", str(out), "--json"]) == 0
    if suffix == ".csv":
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")       # BOM: Excel reads UTF-8
        frame = pd.read_csv(out)
    elif suffix == ".jsonl":
        frame = pd.read_json(out, lines=True)
    else:
        frame = pd.read_parquet(out)
    assert len(frame) == 70 and {"name", "level2_code", "op", "number", "unit", "raw"} <= set(frame.columns)


def test_normalize_frame_keeps_rows_columns_and_input():
    frame = pd.DataFrame({"序号": [3, 1, 2], "三级指标": ["服务对象满意度", "培训人次", "成本控制"],
                          "指标值": ["≥90%", "500人次以上", "≤20万元"]})
    before = frame.copy()
    out = zhibiao.normalize(frame)
    pd.testing.assert_frame_equal(frame, before)                  # input untouched
    assert list(out.columns[:3]) == ["序号", "三级指标", "指标值"]
    assert out["序号"].tolist() == [3, 1, 2]
    for col in ("level1_code", "level2_code", "class_confidence", "op", "number", "upper", "unit",
                "targets", "value_confidence", "flags"):
        assert col in out.columns
    assert out["op"].tolist() == [">=", ">=", "<="]
    assert out["number"].tolist() == [90.0, 500.0, 200000.0]
    assert out["unit"].tolist() == ["%", "人次", "元"]
    assert out["level1_code"].iloc[0] == "3"


def test_accessor_and_explicit_columns():
    frame = pd.DataFrame({"indicator_text": ["验收合格率"], "target": ["≥95%"]})
    out = frame.zhibiao.normalize(name="indicator_text", value="target")
    assert out["op"].tolist() == [">="] and len(out) == 1
    with pytest.raises(KeyError, match="name"):
        zhibiao.normalize(frame)
    with pytest.raises(TypeError):
        zhibiao.normalize(["not", "a", "frame"])


@pytest.mark.parametrize("args, words", [
    (["normalize", str(RAW), "-o", "out.txt"], ["out.txt", "不支持的输出格式"]),
    (["train", "--corpus", "no-such-folder", "-o", "m"], ["no-such-folder"]),
])
def test_bad_arguments_give_one_line(tmp_path, capsys, args, words, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and all(w in err[0] for w in words)


def test_bad_training_file_names_file_and_line(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"name": "a", "level2_code": "11"}\nnot json\n', encoding="utf-8")
    assert main(["train", "--corpus", str(bad), "-o", str(tmp_path / "m")]) == 2
    err = capsys.readouterr().err.strip()
    assert "bad.jsonl, line 2" in err and "\n" not in err


def test_declared_level1_keeps_the_effective_level2_under_it(tmp_path):
    """A table that declares only the level-1: each row's effective level-2 is one of that
    level-1's classes (满意度 has one: 31), whatever the model would say unrestricted."""
    from zhibiao.normalize import normalize_records
    text = "\n".join(["一级指标 | 三级指标 | 指标值",
                      "满意度指标 | 资金拨付及时率 | 100%",
                      "效益指标 | 培训人次 | 500人次",
                      "产出指标 | 群众满意度 | ≥90%"])
    path = tmp_path / "level1.txt"
    path.write_text(text, encoding="utf-8")
    rows = normalize_records(zhibiao.read_table(path))
    assert [r["declared_level1_code"] for r in rows] == ["3", "2", "1"]
    assert rows[0]["level2_effective"] == "31"
    assert rows[1]["level2_effective"] in {"21", "22", "23", "24"}
    assert rows[2]["level2_effective"] in {"11", "12", "13", "14"}


def test_frame_with_declared_categories_and_projects():
    """一级指标/二级指标/项目名称 columns are read: declared codes, the effective level-2 under a
    declared level-1, and project checks per project (乙 has neither 效益 nor 满意度: rule 2)."""
    frame = pd.DataFrame({"项目名称": ["甲", "甲", "甲", "乙"],
                          "一级指标": ["产出指标", "效益指标", "满意度指标", "产出指标"],
                          "二级指标": ["数量指标", None, None, "质量指标"],
                          "三级指标": ["培训人数", "群众法律意识", "群众满意度", "验收合格率"],
                          "指标值": ["≥200人", "明显提升", "≥90%", "100%"]})
    out = zhibiao.normalize(frame)
    assert list(out.columns[:5]) == ["项目名称", "一级指标", "二级指标", "三级指标", "指标值"]
    assert out["declared_level1_code"].tolist() == ["1", "2", "3", "1"]
    assert [c if isinstance(c, str) else None for c in out["declared_level2_code"]] == ["11", None, None, "12"]
    assert out["level2_effective"].iloc[2] == "31"
    assert out["level2_effective"].iloc[1] in {"21", "22", "23", "24"}
    assert out["grade"].iloc[3] == "中"


def test_frame_columns_are_the_batch_rows_columns():
    """normalize(frame) builds its added columns itself (not a whole output row each): every one
    must equal what to_output_row gives for the same records through normalize_records, on the
    corpus's indicator rows with their projects and declared classes."""
    from zhibiao.normalize import FRAME_COLUMNS, _frame_records, normalize_records, to_output_row
    rows = [json.loads(x) for x in (ROOT / "corpus" / "indicators.jsonl").read_text(encoding="utf-8").splitlines()
            if x.strip()][:600]
    frame = pd.DataFrame({"项目名称": [r.get("project") or "" for r in rows],
                          "一级指标": [r.get("declared_level1") or "" for r in rows],
                          "二级指标": [r.get("declared_level2") or "" for r in rows],
                          "三级指标": [r.get("name") or "" for r in rows],
                          "指标值": [r.get("annual_value") or "" for r in rows]})
    optional = {"level1": "一级指标", "level2": "二级指标", "project": "项目名称", "department": None,
                "source": None}
    expected = [to_output_row(r) for r in normalize_records(_frame_records(frame, "三级指标", "指标值", optional))]
    out = zhibiao.normalize(frame)
    assert len(out) == len(rows) > 500
    for col in FRAME_COLUMNS:
        got = [None if isinstance(v, float) and pd.isna(v) else v for v in out[col].tolist()]
        want = [None if isinstance(v, float) and pd.isna(v) else v for v in (e[col] for e in expected)]
        assert got == want, col
