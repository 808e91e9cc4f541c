# -*- coding: utf-8 -*-
"""xlsx (openpyxl) for LibreOffice Calc --convert-to pdf, as departments send their tables.
(Adapted from set 11's render_xlsx.py.)  Per PDF (ID-maker):
  (Calc prints a width unit at about 8.3pt: 62 units fill an A4 portrait page at 100%.)
  ZC01 libreoffice-xlsx-titles  portrait, 宋体 10.5pt, fit to one page wide (about 84%), the header block inside the
                                grid, the header row as Calc print title (repeated), `第 &P 页 共 &N 页`
  ZC02 libreoffice-xlsx-plain   portrait, 100%, no print title (header on page 1 only), 序号 and 备注
  ZC03 libreoffice-xlsx-fit     landscape, grid wider than the page, fit to one page wide (about 70%:
                                text prints at 7pt), money block and 年度总体目标 inside the grid
  ZC06 libreoffice-xlsx-titles  portrait, fit to width, 指标方向/计算符号/指标值/计量单位, print title
  ZC08 libreoffice-xlsx-fit     landscape, fit to width (about 80%: 8pt), 指标解释 and 评（扣）分标准
  ZC09 libreoffice-xlsx-plain   a system export: no cell borders, Calc's grid lines printed, categories
                                on every row, no print title, sheet name and page in the header/footer
  ZC11 gs-libreoffice           portrait, 仿宋 11pt, fit to width, 合计 row (then re-distilled by gs)
Row heights are set from the text's estimated wrapped lines plus a per-table padding (body_extra)."""
import math

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

import tables as TB

CONF = {
    ('ZC01', 'libreoffice-xlsx-titles'): dict(font='宋体', pt=10.5, fill='DDEBF7', sheet='部门整体绩效目标', body_extra=12,
                                              landscape=False, total=75, fit=True, titles=True,
                                              footer='第 &P 页 共 &N 页'),
    ('ZC02', 'libreoffice-xlsx-plain'): dict(font='宋体', pt=10, fill='E2EFDA', sheet='绩效目标表', body_extra=8,
                                             landscape=False, total=62, fit=False, titles=False),
    ('ZC03', 'libreoffice-xlsx-fit'): dict(font='宋体', pt=10, fill='FFF2CC', sheet='自评表',
                                           body_extra=6,
                                           landscape=True, total=132, fit=True, titles=False),
    ('ZC06', 'libreoffice-xlsx-titles'): dict(font='仿宋', pt=11, fill='D9D9D9', sheet='Sheet1', body_extra=14,
                                              landscape=False, total=80, fit=True, titles=True,
                                              footer='第 &P 页'),
    ('ZC08', 'libreoffice-xlsx-fit'): dict(font='宋体', pt=10, fill='EDEDED', sheet='绩效目标', body_extra=8,
                                           landscape=True, total=116, fit=True, titles=False),
    ('ZC09', 'libreoffice-xlsx-plain'): dict(font='等线', pt=10, fill=None, sheet='项目绩效目标导出', body_extra=5,
                                             landscape=False, total=62, fit=False, titles=False,
                                             borders=False, grid=True, header='&A', footer='&P'),
    ('ZC11', 'gs-libreoffice'): dict(font='仿宋', pt=11, fill='FCE4D6', sheet='自评表',
                                     body_extra=8,
                                     landscape=False, total=80, fit=True, titles=False),
}
THIN = Side(style='thin', color='000000')
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
        # Calc prints a width unit of these files at about 8.3pt (measured on ZC02 at 100%); a line of
        # CJK text in a cell holds about 7pt of it per unit (cell padding, punctuation)
        return sum(widths[c0:c0 + cs]) * 7.0 / pt - 1.0

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
        line(left, pt, False, 'center' if left.startswith('（') else 'left')
    for text in t.get('lines', []):
        line(text, pt)
    g, h0, b0 = TB.grid(t, maker)
    top = r
    borders = cf.get('borders', True)
    fill = PatternFill('solid', fgColor=cf['fill']) if cf['fill'] else None
    need = [1] * len(g)
    for gr, gc, x in TB.positions(g):
        R, C = top + gr, gc + 1
        c = ws.cell(row=R, column=C, value=x['text'] or None)
        c.font = Font(name=font, size=pt, bold=x['bold'])
        c.alignment = Alignment(horizontal='left' if x['left'] else 'center', vertical='center', wrap_text=True)
        if x['kind'] == 'head' and fill:
            c.fill = fill
        if borders:
            for dr in range(x['rs']):
                for dc in range(x['cs']):
                    ws.cell(row=R + dr, column=C + dc).border = BOX
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
        ps.fitToWidth, ps.fitToHeight = 1, 0
    ws.print_options.horizontalCentered = True
    ws.print_options.gridLines = cf.get('grid', False)
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top, ws.page_margins.bottom = 0.75, 0.75
    if cf['titles']:
        ws.print_title_rows = f'{top + h0}:{top + b0 - 1}'
    if cf.get('header'):
        ws.oddHeader.center.text = cf['header']
        ws.oddHeader.center.size = 9
    if cf.get('footer'):
        ws.oddFooter.center.text = cf['footer']
        ws.oddFooter.center.size = 9
    wb.save(path)
