"""Set 41: rebuild the pages, the page-text gold, the 16 text files and the PDFs with their expected rows.

usage: /tmp/h37/venv/bin/python build.py [OUTDIR]
  OUTDIR defaults to /work/main/out/pdfs-heldout41 (PDFs + <ID>-<maker>.expected.jsonl); text files go to
  tests/fixtures/pagetext41/, the gold to corpus/gold/pagetext-heldout41.jsonl, copies of the expected files to
  benchmarks/pdf-sets/heldout41/.  Scratch (Chromium profile, LibreOffice profile and outputs, xlsx/docx) in
  /tmp/h41/build.

Needs (versions as run): Python 3.11 venv with beautifulsoup4 4.15.0, lxml 6.1.3, html2text 2025.4.15,
markdownify 1.2.3, trafilatura 2.3.1, inscriptis 2.7.6, docx2txt 0.9, openpyxl 3.1.5, python-docx 1.2.0,
websocket-client 1.9.2 (/tmp/h37/venv); WeasyPrint 70.0 (/tmp/pdf9/venv); Debian 12: chromium 156, LibreOffice
7.4.7.2, wkhtmltopdf 0.12.6, pandoc 2.17.1.1, links 2.28, w3m 0.5.3+git20230121, lynx 2.9.0dev.12, elinks 0.13.2,
poppler-utils 22.12.0 (pdftotext).
"""
import base64
import functools
import http.server
import json
import os
import shutil
import socketserver
import subprocess
import sys
import threading
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
sys.path.insert(0, HERE)
import make_pages as M  # noqa: E402

OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, "out/pdfs-heldout41")
TXT = os.path.join(ROOT, "tests/fixtures/pagetext41")
GOLD = os.path.join(ROOT, "corpus/gold/pagetext-heldout41.jsonl")
PDFSET = os.path.join(ROOT, "benchmarks/pdf-sets/heldout41")
SCR = "/tmp/h41/build"
PORT = 8741
CHROME = "/usr/bin/chromium"
LO_PROFILE = "file:///tmp/h41/build/lo-profile"
WEASY = "/tmp/pdf9/venv/bin/python"
READ_PY = "/tmp/h38/venv/bin/python"  # readability-lxml 0.9 + html2text 2025.4.15
BY_ID = {p["id"]: p for p in M.DATA}


def src(pid):
    return os.path.join(HERE, M.html_name(BY_ID[pid]))


def read_html(pid):
    enc = "gb2312" if pid == "01" else "utf-8"
    with open(src(pid), encoding=enc) as f:
        return f.read()


def save_text(pid, text):
    with open(os.path.join(TXT, BY_ID[pid]["file"]), "w", encoding="utf-8", newline="") as f:
        f.write(text)


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, **kw)
    if r.returncode != 0:
        raise RuntimeError("%s: %s" % (cmd, r.stderr.decode("utf-8", "replace")))
    return r.stdout


def soffice(args):
    return run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless"] + args)


# ------------------------------------------------------------------------------------------------------------
# Chromium over the DevTools protocol
# ------------------------------------------------------------------------------------------------------------
class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass


def serve():
    handler = functools.partial(Quiet, directory=HERE)
    socketserver.TCPServer.allow_reuse_address = True
    httpd = socketserver.TCPServer(("127.0.0.1", PORT), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


class CDP:
    def __init__(self):
        import websocket
        self.proc = subprocess.Popen([CHROME, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-port=9341",
                                      "--user-data-dir=" + SCR + "/chrome-profile", "--hide-scrollbars",
                                      "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                tabs = json.load(urllib.request.urlopen("http://127.0.0.1:9341/json"))
                pages = [t for t in tabs if t["type"] == "page"]
                if pages:
                    break
            except Exception:
                pass
            time.sleep(0.2)
        self.ws = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=60, suppress_origin=True)
        self.i = 0
        self.events = []
        self.call("Page.enable")
        self.call("Runtime.enable")

    def call(self, method, **params):
        self.i += 1
        self.ws.send(json.dumps(dict(id=self.i, method=method, params=params)))
        while True:
            m = json.loads(self.ws.recv())
            if m.get("id") == self.i:
                if "error" in m:
                    raise RuntimeError("%s: %s" % (method, m["error"]))
                return m["result"]
            self.events.append(m)

    def wait_event(self, name, timeout=30):
        t0 = time.time()
        while time.time() - t0 < timeout:
            for k, e in enumerate(self.events):
                if e.get("method") == name:
                    del self.events[k]
                    return e
            self.events.append(json.loads(self.ws.recv()))
        raise TimeoutError(name)

    def open(self, url, width, height):
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
        self.events = []
        self.call("Page.navigate", url=url)
        self.wait_event("Page.loadEventFired")
        time.sleep(0.5)

    def eval(self, expr, awaitPromise=False):
        r = self.call("Runtime.evaluate", expression=expr, returnByValue=True, awaitPromise=awaitPromise,
                      userGesture=True)
        return r["result"].get("value")

    def key(self, char, code, vk, command):
        for typ in ("rawKeyDown", "keyUp"):
            params = dict(type=typ, modifiers=2, key=char, code=code, windowsVirtualKeyCode=vk,
                          nativeVirtualKeyCode=vk)
            if typ == "rawKeyDown":
                params["commands"] = [command]
            self.call("Input.dispatchKeyEvent", **params)

    def copy_all(self):
        self.call("Browser.grantPermissions", origin="http://127.0.0.1:%d" % PORT,
                  permissions=["clipboardReadWrite", "clipboardSanitizedWrite"])
        self.call("Emulation.setFocusEmulationEnabled", enabled=True)
        for typ in ("mousePressed", "mouseReleased"):  # a click on the page body gives it the focus
            self.call("Input.dispatchMouseEvent", type=typ, x=5, y=300, button="left", clickCount=1)
        self.eval("navigator.clipboard.writeText('')", awaitPromise=True)
        self.key("a", "KeyA", 65, "selectAll")
        self.key("c", "KeyC", 67, "copy")
        time.sleep(0.3)
        return self.eval("navigator.clipboard.readText()", awaitPromise=True)

    def pdf(self, path, **opts):
        r = self.call("Page.printToPDF", **opts)
        with open(path, "wb") as f:
            f.write(base64.b64decode(r["data"]))

    def close(self):
        self.ws.close()
        self.proc.terminate()
        self.proc.wait()


def url(pid):
    return "http://127.0.0.1:%d/%s" % (PORT, M.html_name(BY_ID[pid]))


# ------------------------------------------------------------------------------------------------------------
# page text
# ------------------------------------------------------------------------------------------------------------
def texts(cdp):
    # 01 LibreOffice Writer/Web: html -> text (UTF-8)
    d = SCR + "/lo-txt"
    os.makedirs(d, exist_ok=True)
    soffice(["--convert-to", "txt:Text (encoded):UTF8", "--outdir", d, src("01")])
    with open(os.path.join(d, "01_dianti.txt"), encoding="utf-8", newline="") as f:
        save_text("01", f.read())

    # 02 Chromium: innerText of the article element, 1440 wide
    cdp.open(url("02"), 1440, 900)
    save_text("02", cdp.eval("document.querySelector('#zoom').innerText"))

    # 03 readability-lxml summary, then html2text (body_width=0); readability-lxml lives in /tmp/h38/venv
    prog = ("import sys, html2text; from readability import Document; "
            "h = html2text.HTML2Text(); h.body_width = 0; "
            "sys.stdout.write(h.handle(Document(open(sys.argv[1], encoding='utf-8').read()).summary()))")
    save_text("03", run([READ_PY, "-c", prog, src("03")]).decode("utf-8"))

    # 04 pandoc rst
    save_text("04", run(["pandoc", "-f", "html", "-t", "rst", src("04")]).decode("utf-8"))

    # 05 w3m 72 columns
    save_text("05", run(["w3m", "-dump", "-cols", "72", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8",
                         src("05")]).decode("utf-8"))

    # 06 links 120
    save_text("06", run(["links", "-dump", "-width", "120", "-codepage", "utf-8", "-html-assume-codepage", "utf-8",
                         src("06")]).decode("utf-8"))

    # 07 trafilatura txt with tables
    import trafilatura
    save_text("07", trafilatura.extract(read_html("07"), include_tables=True))

    # 08 LibreOffice html -> docx, then docx2txt
    d = SCR + "/lo-docx"
    os.makedirs(d, exist_ok=True)
    soffice(["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", "--outdir", d, src("08")])
    import docx2txt
    save_text("08", docx2txt.process(os.path.join(d, "08_zhongyiyao.docx")))

    # 09 Chromium Ctrl+A Ctrl+C at 1024
    cdp.open(url("09"), 1024, 768)
    save_text("09", cdp.copy_all())

    # 10: pdftotext -layout of the Chromium PDF (made in pdfs())
    save_text("10", run(["pdftotext", "-layout", "-enc", "UTF-8", os.path.join(OUT, "10-chromium-zebra.pdf"),
                         "-"]).decode("utf-8"))

    # 11 inscriptis strict
    from inscriptis import get_text
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.model.config import ParserConfig
    save_text("11", get_text(read_html("11"), ParserConfig(css=CSS_PROFILES["strict"])))

    # 12 html2text
    import html2text
    h = html2text.HTML2Text()
    h.body_width = 78
    h.ignore_links = True
    h.ignore_images = True
    save_text("12", h.handle(read_html("12")))

    # 13 lynx 100
    save_text("13", run(["lynx", "-dump", "-nolist", "-width=100", "-assume_charset=UTF-8",
                         "-display_charset=UTF-8", src("13")]).decode("utf-8"))

    # 14 lxml itertext of the TRS_Editor div, one text node a line
    import lxml.html
    el = lxml.html.fromstring(read_html("14")).find_class("TRS_Editor")[0]
    save_text("14", "\n".join(s.strip() for s in el.itertext() if s.strip()) + "\n")

    # 15 elinks 160
    save_text("15", run(["elinks", "-dump", "-dump-width", "160", "-no-references", "-no-numbering",
                         "-dump-charset", "utf-8", src("15")]).decode("utf-8"))

    # 16 Chromium document.body.innerText at 1536
    cdp.open(url("16"), 1536, 864)
    save_text("16", cdp.eval("document.body.innerText"))


# ------------------------------------------------------------------------------------------------------------
# PDFs
# ------------------------------------------------------------------------------------------------------------
A4 = dict(paperWidth=8.27, paperHeight=11.69)
LETTER = dict(paperWidth=8.5, paperHeight=11.0)
CLI = {  # id -> (name, header/footer)
    "01": ("01-chromium-word-hf", True),
    "03": ("03-chromium-nested-letter", False),
    "05": ("05-chromium-unruled-nature", False),
    "07": ("07-chromium-selfeval-hf", True),
    "09": ("09-chromium-brheader-letter-hf", True),
    "10": ("10-chromium-zebra", False),
    "12": ("12-chromium-two", False),
    "14": ("14-chromium-trs-hf", True),
    "15": ("15-chromium-threeline", False),
}
CDPPDF = {  # id -> (name, options)
    "02": ("02-chromium-wps-letter-landscape", dict(LETTER, landscape=True)),
    "04": ("04-chromium-opunit-scale75-hf", dict(A4, scale=0.75, displayHeaderFooter=True)),
    "06": ("06-chromium-twin-landscape-2pages", dict(A4, landscape=True, printBackground=True)),
    "08": ("08-chromium-dept-2pages", dict(A4, printBackground=True)),
    "11": ("11-chromium-splitcat-scale90", dict(A4, scale=0.9)),
    "13": ("13-chromium-ke-letter-scale85-hf", dict(LETTER, scale=0.85, displayHeaderFooter=True)),
    "16": ("16-chromium-unruled-a4", dict(A4, printBackground=True)),
}


def chromium_cli(pid, name, hf):
    cmd = [CHROME, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + SCR + "/chrome-cli",
           "--print-to-pdf=" + os.path.join(OUT, name + ".pdf")]
    if not hf:
        cmd.append("--no-pdf-header-footer")
    run(cmd + ["file://" + src(pid)])


def xlsx04(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    t = BY_ID["04"]["tables"][0]
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.append(["项目支出绩效目标表（2025年度）"])
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    for k, v in [("项目名称", t["project"]), ("主管部门", t["dept"]), ("实施单位", t["unit"]),
                 ("项目资金（万元）", t["amount"])]:
        ws.append([k, v])
        ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=6)
    ws.append(["一级指标", "二级指标", "三级指标", "计算符号", "指标值", "计量单位"])
    hdr = ws.max_row
    first = ws.max_row + 1
    for r in M.parse_rows(t):
        c = r["cells"]
        ws.append([c["l1"], c["l2"], c["name"], c["op"], c["num"], c["unit"]])
    merge_cats(ws, M.parse_rows(t), first, 1, 2)
    for row in ws.iter_rows(min_row=2, max_row=ws.max_row, max_col=6):
        for cell in row:
            cell.border = box
            cell.alignment = Alignment(vertical="center", wrap_text=True, horizontal="center" if cell.column != 3 else "left")
    for col, w in zip("ABCDEF", (12, 16, 34, 10, 22, 10)):
        ws.column_dimensions[col].width = w
    ws.cell(hdr, 1).font = Font(bold=True)
    wb.save(path)


def xlsx07(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side
    t = BY_ID["07"]["tables"][0]
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.append(["项目支出绩效自评表（2024年度）"])
    ws.merge_cells("A1:H1")
    ws.append(["项目名称", None, t["project"]])
    ws.merge_cells("A2:B2"); ws.merge_cells("C2:H2")
    ws.append(["主管部门", None, t["dept"], None, "实施单位", None, t["unit"]])
    ws.merge_cells("A3:B3"); ws.merge_cells("C3:D3"); ws.merge_cells("E3:F3"); ws.merge_cells("G3:H3")
    ws.append(["项目资金（万元）", None, None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率/得分"])
    ws.append([None, None, "年度资金总额", 76.8, 76.8, 74.52, 10, "97.03%/9.70"])
    ws.merge_cells("A4:B5")
    ws.append(["一级指标", "二级指标", "三级指标", "年度目标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    first = ws.max_row + 1
    rows = M.parse_rows(t)
    for r in rows:
        c = r["cells"]
        ws.append([c["l1"], c["l2"], c["name"], c["val"], c["act"], int(c["sc"]), float(c["got"]) if "." in c["got"]
                   else int(c["got"]), c["rsn"] or None])
    merge_cats(ws, rows, first, 1, 2)
    ws.append(["总分", None, None, None, None, 100, 98.45, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
    for row in ws.iter_rows(min_row=2, max_row=ws.max_row, max_col=8):
        for cell in row:
            cell.border = box
            cell.alignment = Alignment(vertical="center", wrap_text=True)
    for col, w in zip("ABCDEFGH", (10, 12, 26, 14, 12, 6, 6, 24)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)


def merge_cats(ws, rows, first, c1, c2):
    for col, key in ((c1, "l1"), (c2, "l2")):
        for i, r in enumerate(rows):
            if r[key + "_first"] and r[key + "_span"] > 1:
                ws.merge_cells(start_row=first + i, start_column=col, end_row=first + i + r[key + "_span"] - 1,
                               end_column=col)


def docx_table(pid, path, style=None, side=None):
    from docx import Document
    from docx.shared import Pt
    p = BY_ID[pid]
    t = p["tables"][0]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", "宋体")
    doc.add_heading(p["title"], level=1)
    rows = M.parse_rows(t)
    if pid == "08":
        doc.add_paragraph("部门（单位）名称：%s" % t["dept"])
        doc.add_paragraph("年度预算申请：资金总额%s万元，其中：财政拨款598.35万元，其他资金44.00万元。" % t["amount"])
        doc.add_paragraph("年度总体目标：健全县乡村三级中医药服务网络，实现乡镇卫生院中医馆全覆盖，提升基层中医药服务能力和群众中医药健康文化素养。")
    else:
        for k, v in [("项目名称", t["project"]), ("主管部门", t["dept"]), ("实施单位", t["unit"]),
                     ("项目资金", t["amount"] + "万元")]:
            doc.add_paragraph("%s：%s" % (k, v))
    ncol = 5 if side else 4
    tb = doc.add_table(rows=1 + len(rows), cols=ncol)
    if style:
        tb.style = style
    off = 1 if side else 0
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
        tb.cell(0, j + off).text = h
    for i, r in enumerate(rows, start=1):
        c = r["cells"]
        if r["l1_first"]:
            tb.cell(i, off).text = r["l1"]
        if r["l2_first"]:
            tb.cell(i, off + 1).text = r["l2"]
        tb.cell(i, off + 2).text = c["name"]
        tb.cell(i, off + 3).text = M.value_of(c)
    for key, col in (("l1", off), ("l2", off + 1)):
        for i, r in enumerate(rows, start=1):
            if r[key + "_first"] and r[key + "_span"] > 1:
                tb.cell(i, col).merge(tb.cell(i + r[key + "_span"] - 1, col))
    if side:
        tb.cell(0, 0).text = side
        tb.cell(0, 0).merge(tb.cell(len(rows), 0))
    doc.add_paragraph("")
    doc.add_paragraph("填报人：　　　　　审核人：　　　　　填报日期：%s" % p["date"])
    doc.save(path)


EXTRA = []  # (id, name) of the second PDFs


def pdfs(cdp):
    for pid, (name, hf) in CLI.items():
        chromium_cli(pid, name, hf)
    for pid, (name, opts) in CDPPDF.items():
        cdp.open(url(pid), 1280, 900)
        cdp.pdf(os.path.join(OUT, name + ".pdf"), **opts)
    # LibreOffice: the Word htm imported into Writer
    d = SCR + "/lo-pdf"
    os.makedirs(d, exist_ok=True)
    soffice(["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", d, src("01")])
    shutil.copy(os.path.join(d, "01_dianti.pdf"), os.path.join(OUT, "01-libreoffice-wordhtm.pdf"))
    EXTRA.append(("01", "01-libreoffice-wordhtm"))
    # LibreOffice from an xlsx / docx as a bureau would receive them
    xlsx04(d + "/04_pufa.xlsx")
    xlsx07(d + "/07_qiaowu.xlsx")
    docx_table("08", d + "/08_zhongyiyao.docx", style="Table Grid", side="年度履职目标")
    docx_table("15", d + "/15_minbing.docx")  # python-docx default table style: no borders
    for f, name in [("04_pufa.xlsx", "04-libreoffice-xlsx"), ("07_qiaowu.xlsx", "07-libreoffice-xlsx-landscape"),
                    ("08_zhongyiyao.docx", "08-libreoffice-docx"), ("15_minbing.docx", "15-libreoffice-docx-unruled")]:
        soffice(["--convert-to", "pdf", "--outdir", d, os.path.join(d, f)])
        shutil.copy(os.path.join(d, f.rsplit(".", 1)[0] + ".pdf"), os.path.join(OUT, name + ".pdf"))
        EXTRA.append((name[:2], name))
    # wkhtmltopdf
    for pid, name in [("03", "03-wkhtmltopdf"), ("10", "10-wkhtmltopdf-zebra")]:
        run(["wkhtmltopdf", "--quiet", "--enable-local-file-access", "--encoding", "utf-8", "-s", "A4", src(pid),
             os.path.join(OUT, name + ".pdf")])
        EXTRA.append((pid, name))
    # WeasyPrint
    for pid, name in [("05", "05-weasyprint-unruled"), ("12", "12-weasyprint")]:
        run([WEASY, "-m", "weasyprint", "--encoding", "utf-8", src(pid), os.path.join(OUT, name + ".pdf")])
        EXTRA.append((pid, name))


def expected_files():
    rows = M.expected_rows()
    names = [(pid, n) for pid, (n, _) in CLI.items()] + [(pid, n) for pid, (n, _) in CDPPDF.items()] + EXTRA
    for f in os.listdir(PDFSET):
        if f.endswith(".expected.jsonl"):
            os.remove(os.path.join(PDFSET, f))
    for pid, name in sorted(names, key=lambda x: x[1]):
        lines = []
        for r in rows:
            if r["page"]["id"] != pid:
                continue
            t = r["table"]
            lines.append(json.dumps(dict(source_id=pid, department=t["dept"], project=t["project"], name=r["name"],
                                         value=r["value"], level1_code=r["l1"], level2_code=r["l2"]),
                                    ensure_ascii=False))
        body = "\n".join(lines) + "\n"
        for d in (OUT, PDFSET):
            with open(os.path.join(d, name + ".expected.jsonl"), "w", encoding="utf-8") as f:
                f.write(body)
    return names


def main():
    for d in (OUT, TXT, PDFSET, SCR):
        os.makedirs(d, exist_ok=True)
    M.write_pages(HERE)
    M.write_gold(GOLD)
    httpd = serve()
    cdp = CDP()
    try:
        pdfs(cdp)
        texts(cdp)
    finally:
        cdp.close()
        httpd.shutdown()
    names = expected_files()
    print("gold rows:", len(M.expected_rows()), "text files:", len(os.listdir(TXT)), "pdfs:", len(names))
    for pid, name in sorted(names, key=lambda x: x[1]):
        info = run(["pdfinfo", os.path.join(OUT, name + ".pdf")]).decode()
        pages = [ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")][0]
        print("  %s: %s pages" % (name, pages))


if __name__ == "__main__":
    main()
