# -*- coding: utf-8 -*-
"""Word documents (python-docx) that LibreOffice turns into PDF.
libreoffice-docx (Z910): key/value table, notes, then the indicator table placed so that its
  header row is the last line of page 1 and the rows begin on page 2 (spacer found by build.py);
libreoffice-doc (Z910): the same document saved as .doc by LibreOffice, header row marked to repeat,
  so page 1 ends with a lone header and page 2 begins with it again;
gs-libreoffice (Z907): a landscape self-evaluation table, header block inside the table;
qpdf-linearized (Z913): a department-wide table over two pages, header row repeated."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

import tables as TB

FONTS = {'Z910': ('仿宋_GB2312', None), 'Z907': ('宋体', 'Times New Roman'), 'Z913': ('Noto Serif CJK SC', None)}


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


class Writer:
    def __init__(self, t):
        self.font, self.latin = FONTS[t['id']]
        self.pt = t.get('font_pt', 10.5)

    def run(self, p, text, size=None, bold=False, font=None):
        style_run(p.add_run(text), size or self.pt, bold, font or self.font, None if font else self.latin)

    def para(self, container, text, size=None, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, after=3,
             before=0, font=None, indent=False):
        p = container.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.space_after = Pt(after)
        if indent:
            p.paragraph_format.first_line_indent = Pt(2 * (size or self.pt))
        if text:
            self.run(p, text, size, bold, font)
        return p

    def put(self, cell, text, bold=False, left=False, top=False):
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT if left else WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        if text:
            self.run(p, text, bold=bold)
        cell.vertical_alignment = WD_ALIGN_VERTICAL.TOP if top else WD_ALIGN_VERTICAL.CENTER


def field(w, p, code, size):
    r = p.add_run()
    style_run(r, size, font=w.font)
    for tag, val in (('w:fldChar', 'begin'), ('w:instrText', code), ('w:fldChar', 'separate')):
        el = OxmlElement(tag)
        if tag == 'w:fldChar':
            el.set(qn('w:fldCharType'), val)
        else:
            el.set(qn('xml:space'), 'preserve')
            el.text = f' {val} '
        r._r.append(el)
    style_run(p.add_run('1'), size, font=w.font)
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


def new_table(doc, nrows, widths):
    tb = doc.add_table(rows=nrows, cols=len(widths))
    tb.style = 'Table Grid'
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    tb.autofit = False
    for j, wd in enumerate(widths):
        tb.columns[j].width = wd
        for row in tb.rows:
            row.cells[j].width = wd
    return tb


def render(t, path, maker, spacer_pt=None):
    w = Writer(t)
    pt = w.pt
    doc = Document()
    doc.styles['Normal'].font.size = Pt(pt)
    sec = doc.sections[0]
    if t.get('landscape'):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    text_w = sec.page_width - sec.left_margin - sec.right_margin

    if t.get('running'):
        p = sec.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        style_run(p.add_run(t['running']), 9, font=w.font)
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    style_run(p.add_run('— '), 9, font=w.font)
    field(w, p, 'PAGE', 9)
    style_run(p.add_run(' —'), 9, font=w.font)

    w.para(doc, t['title'], pt + 6, True, WD_ALIGN_PARAGRAPH.CENTER, after=10, font='黑体')
    for left, right in t.get('above', []):
        w.para(doc, left + ('　' * 20 + right if right else ''))
    for line in t.get('lines', []):
        w.para(doc, line)

    if t.get('kv'):
        widths = [int(text_w * x) for x in (0.17, 0.33, 0.20, 0.30)]
        kt = new_table(doc, len(t['kv']), widths)
        for i, (a, b, c, d) in enumerate(t['kv']):
            cells = kt.rows[i].cells
            w.put(cells[0], a, bold=True)
            if c is None:
                w.put(cells[1].merge(cells[3]), b, left=True)
            else:
                w.put(cells[1], b, left=True)
                w.put(cells[2], c, bold=True)
                w.put(cells[3], d, left=True)
        w.para(doc, '', 6, after=0)
    for i, line in enumerate(t.get('notes', [])):
        w.para(doc, line, pt, bold=(i == 0), after=2, indent=(i > 0))
    if spacer_pt is not None:
        w.para(doc, '', 2, after=0, before=spacer_pt)

    wsum = sum(t['widths'])
    widths = [int(text_w * x / wsum) for x in t['widths']]
    g, h0, b0 = TB.grid(t, maker)
    tb = new_table(doc, len(g), widths)
    repeat = maker in ('libreoffice-doc', 'qpdf-linearized')
    for i in range(len(g)):
        if repeat and h0 <= i < b0:
            row_flag(tb.rows[i], 'w:tblHeader')
        if t.get('row_cm'):
            min_height(tb.rows[i], t['row_cm'])
    for gr, gc, x in TB.positions(g):
        c = tb.cell(gr, gc)
        if x['rs'] > 1 or x['cs'] > 1:
            c = c.merge(tb.cell(gr + x['rs'] - 1, gc + x['cs'] - 1))
        w.put(c, x['text'], bold=x['bold'], left=x['left'])
        if x['kind'] == 'head':
            shade(c, 'D9D9D9')
    for i, line in enumerate(t.get('post', [])):
        w.para(doc, line, before=8 if i == 0 else 0)
    doc.save(path)
