"""Build set 51: pages, xlsx/docx, page texts (7 Chromium + lynx/w3m/pandoc), 15 PDFs, gold and expected files.
Run: /tmp/h46/venv/bin/python build.py   (needs websocket-client, openpyxl, python-docx, pymupdf)"""
import base64, json, os, shutil, subprocess, sys, time, unicodedata, urllib.request
import websocket
import make_pages as M

SRC = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.abspath(os.path.join(SRC, "../../../.."))
TXT = os.path.join(MAIN, "tests/fixtures/pagetext51")
GOLD = os.path.join(MAIN, "corpus/gold/pagetext-heldout51.jsonl")
PDF = os.path.join(MAIN, "out/pdfs-heldout51")
BENCH = os.path.join(MAIN, "benchmarks/pdf-sets/heldout51")
WORK = "/tmp/h51"
PORT, HTTP = 9251, 8951
BASE = "http://127.0.0.1:%d/" % HTTP

# id -> (method, width, height, expression or None)
CAPTURE = {
    "01": ("copy", 1280, 900, None),
    "02": ("eval", 1100, 900, "document.querySelector('#kpi02').innerText"),
    "03": ("copy", 390, 844, None),
    "04": ("eval", 1024, 800, "document.querySelector('#content').innerText"),
    "05": ("eval", 1920, 1080, "document.body.innerText"),
    "06": ("drag", 1600, 2000, None),
    "07": ("copy", 1440, 900, None),
}
TEXTTOOLS = {
    "08": ["lynx", "-dump", "-width", "120"],
    "09": ["w3m", "-dump", "-cols", "110"],
    "10": ["pandoc", "-t", "plain"],
}
IN = 1.0
A4, LETTER = (8.27, 11.69), (8.5, 11.0)
CUSTOM_H = '<div style="font-size:8px;width:100%;text-align:center"><span class="title"></span></div>'
CUSTOM_F = '<div style="font-size:8px;width:100%;text-align:center">第<span class="pageNumber"></span>页 共<span class="totalPages"></span>页</div>'
# id -> list of (variant, options)
CHROME_PDF = {
    "01": ("a4-bg", dict(paper=A4, printBackground=True)),
    "02": ("a4-tallrows-2pages", dict(paper=A4)),
    "03": ("letter-landscape-scale80", dict(paper=LETTER, landscape=True, scale=0.8)),
    "04": ("a4-landscape-scale70-customhf", dict(paper=A4, landscape=True, scale=0.7, hf="custom")),
    "05": ("letter-scale90-noruling", dict(paper=LETTER, scale=0.9)),
    "06": ("letter-defaulthf-2pages", dict(paper=LETTER, hf="default")),
    "07": ("a4-scale70-bg-zebra", dict(paper=A4, scale=0.7, printBackground=True)),
    "08": ("a4-landscape-scale85", dict(paper=A4, landscape=True, scale=0.85)),
    "09": ("letter-bg-remarks", dict(paper=LETTER, printBackground=True)),
    "10": ("a4-scale95-2pages", dict(paper=A4, scale=0.95)),
}
LO = [("01", "libreoffice-xlsx-printtitles", "01_kafei.xlsx"),
      ("07", "libreoffice-xlsx-merged", "07_moyu.xlsx"),
      ("04", "libreoffice-docx-merged", "04_piying.docx"),
      ("10", "libreoffice-docx-tblheader-repeat", "10_xiangjiao.docx"),
      ("05", "libreoffice-html-writer", "05_longzhou.html")]


class CDP:
    def __init__(self, port):
        ver = json.load(urllib.request.urlopen("http://127.0.0.1:%d/json/version" % port))
        self.ws = websocket.create_connection(ver["webSocketDebuggerUrl"], max_size=None, suppress_origin=True)
        self.i = 0

    def call(self, method, params=None, sid=None):
        self.i += 1
        msg = {"id": self.i, "method": method, "params": params or {}}
        if sid:
            msg["sessionId"] = sid
        self.ws.send(json.dumps(msg))
        while True:
            r = json.loads(self.ws.recv())
            if r.get("id") == self.i:
                if "error" in r:
                    raise RuntimeError((method, r["error"]))
                return r.get("result", {})


def ev(c, sid, expr, await_=False):
    r = c.call("Runtime.evaluate", {"expression": expr, "returnByValue": True, "awaitPromise": await_}, sid)
    if "exceptionDetails" in r:
        raise RuntimeError(r["exceptionDetails"])
    return r["result"].get("value")


def open_page(c, url, w, h, mobile=False):
    tid = c.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    sid = c.call("Target.attachToTarget", {"targetId": tid, "flatten": True})["sessionId"]
    c.call("Page.enable", {}, sid)
    c.call("Emulation.setDeviceMetricsOverride", {"width": w, "height": h, "deviceScaleFactor": 1, "mobile": mobile}, sid)
    c.call("Emulation.setFocusEmulationEnabled", {"enabled": True}, sid)
    c.call("Page.navigate", {"url": url}, sid)
    for _ in range(100):
        time.sleep(0.1)
        if ev(c, sid, "document.readyState") == "complete":
            break
    time.sleep(0.4)
    return tid, sid


def key(c, sid, k, code, vk, cmd):
    c.call("Input.dispatchKeyEvent", {"type": "keyDown", "modifiers": 2, "key": k, "code": code,
                                      "windowsVirtualKeyCode": vk, "commands": [cmd]}, sid)
    c.call("Input.dispatchKeyEvent", {"type": "keyUp", "modifiers": 2, "key": k, "code": code,
                                      "windowsVirtualKeyCode": vk}, sid)


def mouse(c, sid, typ, x, y, buttons=1):
    c.call("Input.dispatchMouseEvent", {"type": typ, "x": x, "y": y, "button": "left", "buttons": buttons,
                                        "clickCount": 1}, sid)


def clip(c, sid):
    time.sleep(0.3)
    return ev(c, sid, "navigator.clipboard.readText()", True)


def capture(c, p):
    how, w, h, expr = CAPTURE[p["id"]]
    url = BASE + "%s_%s.html" % (p["id"], p["slug"])
    tid, sid = open_page(c, url, w, h, mobile=bool(p.get("mobile")))
    ev(c, sid, "navigator.clipboard.writeText('')", True)
    if how == "eval":
        text = ev(c, sid, expr)
    elif how == "copy":
        mouse(c, sid, "mousePressed", 5, 5)
        mouse(c, sid, "mouseReleased", 5, 5, 0)
        key(c, sid, "a", "KeyA", 65, "selectAll")
        key(c, sid, "c", "KeyC", 67, "copy")
        text = clip(c, sid)
    else:  # drag over the table
        r = ev(c, sid, "(()=>{const t=document.querySelector('#kpi%s');const a=t.querySelector('th').getBoundingClientRect();"
                       "const cs=t.querySelectorAll('tbody td');const b=cs[cs.length-1].getBoundingClientRect();"
                       "return [a.left+4,a.top+4,b.right-4,b.bottom-4]})()" % p["id"])
        x0, y0, x1, y1 = r
        mouse(c, sid, "mousePressed", x0, y0)
        for k in range(1, 21):
            c.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x0 + (x1 - x0) * k / 20,
                                                "y": y0 + (y1 - y0) * k / 20, "button": "left", "buttons": 1}, sid)
        mouse(c, sid, "mouseReleased", x1, y1, 0)
        key(c, sid, "c", "KeyC", 67, "copy")
        text = clip(c, sid)
    c.call("Target.closeTarget", {"targetId": tid})
    return text


def txtname(p):
    return "%s_%s_%s.txt" % (p["id"], p["tool"], p["slug"])


def print_pdf(c, p, opts):
    url = BASE + "%s_%s.html" % (p["id"], p["slug"])
    tid, sid = open_page(c, url, 1280, 900)
    w, h = opts["paper"]
    prm = {"paperWidth": w, "paperHeight": h, "landscape": opts.get("landscape", False), "scale": opts.get("scale", 1.0),
           "printBackground": opts.get("printBackground", False), "marginTop": 0.4, "marginBottom": 0.4,
           "marginLeft": 0.4, "marginRight": 0.4, "preferCSSPageSize": False}
    if opts.get("hf") == "default":
        prm.update(displayHeaderFooter=True, marginTop=0.6, marginBottom=0.6)
    elif opts.get("hf") == "custom":
        prm.update(displayHeaderFooter=True, headerTemplate=CUSTOM_H, footerTemplate=CUSTOM_F, marginTop=0.7, marginBottom=0.7)
    data = c.call("Page.printToPDF", prm, sid)["data"]
    c.call("Target.closeTarget", {"targetId": tid})
    return base64.b64decode(data)


def norm(s):
    return "".join(unicodedata.normalize("NFKC", s).split())


def where_rows(pdf, names):
    import fitz
    d = fitz.open(pdf)
    pages = [norm(pg.get_text()) for pg in d]
    lens = [len(pg.get_text()) for pg in d]
    res, last = [], 0
    for nm in names:
        k = norm(nm)
        hit = next((i for i in range(last, len(pages)) if k in pages[i]), None)
        if hit is None:
            hit = next((i for i in range(last, len(pages)) if k[:4] in pages[i]), None)
        if hit is None:
            res.append(0)
        else:
            res.append(hit + 1)
            last = hit
    return len(d), lens, res


def main():
    os.makedirs(WORK, exist_ok=True)
    for d in (TXT, PDF, BENCH):
        os.makedirs(d, exist_ok=True)
    # 1. sources
    for p in M.DATA:
        with open(os.path.join(SRC, "%s_%s.html" % (p["id"], p["slug"])), "w", encoding="utf-8") as f:
            f.write(M.page_html(p))
    D = {p["id"]: p for p in M.DATA}
    M.write_xlsx(D["01"], os.path.join(SRC, "01_kafei.xlsx"), print_titles=True)
    M.write_xlsx(D["07"], os.path.join(SRC, "07_moyu.xlsx"))
    M.write_docx(D["04"], os.path.join(SRC, "04_piying.docx"))
    M.write_docx(D["10"], os.path.join(SRC, "10_xiangjiao.docx"), repeat_header=True, prose=True)
    # 2. gold and expected (from DATA only)
    with open(GOLD, "w", encoding="utf-8") as f:
        for p in M.DATA:
            for r in M.gold_rows(p, txtname(p)):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # 3. text tools
    for i, cmd in TEXTTOOLS.items():
        p = D[i]
        out = subprocess.run(cmd + ["%s_%s.html" % (i, p["slug"])], cwd=SRC, capture_output=True, check=True).stdout
        open(os.path.join(TXT, txtname(p)), "wb").write(out)
    # 4. chromium
    srv = subprocess.Popen([sys.executable, "-m", "http.server", str(HTTP), "--bind", "127.0.0.1"], cwd=SRC,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    chrome = subprocess.Popen(["/usr/bin/chromium", "--headless=new", "--remote-debugging-port=%d" % PORT,
                               "--user-data-dir=%s/chrome" % WORK, "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                               "--remote-allow-origins=*", "--no-first-run", "about:blank"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print("pids: http.server", srv.pid, "chromium", chrome.pid, flush=True)
    try:
        for _ in range(100):
            try:
                c = CDP(PORT)
                break
            except Exception:
                time.sleep(0.2)
        c.call("Browser.grantPermissions", {"origin": BASE.rstrip("/"),
                                            "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
        for i in CAPTURE:
            p = D[i]
            t = capture(c, p)
            open(os.path.join(TXT, txtname(p)), "w", encoding="utf-8", newline="").write(t)
            print("text", txtname(p), len(t), flush=True)
        made = []
        for i, (var, opts) in CHROME_PDF.items():
            stem = "%s-chromium-%s" % (i, var)
            open(os.path.join(PDF, stem + ".pdf"), "wb").write(print_pdf(c, D[i], opts))
            made.append((i, stem))
    finally:
        chrome.terminate(); chrome.wait()
        srv.terminate(); srv.wait()
    # 5. libreoffice
    lo = os.path.join(WORK, "lo")
    os.makedirs(lo, exist_ok=True)
    for i, var, src in LO:
        cmd = ["soffice", "-env:UserInstallation=file://%s/lo-profile" % WORK, "--headless"]
        if src.endswith(".html"):
            cmd.append('--infilter=HTML (StarWriter)')
        cmd += ["--convert-to", "pdf", "--outdir", lo, os.path.join(SRC, src)]
        subprocess.run(cmd, check=True, capture_output=True)
        stem = "%s-%s" % (i, var)
        shutil.copy(os.path.join(lo, os.path.splitext(src)[0] + ".pdf"), os.path.join(PDF, stem + ".pdf"))
        made.append((i, stem))
    # 6. expected files + page report
    made.sort()
    for i, stem in made:
        rows = M.expected_rows(D[i])
        with open(os.path.join(PDF, stem + ".expected.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        shutil.copy(os.path.join(PDF, stem + ".expected.jsonl"), os.path.join(BENCH, stem + ".expected.jsonl"))
        n, lens, where = where_rows(os.path.join(PDF, stem + ".pdf"), [r["name"] for r in rows])
        print("pdf", stem, "pages", n, "chars/page", lens, "rows->pages", where, flush=True)


if __name__ == "__main__":
    main()
