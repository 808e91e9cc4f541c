# -*- coding: utf-8 -*-
"""Build held-out set 9: intermediates into src/intermediate/, PDFs and expected rows into OUT,
expected rows also into the set folder (../).

Run from this folder with /work/main/.venv/bin/python (openpyxl, python-docx, pdfplumber):
    python build.py [ID | maker | ID-maker]
Makers that need the private venv (WeasyPrint, xhtml2pdf, matplotlib, PyMuPDF, pikepdf, odfpy)
run render_venv.py / render_odf.py with VENV_PY:
    python3 -m venv /tmp/pdf9/venv
    /tmp/pdf9/venv/bin/pip install weasyprint xhtml2pdf pymupdf matplotlib pikepdf odfpy
    /tmp/pdf9/venv/bin/python mkfont.py /tmp/pdf9/NotoSansSC-Tb.ttf
Command-line makers: chromium, soffice (LibreOffice), wkhtmltopdf, pandoc, gs, qpdf
(apt-get install wkhtmltopdf pandoc qpdf)."""
import json
import logging
import os
import shutil
import subprocess
import sys

import tables as TB

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
MID = os.path.join(HERE, 'intermediate')
OUT = '/work/main/out/pdfs-heldout9'
SCRATCH = '/tmp/pdf9'
VENV_PY = '/tmp/pdf9/venv/bin/python'
FONT_TTF = '/tmp/pdf9/NotoSansSC-Tb.ttf'
logging.getLogger('pdfminer').setLevel(logging.ERROR)


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode:
        raise SystemExit(f'{cmd[0]} failed ({p.returncode}):\n{p.stdout[-2000:]}\n{p.stderr[-2000:]}')
    return p


def expected(t, maker):
    text = ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in TB.expected(t))
    for folder in (OUT, SET):
        with open(os.path.join(folder, f'{t["id"]}-{maker}.expected.jsonl'), 'w', encoding='utf-8') as f:
            f.write(text)


def write(path, text):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    return path


def chromium(src, pdf):
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', f'--user-data-dir={SCRATCH}/chrome',
         '--no-pdf-header-footer', f'--print-to-pdf={pdf}', 'file://' + src])


def soffice(src, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    cmd = ['soffice', f'-env:UserInstallation=file://{SCRATCH}/lo', '--headless']
    if isinstance(fmt, tuple):      # (infilter, convert-to)
        cmd += [f'--infilter={fmt[0]}', '--convert-to', fmt[1]]
    else:
        cmd += ['--convert-to', fmt]
    run(cmd + ['--outdir', outdir, src])
    stem = os.path.splitext(os.path.basename(src))[0]
    ext = (fmt[1] if isinstance(fmt, tuple) else fmt).split(':')[0]
    return os.path.join(outdir, stem + '.' + ext)


def lo_pdf(src, pdf, infilter=None):
    got = soffice(src, (infilter, 'pdf') if infilter else 'pdf', os.path.join(SCRATCH, 'lo-out'))
    shutil.move(got, pdf)


def venv(script, t, maker, out, *extra):
    run([VENV_PY, script, t['id'], maker, out, *extra], cwd=HERE)


# radicals (Kangxi block U+2F00 folds by NFKC; the supplement U+2E80 does not) as Chromium emits them
FOLD = str.maketrans('⺠⻅⻋⻓⻔⻘⻚⻛⻜⻝⻢⻣⻥⻩⻬⻰戶', '民见车长门青页风飞食马骨鱼黄齐龙户')


def norm(s):
    """Page text compared with typed text: NFKC, radicals folded, whitespace removed."""
    import re
    import unicodedata
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s).translate(FOLD))


def header_split(pdf, t):
    """(page of the header row, True when the first indicator row is on a later page)."""
    import pdfplumber
    label = norm(t['labels'][2])
    first = norm(t['rows'][0]['name'])
    with pdfplumber.open(pdf) as d:
        texts = [norm(p.extract_text() or '') for p in d.pages]
    hp = next(i for i, x in enumerate(texts) if label in x)
    after = texts[hp][texts[hp].index(label):]
    return hp, first not in after and any(first in x for x in texts[hp + 1:])


def tune(t, draw, pdf, hi=760):
    """The largest spacer (pt, to 0.5) before the table that still leaves its header row on page 1:
    the rows then begin on page 2.  draw(spacer, pdf) prints the document."""
    lo = 0.0
    draw(lo, pdf)
    assert header_split(pdf, t)[0] == 0, 'header not on page 1 even without a spacer'
    while hi - lo > 0.5:
        mid = (lo + hi) / 2
        draw(mid, pdf)
        if header_split(pdf, t)[0] == 0:
            lo = mid
        else:
            hi = mid
    draw(lo, pdf)
    page, split = header_split(pdf, t)
    assert page == 0 and split, (t['id'], lo, page, split)
    print(f'  spacer {lo:.1f}pt: header on page 1, rows from page 2', flush=True)
    return lo


def make(t, maker):
    import render_html as RH
    stem = f'{t["id"]}-{maker}'
    pdf = os.path.join(OUT, stem + '.pdf')
    mid = os.path.join(MID, stem)
    if maker == 'chromium-multipage':
        tune(t, lambda sp, out: chromium(write(mid + '.html', RH.chromium(dict(t, spacer_pt=sp), maker)), out), pdf)
    elif maker.startswith('chromium'):
        chromium(write(mid + '.html', RH.chromium(t, maker)), pdf)
    elif maker == 'gs-chromium':
        # Chromium's PDF distilled again by Ghostscript, as a print-to-PDF driver would
        raw = os.path.join(SCRATCH, stem + '-chromium.pdf')
        chromium(write(mid + '.html', RH.chromium(t, maker)), raw)
        run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dNEWPDF=false', '-dCompatibilityLevel=1.4',
             '-dPDFSETTINGS=/printer', f'-sOutputFile={pdf}', raw])
    elif maker == 'gs-libreoffice':
        import render_docx
        raw = os.path.join(SCRATCH, stem + '-lo.pdf')
        render_docx.render(t, mid + '.docx', maker)
        lo_pdf(mid + '.docx', raw)
        run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dNEWPDF=false', '-dCompatibilityLevel=1.5',
             '-dPDFSETTINGS=/ebook', f'-sOutputFile={pdf}', raw])
    elif maker == 'qpdf-linearized':
        import render_docx
        raw = os.path.join(SCRATCH, stem + '-lo.pdf')
        render_docx.render(t, mid + '.docx', maker)
        lo_pdf(mid + '.docx', raw)
        run(['qpdf', '--linearize', '--object-streams=generate', '--compress-streams=y',
             '--recompress-flate', '--compression-level=9', raw, pdf])
    elif maker == 'wkhtmltopdf':
        write(mid + '.html', RH.wkhtmltopdf(t, maker))
        opts = ['--page-size', 'A4', '--margin-top', '18mm', '--margin-bottom', '18mm',
                '--margin-left', '15mm', '--margin-right', '15mm', '--encoding', 'utf-8', '--quiet']
        if t['id'] == 'Z913':       # print at the CSS size, so the table runs over two pages
            opts += ['--disable-smart-shrinking']
        run(['wkhtmltopdf', *opts, mid + '.html', pdf])
    elif maker == 'libreoffice-html':
        write(mid + '.html', RH.libreoffice_html(t, maker))
        lo_pdf(mid + '.html', pdf, infilter='HTML (StarWriter)')
    elif maker in ('libreoffice-docx', 'libreoffice-doc'):
        import render_docx

        def draw(sp, out):
            render_docx.render(t, mid + '.docx', maker, spacer_pt=sp)
            if maker == 'libreoffice-doc':
                lo_pdf(soffice(mid + '.docx', 'doc:MS Word 97', MID), out)
            else:
                lo_pdf(mid + '.docx', out)
        if maker == 'libreoffice-doc':
            # Writer keeps a repeated header row with the row below it, so here the table is
            # cut mid-way instead: 产出指标 split over the pages, the header row on both
            draw(t['doc_spacer_pt'], pdf)
            import pdfplumber
            with pdfplumber.open(pdf) as d:
                assert [t['labels'][2] in (p.extract_text() or '') for p in d.pages] == [True, True]
            os.remove(mid + '.docx')
        else:
            tune(t, draw, pdf)
    elif maker == 'libreoffice-xlsx':
        import render_xlsx
        render_xlsx.render(t, mid + '.xlsx')
        lo_pdf(mid + '.xlsx', pdf)
    elif maker == 'libreoffice-csv':
        import csv
        m, _h0, _b0 = TB.matrix(t, maker, block=False)
        with open(mid + '.csv', 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f)
            w.writerows(m)
            w.writerow(['', '', '填报单位：' + t['dept']])
        # comma, quote, UTF-8, from line 1, every column as text
        cols = '/'.join(f'{i + 1}/2' for i in range(len(t['cols'])))
        lo_pdf(mid + '.csv', pdf, infilter=f'CSV:44,34,76,1,{cols}')
    elif maker in ('libreoffice-odt', 'libreoffice-ods'):
        ext = maker[-3:]
        venv('render_odf.py', t, maker, mid + '.' + ext)
        lo_pdf(mid + '.' + ext, pdf)
    elif maker == 'pandoc-docx':
        import render_pandoc
        write(mid + '.md', render_pandoc.markdown(t, maker))
        run(['pandoc', '-f', 'markdown', '-t', 'docx', '--columns=40', '-o', mid + '.docx', mid + '.md'])
        lo_pdf(mid + '.docx', pdf)
    else:   # weasyprint-*, pikepdf-rotated, xhtml2pdf, matplotlib, pymupdf-*
        venv('render_venv.py', t, maker, pdf, mid)
    expected(t, maker)


def main(only=None):
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(MID, exist_ok=True)
    for t in TB.T:
        for maker in t['makers']:
            if only and only not in (t['id'], maker, f'{t["id"]}-{maker}'):
                continue
            make(t, maker)
            print('made', t['id'], maker, flush=True)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else None)
