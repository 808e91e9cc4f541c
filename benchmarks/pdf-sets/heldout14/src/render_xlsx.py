# -*- coding: utf-8 -*-
"""xlsx (openpyxl) as a budget system exports a table, for LibreOffice Calc --convert-to pdf.
(Set 13's render_xlsx.py, copied; only CONF is new.)  Title merged across the top, text lines merged
across, then the grid of tables.grid.  Calc prints a width unit of these files at about 7pt.
Per PDF (ID-maker), see CONF:
  ZE04 libreoffice-xlsx  the system's "导出Excel" of the self-evaluation table: landscape, fit to width,
                         block and 总分 inside the grid, all borders, header row filled, 页脚 第&P页 共&N页
  ZE12 libreoffice-xlsx  a system export: categories on every row, 序号, 计算符号/指标值/计量单位, no cell
                         borders and no grid lines (as exported), portrait 100%, no print title
Row heights are set from the text's estimated wrapped lines plus a per-table padding (body_extra)."""
import math

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

import tables as TB

P_OF_N = '第&P页 共&N页'
CONF = {
    ('ZE04', 'libreoffice-xlsx'): dict(font='宋体', pt=10, fill='D9E1F2', sheet='项目自评表', body_extra=6,
                                       landscape=True, total=120, fit='width', titles=False,
                                       footer={'center': P_OF_N}),
    ('ZE12', 'libreoffice-xlsx'): dict(font='Arial', pt=10, fill=None, sheet='Sheet0', body_extra=5,
                                       landscape=False, total=76, fit=None, titles=False, borders='none',
                                       grid=False),
}
THIN = Side(style='thin', color='000000')
MED = Side(style='medium', color='000000')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def text_width(s):
    return sum(1.0 if ord(ch) > 0x2E80 else 0.55 for ch in s or '')


def render(t, path, maker):
    cf = CONF[(t['id'], maker)]
    pt, font = cf['pt'], cf['font']
    wb = Workbook()
    ws = wb.active
    ws.title = cf['sheet']
    widths = [cf['total'] * w / sum(t['widths']) for w in t['widths']]
    n = len(widths)
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w

    def chars(c0, cs):
        # a line of CJK text in a cell holds about 7pt of Calc's 8.3pt a unit (cell padding, punctuation)
        return sum(widths[c0:c0 + cs]) * 7.0 / pt - 1.0

    r = 1

    def merged(row, c0, c1, text, size, bold=False, align='left'):
        ws.merge_cells(start_row=row, start_column=c0 + 1, end_row=row, end_column=c1)
        c = ws.cell(row=row, column=c0 + 1, value=text or None)
        c.font = Font(name=font, size=size, bold=bold)
        c.alignment = Alignment(horizontal=align, vertical='center', wrap_text=True)
        return max(1, math.ceil(text_width(text) / max(1.0, chars(c0, c1 - c0) - 2)))

    def line(text, size, bold=False, align='left'):
        nonlocal r
        k = merged(r, 0, n, text, size, bold, align)
        ws.row_dimensions[r].height = (size * 1.5) * k + 6
        r += 1

    line(t['title'], pt + 6, True, 'center')
    for left, right in t.get('above', []):
        if right:
            cut = max(c for c in range(1, n) if sum(widths[c:]) >= 0.28 * sum(widths))   # right part: about a third
            k = max(merged(r, 0, cut, left, pt), merged(r, cut, n, right, pt, align='right'))
            ws.row_dimensions[r].height = (pt * 1.5) * k + 6
            r += 1
        else:
            line(left, pt, False, 'center')
    for text in t.get('lines', []):
        line(text, pt)
    g, h0, b0 = TB.grid(t, maker)
    top = r
    borders = cf.get('borders', 'all')
    fill = PatternFill('solid', fgColor=cf['fill']) if cf['fill'] else None
    need = [1] * len(g)
    last = top + len(g) - 1
    for gr, gc, x in TB.positions(g):
        R, C = top + gr, gc + 1
        c = ws.cell(row=R, column=C, value=x['text'] or None)
        c.font = Font(name=font, size=pt, bold=x['bold'])
        c.alignment = Alignment(horizontal='left' if x['left'] else 'center', vertical='center', wrap_text=True)
        if x['kind'] == 'head' and fill:
            c.fill = fill
        for dr in range(x['rs']):
            for dc in range(x['cs']):
                cc = ws.cell(row=R + dr, column=C + dc)
                if borders == 'all':
                    cc.border = BOX
                elif borders == 'outline':
                    cc.border = Border(left=MED if C + dc == 1 else None, right=MED if C + dc == n else None,
                                       top=MED if R + dr == top else None, bottom=MED if R + dr == last else None)
        if x['rs'] > 1 or x['cs'] > 1:
            ws.merge_cells(start_row=R, start_column=C, end_row=R + x['rs'] - 1, end_column=C + x['cs'] - 1)
        k = max(1, math.ceil(text_width(x['text']) / max(1.0, chars(gc, x['cs']) - 1.0)))
        for d in range(x['rs']):
            need[gr + d] = max(need[gr + d], math.ceil(k / x['rs']))
    for i, k in enumerate(need):
        ws.row_dimensions[top + i].height = pt * 1.45 * k + (cf['body_extra'] if i >= b0 else 8)
    r = top + len(g)
    for text in t.get('post', []):
        line(text, pt)
    ps = ws.page_setup
    ps.paperSize = ws.PAPERSIZE_A4
    ps.orientation = 'landscape' if cf['landscape'] else 'portrait'
    if cf['fit']:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ps.fitToWidth, ps.fitToHeight = 1, (1 if cf['fit'] == 'page' else 0)
    ws.print_options.horizontalCentered = True
    ws.print_options.gridLines = cf.get('grid', False)
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top, ws.page_margins.bottom = 0.75, 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    if cf['titles']:
        ws.print_title_rows = f'{top + h0}:{top + b0 - 1}'
    for which, parts in (('oddHeader', cf.get('header', {})), ('oddFooter', cf.get('footer', {}))):
        hf = getattr(ws, which)
        for pos, text in parts.items():
            getattr(hf, pos).text = text
            getattr(hf, pos).size = 9
    wb.save(path)
