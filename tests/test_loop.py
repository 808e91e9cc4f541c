"""The review loop of issue 14 on fixtures: ``normalize`` a table -> a reviewer corrects the
workbook's wrong classes in its review columns -> ``train`` on the reviewed workbook and a
small corpus subset -> ``evaluate`` the new model against the shipped one: the corrected rows
are now right.

The table is built from rows of corpus/gold/adjudicated.jsonl (an independent reading of
corpus rows, written by hand); the rows to correct are chosen by comparing the workbook's
level-2 with that label, so nothing here is copied from the code's output.
"""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from zhibiao import lexicon
from zhibiao.cli import main

ROOT = Path(__file__).resolve().parent.parent
ADJUDICATED = ROOT / "corpus" / "gold" / "adjudicated.jsonl"
CORPUS = ROOT / "corpus" / "indicators.jsonl"
TABLE_ROWS = 30        # rows of the table the reviewer reads
SUBSET_STEP = 8        # every 8th corpus row of the other tables trains beside the corrections


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _one_line(err: str) -> str:
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """The workbook normalize wrote for the table, with the reviewer's corrections; the
    truth of each corrected row; the training subset."""
    d = tmp_path_factory.mktemp("loop")
    tax = lexicon.taxonomy()
    truth = [r for r in _jsonl(ADJUDICATED)
             if r["level2_code"] in tax.level2_names and r.get("value_text")][:TABLE_ROWS]
    table = d / "table.csv"
    with table.open("w", encoding="utf-8-sig", newline="") as fh:   # no categories: the model reads them
        w = csv.writer(fh)
        w.writerow(["三级指标", "指标值"])
        w.writerows([r["name"], r["value_text"]] for r in truth)
    out = d / "out.xlsx"
    assert main(["normalize", str(table), "-o", str(out), "--quiet", "--json"]) == 0

    wb = openpyxl.load_workbook(out)
    ws = wb["指标明细"]
    header = [c.value for c in ws[1]]
    col = {h: i for i, h in enumerate(header)}
    body = list(ws.iter_rows(min_row=2))
    assert [r[col["三级指标"]].value for r in body] == [t["name"] for t in truth]
    wrong = [(r, t) for r, t in zip(body, truth) if str(r[col["二级代码（采用）"]].value) != t["level2_code"]]
    right = [(r, t) for r, t in zip(body, truth) if str(r[col["二级代码（采用）"]].value) == t["level2_code"]]
    assert len(wrong) >= 3, "the table needs rows the shipped model reads wrong"
    for i, (cells, t) in enumerate(wrong):           # by name and by code, as a reviewer types
        cells[col["审核结论"]].value = "修改"
        cells[col["改为二级指标"]].value = tax.level2_names[t["level2_code"]] if i % 2 else int(t["level2_code"])
    for cells, _ in right[:3]:
        cells[col["审核结论"]].value = "采纳"
    path = d / "reviewed.xlsx"
    wb.save(path)

    sources = {t["source_id"] for t in truth}
    subset = [r for r in _jsonl(CORPUS) if r["source_id"] not in sources][::SUBSET_STEP]
    sub = d / "subset.jsonl"
    sub.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in subset), encoding="utf-8")
    return {"dir": d, "workbook": path, "subset": sub, "col": col,
            "wrong": [(c[0].row, t) for c, t in wrong], "accepted": 3,
            "subset_labelled": sum(1 for r in subset if r.get("declared_level2_code") in tax.level2_names)}


def test_corrections_train_a_model_that_reads_them_right(reviewed, capsys):
    d, tax = reviewed["dir"], lexicon.taxonomy()
    model = d / "model"
    assert main(["train", str(reviewed["workbook"]), str(reviewed["subset"]), "-o", str(model),
                 "--no-library"]) == 0
    card = json.loads(capsys.readouterr().out)
    assert card["labels"]["corrected"] == len(reviewed["wrong"])
    assert card["labels"]["accepted"] == reviewed["accepted"]
    assert card["labels"]["declared"] == reviewed["subset_labelled"]
    assert "改正" in card["note"]

    # the rows the reviewer corrected, with their true classes, as a bureau's labelled table
    labelled = d / "corrected.csv"
    with labelled.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["三级指标", "指标值", "二级指标"])
        w.writerows([t["name"], t["value_text"], tax.level2_names[t["level2_code"]]]
                    for _, t in reviewed["wrong"])
    metrics = d / "m.json"
    assert main(["evaluate", str(labelled), "--model", str(model), "--baseline",
                 "--report", str(d / "r.html"), "--metrics", str(metrics)]) == 0
    f = json.loads(metrics.read_text(encoding="utf-8"))
    assert f["about"]["class_rows"] == len(reviewed["wrong"])
    assert f["headline"]["level2_accuracy"] == 1.0               # every corrected row now right
    old = f["baseline_model"]
    assert old["headline"]["level2_accuracy"] < 1.0 and old["broken_rows"] == 0
    assert old["fixed_rows"] >= 1 and old["delta"]["level2_accuracy"] > 0
    assert {r["name"] for r in old["fixed"]} <= {t["name"] for _, t in reviewed["wrong"]}

    # the reviewed workbook itself as labelled data: its corrections are the truth
    assert main(["evaluate", str(reviewed["workbook"]), "--model", str(model),
                 "--report", str(d / "r2.html"), "--metrics", str(d / "m2.json")]) == 0
    f = json.loads((d / "m2.json").read_text(encoding="utf-8"))
    assert f["labels"] == {"declared": 0, "accepted": 3, "corrected": len(reviewed["wrong"])}
    assert f["about"]["class_rows"] == 3 + len(reviewed["wrong"])
    assert f["unscored"]["class"]["not_reviewed"] == TABLE_ROWS - 3 - len(reviewed["wrong"])
    assert f["unscored"]["value"] == {"no_targets_column": TABLE_ROWS}
    assert f["value_coverage"]["with_value"] == TABLE_ROWS
    assert f["headline"]["level2_accuracy"] == 1.0


def test_a_bad_correction_is_one_line_naming_file_and_row(reviewed, capsys):
    d = reviewed["dir"]
    bad = d / "bad.xlsx"
    shutil.copy(reviewed["workbook"], bad)
    wb = openpyxl.load_workbook(bad)
    ws = wb["指标明细"]
    row = reviewed["wrong"][0][0]
    ws.cell(row=row, column=reviewed["col"]["改为二级指标"] + 1).value = "不存在的类"
    wb.save(bad)
    assert main(["train", str(bad), str(reviewed["subset"]), "-o", str(d / "never")]) == 2
    line = _one_line(capsys.readouterr().err)
    assert "bad.xlsx" in line and f"第 {row} 行" in line and "不存在的类" in line
    assert not (d / "never").exists()
    assert main(["evaluate", str(bad), "--report", str(d / "x.html"), "--metrics", str(d / "x.json")]) == 2
    line = _one_line(capsys.readouterr().err)
    assert "bad.xlsx" in line and f"第 {row} 行" in line


# ------------------------------------------------------------------- train on users' tables
def _merged_xlsx(path: Path) -> None:
    """A bureau's sheet: a title row, 一级/二级 cells merged down over their rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2024年度项目绩效目标表"])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    ws.append(["产出指标", "数量指标", "培训人次", "≥500人次"])
    ws.append([None, None, "发放宣传册数量", "≥2000份"])
    ws.append([None, "质量指标", "培训合格率", "≥95%"])
    ws.append([None, None, "验收合格率", "100%"])
    ws.append([None, "时效指标", "完成时间", "2024年12月底前"])
    ws.append(["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"])
    ws.merge_cells("A3:A7")
    ws.merge_cells("B3:B4")
    ws.merge_cells("B5:B6")
    wb.save(path)


GBK_CSV = ("一级指标,二级指标,三级指标,指标值\n"
           "产出指标,数量指标,新建道路长度,≥12公里\n"
           ",,改造管网长度,≥8公里\n"                     # blank: the cell above, as merged
           ",质量指标,工程验收合格率,100%\n"
           ",时效指标,工程完工时间,2024年10月底前\n"
           "效益指标,社会效益指标,群众出行便利程度,明显改善\n"
           "满意度指标,服务对象满意度指标,沿线居民满意度,≥85%\n")


def test_train_on_a_merged_xlsx_and_a_gbk_csv(tmp_path, capsys):
    tables = tmp_path / "tables"
    tables.mkdir()
    _merged_xlsx(tables / "培训项目.xlsx")
    (tables / "道路项目.csv").write_bytes(GBK_CSV.encode("gbk"))
    assert main(["train", str(tables), "-o", str(tmp_path / "m"), "--no-library"]) == 0
    card = json.loads(capsys.readouterr().out)
    assert card["labels"] == {"declared": 12, "accepted": 0, "corrected": 0,
                              "value_corrected": 0, "unlabelled": 0}
    assert card["rows"] == 12 and card["tables"] == 2              # each file its own group
    assert card["class_counts"] == {"11": 4, "12": 3, "13": 2, "22": 1, "31": 2}


def test_train_names_an_unreadable_table(tmp_path, capsys):
    bad = tmp_path / "坏表.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    assert main(["train", str(bad), "-o", str(tmp_path / "m")]) == 2
    assert "坏表.xlsx" in _one_line(capsys.readouterr().err)
    notes = tmp_path / "无类别.csv"
    notes.write_text("说明\n这不是指标表\n", encoding="utf-8")
    assert main(["train", str(notes), "-o", str(tmp_path / "m")]) == 2
    assert "无类别.csv" in _one_line(capsys.readouterr().err)
