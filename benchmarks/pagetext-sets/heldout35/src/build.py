#!/usr/bin/env python3
"""Rebuild held-out set 35: the pages (via make_pages.py), then the text a person gets out of each
page in a real browser, taken from headless Chromium over the DevTools protocol.

Per page one way of getting the text (see FILES): document.body.innerText; select-all
(execCommand('selectAll') then getSelection().toString(), what Ctrl+A Ctrl+C gives); a drag-like
selection of the table region (a Range from the title to the end of the table put into the
selection, then getSelection().toString()); the page printed to PDF by Chromium (A4, no
backgrounds) and turned into text by pdftotext (plain, or -layout); document.body.textContent;
real key presses Ctrl+A, Ctrl+C and the clipboard read back (navigator.clipboard.readText()).
Each page is loaded in a fresh Chromium started with its own --window-size. The text is written as
UTF-8 exactly as the tool gave it.

Needs: chromium (apt), pdftotext (poppler-utils), python package websocket-client.
Usage: python build.py [OUTDIR]   (default OUTDIR: ../../../../tests/fixtures/pagetext35)
"""
import base64, json, os, shutil, subprocess, sys, tempfile, time, urllib.request
from pathlib import Path
import websocket

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parents[3] / "tests" / "fixtures" / "pagetext35"
PORT = int(os.environ.get("PT35_PORT", "9335"))
NARROW, DEFAULT, WIDE = (480, 900), (1280, 900), (1600, 1000)


class Chrome:
    def __init__(self, size):
        self.prof = tempfile.mkdtemp(prefix="pt35prof")
        self.p = subprocess.Popen(["chromium", "--headless", "--no-sandbox", f"--remote-debugging-port={PORT}",
                                   f"--window-size={size[0]},{size[1]}", f"--user-data-dir={self.prof}",
                                   "--no-first-run", "--hide-scrollbars", "--lang=zh-CN", "about:blank"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pages = []
        for _ in range(200):
            try:
                pages = [t for t in json.load(urllib.request.urlopen(f"http://127.0.0.1:{PORT}/json")) if t["type"] == "page"]
                if pages: break
            except Exception:
                pass
            time.sleep(0.1)
        self.ws = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=120, suppress_origin=True)
        self.i = 0

    def call(self, method, **params):
        self.i += 1
        self.ws.send(json.dumps({"id": self.i, "method": method, "params": params}))
        while True:
            m = json.loads(self.ws.recv())
            if m.get("id") == self.i:
                if "error" in m: raise RuntimeError(m["error"])
                return m["result"]

    def js(self, expr, await_promise=False):
        r = self.call("Runtime.evaluate", expression=expr, returnByValue=True, awaitPromise=await_promise, userGesture=True)
        if "exceptionDetails" in r: raise RuntimeError(r["exceptionDetails"])
        return r["result"].get("value")

    def open(self, url):
        self.call("Page.enable")
        self.call("Page.navigate", url=url)
        for _ in range(400):
            if self.js("document.readyState") == "complete": break
            time.sleep(0.05)
        self.js("document.fonts.ready.then(()=>1)", True)
        time.sleep(0.3)

    def close(self):
        self.ws.close(); self.p.terminate(); self.p.wait()
        shutil.rmtree(self.prof, ignore_errors=True)


# --- the ways of getting text ---------------------------------------------------------------------

def inner_text(c, **kw):
    return c.js("document.body.innerText")

def text_content(c, **kw):
    return c.js("document.body.textContent")

def select_all(c, **kw):
    return c.js("document.execCommand('selectAll'); window.getSelection().toString()")

def region_selection(c, start, end, **kw):
    return c.js(f"""(function(){{var r=document.createRange();
      r.setStartBefore(document.querySelector({json.dumps(start)}));
      r.setEndAfter(document.querySelector({json.dumps(end)}));
      var s=window.getSelection(); s.removeAllRanges(); s.addRange(r); return s.toString();}})()""")

def keyboard_copy(c, **kw):
    c.call("Browser.grantPermissions", permissions=["clipboardReadWrite", "clipboardSanitizedWrite"])
    for key, code, vk, cmd in (("a", "KeyA", 65, "selectAll"), ("c", "KeyC", 67, "copy")):
        c.call("Input.dispatchKeyEvent", type="rawKeyDown", modifiers=2, key=key, code=code,
               windowsVirtualKeyCode=vk, commands=[cmd])
        c.call("Input.dispatchKeyEvent", type="keyUp", modifiers=2, key=key, code=code, windowsVirtualKeyCode=vk)
    return c.js("navigator.clipboard.readText()", True)

def _pdf(c, args):
    pdf = c.call("Page.printToPDF", paperWidth=8.27, paperHeight=11.69, printBackground=False)["data"]
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "page.pdf"
        p.write_bytes(base64.b64decode(pdf))
        r = subprocess.run(["pdftotext", *args, "-enc", "UTF-8", str(p), "-"], capture_output=True, check=True)
    return r.stdout.decode("utf-8")

def pdf_plain(c, **kw):
    return _pdf(c, [])

def pdf_layout(c, **kw):
    return _pdf(c, ["-layout"])


# file name -> (page, way, window size, options)
FILES = [
    ("01_selectall_daoyu.txt", "01_daoyu.html", select_all, WIDE, {}),
    ("02_selectall_kangfu.txt", "02_kangfu.html", select_all, DEFAULT, {}),
    ("03_innertext_yanglao.txt", "03_yanglao.html", inner_text, WIDE, {}),
    ("04_selectall_narrow_jiaoyu.txt", "04_jiaoyu.html", select_all, NARROW, {}),
    ("05_region_ranqi.txt", "05_ranqi.html", region_selection, DEFAULT, {"start": "#bt", "end": ".layui-table-main table"}),
    ("06_pdftotext_weishengshi.txt", "06_weishengshi.html", pdf_plain, DEFAULT, {}),
    ("07_selectall_shichang.txt", "07_shichang.html", select_all, DEFAULT, {}),
    ("08_innertext_narrow_tushuguan.txt", "08_tushuguan.html", inner_text, NARROW, {}),
    ("09_textcontent_fanghuo.txt", "09_fanghuo.html", text_content, DEFAULT, {}),
    ("10_region_peixun.txt", "10_peixun.html", region_selection, DEFAULT, {"start": "#bt", "end": "#rc-tabs-0-panel-2025 table"}),
    ("11_selectall_wide_jiaotong.txt", "11_jiaotong.html", select_all, WIDE, {}),
    ("12_pdftotext_layout_heliu.txt", "12_heliu.html", pdf_layout, DEFAULT, {}),
    ("13_innertext_wide_huanwei.txt", "13_huanwei.html", inner_text, WIDE, {}),
    ("14_selectall_narrow_jianshen.txt", "14_jianshen.html", select_all, NARROW, {}),
    ("15_ctrlac_clipboard_qianyue.txt", "15_qianyue.html", keyboard_copy, DEFAULT, {}),
    ("16_region_yingji.txt", "16_yingji.html", region_selection, DEFAULT, {"start": "#bt", "end": "#jxmb"}),
]


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, str(HERE / "make_pages.py")], check=True)
    for name, src, way, size, opts in FILES:
        c = Chrome(size)
        try:
            c.open((HERE / src).as_uri())
            text = way(c, **opts)
        finally:
            c.close()
        (out / name).write_text(text, encoding="utf-8", newline="")
        print(f"{name}: {way.__name__} {size[0]}x{size[1]}, {len(text)} chars")


if __name__ == "__main__":
    main()
