# -*- coding: utf-8 -*-
"""The makers that live in the private venv (/tmp/pdf9/venv):
  weasyprint-landscape   WeasyPrint 70, ZA05: landscape, two-line header, page number box
  weasyprint-multipage   WeasyPrint 70, ZA13: <thead> repeated, running header, key/value table
  xhtml2pdf              xhtml2pdf / ReportLab, ZA10: TrueType serif font, 计量单位 column
  reportlab              ReportLab platypus, ZA02: Table with repeatRows, the TrueType sans copy,
                         horizontal rules only, categories on the first row of their group only
  fpdf2                  fpdf2 2.8, ZA12: landscape, table() with colspan/rowspan, header block
                         inside the table, two-line header, categories on every row, page header/footer
  pymupdf-text           PyMuPDF insert_text() cell by cell, ZA11: two-line header, a rule under
                         every row and no vertical lines, categories on the first row of their group,
                         top-aligned
    python render_venv.py ID MAKER OUT.pdf INTERMEDIATE_STEM"""
import os
import sys

import render_html as RH
import tables as TB

SERIF_TTF = '/tmp/pdf10/NotoSerifSC-A10.ttf'
SANS_TTF = '/tmp/pdf10/NotoSansSC-A10.ttf'


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


# ------------------------------------------------------------------ ReportLab platypus

def reportlab(t, maker, out, mid):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    # (Droid Sans Fallback has no digits or ≥, and ReportLab has no font fallback)
    pdfmetrics.registerFont(TTFont('NotoSansSC', SANS_TTF))
    pt = 10
    base = dict(fontName='NotoSansSC', fontSize=pt, leading=pt * 1.4, wordWrap='CJK')
    st_c = ParagraphStyle('c', alignment=TA_CENTER, **base)
    st_l = ParagraphStyle('l', alignment=TA_LEFT, **base)
    st_h = ParagraphStyle('h', alignment=TA_CENTER, **dict(base, fontSize=pt, leading=pt * 1.35))
    st_t = ParagraphStyle('t', alignment=TA_CENTER, **dict(base, fontSize=16, leading=22))
    st_p = ParagraphStyle('p', alignment=TA_LEFT, **dict(base, leading=pt * 1.7))
    W = A4[0] - 36 * mm
    m, h0, b0 = TB.matrix(t, maker)
    data = []
    for i, row in enumerate(m):
        cells = []
        for j, s in enumerate(row):
            key = t['cols'][j]
            st = st_h if i < b0 else (st_l if key == 'name' else st_c)
            cells.append(Paragraph(RH.e(s), st) if s else '')
        data.append(cells)
    ws = [W * w / sum(t['widths']) for w in t['widths']]
    tab = Table(data, colWidths=ws, repeatRows=b0)
    style = [('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
             ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 5),
             ('LINEABOVE', (0, 0), (-1, 0), 1.2, colors.black),
             ('LINEBELOW', (0, b0 - 1), (-1, b0 - 1), 0.8, colors.black),
             ('LINEBELOW', (0, b0), (-1, -2), 0.3, colors.HexColor('#9a9a9a')),
             ('LINEBELOW', (0, -1), (-1, -1), 1.2, colors.black),
             ('BACKGROUND', (0, 0), (-1, b0 - 1), colors.HexColor('#eef3e8'))]
    for i in range(b0, len(m)):
        for j in (1, 2):
            if m[i][j]:
                style.append(('VALIGN', (j, i), (j, i), 'TOP'))
    tab.setStyle(TableStyle(style))
    story = [Paragraph(RH.e(t['title']), st_t), Spacer(1, 8)]
    for line in t.get('lines', []):
        story.append(Paragraph(RH.e(line).replace('　', '&nbsp;&nbsp;'), st_p))
    story += [Spacer(1, 6), tab, Spacer(1, 10)]
    for line in t.get('post', []):
        story.append(Paragraph(RH.e(line).replace('　', '&nbsp;&nbsp;'), st_p))

    def page(canvas, doc):
        canvas.saveState()
        canvas.setFont('NotoSansSC', 8)
        canvas.drawString(18 * mm, A4[1] - 12 * mm, '楠溆市农业农村局项目支出绩效目标')
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f'第 {doc.page} 页')
        canvas.restoreState()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                      bottomMargin=18 * mm, title=t['title'], author='楠溆市农业农村局').build(
        story, onFirstPage=page, onLaterPages=page)


# ------------------------------------------------------------------ fpdf2

def fpdf2(t, maker, out, mid):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def header(self):
            self.set_font('sans', size=8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, t['dept'] + '　2025年部门预算项目', align='R')
            self.ln(8)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-12)
            self.set_font('sans', size=8)
            self.cell(0, 5, f'第 {self.page_no()} 页 共 {{nb}} 页', align='C')

    pdf = Doc(orientation='L', unit='mm', format='A4')
    pdf.set_title(t['title'])
    pdf.add_font('sans', fname=SANS_TTF)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    pdf.set_font('sans', size=16)
    pdf.cell(0, 10, t['title'], align='C', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(2)
    pt = t.get('font_pt', 10)
    pdf.set_font('sans', size=pt)
    g, h0, b0 = TB.grid(t, maker)
    W = pdf.w - 30
    ws = tuple(W * w / sum(t['widths']) for w in t['widths'])
    grey = FontFace(fill_color=(230, 230, 230))
    with pdf.table(col_widths=ws, text_align='CENTER', line_height=pt * 0.55, first_row_as_headings=False,
                   padding=1.4, v_align='MIDDLE') as table:
        for i, row in enumerate(g):
            r = table.row()
            for x in row:
                style = grey if x['kind'] == 'head' else None
                al = 'LEFT' if x['left'] or x['key'] == 'name' else 'CENTER'
                r.cell(x['text'], colspan=x['cs'], rowspan=x['rs'], style=style, align=al)
    pdf.ln(4)
    for line in t.get('post', []):
        pdf.cell(0, 6, line, new_x='LMARGIN', new_y='NEXT')
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
    page = doc.new_page(width=W, height=H)
    page.insert_font(fontname='F1', fontfile=SERIF_TTF)
    size = 10.5
    x0, x1 = 54.0, W - 54.0
    y = 78.0

    def text(x, y, s, sz=size):
        page.insert_text((x, y), s, fontname='F1', fontsize=sz)

    tw = font.text_length(t['title'], fontsize=15.5)
    text((W - tw) / 2, y, t['title'], 15.5)
    y += 28
    for line in t.get('lines', []):
        text(x0, y, line)
        y += 17
    y += 2
    g, h0, b0 = TB.grid(t, maker)
    ws = t['widths']
    colx = [x0]
    for w in ws:
        colx.append(colx[-1] + (x1 - x0) * w / sum(ws))
    lead = size * 1.4
    placed = TB.positions(g)
    need = [1] * len(g)
    wrapped = {}
    for r, c, x in placed:
        width = colx[c + x['cs']] - colx[c] - 8
        ls = wrap(x['text'], width, size, lambda s, sz: font.text_length(s, fontsize=sz))
        wrapped[(r, c)] = ls
        if x['rs'] == 1:
            need[r] = max(need[r], len(ls))
    heights = [n * lead + 9 for n in need]
    tops = [y]
    for hgt in heights:
        tops.append(tops[-1] + hgt)
    for r, c, x in placed:
        ls = wrapped[(r, c)]
        top, bottom = tops[r], tops[r + x['rs']]
        left, right = colx[c], colx[c + x['cs']]
        if x['key'] in ('l1', 'l2'):        # top-aligned category text
            yy = top + 4.5 + size * 0.95
        else:
            yy = (top + bottom) / 2 - len(ls) * lead / 2 + size * 0.95
        for s in ls:
            xx = left + 4 if x['left'] else (left + right) / 2 - font.text_length(s, fontsize=size) / 2
            text(xx, yy, s)
            yy += lead
    # rules: heavy above and below the table, under the two header rows (the second from the
    # 一级/二级/三级 cells only), a hairline under every body row; no vertical lines
    page.draw_line((x0, tops[0]), (x1, tops[0]), color=(0, 0, 0), width=1.2)
    page.draw_line((colx[0], tops[1]), (colx[3], tops[1]), color=(0, 0, 0), width=0.5)
    page.draw_line((x0, tops[b0]), (x1, tops[b0]), color=(0, 0, 0), width=0.8)
    for r in range(b0 + 1, len(g)):
        page.draw_line((x0, tops[r]), (x1, tops[r]), color=(0.55, 0.55, 0.55), width=0.35)
    page.draw_line((x0, tops[-1]), (x1, tops[-1]), color=(0, 0, 0), width=1.2)
    y = tops[-1] + 22
    for line in t.get('post', []):
        text(x0, y, line)
        y += 17
    text(W / 2 - 10, H - 36, '第1页', 8.5)
    doc.set_metadata({'title': t['title'], 'producer': 'PyMuPDF'})
    doc.save(out, garbage=3, deflate=True)


def main(tid, maker, out, mid):
    t = TB.by_id()[tid]
    if maker.startswith('weasyprint'):
        weasy(t, maker, out, mid)
    elif maker == 'xhtml2pdf':
        xhtml(t, maker, out, mid)
    elif maker == 'reportlab':
        reportlab(t, maker, out, mid)
    elif maker == 'fpdf2':
        fpdf2(t, maker, out, mid)
    elif maker == 'pymupdf-text':
        mupdf_text(t, maker, out, mid)
    else:
        raise SystemExit('unknown maker ' + maker)


if __name__ == '__main__':
    main(*sys.argv[1:5])
