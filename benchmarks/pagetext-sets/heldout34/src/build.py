"""Build set 34: write each invented table (tables.py) as the file a department sends
(xlsx / docx / pdf), then run that file through a real conversion tool and save its text.

usage: python build.py [FIXTURE_DIR]      (sources are written next to this script)
needs (pip): openpyxl python-docx reportlab pdfminer.six pymupdf pypdf pdfplumber docx2txt xlsx2csv csvkit
needs (apt): poppler-utils pandoc libreoffice-writer-nogui libreoffice-calc-nogui fonts-wqy-zenhei fonts-noto-cjk
"""
import os, subprocess, sys, shutil, tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from tables import TABLES, parse_rows

BIN = Path(sys.executable).parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

HEADERS = {
    "basic": ["一级指标", "二级指标", "三级指标", "指标值"],
    "note": ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
    "self": ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    "split": ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
    "plain": ["序号", "绩效指标", "指标值"],
}


def grid(t):
    """-> (rows of cell texts, merges [(r0,c0,r1,c1)], n_header_rows) for the indicator table."""
    kind, rows = t["kind"], parse_rows(t)
    merges = []
    if kind == "two":
        g = [["一级指标", "二级指标", "三级指标", "指标值", ""], ["", "", "", "实施期指标值", "年度指标值"]]
        merges += [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    else:
        g = [list(HEADERS[kind])]
    nh = len(g)
    for i, r in enumerate(rows):
        if kind == "plain":
            g.append([str(i + 1), r["name"]] + r["cols"])
        else:
            g.append([r["l1"] if r["l1_first"] else "", r["l2"] if r["l2_first"] else "", r["name"]] + r["cols"])
    if kind != "plain":
        for col, key in ((0, "l1_first"), (1, "l2_first")):
            start = None
            for i, r in enumerate(rows + [dict(l1_first=True, l2_first=True)]):
                first = r[key] if col == 1 else r["l1_first"]
                if col == 1 and r.get("l1_first"):
                    first = True
                if first:
                    if start is not None and i - 1 > start:
                        merges.append((nh + start, col, nh + i - 1, col))
                    start = i
    return g, merges, nh


# ---------------------------------------------------------------- xlsx
def write_xlsx(t, path, for_pdf=False):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side, Font
    g, merges, nh = grid(t)
    nc = len(g[0])
    wb = Workbook(); ws = wb.active; ws.title = "绩效目标表" if t["kind"] != "self" else "绩效自评表"
    thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    lwrap = Alignment(wrap_text=True, vertical="center", horizontal="left")
    r = 1
    ws.cell(r, 1, t["title"]).font = Font(size=16, bold=True); ws.cell(r, 1).alignment = wrap
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=nc); ws.row_dimensions[r].height = 30
    r += 1
    ws.cell(r, nc, "单位：万元" if t["kind"] != "plain" else ""); r += 1
    for k, v in t["info"]:
        ws.cell(r, 1, k); ws.cell(r, 3 if nc > 3 else 2, v)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2 if nc > 3 else 1)
        ws.merge_cells(start_row=r, start_column=3 if nc > 3 else 2, end_row=r, end_column=nc)
        for c in range(1, nc + 1):
            ws.cell(r, c).border = box; ws.cell(r, c).alignment = lwrap if c > 2 else wrap
        if len(v) > 40:
            ws.row_dimensions[r].height = 32
        r += 1
    top = r
    for row in g:
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = box
            cell.alignment = wrap if (r - top < nh or c <= 2) else lwrap
            if r - top < nh:
                cell.font = Font(bold=True)
        if any("\n" in v for v in row):
            ws.row_dimensions[r].height = 30
        r += 1
    for r0, c0, r1, c1 in merges:
        ws.merge_cells(start_row=top + r0, start_column=c0 + 1, end_row=top + r1, end_column=c1 + 1)
    for f in t["foot"]:
        ws.cell(r, 1, f); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=nc); r += 1
    widths = {"basic": [12, 16, 30, 26], "note": [12, 16, 28, 22, 16], "two": [12, 16, 28, 22, 22],
              "self": [10, 14, 26, 16, 18, 7, 7, 28], "split": [12, 16, 32, 10, 14, 12], "plain": [8, 34, 24]}[t["kind"]]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    if for_pdf:
        ws.page_setup.orientation = "landscape" if t["kind"] == "self" else "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    wb.save(path)


# ---------------------------------------------------------------- docx
def write_docx(t, path):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    g, merges, nh = grid(t)
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "宋体"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(t["title"]); run.bold = True; run.font.size = Pt(16)
    for k, v in t["info"]:
        doc.add_paragraph(f"{k}：{v}")
    tab = doc.add_table(rows=len(g), cols=len(g[0])); tab.style = "Table Grid"
    covered = set()
    for r0, c0, r1, c1 in merges:
        for rr in range(r0, r1 + 1):
            for cc in range(c0, c1 + 1):
                if (rr, cc) != (r0, c0):
                    covered.add((rr, cc))
    for ri, row in enumerate(g):
        for ci, v in enumerate(row):
            if (ri, ci) not in covered and v:
                tab.cell(ri, ci).text = v
                if ri < nh:
                    for rn in tab.cell(ri, ci).paragraphs[0].runs:
                        rn.bold = True
    for r0, c0, r1, c1 in merges:
        tab.cell(r0, c0).merge(tab.cell(r1, c1))
    for f in t["foot"]:
        doc.add_paragraph(f)
    doc.save(path)


# ---------------------------------------------------------------- pdf (reportlab)
def write_pdf_reportlab(t, path, ruled):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib import colors
    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    g, merges, nh = grid(t)
    title = ParagraphStyle("t", fontName="WQY", fontSize=15, leading=20, alignment=1, spaceAfter=8)
    body = ParagraphStyle("b", fontName="WQY", fontSize=10, leading=14)
    cell = ParagraphStyle("c", fontName="WQY", fontSize=9, leading=12, wordWrap="CJK")
    ccell = ParagraphStyle("cc", parent=cell, alignment=1)
    story = [Paragraph(t["title"], title)]
    for k, v in t["info"]:
        story.append(Paragraph(f"{k}：{v}", body))
    story.append(Spacer(1, 6))
    data = [[Paragraph(v.replace("\n", "<br/>"), ccell if (ri < nh or ci < 2) else cell) if v else "" for ci, v in enumerate(row)]
            for ri, row in enumerate(g)]
    widths = {"basic": [24, 30, 70, 52], "note": [22, 28, 58, 38, 30], "two": [22, 28, 56, 37, 37],
              "plain": [14, 90, 60]}[t["kind"]]
    tb = Table(data, colWidths=[w * mm for w in widths], repeatRows=nh)
    style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), "WQY")]
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    for r0, c0, r1, c1 in merges:
        style.append(("SPAN", (c0, r0), (c1, r1)))
    tb.setStyle(TableStyle(style))
    story.append(tb)
    story.append(Spacer(1, 8))
    for f in t["foot"]:
        story.append(Paragraph(f, body))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                      topMargin=18 * mm, bottomMargin=18 * mm, title=t["title"]).build(story)


def soffice(args, cwd):
    prof = Path(tempfile.gettempdir()) / "lo_profile_set34"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless"] + args,
                   cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_source(t):
    """-> path of the file the tool reads."""
    stem = f"{t['no']}_{t['topic']}"
    src = t["src"]
    if src == "xlsx":
        p = HERE / f"{stem}.xlsx"; write_xlsx(t, p); return p
    if src == "docx":
        p = HERE / f"{stem}.docx"; write_docx(t, p); return p
    if src in ("xlsx>pdf", "docx>pdf"):
        ext = src.split(">")[0]
        p = HERE / f"{stem}.{ext}"
        (write_xlsx(t, p, for_pdf=True) if ext == "xlsx" else write_docx(t, p))
        soffice(["--convert-to", "pdf", p.name], cwd=HERE)
        return HERE / f"{stem}.pdf"
    if src.startswith("reportlab_pdf"):
        p = HERE / f"{stem}.pdf"; write_pdf_reportlab(t, p, ruled=src.endswith("_ruled")); return p
    raise ValueError(src)


def run(cmd):
    return subprocess.run(cmd, check=True, capture_output=True).stdout


def extract(tool, p):
    """-> bytes, as the tool gives them with its default / most common options."""
    if tool == "pdftotext_layout":
        return run(["pdftotext", "-layout", str(p), "-"])
    if tool == "pdftotext":
        return run(["pdftotext", str(p), "-"])
    if tool == "pdftotext_raw":
        return run(["pdftotext", "-raw", str(p), "-"])
    if tool == "pdfminer_pdf2txt":
        return run([str(BIN / "pdf2txt.py"), str(p)])
    if tool == "pymupdf_text":
        import fitz
        with fitz.open(p) as doc:
            return "".join(page.get_text() for page in doc).encode()
    if tool == "pymupdf_blocks":
        import fitz
        out = []
        with fitz.open(p) as doc:
            for page in doc:
                for b in page.get_text("blocks"):
                    out.append(b[4])
        return "\n".join(out).encode()
    if tool == "pypdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(p).pages).encode()
    if tool == "pdfplumber":
        import pdfplumber
        with pdfplumber.open(p) as pdf:
            return "\n".join(pg.extract_text() for pg in pdf.pages).encode()
    if tool == "docx2txt":
        import docx2txt
        return docx2txt.process(str(p)).encode()
    if tool == "pandoc_plain":
        return run(["pandoc", str(p), "-t", "plain"])
    if tool == "pandoc_markdown":
        return run(["pandoc", str(p), "-t", "markdown"])
    if tool == "python_docx_tabs":
        import docx
        d = docx.Document(p)
        lines = [para.text for para in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                lines.append("\t".join(c.text for c in row.cells))
        return "\n".join(lines).encode()
    if tool == "xlsx2csv":
        return run([str(BIN / "xlsx2csv"), str(p)])
    if tool == "in2csv":
        return run([str(BIN / "in2csv"), str(p)])
    if tool == "openpyxl_tabs":
        import openpyxl
        ws = openpyxl.load_workbook(p).active
        return "\n".join("\t".join("" if v is None else str(v) for v in row)
                         for row in ws.iter_rows(values_only=True)).encode()
    if tool == "soffice_csv":
        with tempfile.TemporaryDirectory() as td:
            shutil.copy(p, td)
            # the bare "--convert-to csv" writes every CJK character as "?" (the filter's default
            # charset is not UTF-8), so use the filter options users pass for UTF-8 (76 = UTF-8)
            soffice(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", p.name], cwd=td)
            return (Path(td) / (p.stem + ".csv")).read_bytes()
    raise ValueError(tool)


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[3] / "tests" / "fixtures" / "pagetext34"
    out.mkdir(parents=True, exist_ok=True)
    for t in TABLES:
        p = make_source(t)
        raw = extract(t["tool"], p)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
        name = f"{t['no']}_{t['tool']}_{t['topic']}.txt"
        (out / name).write_text(text, encoding="utf-8")
        print(name, p.name, p.stat().st_size, len(text))


if __name__ == "__main__":
    main()
