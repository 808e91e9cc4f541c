# -*- coding: utf-8 -*-
"""xlsx (openpyxl) as departments fill in their templates, for LibreOffice Calc --convert-to pdf
(a stand-in for Excel's / WPS's "export to PDF").  (Adapted from set 12's render_xlsx.py.)
The title block is merged across the top (the title; a row split into a left and a right part:
填报单位 … / 金额单位 …; text lines merged across), then the grid of tables.grid (categories merged
down, once across; block and tail rows inside the grid).  Calc prints a width unit of these files at
about 7pt (measured on ZD02 and ZD05 at 100%): 75 units fill an A4 portrait page, about 110 a
landscape one; wider grids are printed with fit to width.
Per PDF (ID-maker), see CONF:
  ZD01 libreoffice-xlsx-titles     portrait, fit to width, header row as print title, 页眉 file name (&F),
                                   页脚 第&P页 共&N页
  ZD02 libreoffice-xlsx-plain      portrait 100%, no print title, no header/footer, long 备注
  ZD03 libreoffice-xlsx-landscape  landscape, fit to width, two header rows as print titles, 页眉 &F, 页脚 第&P页 共&N页
  ZD04 libreoffice-xlsx-fitpage    landscape, fit to one page (width and height): the whole 自评表 on a page
  ZD04 gs-libreoffice              portrait, fit to width, print title, then re-distilled by Ghostscript
  ZD05 libreoffice-xlsx-grid       no cell borders, Calc's grid lines printed, 页眉 sheet name (&A), 页脚 第&P页 共&N页
  ZD06 libreoffice-xlsx-outline    borders only on the outside of the table, 100%
  ZD07 libreoffice-xlsx-titles     portrait, fit to width, print title, 页脚 &F and 第&P页 共&N页
  ZD08 libreoffice-xlsx-fitpage    portrait, fit to one page
  ZD09 libreoffice-xlsx-plain      landscape 100%, no print title, two-row header
  ZD10 libreoffice-xlsx-fit        portrait, fit to width, no print title, block and 合计/总分 inside the grid
  ZD11 libreoffice-xlsx-export     a system's export: categories on every row, no cell borders, grid lines
                                   printed, print title, 页脚 第&P页
Row heights are set from the text's estimated wrapped lines plus a per-table padding (body_extra)."""
import math

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

import tables as TB

P_OF_N = '第&P页 共&N页'
CONF = {
    ('ZD01', 'libreoffice-xlsx-titles'): dict(font='宋体', pt=11, fill='DDEBF7', sheet='部门整体', body_extra=10,
                                              landscape=False, total=90, fit='width', titles=True,
                                              header={'left': '&F'}, footer={'center': P_OF_N}),
    ('ZD02', 'libreoffice-xlsx-plain'): dict(font='宋体', pt=10, fill='F2F2F2', sheet='绩效目标表', body_extra=8,
                                             landscape=False, total=74, fit=None, titles=False),
    ('ZD03', 'libreoffice-xlsx-landscape'): dict(font='宋体', pt=10.5, fill='E2EFDA', sheet='申报表', body_extra=8,
                                                 landscape=True, total=130, fit='width', titles=True,
                                                 header={'right': '&F'}, footer={'center': P_OF_N}),
    ('ZD04', 'libreoffice-xlsx-fitpage'): dict(font='宋体', pt=10, fill='FFF2CC', sheet='自评表', body_extra=6,
                                               landscape=True, total=120, fit='page', titles=False),
    ('ZD04', 'gs-libreoffice'): dict(font='仿宋', pt=10.5, fill='EDEDED', sheet='Sheet1', body_extra=8,
                                     landscape=False, total=100, fit='width', titles=True,
                                     footer={'center': '第 &P 页，共 &N 页'}),
    ('ZD05', 'libreoffice-xlsx-grid'): dict(font='等线', pt=10.5, fill=None, sheet='食品抽检绩效目标', body_extra=6,
                                            landscape=False, total=72, fit=None, titles=False, borders='none',
                                            grid=True, header={'center': '&A'}, footer={'right': P_OF_N}),
    ('ZD06', 'libreoffice-xlsx-outline'): dict(font='宋体', pt=10.5, fill=None, sheet='Sheet1', body_extra=9,
                                               landscape=False, total=72, fit=None, titles=False, borders='outline'),
    ('ZD07', 'libreoffice-xlsx-titles'): dict(font='仿宋', pt=11, fill='D9E1F2', sheet='养老服务', body_extra=6,
                                              landscape=False, total=100, fit='width', titles=True,
                                              footer={'left': '&F', 'right': P_OF_N}),
    ('ZD08', 'libreoffice-xlsx-fitpage'): dict(font='宋体', pt=12, fill='FCE4D6', sheet='绩效目标', body_extra=14,
                                               landscape=False, total=70, fit='page', titles=False),
    ('ZD09', 'libreoffice-xlsx-plain'): dict(font='宋体', pt=11, fill='DDEBF7', sheet='绩效目标表', body_extra=7,
                                             landscape=True, total=108, fit=None, titles=False),
    ('ZD10', 'libreoffice-xlsx-fit'): dict(font='仿宋', pt=11, fill='E7E6E6', sheet='自评表', body_extra=8,
                                           landscape=False, total=96, fit='width', titles=False,
                                           footer={'center': '第&P页'}),
    ('ZD11', 'libreoffice-xlsx-export'): dict(font='Arial', pt=10, fill='BDD7EE', sheet='绩效目标', body_extra=5,
                                              landscape=False, total=74, fit=None, titles=True, borders='none',
                                              grid=True, footer={'center': '第&P页'}),
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
