"""Builders of the files a bureau really receives and of hostile ones (issue 17).

Each builder writes one file into a folder and returns its path; the cases that use them, with
what a user must see, are data: tests/fixtures/hostile.jsonl. A builder makes the smallest file
that shows the defect (a zip bomb of 60 MB, not 3 GB: the test lowers the guard's limit).
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Callable

HEADER = ["一级指标", "二级指标", "三级指标", "指标值"]
ROWS = [["产出指标", "数量指标", "培训人次", "≥500人次"],
        ["产出指标", "质量指标", "培训合格率", "≥90%"],
        ["效益指标", "社会效益指标", "服务对象满意度", "≥95%"]]

BUILDERS: dict[str, Callable[[Path], Path]] = {}


def builder(fn: Callable[[Path], Path]) -> Callable[[Path], Path]:
    BUILDERS[fn.__name__] = fn
    return fn


def _workbook(rows: list[list[object]]):
    import openpyxl
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    return wb


def _plain_xlsx(path: Path) -> Path:
    _workbook([HEADER, *ROWS]).save(path)
    return path


def _rewrite(src: Path, dst: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
    """Copy a zip member by member through `change` (None drops the member)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            data = change(name, zin.read(name))
            if data is not None:
                zout.writestr(name, data)
    return dst


SHEET1 = "xl/worksheets/sheet1.xml"


@builder
def xlsx_sheet_xml_cut_short(d: Path) -> Path:
    src = _plain_xlsx(d / "src.xlsx")
    out = _rewrite(src, d / "cut.xlsx", lambda n, b: b[: len(b) // 2] if n == SHEET1 else b)
    src.unlink()
    return out


@builder
def xlsx_missing_sheet_part(d: Path) -> Path:
    src = _plain_xlsx(d / "src.xlsx")
    out = _rewrite(src, d / "nosheet.xlsx", lambda n, b: None if n == SHEET1 else b)
    src.unlink()
    return out


@builder
def xlsx_one_project_per_sheet(d: Path) -> Path:
    wb = _workbook([["项目名称", "职业技能培训"], ["主管部门", "人社局"], HEADER, ROWS[0]])
    ws = wb.create_sheet("第二个项目")
    for r in (HEADER, ["产出指标", "数量指标", "检查次数", "≥5次"]):
        ws.append(r)
    wb.save(d / "two.xlsx")
    return d / "two.xlsx"


@builder
def xlsx_formula_without_cached_value(d: Path) -> Path:
    _workbook([HEADER, ["产出指标", "数量指标", "培训人次", "=B9*2"], ROWS[2]]).save(d / "f.xlsx")
    return d / "f.xlsx"


@builder
def xlsx_styled_cell_at_last_row(d: Path) -> Path:
    from openpyxl.styles import Font
    wb = _workbook([HEADER, *ROWS])
    wb.active["D1048576"].font = Font(bold=True)
    wb.save(d / "far.xlsx")
    return d / "far.xlsx"


@builder
def xlsx_zip_bomb(d: Path) -> Path:
    """A sheet that inflates 1000-fold: 60 MB of one letter in a file of ~60 KB."""
    src = _plain_xlsx(d / "src.xlsx")
    filler = b'<row r="90"><c r="A90" t="inlineStr"><is><t>' + b"a" * (60 << 20) + b"</t></is></c></row>"
    out = _rewrite(src, d / "bomb.xlsx",
                   lambda n, b: b.replace(b"</sheetData>", filler + b"</sheetData>") if n == SHEET1 else b)
    src.unlink()
    return out


@builder
def xlsx_error_cells(d: Path) -> Path:
    path = d / "err.xlsx"
    _workbook([HEADER, ["产出指标", "数量指标", "培训人次", "=1/0"], ROWS[2]]).save(path)
    # the cached value Excel writes for =1/0 (openpyxl writes none): an error cell
    return _rewrite(path, d / "errors.xlsx", lambda n, b: b.replace(
        b"<f>1/0</f><v></v>", b'<f>1/0</f><v>#DIV/0!</v>').replace(
        b'<c r="D2"><f>1/0</f>', b'<c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v>') if n == SHEET1 else b)


@builder
def xls_truncated(d: Path) -> Path:
    import xlwt
    wb = xlwt.Workbook()
    ws = wb.add_sheet("s")
    for i, r in enumerate([HEADER, *ROWS]):
        for j, v in enumerate(r):
            ws.write(i, j, v)
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    (d / "cut.xls").write_bytes(data[: len(data) * 2 // 3])
    return d / "cut.xls"


def _csv(rows: list[list[str]]) -> str:
    return "".join(",".join(r) + "\n" for r in rows)


@builder
def csv_quoted_multiline_cell(d: Path) -> Path:
    text = _csv([HEADER]) + '产出指标,数量指标,"培训\n人次",≥500人次\n' + _csv(ROWS[1:])
    (d / "ml.csv").write_text(text, encoding="utf-8")
    return d / "ml.csv"


@builder
def csv_nul_byte(d: Path) -> Path:
    text = _csv([HEADER, ["产出指标", "数量指标", "培训人次\x00", "≥500人次"], *ROWS[1:]])
    (d / "nul.csv").write_text(text, encoding="utf-8")
    return d / "nul.csv"


@builder
def csv_utf16_without_bom(d: Path) -> Path:
    (d / "u16.csv").write_bytes(_csv([HEADER, *ROWS]).encode("utf-16-le"))
    return d / "u16.csv"


@builder
def csv_utf16be_without_bom(d: Path) -> Path:
    (d / "u16be.csv").write_bytes(_csv([HEADER, *ROWS]).encode("utf-16-be"))
    return d / "u16be.csv"


@builder
def csv_saved_as_dat(d: Path) -> Path:
    (d / "table.dat").write_text(_csv([HEADER, *ROWS]), encoding="utf-8")
    return d / "table.dat"


@builder
def csv_saved_as_txt_gbk(d: Path) -> Path:
    (d / "table.txt").write_text(_csv([HEADER, *ROWS]), encoding="gbk")
    return d / "table.txt"


@builder
def tsv_without_extension(d: Path) -> Path:
    (d / "table").write_text("".join("\t".join(r) + "\n" for r in [HEADER, *ROWS]), encoding="utf-8")
    return d / "table"


@builder
def semicolon_csv_saved_as_txt(d: Path) -> Path:
    (d / "semi.txt").write_text("".join(";".join(r) + "\n" for r in [HEADER, *ROWS]), encoding="utf-8")
    return d / "semi.txt"


@builder
def html_nested_300_deep(d: Path) -> Path:
    cells = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>" for r in [HEADER, *ROWS])
    page = ("<html><body>" + "<div>" * 300 + "页眉" + "</div>" * 300
            + f"<table>{cells}</table></body></html>")
    (d / "deep.html").write_text(page, encoding="utf-8")
    return d / "deep.html"


@builder
def html_table_inside_300_divs(d: Path) -> Path:
    cells = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>" for r in [HEADER, *ROWS])
    page = "<html><body>" + "<div>" * 300 + f"<table>{cells}</table>" + "</div>" * 300 + "</body></html>"
    (d / "inner.html").write_text(page, encoding="utf-8")
    return d / "inner.html"


@builder
def pdf_without_text_layer(d: Path) -> Path:
    """A page with a drawn rectangle and no text at all: what a scanner without OCR gives."""
    content = b"0 0 1 rg 100 100 200 300 re f"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    from pdfmaker import write_objects
    return write_objects(objs, d / "scan.pdf")


@builder
def docx_truncated(d: Path) -> Path:
    import docx
    doc = docx.Document()
    t = doc.add_table(rows=0, cols=4)
    for r in [HEADER, *ROWS]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    buf = io.BytesIO()
    doc.save(buf)
    data = buf.getvalue()
    (d / "cut.docx").write_bytes(data[: len(data) - 400])
    return d / "cut.docx"


@builder
def ods_repeated_row_bomb(d: Path) -> Path:
    """A few bytes of .ods declaring one row repeated a million times over a thousand cells."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    table = Table(name="表")
    for r in [HEADER, *ROWS]:
        tr = TableRow()
        for c in r:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=c))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(d / "base.ods"))
    bomb = (b'<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
            b'table:number-columns-repeated="1000" office:value-type="string"><text:p>x</text:p>'
            b'</table:table-cell></table:table-row></table:table>')
    with zipfile.ZipFile(d / "base.ods") as zin:
        parts = [(i.filename, i.compress_type, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(d / "repeat.ods", "w") as zout:
        for name, method, data in parts:
            if name == "content.xml":
                data = data.replace(b"</table:table>", bomb)
            zout.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    (d / "base.ods").unlink()
    return d / "repeat.ods"
