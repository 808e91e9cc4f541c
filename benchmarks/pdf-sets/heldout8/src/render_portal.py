# -*- coding: utf-8 -*-
"""Whole portal pages (site chrome around the table) for Chromium, printed as a browser prints
them: date and page title at the top, the page address and n/N at the bottom (CSS margin boxes
stand in for the browser's own header/footer; all names, numbers and addresses are invented)."""
from html import escape

import tables as TB
from render_html import td

SITES = {
    'Z807': dict(
        site='霁山市人民政府', host='https://www.jssrmzf.gov.cn',
        path='/zwgk/czzj/yjxgk/202503/t20250312_1186042.html',
        nav=['首页', '走进霁山', '政务公开', '政务服务', '互动交流', '专题专栏'],
        crumb=['首页', '政务公开', '财政资金', '预算绩效公开'],
        meta='发布时间：2025-03-12 09:30　　信息来源：霁山市农业农村局　　浏览次数：236　　字号：[大 中 小]',
        lead='根据预算绩效信息公开有关要求，现将我局2025年畜禽粪污资源化利用整县推进项目绩效目标予以公开。',
        attach=['附件：2025年畜禽粪污资源化利用整县推进项目绩效目标表.xlsx'],
        related=['霁山市农业农村局2025年部门预算公开', '霁山市2024年度农业农村项目绩效自评结果公开',
                 '关于做好2025年预算绩效目标管理工作的通知'],
        foot=['主办：霁山市人民政府办公室　　承办：霁山市政务服务数据管理局',
              '网站标识码：4399000017　　备案号：ICP备20251234号-1　　公安机关备案号：43990002000118',
              '地址：霁山市迎宾大道88号　　联系电话：0730-8812345'],
        stamp='2025/3/18 10:42', layout='top'),
    'Z808': dict(
        site='沅屏县财政局', host='http://czj.yuanpingxian.gov.cn',
        path='/yjsgk/jxgl/content_24817.html',
        nav=['网站首页', '机构概况', '财政动态', '预决算公开', '政府采购', '政策法规', '互动交流'],
        crumb=['网站首页', '预决算公开', '绩效管理'],
        side=['预算公开', '决算公开', '绩效管理', '政府债务', '专项资金', '通知公告'],
        meta='来源：沅屏县退役军人事务局　　发布日期：2025年02月28日　　【打印】【关闭】',
        lead='沅屏县退役军人事务局2025年退役军人服务保障项目，预算资金186.00万元，绩效目标如下：',
        attach=[],
        related=['上一篇：沅屏县人力资源和社会保障局2025年就业补助资金绩效目标',
                 '下一篇：沅屏县医疗保障局2025年医疗救助项目绩效目标'],
        foot=['版权所有：沅屏县财政局　　技术支持：沅屏县大数据中心',
              '网站标识码：4399000042　　ICP备20252468号'],
        stamp='2025/4/2 下午3:18', layout='side'),
}


def e(s):
    return escape(s or '')


def table(t):
    project, block, rs = TB.parts(t)[0]
    g, h0, b0 = TB.grid(t, block, rs)
    wsum = sum(t['widths'])
    out = ['<table class="ind"><colgroup>' + ''.join(
        f'<col style="width:{100 * w / wsum:.1f}%">' for w in t['widths']) + '</colgroup><tbody>']
    for i, row in enumerate(g):
        cls = ' class="hr"' if h0 <= i < b0 else (' class="blk"' if i < h0 else '')
        out.append(f'<tr{cls}>' + ''.join(td(c) for c in row) + '</tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)


def render(t):
    s = SITES[t['id']]
    title = f'{t["title"]}-{s["site"]}'
    f = 'font-size: 8pt; font-family: "Noto Sans CJK SC", sans-serif; color: #333;'
    boxes = (f'@top-left {{ content: "{s["stamp"]}"; {f} }} @top-center {{ content: "{title}"; {f} }}'
             f'@bottom-left {{ content: "{s["host"] + s["path"]}"; {f} }}'
             f'@bottom-right {{ content: counter(page) "/" counter(pages); {f} }}')
    if s['layout'] == 'top':
        table_css = ('table.ind td { border: 1px solid #999; padding: 6px 5px; }'
                     'table.ind tr.hr td { background: #eaf1fb; font-weight: bold; }'
                     'table.ind tr.blk td.b { background: #f7f7f7; }')
    else:
        table_css = ('table.ind td { border: 0; border-bottom: 1px solid #dfe3e8; padding: 7px 6px; }'
                     'table.ind tr.hr td { background: #2f6db5; color: #fff; font-weight: bold; }'
                     'table.ind tbody tr:nth-child(odd):not(.hr) td { background: #f5f8fc; }')
    css = f"""@page {{ size: A4; margin: 14mm 10mm 14mm 10mm;
  {boxes}
}}
body {{ margin: 0; font: 14px/1.7 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; color: #222; background: #fff; }}
.wrap {{ max-width: 1000px; margin: 0 auto; }}
.top {{ background: #b71c1c; color: #fff; }}
.top .wrap {{ display: flex; justify-content: space-between; align-items: center; height: 86px; }}
.logo {{ margin-left: 10px; font-size: 30px; font-weight: bold; letter-spacing: 4px; }}
.search {{ background: #fff; color: #999; padding: 4px 10px; width: 200px; flex: none; margin-right: 10px; font-size: 13px; border-radius: 3px; }}
.nav {{ background: #8e1414; }}
.nav .wrap {{ display: flex; }}
.nav a {{ color: #fff; padding: 8px 16px; text-decoration: none; font-size: 15px; white-space: nowrap; }}
.crumb {{ font-size: 13px; color: #666; padding: 10px 0; border-bottom: 1px solid #e5e5e5; }}
.main {{ display: flex; gap: 20px; margin-top: 12px; }}
.side {{ width: 200px; flex: none; border: 1px solid #dce3ec; }}
.side h3 {{ margin: 0; background: #2f6db5; color: #fff; font-size: 17px; padding: 10px 14px; }}
.side li {{ list-style: none; padding: 9px 14px; border-bottom: 1px dashed #dce3ec; font-size: 14px; }}
.side ul {{ margin: 0; padding: 0; }}
.side li.on {{ color: #2f6db5; font-weight: bold; }}
.article {{ flex: 1; min-width: 0; }}
.article h1 {{ font-size: 22px; text-align: center; color: #1a1a1a; margin: 18px 0 8px; line-height: 1.5; }}
.meta {{ text-align: center; font-size: 12px; color: #888; border-bottom: 1px solid #eee; padding-bottom: 8px; margin-bottom: 14px; }}
.lead {{ text-indent: 2em; }}
table.ind {{ border-collapse: collapse; width: 100%; table-layout: fixed; margin: 10px 0; font-size: 14px; }}
table.ind td {{ text-align: center; vertical-align: middle; word-break: break-all; }}
table.ind td.l {{ text-align: left; }}
{table_css}
.tools {{ text-align: right; font-size: 13px; color: #666; margin: 12px 0; }}
.attach a {{ color: #1a56a8; }}
.related {{ border-top: 2px solid #b71c1c; margin-top: 16px; padding-top: 6px; font-size: 14px; }}
.related h4 {{ margin: 0 0 4px; font-size: 15px; }}
.related li {{ list-style: square; color: #444; }}
.foot {{ background: #f2f2f2; border-top: 3px solid #b71c1c; margin-top: 30px; padding: 16px 0; text-align: center; font-size: 12px; color: #555; line-height: 2; }}
.gov {{ font-size: 12px; color: #999; }}
"""
    nav = ''.join(f'<a>{e(x)}</a>' for x in s['nav'])
    crumb = '当前位置：' + ' &gt; '.join(e(x) for x in s['crumb'])
    art = [f'<h1>{e(t["title"])}</h1>', f'<div class="meta">{e(s["meta"])}</div>',
           f'<p class="lead">{e(s["lead"])}</p>', table(t)]
    if s['attach']:
        art.append('<p class="attach">' + ''.join(f'<a>{e(a)}</a><br>' for a in s['attach']) + '</p>')
    art.append('<div class="tools">【我要纠错】【打印本页】【关闭窗口】</div>')
    art.append('<div class="related"><h4>相关信息</h4><ul>' + ''.join(f'<li>{e(x)}</li>' for x in s['related'])
               + '</ul></div>')
    if s['layout'] == 'side':
        side = ('<div class="side"><h3>预决算公开</h3><ul>' + ''.join(
            f'<li class="{"on" if x == "绩效管理" else ""}">{e(x)}</li>' for x in s['side']) + '</ul></div>')
        main = f'<div class="main">{side}<div class="article">{"".join(art)}</div></div>'
    else:
        main = f'<div class="article">{"".join(art)}</div>'
    foot = ''.join(f'<div>{e(x)}</div>' for x in s['foot'])
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(title)}</title><style>
{css}</style></head>
<body>
<div class="top"><div class="wrap"><div class="logo">{e(s['site'])}</div><div class="search">请输入关键字搜索</div></div></div>
<div class="nav"><div class="wrap">{nav}</div></div>
<div class="wrap"><div class="crumb">{crumb}</div>
{main}
</div>
<div class="foot"><div class="wrap">{foot}<div class="gov">党政机关　政府网站找错</div></div></div>
</body></html>
"""
