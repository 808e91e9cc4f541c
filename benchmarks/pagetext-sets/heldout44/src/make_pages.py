"""Held-out set 44: 16 invented government pages, hand-typed tables in DATA.

DATA syntax: one dict per page; each page has one or two tables. A table has
  cols  - the role of each cell, split by "|":
          l1 (一级), l2 (二级), name (三级), val (年度/only value), per (实施期值),
          op (计算符号), num (指标值 number part), unit (计量单位), rem (备注),
          act (实际完成值), sc (分值), got (得分), rsn (偏差原因)
  rows  - one row a line, cells split by "|". With merge="rowspan" (default) an
          empty l1/l2 cell continues the category above (rendered as rowspan);
          merge="every" prints l1/l2 on every row.
The value of a row (gold annual_value / PDF value): val, or op+num+unit joined as
printed (op "定性" dropped), or num+unit. 序号 columns are numbered by the renderers.

Run: python make_pages.py [OUTDIR]  -> NN_topic.html, 05_hunyin.xlsx, 08_cetu.xlsx,
15_difangbing.docx, print templates for xhtml2pdf/Story (pt_NN_*.html) in OUTDIR.
"""
import html as H
import os
import sys

L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14",
      "经济效益指标": "21", "社会效益指标": "22", "生态效益指标": "23", "可持续影响指标": "24",
      "服务对象满意度指标": "31"}

DATA = [
 dict(id="01", topic="baiyi", place="濲阳县", dept="濲阳县住房和城乡建设局", unit="濲阳县白蚁防治所",
      project="2025年新建房屋白蚁预防及蚁害治理项目", amount="92.6万元",
      tables=[dict(cols="l1|l2|name|val", rows="""
产出指标|数量指标|新建房屋白蚁预防面积|≥120万平方米
||其中：保障性住房白蚁预防面积|≥18万平方米
||既有房屋蚁害检查户数|2600户以上
||白蚁防治知识宣传场次|不少于十二场
|质量指标|白蚁预防工程合格率|100%
||蚁害复发率|≤3%
|时效指标|报治后上门查治时限|接报后48小时内
||预防工程竣工资料归档|2025年12月底前
|成本指标|新建房屋白蚁预防单价|≤1.8元/平方米
效益指标|社会效益指标|房屋白蚁危害发生率|逐年下降
|可持续影响指标|白蚁预防工程保修期|十年
满意度指标|服务对象满意度指标|受理业主满意度|≥95%
""")]),
 dict(id="02", topic="shidi", place="湋溪县", dept="湋溪县林业局", unit="湋溪县湿地保护中心",
      project="湋溪县2025年湿地保护修复项目", amount="316万元",
      tables=[dict(cols="l1|l2|name|val|rem", rows="""
产出指标|数量指标|湿地保护修复面积|1350亩|含退塘还湿420亩
||湿地巡护人员|18人|
||设置界桩、标识牌|≥60块|
||鸟类同步调查次数|每季度1次|
|质量指标|修复区植被覆盖度|不低于80%|
||湿地保护率|≥52.6%|按省定口径
|时效指标|修复工程完工时间|2025年10月31日前|
|成本指标|湿地修复亩均成本|≤2800元/亩|
效益指标|生态效益指标|越冬水鸟数量|较上年增加5%以上|
||湿地水质|达到Ⅳ类及以上|
|社会效益指标|湿地科普宣教受众人数|3000人次|
满意度指标|服务对象满意度指标|周边群众满意度|≥90%|
""")]),
 dict(id="03", topic="bangjiao", place="瀖山县", dept=None, unit=None, project=None, amount=None,
      tables=[
       dict(dept="瀖山县司法局", unit="瀖山县司法局社区矫正和安置帮教股",
            project="2025年刑满释放人员安置帮教项目", amount="38万元", cols="l1|l2|name|val", rows="""
产出指标|数量指标|刑满释放人员衔接率|100%
||帮教对象走访人次|≥480人次
||过渡性安置基地|2个
|质量指标|帮教对象重新犯罪率|<1%
|时效指标|出狱后报到时限|出狱后10日内
|成本指标|安置基地运营补助|每个基地不超过5万元
效益指标|社会效益指标|帮教对象就业率|不低于75%
满意度指标|服务对象满意度指标|帮教对象满意度|≥90%
"""),
       dict(dept="中共瀖山县委政法委员会", unit="瀖山县见义勇为基金会",
            project="2025年见义勇为人员奖励和保障项目", amount="25万元", cols="l1|l2|name|val", rows="""
产出指标|数量指标|见义勇为人员表彰人数|15-20人
||困难见义勇为人员慰问户数|≥30户
|质量指标|奖励金发放准确率|100%
|时效指标|奖励金发放时限|确认之日起30个工作日内
|成本指标|个人奖励标准|1万-5万元/人
效益指标|社会效益指标|见义勇为事迹宣传报道|不少于6篇
满意度指标|服务对象满意度指标|见义勇为人员及家属满意度|≥95%
""")]),
 dict(id="04", topic="dianying", place="漹城县", dept="漹城县文化广电和旅游局", unit="漹城县电影发行放映站",
      project="2025年农村公益电影放映项目", amount="51.84万元",
      tables=[dict(cols="l1|l2|name|val", rows="""
产出指标|数量指标|农村公益电影放映场次|≥2592场
||其中：科教片放映场次|不少于648场
||覆盖行政村数|216个
|质量指标|放映设备完好率|≥98%
||放映监管平台回传率|100%
||影片更新比例|≥40%
|时效指标|月度放映任务完成时间|每月25日前
|成本指标|每场放映补助标准|200元/场
效益指标|社会效益指标|农村群众观影人次|约13万人次
|可持续影响指标|农村公益电影放映长效机制|持续运行
满意度指标|服务对象满意度指标|农村群众观影满意度|≥85%
""")]),
 dict(id="05", topic="hunyin", place="涷南县", dept="涷南县民政局", unit="涷南县婚姻登记处",
      project="2024年婚姻登记服务及婚俗改革项目", amount="32万元",
      tables=[dict(cols="l1|l2|name|val|act|sc|got|rsn", rows="""
产出指标|数量指标|婚姻登记办理对数|≥3200对|3418对|10|10|
||颁证仪式场次|不少于24场|26场|5|5|
||婚俗改革宣传活动|≥8次|9次|5|5|
|质量指标|婚姻登记档案电子化率|100%|100%|10|10|
||登记差错率|≤0.1%|0|5|5|
|时效指标|婚姻登记当场办结率|100%|100%|5|5|
||补领婚姻登记证时限|当场办结|当场办结|5|5|
|成本指标|颁证仪式每场成本|≤1500元|1420元|5|5|
效益指标|社会效益指标|高价彩礼投诉量|同比下降20%|同比下降16%|10|8|部分乡镇宣传覆盖不足，下年度加强入村宣传
|可持续影响指标|婚俗改革长效机制|建立|已建立|10|10|
满意度指标|服务对象满意度指标|登记当事人满意度|≥95%|97.3%|10|10|
""")]),
 dict(id="06", topic="zhiyebing", place="澊岭县", dept="澊岭县卫生健康局", unit="澊岭县疾病预防控制中心",
      project="2024—2026年职业病防治项目", amount="186万元（其中2025年度62万元）",
      tables=[dict(cols="l1|l2|name|per|val", rows="""
产出指标|数量指标|重点职业病监测企业数|≥420家|≥140家
||劳动者职业健康检查人数|不少于3.6万人|不少于1.2万人
||其中：尘肺病患者随访人数|全部在册患者|≥280人
||职业健康培训企业负责人|1500人次|500人次
|质量指标|职业病报告准确率|≥95%|≥95%
||尘肺病患者随访率|≥95%|≥95%
|时效指标|职业病诊断时限|受理之日起30日内|受理之日起30日内
||监测报告报送|每年11月底前|2025年11月底前
|成本指标|每家企业监测费用|≤1200元|≤1200元
效益指标|社会效益指标|新发职业病病例数|逐年减少|较上年减少
|可持续影响指标|职业病防治体系运行|长期|长期有效
满意度指标|服务对象满意度指标|劳动者满意度|≥90%|≥90%
""")]),
 dict(id="07", topic="liulang", place="潙头县", dept="潙头县民政局", unit="潙头县救助管理站",
      project="2025年流浪乞讨人员救助管理项目", amount="45万元",
      tables=[dict(cols="l1|l2|name|val", merge="every", rows="""
产出指标|数量指标|救助流浪乞讨人员|300人次以上
产出指标|数量指标|街面巡查救助|每周不少于2次
产出指标|数量指标|寻亲成功人数|≥20人
产出指标|质量指标|受助人员安全事故发生率|0
产出指标|质量指标|寻亲服务覆盖率|100%
产出指标|时效指标|接报后到达现场时间|30分钟内
产出指标|时效指标|站内救助期限|一般不超过10天
产出指标|成本指标|受助人员日均生活费|≤60元/人·天
效益指标|社会效益指标|长期滞留人员落户安置率|≥80%
效益指标|社会效益指标|寒潮期间街面露宿人员冻亡事件|杜绝发生
效益指标|可持续影响指标|救助管理机制|持续完善
满意度指标|服务对象满意度指标|受助人员满意度|≥90%
""")]),
 dict(id="08", topic="cetu", place="淽川县", dept="淽川县农业农村局", unit="淽川县土壤肥料工作站",
      project="2025年测土配方施肥项目", amount="68万元",
      tables=[dict(cols="l1|l2|name|op|num|unit", rows="""
产出指标|数量指标|采集土壤样品|≥|1200|个
||化验分析项次|≥|9600|项次
||发放施肥建议卡|≥|5.2|万份
||建设肥效试验点|＝|12|个
|质量指标|测土配方施肥技术覆盖率|≥|92|%
||样品检测合格率|＝|100|%
|时效指标|施肥建议卡发放时间|定性|2025年3月底前|
|成本指标|每个土样采集化验成本|≤|75|元/个
效益指标|经济效益指标|亩均节本增效|≥|30|元
|生态效益指标|化肥使用量|定性|较上年减少|
|可持续影响指标|主要农作物化肥利用率|≥|43|%
满意度指标|服务对象满意度指标|种植户满意度|≥|90|%
""")]),
 dict(id="09", topic="gongshanglian", place="溮城县", dept="溮城县工商业联合会", unit=None,
      project=None, amount="286.4万元",
      tables=[dict(cols="l1|l2|name|val", rows="""
产出指标|数量指标|走访联系民营企业|≥200家
||开展政企座谈会|不少于4次
||其中：民营企业家培训人次|≥300人次
||发展新会员|30家以上
|质量指标|商会规范化建设达标率|≥85%
||企业诉求办结率|100%
|时效指标|企业诉求响应时间|收到诉求之日起3个工作日内
成本指标|经济成本指标|“三公”经费支出|不超过上年
||会员服务平台运维费|≤8万元
效益指标|经济效益指标|协助企业融资对接金额|≥2亿元
|社会效益指标|“万企兴万村”结对帮扶村数|≥25个
|可持续影响指标|民营经济统战工作机制|持续健全
满意度指标|服务对象满意度指标|会员企业满意度|≥92%
""")]),
 dict(id="10", topic="nongmo", place="瀙溪县", dept="瀙溪县农业农村局", unit="瀙溪县农业生态与资源保护站",
      project="2025年农膜回收和农药包装废弃物回收处置项目", amount="73万元",
      tables=[dict(cols="l1|l2|name|val", rows="""
产出指标|数量指标|废旧农膜回收量|≥1800吨
||其中：加厚高强度地膜推广面积|2万亩
||农药包装废弃物回收量|不少于45吨
||村级回收网点|120个
|质量指标|废旧农膜回收率|≥85%
||农药包装废弃物无害化处置率|100%
|时效指标|回收补助资金兑付|2025年12月31日前
|成本指标|农膜回收补助标准|400元/吨
效益指标|生态效益指标|农田“白色污染”|有效遏制
|经济效益指标|回收再生利用产值|约300万元
|可持续影响指标|回收处置体系|县乡村三级体系基本建成
满意度指标|服务对象满意度指标|种植户满意度|≥90%
""")]),
 dict(id="11", topic="shuangyong", place="灈阳市", dept="灈阳市退役军人事务局", unit="灈阳市双拥工作领导小组办公室",
      project="2025年双拥共建及优抚对象走访慰问项目", amount="120万元",
      tables=[dict(cols="l1|l2|name|val", rows="""
产出指标|数量指标|春节、八一走访慰问优抚对象|≥1600人次
||慰问驻地部队|6个
||“光荣之家”光荣牌悬挂率|100%
|质量指标|慰问金发放准确率|100%
|时效指标|春节慰问完成时间|春节前
||八一慰问完成时间|2025年7月31日前
|成本指标|每人次慰问标准|300-500元
效益指标|社会效益指标|军政军民关系|进一步巩固
||双拥模范城创建成果|保持
满意度指标|服务对象满意度指标|优抚对象满意度|≥95%
||驻地部队满意度|≥95%
""")]),
 dict(id="12", topic="cishan", place="涻南县", dept="涻南县民政局", unit="涻南县慈善总会",
      project="2025年慈善事业促进及慈善超市运营补助项目", amount="28万元",
      tables=[dict(cols="l1|l2|name|num|unit|rem", rows="""
产出指标|数量指标|慈善超市运营数量|5|个|
||募集慈善款物|≥120|万元|含物资折价
||开展“慈善一日捐”活动|1|次|
||救助困难群众|不少于800|人次|
|质量指标|慈善项目信息公开率|100|%|
|时效指标|救助款物拨付时限|收到申请之日起15个工作日内||
|成本指标|慈善超市运营补助|≤2|万元/个|
效益指标|社会效益指标|困难群众临时性需求满足率|≥90|%|
|可持续影响指标|慈善组织登记认定数量|较上年增加||
满意度指标|服务对象满意度指标|受助对象满意度|≥90|%|
""")]),
 dict(id="13", topic="fangnishui", place="滜川县", dept=None, unit=None, project=None, amount=None,
      tables=[
       dict(dept="滜川县教育局", unit="滜川县教育局安全稳定股",
            project="2025年中小学生防溺水安全教育项目", amount="15万元", cols="l1|l2|name|val", rows="""
产出指标|数量指标|防溺水专题教育覆盖学校|全县46所
||发放《致家长的一封信》|≥3.8万份
||新增危险水域警示牌|150块
||暑期重点水域巡查|每周≥2次
|质量指标|学生防溺水知识知晓率|≥98%
|时效指标|暑期前专题教育完成时间|2025年6月底前
效益指标|社会效益指标|学生溺水死亡事故|零发生
满意度指标|服务对象满意度指标|家长满意度|≥90%
"""),
       dict(dept="滜川县住房和城乡建设局", unit="滜川县物业管理服务中心",
            project="2025年电动自行车集中充电设施建设项目", amount="60万元", cols="l1|l2|name|val", rows="""
产出指标|数量指标|新建电动自行车充电端口|≥1200个
||覆盖老旧小区|30个
|质量指标|充电设施验收合格率|100%
|时效指标|建设完成时间|2025年9月30日前
|成本指标|每个充电端口建设补助|≤500元
效益指标|社会效益指标|电动自行车入户充电引发火灾起数|同比下降50%
满意度指标|服务对象满意度指标|小区居民满意度|≥85%
""")]),
 dict(id="14", topic="ruqin", place="湚岭县", dept="湚岭县农业农村局", unit="湚岭县植保植检站",
      project="2025年外来入侵物种普查及防控项目", amount="42万元",
      tables=[dict(cols="l1|l2|name|val", rows="""
产出指标|数量指标|普查样地（样线）数量|≥350个
||入侵植物铲除面积|2000亩以上
||其中：加拿大一枝黄花清除面积|≥600亩
||草地贪夜蛾监测点|8个
|质量指标|普查数据上报完整率|100%
||重点入侵物种防控处置率|≥90%
|时效指标|普查成果汇交|2025年11月15日前
|成本指标|样地调查费用|≤400元/个
效益指标|生态效益指标|重点入侵物种扩散蔓延|得到有效遏制
|经济效益指标|挽回农作物损失|≥150万元
|可持续影响指标|外来入侵物种监测预警体系|初步建立
满意度指标|服务对象满意度指标|农户满意度|≥88%
""")]),
 dict(id="15", topic="difangbing", place="潪城县", dept="潪城县卫生健康局", unit="潪城县疾病预防控制中心",
      project="2025年地方病（碘缺乏病）防治项目", amount="18.6万元",
      tables=[dict(cols="l1|l2|name|val", rows="""
产出指标|数量指标|碘缺乏病监测学校数|5所
||8—10岁儿童尿碘检测|≥200人
||孕妇尿碘检测|100人
||居民户食用盐碘含量监测|≥300份
|质量指标|合格碘盐食用率|≥90%
||实验室外质控考核合格率|100%
|时效指标|监测数据网络直报|检测完成后一周内
|成本指标|每份样品检测费用|45元/份
效益指标|社会效益指标|碘缺乏病消除状态|持续保持
||8—10岁儿童甲状腺肿大率|＜5%
满意度指标|服务对象满意度指标|监测对象满意度|≥90%
""")]),
 dict(id="16", topic="kuangquan", place="瀎川县", dept="瀎川县卫生健康局", unit="瀎川县疾病预防控制中心",
      project="2025年狂犬病暴露预防处置项目", amount="35万元",
      tables=[dict(cols="l1|l2|name|val", rows="""
产出指标|数量指标|规范化狂犬病暴露预防处置门诊|9家
||免费接种狂犬病疫苗人数|≥1500人
||其中：Ⅲ级暴露者被动免疫制剂使用人数|不低于300人
||发放狂犬病防治宣传品|8000件以上
|质量指标|暴露处置规范率|≥95%
||疫苗冷链运转合格率|100%
|时效指标|伤口处置时间|就诊后15分钟内
|成本指标|人均疫苗补助|≤260元/人
效益指标|社会效益指标|狂犬病发病数|0例
|可持续影响指标|犬只免疫与暴露处置联防机制|长效运行
满意度指标|服务对象满意度指标|就诊群众满意度|≥90%
""")]),
]

# ---------------------------------------------------------------- parsing DATA

def parse_table(t):
    """rows of dicts: role->cell, plus l1/l2 carried down, cont flags, value."""
    cols = t["cols"].split("|")
    out = []
    l1 = l2 = None
    for line in t["rows"].strip("\n").split("\n"):
        cells = line.split("|")
        assert len(cells) == len(cols), (line, cols)
        r = dict(zip(cols, cells))
        r["l1_cont"] = r["l1"] == ""
        r["l2_cont"] = r["l2"] == ""
        if r["l1"]:
            l1 = r["l1"]
            if not r["l2"]:
                raise ValueError(line)
        if r["l2"]:
            l2 = r["l2"]
        r["L1"], r["L2"] = l1, l2
        if "val" in r:
            r["value"] = r["val"]
        elif "op" in r:
            r["value"] = ("" if r["op"] == "定性" else r["op"]) + r["num"] + r["unit"]
        else:
            r["value"] = r["num"] + r["unit"]
        r["period"] = r.get("per")
        out.append(r)
    # rowspan sizes
    for key, flag in (("l1", "l1_cont"), ("l2", "l2_cont")):
        for i, r in enumerate(out):
            if r[key]:
                n = 1
                while i + n < len(out) and out[i + n][flag] and (key == "l2" or True):
                    if key == "l2" and out[i + n]["l1"]:
                        break
                    n += 1
                r[key + "_span"] = n
    return out


def page_tables(p):
    res = []
    for t in p["tables"]:
        d = dict(t)
        for k in ("dept", "unit", "project", "amount"):
            d.setdefault(k, p.get(k))
        d["parsed"] = parse_table(t)
        d["merge"] = t.get("merge", "rowspan")
        res.append(d)
    return res


def code1(r):
    return L1[r["L1"]]


def code2(r):
    return L2[r["L2"]]

# ---------------------------------------------------------------- html helpers

E = H.escape


def grid_rows(t, *, seq=False, cell=lambda s: E(s), td="td", tr_attr=lambda i: "", td_attr="",
              every=False, roles=None, join_opcols=False):
    """body <tr>s of an indicator table. roles: which roles to print, in order."""
    rows = t["parsed"]
    roles = roles or [c for c in t["cols"].split("|")]
    out = []
    for i, r in enumerate(rows):
        tds = []
        if seq:
            tds.append(f"<{td}{td_attr}>{cell(str(i + 1))}</{td}>")
        for role in roles:
            if role in ("l1", "l2") and not every:
                if r[role]:
                    span = r[role + "_span"]
                    rs = f' rowspan="{span}"' if span > 1 else ""
                    tds.append(f"<{td}{rs}{td_attr}>{cell(r[role])}</{td}>")
                continue
            if role in ("l1", "l2"):
                tds.append(f"<{td}{td_attr}>{cell(r['L1'] if role == 'l1' else r['L2'])}</{td}>")
                continue
            tds.append(f"<{td}{td_attr}>{cell(r.get(role, '') or '')}</{td}>")
        out.append(f"<tr{tr_attr(i)}>" + "".join(tds) + "</tr>")
    return "\n".join(out)


FOOT = """<div class="{cls}">
<p>主办单位：{place}人民政府办公室　承办：{place}政务服务数据管理局</p>
<p>网站标识码：{bsm}　<a href="#">{icp}</a>　<a href="#">{ga}</a></p>
<p>地址：{addr}　联系电话：{tel}　建议使用1366×768以上分辨率浏览</p>
</div>"""


def chrome(p, *, title, body, css, site=None, nav=None, crumb=None, meta=None, foot_cls="footer",
           head_extra="", bsm="", icp="", ga="", addr="", tel="", top=None, after=""):
    site = site or f"{p['place']}人民政府"
    nav = nav or ["首页", "政务公开", "政务服务", "互动交流", "走进" + p["place"][:-1]]
    crumb = crumb or ["首页", "政务公开", "财政预决算", "部门预算"]
    navh = "".join(f'<li><a href="#">{n}</a></li>' for n in nav)
    crumbh = " &gt; ".join(f'<a href="#">{c}</a>' for c in crumb)
    toph = top if top is not None else f'<div class="topbar"><span>今天是2025年2月18日 星期二</span><span><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a></span></div>'
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{E(title)}-{E(site)}</title>
<meta name="SiteName" content="{E(site)}">
<meta name="ArticleTitle" content="{E(title)}">
{head_extra}
<style>
{css}
</style></head>
<body>
{toph}
<div class="banner"><div class="logo">{E(site)}</div><form class="search"><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></form></div>
<ul class="nav">{navh}</ul>
<div class="crumb">当前位置：{crumbh}</div>
<div class="main">
<h1 class="art-title">{E(title)}</h1>
<div class="art-meta">{meta or '发布时间：2025-02-14 10:21　来源：' + E(p['place']) + '财政局　浏览次数：<span>386</span>'}</div>
{body}
</div>
{after}
{FOOT.format(cls=foot_cls, place=p['place'], bsm=bsm, icp=icp, ga=ga, addr=addr, tel=tel)}
</body></html>
"""


BASE_CSS = """body{margin:0;font-family:"Microsoft YaHei","Noto Sans CJK SC",sans-serif;font-size:14px;color:#333}
a{color:#333;text-decoration:none}.topbar{background:#f2f2f2;padding:4px 12%%;display:flex;justify-content:space-between;font-size:12px}
.banner{height:90px;background:%s;display:flex;align-items:center;justify-content:space-between;padding:0 12%%}
.logo{font-size:30px;color:#fff;font-weight:bold;letter-spacing:3px}.search input{width:180px;height:26px}
.nav{list-style:none;margin:0;padding:0 12%%;background:%s;display:flex}.nav li{padding:10px 22px}.nav a{color:#fff;font-size:16px}
.crumb{padding:10px 12%%;font-size:13px;color:#666}.main{margin:0 12%%;padding:10px 30px 30px;background:#fff;border:1px solid #e5e5e5}
.art-title{text-align:center;font-size:22px;color:%s;margin:18px 0 8px}.art-meta{text-align:center;color:#888;font-size:12px;border-bottom:1px dashed #ccc;padding-bottom:10px;margin-bottom:16px}
.footer{background:#2b2b2b;color:#bbb;text-align:center;padding:14px 0;font-size:12px;margin-top:20px}.footer a{color:#bbb}
"""


def base_css(c1, c2, c3):
    return BASE_CSS.replace("%%", "%") % (c1, c2, c3) if False else (BASE_CSS % (c1, c2, c3)).replace("%%", "%")


def facts_p(t, sep="<br>"):
    return (f"项目名称：{E(t['project'])}{sep}主管部门：{E(t['dept'])}{sep}"
            f"实施单位：{E(t['unit'])}{sep}项目资金：{E(t['amount'])}")

# ---------------------------------------------------------------- the 16 pages


def page01(p):
    t = page_tables(p)[0]
    cell = lambda s: E(s)
    block = (f'<tr><td colspan="2" align="center">项目名称</td><td colspan="2">{E(t["project"])}</td></tr>'
             f'<tr><td colspan="2" align="center">主管部门</td><td>{E(t["dept"])}</td></tr>'
             f'<tr><td colspan="2" align="center">实施单位</td><td colspan="2">{E(t["unit"])}</td></tr>'
             f'<tr><td colspan="2" align="center">项目资金</td><td colspan="2">年度资金总额：{E(t["amount"])}（其中：财政拨款92.6万元）</td></tr>'
             f'<tr><td colspan="2" align="center">年度总体目标</td><td colspan="2">完成全县新建房屋白蚁预防，开展既有房屋蚁害检查与灭治，降低白蚁危害。</td></tr>')
    hdr = '<tr><td align="center"><strong>一级指标</strong></td><td align="center"><strong>二级指标</strong></td><td align="center"><strong>三级指标</strong></td><td align="center"><strong>指标值</strong></td></tr>'
    tbl = (f'<table border="1" cellspacing="0" cellpadding="4" style="width:100%;border-collapse:collapse;" class="ke-zeroborder">\n<tbody>\n'
           f'{block}\n{hdr}\n{grid_rows(t, td_attr="")}\n</tbody></table>')
    body = (f'<div class="article-con ke-content" id="zoom">\n<p style="text-align:center;"><strong>{E(t["project"])}绩效目标表</strong></p>\n'
            f'<p style="text-align:right;">单位：万元</p>\n{tbl}\n'
            f'<p>　　附件：<a href="#">濲阳县住建局2025年部门预算公开表.xls</a></p>\n</div>')
    css = base_css("#7a3b12", "#9c4d1a", "#7a3b12") + ".ke-content table td{border:1px solid #000;font-size:14px}\n@media print{.topbar,.search{display:none}}"
    return chrome(p, title=f"濲阳县住房和城乡建设局{t['project']}绩效目标公开", body=body, css=css,
                  bsm="5309270011", icp="滇ICP备18002791号-1", ga="滇公网安备 53092702000183号",
                  addr="濲阳县濲城镇府前路12号", tel="0883-7625013")


def page02(p):
    t = page_tables(p)[0]
    hdr = '<tr class="firstRow"><th>序号</th><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th><th>备注</th></tr>'
    tda = ' valign="middle" style="word-break: break-all;"'
    tbl = (f'<table width="100%" data-sort="sortDisabled" border="1" style="border-collapse:collapse"><tbody>\n{hdr}\n'
           f'{grid_rows(t, seq=True, td_attr=tda)}\n</tbody></table>')
    body = (f'<div class="TRS_UEDITOR TRS_WEB" id="UCAP-CONTENT">\n<p>　　根据《湋溪县县级部门预算绩效管理办法》，现将{E(t["project"])}绩效目标公开如下：</p>\n'
            f'<p>　　{facts_p(t, sep="；")}。</p>\n{tbl}\n<p>　　联系人：龚雪宁　联系电话：0736-5820117</p>\n</div>')
    css = base_css("#1d6b3c", "#238049", "#1d6b3c") + ".TRS_UEDITOR table{border-collapse:collapse}.TRS_UEDITOR td,.TRS_UEDITOR th{border:1px solid #666;padding:5px 6px}"
    return chrome(p, title=f"{t['project']}绩效目标", body=body, css=css,
                  crumb=["首页", "信息公开", "法定主动公开内容", "财政信息"],
                  bsm="4307240009", icp="湘ICP备17004416号", ga="湘公网安备 43072402000317号",
                  addr="湋溪县城关镇湿地大道8号", tel="0736-5820001")


def page03(p):
    ts = page_tables(p)
    parts = []
    for k, t in enumerate(ts):
        hdr = '<tr bgcolor="#e8eef7"><td width="16%" align="center"><b>一级指标</b></td><td width="18%" align="center"><b>二级指标</b></td><td align="center"><b>三级指标</b></td><td width="22%" align="center"><b>指标值</b></td></tr>'
        block = (f'<tr bgcolor="#ffffff"><td align="center">项目名称</td><td colspan="3">{E(t["project"])}</td></tr>'
                 f'<tr bgcolor="#ffffff"><td align="center">主管部门</td><td colspan="3">{E(t["dept"])}</td></tr>'
                 f'<tr bgcolor="#ffffff"><td align="center">项目资金</td><td colspan="3">{E(t["amount"])}</td></tr>')
        rows = grid_rows(t, tr_attr=lambda i: ' bgcolor="#ffffff"')
        parts.append(f'<p><font size="3"><b>{"一二"[k]}、{E(t["project"])}</b></font></p>\n'
                     f'<table width="96%" border="0" cellspacing="1" cellpadding="3" bgcolor="#9aa9c0" align="center">\n{block}\n{hdr}\n{rows}\n</table>\n<br>')
    body = ('<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="200" valign="top" class="left">'
            '<div class="lefttit">政法工作</div><ul><li><a href="#">工作动态</a></li><li><a href="#">平安建设</a></li><li><a href="#">预算公开</a></li></ul></td>'
            '<td valign="top"><div class="content" id="zoom">\n<p>　　现将瀖山县政法系统2025年项目支出绩效目标公开如下：</p>\n'
            + "\n".join(parts) + '\n</div></td></tr></table>')
    css = base_css("#16396b", "#1f4b8a", "#16396b") + ".left{background:#f5f7fa}.lefttit{background:#1f4b8a;color:#fff;padding:8px}.content td{font-size:13px}"
    return chrome(p, title="瀖山县政法系统2025年项目支出绩效目标", body=body, css=css,
                  bsm="6125270002", icp="陕ICP备19003328号", ga="陕公网安备 61252702000094号",
                  addr="瀖山县龙泉街56号", tel="0914-6630218")


def page04(p):
    t = page_tables(p)[0]
    hdr = '<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead>'
    tbl = (f'<table class="layui-table" lay-skin="line" lay-size="sm">\n<colgroup><col width="130"><col width="150"><col><col width="180"></colgroup>\n'
           f'{hdr}\n<tbody>\n{grid_rows(t)}\n</tbody></table>')
    body = (f'<div class="layui-card"><div class="layui-card-header">项目基本信息</div><div class="layui-card-body">'
            f'<div class="layui-row"><div class="layui-col-md6">项目名称：{E(t["project"])}</div><div class="layui-col-md6">主管部门：{E(t["dept"])}</div></div>'
            f'<div class="layui-row"><div class="layui-col-md6">实施单位：{E(t["unit"])}</div><div class="layui-col-md6">项目资金：{E(t["amount"])}</div></div></div></div>\n'
            f'<div class="layui-card" id="perf"><div class="layui-card-header">绩效目标</div><div class="layui-card-body">\n{tbl}\n</div></div>')
    css = (base_css("#5b2c83", "#6c3a99", "#5b2c83") +
           ".layui-card{margin-bottom:12px;box-shadow:0 1px 2px rgba(0,0,0,.1)}.layui-card-header{padding:8px 12px;border-bottom:1px solid #f6f6f6;font-weight:bold}"
           ".layui-card-body{padding:10px 14px}.layui-row{display:flex}.layui-col-md6{width:50%;padding:3px 0}"
           ".layui-table{width:100%;border-collapse:collapse}.layui-table th{background:#fafafa;text-align:left}"
           ".layui-table td,.layui-table th{padding:8px 12px;border:0;border-bottom:1px solid #e6e6e6}\n"
           "@page{size:182mm 257mm;margin:18mm 14mm}")
    return chrome(p, title=f"{t['project']}绩效目标公开", body=body, css=css,
                  bsm="3415250007", icp="皖ICP备16011452号-2", ga="皖公网安备 34152502000211号",
                  addr="漹城县文化路99号", tel="0564-8217730")


def page05(p):
    t = page_tables(p)[0]
    c = lambda s: E(s)
    block = ('<tr><td colspan="2">项目名称</td><td colspan="6">' + c(t["project"]) + '</td></tr>'
             '<tr><td colspan="2">主管部门</td><td colspan="2">' + c(t["dept"]) + '</td><td colspan="2">实施单位</td><td colspan="2">' + c(t["unit"]) + '</td></tr>'
             '<tr><td colspan="2" rowspan="2">项目资金（万元）</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>'
             '<tr><td>32</td><td>32</td><td>30.72</td><td>10</td><td>96%</td><td>9.6</td></tr>'
             '<tr><td colspan="2">年度总体目标</td><td colspan="6">规范婚姻登记服务，推进婚俗改革，倡导简约适度婚俗礼仪。</td></tr>')
    hdr = ('<tr class="hd"><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td>'
           '<td>偏差原因分析及改进措施</td></tr>')
    tail = '<tr><td colspan="5">总分</td><td>100</td><td>97.6</td><td></td></tr><tr><td colspan="2">自评结论</td><td colspan="6">优</td></tr>'
    tbl = f'<table class="selfeval">\n<tbody>\n{block}\n{hdr}\n{grid_rows(t)}\n{tail}\n</tbody></table>'
    body = (f'<div class="zw" id="zoomcon">\n<p style="text-align:center"><b>项目支出绩效自评表</b></p>\n<p style="text-align:center">（2024年度）</p>\n{tbl}\n'
            '<p>填表人：郦若澄　　联系电话：0917-4462318　　填报日期：2025年3月20日</p>\n</div>')
    css = (base_css("#a8071a", "#c41d2f", "#a8071a") +
           ".selfeval{border-collapse:collapse;width:100%}.selfeval td{border:1px solid #555;padding:4px 5px;font-size:13px;text-align:center}.selfeval .hd td{background:#f0f0f0;font-weight:bold}"
           "\n@media print{.topbar,.banner,.nav,.crumb,.footer{display:none}.main{border:0;margin:0}}")
    return chrome(p, title=f"涷南县民政局2024年度项目支出绩效自评结果公开", body=body, css=css,
                  crumb=["首页", "政府信息公开", "民政局", "财政资金"],
                  bsm="6103270014", icp="陕ICP备17008821号-3", ga="陕公网安备 61032702000428号",
                  addr="涷南县人民路188号", tel="0917-4462000")


def page06(p):
    t = page_tables(p)[0]
    thead = ('<thead><tr><th rowspan="2">一级指标</th><th rowspan="2">二级指标</th><th rowspan="2">三级指标</th><th colspan="2">指标值</th></tr>'
             '<tr><th>实施期指标值</th><th>年度指标值</th></tr></thead>')
    tbl = (f'<div class="table-responsive"><table class="table table-bordered table-sm perf">\n{thead}\n<tbody>\n{grid_rows(t)}\n</tbody></table></div>')
    body = (f'<div class="container"><div class="card mb-3"><div class="card-body">'
            f'<dl class="row"><dt class="col-sm-2">项目名称</dt><dd class="col-sm-10">{E(t["project"])}</dd>'
            f'<dt class="col-sm-2">主管部门</dt><dd class="col-sm-10">{E(t["dept"])}</dd>'
            f'<dt class="col-sm-2">实施单位</dt><dd class="col-sm-10">{E(t["unit"])}</dd>'
            f'<dt class="col-sm-2">项目资金</dt><dd class="col-sm-10">{E(t["amount"])}</dd></dl></div></div>\n'
            f'<div id="content">\n<h5>绩效目标</h5>\n{tbl}\n</div></div>')
    css = (base_css("#0b5d8c", "#0f6fa6", "#0b5d8c") +
           ".card{border:1px solid #dee2e6;border-radius:4px;padding:10px}.row{display:flex;flex-wrap:wrap;margin:0}.col-sm-2{width:16%;font-weight:bold}.col-sm-10{width:80%;margin:0}"
           ".table{width:100%;border-collapse:collapse}.table-bordered td,.table-bordered th{border:1px solid #dee2e6;padding:6px}.table thead th{background:#e9f2f9}\n"
           "@media print{.topbar,.search,.nav{display:none}.perf td,.perf th{padding:30px 6px;font-size:16px}.perf thead{display:table-header-group}}")
    return chrome(p, title=f"{t['project']}绩效目标（2025年度）", body=body, css=css,
                  bsm="4311230006", icp="湘ICP备15009274号", ga="湘公网安备 43112302000135号",
                  addr="澊岭县健康路20号", tel="0746-7231120")


def page07(p):
    t = page_tables(p)[0]
    hdr = '<tr class="th"><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>'
    tbl = (f'<table class="zebra" cellspacing="0">\n<tbody>\n{hdr}\n{grid_rows(t, every=True)}\n</tbody></table>')
    body = (f'<div class="article" id="ivs_content">\n<p>{facts_p(t)}</p>\n{tbl}\n'
            '<div class="fj">相关附件：<a href="#">潙头县民政局2025年部门预算.pdf</a></div>\n</div>')
    css = (base_css("#274060", "#33507a", "#274060") +
           ".zebra{width:100%;border:0}.zebra td{padding:9px 10px;border:0}.zebra tr:nth-child(odd){background:#f3f6fa}.zebra tr.th td{background:#33507a;color:#fff;font-weight:bold}\n"
           "@media print{.zebra td{padding:20px 10px;font-size:16px}.zebra tr{-webkit-print-color-adjust:exact;print-color-adjust:exact}}")
    return chrome(p, title=f"潙头县民政局{t['project']}绩效目标", body=body, css=css,
                  bsm="5224250003", icp="黔ICP备17006633号-1", ga="贵公网安备 52242502000077号",
                  addr="潙头县民生路1号", tel="0857-6329010")


def page08(p):
    t = page_tables(p)[0]
    x = lambda s, cls="et2": f' class="{cls}" x:str'
    rows = []
    for i, r in enumerate(t["parsed"]):
        tds = []
        if r["l1"]:
            sp = r["l1_span"]
            tds.append(f'<td class="et3" rowspan="{sp}" x:str>{E(r["l1"])}</td>' if sp > 1 else f'<td class="et3" x:str>{E(r["l1"])}</td>')
        if r["l2"]:
            sp = r["l2_span"]
            tds.append(f'<td class="et3" rowspan="{sp}" x:str>{E(r["l2"])}</td>' if sp > 1 else f'<td class="et3" x:str>{E(r["l2"])}</td>')
        tds.append(f'<td class="et4" x:str>{E(r["name"])}</td>')
        tds.append(f'<td class="et3" x:str>{E(r["op"])}</td>')
        numattr = ' x:num' if r["num"].replace(".", "").isdigit() else ' x:str'
        tds.append(f'<td class="et3"{numattr}>{E(r["num"])}</td>')
        tds.append(f'<td class="et3" x:str>{E(r["unit"])}</td>')
        rows.append('<tr height="30" style="height:22.50pt;">' + "".join(tds) + "</tr>")
    tbl = ('<table width="640" border="0" cellpadding="0" cellspacing="0" style="width:480.00pt;border-collapse:collapse;table-layout:fixed;">\n'
           '<col width="88" style="mso-width-source:userset;mso-width-alt:2816;"><col width="96"><col width="220"><col width="70"><col width="86"><col width="80">\n'
           '<tr height="40"><td class="et1" colspan="6" x:str>2025年项目支出绩效目标表</td></tr>\n'
           '<tr height="24"><td class="et5" colspan="3" x:str>填报单位：淽川县农业农村局</td><td class="et5" colspan="3" x:str>金额单位：万元</td></tr>\n'
           f'<tr><td class="et3" colspan="2" x:str>项目名称</td><td class="et3" colspan="4" x:str>{E(t["project"])}</td></tr>\n'
           f'<tr><td class="et3" colspan="2" x:str>主管部门</td><td class="et3" x:str>{E(t["dept"])}</td><td class="et3" colspan="2" x:str>实施单位</td><td class="et3" x:str>{E(t["unit"])}</td></tr>\n'
           f'<tr><td class="et3" colspan="2" x:str>项目资金</td><td class="et3" colspan="4" x:num>68</td></tr>\n'
           '<tr><td class="et6" x:str>一级指标</td><td class="et6" x:str>二级指标</td><td class="et6" x:str>三级指标</td><td class="et6" x:str>计算符号</td><td class="et6" x:str>指标值</td><td class="et6" x:str>计量单位</td></tr>\n'
           + "\n".join(rows) + "\n</table>")
    body = (f'<div class="TRS_Editor"><div class="Custom_UnionStyle">\n<!--StartFragment-->\n{tbl}\n<!--EndFragment-->\n</div></div>')
    css = (base_css("#3d6b1f", "#4c8427", "#3d6b1f") +
           ".et1{font-size:18pt;font-weight:700;text-align:center}.et5{text-align:left;font-size:11pt}"
           ".et3,.et4,.et6{border:.5pt solid windowtext;text-align:center;font-size:11pt;white-space:normal}.et4{text-align:left}.et6{font-weight:700;background:#d9e1f2}")
    return chrome(p, title=f"淽川县农业农村局{t['project']}绩效目标表", body=body, css=css,
                  head_extra='<meta name="Generator" content="WPS Office ET">',
                  bsm="5116230019", icp="川ICP备16027743号", ga="川公网安备 51162302000366号",
                  addr="淽川县农丰路36号", tel="0826-3382107")


def page09(p):
    t = page_tables(p)[0]
    head = ('<tr><td class="lb">部门名称</td><td colspan="3">溮城县工商业联合会</td></tr>'
            '<tr><td class="lb" rowspan="3">年度预算申请（万元）</td><td>资金总额</td><td colspan="2">286.4</td></tr>'
            '<tr><td>其中：基本支出</td><td colspan="2">231.4</td></tr><tr><td>项目支出</td><td colspan="2">55</td></tr>'
            '<tr><td class="lb" rowspan="3">年度主要任务</td><td>任务名称</td><td colspan="2">主要内容</td></tr>'
            '<tr><td>服务民营经济发展</td><td colspan="2">走访企业、收集诉求、组织政企沟通</td></tr>'
            '<tr><td>商会建设</td><td colspan="2">指导基层商会和行业商会规范化建设</td></tr>'
            '<tr><td class="lb">年度总体目标</td><td colspan="3">围绕促进非公有制经济健康发展和非公有制经济人士健康成长，完成年度各项工作任务。</td></tr>'
            '<tr><td colspan="4" class="lb">年度绩效指标</td></tr>')
    hdr = '<tr><td class="lb">一级指标</td><td class="lb">二级指标</td><td class="lb">三级指标</td><td class="lb">指标值</td></tr>'
    tbl = f'<table class="dept" id="deptTable">\n{head}\n{hdr}\n{grid_rows(t)}\n</table>'
    intro = "".join(f"<p>　　{s}</p>" for s in [
        "一、部门主要职能：溮城县工商业联合会（总商会）是中国共产党领导的以非公有制企业和非公有制经济人士为主体的人民团体和商会组织，是党和政府联系非公有制经济人士的桥梁纽带。",
        "二、机构设置：内设办公室、会员部、经济服务部3个股室，下属基层商会14个、行业商会9个。",
        "三、2025年度部门预算收支情况：收入预算286.4万元，支出预算286.4万元，其中基本支出231.4万元，项目支出55万元。",
        "四、部门整体支出绩效目标如下表。"])
    body = (f'<table class="xxgk"><tr><td>索引号：</td><td>11510726MB1J37245X/2025-00031</td><td>发布机构：</td><td>溮城县工商联</td></tr>'
            f'<tr><td>公开方式：</td><td>主动公开</td><td>成文日期：</td><td>2025-02-10</td></tr></table>\n'
            f'<div class="zoom" id="zoom">\n{intro}\n<p style="text-align:center"><b>2025年部门整体支出绩效目标表</b></p>\n{tbl}\n</div>')
    css = (base_css("#8c1c13", "#a52a1f", "#8c1c13") +
           ".xxgk{width:100%;background:#fafafa;border:1px solid #eee;font-size:12px;margin-bottom:10px}.zoom p{line-height:2;font-size:16px}"
           ".dept{width:100%;border-collapse:collapse;page-break-inside:avoid}.dept td{border:1px solid #333;padding:6px;font-size:14px}.dept .lb{text-align:center;font-weight:bold}"
           "\n@media print{.zoom p{line-height:2.4;font-size:17px}}")
    return chrome(p, title="溮城县工商业联合会2025年部门整体支出绩效目标", body=body, css=css,
                  crumb=["首页", "政府信息公开", "部门信息", "溮城县工商联", "预决算"],
                  bsm="5107260021", icp="川ICP备18012690号-1", ga="川公网安备 51072602000152号",
                  addr="溮城县商贸街3号", tel="0816-5216630")


def page10(p):
    t = page_tables(p)[0]
    cell = lambda s: f'<div class="cell">{E(s)}</div>'
    head = ('<div class="el-table__header-wrapper"><table class="el-table__header" cellspacing="0" cellpadding="0" border="0">'
            '<colgroup><col width="120"><col width="140"><col width="320"><col width="220"></colgroup><thead><tr>'
            + "".join(f'<th class="el-table_1_column_{k+1} is-center"><div class="cell">{h}</div></th>' for k, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]))
            + '</tr></thead></table></div>')
    bodyt = ('<div class="el-table__body-wrapper is-scrolling-none"><table class="el-table__body" cellspacing="0" cellpadding="0" border="0">'
             '<colgroup><col width="120"><col width="140"><col width="320"><col width="220"></colgroup><tbody>'
             + grid_rows(t, cell=cell, td_attr=' class="el-table__cell"', tr_attr=lambda i: ' class="el-table__row"')
             + '</tbody></table></div>')
    body = (f'<div id="app"><div class="el-card is-always-shadow"><div class="el-card__body">'
            f'<div class="info"><span>项目名称：{E(t["project"])}</span><span>主管部门：{E(t["dept"])}</span><span>实施单位：{E(t["unit"])}</span><span>项目资金：{E(t["amount"])}</span></div>'
            f'<div class="el-table el-table--fit el-table--enable-row-hover" id="perfTable">{head}{bodyt}</div></div></div></div>')
    css = (base_css("#0e6e6e", "#138585", "#0e6e6e") +
           ".info span{display:inline-block;margin:0 24px 8px 0}.el-table table{width:100%;border-collapse:collapse;table-layout:fixed}"
           ".el-table th,.el-table td{border-bottom:1px solid #ebeef5;padding:10px 0;text-align:left}.el-table th{color:#909399;background:#fff}"
           ".cell{padding:0 10px;line-height:23px;word-break:break-all}"
           "\n@media print{.banner{background:none}.logo{color:#000}.el-table th,.el-table td{border-bottom:0}}")
    return chrome(p, title=f"{t['project']}绩效目标", body=body, css=css,
                  bsm="6207230008", icp="甘ICP备19001726号-2", ga="甘公网安备 62072302000198号",
                  addr="瀙溪县河西路77号", tel="0936-5548011")


def page11(p):
    t = page_tables(p)[0]
    tbl = ('<table class="three">\n<caption>项目绩效目标</caption>\n<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead>\n'
           f'<tbody>\n{grid_rows(t)}\n</tbody></table>')
    body = (f'<div class="detail-content" id="Zoom">\n<p>　　为做好2025年双拥工作，经市财政局审核，{E(t["project"])}绩效目标公开如下。</p>\n'
            f'<p>　　项目名称：{E(t["project"])}</p><p>　　主管部门：{E(t["dept"])}</p><p>　　实施单位：{E(t["unit"])}</p><p>　　项目资金：{E(t["amount"])}</p>\n{tbl}\n'
            '<p style="text-align:right">灈阳市退役军人事务局<br>2025年2月12日</p>\n</div>')
    css = (base_css("#9b1b1b", "#b52424", "#9b1b1b") +
           ".three{width:100%;border-collapse:collapse;border-top:2px solid #000;border-bottom:2px solid #000}.three caption{font-weight:bold;padding:6px}"
           ".three thead th{border-bottom:1px solid #000;padding:6px}.three td{padding:6px;border:0}")
    return chrome(p, title=f"灈阳市退役军人事务局{t['project']}绩效目标公开", body=body, css=css,
                  site="灈阳市人民政府", bsm="4113000026", icp="豫ICP备16005218号-1", ga="豫公网安备 41130002000361号",
                  addr="灈阳市解放大道200号", tel="0377-6318220")


def page12(p):
    t = page_tables(p)[0]
    hdr = '<tr><th>序号</th><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th><th>度量单位</th><th>备注</th></tr>'
    tbl = f'<table class="plain">\n<thead>{hdr}</thead>\n<tbody>\n{grid_rows(t, seq=True)}\n</tbody></table>'
    body = (f'<div class="news_content" id="news_content">\n<p>一、项目名称：{E(t["project"])}</p>\n<p>二、主管部门：{E(t["dept"])}；实施单位：{E(t["unit"])}</p>\n'
            f'<p>三、项目资金：{E(t["amount"])}</p>\n<p>四、绩效指标</p>\n{tbl}\n</div>')
    css = (base_css("#b3541e", "#c8662c", "#b3541e") +
           ".plain{width:100%;border:0;border-collapse:collapse}.plain th,.plain td{border:0;padding:7px 8px;text-align:left}.plain th{font-weight:bold}")
    return chrome(p, title=f"涻南县民政局{t['project']}绩效目标", body=body, css=css,
                  bsm="3607260013", icp="赣ICP备17011094号-1", ga="赣公网安备 36072602000118号",
                  addr="涻南县南门路5号", tel="0797-3327015")


def page13(p):
    ts = page_tables(p)
    parts = []
    for k, t in enumerate(ts):
        parts.append(f'<h4>{"一二"[k]}、{E(t["project"])}</h4>\n<p>主管部门：{E(t["dept"])}　实施单位：{E(t["unit"])}　项目资金：{E(t["amount"])}</p>\n'
                     f'<table border="0" cellpadding="6" width="100%" class="nolines">\n<tr><td><b>一级指标</b></td><td><b>二级指标</b></td><td><b>三级指标</b></td><td><b>指标值</b></td></tr>\n{grid_rows(t)}\n</table>')
    body = '<div class="con" id="con">\n<p>　　现将滜川县2025年民生实事项目绩效目标公开如下。</p>\n' + "\n".join(parts) + "\n</div>"
    css = (base_css("#1b4f72", "#21618c", "#1b4f72") + ".nolines td{border:0;font-size:14px}\n@media print{.nolines td{padding:14px 6px}.nav,.topbar{display:none}}")
    return chrome(p, title="滜川县2025年民生实事项目绩效目标公开", body=body, css=css,
                  bsm="4508230004", icp="桂ICP备18004417号-1", ga="桂公网安备 45082302000256号",
                  addr="滜川县新城大道18号", tel="0775-6218006")


def page14(p):
    t = page_tables(p)[0]
    hdr = ('<div class="vxe-table--header-wrapper"><table class="vxe-table--header" cellspacing="0" cellpadding="0" border="0"><thead><tr class="vxe-header--row">'
           + "".join(f'<th class="vxe-header--column col_{k+1}"><div class="vxe-cell"><span class="vxe-cell--title">{h}</span></div></th>' for k, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]))
           + '</tr></thead></table></div>')
    rows = grid_rows(t, cell=lambda s: f'<div class="vxe-cell">{E(s)}</div>', td_attr=' class="vxe-body--column"', tr_attr=lambda i: f' class="vxe-body--row" rowid="row_{i+10}"')
    bodyt = f'<div class="vxe-table--body-wrapper"><table class="vxe-table--body" cellspacing="0" cellpadding="0" border="0"><tbody>{rows}</tbody></table></div>'
    body = (f'<div class="vxe-form"><div class="vxe-form--item">项目名称：{E(t["project"])}</div><div class="vxe-form--item">主管部门：{E(t["dept"])}</div>'
            f'<div class="vxe-form--item">实施单位：{E(t["unit"])}</div><div class="vxe-form--item">项目资金：{E(t["amount"])}</div></div>\n'
            f'<div class="vxe-table vxe-table--render-default border--full" id="vxeGrid">{hdr}{bodyt}</div>')
    css = (base_css("#2e5e2e", "#3a763a", "#2e5e2e") +
           ".vxe-form--item{display:inline-block;width:48%;padding:4px 0}.vxe-table table{width:100%;border-collapse:collapse;table-layout:fixed}"
           ".vxe-table th,.vxe-table td{border:1px solid #e8eaec;padding:8px}.vxe-table th{background:#f8f8f9}"
           "\n@media print{.vxe-table{zoom:1.3}.topbar,.search{display:none}}")
    return chrome(p, title=f"{t['project']}绩效目标", body=body, css=css,
                  bsm="4205270010", icp="鄂ICP备17013305号-1", ga="鄂公网安备 42052702000143号",
                  addr="湚岭县兴农路4号", tel="0717-4851116")


def page15(p):
    t = page_tables(p)[0]
    def cell(s):
        return f'<p class="MsoNormal" align="center" style="text-align:center;"><span style="font-family:宋体;font-size:10.5pt;">{E(s)}</span></p>'
    td = ' width="142" valign="center" style="border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt;"'
    hdr = "<tr>" + "".join(f'<td{td}><p class="MsoNormal" align="center"><b><span style="font-family:宋体;">{h}</span></b></p></td>' for h in ["一级指标", "二级指标", "三级指标", "指标值"]) + "</tr>"
    tbl = (f'<table class="MsoTableGrid" border="1" cellspacing="0" style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt;">\n'
           f'{hdr}\n{grid_rows(t, cell=cell, td_attr=td)}\n</table>')
    sep = '</span></p><p class="MsoNormal"><span style="font-family:仿宋_GB2312;font-size:16pt;">　　'
    body = (f'<div class="TRS_Editor" id="zoom">\n<p class="MsoNormal"><span style="font-family:仿宋_GB2312;font-size:16pt;">　　{facts_p(t, sep=sep)}</span></p>\n'
            f'{tbl}\n<p class="MsoNormal"><span>&nbsp;</span></p>\n</div>')
    css = base_css("#1a5276", "#1f618d", "#1a5276")
    return chrome(p, title=f"{t['project']}绩效目标公开", body=body, css=css,
                  bsm="3707280017", icp="鲁ICP备15024490号-2", ga="鲁公网安备 37072802000279号",
                  addr="潪城县卫生路11号", tel="0536-3319020")


def page16(p):
    t = page_tables(p)[0]
    hdr = '<thead><tr><th>序号</th><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead>'
    tbl = f'<table class="table table-borderless" id="kqb">\n{hdr}\n<tbody>\n{grid_rows(t, seq=True)}\n</tbody></table>'
    body = (f'<div class="content-box" id="contentBox">\n<ul class="facts"><li>项目名称：{E(t["project"])}</li><li>主管部门：{E(t["dept"])}</li>'
            f'<li>实施单位：{E(t["unit"])}</li><li>项目资金：{E(t["amount"])}</li></ul>\n{tbl}\n</div>')
    css = (base_css("#4a235a", "#5b2c6f", "#4a235a") +
           ".facts{list-style:none;padding:0}.facts li{padding:3px 0}.table{width:100%;border-collapse:collapse}.table-borderless th,.table-borderless td{border:0;padding:6px 8px;text-align:left}"
           "\n@page{size:A4 landscape;margin:12mm}")
    return chrome(p, title=f"{t['project']}绩效目标", body=body, css=css,
                  bsm="2224240005", icp="吉ICP备18003367号-1", ga="吉公网安备 22242402000085号",
                  addr="瀎川县卫生街2号", tel="0433-5582119")


PAGES = {f"{i:02d}": f for i, f in enumerate([page01, page02, page03, page04, page05, page06, page07, page08,
                                              page09, page10, page11, page12, page13, page14, page15, page16], 1)}

# ---------------------------------------------------------------- print templates (xhtml2pdf / Story)


def print_template(p, font_css, *, grid=True, seq=False):
    parts = []
    for t in page_tables(p):
        cols = t["cols"].split("|")
        heads = {"l1": "一级指标", "l2": "二级指标", "name": "三级指标", "val": "指标值", "per": "实施期指标值",
                 "op": "计算符号", "num": "指标值", "unit": "计量单位", "rem": "备注"}
        roles = [c for c in cols if c in heads]
        if "per" in roles:
            heads["val"] = "年度指标值"
        ncol = len(roles) + (1 if seq else 0)
        facts = "".join(f'<tr><td class="k" colspan="2">{k}</td><td colspan="{ncol-2}">{E(v)}</td></tr>'
                        for k, v in (("项目名称", t["project"] or "—"), ("主管部门", t["dept"]), ("项目资金", t["amount"])))
        hdr = "<tr>" + ("<th>序号</th>" if seq else "") + "".join(f"<th>{heads[r]}</th>" for r in roles) + "</tr>"
        parts.append(f'<h2>{E(t["project"] or t["dept"] + "部门整体支出")}绩效目标表</h2>\n<table class="{"g" if grid else "n"}" repeat="1">\n'
                     f'<thead>{hdr}</thead>\n<tbody>{facts}\n{grid_rows(t, seq=seq, roles=roles)}</tbody></table>')
    return f"""<html><head><meta charset="utf-8"><style>
{font_css}
h1{{font-size:16pt;text-align:center}} h2{{font-size:13pt;text-align:center}}
table{{width:100%;border-collapse:collapse}} td,th{{padding:3pt 4pt;font-size:10pt;vertical-align:middle}}
table.g td,table.g th{{border:0.5pt solid #000}} table.n th{{border-bottom:0.8pt solid #000}}
th{{background:#e6e6e6}} td.k{{text-align:center;font-weight:bold}}
</style></head><body>
<h1>{E(p['place'])}预算绩效管理信息系统</h1>
<p>导出时间：2025-02-11 09:42:17　　操作员：czj_yslb03</p>
{''.join(parts)}
<p>审核意见：同意。　　　　（盖章）</p>
</body></html>"""

# ---------------------------------------------------------------- xlsx / docx


def write_xlsx05(p, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    t = page_tables(p)[0]
    wb = Workbook(); ws = wb.active; ws.title = "项目自评表"
    thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.merge_cells("A1:H1"); ws["A1"] = "项目支出绩效自评表"; ws["A1"].font = Font(name="宋体", size=16, bold=True); ws["A1"].alignment = wrap
    ws.merge_cells("A2:H2"); ws["A2"] = "（2024年度）"; ws["A2"].alignment = wrap
    rows = [["项目名称", None, t["project"]], ["主管部门", None, t["dept"], None, "实施单位", None, t["unit"]],
            ["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [None, None, 32, 32, 30.72, 10, "96%", 9.6],
            ["年度总体目标", None, "规范婚姻登记服务，推进婚俗改革，倡导简约适度婚俗礼仪。"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    r0 = 3
    for k, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is not None:
                ws.cell(r0 + k, j + 1, v)
    ws.merge_cells("C3:H3"); ws.merge_cells("C4:D4"); ws.merge_cells("G4:H4"); ws.merge_cells("E4:F4")
    ws.merge_cells("A5:B6"); ws.merge_cells("A7:B7"); ws.merge_cells("C7:H7"); ws.merge_cells("A3:B3"); ws.merge_cells("A4:B4")
    for c in ws[8]:
        c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9D9D9")
    r = 9
    rows_ = t["parsed"]
    for i, x in enumerate(rows_):
        ws.cell(r + i, 3, x["name"]); ws.cell(r + i, 4, x["val"]); ws.cell(r + i, 5, x["act"])
        ws.cell(r + i, 6, int(x["sc"])); ws.cell(r + i, 7, int(x["got"])); ws.cell(r + i, 8, x["rsn"] or None)
        if x["l1"]:
            ws.cell(r + i, 1, x["l1"])
            if x["l1_span"] > 1:
                ws.merge_cells(start_row=r + i, start_column=1, end_row=r + i + x["l1_span"] - 1, end_column=1)
        if x["l2"]:
            ws.cell(r + i, 2, x["l2"])
            if x["l2_span"] > 1:
                ws.merge_cells(start_row=r + i, start_column=2, end_row=r + i + x["l2_span"] - 1, end_column=2)
    end = r + len(rows_)
    ws.cell(end, 1, "总分"); ws.merge_cells(start_row=end, start_column=1, end_row=end, end_column=5); ws.cell(end, 6, 100); ws.cell(end, 7, 97.6)
    ws.cell(end + 1, 1, "自评结论"); ws.merge_cells(start_row=end + 1, start_column=1, end_row=end + 1, end_column=2); ws.cell(end + 1, 3, "优")
    ws.merge_cells(start_row=end + 1, start_column=3, end_row=end + 1, end_column=8)
    for row in ws.iter_rows(min_row=3, max_row=end + 1, max_col=8):
        for c in row:
            c.border = B; c.alignment = wrap
    for col, w in zip("ABCDEFGH", (11, 13, 24, 13, 13, 7, 7, 30)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    wb.save(path)


def write_xlsx08(p, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    t = page_tables(p)[0]
    wb = Workbook(); ws = wb.active; ws.title = "绩效目标表"
    thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.merge_cells("A1:F1"); ws["A1"] = "2025年项目支出绩效目标表"; ws["A1"].font = Font(name="黑体", size=18); ws["A1"].alignment = wrap
    ws["A2"] = "填报单位：淽川县农业农村局"; ws.merge_cells("A2:C2"); ws["D2"] = "金额单位：万元"; ws.merge_cells("D2:F2")
    ws["A3"] = "项目名称"; ws.merge_cells("A3:B3"); ws["C3"] = t["project"]; ws.merge_cells("C3:F3")
    ws["A4"] = "主管部门"; ws.merge_cells("A4:B4"); ws["C4"] = t["dept"]; ws["D4"] = "实施单位"; ws.merge_cells("D4:E4"); ws["F4"] = t["unit"]
    ws["A5"] = "项目资金"; ws.merge_cells("A5:B5"); ws["C5"] = 68; ws.merge_cells("C5:F5")
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "计算符号", "指标值", "计量单位"], 1):
        c = ws.cell(6, j, h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 7
    for i, x in enumerate(t["parsed"]):
        ws.cell(r + i, 3, x["name"]); ws.cell(r + i, 4, x["op"])
        num = x["num"]
        try:
            v = float(num); v = int(v) if v == int(v) else v
        except ValueError:
            v = num
        ws.cell(r + i, 5, v); ws.cell(r + i, 6, x["unit"] or None)
        for key, col in (("l1", 1), ("l2", 2)):
            if x[key]:
                ws.cell(r + i, col, x[key])
                if x[key + "_span"] > 1:
                    ws.merge_cells(start_row=r + i, start_column=col, end_row=r + i + x[key + "_span"] - 1, end_column=col)
        ws.row_dimensions[r + i].height = 80
    end = r + len(t["parsed"])
    ws.cell(end + 1, 1, "单位负责人：蔺仲和　　财务负责人：郗婉清　　填表人：阚书远　　填报日期：2025年2月8日"); ws.merge_cells(start_row=end + 1, start_column=1, end_row=end + 1, end_column=6)
    for row in ws.iter_rows(min_row=3, max_row=end - 1, max_col=6):
        for c in row:
            c.border = B; c.alignment = wrap
    for col, w in zip("ABCDEF", (10, 12, 26, 8, 11, 9)):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "6:6"
    ws.page_setup.scale = 85
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    wb.save(path)


def write_docx15(p, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    t = page_tables(p)[0]
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "宋体"; st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    h = doc.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = h.add_run(f"{t['project']}绩效目标申报表"); run.bold = True; run.font.size = Pt(16)
    for k, v in (("项目名称", t["project"]), ("主管部门", t["dept"]), ("实施单位", t["unit"]), ("项目资金", t["amount"])):
        doc.add_paragraph(f"{k}：{v}")
    for s in ("一、项目概况：我县属历史碘缺乏病流行区，需持续开展碘缺乏病监测，巩固消除成果。",
              "二、立项依据：《全国地方病防治巩固提升行动方案》及省、市地方病防治工作要求。",
              "三、实施内容：学校儿童及孕妇尿碘检测、居民户盐碘监测、健康教育和实验室质量控制。",
              "四、总体目标：持续保持碘缺乏病消除状态，合格碘盐食用率稳定在90%以上。",
              "五、保障措施：成立项目领导小组，明确专人负责，确保资金专款专用。",
              "六、年度绩效指标见下表。"):
        para = doc.add_paragraph(s); para.paragraph_format.space_after = Pt(14); para.paragraph_format.line_spacing = 2.0
    rows = t["parsed"]
    tb = doc.add_table(rows=len(rows) + 1, cols=4); tb.style = "Table Grid"
    for j, hd in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
        c = tb.cell(0, j); c.text = hd; c.paragraphs[0].runs[0].bold = True
    trPr = tb.rows[0]._tr.get_or_add_trPr(); th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)
    for i, x in enumerate(rows, 1):
        tb.cell(i, 2).text = x["name"]; tb.cell(i, 3).text = x["val"]
        for key, col in (("l1", 0), ("l2", 1)):
            if x[key]:
                tb.cell(i, col).text = x[key]
                if x[key + "_span"] > 1:
                    tb.cell(i, col).merge(tb.cell(i + x[key + "_span"] - 1, col))
        tb.rows[i].height = Pt(34)
    doc.add_paragraph("填报单位（盖章）：潪城县疾病预防控制中心　　　　填报日期：2025年2月10日")
    doc.save(path)

# ---------------------------------------------------------------- gold rows


def expected_rows(p):
    """(table_index, parsed row, table) in page order."""
    out = []
    for k, t in enumerate(page_tables(p)):
        for r in t["parsed"]:
            out.append((k, r, t))
    return out


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    for p in DATA:
        html = PAGES[p["id"]](p)
        with open(os.path.join(outdir, f"{p['id']}_{p['topic']}.html"), "w", encoding="utf-8") as f:
            f.write(html)
    byid = {p["id"]: p for p in DATA}
    write_xlsx05(byid["05"], os.path.join(outdir, "05_hunyin.xlsx"))
    write_xlsx08(byid["08"], os.path.join(outdir, "08_cetu.xlsx"))
    write_docx15(byid["15"], os.path.join(outdir, "15_difangbing.docx"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
