"""The reviewer's workbook (issue 14): Chinese by default, English on request; readable
targets and flags; the review sheet's row numbers point at the right 指标明细 row; unknown
amounts stay empty; the review columns come back when the workbook is read again; the 说明
sheet explains every column and every rule. Expected texts are written by hand here or in
tests/fixtures/target_text.jsonl."""
from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from zhibiao import display, lexicon, writers
from zhibiao.normalize import OUTPUT_COLUMNS, REVIEW_FIELDS, normalize_records
from zhibiao.records import Indicator
from zhibiao.reviewed import ReviewedError, is_output_workbook, labels_of, read_reviewed

FIXTURES = Path(__file__).parent / "fixtures"
CASES = [json.loads(x) for x in (FIXTURES / "target_text.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]


def _records() -> list[Indicator]:
    """Two projects of one department; the first has an amount, the second none."""
    rows = [("项目甲", 50.0, "产出指标", "数量指标", "培训人次", "≥500人次"),
            ("项目甲", 50.0, "产出指标", "质量指标", "培训合格率", "≥95%"),
            ("项目甲", 50.0, "满意度指标", "服务对象满意度指标", "参训人员满意度", "=100%"),
            ("项目乙", None, "产出指标", "数量指标", "宣传次数", ""),
            ("项目乙", None, "效益指标", "社会效益指标", "群众法律意识", "明显提升")]
    return [Indicator(source="t.xlsx", location={"sheet": "表1", "row": i + 2}, department="某局",
                      project=p, project_amount=a, declared_level1=l1, declared_level2=l2, name=n,
                      annual_value=v, raw=f"{n} | {v}") for i, (p, a, l1, l2, n, v) in enumerate(rows)]


@pytest.fixture(scope="module")
def normalised():
    return normalize_records(_records())


@pytest.fixture(scope="module")
def book(normalised, tmp_path_factory):
    return writers.write(normalised, tmp_path_factory.mktemp("wb") / "out.xlsx")


@pytest.mark.parametrize("case", CASES, ids=[c["zh"] or "empty" for c in CASES])
def test_targets_read_as_a_person_writes_them(case):
    assert display.targets_text(case["targets"], "zh") == case["zh"]
    assert display.targets_text(case["targets"], "en") == case["en"]


def test_chinese_sheets_and_headers_by_default(book):
    wb = openpyxl.load_workbook(book, read_only=True)
    assert wb.sheetnames == ["指标明细", "审核意见", "汇总", "说明"]
    header = next(wb["指标明细"].iter_rows(max_row=1, values_only=True))
    for zh in ("项目名称", "三级指标", "指标值（年度）", "目标值（解读）", "分类置信度", "审核意见",
               "审核结论", "改为二级指标", "改为指标值", "审核备注", "原文"):
        assert zh in header
    assert len(header) == len(OUTPUT_COLUMNS)                 # every output column, once
    assert next(wb["审核意见"].iter_rows(max_row=1, values_only=True))[:5] == (
        "严重程度", "规则", "原因", "范围", "指标明细行号")


def test_english_workbook_uses_the_keys(normalised, tmp_path):
    out = writers.write(normalised, tmp_path / "en.xlsx", lang="en")
    wb = openpyxl.load_workbook(out, read_only=True)
    assert wb.sheetnames == ["indicators", "review", "summary", "notes"]
    header = next(wb["indicators"].iter_rows(max_row=1, values_only=True))
    assert set(header) == set(OUTPUT_COLUMNS)
    severities = {r[0] for r in wb["review"].iter_rows(min_row=2, values_only=True)}
    assert severities <= {"error", "warning", "hint"} and severities


def test_unknown_language_is_refused(normalised, tmp_path):
    with pytest.raises(ValueError, match="fr"):
        writers.write(normalised, tmp_path / "x.xlsx", lang="fr")


def test_no_json_for_people(book):
    rows = {r["name"]: r for r in read_reviewed(book)}
    assert rows["培训人次"]["targets"] == "≥ 500 人次"
    assert rows["培训合格率"]["targets"] == "≥ 95 %"
    flags = rows["宣传次数"]["flags"]                       # an empty value is an error (rule 1)
    assert flags.startswith("【错误】") and "{" not in flags
    assert rows["培训人次"]["location"] == "工作表 表1 第 2 行"


def test_review_rows_point_at_their_indicator(book):
    wb = openpyxl.load_workbook(book, read_only=True)
    sheet = list(wb["指标明细"].iter_rows(values_only=True))
    name_col = sheet[0].index("三级指标")
    lines = list(wb["审核意见"].iter_rows(min_row=2, values_only=True))
    indicator_lines = [r for r in lines if r[3] == "指标"]
    assert indicator_lines
    for line in indicator_lines:
        excel_row = line[4]
        assert sheet[excel_row - 1][name_col] == line[8]    # row n of Excel is sheet[n - 1]


def test_unknown_amount_is_empty_not_zero(normalised, tmp_path):
    records = [r for r in _records() if r.project == "项目乙"]
    out = writers.write(normalize_records(records), tmp_path / "noamount.xlsx")
    summary = list(openpyxl.load_workbook(out, read_only=True)["汇总"].iter_rows(values_only=True))
    col = summary[0].index("项目资金合计（万元）")
    assert summary[1][col] is None
    known = list(openpyxl.load_workbook(writers.write(normalised, tmp_path / "a.xlsx"),
                                        read_only=True)["汇总"].iter_rows(values_only=True))
    assert known[1][col] == 50.0                              # 项目甲 only; 项目乙 adds nothing


def test_decision_column_offers_the_choices(book):
    ws = openpyxl.load_workbook(book)["指标明细"]
    validations = ws.data_validations.dataValidation
    assert validations
    assert all(c in validations[0].formula1 for c in ("采纳", "修改", "待定"))


def test_review_columns_come_back_and_become_labels(book, tmp_path):
    wb = openpyxl.load_workbook(book)
    ws = wb["指标明细"]
    header = [c.value for c in ws[1]]
    col = {h: header.index(h) + 1 for h in ("三级指标", "审核结论", "改为二级指标", "改为指标值", "审核备注")}
    by_name = {ws.cell(row=r, column=col["三级指标"]).value: r for r in range(2, ws.max_row + 1)}
    ws.cell(row=by_name["培训合格率"], column=col["改为二级指标"], value="时效指标")
    ws.cell(row=by_name["培训合格率"], column=col["审核备注"], value="示例改正")
    ws.cell(row=by_name["培训人次"], column=col["审核结论"], value="采纳")
    ws.cell(row=by_name["宣传次数"], column=col["改为指标值"], value="≥4次")
    reviewed = tmp_path / "reviewed.xlsx"
    wb.save(reviewed)
    assert is_output_workbook(reviewed)
    rows = {r["name"]: r for r in read_reviewed(reviewed)}
    assert rows["培训合格率"]["review_level2"] == "时效指标" and rows["培训合格率"]["review_note"] == "示例改正"
    corrected = labels_of(rows["培训合格率"], "reviewed.xlsx:3")
    assert (corrected["level1_code"], corrected["level2_code"], corrected["corrected"]) == ("1", "13", ["level2"])
    accepted = labels_of(rows["培训人次"])
    assert (accepted["level2_code"], accepted["decision"]) == ("11", "采纳")
    assert labels_of(rows["宣传次数"])["value_text"] == "≥4次"
    with pytest.raises(ReviewedError, match="reviewed.xlsx:9"):
        labels_of(dict(rows["培训人次"], review_level2="不存在的类"), "reviewed.xlsx:9")


def test_input_rows_carrying_review_fields_keep_them(tmp_path):
    record = dict(_records()[0].to_dict(), extra={"review_decision": "采纳", "review_note": "已核"})
    row = normalize_records([record])[0]
    out = writers.write([row], tmp_path / "kept.jsonl")
    got = json.loads(out.read_text(encoding="utf-8"))
    assert (got["review_decision"], got["review_note"], got["review_level2"]) == ("采纳", "已核", None)
    assert set(REVIEW_FIELDS) <= set(got)


def test_notes_sheet_explains_every_column_and_rule(book):
    cells = {c for row in openpyxl.load_workbook(book, read_only=True)["说明"].iter_rows(values_only=True)
             for c in row if isinstance(c, str)}
    assert set(lexicon.output_columns().indicators) <= cells           # every key, with its meaning
    assert set(lexicon.review_rules().rules) <= cells                  # every rule
    for phrase in ("评级", "置信度", "可免审", "审核栏怎么填", "zhibiao_op"):
        assert any(phrase in c for c in cells), phrase


@pytest.mark.parametrize("suffix", [".xlsx", ".jsonl", ".csv"])
def test_normalize_twice_into_its_input_folder_skips_its_own_output(tmp_path, capsys, suffix):
    import shutil

    from zhibiao.cli import main

    folder = tmp_path / "in"
    shutil.copytree(Path(__file__).parent.parent / "corpus" / "raw", folder)
    out = folder / f"结果{suffix}"
    assert main(["normalize", str(folder), "-o", str(out), "--json", "--quiet"]) == 0
    first = json.loads(capsys.readouterr().out)["indicators"]
    assert main(["normalize", str(folder), "-o", str(out), "--json", "--quiet"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["indicators"] == first == 107      # not read as a table
    assert any(out.name in line and "跳过" in line for line in captured.err.splitlines())
