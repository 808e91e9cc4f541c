# -*- coding: utf-8 -*-
"""HTML pages of the tables for headless Chromium --print-to-pdf.
chromium-ruled: full grid; chromium-unruled: no lines at all, or a three-line table with thin row
rules (t['hrules']); chromium-multipage: <thead> repeated on every page, running page header
and footer as @page margin boxes."""
from html import escape

import tables as TB

FONTS = {
    'serif': '"SimSun", "宋体", "Noto Serif CJK SC", serif',
    'sans': '"Microsoft YaHei", "微软雅黑", "Noto Sans CJK SC", sans-serif',
}


def e(s):
    return escape(s or '')


def td(c, tag='td'):
    a = []
    if c['cs'] > 1:
        a.append(f'colspan="{c["cs"]}"')
    if c['rs'] > 1:
        a.append(f'rowspan="{c["rs"]}"')
    cls = [k for k, on in (('l', c['left']), ('b', c['bold']), ('cat', c['cat']),
                           ('hd', c['kind'] == 'head')) if on]
    if cls:
        a.append(f'class="{" ".join(cls)}"')
    return f'<{tag} {" ".join(a)}>{e(c["text"])}</{tag}>'.replace(' >', '>')


def table_html(t, block, rs, maker, thead):
    g, h0, b0 = TB.grid(t, block, rs, maker=maker)
    wsum = sum(t['widths'])
    out = ['<table class="ind">', '<colgroup>' + ''.join(
        f'<col style="width:{100 * w / wsum:.2f}%">' for w in t['widths']) + '</colgroup>']
    if thead:
        assert h0 == 0
        out.append('<thead>' + ''.join('<tr class="hr">' + ''.join(td(c, 'th') for c in row) + '</tr>'
                                       for row in g[:b0]) + '</thead>')
        g = g[b0:]
        b0 = 0
        h0 = 0
    out.append('<tbody>')
    for i, row in enumerate(g):
        cls = ' class="hr"' if (h0 <= i < b0) else (' class="blk"' if i < h0 else '')
        out.append(f'<tr{cls}>' + ''.join(td(c) for c in row) + '</tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)


def kv_html(kv):
    rows = []
    for a, b, c, d in kv:
        if c is None:
            rows.append(f'<tr><th>{e(a)}</th><td class="l" colspan="3">{e(b)}</td></tr>')
        else:
            rows.append(f'<tr><th>{e(a)}</th><td class="l">{e(b)}</td><th>{e(c)}</th><td class="l">{e(d)}</td></tr>')
    return ('<table class="kv"><colgroup><col style="width:17%"><col style="width:33%">'
            '<col style="width:20%"><col style="width:30%"></colgroup>' + ''.join(rows) + '</table>')


def render(t, maker):
    multi = maker == 'chromium-multipage'
    if maker == 'chromium-ruled' or (multi and not t.get('hrules')):
        lines = 'ruled'
    elif t.get('hrules'):
        lines = 'hrules'
    else:
        lines = 'none'
    n = int(t['id'][1:])
    font = FONTS['serif' if n % 3 else 'sans']
    pt = t.get('font_pt', 10.5)
    page = 'A4 landscape' if t.get('landscape') else 'A4'
    boxes = ''
    if multi:
        boxes = (f'@top-left {{ content: "{t["running"]}"; font-size: 8.5pt; font-family: {font}; }}\n'
                 + (f'@top-right {{ content: "{t["date"]}"; font-size: 8.5pt; font-family: {font}; }}\n'
                    if t.get('date') else '')
                 + f'@bottom-center {{ content: "第 " counter(page) " 页 共 " counter(pages) " 页"; '
                   f'font-size: 9pt; font-family: {font}; }}\n')
    grid_css = {
        'ruled': 'table.ind td, table.ind th { border: 0.75pt solid #000; }\n'
                 'table.ind tr.hr th, table.ind tr.hr td { background: #f0f0f0; }',
        'hrules': 'table.ind { border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; }\n'
                  'table.ind tr.hr th, table.ind tr.hr td, table.ind thead th { border-bottom: 0.8pt solid #000; }\n'
                  'table.ind tbody td { border-bottom: 0.3pt solid #aaa; }',
        'none': 'table.ind td, table.ind th { border: 0; }',
    }[lines]
    css = f"""@page {{ size: {page}; margin: 20mm 15mm 18mm 15mm;
{boxes}}}
body {{ font-family: {font}; font-size: {pt}pt; margin: 0; }}
h1 {{ font-size: {pt + 5}pt; text-align: center; margin: 0 0 10pt; }}
.above {{ display: flex; justify-content: space-between; margin: 0 0 4pt; }}
p {{ margin: 0 0 3pt; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
td, th {{ padding: {t.get('pad_pt', 3)}pt 3pt; text-align: center; vertical-align: middle; font-weight: normal; word-break: break-all; }}
{grid_css}
td.l, th.l {{ text-align: left; }}
.b, th.hd, td.hd {{ font-weight: bold; }}
td.cat {{ vertical-align: {t.get('valign', 'middle')}; }}
table.kv {{ margin: 0 0 8pt; }}
table.kv td, table.kv th {{ border: 0.75pt solid #000; }}
table.kv th {{ font-weight: bold; }}
.gap {{ height: 16pt; }}
.post {{ margin-top: 8pt; }}
"""
    b = [f'<h1>{e(t["title"])}</h1>']
    for left, right in t.get('above', []):
        b.append(f'<div class="above"><span>{e(left)}</span><span>{e(right)}</span></div>')
    for line in t.get('lines', []):
        b.append(f'<p>{e(line)}</p>')
    if t.get('kv'):
        b.append(kv_html(t['kv']))
    for k, (project, block, rs) in enumerate(TB.parts(t)):
        if k:
            b.append('<div class="gap"></div>')
        b.append(table_html(t, block, rs, maker, thead=multi))
    for i, line in enumerate(t.get('post', [])):
        b.append(f'<p class="{"post" if i == 0 else ""}">{e(line)}</p>')
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f'<title>{e(t["title"])}</title><style>\n{css}</style></head>\n<body>\n'
            + '\n'.join(b) + '\n</body></html>\n')
