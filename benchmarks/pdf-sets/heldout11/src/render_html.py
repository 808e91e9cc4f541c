# -*- coding: utf-8 -*-
"""The web pages of set 11: invented government portal pages that hold a performance-target table.

portal(t, maker) is the whole page (banner, navigation, breadcrumb, title, article meta, optional
info box, lead paragraph, text lines, the table, sign-off, attachments, print/close tools, related
links, footer), laid out as t['site'] says:
  layout  top     article under the navigation, full width
          left    a side menu floated left of the article
          right   the article with a "hot topics" box floated right
          narrow  a fixed 1100px page: a 730px article column and a 330px column of related links
          cms     an old CMS page laid out with nested <table>s, <font> and bgcolor attributes
  table   ruled | unruled | threeline | zebra | hlines | cms (border=1 attributes) | word (a table
          pasted from Word: MsoNormalTable, inline pt widths and borders, <p class=MsoNormal><span>)
  width   fixed page width in px, or None for a fluid page (max-width 1180px)
The same page is printed by Chromium, wkhtmltopdf, WeasyPrint and LibreOffice (all float/table
layout, no flexbox: QtWebKit and LibreOffice know none).  Only the table's <thead> (t['thead'])
differs from a plain body row.
xhtml2pdf gets a simpler page of the same site (xhtml2pdf knows no floats and few selectors).
"""
from html import escape

import tables as TB


def e(s):
    return escape(s or '')


def td(c, tag='td', width=None, style=''):
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
    if style:
        a.append(f'style="{style}"')
    return f'<{tag}{" " if a else ""}{" ".join(a)}>{e(c["text"])}</{tag}>'


def table_html(t, maker, cls='ind', attrs='', width_attrs=False, colgroup=True, head_tag='td'):
    """The indicator table (block, header, body and tail rows as tables.grid gives them).  The
    header rows go into <thead> when t['thead'] (Chromium and WeasyPrint repeat it on every page)."""
    g, h0, b0 = TB.grid(t, maker)
    ws = t['widths']
    out = [f'<table class="{cls}"{" " + attrs if attrs else ""}>']
    if colgroup:
        out.append('<colgroup>' + ''.join(f'<col style="width:{100 * w / sum(ws):.1f}%">' for w in ws)
                   + '</colgroup>')
    pos = {id(x): c for _r, c, x in TB.positions(g)}
    widths_done = not width_attrs
    nbody = len(t['rows'])

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
    if t.get('thead') and h0 == 0:
        out.append('<thead>' + ''.join(row_html(i, g[i], 'th') for i in range(h0, b0)) + '</thead>')
        start = b0
    out.append('<tbody>')
    for i in range(start, len(g)):
        out.append(row_html(i, g[i], head_tag if h0 <= i < b0 else 'td'))
    out.append('</tbody></table>')
    return '\n'.join(out)


def word_table(t, maker):
    """A table as Word's 'Save as web page' / paste into a CMS editor leaves it."""
    g, h0, b0 = TB.grid(t, maker)
    ws = t['widths']
    total_pt = 430.0
    pos = {id(x): c for _r, c, x in TB.positions(g)}
    out = ['<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="574" '
           'style="width:430.0pt;border-collapse:collapse;mso-table-layout-alt:fixed;border:none;'
           'mso-border-alt:solid windowtext .5pt;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">']
    for i, row in enumerate(g):
        out.append(f'<tr style="mso-yfti-irow:{i};height:{24 if i >= b0 else 28}.0pt">')
        for x in row:
            c0 = pos[id(x)]
            wpt = total_pt * sum(ws[c0:c0 + x['cs']]) / sum(ws)
            span = (f' colspan="{x["cs"]}"' if x['cs'] > 1 else '') + (f' rowspan="{x["rs"]}"' if x['rs'] > 1 else '')
            style = (f'width:{wpt:.1f}pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;'
                     'padding:0cm 5.4pt 0cm 5.4pt;height:24.0pt')
            al = 'left' if x['left'] else 'center'
            txt = e(x['text']) or '&nbsp;'
            b0_, b1_ = ('<b>', '</b>') if x['bold'] else ('', '')
            out.append(f'<td width="{wpt * 4 / 3:.0f}"{span} valign="middle" style="{style}">'
                       f'<p class="MsoNormal" align="{al}" style="text-align:{al};line-height:15.0pt">'
                       f'{b0_}<span style="font-size:10.5pt;font-family:宋体;mso-ascii-font-family:\'Times New Roman\'">'
                       f'{txt}</span>{b1_}</p></td>')
        out.append('</tr>')
    out.append('</table>')
    return '\n'.join(out)


def cms_table(t, maker):
    """border=1 cellspacing=0 with attribute styling only (an old CMS editor's table)."""
    g, h0, b0 = TB.grid(t, maker)
    rows = []
    for i, row in enumerate(g):
        cells = []
        for x in row:
            span = (f' colspan="{x["cs"]}"' if x['cs'] > 1 else '') + (f' rowspan="{x["rs"]}"' if x['rs'] > 1 else '')
            if h0 <= i < b0:
                cells.append(f'<th{span} bgcolor="#f0e6d8"><font size="2">{e(x["text"])}</font></th>')
            else:
                al = 'left' if x['left'] else 'center'
                cells.append(f'<td{span} align="{al}"><font size="2">{e(x["text"])}</font></td>')
        rows.append('<tr>' + ''.join(cells) + '</tr>')
    return ('<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#999999" '
            'style="border-collapse:collapse">\n' + '\n'.join(rows) + '\n</table>')


TABLE_CSS = {  # @RULE@ @HEAD@ @ACCENT@: the site's colours
    'ruled': ('table.ind td, table.ind th { border: 1px solid @RULE@; padding: 6px 5px; }\n'
              'table.ind tr.hr td, table.ind thead th { background: @HEAD@; font-weight: bold; }\n'
              'table.ind tr.blk td.b { background: #f6f6f6; }\n'),
    'unruled': ('table.ind td, table.ind th { border: 0; padding: 5px 6px; }\n'
                'table.ind tr.hr td { font-weight: bold; color: #333; padding-bottom: 9px; }\n'),
    'threeline': ('table.ind { border-top: 2px solid #000; border-bottom: 2px solid #000; }\n'
                  'table.ind td { border: 0; padding: 6px 5px; }\n'
                  'table.ind tr.hr td { border-bottom: 1px solid #000; font-weight: bold; }\n'),
    'zebra': ('table.ind td, table.ind th { border: 0; border-bottom: 1px solid #dfe7df; padding: 7px 5px; }\n'
              'table.ind tr.hr td { background: @ACCENT@; color: #fff; font-weight: bold; }\n'
              'table.ind tr.even td { background: #eef6ee; }\n'),
    'hlines': ('table.ind td, table.ind th { border: 0; border-bottom: 1px solid #9aa3c7; padding: 7px 6px; }\n'
               'table.ind tr.hr td { border-top: 2px solid #283593; border-bottom: 2px solid #283593; font-weight: bold; }\n'),
}


def page_css(t, maker):
    s = t['site']
    acc, dark = s['accent'], s['dark']
    px = s.get('font_px', 14)
    if s.get('width'):
        wrap = f'width: {s["width"]}px; margin: 0 auto;'
    else:
        wrap = 'max-width: 1180px; margin: 0 auto; padding: 0 12px;'
    css = f"""body {{ margin: 0; font: {px}px/1.75 "Microsoft YaHei", "微软雅黑", "Noto Sans CJK SC", sans-serif; color: #222; background: #fff; }}
a {{ color: #222; text-decoration: none; }}
.wrap {{ {wrap} }}
.wrap:after, .main:after {{ content: ""; display: block; clear: both; }}
.top {{ background: {acc}; color: #fff; }}
.top .wrap {{ height: 86px; position: relative; }}
.logo {{ float: left; font-size: 30px; font-weight: bold; letter-spacing: 4px; padding-top: 14px; }}
.logo small {{ display: block; font-size: 11px; letter-spacing: 1px; font-weight: normal; opacity: .85; line-height: 1.2; }}
.tools-top {{ float: right; font-size: 12px; padding-top: 30px; }}
.nav {{ background: {dark}; }}
.nav ul {{ margin: 0; padding: 0; }}
.nav li {{ display: inline-block; color: #fff; padding: 8px 20px; font-size: 15px; }}
.crumb {{ font-size: 13px; color: #666; padding: 9px 0; border-bottom: 1px solid #e5e5e5; }}
.main {{ margin-top: 12px; }}
.side {{ width: 200px; border: 1px solid #dde3ea; }}
.side.left {{ float: left; }}
.side.right {{ float: right; width: 230px; }}
.side h3 {{ margin: 0; background: {acc}; color: #fff; font-size: 16px; padding: 8px 12px; }}
.side ul {{ margin: 0; padding: 0; }}
.side li {{ list-style: none; padding: 7px 12px; border-bottom: 1px dotted #ccc; font-size: 14px; }}
.side li.on {{ color: {acc}; font-weight: bold; background: #f4f7fa; }}
.article.with-left {{ margin-left: 222px; }}
.article.with-right {{ margin-right: 252px; }}
.article h1 {{ font-size: 22px; text-align: center; margin: 16px 0 6px; line-height: 1.5; color: #111; }}
.meta {{ text-align: center; font-size: 12px; color: #888; border-bottom: 1px dashed #ddd; padding-bottom: 8px; margin-bottom: 12px; }}
table.info {{ width: 100%; border-collapse: collapse; font-size: 12px; margin: 0 0 12px; background: #f7f9fb; }}
table.info td {{ border: 1px solid #e1e6eb; padding: 4px 8px; }}
table.info td.k {{ color: #666; width: 12%; white-space: nowrap; }}
.lead {{ text-indent: 2em; margin: 0 0 6px; }}
.lines p {{ margin: 0 0 3px; font-size: {px - 1}px; }}
table.ind {{ border-collapse: collapse; width: 100%; table-layout: fixed; margin: 8px 0; font-size: {px - 1}px; line-height: 1.55; }}
table.ind td, table.ind th {{ text-align: center; vertical-align: middle; word-wrap: break-word; word-break: break-all; font-weight: normal; }}
table.ind td.l {{ text-align: left; }}
table.ind td.b {{ font-weight: bold; }}
table.above {{ width: 100%; }}
table.above td {{ text-align: center; font-size: 13px; }}
"""
    css += (TABLE_CSS.get(s['table'], '').replace('@RULE@', s.get('rule', '#8c9aa8'))
            .replace('@HEAD@', s.get('head', '#e8eef5')).replace('@ACCENT@', acc))
    css += f""".sign {{ text-align: right; margin: 8px 0; }}
.sign p {{ margin: 0; }}
.attach {{ margin: 10px 0; font-size: 13px; }}
.attach p {{ margin: 0; color: #1a56a8; }}
.share {{ font-size: 12px; color: #888; margin: 8px 0; }}
.pt {{ text-align: right; font-size: 12px; color: #666; margin: 10px 0; }}
.related {{ border-top: 2px solid {acc}; margin-top: 14px; padding-top: 4px; font-size: 13px; }}
.related h4 {{ margin: 0 0 4px; font-size: 14px; }}
.related ul {{ margin: 0; padding-left: 20px; }}
.foot {{ background: #f2f2f2; border-top: 3px solid {acc}; margin-top: 24px; padding: 14px 0; text-align: center; font-size: 12px; color: #555; line-height: 2; }}
"""
    if s['layout'] == 'narrow':
        css += ('.article.narrow { float: left; width: 730px; }\n'
                '.side.narrow { float: right; width: 330px; border: 0; }\n'
                '.side.narrow h3 { background: none; color: #222; border-bottom: 2px solid ' + acc + '; padding: 6px 0; }\n'
                '.side.narrow li { padding: 7px 0; }\n')
    if s.get('print_css'):     # the site's own print stylesheet
        css += '@media print { ' + s['print_css'] + ' }\n'
    return css


def article(t, maker):
    s = t['site']
    art = [f'<h1>{e(t["title"])}</h1>', f'<div class="meta">{e(s["meta"])}</div>']
    if s.get('infobox'):
        cells = [f'<td class="k">{e(k)}：</td><td>{e(v)}</td>' for k, v in s['infobox']]
        rows = ['<tr>' + ''.join(cells[i:i + 3]) + '</tr>' for i in range(0, len(cells), 3)]
        art.insert(1, '<table class="info">' + ''.join(rows) + '</table>')
    if s.get('lead'):
        art.append(f'<p class="lead">{e(s["lead"])}</p>')
    lines = t.get('lines', []) + s.get('lines_in_article', [])
    if lines:
        art.append('<div class="lines">' + ''.join(f'<p>{e(x)}</p>' for x in lines) + '</div>')
    if t.get('above'):
        for left, _right in t['above']:
            art.append(f'<p style="text-align:center;margin:4px 0 0">{e(left)}</p>')
    if s['table'] == 'word':
        art.append('<div class="WordSection1">' + word_table(t, maker) + '</div>')
    elif s['table'] == 'cms':
        art.append(cms_table(t, maker))
    else:
        art.append(table_html(t, maker))
    art.append('<div class="sign">' + ''.join(f'<p>{e(x)}</p>' for x in t.get('post', [])) + '</div>')
    if s.get('attach'):
        art.append('<div class="attach">' + ''.join(f'<p>{e(a)}</p>' for a in s['attach']) + '</div>')
    if s.get('share'):
        art.append(f'<div class="share">{e(s["share"])}</div>')
    art.append('<div class="pt">【打印本页】　【关闭窗口】</div>')
    if s.get('related'):
        art.append('<div class="related"><h4>相关阅读</h4><ul>' + ''.join(f'<li>{e(x)}</li>' for x in s['related'])
                   + '</ul></div>')
    return art


def page_title(t):
    return f'{t["title"]}_{t["site"]["site"]}'


def portal(t, maker):
    s = t['site']
    if s['layout'] == 'cms':
        return cms_page(t, maker)
    css = page_css(t, maker)
    nav = '<ul>' + ''.join(f'<li>{e(x)}</li>' for x in s['nav']) + '</ul>'
    sep = s.get('crumb_sep', ' &gt; ')
    crumb = e(s['crumb_prefix']) + sep.join(e(x) for x in s['crumb'])
    art = ''.join(article(t, maker))
    lay = s['layout']
    if lay == 'left':
        title, items, on = s['side']
        side = (f'<div class="side left"><h3>{e(title)}</h3><ul>'
                + ''.join(f'<li class="{"on" if x == on else ""}">{e(x)}</li>' for x in items) + '</ul></div>')
        main = f'<div class="main">{side}<div class="article with-left">{art}</div></div>'
    elif lay == 'right':
        title, items, _on = s['side']
        side = (f'<div class="side right"><h3>{e(title)}</h3><ul>'
                + ''.join(f'<li>{e(x)}</li>' for x in items) + '</ul></div>')
        main = f'<div class="main">{side}<div class="article with-right">{art}</div></div>'
    elif lay == 'narrow':
        title, items, _on = s['side']
        side = (f'<div class="side narrow"><h3>{e(title)}</h3><ul>'
                + ''.join(f'<li>{e(x)}</li>' for x in items) + '</ul></div>')
        main = f'<div class="main"><div class="article narrow">{art}</div>{side}</div>'
    else:
        main = f'<div class="main"><div class="article">{art}</div></div>'
    sub = f'<small>{e(s["sub"])}</small>' if s.get('sub') else ''
    foot = ''.join(f'<div>{e(x)}</div>' for x in s['foot'])
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta http-equiv="X-UA-Compatible" content="IE=edge">'
            f'<meta name="ArticleTitle" content="{e(t["title"])}">'
            f'<title>{e(page_title(t))}</title><style>\n{css}</style></head>\n<body>\n'
            f'<div class="top"><div class="wrap"><div class="logo">{e(s["site"])}{sub}</div>'
            f'<div class="tools-top">无障碍浏览　|　长者模式　|　手机版　|　English</div></div></div>\n'
            f'<div class="nav"><div class="wrap">{nav}</div></div>\n'
            f'<div class="wrap"><div class="crumb">{crumb}</div>\n{main}\n</div>\n'
            f'<div class="foot"><div class="wrap">{foot}</div></div>\n</body></html>\n')


def cms_page(t, maker):
    """An old CMS page: layout tables 980px wide, bgcolor and <font>, the table nested in a cell."""
    s = t['site']
    nav = '　|　'.join(f'<font color="#ffffff">{e(x)}</font>' for x in s['nav'])
    crumb = e(s['crumb_prefix']) + s.get('crumb_sep', ' > ').join(e(x) for x in s['crumb'])
    lines = ''.join(f'<p style="margin:0 0 3px">{e(x)}</p>' for x in t.get('lines', []))
    post = ''.join(f'<p align="right" style="margin:0">{e(x)}</p>' for x in t.get('post', []))
    attach = ''.join(f'<p><font color="#1a56a8">{e(x)}</font></p>' for x in s.get('attach', []))
    foot = '<br>'.join(e(x) for x in s['foot'])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{e(page_title(t))}</title>
<style type="text/css">body {{ margin:0; font-size:12px; font-family:宋体, "Noto Serif CJK SC", serif; }} td {{ font-size:12px; line-height:22px; }}</style>
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="96" bgcolor="{s['accent']}"><font size="6" color="#ffffff"><b>&nbsp;&nbsp;{e(s['site'])}</b></font></td></tr>
<tr><td height="34" bgcolor="{s['dark']}" align="center">{nav}</td></tr>
<tr><td height="30">&nbsp;{crumb}</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #d9cfc4">
<tr><td style="padding:16px 40px">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center" height="46"><font size="4" color="#8b0000"><b>{e(t['title'])}</b></font></td></tr>
<tr><td align="center" height="28" style="border-bottom:1px dashed #ccc"><font color="#888888">{e(s['meta'])}</font></td></tr>
<tr><td style="padding-top:12px">{lines}</td></tr>
<tr><td style="padding-top:6px">
{cms_table(t, maker)}
</td></tr>
<tr><td style="padding-top:8px">{post}</td></tr>
<tr><td>{attach}</td></tr>
<tr><td align="right"><font color="#666666">【打印本页】【关闭窗口】</font></td></tr>
</table>
</td></tr></table>
<table width="980" border="0" align="center" cellpadding="8" cellspacing="0">
<tr><td align="center" bgcolor="#eeeeee"><font color="#555555">{foot}</font></td></tr>
</table>
</body></html>
"""


# ------------------------------------------------------------------ xhtml2pdf (ReportLab)

def xhtml2pdf(t, maker, font_css, font_name):
    """A simpler page of the same site: banner and navigation as one-row tables, breadcrumb,
    title, meta, lead, the ruled table (width attributes on the first full row), footer."""
    s = t['site']
    css = (font_css +
           '@page { size: a4 portrait; margin: 1.6cm 1.5cm 1.8cm 1.5cm; }\n'
           f'body {{ font-family: {font_name}; font-size: 10pt; -pdf-word-wrap: CJK; }}\n'
           'p { margin: 0 0 3pt 0; }\n'
           'table { width: 100%; }\n'
           'table.ban td { color: #ffffff; padding: 8pt 6pt 6pt 6pt; }\n'
           'table.nav td { color: #ffffff; padding: 4pt 0 2pt 0; text-align: center; }\n'
           'p.crumb { font-size: 9pt; color: #666666; margin: 6pt 0 6pt 0; }\n'
           'h1 { font-size: 15pt; text-align: center; margin: 6pt 0 4pt 0; }\n'
           'p.meta { font-size: 8.5pt; color: #888888; text-align: center; margin-bottom: 8pt; }\n'
           'p.lead { margin-bottom: 5pt; }\n'
           'table.ind td { padding: 4pt 2pt 2pt 2pt; text-align: center; vertical-align: middle; }\n'
           'table.ind td.l { text-align: left; }\n'
           'div.foot { font-size: 8pt; color: #555555; text-align: center; margin-top: 16pt; padding-top: 6pt; }\n'
           'table.info td { font-size: 8.5pt; padding: 2pt; background-color: #f5f5f5; }\n')
    tcss = {'unruled': 'table.ind td { border: 0; }\n table.ind tr.hr td { font-weight: bold; }\n',
            'hlines': ('table.ind td { border-bottom: 0.6pt solid #9aa3c7; }\n'
                       'table.ind tr.hr td { border-top: 1.2pt solid #283593; border-bottom: 1.2pt solid #283593; font-weight: bold; }\n')}
    css += tcss[s['table']]
    body = [f'<table class="ban" style="background-color:{s["accent"]}"><tr><td><font size="5"><b>{e(s["site"])}</b></font>'
            f'<br/>{e(s.get("sub", ""))}</td></tr></table>',
            f'<table class="nav" style="background-color:{s["dark"]}"><tr>'
            + ''.join(f'<td>{e(x)}</td>' for x in s['nav']) + '</tr></table>',
            f'<p class="crumb">{e(s["crumb_prefix"])}{" &gt; ".join(e(x) for x in s["crumb"])}</p>',
            f'<h1>{e(t["title"])}</h1>', f'<p class="meta">{e(s["meta"])}</p>']
    if s.get('infobox'):
        cells = [f'<td>{e(k)}：{e(v)}</td>' for k, v in s['infobox']]
        body.append('<table class="info">' + ''.join('<tr>' + ''.join(cells[i:i + 2]) + '</tr>'
                                                     for i in range(0, len(cells), 2)) + '</table>')
    if s.get('lead'):
        body.append(f'<p class="lead">{e(s["lead"])}</p>')
    body += [f'<p>{e(x)}</p>' for x in t.get('lines', [])]
    body.append(table_html(t, maker, width_attrs=True, colgroup=False))
    body += [f'<p style="text-align:right">{e(x)}</p>' for x in t.get('post', [])]
    body.append('<p>【打印本页】　【关闭窗口】</p>')
    if s.get('related'):
        body.append('<p><b>相关阅读</b></p>' + ''.join(f'<p>· {e(x)}</p>' for x in s['related']))
    body.append('<div class="foot">' + '<br/>'.join(e(x) for x in s['foot']) + '</div>')
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(page_title(t))}</title>'
            f'<style>\n{css}</style></head>\n<body>\n' + '\n'.join(body) + '\n</body></html>\n')
