# -*- coding: utf-8 -*-
"""Word documents (python-docx) for LibreOffice Writer --convert-to pdf.  (Set 13's render_docx.py,
copied; only CONF is new.)  Category cells are merged down (w:vMerge) over their group, so a page break
cuts them; rows may break over pages (Word's default).  Per PDF (ID-maker):
  ZE14 libreoffice-docx   the bureau's document behind the TRS article: portrait, 仿宋_GB2312 12pt,
                          header row repeating (w:tblHeader), 页脚 `第 n 页 共 N 页`"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

import tables as TB

# font (East Asian, as named in the file), Latin font, size, landscape, header repeats, block apart,
# footer kind, page header text, body row minimum height (cm)
CONF = {
    ('ZE14', 'libreoffice-docx'): dict(font='仿宋_GB2312', latin='Times New Roman', pt=12, repeat=True,
                                       footer='pn', row_cm=0.95),
}


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
    cf = CONF[(t['id'], maker)]
    font, latin, pt = cf['font'], cf.get('latin'), cf['pt']
    doc = Document()
    doc.styles['Normal'].font.size = Pt(pt)
    sec = doc.sections[0]
    if cf.get('landscape'):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(1.8)
        sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    text_w = sec.page_width - sec.left_margin - sec.right_margin

    def run(p, text, size=None, bold=False, f=None):
        style_run(p.add_run(text), size or pt, bold, f or font, None if f else latin)

    def para(text, size=None, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, after=3, before=0, f=None, indent=False):
        p = doc.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.space_after = Pt(after)
        if indent:
            p.paragraph_format.first_line_indent = Pt(2 * (size or pt))
            p.paragraph_format.line_spacing = 1.35
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

    kind = cf.get('footer')
    if kind:
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pre, post = {'dash': ('- ', ' -'), 'page': ('第 ', ' 页'), 'pn': ('第 ', ' 页')}[kind]
        style_run(p.add_run(pre), 9, font=font)
        field(p, 'PAGE', 9, font)
        if kind == 'pn':
            style_run(p.add_run(' 页 共 '), 9, font=font)
            field(p, 'NUMPAGES', 9, font)
        style_run(p.add_run(post), 9, font=font)
    if cf.get('header'):
        p = sec.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        style_run(p.add_run(cf['header']), 9, font=font)
    para(t['title'], pt + 5, True, WD_ALIGN_PARAGRAPH.CENTER, after=8, f='黑体')
    for left, right in t.get('above', []):
        para(left + ('　' * 10 + right if right else ''), after=4)
    for line in t.get('lines', []):
        para(line)
    if t.get('paras') and cf.get('prose_pt'):
        for text in t['paras']:
            head = len(text) < 12 and text[1] == '、'
            para(text, cf['prose_pt'], head, after=2, before=4 if head else 0, f='黑体' if head else None,
                 indent=not head)
    wsum = sum(t['widths'])
    widths = [int(text_w * x / wsum) for x in t['widths']]

    def table(g, head_rows=(), body_from=None):
        tb = doc.add_table(rows=len(g), cols=len(widths))
        tb.style = 'Table Grid'
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        tb.autofit = False
        for j, wd in enumerate(widths):
            tb.columns[j].width = wd
            for row in tb.rows:
                row.cells[j].width = wd
        for i in range(len(g)):
            if i in head_rows:
                row_flag(tb.rows[i], 'w:tblHeader')
            if body_from is not None and i >= body_from:
                min_height(tb.rows[i], cf.get('row_cm', 0.62))
        for gr, gc, x in TB.positions(g):
            c = tb.cell(gr, gc)
            if x['rs'] > 1 or x['cs'] > 1:
                c = c.merge(tb.cell(gr + x['rs'] - 1, gc + x['cs'] - 1))
            put(c, x['text'], bold=x['bold'], left=x['left'])
            if x['kind'] == 'head':
                shade(c, 'D9D9D9')
            elif x['kind'] == 'block' and x['bold']:
                shade(c, 'F2F2F2')
        return tb

    if cf.get('apart'):
        table(TB.block_grid(t))
        para('', size=2, after=0)
        g, h0, b0 = TB.grid(t, maker, block=False)
    else:
        g, h0, b0 = TB.grid(t, maker)
    table(g, head_rows=range(h0, b0) if cf['repeat'] else (), body_from=b0)
    for i, line in enumerate(t.get('post', [])):
        para(line, before=8 if i == 0 else 0)
    doc.save(path)
