#!/usr/bin/env python3
"""Write the 16 invented pages of held-out set 36 (NN_topic.html), the page-text gold
(corpus/gold/pagetext-heldout36.jsonl) and the PDF expected rows (EXPECTED: per page the rows with
department/project, used by build.py) from the hand-typed tables below.

Tables are typed by hand once (R01..R16, ' | '-separated, one indicator a line); every page puts them
into a different markup. Gold and expected rows come from these typed cells, never from the browser.
check.py re-reads the HTML on its own. (Page-chrome helpers and spans()/gold() adapted from set 35's
make_pages.py.)
"""
import json, re, zlib, html as H
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[3] / "corpus" / "gold" / "pagetext-heldout36.jsonl"
crc = lambda s: zlib.crc32(s.encode("utf-8"))
e = H.escape

L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14",
      "社会成本指标": "14", "生态环境成本指标": "14", "经济效益指标": "21", "社会效益指标": "22",
      "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31", "满意度指标": "31"}


def rows(txt):
    return [[c.strip() for c in l.split("|")] for l in txt.strip("\n").splitlines()]


def spans(rs, i1=0, i2=1):
    n = len(rs); s1 = [0] * n; s2 = [0] * n
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


def rsp(n):
    return f' rowspan="{n}"' if n > 1 else ""


# ------------------------------------------------------------------ fonts (web fonts = subsets by mkfont.py)
FONTDIR = "/tmp/pdf36"
ALIASES = {"sans": ["Microsoft YaHei", "微软雅黑", "PingFang SC", "黑体", "SimHei"],
           "serif": ["宋体", "SimSun", "仿宋_GB2312", "仿宋", "FangSong", "方正小标宋简体"]}
FACES = "".join(
    f'@font-face{{font-family:"{fam}";font-weight:{wt};src:url("file://{FONTDIR}/Noto{kind.title()}SC-C36{suf}.ttf") format("truetype");}}\n'
    for kind, fams in ALIASES.items() for fam in fams for wt, suf in (("normal", ""), ("bold", "-Bold")))

# ------------------------------------------------------------------ page chrome: four CMS templates
def page(site, title, dept, date, body, css="", tmpl=1, crumb="财政资金", hits="862", webfont=True, src=None, atpage=True):
    """atpage: @page{size:A4} for the pages printed from the command line (Chromium's default paper is Letter);
    left out of the pages printed by Page.printToPDF, whose paper size and orientation are given there"""
    src = src or dept
    dom = f"www.{crc(site) % 9000 + 1000}.gov.cn"
    if tmpl == 1:     # TRS WCM style county portal
        top = f'''<div class="top-bar"><div class="wrap"><span class="fl">今天是：<span id="today">2025年3月</span></span>
<span class="fr"><a href="/">设为首页</a> | <a href="javascript:;">加入收藏</a> | <a href="/wza/">无障碍</a> | <a href="javascript:;">适老化版</a></span></div></div>
<div class="head"><div class="wrap"><a class="logo" href="/"><img src="/images/logo.png" alt="{site}人民政府"><b>{site}人民政府</b></a>
<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div></div>
<div class="nav"><ul class="wrap"><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li class="on"><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zj/">走进{site[:2]}</a></li></ul></div>'''
    elif tmpl == 2:   # bootstrap-based city site
        top = f'''<nav class="navbar navbar-default"><div class="container"><div class="navbar-header"><a class="navbar-brand" href="/"><img src="/static/gh.png" alt="">{site}人民政府</a></div>
<ul class="nav navbar-nav"><li><a href="/">首页</a></li><li class="active"><a href="/xxgk/">信息公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/gzcy/">公众参与</a></li><li><a href="/sjkf/">数据开放</a></li></ul>
<ul class="nav navbar-right"><li><a href="javascript:;">简</a></li><li><a href="javascript:;">繁</a></li><li><a href="/en/">English</a></li></ul></div></nav>'''
    elif tmpl == 3:   # old table-layout site
        top = f'''<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="oldtop"><tr><td height="90" bgcolor="#B60005"><font color="#FFFFFF" size="5"><b>&nbsp;{site}人民政府</b></font><br><font color="#FFE0E0" size="2">&nbsp;&nbsp;{dom}</font></td></tr>
<tr><td height="30" bgcolor="#8E0004" class="oldnav"><a href="/">网站首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsdt/">办事大厅</a> | <a href="/gzhd/">公众互动</a> | <a href="/ztzl/">专题专栏</a></td></tr></table>'''
    else:             # department site
        top = f'''<div class="dept-head"><div class="wrap"><span class="dh-name">{dept}</span><span class="dh-en">{dom}</span></div></div>
<div class="nav"><ul class="wrap"><li><a href="/">首页</a></li><li><a href="/jgzn/">机构职能</a></li><li class="on"><a href="/xxgk/">信息公开</a></li><li><a href="/zcfg/">政策法规</a></li><li><a href="/bszn/">办事指南</a></li></ul></div>'''
    crumbs = f'<div class="crumb wrap">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czzj/">{crumb}</a> &gt; 正文</div>'
    meta = (f'<div class="art-meta">发布时间：{date} &nbsp;&nbsp; 来源：{src} &nbsp;&nbsp; 浏览次数：<span id="hits">{hits}</span>'
            f' &nbsp;&nbsp; 【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>')
    tools = ('<div class="art-tools"><span class="share">分享到：<a href="javascript:;" class="s-wx">微信</a> <a href="javascript:;" class="s-wb">微博</a> <a href="javascript:;" class="s-qq">QQ空间</a></span>'
             '<span class="fr"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></span></div>')
    foot = f'''<div class="footer"><div class="wrap">
<p><a href="/about/">关于我们</a> | <a href="/sitemap/">网站地图</a> | <a href="/contact/">联系我们</a> | <a href="/jiucuo/">网站纠错</a></p>
<p>主办：{site}人民政府办公室 &nbsp; 承办：{site}大数据中心 &nbsp; 联系电话：0000-{crc(site) % 9000000 + 1000000}</p>
<p>网站标识码：{crc(site) % 10**10:010d} &nbsp; <a href="https://beian.miit.gov.cn/">ICP备{crc(title) % 10**8:08d}号-1</a> &nbsp; 公网安备 {crc(dept) % 10**14:014d}号</p></div></div>'''
    fam = '"Microsoft YaHei","微软雅黑",sans-serif'
    return f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}_{site}人民政府</title>
<meta name="ArticleTitle" content="{e(title)}">
<meta name="PubDate" content="{date}">
<meta name="ContentSource" content="{e(src)}">
<style>
{FACES if webfont else ""}{"@page{size:A4;}" if atpage else ""}
body{{margin:0;font-family:{fam};font-size:14px;color:#333;}}
a{{color:#333;text-decoration:none;}}
.wrap,.container{{max-width:1100px;margin:0 auto;}}
.fl{{float:left}} .fr{{float:right}}
.top-bar{{height:30px;line-height:30px;background:#f2f2f2;font-size:12px;overflow:hidden}}
.head{{height:90px;background:#1b5fae;color:#fff}} .head .logo b{{font-size:28px;color:#fff;line-height:90px}} .head img{{display:none}}
.search{{float:right;margin-top:30px}}
.nav ul{{list-style:none;margin:0;padding:0;background:#0e4c92;display:flex}} .nav li a{{display:block;padding:0 24px;line-height:42px;color:#fff}}
.navbar ul{{list-style:none;display:flex;gap:18px;padding:0}} .navbar img{{display:none}}
.dept-head{{background:#0b7a5a;color:#fff;height:70px;line-height:70px}} .dh-name{{font-size:26px;margin-right:12px}}
.crumb{{padding:10px 0;border-bottom:1px solid #ddd;font-size:13px}}
.art-title{{text-align:center;font-size:22px;margin:22px 0 10px;color:#1b3e6f}}
.art-meta{{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px;font-size:12px}}
.art-tools{{margin-top:20px;border-top:1px solid #eee;padding-top:8px;font-size:12px}}
.footer{{margin-top:30px;background:#e9eef3;padding:14px 0;text-align:center;font-size:12px;color:#555}}
{css}
</style>
</head>
<body>
{top}
{crumbs}
<div class="wrap article">
<h1 class="art-title" id="bt">{e(title)}</h1>
{meta}
{body}
{tools}
</div>
{foot}
<script>var _maq=_maq||[];(function(){{var s=document.createElement("script");s.src="//tongji.example.invalid/t.js";}})();</script>
</body>
</html>
'''


# ------------------------------------------------------------------ gold and expected rows
GOLDROWS, EXPECTED, PAGES = [], {}, {}


def gold(fname, pdfstem, rs, quirks, dept, project, name_i=2, ann=lambda r: r[3], per=lambda r: None,
         l1_i=0, l2_i=1):
    s1, s2 = spans(rs, l1_i, l2_i)
    start = sum(1 for g in GOLDROWS if g["file"] == fname)
    for k, r in enumerate(rs):
        q = list(quirks)
        if s1[k] == 0:
            q.append("l1_merged_continuation")
            if s2[k] == 0: q.append("l2_merged_continuation")
        a, p = ann(r), per(r)
        GOLDROWS.append({"file": fname, "n": start + k + 1, "name": r[name_i], "annual_value": a, "period_value": p,
                         "level1_code": L1[r[l1_i]], "level2_code": L2[r[l2_i]], "url": None, "quirks": q})
        x = {"source_id": pdfstem[:2], "department": dept, "project": project, "name": r[name_i], "value": a}
        if p is not None: x["period_value"] = p
        x.update(level1_code=L1[r[l1_i]], level2_code=L2[r[l2_i]])
        EXPECTED.setdefault(pdfstem, []).append(x)


def std_rows(rs, td, cols=(2, 3), extra=lambda r, k: ""):
    """rowspan categories (cols 0, 1), then the cells in cols; td(text, attrs) makes one cell"""
    s1, s2 = spans(rs)
    out = []
    for k, r in enumerate(rs):
        c = extra(r, k)
        if s1[k]: c += td(r[0], rsp(s1[k]))
        if s2[k]: c += td(r[1], rsp(s2[k]))
        c += "".join(td(r[i], "") for i in cols)
        out.append(f"<tr>{c}</tr>")
    return "\n".join(out)


# ================================================================ 01 TRS_Editor, header block, rowspan/colspan
R01 = rows("""
产出指标 | 数量指标 | 农作物病虫害统防统治面积 | ≥12.5万亩次
产出指标 | 数量指标 | 植保无人机飞防作业面积 | ≥6.8万亩次
产出指标 | 数量指标 | 设立病虫害监测点 | 24个
产出指标 | 数量指标 | 培训专业化防治队员 | 不少于300人次
产出指标 | 质量指标 | 重大病虫害防控处置率 | ≥95%
产出指标 | 质量指标 | 统防统治区域病虫危害损失率 | ≤5%
产出指标 | 时效指标 | 防治作业完成时限 | 病虫发生后7日内
产出指标 | 成本指标 | 飞防作业补助标准 | ≤8元/亩次
效益指标 | 经济效益指标 | 挽回粮食损失 | ≥3200吨
效益指标 | 社会效益指标 | 粮食生产安全保障能力 | 明显增强
效益指标 | 生态效益指标 | 化学农药使用量 | 较上年减少3%以上
效益指标 | 可持续影响指标 | 专业化防治服务组织 | 长期稳定运行
满意度指标 | 服务对象满意度指标 | 种植户满意度 | ≥90%
满意度指标 | 服务对象满意度指标 | 防治服务组织满意度 | 不低于85%
""")


def p01():
    td = lambda t, a: f'<td{a} style="border:1px solid #000;padding:4px 6px" align="center">{e(t)}</td>'
    body = f'''<div class="TRS_Editor" id="zoom"><div class="Custom_UnionStyle">
<p style="text-indent:2em">根据《桦屿县县级预算绩效目标管理办法》要求，现将我局2025年农作物病虫害统防统治项目绩效目标公开如下：</p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="96%" style="border-collapse:collapse;margin:0 auto">
<tbody>
<tr><td colspan="4" style="border:1px solid #000;padding:6px" align="center"><b>2025年度项目支出绩效目标表</b></td></tr>
<tr><td style="border:1px solid #000;padding:4px 6px" align="center" width="15%">项目名称</td><td colspan="3" style="border:1px solid #000;padding:4px 6px">农作物病虫害统防统治项目</td></tr>
<tr><td style="border:1px solid #000;padding:4px 6px" align="center">主管部门</td><td style="border:1px solid #000;padding:4px 6px">桦屿县农业农村局</td><td style="border:1px solid #000;padding:4px 6px" align="center" width="15%">实施单位</td><td style="border:1px solid #000;padding:4px 6px">桦屿县植保植检站</td></tr>
<tr><td rowspan="2" style="border:1px solid #000;padding:4px 6px" align="center">资金情况<br>（万元）</td><td style="border:1px solid #000;padding:4px 6px">年度资金总额：286.40</td><td colspan="2" style="border:1px solid #000;padding:4px 6px">其中：财政拨款 286.40</td></tr>
<tr><td colspan="3" style="border:1px solid #000;padding:4px 6px">其他资金：0</td></tr>
<tr><td style="border:1px solid #000;padding:4px 6px" align="center">年度目标</td><td colspan="3" style="border:1px solid #000;padding:4px 6px">完成小麦、水稻、玉米重大病虫害统防统治12.5万亩次，其中植保无人机飞防6.8万亩次，确保重大病虫害不大面积暴发。</td></tr>
<tr><td style="border:1px solid #000;padding:4px 6px" align="center"><b>一级指标</b></td><td style="border:1px solid #000;padding:4px 6px" align="center"><b>二级指标</b></td><td style="border:1px solid #000;padding:4px 6px" align="center"><b>三级指标</b></td><td style="border:1px solid #000;padding:4px 6px" align="center"><b>指标值</b></td></tr>
{std_rows(R01, td)}
</tbody></table>
<p style="text-align:right">桦屿县农业农村局<br>2025年3月4日</p>
</div></div>'''
    PAGES["01_zhibao.html"] = page("桦屿县", "桦屿县农业农村局2025年农作物病虫害统防统治项目绩效目标", "桦屿县农业农村局", "2025-03-04 16:32", body,
                                   css=".TRS_Editor p,.TRS_Editor td{font-family:'宋体',SimSun;font-size:14px;line-height:1.7}", hits="1327")
    gold("01_selectall_zhibao.txt", "01-chromium-trs", R01, ["chromium_selectall", "trs_editor", "header_block", "page_chrome", "window_1366"],
         "桦屿县农业农村局", "农作物病虫害统防统治项目")


# ================================================================ 02 Word-pasted MsoNormalTable, per-cell borders, mso attrs
R02 = rows("""
产出指标 | 数量指标 | 农村公路日常养护里程 | 1268公里
产出指标 | 数量指标 | 其中：村道养护里程 | 734公里
产出指标 | 数量指标 | 危桥改造 | 6座
产出指标 | 数量指标 | 增设安全防护设施 | ≥42公里
产出指标 | 质量指标 | 优良中等路率 | ≥80%
产出指标 | 质量指标 | 养护工程验收合格率 | 100%
产出指标 | 时效指标 | 路面病害处治时限 | 发现后10日内
产出指标 | 成本指标 | 县道养护单价 | ≤1.2万元/公里·年
效益指标 | 社会效益指标 | 农村公路列养率 | 100%
效益指标 | 社会效益指标 | 群众出行条件 | 有效改善
效益指标 | 可持续影响指标 | “路长制”管养机制 | 持续运行
满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥90%
满意度指标 | 服务对象满意度指标 | 客运企业满意度 | ≥88%
""")


def mso(t, b=False):
    parts = re.findall(r"\d+(?:\.\d+)?|[^\d]+", t)
    sp = "".join(f'<span lang="EN-US" style="font-size:10.5pt;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:仿宋_GB2312">{e(p)}</span>' if re.match(r"\d", p)
                 else f'<span style="font-size:10.5pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体;mso-bidi-font-family:宋体;mso-font-kerning:0pt">{e(p)}</span>' for p in parts)
    if b: sp = f"<b style=\"mso-bidi-font-weight:normal\">{sp}</b>"
    return f'<p class="MsoNormal" align="center" style="text-align:center;mso-pagination:widow-orphan;layout-grid-mode:char">{sp}<span lang="EN-US" style="font-size:10.5pt"><o:p></o:p></span></p>'


def p02():
    first = 'style="border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"'
    rest = 'style="border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"'
    left = 'style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;mso-border-top-alt:solid windowtext .5pt;mso-border-left-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"'
    s1, s2 = spans(R02)
    ws = (76, 104, 210, 150)
    out = []
    for k, r in enumerate(R02):
        c = ""
        if s1[k]: c += f'<td width="{ws[0]}"{rsp(s1[k])} valign="center" {rest}>{mso(r[0])}</td>'
        if s2[k]: c += f'<td width="{ws[1]}"{rsp(s2[k])} valign="center" {left}>{mso(r[1])}</td>'
        c += f'<td width="{ws[2]}" valign="center" {left}>{mso(r[2])}</td><td width="{ws[3]}" valign="center" {left}>{mso(r[3])}</td>'
        out.append(f'<tr style="mso-yfti-irow:{k + 3};height:21.0pt">{c}</tr>')
    hd = "".join(f'<td width="{w}" valign="center" {first if i == 0 else left.replace("border-top:none;", "")}>{mso(t, True)}</td>'
                 for i, (w, t) in enumerate(zip(ws, ("一级指标", "二级指标", "三级指标", "指标值"))))
    body = f'''<div class="TRS_Editor"><div class="WordSection1" style="layout-grid:15.6pt">
<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span style="font-size:16.0pt;font-family:仿宋_GB2312">为加强农村公路养护资金管理，提高资金使用效益，现将2025年农村公路养护工程项目绩效目标予以公开。</span></p>
<p class="MsoNormal" style="line-height:28.0pt"><span style="font-size:16.0pt;font-family:仿宋_GB2312">项目名称：2025年农村公路养护工程</span></p>
<p class="MsoNormal" style="line-height:28.0pt"><span style="font-size:16.0pt;font-family:仿宋_GB2312">主管部门：蘩川县交通运输局 &nbsp;&nbsp; 项目资金：1872.60万元</span></p>
<div align="center">
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="540" style="width:405.0pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">
<tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes;height:22.0pt">{hd}</tr>
{chr(10).join(out)}
</table></div>
<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
</div></div>'''
    PAGES["02_gonglu.html"] = page("蘩川县", "2025年农村公路养护工程项目绩效目标公开", "蘩川县交通运输局", "2025-02-27 09:05", body, tmpl=1, hits="688")
    gold("02_selectall_gonglu.txt", "02-chromium-word", R02, ["chromium_selectall", "word_msonormal", "page_chrome", "window_1366"],
         "蘩川县交通运输局", "2025年农村公路养护工程")


# ================================================================ 03 old site: bgcolor / cellspacing borders, <font>
R03 = rows("""
产出指标 | 数量指标 | 县级文物保护单位修缮 | 5处
产出指标 | 数量指标 | 不可移动文物安全巡查 | ≥1200次
产出指标 | 数量指标 | 安装文物安防监控点位 | 36个
产出指标 | 质量指标 | 修缮工程验收合格率 | 100%
产出指标 | 质量指标 | 文物本体原状保存率 | 不低于98%
产出指标 | 时效指标 | 修缮工程完工时间 | 2025年11月30日前
产出指标 | 成本指标 | 单处修缮平均成本 | ≤48万元
效益指标 | 社会效益指标 | 文物开放参观人次 | 较上年提高15%
效益指标 | 社会效益指标 | 文物安全事故发生次数 | 0次
效益指标 | 可持续影响指标 | 文物保护长效管理机制 | 建立健全
满意度指标 | 服务对象满意度指标 | 参观群众满意度 | ≥92%
满意度指标 | 服务对象满意度指标 | 文物保护员满意度 | ≥90%
""")


def p03():
    td = lambda t, a: f'<td{a} bgcolor="#FFFFFF" align="center"><font size="2">{e(t)}</font></td>'
    body = f'''<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="content" style="font-size:14px;line-height:200%">
<p>&nbsp;&nbsp;&nbsp;&nbsp;按照县财政局关于做好2025年预算绩效目标公开工作的通知要求，现公开县级文物保护专项资金项目绩效目标。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;项目名称：2025年县级文物保护专项资金<br>&nbsp;&nbsp;&nbsp;&nbsp;主管部门：苘山县文化广电和旅游局<br>&nbsp;&nbsp;&nbsp;&nbsp;项目金额：312万元</p>
<table width="90%" border="0" align="center" cellpadding="4" cellspacing="1" bgcolor="#666666">
<tr><td bgcolor="#E6E6E6" align="center"><font size="2"><b>一级指标</b></font></td><td bgcolor="#E6E6E6" align="center"><font size="2"><b>二级指标</b></font></td><td bgcolor="#E6E6E6" align="center"><font size="2"><b>三级指标</b></font></td><td bgcolor="#E6E6E6" align="center"><font size="2"><b>指标值</b></font></td></tr>
{std_rows(R03, td)}
</table>
<p align="right">苘山县文化广电和旅游局&nbsp;&nbsp;<br>2025年3月11日&nbsp;&nbsp;</p>
</td></tr></table>'''
    PAGES["03_wenwu.html"] = page("苘山县", "2025年县级文物保护专项资金项目绩效目标", "苘山县文化广电和旅游局", "2025-03-11 15:20", body, tmpl=3,
                                  css=".oldnav a{color:#fff;font-size:13px} .oldtop{margin:0 auto}", webfont=False, hits="415")
    gold("03_innertext_wenwu.txt", "03-chromium-oldsite", R03, ["chromium_innertext", "old_site_bgcolor_table", "page_chrome", "window_1366"],
         "苘山县文化广电和旅游局", "2025年县级文物保护专项资金")


# ================================================================ 04 bootstrap table-bordered table-striped
R04 = rows("""
产出指标 | 数量指标 | 改造老旧小区 | 27个
产出指标 | 数量指标 | 惠及居民 | 4860户
产出指标 | 数量指标 | 改造雨污管网 | ≥18.6公里
产出指标 | 数量指标 | 加装电梯 | 不少于40部
产出指标 | 质量指标 | 工程质量验收合格率 | 100%
产出指标 | 时效指标 | 年度改造任务完成时间 | 2025年12月底前
产出指标 | 成本指标 | 户均改造成本 | ≤6000元/户
效益指标 | 经济效益指标 | 带动社会资本投入 | ≥1500万元
效益指标 | 社会效益指标 | 小区配套设施完善率 | ≥90%
效益指标 | 生态效益指标 | 小区绿化覆盖率 | 较改造前提高2个百分点
效益指标 | 可持续影响指标 | 长效物业管理覆盖率 | ≥85%
满意度指标 | 服务对象满意度指标 | 小区居民满意度 | ≥90%
满意度指标 | 服务对象满意度指标 | 其中：加装电梯楼栋居民满意度 | ≥85%
""")


def p04():
    td = lambda t, a: f'<td{a}>{e(t)}</td>'
    css = """.table{width:100%;max-width:100%;margin-bottom:20px;border-collapse:collapse;background:transparent}
.table>thead>tr>th,.table>tbody>tr>td{padding:8px;line-height:1.42857143;vertical-align:middle;border-top:1px solid #ddd}
.table-bordered,.table-bordered>thead>tr>th,.table-bordered>tbody>tr>td{border:1px solid #ddd}
.table-striped>tbody>tr:nth-of-type(odd){background-color:#f9f9f9}
.table>thead>tr>th{background:#337ab7;color:#fff;text-align:center;border-bottom:2px solid #ddd}
.panel{border:1px solid #bce8f1;border-radius:4px;margin:16px 0}.panel-heading{background:#d9edf7;color:#31708f;padding:10px 15px}.panel-body{padding:15px}
.dl-horizontal dt{float:left;width:100px;clear:left;text-align:right;font-weight:bold}.dl-horizontal dd{margin-left:120px}"""
    body = f'''<div class="article-body">
<p>为推进城镇老旧小区改造工作，现将2025年城镇老旧小区改造项目整体绩效目标公示如下，欢迎社会各界监督。</p>
<div class="panel panel-info"><div class="panel-heading">项目基本信息</div><div class="panel-body"><dl class="dl-horizontal">
<dt>项目名称</dt><dd>2025年城镇老旧小区改造项目</dd><dt>主管部门</dt><dd>栌阳市住房和城乡建设局</dd><dt>资金总额</dt><dd>9862.00万元（中央补助5120.00万元）</dd></dl></div></div>
<div class="table-responsive"><table class="table table-bordered table-striped table-hover">
<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead>
<tbody>
{std_rows(R04, td)}
</tbody></table></div></div>'''
    PAGES["04_gaizao.html"] = page("栌阳市", "栌阳市2025年城镇老旧小区改造项目绩效目标公示", "栌阳市住房和城乡建设局", "2025-03-18 10:44", body, tmpl=2, css=css, hits="2391", atpage=False)
    gold("04_selectall_wide_gaizao.txt", "04-chromium-bootstrap", R04, ["chromium_selectall", "bootstrap_bordered_striped", "page_chrome", "window_1920"],
         "栌阳市住房和城乡建设局", "2025年城镇老旧小区改造项目")


# ================================================================ 05 绩效自评表: 年度指标值/实际完成值/分值/得分/偏差原因
R05 = rows("""
产出指标 | 数量指标 | 办理法律援助案件 | ≥860件 | 912件 | 10 | 10 |
产出指标 | 数量指标 | 法律咨询接待 | 8000件以上 | 8436件 | 10 | 10 |
产出指标 | 数量指标 | 值班律师法律帮助 | ≥1500人次 | 1418人次 | 10 | 9 | 部分看守所值班律师轮换，下半年驻所时间减少，将调整排班
产出指标 | 质量指标 | 案件质量评估合格率 | ≥95% | 97.2% | 10 | 10 |
产出指标 | 时效指标 | 指派承办律师时限 | 收到诉状之日起15日内 | 平均6日 | 10 | 10 |
产出指标 | 成本指标 | 民事案件办案补贴标准 | ≤1800元/件 | 1800元/件 | 5 | 5 |
效益指标 | 社会效益指标 | 困难群众应援尽援率 | 100% | 100% | 10 | 10 |
效益指标 | 社会效益指标 | 为受援人挽回经济损失 | ≥2600万元 | 3105万元 | 10 | 10 |
效益指标 | 社会效益指标 | 农民工欠薪案件结案率 | 较上年提高2个百分点 | 提高1.4个百分点 | 5 | 4 | 部分案件进入执行程序，跨年度结案
效益指标 | 可持续影响指标 | 法律援助工作站覆盖乡镇 | 全覆盖 | 全覆盖 | 5 | 5 |
满意度指标 | 服务对象满意度指标 | 受援人满意度 | ≥95% | 96.8% | 5 | 5 |
满意度指标 | 服务对象满意度指标 | 承办律师满意度 | ≥90% | 91% | 5 | 5 |
""")


def p05():
    b = 'style="border:1px solid #333"'
    s1, s2 = spans(R05)
    out = []
    for k, r in enumerate(R05):
        c = ""
        if s1[k]: c += f'<td{rsp(s1[k])} {b}>{r[0]}</td>'
        if s2[k]: c += f'<td{rsp(s2[k])} {b}>{r[1]}</td>'
        c += "".join(f'<td {b}>{e(x)}</td>' for x in r[2:7]) + f'<td {b} class="why">{e(r[7])}</td>'
        out.append(f"<tr>{c}</tr>")
    body = f'''<div class="TRS_UEDITOR TRS_WEB">
<p style="text-indent:2em">根据县财政局《关于开展2024年度部门预算项目绩效自评工作的通知》，我局对法律援助经费项目开展了绩效自评，现将自评结果公开如下。</p>
<p style="text-align:center"><strong>项目支出绩效自评表</strong></p>
<p style="text-align:center">（2024年度）</p>
<table class="zpb" width="100%" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tbody>
<tr><td {b}>项目名称</td><td colspan="7" {b}>法律援助经费</td></tr>
<tr><td {b}>主管部门</td><td colspan="3" {b}>楝江县司法局</td><td colspan="2" {b}>实施单位</td><td colspan="2" {b}>楝江县法律援助中心</td></tr>
<tr><td rowspan="4" {b}>项目资金<br>（万元）</td><td {b}></td><td {b}>年初预算数</td><td {b}>全年预算数</td><td {b}>全年执行数</td><td {b}>分值</td><td {b}>执行率</td><td {b}>得分</td></tr>
<tr><td {b}>年度资金总额</td><td {b}>168.00</td><td {b}>182.50</td><td {b}>179.32</td><td {b}>10</td><td {b}>98.26%</td><td {b}>9.8</td></tr>
<tr><td {b}>其中：当年财政拨款</td><td {b}>168.00</td><td {b}>182.50</td><td {b}>179.32</td><td {b}>—</td><td {b}>—</td><td {b}>—</td></tr>
<tr><td {b}>其他资金</td><td {b}>0</td><td {b}>0</td><td {b}>0</td><td {b}>—</td><td {b}>—</td><td {b}>—</td></tr>
<tr><td rowspan="2" {b}>年度总体目标</td><td colspan="4" {b}>预期目标</td><td colspan="3" {b}>实际完成情况</td></tr>
<tr><td colspan="4" {b}>为经济困难群众和特殊案件当事人提供法律援助，年办理案件860件以上，法律咨询8000件以上。</td><td colspan="3" {b}>全年办理法律援助案件912件，接待法律咨询8436件，受援人满意度96.8%。</td></tr>
<tr class="th"><td {b}>一级指标</td><td {b}>二级指标</td><td {b}>三级指标</td><td {b}>年度指标值</td><td {b}>实际完成值</td><td {b}>分值</td><td {b}>得分</td><td {b}>偏差原因分析及改进措施</td></tr>
{chr(10).join(out)}
<tr><td colspan="5" {b}>总分</td><td {b}>100</td><td {b}>97.8</td><td {b}></td></tr>
</tbody></table>
<p>自评结论：优</p></div>'''
    PAGES["05_falv.html"] = page("楝江县", "楝江县司法局2024年度法律援助经费项目绩效自评结果公开", "楝江县司法局", "2025-04-22 11:08", body, tmpl=4,
                                 css=".zpb td{font-size:13px;text-align:center;padding:4px} .zpb td.why{text-align:left;width:18%} .zpb tr.th td{background:#f0f0f0;font-weight:bold}", hits="307", atpage=False)
    gold("05_selectall_falv.txt", "05-chromium-self", R05, ["chromium_selectall", "self_evaluation", "header_block", "page_chrome", "window_1366"],
         "楝江县司法局", "法律援助经费")


# ================================================================ 06 UEditor, two-row header (指标值 over 实施期 / 年度)
R06 = rows("""
产出指标 | 数量指标 | 治理水土流失面积 | 42平方公里 | 15平方公里
产出指标 | 数量指标 | 新建淤地坝 | 12座 | 4座
产出指标 | 数量指标 | 营造水土保持林 | ≥9600亩 | ≥3200亩
产出指标 | 数量指标 | 修建生产道路 | 36公里 | 12公里
产出指标 | 质量指标 | 工程质量合格率 | 100% | 100%
产出指标 | 质量指标 | 造林成活率 | ≥85% | ≥85%
产出指标 | 时效指标 | 工程完工时间 | 2027年10月底前 | 2025年10月底前
产出指标 | 成本指标 | 综合治理单位面积投资 | ≤95万元/平方公里 | ≤95万元/平方公里
效益指标 | 生态效益指标 | 项目区林草覆盖率 | 提高8个百分点 | 提高3个百分点
效益指标 | 生态效益指标 | 年减少土壤侵蚀量 | ≥6.5万吨 | ≥2.2万吨
效益指标 | 经济效益指标 | 项目区农民人均增收 | ≥600元 | ≥200元
效益指标 | 可持续影响指标 | 工程管护责任落实率 | 100% | 100%
满意度指标 | 服务对象满意度指标 | 项目区群众满意度 | ≥90% | ≥90%
""")


def p06():
    td = lambda t, a: f'<td{a} valign="middle" style="word-break: break-all;">{e(t)}</td>'
    body = f'''<div class="TRS_UEDITOR TRS_WEB" id="zoom">
<p>　　2025年葳川市坡耕地及小流域综合治理项目为三年实施项目（2025—2027年），现将项目绩效目标公开如下：</p>
<p>　　项目名称：葳川市小流域综合治理工程（2025—2027年）</p>
<p>　　主管部门：葳川市水利局　　实施单位：葳川市水土保持工作站</p>
<p>　　项目总投资：3990万元，其中2025年度1425万元。</p>
<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;" data-sort="sortDisabled"><tbody>
<tr class="firstRow"><td rowspan="2" valign="middle" style="word-break: break-all;" width="14%">一级指标</td><td rowspan="2" valign="middle" style="word-break: break-all;" width="16%">二级指标</td><td rowspan="2" valign="middle" style="word-break: break-all;">三级指标</td><td colspan="2" valign="middle" style="word-break: break-all;">指标值</td></tr>
<tr><td valign="middle" style="word-break: break-all;" width="18%">实施期指标值</td><td valign="middle" style="word-break: break-all;" width="18%">年度指标值</td></tr>
{std_rows(R06, td, cols=(2, 3, 4))}
</tbody></table>
<p><br></p></div>'''
    PAGES["06_shuitu.html"] = page("葳川市", "葳川市小流域综合治理工程绩效目标", "葳川市水利局", "2025-03-07 08:56", body, tmpl=1,
                                   css="#zoom table td{border:1px solid #000;padding:5px;text-align:center;font-family:'宋体';}", hits="954")
    gold("06_selectall_shuitu.txt", "06-chromium-ueditor", R06, ["chromium_selectall", "ueditor_table", "two_row_header", "page_chrome", "window_1366"],
         "葳川市水利局", "葳川市小流域综合治理工程（2025—2027年）", ann=lambda r: r[4], per=lambda r: r[3])


# ================================================================ 07 部门整体支出绩效目标表
R07 = rows("""
产出指标 | 数量指标 | 接收进馆档案 | ≥4.2万卷
产出指标 | 数量指标 | 馆藏档案数字化 | 18万画幅
产出指标 | 数量指标 | 提供档案查阅利用 | ≥6500人次
产出指标 | 数量指标 | 开展档案业务指导 | 不少于60家（次）
产出指标 | 质量指标 | 数字化成果验收合格率 | ≥99%
产出指标 | 质量指标 | 馆库温湿度达标率 | ≥95%
产出指标 | 时效指标 | 档案查阅办结时限 | 当日办结
产出指标 | 时效指标 | 年度重点任务完成时间 | 2025年12月31日前
产出指标 | 成本指标 | 单画幅数字化成本 | ≤0.45元/画幅
效益指标 | 社会效益指标 | “一网查档”覆盖乡镇 | 全覆盖
效益指标 | 社会效益指标 | 档案开放鉴定比例 | 较上年提高5%
效益指标 | 可持续影响指标 | 档案安全事故 | 0起
效益指标 | 可持续影响指标 | 数字档案馆系统运行 | 稳定运行
满意度指标 | 服务对象满意度指标 | 查档群众满意度 | ≥95%
满意度指标 | 服务对象满意度指标 | 立档单位满意度 | ≥90%
""")


def p07():
    b = 'class="c"'
    s1, s2 = spans(R07)
    out = []
    for k, r in enumerate(R07):
        c = f'<td rowspan="{len(R07)}" {b}>年度绩效指标</td>' if k == 0 else ""
        if s1[k]: c += f'<td{rsp(s1[k])} {b}>{r[0]}</td>'
        if s2[k]: c += f'<td{rsp(s2[k])} {b}>{r[1]}</td>'
        c += f'<td colspan="2" {b}>{e(r[2])}</td><td {b}>{e(r[3])}</td>'
        out.append(f"<tr>{c}</tr>")
    body = f'''<div class="zw-content">
<p>根据预算公开有关规定，现将蓼原县档案馆2025年部门整体支出绩效目标公开如下。</p>
<table class="bmzt" cellspacing="0" cellpadding="0">
<caption>部门（单位）整体支出绩效目标申报表</caption>
<tr><td {b}>部门（单位）名称</td><td colspan="5" {b}>蓼原县档案馆</td></tr>
<tr><td rowspan="3" {b}>年度预算申请（万元）</td><td colspan="2" {b}>资金总额</td><td colspan="3" {b}>486.70</td></tr>
<tr><td colspan="2" {b}>其中：财政拨款</td><td colspan="3" {b}>486.70</td></tr>
<tr><td colspan="2" {b}>其他资金</td><td colspan="3" {b}>0</td></tr>
<tr><td rowspan="3" {b}>年度主要任务</td><td colspan="2" {b}>任务名称</td><td colspan="2" {b}>主要内容</td><td {b}>预算金额（万元）</td></tr>
<tr><td colspan="2" {b}>档案接收与保管</td><td colspan="2" {b}>接收到期档案进馆，维护馆库设施</td><td {b}>96.00</td></tr>
<tr><td colspan="2" {b}>档案数字化</td><td colspan="2" {b}>馆藏纸质档案扫描、著录、挂接</td><td {b}>81.00</td></tr>
<tr><td {b}>年度总体目标</td><td colspan="5" {b}>完成档案接收、保管、开放和利用工作，推进馆藏档案数字化，建成全县“一网查档”服务体系。</td></tr>
<tr><td {b} class="h">绩效指标</td><td {b} class="h">一级指标</td><td {b} class="h">二级指标</td><td colspan="2" {b} class="h">三级指标</td><td {b} class="h">指标值</td></tr>
{chr(10).join(out)}
</table></div>'''
    css = ".bmzt{width:100%;border-collapse:collapse;font-family:'宋体',SimSun} .bmzt caption{font-size:18px;font-weight:bold;padding:8px} .bmzt td{border:1px solid #444;padding:6px 8px;text-align:center;font-size:14px}"
    PAGES["07_dangan.html"] = page("蓼原县", "蓼原县档案馆2025年部门整体支出绩效目标", "蓼原县档案馆", "2025-02-20 17:12", body, tmpl=4, css=css, webfont=False, hits="233")
    gold("07_innertext_wide_dangan.txt", "07-chromium-dept", R07, ["chromium_innertext", "department_whole", "side_label", "page_chrome", "window_1920"],
         "蓼原县档案馆", None)


# ================================================================ 08 部门整体, long table (52 rows, 2-3 printed pages)
R08 = rows("""
产出指标 | 数量指标 | 65岁及以上老年人健康管理人数 | ≥5.6万人
产出指标 | 数量指标 | 高血压患者规范管理人数 | ≥3.1万人
产出指标 | 数量指标 | 2型糖尿病患者规范管理人数 | ≥1.2万人
产出指标 | 数量指标 | 严重精神障碍患者管理人数 | ≥1650人
产出指标 | 数量指标 | 适龄儿童国家免疫规划疫苗接种剂次 | ≥9.8万剂次
产出指标 | 数量指标 | 孕产妇健康管理人数 | ≥2300人
产出指标 | 数量指标 | 0—6岁儿童健康管理人数 | ≥2.4万人
产出指标 | 数量指标 | 家庭医生签约服务人数 | ≥18万人
产出指标 | 数量指标 | 其中：重点人群签约人数 | ≥9.5万人
产出指标 | 数量指标 | 村卫生室标准化建设 | 32个
产出指标 | 数量指标 | 乡镇卫生院设备更新 | 14家
产出指标 | 数量指标 | 培训基层卫生人员 | 不少于800人次
产出指标 | 数量指标 | 农村适龄妇女“两癌”筛查 | ≥1.1万人
产出指标 | 数量指标 | 新生儿疾病筛查 | ≥3200人
产出指标 | 数量指标 | 开展爱国卫生专项行动 | 4次
产出指标 | 数量指标 | 卫生监督检查单位 | ≥1800户次
产出指标 | 数量指标 | 无偿献血采集量 | ≥6.5吨
产出指标 | 数量指标 | 计划生育特别扶助对象 | 2146人
产出指标 | 质量指标 | 老年人健康管理率 | ≥72%
产出指标 | 质量指标 | 高血压患者规范管理率 | ≥65%
产出指标 | 质量指标 | 糖尿病患者规范管理率 | ≥65%
产出指标 | 质量指标 | 严重精神障碍患者规范管理率 | ≥85%
产出指标 | 质量指标 | 适龄儿童免疫规划疫苗接种率 | ≥95%
产出指标 | 质量指标 | 孕产妇系统管理率 | ≥90%
产出指标 | 质量指标 | 3岁以下儿童系统管理率 | ≥90%
产出指标 | 质量指标 | 传染病报告及时率 | 100%
产出指标 | 质量指标 | 电子健康档案建档率 | ≥90%
产出指标 | 质量指标 | 基层医疗机构基本药物配备使用率 | 不低于60%
产出指标 | 质量指标 | 卫生监督抽检合格率 | ≥95%
产出指标 | 时效指标 | 突发公共卫生事件报告时限 | 2小时内
产出指标 | 时效指标 | 扶助资金发放时间 | 每季度首月20日前
产出指标 | 时效指标 | 年度工作任务完成时间 | 2025年12月底前
产出指标 | 时效指标 | 设备采购完成时间 | 2025年9月30日前
产出指标 | 成本指标 | 基本公共卫生服务人均补助标准 | 99元/人
产出指标 | 成本指标 | 村卫生室标准化建设补助 | ≤8万元/个
产出指标 | 成本指标 | “两癌”筛查人均成本 | ≤180元
产出指标 | 成本指标 | 部门公用经费 | 控制在年初预算内
效益指标 | 社会效益指标 | 居民健康素养水平 | ≥30%
效益指标 | 社会效益指标 | 孕产妇死亡率 | ≤12/10万
效益指标 | 社会效益指标 | 婴儿死亡率 | ≤4‰
效益指标 | 社会效益指标 | 县域内就诊率 | ≥90%
效益指标 | 社会效益指标 | 甲乙类传染病发病率 | 控制在全省平均水平以下
效益指标 | 社会效益指标 | 群众“看病难、看病贵”问题 | 有效缓解
效益指标 | 经济效益指标 | 基层医疗机构次均门诊费用增幅 | ≤5%
效益指标 | 生态效益指标 | 医疗废物集中处置率 | 100%
效益指标 | 可持续影响指标 | 家庭医生签约服务机制 | 持续完善
效益指标 | 可持续影响指标 | 县域医共体建设 | 持续深化
效益指标 | 可持续影响指标 | 人均预期寿命 | 较上年提高0.2岁
满意度指标 | 服务对象满意度指标 | 签约居民满意度 | ≥90%
满意度指标 | 服务对象满意度指标 | 基层医疗服务满意度 | ≥88%
满意度指标 | 服务对象满意度指标 | 特别扶助对象满意度 | ≥95%
满意度指标 | 服务对象满意度指标 | 医务人员满意度 | ≥85%
""")


def p08():
    s1, s2 = spans(R08)
    out = []
    for k, r in enumerate(R08):
        c = f'<td class="xh">{k + 1}</td>'
        if s1[k]: c += f'<td{rsp(s1[k])}>{r[0]}</td>'
        if s2[k]: c += f'<td{rsp(s2[k])}>{r[1]}</td>'
        c += f'<td class="l">{e(r[2])}</td><td>{e(r[3])}</td><td></td>'
        out.append(f"<tr>{c}</tr>")
    body = f'''<div class="TRS_Editor" id="zoom">
<p style="text-indent:2em">现将椹坪县卫生健康局2025年部门整体支出绩效目标公开如下。</p>
<p style="text-indent:2em">部门名称：椹坪县卫生健康局（含下属单位）；部门预算总额：21846.35万元，其中财政拨款19620.35万元。</p>
<table class="long" cellspacing="0" cellpadding="0">
<thead><tr><th width="6%">序号</th><th width="12%">一级指标</th><th width="14%">二级指标</th><th>三级指标</th><th width="22%">指标值</th><th width="8%">备注</th></tr></thead>
<tbody>
{chr(10).join(out)}
</tbody></table>
<p style="text-align:right">椹坪县卫生健康局<br>2025年2月28日</p></div>'''
    css = ".long{width:100%;border-collapse:collapse} .long th,.long td{border:1px solid #555;padding:5px 6px;text-align:center;font-size:14px;font-family:'仿宋_GB2312','仿宋'} .long th{background:#eaeaea;font-family:'黑体'} .long td.l{text-align:left}"
    PAGES["08_weijian.html"] = page("椹坪县", "椹坪县卫生健康局2025年部门整体支出绩效目标", "椹坪县卫生健康局", "2025-02-28 14:27", body, tmpl=1, css=css, hits="1876")
    gold("08_selectall_long_weijian.txt", "08-chromium-long", R08, ["chromium_selectall", "department_whole", "long_table", "serial_column", "remark_column", "page_chrome", "window_1366"],
         "椹坪县卫生健康局", None)


# ================================================================ 09 序号/计算符号/指标值/计量单位/备注 (split value columns)
R09 = rows("""
产出指标 | 数量指标 | 补贴购置农业机械 | ≥ | 1150 | 台（套） |
产出指标 | 数量指标 | 受益农户和农业生产经营组织 | ≥ | 860 | 户 |
产出指标 | 数量指标 | 其中：补贴烘干机 | ＝ | 24 | 台 | 粮食主产乡镇
产出指标 | 质量指标 | 补贴机具核验率 | ＝ | 100 | % |
产出指标 | 质量指标 | 补贴信息公开率 | ＝ | 100 | % |
产出指标 | 时效指标 | 补贴资金兑付时限 | ≤ | 30 | 个工作日 | 自审核通过之日起
产出指标 | 成本指标 | 单机补贴上限 | ≤ | 15 | 万元 |
效益指标 | 经济效益指标 | 农作物耕种收综合机械化率 | ≥ | 78.5 | % |
效益指标 | 经济效益指标 | 节本增效 | ≥ | 2100 | 万元 |
效益指标 | 社会效益指标 | 农机化生产水平 | 定性 | 稳步提升 |  |
效益指标 | 生态效益指标 | 秸秆机械化还田面积 | ≥ | 21 | 万亩 |
效益指标 | 可持续影响指标 | 农机购置补贴政策 | 定性 | 持续实施 |  |
满意度指标 | 服务对象满意度指标 | 购机户满意度 | ≥ | 90 | % |
满意度指标 | 服务对象满意度指标 | 农机经销企业满意度 | ≥ | 85 | % | 抽样调查
""")


def j09(r):
    return ("" if r[3] == "定性" else r[3]) + r[4] + r[5]


def p09():
    out = []
    for k, r in enumerate(R09):
        out.append(f'<tr><td>{k + 1}</td><td>{r[0]}</td><td>{r[1]}</td><td class="l">{e(r[2])}</td><td>{e(r[3])}</td><td>{e(r[4])}</td><td>{e(r[5])}</td><td class="l">{e(r[6])}</td></tr>')
    body = f'''<div class="ueditor-content">
<p>现将2025年农机购置与应用补贴项目绩效目标公开如下：</p>
<p><strong>项目名称：</strong>2025年农机购置与应用补贴<br><strong>主管部门：</strong>棠峪县农业农村局 &nbsp; <strong>实施单位：</strong>棠峪县农业机械化服务中心<br><strong>资金规模：</strong>1680万元（中央资金）</p>
<table class="sx" cellspacing="0">
<tr><th>序号</th><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>计算符号</th><th>指标值</th><th>计量单位</th><th>备注</th></tr>
{chr(10).join(out)}
</table></div>'''
    css = ".sx{width:100%;border-collapse:collapse} .sx th{background:#4a7ebb;color:#fff;border:1px solid #3a6ea5;padding:6px} .sx td{border:1px solid #9db3cf;padding:5px;text-align:center} .sx td.l{text-align:left}"
    PAGES["09_nongji.html"] = page("棠峪县", "2025年农机购置与应用补贴项目绩效目标公开", "棠峪县农业机械化服务中心", "2025-03-25 09:31", body, tmpl=4, css=css, hits="512", atpage=False)
    gold("09_selectall_nongji.txt", "09-chromium-units", R09, ["chromium_selectall", "split_value_columns", "serial_column", "remark_column", "categories_repeated", "page_chrome", "window_1366"],
         "棠峪县农业农村局", "2025年农机购置与应用补贴", ann=j09)
    for g in GOLDROWS[-len(R09):]:
        g["quirks"] = [q for q in g["quirks"] if not q.endswith("merged_continuation")]


# ================================================================ 10 narrow columns, names and labels wrap
R10 = rows("""
产出指标 | 数量指标 | 扶持县级以上非物质文化遗产代表性传承人开展传习活动 | ≥46人
产出指标 | 数量指标 | 举办非遗展演展示及进校园、进社区活动 | 不少于25场
产出指标 | 数量指标 | 出版非遗保护成果图书 | 2部
产出指标 | 质量指标 | 非遗项目档案数字化建档完整率 | ≥95%
产出指标 | 时效指标 | 传承人补助资金发放时间 | 2025年6月30日前
产出指标 | 成本指标 | 县级代表性传承人传习补助 | 6000元/人·年
效益指标 | 社会效益指标 | 参与非遗活动的群众人次 | ≥3.5万人次
效益指标 | 社会效益指标 | 非遗代表性项目存续状况 | 良好
效益指标 | 经济效益指标 | 带动非遗工坊从业人员就业 | ≥180人
效益指标 | 可持续影响指标 | 非遗传承后继乏人问题 | 逐步缓解
满意度指标 | 服务对象满意度指标 | 非遗代表性传承人满意度 | ≥90%
满意度指标 | 服务对象满意度指标 | 参与活动群众满意度 | ≥90%
""")


def p10():
    td = lambda t, a: f'<td{a}>{e(t)}</td>'
    body = f'''<div class="article-con">
<p>项目名称：非物质文化遗产保护传承项目</p>
<p>主管部门：芷汀县文化广电体育和旅游局　实施单位：芷汀县文化馆</p>
<p>项目资金：128万元</p>
<div class="narrow-wrap"><table class="nr" cellspacing="0">
<colgroup><col style="width:56px"><col style="width:64px"><col style="width:150px"><col style="width:92px"></colgroup>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>
{std_rows(R10, td)}
</table></div></div>'''
    css = ".nr{table-layout:fixed;width:362px;border-collapse:collapse;margin:0 auto} .nr th,.nr td{border:1px solid #777;padding:3px;font-size:13px;word-wrap:break-word;word-break:break-all;text-align:center} .nr th{background:#f3f3f3}"
    PAGES["10_feiyi.html"] = page("芷汀县", "芷汀县非物质文化遗产保护传承项目绩效目标", "芷汀县文化馆", "2025-03-14 10:02", body, tmpl=4, css=css, hits="268")
    gold("10_innertext_narrow_feiyi.txt", "10-chromium-narrow", R10, ["chromium_innertext", "narrow_columns_wrap", "page_chrome", "window_1366"],
         "芷汀县文化广电体育和旅游局", "非物质文化遗产保护传承项目")


# ================================================================ 11 two tables (two projects), 序号 column
R11a = rows("""
产出指标 | 数量指标 | 调解矛盾纠纷 | ≥2600件
产出指标 | 数量指标 | 培训人民调解员 | 420人次
产出指标 | 质量指标 | 调解成功率 | ≥96%
产出指标 | 质量指标 | 调解协议履行率 | ≥95%
产出指标 | 成本指标 | 个案补贴标准 | ≤300元/件
效益指标 | 社会效益指标 | 民转刑案件发生数 | 0件
效益指标 | 社会效益指标 | 矛盾纠纷就地化解率 | 较上年提高2个百分点
满意度指标 | 服务对象满意度指标 | 当事人满意度 | ≥92%
""")
R11b = rows("""
产出指标 | 数量指标 | 社区矫正对象教育帮扶 | 不少于150人
产出指标 | 数量指标 | 开展集中教育学习 | 12次
产出指标 | 质量指标 | 矫正对象再犯罪率 | ≤0.2%
产出指标 | 时效指标 | 矫正对象入矫报到 | 判决生效之日起10日内
效益指标 | 社会效益指标 | 矫正对象脱管漏管率 | 0
效益指标 | 可持续影响指标 | 社区矫正信息化监管 | 持续运行
满意度指标 | 服务对象满意度指标 | 矫正对象家属满意度 | ≥90%
""")


def p11():
    def tab(R, n):
        s1, s2 = spans(R)
        out = []
        for k, r in enumerate(R):
            c = f"<td>{k + 1}</td>"
            if s1[k]: c += f'<td{rsp(s1[k])}>{r[0]}</td>'
            if s2[k]: c += f'<td{rsp(s2[k])}>{r[1]}</td>'
            c += f"<td>{e(r[2])}</td><td>{e(r[3])}</td>"
            out.append(f"<tr>{c}</tr>")
        return f'<table class="tj" id="t{n}" border="1" cellspacing="0"><tr><th>序号</th><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>\n' + "\n".join(out) + "\n</table>"
    body = f'''<div class="TRS_Editor">
<p>　　根据预算公开要求，现将县司法局2025年两个专项项目的绩效目标一并公开。</p>
<p><b>一、人民调解工作经费</b></p>
<p>　　项目名称：人民调解工作经费　主管部门：蘅岭县司法局　预算金额：78.00万元</p>
{tab(R11a, 1)}
<p><b>二、社区矫正工作经费</b></p>
<p>　　项目名称：社区矫正工作经费　主管部门：蘅岭县司法局　预算金额：46.50万元</p>
<p>　　社区矫正工作经费主要用于矫正对象教育学习、心理矫治、信息化监管等。</p>
{tab(R11b, 2)}
</div>'''
    css = ".tj{width:92%;margin:10px auto;border-collapse:collapse;border:1px solid #888} .tj th,.tj td{border:1px solid #888;padding:5px;text-align:center} .tj th{background:#e8f0f8}"
    PAGES["11_tiaojie.html"] = page("蘅岭县", "蘅岭县司法局2025年项目支出绩效目标公开", "蘅岭县司法局", "2025-03-03 15:48", body, tmpl=1, css=css, hits="741")
    q = ["chromium_selectall", "two_tables", "serial_column", "page_chrome", "window_1366"]
    gold("11_selectall_tiaojie.txt", "11-chromium-two", R11a, q, "蘅岭县司法局", "人民调解工作经费")
    gold("11_selectall_tiaojie.txt", "11-chromium-two", R11b, q, "蘅岭县司法局", "社区矫正工作经费")


# ================================================================ 12 bootstrap .table-striped with 序号, categories written every row
R12 = rows("""
产出指标 | 数量指标 | 受益学生人数 | 1.36万人
产出指标 | 数量指标 | 覆盖农村义务教育学校 | 47所
产出指标 | 数量指标 | 供餐天数 | ≥200天
产出指标 | 质量指标 | 食材抽检合格率 | 100%
产出指标 | 质量指标 | 学校食堂“明厨亮灶”覆盖率 | 100%
产出指标 | 时效指标 | 补助资金拨付时间 | 每学期开学后1个月内
产出指标 | 成本指标 | 营养膳食补助标准 | 5元/生·天
效益指标 | 社会效益指标 | 学生营养健康状况 | 持续改善
效益指标 | 社会效益指标 | 食品安全事故 | 0起
效益指标 | 可持续影响指标 | 学校食堂规范化管理水平 | 稳步提升
满意度指标 | 服务对象满意度指标 | 学生满意度 | ≥90%
满意度指标 | 服务对象满意度指标 | 家长满意度 | ≥90%
""")


def p12():
    out = [f'<tr><th scope="row">{k + 1}</th><td>{r[0]}</td><td>{r[1]}</td><td>{e(r[2])}</td><td>{e(r[3])}</td></tr>' for k, r in enumerate(R12)]
    css = """.table{width:100%;margin-bottom:1rem;color:#212529;border-collapse:collapse}
.table th,.table td{padding:.75rem;vertical-align:top;border-top:1px solid #dee2e6}
.table thead th{vertical-align:bottom;border-bottom:2px solid #dee2e6;background:#343a40;color:#fff}
.table-striped tbody tr:nth-of-type(odd){background-color:rgba(0,0,0,.05)}
.table-sm th,.table-sm td{padding:.3rem}
.card{border:1px solid rgba(0,0,0,.125);border-radius:.25rem;margin:12px 0}.card-header{padding:.75rem 1.25rem;background:rgba(0,0,0,.03);border-bottom:1px solid rgba(0,0,0,.125)}.card-body{padding:1.25rem}"""
    body = f'''<div class="card"><div class="card-header">项目概况</div><div class="card-body">
<p>项目名称：农村义务教育学生营养改善计划</p><p>主管部门：莼湖区教育局</p><p>资金总额：1428.00万元</p>
<p>年度目标：保障全区农村义务教育学校学生营养膳食补助按时足额发放，供餐安全规范。</p></div></div>
<table class="table table-striped table-sm">
<thead><tr><th scope="col">序号</th><th scope="col">一级指标</th><th scope="col">二级指标</th><th scope="col">三级指标</th><th scope="col">指标值</th></tr></thead>
<tbody>
{chr(10).join(out)}
</tbody></table>'''
    PAGES["12_yingyang.html"] = page("莼湖区", "莼湖区农村义务教育学生营养改善计划绩效目标", "莼湖区教育局", "2025-03-20 16:05", body, tmpl=2, css=css, hits="1533", atpage=False)
    gold("12_selectall_wide_yingyang.txt", "12-chromium-striped", R12, ["chromium_selectall", "bootstrap_striped", "serial_column", "categories_repeated", "page_chrome", "window_1920"],
         "莼湖区教育局", "农村义务教育学生营养改善计划")
    for g in GOLDROWS[-len(R12):]:
        g["quirks"] = [q for q in g["quirks"] if not q.endswith("merged_continuation")]


# ================================================================ 13 UEditor, 2021 scheme (成本指标 at level 1), header block
R13 = rows("""
产出指标 | 数量指标 | 支持规模养殖场粪污处理设施改造 | 38家
产出指标 | 数量指标 | 建设粪肥还田利用示范基地 | ≥2.4万亩
产出指标 | 数量指标 | 购置粪污运输车辆 | 6台
产出指标 | 质量指标 | 设施装备配套率 | ≥98%
产出指标 | 质量指标 | 粪肥还田质量检测合格率 | ≥95%
产出指标 | 时效指标 | 项目建设完成时间 | 2025年11月底前
成本指标 | 经济成本指标 | 单场设施改造补助 | ≤25万元
成本指标 | 社会成本指标 | 因项目建设引发的信访事件 | 0起
成本指标 | 生态环境成本指标 | 项目建设造成的环境污染 | 无
效益指标 | 经济效益指标 | 减少化肥投入成本 | ≥320万元
效益指标 | 生态效益指标 | 畜禽粪污综合利用率 | ≥85%
效益指标 | 生态效益指标 | 规模养殖场粪污处理设施装备配套率 | 100%
效益指标 | 可持续影响指标 | 种养结合循环模式 | 长期推广
满意度指标 | 满意度指标 | 养殖场（户）满意度 | ≥90%
""")


def p13():
    td = lambda t, a: f'<td{a} style="word-break: break-all;" valign="middle" align="center">{e(t)}</td>'
    body = f'''<div class="view TRS_UEDITOR trs_paper_default trs_web">
<p style="text-indent:2em;">根据市财政局工作安排，现将2025年畜禽粪污资源化利用整县推进项目绩效目标公开。</p>
<table width="100%" border="1" style="border-collapse:collapse;" cellspacing="0" cellpadding="4"><tbody>
<tr class="firstRow"><td colspan="4" align="center" style="word-break: break-all;"><strong>项目支出绩效目标申报表</strong></td></tr>
<tr><td style="word-break: break-all;">项目名称</td><td colspan="3" style="word-break: break-all;">畜禽粪污资源化利用整县推进项目</td></tr>
<tr><td style="word-break: break-all;">主管部门及代码</td><td style="word-break: break-all;">[118]槲林县农业农村局</td><td style="word-break: break-all;">实施单位</td><td style="word-break: break-all;">槲林县畜牧兽医服务中心</td></tr>
<tr><td style="word-break: break-all;">项目资金（万元）</td><td colspan="3" style="word-break: break-all;">年度资金总额：1150.00 &nbsp; 其中：中央财政资金1000.00 &nbsp; 县级配套150.00</td></tr>
<tr><td style="word-break: break-all;">总体目标</td><td colspan="3" style="word-break: break-all;">以畜禽粪污肥料化利用为主要方向，完成38家规模养殖场设施改造，畜禽粪污综合利用率达到85%以上。</td></tr>
<tr><td style="word-break: break-all;" align="center">一级指标</td><td style="word-break: break-all;" align="center">二级指标</td><td style="word-break: break-all;" align="center">三级指标</td><td style="word-break: break-all;" align="center">指标值</td></tr>
{std_rows(R13, td)}
</tbody></table>
<p style="text-align:right">填报单位：槲林县农业农村局（盖章）</p></div>'''
    PAGES["13_fenwu.html"] = page("槲林县", "2025年畜禽粪污资源化利用整县推进项目绩效目标", "槲林县农业农村局", "2025-03-10 11:19", body, tmpl=1,
                                  css=".view table td{border:1px solid #000;font-size:14px}", hits="802")
    gold("13_selectall_fenwu.txt", "13-chromium-2021", R13, ["chromium_selectall", "ueditor_table", "scheme_2021", "header_block", "page_chrome", "window_1366"],
         "槲林县农业农村局", "畜禽粪污资源化利用整县推进项目")


# ================================================================ 14 Word-pasted, two tables (two projects)
R14a = rows("""
产出指标 | 数量指标 | 组织高校毕业生就业见习 | ≥350人
产出指标 | 数量指标 | 认定就业见习基地 | 30家
产出指标 | 质量指标 | 见习期满留用率 | ≥50%
产出指标 | 时效指标 | 见习补贴发放时限 | 按月发放
产出指标 | 成本指标 | 见习补贴标准 | 当地最低工资标准的80%
效益指标 | 社会效益指标 | 见习人员就业能力 | 明显提升
满意度指标 | 服务对象满意度指标 | 见习人员满意度 | ≥90%
""")
R14b = rows("""
产出指标 | 数量指标 | 发放创业担保贷款 | ≥1.8亿元
产出指标 | 数量指标 | 扶持创业人数 | 不少于620人
产出指标 | 质量指标 | 贷款回收率 | ≥98%
产出指标 | 时效指标 | 贴息资金拨付 | 按时完成
效益指标 | 社会效益指标 | 带动就业人数 | ≥1800人
效益指标 | 经济效益指标 | 创业主体经营存活率 | ≥85%
满意度指标 | 服务对象满意度指标 | 创业者满意度 | ≥90%
""")


def p14():
    def tab(R):
        s1, s2 = spans(R)
        st = 'style="border:solid black 1.0pt;mso-border-alt:solid black .5pt;padding:0cm 5.4pt 0cm 5.4pt"'
        out = []
        for k, r in enumerate(R):
            c = ""
            if s1[k]: c += f'<td{rsp(s1[k])} width="80" {st}>{mso(r[0])}</td>'
            if s2[k]: c += f'<td{rsp(s2[k])} width="110" {st}>{mso(r[1])}</td>'
            c += f'<td width="200" {st}>{mso(r[2])}</td><td width="160" {st}>{mso(r[3])}</td>'
            out.append(f'<tr style="mso-yfti-irow:{k + 1};height:20.0pt">{c}</tr>')
        sth = st[:-1] + ';background:#D9D9D9;mso-shading:white"'
        hd = "".join(f'<td {sth}>{mso(t, True)}</td>' for t in ("一级指标", "二级指标", "三级指标", "指标值"))
        return ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none;mso-border-alt:solid black .5pt;mso-yfti-tbllook:1184">'
                f'<tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes">{hd}</tr>\n' + "\n".join(out) + "\n</table>")
    p = lambda t: f'<p class="MsoNormal" style="text-indent:32pt;line-height:27pt"><span style="font-size:16pt;font-family:仿宋_GB2312">{t}</span></p>'
    body = f'''<div class="zw-con"><div class="WordSection1">
{p("现将樾城区人力资源和社会保障局2025年就业补助资金两个项目的绩效目标公开如下。")}
{p("项目名称：就业见习补贴")}
{p("主管部门：樾城区人力资源和社会保障局　资金：210万元")}
{tab(R14a)}
<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
{p("项目名称：创业担保贷款贴息及奖补")}
{p("主管部门：樾城区人力资源和社会保障局　资金：460万元")}
{tab(R14b)}
</div></div>'''
    PAGES["14_jiuye.html"] = page("樾城区", "樾城区人社局2025年就业补助资金项目绩效目标", "樾城区人力资源和社会保障局", "2025-03-27 17:40", body, tmpl=4, webfont=False, hits="590")
    q = ["chromium_innertext", "word_msonormal", "two_tables", "page_chrome", "window_1366"]
    gold("14_innertext_jiuye.txt", "14-chromium-word2", R14a, q, "樾城区人力资源和社会保障局", "就业见习补贴")
    gold("14_innertext_jiuye.txt", "14-chromium-word2", R14b, q, "樾城区人力资源和社会保障局", "创业担保贷款贴息及奖补")


# ================================================================ 15 old site, bgcolor rows, cellspacing=1, 计量单位 column
R15 = rows("""
产出指标 | 数量指标 | 河道保洁长度 | 186 | 公里
产出指标 | 数量指标 | 清理河道垃圾及漂浮物 | ≥2400 | 吨
产出指标 | 数量指标 | 配备专职保洁员 | 92 | 人
产出指标 | 质量指标 | 河面保洁达标率 | ≥95 | %
产出指标 | 质量指标 | 考核断面水质达标率 | 100 | %
产出指标 | 时效指标 | 突发污染物清理时限 | ≤24 | 小时
产出指标 | 成本指标 | 保洁经费标准 | ≤1.1 | 万元/公里
效益指标 | 生态效益指标 | 河道水环境质量 | 持续改善 |
效益指标 | 社会效益指标 | 群众涉河投诉件数 | 较上年下降10 | %
效益指标 | 可持续影响指标 | 河道保洁长效机制 | 建立并运行 |
满意度指标 | 服务对象满意度指标 | 沿河群众满意度 | ≥90 | %
满意度指标 | 服务对象满意度指标 | 镇（街道）满意度 | ≥90 | %
""")


def p15():
    td = lambda t, a: f'<td{a} bgcolor="#FFFFFF" class="tb2">{e(t)}</td>'
    body = f'''<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:10px 30px;font-size:14px;line-height:26px">
<p>　　2025年县级河道保洁专项经费项目绩效目标如下：</p>
<p>　　项目名称：2025年县级河道保洁专项经费<br>　　主管部门：菰浦县水务局<br>　　资金金额：204.60万元</p>
<table width="100%" border="0" cellpadding="3" cellspacing="1" bgcolor="#99BBDD">
<tr bgcolor="#DDEEFF"><td class="tb1">一级指标</td><td class="tb1">二级指标</td><td class="tb1">三级指标</td><td class="tb1">指标值</td><td class="tb1">计量单位</td></tr>
{std_rows(R15, td, cols=(2, 3, 4))}
</table>
</td></tr></table>'''
    css = ".tb1{font-weight:bold;text-align:center;font-size:13px;font-family:宋体} .tb2{text-align:center;font-size:13px;font-family:宋体} .oldnav a{color:#fff} .oldtop{margin:0 auto}"
    PAGES["15_baojie.html"] = page("菰浦县", "2025年县级河道保洁专项经费项目绩效目标", "菰浦县水务局", "2025-03-05 09:40", body, tmpl=3, css=css, webfont=False, hits="377")
    gold("15_selectall_baojie.txt", "15-chromium-bgcolor", R15, ["chromium_selectall", "old_site_bgcolor_table", "unit_column", "page_chrome", "window_1366"],
         "菰浦县水务局", "2025年县级河道保洁专项经费", ann=lambda r: r[3] + r[4])


# ================================================================ 16 wide table: 10 columns (landscape)
R16 = rows("""
产出指标 | 数量指标 | 开通城乡公交线路 | ≥ | 28 | 26 | 条 | 新增3条 | 运营线路
产出指标 | 数量指标 | 更新新能源公交车辆 | ≥ | 60 | 20 | 辆 | 纯电动 |
产出指标 | 数量指标 | 新建农村候车亭 | ＝ | 150 | 50 | 个 | 含站牌 |
产出指标 | 质量指标 | 公交准点率 | ≥ | 90 | 90 | % | 抽检统计 |
产出指标 | 质量指标 | 行车责任事故率 | ≤ | 0.3 | 0.3 | 次/百万公里 |  |
产出指标 | 时效指标 | 车辆交付使用时间 | 定性 | 2027年6月底前 | 2025年9月底前 |  |  |
产出指标 | 成本指标 | 城乡公交运营补贴 | ≤ | 2.6 | 2.6 | 元/车公里 | 按里程核定 |
效益指标 | 社会效益指标 | 建制村通公交率 | ＝ | 100 | 100 | % |  |
效益指标 | 社会效益指标 | 城乡公交票价 | ≤ | 3 | 3 | 元/人次 | 全程 |
效益指标 | 经济效益指标 | 年客运量 | ≥ | 620 | 190 | 万人次 |  |
效益指标 | 生态效益指标 | 新能源公交车占比 | ≥ | 95 | 85 | % |  |
效益指标 | 可持续影响指标 | 城乡公交一体化运营机制 | 定性 | 长效运行 | 基本建立 |  |  |
满意度指标 | 服务对象满意度指标 | 乘客满意度 | ≥ | 90 | 88 | % | 第三方测评 |
""")


def j16(r, i):
    return ("" if r[3] == "定性" else r[3]) + r[i] + r[6]


def p16():
    s1, s2 = spans(R16)
    out = []
    for k, r in enumerate(R16):
        c = f"<td>{k + 1}</td>"
        if s1[k]: c += f'<td{rsp(s1[k])}>{r[0]}</td>'
        if s2[k]: c += f'<td{rsp(s2[k])}>{r[1]}</td>'
        c += "".join(f"<td>{e(x)}</td>" for x in r[2:9])
        out.append(f"<tr>{c}</tr>")
    body = f'''<div class="content-box">
<p>萩原县城乡公交一体化提升工程为跨年度项目（2025年—2027年），绩效目标如下：</p>
<table class="info"><tr><th>项目名称</th><td>城乡公交一体化提升工程</td><th>主管部门</th><td>萩原县交通运输局</td></tr>
<tr><th>实施期资金</th><td>8640万元</td><th>年度资金</th><td>2950万元</td></tr></table>
<table class="wide" cellspacing="0">
<thead><tr><th rowspan="2">序号</th><th rowspan="2">一级指标</th><th rowspan="2">二级指标</th><th rowspan="2">三级指标</th><th rowspan="2">计算符号</th><th colspan="2">指标值</th><th rowspan="2">计量单位</th><th rowspan="2">指标解释</th><th rowspan="2">备注</th></tr>
<tr><th>实施期指标值</th><th>年度指标值</th></tr></thead>
<tbody>
{chr(10).join(out)}
</tbody></table></div>'''
    css = ".info{border-collapse:collapse;margin:10px 0} .info th,.info td{border:1px solid #ccc;padding:4px 10px} .wide{width:1060px;border-collapse:collapse} .wide th,.wide td{border:1px solid #666;padding:5px 4px;text-align:center;font-size:13px;white-space:nowrap} .wide th{background:#f2f2f2}"
    PAGES["16_gongjiao.html"] = page("萩原县", "萩原县城乡公交一体化提升工程绩效目标公开", "萩原县交通运输局", "2025-03-31 10:26", body, tmpl=2, css=css, hits="1102", atpage=False)
    gold("16_selectall_gongjiao.txt", "16-chromium-landscape", R16, ["chromium_selectall", "wide_table", "split_value_columns", "two_row_header", "serial_column", "remark_column", "page_chrome", "window_1366"],
         "萩原县交通运输局", "城乡公交一体化提升工程", ann=lambda r: j16(r, 5), per=lambda r: j16(r, 4))


def main():
    for f in (p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16):
        f()
    for name, text in PAGES.items():
        (HERE / name).write_text(text, encoding="utf-8")
    GOLD.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in GOLDROWS), encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=0), encoding="utf-8")
    print(len(PAGES), "pages,", len(GOLDROWS), "gold rows")


if __name__ == "__main__":
    main()
