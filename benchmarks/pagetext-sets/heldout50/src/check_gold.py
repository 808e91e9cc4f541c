"""Check set 50 without importing make_pages: gold vs the html tables (lxml), keys and counts,
expected files vs html, PDFs beside them with a text layer (pdftotext), copies in pdf-sets/heldout50,
and whether each gold name/value appears in the page text.

usage: check_gold.py [GOLD] [TEXTDIR] [PDFDIR]
"""
import filecmp
import json
import os
import subprocess
import sys
import unicodedata

from lxml import html as LH

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "corpus/gold/pagetext-heldout50.jsonl")
TXT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "tests/fixtures/pagetext50")
PDF = sys.argv[3] if len(sys.argv) > 3 else os.path.join(ROOT, "out/pdfs-heldout50")
PDFSET = os.path.join(ROOT, "benchmarks/pdf-sets/heldout50")
GOLD_KEYS = ["file", "n", "name", "annual_value", "period_value", "level1_code", "level2_code", "url", "quirks"]
EXP_KEYS = ["source_id", "department", "project", "name", "value", "level1_code", "level2_code"]
L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济效益指标": "21",
      "社会效益指标": "22", "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31"}
ROLE = {"任务名称": "task", "序号": "seq", "一级指标": "l1", "二级指标": "l2", "三级指标": "name",
        "指标性质": "op", "指标方向": "dir", "计量单位": "unit", "指标值": "val", "年度指标值": "val",
        "年初目标值": "val", "全年实际值": "act", "分值": "score", "得分": "got", "未完成原因": "rsn", "备注": "rem"}


def squash(s):
    return "".join(unicodedata.normalize("NFKC", s).split())


def grid(table):
    """Expand rowspans of the tbody into full rows."""
    out, carry = [], {}
    for tr in table.xpath("./tbody/tr"):
        row, col, cells = [], 0, list(tr.xpath("./th|./td"))
        while cells or col in carry:
            if col in carry:
                txt, left = carry[col]
                row.append(txt)
                if left == 1:
                    del carry[col]
                else:
                    carry[col] = (txt, left - 1)
            else:
                c = cells.pop(0)
                txt = c.text_content().strip()
                row.append(txt)
                rs = int(c.get("rowspan", "1"))
                if rs > 1:
                    carry[col] = (txt, rs - 1)
            col += 1
        out.append(row)
    return out


def html_rows(path):
    doc = LH.parse(path)
    rows, dept = [], None
    for t in doc.xpath("//table[contains(@class,'kpi')]"):
        head = [th.text_content().strip() for th in t.xpath("./thead/tr/th")]
        roles = ["per" if h.startswith("中期") else ROLE[h] for h in head]
        for r in grid(t):
            d = dict(zip(roles, r))
            if "op" in d:
                d["val"] = ("" if d["op"] == "定性" else d["op"]) + d["val"] + d["unit"]
            rows.append(d)
    return rows


def main():
    bad = 0
    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8")]
    print("== 1. gold vs the html tables (lxml only)")
    for g in gold:
        if list(g) != GOLD_KEYS:
            print("keys!", g)
            bad += 1
    files = sorted({g["file"] for g in gold})
    per = {}
    nrows = 0
    for f in files:
        pid = f[:2]
        html = [h for h in os.listdir(HERE) if h.startswith(pid + "_") and h.endswith(".html")][0]
        hr = html_rows(os.path.join(HERE, html))
        gs = [g for g in gold if g["file"] == f]
        per[pid] = len(gs)
        nrows += len(hr)
        if len(hr) != len(gs) or [g["n"] for g in gs] != list(range(1, len(gs) + 1)):
            print("count/n mismatch", f, len(hr), len(gs))
            bad += 1
        for g, h in zip(gs, hr):
            want = dict(name=h["name"], annual_value=h["val"], period_value=h.get("per"), level1_code=L1[h["l1"]],
                        level2_code=L2[h["l2"]] if "l2" in h else None)
            got = {k: g[k] for k in want}
            if got != want:
                print("mismatch", f, g["n"], got, want)
                bad += 1
        if not os.path.exists(os.path.join(TXT, f)):
            print("missing text", f)
            bad += 1
    print(f"rows: {len(gold)} gold, {nrows} html; pages: {len(files)}; per page: " +
          ", ".join(f"{k} {v}" for k, v in per.items()))
    print("== 2. PDF expected files vs gold; PDFs beside them with a text layer; copies in pdf-sets/heldout50")
    exp = sorted(f for f in os.listdir(PDF) if f.endswith(".expected.jsonl"))
    total = 0
    for f in exp:
        rows = [json.loads(l) for l in open(os.path.join(PDF, f), encoding="utf-8")]
        total += len(rows)
        pid = f[:2]
        gs = [g for g in gold if g["file"].startswith(pid + "_")]
        for r, g in zip(rows, gs):
            if list(r) != EXP_KEYS or (r["name"], r["value"], r["level1_code"], r["level2_code"]) != (
                    g["name"], g["annual_value"], g["level1_code"], g["level2_code"]) or r["source_id"] != pid:
                print("expected mismatch", f, r, g)
                bad += 1
        if len(rows) != len(gs):
            print("expected count", f)
            bad += 1
        pdf = os.path.join(PDF, f.replace(".expected.jsonl", ".pdf"))
        txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        pages = txt.split("\f")[:-1] if txt.endswith("\f") else txt.split("\f")
        if not os.path.exists(pdf) or any(len(p.strip()) < 50 for p in pages):
            print("pdf missing or page without text", pdf)
            bad += 1
        cp = os.path.join(PDFSET, f)
        if not os.path.exists(cp) or not filecmp.cmp(cp, os.path.join(PDF, f), shallow=False):
            print("copy differs", f)
            bad += 1
    print(f"expected files: {len(exp)}; rows: {total}; pdfs: {len([p for p in os.listdir(PDF) if p.endswith('.pdf')])}")
    print("== 3. gold names/values in the page text (whitespace removed, NFKC): reported, not judged")
    for f in files:
        t = squash(open(os.path.join(TXT, f), encoding="utf-8").read())
        miss = [g["name"] for g in gold if g["file"] == f and squash(g["name"]) not in t]
        missv = [g["annual_value"] for g in gold if g["file"] == f and "op_dir_unit_columns_before_value" not in g["quirks"]
                 and squash(g["annual_value"]) not in t]
        if miss or missv:
            print(f"  {f}: names not found {miss}; values not found {missv}")
    print("OK" if not bad else f"FAILED {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
