"""Set 38: write the 16 invented government pages (html) from hand-typed tables, and the gold rows.

    python make_pages.py [PAGEDIR] [GOLD]

The tables are typed below (R01 ... R16, inside DATA): one table row a line, cells separated by "|";
the first line is the header; a blank 一级指标/二级指标 cell is the continuation of the merged cell above
(rendered as rowspan); "¶" in a cell is a <br>; a line starting with "!" is a row left in the markup
with display:none (not expected in the gold). "A:B" in a header is a two-row header (A over B).
Places, departments, people, projects, figures and ICP numbers are invented.
"""
import html as H
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14",
      "经济成本指标": "14", "社会成本指标": "14", "生态环境成本指标": "14",
      "经济效益指标": "21", "社会效益指标": "22", "生态效益指标": "23", "可持续影响指标": "24",
      "服务对象满意度指标": "31"}

# ---------------------------------------------------------------- the hand-typed tables
DATA = [
dict(key="01", stem="01_bs4_newline_lxml_tuijun", src="01_tuijun.html", style="trs",
     site="茌漳县人民政府", place="茌漳县", dept="茌漳县退役军人事务局", unit="茌漳县退役军人服务中心",
     title="茌漳县退役军人事务局2025年项目支出绩效目标公开", date="2025-02-14 09:32", source="茌漳县退役军人事务局",
     project="退役军人服务保障体系运行经费", amount="186.40", goal="推进县镇村三级退役军人服务保障体系规范运行，做好走访慰问、优抚金发放和适应性培训，退役军人获得感、荣誉感明显增强。",
     quirks=["bs4_get_text_newline", "lxml_parser", "pretty_html", "trs_editor", "header_block", "page_chrome", "td_header"],
     table="""一级指标|二级指标|三级指标|指标值
产出指标|数量指标|镇村退役军人服务站规范化建设数量|≥18个
||走访慰问重点优抚对象|≥1200人次
||组织退役军人适应性培训|4期
|质量指标|服务站“五有”标准达标率|100%
||优抚金发放准确率|100%
|时效指标|春节走访慰问完成时间|2025年1月28日前
||优待证申领办理时限|收到申请之日起15个工作日内
|成本指标|服务站运行补助标准|≤1.5万元/个
效益指标|社会效益指标|退役军人合法权益保障水平|有效提升
||涉军信访积案化解率|≥90%
||全县拥军优属社会氛围|显著增强
|可持续影响指标|“老兵驿站”长效运行机制|持续完善
满意度指标|服务对象满意度指标|退役军人及其他优抚对象满意度|≥95%"""),

dict(key="02", stem="02_bs4_space_strip_minified_yingji", src="02_yingji.html", style="plain_th",
     site="罍山县应急管理局", place="罍山县", dept="罍山县应急管理局", unit="罍山县应急管理局",
     title="罍山县自然灾害综合风险监测预警能力提升项目绩效目标", date="2025-03-06", source="县应急管理局", views="386",
     project="自然灾害综合风险监测预警能力提升项目", amount="412.00",
     quirks=["bs4_get_text_space_strip", "minified_html", "cells_one_space", "serial_column", "remark_column", "page_chrome", "th_header"],
     table="""序号|一级指标|二级指标|三级指标|指标值|备注
1|产出指标|数量指标|新建乡镇应急物资储备点|6个|每镇1个
2|||更新基层应急广播终端|≥320套|
3|||开展综合应急演练|≥12场次|含森林防灭火演练4场
4||质量指标|监测预警设备在线率|≥98%|
5|||预警信息发布覆盖率|100%|
6||时效指标|灾害预警信息发布时限|接报后30分钟内|
7|||储备点建设完工时间|2025年9月底前|汛后完成
8||成本指标|项目总成本|不超过预算|
9|效益指标|社会效益指标|因灾死亡失踪人数|0人|
10|||群众防灾避险意识|显著提升|
11||可持续影响指标|基层应急能力建设长效机制|逐步健全|
12|满意度指标|服务对象满意度指标|受益群众满意度|≥90%|"""),

dict(key="03", stem="03_parsel_textjoin_minified_yibao", src="03_yibao.html", style="mso",
     site="鄣溪县医疗保障局", place="鄣溪县", dept="鄣溪县医疗保障局", unit="鄣溪县医疗保障基金监管中心",
     title="鄣溪县医疗保障局2025年医保基金监管专项行动经费绩效目标表", date="2025-01-22 16:05", source="本站", views="1207",
     project="医保基金监管专项行动经费", amount="42.60",
     attachments=["2025年医保基金监管专项行动经费绩效目标表.xls", "鄣溪县医保基金监管专项行动实施方案.pdf"],
     quirks=["parsel_text_join_empty", "minified_html", "cells_glued", "word_msonormal", "split_spans", "attachment_list", "td_header"],
     table="""一级指标|二级指标|三级指标|指标值
产出指标|数量指标|定点医药机构现场检查覆盖率|100%
||飞行检查及专项检查次数|≥6次
||医保政策宣传活动|≥20场
|质量指标|违规基金追回率|100%
||检查问题整改到位率|≥95%
|时效指标|举报线索核查办结时限|≤30天
||年度专项检查完成时间|2025年11月底前
|成本指标|专项检查经费|≤42.6万元
效益指标|经济效益指标|追回及拒付违规医保基金|≥300万元
|社会效益指标|欺诈骗保行为发生率|较上年下降
||医保基金运行安全|平稳可控
|可持续影响指标|医保基金监管长效机制|持续完善
满意度指标|服务对象满意度指标|参保群众满意度|≥90%"""),

dict(key="04", stem="04_html2text_default_bootstrap_wenwu", src="04_wenwu.html", style="bootstrap",
     site="浍阳县文化和旅游局", place="浍阳县", dept="浍阳县文化和旅游局", unit="浍阳县文物保护中心",
     title="浍阳县县级文物保护单位修缮保护工程绩效目标", date="2025-02-27", source="浍阳县文物保护中心", views="254",
     project="县级文物保护单位修缮保护工程", amount="298.50",
     quirks=["html2text_default", "bootstrap_table", "scheme_2021_cost_level1", "thead_th", "page_chrome", "prose_around"],
     table="""一级指标|二级指标|三级指标|指标值
产出指标|数量指标|修缮文物保护单位数量|3处
||文物“四有”档案建档|≥26处
||安装文物安全监控点位|≥40个
|质量指标|修缮工程验收合格率|100%
||修缮方案符合“不改变原状”原则|符合
|时效指标|修缮工程完工时间|2025年12月31日前
成本指标|经济成本指标|单处修缮平均成本|≤85万元
|社会成本指标|文物安全事故|0起
|生态环境成本指标|施工期扬尘噪声投诉|≤2件
效益指标|社会效益指标|文物保护单位开放接待游客|≥5万人次
||文物本体安全状况|明显改善
|生态效益指标|文物周边历史环境|持续改善
|可持续影响指标|修缮后文物保存年限|≥30年
满意度指标|服务对象满意度指标|周边群众及游客满意度|≥92%"""),

dict(key="05", stem="05_markdownify_atx_bgcolor_tiyu", src="05_tiyu.html", style="bgcolor",
     site="濑口县文化体育和旅游局", place="濑口县", dept="濑口县文化体育和旅游局", unit="濑口县体育事业发展中心",
     title="濑口县全民健身设施补短板项目绩效目标表", date="2025年03月11日", source="县文体旅局", views="97",
     project="全民健身设施补短板项目", amount="356.00",
     quirks=["markdownify_atx", "old_site_bgcolor_table", "nested_layout_tables", "unit_column", "font_tags", "page_chrome"],
     table="""一级指标|二级指标|三级指标|指标值|计量单位
产出指标|数量指标|新建社区多功能运动场|≥5|个
||更新行政村健身路径|40|套
||举办全民健身赛事活动|≥15|场
|质量指标|健身器材国家强制标准达标率|100|%
||场地验收合格率|100|%
|时效指标|器材安装完成时限|按合同约定|
||全民健身赛事活动开展时间|2025年1月-12月|
|成本指标|单个多功能运动场建设成本|≤48|万元
效益指标|社会效益指标|经常参加体育锻炼人数比例|≥41.5|%
||人均体育场地面积|较上年提高0.12|平方米
|可持续影响指标|设施管护责任落实率|100|%
满意度指标|服务对象满意度指标|健身群众满意度|≥90|%"""),

dict(key="06", stem="06_trafilatura_txt_precision_layui_dizhen", src="06_dizhen.html", style="layui",
     site="珙川县应急管理局", place="珙川县", dept="珙川县应急管理局", unit="珙川县防震减灾服务中心",
     title="珙川县地震监测台网运维及科普宣传项目绩效目标", date="2025-03-19 10:12:44", source="珙川县防震减灾服务中心", views="63",
     project="地震监测台网运维及科普宣传项目", amount="58.30",
     quirks=["trafilatura_txt_favor_precision", "layui_table", "header_body_split", "page_chrome", "prose_around"],
     table="""一级指标|二级指标|三级指标|指标值
产出指标|数量指标|维护地震监测台站|7个
||维护宏观观测点|12个
||开展防震减灾科普进校园活动|≥25场次
|质量指标|台网数据连续率|≥99%
||观测数据入库率|≥98%
|时效指标|台站故障修复时间|≤48小时
||防灾减灾宣传周活动完成时间|2025年5月底前
|成本指标|台网运维成本|控制在预算范围内
效益指标|社会效益指标|公众防震减灾知识知晓率|≥85%
||地震速报信息发布|及时准确
|可持续影响指标|群测群防体系运行|稳定运行
满意度指标|服务对象满意度指标|社会公众满意度|≥90%"""),

dict(key="07", stem="07_htmltext_layout_divgrid_lincao", src="07_lincao.html", style="divgrid",
     site="岵城市林业和草原局", place="岵城市", dept="岵城市林业和草原局", unit="岵城市森林草原防灭火中心",
     title="岵城市2025年森林草原防火及有害生物防治项目绩效目标", date="2025-02-08", source="市林草局", views="512",
     project="森林草原防火及林业有害生物防治项目", amount="725.00",
     quirks=["html_text_guess_layout", "css_grid_divs", "br_in_name_some", "page_chrome", "header_block"],
     table="""一级指标|二级指标|三级指标|指标值
产出指标|数量指标|建设生物防火隔离带|≥35公里
||林业有害生物¶监测面积|≥12.6万亩
||配备扑火机具|260台（套）
||护林员巡护培训|≥560人次
|质量指标|林业有害生物成灾率|＜5‰
||防火隔离带建设验收合格率|100%
|时效指标|防火隔离带建设完成时间|2025年10月31日前
||森林火情报告时限|发现后1小时内
|成本指标|隔离带建设单位成本|≤1.2万元/公里
效益指标|生态效益指标|森林覆盖率|保持在62.5%以上
|社会效益指标|森林火灾受害率|≤0.9‰
|可持续影响指标|林草防灭火网格化管理|持续巩固
满意度指标|服务对象满意度指标|林区群众满意度|不低于85分"""),

dict(key="08", stem="08_readability_gettext_selfeval_shuiwu", src="08_shuiwu.html", style="ueditor_rows",
     site="崦西县财政局", place="崦西县", dept="崦西县财政局", unit="崦西县综合治税工作办公室",
     title="崦西县2024年度涉税信息共享与综合治税协作经费绩效自评表", date="2025-04-02", source="崦西县财政局", views="178",
     project="涉税信息共享与综合治税协作经费", amount="36.00", selfeval=True,
     quirks=["readability_summary", "bs4_get_text_nosep", "cells_glued", "one_row_a_line", "self_evaluation", "fund_block", "total_row"],
     table="""一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
产出指标|数量指标|接入涉税信息共享部门|≥22个|24个|10|10|
||交换涉税数据条数|≥150万条|168万条|10|10|
||开展部门间协税护税联合检查|4次|4次|5|5|
|质量指标|涉税数据比对准确率|≥98%|98.6%|10|10|
||疑点数据推送核实率|100%|96%|5|4.8|部分疑点数据涉及外县企业，核实周期较长，下一步建立跨县协查机制
|时效指标|涉税数据交换频次|每月1次|每月1次|5|5|
||疑点核实反馈时限|推送后20个工作日内|平均18个工作日|5|5|
|成本指标|平台运维费用|≤36万元|34.8万元|5|5|
效益指标|经济效益指标|协作增收税款|≥2000万元|2316万元|15|15|
|社会效益指标|依法纳税社会氛围|进一步增强|进一步增强|5|5|
|可持续影响指标|综合治税协作机制|长效运行|长效运行|5|5|
满意度指标|服务对象满意度指标|协作部门满意度|≥90%|93%|10|10|"""),

dict(key="09", stem="09_w3m_cols100_elementui_renfang", src="09_renfang.html", style="elementui",
     site="汧原县人民防空办公室", place="汧原县", dept="汧原县人民防空办公室", unit="汧原县人民防空办公室",
     title="汧原县人防警报设施维护及疏散基地建设项目绩效目标", date="2025-03-03 15:47", source="县人防办", views="141",
     project="人防警报设施维护及疏散基地建设项目", amount="168.20",
     quirks=["w3m_cols100", "element_ui_table", "header_body_split", "fixed_column_copy", "page_chrome"],
     table="""一级指标|二级指标|三级指标|指标值
产出指标|数量指标|维护防空警报器|46台
||新建人防疏散基地|1处
||组织防空警报试鸣|1次
||人防宣传教育进社区|≥30场
|质量指标|警报器鸣响率|≥95%
||警报音响覆盖率|≥98%
|时效指标|警报器故障维修时限|≤7天
||疏散基地建设完成时间|2025年11月底前
|成本指标|单台警报器年维护费|≤2800元
效益指标|社会效益指标|市民防空防灾意识|明显增强
||是否发生人防工程安全责任事故|否
|可持续影响指标|人防工程平战结合利用水平|稳步提高
满意度指标|服务对象满意度指标|社区居民满意度|≥90%"""),

dict(key="10", stem="10_lynx_width200_opcols_haishi", src="10_haishi.html", style="ueditor",
     site="漷阴县交通运输局", place="漷阴县", dept="漷阴县交通运输局", unit="漷阴县地方海事处",
     title="漷阴县内河水上交通安全监管项目绩效目标表", date="2025-02-19", source="县地方海事处", views="75",
     project="内河水上交通安全监管项目", amount="96.80",
     quirks=["lynx_dump_width200", "ueditor_table", "serial_column", "op_value_unit_columns", "qualitative_op", "header_br", "page_chrome"],
     table="""序号|一级指标|二级指标|三级指标|计算符号|指标值|计量单位
1|产出指标|数量指标|水上巡航里程|≥|6500|公里
2|||渡口渡船安全检查|≥|480|艘次
3|||船员安全培训|≥|600|人次
4||质量指标|渡船安全设施配备率|＝|100|%
5|||船舶检验合格率|≥|98|%
6||时效指标|水上险情应急到达时间|≤|40|分钟
7|||汛期安全检查完成时间|定性|2025年6月15日前|
8||成本指标|巡航艇燃油及维护费|≤|18.5|万元
9|效益指标|社会效益指标|水上交通事故死亡人数|＝|0|人
10|||辖区通航秩序|定性|持续向好|
11||可持续影响指标|渡口渡船安全管理责任落实|定性|长效落实|
12|满意度指标|服务对象满意度指标|船民及乘客满意度|≥|92|%"""),

dict(key="11", stem="11_pandoc_plain_cols120_canlian", src="11_canlian.html", style="plain_th2",
     site="嶅阳市残疾人联合会", place="嶅阳市", dept="嶅阳市残疾人联合会", unit="嶅阳市残疾人康复中心",
     title="嶅阳市残疾人康复服务与辅助器具适配项目（2025—2027年）绩效目标申报表", date="2025-01-30", source="市残联", views="220",
     project="残疾人康复服务与辅助器具适配项目", amount="1260.00",
     quirks=["pandoc_plain_columns120", "two_row_header", "period_then_annual", "explanation_column", "br_in_name_some", "header_block", "page_chrome"],
     table="""一级指标|二级指标|三级指标|指标解释|指标值:实施期指标值|指标值:年度指标值
产出指标|数量指标|残疾儿童康复救助人数|对0-6岁残疾儿童开展基本康复训练的人数|≥1260人|≥420人
||辅助器具适配|为有需求的持证残疾人适配基本型辅具|≥4500件|≥1500件
||困难重度残疾人家庭¶无障碍改造|完成改造的困难重度残疾人家庭户数|≥600户|≥200户
||康复机构专业技术人员培训|参加省市级培训的人次|≥180人次|≥60人次
|质量指标|持证残疾人基本康复服务覆盖率|获得基本康复服务的持证残疾人占比|≥85%|≥85%
||辅具适配合格率|适配后经回访确认可正常使用的比例|≥98%|≥98%
|时效指标|康复救助审核时限|自受理申请至审核完成的时间|≤15个工作日|≤15个工作日
||年度康复救助资金拨付时间|年度资金拨付至定点机构的时间|每年12月20日前|2025年12月20日前
|成本指标|儿童康复训练补助标准|每名儿童每年补助上限|≤2.4万元/人·年|≤2.4万元/人·年
效益指标|社会效益指标|残疾人生活自理能力|康复训练后生活自理能力改善情况|明显改善|有所改善
||残疾人家庭经济负担|康复及辅具费用负担减轻情况|有效减轻|有效减轻
|可持续影响指标|残疾预防与康复服务体系|体系建设情况|逐步健全|持续完善
满意度指标|服务对象满意度指标|残疾人及其亲属满意度|抽样问卷调查满意度|≥92%|≥90%"""),

dict(key="12", stem="12_chromium_dumpdom_bs4_nosep_fulian", src="12_fulian.html", style="js",
     site="冚头县妇女联合会", place="冚头县", dept="冚头县妇女联合会", unit="冚头县妇女联合会",
     title="冚头县妇女儿童关爱服务项目绩效目标", date="2025-03-25", source="县妇联", views="58",
     project="妇女儿童关爱服务项目", amount="88.00",
     quirks=["chromium_dump_dom", "js_rendered_table", "bs4_get_text_nosep", "cells_glued", "whole_table_one_line", "scheme_2021_cost_level1", "page_chrome"],
     table="""一级指标|二级指标|三级指标|指标值
产出指标|数量指标|“两癌”免费检查人数|≥3500人
||开展家庭教育指导服务|≥40场次
||帮扶困境儿童|≥260名
|质量指标|“两癌”检查阳性病例随访率|100%
||巾帼家政培训结业考核合格率|≥90%
|时效指标|困难妇女救助金发放时限|审批后10个工作日内
成本指标|经济成本指标|人均“两癌”检查补助|≤180元/人
|社会成本指标|受助对象个人信息泄露事件|0起
效益指标|社会效益指标|妇女儿童维权案件办结率|≥95%
||家庭教育指导覆盖面|较上年提高5个百分点
|可持续影响指标|“妇女之家”阵地作用|持续发挥
满意度指标|服务对象满意度指标|受益妇女儿童及家庭满意度|≥95%"""),

dict(key="13", stem="13_innertext_deptwhole_jiguan", src="13_jiguan.html", style="deptwhole",
     site="涞岙县机关事务服务中心", place="涞岙县", dept="涞岙县机关事务服务中心", unit="涞岙县机关事务服务中心",
     title="涞岙县机关事务服务中心2025年部门整体支出绩效目标表", date="2025-02-21 11:20", source="涞岙县机关事务服务中心", views="302",
     project="部门整体支出", amount="2316.75",
     attachments=["涞岙县机关事务服务中心2025年部门预算.pdf", "2025年部门整体支出绩效目标表.pdf"],
     quirks=["chromium_innertext", "window_1280", "department_whole", "side_label", "task_block", "hidden_row_in_markup", "attachment_list", "page_chrome"],
     table="""一级指标|二级指标|三级指标|指标值
产出指标|数量指标|保障集中办公区面积|8.6万平方米
||公务用车集中管理车辆|≥120辆
||公共机构节能检查|≥45家
||机关食堂日均供餐|≥1800人次
|质量指标|办公区设施设备完好率|≥98%
||公务用车安全行驶事故|0起
!||会议服务差错|0次
||食品安全抽检合格率|100%
|时效指标|设施报修响应时间|≤2小时
||公务用车派车时限|接单后30分钟内
|成本指标|人均公用能耗|较上年下降1.5%
||“三公”经费支出|不高于上年
效益指标|经济效益指标|集中采购节约资金率|≥5%
|社会效益指标|机关运行保障水平|稳步提高
|生态效益指标|生活垃圾分类准确率|≥90%
|可持续影响指标|节约型机关创建比例|≥80%
满意度指标|服务对象满意度指标|机关干部职工满意度|≥95%"""),

dict(key="14", stem="14_turndown_gfm_twin_tongji", src="14_tongji.html", style="thead_twin",
     site="枨溪县统计局", place="枨溪县", dept="枨溪县统计局", unit="枨溪县统计调查中心",
     title="枨溪县农业农村统计调查及统计数据质量提升项目绩效目标", date="2025-03-14", source="县统计局", views="88",
     project="农业农村统计调查及统计数据质量提升项目", amount="132.00",
     quirks=["turndown_gfm_jina_like", "thead_th", "period_then_annual", "rowspan_misaligned_markdown", "page_chrome", "header_block"],
     table="""一级指标|二级指标|三级指标|实施期指标值|年度指标值
产出指标|数量指标|完成统计调查项目|≥36项|≥12项
||入户调查样本户|≥1800户|600户
||统计业务培训|≥900人次|≥300人次
|质量指标|统计数据上报差错率|≤0.5%|≤0.5%
||联网直报一套表报送率|100%|100%
||统计执法检查问题整改率|100%|100%
|时效指标|定期统计报表报送及时率|100%|100%
||年度统计公报发布时间|每年4月底前|2025年4月30日前
|成本指标|调查员劳务补助标准|≤120元/人·天|≤120元/人·天
效益指标|社会效益指标|统计数据公信力|显著提升|稳步提升
||统计信息服务党政决策作用|作用明显|达到预期
|可持续影响指标|基层统计基础规范化建设|持续推进|持续推进
满意度指标|服务对象满意度指标|统计调查对象满意度|≥90%|≥90%"""),

dict(key="15", stem="15_lxml_xpath_textnodes_newline_kexie", src="15_kexie.html", style="plain",
     site="洢水县科学技术协会", place="洢水县", dept="洢水县科学技术协会", unit="洢水县科学技术协会",
     title="洢水县科协2025年项目支出绩效目标", date="2025-02-12", source="县科协", views="164",
     project="全民科学素质提升行动；基层科普阵地建设", amount="64.00；45.00",
     quirks=["lxml_xpath_text_nodes_newline", "pretty_html", "script_style_text", "two_tables", "page_chrome"],
     table="""一级指标|二级指标|三级指标|指标值
产出指标|数量指标|举办科普大讲堂|≥24场
||科普大篷车进乡村|≥60车次
||培训农村实用技术人才|≥1500人次
|质量指标|科普活动内容审核通过率|100%
|时效指标|全国科普日活动完成时间|2025年9月30日前
效益指标|社会效益指标|公民具备科学素质比例|较上年提高0.8个百分点
|可持续影响指标|科普志愿服务队伍|持续壮大
满意度指标|服务对象满意度指标|活动参与群众满意度|≥95%""",
     table2="""序号|一级指标|二级指标|三级指标|指标值
1|产出指标|数量指标|新建村级科普e站|15个
2|||更新科普宣传栏|≥80块
3||质量指标|科普e站建设达标率|100%
4||时效指标|科普e站建成投用时间|2025年10月底前
5||成本指标|单个科普e站建设补助|≤3万元
6|效益指标|社会效益指标|基层科普服务覆盖率|≥90%
7|满意度指标|服务对象满意度指标|村民满意度|达到90%以上"""),

dict(key="16", stem="16_elinks_width120_nocat_xinfang", src="16_xinfang.html", style="plain_nocat",
     site="磡口县信访局", place="磡口县", dept="磡口县信访局", unit="磡口县人民来访接待中心",
     title="磡口县人民来访接待中心运行及矛盾纠纷化解经费绩效目标说明", date="2025-03-28", source="县信访局", views="49",
     project="人民来访接待中心运行及矛盾纠纷化解经费", amount="75.00",
     quirks=["elinks_dump_width120", "no_categories", "serial_column", "prose_around", "page_chrome"],
     table="""序号|绩效指标|指标值
1|信访事项及时受理率|100%
2|信访事项按期办结率|≥98%
3|初次信访事项一次性化解率|≥90%
4|群众来访接待|≥3000人次
5|信访积案化解|≥25件
6|领导干部公开接访|≥48场次
7|信访事项受理告知时限|收到信访事项之日起15日内
8|网上信访事项办理时限|≤60日
9|重复信访发生率|较上年下降10%
10|矛盾纠纷多元化解机制|持续完善
11|项目资金使用|专款专用
12|信访群众满意率|≥85%"""),
]


# ---------------------------------------------------------------- table text -> cells
def parse(text):
    lines = text.strip("\n").split("\n")
    hdr = lines[0].split("|")
    rows = []
    for ln in lines[1:]:
        hidden = ln.startswith("!")
        cells = (ln[1:] if hidden else ln).split("|")
        assert len(cells) == len(hdr), (ln, len(cells), len(hdr))
        rows.append((hidden, cells))
    return hdr, rows


def col(hdr, *names):
    for i, h in enumerate(hdr):
        if h.split(":")[-1] in names:
            return i
    return None


def gold_rows(d, text, start_n, extra=()):
    hdr, rows = parse(text)
    c1, c2 = col(hdr, "一级指标"), col(hdr, "二级指标")
    cn = col(hdr, "三级指标", "绩效指标")
    cv = col(hdr, "年度指标值", "指标值")
    cp = col(hdr, "实施期指标值")
    cop, cu = col(hdr, "计算符号"), col(hdr, "计量单位")
    out, l1, l2, n, after_hidden = [], None, None, start_n, False
    for hidden, cells in rows:
        q1 = q2 = False
        if c1 is not None:
            if cells[c1]:
                l1 = cells[c1]
            else:
                q1 = True
            if cells[c2]:
                l2 = cells[c2]
            else:
                q2 = True
        if hidden:
            after_hidden = True
            continue
        v = cells[cv]
        if cop is not None and cells[cop] != "定性":
            v = cells[cop] + v
        if cu is not None:
            v = v + cells[cu]
        quirks = list(d["quirks"]) + list(extra)
        if after_hidden:
            quirks.append("after_hidden_row")
            after_hidden = False
        if "¶" in cells[cn]:
            quirks.append("br_in_name")
        if q1:
            quirks.append("l1_merged_continuation")
        if q2:
            quirks.append("l2_merged_continuation")
        out.append({"file": d["stem"] + ".txt", "n": n, "name": cells[cn].replace("¶", ""),
                    "annual_value": v, "period_value": cells[cp] if cp is not None else None,
                    "level1_code": L1[l1] if c1 is not None else None,
                    "level2_code": L2[l2] if c1 is not None else None,
                    "url": None, "quirks": quirks})
        n += 1
    return out


# ---------------------------------------------------------------- html rendering
def esc(s):
    return H.escape(s, quote=False).replace("¶", "<br>")


def spans(hdr, rows):
    """rowspan of each cell: merge columns are 一级指标 and 二级指标 (blank = continuation)."""
    mc = [i for i, h in enumerate(hdr) if h in ("一级指标", "二级指标")]
    rs = [[1] * len(hdr) for _ in rows]
    for c in mc:
        start = None
        for r, (_, cells) in enumerate(rows):
            if cells[c]:
                start = r
            else:
                rs[start][c] += 1
                rs[r][c] = 0
    return rs


def mso(s):
    parts = re.findall(r"[0-9.%≥≤＜＞＝]+|[^0-9.%≥≤＜＞＝]+", s) or [""]
    out = []
    for p in parts:
        if re.match(r"[0-9.%≥≤＜＞＝]", p):
            out.append('<span lang=EN-US style=\'font-size:10.5pt;font-family:"Times New Roman"\'>%s</span>' % esc(p))
        else:
            out.append("<span style='font-size:10.5pt;font-family:宋体;mso-ascii-font-family:\"Times New Roman\"'>%s</span>" % esc(p))
    return "<p class=MsoNormal align=center style='text-align:center'>%s<span lang=EN-US><o:p></o:p></span></p>" % "".join(out)


def wrap(style, s, head=False):
    if style == "trs":
        return '<p style="text-align:center;line-height:1.5em;">%s</p>' % esc(s)
    if style == "mso":
        return mso(s)
    if style == "bgcolor":
        return '<font size="2">%s</font>' % esc(s) if not head else "<b>%s</b>" % esc(s)
    if style == "ueditor" and head:
        return esc(s.replace("一级指标", "一级¶指标").replace("二级指标", "二级¶指标").replace("三级指标", "三级¶指标").replace("计算符号", "计算¶符号").replace("计量单位", "计量¶单位"))
    return esc(s)


TABLE_ATTR = {
    "trs": 'border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%;" align="center"',
    "plain_th": 'class="zb-table" border="1" cellspacing="0" width="100%"',
    "mso": "class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'",
    "bootstrap": 'class="table table-bordered table-hover table-sm"',
    "bgcolor": 'width="100%" border="0" cellpadding="4" cellspacing="1" bgcolor="#B8CCE4"',
    "ueditor_rows": 'data-sort="sortDisabled" width="100%"',
    "ueditor": 'data-sort="sortDisabled" border="1" style="border-collapse:collapse" width="680"',
    "plain_th2": 'class="table" border="1" cellspacing="0"',
    "thead_twin": 'class="table table-striped"',
    "plain": 'border="1" cellspacing="0" cellpadding="4"',
    "plain_nocat": 'class="table table-bordered"',
}


def render_table(hdr, rows, style):
    rs = spans(hdr, rows)
    td = {"trs": '<td style="word-break:break-all;" valign="middle"%s>',
          "mso": "<td width=120 valign=center style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'%s>",
          "bgcolor": '<td bgcolor="#FFFFFF" align="center"%s>'}.get(style, "<td%s>")
    th_head = style in ("plain_th", "bootstrap", "plain_th2", "thead_twin", "plain_nocat")
    nl = "" if style == "ueditor_rows" else "\n"
    out = ["<table %s>" % TABLE_ATTR[style]]
    if style in ("bootstrap", "thead_twin"):
        out.append("<thead>")
    if any(":" in h for h in hdr):  # two-row header
        r1, r2 = [], []
        i = 0
        while i < len(hdr):
            h = hdr[i]
            if ":" in h:
                top = h.split(":")[0]
                k = sum(1 for x in hdr if x.startswith(top + ":"))
                r1.append('<th colspan="%d">%s</th>' % (k, esc(top)))
                r2.extend("<th>%s</th>" % esc(x.split(":")[1]) for x in hdr[i:i + k])
                i += k
            else:
                r1.append('<th rowspan="2">%s</th>' % esc(h))
                i += 1
        out.append("<tr>" + "".join(r1) + "</tr>")
        out.append("<tr>" + "".join(r2) + "</tr>")
    else:
        cells = []
        for h in hdr:
            if th_head:
                cells.append("<th>%s</th>" % esc(h))
            else:
                cells.append((td % "") + wrap(style, h, head=True) + "</td>")
        out.append(("<tr class=\"firstRow\">" if style.startswith("ueditor") else "<tr>") + nl.join(cells) + "</tr>")
    if style in ("bootstrap", "thead_twin"):
        out.append("</thead><tbody>")
    for r, (hidden, cells) in enumerate(rows):
        tr = '<tr style="display:none">' if hidden else ('<tr bgcolor="#FFFFFF">' if style == "bgcolor" else "<tr>")
        tds = []
        for c, v in enumerate(cells):
            if rs[r][c] == 0:
                continue
            a = ' rowspan="%d"' % rs[r][c] if rs[r][c] > 1 else ""
            tds.append((td % a) + wrap(style, v) + "</td>")
        out.append(tr + nl.join(tds) + "</tr>")
    if style in ("bootstrap", "thead_twin"):
        out.append("</tbody>")
    out.append("</table>")
    return "\n".join(out)


def render_layui(hdr, rows):
    rs = spans(hdr, rows)
    w = [100, 120, 300, 180]
    head = "".join('<th data-field="f%d"><div class="layui-table-cell laytable-cell-1-0-%d"><span>%s</span></div></th>' % (i, i, esc(h)) for i, h in enumerate(hdr))
    body = []
    for r, (_, cells) in enumerate(rows):
        tds = []
        for c, v in enumerate(cells):
            if rs[r][c] == 0:
                continue
            a = ' rowspan="%d"' % rs[r][c] if rs[r][c] > 1 else ""
            tds.append('<td data-field="f%d"%s><div class="layui-table-cell laytable-cell-1-0-%d">%s</div></td>' % (c, a, c, esc(v)))
        body.append('<tr data-index="%d">%s</tr>' % (r, "".join(tds)))
    return ('<div class="layui-form layui-border-box layui-table-view" lay-filter="LAY-table-1">\n'
            '<div class="layui-table-tool"><div class="layui-table-tool-temp">绩效指标</div>'
            '<div class="layui-table-tool-self"><div class="layui-inline" title="导出" lay-event="LAYTABLE_EXPORT"><i class="layui-icon layui-icon-export"></i></div>'
            '<div class="layui-inline" title="打印" lay-event="LAYTABLE_PRINT"><i class="layui-icon layui-icon-print"></i></div></div></div>\n'
            '<div class="layui-table-box"><div class="layui-table-header"><table cellspacing="0" cellpadding="0" border="0" class="layui-table"><thead><tr>%s</tr></thead></table></div>\n'
            '<div class="layui-table-body layui-table-main"><table cellspacing="0" cellpadding="0" border="0" class="layui-table"><tbody>\n%s\n</tbody></table></div></div>\n'
            '<div class="layui-table-page"><div class="layui-box layui-laypage layui-laypage-default"><span class="layui-laypage-count">共 %d 条</span></div></div></div>'
            % (head, "\n".join(body), len(rows)))


def render_divgrid(hdr, rows):
    rs = spans(hdr, rows)
    out = ['<div class="zb-grid" style="display:grid;grid-template-columns:110px 120px 1fr 170px;border-top:1px solid #999;border-left:1px solid #999">']
    for c, h in enumerate(hdr):
        out.append('  <div class="zb-h" style="grid-row:1;grid-column:%d">%s</div>' % (c + 1, esc(h)))
    for r, (_, cells) in enumerate(rows):
        for c, v in enumerate(cells):
            if rs[r][c] == 0:
                continue
            span = " / span %d" % rs[r][c] if rs[r][c] > 1 else ""
            out.append('  <div class="zb-c" style="grid-row:%d%s;grid-column:%d">%s</div>' % (r + 2, span, c + 1, esc(v)))
    out.append("</div>")
    return "\n".join(out)


def render_elementui(hdr, rows):
    rs = spans(hdr, rows)
    cg = '<colgroup><col name="el-table_1_column_1" width="110"><col name="el-table_1_column_2" width="130"><col name="el-table_1_column_3" width="320"><col name="el-table_1_column_4" width="180"></colgroup>'

    def head(hide_from):
        return "".join('<th colspan="1" rowspan="1" class="el-table_1_column_%d is-center%s"><div class="cell">%s</div></th>'
                       % (i + 1, " is-hidden" if i >= hide_from else "", esc(h)) for i, h in enumerate(hdr))

    def body(hide_from):
        trs = []
        for r, (_, cells) in enumerate(rows):
            tds = []
            for c, v in enumerate(cells):
                if rs[r][c] == 0:
                    continue
                a = ' rowspan="%d" colspan="1"' % rs[r][c] if rs[r][c] > 1 else ' rowspan="1" colspan="1"'
                tds.append('<td%s class="el-table_1_column_%d is-center%s"><div class="cell">%s</div></td>'
                           % (a, c + 1, " is-hidden" if c >= hide_from else "", esc(v)))
            trs.append('<tr class="el-table__row">%s</tr>' % "".join(tds))
        return "\n".join(trs)
    return ('<div class="el-table el-table--fit el-table--border el-table--enable-row-hover">\n'
            '<div class="hidden-columns"></div>\n'
            '<div class="el-table__header-wrapper"><table cellspacing="0" cellpadding="0" border="0" class="el-table__header" style="width:740px">%s<thead><tr>%s</tr></thead></table></div>\n'
            '<div class="el-table__body-wrapper is-scrolling-none"><table cellspacing="0" cellpadding="0" border="0" class="el-table__body" style="width:740px">%s<tbody>\n%s\n</tbody></table></div>\n'
            '<div class="el-table__fixed" style="width:240px"><div class="el-table__fixed-header-wrapper"><table cellspacing="0" cellpadding="0" border="0" class="el-table__header">%s<thead><tr>%s</tr></thead></table></div>\n'
            '<div class="el-table__fixed-body-wrapper"><table cellspacing="0" cellpadding="0" border="0" class="el-table__body">%s<tbody>\n%s\n</tbody></table></div></div>\n'
            '<div class="el-table__column-resize-proxy" style="display:none"></div></div>'
            % (cg, head(9), cg, body(9), cg, head(2), cg, body(2)))


def render_js(d, hdr, rows):
    data = [{"yj": c[0], "ej": c[1], "sj": c[2], "zbz": c[3]} for _, c in rows]
    return ('<div id="zbApp"><div class="loading">数据加载中……</div></div>\n<script>\n'
            'var zbData = %s;\n'
            '(function(){var box=document.getElementById("zbApp");box.innerHTML="";\n'
            ' var t=document.createElement("table");t.className="zb-js-table";t.setAttribute("border","1");\n'
            ' var h=t.insertRow();["一级指标","二级指标","三级指标","指标值"].forEach(function(x){var c=document.createElement("th");c.textContent=x;h.appendChild(c);});\n'
            ' var keys=["yj","ej"];var last={};\n'
            ' zbData.forEach(function(r,i){var tr=t.insertRow();\n'
            '  keys.forEach(function(k){if(r[k]){var n=1;for(var j=i+1;j<zbData.length&&!zbData[j][k];j++)n++;var c=tr.insertCell();c.textContent=r[k];if(n>1)c.rowSpan=n;}});\n'
            '  ["sj","zbz"].forEach(function(k){tr.insertCell().textContent=r[k];});});\n'
            ' box.appendChild(t);})();\n</script>' % json.dumps(data, ensure_ascii=False))


def render_deptwhole(d, hdr, rows):
    rs = spans(hdr, rows)
    n = sum(1 for _ in rows) + 1
    out = ['<table class="table-dept" border="1" cellspacing="0" cellpadding="3" width="100%">',
           '<tr><td colspan="6" class="tit">%s</td></tr>' % esc("（2025年度）"),
           '<tr><td colspan="2">部门（单位）名称</td><td colspan="4">%s</td></tr>' % esc(d["dept"]),
           '<tr><td colspan="2" rowspan="3">年度预算申请（万元）</td><td colspan="2">资金总额</td><td colspan="2">2316.75</td></tr>',
           '<tr><td colspan="2">其中：财政拨款</td><td colspan="2">2298.15</td></tr>',
           '<tr><td colspan="2">其他资金</td><td colspan="2">18.60</td></tr>',
           '<tr><td colspan="2" rowspan="4">年度主要任务</td><td>任务名称</td><td colspan="2">主要内容</td><td>预算金额（万元）</td></tr>',
           '<tr><td>机关运行保障</td><td colspan="2">集中办公区物业、水电、安保及设施维修</td><td>1486.30</td></tr>',
           '<tr><td>公务用车管理</td><td colspan="2">公务用车平台运行、车辆维护及保险</td><td>512.45</td></tr>',
           '<tr><td>公共机构节能</td><td colspan="2">节能改造、能耗监测及垃圾分类</td><td>318.00</td></tr>',
           '<tr><td colspan="2">年度总体目标</td><td colspan="4">保障县级机关集中办公区安全高效运行，规范公务用车管理，推进公共机构节能降耗和节约型机关建设。</td></tr>',
           '<tr><td rowspan="%d" class="side">年度绩效指标</td>%s<td></td></tr>' % (n, "".join("<td>%s</td>" % esc(h) for h in hdr))]
    for r, (hidden, cells) in enumerate(rows):
        tds = []
        for c, v in enumerate(cells):
            if rs[r][c] == 0:
                continue
            a = ' rowspan="%d"' % rs[r][c] if rs[r][c] > 1 else ""
            tds.append("<td%s>%s</td>" % (a, esc(v)))
        out.append(('<tr style="display:none">' if hidden else "<tr>") + "".join(tds) + "<td></td></tr>")
    out.append("</table>")
    return "\n".join(out)


def project_block(d, style):
    goal = d.get("goal", "完成%s年度建设任务，资金使用规范，预期效益充分发挥。" % d["project"])
    return ('<table class="xmxx" border="1" cellspacing="0" width="100%%">\n'
            '<tr><td>项目名称</td><td colspan="3">%s</td></tr>\n'
            '<tr><td>主管部门</td><td>%s</td><td>实施单位</td><td>%s</td></tr>\n'
            '<tr><td>项目资金（万元）</td><td colspan="3">%s</td></tr>\n'
            '<tr><td>年度总体目标</td><td colspan="3">%s</td></tr>\n</table>\n'
            % (esc(d["project"]), esc(d["dept"]), esc(d["unit"]), d["amount"], esc(goal)))


def fund_block(d):
    return ('<table border="1" cellspacing="0" width="100%%">\n'
            '<tr><td colspan="8">项目支出绩效自评表</td></tr>\n<tr><td colspan="8">（2024年度）</td></tr>\n'
            '<tr><td colspan="2">项目名称</td><td colspan="6">%s</td></tr>\n'
            '<tr><td colspan="2">主管部门</td><td colspan="2">%s</td><td colspan="2">实施单位</td><td colspan="2">%s</td></tr>\n'
            '<tr><td colspan="2" rowspan="2">项目资金（万元）</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>\n'
            '<tr><td>36.00</td><td>36.00</td><td>34.80</td><td>10</td><td>96.67%%</td><td>9.67</td></tr>\n'
            '<tr><td colspan="2">年度总体目标</td><td colspan="3">预期目标：依托涉税信息共享平台，实现22个以上部门涉税数据按月交换，开展联合检查，堵塞税收征管漏洞。</td><td colspan="3">实际完成情况：已接入24个部门，交换数据168万条，协作增收税款2316万元。</td></tr>\n</table>\n'
            % (esc(d["project"]), esc(d["dept"]), esc(d["unit"])))


CHROME = {
    "gov": ('<div class="top"><div class="w1200"><span>欢迎访问{site}门户网站</span><a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">English</a></div></div>\n'
            '<div class="header"><div class="logo"><img src="/images/logo.png" alt="{site}"></div><div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>\n'
            '<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="#">政务动态</a></li><li><a href="#">政府信息公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li></ul></div>\n'
            '<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">财政信息</a> &gt; 预算绩效</div>\n'),
    "dept": ('<div class="head"><h2 class="site-name">{site}</h2></div>\n'
             '<div class="menu"><a href="#">首页</a> | <a href="#">机构概况</a> | <a href="#">通知公告</a> | <a href="#">信息公开</a> | <a href="#">办事指南</a></div>\n'
             '<div class="position">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">信息公开</a> &gt;&gt; <a href="#">财政预决算</a></div>\n'),
}
FOOT = {
    "gov": ('<div class="share">分享到：<a class="wx" href="#">微信</a><a class="wb" href="#">微博</a><a class="qq" href="#">QQ空间</a></div>\n'
            '<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>\n'
            '<div class="footer"><p>主办：{site}　承办：{place}大数据发展中心</p><p>网站标识码：{wsbs}　<a href="#">{icp}</a>　{ga}</p><p>联系电话：0{tel}　地址：{place}人民路{no}号</p></div>\n'),
    "dept": ('<div class="footer"><p>版权所有：{site}　技术支持：{place}信息中心</p><p>{icp}　网站标识码：{wsbs}</p></div>\n'),
}


def meta_line(d):
    v = d.get("views")
    s = '<div class="info"><span>发布时间：%s</span><span>来源：%s</span>' % (d["date"], esc(d["source"]))
    if v:
        s += '<span>浏览次数：%s</span>' % v
    s += '<span class="font">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>\n'
    return s


def page(d, content):
    k = int(d["key"])
    kind = "gov" if k % 2 else "dept"
    fill = dict(site=d["site"], place=d["place"], wsbs="%d%09d" % (4300 + k * 37, 100000 + k * 7919),
                icp="湘ICP备%08d号-%d" % (20050000 + k * 4111, k % 3 + 1), ga="湘公网安备 %014d号" % (43010502000000 + k * 131),
                tel="7%02d-%07d" % (10 + k, 8200000 + k * 97), no=str(10 + k * 3))
    scripts = ""
    if d["style"] in ("js",):
        pass
    pre = d.get("prose_before", "")
    head = ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>%s_%s</title>\n'
            '<meta name="ArticleTitle" content="%s">\n<meta name="PubDate" content="%s">\n'
            '<style>body{font-family:"Microsoft YaHei";font-size:14px}.w1200{width:1200px;margin:0 auto}table{border-collapse:collapse}td,th{border:1px solid #666;padding:4px}</style>\n'
            '</head>\n<body>\n' % (esc(d["title"]), esc(d["site"]), esc(d["title"]), d["date"]))
    atts = ""
    if d.get("attachments"):
        atts = '<div class="fj"><p>附件：</p><ul>%s</ul></div>\n' % "".join(
            '<li><a href="/u/cms/www/2025/%s">%s</a></li>' % ("%02d%d.%s" % (k, i, a.rsplit(".", 1)[1]), esc(a)) for i, a in enumerate(d["attachments"], 1))
    body = (CHROME[kind].format(**fill) + '<div class="article">\n<h1 class="title">%s</h1>\n' % esc(d["title"]) + meta_line(d)
            + content + atts + "</div>\n" + FOOT[kind].format(**fill)
            + '<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.example.cn/hm.js?%02d";})();</script>\n' % k
            + "</body>\n</html>\n")
    return head + body


PROSE = {
    "04": ('<p>为加强县级文物保护单位本体保护，消除文物安全隐患，2025年县财政安排文物保护单位修缮保护工程资金298.50万元，'
           '用于3处县级文物保护单位修缮及安防设施建设。现将项目绩效目标公开如下：</p>\n',
           '<p>项目实施中严格执行文物保护工程管理办法，施工单位须具备文物保护工程资质。</p>\n'),
    "06": ('<p>2025年珙川县防震减灾服务中心安排地震监测台网运维及科普宣传项目资金58.30万元，主要用于地震监测台站和宏观观测点运行维护、'
           '防震减灾科普宣传等工作。根据预算绩效管理要求，项目绩效目标如下表所示。</p>\n',
           '<p>下一步，我中心将加强项目全过程绩效监控，确保台网稳定运行、科普宣传取得实效，切实提升全县地震灾害风险防治能力。</p>\n'),
    "16": ('<p>根据《磡口县预算绩效管理办法》有关规定，现将县人民来访接待中心运行及矛盾纠纷化解经费绩效目标说明如下。</p>\n'
           '<p>一、项目概况。本项目年度预算75.00万元，主要用于人民来访接待中心日常运行、领导干部公开接访、信访积案化解和矛盾纠纷多元化解工作。</p>\n'
           '<p>二、绩效目标。年度内信访事项及时受理、按期办结，初次信访事项一次性化解率稳步提高，群众满意度不断提升。具体绩效指标如下：</p>\n',
           '<p>三、保障措施。严格执行项目资金管理规定，实行专账核算，接受审计和社会监督。</p>\n<p style="text-align:right">磡口县信访局</p>\n<p style="text-align:right">2025年3月28日</p>\n'),
}


def content_for(d):
    k = d["key"]
    hdr, rows = parse(d["table"])
    pre, post = PROSE.get(k, ("", ""))
    st = d["style"]
    if st == "trs":
        return '<div class="TRS_Editor"><div class="Custom_UnionStyle">\n<p style="text-align:center"><b>2025年项目支出绩效目标表</b></p>\n' + project_block(d, st) + render_table(hdr, rows, st) + "\n</div></div>\n"
    if st == "plain_th":
        return ('<div id="zoom" class="content">\n<p>项目名称：%s　　主管部门：%s　　项目资金：%s万元</p>\n' % (esc(d["project"]), esc(d["dept"]), d["amount"])
                + render_table(hdr, rows, st) + "\n<p>注：指标值为2025年度目标值。</p>\n</div>\n")
    if st == "mso":
        return ('<div id="zoom"><div class=WordSection1 style=\'layout-grid:15.6pt\'>\n'
                "<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt;font-family:方正小标宋简体'>2025年项目支出绩效目标表</span></b></p>\n"
                "<p class=MsoNormal><span style='font-family:仿宋_GB2312'>项目名称：%s</span></p>\n"
                "<p class=MsoNormal><span style='font-family:仿宋_GB2312'>主管部门：%s　实施单位：%s　项目资金：<span lang=EN-US>%s</span>万元</span></p>\n"
                % (esc(d["project"]), esc(d["dept"]), esc(d["unit"]), d["amount"]) + render_table(hdr, rows, st) + "\n</div></div>\n")
    if st == "bootstrap":
        return ('<div class="article-content">\n' + pre + '<div class="table-responsive">\n' + render_table(hdr, rows, st) + "\n</div>\n" + post + "</div>\n")
    if st == "bgcolor":
        return ('<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td width="200" valign="top" class="left">'
                '<table width="100%" border="0"><tr><td class="lm">栏目导航</td></tr><tr><td><a href="#">通知公告</a></td></tr><tr><td><a href="#">财政预决算</a></td></tr></table></td>\n'
                '<td valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="6"><tr><td>\n'
                + '<p><font size="2">项目名称：%s</font></p><p><font size="2">实施单位：%s　　项目资金：%s万元</font></p>\n' % (esc(d["project"]), esc(d["unit"]), d["amount"])
                + render_table(hdr, rows, st) + "\n</td></tr></table></td></tr></table>\n")
    if st == "layui":
        return ('<div class="con">\n' + pre + '<div class="xm"><p>项目名称：%s</p><p>项目金额：%s万元</p></div>\n' % (esc(d["project"]), d["amount"])
                + render_layui(hdr, rows) + "\n" + post + "</div>\n")
    if st == "divgrid":
        return ('<div class="art-body">\n' + project_block(d, st) + '<p class="tt">绩效指标</p>\n' + render_divgrid(hdr, rows) + "\n</div>\n")
    if st == "ueditor_rows":
        return ('<div class="view TRS_UEDITOR trs_paper_default trs_web">\n' + fund_block(d) + render_table(hdr, rows, st).replace("</table>", "")
                + '\n<tr><td colspan="5">总分</td><td>100</td><td>99.47</td><td></td></tr>\n</table>\n'
                '<p>填报人：李某某　　联系电话：0000-6612345　　填报日期：2025年3月20日</p>\n</div>\n')
    if st == "elementui":
        return ('<div class="detail"><div class="el-card"><div class="el-card__header">项目基本信息</div><div class="el-card__body">'
                '<p>项目名称：%s</p><p>主管部门：%s</p><p>项目资金：%s万元</p></div></div>\n' % (esc(d["project"]), esc(d["dept"]), d["amount"])
                + render_elementui(hdr, rows) + "\n</div>\n")
    if st == "ueditor":
        return ('<div class="view TRS_UEDITOR trs_paper_default">\n<p>项目名称：%s</p>\n<p>项目资金：%s万元　实施单位：%s</p>\n' % (esc(d["project"]), d["amount"], esc(d["unit"]))
                + render_table(hdr, rows, st) + "\n</div>\n")
    if st == "plain_th2":
        return ('<div class="content">\n<table border="1" cellspacing="0" width="100%%">\n<tr><td>项目名称</td><td colspan="3">%s</td></tr>\n'
                '<tr><td>主管部门</td><td>%s</td><td>实施单位</td><td>%s</td></tr>\n<tr><td>项目实施期</td><td>2025年—2027年</td><td>项目资金（万元）</td><td>实施期：3780.00　年度：%s</td></tr>\n'
                '<tr><td>实施期总目标</td><td colspan="3">三年内为1260名以上残疾儿童提供康复救助，适配辅具4500件以上，持证残疾人基本康复服务覆盖率稳定在85%%以上。</td></tr>\n'
                '<tr><td>年度目标</td><td colspan="3">2025年救助残疾儿童420名以上，适配辅具1500件以上，完成200户家庭无障碍改造。</td></tr>\n</table>\n'
                % (esc(d["project"]), esc(d["dept"]), esc(d["unit"]), d["amount"]) + render_table(hdr, rows, st) + "\n</div>\n")
    if st == "js":
        return ('<div class="main-txt">\n<p>项目名称：%s；项目资金：%s万元。</p>\n' % (esc(d["project"]), d["amount"]) + render_js(d, hdr, rows) + "\n</div>\n")
    if st == "deptwhole":
        return '<div class="zw">\n<p style="text-align:center"><b>部门整体支出绩效目标表</b></p>\n' + render_deptwhole(d, hdr, rows) + "\n</div>\n"
    if st == "thead_twin":
        return ('<div class="news-detail">\n<div class="xm-info"><p><strong>项目名称：</strong>%s</p><p><strong>项目实施期：</strong>2024年—2026年</p>'
                '<p><strong>项目资金：</strong>年度%s万元</p></div>\n<h3>绩效目标</h3>\n' % (esc(d["project"]), d["amount"])
                + render_table(hdr, rows, st) + "\n</div>\n")
    if st == "plain":
        h2, r2 = parse(d["table2"])
        return ('<div class="content">\n<style>.content table td{font-size:14px}</style>\n<h3>一、全民科学素质提升行动（64.00万元）</h3>\n' + render_table(hdr, rows, st)
                + '\n<script>document.querySelectorAll(".content table").forEach(function(t){t.classList.add("kx");});</script>\n'
                '<h3>二、基层科普阵地建设（45.00万元）</h3>\n' + render_table(h2, r2, st) + "\n</div>\n")
    if st == "plain_nocat":
        return '<div class="content">\n' + pre + render_table(hdr, rows, st) + "\n" + post + "</div>\n"
    raise ValueError(st)


def main():
    pagedir = sys.argv[1] if len(sys.argv) > 1 else HERE
    gold = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "../../../../corpus/gold/pagetext-heldout38.jsonl")
    rows = []
    for d in DATA:
        with open(os.path.join(pagedir, d["src"]), "w", encoding="utf-8") as f:
            f.write(page(d, content_for(d)))
        if d.get("table2"):
            g = gold_rows(d, d["table"], 1, ["table_1"])
            g += gold_rows(d, d["table2"], len(g) + 1, ["table_2"])
        else:
            g = gold_rows(d, d["table"], 1)
        rows += g
    with open(gold, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "gold rows")


if __name__ == "__main__":
    main()
