# -*- coding: utf-8 -*-
"""An old-format .xls (BIFF8, xlwt) for LibreOffice Calc --convert-to pdf: ZA15, title and one
text line in merged rows, merged category cells with thin borders, no fill, 宋体 10pt, the sheet
name as page header and 第 &P 页 footer (Calc's header/footer strings)."""
import math

import xlwt

import tables as TB


def text_width(s):
    return sum(1.0 if ord(ch) > 0x2E80 else 0.55 for ch in s or '')


def render(t, path, maker):
    pt = 10
    wb = xlwt.Workbook(encoding='utf-8')
    ws = wb.add_sheet('河湖长制')
    widths = [92 * w / sum(t['widths']) for w in t['widths']]
    n = len(widths)
    for i, w in enumerate(widths):
        ws.col(i).width = int(w * 256)

    def style(bold=False, left=False, border=True, size=pt, wrap=True):
        st = xlwt.XFStyle()
        f = xlwt.Font()
        f.name = '宋体'
        f.height = int(size * 20)
        f.bold = bold
        st.font = f
        al = xlwt.Alignment()
        al.horz = xlwt.Alignment.HORZ_LEFT if left else xlwt.Alignment.HORZ_CENTER
        al.vert = xlwt.Alignment.VERT_CENTER
        al.wrap = 1 if wrap else 0
        st.alignment = al
        if border:
            b = xlwt.Borders()
            b.left = b.right = b.top = b.bottom = xlwt.Borders.THIN
            st.borders = b
        return st

    def height(r, pts):
        row = ws.row(r)
        row.height_mismatch = True
        row.height = int(pts * 20)

    def chars(c0, cs):
        return sum(widths[c0:c0 + cs]) * 11.0 / (pt * 2.0)

    r = 0
    ws.write_merge(r, r, 0, n - 1, t['title'], style(True, border=False, size=16))
    height(r, 30)
    r += 1
    for line in t.get('lines', []):
        ws.write_merge(r, r, 0, n - 1, line, style(left=True, border=False))
        height(r, 20)
        r += 1
    g, h0, b0 = TB.grid(t, maker)
    top = r
    need = [1] * len(g)
    for gr, gc, x in TB.positions(g):
        k = max(1, math.ceil(text_width(x['text']) / max(1.0, chars(gc, x['cs']) - 1.0)))
        for d in range(x['rs']):
            need[gr + d] = max(need[gr + d], math.ceil(k / x['rs']))
    for gr, gc, x in TB.positions(g):
        st = style(bold=x['bold'], left=x['left'])
        R = top + gr
        if x['rs'] > 1 or x['cs'] > 1:
            ws.write_merge(R, R + x['rs'] - 1, gc, gc + x['cs'] - 1, x['text'], st)
        else:
            ws.write(R, gc, x['text'], st)
    for i, k in enumerate(need):
        height(top + i, pt * 1.5 * k + 8)
    r = top + len(g)
    for line in t.get('post', []):
        ws.write_merge(r, r, 0, n - 1, line, style(left=True, border=False))
        height(r, 22)
        r += 1
    ws._Worksheet__header_str = '&L&A'      # (xlwt's setter only takes bytes it cannot decode)
    ws._Worksheet__footer_str = '第 &P 页'
    ws.paper_size_code = 9          # A4
    ws.portrait = 1
    ws.fit_num_pages = 1
    ws.fit_width_to_pages = 1
    ws.fit_height_to_pages = 0
    wb.save(path)
