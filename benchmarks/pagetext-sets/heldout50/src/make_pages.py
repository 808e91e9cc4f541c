"""Held-out set 50: hand-typed tables (DATA) and the writers for html, xlsx, docx and typst.

DATA syntax
- ``cols``: the role of each data column, in printed order, with its header label:
  task (任务名称), seq (序号), l1, l2, name (三级指标), op (指标性质: ≥ ≤ ＝ 定性), dir (指标方向),
  unit (计量单位), num (指标值, joined with op and unit), val (指标值 / 年度指标值 / 年初目标值),
  per (中期 / 实施期 value), act (全年实际值), score (分值), got (得分), rsn (未完成原因), rem (备注).
- ``rows``: one row a string, cells split by ``|``. With ``merge=True`` an empty task/l1/l2 cell
  continues the cell above (rowspan in html, merged cell in xlsx/docx). With ``merge=False``
  every row carries its categories.
- ``split_l1``: the table is printed as two ``<table>`` elements, 产出 in the first and the rest
  in the second.
- ``th_first``: the first cell of every ``<tr>`` is a ``<th>``.
Gold and expected rows are built from DATA by build.py; nothing comes from tool output.
"""
import html as H
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14",
      "经济效益指标": "21", "社会效益指标": "22", "生态效益指标": "23", "可持续影响指标": "24",
      "服务对象满意度指标": "31"}

LABEL = {"task": "任务名称", "seq": "序号", "l1": "一级指标", "l2": "二级指标", "name": "三级指标",
         "op": "指标性质", "dir": "指标方向", "unit": "计量单位", "num": "指标值", "val": "指标值",
         "per": "中期指标值", "act": "全年实际值", "score": "分值", "got": "得分", "rsn": "未完成原因",
         "rem": "备注"}

DATA = [
dict(id="01", slug="huizhan", tool="chromium_copy1280", topic="deptwhole_tasks",
     place="砦东县", dept="砦东县会展服务中心", kind="dept", year=2026,
     title="砦东县会展服务中心2026年部门整体支出绩效目标",
     amount="862.3万元",
     facts=[("部门名称", "砦东县会展服务中心（本级）"), ("年度预算", "862.30万元，其中财政拨款815.60万元"),
            ("年度总体目标", "办好第三届砦东特色商品博览会，赴外开展城市招商推介活动，保障中心和会展场馆正常运转。")],
     cols=["task", "l1", "l2", "name", "val"], merge=True,
     rows="""第三届砦东特色商品博览会|产出指标|数量指标|参展企业数量|≥420家
|||其中：县外参展企业|≥150家
|||展位搭建数量|600个
||质量指标|展会安全事故|0起
||时效指标|博览会举办时间|2026年10月中旬
|效益指标|经济效益指标|现场及意向签约金额|≥18亿元
|满意度指标|服务对象满意度指标|参展商满意度|≥90%
城市招商推介活动|产出指标|数量指标|赴外开展招商推介场次|≥6场
|||邀请客商人数|≥300人
||质量指标|签约项目履约率|≥60%
||时效指标|推介活动总结报送时间|活动结束后5个工作日内
||成本指标|单场推介活动费用|≤25万元
|效益指标|经济效益指标|引进项目投资额|≥30亿元
|满意度指标|服务对象满意度指标|客商满意度|≥92%
中心运转保障|产出指标|数量指标|保障在编人员|23人
||质量指标|会展场馆设施完好率|≥98%
|效益指标|社会效益指标|场馆对外开放天数|≥300天
||生态效益指标|场馆单位面积能耗|较上年下降3%
||可持续影响指标|会展服务制度化水平|持续提升
|满意度指标|服务对象满意度指标|社会公众满意度|≥90%"""),
dict(id="02", slug="maoniu", tool="chromium_tabletext1100", topic="opdirunit_cols",
     place="磴原县", dept="磴原县农牧和科技局", kind="project", year=2026,
     title="磴原县2026年牦牛良种繁育推广项目绩效目标表",
     project="磴原县2026年牦牛良种繁育推广项目", amount="746万元",
     facts=[("项目名称", "磴原县2026年牦牛良种繁育推广项目"), ("主管部门", "磴原县农牧和科技局"),
            ("实施单位", "磴原县畜牧兽医工作站"), ("项目资金", "746万元（中央衔接资金520万元，县级配套226万元）"),
            ("年度总体目标", "调引优质牦牛种公牛，推广冻精人工授精技术，提高良种覆盖率，带动养殖户增收。")],
     cols=["l1", "l2", "name", "op", "dir", "unit", "num"], merge=True,
     rows="""产出指标|数量指标|牦牛种公牛调引数量|≥|正向|头|260
||冻精人工授精能繁母牦牛数|≥|正向|头|5200
||其中：监测户能繁母牦牛|≥|正向|头|1300
|质量指标|种公牛检疫合格率|＝|正向|%|100
||人工授精受胎率|≥|正向|%|62
|时效指标|种公牛调引完成时间|定性|正向||2026年7月底前
|成本指标|种公牛调引补助标准|≤|反向|元/头|8000
效益指标|经济效益指标|项目区犊牦牛平均初生重提高|≥|正向|公斤|1.5
|社会效益指标|带动养殖户户数|≥|正向|户|860
|生态效益指标|草畜平衡区超载率|≤|反向|%|8
|可持续影响指标|牦牛良种覆盖率|≥|正向|%|45
满意度指标|服务对象满意度指标|养殖户满意度|≥|正向|%|90"""),
dict(id="03", slug="zicai", tool="links", topic="catseveryrow_cnnum",
     place="砣城区", dept="砣城区农业农村和水利局", kind="project", year=2026,
     title="砣城区2026年紫菜养殖保险保费补贴项目绩效目标",
     project="砣城区2026年紫菜养殖保险保费补贴项目", amount="318万元",
     facts=[("项目名称", "砣城区2026年紫菜养殖保险保费补贴项目"), ("主管部门", "砣城区农业农村和水利局"),
            ("项目资金", "318万元（区级财政资金）"),
            ("年度总体目标", "对参加紫菜养殖保险的养殖户给予保费补贴，提高养殖户抵御台风、赤潮等灾害风险的能力。")],
     cols=["l1", "l2", "name", "val"], merge=False,
     rows="""产出指标|数量指标|参保紫菜养殖面积|一万二千亩
产出指标|数量指标|参保养殖户数|≥380户
产出指标|数量指标|其中：小农户参保户数|不少于二百户
产出指标|质量指标|保险理赔案件查勘率|百分之百
产出指标|时效指标|理赔款支付时限|定损后3至5个工作日
产出指标|成本指标|保费财政补贴比例|百分之六十
效益指标|经济效益指标|养殖户灾后恢复生产能力|显著提升
效益指标|社会效益指标|受灾参保户理赔覆盖率|≥95%
效益指标|可持续影响指标|政策性渔业保险覆盖面|逐年扩大
满意度指标|服务对象满意度指标|参保养殖户满意度|≥百分之九十"""),
dict(id="04", slug="liusuo", tool="chromium_copy360", topic="l1l3only_seq",
     place="硗岭县", dept="硗岭县交通运输局", kind="project", year=2026,
     title="硗岭县2026年溜索改桥工程绩效目标表",
     project="硗岭县2026年溜索改桥工程", amount="1980万元",
     facts=[("项目名称", "硗岭县2026年溜索改桥工程"), ("主管部门", "硗岭县交通运输局"),
            ("项目资金", "1980万元（车购税补助资金1400万元，县级配套580万元）"),
            ("年度总体目标", "将怒溪河、岩门河沿岸6处溜索改建为桥梁，配套建设连接道路，解决两岸群众安全出行问题。")],
     cols=["seq", "l1", "name", "val"], merge=True,
     rows="""1|产出指标|溜索改建桥梁数量|≥6座
2||新建桥梁总长度|≥420延米
3||配套建设连接道路|2.6公里
4||工程质量验收合格率|100%
5||主体工程完工时间|2026年10月31日前
6||项目总成本|控制在1980万元以内
7|效益指标|受益群众人数|≥3200人
8||群众出行绕行距离缩短|3至5公里
9|满意度指标|受益群众满意度|≥95%"""),
dict(id="05", slug="huajiao", tool="chromium_contenttext1024", topic="selfeval2025",
     place="碓川县", dept="碓川县农业农村局", kind="selfeval", year=2025,
     title="碓川县2025年花椒产业提质增效项目绩效自评表",
     project="碓川县2025年花椒产业提质增效项目", amount="560万元",
     facts=[("项目名称", "碓川县2025年花椒产业提质增效项目"), ("主管部门", "碓川县农业农村局"),
            ("年初预算数", "560万元"), ("全年执行数", "538.2万元"), ("预算执行率", "96.1%"),
            ("年度总体目标完成情况", "新建花椒标准化示范园5200亩，建成烘干房12座，低产园改造完成1.05万亩，未全部完成年初目标。")],
     cols=["l1", "l2", "name", "val", "act", "score", "got", "rsn"], merge=True,
     foot=[["预算执行率", "", "", "560万元", "538.2万元", "10", "9.6", ""], ["总分", "", "", "", "", "100", "96.9", ""]],
     rows="""产出指标|数量指标|新建花椒标准化示范园面积|≥5000亩|5200亩|10|10|
||花椒低产园改造面积|≥1.2万亩|1.05万亩|10|8.8|部分乡镇受春季霜冻影响，改造进度滞后
||建设花椒烘干房|12座|12座|10|10|
|质量指标|苗木成活率|≥90%|92.6%|10|10|
||病虫害统防统治覆盖率|≥85%|87%|5|5|
|时效指标|项目建设完成时间|2025年11月底前|2025年12月20日|5|4|烘干房设备到货延迟
|成本指标|每亩示范园建园补助|≤1500元|1500元|5|5|
效益指标|经济效益指标|花椒亩均产值增加|≥800元|760元|10|9.5|当年干椒收购价格下跌
|社会效益指标|带动椒农户数|≥3000户|3240户|10|10|
|可持续影响指标|花椒品牌知名度|逐步提升|已获批地理标志农产品|5|5|
满意度指标|服务对象满意度指标|椒农满意度|≥90%|93.5%|10|10|"""),
dict(id="06", slug="chenxian", tool="chromium_bodytext1920", topic="twotables_byl1",
     place="砭州市", dept="砭州市自然资源局", kind="project", year=2026,
     title="砭州市2026年采煤沉陷区综合治理项目绩效目标",
     project="砭州市2026年采煤沉陷区综合治理项目", amount="4860万元",
     facts=[("项目名称", "砭州市2026年采煤沉陷区综合治理项目"), ("主管部门", "砭州市自然资源局"),
            ("项目资金", "4860万元（中央预算内投资3400万元，市级配套1460万元）"),
            ("年度总体目标", "治理采煤沉陷区420公顷，搬迁安置受威胁农户260户，复垦耕地1800亩。")],
     cols=["l1", "l2", "name", "val"], merge=True, split_l1=True,
     rows="""产出指标|数量指标|治理采煤沉陷区面积|≥420公顷
||搬迁安置受威胁农户|≥260户
||其中：危房户|≥85户
||复垦耕地面积|1800亩
|质量指标|复垦土地质量验收合格率|≥95%
||安置房工程质量合格率|100%
|时效指标|搬迁安置完成时限|2026年11月底前
|成本指标|沉陷区土地复垦单位成本|≤1.8万元/亩
效益指标|社会效益指标|受威胁群众居住安全保障率|100%
||新增公益性就业岗位|较上年增加120个
|生态效益指标|沉陷区植被覆盖度|较治理前提高15个百分点
|可持续影响指标|沉陷区地表变形长效监测机制|长期有效
满意度指标|服务对象满意度指标|搬迁群众满意度|≥95%
||周边村民满意度|≥90%"""),
dict(id="07", slug="hongshulin", tool="inscriptis", topic="remark_figures",
     place="碣湾区", dept="碣湾区自然资源和规划局", kind="project", year=2026,
     title="碣湾区2026年红树林保护修复项目绩效目标表",
     project="碣湾区2026年红树林保护修复项目", amount="1043万元",
     facts=[("项目名称", "碣湾区2026年红树林保护修复项目"), ("主管部门", "碣湾区自然资源和规划局"),
            ("项目资金", "1043万元（中央海洋生态保护修复资金）"),
            ("年度总体目标", "在沙埕湾、蚝田港两处滩涂营造红树林35公顷、修复60公顷，清除互花米草80公顷。")],
     cols=["l1", "l2", "name", "val", "rem"], merge=True,
     rows="""产出指标|数量指标|红树林营造面积|≥35公顷|含2026年新增3处造林地块
||红树林修复面积|60公顷|其中退塘还林12公顷
||互花米草清除面积|≥80公顷|2025年已清除45公顷
|质量指标|红树林造林成活率|≥85%|按第3年保存率核算
||监测样地布设数|6个|每个样地不小于400平方米
|时效指标|造林工程完工时间|2026年4月底前|避开7—9月台风季
|成本指标|红树林营造单位成本|≤9万元/公顷|不含后期3年管护费用
效益指标|生态效益指标|红树林保护区越冬鸟类种数|≥120种|2025年监测为112种
||海岸带防潮减灾能力|持续增强|
满意度指标|服务对象满意度指标|周边社区群众满意度|≥90%|抽样不少于200户"""),
dict(id="08", slug="tuonai", tool="chromium_drag1600", topic="ranges_asciiops",
     place="碡北县", dept="碡北县农牧局", kind="project", year=2026,
     title="碡北县2026年驼奶产业发展扶持项目绩效目标表",
     project="碡北县2026年驼奶产业发展扶持项目", amount="1176万元",
     facts=[("项目名称", "碡北县2026年驼奶产业发展扶持项目"), ("主管部门", "碡北县农牧局"),
            ("项目资金", "1176万元（中央衔接资金820万元，县级配套356万元）"),
            ("年度总体目标", "扶持规模化骆驼养殖场12个，新建标准化挤奶厅6至8座，建立生鲜驼奶冷链收运体系。")],
     cols=["l1", "l2", "name", "val"], merge=True,
     rows="""产出指标|数量指标|扶持规模化骆驼养殖场|>=12个
||新建标准化挤奶厅|6-8座
||项目区骆驼存栏数|>=4500峰
|质量指标|生鲜驼奶抽检合格率|>=98%
||生鲜驼奶菌落总数|不高于50万CFU/mL
||驼奶乳脂率|5%-6%
|时效指标|生鲜驼奶冷链收运时间|<=2小时
||挤奶厅建设工期|3至5个月
|成本指标|单座挤奶厅建设补助|<=60万元/座
效益指标|经济效益指标|生鲜驼奶收购价格|15-18元/公斤
|生态效益指标|单峰骆驼日均补饲草料|控制在8公斤以内
|可持续影响指标|驼奶产业链带动能力|稳步增强
满意度指标|服务对象满意度指标|养驼户满意度|90%-95%"""),
dict(id="09", slug="weikuang", tool="trafilatura", topic="dates_texttargets",
     place="硎阳县", dept="硎阳县应急管理局", kind="project", year=2026,
     title="硎阳县2026年尾矿库闭库治理项目绩效目标",
     project="硎阳县2026年尾矿库闭库治理项目", amount="1320万元",
     facts=[("项目名称", "硎阳县2026年尾矿库闭库治理项目"), ("主管部门", "硎阳县应急管理局"),
            ("项目资金", "1320万元（中央安全生产预防和应急救援能力建设补助资金）"),
            ("年度总体目标", "完成黄泥沟、石板冲、下寨3座停用尾矿库闭库治理和安全验收，申请销号。")],
     cols=["l1", "l2", "name", "val"], merge=True,
     rows="""产出指标|数量指标|完成闭库治理尾矿库数量|3座
||排洪设施改造长度|2.4公里
|质量指标|闭库工程质量|符合尾矿库安全规程要求
|时效指标|闭库工程完工时间|2026年6月30日前
||闭库安全验收|12月底前
|成本指标|单座尾矿库闭库治理成本|≤420万元/座
效益指标|社会效益指标|下游群众安全保障水平|显著提升
|生态效益指标|尾矿库周边环境质量|持续改善
|可持续影响指标|销号尾矿库安全风险|长期受控
满意度指标|服务对象满意度指标|下游村民满意度|≥95%"""),
dict(id="10", slug="shangqing", tool="chromium_copy768", topic="thfirstcell",
     place="硖田县", dept="硖田县农业农村局", kind="project", year=2026,
     title="硖田县2026年土壤墒情监测项目绩效目标表",
     project="硖田县2026年土壤墒情监测项目", amount="86.5万元",
     facts=[("项目名称", "硖田县2026年土壤墒情监测项目"), ("主管部门", "硖田县农业农村局"),
            ("项目资金", "86.5万元（县级财政资金）"),
            ("年度总体目标", "运行42个墒情监测点位，按旬发布墒情简报，指导抗旱播种和科学灌溉。")],
     cols=["l1", "l2", "name", "val"], merge=True, th_first=True,
     rows="""产出指标|数量指标|墒情监测点位数|42个
||墒情简报发布期数|≥36期
|质量指标|监测数据上报准确率|≥98%
|时效指标|旬报发布时间|每旬结束后2日内
|成本指标|自动监测站运维费用|≤1.2万元/站
效益指标|经济效益指标|指导抗旱播种面积|≥15万亩
|社会效益指标|墒情信息服务新型经营主体数|≥600家
满意度指标|服务对象满意度指标|农业经营主体满意度|≥90%"""),
dict(id="11", slug="shuyi", tool="chromium_copy1366", topic="cnnumerals",
     place="砢江市", dept="砢江市卫生健康委员会", kind="project", year=2026,
     title="砢江市2026年鼠疫疫源地监测项目绩效目标表",
     project="砢江市2026年鼠疫疫源地监测项目", amount="268万元",
     facts=[("项目名称", "砢江市2026年鼠疫疫源地监测项目"), ("主管部门", "砢江市卫生健康委员会"),
            ("实施单位", "砢江市疾病预防控制中心"), ("项目资金", "268万元（中央转移支付156万元，市级配套112万元）"),
            ("年度总体目标", "在旱獭鼠疫自然疫源地开展动物间疫情监测，规范处置自毙动物，防止发生人间鼠疫。")],
     cols=["l1", "l2", "name", "val"], merge=True,
     rows="""产出指标|数量指标|鼠疫监测点数|十二个
||旱獭密度调查|每月一次
||自毙动物病原学检测率|百分之百
||培训基层防控人员|不少于三百人次
|质量指标|监测样本采集规范率|≥百分之九十五
||监测数据网络直报率|百分之九十八
|时效指标|疑似疫情报告时间|二小时内
|成本指标|每个监测点年运行成本|≤3.5万元
效益指标|社会效益指标|人间鼠疫病例|零发生
||重点人群鼠疫防治知识知晓率|≥85%
|可持续影响指标|鼠疫监测预警体系|三年内健全
满意度指标|服务对象满意度指标|牧区群众满意度|≥90%"""),
dict(id="12", slug="gouqi", tool="chromium_contenttext1440", topic="deptwhole_midterm",
     place="碥山县", dept="碥山县枸杞产业发展中心", kind="dept", year=2026,
     title="碥山县枸杞产业发展中心2026年部门整体支出绩效目标表",
     amount="712.5万元",
     facts=[("部门名称", "碥山县枸杞产业发展中心"), ("年度预算", "712.50万元"),
            ("中期目标（2026—2028年）", "建成枸杞良种繁育基地，健全枸杞质量安全检测体系，保障中心平稳运转。"),
            ("年度目标", "繁育枸杞良种苗木300万株，完成枸杞产品抽检1200批次以上。")],
     cols=["task", "l1", "l2", "name", "per", "val"], merge=True,
     rows="""枸杞良种苗木繁育|产出指标|数量指标|繁育枸杞良种苗木|900万株|300万株
|||建设采穗圃面积|600亩|200亩
||质量指标|苗木质量合格率|≥97%|≥95%
||时效指标|苗木出圃时间|每年4月底前|2026年4月底前
|效益指标|经济效益指标|良种枸杞亩均增产|≥15%|≥5%
|满意度指标|服务对象满意度指标|种植户满意度|≥92%|≥90%
枸杞质量安全检测|产出指标|数量指标|枸杞产品抽检批次|≥3600批次|≥1200批次
|||农残快速检测点|15个|15个
||质量指标|检测结果准确率|≥99%|≥99%
||时效指标|检测报告出具时间|收样后3个工作日内|收样后3个工作日内
|效益指标|社会效益指标|枸杞产品质量安全抽检合格率|≥98%|≥97%
|满意度指标|服务对象满意度指标|枸杞经营主体满意度|≥90%|≥90%
中心运转保障|产出指标|数量指标|保障在编在岗人员|41人|41人
||质量指标|“三公”经费控制|不超过上年|不超过上年
||时效指标|预算执行率|≥95%|≥95%
||成本指标|公用经费支出|≤126万元|≤42万元
|效益指标|可持续影响指标|内部管理制度健全性|健全|健全
|满意度指标|服务对象满意度指标|社会公众满意度|≥90%|≥90%"""),
]

# per-page header label overrides
HEAD = {"05": {"val": "年初目标值"}, "12": {"per": "中期指标值（2026—2028年）", "val": "年度指标值"},
        "07": {"val": "年度指标值"}, "03": {"val": "年度指标值"}}

STYLE = {  # page look: side menu, table css, print css
    "01": dict(side=True, table="ruled", printcss=True),
    "02": dict(side=False, table="ruled", printcss=True, thead_bg="#dbe8f5"),
    "03": dict(side=True, table="ruled", printcss=True),
    "04": dict(side=False, table="ruled", printcss=True, mobile=True),
    "05": dict(side=True, table="ruled", printcss=True),
    "06": dict(side=False, table="ruled", printcss=True),
    "07": dict(side=True, table="zebra", printcss=True),
    "08": dict(side=False, table="ruled", printcss=True),
    "09": dict(side=True, table="ruled", printcss=True),
    "10": dict(side=False, table="ruled", printcss=True),
    "11": dict(side=True, table="ruled", printcss=False),
    "12": dict(side=False, table="ruled", printcss=True, pad=12),
}

SITE = {  # invented identifiers
    "01": ("5303270011", "滇ICP备19004127号-2", "滇公网安备53032702000118号", "0874-6612345"),
    "02": ("6332280002", "青ICP备18000863号-1", "青公网安备63322802000041号", "0975-8821406"),
    "03": ("4403110024", "粤ICP备17063215号-3", "粤公网安备44031102000927号", "0755-2731 6690"),
    "04": ("5224290007", "黔ICP备16002759号-1", "黔公网安备52242902000163号", "0857-7720518"),
    "05": ("5134250013", "川ICP备20011846号-2", "川公网安备51342502000074号", "0834-4236817"),
    "06": ("3607820001", "赣ICP备15008921号-1", "赣公网安备36078202000305号", "0797-3368029"),
    "07": ("4508040015", "桂ICP备18007342号-4", "桂公网安备45080402000212号", "0775-6615533"),
    "08": ("1509240006", "蒙ICP备17002204号-1", "蒙公网安备15092402000098号", "0474-5206117"),
    "09": ("4309230018", "湘ICP备19016655号-1", "湘公网安备43092302000146号", "0737-2819076"),
    "10": ("1410250004", "晋ICP备20003381号-1", "晋公网安备14102502000059号", "0357-6123380"),
    "11": ("6542230009", "新ICP备16091147号-2", "新公网安备65422302000233号", "0901-7893115"),
    "12": ("6225260012", "陇ICP备18005570号-1", "甘公网安备62252602000084号", "0932-5540229"),
}

DATES = {"01": "2026-02-13", "02": "2026-03-04", "03": "2026-02-27", "04": "2026-03-18", "05": "2026-04-22",
         "06": "2026-02-09", "07": "2026-03-11", "08": "2026-01-30", "09": "2026-03-25", "10": "2026-02-16",
         "11": "2026-03-02", "12": "2026-02-20"}


def parsed(p):
    """Rows as dicts with categories carried down; also which cells were continuations."""
    out = []
    last = {}
    for line in p["rows"].split("\n"):
        cells = line.split("|")
        assert len(cells) == len(p["cols"]), (p["id"], line, len(cells))
        d = dict(zip(p["cols"], cells))
        cont = set()
        for r in ("task", "l1", "l2"):
            if r in d:
                if d[r] == "":
                    assert p["merge"], (p["id"], line)
                    d[r] = last[r]
                    cont.add(r)
                last[r] = d[r]
        d["_cont"] = cont
        d["_cells"] = cells
        out.append(d)
    return out


def annual(d):
    if "num" in d:
        op = "" if d["op"] == "定性" else d["op"]
        return op + d["num"] + d.get("unit", "")
    return d["val"]


def spans(p, role):
    """rowspan for each row index that starts a span of `role`; 0 for continuation rows."""
    rows = [line.split("|") for line in p["rows"].split("\n")]
    i = p["cols"].index(role)
    res = [1] * len(rows)
    if not p["merge"]:
        return res
    start = None
    for k, r in enumerate(rows):
        if r[i] == "":
            res[start] += 1
            res[k] = 0
        else:
            start = k
    return res


def label(p, role):
    return HEAD.get(p["id"], {}).get(role, LABEL[role])


def groups(p):
    """Row index groups, one per printed <table>."""
    n = len(p["rows"].split("\n"))
    if not p.get("split_l1"):
        return [list(range(n))]
    rs = parsed(p)
    a = [k for k, d in enumerate(rs) if d["l1"] == "产出指标"]
    b = [k for k, d in enumerate(rs) if d["l1"] != "产出指标"]
    return [a, b]


def table_html(p, idx, tid):
    st = STYLE[p["id"]]
    rows = [line.split("|") for line in p["rows"].split("\n")]
    sp = {r: spans(p, r) for r in ("task", "l1", "l2") if r in p["cols"]}
    # spans restricted to this group
    out = [f'<table id="{tid}" class="kpi">', "<thead><tr>"]
    for role in p["cols"]:
        out.append(f"<th>{H.escape(label(p, role))}</th>")
    out.append("</tr></thead>")
    out.append("<tbody>")
    for k in idx:
        cells = []
        for ci, role in enumerate(p["cols"]):
            txt = rows[k][ci]
            attr = ""
            if role in sp:
                s = sp[role][k]
                if s == 0 and k == idx[0]:  # span starts in another table: restate
                    s = 1
                    j = k
                    while rows[j][ci] == "":
                        j -= 1
                    txt = rows[j][ci]
                if s == 0:
                    continue
                s = min(s, idx[-1] - k + 1)
                if s > 1:
                    attr = f' rowspan="{s}"'
            cls = ' class="v"' if role in ("val", "num", "per") else ""
            cells.append((attr + cls, txt))
        tds = []
        for j, (attr, txt) in enumerate(cells):
            tag = "th" if (p.get("th_first") and j == 0) else "td"
            sc = ' scope="row"' if tag == "th" else ""
            tds.append(f"<{tag}{attr}{sc}>{H.escape(txt)}</{tag}>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</tbody>")
    if p.get("foot"):
        out.append("<tfoot>")
        for f in p["foot"]:
            out.append("<tr>" + "".join(f"<td>{H.escape(c)}</td>" for c in f) + "</tr>")
        out.append("</tfoot>")
    out.append("</table>")
    return "\n".join(out)


NAV = ["首页", "政务公开", "政务服务", "互动交流", "走进{p}", "专题专栏"]
MENU = ["财政预决算", "部门预算", "部门决算", "绩效目标", "绩效评价", "“三公”经费", "政府债务"]


def page_html(p):
    st = STYLE[p["id"]]
    site, icp, ga, tel = SITE[p["id"]]
    place = p["place"]
    pad = st.get("pad", 6)
    tcss = {"ruled": "table.kpi td,table.kpi th{border:1px solid #555}",
            "zebra": "table.kpi td,table.kpi th{border:1px solid #bbb}table.kpi tbody tr:nth-child(even){background:#f2f7f0}"}[st["table"]]
    thbg = st.get("thead_bg", "#eef2f7")
    css = f"""body{{font-family:"Noto Sans CJK SC","Noto Sans CJK",sans-serif;margin:0;color:#222;font-size:15px}}
.top{{background:#a8161b;color:#fff;font-size:12px;padding:4px 20px}}
.banner{{background:#c8232a;color:#fff;padding:18px 20px;display:flex;justify-content:space-between;align-items:center}}
.banner .logo{{font-size:26px;font-weight:bold}}
.nav{{background:#8f1015}} .nav a{{color:#fff;display:inline-block;padding:8px 16px;text-decoration:none}}
.crumb{{font-size:13px;color:#666;padding:8px 20px}}
.wrap{{display:flex;gap:18px;padding:0 20px}}
.side{{width:180px;flex:none;border:1px solid #ddd}} .side h3{{background:#c8232a;color:#fff;margin:0;padding:8px;font-size:15px}}
.side li{{list-style:none;padding:5px 0;border-bottom:1px dashed #ddd}} .side ul{{margin:0;padding:0 10px}}
.content{{flex:1;min-width:0}}
h1{{font-size:22px;text-align:center;margin:16px 0 8px}}
.meta{{text-align:center;color:#777;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:8px}}
table.kpi{{border-collapse:collapse;width:100%;margin:8px 0}}
table.kpi th{{background:{thbg}}}
table.kpi td,table.kpi th{{padding:{pad}px 8px;text-align:center;vertical-align:middle}}
{tcss}
.caption{{text-align:center;font-weight:bold;margin-top:14px}}
.unit{{text-align:right;font-size:13px;color:#555}}
.sign{{text-align:right;margin-top:16px;line-height:1.8}}
.share{{margin:16px 0;font-size:13px;color:#777}}
.foot{{background:#333;color:#ccc;font-size:12px;text-align:center;padding:14px;line-height:1.8;margin-top:20px}}
"""
    if st.get("mobile"):
        css += "@media (max-width:600px){.wrap{display:block;padding:0 8px}.nav a{padding:6px 8px}.banner .logo{font-size:18px}table.kpi{font-size:13px}}\n"
    if st["printcss"]:
        css += "@media print{.top,.banner,.nav,.crumb,.side,.share,.foot,.search{display:none}.wrap{display:block;padding:0}thead{display:table-header-group}tr{break-inside:avoid}}\n"
    nav = "".join(f'<a href="#">{n.format(p=place[:-1])}</a>' for n in NAV)
    side = ""
    if st["side"]:
        side = '<div class="side"><h3>财政信息</h3><ul>' + "".join(f'<li><a href="#">{m}</a></li>' for m in MENU) + "</ul></div>"
    facts = "\n".join(f"<p><b>{H.escape(k)}：</b>{H.escape(v)}</p>" for k, v in p["facts"])
    date = DATES[p["id"]]
    src = p["dept"]
    kindword = {"dept": "部门整体支出绩效目标", "project": "项目绩效目标", "selfeval": "项目支出绩效自评结果"}[p["kind"]]
    intro = (f"根据《中华人民共和国预算法》和{place}全面实施预算绩效管理的有关要求，现将{p['title'].replace(place, '', 1)}"
             f"予以公开，接受社会监督。")
    tables = []
    gs = groups(p)
    for gi, g in enumerate(gs):
        tid = f"kpi{p['id']}" + ("" if len(gs) == 1 else f"{'ab'[gi]}")
        if len(gs) > 1:
            cap = ["表一 产出指标", "表二 效益指标、满意度指标"][gi]
            tables.append(f'<p class="caption">{cap}</p>')
        tables.append(table_html(p, g, tid))
    cap = p["title"] if p["title"].endswith("表") else p["title"] + "表"
    prose = ""
    if p["id"] == "04":
        prose = ("<p>本工程涉及怒溪河、岩门河沿岸6处溜索，溜索钢丝绳锈蚀、锚固松动，汛期水流湍急，"
                 "两岸群众和学生出行安全隐患突出。工程将溜索改建为桥梁，并配套建设连接道路。</p>")
    body = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{H.escape(p['title'])}_{place}人民政府</title><style>{css}</style></head>
<body>
<div class="top">欢迎访问{place}人民政府门户网站　　无障碍浏览 | 长者模式 | 简体 | 繁體</div>
<div class="banner"><span class="logo">{place}人民政府</span><span class="search">站内搜索：<input value="请输入关键字"> 搜索</span></div>
<div class="nav">{nav}</div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 绩效目标</div>
<div class="wrap">{side}
<div class="content" id="content">
<h1>{H.escape(p['title'])}</h1>
<div class="meta">发布时间：{date} 09:{int(p['id'])+20}　　来源：{src}　　浏览次数：{137+int(p['id'])*41}　　字号：[ 大 中 小 ]</div>
<p>{H.escape(intro)}</p>
{prose}
{facts}
<p class="caption">{H.escape(cap)}</p>
<p class="unit">填报单位（盖章）：{H.escape(p['dept'])}　　　　金额单位：万元</p>
{chr(10).join(tables)}
<div class="sign">{H.escape(p['dept'])}<br>{date[:4]}年{int(date[5:7])}月{int(date[8:])}日</div>
<div class="share">分享到：微信 | 微博 | QQ空间　　【打印本页】【关闭窗口】</div>
</div></div>
<div class="foot">主办：{place}人民政府办公室　　承办：{place}政务服务和数据管理局<br>
网站标识码：{site}　　{icp}　　{ga}<br>联系电话：{tel}　　建议使用1280×768以上分辨率浏览</div>
</body></html>
"""
    return body


def fname(p, ext):
    return f"{p['id']}_{p['slug']}.{ext}"


# ---------------- xlsx / docx / typst ----------------

def write_xlsx(p, path, *, landscape=False, print_titles=False, row_h=22, fit_width=True):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    ncol = len(p["cols"])
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.cell(1, 1, p["title"] if p["title"].endswith("表") else p["title"] + "表").font = Font(size=14, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    r = 2
    for k, v in p["facts"]:
        ws.cell(r, 1, k)
        ws.cell(r, 2, v).alignment = Alignment(wrap_text=True, vertical="center")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = 32 if len(v) > 40 else 18
        r += 1
    hr = r
    for ci, role in enumerate(p["cols"], 1):
        c = ws.cell(r, ci, label(p, role))
        c.font = Font(bold=True)
        c.border = bd
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    rows = [line.split("|") for line in p["rows"].split("\n")]
    first = r
    for k, cells in enumerate(rows):
        for ci, (role, txt) in enumerate(zip(p["cols"], cells), 1):
            v = txt
            if role == "num" and txt.replace(".", "", 1).isdigit():
                v = float(txt) if "." in txt else int(txt)
            c = ws.cell(r, ci, v)
            c.border = bd
            c.alignment = Alignment(horizontal="center" if role != "name" else "left", vertical="center", wrap_text=True)
        ws.row_dimensions[r].height = row_h
        r += 1
    for role in ("task", "l1", "l2"):
        if role in p["cols"] and p["merge"]:
            ci = p["cols"].index(role) + 1
            sp = spans(p, role)
            for k, s in enumerate(sp):
                if s > 1:
                    ws.merge_cells(start_row=first + k, start_column=ci, end_row=first + k + s - 1, end_column=ci)
    widths = {"task": 14, "seq": 6, "l1": 11, "l2": 14, "name": 30, "val": 16, "per": 16, "num": 10, "op": 8,
              "dir": 8, "unit": 9, "act": 14, "score": 7, "got": 7, "rsn": 24, "rem": 24}
    from openpyxl.utils import get_column_letter
    for ci, role in enumerate(p["cols"], 1):
        ws.column_dimensions[get_column_letter(ci)].width = widths[role]
    ws.cell(r + 1, 1, f"填报单位：{p['dept']}")
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    if fit_width:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    if print_titles:
        ws.print_title_rows = f"{hr}:{hr}"
        ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    wb.save(path)


def write_docx(p, path, *, prose_pages=0, repeat_header=True, row_cm=None, font_pt=10.5):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(font_pt)
    st.font.name = "Noto Serif CJK SC"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = h.add_run(p["title"] if p["title"].endswith("表") else p["title"] + "表")
    run.bold = True
    run.font.size = Pt(16)
    if prose_pages:
        paras = PROSE.get(p["id"], [])
        for t in paras:
            para = doc.add_paragraph(t)
            para.paragraph_format.first_line_indent = Pt(font_pt * 2)
            para.paragraph_format.line_spacing = 2.0
    for k, v in p["facts"]:
        doc.add_paragraph(f"{k}：{v}")
    rows = [line.split("|") for line in p["rows"].split("\n")]
    ncol = len(p["cols"])
    t = doc.add_table(rows=1 + len(rows), cols=ncol)
    t.style = "Table Grid"
    for ci, role in enumerate(p["cols"]):
        cell = t.cell(0, ci)
        cell.text = label(p, role)
        cell.paragraphs[0].runs[0].bold = True
    if repeat_header:
        trPr = t.rows[0]._tr.get_or_add_trPr()
        e = OxmlElement("w:tblHeader")
        e.set(qn("w:val"), "true")
        trPr.append(e)
    for k, cells in enumerate(rows):
        for ci, txt in enumerate(cells):
            t.cell(k + 1, ci).text = txt
        if row_cm:
            t.rows[k + 1].height = Cm(row_cm)
    for role in ("task", "l1", "l2"):
        if role in p["cols"] and p["merge"]:
            ci = p["cols"].index(role)
            for k, s in enumerate(spans(p, role)):
                if s > 1:
                    a = t.cell(k + 1, ci)
                    b = t.cell(k + s, ci)
                    txt = a.text
                    m = a.merge(b)
                    m.text = txt
    doc.add_paragraph(f"填报单位：{p['dept']}")
    doc.save(path)


PROSE = {"04": [
    "一、项目背景。硗岭县地处武陵山余脉，怒溪河、岩门河穿境而过，两岸山高谷深。沿河仍有6处群众自发架设的溜索，"
    "是两岸9个村民小组群众赶集、就医、学生上学的主要通道。溜索钢丝绳锈蚀、锚固松动，汛期水流湍急，存在重大安全隐患。"
    "县交通运输局会同乡镇人民政府逐处开展了排查，确认6处溜索均需改建为桥梁，受益群众3200余人。",
    "二、前期工作。2025年县交通运输局委托具有公路行业设计资质的单位完成了工程可行性研究和施工图设计，"
    "设计方案经市交通运输局组织专家审查通过。桥型以钢筋混凝土拱桥和钢桁架人行桥为主，单座桥长45至95延米，"
    "设计荷载按农村公路标准确定，同时配套建设引道和连接道路。项目已列入全省溜索改桥建设计划。",
    "三、实施安排。工程分两个标段实施，第一标段为怒溪河沿线4座桥梁，第二标段为岩门河沿线2座桥梁。2026年3月完成招标，"
    "4月进场施工，汛期前完成下部结构，10月底前完成全部主体工程，11月组织交工验收。溜索在新桥通行后统一拆除，"
    "拆除前由属地乡镇落实专人看护和安全提示，施工单位落实安全文明施工措施，监理单位全过程旁站监督。",
    "四、资金安排。项目总投资1980万元，其中车购税补助资金1400万元，县级配套580万元，主要用于桥梁工程、连接道路、"
    "勘察设计、监理和其他费用。资金实行专账核算、专款专用，按工程进度拨付，预留质量保证金。",
    "五、绩效管理。县交通运输局对照下表绩效目标开展运行监控，每季度报送绩效监控表，发现偏差及时纠正。"
    "项目完工后开展绩效自评，并将自评结果报县财政局。桥梁建成后纳入农村公路桥梁管养体系，由属地乡镇落实日常巡查和养护。",
] * 2}


def write_typ(p, path):
    rows = parsed(p)
    gs = groups(p)

    def esc(s):
        return s.replace("\\", "\\\\").replace("#", "\\#").replace("*", "\\*").replace("[", "\\[").replace("]", "\\]").replace("<", "\\<").replace(">", "\\>").replace("$", "\\$").replace("@", "\\@").replace("_", "\\_")
    lines = ['#set page(paper: "a4", margin: 2cm, footer: align(center)[#context counter(page).display("1 / 1", both: true)])',
             '#set text(font: "Noto Serif CJK SC", size: 10pt, lang: "zh")',
             f'#align(center, text(size: 15pt, weight: "bold")[{esc(p["title"])}])', ""]
    for k, v in p["facts"]:
        lines.append(f"*{esc(k)}：*{esc(v)}")
        lines.append("")
    for gi, g in enumerate(gs):
        lines.append(f'#align(center)[*{["表一 产出指标", "表二 效益指标、满意度指标"][gi]}*]')
        lines.append("#table(columns: (2.2cm, 3cm, 1fr, 3.6cm), stroke: 0.5pt, align: center + horizon,")
        lines.append("  table.header(" + ", ".join(f"[*{label(p, r)}*]" for r in p["cols"]) + "),")
        # rowspans within group
        for role in p["cols"]:
            pass
        cells = []
        for pos, k in enumerate(g):
            d = rows[k]
            for role in p["cols"]:
                if role in ("l1", "l2"):
                    if pos > 0 and rows[g[pos - 1]][role] == d[role] and (role == "l1" or rows[g[pos - 1]]["l1"] == d["l1"]):
                        continue
                    n = 1
                    while pos + n < len(g) and rows[g[pos + n]][role] == d[role] and (role == "l1" or rows[g[pos + n]]["l1"] == d["l1"]):
                        n += 1
                    cells.append(f"table.cell(rowspan: {n})[{esc(d[role])}]" if n > 1 else f"[{esc(d[role])}]")
                else:
                    cells.append(f"[{esc(d[role])}]")
        lines.append("  " + ",\n  ".join(cells) + ",")
        lines.append(")")
        lines.append("")
    lines.append(f'#align(right)[{esc(p["dept"])} \\ {DATES[p["id"]][:4]}年{int(DATES[p["id"]][5:7])}月{int(DATES[p["id"]][8:])}日]')
    open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")


XLSX = {"01": dict(print_titles=True, row_h=40, fit_width=True),
        "02": dict(landscape=True, fit_width=True, row_h=24),
        "10": dict(row_h=26)}
DOCX = {"12": dict(row_cm=0.9), "11": dict(row_cm=1.6, font_pt=11), "04": dict(prose_pages=2)}
TYP = {"06"}


def main():
    os.chdir(HERE)
    for p in DATA:
        open(fname(p, "html"), "w", encoding="utf-8").write(page_html(p))
    for pid, kw in XLSX.items():
        p = next(x for x in DATA if x["id"] == pid)
        write_xlsx(p, fname(p, "xlsx"), **kw)
    for pid, kw in DOCX.items():
        p = next(x for x in DATA if x["id"] == pid)
        write_docx(p, fname(p, "docx"), **kw)
    for pid in TYP:
        p = next(x for x in DATA if x["id"] == pid)
        write_typ(p, fname(p, "typ"))
    print("pages:", len(DATA), "rows:", sum(len(parsed(p)) for p in DATA))


if __name__ == "__main__":
    main()
