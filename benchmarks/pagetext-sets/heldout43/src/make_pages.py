"""Held-out set 43: hand-typed indicator tables (DATA) -> html pages, xlsx, docx, gold rows.

DATA syntax: one dict per page; each page has one or two tables in "tables".
A table has `cols`, a space-separated list naming the role of each cell of a row:
  l1 一级指标, l2 二级指标, name 三级指标, val 年度指标值 (or the only value),
  per 实施期指标值, op 计算符号 / 指标性质, num 指标值 (the number cell of split columns),
  unit 计量单位, rem 备注, act 实际完成值, sc 分值, got 得分, rsn 偏差原因.
`rows` has one indicator a line, cells split by `|`, in the order of `cols`.
merge="rowspan" (default): an empty l1/l2 cell continues the category above (printed as a rowspan).
merge="every": the categories are printed on every row (no empty cells in DATA).
序号 columns are numbered by the renderers. Nothing here is taken from any tool's output.
Usage: python make_pages.py [OUTDIR]   (writes NN_topic.html, 05/08 xlsx, 09 docx into OUTDIR)
"""
import html as H
import os
import re
import sys

L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14",
      "经济效益指标": "21", "社会效益指标": "22", "生态效益指标": "23", "可持续影响指标": "24",
      "服务对象满意度指标": "31"}

DATA = [
dict(id="01", slug="tuoyu", place="瀍城县", site="瀍城县人民政府", dept="瀍城县卫生健康局", unit_name="瀍城县妇幼保健计划生育服务中心",
     date="2025-02-21 09:40", amount=("386.00", "386.00", "0.00"),
     goal="新增普惠性托位360个，支持6个社区嵌入式托育点建设，开展托育从业人员培训，健全普惠托育服务体系，减轻婴幼儿家庭照护负担。",
     tables=[dict(project="2025年普惠托育服务体系建设项目", cols="l1 l2 name val", rows="""
产出指标|数量指标|新增普惠性托位数|≥360个
||支持社区嵌入式托育点建设数量|6个
||托育机构从业人员培训人次|不少于420人次
||其中：保育人员持证培训人次|≥260人次
|质量指标|托育机构备案率|100%
||从业人员持证上岗率|≥95%
||托育机构消防安全检查合格率|100%
|时效指标|运营补助资金拨付时间|2025年12月底前
|成本指标|每个普惠托位建设补助标准|≤1.2万元/个
效益指标|社会效益指标|每千人口拥有3岁以下婴幼儿托位数|≥4.5个
||婴幼儿家庭照护负担|有效减轻
|可持续影响指标|普惠托育服务运行机制|长期有效
满意度指标|服务对象满意度指标|入托婴幼儿家长满意度|≥90%
""")]),
dict(id="02", slug="zhongzhi", place="湨川县", site="湨川县人民政府", dept="湨川县农业农村局", unit_name="湨川县农业技术推广中心",
     date="2025-03-04 15:12", amount=("95.60",),
     goal="收集保存地方农作物种质资源180份以上，繁殖更新120-150份，完成全县种质资源普查，保护农业生物多样性。",
     tables=[dict(project="2025年农作物种质资源保护与利用项目", cols="l1 l2 name val rem", rows="""
产出指标|数量指标|收集保存地方农作物种质资源份数|≥180份|含水稻、油菜、地方蔬菜
||繁殖更新种质资源份数|120-150份|
||开展种质资源普查乡镇数|全县14个乡镇|
|质量指标|入库种质资源活力检测合格率|≥85%|
||种质资源信息登记完整率|100%|
|时效指标|资源收集入库完成时间|2025年10月底前|
|成本指标|单份种质资源繁殖更新成本|≤850元/份|
效益指标|经济效益指标|优异种质推广带动农户增收|约150万元|
|社会效益指标|地方特色品种保护意识|明显提升|
|生态效益指标|农业生物多样性|得到有效保护|
|可持续影响指标|种质资源库持续运行年限|≥10年|
满意度指标|服务对象满意度指标|种植户及育种单位满意度|不低于90%|
""")]),
dict(id="03", slug="pucha", place="漷岭县", site="漷岭县人民政府", dept="漷岭县统计局", unit_name="漷岭县统计局",
     date="2025-01-27 11:05",
     tables=[dict(project="第五次全国经济普查资料开发项目", amount="42.80", cols="l1 l2 name val", rows="""
产出指标|数量指标|编辑出版普查资料汇编|1套（3册）
||开展普查课题研究|≥5项
|质量指标|普查数据质量抽查差错率|≤0.5‰
|时效指标|普查公报发布时间|2025年6月底前
效益指标|社会效益指标|普查成果为县委县政府决策提供依据|有效支撑
|可持续影响指标|普查单位名录库更新维护|持续更新
满意度指标|服务对象满意度指标|普查资料使用单位满意度|≥85%
"""), dict(project="基层统计基础规范化建设项目", amount="31.50", cols="l1 l2 name val", rows="""
产出指标|数量指标|规范化建设乡镇统计站数|十个
||培训基层统计人员人次|300人次以上
|质量指标|联网直报平台数据上报及时率|≥98%
|成本指标|乡镇统计站规范化建设补助|每站不超过2万元
效益指标|社会效益指标|基层统计数据质量|稳步提高
|可持续影响指标|统计基础工作长效机制|建立健全
满意度指标|服务对象满意度指标|基层统计人员满意度|≥90%
""")]),
dict(id="04", slug="yulu", place="泃口县", site="泃口县人民政府", dept="泃口县农业农村局", unit_name="泃口县乡村振兴服务中心",
     date="2025-03-12 16:30", amount=("495.00",),
     goal="对脱贫家庭（含防止返贫监测对象家庭）子女接受中高职教育给予补助，每生每学期1500元，阻断贫困代际传递。",
     tables=[dict(project="2025年雨露计划职业教育补助项目", cols="l1 l2 name val rem", rows="""
产出指标|数量指标|雨露计划补助学生人数|1650人左右|按学期核定
||其中：中职学生人数|≥920人|
||其中：高职学生人数|≥730人|
|质量指标|补助对象识别准确率|100%|
||补助资金发放到户率|百分之百|通过“一卡通”发放
|时效指标|春季学期补助发放时间|2025年6月30日前|
||秋季学期补助发放时间|2025年12月20日前|
|成本指标|补助标准|1500元/生/学期|
效益指标|社会效益指标|脱贫家庭新成长劳动力职业教育参与率|≥95%|
||受助学生毕业后就业率|不低于85%|
|可持续影响指标|防止返贫致贫长效作用|持续发挥|
满意度指标|服务对象满意度指标|受助学生及家长满意度|≥95%|
""")]),
dict(id="05", slug="shequ", place="溎山县", site="溎山县人民政府", dept="溎山县民政局", unit_name="溎山县民政局",
     date="2025-05-09 10:18", amount=("68.00", "68.00", "65.31"),
     goal=("完成社区工作者培训1200人次以上，举办专题培训班8期，提升社区工作者专业化水平。",
           "全年培训社区工作者1286人次，举办专题培训班8期，线上课程17门，培训考核合格率97.3%。"),
     tables=[dict(project="城乡社区工作者能力提升培训项目", cols="l1 l2 name val act sc got rsn", rows="""
产出指标|数量指标|培训社区工作者人次|≥1200人次|1286人次|10|10|
||开展专题培训班期数|8期|8期|10|10|
||其中：线上培训课程数|≥20门|17门|5|4|部分课程录制延期，2025年补齐
|质量指标|培训考核合格率|≥95%|97.3%|10|10|
||持证社会工作者占比|不低于30%|28.6%|5|4|考试通过率偏低，加强考前辅导
|时效指标|培训任务完成时间|2024年11月底前|2024年11月25日|5|5|
|成本指标|人均培训成本|≤600元|562元|5|5|
效益指标|社会效益指标|社区服务群众事项办结率|≥90%|93%|10|10|
||社区工作者队伍专业化水平|明显提升|有所提升|10|8|培训内容与实务结合不够
|可持续影响指标|社区工作者培训常态化机制|建立|已建立|10|10|
满意度指标|服务对象满意度指标|参训人员满意度|≥90%|95.2%|10|10|
||社区居民满意度|≥85%|88%|5|5|
""")]),
dict(id="06", slug="tejiao", place="潩头县", site="潩头县人民政府", dept="潩头县教育局", unit_name="潩头县特殊教育学校",
     date="2025-02-26 08:55", amount=("1260.00", "420.00"),
     goal=("到2027年，建成资源教室3所，适龄残疾儿童少年义务教育入学率稳定在97%以上，送教上门服务全覆盖。",
           "2025年建成资源教室1所，送教上门服务残疾儿童少年150人以上，培训特教教师300人次。"),
     tables=[dict(project="2025—2027年特殊教育提升计划项目", cols="l1 l2 name per val", rows="""
产出指标|数量指标|资助特殊教育学校（资源教室）建设数量|3所|1所
||送教上门服务残疾儿童少年人数|≥450人|≥150人
||特教教师专业培训人次|900人次|300人次
|质量指标|适龄残疾儿童少年义务教育入学率|≥97%|≥97%
||资源教室配置达标率|100%|100%
|时效指标|送教上门服务频次|每月不少于2次|每月不少于2次
||项目建设完成时间|2027年8月底前|2025年8月底前
|成本指标|资源教室建设标准|≤15万元/间|≤15万元/间
效益指标|社会效益指标|残疾儿童少年融合教育水平|显著提升|逐步提升
||残疾学生家庭教育负担|有效减轻|有效减轻
|可持续影响指标|特殊教育保障机制|长效运行|长效运行
满意度指标|服务对象满意度指标|残疾学生家长满意度|≥92%|≥90%
||特教教师满意度|≥90%|≥90%
""")]),
dict(id="07", slug="yanhua", place="洺城县", site="洺城县人民政府", dept="洺城县应急管理局", unit_name="洺城县应急管理综合行政执法大队",
     date="2026-01-30 14:20", amount=("38.50",),
     goal="开展烟花爆竹经营单位全覆盖检查，严厉打击非法生产经营储存运输行为，确保不发生较大以上烟花爆竹安全事故。",
     tables=[dict(project="2026年烟花爆竹安全监管专项经费", merge="every", cols="l1 l2 name val", rows="""
产出指标|数量指标|烟花爆竹经营（批发）企业检查覆盖率|100%
产出指标|数量指标|零售经营网点执法检查|8000家次以上
产出指标|数量指标|开展打非治违联合行动|不少于四次
产出指标|质量指标|查处违法违规行为结案率|≥98%
产出指标|质量指标|零售许可审查合规率|100%
产出指标|时效指标|零售经营许可办理时限|收到申请之日起15个工作日内
产出指标|时效指标|春节期间专项检查完成时间|2026年2月底前
产出指标|成本指标|执法检查工作经费|≤38.5万元
效益指标|社会效益指标|烟花爆竹较大以上生产安全事故|0起
效益指标|社会效益指标|非法储存运输案件发生数|同比下降10%
效益指标|可持续影响指标|烟花爆竹安全监管长效机制|持续完善
满意度指标|服务对象满意度指标|经营单位满意度|≥85%
满意度指标|服务对象满意度指标|社会公众满意度|≥90%
""")]),
dict(id="08", slug="nongchang", place="湒川县", site="湒川县人民政府", dept="湒川县农业农村局", unit_name="湒川县农村经营管理站",
     date="2025-03-18 17:02", amount=("236.00",),
     goal="培育县级示范家庭农场40家以上，新增名录管理家庭农场150个，开展家庭农场主培训600人次，提升家庭农场规范化经营水平。",
     tables=[dict(project="2025年家庭农场培育项目", cols="l1 l2 name op num unit", rows="""
产出指标|数量指标|培育县级示范家庭农场|≥|40|家
||开展家庭农场主培训|≥|600|人次
||新增纳入名录管理家庭农场|＝|150|个
|质量指标|示范家庭农场名录系统信息完整率|≥|98|%
||培训合格率|≥|95|%
|时效指标|奖补资金兑付时间|定性|2025年11月底前|
|成本指标|县级示范家庭农场奖补标准|≤|3|万元/家
效益指标|经济效益指标|示范家庭农场户均经营收入增长|≥|8|%
||带动周边农户增收|≥|1500|元/户
|社会效益指标|带动农户就业|≥|1200|人
|可持续影响指标|家庭农场规范化经营水平|定性|持续提高|
满意度指标|服务对象满意度指标|家庭农场主满意度|≥|90|%
||受训学员满意度|≥|92|%
""")]),
dict(id="09", slug="renda", place="漇南县", site="漇南县人民代表大会常务委员会", dept="漇南县人大常委会办公室", unit_name=None,
     date="2025-02-14 09:30", amount=("1285.60", "1210.60", "75.00"),
     goal="围绕县委中心工作依法履行立法、监督、决定、任免职能，组织常委会会议10次以上，开展执法检查和专题调研不少于8项，保障代表依法履职。",
     tables=[dict(project=None, cols="l1 l2 name val", rows="""
产出指标|数量指标|组织常委会会议|≥10次
||开展执法检查和专题调研|不少于8项
||其中：专题询问|1次
||代表建议办理件数|160件左右
||组织代表履职培训|2期
|质量指标|代表建议办复率|100%
||代表建议问题解决率|≥70%
|时效指标|代表建议办理答复时间|交办之日起3个月内
成本指标|经济成本指标|“三公”经费支出|不超过上年
||部门预算支出控制|≤1285.6万元
效益指标|社会效益指标|人大监督实效|不断增强
||代表履职活动参与率|≥90%
|可持续影响指标|代表之家（站）运行|常态化运行
满意度指标|服务对象满意度指标|人大代表满意度|≥95%
||社会公众满意度|≥90%
""")]),
dict(id="10", slug="aizi", place="溵溪县", site="溵溪县人民政府", dept="溵溪县卫生健康局", unit_name="溵溪县疾病预防控制中心",
     date="2025-03-07 10:44", amount=("172.30",),
     goal="扩大艾滋病检测覆盖面，加强高危人群综合干预，抗病毒治疗覆盖率和治疗成功率均达95%以上，将疫情控制在低流行水平。",
     tables=[dict(project="2025年艾滋病防治项目", cols="l1 l2 name val", rows="""
产出指标|数量指标|艾滋病检测人次|≥8.5万人次
||高危人群干预覆盖人数|2600人以上
||其中：暗娼人群干预人数|≥420人
|质量指标|感染者抗病毒治疗覆盖率|≥95%
||治疗成功率|不低于95%
||孕产妇艾滋病检测率|≥98%
|时效指标|疫情报告时限|诊断后24小时内
|成本指标|自愿咨询检测点运行补助|≤1.8万元/个
效益指标|社会效益指标|艾滋病整体疫情|控制在低流行水平
||母婴传播率|<2%
|可持续影响指标|防治工作机制|持续运行
满意度指标|服务对象满意度指标|受检人员满意度|≥90%
""")]),
dict(id="11", slug="caisha", place="淢川县", site="淢川县人民政府", dept="淢川县水利局", unit_name="淢川县河道管理所",
     date="2026-02-10 15:36", amount=("118.00",),
     goal="加强河道采砂全过程监管，实现砂石采运单管理全覆盖，严厉打击非法采砂，维护河势稳定和防洪安全。",
     tables=[dict(project="2026年河道采砂管理专项经费", cols="l1 l2 name val", rows="""
产出指标|数量指标|河道巡查里程|≥1.2万公里
||砂石采运单管理覆盖率|100%
||查处非法采砂案件|≥15起
||清理整治河道堆砂点|20—30处
|质量指标|可采区规划执行合规率|100%
||采砂监控设施在线率|≥95%
|时效指标|非法采砂举报处理时限|接报后2小时内到场
|成本指标|河道巡查船只燃油及维护费用|≤26万元
效益指标|社会效益指标|河势稳定与防洪安全|保持稳定
|生态效益指标|河道生态修复岸线长度|≥3.6公里
|可持续影响指标|采砂“四个责任人”履职机制|长效落实
满意度指标|服务对象满意度指标|沿河群众满意度|≥88%
""")]),
dict(id="12", slug="zhongcai", place="滱南县", site="滱南县人民政府", dept="滱南县人力资源和社会保障局", unit_name="滱南县劳动人事争议仲裁院",
     date="2025-02-28 11:50", amount=("52.00",),
     goal="依法及时公正处理劳动人事争议案件，仲裁结案率95%以上，调解成功率不低于65%，维护劳动关系和谐稳定。",
     tables=[dict(project="2025年劳动人事争议仲裁办案经费", cols="l1 l2 name val rem", rows="""
产出指标|数量指标|受理劳动人事争议案件|1100件左右|按近三年平均测算
||开展“互联网+调解”线上调解案件|≥300件|
||培训基层调解员人次|200人次|
|质量指标|仲裁结案率|≥95%|
||案件调解成功率|不低于65%|
||仲裁裁决被法院撤销率|≤2%|
|时效指标|案件审理期限|受理之日起45日内结案|
||简易案件审结时间|30日内|
成本指标|经济成本指标|仲裁办案经费|≤52万元|含兼职仲裁员办案补贴
效益指标|社会效益指标|劳动关系和谐稳定|持续向好|
||为劳动者追回劳动报酬|≥3200万元|
|可持续影响指标|“仲裁+法院+工会”联动机制|常态化运行|
满意度指标|服务对象满意度指标|当事人满意度|≥90%|
""")]),
dict(id="13", slug="aiwei", place="瀔阳市湳溪区", site="瀔阳市湳溪区人民政府", dept="瀔阳市湳溪区卫生健康局", unit_name="湳溪区爱国卫生运动服务中心",
     date="2025-03-21 09:15",
     tables=[dict(project="2025年病媒生物防制项目", amount="58.00", cols="l1 l2 name val", rows="""
产出指标|数量指标|开展病媒生物密度监测|每月1次
||投放灭鼠毒饵站|≥2500个
|质量指标|鼠密度控制水平|达到国家标准C级以上
|时效指标|春季统一灭鼠活动完成时间|2025年4月30日前
效益指标|社会效益指标|登革热等媒介传染病本地病例|0例
|生态效益指标|环境卫生状况|明显改善
满意度指标|服务对象满意度指标|辖区居民满意度|≥85%
"""), dict(project="2025年国家卫生乡镇（街道）创建项目", amount="60.00", cols="l1 l2 name val", rows="""
产出指标|数量指标|创建国家卫生乡镇（街道）|2个
||健康促进示范单位|≥12家
|质量指标|创建达标验收通过率|100%
|成本指标|创建工作经费|不超过60万元
效益指标|社会效益指标|居民健康素养水平|≥32%
满意度指标|服务对象满意度指标|群众对创建工作满意度|≥90%
""")]),
dict(id="14", slug="weifang", place="澭阳县", site="澭阳县人民政府", dept="澭阳县住房和城乡建设局", unit_name="澭阳县村镇建设服务中心",
     date="2025-04-02 16:08", amount=("598.00",),
     goal="完成农村危房改造210户以上，其中农村低保户85户以上，实施农房抗震改造60户，保障农村低收入群体住房安全。",
     tables=[dict(project="2025年农村危房改造补助项目", cols="l1 l2 name val", rows="""
产出指标|数量指标|完成农村危房改造户数|≥210户
||其中：农村低保户|≥85户
||农房抗震改造户数|60户
|质量指标|改造竣工验收合格率|100%
||改造后房屋安全鉴定达标率|100%
|时效指标|改造任务竣工时间|2025年10月底前
|成本指标|户均补助标准|C级2万元、D级3.5万元
效益指标|社会效益指标|农村低收入群体住房安全保障率|100%
||改造户住房条件|明显改善
|可持续影响指标|农村低收入群体住房安全动态监测机制|长效运行
||房屋使用年限|≥三十年
满意度指标|服务对象满意度指标|改造户满意度|≥95%
||村民满意度|≥90%
""")]),
dict(id="15", slug="zhengxie", place="滆南县", site="政协滆南县委员会", dept="政协滆南县委员会办公室", unit_name="政协滆南县委员会办公室",
     date="2025-02-19 10:00", amount=("48.00",),
     goal="组织委员视察调研活动12次左右，立案提案150件以上，提案办复率100%，编发社情民意信息不少于60期，提升协商议政质量。",
     tables=[dict(project="2025年政协委员履职及提案办理经费", cols="l1 l2 name val", rows="""
产出指标|数量指标|组织委员视察调研活动|12次左右
||提案立案数|≥150件
||编发社情民意信息|不少于60期
|质量指标|提案办复率|100%
||提案采纳落实率|≥80%
|时效指标|提案交办后答复时限|三个月内
|成本指标|委员履职活动经费|≤48万元
效益指标|社会效益指标|协商议政成果转化|成效明显
||委员履职参与率|≥90%
|可持续影响指标|委员履职档案管理制度|长期坚持
满意度指标|服务对象满意度指标|政协委员满意度|≥95%
||提案者对办理结果满意率|≥90%
""")]),
dict(id="16", slug="mingcheng", place="淠溪县", site="淠溪县人民政府", dept="淠溪县文化广电体育和旅游局", unit_name="淠溪县文物保护中心",
     date="2025-03-26 14:48", amount=("760.00", "600.00", "160.00"),
     goal="修缮历史建筑9处以上，挂牌保护传统民居120栋，编制3个传统村落保护发展规划，提升历史文化名城保护水平。",
     tables=[dict(project="2025年历史文化名城（传统村落）保护项目", cols="l1 l2 name val", rows="""
产出指标|数量指标|修缮历史建筑|≥9处
||挂牌保护传统民居|120栋
||编制传统村落保护发展规划|3个
||其中：省级传统村落|2个
|质量指标|修缮工程验收合格率|100%
||历史建筑测绘建档完成率|≥95%
|时效指标|修缮工程完工时间|2025年11月30日前
|成本指标|单处历史建筑修缮补助|30-80万元
效益指标|社会效益指标|历史文化遗产保护意识|显著增强
||带动游客接待量增长|≥15%
|生态效益指标|古村落人居环境|明显改善
|可持续影响指标|名城保护管理机制|长效运行
满意度指标|服务对象满意度指标|原住居民满意度|不低于85%
""")]),
]


# ----------------------------------------------------------------------------- parsing
def parse(t):
    cols = t["cols"].split()
    out, l1, l2 = [], None, None
    for line in t["rows"].strip("\n").split("\n"):
        cells = line.split("|")
        assert len(cells) == len(cols), (line, cols)
        r = dict(zip(cols, cells))
        r["l1_cont"] = r["l1"] == ""
        r["l2_cont"] = r["l2"] == ""
        l1 = r["l1"] or l1
        l2 = r["l2"] or l2
        r["L1"], r["L2"] = l1, l2
        if "op" in r:
            r["val"] = ("" if r["op"] == "定性" else r["op"]) + r["num"] + r["unit"]
        out.append(r)
    # rowspans: first row of a group carries the count
    for key, cont in (("l1", "l1_cont"), ("l2", "l2_cont")):
        for i, r in enumerate(out):
            if not r[cont]:
                n = 1
                while i + n < len(out) and out[i + n][cont]:
                    n += 1
                r[key + "_span"] = n
    return out


def codes(r):
    return L1[r["L1"]], L2[r["L2"]]


def project_of(page, t):
    return t["project"]


def gold_rows(page):
    """Rows as the page-text gold / PDF expected files want them (without file/quirks)."""
    rows = []
    for ti, t in enumerate(page["tables"]):
        for r in parse(t):
            c1, c2 = codes(r)
            rows.append(dict(table=ti, project=t["project"], name=r["name"], annual_value=r["val"],
                             period_value=r.get("per"), level1_code=c1, level2_code=c2,
                             l1_cont=r["l1_cont"] and t.get("merge", "rowspan") == "rowspan",
                             l2_cont=r["l2_cont"] and t.get("merge", "rowspan") == "rowspan"))
    return rows


# ----------------------------------------------------------------------------- html helpers
e = H.escape


def cells_of(r, cols, td, seq=None, merge="rowspan"):
    """Return the <td> strings of one indicator row (rowspans for l1/l2)."""
    out = []
    if seq is not None:
        out.append(td(str(seq), "", "seq"))
    for c in cols:
        if c in ("l1", "l2"):
            if merge == "every":
                out.append(td(r[c], "", c))
            elif not r[c + "_cont"]:
                sp = r[c + "_span"]
                out.append(td(r[c], f' rowspan="{sp}"' if sp > 1 else "", c))
        else:
            out.append(td(r[c], "", c))
    return out


def mso_runs(text, base_style):
    """Word-like runs: CJK and ASCII in separate spans."""
    if text == "":
        return '<span lang="EN-US" style="%s"><o:p>&nbsp;</o:p></span>' % base_style
    parts = re.findall(r"[\x21-\x7e]+|[^\x21-\x7e]+", text)
    s = ""
    for p in parts:
        if re.match(r"[\x21-\x7e]", p):
            s += f'<span lang="EN-US" style="{base_style};mso-fareast-font-family:仿宋_GB2312">{e(p)}</span>'
        else:
            s += f'<span style="{base_style}">{e(p)}</span>'
    return s + "<o:p></o:p>"


def chrome(p, content, css="", print_css="", cms="trs", crumb="政务公开 &gt; 财政信息 &gt; 预算绩效 &gt; 正文", title=None,
           head_extra="", body_attr=""):
    site = p["site"]
    title = title or f'{p["dept"]}{p["tables"][0]["project"] or "2025年度部门整体支出绩效目标"}绩效目标公开'
    sid = {"01": "3304280011", "02": "3611250003", "03": "4309230008", "04": "5223270014", "05": "4113290005",
           "06": "3701260019", "07": "6104310002", "08": "4507220006", "09": "5324260001", "10": "3607330012",
           "11": "4211270009", "12": "5103210004", "13": "4408030017", "14": "6204220007", "15": "3425230010",
           "16": "3508250015"}[p["id"]]
    icp = {"01": "浙ICP备17031842号-2", "02": "赣ICP备15008736号", "03": "湘ICP备20014529号-1", "04": "黔ICP备18006172号",
           "05": "豫ICP备16027745号-3", "06": "鲁ICP备19041156号", "07": "陕ICP备13009367号-2", "08": "桂ICP备21004513号",
           "09": "滇ICP备17002945号-1", "10": "赣ICP备22011806号", "11": "鄂ICP备14018372号-4", "12": "蜀ICP备16023109号",
           "13": "粤ICP备20077314号-1", "14": "甘ICP备18004426号", "15": "皖ICP备15026637号-2", "16": "闽ICP备19013758号"}[p["id"]]
    ga = {"01": "33042802000147", "02": "36112502000093", "03": "43092302000218", "04": "52232702000034",
          "05": "41132902000361", "06": "37012602001275", "07": "61043102000058", "08": "45072202000126",
          "09": "53242602000019", "10": "36073302000342", "11": "42112702000187", "12": "51032102000063",
          "13": "44080302000451", "14": "62042202000075", "15": "34252302000139", "16": "35082502000214"}[p["id"]]
    footer = (f'<div class="footer"><p>主办单位：{site}办公室　承办单位：{p["place"]}大数据发展中心</p>'
              f'<p>网站标识码：{sid}　<a href="https://beian.miit.gov.cn/">{icp}</a>　'
              f'<img src="/images/ga.png" alt="">{p["place"][:1]}公网安备 {ga}号</p>'
              f'<p>联系电话：0{int(p["id"]) * 37 + 391}-{int(sid[-4:]) * 7 + 6200171}　建议使用1366×768以上分辨率浏览</p></div>')
    nav = ('<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>'
           '<li><a href="/hdjl/">互动交流</a></li><li><a href="/zj/">走进' + p["place"] + '</a></li></ul></div>')
    top = (f'<div class="topbar"><span>今天是：{p["date"][:10]}</span><span class="r"><a href="/">无障碍</a> | '
           '<a href="/">长者模式</a> | <a href="/">移动版</a> | <a href="/">English</a></span></div>')
    banner = f'<div class="banner"><div class="logo">{site}</div><div class="so"><input type="text" placeholder="搜索本站"><button>搜索</button></div></div>'
    share = ('<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>'
             '<span class="r"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></span></div>')
    base_css = """
body{margin:0;font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;font-size:14px;color:#333;background:#f4f4f4}
a{color:#333;text-decoration:none}ul{margin:0;padding:0;list-style:none}
.topbar{background:#ececec;font-size:12px;line-height:30px;padding:0 20px;color:#666}.topbar .r{float:right}
.banner{height:96px;background:#a31d1d;color:#fff;padding:0 20px}.banner .logo{font-size:28px;font-weight:bold;line-height:96px;float:left;letter-spacing:2px}
.banner .so{float:right;margin-top:34px}
.nav{background:#7d1212;clear:both}.nav li{display:inline-block;line-height:42px;padding:0 20px}.nav a{color:#fff;font-size:16px}
.wrap{max-width:1200px;margin:0 auto;background:#fff}.crumb{line-height:38px;font-size:13px;color:#666;padding:0 20px;border-bottom:1px solid #eee}
.art{padding:16px 40px 30px}.art h1{font-size:22px;text-align:center;line-height:1.6;margin:8px 0}
.meta{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:8px;margin-bottom:16px}.meta span{margin:0 8px}
.share{margin-top:24px;font-size:13px;border-top:1px solid #eee;padding-top:8px}.share .r{float:right}
.footer{background:#5a0c0c;color:#eee;font-size:13px;text-align:center;line-height:24px;padding:14px 0}.footer a{color:#eee}.footer p{margin:2px}
"""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}_{site}</title>
<meta name="SiteName" content="{site}">
<meta name="SiteIDCode" content="{sid}">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{p['date']}">
<meta name="ContentSource" content="{p['dept']}">
{head_extra}<style>{base_css}{css}
@media print{{{print_css}}}
</style>
</head>
<body{body_attr}>
{top}
{banner}
{nav}
<div class="wrap">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; {crumb}</div>
<div class="art">
<h1>{title}</h1>
<div class="meta"><span>发布时间：{p['date']}</span><span>来源：{p['dept']}</span><span>浏览次数：<em id="hits">{int(p['id']) * 37 + 115}</em></span><span>【字号：大 中 小】</span></div>
{content}
{share}
</div>
</div>
{footer}
</body>
</html>
"""


# ----------------------------------------------------------------------------- pages
def page01(p):
    t = p["tables"][0]
    rows = parse(t)
    bs = "font-size:10.5pt;font-family:仿宋_GB2312"
    tds = "border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"
    W = {"l1": 70, "l2": 80, "name": 250, "val": 150}

    def td(text, attr, role, bold=False, colspan=1, align="center"):
        txt = mso_runs(text, bs + (";font-weight:bold" if bold else ""))
        cs = f' colspan="{colspan}"' if colspan > 1 else ""
        w = W.get(role, 100)
        return (f'<td width="{w}"{cs}{attr} valign="center" style="width:{w * .75:.1f}pt;{tds}">'
                f'<p class="MsoNormal" align="{align}" style="text-align:{align};line-height:16.0pt;mso-line-height-rule:exactly">{txt}</p></td>')
    a = p["amount"]
    block = [
        td("项目名称", "", "l1", True) + td(t["project"], "", "x", colspan=3, align="left"),
        td("主管部门", "", "l1", True) + td(p["dept"], "", "l2") + td("实施单位", "", "name", True) + td(p["unit_name"], "", "val"),
        td("项目资金（万元）", ' rowspan="3"', "l1", True) + td("年度资金总额", "", "l2") + td(a[0], "", "name", colspan=2),
        td("其中：财政拨款", "", "l2") + td(a[1], "", "name", colspan=2),
        td("其他资金", "", "l2") + td(a[2], "", "name", colspan=2),
        td("年度绩效目标", "", "l1", True) + td(p["goal"], "", "x", colspan=3, align="left"),
        td("一级指标", "", "l1", True) + td("二级指标", "", "l2", True) + td("三级指标", "", "name", True) + td("指标值", "", "val", True),
    ]
    body = []
    for r in rows:
        cs = cells_of(r, ["l1", "l2", "name", "val"], lambda x, at, ro: td(x, at, ro, align="left" if ro == "name" else "center"))
        body.append("".join(cs))
    trs = "\n".join(f'<tr style="mso-yfti-irow:{i}{";mso-yfti-firstrow:yes" if i == 0 else ""};height:22.7pt">{c}</tr>'
                    for i, c in enumerate(block + body))
    content = f"""<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:1.8;font-size:12pt}}.TRS_Editor TD{{font-size:12pt}}</style>
<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0"><span style="font-size:16.0pt;font-family:仿宋_GB2312">按照预算公开有关要求，现将我局{e(t['project'])}绩效目标公开如下：</span></p>
<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:18.0pt;font-family:方正小标宋简体">{e(t['project'])}绩效目标表</span></b></p>
<div align="center">
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="550" style="width:412.5pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">
<tbody>
{trs}
</tbody></table></div>
<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal" align="right" style="text-align:right"><span style="font-size:16.0pt;font-family:仿宋_GB2312">{p['dept']}</span></p>
<p class="MsoNormal" align="right" style="text-align:right"><span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312">2025</span><span style="font-size:16.0pt;font-family:仿宋_GB2312">年</span><span lang="EN-US" style="font-size:16.0pt">2</span><span style="font-size:16.0pt;font-family:仿宋_GB2312">月</span><span lang="EN-US" style="font-size:16.0pt">20</span><span style="font-size:16.0pt;font-family:仿宋_GB2312">日</span></p>
</div>"""
    return chrome(p, content)


def page02(p):
    t = p["tables"][0]
    rows = parse(t)
    widths = [110, 120, 300, 160, 220]
    cg = "<colgroup>" + "".join(f'<col name="el-table_1_column_{i + 1}" width="{w}">' for i, w in enumerate(widths)) + '<col name="gutter" width="0"></colgroup>'
    heads = ["一级指标", "二级指标", "三级指标", "指标值", "备注"]
    th = "".join(f'<th colspan="1" rowspan="1" class="el-table_1_column_{i + 1} is-center is-leaf el-table__cell"><div class="cell">{h}</div></th>'
                 for i, h in enumerate(heads))
    colidx = {"l1": 1, "l2": 2, "name": 3, "val": 4, "rem": 5}

    def td(x, at, role):
        c = colidx[role]
        al = "is-left" if role in ("name", "rem") else "is-center"
        return f'<td{at} class="el-table_1_column_{c} {al} el-table__cell"><div class="cell">{e(x)}</div></td>'
    body = "\n".join(f'<tr class="el-table__row{" el-table__row--striped" if i % 2 else ""}">' + "".join(cells_of(r, t["cols"].split(), td)) + "</tr>"
                     for i, r in enumerate(rows))
    desc = (f'<div class="el-descriptions"><div class="el-descriptions__header"><div class="el-descriptions__title">项目基本信息</div></div>'
            f'<div class="el-descriptions__body"><table class="el-descriptions__table is-bordered"><tbody>'
            f'<tr class="el-descriptions-row"><th class="el-descriptions-item__label is-bordered-label">项目名称</th><td class="el-descriptions-item__content" colspan="3">{e(t["project"])}</td></tr>'
            f'<tr class="el-descriptions-row"><th class="el-descriptions-item__label is-bordered-label">主管部门</th><td class="el-descriptions-item__content">{p["dept"]}</td>'
            f'<th class="el-descriptions-item__label is-bordered-label">实施单位</th><td class="el-descriptions-item__content">{p["unit_name"]}</td></tr>'
            f'<tr class="el-descriptions-row"><th class="el-descriptions-item__label is-bordered-label">项目资金（万元）</th><td class="el-descriptions-item__content">{p["amount"][0]}</td>'
            f'<th class="el-descriptions-item__label is-bordered-label">资金来源</th><td class="el-descriptions-item__content">县级财政资金</td></tr>'
            f'<tr class="el-descriptions-row"><th class="el-descriptions-item__label is-bordered-label">年度绩效目标</th><td class="el-descriptions-item__content" colspan="3">{p["goal"]}</td></tr>'
            f'</tbody></table></div></div>')
    content = f"""<div id="app" data-v-app=""><div class="perf-detail" data-v-5c1a2e7b="">
{desc}
<h3 class="tbl-title" data-v-5c1a2e7b="">绩效指标</h3>
<div class="el-table el-table--fit el-table--border el-table--enable-row-hover el-table--enable-row-transition el-table--medium" style="width:100%">
<div class="hidden-columns"><div></div><div></div><div></div><div></div><div></div></div>
<div class="el-table__header-wrapper"><table cellspacing="0" cellpadding="0" border="0" class="el-table__header" style="width:910px">{cg}<thead class="has-gutter"><tr>{th}<th class="el-table__cell gutter" style="width:0"></th></tr></thead></table></div>
<div class="el-table__body-wrapper is-scrolling-none"><table cellspacing="0" cellpadding="0" border="0" class="el-table__body" style="width:910px">{cg}<tbody>
{body}
</tbody></table></div>
<div class="el-table__column-resize-proxy" style="display:none"></div>
</div>
<div class="el-pagination is-background"><span class="el-pagination__total">共 {len(rows)} 条</span></div>
</div></div>"""
    css = """
.el-descriptions__title{font-size:16px;font-weight:bold;margin:8px 0}
.el-descriptions__table{width:100%;border-collapse:collapse}.el-descriptions__table th,.el-descriptions__table td{border:1px solid #ebeef5;padding:8px 10px;font-size:14px}
.el-descriptions__table th{background:#fafafa;width:130px;font-weight:normal;color:#606266}
.tbl-title{font-size:16px;margin:16px 0 8px}
.el-table{border:1px solid #ebeef5;border-right:0;border-bottom:0;font-size:14px;color:#606266}
.el-table table{table-layout:fixed;border-collapse:separate}
.el-table th.el-table__cell{background:#f5f7fa;color:#303133;font-weight:bold}
.el-table td.el-table__cell,.el-table th.el-table__cell{border-right:1px solid #ebeef5;border-bottom:1px solid #ebeef5;padding:10px 0}
.el-table .cell{padding:0 10px;line-height:23px;word-break:break-all}
.is-center{text-align:center}.is-left{text-align:left}
.el-table__row--striped td{background:#fafafa}
.hidden-columns{visibility:hidden;position:absolute;z-index:-1}
.el-pagination{margin-top:10px;font-size:13px;color:#606266}
"""
    return chrome(p, content, css=css, crumb="信息公开 &gt; 预算绩效 &gt; 项目绩效目标")


def page03(p):
    parts = []
    for k, t in enumerate(p["tables"]):
        rows = parse(t)

        def td(x, at, role):
            al = "left" if role == "name" else "center"
            return f'<td{at} align="{al}" height="26"><font size="2">{e(x) if x else "&nbsp;"}</font></td>'
        body = "\n".join("<tr>" + "".join(cells_of(r, t["cols"].split(), td)) + "</tr>" for r in rows)
        parts.append(f"""<p align="center"><font size="3"><b>{"一二"[k]}、{e(t['project'])}绩效目标表</b></font></p>
<table width="640" border="1" cellspacing="0" cellpadding="2" bordercolor="#000000" style="border-collapse:collapse" align="center">
<tr><td colspan="4" align="right" style="border-top:none;border-left:none;border-right:none"><font size="2">金额单位：万元</font></td></tr>
<tr><td align="center" height="26"><font size="2"><b>项目名称</b></font></td><td colspan="3"><font size="2">{e(t['project'])}</font></td></tr>
<tr><td align="center" height="26"><font size="2"><b>主管部门</b></font></td><td><font size="2">{p['dept']}</font></td><td align="center"><font size="2"><b>项目资金</b></font></td><td align="center"><font size="2">{t['amount']}</font></td></tr>
<tr bgcolor="#E6E6E6"><td align="center" width="90"><font size="2"><b>一级指标</b></font></td><td align="center" width="110"><font size="2"><b>二级指标</b></font></td><td align="center" width="270"><font size="2"><b>三级指标</b></font></td><td align="center" width="170"><font size="2"><b>指标值</b></font></td></tr>
{body}
</table>
<br>""")
    menu = "".join(f'<tr><td height="30" style="border-bottom:1px dotted #ccc">&nbsp;&nbsp;<a href="/xxgk/{i}.htm">{m}</a></td></tr>'
                   for i, m in enumerate(["机构概况", "政策文件", "统计公报", "统计数据", "财政预决算", "预算绩效"]))
    html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{p['dept']}2025年项目支出绩效目标_{p['site']}</title>
<meta name="keywords" content="绩效目标,经济普查,统计">
<style type="text/css">
body{{margin:0;font-size:12px;font-family:"Noto Sans CJK SC",宋体}}
td{{font-size:12px}} a{{color:#003399;text-decoration:none}}
.top{{background:#1f4e8c;color:#fff}}
</style>
</head>
<body topmargin="0" leftmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" class="top">
<tr><td height="80" style="font-size:26px;font-weight:bold;color:#fff">&nbsp;&nbsp;{p['site']}</td><td align="right" style="color:#fff">今天是：2025年1月27日 星期一&nbsp;&nbsp;</td></tr>
<tr><td colspan="2" height="32" bgcolor="#163a6b">&nbsp;&nbsp;<a href="/" style="color:#fff">首页</a>&nbsp;|&nbsp;<a href="/xxgk/" style="color:#fff">信息公开</a>&nbsp;|&nbsp;<a href="/tjsj/" style="color:#fff">统计数据</a>&nbsp;|&nbsp;<a href="/bsfw/" style="color:#fff">办事服务</a></td></tr>
</table>
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td width="180" valign="top" bgcolor="#F2F6FB">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="34" bgcolor="#2b5fa5" style="color:#fff;font-weight:bold">&nbsp;&nbsp;信息公开</td></tr>{menu}</table>
</td>
<td width="10">&nbsp;</td>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="30" style="border-bottom:2px solid #2b5fa5">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/xxgk/">信息公开</a> &gt;&gt; 预算绩效</td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="8">
<tr><td align="center" style="font-size:20px;font-weight:bold;color:#c00">{p['dept']}2025年项目支出绩效目标</td></tr>
<tr><td align="center" style="color:#888">发布日期：{p['date'][:10]}&nbsp;&nbsp;&nbsp;来源：县统计局&nbsp;&nbsp;&nbsp;点击数：211</td></tr>
<tr><td style="line-height:24px;font-size:14px">
<p>&nbsp;&nbsp;&nbsp;&nbsp;根据县财政局关于做好2025年预算绩效目标公开工作的通知，现将我局2025年项目支出绩效目标公开如下：</p>
{''.join(parts)}
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">[打印本页]</a>&nbsp;<a href="javascript:window.close()">[关闭窗口]</a></td></tr>
</table>
</td></tr>
</table>
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#1f4e8c">
<tr><td height="70" align="center" style="color:#fff;line-height:22px">版权所有：{p['site']}　主办：{p['dept']}<br>网站标识码：4309230008　湘ICP备20014529号-1　湘公网安备 43092302000218号</td></tr>
</table>
</body>
</html>
"""
    return html


def page04(p):
    t = p["tables"][0]
    rows = parse(t)

    def td(x, at, role):
        st = {"seq": "text-align:center", "l1": "text-align:center", "l2": "text-align:center", "rem": "text-align:left"}.get(role, "")
        return f'<td{at} style="{st}">{e(x) if x else "<br />"}</td>'
    body = "\n".join("<tr>" + "".join(cells_of(r, t["cols"].split(), td, seq=i + 1)) + "</tr>" for i, r in enumerate(rows))
    content = f"""<div class="article-content" id="zoom">
<p style="text-indent:2em;">为进一步加强预算绩效管理，提高财政资金使用效益，现将{e(t['project'])}绩效目标公开如下。</p>
<p style="text-align:center;"><strong><span style="font-size:18px;">{e(t['project'])}绩效目标表</span></strong></p>
<table style="width:100%;" cellpadding="2" cellspacing="0" border="1" bordercolor="#000000" class="ke-zeroborder">
<tbody>
<tr><td style="text-align:center;"><strong>项目名称</strong></td><td colspan="5">{e(t['project'])}</td></tr>
<tr><td style="text-align:center;"><strong>主管部门</strong></td><td colspan="2">{p['dept']}</td><td style="text-align:center;"><strong>实施单位</strong></td><td colspan="2">{p['unit_name']}</td></tr>
<tr><td style="text-align:center;"><strong>项目资金</strong></td><td colspan="5">{p['amount'][0]}万元（中央衔接推进乡村振兴补助资金）</td></tr>
<tr><td style="text-align:center;"><strong>年度目标</strong></td><td colspan="5">{p['goal']}</td></tr>
<tr><td style="text-align:center;"><strong>序号</strong></td><td style="text-align:center;"><strong>一级指标</strong></td><td style="text-align:center;"><strong>二级指标</strong></td><td style="text-align:center;"><strong>三级指标</strong></td><td style="text-align:center;"><strong>指标值</strong></td><td style="text-align:center;"><strong>备注</strong></td></tr>
{body}
</tbody>
</table>
<p style="text-align:right;">{p['dept']}</p>
<p style="text-align:right;">2025年3月12日</p>
</div>"""
    css = """.article-content{font-size:16px;line-height:1.9}.article-content table{border-collapse:collapse;font-size:14px}
.article-content td{padding:4px 6px}
@page{size:A4;margin:18mm 15mm}"""
    return chrome(p, content, css=css, crumb="政务公开 &gt; 重点领域 &gt; 乡村振兴 &gt; 正文")


def page05(p):
    t = p["tables"][0]
    rows = parse(t)
    a = p["amount"]

    def td(x, at, role):
        return f'<td{at} valign="middle" style="word-break:break-all;border-width:1px;border-style:solid;{"text-align:center" if role != "name" and role != "rsn" else ""}">{e(x) if x else "<br/>"}</td>'
    hdr = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    H8 = "".join(f'<td valign="middle" style="border-width:1px;border-style:solid;text-align:center"><strong>{h}</strong></td>' for h in hdr)
    body = "\n".join("<tr>" + "".join(cells_of(r, t["cols"].split(), td)) + "</tr>" for r in rows)
    cell = lambda x, cs=1, rs=1, b=False: (f'<td valign="middle"{f" colspan={cs!r}" if cs > 1 else ""}{f" rowspan={rs!r}" if rs > 1 else ""} '
                                           f'style="border-width:1px;border-style:solid;text-align:center">{"<strong>" + x + "</strong>" if b else x}</td>')
    rate = f"{float(a[2]) / float(a[1]) * 100:.1f}%"
    content = f"""<div id="zoom" class="TRS_UEDITOR trs_paper_default trs_web">
<p style="text-align:center"><strong>项目支出绩效自评表</strong></p>
<p style="text-align:center">（2024年度）</p>
<table width="100%" data-sort="sortDisabled" style="border-collapse:collapse">
<tbody>
<tr class="firstRow">{cell("项目名称", 2, b=True)}<td colspan="6" style="border-width:1px;border-style:solid">{e(t['project'])}</td></tr>
<tr>{cell("主管部门", 2, b=True)}<td colspan="2" style="border-width:1px;border-style:solid">{p['dept']}</td>{cell("实施单位", 2, b=True)}<td colspan="2" style="border-width:1px;border-style:solid">{p['unit_name']}</td></tr>
<tr>{cell("项目资金（万元）", 2, 3, True)}{cell("", 1)}{cell("年初预算数", 1, b=True)}{cell("全年执行数", 1, b=True)}{cell("分值", 1, b=True)}{cell("执行率", 1, b=True)}{cell("得分", 1, b=True)}</tr>
<tr>{cell("年度资金总额")}{cell(a[1])}{cell(a[2])}{cell("10")}{cell(rate)}{cell("9.6")}</tr>
<tr>{cell("其中：当年财政拨款")}{cell(a[1])}{cell(a[2])}{cell("—")}{cell(rate)}{cell("—")}</tr>
<tr>{cell("年度总体目标", 2, b=True)}{cell("预期目标", 3, b=True)}{cell("实际完成情况", 3, b=True)}</tr>
<tr>{cell("", 2)}<td colspan="3" style="border-width:1px;border-style:solid">{p['goal'][0]}</td><td colspan="3" style="border-width:1px;border-style:solid">{p['goal'][1]}</td></tr>
<tr>{H8}</tr>
{body}
<tr>{cell("总分", 5, b=True)}{cell("100")}{cell("94.6")}{cell("")}</tr>
<tr>{cell("自评结论", 2, b=True)}<td colspan="6" style="border-width:1px;border-style:solid">优。项目总体完成情况较好，个别指标未达预期，已分析原因并提出改进措施。</td></tr>
</tbody>
</table>
<p>填报人：郇晓岚　　联系电话：0398-6127734　　填报日期：2025年4月28日</p>
</div>"""
    css = "#zoom{font-size:15px;line-height:1.8}#zoom table td{padding:5px 6px;border-color:#000}"
    print_css = ".topbar,.banner,.nav,.crumb,.share,.footer{display:none}body{background:#fff}.art{padding:0}"
    return chrome(p, content, css=css, print_css=print_css, title=f"{p['dept']}2024年度{t['project']}绩效自评结果公开",
                  crumb="政务公开 &gt; 财政预决算 &gt; 绩效自评")


def page06(p):
    t = p["tables"][0]
    rows = parse(t)

    def td(x, at, role):
        return f'<td{at} class="{"text-start" if role == "name" else "text-center align-middle"}">{e(x)}</td>'
    body = "\n".join("<tr>" + "".join(cells_of(r, t["cols"].split(), td)) + "</tr>" for r in rows)
    a = p["amount"]
    content = f"""<div class="container-fluid px-0">
<div class="card mb-3"><div class="card-header fw-bold">项目概况</div>
<table class="table table-sm table-bordered mb-0 info">
<tr><th scope="row">项目名称</th><td colspan="3">{e(t['project'])}</td></tr>
<tr><th scope="row">主管部门</th><td>{p['dept']}</td><th>实施单位</th><td>{p['unit_name']}</td></tr>
<tr><th scope="row">项目实施期</th><td>2025年1月—2027年12月</td><th>资金情况（万元）</th><td>实施期资金总额：{a[0]}；年度资金总额：{a[1]}</td></tr>
<tr><th scope="row">实施期总目标</th><td colspan="3">{p['goal'][0]}</td></tr>
<tr><th scope="row">年度目标</th><td colspan="3">{p['goal'][1]}</td></tr>
</table></div>
<table class="table table-bordered table-striped table-hover perf">
<caption class="caption-top text-center fw-bold">项目绩效指标</caption>
<thead class="table-light">
<tr><th rowspan="2" class="text-center align-middle">一级指标</th><th rowspan="2" class="text-center align-middle">二级指标</th><th rowspan="2" class="text-center align-middle">三级指标</th><th colspan="2" class="text-center">指标值</th></tr>
<tr><th class="text-center">实施期指标值</th><th class="text-center">年度指标值</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
</div>"""
    css = """
.table{width:100%;border-collapse:collapse;margin-bottom:1rem;font-size:14px}.table td,.table th{padding:.45rem .5rem;border:1px solid #dee2e6;vertical-align:top}
.table-sm td,.table-sm th{padding:.3rem}.table-light th{background:#f8f9fa}
.table-striped>tbody>tr:nth-of-type(odd)>td{background:rgba(0,0,0,.03)}
.text-center{text-align:center}.text-start{text-align:left}.align-middle{vertical-align:middle!important}.fw-bold{font-weight:bold}
.card{border:1px solid rgba(0,0,0,.125);border-radius:4px}.card-header{padding:.5rem 1rem;background:#f7f7f7;border-bottom:1px solid rgba(0,0,0,.125)}
.info th{width:120px;background:#fcfcfc;text-align:left}.caption-top{caption-side:top;padding:6px;color:#333}.mb-3{margin-bottom:1rem}.mb-0{margin-bottom:0}
"""
    head = '<link rel="stylesheet" href="/static/bootstrap-5.3.2/css/bootstrap.min.css" media="none">\n'
    return chrome(p, content, css=css, head_extra=head, crumb="政务公开 &gt; 部门预算 &gt; 项目绩效目标")


def page07(p):
    t = p["tables"][0]
    rows = parse(t)

    def td(x, at, role):
        return f'<td{at} class="c-{role}">{e(x)}</td>'
    body = "\n".join("<tr>" + "".join(cells_of(r, t["cols"].split(), td, merge="every")) + "</tr>" for r in rows)
    content = f"""<div class="zw-con">
<p>　　按照《洺城县县级部门预算绩效目标管理暂行办法》要求，现将{e(t['project'])}绩效目标予以公开。</p>
<div class="kv"><span>项目名称：{e(t['project'])}</span><span>主管部门：{p['dept']}</span><span>实施单位：{p['unit_name']}</span><span>预算金额：{p['amount'][0]}万元</span></div>
<p class="kv2">年度绩效目标：{p['goal']}</p>
<table class="tb-zebra">
<thead>
<tr><th colspan="3">绩效指标</th><th rowspan="2">指标值</th></tr>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="src">（数据来源：洺城县预算管理一体化系统）</p>
</div>"""
    css = """
.zw-con{font-size:15px;line-height:1.9}.kv span{display:inline-block;margin-right:24px}
.tb-zebra{width:100%;border-collapse:collapse;border:0;font-size:14px}
.tb-zebra th{background:#3d6fb6;color:#fff;padding:8px;font-weight:normal}
.tb-zebra td{padding:8px 10px;border:0}.tb-zebra tbody tr:nth-child(even) td{background:#eef3fa}
.tb-zebra .c-l1,.tb-zebra .c-l2{text-align:center;color:#555}.src{font-size:12px;color:#999}
"""
    print_css = (".topbar,.nav,.share{display:none}body{background:#fff}"
                 ".tb-zebra{font-size:17pt}.tb-zebra td{padding:22px 10px}.tb-zebra th{padding:14px}")
    return chrome(p, content, css=css, print_css=print_css, crumb="政务公开 &gt; 安全生产 &gt; 正文")


def page08(p):
    t = p["tables"][0]
    rows = parse(t)

    def td(x, at, role):
        cls = {"l1": "et3", "l2": "et3", "name": "et4", "op": "et3", "num": "et5", "unit": "et3"}[role]
        xt = ' x:num' if re.fullmatch(r"[\d.]+", x or "") else ' x:str'
        return f'<td class="{cls}"{at}{xt}>{e(x)}</td>'
    body = "\n".join('<tr height="28" style="height:21.00pt;">' + "".join(cells_of(r, t["cols"].split(), td)) + "</tr>" for r in rows)
    content = f"""<div class="TRS_UEDITOR trs_paper_default trs_word trs_key4format">
<p style="text-indent:2em">根据县财政局部署，现将我局2025年家庭农场培育项目绩效目标公开如下：</p>
<!--StartFragment-->
<table width="702" border="0" cellpadding="0" cellspacing="0" style="width:526.50pt;border-collapse:collapse;table-layout:fixed;">
<col width="88" style="mso-width-source:userset;mso-width-alt:2816;"/><col width="96" style="mso-width-source:userset;mso-width-alt:3072;"/>
<col width="262" style="mso-width-source:userset;mso-width-alt:8384;"/><col width="72" span="1" style="mso-width-source:userset;mso-width-alt:2304;"/>
<col width="112" style="mso-width-source:userset;mso-width-alt:3584;"/><col width="72" style="mso-width-source:userset;mso-width-alt:2304;"/>
<tr height="40" style="height:30.00pt;"><td class="et1" height="40" colspan="6" style="height:30.00pt;" x:str>{e(t['project'])}绩效目标表</td></tr>
<tr height="28" style="height:21.00pt;"><td class="et6" colspan="6" x:str>填报单位：{p['dept']}（盖章）　　　　　　　　　　　　　金额单位：万元</td></tr>
<tr height="28" style="height:21.00pt;"><td class="et2" x:str>项目名称</td><td class="et4" colspan="3" x:str>{e(t['project'])}</td><td class="et2" x:str>项目资金</td><td class="et5" x:num="{p['amount'][0]}">{p['amount'][0]}</td></tr>
<tr height="28" style="height:21.00pt;"><td class="et2" x:str>主管部门</td><td class="et4" colspan="3" x:str>{p['dept']}</td><td class="et2" x:str>实施单位</td><td class="et4" x:str>{p['unit_name']}</td></tr>
<tr height="28" style="height:21.00pt;"><td class="et2" x:str>一级指标</td><td class="et2" x:str>二级指标</td><td class="et2" x:str>三级指标</td><td class="et2" x:str>计算符号</td><td class="et2" x:str>指标值</td><td class="et2" x:str>计量单位</td></tr>
{body}
</table>
<!--EndFragment-->
</div>"""
    css = """
.TRS_UEDITOR{font-size:16px;line-height:1.8}
.et1{text-align:center;font-size:18pt;font-weight:700;font-family:宋体}
.et2{text-align:center;font-weight:700;border:.5pt solid #000;font-size:11pt;background:#d9e1f2}
.et3{text-align:center;border:.5pt solid #000;font-size:11pt}
.et4{text-align:left;border:.5pt solid #000;font-size:11pt;white-space:normal}
.et5{text-align:right;border:.5pt solid #000;font-size:11pt}
.et6{text-align:left;font-size:10pt}
"""
    return chrome(p, content, css=css, crumb="政务公开 &gt; 财政资金 &gt; 正文")


def page09(p):
    t = p["tables"][0]
    rows = parse(t)
    a = p["amount"]

    def td(x, at, role):
        return f'<td{at} class="{role}">{e(x)}</td>'
    body = "\n".join("<tr>" + "".join(cells_of(r, t["cols"].split(), td)) + "</tr>" for r in rows)
    content = f"""<table class="xxgk-meta"><tr><th>索 引 号：</th><td>11532426MB0K71523Q/2025-00031</td><th>主题分类：</th><td>财政、金融、审计</td></tr>
<tr><th>发布机构：</th><td>{p['dept']}</td><th>成文日期：</th><td>2025-02-13</td></tr>
<tr><th>名　　称：</th><td colspan="3">{p['dept']}2025年部门整体支出绩效目标</td></tr></table>
<div class="zw" id="zoom">
<h2 class="tt">2025年部门整体支出绩效目标表</h2>
<table class="dept" border="1" cellspacing="0">
<colgroup><col style="width:16%"><col style="width:18%"><col style="width:40%"><col style="width:26%"></colgroup>
<tbody>
<tr><td class="h">部门名称</td><td colspan="3">{p['dept']}</td></tr>
<tr><td class="h" rowspan="3">年度预算申请（万元）</td><td>资金总额</td><td colspan="2">{a[0]}</td></tr>
<tr><td>其中：基本支出</td><td colspan="2">{a[1]}</td></tr>
<tr><td>项目支出</td><td colspan="2">{a[2]}</td></tr>
<tr><td class="h" rowspan="3">年度主要任务</td><td class="h">任务名称</td><td class="h" colspan="2">主要内容</td></tr>
<tr><td>依法监督</td><td colspan="2">听取审议专项工作报告，开展执法检查、专题询问和专题调研。</td></tr>
<tr><td>代表工作</td><td colspan="2">组织代表培训和视察活动，办理代表建议，建好用好代表之家（站）。</td></tr>
<tr><td class="h">年度总体目标</td><td colspan="3">{p['goal']}</td></tr>
<tr><td class="h" colspan="4">年度绩效指标</td></tr>
<tr><td class="h">一级指标</td><td class="h">二级指标</td><td class="h">三级指标</td><td class="h">指标值</td></tr>
{body}
</tbody>
</table>
</div>"""
    css = """
.xxgk-meta{width:100%;border:1px solid #ddd;background:#fafafa;font-size:13px;margin-bottom:16px}.xxgk-meta th{text-align:right;font-weight:normal;color:#666;width:90px;padding:4px}
.tt{text-align:center;font-size:18px}
.dept{width:100%;border-collapse:collapse;font-size:14px}.dept td{border:1px solid #333;padding:6px 8px}
.dept td.h{text-align:center;font-weight:bold;background:#f2f2f2}.dept td.l1,.dept td.l2{text-align:center}
"""
    print_css = ".topbar,.banner,.nav,.crumb,.share,.xxgk-meta{display:none}body{background:#fff}"
    return chrome(p, content, css=css, print_css=print_css, title=f"{p['dept']}2025年部门整体支出绩效目标",
                  crumb="信息公开 &gt; 法定主动公开内容 &gt; 预决算")


def page10(p):
    t = p["tables"][0]
    rows = parse(t)

    def td(x, at, role):
        al = ' style="text-align:center"' if role in ("l1", "l2") else ""
        return f'<td{at} class="ant-table-cell"{al}>{e(x)}</td>'
    body = "\n".join(f'<tr data-row-key="{i + 1}" class="ant-table-row ant-table-row-level-0">' + "".join(cells_of(r, t["cols"].split(), td)) + "</tr>"
                     for i, r in enumerate(rows))
    heads = ["一级指标", "二级指标", "三级指标", "指标值"]
    th = "".join(f'<th class="ant-table-cell" colstart="{i}" colend="{i}" style="text-align:center">{h}</th>' for i, h in enumerate(heads))
    content = f"""<div id="app" data-v-app=""><div class="detail-page" data-v-2f8a91c4="">
<div class="ant-descriptions ant-descriptions-small"><div class="ant-descriptions-view"><table><tbody>
<tr class="ant-descriptions-row"><td class="ant-descriptions-item" colspan="2"><span class="ant-descriptions-item-label">项目名称</span><span class="ant-descriptions-item-content">{e(t['project'])}</span></td></tr>
<tr class="ant-descriptions-row"><td class="ant-descriptions-item"><span class="ant-descriptions-item-label">主管部门</span><span class="ant-descriptions-item-content">{p['dept']}</span></td><td class="ant-descriptions-item"><span class="ant-descriptions-item-label">实施单位</span><span class="ant-descriptions-item-content">{p['unit_name']}</span></td></tr>
<tr class="ant-descriptions-row"><td class="ant-descriptions-item"><span class="ant-descriptions-item-label">预算金额（万元）</span><span class="ant-descriptions-item-content">{p['amount'][0]}</span></td><td class="ant-descriptions-item"><span class="ant-descriptions-item-label">绩效目标</span><span class="ant-descriptions-item-content">{p['goal']}</span></td></tr>
</tbody></table></div></div>
<div class="ant-table-wrapper"><div class="ant-spin-nested-loading"><div class="ant-spin-container"><div class="ant-table ant-table-middle"><div class="ant-table-container"><div class="ant-table-content">
<table style="table-layout:auto"><colgroup><col style="width:110px"><col style="width:130px"><col><col style="width:200px"></colgroup>
<thead class="ant-table-thead"><tr>{th}</tr></thead>
<tbody class="ant-table-tbody">
{body}
</tbody></table>
</div></div></div></div></div></div>
</div></div>"""
    css = """
.ant-descriptions-view table{width:100%;font-size:14px;margin-bottom:14px}.ant-descriptions-item{padding:4px 8px;vertical-align:top}
.ant-descriptions-item-label{color:rgba(0,0,0,.45);margin-right:8px}.ant-descriptions-item-label:after{content:"："}
.ant-table table{width:100%;border-collapse:separate;border-spacing:0;font-size:14px}
.ant-table-thead>tr>th{background:#fafafa;font-weight:600;padding:12px 8px;border-bottom:1px solid #f0f0f0;color:rgba(0,0,0,.88)}
.ant-table-tbody>tr>td{padding:12px 8px;border-bottom:1px solid #f0f0f0;color:rgba(0,0,0,.88)}
"""
    return chrome(p, content, css=css, crumb="政务公开 &gt; 预算绩效 &gt; 项目绩效目标")


def page11(p):
    t = p["tables"][0]
    rows = parse(t)

    def td(x, at, role):
        return f'<td{at} class="{role}">{e(x)}</td>'
    body = "\n".join("<tr>" + "".join(cells_of(r, t["cols"].split(), td)) + "</tr>" for r in rows)
    content = f"""<div class="article" id="Zoom">
<p>项目名称：{e(t['project'])}<br>主管部门：{p['dept']}　　实施单位：{p['unit_name']}<br>项目金额：{p['amount'][0]}万元<br>绩效目标：{p['goal']}</p>
<table class="zbtable" cellspacing="0" cellpadding="0">
<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead>
<tbody>
{body}
</tbody>
</table>
</div>"""
    css = """
.article{font-size:15px;line-height:1.9}
.zbtable{width:92%;margin:10px auto;border-collapse:collapse;font-size:14px}
.zbtable th{border-top:2px solid #2d7d46;border-bottom:1px solid #2d7d46;padding:8px;color:#2d7d46}
.zbtable td{border-bottom:1px solid #d6d6d6;padding:7px 8px}.zbtable td.l1,.zbtable td.l2{text-align:center;border-right:1px solid #f0f0f0}
"""
    print_css = ".topbar,.banner,.nav,.crumb,.share,.footer,.meta{display:none}body{background:#fff}.art{padding:0}"
    return chrome(p, content, css=css, print_css=print_css, crumb="政务公开 &gt; 水利建设 &gt; 河湖管理")


def page12(p):
    t = p["tables"][0]
    rows = parse(t)

    def td(x, at, role):
        nw = ' class="text-nowrap"' if role in ("l1", "l2") else ""
        return f'<td{at}{nw}>{e(x)}</td>'
    body = "\n".join("<tr>" + "".join(cells_of(r, t["cols"].split(), td, seq=i + 1)) + "</tr>" for i, r in enumerate(rows))
    content = f"""<div class="m-article">
<div class="m-info"><p><b>项目名称：</b>{e(t['project'])}</p><p><b>主管部门：</b>{p['dept']}</p><p><b>实施单位：</b>{p['unit_name']}</p><p><b>预算金额：</b>{p['amount'][0]}万元</p><p><b>年度目标：</b>{p['goal']}</p></div>
<div class="table-responsive">
<table class="table table-bordered" style="min-width:1100px">
<thead><tr><th>序号</th><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th><th>备注</th></tr></thead>
<tbody>
{body}
</tbody>
</table>
</div>
<p class="tip">← 左右滑动查看完整表格 →</p>
</div>"""
    css = """
.m-article{font-size:15px;line-height:1.8}.m-info p{margin:2px 0}
.table-responsive{overflow-x:auto;-webkit-overflow-scrolling:touch}
.table{border-collapse:collapse;font-size:14px}.table td,.table th{border:1px solid #999;padding:6px 8px}.table th{background:#eef}
.text-nowrap{white-space:nowrap}.tip{font-size:12px;color:#999;text-align:center}
@media (max-width:768px){.topbar,.banner .so{display:none}.banner{height:56px}.banner .logo{font-size:18px;line-height:56px}.nav li{padding:0 8px}.nav a{font-size:14px}.art{padding:10px 12px}}
"""
    return chrome(p, content, css=css, crumb="政务公开 &gt; 预算绩效")


def page13(p):
    parts = []
    for k, t in enumerate(p["tables"]):
        rows = parse(t)

        def td(x, at, role):
            return f'<td{at}>{e(x)}</td>'
        body = "\n".join("<tr>" + "".join(cells_of(r, t["cols"].split(), td)) + "</tr>" for r in rows)
        parts.append(f"""<h4>{"一二"[k]}、{e(t['project'])}</h4>
<p>主管部门：{p['dept']}　实施单位：{p['unit_name']}　项目资金：{t['amount']}万元</p>
<table border="0" cellpadding="5" cellspacing="0" width="100%">
<tr><td><b>一级指标</b></td><td><b>二级指标</b></td><td><b>三级指标</b></td><td><b>指标值</b></td></tr>
{body}
</table>""")
    content = '<div class="news_content">\n<p>现将我局2025年部分项目绩效目标公开如下：</p>\n' + "\n".join(parts) + "\n</div>"
    css = ".news_content{font-size:15px;line-height:1.8}.news_content table{font-size:14px}.news_content h4{margin:18px 0 4px}"
    return chrome(p, content, css=css, title=f"{p['dept']}2025年项目绩效目标公开", crumb="政务公开 &gt; 财政预决算")


def page14(p):
    t = p["tables"][0]
    rows = parse(t)
    out, n = [], 0
    for r in rows:
        if not r["l1_cont"]:
            n += 1
            out.append(f'<tr class="grp"><td colspan="3">{"一二三"[n - 1]}、{r["L1"]}</td></tr>')
        cs = []
        if not r["l2_cont"]:
            sp = r["l2_span"]
            cs.append(f'<td{f" rowspan={sp!r}" if sp > 1 else ""} class="l2">{r["l2"]}</td>')
        cs.append(f'<td>{e(r["name"])}</td><td class="v">{e(r["val"])}</td>')
        out.append("<tr>" + "".join(cs) + "</tr>")
    body = "\n".join(out)
    content = f"""<div class="view TRS_UEDITOR trs_paper_default">
<p>项目名称：{e(t['project'])}</p><p>主管部门：{p['dept']}　　实施单位：{p['unit_name']}</p><p>资金总额：{p['amount'][0]}万元</p><p>年度目标：{p['goal']}</p>
<table class="gt">
<thead><tr><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead>
<tbody>
{body}
</tbody>
</table>
</div>"""
    css = """
.view{font-size:15px;line-height:1.8}.view p{margin:2px 0}
.gt{width:100%;border-collapse:collapse;font-size:14px;margin-top:10px}.gt th{border-bottom:2px solid #555;padding:8px;text-align:left}
.gt td{border-bottom:1px solid #ccc;padding:7px 8px}.gt tr.grp td{font-weight:bold;background:#f5f5f5;border-bottom:1px solid #888}
.gt td.l2{vertical-align:top;color:#444}
"""
    return chrome(p, content, css=css, crumb="政务公开 &gt; 住房保障")


def page15(p):
    t = p["tables"][0]
    rows = parse(t)

    def td(x, at, role):
        return f'<td{at}>{e(x)}</td>'
    body = "\n".join("<tr>" + "".join(cells_of(r, t["cols"].split(), td)) + "</tr>" for r in rows)
    content = f"""<div class="TRS_Editor">
<p>项目名称：{e(t['project'])}</p>
<p>主管部门：{p['dept']}　　项目资金：{p['amount'][0]}万元</p>
<p>年度绩效目标：{p['goal']}</p>
<table class="sanxian">
<caption>表1　{e(t['project'])}绩效指标</caption>
<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead>
<tbody>
{body}
</tbody>
</table>
</div>"""
    css = """
.TRS_Editor{font-size:15px;line-height:1.9}
.sanxian{width:100%;border-collapse:collapse;border-top:2px solid #000;border-bottom:2px solid #000;font-size:14px}
.sanxian caption{font-weight:bold;padding:6px}.sanxian thead th{border-bottom:1px solid #000;padding:6px}
.sanxian td{padding:5px 8px;vertical-align:middle}
"""
    print_css = ".topbar,.nav,.share,.footer{display:none}"
    return chrome(p, content, css=css, print_css=print_css, crumb="委员履职 &gt; 通知公告")


def page16(p):
    t = p["tables"][0]
    rows = parse(t)
    a = p["amount"]

    def td(x, at, role):
        return f'<td{at} class="{role}">{e(x)}</td>'
    body = "\n".join("<tr>" + "".join(cells_of(r, t["cols"].split(), td, seq=i + 1)) + "</tr>" for i, r in enumerate(rows))
    content = f"""<div class="TRS_Editor"><div class="Custom_UnionStyle">
<p>一、项目名称：{e(t['project'])}</p>
<p>二、主管部门：{p['dept']}；实施单位：{p['unit_name']}</p>
<p>三、项目资金：{a[0]}万元，其中中央补助资金{a[1]}万元、县级配套资金{a[2]}万元</p>
<p>四、年度绩效目标：{p['goal']}</p>
<p>五、绩效指标</p>
<table class="grid" border="1" cellspacing="0" cellpadding="0">
<thead><tr><th width="6%">序号</th><th width="13%">一级指标</th><th width="16%">二级指标</th><th width="40%">三级指标</th><th width="25%">指标值</th></tr></thead>
<tbody>
{body}
</tbody>
</table>
</div></div>"""
    css = """
.TRS_Editor{font-size:16px;line-height:2}.TRS_Editor p{margin:4px 0}
.grid{width:100%;border-collapse:collapse;font-size:14px;line-height:1.6}.grid th,.grid td{border:1px solid #000;padding:8px 6px}
.grid th{background:#e8e8e8}.grid td.seq,.grid td.l1,.grid td.l2,.grid td.val{text-align:center}
"""
    return chrome(p, content, css=css, crumb="政务公开 &gt; 文化旅游 &gt; 正文")


PAGES = {f"{i:02d}": f for i, f in enumerate([page01, page02, page03, page04, page05, page06, page07, page08, page09, page10,
                                                page11, page12, page13, page14, page15, page16], 1)}


# ----------------------------------------------------------------------------- xlsx / docx
def write_xlsx_05(p, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    t = p["tables"][0]
    rows = parse(t)
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效自评表"
    thin = Side(style="thin", color="000000")
    B = Border(left=thin, right=thin, top=thin, bottom=thin)
    C = Alignment(horizontal="center", vertical="center", wrap_text=True)
    L = Alignment(horizontal="left", vertical="center", wrap_text=True)
    ws.append(["项目支出绩效自评表"]); ws.merge_cells("A1:H1")
    ws["A1"].font = Font(name="宋体", size=16, bold=True); ws["A1"].alignment = C
    ws.append(["（2024年度）"]); ws.merge_cells("A2:H2"); ws["A2"].alignment = C
    ws.append(["项目名称", None, t["project"]]); ws.merge_cells("A3:B3"); ws.merge_cells("C3:H3")
    ws.append(["主管部门", None, p["dept"], None, "实施单位", None, p["unit_name"]])
    ws.merge_cells("A4:B4"); ws.merge_cells("C4:D4"); ws.merge_cells("E4:F4"); ws.merge_cells("G4:H4")
    ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    start = 6
    for i, r in enumerate(rows):
        ws.append([r["l1"] or None, r["l2"] or None, r["name"], r["val"], r["act"],
                   int(r["sc"]), int(r["got"]), r["rsn"] or None])
    for r in rows:
        pass
    # merges for categories
    for key, col in (("l1", "A"), ("l2", "B")):
        for i, r in enumerate(rows):
            if not r[key + "_cont"] and r[key + "_span"] > 1:
                ws.merge_cells(f"{col}{start + i}:{col}{start + i + r[key + '_span'] - 1}")
    end = start + len(rows) - 1
    ws.append(["总分", None, None, None, None, 100, 94.6, None]); ws.merge_cells(f"A{end + 1}:E{end + 1}")
    for row in ws.iter_rows(min_row=3, max_row=end + 1, max_col=8):
        for c in row:
            c.border = B
            c.alignment = L if c.column in (3, 8) and c.row >= start else C
            if c.row == 5:
                c.font = Font(bold=True)
    for col, w in zip("ABCDEFGH", (11, 13, 30, 15, 15, 7, 7, 30)):
        ws.column_dimensions[col].width = w
    for rr in range(start, end + 1):
        ws.row_dimensions[rr].height = 30
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    wb.save(path)


def write_xlsx_08(p, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    t = p["tables"][0]
    rows = parse(t)
    wb = Workbook()
    ws = wb.active
    ws.title = "项目绩效目标表"
    thin = Side(style="thin", color="000000")
    B = Border(left=thin, right=thin, top=thin, bottom=thin)
    C = Alignment(horizontal="center", vertical="center", wrap_text=True)
    L = Alignment(horizontal="left", vertical="center", wrap_text=True)
    ws.append([f"{t['project']}绩效目标表"]); ws.merge_cells("A1:F1")
    ws["A1"].font = Font(name="黑体", size=18); ws["A1"].alignment = C
    ws.row_dimensions[1].height = 40
    ws.append([f"填报单位：{p['dept']}（盖章）", None, None, None, "金额单位：万元"]); ws.merge_cells("A2:D2"); ws.merge_cells("E2:F2")
    ws.append(["项目名称", t["project"], None, None, "项目资金", float(p["amount"][0])]); ws.merge_cells("B3:D3")
    ws.append(["主管部门", p["dept"], None, None, "实施单位", p["unit_name"]]); ws.merge_cells("B4:D4")
    ws.append(["年度绩效目标", p["goal"]]); ws.merge_cells("B5:F5"); ws.row_dimensions[5].height = 60
    ws.append(["一级指标", "二级指标", "三级指标", "计算符号", "指标值", "计量单位"])
    start = 7
    for r in rows:
        num = r["num"]
        if re.fullmatch(r"\d+", num):
            num = int(num)
        ws.append([r["l1"] or None, r["l2"] or None, r["name"], r["op"], num, r["unit"] or None])
    for key, col in (("l1", "A"), ("l2", "B")):
        for i, r in enumerate(rows):
            if not r[key + "_cont"] and r[key + "_span"] > 1:
                ws.merge_cells(f"{col}{start + i}:{col}{start + i + r[key + '_span'] - 1}")
    end = start + len(rows) - 1
    ws.append([]); ws.append(["填表人：覃若川　　联系电话：0774-3821665　　填报日期：2025年3月10日"])
    ws.merge_cells(f"A{end + 2}:F{end + 2}")
    fill = PatternFill("solid", fgColor="D9E1F2")
    for row in ws.iter_rows(min_row=3, max_row=end, max_col=6):
        for c in row:
            c.border = B
            c.alignment = L if (c.column == 3 and c.row >= start) or (c.row == 5 and c.column == 2) else C
            if c.row == 6 or (c.row < 6 and c.column in (1, 5)):
                c.font = Font(bold=True); c.fill = fill
    for col, w in zip("ABCDEF", (9, 11, 26, 7, 8, 8)):
        ws.column_dimensions[col].width = w
    for rr in range(start, end + 1):
        ws.row_dimensions[rr].height = 48
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.print_options.horizontalCentered = True
    ws.print_title_rows = "6:6"
    wb.save(path)


def write_docx_09(p, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    t = p["tables"][0]
    rows = parse(t)
    a = p["amount"]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Sans CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", "Noto Sans CJK SC")
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = h.add_run("2025年部门整体支出绩效目标表"); run.bold = True; run.font.size = Pt(16)
    doc.add_paragraph(f"部门名称：{p['dept']}")
    doc.add_paragraph(f"年度预算申请：资金总额{a[0]}万元，其中基本支出{a[1]}万元、项目支出{a[2]}万元。")
    doc.add_paragraph(f"年度总体目标：{p['goal']}")
    tb = doc.add_table(rows=1 + len(rows), cols=4)
    tb.style = "Table Grid"
    for i, hname in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
        c = tb.cell(0, i); c.text = hname; c.paragraphs[0].runs[0].bold = True
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, r in enumerate(rows, 1):
        tb.cell(i, 2).text = r["name"]
        tb.cell(i, 3).text = r["val"]
    for key, col in (("l1", 0), ("l2", 1)):
        for i, r in enumerate(rows, 1):
            if not r[key + "_cont"]:
                top = tb.cell(i, col)
                if r[key + "_span"] > 1:
                    top = top.merge(tb.cell(i + r[key + "_span"] - 1, col))
                top.text = r[key]
                top.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("")
    doc.add_paragraph("单位负责人：滕佑安　　　　财务负责人：鄢少卿　　　　填表人：岑语桐")
    doc.save(path)


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    for p in DATA:
        with open(os.path.join(outdir, f"{p['id']}_{p['slug']}.html"), "w", encoding="utf-8") as f:
            f.write(PAGES[p["id"]](p))
    byid = {p["id"]: p for p in DATA}
    write_xlsx_05(byid["05"], os.path.join(outdir, "05_shequ.xlsx"))
    write_xlsx_08(byid["08"], os.path.join(outdir, "08_nongchang.xlsx"))
    write_docx_09(byid["09"], os.path.join(outdir, "09_renda.docx"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
