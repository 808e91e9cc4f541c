"""Held-out set 46: the hand-typed tables (DATA) and the pages, xlsx, docx and typst sources made from them.

DATA syntax: one dict per page; each page has one to three tables. A table has a `cols` string naming the role of each
printed column, left to right:
  seq  序号 (numbered by the renderer)        l1/l2  一级/二级 category      name  三级指标
  val  the (annual) value column              per    实施期指标值            rem   备注 (not part of the value)
  emp  a column printed empty (备注)          op/num/unit  指标性质 + 指标值 + 度量单位 (joined as printed, 定性 dropped)
  score 分值                                   act/got/rsn  实际完成值 / 得分 / 偏差原因 (自评表)
`rows` holds one table row a line, cells split by `|`, in the order of `cols` without `seq` and `emp`. With the
default merge="rowspan" an empty l1/l2 cell continues the category above (a rowspan in the html, a merged cell in xlsx
and docx); merge="every" prints the category on every row. Gold rows (make_gold) come from DATA only.

Run: python make_pages.py [OUTDIR]  -> NN_slug.html (+ 01/08/12 .xlsx, 04/07/10 .docx, 03/05/11 .typ) in OUTDIR.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14",
      "社会成本指标": "14", "生态环境成本指标": "14", "经济效益指标": "21", "社会效益指标": "22",
      "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31"}
HEAD = {"seq": "序号", "l1": "一级指标", "l2": "二级指标", "name": "三级指标", "val": "指标值",
        "per": "实施期指标值", "rem": "备注", "emp": "备注", "op": "指标性质", "num": "指标值", "unit": "度量单位",
        "score": "分值", "act": "实际完成值", "got": "得分", "rsn": "偏差原因分析及改进措施"}

DATA = [
    dict(id="01", slug="gushu", place="滠溪县", site="滠溪县人民政府", domain="www.shexi.gov.cn",
         bsid="3411270019", icp="皖ICP备18004527号-1", gaba="皖公网安备34112702000318号",
         title="滠溪县林业局2026年古树名木保护管理项目绩效目标公开", date="2026-02-09 10:26", src="滠溪县林业局",
         intro="根据《滠溪县县级预算绩效管理办法》要求，现将滠溪县林业局2026年古树名木保护管理项目绩效目标予以公开，接受社会监督。",
         sign="滠溪县林业局<br>2026年2月9日", views=412,
         tables=[dict(project="滠溪县2026年古树名木保护管理项目", dept="滠溪县林业局", unit="滠溪县林业技术推广中心",
                      amount="68万元", goal="完成全县古树名木普查建档和挂牌保护，对濒危古树实施抢救性复壮，建立古树名木保护长效机制。",
                      cols="seq l1 l2 name val rem", rows="""
产出指标|数量指标|古树名木普查建档株数|不少于1260株|含古树群3处
||一级古树挂牌保护数|≥85株|
||复壮救护古树株数|12-15株|
|质量指标|古树名木建档信息准确率|100%|
||其中：一级古树“一树一策”方案编制率|达到100%|
||复壮救护成活率|≥90%|
|时效指标|濒危古树抢救性复壮完成时间|2026年6月底前|
|成本指标|单株复壮救护费用|≤1.2万元/株|按树龄分档
效益指标|社会效益指标|古树名木保护知晓率|较上年提高10%|
|生态效益指标|古树名木损毁死亡事件|零发生|
|可持续影响指标|古树名木保护长效机制|建立健全|
满意度指标|服务对象满意度指标|古树所在村（社区）群众满意度|不低于九成|""")]),
    dict(id="02", slug="chengguan", place="湓岭县", site="湓岭县人民政府", domain="www.penling.gov.cn",
         bsid="4307250031", icp="湘ICP备17009316号", gaba="湘公网安备43072502000127号",
         title="湓岭县城市管理局2026年数字化城市管理运行维护项目绩效目标表", date="2026-01-28", src="湓岭县城市管理局",
         intro="按照县财政局关于做好2026年部门预算公开工作的通知，现公开我局数字化城市管理运行维护项目绩效目标如下。",
         sign="湓岭县城市管理局<br>2026年1月28日", views=276,
         tables=[dict(project="湓岭县2026年数字化城市管理运行维护项目", dept="湓岭县城市管理局",
                      unit="湓岭县数字化城市管理监督指挥中心", amount="156万元",
                      goal="保障数字城管平台稳定运行，提高城市管理问题发现和处置效率，改善城市市容环境。",
                      cols="l1 l2 name val", rows="""
产出指标|数量指标|城市管理部件普查更新数量|3.2万个
||信息采集员巡查覆盖面积|不少于18平方公里
||视频监控点位接入数|≥420路
|质量指标|案件结案率|≥95%
||案件按期处置率|不低于90%
||系统平台正常运行率|99.5%以上
|时效指标|一般案件处置时限|2个工作日内
||紧急案件响应时间|30分钟以内
|成本指标|信息采集服务单价|≤2.8万元/平方公里·年
效益指标|社会效益指标|城市管理问题发现率|较上年增长8%
|可持续影响指标|数字城管平台服务年限|不少于五年
满意度指标|服务对象满意度指标|市民对市容环境满意度|≥85%""")]),
    dict(id="03", slug="qunuan", place="漻川县", site="漻川县人民政府", domain="www.liaochuan.gov.cn",
         bsid="1309280046", icp="冀ICP备19002841号-2", gaba="冀公网安备13092802000544号",
         title="漻川县住房和城乡建设局2026年清洁取暖项目绩效目标", date="2026-02-14 16:03", src="漻川县住房和城乡建设局",
         intro="现将漻川县住房和城乡建设局2026年清洁取暖相关项目（农村“煤改气”改造补贴、城区集中供热老旧管网改造）绩效目标公开如下。",
         sign="漻川县住房和城乡建设局<br>2026年2月14日", views=188,
         tables=[dict(project="漻川县2026年农村清洁取暖“煤改气”改造补贴项目", dept="漻川县住房和城乡建设局",
                      unit="漻川县燃气热力服务中心", amount="420万元",
                      goal="完成2800户农村“煤改气”改造，减少散煤燃烧，改善冬季空气质量。", cols="l1 l2 name val", rows="""
产出指标|数量指标|“煤改气”改造户数|2800户
||其中：低保户、特困户改造户数|不少于三百户
|质量指标|燃气设施安全验收合格率|100%
|成本指标|户均改造补贴标准|≤4500元/户
效益指标|生态效益指标|减少散煤燃烧量|约8400吨
满意度指标|服务对象满意度指标|改造户满意度|≥90%"""),
                 dict(project="漻川县2026年城区集中供热老旧管网改造项目", dept="漻川县住房和城乡建设局",
                      unit="漻川县燃气热力服务中心", amount="980万元",
                      goal="改造城区老旧供热管网12.6公里，降低管网热损失，提升供热质量。", cols="l1 l2 name val", rows="""
产出指标|数量指标|改造老旧供热管网长度|12.6公里
|质量指标|管网改造工程验收合格率|达到100%
|时效指标|改造工程完工时间|2026年10月15日前
|成本指标|管网改造综合单价|≤78万元/公里
效益指标|社会效益指标|供热管网热损失率|较改造前下降3个百分点
满意度指标|服务对象满意度指标|供热用户满意度|不低于88%""")]),
    dict(id="04", slug="gaoling", place="潖阳县", site="潖阳县人民政府", domain="www.payang.gov.cn",
         bsid="5134280012", icp="蜀ICP备16011873号", gaba="川公网安备51342802000089号",
         title="潖阳县民政局2025年高龄津贴发放项目绩效自评表", date="2026-03-20 09:12", src="潖阳县民政局",
         intro="根据县财政局《关于开展2025年度项目支出绩效自评工作的通知》，我局对2025年高龄津贴发放项目开展了绩效自评，现将自评结果公开如下。",
         sign="潖阳县民政局<br>2026年3月20日", views=351, selfeval=True,
         budget=("520", "520", "508.6", "10", "97.8%", "9.8"),
         total=("100", "98.8"), verdict="优",
         tables=[dict(project="潖阳县2025年高龄津贴发放项目", dept="潖阳县民政局", unit="潖阳县民政局",
                      amount="520万元", goal="按时足额向全县80周岁以上老年人发放高龄津贴，提高高龄老人生活质量。",
                      cols="l1 l2 name val act score got rsn", rows="""
产出指标|数量指标|80周岁以上老年人享受津贴人数|≥6500人|6712人|10|10|
||其中：百岁老人享受津贴人数|不少于四十人|46人|5|5|
|质量指标|津贴发放准确率|100%|100%|10|10|
||资格年度认证完成率|≥98%|97.2%|10|9|部分老人随子女异地居住，认证滞后
|时效指标|津贴按月发放及时率|每月10日前发放到位|按时发放|10|10|
|成本指标|80-89周岁津贴标准|600元/人·年|600元/人·年|5|5|
||90周岁以上津贴标准|100-300元/人·月|100-300元/人·月|5|5|
效益指标|社会效益指标|高龄老人生活质量|有效提升|有效提升|10|10|
||津贴发放违规事件|零发生|零发生|10|10|
|可持续影响指标|高龄津贴动态管理机制|长期有效|持续有效|5|5|
满意度指标|服务对象满意度指标|高龄老人及家属满意度|≥95%|96.3%|10|10|""")]),
    dict(id="05", slug="falv", place="溹口县", site="溹口县人民政府", domain="www.suokou.gov.cn",
         bsid="3607300028", icp="赣ICP备20003618号-1", gaba="赣公网安备36073002000215号",
         title="溹口县司法局2026年政府法律顾问服务项目绩效目标", date="2026-02-03", src="溹口县司法局",
         intro="为推进法治政府建设，规范政府法律顾问服务经费管理，现将2026年政府法律顾问服务项目绩效目标公开如下。",
         sign="溹口县司法局<br>2026年2月3日", views=97,
         tables=[dict(project="溹口县2026年政府法律顾问服务项目", dept="溹口县司法局", unit="溹口县司法局",
                      amount="45万元", goal="为县政府及其部门重大行政决策、规范性文件和重大合同提供法律服务，防范法律风险。",
                      cols="l1 l2 name val", rows="""
产出指标|数量指标|审查规范性文件及重大合同份数|不少于120份
||参与重大行政决策合法性审查事项|≥30件
||开展领导干部法治讲座|4场以上
|质量指标|法律意见书采纳率|≥90%
||合法性审查意见出具规范率|100%
|时效指标|一般合同审查意见出具时限|收到材料后5个工作日内
|成本指标|法律顾问服务费|≤15万元/家·年
效益指标|社会效益指标|行政复议纠错率|控制在5%以内
||行政机关负责人出庭应诉率|100%
|可持续影响指标|政府法律顾问工作机制|健全完善
满意度指标|服务对象满意度指标|聘用单位对法律顾问服务满意度|≥90%""")]),
    dict(id="06", slug="shijian", place="淟城区", site="淟城区人民政府", domain="www.tiancheng.gov.cn",
         bsid="4103050037", icp="豫ICP备15022674号", gaba="豫公网安备41030502000461号",
         title="淟城区市场监督管理局2026年部门项目支出绩效目标", date="2026-02-11 15:40", src="淟城区市场监督管理局",
         intro="现将淟城区市场监督管理局2026年消费者权益保护、检验检测机构监督抽查、质量强区建设三个项目的绩效目标公开如下。",
         sign="淟城区市场监督管理局<br>2026年2月11日", views=163,
         tables=[dict(project="淟城区2026年消费者权益保护工作经费", dept="淟城区市场监督管理局", unit="淟城区消费者权益保护中心",
                      amount="38万元", goal="依法受理消费投诉举报，开展“放心消费”创建，维护消费者合法权益。",
                      cols="l1 l2 name val", rows="""
产出指标|数量指标|受理消费者投诉举报件数|≥2600件
|时效指标|投诉举报按时办结率|≥98%
效益指标|经济效益指标|为消费者挽回经济损失|不少于180万元
|社会效益指标|“放心消费”示范单位创建数|新增20家
满意度指标|服务对象满意度指标|投诉人满意度|≥85%"""),
                 dict(project="淟城区2026年检验检测机构监督抽查项目", dept="淟城区市场监督管理局", unit="淟城区市场监督管理局",
                      amount="22万元", goal="对辖区检验检测机构开展“双随机、一公开”监督抽查，规范检验检测市场秩序。",
                      cols="l1 l2 name val", rows="""
产出指标|数量指标|检验检测机构“双随机”抽查数|不少于十二家
|质量指标|抽查结果公示率|100%
|时效指标|抽查结果公示时间|抽查结束后20个工作日内
效益指标|社会效益指标|检验检测报告不合格率|≤3%"""),
                 dict(project="淟城区2026年质量强区建设专项经费", dept="淟城区市场监督管理局", unit="淟城区质量发展中心",
                      amount="60万元", goal="培育质量标杆企业，完善质量基础设施服务，提升全区产品质量水平。",
                      cols="l1 l2 name val", rows="""
产出指标|数量指标|培育区长质量奖候选企业|3-5家
|成本指标|单家企业质量提升奖补|≤10万元/家
效益指标|经济效益指标|规模以上工业产品质量合格率|达到96%以上
|可持续影响指标|质量基础设施“一站式”服务站运行|长期运行""")]),
    dict(id="07", slug="wenhua", place="湙南县", site="湙南县人民政府", domain="www.yinan-xian.gov.cn",
         bsid="6224260015", icp="陇ICP备18001952号", gaba="甘公网安备62242602000073号",
         title="湙南县文化广电和旅游局2026年乡镇综合文化站免费开放项目绩效目标表", date="2026-01-30 11:48",
         src="湙南县文化广电和旅游局",
         intro="按照预算公开有关要求，现将湙南县2026年乡镇综合文化站免费开放项目绩效目标公开如下，欢迎社会各界监督。",
         sign="湙南县文化广电和旅游局<br>2026年1月30日", views=129,
         tables=[dict(project="湙南县2026年乡镇综合文化站免费开放项目", dept="湙南县文化广电和旅游局", unit="湙南县文化馆",
                      amount="70万元", goal="保障全县14个乡镇综合文化站免费开放，丰富基层群众精神文化生活。",
                      cols="l1 l2 name val", rows="""
产出指标|数量指标|免费开放乡镇综合文化站数量|14个
||开展群众性文化活动场次|每站每年不少于24场
||公共数字文化服务点|≥14个
|质量指标|文化站免费开放达标率|≥95%
||其中：“三室”（活动室、阅览室、培训室）开放率|100%
|时效指标|每周开放时间|不少于42小时
|成本指标|每站免费开放补助|5万元/站·年
效益指标|社会效益指标|年度服务群众人次|较上年增长12%
||基层群众文化参与率|有效提升
|可持续影响指标|文化站免费开放长效运行|持续发挥作用
满意度指标|服务对象满意度指标|群众满意度|≥92%
||其中：农村留守老人、儿童满意度|不低于90%""")]),
    dict(id="08", slug="kuangshan", place="漎山县", site="漎山县人民政府", domain="www.congshan.gov.cn",
         bsid="4508230024", icp="桂ICP备19007351号-1", gaba="桂公网安备45082302000336号",
         title="漎山县自然资源局2026年历史遗留废弃矿山生态修复项目绩效目标申报表", date="2026-02-06",
         src="漎山县自然资源局",
         intro="现将漎山县自然资源局2026年历史遗留废弃矿山生态修复项目绩效目标申报表公开如下。",
         sign="漎山县自然资源局<br>2026年2月6日", views=221,
         tables=[dict(project="漎山县2026年历史遗留废弃矿山生态修复项目", dept="漎山县自然资源局",
                      unit="漎山县国土空间生态修复中心", amount="860万元",
                      goal="完成9处历史遗留废弃矿山生态修复治理，消除地质灾害隐患，恢复矿区植被。",
                      cols="l1 l2 name op num unit score", rows="""
产出指标|数量指标|修复治理废弃矿山数量|≥|9|个|10
||修复治理面积|≥|46.5|公顷|10
||复绿种植苗木|≥|3.8|万株|5
|质量指标|工程验收合格率|＝|100|%|10
||苗木成活率|≥|85|%|10
|时效指标|修复工程完工时间|定性|2026年11月底前||5
|成本指标|每公顷修复综合成本|≤|18.5|万元/公顷|10
效益指标|生态效益指标|矿区植被覆盖度|≥|60|%|10
||地质灾害隐患消除|定性|基本消除||5
|社会效益指标|矿山修复区周边群众安全隐患|定性|明显减少||5
|可持续影响指标|修复成果后期管护期|≥|3|年|10
满意度指标|服务对象满意度指标|周边群众满意度|≥|90|%|10""")]),
    dict(id="09", slug="gengdi", place="淐阳县", site="淐阳县人民政府", domain="www.changyang-x.gov.cn",
         bsid="3713290042", icp="鲁ICP备17015206号", gaba="鲁公网安备37132902000198号",
         title="淐阳县农业农村局2026年耕地地力保护补贴项目绩效目标", date="2026-02-18 08:55", src="淐阳县农业农村局",
         intro="现将淐阳县农业农村局2026年耕地地力保护补贴项目绩效目标予以公开。",
         sign="淐阳县农业农村局<br>2026年2月18日", views=305,
         tables=[dict(project="淐阳县2026年耕地地力保护补贴项目", dept="淐阳县农业农村局", unit="淐阳县农业农村局",
                      amount="4473万元", goal="按时足额发放耕地地力保护补贴，保护耕地地力，调动农民种粮积极性。",
                      cols="l1 l2 name val", merge="every", rows="""
产出指标|数量指标|补贴发放面积|42.6万亩
产出指标|数量指标|享受补贴农户数|5.1万户以上
产出指标|质量指标|补贴面积核实准确率|≥99%
产出指标|质量指标|补贴资金“一卡通”发放率|100%
产出指标|时效指标|补贴资金发放时间|2026年6月30日前
产出指标|成本指标|亩均补贴标准|105元/亩
效益指标|经济效益指标|农户亩均增收|不低于100元
效益指标|社会效益指标|耕地撂荒面积|较上年减少15%
效益指标|生态效益指标|秸秆还田面积|≥20万亩
效益指标|可持续影响指标|耕地地力等级|逐步提升
满意度指标|服务对象满意度指标|种粮农户满意度|≥90%""")]),
    dict(id="10", slug="guihua", place="涬川县", site="涬川县人民政府", domain="www.xingchuan.gov.cn",
         bsid="5325310009", icp="滇ICP备16004718号-3", gaba="滇公网安备53253102000257号",
         title="涬川县自然资源和规划局乡镇国土空间规划编制项目（2025—2027年）绩效目标", date="2026-02-10 14:20",
         src="涬川县自然资源和规划局",
         intro="乡镇国土空间规划编制项目实施期为2025—2027年，现将项目实施期及2026年度绩效目标公开如下。",
         sign="涬川县自然资源和规划局<br>2026年2月10日", views=144,
         tables=[dict(project="涬川县乡镇国土空间规划编制项目（2025—2027年）", dept="涬川县自然资源和规划局",
                      unit="涬川县国土空间规划编研中心", amount="360万元（其中2026年度150万元）",
                      goal="实施期内完成12个乡镇国土空间总体规划和96个村庄规划编制，2026年完成5个乡镇和40个村庄规划编制。",
                      cols="l1 l2 name per val", rows="""
产出指标|数量指标|完成乡镇国土空间总体规划编制|12个|5个
||村庄规划编制数|≥96个|≥40个
||其中：集聚提升类村庄规划|不少于三十个|不少于十二个
|质量指标|规划成果“一张图”入库率|100%|100%
||规划成果专家评审通过率|≥95%|≥95%
|时效指标|规划成果报批时间|2027年9月底前|2026年11月底前
成本指标|经济成本指标|单个乡镇规划编制费用|≤25万元/个|≤25万元/个
||村庄规划编制单价|≤1.2万元/个|≤1.2万元/个
效益指标|社会效益指标|“多规合一”实用性村庄规划覆盖率|≥80%|较上年提高15个百分点
|生态效益指标|生态保护红线划定落地|全面落实|全面落实
|可持续影响指标|规划实施监测评估机制|建立并有效运行|逐步建立
满意度指标|服务对象满意度指标|乡镇政府及村民满意度|≥90%|≥90%""")]),
    dict(id="11", slug="shengzhu", place="澝溪县", site="澝溪县人民政府", domain="www.ningxi.gov.cn",
         bsid="3526240033", icp="闽ICP备18012097号", gaba="闽公网安备35262402000412号",
         title="澝溪县农业农村局2026年产业发展类项目绩效目标公开", date="2026-02-12 17:05", src="澝溪县农业农村局",
         intro="现将澝溪县农业农村局2026年生猪调出大县奖励资金项目、茶产业高质量发展项目绩效目标公开如下。",
         sign="澝溪县农业农村局<br>2026年2月12日", views=238,
         tables=[dict(project="澝溪县2026年生猪调出大县奖励资金项目", dept="澝溪县农业农村局", unit="澝溪县畜牧业发展中心",
                      amount="612万元", goal="支持生猪规模养殖场改扩建和粪污资源化利用，稳定生猪生产。",
                      cols="l1 l2 name val emp", rows="""
产出指标|数量指标|支持生猪规模养殖场改扩建|不少于8家
|质量指标|病死猪无害化处理率|100%
|时效指标|奖励资金拨付时间|资金下达后60日内
效益指标|经济效益指标|生猪出栏量|≥42万头
|生态效益指标|畜禽粪污综合利用率|≥90%
满意度指标|服务对象满意度指标|养殖场户满意度|≥90%"""),
                 dict(project="澝溪县2026年茶产业高质量发展项目", dept="澝溪县农业农村局", unit="澝溪县茶业发展中心",
                      amount="300万元", goal="新建标准化生态茶园1500亩，推进茶叶加工清洁化改造，促进茶农增收。",
                      cols="l1 l2 name val emp", rows="""
产出指标|数量指标|新建标准化生态茶园面积|1500亩
||茶叶加工厂清洁化改造|≥6家
|质量指标|茶叶农药残留抽检合格率|≥98%
|成本指标|生态茶园建设补助|800元/亩
效益指标|经济效益指标|茶农人均增收|较上年增长6%
满意度指标|服务对象满意度指标|茶农满意度|≥90%""")]),
    dict(id="12", slug="jiti", place="濙头县", site="濙头县人民政府", domain="www.yingtou.gov.cn",
         bsid="2324220006", icp="黑ICP备20000638号-1", gaba="黑公网安备23242202000051号",
         title="濙头县农业农村局2026年扶持壮大村级集体经济项目绩效目标表", date="2026-02-16 10:02",
         src="濙头县农业农村局",
         intro="为加强扶持村级集体经济发展资金管理，提高资金使用效益，现将2026年扶持壮大村级集体经济项目绩效目标公开如下。",
         sign="濙头县农业农村局<br>2026年2月16日", views=182,
         tables=[dict(project="濙头县2026年扶持壮大村级集体经济项目", dept="濙头县农业农村局", unit="濙头县农村经营管理站",
                      amount="450万元", goal="扶持15个村发展壮大村级集体经济，增加村集体经营性收入，带动农户就业增收。",
                      cols="seq l1 l2 name val rem", rows="""
产出指标|数量指标|扶持村集体经济项目村数|15个|
||其中：脱贫村（监测村）|不少于五个|
||村级集体经济组织年度审计覆盖率|100%|
|质量指标|扶持项目竣工验收合格率|≥95%|
||项目资产确权登记率|100%|
|时效指标|项目开工时间|2026年5月底前|
||项目资金支出进度|2026年12月底前达到90%以上|
|成本指标|单村扶持资金|30万元/村|一次性补助
效益指标|经济效益指标|扶持村集体经营性收入|每村年均增加5万元以上|
||项目资产年收益率|不低于6%|
|社会效益指标|带动农户务工就业|≥300人次|
满意度指标|服务对象满意度指标|村民满意度|≥90%|""")]),
]


# ---------------------------------------------------------------- table model
def parse_rows(t):
    """-> list of dicts role->text (seq numbered, emp empty), in order."""
    roles = t["cols"].split()
    data_roles = [r for r in roles if r not in ("seq", "emp")]
    out = []
    for i, line in enumerate([x for x in t["rows"].strip("\n").split("\n") if x.strip()]):
        cells = line.split("|")
        if len(cells) != len(data_roles):
            raise ValueError(f"{t['project']}: row {i + 1} has {len(cells)} cells, want {len(data_roles)}: {line}")
        r = dict(zip(data_roles, cells))
        r["seq"] = str(i + 1)
        r["emp"] = ""
        out.append(r)
    return out


def spans(rows, role):
    """rowspan of each row's category cell (0 = continuation)."""
    res = [0] * len(rows)
    for i, r in enumerate(rows):
        if r.get(role):
            n = 1
            while i + n < len(rows) and not rows[i + n].get(role) and not (role == "l2" and rows[i + n].get("l1")):
                n += 1
            res[i] = n
    return res


def value_of(r, roles):
    if "val" in roles:
        return r["val"]
    op = r["op"]
    return ("" if op == "定性" else op) + r["num"] + r["unit"]


def gold_rows(t):
    roles = t["cols"].split()
    l1 = l2 = None
    out = []
    for r in parse_rows(t):
        if r.get("l1"):
            l1 = r["l1"]
        if r.get("l2"):
            l2 = r["l2"]
        out.append(dict(name=r["name"], annual_value=value_of(r, roles),
                        period_value=r.get("per") if "per" in roles else None,
                        level1_code=L1[l1], level2_code=L2[l2],
                        l1_cont=not r.get("l1"), l2_cont=not r.get("l2")))
    return out


E = html.escape


# ---------------------------------------------------------------- generic html table
def html_table(t, attrs, head="tdrows", heads=None, wrap=None, tdattr=None, thtag="th", merge=None, rowattr=None,
               after=""):
    roles = t["cols"].split()
    heads = dict(HEAD, **(heads or {}))
    wrap = wrap or (lambda s, role: E(s))
    tdattr = tdattr or (lambda role, head: "")
    rowattr = rowattr or (lambda i: "")
    rows = parse_rows(t)
    merge = merge or t.get("merge", "rowspan")
    s1, s2 = spans(rows, "l1"), spans(rows, "l2")
    out = [f"<table {attrs}>"]
    if head in ("thead", "tdrows"):
        tag = thtag if head == "thead" else "td"
        cells = "".join(f"<{tag}{tdattr(r, True)}>{wrap(heads[r], 'head')}</{tag}>" for r in roles)
        out.append(f"<thead><tr>{cells}</tr></thead><tbody>" if head == "thead" else f"<tbody><tr class=\"hd\">{cells}</tr>")
    elif head == "zbz2":  # 指标值 over 实施期/年度
        a = "".join(f"<th rowspan=\"2\"{tdattr(r, True)}>{wrap(heads[r], 'head')}</th>" for r in roles if r not in ("per", "val"))
        out.append(f"<thead><tr>{a}<th colspan=\"2\">指标值</th></tr>"
                   f"<tr><th>{wrap(heads['per'], 'head')}</th><th>{wrap('年度指标值', 'head')}</th></tr></thead><tbody>")
    elif head == "jx2":  # 绩效指标 over 一级/二级/三级
        rest = "".join(f"<th rowspan=\"2\"{tdattr(r, True)}>{wrap(heads[r], 'head')}</th>" for r in roles if r not in ("l1", "l2", "name"))
        sub = "".join(f"<th{tdattr(r, True)}>{wrap(heads[r], 'head')}</th>" for r in ("l1", "l2", "name"))
        out.append(f"<thead><tr><th colspan=\"3\">绩效指标</th>{rest}</tr><tr>{sub}</tr></thead><tbody>")
    for i, r in enumerate(rows):
        tds = []
        for role in roles:
            if role in ("l1", "l2") and merge == "rowspan":
                sp = (s1 if role == "l1" else s2)[i]
                if sp == 0:
                    continue
                rs = f" rowspan=\"{sp}\"" if sp > 1 else ""
                tds.append(f"<td{rs}{tdattr(role, False)}>{wrap(r[role], role)}</td>")
            else:
                tds.append(f"<td{tdattr(role, False)}>{wrap(r[role], role)}</td>")
        out.append(f"<tr{rowattr(i)}>" + "".join(tds) + "</tr>")
    out.append(after + "</tbody></table>")
    return "\n".join(out)


def facts_p(t, cls="facts"):
    return (f"<div class=\"{cls}\"><p>项目名称：{E(t['project'])}</p><p>主管部门：{E(t['dept'])}</p>"
            f"<p>实施单位：{E(t['unit'])}</p><p>项目资金：{E(t['amount'])}</p><p>年度总体目标：{E(t['goal'])}</p></div>")


def facts_table(t, attrs):
    return (f"<table {attrs}><tr><td class=\"k\">项目名称</td><td colspan=\"3\">{E(t['project'])}</td></tr>"
            f"<tr><td class=\"k\">主管部门</td><td>{E(t['dept'])}</td><td class=\"k\">实施单位</td><td>{E(t['unit'])}</td></tr>"
            f"<tr><td class=\"k\">项目资金</td><td colspan=\"3\">{E(t['amount'])}</td></tr>"
            f"<tr><td class=\"k\">年度总体目标</td><td colspan=\"3\">{E(t['goal'])}</td></tr></table>")


# ---------------------------------------------------------------- site chrome
MENU = ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "财政预决算", "部门预算", "绩效目标公开", "依申请公开"]
NAV = ["首页", "走进{p}", "政务公开", "政务服务", "互动交流", "专题专栏"]

CHROME_CSS = {
    "red": "#b5121b", "blue": "#1a5ea8", "navy": "#0b3a6e", "green": "#1f7a4d", "teal": "#0f6f7a", "brown": "#8a4b16",
}


def page(p, content, theme="red", extra_css="", print_css="", layout="side", viewport=False, body_cls=""):
    c = CHROME_CSS[theme]
    nav = "".join(f"<li><a href=\"#\">{n.format(p=p['place'])}</a></li>" for n in NAV)
    on = ' class="on"'
    menu = "".join(f"<li{on if m == '绩效目标公开' else ''}><a href=\"#\">{m}</a></li>" for m in MENU)
    vp = "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" if viewport else ""
    side = (f"<aside class=\"leftmenu\"><h3>信息公开</h3><ul>{menu}</ul></aside>" if layout == "side" else "")
    pc = f"\n<style media=\"print\">\n{print_css}\n</style>" if print_css else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
{vp}<title>{E(p['title'])}_{E(p['site'])}</title>
<meta name="SiteName" content="{E(p['site'])}">
<meta name="ArticleTitle" content="{E(p['title'])}">
<meta name="PubDate" content="{p['date']}">
<style>
body{{margin:0;font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;font-size:14px;color:#333;background:#f4f4f4}}
a{{color:#333;text-decoration:none}}
.banner{{background:{c};color:#fff;padding:18px 0}}
.banner .w{{width:1100px;max-width:96%;margin:0 auto}}
.banner .sn{{font-size:28px;font-weight:bold;letter-spacing:2px}}
.banner .dm{{font-size:12px;opacity:.8}}
.nav{{background:#fff;border-bottom:3px solid {c}}}
.nav ul{{width:1100px;max-width:96%;margin:0 auto;padding:0;list-style:none;display:flex;flex-wrap:wrap}}
.nav li a{{display:block;padding:10px 22px;font-size:16px}}
.wrap{{width:1100px;max-width:96%;margin:12px auto;display:flex;gap:16px;background:#fff;padding:14px;box-sizing:border-box}}
.crumb{{width:1100px;max-width:96%;margin:10px auto 0;font-size:13px;color:#666}}
.leftmenu{{flex:0 0 190px}}
.leftmenu h3{{margin:0;background:{c};color:#fff;padding:8px 12px;font-size:16px}}
.leftmenu ul{{list-style:none;margin:0;padding:0;border:1px solid #ddd}}
.leftmenu li a{{display:block;padding:8px 12px;border-bottom:1px dashed #ddd}}
.leftmenu li.on a{{color:{c};font-weight:bold}}
.main{{flex:1;min-width:0}}
.main h1{{font-size:22px;text-align:center;color:#222;line-height:1.5;margin:8px 0}}
.meta{{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #e5e5e5;padding-bottom:8px;margin-bottom:12px}}
.sign{{text-align:right;margin-top:18px;line-height:1.9}}
.share{{margin-top:16px;font-size:13px;color:#666;border-top:1px solid #eee;padding-top:8px}}
.foot{{background:#333;color:#bbb;text-align:center;font-size:12px;line-height:2;padding:14px 0;margin-top:20px}}
{extra_css}
</style>{pc}
</head>
<body{(' class="' + body_cls + '"') if body_cls else ''}>
<div class="banner"><div class="w"><div class="sn">{E(p['site'])}</div><div class="dm">{p['domain']}</div></div></div>
<div class="nav"><ul>{nav}</ul></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政信息</a> &gt; <a href="#">绩效目标公开</a></div>
<div class="wrap">
{side}
<div class="main" id="content-main">
<h1>{E(p['title'])}</h1>
<div class="meta">发布时间：{p['date']}　　来源：{E(p['src'])}　　浏览次数：{p['views']}　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
{content}
<div class="sign">{p['sign']}</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>　【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</div>
</div>
<div class="foot">主办单位：{E(p['site'])}办公室　承办单位：{E(p['place'])}大数据服务中心<br>
网站标识码：{p['bsid']}　<a href="#">{p['icp']}</a>　<a href="#">{p['gaba']}</a><br>
建议使用1366×768分辨率浏览本站</div>
</body>
</html>
"""


HIDE_CHROME = ".nav,.leftmenu,.crumb,.share,.banner .dm{display:none!important}\n.wrap{width:auto;max-width:none;margin:0;padding:0;display:block}\nbody{background:#fff}"


# ---------------------------------------------------------------- the 12 pages
def p01(p):
    t = p["tables"][0]
    css = """.ke-content table.bd{border-collapse:collapse;width:100%}
.ke-content table.bd th,.ke-content table.bd td{border:1px solid #555;padding:6px 5px;text-align:center;font-size:14px}
.ke-content table.bd th{background:#eef2f7}
.ke-content table.facts td{padding:4px 6px;border:1px solid #999}
.ke-content table.facts{border-collapse:collapse;width:100%;margin-bottom:10px}
.ke-content .facts .k{width:110px;background:#f7f7f7}"""
    pcss = HIDE_CHROME + "\n.ke-content table.bd td,.ke-content table.bd th{padding:26px 6px;font-size:16px}\n.ke-content table.bd thead{display:table-header-group}"
    body = ("<div class=\"ke-content\"><p>" + E(p["intro"]) + "</p>"
            + facts_table(t, "class=\"facts\"")
            + html_table(t, "class=\"bd\" border=\"1\" cellspacing=\"0\"", head="thead",
                         heads={"name": "三级指标", "val": "指标值"}) + "</div>")
    return page(p, body, "red", css, pcss)


def word_runs(text):
    """Word's run split: CJK text in 宋体 spans, ASCII (digits, %, Latin) in lang=EN-US spans."""
    out = []
    for m in re.finditer(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        s = m.group(0)
        if re.match(r"[\x20-\x7e]", s):
            out.append(f"<span lang=EN-US style='font-size:10.5pt'>{E(s)}</span>")
        else:
            out.append(f"<span style='font-size:10.5pt;font-family:宋体;mso-ascii-font-family:\"Times New Roman\";mso-hansi-font-family:\"Times New Roman\"'>{E(s)}</span>")
    return "".join(out)


def p02(p):
    t = p["tables"][0]
    roles = t["cols"].split()

    def wrap(s, role):
        if role == "head":
            return f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:10.5pt;font-family:黑体'>{E(s)}</span></b><b><span lang=EN-US style='font-size:10.5pt'><o:p></o:p></span></b></p>"
        al = " align=center style='text-align:center'" if role in ("l1", "l2") else " align=left style='text-align:left'"
        inner = word_runs(s) if s else "<span lang=EN-US style='font-size:10.5pt'>&nbsp;</span>"
        return f"<p class=MsoNormal{al}>{inner}<span lang=EN-US style='font-size:10.5pt'><o:p></o:p></span></p>"

    W = {"l1": ("71.3pt", 95), "l2": ("85.05pt", 113), "name": ("170.1pt", 227), "val": ("99.25pt", 132)}

    def tdattr(role, head):
        w = W[role]
        return (f" width={w[1]} valign=center style='width:{w[0]};border:solid windowtext 1.0pt;"
                f"{'border-top:none;' if not head else ''}mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt;height:22.7pt'")

    rows_n = [0]

    def rowattr(i):
        last = ";mso-yfti-lastrow:yes" if i == len(parse_rows(t)) - 1 else ""
        return f" style='mso-yfti-irow:{i + 1};height:22.7pt{last}'"

    tab = html_table(t, "class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=605 style='width:453.7pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'",
                     head="tdrows", wrap=wrap, tdattr=tdattr, rowattr=rowattr)
    tab = tab.replace("<tr class=\"hd\">", "<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;height:22.7pt'>")
    fp = "".join(
        f"<p class=MsoNormal style='line-height:22.0pt;mso-line-height-rule:exactly'><span style='font-size:12.0pt;font-family:仿宋_GB2312'>{E(k)}：</span>{word_runs(v).replace('10.5pt', '12.0pt')}<span lang=EN-US style='font-size:12.0pt'><o:p></o:p></span></p>\n"
        for k, v in (("项目名称", t["project"]), ("主管部门", t["dept"]), ("实施单位", t["unit"]),
                     ("项目资金", t["amount"]), ("年度总体目标", t["goal"])))
    body = f"""<div class="TRS_Editor"><div class=WordSection1 style='layout-grid:15.6pt'>
<p class=MsoNormal style='text-indent:24.0pt;mso-char-indent-count:2.0;line-height:22.0pt;mso-line-height-rule:exactly'><span style='font-size:12.0pt;font-family:仿宋_GB2312'>{E(p['intro'])}</span><span lang=EN-US style='font-size:12.0pt'><o:p></o:p></span></p>
<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'><b><span style='font-size:16.0pt;font-family:方正小标宋简体'>{E(t['project'])}绩效目标表</span></b><b><span lang=EN-US style='font-size:16.0pt'><o:p></o:p></span></b></p>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
{fp}<div align=center>
{tab}
</div>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
</div></div>"""
    css = """p.MsoNormal,li.MsoNormal,div.MsoNormal{mso-style-unhide:no;mso-style-qformat:yes;mso-style-parent:"";margin:0cm;margin-bottom:.0001pt;text-align:justify;text-justify:inter-ideograph;mso-pagination:none;font-size:10.5pt;mso-bidi-font-size:12.0pt;font-family:"Times New Roman",serif;mso-fareast-font-family:宋体;mso-font-kerning:1.0pt}
table.MsoNormalTable{mso-style-name:普通表格;mso-tstyle-rowband-size:0;mso-tstyle-colband-size:0;mso-style-noshow:yes;mso-style-priority:99;mso-style-parent:"";mso-padding-alt:0cm 5.4pt 0cm 5.4pt;mso-para-margin:0cm;font-size:10.5pt;font-family:"Times New Roman",serif}
.TRS_Editor{font-size:14px;line-height:1.8}"""
    doc = page(p, body, "blue", css, "", layout="side")
    return doc.replace("<html lang=\"zh-CN\">", "<html lang=\"zh-CN\" xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">").replace(
        "<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">\n<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n<meta name=Originator content=\"Microsoft Word 15\">\n<!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:View>Normal</w:View>\n  <w:Zoom>0</w:Zoom>\n  <w:PunctuationKerning/>\n  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>\n </w:WordDocument>\n</xml><![endif]-->")


def p03(p):
    css = """.article table.rl{border-collapse:collapse;width:100%;margin:6px 0 18px}
.article table.rl th{border-top:2px solid #333;border-bottom:1px solid #333;padding:7px 6px;text-align:left;font-weight:bold}
.article table.rl td{border-bottom:1px solid #bbb;padding:7px 6px}
.article h3{font-size:16px;margin:16px 0 6px;color:#0b3a6e}
.article .facts p{margin:3px 0}"""
    parts = ["<div class=\"article\"><p style=\"text-indent:2em\">" + E(p["intro"]) + "</p>"]
    for k, t in enumerate(p["tables"]):
        parts.append(f"<h3>{'一二三'[k]}、{E(t['project'])}</h3>")
        parts.append(facts_p(t))
        parts.append(html_table(t, "class=\"rl\"", head="thead", heads={"val": "年度指标值"}))
    parts.append("</div>")
    pcss = HIDE_CHROME + "\n.article table.rl{font-size:13px}"
    return page(p, "\n".join(parts), "navy", css, pcss)


def p04(p):
    t = p["tables"][0]
    b = p["budget"]
    css = """.zw table{border-collapse:collapse;width:100%}
.zw table td{border:1px solid #000;padding:5px 4px;text-align:center;font-size:13px}
.zw table tr.hd td{font-weight:bold;background:#f2f2f2}
.zw .tt{text-align:center;font-size:18px;font-weight:bold;margin:6px 0}
.zw .sub{display:flex;justify-content:space-between;font-size:13px;margin:4px 0}"""
    facts = (f"<table class=\"zxb\"><tr><td>项目名称</td><td colspan=\"6\">{E(t['project'])}</td></tr>"
             f"<tr><td>主管部门</td><td colspan=\"2\">{E(t['dept'])}</td><td>实施单位</td><td colspan=\"3\">{E(t['unit'])}</td></tr>"
             f"<tr><td rowspan=\"2\">项目资金（万元）</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>"
             f"<tr><td>{b[0]}</td><td>{b[1]}</td><td>{b[2]}</td><td>{b[3]}</td><td>{b[4]}</td><td>{b[5]}</td></tr>"
             f"<tr><td>年度总体目标</td><td colspan=\"3\">{E(t['goal'])}</td><td colspan=\"3\">全年共为6712名80周岁以上老年人按月发放高龄津贴，资金足额到位。</td></tr></table>")
    after = (f"<tr><td colspan=\"5\">总分</td><td>{p['total'][0]}</td><td>{p['total'][1]}</td><td></td></tr>"
             f"<tr><td colspan=\"2\">自评结论</td><td colspan=\"6\">{p['verdict']}</td></tr>")
    tab = html_table(t, "class=\"zpb\"", head="tdrows", heads={"val": "年度目标值", "name": "三级指标"}, after=after)
    body = (f"<div class=\"zw\"><p>{E(p['intro'])}</p><div class=\"tt\">项目支出绩效自评表</div>"
            f"<div class=\"sub\"><span>（2025年度）</span><span>填报单位：{E(t['dept'])}</span></div>{facts}"
            f"<div style=\"height:8px\"></div>{tab}</div>")
    return page(p, body, "green", css, "")


def p05(p):
    t = p["tables"][0]
    rows = parse_rows(t)
    s1, s2 = spans(rows, "l1"), spans(rows, "l2")
    cells = ["<div class=\"c h\">一级指标</div>", "<div class=\"c h\">二级指标</div>",
             "<div class=\"c h\">三级指标</div>", "<div class=\"c h\">指标值</div>"]
    for i, r in enumerate(rows):
        if s1[i]:
            cells.append(f"<div class=\"c cat\" style=\"grid-row:span {s1[i]}\">{E(r['l1'])}</div>")
        if s2[i]:
            cells.append(f"<div class=\"c cat\" style=\"grid-row:span {s2[i]}\">{E(r['l2'])}</div>")
        cells.append(f"<div class=\"c\">{E(r['name'])}</div>")
        cells.append(f"<div class=\"c v\">{E(r['val'])}</div>")
    css = """.kpi-wrap{overflow-x:auto}
.kpi-grid{display:grid;grid-template-columns:96px 110px minmax(160px,1fr) 170px;min-width:520px;margin:10px 0}
.kpi-grid .c{padding:8px 6px;font-size:14px;display:flex;align-items:center}
.kpi-grid .h{font-weight:bold;color:#0f6f7a}
.kpi-grid .cat{justify-content:center;text-align:center;color:#555}
.info-list{list-style:none;padding:0;margin:8px 0}
.info-list li{padding:3px 0}
@media (max-width:600px){.leftmenu{display:none}.wrap{display:block;padding:8px}.banner .sn{font-size:20px}.nav li a{padding:8px 10px;font-size:14px}}"""
    facts = ("<ul class=\"info-list\">" + "".join(
        f"<li><span class=\"lb\">{k}：</span>{E(v)}</li>" for k, v in
        (("项目名称", t["project"]), ("主管部门", t["dept"]), ("实施单位", t["unit"]), ("项目资金", t["amount"]),
         ("年度总体目标", t["goal"]))) + "</ul>")
    body = (f"<div class=\"art-con\"><p>{E(p['intro'])}</p>{facts}<div class=\"kpi-wrap\"><div class=\"kpi-grid\">\n"
            + "\n".join(cells) + "\n</div></div></div>")
    return page(p, body, "teal", css, "", viewport=True)


def p06(p):
    css = """.con table.gb{border-collapse:collapse;width:100%;margin-bottom:14px}
.con table.gb td{border:1px solid #666;padding:6px;font-size:14px}
.con table.gb tr.hd td{text-align:center;font-weight:bold;background:#f3f3f3}
.con .ptitle{font-weight:bold;margin:14px 0 4px}
.con table.xm{border-collapse:collapse;width:100%;margin-bottom:6px}
.con table.xm td{border:1px solid #666;padding:4px 6px;font-size:13px}"""
    parts = [f"<div class=\"con\"><p>{E(p['intro'])}</p>"]
    for k, t in enumerate(p["tables"]):
        parts.append(f"<p class=\"ptitle\">表{k + 1}：{E(t['project'])}绩效目标表</p>")
        parts.append(facts_table(t, "class=\"xm\" border=\"1\" cellspacing=\"0\""))
        parts.append(html_table(t, "class=\"gb\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"", head="tdrows"))
    parts.append("</div>")
    pcss = HIDE_CHROME + "\n.con table.gb td{padding:20px 6px;font-size:16px}"
    return page(p, "\n".join(parts), "brown", css, pcss)


def p07(p):
    t = p["tables"][0]
    css = """.view table.nl{border-collapse:collapse;width:100%;margin-top:8px}
.view table.nl th{padding:6px 4px;font-weight:bold;color:#1a5ea8}
.view table.nl td{padding:6px 4px;vertical-align:middle}
.view table.nl td.vl{writing-mode:vertical-rl;letter-spacing:4px;text-align:center;width:1.6em}
.view table.nl td.nw{width:2.2em;text-align:center;word-break:break-all}
.view .facts p{margin:2px 0}"""

    def tdattr(role, head):
        if head:
            return ""
        return {"l1": " class=\"vl\"", "l2": " class=\"nw\""}.get(role, "")
    tab = html_table(t, "class=\"nl\"", head="jx2", tdattr=tdattr)
    body = f"<div class=\"view\"><p>{E(p['intro'])}</p>{facts_p(t)}{tab}</div>"
    return page(p, body, "red", css, HIDE_CHROME)


def p08(p):
    t = p["tables"][0]
    rows = parse_rows(t)
    s1, s2 = spans(rows, "l1"), spans(rows, "l2")
    hh = "height=36 style='height:27.0pt'"
    out = ["<table border=0 cellpadding=0 cellspacing=0 width=893 style='border-collapse:collapse;table-layout:fixed;width:670pt'>",
           "<col width=84 style='mso-width-source:userset;mso-width-alt:2688;width:63pt'>",
           "<col width=104 style='mso-width-source:userset;mso-width-alt:3328;width:78pt'>",
           "<col width=250 style='mso-width-source:userset;mso-width-alt:8000;width:188pt'>",
           "<col width=80 style='mso-width-source:userset;mso-width-alt:2560;width:60pt'>",
           "<col width=150 style='mso-width-source:userset;mso-width-alt:4800;width:113pt'>",
           "<col width=125 style='mso-width-source:userset;mso-width-alt:4000;width:94pt'>",
           "<col width=100 style='mso-width-source:userset;mso-width-alt:3200;width:75pt'>",
           f" <tr height=48 style='height:36.0pt'>\n  <td colspan=7 height=48 class=xl71 width=893 style='height:36.0pt;width:670pt'>2026年项目支出绩效目标申报表</td>\n </tr>",
           f" <tr height=27 style='height:20.25pt'>\n  <td colspan=4 height=27 class=xl72 style='height:20.25pt'>填报单位（盖章）：{E(t['dept'])}</td>\n  <td colspan=3 class=xl73>金额单位：万元</td>\n </tr>",
           f" <tr {hh}>\n  <td height=36 class=xl66 style='height:27.0pt'>项目名称</td>\n  <td colspan=6 class=xl67>{E(t['project'])}</td>\n </tr>",
           f" <tr {hh}>\n  <td height=36 class=xl66 style='height:27.0pt'>主管部门</td>\n  <td colspan=2 class=xl67>{E(t['dept'])}</td>\n  <td class=xl66>实施单位</td>\n  <td colspan=3 class=xl67>{E(t['unit'])}</td>\n </tr>",
           f" <tr {hh}>\n  <td height=36 class=xl66 style='height:27.0pt'>项目资金</td>\n  <td colspan=2 class=xl66>年度资金总额</td>\n  <td colspan=4 class=xl69 x:num>860</td>\n </tr>",
           f" <tr height=54 style='height:40.5pt'>\n  <td height=54 class=xl66 style='height:40.5pt'>年度总体目标</td>\n  <td colspan=6 class=xl67>{E(t['goal'])}</td>\n </tr>",
           f" <tr {hh}>\n  <td height=36 class=xl70 style='height:27.0pt'>一级指标</td>\n  <td class=xl70>二级指标</td>\n  <td class=xl70>三级指标</td>\n  <td class=xl70>指标性质</td>\n  <td class=xl70>指标值</td>\n  <td class=xl70>度量单位</td>\n  <td class=xl70>分值</td>\n </tr>"]
    for i, r in enumerate(rows):
        tds = []
        if s1[i]:
            rs = f" rowspan={s1[i]}" if s1[i] > 1 else ""
            tds.append(f"  <td{rs} height=36 class=xl66 style='height:27.0pt'>{E(r['l1'])}</td>")
        if s2[i]:
            rs = f" rowspan={s2[i]}" if s2[i] > 1 else ""
            tds.append(f"  <td{rs} class=xl66>{E(r['l2'])}</td>")
        tds.append(f"  <td class=xl67>{E(r['name'])}</td>")
        tds.append(f"  <td class=xl66>{E(r['op'])}</td>")
        isnum = re.fullmatch(r"[0-9.]+", r["num"])
        tds.append(f"  <td class=xl69 x:num>{r['num']}</td>" if isnum else f"  <td class=xl66 x:str>{E(r['num'])}</td>")
        tds.append(f"  <td class=xl66>{E(r['unit'])}</td>" if r["unit"] else "  <td class=xl66>&nbsp;</td>")
        tds.append(f"  <td class=xl69 x:num>{r['score']}</td>")
        out.append(f" <tr {hh}>\n" + "\n".join(tds) + "\n </tr>")
    out.append(f" <tr height=27 style='height:20.25pt'>\n  <td colspan=4 height=27 class=xl72 style='height:20.25pt'>填报人：韦秋萍</td>\n  <td colspan=3 class=xl72>联系电话：0774-6218305</td>\n </tr>")
    out.append(" <![if supportMisc]>\n <tr height=0 style='display:none'>\n  <td width=84 style='width:63pt'></td>\n  <td width=104 style='width:78pt'></td>\n  <td width=250 style='width:188pt'></td>\n  <td width=80 style='width:60pt'></td>\n  <td width=150 style='width:113pt'></td>\n  <td width=125 style='width:94pt'></td>\n  <td width=100 style='width:75pt'></td>\n </tr>\n <![endif]>")
    out.append("</table>")
    css = """.xl66{mso-style-parent:style0;font-size:10.5pt;font-family:宋体;text-align:center;vertical-align:middle;border:.5pt solid windowtext;white-space:normal}
.xl67{mso-style-parent:style0;font-size:10.5pt;font-family:宋体;text-align:left;vertical-align:middle;border:.5pt solid windowtext;white-space:normal}
.xl69{mso-style-parent:style0;font-size:10.5pt;font-family:宋体;mso-number-format:General;text-align:center;vertical-align:middle;border:.5pt solid windowtext}
.xl70{mso-style-parent:style0;font-size:10.5pt;font-weight:700;font-family:宋体;text-align:center;vertical-align:middle;border:.5pt solid windowtext;background:#D9E1F2;mso-pattern:black none;white-space:normal}
.xl71{mso-style-parent:style0;font-size:16.0pt;font-weight:700;font-family:宋体;text-align:center;vertical-align:middle}
.xl72{mso-style-parent:style0;font-size:10.5pt;font-family:宋体;text-align:left;vertical-align:middle}
.xl73{mso-style-parent:style0;font-size:10.5pt;font-family:宋体;text-align:right;vertical-align:middle}
td{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;color:black;font-size:11.0pt;font-family:宋体;mso-generic-font-family:auto;mso-font-charset:134;border:none;mso-protection:locked visible}
.xls-box{overflow-x:auto}"""
    body = (f"<div class=\"content\"><p>{E(p['intro'])}</p><div class=\"xls-box\">\n<!--StartFragment-->\n"
            + "\n".join(out) + "\n<!--EndFragment-->\n</div></div>")
    return page(p, body, "blue", css, HIDE_CHROME + "\n.xls-box{overflow:visible}")


def p09(p):
    t = p["tables"][0]
    css = """.detail table.zebra{border-collapse:collapse;width:100%}
.detail table.zebra td{padding:8px 6px;border:none}
.detail table.zebra tr:nth-child(odd){background:#f1f6fb}
.detail table.zebra tr:nth-child(even){background:#fff}
.detail table.zebra tr.hd td{background:#2d6aa3;color:#fff;font-weight:bold}"""
    pcss = HIDE_CHROME + "\n.detail table.zebra tr{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    body = (f"<div class=\"detail\"><p>{E(p['intro'])}</p>{facts_p(t)}"
            + html_table(t, "class=\"zebra\"", head="tdrows", heads={"name": "指标名称", "val": "指标值"}) + "</div>")
    return page(p, body, "navy", css, pcss)


def p10(p):
    t = p["tables"][0]
    css = """#zoom table.gh{border-collapse:collapse;width:100%}
#zoom table.gh th{padding:6px 4px;border-bottom:1px solid #999;background:#fafafa}
#zoom table.gh td{padding:6px 4px;border-bottom:1px solid #ccc;text-align:center}
#zoom .facts p{margin:2px 0}"""
    pcss = HIDE_CHROME + "\n#zoom table.gh td{padding:24px 4px;font-size:16px}\n#zoom table.gh thead{display:table-header-group}\ntr{break-inside:avoid}"
    body = (f"<div id=\"zoom\"><p>{E(p['intro'])}</p>{facts_p(t)}"
            + html_table(t, "class=\"gh\"", head="zbz2") + "</div>")
    return page(p, body, "green", css, pcss)


def p11(p):
    css = """.article-body table{border-collapse:collapse;width:100%;margin-bottom:16px}
.article-body table td{padding:7px 6px;border:none}
.article-body table tr.hd td{font-weight:bold;color:#8a4b16}
.article-body h4{margin:14px 0 4px}
.article-body .facts p{margin:2px 0}"""
    parts = [f"<div class=\"article-body\"><p>{E(p['intro'])}</p>"]
    for k, t in enumerate(p["tables"]):
        parts.append(f"<h4>（{'一二'[k]}）{E(t['project'])}</h4>")
        parts.append(facts_p(t))
        parts.append(html_table(t, "class=\"table\"", head="tdrows"))
    parts.append("</div>")
    return page(p, "\n".join(parts), "brown", css, HIDE_CHROME)


def p12(p):
    t = p["tables"][0]
    css = """.TRS_Editor table.bk{border-collapse:collapse;width:100%}
.TRS_Editor table.bk td{border:1px solid #444;padding:6px 5px;font-size:14px}
.TRS_Editor table.bk tr.hd td{text-align:center;font-weight:bold}
.TRS_Editor .facts p{margin:2px 0}"""
    pcss = HIDE_CHROME + "\n.TRS_Editor table.bk td{padding:22px 5px;font-size:16px}"
    body = (f"<div class=\"TRS_Editor\"><p>{E(p['intro'])}</p>{facts_p(t)}"
            + html_table(t, "class=\"bk\" border=\"1\" cellspacing=\"0\" cellpadding=\"0\"", head="tdrows",
                         heads={"name": "三级指标", "val": "指标值"}) + "</div>")
    return page(p, body, "navy", css, pcss)


RENDER = {"01": p01, "02": p02, "03": p03, "04": p04, "05": p05, "06": p06, "07": p07, "08": p08, "09": p09,
          "10": p10, "11": p11, "12": p12}


# ---------------------------------------------------------------- xlsx (01, 08, 12)
def make_xlsx(p, path, mode):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
    from openpyxl.worksheet.page import PageMargins
    t = p["tables"][0]
    roles = [r for r in t["cols"].split()]
    rows = parse_rows(t)
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    thin = Side(style="thin", color="000000")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
    lft = Alignment(horizontal="left", vertical="center", wrap_text=True)
    ncol = len(roles)
    ws.append([f"{t['project']}绩效目标表"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1).font = Font(name="宋体", size=16, bold=True)
    ws.cell(1, 1).alignment = ctr
    ws.row_dimensions[1].height = 30
    ws.append([f"填报单位：{t['dept']}"] + [""] * (ncol - 2) + ["单位：万元"])
    for k, v in (("项目名称", t["project"]), ("主管部门", t["dept"]), ("实施单位", t["unit"]),
                 ("项目资金", t["amount"]), ("年度总体目标", t["goal"])):
        ws.append([k, v] + [""] * (ncol - 2))
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = 34 if k == "年度总体目标" else 20
    hr = ws.max_row + 1
    ws.append([HEAD[r] for r in roles])
    first = ws.max_row + 1
    for r in rows:
        vals = []
        for role in roles:
            v = r[role]
            if role in ("num", "score") and re.fullmatch(r"[0-9]+(\.[0-9]+)?", v or ""):
                v = float(v) if "." in v else int(v)
            if role == "seq":
                v = int(v)
            vals.append(v if v != "" else None)
        ws.append(vals)
    last = ws.max_row
    for role in ("l1", "l2"):
        c = roles.index(role) + 1
        s = spans(rows, role)
        for i, n in enumerate(s):
            if n > 1:
                ws.merge_cells(start_row=first + i, start_column=c, end_row=first + i + n - 1, end_column=c)
    for row in ws.iter_rows(min_row=3, max_row=last, max_col=ncol):
        for cell in row:
            cell.border = bd
            cell.font = Font(name="宋体", size=11, bold=(cell.row == hr))
            cell.alignment = lft if (cell.row < hr and cell.column > 1) or roles[cell.column - 1] == "name" and cell.row > hr else ctr
    for cell in ws[hr]:
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    widths = {"seq": 6, "l1": 12, "l2": 14, "name": 34, "val": 22, "rem": 14, "op": 10, "num": 18, "unit": 12, "score": 8}
    from openpyxl.utils import get_column_letter
    for i, r in enumerate(roles):
        ws.column_dimensions[get_column_letter(i + 1)].width = widths[r]
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    if mode == "fitwidth":  # 01: landscape, fit to one page wide
        ws.page_setup.orientation = "landscape"
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        for i in range(first, last + 1):
            ws.row_dimensions[i].height = 24
    elif mode == "twopages":  # 08: portrait, tall rows, fit 1 wide x 2 tall, header row repeated
        ws.page_setup.orientation = "portrait"
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 2
        ws.print_title_rows = f"{hr}:{hr}"
        for i in range(first, last + 1):
            ws.row_dimensions[i].height = 95
    else:  # 12: portrait, fit to one page wide, narrow margins
        ws.page_setup.orientation = "portrait"
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6)
        for i in range(first, last + 1):
            ws.row_dimensions[i].height = 30
    ws.append([])
    ws.append(["审核意见：", None, "单位负责人：", None])
    wb.save(path)


# ---------------------------------------------------------------- docx (04, 07, 10)
def make_docx(p, path, mode):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ROW_HEIGHT_RULE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    t = p["tables"][0]
    roles = t["cols"].split()
    rows = parse_rows(t)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    if mode == "landscape":
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    title = {"selfeval": "项目支出绩效自评表（2025年度）", "landscape": "项目支出绩效目标表", "twin": "项目支出绩效目标表（实施期及2026年度）"}[mode]
    hp = doc.add_paragraph()
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = hp.add_run(title)
    rr.bold = True
    rr.font.size = Pt(16)
    for k, v in (("项目名称", t["project"]), ("主管部门", t["dept"]), ("实施单位", t["unit"]),
                 (("年初预算数" if mode == "selfeval" else "项目资金"), t["amount"]), ("年度总体目标", t["goal"])):
        doc.add_paragraph(f"{k}：{v}")
    if mode == "twin":
        head_rows = [["一级指标", "二级指标", "三级指标", "指标值", "指标值"], ["一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"]]
    elif mode == "landscape":
        head_rows = [["绩效指标", "绩效指标", "绩效指标", "指标值"], ["一级指标", "二级指标", "三级指标", "指标值"]]
    else:
        head_rows = [[{"val": "年度目标值"}.get(r, HEAD[r]) for r in roles]]
    nh = len(head_rows)
    tab = doc.add_table(rows=nh + len(rows), cols=len(roles))
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, hr in enumerate(head_rows):
        for j, v in enumerate(hr):
            tab.cell(i, j).text = v
    if nh == 2:  # merge the two-row header
        for j in range(len(roles)):
            if head_rows[0][j] == head_rows[1][j]:
                tab.cell(0, j).merge(tab.cell(1, j))
                tab.cell(0, j).text = head_rows[0][j]
        j = 0
        while j < len(roles):
            k = j
            while k + 1 < len(roles) and head_rows[0][k + 1] == head_rows[0][j] and head_rows[0][j] != head_rows[1][j]:
                k += 1
            if k > j:
                tab.cell(0, j).merge(tab.cell(0, k))
                tab.cell(0, j).text = head_rows[0][j]
            j = k + 1
    for i, r in enumerate(rows):
        for j, role in enumerate(roles):
            if role in ("l1", "l2") and not r[role]:
                continue
            tab.cell(nh + i, j).text = r[role]
    for role in ("l1", "l2"):
        j = roles.index(role)
        for i, n in enumerate(spans(rows, role)):
            if n > 1:
                txt = rows[i][role]
                c = tab.cell(nh + i, j).merge(tab.cell(nh + i + n - 1, j))
                c.text = txt
    widths = {"l1": 2.2, "l2": 2.6, "name": 5.6, "val": 3.4, "per": 3.4, "act": 2.6, "score": 1.2, "got": 1.2, "rsn": 3.2}
    if mode == "landscape":
        widths.update(name=10.5, val=6.5, l1=3.2, l2=3.6)
    if mode == "selfeval":
        widths.update(l1=1.6, l2=1.8, name=4.0, val=2.6, act=2.2, rsn=2.4)
    for j, role in enumerate(roles):
        for row in tab.rows:
            row.cells[j].width = Cm(widths[role])
    for i, row in enumerate(tab.rows):
        if mode == "landscape" and i >= nh:
            row.height = Cm(1.35)
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        if i < nh:
            trPr = row._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            trPr.append(el)
        for c in row.cells:
            for para in c.paragraphs:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in para.runs:
                    run.font.size = Pt(10.5)
                    run.bold = i < nh
    if mode == "selfeval":
        doc.add_paragraph("总分：100　　自评得分：98.8　　自评结论：优")
    doc.add_paragraph("")
    doc.add_paragraph(f"{t['dept']}（盖章）　　　　2026年{'3月20日' if mode == 'selfeval' else '2月'}")
    doc.save(path)


# ---------------------------------------------------------------- typst (03, 05, 11)
def typ_str(s):
    return "[" + s.replace("\\", "\\\\").replace("#", "\\#").replace("*", "\\*").replace("_", "\\_").replace("<", "\\<").replace(">", "\\>").replace("@", "\\@").replace("$", "\\$").replace("[", "\\[").replace("]", "\\]") + "]"


def make_typ(p, path, paper="a4", flipped=False):
    out = [f'#set page(paper: "{paper}", flipped: {"true" if flipped else "false"}, margin: 2cm)',
           '#set text(font: "Noto Sans CJK SC", size: 10pt, lang: "zh")',
           '#set par(justify: false)',
           f'#align(center, text(size: 15pt, weight: "bold")[{typ_str(p["title"])[1:-1]}])',
           f'#par[{typ_str(p["intro"])[1:-1]}]']
    for t in p["tables"]:
        roles = [r for r in t["cols"].split() if r != "emp"]
        rows = parse_rows(t)
        s = {"l1": spans(rows, "l1"), "l2": spans(rows, "l2")}
        out.append(f'#v(6pt)\n#text(weight: "bold")[{typ_str("项目名称：" + t["project"])[1:-1]}]\\')
        out.append(f'{typ_str("主管部门：" + t["dept"] + "　实施单位：" + t["unit"] + "　项目资金：" + t["amount"])[1:-1]}\\')
        out.append(f'{typ_str("年度总体目标：" + t["goal"])[1:-1]}')
        w = {"l1": "2.4cm", "l2": "3cm", "name": "1fr", "val": "4.2cm"}
        out.append(f'#table(columns: ({", ".join(w[r] for r in roles)}), stroke: 0.5pt, inset: 5pt, align: horizon,')
        out.append("  table.header(" + ", ".join(f'[*{HEAD[r]}*]' for r in roles) + "),")
        for i, r in enumerate(rows):
            cells = []
            for role in roles:
                if role in ("l1", "l2") and t.get("merge", "rowspan") == "rowspan":
                    n = s[role][i]
                    if n == 0:
                        continue
                    cells.append(f"table.cell(rowspan: {n}, {typ_str(r[role])})" if n > 1 else typ_str(r[role]))
                else:
                    cells.append(typ_str(r[role]))
            out.append("  " + ", ".join(cells) + ",")
        out.append(")")
    sign = p["sign"].replace("<br>", " \\ ")
    out.append(f'#align(right)[{sign}]')
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- gold
TEXT_FILES = {
    "01": ("01_chromium_copy1440_thead_seqrem_gushu.txt", ["chromium_copy", "width_1440", "kindeditor", "thead_th", "seq_column", "remark_column", "facts_table", "ruled"]),
    "02": ("02_links_w80_wordhtml_chengguan.txt", ["links_dump", "width_80", "word_html", "msonormal_cells", "ruled", "header_td_rows"]),
    "03": ("03_chromium_innertext1280_twotables_rowlines_qunuan.txt", ["chromium_innertext_body", "width_1280", "two_tables", "row_lines", "thead_th"]),
    "04": ("04_chromium_copy800_selfeval_gaoling.txt", ["chromium_copy", "width_800", "self_eval", "header_td_rows", "ruled", "total_row"]),
    "05": ("05_chromium_copy390_divgrid_falv.txt", ["chromium_copy", "width_390", "phone", "div_grid", "no_lines"]),
    "06": ("06_w3m_c80_nograph_threetables_shijian.txt", ["w3m", "cols_80", "no_graph", "three_tables", "ruled", "header_td_rows"]),
    "07": ("07_chromium_drag1366_vertical_twohead_wenhua.txt", ["chromium_drag", "width_1366", "vertical_l1", "narrow_l2", "two_row_header_jixiao", "no_lines"]),
    "08": ("08_bs4_pipesep_excel_opcols_kuangshan.txt", ["bs4_get_text_pipe", "excel_html", "op_num_unit_columns", "score_column", "ruled", "facts_in_table"]),
    "09": ("09_pandoc_gfm_zebra_every_gengdi.txt", ["pandoc_gfm", "zebra", "category_every_row", "header_td_rows"]),
    "10": ("10_chromium_eltext1024_twin_costl1_guihua.txt", ["chromium_innertext_element", "width_1024", "two_row_header_twin", "period_value", "cost_level1", "row_lines"]),
    "11": ("11_chromium_copy1920_twotables_emptycol_shengzhu.txt", ["chromium_copy", "width_1920", "two_tables", "empty_column", "no_lines", "header_td_rows"]),
    "12": ("12_chromium_drag1600_seq_tdhead_jiti.txt", ["chromium_drag", "width_1600", "seq_column", "remark_column", "header_td_rows", "ruled"]),
}


def make_gold():
    gold, expected = [], {}
    for p in DATA:
        fname, quirks = TEXT_FILES[p["id"]]
        n = 0
        exp = []
        for t in p["tables"]:
            for g in gold_rows(t):
                n += 1
                q = list(quirks)
                if g["l1_cont"]:
                    q.append("l1_merged_continuation")
                if g["l2_cont"]:
                    q.append("l2_merged_continuation")
                gold.append(dict(file=fname, n=n, name=g["name"], annual_value=g["annual_value"],
                                 period_value=g["period_value"], level1_code=g["level1_code"],
                                 level2_code=g["level2_code"], url=None, quirks=q))
                exp.append(dict(source_id=p["id"], department=t["dept"], project=t["project"], name=g["name"],
                                value=g["annual_value"], level1_code=g["level1_code"], level2_code=g["level2_code"]))
        expected[p["id"]] = exp
    return gold, expected


def main(outdir=HERE):
    os.makedirs(outdir, exist_ok=True)
    for p in DATA:
        with open(os.path.join(outdir, f"{p['id']}_{p['slug']}.html"), "w", encoding="utf-8") as f:
            f.write(RENDER[p["id"]](p))
    byid = {p["id"]: p for p in DATA}
    make_xlsx(byid["01"], os.path.join(outdir, "01_gushu.xlsx"), "fitwidth")
    make_xlsx(byid["08"], os.path.join(outdir, "08_kuangshan.xlsx"), "twopages")
    make_xlsx(byid["12"], os.path.join(outdir, "12_jiti.xlsx"), "plain")
    make_docx(byid["04"], os.path.join(outdir, "04_gaoling.docx"), "selfeval")
    make_docx(byid["07"], os.path.join(outdir, "07_wenhua.docx"), "landscape")
    make_docx(byid["10"], os.path.join(outdir, "10_guihua.docx"), "twin")
    make_typ(byid["03"], os.path.join(outdir, "03_qunuan.typ"))
    make_typ(byid["11"], os.path.join(outdir, "11_shengzhu.typ"), paper="us-letter", flipped=True)
    return make_gold()


if __name__ == "__main__":
    gold, expected = main(sys.argv[1] if len(sys.argv) > 1 else HERE)
    print(len(gold), "gold rows;", {k: len(v) for k, v in expected.items()})
