# -*- coding: utf-8 -*-
"""fpdf2 maker (run with /tmp/pdf6/venv/bin/python): table() with rowspans, ruled or no lines."""
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

import tables as TB

FONT = '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf'


class Doc(FPDF):
    title_text = ''

    def footer(self):
        self.set_y(-14)
        self.set_fallback_fonts(['droid'])
        self.set_font('dejavu', size=8)
        self.cell(0, 6, f'第 {self.page_no()} 页 共 {{nb}} 页', align='C')
        self.set_fallback_fonts(['dejavu'])
        self.set_font('droid', size=10)


def main(tid, maker, out):
    t = next(x for x in TB.T if x['id'] == tid)
    ruled = maker.endswith('-ruled')
    pt = t.get('font_pt', 10.5)
    pdf = Doc(orientation='L' if t.get('landscape') else 'P', unit='mm', format='A4')
    pdf.set_margins(16, 18, 16)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font('droid', '', FONT)
    pdf.add_font('dejavu', '', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
    pdf.set_fallback_fonts(['dejavu'])
    pdf.add_page()
    pdf.set_font('droid', size=pt + 5)
    pdf.cell(0, 10, t['title'], align='C', new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('droid', size=pt)
    for left, right in t.get('pre', []):
        pdf.cell(0, 6, left, new_x='LMARGIN', new_y='NEXT')
    for line in t.get('pre_lines', []):
        pdf.multi_cell(0, 6, line, new_x='LMARGIN', new_y='NEXT')
    pdf.ln(2)
    keys = [c[0] for c in t['cols']]
    n = len(keys)
    for k, (project, block, rs) in enumerate(TB.parts(t)):
        g, _, body_start, nhead = TB.grid(t, block, rs)
        TB.place(g, n)
        with pdf.table(col_widths=[c[2] for c in t['cols']], borders_layout='ALL' if ruled else 'NONE',
                       first_row_as_headings=False, line_height=pt * 0.55, text_align='CENTER',
                       padding=1.2) as table:
            for i, row in enumerate(g):
                r = table.row()
                head = all(c['kind'] == 'head' for c in row)
                for cell in row:
                    style = FontFace(fill_color=(225, 225, 225)) if head and ruled else None
                    va = 'T' if (cell.get('cat') and t.get('valign') == 'top') else 'M'
                    r.cell(cell['text'], colspan=cell['cs'], rowspan=cell['rs'],
                           align='L' if cell['align'] == 'L' else 'C', v_align=va, style=style)
        pdf.ln(4)
    for line in t.get('post', []):
        pdf.cell(0, 7, line, new_x='LMARGIN', new_y='NEXT')
    pdf.output(out)


if __name__ == '__main__':
    main(*sys.argv[1:4])
