# -*- coding: utf-8 -*-
"""fpdf2 PDFs (run with the private venv: /tmp/pdf8/venv/bin/python render_fpdf.py ID MAKER OUT).
- Z805 fpdf-ruled: landscape; the key/value block and the indicator grid drawn cell by cell
  with rect() and multi_cell() (no table helper): merged category rectangles, text centred
  vertically by hand, 指标性质 / 指标值 / 计量单位 in three columns.
- Z810 fpdf-unruled: the table() helper with no borders at all; categories on the first row
  of their group only, top-aligned; a thin rule under the title instead.
- Z814 fpdf-ruled: self-evaluation table with the table() helper, rowspans, grey header fill,
  a 合计 row; header lines above, an overall score line below.
Droid Sans Fallback, with DejaVu Sans as fallback font for the characters it lacks."""
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

import tables as TB

DROID = '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf'
DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'


class Doc(FPDF):
    footer_text = ''

    def footer(self):
        self.set_y(-12)
        self.set_font('droid', size=8)
        self.cell(0, 5, self.footer_text.format(p=self.page_no()), align='R')


def new_doc(t, orientation):
    pdf = Doc(orientation=orientation, unit='mm', format='A4')
    pdf.add_font('droid', '', DROID)
    pdf.add_font('dejavu', '', DEJAVU)
    pdf.set_fallback_fonts(['dejavu'])
    pdf.set_margins(14, 14, 14)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_title(t['title'])
    pdf.set_creator('fpdf2')
    pdf.add_page()
    return pdf


def lines_of(pdf, w, text, lh):
    return pdf.multi_cell(w, lh, text or ' ', dry_run=True, output='LINES', padding=(0, 1.2))


def boxed(pdf, x, y, w, h, text, lh, left=False, fill=None):
    if fill:
        pdf.set_fill_color(*fill)
        pdf.rect(x, y, w, h, style='DF')
    else:
        pdf.rect(x, y, w, h)
    if not text:
        return
    n = len(lines_of(pdf, w, text, lh))
    pdf.set_xy(x, y + (h - n * lh) / 2)
    pdf.multi_cell(w, lh, text, align='L' if left else 'C', padding=(0, 1.2),
                   new_x='RIGHT', new_y='TOP')


def manual(t, maker, out):
    pdf = new_doc(t, 'L')
    pdf.footer_text = '{p}'
    pt = t.get('font_pt', 10.5)
    lh = pt * 0.48
    pdf.set_font('droid', size=pt + 5)
    pdf.cell(0, 11, t['title'], align='C', new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('droid', size=pt)
    W = pdf.w - 28
    x0 = 14
    y = pdf.get_y() + 2
    # key/value block
    kw = [0.14, 0.36, 0.16, 0.34]
    for a, b, c, d in t['kv']:
        if c is None:
            cells = [(a, kw[0], False, True), (b, 1 - kw[0], True, False)]
        else:
            cells = [(a, kw[0], False, True), (b, kw[1], True, False), (c, kw[2], False, True), (d, kw[3], True, False)]
        h = max(len(lines_of(pdf, W * f, s, lh)) for s, f, _, _ in cells) * lh + 2.4
        x = x0
        for s, f, left, label in cells:
            boxed(pdf, x, y, W * f, h, s, lh, left=left, fill=(235, 235, 235) if label else None)
            x += W * f
        y += h
    y += 4
    # indicator grid
    wsum = sum(t['widths'])
    cw = [W * w / wsum for w in t['widths']]
    xs = [x0]
    for w in cw:
        xs.append(xs[-1] + w)
    g, h0, b0 = TB.grid(t, None, t['rows'], maker=maker)
    hts = [0.0] * len(g)
    cells = TB.positions(g)
    for r, c, x in cells:
        if x['rs'] == 1:
            hts[r] = max(hts[r], len(lines_of(pdf, xs[c + x['cs']] - xs[c], x['text'], lh)) * lh + 2.6)
    ys = [y]
    for h in hts:
        ys.append(ys[-1] + h)
    for r, c, x in cells:
        boxed(pdf, xs[c], ys[r], xs[c + x['cs']] - xs[c], ys[r + x['rs']] - ys[r], x['text'], lh,
              left=x['left'], fill=(210, 222, 238) if x['kind'] == 'head' else None)
    pdf.set_xy(x0, ys[-1] + 4)
    for line in t.get('post', []):
        pdf.cell(0, 6, line, new_x='LMARGIN', new_y='NEXT')
    pdf.output(out)


def helper(t, maker, out):
    land = bool(t.get('landscape'))
    pdf = new_doc(t, 'L' if land else 'P')
    pdf.footer_text = '第 {p} 页'
    pt = t.get('font_pt', 10.5)
    pdf.set_font('droid', size=pt + 5)
    pdf.cell(0, 11, t['title'], align='C', new_x='LMARGIN', new_y='NEXT')
    ruled = maker == 'fpdf-ruled'
    if not ruled:
        pdf.set_line_width(0.5)
        pdf.line(14, pdf.get_y() + 1, pdf.w - 14, pdf.get_y() + 1)
        pdf.ln(3)
    pdf.set_font('droid', size=pt)
    for line in t.get('lines', []):
        pdf.multi_cell(0, 6, line, new_x='LMARGIN', new_y='NEXT')
    pdf.ln(2)
    g, h0, b0 = TB.grid(t, None, t['rows'], maker=maker)
    with pdf.table(col_widths=t['widths'], borders_layout='ALL' if ruled else 'NONE',
                   first_row_as_headings=False, line_height=pt * 0.5, padding=1.4,
                   text_align='CENTER', num_heading_rows=0) as table:
        for i, row in enumerate(g):
            tr = table.row()
            for x in row:
                style = None
                if x['kind'] == 'head' and ruled:
                    style = FontFace(fill_color=(220, 220, 220))
                elif x['kind'] == 'head':
                    style = FontFace(color=(40, 60, 120))
                tr.cell(x['text'], colspan=x['cs'], rowspan=x['rs'], style=style,
                        align='L' if x['left'] else 'C',
                        v_align='T' if (x['cat'] and t.get('valign') == 'top') else 'M')
    pdf.ln(3)
    for line in t.get('post', []):
        pdf.cell(0, 7, line, new_x='LMARGIN', new_y='NEXT')
    pdf.output(out)


def main(tid, maker, out):
    t = next(x for x in TB.T if x['id'] == tid)
    (manual if tid == 'Z805' else helper)(t, maker, out)


if __name__ == '__main__':
    main(*sys.argv[1:4])
