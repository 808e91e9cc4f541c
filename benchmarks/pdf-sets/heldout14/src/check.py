# -*- coding: utf-8 -*-
"""(Set 13's check.py, adapted.)  Checks of set 14 (run with /work/main/.venv/bin/python from this folder):
1. every expected file equals what tables.py gives, in the set folder and in OUT, and every PDF
   in OUT has one (and the other way round);
2. every expected name, value and period value occurs in the intermediate the PDF was printed
   from (html text, xlsx cells, docx cells and paragraphs);
3. every expected name, value and period value occurs in the PDF's text layer (pdfplumber, all
   pages, NFKC + a fold of the radical code points, whitespace removed).  A value joined from
   op / value / unit cells is looked for cell by cell; a string wrapped inside a narrow cell may
   interleave with its neighbours' lines, so when it is not found whole its characters must occur
   in order within a short window (counted apart as "windowed").
Also prints per PDF: pages, size, the radical code points in its text, its font names, and any
expected name or value cell (of more than 3 characters) whose text the PDF holds more often than the
intermediate it was printed from (html text with the tags removed, xlsx cells, docx text) holds it (a row
drawn twice over a page break)."""
import glob
import html
import json
import logging
import os
import re
import unicodedata

import pdfplumber

import tables as TB
from build import MID, OUT, SET

# radicals (Kangxi block U+2F00 folds by NFKC; the supplement U+2E80 does not) as Chromium emits them
FOLD = str.maketrans('⺠⻅⻋⻓⻔⻘⻙⻚⻛⻜⻝⻢⻣⻥⻦⻩⻬⻰戶', '民见车长门青韦页风飞食马骨鱼鸟黄齐龙户')


def norm(s):
    """Page text compared with typed text: NFKC, radicals folded, whitespace removed."""
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s).translate(FOLD))


logging.getLogger('pdfminer').setLevel(logging.ERROR)
RADICALS = re.compile('[\u2e80-\u2eff\u2f00-\u2fdf]')


def in_window(needle, hay, slack=160):
    for m in re.finditer(re.escape(needle[0]), hay):
        pos = m.start()
        ok = True
        for ch in needle[1:]:
            pos = hay.find(ch, pos + 1)
            if pos < 0 or pos - m.start() > slack + 4 * len(needle):
                ok = False
                break
        if ok:
            return True
    return False


def source_text(stem):
    mid = os.path.join(MID, stem)
    if os.path.exists(mid + '.html'):
        return html.unescape(re.sub(r'<[^>]+>', '\n', open(mid + '.html', encoding='utf-8').read()))
    if os.path.exists(mid + '.xlsx'):
        from openpyxl import load_workbook
        wb = load_workbook(mid + '.xlsx')
        return '\n'.join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    if os.path.exists(mid + '.docx'):
        from docx import Document
        d = Document(mid + '.docx')
        return '\n'.join([p.text for p in d.paragraphs] +
                         [c.text for tb in d.tables for row in tb.rows for c in row.cells])
    return open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'tables.py'), encoding='utf-8').read()


def main():
    by_id = TB.by_id()
    made = {f'{t["id"]}-{m}' for t in TB.T for m in t['makers']}
    pdfs = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(OUT, '*.pdf'))}
    exp_set = {os.path.basename(p)[:-len('.expected.jsonl')] for p in glob.glob(os.path.join(SET, '*.expected.jsonl'))}
    assert pdfs == made == exp_set, (pdfs ^ made, exp_set ^ made)
    n_pdf = n_rows = n_str = whole = window = n_pages = 0
    bad, twice = [], []
    for stem in sorted(pdfs):
        tid, maker = stem.split('-', 1)
        t = by_id[tid]
        want = TB.expected(t)
        for folder in (OUT, SET):
            got = [json.loads(line) for line in open(os.path.join(folder, stem + '.expected.jsonl'), encoding='utf-8')]
            assert got == want, (folder, stem)
        src = norm(source_text(stem))
        printed = src
        path = os.path.join(OUT, stem + '.pdf')
        with pdfplumber.open(path) as doc:
            page_raw = [p.extract_text() or '' for p in doc.pages]
            fonts = sorted({re.sub(r'^[A-Z]{6}\+', '', c['fontname']) for p in doc.pages for c in p.chars})
        raw = ''.join(page_raw)
        text = norm(raw)
        page_text = [norm(x) for x in page_raw]
        rad = ''.join(sorted(set(RADICALS.findall(raw))))
        win_here = []
        for r, e in zip(t['rows'], want):
            for key, pieces in (('name', [r['name']]), ('value', TB.pieces(r, 'val')),
                                ('period_value', TB.pieces(r, 'pval') if r.get('pval') else [])):
                if e.get(key) is None:
                    continue
                n_str += 1
                if not all(norm(p) in src for p in pieces):
                    bad.append((stem, 'not in intermediate', e[key]))
                if all(norm(p) in text for p in pieces):
                    whole += 1
                elif all(in_window(norm(p), text) for p in pieces):
                    window += 1
                    win_here.append(e[key])
                else:
                    bad.append((stem, 'not in pdf', e[key]))
            for cell in {r['name'], r.get('val', ''), r.get('pval', '')} - {''}:
                n = norm(cell)
                if len(n) > 3 and sum(pt.count(n) for pt in page_text) > printed.count(n):
                    twice.append((stem, cell, [i + 1 for i, pt in enumerate(page_text) if n in pt]))
        n_pdf += 1
        n_rows += len(want)
        n_pages += len(page_raw)
        print(f'{stem:34s} pages={len(page_raw)} kB={os.path.getsize(path) // 1024:3d} rows={len(want):3d} '
              f'windowed={len(win_here)} radicals={len(rad)} fonts={"; ".join(fonts)[:80]}')
        if win_here:
            print('    windowed:', ' / '.join(win_here))
    print(f'pdfs={n_pdf} pages={n_pages} rows={n_rows} strings={n_str} whole={whole} windowed={window} '
          f'missing={len(bad)} on_two_pages={len(twice)}')
    for b in bad:
        print('  MISSING', *b)
    for x in twice:
        print('  TWICE', *x)


if __name__ == '__main__':
    main()
