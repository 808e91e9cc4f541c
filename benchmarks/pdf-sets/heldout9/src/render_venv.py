# -*- coding: utf-8 -*-
"""The makers that live in the private venv (/tmp/pdf9/venv):
  weasyprint-ruled / -unruled / -multipage   WeasyPrint from render_html.weasyprint
  pikepdf-rotated    a landscape WeasyPrint page laid sideways on a portrait page with /Rotate 90
                     (the page shows upright in a viewer; its content stream runs bottom to top)
  xhtml2pdf          ReportLab through xhtml2pdf: CID font STSong-Light (not embedded) or a TrueType font
  matplotlib         a figure with ax.table(), saved as PDF with Type 42 fonts
  pymupdf-text       PyMuPDF page.insert_text() cell by cell, lines drawn with draw_line()
  pymupdf-html       PyMuPDF page.insert_htmlbox() (MuPDF's own HTML layout, its built-in CJK font)
    python render_venv.py ID MAKER OUT.pdf INTERMEDIATE_STEM"""
import os
import sys

import render_html as RH
import tables as TB

FONT_TTF = '/tmp/pdf9/NotoSansSC-Tb.ttf'


def weasy(t, maker, out, mid):
    import weasyprint
    html = RH.weasyprint(t, maker)
    with open(mid + '.html', 'w', encoding='utf-8') as f:
        f.write(html)
    weasyprint.HTML(string=html, base_url=os.path.dirname(mid)).write_pdf(out)


def rotated(t, maker, out, mid):
    """Landscape pages drawn rotated 90 degrees anticlockwise on portrait pages carrying /Rotate 90."""
    import pikepdf
    raw = out + '.landscape.pdf'
    weasy(t, maker, raw, mid)
    src = pikepdf.open(raw)
    dst = pikepdf.new()
    for p in src.pages:
        w = float(p.mediabox[2]) - float(p.mediabox[0])
        h = float(p.mediabox[3]) - float(p.mediabox[1])
        assert w > h, 'expected a landscape page'
        form = dst.copy_foreign(p.as_form_xobject())
        page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, h, w],
                                  Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Fm0=form)),
                                  Rotate=90)
        # (x, y) of the landscape page -> (h - y, x) on the portrait page; /Rotate 90 turns it back
        page.Contents = dst.make_stream(f'q 0 1 -1 0 {h:.3f} 0 cm /Fm0 Do Q'.encode())
        dst.pages.append(pikepdf.Page(page))
    dst.save(out)
    os.remove(raw)


def xhtml(t, maker, out, mid):
    from xhtml2pdf import pisa
    if t['id'] == 'Z902':
        font_css, name = '', 'STSong-Light'
    else:
        font_css = f'@font-face {{ font-family: notosc; src: url("{FONT_TTF}"); }}\n'
        name = 'notosc'
    html = RH.xhtml2pdf(t, maker, font_css, name)
    with open(mid + '.html', 'w', encoding='utf-8') as f:
        f.write(html)
    here = os.getcwd()
    os.chdir(os.path.dirname(FONT_TTF))     # xhtml2pdf reads files only under the working folder
    try:
        with open(out, 'wb') as f:
            res = pisa.CreatePDF(html, dest=f, encoding='utf-8')
    finally:
        os.chdir(here)
    assert not res.err, res.err


# ------------------------------------------------------------------ matplotlib

def wrap(text, width_pt, size, measure):
    """Greedy wrap of a cell's text to a width (CJK anywhere, Latin runs kept whole)."""
    if not text:
        return ['']
    lines, cur = [], ''
    for ch in text:
        if cur and measure(cur + ch, size) > width_pt:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def mpl(t, maker, out, mid):
    import matplotlib
    matplotlib.use('Agg')
    from matplotlib import font_manager
    import matplotlib.pyplot as plt
    font_manager.fontManager.addfont(FONT_TTF)
    name = font_manager.FontProperties(fname=FONT_TTF).get_name()
    matplotlib.rcParams.update({'font.family': name, 'pdf.fonttype': 42})
    W, H = 8.27, 11.69
    fig = plt.figure(figsize=(W, H))
    fig.text(0.5, 0.93, t['title'], ha='center', fontsize=15, weight='bold')
    y = 0.895
    for line in t.get('lines', []):
        fig.text(0.08, y, line, fontsize=10)
        y -= 0.022
    m, h0, b0 = TB.matrix(t, maker)
    ws = [w / sum(t['widths']) for w in t['widths']]
    size = 10
    col_pt = [w * 0.84 * W * 72 for w in ws]

    def measure(s, sz):
        return sum(sz if ord(ch) > 0x2E80 else sz * 0.55 for ch in s)
    cells = [['\n'.join(wrap(v, col_pt[j] - 8, size, measure)) for j, v in enumerate(row)] for row in m]
    nlines = [max(c.count('\n') + 1 for c in row) for row in cells]
    unit = 0.0215
    heights = [unit * (0.6 + 1.0 * n) for n in nlines]
    top = y - 0.01
    total = sum(heights)
    ax = fig.add_axes([0.08, top - total, 0.84, total])
    ax.axis('off')
    tab = ax.table(cellText=cells, colWidths=ws, cellLoc='center', loc='upper left', bbox=[0, 0, 1, 1])
    tab.auto_set_font_size(False)
    tab.set_fontsize(size)
    for (r, c), cell in tab.get_celld().items():
        cell.set_height(heights[r] / total)
        cell.set_linewidth(0.6)
        if r < b0:
            cell.set_facecolor('#e9e9e9')
            cell.get_text().set_weight('bold')
        if c == t['cols'].index('name') and r >= b0:
            cell.get_text().set_horizontalalignment('left')
            cell.PAD = 0.03
    y = top - total - 0.03
    for line in t.get('post', []):
        fig.text(0.08, y, line, fontsize=10)
        y -= 0.022
    fig.savefig(out)
    plt.close(fig)


# ------------------------------------------------------------------ PyMuPDF

def mupdf_text(t, maker, out, mid):
    """Cell by cell with insert_text: Z905 without any lines and each category written once,
    centred on its group's rows; Z915 a full grid, each category on the first row of its group."""
    import pymupdf
    font = pymupdf.Font(fontfile=FONT_TTF)
    doc = pymupdf.open()
    page = doc.new_page(width=595.28, height=841.89)
    page.insert_font(fontname='F1', fontfile=FONT_TTF)
    size = 10.5
    ruled = t['id'] == 'Z915'
    x0, x1 = 56.0, 595.28 - 56.0
    y = 70.0

    def text(x, y, s, sz=size):
        page.insert_text((x, y), s, fontname='F1', fontsize=sz)

    tw = font.text_length(t['title'], fontsize=16)
    text((595.28 - tw) / 2, y, t['title'], 16)
    y += 30
    for line in t.get('lines', []):
        text(x0, y, line)
        y += 18
    y += 4
    g, h0, b0 = TB.grid(t, maker)
    ws = t['widths']
    colx = [x0]
    for w in ws:
        colx.append(colx[-1] + (x1 - x0) * w / sum(ws))
    lead = size * 1.45
    placed = TB.positions(g)
    need = [1] * len(g)
    wrapped = {}
    for r, c, x in placed:
        width = colx[c + x['cs']] - colx[c] - 8
        ls = wrap(x['text'], width, size, lambda s, sz: font.text_length(s, fontsize=sz))
        wrapped[(r, c)] = ls
        if x['rs'] == 1:
            need[r] = max(need[r], len(ls))
    pad = 6 if ruled else 7
    heights = [n * lead + pad for n in need]
    tops = [y]
    for hgt in heights:
        tops.append(tops[-1] + hgt)
    for r, c, x in placed:
        ls = wrapped[(r, c)]
        top, bottom = tops[r], tops[r + x['rs']]
        left, right = colx[c], colx[c + x['cs']]
        if ruled:
            page.draw_rect(pymupdf.Rect(left, top, right, bottom), color=(0, 0, 0), width=0.6)
        yy = (top + bottom) / 2 - len(ls) * lead / 2 + size * 0.95
        for s in ls:
            if x['left']:
                xx = left + 4
            else:
                xx = (left + right) / 2 - font.text_length(s, fontsize=size) / 2
            text(xx, yy, s)
            yy += lead
    if not ruled:       # three rules only: above and below the header, below the table
        for yy, wd in ((tops[b0 - 1] if b0 else tops[0], 1.2), (tops[b0], 0.6), (tops[-1], 1.2)):
            page.draw_line((x0, yy), (x1, yy), color=(0, 0, 0), width=wd)
    y = tops[-1] + 24
    for line in t.get('post', []):
        text(x0, y, line)
        y += 18
    doc.save(out, garbage=3, deflate=True)


def mupdf_html(t, maker, out, mid):
    import pymupdf
    css, html = RH.mupdf_html(t, maker)
    with open(mid + '.html', 'w', encoding='utf-8') as f:
        f.write(f'<style>{css}</style>\n{html}')
    doc = pymupdf.open()
    page = doc.new_page(width=595.28, height=841.89)
    spare, scale = page.insert_htmlbox(pymupdf.Rect(50, 50, 545, 800), html, css=css)
    assert spare >= 0 and scale == 1, (spare, scale)
    doc.save(out, garbage=3, deflate=True)


def main(tid, maker, out, mid):
    t = TB.by_id()[tid]
    if maker.startswith('weasyprint'):
        weasy(t, maker, out, mid)
    elif maker == 'pikepdf-rotated':
        rotated(t, maker, out, mid)
    elif maker == 'xhtml2pdf':
        xhtml(t, maker, out, mid)
    elif maker == 'matplotlib':
        mpl(t, maker, out, mid)
    elif maker == 'pymupdf-text':
        mupdf_text(t, maker, out, mid)
    elif maker == 'pymupdf-html':
        mupdf_html(t, maker, out, mid)
    else:
        raise SystemExit('unknown maker ' + maker)


if __name__ == '__main__':
    main(*sys.argv[1:5])
