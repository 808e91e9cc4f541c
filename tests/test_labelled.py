"""Labelled files for ``zhibiao evaluate`` and ``zhibiao train`` (zhibiao/labelled.py): tables
read as read_table reads them (merged category cells filled, any encoding), a targets
column scored, value coverage without one, and why rows go unscored. Expected values are
written by hand."""
from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from zhibiao.cli import main
from zhibiao.labelled import LabelledError, load_labelled


def _t(kind, op, value, unit=None):
    return {"kind": kind, "op": op, "value": value, "upper": None, "unit": unit}


def _merged(path: Path, targets: bool = False) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"] + (["targets"] if targets else []))
    rows = [["产出指标", "数量指标", "培训人次", "≥500人次", json.dumps([_t("number", ">=", 500, "人次")], ensure_ascii=False)],
            [None, None, "发放宣传册数量", "2000份", None],
            [None, "质量指标", "培训合格率", "≥95%", json.dumps([_t("number", ">=", 95, "%")])],
            [None, "奇怪指标", "自编指标", "100%", None],
            ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", None]]
    for r in rows:
        ws.append(r if targets else r[:4])
    ws.merge_cells("A2:A5")
    ws.merge_cells("B2:B3")
    wb.save(path)


def test_merged_category_cells_are_filled(tmp_path):
    _merged(tmp_path / "m.xlsx")
    rows = load_labelled(tmp_path / "m.xlsx")
    assert [(r["name"], r["level1_code"], r["level2_code"], r["unlabelled"]) for r in rows] == [
        ("培训人次", "1", "11", None), ("发放宣传册数量", "1", "11", None),
        ("培训合格率", "1", "12", None), ("自编指标", "1", None, "label_not_in_taxonomy"),
        ("参训人员满意度", "3", "31", None)]
    assert rows[1]["where"].endswith("第 3 行")


def test_gbk_csv_with_bare_codes(tmp_path):
    path = tmp_path / "codes.csv"
    path.write_bytes("一级指标,二级指标,三级指标,指标值\n1,11,培训人次,≥500人次\n,,上门服务次数,≥300次\n"
                     "3,31,满意度,≥90%\n,,无名,\n".encode("gbk"))
    rows = load_labelled(path)
    assert [(r["name"], r["level1_code"], r["level2_code"]) for r in rows] == [
        ("培训人次", "1", "11"), ("上门服务次数", "1", "11"), ("满意度", "3", "31"), ("无名", "3", "31")]


def test_machine_keys_as_header_still_read(tmp_path):
    path = tmp_path / "keys.csv"
    path.write_text("name,value_text,level2_code,source_id\n培训人次,≥500人次,11,T1\n验收合格率,100%,99,T1\n",
                    encoding="utf-8")
    rows = load_labelled(path)
    assert [(r["name"], r["level2_code"], r["source"], r["unlabelled"]) for r in rows] == [
        ("培训人次", "11", "T1", None), ("验收合格率", None, "T1", "label_not_in_taxonomy")]


def test_a_bad_targets_cell_names_file_and_row(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("三级指标,指标值,二级指标,targets\n培训人次,≥500人次,数量指标,\n合格率,100%,质量指标,[oops\n",
                    encoding="utf-8")
    with pytest.raises(LabelledError, match=r"t\.csv, 第 3 行: targets"):
        load_labelled(path)


def test_evaluate_a_table_with_targets_says_what_went_unscored(tmp_path, capsys):
    _merged(tmp_path / "m.xlsx", targets=True)
    metrics = tmp_path / "m.json"
    assert main(["evaluate", str(tmp_path / "m.xlsx"), "--report", str(tmp_path / "r.html"),
                 "--metrics", str(metrics)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["unscored_rows"] == 1 and "二级指标不是标准分类" in out["note"]
    f = json.loads(metrics.read_text(encoding="utf-8"))
    assert f["about"]["class_rows"] == 4 and f["about"]["value_rows"] == 2
    assert f["unscored"]["class"]["label_not_in_taxonomy"] == 1
    assert f["unscored"]["value"] == {"no_targets": 3}
    assert f["unscored"]["rows"] == 1                     # 自编指标: neither class nor targets
    assert f["values"]["rows"] == 2 and f["headline"]["value_exact_match"] == 1.0


def test_evaluate_without_targets_reports_value_coverage(tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("三级指标,指标值,一级指标,二级指标\n培训人次,≥500人次,产出指标,数量指标\n"
                    "群众法律意识,明显提升,效益指标,社会效益指标\n宣传次数,,产出指标,\n",
                    encoding="utf-8")
    metrics = tmp_path / "m.json"
    assert main(["evaluate", str(path), "--report", str(tmp_path / "r.html"),
                 "--metrics", str(metrics)]) == 0
    f = json.loads(metrics.read_text(encoding="utf-8"))
    assert f["values"] is None
    assert f["unscored"]["value"] == {"no_targets_column": 3}
    cov = f["value_coverage"]
    assert (cov["rows"], cov["with_value"], cov["empty_value"], cov["quantified"]) == (3, 2, 1, 1)
    # 宣传次数 starts a new 产出指标 group with a blank level-2: nothing above it in that group
    # to fill from (社会效益指标 belongs to 效益指标), so it has no label
    assert f["unscored"]["class"]["no_label"] == 1


def test_baseline_comparison_on_the_same_rows(tmp_path):
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"name": "服务对象满意度", "value_text": "≥90%", "level2_code": "31"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    metrics = tmp_path / "m.json"
    assert main(["evaluate", str(path), "--baseline", "--report", str(tmp_path / "r.html"),
                 "--metrics", str(metrics)]) == 0
    f = json.loads(metrics.read_text(encoding="utf-8"))
    b = f["baseline_model"]                               # the shipped model against itself
    assert b["headline"]["level2_accuracy"] == f["headline"]["level2_accuracy"] == 1.0
    assert b["delta"]["level2_accuracy"] == 0 and b["fixed_rows"] == b["broken_rows"] == 0
