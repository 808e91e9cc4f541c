"""Writing review decisions into a workbook without changing anything else in it (issue 15):
zhibiao.review.xlsxpatch.set_cells on the workbook `zhibiao normalize` writes, on the same
workbook after openpyxl saved it (shared strings, as Excel saves), on a sheet written with a
namespace prefix, and on a hand-made sheet with gaps, a self-closing row, a number and a
formula. Every expected value is written by hand here."""
from __future__ import annotations

import os
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from zhibiao import writers
from zhibiao.normalize import normalize_records
from zhibiao.records import Indicator
from zhibiao.review.xlsxpatch import PatchError, set_cells

SHEET = "指标明细"
SHEET_PART = "xl/worksheets/sheet1.xml"


def _records() -> list[Indicator]:
    rows = [("项目甲", 50.0, "产出指标", "数量指标", "培训人次", "≥500人次"),
            ("项目甲", 50.0, "产出指标", "质量指标", "培训合格率", "≥95%"),
            ("项目甲", 50.0, "满意度指标", "服务对象满意度指标", "参训人员满意度", "=100%"),
            ("项目乙", None, "效益指标", "社会效益指标", "群众法律意识", "明显提升")]
    return [Indicator(source="t.xlsx", location={"sheet": "表1", "row": i + 2}, department="某局",
                      project=p, project_amount=a, declared_level1=l1, declared_level2=l2, name=n,
                      annual_value=v, raw=f"{n} | {v}") for i, (p, a, l1, l2, n, v) in enumerate(rows)]


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    return writers.write(normalize_records(_records()), tmp_path_factory.mktemp("xp") / "out.xlsx")


@pytest.fixture
def book(written, tmp_path) -> Path:
    """A fresh copy of the normalize workbook."""
    return Path(shutil.copy(written, tmp_path / "审核.xlsx"))


@pytest.fixture
def saved_by_openpyxl(written, tmp_path) -> Path:
    """The same workbook after openpyxl saved it (no XML declaration, characters as &#NNNNN;,
    other attribute order), then with its strings moved into xl/sharedStrings.xml (t="s"), as
    Excel saves them (openpyxl 3.1 itself writes inline strings)."""
    saved = tmp_path / "openpyxl.xlsx"
    openpyxl.load_workbook(written).save(saved)
    out = _to_shared_strings(saved, tmp_path / "saved.xlsx")
    assert b't="s"' in _parts(out)[SHEET_PART] and b"inlineStr" not in _parts(out)[SHEET_PART]
    return out


def _to_shared_strings(src: Path, dst: Path) -> Path:
    strings: list[bytes] = []
    index: dict[bytes, int] = {}

    def shared(m: re.Match) -> bytes:
        text = m.group(3)
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return b"<c" + m.group(1) + m.group(2) + b' t="s"><v>%d</v></c>' % index[text]
    cell = re.compile(rb'<c( r="[A-Z]+\d+")((?: s="\d+")?) t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>')
    sheets = {n: (lambda x: cell.sub(shared, x)) for n in _parts(src) if n.startswith("xl/worksheets/")}
    _rezip(src, dst, sheets)
    sst = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxml'
           b'formats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(strings), len(strings))
           + b"".join(b'<si><t xml:space="preserve">' + t + b"</t></si>" for t in strings) + b"</sst>")
    ns = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
    changes = {
        "[Content_Types].xml": lambda x: x.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" '
                                                   b'ContentType="application/vnd.openxmlformats-officedocument.'
                                                   b'spreadsheetml.sharedStrings+xml"/></Types>'),
        "xl/_rels/workbook.xml.rels": lambda x: x.replace(
            b"</Relationships>", b'<Relationship Id="rId99" Type="' + ns + b'" Target="sharedStrings.xml"/>'
                                 b"</Relationships>"),
    }
    tmp = _rezip(dst, dst.with_suffix(".tmp"), changes)
    with zipfile.ZipFile(tmp, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/sharedStrings.xml", sst)
    os.replace(tmp, dst)
    return dst


def _prefixed(src: Path, dst: Path) -> Path:
    """`src` with the indicators sheet rewritten to use the prefix x: for every element."""
    def rewrite(xml: bytes) -> bytes:
        xml = re.sub(rb"<(/?)([A-Za-z]\w*)(?=[\s/>])", rb"<\1x:\2", xml)
        return xml.replace(b'<x:worksheet xmlns="', b'<x:worksheet xmlns:x="')
    return _rezip(src, dst, {SHEET_PART: rewrite})


def _rezip(src: Path, dst: Path, changes) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename in changes:
                data = changes[info.filename](data)
            zout.writestr(info, data)
    return dst


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def _entries(path: Path) -> list[tuple]:
    with zipfile.ZipFile(path) as z:
        return [(i.filename, i.compress_type, i.date_time, i.external_attr) for i in z.infolist()]


def _cells(path: Path) -> dict[str, dict[tuple[int, int], tuple]]:
    """Every cell with a value or a style, of every sheet: (row, col) -> (value, style id)."""
    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        out[ws.title] = {(c.row, c.column): (c.value, c.style_id)
                         for row in ws.iter_rows() for c in row
                         if c.value is not None or c.style_id}
    return out


def _review_columns(path: Path) -> dict[str, int]:
    ws = openpyxl.load_workbook(path, read_only=True)[SHEET]
    header = next(ws.iter_rows(max_row=1, values_only=True))
    return {h: header.index(h) + 1 for h in ("审核结论", "改为二级指标", "改为指标值", "审核备注", "三级指标")}


def _row_xml(path: Path, r: int, prefix: str = "") -> str:
    xml = _parts(path)[SHEET_PART].decode()
    m = re.search(rf'<{prefix}row r="{r}"[^>]*?(?:/>|>.*?</{prefix}row>)', xml)
    return m.group(0) if m else ""


def _check_only_these_changed(before: Path, after: Path, expected: dict[tuple[int, int], str | None]):
    """openpyxl reads `expected` in 指标明细; every other cell of every sheet, every other zip
    part and every zip entry's metadata are as they were."""
    old, new = _cells(before), _cells(after)
    assert old.keys() == new.keys()
    for title in old:
        for key in old[title].keys() | new[title].keys():
            if title == SHEET and key in expected:
                assert new[title].get(key, (None,))[0] == expected[key], key
                assert new[title].get(key, (None, 0))[1] == old[title].get(key, (None, 0))[1], key
            else:
                assert new[title].get(key) == old[title].get(key), (title, key)
    p_old, p_new = _parts(before), _parts(after)
    assert p_old.keys() == p_new.keys()
    for name in p_old:
        if name != SHEET_PART:
            assert p_new[name] == p_old[name], name
    assert _entries(after) == _entries(before)


# ------------------------------------------------------------------------- the normalize workbook
def test_review_cells_written_and_nothing_else_changes(book, tmp_path):
    before = Path(shutil.copy(book, tmp_path / "before.xlsx"))
    col = _review_columns(book)
    decisions = {(2, col["审核结论"]): "采纳",
                 (3, col["审核结论"]): "修改", (3, col["改为二级指标"]): "时效指标",
                 (3, col["改为指标值"]): "≥96%", (5, col["审核备注"]): "请与处室核对"}
    set_cells(book, SHEET, decisions)
    _check_only_these_changed(before, book, decisions)
    wb = openpyxl.load_workbook(book)
    validations = wb[SHEET].data_validations.dataValidation
    assert len(validations) == 1 and all(w in validations[0].formula1 for w in ("采纳", "修改", "待定"))
    assert [(p.name, p.value) for p in wb.custom_doc_props.props] == [("zhibiao_output", "indicators")]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]          # no temp file left


def test_cells_keep_column_order_and_read_only_readers_see_them(book):
    col = _review_columns(book)
    set_cells(book, SHEET, {(5, col["审核备注"]): "备注", (5, col["审核结论"]): "待定"})
    refs = re.findall(r'<c r="([A-Z]+)5"', _row_xml(book, 5))
    as_numbers = [openpyxl.utils.column_index_from_string(x) for x in refs]
    assert as_numbers == sorted(as_numbers) and len(set(as_numbers)) == len(as_numbers)
    rows = list(openpyxl.load_workbook(book, read_only=True)[SHEET].iter_rows(values_only=True))
    assert rows[4][col["审核结论"] - 1] == "待定" and rows[4][col["审核备注"] - 1] == "备注"


def test_a_new_row_beyond_the_data_widens_the_dimension(book):
    set_cells(book, SHEET, {(9, 2): "新行"})
    rows = list(openpyxl.load_workbook(book, read_only=True)[SHEET].iter_rows(values_only=True))
    assert len(rows) == 9 and rows[8][1] == "新行"
    assert b'<dimension ref="A1:AT9"/>' in _parts(book)[SHEET_PART]      # was A1:AT5


def test_after_openpyxl_saved_it(saved_by_openpyxl, tmp_path):
    before = Path(shutil.copy(saved_by_openpyxl, tmp_path / "before.xlsx"))
    col = _review_columns(saved_by_openpyxl)
    decisions = {(2, col["三级指标"]): "培训人数",           # was a shared string
                 (4, col["审核结论"]): "修改", (4, col["改为指标值"]): "≥90%",
                 (1, col["审核备注"]): None}                # a styled header cell emptied
    set_cells(saved_by_openpyxl, SHEET, decisions)
    _check_only_these_changed(before, saved_by_openpyxl, decisions)
    assert re.search(r'<c r="[A-Z]+1" s="[1-9]\d*"/>', _row_xml(saved_by_openpyxl, 1))   # style kept
    wb = openpyxl.load_workbook(saved_by_openpyxl)
    assert wb[SHEET].data_validations.dataValidation


def test_sheet_written_with_a_namespace_prefix(book, tmp_path):
    src = _prefixed(book, tmp_path / "prefixed.xlsx")
    assert b"<x:row " in _parts(src)[SHEET_PART] and b"<row " not in _parts(src)[SHEET_PART]
    before = Path(shutil.copy(src, tmp_path / "before.xlsx"))
    col = _review_columns(src)
    decisions = {(2, col["审核结论"]): "采纳", (3, col["审核备注"]): "前后 & 中间", (8, 1): "第八行"}
    set_cells(src, SHEET, decisions)
    _check_only_these_changed(before, src, decisions)
    xml = _parts(src)[SHEET_PART]
    assert b"<row" not in xml and b"<c " not in xml and b"<is>" not in xml
    assert ('<x:row r="8"><x:c r="A8" t="inlineStr"><x:is><x:t xml:space="preserve">第八行</x:t></x:is>'
            '</x:c></x:row>').encode() in xml


def test_sheet_target_with_a_leading_slash(book):
    def absolute(rels: bytes) -> bytes:
        return rels.replace(b'Target="worksheets/', b'Target="/xl/worksheets/')
    _rezip(Path(shutil.copy(book, book.with_name("tmp.xlsx"))), book, {"xl/_rels/workbook.xml.rels": absolute})
    os.unlink(book.with_name("tmp.xlsx"))
    col = _review_columns(book)
    set_cells(book, SHEET, {(2, col["审核结论"]): "待定"})
    assert openpyxl.load_workbook(book)[SHEET].cell(2, col["审核结论"]).value == "待定"


# -------------------------------------------------------------------------------- values
@pytest.mark.parametrize("text", [
    "中文的审核意见", "A & B", "a < b > c", '他说"可以"', "it's", "  前后有空格  ",
    "第一行\n第二行\n", "\n", "制表\t符", "windows\r\n换行", "&amp; 不是实体", "]]>",
    "满意度≥90%；成本≤50万元",
])
def test_values_round_trip(book, text):
    col = _review_columns(book)
    set_cells(book, SHEET, {(2, col["审核备注"]): text})
    assert openpyxl.load_workbook(book)[SHEET].cell(2, col["审核备注"]).value == text


def test_characters_xml_cannot_hold_are_dropped_and_excel_escapes_escaped(book):
    col = _review_columns(book)
    set_cells(book, SHEET, {(2, col["审核备注"]): "a\x1bb\x00c", (3, col["审核备注"]): "_x0041_"})
    ws = openpyxl.load_workbook(book)[SHEET]
    assert ws.cell(2, col["审核备注"]).value == "abc"
    assert b"<t xml:space=\"preserve\">_x005F_x0041_</t>" in _parts(book)[SHEET_PART]


def test_removing_a_value(book):
    col = _review_columns(book)
    c = col["审核结论"]
    set_cells(book, SHEET, {(2, c): "修改", (3, c): "采纳"})
    set_cells(book, SHEET, {(2, c): None, (3, c): ""})
    ws = openpyxl.load_workbook(book)[SHEET]
    assert ws.cell(2, c).value is None and ws.cell(3, c).value is None
    letter = openpyxl.utils.get_column_letter(c)
    assert f'r="{letter}2"' not in _row_xml(book, 2)           # an unstyled cell goes away
    set_cells(book, SHEET, {(1, 1): None})                       # a styled one keeps its style
    assert re.search(r'<c r="A1" s="1"/>', _row_xml(book, 1))
    assert openpyxl.load_workbook(book)[SHEET].cell(1, 1).value is None


def test_removing_what_is_not_there_writes_nothing(book):
    stamp = book.stat().st_mtime_ns, book.read_bytes()
    set_cells(book, SHEET, {(40, 3): None, (2, _review_columns(book)["审核结论"]): ""})
    set_cells(book, SHEET, {})
    assert (book.stat().st_mtime_ns, book.read_bytes()) == stamp


# ------------------------------------------------------------------- a hand-made sheet's shapes
@pytest.fixture
def shapes(tmp_path) -> Path:
    """Rows 1, 3 and 6 hold cells; row 4 only a height (a self-closing row); A6 is a formula,
    B6 a number; written by XlsxWriter with shared strings."""
    path = tmp_path / "shapes.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("表一")
    wb.add_worksheet("表二").write(0, 0, "别的表")
    wb.add_worksheet("空表")
    bold = wb.add_format({"bold": True})
    ws.write(0, 0, "标题", bold)
    ws.write(0, 2, "列三")
    ws.write(2, 1, "乙三")
    ws.write(2, 3, "丁三")
    ws.set_row(3, 30)
    ws.write_formula(5, 0, "=1+1", None, 2)
    ws.write_number(5, 1, 3.5)
    wb.close()
    return path


def test_rows_and_cells_go_in_order(shapes, tmp_path):
    before = Path(shutil.copy(shapes, tmp_path / "before.xlsx"))
    set_cells(shapes, "表一", {(1, 2): "乙一", (2, 1): "甲二", (3, 1): "甲三", (3, 3): "丙三",
                             (3, 5): "戊三", (4, 2): "乙四", (5, 1): "甲五", (6, 1): "不是公式",
                             (6, 2): "不是数字", (8, 1): "甲八"})
    xml = _parts(shapes)[SHEET_PART].decode()
    assert re.findall(r'<row r="(\d+)"', xml) == ["1", "2", "3", "4", "5", "6", "8"]
    for r, letters in ((1, "ABC"), (2, "A"), (3, "ABCDE"), (4, "B"), (5, "A"), (6, "AB"), (8, "A")):
        assert "".join(re.findall(rf'<c r="([A-Z]+){r}"', _row_xml(shapes, r))) == letters
    row4 = _row_xml(shapes, 4)
    assert row4.startswith('<row r="4" spans="1:4" ht="30" customHeight="1">') and row4.endswith("</row>")
    assert "<f>" not in _row_xml(shapes, 6)
    ws = openpyxl.load_workbook(shapes)["表一"]
    got = {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if c.value is not None}
    assert got == {(1, 1): "标题", (1, 2): "乙一", (1, 3): "列三", (2, 1): "甲二", (3, 1): "甲三",
                   (3, 2): "乙三", (3, 3): "丙三", (3, 4): "丁三", (3, 5): "戊三", (4, 2): "乙四",
                   (5, 1): "甲五", (6, 1): "不是公式", (6, 2): "不是数字", (8, 1): "甲八"}
    assert ws.cell(1, 1).font.b                                        # the bold header kept
    assert ws.row_dimensions[4].height == 30
    p_old, p_new = _parts(before), _parts(shapes)
    assert all(p_new[n] == p_old[n] for n in p_old if n != SHEET_PART)


def test_rows_whose_number_is_not_the_first_attribute(shapes):
    _rezip(Path(shutil.copy(shapes, shapes.with_name("src.xlsx"))), shapes,
           {SHEET_PART: lambda x: re.sub(rb'<row r="(\d+)" spans="([^"]*)"', rb'<row spans="\2" r="\1"', x)})
    assert b'<row spans="1:4" r="3">' in _parts(shapes)[SHEET_PART]
    set_cells(shapes, "表一", {(3, 3): "丙三", (5, 1): "甲五", (6, 2): "乙六"})
    ws = openpyxl.load_workbook(shapes)["表一"]
    got = {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if c.value is not None}
    assert got == {(1, 1): "标题", (1, 3): "列三", (3, 2): "乙三", (3, 3): "丙三", (3, 4): "丁三",
                   (5, 1): "甲五", (6, 1): "=1+1", (6, 2): "乙六"}
    assert b'<row spans="1:4" r="3">' in _parts(shapes)[SHEET_PART]


def test_an_empty_sheet(shapes):
    part = "xl/worksheets/sheet3.xml"
    assert b"<sheetData/>" in _parts(shapes)[part]
    stamp = shapes.read_bytes()
    set_cells(shapes, "空表", {(2, 2): None})
    assert shapes.read_bytes() == stamp                          # nothing to write, nothing written
    set_cells(shapes, "空表", {(2, 2): "乙二", (1, 1): "甲一"})
    assert ('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">甲一</t></is></c></row>'
            '<row r="2"><c r="B2" t="inlineStr"><is><t xml:space="preserve">乙二</t></is></c></row></sheetData>'
            ) in _parts(shapes)[part].decode()
    rows = list(openpyxl.load_workbook(shapes, read_only=True)["空表"].iter_rows(values_only=True))
    assert rows == [("甲一", None), (None, "乙二")]


def test_a_row_without_its_number_is_refused(shapes, tmp_path):
    bad = _rezip(shapes, tmp_path / "无行号.xlsx",
                 {SHEET_PART: lambda x: x.replace(b'<row r="3" ', b"<row ")})
    original = bad.read_bytes()
    with pytest.raises(PatchError) as err:
        set_cells(bad, "表一", {(6, 3): "x"})
    message = str(err.value)
    assert "无行号.xlsx" in message and "表一" in message and "\n" not in message
    assert bad.read_bytes() == original


def test_a_cell_without_its_reference_is_refused(shapes):
    _rezip(Path(shutil.copy(shapes, shapes.with_name("src.xlsx"))), shapes,
           {SHEET_PART: lambda x: x.replace(b'<c r="B3" ', b"<c ")})
    with pytest.raises(PatchError, match="表一"):
        set_cells(shapes, "表一", {(3, 3): "x"})


def test_the_first_cell_of_a_shared_formula_is_refused(shapes):
    _rezip(Path(shutil.copy(shapes, shapes.with_name("src.xlsx"))), shapes,
           {SHEET_PART: lambda x: x.replace(b"<f>1+1</f>", b'<f t="shared" ref="A6:A7" si="0">1+1</f>')})
    stamp = shapes.read_bytes()
    with pytest.raises(PatchError, match="A6"):
        set_cells(shapes, "表一", {(6, 1): "x"})
    assert shapes.read_bytes() == stamp


def test_an_unknown_sheet_is_refused(shapes):
    with pytest.raises(PatchError, match="表三"):
        set_cells(shapes, "表三", {(1, 1): "x"})


def test_bad_positions_are_refused(shapes):
    for key in ((0, 1), (1, 0), (1_048_577, 1), (1, 16_385)):
        with pytest.raises(PatchError):
            set_cells(shapes, "表一", {key: "x"})


# ------------------------------------------------------------------------------ atomicity
def test_failure_at_the_rename_leaves_the_original(book, monkeypatch):
    original = book.read_bytes()
    listing = sorted(os.listdir(book.parent))

    def fail(src, dst):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        set_cells(book, SHEET, {(2, 12): "采纳"})
    assert book.read_bytes() == original
    assert sorted(os.listdir(book.parent)) == listing


def test_failure_while_zipping_leaves_the_original(book, monkeypatch):
    original = book.read_bytes()
    listing = sorted(os.listdir(book.parent))
    real = zipfile.ZipFile.writestr
    calls = []

    def fail_on_the_fifth(self, info, data, *args, **kwargs):
        calls.append(info)
        if len(calls) == 5:
            raise OSError(28, "No space left on device")
        return real(self, info, data, *args, **kwargs)
    monkeypatch.setattr(zipfile.ZipFile, "writestr", fail_on_the_fifth)
    with pytest.raises(OSError):
        set_cells(book, SHEET, {(2, 12): "采纳"})
    assert len(calls) == 5
    assert book.read_bytes() == original
    assert sorted(os.listdir(book.parent)) == listing
