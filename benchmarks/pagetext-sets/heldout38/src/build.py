"""Set 38: run the real tools over the pages and write their text, exactly as given, as UTF-8.

    python build.py [OUTDIR]        (default: tests/fixtures/pagetext38 of this repo)

Runs make_pages.py first (html sources and gold). Intermediates go to /tmp/h38/build.
Python (venv /tmp/h38/venv): beautifulsoup4, lxml, parsel, html2text, markdownify, trafilatura, html-text,
readability-lxml, websocket-client.  Debian: chromium, w3m, lynx, pandoc, elinks.
Node (/tmp/h38/node): turndown, turndown-plugin-gfm (npm install turndown turndown-plugin-gfm).
"""
import json
import os
import re
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests/fixtures/pagetext38")
TMP = "/tmp/h38/build"
NODE = "/tmp/h38/node"
os.makedirs(OUT, exist_ok=True)
os.makedirs(TMP, exist_ok=True)

subprocess.run([sys.executable, os.path.join(HERE, "make_pages.py")], check=True)
sys.path.insert(0, HERE)
from make_pages import DATA  # noqa: E402

STEM = {d["key"]: d["stem"] for d in DATA}
SRC = {d["key"]: os.path.join(HERE, d["src"]) for d in DATA}


def read(k):
    with open(SRC[k], encoding="utf-8") as f:
        return f.read()


def minify(html):
    return re.sub(r">\s+<", "><", html)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw).stdout.decode("utf-8")


def write(k, text):
    with open(os.path.join(OUT, STEM[k] + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)


def t01():
    from bs4 import BeautifulSoup
    return BeautifulSoup(read("01"), "lxml").get_text("\n")


def t02():
    from bs4 import BeautifulSoup
    return BeautifulSoup(minify(read("02")), "html.parser").get_text(" ", strip=True)


def t03():
    from parsel import Selector
    sel = Selector(text=minify(read("03")))
    return "".join(sel.xpath('//div[@class="article"]//text()').getall())


def t04():
    import html2text
    return html2text.html2text(read("04"))


def t05():
    from markdownify import markdownify
    return markdownify(read("05"), heading_style="ATX")


def t06():
    import trafilatura
    return trafilatura.extract(read("06"), output_format="txt", include_tables=True, favor_precision=True)


def t07():
    import html_text
    return html_text.extract_text(read("07"))


def t08():
    from bs4 import BeautifulSoup
    from readability import Document
    return BeautifulSoup(Document(read("08")).summary(), "lxml").get_text()


def t09():
    return run(["w3m", "-dump", "-cols", "100", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", SRC["09"]])


def t10():
    return run(["lynx", "-dump", "-nolist", "-width=200", "-assume_charset=UTF-8", "-display_charset=UTF-8", SRC["10"]])


def t11():
    return run(["pandoc", "-f", "html", "-t", "plain", "--columns=120", SRC["11"]])


def chromium(args):
    return run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + TMP + "/prof"] + args,
               stdin=subprocess.DEVNULL)


def t12():
    from bs4 import BeautifulSoup
    dom = chromium(["--dump-dom", "file://" + SRC["12"]])
    with open(os.path.join(TMP, "12_dom.html"), "w", encoding="utf-8") as f:
        f.write(dom)
    return BeautifulSoup(dom, "html.parser").get_text()


def t13():
    import websocket
    port = 9338
    p = subprocess.Popen(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + TMP + "/prof13",
                          "--remote-debugging-port=%d" % port, "--window-size=1280,900", "about:blank"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(50):
            try:
                tabs = json.load(urllib.request.urlopen("http://127.0.0.1:%d/json" % port))
                if any(t["type"] == "page" for t in tabs):
                    break
            except OSError:
                pass
            time.sleep(0.2)
        ws_url = [t for t in tabs if t["type"] == "page"][0]["webSocketDebuggerUrl"]
        ws = websocket.create_connection(ws_url, suppress_origin=True)
        mid = [0]

        def call(method, **params):
            mid[0] += 1
            ws.send(json.dumps({"id": mid[0], "method": method, "params": params}))
            while True:
                m = json.loads(ws.recv())
                if m.get("id") == mid[0]:
                    return m.get("result")
        call("Page.enable")
        call("Page.navigate", url="file://" + SRC["13"])
        time.sleep(2)
        r = call("Runtime.evaluate", expression="document.body.innerText", returnByValue=True)
        ws.close()
        return r["result"]["value"]
    finally:
        p.terminate()
        p.wait()


def t14():
    js = ("const T=require('turndown');const {gfm}=require('turndown-plugin-gfm');"
          "const s=new T({headingStyle:'atx',codeBlockStyle:'fenced',bulletListMarker:'-'});s.use(gfm);"
          "s.remove(['script','style','noscript']);"
          "process.stdout.write(s.turndown(require('fs').readFileSync(process.argv[1],'utf8')));")
    return run(["node", "-e", js, SRC["14"]], cwd=NODE, env=dict(os.environ, NODE_PATH=NODE + "/node_modules"))


def t15():
    import lxml.html
    return "\n".join(lxml.html.fromstring(read("15")).xpath("//text()"))


def t16():
    return run(["elinks", "-dump", "-dump-width", "120", "-no-references", "-no-numbering",
                "-dump-charset", "utf-8", SRC["16"]])


if __name__ == "__main__":
    for d in DATA:
        k = d["key"]
        text = globals()["t" + k]()
        write(k, text)
        print(STEM[k], len(text))
