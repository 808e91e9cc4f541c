# -*- coding: utf-8 -*-
"""OpenDocument files written with odfpy (private venv), printed by LibreOffice:
  libreoffice-odt (Z903): a Writer text document, the indicator table with merged category cells
                          (table:number-rows-spanned + covered cells), header row shaded, page footer;
  libreoffice-ods (Z906): a Calc sheet, merged category cells, the header row in
                          table:table-header-rows (printed again on every page), page header with
                          the running title and a footer with 第 N 页 / 共 M 页.
    python render_odf.py ID MAKER OUT.odt|OUT.ods"""
import sys

from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import (FontFace, Footer, Header, MasterPage, PageLayout, PageLayoutProperties,
                       ParagraphProperties, Style, TableCellProperties, TableColumnProperties,
                       TableProperties, TableRowProperties, TextProperties)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import P, PageCount, PageNumber

import tables as TB

FONT = 'Noto Serif CJK SC'


def fonts(doc, name):
    doc.fontfacedecls.addElement(FontFace(name=name, fontfamily=f"'{name}'", fontfamilygeneric='roman',
                                          fontpitch='variable'))


def text_style(doc, name, family, size, bold=False, align=None, auto=True):
    st = Style(name=name, family=family)
    kw = dict(fontname=FONT, fontnameasian=FONT, fontsize=f'{size}pt', fontsizeasian=f'{size}pt')
    if bold:
        kw.update(fontweight='bold', fontweightasian='bold')
    st.addElement(TextProperties(**kw))
    if align:
        st.addElement(ParagraphProperties(textalign=align, marginbottom='0.1cm'))
    (doc.automaticstyles if auto else doc.styles).addElement(st)
    return st


def cell_style(doc, name, family_props, pt, bold=False, left=False, fill=None, border=True):
    st = Style(name=name, family='table-cell')
    kw = dict(padding='0.1cm', verticalalign='middle')
    if border:
        kw['border'] = '0.5pt solid #000000'
    if fill:
        kw['backgroundcolor'] = fill
    if family_props == 'ods':
        kw['wrapoption'] = 'wrap'
    st.addElement(TableCellProperties(**kw))
    if family_props == 'ods':
        st.addElement(ParagraphProperties(textalign='start' if left else 'center'))
        tk = dict(fontname=FONT, fontnameasian=FONT, fontsize=f'{pt}pt', fontsizeasian=f'{pt}pt')
        if bold:
            tk.update(fontweight='bold', fontweightasian='bold')
        st.addElement(TextProperties(**tk))
    doc.automaticstyles.addElement(st)
    return st


def grid_rows(t, maker, g, cell_for, text_for):
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
    pt = t.get('font_pt', 10.5)
    doc = OpenDocumentText()
    fonts(doc, FONT)
    pl = PageLayout(name='pm1')
    pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', printorientation='portrait',
                                       margintop='2cm', marginbottom='1.6cm', marginleft='2.2cm', marginright='2.2cm'))
    doc.automaticstyles.addElement(pl)
    foot_p = text_style(doc, 'Footer', 'paragraph', 9, align='center', auto=False)
    mp = MasterPage(name='Standard', pagelayoutname=pl)
    f = Footer()
    fp = P(stylename=foot_p, text='第 ')
    fp.addElement(PageNumber(selectpage='current', text='1'))
    fp.addText(' 页')
    f.addElement(fp)
    mp.addElement(f)
    doc.masterstyles.addElement(mp)
    title = text_style(doc, 'PTitle', 'paragraph', pt + 6, bold=True, align='center')
    body = text_style(doc, 'PBody', 'paragraph', pt, align='start')
    pc = text_style(doc, 'PCell', 'paragraph', pt, align='center')
    pl_ = text_style(doc, 'PCellL', 'paragraph', pt, align='start')
    pb = text_style(doc, 'PCellB', 'paragraph', pt, bold=True, align='center')
    doc.text.addElement(P(stylename=title, text=t['title']))
    for line in t.get('lines', []):
        doc.text.addElement(P(stylename=body, text=line))
    tst = Style(name='Tab1', family='table')
    tst.addElement(TableProperties(width='16.6cm', align='center'))
    doc.automaticstyles.addElement(tst)
    cs_plain = cell_style(doc, 'C1', 'odt', pt)
    cs_head = cell_style(doc, 'C2', 'odt', pt, fill='#e7e6e6')
    tab = Table(name='绩效指标', stylename=tst)
    for j, w in enumerate(t['widths']):
        cst = Style(name=f'Col{j}', family='table-column')
        cst.addElement(TableColumnProperties(columnwidth=f'{16.6 * w / sum(t["widths"]):.2f}cm'))
        doc.automaticstyles.addElement(cst)
        tab.addElement(TableColumn(stylename=cst))
    g, h0, b0 = TB.grid(t, maker)
    rows = grid_rows(t, maker, g,
                     lambda x, kw: TableCell(stylename=cs_head if x['kind'] == 'head' else cs_plain, **kw),
                     lambda x: pb if x['bold'] else (pl_ if x['left'] else pc))
    for i, tr in enumerate(rows):
        tab.addElement(tr)
    doc.text.addElement(tab)
    for line in t.get('post', []):
        doc.text.addElement(P(stylename=text_style(doc, 'PPost', 'paragraph', pt, align='end'), text=line))
    doc.save(out)


def ods(t, maker, out):
    pt = t.get('font_pt', 10.5) - 1.5
    doc = OpenDocumentSpreadsheet()
    fonts(doc, FONT)
    pl = PageLayout(name='pm1')
    pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', printorientation='portrait',
                                       margintop='1.5cm', marginbottom='1.5cm', marginleft='1.8cm',
                                       marginright='1.8cm', printpageorder='ttb', print='objects charts drawings'))
    doc.automaticstyles.addElement(pl)
    hp = text_style(doc, 'HeadP', 'paragraph', 8, align='start')
    fp = text_style(doc, 'FootP', 'paragraph', 8, align='center')
    mp = MasterPage(name='Default', pagelayoutname=pl)
    h = Header()
    h.addElement(P(stylename=hp, text=t['running'] + '　　' + t['date']))
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
    total = 17.2
    tab = Table(name='绩效目标表', stylename=tst)
    for j, w in enumerate(t['widths']):
        cst = Style(name=f'co{j}', family='table-column')
        cst.addElement(TableColumnProperties(columnwidth=f'{total * w / sum(t["widths"]):.2f}cm'))
        doc.automaticstyles.addElement(cst)
        tab.addElement(TableColumn(stylename=cst))
    n = len(t['cols'])
    line_cs = cell_style(doc, 'cl', 'ods', pt, left=True, border=False)
    title_cs = cell_style(doc, 'ct', 'ods', pt + 5, bold=True, border=False)
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

    text_row(t['title'], title_cs, 1.2)
    for line in t.get('lines', []):
        text_row(line, line_cs, 0.55 * (1 + len(line) // 44) + 0.15)
    styles = {}

    def cs_for(x):
        key = (x['kind'] == 'head', x['bold'], x['left'])
        if key not in styles:
            styles[key] = cell_style(doc, f'ce{len(styles)}', 'ods', pt, bold=x['bold'], left=x['left'],
                                     fill='#d9d9d9' if key[0] else None)
        return styles[key]

    g, h0, b0 = TB.grid(t, maker)
    rows = grid_rows(t, maker, g, lambda x, kw: TableCell(stylename=cs_for(x), valuetype='string', **kw),
                     lambda x: None)
    hdr = TableHeaderRows()
    for i, tr in enumerate(rows):
        tr.setAttribute('stylename', row_style(1.4 if i >= b0 else 0.9))
        if h0 <= i < b0:
            hdr.addElement(tr)
            if i == b0 - 1:
                tab.addElement(hdr)
        else:
            tab.addElement(tr)
    for line in t.get('post', []):
        text_row(line, line_cs, 0.6)
    doc.spreadsheet.addElement(tab)
    doc.save(out)


if __name__ == '__main__':
    tid, maker, out = sys.argv[1:4]
    t = TB.by_id()[tid]
    (odt if maker.endswith('odt') else ods)(t, maker, out)
