# -*- coding: utf-8 -*-
"""reportlab maker (run with /tmp/pdf6/venv/bin/python): ruled grid or no lines at all.
Z609 embeds a TrueType CJK font (Droid Sans Fallback); Z612 uses the built-in, non-embedded
CID font STSong-Light (as many Chinese PDF generators do); Z608 embeds Droid and draws no lines."""
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from xml.sax.saxutils import escape

import tables as TB

pdfmetrics.registerFont(TTFont('Droid', '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf'))
pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
pdfmetrics.registerFont(TTFont('DejaVu', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
from fontTools.ttLib import TTFont as _FT
DROID_CMAP = set(_FT('/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf').getBestCmap())


def runs(text, font):
    """Split text into (font, chunk) runs: chars the CJK font lacks go to DejaVu Sans."""
    out = []
    for ch in text:
        f = font if (font != 'Droid' or ord(ch) in DROID_CMAP or ch == ' ') else 'DejaVu'
        if out and out[-1][0] == f:
            out[-1][1] += ch
        else:
            out.append([f, ch])
    return out


def markup(text, font):
    return ''.join(escape(c) if f == font else f'<font name="{f}">{escape(c)}</font>' for f, c in runs(text, font))


def main(tid, maker, out):
    t = next(x for x in TB.T if x['id'] == tid)
    font = 'STSong-Light' if tid == 'Z612' else 'Droid'
    ruled = maker.endswith('-ruled')
    pt = t.get('font_pt', 10.5)
    page = landscape(A4) if t.get('landscape') else A4
    doc = SimpleDocTemplate(out, pagesize=page, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=t['title'])
    st = lambda size, align=TA_CENTER: ParagraphStyle('x', fontName=font, fontSize=size, leading=size * 1.35,
                                                      alignment=align, wordWrap='CJK')
    story = [Paragraph(markup(t['title'], font), st(pt + 6)), Spacer(1, 4 * mm)]
    for left, right in t.get('pre', []):
        story.append(Paragraph(markup(left + ('　　　　' + right if right else ''), font), st(pt, TA_LEFT)))
    for line in t.get('pre_lines', []):
        story.append(Paragraph(markup(line, font), st(pt, TA_LEFT)))
    story.append(Spacer(1, 2 * mm))

    keys = [c[0] for c in t['cols']]
    n = len(keys)
    wsum = sum(c[2] for c in t['cols'])
    widths = [doc.width * c[2] / wsum for c in t['cols']]
    for k, (project, block, rs) in enumerate(TB.parts(t)):
        g, _, body_start, nhead = TB.grid(t, block, rs)
        placed = TB.place(g, n)
        data = [[''] * n for _ in g]
        cmds = [('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                ('LEFTPADDING', (0, 0), (-1, -1), 3), ('RIGHTPADDING', (0, 0), (-1, -1), 3)]
        for (gr, gc, cell) in placed:
            data[gr][gc] = Paragraph(markup(cell['text'], font), st(pt, TA_LEFT if cell['align'] == 'L' else TA_CENTER))
            if cell['rs'] > 1 or cell['cs'] > 1:
                cmds.append(('SPAN', (gc, gr), (gc + cell['cs'] - 1, gr + cell['rs'] - 1)))
            if cell.get('cat') and t.get('valign') == 'top':
                cmds.append(('VALIGN', (gc, gr), (gc, gr), 'TOP'))
        if ruled:
            cmds.append(('GRID', (0, 0), (-1, -1), 0.6, colors.black))
            cmds.append(('BACKGROUND', (0, body_start - nhead), (-1, body_start - 1), colors.HexColor('#e6e6e6')))
        story.append(Table(data, colWidths=widths, style=TableStyle(cmds),
                           repeatRows=(body_start if block is None else 0)))
        story.append(Spacer(1, 5 * mm))
    for line in t.get('post', []):
        story.append(Paragraph(markup(line, font), st(pt, TA_LEFT)))

    def footer(canvas, d):
        canvas.saveState()
        x = page[0] / 2 - 12
        for f, chunk in runs(f'第{d.page}页', font):
            canvas.setFont(f, 8)
            canvas.drawString(x, 10 * mm, chunk)
            x += pdfmetrics.stringWidth(chunk, f, 8)
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)


if __name__ == '__main__':
    main(*sys.argv[1:4])
