# -*- coding: utf-8 -*-
"""Build held-out set 6.  Run with /work/main/.venv/bin/python (openpyxl, python-docx);
reportlab/fpdf PDFs are made by render_rl.py / render_fpdf.py under /tmp/pdf6/venv."""
import json
import os
import shutil
import subprocess
import sys

import tables as TB

OUT = '/work/main/out/pdfs-heldout6'
WORK = '/tmp/pdf6/work'
os.makedirs(OUT, exist_ok=True)
os.makedirs(WORK, exist_ok=True)


def write_expected(t, maker):
    path = os.path.join(OUT, f'{t["id"]}-{maker}.expected.jsonl')
    with open(path, 'w', encoding='utf-8') as f:
        for row in TB.expected(t):
            f.write(json.dumps(row, ensure_ascii=False) + '\n')


def chromium(t, maker):
    import render_html
    src = os.path.join(WORK, f'{t["id"]}-{maker}.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(render_html.render(t, maker))
    pdf = os.path.join(OUT, f'{t["id"]}-{maker}.pdf')
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', f'--print-to-pdf={pdf}',
                    '--no-pdf-header-footer', src], check=True, capture_output=True)


def soffice(t, maker):
    if maker == 'libreoffice-xlsx':
        import render_xlsx
        src = os.path.join(WORK, f'{t["id"]}-{maker}.xlsx')
        render_xlsx.render(t, src)
    else:
        import render_docx
        src = os.path.join(WORK, f'{t["id"]}-{maker}.docx')
        render_docx.render(t, src)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', WORK, src],
                   check=True, capture_output=True)
    shutil.copy(src.rsplit('.', 1)[0] + '.pdf', os.path.join(OUT, f'{t["id"]}-{maker}.pdf'))


def third(t, maker):
    script = 'render_rl.py' if maker.startswith('reportlab') else 'render_fpdf.py'
    subprocess.run(['/tmp/pdf6/venv/bin/python', script, t['id'], maker,
                    os.path.join(OUT, f'{t["id"]}-{maker}.pdf')], check=True, cwd='/tmp/pdf6')


def main(only=None):
    for t in TB.T:
        for maker in t['makers']:
            if only and only not in (t['id'], maker, f'{t["id"]}-{maker}'):
                continue
            if maker.startswith('chromium'):
                chromium(t, maker)
            elif maker.startswith('libreoffice'):
                soffice(t, maker)
            else:
                third(t, maker)
            write_expected(t, maker)
            print('made', t['id'], maker)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else None)
