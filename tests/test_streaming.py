"""Batch normalisation in bounded memory (issue 17): the streaming normaliser gives exactly the
rows, flags and grades of normalize_records; every output format is written row by row, keeps
every row in order, never leaves a half-written file, and an xlsx cell never stops a batch."""
import builtins
import errno
import gc
import importlib
import io
import json
import sys
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from zhibiao import writers
from zhibiao.cli import main
from zhibiao.normalize import normalize_records, summary, to_output_row
from zhibiao.streaming import normalize_stream
from zhibiao.records import Indicator
from zhibiao.reviewed import read_reviewed

zn = importlib.import_module("zhibiao.normalize")   # the module (zhibiao.normalize is also a function)
zs = importlib.import_module("zhibiao.streaming")

# (name, annual value) pairs as tables write them; cycled over the projects below
PAIRS = [("培训人次", "≥500人次"), ("培训场次", "10场"), ("验收合格率", "100%"),
         ("完成时间", "2024年12月底前"), ("项目成本", "≤12万元"), ("群众法律意识", "有所提升"),
         ("参训人员满意度", "≥90%"), ("服务对象满意率", "95%以上"), ("发放补贴户数", "300余户"),
         ("设备采购数量", "8台")]
TEXTY = [("工作机制", "逐步完善"), ("群众获得感", "明显增强"), ("宣传效果", "良好"),
         ("服务质量", "有效提升"), ("培训人次", "≥200人次")]


def _rows(source, project, n, start=0, pairs=PAIRS, extra=None, **context):
    out = []
    for i in range(start, start + n):
        name, value = pairs[i % len(pairs)]
        out.append(Indicator(source=source, location={"row": i + 1}, project=project, name=name,
                             annual_value=value, raw=f"{project or ''} | {name} | {value}",
                             extra=dict(extra(i)) if extra else {}, **context))
    return out


def _basis(i):
    """A table with a basis and a formula column, some cells empty or weak (rules 13, 26)."""
    cells = {}
    if i % 3:
        cells["指标值设定依据"] = "计划标准" if i % 3 == 1 else "领导要求"
    if i % 4 == 0:
        cells["计算公式"] = "完成数/计划数"
    return cells


def records():
    """Three tables: one whose project P1 comes back after P2 (rows not together) and whose
    P3 is longer than a chunk, with basis/formula columns; a text-heavy table (rule 8 at
    table level) without projects; a small table with a year and an amount."""
    recs = _rows("a.xlsx", "P1", 4, extra=_basis, department="甲局")
    recs += _rows("a.xlsx", "P2", 3, start=4, extra=_basis, department="甲局")
    recs += _rows("a.xlsx", "P1", 2, start=10, extra=_basis, department="甲局")
    recs += _rows("a.xlsx", "P3", 40, extra=_basis, department="乙局")
    recs += _rows("b.csv", None, 9, pairs=TEXTY)
    recs += _rows("c.txt", "P9", 6, year=2024, project_amount=10.0, department="丙局")
    return recs


def _streamed(recs, chunk_rows, tmp_path):
    with normalize_stream(recs, workdir=tmp_path, chunk_rows=chunk_rows) as stream:
        rows = list(stream.rows())
        return rows, stream.summary()


@pytest.mark.parametrize("chunk_rows", [1, 3, 8, 10_000])
def test_stream_gives_the_rows_of_normalize_records(tmp_path, chunk_rows, monkeypatch):
    """Same rows, same order, same flags (in the same order), same project and table grades,
    same summary: whatever the chunk size, with projects cut over chunks (P1 interrupted by
    P2; P3 longer than CHUNK_CAP chunks of 3) and checked again over all their rows, some
    held in memory and one long project read back from disk (MEMBER_BATCH). The table path
    decodes runs of at most MAX_CHAIN rows (5 here), and the stream cuts P3 only between runs."""
    monkeypatch.setattr(zs, "MEMBER_BATCH", 10)
    monkeypatch.setattr(importlib.import_module("zhibiao.table_classifier"), "MAX_CHAIN", 5)
    recs = records()
    expected_internal = normalize_records(recs)
    expected = [to_output_row(r) for r in expected_internal]
    rows, streamed_summary = _streamed(recs, chunk_rows, tmp_path)
    assert len(rows) == len(recs) == 64
    assert rows == expected
    assert streamed_summary == summary(expected_internal)
    assert list(tmp_path.iterdir()) == []                          # the spill is gone


def test_stream_keeps_the_checks_that_need_a_whole_project_or_table(tmp_path):
    """Written by hand from the records: P1's names repeat only across its two runs (rule
    27 needs both, which sit in different chunks); the text-heavy table gets rule 8 at table
    level on every row; table a's rows without a basis cell get rule 13, those with a weak
    basis 13b."""
    rows, _ = _streamed(records(), 3, tmp_path)
    p1 = [r for r in rows if r["project"] == "P1"]
    assert [r["name"] for r in p1] == ["培训人次", "培训场次", "验收合格率", "完成时间",
                                       "培训人次", "培训场次"]
    repeated = [f["reason"] for f in p1[0]["project_flags"] if f["rule"] == "27"]
    assert len(repeated) == 2 and "培训人次" in repeated[0] and "培训场次" in repeated[1]
    assert all(r["project_flags"] == p1[0]["project_flags"] for r in p1)
    b = [r for r in rows if r["source"] == "b.csv"]
    assert all(any(f["rule"] == "8" for f in r["project_flags"]) for r in b)
    a = [r for r in rows if r["source"] == "a.xlsx"]
    index = [*range(4), *range(4, 7), *range(10, 12), *range(40)]
    no_basis = [r for r, i in zip(a, index) if i % 3 == 0]
    weak = [r for r, i in zip(a, index) if i % 3 == 2]
    assert no_basis and all(any(f["rule"] == "13" for f in r["flags"]) for r in no_basis)
    assert weak and all(any(f["rule"] == "13" and "领导要求" in f["reason"] for f in r["flags"])
                        for r in weak)
    assert len({r["table_grade"] for r in a}) == 1
    p3 = [r for r in rows if r["project"] == "P3"]
    assert any(f["rule"] == "27" for f in p3[0]["project_flags"])   # its names repeat


def _csv_table(path, n):
    lines = ["项目名称,一级指标,二级指标,三级指标,指标值"]
    cats = [("产出指标", "数量指标"), ("产出指标", "质量指标"), ("效益指标", "社会效益指标"),
            ("满意度指标", "服务对象满意度指标")]
    for i in range(n):
        name, value = PAIRS[i % len(PAIRS)]
        l1, l2 = cats[i % len(cats)]
        lines.append(f"项目{i // 7},{l1},{l2},{name}{i},{value}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _read_back(out):
    suffix = out.suffix
    if suffix == ".jsonl":
        return [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    if suffix == ".csv":
        return pd.read_csv(out, dtype=str, keep_default_na=False).to_dict("records")
    if suffix == ".parquet":
        return pd.read_parquet(out).to_dict("records")
    return list(read_reviewed(out))          # 指标明细 and its continuations, under the keys


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet", ".xlsx"])
def test_rows_in_rows_out_in_order_with_raw_text(tmp_path, suffix, monkeypatch, capsys):
    """N rows in, N rows out, in order, each with its raw text, through the command line
    with chunks of 7 rows."""
    monkeypatch.setattr(zs, "CHUNK_ROWS", 7)
    table = tmp_path / "in" / "t.csv"
    table.parent.mkdir()
    _csv_table(table, 61)
    out = tmp_path / "out" / f"t{suffix}"
    assert main(["normalize", str(table), "-o", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["indicators"] == 61
    rows = _read_back(out)
    assert [r["name"] for r in rows] == [f"{PAIRS[i % len(PAIRS)][0]}{i}" for i in range(61)]
    lines = table.read_text(encoding="utf-8").splitlines()[1:]
    assert [r["raw"] for r in rows] == lines
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]   # no temporary left


# --------------------------------------------------------------- defect: control characters
CONTROL = [Indicator(source="t.xlsx", project="P", name="培训\x1b人次", annual_value="≥500\x0b人次",
                     raw="培训\x1b人次 | ≥500\x0b人次 | \x00"),
           Indicator(source="t.xlsx", project="P", name="满意度", annual_value="≥90%",
                     raw="满意度 | ≥90%")]


def test_xlsx_cells_drop_control_characters_other_formats_keep_them(tmp_path):
    """ESC, vertical tab and NUL cannot be written in xlsx XML: they are dropped from the
    cells (the batch goes on); .jsonl, .csv and .parquet keep the text exactly."""
    rows = normalize_records(CONTROL)
    out = writers.write(rows, tmp_path / "t.xlsx")
    got = _read_back(out)
    assert [r["name"] for r in got] == ["培训人次", "满意度"]
    assert got[0]["annual_value"] == "≥500人次" and got[0]["raw"] == "培训人次 | ≥500人次 | "
    for suffix in (".jsonl", ".csv", ".parquet"):
        back = _read_back(writers.write(rows, tmp_path / f"t{suffix}"))
        assert [r["name"] for r in back] == ["培训\x1b人次", "满意度"]
        assert back[0]["raw"] == "培训\x1b人次 | ≥500\x0b人次 | \x00"


def test_formula_and_error_like_text_stays_text_in_xlsx(tmp_path):
    recs = [Indicator(source="t", project="P", name="合格率", annual_value="=SUM(B2:B5)", raw="x"),
            Indicator(source="t", project="P", name="完成率", annual_value="#DIV/0!", raw="y")]
    out = writers.write(normalize_records(recs), tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(out)
    ws = wb["指标明细"]
    header = [c.value for c in ws[1]]
    col = header.index("指标值（年度）") + 1
    assert [ws.cell(row=r, column=col).value for r in (2, 3)] == ["=SUM(B2:B5)", "#DIV/0!"]
    assert [ws.cell(row=r, column=col).data_type for r in (2, 3)] == ["s", "s"]


# ------------------------------------------------------------------------ defect: full disk
class _FullDisk:
    """open() for files in one folder: writes succeed until `room` bytes, then ENOSPC."""

    def __init__(self, folder, room):
        self.folder, self.room, self.real = str(folder), room, builtins.open

    def __call__(self, file, mode="r", *args, **kwargs):
        fh = self.real(file, mode, *args, **kwargs)
        if isinstance(file, (str, Path)) and str(file).startswith(self.folder) and \
                any(m in mode for m in "wax+"):
            return _Filling(fh, self)
        return fh


class _Filling:
    def __init__(self, fh, disk):
        self._fh, self._disk = fh, disk

    def write(self, data):
        n = len(data)
        if n > self._disk.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self._disk.room -= n
        return self._fh.write(data)

    def __getattr__(self, name):
        return getattr(self._fh, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._fh.close()


@pytest.mark.parametrize("suffix", [".xlsx", ".jsonl", ".csv", ".parquet"])
@pytest.mark.parametrize("room", [0, 3_000])
def test_full_disk_leaves_no_partial_output(tmp_path, monkeypatch, capsys, suffix, room):
    """A disk that fills while OUT is written: one line naming OUT, a non-zero exit code,
    nothing left in the folder (no partial file, no temporary), and no 'Exception ignored
    in ZipFile.__del__' noise."""
    table = tmp_path / "t.csv"
    _csv_table(table, 40)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / f"t{suffix}"
    disk = _FullDisk(folder, room)
    monkeypatch.setattr(builtins, "open", disk)
    monkeypatch.setattr(io, "open", disk)
    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    code = main(["normalize", str(table), "-o", str(out), "--json"])
    gc.collect()
    monkeypatch.undo()
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert code != 0
    assert len(err) == 1 and str(out) in err[0] and "Traceback" not in err[0]
    assert list(folder.iterdir()) == []
    assert unraisable == []


def test_full_disk_while_spilling_leaves_nothing(tmp_path, monkeypatch, capsys):
    """The rows spilled between the two passes sit next to OUT: a full disk there is the
    same one-line message, and the spill is removed."""
    table = tmp_path / "t.csv"
    _csv_table(table, 20)
    folder = tmp_path / "out"
    folder.mkdir()

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zs.pickle, "dump", full)
    code = main(["normalize", str(table), "-o", str(folder / "t.jsonl"), "--json"])
    monkeypatch.undo()
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert code != 0 and len(err) == 1 and "t.jsonl" in err[0]
    assert list(folder.iterdir()) == []


def test_failed_write_keeps_an_existing_output(tmp_path, monkeypatch):
    """The old OUT stays as it was until the new one is complete."""
    out = tmp_path / "t.jsonl"
    out.write_text("old\n", encoding="utf-8")
    rows = normalize_records(CONTROL)
    disk = _FullDisk(tmp_path, 10)
    monkeypatch.setattr(builtins, "open", disk)
    with pytest.raises(writers.WriteError, match="t.jsonl"):
        writers.write(rows, out)
    monkeypatch.undo()
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["t.jsonl"]


# ------------------------------------------------------------------------- xlsx sheet limits
def test_sheets_continue_past_the_row_limit(tmp_path, monkeypatch, capsys):
    """With a sheet limit of 6 rows (header + 5), 12 indicator rows go on in 指标明细_2 and
    指标明细_3, in order, each sheet with its header; the review sheet likewise; stderr
    says so in one line per sheet."""
    monkeypatch.setattr(writers, "MAX_SHEET_ROWS", 6)
    table = tmp_path / "t.csv"
    _csv_table(table, 12)
    out = tmp_path / "t.xlsx"
    assert main(["normalize", str(table), "-o", str(out), "--json"]) == 0
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    wb = openpyxl.load_workbook(out, read_only=True)
    names = wb.sheetnames
    assert names[:3] == ["指标明细", "指标明细_2", "指标明细_3"]
    assert names[-2:] == ["汇总", "说明"] and "审核意见_2" in names
    assert [sum(1 for _ in wb[n].iter_rows()) for n in names[:3]] == [6, 6, 3]
    assert [r["name"] for r in _read_back(out)] == [f"{PAIRS[i % len(PAIRS)][0]}{i}" for i in range(12)]
    assert any("指标明细_2" in e for e in err) and any("审核意见_2" in e for e in err)
    assert len(err) == 2


def test_review_sheet_is_worst_first_then_by_row(tmp_path):
    rows = normalize_records(records())
    out = writers.write(rows, tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(out, read_only=True)
    got = list(wb["审核意见"].iter_rows(min_row=2, values_only=True))
    order = {"错误": 0, "警告": 1, "提示": 2}
    keys = [(order[r[0]], r[4]) for r in got]
    assert keys == sorted(keys)
    expected = writers.review_rows(rows)
    assert len(got) == len(expected)
    zh = {"error": "错误", "warning": "警告", "hint": "提示", "indicator": "指标", "project": "项目"}
    # the sheet's row is the Excel row of 指标明细 (header is row 1): data row k is row k + 1
    assert [tuple(r[:5]) for r in got] == [(zh[a], b, c, zh[d], e + 1) for a, b, c, d, e in
                                           expected[["severity", "rule", "reason", "scope", "row"]].values.tolist()]
    # the colour (RGB; the alpha byte depends on the writing library)
    fills = {r[0].value: r[0].fill.fgColor.rgb[-6:] for r in openpyxl.load_workbook(out)["审核意见"].iter_rows(min_row=2)}
    assert fills == {"错误": "F8CBAD", "警告": "FFE699", "提示": "E2EFDA"}


def test_record_copy_is_to_dict():
    """normalize's quick copy of a record gives what Indicator.to_dict gives."""
    ind = Indicator(source="s.xlsx", location={"sheet": "表1", "row": 3}, department="甲局",
                    project="P", project_amount=12.5, year=2024, declared_level1="产出指标",
                    name="培训人次", annual_value="≥500人次", extra={"指标值设定依据": "计划标准"},
                    raw="培训人次 | ≥500人次")
    ind.add_flag("read.label", "value label missing", "hint")
    copied = zn._as_dict(ind)
    assert copied == ind.to_dict()
    copied["flags"][0]["rule"] = "x"
    copied["extra"]["k"] = "v"
    assert ind.flags[0]["rule"] == "read.label" and "k" not in ind.extra
