"""Check set 43's gold against the html tables (read again with lxml alone; make_pages.py is not imported),
the PDF expected files against the gold, and that every gold name/value is in the page text.

Usage: python check_gold.py [GOLD] [TEXTDIR] [PDFDIR]
"""
import glob
import json
import os
import re
import sys
import unicodedata

import lxml.html

SRC = os.path.dirname(os.path.abspath(__file__))
ROOT = "/work/main"
GOLD = sys.argv[1] if len(sys.argv) > 1 else f"{ROOT}/corpus/gold/pagetext-heldout43.jsonl"
TXT = sys.argv[2] if len(sys.argv) > 2 else f"{ROOT}/tests/fixtures/pagetext43"
PDFD = sys.argv[3] if len(sys.argv) > 3 else f"{ROOT}/out/pdfs-heldout43"
L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14", "经济效益指标": "21",
      "社会效益指标": "22", "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31"}


def txt(el):
    return re.sub(r"\s+", "", el.text_content().replace("\xa0", " "))


def grid(table):
    """Expand rowspan/colspan into a list of rows of cell texts."""
    out, pending = [], {}
    for tr in table.xpath("./tr|./tbody/tr|./thead/tr"):
        row, col = [], 0
        cells = tr.xpath("./td|./th")
        ci = 0
        while ci < len(cells) or (col in pending):
            if col in pending:
                t, left = pending[col]
                row.append(t)
                if left > 1:
                    pending[col] = (t, left - 1)
                else:
                    del pending[col]
                col += 1
                continue
            c = cells[ci]; ci += 1
            t = txt(c)
            cs, rs = int(c.get("colspan", 1)), int(c.get("rowspan", 1))
            for _ in range(cs):
                row.append(t)
                if rs > 1:
                    pending[col] = (t, rs - 1)
                col += 1
        out.append(row)
    return out


def read_tables(path):
    doc = lxml.html.parse(path).getroot()
    rows_out = []
    tables = doc.xpath("//table")
    for k, tb in enumerate(tables):
        g = grid(tb)
        hi = next((i for i, r in enumerate(g) if "三级指标" in r), None)
        if hi is None:
            continue
        while hi + 1 < len(g) and "三级指标" in g[hi + 1]:   # two-row headers: the last one names the columns
            hi += 1
        hdr = g[hi]
        body = g[hi + 1:]
        if not body and "el-table__header" in (tb.get("class") or ""):
            body = grid(tables[k + 1])
        col = lambda *names: next((hdr.index(n) for n in names if n in hdr), None)
        ci1, ci2, cn = col("一级指标"), col("二级指标"), col("三级指标")
        cv, cp, cop, cu = col("年度指标值", "指标值"), col("实施期指标值"), col("计算符号"), col("计量单位")
        l1 = None
        for r in body:
            if not r or r[0] in ("总分", "自评结论"):
                break
            if len(set(r)) == 1 and re.match(r"^[一二三]、", r[0]):   # group heading row
                l1 = r[0][2:]
                continue
            if len(r) <= max(x for x in (cn, cv) if x is not None):
                continue
            val = r[cv]
            if cop is not None:
                val = ("" if r[cop] == "定性" else r[cop]) + r[cv] + (r[cu] if cu is not None else "")
            a = r[ci1] if ci1 is not None else l1
            rows_out.append(dict(name=r[cn], annual_value=val, period_value=r[cp] if cp is not None else None,
                                 level1_code=L1[a], level2_code=L2[r[ci2]]))
    return rows_out


def main():
    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8")]
    byfile = {}
    for g in gold:
        byfile.setdefault(g["file"], []).append(g)
    print("== 1. gold vs the html tables (lxml only)")
    nh, bad = 0, 0
    html_rows = {}
    for f, rows in sorted(byfile.items()):
        pid = f[:2]
        path = glob.glob(os.path.join(SRC, f"{pid}_*.html"))[0]
        hr = read_tables(path)
        html_rows[pid] = hr
        nh += len(hr)
        keys = ("name", "annual_value", "period_value", "level1_code", "level2_code")
        if len(hr) != len(rows):
            print(f"  {f}: {len(rows)} gold vs {len(hr)} html"); bad += 1
        for a, b in zip(rows, hr):
            if any(a[k] != b[k] for k in keys):
                print("  mismatch", f, a["n"], [(a[k], b[k]) for k in keys if a[k] != b[k]]); bad += 1
    print(f"rows: {len(gold)} gold, {nh} html\nmismatches: {bad}")
    print("== 2. PDF expected files vs the gold")
    bad, nf, nr = 0, 0, 0
    for ef in sorted(glob.glob(os.path.join(PDFD, "*.expected.jsonl"))):
        nf += 1
        pid = os.path.basename(ef)[:2]
        ex = [json.loads(l) for l in open(ef, encoding="utf-8")]
        nr += len(ex)
        gf = [g for g in gold if g["file"][:2] == pid]
        if len(ex) != len(gf) or any(e["name"] != g["name"] or e["value"] != g["annual_value"] or e["level1_code"] != g["level1_code"]
                                     or e["level2_code"] != g["level2_code"] or e["source_id"] != pid for e, g in zip(ex, gf)):
            print("  mismatch", ef); bad += 1
    print(f"files: {nf}; rows: {nr}; mismatches: {bad}")
    print("== 3. gold names/values in the page text (whitespace removed, NFKC)")
    nbad = 0
    for f, rows in sorted(byfile.items()):
        t = unicodedata.normalize("NFKC", re.sub(r"\s+", "", open(os.path.join(TXT, f), encoding="utf-8").read()))
        miss = [s for r in rows for s in (r["name"], r["annual_value"], r["period_value"]) if s and unicodedata.normalize("NFKC", re.sub(r"\s+", "", s)) not in t]
        if miss:
            nbad += 1
            print(f"  {f}: {len(miss)} not contiguous: {', '.join(miss)}")
    print(f"files with a non-contiguous name/value: {nbad} of {len(byfile)}")


if __name__ == "__main__":
    main()
