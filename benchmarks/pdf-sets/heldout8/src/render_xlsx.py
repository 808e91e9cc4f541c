# -*- coding: utf-8 -*-
"""xlsx workbooks (openpyxl) for LibreOffice --convert-to pdf: merged category cells, thin
borders, wrap, A4 fit to one page wide; a second sheet where the table has one (Z801: a money
sheet with no indicators; Z813: the second project); Z803 repeats its header row on each page."""
import math

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

import tables as TB

FONT = '宋体'
THIN = Side(style='thin', color='000000')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill('solid', fgColor='D9D9D9')


def width_of(s):
    return sum(1.0 if ord(ch) > 0x2E80 else 0.55 for ch in s or '')


def n_lines(text, col_chars):
    return max(1, math.ceil(width_of(text) / max(1.0, col_chars - 1.2)))


class Sheet:
    def __init__(self, ws, widths, pt):
        self.ws, self.widths, self.pt, self.r = ws, widths, pt, 1
        self.n = len(widths)
        for i, w in enumerate(widths):
            ws.column_dimensions[get_column_letter(i + 1)].width = w

    def chars(self, c0, cs, pt=None):
        # an Excel width unit is about one digit of the default 11pt font; a CJK glyph of `pt` is ~2 units at 11pt
        return sum(self.widths[c0:c0 + cs]) * 11.0 / ((pt or self.pt) * 2.0)

    def line(self, text, size=None, bold=False, align='left', start=0, span=None):
        span = span or self.n - start
        ws = self.ws
        if span > 1:
            ws.merge_cells(start_row=self.r, start_column=start + 1, end_row=self.r, end_column=start + span)
        c = ws.cell(row=self.r, column=start + 1, value=text)
        c.font = Font(name=FONT, size=size or self.pt, bold=bold)
        c.alignment = Alignment(horizontal=align, vertical='center', wrap_text=True)
        k = n_lines(text, self.chars(start, span, size))
        ws.row_dimensions[self.r].height = (size or self.pt) * 1.5 * k + 6
        self.r += 1

    def pair(self, left, right):
        ws = self.ws
        ws.merge_cells(start_row=self.r, start_column=1, end_row=self.r, end_column=self.n - 1)
        ws.cell(row=self.r, column=1, value=left).font = Font(name=FONT, size=self.pt)
        c = ws.cell(row=self.r, column=self.n, value=right or None)
        c.font = Font(name=FONT, size=self.pt)
        c.alignment = Alignment(horizontal='right')
        ws.row_dimensions[self.r].height = self.pt * 1.5 + 6
        self.r += 1

    def grid(self, g, h0, b0):
        ws, top = self.ws, self.r
        need = [1] * len(g)
        for gr, gc, x in TB.positions(g):
            k = n_lines(x['text'], self.chars(gc, x['cs']))
            if x['rs'] == 1:
                need[gr] = max(need[gr], k)
            else:
                for d in range(x['rs']):
                    need[gr + d] = max(need[gr + d], math.ceil(k / x['rs']))
        for gr, gc, x in TB.positions(g):
            R, C = top + gr, gc + 1
            c = ws.cell(row=R, column=C, value=x['text'] or None)
            c.font = Font(name=FONT, size=self.pt, bold=x['bold'])
            c.alignment = Alignment(horizontal='left' if x['left'] else 'center',
                                    vertical='top' if (x['cat'] and self.valign == 'top') else 'center',
                                    wrap_text=True)
            if x['kind'] == 'head':
                c.fill = GREY
            for dr in range(x['rs']):
                for dc in range(x['cs']):
                    ws.cell(row=R + dr, column=C + dc).border = BOX
            if x['rs'] > 1 or x['cs'] > 1:
                ws.merge_cells(start_row=R, start_column=C, end_row=R + x['rs'] - 1, end_column=C + x['cs'] - 1)
        for i, k in enumerate(need):
            ws.row_dimensions[top + i].height = self.pt * 1.45 * k + 7
        self.r = top + len(g)
        return top + h0, top + b0

    def setup(self, landscape=False):
        ws = self.ws
        ps = ws.page_setup
        ps.paperSize = ws.PAPERSIZE_A4
        ps.orientation = 'landscape' if landscape else 'portrait'
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ps.fitToWidth, ps.fitToHeight = 1, 0
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.45
        ws.page_margins.top, ws.page_margins.bottom = 0.75, 0.65


def indicator_sheet(ws, t, part, landscape):
    pt = t.get('font_pt', 10.5)
    unit = 125 if landscape else 86
    wsum = sum(t['widths'])
    sh = Sheet(ws, [unit * w / wsum for w in t['widths']], pt)
    sh.valign = t.get('valign', 'middle')
    project, block, rs = part
    sh.line(t['title'], size=pt + 6, bold=True, align='center')
    for left, right in t.get('above', []):
        sh.pair(left, right)
    for text in t.get('lines', []):
        sh.line(text)
    g, h0, b0 = TB.grid(t, block, rs, maker='libreoffice-xlsx')
    head_top, body_top = sh.grid(g, h0, b0)
    for text in t.get('post', []):
        sh.line(text)
    sh.setup(landscape)
    return sh, head_top, body_top


def render(t, path):
    wb = Workbook()
    land = bool(t.get('landscape'))
    for k, part in enumerate(TB.parts(t)):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = (t.get('sheet_names') or [t['id']])[k]
        sh, head_top, body_top = indicator_sheet(ws, t, part, land)
        if t['id'] == 'Z803':       # a long table: the header row printed again on every page
            ws.print_title_rows = f'{head_top}:{body_top - 1}'
            ws.oddHeader.left.text = t['running']
            ws.oddHeader.left.size = 9
            ws.oddFooter.center.text = '第 &P 页，共 &N 页'
            ws.oddFooter.center.size = 9
    if t.get('sheet2'):
        s2 = t['sheet2']
        ws = wb.create_sheet(s2['name'])
        sh = Sheet(ws, [7, 30, 9, 9, 14, 14], 10.5)
        sh.line(s2['title'], size=14, bold=True, align='center')
        sh.pair('单位：澄川县水利局', '单位：万元')
        g = [[TB.cell(h, opts='B', kind='head') for h in s2['head']]]
        g += [[TB.cell(v, opts='L' if j == 1 else '') for j, v in enumerate(row)] for row in s2['rows']]
        sh.valign = 'middle'
        sh.grid(g, 0, 1)
        sh.setup(False)
    wb.save(path)
