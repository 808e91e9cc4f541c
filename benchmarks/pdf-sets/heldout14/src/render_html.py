# -*- coding: utf-8 -*-
"""HTML pages of the set-14 tables as they appear on government web pages (CMS articles made with
UEditor / TRS / Word pasting) and in budget-system pages (Element-UI, Ant Design, layui, flex grids),
one page per PDF (ID-maker).  (td()/colgroup()/page helpers start from set 13's render_html.py; the
pages and styles are new.)  Fonts are named as real pages name them (Microsoft YaHei, 宋体, 仿宋_GB2312,
PingFang SC); none is installed, so every maker falls back through fontconfig to the system Noto CJK.

  ZE01 chromium-zebra-dark / libreoffice-html  CMS article, zebra rows, dark header (#1f4e79, white text),
                              no vertical rules, 1px #dcdcdc horizontal rules; categories rowspan
  ZE02 chromium-booktabs      three-line table (2px top/bottom, 1px under the two-row header)
       weasyprint             the same page with 0.5px #999 rules, @page footer counter
  ZE03 chromium-thead         CMS article, 1px #000 rules, budget block as a table of its own, header in <thead>
       chromium-nothead       block inside the grid, no <thead>, 12pt, 1px #999 rules
       gs-chromium            zebra rows, #e8e8e8 horizontal rules only, then Ghostscript /ebook
  ZE04 chromium-self          system print view, A4 landscape, 10px font, block + 总分 inside the grid
  ZE05 chromium-elementui     Element-UI el-table: header <table> and body <table> apart, #EBEEF5 borders,
       wkhtmltopdf            categories on every row, div.cell in each td
  ZE06 chromium-antd          div grid (display:grid, grid-row span for merged categories), #f0f0f0 rules
       weasyprint             Ant Design table (<table class="ant-table">), rowSpan categories
  ZE07 chromium-layui         layui-table lay-skin="line" lay-even: zebra, horizontal rules only
       chromium-flex          flex rows (display:flex), categories on the first row of their group only
  ZE08 chromium-ueditor / libreoffice-html  UEditor table (border=1 cellspacing=0, td width/valign, <p> in
                              cells), block rows with colspan, 绩效指标 across all columns
  ZE09 chromium-word / libreoffice-html / wkhtmltopdf  Word pasted into a TRS page: MsoNormalTable, widths
                              in pt, <p class=MsoNormal><span> in cells, 仿宋_GB2312
  ZE10 chromium-wide          a 1380px table printed on A4 landscape at @page size, 11px
       chromium-zoom          the same table on A4 portrait with zoom: 0.55
  ZE11 chromium-small         9px font, 1px #ddd borders
       chromium-light         0.5px #e8e8e8 borders, header #f7f7f7, browser header and footer
  ZE12 chromium-dashed        system export page: dashed 1px #999 cell borders, categories on every row
  ZE13 chromium-separate      border-collapse: separate, cellspacing=2, 1px #aaa boxes
       chromium-outer         only the outer border (1px #333), no inner rules
  ZE14 chromium-trs           TRS_Editor article, 宋体 16px in <p>, 2 pages (page 2: the 满意度 row alone)
"""
from html import escape

import tables as TB

YAHEI = '"Microsoft YaHei", "微软雅黑", "PingFang SC", sans-serif'
SONG = '"宋体", SimSun, serif'
FANG = '"仿宋_GB2312", "仿宋", FangSong, serif'


def e(s):
    return escape(s or '')


def attrs(c, extra=''):
    a = []
    if c['cs'] > 1:
        a.append(f'colspan="{c["cs"]}"')
    if c['rs'] > 1:
        a.append(f'rowspan="{c["rs"]}"')
    cls = [k for k, on in (('l', c['left']), ('b', c['bold']), ('cat', c['key'] in ('l1', 'l2')),
                           ('hd', c['kind'] == 'head'), ('blk', c['kind'] == 'block'),
                           ('tl', c['kind'] == 'tail')) if on]
    if cls:
        a.append(f'class="{" ".join(cls)}"')
    if extra:
        a.append(extra)
    return (' ' + ' '.join(a)) if a else ''


def wrap(c, how):
    t = e(c['text'])
    if how == 'p':          # UEditor / TRS: a <p> in each cell
        al = 'left' if c['left'] else 'center'
        return f'<p style="text-align:{al};">{t or "<br/>"}</p>'
    if how == 'mso':        # Word pasted
        al = '' if c['left'] else ' align="center" style="text-align:center"'
        b = '<b>' if c['bold'] else ''
        return (f'<p class="MsoNormal"{al}>{b}<span style="font-size:10.5pt;font-family:仿宋_GB2312;'
                f'mso-hansi-font-family:宋体">{t or "&nbsp;"}</span>{"</b>" if b else ""}</p>')
    if how == 'cell':       # Element-UI
        return f'<div class="cell">{t}</div>'
    return t


def rows_of(t, g, h0, b0, how='', thead=False, tag_head='td', extra_td=None, zebra_from=None):
    nbody = len(t['rows'])
    out = []

    def row_html(i, row, tag):
        if h0 <= i < b0:
            kind = 'hr'
        elif i < h0:
            kind = 'bk'
        elif i >= b0 + nbody:
            kind = 'tlr'
        else:
            kind = 'odd' if (i - b0) % 2 == 0 else 'even'
        return (f'<tr class="{kind}">' + ''.join(
            f'<{tag}{attrs(x, extra_td(x) if extra_td else "")}>{wrap(x, how)}</{tag}>' for x in row) + '</tr>')

    start = 0
    if thead:
        out.append('<thead>' + ''.join(row_html(i, g[i], tag_head) for i in range(h0, b0)) + '</thead>')
        start = b0
    out.append('<tbody>')
    for i in range(start, len(g)):
        if thead and h0 <= i < b0:
            continue
        out.append(row_html(i, g[i], 'td'))
    out.append('</tbody>')
    return out


def colgroup(ws, unit='%', total=100):
    return '<colgroup>' + ''.join(f'<col style="width:{total * w / sum(ws):.1f}{unit}">' for w in ws) + '</colgroup>'


def table(t, maker, cls='ind', how='', thead=False, block=True, tattr='', unit='%', total=100, extra_td=None):
    g, h0, b0 = TB.grid(t, maker, block=block)
    out = [f'<table class="{cls}"{tattr}>', colgroup(t['widths'], unit, total)]
    out += rows_of(t, g, h0, b0, how, thead, 'th' if thead else 'td', extra_td)
    out.append('</table>')
    return '\n'.join(out)


def block_table(t, cls='ind blk', how=''):
    g = TB.block_grid(t)
    return '\n'.join([f'<table class="{cls}">', colgroup(t['widths'])] + rows_of(t, g, len(g), len(g), how) + ['</table>'])


def top(t, h='h2'):
    b = [f'<{h} class="tt">{e(t["title"])}</{h}>']
    for left, right in t.get('above', []):
        b.append(f'<div class="above"><span class="al">{e(left)}</span><span class="ar">{e(right)}</span></div>')
    for line in t.get('lines', []):
        b.append(f'<p class="line">{e(line)}</p>')
    return b


def post(t):
    return [f'<p class="post">{e(x)}</p>' for x in t.get('post', [])]


# The families the pages name, bound to TrueType subsets of Noto Sans/Serif CJK SC (mkfont.py, made by
# build.py in /tmp/pdf14) as if the site shipped them as web fonts: Chromium embeds the system CFF fonts
# whole-ish (300-460 KB a page); the subsets keep every PDF under 300 KB.
ALIASES = {'sans': ('Microsoft YaHei', '微软雅黑', 'PingFang SC'),
           'serif': ('宋体', 'SimSun', '仿宋_GB2312', '仿宋', 'FangSong', '方正小标宋简体')}
FACES = ''.join(
    f'@font-face {{ font-family: "{fam}"; font-weight: {wt}; src: url("file:///tmp/pdf14/Noto{kind.title()}SC-C14{suf}.ttf") format("truetype"); }}\n'
    for kind, fams in ALIASES.items() for fam in fams for wt, suf in (('normal', ''), ('bold', '-Bold')))


def doc(title, css, body):
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">\n'
            f'<title>{e(title)}</title>\n<style>\n{FACES}{css}</style></head>\n<body>\n' + '\n'.join(body) + '\n</body></html>\n')


# ------------------------------------------------------------------ page chrome (invented sites)
SITES = {
    'ZE01': ('楮溪市人民政府', '首页 > 政务公开 > 财政信息 > 部门预算', '2025-02-18 16:20', '楮溪市城市管理局', '3216'),
    'ZE02': ('荻屿县人民政府门户网站', '首页 > 信息公开 > 法定主动公开内容 > 预算决算', '2025-03-04 09:12', '荻屿县农业农村局', '1184'),
    'ZE03': ('椴川县人民政府', '当前位置：首页 > 政府信息公开 > 财政预决算 > 部门预算', '2025-02-11 10:05', '椴川县人社局', '975'),
    'ZE08': ('莳阳县残疾人联合会', '您现在的位置：首页 > 通知公告', '2025-01-23 15:47', '县残联', '428'),
    'ZE09': ('樗原县人民政府', '首页 > 政务公开 > 重点领域信息公开 > 财政资金', '2025-01-21 11:30', '樗原县水务局', '2061'),
    'ZE10': ('芡塘县教育局', '首页 > 信息公开 > 财务公开', '2025-03-12 08:41', '芡塘县教育局', '652'),
    'ZE11': ('葑浦市体育局', '首页 > 政务公开 > 预决算公开', '2025-02-26 14:02', '计财科', '891'),
    'ZE13': ('蓂溪县人民政府', '首页 > 部门信息公开 > 县民政局 > 财政资金', '2025-02-07 17:25', '蓂溪县民政局', '337'),
    'ZE14': ('荛湾市农业农村局', '首页 > 政务公开 > 财政预决算', '2025-02-20 10:48', '计划财务科', '1520'),
}

CMS_CSS = """
body { margin: 0; color: #333; }
.top { background: #b71c1c; color: #fff; padding: 10px 24px; font-size: 22px; font-weight: bold; letter-spacing: 2px; }
.nav { background: #f0f0f0; padding: 6px 24px; font-size: 12px; color: #666; }
.main { padding: 12px 24px; }
h1.art { font-size: 21px; text-align: center; margin: 10px 0 6px; color: #222; }
.meta { text-align: center; font-size: 12px; color: #888; border-bottom: 1px dashed #ccc; padding-bottom: 8px; margin-bottom: 14px; }
.foot { border-top: 2px solid #b71c1c; margin-top: 20px; padding: 8px 24px; font-size: 11px; color: #777; text-align: center; }
h2.tt { font-size: 17px; text-align: center; margin: 6px 0 8px; }
.above { display: flex; justify-content: space-between; font-size: 13px; margin-bottom: 4px; }
p.line, p.post { font-size: 13px; margin: 3px 0; }
p.post { margin-top: 8px; }
table { border-collapse: collapse; width: 100%; }
table.ind { table-layout: fixed; }
td, th { padding: 5px 6px; text-align: center; vertical-align: middle; word-break: break-all; }
td.l, th.l { text-align: left; }
td.b, th.b, td.hd, th.hd { font-weight: bold; }
"""


def cms(t, css, content, font=YAHEI, size='14px', art_title=None):
    site, crumb, when, src, hits = SITES[t['id']]
    body = [f'<div class="top">{e(site)}</div>', f'<div class="nav">{e(crumb)}</div>', '<div class="main">',
            f'<h1 class="art">{e(art_title or ("关于公开" + t["project"] + "绩效目标的公告" if t["project"] else t["title"]))}</h1>',
            f'<div class="meta">发布时间：{when}　　来源：{e(src)}　　浏览次数：{hits}　　【字体：大 中 小】</div>']
    body += content + ['</div>', f'<div class="foot">主办：{e(site)}办公室　　网站标识码：{4300000000 + int(t["id"][2:]) * 7919}　　'
                                  f'ICP备案号：湘ICP备{20250000 + int(t["id"][2:]) * 37}号</div>']
    return doc(t['title'] + '_' + site, f'body {{ font-family: {font}; font-size: {size}; }}\n' + CMS_CSS + css, body)


SYS_CSS = """
body { margin: 0; color: #303133; }
.hdr { background: #1d2b3a; color: #fff; padding: 9px 18px; font-size: 15px; }
.hdr span { float: right; font-size: 12px; color: #c0c4cc; }
.tabs { border-bottom: 1px solid #e4e7ed; padding: 6px 18px; font-size: 12px; color: #606266; }
.wrap { padding: 10px 18px; }
.form { display: grid; grid-template-columns: 110px 1fr 110px 1fr; border: 1px solid #ebeef5; margin-bottom: 10px; font-size: 12px; }
.form div { padding: 6px 8px; border-bottom: 1px solid #ebeef5; }
.form .lab { background: #f5f7fa; color: #606266; text-align: right; }
.sec { font-size: 14px; font-weight: bold; border-left: 3px solid #409eff; padding-left: 8px; margin: 10px 0 8px; }
h2.tt { font-size: 16px; text-align: center; margin: 6px 0; }
.above { display: flex; justify-content: space-between; font-size: 12px; }
p.line, p.post { font-size: 12px; margin: 3px 0; }
table { border-collapse: collapse; }
td, th { text-align: center; vertical-align: middle; word-break: break-all; }
td.l { text-align: left; }
"""

SYSTEMS = {
    'ZE04': ('苕坪县预算管理一体化系统', '绩效管理 / 绩效自评 / 项目自评打印'),
    'ZE05': ('榧岭县预算管理一体化系统', '项目库管理 / 项目详情 / 绩效目标'),
    'ZE06': ('葭洲市预算绩效管理平台', '绩效目标管理 / 目标查看'),
    'ZE07': ('檩江县财政预算绩效管理系统', '绩效目标 / 专项资金 / 查看'),
    'ZE12': ('杻山县预算管理一体化系统', '绩效目标导出预览'),
}


def sys_page(t, css, content, form=True, font=YAHEI, size='13px'):
    name, tabs = SYSTEMS[t['id']]
    body = [f'<div class="hdr">{e(name)}<span>用户：财务科 | 退出</span></div>', f'<div class="tabs">{e(tabs)}</div>',
            '<div class="wrap">']
    if form:
        body.append('<div class="form">'
                    f'<div class="lab">项目名称</div><div>{e(t["project"])}</div>'
                    f'<div class="lab">预算单位</div><div>{e(t["dept"])}</div></div>')
    body += content + ['</div>']
    return doc(t['title'] + ' - ' + name, f'body {{ font-family: {font}; font-size: {size}; }}\n' + SYS_CSS + css, body)


# ------------------------------------------------------------------ one function per PDF
def ze01(t, maker):
    css = """
table.ind { border-top: 2px solid #1f4e79; }
table.ind tr.hr td { background: #1f4e79; color: #fff; font-weight: bold; padding: 8px 6px; }
table.ind td { border-bottom: 1px solid #dcdcdc; padding: 7px 6px; }
table.ind tr.even td { background: #f2f6fa; }
table.ind tr.odd td { background: #ffffff; }
table.ind td.cat { background: #fafbfc; }
"""
    content = top(t) + [table(t, maker, tattr=' cellspacing="0" cellpadding="0"')] + post(t)
    return cms(t, css, content)


def ze02(t, maker):
    if maker == 'chromium-booktabs':
        css = """
table.ind { border-top: 2px solid #000; border-bottom: 2px solid #000; }
table.ind thead tr:last-child th { border-bottom: 1px solid #000; }
table.ind thead th[colspan] { border-bottom: 0.5px solid #000; }
th { font-weight: bold; padding: 6px; }
"""
        content = top(t) + [table(t, maker, thead=True)] + post(t)
        return cms(t, css, content, font=SONG, size='14px')
    css = """
@page { size: A4; margin: 16mm 14mm 18mm; @bottom-center { content: "第 " counter(page) " 页"; font-size: 9pt; } }
table.ind td, table.ind th { border: 0.5px solid #999; }
table.ind thead th { background: #eef1f5; }
"""
    content = top(t) + [table(t, maker, thead=True)] + post(t)
    return cms(t, css, content, size='12px')


def ze03(t, maker):
    if maker == 'chromium-thead':
        css = """
table.ind td, table.ind th { border: 1px solid #000; font-size: 13px; }
table.ind thead th { background: #f2f2f2; }
table.blk { margin-bottom: -1px; }
table.blk td.b { background: #f8f8f8; }
"""
        content = top(t) + [block_table(t), table(t, maker, thead=True, block=False)] + post(t)
        return cms(t, css, content, font=SONG)
    if maker == 'chromium-nothead':
        css = """
@page { size: A4; margin: 15mm 12mm; }
table.ind td { border: 1px solid #999; font-size: 16px; padding: 7px 6px; }
table.ind tr.hr td { background: #e9eef5; }
"""
        content = top(t) + [table(t, maker)] + post(t)
        return cms(t, css, content, size='16px')
    css = """
table.ind td { border-bottom: 1px solid #e8e8e8; font-size: 13px; padding: 7px 6px; }
table.ind tr.hr td { background: #3a5a80; color: #fff; }
table.ind tr.bk td { background: #f7f9fb; }
table.ind tr.even td { background: #f5f7fa; }
table.ind td.cat { background: #fff; }
"""
    content = top(t) + [table(t, maker, thead=False)] + post(t)
    return cms(t, css, content)


def ze04(t, maker):
    css = """
@page { size: A4 landscape; margin: 10mm; }
table.ind { width: 100%; table-layout: fixed; font-size: 10px; }
table.ind td { border: 1px solid #dcdfe6; padding: 4px; line-height: 1.45; }
table.ind tr.hr td, table.ind td.blk.b { background: #f5f7fa; font-weight: bold; }
table.ind tr.tlr td { font-weight: bold; }
"""
    content = top(t) + [table(t, maker)] + post(t)
    return sys_page(t, css, content, form=False, size='11px')


def ze05(t, maker):
    css = """
.el-table { border: 1px solid #ebeef5; border-bottom: 0; width: 100%; font-size: 13px; }
.el-table table { width: 100%; table-layout: fixed; border-collapse: separate; border-spacing: 0; }
.el-table td { border-right: 1px solid #ebeef5; border-bottom: 1px solid #ebeef5; padding: 9px 0; }
.el-table td:last-child { border-right: 0; }
.el-table__header td { background: #f5f7fa; color: #909399; font-weight: bold; }
.el-table .cell { padding: 0 10px; line-height: 23px; white-space: normal; word-break: break-all; }
.el-table td.l .cell { text-align: left; }
"""
    g, h0, b0 = TB.grid(t, maker, block=False)
    cg = colgroup(t['widths'])
    hrow = ''.join(rows_of(t, g[:b0], h0, b0, 'cell'))
    gb, _h, _b = TB.grid(t, maker, head=False, block=False)
    brow = ''.join(rows_of(t, gb, 0, 0, 'cell'))
    content = ['<div class="sec">绩效目标</div>', '<div class="el-table el-table--border">',
               f'<div class="el-table__header-wrapper"><table class="el-table__header" cellspacing="0" cellpadding="0">{cg}{hrow}</table></div>',
               f'<div class="el-table__body-wrapper"><table class="el-table__body" cellspacing="0" cellpadding="0">{cg}{brow}</table></div>',
               '</div>']
    return sys_page(t, css, content)


def ze06(t, maker):
    if maker == 'weasyprint':
        css = """
@page { size: A4; margin: 15mm; }
.ant-table { width: 100%; table-layout: fixed; font-size: 12px; }
.ant-table th { background: #fafafa; font-weight: 500; border-bottom: 1px solid #f0f0f0; padding: 10px 8px; color: rgba(0,0,0,.88); }
.ant-table td { border-bottom: 1px solid #f0f0f0; padding: 10px 8px; }
.ant-table td.cat { border-right: 1px solid #f0f0f0; }
"""
        content = top(t) + [table(t, maker, cls='ant-table', thead=True)]
        return sys_page(t, css, content)
    css = """
.grid { display: grid; border-top: 1px solid #f0f0f0; font-size: 13px; }
.grid > div { border-bottom: 1px solid #f0f0f0; padding: 11px 8px; display: flex; align-items: center; justify-content: center; text-align: center; }
.grid > div.hd { background: #fafafa; font-weight: 600; }
.grid > div.l { justify-content: flex-start; text-align: left; }
.grid > div.cat { border-right: 1px solid #f0f0f0; }
"""
    g, h0, b0 = TB.grid(t, maker, block=False)
    cols = ' '.join(f'{w}fr' for w in t['widths'])
    cells = [f'<div class="grid" style="grid-template-columns: {cols};">']
    for r, c, x in TB.positions(g):
        cls = ' '.join(k for k, on in (('hd', x['kind'] == 'head'), ('l', x['left']), ('cat', x['key'] in ('l1', 'l2'))) if on)
        cells.append(f'<div class="{cls}" style="grid-row: {r + 1} / span {x["rs"]}; grid-column: {c + 1} / span {x["cs"]};">'
                     f'{e(x["text"])}</div>')
    cells.append('</div>')
    return sys_page(t, css, top(t) + cells)


def ze07(t, maker):
    if maker == 'chromium-layui':
        css = """
.layui-table { width: 100%; table-layout: fixed; background: #fff; color: #5f5f5f; font-size: 14px; }
.layui-table td { padding: 9px 15px; line-height: 20px; border-bottom: 1px solid #eee; }
.layui-table tr.hr td { background: #f2f2f2; font-weight: bold; }
.layui-table tr.even td { background: #f8f8f8; }
.layui-table td.cat { background: #fff; }
"""
        return sys_page(t, css, top(t) + [table(t, maker, cls='layui-table', tattr=' lay-skin="line" lay-even')] + post(t))
    css = """
.list { font-size: 13px; border: 1px solid #e6e6e6; }
.row { display: flex; border-bottom: 1px solid #e6e6e6; }
.row.hr { background: #304156; color: #fff; font-weight: bold; }
.row .c { padding: 8px; box-sizing: border-box; text-align: center; }
.row .c.l { text-align: left; }
.row.even { background: #fafafa; }
"""
    g, h0, b0 = TB.grid(t, maker, block=False)
    ws = t['widths']
    out = ['<div class="list">']
    for i, row in enumerate(g):
        kind = 'hr' if i < b0 else ('odd' if (i - b0) % 2 == 0 else 'even')
        cells, c = [], 0
        for x in row:
            w = sum(ws[c:c + x['cs']]) * 100 / sum(ws)
            c += x['cs']
            cells.append(f'<div class="c{" l" if x["left"] else ""}" style="flex: 0 0 {w:.2f}%;">{e(x["text"])}</div>')
        out.append(f'<div class="row {kind}">' + ''.join(cells) + '</div>')
    out.append('</div>')
    return sys_page(t, css, top(t) + out + post(t))


def ze08(t, maker):
    css = """
.content p { margin: 0; line-height: 1.6; }
.content table td { padding: 4px 6px; border: 1px solid #000; }
"""
    total = 600
    g, h0, b0 = TB.grid(t, maker)
    ws = [round(total * w / sum(t['widths'])) for w in t['widths']]
    col = {id(x): c for r, c, x in TB.positions(g)}

    def td_extra(x):
        c = col[id(x)]
        return f'width="{sum(ws[c:c + x["cs"]])}" valign="middle" style="word-break: break-all;"'
    out = ['<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;" data-sort="sortDisabled">']
    out += rows_of(t, g, h0, b0, 'p', extra_td=td_extra)
    out.append('</table>')
    content = ['<div class="content">', f'<p style="text-align:center;"><strong>{e(t["title"])}</strong></p>', '\n'.join(out),
               '<p><br/></p>', '</div>']
    return cms(t, css, content, art_title=t['title'])


def ze09(t, maker):
    css = """
p.MsoNormal { margin: 0; font-size: 10.5pt; font-family: 宋体; }
.TRS_Editor p { line-height: 1.8; }
"""
    ws = [round(453.6 * w / sum(t['widths']), 1) for w in t['widths']]
    g, h0, b0 = TB.grid(t, maker)
    col = {id(x): c for r, c, x in TB.positions(g)}

    def td_extra(x):
        c = col[id(x)]
        w = round(sum(ws[c:c + x['cs']]), 1)
        bg = 'background:#D9D9D9;' if x['kind'] == 'head' else ''
        return (f'width="{round(w * 4 / 3)}" valign="middle" style="width:{w}pt;border:solid windowtext 1.0pt;'
                f'mso-border-alt:solid windowtext .5pt;{bg}padding:0cm 5.4pt 0cm 5.4pt;height:21.3pt"')
    out = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="605" '
           'style="width:453.6pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;'
           'mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">']
    out += rows_of(t, g, h0, b0, 'mso', extra_td=td_extra)
    out.append('</table>')
    content = ['<div class="TRS_Editor">',
               f'<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:16pt;font-family:方正小标宋简体">{e(t["title"])}</span></b></p>',
               '<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>', '\n'.join(out),
               '<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>']
    content += [f'<p class="MsoNormal" align="right" style="text-align:right"><span style="font-size:14pt;font-family:仿宋_GB2312">{e(x)}</span></p>'
                for x in t['post']]
    content.append('</div>')
    return cms(t, css, content, font=SONG, art_title=t['title'])


def ze10(t, maker):
    css = """
table.ind { width: 1380px; font-size: 11px; }
table.ind td { border: 1px solid #bfbfbf; padding: 5px 4px; }
table.ind tr.hr td { background: #dfe8f3; }
"""
    css += ('@page { size: A4 landscape; margin: 10mm; }\n' if maker == 'chromium-wide'
            else '@page { size: A4; margin: 12mm; }\n body { zoom: 0.55; }\n')
    content = top(t) + [table(t, maker, unit='px', total=1380)] + post(t)
    return cms(t, css, content)


def ze11(t, maker):
    if maker == 'chromium-small':
        css = """
body { font-size: 9px; }
h2.tt { font-size: 12px; }
p.line, p.post { font-size: 9px; }
table.ind { font-size: 9px; }
table.ind td { border: 1px solid #ddd; padding: 3px 4px; }
table.ind tr.hr td { background: #f0f0f0; }
"""
        return cms(t, css, top(t) + [table(t, maker)] + post(t), size='9px')
    css = """
table.ind { font-size: 13px; }
table.ind td { border: 0.5px solid #e8e8e8; padding: 8px 6px; }
table.ind tr.hr td { background: #f7f7f7; color: #333; }
"""
    return cms(t, css, top(t) + [table(t, maker)] + post(t), size='13px')


def ze12(t, maker):
    css = """
table.ind { width: 100%; table-layout: fixed; font-size: 12px; }
table.ind td { border: 1px dashed #999; padding: 6px 4px; }
table.ind tr.hr td { border-bottom: 2px solid #333; background: #eef3f8; }
"""
    return sys_page(t, css, top(t) + [table(t, maker)] + post(t), form=False)


def ze13(t, maker):
    if maker == 'chromium-separate':
        css = """
table.ind { border-collapse: separate; border-spacing: 2px; border: 1px solid #aaa; background: #fff; }
table.ind td { border: 1px solid #aaa; padding: 6px 5px; }
table.ind tr.hr td { background: #e8eef7; }
"""
        return cms(t, css, top(t) + [table(t, maker, tattr=' border="1" cellspacing="2" cellpadding="4"')] + post(t))
    css = """
table.ind { border: 1px solid #333; }
table.ind td { border: 0; padding: 7px 6px; }
table.ind tr.hr td { font-weight: bold; padding-bottom: 10px; }
"""
    return cms(t, css, top(t) + [table(t, maker)] + post(t), font=SONG)


def ze14(t, maker):
    css = """
.TRS_Editor p { line-height: 2; font-family: 宋体; font-size: 12pt; margin: 0; }
.TRS_Editor table td { border: 1px solid #000; padding: 6px 4px; }
"""
    g, h0, b0 = TB.grid(t, maker)
    out = ['<table width="100%" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">']
    out += rows_of(t, g, h0, b0, 'p', extra_td=lambda x: 'valign="middle"')
    out.append('</table>')
    content = ['<div class="TRS_Editor"><style>.TRS_Editor P{line-height:2;font-family:宋体;font-size:12pt;}</style>',
               f'<p style="text-align:center"><strong>{e(t["title"])}</strong></p>']
    content += [f'<p>{e(a)}　　　　{e(b)}</p>' for a, b in t.get('above', [])]
    content += [f'<p>{e(x)}</p>' for x in t.get('lines', [])]
    content += ['\n'.join(out), '</div>']
    return cms(t, css, content, font=SONG, size='16px', art_title='荛湾市农业农村局2025年部门预算项目绩效目标公开')


PAGES = {f'ZE{i:02d}': globals()[f'ze{i:02d}'] for i in range(1, 15)}


def page(t, maker):
    m = 'chromium-zebra-dark' if maker in ('libreoffice-html',) and t['id'] == 'ZE01' else maker
    return PAGES[t['id']](t, m)
