# -*- coding: utf-8 -*-
"""xlsx (openpyxl) for LibreOffice Calc --convert-to pdf.
ZA01: header block inside the grid (项目资金 merged over three rows), 指标解释 column, portrait,
      fit to one page wide;
ZA04: title and three text lines in merged rows, 序号, 12pt, tall rows: the table runs onto a
      second page; the header row is a print title (repeated on page 2); categories merged and
      cut by the page break; footer 第 &P 页 共 &N 页;
ZA06: landscape self-evaluation table (money block, 年度总体目标 预期/实际 inside the grid, 总分 row)."""
import math

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

import tables as TB

FONTS = {'ZA01': '宋体', 'ZA04': '仿宋', 'ZA06': '宋体'}
THIN = Side(style='thin', color='000000')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FILLS = {'ZA01': 'F2F2F2', 'ZA04': 'DDEBF7', 'ZA06': 'E2EFDA'}


def text_width(s):
    return sum(1.0 if ord(ch) > 0x2E80 else 0.55 for ch in s or '')


def render(t, path, maker):
    pt = t.get('font_pt', 10.5)
    font = FONTS[t['id']]
    wb = Workbook()
    ws = wb.active
    ws.title = {'ZA06': '自评表', 'ZA04': '绩效目标', 'ZA01': 'Sheet1'}[t['id']]
    total = 150 if t.get('landscape') else 92
    widths = [total * w / sum(t['widths']) for w in t['widths']]
    n = len(widths)
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w

    def chars(c0, cs):
        return sum(widths[c0:c0 + cs]) * 11.0 / (pt * 2.0)

    r = 1

    def line(text, size, bold=False, align='left', border=False):
        nonlocal r
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        c = ws.cell(row=r, column=1, value=text)
        c.font = Font(name=font, size=size, bold=bold)
        c.alignment = Alignment(horizontal=align, vertical='center', wrap_text=True)
        k = max(1, math.ceil(text_width(text) / (chars(0, n) - 2)))
        ws.row_dimensions[r].height = (size * 1.5) * k + 6
        r += 1

    line(t['title'], pt + 7, True, 'center')
    for left, right in t.get('above', []):
        if right:
            ws.cell(row=r, column=1, value=left).font = Font(name=font, size=pt)
            c = ws.cell(row=r, column=n, value=right)
            c.font = Font(name=font, size=pt)
            c.alignment = Alignment(horizontal='right')
            ws.row_dimensions[r].height = pt * 1.8
            r += 1
        else:
            line(left, pt, False, 'center')
    for text in t.get('lines', []):
        line(text, pt)
    g, h0, b0 = TB.grid(t, maker)
    top = r
    need = [1] * len(g)
    for gr, gc, x in TB.positions(g):
        k = max(1, math.ceil(text_width(x['text']) / max(1.0, chars(gc, x['cs']) - 1.0)))
        for d in range(x['rs']):
            need[gr + d] = max(need[gr + d], math.ceil(k / x['rs']))
    fill = PatternFill('solid', fgColor=FILLS[t['id']])
    for gr, gc, x in TB.positions(g):
        R, C = top + gr, gc + 1
        c = ws.cell(row=R, column=C, value=x['text'] or None)
        c.font = Font(name=font, size=pt, bold=x['bold'])
        c.alignment = Alignment(horizontal='left' if x['left'] else 'center', vertical='center', wrap_text=True)
        if x['kind'] == 'head':
            c.fill = fill
        for dr in range(x['rs']):
            for dc in range(x['cs']):
                ws.cell(row=R + dr, column=C + dc).border = BOX
        if x['rs'] > 1 or x['cs'] > 1:
            ws.merge_cells(start_row=R, start_column=C, end_row=R + x['rs'] - 1, end_column=C + x['cs'] - 1)
    extra = t.get('xlsx_row_pt', 8)
    for i, k in enumerate(need):
        ws.row_dimensions[top + i].height = pt * 1.45 * k + (extra if i >= b0 else 8)
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
    ws.page_margins.top, ws.page_margins.bottom = 0.75, 0.75
    if t['id'] == 'ZA04':
        ws.print_title_rows = f'{top + h0}:{top + b0 - 1}'
        ws.oddFooter.center.text = '第 &P 页 共 &N 页'
    elif t['id'] == 'ZA06':
        ws.oddFooter.center.text = '第 &P 页'
    ws.oddFooter.center.size = 9
    wb.save(path)
