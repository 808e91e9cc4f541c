# -*- coding: utf-8 -*-
"""(Adapted from set 10's check.py.)  Checks of set 11 (run with /work/main/.venv/bin/python from this folder):
1. every expected file equals what tables.py gives, in the set folder and in OUT, and every PDF
   in OUT has one (and the other way round);
2. every expected name, value and period value occurs in the intermediate the PDF was printed
   from (html text, xlsx cells, docx cells);
3. every expected name, value and period value occurs in the PDF's text layer (pdfplumber, all
   pages, NFKC + a fold of the radical code points, whitespace removed).  A value joined from
   op / value / unit cells is looked for cell by cell; a string wrapped inside a narrow cell may
   interleave with its neighbours' lines, so when it is not found whole its characters must occur
   in order within a short window (counted apart as "windowed").
Also prints per PDF: pages, /Rotate, the radical code points in its text, its font names."""
import glob
import html
import json
import logging
import os
import re
import subprocess
import zipfile

import pdfplumber

import tables as TB
from build import MID, OUT, SCRATCH, SET

# radicals (Kangxi block U+2F00 folds by NFKC; the supplement U+2E80 does not) as Chromium emits them
FOLD = str.maketrans('⺠⻅⻋⻓⻔⻘⻙⻚⻛⻜⻝⻢⻣⻥⻦⻩⻬⻰戶', '民见车长门青韦页风飞食马骨鱼鸟黄齐龙户')


def norm(s):
    """Page text compared with typed text: NFKC, radicals folded, whitespace removed."""
    import unicodedata
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
    for ext in ('.html',):
        if os.path.exists(mid + ext):
            text = open(mid + ext, encoding='utf-8').read()
            return html.unescape(re.sub(r'<[^>]+>', '\n', text)) if ext == '.html' else text
    if os.path.exists(mid + '.xlsx'):
        from openpyxl import load_workbook
        wb = load_workbook(mid + '.xlsx')
        return '\n'.join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    if os.path.exists(mid + '.docx'):
        from docx import Document
        d = Document(mid + '.docx')
        return '\n'.join([p.text for p in d.paragraphs] +
                         [c.text for tb in d.tables for row in tb.rows for c in row.cells])
    for ext in ('.odt', '.ods'):
        if os.path.exists(mid + ext):
            with zipfile.ZipFile(mid + ext) as z:
                xml = z.read('content.xml').decode('utf-8')
            return html.unescape(re.sub(r'<[^>]+>', '\n', xml))
    if os.path.exists(mid + '.xls'):
        outdir = os.path.join(SCRATCH, 'xls-csv')
        subprocess.run(['soffice', f'-env:UserInstallation=file://{SCRATCH}/lo', '--headless', '--convert-to',
                        'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', outdir, mid + '.xls'],
                       capture_output=True, check=True)
        return open(os.path.join(outdir, os.path.basename(mid) + '.csv'), encoding='utf-8').read()
    if os.path.exists(mid + '.doc'):
        p = subprocess.run(['soffice', f'-env:UserInstallation=file://{SCRATCH}/lo', '--headless', '--cat',
                            mid + '.doc'], capture_output=True, text=True, check=True)
        return p.stdout
    return open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'tables.py'), encoding='utf-8').read()


def main():
    by_id = TB.by_id()
    made = {f'{t["id"]}-{m}' for t in TB.T for m in t['makers']}
    pdfs = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(OUT, '*.pdf'))}
    exp_set = {os.path.basename(p)[:-len('.expected.jsonl')] for p in glob.glob(os.path.join(SET, '*.expected.jsonl'))}
    assert pdfs == made == exp_set, (pdfs ^ made, exp_set ^ made)
    n_pdf = n_rows = n_str = whole = window = 0
    bad = []
    for stem in sorted(pdfs):
        tid, maker = stem.split('-', 1)
        t = by_id[tid]
        want = TB.expected(t)
        for folder in (OUT, SET):
            got = [json.loads(line) for line in open(os.path.join(folder, stem + '.expected.jsonl'), encoding='utf-8')]
            assert got == want, (folder, stem)
        src = norm(source_text(stem))
        with pdfplumber.open(os.path.join(OUT, stem + '.pdf')) as doc:
            raw = ''.join(p.extract_text() or '' for p in doc.pages)
            pages = len(doc.pages)
            rot = sorted({p.rotation for p in doc.pages})
            fonts = sorted({re.sub(r'^[A-Z]{6}\+', '', c['fontname']) for p in doc.pages for c in p.chars})
        text = norm(raw)
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
        n_pdf += 1
        n_rows += len(want)
        print(f'{stem:28s} pages={pages} rotate={",".join(map(str, rot))} rows={len(want):3d} '
              f'windowed={len(win_here)} radicals={len(rad)} fonts={"; ".join(fonts)[:90]}')
        if win_here:
            print('    windowed:', ' / '.join(win_here))
    print(f'pdfs={n_pdf} rows={n_rows} strings={n_str} whole={whole} windowed={window} missing={len(bad)}')
    for b in bad:
        print('  MISSING', *b)


if __name__ == '__main__':
    main()
