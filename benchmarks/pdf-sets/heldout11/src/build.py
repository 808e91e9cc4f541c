# -*- coding: utf-8 -*-
"""Build held-out set 11: intermediates into src/intermediate/, PDFs and expected rows into OUT,
expected rows also into the set folder (../).

Run from this folder with /work/main/.venv/bin/python (openpyxl, python-docx, pdfplumber):
    python build.py [ID | maker | ID-maker]
WeasyPrint and xhtml2pdf run in the private venv (render_venv.py with VENV_PY):
    python3 -m venv /tmp/pdf9/venv
    /tmp/pdf9/venv/bin/pip install weasyprint xhtml2pdf fonttools
    /tmp/pdf9/venv/bin/python mkfont.py /tmp/pdf11/NotoSerifSC-B11.ttf serif
Command-line makers: chromium, wkhtmltopdf, soffice (LibreOffice), gs."""
import contextlib
import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import time

import tables as TB

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
MID = os.path.join(HERE, 'intermediate')
OUT = '/work/main/out/pdfs-heldout11'
SCRATCH = '/tmp/pdf11'
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


@contextlib.contextmanager
def served(folder):
    """A local http server on 127.0.0.1 over `folder` (Chromium then prints a real http:// address
    in its own footer; the site's host name is mapped to it).  Yields the port; stops the server after."""
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        port = s.getsockname()[1]
    srv = subprocess.Popen([sys.executable, '-m', 'http.server', str(port), '--bind', '127.0.0.1',
                            '--directory', folder], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(50):
            with socket.socket() as s:
                if s.connect_ex(('127.0.0.1', port)) == 0:
                    break
            time.sleep(0.1)
        yield port
    finally:
        srv.terminate()
        srv.wait()


def chromium(src, pdf, host=None, path=None):
    """Chromium headless print, on the paper it picks itself (Letter) with its default margins.
    With host: the page is fetched as http://host/path (host mapped to a local server) and printed
    WITH the browser's own header and footer (date, title, address, n/N)."""
    base = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', f'--user-data-dir={SCRATCH}/chrome']
    if host is None:
        run(base + ['--no-pdf-header-footer', f'--print-to-pdf={pdf}', 'file://' + src])
        return
    url = f'http://{host}{path}'
    root = os.path.join(SCRATCH, 'site')
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(os.path.dirname(root + path), exist_ok=True)
    shutil.copy(src, root + path)
    with served(root) as port:
        run(base + [f'--host-resolver-rules=MAP {host} 127.0.0.1:{port}', f'--print-to-pdf={pdf}', url])


def wkhtmltopdf(src, pdf):
    """wkhtmltopdf with its defaults (A4, 10 mm margins, smart shrinking), as a tester runs it."""
    run(['wkhtmltopdf', '--quiet', '--encoding', 'utf-8', src, pdf])


def soffice(src, fmt, outdir, infilter=None):
    os.makedirs(outdir, exist_ok=True)
    cmd = ['soffice', f'-env:UserInstallation=file://{SCRATCH}/lo', '--headless']
    if infilter:
        cmd.append(f'--infilter={infilter}')
    run(cmd + ['--convert-to', fmt, '--outdir', outdir, src])
    stem = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, stem + '.' + fmt.split(':')[0])


def lo_pdf(src, pdf, infilter=None):
    got = soffice(src, 'pdf', os.path.join(SCRATCH, 'lo-out'), infilter)
    shutil.move(got, pdf)


def venv(script, t, maker, out, *extra):
    run([VENV_PY, script, t['id'], maker, out, *extra], cwd=HERE)


def gs(src, pdf, setting, level):
    """Ghostscript pdfwrite with the legacy PostScript-based interpreter (-dNEWPDF=false): the new C
    interpreter of 10.00.0 garbles the text of some PDFs (see set 9)."""
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dNEWPDF=false',
         f'-dCompatibilityLevel={level}', f'-dPDFSETTINGS=/{setting}', f'-sOutputFile={pdf}', src])


# LibreOffice opening a saved page: ZB02 as the desktop does it (a .html opens in Writer/Web and
# prints through writer_web_pdf_Export), ZB11 imported into Writer proper.
LO_HTML_FILTER = {'ZB02': None, 'ZB11': 'HTML (StarWriter)'}


def make(t, maker):
    import render_html as RH
    stem = f'{t["id"]}-{maker}'
    pdf = os.path.join(OUT, stem + '.pdf')
    mid = os.path.join(MID, stem)
    if maker.startswith('chromium'):
        src = write(mid + '.html', RH.portal(t, maker))
        if t.get('hf'):
            chromium(src, pdf, t['site']['host'], t['site']['path'])
        else:
            chromium(src, pdf)
    elif maker == 'wkhtmltopdf':
        wkhtmltopdf(write(mid + '.html', RH.portal(t, maker)), pdf)
    elif maker == 'gs-wkhtmltopdf':
        raw = os.path.join(SCRATCH, stem + '-wk.pdf')
        wkhtmltopdf(write(mid + '.html', RH.portal(t, maker)), raw)
        gs(raw, pdf, 'ebook', '1.5')
    elif maker == 'gs-weasyprint':
        raw = os.path.join(SCRATCH, stem + '-weasy.pdf')
        venv('render_venv.py', t, 'weasyprint', raw, mid)
        gs(raw, pdf, 'printer', '1.4')
    elif maker == 'libreoffice-html':
        src = write(mid + '.html', RH.portal(t, maker))
        lo_pdf(src, pdf, LO_HTML_FILTER[t['id']])
    elif maker == 'libreoffice-docx':
        import render_docx
        render_docx.render(t, mid + '.docx', maker)
        lo_pdf(mid + '.docx', pdf)
    elif maker == 'libreoffice-xlsx':
        import render_xlsx
        render_xlsx.render(t, mid + '.xlsx', maker)
        lo_pdf(mid + '.xlsx', pdf)
    else:   # weasyprint, xhtml2pdf
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
