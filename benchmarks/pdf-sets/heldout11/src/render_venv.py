# -*- coding: utf-8 -*-
"""The makers that live in the private venv (/tmp/pdf9/venv):
  weasyprint   WeasyPrint 70 printing the whole portal page (its default A4 page and margins;
               <thead> repeated on every page); also the first step of gs-weasyprint
  xhtml2pdf    xhtml2pdf / ReportLab printing a simpler page of the same site with the serif
               TrueType subset (mkfont.py)
    python render_venv.py ID MAKER OUT.pdf INTERMEDIATE_STEM"""
import os
import sys

import render_html as RH
import tables as TB

SERIF_TTF = '/tmp/pdf11/NotoSerifSC-B11.ttf'


def weasy(t, maker, out, mid):
    import weasyprint
    html = RH.portal(t, maker)
    with open(mid + '.html', 'w', encoding='utf-8') as f:
        f.write(html)
    weasyprint.HTML(string=html, base_url=os.path.dirname(mid)).write_pdf(out)


def xhtml(t, maker, out, mid):
    from xhtml2pdf import pisa
    font_css = f'@font-face {{ font-family: notoserif; src: url("{SERIF_TTF}"); }}\n'
    html = RH.xhtml2pdf(t, maker, font_css, 'notoserif')
    with open(mid + '.html', 'w', encoding='utf-8') as f:
        f.write(html)
    here = os.getcwd()
    os.chdir(os.path.dirname(SERIF_TTF))     # xhtml2pdf reads files only under the working folder
    try:
        with open(out, 'wb') as f:
            res = pisa.CreatePDF(html, dest=f, encoding='utf-8')
    finally:
        os.chdir(here)
    assert not res.err, res.err


def main(tid, maker, out, mid):
    t = TB.by_id()[tid]
    if maker == 'weasyprint':
        weasy(t, maker, out, mid)
    elif maker == 'xhtml2pdf':
        xhtml(t, maker, out, mid)
    else:
        raise SystemExit('unknown maker ' + maker)


if __name__ == '__main__':
    main(*sys.argv[1:5])
