# -*- coding: utf-8 -*-
"""xlsx (openpyxl) for LibreOffice Calc --convert-to pdf: the self-evaluation table a page offers
as its attachment, saved as .xlsx.
ZB07: portrait, 宋体 10pt, fit to one page wide: title, （2024年度）, the money block and 年度总体目标
      inside the grid above the header row, 总分 row, sign-off line;
ZB13: landscape, 仿宋 11pt, tall rows: title and two text lines in merged rows, header row as
      Calc print title (repeated on page 2), 合计 row, two text lines below, `第 &P 页 共 &N 页`."""
import math

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

import tables as TB

CONF = {'ZB07': dict(font='宋体', pt=10, fill='DDEBF7', sheet='自评表', landscape=False, body_extra=6),
        'ZB13': dict(font='仿宋', pt=11, fill='FCE4D6', sheet='Sheet1', landscape=True, body_extra=30)}
THIN = Side(style='thin', color='000000')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def text_width(s):
    return sum(1.0 if ord(ch) > 0x2E80 else 0.55 for ch in s or '')


def render(t, path, maker):
    cf = CONF[t['id']]
    pt, font = cf['pt'], cf['font']
    wb = Workbook()
    ws = wb.active
    ws.title = cf['sheet']
    total = 150 if cf['landscape'] else 100
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
        c.font = Font(name=font, size=size, bold=bold)
        c.alignment = Alignment(horizontal=align, vertical='center', wrap_text=True)
        k = max(1, math.ceil(text_width(text) / (chars(0, n) - 2)))
        ws.row_dimensions[r].height = (size * 1.5) * k + 6
        r += 1

    line(t['title'], pt + 6, True, 'center')
    for left, _right in t.get('above', []):
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
    fill = PatternFill('solid', fgColor=cf['fill'])
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
    for i, k in enumerate(need):
        ws.row_dimensions[top + i].height = pt * 1.45 * k + (cf['body_extra'] if i >= b0 else 8)
    r = top + len(g)
    for text in t.get('post', []):
        line(text, pt)
    ps = ws.page_setup
    ps.paperSize = ws.PAPERSIZE_A4
    ps.orientation = 'landscape' if cf['landscape'] else 'portrait'
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ps.fitToWidth, ps.fitToHeight = 1, 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top, ws.page_margins.bottom = 0.75, 0.75
    if t['id'] == 'ZB13':
        ws.print_title_rows = f'{top + h0}:{top + b0 - 1}'
        ws.oddFooter.center.text = '第 &P 页 共 &N 页'
        ws.oddFooter.center.size = 9
    wb.save(path)
