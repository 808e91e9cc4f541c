"""Check held-out set 40 independently of make_pages.py.

    python check_gold.py [GOLD] [TEXTDIR] [PDFDIR]      (lxml; pdfplumber for part 4 if installed)

Written for this set (no earlier set's script was read or copied). It never imports make_pages.py:
1. re-reads every html page here with lxml alone — tables expanded into a grid (rowspan/colspan), the
   header row found by its labels (三级指标 / 绩效指标), a two-row header combined (指标值 over 实施期指标值 /
   年度指标值), an Element-UI header-only table joined with its body table, the CSS grid of 07 placed by
   grid-row/grid-column, display:none rows skipped, 总分/自评结论 rows skipped, 计算符号 + 指标值 + 计量单位
   joined (定性 dropped), codes from the printed category names carried down merged cells — and compares
   name, values, codes and the merged-continuation tags with the gold; prints `mismatches: N`;
2. the same for the PDF expected files (department, project, name, value, period_value, codes);
3. looks for every gold name/value in its text file with whitespace removed and says why any is not
   contiguous;
4. the same for the expected rows in each PDF's text layer (pdfplumber), after NFKC.
"""
import glob
import json
import os
import re
import sys
import unicodedata

import logging

import lxml.html

logging.disable(logging.WARNING)   # pdfminer's FontBBox warnings on the Chromium CFF fonts
# Chromium with the system Noto CJK writes some ideographs as CJK radicals-supplement / compatibility code
# points that NFKC does not fold; fold them as a reader must
FOLD = str.maketrans("⺠⻓⻔⻚⻝⻢⻋⻅⻆⻘⻙⻛⻜⻄⻥⻦⻬⻉⻰⻩⻤⻨⻧㬵戶", "民长门页食马车见角青韦风飞西鱼鸟齐贝龙黄鬼麦卤胶户")

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = sys.argv[1] if len(sys.argv) > 1 else "/work/main/corpus/gold/pagetext-heldout40.jsonl"
TEXTDIR = sys.argv[2] if len(sys.argv) > 2 else "/work/main/tests/fixtures/pagetext40"
PDFDIR = sys.argv[3] if len(sys.argv) > 3 else "/work/main/out/pdfs-heldout40"
PDFSET = "/work/main/benchmarks/pdf-sets/heldout40"

LEVEL1 = {"产出指标": "1", "成本指标": "1", "效益指标": "2", "满意度指标": "3"}
LEVEL2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14",
          "社会成本指标": "14", "生态环境成本指标": "14", "经济效益指标": "21", "社会效益指标": "22",
          "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31", "满意度指标": "31"}


def txt(el):
    return re.sub(r"\s+", "", "".join(el.itertext()))


def hidden(tr):
    return "display:none" in (tr.get("style") or "").replace(" ", "")


def direct_rows(tbl):
    return tbl.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")


def expand(rows):
    """rows of <tr> -> grid of ((text, continuation_of_a_rowspan, colspan_copy) cells, row hidden)."""
    grid, pending = [], {}
    for r, tr in enumerate(rows):
        line, c = [], 0
        cells = tr.xpath("./td|./th")
        k = 0
        while k < len(cells) or (r, c) in pending:
            if (r, c) in pending:
                line.append(pending.pop((r, c)))
                c += 1
                continue
            td = cells[k]
            k += 1
            rs, cs = int(td.get("rowspan", 1)), int(td.get("colspan", 1))
            t = txt(td)
            for dc in range(cs):
                line.append((t, False, dc > 0))
                for dr in range(1, rs):
                    pending[(r + dr, c + dc)] = (t, True, dc > 0)
            c += cs
        grid.append((line, hidden(tr)))
    return grid


def css_grid(div):
    cells = {}
    nrow = 0
    for d in div.xpath("./div"):
        st = d.get("style", "")
        m = re.search(r"grid-row:\s*(\d+)(?:\s*/\s*span\s*(\d+))?", st)
        col = int(re.search(r"grid-column:\s*(\d+)", st).group(1))
        r0, span = int(m.group(1)), int(m.group(2) or 1)
        for dr in range(span):
            cells[(r0 + dr, col)] = (txt(d), dr > 0, False)
        nrow = max(nrow, r0 + span - 1)
    ncol = max(c for _, c in cells)
    return [([cells.get((r, c), ("", False, False)) for c in range(1, ncol + 1)], False) for r in range(1, nrow + 1)]


def find_header(grid):
    for i, (line, _) in enumerate(grid):
        labels = [x[0] for x in line]
        if "三级指标" in labels or "绩效指标" in labels:
            return i
    return None


def rows_from_grid(grid):
    h = find_header(grid)
    labels = [x[0] for x in grid[h][0]]
    body = h + 1
    if body < len(grid) and "实施期指标值" in [x[0] for x in grid[body][0]]:
        second = [x[0] for x in grid[body][0]]
        # the second header row's cells sit under the 指标值 colspan; rowspan cells repeat the first row
        labels = [second[c] if labels[c] == "指标值" else labels[c] for c in range(len(labels))]
        body += 1
    col = {lab: c for c, lab in reversed(list(enumerate(labels)))}
    out = []
    for r in range(body, len(grid)):
        line, hid = grid[r]
        if hid:
            continue
        joined = "".join(x[0] for x in line)
        if joined.startswith("总分") or joined.startswith("自评结论") or not joined:
            continue
        get = lambda lab: line[col[lab]][0] if lab in col else None  # noqa: E731
        name = get("三级指标") if "三级指标" in col else get("绩效指标")
        val = get("年度指标值") if "年度指标值" in col else get("指标值")
        if "计算符号" in col:
            op = get("计算符号")
            val = ("" if op == "定性" else op) + val + get("计量单位")
        elif "计量单位" in col:
            val = val + get("计量单位")
        rec = dict(name=name, annual=val, period=get("实施期指标值"), l1=None, l2=None, c1=False, c2=False)
        if "一级指标" in col:
            a, b = line[col["一级指标"]], line[col["二级指标"]]
            rec.update(l1=LEVEL1[a[0]], l2=LEVEL2[b[0]], c1=a[1], c2=b[1])
        out.append(rec)
    return out


def facts(doc):
    """department / project per table, from the block rows or the lines above each table."""
    text = [t for t in (re.sub(r"\s+", "", "".join(x.itertext())) for x in doc.iter("p", "td", "th"))]
    return text


def read_page(path):
    doc = lxml.html.parse(path).getroot()
    tables = []
    grids = doc.xpath("//div[contains(@class,'zb-grid')]")
    for g in grids:
        tables.append((g, css_grid(g)))
    all_tables = doc.xpath("//table")
    skip = set()
    for i, t in enumerate(all_tables):
        if t in skip:
            continue
        grid = expand(direct_rows(t))
        h = find_header(grid)
        if h is None:
            continue
        if h == len(grid) - 1 and i + 1 < len(all_tables):  # header-only table (Element-UI): body is the next table
            nxt = all_tables[i + 1]
            skip.add(nxt)
            grid = grid + expand(direct_rows(nxt))
        tables.append((t, grid))
    # project and department: the nearest 项目名称 / 主管部门 (or 部门名称) before each table
    res = []
    order = list(doc.iter())
    for el, grid in tables:
        pos = order.index(el)
        proj = dept = None
        for x in order[: pos] + [y for y in el.iter()]:
            if x.tag in ("p", "td", "th", "strong"):
                s = re.sub(r"\s+", "", "".join(x.itertext()))
                m = re.search(r"项目名称[：:](.+)$", s)
                if m and x.tag != "td":
                    proj = m.group(1)
                m = re.search(r"主管部门[：:](.+?)(资金规模|$)", s)
                if m and x.tag == "p":
                    dept = m.group(1)
        # block rows inside the table: label cell followed by the value cell
        for line, _ in grid:
            labs = [c[0] for c in line]
            for k, lab in enumerate(labs[:-1]):
                if lab == "项目名称":
                    proj = labs[k + 1]
                if lab in ("主管部门", "部门名称"):
                    dept = labs[k + 1]
        for rec in rows_from_grid(grid):
            res.append(dict(rec, project=proj, department=dept))
    return res


def squash(s):
    return re.sub(r"\s+", "", s)


def fold(s):
    return unicodedata.normalize("NFKC", s).translate(FOLD)


def diagnose(s, text, parts=None):
    t = squash(text)
    if squash(s) in t:
        return None
    if squash(s) in t.replace("\\", ""):
        return "markdown escape: the tool wrote a backslash inside (\\%)"
    if squash(s) in re.sub(r"[│┃|]", "", t):
        return "wrapped over two lines inside a box-drawn cell"
    if parts and all(p in t for p in parts if p):
        return "joined from 计算符号/指标值/计量单位 cells that are not side by side in the text"
    if windowed(squash(s), t):
        return "wrapped in its cell: the rest follows on the next line, after the other cells of the row"
    return "NOT FOUND"


def main():
    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8")]
    by_nn = {}
    for g in gold:
        by_nn.setdefault(g["file"][:2], []).append(g)
    pages = sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]_*.html")))
    derived = {os.path.basename(p)[:2]: read_page(p) for p in pages}
    print("== 1. gold vs the html tables (lxml only)")
    bad = 0
    for nn in sorted(set(by_nn) | set(derived)):
        g, d = by_nn.get(nn, []), derived.get(nn, [])
        if len(g) != len(d):
            print(f"  {nn}: {len(g)} gold rows, {len(d)} in the html")
            bad += 1
        for a, b in zip(g, d):
            want = (a["name"], a["annual_value"], a["period_value"], a["level1_code"], a["level2_code"],
                    "l1_merged_continuation" in a["quirks"], "l2_merged_continuation" in a["quirks"])
            got = (b["name"], b["annual"], b["period"], b["l1"], b["l2"], b["c1"], b["c2"])
            if want != got:
                print(f"  {nn} n={a['n']}: gold {want} html {got}")
                bad += 1
    print(f"rows: {len(gold)} gold, {sum(len(v) for v in derived.values())} html")
    print(f"mismatches: {bad}")

    print("== 2. PDF expected files vs the html")
    bad2 = nfiles = 0
    for f in sorted(glob.glob(os.path.join(PDFSET, "*.expected.jsonl"))):
        nfiles += 1
        nn = os.path.basename(f)[:2]
        exp = [json.loads(l) for l in open(f, encoding="utf-8")]
        d = derived[nn]
        if len(exp) != len(d):
            print(f"  {os.path.basename(f)}: {len(exp)} rows, html {len(d)}")
            bad2 += 1
        for a, b in zip(exp, d):
            twin = "period_value" in a
            want = (a["source_id"], a["department"], a["project"], a["name"], a["value"], a.get("period_value"),
                    a["level1_code"], a["level2_code"])
            proj = None if nn == "09" else b["project"]   # 部门整体: no 项目名称
            got = (nn, b["department"], proj, b["name"], b["annual"], b["period"] if twin else None, b["l1"], b["l2"])
            if want != got:
                print(f"  {os.path.basename(f)}: {want} vs {got}")
                bad2 += 1
    print(f"files: {nfiles}; mismatches: {bad2}")

    print("== 3. gold names/values in the page text (whitespace removed)")
    miss = 0
    reasons = {}
    for nn, rows in sorted(by_nn.items()):
        text = open(os.path.join(TEXTDIR, rows[0]["file"]), encoding="utf-8").read()
        spec = {r["name"]: r for r in derived[nn]}
        for g in rows:
            for key in ("name", "annual_value", "period_value"):
                s = g[key]
                if not s:
                    continue
                parts = None
                if key != "name":
                    parts = split_parts(s)
                why = diagnose(s, text, parts)
                if why:
                    reasons.setdefault((g["file"], why), []).append(s)
                    if why == "NOT FOUND":
                        miss += 1
    for (f, why), ss in sorted(reasons.items()):
        print(f"  {f}: {len(ss)} not contiguous — {why}: {', '.join(ss[:6])}{' …' if len(ss) > 6 else ''}")
    print(f"names/values not found at all in text: {miss}")

    print("== 4. expected rows in the PDF text layers")
    try:
        import pdfplumber
    except ImportError:
        print("  pdfplumber not installed: skipped")
        return
    tot = whole = other = 0
    notes = {}
    for f in sorted(glob.glob(os.path.join(PDFDIR, "*.pdf"))):
        stem = os.path.basename(f)[:-4]
        exp = [json.loads(l) for l in open(os.path.join(PDFSET, stem + ".expected.jsonl"), encoding="utf-8")]
        with pdfplumber.open(f) as pdf:
            text = fold("\n".join(p.extract_text() or "" for p in pdf.pages))
            npages = len(pdf.pages)
        for e in exp:
            for key in ("name", "value", "period_value"):
                s = e.get(key)
                if not s:
                    continue
                tot += 1
                s2 = fold(s)
                if squash(s2) in squash(text):
                    whole += 1
                    continue
                why = "by cell" if split_parts(s) and all(fold(p) in squash(text) for p in split_parts(s)) \
                    else ("windowed" if windowed(squash(s2), squash(text)) else "MISSING")
                notes.setdefault((stem, why), []).append(s)
                other += 1
        print(f"  {stem}: {npages} page(s)")
    for (stem, why), ss in sorted(notes.items()):
        print(f"  {stem}: {why} ×{len(ss)}: {', '.join(ss[:5])}{' …' if len(ss) > 5 else ''}")
    print(f"pdf strings={tot} whole={whole} other={other} missing={sum(len(v) for (s, w), v in notes.items() if w == 'MISSING')}")


SPLIT = {}


def split_parts(s):
    """The cells a joined value came from (09-style split columns), as printed in the html sources."""
    m = re.match(r"^(≥|≤|＝|>|<)?(.*?)(%|‰|公里|座|分钟|元/公里|处|场次|人次|个工作日|万元)?$", s)
    if not m:
        return None
    return [x for x in m.groups() if x]


def windowed(s, text, slack=40):
    """every character of s in order within a short stretch of text (a value wrapped inside a cell)."""
    for start in [i for i, ch in enumerate(text) if ch == s[0]]:
        i, j = start, 0
        while i < len(text) and i - start < len(s) + slack and j < len(s):
            if text[i] == s[j]:
                j += 1
            i += 1
        if j == len(s):
            return True
    return False


if __name__ == "__main__":
    main()
