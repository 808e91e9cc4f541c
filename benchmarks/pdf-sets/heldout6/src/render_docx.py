# -*- coding: utf-8 -*-
"""docx (python-docx) for LibreOffice to print: Table Grid, merged cells, header/footer fields."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

import tables as TB

FONT = 'Noto Serif CJK SC'


def set_font(run_or_style, size=None, bold=None, font=FONT):
    f = run_or_style.font
    f.name = font
    el = run_or_style.element if hasattr(run_or_style, 'element') else run_or_style._element
    rpr = el.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts')
        rpr.append(rfonts)
    rfonts.set(qn('w:eastAsia'), font)
    if size:
        f.size = Pt(size)
    if bold is not None:
        f.bold = bold


def add_field(par, instr):
    run = par.add_run()
    for tag, attr in (('w:fldChar', 'begin'), ('w:instrText', instr), ('w:fldChar', 'end')):
        el = OxmlElement(tag)
        if tag == 'w:fldChar':
            el.set(qn('w:fldCharType'), attr)
        else:
            el.set(qn('xml:space'), 'preserve')
            el.text = attr
        run._r.append(el)


def para(doc, text, size, bold=False, align=None, space_after=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    set_font(r, size, bold)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    return p


def write_cell(cell, text, size, bold=False, align='C', valign='middle'):
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT if align == 'L' else WD_ALIGN_PARAGRAPH.CENTER
    if text:
        r = p.add_run(text)
        set_font(r, size, bold)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.TOP if valign == 'top' else WD_ALIGN_VERTICAL.CENTER


def mark_header_row(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader')
    el.set(qn('w:val'), 'true')
    trpr.append(el)


def render(t, path):
    pt = t.get('font_pt', 10.5)
    doc = Document()
    st = doc.styles['Normal']
    set_font(st, pt)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if t.get('landscape'):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    text_w = (sec.page_width - sec.left_margin - sec.right_margin)
    if t.get('page_header'):
        p = sec.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(t['page_header']), 9)
    if t.get('page_footer') == 'pages':
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run('第 '), 9)
        add_field(p, 'PAGE')
        set_font(p.add_run(' 页 共 '), 9)
        add_field(p, 'NUMPAGES')
        set_font(p.add_run(' 页'), 9)

    para(doc, t['title'], pt + 5, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=8)
    for left, right in t.get('pre', []):
        p = para(doc, left, pt)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(text_w, WD_TAB_ALIGNMENT.RIGHT)
            set_font(p.add_run('\t' + right), pt)
    for line in t.get('pre_lines', []):
        para(doc, line, pt)

    if t.get('kv4'):
        kt = doc.add_table(rows=len(t['kv4']), cols=4)
        kt.style = 'Table Grid'
        kt.autofit = False
        kw = [0.18, 0.32, 0.2, 0.3]
        for j, col in enumerate(kt.columns):
            col.width = int(text_w * kw[j])
        for i, (a, b, c, d) in enumerate(t['kv4']):
            cells = kt.rows[i].cells
            for j, w in enumerate(kw):
                cells[j].width = int(text_w * w)
            write_cell(cells[0], a, pt, bold=True)
            if c is None:
                m = cells[1].merge(cells[3])
                write_cell(m, b, pt, align='L')
            else:
                write_cell(cells[1], b, pt, align='L')
                write_cell(cells[2], c, pt, bold=True)
                write_cell(cells[3], d, pt, align='L')
        para(doc, '', 4)

    keys = [c[0] for c in t['cols']]
    n = len(keys)
    wsum = sum(c[2] for c in t['cols'])
    widths = [int(text_w * c[2] / wsum) for c in t['cols']]
    for k, (project, block, rs) in enumerate(TB.parts(t)):
        if k:
            para(doc, '', pt, space_after=8)
        g, _, body_start, nhead = TB.grid(t, block, rs)
        placed = TB.place(g, n)
        tb = doc.add_table(rows=len(g), cols=n)
        tb.style = 'Table Grid'
        tb.autofit = False
        for j, col in enumerate(tb.columns):
            col.width = widths[j]
        for row in tb.rows:
            for j, cell in enumerate(row.cells):
                cell.width = widths[j]
        if block is None and nhead:
            for i in range(body_start - nhead, body_start):
                mark_header_row(tb.rows[i])
        for (gr, gc, cell) in placed:
            a = tb.cell(gr, gc)
            if cell['rs'] > 1 or cell['cs'] > 1:
                a = a.merge(tb.cell(gr + cell['rs'] - 1, gc + cell['cs'] - 1))
            bold = cell['kind'] == 'head' or (cell['kind'] == 'block' and cell['align'] == 'C' and gc == 0)
            v = t.get('valign', 'middle') if cell.get('cat') else 'middle'
            write_cell(a, cell['text'], pt, bold=bold, align=cell['align'], valign=v)
    for line in t.get('post', []):
        para(doc, line, pt).paragraph_format.space_before = Pt(6)
    doc.save(path)
