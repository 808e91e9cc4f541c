# -*- coding: utf-8 -*-
"""Word documents (python-docx) that LibreOffice turns into PDF.
libreoffice-docx ZA03: key/value table, then a 13pt table over pages 1-3, header row repeated
                       (w:tblHeader), running header and 第 X 页 共 Y 页 footer;
libreoffice-docx ZA12: landscape, header block inside the table, two-line header (序号 and the
                       three 一级/二级/三级 cells merged down, 年度指标值 over 指标性质/指标值/计量单位);
libreoffice-docx ZA13: department-wide: key/value table, table over two pages with NO repeated
                       header, categories on the first row of their group only;
libreoffice-doc  ZA09: twin value columns, categories first row only; saved as .doc (Word 97) by
                       LibreOffice, then printed;
gs-libreoffice   ZA08: numbered prose sections, then the table; LibreOffice's PDF re-distilled by
                       Ghostscript (build.py)."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

import tables as TB

# (East Asian font as named in the file, Latin font); LibreOffice substitutes the ones it lacks
FONTS = {'ZA03': ('仿宋_GB2312', 'Times New Roman'), 'ZA08': ('Noto Serif CJK SC', None),
         'ZA09': ('宋体', None), 'ZA12': ('Noto Sans CJK SC', 'Arial'), 'ZA13': ('方正仿宋_GBK', None)}


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
             before=0, font=None, indent=False, line=None):
        p = container.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.space_after = Pt(after)
        if line:
            p.paragraph_format.line_spacing = line
        if indent:
            p.paragraph_format.first_line_indent = Pt(2 * (size or self.pt))
        if text:
            self.run(p, text, size, bold, font)
        return p

    def put(self, cell, text, bold=False, left=False, size=None):
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT if left else WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        if text:
            self.run(p, text, size=size, bold=bold)
        cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


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


def render(t, path, maker):
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
    sec.left_margin = sec.right_margin = Cm(2.2 if t['id'] == 'ZA08' else 2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    text_w = sec.page_width - sec.left_margin - sec.right_margin

    if t.get('running'):
        p = sec.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        style_run(p.add_run(t['running']), 9, font=w.font)
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if t['id'] == 'ZA03':
        style_run(p.add_run('第 '), 9, font=w.font)
        field(w, p, 'PAGE', 9)
        style_run(p.add_run(' 页 共 '), 9, font=w.font)
        field(w, p, 'NUMPAGES', 9)
        style_run(p.add_run(' 页'), 9, font=w.font)
    elif t['id'] != 'ZA09':
        style_run(p.add_run('- '), 9, font=w.font)
        field(w, p, 'PAGE', 9)
        style_run(p.add_run(' -'), 9, font=w.font)

    w.para(doc, t['title'], pt + 6, True, WD_ALIGN_PARAGRAPH.CENTER, after=10, font='黑体')
    for left, right in t.get('above', []):
        w.para(doc, left + ('　' * 16 + right if right else ''))
    for line in t.get('lines', []):
        w.para(doc, line)
    for head, paras in t.get('prose', []):
        w.para(doc, head, bold=True, before=4, after=2, font='黑体')
        for x in paras:
            w.para(doc, x, indent=True, after=2, line=1.25)

    if t.get('kv'):
        widths = [int(text_w * x) for x in (0.17, 0.35, 0.18, 0.30)]
        kt = new_table(doc, len(t['kv']), widths)
        for i, (a, b, c, d) in enumerate(t['kv']):
            cells = kt.rows[i].cells
            w.put(cells[0], a, bold=True)
            shade(cells[0], 'F2F2F2')
            if c is None:
                w.put(cells[1].merge(cells[3]), b, left=True)
            else:
                w.put(cells[1], b, left=True)
                w.put(cells[2], c, bold=True)
                shade(cells[2], 'F2F2F2')
                w.put(cells[3], d, left=True)
        w.para(doc, '', 6, after=0)

    wsum = sum(t['widths'])
    widths = [int(text_w * x / wsum) for x in t['widths']]
    g, h0, b0 = TB.grid(t, maker)
    tb = new_table(doc, len(g), widths)
    repeat = t['id'] == 'ZA03'
    for i in range(len(g)):
        if repeat and h0 <= i < b0:
            row_flag(tb.rows[i], 'w:tblHeader')
        if t.get('row_cm') and i >= b0:
            min_height(tb.rows[i], t['row_cm'])
    for gr, gc, x in TB.positions(g):
        c = tb.cell(gr, gc)
        if x['rs'] > 1 or x['cs'] > 1:
            c = c.merge(tb.cell(gr + x['rs'] - 1, gc + x['cs'] - 1))
        w.put(c, x['text'], bold=x['bold'], left=x['left'])
        if x['kind'] == 'head':
            shade(c, 'D9D9D9')
    for i, line in enumerate(t.get('post', [])):
        if line.startswith(('四、', '五、')):
            w.para(doc, line, bold=True, before=8, after=2, font='黑体')
        else:
            right = t['id'] in ('ZA03', 'ZA09')
            w.para(doc, line, before=8 if i == 0 else 0,
                   align=WD_ALIGN_PARAGRAPH.RIGHT if right else WD_ALIGN_PARAGRAPH.LEFT)
    doc.save(path)
