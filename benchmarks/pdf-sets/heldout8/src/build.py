# -*- coding: utf-8 -*-
"""Build held-out set 8: intermediates into src/intermediate/, PDFs and expected rows into OUT,
expected rows also into the set folder (../).  Run from this folder with /work/main/.venv/bin/python
(openpyxl, python-docx); reportlab and fpdf2 PDFs are made by render_rl.py / render_fpdf.py run
with the private venv VENV_PY.   python build.py [ID | maker | ID-maker]"""
import json
import os
import shutil
import subprocess
import sys

import tables as TB

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
MID = os.path.join(HERE, 'intermediate')
OUT = '/work/main/out/pdfs-heldout8'
SCRATCH = '/tmp/pdf8'
VENV_PY = '/tmp/pdf8/venv/bin/python'          # python3 -m venv; pip install reportlab fpdf2


def expected(t, maker):
    text = ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in TB.expected(t))
    for folder in (OUT, SET):
        with open(os.path.join(folder, f'{t["id"]}-{maker}.expected.jsonl'), 'w', encoding='utf-8') as f:
            f.write(text)


def chromium(html_text, stem):
    src = os.path.join(MID, stem + '.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(html_text)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu',
                    f'--user-data-dir={SCRATCH}/chrome', '--no-pdf-header-footer',
                    f'--print-to-pdf={os.path.join(OUT, stem + ".pdf")}', 'file://' + src],
                   check=True, capture_output=True)


def soffice(src, stem):
    work = os.path.join(SCRATCH, 'lo-out')
    os.makedirs(work, exist_ok=True)
    subprocess.run(['soffice', f'-env:UserInstallation=file://{SCRATCH}/lo', '--headless',
                    '--convert-to', 'pdf', '--outdir', work, src], check=True, capture_output=True)
    shutil.copy(os.path.join(work, stem + '.pdf'), os.path.join(OUT, stem + '.pdf'))


def make(t, maker):
    stem = f'{t["id"]}-{maker}'
    if maker == 'chromium-page':
        import render_portal
        chromium(render_portal.render(t), stem)
    elif maker.startswith('chromium'):
        import render_html
        chromium(render_html.render(t, maker), stem)
    elif maker == 'libreoffice-xlsx':
        import render_xlsx
        src = os.path.join(MID, stem + '.xlsx')
        render_xlsx.render(t, src)
        soffice(src, stem)
    elif maker == 'libreoffice-docx':
        import render_docx
        src = os.path.join(MID, stem + '.docx')
        render_docx.render(t, src)
        soffice(src, stem)
    else:
        script = 'render_rl.py' if maker.startswith('reportlab') else 'render_fpdf.py'
        subprocess.run([VENV_PY, script, t['id'], maker, os.path.join(OUT, stem + '.pdf')],
                       check=True, cwd=HERE)
    expected(t, maker)


def main(only=None):
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(MID, exist_ok=True)
    for t in TB.T:
        for maker in t['makers']:
            if only and only not in (t['id'], maker, f'{t["id"]}-{maker}'):
                continue
            make(t, maker)
            print('made', t['id'], maker)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else None)
