#!/usr/bin/env python3
"""Set 39: write the 16 invented pages (html, one xlsx) from the hand-typed tables in DATA, and the gold.

DATA: one table row a line, cells split by `|`; an empty category cell continues the merged cell above;
`¶` is a `<br>` inside a cell; a line starting with `!` is a row present in the markup with display:none.
Column roles: l1 l2 name annual period op num unit seq note expl std actual score got reason side.
Usage: python make_pages.py [PAGEDIR] [GOLDPATH]
"""
import html as H, json, os, re, sys

L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14",
      "社会成本指标": "14", "生态环境成本指标": "14", "经济效益指标": "21", "社会效益指标": "22",
      "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31"}
HEAD = {"l1": "一级指标", "l2": "二级指标", "name": "三级指标", "annual": "指标值", "period": "实施期指标值",
        "op": "计算符号", "num": "指标值", "unit": "计量单位", "seq": "序号", "note": "备注", "expl": "指标解释",
        "std": "评分标准", "actual": "实际完成值", "score": "分值", "got": "得分", "reason": "偏差原因分析及改进措施"}

DATA = {}
DATA["01"] = dict(slug="ganghang", cols="l1 l2 name annual", rows="""
产出指标|数量指标|航道维护里程|≥186公里
||航标维护数量|412座
||航道扫床测量|不少于2次
!||清除碍航物|≥35处
|质量指标|航道维护尺度达标率|≥98%
||航标正常率|不低于99.5%
||养护工程质量|符合规定
|时效指标|汛前航道疏浚完成时间|2025年6月30日前
||航标故障处置时限|接报后24小时内
|成本指标|单位里程养护成本|≤1.2万元/公里
效益指标|经济效益指标|内河货运量|较上年增长3%-5%
|社会效益指标|航道通航保证率|≥95%
||水上交通事故发生率|较上年下降0.5个百分点
满意度指标|服务对象满意度指标|船舶和港航企业满意度|≥90%
""")
DATA["02"] = dict(slug="kouan", cols="l1 l2 name annual", rows="""
产出指标|数量指标|口岸查验设施设备更新|≥26台（套）
||国际贸易“单一窗口”推广应用企业|不少于320家
||开展通关业务培训|6期
|质量指标|设施设备验收合格率|100%
||“单一窗口”主要业务应用率|≥95%
|时效指标|进口整体通关时间|不高于35小时
||设备采购完成时间|2025年9月30日前
|成本指标|项目支出|不超过预算
效益指标|经济效益指标|口岸进出口货值|较上年增长8%
|社会效益指标|通关便利化水平|有效提升
|可持续影响指标|口岸协作机制|逐步完善
满意度指标|服务对象满意度指标|进出口企业满意度|90%-95%
""")
DATA["03"] = dict(slug="xiaofang", cols="l1 l2 name annual actual score got reason", rows="""
产出指标|数量指标|购置抢险救援车辆|12辆|12辆|8|8|
||配备个人防护装备|≥1500套|1620套|8|8|
||新建小型消防站|4个|3个|8|6|1个站点用地手续滞后，已列入2025年计划
|质量指标|装备验收合格率|100%|100%|8|8|
||车辆完好率|≥95%|97.2%|7|7|
|时效指标|装备列装时间|2024年11月30日前|2024年11月25日|7|7|
||接警出动时间|≤1分钟|45秒|5|5|
|成本指标|装备采购节支率|≥3%|4.1%|4|4|
效益指标|社会效益指标|火灾事故发生率|≤0.3‰|0.21‰|10|10|
||灭火救援能力|有效提升|有效提升|10|10|
|可持续影响指标|装备维护保养制度|逐步完善|已建立|7|6|维护保养台账尚不完整，下一步加强管理
满意度指标|服务对象满意度指标|辖区群众满意度|≥90%|93.6%|8|8|
""")
DATA["04"] = dict(slug="gongjijin", cols="l1 l2 name annual", rows="""
产出指标|数量指标|新增缴存职工人数|≥2.6万人
||发放个人住房贷款|≥18亿元
||提取业务办理笔数|不少于9万笔
|质量指标|个贷逾期率|≤0.3‰
||资金使用率|85%-95%
||业务差错率|≤0.05%
|时效指标|提取业务办结时限|收到申请后5个工作日内
||贷款审批时限|≤10个工作日
|成本指标|灵活就业人员缴存补贴标准|≤1.2万元/户
效益指标|经济效益指标|降低职工购房利息支出|≥1.5亿元
|社会效益指标|新市民、青年人缴存覆盖面|较上年提高2个百分点
满意度指标|服务对象满意度指标|缴存职工满意度|≥92%
""")
DATA["05"] = dict(slug="jiaoyi", cols="l1 l2 name op num unit", rows="""
产出指标|数量指标|进场交易项目|≥|1200|宗
||电子化交易系统运维|＝|12|月
||评标专家培训|≥|300|人次
|质量指标|全流程电子化交易率|＝|100|%
||系统故障率|≤|1|‰
||交易流程|定性|符合规定|
|时效指标|系统故障响应时间|≤|30|分钟
||运维服务合同签订时间|定性|2025年3月31日前|
|成本指标|运维服务费用|≤|86|万元
效益指标|经济效益指标|节约交易主体成本|≥|500|万元
|社会效益指标|交易公开透明度|定性|有效提升|
|可持续影响指标|平台安全稳定运行|定性|是|
满意度指标|服务对象满意度指标|市场主体满意度|≥|95|%
""")
DATA["06"] = dict(slug="xumu", cols="l1 l2 name annual", rows="""
产出指标|数量指标|强制免疫动物|≥86万头（只）
||畜禽免疫档案建档|不少于1200户
||动物疫病监测采样|≥6000份
|质量指标|应免畜禽免疫密度|≥90%
||免疫抗体合格率|≥70%
|时效指标|春季集中免疫完成时间|2025年5月31日前
||补助资金拨付|及时足额
成本指标|经济成本指标|强制免疫疫苗采购成本|≤62万元
||村级防疫员劳务补助标准|≤2400元/人/年
|社会成本指标|是否造成畜产品供应中断|否
|生态环境成本指标|病死畜禽无害化处理率|100%
效益指标|社会效益指标|重大动物疫情发生|0起
|生态效益指标|养殖环境|持续改善
满意度指标|服务对象满意度指标|养殖场户满意度|≥90%
""")
DATA["07"] = dict(slug="yuye", cols="l1 l2 name annual period", rows="""
产出指标|数量指标|增殖放流苗种|≥1200万尾|≥3600万尾
||渔政执法巡查|≥150次|≥450次
||更新渔政执法船艇|1艘|3艘
|质量指标|放流苗种检验检疫合格率|100%|100%
||执法案件办结率|≥95%|≥95%
|时效指标|增殖放流完成时间|2025年6月30日前|每年6月30日前
|成本指标|苗种采购单价|不高于市场均价|不高于市场均价
效益指标|经济效益指标|渔民增收|≥300万元|≥1000万元
|生态效益指标|重点水域水生生物多样性|逐步恢复|明显恢复
||禁捕水域非法捕捞案件|较上年下降10%|下降30%以上
|可持续影响指标|禁捕退捕长效管控机制|逐步完善|基本建立
满意度指标|服务对象满意度指标|渔民群众满意度|≥90%|≥92%
""")
DATA["08"] = dict(slug="wangxin", cols="l1 l2 name annual std", rows="""
产出指标|数量指标|网络安全检查覆盖单位|≥120家|每少1家扣0.1分
||网络安全宣传周活动|1次|未开展不得分
||网评员培训|≥4期|每少1期扣1分
|质量指标|网络安全事件处置率|100%|未达到不得分
||重要信息系统等级保护测评通过率|≥95%|按比例得分
|时效指标|网络安全事件响应时间|≤2小时|超时1次扣1分
||年度检查完成时间|2025年10月31日前|逾期不得分
|成本指标|项目成本控制|不超过预算|超预算不得分
效益指标|社会效益指标|重大网络安全事件发生数|0起|发生1起不得分
||网络舆情引导能力|有效提升|视情况酌情扣分
|可持续影响指标|网络安全工作责任制|长效落实|未落实不得分
满意度指标|服务对象满意度指标|网民及服务单位满意度|≥90%|每低1个百分点扣0.5分
""")
DATA["09"] = dict(slug="guozi", cols="l1 l2 name annual", rows="""
产出指标|数量指标|监管企业年度¶经营业绩考核|≥18户
||出资企业财务决算审核|18户
||国有资产产权登记|≥260项
||专项审计（巡查）|≥6次
|质量指标|国有资产保值增值率|≥103%
||考核结果运用率|100%
||监管企业平均资产负债率|≤65%
|时效指标|年度考核结果公布时间|2025年6月30日前
||产权登记办理时限|收到材料后5个工作日内
|成本指标|部门支出|不超过预算
效益指标|经济效益指标|监管企业营业收入增长|5%-8%
||国有资本收益上缴|≥1.2亿元
|社会效益指标|国资监管规范化水平|进一步提升
|可持续影响指标|国企改革深化提升行动任务|按期完成
||重大决策违规发生率|0
满意度指标|服务对象满意度指标|监管企业满意度|≥90%
""")
DATA["10"] = dict(slug="gongzheng", cols="l1 l2 name annual note", rows="""
产出指标|数量指标|办理公证事项|≥4500件|
||为困难群众减免公证费|≥300件|含法律援助对象
||上门办证服务|不少于60次|
|质量指标|公证文书差错率|≤0.3%|
||公证档案归档率|100%|
|时效指标|一般公证事项办结时限|受理后15个工作日内|
||补助资金发放|2025年12月31日前|
|成本指标|减免费用补助标准|≤200元/件|按实际减免核定
效益指标|社会效益指标|公证投诉办结率|100%|
||困难群众公证服务可及性|有效提高|
|可持续影响指标|公证便民服务机制|持续完善|
满意度指标|服务对象满意度指标|当事人满意度|≥95%|
""")
DATA["11"] = dict(slug="laoling", cols="l1 l2 name period annual", rows="""
产出指标|数量指标|新建社区养老服务站|≥12个|4个
||特殊困难老年人家庭¶适老化改造|≥900户|300户
||开展老年人能力评估|≥6000人次|2000人次
||老年助餐服务|≥18万人次|6万人次
|质量指标|养老服务站运营达标率|≥90%|≥90%
||适老化改造验收合格率|100%|100%
|时效指标|改造补助发放|验收合格后30日内|验收合格后30日内
|成本指标|适老化改造补助标准|≤3500元/户|≤3500元/户
效益指标|社会效益指标|老年人居家养老服务覆盖率|提高5个百分点|提高2个百分点
||老年人居家意外伤害风险|有效降低|有效降低
|可持续影响指标|居家社区养老服务网络|基本建成|逐步完善
满意度指标|服务对象满意度指标|服务老年人满意度|≥90%|≥90%
||老年人家属满意度|≥85%|≥85%
""")
DATA["12a"] = dict(slug="zhaoshang", cols="seq l1 l2 name annual", rows="""
1|产出指标|数量指标|举办招商推介会|≥4场
2|||新签约项目|≥30个
3||质量指标|签约项目履约率|≥80%
4||时效指标|项目落地开工时间|签约后6个月内
5|效益指标|经济效益指标|新增到位资金|≥45亿元
6||社会效益指标|新增就业岗位|≥1500个
7|满意度指标|服务对象满意度指标|签约企业满意度|≥90%
""")
DATA["12b"] = dict(slug="zhaoshang", cols="seq l1 l2 name annual", rows="""
1|产出指标|数量指标|营商环境评价指标覆盖|18项
2||质量指标|评价报告通过专家评审|是
3||时效指标|评价报告提交时间|2025年11月30日前
4|成本指标|经济成本指标|评价服务采购费用|≤38万元
5|效益指标|社会效益指标|营商环境便利度|有效提升
6|满意度指标|服务对象满意度指标|市场主体满意度|≥88%
""")
DATA["13"] = dict(slug="rencai", cols="seq name annual note", rows="""
1|引进高层次人才|≥40人|
2|人才安家补贴标准|≤10万元/人|按A、B、C、D类人才¶层次分档，分三年发放
3|人才公寓配租|不少于120套|
4|柔性引才合作项目|≥15个|
5|人才服务“一站式”¶办理事项|≥20项|
6|人才补贴兑现时限|收到申请后10个工作日内|材料齐全的
7|补贴资金发放|及时足额|
8|人才政策知晓率|≥85%|
9|引进人才留存率|≥90%|引进满三年后仍在本县¶工作人数占引进总数比例
10|人才工作经费使用|符合规定|
11|人才创新创业项目产值增长|10%-15%|
12|引进人才满意度|≥90%|
""")
DATA["14a"] = dict(slug="pingshen", cols="l1 l2 name annual expl", rows="""
产出指标|数量指标|完成投资评审项目|≥350个|年度内出具评审报告的项目个数
||评审金额|≥42亿元|送审金额合计
|质量指标|审减率|5%-10%|审减金额/送审金额×100%
||评审报告复核差错率|≤1%|
|时效指标|一般项目评审时限|收到完整资料后20个工作日内|
效益指标|经济效益指标|节约财政资金|≥2.5亿元|审减金额
满意度指标|服务对象满意度指标|项目单位满意度|≥90%|问卷调查
""")
DATA["14b"] = dict(slug="pingshen", cols="l1 l2 name annual expl", rows="""
产出指标|数量指标|政府采购项目抽查|≥60个|
||代理机构监督检查|≥12家|
|质量指标|采购意向公开率|100%|
||投诉处理合规率|100%|
|时效指标|投诉处理时限|受理后30个工作日内|
效益指标|社会效益指标|面向中小企业预留份额|不低于40%|
|可持续影响指标|政府采购营商环境|持续优化|
""")
DATA["15"] = dict(slug="shuju", cols="l1 l2 name annual unit", rows="""
产出指标|数量指标|共享数据目录|≥1800|条
||数据接口调用|≥300|万次
||政务云虚拟机运维|≥450|台
|质量指标|数据共享交换成功率|≥99.5|%
||系统可用率|≥99.9|%
||数据安全|无泄露事件|
|时效指标|数据需求响应时间|≤3|个工作日
||平台升级上线时间|2025年8月31日前|
|成本指标|运维费用|≤146|万元
效益指标|社会效益指标|“一网通办”事项网办率|提高3|个百分点
|可持续影响指标|数据共享机制|逐步完善|
满意度指标|服务对象满意度指标|部门用户满意度|≥90|%
""")
DATA["16"] = dict(slug="nonggai", cols="l1 l2 name annual note", rows="""
产出指标|数量指标|奖补项目个数|≥45个|
||新建村内道路|≥38公里|
||新建（改造）村级文化广场|≥9个|
||安装太阳能路灯|≥1200盏|
|质量指标|项目验收合格率|100%|
||工程质量|符合规定|
|时效指标|项目完工时间|2025年10月31日前|
||奖补资金拨付时间|验收合格后15日内|
|成本指标|村内道路奖补标准|≤35万元/公里|
||单个项目奖补上限|≤150万元|含县级配套
效益指标|社会效益指标|村民出行条件|有效改善|
||受益群众|≥5.6万人|
|可持续影响指标|建后管护机制|建立并运行|
满意度指标|服务对象满意度指标|受益村民满意度|≥90%|
""")

# ---------------------------------------------------------------- table model
def parse(key):
    d = DATA[key]
    cols = d["cols"].split()
    rows = []
    for line in d["rows"].strip("\n").split("\n"):
        hidden = line.startswith("!")
        cells = (line[1:] if hidden else line).split("|")
        assert len(cells) == len(cols), (key, line)
        rows.append(dict(zip(cols, cells), _hidden=hidden))
    return cols, rows

def spans(cols, rows):
    """rowspan per (row, col) for the merged category columns; 0 = covered."""
    sp = [{c: 1 for c in cols} for _ in rows]
    for c in ("l1", "l2"):
        if c not in cols:
            continue
        start = None
        for i, r in enumerate(rows):
            if r[c] != "":
                start = i
            elif start is not None:
                sp[start][c] += 1
                sp[i][c] = 0
    return sp

def esc(s):
    return H.escape(s, quote=False).replace("¶", "<br>")

def plain(s):
    return s.replace("¶", "")

# cell formatters -----------------------------------------------------------
def f_plain(s): return esc(s)
def f_trs(s): return '<p style="text-align:center;line-height:1.5em">%s</p>' % esc(s)
def f_font(s): return '<font size="2" face="宋体">%s</font>' % esc(s)
def f_mso(s):
    if s == "":
        return "<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
    parts = re.findall(r"[0-9A-Za-z.%‰]+|[^0-9A-Za-z.%‰]+", s.replace("¶", "\n"))
    out = []
    for p in parts:
        if re.match(r"[0-9A-Za-z.%‰]", p):
            out.append("<span lang=EN-US style='font-size:10.5pt;font-family:\"Times New Roman\",serif;mso-fareast-font-family:仿宋_GB2312'>%s</span>" % esc(p))
        else:
            out.append("<span style='font-size:10.5pt;font-family:仿宋_GB2312;mso-hansi-font-family:\"Times New Roman\"'>%s</span>" % esc(p).replace("\n", "<br>"))
    return "<p class=MsoNormal align=center style='text-align:center;mso-pagination:widow-orphan'>%s<span lang=EN-US style='font-size:10.5pt'><o:p></o:p></span></p>" % "".join(out)
def f_wps(s):
    if s == "":
        return '<p class="MsoNormal" align="center" style="text-align:center;"><span style="font-family:宋体;font-size:10.5000pt;"><o:p>&nbsp;</o:p></span></p>'
    return ('<p class="MsoNormal" align="center" style="text-align:center;"><span style="font-family:宋体;mso-ascii-font-family:Calibri;'
            'mso-hansi-font-family:Calibri;font-size:10.5000pt;mso-font-kerning:0.0000pt;"><font face="宋体">%s</font></span>'
            '<span style="font-family:宋体;font-size:10.5000pt;"><o:p></o:p></span></p>') % esc(s)

def std_table(cols, rows, fmt=f_plain, table_attr='border="1" cellspacing="0" cellpadding="4"', th=True, thead=False,
              td_attr="", heads=None, tr_first="", indent="  "):
    heads = heads or [HEAD[c] for c in cols]
    sp = spans(cols, rows)
    tag = "th" if th else "td"
    o = ["<table %s>" % table_attr]
    if thead:
        o.append(indent + "<thead>")
    o.append(indent + "<tr%s>" % tr_first + "".join("<%s%s>%s</%s>" % (tag, td_attr, fmt(h), tag) for h in heads) + "</tr>")
    if thead:
        o.append(indent + "</thead>")
    o.append(indent + "<tbody>")
    for r, s in zip(rows, sp):
        cells = []
        for c in cols:
            if s[c] == 0:
                continue
            rs = ' rowspan="%d"' % s[c] if s[c] > 1 else ""
            cells.append("<td%s%s>%s</td>" % (rs, td_attr, fmt(r[c])))
        st = ' style="display:none"' if r["_hidden"] else ""
        o.append(indent + "<tr%s>" % st + "".join(cells) + "</tr>")
    o.append(indent + "</tbody>")
    o.append("</table>")
    return "\n".join(o)

# ---------------------------------------------------------------- page chrome
CSS = "body{font-family:'Microsoft YaHei',SimSun,sans-serif;font-size:14px;margin:0}.w{width:1100px;margin:0 auto}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 6px}"

def page(title, site, crumbs, meta, body, foot, head_extra="", css=CSS, mobile=False):
    vp = '<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">\n' if mobile else ""
    nav = "".join('<li><a href="#">%s</a></li>' % n for n in ["首页", "机构概况", "政务公开", "政务服务", "互动交流", "专题专栏"])
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
{vp}<title>{title}_{site}</title>
<style>{css}</style>
{head_extra}</head>
<body>
<div class="topbar"><div class="w"><span>今天是：2025年3月12日</span> <a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">English</a></div></div>
<div class="header"><div class="w"><h1 class="logo">{site}</h1><form class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></form></div></div>
<ul class="nav">{nav}</ul>
<div class="w crumb">您当前的位置：<a href="#">首页</a> &gt; {" &gt; ".join('<a href="#">%s</a>' % c for c in crumbs)}</div>
<div class="w main">
<h2 class="art-title">{title}</h2>
<div class="art-meta">{meta} <span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span> <a href="#">打印</a></div>
{body}
</div>
<div class="footer"><div class="w">{foot}</div></div>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="about:blank";}})();</script>
</body>
</html>
"""

def foot(host, org, code, icp, ga):
    return (f'<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>'
            f'<p>主办单位：{org}　承办：{host}</p><p>网站标识码：{code}　{icp}　{ga}</p>')

# ---------------------------------------------------------------- pages
def p01():
    cols, rows = parse("01")
    tb = std_table(cols, rows, fmt=f_trs, th=False, table_attr='width="100%" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;word-break:break-all"')
    proj = """<table width="100%" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><p style="text-align:center">项目名称</p></td><td colspan="3"><p>内河航道养护项目</p></td></tr>
<tr><td><p style="text-align:center">主管部门</p></td><td><p>氿滨市交通运输局</p></td><td><p style="text-align:center">实施单位</p></td><td><p>氿滨市港航事业发展中心</p></td></tr>
<tr><td><p style="text-align:center">项目资金（万元）</p></td><td colspan="3"><p>年度资金总额：486.00　其中：财政拨款：486.00　其他资金：0</p></td></tr>
<tr><td><p style="text-align:center">年度总体目标</p></td><td colspan="3"><p>完成全市186公里等级航道日常养护和412座航标维护，保障航道畅通和通航安全。</p></td></tr>
</table>"""
    body = f"""<div class="art-con"><div class="TRS_Editor"><style type="text/css">.TRS_Editor P{{margin-top:0;margin-bottom:8px;line-height:1.8;font-family:宋体;font-size:12pt}}.TRS_Editor TD{{font-size:10.5pt}}</style>
<p style="text-indent:2em">根据预算公开有关要求，现将氿滨市港航事业发展中心2025年度项目支出绩效目标公开如下：</p>
<p style="text-align:center"><strong>2025年度项目支出绩效目标表</strong></p>
{proj}
<p>&nbsp;</p>
{tb}
<p style="text-align:right">氿滨市港航事业发展中心</p><p style="text-align:right">2025年2月26日</p>
</div></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>"""
    return page("氿滨市港航事业发展中心2025年度内河航道养护项目支出绩效目标表", "氿滨市交通运输局",
                ["政府信息公开", "财政资金", "预算公开"], "发布时间：2025-02-28 09:30　来源：氿滨市港航事业发展中心　浏览次数：213",
                body, foot("氿滨市交通运输局办公室", "氿滨市交通运输局", "3306000041", "浙ICP备18024417号-2", "浙公网安备 33060202000418号"))

def p02():
    cols, rows = parse("02")
    # div/flex grid: category columns as flex children that contain the nested rows
    css = CSS + ".gt{border:1px solid #bbb;font-size:13px}.gt .hd,.gt .rw{display:flex}.gt .c{border:1px solid #ddd;padding:6px;box-sizing:border-box}.c1{width:120px}.c2{width:150px}.c3{flex:1}.c4{width:200px}.grp{display:flex}.sub{flex:1;display:flex;flex-direction:column}.hd .c{background:#f2f6fc;font-weight:bold}"
    o = ['<div class="gt">', '<div class="hd"><div class="c c1">一级指标</div><div class="c c2">二级指标</div><div class="c c3">三级指标</div><div class="c c4">指标值</div></div>']
    # group by l1 then l2
    i = 0
    while i < len(rows):
        j = i + 1
        while j < len(rows) and rows[j]["l1"] == "":
            j += 1
        o.append('<div class="grp"><div class="c c1">%s</div><div class="sub">' % esc(rows[i]["l1"]))
        k = i
        while k < j:
            m = k + 1
            while m < j and rows[m]["l2"] == "":
                m += 1
            o.append('<div class="grp"><div class="c c2">%s</div><div class="sub">' % esc(rows[k]["l2"]))
            for r in rows[k:m]:
                o.append('<div class="rw"><div class="c c3">%s</div><div class="c c4">%s</div></div>' % (esc(r["name"]), esc(r["annual"])))
            o.append("</div></div>")
            k = m
        o.append("</div></div>")
        i = j
    o.append("</div>")
    body = f"""<div class="article-content">
<p>　　按照预算绩效管理工作要求，现公开漴阳市口岸和物流办公室2025年度口岸通关便利化项目绩效目标。</p>
<p>　　项目名称：口岸通关便利化项目　　项目金额：318.50万元</p>
<div class="tb-title">口岸通关便利化项目绩效指标</div>
{chr(10).join(o)}
<p>　　联系电话：0000-82316657</p>
</div>
<div class="attach">相关附件：<a href="#">漴阳市口岸和物流办公室2025年部门预算.pdf</a></div>"""
    return page("漴阳市口岸和物流办公室2025年度口岸通关便利化项目绩效目标", "漴阳市口岸和物流办公室",
                ["信息公开", "预决算公开"], "时间：2025-03-05　来源：本站　阅读：96", body,
                foot("漴阳市大数据局", "漴阳市口岸和物流办公室", "4509000077", "桂ICP备19003358号", "桂公网安备 45090202000261号"), css=css)

def p03():
    cols, rows = parse("03")
    sp = spans(cols, rows)
    o = ['<table class="zp" border="1" cellspacing="0" cellpadding="3">',
         '<tr><td colspan="8" style="text-align:center"><b>项目支出绩效自评表</b><br>（2024年度）</td></tr>',
         '<tr><td>项目名称</td><td colspan="7">消防救援队伍装备建设补助资金</td></tr>',
         '<tr><td>主管部门</td><td colspan="3">瀍江省应急管理厅</td><td>实施单位</td><td colspan="3">瀍江省消防救援总队</td></tr>',
         '<tr><td rowspan="2">项目资金（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>',
         '<tr><td>年度资金总额</td><td>3860.00</td><td>3860.00</td><td>3752.30</td><td>10</td><td>97.2%</td><td>9.72</td></tr>',
         '<tr><td rowspan="2">年度总体目标</td><td colspan="3">预期目标</td><td colspan="4">实际完成情况</td></tr>',
         '<tr><td colspan="3">购置抢险救援车辆12辆，配备个人防护装备1500套以上，新建小型消防站4个。</td><td colspan="4">购置车辆12辆，配备防护装备1620套，建成小型消防站3个。</td></tr>',
         '<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>']
    for r, s in zip(rows, sp):
        cells = []
        for c in cols:
            if s[c] == 0:
                continue
            rs = ' rowspan="%d"' % s[c] if s[c] > 1 else ""
            cells.append("<td%s>%s</td>" % (rs, esc(r[c])))
        o.append("<tr>" + "".join(cells) + "</tr>")
    o.append('<tr><td colspan="5">总分</td><td>100</td><td>96.72</td><td></td></tr>')
    o.append("</table>")
    css = "body{font-family:sans-serif;margin:0;font-size:15px}.m-head{background:#c00;color:#fff;padding:10px}.m-con{padding:10px}.tbwrap{overflow-x:auto}table{border-collapse:collapse;font-size:12px}td{border:1px solid #999;padding:3px;min-width:48px}.m-nav a{margin-right:8px}"
    body_html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>瀍江省消防救援总队2024年度项目支出绩效自评表</title>
<style>{css}</style>
</head>
<body>
<div class="m-head"><span class="back">&lt;</span> 瀍江消防</div>
<div class="m-nav"><a href="#">首页</a><a href="#">消防新闻</a><a href="#">信息公开</a><a href="#">办事服务</a></div>
<div class="m-con">
<h1 style="font-size:18px">瀍江省消防救援总队2024年度消防救援队伍装备建设补助资金绩效自评表</h1>
<div class="m-meta">2025-04-18　来源：后勤装备处</div>
<p>　　根据《瀍江省省级预算绩效自评工作规程》，我总队对2024年度消防救援队伍装备建设补助资金开展了绩效自评，现将自评结果公开如下：</p>
<div class="tbwrap">
{chr(10).join(o)}
</div>
<p>填报人：王某　　联系电话：0000-87051119　　填报日期：2025年3月28日</p>
</div>
<div class="m-foot"><p>瀍江省消防救援总队 版权所有</p><p>网站标识码：bm4100003　ICP备2021004712号-1</p></div>
</body>
</html>
"""
    return body_html

def p04():
    cols, rows = parse("04")
    sp = spans(cols, rows)
    heads = ["一级指标", "二级指标", "三级指标", "指标值"]
    colg = '<colgroup><col name="col_1" width="110"><col name="col_2" width="130"><col name="col_3" width="260"><col name="col_4" width="220"></colgroup>'
    o = ['<div class="vxe-table vxe-table--render-default tid_21 border--full size--small">',
         '<div class="vxe-table--main-wrapper">',
         '<div class="vxe-table--header-wrapper body--wrapper"><table class="vxe-table--header" cellspacing="0" cellpadding="0" border="0">' + colg + '<thead><tr class="vxe-header--row">' +
         "".join('<th colid="col_%d" class="vxe-header--column col--center"><div class="vxe-cell"><span class="vxe-cell--title">%s</span></div></th>' % (k + 1, h) for k, h in enumerate(heads)) +
         '</tr></thead></table></div>',
         '<div class="vxe-table--body-wrapper body--wrapper"><table class="vxe-table--body" cellspacing="0" cellpadding="0" border="0">' + colg + '<tbody>']
    for i, (r, s) in enumerate(zip(rows, sp)):
        cells = []
        for k, c in enumerate(cols):
            if s[c] == 0:
                continue
            rs = ' rowspan="%d"' % s[c] if s[c] > 1 else ""
            cells.append('<td%s colid="col_%d" class="vxe-body--column col--center"><div class="vxe-cell"><span class="vxe-cell--label">%s</span></div></td>' % (rs, k + 1, esc(r[c])))
        o.append('<tr rowid="row_%d" class="vxe-body--row">' % (i + 1) + "".join(cells) + "</tr>")
    o.append('</tbody></table></div></div>')
    o.append('<div class="vxe-table--footer-wrapper"></div><div class="vxe-table--empty-placeholder" style="display:none"><div class="vxe-table--empty-content">暂无数据</div></div>')
    o.append('</div>')
    css = CSS + ".vxe-table--header,.vxe-table--body{table-layout:fixed;width:720px;border-collapse:collapse}.vxe-header--column,.vxe-body--column{border:1px solid #e8eaec;padding:8px}.vxe-header--column{background:#f8f8f9}"
    body = f"""<div id="app"><div class="detail">
<div class="info-row"><span class="lb">项目名称：</span><span>住房公积金归集扩面及服务提升项目</span></div>
<div class="info-row"><span class="lb">项目单位：</span><span>溱渚市住房公积金管理中心</span><span class="lb">　资金金额：</span><span>265.00万元</span></div>
<div class="tb-cap">绩效目标</div>
{chr(10).join(o)}
<div class="pager">共 12 条</div>
</div></div>"""
    return page("溱渚市住房公积金管理中心2025年度项目绩效目标", "溱渚市住房公积金管理中心", ["信息公开", "财务公开"],
                "发布日期：2025-03-10　信息来源：计划财务处", body,
                foot("溱渚市住房公积金管理中心", "溱渚市住房公积金管理中心", "3410000052", "皖ICP备17011286号", "皖公网安备 34100202000093号"), css=css)

def p05():
    cols, rows = parse("05")
    sp = spans(cols, rows)
    heads = ["一级指标", "二级指标", "三级指标", "计算符号", "指标值", "计量单位"]
    W = [72, 84, 180, 56, 110, 56]
    o = ["<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=620 style='width:465.0pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>",
         " <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;height:22.5pt'>"]
    for w, h in zip(W, heads):
        o.append("  <td width=%d style='width:%.1fpt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt;height:22.5pt'>\n  %s\n  </td>" % (w, w * 0.75, f_mso(h).replace("<span style='", "<span style='font-weight:bold;", 1)))
    o.append(" </tr>")
    for i, (r, s) in enumerate(zip(rows, sp)):
        o.append(" <tr style='mso-yfti-irow:%d;height:20.25pt'>" % (i + 1))
        for w, c in zip(W, cols):
            if s[c] == 0:
                continue
            rs = " rowspan=%d" % s[c] if s[c] > 1 else ""
            o.append("  <td width=%d%s style='width:%.1fpt;border-top:none;border-left:solid windowtext 1.0pt;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt;height:20.25pt'>\n  %s\n  </td>" % (w, rs, w * 0.75, f_mso(r[c])))
        o.append(" </tr>")
    o.append("</table>")
    body = f"""<div class="zoom" id="zoom">
<div class=WordSection1 style='layout-grid:15.6pt'>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt;font-family:方正小标宋简体'>泖川县公共资源交易中心</span></b><b><span lang=EN-US style='font-size:16.0pt'>2025</span></b><b><span style='font-size:16.0pt;font-family:方正小标宋简体'>年项目支出绩效目标表</span></b></p>
<p class=MsoNormal><span style='font-family:仿宋_GB2312'>项目名称：公共资源交易平台运维项目</span></p>
<p class=MsoNormal><span style='font-family:仿宋_GB2312'>预算金额：</span><span lang=EN-US>86.00</span><span style='font-family:仿宋_GB2312'>万元</span></p>
{chr(10).join(o)}
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
</div>
</div>"""
    return page("泖川县公共资源交易中心2025年项目支出绩效目标表", "泖川县公共资源交易中心", ["信息公开", "财政预决算"],
                "发布时间：2025年03月03日　作者：综合股　访问量：58", body,
                foot("泖川县人民政府办公室", "泖川县公共资源交易中心", "3624000019", "赣ICP备16008847号", "赣公网安备 36240002000117号"))

def p06():
    cols, rows = parse("06")
    tb = std_table(cols, rows, fmt=f_wps, th=False,
                   table_attr='border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:458.0000pt;mso-table-layout-alt:fixed;border:none;mso-border-left-alt:0.5000pt solid windowtext;mso-padding-alt:0.0000pt 5.4000pt 0.0000pt 5.4000pt;"',
                   td_attr=' width="150" valign="center" style="padding:0.0000pt 5.4000pt 0.0000pt 5.4000pt;border:1.0000pt solid windowtext;"')
    body = f"""<div class="content" id="content">
<!--StartFragment--><p class="MsoNormal" style="text-indent:32.0000pt;"><span style="font-family:仿宋_GB2312;font-size:16.0000pt;"><font face="仿宋_GB2312">为加强财政资金管理，现将我局</font>2025<font face="仿宋_GB2312">年动物防疫补助项目绩效目标公开如下。</font></span></p>
<p class="MsoNormal" style="text-indent:32.0000pt;"><span style="font-family:仿宋_GB2312;font-size:16.0000pt;"><font face="仿宋_GB2312">项目资金：</font>126.40<font face="仿宋_GB2312">万元（中央</font>72.00<font face="仿宋_GB2312">万元、县级</font>54.40<font face="仿宋_GB2312">万元）</font></span></p>
{tb}
<p class="MsoNormal"><span style="font-family:仿宋_GB2312;font-size:16.0000pt;">&nbsp;</span></p><!--EndFragment-->
</div>"""
    return page("嵖西县农业农村局2025年动物防疫补助项目绩效目标", "嵖西县人民政府", ["政府信息公开", "部门信息", "县农业农村局"],
                "发布日期：2025-02-20　来源：县农业农村局（畜牧兽医中心）", body,
                foot("嵖西县人民政府办公室", "嵖西县人民政府", "5223260004", "黔ICP备17007731号", "贵公网安备 52232602000031号"))

def p07():
    cols, rows = parse("07")
    tb = std_table(cols, rows, thead=True, table_attr='class="table table-bordered table-hover table-sm"',
                   heads=["一级指标", "二级指标", "三级指标", "年度指标值", "实施期指标值"])
    proj = """<table class="table table-bordered table-condensed">
<tbody>
<tr><th>项目名称</th><td colspan="3">渔业增殖放流及渔政执法能力提升项目（2025—2027年）</td></tr>
<tr><th>主管部门</th><td>汭川县农业农村局</td><th>实施单位</th><td>汭川县渔政执法大队</td></tr>
<tr><th>项目实施期</th><td>2025年1月—2027年12月</td><th>项目总金额（万元）</th><td>1260.00（其中2025年420.00）</td></tr>
<tr><th>年度目标</th><td colspan="3">增殖放流苗种1200万尾以上，开展渔政执法巡查150次以上，更新执法船艇1艘。</td></tr>
</tbody>
</table>"""
    head = '<link rel="stylesheet" href="https://cdn.example.invalid/bootstrap/4.6.2/css/bootstrap.min.css">\n'
    body = f"""<div class="container"><div class="row"><div class="col-md-12">
<div class="card"><div class="card-body">
<p>2025年度渔业增殖放流及渔政执法能力提升项目绩效目标如下：</p>
{proj}
<h5 class="mt-3">绩效指标</h5>
<div class="table-responsive">
{tb}
</div>
<p class="text-muted small">注：实施期指标值为项目实施期（2025—2027年）累计目标。</p>
</div></div>
</div></div></div>"""
    return page("汭川县渔业增殖放流及渔政执法能力提升项目绩效目标", "汭川县农业农村局", ["通知公告", "预算公开"],
                "发布时间：2025-03-14　发布机构：汭川县农业农村局", body,
                foot("汭川县农业农村局", "汭川县农业农村局", "5134280011", "川ICP备19021563号-1", "川公网安备 51342802000046号"), head_extra=head)

def p08():
    cols, rows = parse("08")
    sp = spans(cols, rows)
    heads = ["一级指标", "二级指标", "三级指标", "指标值", "评分标准"]
    colg = "<colgroup>" + "".join('<col name="el-table_3_column_%d" width="%d">' % (k + 11, w) for k, w in enumerate([110, 130, 240, 150, 200])) + "</colgroup>"
    o = ['<div class="el-table el-table--fit el-table--border el-table--enable-row-hover el-table--small">',
         '<div class="hidden-columns"></div>',
         '<div class="el-table__header-wrapper"><table cellspacing="0" cellpadding="0" border="0" class="el-table__header" style="width:830px">' + colg + "<thead><tr>" +
         "".join('<th colspan="1" rowspan="1" class="el-table_3_column_%d is-center is-leaf"><div class="cell">%s</div></th>' % (k + 11, h) for k, h in enumerate(heads)) +
         "</tr></thead></table></div>",
         '<div class="el-table__body-wrapper is-scrolling-none"><table cellspacing="0" cellpadding="0" border="0" class="el-table__body" style="width:830px">' + colg + "<tbody>"]
    for r, s in zip(rows, sp):
        cells = []
        for k, c in enumerate(cols):
            if s[c] == 0:
                continue
            cells.append('<td rowspan="%d" colspan="1" class="el-table_3_column_%d is-center"><div class="cell">%s</div></td>' % (s[c], k + 11, esc(r[c])))
        o.append('<tr class="el-table__row">' + "".join(cells) + "</tr>")
    o.append("</tbody></table></div>")
    o.append('<div class="el-table__column-resize-proxy" style="display:none"></div></div>')
    body = f"""<div class="article">
<p>　　甪溪县委网信办2025年度网络安全和信息化工作经费项目绩效目标（项目金额：58.00万元）：</p>
{chr(10).join(o)}
<p class="source">（来源：<a href="#">县委网信办</a>）</p>
</div>"""
    return page("甪溪县委网信办2025年度网络安全和信息化工作经费绩效目标", "中共甪溪县委网络安全和信息化委员会办公室", ["工作动态", "信息公开"],
                "发布时间：2025-03-21 16:02　来源：县委网信办", body,
                foot("甪溪县委网信办", "中共甪溪县委网络安全和信息化委员会办公室", "", "苏ICP备20013390号", "苏公网安备 32098102000224号"))

def p09():
    cols, rows = parse("09")
    sp = spans(cols, rows)
    n = len(rows)
    o = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%">',
         '<tr><td colspan="5" style="text-align:center"><b>部门整体支出绩效目标表</b></td></tr>',
         '<tr><td colspan="5" style="text-align:center">（2025年度）</td></tr>',
         '<tr><td>部门名称</td><td colspan="4">鄩川市人民政府国有资产监督管理委员会</td></tr>',
         '<tr><td rowspan="3">年度预算申请（万元）</td><td>资金总额</td><td colspan="3">1862.35</td></tr>',
         '<tr><td>其中：基本支出</td><td colspan="3">1124.60</td></tr>',
         '<tr><td>项目支出</td><td colspan="3">737.75</td></tr>',
         '<tr><td>年度总体目标</td><td colspan="4">完善国资监管体制，推进国企改革深化提升行动，确保国有资产保值增值，监管企业营业收入稳步增长。</td></tr>',
         '<tr><td rowspan="%d">年度绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>' % (n + 1)]
    for r, s in zip(rows, sp):
        cells = []
        for c in cols:
            if s[c] == 0:
                continue
            rs = ' rowspan="%d"' % s[c] if s[c] > 1 else ""
            cells.append("<td%s>%s</td>" % (rs, esc(r[c])))
        o.append("<tr>" + "".join(cells) + "</tr>")
    o.append("</table>")
    body = f"""<div class="xxgk-content">
<table class="xxgk-meta"><tr><td>索引号：</td><td>11420900MB1A47265X/2025-00031</td><td>发布机构：</td><td>市国资委</td></tr><tr><td>生成日期：</td><td>2025-02-27</td><td>分类：</td><td>预算公开</td></tr></table>
<div class="content-text">
<p>　　现将鄩川市国资委2025年度部门整体支出绩效目标公开如下。</p>
{chr(10).join(o)}
<p>　　附件：<a href="#">鄩川市国资委2025年部门预算公开表.xls</a></p>
</div></div>"""
    return page("鄩川市国资委2025年度部门整体支出绩效目标", "鄩川市人民政府国有资产监督管理委员会", ["政务公开", "财政预决算"],
                "发布时间：2025-02-27　来源：市国资委　点击数：147", body,
                foot("鄩川市国资委办公室", "鄩川市人民政府国有资产监督管理委员会", "4209000035", "鄂ICP备15012275号", "鄂公网安备 42090202000142号"))

def p10():
    cols, rows = parse("10")
    tb = std_table(cols, rows, fmt=f_font, th=False,
                   table_attr='width="96%" border="0" cellspacing="1" cellpadding="3" bgcolor="#A8C3E0" align="center"',
                   td_attr=' bgcolor="#FFFFFF"', heads=["一级指标", "二级指标", "三级指标", "指标值", "备注"])
    tb = tb.replace("<tr>", '<tr bgcolor="#FFFFFF">')
    menu = "".join('<tr><td height="26" background="#"><a href="#"><font color="#003366">%s</font></a></td></tr>' % m for m in ["本处简介", "公证指南", "收费标准", "办证须知", "信息公开", "联系我们"])
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>沣屿县公证处--2025年公证法律援助及减免费用补助项目绩效目标</title>
<link href="../css/style.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="90" colspan="2" bgcolor="#1F5FA6"><font color="#FFFFFF" size="5"><b>沣屿县公证处</b></font></td></tr>
  <tr><td height="30" colspan="2" bgcolor="#E8F0F8"><a href="#">首页</a> | <a href="#">公证业务</a> | <a href="#">新闻动态</a> | <a href="#">信息公开</a> | <a href="#">在线预约</a></td></tr>
  <tr>
    <td width="190" valign="top" bgcolor="#F4F8FC">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="32" bgcolor="#2B6CB0"><font color="#FFFFFF"><b>信息公开</b></font></td></tr>
        {menu}
      </table>
    </td>
    <td width="790" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="8">
        <tr><td>当前位置：首页 &gt;&gt; 信息公开 &gt;&gt; 预决算公开</td></tr>
        <tr><td align="center"><font size="4"><b>沣屿县公证处2025年公证法律援助及减免费用补助项目绩效目标</b></font></td></tr>
        <tr><td align="center"><font color="#999999">发布日期：2025-3-6　点击：88次</font></td></tr>
        <tr><td>
          <p>　　项目名称：公证法律援助及减免费用补助项目　项目金额：24.00万元　主管部门：沣屿县司法局</p>
{tb}
          <p>　　沣屿县公证处<br>　　2025年3月6日</p>
        </td></tr>
      </table>
    </td>
  </tr>
  <tr><td colspan="2" height="60" align="center" bgcolor="#E8F0F8">版权所有：沣屿县公证处　地址：沣屿县城关镇府前路12号　电话：0000-6212345<br>闽ICP备13004412号</td></tr>
</table>
</body>
</html>
"""

def p11():
    cols, rows = parse("11")
    sp = spans(cols, rows)
    o = ['<table data-sort="sortDisabled" border="1" width="100%">', "<tbody>",
         '<tr class="firstRow"><td rowspan="2" valign="middle" align="center">一级指标</td><td rowspan="2" valign="middle" align="center">二级指标</td><td rowspan="2" valign="middle" align="center">三级指标</td><td colspan="2" valign="middle" align="center">指标值</td></tr>',
         '<tr><td valign="middle" align="center">实施期指标值</td><td valign="middle" align="center">年度指标值</td></tr>']
    for r, s in zip(rows, sp):
        cells = []
        for c in cols:
            if s[c] == 0:
                continue
            rs = ' rowspan="%d"' % s[c] if s[c] > 1 else ""
            cells.append('<td%s valign="middle">%s</td>' % (rs, esc(r[c])))
        o.append("<tr>" + "".join(cells) + "</tr>")
    o += ["</tbody>", "</table>"]
    proj = """<table data-sort="sortDisabled" border="1" width="100%"><tbody>
<tr class="firstRow"><td colspan="4" align="center"><strong>项目绩效目标申报表</strong></td></tr>
<tr><td>项目名称</td><td colspan="3">居家和社区养老服务提升项目</td></tr>
<tr><td>主管部门</td><td>磜头县民政局</td><td>实施单位</td><td>磜头县养老服务指导中心</td></tr>
<tr><td>项目实施期</td><td colspan="3">2024年—2026年</td></tr>
<tr><td rowspan="2">项目资金（万元）</td><td>实施期资金总额</td><td colspan="2">1680.00</td></tr>
<tr><td>年度资金总额</td><td colspan="2">560.00</td></tr>
<tr><td>实施期总目标</td><td colspan="3">三年新建社区养老服务站12个，完成900户特殊困难老年人家庭适老化改造，基本建成居家社区养老服务网络。</td></tr>
<tr><td>年度目标</td><td colspan="3">新建社区养老服务站4个，完成300户适老化改造，提供老年助餐服务6万人次。</td></tr>
</tbody></table>"""
    body = f"""<div class="view TRS_UEDITOR trs_paper_default trs_web">
<p style="text-indent:2em">现将磜头县民政局居家和社区养老服务提升项目绩效目标予以公开。</p>
{proj}
<p><br></p>
{chr(10).join(o)}
</div>"""
    return page("磜头县民政局居家和社区养老服务提升项目绩效目标申报表", "磜头县人民政府", ["信息公开", "民政信息", "老龄工作"],
                "发布时间：2025-03-18 10:25　来源：县民政局　浏览量：72", body,
                foot("磜头县人民政府办公室", "磜头县人民政府", "3508250006", "闽ICP备12009361号", "闽公网安备 35082502000013号"))

def p12():
    ta = std_table(*parse("12a"), table_attr='border="1" cellspacing="0" cellpadding="5" width="100%"')
    tb = std_table(*parse("12b"), table_attr='border="1" cellspacing="0" cellpadding="5" width="100%"')
    body = f"""<div class="con">
<p>　　根据县财政局关于做好2025年预算绩效目标公开工作的通知，现将我局2025年项目绩效目标公开如下：</p>
<h3>一、招商引资活动经费（项目金额：180.00万元）</h3>
{ta}
<h3>二、营商环境评价服务采购（项目金额：38.00万元）</h3>
{tb}
<p>　　澉南县投资促进局<br>　　2025年3月11日</p>
</div>"""
    return page("澉南县投资促进局2025年项目绩效目标公开", "澉南县人民政府", ["信息公开", "财政资金", "绩效目标"],
                "发布时间：2025-03-11　来源：县投资促进局", body,
                foot("澉南县人民政府办公室", "澉南县人民政府", "3304240022", "浙ICP备14035521号", "浙公网安备 33042402000088号"))

def p13():
    tb = std_table(*parse("13"), th=False, table_attr='class="sheet-table" cellspacing="0" cellpadding="0"',
                   heads=["序号", "绩效指标", "指标值", "备注"])
    css = CSS + ".file-preview{border:1px solid #ccc;margin:12px 0}.fp-bar{background:#f0f0f0;padding:6px}.sheet-table td{border:1px solid #d4d4d4;font-size:12px}.sheet-tabs span{padding:2px 8px;border:1px solid #ccc}"
    body = f"""<div class="article">
<p>　　为做好人才发展专项资金预算绩效管理工作，现将峤岭县委人才工作领导小组办公室2025年人才发展专项资金绩效目标公开如下（详见附件）。</p>
<p>　　项目名称：人才发展专项资金；资金规模：1500万元。</p>
<div class="attachment"><p>附件：<a href="#">峤岭县2025年人才发展专项资金绩效目标表.xls</a>（28KB）<a href="#">下载</a></p></div>
<div class="file-preview">
<div class="fp-bar">在线预览：峤岭县2025年人才发展专项资金绩效目标表.xls <a href="#">全屏</a> <a href="#">下载</a></div>
<div class="sheet-tabs"><span class="on">Sheet1</span><span>Sheet2</span></div>
<div class="sheet-body">
{tb}
</div>
</div>
</div>"""
    return page("峤岭县2025年人才发展专项资金绩效目标", "峤岭人才网", ["政策文件", "通知公告"],
                "发布时间：2025-03-07　来源：县委人才办", body,
                foot("峤岭县委组织部（县委人才办）", "中共峤岭县委组织部", "", "湘ICP备18016270号", "湘公网安备 43112802000039号"), css=css)

def p14():
    ta = std_table(*parse("14a"), th=False, table_attr='border="1" cellspacing="0" cellpadding="4" width="100%"',
                   heads=["一级指标", "二级指标", "三级指标", "指标值", "指标解释"])
    tb = std_table(*parse("14b"), th=False, table_attr='border="1" cellspacing="0" cellpadding="4" width="100%"',
                   heads=["一级指标", "二级指标", "三级指标", "指标值", "指标解释"])
    body = f"""<div class="article-body">
<p>　　按照《溇港市市级预算绩效目标管理办法》，现将市财政局2025年度部分项目绩效目标公开如下。</p>
<p><b>（一）财政投资评审项目</b>　项目资金：320.00万元　实施单位：溇港市财政投资评审中心</p>
{ta}
<p><b>（二）政府采购监督管理项目</b>　项目资金：45.00万元　实施单位：溇港市财政局政府采购监督管理科</p>
{tb}
<p>　　溇港市财政局</p><p>　　2025年3月4日</p>
</div>"""
    return page("溇港市财政局2025年度项目支出绩效目标公开", "溇港市财政局", ["财政信息", "预算管理", "绩效管理"],
                "发布时间：2025-03-04　来源：预算绩效管理科　浏览次数：309", body,
                foot("溇港市财政局", "溇港市财政局", "3209000014", "苏ICP备05012978号", "苏公网安备 32090202000155号"))

def p15():
    cols, rows = parse("15")
    sp = spans(cols, rows)
    heads = ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"]
    o = ['<div class="ant-table-wrapper"><div class="ant-spin-nested-loading"><div class="ant-spin-container">',
         '<div class="ant-table ant-table-bordered ant-table-small"><div class="ant-table-container"><div class="ant-table-content">',
         '<table style="table-layout:auto"><colgroup></colgroup>',
         '<thead class="ant-table-thead"><tr>' + "".join('<th class="ant-table-cell" scope="col">%s</th>' % h for h in heads) + "</tr></thead>",
         '<tbody class="ant-table-tbody">',
         '<tr aria-hidden="true" class="ant-table-measure-row" style="height:0px;font-size:0px">' + '<td style="padding:0px;border:0px;height:0px"></td>' * 5 + "</tr>"]
    for i, (r, s) in enumerate(zip(rows, sp)):
        cells = []
        for c in cols:
            if s[c] == 0:
                continue
            rs = ' rowspan="%d"' % s[c] if s[c] > 1 else ""
            cells.append('<td%s class="ant-table-cell">%s</td>' % (rs, esc(r[c])))
        o.append('<tr data-row-key="%d" class="ant-table-row ant-table-row-level-0">' % (i + 1) + "".join(cells) + "</tr>")
    o.append("</tbody></table></div></div></div>")
    o.append('<ul class="ant-pagination ant-table-pagination ant-table-pagination-right"><li class="ant-pagination-total-text">共 12 条</li><li title="1" class="ant-pagination-item ant-pagination-item-1 ant-pagination-item-active"><a rel="nofollow">1</a></li></ul>')
    o.append("</div></div></div>")
    body = f"""<div id="root"><div class="ant-layout"><div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">政务数据共享平台运维项目 · 绩效目标</div></div>
<div class="ant-card-body">
<div class="ant-descriptions"><span class="ant-descriptions-item-label">项目单位</span><span class="ant-descriptions-item-content">邶溪县大数据中心</span>
<span class="ant-descriptions-item-label">项目金额</span><span class="ant-descriptions-item-content">146.00万元</span>
<span class="ant-descriptions-item-label">年度</span><span class="ant-descriptions-item-content">2025</span></div>
{chr(10).join(o)}
</div></div></div></div>"""
    return page("邶溪县大数据中心政务数据共享平台运维项目绩效目标", "邶溪县政务服务和大数据管理局", ["信息公开", "预决算"],
                "发布时间：2025-03-19　来源：县大数据中心", body,
                foot("邶溪县政务服务和大数据管理局", "邶溪县政务服务和大数据管理局", "6104310009", "陕ICP备16004598号", "陕公网安备 61043102000027号"))

def p16():
    body = """<div class="article">
<p>　　各乡（镇）人民政府：</p>
<p>　　现将《崶山县2025年村级公益事业建设一事一议财政奖补项目绩效目标表》印发给你们，请认真组织实施，确保绩效目标如期实现。</p>
<p>　　附件：<a href="16_nonggai.xlsx">崶山县2025年村级公益事业建设一事一议财政奖补项目绩效目标表.xlsx</a></p>
<p style="text-align:right">崶山县财政局<br>2025年3月15日</p>
</div>"""
    return page("关于印发崶山县2025年村级公益事业建设一事一议财政奖补项目绩效目标的通知", "崶山县财政局", ["政务公开", "通知公告"],
                "发布时间：2025-03-15　来源：县农村综合改革办", body,
                foot("崶山县财政局", "崶山县财政局", "3611300003", "赣ICP备18002214号", "赣公网安备 36113002000061号"))

def xlsx16(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, Border, Side
    cols, rows = parse("16")
    sp = spans(cols, rows)
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    thin = Side(style="thin")
    ws.append(["崶山县2025年村级公益事业建设一事一议财政奖补项目绩效目标表"]); ws.merge_cells("A1:E1")
    ws.append(["填报单位：崶山县财政局（县农村综合改革办）", None, None, None, "单位：万元"]); ws.merge_cells("A2:D2")
    ws.append(["项目名称", "村级公益事业建设一事一议财政奖补", None, None, None]); ws.merge_cells("B3:E3")
    ws.append(["项目资金", "年度资金总额", 2860, "其中：财政资金", 2860])
    ws.append(["年度总体目标", "实施奖补项目45个以上，新建村内道路38公里以上，改善村民生产生活条件。", None, None, None]); ws.merge_cells("B5:E5")
    ws.append(["一级指标", "二级指标", "三级指标", "指标值", "备注"])
    start = ws.max_row + 1
    for i, (r, s) in enumerate(zip(rows, sp)):
        ws.append([r[c] if r[c] != "" else None for c in cols])
        for k, c in enumerate(cols):
            if s[c] > 1:
                col = "ABCDE"[k]
                ws.merge_cells("%s%d:%s%d" % (col, start + i, col, start + i + s[c] - 1))
    ws.append(["填报人：刘某", None, "联系电话：0000-7821056", None, None])
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    ws["A1"].font = Font(size=16, bold=True)
    for w, col in zip([14, 18, 30, 18, 14], "ABCDE"):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "lenovo"
    wb.save(path)

PAGES = {"01": p01, "02": p02, "03": p03, "04": p04, "05": p05, "06": p06, "07": p07, "08": p08, "09": p09,
         "10": p10, "11": p11, "12": p12, "13": p13, "14": p14, "15": p15, "16": p16}

# ---------------------------------------------------------------- gold
FILES = {
    "01": ("01_chromium_copy1366_trs_ganghang.txt", ["chromium_select_all_copy", "window_1366", "trs_editor", "header_block", "page_chrome", "td_header", "hidden_row_in_markup"]),
    "02": ("02_chromium_copy1920_flexgrid_kouan.txt", ["chromium_select_all_copy", "window_1920", "div_flex_grid", "page_chrome", "prose_around"]),
    "03": ("03_innertext390_mobile_selfeval_xiaofang.txt", ["chromium_innertext", "window_390_mobile", "self_evaluation", "fund_block", "total_row", "header_block"]),
    "04": ("04_chromium_rangesel_vxe_gongjijin.txt", ["chromium_range_selection_copy", "table_only", "vxe_table", "header_body_split"]),
    "05": ("05_bs4_tab_htmlparser_msoword_jiaoyi.txt", ["bs4_get_text_tab", "html_parser", "pretty_html", "word_msonormal", "split_spans", "op_value_unit_columns", "qualitative_op", "page_chrome"]),
    "06": ("06_bs4_pipe_lxml_minified_wps_xumu.txt", ["bs4_get_text_pipe", "lxml_parser", "minified_html", "wps_paste", "scheme_2021_cost_level1", "whole_page_one_line", "page_chrome"]),
    "07": ("07_html2text_singlebreak_bootstrap_twin_yuye.txt", ["html2text_single_line_break", "bootstrap_table", "thead_th", "annual_then_period", "header_block", "page_chrome"]),
    "08": ("08_markdownify_strip_a_eltable_wangxin.txt", ["markdownify_strip_a", "element_ui_table", "header_body_split", "scoring_column", "page_chrome"]),
    "09": ("09_trafilatura_xml_deptwhole_guozi.txt", ["trafilatura_xml", "department_whole", "side_label", "br_in_name_some"]),
    "10": ("10_inscriptis_default_oldlayout_gongzheng.txt", ["inscriptis_default", "old_site_bgcolor_table", "nested_layout_tables", "font_tags", "remark_column", "td_header"]),
    "11": ("11_lynx_width80_ueditor_twin_laoling.txt", ["lynx_dump_width80", "narrow_wrap", "ueditor_table", "two_row_header", "period_then_annual", "header_block", "br_in_name_some", "page_chrome"]),
    "12": ("12_w3m_cols80_two_tables_zhaoshang.txt", ["w3m_cols80", "narrow_wrap", "two_tables", "serial_column", "th_header", "page_chrome"]),
    "13": ("13_pandoc_plain_cols72_preview_nocat_rencai.txt", ["pandoc_plain_columns72", "narrow_wrap", "attachment_preview", "no_categories", "serial_column", "remark_column"]),
    "14": ("14_soffice_txt_two_tables_pingshen.txt", ["libreoffice_txt", "two_tables", "explanation_column", "td_header", "page_chrome"]),
    "15": ("15_turndown_nogfm_antd_shuju.txt", ["turndown_no_gfm", "ant_design_table", "unit_column", "thead_th", "page_chrome"]),
    "16": ("16_xlsx2csv_attachment_nonggai.txt", ["xlsx2csv_default", "xlsx_attachment", "merged_cells_blank", "header_block", "remark_column"]),
}
EXTRA = {"01": {}, "02": {}, "15": {}}

def gold():
    out = []
    order = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", ("12a", "12b"), "13", ("14a", "14b"), "15", "16"]
    for item in order:
        keys = item if isinstance(item, tuple) else (item,)
        fkey = keys[0][:2]
        fname, q0 = FILES[fkey]
        n = 0
        for ti, key in enumerate(keys):
            cols, rows = parse(key)
            l1 = l2 = None
            prev_hidden = False
            for r in rows:
                if "l1" in cols:
                    if r["l1"]:
                        l1 = r["l1"]; l1c = False
                    else:
                        l1c = True
                    if r["l2"]:
                        l2 = r["l2"]; l2c = False
                    else:
                        l2c = True
                if r["_hidden"]:
                    prev_hidden = True
                    continue
                n += 1
                if "op" in cols:
                    val = ("" if r["op"] == "定性" else r["op"]) + r["num"] + r["unit"]
                elif "unit" in cols:
                    val = r["annual"] + r["unit"]
                else:
                    val = r["annual"]
                q = list(q0)
                if len(keys) > 1:
                    q.append("table_%d" % (ti + 1))
                if "l1" in cols:
                    if l1c: q.append("l1_merged_continuation")
                    if l2c: q.append("l2_merged_continuation")
                if "¶" in r["name"]:
                    q.append("br_in_name")
                if prev_hidden:
                    q.append("after_hidden_row"); prev_hidden = False
                out.append({"file": fname, "n": n, "name": plain(r["name"]), "annual_value": val,
                            "period_value": r.get("period") if "period" in cols else None,
                            "level1_code": L1[l1] if "l1" in cols else None,
                            "level2_code": L2[l2] if "l1" in cols else None, "url": None, "quirks": q})
    return out

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    pagedir = sys.argv[1] if len(sys.argv) > 1 else here
    goldpath = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "..", "..", "..", "corpus", "gold", "pagetext-heldout39.jsonl")
    os.makedirs(pagedir, exist_ok=True)
    for k, f in PAGES.items():
        with open(os.path.join(pagedir, "%s_%s.html" % (k, DATA[k if k in DATA else k + "a"]["slug"])), "w", encoding="utf-8") as fh:
            fh.write(f())
    xlsx16(os.path.join(pagedir, "16_nonggai.xlsx"))
    g = gold()
    with open(goldpath, "w", encoding="utf-8") as fh:
        for r in g:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("pages:", len(PAGES), "gold rows:", len(g))

if __name__ == "__main__":
    main()
