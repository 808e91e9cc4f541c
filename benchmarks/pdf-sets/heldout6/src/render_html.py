# -*- coding: utf-8 -*-
"""HTML for headless Chromium: ruled, unruled (no lines / horizontal rules only), multipage."""
import html
import tables as TB

SERIF = '"Noto Serif CJK SC", serif'
SANS = '"Noto Sans CJK SC", sans-serif'


def esc(s):
    return html.escape(s or '')


def cell_html(cell, tag='td', extra=''):
    attrs = []
    if cell['cs'] > 1:
        attrs.append(f'colspan="{cell["cs"]}"')
    if cell['rs'] > 1:
        attrs.append(f'rowspan="{cell["rs"]}"')
    cls = []
    if cell['kind'] in ('head',):
        cls.append('h')
    if cell['kind'] == 'block' and cell['align'] == 'C':
        cls.append('lab')
    if cell['align'] == 'L':
        cls.append('l')
    if cell.get('cat'):
        cls.append('cat')
    if cls:
        attrs.append(f'class="{" ".join(cls)}"')
    return f'<{tag} {" ".join(attrs)}{extra}>{esc(cell["text"])}</{tag}>'


def table_html(t, block, rs, mode, repeat_head):
    g, n, body_start, nhead = TB.grid(t, block, rs)
    TB.place(g, n)
    head_from = body_start - nhead
    cols = ''.join(f'<col style="width:{w}%">' for _, _, w in t['cols'])
    out = [f'<table class="main">', f'<colgroup>{cols}</colgroup>']
    if repeat_head:
        assert head_from == 0, 'thead must be first'
        out.append('<thead>')
        for row in g[:body_start]:
            out.append('<tr>' + ''.join(cell_html(c, 'th') for c in row) + '</tr>')
        out.append('</thead><tbody>')
        rows_ = g[body_start:]
    else:
        out.append('<tbody>')
        rows_ = g
    for i, row in enumerate(rows_):
        is_head = all(c['kind'] == 'head' for c in row)
        out.append('<tr%s>' % (' class="hr"' if is_head else ''))
        out.append(''.join(cell_html(c, 'td') for c in row) + '</tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)


def render(t, maker):
    ruled = maker in ('chromium-ruled',) or (maker == 'chromium-multipage' and t.get('unruled') != 'hrules')
    unruled = 'none' if maker == 'chromium-unruled' and t.get('unruled', 'none') == 'none' else (
        'hrules' if (maker == 'chromium-unruled' or (maker == 'chromium-multipage' and t.get('unruled') == 'hrules')) else None)
    repeat_head = maker == 'chromium-multipage' and t.get('repeat_head')
    fam = SERIF if int(t['id'][1:]) % 2 else SANS
    fpt = t.get('font_pt', 10.5)
    size = 'A4 landscape' if t.get('landscape') else 'A4'
    margin_boxes = ''
    if t.get('page_header'):
        margin_boxes += f'@top-center {{ content: "{t["page_header"]}"; font-size: 9pt; font-family: {fam}; }}\n'
    if t.get('page_date'):
        margin_boxes += f'@top-right {{ content: "{t["page_date"]}"; font-size: 8pt; }}\n'
    if t.get('page_footer') == 'pages':
        margin_boxes += '@bottom-center { content: "第" counter(page) "页 共" counter(pages) "页"; font-size: 9pt; font-family: %s; }\n' % fam
    if ruled:
        border = 'td, th { border: 1px solid #000; }'
    elif unruled == 'hrules':
        border = ('table.main { border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; }\n'
                  'tr.hr td, thead th { border-bottom: 0.75pt solid #000; }\n'
                  'td { border-bottom: 0.4pt solid #999; }')
    else:
        border = 'td, th { border: none; }'
    css = f"""
@page {{ size: {size}; margin: 18mm 14mm 18mm 14mm;
{margin_boxes}}}
body {{ font-family: {fam}; font-size: {fpt}pt; color: #000; }}
h1 {{ font-size: {fpt + 6}pt; text-align: center; margin: 0 0 8pt 0; font-weight: bold; }}
.pre {{ display: flex; justify-content: space-between; margin: 2pt 0 4pt 0; }}
p.line {{ margin: 2pt 0; text-align: left; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
td, th {{ padding: 3pt 4pt; text-align: center; vertical-align: middle; font-weight: normal; word-break: break-all; }}
{border}
td.l, th.l {{ text-align: left; }}
th, tr.hr td {{ font-weight: bold; }}
td.lab {{ font-weight: bold; }}
td.cat {{ vertical-align: {t.get('valign', 'middle')}; }}
table.kv {{ margin-bottom: 8pt; }}
table.kv td {{ border: 1px solid #000; }}
table.kv td.k {{ width: 22%; font-weight: bold; }}
.post {{ margin-top: 10pt; }}
.gap {{ height: 14pt; }}
"""
    body = [f'<h1>{esc(t["title"])}</h1>']
    for left, right in t.get('pre', []):
        body.append(f'<div class="pre"><span>{esc(left)}</span><span>{esc(right)}</span></div>')
    for line in t.get('pre_lines', []):
        body.append(f'<p class="line">{esc(line)}</p>')
    if t.get('kv'):
        body.append('<table class="kv">' + ''.join(
            f'<tr><td class="k">{esc(k)}</td><td class="l">{esc(v)}</td></tr>' for k, v in t['kv']) + '</table>')
    if t.get('kv4'):
        rows_ = []
        for a, b, c, d in t['kv4']:
            if c is None:
                rows_.append(f'<tr><td class="k">{esc(a)}</td><td class="l" colspan="3">{esc(b)}</td></tr>')
            else:
                rows_.append(f'<tr><td class="k">{esc(a)}</td><td class="l">{esc(b)}</td><td class="k">{esc(c)}</td><td class="l">{esc(d)}</td></tr>')
        body.append('<table class="kv">' + ''.join(rows_) + '</table>')
    for k, (project, block, rs) in enumerate(TB.parts(t)):
        if k:
            body.append('<div class="gap"></div>')
        body.append(table_html(t, block, rs, maker, repeat_head))
    for line in t.get('post', []):
        body.append(f'<p class="line post">{esc(line)}</p>')
    return f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(t["title"])}</title><style>{css}</style></head><body>{"".join(body)}</body></html>'
