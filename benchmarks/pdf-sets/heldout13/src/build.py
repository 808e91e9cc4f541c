# -*- coding: utf-8 -*-
"""Build held-out set 13: intermediates into src/intermediate/, PDFs and expected rows into OUT,
expected rows also into the set folder (../).  (Adapted from set 12's build.py.)

Run from this folder with /work/main/.venv/bin/python (openpyxl, python-docx):
    python build.py [ID | maker | ID-maker]
The four TrueType subsets the Chromium pages name as web fonts are made first (if missing) with
mkfont.py in the private venv (fontTools):
    /tmp/pdf9/venv/bin/python mkfont.py /tmp/pdf13/NotoSerifSC-C13.ttf serif   (and sans, -Bold)
Command-line makers: soffice (LibreOffice), chromium, wkhtmltopdf, gs.
LibreOffice converts a copy of the xlsx/docx named as a department names its file (t['file']), so
that a page header or footer with the file name (&F) prints that name."""
import json
import os
import shutil
import subprocess
import sys

import tables as TB

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
MID = os.path.join(HERE, 'intermediate')
OUT = '/work/main/out/pdfs-heldout13'
SCRATCH = '/tmp/pdf13'
VENV_PY = '/tmp/pdf9/venv/bin/python'
FONTS = {'NotoSerifSC-C13.ttf': 'serif', 'NotoSansSC-C13.ttf': 'sans',
         'NotoSerifSC-C13-Bold.ttf': 'serif-bold', 'NotoSansSC-C13-Bold.ttf': 'sans-bold'}


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode:
        raise SystemExit(f'{cmd[0]} failed ({p.returncode}):\n{p.stdout[-2000:]}\n{p.stderr[-2000:]}')
    return p


def fonts():
    for name, style in FONTS.items():
        path = os.path.join(SCRATCH, name)
        if not os.path.exists(path):
            run([VENV_PY, 'mkfont.py', path, style], cwd=HERE)


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


def wkhtmltopdf(src, pdf):
    run(['wkhtmltopdf', '--quiet', '--encoding', 'utf-8', src, pdf])


def lo_pdf(src, pdf, name):
    """LibreOffice --convert-to pdf of a copy of src named `name` (the department's file name)."""
    ext = os.path.splitext(src)[1]
    indir, outdir = os.path.join(SCRATCH, 'lo-in'), os.path.join(SCRATCH, 'lo-out')
    for d in (indir, outdir):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    copy = os.path.join(indir, name + ext)
    shutil.copy(src, copy)
    run(['soffice', f'-env:UserInstallation=file://{SCRATCH}/lo', '--headless', '--convert-to', 'pdf',
         '--outdir', outdir, copy])
    shutil.move(os.path.join(outdir, name + '.pdf'), pdf)


def gs(src, pdf, setting, level):
    """Ghostscript pdfwrite with the legacy interpreter (-dNEWPDF=false; see set 9)."""
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dNEWPDF=false',
         f'-dCompatibilityLevel={level}', f'-dPDFSETTINGS=/{setting}', f'-sOutputFile={pdf}', src])


def make(t, maker):
    import render_html as RH
    stem = f'{t["id"]}-{maker}'
    pdf = os.path.join(OUT, stem + '.pdf')
    mid = os.path.join(MID, stem)
    if maker.startswith('chromium'):
        chromium(write(mid + '.html', RH.chromium(t, maker)), pdf)
    elif maker == 'wkhtmltopdf':
        wkhtmltopdf(write(mid + '.html', RH.wkhtmltopdf(t, maker)), pdf)
    elif maker.startswith('libreoffice-docx'):
        import render_docx
        render_docx.render(t, mid + '.docx', maker)
        lo_pdf(mid + '.docx', pdf, t['file'])
    elif maker.startswith('libreoffice-xlsx'):
        import render_xlsx
        render_xlsx.render(t, mid + '.xlsx', maker)
        lo_pdf(mid + '.xlsx', pdf, t['file'])
    elif maker == 'gs-libreoffice':
        import render_xlsx
        raw = os.path.join(SCRATCH, stem + '-lo.pdf')
        render_xlsx.render(t, mid + '.xlsx', maker)
        lo_pdf(mid + '.xlsx', raw, t['file'])
        gs(raw, pdf, 'ebook', '1.5')
    else:
        raise SystemExit('unknown maker ' + maker)
    expected(t, maker)


def main(only=None):
    for d in (OUT, MID, SCRATCH):
        os.makedirs(d, exist_ok=True)
    fonts()
    for t in TB.T:
        for maker in t['makers']:
            if only and only not in (t['id'], maker, f'{t["id"]}-{maker}'):
                continue
            make(t, maker)
            print('made', t['id'], maker, flush=True)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else None)
