"""Readers over fixtures built here (no files outside the checkout): one small 绩效目标表 in
every format and page-text shape, with the expected rows written out by hand."""
import csv
import io

import pytest

import zhibiao

PROJECT, DEPARTMENT = "社区法律服务经费", "某区司法局"
# (declared_level1, declared_level2, name, annual_value, level1_code, level2_code)
EXPECTED = [
    ("产出指标", "数量指标", "法律咨询人次", "≥500人次", "1", "11"),
    ("产出指标", "数量指标", "法治讲座场次", "12场", "1", "11"),
    ("产出指标", "质量指标", "案件办结率", "100%", "1", "12"),
    ("效益指标", "社会效益指标", "群众法律意识", "明显提升", "2", "22"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "3", "31"),
]
HEADER = ["一级指标", "二级指标", "三级指标", "指标值"]
# the grid as a merged-cell table shows it: a category only on its group's first row
GRID = [
    ["产出指标", "数量指标", "法律咨询人次", "≥500人次"],
    ["", "", "法治讲座场次", "12场"],
    ["", "质量指标", "案件办结率", "100%"],
    ["效益指标", "社会效益指标", "群众法律意识", "明显提升"],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
]
CONTEXT = [["项目名称", PROJECT], ["主管部门", DEPARTMENT], ["资金情况（万元）", "50.00"],
           ["年度总体目标", "为群众提供法律咨询和法治宣传服务"]]
SIGNOFF = [["审核意见", "同意"], ["单位盖章"]]


def rows_of(records):
    return [(r.declared_level1, r.declared_level2, r.name, r.annual_value,
             r.declared_level1_code, r.declared_level2_code) for r in records]


def check(records, expected=EXPECTED, amount=50.0):
    assert rows_of(records) == expected
    for r in records:
        assert (r.project, r.department, r.project_amount) == (PROJECT, DEPARTMENT, amount)
        assert r.raw and r.location and not [f for f in r.flags if f["severity"] == "error"]


# ------------------------------------------------------------------------------- xlsx
def test_xlsx_merged_cells_and_split_value_columns(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    ws.append(["2024年度项目支出绩效目标申报表"])
    ws.merge_cells("A1:F1")
    for label, value in CONTEXT:
        ws.append([label, value])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值类型", "目标值", "计量单位"])
    ws.append(["产出指标", "数量指标", "法律咨询人次", "≥", 500, "人次"])
    ws.append([None, None, "法治讲座场次", "＝", 12, "场"])
    ws.append([None, "质量指标", "案件办结率", "≥", 100, "%"])
    ws.append(["效益指标", "社会效益指标", "群众法律意识", "定性", "明显提升", None])
    ws.append(["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", 0.9, None])
    ws["E11"].number_format = "0%"           # 0.9 shown as 90%
    ws.merge_cells("A7:A9")                  # 产出指标 spans three rows
    ws.merge_cells("B7:B8")                  # 数量指标 spans two
    ws.append(["审核意见", "同意"])
    path = tmp_path / "table.xlsx"
    wb.save(path)
    records = zhibiao.read_table(path)
    expected = [
        ("产出指标", "数量指标", "法律咨询人次", "≥500人次", "1", "11"),
        ("产出指标", "数量指标", "法治讲座场次", "＝12场", "1", "11"),
        ("产出指标", "质量指标", "案件办结率", "≥100%", "1", "12"),
        ("效益指标", "社会效益指标", "群众法律意识", "明显提升", "2", "22"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "3", "31"),
    ]
    check(records, expected)
    assert [r.unit_column for r in records] == ["人次", "场", "%", None, None]
    assert records[0].year == 2024
    assert records[1].location == {"sheet": "绩效目标表", "row": 8}


# ------------------------------------------------------------------------------- docx
def test_docx_table_with_merged_cells(tmp_path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph("项目支出绩效目标表")
    for label, value in CONTEXT:
        doc.add_paragraph(f"{label}：{value}")
    table = doc.add_table(rows=1 + len(GRID), cols=4)
    for j, text in enumerate(HEADER):
        table.cell(0, j).text = text
    for i, row in enumerate(GRID, 1):
        for j, text in enumerate(row):
            if text:
                table.cell(i, j).text = text
    table.cell(1, 0).merge(table.cell(3, 0))   # 产出指标 over three rows
    table.cell(1, 1).merge(table.cell(2, 1))   # 数量指标 over two
    table.cell(1, 0).text = "产出指标"
    table.cell(1, 1).text = "数量指标"
    doc.add_paragraph("审核意见：同意")
    path = tmp_path / "table.docx"
    doc.save(path)
    check(zhibiao.read_table(path))


# ------------------------------------------------------------------------------- html
def test_html_table_with_rowspan(tmp_path):
    html = f"""<html><body><h3>项目支出绩效目标表</h3>
    <table border=1>
      <tr><td>项目名称</td><td colspan=3>{PROJECT}</td></tr>
      <tr><td>主管部门</td><td colspan=3>{DEPARTMENT}</td></tr>
      <tr><td>资金情况（万元）</td><td colspan=3>50.00</td></tr>
      <tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>
      <tr><td rowspan=3>产出指标</td><td rowspan=2>数量指标</td><td>法律咨询人次</td><td>≥500人次</td></tr>
      <tr><td>法治讲座场次</td><td>12场</td></tr>
      <tr><td>质量指标</td><td>案件办结率</td><td>100%</td></tr>
      <tr><td>效益指标</td><td>社会效益指标</td><td>群众法律意识</td><td>明显提升</td></tr>
      <tr><td>满意度指标</td><td>服务对象满意度指标</td><td>服务对象满意度</td><td>≥90%</td></tr>
      <tr><td>审核意见</td><td colspan=3>同意</td></tr>
    </table></body></html>"""
    path = tmp_path / "table.html"
    path.write_text(html, encoding="utf-8")
    check(zhibiao.read_table(path))


# ------------------------------------------------------------------------------- csv
@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig"])
def test_csv_in_chinese_encodings(tmp_path, encoding):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerows([*CONTEXT, HEADER, *GRID, *SIGNOFF])
    path = tmp_path / "table.csv"
    path.write_bytes(buf.getvalue().encode(encoding))
    check(zhibiao.read_table(path))


# ------------------------------------------------------------------------------- page text
def _context_lines(sep):
    return [sep.join(cells) for cells in CONTEXT]


PIPE = "\n".join(["项目支出绩效目标表", *_context_lines(" | "), " | ".join(HEADER),
                  *[" | ".join(r) for r in GRID], "审核意见 | 同意", "（盖章）"])
SPACES = "\n".join(["项目支出绩效目标表", *_context_lines("    "), "    ".join(HEADER),
                    *["    ".join(c for c in r if c) for r in GRID], "审核意见    同意"])
CELLS = "\n".join(
    ["项目支出绩效目标表"]
    + [line for cells in [*CONTEXT, HEADER, *GRID, ["审核意见", "同意"]]
       for line in [*[f"{c} |" for c in cells if c], "||"]])


@pytest.mark.parametrize("text", [PIPE, SPACES, CELLS, PIPE.replace(" | ", "\t")],
                         ids=["pipe", "spaces", "cells", "tabs"])
def test_page_text_shapes(tmp_path, text):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    records = zhibiao.read_table(path)
    check(records)
    assert all("line" in r.location for r in records)


def test_page_text_missing_merged_cells_in_pipe_shape(tmp_path):
    """Pipe rows that drop the merged cells instead of leaving them blank."""
    text = "\n".join(["项目名称 | " + PROJECT, "主管部门 | " + DEPARTMENT, "资金情况（万元） | 50.00",
                      " | ".join(HEADER), *[" | ".join(c for c in r if c) for r in GRID]])
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    check(zhibiao.read_table(path))


def test_header_variant_with_split_operator_number_unit(tmp_path):
    """绩效指标/指标内容/计算符号/指标值/度量单位/备注: one category column, value in three."""
    text = "\n".join([
        "项目名称：" + PROJECT,
        "绩效指标 | 指标内容 | 计算符号 | 指标值 | 度量单位 | 备注",
        "数量指标 | 培训人次(≥**人次) | ≥ | 300 | 人次 | ",
        " | 培训期数 | ＝ | 4 | 期 | 每季度一期",
        "时效指标 | 完成时间 | ≤ | 2024年12月 |  | ",
        "满意度指标 | 学员满意度 | 定性 | 较高 |  | ",
    ])
    path = tmp_path / "variant.txt"
    path.write_text(text, encoding="utf-8")
    records = zhibiao.read_table(path)
    assert [(r.declared_level1, r.declared_level2, r.name, r.annual_value, r.unit_column)
            for r in records] == [
        (None, "数量指标", "培训人次(≥**人次)", "≥300人次", "人次"),
        (None, "数量指标", "培训期数", "＝4期", "期"),
        (None, "时效指标", "完成时间", "≤2024年12月", None),
        ("满意度指标", None, "学员满意度", "较高", None),
    ]
    assert [(r.declared_level1_code, r.declared_level2_code) for r in records] == [
        (None, "11"), (None, "11"), (None, "13"), ("3", None)]
    assert records[1].extra == {"备注": "每季度一期"}


def test_period_and_annual_columns(tmp_path):
    text = "\n".join([
        "一级指标\t二级指标\t三级指标\t实施周期指标值\t年度指标值",
        "产出指标\t数量指标\t新建村居法律服务站\t≥100个\t≥30个",
        "成本指标\t经济成本指标\t单站建设成本\t≤2万元\t≤2万元",
    ])
    path = tmp_path / "period.txt"
    path.write_text(text, encoding="utf-8")
    records = zhibiao.read_table(path)
    assert [(r.name, r.period_value, r.annual_value, r.declared_level1_code, r.declared_level2_code)
            for r in records] == [("新建村居法律服务站", "≥100个", "≥30个", "1", "11"),
                                  ("单站建设成本", "≤2万元", "≤2万元", "1", "14")]


@pytest.mark.parametrize("halves", [("实施期", "年度"), ("年度", "实施期")])
@pytest.mark.parametrize("form", ["xlsx", "txt"])
def test_second_header_row_writing_half_labels_under_a_spanning_value(tmp_path, form, halves):
    """指标值 merged over two columns, the row under it writing only 实施期 | 年度: the twin value
    columns, in the order written; the second header row is no indicator."""
    first, second = halves
    rows = [["一级指标", "二级指标", "三级指标", "指标值", None],
            [None, None, None, first, second],
            ["产出指标", "数量指标", "培训人次", "≥1000人次", "≥500人次"]]
    if form == "xlsx":
        openpyxl = pytest.importorskip("openpyxl")
        wb = openpyxl.Workbook()
        for row in rows:
            wb.active.append(row)
        wb.active.merge_cells("D1:E1")
        path = tmp_path / "twin.xlsx"
        wb.save(path)
    else:
        path = tmp_path / "twin.txt"
        path.write_text("\n".join("\t".join(c or "" for c in row) for row in rows), encoding="utf-8")
    records = zhibiao.read_table(path)
    want = ("≥1000人次", "≥500人次") if first == "实施期" else ("≥500人次", "≥1000人次")
    assert [(r.name, r.period_value, r.annual_value) for r in records] == [("培训人次", *want)]


def test_impossible_declared_codes_are_kept_and_flagged(tmp_path):
    text = "\n".join(["一级指标 | 二级指标 | 三级指标 | 指标值",
                      "满意度指标 | 数量指标 | 群众满意率 | ≥90%",
                      "5-服务对象满意度 | | 投诉办结率 | 100%"])
    path = tmp_path / "codes.txt"
    path.write_text(text, encoding="utf-8")
    first, second = zhibiao.read_table(path)
    assert (first.declared_level1, first.declared_level2) == ("满意度指标", "数量指标")
    assert (first.declared_level1_code, first.declared_level2_code) == ("3", "11")
    assert [(f["rule"], f["severity"], f["reason"]) for f in first.flags] == [
        ("7", "error", "申报类别有误：二级指标“数量指标”（11）不属于一级指标“满意度指标”（3）")]
    assert second.declared_level1 == "5-服务对象满意度" and second.declared_level1_code == "3"
    assert [f["reason"] for f in second.flags if f["rule"] == "7"] == [
        "申报类别有误：一级指标“5-服务对象满意度”的代码 5 不存在，按名称读为 3（满意度指标）"]


def test_content_decides_the_format_not_the_extension(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    for row in [HEADER, *GRID]:
        wb.active.append(row)
    path = tmp_path / "really-a-workbook.csv"
    wb.save(path)
    assert rows_of(zhibiao.read_table(path)) == EXPECTED


# ------------------------------------------------------------------------------- bad files
def _xlsx_bytes(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    for row in [HEADER, *GRID]:
        wb.active.append(row)
    wb.save(tmp_path / "ok.xlsx")
    return (tmp_path / "ok.xlsx").read_bytes()


BAD = {
    "empty.xlsx": lambda tmp: b"",
    "blank.txt": lambda tmp: b"   \n\n",
    "truncated.xlsx": lambda tmp: _xlsx_bytes(tmp)[:700],
    "picture.xlsx": lambda tmp: b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
    "locked.xlsx": lambda tmp: (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200
                               + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 200),
    "prose.txt": lambda tmp: "本项目旨在提升基层法律服务水平。\n没有任何指标表。\n".encode("utf-8"),
    "noheader.csv": lambda tmp: "名称,金额\n办公经费,12\n".encode("gbk"),
    "broken.pdf": lambda tmp: b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog",
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_files_raise_one_named_error(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(BAD[name](tmp_path))
    with pytest.raises(zhibiao.ReadError) as info:
        zhibiao.read_table(path)
    message = str(info.value)
    assert isinstance(info.value, ValueError)
    assert name in message and "\n" not in message
    assert_chinese(info.value.reason)


# what a reason may name in Latin letters outside its brackets: formats and products
FORMAT_NAMES = {"PDF", "OCR", "Office", "Word", "Excel", "CSV", "HTML", "PNG", "JPEG", "GIF", "RAR",
                "gzip", "zip", "xlsx", "xls", "docx", "doc", "ods", "xml", "rels", "MB", "KB"}


def assert_chinese(reason):
    """A reader's reason is Chinese; technical detail (an exception, a setting) is in brackets."""
    import re
    outside = re.sub(r"（[^（）]*）", "", reason)
    assert re.search(r"[\u4e00-\u9fff]", outside), reason
    words = set(re.findall(r"[A-Za-z]{2,}", re.sub(r"\S*[/\\]\S*", "", outside)))
    assert words <= FORMAT_NAMES, (reason, words - FORMAT_NAMES)


def test_missing_file_and_wrong_argument(tmp_path):
    with pytest.raises(zhibiao.ReadError, match="nothing.xlsx"):
        zhibiao.read_table(tmp_path / "nothing.xlsx")
    with pytest.raises(TypeError):
        zhibiao.read_table(42)


# ------------------------------------------------------------------------------- pdf
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled-table", "page-text"])
def test_pdf_ruled_table_and_page_text(tmp_path, ruled):
    pytest.importorskip("pdfplumber")
    from pdfmaker import make_pdf

    rows = [[label, value] for label, value in CONTEXT] + [HEADER, *GRID] + [["审核意见", "同意"]]
    # ruled: the header block above the grid is plain text, as on a printed form
    first, last = (len(CONTEXT), len(CONTEXT) + len(GRID)) if ruled else (None, None)
    path = make_pdf(rows, tmp_path / "table.pdf", ruled_rows=(first, last))
    records = zhibiao.read_table(path)
    check(records)
    assert all(r.location.get("page") == 1 for r in records) if ruled else True


def test_self_evaluation_layout_in_a_workbook(tmp_path):
    """自评表: header block with money rows, a 绩效指标 block label merged down the left, extra
    columns (实际完成值, 分值, 得分) kept in `extra`, 总分 and sign-off rows as context."""
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [
        ["项目支出绩效自评表（2023年度）"],
        ["项目名称", PROJECT], ["主管部门", DEPARTMENT, "实施单位", "某区法律援助处"],
        ["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", 50, 50, 48, 10, "96%", 9.6],
        ["年度总体目标", "预期目标", "实际完成情况"],
        [None, "为群众提供法律服务", "已完成"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        [None, "产出指标", "数量指标", "法律咨询人次", "≥500人次", "620人次", 20, 20],
        [None, None, "时效指标", "按时完成率", "100%", "100%", 10, 10],
        [None, "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "93%", 10, 10],
        ["总分", None, None, None, None, None, 100, 96],
    ]:
        ws.append(row)
    ws.merge_cells("A4:A5")
    ws.merge_cells("A6:A7")
    ws.merge_cells("A8:A11")
    ws.merge_cells("B9:B10")
    path = tmp_path / "self-eval.xlsx"
    wb.save(path)
    records = zhibiao.read_table(path)
    assert [(r.declared_level1_code, r.declared_level2_code, r.name, r.annual_value)
            for r in records] == [("1", "11", "法律咨询人次", "≥500人次"),
                                  ("1", "13", "按时完成率", "100%"),
                                  ("3", "31", "服务对象满意度", "≥90%")]
    assert records[0].extra == {"实际完成值": "620人次", "分值": "20", "得分": "20"}
    assert (records[0].project, records[0].department, records[0].project_amount,
            records[0].spending_unit, records[0].year) == (PROJECT, DEPARTMENT, 50.0, "某区法律援助处", 2023)


def test_calamine_reader_fills_merged_ranges(tmp_path):
    """.xls/.ods go through python-calamine; it reads .xlsx too, which is what can be built here."""
    openpyxl = pytest.importorskip("openpyxl")
    from zhibiao.readers.spreadsheet import calamine_rows
    from zhibiao.readers.table import TableReader

    wb = openpyxl.Workbook()
    for row in [HEADER, *GRID]:
        wb.active.append(row)
    wb.active.merge_cells("A2:A4")
    wb.active.merge_cells("B2:B3")
    wb.save(tmp_path / "t.xlsx")
    rows = calamine_rows(tmp_path / "t.xlsx")
    assert rows[2].cells[:2] == ["产出指标", "数量指标"]
    assert rows_of(TableReader("t").feed(rows)) == EXPECTED


SPACED_FORM = """2024年度项目支出绩效目标申报表
项目名称：老年人助餐服务补贴        主管部门：某区民政局
资金情况（万元）：年度资金总额 80    其中财政拨款 80
一级指标    二级指标    三级指标    指标值
产出指标    数量指标    助餐服务人次    ≥30000人次
满意度指标    服务对象满意度指标    就餐老人满意度    ≥90%
审核意见：
"""

UNIT_COLUMN_FORM = """绩效指标 | 指标内容 | 指标值 | 度量单位 | 备注
产出指标 | 培训人数 | 200 | 人 |
 | 培训合格率 | ≥95 | % |
"""


def test_two_context_labels_on_one_line(tmp_path):
    path = tmp_path / "form.txt"
    path.write_text(SPACED_FORM, encoding="utf-8")
    rows = zhibiao.read_table(path)
    assert [(r.project, r.department, r.project_amount, r.year) for r in rows] == \
        [("老年人助餐服务补贴", "某区民政局", 80.0, 2024)] * 2
    assert [r.name for r in rows] == ["助餐服务人次", "就餐老人满意度"]


def test_unit_column_joins_a_value_with_its_own_operator(tmp_path):
    path = tmp_path / "units.txt"
    path.write_text(UNIT_COLUMN_FORM, encoding="utf-8")
    assert [(r.name, r.annual_value, r.unit_column) for r in zhibiao.read_table(path)] == \
        [("培训人数", "200人", "人"), ("培训合格率", "≥95%", "%")]


def test_legacy_xls_with_merged_cells(tmp_path):
    """A real BIFF .xls (written with xlwt), read through calamine: merged categories fill
    the rows they span."""
    import xlwt  # test extra: writes the legacy format
    wb = xlwt.Workbook()
    ws = wb.add_sheet("绩效目标")
    cells = [["项目名称", PROJECT], HEADER,
             [None, None, "法律咨询人次", "≥500人次"], [None, None, "法治讲座场次", "12场"],
             [None, "质量指标", "案件办结率", "100%"],
             ["效益指标", "社会效益指标", "群众法律意识", "明显提升"],
             ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"]]
    for i, row in enumerate(cells):
        for j, value in enumerate(row):
            if value:
                ws.write(i, j, value)
    ws.write_merge(2, 4, 0, 0, "产出指标")
    ws.write_merge(2, 3, 1, 1, "数量指标")
    path = tmp_path / "table.xls"
    wb.save(str(path))
    rows = zhibiao.read_table(path)
    assert [(r.declared_level1, r.declared_level2, r.name, r.annual_value,
             r.declared_level1_code, r.declared_level2_code) for r in rows] == EXPECTED
    assert {r.project for r in rows} == {PROJECT}


def test_traditional_script_table_reads_like_simplified(tmp_path):
    """Tables copied from traditional-script pages: headers, categories, operators and units
    are matched after folding to simplified; the text stays as written."""
    text = "\n".join(["一級指標 | 二級指標 | 三級指標 | 指標值",
                      "產出指標 | 數量指標 | 培訓人數 | 不少於200人",
                      "效益指標 | 社會效益指標 | 群眾知曉率 | 不低於90%",
                      "滿意度指標 | 服務對象滿意度指標 | 服務對象滿意度 | ≥95%"])
    path = tmp_path / "trad.txt"
    path.write_text(text, encoding="utf-8")
    rows = zhibiao.read_table(path)
    assert [(r.declared_level1_code, r.declared_level2_code) for r in rows] == [
        ("1", "11"), ("2", "22"), ("3", "31")]
    assert rows[0].name == "培訓人數" and rows[0].annual_value == "不少於200人"
    got = [(t.op, t.value, t.unit) for r in rows for t in zhibiao.parse_value(r.annual_value)]
    assert got == [(">=", 200.0, "人"), (">=", 90.0, "%"), (">=", 95.0, "%")]
    assert zhibiao.classify("服務對象滿意度", "≥95%").level2_code == "31"


def test_real_ods_file_reads_through_calamine(tmp_path):
    """An OpenDocument spreadsheet written by pandas (odfpy), categories on their group's
    first row only, read back by read_table."""
    pytest.importorskip("odf")
    import pandas as pd
    path = tmp_path / "table.ods"
    pd.DataFrame(GRID, columns=HEADER).to_excel(path, engine="odf", index=False)
    assert rows_of(zhibiao.read_table(path)) == EXPECTED


FUNDING_CASES = [
    # a merged 资金 label repeated on every funding line: the 其他资金 line is no project amount
    ("项目名称 | 甲项目\n项目资金（万元） | 年度资金总额 | 386.50\n项目资金（万元） | 其他资金 | 0\n", 386.5),
    ("项目名称 | 甲项目\n年度预算（万元） | 资金总额 | | 5,326.18\n年度预算（万元） | 其中：财政拨款 | | 5,126.18\n"
     "年度预算（万元） | 其他资金 | | 200.00\n", 5326.18),
    # amounts laid out as columns: the 年度资金总额 column, not the 实施期 one
    ("项目名称 | 甲项目\n项目资金 |  | 实施期资金总额 | 年度资金总额\n | 资金总额 | 3000.00 | 1200.00\n", 1200.0),
]


@pytest.mark.parametrize("head,amount", FUNDING_CASES)
def test_project_amount_is_the_years_total(tmp_path, head, amount):
    path = tmp_path / "funding.txt"
    path.write_text(head + "一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 数量指标 | 培训人数 | 100人\n",
                    encoding="utf-8")
    (row,) = zhibiao.read_table(path)
    assert (row.name, row.project_amount) == ("培训人数", amount)


def test_signoff_line_after_the_table_is_no_indicator(tmp_path):
    path = tmp_path / "signoff.txt"
    path.write_text("一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 数量指标 | 培训人数 | 100人\n"
                    "部门负责人：钱立新 | 填报人：许静 | 联系电话：0571-87654321 |\n", encoding="utf-8")
    assert [r.name for r in zhibiao.read_table(path)] == ["培训人数"]
