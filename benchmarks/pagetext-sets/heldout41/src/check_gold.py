"""Set 41: check the gold and the PDF expected files against the html pages, read again with lxml alone.

It does not import make_pages.py.  For every NN_topic.html: every <table> whose own rows hold a header row with
三级指标 is read into a grid (rowspan/colspan expanded; rows with display:none skipped); a two-row header (06, 09) is
read as the union of its two rows; columns are found by their header labels (一级指标, 二级指标, 三级指标, 指标值 /
年度指标值 / 年度目标值, 实施期指标值, 计算符号 / 指标性质, 计量单位 / 度量单位); rows below the header up to a row with
an empty name or 总分 are indicators.  11's small tables have no 一级 column: the 一级 is the caption row above the
header (`一、产出指标`).  The value = operator (unless 定性) + number + unit when split, else the value cell.

Then every gold name and value is looked for in its page text with all whitespace removed, and the ones that are
not there as one run are listed.

usage: python check_gold.py [GOLD] [TEXTDIR] [PDFDIR]
"""
import glob
import json
import os
import re
import sys

import lxml.html

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "corpus/gold/pagetext-heldout41.jsonl")
TXT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "tests/fixtures/pagetext41")
PDF = sys.argv[3] if len(sys.argv) > 3 else os.path.join(ROOT, "out/pdfs-heldout41")

L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14",
      "社会成本指标": "14", "生态环境成本指标": "14", "经济效益指标": "21", "社会效益指标": "22",
      "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31"}


def norm(s):
    return re.sub(r"\s+", "", s or "")


def own_rows(table):
    return table.xpath("./tr|./tbody/tr|./thead/tr|./tfoot/tr")


def grid(table):
    rows = own_rows(table)  # hidden rows stay in the grid (rowspans count them), dropped at the end
    g = {}
    for i, tr in enumerate(rows):
        j = 0
        for td in tr.xpath("./td|./th"):
            while (i, j) in g:
                j += 1
            rs, cs = int(td.get("rowspan", 1)), int(td.get("colspan", 1))
            for a in range(rs):
                for b in range(cs):
                    g[(i + a, j + b)] = (td, a == 0 and b == 0)
            j += cs
    n = len(rows)
    w = max([k[1] for k in g] + [0]) + 1
    return [[norm(g[(i, j)][0].text_content()) if (i, j) in g else "" for j in range(w)] for i in range(n)
            if "display:none" not in norm(rows[i].get("style", ""))]


LABELS = {"一级指标": "l1", "二级指标": "l2", "三级指标": "name", "指标值": "val", "年度指标值": "val",
          "年度目标值": "val", "实施期指标值": "per", "计算符号": "op", "指标性质": "op", "计量单位": "unit",
          "度量单位": "unit"}


def read_page(path):
    raw = open(path, "rb").read()
    doc = lxml.html.document_fromstring(raw)
    out = []
    for table in doc.iter("table"):
        g = grid(table)
        hi = next((i for i, r in enumerate(g) if "三级指标" in r), None)
        if hi is None:
            continue
        cols = {}
        for i in (hi, hi + 1):
            for j, c in enumerate(g[i] if i < len(g) else []):
                if c in LABELS and (LABELS[c] not in cols or c in ("年度指标值",)):
                    cols[LABELS[c]] = j
        start = hi + 2 if "实施期指标值" in (g[hi + 1] if hi + 1 < len(g) else []) else hi + 1
        cap = None
        if "l1" not in cols:
            cap = re.sub(r"^[一二三四五六七八九十]+、", "", g[hi - 1][0])
        for r in g[start:]:
            name = r[cols["name"]]
            if not name or name == "总分":
                break
            if "op" in cols:
                op = r[cols["op"]]
                val = ("" if op == "定性" else op) + r[cols["val"]] + r[cols["unit"]]
            elif "unit" in cols:
                val = r[cols["val"]] + r[cols["unit"]]
            else:
                val = r[cols["val"]]
            l1 = cap if cap else r[cols["l1"]]
            out.append(dict(name=name, value=val, period=r[cols["per"]] if "per" in cols else None,
                            l1=L1[l1], l2=L2[r[cols["l2"]]], table=table))
    return out, norm(doc.text_content())


def main():
    gold = [json.loads(ln) for ln in open(GOLD, encoding="utf-8")]
    pages = {}
    for path in sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]_*.html"))):
        pid = os.path.basename(path)[:2]
        pages[pid] = read_page(path)
    print("== 1. gold vs the html tables (lxml only)")
    html_rows = [(pid, r) for pid in sorted(pages) for r in pages[pid][0]]
    print("rows: %d gold, %d html" % (len(gold), len(html_rows)))
    bad = 0
    for g, (pid, h) in zip(gold, html_rows):
        if g["file"][:2] != pid or (g["name"], g["annual_value"], g["period_value"], g["level1_code"],
                                    g["level2_code"]) != (h["name"], h["value"], h["period"], h["l1"], h["l2"]):
            bad += 1
            print("  MISMATCH", g["file"], g["n"], g["name"], g["annual_value"], "| html:", pid, h["name"], h["value"])
    ns = {}
    for g in gold:
        ns.setdefault(g["file"], []).append(g["n"])
    for f, n in ns.items():
        if n != list(range(1, len(n) + 1)):
            bad += 1
            print("  numbering", f, n)
    print("mismatches:", bad + abs(len(gold) - len(html_rows)))

    print("== 2. PDF expected files vs the html")
    files = sorted(glob.glob(os.path.join(PDF, "*.expected.jsonl")))
    bad = 0
    for f in files:
        rows = [json.loads(ln) for ln in open(f, encoding="utf-8")]
        pid = os.path.basename(f)[:2]
        h, text = pages[pid]
        if not os.path.exists(f.replace(".expected.jsonl", ".pdf")):
            bad += 1
            print("  no pdf for", f)
        if len(rows) != len(h):
            bad += 1
            print("  count", f, len(rows), len(h))
        for e, r in zip(rows, h):
            if (e["name"], e["value"], e["level1_code"], e["level2_code"]) != (r["name"], r["value"], r["l1"], r["l2"]):
                bad += 1
                print("  MISMATCH", f, e["name"], r["name"])
            if norm(e["department"]) not in text or (e["project"] and norm(e["project"]) not in text):
                bad += 1
                print("  context not in page", f, e["department"], e["project"])
            if list(e) != ["source_id", "department", "project", "name", "value", "level1_code", "level2_code"]:
                bad += 1
                print("  keys", f, list(e))
    print("files: %d; mismatches: %d" % (len(files), bad))

    print("== 3. gold names/values in the page text (whitespace removed)")
    miss = {}
    for g in gold:
        path = os.path.join(TXT, g["file"])
        text = norm(open(path, encoding="utf-8").read())
        for k in ("name", "annual_value", "period_value"):
            if g[k] and norm(g[k]) not in text:
                miss.setdefault(g["file"], []).append(g[k])
    for f, m in miss.items():
        print("  %s: %d not contiguous: %s" % (f, len(m), ", ".join(m)))
    print("files with a non-contiguous name/value: %d of %d" % (len(miss), len(ns)))


if __name__ == "__main__":
    main()
