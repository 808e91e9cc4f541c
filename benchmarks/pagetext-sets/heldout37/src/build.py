#!/usr/bin/env python3
"""Build the page text of held-out set 37: run make_pages.py (sources beside this script), then run each
real tool on its source and write its output, unedited, as UTF-8 to OUTDIR (default
tests/fixtures/pagetext37). Intermediates (PDF, .doc, PNG) go to /tmp/h37/build.

Needs (see README.md for versions):
  python: beautifulsoup4 lxml html2text trafilatura markdownify inscriptis pymupdf pdfminer.six readabilipy
          html-text docx2txt python-docx openpyxl   (a venv: python3 -m venv /tmp/h37/venv)
  apt:    chromium libreoffice poppler-utils antiword tesseract-ocr tesseract-ocr-chi-sim w3m pandoc fonts-noto-cjk
Usage: python build.py [OUTDIR]
"""
import os, subprocess, sys, shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[3] / "tests" / "fixtures" / "pagetext37"
TMP = Path("/tmp/h37/build")


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, **kw)
    if r.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed: {r.stderr.decode('utf-8', 'replace')[:500]}")
    return r.stdout


def src(name):
    return (HERE / name).read_text(encoding="utf-8")


def chromium_pdf(html, pdf):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", (HERE / html).as_uri()])


def soffice(infile, fmt):
    run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(TMP), str(infile)])


def t01():   # lxml text_content() of the minified page
    import lxml.html
    return lxml.html.fromstring(src("01_fangzhi.html")).text_content()


def t02():   # the usual html.parser-based tag stripper ("MLStripper"): handle_data pieces joined with ""
    from html.parser import HTMLParser
    from io import StringIO

    class MLStripper(HTMLParser):
        def __init__(self):
            super().__init__()
            self.reset(); self.strict = False; self.convert_charrefs = True; self.text = StringIO()

        def handle_data(self, d):
            self.text.write(d)

        def get_data(self):
            return self.text.getvalue()

    s = MLStripper(); s.feed(src("02_qixiang.html")); return s.get_data()


def t03():   # Chromium print to PDF, pdftotext -raw
    pdf = TMP / "03_quhua.pdf"; chromium_pdf("03_quhua.html", pdf)
    return run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"]).decode("utf-8")


def t04():   # xlsx -> LibreOffice PDF -> PyMuPDF page.get_text()
    import pymupdf
    soffice(HERE / "04_fengye.xlsx", "pdf")
    doc = pymupdf.open(TMP / "04_fengye.pdf")
    return "".join(page.get_text() for page in doc)


def t05():   # docx -> LibreOffice PDF -> pdfminer.six extract_text()
    from pdfminer.high_level import extract_text
    soffice(HERE / "05_hangbiao.docx", "pdf")
    return extract_text(str(TMP / "05_hangbiao.pdf"))


def t06():   # docx -> LibreOffice "MS Word 97" .doc -> antiword -m UTF-8.txt
    soffice(HERE / "06_tiaojie.docx", 'doc:MS Word 97')
    return run(["antiword", "-m", "UTF-8.txt", str(TMP / "06_tiaojie.doc")]).decode("utf-8")


def t07():   # Chromium screenshot of the page -> tesseract chi_sim
    png = TMP / "07_binzang.png"
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1100,1250",
         f"--screenshot={png}", (HERE / "07_binzang.html").as_uri()])
    return run(["tesseract", str(png), "-", "-l", "chi_sim"]).decode("utf-8")


def t08():   # html2text, body_width=0, ignore_tables=True
    import html2text
    h = html2text.HTML2Text(); h.body_width = 0; h.ignore_tables = True
    return h.handle(src("08_cehui.html"))


def t09():   # trafilatura markdown, favor_recall
    import trafilatura
    return trafilatura.extract(src("09_dangan.html"), output_format="markdown", favor_recall=True,
                               include_tables=True, include_links=False)


def t10():   # inscriptis with the strict CSS profile and a ' | ' cell separator
    from inscriptis import get_text
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.model.config import ParserConfig
    return get_text(src("10_songcai.html"), ParserConfig(css=CSS_PROFILES["strict"], table_cell_separator=" | "))


def t11():   # pandoc html -> gfm
    return run(["pandoc", "-f", "html", "-t", "gfm", str(HERE / "11_gongxiao.html")]).decode("utf-8")


def t12():   # w3m -dump -cols 200
    return run(["w3m", "-dump", "-cols", "200", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8",
                str(HERE / "12_hongshizi.html")]).decode("utf-8")


def t13():   # markdownify with options on each crawled page; a crawler following 下一页 appends page 2
    from markdownify import markdownify
    opts = dict(heading_style="ATX", strip=["a", "img"], bullets="-", table_infer_header=True)
    return "\n\n".join(markdownify(src(p), **opts) for p in ("13_liangshi_p1.html", "13_liangshi_p2.html"))


def t14():   # readabilipy (pure-python path) plain_text paragraphs, one a line
    from readabilipy import simple_json_from_html_string
    art = simple_json_from_html_string(src("14_gonghui_mobile.html"), use_readability=False)
    return "\n".join(p["text"] for p in art["plain_text"])


def t15():   # html-text without layout guessing: the whole page as one paragraph (search/preview snippet text)
    import html_text
    return html_text.extract_text(src("15_zhuanli.html"), guess_layout=False)


def t16():   # docx2txt
    import docx2txt
    return docx2txt.process(str(HERE / "16_jiliang.docx"))


JOBS = {
    "01_lxml_textcontent_minified_fangzhi.txt": t01, "02_htmlparser_strip_qixiang.txt": t02,
    "03_pdftotext_raw_quhua.txt": t03, "04_pymupdf_xlsx_fengye.txt": t04, "05_pdfminer_docx_hangbiao.txt": t05,
    "06_antiword_doc_tiaojie.txt": t06, "07_tesseract_ocr_binzang.txt": t07,
    "08_html2text_ignoretables_cehui.txt": t08, "09_trafilatura_markdown_recall_dangan.txt": t09,
    "10_inscriptis_strict_songcai.txt": t10, "11_pandoc_gfm_gongxiao.txt": t11, "12_w3m_cols200_hongshizi.txt": t12,
    "13_markdownify_split_pages_liangshi.txt": t13, "14_readabilipy_cards_gonghui.txt": t14,
    "15_htmltext_nolayout_zhuanli.txt": t15, "16_docx2txt_jiliang.txt": t16,
}


def main():
    subprocess.run([sys.executable, str(HERE / "make_pages.py")], check=True)
    TMP.mkdir(parents=True, exist_ok=True); OUT.mkdir(parents=True, exist_ok=True)
    only = os.environ.get("ONLY")
    for name, fn in JOBS.items():
        if only and not name.startswith(only): continue
        text = fn()
        (OUT / name).write_text(text, encoding="utf-8")
        print(f"{name}: {len(text)} chars")


if __name__ == "__main__":
    main()
