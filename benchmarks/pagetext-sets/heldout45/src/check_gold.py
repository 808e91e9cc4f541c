"""Check set 45 without make_pages.py: (1) gold vs the html tables read with lxml alone (rowspan/colspan grid),
(2) PDF expected files vs the gold, (3) gold names/values contiguous in the page text and the PDFs' text layers.
Usage: python check_gold.py [GOLD] [TEXTDIR] [PDFDIR]"""
import glob, json, os, re, subprocess, sys, unicodedata
from lxml import html as LH

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "corpus/gold/pagetext-heldout45.jsonl")
TXT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "tests/fixtures/pagetext45")
PDF = sys.argv[3] if len(sys.argv) > 3 else os.path.join(ROOT, "out/pdfs-heldout45")
L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14", "经济效益指标": "21",
      "社会效益指标": "22", "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31"}
ROLE = {"一级指标": "l1", "二级指标": "l2", "三级指标": "name", "指标值": "val", "年度目标值": "val", "年度指标值": "val",
        "实施期指标值": "per", "计算符号": "op", "计量单位": "unit"}


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def grid(table):
    g, pending = [], {}
    for r, tr in enumerate(table.xpath(".//tr")):
        row, c = [], 0
        cells = tr.xpath("./td|./th")
        k = 0
        while k < len(cells) or (r, c) in pending:
            if (r, c) in pending:
                row.append(pending.pop((r, c))); c += 1; continue
            td = cells[k]; k += 1
            t = td.text_content().strip()
            rs, cs = int(td.get("rowspan", 1)), int(td.get("colspan", 1))
            for dc in range(cs):
                row.append(t)
                for dr in range(1, rs):
                    pending[(r + dr, c + dc)] = t
            c += cs
        g.append(row)
    return g


def html_rows(path):
    t = LH.fromstring(open(path, "rb").read().decode("utf-8")).get_element_by_id("zbtable")
    g = grid(t)
    h = next(i for i, r in enumerate(g) if "三级指标" in r)
    hdr = list(g[h])
    if h + 1 < len(g) and "实施期指标值" in g[h + 1]:
        hdr = g[h + 1]; h += 1
    roles = [ROLE.get(x) for x in hdr]
    if "计算符号" in hdr:
        roles = ["num" if x == "指标值" else r for x, r in zip(hdr, roles)]
    out = []
    for r in g[h + 1:]:
        if r[0] in ("总分", "自评结论"):
            break
        d = {ro: v for ro, v in zip(roles, r) if ro}
        val = d["val"] if "val" in d else (("" if d["op"] == "定性" else d["op"]) + d["num"] + d["unit"])
        out.append((d["name"], val, d.get("per"), L1[d["l1"]], L2[d["l2"]]))
    return out


def main():
    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8")]
    print("== 1. gold vs the html tables (lxml only)")
    by = {}
    for g in gold:
        by.setdefault(g["file"][:2], []).append(g)
    hrows, bad = 0, 0
    for i, rows in sorted(by.items()):
        path = glob.glob(os.path.join(HERE, f"{i}_*.html"))[0]
        hr = html_rows(path); hrows += len(hr)
        mine = [(g["name"], g["annual_value"], g["period_value"], g["level1_code"], g["level2_code"]) for g in rows]
        if mine != hr:
            bad += sum(a != b for a, b in zip(mine, hr)) + abs(len(mine) - len(hr))
            print("  mismatch", i, [(a, b) for a, b in zip(mine, hr) if a != b][:3])
    print(f"rows: {len(gold)} gold, {hrows} html\nmismatches: {bad}")
    print("== 2. PDF expected files vs the gold")
    n, bad, files = 0, 0, sorted(glob.glob(os.path.join(PDF, "*.expected.jsonl")))
    for f in files:
        ex = [json.loads(l) for l in open(f, encoding="utf-8")]
        i = os.path.basename(f)[:2]
        n += len(ex)
        want = [(g["name"], g["annual_value"], g["level1_code"], g["level2_code"]) for g in by[i]]
        got = [(e["name"], e["value"], e["level1_code"], e["level2_code"]) for e in ex]
        if want != got or any(e["source_id"] != i for e in ex):
            bad += 1; print("  mismatch", f)
    print(f"files: {len(files)}; rows: {n}; mismatches: {bad}")
    print("== 3. gold names/values in the page text and in the PDFs' text layers (whitespace removed, NFKC)")
    nt = 0
    for i, rows in sorted(by.items()):
        fn = rows[0]["file"]
        t = norm(open(os.path.join(TXT, fn), encoding="utf-8").read())
        miss = [x for g in rows for x in (g["name"], g["annual_value"], g["period_value"]) if x and norm(x) not in t]
        if miss:
            nt += 1; print(f"  {fn}: {len(miss)} not contiguous: {miss[:4]}")
    print(f"text files with a non-contiguous name/value: {nt} of {len(by)}")
    npdf = 0
    for f in files:
        pdf = f.replace(".expected.jsonl", ".pdf")
        t = norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
        ex = [json.loads(l) for l in open(f, encoding="utf-8")]
        miss = [x for e in ex for x in (e["name"], e["value"]) if norm(x) not in t]
        if miss:
            npdf += 1; print(f"  {os.path.basename(pdf)}: {len(miss)} not contiguous: {miss[:3]}")
    print(f"PDFs with a non-contiguous name/value in pdftotext: {npdf} of {len(files)}")


if __name__ == "__main__":
    main()
