# -*- coding: utf-8 -*-
"""xlsx (openpyxl) for LibreOffice Calc --convert-to pdf: Z907, a landscape self-evaluation table
(绩效自评表) with the money block and the 年度总体目标 预期/实际 block inside the grid, merged
category cells, a 总分 row, thin borders, wrap, fit to one page wide, footer 第 &P 页."""
import math

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

import tables as TB

FONT = '宋体'
THIN = Side(style='thin', color='000000')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill('solid', fgColor='DDEBF7')


def text_width(s):
    return sum(1.0 if ord(ch) > 0x2E80 else 0.55 for ch in s or '')


def render(t, path):
    pt = t.get('font_pt', 10.5)
    wb = Workbook()
    ws = wb.active
    ws.title = '自评表'
    total = 150 if t.get('landscape') else 95
    widths = [total * w / sum(t['widths']) for w in t['widths']]
    n = len(widths)
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w

    def chars(c0, cs):
        return sum(widths[c0:c0 + cs]) * 11.0 / (pt * 2.0)

    r = 1

    def line(text, size, bold=False, align='left'):
        nonlocal r
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        c = ws.cell(row=r, column=1, value=text)
        c.font = Font(name=FONT, size=size, bold=bold)
        c.alignment = Alignment(horizontal=align, vertical='center', wrap_text=True)
        ws.row_dimensions[r].height = size * 1.6 + 6
        r += 1

    line(t['title'], pt + 7, True, 'center')
    for left, _right in t.get('above', []):
        line(left, pt, False, 'center')
    for text in t.get('lines', []):
        line(text, pt)
    g, h0, b0 = TB.grid(t, 'libreoffice-xlsx')
    top = r
    need = [1] * len(g)
    for gr, gc, x in TB.positions(g):
        k = max(1, math.ceil(text_width(x['text']) / max(1.0, chars(gc, x['cs']) - 1.0)))
        for d in range(x['rs']):
            need[gr + d] = max(need[gr + d], math.ceil(k / x['rs']))
    for gr, gc, x in TB.positions(g):
        R, C = top + gr, gc + 1
        c = ws.cell(row=R, column=C, value=x['text'] or None)
        c.font = Font(name=FONT, size=pt, bold=x['bold'])
        c.alignment = Alignment(horizontal='left' if x['left'] else 'center', vertical='center', wrap_text=True)
        if x['kind'] == 'head':
            c.fill = GREY
        for dr in range(x['rs']):
            for dc in range(x['cs']):
                ws.cell(row=R + dr, column=C + dc).border = BOX
        if x['rs'] > 1 or x['cs'] > 1:
            ws.merge_cells(start_row=R, start_column=C, end_row=R + x['rs'] - 1, end_column=C + x['cs'] - 1)
    for i, k in enumerate(need):
        ws.row_dimensions[top + i].height = pt * 1.45 * k + 8
    r = top + len(g)
    for text in t.get('post', []):
        line(text, pt)
    ps = ws.page_setup
    ps.paperSize = ws.PAPERSIZE_A4
    ps.orientation = 'landscape' if t.get('landscape') else 'portrait'
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ps.fitToWidth, ps.fitToHeight = 1, 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top, ws.page_margins.bottom = 0.7, 0.7
    ws.oddFooter.center.text = '第 &P 页'
    ws.oddFooter.center.size = 9
    wb.save(path)
