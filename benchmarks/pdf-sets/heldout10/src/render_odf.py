# -*- coding: utf-8 -*-
"""OpenDocument files written with odfpy (private venv), printed by LibreOffice:
  libreoffice-odt (ZA10): a Writer document, text lines above, a table with a 计量单位 column and
                          categories written on every row, header row shaded, page footer;
  libreoffice-ods (ZA05): a Calc sheet in landscape, title and text lines in merged rows, a
                          two-line header (指标值 over 实施期指标值 / 年度指标值) in
                          table:table-header-rows, categories on the first row of their group only,
                          page header with the sheet's department and 第 N 页 footer.
    python render_odf.py ID MAKER OUT.odt|OUT.ods"""
import sys

from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import (FontFace, Footer, Header, MasterPage, PageLayout, PageLayoutProperties,
                       ParagraphProperties, Style, TableCellProperties, TableColumnProperties,
                       TableProperties, TableRowProperties, TextProperties)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import P, PageCount, PageNumber

import tables as TB

FONTS = {'ZA10': 'Noto Sans CJK SC', 'ZA05': 'Noto Serif CJK SC'}


def fonts(doc, name):
    doc.fontfacedecls.addElement(FontFace(name=name, fontfamily=f"'{name}'", fontfamilygeneric='roman',
                                          fontpitch='variable'))


def text_style(doc, font, name, family, size, bold=False, align=None, auto=True):
    st = Style(name=name, family=family)
    kw = dict(fontname=font, fontnameasian=font, fontsize=f'{size}pt', fontsizeasian=f'{size}pt')
    if bold:
        kw.update(fontweight='bold', fontweightasian='bold')
    st.addElement(TextProperties(**kw))
    if align:
        st.addElement(ParagraphProperties(textalign=align, marginbottom='0.12cm'))
    (doc.automaticstyles if auto else doc.styles).addElement(st)
    return st


def cell_style(doc, font, name, kind, pt, bold=False, left=False, fill=None, border=True):
    st = Style(name=name, family='table-cell')
    kw = dict(padding='0.12cm', verticalalign='middle')
    if border:
        kw['border'] = '0.5pt solid #000000'
    if fill:
        kw['backgroundcolor'] = fill
    if kind == 'ods':
        kw['wrapoption'] = 'wrap'
    st.addElement(TableCellProperties(**kw))
    if kind == 'ods':
        st.addElement(ParagraphProperties(textalign='start' if left else 'center'))
        tk = dict(fontname=font, fontnameasian=font, fontsize=f'{pt}pt', fontsizeasian=f'{pt}pt')
        if bold:
            tk.update(fontweight='bold', fontweightasian='bold')
        st.addElement(TextProperties(**tk))
    doc.automaticstyles.addElement(st)
    return st


def grid_rows(t, g, cell_for, text_for):
    """TableRow elements for the grid: spanned cells, covered cells in the positions they cover."""
    n = len(t['cols'])
    covered = set()
    at = {}
    for r, c, x in TB.positions(g):
        at[(r, c)] = x
        for dr in range(x['rs']):
            for dc in range(x['cs']):
                if dr or dc:
                    covered.add((r + dr, c + dc))
    rows = []
    for r in range(len(g)):
        tr = TableRow()
        for c in range(n):
            if (r, c) in covered:
                tr.addElement(CoveredTableCell())
                continue
            x = at[(r, c)]
            kw = {}
            if x['cs'] > 1:
                kw['numbercolumnsspanned'] = x['cs']
            if x['rs'] > 1:
                kw['numberrowsspanned'] = x['rs']
            tc = cell_for(x, kw)
            if x['text']:
                ps = text_for(x)
                tc.addElement(P(stylename=ps, text=x['text']) if ps else P(text=x['text']))
            tr.addElement(tc)
        rows.append(tr)
    return rows


def odt(t, maker, out):
    font = FONTS[t['id']]
    pt = t.get('font_pt', 10.5)
    doc = OpenDocumentText()
    fonts(doc, font)
    pl = PageLayout(name='pm1')
    pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', printorientation='portrait',
                                       margintop='2.2cm', marginbottom='1.8cm', marginleft='2.4cm', marginright='2.4cm'))
    doc.automaticstyles.addElement(pl)
    foot_p = text_style(doc, font, 'Footer', 'paragraph', 9, align='center', auto=False)
    mp = MasterPage(name='Standard', pagelayoutname=pl)
    f = Footer()
    fp = P(stylename=foot_p, text='— ')
    fp.addElement(PageNumber(selectpage='current', text='1'))
    fp.addText(' —')
    f.addElement(fp)
    mp.addElement(f)
    doc.masterstyles.addElement(mp)
    title = text_style(doc, font, 'PTitle', 'paragraph', pt + 5, bold=True, align='center')
    body = text_style(doc, font, 'PBody', 'paragraph', pt, align='start')
    pc = text_style(doc, font, 'PCell', 'paragraph', pt, align='center')
    pl_ = text_style(doc, font, 'PCellL', 'paragraph', pt, align='start')
    pb = text_style(doc, font, 'PCellB', 'paragraph', pt, bold=True, align='center')
    doc.text.addElement(P(stylename=title, text=t['title']))
    for line in t.get('lines', []):
        doc.text.addElement(P(stylename=body, text=line))
    tst = Style(name='Tab1', family='table')
    tst.addElement(TableProperties(width='16.2cm', align='center'))
    doc.automaticstyles.addElement(tst)
    cs_plain = cell_style(doc, font, 'C1', 'odt', pt)
    cs_head = cell_style(doc, font, 'C2', 'odt', pt, fill='#d9e2f3')
    tab = Table(name='绩效指标表', stylename=tst)
    for j, w in enumerate(t['widths']):
        cst = Style(name=f'Col{j}', family='table-column')
        cst.addElement(TableColumnProperties(columnwidth=f'{16.2 * w / sum(t["widths"]):.2f}cm'))
        doc.automaticstyles.addElement(cst)
        tab.addElement(TableColumn(stylename=cst))
    g, h0, b0 = TB.grid(t, maker)
    for tr in grid_rows(t, g, lambda x, kw: TableCell(stylename=cs_head if x['kind'] == 'head' else cs_plain, **kw),
                        lambda x: pb if x['bold'] else (pl_ if x['left'] else pc)):
        tab.addElement(tr)
    doc.text.addElement(tab)
    post = text_style(doc, font, 'PPost', 'paragraph', pt, align='end')
    for line in t.get('post', []):
        doc.text.addElement(P(stylename=post, text=line))
    doc.save(out)


def ods(t, maker, out):
    font = FONTS[t['id']]
    pt = t.get('font_pt', 10.5) - 0.5
    doc = OpenDocumentSpreadsheet()
    fonts(doc, font)
    pl = PageLayout(name='pm1')
    pl.addElement(PageLayoutProperties(pagewidth='29.7cm', pageheight='21cm', printorientation='landscape',
                                       margintop='1.6cm', marginbottom='1.5cm', marginleft='1.8cm',
                                       marginright='1.8cm', printpageorder='ttb', print='objects charts drawings'))
    doc.automaticstyles.addElement(pl)
    hp = text_style(doc, font, 'HeadP', 'paragraph', 8, align='end')
    fp = text_style(doc, font, 'FootP', 'paragraph', 8, align='center')
    mp = MasterPage(name='Default', pagelayoutname=pl)
    h = Header()
    h.addElement(P(stylename=hp, text=t['dept']))
    mp.addElement(h)
    f = Footer()
    p = P(stylename=fp, text='第 ')
    p.addElement(PageNumber(selectpage='current', text='1'))
    p.addText(' 页，共 ')
    p.addElement(PageCount(text='1'))
    p.addText(' 页')
    f.addElement(p)
    mp.addElement(f)
    doc.masterstyles.addElement(mp)
    tst = Style(name='ta1', family='table', masterpagename='Default')
    tst.addElement(TableProperties(display='true'))
    doc.automaticstyles.addElement(tst)
    total = 25.8
    tab = Table(name='绩效目标', stylename=tst)
    for j, w in enumerate(t['widths']):
        cst = Style(name=f'co{j}', family='table-column')
        cst.addElement(TableColumnProperties(columnwidth=f'{total * w / sum(t["widths"]):.2f}cm'))
        doc.automaticstyles.addElement(cst)
        tab.addElement(TableColumn(stylename=cst))
    n = len(t['cols'])
    line_cs = cell_style(doc, font, 'cl', 'ods', pt, left=True, border=False)
    title_cs = cell_style(doc, font, 'ct', 'ods', pt + 6, bold=True, border=False)
    row_cache = {}

    def row_style(cm):
        if cm not in row_cache:
            st = Style(name=f'ro{len(row_cache)}', family='table-row')
            st.addElement(TableRowProperties(rowheight=f'{cm:.2f}cm', useoptimalrowheight='false'))
            doc.automaticstyles.addElement(st)
            row_cache[cm] = st
        return row_cache[cm]

    def text_row(text, cs, cm):
        tr = TableRow(stylename=row_style(cm))
        tc = TableCell(stylename=cs, numbercolumnsspanned=n, valuetype='string')
        tc.addElement(P(text=text))
        tr.addElement(tc)
        for _ in range(n - 1):
            tr.addElement(CoveredTableCell())
        tab.addElement(tr)

    text_row(t['title'], title_cs, 1.3)
    for line in t.get('lines', []):
        text_row(line, line_cs, 0.55 * (1 + len(line) // 70) + 0.15)
    styles = {}

    def cs_for(x):
        key = (x['kind'] == 'head', x['bold'], x['left'])
        if key not in styles:
            styles[key] = cell_style(doc, font, f'ce{len(styles)}', 'ods', pt, bold=x['bold'], left=x['left'],
                                     fill='#fce4d6' if key[0] else None)
        return styles[key]

    g, h0, b0 = TB.grid(t, maker)
    rows = grid_rows(t, g, lambda x, kw: TableCell(stylename=cs_for(x), valuetype='string', **kw), lambda x: None)
    hdr = TableHeaderRows()
    for i, tr in enumerate(rows):
        tr.setAttribute('stylename', row_style(1.05 if i >= b0 else 0.75))
        if h0 <= i < b0:
            hdr.addElement(tr)
            if i == b0 - 1:
                tab.addElement(hdr)
        else:
            tab.addElement(tr)
    for line in t.get('post', []):
        text_row(line, line_cs, 0.7)
    doc.spreadsheet.addElement(tab)
    doc.save(out)


if __name__ == '__main__':
    tid, maker, out = sys.argv[1:4]
    t = TB.by_id()[tid]
    (odt if maker.endswith('odt') else ods)(t, maker, out)
