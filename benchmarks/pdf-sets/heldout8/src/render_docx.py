# -*- coding: utf-8 -*-
"""Word documents (python-docx) for LibreOffice --convert-to pdf: 'Table Grid' tables with merged
category cells, a key/value table above the indicators where the table has one, header rows
marked to repeat on every page (w:tblHeader), page header text and a PAGE / NUMPAGES footer."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import tables as TB

FONT = '仿宋'         # what many offices type in; LibreOffice substitutes an installed CJK face


LATIN = None         # None: the same face as the CJK text


def style_run(run, size, bold=False, font=None):
    font = font or FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = LATIN or font
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn('w:rFonts'))
    if fonts is None:
        fonts = OxmlElement('w:rFonts')
        rpr.insert(0, fonts)
    for k in ('w:ascii', 'w:hAnsi'):
        fonts.set(qn(k), LATIN or font)
    fonts.set(qn('w:eastAsia'), font)


def paragraph(container, text, size, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, after=3, font=None):
    p = container.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(after)
    if text:
        style_run(p.add_run(text), size, bold, font)
    return p


def field(p, code, size):
    r = p.add_run()
    style_run(r, size)
    for tag, val in (('w:fldChar', 'begin'), ('w:instrText', code), ('w:fldChar', 'separate')):
        el = OxmlElement(tag)
        if tag == 'w:fldChar':
            el.set(qn('w:fldCharType'), val)
        else:
            el.set(qn('xml:space'), 'preserve')
            el.text = f' {val} '
        r._r.append(el)
    r2 = p.add_run('1')
    style_run(r2, size)
    r3 = p.add_run()
    end = OxmlElement('w:fldChar')
    end.set(qn('w:fldCharType'), 'end')
    r3._r.append(end)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd')
    sh.set(qn('w:val'), 'clear')
    sh.set(qn('w:color'), 'auto')
    sh.set(qn('w:fill'), fill)
    tcpr.append(sh)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader')
    el.set(qn('w:val'), 'true')
    trpr.append(el)


def min_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:trHeight')
    el.set(qn('w:val'), str(int(cm * 567)))
    el.set(qn('w:hRule'), 'atLeast')
    trpr.append(el)


def put(cell, text, size, bold=False, left=False, top=False):
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT if left else WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    if text:
        style_run(p.add_run(text), size, bold)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.TOP if top else WD_ALIGN_VERTICAL.CENTER


def new_table(doc, nrows, widths):
    tb = doc.add_table(rows=nrows, cols=len(widths))
    tb.style = 'Table Grid'
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    tb.autofit = False
    for j, w in enumerate(widths):
        tb.columns[j].width = w
        for row in tb.rows:
            row.cells[j].width = w
    return tb


def render(t, path):
    global FONT, LATIN
    FONT, LATIN = t.get('docx_fonts', ('仿宋', None))
    pt = t.get('font_pt', 10.5)
    doc = Document()
    normal = doc.styles['Normal']
    normal.font.size = Pt(pt)
    sec = doc.sections[0]
    if t.get('landscape'):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(2.0)
    text_w = sec.page_width - sec.left_margin - sec.right_margin

    head_text = t.get('page_header') or t.get('running')
    if head_text:
        p = sec.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        style_run(p.add_run(head_text), 9)
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    style_run(p.add_run('第 '), 9)
    field(p, 'PAGE', 9)
    style_run(p.add_run(' 页 / 共 '), 9)
    field(p, 'NUMPAGES', 9)
    style_run(p.add_run(' 页'), 9)

    paragraph(doc, t['title'], pt + 6, True, WD_ALIGN_PARAGRAPH.CENTER, after=10, font='黑体')
    for left, right in t.get('above', []):
        paragraph(doc, left + ('　' * 12 + right if right else ''), pt)
    for line in t.get('lines', []):
        paragraph(doc, line, pt)

    if t.get('kv'):
        kw = [0.16, 0.34, 0.18, 0.32]
        widths = [int(text_w * x) for x in kw]
        kt = new_table(doc, len(t['kv']), widths)
        for i, (a, b, c, d) in enumerate(t['kv']):
            cells = kt.rows[i].cells
            put(cells[0], a, pt, bold=True)
            shade(cells[0], 'F2F2F2')
            if c is None:
                put(cells[1].merge(cells[3]), b, pt, left=True)
            else:
                put(cells[1], b, pt, left=True)
                put(cells[2], c, pt, bold=True)
                shade(cells[2], 'F2F2F2')
                put(cells[3], d, pt, left=True)
        paragraph(doc, '', 6, after=0)

    wsum = sum(t['widths'])
    widths = [int(text_w * w / wsum) for w in t['widths']]
    top_cats = t.get('valign') == 'top'
    for k, (project, block, rs) in enumerate(TB.parts(t)):
        g, h0, b0 = TB.grid(t, block, rs, maker='libreoffice-docx')
        tb = new_table(doc, len(g), widths)
        if h0 == 0:
            for i in range(b0):
                repeat_header(tb.rows[i])
        if t.get('row_cm'):
            for i in range(b0, len(g)):
                min_height(tb.rows[i], t['row_cm'])
        for gr, gc, x in TB.positions(g):
            c = tb.cell(gr, gc)
            if x['rs'] > 1 or x['cs'] > 1:
                c = c.merge(tb.cell(gr + x['rs'] - 1, gc + x['cs'] - 1))
            put(c, x['text'], pt, bold=x['bold'], left=x['left'], top=x['cat'] and top_cats)
            if x['kind'] == 'head':
                shade(c, 'D9E2F3')
    for i, line in enumerate(t.get('post', [])):
        p = paragraph(doc, line, pt)
        if i == 0:
            p.paragraph_format.space_before = Pt(8)
    doc.save(path)
