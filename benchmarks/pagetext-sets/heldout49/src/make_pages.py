"""Held-out set 49: the hand-typed tables (DATA) and the writers for html, xlsx, docx and typst.

DATA, per page:
  id, slug, place, dept, project, amount, year, kind ('target' | 'selfeval'), menu (left-menu item), ...
  cols  : the role of each data column, space separated:
          seq (序号), l1 (一级), l2 (二级), name (三级), val (指标值 / 年度指标值 / 年度目标值),
          per (长期目标 / 实施期), op / num / unit (计算符号 / 指标值 / 计量单位: joined into the value),
          act (实际完成值), score (分值), got (得分), rsn (偏差原因), std (评分标准), rem (备注)
  head  : header rows, one a line, cells split by '|'; a cell 'label@r2' spans 2 rows, 'label@c3' 3 columns
  rows  : one a line, cells split by '|'; an empty l1/l2 cell continues the category above
          (rowspan in html, merged cell in xlsx/docx/typst) unless merge=False (categories written on every row)
Gold rows, PDF expected rows, html, xlsx, docx and typst all come from DATA; nothing comes from tool output.
"""
import html as H
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

L1 = [("满意度", "3"), ("成本", "1"), ("产出", "1"), ("效益", "2")]
L2 = [("服务对象满意度", "31"), ("满意度", "31"), ("数量", "11"), ("质量", "12"), ("时效", "13"),
      ("经济成本", "14"), ("社会成本", "14"), ("生态环境成本", "14"), ("成本", "14"),
      ("经济效益", "21"), ("社会效益", "22"), ("生态效益", "23"), ("可持续", "24")]


def code(text, table):
    for k, c in table:
        if k in text:
            return c
    raise ValueError(text)


DATA = [
dict(id="01", tel="0912-6231047", slug="xiaohuoshuan", place="峁川县", dept="峁川县住房和城乡建设局",
     project="峁川县2026年市政消火栓建设维护项目", amount="286.50", year=2026, kind="target",
     date="2026-02-11 16:20", menu="预算绩效", hits="1287",
     topic="市政消火栓", sitecode="6112300047", icp="陕ICP备2021008813号-2", gaba="61112302000147",
     goal="新建市政消火栓120座以上，维修更换损坏消火栓85座以上，城区消防供水覆盖率较上年提高5个百分点，火灾扑救取水半径控制在150米以内。",
     shape=dict(header="twolevel", style="ruled"),
     cols="l1 l2 name val",
     head="绩效指标@c3|指标值@r2\n一级指标|二级指标|三级指标",
     rows="""产出指标|数量指标|新建市政消火栓数量|≥120座
||维修更换损坏消火栓|≥85座
||其中：老旧小区周边消火栓|≥40座
||消火栓巡检频次|每季度1次
|质量指标|新建消火栓验收合格率|100%
||消火栓出水压力达标率|≥95%
||消火栓位置标识设置率|≥98%
|时效指标|新建消火栓完工时间|2026年11月底前
||损坏消火栓修复时限|发现后48小时内
|成本指标|单座地上式消火栓建设成本|≤1.2万元/座
效益指标|社会效益指标|城区消防供水覆盖率|较上年提高5个百分点
||火灾扑救取水半径|≤150米
|可持续影响指标|消火栓日常管护机制|长效运行
满意度指标|服务对象满意度指标|周边居民满意度|≥90%"""),

dict(id="02", tel="0350-5128816", slug="xueshengnai", place="崞溪县", dept="崞溪县教育局",
     project="崞溪县2026年学生饮用奶计划推广项目", amount="412.30", year=2026, kind="target",
     date="2026-01-29 10:05", menu="部门预算", hits="964",
     topic="学生饮用奶", sitecode="1409270018", icp="晋ICP备2022013579号-1", gaba="14092702000211",
     goal="为全县46所学校（幼儿园）1.35万名在校学生提供学生饮用奶，年度供奶不少于170天，学生奶产品抽检合格率100%。",
     shape=dict(header="simple", style="zebra"),
     cols="l1 l2 name val",
     head="一级指标|二级指标|三级指标|指标值",
     rows="""产出指标|数量指标|学生饮用奶供应学校数|46所
||供应学生人数|≥1.35万人
||其中：农村义务教育阶段学生|≥9800人
||其中：学前教育幼儿|≥2100人
||年度供奶天数|不少于170天
|质量指标|学生奶产品抽检合格率|100%
||供奶企业资质审核通过率|100%
|时效指标|每日配送到校时间|上午第一节课前
|成本指标|每份学生奶财政补助标准|≤1.5元/份
效益指标|社会效益指标|学生营养健康知识知晓率|不低于80%
|可持续影响指标|学生饮用奶冷链配送体系|持续完善
满意度指标|服务对象满意度指标|学生及家长满意度|≥92%"""),

dict(id="03", tel="0797-8320451", slug="biyunyaoju", place="嶂城区", dept="嶂城区卫生健康局",
     project="嶂城区2026年免费避孕药具发放项目", amount="58.60", year=2026, kind="target",
     date="2026-02-03 09:41", menu="专项资金", hits="503",
     topic="免费避孕药具", sitecode="3607120026", icp="赣ICP备2020047716号-3", gaba="36071202000389",
     goal="在全区设置免费避孕药具发放点位180个以上，投放自助发放机25台，全年提供药具发放服务8000人次以上，育龄群众避孕节育知识知晓率达85%以上。",
     shape=dict(header="simple", style="ruled", layout="lcr"),
     cols="seq l1 l2 name val",
     head="序号|一级指标|二级指标|三级指标|指标值",
     rows="""1|产出指标|数量指标|免费避孕药具发放点位数|≥180个
2|||自助发放机投放数量|25台
3|||药具发放服务人次|8000人次以上
4||质量指标|药具在有效期内发放率|100%
5|||自助发放机正常运行率|≥95%
6||时效指标|药具申领办理时限|收到申请之日起15个工作日内
7||成本指标|自助发放机单台购置成本|≤2.8万元/台
8|效益指标|社会效益指标|育龄群众避孕节育知识知晓率|≥85%
9|||非意愿妊娠发生情况|有所下降
10|满意度指标|服务对象满意度指标|育龄群众满意度|≥90%"""),

dict(id="04", tel="0837-6612309", slug="cunshiguan", place="湫阳县", dept="湫阳县文化和旅游局",
     project="湫阳县2025年村史馆建设项目", amount="216.00", year=2025, kind="selfeval",
     date="2026-03-18 15:12", menu="绩效自评", hits="742",
     topic="村史馆", sitecode="5134250031", icp="川ICP备2019032468号-1", gaba="51342502000463",
     goal="年度目标：建成12个村史馆，征集村史实物展品600件以上，年接待参观3万人次以上。完成情况：12个村史馆全部建成开放，征集展品683件，全年接待参观3.42万人次。",
     budget=("216.00", "216.00", "209.52", "10", "97.0%", "9.7"), total=("100", "94.7"),
     shape=dict(header="simple", style="ruled"),
     cols="l1 l2 name val act score got rsn",
     head="一级指标|二级指标|三级指标|年度目标值|实际完成值|分值|得分|偏差原因分析及改进措施",
     rows="""产出指标|数量指标|新建村史馆数量|12个|12个|10|10|
||征集村史实物展品|≥600件|683件|10|10|
|质量指标|村史馆建设验收合格率|100%|100%|10|10|
||展陈内容审核通过率|100%|91.7%|10|8|1个村史馆展陈文字需修改，已责令12月底前整改
|时效指标|项目完成时间|2025年10月底前|2025年12月15日|10|7|受雨季影响施工延期，今后加强进度调度
|成本指标|单个村史馆建设补助|≤18万元/个|16.5万元/个|10|10|
效益指标|社会效益指标|年参观人次|≥3万人次|3.42万人次|15|15|
|可持续影响指标|村史馆日常开放管理机制|建立并运行|已建立|5|5|
满意度指标|服务对象满意度指标|村民及参观群众满意度|≥90%|93.6%|10|10|"""),

dict(id="05", tel="0523-8876102", slug="malasong", place="洇西县", dept="洇西县文化体育和旅游局",
     project="洇西县2026年半程马拉松赛事项目", amount="380.00", year=2026, kind="target",
     date="2026-01-22 11:30", menu="部门预算", hits="2031",
     topic="马拉松赛事", sitecode="3210560012", icp="苏ICP备2023019932号-1", gaba="32105602000075",
     goal="成功举办洇西半程马拉松赛事，参赛人数8000人以上，实现赛事零事故，带动住宿餐饮消费约1500万元，提升城市品牌知名度。",
     shape=dict(header="simple", style="nolines"),
     cols="l1 l2 name val",
     head="一级指标|二级指标|三级指标|指标值",
     rows="""产出指标|数量指标|赛事参赛人数|≥8000人
||赛事志愿者招募人数|≥600人
||沿线医疗救护点设置|不少于20个
|质量指标|赛事安全责任事故|零事故
||医疗救护响应到位率|百分之百
||赛道丈量认证|通过中国田径协会认证
|时效指标|赛事举办时间|2026年4月中旬
|成本指标|赛事组织保障经费|≤380万元
效益指标|经济效益指标|带动住宿餐饮消费|约1500万元
|社会效益指标|赛事直播观看人次|≥50万人次
|可持续影响指标|城市品牌知名度|持续提升
满意度指标|服务对象满意度指标|参赛选手满意度|≥90%"""),

dict(id="06", tel="0739-7218834", slug="zhizhong", place="嵛山县", dept="嵛山县农业农村局",
     project="嵛山县2026年杂交水稻制种基地建设项目", amount="1860.00", year=2026, kind="target",
     date="2026-02-06 17:48", menu="专项资金", hits="688",
     topic="杂交水稻制种", sitecode="4312580009", icp="湘ICP备2018026604号-1", gaba="43125802000562",
     goal="稳定杂交水稻制种基地面积2.6万亩以上，新建高标准制种田3000亩、烘干中心2个，年产杂交水稻种子750万公斤以上，种子质量达到国家标准。",
     shape=dict(header="simple", style="ruled"),
     cols="l1 l2 name val",
     head="一级指标|二级指标|三级指标|指标值",
     rows="""产出指标|数量指标|制种基地面积|≥2.6万亩
||其中：核心示范区面积|≥5000亩
||新建高标准制种田|3000亩
||新建种子烘干中心|2个
||种子晒场建设|≥12000平方米
||培训制种农户|≥1500人次
||病虫害统防统治面积|≥2.2万亩
|质量指标|种子纯度|≥99%
||种子发芽率|≥85%
||种子净度|≥98%
||种子水分|≤13%
||田间检验覆盖率|100%
|时效指标|基础设施建设完成时间|2026年6月30日前
||收获后种子烘干时限|收获后24小时内
|成本指标|高标准制种田建设成本|≤3000元/亩
||烘干中心建设投资|≤450万元/个
效益指标|经济效益指标|制种农户亩均增收|≥400元
||年产杂交水稻种子|≥750万公斤
|社会效益指标|带动脱贫户（含监测户）参与制种|≥320户
满意度指标|服务对象满意度指标|制种农户满意度|≥90%"""),

dict(id="07", tel="0456-6627153", slug="bingxue", place="涔水县", dept="涔水县教育体育局",
     project="涔水县2025年冰雪运动进校园项目", amount="96.00", year=2025, kind="selfeval",
     date="2026-04-02 09:15", menu="绩效自评", hits="415",
     topic="冰雪运动进校园", sitecode="2307830021", icp="黑ICP备2020005127号-2", gaba="23078302000318",
     goal="年度目标：创建冰雪运动特色学校8所，参与冰雪运动学生6000人以上。完成情况：创建特色学校8所，6420名学生参与冰雪运动，17所学校开展陆地冰壶教学。",
     budget=("96.00", "96.00", "88.32", "10", "92.0%", "9.2"), total=("100", "93.7"),
     shape=dict(header="simple", style="ruled", merge=False),
     cols="seq l1 l2 name val act score got rsn",
     head="序号|一级指标|二级指标|三级指标|年度目标值|实际完成值|分值|得分|偏差原因分析及改进措施",
     rows="""1|产出指标|数量指标|冰雪运动特色学校创建数|8所|8所|10|10|
2|产出指标|数量指标|参与冰雪运动学生人数|≥6000人|6420人|10|10|
3|产出指标|数量指标|其中：开展陆地冰壶教学学校|≥20所|17所|10|8.5|部分学校场地不足，2026年统筹校际共享场地
4|产出指标|质量指标|冰雪运动教师培训合格率|≥95%|96.8%|10|10|
5|产出指标|时效指标|冰雪器材配送完成时间|2025年11月底前|2025年11月26日|5|5|
6|产出指标|成本指标|陆地冰壶器材采购单价|≤1.6万元/套|1.52万元/套|5|5|
7|效益指标|社会效益指标|学生体质健康达标率|较上年提高2个百分点|提高1.6个百分点|20|16|冬季气温偏高，室外冰场开放天数少
8|效益指标|可持续影响指标|冰雪运动课程纳入校本课程|长期坚持|已纳入|10|10|
9|满意度指标|服务对象满意度指标|学生满意度|≥90%|94.2%|5|5|
10|满意度指标|服务对象满意度指标|家长满意度|≥90%|91.5%|5|5|"""),

dict(id="08", tel="0751-8813620", slug="laozihao", place="浈口县", dept="浈口县商务局",
     project="浈口县2026年老字号传承保护项目", amount="150.00", year=2026, kind="target",
     date="2026-02-17 14:02", menu="部门预算", hits="577",
     topic="老字号传承保护", sitecode="4402690035", icp="粤ICP备2021104455号-1", gaba="44026902000734",
     goal="支持15家以上老字号企业传承技艺、创新发展，举办老字号展销活动3场，老字号产品线上销售8000件以上。",
     shape=dict(header="simple", style="threeline"),
     cols="l1 l2 name val",
     head="一级指标|二级指标|三级指标|指标值",
     rows="""产出指标|数量指标|支持老字号企业数量|≥15家
||老字号产品线上销售|8000件以上
||举办老字号展销活动|3场
|质量指标|老字号企业复核认定通过率|100%
|时效指标|奖补资金拨付时间|2026年9月30日前
效益指标|经济效益指标|老字号企业营业收入增长率|≥8%
|社会效益指标|老字号品牌宣传覆盖人次|≥20万人次
满意度指标|服务对象满意度指标|老字号企业满意度|≥90%"""),

dict(id="09", tel="0906-5562218", slug="yanjiandi", place="岜南县", dept="岜南县农业农村局",
     project="岜南县2026年盐碱地综合改良利用项目", amount="2700.00", year=2026, kind="target",
     date="2026-02-09 08:55", menu="专项资金", hits="896",
     topic="盐碱地综合改良", sitecode="6522310054", icp="新ICP备2022000873号-1", gaba="65223102000096",
     goal="完成盐碱地改良1.8万亩，实施暗管排盐工程1200亩，改良区土壤含盐量下降20%以上，粮食亩产增加80公斤以上。",
     shape=dict(header="splitvalue", style="ruled"),
     cols="l1 l2 name op num unit",
     head="一级指标@r2|二级指标@r2|三级指标@r2|指标值@c3\n计算符号|指标值|计量单位",
     rows="""产出指标|数量指标|盐碱地改良面积|≥|1.8|万亩
||暗管排盐工程|≥|1200|亩
||其中：重度盐碱地改良面积|≥|3000|亩
||施用土壤调理剂|≥|2400|吨
|质量指标|改良区土壤含盐量下降|≥|20|%
||工程验收合格率|≥|95|%
|时效指标|项目完工时间|定性|2026年10月底前|
|成本指标|亩均改良成本|≤|1500|元/亩
效益指标|经济效益指标|改良区粮食亩产增加|≥|80|公斤
|生态效益指标|土壤理化性状|定性|有所提升|
||地下水位埋深|≥|1.8|米
|可持续影响指标|改良成果管护机制|定性|长期有效|
满意度指标|服务对象满意度指标|受益农户满意度|≥|90|%"""),

dict(id="10", tel="0874-3318805", slug="jinshi", place="嵋岭县", dept="嵋岭县卫生健康局",
     project="嵋岭县2026年儿童青少年近视防控项目", amount="64.80", year=2026, kind="target",
     date="2026-01-26 16:37", menu="预算绩效", hits="1140",
     topic="儿童青少年近视防控", sitecode="5304280063", icp="滇ICP备2020011298号-1", gaba="53042802000157",
     goal="完成全县4.2万名中小学生视力筛查并建立屈光发育档案，筛查阳性学生复查转介率80%以上，总体近视率较上年下降0.5个百分点以上。",
     shape=dict(header="simple", style="ruled"),
     cols="l1 l2 name val std rem",
     head="一级指标|二级指标|三级指标|指标值|评分标准|备注",
     rows="""产出指标|数量指标|中小学生视力筛查人数|≥4.2万人|筛查人数达到目标值得满分；每低于目标值1%扣0.5分，扣完为止|覆盖全县62所中小学校及幼儿园大班，含民办学校和特殊教育学校
||建立学生屈光发育档案|≥4.2万份|建档数与筛查人数一致得满分；每缺100份扣0.5分|与视力筛查同步建档，档案随学生学籍转移
||近视防控宣传进校园活动|≥60场|达到60场得满分；每少5场扣1分|每校每学期至少1场，由县妇幼保健院眼科医师授课
|质量指标|视力筛查数据上传率|100%|全部上传得满分；未全部上传的按比例扣分|上传至省儿童青少年近视防控信息管理系统
||筛查阳性学生复查转介率|≥80%|≥80%得满分；70%—80%得一半分值；＜70%不得分|复查由县人民医院眼科承担
|时效指标|春秋两季筛查完成时间|每学期开学后2个月内|按期完成得满分；每推迟10天扣1分|春季3—4月，秋季9—10月
|成本指标|人均筛查成本|≤12元/人|不超过标准得满分；超出部分按比例扣分|含验光设备耗材和人员劳务
效益指标|社会效益指标|总体近视率|较上年下降0.5个百分点以上|达到目标得满分；下降不足0.5个百分点按比例得分；不降反升不得分|以县疾控中心年度监测数据为准
||学生近视防控知识知晓率|≥90%|≥90%得满分；每低1个百分点扣0.5分|抽样问卷调查，样本不少于1000人
|可持续影响指标|学校、家庭、医疗机构联防联控机制|健全完善|机制建立并有效运行得满分；建立未运行得一半分值|纳入全县健康学校建设考核
满意度指标|服务对象满意度指标|学生家长满意度|≥85%|≥85%得满分；75%—85%得一半分值；＜75%不得分|第三方电话回访
||学校满意度|≥90%|≥90%得满分；80%—90%得一半分值；＜80%不得分|"""),

dict(id="11", tel="0974-8512633", slug="baochong", place="峋头县", dept="峋头县卫生健康局",
     project="峋头县2026年包虫病综合防治项目", amount="172.40", year=2026, kind="target",
     date="2026-02-13 10:26", menu="预算绩效", hits="359",
     topic="包虫病综合防治", sitecode="6327330040", icp="青ICP备2019002741号-1", gaba="63273302000028",
     goal="完成人群包虫病B超筛查2.4万人以上，家犬驱虫9600只次以上，患者规范化治疗管理率95%以上，有效控制包虫病传播。",
     shape=dict(header="simple", style="ruled", prose=True),
     cols="l1 l2 name val",
     head="一级指标|二级指标|三级指标|指标值",
     rows="""产出指标|数量指标|人群包虫病B超筛查人数|≥2.4万人
||家犬驱虫|≥9600只次
||其中：无主犬收容管理|≥300只
|质量指标|犬粪抗原检测阳性率|＜1%
||患者规范化治疗管理率|≥95%
|时效指标|家犬驱虫频次|每月1次
成本指标|经济成本指标|人均筛查成本|≤25元/人
|社会成本指标|因病致贫返贫户数|0户
|生态环境成本指标|犬粪无害化处理率|≥90%
效益指标|社会效益指标|居民包虫病防治知识知晓率|≥85%
满意度指标|服务对象满意度指标|患者及家属满意度|≥90%"""),

dict(id="12", tel="0477-7625019", slug="fangsha", place="崆原县", dept="崆原县林业和草原局",
     project="崆原县防沙治沙综合示范区建设项目（2026—2029年）", amount="3450.00", year=2026, kind="target",
     date="2026-02-20 09:03", menu="专项资金", hits="1562",
     topic="防沙治沙", sitecode="1529240017", icp="蒙ICP备2021006350号-1", gaba="15292402000140",
     goal="长期目标：到2029年完成沙化土地治理12万亩，项目区林草植被覆盖度提高10个百分点。年度目标：2026年完成沙化土地治理3万亩，营造农田防护林带45公里。",
     shape=dict(header="simple", style="ruled"),
     cols="l1 l2 name per val",
     head="一级指标|二级指标|三级指标|长期目标|年度目标",
     rows="""产出指标|数量指标|完成沙化土地治理面积|12万亩|3万亩
||其中：工程固沙（草方格沙障）|2.4万亩|6000亩
||营造农田防护林带|180公里|45公里
||封沙育林育草|8万亩|2万亩
|质量指标|造林成活率|≥85%|≥85%
||草方格沙障设置合格率|≥95%|≥95%
|时效指标|春季造林完成时间|每年5月20日前|2026年5月20日前
|成本指标|农田防护林带营造成本|≤3.5万元/公里|≤3.5万元/公里
||草方格沙障单价|≤1200元/亩|≤1200元/亩
效益指标|生态效益指标|项目区林草植被覆盖度|提高10个百分点|提高2.5个百分点
||沙尘天气发生天数|逐年减少|较上年减少
|可持续影响指标|治理成果巩固率|≥90%|≥90%
满意度指标|服务对象满意度指标|项目区群众满意度|≥90%|≥90%"""),
]

BYID = {p["id"]: p for p in DATA}


# ---------------------------------------------------------------- table model
def parse_head(p):
    """header rows -> list of rows of (label, rowspan, colspan)"""
    out = []
    for line in p["head"].split("\n"):
        row = []
        for c in line.split("|"):
            rs = cs = 1
            if "@r" in c:
                c, n = c.split("@r"); rs = int(n)
            elif "@c" in c:
                c, n = c.split("@c"); cs = int(n)
            row.append((c, rs, cs))
        out.append(row)
    return out


def grid(p):
    """the table body as lists of cells (strings), with the categories carried down in 'l1'/'l2' of meta"""
    cols = p["cols"].split()
    body = []
    for line in p["rows"].split("\n"):
        cells = line.split("|")
        assert len(cells) == len(cols), (p["id"], line, len(cells), len(cols))
        body.append(cells)
    return cols, body


def spans(p):
    """rowspans of the l1 / l2 columns: dict (row, colindex) -> rowspan, and set of covered cells"""
    cols, body = grid(p)
    merge = p["shape"].get("merge", True)
    start, covered = {}, set()
    if not merge:
        return start, covered
    for role in ("l1", "l2"):
        if role not in cols:
            continue
        j = cols.index(role)
        j1 = cols.index("l1")
        i = 0
        while i < len(body):
            k = i + 1
            while k < len(body) and body[k][j] == "" and (role == "l1" or body[k][j1] == ""):
                k += 1
            start[(i, j)] = k - i
            for m in range(i + 1, k):
                covered.add((m, j))
            i = k
    return start, covered


def records(p):
    """gold rows of one page, from DATA only"""
    cols, body = grid(p)
    out, l1, l2 = [], None, None
    start, _ = spans(p)
    for i, cells in enumerate(body):
        c = dict(zip(cols, cells))
        q = []
        if c["l1"]:
            l1 = c["l1"]
        elif i:
            q.append("l1_merged_continuation")
        if c["l2"]:
            l2 = c["l2"]
        elif i:
            q.append("l2_merged_continuation")
        if "op" in c:
            op = "" if c["op"] == "定性" else c["op"]
            val = op + c["num"] + c["unit"]
        else:
            val = c["val"]
        out.append(dict(name=c["name"], annual_value=val, period_value=c.get("per"),
                        level1=l1, level2=l2, level1_code=code(l1, L1), level2_code=code(l2, L2),
                        cells=c, merged=q))
    return out


# ---------------------------------------------------------------- html
MENU = ["财政预决算", "部门预算", "部门决算", "预算绩效", "绩效自评", "专项资金", "政府采购", "政府债务"]
NAV = ["首页", "政务公开", "政务服务", "互动交流", "数据发布", "走进{short}"]

BASE_CSS = """
body{margin:0;font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif;font-size:14px;color:#222;background:#f3f5f8}
a{color:#234;text-decoration:none}
.topbar{background:#e9edf2;font-size:12px;padding:4px 24px;color:#555}
.topbar a{margin-left:14px}
.banner{background:linear-gradient(#1d5fa7,#15487f);color:#fff;padding:18px 24px;display:flex;justify-content:space-between;align-items:center}
.banner .logo{font-size:28px;font-weight:bold;letter-spacing:4px}
.banner .search input{width:200px;padding:4px}
.nav{background:#0f3a68;padding:0 24px}
.nav a{display:inline-block;color:#fff;padding:10px 22px;font-size:15px}
.wrap{display:flex;max-width:1200px;margin:12px auto;gap:14px}
.side{width:190px;flex:none;background:#fff;border:1px solid #dde3ea}
.side h3{margin:0;background:#1d5fa7;color:#fff;font-size:15px;padding:9px 12px}
.side ul{list-style:none;margin:0;padding:0}
.side li{border-bottom:1px dashed #dde3ea;padding:8px 14px}
.side li.on{background:#eef4fb;font-weight:bold}
.main{flex:1;background:#fff;border:1px solid #dde3ea;padding:14px 26px;min-width:0}
.crumb{font-size:12px;color:#666;border-bottom:1px solid #eee;padding-bottom:8px}
h1{font-size:22px;text-align:center;margin:18px 0 8px}
.meta{text-align:center;font-size:12px;color:#777;border-bottom:1px solid #eee;padding-bottom:10px}
.meta span{margin:0 8px}
.article p{line-height:1.9;text-indent:2em;margin:8px 0}
.article p.facts{text-indent:0;margin:2px 0}
.article .cap{text-align:center;font-weight:bold;text-indent:0;margin-top:16px}
.article .unit{text-align:right;text-indent:0;font-size:12px;margin:0}
.article .sign{text-align:right;text-indent:0}
.share{border-top:1px solid #eee;margin-top:18px;padding-top:8px;font-size:12px;color:#666}
.share a{margin-right:10px}
.footer{background:#0f3a68;color:#cfd8e3;font-size:12px;text-align:center;padding:14px;line-height:1.9;margin-top:16px}
table.kpi{border-collapse:collapse;width:100%;margin:6px 0 10px}
table.kpi th,table.kpi td{padding:5px 7px;vertical-align:middle}
table.kpi th{font-weight:bold}
"""
STYLE_CSS = {
    "ruled": "table.kpi th,table.kpi td{border:1px solid #555} table.kpi th{background:#dfe8f3}",
    "zebra": "table.kpi th{background:#2f6fb0;color:#fff} table.kpi tbody tr:nth-child(even) td{background:#eef3f9}"
             " table.kpi tbody tr:nth-child(odd) td{background:#fff}",
    "nolines": "table.kpi th{color:#1d5fa7;text-align:left} table.kpi td{border:0}",
    "threeline": "table.kpi{border-top:2px solid #000;border-bottom:2px solid #000}"
                 " table.kpi thead th{border-bottom:1px solid #000} table.kpi td{border:0}",
}
PRINT_HIDE = "@media print{.topbar,.banner,.nav,.side,.rside,.share,.footer{display:none} body{background:#fff} .main{border:0} .wrap{display:block}}"
EXTRA_CSS = {
    "03": ".wrap{max-width:1100px} .main{max-width:560px} .rside{width:200px;flex:none;background:#fff;border:1px solid #dde3ea}"
          " .rside h3{margin:0;background:#b3322c;color:#fff;font-size:15px;padding:9px 12px}"
          " .rside li{padding:7px 10px;font-size:13px;border-bottom:1px dashed #eee} .rside ul{list-style:none;margin:0;padding:0}",
    "06": "@media print{table.kpi th,table.kpi td{padding:14px 8px;font-size:15px}}",
    "07": "@media print{table.kpi th,table.kpi td{padding:10px 6px}}",
    "10": ".wrap{max-width:1500px} table.kpi td.std,table.kpi td.rem{font-size:12px;color:#333}",
    "11": "@media print{.article p{font-size:15px}}",
    "12": "@media print{table.kpi th,table.kpi td{padding:16px 8px;font-size:16px}}",
}

PROSE_11 = [
    "包虫病是由棘球绦虫的幼虫感染人体所致的人畜共患寄生虫病，主要通过犬类传播，危害严重，俗称“虫癌”。峋头县地处高原牧区，历来是包虫病流行区，防治任务艰巨。近年来，县委、县政府坚持“以控制传染源为主，中间宿主防控与病人查治相结合”的综合防治策略，把包虫病防治作为保障群众健康、巩固脱贫攻坚成果的一项重要工作来抓。",
    "2025年，全县共完成人群B超筛查2.31万人，新发现患者17例，全部纳入规范化治疗管理；家犬登记管理和“犬犬投药、月月驱虫”持续推进，犬粪抗原检测阳性率降至1.3%。但也要看到，部分偏远乡镇无主犬数量仍然较多，犬粪无害化处理设施不足，群众防病意识有待进一步增强。",
    "根据《峋头县包虫病综合防治实施方案（2026—2028年）》，2026年县财政安排包虫病综合防治资金172.40万元，重点用于人群筛查、家犬驱虫、无主犬收容、患者救治救助和健康教育。项目由县卫生健康局负责组织实施，县疾病预防控制中心、县农牧水利局、各乡镇人民政府按职责分工配合。",
    "为加强资金管理、提高资金使用效益，按照全面实施预算绩效管理的要求，县卫生健康局编制了本项目绩效目标，经县财政局审核，现予公开，接受社会监督。",
]


def cell(tag, text, rs=1, cs=1, cls=None):
    a = ""
    if rs > 1:
        a += f' rowspan="{rs}"'
    if cs > 1:
        a += f' colspan="{cs}"'
    if cls:
        a += f' class="{cls}"'
    return f"<{tag}{a}>{H.escape(text)}</{tag}>"


def table_html(p):
    cols, body = grid(p)
    start, covered = spans(p)
    out = [f'<table class="kpi" id="kpi{p["id"]}">']
    out.append("<thead>")
    for row in parse_head(p):
        out.append("<tr>" + "".join(cell("th", t, rs, cs) for t, rs, cs in row) + "</tr>")
    out.append("</thead>\n<tbody>")
    for i, cells in enumerate(body):
        tds = []
        for j, (role, t) in enumerate(zip(cols, cells)):
            if (i, j) in covered:
                continue
            cls = role if role in ("std", "rem", "rsn") else None
            tds.append(cell("td", t, start.get((i, j), 1), 1, cls))
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</tbody>")
    if p["kind"] == "selfeval":
        n = len(cols)
        si = cols.index("score")
        tot, got = p["total"]
        out.append("<tfoot><tr>" + cell("td", "总分", 1, si) + cell("td", tot) + cell("td", got)
                   + cell("td", "", 1, n - si - 2) + "</tr></tfoot>")
    out.append("</table>")
    return "\n".join(out)


def facts_html(p):
    f = [f'<p class="facts">项目名称：{p["project"]}</p>',
         f'<p class="facts">主管部门：{p["dept"]}　　实施单位：{p["dept"]}</p>']
    if p["kind"] == "selfeval":
        b = p["budget"]
        f.append(f'<p class="facts">项目资金（万元）：年初预算数 {b[0]}　全年预算数 {b[1]}　全年执行数 {b[2]}　'
                 f'分值 {b[3]}　执行率 {b[4]}　得分 {b[5]}</p>')
        f.append(f'<p class="facts">年度总体目标完成情况：{p["goal"]}</p>')
    else:
        f.append(f'<p class="facts">项目资金（万元）：{p["amount"]}（其中：财政拨款 {p["amount"]}）</p>')
        f.append(f'<p class="facts">年度总体目标：{p["goal"]}</p>')
    return "\n".join(f)


def page_html(p):
    short = p["place"][:-1]
    site = p["place"] + "人民政府"
    sh = p["shape"]
    year = p["year"]
    if p["kind"] == "selfeval":
        title = f'{p["project"]}绩效自评表'
        intro = (f'根据县财政局关于开展{year}年度项目支出绩效自评工作的通知要求，{p["dept"]}对{p["project"]}'
                 f'开展了绩效自评，现将自评结果公开如下。')
        cap = f'{year}年度项目支出绩效自评表'
    else:
        title = f'{p["project"]}绩效目标表' if "（" not in p["project"] else f'{p["project"]}绩效目标'
        intro = (f'根据《中华人民共和国预算法》及预算公开有关规定，现将{p["dept"]}{year}年'
                 f'{p["topic"]}项目绩效目标予以公开。')
        cap = "项目支出绩效目标表"
    css = BASE_CSS + STYLE_CSS[sh["style"]] + EXTRA_CSS.get(p["id"], "")
    if p["id"] != "03":
        css += PRINT_HIDE
    nav = "".join(f"<a href='#'>{n.format(short=short)}</a>" for n in NAV)
    menu = "".join(f"<li class='on'><a href='#'>{m}</a></li>" if m == p["menu"] else f"<li><a href='#'>{m}</a></li>"
                   for m in MENU)
    prose = ""
    if sh.get("prose"):
        prose = "\n".join(f"<p>{t}</p>" for t in PROSE_11)
    rside = ""
    if sh.get("layout") == "lcr":
        rside = ("<div class='rside'><h3>热点专题</h3><ul><li><a href='#'>优化营商环境</a></li><li><a href='#'>健康嶂城行动</a></li>"
                 "<li><a href='#'>人口监测与家庭发展</a></li><li><a href='#'>政府信息公开年报</a></li></ul>"
                 "<h3>相关链接</h3><ul><li><a href='#'>区财政局</a></li><li><a href='#'>区卫生健康局</a></li>"
                 "<li><a href='#'>12345政务服务便民热线</a></li></ul></div>")
    sign_date = p["date"][:10].replace("-", "年", 1).replace("-", "月", 1) + "日"
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{H.escape(title)}_{site}</title>
<style>{css}</style></head>
<body>
<div class="topbar">今天是{p["date"][:10]}<a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">手机版</a><a href="#">登录</a></div>
<div class="banner"><div class="logo">{site}</div><div class="search"><input type="text" placeholder="请输入关键词"> <button>搜索</button></div></div>
<div class="nav">{nav}</div>
<div class="wrap">
<div class="side"><h3>财政信息</h3><ul>{menu}</ul></div>
<div class="main" id="content">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政信息</a> &gt; <a href="#">{p["menu"]}</a></div>
<h1>{H.escape(title)}</h1>
<div class="meta"><span>发布时间：{p["date"]}</span><span>来源：{p["dept"]}</span><span>浏览次数：{p["hits"]}</span><span>【字体：大 中 小】</span></div>
<div class="article">
<p>{intro}</p>
{prose}
{facts_html(p)}
<p class="cap">{cap}</p>
<p class="unit">填报单位：{p["dept"]}</p>
{table_html(p)}
<p class="sign">{p["dept"]}</p>
<p class="sign">{sign_date}</p>
</div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a>　【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</div>
{rside}
</div>
<div class="footer">主办单位：{site}办公室　承办单位：{short}县融媒体中心<br>
网站标识码：{p["sitecode"]}　<a href="#" style="color:#cfd8e3">{p["icp"]}</a>　公网安备 {p["gaba"]}号<br>
联系电话：{p["tel"]}　建议使用1366×768分辨率浏览</div>
</body></html>
""".replace(f"{short}县融媒体中心", f"{p['place']}融媒体中心")


def page_file(p):
    return f'{p["id"]}_{p["slug"]}.html'


# ---------------------------------------------------------------- xlsx (openpyxl)
def write_xlsx(p, path, variant):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    cols, body = grid(p)
    start, covered = spans(p)
    head = parse_head(p)
    n = len(cols)
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    thin = Side(style="thin", color="000000")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    wrapl = Alignment(wrap_text=True, vertical="center", horizontal="left")
    r = 1
    ws.cell(r, 1, f'{p["project"]}绩效目标表').font = Font(size=15, bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
    ws.cell(r, 1).alignment = Alignment(horizontal="center")
    ws.row_dimensions[r].height = 28
    r += 1
    for k, v in [("项目名称", p["project"]), ("主管部门", p["dept"]), ("项目资金（万元）", p["amount"]),
                 ("年度总体目标", p["goal"])]:
        ws.cell(r, 1, k).border = bd
        ws.cell(r, 1).alignment = wrap
        ws.cell(r, 2, v).alignment = wrapl
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=n)
        for c in range(2, n + 1):
            ws.cell(r, c).border = bd
        ws.row_dimensions[r].height = 48 if k == "年度总体目标" else 20
        r += 1
    h0 = r
    occupied = set()
    for hr in head:
        c = 1
        for t, rs, cs in hr:
            while (r, c) in occupied:
                c += 1
            ws.cell(r, c, t).font = Font(bold=True)
            if rs > 1 or cs > 1:
                ws.merge_cells(start_row=r, start_column=c, end_row=r + rs - 1, end_column=c + cs - 1)
            for a in range(r, r + rs):
                for b in range(c, c + cs):
                    occupied.add((a, b))
                    ws.cell(a, b).border = bd
                    ws.cell(a, b).alignment = wrap
            c += cs
        r += 1
    h1 = r - 1
    b0 = r
    for i, cells in enumerate(body):
        for j, t in enumerate(cells):
            if (i, j) in covered:
                ws.cell(b0 + i, j + 1).border = bd
                continue
            v = t
            if cols[j] == "num":
                try:
                    v = float(t) if "." in t else int(t)
                except ValueError:
                    v = t
            ws.cell(b0 + i, j + 1, v)
            ws.cell(b0 + i, j + 1).border = bd
            ws.cell(b0 + i, j + 1).alignment = wrap if cols[j] in ("l1", "l2", "op", "num", "unit", "seq") else wrapl
            rs = start.get((i, j), 1)
            if rs > 1:
                ws.merge_cells(start_row=b0 + i, start_column=j + 1, end_row=b0 + i + rs - 1, end_column=j + 1)
        ws.row_dimensions[b0 + i].height = variant.get("row_h", 30)
    r = b0 + len(body) + 1
    ws.cell(r, 1, f'填报单位（盖章）：{p["dept"]}　　填报日期：{p["date"][:10]}')
    widths = {"l1": 12, "l2": 14, "name": 30, "val": 18, "op": 9, "num": 10, "unit": 10, "per": 16, "seq": 6}
    for j, role in enumerate(cols):
        ws.column_dimensions[chr(65 + j)].width = variant.get("widths", {}).get(role, widths.get(role, 14))
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = variant.get("orient", "portrait")
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    if variant.get("print_titles"):
        ws.print_title_rows = f"{h0}:{h1}"
    wb.save(path)


# ---------------------------------------------------------------- docx (python-docx)
def write_docx(p, path, variant):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    cols, body = grid(p)
    start, covered = spans(p)
    head = parse_head(p)
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(variant.get("pt", 10.5))
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if variant.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = t.add_run(f'{p["project"]}绩效目标表')
    run.bold = True
    run.font.size = Pt(16)
    for k, v in [("项目名称", p["project"]), ("主管部门", p["dept"]), ("项目资金（万元）", p["amount"]),
                 ("年度总体目标", p["goal"])]:
        d.add_paragraph(f"{k}：{v}")
    nh = len(head)
    tb = d.add_table(rows=nh + len(body), cols=len(cols))
    tb.style = "Table Grid"
    occupied = set()
    for a, hr in enumerate(head):
        c = 0
        for txt, rs, cs in hr:
            while (a, c) in occupied:
                c += 1
            cl = tb.cell(a, c)
            if rs > 1 or cs > 1:
                cl = cl.merge(tb.cell(a + rs - 1, c + cs - 1))
            cl.text = txt
            cl.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            cl.paragraphs[0].runs[0].bold = True
            for x in range(a, a + rs):
                for y in range(c, c + cs):
                    occupied.add((x, y))
            c += cs
    for a in range(nh):
        trPr = tb.rows[a]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trPr.append(el)
    for i, cells in enumerate(body):
        for j, txt in enumerate(cells):
            if (i, j) in covered:
                continue
            cl = tb.cell(nh + i, j)
            rs = start.get((i, j), 1)
            if rs > 1:
                cl = cl.merge(tb.cell(nh + i + rs - 1, j))
            cl.text = txt
        if variant.get("row_cm"):
            tb.rows[nh + i].height = Cm(variant["row_cm"])
    for j, role in enumerate(cols):
        w = variant.get("widths", {}).get(role)
        if w:
            for row in tb.rows:
                row.cells[j].width = Cm(w)
    d.add_paragraph("")
    s = d.add_paragraph(f'填报单位（盖章）：{p["dept"]}　　填报日期：{p["date"][:10]}')
    s.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(path)


# ---------------------------------------------------------------- typst (page 07)
def typ_escape(s):
    out = ""
    for ch in s:
        if ch in "\\#*_`$<>@[]~\"":
            out += "\\" + ch
        else:
            out += ch
    return out


def typst_source(p):
    cols, body = grid(p)
    head = parse_head(p)
    n = len(cols)
    b = p["budget"]
    widths = {"seq": "2.2em", "l1": "4.5em", "l2": "5.5em", "name": "1.6fr", "val": "1fr", "act": "1fr",
              "score": "2.6em", "got": "2.6em", "rsn": "1.5fr"}
    lines = [
        '#set page(paper: "a4", flipped: true, margin: (x: 1.5cm, y: 1.6cm),',
        f'  footer: align(center, text(size: 8pt)[{typ_escape(p["dept"])}　第 #context counter(page).display() 页]))',
        '#set text(font: ("Noto Serif CJK SC", "Noto Sans CJK SC"), size: 9.5pt, lang: "zh")',
        '#set par(justify: false)',
        f'#align(center, text(size: 15pt, weight: "bold")[{typ_escape(p["project"])}绩效自评表])',
        '#v(4pt)',
        f'项目名称：{typ_escape(p["project"])} \\',
        f'主管部门：{typ_escape(p["dept"])}　　实施单位：{typ_escape(p["dept"])} \\',
        f'项目资金（万元）：年初预算数 {b[0]}　全年预算数 {b[1]}　全年执行数 {b[2]}　分值 {b[3]}　执行率 {b[4]}　得分 {b[5]} \\',
        f'年度总体目标完成情况：{typ_escape(p["goal"])}',
        '#v(6pt)',
        '#table(',
        f'  columns: ({", ".join(widths[c] for c in cols)}),',
        '  stroke: 0.5pt, inset: 4pt, align: horizon,',
        '  table.header(' + ", ".join(f'[*{typ_escape(t)}*]' for t, _, _ in head[0]) + '),',
    ]
    for cells in body:
        lines.append("  " + ", ".join(f"[{typ_escape(t)}]" for t in cells) + ",")
    si = cols.index("score")
    lines.append(f'  table.cell(colspan: {si})[总分], [{p["total"][0]}], [{p["total"][1]}], table.cell(colspan: {n - si - 2})[],')
    lines.append(')')
    lines.append('#v(8pt)')
    lines.append(f'#align(right)[{typ_escape(p["dept"])} \\ {p["date"][:10]}]')
    return "\n".join(lines) + "\n"


def write_all(src=HERE):
    for p in DATA:
        with open(os.path.join(src, page_file(p)), "w", encoding="utf-8") as f:
            f.write(page_html(p))
    XLSX = {"02": dict(row_h=15, widths={"name": 16, "val": 9, "l2": 9, "l1": 8}),
            "06": dict(row_h=34, print_titles=True),
            "09": dict(row_h=26, orient="landscape")}
    DOCX = {"01": dict(row_cm=1.5, widths={"l1": 2.4, "l2": 2.8, "name": 6.6, "val": 4.2}),
            "10": dict(landscape=True, pt=9, widths={"l1": 1.9, "l2": 2.2, "name": 4.2, "val": 2.8, "std": 7.0, "rem": 7.6}),
            "12": dict(row_cm=0.9)}
    made = []
    for k, v in XLSX.items():
        fn = os.path.join(src, f"{k}_{BYID[k]['slug']}.xlsx")
        write_xlsx(BYID[k], fn, v)
        made.append(fn)
    for k, v in DOCX.items():
        fn = os.path.join(src, f"{k}_{BYID[k]['slug']}.docx")
        write_docx(BYID[k], fn, v)
        made.append(fn)
    fn = os.path.join(src, "07_bingxue.typ")
    with open(fn, "w", encoding="utf-8") as f:
        f.write(typst_source(BYID["07"]))
    made.append(fn)
    return made


if __name__ == "__main__":
    write_all()
    tot = 0
    for p in DATA:
        n = len(records(p))
        tot += n
        print(p["id"], p["slug"], n)
    print("total", tot)
