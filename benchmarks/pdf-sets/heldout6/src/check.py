# -*- coding: utf-8 -*-
"""The one check: every expected name and value occurs in its PDF's text (whitespace removed).
Both sides are NFKC-folded (Chromium may emit Kangxi-radical code points).  A string wrapped in a
narrow column is interleaved with its neighbours' lines in page text, so when it is not found
contiguously we accept its characters in order within a short window, and count those apart."""
import glob
import json
import os
import re
import unicodedata

import pdfplumber

import tables as TB

# printed pieces of a joined value: (id, name) -> [op, val, unit] when the table has op/unit columns
PIECES = {}
for t in TB.T:
    for project, _b, rs in TB.parts(t):
        for r in rs:
            if r.get('op') or r.get('unit'):
                PIECES[(t['id'], r['name'])] = [p for p in (r.get('op'), r.get('val'), r.get('unit')) if p]

OUT = '/work/main/out/pdfs-heldout6'


# CJK radicals-supplement code points Chromium emits for unified ideographs (no NFKC mapping)
RADICALS = str.maketrans('⺠⻅⻋⻓⻔⻘⻚⻛⻝⻬戶', '民见车长门青页风食齐户')  # 戶: NFKC of Kangxi ⼾


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s).translate(RADICALS))


def in_order(needle, hay, slack=120):
    for start in [m.start() for m in re.finditer(re.escape(needle[0]), hay)]:
        pos, ok = start, True
        for ch in needle[1:]:
            nxt = hay.find(ch, pos + 1)
            if nxt < 0 or nxt - start > slack + len(needle) * 4:
                ok = False
                break
            pos = nxt
        if ok:
            return True
    return False


total = contiguous = windowed = missing = 0
for pdf in sorted(glob.glob(os.path.join(OUT, '*.pdf'))):
    with pdfplumber.open(pdf) as doc:
        text = norm(''.join((p.extract_text() or '') for p in doc.pages))
        npages = len(doc.pages)
    exp = [json.loads(l) for l in open(pdf[:-4] + '.expected.jsonl', encoding='utf-8')]
    bad, win = [], 0
    for row in exp:
        for key in ('name', 'value'):
            s = row[key]
            if s is None:
                continue
            total += 1
            s2 = norm(s)
            pieces = PIECES.get((row['source_id'], row['name'])) if key == 'value' else None
            if pieces and all(norm(p) in text for p in pieces):
                contiguous += 1
            elif s2 in text:
                contiguous += 1
            elif in_order(s2, text):
                windowed += 1
                win += 1
            else:
                missing += 1
                bad.append(s)
    print(f'{os.path.basename(pdf):40s} pages={npages} rows={len(exp):3d} windowed={win:2d} missing={bad}')
print(f'strings={total} contiguous={contiguous} windowed={windowed} missing={missing}')
