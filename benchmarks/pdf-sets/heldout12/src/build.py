# -*- coding: utf-8 -*-
"""Build held-out set 12: intermediates into src/intermediate/, PDFs and expected rows into OUT,
expected rows also into the set folder (../).  (Adapted from set 11's build.py.)

Run from this folder with /work/main/.venv/bin/python (openpyxl, python-docx, pdfplumber):
    python build.py [ID | maker | ID-maker]
WeasyPrint, xhtml2pdf, fpdf2 and PyMuPDF run in the private venv (render_venv.py with VENV_PY),
with two TrueType subsets made first:
    /tmp/pdf9/venv/bin/python mkfont.py /tmp/pdf12/NotoSerifSC-C12.ttf serif
    /tmp/pdf9/venv/bin/python mkfont.py /tmp/pdf12/NotoSansSC-C12.ttf sans
    /tmp/pdf9/venv/bin/python mkfont.py /tmp/pdf12/NotoSerifSC-C12-Bold.ttf serif-bold
    /tmp/pdf9/venv/bin/python mkfont.py /tmp/pdf12/NotoSansSC-C12-Bold.ttf sans-bold
(Chromium and WeasyPrint pages name the four as web fonts, see render_html.py.)
Command-line makers: chromium, wkhtmltopdf, soffice (LibreOffice), gs."""
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
OUT = '/work/main/out/pdfs-heldout12'
SCRATCH = '/tmp/pdf12'
VENV_PY = '/tmp/pdf9/venv/bin/python'
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
    """Chromium headless print of a saved page, without the browser's own header and footer."""
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', f'--user-data-dir={SCRATCH}/chrome',
         '--no-pdf-header-footer', f'--print-to-pdf={pdf}', 'file://' + src])


def wkhtmltopdf(src, pdf):
    """wkhtmltopdf with its defaults (A4, 10 mm margins, smart shrinking)."""
    run(['wkhtmltopdf', '--quiet', '--encoding', 'utf-8', src, pdf])


def soffice(src, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    run(['soffice', f'-env:UserInstallation=file://{SCRATCH}/lo', '--headless', '--convert-to', fmt,
         '--outdir', outdir, src])
    stem = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, stem + '.' + fmt.split(':')[0])


def lo_pdf(src, pdf):
    got = soffice(src, 'pdf', os.path.join(SCRATCH, 'lo-out'))
    shutil.move(got, pdf)


def venv(script, t, maker, out, *extra):
    run([VENV_PY, script, t['id'], maker, out, *extra], cwd=HERE)


def gs(src, pdf, setting, level):
    """Ghostscript pdfwrite with the legacy PostScript-based interpreter (-dNEWPDF=false): the new C
    interpreter of 10.00.0 garbles the text of some PDFs (see set 9)."""
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dNEWPDF=false',
         f'-dCompatibilityLevel={level}', f'-dPDFSETTINGS=/{setting}', f'-sOutputFile={pdf}', src])


def make(t, maker):
    import render_html as RH
    stem = f'{t["id"]}-{maker}'
    pdf = os.path.join(OUT, stem + '.pdf')
    mid = os.path.join(MID, stem)
    if maker == 'gs-chromium':
        raw = os.path.join(SCRATCH, stem + '-chromium.pdf')
        chromium(write(mid + '.html', RH.chromium(t, maker)), raw)
        gs(raw, pdf, 'printer', '1.4')
    elif maker.startswith('chromium'):
        chromium(write(mid + '.html', RH.chromium(t, maker)), pdf)
    elif maker == 'wkhtmltopdf':
        wkhtmltopdf(write(mid + '.html', RH.wkhtmltopdf(t, maker)), pdf)
    elif maker.startswith('libreoffice-docx'):
        import render_docx
        render_docx.render(t, mid + '.docx', maker)
        lo_pdf(mid + '.docx', pdf)
    elif maker.startswith('libreoffice-xlsx'):
        import render_xlsx
        render_xlsx.render(t, mid + '.xlsx', maker)
        lo_pdf(mid + '.xlsx', pdf)
    elif maker == 'gs-libreoffice':
        import render_xlsx
        raw = os.path.join(SCRATCH, stem + '-lo.pdf')
        render_xlsx.render(t, mid + '.xlsx', maker)
        lo_pdf(mid + '.xlsx', raw)
        gs(raw, pdf, 'ebook', '1.5')
    else:   # weasyprint*, xhtml2pdf, fpdf2, pymupdf-text
        venv('render_venv.py', t, maker, pdf, mid)
    expected(t, maker)


def main(only=None):
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(MID, exist_ok=True)
    os.makedirs(SCRATCH, exist_ok=True)
    for t in TB.T:
        for maker in t['makers']:
            if only and only not in (t['id'], maker, f'{t["id"]}-{maker}'):
                continue
            make(t, maker)
            print('made', t['id'], maker, flush=True)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else None)
