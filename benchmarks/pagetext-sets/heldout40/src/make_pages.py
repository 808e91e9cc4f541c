"""Held-out set 40: 16 invented government pages from hand-typed tables (DATA) -> NN_topic.html.

Written for this set (no earlier set's script was read or copied). Run: python make_pages.py [OUTDIR]
Writes the html pages into OUTDIR (default: this folder) and, as helpers for build.py, returns the
gold rows from DATA (gold_rows()).

DATA row syntax: one table row a line, cells split by "|"; an empty 一级/二级 cell = continuation of
the merged (rowspan) cell above; "¶" = <br>; a line starting with "!" = a row kept in the markup with
display:none (reviewed out, not expected). The 序号 cell is numbered automatically where the table
has one. Column roles: l1 l2 name annual period op num unit x (x = shown, not a value).
"""
import html as H
import os
import sys

YEAR = "2025"

DATA = [
dict(nn="01", slug="ludeng", place="瀼溪县", site="瀼溪县人民政府", dept="瀼溪县城市管理局",
     project="2025年城市照明设施维护项目", chrome="trs", table="trs", pdf="A4",
     title="瀼溪县城市管理局2025年城市照明设施维护项目绩效目标公开",
     date="2025-03-18 09:42", source="瀼溪县城市管理局",
     block=[("项目名称", "2025年城市照明设施维护项目"), ("主管部门", "瀼溪县城市管理局"), ("实施单位", "瀼溪县路灯管理所"),
            ("项目资金（万元）", "年度资金总额：468.00　其中：财政拨款：468.00"),
            ("年度总体目标", "完成城区及乡镇主干道路灯设施日常巡查、维修和节能改造，亮灯率保持在98%以上，保障市民夜间出行安全。")],
     cols=["序号", "一级指标", "二级指标", "三级指标", "指标值", "备注"], roles=["seq", "l1", "l2", "name", "annual", "x"],
     rows="""产出指标|数量指标|路灯设施巡查里程|≥1.2万公里|夜间巡查
||维修更换LED灯具|≥2600盏|
||新增智慧路灯单灯控制终端|480套|
!||更换锈蚀灯杆|≥120根|
|质量指标|路灯亮灯率|≥98%|主干道
||设施完好率|不低于96%|
||维修工程验收合格率|100%|
|时效指标|故障报修响应时间|≤2小时|
||一般故障修复时限|24小时内|
|成本指标|单灯年均维护成本|≤185元/盏|
效益指标|经济效益指标|节约照明电费|≥36万元|与2024年相比
|社会效益指标|夜间道路照明覆盖率|较上年提高1.5个百分点|
|生态效益指标|年节约用电量|≥52万千瓦时|
满意度指标|服务对象满意度指标|市民对城市照明满意度|≥90%|抽样调查"""),

dict(nn="02", slug="ranqi", place="淯滨市", site="淯滨市住房和城乡建设局", dept="淯滨市住房和城乡建设局",
     project="城镇燃气安全专项整治项目", chrome="vue", table="eltable", pdf="A4",
     title="2025年城镇燃气安全专项整治项目绩效目标",
     date="2025-02-27", source="淯滨市住房和城乡建设局",
     block=[("项目名称", "城镇燃气安全专项整治项目"), ("主管部门", "淯滨市住房和城乡建设局"), ("项目金额", "1,260.00万元")],
     cols=["一级指标", "二级指标", "三级指标", "指标值"], roles=["l1", "l2", "name", "annual"],
     rows="""产出指标|数量指标|入户安全检查用户|≥8.6万户
||更换老旧燃气胶管|≥1.5万根
||加装燃气泄漏报警器（餐饮场所）|1200台
|质量指标|隐患整改完成率|100%
||检查记录规范率|≥95%
|时效指标|重大隐患整改时限|发现后3日内
|成本指标|户均安检成本|≤28元/户
效益指标|社会效益指标|燃气安全事故发生率|较上年下降20%
||燃气安全知识宣传覆盖率|≥90%
|可持续影响指标|燃气安全长效监管机制|建立并有效运行
满意度指标|服务对象满意度指标|燃气用户满意度|≥92%
||餐饮经营户满意度|≥90%"""),

dict(nn="03", slug="gongshui", place="筼岭县", site="筼岭县人民政府", dept="筼岭县水利局",
     project="农村供水保障工程维修养护项目", chrome="bs5", table="bs5", pdf="Letter",
     title="筼岭县水利局农村供水保障工程维修养护项目绩效目标表",
     date="2025年04月02日", source="县水利局",
     block=[("项目名称", "农村供水保障工程维修养护项目"), ("主管部门", "筼岭县水利局"), ("资金总额", "420万元")],
     cols=["一级指标", "二级指标", "三级指标", "指标值"], roles=["l1", "l2", "name", "annual"], merge=False,
     rows="""产出指标|数量指标|维修养护农村供水工程|46处
产出指标|数量指标|更换入户水表|≥3200块
产出指标|数量指标|水质检测频次|每季度1次
产出指标|质量指标|农村集中供水率|≥92%
产出指标|质量指标|水质达标率|≥90%
产出指标|质量指标|维修养护工程验收合格率|100%
产出指标|时效指标|维修养护任务完成时间|2025年10月31日前
产出指标|成本指标|工程维修养护资金支出|≤420万元
效益指标|社会效益指标|受益农村人口|≥5.6万人
效益指标|社会效益指标|农村自来水普及率|≥95.5%
效益指标|可持续影响指标|工程运行管护机制|长效运行
满意度指标|服务对象满意度指标|受益群众满意度|≥90%"""),

dict(nn="04", slug="tushuguan", place="翀山县", site="翀山县人民政府", dept="翀山县文化广电和旅游局",
     chrome="trs", table="word", pdf="A4",
     title="翀山县文化广电和旅游局2025年项目支出绩效目标表",
     date="2025-03-06 16:20", source="翀山县文化广电和旅游局",
     tables=[
      dict(project="公共图书馆免费开放项目", amount="86万元",
           cols=["一级指标", "二级指标", "三级指标", "指标值"], roles=["l1", "l2", "name", "annual"],
           rows="""产出指标|数量指标|图书馆年接待读者|≥18万人次
||举办阅读推广活动|不少于60场
||新增馆藏图书|1.2万册
|质量指标|免费开放服务时间|每周≥56小时
|时效指标|资金拨付时间|2025年6月30日前
效益指标|社会效益指标|全民阅读氛围|明显提升
满意度指标|服务对象满意度指标|读者满意度|≥95%"""),
      dict(project="农家书屋提质增效项目", amount="42万元",
           cols=["一级指标", "二级指标", "三级指标", "指标值"], roles=["l1", "l2", "name", "annual"],
           rows="""产出指标|数量指标|提升改造农家书屋|35个
||配送更新出版物|≥7000册
|质量指标|出版物配送合格率|100%
效益指标|社会效益指标|农家书屋年借阅量|较上年增长10%
|可持续影响指标|书屋管理员培训覆盖率|百分之百
满意度指标|服务对象满意度指标|村民满意度|≥90%""")]),

dict(nn="05", slug="xueqian", place="滢州市", site="滢州市教育局", dept="滢州市教育局",
     project="学前教育普惠发展补助资金", chrome="dept", table="selfeval", pdf="A4",
     title="2024年度学前教育普惠发展补助资金绩效自评表",
     date="2025-04-21 10:05", source="计划财务科",
     cols=["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
     roles=["l1", "l2", "name", "annual", "x", "x", "x", "x"],
     rows="""产出指标|数量指标|补助普惠性民办幼儿园|≥42所|44所|10|10|
||资助家庭经济困难幼儿|≥2100人次|2236人次|10|10|
||新增公办幼儿园学位|1800个|1620个|10|9|部分项目延期交付，2025年春季学期投用
|质量指标|普惠性幼儿园覆盖率|≥85%|87.3%|10|10|
||幼儿园教师持证上岗率|100%|100%|5|5|
|时效指标|资助资金发放及时率|100%|100%|5|5|
|成本指标|生均公用经费补助标准|≥600元/生·年|600元/生·年|5|5|
效益指标|社会效益指标|学前三年毛入园率|≥92%|93.1%|10|10|
||家庭经济困难幼儿资助覆盖面|应助尽助|应助尽助|5|5|
|可持续影响指标|普惠性学前教育保障机制|持续完善|基本完善|10|9|部分县区生均拨款制度尚未落实，下一步督促落实
满意度指标|服务对象满意度指标|幼儿家长满意度|≥90%|94.6%|5|5|
||教职工满意度|≥85%|88.2%|5|4.5|"""),

dict(nn="06", slug="jineng", place="嵱城县", site="嵱城县人民政府", dept="嵱城县人力资源和社会保障局",
     project="职业技能提升行动项目（2025—2027年）", chrome="trs", table="twin", pdf="cdp",
     title="嵱城县职业技能提升行动项目绩效目标申报表",
     date="2025-01-16 15:31", source="县人力资源和社会保障局",
     block=[("项目名称", "职业技能提升行动项目（2025—2027年）"), ("主管部门", "嵱城县人力资源和社会保障局"),
            ("实施单位", "嵱城县就业服务中心"), ("项目实施期", "2025年—2027年"),
            ("资金情况（万元）", "实施期资金总额：2,880　年度资金总额：960"),
            ("实施期总目标", "三年开展补贴性职业技能培训2.4万人次以上，新建高技能人才培训基地3个。"),
            ("年度目标", "2025年开展补贴性职业技能培训8000人次以上。")],
     cols=["一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"], roles=["l1", "l2", "name", "period", "annual"],
     rows="""产出指标|数量指标|开展补贴性职业技能培训|≥2.4万人次|≥8000人次
||其中：脱贫劳动力培训|≥3000人次|≥1000人次
||新建高技能人才培训基地|3个|1个
||培训后取得职业资格证书或职业技能等级证书|≥1.5万人|≥5000人
|质量指标|培训合格率|≥85%|≥85%
||参训人员实名制信息录入准确率|100%|100%
|时效指标|培训补贴审核发放时限|收到申请后20个工作日内|收到申请后20个工作日内
|成本指标|人均培训补贴标准|1200-2400元/人|1200-2400元/人
效益指标|经济效益指标|参训人员就业后月均收入增幅|≥8%|≥8%
|社会效益指标|培训后就业率|≥70%|≥70%
||技能人才占就业人员比例|提高3个百分点|提高1个百分点
|可持续影响指标|“技能嵱城”品牌影响力|逐年提升|逐步提升
满意度指标|服务对象满意度指标|参训人员满意度|≥90%|≥90%"""),

dict(nn="07", slug="choujian", place="檑溪县", site="檑溪县市场监督管理局", dept="檑溪县市场监督管理局",
     project="2025年食品安全监督抽检项目", chrome="dept", table="divgrid", pdf="A4",
     title="2025年食品安全监督抽检项目绩效目标",
     date="2025-03-11", source="食品安全抽检监测科",
     block=[("项目名称", "2025年食品安全监督抽检项目"), ("主管部门", "檑溪县市场监督管理局"), ("预算金额", "156万元")],
     cols=["一级指标", "二级指标", "三级指标", "指标值"], roles=["l1", "l2", "name", "annual"],
     rows="""产出指标|数量指标|食品安全监督抽检批次|≥4.5批次/千人
||农产品快速检测|≥1.2万批次
||校园食堂专项检查|全覆盖
|质量指标|抽检不合格食品核查处置率|100%
||检验报告出具准确率|≥99%
|时效指标|不合格产品核查处置完成时间|收到检验报告后30日内
效益指标|社会效益指标|食品抽检合格率|≥98%
||食品安全事件发生数|0起
|可持续影响指标|食品安全追溯体系覆盖面|逐步扩大
满意度指标|服务对象满意度指标|群众食品安全满意度|≥80分
||被抽检企业满意度|≥85%
||投诉举报处置满意度|≥90%"""),

dict(nn="08", slug="jiance", place="沄阳县", site="沄阳县生态环境局", dept="沄阳县生态环境局",
     project="环境空气质量自动监测站运维项目", chrome="vue", table="antd", pdf="A4",
     title="环境空气质量自动监测站运维项目绩效目标公开",
     date="2025-02-13 11:18", source="沄阳县生态环境局",
     block=[("项目名称", "环境空气质量自动监测站运维项目"), ("主管部门", "沄阳县生态环境局"), ("实施单位", "沄阳县生态环境监测站"), ("预算金额", "144万元")],
     cols=["一级指标", "二级指标", "三级指标", "指标值"], roles=["l1", "l2", "name", "annual"],
     rows="""产出指标|数量指标|运维空气质量自动监测站|8个
||开展走航监测|≥24次
||发布空气质量日报|365期
|质量指标|监测数据有效率|≥90%
||监测设备运行率|≥95%
|时效指标|设备故障响应时间|≤4小时
|成本指标|单站年运维费用|≤18万元
效益指标|生态效益指标|PM2.5年均浓度|≤32微克/立方米
||空气质量优良天数比率|≥88.5%
|社会效益指标|重污染天气预警信息及时发布率|100%
|可持续影响指标|监测数据质量保障|持续稳定
满意度指标|服务对象满意度指标|公众对环境空气质量满意度|≥85%"""),

dict(nn="09", slug="minzong", place="澋口县", site="澋口县人民政府", dept="澋口县民族宗教事务局",
     project=None, chrome="trs", table="dept", pdf="cdp",
     title="澋口县民族宗教事务局2025年部门整体支出绩效目标表",
     date="2025-02-08 17:02", source="澋口县民族宗教事务局",
     cols=["一级指标", "二级指标", "三级指标", "指标值"], roles=["l1", "l2", "name", "annual"],
     rows="""产出指标|数量指标|开展民族团结进步创建活动|≥30场次
||少数民族群众技能培训|≥400人次
||宗教活动场所安全检查|全覆盖（126处）
||民族宗教政策法规宣传|≥20期
||少数民族特色村寨保护与发展|2个
|质量指标|宗教活动场所消防安全达标率|≥98%
||民族团结进步示范单位创建验收通过率|100%
|时效指标|少数民族发展资金下达时间|2025年5月底前
||宗教事务行政审批办结时限|法定时限内
|成本指标|“三公”经费支出|不超过上年
效益指标|社会效益指标|民族宗教领域重大不稳定事件|0件
||民族团结进步创建覆盖率|较上年提高5个百分点
||宗教领域突出问题整治|有效治理
|可持续影响指标|民族宗教工作长效机制|健全完善
满意度指标|服务对象满意度指标|少数民族群众满意度|≥93%
||宗教界人士满意度|≥90%"""),

dict(nn="10", slug="jindu", place="笪塘县", site="笪塘县公安局", dept="笪塘县公安局",
     project="禁毒专项工作经费", chrome="old", table="old", pdf="Letter",
     title="笪塘县公安局禁毒专项工作经费项目绩效目标",
     date="2025-3-25", source="县禁毒办",
     block=[("项目名称", "禁毒专项工作经费"), ("主管部门", "笪塘县公安局"), ("项目资金", "260万元")],
     cols=["一级指标", "二级指标", "三级指标", "指标值", "计量单位"], roles=["l1", "l2", "name", "num", "unit"],
     rows="""产出指标|数量指标|禁毒宣传教育活动|≥150|场次
||社区戒毒社区康复人员执行率|≥98|%
||开展毒品检测|≥1.8万|人次
|质量指标|吸毒人员动态管控率|≥95|%
||易制毒化学品企业检查覆盖率|100|%
|时效指标|涉毒线索核查时限|7|个工作日
|成本指标|禁毒专项经费支出|≤260|万元
效益指标|社会效益指标|现有吸毒人员占常住人口比例|≤2.5|‰
||新发现吸毒人员|较上年下降15|%
||毒品案件破案率|不低于上年|
|可持续影响指标|“无毒社区”创建|持续推进|
满意度指标|服务对象满意度指标|群众禁毒工作满意度|≥90|%"""),

dict(nn="11", slug="nongtian", place="荦川县", site="荦川县人民政府", dept="荦川县农业农村局",
     project="2025年高标准农田建设项目", chrome="bs5", table="ueditor", pdf="A4",
     title="荦川县2025年高标准农田建设项目绩效目标表",
     date="2025-01-29 08:55", source="县农业农村局",
     block=[("项目名称", "2025年高标准农田建设项目"), ("主管部门", "荦川县农业农村局"), ("资金总额", "7,680万元")],
     cols=["一级指标", "二级指标", "三级指标", "指标值"], roles=["l1", "l2", "name", "annual"],
     rows="""产出指标|数量指标|新建高标准农田面积|3.2万亩
||新增高效节水灌溉面积|≥0.8万亩
||新建改造田间道路|≥46公里
|质量指标|工程验收合格率|100%
||耕地质量等级提升|≥0.5个等级
|时效指标|项目完工时间|2025年12月底前
成本指标|经济成本指标|亩均财政投入|≤2400元/亩
|社会成本指标|项目建设对群众生产生活的影响|无重大负面影响
|生态环境成本指标|施工期水土流失|有效控制
效益指标|经济效益指标|项目区亩均粮食产能增加|≥50公斤
||项目区农户亩均节本增收|≥120元
|生态效益指标|农田灌溉水有效利用系数|≥0.58
|可持续影响指标|工程设计使用年限|≥15年
满意度指标|满意度指标|项目区受益群众满意度|≥90%"""),

dict(nn="12", slug="lvyou", place="澴川县", site="澴川县财政局", dept="澴川县文化和旅游局",
     chrome="old2", table="seq", pdf="A4",
     title="澴川县2025年文化旅游专项资金项目绩效目标公开",
     date="2025-03-30 14:47", source="澴川县财政局",
     tables=[
      dict(project="2025年旅游厕所新建改造补助", amount="330万元",
           cols=["序号", "一级指标", "二级指标", "三级指标", "指标值"], roles=["seq", "l1", "l2", "name", "annual"],
           rows="""产出指标|数量指标|新建改造旅游厕所|22座
||其中：第三卫生间|≥6座
|质量指标|旅游厕所达到A级标准比例|≥80%
|时效指标|建设完成时限|2025年9月30日
效益指标|社会效益指标|景区如厕排队时间|≤5分钟
|可持续影响指标|旅游厕所长效管护|建立“所长制”管护机制
满意度指标|服务对象满意度指标|游客满意度|≥90%"""),
      dict(project="乡村旅游重点村奖补资金", amount="250万元",
           cols=["序号", "一级指标", "二级指标", "三级指标", "指标值"], roles=["seq", "l1", "l2", "name", "annual"],
           rows="""产出指标|数量指标|奖补乡村旅游重点村|5个
|质量指标|重点村创建达标率|100%
|时效指标|奖补资金兑付时间|验收合格后1个月内
效益指标|经济效益指标|重点村接待游客人次|较上年增长12%
||带动村集体经济增收|每村≥10万元
|社会效益指标|带动当地群众就业|≥300人
满意度指标|服务对象满意度指标|村民及游客满意度|≥88%""")]),

dict(nn="13", slug="rexian", place="岢屿县", site="岢屿县政务服务管理局", dept="岢屿县政务服务管理局",
     project="12345政务服务便民热线运行经费", chrome="old", table="nocat", pdf="cdp",
     title="岢屿县12345政务服务便民热线运行经费绩效目标",
     date="2025-02-19", source="县政务服务管理局",
     block=[("项目名称", "12345政务服务便民热线运行经费"), ("主管部门", "岢屿县政务服务管理局"), ("项目金额", "198万元")],
     cols=["序号", "绩效指标", "指标值", "备注"], roles=["seq", "name", "annual", "x"],
     rows="""热线电话接通率|≥95%|按省考核口径
工单按时办结率|≥98%|
群众诉求首次响应时限|2小时内|
来电一次性办结率|≥70%|
知识库条目更新|≥1500条|
话务员岗前培训|100%持证上岗|
热线年受理量|约36万件|预计
工单回访率|不低于30%|
平均等待时长|≤20秒|
重复来电率|≤8%|
热线服务群众满意率|≥95%|
政务服务“好差评”差评整改率|100%|"""),

dict(nn="14", slug="paishui", place="霁城区", site="璐原市霁城区人民政府", dept="璐原市霁城区水务局",
     project="城区排水防涝设施运行维护项目", chrome="bs5", table="opunit", pdf="cdp",
     title="霁城区水务局城区排水防涝设施运行维护项目绩效目标表",
     date="2025-04-09 09:30", source="区水务局",
     block=[("项目名称", "城区排水防涝设施运行维护项目"), ("主管部门", "璐原市霁城区水务局"), ("项目资金", "1,120万元")],
     cols=["一级指标", "二级指标", "三级指标", "计算符号", "指标值", "计量单位"], roles=["l1", "l2", "name", "op", "num", "unit"],
     rows="""产出指标|数量指标|清疏排水管网|≥|380|公里
||清掏雨水口|≥|1.6万|座
||维护排涝泵站|＝|9|座
|质量指标|管网清疏合格率|≥|95|%
||泵站设备完好率|≥|98|%
|时效指标|汛前清疏完成时间|定性|2025年5月15日前|
||积水点应急响应时间|≤|30|分钟
|成本指标|管网清疏单价|≤|1800|元/公里
效益指标|社会效益指标|城区易涝点消除|≥|5|处
||主汛期内涝积水时间缩短|≥|20|%
|生态效益指标|污水溢流现象|定性|明显减少|
|可持续影响指标|排水设施运行维护机制|定性|健全|
满意度指标|服务对象满意度指标|市民满意度|≥|90|%"""),

dict(nn="15", slug="jingshen", place="湑川县", site="湑川县卫生健康局", dept="湑川县卫生健康局",
     project="严重精神障碍患者救治管理项目", chrome="bs3", table="bs3", pdf="A4",
     title="湑川县严重精神障碍患者救治管理项目绩效目标",
     date="2025-03-03 16:12", source="疾病预防控制科",
     block=[("项目名称", "严重精神障碍患者救治管理项目"), ("主管部门", "湑川县卫生健康局"), ("项目资金", "212万元")],
     cols=["一级指标", "二级指标", "三级指标", "指标值"], roles=["l1", "l2", "name", "annual"],
     rows="""产出指标|数量指标|严重精神障碍患者¶规范管理人数|≥2100人
||患者免费服药补助|≥1200人
||精神卫生社区随访|≥4次/人·年
|质量指标|严重精神障碍患者规范管理率|≥85%
||患者报告患病率|≥4.5‰
||在册患者服药率|≥80%
|时效指标|新发现患者信息录入|发现后5个工作日内
效益指标|社会效益指标|肇事肇祸案（事）件发生|0起
||患者规律服药率|较上年提高2个百分点
|可持续影响指标|精神卫生综合管理¶工作机制|持续有效运行
满意度指标|服务对象满意度指标|患者家属满意度|≥85%
||基层医务人员满意度|≥80%"""),

dict(nn="16", slug="yimin", place="涢城县", site="涢城县人民政府", dept="涢城县水利局",
     project="大中型水库移民后期扶持项目", chrome="trs", table="ueditor2", pdf="cdp",
     title="涢城县大中型水库移民后期扶持项目绩效目标表",
     date="2025-04-15 10:26", source="县移民事务中心",
     block=[("项目名称", "大中型水库移民后期扶持项目"), ("主管部门", "涢城县水利局"), ("实施单位", "涢城县移民事务中心"),
            ("资金总额", "1,536万元")],
     cols=["一级指标", "二级指标", "三级指标", "指标值"], roles=["l1", "l2", "name", "annual"],
     rows="""产出指标|数量指标|扶持移民人口|12486人
||实施移民美丽家园建设项目|十二个
||移民技能培训|500-600人次
!||移民村道路硬化|≥20公里
|质量指标|后期扶持资金直补到人准确率|百分之百
||项目工程质量合格率|100%
|时效指标|直补资金发放时间|每年6月底前
|成本指标|人均直补标准|600元/人·年
效益指标|经济效益指标|移民人均可支配收入增幅|高于全县农村居民平均水平
|社会效益指标|移民安置区社会稳定|是
||发生群体性事件|否
|可持续影响指标|项目设施持续发挥效益年限|≥10年
满意度指标|服务对象满意度指标|移民群众满意度|≥90%"""),
]

L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14",
      "社会成本指标": "14", "生态环境成本指标": "14", "经济效益指标": "21", "社会效益指标": "22",
      "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31", "满意度指标": "31"}


def tables_of(p):
    """The page's tables: (project, amount, spec) with spec holding cols/roles/rows/merge."""
    if "tables" in p:
        return [dict(t, merge=t.get("merge", True)) for t in p["tables"]]
    return [dict(project=p.get("project"), cols=p["cols"], roles=p["roles"], rows=p["rows"],
                 merge=p.get("merge", True))]


def parse_rows(t):
    """Rows of a table spec: list of dict(cells by role, hidden, cont1, cont2)."""
    roles = [r for r in t["roles"] if r != "seq"]
    out = []
    for line in t["rows"].split("\n"):
        hidden = line.startswith("!")
        if hidden:
            line = line[1:]
        cells = line.split("|")
        assert len(cells) == len(roles), (line, roles)
        out.append(dict(cells=cells, hidden=hidden))
    return out


def value_of(d, key):
    """Gold value text: op + num + unit joined as printed, 定性 dropped."""
    if key in d:
        return d[key]
    if "num" in d:
        op = d.get("op", "")
        if op == "定性":
            op = ""
        return op + d["num"] + d.get("unit", "")
    return None


def gold_rows():
    """Expected rows per page, from DATA alone."""
    res = {}
    for p in DATA:
        rows = []
        for ti, t in enumerate(tables_of(p)):
            roles = [r for r in t["roles"] if r != "seq"]
            l1 = l2 = None
            prev_hidden = False
            for r in parse_rows(t):
                d = dict(zip(roles, r["cells"]))
                c1 = c2 = False
                if "l1" in d:
                    if d["l1"]:
                        l1 = d["l1"]
                    else:
                        c1 = True
                    if d["l2"]:
                        l2 = d["l2"]
                    else:
                        c2 = True
                if r["hidden"]:
                    prev_hidden = True
                    continue
                rows.append(dict(table=ti + 1, project=t.get("project"), name=d["name"].replace("¶", ""),
                                 annual=value_of(d, "annual"), period=d.get("period"),
                                 l1=L1[l1] if "l1" in d else None, l2=L2[l2] if "l1" in d else None,
                                 cont1=c1, cont2=c2, after_hidden=prev_hidden))
                prev_hidden = False
        res[p["nn"]] = rows
    return res


# ---------------------------------------------------------------- html
def e(s):
    return H.escape(s, quote=False).replace("¶", "<br>")


def grid_of(t):
    """Table body as a list of rows of (role, text, rowspan) cells; continuation cells omitted."""
    roles = t["roles"]
    rows = parse_rows(t)
    body = []
    seq = 0
    for i, r in enumerate(rows):
        vals = iter(r["cells"])
        if not r["hidden"]:
            seq += 1
        cells = []
        for role in roles:
            if role == "seq":
                cells.append(("seq", str(seq) if not r["hidden"] else "", 1))
                continue
            v = next(vals)
            if role in ("l1", "l2") and t["merge"]:
                if v == "":
                    continue
                span = 1
                k = roles.index(role) - (1 if "seq" in roles else 0)
                for r2 in rows[i + 1:]:
                    nxt = r2["cells"][k]
                    if nxt != "":
                        break
                    if role == "l2" and r2["cells"][k - 1] != "":
                        break
                    span += 1
                cells.append((role, v, span))
            else:
                cells.append((role, v, 1))
        body.append((r["hidden"], cells))
    return body


def cell_html(tag, text, span, style, wrap):
    rs = f' rowspan="{span}"' if span > 1 else ""
    return f"<{tag}{rs}{style}>{wrap(text)}</{tag}>"


def std_table(t, *, table_attrs, th="td", th_attrs="", td_attrs="", tr_attrs="", wrap=e, thead=False,
              pre_rows="", title_row=None, side=None):
    """A plain <table> with rowspans."""
    ncol = len(t["cols"]) + (1 if side else 0)
    out = [f"<table {table_attrs}>"]
    head = "".join(f"<{th}{th_attrs}>{wrap(c)}</{th}>" for c in t["cols"])
    if side:  # the side label spans the header row and every indicator row
        head = f'<{th} rowspan="{len(grid_of(t)) + 1}"{th_attrs}>{wrap(side[0])}</{th}>' + head
    if thead:
        out.append(f"<thead><tr{tr_attrs}>{head}</tr></thead><tbody>")
    else:
        out.append("<tbody>")
    if title_row:
        out.append(f'<tr{tr_attrs}><td colspan="{ncol}"{td_attrs}>{wrap(title_row)}</td></tr>')
    out.append(pre_rows)
    if not thead:
        out.append(f"<tr{tr_attrs}>{head}</tr>")
    body = grid_of(t)
    for i, (hidden, cells) in enumerate(body):
        hs = ' style="display:none"' if hidden else ""
        tds = "".join(cell_html("td", txt, span, td_attrs, wrap) for role, txt, span in cells)
        out.append(f"<tr{tr_attrs}{hs}>{tds}</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def block_rows(block, ncol, td_attrs="", wrap=e):
    out = []
    for k, v in block:
        out.append(f'<tr><td{td_attrs}>{wrap(k)}</td><td colspan="{ncol - 1}"{td_attrs}>{wrap(v)}</td></tr>')
    return "\n".join(out)


def word_wrap(s):
    parts = []
    for seg in s.split("¶"):
        # digits and words in separate spans, as Word writes them
        import re
        spans = []
        for m in re.finditer(r"[0-9.%,]+|[^0-9.%,]+", seg):
            x = H.escape(m.group(0), quote=False)
            if m.group(0)[0].isdigit():
                spans.append(f'<span lang=EN-US style="font-family:&quot;Times New Roman&quot;,serif">{x}</span>')
            else:
                spans.append(f'<span style="font-family:宋体;mso-ascii-font-family:&quot;Times New Roman&quot;">{x}</span>')
        parts.append("".join(spans))
    return ('<p class=MsoNormal align=center style="text-align:center;line-height:14.0pt">'
            + "<br>".join(parts) + "<span lang=EN-US><o:p></o:p></span></p>")


def render_table(p, t, ti):
    kind = p["table"]
    if kind == "trs":
        blk = block_rows(p["block"], len(t["cols"]), ' style="border:1px solid #000;padding:4px"')
        return std_table(t, table_attrs='class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse"',
                         td_attrs=' style="border:1px solid #000;padding:4px;font-family:宋体"', pre_rows=blk,
                         title_row="项目支出绩效目标表")
    if kind == "word":
        sty = ' valign=middle style="border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"'
        return std_table(t, table_attrs='class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=560 style="width:420.0pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184"',
                         td_attrs=sty, wrap=word_wrap)
    if kind == "bs5":
        blk = ""
        return std_table(t, table_attrs='class="table table-bordered table-hover align-middle text-center"', th="th",
                         th_attrs=' scope="col"', thead=True, pre_rows=blk)
    if kind == "bs3":
        return std_table(t, table_attrs='class="table table-bordered table-condensed"', th="th", thead=True)
    if kind == "ueditor":
        return std_table(t, table_attrs='data-sort="sortDisabled" width="100%"', td_attrs=' valign="middle" align="center" style="word-break: break-all;" width="25%"',
                         tr_attrs=' class="firstRow"' if False else "")
    if kind == "ueditor2":
        return std_table(t, table_attrs='data-sort="sortDisabled" width="100%" border="1"', th="th",
                         th_attrs=' style="background:#f2f2f2"', td_attrs=' style="word-break: break-all;"')
    if kind == "twin":
        cols = t["cols"]
        head = ('<tr class="firstRow"><td rowspan="2">一级指标</td><td rowspan="2">二级指标</td><td rowspan="2">三级指标</td>'
                '<td colspan="2">指标值</td></tr><tr><td>实施期指标值</td><td>年度指标值</td></tr>')
        blk = block_rows(p["block"], 5)
        tt = std_table(t, table_attrs='border="1" cellspacing="0" cellpadding="3" width="100%" style="border-collapse:collapse"',
                       pre_rows=blk + "\n" + head, title_row="项目绩效目标申报表（2025年度）")
        # drop the one-row header std_table writes; the two-row header is in pre_rows
        one = "<tr>" + "".join(f"<td>{e(c)}</td>" for c in cols) + "</tr>"
        return tt.replace(one, "", 1)
    if kind == "selfeval":
        fund = ('<tr><td rowspan="3">项目资金<br>（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>'
                '<tr><td>年度资金总额</td><td>1,860.00</td><td>1,860.00</td><td>1,812.40</td><td>10</td><td>97.44%</td><td>9.7</td></tr>'
                '<tr><td>其中：当年财政拨款</td><td>1,860.00</td><td>1,860.00</td><td>1,812.40</td><td>—</td><td>—</td><td>—</td></tr>'
                '<tr><td>项目名称</td><td colspan="7">学前教育普惠发展补助资金</td></tr>'
                '<tr><td>主管部门</td><td colspan="3">滢州市教育局</td><td>实施单位</td><td colspan="3">滢州市教育局</td></tr>'
                '<tr><td rowspan="2">年度总体目标</td><td colspan="4">预期目标</td><td colspan="3">实际完成情况</td></tr>'
                '<tr><td colspan="4">扩大普惠性学前教育资源，资助家庭经济困难幼儿，毛入园率达到92%以上。</td>'
                '<td colspan="3">补助普惠性民办幼儿园44所，资助2236人次，毛入园率93.1%。</td></tr>')
        tt = std_table(t, table_attrs='border="1" cellspacing="0" cellpadding="2" width="100%" style="border-collapse:collapse;font-size:13px"',
                       td_attrs=' style="word-break:break-all"',
                       title_row="项目支出绩效自评表（2024年度）", pre_rows=fund)
        total = '<tr><td colspan="5" style="word-break:break-all">总分</td><td style="word-break:break-all">100</td><td style="word-break:break-all">96.9</td><td style="word-break:break-all"></td></tr>'
        concl = '<tr><td colspan="8" style="word-break:break-all">自评结论：项目总体完成较好，自评等级为“优”。</td></tr>'
        return tt.replace("</tbody></table>", total + concl + "</tbody></table>")
    if kind == "dept":
        pre = ('<tr><td colspan="2">部门名称</td><td colspan="3">澋口县民族宗教事务局</td></tr>'
               '<tr><td colspan="2" rowspan="3">年度预算申请（万元）</td><td>资金总额</td><td colspan="2">612.35</td></tr>'
               '<tr><td>其中：财政拨款</td><td colspan="2">598.35</td></tr><tr><td>其他资金</td><td colspan="2">14.00</td></tr>'
               '<tr><td colspan="2">年度总体目标</td><td colspan="3">深入开展民族团结进步创建，依法管理宗教事务，保障宗教活动场所安全稳定，促进少数民族地区经济社会发展。</td></tr>')
        return std_table(t, table_attrs='border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse;font-family:宋体"',
                         title_row="部门整体支出绩效目标表（2025年度）", pre_rows=pre, side=("年度绩效指标",))
    if kind == "old":
        return std_table(t, table_attrs='width="100%" border="0" cellspacing="1" cellpadding="4" bgcolor="#7F9DB9"',
                         tr_attrs=' bgcolor="#FFFFFF"', wrap=lambda s: f'<font size="2">{e(s)}</font>')
    if kind == "seq":
        return std_table(t, table_attrs='border="1" cellspacing="0" cellpadding="5" align="center" width="96%" bordercolor="#333333" style="border-collapse:collapse"',
                         th="th", th_attrs=' bgcolor="#EEEEEE"')
    if kind == "nocat":
        return std_table(t, table_attrs='border="1" cellspacing="0" cellpadding="3" width="90%" align="center"', th="th")
    if kind == "opunit":
        return std_table(t, table_attrs='class="table table-bordered table-sm"', th="th", thead=True,
                         th_attrs=' class="text-center"')
    if kind == "eltable":
        return el_table(t)
    if kind == "antd":
        return antd_table(t)
    if kind == "divgrid":
        return div_grid(t)
    raise ValueError(kind)


def el_table(t):
    ncol = len(t["cols"])
    widths = [110, 140, 320, 200]
    cg = "<colgroup>" + "".join(f'<col name="el-table_1_column_{i + 1}" width="{w}">' for i, w in enumerate(widths)) + "</colgroup>"
    head = "".join(f'<th colspan="1" rowspan="1" class="el-table_1_column_{i + 1} is-center is-leaf"><div class="cell">{e(c)}</div></th>'
                   for i, c in enumerate(t["cols"]))
    out = ['<div class="el-table el-table--fit el-table--border el-table--enable-row-hover el-table--enable-row-transition" style="width: 100%;">',
           '<div class="hidden-columns"></div>',
           '<div class="el-table__header-wrapper"><table cellspacing="0" cellpadding="0" border="0" class="el-table__header" style="width: 770px;">'
           + cg + f'<thead class="has-gutter"><tr class="">{head}<th class="gutter" style="width: 0px; display: none;"></th></tr></thead></table></div>',
           '<div class="el-table__body-wrapper is-scrolling-none"><table cellspacing="0" cellpadding="0" border="0" class="el-table__body" style="width: 770px;">'
           + cg + "<tbody>"]
    for hidden, cells in grid_of(t):
        tds = []
        for role, txt, span in cells:
            ci = ["l1", "l2", "name", "annual"].index(role) + 1
            tds.append(f'<td rowspan="{span}" colspan="1" class="el-table_1_column_{ci} is-center"><div class="cell">{e(txt)}</div></td>')
        out.append('<tr class="el-table__row">' + "".join(tds) + "</tr>")
    out.append("</tbody></table></div></div>")
    return "\n".join(out)


def antd_table(t):
    head = "".join(f'<th class="ant-table-cell" scope="col" style="text-align: center;">{e(c)}</th>' for c in t["cols"])
    out = ['<div class="ant-table-wrapper"><div class="ant-spin-nested-loading"><div class="ant-spin-container">'
           '<div class="ant-table ant-table-bordered ant-table-small"><div class="ant-table-container"><div class="ant-table-content">'
           '<table style="table-layout: auto;"><colgroup></colgroup>'
           f'<thead class="ant-table-thead"><tr>{head}</tr></thead><tbody class="ant-table-tbody">']
    for k, (hidden, cells) in enumerate(grid_of(t)):
        tds = "".join('<td class="ant-table-cell"' + (f' rowspan="{span}"' if span > 1 else "")
                      + f' style="text-align: center;">{e(txt)}</td>' for role, txt, span in cells)
        out.append(f'<tr data-row-key="{k + 1}" class="ant-table-row ant-table-row-level-0">{tds}</tr>')
    out.append("</tbody></table></div></div></div></div></div></div>")
    return "\n".join(out)


def div_grid(t):
    out = ['<div class="zb-grid" role="table" style="display:grid;grid-template-columns:110px 140px 1fr 200px;border-top:1px solid #999;border-left:1px solid #999">']
    for c, h in enumerate(t["cols"]):
        out.append(f'<div class="g-th" role="columnheader" style="grid-row:1;grid-column:{c + 1}">{e(h)}</div>')
    rowno = 2
    for hidden, cells in grid_of(t):
        for role, txt, span in cells:
            col = ["l1", "l2", "name", "annual"].index(role) + 1
            gr = f"{rowno} / span {span}" if span > 1 else f"{rowno}"
            out.append(f'<div class="g-td" role="cell" style="grid-row:{gr};grid-column:{col}">{e(txt)}</div>')
        rowno += 1
    out.append("</div>")
    return "\n".join(out)


# ---------------------------------------------------------------- chrome
CSS = {
 "trs": "body{margin:0;font-family:'微软雅黑','Microsoft YaHei',sans-serif;font-size:14px;color:#333}"
        ".top{background:#f5f5f5;font-size:12px;padding:4px 20px}.banner{background:#b5121b;color:#fff;font-size:28px;padding:18px 20px}"
        ".nav a{color:#fff;margin:0 14px;text-decoration:none}.nav{background:#8c0d14;padding:8px 20px}"
        ".wrap{width:1000px;margin:0 auto}.pos{font-size:12px;padding:10px 0;border-bottom:1px solid #ddd}"
        "h1{font-size:22px;text-align:center;color:#b5121b}.info{text-align:center;font-size:12px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:8px}"
        ".TRS_Editor p{line-height:1.8;text-indent:2em}.TRS_Editor td{text-align:center;font-size:13px}"
        ".share{font-size:12px;margin:20px 0;text-align:right}.foot{background:#eee;font-size:12px;text-align:center;padding:16px;margin-top:20px;line-height:1.8}",
 "vue": "body{margin:0;font-family:'Helvetica Neue',Helvetica,'PingFang SC','Microsoft YaHei',sans-serif;font-size:14px;color:#303133}"
        ".app-header{background:#1f5fa8;color:#fff;padding:14px 24px;font-size:22px}.app-menu{background:#174a85;padding:8px 24px}.app-menu span{color:#dfe8f5;margin-right:22px}"
        ".app-main{width:1000px;margin:0 auto}.el-breadcrumb{font-size:13px;padding:12px 0}.el-breadcrumb__separator{margin:0 6px;color:#c0c4cc}"
        ".article-title{font-size:22px;text-align:center}.article-meta{text-align:center;color:#909399;font-size:13px}"
        ".el-table,.ant-table{font-size:13px}.el-table td,.el-table th,.ant-table-cell{border:1px solid #dcdfe6;padding:6px 4px}"
        ".el-table table,.ant-table table{border-collapse:collapse;width:100%}.el-table__header th{background:#f5f7fa}"
        ".app-footer{background:#f2f2f2;color:#666;font-size:12px;text-align:center;padding:18px;margin-top:30px;line-height:1.9}",
 "bs5": "body{font-size:14px}.site-top{background:#0b4f8a;color:#fff}.site-top .brand{font-size:24px;padding:16px 0}"
        "table{font-size:13px}.meta{color:#888;font-size:13px}.footer{background:#333;color:#ccc;font-size:12px;padding:20px 0;margin-top:30px}",
 "bs3": "body{font-size:14px}.navbar-brand{font-size:20px}.meta{color:#999;font-size:12px}footer{background:#f5f5f5;padding:20px 0;font-size:12px;color:#666;margin-top:30px}",
 "dept": "body{margin:0;font:14px/1.6 'Microsoft YaHei',SimSun,sans-serif}.head{height:90px;background:#2d6aa8;color:#fff;font-size:26px;line-height:90px;padding-left:30px}"
         ".menu{background:#e8eef5;padding:6px 30px}.menu a{margin-right:20px;color:#2d6aa8;text-decoration:none}.box{width:980px;margin:0 auto}"
         ".crumb{font-size:12px;color:#666;padding:8px 0}.tit{font-size:20px;font-weight:bold;text-align:center;margin:16px 0}"
         ".attr{font-size:12px;color:#999;text-align:center}.zb-grid>div{border-right:1px solid #999;border-bottom:1px solid #999;padding:5px;text-align:center;font-size:13px}"
         ".g-th{font-weight:bold;background:#f0f0f0}.TRS_UEDITOR table{border-collapse:collapse}.TRS_UEDITOR td{border:1px solid #000;text-align:center;padding:3px}"
         ".foot{border-top:2px solid #2d6aa8;font-size:12px;color:#666;text-align:center;padding:14px;margin-top:24px}",
 "old": "body{margin:0;font-size:12px;font-family:宋体}a{color:#000;text-decoration:none}.title{font-size:18px;font-weight:bold;color:#cc0000}",
 "old2": "body{margin:0;font-size:12px;font-family:宋体}a{color:#000;text-decoration:none}.title{font-size:18px;font-weight:bold;color:#0b3f8c}th,td{font-size:12px}",
}


def content_of(p):
    parts = []
    tabs = tables_of(p)
    if "tables" in p:
        parts.append(f"<p>根据预算绩效管理工作要求，现将{p['dept']}2025年度部分项目支出绩效目标公开如下：</p>")
        for i, t in enumerate(tabs):
            lead = f"<p><strong>{'一二'[i]}、项目名称：{e(t['project'])}</strong></p><p>主管部门：{e(p['dept'])}　　资金规模：{e(t['amount'])}</p>"
            parts.append(lead)
            parts.append(render_table(p, t, i))
        return "\n".join(parts)
    kind = p["table"]
    what = f"“{p['project']}”项目绩效目标" if p.get("project") else f"本部门{YEAR}年度部门整体支出绩效目标"
    if kind == "selfeval":
        what = f"“{p['project']}”2024年度绩效自评结果"
    intro = f"<p>按照全面实施预算绩效管理的有关要求，现将{e(what)}予以公开。</p>"
    parts.append(intro)
    if kind in ("eltable", "antd", "divgrid", "bs5", "bs3", "old", "nocat", "opunit", "ueditor", "ueditor2"):
        # project facts as lines above the table
        parts.append("".join(f"<p>{e(k)}：{e(v)}</p>" for k, v in p["block"]))
    if kind == "word":
        pass
    parts.append(render_table(p, tabs[0], 0))
    if kind in ("dept", "trs", "ueditor2"):
        parts.append('<p style="text-align:right">填报单位（盖章）：　　　　填报日期：2025年1月</p>')
    if kind == "nocat":
        parts.append("<p>注：热线服务群众满意率以第三方回访测评结果为准。</p>")
    return "\n".join(parts)


def page_html(p):
    place, site, nn = p["place"], p["site"], p["nn"]
    body = content_of(p)
    icp = f"{['湘', '赣', '皖', '鄂', '豫', '闽', '桂', '黔'][int(nn) % 8]}ICP备{int(nn) * 7919 % 90000000 + 10000000}号-{int(nn) % 3 + 1}"
    code = f"{4300 + int(nn) * 37}{int(nn) * 1031 % 1000000:06d}"
    gongan = f"{43 + int(nn) % 7}{int(nn) * 91331 % 10**12:012d}"
    page_rule = "@page{size:A4}" if p["pdf"] == "A4" else ""
    crumb = f"首页 &gt; 政务公开 &gt; 财政资金 &gt; 预算绩效"
    share = '分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>　【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】'
    footer = (f"主办：{site}　承办：{place}政务信息中心<br>网站标识码：{code}　"
              f'<a href="https://beian.miit.gov.cn/">{icp}</a>　公网安备 {gongan}号<br>'
              "建议使用1366×768以上分辨率浏览本网站")
    c = p["chrome"]
    head = f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{e(p["title"])}_{e(site)}</title>\n'
    if c in ("bs5", "bs3"):
        head += '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    head += f"<style>{page_rule}{CSS[c]}{BS_MIN if c in ('bs5', 'bs3') else ''}</style>\n</head>\n"
    if c == "trs":
        cls = "TRS_Editor" if p["table"] in ("trs", "word", "twin") else "TRS_UEDITOR trs_paper_default"
        main = (f'<div class="top">今天是：2025年{int(nn) % 4 + 1}月{int(nn) + 3}日　<a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍浏览</a></div>\n'
                f'<div class="banner">{e(site)}</div>\n<div class="nav"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进{e(place)}</a></div>\n'
                f'<div class="wrap"><div class="pos">当前位置：{crumb} &gt; 正文</div>\n<h1>{e(p["title"])}</h1>\n'
                f'<div class="info">发布时间：{p["date"]}　来源：{e(p["source"])}　浏览次数：<span id="hits">{int(nn) * 137 + 52}</span>　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>\n'
                f'<div class="{cls}"><div class="Custom_UnionStyle">\n{body}\n</div></div>\n<div class="share">{share}</div></div>\n'
                f'<div class="foot">{footer}</div>\n')
    elif c == "vue":
        main = (f'<div id="app"><div class="app-header">{e(site)}</div><div class="app-menu"><span>首页</span><span>信息公开</span><span>办事服务</span><span>互动交流</span></div>\n'
                f'<div class="app-main"><div class="el-breadcrumb" aria-label="Breadcrumb" role="navigation"><span class="el-breadcrumb__item"><span class="el-breadcrumb__inner">首页</span><span class="el-breadcrumb__separator">/</span></span>'
                f'<span class="el-breadcrumb__item"><span class="el-breadcrumb__inner">信息公开</span><span class="el-breadcrumb__separator">/</span></span>'
                f'<span class="el-breadcrumb__item"><span class="el-breadcrumb__inner">财政预决算</span></span></div>\n'
                f'<h2 class="article-title">{e(p["title"])}</h2><div class="article-meta">发布时间：{p["date"]}　　来源：{e(p["source"])}</div>\n'
                f'<div class="article-content">\n{body}\n</div><div class="share">{share}</div></div>\n'
                f'<div class="app-footer">{footer}</div></div>\n')
    elif c in ("bs5", "bs3"):
        ctn = "container"
        main = (f'<div class="site-top"><div class="{ctn}"><div class="brand">{e(site)}</div></div></div>\n'
                f'<nav class="navbar navbar-default"><div class="{ctn}"><a class="navbar-brand" href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">政民互动</a></div></nav>\n'
                f'<div class="{ctn}"><ol class="breadcrumb"><li><a href="#">首页</a></li><li><a href="#">政务公开</a></li><li><a href="#">财政资金</a></li><li class="active">正文</li></ol>\n'
                f'<h3 class="text-center">{e(p["title"])}</h3><p class="meta text-center">发布日期：{p["date"]}　信息来源：{e(p["source"])}　<a href="#">【打印】</a></p><hr>\n'
                f'<div class="article">\n<div class="table-responsive">\n{body}\n</div></div>\n<p class="share">{share}</p></div>\n'
                f'<footer class="footer"><div class="{ctn} text-center">{footer}</div></footer>\n')
    elif c == "dept":
        main = (f'<div class="head">{e(site)}</div><div class="menu"><a href="#">首页</a><a href="#">机构概况</a><a href="#">信息公开</a><a href="#">通知公告</a><a href="#">办事指南</a></div>\n'
                f'<div class="box"><div class="crumb">您现在的位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">财务信息</a></div>\n'
                f'<div class="tit">{e(p["title"])}</div><div class="attr">发布时间：{p["date"]}　作者：{e(p["source"])}　阅读：{int(nn) * 59}</div>\n'
                f'<div class="TRS_UEDITOR">\n{body}\n</div><div class="share">{share}</div></div>\n<div class="foot">{footer}</div>\n')
    else:  # old table layout
        col = "#cc0000" if c == "old" else "#0b3f8c"
        main = (f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="100" bgcolor="{col}"><font color="#FFFFFF" size="6">&nbsp;{e(site)}</font></td></tr>\n'
                f'<tr><td height="30" bgcolor="#F2F2F2">&nbsp;<a href="#">首页</a> | <a href="#">机构设置</a> | <a href="#">政务公开</a> | <a href="#">工作动态</a> | <a href="#">网上办事</a></td></tr></table>\n'
                f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                f'<td width="200" valign="top" bgcolor="#F7F7F7"><table width="100%"><tr><td><b>政务公开</b></td></tr><tr><td>· <a href="#">通知公告</a></td></tr><tr><td>· <a href="#">财政资金</a></td></tr><tr><td>· <a href="#">规划计划</a></td></tr></table></td>\n'
                f'<td width="780" valign="top" style="padding:10px">\n<div>当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; 财政资金</div>\n'
                f'<p align="center" class="title">{e(p["title"])}</p>\n<p align="center"><font color="#666666">发布日期：{p["date"]}　来源：{e(p["source"])}　点击数：{int(nn) * 211}</font></p>\n<hr size="1">\n'
                f'{body}\n<p align="right">{share}</p></td></tr></table>\n'
                f'<table width="980" border="0" align="center"><tr><td align="center" bgcolor="#EEEEEE">{footer}</td></tr></table>\n')
    return head + "<body>\n" + main + '<script>var _hmt=_hmt||[];</script>\n</body>\n</html>\n'


# a small bootstrap-like stylesheet inline (no network in the build)
BS_MIN = (".container{max-width:1140px;margin:0 auto;padding:0 15px}.table{width:100%;border-collapse:collapse;margin-bottom:1rem}"
          ".table-bordered td,.table-bordered th{border:1px solid #dee2e6;padding:.5rem}.text-center{text-align:center}"
          ".breadcrumb{list-style:none;display:flex;gap:8px;padding:8px 0;font-size:13px}.breadcrumb li+li:before{content:'/ ';color:#999}"
          ".table-responsive{overflow-x:auto}.navbar{background:#f8f9fa;padding:8px 0}.navbar a{margin-right:16px}")


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    for p in DATA:
        with open(os.path.join(outdir, f"{p['nn']}_{p['slug']}.html"), "w", encoding="utf-8") as f:
            f.write(page_html(p))
    return [f"{p['nn']}_{p['slug']}.html" for p in DATA]


if __name__ == "__main__":
    print(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
