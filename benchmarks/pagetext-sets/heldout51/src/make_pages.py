"""Set 51: hand-typed tables (DATA) and the page / xlsx / docx writers.

Each page: cols = list of (header label, role). Roles: seq, l1, l2, name, per (实施期指标值),
val (年度指标值 / 指标值), act, score, got, rsn, rem. rows: one row a line, cells split by '|'
WITHOUT the seq cell (seq is numbered automatically when the page has a seq column). An empty
l1/l2 cell continues the one above (rowspan in html, merged cell in xlsx/docx).
"""
import html, os, json

HERE = os.path.dirname(os.path.abspath(__file__))

STD = [("一级指标", "l1"), ("二级指标", "l2"), ("三级指标", "name"), ("指标值", "val")]
SEQ = [("序号", "seq")] + STD

DATA = [
 dict(id="01", slug="kafei", place="秫河县", dept="秫河县农业农村局", project="秫河县2026年咖啡种植提质增效项目",
      amount="680.00", tool="chromium_copy1280", cols=SEQ, side=True,
      goal="完成咖啡低产园改造3200亩，推广优良品种和初加工技术，提升精品咖啡豆比例，带动种植户增收。",
      rows="""产出指标|数量指标|咖啡低产园改造面积|≥3200亩
||其中：老龄咖啡树更新面积|≥1200亩
||咖啡优良种苗发放数量|不少于45万株
||鲜果初加工示范点建设|6个
||技术培训人次|1500人次以上
|质量指标|改造园区种苗成活率|≥90%
||精品咖啡豆（SCA80分以上）占比|较上年提高2个百分点
||初加工设备验收合格率|100%
|时效指标|种苗发放完成时间|2026年5月底前
||项目验收完成时间|2026年12月底前
|成本指标|低产园改造亩均补助|≤800元/亩
效益指标|经济效益指标|带动种植户户均增收|≥2000元
|社会效益指标|带动脱贫户（监测户）参与户数|不少于260户
|生态效益指标|林下套种遮荫树面积|≥500亩
|可持续影响指标|咖啡产业技术服务体系|持续完善
满意度指标|服务对象满意度指标|种植户满意度|≥95%"""),
 dict(id="02", slug="suodao", place="穰东区", dept="穰东区市场监督管理局", project="穰东区2026年客运索道及大型游乐设施安全监管项目",
      amount="156.40", tool="chromium_tabletext1100", cols=STD, tall=22,
      goal="完成辖区客运索道定期检验和大型游乐设施监督检查，隐患整改闭环，确保全年不发生安全事故。",
      rows="""产出指标|数量指标|客运索道定期检验数量|4条
||大型游乐设施监督检查|≥120台次
||其中：节假日专项检查|不少于30台次
|质量指标|隐患整改闭环率|100%
|时效指标|定期检验完成时限|收到申请之日起15个工作日内
|成本指标|单条索道检验费用|≤6.5万元/条
效益指标|社会效益指标|索道及游乐设施安全事故|0起
||应急救援演练覆盖率|≥95%
|可持续影响指标|运营单位安全管理水平|有所提升
满意度指标|服务对象满意度指标|游客满意度|≥90%"""),
 dict(id="03", slug="danshui", place="稔川县", dept="稔川县水务局", project="稔川县海岛海水淡化供水工程（2026—2027年）",
      amount="2360.00", tool="chromium_copy390", mobile=True, side=True,
      cols=[("一级指标", "l1"), ("二级指标", "l2"), ("三级指标", "name"), ("实施期指标值", "per"), ("年度指标值", "val")],
      goal="两年内建成海水淡化站3座及配套管网，解决海岛居民饮水困难；2026年建成2座。",
      rows="""产出指标|数量指标|新建海水淡化站|3座|2座
||日供水规模|≥1500吨/日|≥1000吨/日
||配套输水管网长度|42公里|28公里
|质量指标|出厂水水质达标率|100%|100%
||膜组件脱盐率|≥99.5%|≥99.5%
|时效指标|工程完工时间|2027年12月底前|2026年12月底前
|成本指标|输水管网建设成本|≤3.5万元/公里|≤3.5万元/公里
||吨水制水成本|≤6元/吨|≤6元/吨
效益指标|社会效益指标|受益海岛居民人数|1.2万人|8000人以上
||海岛居民供水保证率|≥95%|≥95%
|可持续影响指标|工程设计使用年限|≥20年|≥20年
满意度指标|服务对象满意度指标|海岛居民满意度|≥90%|≥90%"""),
 dict(id="04", slug="piying", place="穑阳县", dept="穑阳县文化和旅游局", project="穑阳县2025年皮影戏非物质文化遗产保护传承项目",
      amount="92.00", tool="chromium_contenttext1024", selfeval=True, year=2025,
      cols=[("一级指标", "l1"), ("二级指标", "l2"), ("三级指标", "name"), ("年度指标值", "val"), ("实际完成值", "act"),
            ("分值", "score"), ("得分", "got"), ("偏差原因分析及改进措施", "rsn")],
      goal="开展皮影戏惠民演出和传承人带徒授艺，完成影人及剧本数字化建档，推动皮影戏活态传承。",
      rows="""产出指标|数量指标|皮影戏惠民演出场次|≥80场|86场|10|10|
||传承人带徒授艺人数|不少于20人|22人|10|10|
||皮影影人及剧本数字化建档|300件|260件|10|8.5|部分老旧影人须修复后方可扫描，已列入2026年计划
|质量指标|演出剧目审核合格率|100%|100%|10|10|
||其中：传统剧目复排数量|≥5个|5个|5|5|
|时效指标|年度演出任务完成时间|2025年11月底前|2025年11月20日|5|5|
|成本指标|每场演出补助标准|≤4000元/场|3800元/场|5|5|
效益指标|社会效益指标|进校园、进社区观众人次|8000人次以上|9600人次|10|10|
||皮影戏后继乏人状况|有所改善|有所改善|5|5|
|可持续影响指标|非遗传承保护机制|逐步健全|逐步健全|10|10|
满意度指标|服务对象满意度指标|观众满意度|≥90%|93.5%|10|10|"""),
 dict(id="05", slug="longzhou", place="秾岭县", dept="秾岭县文化广电体育和旅游局", project="秾岭县2026年端午龙舟邀请赛项目",
      amount="85.00", tool="chromium_bodytext1920", cols=STD, noborder=True,
      goal="举办第六届秾岭端午龙舟邀请赛，保护传统龙舟文化，带动沿河乡镇旅游消费。",
      rows="""产出指标|数量指标|举办龙舟邀请赛|1届
||参赛龙舟队伍|≥24支
||其中：县外参赛队伍|不少于8支
|质量指标|赛事安全保障方案审核通过率|100%
|时效指标|赛事举办时间|2026年端午节期间
|成本指标|赛事总成本|控制在85万元以内
效益指标|经济效益指标|赛事期间沿河旅游综合收入|较上年增长10%
|社会效益指标|现场及线上观赛人次|20万人次以上
满意度指标|服务对象满意度指标|参赛队伍及观众满意度|不低于85%"""),
 dict(id="06", slug="huashi", place="穄北县", dept="穄北县自然资源局", project="穄北县2026年古生物化石保护项目",
      amount="214.80", tool="chromium_drag1600", cols=SEQ, tall=16, side=True,
      goal="加强重点化石产地巡查和标本登记入库，设置保护界桩，更新科普展陈，遏制违法采挖。",
      rows="""产出指标|数量指标|化石产地巡查次数|≥48次
||重点保护化石标本登记入库|1200件
||化石产地保护界桩设置|60根
||科普展陈更新面积|≥350平方米
|质量指标|化石标本修复合格率|≥95%
||标本信息录入准确率|100%
|时效指标|违法采挖线索核查时间|接到线索后3个工作日内
||界桩设置完成时间|2026年9月30日前
|成本指标|保护界桩单价|≤1200元/根
效益指标|社会效益指标|科普展馆接待参观人次|≥3万人次
||化石产地盗掘案件|较上年下降
|生态效益指标|化石产地地质环境|保持稳定
|可持续影响指标|化石保护管理制度|长期有效
满意度指标|服务对象满意度指标|参观公众满意度|≥92%"""),
 dict(id="07", slug="moyu", place="稊田县", dept="稊田县农业农村局", project="稊田县2026年魔芋产业发展项目",
      amount="530.00", tool="chromium_copy1440", cols=STD, zebra=True,
      goal="扩大魔芋种植规模，建设脱毒种芋繁育基地，开展软腐病统防统治，提高鲜芋产量和种植收益。",
      rows="""产出指标|数量指标|魔芋种植面积|≥5000亩
||其中：林下魔芋种植面积|≥1800亩
||脱毒种芋繁育基地|2个
||软腐病统防统治面积|5000亩
|质量指标|种芋脱毒合格率|≥92%
||软腐病发病率|≤8%
|时效指标|种芋下种完成时间|2026年4月底前
|成本指标|种芋补助标准|≤1500元/亩
效益指标|经济效益指标|魔芋鲜芋产量|1.5万吨以上
||种植户亩均收入|较上年提高5%
|社会效益指标|带动农户就业|≥600人
|可持续影响指标|魔芋产业链条|有所延伸
满意度指标|服务对象满意度指标|种植户满意度|≥90%"""),
 dict(id="08", slug="wenquan", place="稆江市", dept="稆江市自然资源和规划局", project="稆江市2026年地热温泉资源保护监测项目",
      amount="78.60", tool="lynx_w120", cols=STD,
      goal="对城区及周边地热井开展水位、水温、水质动态监测，防止温泉资源过量开采。",
      rows="""产出指标|数量指标|地热井动态监测点|18个
||水质水温采样检测|≥216批次
|质量指标|监测数据有效率|≥98%
|时效指标|监测月报报送时间|次月10日前
|成本指标|单井年度监测成本|≤2.2万元/井
效益指标|生态效益指标|地热水位年降幅|≤0.5米
|可持续影响指标|温泉资源可持续利用水平|有所提升
满意度指标|服务对象满意度指标|温泉经营单位满意度|不低于80%"""),
 dict(id="09", slug="xiongmao", place="穟山县", dept="穟山县林业局", project="穟山县2026年大熊猫栖息地巡护监测项目",
      amount="318.00", tool="w3m_c110", cols=SEQ + [("备注", "rem")], side=True,
      goal="开展大熊猫栖息地日常巡护和红外相机监测，掌握种群动态，打击盗猎盗伐。",
      rows="""产出指标|数量指标|野外巡护里程|≥1.8万公里|含夜间巡护
||红外相机布设点位|320个|新增40个
||大熊猫主食竹监测样地|60块|
|质量指标|巡护数据上传率|≥95%|
|时效指标|红外相机数据回收周期|每季度1次|
|成本指标|红外相机单价|≤3000元/台|含安装调试
效益指标|生态效益指标|大熊猫栖息地面积|较上年增加|2025年为4.6万公顷
||野生动植物盗猎案件|0起|
|社会效益指标|生态护林员聘用人数|≥150人|优先聘用脱贫人口
满意度指标|服务对象满意度指标|社区群众满意度|≥90%|"""),
 dict(id="10", slug="xiangjiao", place="稃湾区", dept="稃湾区农业农村局", project="稃湾区2026年天然橡胶胶园更新项目",
      amount="472.50", tool="pandoc_plain", cols=STD, tall=17,
      goal="更新老残胶园2600亩，推广良种芽接苗和科学割胶技术，提高胶园单产和胶农收入。",
      rows="""产出指标|数量指标|老残胶园更新种植面积|≥2600亩
||其中：良种芽接苗定植面积|≥2000亩
||割胶技术培训人次|1200人次以上
||胶园林下间作面积|800亩
|质量指标|定植苗成活率|≥95%
||胶乳干胶含量|不低于28%
||割胶技术考核合格率|≥85%
|时效指标|定植完成时间|2026年8月底前
||补助资金兑付时间|验收合格后30日内
|成本指标|胶园更新亩均补助|≤1200元/亩
效益指标|经济效益指标|胶园亩产干胶|较上年提高8%
|社会效益指标|带动胶农户数|≥1100户
|生态效益指标|胶园水土流失面积|有所减少
|可持续影响指标|天然橡胶生产保护区建设|持续推进
满意度指标|服务对象满意度指标|胶农满意度|≥90%"""),
]

L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济效益指标": "21",
      "社会效益指标": "22", "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31"}


def grid(p):
    """Rows as dicts of role -> text, with l1/l2 carried down; plus flags for continuation."""
    roles = [r for _, r in p["cols"] if r != "seq"]
    out, l1, l2 = [], None, None
    for i, line in enumerate(p["rows"].split("\n")):
        cells = line.split("|")
        assert len(cells) == len(roles), (p["id"], line)
        d = dict(zip(roles, cells))
        d["l1_cont"] = d["l1"] == ""
        d["l2_cont"] = d["l2"] == ""
        if d["l1"]:
            l1 = d["l1"]
        else:
            d["l1"] = l1
        if d["l2"] and not d["l1_cont"] or d["l2"]:
            l2 = d["l2"] or l2
        if not d["l2"]:
            d["l2"] = l2
        d["n"] = i + 1
        out.append(d)
    return out


def spans(rows, key, cont):
    """rowspan for each row whose key cell starts a group (0 = covered)."""
    res = [0] * len(rows)
    start = None
    for i, r in enumerate(rows):
        if not r[cont]:
            start = i
            res[i] = 1
        else:
            res[start] += 1
    return res


def year(p):
    return p.get("year", 2026)


def title(p):
    if p.get("selfeval"):
        return p["project"] + "绩效自评表"
    return p["project"] + "绩效目标表"


CSS = """
body{margin:0;font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#222;background:#f4f4f4}
.topbar{background:#eee;font-size:12px;padding:4px 20px;color:#666}
.banner{background:#b71c1c;color:#fff;padding:18px 20px;display:flex;justify-content:space-between;align-items:center}
.banner h2{margin:0;font-size:26px;letter-spacing:2px}
.banner form input{width:160px}
.nav{background:#8e1414;padding:0 20px}.nav a{color:#fff;display:inline-block;padding:8px 14px;text-decoration:none}
.wrap{max-width:1180px;margin:0 auto;background:#fff;padding:10px 20px;display:flex;gap:20px}
.side{width:180px;flex:none;border:1px solid #ddd}.side h3{background:#b71c1c;color:#fff;margin:0;padding:6px;font-size:15px}
.side li{list-style:none;padding:5px 0;border-bottom:1px dashed #ccc}.side ul{padding:0 10px;margin:0}
#content{flex:1;min-width:0}
.crumb{font-size:13px;color:#666;margin:6px 0 12px}
h1{font-size:22px;text-align:center;margin:10px 0}
.meta{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #ddd;padding-bottom:8px}
.facts p,.intro{text-indent:2em;line-height:1.8}
.cap{text-align:center;font-weight:bold;margin-top:14px}
.unitline{display:flex;justify-content:space-between;font-size:13px}
table.kpi{border-collapse:collapse;width:100%;font-size:14px}
table.kpi th,table.kpi td{border:1px solid #333;padding:5px 6px;text-align:center}
table.kpi th{background:#dfe8f3}
table.kpi.noborder th,table.kpi.noborder td{border:none}
table.kpi.noborder th{background:none;font-weight:bold}
table.kpi.zebra tbody tr:nth-child(even) td{background:#eef3f9}
table.kpi.zebra tbody tr:nth-child(odd) td{background:#fff}
.sign{text-align:right;margin-top:20px;line-height:1.8}
.share{font-size:13px;color:#666;border-top:1px solid #ddd;margin-top:16px;padding-top:8px}
.footer{background:#555;color:#ddd;font-size:12px;text-align:center;padding:14px;line-height:1.8}
@media (max-width:600px){.wrap{display:block;padding:6px}.side{display:none}.banner h2{font-size:18px}.nav a{padding:6px 6px}table.kpi{font-size:12px}}
@media print{.topbar,.banner,.nav,.side,.crumb,.share,.footer{display:none}body{background:#fff}.wrap{display:block;padding:0}
thead{display:table-header-group}EXTRA}
"""

SITE = {"01": ("53", "4408"), "02": ("61", "1172"), "03": ("35", "0930"), "04": ("62", "2207"), "05": ("45", "3319"),
        "06": ("15", "2604"), "07": ("51", "1895"), "08": ("44", "5021"), "09": ("51", "3460"), "10": ("46", "0788")}


def page_html(p):
    rows = grid(p)
    g = p["place"]
    gov = g + "人民政府"
    prov, code = SITE[p["id"]]
    y = year(p)
    date = "%d-01-%02d" % (y + 1, 10 + int(p["id"])) if p.get("selfeval") else "2026-02-%02d" % (2 + int(p["id"]))
    pdate = date.replace("-", "年", 1).replace("-", "月", 1) + "日"
    extra = "table.kpi td{height:%dmm}" % p["tall"] if p.get("tall") else ""
    cls = "kpi" + (" noborder" if p.get("noborder") else "") + (" zebra" if p.get("zebra") else "")
    h = []
    a = h.append
    a('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">')
    a('<meta name="viewport" content="width=device-width, initial-scale=1">')
    a("<title>%s_%s</title>" % (html.escape(title(p)), gov))
    a("<style>%s</style></head><body>" % (CSS.replace("EXTRA", extra)))
    a('<div class="topbar">欢迎访问%s门户网站 | 无障碍浏览 | 长者模式 | 繁體 | 手机版</div>' % gov)
    a('<div class="banner"><h2>%s</h2><form><input type="text" placeholder="请输入关键字"> <button type="button">搜索</button></form></div>' % gov)
    a('<div class="nav"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进%s</a></div>' % g)
    a('<div class="wrap">')
    if p.get("side"):
        a('<div class="side"><h3>财政信息</h3><ul><li>财政预算</li><li>财政决算</li><li>预算绩效</li><li>政府债务</li><li>“三公”经费</li></ul></div>')
    a('<div id="content">')
    a('<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 预算绩效</div>')
    a("<h1>%s</h1>" % html.escape(title(p)))
    a('<div class="meta">发布时间：%s　来源：%s　浏览次数：%d　字号：[大 中 小]</div>' % (date, p["dept"], 137 + 23 * int(p["id"])))
    if p.get("selfeval"):
        a('<p class="intro">根据预算绩效管理工作要求，现将%s%d年度项目支出绩效自评情况公开如下。</p>' % (p["dept"], y))
    else:
        a('<p class="intro">根据《中华人民共和国预算法》和预算绩效管理有关规定，现将%s%d年度项目支出绩效目标公开如下。</p>' % (p["dept"], y))
    a('<div class="facts"><p>项目名称：%s</p><p>主管部门：%s　　实施单位：%s</p><p>资金情况：%s万元（其中财政资金%s万元）</p><p>%s目标：%s</p></div>'
      % (p["project"], p["dept"], p["dept"], p["amount"], p["amount"], "年度" if p.get("selfeval") else "总体", p["goal"]))
    a('<div class="cap">%s</div>' % html.escape(title(p)))
    a('<div class="unitline"><span>填报单位（盖章）：%s</span><span>金额单位：万元</span></div>' % p["dept"])
    a('<table class="%s" id="kpi%s"><thead><tr>' % (cls, p["id"]))
    for lab, _ in p["cols"]:
        a("<th>%s</th>" % lab)
    a("</tr></thead><tbody>")
    s1 = spans(rows, "l1", "l1_cont")
    s2 = spans(rows, "l2", "l2_cont")
    for i, r in enumerate(rows):
        a("<tr>")
        for lab, role in p["cols"]:
            if role == "seq":
                a("<td>%d</td>" % r["n"])
            elif role == "l1":
                if s1[i]:
                    a('<td rowspan="%d">%s</td>' % (s1[i], r["l1"]) if s1[i] > 1 else "<td>%s</td>" % r["l1"])
            elif role == "l2":
                if s2[i]:
                    a('<td rowspan="%d">%s</td>' % (s2[i], r["l2"]) if s2[i] > 1 else "<td>%s</td>" % r["l2"])
            else:
                a("<td>%s</td>" % html.escape(r[role]))
        a("</tr>")
    a("</tbody>")
    if p.get("selfeval"):
        a('<tfoot><tr><td colspan="3">预算执行率</td><td>100%</td><td>96%</td><td>10</td><td>9.6</td><td></td></tr>')
        a('<tr><td colspan="3">总分</td><td colspan="2"></td><td>100</td><td>98.1</td><td>自评等级：优</td></tr></tfoot>')
    a("</table>")
    a('<div class="sign"><p>%s</p><p>%s</p></div>' % (p["dept"], pdate))
    a('<div class="share">分享到：微信 微博 QQ空间　　【打印本页】【关闭窗口】</div>')
    a("</div></div>")
    a('<div class="footer">主办：%s办公室　承办：%s政务服务数据管理局<br>网站标识码：%s%s0019　%sICP备%s号-1　%s公网安备 %s%s02000%s1号<br>联系电话：0%s-%s　建议使用1366×768分辨率浏览</div>'
      % (gov, g, prov, code, {"53": "滇", "61": "陕", "35": "闽", "62": "甘", "45": "桂", "15": "蒙", "51": "蜀", "44": "粤", "46": "琼"}[prov],
         "20%s%s" % (code, p["id"]), {"53": "滇", "61": "陕", "35": "闽", "62": "甘", "45": "桂", "15": "蒙", "51": "川", "44": "粤", "46": "琼"}[prov],
         prov, code, p["id"], "8" + code[:2], "6%s%s" % (code, p["id"])))
    a("</body></html>\n")
    return "\n".join(h)


def gold_rows(p, fname):
    rows = grid(p)
    out = []
    for r in rows:
        q = ["tool_" + p["tool"]]
        if "seq" in [x for _, x in p["cols"]]:
            q.append("seq_column")
        if p.get("selfeval"):
            q.append("self_eval")
        q.append("noborder" if p.get("noborder") else ("zebra" if p.get("zebra") else "ruled"))
        if p.get("side"):
            q.append("side_menu")
        if any(x == "rem" for _, x in p["cols"]):
            q.append("remark_column")
        if any(x == "per" for _, x in p["cols"]):
            q.append("period_and_annual")
        if r["l1_cont"]:
            q.append("l1_merged_continuation")
        if r["l2_cont"]:
            q.append("l2_merged_continuation")
        if r["name"].startswith("其中："):
            q.append("name_qizhong")
        out.append(dict(file=fname, n=r["n"], name=r["name"], annual_value=r["val"], period_value=r.get("per"),
                        level1_code=L1[r["l1"]], level2_code=L2[r["l2"]], url=None, quirks=q))
    return out


def expected_rows(p):
    return [dict(source_id=p["id"], department=p["dept"], project=p["project"], name=r["name"], value=r["val"],
                 level1_code=L1[r["l1"]], level2_code=L2[r["l2"]]) for r in grid(p)]


def write_xlsx(p, path, print_titles=False):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    cols = p["cols"]
    nc = len(cols)
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.cell(1, 1, title(p)).font = Font(size=15, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=nc)
    ws.cell(1, 1).alignment = ctr
    facts = ["项目名称：" + p["project"], "主管部门：" + p["dept"], "资金情况：%s万元" % p["amount"], "总体目标：" + p["goal"]]
    for i, f in enumerate(facts):
        ws.cell(2 + i, 1, f).alignment = Alignment(wrap_text=True, vertical="center")
        ws.merge_cells(start_row=2 + i, start_column=1, end_row=2 + i, end_column=nc)
    ws.row_dimensions[5].height = 36
    hr = 6
    for j, (lab, _) in enumerate(cols):
        c = ws.cell(hr, j + 1, lab)
        c.font = Font(bold=True)
        c.alignment = ctr
        c.border = bd
    rows = grid(p)
    for i, r in enumerate(rows):
        rr = hr + 1 + i
        ws.row_dimensions[rr].height = 56 if print_titles else 24
        for j, (_, role) in enumerate(cols):
            v = r["n"] if role == "seq" else r[role]
            c = ws.cell(rr, j + 1, v)
            c.alignment = ctr
            c.border = bd
    for role in ("l1", "l2"):
        j = [x for _, x in cols].index(role) + 1
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or not rows[i][role + "_cont"]:
                if i - 1 > start:
                    ws.merge_cells(start_row=hr + 1 + start, start_column=j, end_row=hr + i, end_column=j)
                start = i
    widths = {"seq": 6, "l1": 12, "l2": 16, "name": 34, "val": 24}
    for j, (_, role) in enumerate(cols):
        ws.column_dimensions["ABCDEFGH"[j]].width = widths.get(role, 16)
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if print_titles:
        ws.print_title_rows = "%d:%d" % (hr, hr)
        ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    wb.save(path)


def write_docx(p, path, repeat_header=False, prose=False):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    st.font.size = Pt(10.5)
    doc.add_heading(title(p), level=1)
    for f in ["项目名称：" + p["project"], "主管部门：" + p["dept"], "资金情况：%s万元" % p["amount"], "总体目标：" + p["goal"]]:
        doc.add_paragraph(f)
    if prose:
        for k in range(6):
            doc.add_paragraph("项目实施说明（%d）：本项目按照“先定目标、后安排预算”的要求编制绩效目标，资金拨付与项目进度挂钩，"
                              "实施单位应按季度报送绩效运行监控情况，财政部门将对偏离绩效目标的项目及时督促整改。" % (k + 1))
    cols = p["cols"]
    rows = grid(p)
    t = doc.add_table(rows=1 + len(rows), cols=len(cols))
    t.style = "Table Grid"
    for j, (lab, _) in enumerate(cols):
        t.cell(0, j).text = lab
    if repeat_header:
        trPr = t.rows[0]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trPr.append(el)
    for i, r in enumerate(rows):
        for j, (_, role) in enumerate(cols):
            v = str(r["n"]) if role == "seq" else r[role]
            if role in ("l1", "l2") and r[role + "_cont"]:
                continue
            t.cell(i + 1, j).text = v
        if repeat_header:
            t.rows[i + 1].height = Cm(1.5)
    for role in ("l1", "l2"):
        j = [x for _, x in cols].index(role)
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or not rows[i][role + "_cont"]:
                if i - 1 > start:
                    t.cell(1 + start, j).merge(t.cell(i, j))
                start = i
    doc.add_paragraph("")
    doc.add_paragraph(p["dept"])
    doc.save(path)


if __name__ == "__main__":
    for p in DATA:
        with open(os.path.join(HERE, "%s_%s.html" % (p["id"], p["slug"])), "w", encoding="utf-8") as f:
            f.write(page_html(p))
    print(sum(len(grid(p)) for p in DATA), [len(grid(p)) for p in DATA])
