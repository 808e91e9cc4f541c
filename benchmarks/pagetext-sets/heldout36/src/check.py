#!/usr/bin/env python3
"""(Set 35's check_gold.py, adapted for set 36: period values joined like annual ones, 满意度指标 as a
level-2 label, the PDF text layer and the PDF expected files added as checks 3 and 4.)
Cross-check corpus/gold/pagetext-heldout36.jsonl against the HTML pages beside this script,
against the page text in tests/fixtures/pagetext36 and against the PDFs in out/pdfs-heldout36.

1. Reads every indicator table of each page on its own (lxml only): <table>s with rowspan/colspan
   expanded; component tables whose header and body are separate <table>s (Element-UI, layui,
   vxe-table) joined, the Element-UI fixed-column copy left out; the CSS-grid div table (cells placed
   by grid-row/grid-column); the nested flex div table. Elements hidden by the page (display:none,
   an inactive tab pane, layui-hide) are left out and listed. Finds the indicator header
   (三级指标 / 绩效指标, two-row headers), joins 计算符号 + 指标值 + 计量单位 (定性 dropped), skips
   总分/合计 rows, and compares name, annual/period value, declared codes and the merged-cell
   continuation tags with the gold rows. Prints 'mismatches: N'.
2. Checks that every gold name and value occurs in its text file once all whitespace is removed,
   and lists the ones that do not. Also says whether the hidden rows' text got into the file.
"""
import json, os, re, sys
import lxml.html

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "../../../.."))
GOLD = os.path.join(ROOT, "corpus/gold/pagetext-heldout36.jsonl")
TEXT = os.path.join(ROOT, "tests/fixtures/pagetext36")
L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1", None: None, "": None}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14",
      "社会成本指标": "14", "生态环境成本指标": "14", "经济效益指标": "21", "社会效益指标": "22",
      "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31", "满意度指标": "31", None: None, "": None}
SUB = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")

def txt(el):
    return re.sub(r"\s+", "", el.text_content().replace("\xa0", " "))

def hidden(el):
    for a in el.iterancestors():
        pass
    for x in [el, *el.iterancestors()]:
        st = (x.get("style") or "").replace(" ", "")
        cl = x.get("class") or ""
        if "display:none" in st or "ant-tabs-tabpane-hidden" in cl or "layui-hide" in cl.split():
            return True
    return False

HIDDEN = []   # (page, text) of hidden rows/tables skipped

def grid_of_trs(trs):
    g = {}
    ri = 0
    for tr in trs:
        if hidden(tr):
            HIDDEN.append(txt(tr)); continue
        ci = 0
        for td in tr.xpath("./td|./th"):
            while (ri, ci) in g: ci += 1
            rs = int(td.get("rowspan", 1)); cs = int(td.get("colspan", 1))
            for dr in range(rs):
                for dc in range(cs):
                    g[(ri + dr, ci + dc)] = (txt(td), dr > 0)
            ci += cs
        ri += 1
    if not g: return []
    nr = max(r for r, c in g) + 1; nc = max(c for r, c in g) + 1
    return [[g.get((r, c), ("", False)) for c in range(nc)] for r in range(nr)]

def trs(t):
    return t.xpath("./tr|./tbody/tr|./thead/tr")

def logical_tables(doc):
    out = []
    inside = set()   # (set 35's component-table, CSS-grid and flex readers dropped: set 36 has only <table>s)
    for t in doc.iter("table"):
        if t in inside or t.xpath(".//table"): continue
        if hidden(t):
            if "三级指标" in txt(t): HIDDEN.append("[hidden table] " + txt(t))
            continue
        out.append((t.sourceline, grid_of_trs(trs(t))))
    out.sort(key=lambda x: x[0])
    return [g for _, g in out]

def indicator_rows(G):
    hi = None
    for i, r in enumerate(G):
        labels = [c[0] for c in r]
        if "三级指标" in labels or ("绩效指标" in labels and "指标值" in labels):
            hi = i; break
    if hi is None: return []
    H = [c[0] for c in G[hi]]
    H2 = [c[0] for c in G[hi + 1]] if hi + 1 < len(G) else []
    two = any(H2[j] in SUB and H2[j] != H[j] for j in range(len(H2)))
    lab = [H2[j] if two and H2[j] in SUB else H[j] for j in range(len(H))]
    col = {}
    for j, h in enumerate(lab): col.setdefault(h, j)
    namec = col.get("三级指标", col.get("绩效指标"))
    annc = col.get("年度指标值", col.get("指标值"))
    perc = col.get("实施期指标值")
    rows = []
    for r in G[hi + (2 if two else 1):]:
        name = r[namec][0]
        if not name or "总分" in [c[0] for c in r] or "合计" in [c[0] for c in r]: continue
        def cells(v):
            p = [v]
            if "计算符号" in col and r[col["计算符号"]][0] != "定性": p.insert(0, r[col["计算符号"]][0])
            if "计量单位" in col and r[col["计量单位"]][0]: p.append(r[col["计量单位"]][0])
            return p
        def joined(v):
            if "计算符号" in col:
                op = r[col["计算符号"]][0]
                v = ("" if op == "定性" else op) + v
            if "计量单位" in col: v += r[col["计量单位"]][0]
            return v
        ann = joined(r[annc][0])
        g = lambda k: r[col[k]] if k in col else (None, False)
        rows.append(dict(pieces={"annual_value": cells(r[annc][0]), "period_value": cells(r[perc][0]) if perc is not None else None},
                         name=name, annual=ann, period=joined(r[perc][0]) if perc is not None else None,
                         l1=g("一级指标")[0], l2=g("二级指标")[0], l1c=g("一级指标")[1], l2c=g("二级指标")[1]))
    return rows

def main():
    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8")]
    bad = 0
    files = sorted({g["file"] for g in gold})
    print("== gold vs HTML tables")
    for f in files:
        page = [x for x in os.listdir(HERE) if x.startswith(f[:3]) and x.endswith(".html")][0]
        HIDDEN.clear()
        doc = lxml.html.fromstring(open(os.path.join(HERE, page), encoding="utf-8").read())
        rows = [r for G in logical_tables(doc) for r in indicator_rows(G)]
        gs = [g for g in gold if g["file"] == f]
        if len(gs) != len(rows):
            print(f, "count gold", len(gs), "html", len(rows)); bad += 1
        for k, (g, h) in enumerate(zip(gs, rows)):
            exp = (k + 1, h["name"], h["annual"], h["period"], L1.get(h["l1"], "?" + str(h["l1"])),
                   L2.get(h["l2"], "?" + str(h["l2"])), h["l1c"], h["l1c"] and h["l2c"])
            got = (g["n"], g["name"], g["annual_value"], g["period_value"], g["level1_code"], g["level2_code"],
                   "l1_merged_continuation" in g["quirks"], "l2_merged_continuation" in g["quirks"])
            if exp != got:
                print(f, g["n"], "\n  html:", exp, "\n  gold:", got); bad += 1
        print(f"{f}: {len(gs)} rows checked against {page}" + (f"; hidden in page, not expected: {HIDDEN}" if HIDDEN else ""))
        FILE_HIDDEN[f] = list(HIDDEN)
        for g, h in zip(gs, rows): PIECES[(f, g["n"])] = h["pieces"]
    print("mismatches:", bad)
    print("== gold names/values in the page text (whitespace removed)")
    missing = 0
    bycell = {}
    for f in files:
        t = re.sub(r"\s+", "", open(os.path.join(TEXT, f), encoding="utf-8").read())
        for g in (x for x in gold if x["file"] == f):
            for key in ("name", "annual_value", "period_value"):
                v = g[key]
                if v is None: continue
                v = re.sub(r"\s+", "", v)
                pc = PIECES.get((f, g["n"]), {}).get(key)
                if v not in t and pc and len(pc) > 1 and all(re.sub(r"\s+", "", p) in t for p in pc):
                    bycell.setdefault(f, []).append(g[key]); continue
                if v not in t:
                    cut = [i for i in range(1, len(v)) if v[:i] in t and v[i:] in t]
                    why = f" (wrapped: {v[:cut[0]]!r} + {v[cut[0]:]!r} both present)" if cut else ""
                    print(f"  not in text: {f} n={g['n']} {key}={g[key]!r}{why}"); missing += 1
        for h in FILE_HIDDEN[f]:
            frag = h.replace("[hidden table] ", "")
            print(f"  hidden in page: {f}: {h[:40]!r}… -> its text {'IS' if frag in t else 'is not'} in the file")
    for f, vs in bycell.items():
        print(f"  {f}: {len(vs)} values joined from 计算符号/指标值/计量单位 cells that are not side by side in the table: each cell found")
    print("names/values not found in text:", missing)
    pdf_check(gold)
    return 1 if bad else 0



# ------------------------------------------------------------------ 3. and 4.: the PDFs
import glob, logging, unicodedata
PDFOUT = os.path.join(ROOT, "out/pdfs-heldout36")
PDFSET = os.path.join(ROOT, "benchmarks/pdf-sets/heldout36")
# radicals as Chromium's text layer may give them (Kangxi block folds by NFKC; the supplement does not)
FOLD = str.maketrans("⺠⻅⻋⻓⻔⻘⻙⻚⻛⻜⻝⻢⻣⻥⻦⻩⻬⻰戶", "民见车长门青韦页风飞食马骨鱼鸟黄齐龙户")
RADICALS = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")

def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s).translate(FOLD))

def in_window(needle, hay, slack=160):
    """the characters of needle in order within a short stretch (a wrapped narrow cell interleaved with its neighbours)"""
    for m in re.finditer(re.escape(needle[0]), hay):
        pos, ok = m.start(), True
        for ch in needle[1:]:
            pos = hay.find(ch, pos + 1)
            if pos < 0 or pos - m.start() > slack + 4 * len(needle):
                ok = False; break
        if ok: return True
    return False

def pdf_check(gold):
    import pdfplumber
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    print("== PDF expected files vs gold, and names/values in the PDF text layer (pdfplumber; NFKC, radicals folded, whitespace removed)")
    stems = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(PDFOUT, "*.pdf")))
    bad = windowed = missing = total = bycell = 0
    for stem in stems:
        a = open(os.path.join(PDFOUT, stem + ".expected.jsonl"), encoding="utf-8").read()
        b = open(os.path.join(PDFSET, stem + ".expected.jsonl"), encoding="utf-8").read()
        exp = [json.loads(l) for l in a.splitlines()]
        gs = [g for g in gold if g["file"].startswith(stem[:2] + "_")]
        pcs = [PIECES.get((g["file"], g["n"]), {}) for g in gs]
        if a != b: print("  expected files differ:", stem); bad += 1
        if [(x["name"], x["value"], x.get("period_value"), x["level1_code"], x["level2_code"]) for x in exp] != \
           [(g["name"], g["annual_value"], g["period_value"], g["level1_code"], g["level2_code"]) for g in gs]:
            print("  expected rows differ from the gold:", stem); bad += 1
        with pdfplumber.open(os.path.join(PDFOUT, stem + ".pdf")) as doc:
            raw = "".join(p.extract_text() or "" for p in doc.pages)
            npages = len(doc.pages)
            w, h = doc.pages[0].width, doc.pages[0].height
        t = norm(raw)
        win = []
        for x, pc in zip(exp, pcs):
            for key in ("name", "value", "period_value"):
                v = x.get(key)
                if v is None: continue
                total += 1
                n = norm(v)
                if n in t: continue
                p = pc.get({"value": "annual_value"}.get(key, key)) if key != "name" else None
                if p and len(p) > 1 and all(norm(q) in t for q in p):
                    bycell += 1; continue   # joined from op / number / unit cells that are apart in the table
                if in_window(n, t): win.append(v); windowed += 1
                else: print(f"  NOT IN PDF: {stem} {key}={v!r}"); missing += 1
        rad = "".join(sorted(set(RADICALS.findall(raw))))
        print(f"  {stem:26s} pages={npages} {w:.0f}x{h:.0f}pt kB={os.path.getsize(os.path.join(PDFOUT, stem + '.pdf')) // 1024:3d} rows={len(exp):2d} windowed={len(win)}"
              + (f" radicals={rad}" if rad else ""))
        if win: print("      windowed (wrapped, characters in order nearby):", " / ".join(win))
    print(f"pdfs={len(stems)} strings={total} whole={total - windowed - missing - bycell} by_cell={bycell} windowed={windowed} missing={missing} expected-file problems={bad}")


FILE_HIDDEN = {}
PIECES = {}
if __name__ == "__main__":
    sys.exit(main())
