"""Set 45: hand-typed indicator tables (DATA) -> invented county/district web pages (NN_topic.html),
plus the openpyxl xlsx files printed by LibreOffice.

DATA syntax: per page a dict; `cols` names the role of each cell (l1, l2, name, val = 年度/only value,
per = 实施期指标值, op/num/unit = split 计算符号/指标值/计量单位, rem = 备注, act/sc/got/rsn = 自评 columns);
`rows` one row a line, cells split by `|`. With merge="rowspan" (default) an empty l1/l2 cell continues the
rowspan above; merge="every" prints 一级/二级 on every row. 序号 is numbered by the renderer.
Nothing here is read from any tool's output.
"""
import html, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14",
      "经济效益指标": "21", "社会效益指标": "22", "生态效益指标": "23", "可持续影响指标": "24",
      "服务对象满意度指标": "31"}

DATA = [
dict(id="01", slug="yiyuan", place="泒阳县", site="泒阳县人民政府", dept="泒阳县林业局",
     project="泒阳县2025年野生动物疫源疫病监测防控项目", amount="86万元", unit_impl="泒阳县野生动植物保护站",
     goal="完成全县野生动物疫源疫病日常监测和候鸟迁徙期重点巡查，及时发现、报告和处置异常情况，防止野生动物疫病扩散。",
     style="ruled", block_in_table=True, cms="kindeditor",
     cols="l1|l2|name|val", rows="""
产出指标|数量指标|国家级和省级监测站点数|3个
||县级监测巡查点数|不少于十五个
||野外巡查监测天数|≥300天
||其中：候鸟迁徙期重点巡查天数|≥120天
|质量指标|异常情况报告及时准确率|100%
||监测信息“零报告”执行率|100%
|时效指标|发现异常死亡后报告时限|2小时内
|成本指标|单个监测点年运行经费|≤2.8万元
效益指标|社会效益指标|重大野生动物疫情发生次数|0次
|生态效益指标|野生动物栖息地监测覆盖率|达到85%以上
|可持续影响指标|疫源疫病监测体系运行|长期
满意度指标|服务对象满意度指标|周边群众满意度|≥90%
"""),
dict(id="02", slug="binan", place="潕川县", site="潕川县人民政府", dept="潕川县应急管理局",
     project="潕川县2025年应急避难场所建设提升项目", amount="420万元",
     goal="新建改造一批应急避难场所，完善标识和物资储备，提升城区应急避难能力。",
     style="rowlines", seq=True, cms="trs",
     cols="l1|l2|name|val|rem", rows="""
产出指标|数量指标|新建改造应急避难场所数量|6处|含室内场所2处
||新增避难场所有效面积|2.4万平方米|
||配置应急物资储备点|每处1个|
|质量指标|场所标识标牌设置规范率|100%|按国标GB 21734
||验收合格率|100%|
|时效指标|项目完工时间|2025年11月30日前|
|成本指标|室外场所改造单价|≤180元/平方米|
效益指标|社会效益指标|人均避难场所面积|≥1.5平方米/人|按常住人口计
||应急疏散演练次数|每年不少于两次|
|可持续影响指标|场所日常维护管理机制|建立并有效运行|
||避难场所信息纳入地图导航|全部纳入|
满意度指标|服务对象满意度指标|周边居民满意度|≥85%|
"""),
dict(id="03", slug="tejia", place="濄城县", site="濄城县人民政府", dept="濄城县卫生健康委员会",
     project="濄城县2025年计划生育特殊家庭扶助关怀项目", amount="156万元",
     goal="按时足额发放特别扶助金，落实家庭医生签约、住院护理补贴等关怀措施。",
     style="ruled", selfeval=True, cms="plain",
     cols="l1|l2|name|val|act|sc|got|rsn", rows="""
产出指标|数量指标|特别扶助对象人数|1260人|1274人|10|10|
||其中：失独家庭扶助人数|≥430人|436人|10|10|
||家庭医生签约服务覆盖率|100%|100%|10|10|
|质量指标|扶助资金发放准确率|100%|100%|10|10|
|时效指标|扶助金发放时间|每季度首月20日前|按时发放|10|10|
|成本指标|特别扶助金标准|590-720元/人·月|按标准发放|10|10|
效益指标|社会效益指标|“暖心家园”建设数|≥4个|4个|10|9|1个尚未投运
||住院护理补贴受益人次|约300人次|286人次|10|8|实际住院人数少于预期
|可持续影响指标|扶助关怀长效机制|健全完善|已建立|5|5|
满意度指标|服务对象满意度指标|扶助对象满意度|≥95%|97.2%|5|5|
"""),
dict(id="04", slug="hezhang", place="澫南县", site="澫南县人民政府", dept="澫南县水利局",
     project="澫南县河长制湖长制工作经费（2024—2026年）", amount="270万元（其中2025年度90万元）",
     goal="落实县乡村三级河长巡河制度，整治河湖“四乱”问题，改善河湖水环境。",
     style="ruled", twin=True, cms="gov",
     print_css="@media print{table.zb td,table.zb th{padding:24px 8px;font-size:16px}}",
     cols="l1|l2|name|per|val", rows="""
产出指标|数量指标|县级河长巡河次数|每年每条河不少于4次|每条河不少于4次
||乡级河长巡河次数|每月不少于1次|每月不少于1次
||河长公示牌更新维护|210块|70块
||“一河一策”方案修编|12条|4条
|质量指标|河湖“四乱”问题整改销号率|100%|100%
||重点河流断面水质达标率|≥90%|≥90%
|时效指标|群众举报问题处置时限|受理后7个工作日内|受理后7个工作日内
|成本指标|河长公示牌维护单价|≤1500元/块|≤1500元/块
效益指标|生态效益指标|河湖岸线乱占乱建|基本消除|逐年减少
||县域地表水水质优良比例|较基期提升5个百分点|较上年提升1个百分点
满意度指标|服务对象满意度指标|沿河群众满意度|≥90%|≥90%
"""),
dict(id="05", slug="fanglei", place="湨溪区", site="湨溪区人民政府", dept="湨溪区气象局",
     project="湨溪区2025年防雷减灾安全监管项目", amount="48万元",
     goal="开展防雷安全监督检查和雷电灾害调查鉴定，普及防雷知识，防范雷击事故。",
     style="none", cms="plain",
     cols="l1|l2|name|val", rows="""
产出指标|数量指标|防雷装置检测单位监督检查家次|不少于二十家次
||易燃易爆场所防雷安全检查|全覆盖
||其中：加油加气站防雷检查|32座
||防雷装置检测报告抽查|≥60份
||防雷科普宣传进社区场次|≥8场
|质量指标|隐患整改复查率|100%
||雷电灾害调查鉴定报告合格率|≥98%
|时效指标|雷电灾害报告后现场调查时限|24小时内
|成本指标|单次检查平均费用|≤600元
效益指标|社会效益指标|雷击造成人员死亡事故|杜绝发生
||公众防雷知识知晓率|较上年提高5%
满意度指标|服务对象满意度指标|受检单位满意度|不低于九成
"""),
dict(id="06", slug="tuigeng", place="涢岭县", site="涢岭县人民政府", dept="涢岭县林业局",
     project="涢岭县2025年巩固退耕还林成果补助项目", amount="312万元",
     goal="兑付退耕还林补助，开展补植补造，巩固退耕还林成果。",
     style="zebra", merge="every", cms="plain",
     print_css="@media print{table.zb td,table.zb th{padding:22px 10px;font-size:16px}}",
     cols="l1|l2|name|val", rows="""
产出指标|数量指标|退耕还林补助面积|2.6万亩
产出指标|数量指标|补植补造面积|1800亩
产出指标|数量指标|补助涉及农户|5400户以上
产出指标|质量指标|补植补造成活率|≥85%
产出指标|质量指标|补助资金兑付准确率|100%
产出指标|时效指标|补助资金兑付完成时间|2025年9月底前
产出指标|成本指标|补植补造每亩补助|300元/亩
效益指标|经济效益指标|户均增收|≥500元
效益指标|生态效益指标|林草覆盖率|提高0.3个百分点
效益指标|生态效益指标|水土流失治理面积|新增0.8万亩
效益指标|可持续影响指标|退耕地林木管护|持续有效
满意度指标|服务对象满意度指标|退耕农户满意度|95%以上
"""),
dict(id="07", slug="zuofang", place="瀼头县", site="瀼头县人民政府", dept="瀼头县市场监督管理局",
     project="瀼头县2025年食品小作坊规范提升项目", amount="65万元",
     goal="开展食品小作坊登记管理、规范提升和监督抽检，保障群众“舌尖上的安全”。",
     style="ruled", seq=True, cms="trs",
     cols="l1|l2|name|val", rows="""
产出指标|数量指标|登记食品小作坊数|186家
||规范提升示范小作坊|10-15家
||食品安全抽检批次|≥200批次
||其中：快检批次|不少于一百五十批次
||小作坊负责人食品安全培训|≥2次/年
|质量指标|抽检不合格产品核查处置率|100%
||小作坊“亮证亮照”率|≥98%
|时效指标|不合格产品核查处置时限|收到检验报告之日起5个工作日内
|成本指标|示范小作坊改造补助|每家2万-3万元
效益指标|社会效益指标|区域性食品安全事件|零发生
||小作坊从业人员培训覆盖率|≥95%
满意度指标|服务对象满意度指标|消费者满意度|≥85%
"""),
dict(id="08", slug="shuzi", place="溦川县", site="溦川县人民政府", dept="溦川县农业农村局",
     project="溦川县2025年数字乡村建设试点项目", amount="260万元",
     goal="建设村级数字化服务站和县级数字乡村平台，带动农村电商发展。",
     style="ruled", cms="wps",
     cols="l1|l2|name|op|num|unit", rows="""
产出指标|数量指标|建设村级数字化服务站|≥|24|个
||农村电商直播培训人次|≥|600|人次
||接入县级平台的物联网监测点|＝|40|个
|质量指标|服务站设备验收合格率|＝|100|%
||平台数据更新及时率|≥|95|%
||服务站网络接入带宽|≥|100|Mbps
|时效指标|试点项目建成时间|定性|2025年10月底前|
|成本指标|单个村级服务站建设成本|≤|6.5|万元/个
效益指标|经济效益指标|农产品网络零售额增长|≥|12|%
|社会效益指标|村级事务线上办理|定性|较上年明显增加|
|可持续影响指标|平台运行维护年限|≥|3|年
满意度指标|服务对象满意度指标|试点村村民满意度|≥|90|%
"""),
dict(id="09", slug="jiankang", place="淯阳县", site="淯阳县人民政府", dept="淯阳县农业农村局",
     project="淯阳县2025年兽用抗菌药使用减量化行动项目", amount="35万元",
     goal="在规模养殖场开展兽用抗菌药使用减量化试点，规范兽药使用，保障畜禽产品质量安全。",
     style="rowlines", cms="gov",
     cols="l1|l2|name|val", rows="""
产出指标|数量指标|减抗试点养殖场数|12家
||兽药经营使用监督检查次数|每季度不少于1次
||养殖场户技术培训|400人次以上
|质量指标|兽药残留监督抽检合格率|≥98%
||兽用处方药“处方笺”使用规范率|≥90%
|时效指标|试点评估验收完成时间|2025年12月15日前
|成本指标|每个试点场技术服务费|≤1.5万元
效益指标|社会效益指标|畜禽产品兽药残留超标事件|未发生
||养殖场户兽用抗菌药减量认知度|明显提升
|生态效益指标|试点场兽用抗菌药使用量|同比减少5%以上
满意度指标|服务对象满意度指标|养殖场户满意度|≥90%
"""),
dict(id="10", slug="laoganbu", place="湒城区", site="湒城区人民政府", dept="中共湒城区委老干部局",
     project="湒城区2025年离退休干部服务管理经费", amount="128万元",
     goal="落实离退休干部政治待遇和生活待遇，办好老干部活动中心，组织开展“银发助力”活动。",
     style="none", cms="bootstrap",
     cols="l1|l2|name|val", rows="""
产出指标|数量指标|服务离退休干部人数|612人
||走访慰问离退休干部|≥1200人次
||其中：生病住院干部探望|应探尽探
||老干部活动中心开放天数|≥300天
||老干部书画作品展|1次
|质量指标|离退休费及各项待遇落实率|100%
|时效指标|重要节日走访慰问完成时间|节前完成
|成本指标|活动中心年运行费用|≤38万元
效益指标|社会效益指标|老干部参与“银发助力”志愿活动人次|800人次
|可持续影响指标|离退休干部党组织覆盖率|保持100%
满意度指标|服务对象满意度指标|离退休干部满意度|≥95%
"""),
dict(id="11", slug="budongchan", place="滍南县", site="滍南县人民政府", dept="滍南县自然资源局",
     project="滍南县2025年不动产登记信息化提升项目", amount="150万元",
     goal="完成不动产登记历史档案数字化，推进“一窗受理”“交房即交证”，压缩登记办理时限。",
     style="ruled", cms="gov",
     cols="l1|l2|name|val", rows="""
产出指标|数量指标|历史档案数字化扫描|约120万页
||“一窗受理”窗口数|8个
|质量指标|登记数据质检合格率|≥99%
||登记错误率|≤0.1%
|时效指标|一般登记办理时限|3个工作日内
||抵押登记办理时限|1个工作日内
成本指标|经济成本指标|档案扫描单价|≤0.35元/页
效益指标|社会效益指标|“交房即交证”项目占比|≥80%
||“跨省通办”业务|全面实现
||不动产登记“一网通办”事项比例|≥90%
满意度指标|服务对象满意度指标|办事群众满意度|≥95%
"""),
dict(id="12", slug="fanzha", place="潧川县", site="潧川县人民政府", dept="潧川县公安局",
     project="潧川县2025年反电信网络诈骗宣传防范项目", amount="56万元",
     goal="开展反诈宣传进社区、进校园、进企业，做好预警劝阻，遏制电信网络诈骗高发态势。",
     style="zebra", seq=True, rem_blank=True, cms="layui",
     print_css="@media print{table.zb td,table.zb th{padding:20px 8px;font-size:15px}}",
     extra_intro="<p>一、项目概况：本项目由县公安局反诈中心组织实施，联合各乡镇（街道）、教育、金融等部门开展宣传防范工作。</p>"
                 "<p>二、资金安排：宣传物料制作、短视频拍摄制作、预警劝阻工作经费等。</p>"
                 "<p>三、实施计划：1—3月制定方案，4—11月集中宣传，12月总结评估。</p>",
     cols="l1|l2|name|val", rows="""
产出指标|数量指标|反诈宣传进社区（村）场次|≥240场
||“国家反诈中心”APP注册人数|新增5万人
||预警劝阻|≥3000人次
||其中：见面劝阻|不少于六百人次
||反诈短视频发布|≥50条
|质量指标|预警指令处置率|100%
|时效指标|高风险预警劝阻时限|接警后30分钟内
|成本指标|宣传物料制作费|≤12万元
效益指标|社会效益指标|电信网络诈骗发案数|同比下降10%-15%
||群众反诈知识知晓率|≥90%
||冻结涉案资金|尽力挽回
满意度指标|服务对象满意度指标|群众满意度|≥90%
"""),
]


def rows_of(p):
    """Expand DATA rows: list of dicts with role->text plus carried l1/l2 and merge flags."""
    cols = p["cols"].split("|")
    out, l1, l2 = [], None, None
    for line in p["rows"].strip("\n").split("\n"):
        cells = line.split("|")
        assert len(cells) == len(cols), (p["id"], line)
        r = dict(zip(cols, cells))
        r["l1_cont"] = r["l1"] == ""
        r["l2_cont"] = r["l2"] == ""
        if r["l1"]:
            l1 = r["l1"]
        if r["l2"]:
            l2 = r["l2"]
        r["L1"], r["L2"] = l1, l2
        out.append(r)
    return out


def value_of(r):
    if "val" in r:
        return r["val"]
    op = "" if r["op"] == "定性" else r["op"]
    return op + r["num"] + r["unit"]


def spans(rows, key):
    """rowspan for each row that starts a group of `key` (L1 or L2 within L1)."""
    res = [0] * len(rows)
    i = 0
    while i < len(rows):
        j = i + 1
        while j < len(rows) and rows[j][key.lower() + "_cont"]:
            j += 1
        res[i] = j - i
        i = j
    return res


def esc(s):
    return html.escape(s, quote=False)


STYLE = {
    "ruled": "table.zb{border-collapse:collapse;width:100%}table.zb td,table.zb th{border:1px solid #333;padding:4px 6px;font-size:14px}",
    "rowlines": "table.zb{border-collapse:collapse;width:100%}table.zb td,table.zb th{border:0;border-bottom:1px solid #bbb;padding:6px 8px;font-size:14px}table.zb th{border-bottom:2px solid #666}",
    "none": "table.zb{border-collapse:collapse;width:100%;border:0}table.zb td,table.zb th{border:0;padding:5px 8px;font-size:14px;text-align:left}",
    "zebra": "table.zb{border-collapse:collapse;width:100%}table.zb td,table.zb th{border:0;padding:6px 8px;font-size:14px}table.zb tr:nth-child(even) td{background:#eef3f8}table.zb th{background:#2d5f8b;color:#fff}table.zb{-webkit-print-color-adjust:exact;print-color-adjust:exact}",
}


def table_html(p):
    rows = rows_of(p)
    cols = p["cols"].split("|")
    every = p.get("merge") == "every"
    if not every:
        s1 = spans(rows, "L1")
        s2 = spans(rows, "L2")
    seq, sel, twin = p.get("seq"), p.get("selfeval"), p.get("twin")
    h = []
    attrs = 'class="zb" id="zbtable"'
    if p["cms"] == "kindeditor":
        attrs += ' border="1" cellspacing="0" cellpadding="2"'
    h.append(f"<table {attrs}>")
    ncol = len(cols) + (1 if seq else 0) + (1 if p.get("rem_blank") else 0)
    if p.get("block_in_table"):
        rest = ncol - 1
        for k, v in (("项目名称", p["project"]), ("主管部门", p["dept"]), ("实施单位", p.get("unit_impl", "")),
                     ("项目资金", p["amount"]), ("年度总体目标", p["goal"])):
            h.append(f'<tr><td>{k}</td><td colspan="{rest}">{esc(v)}</td></tr>')
    # header
    hd = []
    if seq:
        hd.append("序号")
    hd += ["一级指标", "二级指标", "三级指标"]
    if twin:
        h.append("<thead><tr>" + "".join(f'<th rowspan="2">{x}</th>' for x in hd) +
                 '<th colspan="2">指标值</th></tr><tr><th>实施期指标值</th><th>年度指标值</th></tr></thead>')
    else:
        rest = {"val": "年度目标值" if sel else "指标值", "rem": "备注", "op": "计算符号", "num": "指标值",
                "unit": "计量单位", "act": "实际完成值", "sc": "分值", "got": "得分", "rsn": "偏差原因分析及改进措施"}
        hd += [rest[c] for c in cols[3:]]
        if p.get("rem_blank"):
            hd.append("备注")
        tag = "td" if p["cms"] in ("wps", "plain") else "th"
        pre = "<tbody>" if tag == "td" else "<thead>"
        h.append(pre + "<tr class=\"hd\">" + "".join(f"<{tag}>{x}</{tag}>" for x in hd) + "</tr>" +
                 ("" if tag == "td" else "</thead><tbody>"))
    if twin:
        h.append("<tbody>")
    for i, r in enumerate(rows):
        c = []
        if seq:
            c.append(f"<td>{i + 1}</td>")
        if every:
            c.append(f"<td>{r['l1']}</td><td>{r['l2']}</td>")
        else:
            if s1[i]:
                c.append(f'<td rowspan="{s1[i]}">{r["l1"]}</td>' if s1[i] > 1 else f"<td>{r['l1']}</td>")
            if s2[i]:
                c.append(f'<td rowspan="{s2[i]}">{r["l2"]}</td>' if s2[i] > 1 else f"<td>{r['l2']}</td>")
        for k in cols[2:]:
            if p["cms"] == "wps" and k == "num" and r[k].replace(".", "").isdigit():
                c.append(f'<td x:num="{r[k]}">{esc(r[k])}</td>')
            else:
                c.append(f"<td>{esc(r[k])}</td>")
        if p.get("rem_blank"):
            c.append("<td></td>")
        h.append("<tr>" + "".join(c) + "</tr>")
    if sel:
        tot = sum(int(r["sc"]) for r in rows)
        got = sum(int(r["got"]) for r in rows)
        h.append(f'<tr><td colspan="5">总分</td><td>{tot}</td><td>{got}</td><td></td></tr>')
        h.append(f'<tr><td colspan="2">自评结论</td><td colspan="6">自评得分{got}分，评价等级为“优”。</td></tr>')
    h.append("</tbody></table>")
    return "\n".join(h)


def facts_html(p):
    if p.get("block_in_table"):
        return ""
    if p.get("selfeval"):
        return (f'<table class="facts" border="1" cellspacing="0"><tr><td>项目名称</td><td colspan="3">{esc(p["project"])}</td></tr>'
                f'<tr><td>主管部门</td><td>{p["dept"]}</td><td>实施单位</td><td>{p["dept"]}</td></tr>'
                f'<tr><td>项目资金（万元）</td><td>年初预算数：156</td><td>全年执行数：152.8</td><td>执行率：97.9%</td></tr>'
                f'<tr><td>年度总体目标</td><td colspan="3">{esc(p["goal"])}</td></tr></table>')
    if p["cms"] == "wps":
        return (f'<p>填报单位（盖章）：{p["dept"]}　　　　金额单位：万元</p>'
                f'<p>项目名称：{esc(p["project"])}</p><p>主管部门：{p["dept"]}</p><p>项目资金：{p["amount"]}</p>'
                f'<p>年度绩效目标：{esc(p["goal"])}</p>')
    return (f'<p>项目名称：{esc(p["project"])}；主管部门：{p["dept"]}；项目资金：{esc(p["amount"])}。</p>'
            f'<p>年度绩效目标：{esc(p["goal"])}</p>')


NAV = ["首页", "政务公开", "政务服务", "互动交流", "走进{place}"]

BASE_CSS = """body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#222}
.top{background:#b71c1c;color:#fff;padding:18px 40px;font-size:26px}.nav{background:#8e1515;padding:8px 40px}
.nav a{color:#fff;margin-right:28px;text-decoration:none}.crumb{padding:10px 40px;font-size:13px;color:#666}
.main{width:1000px;margin:0 auto}.side{float:left;width:180px;font-size:13px}.side li{margin:6px 0}
.art{margin-left:200px}.art h1{font-size:22px;text-align:center}.info{font-size:12px;color:#888;text-align:center;border-bottom:1px solid #ddd;padding-bottom:8px}
.foot{clear:both;margin-top:30px;background:#eee;font-size:12px;color:#555;padding:16px 40px;text-align:center}
table.facts{border-collapse:collapse;width:100%;margin:8px 0}table.facts td{border:1px solid #333;padding:4px;font-size:14px}
.share{font-size:12px;color:#999;margin-top:16px}
@media print{.nav,.side,.share,.crumb{display:none}.art{margin-left:0}.main{width:auto}}
"""


def page_html(p):
    place = p["place"]
    title = f"{p['project']}绩效目标表" if not p.get("selfeval") else f"{p['project']}绩效自评表"
    if p["id"] == "03":
        title = "关于公开濄城县2025年计划生育特殊家庭扶助关怀项目绩效自评结果的公告"
    css = BASE_CSS + STYLE[p["style"]] + p.get("print_css", "")
    nav = "".join(f'<a href="#">{x.format(place=place)}</a>' for x in NAV)
    side = "".join(f"<li><a href=\"#\">{x}</a></li>" for x in
                   ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "财政预决算", "部门预算", "绩效管理"])
    intro = (f"<p>根据《中华人民共和国预算法》和{place}财政局关于做好2025年部门预算公开工作的通知要求，"
             f"现将{p['dept']}{p['project'][len(place):]}绩效目标公开如下。</p>")
    if p.get("selfeval"):
        intro = f"<p>根据{place}财政局关于开展2025年度项目支出绩效自评工作的通知要求，现将自评结果公开如下。</p>"
    extra = p.get("extra_intro", "")
    cls = {"kindeditor": "ke-content", "trs": "TRS_Editor", "gov": "zoom", "plain": "content",
           "wps": "wps-content", "bootstrap": "article-body container", "layui": "layui-text"}[p["cms"]]
    tbl = table_html(p)
    if p["cms"] == "wps":
        tbl = "<!--StartFragment-->\n" + tbl.replace('<table ', '<table x:str ') + "\n<!--EndFragment-->"
    if p["cms"] == "layui":
        tbl = '<div class="layui-form"><div class="layui-table-box">' + tbl.replace('class="zb"', 'class="zb layui-table" lay-skin="line"') + "</div></div>"
    cap = f'<p style="text-align:center;font-weight:bold">{esc(title if not p.get("selfeval") else p["project"] + "绩效自评表")}</p>'
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)}_{p['site']}</title>
<meta name="SiteName" content="{p['site']}"><meta name="ColumnName" content="部门预算">
<style>{css}</style></head>
<body>
<div class="top">{p['site']}　<small>www.{p['slug']}.gov.cn</small></div>
<div class="nav">{nav}</div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政预决算 &gt; 部门预算</div>
<div class="main">
<div class="side"><ul>{side}</ul></div>
<div class="art">
<h1>{esc(title)}</h1>
<div class="info">发布时间：2025-0{int(p['id']) % 9 + 1}-1{int(p['id']) % 10}　来源：{p['dept']}　浏览次数：{137 + 29 * int(p['id'])}</div>
<div class="{cls}" id="zoom">
{intro}{extra}
{cap}
{facts_html(p)}
{tbl}
<p style="text-align:right">{p['dept']}</p>
</div>
<div class="share">分享到：微信 微博　【打印本页】【关闭窗口】</div>
</div></div>
<div class="foot">主办单位：{place}人民政府办公室　网站标识码：{3400000000 + 7919 * int(p['id'])}<br>
ICP备案号：皖ICP备{20250000 + 131 * int(p['id'])}号　公网安备 {34100202000000 + 37 * int(p['id'])}号</div>
</body></html>
"""


def expected(p):
    """PDF expected rows of page p."""
    out = []
    for r in rows_of(p):
        out.append({"source_id": p["id"], "department": p["dept"], "project": p["project"], "name": r["name"],
                    "value": value_of(r), "level1_code": L1[r["L1"]], "level2_code": L2[r["L2"]]})
    return out


def gold(p, fname, quirks):
    out = []
    for n, r in enumerate(rows_of(p), 1):
        q = list(quirks)
        if p.get("merge") != "every":
            if r["l1_cont"]:
                q.append("l1_merged_continuation")
            if r["l2_cont"]:
                q.append("l2_merged_continuation")
        out.append({"file": fname, "n": n, "name": r["name"], "annual_value": value_of(r),
                    "period_value": r.get("per"), "level1_code": L1[r["L1"]], "level2_code": L2[r["L2"]],
                    "url": None, "quirks": q})
    return out


def make_xlsx(p, path, landscape=False, scale=None, title_rows=False):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Side, Font
    rows = rows_of(p)
    cols = p["cols"].split("|")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    heads = {"val": "年度目标值" if p.get("selfeval") else "指标值", "op": "计算符号", "num": "指标值", "unit": "计量单位",
             "act": "实际完成值", "sc": "分值", "got": "得分", "rsn": "偏差原因分析及改进措施", "rem": "备注", "per": "实施期指标值"}
    hd = ["一级指标", "二级指标", "三级指标"] + [heads[c] for c in cols[3:]]
    nc = len(hd)
    ws.append([p["project"] + ("绩效自评表" if p.get("selfeval") else "绩效目标表")])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=nc)
    ws["A1"].font = Font(size=16, bold=True)
    ws.append(["填报单位：" + p["dept"]] + [""] * (nc - 2) + ["单位：万元"])
    for k, v in (("项目名称", p["project"]), ("主管部门", p["dept"]), ("项目资金", p["amount"]), ("年度总体目标", p["goal"])):
        ws.append([k, v])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=nc)
    ws.append(hd)
    hrow = ws.max_row
    start = hrow + 1
    for r in rows:
        vals = [r["l1"], r["l2"]] + [r[c] for c in cols[2:]]
        vals = [float(v) if (c == "num" and v.replace(".", "").isdigit()) else v for c, v in zip(cols, vals)]
        vals = [int(v) if isinstance(v, float) and v.is_integer() else v for v in vals]
        ws.append(vals)
    end = ws.max_row
    # merges
    for key, col in (("l1", 1), ("l2", 2)):
        i = 0
        while i < len(rows):
            j = i + 1
            while j < len(rows) and rows[j][key + "_cont"]:
                j += 1
            if j - i > 1:
                ws.merge_cells(start_row=start + i, start_column=col, end_row=start + j - 1, end_column=col)
            i = j
    for row in ws.iter_rows(min_row=3, max_row=end, max_col=nc):
        for c in row:
            c.border = bd
            c.alignment = Alignment(wrap_text=True, vertical="center")
    widths = [11, 14, 30] + ([9, 16, 10] if "op" in cols else [16] * (nc - 3))
    if p.get("selfeval"):
        widths[-1] = 24
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    ws.append([])
    ws.append(["填报人：张×× 联系电话：0558-6612××××　　审核人：李××"])
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 2 if title_rows else 0
    if title_rows:
        ws.print_title_rows = f"{hrow}:{hrow}"
        for i in range(start, end + 1):
            ws.row_dimensions[i].height = 80
    ws.oddFooter.center.text = "第 &P 页"
    wb.save(path)


def main(outdir=HERE):
    for p in DATA:
        with open(os.path.join(outdir, f"{p['id']}_{p['slug']}.html"), "w", encoding="utf-8") as f:
            f.write(page_html(p))
    make_xlsx(DATA[2], os.path.join(outdir, "03_tejia.xlsx"), landscape=True)
    make_xlsx(DATA[7], os.path.join(outdir, "08_shuzi.xlsx"), landscape=False, title_rows=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
