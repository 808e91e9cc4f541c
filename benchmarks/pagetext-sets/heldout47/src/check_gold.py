"""Check set 47's gold and PDF expected files against the html pages, re-read with lxml alone.

    python check_gold.py [GOLD] [TEXTDIR] [PDFDIR]
Needs lxml and pdftotext only; never imports make_pages.py.
1. gold rows vs the indicator tables of the html (rowspan/colspan grid, header roles from the printed labels,
   group rows `一、产出指标`, split 计算符号/数值/单位 and 指标值/度量单位 joined, <br> removed)
2. every PDF expected file vs the html rows of its page (department and project from the page's facts)
3. whether each gold name/value occurs contiguously in the page text and in the PDFs' text (whitespace removed, NFKC)
"""
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

from lxml import html as LH

SRC = Path(__file__).resolve().parent
ROOT = SRC.parents[3]
GOLD = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "corpus/gold/pagetext-heldout47.jsonl"
TEXTDIR = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "tests/fixtures/pagetext47"
PDFDIR = Path(sys.argv[3]) if len(sys.argv) > 3 else ROOT / "out/pdfs-heldout47"

L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14",
      "经济效益指标": "21", "社会效益指标": "22", "生态效益指标": "23", "可持续影响指标": "24",
      "服务对象满意度指标": "31"}


def text(el):
    return "".join("".join(el.itertext()).split())


def grid_of(table):
    """Expand rowspan/colspan: list of (tr, [cell element per column]); tfoot rows left out."""
    rows, pending = [], {}
    for tr in table.iter("tr"):
        if any(a.tag == "tfoot" for a in tr.iterancestors()):
            continue
        row, col = [], 0
        cells = [c for c in tr if c.tag in ("td", "th")]
        k = 0
        while k < len(cells) or col in pending:
            if col in pending:
                el, left = pending[col]
                row.append(el)
                if left == 1:
                    del pending[col]
                else:
                    pending[col] = (el, left - 1)
                col += 1
                continue
            c = cells[k]
            k += 1
            cs, rs = int(c.get("colspan", 1)), int(c.get("rowspan", 1))
            for j in range(cs):
                row.append(c)
                if rs > 1:
                    pending[col] = (c, rs - 1)
                col += 1
        rows.append((tr, row))
    return rows


def role(label):
    if label == "序号":
        return "seq"
    if label == "绩效指标":
        return "block"
    for key, r in (("一级指标", "l1"), ("二级指标", "l2"), ("三级指标", "name"), ("计算符号", "op"), ("数值", "num"),
                   ("度量单位", "unit"), ("2026年", "val"), ("2027年", "other"), ("2028年", "other"),
                   ("年度目标值", "val")):
        if key in label:
            return r
    if label in ("单位", "目标值单位") or label.endswith("单位") and "目标值" in label:
        return "unit"
    if label == "指标值":
        return "val"
    return "other"


def read_page(path):
    doc = LH.parse(str(path)).getroot()
    facts = {}
    for td in doc.iter("td", "dt"):
        k = text(td)
        if k in ("项目名称", "主管部门") and k not in facts:
            nxt = td.getnext()
            if nxt is not None:
                facts[k] = text(nxt)
    for p in doc.iter("p"):
        m = re.match(r"(项目名称|主管部门)：(.+)", text(p))
        if m and m.group(1) not in facts:
            facts[m.group(1)] = m.group(2)
    out = []
    for table in doc.iter("table"):
        g = grid_of(table)
        hi = [i for i, (_, r) in enumerate(g) if any(text(c) == "三级指标" for c in r)]
        if not hi:
            continue
        ncol = len(g[hi[0]][1])
        namecol = [text(c) for c in g[hi[0]][1]].index("三级指标")
        heads = [i for i in hi]
        labels = []
        for j in range(ncol):
            seen = []
            for i in heads:
                t = text(g[i][1][j])
                if t not in seen:
                    seen.append(t)
            labels.append(seen[-1] if seen[-1] in ("2026年", "2027年", "2028年", "计算符号", "数值", "单位") else seen[0])
        roles = [role(x) for x in labels]
        l1 = None
        for tr, r in g[heads[-1] + 1:]:
            if len({id(c) for c in r}) == 1:
                m = re.fullmatch(r"[一二三四五]、(.+指标)", text(r[0]))
                if m:
                    l1 = m.group(1)
                continue
            cell = {}
            for j, ro in enumerate(roles):
                cell.setdefault(ro, text(r[j]))
            if not cell.get("name"):
                continue
            lev1 = cell.get("l1", l1)
            if "op" in cell:
                value = ("" if cell["op"] == "定性" else cell["op"]) + cell["num"] + cell.get("unit", "")
            elif "unit" in cell:
                value = cell["val"] + cell["unit"]
            else:
                value = cell["val"]
            out.append(dict(name=cell["name"], value=value, level1_code=L1[lev1], level2_code=L2[cell["l2"]]))
    return facts, out


def norm(s):
    return "".join(unicodedata.normalize("NFKC", s).split())


def main():
    pages = {}
    for h in sorted(SRC.glob("[0-9][0-9]_*.html")):
        pages[h.name[:2]] = read_page(h)
    print("== 1. gold vs the html tables (lxml only)")
    gold = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]
    files = sorted({g["file"] for g in gold})
    nhtml = sum(len(pages[f[:2]][1]) for f in files)
    bad = 0
    for f in files:
        rows = [g for g in gold if g["file"] == f]
        ref = pages[f[:2]][1]
        if len(rows) != len(ref):
            print(f"  {f}: {len(rows)} gold rows, {len(ref)} html rows")
            bad += 1
        for g, r in zip(rows, ref):
            mine = (g["name"], g["annual_value"], g["level1_code"], g["level2_code"], g["period_value"], g["url"])
            theirs = (r["name"], r["value"], r["level1_code"], r["level2_code"], None, None)
            if mine != theirs:
                print(f"  {f} n={g['n']}: gold {mine} html {theirs}")
                bad += 1
        if [g["n"] for g in rows] != list(range(1, len(rows) + 1)):
            print(f"  {f}: n not 1..{len(rows)}")
            bad += 1
    print(f"rows: {len(gold)} gold, {nhtml} html (pages {', '.join(f[:2] for f in files)}); "
          f"all html pages: {sum(len(v[1]) for v in pages.values())} rows")
    print(f"mismatches: {bad}")

    print("== 2. PDF expected files vs the html")
    exps = sorted(PDFDIR.glob("*.expected.jsonl"))
    n = bad = 0
    keys = ["source_id", "department", "project", "name", "value", "level1_code", "level2_code"]
    for e in exps:
        rows = [json.loads(x) for x in e.read_text(encoding="utf-8").splitlines() if x.strip()]
        sid = e.name[:2]
        facts, ref = pages[sid]
        n += len(rows)
        if len(rows) != len(ref):
            print(f"  {e.name}: {len(rows)} rows, html {len(ref)}")
            bad += 1
        for x, r in zip(rows, ref):
            want = dict(source_id=sid, department=facts["主管部门"], project=facts["项目名称"], **r)
            if list(x) != keys or any(x[k] != want[k] for k in keys):
                print(f"  {e.name}: {x} != {want}")
                bad += 1
        if not e.with_name(e.name.replace(".expected.jsonl", ".pdf")).exists():
            print(f"  {e.name}: PDF missing")
            bad += 1
    print(f"files: {len(exps)}; rows: {n}; mismatches: {bad}")

    print("== 3. gold names/values in the page text and in the PDFs' text layers (whitespace removed, NFKC)")
    nonc = 0
    for f in files:
        t = norm((TEXTDIR / f).read_text(encoding="utf-8"))
        miss = [s for g in gold if g["file"] == f for s in (g["name"], g["annual_value"]) if norm(s) not in t]
        if miss:
            nonc += 1
            print(f"  {f}: {len(miss)} not contiguous: {miss[:3]}")
    print(f"text files with a non-contiguous name/value: {nonc} of {len(files)}")
    nonc = 0
    for e in exps:
        pdf = e.with_name(e.name.replace(".expected.jsonl", ".pdf"))
        t = norm(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True).stdout.decode())
        rows = [json.loads(x) for x in e.read_text(encoding="utf-8").splitlines() if x.strip()]
        miss = [s for x in rows for s in (x["name"], x["value"]) if norm(s) not in t]
        if miss:
            nonc += 1
            print(f"  {pdf.name}: {len(miss)} not contiguous: {miss[:3]}")
    print(f"PDFs with a non-contiguous name/value in pdftotext: {nonc} of {len(exps)}")


if __name__ == "__main__":
    main()
