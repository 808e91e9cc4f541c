# -*- coding: utf-8 -*-
"""The makers that live in the private venv (/tmp/pdf9/venv).  (weasy/xhtml follow set 10's and 11's.)
  weasyprint, weasyprint-landscape   WeasyPrint 70 (render_html.weasyprint)
  xhtml2pdf      xhtml2pdf / ReportLab, ZC05: serif TrueType subset, two header rows repeated
  fpdf2          fpdf2 2.8 table(), ZC03: A4 landscape, 7pt: the block as a table of its own, then
                 the self-evaluation table with its header row repeated on every page, categories
                 on the first row of their group only, running header and `第 n 页 共 N 页`
  pymupdf-text   PyMuPDF insert_text() cell by cell and draw_line() rules, ZC06: a program's print
                 of a long table: ruled grid, header row drawn again on every page, categories on
                 the first row of their group only (blank at the top of the next page), `第 n 页`
    python render_venv.py ID MAKER OUT.pdf INTERMEDIATE_STEM"""
import os
import sys

import render_html as RH
import tables as TB

SERIF_TTF = '/tmp/pdf12/NotoSerifSC-C12.ttf'
SANS_TTF = '/tmp/pdf12/NotoSansSC-C12.ttf'


def weasy(t, maker, out, mid):
    import weasyprint
    html = RH.weasyprint(t, maker)
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


# ------------------------------------------------------------------ fpdf2

def fpdf2(t, maker, out, mid):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def header(self):
            self.set_font('sans', size=7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, '菡江县2024年度项目支出绩效自评　' + t['project'], align='L')
            self.ln(6)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-10)
            self.set_font('sans', size=7.5)
            self.cell(0, 4, f'第 {self.page_no()} 页 共 {{nb}} 页', align='C')

    pdf = Doc(orientation='L', unit='mm', format='A4')
    pdf.set_title(t['title'])
    pdf.set_author(t['dept'])
    pdf.add_font('sans', fname=SANS_TTF)
    pdf.add_font('sans', style='B', fname=SANS_TTF)     # (no bold face in the subset: the same outlines)
    pdf.set_margins(12, 10, 12)
    pdf.set_auto_page_break(True, 14)
    pdf.add_page()
    pdf.set_font('sans', size=14)
    pdf.cell(0, 8, t['title'], align='C', new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('sans', size=8)
    for left, _right in t.get('above', []):
        pdf.cell(0, 5, left, align='C', new_x='LMARGIN', new_y='NEXT')
    pt = 7
    pdf.set_font('sans', size=pt)
    W = pdf.w - 24
    ws = tuple(W * w / sum(t['widths']) for w in t['widths'])
    grey = FontFace(fill_color=(225, 225, 225))
    light = FontFace(fill_color=(242, 242, 242))

    def cells(table, rows):
        for row in rows:
            r = table.row()
            for x in row:
                style = grey if x['kind'] == 'head' else (light if x['bold'] else None)
                al = 'LEFT' if x['left'] else 'CENTER'
                r.cell(x['text'], colspan=x['cs'], rowspan=x['rs'], style=style, align=al)

    opts = dict(col_widths=ws, text_align='CENTER', line_height=3.1, padding=1.1, v_align='MIDDLE')
    with pdf.table(first_row_as_headings=False, **opts) as table:
        cells(table, TB.block_grid(t))
    g, h0, b0 = TB.grid(t, maker, block=False)
    assert h0 == 0 and b0 == 1
    with pdf.table(first_row_as_headings=True, num_heading_rows=1, repeat_headings=1,
                   headings_style=FontFace(emphasis='BOLD', fill_color=(225, 225, 225)), **opts) as table:
        cells(table, g)
    pdf.ln(3)
    pdf.set_font('sans', size=8)
    for line in t.get('post', []):
        pdf.cell(0, 5, line, new_x='LMARGIN', new_y='NEXT')
    pdf.output(out)


# ------------------------------------------------------------------ PyMuPDF insert_text

def wrap(text, width_pt, size, measure):
    if not text:
        return ['']
    lines, cur = [], ''
    for ch in text:
        if cur and measure(cur + ch, size) > width_pt:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def mupdf_text(t, maker, out, mid):
    import pymupdf
    font = pymupdf.Font(fontfile=SERIF_TTF)
    doc = pymupdf.open()
    W, H = 595.28, 841.89
    size = 10.5
    x0, x1 = 50.0, W - 50.0
    top_y, bottom_y = 64.0, H - 60.0
    lead = size * 1.55
    measure = lambda s, sz: font.text_length(s, fontsize=sz)   # noqa: E731
    pages = []

    def new_page():
        page = doc.new_page(width=W, height=H)
        page.insert_font(fontname='F1', fontfile=SERIF_TTF)
        pages.append(page)
        return page

    def text(page, x, y, s, sz=size):
        page.insert_text((x, y), s, fontname='F1', fontsize=sz)

    page = new_page()
    y = top_y + 14
    tw = measure(t['title'], 16)
    text(page, (W - tw) / 2, y, t['title'], 16)
    y += 26
    for line in t.get('lines', []):
        for s in wrap(line, x1 - x0, size, measure):
            text(page, x0, y, s)
            y += lead
    y += 4
    ws = t['widths']
    colx = [x0]
    for w in ws:
        colx.append(colx[-1] + (x1 - x0) * w / sum(ws))
    g, h0, b0 = TB.grid(t, maker)
    assert h0 == 0 and b0 == 1 and all(x['rs'] == 1 and x['cs'] == 1 for row in g for x in row)

    def layout(row):
        cells = []
        for c, x in enumerate(row):
            ls = wrap(x['text'], colx[c + 1] - colx[c] - 8, size, measure)
            cells.append((c, x, ls))
        return cells, max(len(ls) for _c, _x, ls in cells) * lead + 10

    def draw_row(page, y, cells, hgt, head=False):
        if head:
            page.draw_rect(pymupdf.Rect(x0, y, x1, y + hgt), color=None, fill=(0.88, 0.88, 0.88))
        for c, x, ls in cells:
            left, right = colx[c], colx[c + 1]
            yy = y + hgt / 2 - len(ls) * lead / 2 + size * 0.95
            for s in ls:
                xx = left + 4 if x['left'] else (left + right) / 2 - measure(s, size) / 2
                text(page, xx, yy, s)
                yy += lead
        return y + hgt

    def rules(page, ys):
        for yy in ys:
            page.draw_line((x0, yy), (x1, yy), color=(0, 0, 0), width=0.6)
        for xx in colx:
            page.draw_line((xx, ys[0]), (xx, ys[-1]), color=(0, 0, 0), width=0.6)

    head_cells, head_h = layout(g[0])
    ys = [y]
    y = draw_row(page, y, head_cells, head_h, head=True)
    ys.append(y)
    for row in g[1:]:
        cells, hgt = layout(row)
        if y + hgt > bottom_y:
            rules(page, ys)
            page = new_page()
            y = top_y
            ys = [y]
            y = draw_row(page, y, head_cells, head_h, head=True)
            ys.append(y)
        y = draw_row(page, y, cells, hgt)
        ys.append(y)
    rules(page, ys)
    y += 22
    for line in t.get('post', []):
        text(page, x0, y, line)
        y += lead
    for i in range(len(pages)):
        p = doc[i]                       # (page objects of earlier pages go stale as pages are added)
        p.insert_font(fontname='F1', fontfile=SERIF_TTF)
        s = f'第 {i + 1} 页'
        text(p, W / 2 - measure(s, 9) / 2, H - 34, s, 9)
    doc.set_metadata({'title': t['title'], 'producer': 'PyMuPDF', 'author': t['dept']})
    doc.subset_fonts()
    doc.save(out, garbage=3, deflate=True)


def main(tid, maker, out, mid):
    t = TB.by_id()[tid]
    if maker.startswith('weasyprint'):
        weasy(t, maker, out, mid)
    elif maker == 'xhtml2pdf':
        xhtml(t, maker, out, mid)
    elif maker == 'fpdf2':
        fpdf2(t, maker, out, mid)
    elif maker == 'pymupdf-text':
        mupdf_text(t, maker, out, mid)
    else:
        raise SystemExit('unknown maker ' + maker)


if __name__ == '__main__':
    main(*sys.argv[1:5])
