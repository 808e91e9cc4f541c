# -*- coding: utf-8 -*-
"""HTML pages of the set-13 tables as a reporting system (预算管理一体化系统 / 绩效管理系统) exports them
for printing, one style per maker.  (Helpers are set 12's render_html.py; the layouts are new.)

Chromium (--print-to-pdf, --no-pdf-header-footer):
  chromium-export  ZD01  A4, serif 10.5pt, a system line on top, the header block as a table of its own,
                         the indicator table's header in <thead> (repeated), `第 n 页 共 N 页`
                   ZD11  A4, sans 9.5pt, system export: categories on every row, 序号, 计算符号/指标值/
                         计量单位, header row not in <thead> (page 2 starts with a body row)
  chromium-twin    ZD03  A4, serif 10pt, two-line header (指标值 over 实施期/年度, 备注) in <thead>
  chromium-ruled   ZD06  A4, sans 10.5pt, ruled; 满意度指标 merged across both category columns;
                         成本指标 at level 1 (经济/社会/生态环境成本指标)
  chromium-zebra   ZD08  A4, sans 11pt, rows shaded in turn, no vertical rules, categories merged
  chromium-self    ZD10  A4 landscape, sans 9pt, self-evaluation table with the money block inside the
                         grid, 合计 and 总分 rows
wkhtmltopdf (ZD05, ZD10): the saved page with wkhtmltopdf's defaults (A4, smart shrinking).
"""
from html import escape

import tables as TB

SERIF = '"Noto Serif CJK SC", serif'
FACES = ''.join(
    f'@font-face {{ font-family: "{fam}"; font-weight: {wt}; src: url("file:///tmp/pdf13/{fam}{suf}.ttf") format("truetype"); }}\n'
    for fam in ('NotoSerifSC-C13', 'NotoSansSC-C13') for wt, suf in (('normal', ''), ('bold', '-Bold')))
TT_SERIF = '"NotoSerifSC-C13", serif'
TT_SANS = '"NotoSansSC-C13", sans-serif'


def e(s):
    return escape(s or '')


def td(c, tag='td'):
    a = []
    if c['cs'] > 1:
        a.append(f'colspan="{c["cs"]}"')
    if c['rs'] > 1:
        a.append(f'rowspan="{c["rs"]}"')
    cls = [k for k, on in (('l', c['left']), ('b', c['bold']), ('cat', c['key'] in ('l1', 'l2')),
                           ('hd', c['kind'] == 'head'), ('v', c['key'] in ('val', 'pval')),
                           ('n', c['key'] == 'name'), ('rs', c['key'] in ('reason', 'remark'))) if on]
    if cls:
        a.append(f'class="{" ".join(cls)}"')
    return f'<{tag}{" " if a else ""}{" ".join(a)}>{e(c["text"])}</{tag}>'


def rows_html(t, g, h0, b0, thead):
    nbody = len(t['rows'])
    out = []

    def row_html(i, row, tag):
        if h0 <= i < b0:
            kind = 'hr'
        elif i < h0:
            kind = 'blk'
        elif i >= b0 + nbody:
            kind = 'tl'
        else:
            kind = 'odd' if (i - b0) % 2 == 0 else 'even'
        return f'<tr class="{kind}">' + ''.join(td(x, tag) for x in row) + '</tr>'

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


def colgroup(ws):
    return '<colgroup>' + ''.join(f'<col style="width:{100 * w / sum(ws):.1f}%">' for w in ws) + '</colgroup>'


def table_html(t, maker, thead=False, block=True, cls='ind'):
    g, h0, b0 = TB.grid(t, maker, block=block)
    out = [f'<table class="{cls}">', colgroup(t['widths'])]
    out += rows_html(t, g, h0, b0, thead)
    out.append('</table>')
    return '\n'.join(out)


def block_html(t, cls='ind blk'):
    g = TB.block_grid(t)
    out = [f'<table class="{cls}">', colgroup(t['widths'])]
    out += rows_html(t, g, len(g), len(g), False)
    out.append('</table>')
    return '\n'.join(out)


def top_html(t, system=None):
    b = [f'<div class="sys">{e(system)}</div>'] if system else []
    b.append(f'<h1>{e(t["title"])}</h1>')
    for left, right in t.get('above', []):
        b.append(f'<table class="above"><tr><td class="al">{e(left)}</td><td class="ar">{e(right)}</td></tr></table>')
    for line in t.get('lines', []):
        b.append(f'<p>{e(line)}</p>')
    return b


def post_html(t):
    return [f'<p class="{"post" if i == 0 else "p2"}">{e(line)}</p>' for i, line in enumerate(t.get('post', []))]


def doc(title, css, body):
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f'<title>{e(title)}</title><style>\n{css}</style></head>\n<body>\n'
            + '\n'.join(body) + '\n</body></html>\n')


BASE_CSS = """
div.sys {{ font-size: 8pt; color: #555; border-bottom: 0.5pt solid #999; padding-bottom: 2pt; margin-bottom: 8pt; }}
h1 {{ font-size: {h1}pt; text-align: center; margin: 0 0 9pt; font-weight: bold; }}
p {{ margin: 0 0 3pt; }}
p.post {{ margin-top: 8pt; }}
table {{ border-collapse: collapse; width: 100%; }}
table.ind {{ table-layout: fixed; }}
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
    'zebra': 'table.ind { border-top: 1pt solid #333; border-bottom: 1pt solid #333; }\n'
             'table.ind td { border: 0; border-bottom: 0.4pt solid #bbb; }\n'
             'table.ind tr.hr td { background: #d9e2f3; border-bottom: 0.75pt solid #333; }\n'
             'table.ind tr.even td { background: #f3f6fb; }\n table.ind td.cat { background: #fff; }\n',
}


def css_for(font, pt, page, lines, extra='', pad=3, margin='18mm 15mm 18mm 15mm', boxes=''):
    at_page = f'@page {{ size: {page}; margin: {margin};{boxes} }}\n' if page else ''
    return (FACES + at_page + f'body {{ font-family: {font}; font-size: {pt}pt; margin: 0; }}\n'
            + BASE_CSS.format(h1=pt + 5, pad=pad) + LINES_CSS[lines] + extra)


def page_boxes(font, **where):
    return ''.join(f'\n  @{k.replace("_", "-")} {{ content: {v}; font-size: 8.5pt; font-family: {font}; color: #333; }}'
                   for k, v in where.items())


SYSTEM = {'ZD01': '芩塘市预算管理一体化系统 · 绩效目标管理　　　打印时间：2025-02-14 10:32　　　操作员：yibao_cw01',
          'ZD11': '菘岭县预算管理一体化系统　绩效目标导出　　2025-03-06',
          'ZD03': '楸原县财政预算绩效管理平台 › 项目绩效目标申报 › 打印预览',
          'ZD08': '桉渚县预算绩效管理系统　　打印日期：2025-02-21',
          'ZD10': '芩塘市预算绩效管理系统 › 绩效自评 › 项目支出绩效自评表（打印）',
          'ZD05': '蓠洲市财政局预算绩效管理平台　　当前用户：市场监管局财务科'}


def chromium(t, maker):
    extra = 'td, th { word-break: break-all; }\n'
    thead, block, boxes, page, pad = False, True, '', 'A4', 3
    margin = '16mm 14mm 16mm 14mm'
    lines = 'ruled'
    if maker == 'chromium-export' and t['id'] == 'ZD01':
        font, pt, thead, block, pad = TT_SERIF, 10.5, True, False, 3.5
        boxes = page_boxes(font, bottom_center='"第 " counter(page) " 页 共 " counter(pages) " 页"')
        extra += 'table.blk td.b { background: #f4f4f4; }\n table.blk { border-bottom: 0; }\n'
    elif maker == 'chromium-export':             # ZD11
        font, pt, pad = TT_SANS, 9.5, 4
        extra += 'table.ind tr.hr td { background: #dde7f3; }\n'
    elif maker == 'chromium-twin':               # ZD03
        font, pt, thead, pad = TT_SERIF, 10, True, 4
        boxes = page_boxes(font, bottom_right='"第" counter(page) "页"')
    elif maker == 'chromium-ruled':              # ZD06
        font, pt, pad = TT_SANS, 10.5, 5
    elif maker == 'chromium-zebra':              # ZD08
        font, pt, pad, lines = TT_SANS, 11, 6, 'zebra'
    elif maker == 'chromium-self':               # ZD10
        font, pt, page, pad = TT_SANS, 9, 'A4 landscape', 3
        margin = '12mm 12mm 14mm 12mm'
        extra += ('table.ind td { line-height: 1.4; }\n table.ind tr.blk td.b, table.ind tr.hr td { background: #eeeeee; }\n'
                  'table.ind tr.tl td { font-weight: bold; }\n')
        boxes = page_boxes(font, bottom_center='"第 " counter(page) " 页"')
    else:
        raise ValueError(maker)
    css = css_for(font, pt, page, lines, extra, pad=pad, margin=margin, boxes=boxes)
    body = top_html(t, SYSTEM.get(t['id']))
    if not block:
        body.append(block_html(t))
    body += [table_html(t, maker, thead=thead, block=block)] + post_html(t)
    return doc(t['title'], css, body)


def wkhtmltopdf(t, maker):
    """The page as it is saved; wkhtmltopdf prints it with its own defaults (A4, smart shrinking)."""
    font, pt, pad = (SERIF, 12, 4) if t['id'] == 'ZD05' else (SERIF, 11.5, 3)
    extra = 'table.ind td { word-wrap: break-word; }\n'
    css = css_for(font, pt, None, 'ruled', extra, pad=pad)
    body = top_html(t, SYSTEM.get(t['id'])) + [table_html(t, maker)] + post_html(t)
    return doc(t['title'], css, body)
