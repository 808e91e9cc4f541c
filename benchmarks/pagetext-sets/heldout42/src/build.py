"""Rebuild set 42: pages, page text (one real tool per page), gold, PDFs + expected files.

    /tmp/h37/venv/bin/python build.py [OUTDIR]

Runs under /tmp/h37/venv (websocket-client 1.9.2, openpyxl 3.1.5, python-docx 1.2.0, pymupdf4llm 2.0);
/tmp/h42/venv for resiliparse 2.0.1, selectolax 1.0.2 (lexbor), markitdown 0.1.9, w3lib 2.6.0;
/tmp/h42/node for html-to-text 9.0.5 (node).  Chromium 156 headless over DevTools (port 9342), pages
served from http://127.0.0.1:8742/.  pandoc 2.17.1.1, LibreOffice 7.4.7.2, wkhtmltopdf 0.12.6.
OUTDIR defaults to /work/main/out/pdfs-heldout42 (PDFs + expected files).  Text files go to
tests/fixtures/pagetext42/, the gold to corpus/gold/pagetext-heldout42.jsonl.
"""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket

import make_pages as M

SRC = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(SRC, "../../../.."))
TXT = os.path.join(ROOT, "tests/fixtures/pagetext42")
GOLD = os.path.join(ROOT, "corpus/gold/pagetext-heldout42.jsonl")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "out/pdfs-heldout42")
PDFSET = os.path.join(ROOT, "benchmarks/pdf-sets/heldout42")
H42 = "/tmp/h42/venv/bin/python"
H37 = "/tmp/h37/venv/bin/python"
NODE_DIR = "/tmp/h42/node"
PORT, DPORT = 8742, 9342
BASE = f"http://127.0.0.1:{PORT}/"

# text file, tool tags, shape tags per page
FILES = {
 "01": ("01_chromium_copy1280_msoword_nongjian.txt", ["chromium_copy", "width_1280", "trs_editor", "word_pasted_msonormaltable", "mso_spans", "header_block"]),
 "02": ("02_chromium_copy1920_eltable_guangbo.txt", ["chromium_copy", "width_1920", "vue_element_ui", "split_header_body_tables", "remark_column", "unruled_row_lines"]),
 "03": ("03_chromium_copy1366_oldlayout_shizhi.txt", ["chromium_copy", "width_1366", "old_layout_tables", "bgcolor_cellspacing_table", "side_menu", "caption_unit_row", "serial_column", "remark_column"]),
 "04": ("04_chromium_innertext1280_antd_qizhong_jubao.txt", ["chromium_innertext_body", "width_1280", "vue_ant_design", "qizhong_names", "unruled_row_lines"]),
 "05": ("05_chromium_eltext1366_selfeval_qianxin.txt", ["chromium_innertext_element", "width_1366", "trs_ueditor", "self_evaluation", "deadline_values"]),
 "06": ("06_chromium_drag1440_twin_xiaoche.txt", ["chromium_mouse_drag_copy", "width_1440", "bootstrap", "two_row_header", "twin_period_annual", "header_block"]),
 "07": ("07_chromium_copy800_numerals_jiaopei.txt", ["chromium_copy", "width_800", "kindeditor", "serial_column", "remark_column", "chinese_numerals", "range_value"]),
 "08": ("08_chromium_drag1280_wps_opcols_jiage.txt", ["chromium_mouse_drag_copy", "width_1280", "wps_et_table", "op_value_unit_columns", "dingxing_rows"]),
 "09": ("09_resiliparse_format_deptwhole_shenji.txt", ["resiliparse_plain_text", "preserve_formatting", "main_content", "dept_whole", "two_row_header", "qizhong_names"]),
 "10": ("10_selectolax_text_grouprows_laji.txt", ["selectolax_text_default", "cells_run_together", "group_heading_rows", "unruled_row_lines"]),
 "11": ("11_markitdown_fullwidth_wushui.txt", ["markitdown", "markdown_pipe_table", "merged_cells_left_out", "fullwidth_digits", "three_line_table"]),
 "12": ("12_w3lib_removetags_two_tables_zhengwu.txt", ["w3lib_remove_tags", "source_whitespace", "one_cell_a_line", "caption_unit_row", "two_tables", "qizhong_names", "deadline_values"]),
 "13": ("13_pymupdf4llm_chromiumpdf_ranges_wenming.txt", ["pymupdf4llm_markdown", "chromium_pdf", "table_over_two_pages", "range_value", "approx_words"]),
 "14": ("14_pandoc_asciidoc_nature_jiehe.txt", ["pandoc_asciidoc", "nature_value_unit_columns", "dingxing_rows", "chinese_numerals"]),
 "15": ("15_htmltotext_datatable_zebra_liangai.txt", ["node_html_to_text", "datatable_format", "zebra", "l1_every_row", "l2_blank_repeat"]),
 "16": ("16_pandoc_org_two_tables_dianshang.txt", ["pandoc_org", "org_table", "two_tables", "unruled_row_lines"]),
}


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


# ----------------------------------------------------------------------------- Chromium over DevTools
class CDP:
    def __init__(self, ws_url):
        self.ws = websocket.create_connection(ws_url, timeout=60, suppress_origin=True)
        self.i = 0

    def __call__(self, method, **params):
        self.i += 1
        self.ws.send(json.dumps({"id": self.i, "method": method, "params": params}))
        while True:
            m = json.loads(self.ws.recv())
            if m.get("id") == self.i:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m["result"]

    def js(self, expr, await_promise=False):
        r = self("Runtime.evaluate", expression=expr, returnByValue=True, awaitPromise=await_promise, userGesture=True)
        return r["result"].get("value")


def start_browser(tmp):
    srv = subprocess.Popen([sys.executable, "-m", "http.server", str(PORT), "--bind", "127.0.0.1"], cwd=SRC,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    chrome = subprocess.Popen(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--remote-debugging-port={DPORT}",
                               f"--user-data-dir={tmp}/prof", "--no-first-run", "--hide-scrollbars", "about:blank"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            tabs = json.load(urllib.request.urlopen(f"http://127.0.0.1:{DPORT}/json"))
            page = [t for t in tabs if t["type"] == "page"][0]
            break
        except Exception:
            time.sleep(0.2)
    version = json.load(urllib.request.urlopen(f"http://127.0.0.1:{DPORT}/json/version"))
    bws = CDP(version["webSocketDebuggerUrl"])
    bws("Browser.grantPermissions", origin=BASE.rstrip("/"),
        permissions=["clipboardReadWrite", "clipboardSanitizedWrite"])
    c = CDP(page["webSocketDebuggerUrl"])
    c("Page.enable")
    c("Runtime.enable")
    c("Emulation.setFocusEmulationEnabled", enabled=True)
    return srv, chrome, c


def open_page(c, pid, w, h):
    c("Emulation.setDeviceMetricsOverride", width=w, height=h, deviceScaleFactor=1, mobile=False)
    c("Page.navigate", url=BASE + f"{pid}_{M.PAGES[pid]['slug']}.html")
    for _ in range(100):
        time.sleep(0.1)
        if c.js("document.readyState") == "complete":
            break
    time.sleep(0.4)
    c("Page.bringToFront")


def key(c, k, code, vk, commands):
    c("Input.dispatchKeyEvent", type="rawKeyDown", modifiers=2, key=k, code=code, windowsVirtualKeyCode=vk, commands=commands)
    c("Input.dispatchKeyEvent", type="keyUp", modifiers=2, key=k, code=code, windowsVirtualKeyCode=vk)


def clipboard(c):
    return c.js("navigator.clipboard.readText()", await_promise=True)


def mouse(c, typ, x, y, buttons):
    c("Input.dispatchMouseEvent", type=typ, x=x, y=y, button="left" if typ != "mouseMoved" or buttons else "none",
      buttons=buttons, clickCount=1 if typ in ("mousePressed", "mouseReleased") else 0)


def copy_all(c, pid, w, h):
    open_page(c, pid, w, h)
    c.js("navigator.clipboard.writeText('')", await_promise=True)
    mouse(c, "mousePressed", 5, 300, 1)       # focus the page
    mouse(c, "mouseReleased", 5, 300, 0)
    key(c, "a", "KeyA", 65, ["selectAll"])
    key(c, "c", "KeyC", 67, ["copy"])
    time.sleep(0.3)
    return clipboard(c)


def drag_table(c, pid, w, h, table_sel):
    """Press the mouse just left of the first cell's text, drag to the end of the last cell's text, Ctrl+C."""
    open_page(c, pid, w, h)
    c.js("navigator.clipboard.writeText('')", await_promise=True)
    c.js(f"document.querySelector('{table_sel}').scrollIntoView({{block:'start'}}); window.scrollBy(0,-20)")
    time.sleep(0.3)
    pts = c.js(f"""(() => {{
      const t = document.querySelector('{table_sel}');
      const w = document.createTreeWalker(t, NodeFilter.SHOW_TEXT, {{acceptNode: n => n.data.trim() ? 1 : 3}});
      let first = w.nextNode(), last = first, n;
      while ((n = w.nextNode())) last = n;
      const r1 = document.createRange(); r1.selectNodeContents(first);
      const r2 = document.createRange(); r2.selectNodeContents(last);
      const a = r1.getClientRects()[0], b = [...r2.getClientRects()].pop();
      return [a.left - 2, a.top + a.height / 2, b.right + 1, b.top + b.height / 2, innerHeight];
    }})()""")
    x1, y1, x2, y2, ih = pts
    assert 0 < y1 < ih and 0 < y2 < ih, (pid, pts)
    mouse(c, "mouseMoved", x1, y1, 0)
    mouse(c, "mousePressed", x1, y1, 1)
    steps = 12
    for i in range(1, steps + 1):
        mouse(c, "mouseMoved", x1 + (x2 - x1) * i / steps, y1 + (y2 - y1) * i / steps, 1)
        time.sleep(0.02)
    mouse(c, "mouseReleased", x2, y2, 0)
    key(c, "c", "KeyC", 67, ["copy"])
    time.sleep(0.3)
    return clipboard(c)


def inner_text(c, pid, w, h, expr):
    open_page(c, pid, w, h)
    return c.js(expr)


def print_pdf(c, pid, path, **opt):
    open_page(c, pid, 1280, 900)
    r = c("Page.printToPDF", **opt)
    with open(path, "wb") as f:
        f.write(base64.b64decode(r["data"]))


# ----------------------------------------------------------------------------- library tools
def py(venv, code, *args):
    return run([venv, "-c", code, *args]).stdout.decode("utf-8")


def html_path(pid):
    return os.path.join(SRC, f"{pid}_{M.PAGES[pid]['slug']}.html")


TOOLS = {
 "09": lambda: py(H42, "import sys\nfrom resiliparse.extract.html2text import extract_plain_text\n"
                  "h=open(sys.argv[1],encoding='utf-8').read()\n"
                  "sys.stdout.write(extract_plain_text(h, preserve_formatting=True, main_content=True))", html_path("09")),
 "10": lambda: py(H42, "import sys\nfrom selectolax.lexbor import LexborHTMLParser\n"
                  "tree=LexborHTMLParser(open(sys.argv[1],encoding='utf-8').read())\n"
                  "sys.stdout.write(tree.css_first('div.art-con').text())", html_path("10")),
 "11": lambda: py(H42, "import sys\nfrom markitdown import MarkItDown\n"
                  "sys.stdout.write(MarkItDown().convert(sys.argv[1]).text_content)", html_path("11")),
 "12": lambda: py(H42, "import sys\nfrom w3lib.html import remove_tags, remove_tags_with_content, remove_comments, replace_entities\n"
                  "h=open(sys.argv[1],encoding='utf-8').read()\n"
                  "h=remove_tags_with_content(remove_comments(h), which_ones=('head','script','style'))\n"
                  "sys.stdout.write(replace_entities(remove_tags(h)))", html_path("12")),
 "14": lambda: run(["pandoc", "-f", "html", "-t", "asciidoc", html_path("14")]).stdout.decode("utf-8"),
 "15": lambda: run(["node", os.path.join(NODE_DIR, "h2t.js"), html_path("15")], cwd=NODE_DIR).stdout.decode("utf-8"),
 "16": lambda: run(["pandoc", "-f", "html", "-t", "org", html_path("16")]).stdout.decode("utf-8"),
}

H2T_JS = """const { convert } = require('html-to-text');
const fs = require('fs');
const html = fs.readFileSync(process.argv[2], 'utf8');
process.stdout.write(convert(html, {
  wordwrap: false,
  selectors: [
    { selector: 'table', format: 'dataTable' },
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
  ],
}));
"""


# ----------------------------------------------------------------------------- xlsx / docx a department would send
def write_xlsx_selfeval(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    p = M.PAGES["05"]
    tb = p["tables"][0]
    t = tb["t"]
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    thin = Side(style="thin")
    B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.append(["项目支出绩效自评表"] + [None] * 7)
    ws.merge_cells("A1:H1")
    ws.append(["（2024年度）"] + [None] * 7)
    ws.merge_cells("A2:H2")
    ws.append(["项目名称", None, tb["project"]] + [None] * 5)
    ws.merge_cells("A3:B3"); ws.merge_cells("C3:H3")
    ws.append(["主管部门", None, p["dept"], None, "实施单位", p["unit"], None, None])
    ws.merge_cells("A4:B4"); ws.merge_cells("C4:D4"); ws.merge_cells("F4:H4")
    ws.append(["项目资金（万元）", None, "年度资金总额", "年初预算数 38.00", "全年预算数 38.00", "全年执行数 36.42", "分值 10", "得分 9.6"])
    ws.merge_cells("A5:B5")
    ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    start = 7
    for r in t["rows"]:
        ws.append([M.cell(t, r, k) or None for k in ["l1", "l2", "name", "val", "act", "sc", "got", "rsn"]])
    end = start + len(t["rows"]) - 1
    for col, role in ((1, "l1"), (2, "l2")):
        for k, s in enumerate(M.spans(t, role)):
            if s > 1:
                ws.merge_cells(start_row=start + k, start_column=col, end_row=start + k + s - 1, end_column=col)
    ws.append(["总分", None, None, None, None, 100, 98.6, None])
    ws.merge_cells(start_row=end + 1, start_column=1, end_row=end + 1, end_column=5)
    for row in ws.iter_rows(min_row=1, max_row=end + 1, max_col=8):
        for c in row:
            c.border = B
            c.alignment = Alignment(wrap_text=True, vertical="center")
            c.font = Font(name="宋体", size=10, bold=c.row in (1, 6))
    for r in range(start, end + 1):
        ws.row_dimensions[r].height = 30      # two lines, as the bureau's template sets them
    for col, w in zip("ABCDEFGH", [10, 12, 26, 16, 14, 6, 6, 24]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    wb.save(path)


def write_xlsx_nature(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side
    p = M.PAGES["14"]
    tb = p["tables"][0]
    t = tb["t"]
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标"
    thin = Side(style="thin")
    B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.append([tb["project"] + "绩效目标表"]); ws.merge_cells("A1:F1")
    ws.append(["主管部门", p["dept"], None, "实施单位", p["unit"], None])
    ws.merge_cells("B2:C2"); ws.merge_cells("E2:F2")
    ws.append(["项目资金（万元）", float(tb["amount"]), None, None, None, None]); ws.merge_cells("B3:F3")
    ws.append(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"])
    for r in t["rows"]:
        row = []
        for k in ["l1", "l2", "name", "op", "num", "unit"]:
            v = M.cell(t, r, k)
            row.append(int(v) if k == "num" and v.isdigit() else (v or None))
        ws.append(row)
    for col, role in ((1, "l1"), (2, "l2")):
        for k, s in enumerate(M.spans(t, role)):
            if s > 1:
                ws.merge_cells(start_row=5 + k, start_column=col, end_row=5 + k + s - 1, end_column=col)
    for row in ws.iter_rows(min_row=1, max_row=4 + len(t["rows"]), max_col=6):
        for c in row:
            c.border = B
            c.alignment = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCDEF", [11, 16, 30, 9, 16, 10]):
        ws.column_dimensions[col].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    wb.save(path)


def write_docx_dept(path):
    from docx import Document
    from docx.shared import Pt
    p = M.PAGES["09"]
    t = p["tables"][0]["t"]
    d = Document()
    st = d.styles["Normal"]
    st.font.size = Pt(10.5)
    st.font.name = "宋体"
    d.add_heading(p["title"], level=1)
    d.add_paragraph(f"部门（单位）名称：{p['dept']}")
    d.add_paragraph("年度预算申请：资金总额612.35万元，其中财政拨款612.35万元，其他资金0万元。")
    d.add_paragraph("年度总体目标：全年完成审计项目28个以上，审计发现问题整改率达90%以上，审减政府投资项目金额3000万元以上。")
    rows = t["rows"]
    tab = d.add_table(rows=1 + len(rows), cols=4)
    tab.style = "Table Grid"
    for i, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
        tab.cell(0, i).text = h
    for k, r in enumerate(rows):
        for i, role in enumerate(["l1", "l2", "name", "val"]):
            v = M.cell(t, r, role)
            if v:
                tab.cell(1 + k, i).text = v
    for col, role in ((0, "l1"), (1, "l2")):
        for k, s in enumerate(M.spans(t, role)):
            if s > 1:
                tab.cell(1 + k, col).merge(tab.cell(1 + k + s - 1, col))
    d.add_paragraph("填报单位（盖章）：澛口县审计局　　　填报日期：2025年1月10日")
    d.save(path)


# ----------------------------------------------------------------------------- PDFs
A4 = dict(paperWidth=8.27, paperHeight=11.69)
LETTER = dict(paperWidth=8.5, paperHeight=11)
HF = dict(displayHeaderFooter=True)
# id-variant -> ("cli", hf?) | ("cdp", options) | other makers
PDFS = [
 ("01-chromium-msoword-letter-hf", ("cli", True)),
 ("01-libreoffice-html", ("soffice_html",)),
 ("02-chromium-eltable-a4", ("cdp", dict(A4, printBackground=True))),
 ("03-chromium-oldlayout-letter", ("cli", False)),
 ("03-wkhtmltopdf", ("wkhtmltopdf",)),
 ("04-chromium-antd-letter-scale80", ("cdp", dict(LETTER, scale=0.8, printBackground=True))),
 ("05-chromium-selfeval-a4-hf", ("cli", True)),
 ("05-libreoffice-xlsx-landscape", ("xlsx_selfeval",)),
 ("06-chromium-twin-a4-landscape", ("cdp", dict(A4, landscape=True, printBackground=True))),
 ("07-chromium-ke-a4", ("cli", False)),
 ("08-chromium-wps-letter-scale90-hf", ("cdp", dict(LETTER, scale=0.9, **HF))),
 ("09-chromium-dept-a4", ("cdp", dict(A4, printBackground=True))),
 ("09-libreoffice-docx", ("docx_dept",)),
 ("10-chromium-grouprows-unruled", ("cli", False)),
 ("10-libreoffice-html-unruled", ("soffice_html",)),
 ("11-chromium-threeline-a4-landscape-scale70", ("cdp", dict(A4, landscape=True, scale=0.7))),
 ("12-chromium-two-letter-hf", ("cli", True)),
 ("13-chromium-a4", ("cdp", dict(A4))),
 ("14-chromium-nature-letter-landscape-scale85", ("cdp", dict(LETTER, landscape=True, scale=0.85, printBackground=True))),
 ("14-libreoffice-xlsx-nature", ("xlsx_nature",)),
 ("15-chromium-zebra", ("cli", False)),
 ("16-chromium-rowlines-a4-scale75-hf", ("cdp", dict(A4, scale=0.75, **HF))),
 ("16-wkhtmltopdf-rowlines", ("wkhtmltopdf",)),
]


def soffice_pdf(src, outpath, tmp, infilter=None):
    d = tempfile.mkdtemp(dir=tmp)
    cmd = ["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", "pdf", "--outdir", d, src]
    run(cmd)
    shutil.move(os.path.join(d, os.path.splitext(os.path.basename(src))[0] + ".pdf"), outpath)


def make_pdf(c, name, how, tmp):
    pid = name[:2]
    path = os.path.join(OUT, name + ".pdf")
    kind = how[0]
    if kind == "cli":
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp}/cli", f"--print-to-pdf={path}"]
        if not how[1]:
            cmd.append("--no-pdf-header-footer")
        run(cmd + ["file://" + html_path(pid)])
    elif kind == "cdp":
        print_pdf(c, pid, path, **how[1])
    elif kind == "soffice_html":
        soffice_pdf(html_path(pid), path, tmp, infilter="HTML (StarWriter)")
    elif kind == "wkhtmltopdf":
        run(["wkhtmltopdf", "--quiet", "--enable-local-file-access", "--encoding", "utf-8", "-s", "A4", html_path(pid), path])
    elif kind == "xlsx_selfeval":
        x = os.path.join(tmp, "05_qianxin_zipingbiao.xlsx"); write_xlsx_selfeval(x); soffice_pdf(x, path, tmp)
    elif kind == "xlsx_nature":
        x = os.path.join(tmp, "14_jiehe_jxmb.xlsx"); write_xlsx_nature(x); soffice_pdf(x, path, tmp)
    elif kind == "docx_dept":
        x = os.path.join(tmp, "09_shenji_bumenzhengti.docx"); write_docx_dept(x); soffice_pdf(x, path, tmp)
    exp = M.expected_rows(pid)
    for d in (OUT, PDFSET):
        with open(os.path.join(d, name + ".expected.jsonl"), "w", encoding="utf-8") as f:
            for r in exp:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


# ----------------------------------------------------------------------------- gold
def quirks(pid):
    base = FILES[pid][1]

    def f(ti, r):
        q = list(base)
        if len(M.PAGES[pid]["tables"]) > 1:
            q.append(f"table_{ti + 1}")
        t = M.PAGES[pid]["tables"][ti]["t"]
        if t["merge"] == "rowspan":
            if r["m1"]:
                q.append("l1_merged_continuation")
            if r["m2"]:
                q.append("l2_merged_continuation")
        elif r["m2"]:
            q.append("l2_blank_continuation")
        return q
    return f


def main():
    for d in (TXT, OUT, PDFSET, os.path.dirname(GOLD)):
        os.makedirs(d, exist_ok=True)
    M.write_pages()
    with open(os.path.join(NODE_DIR, "h2t.js"), "w") as f:
        f.write(H2T_JS)
    tmp = tempfile.mkdtemp(prefix="h42build")
    srv, chrome, c = start_browser(tmp)
    texts = {}
    try:
        texts["01"] = copy_all(c, "01", 1280, 800)
        texts["02"] = copy_all(c, "02", 1920, 1080)
        texts["03"] = copy_all(c, "03", 1366, 768)
        texts["04"] = inner_text(c, "04", 1280, 720, "document.body.innerText")
        texts["05"] = inner_text(c, "05", 1366, 768, "document.querySelector('#UCAP-CONTENT').innerText")
        texts["06"] = drag_table(c, "06", 1440, 1300, "#jxmb")
        texts["07"] = copy_all(c, "07", 800, 900)
        texts["08"] = drag_table(c, "08", 1280, 1000, ".TRS_UEDITOR table")
        for name, how in PDFS:
            make_pdf(c, name, how, tmp)
    finally:
        c.ws.close()
        chrome.terminate()
        srv.terminate()
        chrome.wait()
        srv.wait()
    for pid, fn in TOOLS.items():
        texts[pid] = fn()
    # the markdown string pymupdf4llm returns (its parser messages, printed to stdout, are not part of it)
    md = os.path.join(tmp, "13.md")
    py(H37, "import sys, pymupdf4llm\nopen(sys.argv[2],'w',encoding='utf-8').write(pymupdf4llm.to_markdown(sys.argv[1]))",
       os.path.join(OUT, "13-chromium-a4.pdf"), md)
    with open(md, encoding="utf-8") as f:
        texts["13"] = f.read()
    gold = []
    for pid in sorted(FILES):
        fn = FILES[pid][0]
        with open(os.path.join(TXT, fn), "w", encoding="utf-8", newline="") as f:
            f.write(texts[pid])
        gold += M.gold_rows(pid, fn, quirks(pid))
    with open(GOLD, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(gold), "gold rows;", len(PDFS), "PDFs")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
