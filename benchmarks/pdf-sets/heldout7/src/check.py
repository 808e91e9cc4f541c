# The one check allowed: every expected name and value occurs in its PDF's text (whitespace removed).
# Text is taken two ways: the page text, and the text of each table cell pdfplumber finds (a wrapped
# cell's lines are interleaved with its neighbours' in the page text). NFKC folds the Kangxi radicals
# Chromium emits (⼀ -> 一) on both sides.
import glob, json, re, sys, unicodedata, logging
logging.disable(logging.CRITICAL)
import pdfplumber

EXTRA = {"戶": "户", "⻓": "长", "⻋": "车", "⻚": "页", "⻛": "风", "⻜": "飞", "⻢": "马", "⻥": "鱼", "⻔": "门",
         "⻄": "西", "⻅": "见", "⻆": "角", "⻉": "贝", "⻝": "食", "⻓": "长", "⺠": "民", "⻘": "青",
         "⻩": "黄", "⻬": "齐", "⻮": "齿", "⻳": "龟", "⺟": "母", "⻁": "虎", "⻨": "麦", "⻓": "长"}

def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = "".join(EXTRA.get(c, c) for c in s)
    return re.sub(r"\s+", "", s)

bad = 0
total = 0
for pdf in sorted(glob.glob("/work/main/out/pdfs-heldout7/*.pdf")):
    exp = pdf.replace(".pdf", ".expected.jsonl")
    texts = []
    with pdfplumber.open(pdf) as p:
        for pg in p.pages:
            texts.append(norm(pg.extract_text() or ""))
            for tb in pg.extract_tables():
                for row in tb:
                    for c in row:
                        if c:
                            texts.append(norm(c))
    blob = "\n".join(texts)
    for line in open(exp, encoding="utf-8"):
        r = json.loads(line)
        total += 1
        for k in ("name", "value"):
            v = r[k]
            if v is None:
                continue
            if norm(v) not in blob:
                bad += 1
                print("MISSING", r["source_id"], k, v)
print(f"rows={total} missing={bad}")
