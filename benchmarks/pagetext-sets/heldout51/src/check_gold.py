"""Independent check of set 51 (lxml + pdftotext only; does not import make_pages or build).
Usage: /tmp/h44/venv/bin/python check_gold.py [GOLD] [TEXTDIR] [PDFDIR]"""
import glob, json, os, subprocess, sys, unicodedata
from lxml import html as LH

SRC = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.abspath(os.path.join(SRC, "../../../.."))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(MAIN, "corpus/gold/pagetext-heldout51.jsonl")
TXT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(MAIN, "tests/fixtures/pagetext51")
PDF = sys.argv[3] if len(sys.argv) > 3 else os.path.join(MAIN, "out/pdfs-heldout51")
BENCH = os.path.join(MAIN, "benchmarks/pdf-sets/heldout51")
L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济效益指标": "21",
      "社会效益指标": "22", "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31"}
ROLE = {"一级指标": "l1", "二级指标": "l2", "三级指标": "name", "指标值": "val", "年度指标值": "val", "实施期指标值": "per"}
KEYS = ["file", "n", "name", "annual_value", "period_value", "level1_code", "level2_code", "url", "quirks"]
EKEYS = ["source_id", "department", "project", "name", "value", "level1_code", "level2_code"]
bad = []


def table_rows(path):
    doc = LH.parse(path).getroot()
    t = doc.xpath("//table")[0]
    heads = [th.text_content().strip() for th in t.xpath("./thead/tr/th")]
    grid, pending = [], {}
    for tr in t.xpath("./tbody/tr"):
        row, cells, col = {}, list(tr.xpath("./td|./th")), 0
        out = []
        while len(out) < len(heads):
            if col in pending and pending[col][1] > 0:
                out.append(pending[col][0]); pending[col][1] -= 1
            else:
                c = cells.pop(0)
                txt = c.text_content().strip()
                rs = int(c.get("rowspan", "1"))
                if rs > 1:
                    pending[col] = [txt, rs - 1]
                out.append(txt)
            col += 1
        grid.append({ROLE.get(h, h): v for h, v in zip(heads, out)})
    dept = doc.xpath("//div[@class='unitline']/span")[0].text_content().split("：", 1)[1]
    proj = [p.text_content() for p in doc.xpath("//div[@class='facts']/p")][0].split("：", 1)[1]
    return grid, dept, proj


def norm(s):
    return "".join(unicodedata.normalize("NFKC", s).split())


gold = [json.loads(l) for l in open(GOLD, encoding="utf-8")]
print("== 1. gold vs the html tables (lxml only)")
pages = sorted(glob.glob(os.path.join(SRC, "[0-9][0-9]_*.html")))
per, meta, total = [], {}, 0
for path in pages:
    pid = os.path.basename(path)[:2]
    rows, dept, proj = table_rows(path)
    meta[pid] = (dept, proj, rows)
    g = [r for r in gold if r["file"][:2] == pid]
    per.append("%s %d" % (pid, len(rows)))
    total += len(rows)
    if len(g) != len(rows):
        bad.append("count %s %d gold vs %d html" % (pid, len(g), len(rows)))
    for i, (gr, hr) in enumerate(zip(g, rows)):
        if list(gr.keys()) != KEYS:
            bad.append("keys %s" % gr)
        want = dict(n=i + 1, name=hr["name"], annual_value=hr["val"], period_value=hr.get("per"),
                    level1_code=L1[hr["l1"]], level2_code=L2[hr["l2"]], url=None)
        for k, v in want.items():
            if gr[k] != v:
                bad.append("%s row %d %s: gold %r html %r" % (pid, i + 1, k, gr[k], v))
print("rows: %d gold, %d html; pages: %d; per page: %s" % (len(gold), total, len(pages), ", ".join(per)))

print("== 2. PDF expected files vs gold; PDFs beside them with a text layer; copies in pdf-sets/heldout51")
exp = sorted(glob.glob(os.path.join(PDF, "*.expected.jsonl")))
nrows = 0
for e in exp:
    stem = os.path.basename(e)[:-len(".expected.jsonl")]
    pid = stem[:2]
    rows = [json.loads(l) for l in open(e, encoding="utf-8")]
    nrows += len(rows)
    g = [r for r in gold if r["file"][:2] == pid]
    dept, proj, _ = meta[pid]
    if len(rows) != len(g):
        bad.append("expected count " + stem)
    for r, gr in zip(rows, g):
        if list(r.keys()) != EKEYS:
            bad.append("ekeys " + stem)
        if (r["source_id"], r["department"], r["project"], r["name"], r["value"], r["level1_code"], r["level2_code"]) != \
           (pid, dept, proj, gr["name"], gr["annual_value"], gr["level1_code"], gr["level2_code"]):
            bad.append("expected row %s %s" % (stem, r["name"]))
    pdf = os.path.join(PDF, stem + ".pdf")
    if not os.path.exists(pdf):
        bad.append("no pdf " + stem); continue
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    pp = txt.split("\f")[:-1] if txt.endswith("\f") else txt.split("\f")
    lens = [len(norm(x)) for x in pp]
    print("  %-48s pages %d, chars/page %s" % (stem, len(pp), lens))
    if not pp or min(lens) == 0:
        bad.append("empty page in " + stem)
    cp = os.path.join(BENCH, os.path.basename(e))
    if not os.path.exists(cp) or open(cp, "rb").read() != open(e, "rb").read():
        bad.append("copy differs " + stem)
print("expected files: %d; rows: %d; pdfs: %d" % (len(exp), nrows, len(glob.glob(os.path.join(PDF, "*.pdf")))))

print("== 3. gold names/values in the page text (whitespace removed, NFKC): reported, not judged")
for r in gold:
    t = norm(open(os.path.join(TXT, r["file"]), encoding="utf-8").read())
    for k in ("name", "annual_value", "period_value"):
        if r[k] and norm(r[k]) not in t:
            print("  not found:", r["file"], r["n"], k, r[k])
print("OK" if not bad else "PROBLEMS:\n" + "\n".join(bad))
