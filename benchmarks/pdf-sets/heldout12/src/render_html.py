# -*- coding: utf-8 -*-
"""HTML documents of the set-12 tables as a bureau receives them: the table saved as a web page
(an attachment, or what a reporting system's "print" button opens), one style per maker.
(Helpers follow set 10's render_html.py; the layouts are new.)

Chromium (--print-to-pdf):
  chromium-thead      ZC01  A4, serif 10.5pt, the header block as a table of its own, the indicator
                            table's header in <thead> (repeated), `第 n 页 共 N 页` in a page box
  chromium-cut        ZC02  no @page rule (Letter, Chromium's margins), sans 10pt, 序号 and 备注,
                            no <thead>: merged categories cut by page breaks, header on page 1 only
  chromium-landscape  ZC03  A4 landscape, 7.5pt, self-evaluation table with the money block and
                            年度总体目标 inside the grid, long reason cells
  chromium-twin       ZC05  A4, serif 10pt, two-line header (指标值 over 实施期/年度) in <thead>
  chromium-unruled    ZC06  A4, sans 10.5pt, no lines at all, 指标方向/计算符号/指标值/计量单位
  chromium-threeline  ZC09  A4, 9.5pt, three-line table, categories on every row, 序号, 权重
  chromium-ruled      ZC10  A4, two-line header not in <thead> (page 2 starts with a body row)
  gs-chromium         ZC08  A4 landscape, serif 9.5pt, 指标解释 and 评（扣）分标准; re-distilled by gs
WeasyPrint: weasyprint-landscape (ZC04: block table, <thead> repeated), weasyprint (ZC07: <thead>
repeated, running header and `n / N`; rows split over pages).
wkhtmltopdf (ZC07, ZC11): the same kind of page, its defaults.  xhtml2pdf (ZC05): `repeat="2"`.
"""
from html import escape

import tables as TB

SERIF = '"Noto Serif CJK SC", serif'
SANS = '"Noto Sans CJK SC", sans-serif'
# Chromium and WeasyPrint draw the system's Noto CJK (CFF-flavoured OpenType) as Type 3 glyph procedures
# or big CFF subsets (300-470 KB for a long table); most pages here name a TrueType face instead, as a
# bureau's Windows machine prints 宋体/仿宋 as TrueType: the glyf subsets that mkfont.py makes, or the
# system's Droid Sans Fallback (no digits or ≥: those fall back to DejaVu Sans).
FACES = ''.join(
    f'@font-face {{ font-family: "{fam}"; font-weight: {wt}; src: url("file:///tmp/pdf12/{fam}{suf}.ttf") format("truetype"); }}\n'
    for fam in ('NotoSerifSC-C12', 'NotoSansSC-C12') for wt, suf in (('normal', ''), ('bold', '-Bold')))
TT_SERIF = '"NotoSerifSC-C12", serif'
TT_SANS = '"NotoSansSC-C12", sans-serif'
DROID = '"Droid Sans Fallback", "DejaVu Sans", sans-serif'


def e(s):
    return escape(s or '')


def td(c, tag='td', width=None):
    a = []
    if c['cs'] > 1:
        a.append(f'colspan="{c["cs"]}"')
    if c['rs'] > 1:
        a.append(f'rowspan="{c["rs"]}"')
    if width is not None:
        a.append(f'width="{width:.0f}%"')
    cls = [k for k, on in (('l', c['left']), ('b', c['bold']), ('cat', c['key'] in ('l1', 'l2')),
                           ('hd', c['kind'] == 'head'), ('v', c['key'] in ('val', 'pval')),
                           ('n', c['key'] == 'name'), ('rs', c['key'] in ('reason', 'remark', 'std'))) if on]
    if cls:
        a.append(f'class="{" ".join(cls)}"')
    return f'<{tag}{" " if a else ""}{" ".join(a)}>{e(c["text"])}</{tag}>'


def rows_html(t, g, h0, b0, thead, width_attrs, ws):
    pos = {id(x): c for _r, c, x in TB.positions(g)}
    widths_done = not width_attrs
    nbody = len(t['rows'])
    out = []

    def row_html(i, row, tag):
        nonlocal widths_done
        if h0 <= i < b0:
            kind = 'hr'
        elif i < h0:
            kind = 'blk'
        elif i >= b0 + nbody:
            kind = 'tl'
        else:
            kind = 'odd' if (i - b0) % 2 == 0 else 'even'
        full = len(row) == len(ws) and all(x['cs'] == 1 for x in row)
        cells = []
        for x in row:
            w = None
            if not widths_done and full:
                c0 = pos[id(x)]
                w = sum(ws[c0:c0 + x['cs']]) * 100.0 / sum(ws)
            cells.append(td(x, tag, w))
        if not widths_done and full:
            widths_done = True
        return f'<tr class="{kind}">' + ''.join(cells) + '</tr>'

    start = 0
    if thead:
        assert h0 == 0, 'thead with a block inside the table'
        out.append('<thead>' + ''.join(row_html(i, g[i], 'th') for i in range(h0, b0)) + '</thead>')
        start = b0
    out.append('<tbody>')
    for i in range(start, len(g)):
        out.append(row_html(i, g[i], 'td'))
    out.append('</tbody>')
    return out


def table_html(t, maker, thead=False, block=True, width_attrs=False, colgroup=True, cls='ind', attrs=''):
    """The indicator table (block, header, body, tail rows as tables.grid gives them).
    thead: the header rows in <thead> (repeated on every page by the engines that can);
    block=False: the header block is left out (see block_html);
    width_attrs: column widths as td width= on the first full row (engines without <colgroup>)."""
    g, h0, b0 = TB.grid(t, maker, block=block)
    ws = t['widths']
    out = [f'<table class="{cls}"{" " + attrs if attrs else ""}>']
    if colgroup:
        out.append('<colgroup>' + ''.join(f'<col style="width:{100 * w / sum(ws):.1f}%">' for w in ws)
                   + '</colgroup>')
    out += rows_html(t, g, h0, b0, thead, width_attrs, ws)
    out.append('</table>')
    return '\n'.join(out)


def block_html(t, cls='ind blk'):
    """The header block as a table of its own, on the same column widths as the indicator table."""
    g = TB.block_grid(t)
    ws = t['widths']
    out = [f'<table class="{cls}">', '<colgroup>' + ''.join(
        f'<col style="width:{100 * w / sum(ws):.1f}%">' for w in ws) + '</colgroup>']
    out += rows_html(t, g, len(g), len(g), False, False, ws)
    out.append('</table>')
    return '\n'.join(out)


def top_html(t):
    b = [f'<h1>{e(t["title"])}</h1>']
    for left, right in t.get('above', []):
        b.append(f'<table class="above"><tr><td class="al">{e(left)}</td><td class="ar">{e(right)}</td></tr></table>')
    for line in t.get('lines', []):
        b.append(f'<p>{e(line)}</p>')
    return b


def post_html(t, right=False):
    out = []
    for i, line in enumerate(t.get('post', [])):
        cls = ['post' if i == 0 else 'p2'] + (['r'] if right else [])
        out.append(f'<p class="{" ".join(cls)}">{e(line)}</p>')
    return out


def doc(title, css, body, lang='zh-CN'):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f'<title>{e(title)}</title><style>\n{css}</style></head>\n<body>\n'
            + '\n'.join(body) + '\n</body></html>\n')


BASE_CSS = """
h1 {{ font-size: {h1}pt; text-align: center; margin: 0 0 9pt; font-weight: bold; }}
p {{ margin: 0 0 3pt; }}
p.post {{ margin-top: 8pt; }}
p.r {{ text-align: right; }}
table {{ border-collapse: collapse; width: 100%; }}
table.ind {{ table-layout: fixed; }}
table.blk {{ margin-bottom: 0; }}
td, th {{ padding: {pad}pt 3pt; text-align: center; vertical-align: middle; font-weight: normal; }}
td.l, th.l {{ text-align: left; }}
td.b, th.b, th.hd, td.hd {{ font-weight: bold; }}
table.above td {{ border: 0; padding: 0 0 4pt; }}
table.above td.al {{ text-align: left; }}
table.above td.ar {{ text-align: right; }}
"""

LINES_CSS = {
    'ruled': 'table.ind td, table.ind th { border: 0.75pt solid #000; }\n'
             'table.ind tr.hr td, table.ind thead th { background: #e8e8e8; }\n',
    'none': 'table.ind td, table.ind th { border: 0; }\n',
    'threeline': 'table.ind { border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; }\n'
                 'table.ind td { border: 0; }\n'
                 'table.ind tr.hr td { border-bottom: 0.75pt solid #000; }\n',
}


def css_for(font, pt, page, lines, extra='', pad=3, margin='18mm 15mm 18mm 15mm', boxes=''):
    at_page = f'@page {{ size: {page}; margin: {margin};{boxes} }}\n' if page else ''
    return (FACES + at_page + f'body {{ font-family: {font}; font-size: {pt}pt; margin: 0; }}\n'
            + BASE_CSS.format(h1=pt + 5, pad=pad) + LINES_CSS[lines] + extra)


def page_boxes(font, **where):
    """CSS @page margin boxes: where = {'top-left': 'content expr', ...}."""
    return ''.join(f'\n  @{k.replace("_", "-")} {{ content: {v}; font-size: 8.5pt; font-family: {font}; color: #333; }}'
                   for k, v in where.items())


# ------------------------------------------------------------------ Chromium

def chromium(t, maker):
    extra = 'td, th { word-break: break-all; }\n'
    thead = False
    block = True
    boxes = ''
    page = 'A4'
    margin = '18mm 15mm 18mm 15mm'
    pad = 3
    if maker == 'chromium-thead':                # ZC01: block table, then <thead> repeated
        font, pt, lines, thead, block = TT_SERIF, 10.5, 'ruled', True, False
        boxes = page_boxes(font, bottom_center='"第 " counter(page) " 页 共 " counter(pages) " 页"')
        extra += 'table.blk td.b { background: #f4f4f4; }\n table.blk { border-bottom: 0; }\n'
        pad = 3.5
    elif maker == 'chromium-cut':                # ZC02: Letter, no thead, header on page 1 only
        font, pt, lines, page = DROID, 10, 'ruled', None
        extra += 'h1 { font-size: 15pt; }\n p { font-size: 10pt; }\n'
    elif maker == 'chromium-landscape':          # ZC03: wide self-evaluation table, 7.5pt
        font, pt, lines, page = TT_SANS, 7.5, 'ruled', 'A4 landscape'
        margin = '10mm 10mm 12mm 10mm'
        extra += ('h1 { font-size: 15pt; margin-bottom: 2pt; }\n table.above td { text-align: center !important; }\n'
                  'table.ind td { padding: 2pt 2pt; line-height: 1.35; }\n'
                  'table.ind tr.blk td.b, table.ind tr.hr td { background: #eeeeee; }\n')
    elif maker == 'chromium-twin':               # ZC05: two-line header in <thead>
        font, pt, lines, thead = TT_SERIF, 10, 'ruled', True
        pad = 4
        boxes = page_boxes(font, bottom_right='"第" counter(page) "页"')
    elif maker == 'chromium-unruled':            # ZC06: no lines at all
        font, pt, lines = TT_SANS, 10.5, 'none'
        extra += ('table.ind td { padding: 5pt 3pt; }\n table.ind tr.hr td { padding-bottom: 8pt; }\n'
                  'p { line-height: 1.6; }\n')
    elif maker == 'chromium-threeline':          # ZC09: three-line, categories on every row
        font, pt, lines = DROID, 9.5, 'threeline'
        extra += 'table.ind td { padding: 4.5pt 3pt; }\n h1 { font-size: 15pt; }\n'
    elif maker == 'chromium-ruled':              # ZC10: two-line header, not repeated
        font, pt, lines = TT_SERIF, 10.5, 'ruled'
        pad = 5
    elif maker == 'gs-chromium':                 # ZC08: landscape, long text columns
        font, pt, lines, page = SERIF, 9.5, 'ruled', 'A4 landscape'
        margin = '14mm 14mm 14mm 14mm'
        extra += 'table.ind td { padding: 4pt 3pt; line-height: 1.45; }\n h1 { font-size: 15pt; }\n'
    else:
        raise ValueError(maker)
    css = css_for(font, pt, page, lines, extra, pad=pad, margin=margin, boxes=boxes)
    body = top_html(t)
    if not block:
        body.append(block_html(t))
    body += [table_html(t, maker, thead=thead, block=block)] + post_html(t, right=maker == 'chromium-thead')
    return doc(t['title'], css, body)


# ------------------------------------------------------------------ WeasyPrint

def weasyprint(t, maker):
    extra = 'td, th { word-break: break-all; }\n'
    if maker == 'weasyprint-landscape':          # ZC04: block table, <thead> repeated
        font = TT_SANS
        boxes = page_boxes(font, bottom_center='"第 " counter(page) " 页"')
        css = css_for(font, 9, 'A4 landscape', 'ruled', extra + 'table.ind td { line-height: 1.35; }\n'
                      'table.blk td.b { background: #f2f2f2; }\n table.blk { border-bottom: 0; }\n',
                      pad=2.5, margin='14mm 14mm 16mm 14mm', boxes=boxes)
        body = top_html(t) + [block_html(t), table_html(t, maker, thead=True, block=False)] + post_html(t)
    elif maker == 'weasyprint':                  # ZC07: <thead> repeated, running header, n / N
        font = TT_SERIF
        boxes = page_boxes(font, top_right=f'"{t["dept"]}"', bottom_center='counter(page) " / " counter(pages)')
        css = css_for(font, 10.5, 'A4', 'ruled', extra + 'table.ind td { line-height: 1.45; }\n',
                      pad=3.5, margin='20mm 16mm 18mm 16mm', boxes=boxes)
        body = top_html(t) + [table_html(t, maker, thead=True)] + post_html(t, right=True)
    else:
        raise ValueError(maker)
    return doc(t['title'], css, body)


# ------------------------------------------------------------------ wkhtmltopdf (QtWebKit)

def wkhtmltopdf(t, maker):
    """The page as it is saved; wkhtmltopdf prints it with its own defaults (A4, smart shrinking)."""
    if t['id'] == 'ZC07':
        font, pt, pad = SANS, 13, 4
    else:
        font, pt, pad = SERIF, 12.5, 4
    extra = 'table.ind td { word-wrap: break-word; }\n thead { display: table-header-group; }\n'
    css = css_for(font, pt, None, 'ruled', extra, pad=pad)
    body = top_html(t) + [table_html(t, maker, thead=t['id'] == 'ZC07')] + post_html(t, right=t['id'] == 'ZC07')
    return doc(t['title'], css, body)


# ------------------------------------------------------------------ xhtml2pdf (ReportLab)

def xhtml2pdf(t, maker, font_css, font_name):
    pt = 10
    css = (font_css +
           '@page { size: a4 portrait; margin: 2cm 1.8cm 2cm 1.8cm;\n'
           '  @frame footer { -pdf-frame-content: pagefooter; bottom: 0.9cm; margin-left: 1.8cm; margin-right: 1.8cm; height: 0.8cm; } }\n'
           f'body {{ font-family: {font_name}; font-size: {pt}pt; -pdf-word-wrap: CJK; }}\n'
           f'h1 {{ font-size: {pt + 5}pt; text-align: center; margin-bottom: 10pt; }}\n'
           'p { margin: 0 0 4pt 0; }\n p.post { margin-top: 10pt; }\n'
           'table { width: 100%; }\n'
           'td, th { padding: 4pt 2pt 2pt 2pt; text-align: center; vertical-align: middle; }\n'
           'td.l { text-align: left; }\n td.hd, td.b, th { font-weight: bold; }\n'
           'table.ind td, table.ind th { border: 0.5pt solid #000; }\n table.ind th { background-color: #e6e6e6; }\n'
           'div.pf { text-align: center; font-size: 8pt; }\n')
    g, h0, b0 = TB.grid(t, maker)
    tab = table_html(t, maker, thead=True, width_attrs=True, colgroup=False, attrs=f'repeat="{b0 - h0}"')
    body = top_html(t) + [tab] + post_html(t)
    body.append('<div id="pagefooter" class="pf">第 <pdf:pagenumber> 页</div>')
    return doc(t['title'], css, body)
