"""Check set 46's gold against the pages themselves, independently of make_pages.py (never imported).

python check_gold.py [GOLD] [TEXTDIR] [PDFDIR]
1. re-reads every NN_*.html here with lxml alone: each innermost <table> (or CSS-grid <div>) that has a 三级指标 /
   指标名称 header cell is expanded into a grid (rowspan/colspan; grid-row:span N for the div grid, its column count
   from the page's grid-template-columns rule); the last row holding that header names the columns; the rows below
   it are indicator rows while their 一级 cell is a level-1 category. Values: 指标值/年度指标值/年度目标值, or
   指标性质 + 指标值 + 度量单位 joined (定性 dropped); 实施期指标值 -> period_value; codes from the printed names.
2. the PDF expected files against the gold (same rows, order, values; department and project occur in the page).
3. every gold name and value in the page text and in each PDF's pdftotext text, whitespace removed, NFKC.
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

import lxml.html

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "corpus", "gold", "pagetext-heldout46.jsonl")
TXT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(REPO, "tests", "fixtures", "pagetext46")
PDF = sys.argv[3] if len(sys.argv) > 3 else os.path.join(REPO, "out", "pdfs-heldout46")

L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14",
      "社会成本指标": "14", "生态环境成本指标": "14", "经济效益指标": "21", "社会效益指标": "22",
      "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31"}
NAME_HEADS = {"三级指标", "指标名称"}


def txt(el):
    return re.sub(r"\s+", " ", el.text_content().replace("\xa0", " ")).strip()


def table_grid(tab):
    grid, pending = [], {}
    trs = [tr for tr in tab.iter("tr") if tr.getparent() is not None]
    for r, tr in enumerate(trs):
        row, c = [], 0
        cells = [td for td in tr if td.tag in ("td", "th")]
        k = 0
        while k < len(cells) or pending.get((r, c)):
            if (r, c) in pending:
                row.append(pending.pop((r, c)))
                c += 1
                continue
            td = cells[k]
            k += 1
            t = txt(td)
            rs, cs = int(td.get("rowspan", 1)), int(td.get("colspan", 1))
            for j in range(cs):
                row.append(t)
                for i in range(1, rs):
                    pending[(r + i, c + j)] = t
            c += cs
        grid.append(row)
    return grid


def div_grid(box, css):
    cls = box.get("class").split()[0]
    m = re.search(r"\." + re.escape(cls) + r"\{[^}]*grid-template-columns:([^;}]+)", css)
    ncol = len(re.findall(r"[^\s(]+(?:\([^)]*\))?", m.group(1).strip()))
    occ, grid = {}, {}
    r = c = 0
    for cell in [d for d in box if d.tag == "div"]:
        while occ.get((r, c)):
            c += 1
            if c == ncol:
                r, c = r + 1, 0
        sp = re.search(r"grid-row:\s*span\s*(\d+)", cell.get("style", ""))
        n = int(sp.group(1)) if sp else 1
        for i in range(n):
            occ[(r + i, c)] = True
            grid[(r + i, c)] = txt(cell)
        c += 1
        if c == ncol:
            r, c = r + 1, 0
    nrow = max(k[0] for k in grid) + 1
    return [[grid.get((i, j), "") for j in range(ncol)] for i in range(nrow)]


def rows_of(grid):
    hr = max(i for i, row in enumerate(grid) if any(x.replace(" ", "") in NAME_HEADS for x in row))
    labels = [x.replace(" ", "") for x in grid[hr]]
    split = "指标性质" in labels
    role = {}
    for j, lab in enumerate(labels):
        if lab == "一级指标":
            role["l1"] = j
        elif lab == "二级指标":
            role["l2"] = j
        elif lab in NAME_HEADS:
            role["name"] = j
        elif lab == "实施期指标值":
            role["per"] = j
        elif lab == "指标性质":
            role["op"] = j
        elif lab in ("度量单位", "计量单位"):
            role["unit"] = j
        elif lab == "指标值" and split:
            role["num"] = j
        elif lab in ("指标值", "年度指标值", "年度目标值") and "val" not in role:
            role["val"] = j
    out = []
    for row in grid[hr + 1:]:
        if len(row) <= role["l1"] or row[role["l1"]] not in L1:
            break
        if "val" in role:
            v = row[role["val"]]
        else:
            op = row[role["op"]]
            v = ("" if op == "定性" else op) + row[role["num"]] + row[role["unit"]]
        out.append(dict(name=row[role["name"]], annual_value=v,
                        period_value=row[role["per"]] if "per" in role else None,
                        level1_code=L1[row[role["l1"]]], level2_code=L2[row[role["l2"]]]))
    return out


def html_rows(path):
    with open(path, encoding="utf-8") as f:
        doc = lxml.html.fromstring(f.read())
    css = "\n".join(s.text_content() for s in doc.iter("style"))
    found = []
    for el in doc.iter("table", "div"):
        if el.tag == "table":
            if el.find(".//table") is not None:
                continue
            if not any(txt(td) in NAME_HEADS for td in el.iter("td", "th")):
                continue
            found.append((el, rows_of(table_grid(el))))
        elif el.get("class") and any(d.tag == "div" and txt(d) in NAME_HEADS and len(d) == 0 for d in el):
            found.append((el, rows_of(div_grid(el, css))))
    order = list(doc.iter())
    found.sort(key=lambda x: order.index(x[0]))
    return [r for _, rows in found for r in rows], txt(doc)


def squash(s):
    return unicodedata.normalize("NFKC", "".join(s.split()))


def main():
    gold = [json.loads(line) for line in open(GOLD, encoding="utf-8")]
    by = {}
    for g in gold:
        by.setdefault(g["file"][:2], []).append(g)
    print("== 1. gold vs the html tables (lxml only)")
    nh = mism = 0
    pagetext = {}
    for path in sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]_*.html"))):
        nid = os.path.basename(path)[:2]
        rows, pagetext[nid] = html_rows(path)
        nh += len(rows)
        gs = by.get(nid, [])
        if len(rows) != len(gs):
            print(f"  {nid}: {len(gs)} gold rows, {len(rows)} html rows")
            mism += abs(len(rows) - len(gs))
        for k, (g, h) in enumerate(zip(gs, rows), 1):
            if g["n"] != k:
                print(f"  {nid}: n {g['n']} != {k}")
                mism += 1
            for key in ("name", "annual_value", "period_value", "level1_code", "level2_code"):
                if g[key] != h[key]:
                    print(f"  {nid} row {k} {key}: gold {g[key]!r} html {h[key]!r}")
                    mism += 1
    print(f"rows: {len(gold)} gold, {nh} html")
    print(f"mismatches: {mism}")

    print("== 2. PDF expected files vs the gold")
    nf = nr = mism = 0
    for path in sorted(glob.glob(os.path.join(PDF, "*.expected.jsonl"))):
        nf += 1
        exp = [json.loads(line) for line in open(path, encoding="utf-8")]
        nid = os.path.basename(path)[:2]
        gs = by[nid]
        nr += len(exp)
        if len(exp) != len(gs):
            print(f"  {os.path.basename(path)}: {len(exp)} rows, gold {len(gs)}")
            mism += 1
        for e, g in zip(exp, gs):
            bad = [k for k, gk in (("name", "name"), ("value", "annual_value"), ("level1_code", "level1_code"),
                                   ("level2_code", "level2_code")) if e[k] != g[gk]]
            bad += [k for k in ("department", "project") if e[k] not in pagetext[nid]]
            if e["source_id"] != nid:
                bad.append("source_id")
            if bad:
                print(f"  {os.path.basename(path)} {e['name']}: {bad}")
                mism += 1
        if not os.path.exists(path[:-len(".expected.jsonl")] + ".pdf"):
            print(f"  {os.path.basename(path)}: no PDF beside it")
    print(f"files: {nf}; rows: {nr}; mismatches: {mism}")

    print("== 3. gold names/values in the page text and in the PDFs' text layers (whitespace removed, NFKC)")
    bad_t = 0
    for nid, gs in sorted(by.items()):
        fn = os.path.join(TXT, gs[0]["file"])
        t = squash(open(fn, encoding="utf-8").read())
        miss = [x for g in gs for x in (g["name"], g["annual_value"], g["period_value"]) if x and squash(x) not in t]
        if miss:
            bad_t += 1
            print(f"  {gs[0]['file']}: {len(miss)} not contiguous: {miss[:3]}")
    print(f"text files with a non-contiguous name/value: {bad_t} of {len(by)}")
    bad_p = np_ = 0
    for path in sorted(glob.glob(os.path.join(PDF, "*.pdf"))):
        np_ += 1
        nid = os.path.basename(path)[:2]
        t = squash(subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True).stdout.decode("utf-8"))
        miss = [x for g in by[nid] for x in (g["name"], g["annual_value"]) if squash(x) not in t]
        if miss:
            bad_p += 1
            print(f"  {os.path.basename(path)}: {len(miss)} not contiguous: {miss[:3]}")
    print(f"PDFs with a non-contiguous name/value in pdftotext: {bad_p} of {np_}")


if __name__ == "__main__":
    main()
