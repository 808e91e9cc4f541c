# -*- coding: utf-8 -*-
"""Build held-out set 14: intermediates into src/intermediate/, PDFs and expected rows into OUT,
expected rows also into the set folder (../).  (Adapted from set 13's build.py.)

Run from this folder with /work/main/.venv/bin/python (openpyxl, python-docx):
    python build.py [ID | maker | ID-maker]
Command-line makers: chromium, soffice (LibreOffice), wkhtmltopdf, gs; WeasyPrint from the private venv
/tmp/pdf14/venv (python3 -m venv; pip install weasyprint).  No web-font subsets this time: the pages name
the fonts real pages name (Microsoft YaHei, 宋体, 仿宋_GB2312), and @font-face binds those names to
four TrueType subsets of Noto Sans/Serif CJK SC made first (if missing) with mkfont.py in the private venv
/tmp/pdf9/venv (fontTools) into /tmp/pdf14/.  LibreOffice (html/xlsx/docx) and wkhtmltopdf ignore them
or fall back through fontconfig to the system Noto CJK / WenQuanYi.
Chromium prints with --no-pdf-header-footer except for the makers in HEADER_FOOTER, which keep the
browser's own header (date, page title) and footer (file URL, n/N)."""
import json
import os
import shutil
import subprocess
import sys

import tables as TB

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
MID = os.path.join(HERE, 'intermediate')
OUT = '/work/main/out/pdfs-heldout14'
SCRATCH = '/tmp/pdf14'
WEASY = '/tmp/pdf14/venv/bin/weasyprint'
VENV_PY = '/tmp/pdf9/venv/bin/python'     # fontTools, for mkfont.py
FONTS = {'NotoSerifSC-C14.ttf': 'serif', 'NotoSansSC-C14.ttf': 'sans',
         'NotoSerifSC-C14-Bold.ttf': 'serif-bold', 'NotoSansSC-C14-Bold.ttf': 'sans-bold'}
# (ID, maker) printed with the browser's header and footer
HEADER_FOOTER = {('ZE01', 'chromium-zebra-dark'), ('ZE03', 'chromium-thead'), ('ZE05', 'chromium-elementui'),
                 ('ZE07', 'chromium-layui'), ('ZE11', 'chromium-light'), ('ZE13', 'chromium-outer'),
                 ('ZE14', 'chromium-trs'), ('ZE10', 'chromium-zoom')}


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


def chromium(src, pdf, header_footer=False):
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', f'--user-data-dir={SCRATCH}/chrome']
        + ([] if header_footer else ['--no-pdf-header-footer']) + [f'--print-to-pdf={pdf}', 'file://' + src])


def wkhtmltopdf(src, pdf):
    run(['wkhtmltopdf', '--quiet', '--encoding', 'utf-8', src, pdf])


def weasyprint(src, pdf):
    run([WEASY, '-q', '-e', 'utf-8', src, pdf])


def lo_pdf(src, pdf, name):
    """LibreOffice --convert-to pdf of a copy of src named `name`."""
    ext = os.path.splitext(src)[1]
    indir, outdir = os.path.join(SCRATCH, 'lo-in'), os.path.join(SCRATCH, 'lo-out')
    for d in (indir, outdir):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    copy = os.path.join(indir, name + ext)
    shutil.copy(src, copy)
    cmd = ['soffice', f'-env:UserInstallation=file://{SCRATCH}/lo', '--headless', '--convert-to']
    cmd += ['pdf:writer_web_pdf_Export' if ext == '.html' else 'pdf', '--outdir', outdir, copy]
    run(cmd)
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
        chromium(write(mid + '.html', RH.page(t, maker)), pdf, (t['id'], maker) in HEADER_FOOTER)
    elif maker == 'gs-chromium':
        raw = os.path.join(SCRATCH, stem + '-chromium.pdf')
        chromium(write(mid + '.html', RH.page(t, maker)), raw)
        gs(raw, pdf, 'ebook', '1.5')
    elif maker == 'wkhtmltopdf':
        # the page saved without its web fonts (wkhtmltopdf 0.12.6 refuses file:// fonts by default and
        # with --enable-local-file-access draws them without a text layer): system fonts instead
        wkhtmltopdf(write(mid + '.html', RH.page(t, maker).replace(RH.FACES, '')), pdf)
    elif maker == 'weasyprint':
        weasyprint(write(mid + '.html', RH.page(t, maker)), pdf)
    elif maker == 'libreoffice-html':
        lo_pdf(write(mid + '.html', RH.page(t, maker)), pdf, t.get('file', t['title']))
    elif maker == 'libreoffice-docx':
        import render_docx
        render_docx.render(t, mid + '.docx', maker)
        lo_pdf(mid + '.docx', pdf, t.get('file', t['title']))
    elif maker == 'libreoffice-xlsx':
        import render_xlsx
        render_xlsx.render(t, mid + '.xlsx', maker)
        lo_pdf(mid + '.xlsx', pdf, t.get('file', t['title']))
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
