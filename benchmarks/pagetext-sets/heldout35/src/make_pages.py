#!/usr/bin/env python3
"""Write the 16 invented pages of held-out set 35 (NN_topic.html) and the expected rows
(corpus/gold/pagetext-heldout35.jsonl) from the hand-written tables below.

The tables are typed in by hand (DATA); each page puts them into a different markup. The gold rows
are the same hand-written cells, never the browser text. check_gold.py re-reads the HTML on its own.
"""
import json, re, zlib, html as H
crc = lambda s: zlib.crc32(s.encode("utf-8"))
from pathlib import Path
HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[3] / "corpus" / "gold" / "pagetext-heldout35.jsonl"

L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14",
      "社会成本指标": "14", "生态环境成本指标": "14", "经济效益指标": "21", "社会效益指标": "22",
      "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31"}

def rows(txt):
    """one indicator a line: fields separated by ' | ' """
    return [[c.strip() for c in l.split("|")] for l in txt.strip("\n").splitlines()]

def spans(rs, i1=0, i2=1):
    """rowspan of l1 (col i1) and l2 (col i2) for each row: 0 = continuation"""
    n = len(rs); s1 = [0]*n; s2 = [0]*n
    i = 0
    while i < n:
        j = i
        while j < n and rs[j][i1] == rs[i][i1]: j += 1
        s1[i] = j - i; i = j
    i = 0
    while i < n:
        j = i
        while j < n and rs[j][i1] == rs[i][i1] and rs[j][i2] == rs[i][i2]: j += 1
        s2[i] = j - i; i = j
    return s1, s2

e = H.escape
def br(s):  # names typed with '/' break marks -> <br>
    return e(s).replace("⏎", "<br>")
def plain(s):
    return s.replace("⏎", "")

# ---------------------------------------------------------------- page chrome (a few CMS templates)
def page(site, title, dept, date, body, style="", head_extra="", tmpl=1, crumb="财政预决算", hits="862"):
    if tmpl == 1:
        top = f'''<div class="topbar"><div class="w1200"><span class="fl">欢迎访问{site}人民政府门户网站</span>
<span class="fr"><a href="/">网站首页</a> | <a href="/wza/" class="wza">无障碍浏览</a> | <a href="javascript:;">长者模式</a> | <a href="/rss/">RSS订阅</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="{site}人民政府"></a>
<form class="search" action="/search/"><input type="text" name="q" placeholder="请输入搜索关键词"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200"><li><a href="/"><i class="iconfont icon-home"></i>首页</a></li><li><a href="/zwyw/">政务要闻</a></li><li class="cur"><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjwm/">走进{site[:2]}</a></li></ul></div>
<div class="mobile-nav" style="display:none"><a href="/">首页</a><a href="/zwgk/">公开</a><a href="/zwfw/">服务</a></div>'''
    elif tmpl == 2:
        top = f'''<header class="site-header"><div class="container"><div class="brand"><img src="/static/img/gh.png" alt=""><span class="brand-name">{site}人民政府</span><span class="brand-sub">www.{site[:2]}.gov.cn</span></div>
<nav class="main-nav"><a href="/">首页</a><a href="/xxgk/" class="active">信息公开</a><a href="/bsfw/">办事服务</a><a href="/gzcy/">公众参与</a><a href="/sjfb/">数据发布</a></nav>
<div class="tools"><a href="javascript:;" id="btnCare">关怀版</a><a href="/en/">EN</a></div></div></header>'''
    else:
        top = f'''<div id="app-top"><div class="gov-banner"><div class="inner"><span class="gb-title">{dept}</span><span class="gb-sub">预算绩效信息公开平台</span></div></div>
<ul class="menu"><li><a href="/">平台首页</a></li><li><a href="/ysgk/">预算公开</a></li><li class="on"><a href="/jxgk/">绩效公开</a></li><li><a href="/jsgk/">决算公开</a></li><li><a href="/help/">使用帮助</a></li></ul></div>'''
    foot = f'''<div class="footer"><div class="w1200">
<div class="links"><a href="/about/">关于本站</a> | <a href="/sitemap/">网站地图</a> | <a href="/contact/">联系我们</a> | <a href="/jiucuo/">我要纠错</a></div>
<p>主办单位：{site}人民政府办公室 &nbsp; 承办单位：{site}政务数据服务中心</p>
<p>网站标识码：{crc(site) % 10**10:010d} &nbsp; <a href="https://beian.miit.gov.cn/">ICP备{crc(title) % 10**8:08d}号-1</a> &nbsp; 公安机关备案号：{crc(dept) % 10**14:014d}</p>
<p>建议使用1280×800分辨率、IE10以上浏览器浏览本站</p></div></div>'''
    return f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}_{crumb}_{site}人民政府</title>
<meta name="ArticleTitle" content="{e(title)}">
<meta name="PubDate" content="{date}">
<meta name="ContentSource" content="{dept}">
<style>
body{{margin:0;font-family:"Microsoft YaHei","Noto Sans CJK SC",sans-serif;font-size:14px;color:#333;}}
a{{color:#333;text-decoration:none;}}
.w1200,.container{{max-width:1200px;margin:0 auto;}}
.fl{{float:left}} .fr{{float:right}} .topbar{{height:32px;line-height:32px;background:#f5f5f5;overflow:hidden}}
.nav ul,.menu{{list-style:none;margin:0;padding:0;background:#0b5aa8;display:flex;flex-wrap:wrap}}
.nav li a,.menu li a{{display:block;padding:0 22px;line-height:44px;color:#fff}}
.iconfont::before{{content:"\\e61d";font-family:iconfont;margin-right:4px}}
.main-nav a{{margin-right:16px}}
.crumb{{padding:10px 0;border-bottom:1px solid #ddd}}
.art-title{{text-align:center;font-size:22px;margin:20px 0 10px}}
.art-meta{{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}}
.footer{{margin-top:30px;background:#eee;padding:16px 0;text-align:center;font-size:12px}}
{style}
</style>
{head_extra}
</head>
<body>
{top}
<div class="w1200 main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czzj/">财政资金</a> &gt; <a href="/zwgk/czzj/yjs/">{crumb}</a></div>
{body}
</div>
{foot}
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="//stat.example.invalid/hm.js";}})();</script>
</body>
</html>
'''

def meta(date, src, hits="862"):
    return f'<div class="art-meta">发布时间：{date} &nbsp;&nbsp; 来源：{src} &nbsp;&nbsp; 浏览次数：<span id="hits">{hits}</span> &nbsp;&nbsp; 【字号 <a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】 <a href="javascript:window.print()">【打印】</a></div>'

GOLDROWS = []
def gold(fname, rs, quirks, name_i=2, ann=lambda r: r[3], per=lambda r: None, l1_i=0, l2_i=1, merged=True):
    s1, s2 = spans(rs, l1_i, l2_i) if (merged and l1_i is not None) else ([1]*len(rs), [1]*len(rs))
    for k, r in enumerate(rs):
        q = list(quirks)
        if merged and l1_i is not None and s1[k] == 0:
            q.append("l1_merged_continuation")
            if s2[k] == 0: q.append("l2_merged_continuation")
        GOLDROWS.append({"file": fname, "n": k+1, "name": plain(r[name_i]), "annual_value": plain(ann(r)),
                         "period_value": per(r), "level1_code": L1[r[l1_i]] if l1_i is not None else None,
                         "level2_code": L2[r[l2_i]] if l2_i is not None else None, "url": None, "quirks": q})

PAGES = {}

# ================================================================ 01 UEditor, header block, rowspan
R01 = rows("""
产出指标 | 数量指标 | 稻渔综合种养示范面积 | ≥3200亩
产出指标 | 数量指标 | 新建标准化田间沟坑 | ≥260处
产出指标 | 数量指标 | 投放优质鱼虾苗种 | ≥48万尾
产出指标 | 质量指标 | 示范基地水稻绿色食品认证率 | ≥60%
产出指标 | 质量指标 | 田间工程验收合格率 | 100%
产出指标 | 时效指标 | 苗种投放完成时间 | 2025年5月20日前
产出指标 | 成本指标 | 每亩沟坑改造补助标准 | ≤500元/亩
效益指标 | 经济效益指标 | 示范区亩均增收 | ≥1200元
效益指标 | 经济效益指标 | 带动经营主体年增收总额 | ≥380万元
效益指标 | 社会效益指标 | 带动脱贫户（监测户）参与种养 | ≥85户
效益指标 | 生态效益指标 | 示范区化肥农药使用量 | 较上年减少20%以上
效益指标 | 可持续影响指标 | 稻渔综合种养技术推广辐射面积 | 逐年扩大
满意度指标 | 服务对象满意度指标 | 参与种养户满意度 | ≥92%
""")
def p01():
    s1, s2 = spans(R01)
    td = '<td valign="middle" style="word-break: break-all;" width="{w}">{t}</td>'
    out = []
    for k, r in enumerate(R01):
        c = ""
        if s1[k]: c += f'<td rowspan="{s1[k]}" valign="middle" style="word-break: break-all;">{r[0]}</td>' if s1[k] > 1 else f'<td valign="middle" style="word-break: break-all;">{r[0]}</td>'
        if s2[k]: c += f'<td rowspan="{s2[k]}" valign="middle" style="word-break: break-all;">{r[1]}</td>' if s2[k] > 1 else f'<td valign="middle" style="word-break: break-all;">{r[1]}</td>'
        c += f'<td valign="middle" style="word-break: break-all;">{e(r[2])}</td><td valign="middle" style="word-break: break-all;">{e(r[3])}</td>'
        out.append(f"<tr>{c}</tr>")
    body = f'''<div class="article">
<h1 class="art-title">2025年霁川县稻渔综合种养示范项目支出绩效目标表</h1>
{meta("2025-03-06 10:15", "霁川县农业农村局", "1408")}
<div class="TRS_UEDITOR TRS_WEB" id="zoom">
<p style="text-align: center;"><strong><span style="font-size: 20px;">2025年霁川县稻渔综合种养示范项目支出绩效目标表</span></strong></p>
<p style="text-align: right;">填报单位（盖章）：霁川县农业农村局&nbsp;&nbsp;&nbsp;&nbsp;单位：万元</p>
<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;" data-sort="sortDisabled"><tbody>
<tr class="firstRow"><td valign="middle" style="word-break: break-all;" width="16%">项目名称</td><td colspan="3" valign="middle" style="word-break: break-all;">2025年霁川县稻渔综合种养示范项目</td></tr>
<tr><td valign="middle" style="word-break: break-all;">主管部门</td><td valign="middle" style="word-break: break-all;">霁川县农业农村局</td><td valign="middle" style="word-break: break-all;">实施单位</td><td valign="middle" style="word-break: break-all;">霁川县水产技术推广站</td></tr>
<tr><td rowspan="3" valign="middle" style="word-break: break-all;">项目资金<br>（万元）</td><td valign="middle" style="word-break: break-all;">年度资金总额</td><td colspan="2" valign="middle" style="word-break: break-all;">416.00</td></tr>
<tr><td valign="middle" style="word-break: break-all;">其中：财政拨款</td><td colspan="2" valign="middle" style="word-break: break-all;">396.00</td></tr>
<tr><td valign="middle" style="word-break: break-all;">其他资金</td><td colspan="2" valign="middle" style="word-break: break-all;">20.00</td></tr>
<tr><td valign="middle" style="word-break: break-all;">年度总体目标</td><td colspan="3" valign="middle" style="word-break: break-all;">在石埭、沙渚、瓦窑3个乡镇建设稻渔综合种养示范基地3200亩，完成田间沟坑改造，推广“一稻一渔”生态种养模式，带动农户增收，减少化肥农药使用。</td></tr>
<tr><td valign="middle" style="word-break: break-all;">一级指标</td><td valign="middle" style="word-break: break-all;">二级指标</td><td valign="middle" style="word-break: break-all;">三级指标</td><td valign="middle" style="word-break: break-all;">指标值</td></tr>
{chr(10).join(out)}
</tbody></table>
<p>&nbsp;</p>
<p style="text-align: right;">填报人：周敏 &nbsp; 联系电话：0000-6812345 &nbsp; 填报日期：2025年2月26日</p>
</div>
<div class="fujian">附件：<a href="/u/cms/2025/0306/jxmb.xls">2025年霁川县稻渔综合种养示范项目支出绩效目标表.xls</a></div>
<div class="share">分享到：<a class="wx" href="javascript:;">微信</a> <a class="wb" href="javascript:;">微博</a></div>
</div>'''
    PAGES["01_daoyu.html"] = page("霁川县", "2025年霁川县稻渔综合种养示范项目支出绩效目标表", "霁川县农业农村局", "2025-03-06", body,
        style=".TRS_UEDITOR table td{border:1px solid #666;padding:5px 8px;}")
    gold("01_selectall_daoyu.txt", R01, ["chromium_selectall", "ueditor_table", "header_block", "page_chrome", "window_1600"])

# ================================================================ 02 TRS_Editor, Word-pasted MsoNormal, split spans
R02 = rows("""
产出指标 | 数量指标 | 救助残疾儿童人数 | ≥460人
产出指标 | 数量指标 | 其中：孤独症儿童康复训练人数 | ≥120人
产出指标 | 数量指标 | 定点康复机构数量 | 9家
产出指标 | 质量指标 | 康复训练服务达标率 | ≥95%
产出指标 | 质量指标 | 定点机构年度考核合格率 | 100%
产出指标 | 时效指标 | 救助资金拨付及时率 | 100%
产出指标 | 成本指标 | 人均康复训练补助标准 | ≤2.2万元/人·年
效益指标 | 社会效益指标 | 残疾儿童基本康复服务覆盖率 | ≥90%
效益指标 | 社会效益指标 | 受助儿童康复有效率 | ≥85%
效益指标 | 社会效益指标 | 家庭照护负担 | 有效减轻
效益指标 | 可持续影响指标 | 残疾儿童康复救助制度 | 长期有效运行
满意度指标 | 服务对象满意度指标 | 受助儿童家长满意度 | ≥93%
满意度指标 | 服务对象满意度指标 | 定点康复机构满意度 | ≥90%
""")
def mso(t, bold=False):
    parts = re.findall(r"\d+(?:\.\d+)?|[^\d]+", t)
    sp = "".join(f'<span lang="EN-US" style="font-size:10.5pt;font-family:&quot;Times New Roman&quot;">{e(p)}</span>' if re.match(r"\d", p)
                 else f'<span style="font-size:10.5pt;font-family:仿宋_GB2312">{e(p)}</span>' for p in parts)
    if bold: sp = f"<b>{sp}</b>"
    return f'<p class="MsoNormal" align="center" style="text-align:center;mso-pagination:widow-orphan">{sp}<span lang="EN-US" style="font-size:10.5pt"><o:p></o:p></span></p>'
def p02():
    s1, s2 = spans(R02)
    tdst = 'style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt"'
    out = []
    for k, r in enumerate(R02):
        c = ""
        if s1[k]: c += f'<td width="76" rowspan="{s1[k]}" {tdst}>{mso(r[0])}</td>'
        if s2[k]: c += f'<td width="104" rowspan="{s2[k]}" {tdst}>{mso(r[1])}</td>'
        c += f'<td width="236" {tdst}>{mso(r[2])}</td><td width="150" {tdst}>{mso(r[3])}</td>'
        out.append(f'<tr style="mso-yfti-irow:{k+3};height:20.0pt">{c}</tr>')
    body = f'''<div class="zwxl">
<div class="art-title"><ucaptitle>2025年琮岭市残疾儿童康复救助项目绩效目标</ucaptitle></div>
{meta("2025-02-21 16:40", "琮岭市残疾人联合会", "733")}
<div class="TRS_Editor"><div class="Section0" style="layout-grid:15.6pt">
<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:16.0pt;font-family:方正小标宋简体">2025年琮岭市残疾儿童康复救助项目绩效目标表</span></b></p>
<p class="MsoNormal"><span style="font-size:12.0pt;font-family:仿宋_GB2312">项目名称：残疾儿童康复救助&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;主管部门：琮岭市残疾人联合会&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;项目资金：</span><span lang="EN-US" style="font-size:12.0pt">1012.00</span><span style="font-size:12.0pt;font-family:仿宋_GB2312">万元</span></p>
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="566" style="width:424.5pt;border-collapse:collapse;mso-table-layout-alt:fixed;border:none">
<tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes;height:22.0pt"><td width="566" colspan="4" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">{mso("年度绩效目标：全年为不少于460名0-6岁残疾儿童提供手术、辅助器具适配和康复训练等救助服务，提升残疾儿童康复水平，减轻家庭负担。")}</td></tr>
<tr style="mso-yfti-irow:1;height:22.0pt"><td width="76" {tdst}>{mso("一级指标", True)}</td><td width="104" {tdst}>{mso("二级指标", True)}</td><td width="236" {tdst}>{mso("三级指标", True)}</td><td width="150" {tdst}>{mso("指标值", True)}</td></tr>
{chr(10).join(out)}
<tr style="mso-yfti-irow:20;mso-yfti-lastrow:yes;height:14.0pt"><td width="76" {tdst}><p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p></td><td width="104" {tdst}><p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p></td><td width="236" {tdst}><p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p></td><td width="150" {tdst}><p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p></td></tr>
</table>
<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
</div></div>
<div class="fj" style="display:none">相关附件：无</div>
</div>'''
    PAGES["02_kangfu.html"] = page("琮岭市", "2025年琮岭市残疾儿童康复救助项目绩效目标", "琮岭市残疾人联合会", "2025-02-21", body, tmpl=2)
    gold("02_selectall_kangfu.txt", R02, ["chromium_selectall", "trs_editor", "word_mso_cells", "split_spans", "nbsp_row", "page_chrome"])

# ================================================================ 03 Element-UI: header/body tables, span-method rowspans, fixed-column copy
R03 = rows("""
产出指标 | 数量指标 | 享受居家养老服务补贴老年人数 | ≥2600人
产出指标 | 数量指标 | 新建社区长者食堂 | 6个
产出指标 | 数量指标 | 上门助浴、助洁服务 | ≥1.8万人次
产出指标 | 质量指标 | 服务工单回访合格率 | ≥95%
产出指标 | 质量指标 | 服务机构“星级”评定达标率 | ≥80%
产出指标 | 时效指标 | 补贴按月发放到位率 | 100%
产出指标 | 成本指标 | 重度失能老人月补贴标准 | 600元/人/月
效益指标 | 社会效益指标 | 特殊困难老年人月探访率 | 100%
效益指标 | 社会效益指标 | 老年人助餐服务覆盖社区比例 | ≥70%
效益指标 | 可持续影响指标 | 居家养老服务网络 | 持续完善
满意度指标 | 服务对象满意度指标 | 服务对象满意度 | ≥90%
满意度指标 | 服务对象满意度指标 | 老年人家属满意度 | ≥88%
""")
def p03():
    s1, s2 = spans(R03)
    cols = '<colgroup><col name="el-table_1_column_1" width="120"><col name="el-table_1_column_2" width="160"><col name="el-table_1_column_3" width="420"><col name="el-table_1_column_4" width="220"></colgroup>'
    head = ''.join(f'<th colspan="1" rowspan="1" class="el-table_1_column_{i+1} is-center is-leaf{" is-hidden" if fx else ""}"><div class="cell">{h}</div></th>'
                   for i, (h, fx) in enumerate([("一级指标", True), ("二级指标", True), ("三级指标", False), ("指标值", False)]))
    def body(fixed):
        out = []
        for k, r in enumerate(R03):
            c = ""
            hidA = "" if fixed else " is-hidden"   # category columns: shown in the fixed copy only
            hidB = " is-hidden" if fixed else ""
            if s1[k]: c += f'<td rowspan="{s1[k]}" colspan="1" class="el-table_1_column_1 is-center{hidA}"><div class="cell">{r[0]}</div></td>'
            if s2[k]: c += f'<td rowspan="{s2[k]}" colspan="1" class="el-table_1_column_2 is-center{hidA}"><div class="cell">{r[1]}</div></td>'
            c += f'<td rowspan="1" colspan="1" class="el-table_1_column_3{hidB}"><div class="cell">{e(r[2])}</div></td>'
            c += f'<td rowspan="1" colspan="1" class="el-table_1_column_4 is-center{hidB}"><div class="cell">{e(r[3])}</div></td>'
            out.append(f'<tr class="el-table__row{" el-table__row--striped" if k % 2 else ""}">{c}</tr>')
        return "\n".join(out)
    hdrfixed = head.replace(" is-hidden", "@").replace('is-leaf"', 'is-leaf is-hidden"').replace("@", "")
    b = f'''<div class="detail-wrap" id="app">
<h1 class="art-title">萸浦区2025年社区居家养老服务补贴项目绩效目标</h1>
{meta("2025-01-27 09:02", "萸浦区民政局", "517")}
<div class="proj-info"><span class="label">项目名称：</span><span>社区居家养老服务补贴</span> <span class="label">主管部门：</span><span>萸浦区民政局</span> <span class="label">预算金额（万元）：</span><span>1874.60</span></div>
<div class="el-table el-table--fit el-table--border el-table--enable-row-hover el-table--medium" style="width:100%;">
<div class="hidden-columns"><div></div><div></div><div></div><div></div></div>
<div class="el-table__header-wrapper"><table cellspacing="0" cellpadding="0" border="0" class="el-table__header" style="width:920px;">{cols}<thead class="has-gutter"><tr>{head}</tr></thead></table></div>
<div class="el-table__body-wrapper is-scrolling-left"><table cellspacing="0" cellpadding="0" border="0" class="el-table__body" style="width:920px;">{cols}<tbody>
{body(False)}
</tbody></table></div>
<div class="el-table__fixed" style="width:280px;height:100%;">
<div class="el-table__fixed-header-wrapper"><table cellspacing="0" cellpadding="0" border="0" class="el-table__header" style="width:920px;">{cols}<thead><tr>{hdrfixed}</tr></thead></table></div>
<div class="el-table__fixed-body-wrapper" style="top:41px;"><table cellspacing="0" cellpadding="0" border="0" class="el-table__body" style="width:920px;">{cols}<tbody>
{body(True)}
</tbody></table></div></div>
<div class="el-table__column-resize-proxy" style="display:none;"></div>
</div>
<div class="el-pagination"><span class="el-pagination__total">共 12 条</span></div>
</div>'''
    st = """.el-table{position:relative;overflow:hidden;border:1px solid #ebeef5;font-size:14px}
.el-table table{table-layout:fixed;border-collapse:separate}
.el-table td,.el-table th{border-right:1px solid #ebeef5;border-bottom:1px solid #ebeef5;padding:8px 0}
.el-table .cell{padding:0 10px;line-height:23px;word-break:break-all}
.el-table .is-hidden>*{visibility:hidden}
.el-table__fixed{position:absolute;top:0;left:0;overflow:hidden;background:#fff;box-shadow:0 0 10px rgba(0,0,0,.12)}
.el-table__fixed-body-wrapper{position:absolute;left:0;overflow:hidden}
.hidden-columns{visibility:hidden;position:absolute;z-index:-1}
.label{color:#999}"""
    PAGES["03_yanglao.html"] = page("萸浦区", "萸浦区2025年社区居家养老服务补贴项目绩效目标", "萸浦区民政局", "2025-01-27", b, style=st, tmpl=3, crumb="绩效公开")
    gold("03_innertext_yanglao.txt", R03, ["chromium_innertext", "element_ui_table", "header_body_split", "fixed_column_copy", "window_1600", "page_chrome"])

# ================================================================ 04 bootstrap, two-row header 指标值 over 实施期/年度
R04 = rows("""
产出指标 | 数量指标 | 改造薄弱学校校舍面积 | ≥4.2万平方米 | ≥1.5万平方米
产出指标 | 数量指标 | 新增学位数 | ≥1800个 | ≥540个
产出指标 | 数量指标 | 配备教学实验仪器学校数 | 24所 | 8所
产出指标 | 数量指标 | 改造学生宿舍床位 | ≥2400张 | ≥900张
产出指标 | 质量指标 | 校舍维修工程质量验收合格率 | 100% | 100%
产出指标 | 质量指标 | 实验仪器配备达标率 | ≥95% | ≥90%
产出指标 | 时效指标 | 年度改造任务完成时间 | 2027年8月31日前 | 2025年8月31日前
产出指标 | 成本指标 | 校舍维修改造单位造价 | ≤1350元/平方米 | ≤1350元/平方米
效益指标 | 社会效益指标 | 大班额比例 | 下降至0 | ≤2%
效益指标 | 社会效益指标 | 寄宿制学校住宿条件 | 明显改善 | 有所改善
效益指标 | 社会效益指标 | 校舍安全隐患整改率 | 100% | 100%
效益指标 | 可持续影响指标 | 义务教育基本均衡水平 | 持续巩固 | 持续巩固
满意度指标 | 服务对象满意度指标 | 学生及家长满意度 | ≥92% | ≥90%
满意度指标 | 服务对象满意度指标 | 教师满意度 | ≥90% | ≥90%
""")
def p04():
    s1, s2 = spans(R04)
    out = []
    for k, r in enumerate(R04):
        c = ""
        if s1[k]: c += f'<td rowspan="{s1[k]}" class="align-middle text-center">{r[0]}</td>'
        if s2[k]: c += f'<td rowspan="{s2[k]}" class="align-middle">{r[1]}</td>'
        c += f'<td>{e(r[2])}</td><td class="text-center">{e(r[3])}</td><td class="text-center">{e(r[4])}</td>'
        out.append(f"<tr>{c}</tr>")
    b = f'''<div class="container">
<div class="row"><div class="col-md-9 col-sm-12">
<h1 class="art-title">桤原县2025年义务教育薄弱环节改善与能力提升项目绩效目标表</h1>
{meta("2025-03-12 11:20", "桤原县教育局", "2051")}
<div class="card mb-3"><div class="card-body">
<p><strong>项目名称：</strong>义务教育薄弱环节改善与能力提升 &nbsp; <strong>实施期限：</strong>2025年—2027年 &nbsp; <strong>资金总额：</strong>3960万元（其中年度资金1380万元）</p>
<p><strong>实施期总体目标：</strong>通过三年建设，改善全县24所义务教育薄弱学校办学条件，基本消除大班额。</p>
<p><strong>年度目标：</strong>完成8所学校校舍维修改造和仪器配备，新增学位540个。</p>
</div></div>
<div class="table-responsive">
<table class="table table-bordered table-striped table-hover table-sm">
<thead class="thead-light">
<tr><th rowspan="2" class="align-middle text-center">一级指标</th><th rowspan="2" class="align-middle text-center">二级指标</th><th rowspan="2" class="align-middle text-center">三级指标</th><th colspan="2" class="text-center">指标值</th></tr>
<tr><th class="text-center">实施期指标值</th><th class="text-center">年度指标值</th></tr>
</thead>
<tbody>
{chr(10).join(out)}
</tbody></table></div>
<p class="text-muted small">注：本表由项目单位填报，经县财政局审核后公开。</p>
</div>
<div class="col-md-3 d-none d-md-block"><div class="list-group"><a class="list-group-item active" href="#">财政预决算</a><a class="list-group-item" href="#">绩效目标</a><a class="list-group-item" href="#">绩效评价</a></div></div>
</div></div>'''
    st = """.table{width:100%;border-collapse:collapse}.table-bordered td,.table-bordered th{border:1px solid #dee2e6;padding:.3rem}
.table-striped tbody tr:nth-of-type(odd){background:rgba(0,0,0,.05)}.text-center{text-align:center}.align-middle{vertical-align:middle}
.table-responsive{display:block;width:100%;overflow-x:auto}.row{display:flex;flex-wrap:wrap}.col-md-9{flex:0 0 75%}.col-md-3{flex:0 0 25%}
.card{border:1px solid #ddd;border-radius:4px;padding:8px}.small{font-size:12px}
@media (max-width:767px){.col-md-9,.col-sm-12{flex:0 0 100%}.d-none{display:none!important}}"""
    PAGES["04_jiaoyu.html"] = page("桤原县", "桤原县2025年义务教育薄弱环节改善与能力提升项目绩效目标表", "桤原县教育局", "2025-03-12", b, style=st)
    gold("04_selectall_narrow_jiaoyu.txt", R04, ["chromium_selectall", "bootstrap_table", "two_row_header", "period_then_annual", "window_480", "page_chrome"],
         ann=lambda r: r[4], per=lambda r: r[3])

# ================================================================ 05 layui: header/body tables, 序号, 计算符号/指标值/计量单位
R05 = rows("""
产出指标 | 数量指标 | 更新改造老旧燃气管道长度 | ≥ | 86.5 | 公里
产出指标 | 数量指标 | 改造涉及老旧小区 | ≥ | 42 | 个
产出指标 | 数量指标 | 更换居民户内燃气设施 | ≥ | 1.36 | 万户
产出指标 | 质量指标 | 管道焊口无损检测合格率 | ＝ | 100 | %
产出指标 | 质量指标 | 工程质量 | 定性 | 达到国家验收标准 | 
产出指标 | 时效指标 | 主体工程完工时间 | ≤ | 2025年11月30日 | 
产出指标 | 成本指标 | 中压管道改造综合单价 | ≤ | 185 | 万元/公里
效益指标 | 社会效益指标 | 燃气安全事故发生起数 | ＝ | 0 | 起
效益指标 | 社会效益指标 | 受益居民户数 | ≥ | 1.36 | 万户
效益指标 | 社会效益指标 | 管网漏损率 | ≤ | 2 | %
效益指标 | 生态效益指标 | 施工扬尘 | 定性 | 有效控制 | 
效益指标 | 可持续影响指标 | 改造后管网设计使用年限 | ≥ | 30 | 年
满意度指标 | 服务对象满意度指标 | 改造小区居民满意度 | ≥ | 90 | %
满意度指标 | 服务对象满意度指标 | 沿线商户满意度 | ≥ | 85 | %
""")
def join05(r):
    return ("" if r[3] == "定性" else r[3]) + r[4] + r[5]
def p05():
    heads = ["序号", "一级指标", "二级指标", "三级指标", "计算符号", "指标值", "计量单位"]
    fields = ["xh", "yjzb", "ejzb", "sjzb", "jsfh", "zbz", "jldw"]
    colw = [60, 110, 140, 300, 90, 170, 110]
    th = "".join(f'<th data-field="{f}" data-key="1-0-{i}" class=""><div class="layui-table-cell laytable-cell-1-0-{i}" align="center"><span>{h}</span></div></th>' for i, (h, f) in enumerate(zip(heads, fields)))
    out = []
    for k, r in enumerate(R05):
        vals = [str(k+1)] + r
        tds = "".join(f'<td data-field="{f}" data-key="1-0-{i}" align="center"><div class="layui-table-cell laytable-cell-1-0-{i}">{e(v)}</div></td>' for i, (v, f) in enumerate(zip(vals, fields)))
        out.append(f'<tr data-index="{k}" class="">{tds}</tr>')
    css_w = "".join(f".laytable-cell-1-0-{i}{{width:{w}px}}" for i, w in enumerate(colw))
    b = f'''<div class="layui-container content-box">
<h1 class="art-title" id="bt">筠江市2025年老旧燃气管网更新改造项目绩效目标</h1>
{meta("2025-04-02 15:36", "筠江市住房和城乡建设局", "389")}
<blockquote class="layui-elem-quote">项目单位：筠江市住房和城乡建设局 &nbsp; 项目类别：一般公共预算 &nbsp; 年度预算：16200.00万元（含中央预算内投资9600.00万元）</blockquote>
<table class="layui-hide" id="jxTable" lay-filter="jxTable"></table>
<div class="layui-form layui-border-box layui-table-view layui-table-view-1" lay-filter="LAY-TABLE-FORM-DF-1" lay-id="jxTable" style="">
<div class="layui-table-tool"><div class="layui-table-tool-temp"><span class="tbl-title">绩效指标明细</span></div><div class="layui-table-tool-self"><div class="layui-inline" title="筛选列" lay-event="LAYTABLE_COLS"><i class="layui-icon layui-icon-cols"></i></div><div class="layui-inline" title="导出" lay-event="LAYTABLE_EXPORT"><i class="layui-icon layui-icon-export"></i></div><div class="layui-inline" title="打印" lay-event="LAYTABLE_PRINT"><i class="layui-icon layui-icon-print"></i></div></div></div>
<div class="layui-table-box">
<div class="layui-table-header"><table cellspacing="0" cellpadding="0" border="0" class="layui-table" lay-size="sm"><thead><tr>{th}</tr></thead></table></div>
<div class="layui-table-body layui-table-main"><table cellspacing="0" cellpadding="0" border="0" class="layui-table" lay-size="sm"><tbody>
{chr(10).join(out)}
</tbody></table></div>
</div>
<div class="layui-table-page"><div id="layui-table-page1"><div class="layui-box layui-laypage layui-laypage-default"><span class="layui-laypage-count">共 14 条</span></div></div></div>
<style>{css_w}</style>
</div>
<p class="note" id="tail">说明：指标值为“定性”的，以文字描述为准。</p>
</div>'''
    st = """.layui-hide{display:none!important}.layui-table{border-collapse:collapse;width:100%}
.layui-table td,.layui-table th{border:1px solid #e6e6e6;padding:0;height:28px}
.layui-table-cell{height:28px;line-height:28px;padding:0 15px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;box-sizing:border-box}
.layui-table-tool{padding:8px;border:1px solid #e6e6e6;border-bottom:none}.layui-table-tool-self{float:right}.layui-inline{display:inline-block}
.layui-icon-cols::before{content:"\\e610"}.layui-icon-export::before{content:"\\e67d"}.layui-icon-print::before{content:"\\e66d"}
.layui-elem-quote{border-left:5px solid #16b777;background:#fafafa;padding:10px}"""
    PAGES["05_ranqi.html"] = page("筠江市", "筠江市2025年老旧燃气管网更新改造项目绩效目标", "筠江市住房和城乡建设局", "2025-04-02", b, style=st, tmpl=2)
    gold("05_region_ranqi.txt", R05, ["chromium_region_selection", "layui_table", "header_body_split", "seq_column", "op_value_unit_columns", "qualitative_op", "no_merged_cells"],
         ann=join05, merged=False)

# ================================================================ 06 绩效自评表 (printed to PDF)
R06 = rows("""
产出指标 | 数量指标 | 补助村卫生室数量 | 148个 | 148个 | 8 | 8 | 
产出指标 | 数量指标 | 乡村医生签约服务人数 | ≥5.2万人 | 5.07万人 | 8 | 7 | 部分偏远村外出务工人员较多，签约人数未达目标
产出指标 | 数量指标 | 村卫生室年诊疗人次 | ≥30万人次 | 31.6万人次 | 7 | 7 | 
产出指标 | 质量指标 | 村卫生室标准化建设达标率 | ≥90% | 91.2% | 7 | 7 | 
产出指标 | 质量指标 | 基本药物制度实施覆盖率 | 100% | 100% | 6 | 6 | 
产出指标 | 时效指标 | 补助资金按季度拨付 | 按季度及时拨付 | 第四季度延迟拨付 | 6 | 4 | 县级配套资金到位较晚，下一年度提前申请预拨
产出指标 | 成本指标 | 每个村卫生室年运行补助 | ≤2.4万元 | 2.4万元 | 8 | 8 | 
效益指标 | 社会效益指标 | 村民就近就医比例 | ≥65% | 66.8% | 10 | 10 | 
效益指标 | 社会效益指标 | 村卫生室服务“空白点” | 0个 | 0个 | 10 | 10 | 
效益指标 | 可持续影响指标 | 村医队伍稳定性 | 持续稳定 | 基本稳定 | 10 | 9 | 年内有3名乡村医生退休，已启动定向培养补充
满意度指标 | 服务对象满意度指标 | 村民就医满意度 | ≥85% | 88.5% | 5 | 5 | 
满意度指标 | 服务对象满意度指标 | 乡村医生满意度 | ≥80% | 83% | 5 | 5 | 
""")
def p06():
    s1, s2 = spans(R06)
    out = []
    for k, r in enumerate(R06):
        c = ""
        if s1[k]: c += f'<td rowspan="{s1[k]}">{r[0]}</td>'
        if s2[k]: c += f'<td rowspan="{s2[k]}">{r[1]}</td>'
        c += "".join(f"<td>{e(x)}</td>" for x in r[2:7]) + f'<td colspan="2">{e(r[7]) if r[7] else "&nbsp;"}</td>'
        out.append(f"<tr>{c}</tr>")
    b = f'''<div class="article">
<h1 class="art-title">楮溪县2024年度村卫生室运行补助项目绩效自评表</h1>
{meta("2025-05-19 08:47", "楮溪县卫生健康局", "611")}
<div class="content" id="zoom">
<p style="text-align:center"><strong>项目支出绩效自评表</strong></p>
<p style="text-align:center">（2024年度）</p>
<table class="zp" border="1" cellspacing="0" cellpadding="2" width="100%">
<tr><td colspan="2">项目名称</td><td colspan="7">村卫生室运行补助</td></tr>
<tr><td colspan="2">主管部门</td><td colspan="3">楮溪县卫生健康局</td><td colspan="2">实施单位</td><td colspan="2">楮溪县基层卫生服务中心</td></tr>
<tr><td colspan="2" rowspan="4">项目资金<br>（万元）</td><td>&nbsp;</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>
<tr><td>年度资金总额</td><td>355.20</td><td>355.20</td><td>349.80</td><td>10</td><td>98.48%</td><td>9.8</td></tr>
<tr><td>其中：当年财政拨款</td><td>355.20</td><td>355.20</td><td>349.80</td><td>—</td><td>98.48%</td><td>—</td></tr>
<tr><td>其他资金</td><td>0</td><td>0</td><td>0</td><td>—</td><td>—</td><td>—</td></tr>
<tr><td colspan="2" rowspan="2">年度总体目标</td><td colspan="4">预期目标</td><td colspan="3">实际完成情况</td></tr>
<tr><td colspan="4">对全县148个村卫生室给予运行补助，保障村卫生室正常运转和乡村医生合理收入。</td><td colspan="3">148个村卫生室全部获得补助，运行平稳。</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td colspan="2">偏差原因分析及改进措施</td></tr>
{chr(10).join(out)}
<tr><td colspan="5">总分</td><td>100</td><td>95.8</td><td colspan="2">&nbsp;</td></tr>
</table>
<p>填报单位（盖章）：楮溪县卫生健康局 &nbsp;&nbsp; 填报人：何静 &nbsp;&nbsp; 审核人：梁志远</p>
</div></div>'''
    PAGES["06_weishengshi.html"] = page("楮溪县", "楮溪县2024年度村卫生室运行补助项目绩效自评表", "楮溪县卫生健康局", "2025-05-19", b,
        style=".zp{border-collapse:collapse}.zp td{border:1px solid #000;font-size:12px;text-align:center}", crumb="绩效评价")
    gold("06_pdftotext_weishengshi.txt", R06, ["chromium_print_pdf", "pdftotext_plain", "self_evaluation", "total_row", "fund_block", "page_chrome"])

# ================================================================ 07 部门整体支出绩效目标表
R07 = rows("""
产出指标 | 数量指标 | 食品安全监督抽检批次 | ≥3600批次
产出指标 | 数量指标 | 特种设备监督检查台次 | ≥1500台次
产出指标 | 数量指标 | 新登记经营主体 | ≥9000户
产出指标 | 数量指标 | 12315投诉举报处理件数 | ≥6500件
产出指标 | 质量指标 | 食品抽检不合格产品核查处置率 | 100%
产出指标 | 质量指标 | 计量器具强制检定覆盖率 | ≥98%
产出指标 | 时效指标 | 投诉举报按时办结率 | ≥99%
产出指标 | 时效指标 | 企业开办时间 | ≤1个工作日
产出指标 | 成本指标 | 部门预算支出控制 | 不超过年初预算
效益指标 | 经济效益指标 | 为消费者挽回经济损失 | ≥600万元
效益指标 | 社会效益指标 | 区域性系统性食品安全事件 | 0起
效益指标 | 社会效益指标 | 特种设备万台死亡率 | ≤0.08
效益指标 | 可持续影响指标 | 营商环境 | 持续优化
满意度指标 | 服务对象满意度指标 | 经营主体满意度 | ≥90%
满意度指标 | 服务对象满意度指标 | 消费者投诉处理满意率 | ≥85%
""")
def p07():
    s1, s2 = spans(R07)
    out = []
    for k, r in enumerate(R07):
        c = ""
        if s1[k]: c += f'<td rowspan="{s1[k]}" style="text-align:center">{r[0]}</td>'
        if s2[k]: c += f'<td rowspan="{s2[k]}" style="text-align:center">{r[1]}</td>'
        c += f'<td>{e(r[2])}</td><td>{e(r[3])}</td>'
        out.append(f"<tr>{c}</tr>")
    b = f'''<div class="article">
<h1 class="art-title">苈湖区市场监督管理局2025年部门整体支出绩效目标表</h1>
{meta("2025-02-10 17:05", "苈湖区市场监督管理局", "926")}
<div class="content" id="zoom">
<table class="bmzt" border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><td colspan="5" style="text-align:center"><b>部门整体支出绩效目标表</b><br>（2025年度）</td></tr>
<tr><td colspan="2">部门（单位）名称</td><td colspan="3">苈湖区市场监督管理局</td></tr>
<tr><td colspan="2" rowspan="3">年度预算申请（万元）</td><td>资金总额</td><td colspan="2">5126.38</td></tr>
<tr><td>其中：基本支出</td><td colspan="2">3904.52</td></tr>
<tr><td>项目支出</td><td colspan="2">1221.86</td></tr>
<tr><td colspan="2" rowspan="4">年度主要任务</td><td>任务名称</td><td>主要内容</td><td>预算金额（万元）</td></tr>
<tr><td>食品安全监管</td><td>开展食品安全监督抽检和风险监测</td><td>486.00</td></tr>
<tr><td>特种设备安全监察</td><td>开展电梯、锅炉等特种设备安全检查</td><td>215.40</td></tr>
<tr><td>市场秩序维护</td><td>处理消费投诉举报，查处违法违规行为</td><td>520.46</td></tr>
<tr><td colspan="2">年度总体目标</td><td colspan="3">守住食品、特种设备安全底线，持续优化营商环境，维护公平竞争的市场秩序。</td></tr>
<tr><td rowspan="{len(R07)+1}">年度绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
{chr(10).join(out)}
</table>
</div></div>'''
    PAGES["07_shichang.html"] = page("苈湖区", "苈湖区市场监督管理局2025年部门整体支出绩效目标表", "苈湖区市场监督管理局", "2025-02-10", b,
        style=".bmzt{border-collapse:collapse}.bmzt td{border:1px solid #555}", crumb="部门预算")
    gold("07_selectall_shichang.txt", R07, ["chromium_selectall", "department_whole", "task_block", "side_label_column", "page_chrome"])

# ================================================================ 08 div grid (display:grid, explicit placement), header hidden on narrow screens
R08 = rows("""
产出指标 | 数量指标 | 年接待读者人次 | ≥45万人次
产出指标 | 数量指标 | 新增馆藏纸质图书 | ≥3.2万册
产出指标 | 数量指标 | 举办阅读推广活动 | ≥180场
产出指标 | 数量指标 | 建成城市书房（分馆） | 5个
产出指标 | 质量指标 | 图书编目数据合格率 | ≥98%
产出指标 | 质量指标 | 数字资源平台可用率 | ≥99.5%
产出指标 | 时效指标 | 每周免费开放时长 | ≥63小时
产出指标 | 成本指标 | 免费开放运行经费 | ≤268万元
效益指标 | 社会效益指标 | 持证读者增长率 | ≥8%
效益指标 | 社会效益指标 | 未成年人借阅册次占比 | ≥35%
效益指标 | 可持续影响指标 | 全民阅读服务体系 | 逐步健全
满意度指标 | 服务对象满意度指标 | 读者满意度 | ≥95%
满意度指标 | 服务对象满意度指标 | 活动参与者满意度 | ≥92%
""")
def p08():
    s1, s2 = spans(R08)
    cells = []
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
        cells.append(f'<div class="g-cell g-head" style="grid-row:1;grid-column:{j+1}">{h}</div>')
    for k, r in enumerate(R08):
        row = k + 2
        if s1[k]: cells.append(f'<div class="g-cell g-l1" style="grid-row:{row} / span {s1[k]};grid-column:1">{r[0]}</div>')
        if s2[k]: cells.append(f'<div class="g-cell g-l2" style="grid-row:{row} / span {s2[k]};grid-column:2">{r[1]}</div>')
        cells.append(f'<div class="g-cell g-name" style="grid-row:{row};grid-column:3">{e(r[2])}</div>')
        cells.append(f'<div class="g-cell g-val" style="grid-row:{row};grid-column:4">{e(r[3])}</div>')
    b = f'''<section class="detail">
<h1 class="art-title">棣阳市公共图书馆2025年免费开放项目绩效目标</h1>
{meta("2025-03-28 10:00", "棣阳市文化广电旅游局", "274")}
<ul class="kv"><li><em>项目名称</em><span>公共图书馆免费开放</span></li><li><em>预算单位</em><span>棣阳市图书馆</span></li><li><em>预算金额</em><span>268.00万元</span></li></ul>
<div class="zb-grid" role="table" aria-label="绩效指标">
{chr(10).join(cells)}
</div>
<p class="tip">数据来源：棣阳市预算绩效管理系统</p>
</section>'''
    st = """.zb-grid{display:grid;grid-template-columns:120px 160px 1fr 200px;border-top:1px solid #ccc;border-left:1px solid #ccc}
.g-cell{border-right:1px solid #ccc;border-bottom:1px solid #ccc;padding:6px 8px;display:flex;align-items:center}
.g-head{background:#eef3fa;font-weight:bold;justify-content:center}
.kv{list-style:none;padding:0;display:flex;gap:20px}.kv em{font-style:normal;color:#888;margin-right:6px}
@media (max-width:600px){.zb-grid{grid-template-columns:64px 80px 1fr 96px;font-size:12px}.g-head{display:none}.kv{display:block}}"""
    PAGES["08_tushuguan.html"] = page("棣阳市", "棣阳市公共图书馆2025年免费开放项目绩效目标", "棣阳市文化广电旅游局", "2025-03-28", b, style=st, tmpl=2)
    gold("08_innertext_narrow_tushuguan.txt", R08, ["chromium_innertext", "css_grid_divs", "header_hidden_narrow", "window_480", "page_chrome"])

# ================================================================ 09 vxe-table, textContent, a hidden (deleted) row, 备注, <br> in names
R09 = rows("""
产出指标 | 数量指标 | 购置森林消防⏎专用车辆 | 4辆 | 含水罐消防车2辆
产出指标 | 数量指标 | 建设防火隔离带 | ≥36公里 | 
产出指标 | 数量指标 | 专业扑火队员⏎培训人次 | ≥420人次 | 
产出指标 | 数量指标 | 新建视频监控⏎瞭望点 | 12个 | 
产出指标 | 质量指标 | 物资装备验收合格率 | 100% | 
产出指标 | 质量指标 | 监控系统火情识别准确率 | ≥90% | 
产出指标 | 时效指标 | 防火期前装备配发到位 | 2025年10月31日前 | 秋冬防火期
产出指标 | 成本指标 | 隔离带建设单价 | ≤3.5万元/公里 | 
效益指标 | 社会效益指标 | 森林火灾受害率 | ≤0.9‰ | 
效益指标 | 社会效益指标 | 火情24小时扑灭率 | ≥95% | 
效益指标 | 生态效益指标 | 森林覆盖率 | 保持在72%以上 | 
效益指标 | 可持续影响指标 | 森林防火长效机制 | 基本建立 | 
满意度指标 | 服务对象满意度指标 | 林区群众满意度 | ≥90% | 
""")
HIDDEN09 = ("产出指标", "数量指标", "购置风力灭火机", "≥60台", "已调整至省级项目")
def p09():
    s1, s2 = spans(R09)
    cols = '<colgroup><col name="col_1" style="width:60px"><col name="col_2" style="width:110px"><col name="col_3" style="width:140px"><col name="col_4" style="width:260px"><col name="col_5" style="width:180px"><col name="col_6" style="width:160px"></colgroup>'
    hd = "".join(f'<th colid="col_{i+1}" class="vxe-header--column col_{i+1} col--center"><div class="vxe-cell"><span class="vxe-cell--title">{h}</span></div></th>'
                 for i, h in enumerate(["序号", "一级指标", "二级指标", "三级指标", "指标值", "备注"]))
    out = []
    for k, r in enumerate(R09):
        c = f'<td colid="col_1" class="vxe-body--column col_1 col--center col--seq"><div class="vxe-cell"><span class="vxe-cell--label">{k+1}</span></div></td>'
        if s1[k]: c += f'<td colid="col_2" rowspan="{s1[k]}" class="vxe-body--column col_2 col--center"><div class="vxe-cell"><span class="vxe-cell--label">{r[0]}</span></div></td>'
        if s2[k]: c += f'<td colid="col_3" rowspan="{s2[k]}" class="vxe-body--column col_3 col--center"><div class="vxe-cell"><span class="vxe-cell--label">{r[1]}</span></div></td>'
        for j, x in enumerate(r[2:]):
            c += f'<td colid="col_{j+4}" class="vxe-body--column col_{j+4}"><div class="vxe-cell"><span class="vxe-cell--label">{br(x)}</span></div></td>'
        out.append(f'<tr rowid="row_{k+11}" class="vxe-body--row">{c}</tr>')
        if k == 3:   # a row removed in review, kept in the markup but not shown
            h = HIDDEN09
            out.append(f'<tr rowid="row_99" class="vxe-body--row row--deleted" style="display:none;"><td colid="col_1" class="vxe-body--column col_1"><div class="vxe-cell"><span class="vxe-cell--label"></span></div></td><td colid="col_4" class="vxe-body--column col_4"><div class="vxe-cell"><span class="vxe-cell--label">{h[2]}</span></div></td><td colid="col_5" class="vxe-body--column col_5"><div class="vxe-cell"><span class="vxe-cell--label">{h[3]}</span></div></td><td colid="col_6" class="vxe-body--column col_6"><div class="vxe-cell"><span class="vxe-cell--label">{h[4]}</span></div></td></tr>')
    b = f'''<div class="page-detail">
<h1 class="art-title">瑄平县2025年森林防火能力提升项目绩效目标表</h1>
{meta("2025-04-15 14:22", "瑄平县林业局", "158")}
<p class="intro">根据《瑄平县预算绩效管理办法》，现将2025年森林防火能力提升项目（预算资金586万元）绩效目标公开如下：</p>
<div class="vxe-table vxe-table--render-default tid_21 border--full size--small" id="vxe_table_21">
<div class="vxe-table-slots"></div>
<div class="vxe-table--render-wrapper"><div class="vxe-table--main-wrapper">
<div class="vxe-table--header-wrapper body--wrapper"><div class="vxe-table--header-inner-wrapper"><table class="vxe-table--header" xid="21" cellspacing="0" cellpadding="0" border="0">{cols}<thead><tr class="vxe-header--row main">{hd}</tr></thead></table><div class="vxe-table--header-border-line" style="width:910px;"></div></div></div>
<div class="vxe-table--body-wrapper body--wrapper"><table class="vxe-table--body" xid="21" cellspacing="0" cellpadding="0" border="0">{cols}<tbody>
{chr(10).join(out)}
</tbody></table><div class="vxe-table--empty-block" style="display:none"><div class="vxe-table--empty-content">暂无数据</div></div></div>
</div></div>
<div class="vxe-loading" style="display:none"><div class="vxe-loading--spinner"></div><div class="vxe-loading--text">加载中...</div></div>
</div>
</div>'''
    st = """.vxe-table table{border-collapse:collapse;table-layout:fixed}.vxe-table td,.vxe-table th{border:1px solid #e8eaec;padding:6px}"""
    PAGES["09_fanghuo.html"] = page("瑄平县", "瑄平县2025年森林防火能力提升项目绩效目标表", "瑄平县林业局", "2025-04-15", b, style=st, tmpl=1)
    gold("09_textcontent_fanghuo.txt", R09, ["chromium_textcontent", "vxe_table", "header_body_split", "seq_column", "remark_column", "br_in_name", "hidden_row_in_markup", "script_style_text"])

# ================================================================ 10 Ant Design table inside tabs (an earlier year's pane hidden)
R10 = rows("""
产出指标 | 数量指标 | 补贴性职业技能培训人次 | ≥5600人次
产出指标 | 数量指标 | 其中：脱贫劳动力培训人次 | ≥900人次
产出指标 | 数量指标 | 认定技能培训定点机构 | ≥15家
产出指标 | 质量指标 | 培训合格率 | ≥85%
产出指标 | 质量指标 | 取得职业资格（技能等级）证书比例 | ≥70%
产出指标 | 时效指标 | 培训补贴审核发放周期 | ≤30个工作日
产出指标 | 成本指标 | 初级工培训补贴标准 | ≤1000元/人
效益指标 | 经济效益指标 | 培训后就业人员月均收入增幅 | ≥10%
效益指标 | 社会效益指标 | 培训后就业率 | ≥75%
效益指标 | 社会效益指标 | 新增高技能人才 | ≥600人
效益指标 | 可持续影响指标 | 技能人才队伍结构 | 持续优化
满意度指标 | 服务对象满意度指标 | 参训学员满意度 | ≥90%
满意度指标 | 服务对象满意度指标 | 用工企业满意度 | ≥85%
""")
R10_OLD = rows("""
产出指标 | 数量指标 | 补贴性职业技能培训人次 | ≥5000人次
产出指标 | 质量指标 | 培训合格率 | ≥80%
效益指标 | 社会效益指标 | 培训后就业率 | ≥70%
满意度指标 | 服务对象满意度指标 | 参训学员满意度 | ≥88%
""")
def ant_table(R, title):
    s1, s2 = spans(R)
    hd = "".join(f'<th class="ant-table-cell" scope="col" style="text-align:center">{h}</th>' for h in ["一级指标", "二级指标", "三级指标", "指标值"])
    out = []
    for k, r in enumerate(R):
        c = ""
        if s1[k]: c += f'<td rowspan="{s1[k]}" class="ant-table-cell" style="text-align:center">{r[0]}</td>'
        if s2[k]: c += f'<td rowspan="{s2[k]}" class="ant-table-cell" style="text-align:center">{r[1]}</td>'
        c += f'<td class="ant-table-cell">{e(r[2])}</td><td class="ant-table-cell" style="text-align:center">{e(r[3])}</td>'
        out.append(f'<tr data-row-key="{k+1}" class="ant-table-row ant-table-row-level-0">{c}</tr>')
    return f'''<div class="ant-table-wrapper"><div class="ant-spin-nested-loading"><div class="ant-spin-container"><div class="ant-table ant-table-bordered ant-table-small">
<div class="ant-table-title">{title}</div>
<div class="ant-table-container"><div class="ant-table-content"><table style="table-layout:auto"><colgroup></colgroup>
<thead class="ant-table-thead"><tr>{hd}</tr></thead>
<tbody class="ant-table-tbody">
{chr(10).join(out)}
</tbody></table></div></div></div></div></div></div>'''
def p10():
    b = f'''<div class="jx-detail">
<h1 class="art-title" id="bt">芊溪县职业技能提升培训补贴项目绩效目标</h1>
{meta("2025-03-03 09:41", "芊溪县人力资源和社会保障局", "1120")}
<div class="ant-descriptions ant-descriptions-bordered"><div class="ant-descriptions-view"><table><tbody>
<tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">项目名称</th><td class="ant-descriptions-item-content">职业技能提升培训补贴</td><th class="ant-descriptions-item-label">主管部门</th><td class="ant-descriptions-item-content">芊溪县人力资源和社会保障局</td></tr>
<tr class="ant-descriptions-row"><th class="ant-descriptions-item-label">预算金额</th><td class="ant-descriptions-item-content">742.50万元</td><th class="ant-descriptions-item-label">资金来源</th><td class="ant-descriptions-item-content">就业补助资金</td></tr>
</tbody></table></div></div>
<div class="ant-tabs ant-tabs-top ant-tabs-card"><div role="tablist" class="ant-tabs-nav"><div class="ant-tabs-nav-wrap"><div class="ant-tabs-nav-list">
<div class="ant-tabs-tab"><div role="tab" aria-selected="false" class="ant-tabs-tab-btn" id="rc-tabs-0-tab-2024">2024年度</div></div>
<div class="ant-tabs-tab ant-tabs-tab-active"><div role="tab" aria-selected="true" class="ant-tabs-tab-btn" id="rc-tabs-0-tab-2025">2025年度</div></div>
<div class="ant-tabs-ink-bar ant-tabs-ink-bar-animated"></div></div></div></div>
<div class="ant-tabs-content-holder"><div class="ant-tabs-content ant-tabs-content-top">
<div role="tabpanel" tabindex="-1" aria-hidden="true" class="ant-tabs-tabpane ant-tabs-tabpane-hidden" id="rc-tabs-0-panel-2024" style="display:none">{ant_table(R10_OLD, "2024年度绩效指标")}</div>
<div role="tabpanel" tabindex="0" aria-hidden="false" class="ant-tabs-tabpane ant-tabs-tabpane-active" id="rc-tabs-0-panel-2025">{ant_table(R10, "2025年度绩效指标")}</div>
</div></div></div>
<div class="ant-alert ant-alert-info" id="tail"><span class="ant-alert-message">以上绩效目标经县财政局审核批复。</span></div>
</div>'''
    st = """.ant-table table{width:100%;border-collapse:separate;border-spacing:0}.ant-table-bordered td,.ant-table-bordered th{border:1px solid #f0f0f0;padding:8px}
.ant-tabs-nav-list{display:flex}.ant-tabs-tab{padding:6px 16px;border:1px solid #f0f0f0}.ant-tabs-tab-active{background:#fff;color:#1677ff}
.ant-tabs-tabpane-hidden{display:none}.ant-descriptions-view table{width:100%;border-collapse:collapse}.ant-descriptions-view th,.ant-descriptions-view td{border:1px solid #f0f0f0;padding:6px}"""
    PAGES["10_peixun.html"] = page("芊溪县", "芊溪县职业技能提升培训补贴项目绩效目标", "芊溪县人力资源和社会保障局", "2025-03-03", b, style=st, tmpl=3, crumb="绩效公开")
    gold("10_region_peixun.txt", R10, ["chromium_region_selection", "antd_table", "tabs_hidden_pane", "descriptions_block"])

# ================================================================ 11 two projects' tables, 序号, <br> in names and headers
R11A = rows("""
产出指标 | 数量指标 | 新开通农村客运⏎班线 | 6条
产出指标 | 数量指标 | 更新新能源⏎农村客运车辆 | 30辆
产出指标 | 质量指标 | 建制村通客车率 | 100%
产出指标 | 时效指标 | 车辆更新完成时间 | 2025年9月底前
产出指标 | 成本指标 | 单车购置补助 | ≤18万元/辆
效益指标 | 社会效益指标 | 群众出行平均候车时间 | ≤40分钟
效益指标 | 生态效益指标 | 年减少燃油消耗 | ≥120吨
满意度指标 | 服务对象满意度指标 | 沿线群众乘车满意度 | ≥90%
""")
R11B = rows("""
产出指标 | 数量指标 | 农村公路⏎危桥改造 | 14座
产出指标 | 数量指标 | 安全生命防护工程 | ≥85公里
产出指标 | 质量指标 | 交工验收质量评定 | 合格
产出指标 | 时效指标 | 危桥改造完工率 | 2025年底达100%
效益指标 | 社会效益指标 | 农村公路⏎交通事故起数 | 较上年下降10%
效益指标 | 可持续影响指标 | 桥梁设计使用年限 | ≥50年
满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥92%
""")
def t11(R, proj, amt):
    s1, s2 = spans(R)
    out = []
    for k, r in enumerate(R):
        c = f'<td align="center">{k+1}</td>'
        if s1[k]: c += f'<td rowspan="{s1[k]}" align="center">{r[0]}</td>'
        if s2[k]: c += f'<td rowspan="{s2[k]}" align="center">{r[1]}</td>'
        c += f'<td>{br(r[2])}</td><td align="center">{e(r[3])}</td>'
        out.append(f"<tr>{c}</tr>")
    return f'''<p style="text-indent:2em;"><strong>{proj}</strong>（资金{amt}万元）</p>
<table border="1" cellspacing="0" cellpadding="0" width="100%" class="jx"><tbody>
<tr class="firstRow"><th width="6%">序<br>号</th><th width="14%">一级<br>指标</th><th width="16%">二级<br>指标</th><th>三级<br>指标</th><th width="22%">指标值</th></tr>
{chr(10).join(out)}
</tbody></table>'''
def p11():
    b = f'''<div class="article">
<h1 class="art-title">蕖州市交通运输局2025年项目支出绩效目标公开</h1>
{meta("2025-02-27 10:30", "蕖州市交通运输局", "845")}
<div class="content" id="zoom">
<p style="text-indent:2em;">按照预算公开要求，现将我局2025年重点项目绩效目标公开如下。</p>
<p style="text-indent:2em;">一、农村客运公交化改造项目</p>
{t11(R11A, "项目名称：农村客运公交化改造", "862.00")}
<p style="text-indent:2em;">二、农村公路危桥改造及安防工程项目</p>
{t11(R11B, "项目名称：农村公路危桥改造及安防工程", "3415.00")}
<p>&nbsp;</p>
</div></div>'''
    PAGES["11_jiaotong.html"] = page("蕖州市", "蕖州市交通运输局2025年项目支出绩效目标公开", "蕖州市交通运输局", "2025-02-27", b,
        style=".jx{border-collapse:collapse;margin-bottom:12px}.jx td,.jx th{border:1px solid #888;padding:4px}")
    gold("11_selectall_wide_jiaotong.txt", R11A + R11B, [])
    # the two tables restart their merged groups: rebuild the tags per table
    del GOLDROWS[-len(R11A) - len(R11B):]
    gold("11_selectall_wide_jiaotong.txt", R11A, ["chromium_selectall", "two_tables", "seq_column", "br_in_name", "br_in_header", "window_1600", "page_chrome", "table_1"])
    n0 = len(GOLDROWS)
    gold("11_selectall_wide_jiaotong.txt", R11B, ["chromium_selectall", "two_tables", "seq_column", "br_in_name", "br_in_header", "window_1600", "page_chrome", "table_2"])
    for k, g in enumerate(GOLDROWS[n0:]): g["n"] = len(R11A) + k + 1

# ================================================================ 12 2021 scheme (成本指标 at level 1), 计量单位 column, Word-pasted; printed to PDF
R12 = rows("""
产出指标 | 数量指标 | 河道综合治理长度 | ≥12.6 | 公里
产出指标 | 数量指标 | 新建生态护岸 | ≥9.8 | 公里
产出指标 | 数量指标 | 清淤疏浚土方量 | ≥21 | 万立方米
产出指标 | 质量指标 | 单位工程质量合格率 | 100 | %
产出指标 | 质量指标 | 堤防防洪标准 | 达到20年一遇 | 
产出指标 | 时效指标 | 汛前完成主体工程 | 2025年5月31日前 | 
成本指标 | 经济成本指标 | 每公里综合治理投资 | ≤420 | 万元
成本指标 | 社会成本指标 | 工程永久占地 | ≤35 | 亩
成本指标 | 生态环境成本指标 | 施工期水土流失治理度 | ≥95 | %
效益指标 | 社会效益指标 | 保护沿岸人口 | ≥3.4 | 万人
效益指标 | 社会效益指标 | 保护耕地面积 | ≥2.6 | 万亩
效益指标 | 生态效益指标 | 治理河段水质 | 稳定达到Ⅲ类 | 
效益指标 | 可持续影响指标 | 工程运行管护责任落实率 | 100 | %
满意度指标 | 服务对象满意度指标 | 沿河群众满意度 | ≥90 | %
""")
def p12():
    s1, s2 = spans(R12)
    tdst = 'style="border:solid windowtext 1.0pt;border-top:none;mso-border-alt:solid windowtext .5pt;padding:0cm 1.4pt 0cm 1.4pt"'
    def w(t):
        return f'<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:9.0pt;font-family:宋体;mso-bidi-font-family:宋体;color:black;mso-font-kerning:0pt">{e(t) if t else "<span lang=EN-US><o:p>&nbsp;</o:p></span>"}</span></p>'
    out = []
    for k, r in enumerate(R12):
        c = ""
        if s1[k]: c += f'<td width="72" rowspan="{s1[k]}" {tdst}>{w(r[0])}</td>'
        if s2[k]: c += f'<td width="96" rowspan="{s2[k]}" {tdst}>{w(r[1])}</td>'
        c += "".join(f'<td width="{wd}" {tdst}>{w(x)}</td>' for wd, x in zip((200, 120, 70), r[2:]))
        out.append(f'<tr style="mso-yfti-irow:{k+1};height:18.0pt">{c}</tr>')
    hd = "".join(f'<td width="{wd}" {tdst}>{w(h)}</td>' for wd, h in zip((72, 96, 200, 120, 70), ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"]))
    b = f'''<div class="article">
<h1 class="art-title">峤南县2025年中小河流治理项目绩效目标表</h1>
{meta("2025-03-17 16:12", "峤南县水利局", "492")}
<div class="content" id="zoom"><div class="WordSection1">
<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:15.0pt;font-family:黑体">峤南县2025年中小河流治理项目绩效目标表</span></b></p>
<p class="MsoNormal"><span style="font-family:仿宋">项目名称：桐溪河峤南段治理工程　　主管部门：峤南县水利局　　项目总投资：5292万元</span></p>
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse;mso-table-layout-alt:fixed;border:none">
<tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes;height:20.0pt">{hd}</tr>
{chr(10).join(out)}
</table>
<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
</div></div></div>'''
    PAGES["12_heliu.html"] = page("峤南县", "峤南县2025年中小河流治理项目绩效目标表", "峤南县水利局", "2025-03-17", b, tmpl=1)
    gold("12_pdftotext_layout_heliu.txt", R12, ["chromium_print_pdf", "pdftotext_layout", "word_mso_cells", "scheme_2021_cost_level1", "unit_column", "page_chrome"],
         ann=lambda r: r[3] + r[4])

# ================================================================ 13 flex rows nested by category, 序号 by CSS counter (::before)
R13 = rows("""
产出指标 | 数量指标 | 机械化清扫保洁面积 | ≥620万平方米
产出指标 | 数量指标 | 生活垃圾日清运量 | ≥480吨
产出指标 | 数量指标 | 公厕保洁管护座数 | 96座
产出指标 | 质量指标 | 道路机械化清扫率 | ≥92%
产出指标 | 质量指标 | 环卫作业考核平均得分 | ≥90分
产出指标 | 时效指标 | 垃圾日产日清率 | 100%
产出指标 | 成本指标 | 道路清扫保洁单价 | ≤6.8元/平方米·年
效益指标 | 社会效益指标 | 市容环境卫生投诉量 | 较上年下降15%
效益指标 | 生态效益指标 | 生活垃圾无害化处理率 | 100%
效益指标 | 生态效益指标 | 道路扬尘（降尘量） | ≤7吨/平方公里·月
效益指标 | 可持续影响指标 | 环卫市场化作业机制 | 长效运行
满意度指标 | 服务对象满意度指标 | 市民对市容环境满意度 | ≥88%
满意度指标 | 服务对象满意度指标 | 沿街商户满意度 | ≥85%
""")
def p13():
    groups = []
    for r in R13:
        if not groups or groups[-1][0] != r[0]: groups.append((r[0], []))
        sub = groups[-1][1]
        if not sub or sub[-1][0] != r[1]: sub.append((r[1], []))
        sub[-1][1].append(r)
    g = []
    for l1, subs in groups:
        s = []
        for l2, rs in subs:
            items = "".join(f'<div class="ft-row"><span class="ft-no"></span><span class="ft-name">{e(r[2])}</span><span class="ft-val">{e(r[3])}</span></div>' for r in rs)
            s.append(f'<div class="ft-l2"><div class="ft-l2-label">{l2}</div><div class="ft-items">{items}</div></div>')
        g.append(f'<div class="ft-l1"><div class="ft-l1-label">{l1}</div><div class="ft-l2s">{"".join(s)}</div></div>')
    b = f'''<div class="article">
<h1 class="art-title">檗城区2025年环卫作业市场化运营项目绩效目标</h1>
{meta("2025-01-16 11:08", "檗城区城市管理局", "306")}
<div class="summary"><span>项目名称：环卫作业市场化运营</span><span>预算金额：4380.00万元</span><span>实施单位：檗城区环境卫生管理所</span></div>
<div class="flex-table">
<div class="ft-head"><span class="h-l1">一级指标</span><span class="h-l2">二级指标</span><span class="h-no">序号</span><span class="h-name">三级指标</span><span class="h-val">指标值</span></div>
{chr(10).join(g)}
</div>
</div>'''
    st = """.summary{display:flex;gap:24px;margin:10px 0}.flex-table{border:1px solid #ccd;counter-reset:zb}
.ft-head{display:flex;background:#f2f5fa;font-weight:bold}.ft-head span{padding:6px;border-right:1px solid #ccd}
.h-l1,.ft-l1-label{width:110px;flex:none}.h-l2,.ft-l2-label{width:140px;flex:none}.h-no,.ft-no{width:50px;flex:none;text-align:center}.h-name,.ft-name{flex:1}.h-val,.ft-val{width:220px;flex:none}
.ft-l1{display:flex;border-top:1px solid #ccd}.ft-l1-label,.ft-l2-label{display:flex;align-items:center;justify-content:center;border-right:1px solid #ccd}
.ft-l2s{flex:1;display:flex;flex-direction:column}.ft-l2{display:flex;border-bottom:1px solid #eee}.ft-items{flex:1;display:flex;flex-direction:column}
.ft-row{display:flex;border-bottom:1px dotted #ddd}.ft-row span{padding:6px}.ft-no::before{counter-increment:zb;content:counter(zb)}"""
    PAGES["13_huanwei.html"] = page("檗城区", "檗城区2025年环卫作业市场化运营项目绩效目标", "檗城区城市管理局", "2025-01-16", b, style=st, tmpl=2)
    gold("13_innertext_wide_huanwei.txt", R13, ["chromium_innertext", "flex_divs_nested_groups", "css_counter_seq", "window_1600", "page_chrome"])

# ================================================================ 14 responsive table (cells become blocks with ::before data-label on narrow screens);
#                                    two-row header with 年度指标值 before 实施期指标值, 备注
R14 = rows("""
产出指标 | 数量指标 | 新建社区多功能运动场 | 8个 | 20个 | 
产出指标 | 数量指标 | 新建（改造）健身步道 | ≥12公里 | ≥30公里 | 
产出指标 | 数量指标 | 更新室外健身器材 | ≥400件 | ≥1000件 | 
产出指标 | 质量指标 | 场地设施验收合格率 | 100% | 100% | 
产出指标 | 时效指标 | 年度项目完工时间 | 2025年11月30日前 | 2027年11月30日前 | 
产出指标 | 成本指标 | 多功能运动场建设单价 | ≤65万元/个 | ≤65万元/个 | 含围网、灯光
效益指标 | 社会效益指标 | 人均体育场地面积 | ≥2.8平方米 | ≥3.0平方米 | 
效益指标 | 社会效益指标 | 经常参加体育锻炼人数比例 | ≥42% | ≥45% | 
效益指标 | 社会效益指标 | “15分钟健身圈”覆盖率 | ≥85% | 100% | 城区
效益指标 | 可持续影响指标 | 设施管护制度落实率 | 100% | 100% | 
满意度指标 | 服务对象满意度指标 | 健身群众满意度 | ≥90% | ≥90% | 
满意度指标 | 服务对象满意度指标 | 周边居民满意度 | ≥85% | ≥88% | 
""")
def p14():
    s1, s2 = spans(R14)
    out = []
    for k, r in enumerate(R14):
        c = ""
        if s1[k]: c += f'<td rowspan="{s1[k]}" data-label="一级指标">{r[0]}</td>'
        if s2[k]: c += f'<td rowspan="{s2[k]}" data-label="二级指标">{r[1]}</td>'
        c += f'<td data-label="三级指标">{e(r[2])}</td><td data-label="年度指标值">{e(r[3])}</td><td data-label="实施期指标值">{e(r[4])}</td><td data-label="备注">{e(r[5])}</td>'
        out.append(f"<tr>{c}</tr>")
    b = f'''<div class="article">
<h1 class="art-title">菘岗县全民健身设施补短板项目绩效目标（2025—2027年）</h1>
{meta("2025-04-08 09:55", "菘岗县文化体育和旅游局", "233")}
<div class="content" id="zoom">
<p>项目实施期：2025年—2027年；总投资：2460万元，其中2025年度安排860万元。</p>
<table class="rtable">
<thead>
<tr><th rowspan="2">一级指标</th><th rowspan="2">二级指标</th><th rowspan="2">三级指标</th><th colspan="2">指标值</th><th rowspan="2">备注</th></tr>
<tr><th>年度指标值</th><th>实施期指标值</th></tr>
</thead>
<tbody>
{chr(10).join(out)}
</tbody></table>
<p class="print-only" style="display:none">（打印版）菘岗县文化体育和旅游局</p>
</div></div>'''
    st = """.rtable{width:100%;border-collapse:collapse}.rtable td,.rtable th{border:1px solid #aaa;padding:5px}
@media (max-width:640px){.rtable thead{display:none}.rtable,.rtable tbody,.rtable tr,.rtable td{display:block;width:auto}
.rtable tr{margin-bottom:10px;border:1px solid #aaa}.rtable td{border:none;border-bottom:1px dotted #ddd}
.rtable td::before{content:attr(data-label) "：";font-weight:bold;color:#666}}"""
    PAGES["14_jianshen.html"] = page("菘岗县", "菘岗县全民健身设施补短板项目绩效目标（2025—2027年）", "菘岗县文化体育和旅游局", "2025-04-08", b, style=st)
    gold("14_selectall_narrow_jianshen.txt", R14, ["chromium_selectall", "responsive_table_blocks", "data_label_before", "header_hidden_narrow", "two_row_header", "annual_then_period", "remark_column", "window_480", "page_chrome"],
         ann=lambda r: r[3], per=lambda r: r[4])

# ================================================================ 15 TRS table, <th> header with 绩效指标 over 一级/二级/三级, 序号; keyboard Ctrl+A Ctrl+C
R15 = rows("""
产出指标 | 数量指标 | 65岁及以上老年人家庭医生签约人数 | ≥3.1万人
产出指标 | 数量指标 | 重点人群签约服务覆盖率 | ≥75%
产出指标 | 数量指标 | 组建家庭医生团队 | ≥58个
产出指标 | 质量指标 | 签约居民规范化健康管理率 | ≥70%
产出指标 | 质量指标 | 高血压患者规范管理率 | ≥65%
产出指标 | 质量指标 | 2型糖尿病患者规范管理率 | ≥65%
产出指标 | 时效指标 | 履约服务记录上传时限 | 服务后7日内
产出指标 | 成本指标 | 签约服务费财政补助标准 | 10元/人·年
效益指标 | 社会效益指标 | 基层首诊率 | 较上年提高3个百分点
效益指标 | 社会效益指标 | 签约居民续约率 | ≥80%
效益指标 | 可持续影响指标 | 分级诊疗制度 | 逐步完善
满意度指标 | 服务对象满意度指标 | 签约居民满意度 | ≥90%
满意度指标 | 服务对象满意度指标 | 家庭医生团队成员满意度 | ≥85%
""")
def p15():
    s1, s2 = spans(R15)
    out = []
    for k, r in enumerate(R15):
        c = f"<td>{k+1}</td>"
        if s1[k]: c += f'<td rowspan="{s1[k]}">{r[0]}</td>'
        if s2[k]: c += f'<td rowspan="{s2[k]}">{r[1]}</td>'
        c += f'<td style="text-align:left">{e(r[2])}</td><td>{e(r[3])}</td>'
        out.append(f"<tr>{c}</tr>")
    b = f'''<div class="article">
<h1 class="art-title">蒨山县家庭医生签约服务项目2025年绩效目标</h1>
{meta("2025-02-14 15:18", "蒨山县卫生健康局", "687")}
<div class="TRS_Editor" id="zoom">
<p align="center"><b>蒨山县家庭医生签约服务项目2025年绩效目标表</b></p>
<p>主管部门：蒨山县卫生健康局　　实施单位：县域医共体各成员单位　　资金规模：310.00万元</p>
<table class="trs" width="100%" border="1" cellspacing="0" cellpadding="3">
<thead>
<tr><th rowspan="2">序号</th><th colspan="3">绩效指标</th><th rowspan="2">指标值</th></tr>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th></tr>
</thead>
<tbody>
{chr(10).join(out)}
</tbody></table>
</div></div>'''
    PAGES["15_qianyue.html"] = page("蒨山县", "蒨山县家庭医生签约服务项目2025年绩效目标", "蒨山县卫生健康局", "2025-02-14", b,
        style=".trs{border-collapse:collapse;text-align:center}.trs td,.trs th{border:1px solid #999}", tmpl=2)
    gold("15_ctrlac_clipboard_qianyue.txt", R15, ["chromium_keyboard_copy", "clipboard_text", "trs_editor", "th_colspan_header", "seq_column", "page_chrome"])

# ================================================================ 16 no categories: 序号/绩效指标/指标值 only; drag selection of the table
R16 = rows("""
 |  | 新组建乡镇（街道）应急救援队 | 11支
 |  | 队员岗前培训及复训 | ≥2次/年
 |  | 配发个人防护装备 | ≥330套
 |  | 配备应急救援⏎通信设备 | 44台（套）
 |  | 装备物资采购验收合格率 | 100%
 |  | 队伍组建完成时间 | 2025年6月30日前
 |  | 每支队伍建设补助 | ≤22万元
 |  | 突发事件30分钟内到场率 | ≥90%
 |  | 年度开展应急演练 | ≥22场次
 |  | 因灾死亡失踪人数 | 较近五年平均下降
 |  | 基层应急救援体系 | 长效运行
 |  | 辖区群众对应急救援服务满意度 | ≥90%
""")
def p16():
    out = [f'<tr><td class="c">{k+1}</td><td>{br(r[2])}</td><td class="c">{e(r[3])}</td></tr>' for k, r in enumerate(R16)]
    b = f'''<div class="article">
<h1 class="art-title" id="bt">璆林县基层应急救援队伍建设项目绩效目标</h1>
{meta("2025-03-21 10:26", "璆林县应急管理局", "198")}
<div class="content" id="zoom">
<p style="text-indent:2em">项目概况：2025年县级财政安排资金242万元，在全县11个乡镇（街道）各组建1支不少于30人的综合性应急救援队伍，配齐基本装备，提升基层第一时间应急处置能力。</p>
<p style="text-indent:2em">绩效目标：</p>
<table class="table table-bordered" id="jxmb">
<thead><tr><th width="10%">序号</th><th>绩效指标</th><th width="30%">指标值</th></tr></thead>
<tbody>
{chr(10).join(out)}
</tbody></table>
<p id="tail">（联系人：袁晓冬，联系电话：0000-7214466）</p>
</div></div>'''
    PAGES["16_yingji.html"] = page("璆林县", "璆林县基层应急救援队伍建设项目绩效目标", "璆林县应急管理局", "2025-03-21", b,
        style=".table{width:100%;border-collapse:collapse}.table-bordered td,.table-bordered th{border:1px solid #dee2e6;padding:6px}.c{text-align:center}")
    gold("16_region_yingji.txt", R16, ["chromium_region_selection", "bootstrap_table", "no_categories", "seq_column", "br_in_name", "prose_around"],
         l1_i=None, l2_i=None, merged=False)

def main():
    for f in (p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16):
        f()
    for name, text in PAGES.items():
        (HERE / name).write_text(text, encoding="utf-8")
    GOLD.parent.mkdir(parents=True, exist_ok=True)
    with open(GOLD, "w", encoding="utf-8") as fh:
        for g in GOLDROWS:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter(g["file"] for g in GOLDROWS)
    for k in sorted(c): print(k, c[k])
    print("total", len(GOLDROWS))

if __name__ == "__main__":
    main()
