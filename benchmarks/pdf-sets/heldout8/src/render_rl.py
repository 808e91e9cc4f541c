# -*- coding: utf-8 -*-
"""reportlab PDFs (run with the private venv: /tmp/pdf8/venv/bin/python render_rl.py ID MAKER OUT).
Three layouts unlike a browser's:
- Z802 reportlab-unruled: platypus table with alternating row shading and no lines at all;
  categories written on the first row of their group only.
- Z809 reportlab-ruled: drawn on the canvas cell by cell the way report servers do it: every
  line of a cell is its own text object with letter spacing (wider in the header), grid lines
  stroked one segment at a time, merged category cells only where a group ends.
- Z816 reportlab-ruled: landscape, the non-embedded CID font STSong-Light, categories on the
  first row of their group (blank cells below, full grid), top-aligned.
Droid Sans Fallback is embedded for Z802/Z809, with DejaVu Sans for the characters it lacks."""
import sys
from xml.sax.saxutils import escape

from fontTools.ttLib import TTFont as FTFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import tables as TB

DROID = '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf'
pdfmetrics.registerFont(TTFont('Droid', DROID))
pdfmetrics.registerFont(TTFont('DejaVu', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
HAS = set(FTFont(DROID).getBestCmap())


def split_runs(text, font):
    out = []
    for ch in text:
        f = font if font != 'Droid' or ord(ch) in HAS else 'DejaVu'
        if out and out[-1][0] == f:
            out[-1][1] += ch
        else:
            out.append([f, ch])
    return out


def markup(text, font):
    return ''.join(escape(s) if f == font else f'<font name="{f}">{escape(s)}</font>'
                   for f, s in split_runs(text, font))


# ------------------------------------------------------------------ platypus layouts (Z802, Z816)

def platypus(t, maker, out):
    font = 'STSong-Light' if t['id'] == 'Z816' else 'Droid'
    pt = t.get('font_pt', 10.5)
    page = landscape(A4) if t.get('landscape') else A4
    doc = SimpleDocTemplate(out, pagesize=page, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title=t['title'], author=t['dept'])

    def style(size, align=TA_CENTER, lead=1.3):
        return ParagraphStyle('s', fontName=font, fontSize=size, leading=size * lead, alignment=align,
                              wordWrap='CJK')

    story = [Paragraph(markup(t['title'], font), style(pt + 6)), Spacer(1, 5 * mm)]
    for line in t.get('lines', []):
        story.append(Paragraph(markup(line, font), style(pt, TA_LEFT, 1.6)))
    story.append(Spacer(1, 2 * mm))
    g, h0, b0 = TB.grid(t, None, t['rows'], maker=maker)
    n = len(t['keys'])
    wsum = sum(t['widths'])
    widths = [doc.width * w / wsum for w in t['widths']]
    data = [[''] * n for _ in g]
    cmds = [('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('TOPPADDING', (0, 0), (-1, -1), 4),
            ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]
    for r, c, x in TB.positions(g):
        data[r][c] = Paragraph(markup(x['text'], font), style(pt, TA_LEFT if x['left'] else TA_CENTER))
        if x['rs'] > 1 or x['cs'] > 1:
            cmds.append(('SPAN', (c, r), (c + x['cs'] - 1, r + x['rs'] - 1)))
        if x['cat'] and t.get('valign') == 'top':
            cmds.append(('VALIGN', (c, r), (c, r), 'TOP'))
    if maker == 'reportlab-unruled':
        cmds.append(('ROWBACKGROUNDS', (0, b0), (-1, -1), [colors.white, colors.HexColor('#eef3f8')]))
        cmds.append(('BACKGROUND', (0, 0), (-1, b0 - 1), colors.HexColor('#c9d8ea')))
    else:
        cmds.append(('GRID', (0, 0), (-1, -1), 0.5, colors.black))
        cmds.append(('BOX', (0, 0), (-1, -1), 1.2, colors.black))
    story.append(Table(data, colWidths=widths, style=TableStyle(cmds), repeatRows=b0))
    story.append(Spacer(1, 4 * mm))
    for line in t.get('post', []):
        story.append(Paragraph(markup(line, font), style(pt - 0.5, TA_LEFT)))

    def page_no(cv, d):
        cv.saveState()
        cv.setFont('DejaVu', 8)
        cv.drawRightString(page[0] - 16 * mm, 9 * mm, f'- {d.page} -')
        cv.restoreState()

    doc.build(story, onFirstPage=page_no, onLaterPages=page_no)


# ------------------------------------------------------------------ canvas layout (Z809)

def draw_text(cv, x, y, text, size, space):
    tx = cv.beginText(x, y)
    tx.setCharSpace(space)
    for f, s in split_runs(text, 'Droid'):
        tx.setFont(f, size)
        tx.textOut(s)
    cv.drawText(tx)


def text_width(text, size, space):
    return sum(pdfmetrics.stringWidth(s, f, size) for f, s in split_runs(text, 'Droid')) + space * len(text)


def wrap(text, width, size, space):
    lines, cur = [], ''
    for ch in text:
        if cur and text_width(cur + ch, size, space) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    return lines + [cur] if cur else (lines or [''])


def canvas_table(t, maker, out):
    W, H = A4
    cv = rl_canvas.Canvas(out, pagesize=A4)
    cv.setTitle(t['title'])
    cv.setAuthor('FineReport')
    pt = t.get('font_pt', 10)
    left, top = 18 * mm, H - 22 * mm
    draw_text(cv, (W - text_width(t['title'], 16, 2.5)) / 2, top, t['title'], 16, 2.5)
    y = top - 12 * mm
    for line in t.get('lines', []):
        draw_text(cv, left, y, line, pt, 0.4)
        y -= 7 * mm
    width = W - 2 * left
    wsum = sum(t['widths'])
    cw = [width * w / wsum for w in t['widths']]
    xs = [left]
    for w in cw:
        xs.append(xs[-1] + w)
    g, h0, b0 = TB.grid(t, None, t['rows'], maker=maker)
    cells = TB.positions(g)
    lead = pt * 1.35
    pad = 3.2
    # row heights from single-row cells
    hts = [0.0] * len(g)
    for r, c, x in cells:
        if x['rs'] == 1:
            sp = 3.0 if x['kind'] == 'head' else 0.6
            k = len(wrap(x['text'], sum(cw[c:c + x['cs']]) - 2 * pad, pt, sp))
            hts[r] = max(hts[r], k * lead + 2 * pad + 2)
    ys = [y]
    for h in hts:
        ys.append(ys[-1] - h)
    # header shading
    cv.setFillColor(colors.HexColor('#dcdcdc'))
    cv.rect(left, ys[b0], width, ys[h0] - ys[b0], stroke=0, fill=1)
    cv.setFillColor(colors.black)
    cv.setLineWidth(0.6)
    for r, c, x in cells:
        x0, x1 = xs[c], xs[c + x['cs']]
        y0, y1 = ys[r], ys[r + x['rs']]
        # each cell strokes its own bottom and right edge; the top/left border of the table once
        cv.line(x0, y1, x1, y1)
        cv.line(x1, y0, x1, y1)
        sp = 3.0 if x['kind'] == 'head' else 0.6
        lines = wrap(x['text'], x1 - x0 - 2 * pad, pt, sp)
        block = len(lines) * lead
        ty = (y0 + y1) / 2 + block / 2 - pt * 1.02
        for ln in lines:
            w = text_width(ln, pt, sp)
            tx = x0 + pad if x['left'] else (x0 + x1 - w) / 2
            draw_text(cv, tx, ty, ln, pt, sp)
            ty -= lead
    cv.line(left, ys[0], left + width, ys[0])
    cv.line(left, ys[0], left, ys[-1])
    y = ys[-1] - 8 * mm
    for line in t.get('post', []):
        draw_text(cv, left, y, line, pt - 0.5, 0.4)
        y -= 6 * mm
    cv.setFont('DejaVu', 8)
    cv.drawCentredString(W / 2, 12 * mm, '1 / 1')
    cv.showPage()
    cv.save()


def main(tid, maker, out):
    t = next(x for x in TB.T if x['id'] == tid)
    if tid == 'Z809':
        canvas_table(t, maker, out)
    else:
        platypus(t, maker, out)


if __name__ == '__main__':
    main(*sys.argv[1:4])
