"""Held-out set 47: 14 invented county/district pages, hand-typed in DATA -> html (+ xlsx, docx, typst sources).

DATA syntax: per page a `cols` string naming the role of each data cell of a row, in order:
  l1, l2   category cells (an empty cell continues the category above: rowspan in html, merged cell in xlsx/docx)
  name     三级指标 / 指标名称
  val      the value column (指标值 / 年度目标值 / the 2026年 column)
  op num unit   split 计算符号 / 数值 / 单位 (05); val+unit = 指标值 + 度量单位 (10)
  y27 y28  the 2027年 / 2028年 columns of a three-year plan (03)
  act score got rsn   实际完成值 / 分值 / 得分 / 偏差原因 of the 自评表 (04)
  expl std rem  指标解释 / 评分标准 / 备注 (never part of the value)
  seq      序号, numbered by the renderer (09)
Rows one a line, cells split by `|`. `<br>` inside a cell is a forced line break; in the expected value it is removed
(the cell's text joined). `shape` says how the html draws the table:
  plain   l1/l2 columns with rowspans
  group   no l1 column: a colspan row `一、产出指标` opens each level-1 group (01, 14)
  block   a `绩效指标` cell merged down the left of all rows (02)
Gold and expected rows are computed from DATA here (expected_rows), never from a tool's output.
"""
import html as H
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14",
      "经济效益指标": "21", "社会效益指标": "22", "生态效益指标": "23", "可持续影响指标": "24",
      "服务对象满意度指标": "31"}
CN = "一二三四五六"

LABELS = {"seq": "序号", "l1": "一级指标", "l2": "二级指标", "name": "三级指标", "val": "指标值", "rem": "备注",
          "expl": "指标解释", "std": "评分标准", "score": "分值", "act": "实际完成值", "got": "得分",
          "rsn": "偏差原因分析及改进措施", "op": "计算符号", "num": "数值", "unit": "单位", "y27": "2027年", "y28": "2028年"}

DATA = [
dict(id="01", slug="zhengbing", place="碶川县", dept="碶川县人民武装部", unit_name="碶川县征兵办公室",
     project="碶川县2026年征兵工作经费", amount="86.5万元", date="2026-01-28", views=412,
     goal="完成2026年上、下半年征兵任务，提高大学生士兵比例，确保兵员质量，巩固国防后备力量。",
     code="5110270011", icp="蜀ICP备19024617号-1", gongan="川公网安备51102702000318号",
     shape="group", cols="l1 l2 name val", facts="p", head="thead", signoff="碶川县人民武装部\n2026年1月26日",
     rows="""
产出指标|数量指标|适龄男性青年兵役登记人数|不少于4200人
||大学生征集人数占比|≥65%
||征兵宣传进村（社区）覆盖数|全县112个村（社区）全覆盖
|质量指标|役前教育训练合格率|100%
||新兵入营后因身体、政治原因退兵人数|0人
|时效指标|上半年征集任务完成时间|2026年3月31日前
||下半年征集任务完成时间|2026年9月20日前
|成本指标|人均体检政审费用|≤680元/人
效益指标|社会效益指标|国防后备力量建设水平|持续提升
||应征青年家庭优待金发放到位率|达100%
|可持续影响指标|兵员质量稳步提高|长期
满意度指标|服务对象满意度指标|应征青年及家属满意度|90%以上
"""),
dict(id="02", slug="guanxian", place="砳阳县", dept="砳阳县住房和城乡建设局", unit_name="砳阳县城市建设档案馆",
     project="砳阳县城区地下管线普查及信息化建设项目", amount="1073.6万元", date="2026-02-05", views=238,
     goal="完成城区1380公里地下管线普查探测，建成管线信息管理平台并实现动态更新，为城市更新和道路施工提供数据保障。",
     code="4306240004", icp="湘ICP备20011863号", gongan="湘公网安备43062402000127号",
     shape="block", cols="l1 l2 name val expl", facts="p", head="thead", signoff="砳阳县住房和城乡建设局\n2026年2月3日",
     rows="""
产出指标|数量指标|城区地下管线普查长度|≥1380公里|指普查范围内给水、排水、燃气、电力、通信、热力等各类地下管线探测总长度，以监理单位签认的探测成果为准。
||管线点探查数量|约4.6万个|包括明显管线点和隐蔽管线点，隐蔽管线点采用物探仪器探查。
||其中：窨井调查数量|不少于12000座|对窨井逐一开井调查井深、管径、材质、流向等属性。
|质量指标|隐蔽管线点平面位置中误差|≤5cm|按《城市地下管线探测技术规程》抽取不少于5%的点位开挖验证。
||普查成果数据入库合格率|100%|成果数据经质检软件检查无错误后方可入库。
|时效指标|外业探测完成时间|2026年8月底前|以监理单位出具的外业验收意见落款日期为准。
||管线信息管理平台上线运行时间|2026年11月30日前|平台通过第三方测评并正式上线运行。
|成本指标|每公里管线探测综合成本|≤0.78万元/公里|综合成本＝探测合同金额÷普查长度。
效益指标|社会效益指标|道路施工挖断管线事故发生次数|较上年下降30%|以住建、城管部门登记的挖断事故次数计算。
||为城市更新改造项目提供管线数据支撑|不少于25个项目|指向设计、施工单位提供管线成果查询、调阅的项目个数。
|可持续影响指标|管线数据动态更新机制|建立并长效运行|出台管线竣工测量和数据更新管理办法。
满意度指标|服务对象满意度指标|管线权属单位满意度|≥92%|通过问卷方式对燃气、供水、通信等管线权属单位开展调查。
"""),
dict(id="03", slug="shimohua", place="硚岭县", dept="硚岭县林业局", unit_name="硚岭县石漠化综合治理工程项目办公室",
     project="硚岭县岩溶地区石漠化综合治理工程（2026—2028年）", amount="2360万元（其中2026年度820万元）",
     period="2026年1月—2028年12月", date="2026-02-11", views=167,
     goal="三年治理石漠化土地27平方公里，其中2026年治理8.5平方公里，治理区林草植被覆盖率逐年提高，水土流失明显减少。",
     code="5227230012", icp="黔ICP备18007725号-2", gongan="黔公网安备52272302000044号",
     shape="plain", cols="l1 l2 name val y27 y28", facts="table", head="thead2year", signoff="硚岭县林业局\n2026年2月9日",
     labels={"val": "2026年"},
     rows="""
产出指标|数量指标|石漠化治理面积|8.5平方公里|9平方公里|9.5平方公里
||人工造林面积|3200亩|3500亩|3600亩
||封山育林面积|≥6000亩|≥6000亩|≥6500亩
||新建小型蓄水池|120口|130口|140口
|质量指标|造林当年成活率|≥85%|≥85%|≥88%
||造林三年保存率|——|——|≥80%
|时效指标|年度治理任务完成时间|2026年12月底前|2027年12月底前|2028年10月底前
|成本指标|石漠化治理单位面积投入|≤1200元/亩|≤1200元/亩|≤1150元/亩
效益指标|生态效益指标|治理区林草植被覆盖率|提高4个百分点|提高5个百分点|提高6个百分点
||年减少土壤侵蚀量|1.8万吨|2.1万吨|2.4万吨
|经济效益指标|带动农户发展林下种植增收|户均增收800元以上|户均增收1000元以上|户均增收1200元以上
|可持续影响指标|治理成果管护机制|初步建立|健全|长效运行
满意度指标|服务对象满意度指标|治理区群众满意度|≥90%|≥92%|≥95%
"""),
dict(id="04", slug="xuexichong", place="礅山县", dept="礅山县卫生健康局", unit_name="礅山县疾病预防控制中心",
     project="礅山县2025年血吸虫病防治项目", amount="年初预算数128万元，全年预算数131.4万元，全年执行数127.9万元",
     date="2026-03-18", views=96, selfeval=True,
     goal="完成查螺、查病、灭螺和病人治疗任务，巩固血吸虫病消除成果，实现本地感染病例零发生。",
     code="3608290007", icp="赣ICP备17013390号", gongan="赣公网安备36082902000215号",
     shape="plain", cols="l1 l2 name val act score got rsn", facts="table", head="tdrow", signoff="",
     labels={"val": "年度目标值"}, total=("100", "97.5"),
     rows="""
产出指标|数量指标|查螺面积|≥1250万平方米|1286万平方米|10|10|
||人群血检人数|不少于1.8万人次|18460人次|10|10|
||家畜查病头数|≥2600头|2475头|10|9|部分养殖户外出务工，家畜存栏减少；下年度提前摸底
|质量指标|阳性病人规范治疗率|100%|100%|10|10|
||钉螺孳生环境药物灭螺覆盖率|≥95%|96.2%|5|5|
|时效指标|春季查螺工作完成时间|2025年5月31日前|2025年5月28日|5|5|
||秋季查病工作完成时间|2025年11月底前|2025年12月10日|5|3.5|受汛期影响延后，下年度提前部署
|成本指标|人均查病检测成本|≤35元/人次|33.6元/人次|5|5|
效益指标|社会效益指标|本地感染血吸虫病新发病例|0例|0例|15|15|
|可持续影响指标|血吸虫病消除达标状态|持续巩固|已巩固|10|10|
满意度指标|服务对象满意度指标|疫区群众满意度|≥90%|93.4%|15|15|
"""),
dict(id="05", slug="lianggaisi", place="碚南县", dept="碚南县农业农村局", unit_name="碚南县畜牧兽医服务中心",
     project="碚南县2026年粮改饲试点项目", amount="276万元", date="2026-01-30", views=321,
     goal="收贮全株青贮玉米4.6万吨以上，推进种养结合，降低养殖成本，提高秸秆资源化利用水平。",
     code="6224260003", icp="甘ICP备16001547号-1", gongan="甘公网安备62242602000061号",
     shape="plain", cols="l1 l2 name op num unit", facts="p", head="thead2opnum", signoff="碚南县农业农村局",
     labels={},
     rows="""
产出指标|数量指标|全株青贮玉米收贮量|≥|4.6|万吨
||粮改饲种植面积|≥|2.3|万亩
||补助规模养殖场（户）数|≥|38|家
|质量指标|青贮饲料质量检测合格率|≥|95|%
||收贮补助对象公示率|＝|100|%
|时效指标|补助资金兑付时间|定性|2026年12月20日前|
|成本指标|每吨青贮收贮补助标准|≤|60|元/吨
效益指标|经济效益指标|带动种植户亩均增收|≥|150|元
||项目区牛羊饲养成本降低|≥|8|%
|生态效益指标|秸秆资源化利用率|＞|90|%
|可持续影响指标|种养结合循环模式|定性|逐步推广|
满意度指标|服务对象满意度指标|种植户和养殖场（户）满意度|≥|90|%
"""),
dict(id="06", slug="juzhuzheng", place="砬口县", dept="砬口县公安局", unit_name="砬口县公安局人口管理大队",
     project="砬口县2026年流动人口服务管理及居住证制发项目", amount="92.3万元", date="2026-02-17", views=188,
     goal="全面落实居住证制度，做好流动人口信息采集登记，推进居住证办理“一站式”服务，提升流动人口基本公共服务均等化水平。",
     code="4508210009", icp="桂ICP备19006042号-3", gongan="桂公网安备45082102000093号",
     shape="plain", cols="l1 l2 name val", facts="dl", head="thead", signoff="砬口县公安局\n2026年2月15日",
     rows="""
产出指标|数量指标|居住证受理发放数量|约1.5万张
||流动人口信息采集登记数|不少于6.2万人
||新增居住证自助受理终端|8台
|质量指标|流动人口信息登记准确率|≥98%
||居住证制证差错率|≤0.5‰
|时效指标|居住证办理时限|受理之日起10个工作日内
|成本指标|居住证制证成本|≤12元/张
效益指标|社会效益指标|持证人享受基本公共服务事项|不少于十六项
||流动人口子女入学积分办理便捷度|显著提高
|可持续影响指标|“一站式”流动人口服务站运行|长期运行
满意度指标|服务对象满意度指标|办证群众满意度|98%以上
"""),
dict(id="07", slug="cansang", place="磏城区", dept="磏城区农业农村局", unit_name="磏城区蚕桑技术推广站",
     project="磏城区2026年蚕桑产业提质增效项目", amount="318万元", date="2026-02-26", views=145,
     goal="新建标准化桑园1800亩，推广优质蚕种6500张以上，提高蚕茧质量和蚕农收入。",
     code="5116020016", icp="蜀ICP备20030178号-1", gongan="川公网安备51160202000270号",
     shape="plain", cols="l1 l2 name val rem", facts="p", head="thead", signoff="磏城区农业农村局\n2026年2月24日",
     rows="""
产出指标|数量指标|新建标准化桑园面积|1800亩|其中连片示范园3个
||发放优质蚕种|≥6500张|
||建设小蚕共育室|12个|
|质量指标|桑苗成活率|≥90%|
||蚕茧一等品率|达到85%以上|
|时效指标|春蚕蚕种发放完成时间|2026年4月上旬|
|成本指标|标准化桑园建园补助标准|1200元/亩|一次性补助
效益指标|经济效益指标|带动蚕农户均增收|≥6000元|
||蚕茧产量|较上年增长20%|
|社会效益指标|带动脱贫户（监测户）发展蚕桑产业|不少于260户|
满意度指标|服务对象满意度指标|蚕农满意度|≥95%|
"""),
dict(id="08", slug="zhuchanye", place="碛阳县", dept="碛阳县林业局", unit_name="碛阳县竹产业发展中心",
     project="碛阳县2026年竹产业高质量发展项目", amount="1540万元", date="2026-03-02", views=203,
     goal="改造提升低产低效竹林1.2万亩，完善竹林道路和初加工设施，竹产业综合产值达到8.6亿元。",
     code="3507250021", icp="闽ICP备15012284号-2", gongan="闽公网安备35072502000158号",
     shape="plain", cols="l1 l2 name val", facts="p", head="tdrow", signoff="碛阳县林业局\n2026年2月28日",
     rows="""
产出指标|数量指标|低产低效竹林<br>改造提升面积|1.2万亩
||竹林道路（作业便道）<br>新建及维修里程|≥45公里
||竹材初加工点建设数|新建4个
||竹笋采挖及竹林经营技术培训|不少于<br>600人次
|质量指标|改造竹林立竹度|每亩180-220株
||竹材初加工产品合格率|≥95%
|时效指标|改造任务验收完成时间|2026年10月<br>底前
|成本指标|低产低效竹林改造补助标准|≤400元/亩
效益指标|经济效益指标|竹产业综合产值|达到<br>8.6亿元
||改造后竹林亩均增收|≥300元
|生态效益指标|竹林固碳释氧及水源涵养功能|稳步增强
|社会效益指标|带动林农就业|1500人以上
满意度指标|服务对象满意度指标|竹林经营主体（林农、合作社）满意度|≥90%
"""),
dict(id="09", slug="turang", place="礓川县", dept="礓川县农业农村局", unit_name="礓川县农业技术推广中心",
     project="礓川县第三次全国土壤普查项目（2026年度）", amount="385万元", date="2026-01-22", views=274,
     goal="完成全县表层和剖面样点调查采样及检测，形成县级土壤普查成果报告、图件和数据库。",
     code="1408270005", icp="晋ICP备18005539号-1", gongan="晋公网安备14082702000036号",
     shape="plain", cols="seq l1 l2 name val", facts="p", head="thead", signoff="礓川县农业农村局\n2026年1月20日",
     rows="""
产出指标|数量指标|表层土壤样点采样数|≥2860个
||剖面土壤样点调查数|46个
||土壤样品检测指标数据|约5.2万项次
|质量指标|样品检测质量控制合格率|100%
||外业调查采样数据审核通过率|≥98%
|时效指标|外业调查采样完成时间|2026年6月底前
||普查成果汇总验收时间|2026年11月30日之前
|成本指标|单个表层样点调查采样费用|≤1100元/个
效益指标|社会效益指标|形成县级土壤普查成果报告及图件|1套
|可持续影响指标|普查成果在耕地保护和农业生产中的应用|持续发挥作用
满意度指标|服务对象满意度指标|参与普查的农户及经营主体满意度|不低于90%
"""),
dict(id="10", slug="zixingche", place="磉溪县", dept="磉溪县交通运输局", unit_name="磉溪县公共交通服务中心",
     project="磉溪县2026年城区公共自行车系统建设运营项目", amount="263.5万元", date="2026-02-09", views=356,
     goal="新建公共自行车服务站点85个，新增投放车辆1200辆，保障系统稳定运行，倡导绿色出行。",
     code="3311260010", icp="浙ICP备17022051号", gongan="浙公网安备33112602000197号",
     shape="plain", cols="l1 l2 name val unit", facts="p", head="thead", signoff="磉溪县交通运输局",
     labels={"unit": "度量单位"},
     rows="""
产出指标|数量指标|新建公共自行车服务站点|≥85|个
||新增投放公共自行车|1200|辆
||车辆日常巡检维护频次|每周不少于2|次
|质量指标|车辆完好率|≥95|%
||系统平台运行故障率|≤1|%
|时效指标|故障车辆维修响应时间|≤24|小时
|成本指标|单车年均运维费用|≤360|元/辆·年
效益指标|社会效益指标|日均骑行量|8000|人次以上
||1小时内免费骑行比例|≥90|%
|生态效益指标|年减少碳排放|约650|吨
满意度指标|服务对象满意度指标|市民骑行满意度|≥90|%
"""),
dict(id="11", slug="zhongshu", place="硐头县", dept="硐头县农业农村局", unit_name="硐头县马铃薯脱毒种薯繁育中心",
     project="硐头县2026年马铃薯脱毒种薯繁育推广项目", amount="455万元", date="2026-02-13", views=129,
     goal="生产脱毒种薯原原种800万粒以上，建设原种繁育基地1500亩，推广一级种薯3万亩。",
     code="5303260014", icp="滇ICP备16004718号-1", gongan="滇公网安备53032602000085号",
     shape="plain", cols="l1 l2 name val", facts="p", head="thead", signoff="硐头县农业农村局\n2026年2月11日",
     rows="""
产出指标|数量指标|脱毒种薯原原种生产|≥800万粒
||原种繁育基地面积|1500亩
||一级种薯推广面积|不少于3万亩
||种薯企业（合作社）扶持数|5家
|质量指标|种薯质量抽检合格率|≥96%
||种薯病毒检测覆盖率|100%
|时效指标|原原种入库时间|2026年9月30日前
|成本指标|原种繁育补贴标准|≤500元/亩
效益指标|经济效益指标|使用脱毒种薯亩均增产|≥15%
||带动种植户增收|户均1500元以上
|可持续影响指标|县级马铃薯良种繁育体系|基本建成
满意度指标|服务对象满意度指标|种植户满意度|≥92%
"""),
dict(id="12", slug="fuju", place="碫岭县", dept="碫岭县残疾人联合会", unit_name="碫岭县残疾人康复服务中心",
     project="碫岭县2026年残疾人辅助器具适配及家庭无障碍改造项目", amount="167.8万元", date="2026-02-20", views=87,
     goal="为1350名以上残疾人适配辅助器具，完成180户残疾人家庭无障碍改造，提高残疾人生活自理能力。",
     code="4211270008", icp="鄂ICP备18019206号-1", gongan="鄂公网安备42112702000152号",
     shape="plain", cols="l1 l2 name val score std", facts="p", head="thead", signoff="碫岭县残疾人联合会\n2026年2月18日",
     rows="""
产出指标|数量指标|辅助器具适配人数|≥1350人|10|完成目标值得满分，每少10人扣0.5分，扣完为止。
||其中：持证重度残疾人适配人数|不少于420人|5|完成目标值得满分，未完成按完成比例计分。
||残疾人家庭无障碍改造户数|180户|10|以验收合格户数计，每少1户扣0.2分。
|质量指标|适配服务规范率|≥95%|10|按评估、适配、训练、回访流程规范完成的人数占比计算。
||辅具适配回访率|100%|5|每低1个百分点扣0.5分。
|时效指标|适配申请审核办结时限|15个工作日内|5|超时办结1件扣0.5分。
|成本指标|户均无障碍改造费用|≤6000元/户|5|超出标准不得分。
效益指标|社会效益指标|残疾人辅助器具适配率|≥85%|15|适配率＝已适配人数÷有适配需求人数×100%。
||残疾人生活自理能力|明显改善|10|根据回访评估结果综合评定。
|可持续影响指标|辅具适配服务长效机制|健全|5|建立评估适配、回收循环使用制度得满分。
满意度指标|服务对象满意度指标|受助残疾人及其家属满意度|≥95%|10|满意度每低1个百分点扣1分。
"""),
dict(id="13", slug="guagou", place="礌阳县", dept="礌阳县自然资源局", unit_name="礌阳县土地整理中心",
     project="礌阳县2026年城乡建设用地增减挂钩项目", amount="1471万元", date="2026-03-06", views=152,
     goal="完成拆旧复垦420亩以上，新增耕地380亩以上，妥善安置搬迁农户，节余指标依法依规交易。",
     code="4113290015", icp="豫ICP备19020375号-2", gongan="豫公网安备41132902000118号",
     shape="plain", cols="l1 l2 name val", facts="intable", head="tdrow", signoff="礌阳县自然资源局\n2026年3月4日",
     rows="""
产出指标|数量指标|拆旧复垦面积|≥420亩
||建新区安置农户|约310户
||节余指标交易面积|不少于三百亩
|质量指标|复垦耕地质量等别|不低于原地类
||复垦项目验收合格率|100%
|时效指标|拆旧复垦项目验收时间|2026年10月31日前
成本指标|经济成本指标|拆旧复垦单位成本|≤3.5万元/亩
效益指标|经济效益指标|节余指标交易收益|≥1.2亿元
|社会效益指标|搬迁农户住房条件|明显改善
|生态效益指标|新增耕地（含水田）|≥380亩
满意度指标|服务对象满意度指标|搬迁群众满意度|≥90%
"""),
dict(id="14", slug="mafeng", place="碈山县", dept="碈山县卫生健康局", unit_name="碈山县皮肤病防治院",
     project="碈山县2026年麻风病防治项目", amount="58.2万元", date="2026-02-03", views=71,
     goal="开展麻风病密切接触者检查和可疑症状监测，规范治疗现症病人，做好治愈存活者畸残康复和生活救助。",
     code="4531270019", icp="桂ICP备20009931号-1", gongan="桂公网安备45312702000066号",
     shape="group", cols="l1 l2 name val", facts="p", head="thead", signoff="碈山县卫生健康局\n2026年2月1日",
     tfoot_note="注：指标值中“≥”为不低于，“＜”为低于；患病率按全县户籍人口计算。",
     rows="""
产出指标|数量指标|麻风病密切接触者检查人数|≥460人
||皮肤病门诊可疑症状监测人次|不少于1.2万人次
||麻风病防治知识宣传|≥20场
|质量指标|新发现病人2级畸残比|＜20%
||现症病人规则治疗率|≥95%
|时效指标|疑似病例确诊时限|发现后7日内
|成本指标|病人家庭生活补助标准|300元/人·月
效益指标|社会效益指标|麻风病患病率|控制在1/10万以下
||治愈存活者畸残康复服务覆盖率|≥80%
|可持续影响指标|麻风病防治监测体系|稳定运行
满意度指标|服务对象满意度指标|麻风病患者及家属满意度|≥90%
"""),
]
PAGES = {p["id"]: p for p in DATA}


def nobr(s):
    return s.replace("<br>", "")


def table_rows(p):
    """Rows of a page as dicts (categories carried down), with merged-continuation flags."""
    cols = [c for c in p["cols"].split() if c != "seq"]
    out, l1, l2 = [], None, None
    for line in p["rows"].strip().splitlines():
        cells = line.split("|")
        assert len(cells) == len(cols), (p["id"], line, len(cells), len(cols))
        r = dict(zip(cols, cells))
        r["l1_cont"] = r["l1"] == ""
        r["l2_cont"] = r["l2"] == ""
        if r["l1"]:
            l1 = r["l1"]
            assert r["l2"], line
        if r["l2"]:
            l2 = r["l2"]
        r["L1"], r["L2"] = l1, l2
        out.append(r)
    return out


def value_of(r):
    if "op" in r:
        op = "" if r["op"] == "定性" else r["op"]
        return op + r["num"] + r["unit"]
    if "unit" in r:
        return r["val"] + r["unit"]
    return nobr(r["val"])


def expected_rows(p):
    rows = []
    for r in table_rows(p):
        rows.append(dict(name=nobr(r["name"]), value=value_of(r), level1_code=L1[r["L1"]], level2_code=L2[r["L2"]],
                         l1_cont=r["l1_cont"], l2_cont=r["l2_cont"]))
    return rows


def title_of(p):
    kind = "绩效自评表" if p.get("selfeval") else "绩效目标表"
    proj = p["project"]
    return f"{proj}{kind}" if proj.endswith("项目") else f"{proj}项目{kind}"


def label(p, role):
    return p.get("labels", {}).get(role, LABELS[role])


# ---------------------------------------------------------------- html
BASE_CSS = """
body{margin:0;font-family:"Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#333;background:#f3f3f3}
a{color:#333;text-decoration:none}
.topbar{background:#eee;font-size:12px;padding:4px 30px;color:#666}
.topbar span{float:right}
.banner{background:#b71c1c;color:#fff;padding:22px 30px;height:52px}
.banner .logo{font-size:30px;font-weight:bold;letter-spacing:4px;float:left}
.banner .search{float:right;margin-top:10px}
.banner input{width:200px;height:24px;border:0}
.nav{background:#8e1515;margin:0;padding:0 30px;list-style:none;height:40px}
.nav li{float:left;color:#fff;line-height:40px;padding:0 22px;font-size:16px}
.crumb{max-width:1180px;margin:12px auto;font-size:13px;color:#666}
.main{max-width:1180px;margin:0 auto;background:#fff;overflow:hidden;padding:16px}
.left{float:left;width:200px}
.left h3{background:#b71c1c;color:#fff;margin:0;padding:10px;font-size:17px}
.left ul{list-style:none;margin:0;padding:0;border:1px solid #ddd}
.left li{padding:9px 12px;border-bottom:1px dashed #ddd;font-size:14px}
.content{margin-left:220px}
.content h1{font-size:22px;text-align:center;color:#b71c1c;line-height:1.5}
.info{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #ddd;padding-bottom:10px}
.article{font-size:15px;line-height:1.8;padding:10px 6px}
.article p{text-indent:2em;margin:6px 0}
.article p.f{text-indent:0}
.signoff{text-align:right;margin-top:18px;line-height:1.8}
.share{font-size:13px;color:#666;border-top:1px solid #eee;padding-top:10px;margin-top:20px}
.footer{background:#4a4a4a;color:#ddd;font-size:13px;text-align:center;padding:16px;margin-top:20px;line-height:1.9}
@media (max-width:900px){.left{display:none}.content{margin-left:0}}
"""
PRINT_HIDE = ".topbar,.banner,.nav,.crumb,.left,.share,.footer,.search{display:none!important}" \
             ".content{margin-left:0}.main{padding:0;max-width:none}body{background:#fff}"

PAGE_CSS = {
 "01": ("table.kpi{border-collapse:collapse;width:100%;font-size:14px}"
        "table.kpi th,table.kpi td{border:1px solid #555;padding:6px 8px;text-align:center}"
        "table.kpi th{background:#f2dede}table.kpi tr.grp td{text-align:left;font-weight:bold;background:#fafafa}"
        "table.kpi td.l2{font-weight:bold}",
        PRINT_HIDE + "table.kpi th,table.kpi td{padding:24px 8px}table.kpi{font-size:15px}"),
 "02": ("table.kpi{border-collapse:collapse;table-layout:fixed;width:720px;font-size:13px;word-break:break-all}"
        "table.kpi th,table.kpi td{border:1px solid #000;padding:4px 3px;vertical-align:middle}"
        "table.kpi td.expl{text-align:left;font-size:12px}table.kpi td.blk{text-align:center;font-weight:bold}",
        PRINT_HIDE),
 "03": ("table.facts,table.kpi{border-collapse:collapse;width:100%;font-size:14px;margin:8px 0}"
        "table.facts td{border:1px solid #333;padding:6px}table.facts td.k{background:#eef3f8;width:120px;text-align:center}"
        "table.kpi th,table.kpi td{border:1px solid #333;padding:5px;text-align:center}",
        PRINT_HIDE + "@page{size:A4 landscape;margin:12mm}"),
 "04": ("table.facts,table.kpi{border-collapse:collapse;width:100%;font-size:13px}"
        "table.facts td,table.kpi td{border:1px solid #000;padding:0;text-align:center}"
        "table.kpi tr.hd td{font-weight:bold;background:#ddd}table.kpi tfoot td{font-weight:bold}",
        PRINT_HIDE + "table.kpi tr.hd td{-webkit-print-color-adjust:exact;print-color-adjust:exact}"),
 "05": ("table.kpi{border-collapse:collapse;width:100%;font-size:14px;border:3px double #333}"
        "table.kpi th,table.kpi td{border:3px double #666;padding:5px 6px;text-align:center}",
        PRINT_HIDE),
 "06": ("table.kpi{border-collapse:separate;border-spacing:1px;background:#2b3a4a;width:100%;font-size:14px}"
        "table.kpi th{background:#dde6ef;padding:7px}table.kpi td{background:#fff;padding:6px 8px;text-align:center}"
        "dl.facts{font-size:15px}dl.facts dt{float:left;clear:left;width:6em;font-weight:bold}dl.facts dd{margin-left:6.5em}",
        PRINT_HIDE),
 "07": (".frame{position:relative;border:2px solid #7a5c2e;padding:14px;margin:10px 0;overflow:hidden}"
        ".frame .wm{position:absolute;top:40%;left:8%;font-size:56px;color:rgba(122,92,46,.12);transform:rotate(-24deg);"
        "white-space:nowrap;pointer-events:none;user-select:none;z-index:0}"
        "table.kpi{position:relative;z-index:1;border-collapse:collapse;width:100%;font-size:14px}"
        "table.kpi th,table.kpi td{border:1px dashed #7a5c2e;padding:6px;text-align:center}",
        ".topbar,.banner,.nav,.left,.footer{display:none}.content{margin-left:0}"),
 "08": ("table.kpi{border-collapse:collapse;font-size:15px;width:430px}"
        "table.kpi td{padding:4px 6px;vertical-align:top}table.kpi col.c1,table.kpi col.c2{width:4.2em}"
        "table.kpi col.c3{width:8em}table.kpi tr.hd td{font-weight:bold;border-bottom:0}",
        PRINT_HIDE + "table.kpi td{padding:18px 6px}table.kpi{font-size:16px}"),
 "09": ("table.kpi{border-collapse:collapse;width:100%;font-size:16px}"
        "table.kpi th{padding:8px;text-align:left}table.kpi td{padding:8px}",
        PRINT_HIDE + "table.kpi td,table.kpi th{padding:26px 8px}table.kpi{font-size:17px}"),
 "10": ("table.kpi{border-collapse:collapse;width:100%;font-size:14px}"
        "table.kpi th{padding:6px;color:#b71c1c}table.kpi td{padding:6px;text-align:center}",
        PRINT_HIDE),
 "11": ("table.kpi{border-collapse:collapse;font-size:9px;table-layout:fixed;width:420pt}"
        "table.kpi th,table.kpi td{border:1pt solid #000;padding:2pt}"
        "table.kpi col.c1{width:52pt}table.kpi col.c2{width:60pt}table.kpi col.c3{width:190pt}",
        PRINT_HIDE + "table.kpi{font-size:13pt;width:100%}table.kpi th,table.kpi td{padding:22pt 4pt}"
        "table.kpi col.c3{width:200pt}"),
 "12": ("table.kpi{border-collapse:collapse;width:100%;font-size:13px}"
        "table.kpi th,table.kpi td{border:1px solid #444;padding:5px}"
        "table.kpi td.l1{font-weight:bold}table.kpi td.std{text-align:left;font-size:12px}",
        PRINT_HIDE),
 "13": ("table.kpi{border-collapse:collapse;width:100%;font-size:12px}"
        "table.kpi td{padding:0 4px;height:26px}table.kpi td.k{font-weight:bold}table.kpi tr.hd td{font-weight:bold}",
        PRINT_HIDE + "table.kpi td{padding:14px 4px;font-size:13px}"),
 "14": ("table.kpi{border-collapse:collapse;width:100%;font-size:15px}"
        "table.kpi th{padding:8px;border-bottom:0}table.kpi td{padding:7px 8px}"
        "table.kpi tr.grp td{font-weight:bold;color:#8e1515}table.kpi tfoot td{font-size:13px;color:#666}",
        PRINT_HIDE + "table.kpi td,table.kpi th{padding:24px 8px}"),
}


def esc(s):
    return H.escape(s, quote=False).replace("&lt;br&gt;", "<br>")


def cell(tag, text, cls=None, rs=1, cs=1, style=None):
    a = ""
    if cls:
        a += f' class="{cls}"'
    if rs > 1:
        a += f' rowspan="{rs}"'
    if cs > 1:
        a += f' colspan="{cs}"'
    if style:
        a += f' style="{style}"'
    return f"<{tag}{a}>{esc(text)}</{tag}>"


def spans(rows, key):
    """rowspan of each non-continuation cell of column key (runs end where the level-1 changes too)."""
    sp = {}
    start = None
    for i, r in enumerate(rows):
        cont = (r[key] == "") and not (key == "l2" and r["l1"] != "")
        if not cont:
            start = i
            sp[i] = 1
        else:
            sp[start] += 1
    return sp


def head_rows(p):
    cols = p["cols"].split()
    shape, head = p["shape"], p["head"]
    if head == "thead2year":
        return [[("一级指标", 1, 2), ("二级指标", 1, 2), ("三级指标", 1, 2), ("指标值", 3, 1)],
                [("2026年", 1, 1), ("2027年", 1, 1), ("2028年", 1, 1)]]
    if head == "thead2opnum":
        return [[("一级指标", 1, 2), ("二级指标", 1, 2), ("三级指标", 1, 2), ("目标值", 3, 1)],
                [("计算符号", 1, 1), ("数值", 1, 1), ("单位", 1, 1)]]
    row = []
    if shape == "block":
        row.append(("绩效指标", 1, 1))
    for c in cols:
        if shape == "group" and c == "l1":
            continue
        row.append((label(p, c), 1, 1))
    return [row]


def kpi_table(p):
    cols = p["cols"].split()
    rows = table_rows(p)
    s1, s2 = spans(rows, "l1"), spans(rows, "l2")
    shape = p["shape"]
    ncols = len(cols) - (1 if shape == "group" else 0) + (1 if shape == "block" else 0)
    out = [f'<table class="kpi" id="kpi{p["id"]}">']
    if p["id"] == "08":
        out.append('<colgroup><col class="c1"><col class="c2"><col class="c3"><col class="c4"></colgroup>')
    if p["id"] == "11":
        out.append('<colgroup><col class="c1"><col class="c2"><col class="c3"><col class="c4"></colgroup>')
    body = []
    if p["facts"] == "intable":
        body += [f'<tr><td class="k">项目名称</td><td colspan="3">{esc(p["project"])}</td></tr>',
                 f'<tr><td class="k">主管部门</td><td>{esc(p["dept"])}</td><td class="k">实施单位</td><td>{esc(p["unit_name"])}</td></tr>',
                 f'<tr><td class="k">项目资金</td><td colspan="3">{esc(p["amount"])}</td></tr>',
                 f'<tr><td class="k">年度绩效目标</td><td colspan="3">{esc(p["goal"])}</td></tr>']
    hr = head_rows(p)
    if p["head"] == "tdrow":
        for h in hr:
            body.append('<tr class="hd">' + "".join(cell("td", t, rs=r, cs=c) for t, c, r in h) + "</tr>")
    else:
        out.append("<thead>" + "".join("<tr>" + "".join(cell("th", t, rs=r, cs=c) for t, c, r in h) + "</tr>" for h in hr)
                   + "</thead>")
    gi = 0
    for i, r in enumerate(rows):
        tr = []
        if shape == "group" and r["l1"]:
            body.append(f'<tr class="grp"><td colspan="{ncols}">{CN[gi]}、{esc(r["l1"])}</td></tr>')
            gi += 1
        if shape == "block" and i == 0:
            tr.append(cell("td", "绩效指标", "blk", rs=len(rows)))
        for c in cols:
            if c == "seq":
                tr.append(cell("td", str(i + 1)))
            elif c == "l1":
                if shape == "group":
                    continue
                if i in s1:
                    tr.append(cell("td", r["l1"], "l1", rs=s1[i]))
            elif c == "l2":
                if i in s2:
                    tr.append(cell("td", r["l2"], "l2", rs=s2[i]))
            else:
                cls = {"name": "nm", "expl": "expl", "std": "std"}.get(c)
                tr.append(cell("td", r[c], cls))
        body.append("<tr>" + "".join(tr) + "</tr>")
    if p.get("total"):
        ns = cols.index("score")
        out.append(f'<tfoot><tr><td colspan="{ns}">合计</td><td>{p["total"][0]}</td><td>{p["total"][1]}</td><td></td></tr></tfoot>')
    if p.get("tfoot_note"):
        out.append(f'<tfoot><tr><td colspan="{ncols}">{esc(p["tfoot_note"])}</td></tr></tfoot>')
    out.append("<tbody>" + "\n".join(body) + "</tbody></table>")
    return "\n".join(out)


def facts_html(p):
    f = p["facts"]
    if f == "p":
        return "\n".join(f'<p class="f">{k}：{esc(v)}</p>' for k, v in
                         [("项目名称", p["project"]), ("主管部门", p["dept"]), ("实施单位", p["unit_name"]),
                          ("项目资金", p["amount"]), ("年度绩效目标", p["goal"])])
    if f == "dl":
        return '<dl class="facts">' + "".join(f"<dt>{k}</dt><dd>{esc(v)}</dd>" for k, v in
                 [("项目名称", p["project"]), ("主管部门", p["dept"]), ("实施单位", p["unit_name"]),
                  ("项目资金", p["amount"]), ("年度目标", p["goal"])]) + "</dl>"
    if f == "table":
        third = ("实施期限", p["period"]) if p.get("period") else ("自评得分", p["total"][1] if p.get("total") else "")
        return ('<table class="facts">'
                f'<tr><td class="k">项目名称</td><td colspan="3">{esc(p["project"])}</td></tr>'
                f'<tr><td class="k">主管部门</td><td>{esc(p["dept"])}</td><td class="k">实施单位</td><td>{esc(p["unit_name"])}</td></tr>'
                f'<tr><td class="k">项目资金</td><td>{esc(p["amount"])}</td><td class="k">{third[0]}</td><td>{esc(third[1])}</td></tr>'
                f'<tr><td class="k">{"年度总体目标" if not p.get("selfeval") else "年度总体目标完成情况"}</td><td colspan="3">{esc(p["goal"])}</td></tr>'
                "</table>")
    return ""


def page_html(p):
    site = p["place"] + "人民政府"
    title = title_of(p)
    css, pcss = PAGE_CSS[p["id"]]
    year = "2025" if p.get("selfeval") else "2026"
    intro = (f"根据《{p['place']}预算绩效管理暂行办法》和{year}年度部门预算公开工作要求，现将{p['project']}"
             f"{'绩效自评结果' if p.get('selfeval') else '绩效目标'}予以公开，接受社会监督。")
    tbl = kpi_table(p)
    if p["id"] == "07":
        tbl = f'<div class="frame"><div class="wm">{p["dept"]} 公开</div>{tbl}</div>'
    sign = ""
    if p["signoff"]:
        sign = '<div class="signoff">' + "<br>".join(esc(x) for x in p["signoff"].split("\n")) + "</div>"
    menu = "".join(f"<li><a href='#'>{x}</a></li>" for x in
                   ["政府信息公开指南", "法定主动公开内容", "财政预决算", "部门预算", "部门决算", "预算绩效", "政府采购", "专项资金"])
    nav = "".join(f"<li>{x}</li>" for x in ["首页", "政务公开", "政务服务", "互动交流", f"走进{p['place'][:2]}"])
    style = f"<style>{BASE_CSS}{css}</style>"
    if p["id"] == "10":
        style += ""  # no print stylesheet: chrome prints
    else:
        style += f"<style media=\"print\">{pcss}</style>"
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="{site}"><meta name="ArticleTitle" content="{title}">
<title>{title}_{site}</title>
{style}
</head><body>
<div class="topbar">欢迎访问{site}门户网站<span>无障碍浏览 | 长者模式 | 繁體</span></div>
<div class="banner"><div class="logo">{site}</div><div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div>
<ul class="nav">{nav}</ul>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政信息</a> &gt; <a href="#">预算绩效</a></div>
<div class="main">
<div class="left"><h3>财政信息</h3><ul>{menu}</ul></div>
<div class="content" id="zoom">
<h1>{title}</h1>
<div class="info">发布时间：{p['date']} 10:{int(p['id']) * 3 + 10:02d}　来源：{p['dept']}　浏览次数：{p['views']}　【字体：大 中 小】</div>
<div class="article">
<p>{esc(intro)}</p>
{facts_html(p)}
{tbl}
{sign}
</div>
<div class="share">分享到：微信　微博　QQ空间　【打印本页】【关闭窗口】</div>
</div></div>
<div class="footer"><p>主办单位：{site}办公室　承办单位：{p['place']}融媒体中心</p>
<p>网站标识码：{p['code']}　<a href="#">{p['icp']}</a>　{p['gongan']}</p>
<p>地址：{p['place']}人民路{int(p['id']) * 7 + 3}号　联系电话：0{int(p['id']) + 700}-{6200000 + int(p['id']) * 1371}</p></div>
</body></html>
"""


# ---------------------------------------------------------------- xlsx
def make_xlsx(p, path, variant):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side, Font
    from openpyxl.worksheet.properties import PageSetupProperties
    cols = p["cols"].split()
    rows = table_rows(p)
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    th = Side(style="thin", color="000000")
    bd = Border(left=th, right=th, top=th, bottom=th)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    left = Alignment(wrap_text=True, vertical="center", horizontal="left")
    n = len(cols)
    widths = {"seq": 6, "l1": 11, "l2": 13, "name": 30, "val": 18, "y27": 16, "y28": 16, "op": 9, "num": 9, "unit": 9,
              "rem": 16}
    for j, c in enumerate(cols):
        ws.column_dimensions[chr(65 + j)].width = widths.get(c, 14)
    ws.append([title_of(p)])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 32
    ws.append([f"填报单位（盖章）：{p['dept']}"] + [""] * (n - 2) + ["单位：万元"])
    r0 = 3
    facts = [("项目名称", p["project"]), ("主管部门", p["dept"]), ("实施单位", p["unit_name"]), ("项目资金", p["amount"]),
             ("年度绩效目标", p["goal"])]
    for k, v in facts:
        ws.cell(r0, 1, k).border = bd
        ws.cell(r0, 1).alignment = wrap
        ws.cell(r0, 2, v).alignment = left
        for j in range(2, n + 1):
            ws.cell(r0, j).border = bd
        ws.merge_cells(start_row=r0, start_column=2, end_row=r0, end_column=n)
        ws.row_dimensions[r0].height = 36 if k == "年度绩效目标" else 20
        r0 += 1
    hr = head_rows(p)
    hstart = r0
    if len(hr) == 2:
        for j in range(n):
            ws.cell(r0, j + 1).border = bd
            ws.cell(r0 + 1, j + 1).border = bd
        j = 1
        for t, cs, rs in hr[0]:
            ws.cell(r0, j, t).alignment = wrap
            ws.cell(r0, j).font = Font(bold=True)
            if cs > 1 or rs > 1:
                ws.merge_cells(start_row=r0, start_column=j, end_row=r0 + rs - 1, end_column=j + cs - 1)
            j += cs
        for k, (t, cs, rs) in enumerate(hr[1]):
            ws.cell(r0 + 1, 4 + k, t).alignment = wrap
            ws.cell(r0 + 1, 4 + k).font = Font(bold=True)
        r0 += 2
    else:
        for j, c in enumerate(cols):
            ws.cell(r0, j + 1, label(p, c)).alignment = wrap
            ws.cell(r0, j + 1).font = Font(bold=True)
            ws.cell(r0, j + 1).border = bd
        r0 += 1
    hend = r0 - 1
    s1, s2 = spans(rows, "l1"), spans(rows, "l2")
    for i, r in enumerate(rows):
        for j, c in enumerate(cols):
            v = str(i + 1) if c == "seq" else nobr(r[c])
            if c == "num":
                try:
                    v = int(v) if re.fullmatch(r"\d+", v) else float(v)
                except ValueError:
                    pass
            ce = ws.cell(r0 + i, j + 1, v)
            ce.border = bd
            ce.alignment = left if c in ("name",) else wrap
        ws.row_dimensions[r0 + i].height = {"shortrows": 15, "printtitles": 64, "fitwidth": 30}.get(variant, 34)
    for key, sp in (("l1", s1), ("l2", s2)):
        j = cols.index(key) + 1
        for i, k in sp.items():
            if k > 1:
                ws.merge_cells(start_row=r0 + i, start_column=j, end_row=r0 + i + k - 1, end_column=j)
    last = r0 + len(rows)
    ws.cell(last + 1, 1, "填报人：王某某　　联系电话：0" + str(int(p["id"]) + 700) + "-6" + p["id"] + "3518")
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    if variant == "fitwidth":
        ws.page_setup.orientation = "landscape"
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    elif variant == "printtitles":
        ws.page_setup.orientation = "portrait"
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.print_title_rows = f"{hstart}:{hend}"
    else:
        ws.page_setup.orientation = "portrait"
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    wb.save(path)


# ---------------------------------------------------------------- docx
def make_docx(p, path, variant):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    cols = [c for c in p["cols"].split() if c != "seq"]
    rows = table_rows(p)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    if variant == "landscape":
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = t.add_run(title_of(p))
    rr.bold = True
    rr.font.size = Pt(16)
    for k, v in [("项目名称", p["project"]), ("主管部门", p["dept"]), ("实施单位", p["unit_name"]),
                 ("项目资金", p["amount"]), ("年度绩效目标", p["goal"])]:
        doc.add_paragraph(f"{k}：{v}")
    hr = head_rows(p) if p["shape"] != "group" else [[(label(p, c), 1, 1) for c in cols]]
    if p["shape"] == "block":
        hr = [[(label(p, c), 1, 1) for c in cols]]
    nh = len(hr)
    tb = doc.add_table(rows=nh + len(rows), cols=len(cols))
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i in range(nh):
        trPr = tb.rows[i]._tr.get_or_add_trPr()
        e = OxmlElement("w:tblHeader")
        e.set(qn("w:val"), "true")
        trPr.append(e)
    if nh == 2:
        j = 0
        for tx, cs, rs in hr[0]:
            c = tb.cell(0, j)
            if cs > 1 or rs > 1:
                c = c.merge(tb.cell(rs - 1, j + cs - 1))
            c.text = tx
            j += cs
        for k, (tx, cs, rs) in enumerate(hr[1]):
            tb.cell(1, 3 + k).text = tx
    else:
        for j, (tx, cs, rs) in enumerate(hr[0]):
            tb.cell(0, j).text = tx
    for j in range(len(cols)):
        for i in range(nh):
            for par in tb.cell(i, j).paragraphs:
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in par.runs:
                    run.bold = True
    s1, s2 = spans(rows, "l1"), spans(rows, "l2")
    for i, r in enumerate(rows):
        for j, c in enumerate(cols):
            if c in ("l1", "l2") and r[c] == "" and not (c == "l2" and r["l1"]):
                continue
            tb.cell(nh + i, j).text = nobr(r[c])
    merged = []
    for key, sp in (("l1", s1), ("l2", s2)):
        j = cols.index(key)
        for i, k in sp.items():
            c = tb.cell(nh + i, j)
            if k > 1:
                c = c.merge(tb.cell(nh + i + k - 1, j))
            merged.append(c)
    if variant == "landscape":
        for i in range(len(rows)):
            tb.rows[nh + i].height = Cm(1.5)
    for row in tb.rows:
        for c in row.cells:
            if variant == "vcenter":
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if variant == "tbrlv":
        for c in merged:
            tcPr = c._tc.get_or_add_tcPr()
            td = OxmlElement("w:textDirection")
            td.set(qn("w:val"), "tbRlV")
            tcPr.append(td)
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if p.get("total"):
        doc.add_paragraph(f"合计：分值{p['total'][0]}分，得分{p['total'][1]}分。")
    doc.add_paragraph("")
    for x in (p["signoff"] or p["dept"]).split("\n"):
        q = doc.add_paragraph(x)
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(path)


# ---------------------------------------------------------------- typst
def make_typ(p, path):
    cols = [c for c in p["cols"].split() if c != "seq"]
    rows = table_rows(p)
    s1, s2 = spans(rows, "l1"), spans(rows, "l2")

    def q(s):
        return "[" + nobr(s).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("*", "\\*") \
            .replace("#", "\\#").replace("$", "\\$").replace("<", "\\<").replace("@", "\\@").replace("_", "\\_") + "]"
    widths = {"l1": "1.6cm", "l2": "1.9cm", "name": "3.6cm", "val": "2.2cm", "score": "1cm", "std": "1fr"}
    cells = []
    for i, r in enumerate(rows):
        for c in cols:
            if c == "l1":
                if i in s1:
                    cells.append(f"table.cell(rowspan: {s1[i]}, align: horizon)[*{nobr(r['l1'])}*]")
            elif c == "l2":
                if i in s2:
                    cells.append(f"table.cell(rowspan: {s2[i]}, align: horizon){q(r['l2'])}")
            else:
                cells.append(q(r[c]))
    head = ", ".join(f"[*{label(p, c)}*]" for c in cols)
    body = ",\n  ".join(cells)
    sign = p["signoff"].replace("\n", " \\ ")
    colw = ", ".join(widths[c] for c in cols)
    src = f"""#set page(paper: "a4", margin: (x: 1.8cm, y: 2cm), footer: context align(center)[第 #counter(page).display() 页])
#set text(font: "Noto Serif CJK SC", size: 9.5pt, lang: "zh")
#align(center)[#text(size: 15pt, weight: "bold")[{title_of(p)}]]
#v(4pt)
项目名称：{p['project']} \\
主管部门：{p['dept']}　实施单位：{p['unit_name']} \\
项目资金：{p['amount']} \\
年度绩效目标：{p['goal']}
#v(6pt)
#table(
  columns: ({colw}),
  stroke: 0.5pt,
  inset: 4pt,
  align: (x, y) => if x == 5 {{ left + horizon }} else {{ center + horizon }},
  table.header({head}),
  {body}
)
#v(8pt)
#align(right)[{sign}]
"""
    Path(path).write_text(src, encoding="utf-8")


def main(outdir=HERE):
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    for p in DATA:
        (outdir / f"{p['id']}_{p['slug']}.html").write_text(page_html(p), encoding="utf-8")
    for pid, var in (("03", "plain"), ("05", "shortrows"), ("09", "fitwidth"), ("13", "printtitles")):
        make_xlsx(PAGES[pid], outdir / f"{pid}_{PAGES[pid]['slug']}.xlsx", var)
    for pid, var in (("01", "vmerge"), ("04", "vcenter"), ("08", "landscape"), ("11", "tbrlv")):
        make_docx(PAGES[pid], outdir / f"{pid}_{PAGES[pid]['slug']}.docx", var)
    make_typ(PAGES["12"], outdir / "12_fuju.typ")


if __name__ == "__main__":
    main(*sys.argv[1:])
