# -*- coding: utf-8 -*-
"""HTML documents of the tables, one style per HTML-reading maker.

Chromium (--print-to-pdf): ruled (also the source of gs-chromium), unruled, vertical category text
(writing-mode), narrow columns with values wrapped over three lines, a table after long prose
paragraphs, and a table whose header row is the last line of page 1 (rows begin on page 2).
WeasyPrint: ruled, unruled, multi-page with <thead> repeated and @page running header / page
counter, and a landscape page that pikepdf later lays on a rotated portrait page.
wkhtmltopdf (old WebKit), xhtml2pdf (ReportLab; CID font STSong-Light or a TrueType font),
LibreOffice Writer importing HTML, PyMuPDF insert_htmlbox: the same markup with the CSS each knows.
"""
from html import escape

import tables as TB

SERIF = '"Noto Serif CJK SC", serif'
SANS = '"Noto Sans CJK SC", sans-serif'


def e(s):
    return escape(s or '')


def cell_html(c, tag, widths=None, col=None, vertical=False):
    a = []
    if c['cs'] > 1:
        a.append(f'colspan="{c["cs"]}"')
    if c['rs'] > 1:
        a.append(f'rowspan="{c["rs"]}"')
    if widths is not None and col is not None:
        w = sum(widths[col:col + c['cs']]) * 100.0 / sum(widths)
        a.append(f'width="{w:.0f}%"')
    cls = [k for k, on in (('l', c['left']), ('b', c['bold']), ('cat', c['key'] in ('l1', 'l2')),
                           ('hd', c['kind'] == 'head'), ('v', c['key'] == 'val')) if on]
    if cls:
        a.append(f'class="{" ".join(cls)}"')
    text = e(c['text'])
    if vertical and c['key'] in ('l1', 'l2') and c['text']:
        text = f'<div class="vt">{text}</div>'
    return f'<{tag}{" " if a else ""}{" ".join(a)}>{text}</{tag}>'


def table_html(t, maker, thead=False, width_attrs=False, vertical=False, part=None,
               head=True, colgroup=True, border_attr=None):
    """The indicator table.  thead: header rows in <thead> (repeated by the engines that can);
    width_attrs: widths as td width= (engines without <colgroup>);
    part: 'head' or 'body' prints only the header rows or only the rest, as two tables that
    join on the page (the page break may then fall between them)."""
    g, h0, b0 = TB.grid(t, maker, head=head)
    ws = t['widths']
    out = [f'<table class="ind"{" " + border_attr if border_attr else ""}>']
    if colgroup:
        out.append('<colgroup>' + ''.join(f'<col width="{100 * w / sum(ws):.1f}%" style="width:{100 * w / sum(ws):.1f}%">'
                                          for w in ws) + '</colgroup>')
    pos = {}
    for r, c, x in TB.positions(g):
        pos[id(x)] = c
    first_row_widths = width_attrs

    def row_html(i, row, tag):
        cls = ' class="hr"' if h0 <= i < b0 else (' class="blk"' if i < h0 else '')
        cells = ''.join(cell_html(x, tag, ws if first_row_widths else None, pos[id(x)], vertical) for x in row)
        return f'<tr{cls}>{cells}</tr>'

    if thead and b0 > h0:
        if h0:
            raise ValueError('thead with a block inside the table')
        out.append('<thead>' + ''.join(row_html(i, g[i], 'th') for i in range(h0, b0)) + '</thead>')
        start = b0
    else:
        start = 0
    out.append('<tbody>')
    rows = range(start, len(g))
    if part == 'head':
        rows = range(h0, b0)
    elif part == 'body':
        rows = range(b0, len(g))
    for i in rows:
        out.append(row_html(i, g[i], 'td'))
    out.append('</tbody></table>')
    return '\n'.join(out)


def kv_html(kv):
    rows = []
    for a, b, c, d in kv:
        if c is None:
            rows.append(f'<tr><td class="k" width="17%" style="width:17%">{e(a)}</td><td class="l" colspan="3">{e(b)}</td></tr>')
        else:
            rows.append(f'<tr><td class="k" width="17%" style="width:17%">{e(a)}</td><td class="l" width="33%" style="width:33%">{e(b)}</td>'
                        f'<td class="k" width="20%" style="width:20%">{e(c)}</td><td class="l" width="30%" style="width:30%">{e(d)}</td></tr>')
    return '<table class="kv">' + ''.join(rows) + '</table>'


def top_html(t, prose_indent=True):
    b = [f'<h1>{e(t["title"])}</h1>']
    for left, right in t.get('above', []):
        b.append(f'<table class="above"><tr><td class="al">{e(left)}</td><td class="ar">{e(right)}</td></tr></table>')
    for line in t.get('lines', []):
        b.append(f'<p>{e(line)}</p>')
    for head, paras in t.get('prose', []):
        b.append(f'<h2>{e(head)}</h2>')
        for p in paras:
            b.append(f'<p class="pr">{e(p)}</p>')
    if t.get('kv'):
        b.append(kv_html(t['kv']))
    return b


def post_html(t):
    return [f'<p class="{"post" if i == 0 else "p2"}">{e(line)}</p>' for i, line in enumerate(t.get('post', []))]


def doc(title, css, body):
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f'<title>{e(title)}</title><style>\n{css}</style></head>\n<body>\n'
            + '\n'.join(body) + '\n</body></html>\n')


BASE_CSS = """
h1 {{ font-size: {h1}pt; text-align: center; margin: 0 0 10pt; font-weight: bold; }}
h2 {{ font-size: {pt}pt; margin: 8pt 0 4pt; font-weight: bold; }}
p {{ margin: 0 0 3pt; }}
p.pr {{ text-indent: 2em; line-height: 1.6; margin: 0 0 4pt; }}
p.post {{ margin-top: 8pt; }}
table {{ border-collapse: collapse; width: 100%; }}
table.ind {{ table-layout: fixed; }}
td, th {{ padding: {pad}pt 3pt; text-align: center; vertical-align: middle; font-weight: normal; }}
td.l, th.l {{ text-align: left; }}
td.b, th.b, th.hd, td.hd {{ font-weight: bold; }}
table.above td {{ border: 0; padding: 0 0 4pt; }}
table.above td.al {{ text-align: left; }}
table.above td.ar {{ text-align: right; }}
table.kv {{ margin: 0 0 8pt; }}
table.kv td {{ border: 0.75pt solid #000; }}
table.kv td.k {{ font-weight: bold; background: #f2f2f2; }}
"""

LINES_CSS = {
    'ruled': 'table.ind td, table.ind th { border: 0.75pt solid #000; }\n'
             'table.ind tr.hr td, table.ind tr.hr th, table.ind thead th { background: #eeeeee; }\n',
    'none': 'table.ind td, table.ind th { border: 0; }\n',
    'hrules': 'table.ind { border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; }\n'
              'table.ind tr.hr td, table.ind tr.hr th, table.ind thead th { border-bottom: 0.75pt solid #000; }\n',
}


def css_for(t, font, pt, page, lines, extra='', pad=None):
    pad = t.get('pad_pt', 3) if pad is None else pad
    return (f'@page {{ size: {page}; margin: 18mm 15mm 18mm 15mm; }}\n'
            f'body {{ font-family: {font}; font-size: {pt}pt; margin: 0; }}\n'
            + BASE_CSS.format(h1=pt + 5, pt=pt + 0.5, pad=pad) + LINES_CSS[lines] + extra)


# ------------------------------------------------------------------ Chromium

def chromium(t, maker):
    """maker: gs-chromium (ruled), chromium-ruled, chromium-unruled, chromium-vertical,
    chromium-narrow, chromium-prose, chromium-multipage (split header)."""
    pt = t.get('font_pt', 10.5)
    page = 'A4 landscape' if t.get('landscape') else 'A4'
    font = SANS if t['id'] in ('Z901', 'Z914') else SERIF
    lines = 'none' if maker == 'chromium-unruled' else 'ruled'
    extra = 'td, th { word-break: break-all; }\n'
    vertical = maker == 'chromium-vertical'
    body = top_html(t)
    if vertical:
        extra += ('td.cat { padding: 4pt 2pt; }\n'
                  'div.vt { writing-mode: vertical-rl; text-orientation: upright; margin: 0 auto; '
                  'letter-spacing: 2pt; }\n')
    if maker == 'chromium-narrow':
        extra += 'td.v { padding: 2pt 1pt; }\n'
    if maker == 'chromium-unruled':
        extra += ('table.ind tr.hr td { border-bottom: 0; font-weight: bold; }\n'
                  'table.ind td { padding: 4pt 3pt; }\n')
    if maker == 'chromium-prose':
        extra += 'body { line-height: 1.5; }\n table.ind { margin-top: 6pt; }\n'
    if maker == 'chromium-multipage':
        # running header and page counter; a spacer pushes the header row to the foot of page 1
        css = css_for(t, font, pt, page, lines, extra)
        css = css.replace('@page { size: A4; margin: 18mm 15mm 18mm 15mm; }',
                          '@page { size: A4; margin: 20mm 15mm 18mm 15mm;\n'
                          f'  @top-center {{ content: "{t["running"]}"; font-size: 8.5pt; font-family: {font}; }}\n'
                          f'  @bottom-right {{ content: counter(page) "/" counter(pages); font-size: 8.5pt; font-family: {font}; }} }}\n'
                          'tr { break-inside: avoid; }\n'
                          f'div.spacer {{ height: {t.get("spacer_pt", 0)}pt; }}\n')
        css += 'table.ind + table.ind { margin-top: -0.75pt; }\n'
        body = top_html(t) + ['<div class="spacer"></div>', table_html(t, maker, part='head'),
                              table_html(t, maker, part='body')] + post_html(t)
        return doc(t['title'], css, body)
    css = css_for(t, font, pt, page, lines, extra)
    body += [table_html(t, maker, vertical=vertical)] + post_html(t)
    return doc(t['title'], css, body)


# ------------------------------------------------------------------ WeasyPrint

def weasyprint(t, maker):
    """weasyprint-ruled, weasyprint-unruled, weasyprint-multipage, pikepdf-rotated (landscape source)."""
    pt = t.get('font_pt', 10.5)
    land = t.get('landscape')
    page = 'A4 landscape' if land else 'A4'
    font = {'Z901': SERIF, 'Z906': SANS, 'Z911': SANS, 'Z912': '"Droid Sans Fallback", "DejaVu Sans", sans-serif',
            'Z914': SERIF}.get(t['id'], SERIF)
    lines = {'weasyprint-unruled': 'none'}.get(maker, 'ruled')
    extra = 'td, th { word-break: break-all; }\n tr { break-inside: avoid; }\n'
    thead = maker == 'weasyprint-multipage'
    css = css_for(t, font, pt, page, lines, extra)
    if thead:
        css = css.replace(f'@page {{ size: {page}; margin: 18mm 15mm 18mm 15mm; }}',
                          f'@page {{ size: {page}; margin: 22mm 16mm 20mm 16mm;\n'
                          f'  @top-left {{ content: "{t["running"]}"; font-size: 9pt; font-family: {font}; }}\n'
                          f'  @top-right {{ content: "{t["date"]}"; font-size: 9pt; font-family: {font}; }}\n'
                          f'  @bottom-center {{ content: "- " counter(page) " -"; font-size: 9pt; font-family: {font}; }} }}\n')
    if maker == 'weasyprint-unruled':
        css += ('table.ind tr.hr td { border-top: 1pt solid #000; border-bottom: 1pt solid #000; }\n'
                'table.ind tr:last-child td { border-bottom: 1pt solid #000; }\n'
                'table.ind td { padding: 5pt 3pt; }\n'
                'table.kv td { border: 0; border-bottom: 0.5pt dotted #888; }\n table.kv td.k { background: none; }\n')
    if maker == 'pikepdf-rotated':
        css += 'h1 { font-size: 15pt; }\n'
    body = top_html(t) + [table_html(t, maker, thead=thead)] + post_html(t)
    return doc(t['title'], css, body)


# ------------------------------------------------------------------ wkhtmltopdf (QtWebKit)

def wkhtmltopdf(t, maker):
    pt = round(t.get('font_pt', 10.5) * t.get('wk_scale', 1), 1)
    font = SANS if t['id'] == 'Z902' else SERIF
    lines = 'hrules' if t.get('hrules') else 'ruled'
    extra = ('table.ind td { word-wrap: break-word; }\n'
             'thead { display: table-header-group; }\n tr { page-break-inside: avoid; }\n')
    if lines == 'hrules':
        extra += 'table.ind td { border-bottom: 0.4pt solid #999; }\n'
    css = css_for(t, font, pt, 'A4', lines, extra)
    thead = not t.get('block')
    body = top_html(t) + [table_html(t, maker, thead=thead)] + post_html(t)
    return doc(t['title'], css, body)


# ------------------------------------------------------------------ xhtml2pdf (ReportLab)

def xhtml2pdf(t, maker, font_css, font_name):
    pt = t.get('font_pt', 10.5)
    lines = 'hrules' if t.get('hrules') else 'ruled'
    css = (font_css +
           '@page { size: a4 portrait; margin: 1.8cm 1.5cm 1.8cm 1.5cm;\n'
           '  @frame footer { -pdf-frame-content: pagefooter; bottom: 0.8cm; margin-left: 1.5cm; margin-right: 1.5cm; height: 0.8cm; } }\n'
           f'body {{ font-family: {font_name}; font-size: {pt}pt; -pdf-word-wrap: CJK; }}\n'
           f'h1 {{ font-size: {pt + 5}pt; text-align: center; margin-bottom: 8pt; }}\n'
           f'h2 {{ font-size: {pt + 0.5}pt; margin-top: 6pt; margin-bottom: 3pt; }}\n'
           'p { margin: 0 0 3pt 0; }\n p.pr { text-indent: 2em; line-height: 1.5; }\n p.post { margin-top: 8pt; }\n'
           'table { width: 100%; }\n'
           f'td {{ padding: 3pt 2pt 2pt 2pt; text-align: center; vertical-align: middle; }}\n'
           'td.l { text-align: left; }\n td.hd, td.b, td.k { font-weight: bold; }\n'
           'table.kv td { border: 0.5pt solid #000; }\n'
           'table.above td { border: 0; }\n td.al { text-align: left; }\n td.ar { text-align: right; }\n'
           'div.pf { text-align: center; font-size: 8pt; }\n')
    if lines == 'ruled':
        css += 'table.ind td { border: 0.5pt solid #000; }\n table.ind tr.hr td { background-color: #e6e6e6; }\n'
    else:
        css += ('table.ind { border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; }\n'
                'table.ind tr.hr td { border-bottom: 0.75pt solid #000; }\n')
    body = top_html(t) + [table_html(t, maker, width_attrs=True, colgroup=False)] + post_html(t)
    body.append('<div id="pagefooter" class="pf">第<pdf:pagenumber>页</div>')
    return doc(t['title'], css, body)


# ------------------------------------------------------------------ LibreOffice Writer importing HTML

def libreoffice_html(t, maker):
    pt = t.get('font_pt', 10.5)
    body = [f'<p align="center"><font face="Noto Serif CJK SC" size="5"><b>{e(t["title"])}</b></font></p>']
    for line in t.get('lines', []):
        body.append(f'<p><font face="Noto Serif CJK SC">{e(line)}</font></p>')
    g, h0, b0 = TB.grid(t, maker)
    ws = t['widths']
    pos = {id(x): c for _r, c, x in TB.positions(g)}
    rows = []
    for i, row in enumerate(g):
        cells = []
        for x in row:
            w = sum(ws[pos[id(x)]:pos[id(x)] + x['cs']]) * 100 / sum(ws)
            span = (f' colspan="{x["cs"]}"' if x['cs'] > 1 else '') + (f' rowspan="{x["rs"]}"' if x['rs'] > 1 else '')
            al = 'left' if x['left'] else 'center'
            txt = e(x['text'])
            if x['bold']:
                txt = f'<b>{txt}</b>'
            bg = ' bgcolor="#dddddd"' if x['kind'] == 'head' else ''
            cells.append(f'<td{span} width="{w:.0f}%" align="{al}" valign="middle"{bg}>'
                         f'<font face="Noto Serif CJK SC">{txt}</font></td>')
        rows.append('<tr>' + ''.join(cells) + '</tr>')
    body.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">' + ''.join(rows) + '</table>')
    for line in t.get('post', []):
        body.append(f'<p align="right"><font face="Noto Serif CJK SC">{e(line)}</font></p>')
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>{e(t["title"])}</title><style>body {{ font-size: {pt}pt; }}</style></head>\n<body>\n'
            + '\n'.join(body) + '\n</body></html>\n')


# ------------------------------------------------------------------ PyMuPDF insert_htmlbox

def mupdf_html(t, maker):
    pt = t.get('font_pt', 10.5) - 1.5
    css = (f'body {{ font-family: sans-serif; font-size: {pt}pt; }}\n'
           f'h1 {{ font-size: {pt + 4}pt; text-align: center; }}\n p {{ margin: 0 0 3pt 0; }}\n'
           'table { border-collapse: collapse; width: 100%; }\n'
           'td { border: 0.6pt solid #333; padding: 2pt; text-align: center; vertical-align: middle; }\n'
           'td.l { text-align: left; }\n td.hd { font-weight: bold; background-color: #e8eef7; }\n')
    body = top_html(t) + [table_html(t, maker, colgroup=False, width_attrs=True)] + post_html(t)
    return css, '\n'.join(body)
