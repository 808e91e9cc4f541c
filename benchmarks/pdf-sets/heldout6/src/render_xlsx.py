# -*- coding: utf-8 -*-
"""xlsx (openpyxl) for LibreOffice to print: merged cells, wrap, borders, print setup."""
import math

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

import tables as TB

THIN = Side(style='thin', color='000000')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FONT = 'Noto Sans CJK SC'


def text_len(s):
    return sum(1.0 if ord(ch) > 0x2000 else 0.55 for ch in s or '')


def lines_needed(text, width_units, pt):
    per_line = max(1.0, width_units * 5.6 / pt - 0.6)
    n = 0
    for part in (text or '').split('\n'):
        n += max(1, math.ceil(text_len(part) / per_line))
    return n


def render(t, path):
    keys = [c[0] for c in t['cols']]
    n = len(keys)
    total = 118 if t.get('landscape') else 80
    wsum = sum(c[2] for c in t['cols'])
    widths = [total * c[2] / wsum for c in t['cols']]
    pt = t.get('font_pt', 10.5)
    line_h = pt * 1.45

    wb = Workbook()
    ws = wb.active
    ws.title = t['id']
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    r = 1

    def put_line(text, bold=False, size=None, align='left', height=None):
        nonlocal r
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        c = ws.cell(row=r, column=1, value=text)
        c.font = Font(name=FONT, bold=bold, size=size or pt)
        c.alignment = Alignment(horizontal=align, vertical='center', wrap_text=True)
        ws.row_dimensions[r].height = height or line_h * lines_needed(text, total, size or pt) + 4
        r += 1

    put_line(t['title'], bold=True, size=pt + 6, align='center', height=(pt + 6) * 2)
    for left, right in t.get('pre', []):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n - 1)
        c = ws.cell(row=r, column=1, value=left)
        c.font = Font(name=FONT, size=pt)
        c2 = ws.cell(row=r, column=n, value=right)
        c2.font = Font(name=FONT, size=pt)
        c2.alignment = Alignment(horizontal='right')
        ws.row_dimensions[r].height = line_h + 4
        r += 1
    for line in t.get('pre_lines', []):
        put_line(line)

    head_rows = None
    for k, (project, block, rs) in enumerate(TB.parts(t)):
        if k:
            r += 1
        g, _, body_start, nhead = TB.grid(t, block, rs)
        placed = TB.place(g, n)
        top = r
        heights = [1] * len(g)
        for (gr, gc, cell) in placed:
            w = sum(widths[gc:gc + cell['cs']])
            need = lines_needed(cell['text'], w, pt)
            if cell['rs'] == 1:
                heights[gr] = max(heights[gr], need)
            else:  # spread over the rows it spans
                per = math.ceil(need / cell['rs'])
                for d in range(cell['rs']):
                    heights[gr + d] = max(heights[gr + d], per)
        for (gr, gc, cell) in placed:
            R, C = top + gr, gc + 1
            c = ws.cell(row=R, column=C, value=cell['text'] or None)
            bold = cell['kind'] == 'head' or (cell['kind'] == 'block' and cell['align'] == 'C' and gc == 0)
            c.font = Font(name=FONT, size=pt, bold=bold)
            v = t.get('valign', 'middle') if cell.get('cat') else 'middle'
            c.alignment = Alignment(horizontal='left' if cell['align'] == 'L' else 'center',
                                    vertical={'middle': 'center', 'top': 'top'}[v], wrap_text=True)
            for dr in range(cell['rs']):
                for dc in range(cell['cs']):
                    ws.cell(row=R + dr, column=C + dc).border = BOX
            if cell['rs'] > 1 or cell['cs'] > 1:
                ws.merge_cells(start_row=R, start_column=C, end_row=R + cell['rs'] - 1, end_column=C + cell['cs'] - 1)
        for i, h in enumerate(heights):
            ws.row_dimensions[top + i].height = line_h * h + 6
        if head_rows is None and nhead:
            head_rows = (top + body_start - nhead, top + body_start - 1)
        r = top + len(g)

    r += 0
    for line in t.get('post', []):
        put_line(line)

    ps = ws.page_setup
    ps.paperSize = ws.PAPERSIZE_A4
    ps.orientation = 'landscape' if t.get('landscape') else 'portrait'
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ps.fitToWidth = 1
    ps.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    if t.get('page_footer') == 'pages':
        ws.oddFooter.center.text = '第 &P 页 共 &N 页'
        ws.oddFooter.center.size = 9
    if t.get('page_header'):
        ws.oddHeader.center.text = t['page_header']
    if t.get('repeat_head') is False and head_rows:
        # the xlsx of a long table repeats its header row on every printed page
        ws.print_title_rows = f'{head_rows[0]}:{head_rows[1]}'
    wb.save(path)
