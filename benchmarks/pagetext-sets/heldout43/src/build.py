"""Held-out set 43: rebuild pages, page text (one real tool per page), PDFs, gold and expected files.

Usage: /tmp/h43/venv/bin/python build.py [OUTDIR]
  OUTDIR defaults to the repo (/work/main): writes
  tests/fixtures/pagetext43/*.txt, corpus/gold/pagetext-heldout43.jsonl,
  out/pdfs-heldout43/*.pdf + *.expected.jsonl, benchmarks/pdf-sets/heldout43/*.expected.jsonl.
Needs: /usr/bin/chromium, soffice, pandoc, wkhtmltopdf, node (with /tmp/h43/node: node-html-parser, jsdom,
@mozilla/readability), /tmp/pdf9/venv (weasyprint), /tmp/h43/venv (websocket-client, reportlab, html-to-markdown,
pdfplumber, openpyxl, python-docx). Tool output is written as the tool gave it.
"""
import base64
import http.server
import json
import os
import shutil
import socketserver
import subprocess
import sys
import threading
import time

import websocket

SRC = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, SRC)
import make_pages as M  # noqa: E402

ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "/work/main"
TXT = os.path.join(ROOT, "tests/fixtures/pagetext43")
GOLD = os.path.join(ROOT, "corpus/gold/pagetext-heldout43.jsonl")
PDF = os.path.join(ROOT, "out/pdfs-heldout43")
PDFSET = os.path.join(ROOT, "benchmarks/pdf-sets/heldout43")
WORK = "/tmp/h43/build"
PORT_HTTP, PORT_CDP = 8743, 9343
CHROME = "/usr/bin/chromium"
NODE = "/usr/bin/node"
NODEDIR = "/tmp/h43/node"
WEASY = "/tmp/pdf9/venv/bin/python"
LO_PROFILE = "file:///tmp/lo43"
BYID = {p["id"]: p for p in M.DATA}

# ------------------------------------------------------------------ page text plan: id -> (file, tool, shape quirks)
TEXT = {
    "01": ("01_chromium_copy1536_msoword_tuoyu.txt", ["chromium_copy", "width_1536", "trs_editor", "word_pasted_msonormaltable", "mso_spans", "header_block", "qizhong_name"]),
    "02": ("02_pandoc_mediawiki_eltable_zhongzhi.txt", ["pandoc_mediawiki", "element_ui_table", "split_header_body_tables", "remark_column", "descriptions_block"]),
    "03": ("03_chromium_innertext1366_oldlayout_two_tables_pucha.txt", ["chromium_innertext_body", "width_1366", "old_layout_tables", "font_tags", "two_tables", "header_block"]),
    "04": ("04_nodehtmlparser_structured_ke_yulu.txt", ["node_html_parser_structuredtext", "kindeditor_table", "seq_column", "remark_column", "qizhong_name", "header_block"]),
    "05": ("05_chromium_eltext1440_selfeval_shequ.txt", ["chromium_innertext_element", "width_1440", "ueditor", "self_evaluation", "header_block", "qizhong_name"]),
    "06": ("06_chromium_drag1280_twin_tejiao.txt", ["chromium_drag", "width_1280", "bootstrap_table", "twin_period_annual", "two_row_header", "caption"]),
    "07": ("07_soffice_calccsv_zebra_every_yanhua.txt", ["soffice_calc_html_csv", "zebra_unruled", "categories_every_row", "two_row_header_colspan", "deadline_value"]),
    "08": ("08_chromium_drag1920_wps_opcols_nongchang.txt", ["chromium_drag", "width_1920", "wps_pasted", "split_op_num_unit", "qualitative_op"]),
    "09": ("09_htmltomarkdown_deptwhole_renda.txt", ["html_to_markdown", "dept_whole", "cost_as_level1", "qizhong_name", "header_block"]),
    "10": ("10_chromium_copy1024_antd_aizi.txt", ["chromium_copy", "width_1024", "antd_table", "row_lines_only", "qizhong_name"]),
    "11": ("11_pandoc_dokuwiki_rowlines_caisha.txt", ["pandoc_dokuwiki", "row_lines_only", "project_block_br"]),
    "12": ("12_chromium_copy390_mobile_wide_zhongcai.txt", ["chromium_copy", "width_390_mobile", "table_responsive_scroll", "seq_column", "remark_column", "cost_as_level1"]),
    "13": ("13_readability_jsdom_textcontent_two_tables_aiwei.txt", ["readability_jsdom_textcontent", "unruled_no_lines", "two_tables", "td_header_row"]),
    "14": ("14_chromium_copy1680_grouprows_weifang.txt", ["chromium_copy", "width_1680", "group_heading_rows", "row_lines_only", "qizhong_name"]),
    "15": ("15_pandoc_jira_threeline_zhengxie.txt", ["pandoc_jira", "three_line_table", "caption"]),
    "16": ("16_pdfplumber_weasyprint_grid_mingcheng.txt", ["pdfplumber_extract_text", "weasyprint_pdf", "ruled", "seq_column", "thead", "qizhong_name"]),
}

# ------------------------------------------------------------------ PDFs: (stem, maker kind, options)
A4 = (8.27, 11.69)
LETTER = (8.5, 11.0)
PDFS = [
    ("01-chromium-msoword-letter-hf", "cli", dict(hf=True)),
    ("02-chromium-eltable-a4", "cdp", dict(paper=A4, printBackground=True)),
    ("03-chromium-oldlayout-a4-landscape-scale80", "cdp", dict(paper=A4, landscape=True, scale=0.8)),
    ("04-chromium-ke-a4", "cli", dict(hf=False)),
    ("05-chromium-selfeval-a4-scale90-hf", "cdp", dict(paper=A4, scale=0.9, displayHeaderFooter=True, printBackground=True)),
    ("06-chromium-twin-letter-landscape", "cdp", dict(paper=LETTER, landscape=True, printBackground=True)),
    ("07-chromium-zebra-a4-3pages", "cdp", dict(paper=A4, printBackground=True)),
    ("08-chromium-wps-letter-scale75-hf", "cdp", dict(paper=LETTER, scale=0.75, displayHeaderFooter=True, template="custom")),
    ("09-chromium-dept-a4", "cdp", dict(paper=A4, printBackground=True)),
    ("10-chromium-antd-unruled-letter", "cli", dict(hf=False)),
    ("11-chromium-rowlines-a4-scale85", "cdp", dict(paper=A4, scale=0.85)),
    ("12-chromium-wide-letter", "cdp", dict(paper=LETTER, printBackground=True)),
    ("13-chromium-unruled-letter-hf", "cli", dict(hf=True)),
    ("14-chromium-grouprows-a4-landscape-hf", "cdp", dict(paper=A4, landscape=True, printBackground=True, displayHeaderFooter=True, template="custom")),
    ("15-chromium-threeline-letter-scale70", "cdp", dict(paper=LETTER, scale=0.7)),
    ("16-chromium-grid-letter", "cli", dict(hf=False)),
    ("04-libreoffice-html-writerweb", "lo_html", dict(infilter=None)),
    ("14-libreoffice-html-starwriter-unruled", "lo_html", dict(infilter="HTML (StarWriter)")),
    ("05-libreoffice-xlsx-landscape", "lo_file", dict(src="05_shequ.xlsx")),
    ("08-libreoffice-xlsx-2pages", "lo_file", dict(src="08_nongchang.xlsx")),
    ("09-libreoffice-docx", "lo_file", dict(src="09_renda.docx")),
    ("02-wkhtmltopdf-eltable", "wk", dict(args=["-s", "A4"])),
    ("11-wkhtmltopdf-rowlines-landscape", "wk", dict(args=["-s", "A4", "-O", "Landscape"])),
    ("15-wkhtmltopdf-threeline-letter", "wk", dict(args=["-s", "Letter", "--zoom", "0.9", "--print-media-type"])),
    ("16-weasyprint-grid", "weasy", dict()),
    ("06-weasyprint-twin", "weasy", dict()),
    ("07-reportlab-grid-span", "rl", dict(style="grid")),
    ("12-reportlab-lines", "rl", dict(style="lines")),
    ("03-reportlab-grid-landscape-two", "rl", dict(style="grid2")),
]


def html_name(pid):
    return f"{pid}_{BYID[pid]['slug']}.html"


# ------------------------------------------------------------------ http server + chromium over CDP
class Quiet(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *a, **k):
        super().__init__(*a, directory=WORK, **k)

    def log_message(self, *a):
        pass


def serve():
    socketserver.TCPServer.allow_reuse_address = True
    srv = socketserver.TCPServer(("127.0.0.1", PORT_HTTP), Quiet)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


class CDP:
    def __init__(self):
        prof = "/tmp/h43/chrome-profile"
        shutil.rmtree(prof, ignore_errors=True)
        self.proc = subprocess.Popen([CHROME, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                      f"--remote-debugging-port={PORT_CDP}", f"--user-data-dir={prof}", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        import urllib.request
        for _ in range(100):
            try:
                info = json.load(urllib.request.urlopen(f"http://127.0.0.1:{PORT_CDP}/json/version"))
                break
            except Exception:
                time.sleep(0.2)
        self.bws = websocket.create_connection(info["webSocketDebuggerUrl"], max_size=None)
        self.version = info["Browser"]
        self.i = 0
        self.ws = None

    def _call(self, ws, method, params=None, sid=None):
        self.i += 1
        msg = {"id": self.i, "method": method, "params": params or {}}
        ws.send(json.dumps(msg))
        while True:
            r = json.loads(ws.recv())
            if r.get("id") == self.i:
                if "error" in r:
                    raise RuntimeError(f"{method}: {r['error']}")
                return r.get("result", {})

    def call(self, method, **params):
        return self._call(self.ws, method, params)

    def bcall(self, method, **params):
        return self._call(self.bws, method, params)

    def open(self, url, width, height, mobile=False, scale=1):
        import urllib.request
        tgt = self.bcall("Target.createTarget", url="about:blank")["targetId"]
        self.target = tgt
        self.ws = websocket.create_connection(f"ws://127.0.0.1:{PORT_CDP}/devtools/page/{tgt}", max_size=None)
        self.bcall("Browser.grantPermissions", origin=f"http://127.0.0.1:{PORT_HTTP}",
                   permissions=["clipboardReadWrite", "clipboardSanitizedWrite"])
        self.call("Page.enable")
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=scale, mobile=mobile)
        self.call("Page.navigate", url=url)
        for _ in range(100):
            if self.eval("document.readyState") == "complete":
                break
            time.sleep(0.1)
        time.sleep(0.5)

    def close(self):
        self.ws.close()
        self.bcall("Target.closeTarget", targetId=self.target)

    def eval(self, expr, awaitp=False):
        r = self.call("Runtime.evaluate", expression=expr, returnByValue=True, awaitPromise=awaitp)
        return r["result"].get("value")

    def mouse(self, typ, x, y, buttons=0, clicks=1):
        self.call("Input.dispatchMouseEvent", type=typ, x=x, y=y, button="left" if typ != "mouseMoved" or buttons else "none",
                  buttons=buttons, clickCount=clicks)

    def key(self, k, code, vk, cmd):
        self.call("Input.dispatchKeyEvent", type="rawKeyDown", key=k, code=code, windowsVirtualKeyCode=vk, modifiers=2, commands=[cmd])
        self.call("Input.dispatchKeyEvent", type="keyUp", key=k, code=code, windowsVirtualKeyCode=vk, modifiers=2)

    def clipboard(self):
        self.eval("window.focus()")
        return self.eval("navigator.clipboard.readText()", awaitp=True)

    def copy_all(self):
        self.mouse("mousePressed", 5, 300); self.mouse("mouseReleased", 5, 300)
        self.key("a", "KeyA", 65, "selectAll")
        self.key("c", "KeyC", 67, "copy")
        time.sleep(0.3)
        return self.clipboard()

    def drag_table(self, selector):
        self.eval(f"document.querySelector('{selector}').scrollIntoView(true)")
        time.sleep(0.3)
        js = f"""(function(){{
 var t=document.querySelector('{selector}');
 var w=document.createTreeWalker(t,NodeFilter.SHOW_TEXT,{{acceptNode:function(n){{return n.data.trim()?1:3}}}});
 var first=null,last=null,n;
 while(n=w.nextNode()){{ if(!first) first=n; last=n; }}
 var r1=document.createRange(); r1.selectNodeContents(first); var a=r1.getClientRects()[0];
 var r2=document.createRange(); r2.selectNodeContents(last); var rs=r2.getClientRects(); var b=rs[rs.length-1];
 return [a.left,a.top+a.height/2,b.right,b.top+b.height/2];
}})()"""
        x1, y1, x2, y2 = self.eval(js)
        x1 -= 2; x2 += 1
        self.mouse("mousePressed", x1, y1, buttons=1)
        for k in range(1, 13):
            self.mouse("mouseMoved", x1 + (x2 - x1) * k / 12, y1 + (y2 - y1) * k / 12, buttons=1)
        self.mouse("mouseReleased", x2, y2, buttons=0)
        time.sleep(0.2)
        self.key("c", "KeyC", 67, "copy")
        time.sleep(0.3)
        return self.clipboard()

    def pdf(self, opts):
        w, h = opts.get("paper", LETTER)
        params = dict(paperWidth=w, paperHeight=h, landscape=opts.get("landscape", False), scale=opts.get("scale", 1),
                      printBackground=opts.get("printBackground", False), displayHeaderFooter=opts.get("displayHeaderFooter", False),
                      preferCSSPageSize=False)
        if opts.get("template") == "custom":
            params["headerTemplate"] = ('<div style="font-size:8px;width:100%;padding:0 12mm;display:flex;justify-content:space-between">'
                                        '<span class="date"></span><span class="title"></span></div>')
            params["footerTemplate"] = ('<div style="font-size:8px;width:100%;padding:0 12mm;display:flex;justify-content:space-between">'
                                        '<span class="url"></span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>')
            params["marginTop"] = 0.6
            params["marginBottom"] = 0.6
        return base64.b64decode(self.call("Page.printToPDF", **params)["data"])

    def quit(self):
        try:
            self.bcall("Browser.close")
        except Exception:
            pass
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:   # our own chromium only, by its pid
            self.proc.terminate()
            self.proc.wait(timeout=15)


# ------------------------------------------------------------------ browser page text
BROWSER = {  # id -> (action, width, height, extra)
    "01": ("copy", 1536, 864, {}),
    "03": ("innertext", 1366, 768, {"sel": "body"}),
    "05": ("innertext", 1440, 900, {"sel": "#zoom"}),
    "06": ("drag", 1280, 1000, {"sel": "table.perf"}),
    "08": ("drag", 1920, 1080, {"sel": ".TRS_UEDITOR table"}),
    "10": ("copy", 1024, 768, {}),
    "12": ("copy", 390, 844, {"mobile": True, "scale": 3}),
    "14": ("copy", 1680, 1050, {}),
}


def browser_text(cdp, pid):
    act, w, h, ex = BROWSER[pid]
    cdp.open(f"http://127.0.0.1:{PORT_HTTP}/{html_name(pid)}", w, h, mobile=ex.get("mobile", False), scale=ex.get("scale", 1))
    if act == "copy":
        txt = cdp.copy_all()
    elif act == "innertext":
        txt = cdp.eval(f"document.querySelector('{ex['sel']}').innerText")
    else:
        txt = cdp.drag_table(ex["sel"])
    cdp.close()
    return txt


def run(cmd, **k):
    return subprocess.run(cmd, check=True, capture_output=True, **k)


def extractor_text(pid, pdfdir):
    path = os.path.join(WORK, html_name(pid))
    py = sys.executable
    if pid == "02":
        return run(["pandoc", "-f", "html", "-t", "mediawiki", path]).stdout.decode()
    if pid == "11":
        return run(["pandoc", "-f", "html", "-t", "dokuwiki", path]).stdout.decode()
    if pid == "15":
        return run(["pandoc", "-f", "html", "-t", "jira", path]).stdout.decode()
    if pid == "04":
        js = ("const {parse}=require('node-html-parser');const fs=require('fs');"
              "process.stdout.write(parse(fs.readFileSync(process.argv[1],'utf8')).structuredText);")
        return run([NODE, "-e", js, path], cwd=NODEDIR).stdout.decode()
    if pid == "13":
        js = ("const {JSDOM}=require('jsdom');const {Readability}=require('@mozilla/readability');const fs=require('fs');"
              "const dom=new JSDOM(fs.readFileSync(process.argv[1],'utf8'),{url:'http://127.0.0.1:8743/13_aiwei.html'});"
              "const a=new Readability(dom.window.document).parse();process.stdout.write(a.title+'\\n'+a.textContent);")
        return run([NODE, "-e", js, path], cwd=NODEDIR).stdout.decode()
    if pid == "09":
        code = "import sys;from html_to_markdown import convert;sys.stdout.write(convert(open(sys.argv[1],encoding='utf-8').read()).content)"
        return run([py, "-c", code, path]).stdout.decode()
    if pid == "07":
        d = os.path.join(WORK, "calc")
        os.makedirs(d, exist_ok=True)
        run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--infilter=calc_HTML_WebQuery",
             "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", d, path])
        return open(os.path.join(d, html_name(pid)[:-5] + ".csv"), encoding="utf-8").read()
    if pid == "16":
        code = ("import sys,pdfplumber\nwith pdfplumber.open(sys.argv[1]) as pdf:\n"
                "    sys.stdout.write('\\n'.join(p.extract_text() for p in pdf.pages))\n")
        return run([py, "-c", code, os.path.join(pdfdir, "16-weasyprint-grid.pdf")]).stdout.decode()
    raise KeyError(pid)


# ------------------------------------------------------------------ PDF makers
def lo_convert(src, outdir, infilter=None):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", "pdf", "--outdir", outdir, src]
    run(cmd)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def reportlab_pdf(pid, style, out):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4 as RA4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    if "DSF" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DSF", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))  # WenQuanYi Zen Hei (Droid Sans Fallback lacks ≥ ≤ ‰ “ ” —)
    p = BYID[pid]
    cell = ParagraphStyle("c", fontName="DSF", fontSize=9, leading=12, wordWrap="CJK")
    cellc = ParagraphStyle("cc", parent=cell, alignment=1)
    title = ParagraphStyle("t", fontName="DSF", fontSize=15, leading=20, alignment=1, spaceAfter=6)
    small = ParagraphStyle("s", fontName="DSF", fontSize=9, leading=12)
    pagesize = landscape(RA4) if style == "grid2" else RA4
    doc = SimpleDocTemplate(out, pagesize=pagesize, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=15 * mm,
                            title=f"{p['dept']}绩效目标表", author="预算管理一体化系统", creator="预算管理一体化系统 报表导出")
    story = []
    W = pagesize[0] - 30 * mm
    for ti, t in enumerate(p["tables"]):
        rows = M.parse(t)
        story.append(Paragraph(f"{t['project']}绩效目标表" if style != "lines" else "项目支出绩效目标申报表", title))
        amount = t.get("amount") or p["amount"][0]
        data = [[Paragraph("项目名称", cellc), Paragraph(t["project"], cell), "", ""],
                [Paragraph("主管部门", cellc), Paragraph(p["dept"], cell), Paragraph("项目资金（万元）", cellc), Paragraph(amount, cellc)]]
        spans = [("SPAN", (1, 0), (3, 0))]
        if style in ("grid", "lines"):
            data.append([Paragraph("年度绩效目标", cellc), Paragraph(p["goal"], cell), "", ""])
            spans.append(("SPAN", (1, 2), (3, 2)))
        head = len(data)
        data.append([Paragraph(h, cellc) for h in ("一级指标", "二级指标", "三级指标", "指标值")])
        # categories: runs of equal 一级 / (一级, 二级) merged with SPAN (grid) or printed once (lines)
        runs = {}
        for key, c in (("L1", 0), ("L2", 1)):
            i = 0
            while i < len(rows):
                j = i
                while j + 1 < len(rows) and rows[j + 1]["L1"] == rows[i]["L1"] and (c == 0 or rows[j + 1]["L2"] == rows[i]["L2"]):
                    j += 1
                runs[(i, c)] = j
                i = j + 1
        for i, r in enumerate(rows):
            row = [Paragraph(r["L1"], cellc) if (i, 0) in runs else "", Paragraph(r["L2"], cellc) if (i, 1) in runs else "",
                   Paragraph(r["name"], cell), Paragraph(r["val"], cellc)]
            data.append(row)
            if style != "lines":
                y = head + 1 + i
                for c in (0, 1):
                    if (i, c) in runs and runs[(i, c)] > i:
                        spans.append(("SPAN", (c, y), (c, y + runs[(i, c)] - i)))
        cw = [W * f for f in (0.14, 0.17, 0.42, 0.27)]
        ts = [("FONTNAME", (0, 0), (-1, -1), "DSF"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
              ("BACKGROUND", (0, head), (-1, head), colors.HexColor("#DDE6F0"))] + spans
        if style in ("grid", "grid2"):
            ts.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        else:
            ts += [("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black), ("LINEBELOW", (0, head), (-1, head), 0.8, colors.black),
                   ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black), ("LINEBELOW", (0, head - 1), (-1, head - 1), 0.4, colors.grey)]
        story.append(Table(data, colWidths=cw, repeatRows=head + 1 if style == "grid" else 0, style=TableStyle(ts)))
        story.append(Spacer(1, 8 * mm))
    story.append(Paragraph("打印时间：2025-03-20 09:12:47　　制表：预算管理一体化系统", small))
    doc.build(story)


def build_pdfs():
    os.makedirs(PDF, exist_ok=True)
    made = {}
    cdp = CDP()
    made["chromium_version"] = cdp.version
    for stem, kind, opts in PDFS:
        pid = stem[:2]
        out = os.path.join(PDF, stem + ".pdf")
        src = os.path.join(WORK, html_name(pid))
        if kind == "cli":
            cmd = [CHROME, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                   f"--user-data-dir=/tmp/h43/chrome-cli", f"--print-to-pdf={out}"]
            if not opts["hf"]:
                cmd.append("--no-pdf-header-footer")
            run(cmd + ["file://" + src])
        elif kind == "cdp":
            cdp.open(f"http://127.0.0.1:{PORT_HTTP}/{html_name(pid)}", 1280, 900)
            data = cdp.pdf(opts)
            cdp.close()
            open(out, "wb").write(data)
        elif kind == "lo_html":
            d = os.path.join(WORK, "lo_" + stem)
            os.makedirs(d, exist_ok=True)
            shutil.move(lo_convert(src, d, opts["infilter"]), out)
        elif kind == "lo_file":
            d = os.path.join(WORK, "lo_" + stem)
            os.makedirs(d, exist_ok=True)
            shutil.move(lo_convert(os.path.join(WORK, opts["src"]), d), out)
        elif kind == "wk":
            run(["wkhtmltopdf", "--quiet", "--enable-local-file-access", "--encoding", "utf-8"] + opts["args"] + [src, out])
        elif kind == "weasy":
            run([WEASY, "-c", "import sys,weasyprint;weasyprint.HTML(sys.argv[1]).write_pdf(sys.argv[2])", src, out])
        elif kind == "rl":
            reportlab_pdf(pid, opts["style"], out)
        made[stem] = out
    cdp.quit()
    return made


# ------------------------------------------------------------------ gold / expected
def write_gold_and_expected():
    os.makedirs(os.path.dirname(GOLD), exist_ok=True)
    with open(GOLD, "w", encoding="utf-8") as g:
        for p in M.DATA:
            fname, quirks = TEXT[p["id"]]
            for n, r in enumerate(M.gold_rows(p), 1):
                q = list(quirks)
                if len(p["tables"]) > 1:
                    q.append(f"table_{r['table'] + 1}")
                if r["l1_cont"]:
                    q.append("l1_merged_continuation")
                if r["l2_cont"]:
                    q.append("l2_merged_continuation")
                g.write(json.dumps(dict(file=fname, n=n, name=r["name"], annual_value=r["annual_value"],
                                        period_value=r["period_value"], level1_code=r["level1_code"],
                                        level2_code=r["level2_code"], url=None, quirks=q), ensure_ascii=False) + "\n")
    os.makedirs(PDFSET, exist_ok=True)
    for stem, kind, opts in PDFS:
        p = BYID[stem[:2]]
        lines = [json.dumps(dict(source_id=p["id"], department=p["dept"], project=r["project"], name=r["name"],
                                 value=r["annual_value"], level1_code=r["level1_code"], level2_code=r["level2_code"]),
                            ensure_ascii=False) for r in M.gold_rows(p)]
        for d in (PDF, PDFSET):
            with open(os.path.join(d, stem + ".expected.jsonl"), "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    M.main(SRC)                      # pages, xlsx, docx into src/
    for f in os.listdir(SRC):
        if f[:2].isdigit():
            shutil.copy(os.path.join(SRC, f), WORK)
    srv = serve()
    made = build_pdfs()
    print("chromium:", made.pop("chromium_version"))
    os.makedirs(TXT, exist_ok=True)
    cdp = CDP()
    for pid in sorted(TEXT):
        txt = browser_text(cdp, pid) if pid in BROWSER else extractor_text(pid, PDF)
        with open(os.path.join(TXT, TEXT[pid][0]), "w", encoding="utf-8", newline="") as f:
            f.write(txt)
        print(pid, TEXT[pid][0], len(txt))
    cdp.quit()
    srv.shutdown()
    write_gold_and_expected()
    print("pdfs:", len(made))


if __name__ == "__main__":
    main()
