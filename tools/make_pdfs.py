"""Development PDFs: published tables (corpus/published/*.jsonl) rendered as PDFs the way users
get them, each with the rows it must read back beside it.

    python tools/make_pdfs.py [--out out/pdfs] [--fixtures] [--only G003,N026]

Every selected source (SOURCES) becomes these PDFs, named <source_id>-<maker>.pdf:
- chromium-ruled      an HTML page (title, 项目名称/主管部门 lines, the table with every cell
                      ruled, border-collapse, rowspan for merged categories) printed by Chromium
- chromium-unruled    the same page with no ruling lines at all
- chromium-multipage  the larger sources only: a table over three or more pages, <thead>
                      repeated on every page, at least one category group cut by a page break
- libreoffice-xlsx    an .xlsx (openpyxl; merged category cells, borders, a 第 X 页 footer)
                      converted by ``soffice --headless --convert-to pdf``
- libreoffice-docx    a .docx (python-docx; merged category cells, a 第 X 页 footer) converted
                      by soffice
Chromium prints with its page header and footer (date, title, URL, 1/3) on for part of the
files, as pages printed from a browser have them. Each table is built by zhibiao.roundtrip
(rows grouped per project, categories merged, header words varied per source). Sources of the
自评表 form get the form's 绩效指标 block column and its 实际完成值 / 分值 / 得分 / 偏差原因
columns, filled as zhibiao.roundtrip fills them for its 自评表 quirk (made up: the corpus
records only the target; they are layout, not data).

<pdf>.expected.jsonl (beside X.pdf: X.expected.jsonl) holds the rows the PDF must give, in
order, from the corpus annotations: name, value (value_joined or value_text), level1_code,
level2_code. --fixtures also copies FIXTURES (small, committed) into tests/fixtures/pdf/.
Needs chromium, soffice and a CJK font (``make pdfs`` installs them with apt-get).
"""
from __future__ import annotations

import argparse
import functools
import html
import http.server
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import unicodedata
from itertools import groupby
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from zhibiao.roundtrip import (REMARKS, SELF_EVAL_COLUMNS, SELF_EVAL_WORDS, _actual,  # noqa: E402
                               _grid, _hash, _pick, expected_value, load_published)

MAKERS = ("chromium-ruled", "chromium-unruled", "chromium-multipage", "libreoffice-xlsx",
          "libreoffice-docx")
# ~15 sources of different shape: op/unit split columns (N033 L004 W021 JD001), unit column
# only (G003 G017), level-1 only (N026 R007 JB005), no categories with a category column (N006),
# 自评表 forms (N026 R007 JB004 N008 E005), two projects in one file (N033), plain 目标表 (L005
# N027 N031).
SOURCES = ("G003", "G017", "N006", "N031", "N033", "L004", "W021", "JD001", "N026", "R007",
           "JB005", "JB004", "N008", "E005", "L005", "N027")
MULTIPAGE_MIN_ROWS = 17          # a source this long also gets a three-page table
MULTIPAGE_UNRULED = ("G017", "N026", "R007", "N031")    # the other long tables are ruled
FIXTURES = ("JB005-chromium-ruled", "JD001-chromium-unruled", "W021-chromium-unruled",
            "L004-chromium-multipage", "R007-chromium-multipage", "L004-libreoffice-xlsx",
            "W021-libreoffice-xlsx", "N008-libreoffice-docx", "JD001-libreoffice-docx")


# ---------------------------------------------------------------------------------- tables
class Cell:
    """One cell of a rendered table: text, rowspan (0 = covered by a span above), colspan."""

    def __init__(self, text: str, rowspan: int = 1, colspan: int = 1) -> None:
        self.text, self.rowspan, self.colspan = text, rowspan, colspan


class Table:
    """A project's indicator table as drawn: header words, body cells with their spans."""

    def __init__(self, header: list[str], body: list[list[Cell]], roles: list[str]) -> None:
        self.header, self.body, self.roles = header, body, roles

    @property
    def width(self) -> int:
        return len(self.header)


def build_table(rows: list[dict[str, Any]], source_id: str, self_eval: bool) -> Table:
    """zhibiao.roundtrip's table of one project (its 自评表 columns for that form), with a
    rowspan where it merged a category cell into the one above."""
    if self_eval:
        def fill(row: dict, i: int, g: dict) -> None:      # as roundtrip's 自评表 quirk fills
            weight = _pick(["5", "10", "10", "15", "20"], source_id, f"weight{i}")
            g["actual"] = _actual(g.get("value") or "", source_id, f"actual{i}")
            g["weight"] = weight
            g["score"] = weight if _hash(source_id, f"score{i}") % 4 else str(int(weight) - 1)
            g["remark"] = _pick(REMARKS, source_id, f"remark{i}")
        cols, header, body = _grid(rows, source_id, words=SELF_EVAL_WORDS,
                                   columns=SELF_EVAL_COLUMNS, fill=fill,
                                   force=("value", "actual", "weight", "score", "remark"))
    else:
        cols, header, body = _grid(rows, source_id)
    grid = [[Cell(c or "") for c in line] for line in body]
    for c in range(len(cols)):
        top = 0
        for r, line in enumerate(body):
            if line[c] is None and r > 0:       # merged with the cell above
                grid[top][c].rowspan += 1
                grid[r][c].rowspan = 0
            else:
                top = r
    return Table(header, grid, cols)


def form_title(rows: list[dict[str, Any]]) -> str:
    year = rows[0].get("year")
    form = rows[0].get("form") or ""
    kind = ("项目支出绩效自评表" if form == "自评表" else
            "部门整体支出绩效目标表" if form == "整体支出" else "项目支出绩效目标表")
    return f"{year}年度{kind}" if year else kind


def projects(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    return [list(g) for _, g in groupby(rows, key=lambda r: r.get("project"))]


def is_self_eval(rows: list[dict[str, Any]]) -> bool:
    return rows[0].get("form") == "自评表"


# ---------------------------------------------------------------------------------- HTML
def _td(cell: Cell, tag: str = "td", cls: str = "") -> str:
    attrs = (f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else "") + (
        f' colspan="{cell.colspan}"' if cell.colspan > 1 else "") + (f' class="{cls}"' if cls else "")
    return f"<{tag}{attrs}>{html.escape(cell.text)}</{tag}>"


def html_page(rows: list[dict[str, Any]], *, ruled: bool, multipage: bool,
              pad: int = 4) -> str:
    source_id = rows[0]["source_id"]
    title = form_title(rows)
    self_eval = is_self_eval(rows)
    serif = _hash(source_id, "font") % 2 == 0
    valign = "top" if _hash(source_id, "valign") % 3 == 0 else "middle"
    context_inside = not multipage and _hash(source_id, "context") % 2 == 0
    landscape = multipage or self_eval or len(build_table(rows, source_id, self_eval).header) >= 7
    font = "Noto Serif CJK SC" if serif else "Noto Sans CJK SC"
    size = 15 if multipage else 12
    border = "border: 1px solid #000;" if ruled else "border: none;"
    css = f"""
@page {{ size: A4 {'landscape' if landscape else 'portrait'}; }}
body {{ font-family: "{font}", sans-serif; font-size: {size}px; }}
h2 {{ text-align: center; font-size: 20px; margin: 6px 0 10px; }}
p.ctx {{ margin: 3px 0; }}
table {{ border-collapse: collapse; width: 100%; margin: 6px 0; }}
th, td {{ {border} padding: {pad}px 5px; }}
td.cat {{ vertical-align: {valign}; }}
td.name {{ width: {'22%' if multipage else '30%'}; }}
"""
    parts = [f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
             f"{html.escape(rows[0].get('project') or title)} - 绩效目标公开</title>"
             f"<style>{css}</style></head><body>", f"<h2>{html.escape(title)}</h2>"]
    for group in projects(rows):
        table = build_table(group, source_id, self_eval)
        project = group[0].get("project") or "（未注明）"
        dept = group[0].get("department")
        context = [("项目名称", project)] + ([("主管部门", dept)] if dept else [])
        # the 自评表's 绩效指标 cell merged down the header and body: a rowspan cannot leave
        # a <thead>, so such a table has none (and no repeated header: single pages only)
        block = self_eval and not multipage and _hash(source_id, "block") % 2 == 0
        width = table.width + (1 if block else 0)
        if not context_inside:
            parts += [f'<p class="ctx">{k}：{html.escape(v)}</p>' for k, v in context]
        parts.append("<table>")
        head = [_td(Cell(w), "th") for w in table.header]
        if block:   # the 自评表's left-hand 绩效指标 cell, merged down the header and body
            head.insert(0, _td(Cell("绩效指标", rowspan=len(table.body) + 1), "th", "cat"))
        if context_inside or block:    # 项目名称 rows above the header in one grid
            parts.append("<tbody>" + "".join(
                f"<tr>{_td(Cell(k, colspan=2))}{_td(Cell(v, colspan=width - 2))}</tr>"
                for k, v in (context if context_inside else [])) + f"<tr>{''.join(head)}</tr>")
        else:
            parts.append(f"<thead><tr>{''.join(head)}</tr></thead><tbody>")
        for cells in table.body:
            tds = []
            for role, cell in zip(table.roles, cells):
                if cell.rowspan == 0:
                    continue
                cls = "cat" if role in ("level1", "level2", "category") else (
                    "name" if role == "name" else "")
                tds.append(_td(cell, cls=cls))
            parts.append(f"<tr>{''.join(tds)}</tr>")
        parts.append("</tbody></table>")
        parts.append('<p class="ctx">审核意见：同意</p><p class="ctx">（盖章）</p>')
    parts.append("</body></html>")
    return "\n".join(parts)


class _Server:
    """A local HTTP server for the pages, so the printed footer shows an http:// URL."""

    def __init__(self, folder: Path) -> None:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/xxgk/jxgl/{name}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def translate_path(self, path: str) -> str:
        return super().translate_path(path.replace("/xxgk/jxgl/", "/", 1))

    def log_message(self, *args: Any) -> None:
        pass


def chromium_pdf(url: str, out: Path, header_footer: bool) -> None:
    profile = tempfile.mkdtemp(prefix="zhibiao-chromium-")
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
           "--disable-background-networking", "--no-first-run", "--disable-component-update",
           "--disable-sync", "--disable-quic", f"--user-data-dir={profile}",
           f"--print-to-pdf={out}"]
    if not header_footer:
        cmd.append("--no-pdf-header-footer")
    try:
        done = subprocess.run(cmd + [url], capture_output=True, text=True, timeout=120)
        if done.returncode != 0 or not out.exists():
            raise RuntimeError(f"chromium failed on {url}: {done.stderr[-800:]}")
    finally:
        shutil.rmtree(profile, ignore_errors=True)


# ---------------------------------------------------------------------------------- office
def xlsx_file(rows: list[dict[str, Any]], path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    source_id = rows[0]["source_id"]
    self_eval = is_self_eval(rows)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    tables = [(g, build_table(g, source_id, self_eval)) for g in projects(rows)]
    width = max(t.width for _, t in tables)
    r = 1
    ws.cell(r, 1, form_title(rows)).font = Font(size=16, bold=True)
    ws.cell(r, 1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
    header_rows = []
    for group, table in tables:
        r += 1
        context = [("项目名称", group[0].get("project") or "（未注明）")]
        if group[0].get("department"):
            context.append(("主管部门", group[0]["department"]))
        for label, value in context:
            ws.cell(r, 1, label)
            ws.cell(r, 2, value)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=width)
            for c in range(1, width + 1):
                ws.cell(r, c).border = box
                ws.cell(r, c).alignment = wrap
            r += 1
        header_rows.append(r)
        for c, word in enumerate(table.header, 1):
            cell = ws.cell(r, c, word)
            cell.font = Font(bold=True)
            cell.border, cell.alignment = box, Alignment(wrap_text=True, vertical="center",
                                                         horizontal="center")
        for cells in table.body:
            r += 1
            for c, cell in enumerate(cells, 1):
                if cell.rowspan:
                    _put(ws.cell(r, c), cell.text)
                ws.cell(r, c).border, ws.cell(r, c).alignment = box, wrap
                if cell.rowspan > 1:
                    ws.merge_cells(start_row=r, start_column=c, end_row=r + cell.rowspan - 1,
                                   end_column=c)
        r += 1
        ws.cell(r, 1, "审核意见")
        ws.cell(r, 2, "同意")
        r += 1
        ws.cell(r, 1, "（盖章）")
    roles = tables[0][1].roles
    widths = [{"name": 36, "level1": 14, "level2": 16}.get(role, 12) for role in roles]
    widths += [12] * (width - len(widths))
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    _row_heights(ws, widths)
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if width >= 7 else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    if len(header_rows) == 1:
        ws.print_title_rows = f"{header_rows[0]}:{header_rows[0]}"
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    if _hash(source_id, "xlsx-header") % 2 == 0:
        ws.oddHeader.right.text = "&D"
    wb.save(path)


def _put(cell, text: str) -> None:
    """Text as text: a cell written "=70%" is no formula."""
    cell.value = text
    if isinstance(text, str) and text.startswith("="):
        cell.data_type = "s"


def _row_heights(ws, widths: list[float]) -> None:
    """Row heights as Excel stores them for wrapped text (LibreOffice does not grow a row
    to fit its text when it opens an .xlsx): 15 points a line, a CJK character two units
    of the column width; merged cells spread over the rows they span."""
    need: dict[int, float] = {}
    spans = {(m.min_row, m.min_col): m.max_row - m.min_row + 1 for m in ws.merged_cells.ranges
             if m.max_col == m.min_col}
    wide = {m.min_row for m in ws.merged_cells.ranges if m.max_col > m.min_col}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None or cell.row in wide:
                continue
            text = str(cell.value)
            units = sum(2 if ord(ch) > 0x2e7f else 1 for ch in text)
            lines = -(-units // max(1, int(widths[cell.column - 1]) - 1)) if cell.column <= len(widths) else 1
            rows = spans.get((cell.row, cell.column), 1)
            need[cell.row] = max(need.get(cell.row, 1), lines / rows)
    for r, lines in need.items():
        ws.row_dimensions[r].height = 15 * max(1, -(-lines // 1)) + 2


def _page_field(paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph.add_run("第 ")
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "1"),
                       ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText" if text == "PAGE" else "w:t")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)
    paragraph.add_run(" 页")


def docx_file(rows: list[dict[str, Any]], path: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    source_id = rows[0]["source_id"]
    self_eval = is_self_eval(rows)
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.size = Pt(10)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    tables = [(g, build_table(g, source_id, self_eval)) for g in projects(rows)]
    section = document.sections[0]
    if max(t.width for _, t in tables) >= 7:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(footer)
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = heading.add_run(form_title(rows))
    run.bold, run.font.size = True, Pt(16)
    for group, table in tables:
        document.add_paragraph(f"项目名称：{group[0].get('project') or '（未注明）'}")
        if group[0].get("department"):
            document.add_paragraph(f"主管部门：{group[0]['department']}")
        grid = document.add_table(rows=len(table.body) + 1, cols=table.width)
        grid.style = "Table Grid"
        head = grid.rows[0]
        tr_pr = head._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        tr_pr.append(repeat)
        for c, word in enumerate(table.header):
            head.cells[c].text = word
            head.cells[c].paragraphs[0].runs[0].bold = True
        for r, cells in enumerate(table.body, 1):
            for c, cell in enumerate(cells):
                if cell.rowspan:
                    grid.cell(r, c).text = cell.text
                grid.cell(r, c).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        for r, cells in enumerate(table.body, 1):
            for c, cell in enumerate(cells):
                if cell.rowspan > 1:
                    merged = grid.cell(r, c).merge(grid.cell(r + cell.rowspan - 1, c))
                    merged.text = cell.text      # merge joins the emptied cells' paragraphs
                    merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        document.add_paragraph("审核意见：同意")
        document.add_paragraph("（盖章）")
    document.save(path)


def soffice_pdf(src: Path, out: Path) -> None:
    profile = tempfile.mkdtemp(prefix="zhibiao-soffice-")
    try:
        done = subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(src.parent), str(src)],
            capture_output=True, text=True, timeout=180)
        made = src.with_suffix(".pdf")
        if done.returncode != 0 or not made.exists():
            raise RuntimeError(f"soffice failed on {src}: {done.stderr[-800:]}")
        shutil.move(str(made), out)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


# ---------------------------------------------------------------------------------- checks
def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def rows_by_page(pdf: Path, rows: list[dict[str, Any]]) -> list[int | None]:
    """The page each expected row's name starts on (None when not found), for the checks."""
    import logging
    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    with pdfplumber.open(str(pdf)) as doc:
        pages = [_fold(p.extract_text() or "") for p in doc.pages]
    out, start = [], 0
    for row in rows:
        key = _fold(row["name"])[:6]
        found = next((p for p in range(start, len(pages)) if key in pages[p]), None)
        out.append(found)
        if found is not None:
            start = found
    return out


def cut_group(rows: list[dict[str, Any]], pages: list[int | None]) -> bool:
    """Whether a page break falls inside a group of rows of one declared category."""
    for a, b, pa, pb in zip(rows, rows[1:], pages, pages[1:]):
        if pa is not None and pb is not None and pb > pa and (
                a.get("level1"), a.get("level2")) == (b.get("level1"), b.get("level2")) and (
                a.get("level1") or a.get("level2")):
            return True
    return False


def page_count(pdf: Path) -> int:
    import pdfplumber
    with pdfplumber.open(str(pdf)) as doc:
        return len(doc.pages)


# ---------------------------------------------------------------------------------- main
def expected_lines(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps({"source_id": r["source_id"], "project": r.get("project"),
                               "name": r["name"], "value": expected_value(r),
                               "level1_code": r.get("level1_code"),
                               "level2_code": r.get("level2_code")}, ensure_ascii=False) + "\n"
                   for r in rows)


def render_source(rows: list[dict[str, Any]], out: Path, server: _Server, work: Path,
                  log, makers: tuple[str, ...] = MAKERS) -> list[Path]:
    source_id = rows[0]["source_id"]
    made = []
    expected = expected_lines(rows)

    def done(pdf: Path, note: str = "") -> None:
        pdf.with_suffix(".expected.jsonl").write_text(expected, encoding="utf-8")
        made.append(pdf)
        log(f"  {pdf.name}: {page_count(pdf)} page(s), {len(rows)} rows{note}")

    for maker, ruled in (("chromium-ruled", True), ("chromium-unruled", False)):
        if maker not in makers:
            continue
        name = f"{source_id}-{maker}.html"
        (work / name).write_text(html_page(rows, ruled=ruled, multipage=False), encoding="utf-8")
        hf = _hash(source_id, maker) % 2 == 0
        pdf = out / f"{source_id}-{maker}.pdf"
        chromium_pdf(server.url(name), pdf, header_footer=hf)
        done(pdf, ", page header/footer" if hf else "")
    if "chromium-multipage" in makers and len(rows) >= MULTIPAGE_MIN_ROWS and \
            len(projects(rows)) == 1:
        ruled = source_id not in MULTIPAGE_UNRULED
        pdf = out / f"{source_id}-chromium-multipage.pdf"
        pad, ok = 10, False
        for _ in range(12):
            name = f"{source_id}-chromium-multipage.html"
            (work / name).write_text(html_page(rows, ruled=ruled, multipage=True, pad=pad),
                                     encoding="utf-8")
            chromium_pdf(server.url(name), pdf, header_footer=True)
            n = page_count(pdf)
            if n >= 3 and cut_group(rows, rows_by_page(pdf, rows)):
                ok = True
                break
            pad = pad + 8 if n < 3 else pad + 3
        if ok:
            done(pdf, f", {'ruled' if ruled else 'unruled'}, row padding {pad}px")
        else:         # a table whose groups no padding cuts: no multi-page PDF, the rest go on
            pdf.unlink(missing_ok=True)
            print(f"  {pdf.name}: skipped (no padding gives three pages with a cut category group)")
    if "libreoffice-xlsx" in makers:
        xlsx = work / f"{source_id}-libreoffice-xlsx.xlsx"
        xlsx_file(rows, xlsx)
        soffice_pdf(xlsx, out / f"{source_id}-libreoffice-xlsx.pdf")
        done(out / f"{source_id}-libreoffice-xlsx.pdf")
    if "libreoffice-docx" in makers:
        docx = work / f"{source_id}-libreoffice-docx.docx"
        docx_file(rows, docx)
        soffice_pdf(docx, out / f"{source_id}-libreoffice-docx.pdf")
        done(out / f"{source_id}-libreoffice-docx.pdf")
    return made


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "pdfs")
    ap.add_argument("--fixtures", action="store_true",
                    help="also copy the FIXTURES set into tests/fixtures/pdf/")
    ap.add_argument("--only", help="comma-separated source ids (default: SOURCES)")
    ap.add_argument("--makers", help="comma-separated makers (default: all of MAKERS)")
    args = ap.parse_args(argv)
    for tool in ("chromium", "soffice"):
        if shutil.which(tool) is None:
            print(f"{tool} not found (make pdfs installs it)", file=sys.stderr)
            return 2
    wanted = args.only.split(",") if args.only else list(SOURCES)
    makers = tuple(args.makers.split(",")) if args.makers else MAKERS
    unknown = set(makers) - set(MAKERS)
    if unknown:
        print(f"unknown makers: {', '.join(sorted(unknown))}; known: {', '.join(MAKERS)}",
              file=sys.stderr)
        return 2
    published = load_published(ROOT / "corpus" / "published")
    by_source = {sid: list(g) for sid, g in groupby(published, key=lambda r: r["source_id"])}
    missing = [s for s in wanted if s not in by_source]
    if missing:
        print(f"not in corpus/published: {', '.join(missing)}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="zhibiao-pdfs-"))
    server = _Server(work)
    made: list[Path] = []
    try:
        for sid in wanted:
            print(sid, flush=True)
            made += render_source(by_source[sid], args.out, server, work,
                                  lambda m: print(m, flush=True), makers)
    finally:
        server.close()
        shutil.rmtree(work, ignore_errors=True)
    total = sum(sum(1 for _ in p.with_suffix(".expected.jsonl").open()) for p in made)
    print(f"{len(made)} PDFs with {total} expected rows in {args.out}")
    if args.fixtures:
        dest = ROOT / "tests" / "fixtures" / "pdf"
        dest.mkdir(parents=True, exist_ok=True)
        size = 0
        for stem in FIXTURES:
            for suffix in (".pdf", ".expected.jsonl"):
                src = args.out / f"{stem}{suffix}"
                if src.exists():
                    shutil.copy(src, dest / src.name)
                    size += src.stat().st_size
        print(f"fixtures: {len(FIXTURES)} PDFs, {size / 1e6:.2f} MB in {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
