# -*- coding: utf-8 -*-
"""HTML documents of the set-10 tables, one style per HTML-reading maker.

Chromium (--print-to-pdf): ruled with a header block inside the table (ZA01), unruled (ZA02),
multi-page with <thead> repeated and running header/footer (ZA03), multi-page cut with no
repeated header (ZA04), landscape self-evaluation (ZA06), whole portal pages (ZA07 with the
browser's own date/title/URL/page lines, ZA09 with a sidebar and without them), a narrow table
after prose (ZA08), two-line header (ZA11, later re-distilled by Ghostscript), a bare
`<table border=1>` page with the browser's own header/footer (ZA14), a three-line table (ZA15).
WeasyPrint: landscape two-line header (ZA05), multi-page department-wide table (ZA13).
wkhtmltopdf (ZA07, ZA14), xhtml2pdf (ZA10): the same markup with the CSS each engine knows.
"""
from html import escape

import tables as TB

SERIF = '"Noto Serif CJK SC", serif'
SANS = '"Noto Sans CJK SC", sans-serif'


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
                           ('n', c['key'] == 'name')) if on]
    if cls:
        a.append(f'class="{" ".join(cls)}"')
    return f'<{tag}{" " if a else ""}{" ".join(a)}>{e(c["text"])}</{tag}>'


def table_html(t, maker, thead=False, width_attrs=False, colgroup=True, cls='ind', attrs=''):
    """The indicator table (block, header, body, tail rows as tables.grid gives them).
    thead: the header rows in <thead> (repeated on every page by the engines that can);
    width_attrs: column widths as td width= on the first full row (engines without <colgroup>)."""
    g, h0, b0 = TB.grid(t, maker)
    ws = t['widths']
    out = [f'<table class="{cls}"{" " + attrs if attrs else ""}>']
    if colgroup:
        out.append('<colgroup>' + ''.join(f'<col style="width:{100 * w / sum(ws):.1f}%">' for w in ws)
                   + '</colgroup>')
    pos = {id(x): c for _r, c, x in TB.positions(g)}
    widths_done = not width_attrs

    def row_html(i, row, tag):
        nonlocal widths_done
        kind = 'hr' if h0 <= i < b0 else ('blk' if i < h0 else ('tl' if i >= b0 + len(t['rows']) else ''))
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
        return f'<tr{" class=" + chr(34) + kind + chr(34) if kind else ""}>' + ''.join(cells) + '</tr>'

    start = 0
    if thead:
        assert h0 == 0, 'thead with a block inside the table'
        out.append('<thead>' + ''.join(row_html(i, g[i], 'th') for i in range(h0, b0)) + '</thead>')
        start = b0
    out.append('<tbody>')
    for i in range(start, len(g)):
        out.append(row_html(i, g[i], 'td'))
    out.append('</tbody></table>')
    return '\n'.join(out)


def kv_html(kv):
    rows = []
    for a, b, c, d in kv:
        if c is None:
            rows.append(f'<tr><td class="k">{e(a)}</td><td class="l" colspan="3">{e(b)}</td></tr>')
        else:
            rows.append(f'<tr><td class="k">{e(a)}</td><td class="l">{e(b)}</td>'
                        f'<td class="k">{e(c)}</td><td class="l">{e(d)}</td></tr>')
    return ('<table class="kv"><colgroup><col style="width:17%"><col style="width:35%"><col style="width:18%">'
            '<col style="width:30%"></colgroup>' + ''.join(rows) + '</table>')


def top_html(t):
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


def post_html(t, right=False):
    out = []
    for i, line in enumerate(t.get('post', [])):
        cls = ['post' if i == 0 else 'p2'] + (['r'] if right else [])
        if line.startswith(('四、', '五、')):
            out.append(f'<h2>{e(line)}</h2>')
        else:
            out.append(f'<p class="{" ".join(cls)}">{e(line)}</p>')
    return out


def doc(title, css, body, lang='zh-CN'):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f'<title>{e(title)}</title><style>\n{css}</style></head>\n<body>\n'
            + '\n'.join(body) + '\n</body></html>\n')


BASE_CSS = """
h1 {{ font-size: {h1}pt; text-align: center; margin: 0 0 10pt; font-weight: bold; }}
h2 {{ font-size: {h2}pt; margin: 8pt 0 4pt; font-weight: bold; }}
p {{ margin: 0 0 3pt; }}
p.pr {{ text-indent: 2em; line-height: 1.6; margin: 0 0 4pt; }}
p.post {{ margin-top: 8pt; }}
p.r {{ text-align: right; }}
table {{ border-collapse: collapse; width: 100%; }}
table.ind {{ table-layout: fixed; }}
td, th {{ padding: {pad}pt 3pt; text-align: center; vertical-align: middle; font-weight: normal; }}
td.l, th.l {{ text-align: left; }}
td.b, th.b, th.hd, td.hd {{ font-weight: bold; }}
table.above td {{ border: 0; padding: 0 0 4pt; }}
table.above td.al {{ text-align: left; }}
table.above td.ar {{ text-align: right; }}
table.kv {{ margin: 0 0 8pt; table-layout: fixed; }}
table.kv td {{ border: 0.75pt solid #000; padding: 4pt 4pt; }}
table.kv td.k {{ font-weight: bold; background: #f2f2f2; text-align: center; }}
"""

LINES_CSS = {
    'ruled': 'table.ind td, table.ind th { border: 0.75pt solid #000; }\n'
             'table.ind tr.hr td, table.ind thead th { background: #e8e8e8; }\n',
    'none': 'table.ind td, table.ind th { border: 0; }\n',
    'threeline': 'table.ind { border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; }\n'
                 'table.ind td { border: 0; }\n'
                 'table.ind tr.hr td { border-bottom: 0.75pt solid #000; }\n',
}


def css_for(t, font, pt, page, lines, extra='', pad=None, margin='18mm 15mm 18mm 15mm', boxes=''):
    pad = t.get('pad_pt', 3) if pad is None else pad
    return (f'@page {{ size: {page}; margin: {margin};{boxes} }}\n'
            f'body {{ font-family: {font}; font-size: {pt}pt; margin: 0; }}\n'
            + BASE_CSS.format(h1=pt + 5, h2=pt + 0.5, pad=pad) + LINES_CSS[lines] + extra)


def page_boxes(font, **where):
    """CSS @page margin boxes: where = {'top-left': 'content expr', ...}."""
    return ''.join(f'\n  @{k} {{ content: {v}; font-size: 8.5pt; font-family: {font}; color: #333; }}'
                   for k, v in where.items())


# ------------------------------------------------------------------ Chromium

def chromium(t, maker):
    pt = t.get('font_pt', 10.5)
    page = 'A4 landscape' if t.get('landscape') else 'A4'
    if maker == 'chromium-portal':
        return portal(t, 'top')
    if maker == 'chromium-portal-side':
        return portal(t, 'side')
    if maker == 'chromium-plain':
        return plain(t)
    extra = 'td, th { word-break: break-all; }\n'
    thead = False
    boxes = ''
    right = False
    if maker == 'chromium-ruled':                # ZA01: block inside the table
        font, lines = SERIF, 'ruled'
        extra += 'table.ind tr.blk td.b { background: #f4f4f4; }\n'
    elif maker == 'chromium-unruled':            # ZA02: no lines at all
        font, lines = SANS, 'none'
        extra += 'table.ind td { padding: 5pt 3pt; }\n table.ind tr.hr td { padding-bottom: 7pt; }\n'
    elif maker == 'chromium-multipage':          # ZA03: thead repeated, running header/footer
        font, lines, thead = SERIF, 'ruled', True
        boxes = page_boxes(font, **{'top-left': f'"{t["running"]}"', 'top-right': f'"{t["date"]}"',
                                    'bottom-center': '"第 " counter(page) " 页 共 " counter(pages) " 页"'})
        extra += 'tr { break-inside: avoid; }\n'
        right = True
    elif maker == 'chromium-pagecut':            # ZA04: cut by the page break, header not repeated
        font, lines = SANS, 'ruled'
        boxes = page_boxes(font, **{'bottom-center': '"- " counter(page) " -"'})
    elif maker == 'chromium-selfeval':           # ZA06
        font, lines = SANS, 'ruled'
        extra += 'h1 { font-size: 16pt; }\n table.above td { text-align: center !important; }\n'
    elif maker == 'chromium-prose':              # ZA08: a narrow table after prose
        font, lines = SERIF, 'ruled'
        extra += ('body { line-height: 1.5; }\n table.ind { width: 54%; margin: 6pt 0 0 0; }\n'
                  'table.ind td { padding: 2pt 2pt; line-height: 1.35; }\n')
    elif maker == 'gs-chromium':                 # ZA11: two-line header
        font, lines = SERIF, 'ruled'
    elif maker == 'chromium-threeline':          # ZA15
        font, lines = SANS, 'threeline'
        extra += 'table.ind td { padding: 4pt 3pt; }\n h1 { font-size: 15pt; }\n'
    else:
        raise ValueError(maker)
    css = css_for(t, font, pt, page, lines, extra, boxes=boxes)
    body = top_html(t) + [table_html(t, maker, thead=thead)] + post_html(t, right)
    return doc(t['title'], css, body)


def plain(t):
    """A bare page: <table border=1>, the browser's default fonts and margins (ZA14)."""
    g, h0, b0 = TB.grid(t, 'chromium-plain')
    rows = []
    for i, row in enumerate(g):
        tag = 'th' if h0 <= i < b0 else 'td'
        cells = []
        for x in row:
            span = (f' colspan="{x["cs"]}"' if x['cs'] > 1 else '') + (f' rowspan="{x["rs"]}"' if x['rs'] > 1 else '')
            al = '' if tag == 'th' else (' align="left"' if x['left'] else ' align="center"')
            cells.append(f'<{tag}{span}{al}>{e(x["text"])}</{tag}>')
        rows.append('<tr>' + ''.join(cells) + '</tr>')
    body = [f'<h2 align="center">{e(t["title"])}</h2>']
    body += [f'<p>{e(x)}</p>' for x in t.get('lines', [])]
    body.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">' + '\n'.join(rows) + '</table>')
    body += [f'<p>{e(x)}</p>' for x in t.get('post', [])]
    # (the @page size stands for the print dialog's paper choice: A4, not headless Chromium's Letter)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>' + e(t['title']) + '</title>'
            '<style>@page { size: A4; }</style></head>\n'
            '<body>\n' + '\n'.join(body) + '\n</body></html>\n')


def portal(t, layout):
    """A whole government portal page around the table (names and addresses invented)."""
    s = t['site']
    title = f'{t["title"]}_{s["site"]}'
    if layout == 'top':
        table_css = ('table.ind td { border: 1px solid #b9c3cf; padding: 6px 5px; }'
                     'table.ind tr.hr td { background: #e9f0f8; font-weight: bold; }')
        accent, dark = '#1d5aa6', '#123f7a'
    else:
        table_css = ('table.ind td { border: 0; border-bottom: 1px solid #e3e3e3; padding: 7px 5px; }'
                     'table.ind tr.hr td { background: #c0392b; color: #fff; font-weight: bold; }'
                     'table.ind tbody tr:nth-child(even):not(.hr) td { background: #fbf3f2; }')
        accent, dark = '#c0392b', '#8e2a20'
    css = f"""@page {{ size: A4; margin: 12mm 9mm 12mm 9mm; }}
body {{ margin: 0; font: 14px/1.75 "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #222; }}
.wrap {{ width: 980px; margin: 0 auto; }}
.top {{ background: {accent}; color: #fff; }}
.top .wrap {{ display: flex; justify-content: space-between; align-items: center; height: 80px; }}
.logo {{ font-size: 28px; font-weight: bold; letter-spacing: 3px; margin-left: 8px; }}
.tel {{ font-size: 13px; margin-right: 8px; }}
.nav {{ background: {dark}; }}
.nav .wrap {{ display: flex; }}
.nav span {{ color: #fff; padding: 8px 18px; font-size: 15px; white-space: nowrap; }}
.crumb {{ font-size: 13px; color: #666; padding: 9px 0; border-bottom: 1px solid #e5e5e5; }}
.main {{ display: flex; gap: 18px; margin-top: 12px; }}
.side {{ width: 190px; flex: none; border: 1px solid #eadad8; align-self: flex-start; }}
.side h3 {{ margin: 0; background: {accent}; color: #fff; font-size: 16px; padding: 9px 12px; }}
.side ul {{ margin: 0; padding: 0; }}
.side li {{ list-style: none; padding: 8px 12px; border-bottom: 1px dotted #ddd; font-size: 14px; }}
.side li.on {{ color: {accent}; font-weight: bold; }}
.article {{ flex: 1; min-width: 0; }}
.article h1 {{ font-size: 21px; text-align: center; margin: 16px 0 6px; line-height: 1.5; }}
.meta {{ text-align: center; font-size: 12px; color: #888; border-bottom: 1px solid #eee; padding-bottom: 8px; margin-bottom: 12px; }}
.lead {{ text-indent: 2em; margin: 0 0 6px; }}
.art-lines p {{ margin: 0 0 4px; font-size: 13px; }}
table.ind {{ border-collapse: collapse; width: 100%; table-layout: fixed; margin: 8px 0; font-size: 13px; line-height: 1.5; }}
table.ind td {{ text-align: center; vertical-align: middle; word-break: break-all; }}
table.ind td.l {{ text-align: left; }}
{table_css}
.sign {{ text-align: right; margin: 6px 0; }}
.sign p {{ margin: 0; }}
.attach {{ color: #1a56a8; font-size: 13px; }}
.tools {{ text-align: right; font-size: 12px; color: #666; margin: 10px 0; }}
.related {{ border-top: 2px solid {accent}; margin-top: 14px; padding-top: 4px; font-size: 13px; }}
.related h4 {{ margin: 0 0 4px; font-size: 14px; }}
.related li {{ color: #444; }}
.foot {{ background: #f3f3f3; border-top: 3px solid {accent}; margin-top: 24px; padding: 14px 0; text-align: center; font-size: 12px; color: #555; line-height: 2; }}
"""
    nav = ''.join(f'<span>{e(x)}</span>' for x in s['nav'])
    crumb = '您当前的位置：' + ' &gt; '.join(e(x) for x in s['crumb'])
    art = [f'<h1>{e(t["title"])}</h1>', f'<div class="meta">{e(s["meta"])}</div>',
           f'<p class="lead">{e(s["lead"])}</p>']
    if layout == 'top':
        art.append('<div class="art-lines">' + ''.join(f'<p>{e(x)}</p>' for x in t.get('lines', [])) + '</div>')
    art.append(table_html(t, 'chromium-portal' if layout == 'top' else 'chromium-portal-side'))
    art.append('<div class="sign">' + ''.join(f'<p>{e(x)}</p>' for x in t.get('post', [])) + '</div>')
    for a in s.get('attach', []):
        art.append(f'<p class="attach">{e(a)}</p>')
    art.append('<div class="tools">【打印本页】【关闭窗口】【收藏】</div>')
    art.append('<div class="related"><h4>相关链接</h4><ul>' + ''.join(f'<li>{e(x)}</li>' for x in s['related'])
               + '</ul></div>')
    if layout == 'side':
        side = ('<div class="side"><h3>绩效管理</h3><ul>' + ''.join(
            f'<li class="{"on" if x == "项目绩效目标" else ""}">{e(x)}</li>' for x in s['side']) + '</ul></div>')
        main = f'<div class="main">{side}<div class="article">{"".join(art)}</div></div>'
    else:
        main = f'<div class="article">{"".join(art)}</div>'
    foot = ''.join(f'<div>{e(x)}</div>' for x in s['foot'])
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(title)}</title>'
            f'<style>\n{css}</style></head>\n<body>\n'
            f'<div class="top"><div class="wrap"><div class="logo">{e(s["site"])}</div>'
            f'<div class="tel">无障碍浏览　|　长者模式　|　English</div></div></div>\n'
            f'<div class="nav"><div class="wrap">{nav}</div></div>\n'
            f'<div class="wrap"><div class="crumb">{crumb}</div>\n{main}\n</div>\n'
            f'<div class="foot"><div class="wrap">{foot}</div></div>\n</body></html>\n')


# ------------------------------------------------------------------ WeasyPrint

def weasyprint(t, maker):
    pt = t.get('font_pt', 10.5)
    page = 'A4 landscape' if t.get('landscape') else 'A4'
    extra = 'td, th { word-break: break-all; }\n tr { break-inside: avoid; }\n'
    if maker == 'weasyprint-landscape':          # ZA05: two-line header, page footer
        font = SERIF
        boxes = page_boxes(font, **{'bottom-right': '"第" counter(page) "页"'})
        css = css_for(t, font, pt, page, 'ruled', extra, margin='16mm 18mm 16mm 18mm', boxes=boxes)
        body = top_html(t) + [table_html(t, maker)] + post_html(t)
    elif maker == 'weasyprint-multipage':        # ZA13: thead repeated, running header
        font = '"Droid Sans Fallback", "DejaVu Sans", sans-serif'
        boxes = page_boxes(font, **{'top-center': f'"{t["running"]}"', 'bottom-left': f'"{t["date"]}"',
                                    'bottom-right': 'counter(page) " / " counter(pages)'})
        css = css_for(t, font, pt, page, 'ruled', extra, margin='22mm 16mm 20mm 16mm', boxes=boxes)
        css += 'table.ind thead th { background: #dfe7ef; }\n'
        body = top_html(t) + [table_html(t, maker, thead=True)] + post_html(t)
    else:
        raise ValueError(maker)
    return doc(t['title'], css, body)


# ------------------------------------------------------------------ wkhtmltopdf (QtWebKit)

def wkhtmltopdf(t, maker):
    pt = round(t.get('font_pt', 10.5) * t.get('wk_scale', 1.3), 1)
    font = SERIF if t['id'] == 'ZA07' else SANS
    extra = ('table.ind td { word-wrap: break-word; }\n'
             'thead { display: table-header-group; }\n tr { page-break-inside: avoid; }\n')
    css = css_for(t, font, pt, 'A4', 'ruled', extra, pad=t.get('pad_pt', 4))
    body = top_html(t) + [table_html(t, maker)] + post_html(t, right=t['id'] == 'ZA07')
    return doc(t['title'], css, body)


# ------------------------------------------------------------------ xhtml2pdf (ReportLab)

def xhtml2pdf(t, maker, font_css, font_name):
    pt = t.get('font_pt', 10.5)
    css = (font_css +
           '@page { size: a4 portrait; margin: 2cm 1.8cm 2cm 1.8cm;\n'
           '  @frame footer { -pdf-frame-content: pagefooter; bottom: 0.9cm; margin-left: 1.8cm; margin-right: 1.8cm; height: 0.8cm; } }\n'
           f'body {{ font-family: {font_name}; font-size: {pt}pt; -pdf-word-wrap: CJK; }}\n'
           f'h1 {{ font-size: {pt + 5}pt; text-align: center; margin-bottom: 10pt; }}\n'
           'p { margin: 0 0 4pt 0; }\n p.post { margin-top: 10pt; text-align: right; }\n'
           'table { width: 100%; }\n'
           'td { padding: 4pt 2pt 2pt 2pt; text-align: center; vertical-align: middle; }\n'
           'td.l { text-align: left; }\n td.hd, td.b { font-weight: bold; }\n'
           'table.ind td { border: 0.5pt solid #000; }\n table.ind tr.hr td { background-color: #e6e6e6; }\n'
           'div.pf { text-align: center; font-size: 8pt; }\n')
    body = top_html(t) + [table_html(t, maker, width_attrs=True, colgroup=False)] + post_html(t)
    body.append('<div id="pagefooter" class="pf">— <pdf:pagenumber> —</div>')
    return doc(t['title'], css, body)
