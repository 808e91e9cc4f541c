# -*- coding: utf-8 -*-
"""Word documents (python-docx) that LibreOffice turns into PDF: the table a page offers as its
attachment, saved as .docx.
ZB06: department-wide table, portrait, 仿宋_GB2312 11pt: title, the header block (部门名称, 年度预算,
      年度主要任务, 年度总体目标) inside the table above the header row, categories merged,
      `- n -` footer, sign-off line;
ZB15: 宋体 10.5pt: title, one text line, the table with categories on the first row of their group
      only (the cells below left empty, not merged), header row shaded and marked as repeating,
      a right-aligned sign-off."""
from docx import Document
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

import tables as TB

# (East Asian font as named in the file, Latin font, size); LibreOffice substitutes the ones it lacks
FONTS = {'ZB06': ('仿宋_GB2312', 'Times New Roman', 11), 'ZB15': ('宋体', None, 10.5)}


def style_run(run, size, bold=False, font=None, latin=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = latin or font
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn('w:rFonts'))
    if fonts is None:
        fonts = OxmlElement('w:rFonts')
        rpr.insert(0, fonts)
    for k in ('w:ascii', 'w:hAnsi'):
        fonts.set(qn(k), latin or font)
    fonts.set(qn('w:eastAsia'), font)


def field(p, code, size, font):
    r = p.add_run()
    style_run(r, size, font=font)
    for tag, val in (('w:fldChar', 'begin'), ('w:instrText', code), ('w:fldChar', 'separate')):
        el = OxmlElement(tag)
        if tag == 'w:fldChar':
            el.set(qn('w:fldCharType'), val)
        else:
            el.set(qn('xml:space'), 'preserve')
            el.text = f' {val} '
        r._r.append(el)
    style_run(p.add_run('1'), size, font=font)
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


def row_flag(row, tag):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement(tag)
    el.set(qn('w:val'), 'true')
    trpr.append(el)


def min_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:trHeight')
    el.set(qn('w:val'), str(int(cm * 567)))
    el.set(qn('w:hRule'), 'atLeast')
    trpr.append(el)


def render(t, path, maker):
    font, latin, pt = FONTS[t['id']]
    doc = Document()
    doc.styles['Normal'].font.size = Pt(pt)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.4 if t['id'] == 'ZB06' else 2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    text_w = sec.page_width - sec.left_margin - sec.right_margin

    def run(p, text, size=None, bold=False, f=None):
        style_run(p.add_run(text), size or pt, bold, f or font, None if f else latin)

    def para(text, size=None, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, after=3, before=0, f=None):
        p = doc.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.space_after = Pt(after)
        if text:
            run(p, text, size, bold, f)
        return p

    def put(cell, text, bold=False, left=False):
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT if left else WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        if text:
            run(p, text, bold=bold)
        cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER

    if t['id'] == 'ZB06':
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        style_run(p.add_run('- '), 9, font=font)
        field(p, 'PAGE', 9, font)
        style_run(p.add_run(' -'), 9, font=font)
    para(t['title'], pt + 5, True, WD_ALIGN_PARAGRAPH.CENTER, after=10, f='黑体')
    for line in t.get('lines', []):
        para(line)
    wsum = sum(t['widths'])
    widths = [int(text_w * x / wsum) for x in t['widths']]
    g, h0, b0 = TB.grid(t, maker)
    tb = doc.add_table(rows=len(g), cols=len(widths))
    tb.style = 'Table Grid'
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    tb.autofit = False
    for j, wd in enumerate(widths):
        tb.columns[j].width = wd
        for row in tb.rows:
            row.cells[j].width = wd
    for i in range(len(g)):
        if t['id'] == 'ZB15' and h0 <= i < b0:
            row_flag(tb.rows[i], 'w:tblHeader')
        if i >= b0:
            min_height(tb.rows[i], 0.75 if t['id'] == 'ZB06' else 0.6)
    for gr, gc, x in TB.positions(g):
        c = tb.cell(gr, gc)
        if x['rs'] > 1 or x['cs'] > 1:
            c = c.merge(tb.cell(gr + x['rs'] - 1, gc + x['cs'] - 1))
        put(c, x['text'], bold=x['bold'], left=x['left'])
        if x['kind'] == 'head':
            shade(c, 'D9D9D9')
    for i, line in enumerate(t.get('post', [])):
        para(line, before=8 if i == 0 else 0,
             align=WD_ALIGN_PARAGRAPH.RIGHT if t['id'] == 'ZB15' else WD_ALIGN_PARAGRAPH.LEFT)
    doc.save(path)
