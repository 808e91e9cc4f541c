"""Set 42: the hand-typed indicator tables (DATA) and the html pages made from them.

DATA syntax: per page a dict; per table a `cols` string naming the role of each cell
    l1 一级指标, l2 二级指标, name 三级指标, val 年度指标值 (the only value column of most tables),
    per 实施期指标值, op 计算符号/指标性质, num 指标值 (with op/unit), unit 计量单位/度量单位, rem 备注,
    act 实际完成值, sc 分值, got 得分, rsn 偏差原因
and the rows, one a line, cells split by `|`.  With `merge="rowspan"` (the default) an empty 一级/二级
cell continues the merged (rowspan) cell above; with `merge="blank"` the cell is printed empty (the
department left it blank because it repeats) and still means "same as above".  序号 is numbered
automatically where a page prints it.

Gold rows, PDF expected rows, html, xlsx and docx are all made from DATA; nothing is read from tool
output.  `python make_pages.py` writes the 16 html pages beside this file.
"""
import html as _h
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14",
      "经济成本指标": "14", "社会成本指标": "14", "经济效益指标": "21", "社会效益指标": "22",
      "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31"}


def T(cols, rows, **kw):
    t = dict(cols=cols.split("|"), merge="rowspan")
    t.update(kw)
    t["rows"] = [ln.split("|") for ln in rows.strip("\n").split("\n")]
    for r in t["rows"]:
        assert len(r) == len(t["cols"]), (cols, r)
    return t


DATA = [
 dict(id="01", slug="nongjian", place="漶城县", dept="漶城县农业农村局", unit="漶城县农产品质量安全检测站",
      title="漶城县农业农村局2025年农产品质量安全检测项目绩效目标公开",
      tables=[dict(project="2025年农产品质量安全检测项目", amount="86.40", t=T("l1|l2|name|val", """
产出指标|数量指标|农产品定量检测样品数量|≥1200批次
||农产品快速检测数量|≥18000批次
||食用农产品合格证开具主体覆盖数|≥260家
||监督抽查乡镇覆盖率|100%
|质量指标|定量检测结果上报准确率|100%
||检测数据及时录入国家追溯平台比例|≥98%
||承检样品复检一致率|≥95%
|时效指标|年度例行监测任务完成时间|2025年11月30日前
||不合格样品处置启动时限|检出后24小时内
|成本指标|单批次定量检测成本|≤420元
效益指标|社会效益指标|主要农产品质量安全监测合格率|≥97.5%
||区域性重大农产品质量安全事件|0起
满意度指标|服务对象满意度指标|农产品生产经营主体满意度|≥90%
"""))]),
 dict(id="02", slug="guangbo", place="湝川县", dept="湝川县文化广电和旅游体育局", unit="湝川县融媒体中心",
      title="2025年应急广播体系建设运维项目绩效目标",
      tables=[dict(project="2025年应急广播体系建设运维项目", amount="132.00", t=T("l1|l2|name|val|rem", """
产出指标|数量指标|新建行政村应急广播终端|≥420个|覆盖12个乡镇
||应急广播大喇叭维护数量|2680只|
||开展应急信息播发演练|≥4次|每季度1次
|质量指标|终端在线率|≥95%|
||平台与上级应急广播平台对接率|100%|
|时效指标|故障终端修复时限|接报后48小时内|
||新建终端安装调试完成时间|2025年9月底前|
|成本指标|单个终端采购安装成本|≤3500元|
效益指标|社会效益指标|预警信息覆盖人口|约32万人|
|可持续影响指标|应急广播运维长效机制|建立并有效运行|
满意度指标|服务对象满意度指标|群众满意度|≥92%|
||乡镇（街道）管理人员满意度|≥90%|
"""))]),
 dict(id="03", slug="shizhi", place="涘阳县", dept="涘阳县人民政府办公室", unit="涘阳县地方志编纂中心",
      title="《涘阳县志（2006—2020）》编纂出版项目绩效目标表",
      tables=[dict(project="《涘阳县志（2006—2020）》编纂出版项目", amount="58.00", t=T("l1|l2|name|val|rem", """
产出指标|数量指标|县志志稿总字数|约150万字|
||征集史志资料|≥3200件（册）|含图片资料
||出版印刷《涘阳县志》|1500册|
||编纂《涘阳年鉴（2025）》|1部|
|质量指标|志稿评审通过率|100%|经市地方志办评审
||出版物差错率|≤万分之一|
|时效指标|志稿终审完成时间|2025年8月底前|
||正式出版时间|2025年12月31日前|
|成本指标|每册印刷成本|≤180元|
效益指标|社会效益指标|地情资料查阅利用人次|≥2000人次|
|可持续影响指标|史志资料数据库持续更新|长期|
满意度指标|服务对象满意度指标|社会各界对志书质量满意度|≥90%|
||评审专家满意度|≥85%|
"""))]),
 dict(id="04", slug="jubao", place="滧南县", dept="滧南县人力资源和社会保障局", unit="滧南县社会保险事业管理中心",
      title="2025年城乡居民基本养老保险经办服务项目绩效目标",
      tables=[dict(project="2025年城乡居民基本养老保险经办服务项目", amount="64.80", t=T("l1|l2|name|val", """
产出指标|数量指标|城乡居民养老保险待遇领取资格认证人数|≥4.6万人
||其中：80周岁以上高龄老人上门认证人数|≥1800人
||代缴困难群体养老保险费人数|约5200人
||其中：重度残疾人代缴人数|约1300人
|质量指标|待遇按月足额发放率|100%
||参保信息数据准确率|≥99%
|时效指标|待遇发放时间|每月10日前
||参保登记办理时限|即时办结
|成本指标|经办服务成本|不超过64.8万元
效益指标|社会效益指标|适龄参保人员参保率|≥95%
|可持续影响指标|经办服务“一网通办”持续运行|长期
满意度指标|服务对象满意度指标|参保群众满意度|不低于90%
"""))]),
 dict(id="05", slug="qianxin", place="潽溪县", dept="潽溪县人力资源和社会保障局", unit="潽溪县劳动保障监察大队",
      title="2024年度根治拖欠农民工工资专项经费绩效自评表",
      tables=[dict(project="2024年根治拖欠农民工工资专项经费", amount="38.00", t=T("l1|l2|name|val|act|sc|got|rsn", """
产出指标|数量指标|开展欠薪隐患排查专项行动|≥4次|5次|8|8|
||检查在建工程项目|≥150个|163个|8|8|
||农民工工资专用账户开设率|100%|100%|8|8|
|质量指标|欠薪案件结案率|≥96%|97.2%|8|8|
||实名制管理覆盖率|≥95%|93.5%|8|7|部分小型项目未按时录入，下年度加强督导
|时效指标|举报投诉案件办结时限|收到举报投诉之日起15个工作日内|平均11个工作日|6|6|
||专项行动完成时间|2025年1月20日前|2025年1月16日|6|6|
|成本指标|专项经费支出|≤38万元|36.42万元|6|6|
效益指标|社会效益指标|为农民工追回欠薪金额|≥800万元|912.6万元|10|10|
||因欠薪引发群体性事件|0起|0起|10|10|
满意度指标|服务对象满意度指标|农民工对欠薪处置满意度|≥90%|92.3%|6|6|
||用人单位满意度|≥85%|88%|6|6|
"""))]),
 dict(id="06", slug="xiaoche", place="淓岭县", dept="淓岭县教育局", unit="淓岭县学生资助管理中心",
      title="2025—2027年农村学校校车运营补助项目绩效目标申报表",
      tables=[dict(project="2025—2027年农村学校校车运营补助项目", amount="420.00", t=T("l1|l2|name|per|val", """
产出指标|数量指标|补助运营校车数量|≥96辆|≥96辆
||惠及乘车学生|≥4200人|≥4000人
||校车驾驶员安全培训|≥12期|≥4期
|质量指标|校车年检合格率|100%|100%
||校车动态监控在线率|≥98%|≥98%
|时效指标|补助资金拨付时间|每学期开学后1个月内|每学期开学后1个月内
||年度运营考核完成时间|各年度12月底前|2025年12月底前
|成本指标|每车每年运营补助标准|≤4.5万元|≤4.5万元
效益指标|社会效益指标|校车安全责任事故|0起|0起
||农村学生上下学乘车难问题|基本解决|有效缓解
|可持续影响指标|校车运营监管长效机制|健全完善|逐步完善
满意度指标|服务对象满意度指标|学生家长满意度|≥90%|≥90%
||学校满意度|≥92%|≥90%
"""))]),
 dict(id="07", slug="jiaopei", place="滍阳市", dept="滍阳市教育局", unit="滍阳市教师发展中心",
      title="2025年中小学幼儿园教师培训项目绩效目标",
      tables=[dict(project="2025年中小学幼儿园教师培训项目", amount="210.00", t=T("l1|l2|name|val|rem", """
产出指标|数量指标|组织市级骨干教师集中培训|500-600人次|分两期
||开设培训专题课程|十二个|
||送教下乡覆盖县（区）|7个|
||新教师岗前培训人数|约380人|
|质量指标|参训教师结业率|百分之九十五以上|
||培训课程优良率|≥90%|由参训教师评议
|时效指标|暑期集中培训完成时间|2025年8月25日前|
||培训学时登记时限|培训结束后十个工作日内|
|成本指标|人均培训成本|不超过2800元|不含住宿
效益指标|社会效益指标|参训教师课堂教学能力|明显提升|
||乡村学校教师参训比例|不低于40%|
|可持续影响指标|市级教师培训资源库建设|持续完善|
满意度指标|服务对象满意度指标|参训教师满意度|百分之九十|
"""))]),
 dict(id="08", slug="jiage", place="湉川县", dept="湉川县发展和改革局", unit="湉川县价格认证中心",
      title="2025年价格监测与成本调查项目绩效目标表",
      tables=[dict(project="2025年价格监测与成本调查项目", amount="28.60", t=T("l1|l2|name|op|num|unit", """
产出指标|数量指标|重要民生商品价格监测品种|≥|56|个
||价格监测报表报送|≥|600|份
||开展农本调查样本户|＝|40|户
||定价成本监审项目|≥|3|项
|质量指标|监测数据差错率|≤|1|%
||成本调查报表审核通过率|＝|100|%
|时效指标|价格异动预警信息报送时限|≤|2|小时
||年度成本调查报告完成时间|定性|2025年11月底前|
|成本指标|单个监测点补助标准|≤|1200|元/年
效益指标|社会效益指标|价格异常波动及时发现率|≥|95|%
|可持续影响指标|价格监测预警机制|定性|持续完善|
满意度指标|服务对象满意度指标|价格监测点满意度|≥|90|%
"""))]),
 dict(id="09", slug="shenji", place="澛口县", dept="澛口县审计局", unit="澛口县审计局",
      title="澛口县审计局2025年部门整体支出绩效目标表",
      tables=[dict(project=None, amount="612.35", t=T("l1|l2|name|val", """
产出指标|数量指标|完成审计项目数量|≥28个
||其中：经济责任审计项目|≥9个
||政府投资项目结算审计|≥60个
||审计整改跟踪检查|≥2轮
|质量指标|审计报告复核通过率|100%
||审计发现问题整改率|≥90%
|时效指标|年度审计项目计划完成时间|2025年12月31日前
||审计报告出具时限|现场审计结束后30日内
|成本指标|部门整体支出|≤612.35万元
效益指标|经济效益指标|审减政府投资项目金额|≥3000万元
||促进增收节支|约1800万元
|社会效益指标|移送问题线索办理反馈率|100%
|可持续影响指标|审计信息化平台应用|持续深化
满意度指标|服务对象满意度指标|被审计单位满意度|≥90%
||县委县政府对审计工作满意度|满意
"""))]),
 dict(id="10", slug="laji", place="漭山县", dept="漭山县城市管理局", unit="漭山县环境卫生管理所",
      title="2025年生活垃圾分类处理项目绩效目标",
      tables=[dict(project="2025年生活垃圾分类处理项目", amount="356.00", t=T("l1|l2|name|val", """
产出指标|数量指标|新增生活垃圾分类示范小区|≥25个
||配置四分类投放点|≥180个
||开展垃圾分类宣传进社区活动|≥60场次
|质量指标|城区生活垃圾无害化处理率|100%
||厨余垃圾分出量占比|≥20%
|时效指标|收运车辆清运频次|每日不少于1次
||示范小区建成时间|2025年10月31日前
|成本指标|生活垃圾分类收运单价|≤185元/吨
效益指标|生态效益指标|城区生活垃圾回收利用率|≥36%
|社会效益指标|居民垃圾分类知晓率|≥90%
满意度指标|服务对象满意度指标|居民满意度|≥85%
||物业服务企业满意度|≥80%
"""))]),
 dict(id="11", slug="wushui", place="溿头县", dept="溿头县生态环境局", unit="溿头县各乡镇人民政府",
      title="2025年农村生活污水治理提升项目绩效目标",
      tables=[dict(project="2025年农村生活污水治理提升项目", amount="480.00", t=T("l1|l2|name|val", """
产出指标|数量指标|完成农村生活污水治理行政村|≥１８个
||新建污水管网|约２３．５公里
||新建（改造）小型污水处理设施|１２座
|质量指标|设施正常运行率|≥９０％
||出水水质达标率|≥８５％
|时效指标|项目完工时间|２０２５年１１月底前
|成本指标|户均治理成本|≤６５００元
效益指标|生态效益指标|农村生活污水治理率提高|≥５个百分点
||化学需氧量（COD）年削减量|约１２０吨
|可持续影响指标|设施运维管护机制|长效运行
满意度指标|服务对象满意度指标|受益农户满意度|≥９０％
||乡镇满意度|９０％以上
"""))]),
 dict(id="12", slug="zhengwu", place="潾阳市", dept="潾阳市政务服务管理局", unit=None,
      title="潾阳市政务服务管理局2025年项目支出绩效目标公开",
      tables=[
        dict(project="2025年市民之家政务服务中心运行保障项目", amount="265.00", unit="潾阳市政务服务中心",
             t=T("l1|l2|name|val", """
产出指标|数量指标|进驻部门数量|≥42个
||年度办件量|约36万件
||其中：“跨省通办”事项办件量|≥3000件
|质量指标|“好差评”差评整改率|100%
|时效指标|承诺件办理时限|收到申请之日起15个工作日内
效益指标|社会效益指标|企业群众办事平均跑动次数|≤0.3次
满意度指标|服务对象满意度指标|办事群众满意度|≥98%
""")),
        dict(project="2025年“一网通办”平台运维项目", amount="148.00", unit="潾阳市政务数据服务中心",
             t=T("l1|l2|name|val", """
产出指标|数量指标|平台接入政务服务事项|≥2100项
||自助服务终端运维数量|150台
|质量指标|平台年度可用率|≥99.9%
|时效指标|系统升级改造完成时间|2025年6月底前
||一般故障响应时间|30分钟以内
效益指标|社会效益指标|全程网办事项占比|≥85%
满意度指标|服务对象满意度指标|平台用户满意度|≥95%
"""))]),
 dict(id="13", slug="wenming", place="浡城县", dept="中共浡城县委宣传部", unit="浡城县新时代文明实践中心",
      title="2025年新时代文明实践志愿服务项目绩效目标",
      tables=[dict(project="2025年新时代文明实践志愿服务项目", amount="96.00", t=T("l1|l2|name|val", """
产出指标|数量指标|开展志愿服务活动|800-1000场次
||新注册志愿者|约3000人
||建设新时代文明实践站（所）|≥16个
||培育志愿服务品牌项目|10个左右
||开展“文明实践进万家”宣讲|≥200场
|质量指标|志愿服务信息在平台登记率|≥95%
||文明实践站（所）规范化达标率|≥90%
|时效指标|重点项目完成时间|2025年11月底前
|成本指标|单场活动平均支出|≤800元
效益指标|社会效益指标|群众参与志愿服务人次|1.5万-2万人次
||城乡文明程度|进一步提升
满意度指标|服务对象满意度指标|群众满意度|≥90%
||志愿者满意度|≥88%
"""))]),
 dict(id="14", slug="jiehe", place="澥口县", dept="澥口县卫生健康局", unit="澥口县疾病预防控制中心",
      title="2025年结核病防治项目绩效目标表",
      tables=[dict(project="2025年结核病防治项目", amount="47.50", t=T("l1|l2|name|op|num|unit", """
产出指标|数量指标|肺结核可疑症状者筛查人数|≥|2600|人
||学校新生入学结核病筛查覆盖率|≥|百分之九十五|
||65岁以上老年人胸片筛查|≥|3000|人
|质量指标|肺结核患者成功治疗率|≥|90|%
||病原学阳性患者耐药筛查率|≥|百分之八十五|
||患者规范管理率|≥|90|%
|时效指标|传染病疫情网络报告及时率|＝|100|%
||密切接触者筛查启动时限|定性|发现病例后七天内|
|成本指标|患者免费检查人均费用|≤|350|元
效益指标|社会效益指标|肺结核报告发病率|≤|40|例/10万
||学校结核病聚集性疫情|＝|0|起
满意度指标|服务对象满意度指标|患者满意度|≥|90|%
"""))]),
 dict(id="15", slug="liangai", place="溦溪县", dept="溦溪县卫生健康局", unit="溦溪县妇幼保健院",
      title="2025年农村适龄妇女“两癌”免费筛查项目绩效目标",
      tables=[dict(project="2025年农村适龄妇女“两癌”免费筛查项目", amount="72.00", t=T("l1|l2|name|val", """
产出指标|数量指标|宫颈癌筛查人数|≥6000人
产出指标||乳腺癌筛查人数|≥6000人
产出指标||筛查异常人员随访率|100%
产出指标|质量指标|筛查结果阳性随访管理率|≥95%
产出指标||筛查信息系统录入准确率|≥98%
产出指标|时效指标|年度筛查任务完成时间|2025年10月31日前
产出指标||筛查结果告知时限|检查后20个工作日内
产出指标|成本指标|宫颈癌人均筛查费用|≤150元/人
效益指标|社会效益指标|两癌早诊率|≥70%
效益指标||适龄妇女两癌防治知识知晓率|≥80%
效益指标|可持续影响指标|两癌筛查长效机制|持续运行
满意度指标|服务对象满意度指标|筛查对象满意度|≥90%
""", merge="blank"))]),
 dict(id="16", slug="dianshang", place="淰山县", dept="淰山县商务局", unit=None,
      title="淰山县商务局2025年项目支出绩效目标",
      tables=[
        dict(project="2025年电子商务进农村综合示范项目", amount="300.00", unit="淰山县电子商务公共服务中心",
             t=T("l1|l2|name|val", """
产出指标|数量指标|建设村级电商服务站点|≥60个
||开展电商技能培训|≥1500人次
||培育农村电商带头人|约50名
|质量指标|服务站点正常运营率|≥85%
|时效指标|示范项目验收时间|2025年12月前
效益指标|经济效益指标|农村网络零售额增长|≥15%
满意度指标|服务对象满意度指标|参训人员满意度|≥90%
""")),
        dict(project="2025年农村寄递物流体系建设项目", amount="120.00", unit="淰山县商务局",
             t=T("l1|l2|name|val", """
产出指标|数量指标|建设县级物流分拣中心|1个
||建设村级寄递物流综合服务点|≥110个
|质量指标|快递进村覆盖率|100%
|时效指标|县到村快件投递时限|48小时以内
效益指标|经济效益指标|农产品寄递成本降低|≥10%
满意度指标|服务对象满意度指标|村民寄递服务满意度|≥90%
"""))]),
]
PAGES = {p["id"]: p for p in DATA}


# ----------------------------------------------------------------------------- rows / gold
def cell(t, r, role):
    return r[t["cols"].index(role)] if role in t["cols"] else ""


def value_of(t, r):
    if "val" in t["cols"]:
        return cell(t, r, "val")
    op = cell(t, r, "op")
    return ("" if op == "定性" else op) + cell(t, r, "num") + cell(t, r, "unit")


def indicator_rows(t):
    """(l1, l2, name, value, period, merged_l1, merged_l2) with categories carried down."""
    out, l1, l2 = [], None, None
    for r in t["rows"]:
        c1, c2 = cell(t, r, "l1"), cell(t, r, "l2")
        m1, m2 = not c1, not c2
        if c1:
            if c1 != l1:
                l2 = None
            l1 = c1
        if c2:
            l2 = c2
        out.append(dict(l1=l1, l2=l2, name=cell(t, r, "name"), value=value_of(t, r),
                        period=cell(t, r, "per") or None, m1=m1, m2=m2))
    return out


def spans(t, role):
    """rowspan per row for a merged column (0 = covered by the cell above)."""
    rows = t["rows"]
    i = t["cols"].index(role)
    res = [0] * len(rows)
    start = None
    for k, r in enumerate(rows):
        new = bool(r[i]) or start is None
        if role == "l2" and "l1" in t["cols"] and r[t["cols"].index("l1")]:
            new = True
        if new:
            start = k
            res[k] = 1
        else:
            res[start] += 1
    return res


# ----------------------------------------------------------------------------- html helpers
def e(s):
    return _h.escape(s, quote=False).replace("¶", "<br>")


HEAD_CSS = """body{margin:0;font-family:"Microsoft YaHei","微软雅黑",SimSun,sans-serif;font-size:14px;color:#333;background:#f3f3f3}
a{color:#333;text-decoration:none}ul{margin:0;padding:0;list-style:none}
.w{width:1200px;margin:0 auto}
.topbar{background:#eee;border-bottom:1px solid #ddd;font-size:12px;line-height:30px;color:#666}
.topbar .r{float:right}.topbar span{margin-left:12px}
.banner{height:110px;background:linear-gradient(#1c5ea8,#2a74c5);color:#fff}
.banner .logo{font-size:30px;font-weight:bold;line-height:110px;padding-left:20px;letter-spacing:3px}
.banner .so{float:right;margin-top:40px}.banner .so input{width:220px;height:26px;border:0}
.nav{background:#0d4c97}.nav li{display:inline-block;line-height:44px;padding:0 22px}.nav a{color:#fff;font-size:16px}
.crumb{line-height:40px;font-size:13px;color:#666}
.main{background:#fff;padding:20px 50px 40px;min-height:600px}
.main h1{font-size:24px;text-align:center;color:#1c5ea8;line-height:1.5;margin:10px 0}
.info{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px;margin-bottom:20px}
.info span{margin:0 10px}
.content{font-size:16px;line-height:2}
.content p{text-indent:2em;margin:6px 0}
.share{margin-top:30px;font-size:13px;color:#666;border-top:1px solid #eee;padding-top:10px}
.share .r{float:right}
.footer{background:#0d4c97;color:#dde;font-size:13px;text-align:center;line-height:26px;padding:18px 0;margin-top:20px}
@media print{.topbar,.banner .so,.nav,.share{display:none}body{background:#fff}.main{padding:0 10px}.w{width:auto}}
"""


def portal(p, content, *, site, crumb, info, css="", body_attr="", nav=None, extra_head=""):
    nav = nav or ["首页", "政务公开", "政务服务", "互动交流", "走进" + p["place"]]
    navh = "".join(f'<li><a href="/">{n}</a></li>' for n in nav)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{e(p['title'])}_{site}</title>
<meta name="SiteName" content="{site}">
<meta name="ArticleTitle" content="{e(p['title'])}">
{extra_head}<style>
{HEAD_CSS}{css}
</style>
</head>
<body{body_attr}>
<div class="topbar"><div class="w"><span>欢迎访问{site}！</span><div class="r"><span><a href="/">无障碍浏览</a></span><span><a href="/">长者模式</a></span><span><a href="/">繁體版</a></span><span><a href="/">English</a></span></div></div></div>
<div class="banner"><div class="w"><div class="so"><input type="text" placeholder="请输入关键词"> <button>搜索</button></div><div class="logo">{site}</div></div></div>
<div class="nav"><div class="w"><ul>{navh}</ul></div></div>
<div class="w">
<div class="crumb">{crumb}</div>
<div class="main">
<h1>{e(p['title'])}</h1>
<div class="info">{info}</div>
{content}
<div class="share"><span>分享到：微信 微博 QQ空间</span><span class="r">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</span></div>
</div>
</div>
<div class="footer">
<div>主办：{p['place']}人民政府办公室　承办：{p['place']}政务服务和数据管理中心</div>
<div>网站标识码：{p['bsm']}　{p['icp']}　{p['gab']}</div>
<div>地址：{p['place']}人民路{p['addr']}号　联系电话：{p['tel']}</div>
</div>
<script>
var _hmt = _hmt || [];
(function(){{var hm=document.createElement("script");hm.src="/stat/{p['slug']}.js";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();
</script>
</body>
</html>
"""


FOOT = {  # invented identifiers
 "01": ("4310270001", "湘ICP备18004371号-1", "湘公网安备 43102702000118号", "18", "0735-8821016"),
 "02": ("5224280002", "黔ICP备19006622号-2", "黔公网安备 52242802000206号", "66", "0857-7712230"),
 "03": ("3607320003", "赣ICP备17003915号", "赣公网安备 36073202000051号", "9", "0797-6623145"),
 "04": ("4211810004", "鄂ICP备20008154号-1", "鄂公网安备 42118102000330号", "126", "0713-5263118"),
 "05": ("3508250005", "闽ICP备16007740号-3", "闽公网安备 35082502000419号", "45", "0597-7825561"),
 "06": ("4508210006", "桂ICP备18002219号-1", "桂公网安备 45082102000092号", "201", "0775-3370124"),
 "07": ("4104000007", "豫ICP备15018832号-1", "豫公网安备 41040002000617号", "88", "0375-2660198"),
 "08": ("5130220008", "蜀ICP备19031207号-2", "川公网安备 51302202000144号", "37", "0818-5210317"),
 "09": ("3411820009", "皖ICP备17012290号-1", "皖公网安备 34118202000275号", "15", "0550-7018852"),
 "10": ("6207250010", "陇ICP备20004106号-1", "甘公网安备 62072502000063号", "112", "0936-4421890"),
 "11": ("3210250011", "苏ICP备16038865号-1", "苏公网安备 32102502000487号", "260", "0514-8733026"),
 "12": ("3703000012", "鲁ICP备18027714号-3", "鲁公网安备 37030002000721号", "1", "0533-3177251"),
 "13": ("1309250013", "冀ICP备19009918号-1", "冀公网安备 13092502000209号", "77", "0317-6215539"),
 "14": ("4408230014", "粤ICP备17106605号-1", "粤公网安备 44082302000368号", "31", "0759-8812604"),
 "15": ("5003280015", "渝ICP备18011430号-2", "渝公网安备 50032802000157号", "58", "023-68812273"),
 "16": ("6125240016", "陕ICP备20006583号-1", "陕公网安备 61252402000046号", "142", "0914-8320716"),
}
for _k, (_b, _i, _g, _a, _t) in FOOT.items():
    PAGES[_k].update(bsm=_b, icp=_i, gab=_g, addr=_a, tel=_t)


def body_rows(t, cell_fn, tr_fn=lambda k: "<tr>", serial=False, roles=None, first=1):
    """Rows of a rowspan/blank table.  cell_fn(role, text, rowspan, k) -> html for a printed cell."""
    roles = roles or [c for c in t["cols"]]
    sp = {c: spans(t, c) for c in ("l1", "l2") if c in roles and t["merge"] == "rowspan"}
    out = []
    for k, r in enumerate(t["rows"]):
        cells = []
        if serial:
            cells.append(cell_fn("sn", str(first + k), 1, k))
        for c in roles:
            if c in sp:
                if sp[c][k] == 0:
                    continue
                cells.append(cell_fn(c, cell(t, r, c), sp[c][k], k))
            else:
                cells.append(cell_fn(c, cell(t, r, c), 1, k))
        out.append(tr_fn(k) + "".join(cells) + "</tr>")
    return "\n".join(out)


def td(attrs=""):
    def f(role, text, rs, k):
        a = f' rowspan="{rs}"' if rs > 1 else ""
        return f"<td{a}{attrs}>{e(text) if text else '&nbsp;'}</td>"
    return f


def intro(p, tab, extra=""):
    t = tab
    return (f"<p>根据{p['place']}财政局关于做好2025年预算绩效目标公开工作的通知要求，现将{e(t['project'] or p['dept'])}"
            f"绩效目标公开如下。{extra}</p>")


# ----------------------------------------------------------------------------- the 16 pages
def page01(p):
    # TRS portal, Word table pasted into TRS_Editor (MsoNormalTable, mso spans, <o:p>)
    tb = p["tables"][0]
    t = tb["t"]

    def runs(s):
        parts = re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", s)
        out = []
        for x in parts:
            if re.match(r"[\x00-\x7f]", x):
                out.append(f"<span lang=\"EN-US\" style=\"font-size:10.5pt;font-family:'Times New Roman'\">{e(x)}</span>")
            else:
                out.append(f"<span style=\"font-size:10.5pt;font-family:宋体;mso-ascii-font-family:'Times New Roman'\">{e(x)}</span>")
        return "".join(out)

    W = {"l1": 85, "l2": 85, "name": 250, "val": 140}

    def c(role, text, rs, k, hdr=False):
        a = f' rowspan="{rs}"' if rs > 1 else ""
        w = W.get(role, 140)
        al = "center" if role in ("l1", "l2") or hdr else "left"
        inner = runs(text) if text else ""
        if hdr:
            inner = f"<b>{inner}</b>"
        return (f"<td width=\"{w}\"{a} valign=\"center\" style=\"width:{w*0.75:.1f}pt;border:solid windowtext 1.0pt;"
                f"mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt\"><p class=\"MsoNormal\" align=\"{al}\" "
                f"style=\"text-align:{al}\">{inner}<span lang=\"EN-US\"><o:p></o:p></span></p></td>")

    def block(label, text):
        return ("<tr style=\"mso-yfti-irow:0\">" + c("l1", label, 1, 0, True).replace("<td ", "<td colspan=\"1\" ", 1)
                + c("val", text, 1, 0).replace("<td ", "<td colspan=\"3\" ", 1) + "</tr>")

    hdr = "<tr style=\"mso-yfti-irow:5\">" + "".join(c(r, x, 1, 0, True) for r, x in
            [("l1", "一级指标"), ("l2", "二级指标"), ("name", "三级指标"), ("val", "指标值")]) + "</tr>"
    rows = body_rows(t, c, tr_fn=lambda k: f"<tr style=\"mso-yfti-irow:{k+6}\">")
    table = f"""<div align="center">
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="615" style="width:461.25pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">
<tbody>
{block('项目名称', tb['project'])}
{block('主管部门', p['dept'])}
{block('实施单位', p['unit'])}
{block('项目资金（万元）', tb['amount'])}
{block('年度绩效目标', '完成农产品定量检测1200批次以上、快速检测18000批次以上，主要农产品质量安全监测合格率保持在97.5%以上，守住不发生区域性重大农产品质量安全事件的底线。')}
{hdr}
{rows}
</tbody>
</table>
</div>"""
    content = f"""<div class="content"><div class="TRS_Editor"><div class="Custom_UnionStyle">
<p class="MsoNormal" style="text-indent:32.0pt"><span style="font-family:仿宋_GB2312">根据《{p['place']}县级预算绩效目标管理办法》规定，现将{e(tb['project'])}绩效目标公开如下：</span></p>
<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:16pt;font-family:黑体">{e(tb['project'])}绩效目标表</span></b></p>
{table}
<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
</div></div></div>"""
    return portal(p, content, site="漶城县人民政府", crumb="当前位置：首页 &gt; 政务公开 &gt; 财政资金 &gt; 绩效目标 &gt; 正文",
                  info="<span>发布时间：2025-02-18 10:26</span><span>来源：县农业农村局</span><span>浏览次数：318</span><span>【字体：大 中 小】</span>",
                  css=".TRS_Editor table{margin:0 auto}", extra_head='<meta name="ColumnName" content="绩效目标">\n')


def vue_shell(p, site, inner, css):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{e(p['title'])} - {site}</title>
<link rel="stylesheet" href="/static/css/chunk-vendors.3f1c2a9e.css">
<style>
body{{margin:0;font-family:"PingFang SC","Microsoft YaHei",sans-serif;color:#303133;background:#f0f2f5;font-size:14px}}
.hd{{background:#b71c1c;color:#fff;height:64px;line-height:64px;padding:0 40px;font-size:22px;font-weight:bold}}
.menu{{background:#fff;border-bottom:1px solid #e6e6e6;padding:0 40px}}.menu li{{display:inline-block;padding:0 18px;line-height:50px;list-style:none}}
.menu li.is-active{{border-bottom:2px solid #b71c1c;color:#b71c1c}}
.wrap{{width:1100px;margin:16px auto;background:#fff;padding:24px 40px}}
.bc{{color:#909399;font-size:13px;margin-bottom:12px}}
h2.tt{{text-align:center;font-size:22px;margin:6px 0 8px}}
.meta{{text-align:center;color:#909399;font-size:13px;margin-bottom:16px}}.meta span{{margin:0 8px}}
.desc p{{line-height:1.9;margin:4px 0}}
.ft{{text-align:center;color:#909399;font-size:12px;line-height:24px;padding:20px 0}}
{css}
</style>
</head>
<body>
<noscript><strong>We're sorry but this site doesn't work properly without JavaScript enabled.</strong></noscript>
<div id="app" data-v-app="">
<div class="hd">{site}</div>
<ul class="menu"><li>首页</li><li>新闻动态</li><li class="is-active">政务公开</li><li>办事服务</li><li>互动交流</li></ul>
<div class="wrap">
{inner}
</div>
<div class="ft">主办单位：{p['dept']}　网站标识码：{p['bsm']}　{p['icp']}　{p['gab']}<br>技术支持：{p['place']}融媒体中心</div>
</div>
<script src="/static/js/chunk-vendors.8d2f1c7a.js"></script>
<script src="/static/js/app.41be7e02.js"></script>
</body>
</html>
"""


def page02(p):
    # Vue + Element-UI el-table (header and body separate tables, span-method rowspans, no border)
    tb = p["tables"][0]
    t = tb["t"]
    W = [110, 130, 300, 160, 160]
    cg = "<colgroup>" + "".join(f'<col name="el-table_1_column_{i+1}" width="{w}">' for i, w in enumerate(W)) + "</colgroup>"
    heads = ["一级指标", "二级指标", "三级指标", "指标值", "备注"]
    hdr = "".join(f'<th colspan="1" rowspan="1" class="el-table_1_column_{i+1} is-center is-leaf el-table__cell"><div class="cell">{h}</div></th>'
                  for i, h in enumerate(heads))
    idx = {c: i + 1 for i, c in enumerate(t["cols"])}

    def c(role, text, rs, k):
        return (f'<td rowspan="{rs}" colspan="1" class="el-table_1_column_{idx[role]} is-center el-table__cell">'
                f'<div class="cell">{e(text)}</div></td>')

    rows = body_rows(t, c, tr_fn=lambda k: f'<tr class="el-table__row{" el-table__row--striped" if k % 2 else ""}">')
    inner = f"""<div class="bc">首页 / 政务公开 / 财政预决算 / 绩效目标</div>
<h2 class="tt">{e(p['title'])}</h2>
<div class="meta"><span>发布日期：2025-03-05</span><span>发布机构：{p['dept']}</span><span>阅读量：206</span></div>
<div class="desc">
<p>项目名称：{e(tb['project'])}</p>
<p>主管部门：{p['dept']}　　实施单位：{p['unit']}</p>
<p>项目资金：{tb['amount']}万元（县级财政资金）</p>
<p>年度目标：完成新建行政村应急广播终端420个以上，终端在线率保持在95%以上，实现应急广播“村村响、户户通”。</p>
</div>
<div class="el-table el-table--fit el-table--enable-row-hover el-table--enable-row-transition" style="width:100%">
<div class="hidden-columns"></div>
<div class="el-table__header-wrapper"><table cellspacing="0" cellpadding="0" border="0" class="el-table__header" style="width:860px">{cg}<thead class="has-gutter"><tr>{hdr}</tr></thead></table></div>
<div class="el-table__body-wrapper is-scrolling-none"><table cellspacing="0" cellpadding="0" border="0" class="el-table__body" style="width:860px">{cg}<tbody>
{rows}
</tbody></table></div>
</div>
<div class="desc"><p>注：指标值为年度目标值，项目实施后将开展绩效自评并公开结果。</p></div>"""
    css = """.el-table{font-size:14px;color:#606266;margin-top:14px}
.el-table table{border-collapse:separate;table-layout:fixed}
.el-table th.el-table__cell{background:#f5f7fa;color:#909399;font-weight:600;padding:10px 0;border-bottom:1px solid #ebeef5}
.el-table td.el-table__cell{padding:9px 0;border-bottom:1px solid #ebeef5}
.el-table .cell{padding:0 10px;line-height:23px;word-break:break-all}
.is-center{text-align:center}"""
    return vue_shell(p, "湝川县人民政府", inner, css)


def page03(p):
    # old layout tables, left menu, bgcolor/cellspacing table, caption 单位：万元, 序号/备注
    tb = p["tables"][0]
    t = tb["t"]

    def c(role, text, rs, k):
        a = f' rowspan="{rs}"' if rs > 1 else ""
        al = ' align="center"' if role in ("sn", "l1", "l2") else ""
        return f'<td{a}{al} height="26"><font size="2">{e(text) if text else "&nbsp;"}</font></td>'

    rows = body_rows(t, c, tr_fn=lambda k: '<tr bgcolor="#FFFFFF">', serial=True)
    menu = "".join(f'<tr><td height="30" background="/images/menu_bg.gif">&nbsp;&nbsp;<a href="/">{m}</a></td></tr>'
                   for m in ["机构概况", "志鉴编纂", "地情资料", "年鉴工作", "旧志整理", "通知公告", "政务公开"])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{e(p['title'])}-{p['place']}地方志网</title>
<style type="text/css">
body{{margin:0;font-size:12px;font-family:宋体}}
td{{font-size:12px;line-height:20px}}
.title{{font-size:20px;font-weight:bold;color:#8B0000;line-height:40px}}
.zw{{font-size:14px;line-height:26px}}
.bt{{border:1px solid #c9c9c9}}
</style>
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="120" bgcolor="#8B0000" align="left"><font color="#FFFFFF" size="6"><b>&nbsp;&nbsp;{p['place']}地方志网</b></font></td></tr>
<tr><td height="32" bgcolor="#A52A2A"><font color="#FFFFFF">&nbsp;&nbsp;首页 | 机构概况 | 志鉴编纂 | 地情资料 | 政务公开 | 联系我们</font></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="200" valign="top" bgcolor="#F7F1E3">
<table width="200" border="0" cellspacing="0" cellpadding="0">
<tr><td height="36" bgcolor="#8B0000"><font color="#FFFFFF"><b>&nbsp;&nbsp;栏目导航</b></font></td></tr>
{menu}
</table>
</td>
<td width="10">&nbsp;</td>
<td width="770" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="30" class="bt">&nbsp;您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/">政务公开</a> &gt;&gt; 正文</td></tr>
<tr><td align="center" class="title">{e(p['title'])}</td></tr>
<tr><td align="center" height="24"><font color="#888888">发布日期：2025年3月12日　　来源：县地方志编纂中心　　点击数：157</font></td></tr>
<tr><td class="zw">
<p>　　{e(tb['project'])}由{p['unit']}组织实施，主管部门为{p['dept']}，项目资金{tb['amount']}万元。现将绩效目标公开如下：</p>
<table width="96%" border="0" align="center" cellpadding="3" cellspacing="1" bgcolor="#999999">
<tr bgcolor="#FFFFFF"><td colspan="6" align="right" height="24"><font size="2">单位：万元</font></td></tr>
<tr bgcolor="#FFFFFF"><td colspan="2" align="center"><font size="2">项目名称</font></td><td colspan="4"><font size="2">{e(tb['project'])}</font></td></tr>
<tr bgcolor="#FFFFFF"><td colspan="2" align="center"><font size="2">项目资金</font></td><td colspan="4"><font size="2">{tb['amount']}</font></td></tr>
<tr bgcolor="#EFE3C9"><td width="40" align="center"><b><font size="2">序号</font></b></td><td width="80" align="center"><b><font size="2">一级指标</font></b></td><td width="90" align="center"><b><font size="2">二级指标</font></b></td><td align="center"><b><font size="2">三级指标</font></b></td><td width="120" align="center"><b><font size="2">指标值</font></b></td><td width="110" align="center"><b><font size="2">备注</font></b></td></tr>
{rows}
</table>
<p>　　联系人：县地方志编纂中心办公室，电话：{p['tel']}。</p>
</td></tr>
</table>
</td>
</tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#8B0000">
<tr><td height="70" align="center"><font color="#FFFFFF">版权所有：{p['unit']}　地址：{p['place']}人民路{p['addr']}号<br />网站标识码：{p['bsm']}　{p['icp']}　{p['gab']}</font></td></tr>
</table>
<script type="text/javascript" src="/js/count.js"></script>
</body>
</html>
"""


def page04(p):
    # Vue + Ant Design table (ant-table, rowspans, row separators only); 其中： names
    tb = p["tables"][0]
    t = tb["t"]
    heads = ["一级指标", "二级指标", "三级指标", "指标值"]
    hdr = "".join(f'<th class="ant-table-cell" scope="col" style="text-align:center">{h}</th>' for h in heads)

    def c(role, text, rs, k):
        a = f' rowspan="{rs}"' if rs > 1 else ""
        al = ' style="text-align:center"' if role in ("l1", "l2") else ""
        return f'<td{a} class="ant-table-cell"{al}>{e(text)}</td>'

    rows = body_rows(t, c, tr_fn=lambda k: f'<tr data-row-key="{k+1}" class="ant-table-row ant-table-row-level-0">')
    inner = f"""<div class="bc">首页 / 政务公开 / 预算绩效</div>
<h2 class="tt">{e(p['title'])}</h2>
<div class="meta"><span>时间：2025-02-27</span><span>来源：{p['unit']}</span></div>
<div class="desc">
<p>项目名称：{e(tb['project'])}</p>
<p>主管部门：{p['dept']}</p>
<p>实施单位：{p['unit']}</p>
<p>项目资金：{tb['amount']}万元</p>
</div>
<div class="ant-table-wrapper"><div class="ant-spin-nested-loading"><div class="ant-spin-container">
<div class="ant-table ant-table-middle"><div class="ant-table-container"><div class="ant-table-content">
<table style="table-layout:auto"><colgroup><col style="width:120px"><col style="width:140px"><col><col style="width:180px"></colgroup>
<thead class="ant-table-thead"><tr>{hdr}</tr></thead>
<tbody class="ant-table-tbody">
{rows}
</tbody></table>
</div></div></div>
</div></div></div>
<div class="desc"><p>（绩效目标经县财政局审核批复）</p></div>"""
    css = """.ant-table-wrapper{margin-top:14px}.ant-table{font-size:14px;color:rgba(0,0,0,.88)}
.ant-table table{width:100%;border-collapse:separate;border-spacing:0;text-align:left}
.ant-table-thead>tr>th{background:#fafafa;font-weight:600;padding:12px 8px;border-bottom:1px solid #f0f0f0}
.ant-table-tbody>tr>td{padding:12px 8px;border-bottom:1px solid #f0f0f0}"""
    return vue_shell(p, "滧南县人力资源和社会保障局", inner, css).replace("#b71c1c", "#1677ff")


def page05(p):
    # 自评表 in TRS_UEDITOR
    tb = p["tables"][0]
    t = tb["t"]
    C = lambda s, a="": f"<td{a}>{s}</td>"
    rows = body_rows(t, td(""), roles=["l1", "l2", "name", "val", "act", "sc", "got", "rsn"])
    table = f"""<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%" data-sort="sortDisabled">
<tbody>
<tr><td colspan="8" style="text-align:center"><strong>项目支出绩效自评表</strong></td></tr>
<tr><td colspan="8" style="text-align:center">（2024年度）</td></tr>
<tr>{C('项目名称', ' colspan="2"')}{C(e(tb['project']), ' colspan="6"')}</tr>
<tr>{C('主管部门', ' colspan="2"')}{C(p['dept'], ' colspan="2"')}{C('实施单位', ' colspan="1"')}{C(p['unit'], ' colspan="3"')}</tr>
<tr>{C('项目资金（万元）', ' colspan="2" rowspan="3"')}{C('')}{C('年初预算数')}{C('全年预算数')}{C('全年执行数')}{C('分值')}{C('得分')}</tr>
<tr>{C('年度资金总额')}{C('38.00')}{C('38.00')}{C('36.42')}{C('10')}{C('9.6')}</tr>
<tr>{C('其中：当年财政拨款')}{C('38.00')}{C('38.00')}{C('36.42')}{C('—')}{C('—')}</tr>
<tr>{C('年度总体目标', ' colspan="2"')}{C('预期目标：开展欠薪隐患排查专项行动4次以上，欠薪案件结案率96%以上，为农民工追回欠薪800万元以上。', ' colspan="3"')}{C('实际完成情况：开展专项行动5次，结案率97.2%，追回欠薪912.6万元。', ' colspan="3"')}</tr>
<tr>{C('<strong>一级指标</strong>')}{C('<strong>二级指标</strong>')}{C('<strong>三级指标</strong>')}{C('<strong>年度指标值</strong>')}{C('<strong>实际完成值</strong>')}{C('<strong>分值</strong>')}{C('<strong>得分</strong>')}{C('<strong>偏差原因分析及改进措施</strong>')}</tr>
{rows}
<tr>{C('总分', ' colspan="5"')}{C('100')}{C('98.6')}{C('&nbsp;')}</tr>
<tr>{C('自评结论：优', ' colspan="8"')}</tr>
</tbody>
</table>"""
    content = f"""<div class="content" id="UCAP-CONTENT">
<div class="TRS_UEDITOR TRS_WEB"><p>根据《{p['place']}财政局关于开展2024年度项目支出绩效自评工作的通知》要求，{p['dept']}对{e(tb['project'])}开展了绩效自评，现将自评结果公开如下：</p>
{table}
<p>填报人：林晓梅　　联系电话：{p['tel']}　　填报日期：2025年3月20日</p></div>
</div>"""
    return portal(p, content, site="潽溪县人民政府", crumb="您现在的位置：首页 &gt; 信息公开 &gt; 法定主动公开内容 &gt; 财政预决算",
                  info="<span>信息来源：县人社局</span><span>发布时间：2025-03-24 16:02</span><span>访问量：94</span>",
                  css=".TRS_UEDITOR table td{font-size:14px;line-height:1.6;border:1px solid #666}\n@page{size:A4}")


def page06(p):
    # bootstrap, 绩效目标申报表 with twin 实施期/年度 values under a two-row header
    tb = p["tables"][0]
    t = tb["t"]

    def c(role, text, rs, k):
        a = f' rowspan="{rs}"' if rs > 1 else ""
        return f'<td{a} class="align-middle">{e(text)}</td>'

    rows = body_rows(t, c)
    table = f"""<div class="table-responsive">
<table class="table table-bordered table-sm" id="jxmb">
<thead>
<tr><th colspan="5" class="text-center">项目绩效目标申报表</th></tr>
</thead>
<tbody>
<tr><td class="lbl">项目名称</td><td colspan="4">{e(tb['project'])}</td></tr>
<tr><td class="lbl">主管部门</td><td colspan="2">{p['dept']}</td><td class="lbl">项目实施期</td><td>2025年—2027年</td></tr>
<tr><td class="lbl" rowspan="2">资金情况（万元）</td><td>实施期资金总额：1260.00</td><td colspan="3">年度资金总额：{tb['amount']}</td></tr>
<tr><td>其中：财政拨款 1260.00</td><td colspan="3">其中：财政拨款 {tb['amount']}</td></tr>
<tr><td class="lbl">实施期总目标</td><td colspan="2">三年内保障全县96辆农村校车安全规范运营，校车安全责任事故为零，农村学生上下学乘车难问题基本解决。</td><td class="lbl">年度目标</td><td>2025年补助运营校车96辆以上，服务乘车学生4000人以上，校车动态监控在线率98%以上。</td></tr>
</tbody>
<thead>
<tr class="table-light"><th rowspan="2" class="align-middle">一级指标</th><th rowspan="2" class="align-middle">二级指标</th><th rowspan="2" class="align-middle">三级指标</th><th colspan="2" class="text-center">指标值</th></tr>
<tr class="table-light"><th class="text-center">实施期指标值</th><th class="text-center">年度指标值</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
</div>"""
    content = f"""<div class="content"><div class="article-body">
<p>为加强财政资金管理，提高资金使用效益，现将{e(tb['project'])}绩效目标予以公开。</p>
{table}
<p style="text-align:right">{p['dept']}<br>2025年1月22日</p>
</div></div>"""
    css = """.table{width:100%;border-collapse:collapse;margin-bottom:1rem;font-size:14px;line-height:1.5}
.table-bordered th,.table-bordered td{border:1px solid #dee2e6;padding:.3rem .5rem}
.table-light th{background:#f8f9fa}.text-center{text-align:center}.align-middle{vertical-align:middle}
.lbl{background:#f8f9fa;font-weight:bold;width:120px}.table-responsive{overflow-x:auto}"""
    return portal(p, content, site="淓岭县教育局", crumb="当前位置：<a href='/'>首页</a> » <a href='/'>信息公开</a> » <a href='/'>财务信息</a>",
                  info="<span>发布时间：2025年01月22日</span><span>作者：计划财务股</span><span>阅读：433次</span>", css=css,
                  extra_head='<link rel="stylesheet" href="/static/bootstrap/5.3/css/bootstrap.min.css">\n')


def page07(p):
    # KindEditor table, 序号 + 备注, Chinese numerals, a range
    tb = p["tables"][0]
    t = tb["t"]

    def c(role, text, rs, k):
        a = f' rowspan="{rs}"' if rs > 1 else ""
        al = ' style="text-align:center;"' if role in ("sn", "l1", "l2") else ""
        return f'<td{a}{al}>{e(text) if text else "<br />"}</td>'

    rows = body_rows(t, c, serial=True)
    table = f"""<table style="width:100%;" cellpadding="2" cellspacing="0" border="1" bordercolor="#000000" class="ke-zeroborder">
<tbody>
<tr><td colspan="6" style="text-align:center;"><span style="font-size:18px;"><strong>{e(tb['project'])}绩效目标表</strong></span></td></tr>
<tr><td colspan="2">主管部门</td><td>{p['dept']}</td><td>实施单位</td><td colspan="2">{p['unit']}</td></tr>
<tr><td colspan="2">项目资金（万元）</td><td colspan="4">{tb['amount']}</td></tr>
<tr><td style="text-align:center;"><strong>序号</strong></td><td style="text-align:center;"><strong>一级指标</strong></td><td style="text-align:center;"><strong>二级指标</strong></td><td style="text-align:center;"><strong>三级指标</strong></td><td style="text-align:center;"><strong>指标值</strong></td><td style="text-align:center;"><strong>备注</strong></td></tr>
{rows}
</tbody>
</table>"""
    content = f"""<div class="content"><div id="zoom" class="ke-content">
<p>按照全市预算绩效管理工作部署，{p['dept']}编制了{e(tb['project'])}绩效目标，经市财政局审核同意，现予公开。</p>
{table}
<p>附件：<a href="/uploads/2025/0311/jspx-jxmb.xls">{e(tb['project'])}绩效目标表.xls</a></p>
</div></div>"""
    return portal(p, content, site="滍阳市教育局", crumb="当前位置：首页 &gt; 政务公开 &gt; 预算绩效 &gt; 正文",
                  info="<span>发布时间：2025-03-11</span><span>来源：市教育局计财科</span><span>浏览：1026</span>",
                  css=".w{width:auto;max-width:1200px}\n#zoom table td{padding:4px 6px;font-size:15px;line-height:1.6}\n@page{size:A4}")


def page08(p):
    # WPS table with 计算符号 / 指标值 / 计量单位 columns, 定性 rows
    tb = p["tables"][0]
    t = tb["t"]
    cls = {"l1": "et5", "l2": "et5", "name": "et6", "op": "et7", "num": "et8", "unit": "et7"}

    def c(role, text, rs, k):
        a = f' rowspan="{rs}"' if rs > 1 else ""
        x = ' x:num' if re.fullmatch(r"[0-9.]+", text or "") else ' x:str'
        return f'<td class="{cls[role]}"{a}{x}>{e(text) if text else ""}</td>'

    rows = body_rows(t, c, tr_fn=lambda k: '<tr height="30" style="height:22.50pt;">')
    table = f"""<!--StartFragment-->
<table width="720" border="0" cellpadding="0" cellspacing="0" style="width:540.00pt;border-collapse:collapse;table-layout:fixed;">
<col width="90" style="mso-width-source:userset;mso-width-alt:2880;"/>
<col width="100" style="mso-width-source:userset;mso-width-alt:3200;"/>
<col width="250" style="mso-width-source:userset;mso-width-alt:8000;"/>
<col width="80" span="3" style="mso-width-source:userset;mso-width-alt:2560;"/>
<tr height="40" style="height:30.00pt;"><td class="et2" colspan="6" height="40" x:str>{e(tb['project'])}绩效目标表</td></tr>
<tr height="30"><td class="et3" colspan="2" x:str>项目名称</td><td class="et4" colspan="4" x:str>{e(tb['project'])}</td></tr>
<tr height="30"><td class="et3" colspan="2" x:str>主管部门</td><td class="et4" x:str>{p['dept']}</td><td class="et3" x:str>资金</td><td class="et4" colspan="2" x:str>{tb['amount']}万元</td></tr>
<tr height="30"><td class="et3" x:str>一级指标</td><td class="et3" x:str>二级指标</td><td class="et3" x:str>三级指标</td><td class="et3" x:str>计算符号</td><td class="et3" x:str>指标值</td><td class="et3" x:str>计量单位</td></tr>
{rows}
</table>
<!--EndFragment-->"""
    css = """.et2{text-align:center;font-size:18px;font-weight:700;border:1px solid #000}
.et3{text-align:center;font-weight:700;border:1px solid #000;background:#f2f2f2;font-size:14px}
.et4,.et5,.et6,.et7,.et8{border:1px solid #000;font-size:14px;padding:0 4px}
.et5,.et7,.et8{text-align:center}"""
    content = f"""<div class="content"><div class="view TRS_UEDITOR trs_paper_default">
<p>{p['dept']}{e(tb['project'])}绩效目标如下（实施单位：{p['unit']}）：</p>
{table}
</div></div>"""
    return portal(p, content, site="湉川县人民政府", crumb="首页 &gt; 政府信息公开 &gt; 部门预算",
                  info="<span>日期：2025-02-10</span><span>来源：县发展改革局</span><span>【字体：大 中 小】</span>", css=css)


def page09(p):
    # 部门整体支出绩效目标表, header over two rows, table long (PDF over two pages)
    tb = p["tables"][0]
    t = tb["t"]
    rows = body_rows(t, td(""))
    table = f"""<table class="jx" border="1" cellspacing="0" cellpadding="5">
<thead>
<tr><th colspan="4" class="cap">澛口县审计局2025年部门整体支出绩效目标表</th></tr>
</thead>
<tbody>
<tr><td>部门（单位）名称</td><td colspan="3">{p['dept']}</td></tr>
<tr><td rowspan="3">年度预算申请（万元）</td><td>资金总额</td><td colspan="2">612.35</td></tr>
<tr><td>其中：财政拨款</td><td colspan="2">612.35</td></tr>
<tr><td>其他资金</td><td colspan="2">0</td></tr>
<tr><td rowspan="4">年度主要任务</td><td>任务名称</td><td>主要内容</td><td>预算金额（万元）</td></tr>
<tr><td>预算执行审计</td><td>开展县本级预算执行和决算草案审计，对12个一级预算单位开展预算执行审计。</td><td>36.00</td></tr>
<tr><td>经济责任审计</td><td>对9名以上党政主要领导干部开展经济责任审计。</td><td>22.50</td></tr>
<tr><td>政府投资项目审计</td><td>完成政府投资项目结算审计60个以上。</td><td>85.00</td></tr>
<tr><td>年度总体目标</td><td colspan="3">围绕县委县政府中心工作，全年完成审计项目28个以上，审计发现问题整改率达90%以上，审减政府投资项目金额3000万元以上，充分发挥审计监督“经济体检”作用。</td></tr>
</tbody>
<thead>
<tr><th colspan="4">年度绩效指标</th></tr>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>"""
    content = f"""<div class="content"><article class="article-content">
<p>根据县财政局关于部门预算绩效目标公开的要求，现将{p['dept']}2025年部门整体支出绩效目标公开如下。</p>
{table}
</article></div>"""
    css = """table.jx{width:100%;border-collapse:collapse;font-size:15px;line-height:1.9}
table.jx td,table.jx th{border:1px solid #555}table.jx th{background:#eef3fa}th.cap{font-size:18px}"""
    return portal(p, content, site="澛口县审计局", crumb="当前位置：首页 &gt; 信息公开 &gt; 预决算公开",
                  info="<span>发布时间：2025-02-14 09:30</span><span>信息来源：县审计局办公室</span><span>浏览次数：122</span>", css=css)


def page10(p):
    # group heading rows 一、产出指标 inside the table; border:none with row separators
    tb = p["tables"][0]
    t = tb["t"]
    nums = ["一", "二", "三"]
    sp = spans(t, "l2")
    out, g = [], -1
    for k, r in enumerate(t["rows"]):
        if r[0]:
            g += 1
            out.append(f'<tr class="grp"><td colspan="3">{nums[g]}、{r[0]}</td></tr>')
        cells = ""
        if sp[k]:
            a = f' rowspan="{sp[k]}"' if sp[k] > 1 else ""
            cells += f"<td{a}>{e(r[1])}</td>"
        cells += f"<td>{e(r[2])}</td><td>{e(r[3])}</td>"
        out.append(f"<tr>{cells}</tr>")
    rows = "\n".join(out)
    table = f"""<table class="mb" style="border:none">
<thead><tr><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>"""
    content = f"""<div class="content"><div class="art-con">
<p>一、项目名称：{e(tb['project'])}</p>
<p>二、主管部门：{p['dept']}；实施单位：{p['unit']}</p>
<p>三、项目资金：{tb['amount']}万元</p>
<p>四、绩效目标：</p>
{table}
</div></div>"""
    css = """table.mb{width:90%;margin:0 auto;border-collapse:collapse;font-size:15px}
table.mb th{border:none;border-bottom:2px solid #2d7d46;color:#2d7d46;padding:6px;text-align:left}
table.mb td{border:none;border-bottom:1px solid #d9d9d9;padding:6px}
table.mb tr.grp td{font-weight:bold;background:#f1f8f3}"""
    return portal(p, content, site="漭山县城市管理局", crumb="当前位置：首页 &gt; 政务公开 &gt; 财政资金",
                  info="<span>发布时间：2025-03-03</span><span>来源：县城市管理局</span>", css=css)


def page11(p):
    # UEditor three-line table, full-width digits
    tb = p["tables"][0]
    t = tb["t"]
    rows = body_rows(t, td(' style="word-break:break-all;"'))
    table = f"""<table class="sxb" data-sort="sortDisabled">
<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>"""
    content = f"""<div class="content"><div class="TRS_UEDITOR TRS_WEB">
<p>项目名称：{e(tb['project'])}</p>
<p>主管部门：{p['dept']}　　实施单位：{p['unit']}</p>
<p>项目资金：{tb['amount']}万元，其中中央水污染防治资金２８０万元、县级配套２００万元。</p>
<p>绩效目标：</p>
{table}
</div></div>"""
    css = """table.sxb{width:100%;border-collapse:collapse;border-top:2px solid #000;border-bottom:2px solid #000;font-size:15px}
table.sxb thead th{border-bottom:1px solid #000;padding:6px}table.sxb td{padding:5px 6px;border:none}"""
    return portal(p, content, site="溿头县人民政府", crumb="当前位置：首页 &gt; 信息公开 &gt; 生态环境",
                  info="<span>发布日期：2025-04-02</span><span>来源：县生态环境局</span><span>浏览：87</span>", css=css)


def page12(p):
    # two projects, each a border=1 table with a caption row 单位：万元
    parts = []
    for n, tb in enumerate(p["tables"]):
        t = tb["t"]
        # the CMS writes every cell on its own indented line
        cf = td("")
        rows = body_rows(t, lambda *a: "\n\t\t\t" + cf(*a), tr_fn=lambda k: "\t\t<tr>").replace("</td></tr>", "</td>\n\t\t</tr>")
        parts.append(f"""<p><strong>{'一二'[n]}、{e(tb['project'])}</strong></p>
<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse">
\t<tbody>
\t\t<tr>
\t\t\t<td colspan="4" style="text-align:right;border:none">单位：万元</td>
\t\t</tr>
\t\t<tr>
\t\t\t<td>项目名称</td>
\t\t\t<td colspan="3">{e(tb['project'])}</td>
\t\t</tr>
\t\t<tr>
\t\t\t<td>实施单位</td>
\t\t\t<td>{tb['unit']}</td>
\t\t\t<td>项目资金</td>
\t\t\t<td>{tb['amount']}</td>
\t\t</tr>
\t\t<tr>
\t\t\t<th>一级指标</th>
\t\t\t<th>二级指标</th>
\t\t\t<th>三级指标</th>
\t\t\t<th>指标值</th>
\t\t</tr>
{rows}
\t</tbody>
</table>""")
    content = '<div class="content"><div class="news_content">\n<p>主管部门：' + p["dept"] + "</p>\n" + "\n".join(parts) + "\n</div></div>"
    return portal(p, content, site="潾阳市政务服务管理局", crumb="当前位置：首页 &gt; 政务公开 &gt; 财政信息",
                  info="<span>发布时间：2025-01-27</span><span>来源：市政务服务管理局</span><span>点击：350</span>",
                  css=".news_content td,.news_content th{font-size:14px;border:1px solid #999}")


def page13(p):
    # ruled table without thead (PDF over two pages, no repeated header); ranges, 约/左右
    tb = p["tables"][0]
    t = tb["t"]
    rows = body_rows(t, td(""))
    table = f"""<table class="gk" border="1" cellspacing="0" cellpadding="6">
<tr><td class="h">项目名称</td><td colspan="3">{e(tb['project'])}</td></tr>
<tr><td class="h">主管部门</td><td>{p['dept']}</td><td class="h">实施单位</td><td>{p['unit']}</td></tr>
<tr><td class="h">项目资金（万元）</td><td colspan="3">{tb['amount']}</td></tr>
<tr><td class="h">年度绩效目标</td><td colspan="3">全年开展志愿服务活动800-1000场次，新注册志愿者约3000人，新建新时代文明实践站（所）16个以上，群众满意度达到90%以上。</td></tr>
<tr><td class="h">一级指标</td><td class="h">二级指标</td><td class="h">三级指标</td><td class="h">指标值</td></tr>
{rows}
</table>"""
    content = f"""<div class="content"><div class="article_con">
<p>为深入推进新时代文明实践中心建设，{p['dept']}组织实施{e(tb['project'])}。根据预算绩效管理要求，现将项目绩效目标公开如下。</p>
<p>项目围绕理论宣讲、移风易俗、助老助残、文化惠民等内容，依托县、乡、村三级新时代文明实践阵地，常态化开展志愿服务活动，推动文明实践融入群众日常生活。</p>
<p>项目资金由县级财政预算安排，按照“先服务后补助”的方式，对志愿服务项目和阵地运行给予补助，资金使用接受审计和社会监督。</p>
{table}
<p>联系单位：{p['unit']}，联系电话：{p['tel']}。</p>
</div></div>"""
    css = """table.gk{width:100%;border-collapse:collapse;font-size:16px;line-height:2.2}
table.gk td{border:1px solid #444}td.h{background:#f4f4f4;font-weight:bold;text-align:center}"""
    return portal(p, content, site="浡城县文明网", crumb="当前位置：首页 &gt; 文明实践 &gt; 通知公告",
                  info="<span>发布时间：2025-02-21</span><span>来源：县委宣传部</span><span>阅读：562</span>", css=css)


def page14(p):
    # 指标性质 + 指标值 + 度量单位 columns; Chinese numerals
    tb = p["tables"][0]
    t = tb["t"]
    rows = body_rows(t, td(""))
    table = f"""<table class="table" border="1" cellspacing="0">
<caption>{e(tb['project'])}绩效目标表</caption>
<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标性质</th><th>指标值</th><th>度量单位</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>"""
    content = f"""<div class="content"><div class="zw-text">
<p>项目名称：{e(tb['project'])}</p>
<p>主管部门：{p['dept']}　实施单位：{p['unit']}</p>
<p>项目资金：{tb['amount']}万元</p>
{table}
</div></div>"""
    css = """.zw-text table{width:100%;border-collapse:collapse;font-size:14px}.zw-text caption{font-weight:bold;font-size:17px;padding:6px}
.zw-text th,.zw-text td{border:1px solid #777;padding:4px 6px}.zw-text th{background:#e8f0f8}"""
    return portal(p, content, site="澥口县卫生健康局", crumb="当前位置：首页 &gt; 信息公开 &gt; 预算绩效",
                  info="<span>发布时间：2025-03-15</span><span>来源：县疾控中心</span>", css=css)


def page15(p):
    # zebra table, 一级 on every row, 二级 left blank when it repeats (no rowspans)
    tb = p["tables"][0]
    t = tb["t"]
    rows = body_rows(t, td(""))
    table = f"""<table class="zebra">
<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>"""
    content = f"""<div class="content"><div class="pages_content">
<p>项目名称：{e(tb['project'])}；主管部门：{p['dept']}；实施单位：{p['unit']}；项目资金：{tb['amount']}万元。</p>
<p>年度绩效目标：为全县35—64岁农村适龄妇女免费开展宫颈癌、乳腺癌筛查各6000人以上，早诊率达到70%以上。</p>
{table}
</div></div>"""
    css = """table.zebra{width:100%;border-collapse:collapse;font-size:15px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
table.zebra th{background:#c2185b;color:#fff;padding:7px;border:none}
table.zebra td{padding:6px;border:none}table.zebra tbody tr:nth-child(even){background:#fce4ec}"""
    return portal(p, content, site="溦溪县卫生健康委员会", crumb="您所在的位置：首页 > 政务公开 > 项目信息",
                  info="<span>发布时间：2025-02-25</span><span>来源：县妇幼保健院</span><span>浏览次数：71</span>", css=css)


def page16(p):
    # two tables, row separators only
    parts = []
    for n, tb in enumerate(p["tables"]):
        rows = body_rows(tb["t"], td(""))
        parts.append(f"""<h3>项目{n+1}：{e(tb['project'])}</h3>
<p>实施单位：{tb['unit']}；项目资金：{tb['amount']}万元</p>
<table class="rs">
<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>""")
    content = ('<div class="content"><div class="detail-body">\n<p>主管部门：' + p["dept"] + "。现将本部门2025年项目支出绩效目标公开如下。</p>\n"
               + "\n".join(parts) + "\n</div></div>")
    css = """table.rs{width:100%;border-collapse:collapse;font-size:15px;margin-bottom:18px}
table.rs th{text-align:left;border-bottom:2px solid #666;padding:5px}table.rs td{border-bottom:1px solid #ccc;padding:5px}
.detail-body h3{font-size:17px;margin:16px 0 4px}"""
    return portal(p, content, site="淰山县商务局", crumb="当前位置：首页 &gt; 政务公开 &gt; 财政资金信息",
                  info="<span>发布日期：2025-03-28</span><span>来源：县商务局</span>", css=css)


RENDER = {f"{i:02d}": globals()[f"page{i:02d}"] for i in range(1, 17)}


def html_of(pid):
    return RENDER[pid](PAGES[pid])


def write_pages(outdir=HERE):
    names = []
    for p in DATA:
        fn = os.path.join(outdir, f"{p['id']}_{p['slug']}.html")
        with open(fn, "w", encoding="utf-8") as f:
            f.write(html_of(p["id"]))
        names.append(fn)
    return names


def gold_rows(pid, textfile, quirks_for):
    """Gold lines of one page; quirks_for(table_no, row) -> list of tags."""
    p = PAGES[pid]
    out, n = [], 0
    for ti, tb in enumerate(p["tables"]):
        for r in indicator_rows(tb["t"]):
            n += 1
            l1c = L1[r["l1"]] if r["l1"] else None
            l2c = L2[r["l2"]] if r["l2"] else None
            out.append(dict(file=textfile, n=n, name=r["name"], annual_value=r["value"], period_value=r["period"],
                            level1_code=l1c, level2_code=l2c, url=None, quirks=quirks_for(ti, r)))
    return out


def expected_rows(pid):
    p = PAGES[pid]
    out = []
    for tb in p["tables"]:
        for r in indicator_rows(tb["t"]):
            out.append(dict(source_id=pid, department=p["dept"], project=tb["project"], name=r["name"], value=r["value"],
                            level1_code=L1[r["l1"]], level2_code=L2[r["l2"]]))
    return out


if __name__ == "__main__":
    for fn in write_pages():
        print(fn)
    print(sum(len(expected_rows(p["id"])) for p in DATA), "rows")
