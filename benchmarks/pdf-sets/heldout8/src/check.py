# -*- coding: utf-8 -*-
"""Checks of set 8 (run with /work/main/.venv/bin/python from this folder):
1. every expected file equals what tables.py gives, in both places (set folder and OUT);
2. every expected name, value and period value occurs in the intermediate the PDF was printed
   from (html text, xlsx cell values, docx cell texts; tables.py itself for reportlab/fpdf2);
3. every expected name, value and period value occurs in the PDF's text (pdfplumber, all pages,
   whitespace removed, NFKC plus a fold of the CJK-radical code points Chromium emits).  A value
   joined from op / value / unit cells is looked for cell by cell; a string wrapped inside a
   narrow cell may interleave with its neighbours' lines, so when it is not found whole its
   characters must occur in order within a short window (counted apart)."""
import glob
import html
import json
import logging
import os
import re
import unicodedata

import pdfplumber

import tables as TB

logging.getLogger('pdfminer').setLevel(logging.ERROR)
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
OUT = '/work/main/out/pdfs-heldout8'
FOLD = str.maketrans('⺠⻅⻋⻓⻔⻘⻚⻛⻜⻝⻢⻣⻥⻩⻬⻰戶', '民见车长门青页风飞食马骨鱼黄齐龙户')


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s).translate(FOLD))


def in_window(needle, hay, slack=150):
    for m in re.finditer(re.escape(needle[0]), hay):
        pos, ok = m.start(), True
        for ch in needle[1:]:
            pos = hay.find(ch, pos + 1)
            if pos < 0 or pos - m.start() > slack + 4 * len(needle):
                ok = False
                break
        if ok:
            return True
    return False


def source_text(stem):
    mid = os.path.join(HERE, 'intermediate', stem)
    if os.path.exists(mid + '.html'):
        return html.unescape(re.sub(r'<[^>]+>', '\n', open(mid + '.html', encoding='utf-8').read()))
    if os.path.exists(mid + '.xlsx'):
        from openpyxl import load_workbook
        wb = load_workbook(mid + '.xlsx')
        return '\n'.join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    if os.path.exists(mid + '.docx'):
        from docx import Document
        d = Document(mid + '.docx')
        return '\n'.join(c.text for tb in d.tables for row in tb.rows for c in row.cells)
    return open(os.path.join(HERE, 'tables.py'), encoding='utf-8').read()   # reportlab / fpdf2


def main():
    by_id = {t['id']: t for t in TB.T}
    n_pdf = n_rows = n_str = whole = window = 0
    bad = []
    for pdf in sorted(glob.glob(os.path.join(OUT, '*.pdf'))):
        stem = os.path.basename(pdf)[:-4]
        tid, maker = stem.split('-', 1)
        t = by_id[tid]
        want = TB.expected(t)
        for folder in (OUT, SET):
            got = [json.loads(l) for l in open(os.path.join(folder, stem + '.expected.jsonl'), encoding='utf-8')]
            assert got == want, (folder, stem)
        rows = [r for _p, _b, rs in TB.parts(t) for r in rs]
        src = source_text(stem)
        with pdfplumber.open(pdf) as doc:
            text = norm(''.join(p.extract_text() or '' for p in doc.pages))
            pages = len(doc.pages)
        win_here = []
        for r, e in zip(rows, want):
            for key, pieces in (('name', [r['name']]), ('value', TB.pieces(t, r) if r.get('val') else []),
                                ('period_value', [r['pval']] if r.get('pval') else [])):
                if e.get(key) is None:
                    continue
                n_str += 1
                if not all(p in src for p in pieces):
                    bad.append((stem, 'not in source', e[key]))
                if all(norm(p) in text for p in pieces):
                    whole += 1
                elif all(in_window(norm(p), text) for p in pieces):
                    window += 1
                    win_here.append(e[key])
                else:
                    bad.append((stem, 'not in pdf', e[key]))
        n_pdf += 1
        n_rows += len(want)
        print(f'{stem:30s} pages={pages} rows={len(want):3d} windowed={len(win_here)}')
    print(f'pdfs={n_pdf} rows={n_rows} strings={n_str} whole={whole} windowed={window} missing={len(bad)}')
    for b in bad:
        print('  MISSING', *b)


if __name__ == '__main__':
    main()
