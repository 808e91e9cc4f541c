#!/usr/bin/env python3
"""Write the invented sources of held-out set 37 (html pages, one xlsx, three docx) and the expected
rows (corpus/gold/pagetext-heldout37.jsonl) from the hand-typed tables below (DATA: the R01..R16
blocks, one indicator a line, fields separated by ' | ').

The gold rows are these hand-typed cells, never the tool text. check_gold.py re-reads the written
html/docx/xlsx on its own and compares.
"""
import json, re, zlib, html as H
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[3] / "corpus" / "gold" / "pagetext-heldout37.jsonl"
crc = lambda s: zlib.crc32(s.encode("utf-8"))
e = H.escape

L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14",
      "社会成本指标": "14", "生态环境成本指标": "14", "经济效益指标": "21", "社会效益指标": "22",
      "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31"}


def rows(txt):
    return [[c.strip() for c in l.split("|")] for l in txt.strip("\n").splitlines()]


def spans(rs, i1=0, i2=1):
    """rowspan of the level-1 (col i1) and level-2 (col i2) cell of each row; 0 = continuation"""
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


def minify(h):
    return re.sub(r">\s+<", "><", h).replace("\n", "")


GOLDROWS = []
PAGES = {}      # name -> html text
BINARY = {}     # name -> callable(path) writing a docx/xlsx


def gold(fname, rs, quirks, name_i=2, ann=lambda r: r[3], per=lambda r: None, l1_i=0, l2_i=1, merged=True,
         extra=None):
    s1, s2 = spans(rs, l1_i, l2_i) if merged else ([1] * len(rs), [1] * len(rs))
    for k, r in enumerate(rs):
        q = list(quirks)
        if merged and s1[k] == 0:
            q.append("l1_merged_continuation")
            if s2[k] == 0: q.append("l2_merged_continuation")
        if extra: q += extra(k)
        GOLDROWS.append({"file": fname, "n": k + 1, "name": r[name_i], "annual_value": ann(r),
                         "period_value": per(r), "level1_code": L1[r[l1_i]] if l1_i is not None else None,
                         "level2_code": L2[r[l2_i]] if l2_i is not None else None, "url": None, "quirks": q})


# ---------------------------------------------------------------------------------------- page chrome
def page(site, title, dept, date, body, style="", tmpl=1, crumb="财政预决算", hits="517"):
    if tmpl == 1:   # Hanweb-like county portal
        top = f'''<div class="head"><div class="wrap"><div class="logo"><img src="/picture/0/logo.png" alt="{site}人民政府"></div>
<div class="hd-r"><a href="/">网站首页</a><span>|</span><a href="/wza/">无障碍</a><span>|</span><a href="/col/col1/index.html">长者版</a></div></div></div>
<div class="nav"><ul class="wrap"><li><a href="/">首页</a></li><li><a href="/col/col2/">{site[:2]}概况</a></li><li class="on"><a href="/col/col3/">政府信息公开</a></li><li><a href="/col/col4/">政务服务</a></li><li><a href="/col/col5/">政民互动</a></li></ul></div>'''
    elif tmpl == 2:  # department site
        top = f'''<div class="top"><div class="container"><span class="date">今天是：<span id="today"></span></span><a href="/">设为首页</a> <a href="/">加入收藏</a></div></div>
<div class="banner"><div class="container"><h2 class="site-name">{dept}</h2></div></div>
<div class="menu"><div class="container"><a href="/">首 页</a><a href="/xwdt/">新闻动态</a><a class="active" href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a></div></div>'''
    else:            # plain budget disclosure platform
        top = f'''<div id="hdr"><h2>{site}财政预决算公开平台</h2><div class="hdr-nav"><a href="/">首页</a> · <a href="/yusuan/">预算公开</a> · <a href="/jixiao/" class="cur">绩效公开</a> · <a href="/juesuan/">决算公开</a></div></div>'''
    foot = f'''<div class="footer"><div class="wrap">
<p><a href="/about/">关于我们</a> | <a href="/sitemap/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>
<p>主办：{site}人民政府办公室　承办：{dept}</p>
<p>网站标识码：{crc(site) % 10**10:010d}　<a href="https://beian.miit.gov.cn/" target="_blank">ICP备{crc(title) % 10**8:08d}号-2</a>　公网安备 {crc(dept) % 10**14:014d}号</p>
</div></div>'''
    return f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}-{crumb}-{site}人民政府</title>
<meta name="ArticleTitle" content="{e(title)}">
<meta name="PubDate" content="{date}">
<meta name="ContentSource" content="{dept}">
<style>
body{{margin:0;font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;font-size:14px;color:#333}}
a{{color:#333;text-decoration:none}} .wrap,.container{{max-width:1100px;margin:0 auto}}
.nav ul{{list-style:none;margin:0;padding:0;background:#1d5fa6;display:flex}} .nav li a{{display:block;padding:0 20px;line-height:40px;color:#fff}}
.menu a{{margin-right:18px}} .crumb{{padding:8px 0;border-bottom:1px solid #ddd}}
.art-title{{text-align:center;font-size:22px;margin:18px 0 8px}} .art-meta{{text-align:center;color:#888;padding-bottom:8px;border-bottom:1px dashed #ccc}}
.footer{{margin-top:30px;background:#eee;padding:12px 0;text-align:center;font-size:12px}}
table.jx{{border-collapse:collapse;width:100%}} table.jx td,table.jx th{{border:1px solid #555;padding:4px 6px}}
{style}
</style>
</head>
<body>
{top}
<div class="wrap main">
<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/czxx/">财政信息</a> &gt; <a href="/zwgk/czxx/yjs/">{crumb}</a></div>
{body}
</div>
{foot}
<script type="text/javascript">var _paq=window._paq||[];_paq.push(["trackPageView"]);</script>
</body>
</html>
'''


def meta(date, src, hits="517"):
    return (f'<div class="art-meta"><span>发布时间：{date}</span>　<span>来源：{src}</span>　<span>浏览次数：{hits}</span>'
            f'　<span>字体：[<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>]</span></div>')


def cat_cells(rs, k, s1, s2, td="td", attr=""):
    c = ""
    if s1[k]: c += f'<{td}{attr} rowspan="{s1[k]}">{e(rs[k][0])}</{td}>' if s1[k] > 1 else f'<{td}{attr}>{e(rs[k][0])}</{td}>'
    if s2[k]: c += f'<{td}{attr} rowspan="{s2[k]}">{e(rs[k][1])}</{td}>' if s2[k] > 1 else f'<{td}{attr}>{e(rs[k][1])}</{td}>'
    return c


def info_rows(items, ncol=4):
    """project block rows: items = [(label, value), ...] one per row, value colspan ncol-1"""
    return "".join(f'<tr><td>{e(a)}</td><td colspan="{ncol-1}">{e(b)}</td></tr>' for a, b in items)


# ============================================================ 01 Hanweb-like, MINIFIED; lxml text_content()
R01 = rows("""
产出指标 | 数量指标 | 旧志古籍数字化扫描页数 | ≥4.8万页
产出指标 | 数量指标 | 新编镇村志出版数量 | 3部
产出指标 | 数量指标 | 方志馆新增馆藏地情资料 | ≥600册（件）
产出指标 | 质量指标 | 数字化图像质量抽检合格率 | ≥98%
产出指标 | 质量指标 | 志书出版物编校差错率 | ＜1/10000
产出指标 | 质量指标 | 新编志书评审通过率 | 100%
产出指标 | 时效指标 | 数字方志平台上线时间 | 2025年10月底前
产出指标 | 成本指标 | 古籍扫描单页成本 | ≤3.5元/页
效益指标 | 社会效益指标 | 方志馆年接待参观人数 | ≥1.2万人次
效益指标 | 社会效益指标 | 地情资料网上查阅量 | 较上年增长30%
效益指标 | 社会效益指标 | 开展“方志进校园”活动 | ≥12场次
效益指标 | 可持续影响指标 | 珍稀旧志实现永久性数字保存 | 长期
满意度指标 | 服务对象满意度指标 | 参观及查阅群众满意度 | ≥90%
""")


def p01():
    s1, s2 = spans(R01)
    P = lambda t: f'<p style="text-align:center;line-height:150%"><span style="font-family:宋体;font-size:14px">{e(t)}</span></p>'
    out = []
    for k, r in enumerate(R01):
        c = ""
        if s1[k]: c += f'<td rowspan="{s1[k]}" style="border:1px solid #000">{P(r[0])}</td>'
        if s2[k]: c += f'<td rowspan="{s2[k]}" style="border:1px solid #000">{P(r[1])}</td>'
        c += f'<td style="border:1px solid #000">{P(r[2])}</td><td style="border:1px solid #000">{P(r[3])}</td>'
        out.append(f"<tr>{c}</tr>")
    info = [("项目名称", "沣岙县地方志资源数字化及方志馆提升项目"), ("主管部门", "沣岙县人民政府办公室"),
            ("实施单位", "沣岙县地方志编纂中心"), ("项目资金（万元）", "186.50（其中：县级财政资金186.50）"),
            ("年度总体目标", "完成馆藏清代至民国旧志及家谱4.8万页数字化扫描，出版镇村志3部，建成数字方志平台并向社会开放，提升方志馆展陈和地情资料服务能力。")]
    inf = "".join(f'<tr><td style="border:1px solid #000">{P(a)}</td><td colspan="3" style="border:1px solid #000">{P(b)}</td></tr>' for a, b in info)
    hdr = "".join(f'<td style="border:1px solid #000">{P(x)}</td>' for x in ("一级指标", "二级指标", "三级指标", "指标值"))
    body = f'''<div class="article">
<div class="title"><h1 class="art-title">沣岙县地方志资源数字化及方志馆提升项目绩效目标表</h1></div>
{meta("2025-02-18", "沣岙县地方志编纂中心", "326")}
<div class="bt_content" id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
<p style="text-align:center"><b>2025年项目支出绩效目标表</b></p>
<table width="100%" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse"><tbody>
{inf}
<tr>{hdr}</tr>
{"".join(out)}
</tbody></table>
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</div>
<div class="bt_link">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>'''
    PAGES["01_fangzhi.html"] = minify(page("沣岙县", "沣岙县地方志资源数字化及方志馆提升项目绩效目标表", "沣岙县地方志编纂中心",
                                            "2025-02-18", body, tmpl=1))
    gold("01_lxml_textcontent_minified_fangzhi.txt", R01, ["lxml_text_content", "minified_html", "cells_glued", "td_header",
                                                            "header_block", "page_chrome"])


# ============================================================ 02 Custom_UnionStyle Word paste, MINIFIED; html.parser stripper
R02 = rows("""
产出指标 | 数量指标 | 新建标准化固定作业点 | 4个 |
产出指标 | 数量指标 | 购置增雨防雹火箭弹 | ≥600枚 | 含防雹弹200枚
产出指标 | 数量指标 | 开展作业人员安全培训 | ≥2期 |
产出指标 | 质量指标 | 作业装备年检合格率 | 100% |
产出指标 | 质量指标 | 作业安全事故发生率 | 0 |
产出指标 | 时效指标 | 作业点建设完成时限 | 2025年6月15日前 | 汛期前完成
产出指标 | 成本指标 | 单个作业点建设成本 | ≤28万元 |
效益指标 | 经济效益指标 | 冰雹灾害农业直接经济损失 | 较近三年平均减少15% |
效益指标 | 社会效益指标 | 人工增雨作业覆盖面积 | ≥850平方公里 |
效益指标 | 生态效益指标 | 重点水库蓄水增加量 | ≥300万立方米 |
效益指标 | 可持续影响指标 | 人影作业安全管理体系 | 持续完善 |
满意度指标 | 服务对象满意度指标 | 种植户满意度 | ≥85% |
""")


def mso(t):
    parts = re.findall(r"\d+(?:\.\d+)?|[^\d]+", t) or [""]
    sp = "".join(f'<span lang="EN-US" style="font-size:10.5pt;font-family:&quot;Times New Roman&quot;">{e(p)}</span>' if re.match(r"\d", p)
                 else f'<span style="font-size:10.5pt;font-family:仿宋_GB2312">{e(p)}</span>' for p in parts)
    return f'<p class="MsoNormal" align="center" style="text-align:center">{sp}<span lang="EN-US"><o:p></o:p></span></p>'


def p02():
    s1, s2 = spans(R02)
    td = 'style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"'
    out = []
    for k, r in enumerate(R02):
        c = f'<td width="40" {td}>{mso(str(k + 1))}</td>'
        if s1[k]: c += f'<td width="70" rowspan="{s1[k]}" {td}>{mso(r[0])}</td>'
        if s2[k]: c += f'<td width="90" rowspan="{s2[k]}" {td}>{mso(r[1])}</td>'
        c += f'<td width="200" {td}>{mso(r[2])}</td><td width="130" {td}>{mso(r[3])}</td><td width="100" {td}>{mso(r[4])}</td>'
        out.append(f'<tr style="height:20.0pt">{c}</tr>')
    hdr = "".join(f'<td {td}>{mso(x)}</td>' for x in ("序号", "一级指标", "二级指标", "三级指标", "指标值", "备注"))
    body = f'''<div class="detail">
<h1 class="art-title">嵫阳县2025年人工影响天气作业能力提升项目绩效目标</h1>
{meta("2025-03-11 09:40", "嵫阳县气象局", "241")}
<div class="Custom_UnionStyle">
<p class="MsoNormal" style="text-indent:32pt"><span style="font-family:仿宋_GB2312;font-size:16pt">根据预算绩效管理有关要求，现将我局2025年人工影响天气作业能力提升项目绩效目标公开如下：</span></p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr style="height:22.0pt">{hdr}</tr>
{"".join(out)}
</table>
<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
<p class="MsoNormal" align="right" style="text-align:right"><span style="font-family:仿宋_GB2312">嵫阳县气象局</span></p>
<p class="MsoNormal" align="right" style="text-align:right"><span lang="EN-US">2025</span><span>年</span><span lang="EN-US">3</span><span>月</span><span lang="EN-US">10</span><span>日</span></p>
</div></div>'''
    PAGES["02_qixiang.html"] = minify(page("嵫阳县", "嵫阳县2025年人工影响天气作业能力提升项目绩效目标", "嵫阳县气象局",
                                            "2025-03-11", body, tmpl=2))
    gold("02_htmlparser_strip_qixiang.txt", R02, ["htmlparser_stripper", "minified_html", "cells_glued", "word_pasted_spans",
                                                  "seq_column", "remark_column", "page_chrome"])


# ============================================================ 03 绩效自评表, Chromium PDF, pdftotext -raw
R03 = rows("""
产出指标 | 数量指标 | 联检县级界线长度 | ≥286公里 | 291公里 | 10 | 10 |
产出指标 | 数量指标 | 维护修复界桩数量 | ≥54颗 | 54颗 | 10 | 10 |
产出指标 | 数量指标 | 新增埋设界桩 | 6颗 | 5颗 | 5 | 4 | 1颗界桩位于水库淹没区，待枯水期埋设
产出指标 | 质量指标 | 界桩坐标测量精度达标率 | 100% | 100% | 10 | 10 |
产出指标 | 质量指标 | 界线联检成果资料归档率 | 100% | 100% | 5 | 5 |
产出指标 | 时效指标 | 联检任务完成时间 | 2024年11月30日前 | 2024年11月22日 | 5 | 5 |
产出指标 | 成本指标 | 单颗界桩维护成本 | ≤0.35万元 | 0.33万元 | 5 | 5 |
效益指标 | 社会效益指标 | 因界线不清引发的边界纠纷 | 0起 | 0起 | 10 | 10 |
效益指标 | 社会效益指标 | 界线管理信息系统数据更新率 | 100% | 100% | 5 | 5 |
效益指标 | 可持续影响指标 | 平安边界创建长效机制 | 健全 | 基本健全 | 10 | 8 | 乡镇联防协议尚有2份未续签
满意度指标 | 服务对象满意度指标 | 边界沿线村（居）民满意度 | ≥90% | 93.6% | 10 | 10 |
满意度指标 | 服务对象满意度指标 | 相邻县乡民政部门满意度 | ≥90% | 95% | 5 | 5 |
""")


def p03():
    s1, s2 = spans(R03)
    out = []
    for k, r in enumerate(R03):
        out.append("<tr>" + cat_cells(R03, k, s1, s2) + "".join(f"<td>{e(x)}</td>" for x in r[2:8]) + "</tr>")
    body = f'''<div class="article">
<h1 class="art-title">滃州市2024年度行政区域界线联检及界桩维护项目绩效自评表</h1>
{meta("2025-04-22", "滃州市民政局", "173")}
<div class="con" id="zoom">
<table class="jx">
<tr><td colspan="8" style="text-align:center;font-weight:bold">项目支出绩效自评表</td></tr>
<tr><td colspan="8" style="text-align:right">（2024年度）</td></tr>
<tr><td colspan="2">项目名称</td><td colspan="6">行政区域界线联检及界桩维护项目</td></tr>
<tr><td colspan="2">主管部门</td><td colspan="2">滃州市民政局</td><td colspan="2">实施单位</td><td colspan="2">滃州市区划地名服务中心</td></tr>
<tr><td colspan="2" rowspan="2">项目资金（万元）</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>
<tr><td>42.00</td><td>42.00</td><td>40.74</td><td>10</td><td>97.0%</td><td>9.7</td></tr>
<tr><td colspan="2" rowspan="2">年度总体目标</td><td colspan="3">预期目标</td><td colspan="3">实际完成情况</td></tr>
<tr><td colspan="3">完成与相邻4个县（市）共286公里县级界线的联合检查，维护修复界桩54颗，新增界桩6颗，确保边界地区和谐稳定。</td><td colspan="3">完成县级界线联检291公里，修复界桩54颗，新增界桩5颗，联检成果全部归档，全年未发生边界纠纷。</td></tr>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th><th>偏差原因分析及改进措施</th></tr>
{"".join(out)}
<tr><td colspan="5">总分</td><td>100</td><td>96.7</td><td></td></tr>
</table>
<p>填报单位：滃州市民政局（盖章）　　单位负责人：郑立新　　填报人：包雯　　填报日期：2025年4月15日</p>
</div></div>'''
    PAGES["03_quhua.html"] = page("滃州市", "滃州市2024年度行政区域界线联检及界桩维护项目绩效自评表", "滃州市民政局",
                                  "2025-04-22", body, tmpl=1, crumb="绩效评价")
    gold("03_pdftotext_raw_quhua.txt", R03, ["pdftotext_raw", "chromium_print_pdf", "self_evaluation", "th_header",
                                             "header_block", "page_chrome"])


# ============================================================ 04 xlsx (2021 scheme, 计算符号/指标值/计量单位) -> LibreOffice PDF -> PyMuPDF
R04 = rows("""
产出指标 | 数量指标 | 保种场核心群保有量 | ≥ | 300 | 群
产出指标 | 数量指标 | 发放标准化活框蜂箱 | ≥ | 1500 | 个
产出指标 | 数量指标 | 开展养蜂技术培训 | ≥ | 360 | 人次
产出指标 | 质量指标 | 蜂群病害检测覆盖率 | ≥ | 95 | %
产出指标 | 质量指标 | 蜂箱采购质量验收合格率 | ＝ | 100 | %
产出指标 | 时效指标 | 蜂箱发放完成时间 | 定性 | 2025年4月30日前 |
成本指标 | 经济成本指标 | 每个活框蜂箱补助 | ≤ | 180 | 元
成本指标 | 社会成本指标 | 保种区禁养外来蜂种对蜂农收入的影响 | 定性 | 可控 |
成本指标 | 生态环境成本指标 | 保种区生态环境破坏 | 定性 | 无 |
效益指标 | 经济效益指标 | 参与蜂农户均增收 | ≥ | 3000 | 元
效益指标 | 社会效益指标 | 带动脱贫户及监测户养蜂 | ≥ | 45 | 户
效益指标 | 生态效益指标 | 保种区林果授粉覆盖面积 | ≥ | 2 | 万亩
效益指标 | 可持续影响指标 | 中蜂遗传资源保护区 | 定性 | 长期保持 |
满意度指标 | 服务对象满意度指标 | 参与蜂农满意度 | ≥ | 90 | %
""")
J = lambda r: ("" if r[3] == "定性" else r[3]) + r[4] + r[5]


def x04(path):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Side, Font
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "绩效目标表"
    thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.append(["项目支出绩效目标表"]); ws.merge_cells("A1:F1")
    ws.append(["（2025年度）"]); ws.merge_cells("A2:F2")
    head = [("项目名称", "岈溪县中华蜜蜂遗传资源保护与利用项目"), ("主管部门", "岈溪县农业农村局"),
            ("实施单位", "岈溪县畜牧兽医技术服务中心"), ("年度资金总额（万元）", "68.00"),
            ("年度绩效目标", "保护岈溪中蜂核心种群300群以上，向保种区蜂农发放标准化活框蜂箱1500个，开展技术培训，提升中蜂产业效益和林果授粉能力。")]
    for a, b in head:
        ws.append([a, None, b]); r = ws.max_row; ws.merge_cells(f"A{r}:B{r}"); ws.merge_cells(f"C{r}:F{r}")
    ws.append(["一级指标", "二级指标", "三级指标", "计算符号", "指标值", "计量单位"])
    h0 = ws.max_row
    for r in R04: ws.append(r)
    s1, s2 = spans(R04)
    for k in range(len(R04)):
        if s1[k] > 1: ws.merge_cells(f"A{h0+1+k}:A{h0+k+s1[k]}")
        if s2[k] > 1: ws.merge_cells(f"B{h0+1+k}:B{h0+k+s2[k]}")
    for row in ws.iter_rows(min_row=3, max_row=ws.max_row, max_col=6):
        for c in row:
            c.border = B; c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.font = Font(name="宋体", size=10)
    ws["A1"].font = Font(name="宋体", size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"].alignment = Alignment(horizontal="center")
    for col, w in zip("ABCDEF", (12, 16, 34, 9, 18, 9)): ws.column_dimensions[col].width = w
    for rr in range(3, 8): ws.row_dimensions[rr].height = 30
    ws.row_dimensions[7].height = 48
    ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)


def p04():
    BINARY["04_fengye.xlsx"] = x04
    gold("04_pymupdf_xlsx_fengye.txt", R04, ["pymupdf_get_text", "libreoffice_pdf_from_xlsx", "scheme_2021",
                                            "op_value_unit_columns", "header_block"], ann=J)


# ============================================================ docx helpers
def docx_table(doc, header, rs, merge_cols=(0, 1), widths=None, seq=False):
    from docx.shared import Pt, Cm
    t = doc.add_table(rows=1 + len(rs), cols=len(header)); t.style = "Table Grid"
    for j, h in enumerate(header): t.cell(0, j).text = h
    off = 1 if seq else 0
    for k, r in enumerate(rs):
        vals = ([str(k + 1)] if seq else []) + list(r)
        for j, v in enumerate(vals[:len(header)]): t.cell(k + 1, j).text = v
    s1, s2 = spans(rs)
    for k in range(len(rs)):
        for col, s in ((merge_cols[0] + off, s1[k]), (merge_cols[1] + off, s2[k])):
            if s > 1:
                top = t.cell(k + 1, col); txt = top.text
                m = top.merge(t.cell(k + s, col)); m.text = txt
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths): row.cells[j].width = Cm(w)
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for run in p.runs: run.font.size = Pt(10)
    return t


def new_doc():
    import docx
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "SimSun"; st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    return d


# ============================================================ 05 docx twin columns -> LibreOffice PDF -> pdfminer
R05 = rows("""
产出指标 | 数量指标 | 更新改造灯浮标 | 36座 | 12座
产出指标 | 数量指标 | 新建渔港视频监控点位 | ≥48个 | ≥20个
产出指标 | 数量指标 | 建设渔船进出港报告终端 | 1套 | 1套
产出指标 | 质量指标 | 航标正常率 | ≥99% | ≥99%
产出指标 | 质量指标 | 工程竣工验收合格率 | 100% | 100%
产出指标 | 时效指标 | 项目完工时间 | 2026年12月31日前 | 年度工程量完成60%
产出指标 | 成本指标 | 单座灯浮标改造成本 | ≤9.5万元 | ≤9.5万元
效益指标 | 经济效益指标 | 渔港年卸港量 | ≥6.5万吨 | ≥5.8万吨
效益指标 | 社会效益指标 | 港内渔船碰撞及搁浅事故 | 较2023年下降50% | 较上年下降20%
效益指标 | 社会效益指标 | 渔船进出港报告率 | ≥98% | ≥95%
效益指标 | 生态效益指标 | 港区废弃航标电池回收处置率 | 100% | 100%
效益指标 | 可持续影响指标 | 航标设施设计使用年限 | ≥15年 | ≥15年
满意度指标 | 服务对象满意度指标 | 渔民满意度 | ≥90% | ≥88%
""")


def d05(path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = new_doc()
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("泖洲县中心渔港航标及安全监控设施改造项目绩效目标申报表").bold = True
    d.add_paragraph("（2025年度）").alignment = WD_ALIGN_PARAGRAPH.CENTER
    info = d.add_table(rows=6, cols=4); info.style = "Table Grid"
    cells = [("项目名称", "泖洲县中心渔港航标及安全监控设施改造项目", None, None),
             ("主管部门", "泖洲县海洋与渔业局", "实施单位", "泖洲县渔港管理所"),
             ("项目实施期", "2024年—2026年", "项目资金（万元）", "实施期总额1280.00，其中年度资金460.00"),
             ("实施期总目标", "更新改造灯浮标36座，建设渔港视频监控点位48个及渔船进出港报告系统，渔港通航安全保障能力明显提升。", None, None),
             ("年度目标", "2025年改造灯浮标12座，新建视频监控点位20个，建成渔船进出港报告终端1套。", None, None),
             ("填报日期", "2025年1月20日", "联系电话", "0000-5520178")]
    for i, (a, b, c, dd) in enumerate(cells):
        info.cell(i, 0).text = a
        if c is None:
            m = info.cell(i, 1).merge(info.cell(i, 3)); m.text = b
        else:
            info.cell(i, 1).text = b; info.cell(i, 2).text = c; info.cell(i, 3).text = dd
    d.add_paragraph("")
    docx_table(d, ["一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"], R05, widths=(2.2, 2.6, 5.0, 3.6, 3.6))
    d.save(path)


def p05():
    BINARY["05_hangbiao.docx"] = d05
    gold("05_pdfminer_docx_hangbiao.txt", R05, ["pdfminer_extract_text", "libreoffice_pdf_from_docx", "twin_value_columns",
                                                "header_block"], ann=lambda r: r[4], per=lambda r: r[3])


# ============================================================ 06 docx -> LibreOffice .doc -> antiword
R06 = rows("""
产出指标 | 数量指标 | 以案定补补贴案件数 | ≥1800件
产出指标 | 数量指标 | 培训专兼职人民调解员 | ≥650人次
产出指标 | 数量指标 | 新建个人品牌调解工作室 | 5个
产出指标 | 质量指标 | 调解成功率 | ≥96%
产出指标 | 质量指标 | 调解协议履行率 | ≥95%
产出指标 | 质量指标 | 卷宗规范化抽查合格率 | ≥90%
产出指标 | 时效指标 | 补贴资金发放时间 | 每季度结束后30日内
产出指标 | 成本指标 | 一般纠纷案件补贴标准 | ≤200元/件
效益指标 | 社会效益指标 | 矛盾纠纷就地化解率 | ≥90%
效益指标 | 社会效益指标 | “民转刑”案件发生数 | 0件
效益指标 | 可持续影响指标 | 基层人民调解组织规范化运行 | 长期
满意度指标 | 服务对象满意度指标 | 纠纷当事人满意度 | ≥92%
""")


def d06(path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = new_doc()
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("甪垣县人民调解“以案定补”及调解员培训项目绩效目标表").bold = True
    d.add_paragraph("主管部门：甪垣县司法局　　实施单位：甪垣县人民调解委员会工作指导中心　　项目资金：56.00万元")
    d.add_paragraph("年度总体目标：对全县人民调解组织成功调解的矛盾纠纷实行以案定补，开展调解员分级培训，推动矛盾纠纷就地化解。")
    docx_table(d, ["序号", "一级指标", "二级指标", "三级指标", "指标值"], R06, seq=True, widths=(1.2, 2.2, 2.8, 6.0, 4.0))
    d.save(path)


def p06():
    BINARY["06_tiaojie.docx"] = d06
    gold("06_antiword_doc_tiaojie.txt", R06, ["antiword", "libreoffice_doc_from_docx", "seq_column", "header_block"])


# ============================================================ 07 page screenshot -> tesseract OCR
R07 = rows("""
产出指标 | 数量指标 | 减免基本殡葬服务费用人数 | ≥2100人
产出指标 | 数量指标 | 生态安葬奖补户数 | ≥160户
产出指标 | 数量指标 | 集中治理散埋乱葬坟墓 | ≥900座
产出指标 | 质量指标 | 减免政策落实率 | 100%
产出指标 | 时效指标 | 奖补资金兑付时间 | 申请之日起20个工作日内
产出指标 | 成本指标 | 每具遗体基本服务减免标准 | 1500元
效益指标 | 社会效益指标 | 群众丧葬负担 | 明显减轻
效益指标 | 社会效益指标 | 遗体火化率 | ≥99.5%
效益指标 | 生态效益指标 | 节约林地耕地面积 | ≥45亩
效益指标 | 可持续影响指标 | 文明节俭治丧新风 | 持续巩固
满意度指标 | 服务对象满意度指标 | 服务对象满意度 | ≥95%
满意度指标 | 服务对象满意度指标 | 殡仪服务投诉率 | ≤1‰
""")


def p07():
    s1, s2 = spans(R07)
    out = ["<tr>" + cat_cells(R07, k, s1, s2) + f"<td>{e(r[2])}</td><td>{e(r[3])}</td></tr>" for k, r in enumerate(R07)]
    body = f'''<div class="article">
<h1 class="art-title">峣山县惠民殡葬基本服务费用减免项目绩效目标</h1>
{meta("2025-03-28", "峣山县民政局", "96")}
<div class="content">
<p>项目名称：惠民殡葬基本服务费用减免项目　　主管部门：峣山县民政局　　资金规模：238万元</p>
<table class="jx">
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>
{chr(10).join(out)}
</table>
</div></div>'''
    PAGES["07_binzang.html"] = page("峣山县", "峣山县惠民殡葬基本服务费用减免项目绩效目标", "峣山县民政局", "2025-03-28", body,
                                    tmpl=3, style="body{font-size:16px} table.jx td,table.jx th{padding:6px 10px}")
    gold("07_tesseract_ocr_binzang.txt", R07, ["tesseract_ocr", "chromium_screenshot", "th_header", "page_chrome"])


# ============================================================ 08 html2text body_width=0 ignore_tables=True
R08 = rows("""
产出指标 | 数量指标 | 航空摄影覆盖面积 | ≥1260平方公里
产出指标 | 数量指标 | 城区实景三维模型建设面积 | ≥86平方公里
产出指标 | 数量指标 | 更新基础地理信息要素图幅 | ≥320幅
产出指标 | 质量指标 | 成果质量检查一次合格率 | ≥95%
产出指标 | 质量指标 | 模型平面位置中误差 | ≤0.05米
产出指标 | 时效指标 | 航摄外业完成时间 | 2025年5月31日前
产出指标 | 时效指标 | 成果汇交时间 | 2025年12月20日前
产出指标 | 成本指标 | 每平方公里实景三维建模费用 | ≤1.8万元
效益指标 | 社会效益指标 | 接入实景三维底座的部门 | ≥15个
效益指标 | 社会效益指标 | 地理信息公共服务平台年调用次数 | ≥50万次
效益指标 | 可持续影响指标 | 地理信息数据更新机制 | 常态化运行
满意度指标 | 服务对象满意度指标 | 使用部门满意度 | ≥90%
满意度指标 | 服务对象满意度指标 | 社会公众查询用户满意度 | ≥85%
""")


def p08():
    s1, s2 = spans(R08)
    out = ["<tr>" + cat_cells(R08, k, s1, s2) + f"<td>{e(r[2])}</td><td>{e(r[3])}</td></tr>" for k, r in enumerate(R08)]
    body = f'''<div class="article">
<h1 class="art-title">坋城县实景三维地理信息底座建设项目绩效目标表</h1>
{meta("2025-02-27 16:02", "坋城县自然资源局", "408")}
<div class="article-con">
<p><strong>一、项目基本情况</strong></p>
<p>项目名称：坋城县实景三维地理信息底座建设项目；主管部门：坋城县自然资源局；实施单位：坋城县测绘与地理信息中心；项目资金：312万元。</p>
<p><strong>二、年度绩效目标</strong></p>
<p>完成全县1260平方公里航空摄影和城区86平方公里实景三维建模，更新基础地理信息数据，为自然资源管理、城市治理等提供统一的时空数据底座。</p>
<p><strong>三、绩效指标</strong></p>
<table class="jx">
<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead>
<tbody>
{chr(10).join(out)}
</tbody></table>
</div></div>'''
    PAGES["08_cehui.html"] = page("坋城县", "坋城县实景三维地理信息底座建设项目绩效目标表", "坋城县自然资源局", "2025-02-27", body, tmpl=2)
    gold("08_html2text_ignoretables_cehui.txt", R08, ["html2text_ignore_tables", "body_width_0", "cells_glued", "th_header",
                                                      "header_block_prose", "page_chrome"])


# ============================================================ 09 trafilatura markdown favor_recall
R09 = rows("""
产出指标 | 数量指标 | 修复破损档案 | ≥9500页
产出指标 | 数量指标 | 档案数字化扫描 | ≥32万画幅
产出指标 | 数量指标 | 著录档案条目 | ≥2.6万条
产出指标 | 质量指标 | 修复档案质量验收合格率 | 100%
产出指标 | 质量指标 | 数字化成果数据挂接准确率 | ≥99.5%
产出指标 | 时效指标 | 修复工作完成时间 | 2025年11月底前
产出指标 | 成本指标 | 档案修复费用 | ≤65元/页
效益指标 | 社会效益指标 | 年提供档案查阅利用 | ≥1500人次
效益指标 | 社会效益指标 | 档案原件调阅频次 | 较上年减少40%
效益指标 | 可持续影响指标 | 档案实体安全保存年限 | 显著延长
满意度指标 | 服务对象满意度指标 | 查档群众满意度 | ≥95%
满意度指标 | 服务对象满意度指标 | 利用单位满意度 | 不低于90%
""")


def p09():
    s1, s2 = spans(R09)
    out = ["<tr>" + cat_cells(R09, k, s1, s2) + f"<td>{e(r[2])}</td><td>{e(r[3])}</td></tr>" for k, r in enumerate(R09)]
    body = f'''<div class="article">
<h1 class="art-title">濛溪县馆藏民国档案抢救性修复及数字化项目绩效目标</h1>
{meta("2025-03-05", "濛溪县档案馆", "188")}
<div class="article-content">
<p>为加强馆藏珍贵档案保护，我馆2025年实施馆藏民国档案抢救性修复及数字化项目，项目资金146万元，绩效目标如下。</p>
<table class="jx" border="1">
<tr><td colspan="4" align="center"><b>2025年度项目绩效目标表</b></td></tr>
<tr><td colspan="2">项目名称</td><td colspan="2">馆藏民国档案抢救性修复及数字化项目</td></tr>
<tr><td colspan="2">实施单位</td><td colspan="2">濛溪县档案馆</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
{chr(10).join(out)}
</table>
<p>濛溪县档案馆</p><p>2025年3月4日</p>
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a/1.html">濛溪县档案馆2025年部门预算</a></li><li><a href="/a/2.html">濛溪县档案馆2024年度部门决算</a></li></ul></div>
</div>'''
    PAGES["09_dangan.html"] = page("濛溪县", "濛溪县馆藏民国档案抢救性修复及数字化项目绩效目标", "濛溪县档案馆", "2025-03-05", body, tmpl=1)
    gold("09_trafilatura_markdown_recall_dangan.txt", R09, ["trafilatura_markdown", "favor_recall", "colspan_title_rows",
                                                            "td_header", "header_block"])


# ============================================================ 10 inscriptis strict css, cell separator
R10 = rows("""
产出指标 | 数量指标 | 秋季普查面积 | ≥48万亩
产出指标 | 数量指标 | 清理疫木 | ≥2.3万株
产出指标 | 数量指标 | 设置媒介昆虫诱捕器 | ≥180套
产出指标 | 数量指标 | 打孔注药保护古松名松 | ≥1200株
产出指标 | 质量指标 | 疫木除治合格率 | 100%
产出指标 | 质量指标 | 疫木粉碎（切片）处理率 | 100%
产出指标 | 时效指标 | 除治工作完成时间 | 2026年3月31日前
产出指标 | 成本指标 | 每株疫木除治成本 | ≤120元
效益指标 | 生态效益指标 | 疫情发生面积 | 较上年下降10%
效益指标 | 生态效益指标 | 拔除疫点乡镇 | ≥2个
效益指标 | 社会效益指标 | 重点生态区位松林安全 | 有效保障
效益指标 | 可持续影响指标 | 联防联治长效机制 | 持续运行
满意度指标 | 服务对象满意度指标 | 林权所有者满意度 | ≥85%
""")


def p10():
    s1, s2 = spans(R10)
    out = ["<tr>" + cat_cells(R10, k, s1, s2) + f"<td>{e(r[2])}</td><td>{e(r[3])}</td></tr>" for k, r in enumerate(R10)]
    body = f'''<div class="article">
<h1 class="art-title">枧岭县2025年松材线虫病疫情防控项目绩效目标表</h1>
{meta("2025-03-19 11:20", "枧岭县林业局", "265")}
<div class="view TRS_UEDITOR">
<table class="jx proj"><tbody>
<tr><td>项目名称</td><td colspan="3">松材线虫病疫情防控项目</td></tr>
<tr><td>主管部门</td><td>枧岭县林业局</td><td>实施单位</td><td>枧岭县林业有害生物防治检疫站</td></tr>
<tr><td>项目资金（万元）</td><td colspan="3">年度资金总额：395.00　其中：中央财政资金150.00　省级财政资金120.00　县级财政资金125.00</td></tr>
<tr><td>年度总体目标</td><td colspan="3">完成秋季普查48万亩，清理除治疫木2.3万株，疫情发生面积和病死松树数量“双下降”，确保黄山松古树群等重点生态区位安全。</td></tr>
</tbody></table>
<table class="jx"><tbody>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
{chr(10).join(out)}
</tbody></table>
</div></div>'''
    PAGES["10_songcai.html"] = page("枧岭县", "枧岭县2025年松材线虫病疫情防控项目绩效目标表", "枧岭县林业局", "2025-03-19", body, tmpl=2)
    gold("10_inscriptis_strict_songcai.txt", R10, ["inscriptis_strict_css", "table_cell_separator", "td_header",
                                                   "header_block_table", "page_chrome"])


# ============================================================ 11 pandoc -t gfm (rowspans -> raw html table)
R11 = rows("""
产出指标 | 数量指标 | 承储化肥数量 | ≥3.5万吨
产出指标 | 数量指标 | 其中：钾肥储备 | ≥0.6万吨
产出指标 | 数量指标 | 承储企业数量 | 4家
产出指标 | 质量指标 | 储备化肥抽检合格率 | 100%
产出指标 | 质量指标 | 储备库存动态监管覆盖率 | 100%
产出指标 | 时效指标 | 储备到位时间 | 2025年1月20日前
产出指标 | 时效指标 | 春耕投放完成时间 | 2025年4月15日前
产出指标 | 成本指标 | 储备贴息补助标准 | ≤55元/吨
效益指标 | 经济效益指标 | 春耕期间化肥零售价格涨幅 | ≤5%
效益指标 | 社会效益指标 | 春耕用肥保障率 | ≥98%
效益指标 | 可持续影响指标 | 化肥储备调控机制 | 长期有效
满意度指标 | 服务对象满意度指标 | 种粮农户满意度 | ≥90%
""")


def p11():
    s1, s2 = spans(R11)
    out = ["<tr>" + cat_cells(R11, k, s1, s2) + f"<td>{e(r[2])}</td><td>{e(r[3])}</td></tr>" for k, r in enumerate(R11)]
    body = f'''<div class="article">
<h1 class="art-title">潢原市2025年化肥淡季商业储备项目绩效目标</h1>
{meta("2025-01-09", "潢原市供销合作社联合社", "132")}
<div class="TRS_Editor">
<p>项目概况：市级财政安排化肥淡季商业储备贴息补助资金192.5万元，委托4家承储企业储备化肥3.5万吨，保障春耕用肥供应和价格基本稳定。</p>
<table class="jx">
<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead>
<tbody>
{chr(10).join(out)}
</tbody></table>
</div></div>'''
    PAGES["11_gongxiao.html"] = page("潢原市", "潢原市2025年化肥淡季商业储备项目绩效目标", "潢原市供销合作社联合社", "2025-01-09", body, tmpl=3)
    gold("11_pandoc_gfm_gongxiao.txt", R11, ["pandoc_gfm", "gfm_pipe_table", "raw_html_divs", "merged_cells_blank", "th_header", "prose_above"])


# ============================================================ 12 w3m -dump -cols 200, two tables
R12A = rows("""
产出指标 | 数量指标 | 培训红十字救护员 | ≥3000人
产出指标 | 数量指标 | 开展普及性应急救护培训 | ≥1.5万人次
产出指标 | 数量指标 | 配置自动体外除颤器（AED） | 28台
产出指标 | 质量指标 | 救护员持证考核通过率 | ≥90%
产出指标 | 时效指标 | AED安装投用时间 | 2025年9月30日前
效益指标 | 社会效益指标 | 重点公共场所AED覆盖率 | 较上年提高15个百分点
满意度指标 | 服务对象满意度指标 | 参训学员满意度 | ≥95%
""")
R12B = rows("""
产出指标 | 数量指标 | 开展集中宣传活动 | ≥24场
产出指标 | 数量指标 | 采集造血干细胞血样 | ≥400人份
产出指标 | 质量指标 | 血样采集合格率 | ≥98%
产出指标 | 成本指标 | 每份血样采集检测费用 | ≤300元
效益指标 | 社会效益指标 | 遗体（器官）捐献志愿登记人数 | ≥800人
效益指标 | 可持续影响指标 | 捐献者缅怀纪念设施 | 长期维护
满意度指标 | 服务对象满意度指标 | 捐献者家属满意度 | ≥95%
""")


def p12():
    s1, s2 = spans(R12A)
    a = ["<tr>" + cat_cells(R12A, k, s1, s2) + f"<td>{e(r[2])}</td><td>{e(r[3])}</td></tr>" for k, r in enumerate(R12A)]
    s1, s2 = spans(R12B)
    b = [f"<tr><td>{k+1}</td>" + cat_cells(R12B, k, s1, s2) + f"<td>{e(r[2])}</td><td>{e(r[3])}</td></tr>" for k, r in enumerate(R12B)]
    body = f'''<div class="article">
<h1 class="art-title">洑口县红十字会2025年项目支出绩效目标公开</h1>
{meta("2025-02-20", "洑口县红十字会", "77")}
<div class="content">
<p>根据《洑口县县级部门预算绩效目标管理办法》，现将我会2025年两个项目的绩效目标公开如下。</p>
<h3>一、应急救护普及培训项目（预算资金48万元）</h3>
<table class="jx" border="1">
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>
{chr(10).join(a)}
</table>
<h3>二、人体器官和造血干细胞捐献宣传动员项目（预算资金21万元）</h3>
<table class="jx" border="1">
<tr><th>序号</th><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>
{chr(10).join(b)}
</table>
<p>咨询电话：0000-3318120</p>
</div></div>'''
    PAGES["12_hongshizi.html"] = page("洑口县", "洑口县红十字会2025年项目支出绩效目标公开", "洑口县红十字会", "2025-02-20", body, tmpl=2)
    gold("12_w3m_cols200_hongshizi.txt", R12A, ["w3m_dump_cols200", "box_table", "two_tables", "th_header", "page_chrome"])
    n0 = len(GOLDROWS)
    gold("12_w3m_cols200_hongshizi.txt", R12B, ["w3m_dump_cols200", "box_table", "two_tables", "second_table", "seq_column",
                                                "th_header", "page_chrome"])
    for k, g in enumerate(GOLDROWS[n0:]): g["n"] = len(R12A) + k + 1


# ============================================================ 13 table split over two crawled pages; markdownify with options
R13 = rows("""
产出指标 | 数量指标 | 地方储备粮轮换数量 | ≥1.8万吨
产出指标 | 数量指标 | 其中：稻谷轮换 | ≥1.2万吨
产出指标 | 数量指标 | 储备食用植物油轮换 | ≥600吨
产出指标 | 数量指标 | 仓房低温改造仓容 | ≥2.5万吨
产出指标 | 质量指标 | 轮入粮食质量达标率 | 100%
产出指标 | 质量指标 | 储存粮食宜存率 | ≥98%
产出指标 | 质量指标 | 库存数量账实相符率 | 100%
产出指标 | 时效指标 | 轮换架空期 | ≤4个月
产出指标 | 时效指标 | 轮换任务完成时间 | 2025年10月31日前
产出指标 | 成本指标 | 轮换费用补贴标准 | ≤80元/吨
效益指标 | 经济效益指标 | 轮换价差亏损 | 控制在预算以内
效益指标 | 社会效益指标 | 粮食应急保供能力 | 有效保障
效益指标 | 生态效益指标 | 储粮化学药剂使用量 | 较上年下降10%
满意度指标 | 服务对象满意度指标 | 承储企业满意度 | ≥90%
""")
SPLIT13 = 8   # rows 1-8 on page 1, rows 9-14 on page 2


def p13():
    s1, s2 = spans(R13)
    trs = ["<tr>" + cat_cells(R13, k, s1, s2) + f"<td>{e(r[2])}</td><td>{e(r[3])}</td></tr>" for k, r in enumerate(R13)]
    title = "粢川县2025年地方储备粮轮换及仓储设施改造项目绩效目标"
    pager = lambda cur: (f'<div class="pages" id="pagenav">共2页&nbsp;&nbsp;'
                         + ('<span class="cur">1</span> <a href="t20250303_5521_2.html">2</a> <a href="t20250303_5521_2.html">下一页</a>' if cur == 1 else
                            '<a href="t20250303_5521.html">上一页</a> <a href="t20250303_5521.html">1</a> <span class="cur">2</span>') + '</div>')
    b1 = f'''<div class="article">
<h1 class="art-title">{title}</h1>
{meta("2025-03-03", "粢川县发展和改革局（粮食和物资储备局）", "219")}
<div class="TRS_Editor">
<p>项目名称：地方储备粮轮换及仓储设施改造项目</p>
<p>主管部门：粢川县发展和改革局（粮食和物资储备局）　　实施单位：粢川县粮食收储有限公司</p>
<p>项目资金：286万元</p>
<table class="jx">
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
{chr(10).join(trs[:SPLIT13])}
</table>
</div>
{pager(1)}
</div>'''
    b2 = f'''<div class="article">
<h1 class="art-title">{title}</h1>
{meta("2025-03-03", "粢川县发展和改革局（粮食和物资储备局）", "219")}
<div class="TRS_Editor">
<table class="jx">
{chr(10).join(trs[SPLIT13:])}
</table>
<p>粢川县发展和改革局</p>
<p>2025年3月3日</p>
</div>
{pager(2)}
</div>'''
    PAGES["13_liangshi_p1.html"] = page("粢川县", title, "粢川县发展和改革局", "2025-03-03", b1, tmpl=1)
    PAGES["13_liangshi_p2.html"] = page("粢川县", title, "粢川县发展和改革局", "2025-03-03", b2, tmpl=1)
    gold("13_markdownify_split_pages_liangshi.txt", R13, ["markdownify_options", "table_split_two_pages", "td_header",
                                                          "header_block", "page_chrome"],
         extra=lambda k: ["second_page_no_header"] + (["merged_cell_cut_by_page_break"] if k == SPLIT13 else []) if k >= SPLIT13 else [])


# ============================================================ 14 mobile page, one card per indicator; readabilipy plain_text
R14 = rows("""
产出指标 | 数量指标 | 建档困难职工帮扶人数 | ≥420人
产出指标 | 数量指标 | 发放金秋助学金 | ≥150人
产出指标 | 数量指标 | 开展职工技能提升培训 | ≥800人次
产出指标 | 质量指标 | 帮扶对象精准识别率 | 100%
产出指标 | 质量指标 | 帮扶资金社会化发放率 | 100%
产出指标 | 时效指标 | 送温暖慰问资金发放时间 | 2026年春节前
产出指标 | 成本指标 | 生活救助标准 | ≤6000元/户·年
效益指标 | 社会效益指标 | 困难职工家庭解困脱困率 | ≥30%
效益指标 | 社会效益指标 | 子女因贫辍学人数 | 0人
效益指标 | 可持续影响指标 | 常态化帮扶机制 | 健全完善
满意度指标 | 服务对象满意度指标 | 受助职工满意度 | ≥95%
满意度指标 | 服务对象满意度指标 | 基层工会满意度 | ≥90%
""")


def p14():
    cards = []
    for k, r in enumerate(R14):
        cards.append(f'''<div class="zb-card"><div class="zb-no">指标{k+1}</div>
<div class="zb-line"><span class="zb-lbl">一级指标：</span><span class="zb-val">{e(r[0])}</span></div>
<div class="zb-line"><span class="zb-lbl">二级指标：</span><span class="zb-val">{e(r[1])}</span></div>
<div class="zb-line"><span class="zb-lbl">三级指标：</span><span class="zb-val">{e(r[2])}</span></div>
<div class="zb-line"><span class="zb-lbl">指标值：</span><span class="zb-val">{e(r[3])}</span></div></div>''')
    h = f'''<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>湔城区总工会困难职工帮扶项目绩效目标-湔城区政务公开（移动版）</title>
<style>body{{margin:0;font-size:15px;background:#f4f4f4}}.m-head{{background:#c8161d;color:#fff;padding:10px}}.zb-card{{background:#fff;margin:10px;padding:10px;border-radius:6px}}.zb-lbl{{color:#999}}</style></head>
<body>
<div class="m-head"><a class="back" href="javascript:history.back()">返回</a><span class="m-title">政务公开</span><a class="m-menu" href="/m/menu/">菜单</a></div>
<div class="m-body">
<h1 class="m-art-title">湔城区总工会2025年困难职工帮扶项目绩效目标</h1>
<p class="m-meta">2025-02-14　湔城区总工会</p>
<section class="m-proj">
<p>项目名称：困难职工帮扶项目</p>
<p>实施单位：湔城区职工服务中心</p>
<p>项目金额：215.6万元</p>
<p>年度目标：对建档困难职工实行分类精准帮扶，开展金秋助学、送温暖和技能培训，帮助困难职工家庭解困脱困。</p>
</section>
<section class="m-zb"><h2>绩效指标（共{len(R14)}项）</h2>
{chr(10).join(cards)}
</section>
<div class="m-share">分享到：微信　朋友圈　微博</div>
</div>
<div class="m-foot"><a href="/?pc=1">电脑版</a>　<a href="/m/">首页</a>　<a href="#top">顶部</a><p>湔城区人民政府办公室主办　ICP备{crc("湔城区") % 10**8:08d}号-1</p></div>
</body></html>
'''
    PAGES["14_gonghui_mobile.html"] = h
    gold("14_readabilipy_cards_gonghui.txt", R14, ["readabilipy_plain_text", "mobile_cards", "label_value_lines",
                                                   "categories_every_row", "header_block"], merged=False)


# ============================================================ 15 html-text extract_text(guess_layout=False): the page as one paragraph
R15 = rows("""
产出指标 | 数量指标 | 建设商标品牌指导站 | 6个
产出指标 | 数量指标 | 完成产业专利导航报告 | 2份
产出指标 | 数量指标 | 开展知识产权进企业活动 | ≥30场次
产出指标 | 数量指标 | 新增地理标志证明商标 | ≥2件
产出指标 | 质量指标 | 专利导航报告专家评审通过率 | 100%
产出指标 | 时效指标 | 指导站挂牌运行时间 | 2025年8月31日前
产出指标 | 成本指标 | 单份专利导航报告编制费用 | ≤25万元
效益指标 | 经济效益指标 | 知识产权质押融资金额 | ≥1.5亿元
效益指标 | 社会效益指标 | 每万人高价值发明专利拥有量 | 较上年增加0.8件
效益指标 | 社会效益指标 | 商标侵权案件办结率 | ≥95%
效益指标 | 可持续影响指标 | 知识产权公共服务网络 | 覆盖全部产业园区
满意度指标 | 服务对象满意度指标 | 服务企业满意度 | ≥90%
""")


def p15():
    s1, s2 = spans(R15)
    out = [f'<tr><td>{k+1}</td>' + cat_cells(R15, k, s1, s2) + f"<td>{e(r[2])}</td><td>{e(r[3])}</td></tr>" for k, r in enumerate(R15)]
    body = f'''<div class="article">
<h1 class="art-title">埕洲市知识产权强市建设专项资金（商标品牌指导站及专利导航）绩效目标</h1>
{meta("2025-04-02", "埕洲市市场监督管理局", "154")}
<div class="article-body">
<p>为推进知识产权强市建设，2025年市级财政安排专项资金210万元，用于商标品牌指导站建设、产业专利导航和知识产权公共服务。项目绩效目标见下表。</p>
<table class="jx" border="1">
<tr><td>序号</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
{chr(10).join(out)}
</table>
<p>埕洲市市场监督管理局（埕洲市知识产权局）</p>
</div></div>'''
    PAGES["15_zhuanli.html"] = page("埕洲市", "埕洲市知识产权强市建设专项资金（商标品牌指导站及专利导航）绩效目标", "埕洲市市场监督管理局",
                                    "2025-04-02", body, tmpl=1)
    gold("15_htmltext_nolayout_zhuanli.txt", R15, ["html_text_guess_layout_false", "one_paragraph", "space_separated_cells", "page_chrome", "seq_column", "td_header",
                                                   "prose_above"])


# ============================================================ 16 docx (vertical merges, 备注) -> docx2txt
R16 = rows("""
产出指标 | 数量指标 | 免费检定强检计量器具 | ≥2.4万台（件） |
产出指标 | 数量指标 | 其中：集贸市场电子计价秤 | ≥3600台 | 含农贸市场公平秤
产出指标 | 数量指标 | 加油机检定枪数 | ≥1100枪 |
产出指标 | 质量指标 | 检定结果准确率 | 100% |
产出指标 | 质量指标 | 检定证书出具规范率 | ≥99% |
产出指标 | 时效指标 | 检定完成时限 | 收到申请之日起10个工作日内 |
产出指标 | 成本指标 | 每台（件）平均检定成本 | ≤35元 |
效益指标 | 经济效益指标 | 为企业及个体工商户减免检定费 | ≥80万元 |
效益指标 | 社会效益指标 | 民生计量器具受检率 | ≥98% |
效益指标 | 社会效益指标 | 计量纠纷投诉 | 较上年下降20% |
效益指标 | 可持续影响指标 | 计量惠民长效机制 | 持续运行 |
满意度指标 | 服务对象满意度指标 | 受检单位满意度 | ≥90% |
""")


def d16(path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = new_doc()
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("垟川县强制检定计量器具免费检定项目支出绩效目标表").bold = True
    info = d.add_table(rows=4, cols=2); info.style = "Table Grid"
    for i, (a, b) in enumerate([("项目名称", "强制检定计量器具免费检定项目"), ("主管部门", "垟川县市场监督管理局"),
                                ("实施单位", "垟川县计量检定测试所"), ("项目资金（万元）", "84.00")]):
        info.cell(i, 0).text = a; info.cell(i, 1).text = b
    d.add_paragraph("")
    docx_table(d, ["一级指标", "二级指标", "三级指标", "指标值", "备注"], R16, widths=(2.2, 2.8, 5.4, 4.2, 2.8))
    d.add_paragraph("填报人：钱卫东　　审核人：孟小川")
    d.save(path)


def p16():
    BINARY["16_jiliang.docx"] = d16
    gold("16_docx2txt_jiliang.txt", R16, ["docx2txt", "docx_table", "vertical_merge", "remark_column", "header_block"])


def main():
    for f in (p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16):
        f()
    for name, text in PAGES.items():
        (HERE / name).write_text(text, encoding="utf-8")
    for name, fn in BINARY.items():
        fn(str(HERE / name))
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
