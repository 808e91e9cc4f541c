#!/usr/bin/env python3
"""Rebuild the page-text fixtures of held-out set 33 from the HTML pages beside this script.

Each page goes through a different real HTML-to-text tool, with that tool's default (or most
common) options; the output is written as UTF-8 and not edited otherwise.

Needs (none of them is a dependency of the project):
  python: beautifulsoup4 lxml lxml_html_clean html2text inscriptis trafilatura markdownify
          readability-lxml html-text
  apt:    pandoc w3m lynx links elinks
  npm:    html-to-text (in a folder given by HTMLTOTEXT_DIR, default: the folder of this script's
          parent `node/`, or anything on NODE_PATH)

Usage: python build.py [OUTDIR]   (default OUTDIR: ../../../../tests/fixtures/pagetext33)
Versions used for the committed fixtures: see README.md.
"""
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parents[3] / "tests" / "fixtures" / "pagetext33"


def read(p):
    return Path(p).read_text(encoding="utf-8")


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, check=True, **kw)
    return r.stdout.decode("utf-8")


# --- the tools -------------------------------------------------------------------------------

def bs4_nosep(p):
    from bs4 import BeautifulSoup
    return BeautifulSoup(read(p), "html.parser").get_text()


def bs4_newline(p):
    from bs4 import BeautifulSoup
    return BeautifulSoup(read(p), "html.parser").get_text(separator="\n")


def lxml_text_content(p):
    import lxml.html
    return lxml.html.fromstring(read(p)).text_content()


def html2text_default(p):
    import html2text
    return html2text.html2text(read(p))


def inscriptis_default(p):
    import inscriptis
    return inscriptis.get_text(read(p))


def trafilatura_tables(p):
    import trafilatura
    return trafilatura.extract(read(p), include_tables=True) or ""


def pandoc_plain(p):
    return run(["pandoc", "-f", "html", "-t", "plain", str(p)])


def pandoc_markdown(p):
    return run(["pandoc", "-f", "html", "-t", "markdown", str(p)])


def w3m_dump(p):
    return run(["w3m", "-dump", "-O", "UTF-8", str(p)])


def lynx_dump(p):
    return run(["lynx", "-dump", "-display_charset=UTF-8", str(p)])


def links_dump(p):
    return run(["links", "-dump", "-codepage", "utf-8", str(p)])


def markdownify_default(p):
    from markdownify import markdownify
    return markdownify(read(p))


def readability_get_text(p):
    from bs4 import BeautifulSoup
    from readability import Document
    summary = Document(read(p)).summary()
    return BeautifulSoup(summary, "html.parser").get_text(" ", strip=True)


def elinks_dump(p):
    return run(["elinks", "-dump", "-dump-charset", "utf-8", str(p)])


def html_text_extract(p):
    import html_text
    return html_text.extract_text(read(p))


def node_html_to_text(p):
    js = "const {convert}=require('html-to-text');" \
         "const fs=require('fs');" \
         "process.stdout.write(convert(fs.readFileSync(process.argv[1],'utf8')));"
    env = dict(os.environ)
    mods = os.environ.get("HTMLTOTEXT_DIR")
    if mods:
        env["NODE_PATH"] = str(Path(mods) / "node_modules")
    return run(["node", "-e", js, str(p)], env=env)


# file name -> (source page, tool)
FILES = [
    ("01_bs4_nosep_nongye.txt", "01_nongye.html", bs4_nosep),
    ("02_bs4_newline_jiaoyu.txt", "02_jiaoyu.html", bs4_newline),
    ("03_lxml_textcontent_weisheng.txt", "03_weisheng.html", lxml_text_content),
    ("04_html2text_shuili.txt", "04_shuili.html", html2text_default),
    ("05_inscriptis_minzheng.txt", "05_minzheng.html", inscriptis_default),
    ("06_trafilatura_linye.txt", "06_linye.html", trafilatura_tables),
    ("07_pandoc_plain_wenhua.txt", "07_wenhua.html", pandoc_plain),
    ("08_pandoc_markdown_jiaotong.txt", "08_jiaotong.html", pandoc_markdown),
    ("09_w3m_huanbao.txt", "09_huanbao.html", w3m_dump),
    ("10_lynx_jiuye.txt", "10_jiuye.html", lynx_dump),
    ("11_links_tiyu.txt", "11_tiyu.html", links_dump),
    ("12_markdownify_kepu.txt", "12_kepu.html", markdownify_default),
    ("13_readability_youfu.txt", "13_youfu.html", readability_get_text),
    ("14_elinks_yingji.txt", "14_yingji.html", elinks_dump),
    ("15_htmltext_chengguan.txt", "15_chengguan.html", html_text_extract),
    ("16_nodehtmltotext_yibao.txt", "16_yibao.html", node_html_to_text),
]


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    for name, src, tool in FILES:
        text = tool(HERE / src)
        (out / name).write_text(text, encoding="utf-8")
        print(f"{name}: {tool.__name__}, {len(text)} chars")


if __name__ == "__main__":
    main()
